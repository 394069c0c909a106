"""A no-op extract writes its recorded lines without rich when its screen is the one they were
recorded for (``noop.screen``): the same bytes rich writes; on any other screen (another
width, ``--quiet``, another environment, a damaged record) rich shows them as before."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import copy_sample

#: Runs the CLI and says on stderr whether rich was imported.
_PROBE = ("import runpy, sys\n"
          "sys.argv = ['transpub', *sys.argv[1:]]\n"
          "try:\n"
          "    runpy.run_module('transpub', run_name='__main__')\n"
          "finally:\n"
          "    print('RICH' if 'rich' in sys.modules else 'PLAIN', file=sys.stderr)\n")


def _run(ws: Path, *args: str, **env: str) -> tuple[str, str]:
    # (pytest's PYTEST_CURRENT_TEST names the phase: another environment in each)
    environ = {k: v for k, v in os.environ.items()
               if k not in ("COLUMNS", "LINES", "PYTEST_CURRENT_TEST")}
    environ.update(env)
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], cwd=ws, text=True,
                          capture_output=True, check=False, env=environ)
    assert done.returncode == 0, done.stderr
    return done.stdout, done.stderr.strip().splitlines()[-1]


@pytest.fixture
def recorded(tmp_path: Path) -> Path:
    """A workspace whose extract recorded its no-op (the record waits for fresh files)."""
    ws = copy_sample(tmp_path)
    record = ws / ".transpub-cache" / "noop-extract.json"
    for _try in range(20):
        _run(ws, "extract")
        if record.exists() and "screen" in json.loads(record.read_text(encoding="utf-8")):
            return ws
    raise AssertionError("no no-op record written")


def test_the_recorded_lines_are_what_rich_writes(recorded: Path) -> None:
    plain, loaded = _run(recorded, "extract")
    assert loaded == "PLAIN"
    assert "unchanged, skipped" in plain
    shown, loaded = _run(recorded, "extract", TRANSPUB_TEST_OTHER_SCREEN="1")
    assert loaded == "RICH"
    assert shown == plain
    # and the text itself is rich's wrapping of the line at 80 columns (not a pipe's raw line)
    assert max(map(len, plain.splitlines())) <= 80 < len(" ".join(plain.split()))


@pytest.mark.parametrize("screen", ["narrow", "quiet", "damaged"])
def test_another_screen_is_shown_by_rich(recorded: Path, screen: str) -> None:
    plain, _loaded = _run(recorded, "extract")
    if screen == "damaged":
        record = recorded / ".transpub-cache" / "noop-extract.json"
        data = json.loads(record.read_text(encoding="utf-8"))
        data["screen"]["text"] = 7
        record.write_text(json.dumps(data), encoding="utf-8")
    args = ("--quiet", "extract") if screen == "quiet" else ("extract",)
    shown, loaded = _run(recorded, *args, **({"COLUMNS": "40"} if screen == "narrow" else {}))
    assert loaded == "RICH"
    if screen == "quiet":
        assert shown == ""
    elif screen == "narrow":
        assert max(map(len, shown.splitlines())) <= 40
        assert shown.split() == plain.split()
    else:
        assert shown == plain
