"""An extract run as the program (``main()`` reading the command line) ends without Python's
finalization (``cli._end_now``): what it prints on a pipe, its exit code and the files it
leaves are those of the same command run through ``main(argv)``, which returns as before --
fresh (two processes), with nothing to do (the recorded no-op) and failing."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, cast

import pytest

from transpub import cli as cli_module
from transpub.catalog import pot_path
from transpub.cli import _extract_ops
from transpub.config import Settings
from transpub.noop import Ops, Recorder
from transpub.workspace import EXTRACT_CACHE, ExtractResult, source_files

from conftest import SLUG, Cli, copy_sample

#: More releases than ``workspace.PARALLEL_THRESHOLD``: the run forks its worker.
COUNT = 17
#: Printed by an exit handler: only when the interpreter finalizes.
MARK = "finalized"


def _workspace(root: Path) -> Path:
    root.mkdir()
    ws = copy_sample(root)
    sample = (ws / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
    for index in range(COUNT):
        slug = f"r{index:02d}-{SLUG}"
        (ws / "source" / f"{slug}.xml").write_text(
            sample.replace(f'id="{SLUG}"', f'id="{slug}"').replace(
                "Strategic Dialogue", f"Strategic Dialogue {index}", 1), encoding="utf-8")
    return ws


def _run(ws: Path, *args: str, program: bool) -> subprocess.CompletedProcess[str]:
    """``main()`` with the command line in ``sys.argv`` (the program), or ``main(argv)``;
    standard output and error are pipes (block-buffered)."""
    call = "main()" if program else f"main({list(args)!r})"
    code = ("import atexit, sys\n"
            f"atexit.register(lambda: sys.stderr.write({MARK!r} + chr(10)))\n"
            "from transpub.cli import main\n"
            f"sys.argv = ['transpub', *{list(args)!r}]\n"
            f"sys.exit({call})\n")
    # the transpub under test (a relative PYTHONPATH would not hold in the workspace)
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "COLUMNS": "100",
           "PYTHONPATH": str(Path(cli_module.__file__).resolve().parents[1])}
    return subprocess.run([sys.executable, "-c", code], cwd=ws, env=env, text=True,
                          capture_output=True, check=False)


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_an_extract_ends_at_once_with_everything_printed_and_written(tmp_path: Path) -> None:
    program, caller = _workspace(tmp_path / "program"), _workspace(tmp_path / "caller")
    for args in (("extract", "--jobs", "2"), ("extract",)):  # fresh, then nothing to do
        fast = _run(program, *args, program=True)
        slow = _run(caller, *args, program=False)
        assert fast.returncode == slow.returncode == 0, fast.stderr + slow.stderr
        assert fast.stdout == slow.stdout and "release(s)" in fast.stdout
        assert MARK not in fast.stderr and MARK in slow.stderr  # (the one difference)
        assert fast.stderr == slow.stderr.replace(MARK + "\n", "")
        assert _tree(program / "locales") == _tree(caller / "locales")
    assert len(_tree(program / "locales")) > COUNT * 7


def test_a_failed_extract_ends_with_its_error_and_code(tmp_path: Path) -> None:
    program, caller = _workspace(tmp_path / "program"), _workspace(tmp_path / "caller")
    for ws in (program, caller):
        (ws / "source" / f"r03-{SLUG}.xml").write_text("<release", encoding="utf-8")
    fast = _run(program, "extract", program=True)
    slow = _run(caller, "extract", program=False)
    assert fast.returncode == slow.returncode != 0
    assert fast.stdout == slow.stdout
    assert f"r03-{SLUG}.xml" in fast.stderr
    assert fast.stderr == slow.stderr.replace(MARK + "\n", "")
    assert _tree(program / "locales") == _tree(caller / "locales")
    assert not list((program / "locales").rglob("r0*"))  # nothing of the failed run


def test_a_command_passed_its_arguments_returns() -> None:
    """``main(argv)`` (the tests, a caller's program) always returns its code."""
    from transpub.cli import main

    assert main(["-C", "/nonexistent/workspace", "extract"]) == 2


def _old_record_arguments(settings: Settings,
                          results: Sequence[ExtractResult]) -> tuple[set[str], Ops]:
    """What ``_record_extract`` gave the no-op record before it worked on strings: the files
    the run wrote (``fspath`` of each result's paths) and the lines of an extract that
    skips every source (``source_files``' results, each with its POT)."""
    cache = settings.root / EXTRACT_CACHE
    written = {os.fspath(r.template) for r in results if r.template_written}
    written |= {os.fspath(m.path) for r in results for m in r.merges if m.written}
    written |= {os.fspath(cache), os.fspath(cache.parent / ".gitignore")}
    quiet = [ExtractResult(pot_path(settings.locales_dir, p.stem), False, unchanged=True)
             for p in source_files(settings)]
    return written, _extract_ops(quiet, False)


class _Spy:
    """A no-op recorder's stand-in: keeps what ``save`` is given, then saves."""

    def __init__(self, recorder: Recorder, expected: tuple[set[str], Ops],
                 seen: list[tuple[set[str], Ops, set[str], Ops]]) -> None:
        self.recorder, self.expected, self.seen = recorder, expected, seen

    def save(self, layout: Mapping[str, Any], files: list[str], folders: list[str],
             written: list[str], ops: Ops, **kwargs: Any) -> bool:
        self.seen.append((set(written), ops, *self.expected))
        return self.recorder.save(layout, files, folders, written, ops, **kwargs)


def test_the_noop_record_names_what_the_run_wrote(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The record's written files and lines, from strings, are those made from the results'
    paths: fresh, after one source edit, and for a source whose file is not named by its id."""
    ws = _workspace(tmp_path / "ws")
    text = (ws / "source" / f"r01-{SLUG}.xml").read_text(encoding="utf-8")
    (ws / "source" / "another-name.xml").write_text(
        text.replace(f'id="r01-{SLUG}"', 'id="named-otherwise"'), encoding="utf-8")
    seen: list[tuple[set[str], Ops, set[str], Ops]] = []
    original = cli_module._record_extract
    # the results the run gave its tally (which keeps bits and sums of them, not them)
    results: list[ExtractResult] = []
    add = cli_module._ExtractTally.add

    def keep(tally: Any, result: ExtractResult) -> None:
        results.append(result)
        add(tally, result)

    def record(recorder: Recorder, settings: Settings, tally: Any, failed: bool) -> None:
        spy = _Spy(recorder, _old_record_arguments(settings, results), seen)
        results.clear()
        original(cast(Recorder, spy), settings, tally, failed)

    monkeypatch.setattr(cli_module._ExtractTally, "add", keep)
    monkeypatch.setattr(cli_module, "_record_extract", record)
    run = cli_factory(ws)
    run("extract")
    source = ws / "source" / f"r04-{SLUG}.xml"
    edited = source.read_text(encoding="utf-8").replace("Strategic Dialogue", "Strategic Talks", 1)
    source.write_text(edited, encoding="utf-8")
    # older than the next run's start: a source written in the clock tick the run starts in
    # is too fresh to be trusted, and that run records no no-op (the third run below would
    # then extract, not replay)
    time.sleep(0.05)
    run("extract")
    assert len(seen) == 2
    for written, ops, want_written, want_ops in seen:
        assert written == want_written and ops == want_ops
    assert any("named-otherwise.po" in name for name in seen[0][0])
    assert 2 < len(seen[1][0]) < len(seen[0][0])  # (the edited release's files, the record)
    run("extract")  # nothing to do: the recorded lines, replayed
    assert "unchanged, skipped" in run.out and len(seen) == 2
