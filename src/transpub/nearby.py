"""The places of a list nearest to one, those used left out, found without walking over the
used ones again and again (each is passed over once: its neighbours remember past it).

Extract's merge seeks an edited sentence's old one among its paragraph's unused entries
(``catalog._similar``); in a paragraph of thousands of sentences it looks only at the nearest
ones to where the sentence stands, and the entries used before it (exact matches, sentences
already paired) would otherwise be walked over by every sentence after them.
"""

from __future__ import annotations

from collections.abc import Callable


class Nearby:
    """Places 0…size-1; ``used(place)`` once true stays true (entries are never given back)."""

    __slots__ = ("_left", "_right", "_size", "_used")

    def __init__(self, size: int, used: Callable[[int], bool]) -> None:
        self._size = size
        self._used = used
        #: each place's next candidate to the right (``size``: none) and to the left (-1)
        self._right = list(range(size))
        self._left = list(range(size))

    def _unused(self, place: int, links: list[int], step: int) -> int:
        """The first place from ``place`` on, ``step`` by step, not used (-1 or ``size``)."""
        passed = []
        while 0 <= place < self._size:
            link = links[place]
            if link == place:
                if not self._used(place):
                    break
                link = place + step
            passed.append(place)
            place = link
        for at in passed:  # (each used place passed once: it links past them now)
            links[at] = place
        return place

    def around(self, center: int, count: int) -> list[int]:
        """The ``count`` unused places nearest to ``center`` (the nearer side first, the right
        on a tie), in order."""
        center = min(max(center, 0), self._size - 1) if self._size else 0
        left = self._unused(center - 1, self._left, -1)
        right = self._unused(center, self._right, 1)
        found: list[int] = []
        while len(found) < count and (left >= 0 or right < self._size):
            if right < self._size and (left < 0 or right - center <= center - left):
                found.append(right)
                right = self._unused(right + 1, self._right, 1)
            else:
                found.append(left)
                left = self._unused(left - 1, self._left, -1)
        return sorted(found)
