"""Standard output closed or in a legacy encoding (session 59's hostile trial): a build or a
check run with stdout closed (cron, a daemon, ``cmd >&-``) did its whole job, then died
printing its last line ("internal error: AttributeError", exit 3); under a legacy 8-bit locale
or ``PYTHONIOENCODING=ascii`` the Arabic and Chinese of a report ended check and stats in a
UnicodeEncodeError, exit 3, where a CI gate reads 0 or 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import copy_sample

SLUG = "unoct-qatar-strategic-dialogue-2020"


def _broken(tmp_path: Path) -> Path:
    ws = copy_sample(tmp_path)
    po = ws / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    po.write_text(po.read_text(encoding="utf-8").replace("9 décembre 2020", "8 décembre 2020", 1),
                  encoding="utf-8")
    return ws


@pytest.mark.parametrize(("command", "code"), [("build", 0), ("check", 1), ("stats", 0),
                                               ("extract", 0)])
def test_a_closed_stdout(tmp_path: Path, command: str, code: int) -> None:
    ws = _broken(tmp_path)
    done = subprocess.run(["bash", "-c", f'"{sys.executable}" -m transpub {command} >&-'],
                          cwd=ws, capture_output=True, text=True)
    assert done.returncode == code, done.stderr
    assert "internal error" not in done.stderr


@pytest.mark.parametrize(("command", "code"), [("check", 1), ("stats", 0)])
def test_an_ascii_stdout(tmp_path: Path, command: str, code: int) -> None:
    ws = _broken(tmp_path)
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run([sys.executable, "-m", "transpub", command, "--lang", "ar",
                           "--lang", "fr"], cwd=ws, env=env, capture_output=True)
    assert done.returncode == code, done.stderr
    assert b"internal error" not in done.stderr
    out = done.stdout.decode("ascii")  # (every byte ASCII: escapes for the rest)
    if command == "check":
        assert "TP201" in out and "\\xe9cembre" in out


_STUCK = """
import sys, threading
import transpub.cli as cli

def stopped(args):
    # a thread that never ends, as a check's pool thread reading a result its killed worker
    # never finished sending
    threading.Thread(target=threading.Event().wait).start()
    raise {raised}

cli._main = stopped
sys.argv = ["transpub", "stats"]
cli.main()
"""


@pytest.mark.parametrize(("raised", "code"), [("SystemExit(143)", 143),
                                              ("KeyboardInterrupt", 130)])
def test_a_stopped_run_ends_at_once(tmp_path: Path, raised: str, code: int) -> None:
    """(A CI cancel's SIGTERM to a check's process group had hung it for good: its pool's
    thread waited for a killed worker's result, and the interpreter's exit joined it.) A run
    SIGTERM or Ctrl-C stopped ends without the interpreter's finalization."""
    done = subprocess.run([sys.executable, "-c", _STUCK.format(raised=raised)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == code, done.stderr
