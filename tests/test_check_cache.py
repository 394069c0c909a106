"""The check cache (``.transpub-cache/``): a cached run reports exactly what an uncached run on
the same inputs reports, after any edits, and a damaged cache never changes a result."""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import transpub.checker
from test_check import INJECTIONS, PO, _edit
from transpub.checkpack import Packs
from transpub.checks.registry import REGISTRY

from conftest import REPO, Cli


def _copy(target: Path) -> Path:
    target.mkdir()
    shutil.copy2(REPO / "transpub.toml", target / "transpub.toml")
    for name in ("source", "locales", "output"):
        shutil.copytree(REPO / name, target / name)
    return target


def _report(cli: Cli, *args: str) -> dict[str, Any]:
    assert cli("check", "--format", "json", *args, expect=None) in (0, 1), cli.err
    return json.loads(cli.out)  # type: ignore[no-any-return]


collection: list[int] = []


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the PO files whose units the per-unit checks really ran on (and, in
    ``collection``, the runs of the collection checks)."""
    calls: list[int] = []
    collection.clear()
    real = transpub.checker.run_checks

    def counted(ctx, units, codes):  # type: ignore[no-untyped-def]
        if any(REGISTRY[code].scope == "unit" for code in codes):  # not the collection pass
            calls.append(1)
        else:
            collection.append(1)
        return real(ctx, units, codes)

    monkeypatch.setattr(transpub.checker, "run_checks", counted)
    summarised = transpub.checker._collection

    def collected(*args):  # type: ignore[no-untyped-def]
        collection.append(1)  # the collection checks from the files' summaries
        return summarised(*args)

    monkeypatch.setattr(transpub.checker, "_collection", collected)
    return calls


def test_a_rerun_reads_the_cache_and_one_edit_rechecks_one_file(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    ws = _copy(tmp_path / "ws")
    cli: Cli = cli_factory(ws)
    first = _report(cli)
    ignore = ws / ".transpub-cache" / ".gitignore"
    assert ignore.read_text().splitlines()[-1] == "*"
    calls = _counting(monkeypatch)
    assert _report(cli) == first
    assert calls == [] and collection == []  # the five files came from the cache
    lang, unit, find, replace, code = INJECTIONS[1]
    _edit(ws / PO.format(lang=lang), unit, find, replace)
    edited = _report(cli)
    assert len(calls) == 1 and len(collection) == 1  # only the edited file was checked again
    assert code in {f["code"] for f in edited["findings"]}
    assert edited == _report(cli, "--no-cache")
    # a whole run keeps one entry per file (all it contributes, keyed by all its inputs, in
    # packs) and one for the collection checks: the edited file's old entry stays only in a
    # pack that holds live ones (until the dead bytes outweigh them: merged)
    folder = ws / ".transpub-cache" / "check"
    assert len(list(folder.rglob("*.json"))) == 1
    with Packs(folder) as packs:
        assert len(packs) == 6
        assert sorted(len(rows) for rows in packs.rows) == [1, 5]


def _entries(folder: Path) -> list[tuple[Path, int, int]]:
    """Every whole-file entry in the folder's packs: (pack, offset, size)."""
    with Packs(folder) as packs:
        return [(Path(packs.packs[number][0]), row[1], row[2])
                for number, rows in enumerate(packs.rows) for row in rows]


def _rewritten(pack: Path, change: Any) -> None:
    """The pack written again, each entry through ``change`` (header dict, sections' bytes ->
    bytes), with an index that checks: only the entries' own digests can tell."""
    from transpub.checkpack import FOOTER, MAGIC, PACK_FORMAT

    data = pack.read_bytes()
    length = int.from_bytes(data[-FOOTER + len(MAGIC):-32], "big")
    _form, rows = marshal.loads(data[-FOOTER - length:-FOOTER])
    out, index = b"", []
    for key, offset, size, *_rest in rows:
        entry = data[offset:offset + size]
        head, _newline, body = entry.partition(b"\n")
        new = change(json.loads(head), body)
        first = new.index(b"\n") + 1
        split = json.loads(new[:first])["split"]
        index.append((key, len(out), len(new), first, *split))
        out += new
    table = marshal.dumps((PACK_FORMAT, tuple(index)))
    pack.write_bytes(out + table + MAGIC + len(table).to_bytes(8, "big")
                     + hashlib.sha256(table).digest())


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty", "payload", "key", "types",
                                    "collection"])
