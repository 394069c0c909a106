"""``source.collapse_space`` is the regular expression of XML's white space (``[ \\t\\n\\r]+``
-> one space) on every code point and on generated texts, a release reads the same through
either, and the spaces Unicode has besides (no-break, narrow no-break, ideographic) stay."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transpub import source
from transpub.source import collapse_space, read_release

from conftest import REPO

_WS = re.compile("[ \t\n\r]+")
_SPACES = [chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(c))]


def _regex(value: str) -> str:
    return _WS.sub(" ", value)


def test_every_white_space_but_the_space_is_not_printable() -> None:
    """What the quick path rests on: a printable text holds no white space but U+0020 (nor,
    therefore, any of XML's white space but the space)."""
    assert " " in _SPACES and "\t" in _SPACES and "\u3000" in _SPACES
    assert [c for c in _SPACES if c != " " and c.isprintable()] == []


def test_every_code_point_collapses_as_the_regular_expression() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        text = f"{char}a{char}{char}"
        assert collapse_space(text) == _regex(text), hex(code)


@pytest.mark.parametrize("text", ["", " ", "  ", "a  b", " a ", "a\n", "\n", "a \u00a0b",
                                  "Mr.  Guterres", "x\u3000\u3000y ", "\t\t"])
def test_texts_collapse_as_the_regular_expression(text: str) -> None:
    assert collapse_space(text) == _regex(text)


_ALPHABET = st.sampled_from([*_SPACES, "a", "é", "中", ".", "\x00", "\ufffd"])


@given(st.text(alphabet=_ALPHABET, max_size=40))
@settings(max_examples=2000, deadline=None)
def test_generated_texts_collapse_as_the_regular_expression(text: str) -> None:
    assert collapse_space(text) == _regex(text)


@pytest.mark.parametrize("wrap", [False, True])
def test_a_release_reads_the_same_as_with_the_regular_expression(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, wrap: bool) -> None:
    """The sample release as it is (one line a paragraph) and re-wrapped with line breaks,
    tabs and no-break spaces (the slow path)."""
    path = next((REPO / "source").glob("*.xml"))
    data = path.read_bytes()
    if wrap:
        data = data.replace(b", ", b",\n\t   ").replace(b" the ", b" the\xc2\xa0 ")
        path = tmp_path / path.name
        path.write_bytes(data)
    fast = read_release(path, data)
    monkeypatch.setattr(source, "collapse_space", _regex)
    slow = read_release(path, data)
    assert fast == slow
    # the wrapped release's text went through the slow path, and was collapsed
    assert (b"\n\t" in data) == wrap
    assert not any("\t" in span.text or "\n" in span.text for block in fast.blocks
                   for span in block.spans)
    # the no-break space is the text's: kept, as XML and HTML keep it
    assert any("the\xa0 " in span.text for block in fast.blocks
               for span in block.spans) == wrap


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u3000", "\u2009"])
def test_unicode_spaces_are_the_texts(space: str) -> None:
    assert collapse_space(f"25{space}000 \n\t and  more") == f"25{space}000 and more"
