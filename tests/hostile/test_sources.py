"""Hostile files inside the workspace: hand-written source XML (unsafe links, duplicate release
ids, huge attributes, DTDs in other encodings), termbases and memories with DTDs, broken PO
files. Each is refused on one line naming the file, and no workspace file changes.

The PO/XML data-layer cases (CR-only line endings, plural entries, C0 characters in a msgstr,
UTF-16 DTDs) were fixed on the realfiles branch (issue 9); they are generated here too, so
that the suite covers all bad input.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import assert_refused, assert_untouched, snapshot
from conftest import SLUG, Cli

SOURCE = Path("source") / f"{SLUG}.xml"
FR = Path("locales") / "fr" / "LC_MESSAGES" / f"{SLUG}.po"


def _patch_source(ws: Path, old: str, new: str) -> int:
    """Replace ``old`` (first occurrence) in the sample source; the line it ends up on."""
    path = ws / SOURCE
    text = path.read_text(encoding="utf-8")
    assert old in text
    index = text.index(old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text.count("\n", 0, index) + 1


LINKS = ["javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:x", "java\tscript:x",
         "java&#10;script:x", "&#106;avascript:x", "data:text/html,x", "vbscript:x",
         "file:///etc/passwd"]


@pytest.mark.parametrize("href", LINKS)
def test_hand_written_unsafe_href_is_not_built(ws: Path, hcli: Cli, href: str) -> None:
    from xml.sax.saxutils import quoteattr

    line = _patch_source(ws, '<a href="#">', f"<a href={quoteattr(href)}>")
    before = snapshot(ws)
    hcli("validate", expect=2)
    code = hcli("build", "--force", expect=None)
    text = assert_refused(hcli, code, f"{SOURCE}:{line}:")
    # refused as a link, or already by the schema (a tab is not allowed in an anyURI)
    assert "unsafe link" in text or "not a valid transpub release" in text
    assert_untouched(ws, before)
    assert "javascript" not in "".join(
        p.read_text(encoding="utf-8") for p in (ws / "output").rglob("*.html")).lower()


#: Protocol-relative targets, as a browser reads them in an http(s) page: a link to another
#: host over the page's scheme, never a path of this site (session 61)
PROTOCOL_RELATIVE = ["//evil.example/x", "\\\\evil.example/x", "/\\evil.example/x",
                     "///evil.example/x", " //evil.example", "/&#47;evil.example/x",
                     "/\t/evil.example/x"]


@pytest.mark.parametrize("href", PROTOCOL_RELATIVE)
def test_a_protocol_relative_link_is_absolute(href: str) -> None:
    from transpub.urls import href_scheme, is_safe_href

    assert href_scheme(href) == "https"
    assert is_safe_href(href)  # (the default schemes: http, https, mailto)
    assert not is_safe_href(href, ("mailto",))
    assert href_scheme("/news/2020/x.html") is None and href_scheme("#top") is None
    assert href_scheme("../x") is None and href_scheme("x//y") is None


@pytest.mark.parametrize("href", PROTOCOL_RELATIVE[:3])
def test_a_protocol_relative_link_is_held_to_the_schemes(ws: Path, hcli: Cli, href: str) -> None:
    """``[links] schemes`` without https: a ``//host`` link had passed as a relative one."""
    from xml.sax.saxutils import quoteattr

    config = ws / "transpub.toml"
    text = config.read_text(encoding="utf-8")
    assert 'schemes = ["http", "https", "mailto"]' in text
    config.write_text(text.replace('schemes = ["http", "https", "mailto"]',
                                   'schemes = ["mailto"]'), encoding="utf-8")
    line = _patch_source(ws, '<a href="#">', f"<a href={quoteattr(href)}>")
    before = snapshot(ws)
    hcli("validate", expect=2)
    code = hcli("build", "--force", expect=None)
    text = assert_refused(hcli, code, f"{SOURCE}:{line}:", contains="unsafe link")
    assert "a protocol-relative link, to another site over the page's scheme: scheme " \
        "'https:' is not allowed" in text, text
    assert_untouched(ws, before)


