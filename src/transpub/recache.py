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
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
#: check compiles ~630 patterns (~1.9 kB each: ~4 MB at most, read back in ~5 ms).
KEEP = 2048
#: Seconds of compiling new patterns worth rewriting the cache for (``_Cache.save``).
SAVE_FROM = 0.002
_HEADER = b"transpub-regex/1\n"
#: What the compiled code depends on besides the pattern and its flags.
_KEY = repr((sys.implementation.cache_tag, sys.version,
             getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))).encode()
#: Flags whose code depends on more than the pattern (the locale), or that print.
_UNCACHED = 4 | 128  # re.LOCALE, re.DEBUG

Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
Key = tuple[bool, str | bytes, int]


class _Cache:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[Key, Entry] = _read(path) if path is not None else {}
        self.used: dict[Key, Entry] = {}
        self.added = 0
        #: Seconds this run spent compiling the patterns it added (``save``).
        self.compiling = 0.0

    def compile(self, original: Any, pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, (str, bytes)) or flags & _UNCACHED:
            return original(pattern, flags)
        key: Key = (isinstance(pattern, bytes), pattern, int(flags))
        entry = self.entries.get(key)
        if entry is not None:
            try:
                compiled = _rebuild(pattern, entry)
            except Exception:  # (an entry it cannot use: compiled by re)
                entry = None
            else:
                self.used[key] = entry
                return compiled
        started = time.perf_counter()
        try:
            entry, compiled = _compile(pattern, flags)
        except Exception:  # (re's own error, raised by re as always)
            return original(pattern, flags)
        self.compiling += time.perf_counter() - started
        self.entries[key] = self.used[key] = entry
        self.added += 1
        return compiled

    def save(self) -> None:
        """Write the entries this run used, then the earlier ones, up to ``KEEP``, when it
        compiled anything new (a cache that cannot be written costs the next run the
        compiles) that took ``SAVE_FROM`` or more to compile, or there was no cache. A save
        rewrites the whole file (~4 MB, ~12 ms): not for a few small patterns, and not for
        those that differ in every run, such as babel's two built from sets at its import
        (their order follows each process's string hashing), which would have rewritten the
        file at every run and filled it with variants no run finds again."""
        if self.path is None or not self.added:
            return
        if self.compiling < SAVE_FROM and len(self.entries) > self.added:
            return  # (not saved: the next run compiles them again, for less than a save)
        kept = dict(list(self.used.items())[-KEEP:][::-1])  # (the last used first)
        for key, entry in reversed(self.entries.items()):
            if len(kept) >= KEEP:
                break
            kept.setdefault(key, entry)
        # the run's own last: a mapping keeps its order, and the oldest are dropped first
        ordered = {k: kept[k] for k in reversed(kept)}
        body = marshal.dumps(ordered, 4)
        from transpub.errors import TranspubError
        from transpub.fsutil import write_atomic

        with contextlib.suppress(OSError, TranspubError, ValueError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, _HEADER + _KEY + b"\n%d\n" % len(body) + body,
                         durable=False)
        self.added = 0  # (written, or not writable: not tried again at the block's end)


def _read(path: Path) -> dict[Key, Entry]:
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    prefix = _HEADER + _KEY + b"\n"
    if not data.startswith(prefix):
        return {}
    start = len(prefix)
    end = data.find(b"\n", start, start + 24)
    size = data[start:end]
    # (the body read in place: two copies of a file of a few MB cost as much as its reading)
    body = memoryview(data)[end + 1:]
    if end < 0 or not size.isdigit() or int(size) != len(body):
        return {}  # cut short: a run killed while it wrote (the write is not flushed)
    try:
        entries = marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


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
        return Path.home() / ".cache" / "transpub"
    except (RuntimeError, KeyError):
        return None


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


#: The caches of the blocks running now (``installed``), for ``save_active``.
_ACTIVE: list[_Cache] = []


def save_active() -> None:
    """Write what the running blocks compiled anew, now: a command that ends its process
    itself (``cli._end_now``) does so from inside the block."""
    for cache in _ACTIVE:
        cache.save()
