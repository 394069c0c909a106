"""The sheets of a spreadsheet (Excel's ``.xlsx``, OpenDocument's ``.ods``) as rows of text:
how terminologists and clients hand over glossaries (a workbook may keep one a domain, or a
sheet of notes beside the terms).

Both are ZIP files of XML, read here as Word documents are (``importer_docx.Package``: no
spreadsheet library, only the cells' text is wanted). The files are untrusted: each part goes
through the safe XML parser, a part that unpacks to more than ``PART_LIMIT`` bytes is refused
unread (a ZIP bomb), and so are more than ``MAX_COLUMNS`` columns or ``MAX_ROWS`` rows (a cell
reference such as ``XFD1048576``, or a repeat count, can ask for billions of empty cells).

Excel: the workbook's sheets in its order, their cells by reference (``C7``: gaps are empty
cells), hidden sheets apart (``Sheet.hidden``: lists a sheet's drop-downs draw on),
shared strings without their phonetic guides (a Japanese glossary's ``<rPh>`` readings:
"子音文字" is not "子音文字シインモジ"), inline strings, numbers as written. OpenDocument: the
tables' rows, repeated cells and rows expanded, a cell's paragraphs joined by a space (by a
line break, and its runs of spaces, tabs and breaks kept, where the text is read exactly),
annotations apart from the text (``Sheet.notes``, as Excel's notes and comments are).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lxml import etree

from transpub.errors import TermbaseError

if TYPE_CHECKING:
    from transpub.importer_docx import Package

PART_LIMIT = 64 * 1024 * 1024
MAX_COLUMNS = 1024
MAX_ROWS = 1_000_000
#: The most cells the whole workbook may ask for, OpenDocument's repeated rows and cells
#: counted out and Excel's rows skipped to reach a numbered one counted in: a 3 kB file
#: repeating a row of 1,000 cells a million times asked for a billion (a MemoryError); a
#: glossary of 100,000 concepts in eight languages holds under a million
MAX_CELLS = 2_000_000

SPREADSHEETML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
"""SpreadsheetML's namespaces (ECMA-376), which ``xlsxwrite`` writes too."""
_MAIN, _REL = SPREADSHEETML, RELATIONSHIPS
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_CELL_REF = re.compile(r"([A-Z]{1,3})(\d+)$")
_WS = re.compile(r"\s+")

SUFFIXES = (".xlsx", ".ods")


class Sheet(NamedTuple):
    """One sheet: its name, its rows (each a list of cell texts, white space collapsed unless
    read exactly, trailing empty rows left out), whether the workbook hides it, and the notes
    people left on its cells (row and column, 0-based, and the note's text: Excel's notes
    and threaded comments, Calc's annotations), in the sheet's order."""

    name: str
    rows: list[list[str]]
    hidden: bool = False
    notes: tuple[tuple[int, int, str], ...] = ()
    typed: tuple[tuple[int, int, str], ...] = ()
    """Read exactly, an Excel workbook's cells that hold no text (row and column, 0-based, and
    what they hold, ``_HELD``'s words or "a formula without its value"): a review's
    translation typed as a date reads as its serial number."""


def read_sheets(data: bytes, path: Path, exact: bool = False,
                notes: bool = False) -> list[Sheet]:
    """Every sheet of the workbook, in its order; with ``exact``, each cell's text as written
    (a review's translations: no-break spaces, line breaks), else with its white space
    collapsed (a glossary's terms); with ``notes``, the notes on its cells too (a review's:
    a glossary's are nothing to it, and a broken notes part is no reason to refuse it)."""
    from transpub.importer_docx import Package  # (only when a spreadsheet is read)

    package = Package(data, path, "a readable spreadsheet (.xlsx, .ods)", TermbaseError,
                      PART_LIMIT)
    if "xl/workbook.xml" in package.names:
        sheets = _xlsx_sheets(package, path, exact, notes)
    elif "content.xml" in package.names:
        sheets = _ods_sheets(package, path, exact, notes)
    else:
        raise TermbaseError("neither an Excel (.xlsx) nor an OpenDocument (.ods) spreadsheet",
                            path)
    for sheet in sheets:
        while sheet.rows and not any(sheet.rows[-1]):
            sheet.rows.pop()
    return sheets