@pytest.mark.parametrize("target", ["javascript:alert(1)", "vbscript:x", "data:,x"])
def test_hand_written_unsafe_url_atom_is_not_built(ws: Path, hcli: Cli, target: str) -> None:
    line = _patch_source(ws, '<a href="#">',
                         f'<url its:translate="no">{target}</url> <a href="#">')
    before = snapshot(ws)
    code = hcli("build", "--force", expect=None)
    assert_refused(hcli, code, f"{SOURCE}:{line}:", contains="unsafe link")
    assert_untouched(ws, before)


@pytest.mark.parametrize("target", ["javascript:alert(1)", "data:,x"])
def test_hand_written_unsafe_link_not_to_translate_is_not_built(ws: Path, hcli: Cli,
                                                                target: str) -> None:
    """A link marked its:translate="no" is one placeholder, but its href is published all
    the same: held to the same rule."""
    line = _patch_source(ws, '<a href="#">',
                         f'<a href="{target}" its:translate="no">x</a> <a href="#">')
    before = snapshot(ws)
    code = hcli("build", "--force", expect=None)
    assert_refused(hcli, code, f"{SOURCE}:{line}:", contains="unsafe link")
    assert_untouched(ws, before)


def test_element_not_to_translate_holding_a_script_url_is_text(ws: Path, hcli: Cli) -> None:
    """An element marked its:translate="no" is written as itself: its text is never made a
    link target (it used to be the href of a link to itself)."""
    _patch_source(ws, '<a href="#">', '<span its:translate="no">javascript:alert(1)</span> '
                                      '<a href="#">')
    hcli("build", "--force")
    page = (ws / "output" / "en" / f"{Path(SOURCE).stem}.html").read_text(encoding="utf-8")
    assert '<span translate="no">javascript:alert(1)</span>' in page
    assert 'href="javascript' not in page


@pytest.mark.parametrize("command", ["extract", "build", "validate"])
def test_duplicate_release_id(ws: Path, hcli: Cli, command: str) -> None:
    (ws / "source" / "copy.xml").write_bytes((ws / SOURCE).read_bytes())
    before = snapshot(ws)
    code = hcli(command, expect=None)
    assert_refused(hcli, code, "source/", contains="release id")
    assert_untouched(ws, before)


def test_duplicate_release_id_even_when_building_one(ws: Path, hcli: Cli) -> None:
    (ws / "source" / "a-copy.xml").write_bytes((ws / SOURCE).read_bytes())
    before = snapshot(ws)
    code = hcli("extract", "a-copy", expect=None)
    assert_refused(hcli, code, "source/", contains="release id")
    assert_untouched(ws, before)


@pytest.mark.parametrize("command", ["extract", "build", "validate", "check"])
def test_huge_attribute_in_source(ws: Path, hcli: Cli, command: str) -> None:
    _patch_source(ws, '<p id="p1"', '<p id="p1" its:locNote="' + "N" * 12_000_000 + '"')
    before = snapshot(ws)
    code = hcli(command, expect=None)
    assert_refused(hcli, code, str(SOURCE))
    assert_untouched(ws, before)


DTD = ('<?xml version="1.0" encoding="{enc}"?>\n<!DOCTYPE r [\n<!ENTITY e "expanded">\n]>\n'
       "{body}")


def _with_dtd(body: str, encoding: str) -> bytes:
    return DTD.format(enc=encoding, body=body).encode(encoding.lower(), "xmlcharrefreplace")


