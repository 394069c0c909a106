"""Glossaries kept in spreadsheets (Excel's .xlsx, OpenDocument's .ods) and glossaries of a
column a language (CSV too): read as the concepts they hold. The real files: disfr's
Example_Excel_Glossary.xlsx (English-Japanese, 145 terms, Japanese readings as phonetic guides
in its shared strings; AlissaSabre/disfr, BSD-1-Clause) and the Okapi Framework's
TestSpreadsheet01.ods (repeated cells and rows; Apache 2.0), listed in
tests/data/cat-real/SOURCES.md. The sample's termbase written as such a spreadsheet checks the
repository's translated sample as the TBX does."""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from checkcases import workspace_findings
from transpub.errors import TermbaseError
from transpub.spreadsheet import read_sheets
from transpub.termbase import Concept, load_termbase

import realdata
from conftest import Cli

REPO = Path(__file__).resolve().parent.parent
TBX = REPO / "locales" / "termbase.tbx"
REAL = "tests/data/cat-real"
LANGS = ("en", "fr", "es", "ru", "zh", "ar")
HEADER = ("English", "Français", "Español", "Русский", "中文", "العربية", "Category", "Note")


def _rows(concepts: tuple[Concept, ...]) -> list[list[str]]:
    """The concepts as a glossary of a column a language: a cell's terms parted by "; ", the
    preferred first; the header names the languages as each writes its own name."""
    return [list(HEADER)] + [
        ["; ".join(t.text for t in concept.terms.get(lang, ())) for lang in LANGS]
        + [concept.category, "from the TBX"] for concept in concepts]


def _xlsx(rows: list[list[str]]) -> bytes:
    return _workbook([("Glossary", rows, "")])