def _part(package: Package, name: str, path: Path) -> etree._Element:
    root = package.xml(name)
    if root is None:
        raise TermbaseError(f"the spreadsheet has no part {name}", path)
    return root


def _text(element: etree._Element, exact: bool = False) -> str:
    text = "".join(element.itertext())
    return text if exact else _WS.sub(" ", text).strip()


#: SpreadsheetML's escape of a character XML cannot hold, "_x000B_" (ECMA-376 22.4.2.4; a
#: literal "_x0041_" is written "_x005F_x0041_")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _unescaped(text: str) -> str:
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


# --- Excel ---------------------------------------------------------------------------------

def _xlsx_sheets(package: Package, path: Path, exact: bool, notes: bool) -> list[Sheet]:
    """The workbook's sheets (``<sheet>`` in its order, each found by its relationship, as
    Excel names it; a chart sheet, a macro sheet, anything but a worksheet, left out)."""
    workbook = _part(package, "xl/workbook.xml", path)
    relations = package.relations("xl/workbook.xml")
    shared: list[str] | None = None
    sheets = []
    read: set[str] = set()
    budget = [MAX_CELLS]
    for number, sheet in enumerate(workbook.iter(f"{{{_MAIN}}}sheet"), 1):
        found = relations.get(sheet.get(f"{{{_REL}}}id", ""))
        if found is not None and found[0] != "worksheet":
            continue
        part = found[1] if found is not None else f"xl/worksheets/sheet{number}.xml"
        if part in read:  # (a sheet listed twice: Excel never writes one, a forged file may)
            continue
        read.add(part)
        if shared is None:
            shared = _shared_strings(package, exact)
        typed: list[tuple[int, int, str]] = []
        sheets.append(Sheet(sheet.get("name") or f"Sheet{number}",
                            _xlsx_rows(_part(package, part, path), shared, path, budget,
                                       exact, typed if exact else None),
                            sheet.get("state") in ("hidden", "veryHidden"),
                            _xlsx_notes(package, part) if notes else (), tuple(typed)))
    if not sheets:
        raise TermbaseError("the workbook has no sheet", path)
    return sheets


def _xlsx_rows(sheet: etree._Element, shared: list[str], path: Path,
               budget: list[int], exact: bool,
               typed: list[tuple[int, int, str]] | None = None) -> list[list[str]]:
    """The sheet's rows; ``typed`` gets its cells that hold no text (``Sheet.typed``)."""
    rows: list[list[str]] = []
    for row in sheet.iter(f"{{{_MAIN}}}row"):
        number = int(row.get("r") or len(rows) + 1)
        if not 0 < number <= MAX_ROWS:
            raise TermbaseError(f"row {number}: more than {MAX_ROWS:,} rows", path)
        # (the rows skipped to reach it count as cells: a forged workbook of many sheets
        # each with a row "1000000" asked for a million lists a sheet)
        budget[0] -= max(0, number - len(rows))
        while len(rows) < number:
            rows.append([])
        cells = rows[number - 1]
        for cell in row.iter(f"{{{_MAIN}}}c"):
            column = _column(cell.get("r"), len(cells), path)
            while len(cells) <= column:
                cells.append("")
            cells[column] = _cell(cell, shared, exact)
            if typed is not None:
                held = _held(cell, cells[column])
                if held:
                    typed.append((number - 1, column, held))
            budget[0] -= 1
        if budget[0] < 0:
            raise TermbaseError(f"more than {MAX_CELLS:,} cells: refused", path)
    return rows


#: Excel 365's threaded comments (beside each, a legacy note that only says so)
_THREADED = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"


