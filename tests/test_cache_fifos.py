"""A FIFO in the place of a cache file or a record is no cache (session 59's hostile trial:
the user's compiled-regex cache made a FIFO hung every command, for ever, before it did
anything; ``open`` of a pipe waits for a writer). Caches and records are opened without
blocking, and what is not a regular file is taken as no cache."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import copy_sample


def _run(ws: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "transpub", *args], cwd=ws, env=env,
                          capture_output=True, text=True, timeout=60)


def test_a_fifo_for_the_users_regex_cache(tmp_path: Path) -> None:
    ws = copy_sample(tmp_path)
    cache = tmp_path / "xdg"
    (cache / "transpub").mkdir(parents=True)
    os.mkfifo(cache / "transpub" / f"regex-{sys.implementation.cache_tag}.bin")
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    for args in (["stats"], ["check", "--no-cache"], ["build"]):
        done = _run(ws, env, *args)
        assert done.returncode in (0, 1), (args, done.stderr)


@pytest.mark.parametrize("name", ["noop-build.rec", "noop-extract.rec", "stat-inputs.json"])
def test_a_fifo_for_a_workspace_record(tmp_path: Path, name: str) -> None:
    ws = copy_sample(tmp_path)
    env = dict(os.environ)
    assert _run(ws, env, "build").returncode == 0
    assert _run(ws, env, "extract").returncode == 0
    record = ws / ".transpub-cache" / name
    record.unlink(missing_ok=True)
    os.mkfifo(record)
    for args in (["build"], ["extract"], ["check"]):
        done = _run(ws, env, *args)
        assert done.returncode in (0, 1), (args, done.stderr)
