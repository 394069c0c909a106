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

SLUG = "unoct-qatar-strategic-dialogue-2020"


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


@pytest.mark.parametrize("where", ["source/extra.xml", "locales/termbase.tbx",
                                   f"locales/fr/LC_MESSAGES/{SLUG}.po"])
def test_a_fifo_for_an_input_is_refused_by_name(tmp_path: Path, where: str) -> None:
    """(The stat memo and the check's hashing had opened a FIFO put in an input's place, and
    waited for a writer for ever; ``/dev/zero`` linked into source/ was read until the memory
    ran out.)"""
    ws = copy_sample(tmp_path)
    env = dict(os.environ)
    path = ws / where
    path.unlink(missing_ok=True)
    os.mkfifo(path)
    # (the build and stats read no termbase)
    for args in (["extract"], ["check"], *([["build"], ["stats"]] if "termbase" not in where
                                           else [])):
        done = _run(ws, env, *args)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        assert f"{where}: " in done.stderr and "pipe" in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr


def test_dev_zero_linked_into_source_is_refused(tmp_path: Path) -> None:
    ws = copy_sample(tmp_path)
    (ws / "source" / "zero.xml").symlink_to("/dev/zero")
    for args in (["validate"], ["extract"], ["build"]):
        done = _run(ws, dict(os.environ), *args)
        assert done.returncode == 2, (args, done.stderr)
        assert "source/zero.xml: " in done.stderr and "a pipe or a device" in done.stderr
