"""`ecoscim-field screenshots` renders every screen, with text, in each language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import run_cli

EXPECTED = {
    "main-today.png",
    "main-agenda.png",
    "main-agenda-list.png",
    "main-agenda-progress.png",
    "main-guides.png",
    "main-participants.png",
    "main-interviews.png",
    "main-case-studies.png",
    "main-sync.png",
    "main-desk.png",
    "main-desk-inbox.png",
    "main-desk-team.png",
    "main-desk-conflicts.png",
    "main-desk-consent.png",
    "main-desk-progress.png",
    "dialog-settings.png",
    "dialog-about.png",
    "dialog-first-start.png",
    "dialog-store-error.png",
    "dialog-participant.png",
    "dialog-consent.png",
    "dialog-withdrawal.png",
    "dialog-consent-audit.png",
    "dialog-consent-forms.png",
    "dialog-appointment.png",
    "dialog-interview.png",
    "dialog-reflection.png",
    "dialog-appointment-edit.png",
    "dialog-case-study.png",
    "dialog-guide-editor.png",
    "dialog-guide-preview.png",
    "dialog-review.png",
    "dialog-codebook.png",
}


@pytest.mark.parametrize("language", ["es_MX", "en"])
def test_screenshots_of_every_screen(tmp_path: Path, language: str) -> None:
    out = tmp_path / language
    result = run_cli("--lang", language, "screenshots", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert {p.name for p in out.glob("*.png")} == EXPECTED
    for name in EXPECTED:
        image = QImage(str(out / name))
        assert image.width() > 200 and image.height() > 100
        # Not a blank picture: text and widgets put many colours on it.
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        }
        assert len(colours) > 5, name
