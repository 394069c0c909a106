"""The term index finds exactly the forms whose pieces all occur in a text: the same answer as
testing every form, for small termbases (direct scan) and large ones (the index)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from transpub.termbase import AnchorIndex

_WORD = st.text(alphabet="abcdeéж汗", min_size=1, max_size=6)


@settings(max_examples=200, deadline=None)
@given(forms=st.lists(st.lists(_WORD, min_size=0, max_size=3).map(tuple), max_size=400),
       text=st.lists(_WORD, max_size=30).map(" ".join))
def test_candidates_are_exactly_the_forms_whose_pieces_all_occur(
        forms: list[tuple[str, ...]], text: str) -> None:
    want = [i for i, parts in enumerate(forms) if all(p in text for p in parts)]
    assert AnchorIndex(forms).candidates(text) == want
    # the same through the index path: many forms, a short text
    many = forms * 50
    want_many = [i for i, parts in enumerate(many) if all(p in text for p in parts)]
    assert AnchorIndex(many).candidates(text) == want_many
