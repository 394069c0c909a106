"""The weekdays a unit's source names alone, read once a unit for TP202's dating of them
(``dates._weekday_dated``: "published Saturday" → «publié le 29 septembre»).

Each date the translation has and the source has not asks which weekdays of its sentence the
source names, on which side of the release. Asked of every weekday of the unit, and the
weekdays found again for each date, a unit of 3,200 sentences had taken 262 s (t66/hI 6):
here the weekdays are found and their tenses read once, kept by day and by tense in order of
place, and a date's sentence (``sentalign.source_span_at``) is one run of them, looked up
by bisection."""

from __future__ import annotations

import re
from bisect import bisect_left

from transpub.checks.monthdays import weekdays_at
from transpub.checks.tense import Tense, tense_at
from transpub.sentalign import source_span_at

#: a weekday said of a habit, not of a day: "closed on Sundays", "every Friday", "on all
#: Saturdays" (no date gives it)
_HABITUAL_BEFORE = re.compile(r"\b(?:every|each|all|most|some|many)\s+$", re.IGNORECASE)
_PLURAL_DAY = re.compile(r"[A-Za-z]+days\b")
#: the days either side of the release a weekday's date may be, by its clause's tense
_WINDOW: dict[Tense, tuple[int, int]] = {"past": (-6, 0), "future": (0, 6), None: (-6, 6)}


def habitual(source: str, start: int) -> bool:
    return _PLURAL_DAY.match(source, start) is not None or _HABITUAL_BEFORE.search(
        source, max(0, start - 12), start) is not None


class SourceWeekdays:
    """A unit's source weekdays (not habits), with the translation they are paired with."""

    def __init__(self, source: str, source_lang: str, target: str, lang: str) -> None:
        self._texts = source, source_lang, target, lang
        found = sorted((start, day) for start, day in weekdays_at(source, source_lang)
                       if not habitual(source, start))
        self._by_day: dict[int, list[int]] = {}
        for start, day in found:
            self._by_day.setdefault(day, []).append(start)
        self._by_tense: dict[tuple[int, Tense], list[int]] | None = None

    def days_at(self, target_start: int) -> frozenset[int]:
        """The weekdays the source names in the sentences that may be the translation's at
        ``target_start`` (``sentalign.same_sentence_at``)."""
        low, high = source_span_at(*self._texts, target_start)
        return frozenset(day for day, starts in self._by_day.items()
                         if _within(starts, low, high))

    def dated(self, target_start: int, day: int, offset: int) -> bool:
        """Whether a weekday ``day`` of those sentences may be the date ``offset`` days from
        the release, before it or after it as its own clause's verb says (``tense_at``, for
        English only: another language's is either side)."""
        low, high = source_span_at(*self._texts, target_start)
        by_tense = self._tenses()
        return any(_within(by_tense.get((day, tense), []), low, high)
                   for tense, (first, last) in _WINDOW.items() if first <= offset <= last)

    def _tenses(self) -> dict[tuple[int, Tense], list[int]]:
        if self._by_tense is None:
            source, source_lang = self._texts[0], self._texts[1]
            english = source_lang.startswith("en")
            self._by_tense = {}
            for day, starts in self._by_day.items():
                for start in starts:
                    tense = tense_at(source, start) if english else None
                    self._by_tense.setdefault((day, tense), []).append(start)
        return self._by_tense


def _within(starts: list[int], low: int, high: int) -> bool:
    at = bisect_left(starts, low)
    return at < len(starts) and starts[at] < high
