"""TP801 reads each built page's headline with one reused parser of each kind and compiled
XPath expressions (``checks.release.headline_texts``); this module keeps the reading it
replaced (``lxml.html.parse``, a new ``XMLParser`` per page, XPath compiled per call) and
holds the two to the same texts and the same errors on pages a user may have edited."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree, html

from transpub.checks.release import headline_texts
from transpub.model import SOURCE_NS

from conftest import REPO, SLUG, Cli, copy_sample


def _full(page: str, xml: str) -> dict[str, str]:
    """The reading before (``checks/release.py`` at b5efb94), but for a page without an
    element (blanks, comments), which it failed on (an internal error, exit 3)."""
    tree = html.parse(page).getroot()
    xml_root = etree.parse(xml, etree.XMLParser(resolve_entities=False,
                                                no_network=True)).getroot()
    if tree is None:
        tree = html.fromstring("<html></html>")
    return {
        "HTML <title>": _squash(tree.findtext(".//title") or ""),
        "HTML <h1>": _squash("".join(tree.xpath("string(//h1)"))),
        "XML <title>": _squash("".join(xml_root.xpath(
            "string(//t:meta/t:title)", namespaces={"t": SOURCE_NS}))),
    }


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _outcome(read: object, page: Path, xml: Path) -> object:
    try:
        return read(str(page), str(xml))  # type: ignore[operator]
    except (OSError, etree.XMLSyntaxError) as exc:
        return (type(exc).__name__, str(exc))


HTML = (REPO / "output" / "fr" / f"{SLUG}.html").read_bytes()
XML = (REPO / "output" / "fr" / f"{SLUG}.xml").read_bytes()

#: Edits a user might make to a built page (or a tool might do to it), as (find, replace):
#: the first occurrence is replaced.
HTML_EDITS = [
    (b"", b""),
    (b"<title>", b"<title>Edited "),
    (b"<title>", b"<title><!-- a comment -->Hidden? "),
    (b"<title>", b"<title>One <b>bold</b> word "),
    (b"</title>", b"</title><title>A second title</title>"),
    (b"<title>", b"<TITLE>"),
    (b"<h1", b"<h1>An earlier headline</h1><h1"),
    (b"<h1", b"<H1 class='x'"),
    (b"</h1>", b" <em>with</em> <!-- not this --> markup &amp; an &eacute;ntity</h1>"),
    (b"</h1>", b"<![CDATA[ cdata ]]></h1>"),
    (b"</h1>", b""),  # never closed
    (b"<head>", b"<head><h1>In the head</h1>"),
    (b"</body>", b"<title>At the end</title><h1>Last</h1></body>"),
    (b"<title>", b"<script>var t = '<title>no</title><h1>no</h1>';</script><title>"),
    (b"<meta charset=\"utf-8\">", b"<meta charset=\"iso-8859-1\">"),
    (b"<!DOCTYPE html>", b"\xef\xbb\xbf<!DOCTYPE html>"),
    (b"<!DOCTYPE html>", b"<!-- <h1>in a comment</h1> --><!DOCTYPE html>"),
    (b"</html>", b"</html><h1>after the end</h1>"),
    (b"<meta charset", b"</html><meta charset"),  # (libxml2 drops what follows)
    (b"<title>", b"</body><title>"),
    (b"<h1", b"</html><h1"),
    (b"<body>", b"<body>\x00\xff\xfe stray bytes"),
]


@pytest.mark.parametrize("find,replace", HTML_EDITS)
def test_edited_html_pages_read_the_same(tmp_path: Path, find: bytes, replace: bytes) -> None:
    page, xml = tmp_path / "p.html", tmp_path / "p.xml"
    assert find in HTML
    page.write_bytes(HTML.replace(find, replace, 1))
    xml.write_bytes(XML)
    assert _outcome(headline_texts, page, xml) == _outcome(_full, page, xml)


@pytest.mark.parametrize("html_bytes,xml_bytes", [
    (b"", XML), (b"   \n", XML), (b"<!-- only a comment -->", XML), (b"\x00\x01\x02", XML),
    (b"<h1>no html element</h1><title>t</title>", XML), (HTML[:700], XML),
    (HTML, b""), (HTML, XML[:-20]), (HTML, XML.replace(b"</title>", b"</titel>", 1)),
    (HTML, XML.replace(b"<meta>", b"<meta><title>First</title>", 1)),
    (HTML, XML.replace(b"urn:transpub:release:1", b"urn:other", 1)),
    (HTML, XML.replace(b"<title id=\"title\">", b"<title id=\"title\"><b xmlns=''>in</b> ", 1)),
    (HTML, XML.replace(b"?>", b"?><!DOCTYPE r [<!ENTITY e 'x'>]>", 1).replace(
        b"<title id=\"title\">", b"<title id=\"title\">&e; ", 1)),
    (b"", b""),
])
def test_odd_and_broken_pages_read_the_same(tmp_path: Path, html_bytes: bytes,
                                            xml_bytes: bytes) -> None:
    page, xml = tmp_path / "p.html", tmp_path / "p.xml"
    page.write_bytes(html_bytes)
    xml.write_bytes(xml_bytes)
    assert _outcome(headline_texts, page, xml) == _outcome(_full, page, xml)


def test_missing_pages_read_the_same(tmp_path: Path) -> None:
    (tmp_path / "p.xml").write_bytes(XML)
    assert _outcome(headline_texts, tmp_path / "p.html", tmp_path / "p.xml") == \
        _outcome(_full, tmp_path / "p.html", tmp_path / "p.xml")


_FRAGMENTS = ["<h1>", "</h1>", "<title>", "</title>", "<!--", "-->", "<b>", "</b>", "&amp;",
              "&", "<", ">", " ", "\n", "x", "é", "<script>", "</script>", "<![CDATA[", "]]>",
              "<head>", "<body>", "</html>", "\x00"]


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, len(HTML)), st.lists(st.sampled_from(_FRAGMENTS),
                                                               min_size=1, max_size=4)),
                min_size=1, max_size=4))
def test_random_markup_anywhere_reads_the_same(tmp_path: Path,
                                               inserts: list[tuple[int, list[str]]]) -> None:
    data = HTML
    for at, pieces in sorted(inserts, reverse=True):
        data = data[:at] + "".join(pieces).encode("utf-8") + data[at:]
    page, xml = tmp_path / "p.html", tmp_path / "p.xml"
    page.write_bytes(data)
    xml.write_bytes(XML)
    assert _outcome(headline_texts, page, xml) == _outcome(_full, page, xml)


def test_every_built_page_of_the_sample_reads_the_same(tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    """On real pages, and through the check: an edited <h1> is reported, its page named."""
    for page in sorted((REPO / "output").glob("*/*.html")):
        xml = page.with_suffix(".xml")
        if xml.exists():
            assert _outcome(headline_texts, page, xml) == _outcome(_full, page, xml)
    ws = copy_sample(tmp_path, output=True)
    page = ws / "output" / "ru" / f"{SLUG}.html"
    page.write_bytes(re.sub(rb"<h1([^>]*)>", rb"<h1\1><i>Edited</i> ", page.read_bytes(),
                            count=1))
    cli: Cli = cli_factory(ws)
    cli("check", "--select", "TP801", "--format", "json", expect=1)
    assert '"code": "TP801"' in cli.out and f"output/ru/{SLUG}.html" in cli.out
    assert "Edited" in cli.out
    # a page emptied (or left with a comment only) is a mismatch, not an internal error
    (ws / "output" / "zh" / f"{SLUG}.html").write_text("<!-- emptied -->\n", encoding="utf-8")
    cli("check", "--select", "TP801", "--format", "json", expect=1)
    assert f"output/zh/{SLUG}.html" in cli.out and "HTML <h1>: «»" in cli.out
