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

import contextlib
import io
import logging
import re
from collections.abc import Iterator
from pathlib import Path

from transpub.errors import LFS_POINTER, SourceError, lfs_pointer

#: Characters a PDF's text extraction can give that are no text (C0 controls but tab, line
#: feed and form feed; a glyph without a Unicode value, which extraction maps to a private-use
#: plane): dropped, and counted in the import's notes.
_CONTROLS_RE = re.compile("[\x00-\x08\x0b\x0d\x0e-\x1f\ufffe\uffff\U000f0000-\U0010ffff]")


def pdf_text(raw: bytes, path: Path) -> tuple[str, list[str]]:
    """The PDF's text, a form feed after each page, and notes on what was dropped."""
    if not raw:
        raise SourceError("the file is empty", path)
    if b"%PDF-" not in raw[:1024]:  # (where the format says the header stands)
        if lfs_pointer(raw):
            raise SourceError(LFS_POINTER, path, 1)
        raise SourceError("not a PDF file (no %PDF- header): import reads .txt, .md, .html, "
                          ".docx, .odt and .pdf", path)
    with _repairs() as repairs:
        text = _text(raw, path)
    notes = []
    if repairs:
        notes.append(f"the PDF is damaged or unusual in {len(repairs)} place(s) pypdf read "
                     f"around (the first: {repairs[0]}); check the text")
    dropped = len(_CONTROLS_RE.findall(text))
    if dropped:
        text = _CONTROLS_RE.sub("", text)
        notes.append(f"{dropped} character(s) of the PDF's text that are no text (controls, "
                     "glyphs without a Unicode value) left out")
    return text, notes


def _text(raw: bytes, path: Path) -> str:
    from pypdf import PdfReader

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
    laid_out: list[str] = []
    gutter = 0
    for text in texts:
        column_text, gutter = _columns(text.rstrip("\n"), gutter)
        laid_out.append(column_text)
    return "\f".join(laid_out)


def _columns(page: str, before: int = 0) -> tuple[str, int]:
    """A page laid out in two columns, as the left column's text, a page break (the text
    importer then rejoins a sentence the column break cut) and the right column's. The layout
    text puts both on each line, apart by a run of spaces: the gutter is the position where
    that run stands in at least 40 % of the lines with text, with text on both sides, and
    where at most 10 % of them (a headline across the page) have text. A one-column page has
    no such position: its lines fill it. A page after a two-column one keeps its gutter
    (``before``) where no line crosses it, however few lines its right column holds (the
    last page's). Returns the page's text and its gutter (0: one column)."""
    lines = page.split("\n")
    full = [line for line in lines if line.strip()]
    best, best_count = 0, 0
    # (a page's layout line is a few hundred characters at most: a longer one is no layout)
    for at in range(20, min(max((len(line) for line in full), default=0) - 20, 400)):
        both, across = _gutter_counts(full, at)
        if len(full) >= 10 and both >= 0.4 * len(full) and across <= 0.1 * len(full) \
                and both > best_count:
            best, best_count = at, both
    if not best and before:
        both, across = _gutter_counts(full, before)
        best = before if both and not across else 0
    if not best:
        return page, 0
    left = "\n".join(line[:best].rstrip() for line in lines)
    right = "\n".join(line[best:].strip() for line in lines)
    return f"{left}\f{right}", best


def _gutter_counts(lines: list[str], at: int) -> tuple[int, int]:
    """How many ``lines`` have text on both sides of a run of spaces at ``at``, and how many
    have text at ``at`` itself (cross it)."""
    both = across = 0
    for line in lines:
        if len(line) <= at:
            continue
        if line[at - 1:at + 2] == "   " and line[:at].strip() and line[at:].strip():
            both += 1
        elif not line[at].isspace():
            across += 1
    return both, across


@contextlib.contextmanager
def _repairs() -> Iterator[list[str]]:
    """What pypdf logs while it reads (the repairs it makes to a damaged file, "Ignoring
    wrong pointing object"), kept for one note instead of printed line by line."""
    logger = logging.getLogger("pypdf")
    found: list[str] = []

    class _Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            found.append(" ".join(record.getMessage().split())[:120])

    handler = _Keep(logging.WARNING)
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield found
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _said(exc: Exception) -> str:
    message = " ".join(str(exc).split()) or type(exc).__name__
    return message[:200]
