"""Writes interrupted or failing part-way leave nothing behind (session 59's hostile trial):
an ``xliff import`` of several PO files replaces all of them or none (a full disk at the
second had left the first replaced, and said "nothing was replaced"); a write interrupted
between its temporary file and the rename (SIGTERM, Ctrl-C) removes the temporary file; and
the temporary files of a run killed outright (SIGKILL) in locales/ or source/ are removed by
the next command that edits them, not only by an extract."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import transpub.fsutil as fsutil

from conftest import copy_sample

SLUG = "unoct-qatar-strategic-dialogue-2020"


def _po(ws: Path, lang: str) -> Path:
    return ws / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"


def _returned(ws: Path, lang: str, old: str, new: str) -> Path:
    text = _po(ws, lang).read_text(encoding="utf-8")
    assert old in text
    path = ws / f"returned-{lang}.po"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_an_import_of_several_files_replaces_all_or_none(tmp_path: Path) -> None:
    ws = copy_sample(tmp_path)
    files = [_returned(ws, "fr", "COMMUNIQUÉ DE PRESSE", "COMMUNIQUÉ"),
             _returned(ws, "ru", "ПРЕСС-РЕЛИЗ", "СООБЩЕНИЕ")]
    before = {lang: _po(ws, lang).read_bytes() for lang in ("fr", "ru")}
    env = {**os.environ, fsutil.FAULT_ENV: "ENOSPC:/ru/"}  # (the disk full at the Russian)
    done = subprocess.run([sys.executable, "-m", "transpub", "xliff", "import", "--theirs",
                           *map(str, files)], cwd=ws, env=env, capture_output=True, text=True)
    assert done.returncode == 2, done.stderr
    assert "No space left on device" in done.stderr
    assert {lang: _po(ws, lang).read_bytes() for lang in ("fr", "ru")} == before
    assert not list(ws.rglob(f"*{fsutil.TMP_SUFFIX}"))
    done = subprocess.run([sys.executable, "-m", "transpub", "xliff", "import", "--theirs",
                           *map(str, files)], cwd=ws, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "COMMUNIQUÉ" in _po(ws, "fr").read_text(encoding="utf-8")
    assert "СООБЩЕНИЕ" in _po(ws, "ru").read_text(encoding="utf-8")


def test_a_write_interrupted_leaves_no_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.po"
    target.write_bytes(b"old")

    def interrupted(fd: int, data: bytes) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(fsutil, "write_fd", interrupted)
    with pytest.raises(KeyboardInterrupt):
        fsutil.write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.po"]


def test_a_killed_runs_temporary_files_go_with_the_next_edit(tmp_path: Path) -> None:
    ws = copy_sample(tmp_path)
    # (a process number no process has: the run that wrote them is gone)
    dead = f"4194300-deadbeef{fsutil.TMP_SUFFIX}"
    left = [_po(ws, "fr").parent / f".{SLUG}.po.{dead}", ws / "source" / f".{SLUG}.xml.{dead}"]
    for path in left:
        path.write_bytes(b"half a file")
    returned = _returned(ws, "fr", "COMMUNIQUÉ DE PRESSE", "COMMUNIQUÉ")
    done = subprocess.run([sys.executable, "-m", "transpub", "xliff", "import", "--theirs",
                           str(returned)], cwd=ws, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert not any(path.exists() for path in left)


def test_a_signal_in_the_rename_pass_waits_for_its_end(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """(A SIGTERM in a build's rename pass had left output/ half old, half new.) A signal
    arriving while the files are renamed stops the run once all of them are in place."""
    import signal

    targets = [tmp_path / f"page{i}.html" for i in range(5)]
    for path in targets:
        path.write_bytes(b"old")
    renamed: list[str] = []
    real = os.replace

    def replace(src: str, dst: str) -> None:
        real(src, dst)
        renamed.append(dst)
        if len(renamed) == 2:
            os.kill(os.getpid(), signal.SIGTERM)

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    monkeypatch.setattr(os, "replace", replace)
    try:
        with pytest.raises(SystemExit), fsutil.staged_run([]):
            for path in targets:
                fsutil.write_atomic(path, b"new")
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert [path.read_bytes() for path in targets] == [b"new"] * 5
    assert not list(tmp_path.glob(f"*{fsutil.TMP_SUFFIX}"))


def test_an_import_of_several_files_writes_all_or_none(tmp_path: Path) -> None:
    """(A full disk at the second of eight imported files had left the first in source/, and
    the retry the message asked for refused it: "already exists".)"""
    ws = copy_sample(tmp_path)
    sample = Path(__file__).parent / "data" / "unoct-qatar-2020.txt"
    files = []
    for number in (1, 2):
        path = tmp_path / f"rel{number}.txt"
        path.write_text(sample.read_text(encoding="utf-8").replace(
            "Third High-Level", f"Number{number} High-Level"), encoding="utf-8")
        files.append(path)
    before = sorted(p.name for p in (ws / "source").iterdir())
    env = {**os.environ, fsutil.FAULT_ENV: "ENOSPC:2"}  # (the second file's write)
    done = subprocess.run([sys.executable, "-m", "transpub", "import", *map(str, files)],
                          cwd=ws, env=env, capture_output=True, text=True)
    assert done.returncode == 2, done.stderr
    assert sorted(p.name for p in (ws / "source").iterdir()) == before
    done = subprocess.run([sys.executable, "-m", "transpub", "import", *map(str, files)],
                          cwd=ws, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert len(list((ws / "source").iterdir())) == len(before) + 2
