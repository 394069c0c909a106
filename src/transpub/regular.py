"""Cache files, records and inputs being hashed, opened only when they are regular files.

A FIFO in the place of the user's compiled-regex cache had hung every command before it did
anything (session 59's hostile trial): ``open`` of a pipe waits for a writer. These open
without blocking and refuse (``OSError``) what is not a regular file; a cache's reader takes
the error as no cache. A module of its own, of the standard library alone: the no-change
replays read their records before anything else is imported.
"""

from __future__ import annotations

import errno
import io
import os
import stat
from pathlib import Path

_FLAGS = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0) \
    | getattr(os, "O_NONBLOCK", 0)


def special(mode: int) -> bool:
    """Whether a file of this mode is a pipe, a socket or a device: none is read as a file
    (a folder is left to fail as ``open`` and ``read`` make it fail)."""
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def refused(path: Path | str) -> OSError:
    """The error for reading a pipe or a device at ``path``."""
    return OSError(errno.EINVAL, "a pipe or a device, not a file", os.fspath(path))


def open_regular(path: Path | str, buffering: int = -1) -> io.BufferedReader | io.FileIO:
    """``open(path, "rb")``, refused (``OSError``) unless ``path`` is a regular file."""
    fd = os.open(path, _FLAGS)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):  # (as ``open`` says it)
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), os.fspath(path))
        if special(mode):
            raise refused(path)
        os.set_blocking(fd, True)
        raw = io.FileIO(fd, "rb", closefd=True)
        return raw if buffering == 0 else io.BufferedReader(raw)
    except BaseException:
        os.close(fd)
        raise


def read_cache(path: Path | str) -> bytes:
    """The bytes of a cache file or record (``open_regular``: ``OSError`` unless regular)."""
    with open_regular(path, 0) as handle:
        return handle.read()


def read_input(path: Path | str) -> bytes:
    """The bytes of an input file (a source, a PO file, a termbase; ``fsutil.read_bytes``) in
    four system calls (open, fstat, read, close) instead of nine (Python's buffered file adds
    an fstat, an ioctl, two lseeks and a read for the end), refused (``OSError``) when it is a
    pipe or a device: ``/dev/zero`` linked into ``source/`` had been read until the memory ran
    out, a FIFO waited for a writer for ever (opened without blocking, a pipe would read as
    empty: refused, not read as nothing). A folder fails as ``read`` makes it fail, named."""
    fd = os.open(path, _FLAGS)
    try:
        info = os.fstat(fd)
        if special(info.st_mode):
            raise refused(path)
        # (``O_NONBLOCK`` changes nothing in a regular file's reads)
        return read_fd(fd, info.st_size)
    except OSError as exc:  # (a folder opens, and fails to read: name it, as open() would)
        raise type(exc)(exc.errno, exc.strerror, os.fspath(path)) from None
    finally:
        os.close(fd)


def read_fd(fd: int, size: int) -> bytes:
    """Everything left in ``fd``, expected to be ``size`` bytes (one read when it is)."""
    data = os.read(fd, size + 1) if size else b""
    if len(data) == size and size:
        return data  # (a read of a regular file is short only at its end)
    chunks = [data]
    while chunk := os.read(fd, max(size, 65536)):
        chunks.append(chunk)
    return b"".join(chunks)
