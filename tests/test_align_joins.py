"""``align``'s joins (two units said in one sentence of the translation) need evidence besides
lengths: a number, an address, a code, a termbase concept or a name each unit shares with the
sentence. Lengths alone fit a page's last (or first) sentence, long as Russian writes it, as
well with the next unit as without it: session 62's OHCHR trial had a partial Russian page's
last sentence said to cover two units, and two more such joins in a page of long Russian
sentences. A true join among pairs leaves its single pair's lengths far apart and is kept."""

from __future__ import annotations

import pytest

from transpub.align import Pair, align
from transpub.model import Segment


def _segment(ident: str, length: int, word: str, block: str, extra: str = "") -> Segment:
    """A sentence of ``length`` characters of ``word`` (no number, no name), ``extra`` at
    its end."""
    body = " ".join([word] * (length // (len(word) + 1) + 1))
    text = (word.capitalize() + " " + body)[:max(length - len(extra) - 2, 1)].rstrip()
    return Segment(ident, f"{text}{extra}.", block, "p", "", 0)


#: the release's units (English) and a page's sentences (Russian, a third longer at its
#: end): four paragraphs of three units
_UNITS = [40, 80, 45, 81, 277, 143, 150, 100, 200, 120, 60, 160]


def _release(lengths: list[int]) -> list[Segment]:
    return [_segment(f"u{i}", n, "word", f"p{i // 3}") for i, n in enumerate(lengths)]


def _page(lengths: list[int], first: int = 0) -> list[Segment]:
    return [_segment(f"s{i}", n, "слово", f"p{(i + first) // 3}")
            for i, n in enumerate(lengths)]


def _paired(pairs: list[Pair]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(p.source, p.target) for p in pairs if p.source and p.target]


def test_a_partial_pages_long_last_sentence_is_its_units_alone() -> None:
    """The page publishes the release's first five sentences, its last a third longer than
    the English (lengths alone had said it with the next unit)."""
    pairs = align(_release(_UNITS), _page([37, 82, 45, 97, 370]), (), ("en", "ru"))
    assert _paired(pairs) == [((i,), (i,)) for i in range(5)]
    assert all(not p.target for p in pairs if p.source and p.source[0] >= 5)


def test_a_cut_pages_long_first_sentence_is_its_unit_alone() -> None:
    """The page's start cut within a paragraph: its first sentence, long, is the unit it
    translates, the unit before it (in the same paragraph) left out."""
    units = [60, 90, 150, 80, 277, 90, 80, 120, 100, 70]
    pairs = align(_release(units), _page([370, 100, 90, 130, 110, 80], first=4), (),
                  ("en", "ru"))
    assert _paired(pairs) == [((4 + i,), (i,)) for i in range(6)]


def test_a_true_join_among_pairs_is_kept() -> None:
    """Two units a complete translation says in one sentence, with nothing they share: their
    single pair's lengths are far apart, the join stands."""
    units = [80, 120, 90, 110, 100, 95, 130, 85, 105]
    lengths = [int(n * 1.1) for n in units]
    lengths[3:5] = [lengths[3] + lengths[4] + 2]
    pairs = align(_release(units), _page(lengths), (), ("en", "ru"))
    assert ((3, 4), (3,)) in _paired(pairs)
    assert len(_paired(pairs)) == 8


def test_a_join_at_the_end_with_evidence_is_kept() -> None:
    """The page's last sentence says the next unit too, and holds the numbers of both."""
    source = _release(_UNITS)
    source[4] = _segment("u4", 277, "word", "p1", " 1987")
    source[5] = _segment("u5", 143, "word", "p1", " 45")
    target = _page([37, 82, 45, 97, 440])
    target[4] = _segment("s4", 440, "слово", "p1", " 1987 45")
    pairs = align(source, target, (), ("en", "ru"))
    assert ((4, 5), (4,)) in _paired(pairs)


def test_the_programme_reads_an_unevidenced_join_as_cost_does() -> None:
    """The programme's 2-1 step costs what ``_cost`` says, ``_JOIN_COST`` when the two units
    share nothing with the sentence, not when both do."""
    from transpub.align import _JOIN_COST, _STEP_COST, _cost, _programme, _shared, _Sides

    source = _release(_UNITS)
    target = _page([37, 82, 45, 97, 370])
    sides = _Sides.of(source, target, ())
    rows, columns = range(4, 6), range(4, 5)
    bare = _cost(rows, columns, sides, 1.0)
    source[4] = _segment("u4", 277, "word", "p1", " 1987")
    source[5] = _segment("u5", 143, "word", "p1", " 45")
    target[4] = _segment("s4", 370, "слово", "p1", " 1987 45")
    anchored = _cost(rows, columns, _Sides.of(source, target, ()), 1.0)
    # (two numbers shared: 2.0 less each; no join cost)
    assert bare - anchored == pytest.approx(_JOIN_COST + 4.0, abs=0.5)
    for target_lengths in ([37, 82, 45, 97, 370], [40, 85, 50, 90, 430, 160, 150]):
        sides = _Sides.of(_release(_UNITS), _page(target_lengths), ())
        for ratio in (0.8, 1.0, 1.3):
            for pair in _programme(sides, ratio):
                if pair.source and pair.target:
                    rows = range(pair.source[0], pair.source[-1] + 1)
                    columns = range(pair.target[0], pair.target[-1] + 1)
                    assert pair.cost == pytest.approx(
                        _STEP_COST[(len(rows), len(columns))]
                        + _cost(rows, columns, sides, ratio) - _shared(rows, columns, sides),
                        abs=1e-9)