def _xlsx_notes(package: Package, part: str) -> tuple[tuple[int, int, str], ...]:
    """The notes on a worksheet's cells: Excel's threaded comments (a thread's replies after
    it), and its notes ("comments" before Excel 365) where no thread is; a note's text
    without the author's name Excel writes at its start ("Jane Doe:")."""
    threads: dict[tuple[int, int], list[str]] = {}
    legacy: dict[tuple[int, int], list[str]] = {}
    for kind, target, external in package.relations(part).values():
        # (only the notes' parts: a sheet relates to printer settings, drawings, tables…)
        root = package.xml(target) if kind in ("threadedComment", "comments") and \
            not external else None
        if root is None:
            continue
        if kind == "threadedComment":
            for comment in root.iter(f"{{{_THREADED}}}threadedComment"):
                text = "".join(comment.itertext()).strip()
                if text:
                    threads.setdefault(_cell_at(comment.get("ref")), []).append(text)
        elif kind == "comments":
            authors = [_text(a) for a in root.iter(f"{{{_MAIN}}}author")]
            for comment in root.iter(f"{{{_MAIN}}}comment"):
                body = comment.find(f"{{{_MAIN}}}text")
                text = "".join(t.text or "" for t in body.iter(f"{{{_MAIN}}}t")
                               if _parent_tag(t) != f"{{{_MAIN}}}rPh") if body is not None \
                    else ""
                index = int(comment.get("authorId") or 0) if (
                    comment.get("authorId") or "0").isdigit() else -1
                author = authors[index] if 0 <= index < len(authors) else ""
                if author and text.startswith(f"{author}:"):
                    text = text[len(author) + 1:]
                text = text.strip()
                if text:
                    legacy.setdefault(_cell_at(comment.get("ref")), []).append(text)
    notes = {**legacy, **threads}
    return tuple((row, column, text) for (row, column), texts in sorted(notes.items())
                 for text in texts)


def _cell_at(ref: str | None) -> tuple[int, int]:
    """A note's cell (row and column, 0-based) from its reference ("C7": (6, 2)); (-1, -1),
    matched to no row, for a reference to no cell a sheet has."""
    match = _CELL_REF.match(ref or "")
    if match is None:
        return (-1, -1)
    return int(match.group(2)) - 1, _column_of_letters(match.group(1))


def _shared_strings(package: Package, exact: bool) -> list[str]:
    root = package.xml("xl/sharedStrings.xml")
    if root is None:
        return []
    # (a string's text runs, not its phonetic guide: <si><r><t>子音</t></r><rPh><t>シイン</t>)
    phonetic = f"{{{_MAIN}}}rPh"
    texts = ("".join(t.text or "" for t in si.iter(f"{{{_MAIN}}}t")
                     if _parent_tag(t) != phonetic)
             for si in root.iterchildren(f"{{{_MAIN}}}si"))
    return [_unescaped(text if exact else _WS.sub(" ", text).strip()) for text in texts]


def _parent_tag(element: etree._Element) -> object:
    parent = element.getparent()
    return parent.tag if parent is not None else None


def _column(ref: str | None, following: int, path: Path) -> int:
    """A cell's column (0-based) from its reference ("C7": 2), else the next one."""
    match = _CELL_REF.match(ref or "")
    if match is None:
        return following
    column = _column_of_letters(match.group(1))
    if column >= MAX_COLUMNS:
        raise TermbaseError(f"cell {ref}: more than {MAX_COLUMNS:,} columns", path)
    return column


def _column_of_letters(letters: str) -> int:
    """The column (0-based) a reference's letters name ("C": 2, "AA": 26)."""
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - ord("A") + 1
    return column - 1


_HELD = {"b": "TRUE or FALSE", "e": "an error", "d": "a date", "n": "a number (or a date)",
         "": "a number (or a date)"}


def _held(cell: etree._Element, value: str) -> str:
    """What a cell holds that is no text ("" for text): a number (a date is one, in a
    style), a boolean, an error, or a formula Excel did not compute."""
    kind = cell.get("t", "")
    if kind in ("s", "inlineStr", "str"):
        return ""
    if not value:
        return "a formula without its value" if cell.find(f"{{{_MAIN}}}f") is not None else ""
    return _HELD.get(kind, "")


def _cell(cell: etree._Element, shared: list[str], exact: bool = False) -> str:
    kind = cell.get("t", "")
    if kind == "inlineStr":
        found = cell.find(f"{{{_MAIN}}}is")
        return _unescaped(_text(found, exact)) if found is not None else ""
    value = cell.findtext(f"{{{_MAIN}}}v") or ""
    if kind == "s":
        index = int(value) if value.isdigit() else -1
        return shared[index] if 0 <= index < len(shared) else ""
    return value.strip()


