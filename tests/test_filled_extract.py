"""The extract of translated PO files (nineteenth round, issue 13): every PO file a translator
returned is read whole and compared with what the merge would write. Two quicker paths, each
giving exactly the answer of the path it short-cuts: ``poread._parse_rows`` (the files' entries
read by position, as ``read_rows`` reads them) and ``posame._spaces_broken`` (a comment our
writer wrapped at spaces, recognised without normalising its lines)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transpub import poread, posame

from conftest import Cli, copy_sample

PATH = Path("x.po")


def _rows_and_fast(text: str) -> tuple[object, object]:
    text = poread._newlines(text)
    return poread._parse_rows(text, PATH), poread._parse_fast(text, PATH)


def test_the_files_transpub_writes_are_read_by_position(tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    """The sample's PO files, filled, fuzzy, commented and re-extracted: every one taken by
    the row reader, with the entries the expression reader gives (comments, references, flags,
    previous msgids, translator comments, lines)."""
    ws = copy_sample(tmp_path)
    cli: Cli = cli_factory(ws)
    po = sorted(ws.glob("locales/*/LC_MESSAGES/*.po"))
    text = po[0].read_text(encoding="utf-8")
    text = text.replace('msgstr ""\n\n', 'msgstr "X"\n\n', 2)
    text = text.replace("#. ", "# translator's note\n#, fuzzy\n#| msgid \"old\"\n#. ", 1)
    po[0].write_text(text, encoding="utf-8")
    cli("extract")
    files = [*po, *sorted(ws.glob("locales/*.pot"))]
    assert len(files) >= 6
    kinds = set()
    for path in files:
        rows, fast = _rows_and_fast(poread.read_text(path))
        assert rows is not None and rows == fast, path
        for entry in rows[1]:  # type: ignore[index]
            kinds |= {k for k in ("fuzzy", "previous", "translator", "references")
                      if getattr(entry, k)}
    assert kinds == {"fuzzy", "previous", "translator", "references"}


@pytest.mark.parametrize("text", [
    '#: b.xml:1\n#. after the reference\nmsgid "a"\nmsgstr "b"\n',  # another order
    '#. one\n#. two\n#: a.xml:1\n#: b.xml:2\nmsgctxt "p"\nmsgid "a"\n"b"\nmsgstr "c\\n"\n',
    'msgid ""\nmsgstr "Language: fr\\n"\n\n#. x\nmsgid "a"\nmsgstr ""\n',
    '#.\n#:\nmsgid "a"\nmsgstr "b"\n',
    '#.  spaced  \n#:  r.xml:1  \nmsgid "a"\nmsgstr "b"\n',
])
def test_shapes_read_as_the_expression_reader_reads_them(text: str) -> None:
    rows, fast = _rows_and_fast(text)
    assert rows is not None and rows == fast


@pytest.mark.parametrize("text", [
    'msgid "a"\nmsgstr "1"\n\nmsgid "a"\nmsgstr "2"\n',  # a duplicate: read_entries names it
    '#~ msgid "gone"\n#~ msgstr "parti"\n',  # obsolete: the line reader's
    'msgid "a"\nmsgid_plural "as"\nmsgstr[0] "1"\n',
    'msgid "a "raw" quote"\nmsgstr "b"\n',
    'msgid "a"\nmsgstr "b" "c"\n',
])
def test_the_row_reader_leaves_what_it_is_unsure_of(text: str) -> None:
    rows, _fast = _rows_and_fast(text)
    assert rows is None  # (parse then reads it as before: tests/test_poread_fast.py)


_WORDS = st.lists(st.sampled_from(["Term", "(organisation):", "United", "Nations", "=", "ООН",
                                   "联合国", "a-b-c", "x\u00a0y", "", " ", "\t", "long" * 6]),
                  min_size=1, max_size=14)


@settings(max_examples=500, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=4), st.integers(8, 40), st.data())
def test_a_comment_broken_at_spaces_reads_as_rewrapped_says(
        lines: list[list[str]], width: int, data: st.DataObject) -> None:
    """Whatever the two comments: when the quick test says True, the full comparison says
    True (it never accepts what ``rewrapped`` refuses); and a comment wrapped at spaces only
    is recognised by it."""
    ours = "\n".join(" ".join(words) for words in lines)
    wrapped = "\n".join(w for line in ours.split("\n") for w in (
        textwrap.wrap(line, width, break_on_hyphens=False, break_long_words=False) or [""]))
    flips = data.draw(st.lists(st.integers(0, max(0, len(ours) - 1)), max_size=3))
    edited = "".join("\n" if i in flips and c == " " else c for i, c in enumerate(ours))
    for theirs in (wrapped, edited, ours.replace("\n", " "), ours + " ", wrapped.upper()):
        if posame._spaces_broken(ours, theirs):
            assert len(ours) == len(theirs)
            assert _slow_rewrapped(ours, theirs), (ours, theirs)


def _slow_rewrapped(ours: str, theirs: str) -> bool:
    quick = posame._spaces_broken
    try:
        posame._spaces_broken = lambda _a, _b: False  # type: ignore[assignment]
        return posame.rewrapped(ours, theirs)
    finally:
        posame._spaces_broken = quick


def test_our_writers_wrapping_is_recognised_quickly() -> None:
    ours = ("Paragraph 1, sentence 1 of 3.\nTerm (organisation): United Nations Global "
            "Counter-Terrorism Coordination Compact = اتفاق الأمم المتحدة العالمي لتنسيق")
    theirs = ("Paragraph 1, sentence 1 of 3.\nTerm (organisation): United Nations Global "
              "Counter-Terrorism Coordination\nCompact = اتفاق الأمم المتحدة العالمي لتنسيق")
    assert posame._spaces_broken(ours, theirs) and _slow_rewrapped(ours, theirs)
    # two of our lines made one, a line break moved onto another space: not this quick test's
    assert not posame._spaces_broken(ours, ours.replace("\n", " "))
    assert not posame._spaces_broken("a b\nc", "a\nb c")
    assert not posame._spaces_broken("a  b", "a\n\nb")  # (an empty line: rewrapped refuses)
    assert not _slow_rewrapped("a  b", "a\n\nb")
