"""An output file the user names may be a device or a pipe (``-o /dev/null``, a shell's
``>(…)``): it is written into, never replaced by a regular file (run as root, the atomic
rename used to turn /dev/null itself into a file) nor read first (a pipe would block)."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from conftest import run_subprocess


def _drain(fifo: Path, into: list[bytes]) -> threading.Thread:
    def read() -> None:
        with fifo.open("rb") as stream:
            into.append(stream.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader


def _null_device(path: Path) -> Path:
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # what /dev/null is
    except PermissionError:
        pytest.skip("making a device needs root")
    return path


def test_a_check_report_and_sarif_go_into_a_device_which_stays_one(repo: Path,
                                                                   tmp_path: Path) -> None:
    null = _null_device(tmp_path / "null")
    for _ in range(2):  # the check, then its replay (``checkreplay``): both write the outputs
        run = run_subprocess(["check", "-o", str(null), "--sarif", str(null)], repo)
        assert run.returncode in (0, 1), run.stderr
        assert stat.S_ISCHR(null.stat().st_mode)
    assert null.read_bytes() == b""  # still the device that swallows what is written


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_check_report_goes_through_a_pipe(repo: Path, tmp_path: Path, fmt: str) -> None:
    plain = run_subprocess(["check", "--format", fmt, "-o", str(tmp_path / "report")], repo)
    fifo = tmp_path / "pipe"
    for _ in range(2):  # the check, then its replay
        os.mkfifo(fifo)
        got: list[bytes] = []
        reader = _drain(fifo, got)
        run = run_subprocess(["check", "--format", fmt, "-o", str(fifo)], repo)
        reader.join(timeout=60)
        assert run.returncode == plain.returncode, run.stderr
        assert stat.S_ISFIFO(fifo.stat().st_mode)
        assert got == [(tmp_path / "report").read_bytes()]
        fifo.unlink()


def test_a_tmx_export_goes_through_a_pipe(repo: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "memory.tmx"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = _drain(fifo, got)
    run = run_subprocess(["tm", "export", str(fifo)], repo)
    reader.join(timeout=60)
    assert run.returncode == 0, run.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert got and got[0].startswith(b"<?xml") and b"<tmx" in got[0]


def test_a_regular_report_is_still_replaced_atomically(repo: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("old")
    inode = report.stat().st_ino
    run = run_subprocess(["check", "-o", str(report)], repo)
    assert run.returncode in (0, 1), run.stderr
    assert report.read_text() != "old"
    assert report.stat().st_ino != inode  # a new file renamed into place, not rewritten
