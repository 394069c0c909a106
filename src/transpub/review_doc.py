"""The review document: a release's translations as a Word document for revisers, and back.

Revisers in language services work in Word, with Track Changes on: ``transpub review --docx``
writes ``review/<slug>.docx`` (WordprocessingML, no library: the fewest parts Word, LibreOffice
Writer and python-docx open without a repair; deterministic bytes), a table a target language
(Arabic's right to left), a row a unit in document order — its id, the source, the
translation, the checker's findings — with Track Changes switched on as the document opens, as
the CAT tools' bilingual review documents are (Trados's "bilingual review", memoQ's two-column
export). The reviser edits the translation cells, and comments with Word's comments.

``transpub review --import FILE.docx`` (or ``xliff import``) reads it back as bilingual
documents (``xliff_read.ReadFile``) for ``xliff_merge``, as the review workbook is read: each
translation cell as it now reads, tracked insertions taken and deletions dropped (the changes
accepted); a cell that reads as it was written changes nothing (a three-way merge against the
digest hidden beside each unit's id); a revision is taken and unfuzzied, one whose
placeholders are not the source's rejected, one whose PO translation changed since a
conflict (``--theirs`` takes the reviser's); a Word comment anchored in a unit's row becomes a
translator comment. What says which release, language and translation each table and row
is: hidden text (Word's "hidden" font property), which Word keeps through every edit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from lxml import etree

from transpub.checker import CheckRun
from transpub.config import Settings
from transpub.errors import XliffError
from transpub.languages import language
from transpub.model import Release
from transpub.review_sheet import (
    SOURCE,
    TRANSLATION,
    UNIT,
    column_of,
    findings_by_unit,
    reviewed_entries,
)
from transpub.source import NOT_XML
from transpub.xliff import state_digest
from transpub.xliff_read import ReadFile, ReadUnit
from transpub.xlsxwrite import zipped

if TYPE_CHECKING:
    from transpub.importer_docx import Package

FORMAT = "transpub-review-docx/1"
"""The hidden first paragraph's first word: what says a document is a review document."""
_LANG_MARK = "transpub:"
_DIGEST_MARK = " #"

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
#: the columns' widths, in twentieths of a point (a landscape A4 page's 25 cm of text)
_WIDTHS = (1600, 5200, 5200, 2600)


