"""The About box: what the app is, its version, and where its data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ecoscim_field import APP_NAME, __version__
from ecoscim_field.store.schema import HEAD_REVISION
from ecoscim_field.ui.icons import icon
from ecoscim_field.ui.translatable import Translatable


class AboutDialog(Translatable, QDialog):
    """Version, schema, data folder and purpose of the app."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        logo = QLabel(self)
        logo.setPixmap(icon("ecoscim-field").pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setMinimumWidth(420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(logo)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        body = self.tr(
            "<h2>{app}</h2><p>Version {version} · store schema {schema}</p>"
            "<p>Fieldwork for the ECOSCIM research project (Empowering Citizen-Oriented "
            "Smart City Innovation in Mexico): plan interviews, take informed consent, "
            "record, take notes and sync, with or without a network.</p>"
            "<p>Data folder: {folder}</p>"
        )
        self.text.setText(
            body.format(
                app=APP_NAME, version=__version__, schema=HEAD_REVISION, folder=self._data_dir
            )
        )
