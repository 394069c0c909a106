"""The years a translation names from the release's («de este año», «l'an dernier», «今年»),
each tied to the date or month word beside it (TP201)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from collections.abc import Iterable, Mapping

from transpub.datefind import relative_years

#: What may stand between a month or date and the year word after it: «junio de este año»,
#: «juin de l'an dernier», «июня этого года», «يونيو من هذا العام», "June of last year"
_AFTER = re.compile(r"[\s\u00a0]*(?:(?:de|del|of|من)[\s\u00a0]+)?")
#: ... and between the year word and the month after it: «今年6月», «去年的 6 月»
_BEFORE = re.compile(r"[\s\u00a0]*(?:的[\s\u00a0]*)?")
#: The longest such gap, in characters (the slice tested is no longer than this)
_GAP = 8

Owner = tuple[int, int]


class YearWords:
    """A unit's year words, read once (``relative_years`` over the whole translation, then a
    bisection for each date: the reading had been repeated for each date, 74 s to check 2,000
    dates of one unit; t65/hF finding 10). A word names the year of the date or month word it
    stands beside, not of any date of the unit: «mayo de este año … junio del año pasado» for
    "May 2002 … June 2003" swaps the years (t65/hF finding 1). Each word serves one date of
    the source (its ``owner``, the source's span: the days or months of one range or list
    share it, "from May to June 2003" as «de mayo a junio de este año»)."""

    def __init__(self, text: str, lang: str) -> None:
        self._text = text
        self._words = relative_years(text, lang)
        self._starts = [start for _, _, start in self._words]
        self._taken: dict[int, Owner] = {}
        # (the words beside each month's names, by month and year named, in text order: read
        # once, the first not taken by another date dropped as it is met; linear a unit)
        self._by_month: dict[tuple[int, int | None], deque[int]] | None = None

    @property
    def named(self) -> bool:
        """Does the translation name any year so?"""
        return bool(self._words)

    def take(self, start: int, end: int, owner: Owner, offset: int | None) -> str | None:
        """The words of a year word beside the translation's text ``start``..``end`` (a date
        or a month's name) naming the year ``offset`` from the release's (any, where None),
        not yet taken by another date of the source than ``owner``; the word is then taken."""
        for index in self._beside(start, end):
            named, words, _ = self._words[index]
            if offset is not None and named != offset:
                continue
            if self._taken.setdefault(index, owner) == owner:
                return words
        return None

    def take_month(self, months: Iterable[int], owner: Owner, offset: int | None,
                   spans: Mapping[int, list[tuple[int, int]]]) -> str | None:
        """``take`` for the first of the names of ``months`` (``spans``: each month's names in
        the translation, outside its dates) that has a year word beside it."""
        if self._by_month is None:
            self._by_month = {}
            for month, places in sorted(spans.items()):
                for start, end in places:
                    for index in self._beside(start, end):
                        for key in ((month, self._words[index][0]), (month, None)):
                            self._by_month.setdefault(key, deque()).append(index)
        for month in months:
            queue = self._by_month.get((month, offset), deque())
            while queue:
                if self._taken.setdefault(queue[0], owner) == owner:
                    return self._words[queue[0]][1]
                queue.popleft()  # (another date's: never free again)
        return None

    def _beside(self, start: int, end: int) -> list[int]:
        found = []
        after = bisect_left(self._starts, end)
        if after < len(self._words) and self._starts[after] - end <= _GAP and \
                _AFTER.fullmatch(self._text, end, self._starts[after]):
            found.append(after)
        before = bisect_left(self._starts, start) - 1
        if before >= 0:
            _, words, at = self._words[before]
            if 0 <= start - (at + len(words)) <= _GAP and \
                    _BEFORE.fullmatch(self._text, at + len(words), start):
                found.append(before)
        return found
