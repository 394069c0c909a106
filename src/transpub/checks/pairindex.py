"""Items filed under keys, for pairing without comparing every pair: the first item a test
accepts among those filed under some keys, items taken out as they are paired.

A check that pairs each of n things with the first of m others that names the same thing
(TP401's addresses, ``markup._address_changed``) compared every pair: O(n×m), 10 s for 800
addresses a side (t64/hJ). Filed under keys every matching pair shares (a page's host and
path, say), each thing looks at the few others filed under its own keys; the test that
decides stays the check's own, so the pairs found are those the full scan found.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable


class PairIndex:
    """The items 0…n-1, each filed under its keys, in order; ``take`` removes one."""

    def __init__(self, keys: Iterable[Iterable[Hashable]]) -> None:
        self._filed: dict[Hashable, list[int]] = {}
        for item, item_keys in enumerate(keys):
            for key in item_keys:
                filed = self._filed.setdefault(key, [])
                if not filed or filed[-1] != item:  # (a key given twice for one item)
                    filed.append(item)
        #: each key's first item not taken (items before it were all taken)
        self._head: dict[Hashable, int] = {}
        self._taken: set[int] = set()

    def filed(self, key: Hashable) -> bool:
        """Is an item not taken filed under ``key``?"""
        return self.first((key,), lambda _item: True) is not None

    def first(self, keys: Iterable[Hashable], accept: Callable[[int], bool]) -> int | None:
        """The first item not taken, filed under one of ``keys``, that ``accept`` accepts: what
        a scan of all items in order would find when every item ``accept`` accepts is filed
        under one of ``keys``."""
        best: int | None = None
        for key in keys:
            filed = self._filed.get(key)
            if not filed:
                continue
            start = self._head.get(key, 0)
            while start < len(filed) and filed[start] in self._taken:
                start += 1  # (each taken item is passed once a key: linear in all)
            self._head[key] = start
            for at in range(start, len(filed)):
                item = filed[at]
                if best is not None and item >= best:
                    break
                if item not in self._taken and accept(item):
                    best = item
                    break
        return best

    def take(self, item: int) -> None:
        self._taken.add(item)
