"""Atomic file writes: a reader never sees a half-written file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from transpub.errors import TranspubError


def write_atomic(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    Returns False, and leaves the file untouched (mtime included), when it already holds
    exactly these bytes, so re-running a command causes no churn.
    """
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        Path(tmp).chmod(0o666 & ~_umask())  # mkstemp makes 0600; give the usual mode
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def write_all_atomic(files: Iterable[tuple[Path, bytes]]) -> list[Path]:
    """Write several files, each atomically; returns the paths whose content changed."""
    return [path for path, data in files if write_atomic(path, data)]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def read_utf8(path: Path, error: type[TranspubError], hint: str = "") -> str:
    """The text of ``path``; a missing file or a byte that is not UTF-8 is ``error`` with the
    file and the line of the bad byte. A UTF-8 byte-order mark is dropped."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror}", path) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise error(f"not UTF-8 (byte 0x{raw[exc.start]:02x}){hint}", path, line) from None
