"""Registering or editing a participant: research data, and identifying data kept apart."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field.domain.participants import AGE_BANDS, ALCALDIAS, ParticipantData
from ecoscim_field.i18n.labels import group_label
from ecoscim_field.i18n.languages import native_name
from ecoscim_field.store.enums import StakeholderGroup
from ecoscim_field.ui.translatable import Translatable


class ParticipantDialog(Translatable, QDialog):
    """The participant's form; `data()` returns what was typed."""

    def __init__(
        self,
        *,
        code: str | None,
        data: ParticipantData | None,
        case_studies: list[tuple[str, str]],
        languages: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._code = code
        self.research_box = QGroupBox(self)
        self.identity_box = QGroupBox(self)
        self.code_label = QLabel(code or "", self)
        self.group = QComboBox(self)
        for g in StakeholderGroup:
            self.group.addItem("", g.value)
        self.case_study = QComboBox(self)
        self.case_study.addItem("", None)
        for case_id, name in case_studies:
            self.case_study.addItem(name, case_id)
        self.alcaldia = QComboBox(self)
        self.alcaldia.addItem("", "")
        for name in ALCALDIAS:
            self.alcaldia.addItem(name, name)
        self.colonia = QLineEdit(self)
        self.language = QComboBox(self)
        for code_ in languages:
            self.language.addItem(f"{native_name(code_)} [{code_}]", code_)
        self.age_band = QComboBox(self)
        for band in AGE_BANDS:
            self.age_band.addItem(band, band)
        self.gender = QLineEdit(self)
        self.uses_service = QComboBox(self)
        for value in ("", "yes", "no"):
            self.uses_service.addItem("", value)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(70)
        self.name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.address = QLineEdit(self)
        self.captions: dict[str, QLabel] = {}
        research = QFormLayout(self.research_box)
        for key, widget in (
            ("code", self.code_label), ("group", self.group), ("case", self.case_study),
            ("alcaldia", self.alcaldia), ("colonia", self.colonia),
            ("language", self.language), ("age", self.age_band), ("gender", self.gender),
            ("uses", self.uses_service), ("notes", self.notes),
        ):  # fmt: skip
            if key == "code" and code is None:
                widget.hide()
                continue
            self.captions[key] = QLabel(self)
            research.addRow(self.captions[key], widget)
        identity = QFormLayout(self.identity_box)
        self.identity_note = QLabel(self)
        self.identity_note.setWordWrap(True)
        identity.addRow(self.identity_note)
        for key, widget in (
            ("name", self.name), ("phone", self.phone), ("email", self.email),
            ("address", self.address),
        ):  # fmt: skip
            self.captions[key] = QLabel(self)
            identity.addRow(self.captions[key], widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addWidget(self.research_box, 1)
        columns.addWidget(self.identity_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        if data is not None:
            self._show(data)
        self.setMinimumWidth(860)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Participant {code}").format(code=self._code)
            if self._code
            else self.tr("New participant")
        )
        self.research_box.setTitle(self.tr("Research data"))
        self.identity_box.setTitle(self.tr("Identifying data"))
        self.identity_note.setText(
            self.tr("Kept apart on this laptop; never part of a research export.")
        )
        captions = {
            "code": self.tr("Pseudonym code:"),
            "group": self.tr("Stakeholder group:"),
            "case": self.tr("Case study:"),
            "alcaldia": self.tr("Alcaldía:"),
            "colonia": self.tr("Colonia:"),
            "language": self.tr("Preferred language:"),
            "age": self.tr("Age band:"),
            "gender": self.tr("Gender (in their own words):"),
            "uses": self.tr("Uses the project's service:"),
            "notes": self.tr("Notes:"),
            "name": self.tr("Name:"),
            "phone": self.tr("Phone:"),
            "email": self.tr("E-mail:"),
            "address": self.tr("Address:"),
        }
        for key, label in self.captions.items():
            label.setText(captions[key])
        for i in range(self.group.count()):
            self.group.setItemText(i, group_label(StakeholderGroup(self.group.itemData(i))))
        self.case_study.setItemText(0, self.tr("(none)"))
        self.alcaldia.setItemText(0, self.tr("(not given)"))
        self.age_band.setItemText(0, self.tr("(not given)"))
        for i, text in enumerate((self.tr("(not asked)"), self.tr("Yes"), self.tr("No"))):
            self.uses_service.setItemText(i, text)

    def _show(self, data: ParticipantData) -> None:
        self.group.setCurrentIndex(self.group.findData(data.stakeholder_group.value))
        self.case_study.setCurrentIndex(max(0, self.case_study.findData(data.case_study_id)))
        self.alcaldia.setCurrentIndex(max(0, self.alcaldia.findData(data.alcaldia)))
        self.colonia.setText(data.colonia)
        self.language.setCurrentIndex(max(0, self.language.findData(data.language)))
        self.age_band.setCurrentIndex(max(0, self.age_band.findData(data.age_band)))
        self.gender.setText(data.gender)
        self.uses_service.setCurrentIndex(max(0, self.uses_service.findData(data.uses_service)))
        self.notes.setPlainText(data.notes)
        for name in ("name", "phone", "email", "address"):
            getattr(self, name).setText(getattr(data, name))

    def data(self) -> ParticipantData:
        return ParticipantData(
            stakeholder_group=StakeholderGroup(self.group.currentData()),
            case_study_id=self.case_study.currentData() or None,
            alcaldia=self.alcaldia.currentData() or "",
            colonia=self.colonia.text().strip(),
            language=self.language.currentData() or "es_MX",
            age_band=self.age_band.currentData() or "",
            gender=self.gender.text().strip(),
            uses_service=self.uses_service.currentData() or "",
            notes=self.notes.toPlainText().strip(),
            name=self.name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.text(),
        )
