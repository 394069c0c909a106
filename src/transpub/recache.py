"""Compiled regular expressions kept between runs (issue 13: start-up).

A transpub command compiles hundreds of regular expressions: its modules' own at import, the
date, number and honorific parsers' per language (babel's month names, the data files), the
termbase's forms. ``re`` compiles each in Python (``re._parser`` then ``re._compiler``): 412
patterns, ~90 ms of a fresh check of ten releases (~450 ms in all), 630 and ~170 ms at 100.
What the compiler makes of a pattern depends only on the pattern, its flags and the Python
that compiles it; so a run keeps what it compiled (the code, the groups) in the user's cache
folder (``$XDG_CACHE_HOME/transpub``, else ``~/.cache/transpub``: compiled code, as Python's
``__pycache__`` is, shared by every workspace), and the next asks the regular expression
engine (``_sre.compile``, in C) to build the same pattern object from it: equal to the one
``re`` compiles (``Pattern.__eq__`` compares the code; tests/test_recache.py compares every
pattern a check compiles).

This reaches into CPython's private ``re`` modules (the steps of ``re._compiler.compile``,
which has had the same six lines from 3.11 to 3.13), so it guards itself: the cache is keyed
by the Python version and the engine's ``MAGIC``, a pattern it cannot rebuild is compiled by
``re`` as always, a file that does not read back whole is no cache, and it is only installed
for the duration of a CLI command (``installed``): importing transpub as a library changes
nothing in ``re``. ``TRANSPUB_NO_RECACHE=1`` turns it off.
"""

from __future__ import annotations

import contextlib
import importlib
import marshal
import os
import sys
import time
import zlib
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

# (private to CPython: without them, or with another engine, nothing is cached)
_sre: Any = None
_compiler: Any = None
_parser: Any = None
with contextlib.suppress(ImportError):
    _sre = importlib.import_module("_sre")
    _compiler = importlib.import_module("re._compiler")
    _parser = importlib.import_module("re._parser")

#: The cache file in the cache folder (``user_folder``).
NAME = f"regex-{sys.implementation.cache_tag}.bin"
#: Entries kept at most (a run's own first, then the earlier runs', most recent first): a
#: check of the sample compiles ~2,070 patterns (session 63; ~630 in session 33), ~0.9 kB
#: each; an entry is read back only when a run asks for it (the index is read whole). At 2,048
#: a check's own patterns no longer fitted: each warm run compiled and rewrote again.
KEEP = 4096
#: Seconds of compiling new patterns worth rewriting the cache for (``_Cache.save``).
SAVE_FROM = 0.002
_HEADER = b"transpub-regex/2\n"
#: What the compiled code depends on besides the pattern and its flags.
_KEY = repr((sys.implementation.cache_tag, sys.version,
             getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))).encode()
#: Flags whose code depends on more than the pattern (the locale), or that print.
_UNCACHED = 4 | 128  # re.LOCALE, re.DEBUG

Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
Key = tuple[bool, str | bytes, int]


