"""The build's reads of its inputs (``builder._noting``, ``fsutil.read_fd``): one descriptor,
``fstat`` before and after, the bytes in one call. Each file's bytes and digest must be the
file's whole content whatever its size does meanwhile, and a missing file is "-"."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from transpub import statmemo
from transpub.builder import _file_digest, _noting
from transpub.fsutil import read_fd


@pytest.mark.parametrize("size", [0, 1, 4095, 4096, 70_000, 300_001])
def test_a_file_is_read_whole(tmp_path: Path, size: int) -> None:
    path = tmp_path / "f.po"
    data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    path.write_bytes(data)
    fd = os.open(path, os.O_RDONLY)
    try:
        assert read_fd(fd, os.fstat(fd).st_size) == data
    finally:
        os.close(fd)


@pytest.mark.parametrize("told", [0, 10, 99_999, 100_001, 250_000])
def test_a_size_that_moved_still_reads_the_whole_file(tmp_path: Path, told: int) -> None:
    """The size given is the file's at ``fstat``: a file that grew or shrank since is read to
    its end all the same."""
    path = tmp_path / "f.po"
    data = os.urandom(100_000)
    path.write_bytes(data)
    fd = os.open(path, os.O_RDONLY)
    try:
        real = os.fstat(fd)
        fake = os.stat_result((real.st_mode, *[0] * 5, told, 0, 0, 0))
        assert read_fd(fd, fake.st_size) == data
    finally:
        os.close(fd)


def test_a_pipe_is_read_to_its_end(tmp_path: Path) -> None:
    read, write = os.pipe()
    os.write(write, b"abc" * 1000)
    os.close(write)
    try:
        assert read_fd(read, os.fstat(read).st_size) == b"abc" * 1000
    finally:
        os.close(read)


def test_noting_digests_keeps_bytes_and_stamps(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "f.po"
    path.write_bytes(b"msgid \"\"\n")
    monkeypatch.setattr(statmemo, "RACY_NS", -1_000_000_000)  # every file counts as settled
    reads: list[tuple[str, str, tuple[int, int, int, int, int]]] = []
    kept: dict[str, bytes] = {}
    digest = _noting(reads, kept)
    value = digest(os.fspath(path))
    assert value == hashlib.sha256(b"msgid \"\"\n").hexdigest() == _file_digest(path)
    assert kept == {os.fspath(path): b"msgid \"\"\n"}
    info = path.stat()
    assert reads == [(os.fspath(path), value, (info.st_size, info.st_mtime_ns,
                                               info.st_ctime_ns, info.st_ino, info.st_dev))]
    # a missing file is "-" and nothing is noted; a folder fails as a plain read fails
    assert digest(os.fspath(tmp_path / "none.po")) == "-"
    assert len(reads) == 1 and len(kept) == 1
    with pytest.raises(IsADirectoryError):
        digest(os.fspath(tmp_path))


@pytest.mark.parametrize(("path", "root"), [
    ("/ws/locales/fr/LC_MESSAGES/a.po", "/ws"), ("/ws/a.po", "/ws"), ("/x/a.po", "/ws/sub"),
    ("/ws/b/../a.po", "/ws"), ("/ws/b/", "/ws"), ("/ws", "/ws"), ("/ws", "/ws/b"), ("/", "/ws"),
    ("/ws/b/c/..", "/ws"), ("/ws/./b/a.po", "/ws"), ("rel/a.po", "/tmp"), ("rel/a.po", "rel")])
def test_relative_paths_are_relpaths(path: str, root: str) -> None:
    """The manifest's PO paths, the folder's part remembered: what ``os.path.relpath`` gives,
    wherever the file is, twice (the second from the memo)."""
    from transpub.builder import _relative

    expected = os.path.relpath(Path(path), Path(root)).replace(os.sep, "/")
    assert _relative(Path(path), Path(root)) == expected
    assert _relative(Path(path), Path(root)) == expected
