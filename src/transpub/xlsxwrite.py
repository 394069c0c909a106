"""A workbook in Excel's format (``.xlsx``, Office Open XML SpreadsheetML), written without a
spreadsheet library: only text cells are needed.

The parts are the fewest Excel, LibreOffice Calc and Google Sheets open without a repair: the
content types, the package and workbook relationships, the workbook, a style sheet (wrapped
text; the header bold) and one worksheet a sheet, its cells inline strings (no shared-string
table to keep in step). Each sheet's first row is frozen, its columns have widths, some may be
hidden, and a sheet may run right to left (Arabic). The ZIP is deterministic: members in a
fixed order, each dated 1980-01-01, so the same content gives the same bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from transpub.spreadsheet import RELATIONSHIPS, SPREADSHEETML

#: The most characters an Excel cell holds.
CELL_LIMIT = 32_767

_MAIN, _REL = SPREADSHEETML, RELATIONSHIPS
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
#: What XML 1.0 cannot hold, which SpreadsheetML writes as ``_xHHHH_`` (ECMA-376 22.4.2.4);
#: a literal "_x" before four hex digits is escaped the same way, so that it reads back as
#: written
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
#: a sheet's name may not hold these, nor pass 31 characters
_NOT_IN_NAMES = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class SheetOut:
    """One sheet to write: rows of text, the first the header."""

    name: str
    rows: Sequence[Sequence[str]]
    widths: Sequence[float] = ()
    """Each column's width in characters (Excel's unit)."""
    hidden_columns: frozenset[int] = field(default_factory=frozenset)
    text_columns: frozenset[int] = field(default_factory=frozenset)
    """Columns whose cells hold text whatever is typed in them (Excel's "@" format): a
    reviewer's "9 December 2020" stays those words, not the date serial 44174."""
    right_to_left: bool = False
    hidden: bool = False


def workbook(sheets: Sequence[SheetOut]) -> bytes:
    """The ``.xlsx`` bytes of ``sheets``; a cell past ``CELL_LIMIT`` characters, a sheet name
    Excel refuses, or two sheets of one name raise ValueError."""
    names = [sheet.name for sheet in sheets]
    for name in names:
        if not name or len(name) > 31 or _NOT_IN_NAMES.search(name):
            raise ValueError(f"a sheet cannot be named {name!r}")
    if len({name.casefold() for name in names}) != len(names):
        raise ValueError("two sheets of one name")
    parts = [("[Content_Types].xml", _content_types(len(sheets))),
             ("_rels/.rels", _package_rels()),
             ("xl/workbook.xml", _workbook(sheets)),
             ("xl/_rels/workbook.xml.rels", _workbook_rels(len(sheets))),
             ("xl/styles.xml", _STYLES)]
    for n, sheet in enumerate(sheets, 1):
        try:
            parts.append((f"xl/worksheets/sheet{n}.xml", _sheet(sheet)))
        except ValueError as exc:
            raise ValueError(f"sheet {sheet.name!r}, {exc}") from None
    return zipped(parts)


def zipped(parts: Sequence[tuple[str, str]]) -> bytes:
    """A deterministic ZIP of text parts (an Office Open XML package: this workbook, the
    review document): members in the order given, each dated 1980-01-01."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, text.encode("utf-8"))
    return out.getvalue()


_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_STYLES = (
    f'{_DECLARATION}<styleSheet xmlns="{_MAIN}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    "</cellStyleXfs>"
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" '
    'applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" '
    'applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>")


def _content_types(count: int) -> str:
    sheets = "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" '
                     f'ContentType="{_SHEET_TYPE}"/>' for n in range(1, count + 1))
    return (f'{_DECLARATION}<Types xmlns="{_TYPES}">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{sheets}</Types>")


def _package_rels() -> str:
    return (f'{_DECLARATION}<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
            f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')


def _workbook(sheets: Sequence[SheetOut]) -> str:
    listed = "".join(
        f'<sheet name={quoteattr(sheet.name)} sheetId="{n}"'
        + (' state="hidden"' if sheet.hidden else "") + f' r:id="rId{n}"/>'
        for n, sheet in enumerate(sheets, 1))
    active = next((n for n, sheet in enumerate(sheets) if not sheet.hidden), 0)
    return (f'{_DECLARATION}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
            f'<bookViews><workbookView activeTab="{active}"/></bookViews>'
            f"<sheets>{listed}</sheets></workbook>")


def _workbook_rels(count: int) -> str:
    rels = "".join(f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" '
                   f'Target="worksheets/sheet{n}.xml"/>' for n in range(1, count + 1))
    rels += (f'<Relationship Id="rId{count + 1}" Type="{_REL}/styles" '
             'Target="styles.xml"/>')
    return f'{_DECLARATION}<Relationships xmlns="{_PKG_REL}">{rels}</Relationships>'


def _sheet(sheet: SheetOut) -> str:
    direction = ' rightToLeft="1"' if sheet.right_to_left else ""
    view = (f'<sheetViews><sheetView workbookViewId="0"{direction}>'
            '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            "</sheetView></sheetViews>")
    columns = "".join(
        f'<col min="{n}" max="{n}" width="{width:g}" customWidth="1"'
        + (' style="3"' if n - 1 in sheet.text_columns else "")
        + (' hidden="1"' if n - 1 in sheet.hidden_columns else "") + "/>"
        for n, width in enumerate(sheet.widths, 1))
    rows = []
    for number, row in enumerate(sheet.rows, 1):
        cells = "".join(_cell(f"{_letters(c)}{number}", text, 2 if number == 1 else
                              3 if c in sheet.text_columns else 1)
                        for c, text in enumerate(row) if text or (
                            number > 1 and c in sheet.text_columns))
        rows.append(f'<row r="{number}">{cells}</row>')
    cols = f"<cols>{columns}</cols>" if columns else ""
    return (f'{_DECLARATION}<worksheet xmlns="{_MAIN}">{view}{cols}'
            f'<sheetData>{"".join(rows)}</sheetData></worksheet>')


def _cell(ref: str, text: str, style: int) -> str:
    if not text:  # (an empty cell of a text column: its format, for what will be typed)
        return f'<c r="{ref}" s="{style}"/>'
    if len(text) > CELL_LIMIT:
        raise ValueError(f"cell {ref}: {len(text):,} characters, more than a cell holds "
                         f"({CELL_LIMIT:,})")
    safe = _UNSAFE.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    return (f'<c r="{ref}" s="{style}" t="inlineStr"><is><t xml:space="preserve">'
            f"{escape(safe)}</t></is></c>")


def _letters(column: int) -> str:
    """A column's letters from its 0-based number: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
