"""``pagefast._PLACEHOLDER`` finds what ``segment.PLACEHOLDER_RE`` finds: the same matches at
the same places, the name one group (tag and number)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from transpub.pagefast import _PLACEHOLDER
from transpub.segment import PLACEHOLDER_RE

_PIECES = st.sampled_from(["<", ">", "/", "g", "x", "bx", "ex", "1", "12", "0", " ", "a",
                           "<g1>", "</g1>", "<x2/>", "< g1>", "<g1 />", "<G1>", "<g>", "<1>",
                           "<g1//>", "<//g1>", "é", "\n"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=16).map("".join))
def test_the_same_placeholders_as_the_segmenter_s(text: str) -> None:
    theirs = [(m.span(), m.group("close"), m.group("tag") + m.group("num"), m.group("self"))
              for m in PLACEHOLDER_RE.finditer(text)]
    ours = [(m.span(), *m.groups()) for m in _PLACEHOLDER.finditer(text)]
    assert ours == theirs
