"""What a whole check's main process holds (issue 13, the check's memory): the run record's
scan of every input in one bytes object a file (``checkindex``), TP701/TP702's tables made
only when counted, the files' results kept as their label, key and count. Each must give what
the plain form gave: the index and digests read back as the dicts they replace, a record
written with them replays and vouches as before, and the reports stay those of a check that
keeps everything (``checker.STREAM`` off) and of ``--no-cache``."""

from __future__ import annotations

import hashlib
import json
import os
import random
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import transpub.checker
import transpub.statmemo
from test_check import INJECTIONS, PO, _edit
from test_check_whole import _workspace
from transpub import checkreplay
from transpub.checkindex import Inputs, plain
from transpub.checkstream import Groups
from transpub.statmemo import stamp

from conftest import Cli

_FIELD = st.integers(min_value=-(1 << 63), max_value=(1 << 63) - 1)
_UFIELD = st.integers(min_value=0, max_value=(1 << 64) - 1)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.text(min_size=1, max_size=12),
                          st.one_of(st.binary(min_size=32, max_size=32).map(bytes.hex),
                                    st.text(max_size=70)),
                          st.none() | st.tuples(_FIELD, _FIELD, _FIELD, _UFIELD, _UFIELD)
                          | st.tuples(st.integers(), st.integers(), st.integers(),
                                      st.integers(), st.integers())),
                max_size=30))
@example([("capitals", "AB" * 32, (1, 2, 3, 4, 5)), ("spaced", "ab" * 31 + "  ", (1, 2, 3, 4, 5)),
          ("spaced, no stat", "ab" * 31 + "  ", None)])
def test_the_compact_index_reads_back_as_the_dicts_it_replaces(
        puts: list[tuple[str, str, tuple[int, ...] | None]]) -> None:
    """Put as ``_Scanner._file`` did (``index[name] = [*sig, sha]`` when its stat vouches,
    ``shas[name] = sha``): the same mappings come back, but for rows the packed form cannot
    hold (a stat field out of range, a digest that is not 64 hex digits: a damaged record's),
    which are left out of the index (the file is hashed again next time) and never wrong."""
    inputs = Inputs()
    index: dict[str, list[Any]] = {}
    shas: dict[str, str] = {}
    for name, sha, sig in puts:
        inputs.put(name, sha, sig)
        shas[name] = sha
        index.pop(name, None)
        if sig is not None:
            index[name] = [*sig, sha]
    assert dict(inputs.shas) == shas
    assert dict(inputs.shas.items()) == shas and len(inputs.shas) == len(shas)
    for name in shas:
        assert inputs.shas.get(name) == shas[name] and name in inputs.shas
    kept = plain(inputs.index)
    assert kept == dict(inputs.index.items())
    for name, row in index.items():
        packable = len(row[5]) == 64 and all(c in "0123456789abcdef" for c in row[5]) \
            and all(-(1 << 63) <= v < (1 << 63) for v in row[:3]) \
            and all(0 <= v < (1 << 64) for v in row[3:5])
        if packable:
            assert kept[name] == row
            assert inputs.index.get(name) == kept[name] and name in inputs.index
        else:
            assert name not in kept and inputs.index.get(name) is None
    assert set(kept) <= set(index)
    assert inputs.index.get("never put") is None and "never put" not in inputs.shas
    with pytest.raises(KeyError):
        inputs.shas["never put"]