def review_document(settings: Settings, release: Release, langs: Sequence[str],
                    run: CheckRun) -> bytes:
    """The review document of one release for the target languages ``langs``; ``run`` is
    the checker's run over this release alone."""
    findings = findings_by_unit(run)
    source_info = language(settings.source_language)
    body = [_paragraph([(f"{FORMAT} {release.slug} {settings.source_language}", True)]),
            _paragraph([(f"{release.slug}: review", False)], bold=True, size=32),
            _paragraph([("Revise the translations in their cells (Track Changes is on); "
                         "comment with Word's comments. Then: transpub review --import "
                         "FILE.docx", False)])]
    for lang, entries in reviewed_entries(settings, release.slug, langs):
        info = language(lang)
        body.append(_paragraph([(f"{info.english_name} ({lang})", False),
                                (f" {_LANG_MARK}{lang}", True)], bold=True, size=28))
        rows = [_row(["Unit", f"Source ({source_info.english_name})",
                      f"Translation ({info.english_name})", "Findings"], header=True,
                     rtl=info.direction == "rtl")]
        for item in entries:
            state = f" [{item.state}]" if item.state != "translated" else ""
            rows.append(_row([[(item.ident, False), (state, False),
                               (f"{_DIGEST_MARK}{item.digest}", True)],
                              item.msgid, item.msgstr,
                              "\n".join(findings.get((item.ident, lang), ()))],
                             rtl=info.direction == "rtl",
                             langs=(settings.source_language, lang)))
        body.append(_table(rows))
        body.append(_paragraph([("", False)]))
    document = (f'{_DECLARATION}<w:document xmlns:w="{_W}" xmlns:r="{_R}"><w:body>'
                + "".join(body)
                + '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
                '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" '
                'w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>')
    parts = [("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _PACKAGE_RELS),
             ("word/document.xml", document), ("word/_rels/document.xml.rels", _DOCUMENT_RELS),
             ("word/settings.xml", _SETTINGS)]
    return zipped(parts)


_CONTENT_TYPES = (
    f'{_DECLARATION}<Types xmlns="{_TYPES}">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.settings+xml"/></Types>')
_PACKAGE_RELS = (
    f'{_DECLARATION}<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>')
_DOCUMENT_RELS = (
    f'{_DECLARATION}<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" '
    'Target="settings.xml"/></Relationships>')
#: Track Changes on as the document opens (the reviser's edits are marked and read back)
_SETTINGS = f'{_DECLARATION}<w:settings xmlns:w="{_W}"><w:trackRevisions/></w:settings>'


def _runs(text: str, hidden: bool, rtl: bool = False, bold: bool = False,
          size: int = 0, lang: str = "") -> str:
    """``text`` as runs: a line break and a tab as Word's own elements; ``lang``: the
    language Word proofs it in (for each script it may be written in: Latin and Cyrillic,
    East Asian, right to left)."""
    tag = _WORD_TAGS.get(lang, lang)
    props = ("<w:b/>" if bold else "") + ("<w:vanish/>" if hidden else "") + (
        f'<w:sz w:val="{size}"/>' if size else "") + ("<w:rtl/>" if rtl else "") + (
        f'<w:lang w:val="{tag}" w:eastAsia="{tag}" w:bidi="{tag}"/>' if tag else "")
    head = f"<w:rPr>{props}</w:rPr>" if props else ""
    out = []
    for number, line in enumerate(NOT_XML.sub("", text).split("\n")):
        pieces = [f'<w:t xml:space="preserve">{escape(piece)}</w:t>' if piece else ""
                  for piece in line.split("\t")]
        out.append(("<w:br/>" if number else "") + "<w:tab/>".join(pieces))
    return f"<w:r>{head}{''.join(out)}</w:r>"


#: The tags Word knows a language by where the code alone is not one it proofs in
_WORD_TAGS = {"zh": "zh-CN"}


def _paragraph(runs: Sequence[tuple[str, bool]], bold: bool = False, size: int = 0,
               rtl: bool = False, lang: str = "") -> str:
    props = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    return (f"<w:p>{props}{''.join(_runs(t, h, rtl, bold, size, lang) for t, h in runs)}"
            "</w:p>")


def _row(cells: Sequence[str | list[tuple[str, bool]]], header: bool = False,
         rtl: bool = False, langs: tuple[str, str] = ("", "")) -> str:
    """A table row; ``langs``: the languages of its source and translation cells (Word
    proofs each in its own: it had proofed every cell in its default language)."""
    out = []
    for column, cell in enumerate(cells):
        runs = cell if isinstance(cell, list) else [(cell, False)]
        lang = langs[column - 1] if column in (1, 2) and not header else ""
        # (the translation runs right to left in Arabic; the other columns as the source)
        out.append(f'<w:tc><w:tcPr><w:tcW w:w="{_WIDTHS[column]}" w:type="dxa"/></w:tcPr>'
                   f"{_paragraph(runs, bold=header, rtl=rtl and column == 2, lang=lang)}"
                   "</w:tc>")
    head = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return f"<w:tr>{head}{''.join(out)}</w:tr>"


def _table(rows: Sequence[str]) -> str:
    borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="999999"/>'
                      for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in _WIDTHS)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(_WIDTHS)}" w:type="dxa"/>'
            f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")


# --- reading it back ---------------------------------------------------------------------------

def is_review_document(data: bytes) -> bool:
    """Is ``data`` a Word document (a ZIP holding ``word/document.xml``)? A review document
    is then told by its hidden first paragraph."""
    return data.startswith(b"PK\x03\x04") and b"word/document.xml" in data


def read_review_document(path: Path, data: bytes) -> list[ReadFile]:
    """The review document's tables as bilingual documents, one a language: each row a unit
    whose target is its translation cell as it now reads (tracked changes accepted), whose
    base is the digest written beside its id, and whose notes are the Word comments anchored
    in its row."""
    from transpub.importer_docx import Package

    package = Package(data, path, "a Word document (.docx)", XliffError)
    root = package.xml("word/document.xml")
    body = root.find(f"{{{_W}}}body") if root is not None else None
    if body is None:
        raise XliffError("a Word document without a body", path)
    paragraphs = body.findall(f"{{{_W}}}p")
    meta = _text(paragraphs[0]).split() if paragraphs else []
    if len(meta) != 3 or meta[0] != FORMAT:
        raise XliffError("a Word document, but not one transpub review --docx wrote (its "
                         "hidden first paragraph is missing or changed)", path)
    _, slug, source_lang = meta
    comments = _comments(package)
    documents = []
    lang = ""
    tables = 0
    for element in body:
        if element.tag == f"{{{_W}}}p":
            found = re.search(rf"{re.escape(_LANG_MARK)}(\S+)", _text(element))
            lang = found.group(1) if found else lang
        elif element.tag == f"{{{_W}}}tbl":
            tables += 1
            if not lang:
                raise XliffError(f"table {tables} comes before any language's heading (its "
                                 f"hidden {_LANG_MARK}<language> was removed)", path)
            where = path.with_name(f"{path.name} [{lang}]")
            documents.append(ReadFile(where, 1, "review", f"{slug}.xml", source_lang, lang,
                                      tuple(_units(element, comments, where))))
            lang = ""
    # a comment anchored outside every unit's row (on a heading, the title): no unit keeps
    # it, and it is said, not dropped
    anchored = {ref.get(f"{{{_W}}}id", "") for ref in body.iter(
        f"{{{_W}}}commentRangeStart", f"{{{_W}}}commentReference")
        if any(row.find(f"{{{_W}}}trPr/{{{_W}}}tblHeader") is None
               for row in ref.iterancestors(f"{{{_W}}}tr"))}
    loose = tuple(text for key, text in comments.items() if key not in anchored and text)
    if loose and documents:
        documents[0] = replace(documents[0], notes=documents[0].notes + loose)
    return documents


