"""The review document (``transpub review --docx``) and its way back (``review --import``):
the repository's translated sample written as a Word document, opened and edited with a Word
library that is not transpub's (python-docx, which opens and saves a document as Word
would), revised with Track Changes as Word writes them (``<w:ins>``, ``<w:del>``, ECMA-376
17.13.5) and commented with Word's comments (``word/comments.xml``), then merged back into
the PO files as an XLIFF file is: revisions taken and unfuzzied, deletions dropped,
comments kept as translator comments, an untouched document changing nothing, a translation
changed since a conflict, ``msgfmt --check`` clean after."""

from __future__ import annotations

import re
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from conftest import Cli, copy_sample, msgfmt, review_exported

docx = pytest.importorskip("docx")

RELEASE = "unoct-qatar-strategic-dialogue-2020"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _po(ws: Path, lang: str) -> polib.POFile:
    return polib.pofile(str(ws / "locales" / lang / "LC_MESSAGES" / f"{RELEASE}.po"))


def _exported(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> tuple[Path, Cli, Path]:
    return review_exported(tmp_path, cli_factory, "docx")


def _table(document: object, lang: str) -> object:
    """The table of ``lang``: the one after the heading that names it."""
    heading = next(i for i, p in enumerate(document.paragraphs)  # type: ignore[attr-defined]
                   if f"transpub:{lang}" in p.text)
    tables = document.tables  # type: ignore[attr-defined]
    # (a table a language, in the headings' order)
    return tables[sum(1 for p in document.paragraphs[:heading]  # type: ignore[attr-defined]
                      if "transpub:" in p.text)]


def test_the_document_opens_as_a_table_a_language(tmp_path: Path,
                                                  cli_factory: Callable[[Path], Cli]) -> None:
    ws, _, path = _exported(tmp_path, cli_factory)
    document = docx.Document(str(path))
    assert len(document.tables) == 5  # (ar, zh, fr, ru, es)
    french = _table(document, "fr")
    assert [c.text for c in french.rows[0].cells] == [
        "Unit", "Source (English)", "Translation (French)", "Findings"]
    po = _po(ws, "fr")
    rows = {row.cells[0].text.split(" ")[0]: row for row in french.rows[1:]}
    title = po.find("title", by="msgctxt")
    assert rows["title"].cells[1].text == title.msgid
    assert rows["title"].cells[2].text == title.msgstr
    # Track Changes on as it opens; Arabic's translations right to left
    assert document.settings.element.find(f"{{{W}}}trackRevisions") is not None
    arabic = _table(document, "ar").rows[1].cells[2].paragraphs[0]
    assert arabic._p.find(f"{{{W}}}pPr/{{{W}}}bidi") is not None
    # the same release written again: the same bytes
    before = path.read_bytes()
    cli_factory(ws)("review", "--docx")
    assert path.read_bytes() == before


def test_an_untouched_document_changes_nothing(tmp_path: Path,
                                               cli_factory: Callable[[Path], Cli]) -> None:
    """Opened and saved by a Word library, read back: every unit unchanged, a fuzzy one still
    fuzzy (a cell as it was written is no revision)."""
    ws, cli, path = _exported(tmp_path, cli_factory)
    po_path = ws / "locales" / "fr" / "LC_MESSAGES" / f"{RELEASE}.po"
    po = polib.pofile(str(po_path))
    po.find("label", by="msgctxt").flags.append("fuzzy")
    po.save()
    cli("review", "--docx")
    before = po_path.read_bytes()
    docx.Document(str(path)).save(str(path))
    cli("review", "--import", str(path))
    assert po_path.read_bytes() == before
    assert "updated" in cli.out and " 0 " in cli.out


def _tracked(path: Path, full: str, old: str, new: str, comment: str) -> None:
    """Revise the translation ``full`` as Word does with Track Changes on — ``old`` a
    deletion, ``new`` an insertion — and comment on it, as Word writes a comment (its part,
    relationship and content type; its range and reference in the cell)."""
    from xml.sax.saxutils import escape

    with zipfile.ZipFile(path) as package:
        parts = {info.filename: package.read(info) for info in package.infolist()}
    text = parts["word/document.xml"].decode("utf-8")
    # (the cell's run, with its properties: the language Word proofs it in)
    found = re.findall(rf'<w:r>(?:<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t xml:space="preserve">'
                       rf"{re.escape(escape(full))}</w:t></w:r>", text)
    assert len(found) == 1
    original = found[0]
    head, _, tail = full.partition(old)
    date = 'w:author="R. Reviser" w:date="2026-12-06T10:00:00Z"'
    revised = ('<w:commentRangeStart w:id="0"/>'
               f'<w:r><w:t xml:space="preserve">{escape(head)}</w:t></w:r>'
               f'<w:del w:id="1" {date}><w:r><w:delText>{escape(old)}</w:delText></w:r>'
               f'</w:del><w:ins w:id="2" {date}><w:r><w:t>{escape(new)}</w:t></w:r></w:ins>'
               f'<w:r><w:t xml:space="preserve">{escape(tail)}</w:t></w:r>'
               '<w:commentRangeEnd w:id="0"/>'
               '<w:r><w:commentReference w:id="0"/></w:r>')
    parts["word/document.xml"] = text.replace(original, revised, 1).encode("utf-8")
    parts["word/comments.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="{W}">'
        f'<w:comment w:id="0" {date} w:initials="RR"><w:p><w:r><w:t>{escape(comment)}</w:t>'
        "</w:r></w:p></w:comment></w:comments>").encode()
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdC" Type="http://schemas.openxmlformats.'
        b'org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
        b"</Relationships>")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/word/comments.xml" ContentType="application/vnd.'
        b'openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
    with zipfile.ZipFile(path, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)


