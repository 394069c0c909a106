"""A large parallel extract flushes its file system while its releases are written
(``flushing.Flusher``): what it writes is what a serial extract writes, and no thread is left."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from test_extract_fast import _translate_two, _tree, _workspace
from transpub import flushing, fsutil, workspace

from conftest import Cli


def test_an_extract_flushed_while_it_writes_writes_what_a_serial_one_writes(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        monkeypatch: pytest.MonkeyPatch) -> None:
    flushed: list[str] = []  # the name of the thread of each flush
    real = fsutil.sync_filesystems

    def counted(folders: list[object], count: int) -> bool:
        flushed.append(threading.current_thread().name)
        return real(folders, count)  # type: ignore[arg-type]

    monkeypatch.setattr(fsutil, "sync_filesystems", counted)
    monkeypatch.setattr(workspace, "PARALLEL_THRESHOLD", 2)
    monkeypatch.setattr(workspace, "FLUSH_FROM", 2)
    monkeypatch.setattr(flushing, "FLUSH_EVERY", 0.0005)
    serial, parallel = _workspace(tmp_path, "serial"), _workspace(tmp_path, "parallel")
    steps: list[Callable[[Path], None]] = [lambda ws: None, _translate_two]
    for step in steps:
        for ws, jobs in ((serial, "1"), (parallel, "2")):
            step(ws)
            cli_factory(ws)("extract", "--jobs", jobs)
        assert _tree(serial / "locales") == _tree(parallel / "locales")
    # the flusher's (at least one, in the parallel runs) and the commits' own
    assert "transpub-flush" in flushed
    assert threading.current_thread().name in flushed
    assert not [t for t in threading.enumerate() if t.name == "transpub-flush"]


def test_a_small_extract_starts_no_flusher(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[object] = []
    monkeypatch.setattr(workspace, "PARALLEL_THRESHOLD", 2)
    monkeypatch.setattr(workspace, "Flusher", lambda folders: started.append(folders))
    cli_factory(_workspace(tmp_path, "few"))("extract", "--jobs", "2")
    assert not started  # 8 releases, below FLUSH_FROM
