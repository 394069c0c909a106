"""The review workbook (``transpub review --xlsx``) and its way back (``review --import``):
the repository's translated sample written as a workbook, opened and edited as a reviewer
would, with a spreadsheet library that is not transpub's (openpyxl, which opens a workbook as
Excel does and saves one as Excel would: shared strings, its own styles), and merged back
into the PO files as an XLIFF file is: revisions taken and unfuzzied, comments kept as
translator comments, broken placeholders rejected, a translation changed since the export a
conflict, ``msgfmt --check`` clean after."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from conftest import SLUG, Cli, copy_sample, msgfmt, review_exported

openpyxl = pytest.importorskip("openpyxl")

RELEASE = "unoct-qatar-strategic-dialogue-2020"


def _po(ws: Path, lang: str) -> polib.POFile:
    return polib.pofile(str(ws / "locales" / lang / "LC_MESSAGES" / f"{RELEASE}.po"))


def _exported(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> tuple[Path, Cli, Path]:
    return review_exported(tmp_path, cli_factory, "xlsx")


def test_the_workbook_opens_as_a_sheet_a_language(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws, _, book = _exported(tmp_path, cli_factory)
    loaded = openpyxl.load_workbook(book)
    assert loaded.sheetnames == ["transpub", "all", "ar", "zh", "fr", "ru", "es"]
    assert loaded["transpub"].sheet_state == "hidden"
    # every sentence in the six languages side by side, with all their findings
    overview = [[c.value for c in row] for row in loaded["all"].iter_rows()]
    assert overview[0] == ["Unit", "Source (English)", "Arabic", "Chinese", "French", "Russian",
                           "Spanish", "Findings"]
    title = next(row for row in overview if row[0] == "title")
    assert title[4] == _po(ws, "fr").find("title", by="msgctxt").msgstr
    assert all(row[2] and row[3] for row in overview[1:])  # (the sample is all translated)
    sheet = loaded["fr"]
    assert [c.value for c in sheet[1]] == [
        "Unit", "Source (English)", "Translation (French)", "State", "Findings", "Notes",
        "Revised translation", "Comment", "transpub:fr"]
    assert sheet.freeze_panes == "A2" and sheet.column_dimensions["I"].hidden
    assert loaded["ar"].sheet_view.rightToLeft and not sheet.sheet_view.rightToLeft
    # what a reviewer types in the two columns stays text ("9 décembre 2020" no date serial)
    assert sheet["G2"].number_format == sheet["H2"].number_format == "@"
    assert sheet["C2"].number_format == "General"
    po = _po(ws, "fr")
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [r[0] for r in rows] == [e.msgctxt for e in po if not e.obsolete]
    assert [r[2] for r in rows] == [e.msgstr or None for e in po if not e.obsolete]
    # the same workbook from the same files: the same bytes
    first = book.read_bytes()
    cli_factory(ws)("review", "--xlsx")
    assert book.read_bytes() == first


def test_a_reviewers_revisions_and_comments_come_back(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws, cli, book = _exported(tmp_path, cli_factory)
    loaded = openpyxl.load_workbook(book)
    sheet = loaded["fr"]
    # (a reviewer adds a column of their own in front: the others are found by their headers)
    sheet.insert_cols(1)
    sheet["A1"] = "Checked by"
    rows = {row[1].value: row for row in sheet.iter_rows(min_row=2)}
    title = rows["title"]
    title[0].value = "M. R."
    revised = "Le Qatar et le BLT tiennent leur premier dialogue stratégique de haut niveau"
    title[7].value = revised
    title[8].value = "Style : « dialogue stratégique », pas « stratégie »."
    linked = next(row for key, row in rows.items() if "<a1>" in (row[3].value or ""))
    linked[7].value = linked[3].value.replace("<a1>", "").replace("</a1>", "")  # link lost
    label = rows["label"]
    label[8].value = "OK"
    loaded.save(book)
    cli("review", "--import", str(book), expect=1)  # (one rejected: exit 1)
    said = " ".join(cli.out.split())
    assert "rejected: inline codes differ from the source: missing </a1> <a1>" in said, said
    assert f"{book.name} [fr]:" in said
    po = _po(ws, "fr")
    entry = po.find("title", by="msgctxt")
    assert entry is not None and entry.msgstr == revised and not entry.fuzzy
    assert "Style : « dialogue stratégique », pas « stratégie »." in entry.tcomment
    assert "OK" in po.find("label", by="msgctxt").tcomment
    subprocess.run([msgfmt(), "--check", "-o", "/dev/null",
                    str(ws / "locales" / "fr" / "LC_MESSAGES" / f"{RELEASE}.po")], check=True)
    # the same workbook again: nothing left to change
    cli("review", "--import", str(book), expect=1)
    assert "unchanged" in cli.out


def test_a_translation_changed_since_the_workbook_is_a_conflict(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws, cli, book = _exported(tmp_path, cli_factory)
    loaded = openpyxl.load_workbook(book)
    row = next(r for r in loaded["es"].iter_rows(min_row=2) if r[0].value == "title")
    row[6].value = "Revisión del revisor"
    loaded.save(book)
    path = ws / "locales" / "es" / "LC_MESSAGES" / f"{RELEASE}.po"
    po = polib.pofile(str(path))
    entry = po.find("title", by="msgctxt")
    entry.msgstr = "Cambiada después por el traductor"
    po.save(str(path))
    cli("review", "--import", str(book), "--dry-run", expect=1)
    assert "conflict: the PO translation changed since the review file was written" in " ".join(
        cli.out.split())
    # (session 58: the reviewer's version, not taken, is said in full)
    assert "(--theirs takes the reviewer's); it has «Revisión del revisor»" in " ".join(
        cli.out.split()), cli.out
    cli("review", "--import", str(book), "--theirs")
    assert polib.pofile(str(path)).find("title", by="msgctxt").msgstr == "Revisión del revisor"


def test_a_workbook_transpub_did_not_write_is_one_line(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], workspace: Path) -> None:
    book = tmp_path / "other.xlsx"
    other = openpyxl.Workbook()
    other.active.append(["English", "French"])
    other.save(book)
    cli = cli_factory(workspace)
    cli("review", "--import", str(book), expect=2)
    assert "not one transpub review --xlsx wrote" in cli.err and "Traceback" not in cli.err
    assert SLUG  # (the workspace fixture's release is another: nothing of it is touched)


def test_a_translation_longer_than_a_cell_is_one_line(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """Excel's cells hold 32,767 characters: a longer unit (a hostile PO file, a paragraph
    never split) is refused naming the sheet and cell, nothing written."""
    ws = copy_sample(tmp_path)
    path = ws / "locales" / "fr" / "LC_MESSAGES" / f"{RELEASE}.po"
    po = polib.pofile(str(path))
    po.find("title", by="msgctxt").msgstr = "mot " * 9000
    po.save(str(path))
    cli = cli_factory(ws)
    cli("review", "--xlsx", expect=2)
    assert "sheet 'all', cell E4: 36,000 characters, more than a cell holds" in cli.err
    assert not (ws / "review").exists()


def test_the_workbook_saved_by_calc_as_opendocument_comes_back(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """LibreOffice Calc offers to keep a workbook in its own format: the sheets as an .ods,
    a run of spaces written ``<text:s text:c="2"/>``, a line break as an element, a comment
    an annotation inside its cell. Read as written, the revision comes back whole, the
    comment as a translator comment (not as the cell's text)."""
    import zipfile
    from xml.sax.saxutils import escape

    ws, cli, book = _exported(tmp_path, cli_factory)
    loaded = openpyxl.load_workbook(book)
    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    revised = "Le Qatar et le BLT  tiennent leur dialogue"

    def cell(value: object, note: str = "") -> str:
        # (Calc's comment: an annotation inside the cell, its author and date, then its text)
        said = (f"<office:annotation><dc:creator>R. Reviewer</dc:creator><dc:date>2026-12-06"
                f"T10:00:00</dc:date><text:p>{escape(note)}</text:p></office:annotation>"
                if note else "")
        if value is None:
            return f"<table:table-cell>{said}</table:table-cell>"
        written = escape(str(value)).replace("  ", ' <text:s text:c="1"/>')
        return f"<table:table-cell>{said}<text:p>{written}</text:p></table:table-cell>"

    tables = []
    for sheet in loaded.worksheets:
        rows = []
        for row in sheet.iter_rows():
            values = [c.value for c in row]
            if sheet.title == "fr" and values[0] == "title":
                values[6] = revised
            notes = {2: "Calc: say « dialogue »."} if sheet.title == "fr" and \
                values[0] == "label" else {}
            rows.append("<table:table-row>" + "".join(cell(v, notes.get(i, ""))
                                                      for i, v in enumerate(values))
                        + "</table:table-row>")
        tables.append(f'<table:table table:name="{sheet.title}">{"".join(rows)}'
                      "</table:table>")
    ods = book.with_suffix(".ods")
    with zipfile.ZipFile(ods, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        package.writestr("content.xml", (
            f'<office:document-content xmlns:office="{office}" xmlns:table="{table}" '
            f'xmlns:text="{text}" xmlns:dc="http://purl.org/dc/elements/1.1/"><office:body>'
            f'<office:spreadsheet>{"".join(tables)}'
            "</office:spreadsheet></office:body></office:document-content>"))
    cli("review", "--import", str(ods))
    entry = _po(ws, "fr").find("title", by="msgctxt")
    assert entry is not None and entry.msgstr == revised
    noted = _po(ws, "fr").find("label", by="msgctxt").tcomment
    assert "Calc: say « dialogue »." in noted and "R. Reviewer" not in noted


#: what Excel 365 writes as the legacy note beside a threaded comment (for older Excels)
LEGACY_OF_THREAD = (
    "[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; "
    "however, any edits to it will get removed if the file is opened in a newer version of "
    "Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    ")


def _threaded(book: Path, sheet_part: str, ref: str, texts: list[str]) -> None:
    """Add Excel 365's threaded comments on ``ref`` (a thread and its replies) to a saved
    workbook's sheet, as Excel writes them: a part of their own, related to the sheet."""
    import zipfile

    ns = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"
    first = "{00000000-0000-0000-0000-000000000001}"
    comments = "".join(
        f'<threadedComment ref="{ref}" dT="2026-12-06T10:00:00.00" '
        f'personId="{{11111111-0000-0000-0000-000000000000}}" '
        f'id="{{00000000-0000-0000-0000-00000000000{n}}}"'
        + (f' parentId="{first}"' if n > 1 else "") + f"><text>{text}</text></threadedComment>"
        for n, text in enumerate(texts, 1))
    folder, name = sheet_part.rsplit("/", 1)
    rels_name = f"{folder}/_rels/{name}.rels"
    with zipfile.ZipFile(book) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    rels = parts.get(rels_name, b'<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                                b'openxmlformats.org/package/2006/relationships"></Relationships>')
    parts[rels_name] = rels.replace(b"</Relationships>", (
        b'<Relationship Id="rIdT1" Type="http://schemas.microsoft.com/office/2017/10/'
        b'relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>'
        b"</Relationships>"))
    parts["xl/threadedComments/threadedComment1.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ThreadedComments xmlns="{ns}">{comments}'
        "</ThreadedComments>").encode()
    with zipfile.ZipFile(book, "w") as target:
        for name_, data in parts.items():
            target.writestr(name_, data)


def test_notes_a_reviewer_left_on_cells_come_back_as_comments(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """Reviewers comment on a cell as often as they type in the Comment column: Excel's note
    (its author's name, which Excel writes at the start of the text, left out) and Excel
    365's threaded comment with its reply (not the legacy note Excel writes beside it for
    older versions) become translator comments of the unit whose row they are on."""
    import zipfile

    from openpyxl.comments import Comment

    ws, cli, book = _exported(tmp_path, cli_factory)
    loaded = openpyxl.load_workbook(book)
    sheet = loaded["fr"]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    rows["title"][2].comment = Comment("Jane Doe:\nUse « dialogue » throughout.", "Jane Doe")
    label = rows["label"][2]
    label.comment = Comment(LEGACY_OF_THREAD + "Check the date format.", "tc=1")
    loaded.save(book)
    with zipfile.ZipFile(book) as package:
        names = package.namelist()
    part = next(name for name in names if name.startswith("xl/worksheets/sheet")
                and name.endswith(".xml") and _sheet_named(book, name) == "fr")
    _threaded(book, part, label.coordinate, ["Check the date format.", "Done: 1 March."])
    cli("review", "--import", str(book))
    po = _po(ws, "fr")
    title = po.find("title", by="msgctxt")
    assert title is not None and "Use « dialogue » throughout." in title.tcomment
    assert "Jane Doe" not in title.tcomment
    comment = po.find("label", by="msgctxt").tcomment
    assert "Check the date format." in comment and "Done: 1 March." in comment
    assert "Threaded comment" not in comment
    cli("review", "--import", str(book))  # (again: the notes are not added twice)
    assert _po(ws, "fr").find("label", by="msgctxt").tcomment.count("Done: 1 March.") == 1
    subprocess.run([msgfmt(), "--check", "-o", "/dev/null",
                    str(ws / "locales" / "fr" / "LC_MESSAGES" / f"{RELEASE}.po")], check=True)


def _sheet_named(book: Path, part: str) -> str:
    """The name the workbook gives the worksheet ``part``."""
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(book) as package:
        rels = etree.fromstring(package.read("xl/_rels/workbook.xml.rels"))
        targets = {rel.get("Id"): rel.get("Target").lstrip("/").removeprefix("xl/")
                   for rel in rels}
        root = etree.fromstring(package.read("xl/workbook.xml"))
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    for sheet in root.iter(f"{{{main}}}sheet"):
        if f"xl/{targets[sheet.get(f'{{{rel}}}id')]}" == part:
            return sheet.get("name") or ""
    return ""
