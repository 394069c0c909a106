"""A file of another format given an input's name — an Excel workbook named .tbx, a Word
document named .po, a gzip, UTF-32 text — is said in one line for what it appears to be
(``errors.misnamed``), with what to do: every reader had said "not UTF-8" (or "malformed XML",
or read UTF-32 as a header of garbled cells) of them all."""

from __future__ import annotations

import gzip
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from transpub.config import load_settings
from transpub.errors import CatalogError, ConfigError, SourceError, misnamed, sniffed
from transpub.source import parse_xml_bytes, word_hyphens
from transpub.termbase import load_termbase

from conftest import Cli

GLOSSARY = "English,French\nSecretary-General,Secrétaire général\n"
TBX = ('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en">'
       "<text><body><termEntry id='c1'><langSet xml:lang='en'><tig><term>Secretary-General"
       "</term></tig></langSet></termEntry></body></text></martif>\n")


def _zipped(*names: str, mimetype: str = "") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        if mimetype:
            package.writestr("mimetype", mimetype, zipfile.ZIP_STORED)
        for name in names:
            package.writestr(name, "<x/>" * 50)
    return out.getvalue()


XLSX = _zipped("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")
DOCX = _zipped("[Content_Types].xml", "_rels/.rels", "word/document.xml")
ODS = _zipped("content.xml", mimetype="application/vnd.oasis.opendocument.spreadsheet")


