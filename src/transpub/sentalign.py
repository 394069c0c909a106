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
from bisect import bisect_right
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


def _share(text: str, lang: str, offset: int) -> tuple[float, float]:
    starts = sentence_starts(text, lang)
    index = bisect_right(starts, offset) - 1
    return index / len(starts), (index + 1) / len(starts)


def _offsets(text: str, written: str) -> list[int]:
    out: list[int] = []
    at = text.find(written)
    while at >= 0 and len(out) < 16:
        out.append(at)
        at = text.find(written, at + 1)
    return out


def same_sentence(source: str, source_lang: str, said: str, target: str, lang: str,
                  other: str) -> bool:
    """Can ``said`` (as the source writes it) and ``other`` (as the translation does) stand in
    the same sentence? True for units of one sentence, and for a name not found as written
    (the pairing then stands as it did)."""
    if len(sentence_starts(source, source_lang)) < 2 and len(sentence_starts(target, lang)) < 2:
        return True
    here, there = _offsets(source, said), _offsets(target, other)
    if not here or not there:
        return True
    return any(_overlap(source, source_lang, a, target, lang, b) for a in here for b in there)


def same_sentence_at(source: str, source_lang: str, start: int, target: str, lang: str,
                     target_start: int) -> bool:
    """``same_sentence`` of two mentions at known offsets."""
    if len(sentence_starts(source, source_lang)) < 2 and len(sentence_starts(target, lang)) < 2:
        return True
    return _overlap(source, source_lang, start, target, lang, target_start)


def _overlap(source: str, source_lang: str, a: int, target: str, lang: str, b: int) -> bool:
    low, high = _share(source, source_lang, a)
    low2, high2 = _share(target, lang, b)
    return low < high2 and low2 < high
