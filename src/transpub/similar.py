"""The one door to rapidfuzz: the length of the longest common subsequence of two strings, in C.

difflib's ``SequenceMatcher.ratio`` (Ratcliff-Obershelp: 2·M / total, M the characters of its
matching blocks) is what the near-miss checks judge by, and what the accuracy corpora were
judged with. Its matching blocks appear in the same order in both strings, so they are a common
subsequence: M ≤ LCS, and ``2.0 * lcs_length(a, b) / total`` bounds its ratio from above with
the same float arithmetic (``difflib._calculate_ratio``). A window under that bound cannot be a
near miss; one over it is still judged by difflib, so no verdict changes. rapidfuzz computes
the LCS bit-parallel in C (~0.1 µs for a term-sized window) where difflib's own
``quick_ratio`` bound, a Python loop over a character count, took ~2.6 µs and was looser.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from rapidfuzz.distance import LCSseq

#: ``lcs_length(a, b)``: how many characters the longest common subsequence of a and b holds.
lcs_length = LCSseq.similarity

#: How many pairs of characters (the product of two texts' lengths) difflib is asked to
#: compare at most: beyond it, the LCS ratio (``lcs_ratio``) stands for its ratio. difflib's
#: time grows with that product, and faster on text of repeated words: 35 ms for two
#: 1,000-character sentences of the same words in other orders, 21 s for two of 3,000 (a
#: paragraph edited into long sentences, benchmarks/hostile.py), where the LCS takes under a
#: millisecond in C.
DIFFLIB_PAIRS = 1_000_000

T = TypeVar("T")


def most_similar(candidates: Iterable[tuple[T, float]], threshold: float,
                 ratio: Callable[[T, float], float]) -> tuple[float, T] | None:
    """The candidate of the highest ratio, at least ``threshold``, and its ratio; on a tie the
    least candidate (``T`` is ordered: a position, a text). ``candidates``: each with its
    ratio's upper bound (``lcs_ratio``); ``ratio(candidate, bound)`` is asked only while a
    bound can still beat the best ratio found, best bounds first, so most candidates are set
    aside in C (the translation memory's near match, the merge's most similar old sentence)."""
    bounded = sorted((-bound, candidate) for candidate, bound in candidates
                     if bound >= threshold)
    best: tuple[float, T] | None = None
    for minus_bound, candidate in bounded:
        if best is not None and -minus_bound < best[0]:
            break  # (no candidate left can beat it)
        found = ratio(candidate, -minus_bound)
        if found >= threshold and (best is None or (-found, candidate) < (-best[0], best[1])):
            best = (found, candidate)
    return best


def lcs_ratio(a: str, b: str) -> float:
    """``2 * LCS / total``: the bound of difflib's ratio above (1.0 for two empty texts)."""
    total = len(a) + len(b)
    return 2.0 * lcs_length(a, b) / total if total else 1.0


def too_long_for_difflib(a: str, b: str) -> bool:
    """Whether difflib is not to be asked about ``a`` and ``b`` (``DIFFLIB_PAIRS``): their
    LCS ratio then stands for difflib's ratio (a text of sentence size is always judged by
    difflib, as before)."""
    return len(a) * len(b) > DIFFLIB_PAIRS
