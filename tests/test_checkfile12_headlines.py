"""TP801 reads the <title> and <h1> of an HTML page of the plain shape transpub builds without
parsing it (``checks.release.plain_headlines``), and parses any other page. Held here to
libxml2's reading (``test_check_headlines._full``, the reading before) on the built pages,
on edits that keep the shape and on edits at each of its borders, and on random markup
inserted where the shape is decided (before the end of the first <title> and <h1>)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_check_headlines import HTML, XML, _full, _outcome
from transpub.checks.release import headline_texts, plain_headlines

from conftest import REPO


def _same(tmp_path: Path, data: bytes) -> bool:
    """Whether the page reads as libxml2 reads it; True if it was read without parsing."""
    page, xml = tmp_path / "p.html", tmp_path / "p.xml"
    page.write_bytes(data)
    xml.write_bytes(XML)
    assert _outcome(headline_texts, page, xml) == _outcome(_full, page, xml), data
    return plain_headlines(str(page)) is not None


def test_every_built_page_is_read_without_parsing_and_as_parsed(tmp_path: Path) -> None:
    pages = sorted((REPO / "output").glob("*/*.html"))
    assert len(pages) >= 12
    for page in pages:
        assert plain_headlines(str(page)) is not None, page
        xml = page.with_suffix(".xml")
        if xml.exists():
            assert _outcome(headline_texts, page, xml) == _outcome(_full, page, xml)


#: Edits that keep the plain shape (read without parsing, as parsed).
KEPT = [
    (b"<title>", b"<title>Edited: "),
    (b"<title>", b"<title>  spaced \n\t out  "),
    (b"<h1", b'<h1 class="x" data-y="z &amp; w"'),
    (b"</h1>", b" <i>with</i> and <span lang=\"en\">markup</span></h1>"),
    (b"</h1>", b" <B>bold</B>, <EM>x</EM></h1>"),
    (b"</h1>", b"<b>never closed</h1>"),
    (b"</h1>", b"</H1 >"),
    (b"</h1>", b"</h1><h1>a second one</h1><title>and a title</title>"),
    (b"</h1>", b"</h1><!-- a comment after the headline --><script>x<y</script>"),
    (b"<body>", b"<body><p>para<p>another"),
    (b"<body>", b'<body><a href="x" title="a &amp; b">link</a>'),
    (b"<body>", b"<body>loose &amp; text with > and &"),
]

#: Edits the plain shape does not vouch for (parsed: still as parsed).
LEFT = [
    (b"<title>", b"<TITLE>"),
    (b"<title>", b"<title lang=\"fr\">"),
    (b"<title>", b"<title>&eacute;dit "),
    (b"<title>", b"<title>one <b>bold</b> "),
    (b"<title>", b"<!-- <title>in a comment</title> --><title>"),
    (b"<title>", b"<script>var t = '<h1>no</h1>';</script><title>"),
    (b"<title>", b"<style>p{}</style><style>a<b{}</style><title>"),
    (b"<title>", b"<STYLE>p{}</STYLE><title>"),
    (b"<title>", b"<textarea><h1>not a headline</h1></textarea><title>"),
    (b"<title>", b"<svg><title>foreign</title></svg><title>"),
    (b"<title>", b"<title>x</title><title>"),
    (b"<title>", b"<![CDATA[x]]><title>"),
    (b"<title>", b"<?php echo 1 ?><title>"),
    (b"<h1", b"<h1/><h1"),
    (b"<h1", b"<h10>x</h10><h1"),
    (b"<h1", b"<h1 title='single'"),
    (b"<h1", b"<h1 hidden=yes"),
    (b"<h1", b'<a title=">"><h1'),
    (b"</h1>", b" &amp; an entity</h1>"),
    (b"</h1>", b" <b>A</b> <i>B</i></h1>"),  # (a blank between tags: libxml2 may drop one)
    (b"</h1>", b"<p>a block</p></h1>"),
    (b"</h1>", b"<br>broken</h1>"),
    (b"</h1>", b"<div>a block</div></h1>"),
    (b"</h1>", b""),
    (b"</h1>", b"</h1 x>"),
    (b"<meta charset=\"utf-8\">", b"<meta charset=\"iso-8859-1\">"),
    (b"<meta charset=\"utf-8\">", b""),
    (b"<meta charset=\"utf-8\">", b"<meta charset=\"utf-8\"><meta charset=\"utf-8\">"),
    (b"<meta charset=\"utf-8\">", b"<meta http-equiv=\"Content-Type\" "
                                b"content=\"text/html; charset=windows-1252\">"),
    (b"<!DOCTYPE html>", b"\xef\xbb\xbf<!DOCTYPE html>"),
    (b"<!DOCTYPE html>", b"<!DOCTYPE html>\xc3\xa9"),
    (b"<body>", b"<body>\x00\x0c stray controls"),
    (b"<body>", b"<body>\xff\xfe bad bytes"),
    (b"<body>", b"<body>\xef\xbf\xbe"),
    (b"<title>", b"<title>\xe9 latin-1 "),
]


@pytest.mark.parametrize("find,replace", KEPT)
def test_edits_that_keep_the_shape_read_without_parsing(tmp_path: Path, find: bytes,
                                                        replace: bytes) -> None:
    assert find in HTML
    assert _same(tmp_path, HTML.replace(find, replace, 1))


@pytest.mark.parametrize("find,replace", LEFT)
def test_edits_at_the_shape_s_borders_are_parsed(tmp_path: Path, find: bytes,
                                                 replace: bytes) -> None:
    assert find in HTML
    assert not _same(tmp_path, HTML.replace(find, replace, 1))


def test_pages_without_a_title_or_headline_or_not_a_file(tmp_path: Path) -> None:
    for data in (b"", b"<title>t</title>", b"<h1>h</h1>", b"<h1>h</h1><title>t</title>",
                 b"<p><title>t</title><h1>h</h1>", b"<title>t</title><h1>h",
                 b"</h1><title>t</title><h1", b"</h1><title>t</title><h1 x"):
        _same(tmp_path, data)
    assert plain_headlines(str(tmp_path / "missing.html")) is None
    assert plain_headlines(str(tmp_path)) is None


_FRAGMENTS = ["<h1>", "</h1>", "<H1 a=\"b\">", "</H1>", "<title>", "</title>", "<TITLE>",
              "<style>", "</style>", "<script>", "</script>", "<!--", "-->", "<b>", "</b>",
              "<i>", "<p>", "<div>", "<br>", "<br/>", "<span class=\"x\">", "</span>",
              "<a title=\">\">", "<a title='x'>", "<svg>", "<textarea>", "<![CDATA[", "]]>",
              "&amp;", "&", "<", ">", "\"", "'", "=", " ", "\n", "\r", "\t", "\u00a0", "é",
              "\x00", "\x0c", "\ufffe", "charset", "<meta charset=\"latin1\">",
              "<meta charset=\"utf-8\">", "<h2>", "<h10>", "x"]


@settings(max_examples=400, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, HTML.index(b"</h1>") + 5),
                          st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=3)),
                min_size=1, max_size=3))
def test_random_markup_where_the_shape_is_decided_reads_as_parsed(
        tmp_path: Path, inserts: list[tuple[int, list[str]]]) -> None:
    data = HTML
    for at, pieces in sorted(inserts, reverse=True):
        data = data[:at] + "".join(pieces).encode("utf-8") + data[at:]
    _same(tmp_path, data)
