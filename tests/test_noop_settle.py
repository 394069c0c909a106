"""The no-op record's settle loop (``noop.Recorder.save``): a file changed in the clock tick
of the probe is stat'ed again after a later probe, the others once.

A build or extract writes its outputs just before it records the no-op; on a file system
whose clock ticks coarsely, some of them share the probe's tick, and the record waits a few
milliseconds and looks again. It used to stat every file again (8,000 at N = 1000) for the
few that were too fresh — which also made the stat counts of tests/test_extract_ids.py
depend on the timing of the run.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from transpub import noop


def _files(tmp_path: Path, count: int) -> list[str]:
    names = []
    for number in range(count):
        path = tmp_path / "in" / f"f{number}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(str(number))
        os.utime(path, ns=(1_000_000_000, 1_000_000_000))  # long before any probe
        names.append(os.fspath(path))
    # the recorder trusts no file changed (its ctime: the utime above) in the tick of its
    # start: wait until the file system's clock has moved on
    newest = max(Path(name).stat().st_ctime_ns for name in names)
    while (now := noop._probe(tmp_path)) is not None and now[0] <= newest:
        time.sleep(0.002)
    return names


def test_only_the_fresh_files_are_stated_again(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    files = _files(tmp_path, 6)
    recorder = noop.Recorder(tmp_path, "build", "key", files)
    written = files[2]  # the run's own output, written in the probe's tick
    real_probe = noop._probe
    probes: list[tuple[int, int] | None] = []

    def probe(folder: Path) -> tuple[int, int] | None:
        got = real_probe(folder)
        assert got is not None
        if not probes:  # the first probe of the save: as old as the output's change
            os.utime(written, ns=(got[0], got[0]))
        probes.append(got)
        return got

    stated: list[str] = []
    real_row = noop._stat_row

    def row(path: str) -> tuple[int, int, int, int, int]:
        stated.append(path)
        return real_row(path)

    monkeypatch.setattr(noop, "_probe", probe)
    monkeypatch.setattr(noop, "_stat_row", row)
    assert recorder.save({}, files, [], [written], [["print", "done"]])
    # the output was too fresh at least once (the probe's clock may tick coarsely and lag
    # the file's change time by a tick: then twice), then settled
    assert len(probes) >= 2
    # every file stat'ed once, the fresh one again after each later probe
    assert sorted(stated) == sorted([*files, *[written] * (len(probes) - 1)])
    record = json.loads((tmp_path / noop.FOLDER / "noop-build.json").read_text("utf-8"))
    # the record holds the rows of the files as they are now (the fresh one's second stat)
    assert record["stamps"] == noop._digest_rows(files, noop.stamp_array(files))


def test_a_file_still_fresh_after_every_try_records_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = _files(tmp_path, 3)
    recorder = noop.Recorder(tmp_path, "build", "key", files)
    real_probe = noop._probe

    def probe(folder: Path) -> tuple[int, int] | None:
        got = real_probe(folder)
        assert got is not None
        os.utime(files[1], ns=(got[0], got[0]))  # changed again in every probe's tick
        return got

    monkeypatch.setattr(noop, "_probe", probe)
    monkeypatch.setattr(noop, "_SETTLE_SLEEP", 0.0)
    assert not recorder.save({}, files, [], [files[1]], [["print", "done"]])
    assert not (tmp_path / noop.FOLDER / "noop-build.json").exists()
