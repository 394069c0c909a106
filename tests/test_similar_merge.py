"""The merge's search for the old sentence an edited one came from (``catalog._similar``) and
the translation memory's near match (``tm.TranslationMemory.near``) ask difflib only while an
upper bound of its ratio (the LCS ratio, in C) can still beat the best found, and only about
texts of sentence size (``similar.DIFFLIB_PAIRS``). A paragraph edited into long sentences of
the same words made one difflib call take 21 s (benchmarks/hostile.py, "extract: a translated
paragraph edited into n characters of unlike sentences"; found by fuzzing the CLI). Below the
size the entry chosen is the plain scan's, ties included; above it the LCS ratio decides."""

from __future__ import annotations

from difflib import SequenceMatcher

from hypothesis import given, settings
from hypothesis import strategies as st

from transpub import catalog
from transpub.catalog import _similar
from transpub.model import Segment
from transpub.powrite import PoEntry
from transpub.similar import DIFFLIB_PAIRS, lcs_ratio, too_long_for_difflib

WORDS = ["the", "Office", "met", "Qatar", "and", "discussed", "cooperation", "projects", "to",
         "expand", "partnership", "."]


def _plain(segment: Segment, actives: list[PoEntry], used: set[int]) -> PoEntry | None:
    """The search as it was: difflib on every candidate, the first best one kept."""
    best: tuple[float, PoEntry] | None = None
    for entry in actives:
        if id(entry) in used or not (entry.msgctxt or "").startswith(segment.block_id + "."):
            continue
        ratio = SequenceMatcher(None, entry.msgid, segment.text, autojunk=False).ratio()
        if ratio >= catalog._SIMILAR and (best is None or ratio > best[0]):
            best = (ratio, entry)
    return best[1] if best else None


def _segment(text: str) -> Segment:
    return Segment("p1.9", text, "p1", "p", "paragraph 1", 1)


sentences = st.lists(st.sampled_from(WORDS), min_size=0, max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(old=st.lists(st.tuples(sentences, st.sampled_from(["p1", "p2"]), st.booleans()),
                    max_size=8),
       new=sentences)
def test_the_entry_chosen_is_the_plain_scans(old: list[tuple[str, str, bool]],
                                            new: str) -> None:
    actives = [PoEntry(msgid=text, msgstr="x", msgctxt=f"{block}.{i}")
               for i, (text, block, _) in enumerate(old)]
    # duplicates give ties: the first in the file must win, as before
    actives += [PoEntry(msgid=e.msgid, msgstr="y", msgctxt=e.msgctxt) for e in actives[:2]]
    used = {id(e) for e, (_, _, taken) in zip(actives, old, strict=False) if taken}
    catalog._RATIOS.clear()
    assert _similar(_segment(new), actives, used) is _plain(_segment(new), actives, used)


def test_a_tie_goes_to_the_first_entry_whatever_its_bound() -> None:
    """Two old sentences with difflib's ratio 2/3 against the new one: the second's bound (0.8)
    is higher, so it is judged first, and the first (its bound 2/3, its ratio) must still be
    judged and win the tie."""
    first, second = PoEntry(msgid="abbb", msgctxt="p1.1"), PoEntry(msgid="ababcca",
                                                                   msgctxt="p1.2")
    assert lcs_ratio(first.msgid, "abcabcab") < lcs_ratio(second.msgid, "abcabcab")
    catalog._RATIOS.clear()
    assert _similar(_segment("abcabcab"), [first, second], set()) is first
    assert _plain(_segment("abcabcab"), [first, second], set()) is first


def test_long_sentences_are_judged_by_the_lcs_ratio() -> None:
    words = "the Office of Counter-Terrorism and Qatar discussed cooperation projects".split()
    old = " ".join(words[(j * 4) % len(words)] for j in range(400))
    # the same sentence, edited: every fiftieth word dropped
    new = " ".join(words[(j * 4) % len(words)] for j in range(400) if j % 50)
    unlike = " ".join(["Управление провело встречу"] * 150)  # (another script)
    assert too_long_for_difflib(old, new) and len(old) * len(new) > DIFFLIB_PAIRS
    assert lcs_ratio(old, new) > 0.95 > catalog._SIMILAR > lcs_ratio(unlike, new)
    entries = [PoEntry(msgid=unlike, msgstr="x", msgctxt="p1.1"),
               PoEntry(msgid=old, msgstr="x", msgctxt="p1.2")]
    assert _similar(_segment(new), entries, set()) is entries[1]
    assert _similar(_segment(new), entries[:1], set()) is None
    # a sentence-sized pair is still difflib's
    assert not too_long_for_difflib(old[:900], new[:900])


def test_the_memorys_near_match_of_long_sentences_is_the_lcs_ratios() -> None:
    from transpub.tm import TMEntry, TranslationMemory

    words = "the Office of Counter-Terrorism and Qatar discussed cooperation projects".split()
    old = " ".join(words[(j * 4) % len(words)] for j in range(400))
    new = " ".join(words[(j * 4) % len(words)] for j in range(400) if j % 50)
    memory = TranslationMemory([TMEntry(old, "OLD", "fr", "a")], "fr")
    found = memory.near(new)
    assert found is not None and found[0].target == "OLD"
    assert found[1] == lcs_ratio(old, new)
    # a sentence-sized pair: difflib's ratio, as before
    short_old, short_new = old[:300], new[:300]
    found = TranslationMemory([TMEntry(short_old, "OLD", "fr", "a")], "fr").near(short_new)
    assert found is not None
    assert found[1] == SequenceMatcher(None, short_old, short_new, autojunk=False).ratio()
