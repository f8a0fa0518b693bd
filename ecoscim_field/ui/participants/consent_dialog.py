"""Taking consent at the participant's side, item by item, in the participant's language.

The participant reads the form and answers each item; nothing is pre-selected. The
fieldworker chooses how consent is given and confirms as witness. The dialog cannot be
completed with an item unanswered or without participation agreed.

Two languages meet here: what the participant reads (form text, Yes/No, the signature
caption) follows the participant's language through `translate_in`; what the
fieldworker reads follows the interface language through `tr()`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field.domain.people import Profile
from ecoscim_field.store.enums import ConsentItem, ConsentMethod
from ecoscim_field.ui.participants.participant_words import participant_word
from ecoscim_field.ui.participants.signature_pad import SignaturePad
from ecoscim_field.ui.shell.dialog_parts import problem_label, save_cancel_buttons
from ecoscim_field.ui.translatable import Translatable

if TYPE_CHECKING:
    from ecoscim_field.domain.consent_forms import FormView


@dataclass(frozen=True)
class ConsentAnswers:
    """What the dialog collected."""

    form_id: str
    answers: dict[ConsentItem, bool | None]
    method: ConsentMethod
    paper_ref: str
    signature_png: bytes | None


class ConsentDialog(Translatable, QDialog):
    """The consent form, answered item by item and witnessed."""

    def __init__(
        self,
        *,
        code: str,
        forms: dict[str, FormView],
        language: str,
        witness: Profile,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._code, self._forms, self._witness = code, forms, witness
        self._language = language if language in forms else next(iter(forms))
        self._groups: dict[ConsentItem, QButtonGroup] = {}
        self._item_widgets: list[QWidget] = []

        self.form_language = QComboBox(self)
        for lang, form in sorted(forms.items()):
            self.form_language.addItem(f"{form.title} [{lang}]", lang)
        self.form_language.setCurrentIndex(self.form_language.findData(self._language))
        self.form_language.currentIndexChanged.connect(self._language_chosen)
        self.form_language_label = QLabel(self)

        self.title = QLabel(self)
        self.title.setWordWrap(True)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.code_label = QLabel(self)
        self.body = QTextBrowser(self)
        body_font = QFont(self.body.font())
        body_font.setPointSizeF(body_font.pointSizeF() * 1.3)
        self.body.setFont(body_font)
        self.body.setMinimumHeight(180)
        self.items_frame = QFrame(self)
        self.items_layout = QGridLayout(self.items_frame)
        self.items_layout.setColumnStretch(0, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.items_frame)
        scroll.setMinimumHeight(230)

        self.signature_caption = QLabel(self)
        self.signature = SignaturePad(self)
        self.signature.changed.connect(self._update)
        self.clear_signature = QPushButton(self)
        self.clear_signature.clicked.connect(self.signature.clear)

        self.method_box = QGroupBox(self)
        self.method_buttons = QButtonGroup(self)
        self.method_radios: dict[ConsentMethod, QRadioButton] = {}
        method_layout = QHBoxLayout(self.method_box)
        for method in ConsentMethod:
            radio = QRadioButton(self.method_box)
            self.method_radios[method] = radio
            self.method_buttons.addButton(radio)
            method_layout.addWidget(radio)
        self.method_radios[ConsentMethod.SIGNATURE].setChecked(True)
        self.method_buttons.buttonToggled.connect(lambda *_: self._update())
        self.paper_ref = QLineEdit(self)
        self.paper_ref.textChanged.connect(self._update)
        method_layout.addWidget(self.paper_ref, 1)
        self.witness_label = QLabel(self)
        self.problem = problem_label(self)
        self.buttons = save_cancel_buttons(self, QDialogButtonBox.StandardButton.Ok)

        top = QHBoxLayout()
        top.addWidget(self.form_language_label)
        top.addWidget(self.form_language, 1)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.signature, 1)
        sign_row.addWidget(self.clear_signature, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.code_label)
        layout.addWidget(self.body, 2)
        layout.addWidget(scroll, 2)
        layout.addWidget(self.signature_caption)
        layout.addLayout(sign_row)
        layout.addWidget(self.method_box)
        layout.addWidget(self.witness_label)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(900, 900)
        self._show_form()
        self.retranslate()

    # --- the participant's side ----------------------------------------------------------

    @property
    def form(self) -> FormView:
        return self._forms[self._language]

    def _language_chosen(self) -> None:
        self._language = str(self.form_language.currentData())
        self._show_form()
        self._update()

    def _show_form(self) -> None:
        form, lang = self.form, self._language
        self.title.setText(form.title)
        self.code_label.setText(participant_word(lang, "code").format(code=self._code))
        self.body.setPlainText(form.body)
        for widget in self._item_widgets:
            widget.deleteLater()
        self._item_widgets.clear()
        self._groups.clear()
        item_font = QFont(self.font())
        item_font.setPointSizeF(item_font.pointSizeF() * 1.2)
        for row, item in enumerate(form.items):
            text = QLabel(item.text, self.items_frame)
            text.setWordWrap(True)
            text.setFont(item_font)
            yes = QRadioButton(participant_word(lang, "yes"), self.items_frame)
            no = QRadioButton(participant_word(lang, "no"), self.items_frame)
            for radio in (yes, no):
                radio.setFont(item_font)
            group = QButtonGroup(self)
            group.addButton(yes, 1)
            group.addButton(no, 0)
            group.buttonToggled.connect(lambda *_: self._update())
            self._groups[item.key] = group
            self.items_layout.addWidget(text, row, 0)
            self.items_layout.addWidget(yes, row, 1)
            self.items_layout.addWidget(no, row, 2)
            self._item_widgets += [text, yes, no]
        self.signature_caption.setText(participant_word(lang, "sign"))
        self.clear_signature.setText(participant_word(lang, "clear"))

    def answer(self, item: ConsentItem, agreed: bool) -> None:
        """Tick Yes or No for `item` (as the participant's click would)."""
        button = self._groups[item].button(1 if agreed else 0)
        button.setChecked(True)

    def answers(self) -> dict[ConsentItem, bool | None]:
        result: dict[ConsentItem, bool | None] = {}
        for key, group in self._groups.items():
            checked = group.checkedId()
            result[key] = None if checked < 0 else bool(checked)
        return result

    # --- the fieldworker's side ----------------------------------------------------------

    def method(self) -> ConsentMethod:
        for method, radio in self.method_radios.items():
            if radio.isChecked():
                return method
        return ConsentMethod.SIGNATURE

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Consent of {code}").format(code=self._code))
        self.form_language_label.setText(self.tr("Form language:"))
        self.method_box.setTitle(self.tr("How consent is given"))
        self.method_radios[ConsentMethod.SIGNATURE].setText(self.tr("Signature on screen"))
        self.method_radios[ConsentMethod.PAPER].setText(self.tr("Paper form, reference:"))
        self.method_radios[ConsentMethod.VERBAL].setText(self.tr("Verbally, on the recording"))
        self.paper_ref.setPlaceholderText(self.tr("e.g. the number on the paper form"))
        now = QLocale().toString(QDateTime.currentDateTime(), QLocale.FormatType.ShortFormat)
        self.witness_label.setText(
            self.tr("Witnessed by {name} ({initials}), {time}").format(
                name=self._witness.name, initials=self._witness.initials, time=now
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record consent"))
        self._update()

    def missing(self) -> str:
        """Why the dialog cannot be completed yet ("" when it can)."""
        answers = self.answers()
        unanswered = sum(v is None for v in answers.values())
        if unanswered:
            return self.tr("%n item(s) not answered yet.", "", unanswered)
        if not answers.get(ConsentItem.PARTICIPATE):
            return self.tr(
                "The participant has not agreed to take part: consent cannot be recorded."
            )
        method = self.method()
        if method is ConsentMethod.SIGNATURE and self.signature.is_empty():
            return self.tr("The participant has not signed yet.")
        if method is ConsentMethod.PAPER and not self.paper_ref.text().strip():
            return self.tr("Give the paper form's reference.")
        return ""

    def _update(self) -> None:
        problem = self.missing()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        signing = self.method() is ConsentMethod.SIGNATURE
        for widget in (self.signature, self.signature_caption, self.clear_signature):
            widget.setEnabled(signing)
        self.paper_ref.setEnabled(self.method() is ConsentMethod.PAPER)

    def accept(self) -> None:
        if self.missing():
            return
        super().accept()

    def result_answers(self) -> ConsentAnswers:
        method = self.method()
        return ConsentAnswers(
            form_id=self.form.id,
            answers=self.answers(),
            method=method,
            paper_ref=self.paper_ref.text().strip() if method is ConsentMethod.PAPER else "",
            signature_png=self.signature.to_png() if method is ConsentMethod.SIGNATURE else None,
        )
