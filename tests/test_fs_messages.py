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


def test_a_fifo_named_transpub_toml_is_said_as_such(tmp_path: Path) -> None:
    ws = copy_sample(tmp_path)
    (ws / "transpub.toml").unlink()
    os.mkfifo(ws / "transpub.toml")
    done = subprocess.run([sys.executable, "-m", "transpub", "stats"], cwd=ws,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "transpub.toml: cannot read: a pipe or a device, not a file" in done.stderr


def test_annotations_that_cannot_be_written_leave_the_checks_status(tmp_path: Path) -> None:
    """(``check --annotate`` on a read-only mount had exited 2, the check's findings lost
    to its status.) A PO file that cannot be written is a warning; the status is the check's."""
    ws = copy_sample(tmp_path)
    po = ws / "locales" / "fr" / "LC_MESSAGES" / "unoct-qatar-strategic-dialogue-2020.po"
    po.write_text(po.read_text(encoding="utf-8").replace("9 décembre 2020", "8 décembre 2020", 1),
                  encoding="utf-8")
    before = po.read_bytes()
    env = {**os.environ, "TRANSPUB_FAULT": "EROFS:/fr/"}
    done = subprocess.run([sys.executable, "-m", "transpub", "check", "--annotate", "--no-cache"],
                          cwd=ws, env=env, capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    assert "not annotated" in done.stderr and "Read-only file system" in done.stderr
    assert po.read_bytes() == before
