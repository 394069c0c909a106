"""A link or e-mail address a line break, or a PDF layout's gap, cut in two is one address
again when the rest plainly goes on with it; a sentence after a link stays a sentence. After
the breaks of session 61's press-release PDFs ("https://aubreymoor" / "e.github.io/…",
"…/publications/2019" and "-europe-sustainable-development-report" apart on one line); two
whole links side by side stay two; a link glued to a sentence's full stop ("Guam.https://…",
the line break lost) is a link."""

from __future__ import annotations

from pathlib import Path

import pytest

from transpub.addressbreaks import continues_address
from transpub.importer import import_file

HEAD = "A Headline for the Test\n\nGeneva, 12 March 2024 – The team met.\n\n"


def _paragraphs(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "release.txt"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    release = import_file(path).release
    return ["".join(s.text for s in b.spans) for b in release.blocks if b.kind == "p"][1:]


@pytest.mark.parametrize(("body", "read"), [
    ("The map of Guam. https://aubreymoor\ne.github.io/Guam-CRB-Damage-Map-2021-08/webmap",
     "The map of Guam. https://aubreymoore.github.io/Guam-CRB-Damage-Map-2021-08/webmap"),
    ("IEEP: https://ieep.eu/publications/2019\n-europe-sustainable-development-report",
     "IEEP: https://ieep.eu/publications/2019-europe-sustainable-development-report"),
    ("IEEP: https://ieep.eu/publications/2019        -europe-sustainable-development-report",
     "IEEP: https://ieep.eu/publications/2019-europe-sustainable-development-report"),
    ("Write to jonathan.huskey@seiu\n.org for more.",
     "Write to jonathan.huskey@seiu.org for more."),
    # a sentence going on after the link, or the link ending one: two words
    ("See https://www.un.org\nand the report.", "See https://www.un.org and the report."),
    ("See https://www.un.org.\nwww.unep.org is the other.",
     "See https://www.un.org. www.unep.org is the other."),
    ("See https://www.un.org\ne.g. the report.", "See https://www.un.org e.g. the report."),
    ("See https://www.un.org/en\n- the site.", "See https://www.un.org/en - the site."),
])
def test_address_cut_by_a_line_break(tmp_path: Path, body: str, read: str) -> None:
    assert _paragraphs(tmp_path, body)[0] == read


def test_the_rejoined_link_is_one_link(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(HEAD + "Map: https://aubreymoor\ne.github.io/Guam/webmap\n", encoding="utf-8")
    release = import_file(path).release
    urls = [s.text for b in release.blocks for s in b.spans if s.kind == "atom"]
    assert urls == ["https://aubreymoore.github.io/Guam/webmap"]


def test_an_invalid_host_is_no_continuation() -> None:
    assert not continues_address("at https://un", "o.x")  # no top-level domain of two letters
    assert continues_address("at https://un", "ep.org/x")


@pytest.mark.parametrize(("first", "second"), [
    ("https://a.org/x", "https://a.org/x"),  # (a path may hold "://": the joined form is valid)
    ("https://a.org/x", "http://b.org/y"),
    ("https://a.org/", "https://b.org/y"),
    ("https://a.org/x", "www.b.org/y"),
    ("jane@un.org", "www.unep.org"),  # (was "jane@un.orgwww.unep.org")
    ("jane@un.org", "https://un.org/press"),
])
@pytest.mark.parametrize("apart", ["      ", "\n"], ids=["gap", "line-break"])
def test_two_whole_links_stay_two(tmp_path: Path, first: str, second: str, apart: str) -> None:
    """Two whole addresses (a link ending at a host's or a path's end, an e-mail address) that
    a layout's gap or a line break sets apart, the second opening with a scheme or "www.",
    are two addresses, not one that was cut ("https://a.org/xhttps://a.org/x")."""
    assert not continues_address(f"Links: {first}", second)
    path = tmp_path / "release.txt"
    path.write_text(f"{HEAD}Links: {first}{apart}{second}\n", encoding="utf-8")
    release = import_file(path).release
    atoms = [s.text for b in release.blocks for s in b.spans if s.kind == "atom"]
    assert atoms == [first, second]


@pytest.mark.parametrize(("body", "read"), [
    # a query waiting for its value, a scheme alone: the next part, a link, is the rest
    ("Go: https://x.org/go?u=      https://un.org/a", "Go: https://x.org/go?u=https://un.org/a"),
    ("Go: https://x.org/go?u=\nhttps://un.org/a", "Go: https://x.org/go?u=https://un.org/a"),
    ("See https://\nwww.un.org/press for more.", "See https://www.un.org/press for more."),
])
def test_a_link_cut_before_a_scheme_is_still_one(tmp_path: Path, body: str, read: str) -> None:
    assert _paragraphs(tmp_path, body)[0] == read


def _spans(tmp_path: Path, body: str, name: str = "release.txt") -> list[tuple[str, str]]:
    """The spans (kind, text) of the first paragraph under the dateline's."""
    path = tmp_path / name
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    blocks = [b for b in import_file(path).release.blocks if b.kind == "p"]
    return [(s.kind, s.text) for s in blocks[1].spans]


@pytest.mark.parametrize(("body", "spans"), [
    # r08's PDF: the line break between the caption's full stop and the link lost
    ("A map of the damage on Guam.https://aubreymoore.github.io/Guam-CRB-Damage-Map-2021-08/webmap",
     [("text", "A map of the damage on Guam. "),
      ("atom", "https://aubreymoore.github.io/Guam-CRB-Damage-Map-2021-08/webmap")]),
    ("It was out in 2021.http://a.org/x. Read it.",
     [("text", "It was out in 2021. "), ("atom", "http://a.org/x"), ("text", ". Read it.")]),
    ("See the map (below).https://a.org/x",
     [("text", "See the map (below). "), ("atom", "https://a.org/x")]),
    ("They said “go.”https://a.org/x", [("text", "They said “go.” "), ("atom", "https://a.org/x")]),
    # marked before, glued still: the space restored
    ("Want more?https://a.org/x", [("text", "Want more? "), ("atom", "https://a.org/x")]),
    ("Two sites,https://a.org/x and another.",
     [("text", "Two sites, "), ("atom", "https://a.org/x"), ("text", " and another.")]),
])
def test_a_link_glued_to_a_sentence_end(tmp_path: Path, body: str,
                                        spans: list[tuple[str, str]]) -> None:
    """A link glued to the full stop (or mark) of the sentence before it, a PDF's line break
    lost, is a link; the mark stays the sentence's, and the space is restored."""
    assert _spans(tmp_path, body) == spans


@pytest.mark.parametrize(("body", "spans"), [
    # "www." after a full stop may be a host's part: no link starts inside a host
    ("The host cdn.www.example.org serves it.",
     [("text", "The host cdn.www.example.org serves it.")]),
    # a link holding another after a full stop in its path is one link
    ("See https://a.org/x.https://b.org/y today.",
     [("text", "See "), ("atom", "https://a.org/x.https://b.org/y"), ("text", " today.")]),
    ("Already apart: Guam. https://a.org/x",
     [("text", "Already apart: Guam. "), ("atom", "https://a.org/x")]),
])
def test_no_link_starts_inside_an_address(tmp_path: Path, body: str,
                                          spans: list[tuple[str, str]]) -> None:
    assert _spans(tmp_path, body) == spans


def test_a_link_glued_to_a_sentence_end_in_a_pdf_and_a_page(tmp_path: Path) -> None:
    """The same from a PDF's text layer and from an HTML page's text."""
    from pdfmake import pdf

    path = tmp_path / "release.pdf"
    path.write_bytes(pdf([["A Headline for the Test", "", "Geneva, 12 March 2024 – The team met.",
                           "", "A map of the damage on Guam.https://a.org/Guam/webmap"]]))
    blocks = [b for b in import_file(path).release.blocks if b.kind == "p"]
    assert [(s.kind, s.text) for s in blocks[1].spans] == [
        ("text", "A map of the damage on Guam. "), ("atom", "https://a.org/Guam/webmap")]
    page = tmp_path / "release.html"
    page.write_text("<html><body><h1>A Headline for the Test</h1><p>Geneva, 12 March 2024 – "
                    "The team met.</p><p>A map of the damage on Guam.https://a.org/Guam/webmap"
                    "</p></body></html>", encoding="utf-8")
    blocks = [b for b in import_file(page).release.blocks if b.kind == "p"]
    assert [(s.kind, s.text) for s in blocks[1].spans] == [
        ("text", "A map of the damage on Guam. "), ("atom", "https://a.org/Guam/webmap")]


@pytest.mark.parametrize(("first", "second"), [
    # the Wayback Machine's link wrapped after its timestamp (hostile review t63/h5: two links)
    ("https://web.archive.org/web/20190501000000/", "https://www.un.org/en/reports/harvest-2019"),
    ("https://web.archive.org/web/2019/", "https://www.un.org/en/reports/harvest-2019"),
    ("https://web.archive.org/web/20190501000000id_/", "http://www.un.org/en/report"),
    ("https://web.archive.org/web/20190501000000/", "www.un.org/en/report"),
    ("http://wayback.archive-it.org/1234/20190501000000/", "https://www.un.org/en/report"),
    # archive.today's
    ("https://archive.ph/2019.05.01-000000/", "https://www.un.org/en/report"),
    # a query waiting for the address it is given
    ("https://translate.google.com/translate?u=", "https://www.un.org/en/report"),
])
@pytest.mark.parametrize("apart", ["      ", "\n"], ids=["gap", "line-break"])
def test_an_archived_link_goes_on(tmp_path: Path, first: str, second: str, apart: str) -> None:
    """A link whose path ends where an archive sets the address it keeps (a timestamp and
    "/") goes on with the next part, a link: one link, not two."""
    assert continues_address(f"Kept at {first}", second)
    path = tmp_path / "release.txt"
    path.write_text(f"{HEAD}Kept at {first}{apart}{second} and elsewhere.\n", encoding="utf-8")
    release = import_file(path).release
    atoms = [s.text for b in release.blocks for s in b.spans if s.kind == "atom"]
    assert atoms == [first + second]


@pytest.mark.parametrize(("first", "second"), [
    # a year, a number in a path: no archive's timestamp; two links
    ("https://www.un.org/press/2019/", "https://www.un.org/en/report"),
    ("https://a.org/reports/20190501/", "https://b.org/y"),
    ("https://a.org/web/", "https://b.org/y"),
])
def test_a_number_in_a_path_embeds_nothing(first: str, second: str) -> None:
    assert not continues_address(f"Links: {first}", second)
