"""The extract's per-release work, fourteenth round: the same results as the plain way.

- ``segment._latin_ends``: the sentence stops' pattern tried only at the stops, not at every
  character (``_LATIN_END.finditer``);
- ``segment._MarkerFree``: the windows the boundary rules read cut from the text's markerless
  copy (``_unmark`` of each window);
- ``source.read_release``: ``validate``'s block-id and title checks made in the blocks' one
  pass (the same errors, in the same order), the blocks read without asking each one's
  ancestors for its:translate when the document has none, their attributes read at once;
- ``catalog._with_notes``: where each noted unit's notes go, found once per release and reused
  by its other languages.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from test_ext12_segment import _plain_split
from test_ext13_encoded import _expected, _units
from transpub import fsutil, segment, source
from transpub.catalog import Block, _plain, _with_notes
from transpub.errors import SourceError
from transpub.model import Segment
from transpub.segment import split_sentences

from conftest import REPO

_MARKS = [chr(segment._MARK_BASE + 4 * i + flag) for i in range(3) for flag in (0, 1, 2)]
_PIECES = st.sampled_from(["Mr. ", "He left. ", "She came! ", "Why? ", "Really?! ", "So… ",
                           "هل؟ ", "U.N. ", "A. ", "9. ", "3.5 ", "end.", "...", ". ", "!",
                           "“Quoted.” ", "(end.) ", "”", "»", "\u00a0", "\n", "\t", " ",
                           "x", "É", "会议举行。", *_MARKS])


@given(st.lists(_PIECES, max_size=30))
@settings(max_examples=1500, deadline=None)
def test_the_stops_are_found_as_finditer_finds_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    want = [(m.span(), m.groups()) for m in segment._LATIN_END.finditer(text)]
    got = [(m.span(), m.groups()) for m in segment._latin_ends(text, text.isascii())]
    assert got == want


@given(st.lists(_PIECES, max_size=30), st.data())
@settings(max_examples=800, deadline=None)
def test_a_window_without_markers_is_the_window_unmarked(pieces: list[str],
                                                        data: st.DataObject) -> None:
    text = "".join(pieces) + _MARKS[1]
    free = segment._MarkerFree(text)
    for _ in range(10):
        start = data.draw(st.integers(0, len(text) + 3))
        end = data.draw(st.integers(start, len(text) + 300))
        assert free.window(start, end) == segment._unmark(text[start:end])
    assert free.depth_at(len(text)) == segment._depths(text)(len(text))


@given(st.lists(_PIECES, max_size=30), st.sampled_from(["en", "fr", "es", "ru", "ar", "zh"]))
@settings(max_examples=1500, deadline=None)
def test_texts_with_every_stop_split_as_the_plain_way(pieces: list[str], lang: str) -> None:
    text = "".join(pieces)
    assert split_sentences(text, lang) == _plain_split(text, lang)


# --- reading a release ------------------------------------------------------------------------

_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<release xmlns="urn:transpub:release:1" '
         'xmlns:its="http://www.w3.org/2005/11/its" id="r1" xml:lang="en"{root}>\n'
         '<meta>\n<label id="label">PRESS RELEASE</label>\n<title id="{title_id}"{title_at}>'
         '{title}</title>\n<dateline><place id="place">Vienna</place><date when="{date}">'
         '20 July 2021</date></dateline>\n</meta>\n<body>\n')


def _release_xml(root: str = "", title: str = "A title", title_id: str = "title",
                 title_at: str = "", date: str = "2021-07-20",
                 paragraphs: tuple[tuple[str, str, str], ...] = (("p1", "", "Text."),)
                 ) -> bytes:
    body = "".join(f'<p id="{ident}"{attrs}>{inner}</p>\n' for ident, attrs, inner in paragraphs)
    return (_HEAD.format(root=root, title=title, title_id=title_id, title_at=title_at,
                         date=date) + body + "</body>\n</release>\n").encode()


def _plain_read(path: Path, data: bytes) -> source.Release:
    """``read_release`` as it was: ``validate`` whole, then the blocks read (each one's
    ancestors asked for its:translate, whatever the document says)."""
    tree = source.parse_xml_bytes(data, path)
    source.validate(tree, path)
    return source._release_from_tree(tree, path)


def _outcome(read: object, path: Path, data: bytes) -> object:
    try:
        return read(path, data)  # type: ignore[operator]
    except SourceError as exc:
        return ("error", str(exc), exc.line)


_INNER = ["Plain text.", "  Spaced  text  ", "<a href='https://un.org'>a link</a> after",
          "<em its:translate='no'>kept</em> text", "<email>x@un.org</email>",
          "<strong><em>deep</em></strong> ", "text <span its:translate='yes'>in</span>", ""]
_ATTRS = ["", ' its:translate="no"', ' its:translate="yes"', ' its:locNote="A note"',
          ' xml:lang="fr"']


@st.composite
def _sources(draw: st.DrawFn) -> bytes:
    count = draw(st.integers(0, 4))  # (none: the schema refuses the body)
    ids = [draw(st.sampled_from(["p1", "p2", "p3", "title"])) for _ in range(count)]
    paragraphs = tuple((ident, draw(st.sampled_from(_ATTRS)), draw(st.sampled_from(_INNER)))
                       for ident in ids)
    return _release_xml(root=draw(st.sampled_from(["", ' its:translate="no"',
                                                   ' its:translate="yes"', ' its:locNote="n"'])),
                        title=draw(st.sampled_from(["A title", "", "  ", "<em>T</em>"])),
                        title_at=draw(st.sampled_from(_ATTRS)),
                        date=draw(st.sampled_from(["2021-07-20", "2021-07-20Z"])),
                        paragraphs=paragraphs)


@given(_sources())
@settings(max_examples=600, deadline=None)
def test_generated_releases_read_as_the_plain_way(data: bytes) -> None:
    path = Path("source/r1.xml")
    assert _outcome(source.read_release, path, data) == _outcome(_plain_read, path, data)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"paragraphs": (("p1", "", "a"), ("p1", "", "b"))}, "duplicate block id 'p1'"),
    # a duplicate id is reported before a missing title, and both before a bad date
    ({"title": "", "date": "2021-07-20Z", "paragraphs": (("p1", "", "a"), ("p1", "", "b"))},
     "duplicate block id 'p1'"),
    ({"title": " ", "date": "2021-07-20Z"}, "the release has no title"),
    ({"date": "2021-07-20Z"}, "bad date"),
])
def test_a_broken_release_gets_the_plain_way_error(kwargs: dict[str, object],
                                                  message: str) -> None:
    path = Path("source/r1.xml")
    data = _release_xml(**kwargs)  # type: ignore[arg-type]
    got = _outcome(source.read_release, path, data)
    assert got == _outcome(_plain_read, path, data)
    assert isinstance(got, tuple) and message in got[1]


def test_its_translate_anywhere_is_still_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """The document-wide answer decides only whether to ask: a "no" on the release, a block
    or an inline element still keeps it out, as when every block is asked (the fast path
    turned off by a document-wide answer of "yes, somewhere")."""
    path = Path("source/r1.xml")
    cases = [_release_xml(root=' its:translate="no"', paragraphs=(("p1", "", "a"),)),
             _release_xml(paragraphs=(("p1", ' its:translate="no"', "a"),)),
             _release_xml(paragraphs=(("p1", "", "<em its:translate='no'>x</em> y"),))]
    fast = [source.read_release(path, data) for data in cases]
    assert not fast[0].blocks[-1].translate and not fast[1].blocks[-1].translate
    assert fast[2].blocks[-1].spans[0].kind == "atom"
    monkeypatch.setattr(source, "_HAS_TRANSLATE", lambda root: True)
    assert [source.read_release(path, data) for data in cases] == fast


def test_the_sample_and_corpus_releases_read_as_the_plain_way(
        monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted((REPO / "source").glob("*.xml"))
    corpus = REPO / "benchmarks" / "_corpus" / "n100-s20201209" / "workspace" / "source"
    paths += sorted(corpus.glob("*.xml"))[:40]
    assert paths
    fast = [source.read_release(path) for path in paths]
    monkeypatch.setattr(source, "_HAS_TRANSLATE", lambda root: True)
    assert fast == [_plain_read(path, path.read_bytes()) for path in paths]


# --- a release's PO files ---------------------------------------------------------------------

@given(_units(), st.lists(st.dictionaries(st.sampled_from(["p0", "p1", "p2"]),
                                          st.lists(st.sampled_from(["N1", "N2\nx", "é"]),
                                                   max_size=2), max_size=3),
                          min_size=1, max_size=4))
@settings(max_examples=300, deadline=None)
def test_each_language_of_a_release_gets_its_own_notes(
        drawn: tuple[list[Segment], dict[str, list[str]], dict[str, str]],
        others: list[dict[str, list[str]]]) -> None:
    """One block for a release's languages, each with other notes (some naming units the
    first did not, or none): every file as ``_plain`` writes it, whatever came before."""
    units, notes, comments = drawn
    reference = "source/x.xml"
    memo: dict[tuple[object, ...], str] = {}
    texts = [_plain(u, reference, (), comments.get(u.id), memo) for u in units]
    block = Block()
    block.fill(texts)
    ids = [u.id for u in units]
    for lang_notes in [notes, *({ids[int(k[1])] if int(k[1]) < len(ids) else k: v
                                 for k, v in other.items()} for other in others)]:
        got = _with_notes(block, units, reference, lang_notes, comments, memo)
        want = _expected(texts, units, reference, lang_notes, comments)
        assert got == [text.encode() for text in want]


# --- staging a file -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["a/b/c.po", "/a/b/c.po", "c.po", "/c.po", "a/c.po",
                                  "./a/c.po", "a//b/c.po", "../c.po", "/", ".", "a/b/"])
def test_a_folder_is_the_parent(text: str) -> None:
    path = Path(text)
    assert fsutil.parent_of(path) == path.parent
    assert fsutil.parent_of(Path(text)) == path.parent  # (the remembered one, if any)


def test_files_of_one_folder_share_its_path_object(tmp_path: Path) -> None:
    folders = [fsutil.parent_of(tmp_path / "fr" / f"r{i}.po") for i in range(3)]
    assert folders[0] == tmp_path / "fr" and all(f is folders[0] for f in folders)
    assert fsutil.parent_of(tmp_path / "es" / "r0.po") == tmp_path / "es"


def test_a_short_write_is_finished(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """``write_fd`` writes everything when the system writes less than asked at a time."""
    real = os.write
    monkeypatch.setattr(fsutil.os, "write", lambda fd, data: real(fd, bytes(data[:3])))
    fd = os.open(tmp_path / "x", os.O_WRONLY | os.O_CREAT)
    try:
        fsutil.write_fd(fd, b"0123456789")
        fsutil.write_fd(fd, b"")
    finally:
        os.close(fd)
    assert (tmp_path / "x").read_bytes() == b"0123456789"
