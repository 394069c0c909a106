"""The no-op record's ``known`` stats and the lazy views beside it are asked whether they are
empty once, not per file.

``noop.stamp_array`` took ``known.get(path) if known else None`` for each of the 8,000 files
a build of 1,000 releases records; the build's ``known`` is ``builder._Stamps``, a view of its
stat memo whose truth Python takes from ``__len__``, which walks the memo: 8,000 × 7,000
steps, a full build at N = 1000 from 4 s to 17 s (the eighteenth round's merge; the
benchmark found it). The views with a walking ``__len__`` now answer ``bool`` from their first
item, and ``stamp_array`` asks ``known`` nothing but ``get``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from transpub import noop
from transpub.builder import _Stamps
from transpub.checkindex import Index
from transpub.cli import _Written
from transpub.statmemo import StatMemo


class _Counting(Mapping[str, tuple[int, int, int, int, int]]):
    def __init__(self, rows: dict[str, tuple[int, int, int, int, int]]) -> None:
        self.rows, self.lens, self.iters = rows, 0, 0

    def __getitem__(self, key: str) -> tuple[int, int, int, int, int]:
        return self.rows[key]

    def __iter__(self) -> Iterator[str]:
        self.iters += 1
        return iter(self.rows)

    def __len__(self) -> int:
        self.lens += 1
        return len(self.rows)


def test_stamp_array_walks_known_at_most_once(tmp_path: Path) -> None:
    files = []
    for number in range(50):
        path = tmp_path / f"f{number}"
        path.write_text(str(number))
        files.append(str(path))
    known = _Counting({files[3]: (1, 2, 3, 4, 5)})
    rows = noop.stamp_array(files, known)
    assert known.lens + known.iters <= 1
    assert list(rows[15:20]) == [1, 2, 3, 4, 5]  # the known row taken as it is
    assert list(rows[:5]) == list(noop._stat_row(files[0]))  # the others stat'ed
    assert noop.stamp_array(files, None) == noop.stamp_array(files, _Counting({}))


def test_the_views_truth_is_their_contents(tmp_path: Path) -> None:
    memo = StatMemo(None)
    assert not _Stamps(memo)
    memo.entries["sha256:/a"] = [1, 2, 3, 4, 5, "digest"]
    assert not _Stamps(memo)  # in the memo, not seen by this run
    memo.seen.add("sha256:/a")
    assert _Stamps(memo) and list(_Stamps(memo)) == ["/a"]

    assert not _Written("locales", ["fr"], {}, [])
    assert _Written("locales", ["fr"], {"r1": 0b10}, [])
    assert list(_Written("locales", ["fr"], {"r1": 0b10}, [])) == ["locales/fr/LC_MESSAGES/r1.po"]
    assert _Written("locales", ["fr"], {}, ["x"])

    assert bool(Index({})) is False
    assert bool(Index({"/b": b"short"})) is False  # a row without its digest: not in it
