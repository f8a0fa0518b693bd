"""The participant's copy of their consent, as a PDF in their language (Qt's PDF writer).

Written under a temporary name beside the target and renamed when complete, so a
failure never leaves half a file under the name the fieldworker chose.
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QMarginsF, QTimeZone, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ecoscim_field.store.enums import ConsentMethod
from ecoscim_field.ui.participants.participant_words import participant_word as _w

if TYPE_CHECKING:
    from ecoscim_field.domain.consent import ConsentCopy
    from ecoscim_field.domain.consent_forms import FormView

MEXICO_CITY = QTimeZone(b"America/Mexico_City")


def consent_html(copy: ConsentCopy, form: FormView) -> str:
    lang, e = copy.language, html.escape
    when = QDateTime.fromSecsSinceEpoch(int(copy.taken_at.timestamp()), MEXICO_CITY)
    date = QLocale(lang).toString(when, QLocale.FormatType.LongFormat)
    rows = []
    for item in form.items:
        agreed = copy.answers.get(item.key, False)
        answer = _w(lang, "yes") if agreed else _w(lang, "no")
        if agreed and item.key in copy.withdrawn:
            answer += f" ({_w(lang, 'withdrawn')})"
        rows.append(f"<tr><td>{e(item.text)}</td><td><b>{e(answer)}</b></td></tr>")
    paragraphs = "".join(f"<p>{e(p)}</p>" for p in form.body.split("\n\n"))
    if copy.method is ConsentMethod.SIGNATURE and copy.signature_png:
        how = f'<p>{e(_w(lang, "signature"))}<br><img src="signature.png" width="320"></p>'
    elif copy.method is ConsentMethod.PAPER:
        how = f"<p>{e(_w(lang, 'paper').format(ref=copy.paper_ref))}</p>"
    else:
        how = f"<p>{e(_w(lang, 'verbal'))}</p>"
    return (
        f"<h1>{e(form.title)}</h1>"
        f"<p><b>{e(_w(lang, 'code').format(code=copy.code))}</b><br>"
        f"{e(_w(lang, 'date').format(date=date))}<br>"
        f"{e(_w(lang, 'witness').format(name=copy.witness_name))}</p>"
        f"{paragraphs}"
        f"<h2>{e(_w(lang, 'answers'))}</h2>"
        f'<table border="1" cellpadding="6" cellspacing="0" width="100%">{"".join(rows)}</table>'
        f"{how}"
        f"<h2>{e(_w(lang, 'withdraw'))}</h2><p>{e(form.contact)}</p>"
        f"<p><small>{e(_w(lang, 'ethics').format(ref=form.ethics_ref, v=form.version))}"
        f"</small></p>"
    )


def write_consent_pdf(target: Path, copy: ConsentCopy, form: FormView) -> Path:
    """Write the copy to `target` (a .pdf path); raises OSError if it cannot be written."""
    target = target.with_suffix(".pdf")
    partial = target.with_name(f".{target.name}.partial")
    with open(partial, "wb"):
        pass  # proves the folder is writable, with the system's own error if not
    document = QTextDocument()
    if copy.signature_png:
        signature = QImage.fromData(copy.signature_png, b"PNG")
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl("signature.png"), signature
        )
    document.setHtml(consent_html(copy, form))
    writer = QPdfWriter(str(partial))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(form.title)
    writer.setCreator("ECOSCIM Field")
    document.print_(writer)
    del writer  # finishes the file
    if partial.stat().st_size == 0:
        partial.unlink(missing_ok=True)
        raise OSError(f"could not write {target}")
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    return target
