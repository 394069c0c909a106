"""Items paired off once each, looked up by key: the first one not yet taken.

The checks pair a source's numbers, dates and number words with the translation's, each
translation item taken at most once, the first in text order that fits. Scanning the
translation's items for each source item was quadratic in a long unit's items; here they are
indexed by key (a value, a day), and each key's list is read by a pointer that only moves on
past the items taken, so a unit of thousands stays linear.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")


class Untaken:
    """Positions ``0..size-1`` by key (a position may have several keys)."""

    __slots__ = ("_by_key", "_first", "_taken")

    def __init__(self, keyed: Iterable[tuple[Hashable, int]], size: int) -> None:
        self._by_key: dict[Hashable, list[int]] = {}
        for key, position in keyed:
            self._by_key.setdefault(key, []).append(position)
        self._first: dict[Hashable, int] = {}
        self._taken = bytearray(size)

    def earliest(self, keys: Iterable[Hashable]) -> int:
        """The earliest position not taken among those of ``keys``; -1 when there is none."""
        best = -1
        for key in keys:
            positions = self._by_key.get(key)
            if not positions:
                continue
            at = self._first.get(key, 0)
            while at < len(positions) and self._taken[positions[at]]:
                at += 1
            self._first[key] = at
            if at < len(positions) and (best < 0 or positions[at] < best):
                best = positions[at]
        return best

    def take(self, position: int) -> None:
        self._taken[position] = 1

    def taken(self, position: int) -> bool:
        return bool(self._taken[position])

    def left(self, items: Sequence[T]) -> list[T]:
        """``items`` (the positions' own, in order) but the taken."""
        return [item for position, item in enumerate(items) if not self._taken[position]]
