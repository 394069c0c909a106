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


def open_regular(path: Path | str, buffering: int = -1) -> io.BufferedReader | io.FileIO:
    """``open(path, "rb")``, refused (``OSError``) unless ``path`` is a regular file."""
    fd = os.open(path, _FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", os.fspath(path))
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
