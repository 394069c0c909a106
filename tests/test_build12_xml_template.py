"""The XML page filled into a template made once per release (``Skeleton.xml_page``) against
``xmlstring.release_xml_of`` run for each language, byte for byte; a release whose own text
holds the mark's character (NUL) is written the plain way."""

from __future__ import annotations

import datetime as dt

import pytest

from transpub.model import Block, Release, Segment, Span
from transpub.pagefast import Skeleton
from transpub.xmlstring import release_xml_of, spans_xml

_TEXT = (Span("text", "Text & <more>"),)


def _release(note: str = "", block_note: str = "", date: dt.date | None = None) -> Release:
    blocks = (Block("t", "title", _TEXT, 1, note=block_note), Block("p1", "p", _TEXT, 2),
              Block("e", "p", (), 3), Block("pl", "place", _TEXT, 4),
              Block("l1", "line", _TEXT, 5, translate=False), Block("o", "office", (), 6))
    return Release("r1", "en", blocks, date, note=note)


@pytest.mark.parametrize("note", ["", "a note", "\x00", "x\x000\x00y", "\x00-1\x00"])
@pytest.mark.parametrize("date", [None, dt.date(2020, 12, 9)])
@pytest.mark.parametrize(("lang", "date_text"), [("fr", "9 décembre 2020"), ("a\"b", ""),
                                                 ("ar", "<&>")])
def test_xml_page_is_release_xml_of(note: str, date: dt.date | None, lang: str,
                                    date_text: str) -> None:
    for release in (_release(note=note, date=date), _release(block_note=note, date=date)):
        skeleton = Skeleton(release, (), "en")
        for _ in range(2):  # (the template made, then reused)
            assert skeleton.xml_page({}, lang, date_text) == release_xml_of(
                release, lang, date_text, lambda block: spans_xml(block.spans))
        assert (skeleton._xml_template is not None
                and bool(skeleton._xml_template[0]) == ("\x00" not in note))


def test_a_language_s_own_contents_fill_their_blocks() -> None:
    release = _release(date=dt.date(2021, 1, 2))
    # units in the title and the first paragraph (the blocks a language fills)
    segments = (Segment("u1", "Text & <more>", "t", "title", "1", 1),
                Segment("u2", "Text & <more>", "p1", "p", "1", 2))
    skeleton = Skeleton(release, segments, "en")
    where = {block.id: index for index, block in enumerate(release.blocks)}
    xml_of = {where["t"]: "Titre", where["p1"]: ""}
    written = skeleton.xml_page(xml_of, "fr", "")
    by_id = {block.id: block for block in release.blocks}
    assert written == release_xml_of(
        release, "fr", "", lambda block: xml_of.get(where[block.id],
                                                    spans_xml(by_id[block.id].spans)))
    assert b'<p id="p1"></p>' in written and b'<p id="e"/>' in written
    assert b">Titre</title>" in written
