"""Hostile files given to ``transpub import``: control characters, formats whose extension
lies, other encodings, unsafe link schemes in every disguise, bad slugs, huge values. Each is
refused on one line naming the input file (and its line when there is one), and source/ is
left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from transpub.importer import _SIGNATURES

from .conftest import assert_refused, assert_untouched, snapshot
from conftest import Cli

HEAD = "PRESS RELEASE\n\nA Title for the Release\n\nNew York, 9 December 2020 – "
BODY = "The meeting was held {x} in New York.\n"
# controls XML 1.0 cannot hold; form feed is a page break (pdftotext), tab/LF/CR are text
CONTROLS = [c for c in range(32) if chr(c) not in "\t\n\r\f"]


def _import(ws: Path, hcli: Cli, name: str, data: bytes, *extra: str) -> tuple[int, Path]:
    source = ws.parent / "in" / name
    source.parent.mkdir(exist_ok=True)
    source.write_bytes(data)
    code = hcli("import", str(source), *extra, expect=None)
    return code, source


def _refused(ws: Path, hcli: Cli, name: str, data: bytes, contains: str = "",
             line: int | None = None, *extra: str) -> str:
    before = snapshot(ws)
    code, _ = _import(ws, hcli, name, data, *extra)
    shown = f"{name}:{line}:" if line else name
    text = assert_refused(hcli, code, shown, contains=contains)
    assert_untouched(ws, before)
    return text


@pytest.mark.parametrize("code", CONTROLS, ids=[f"U+{c:04X}" for c in CONTROLS])
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_control_character_in_text(ws: Path, hcli: Cli, code: int, suffix: str) -> None:
    data = (HEAD + BODY.format(x=chr(code))).encode("utf-8")
    _refused(ws, hcli, f"c0{suffix}", data, f"U+{code:04X}", 5)


@pytest.mark.parametrize("code", [0x00, 0x01, 0x08, 0x0B, 0x1B, 0x1F])
def test_control_character_in_html(ws: Path, hcli: Cli, code: int) -> None:
    data = (f"<html><body>\n<h1>Title</h1>\n<p>New York, 9 December 2020 – Text {chr(code)} "
            "here.</p>\n</body></html>\n").encode()
    _refused(ws, hcli, "c0.html", data, f"U+{code:04X}", 3)


def test_form_feed_is_a_page_break(ws: Path, hcli: Cli) -> None:
    code, _ = _import(ws, hcli, "ff.txt", (HEAD + BODY.format(x="") + "\f").encode())
    assert code == 0, hcli.err


@pytest.mark.parametrize(("signature", "what"), _SIGNATURES)
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_extension_lies(ws: Path, hcli: Cli, signature: bytes, what: str, suffix: str) -> None:
    data = signature + b"Hello world, this is not what the name says.\n" * 3
    text = _refused(ws, hcli, f"lies{suffix}", data, what)
    assert "Traceback" not in text


@pytest.mark.parametrize("suffix", [".rtf", ".doc", ".pdf"])  # (.docx, .odt: their own tests)
def test_document_suffix_refused(ws: Path, hcli: Cli, suffix: str) -> None:
    _refused(ws, hcli, f"release{suffix}", (HEAD + BODY.format(x="")).encode(), "import reads")


@pytest.mark.parametrize(("encoding", "text"), [
    ("latin-1", "Déclaration"), ("cp1252", "“quoted”"), ("utf-16-le", "Title"),
    ("utf-16-be", "Title"), ("shift_jis", "日本"), ("koi8-r", "Заявление"),
])
def test_other_encodings(ws: Path, hcli: Cli, encoding: str, text: str) -> None:
    data = (HEAD.replace("–", "-") + f"{text} was adopted.\n").encode(encoding)
    before = snapshot(ws)
    code, _ = _import(ws, hcli, "enc.txt", data)
    assert_refused(hcli, code, "enc.txt")
    assert_untouched(ws, before)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be-bom", "utf-32", "utf-8-sig"])
def test_text_with_a_byte_order_mark(ws: Path, hcli: Cli, encoding: str) -> None:
    """A byte-order mark says the encoding (Notepad's "Unicode" is UTF-16 with one): read."""
    text = HEAD + "Déclaration “quoted” in Genève.\n"
    data = (b"\xfe\xff" + text.encode("utf-16-be") if encoding == "utf-16-be-bom"
            else text.encode(encoding))
    code, _ = _import(ws, hcli, "bom.txt", data)
    assert code == 0, hcli.err
    xml = (ws / "source" / "a-title-for-the-release.xml").read_text(encoding="utf-8")
    assert "Déclaration “quoted” in Genève." in xml


@pytest.mark.parametrize(("declaration", "encoding"), [
    ('<meta charset="windows-1252">', "cp1252"),
    # a page that says Latin-1 is read as browsers read it: windows-1252 ("“" is 0x93)
    ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "cp1252"),
    ("<meta charset='koi8-r'>", "koi8-r"),
    ('<?xml version="1.0" encoding="iso-8859-5"?>', "iso-8859-5"),
])
def test_html_in_its_declared_encoding(ws: Path, hcli: Cli, declaration: str,
                                       encoding: str) -> None:
    words = "Заявление" if encoding in ("koi8-r", "iso-8859-5") else "Déclaration “quoted”"
    page = (f"{declaration}<html><head></head><body><h1>A Title</h1><p>New York, 9 December "
            f"2020 - {words} here.</p></body></html>")
    code, _ = _import(ws, hcli, "enc.html", page.encode(encoding), "--slug", "enc")
    assert code == 0, hcli.err
    assert f"{words} here." in (ws / "source" / "enc.xml").read_text(encoding="utf-8")


