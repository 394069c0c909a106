"""A build run as the program ends its process itself once everything it wrote is committed and
what it printed is flushed (``cli._end_now``): the same lines, exit code and files as a build
run in-process, without the interpreter's finalization (atexit handlers do not run)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

from tests.conftest import Cli
from tests.test_noop import NOOP_BUILD, _break_placeholder

from transpub import cli as cli_module
from transpub import noop

#: The program's own start, as the console script writes it, with an atexit handler that says
#: whether the interpreter finalized the process.
_PROGRAM = ("import atexit, sys; atexit.register(lambda: print('finalized', file=sys.stderr)); "
            "from transpub.cli import main; sys.exit(main())")


def _program(ws: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _PROGRAM, *args], cwd=ws, text=True,
                          capture_output=True, check=False)


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_build_run_as_the_program_ends_itself_with_what_it_wrote_and_printed(
        cli: Cli, workspace: Path, tmp_path: Path) -> None:
    _break_placeholder(workspace)  # (a warning among the lines)
    other = tmp_path / "other"
    shutil.copytree(workspace, other)
    cli("build")
    ran = _program(other, "build")
    assert ran.returncode == 0, ran.stderr
    assert "finalized" not in ran.stderr  # ended by _end_now, not by the interpreter
    assert ran.stdout == cli.out and "release(s)" in ran.stdout and "placeholder" in ran.stdout
    assert ran.stderr == cli.err == ""
    assert _files(other / "output") == _files(workspace / "output")
    if (other / NOOP_BUILD).exists():  # (skipped for inputs written in the same clock tick)
        assert noop.read_record(other / NOOP_BUILD) is not None  # written whole
    # nothing to do now: printed as the in-process run prints it
    again = _program(other, "build")
    cli("build")
    assert (again.returncode, again.stdout) == (0, cli.out)


def test_a_failed_build_run_as_the_program_exits_as_before(workspace: Path) -> None:
    (workspace / "source" / "broken.xml").write_text("<release", encoding="utf-8")
    ran = _program(workspace, "build")
    assert ran.returncode != 0 and ran.stderr.startswith("transpub: error:")
    assert len(ran.stderr.splitlines()) == 2  # its one line, then the atexit handler's
    assert ran.stderr.splitlines()[1] == "finalized"


def test_main_called_in_process_is_not_the_program(cli: Cli) -> None:
    assert not cli_module._ENDING
    cli("build")  # (had it ended the process, this test would not go on)
    assert not cli_module._ENDING


def test_no_end_while_another_thread_runs() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        cli_module._end_now(0)  # returns: the interpreter's exit waits for the thread
    finally:
        stop.set()
        thread.join()


def test_a_profiled_or_traced_run_leaves_the_exit_to_the_interpreter(
        workspace: Path, tmp_path: Path) -> None:
    """``python -m cProfile -o F -m transpub build`` writes F at the interpreter's exit, as a
    coverage run of a subprocess writes its data: ending the process early lost both (the
    benchmarks' profile_steps.py found no profile to read)."""
    profile = tmp_path / "build.prof"
    ran = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(profile), "-m",
                          "transpub", "build"], cwd=workspace, text=True, capture_output=True,
                         check=False)
    assert ran.returncode == 0, ran.stderr
    import pstats

    stats = pstats.Stats(str(profile))
    assert any(name == "_end_now" for (_file, _line, name) in stats.stats)  # type: ignore[attr-defined]
    traced = ("import atexit, sys; atexit.register(lambda: print('finalized', file=sys.stderr)); "
              "sys.settrace(lambda *a: None); from transpub.cli import main; sys.exit(main())")
    ran = subprocess.run([sys.executable, "-c", traced, "build"], cwd=workspace, text=True,
                         capture_output=True, check=False)
    assert ran.returncode == 0 and ran.stderr.splitlines()[-1:] == ["finalized"], ran.stderr