class _Cache:
    """The cache file of earlier runs, read entry by entry: at its start a run reads the
    file's index only (each entry's digest, size and CRC-32), and an entry's bytes when its
    pattern is asked for (``os.pread``: forked workers share the descriptor). Held whole, the
    2,048 entries decoded took 3.7 MB in the main process and again in each forked worker
    (inherited with the fork): 7 MB of a two-process check's peak, for the ~630 a check uses."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.file: BinaryIO | None = None
        #: the file's entries: digest -> (offset, size, CRC-32), in the file's order
        self.index: dict[int, tuple[int, int, int]] = {}
        if path is not None:
            self.file, self.index = _open(path)
        #: the entries this run compiled: digest -> their bytes
        self.new: dict[int, bytes] = {}
        #: the digests of the entries this run used (hits and new), in the order of first use
        self.used: dict[int, None] = {}
        self.added = 0
        #: an entry of the file that did not read back (then the file is written again)
        self.damaged = False
        #: Seconds this run spent compiling the patterns it added (``save``).
        self.compiling = 0.0

    def compile(self, original: Any, pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, (str, bytes)) or flags & _UNCACHED:
            return original(pattern, flags)
        key: Key = (isinstance(pattern, bytes), pattern, int(flags))
        digest = _digest(key)
        entry = self._entry(digest, key)
        if entry is not None:
            try:
                compiled = _rebuild(pattern, entry)
            except Exception:  # (an entry it cannot use: compiled by re)
                self.damaged = True
            else:
                self.used[digest] = None
                return compiled
        started = time.perf_counter()
        try:
            entry, compiled = _compile(pattern, flags)
        except Exception:  # (re's own error, raised by re as always)
            return original(pattern, flags)
        self.compiling += time.perf_counter() - started
        self.new[digest] = _encode(key, entry)
        self.used[digest] = None
        self.added += 1
        return compiled

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None

    def _entry(self, digest: int, key: Key) -> Entry | None:
        """The file's entry for ``key``, None when it has none or it does not read back."""
        place = self.index.get(digest)
        if place is None or self.file is None:
            return None
        found = _decode(self._bytes(place))
        if found is None or found[0] != key:
            self.damaged = True  # (or two keys of one digest: then the last one is kept)
            return None
        return found[1]

    def _bytes(self, place: tuple[int, int, int]) -> bytes:
        return _entry_bytes(self.file, place)

    def save(self) -> None:
        """Write the entries this run used, then the earlier ones, up to ``KEEP``, when it
        compiled anything new (a cache that cannot be written costs the next run the
        compiles) that took ``SAVE_FROM`` or more to compile, or there was no cache, or an
        entry of it did not read back. A save rewrites the whole file (~3 MB, ~12 ms): not
        for a few small patterns, and not for those that differ in every run, such as
        babel's two built from sets at its import (their order follows each process's
        string hashing), which would have rewritten the file at every run and filled it with
        variants no run finds again."""
        if self.path is None or not (self.added or self.damaged):
            return
        if self.compiling < SAVE_FROM and self.index and not self.damaged:
            return  # (not saved: the next run compiles them again, for less than a save)
        kept = list(self.used)[-KEEP:][::-1]  # (the last used first)
        chosen = set(kept)
        for digest in reversed(self.index):
            if len(kept) >= KEEP:
                break
            if digest not in chosen:
                kept.append(digest)
                chosen.add(digest)
        blobs: dict[int, bytes] = {}
        # the run's own last: the file keeps its order, and the oldest are dropped first
        for digest in reversed(kept):
            data = self.new.get(digest)
            if data is None:
                data = self._bytes(self.index[digest])
            if data:
                blobs[digest] = data
        from transpub.errors import TranspubError

        with contextlib.suppress(OSError, TranspubError, ValueError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            _write(self.path, blobs)
        self.added = 0  # (written, or not writable: not tried again at the block's end)
        self.damaged = False


def _digest(key: Key) -> int:
    """A 64-bit digest of an entry's key, its CRC-32 and Adler-32 (zlib, in C; ``hashlib``
    would load OpenSSL into every command): a collision is told by the key the entry holds."""
    is_bytes, pattern, flags = key
    raw = (pattern if isinstance(pattern, bytes) else pattern.encode("utf-8", "surrogatepass")
           ) + b"\0%d:%d" % (is_bytes, flags)
    return zlib.crc32(raw) << 32 | zlib.adler32(raw)


def _encode(key: Key, entry: Entry) -> bytes:
    return marshal.dumps((key, entry), 4)


def _decode(data: bytes) -> tuple[Key, Entry] | None:
    """An entry's key and entry from its bytes; None when they are not one."""
    if not data:
        return None
    try:
        found = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return None
    if not (isinstance(found, tuple) and len(found) == 2 and isinstance(found[0], tuple)
            and isinstance(found[1], tuple) and len(found[1]) == 5):
        return None
    return found[0], found[1]


def _write(path: Path, blobs: dict[int, bytes]) -> None:
    """The cache file: its header, the index (each entry's digest, size and CRC-32, in
    order), then the entries' bytes."""
    from transpub.fsutil import write_atomic

    index = marshal.dumps([(digest, len(data), zlib.crc32(data))
                           for digest, data in blobs.items()], 4)
    body = b"".join(blobs.values())
    write_atomic(path, _HEADER + _KEY + b"\n%d %d\n" % (len(index), len(body)) + index + body,
                 durable=False)


def _open(path: Path) -> tuple[BinaryIO | None, dict[int, tuple[int, int, int]]]:
    """The cache file, open, and its index; (None, {}) when it cannot be read or is not
    whole (a run killed while it wrote: the write is not flushed)."""
    try:
        from transpub.regular import open_regular

        handle = open_regular(path, 0)  # (held for the run: pread; a FIFO refused)
    except OSError:
        return None, {}
    try:
        index = _index(handle)
    except (OSError, ValueError, EOFError, TypeError):
        index = None
    if not index:
        handle.close()
        return None, {}
    return handle, index


def _index(handle: BinaryIO) -> dict[int, tuple[int, int, int]] | None:
    prefix = _HEADER + _KEY + b"\n"
    head = handle.read(len(prefix) + 48)
    if not head.startswith(prefix):
        return None
    end = head.find(b"\n", len(prefix))
    sizes = head[len(prefix):end].split(b" ")
    if end < 0 or len(sizes) != 2 or not all(size.isdigit() for size in sizes):
        return None
    index_size, body_size = int(sizes[0]), int(sizes[1])
    start = end + 1
    if os.fstat(handle.fileno()).st_size != start + index_size + body_size:
        return None
    rows = marshal.loads(os.pread(handle.fileno(), index_size, start))
    offset = start + index_size
    index: dict[int, tuple[int, int, int]] = {}
    for digest, size, crc in rows:
        index[digest] = (offset, size, crc)
        offset += size
    return index if offset == start + index_size + body_size else None


def _entry_bytes(file: BinaryIO | None, place: tuple[int, int, int]) -> bytes:
    """An entry's bytes, b"" when they do not read back whole with their CRC-32."""
    offset, size, crc = place
    if file is None:
        return b""
    try:
        data = os.pread(file.fileno(), size, offset)
    except OSError:
        return b""
    return data if len(data) == size and zlib.crc32(data) == crc else b""


def _read(path: Path) -> dict[Key, Entry]:
    """Every entry of the cache file that reads back, in the file's order (for tests and
    inspection: a run reads only the entries it asks for)."""
    handle, index = _open(path)
    if handle is None:
        return {}
    with handle:
        found = (_decode(_entry_bytes(handle, place)) for place in index.values())
        return {item[0]: item[1] for item in found if item is not None}


def _compile(pattern: str | bytes, flags: int) -> tuple[Entry, Any]:
    """``re._compiler.compile``'s steps, keeping what ``_sre.compile`` is given."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    packed = array("I", code)
    if packed.itemsize != _sre.CODESIZE:
        raise ValueError("code words of another size")
    entry: Entry = (flags | parsed.state.flags, packed.tobytes(), parsed.state.groups - 1,
                    groupindex, tuple(indexgroup))
    # (from the code list itself: packed and read back only by a later run)
    return entry, _sre.compile(pattern, entry[0], code, entry[2], groupindex, entry[4])


def _rebuild(pattern: str | bytes, entry: Entry) -> Any:
    flags, code, groups, groupindex, indexgroup = entry
    words = array("I")
    words.frombytes(code)
    return _sre.compile(pattern, flags, words.tolist(), groups, groupindex, indexgroup)


def user_folder() -> Path | None:
    """``$XDG_CACHE_HOME/transpub``, else ``~/.cache/transpub`` (None: no home folder)."""
    base = os.environ.get("XDG_CACHE_HOME")
    if base and Path(base).is_absolute():
        return Path(base) / "transpub"
    try:
        home = Path.home()
    except (RuntimeError, KeyError):
        return None
    # (a home that is not there is no place for a cache: ``HOME=/nonexistent``, as services
    # and containers set it, had had root make /nonexistent/.cache/transpub)
    return home / ".cache" / "transpub" if home.is_dir() else None


@contextlib.contextmanager
def installed(folder: Path | None) -> Iterator[_Cache | None]:
    """While the block runs, patterns ``re`` has not compiled in this process are rebuilt
    from ``folder``/``NAME`` when it holds them (and compiled, and kept, when not); after
    it, ``re`` compiles as before and what was new is written. None in ``folder``, another
    Python or ``TRANSPUB_NO_RECACHE``: nothing changes."""
    if (folder is None or _sre is None or _compiler is None
            or sys.implementation.name != "cpython"  # (another engine's internals)
            or os.environ.get("TRANSPUB_NO_RECACHE")
            or not callable(getattr(_compiler, "compile", None))
            or not callable(getattr(_compiler, "_code", None))):
        yield None
        return
    original = _compiler.compile
    cache = _Cache(folder / NAME)

    def compile(pattern: Any, flags: int = 0) -> Any:  # (re._compiler's name)
        return cache.compile(original, pattern, flags)

    _compiler.compile = compile
    _ACTIVE.append(cache)
    try:
        yield cache
    finally:
        _ACTIVE.remove(cache)
        if _compiler.compile is compile:
            _compiler.compile = original
        cache.save()
        cache.close()


#: The caches of the blocks running now (``installed``), for ``save_active``.
_ACTIVE: list[_Cache] = []


def save_active() -> None:
    """Write what the running blocks compiled anew, now: a command that ends its process
    itself (``cli._end_now``) does so from inside the block."""
    for cache in _ACTIVE:
        cache.save()