def test_a_damaged_cache_never_changes_a_result(
        tmp_path: Path, cli_factory, damage: str) -> None:  # type: ignore[no-untyped-def]
    ws = _copy(tmp_path / "ws")
    lang, unit, find, replace, _code = INJECTIONS[0]
    _edit(ws / PO.format(lang=lang), unit, find, replace)
    cli: Cli = cli_factory(ws)
    truth = _report(cli, "--no-cache")
    assert truth["findings"]
    assert _report(cli) == truth
    folder = ws / ".transpub-cache" / "check"
    packs = sorted(folder.glob("*.pack"))
    assert packs and _entries(folder)
    for pack in packs:
        data = pack.read_bytes()
        if damage == "truncate":
            pack.write_bytes(data[: len(data) // 2])
        elif damage == "empty":
            pack.write_bytes(b"")
        elif damage == "garbage":  # every entry's bytes, in place: the index still checks
            damaged = bytearray(data)
            for where, offset, size in _entries(folder):
                if where == pack:
                    damaged[offset + size // 3:offset + size] = b"\xff" * (size - size // 3)
            pack.write_bytes(bytes(damaged))
        elif damage in ("payload", "key", "types"):

            def change(header: dict[str, Any], body: bytes, damage: str = damage) -> bytes:
                first = header["split"][0]
                findings = marshal.loads(body[:first])
                if damage == "payload":  # findings dropped, digest left as it was
                    findings = ()
                elif damage == "key":  # another file's entry under this name
                    header["key"] = "0" * 64
                else:
                    findings = ((1, 2, 3),)
                section = marshal.dumps(findings)
                header["split"] = [s - first + len(section) for s in header["split"]]
                return json.dumps(header).encode() + b"\n" + section + body[first:]

            _rewritten(pack, change)
    if damage == "collection":  # the collection checks' entry, a JSON file of its own
        for entry in folder.rglob("*.json"):
            document = json.loads(entry.read_bytes())
            document["payload"]["findings"] = []
            entry.write_bytes(json.dumps(document).encode())
    # the run-level record would replay the report without reading these entries
    shutil.rmtree(ws / ".transpub-cache" / "run")
    assert _report(cli) == truth
    # the damaged packs were replaced (or left for a later run to prune), never trusted
    assert _report(cli, "--format", "json", "--select", "TP1,TP2,TP3,TP4,TP5,TP6,TP7,TP8,TP9") \
        == _report(cli, "--no-cache", "--select", "TP1,TP2,TP3,TP4,TP5,TP6,TP7,TP8,TP9")
    shutil.rmtree(ws / ".transpub-cache" / "run")
    assert _report(cli) == truth


def test_a_pack_cut_or_garbled_at_any_byte_is_ignored_or_its_entry_a_miss(
        tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    """Every prefix of a pack is ignored whole (its footer and index digest no longer
    check); a byte changed anywhere makes the pack ignored (index, footer) or the entry it is
    in a miss (its digest), never another result."""
    from transpub import checkcache
    from transpub.checkpack import FOOTER, _index

    ws = _copy(tmp_path / "ws")
    cli: Cli = cli_factory(ws)
    _report(cli, "--jobs", "1")  # one pack
    folder = ws / ".transpub-cache" / "check"
    (pack,) = folder.glob("*.pack")
    data = pack.read_bytes()
    cut = tmp_path / "cut.pack"
    cut.write_bytes(data)
    fd = os.open(cut, os.O_RDONLY)
    try:
        assert _index(fd, len(data)) is not None
        for size in range(len(data)):  # every prefix: the same file, read as that long
            assert _index(fd, size) is None
    finally:
        os.close(fd)
    entries = _entries(folder)
    with Packs(folder) as packs:
        keys = [row[0] for row in packs.rows[0]]
        good = {key: checkcache.load_file(checkcache.Slot("", key), "fr", "x", packs=packs)
                for key in keys}
    assert all(good.values())
    index_start = max(offset + size for _pack, offset, size in entries)
    positions = sorted({*range(0, len(data), max(1, len(data) // 400)),
                        *range(index_start, len(data)),
                        *(o + d for _p, o, _s in entries for d in (0, 1, 40, 200)),
                        *(o + s - 1 for _p, o, s in entries)})
    damaged = folder / "damaged"
    damaged.mkdir()
    copy = damaged / pack.name
    for position in positions:
        changed = bytearray(data)
        changed[position] ^= 0x5A
        copy.write_bytes(bytes(changed))
        with Packs(damaged) as packs:
            if position >= index_start:
                assert len(packs) == 0, position  # the index or the footer: ignored whole
                continue
            for key in keys:
                got = checkcache.load_file(checkcache.Slot("", key), "fr", "x", packs=packs)
                assert got is None or got == good[key], position
            assert position >= len(data) - FOOTER or any(
                checkcache.load_file(checkcache.Slot("", key), "fr", "x", packs=packs) is None
                for key in keys), position  # the changed entry is a miss


def _wait_for_packs(process: Any, folder: Path, moment: int) -> None:
    """Until the check's workers have written ``moment`` bytes to their temporary packs (or
    the check ended): a moment to kill it at (polled, not slept for: on a quick machine a
    fixed delay came after the whole check had finished)."""
    import time

    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        staged = list(folder.glob(".*.transpub-tmp")) if folder.is_dir() else []
        written = 0
        for pack in staged:
            with contextlib.suppress(OSError):
                written += pack.stat().st_size
        if staged and written >= moment:
            return
        time.sleep(0.001)


def test_a_killed_check_leaves_a_usable_cache(tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    """SIGKILL while the workers append to their packs, at several moments: no pack under
    its final name is half-written, the next run reports what ``--no-cache`` does, and its
    whole run sweeps the killed run's temporary packs."""
    import signal
    import subprocess
    import sys

    ws = _copy(tmp_path / "ws")
    for index in range(len(INJECTIONS)):
        lang, unit, find, replace, _code = INJECTIONS[index]
        with contextlib.suppress(StopIteration):
            _edit(ws / PO.format(lang=lang), unit, find, replace)
    cli: Cli = cli_factory(ws)
    truth = _report(cli, "--no-cache")
    folder = ws / ".transpub-cache" / "check"
    env = {**os.environ, "PYTHONPATH": str(Path(transpub.checker.__file__).parents[1])}
    killed = []
    # the moments: as soon as the workers' temporary packs hold this many bytes (polled, not
    # slept for: on a quick machine a fixed delay came after the whole check had finished)
    for moment in (0, 2_000, 20_000, 60_000):
        shutil.rmtree(ws / ".transpub-cache", ignore_errors=True)
        process = subprocess.Popen(
            [sys.executable, "-m", "transpub", "check", "--jobs", "2", "-o",
             str(tmp_path / "killed.txt")], cwd=ws, env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        _wait_for_packs(process, folder, moment)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        killed.append(process.wait() == -signal.SIGKILL)
        for pack in folder.glob("*.pack") if folder.is_dir() else ():
            with Packs(folder) as packs:
                assert pack.name in {Path(p[0]).name for p in packs.packs}  # complete
        assert _report(cli) == truth
        assert not [p for p in folder.iterdir() if p.name.endswith(".transpub-tmp")]
        assert _report(cli) == truth
    assert any(killed)  # (a run that finished first proves nothing)


def test_two_checks_at_once_leave_a_cache_that_reports_right(
        tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    """Two whole checks of one workspace running together (each writes its packs, commits,
    prunes what it did not use): both report what ``--no-cache`` does, and so do later
    runs, with edits in between."""
    import subprocess
    import sys

    ws = _copy(tmp_path / "ws")
    cli: Cli = cli_factory(ws)
    env = {**os.environ, "PYTHONPATH": str(Path(transpub.checker.__file__).parents[1])}
    for index in range(3):
        lang, unit, find, replace, _code = INJECTIONS[index]
        with contextlib.suppress(StopIteration):
            _edit(ws / PO.format(lang=lang), unit, find, replace)
        truth = _report(cli, "--no-cache")
        shutil.rmtree(ws / ".transpub-cache" / "run", ignore_errors=True)
        runs = [subprocess.Popen(
            [sys.executable, "-m", "transpub", "check", "--format", "json", "--jobs", "2",
             "--select", select, "-o", str(tmp_path / f"at-once-{n}.json")], cwd=ws, env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            for n, select in enumerate(("TP", "TP1,TP2,TP3,TP4,TP5,TP6,TP7,TP8,TP9"))]
        for process in runs:
            _out, err = process.communicate()
            assert process.returncode in (0, 1), err
            assert b"Traceback" not in err
        for n in range(2):
            report = json.loads((tmp_path / f"at-once-{n}.json").read_text())
            assert report["findings"] == truth["findings"]
        shutil.rmtree(ws / ".transpub-cache" / "run", ignore_errors=True)
        assert _report(cli) == truth


def test_packs_of_many_small_runs_are_merged_and_dead_ones_deleted(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import transpub.checkpack

    monkeypatch.setattr(transpub.checkpack, "MAX_PACKS", 4)
    ws = _copy(tmp_path / "ws")
    cli: Cli = cli_factory(ws)
    _report(cli)
    folder = ws / ".transpub-cache" / "check"
    counts = []
    for step in range(8):
        lang, unit, find, replace, _code = INJECTIONS[step % len(INJECTIONS)]
        po_file = ws / PO.format(lang=lang)
        with contextlib.suppress(StopIteration):
            _edit(po_file, unit, find, replace)
        # and one file more of another language each time, so that a pack keeps one live entry
        other = ws / PO.format(lang=("ru", "zh", "es", "ar")[step % 4])
        other.write_bytes(other.read_bytes() + f"\n# edit {step}\n".encode())
        assert _report(cli) == _report(cli, "--no-cache")
        counts.append(len(list(folder.glob("*.pack"))))
        with Packs(folder) as packs:
            # one live entry per file, and dead ones never more than the live (same sizes)
            assert 5 <= len(packs) <= 10
    assert max(counts) <= 4
    assert not [p for p in folder.iterdir() if p.name.endswith(".transpub-tmp")]


def test_the_termbase_and_the_selected_checks_are_part_of_the_key(
        tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    ws = _copy(tmp_path / "ws")
    lang, unit, find, replace, _code = INJECTIONS[0]
    _edit(ws / PO.format(lang=lang), unit, find, replace)
    cli: Cli = cli_factory(ws)
    before = _report(cli)
    termbase = ws / "locales" / "termbase.tbx"
    text = termbase.read_text(encoding="utf-8")
    assert "Воронков" in text
    termbase.write_text(text.replace("Воронков", "Воронкоф"), encoding="utf-8")
    after = _report(cli)
    assert after == _report(cli, "--no-cache")
    assert after["findings"] != before["findings"]  # the edit matters to the result
    assert _report(cli, "--select", "TP2") == _report(cli, "--select", "TP2", "--no-cache")


@settings(max_examples=6, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(range(len(INJECTIONS))), st.booleans()),
                      min_size=1, max_size=4))
def test_cached_equals_uncached_after_any_edits(
        tmp_path_factory: pytest.TempPathFactory, cli_factory,  # type: ignore[no-untyped-def]
        steps: list[tuple[int, bool]]) -> None:
    ws = _copy(tmp_path_factory.mktemp("prop") / "ws")
    cli: Cli = cli_factory(ws)
    _report(cli)
    for index, revert in steps:
        lang, unit, find, replace, _code = INJECTIONS[index]
        po_file = ws / PO.format(lang=lang)
        before = po_file.read_bytes()
        try:
            _edit(po_file, unit, find, replace)
        except StopIteration:  # an earlier step already made this edit
            continue
        assert _report(cli) == _report(cli, "--no-cache")
        if revert:  # back to bytes the cache has seen
            po_file.write_bytes(before)
            assert _report(cli) == _report(cli, "--no-cache")


def test_entries_of_the_per_file_layout_are_pruned_by_the_next_whole_run(
        tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    """A cache of the layout before packs (one file per entry in 256 folders): its entries
    are not read (another format, another key) and the first whole run removes them and their
    emptied folders, leaving the collection checks' entry. (That entry lies in the folder of
    its key's first two digits, a key that depends on the workspace's path: one of 256 runs
    it shared "ab" with the planted entry, whose folder then stayed. Two folders are planted:
    the entry can share at most one.)"""
    ws = _copy(tmp_path / "ws")
    cli: Cli = cli_factory(ws)
    truth = _report(cli, "--no-cache")
    folder = ws / ".transpub-cache" / "check"
    olds = [folder / shard / f"{shard}{'0' * 62}.json" for shard in ("ab", "cd")]
    for old in olds:
        old.parent.mkdir(parents=True)
        old.write_bytes(b'{"format": "transpub-check-file/4 marshal 4", "key": "x"}\n')
    assert _report(cli) == truth
    left = list(folder.rglob("*.json"))
    assert len(left) == 1  # the collection checks' entry
    assert not any(old.exists() for old in olds)
    # each planted folder is gone, but for the one that holds the collection checks' entry
    assert [old.parent.name for old in olds if old.parent.exists()] in (
        [], [left[0].parent.name])
    with Packs(folder) as packs:
        assert len(packs) == 5


def test_prune_goes_on_when_another_check_pruned_a_folder_first(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two checks of one workspace prune at once: a folder of entries the other removed
    between this prune's listing and its look inside is skipped, and the rest is pruned (it
    stopped the check with "check/3e: No such file or directory", exit 2)."""
    import transpub.checkcache as checkcache

    folder = tmp_path / "check"
    for shard in ("3e", "4f"):
        (folder / shard).mkdir(parents=True)
        (folder / shard / f"{shard}old.json").write_text("{}")
    real_scandir = os.scandir

    def racing(path: Any) -> Any:
        if str(path).endswith("3e"):
            shutil.rmtree(path)  # the other check got there between the listing and here
        return real_scandir(path)

    monkeypatch.setattr(checkcache.os, "scandir", racing)
    checkcache.prune(folder, set())
    assert sorted(p.name for p in folder.iterdir()) == []


def test_a_check_worker_dies_at_once_on_sigterm() -> None:
    """The check's workers do not inherit the main process's SIGTERM handler (SystemExit):
    a worker that caught that exception while sending its result sent it again into a pipe
    nobody read, and the main process waited for it for ever (seen with ``timeout 20``)."""
    import signal

    from transpub.checker import _start_pool, _stop_pool
    from transpub.cli import _terminate_cleanly
    from transpub.termbase import Termbase

    with _terminate_cleanly():
        assert callable(signal.getsignal(signal.SIGTERM))  # the handler the workers had
        pool = _start_pool(Termbase(()), set(), "en", 1, None)
        try:
            in_worker = pool.submit(signal.getsignal, signal.SIGTERM).result(timeout=60)
        finally:
            _stop_pool(pool)
    assert in_worker == signal.SIG_DFL


def test_a_check_terminated_mid_run_ends_and_leaves_a_usable_cache(
        tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    """SIGTERM to the whole process group (as GNU ``timeout`` and CI runners send it) while
    the workers write their packs: the check ends at once with 143, no worker is left, and
    the next run reports what ``--no-cache`` does."""
    import signal
    import subprocess
    import sys
    import time

    ws = _copy(tmp_path / "ws")
    cli: Cli = cli_factory(ws)
    truth = _report(cli, "--no-cache")
    folder = ws / ".transpub-cache" / "check"
    env = {**os.environ, "PYTHONPATH": str(Path(transpub.checker.__file__).parents[1])}
    ended = []
    for moment in (0, 5_000, 40_000):
        shutil.rmtree(ws / ".transpub-cache", ignore_errors=True)
        process = subprocess.Popen(
            [sys.executable, "-m", "transpub", "check", "--jobs", "2", "-o",
             str(tmp_path / "terminated.txt")], cwd=ws, env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        _wait_for_packs(process, folder, moment)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            code = process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            raise AssertionError(f"the check hung after SIGTERM (moment {moment})") from None
        ended.append(code in (128 + signal.SIGTERM, -signal.SIGTERM))
        assert code in (0, 1, 128 + signal.SIGTERM, -signal.SIGTERM)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.killpg(process.pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)
        else:
            raise AssertionError("worker processes outlived the terminated check")
        assert _report(cli) == truth
        assert not [p for p in folder.iterdir() if p.name.endswith(".transpub-tmp")]
    assert any(ended)  # (a run that finished first proves nothing)
