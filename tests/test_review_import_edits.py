"""What a reviser's tools put in a review file that a PO file cannot take, through the real
CLI (``review --xlsx``/``--docx``, edited with openpyxl and python-docx as Excel and Word
save, ``review --import``):

- a character no PO file, page or gettext takes (Excel's ``_x000B_`` for a line break Word
  pasted, U+0085, U+FFFF): that unit rejected with its row (it had been written into a PO
  file every command then refused);
- a revision ending with a line break (an Alt+Enter) written as ``msgfmt --check`` wants;
- a Word table whose Source and Translation columns were swapped read by its headings (the
  English had become every Spanish translation), merged cells and a copied row refused with
  their row;
- a workbook's copied row refused, a date or TRUE typed in a revision cell rejected, an edit
  typed over the Translation column said not imported (each had been silent).
"""

from __future__ import annotations

import datetime
import subprocess
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from conftest import SLUG, Cli, copy_sample, msgfmt, review_exported

openpyxl = pytest.importorskip("openpyxl")
docx = pytest.importorskip("docx")


def _po_path(ws: Path, lang: str) -> Path:
    return ws / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"


def _cell(path: Path, sheet: str, unit: str, column: str, value: object) -> None:
    book = openpyxl.load_workbook(path)
    rows = book[sheet]
    header = [c.value for c in rows[1]]
    at = next(i for i, name in enumerate(header, 1) if str(name).startswith(column))
    row = next(r[0].row for r in rows.iter_rows(min_row=2) if r[0].value == unit)
    rows.cell(row, at).value = value
    book.save(path)


@pytest.mark.parametrize(("value", "code"), [("Nueva_x000B_York", "U+000B"),
                                            ("Nueva\u0085York", "U+0085"),
                                            ("Nueva_xFFFF_York", "U+FFFF")])
def test_a_character_no_po_file_takes_is_rejected(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], value: str, code: str) -> None:
    ws, cli, book = review_exported(tmp_path, cli_factory, "xlsx")
    before = _po_path(ws, "es").read_bytes()
    _cell(book, "es", "place", "Revised translation", value)
    cli("review", "--import", str(book), expect=1)
    assert "unit place: rejected" in cli.out + cli.err and code in cli.out + cli.err
    assert _po_path(ws, "es").read_bytes() == before
    cli("check", expect=None)  # (every command still reads the file)
    assert "control character" not in cli.err


