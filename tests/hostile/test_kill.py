"""SIGKILL ``extract`` and ``build`` at random points on a 200-release workspace.

After each kill: every file of the workspace is its old or its new version (never a mix, never
a truncated file), the command's worker processes are gone, and the next run removes the
temporary files the kill left and ends byte-identical to an uninterrupted run.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from transpub.fsutil import TMP_SUFFIX

from conftest import SAMPLE_TEXT, Cli

RELEASES = 200


def _files(ws: Path) -> dict[str, str]:
    # the stat memos (.transpub-cache/stat-*.json) and no-op records (noop-*.json) keep only
    # files older than a racy window, and stats, so what they hold depends on timing, not on
    # the run: left out (tests/test_statmemo.py, tests/test_noop.py)
    # a file inside a staged folder (``.fr.PID-TOKEN.transpub-tmp/``) is named as its folder
    return {_staged_name(p.relative_to(ws)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(ws.rglob("*")) if p.is_file()
            and not (p.parent.name == ".transpub-cache"
                     and p.name.startswith(("stat-", "noop-")))}


def _staged_name(relative: Path) -> str:
    staged = [part for part in relative.parts[:-1] if part.endswith(TMP_SUFFIX)]
    return f"{relative}/{staged[0]}" if staged else str(relative)


def _run(ws: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    # its own session: the process group then holds the command and its workers only
    return subprocess.Popen([sys.executable, "-m", "transpub", "-q", *args], cwd=ws, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 releases (the sample under 200 ids), extracted, French filled in, built."""
    import polib

    from transpub.cli import main

    base = tmp_path_factory.mktemp("kill")
    old = Path.cwd()
    try:
        os.chdir(base)
        assert main(["-q", "init", "ws"]) == 0
        ws = base / "ws"
        os.chdir(ws)
        assert main(["-q", "import", str(SAMPLE_TEXT), "--slug", "r000"]) == 0
        text = (ws / "source" / "r000.xml").read_text(encoding="utf-8")
        for i in range(1, RELEASES):
            (ws / "source" / f"r{i:03d}.xml").write_text(
                text.replace('id="r000"', f'id="r{i:03d}"').replace("Qatar", f"Qatar {i}"),
                encoding="utf-8")
        assert main(["-q", "extract"]) == 0
        for po_file in (ws / "locales" / "fr" / "LC_MESSAGES").glob("*.po"):
            po = polib.pofile(str(po_file))
            for entry in po:
                entry.msgstr = "FR " + entry.msgid
            po.save()
        assert main(["-q", "build", "-j", "2"]) == 0
    finally:
        os.chdir(old)
    return ws


def _change_for(command: str, ws: Path) -> None:
    """An edit that makes ``command`` rewrite a file of every release."""
    if command == "fresh build":  # a first build: every language folder is new
        for folder in (ws / "output").iterdir():
            shutil.rmtree(folder) if folder.is_dir() else folder.unlink()
    elif command == "extract":
        for source in (ws / "source").glob("*.xml"):
            text = source.read_text(encoding="utf-8")
            source.write_text(text.replace("</body>", '<p id="pk">Added later.</p></body>'),
                              encoding="utf-8")
    else:
        for po_file in (ws / "locales" / "fr" / "LC_MESSAGES").glob("*.po"):
            po_file.write_bytes(po_file.read_bytes().replace(b'msgstr "FR ', b'msgstr "FR2 '))


@pytest.mark.parametrize(("command", "sig"), [("extract", signal.SIGKILL),
                                              ("build", signal.SIGKILL),
                                              ("build", signal.SIGTERM),
                                              ("fresh build", signal.SIGKILL)])
def test_kill_at_random_points(big: Path, tmp_path: Path, command: str, sig: signal.Signals,
                               capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(f"kill:{command}:{sig}")
    args = ("build", "-j", "2") if command.endswith("build") else (command,)
    start = tmp_path / "start"
    shutil.copytree(big, start)
    _change_for(command, start)
    old = _files(start)
    done = tmp_path / "done"  # the same change, run without interruption
    shutil.copytree(start, done)
    began = time.monotonic()
    assert _run(done, *args).wait() == 0
    duration = time.monotonic() - began
    new = _files(done)
    assert old != new
    for attempt in range(2):
        ws = tmp_path / f"kill{attempt}"
        shutil.copytree(start, ws)
        proc = _run(ws, *args)
        time.sleep(rng.uniform(0.25, 0.9) * duration)
        proc.send_signal(sig)  # the command only, as a crash, the OOM killer or a CI timeout would
        # -SIGTERM: the signal came before Python had started transpub (nothing staged yet)
        assert proc.wait() in (0, -signal.SIGKILL, -signal.SIGTERM, 128 + signal.SIGTERM)
        deadline = time.monotonic() + 5
        while _group_alive(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _group_alive(proc.pid), "worker processes outlived the killed command"
        after = _files(ws)
        if sig == signal.SIGTERM:  # a terminated run cleans up after itself
            assert not [n for n in after if n.endswith(TMP_SUFFIX)]
        for name, digest in after.items():
            if name.endswith(TMP_SUFFIX):
                continue  # a staged file the kill left: the next run removes it
            assert digest in (old.get(name), new.get(name)), f"{name} is neither old nor new"
        cli = Cli(ws, capsys)
        cli(*args)
        repaired = _files(ws)
        assert not [n for n in repaired if n.endswith(TMP_SUFFIX)], "stale temporary files"
        assert repaired == new, sorted(k for k in set(repaired) | set(new)
                                       if repaired.get(k) != new.get(k))[:5]
