"""An extract run as the program (``main()`` reading the command line) ends without Python's
finalization (``cli._exit_at_once``): what it prints on a pipe, its exit code and the files it
leaves are those of the same command run through ``main(argv)``, which returns as before --
fresh (two processes), with nothing to do (the recorded no-op) and failing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import SLUG, copy_sample

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
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "COLUMNS": "100"}
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
