"""Creating or editing a case study: what the project is, who runs it, where, and sources."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ecoscim_field.domain.case_studies import CaseStudyData, CaseStudyLink
from ecoscim_field.domain.participants import ALCALDIAS
from ecoscim_field.i18n.labels import origin_label, stage_label
from ecoscim_field.store.enums import Origin, Stage
from ecoscim_field.ui.shell.dialog_parts import problem_label, save_cancel_buttons
from ecoscim_field.ui.translatable import Translatable

LINK_ROLE = Qt.ItemDataRole.UserRole


class CaseStudyDialog(Translatable, QDialog):
    """The case study's form; `data()` returns what was entered."""

    def __init__(self, *, data: CaseStudyData | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._is_new = data is None
        data = data or CaseStudyData(name="")
        self.tabs = QTabWidget(self)
        about = QWidget(self.tabs)
        self.name = QLineEdit(data.name, about)
        self.description = QPlainTextEdit(data.description, about)
        self.description.setMaximumHeight(90)
        self.origin = QComboBox(about)
        for origin in Origin:
            self.origin.addItem("", origin.value)
        self.origin.setCurrentIndex(self.origin.findData(data.origin.value))
        self.stage = QComboBox(about)
        for stage in Stage:
            self.stage.addItem("", stage.value)
        self.stage.setCurrentIndex(self.stage.findData(data.stage.value))
        self.organisation = QLineEdit(data.organisation, about)
        self.alcaldias = QListWidget(about)
        # Names kept from older data that are not in today's list stay, checked.
        for name in (*ALCALDIAS, *(a for a in data.alcaldias if a not in ALCALDIAS)):
            item = QListWidgetItem(name, self.alcaldias)
            item.setCheckState(
                Qt.CheckState.Checked if name in data.alcaldias else Qt.CheckState.Unchecked
            )
        self.alcaldias.setMaximumHeight(120)
        keys = ("name", "description", "origin", "stage", "organisation", "alcaldias")
        self.captions = {key: QLabel(about) for key in keys}
        form = QFormLayout(about)
        for key, widget in (
            ("name", self.name), ("description", self.description), ("origin", self.origin),
            ("stage", self.stage), ("organisation", self.organisation),
            ("alcaldias", self.alcaldias),
        ):  # fmt: skip
            form.addRow(self.captions[key], widget)

        sources = QWidget(self.tabs)
        self.sources_hint = QLabel(sources)
        self.sources_hint.setWordWrap(True)
        self.links = QListWidget(sources)
        for link in data.links:
            self._add_link(link)
        self.link_title = QLineEdit(sources)
        self.link_ref = QLineEdit(sources)
        self.add_link_button = QPushButton(sources)
        self.add_link_button.clicked.connect(self._add_typed_link)
        self.add_document_button = QPushButton(sources)
        self.add_document_button.clicked.connect(self._choose_document)
        self.open_link_button = QPushButton(sources)
        self.open_link_button.clicked.connect(self._open_link)
        self.remove_link_button = QPushButton(sources)
        self.remove_link_button.clicked.connect(self._remove_link)
        entry = QHBoxLayout()
        entry.addWidget(self.link_title, 1)
        entry.addWidget(self.link_ref, 2)
        entry.addWidget(self.add_link_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_document_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_link_button)
        buttons.addWidget(self.remove_link_button)
        column = QVBoxLayout(sources)
        column.addWidget(self.sources_hint)
        column.addWidget(self.links, 1)
        column.addLayout(entry)
        column.addLayout(buttons)

        self.notes = QPlainTextEdit(data.notes, self.tabs)
        self.tabs.addTab(about, "")
        self.tabs.addTab(sources, "")
        self.tabs.addTab(self.notes, "")

        self.problem = problem_label(self)
        self.buttons = save_cancel_buttons(self)
        self.name.textChanged.connect(self._update)
        self.links.currentRowChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New case study") if self._is_new else self.tr("Case study"))
        self.tabs.setTabText(0, self.tr("About"))
        self.tabs.setTabText(1, self.tr("Links and documents"))
        self.tabs.setTabText(2, self.tr("Notes"))
        captions = {
            "name": self.tr("Name:"),
            "description": self.tr("Short description:"),
            "origin": self.tr("Sponsor / origin:"),
            "stage": self.tr("Stage:"),
            "organisation": self.tr("Responsible organisation:"),
            "alcaldias": self.tr("Alcaldías it covers:"),
        }
        for key, label in self.captions.items():
            label.setText(captions[key])
        for i in range(self.origin.count()):
            self.origin.setItemText(i, origin_label(Origin(self.origin.itemData(i))))
        for i in range(self.stage.count()):
            self.stage.setItemText(i, stage_label(Stage(self.stage.itemData(i))))
        self.sources_hint.setText(
            self.tr(
                "Web pages, reports, contracts, press notes: a web address, or a file on "
                "this laptop or in the team's shared folder."
            )
        )
        self.link_title.setPlaceholderText(self.tr("Title"))
        self.link_ref.setPlaceholderText(self.tr("https://… or a file"))
        self.add_link_button.setText(self.tr("Add"))
        self.add_document_button.setText(self.tr("Add a document…"))
        self.open_link_button.setText(self.tr("Open"))
        self.remove_link_button.setText(self.tr("Remove"))
        self.notes.setPlaceholderText(self.tr("Free notes about the case study…"))
        self._update()

    def _update(self) -> None:
        problem = "" if self.name.text().strip() else self.tr("A case study needs a name.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)
        chosen = self.links.currentItem() is not None
        self.open_link_button.setEnabled(chosen)
        self.remove_link_button.setEnabled(chosen)

    def _add_link(self, link: CaseStudyLink) -> None:
        item = QListWidgetItem(f"{link.title} — {link.ref}" if link.title else link.ref)
        item.setData(LINK_ROLE, (link.title, link.ref))
        item.setToolTip(link.ref)
        self.links.addItem(item)

    def _add_typed_link(self) -> None:
        ref = self.link_ref.text().strip()
        if not ref:
            return
        self._add_link(CaseStudyLink(self.link_title.text().strip(), ref))
        self.link_title.clear()
        self.link_ref.clear()
        self._update()

    def _choose_document(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Add a document"))
        if path:
            self._add_link(CaseStudyLink(Path(path).name, path))
            self._update()

    def _open_link(self) -> None:
        item = self.links.currentItem()
        if item is None:
            return
        ref = str(item.data(LINK_ROLE)[1])
        url = QUrl(ref) if "://" in ref else QUrl.fromLocalFile(ref)
        QDesktopServices.openUrl(url)

    def _remove_link(self) -> None:
        self.links.takeItem(self.links.currentRow())
        self._update()

    def data(self) -> CaseStudyData:
        return CaseStudyData(
            name=self.name.text().strip(),
            origin=Origin(self.origin.currentData()),
            stage=Stage(self.stage.currentData()),
            description=self.description.toPlainText().strip(),
            organisation=self.organisation.text().strip(),
            alcaldias=[
                self.alcaldias.item(i).text()
                for i in range(self.alcaldias.count())
                if self.alcaldias.item(i).checkState() == Qt.CheckState.Checked
            ],
            links=[
                CaseStudyLink(*self.links.item(i).data(LINK_ROLE))
                for i in range(self.links.count())
            ],
            notes=self.notes.toPlainText(),
        )