def test_the_scan_of_real_files_is_what_hashing_them_gives(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The scanner's compact rows hold each file's stat and SHA-256, and the record marshals
    them as the plain index it always wrote."""
    monkeypatch.setattr(transpub.statmemo, "RACY_NS", 0)  # files just written are vouched for
    files = []
    for number in range(20):
        path = tmp_path / f"f{number}.txt"
        path.write_bytes(os.urandom(random.randrange(0, 3000)))
        files.append(str(path))
    scanner = checkreplay._Scanner({})
    scanner.digest(checkreplay.Watch(files, [str(tmp_path)], []))
    for name in files:
        sha = hashlib.sha256(Path(name).read_bytes()).hexdigest()
        assert scanner.shas[name] == sha
        st_ = Path(name).stat()
        assert scanner.index[name] == [*stamp(st_), sha]
    # the next scan trusts those rows: nothing hashed again
    again = checkreplay._Scanner(plain(scanner.index))
    again.digest(checkreplay.Watch(files, [str(tmp_path)], []))
    assert again.hashed == 0 and dict(again.shas) == dict(scanner.shas)


def test_the_groups_tables_are_made_only_when_counted() -> None:
    """A whole check makes its TP701/TP702 groups before it forks its workers: 4 MB of
    tables made then would be resident in every worker too."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        groups = Groups(5000 * 40)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held < 64 * 1024, held
    assert list(groups.rows(range(3))) == []  # counted (empty): the tables made then


def _report(cli: Cli, *args: str) -> str:
    cli("check", *args, expect=None)
    return cli.out


def test_a_check_keeping_little_reports_what_one_keeping_everything_reports(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The streamed check keeps of each file's result only its label, key, count and
    suppressions (``checkwhole._kept``): fresh, cached, after an edit, in parallel and not,
    its reports are those of the check that holds every result (``STREAM`` off) and of
    ``--no-cache``."""
    monkeypatch.setattr(transpub.checker, "CHUNK", 1)
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    for step in range(3):
        if step == 2:
            _edit(ws / PO.format(lang=INJECTIONS[4][0]), *INJECTIONS[4][1:4])
        monkeypatch.setattr(transpub.checker, "STREAM", False)
        held = _report(cli, "--no-cache", "--format", "json", "--jobs", "1")
        monkeypatch.setattr(transpub.checker, "STREAM", True)
        for jobs in ("1", "2"):
            assert _report(cli, "--format", "json", "--jobs", jobs) == held, (step, jobs)
            assert _report(cli, "--no-cache", "--format", "json", "--jobs", jobs) == held
        assert json.loads(held)["findings"]



#: The scan a test's pool worker is asked about (``_held_in_worker``), as the main process
#: holds it: the compact form and a plain dict.
_SCAN: list[Any] = []


def _held_in_worker() -> tuple[int, int, int]:
    inputs, digests = _SCAN
    return len(inputs.shas), len(inputs.index), len(digests)


def test_a_forked_worker_lets_go_of_the_scan_and_the_main_process_keeps_it() -> None:
    """The run record's scan (16,000 rows at N = 1000) is never read by a worker: each one
    lets go of the copy it inherited as it starts (its pages are then reused by its own
    objects); the main process's copy is untouched."""
    from transpub.checker import _INHERITED, _start_pool, _stop_pool
    from transpub.termbase import Termbase

    inputs = Inputs()
    for number in range(50):
        inputs.put(f"/w/f{number}.po", hashlib.sha256(b"%d" % number).hexdigest(),
                   (number, 2, 3, 4, 5))
    digests = {"/w/a.po": "ab" * 32}
    _SCAN[:] = [inputs, digests]
    _INHERITED[:] = [inputs.shas, inputs.index, digests]
    try:
        pool = _start_pool(Termbase(()), set(), "en", 1, None)
        try:
            in_worker = pool.submit(_held_in_worker).result(timeout=60)
        finally:
            _stop_pool(pool)
    finally:
        _INHERITED.clear()
        _SCAN.clear()
    assert in_worker == (0, 0, 0)
    assert len(inputs.shas) == 50 and len(inputs.index) == 50
    assert digests == {"/w/a.po": "ab" * 32}


_ONE_UNIT = ('msgid ""\nmsgstr ""\n"Language: fr\\n"\n'
             '"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
             'msgctxt "p1.s1"\nmsgid "Unit N, 3 May 2024."\nmsgstr "Unité N, 3 mai 2024."\n')


def test_a_sink_takes_the_results_and_the_run_holds_none(tmp_path: Path) -> None:
    """``_run_all`` with a sink (a whole check) hands each result on in order and keeps none
    of them itself (it held every unpickled result, ~8 MB at N = 1000, while the sink kept
    a few fields of each); without one it returns them all, in order."""
    from transpub.checker import _Batch, _run_all
    from transpub.termbase import Termbase

    files = []
    for number in range(3):
        path = tmp_path / f"r{number}.po"
        path.write_text(_ONE_UNIT.replace("N", str(number)), encoding="utf-8")
        files.append(path)
    batches = [_Batch(path, path.name, "fr") for path in files]
    seen: list[tuple[int, str]] = []
    kept = _run_all(batches, Termbase(()), set(), "en", 1,
                    sink=lambda at, result: seen.append((at, result.label)))
    assert kept == []
    assert seen == [(at, path.name) for at, path in enumerate(files)]
    assert [r.label for r in _run_all(batches, Termbase(()), set(), "en", 1)] == \
        [path.name for path in files]


_OFFSET = st.integers(min_value=0, max_value=(1 << 63) - 1)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.binary(min_size=32, max_size=32).map(bytes.hex),
                                    st.text(max_size=70)),
                          _OFFSET, _OFFSET, _OFFSET, _OFFSET, _OFFSET, _OFFSET), max_size=20))
@example([("AB" * 32, 1, 2, 3, 4, 5, 6), ("ab" * 31 + "  ", 0, 0, 0, 0, 0, 0),
          ("00" * 32, 7, 8, 9, 10, 11, 12)])
def test_the_adopted_pack_rows_read_back_as_they_were_given(
        rows: list[tuple[str, int, int, int, int, int, int]]) -> None:
    """The main process holds the rows of the entries the workers staged packed
    (``checkcache.Adopted``) until it seals their packs: the index it writes must be the one
    the rows themselves give (any key, a digest or not)."""
    from transpub.checkcache import Adopted

    adopted = Adopted()
    for row in rows:
        adopted.append(row)
    assert len(adopted) == len(rows)
    assert adopted.rows() == rows