def test_html_not_in_its_declared_encoding(ws: Path, hcli: Cli) -> None:
    page = b'<meta charset="utf-8">\n<h1>A Title</h1>\n<p>Caf\xe9</p>\n'
    _refused(ws, hcli, "bad.html", page, "not UTF-8 (byte 0xe9)", 3)
    page = b'<meta charset="koi8-r">\n<h1>A Title</h1>\n<p>Caf\xe9</p>\n'
    code, _ = _import(ws, hcli, "ok.html", page, "--slug", "ok")  # every byte is KOI8-R
    assert code == 0, hcli.err


# --- links ----------------------------------------------------------------------------------

UNSAFE_MD = [
    "javascript:alert(1)", "JAVASCRIPT:alert(1)", "JavaScript:alert(document.cookie)",
    "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "javascript&colon;alert(1)",
    "java&#09;script:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "DATA:text/html,x",
    "vbscript:msgbox(1)", "VBScript:x", "file:///etc/passwd", "jar:http://x!/", "blob:x",
    "&amp;#106;avascript:alert(1)", "%6Aavascript:alert(1)",
]
UNSAFE_HTML = [
    "javascript:alert(1)", " javascript:alert(1)", "\tjava\nscript:alert(1)",
    "&#106;avascript:alert(1)", "&#0000106avascript:alert(1)", "java&#x09;script:x",
    "javascript&#58;alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>x</script>",
    "vbscript:x", "\x01javascript:x".replace("\x01", "&#1;"), "livescript:x",
]


@pytest.mark.parametrize("href", UNSAFE_MD)
def test_unsafe_markdown_link(ws: Path, hcli: Cli, href: str) -> None:
    data = f"# A Title\n\nNew York, 9 December 2020 – Intro.\n\nSee [the page]({href}) now.\n"
    _refused(ws, hcli, "link.md", data.encode(), "unsafe link", 5)


@pytest.mark.parametrize("href", UNSAFE_HTML)
def test_unsafe_html_link(ws: Path, hcli: Cli, href: str) -> None:
    data = (f'<html><body>\n<h1>A Title</h1>\n<p>See <a href="{href}">the page</a>.</p>\n'
            "</body></html>\n")
    # (a control character by reference is refused as such first, wherever it stands)
    _refused(ws, hcli, "link.html", data.encode(),
             "control character U+0001" if "&#1;" in href else "unsafe link", 3)