def test_a_revision_ending_with_a_line_break_passes_msgfmt(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws, cli, book = review_exported(tmp_path, cli_factory, "xlsx")
    _cell(book, "es", "place", "Revised translation", "Nueva York (sede)\n")
    cli("review", "--import", str(book))
    assert polib.pofile(str(_po_path(ws, "es"))).find("place", by="msgctxt").msgstr == \
        "Nueva York (sede)"
    subprocess.run([msgfmt(), "--check", "-o", "/dev/null", str(_po_path(ws, "es"))],
                   check=True)


def test_a_copied_row_and_typed_cells_in_a_workbook(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws, cli, book = review_exported(tmp_path, cli_factory, "xlsx")
    before = {lang: _po_path(ws, lang).read_bytes() for lang in ("fr", "es")}
    _cell(book, "fr", "p1.d6c5e4", "Revised translation", datetime.datetime(2020, 12, 9))
    _cell(book, "es", "label", "Revised translation", True)
    _cell(book, "es", "place", "Translation", "Nueva York (editado aquí)")
    cli("review", "--import", str(book), expect=1)
    said = cli.out + cli.err
    assert "unit p1.d6c5e4: rejected: the Revised translation cell holds a number (or a date)" \
        in said
    assert "unit label: rejected: the Revised translation cell holds TRUE or FALSE" in said
    assert "unit place: rejected: its Translation cell was edited" in said
    assert {lang: _po_path(ws, lang).read_bytes() for lang in before} == before
    loaded = openpyxl.load_workbook(book)
    sheet = loaded["fr"]
    sheet.append([c.value for c in sheet[2]])
    loaded.save(book)
    cli("review", "--import", str(book), expect=2)
    assert "twice (rows 2 and" in cli.err and cli.err.count("\n") == 1


def _rows(document: object, lang: str) -> list[object]:
    heading = next(i for i, p in enumerate(document.paragraphs)  # type: ignore[attr-defined]
                   if f"transpub:{lang}" in p.text)
    tables = document.tables  # type: ignore[attr-defined]
    table = tables[sum(1 for p in document.paragraphs[:heading]  # type: ignore[attr-defined]
                       if "transpub:" in p.text)]
    return list(table.rows)


def test_a_word_table_is_read_by_its_headings(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws, cli, path = review_exported(tmp_path, cli_factory, "docx")
    before = _po_path(ws, "es").read_bytes()
    document = docx.Document(str(path))
    for row in _rows(document, "es"):  # (Source and Translation swapped, headings and all)
        first, second = row.cells[1]._tc, row.cells[2]._tc
        second.getparent().remove(second)
        first.addprevious(second)
    document.save(str(path))
    cli("review", "--import", str(path))
    assert _po_path(ws, "es").read_bytes() == before
    assert "es" in cli.out


@pytest.mark.parametrize("damage", ["merged", "copied"])
def test_merged_cells_and_a_copied_row_in_a_word_table(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], damage: str) -> None:
    ws, cli, path = review_exported(tmp_path, cli_factory, "docx")
    before = _po_path(ws, "es").read_bytes()
    document = docx.Document(str(path))
    rows = _rows(document, "es")
    at = next(i for i, r in enumerate(rows) if r.cells[0].text.startswith("place"))
    if damage == "merged":
        rows[at].cells[2].merge(rows[at + 1].cells[2])
        expected = f"[es]:{at + 1}: merged cells"
    else:
        import copy

        rows[at]._tr.addnext(copy.deepcopy(rows[at]._tr))
        expected = f"unit place twice (rows {at + 1} and {at + 2}"
    document.save(str(path))
    cli("review", "--import", str(path), expect=2)
    assert expected in cli.err and cli.err.count("\n") == 1
    assert _po_path(ws, "es").read_bytes() == before


def test_comments_outside_every_unit_are_said(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """A Word comment on a heading and an Excel note on the header row belong to no unit:
    said as comments on the file, not imported (they had been dropped without a word)."""
    _, cli, path = review_exported(tmp_path, cli_factory, "docx")
    document = docx.Document(str(path))
    if not hasattr(document, "add_comment"):
        pytest.skip("python-docx without comments")
    heading = next(p for p in document.paragraphs if "transpub:es" in p.text)
    document.add_comment(heading.runs[0], text="General remark on Spanish", author="R")
    document.save(str(path))
    cli("review", "--import", str(path))
    assert "comment on the file, not imported: General remark on Spanish" in cli.out + cli.err
    (tmp_path / "x").mkdir()
    _, cli, book = review_exported(tmp_path / "x", cli_factory, "xlsx")
    loaded = openpyxl.load_workbook(book)
    loaded["es"]["B1"].comment = openpyxl.comments.Comment("Whole sheet: check the dates",
                                                           "R")
    loaded.save(book)
    cli("review", "--import", str(book))
    assert "comment on the file, not imported: Whole sheet: check the dates" in \
        cli.out + cli.err


@pytest.mark.parametrize(("name", "content", "said"), [
    ("g.xlsx", b"x\n", "g.xlsx: not a readable Excel workbook (.xlsx)"),
    ("e.docx", b"", "e.docx: not a readable Word document (.docx)")])
def test_a_broken_office_file_is_named_as_one(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], name: str, content: bytes,
        said: str) -> None:
    """An empty or cut-short save had been "malformed XML", as if it were XLIFF."""
    ws, cli, _ = review_exported(tmp_path, cli_factory, "xlsx")
    (ws / name).write_bytes(content)
    cli("review", "--import", name, expect=2)
    assert said in cli.err and cli.err.count("\n") == 1


def test_a_fuzzy_translation_approved_by_its_state_cell(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """(Session 58's coordinator trial: a reviewer who set a fuzzy unit's State to
    "translated" had it ignored without a word, "updated 0", the unit still fuzzy.)"""
    ws = copy_sample(tmp_path)
    po = polib.pofile(str(_po_path(ws, "es")))
    entry = next(e for e in po if e.msgctxt == "place")
    entry.flags.append("fuzzy")
    po.save(str(_po_path(ws, "es")))
    cli = cli_factory(ws)
    book = tmp_path / "review.xlsx"
    cli("review", "--xlsx", "--lang", "es", "-o", str(book))
    _cell(book, "es", "place", "State", "translated")
    cli("review", "--import", str(book))
    after = next(e for e in polib.pofile(str(_po_path(ws, "es"))) if e.msgctxt == "place")
    assert after.msgstr == entry.msgstr and not after.fuzzy
    subprocess.run([msgfmt(), "--check", "-o", "/dev/null", str(_po_path(ws, "es"))],
                   check=True)