@pytest.mark.parametrize(("data", "what"), [
    (XLSX, "a ZIP archive (an Excel workbook?)"),
    (XLSX[:len(XLSX) // 2], "a ZIP archive (an Excel workbook?)"),  # (cut: its local headers)
    (DOCX, "a ZIP archive (a Word document?)"),
    (ODS, "a ZIP archive (an OpenDocument spreadsheet?)"),
    (_zipped("notes.txt"), "a ZIP archive"),
    (gzip.compress(b"hello"), "a gzip-compressed file"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
    (b"SQLite format 3\x00" + bytes(100), "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "an Office 97-2003 file (a .doc or .xls?)"),
    ("text".encode("utf-16"), "UTF-16 text"),
    ("text".encode("utf-32"), "UTF-32 text"),
    ("text".encode("utf-32-be"), None),  # (no mark: nothing says it)
    (b"\x00\x00\xfe\xfft\x00\x00\x00", "UTF-32 text"),
    (b"BZh91AY&SY", "a bzip2-compressed file"),
    (b"BZhanov, Secretary", None),  # (text that begins so)
    (TBX.encode(), None), (GLOSSARY.encode(), None), (b"", None),
], ids=lambda value: "" if isinstance(value, bytes) else str(value))
def test_what_a_file_appears_to_be(data: bytes, what: str | None) -> None:
    found = sniffed(data)
    assert (found[1] if found else None) == what


def test_the_advice_fits_the_reader() -> None:
    assert misnamed(XLSX, "TBX XML", "TBX", readable={".xlsx", ".ods"}) == (
        "a ZIP archive (an Excel workbook?), not TBX XML: save it as TBX or name it .xlsx")
    assert misnamed(XLSX, "a PO file", "PO") == (
        "a ZIP archive (an Excel workbook?), not a PO file: save it as PO")
    assert misnamed(gzip.compress(b"x"), "a PO file", "PO") == (
        "a gzip-compressed file, not a PO file: unpack it first")
    assert misnamed("x".encode("utf-16"), "a PO file", "PO") == (
        "UTF-16 text, not a PO file: save it as UTF-8")
    assert misnamed("x".encode("utf-16"), "a CSV glossary", "CSV", accepted={"utf-16"}) is None


@pytest.mark.parametrize(("name", "data", "message"), [
    ("glossary.tbx", XLSX,
     "glossary.tbx:1: a ZIP archive (an Excel workbook?), not TBX XML: save it as TBX or "
     "name it .xlsx"),
    ("glossary.csv", ODS,
     "glossary.csv:1: a ZIP archive (an OpenDocument spreadsheet?), not a CSV glossary: "
     "save it as CSV (UTF-8) or name it .ods"),
    ("glossary.tbx", gzip.compress(TBX.encode()),
     "glossary.tbx:1: a gzip-compressed file, not TBX XML: unpack it first"),
    ("glossary.tbx", b"%PDF-1.4\n\xff\xfe\n",
     "glossary.tbx:1: a PDF document, not TBX XML: save it as TBX"),
    ("glossary.csv", GLOSSARY.encode("utf-32"),
     "glossary.csv:1: UTF-32 text, not a CSV glossary: save it as UTF-8"),
    ("glossary.xlsx", gzip.compress(XLSX),
     "glossary.xlsx:1: a gzip-compressed file, not an Excel or Calc workbook: unpack it first"),
], ids=lambda value: value.split(":", 2)[-1][:40] if isinstance(value, str) else "")
def test_a_termbase_of_another_format(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                      name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    cli = cli_factory(tmp_path)
    out = tmp_path / "out.tbx"
    cli("termbase", name, "--tbx", str(out), expect=2)
    assert cli.err == f"transpub: error: {message}\n"
    assert not out.exists()


@pytest.mark.parametrize(("name", "data"), [
    ("glossary.csv", GLOSSARY.encode("utf-16")), ("glossary.txt", GLOSSARY.encode("utf-16")),
    ("termbase.tbx", TBX.encode("utf-16")), ("termbase.tbx", TBX.encode()),
])
def test_what_the_readers_read_is_still_read(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert [c.terms["en"][0].text for c in load_termbase(path).concepts] == [
        "Secretary-General"]


@pytest.mark.parametrize(("data", "message"), [
    (DOCX, "r.po:1: a ZIP archive (a Word document?), not a PO file: save it as PO (UTF-8)"),
    (gzip.compress(b'msgid ""\nmsgstr ""\n'),
     "r.po:1: a gzip-compressed file, not a PO file: unpack it first"),
    # (UTF-16 keeps its own word, and a byte that is no UTF-8 in a PO file its own)
    ('msgid ""\nmsgstr ""\n'.encode("utf-16"),
     "r.po:1: a UTF-16 PO file (msgfmt cannot read it either); save it as UTF-8"),
    (b'msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "\xe9"\n',
     "r.po:5: not UTF-8 (byte 0xe9); PO files must be saved as UTF-8"),
], ids=lambda value: value[6:40] if isinstance(value, str) else "")
def test_a_po_file_of_another_format(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                     data: bytes, message: str) -> None:
    (tmp_path / "r.po").write_bytes(data)
    cli = cli_factory(tmp_path)
    cli("check", "r.po", expect=2)
    assert cli.err.strip().splitlines() == [f"transpub: error: {message}"]
    assert "Traceback" not in cli.err


def test_po_reading_says_it_without_the_cli(tmp_path: Path) -> None:
    from transpub.poread import read_text

    path = tmp_path / "fr.po"
    path.write_bytes(XLSX)
    with pytest.raises(CatalogError, match=r"fr.po:1: a ZIP archive \(an Excel workbook\?\), "
                                           "not a PO"):
        read_text(path)


@pytest.mark.parametrize("data", [gzip.compress(TBX.encode()), XLSX, b"%PDF-1.4\n<x/>\n"],
                         ids=["gzip", "xlsx", "pdf"])
def test_an_xml_file_of_another_format(data: bytes) -> None:
    """The XML readers (sources, TMX, XLIFF, TBX) share the parser: a gzip's 0x1F is not
    taken for Word's hyphen first (Trados's files), so the bytes still say what they are."""
    assert word_hyphens(data) == data
    with pytest.raises(SourceError) as caught:
        parse_xml_bytes(word_hyphens(data), Path("memory.tmx"))
    assert caught.value.line == 1 and ", not XML: " in caught.value.message


def test_word_hyphens_still_read_in_utf16() -> None:
    data = '<?xml version="1.0"?><tu>non\x1ebreaking</tu>'.encode("utf-16")
    assert "\u2011" in word_hyphens(data).decode("utf-16")


def test_a_config_file_in_utf16(tmp_path: Path) -> None:
    (tmp_path / "transpub.toml").write_bytes('[project]\nname = "x"\n'.encode("utf-16"))
    with pytest.raises(ConfigError) as caught:
        load_settings(tmp_path)
    assert caught.value.message == ("UTF-16 text, not UTF-8 text: save it as UTF-8")
