"""``numfind.find_numbers`` sorts its mentions only where they can come out of order (Arabic's
visual-order groups, found first); elsewhere the pattern's matches come in text order: the
mentions are in start order in every language (issue 13, checkunit14)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from transpub import numfind

LANGS = ("en", "fr", "es", "ru", "ar", "zh", "ar_EG")


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(LANGS),
       st.lists(st.sampled_from(["12", "500", "000", "100", "2", "1.5", "2,5", "١٢", " ",
                                 "\u00a0", "و", "million", "مليون", "万", "de", ",", "-",
                                 "a", "x"]), max_size=14),
       st.lists(st.tuples(st.integers(0, 40), st.integers(0, 6)), max_size=2))
@example("ar", ["500", " ", "2", " ", "و", "12"], [])
@example("ar", ["12", " ", "و", "000", " ", "100"], [])
def test_mentions_in_start_order(lang: str, pieces: list[str],
                                 skips: list[tuple[int, int]]) -> None:
    text = "".join(pieces)
    skip = [(start, start + width) for start, width in skips]
    given_skip = list(skip)
    found = numfind.find_numbers(text, lang, skip)
    assert found == sorted(found, key=lambda m: m.start)
    assert skip == given_skip  # the caller's list is left as it was


def test_arabic_visual_order_groups_come_in_text_order() -> None:
    found = numfind.find_numbers("في 12 و000 100 شخص", "ar")
    assert [m.start for m in found] == sorted(m.start for m in found) and len(found) == 2
    assert found[1].values == frozenset({100000.0})