def test_a_revisers_tracked_changes_and_comments_come_back(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws, cli, path = _exported(tmp_path, cli_factory)
    title = _po(ws, "fr").find("title", by="msgctxt").msgstr
    assert "troisième" in title
    _tracked(path, title, "troisième", "quatrième", "Style : le titre officiel.")
    # and a cell revised by a Word library without Track Changes (its text replaced)
    document = docx.Document(str(path))
    spanish = _table(document, "es")
    label = next(r for r in spanish.rows[1:] if r.cells[0].text.split(" ")[0] == "label")
    label.cells[2].text = "COMUNICADO DE PRENSA (revisado)"
    document.save(str(path))
    docx.Document(str(path))  # (still a document a Word library opens)
    cli("review", "--import", str(path))
    entry = _po(ws, "fr").find("title", by="msgctxt")
    assert entry.msgstr == title.replace("troisième", "quatrième")
    assert not entry.fuzzy and "Style : le titre officiel." in entry.tcomment
    assert _po(ws, "es").find("label", by="msgctxt").msgstr == "COMUNICADO DE PRENSA (revisado)"
    for lang in ("fr", "es"):
        subprocess.run([msgfmt(), "--check", "-o", "/dev/null",
                        str(ws / "locales" / lang / "LC_MESSAGES" / f"{RELEASE}.po")],
                       check=True)
    cli("review", "--import", str(path))  # (again: nothing left to change)
    assert "Style : le titre officiel." in _po(ws, "fr").find("title", by="msgctxt").tcomment
    assert _po(ws, "fr").find("title", by="msgctxt").tcomment.count("Style :") == 1


def test_a_revision_of_a_translation_changed_since_is_a_conflict(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws, cli, path = _exported(tmp_path, cli_factory)
    document = docx.Document(str(path))
    row = next(r for r in _table(document, "es").rows[1:]
               if r.cells[0].text.split(" ")[0] == "label")
    row.cells[2].text = "COMUNICADO (revisor)"
    document.save(str(path))
    po = _po(ws, "es")
    po.find("label", by="msgctxt").msgstr = "COMUNICADO (PO)"
    po.save()
    cli("review", "--import", str(path), expect=1)
    assert "conflict" in cli.out
    assert _po(ws, "es").find("label", by="msgctxt").msgstr == "COMUNICADO (PO)"
    cli("review", "--import", str(path), "--theirs")
    assert _po(ws, "es").find("label", by="msgctxt").msgstr == "COMUNICADO (revisor)"


def test_a_word_document_transpub_did_not_write_is_one_line(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    other = docx.Document()
    other.add_paragraph("Minutes of the meeting")
    path = ws / "minutes.docx"
    other.save(str(path))
    cli = cli_factory(ws)
    cli("review", "--import", str(path), expect=2)
    lines = cli.err.strip().splitlines()
    assert len(lines) == 1 and "not one transpub review --docx wrote" in lines[0]
    assert "minutes.docx" in lines[0]


def test_a_cell_reads_as_its_changes_accepted() -> None:
    """Word's tracked changes in a cell, as ECMA-376 writes them (17.13.5): an insertion's
    text taken, a deletion's (``w:delText``) and a move's origin (``w:moveFrom``, whose runs
    keep ``w:t``) dropped, a move's destination taken; Word's tab, break and non-breaking
    hyphen as characters."""
    from lxml import etree

    from transpub.review_doc import _text

    cell = etree.fromstring(
        f'<w:tc xmlns:w="{W}"><w:p><w:r><w:t xml:space="preserve">Le Qatar </w:t></w:r>'
        '<w:moveFrom w:id="1" w:author="R"><w:r><w:t>et le BLT </w:t></w:r></w:moveFrom>'
        '<w:r><w:t xml:space="preserve">tiennent </w:t></w:r>'
        '<w:del w:id="2" w:author="R"><w:r><w:delText>leur</w:delText></w:r></w:del>'
        '<w:ins w:id="3" w:author="R"><w:r><w:t>un</w:t></w:r></w:ins>'
        '<w:r><w:t xml:space="preserve"> dialogue</w:t><w:tab/><w:t>anti</w:t>'
        "<w:noBreakHyphen/><w:t>terroriste</w:t><w:br/><w:t>(New York)</w:t></w:r>"
        '<w:moveTo w:id="4" w:author="R"><w:r><w:t xml:space="preserve"> et le BLT</w:t>'
        "</w:r></w:moveTo></w:p></w:tc>")
    assert _text(cell) == ("Le Qatar tiennent un dialogue\tanti\u2011terroriste\n(New York)"
                           " et le BLT")


def test_rows_a_reviser_added(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """An empty row added to a table is passed over; a row with text but no unit id (a
    reviser's own row) is one line naming where, and nothing is written."""
    ws, cli, path = _exported(tmp_path, cli_factory)
    document = docx.Document(str(path))
    table = _table(document, "fr")
    table.add_row()
    document.save(str(path))
    cli("review", "--import", str(path))
    document = docx.Document(str(path))
    row = _table(document, "fr").add_row()
    row.cells[2].text = "Une note du réviseur."
    document.save(str(path))
    before = (ws / "locales" / "fr" / "LC_MESSAGES" / f"{RELEASE}.po").read_bytes()
    cli("review", "--import", str(path), expect=2)
    assert "a row without its unit id" in cli.err and f"{path.name} [fr]" in cli.err
    assert (ws / "locales" / "fr" / "LC_MESSAGES" / f"{RELEASE}.po").read_bytes() == before


def test_each_cell_is_proofed_in_its_language(tmp_path: Path,
                                              cli_factory: Callable[[Path], Cli]) -> None:
    """Word proofs the source in English and each translation in its language (``w:lang``
    for Latin and Cyrillic, East Asian and right-to-left text): it had proofed every cell in
    the reviser's default language."""
    _, _, path = _exported(tmp_path, cli_factory)
    document = docx.Document(str(path))
    for lang, tag in (("fr", "fr"), ("ru", "ru"), ("ar", "ar"), ("zh", "zh-CN")):
        row = _table(document, lang).rows[1]
        for cell, want in ((row.cells[1], "en"), (row.cells[2], tag)):
            marks = cell._tc.findall(f".//{{{W}}}lang")
            assert marks and all(m.get(f"{{{W}}}val") == want == m.get(f"{{{W}}}bidi")
                                 == m.get(f"{{{W}}}eastAsia") for m in marks), (lang, want)
