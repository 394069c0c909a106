"""The file system's refusals said as the user can act on them (session 59's hostile trial):
a language folder of output/ that is a file had said only "File exists"; a home folder that
is not there (``HOME=/nonexistent``, as services set it) had had a cache folder made for it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import copy_sample


def test_a_file_where_a_folder_belongs_is_named(tmp_path: Path) -> None:
    ws = copy_sample(tmp_path)
    (ws / "output").mkdir(exist_ok=True)
    (ws / "output" / "fr").write_text("x", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "transpub", "build"], cwd=ws,
                          capture_output=True, text=True)
    assert done.returncode == 2, done.stderr
    assert "cannot write: output/fr is a file where a folder belongs" in done.stderr, done.stderr


def test_a_home_that_is_not_there_gets_no_cache(tmp_path: Path) -> None:
    ws = copy_sample(tmp_path)
    home = tmp_path / "absent"
    env = {key: value for key, value in os.environ.items() if key != "XDG_CACHE_HOME"}
    env["HOME"] = str(home)
    done = subprocess.run([sys.executable, "-m", "transpub", "stats"], cwd=ws, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert not home.exists()
