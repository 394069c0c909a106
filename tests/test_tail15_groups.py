"""TP701/TP702's groups counted as each file's result arrives (issue 13, tail15).

``checkstream.Groups`` counts the rows of each group in two saturating tables, which
``Groups.files`` reads to pass over the rows alone in their group. A whole check that will
compare every group now counts each file as its result arrives (``Groups.count``, called by
``checkwhole``'s ``stage`` while the workers run) instead of every file after them: the flags,
rows and findings must be those of counting every file at once, whatever the order files are
added and counted in, and with a file added again; a one-file re-check, which patches the
groups (``checkpatch.patch``), must not count at all.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

import transpub.checkstream
from test_check_patch import SECOND, _po, _report, _set
from test_check_whole import _workspace
from test_checkfile13_collection import _compared, _files
from transpub import checkpatch
from transpub.checks.consistency import inconsistent, shared
from transpub.checkstream import Groups, usables_of

from conftest import Cli


def _rows(records: list[list[object]]) -> list[list[tuple[object, ...]]]:
    return [[tuple(r[2:]) for r in recs] for recs in records]  # type: ignore[index]


def _files_of(groups: Groups, count: int) -> list[tuple[object, ...]]:
    return [(lang, at, list(rows), bytes(same), bytes(shares))
            for lang, at, rows, same, shares in groups.files(range(count))]


def test_counted_as_they_come_is_counted_at_once() -> None:
    for seed in range(150):
        rng = random.Random(seed)
        files = _files(seed)
        records = _compared(files)
        rows = _rows(records)  # type: ignore[arg-type]
        langs = [lang for lang, _label, _units in files]
        labels = [label for _lang, label, _units in files]
        size = rng.choice([1, len(files) * 40])
        at_once = Groups(size)
        for position, (lang, file_rows) in enumerate(zip(langs, rows, strict=True)):
            at_once.add(position, lang, usables_of(file_rows))
        expected = _files_of(at_once, len(files))
        # in any order, counted after some of the adds, one file added twice (first with
        # another file's rows, then its own)
        ahead = Groups(size)
        order = list(range(len(files)))
        rng.shuffle(order)
        again = rng.choice(order)
        # (a file without rows is not added: added again without rows, it keeps its first)
        if rng.random() < 0.5 and len(files) > 1 and rows[again]:
            other = rows[(again + 1) % len(files)]
            ahead.add(again, langs[again], usables_of(other))
            if rng.random() < 0.5:
                ahead.count()
        for position in order:
            ahead.add(position, langs[position], usables_of(rows[position]))
            if rng.random() < 0.6:
                ahead.count()
        assert _files_of(ahead, len(files)) == expected, seed
        # and those flags are right: a row whose group holds another is flagged (a lone row
        # may be too, its table slot shared by chance), a row TP702 does not compare is not
        sources = Counter((lang, r[5], r[4]) for lang, rs in zip(langs, rows, strict=True)
                          for r in rs)
        targets = Counter((lang, r[6]) for lang, rs in zip(langs, rows, strict=True)
                          for r in rs if r[8])
        for lang, _at, file_rows, same, shares in expected:
            for row, one, other in zip(file_rows, same, shares, strict=True):  # type: ignore[call-overload]
                assert one or sources[(lang, row[5], row[4])] < 2
                assert other or not row[8] or targets[(lang, row[6])] < 2
                assert not other or row[8]
        flat = [r for recs in records for r in recs]
        of_tp701, of_tp702 = checkpatch.compare_all(ahead, labels, True, True)
        assert [k[3] for k in of_tp701] == list(inconsistent(flat))
        assert [k[3] for k in of_tp702] == list(shared(flat))
        at_once.clear()
        ahead.clear()


def test_a_whole_check_counts_as_results_arrive_a_one_file_recheck_never(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[int] = []
    original = Groups.count

    def spy(self: Groups) -> None:
        calls.append(len(self._pending))
        original(self)

    monkeypatch.setattr(transpub.checkstream.Groups, "count", spy)
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    fresh = _report(cli)
    assert checkpatch.last.get("how") == "compared"
    assert len(calls) >= 10  # one per file checked (the workspace has 15)
    assert fresh == _report(cli, "--no-cache")
    calls.clear()
    _set(_po(ws, "fr", SECOND), 2, "Une tout autre traduction de cette phrase.")
    checkpatch.last.clear()
    edited = _report(cli)
    assert checkpatch.last.get("how") == "patched"
    assert calls == []
    assert edited == _report(cli, "--no-cache")


def test_a_counted_file_keeps_its_slots_not_its_keys_and_is_held_alike() -> None:
    """Once counted, a file's place holds its rows' slots in place of their keys (one array a
    file: ~2 MB of a whole check's main process at N = 1000), and ``holding`` finds in it
    the rows it found by the keys (a slot shared by chance only tests a row more)."""
    for seed in range(120):
        rng = random.Random(seed)
        files = _files(seed)
        rows = _rows(_compared(files))  # type: ignore[arg-type]
        langs = [lang for lang, _label, _units in files]
        size = rng.choice([1, len(files) * 40])  # (1: the smallest table, many shared slots)
        groups = Groups(size)
        for position, (lang, file_rows) in enumerate(zip(langs, rows, strict=True)):
            groups.add(position, lang, usables_of(file_rows))
        every = [(lang, r) for lang, rs in zip(langs, rows, strict=True) for r in rs]
        wanted = [{(lang, r[5], r[4]) for lang, r in every if rng.random() < 0.3},
                  {(lang, r[6]) for lang, r in every if r[8] and rng.random() < 0.3}]
        wanted[0] |= {(langs[0] if langs else "fr", "0" * 64, None)}  # (a group of no row)
        by_keys = list(groups.holding(*wanted))
        keys = {at: place[3] for at, place in groups._places.items()}
        groups.count()
        for at, place in groups._places.items():
            assert place[3] == groups._slots_of(place[0], keys[at]), seed
            assert place[3] is not keys[at] and place[3].typecode == "I"
        assert list(groups.holding(*wanted)) == by_keys, seed
        # a file added again after the count: its keys again, the others' slots kept
        if rows and rows[0]:
            groups.add(0, langs[0], usables_of(rows[0]))
            assert list(groups.holding(*wanted)) == by_keys, seed
            groups.count()
            assert list(groups.holding(*wanted)) == by_keys, seed
        groups.clear()
