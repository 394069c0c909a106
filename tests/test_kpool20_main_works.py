"""A parallel check's main process is one of its workers (``checker._parallel``): ``--jobs 2``
forks one worker process, the main process checks chunks itself while that worker's oldest
result is not in, and the results still go out in the batches' order; a worker that dies
still stops the run with one line, leaving the report as it was."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import transpub.checker
from test_check_whole import _workspace, small_chunks  # noqa: F401 (a fixture)
from transpub.checker import _Batch, _parallel
from transpub.termbase import Termbase

from conftest import Cli


def _where_checked(chunk: list[_Batch]) -> Iterator[Any]:
    """Each batch's label and the process that checked it (a few ms of work each, so that
    the main process finds the worker's result not in yet, now and then)."""
    for batch in chunk:
        time.sleep(0.004)
        yield batch.label, os.getpid()


def test_the_main_process_checks_chunks_beside_one_worker_and_keeps_the_order(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transpub.checker, "_checked", _where_checked)
    monkeypatch.setattr(transpub.checker, "CHUNK", 2)
    labels = [str(n) for n in range(400)]
    batches = [_Batch(Path(f"{label}.po"), label, "fr") for label in labels]
    out: list[Any] = list(_parallel(iter(batches), Termbase(()), set(), "en", 2))
    assert [label for label, _pid in out] == labels
    by = {pid for _label, pid in out}
    assert len(by) == 2 and os.getpid() in by  # the main process and one worker
    mine = sum(pid == os.getpid() for _label, pid in out)
    assert 0 < mine < len(out)


def test_a_worker_that_dies_stops_the_check_with_one_line_and_no_report(
        tmp_path: Path, cli_factory, small_chunks: None,  # type: ignore[no-untyped-def]  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    main = os.getpid()
    real = transpub.checker._checked

    def dying(chunk: list[_Batch]) -> Iterator[Any]:
        if os.getpid() != main:
            os._exit(1)  # (a worker killed by the system)
        return real(chunk)

    monkeypatch.setattr(transpub.checker, "_checked", dying)
    ws = _workspace(tmp_path)
    report = ws / "report.txt"
    report.write_text("before\n", encoding="utf-8")
    cli: Cli = cli_factory(ws)
    assert cli("check", "--jobs", "2", "--no-cache", "-o", "report.txt", expect=None) == 3
    assert cli.err.startswith("transpub: error: internal error: BrokenProcessPool")
    assert cli.err.count("\n") == 1 and "Traceback" not in cli.err
    assert report.read_text(encoding="utf-8") == "before\n"


def test_the_main_process_lets_go_of_the_parsers_memos_after_its_last_chunk(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from test_checkunit13_patterns import _BUILDERS, _UNIT_CODES, _forget
    from test_kmem19_warm import _held

    monkeypatch.setattr(transpub.checker, "_checked", _where_checked)
    batches = [_Batch(Path(f"{n}.po"), str(n), "fr") for n in range(40)]
    _forget()
    try:
        results = _parallel(iter(batches), Termbase(()), set(_UNIT_CODES), "en", 2)
        first = next(results)
        held = _held(_BUILDERS)  # (warmed before the fork, for the main process too)
        rest = list(results)
        after = _held(_BUILDERS)
    finally:
        _forget()
    assert len([first, *rest]) == len(batches)
    assert held and after == {}


def test_a_serial_check_keeps_the_main_process_s_signal_handlers(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A check run in the main process (``--jobs 1``, or too few files for workers) still
    stops on Ctrl-C and cleans up on SIGTERM: it used to take a pool worker's handlers
    (SIGINT ignored, SIGTERM the default) and the parent-death signal for its own."""
    import signal

    from transpub.checker import _run_all

    seen: list[Any] = []

    def checked(chunk: list[_Batch]) -> Iterator[Any]:
        seen.append((signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)))
        return iter([batch.label for batch in chunk])

    monkeypatch.setattr(transpub.checker, "_checked", checked)
    before = (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM))
    batches = [_Batch(Path(f"{n}.po"), str(n), "fr") for n in range(3)]
    out: list[Any] = _run_all(batches, Termbase(()), set(), "en", 1)
    assert out == ["0", "1", "2"]
    assert seen == [before]
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == before
    assert before[0] is not signal.SIG_IGN
