"""Where two mentions stand in a unit of several sentences: the checks that pair a name the
translation lost with another it has ("Syria" became «la République populaire démocratique de
Corée») pair them only where they can be the same sentence's.

A unit of several sentences (a paragraph, as other tools' PO files and translation memories
hold them) may lose a name in one sentence («de todo el país» for "throughout Syria", rightly)
and name another in the next (the source's "anti-DPRK" said in full): one sentence each, no
name changed. Sentences are cut by ``segment.split_sentences`` (the extraction's own
abbreviation-aware rules; one of fewer than four words, or six Chinese characters, goes with
the next: a dateline cut at "Va. --" is no sentence of its own), and the source's i-th of n
is taken to overlap the translation's j-th of m where their shares of the unit, i/n to
(i+1)/n and j/m to (j+1)/m, overlap: the same sentence when both have as many, its
neighbours when a translator joined or split one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache


@lru_cache(maxsize=64)
def sentence_starts(text: str, lang: str) -> tuple[int, ...]:
    """The offsets where ``text``'s sentences start (``(0,)`` for one sentence)."""
    from transpub.segment import split_sentences  # (asked only when a name is to be paired)

    starts = [0]
    at = 0
    short = False  # (the sentence before is too short to stand alone: the next starts it)
    for sentence in split_sentences(text, lang):
        found = text.find(sentence, at)
        if found < 0:
            break
        if found > 0 and not short:
            starts.append(found)
        at = found + len(sentence)
        short = _short(sentence)
    return tuple(starts)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_WORD = re.compile(r"[^\W\d_]+")


def _short(sentence: str) -> bool:
    if _CJK.search(sentence):
        return len(_CJK.findall(sentence)) < 6
    return len(_WORD.findall(sentence)) < 4


class _Pair:
    """A source and its translation, their sentences cut once, and the sentences each name
    stands in found once: a unit pairing hundreds of names with hundreds stays near linear."""

    def __init__(self, source: str, source_lang: str, target: str, lang: str) -> None:
        self.source, self.target = source, target
        self.starts = sentence_starts(source, source_lang)
        # a source of one sentence overlaps every sentence of the translation (its 0-th of 1
        # spans the whole unit): each answer below is then the one-sentence unit's
        # (``sentence_of`` the whole unit, None; ``same_sentence`` True), and the translation,
        # a new text for each unit, is not cut at all (every pairing of the benchmark's units,
        # a sentence each: 62-72 ms of cuts -> 20-21, the sources alone; tests/test_sentalign.py)
        self.target_starts = sentence_starts(target, lang) if len(self.starts) > 1 else (0,)
        self.single = len(self.starts) < 2 and len(self.target_starts) < 2
        self._ranges: dict[str, tuple[tuple[int, int], ...]] = {}
        self._indices: dict[str, frozenset[int]] = {}

    def ranges_at(self, offset: int) -> tuple[int, int]:
        """The translation's sentences (first, last) that may be the source's sentence at
        ``offset``: the i-th of n overlaps the j-th of m where i/n < (j+1)/m and j/m <
        (i+1)/n."""
        n, m = len(self.starts), len(self.target_starts)
        i = bisect_right(self.starts, offset) - 1
        return (i * m) // n, ((i + 1) * m + n - 1) // n - 1

    def index_at(self, offset: int) -> int:
        return bisect_right(self.target_starts, offset) - 1

    def ranges(self, said: str) -> tuple[tuple[int, int], ...]:
        found = self._ranges.get(said)
        if found is None:
            found = self._ranges[said] = tuple(
                self.ranges_at(a) for a in _offsets(self.source, said))
        return found

    def indices(self, other: str) -> frozenset[int]:
        found = self._indices.get(other)
        if found is None:
            found = self._indices[other] = frozenset(
                self.index_at(b) for b in _offsets(self.target, other))
        return found


@lru_cache(maxsize=8)
def _pair(source: str, source_lang: str, target: str, lang: str) -> _Pair:
    return _Pair(source, source_lang, target, lang)


def _offsets(text: str, written: str) -> list[int]:
    out: list[int] = []
    at = text.find(written) if written else -1
    while at >= 0 and len(out) < 16:
        out.append(at)
        at = text.find(written, at + 1)
    return out


def same_sentence(source: str, source_lang: str, said: str, target: str, lang: str,
                  other: str) -> bool:
    """Can ``said`` (as the source writes it) and ``other`` (as the translation does) stand in
    the same sentence? True for units of one sentence, and for a name not found as written
    (the pairing then stands as it did)."""
    pair = _pair(source, source_lang, target, lang)
    if pair.single:
        return True
    ranges, indices = pair.ranges(said), pair.indices(other)
    if not ranges or not indices:
        return True
    return any(low <= j <= high for low, high in ranges for j in indices)


def same_sentence_at(source: str, source_lang: str, start: int, target: str, lang: str,
                     target_start: int) -> bool:
    """``same_sentence`` of two mentions at known offsets."""
    pair = _pair(source, source_lang, target, lang)
    if pair.single:
        return True
    low, high = pair.ranges_at(start)
    return low <= pair.index_at(target_start) <= high


def source_span_at(source: str, source_lang: str, target: str, lang: str,
                   target_start: int) -> tuple[int, int]:
    """The source's stretch ``(from, to)`` whose offsets ``same_sentence_at`` pairs with the
    translation's ``target_start``: all of it for units of one sentence each, else the
    sentences i whose translation's range holds its sentence j. Both bounds of
    ``_Pair.ranges_at`` grow with i, so those are one run, found by bisection: a check asking
    for each of thousands of mentions stays near linear (t66/hI 6: one call a pair had made
    TP202's dating of weekdays quadratic)."""
    pair = _pair(source, source_lang, target, lang)
    if pair.single:
        return 0, len(source)
    n, m = len(pair.starts), len(pair.target_starts)
    j = pair.index_at(target_start)
    first = bisect_left(range(n), j, key=lambda i: ((i + 1) * m + n - 1) // n - 1)
    last = bisect_right(range(n), j, key=lambda i: (i * m) // n) - 1
    if first > last:
        return 0, 0
    return pair.starts[first], pair.starts[last + 1] if last + 1 < n else len(source)


def sentence_of(source: str, source_lang: str, start: int, target: str, lang: str
                ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The bounds of the source's sentence holding offset ``start`` and of the translation's
    sentences that may be its (``_Pair.ranges_at``); None when that is the whole unit (a
    unit of one sentence each side)."""
    pair = _pair(source, source_lang, target, lang)
    if pair.single:
        return None
    starts, target_starts = pair.starts, pair.target_starts
    i = bisect_right(starts, start) - 1
    low, high = pair.ranges_at(start)
    bounds = ((starts[i], starts[i + 1] if i + 1 < len(starts) else len(source)),
              (target_starts[low] if low < len(target_starts) else len(target),
               target_starts[high + 1] if high + 1 < len(target_starts) else len(target)))
    if bounds == ((0, len(source)), (0, len(target))):
        return None
    return bounds
