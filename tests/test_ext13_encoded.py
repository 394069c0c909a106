"""A release's new PO files assembled from the POT's entries encoded once (``catalog.Block``,
``_bytes_of``, ``_with_notes``): the same bytes as each file's text rendered and encoded
whole, on generated units, comments, term notes and headers (any Unicode, line breaks)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from transpub import catalog
from transpub.catalog import Block, _bytes_of, _header, _plain, _text_of, _with_notes
from transpub.languages import language
from transpub.model import Placeholder, Segment, Span
from transpub.powrite import PoEntry, entry_text, ordered_metadata, render_texts

_CHARS = st.sampled_from(["a", "Z", " ", ".", "\n", "\\", '"', "\t", "é", "…", "中", "ع",
                          "\U0001f600", "\u2028", "\r", "#", ":"])
_TEXT = st.text(alphabet=_CHARS, max_size=30)


@st.composite
def _units(draw: st.DrawFn) -> tuple[list[Segment], dict[str, list[str]], dict[str, str]]:
    count = draw(st.integers(0, 6))
    units: list[Segment] = []
    notes: dict[str, list[str]] = {}
    comments: dict[str, str] = {}
    for index in range(count):
        holders = tuple(Placeholder(f"a{i}", Span("open", tag="a", attrs=(("href", "x"),)))
                        for i in range(draw(st.integers(0, 2))))
        # (an id twice: each unit of that id gets the id's notes, as the unit-by-unit path)
        ident = units[-1].id if units and draw(st.integers(0, 4)) == 0 else \
            f"p{index}.{draw(_TEXT)}"
        unit = Segment(ident, draw(_TEXT), f"p{index}", "p",
                       draw(st.sampled_from(["paragraph 1", "title", "Paragraph 2, sentence 1"])),
                       draw(st.integers(0, 500)), draw(_TEXT), holders)
        units.append(unit)
        if draw(st.booleans()):
            notes[unit.id] = draw(st.lists(_TEXT, min_size=0, max_size=3))
        kind = draw(st.sampled_from(["own", "given", "empty"]))
        if kind == "given":
            comments[unit.id] = catalog.unit_comment(unit)
        elif kind == "empty":
            comments[unit.id] = ""
    return units, notes, comments


def _expected(block: list[str], units: list[Segment], reference: str,
              notes: dict[str, list[str]], comments: dict[str, str]) -> list[str]:
    """The entries as text, the notes inserted as ``_plain`` inserts them (the text-only
    form this replaced)."""
    texts = list(block)
    for index, segment in enumerate(units):
        lines = notes.get(segment.id)
        if not lines:
            continue
        text = comments.get(segment.id)
        if text is None:
            text = catalog.unit_comment(segment)
        if not text:
            texts[index] = _plain(segment, reference, lines, text, None)
            continue
        cut = len(text) + 3 * text.count("\n") + 4
        extra = "\n".join(lines)
        texts[index] = (block[index][:cut] + "#. " + extra.replace("\n", "\n#. ") + "\n"
                        + block[index][cut:])
    return texts


@given(_units(), st.sampled_from(["fr", "zh", "ar", "ru"]), _TEXT)
@settings(max_examples=400, deadline=None)
def test_new_po_files_from_the_encoded_block_are_the_text_encoded(
        drawn: tuple[list[Segment], dict[str, list[str]], dict[str, str]], code: str,
        project: str) -> None:
    units, notes, comments = drawn
    reference = "source/x-é.xml"
    memo: dict[tuple[object, ...], str] = {}
    texts = [_plain(u, reference, (), comments.get(u.id), memo) for u in units]
    block = Block()
    block.fill(texts)
    header = _header(project, "2024-01-01 00:00+0000", language(code), {}, None)
    got = _bytes_of(header, _with_notes(block, units, reference, notes, comments, memo))
    want = _text_of(header, _expected(texts, units, reference, notes, comments)).encode()
    assert got == want
    # the POT's own bytes, from the same encoding
    assert _bytes_of(header, block.encoded()) == _text_of(header, texts).encode()


@given(st.lists(_TEXT, max_size=5), st.dictionaries(_TEXT, _TEXT, max_size=3))
@settings(max_examples=400, deadline=None)
def test_a_file_of_any_entries_is_its_text_encoded(texts: list[str],
                                                   extra: dict[str, str]) -> None:
    """Any entry texts (line breaks at the end or none, empty ones) and header fields: the
    rstrip of the text's final line breaks is the bytes' rstrip."""
    header = {"Project-Id-Version": "p", **extra}
    assert _bytes_of(header, [t.encode() for t in texts]) == _text_of(header, texts).encode()


def test_a_block_filled_again_forgets_its_encoding() -> None:
    block = Block()
    block.fill(["a\n"])
    assert block.encoded() == [b"a\n"] and block.cut(0, "") == (b"a\n"[:4], b"")
    block.fill(["é\n"])
    assert block.encoded() == ["é\n".encode()] and block.cut(0, "") == ("é\n".encode(), b"")


def _header_text(metadata: dict[str, str], texts: list[str]) -> str:
    """``render_texts`` with no header comment, as it was written before its quick path:
    the header entry an entry object rendered by ``entry_text``."""
    head = PoEntry()
    fields = ordered_metadata(metadata)
    if fields:
        head.msgstr = "\n".join(f"{name}: {value}" for name, value in fields) + "\n"
    return "#" + "\n" + "\n".join([entry_text(head), *texts])


_FIELD = st.text(alphabet=st.sampled_from(["a", "-", " ", ":", "é", "\n", "\r", "\\", '"', "\t",
                                           "\x0b", "\x0c", "\x1c", "\x1e", "\x85", "\u2028",
                                           "\u2029", "\x08", "中"]), max_size=8)


@given(st.dictionaries(_FIELD, _FIELD, max_size=4), st.lists(_TEXT, max_size=3),
       st.booleans())
@settings(max_examples=1500, deadline=None)
def test_a_header_renders_as_its_entry_object(metadata: dict[str, str], texts: list[str],
                                             usual: bool) -> None:
    if usual:  # a header as the extract writes it, with the generated fields after it
        metadata = {**_header("p", "2024-01-01 00:00+0000", language("fr"), {}, None),
                    **metadata}
    assert render_texts(metadata, texts) == _header_text(metadata, texts)
