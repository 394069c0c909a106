"""Import a release from a PDF: its text, as ``pdftotext -layout`` would give it, read by the
text importer.

The sample release is text a PDF gave, with the PDF's page furniture in it; the text importer
removes that furniture (running headers, page numbers, columns, a sentence cut by a page break).
So a PDF is turned into that text and handed over: each page's text in pypdf's layout mode
(lines as they stand on the page, columns kept apart by runs of spaces), the pages joined by
form feeds, as pdftotext ends its pages. pypdf is pure Python and well kept; it limits what
one stream may inflate to, so a PDF bomb is refused, not unpacked. A PDF without text (a scan)
or one that needs a password is refused with one line.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from transpub.errors import SourceError

#: Characters a PDF's text extraction can give that are no text (C0 controls but tab, line
#: feed and form feed; a glyph without a Unicode value, which extraction maps to a private-use
#: plane): dropped, and counted in the import's notes.
_CONTROLS_RE = re.compile("[\x00-\x08\x0b\x0d\x0e-\x1f\ufffe\uffff\U000f0000-\U0010ffff]")


def pdf_text(raw: bytes, path: Path) -> tuple[str, list[str]]:
    """The PDF's text, a form feed after each page, and notes on what was dropped."""
    import logging

    from pypdf import PdfReader

    # pypdf logs what it repairs in a damaged file ("Ignoring wrong pointing object"): the
    # user is told what matters, once, by the import
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    if not raw:
        raise SourceError("the file is empty", path)
    if b"%PDF-" not in raw[:1024]:  # (where the format says the header stands)
        raise SourceError("not a PDF file (no %PDF- header): import reads .txt, .md, .html, "
                          ".docx, .odt and .pdf", path)
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError("the PDF needs a password: save an unprotected copy", path)
        pages = list(reader.pages)
    except SourceError:
        raise
    except Exception as exc:  # pypdf raises many kinds on a damaged file; each is one line
        raise SourceError(f"cannot read the PDF: {_said(exc)}", path) from None
    texts: list[str] = []
    for number, page in enumerate(pages, 1):
        try:
            texts.append(page.extract_text(extraction_mode="layout"))
        except Exception as exc:
            raise SourceError(f"cannot read the text of page {number}: {_said(exc)}",
                              path) from None
    if not any(t.strip() for t in texts):
        raise SourceError("the PDF has no text (a scanned image? run it through OCR first)",
                          path)
    text = "\f".join(t.rstrip("\n") for t in texts)
    notes = []
    dropped = len(_CONTROLS_RE.findall(text))
    if dropped:
        text = _CONTROLS_RE.sub("", text)
        notes.append(f"{dropped} character(s) of the PDF's text that are no text (controls, "
                     "glyphs without a Unicode value) left out")
    return text, notes


def _said(exc: Exception) -> str:
    message = " ".join(str(exc).split()) or type(exc).__name__
    return message[:200]
