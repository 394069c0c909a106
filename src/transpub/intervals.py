"""Character spans already taken (dates, addresses, placeholders), asked "does this overlap
one?" in logarithmic time: a linear scan per match made a unit with thousands of dates or
numbers quadratic."""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class Intervals:
    """A set of half-open spans ``[start, end)``, merged as they are added."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._starts, end)  # spans starting before ``end``
        return index > 0 and self._ends[index - 1] > start

    def add(self, start: int, end: int) -> None:
        if end <= start:
            return
        index = bisect.bisect_left(self._starts, end)
        low = bisect.bisect_left(self._ends, start) if index else 0
        # spans low..index-1 touch [start, end): merge them into one (ends stay sorted)
        if low < index:
            start = min(start, self._starts[low])
            end = max(end, self._ends[index - 1])
        self._starts[low:index] = [start]
        self._ends[low:index] = [end]