def _units(table: etree._Element, comments: dict[str, str], where: Path) -> Iterator[ReadUnit]:
    """The table's units; a row is named by its number in the table (the header is row 1:
    the document's XML is one line)."""
    rows = list(table.iterchildren(f"{{{_W}}}tr"))
    if not rows:
        return
    # (found by their headings, as the workbook's are: Source and Translation swapped in Word
    # had imported the English as every translation)
    header = [_text(cell).strip() for cell in rows[0].findall(f"{{{_W}}}tc")]
    at = [column_of(header, name, where, "table") for name in (UNIT, SOURCE, TRANSLATION)]
    seen: dict[str, int] = {}
    for number, row in enumerate(rows[1:], 2):
        cells = row.findall(f"{{{_W}}}tc")
        if _merged(cells):
            raise XliffError("merged cells: each unit's cells must stay its own (split them "
                             "again, or revise in the translation's cell only)", where, number)
        if len(cells) <= max(at):
            if not any(_text(cell).strip() for cell in cells):
                continue  # (an empty row a reviser added)
            raise XliffError("a row of fewer cells than the table's columns (cells deleted "
                             "or merged)", where, number)
        ident, _, digest = _text(cells[at[0]]).rpartition(_DIGEST_MARK)
        ident = ident.split(" [")[0].strip()
        if not ident:
            if not any(_text(cell).strip() for cell in cells):
                continue  # (an empty row a reviser added)
            raise XliffError("a row without its unit id (a row added, or its first column "
                             "edited: the first column names the unit)", where, number)
        if ident in seen:
            raise XliffError(f"unit {ident} twice (rows {seen[ident]} and {number}: a row "
                             "copied? keep one)", where, number)
        seen[ident] = number
        target = _text(cells[at[2]])
        digest = digest.strip()
        if digest and digest in (state_digest(target, False), state_digest(target, True)):
            target = ""  # (as written: not revised, whatever its state was)
        notes = tuple(dict.fromkeys(
            comments[ref.get(f"{{{_W}}}id", "")] for ref in row.iter(
                f"{{{_W}}}commentRangeStart", f"{{{_W}}}commentReference")
            if comments.get(ref.get(f"{{{_W}}}id", ""))))
        yield ReadUnit(ident, number, _text(cells[at[1]]),
                       target if target.strip() else None, False, digest or None, notes)


def _merged(cells: list[etree._Element]) -> bool:
    """Whether a cell of the row spans columns or rows (Word's merged cells)."""
    for cell in cells:
        props = cell.find(f"{{{_W}}}tcPr")
        if props is None:
            continue
        span = props.find(f"{{{_W}}}gridSpan")
        if (span is not None and span.get(f"{{{_W}}}val", "1") != "1") \
                or props.find(f"{{{_W}}}vMerge") is not None \
                or props.find(f"{{{_W}}}hMerge") is not None:
            return True
    return False


#: what a tracked change, a deleted or moved-away run, holds: none of the text as it now reads
_GONE = frozenset({f"{{{_W}}}del", f"{{{_W}}}moveFrom"})


def _text(element: etree._Element) -> str:
    """An element's text as it now reads: its paragraphs parted by line breaks, insertions
    taken, deletions and moved-away text dropped, Word's tabs, breaks and hyphens as
    characters."""
    paragraphs = element.findall(f".//{{{_W}}}p") if element.tag != f"{{{_W}}}p" \
        else [element]
    out = []
    for paragraph in paragraphs:
        parts = []
        for node in paragraph.iter(f"{{{_W}}}t", f"{{{_W}}}tab", f"{{{_W}}}br",
                                   f"{{{_W}}}cr", f"{{{_W}}}noBreakHyphen"):
            if any(parent.tag in _GONE for parent in node.iterancestors()):
                continue
            name = etree.QName(node).localname
            parts.append(node.text or "" if name == "t" else "\t" if name == "tab"
                         else "\u2011" if name == "noBreakHyphen" else "\n")
        out.append("".join(parts))
    return "\n".join(out)


def _comments(package: Package) -> dict[str, str]:
    """Word's comments by id: their text, paragraphs parted by line breaks."""
    root = package.xml("word/comments.xml")
    if root is None:
        return {}
    return {comment.get(f"{{{_W}}}id", ""): _text(comment).strip()
            for comment in root.iter(f"{{{_W}}}comment")}