def _workbook(sheets: list[tuple[str, list[list[str]], str]]) -> bytes:
    """A workbook as Excel saves one (shared strings, cells by reference, a relationship to
    each sheet), after the real file's parts: (name, rows, state) a sheet."""
    strings: list[str] = []
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {"[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.'
                                    'openxmlformats.org/package/2006/content-types"/>'}
    listed, relations = [], []
    for number, (name, rows, state) in enumerate(sheets, 1):
        cells = []
        for r, row in enumerate(rows, 1):
            out = []
            for c, text in enumerate(row):
                if text:
                    strings.append(text)
                    out.append(f'<c r="{chr(65 + c)}{r}" t="s"><v>{len(strings) - 1}</v></c>')
            cells.append(f'<row r="{r}">{"".join(out)}</row>')
        shown = f' state="{state}"' if state else ""
        listed.append(f'<sheet name="{name}" sheetId="{number}"{shown} r:id="rId{number + 6}"/>')
        relations.append(f'<Relationship Id="rId{number + 6}" Type="{rel}/worksheet" '
                         f'Target="worksheets/terms{number}.xml"/>')
        parts[f"xl/worksheets/terms{number}.xml"] = (
            f'<worksheet xmlns="{main}"><sheetData>{"".join(cells)}</sheetData></worksheet>')
    parts["xl/workbook.xml"] = (f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
                                f'{"".join(listed)}</sheets></workbook>')
    parts["xl/_rels/workbook.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'{"".join(relations)}</Relationships>')
    parts["xl/sharedStrings.xml"] = f'<sst xmlns="{main}">' + "".join(
        f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in parts.items():
            package.writestr(name, text)
    return out.getvalue()


def _ods(rows: list[list[str]]) -> bytes:
    return _calc([("Glossary", rows)])


def _calc(sheets: list[tuple[str, list[list[str]]]]) -> bytes:
    """A spreadsheet as LibreOffice Calc saves one (empty cells repeated, trailing rows
    repeated to the sheet's end), a table a sheet."""
    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    tables = []
    for name, rows in sheets:
        body = []
        for row in rows:
            cells = "".join(f"<table:table-cell><text:p>{escape(t)}</text:p></table:table-cell>"
                            if t else '<table:table-cell table:number-columns-repeated="1"/>'
                            for t in row)
            body.append(f"<table:table-row>{cells}<table:table-cell "
                        'table:number-columns-repeated="16376"/></table:table-row>')
        body.append('<table:table-row table:number-rows-repeated="1048000"><table:table-cell '
                    'table:number-columns-repeated="16384"/></table:table-row>')
        tables.append(f'<table:table table:name="{name}">{"".join(body)}</table:table>')
    content = (f'<office:document-content xmlns:office="{office}" xmlns:table="{table}" '
               f'xmlns:text="{text}"><office:body><office:spreadsheet>{"".join(tables)}'
               "</office:spreadsheet></office:body></office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        package.writestr("content.xml", content)
    return out.getvalue()


def _patched(data: bytes, name: str, old: bytes, new: bytes) -> bytes:
    """``data``, a ZIP, with one member's ``old`` bytes replaced by ``new``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            part = source.read(info)
            target.writestr(info.filename, part.replace(old, new) if info.filename == name
                            else part)
    return out.getvalue()


def test_the_real_excel_glossary_is_read_without_its_readings() -> None:
    """disfr's glossary: a header "en", "ja"; each Japanese term with its reading as a
    phonetic guide (``<rPh>``), which is no part of the term."""
    path = realdata.path(f"{REAL}/Example_Excel_Glossary.xlsx")
    concepts = load_termbase(path).concepts
    assert len(concepts) == 145
    first = concepts[0]
    assert first.terms == {"en": (first.terms["en"][0],), "ja": (first.terms["ja"][0],)}
    assert (first.terms["en"][0].text, first.terms["ja"][0].text) == ("abjad", "子音文字")
    assert not [c for c in concepts for t in c.terms.get("ja", ()) if "シインモジ" in t.text]


def test_the_real_opendocument_sheet_is_read_as_rows() -> None:
    path = realdata.path(f"{REAL}/okapi.TestSpreadsheet01.ods")
    rows = read_sheets(path.read_bytes(), path)[0].rows
    assert rows[0] == ["Text in cell A1", "Text in cell B1"]
    assert rows[4] == ["cell A5"] and rows[6] == [] and rows[7] == ["cell A8"]
    assert len(rows) == 8


@pytest.mark.parametrize("kind", ["xlsx", "ods", "csv"])
def test_a_check_with_the_spreadsheet_is_the_check_with_the_tbx(
        cli_factory: Callable[[Path], Cli], tmp_path: Path, kind: str) -> None:
    """The repository's own translated sample, the French and Spanish given one body's name
    changed: the same findings against the TBX and against its concepts as a spreadsheet of
    a column a language (or that sheet saved as CSV), the changed names among them."""
    ws = tmp_path / "ws"
    ws.mkdir()
    for name in ("transpub.toml", "source", "locales"):
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy)(REPO / name, ws / name)
    for lang, wrong in (("fr", ("Bureau de lutte contre le terrorisme",
                                "Bureau antiterroriste")),
                        ("es", ("Oficina de Lucha contra el Terrorismo",
                                "Oficina Antiterrorista"))):
        for file in (ws / "locales" / lang / "LC_MESSAGES").glob("*.po"):
            text = file.read_text(encoding="utf-8")
            assert wrong[0] in text
            file.write_text(text.replace(*wrong), encoding="utf-8")
    rows = _rows(load_termbase(TBX).concepts)
    path = tmp_path / f"glossary.{kind}"
    if kind == "csv":
        import csv
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(rows)
    else:
        path.write_bytes(_xlsx(rows) if kind == "xlsx" else _ods(rows))
    cli = cli_factory(ws)
    reports = {name: workspace_findings(cli, tmp_path / f"{name}.json", termbase)
               for name, termbase in (("tbx", TBX), (kind, path))}
    changed = [f for f in reports["tbx"] if f[0] == "TP101" and f[1] in ("fr", "es")]
    assert changed and reports[kind] == reports["tbx"]


@pytest.mark.parametrize(("data", "message"), [
    (b"PK\x03\x04 not a zip", "not a readable spreadsheet"),
    (b"", "not a readable spreadsheet"),
])
def test_a_broken_spreadsheet_is_one_line(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "g.xlsx"
    path.write_bytes(data)
    with pytest.raises(TermbaseError, match=message):
        load_termbase(path)


def test_hostile_spreadsheets_are_refused_unread(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A cell reference past the columns a glossary can have, a part that unpacks too large,
    an entity: refused in one line, nothing expanded."""
    path = tmp_path / "g.xlsx"
    data = _xlsx([["en", "fr"], ["Secretary-General", "Secrétaire général"]])
    path.write_bytes(_patched(data, "xl/worksheets/terms1.xml", b'r="B2"', b'r="XFD2"'))
    with pytest.raises(TermbaseError, match="more than 1,024 columns"):
        load_termbase(path)
    import transpub.spreadsheet as spreadsheet
    monkeypatch.setattr(spreadsheet, "PART_LIMIT", 100)
    path.write_bytes(data)
    with pytest.raises(TermbaseError, match=r"refused"):
        load_termbase(path)
    monkeypatch.undo()
    path.write_bytes(_patched(data, "xl/sharedStrings.xml", b"<sst ",
                              b'<!DOCTYPE sst [<!ENTITY e "eeeeeeee">]><sst '))
    with pytest.raises(TermbaseError, match=r"(?i)doctype|entit"):
        load_termbase(path)


def test_a_csv_of_a_column_a_language(tmp_path: Path) -> None:
    """Codes or names, in any of the six languages, name the columns; other columns
    (definitions, notes, an "ID" or "No" that a code would read as Indonesian or Norwegian)
    are left; a cell's terms parted by ";" or "|" are admitted forms."""
    path = tmp_path / "g.csv"
    path.write_text("ID,EN-US,English_Def,fr-FR,Espagnol,Category,No\n"
                    "1,Secretary-General | SG,the chief,Secrétaire général,Secretario General,"
                    "title,7\n"
                    ",,,,,,\n", encoding="utf-8")
    (concept,) = load_termbase(path).concepts
    assert concept.category == "title" and concept.line == 2
    assert [(t.text, t.status) for t in concept.terms["en"]] == [
        ("Secretary-General", "preferred"), ("SG", "admitted")]
    assert set(concept.terms) == {"en", "fr", "es"}


#: A workbook of a sheet a domain, a sheet of instructions before them, and a hidden sheet of
#: the categories a drop-down offers
NOTES = [["How to use this glossary"], ["Add new terms at the bottom of each sheet."]]
BODIES = [["English", "Français", "Category"],
          ["Counter-Terrorism Committee", "Comité contre le terrorisme", "organisation"]]
PEOPLE = [["English", "Français", "Category"],
          ["Secretary-General", "Secrétaire général", "title"]]
LISTS = [["Category"], ["person"], ["title"], ["organisation"]]


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_every_sheet_of_a_workbook_is_read(tmp_path: Path, kind: str) -> None:
    """Each sheet that is a glossary is read (only the first was: a workbook of a sheet a
    domain lost all but one); a sheet of notes is skipped with a warning naming it, a
    hidden sheet with one warning for all; two sheets' concepts keep ids of their own."""
    path = tmp_path / f"glossary.{kind}"
    if kind == "xlsx":
        path.write_bytes(_workbook([("Notes", NOTES, ""), ("Bodies", BODIES, ""),
                                    ("People", PEOPLE, ""), ("Lists", LISTS, "hidden")]))
    else:
        path.write_bytes(_calc([("Notes", NOTES), ("Bodies", BODIES), ("People", PEOPLE)]))
    termbase = load_termbase(path)
    assert [(c.id, c.category, c.terms["fr"][0].text) for c in termbase.concepts] == [
        ("2", "organisation", "Comité contre le terrorisme"),
        ("People:2", "title", "Secrétaire général")]
    warnings = [str(w) for w in termbase.warnings]
    assert warnings[0].startswith(f"{tmp_path / f'glossary.{kind} [Notes]'}:1: sheet skipped: "
                                  "the header must name")
    assert (f"{path}: hidden sheet(s) not read: Lists" in warnings) == (kind == "xlsx")
    assert len(warnings) == (2 if kind == "xlsx" else 1)


def test_a_workbook_of_no_glossary_is_refused_for_its_first_sheet(tmp_path: Path) -> None:
    path = tmp_path / "glossary.xlsx"
    path.write_bytes(_workbook([("Notes", NOTES, ""), ("More", [["x"]], "")]))
    with pytest.raises(TermbaseError, match=r"glossary\.xlsx \[Notes\]:1: the header must name"):
        load_termbase(path)
    # (one sheet: named as the file, as before)
    path.write_bytes(_workbook([("Notes", NOTES, "")]))
    with pytest.raises(TermbaseError, match=r"glossary\.xlsx:1: the header must name"):
        load_termbase(path)


def test_repeats_and_skipped_rows_are_counted_before_they_are_expanded(tmp_path: Path) -> None:
    """A 3 kB Calc file repeating a row of 1,000 cells a million times (a MemoryError after
    4 GB), and a workbook of 60 sheets each with a row numbered 1,000,000 (a million empty
    rows a sheet): refused in one line once the cells they ask for pass the limit."""
    ods = tmp_path / "bomb.ods"
    ods.write_bytes(_patched(
        _ods([["en", "fr"], ["a", "b"]]), "content.xml",
        b"<table:table-row><table:table-cell><text:p>a</text:p>",
        b'<table:table-row table:number-rows-repeated="999999"><table:table-cell '
        b'table:number-columns-repeated="1000"><text:p>a</text:p>'))
    with pytest.raises(TermbaseError, match="more than 2,000,000 cells"):
        load_termbase(ods)
    data = _workbook([(f"S{i}", [["en", "fr"], ["a", "b"]], "") for i in range(60)])
    for i in range(1, 61):
        data = _patched(data, f"xl/worksheets/terms{i}.xml", b'r="2"', b'r="1000000"')
    xlsx = tmp_path / "rows.xlsx"
    xlsx.write_bytes(data)
    with pytest.raises(TermbaseError, match="more than 2,000,000 cells"):
        load_termbase(xlsx)


def test_a_glossarys_notes_are_not_read(tmp_path: Path) -> None:
    """Notes on a glossary's cells are nothing to its terms: a workbook whose notes part is
    broken (or names a cell past the columns read) is read for its terms all the same."""
    data = _xlsx([["en", "fr"], ["Secretary-General", "Secrétaire général"]])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info))
        target.writestr("xl/worksheets/_rels/terms1.xml.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="c1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/comments" Target="../comments1.xml"/>'
            "</Relationships>"))
        target.writestr("xl/comments1.xml", "not XML <")
    path = tmp_path / "g.xlsx"
    path.write_bytes(out.getvalue())
    (concept,) = load_termbase(path).concepts
    assert concept.terms["fr"][0].text == "Secrétaire général"
    with pytest.raises(TermbaseError, match=r"comments1\.xml: malformed XML"):
        read_sheets(path.read_bytes(), path, notes=True)