@pytest.mark.parametrize("encoding", [
    "UTF-8", "US-ASCII", "ISO-8859-1", "UTF-16", "UTF-16LE", "UTF-16BE",
])
@pytest.mark.parametrize("reader", ["source", "termbase", "memory"])
def test_dtd_refused_by_every_xml_reader(ws: Path, hcli: Cli, encoding: str,
                                         reader: str) -> None:
    if reader == "source":
        body = (ws / SOURCE).read_text(encoding="utf-8").split("?>", 1)[1]
        body = body.replace('<label id="label">', '<label id="label">&e;', 1)
        target, command = ws / "source" / "other.xml", ("validate",)
    elif reader == "termbase":
        body = "<tbx>&e;</tbx>"
        target, command = ws / "locales" / "termbase.tbx", ("extract", "--force")
    else:
        body = "<tmx version=\"1.4\"><header/><body>&e;</body></tmx>"
        target, command = ws.parent / "memory.tmx", ("tm", "import", str(ws.parent / "memory.tmx"))
    target.write_bytes(_with_dtd(body, encoding))
    before = snapshot(ws)
    code = hcli(*command, expect=None)
    assert_refused(hcli, code, target.name if reader == "memory" else
                   str(target.relative_to(ws)), contains="DOCTYPE")
    assert_untouched(ws, before)


# --- PO files a translator or a tool broke --------------------------------------------------

def _po_text(ws: Path) -> str:
    return (ws / FR).read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["build", "check"])
@pytest.mark.parametrize("char", ["\x00", "\x01", "\x07", "\x1b", "\x1f"])
def test_control_character_in_msgstr(ws: Path, hcli: Cli, command: str, char: str) -> None:
    text = _po_text(ws)
    first = text.index('msgstr "[fr]')
    (ws / FR).write_text(text[:first] + f'msgstr "[fr]{char}' + text[first + 12:],
                         encoding="utf-8")
    before = snapshot(ws)
    code = hcli(command, expect=None)
    assert_refused(hcli, code, f"{FR}:")
    assert_untouched(ws, before)


def test_cr_only_po_keeps_its_translations(ws: Path, hcli: Cli) -> None:
    (ws / FR).write_bytes((ws / FR).read_bytes().replace(b"\n", b"\r"))
    before = snapshot(ws)
    hcli("extract", "--force", expect=None)
    assert "Traceback" not in hcli.err
    from .conftest import translations

    assert {t for t in before[1] if t[0] == "fr"} <= {
        t for t in translations(ws) if t[0] == "fr"} or hcli.err


def test_plural_entry_survives_extract(ws: Path, hcli: Cli) -> None:
    (ws / FR).write_text(_po_text(ws) + '\nmsgctxt "extra"\nmsgid "one file"\n'
                         'msgid_plural "%d files"\nmsgstr[0] "un fichier"\n'
                         'msgstr[1] "%d fichiers"\n', encoding="utf-8")
    hcli("extract", "--force", expect=None)
    assert "un fichier" in _po_text(ws)


@pytest.mark.parametrize("garbage", [
    # a second msgstr after a blank line silently replaced the entry's translation
    '\nmsgid "dangling\n', "\nmsgstr \"no msgid\"\n", "\nmsgstr[0] \"x\"\n",
    '\nmsgctxt "a"\nmsgid "b"\nmsgstr "c"\nmsgctxt "a"\nmsgid "b"\nmsgstr "d"\n',
    "\n\xff\xfe\n", '\nmsgid "x" junk\n',
])
@pytest.mark.parametrize("command", ["build", "check"])
def test_broken_po(ws: Path, hcli: Cli, garbage: str, command: str) -> None:
    (ws / FR).write_bytes(_po_text(ws).encode("utf-8") + garbage.encode("latin-1"))
    before = snapshot(ws)
    code = hcli(command, "--force", expect=None) if command == "build" else hcli(
        command, expect=None)
    assert_refused(hcli, code, f"{FR}:")
    assert_untouched(ws, before)


@pytest.mark.parametrize("command", ["extract", "build"])
def test_private_use_plane_character_in_source(ws: Path, hcli: Cli, command: str) -> None:
    line = _patch_source(ws, '<p id="p1">', '<p id="p1">\U000f0005 ')
    before = snapshot(ws)
    code = hcli(command, "--force", expect=None)
    assert_refused(hcli, code, f"{SOURCE}:{line}:", contains="private-use")
    assert_untouched(ws, before)