# --- OpenDocument --------------------------------------------------------------------------

def _ods_sheets(package: Package, path: Path, exact: bool, notes: bool) -> list[Sheet]:
    content = _part(package, "content.xml", path)
    name = f"{{{_TABLE}}}name"
    budget = [MAX_CELLS]  # (what the sheets before left of it)
    sheets = []
    for number, table in enumerate(content.iter(f"{{{_TABLE}}}table"), 1):
        noted: list[tuple[int, int, str]] = []
        rows = _ods_rows(table, path, budget, exact, noted if notes else None)
        sheets.append(Sheet(table.get(name) or f"Sheet{number}", rows, False, tuple(noted)))
    return sheets


def _ods_rows(table: etree._Element, path: Path, budget: list[int],
             exact: bool = False,
             notes: list[tuple[int, int, str]] | None = None) -> list[list[str]]:
    """The table's rows; ``notes`` gets the annotations on its cells (Calc's comments)."""
    rows: list[list[str]] = []
    repeat = f"{{{_TABLE}}}number-columns-repeated"
    empty = 0
    for row in table.iter(f"{{{_TABLE}}}table-row"):
        cells: list[str] = []
        for cell in row:
            if cell.tag not in (f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell"):
                continue
            paragraphs = cell.iterchildren(f"{{{_TEXT}}}p", f"{{{_TEXT}}}h")
            text = ("\n".join(_odf_text(p) for p in paragraphs) if exact
                    else " ".join(_text(p) for p in paragraphs))
            if notes is not None:
                for note in cell.iterchildren(_ANNOTATION):
                    said = "\n".join(_odf_text(p) for p in note.iter(f"{{{_TEXT}}}p")).strip()
                    if said:
                        notes.append((len(rows) + empty, len(cells), said))
            count = _count(cell.get(repeat))
            if not text:  # (a row's trailing empty cells, repeated to the sheet's edge)
                if len(cells) + count > MAX_COLUMNS:
                    break
                cells.extend([""] * count)
                continue
            if len(cells) + count > MAX_COLUMNS:
                raise TermbaseError(f"row {len(rows) + 1}: more than {MAX_COLUMNS:,} columns",
                                    path)
            cells.extend([text] * count)
        while cells and not cells[-1]:
            cells.pop()
        times = _count(row.get(f"{{{_TABLE}}}number-rows-repeated"))
        if not cells:  # (empty rows, repeated to the sheet's end: kept only before a full one)
            empty += times
            continue
        if len(rows) + empty + times > MAX_ROWS:
            raise TermbaseError(f"more than {MAX_ROWS:,} rows", path)
        budget[0] -= len(cells) * times
        if budget[0] < 0:
            raise TermbaseError(f"more than {MAX_CELLS:,} cells (its rows and cells repeated): "
                                "refused", path)
        rows.extend([] for _ in range(empty))
        empty = 0
        rows.extend(list(cells) for _ in range(times))
    return rows


_SPACES = f"{{{_TEXT}}}s"
_TAB = f"{{{_TEXT}}}tab"
_LINE_BREAK = f"{{{_TEXT}}}line-break"
_ANNOTATION = f"{{{_OFFICE}}}annotation"


def _odf_text(element: etree._Element) -> str:
    """A paragraph's text as written: OpenDocument writes a run of spaces after the first as
    ``<text:s text:c="N"/>``, a tab and a line break as elements (ODF 1.2, 6.1.2-6.1.5), which
    ``itertext`` drops; annotations left out."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == _SPACES:
            parts.append(" " * min(_count(child.get(f"{{{_TEXT}}}c")), 1000))
        elif child.tag == _TAB:
            parts.append("\t")
        elif child.tag == _LINE_BREAK:
            parts.append("\n")
        elif child.tag != _ANNOTATION and isinstance(child.tag, str):
            parts.append(_odf_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _count(value: str | None) -> int:
    return int(value) if value and value.isdigit() and int(value) > 0 else 1
