"""What a whole workspace check keeps of each PO file's entity matrix rows and TP901 names once
the file is done: counts and first occurrences, not the rows themselves.

The files' results arrive out of order (cache hits as they are planned, checked files as the
workers finish), so "first" is by the file's position in the run, then by the row's place in
its file: the same first that one pass over all the rows in file order would see.
"""

from __future__ import annotations

import marshal
from collections import defaultdict
from collections.abc import Iterable, Sequence

from transpub.checkcache import read_back
from transpub.checks.registry import Finding
from transpub.checkstream import Ref, Row, from_row

#: A unit's contribution to the entity matrix: (entity key, source label, language, carried).
Carried = tuple[str, str, str, bool]


class Tally:
    """The entity matrix and TP901's first finding per name, gathered file by file."""

    __slots__ = ("_first", "_labels", "_last", "_missing")

    def __init__(self) -> None:
        self._labels: dict[str, tuple[int, str]] = {}
        self._missing: dict[tuple[str, str], int] = defaultdict(int)
        self._first: dict[str, tuple[int, int, Finding | Row]] = {}
        self._last = -1
        """The highest position absorbed so far."""

    def absorb(self, position: int, carried: Iterable[Carried],
               coverage: Iterable[tuple[str, Finding]] = (),
               lazy: tuple[tuple[str, ...], bytes | Ref] | None = None) -> None:
        """Count the rows of the file at ``position`` (its rows in their order). ``lazy``:
        its TP901 names, and their findings marshalled in the same order, or where those
        are (a cache entry's, ``checkcache.FileResult.coverage_lazy``): read and
        unmarshalled only if one of them is the first of its name so far, and only those
        rows kept."""
        labels, missing, first = self._labels, self._missing, self._first
        if position > self._last:
            # after every file absorbed so far (a re-check's 5,000 cache hits come in order):
            # a key or name already met was met in an earlier file, so only new ones count
            self._last = position
            for key, label, lang, ok in carried:
                if key not in labels:
                    labels[key] = (position, label)
                if not ok:
                    missing[(key, lang)] += 1
            for index, (name, item) in enumerate(coverage):
                if name not in first:
                    first[name] = (position, index, item)
            if lazy is not None:
                fresh = [index for index, name in enumerate(lazy[0]) if name not in first]
                if fresh:
                    rows: tuple[Row, ...] = marshal.loads(read_back(lazy[1]))
                    names = lazy[0]
                    for index in fresh:
                        # (setdefault: a name twice in the file keeps its first)
                        first.setdefault(names[index], (position, index, rows[index]))
            return
        for key, label, lang, ok in carried:
            known = labels.get(key)
            if known is None or known[0] > position:
                labels[key] = (position, label)
            if not ok:
                missing[(key, lang)] += 1
        for index, (name, item) in enumerate(coverage):
            seen = first.get(name)
            if seen is None or seen[0] > position:
                first[name] = (position, index, item)
        if lazy is not None:
            rows_: tuple[Row, ...] | None = None
            for index, name in enumerate(lazy[0]):
                seen = first.get(name)
                if seen is None or seen[0] > position:
                    if rows_ is None:
                        rows_ = marshal.loads(read_back(lazy[1]))
                    first[name] = (position, index, rows_[index])

    def matrix(self, langs: Sequence[str]) -> dict[str, dict[str, str]]:
        """As ``checker._matrix`` makes it from all the rows in file order."""
        matrix: dict[str, dict[str, str]] = {}
        for key in sorted(self._labels):
            row = {"label": self._labels[key][1]}
            for lang in langs:
                count = self._missing.get((key, lang), 0)
                row[lang] = "ok" if not count else f"missing in {count}"
            matrix[key] = row
        return matrix

    def coverage(self) -> list[Finding]:
        """TP901: the first finding of each name, in file order."""
        return [item if isinstance(item, Finding) else from_row(item)
                for _pos, _index, item in sorted(self._first.values(),
                                                 key=lambda v: (v[0], v[1]))]