@pytest.mark.parametrize("href", ["https://www.un.org/en/", "http://un.org", "mailto:a@un.org",
                                  "/relative/page.html", "page.html", "#fragment",
                                  "?q=javascript:x", "https://x.org/javascript:alert"])
def test_safe_links_are_kept(ws: Path, hcli: Cli, href: str) -> None:
    data = f"# A Title\n\nNew York, 9 December 2020 – Intro.\n\nSee [the page]({href}) now.\n"
    code, _ = _import(ws, hcli, "ok.md", data.encode())
    assert code == 0, hcli.err
    hcli("build")
    page = (ws / "output" / "fr" / "a-title.html").read_text(encoding="utf-8")
    assert "href=" in page


def test_allow_list_is_configurable(ws: Path, hcli: Cli) -> None:
    data = b"# A Title\n\nNew York, 9 December 2020 - Intro.\n\nSee [it](ftp://un.org/x) now.\n"
    code, _ = _import(ws, hcli, "ftp.md", data)
    assert_refused(hcli, code, "ftp.md:5:", contains="ftp")
    config = ws / "transpub.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'schemes = ["http", "https", "mailto"]', 'schemes = ["http", "https", "mailto", "ftp"]'),
        encoding="utf-8")
    code, _ = _import(ws, hcli, "ftp.md", data)
    assert code == 0, hcli.err


# --- slugs and sizes ------------------------------------------------------------------------

@pytest.mark.parametrize("slug", ["a\nb", "a/b", "../escape", "", "-x", "a b", "a\tb", "é",
                                  "a\x00b", "con\r\n", "x" * 300])
def test_bad_slug(ws: Path, hcli: Cli, slug: str) -> None:
    before = snapshot(ws)
    code, _ = _import(ws, hcli, "ok.txt", (HEAD + BODY.format(x="")).encode(), f"--slug={slug}")
    assert_refused(hcli, code, "ok.txt", contains="--slug")
    assert_untouched(ws, before)


def _huge(kind: str) -> tuple[str, bytes, int]:
    big = "A" * 12_000_000
    if kind == "html-attribute":
        return "big.html", (f'<html><body>\n<h1>T</h1>\n<p title="{big}">x</p>\n'
                            "</body></html>").encode(), 3
    if kind == "md-link":
        return "big.md", f"# T\n\nNew York, 9 December 2020 – a.\n\n[x](http://a.org/{big})\n"\
            .encode(), 5
    return "big.txt", f"T\n\n{big}\n".encode(), 3


@pytest.mark.parametrize("kind", ["html-attribute", "md-link", "text-paragraph"])
def test_huge_value(ws: Path, hcli: Cli, kind: str) -> None:
    name, data, line = _huge(kind)
    _refused(ws, hcli, name, data, "", line)




def test_unsafe_link_line_in_a_long_paragraph(ws: Path, hcli: Cli) -> None:
    data = ("# A Title\n\nNew York, 9 December 2020 – Intro.\n\nThe first line of a paragraph\n"
            "goes on here and\nhere [it](javascript:void(0)) is.\n")
    _refused(ws, hcli, "long.md", data.encode(), "unsafe link", 7)


@pytest.mark.parametrize("char", ["\U000f0000", "\U000f0001", "\U0010fffd"])
def test_private_use_plane_character(ws: Path, hcli: Cli, char: str) -> None:
    """The segmenter's markers live there: found by the fuzz test (it crashed extract)."""
    _refused(ws, hcli, "pua.txt", (HEAD + BODY.format(x=char)).encode(), "private-use", 5)


@pytest.mark.parametrize("kind", ["device", "fifo", "folder"])
def test_not_a_regular_file(ws: Path, hcli: Cli, kind: str) -> None:
    """/dev/zero never ends and a pipe may never be written to: refused before reading."""
    import os

    if kind == "device":
        target = Path("/dev/zero")
    else:
        target = ws.parent / f"in-{kind}"
        os.mkfifo(target) if kind == "fifo" else target.mkdir()
    before = snapshot(ws)
    code = hcli("import", str(target), expect=None)
    assert_refused(hcli, code, target.name, contains="not a file")
    assert_untouched(ws, before)
