"""A killed run's staged folder beside a root it was creating is removed by the next run.

A fresh extract stages its whole new ``locales/`` as ``.locales.PID-TOKEN.transpub-tmp`` in
the workspace, a first build its ``output/`` likewise (``fsutil.Stage``); killed (SIGKILL,
the machine going down) before the rename, that folder stays. The next run's sweep used to
look only inside the roots, which do not hold it: it stayed for good. Here the leftovers are
made as a killed run leaves them (a dead process's token), and the real CLI runs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from transpub.fsutil import TMP_SUFFIX, remove_stale_beside

from conftest import copy_sample, run_subprocess


def _dead_token() -> str:
    """The token of a run whose process has ended (a process waited for, so gone)."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return f"{done.stdout.strip()}-0badc0ffee"


def _leave(folder: Path, name: str, token: str) -> Path:
    """A staged folder as a killed run leaves it, with a file in it."""
    staged = folder / f".{name}.{token}{TMP_SUFFIX}"
    (staged / "fr" / "LC_MESSAGES").mkdir(parents=True)
    (staged / "fr" / "LC_MESSAGES" / "half.po").write_text('msgid ""\nmsgstr ""\n')
    return staged


def _temporaries(root: Path) -> list[str]:
    return sorted(p.name for p in root.rglob(f"*{TMP_SUFFIX}"))


@pytest.mark.parametrize("step, name", [("extract", "locales"), ("build", "output")])
def test_the_next_run_removes_what_a_killed_first_run_left(tmp_path: Path, step: str,
                                                           name: str) -> None:
    ws = copy_sample(tmp_path)
    if step == "extract":  # a first extract: no locales/ (the termbase kept elsewhere)
        (ws / "locales" / "termbase.tbx").rename(ws / "termbase.tbx")
        config = ws / "transpub.toml"
        config.write_text(config.read_text().replace('"locales/termbase.tbx"',
                                                     '"termbase.tbx"'))
        shutil.rmtree(ws / "locales")
    stale = _leave(ws, name, _dead_token())
    live = _leave(ws, name, f"{os.getpid()}-5eed")  # this test's process is running
    done = run_subprocess([step], ws)
    assert done.returncode == 0, done.stderr
    assert not stale.exists()
    assert live.exists()  # another run still writing here is left alone
    assert _temporaries(ws) == [live.name]
    assert (ws / name).is_dir()


def test_a_missing_parent_sweeps_beside_the_outermost_missing_folder(tmp_path: Path) -> None:
    # a root two levels below a folder that does not exist yet is staged inside a staged
    # folder named after the outermost missing one (``Stage.staging_folder``)
    stale = _leave(tmp_path, "site", _dead_token())
    other = _leave(tmp_path, "elsewhere", _dead_token())  # not ours to touch
    assert remove_stale_beside([tmp_path / "site" / "public" / "out"]) == 1
    assert not stale.exists() and other.exists()


def test_a_root_that_exists_sweeps_beside_itself_too(tmp_path: Path) -> None:
    (tmp_path / "output").mkdir()
    stale = _leave(tmp_path, "output", _dead_token())
    assert remove_stale_beside([tmp_path / "output"]) == 1
    assert not stale.exists()
