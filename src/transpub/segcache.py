"""A cache of read and segmented releases, shared by extract, build and check.

Reading a source (parse, schema validation) and cutting it into units costs ~0.75 ms a release;
every command that reads the sources did it again (extract, then build, then each check). Like
Sphinx's pickled doctrees, the first command to segment a source keeps the result under
``.transpub-cache/segments/<file name>.seg``, and the others read it back (~0.15 ms).

An entry is keyed by everything the result depends on: the source file's name and bytes, the
code (a digest of the package's files, as the check cache keys its entries, so a changed
segmenter or schema is a new key), the segmentation mode and the extra abbreviations. The
release's language comes from the bytes. A key that does not match, a truncated or damaged
file (its payload carries a CRC-32), or any value of the wrong shape is a miss: the caller
segments the source and writes the entry again, never uses a stale one.

One entry per source file name, so the folder holds at most one file per source (an edit
replaces the entry; ``sweep`` removes those of sources that are gone). Entries are written
through a temporary file and a rename (inside extract's and build's staged run, with the run's
other files: see ``write``); an entry a crash damaged is a miss.
Concurrent writers of one name write the same bytes for the same key (last rename wins), and a
reader checks the key it finds. Marshal, not pickle: it loads as fast here (measured on the
benchmark's releases: 0.12 ms a release either way) and creates only plain values, so a
planted cache file cannot run code.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import marshal
import os
import secrets
import zlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from transpub.errors import TranspubError
from transpub.fastnew import maker
from transpub.fsutil import write_fd
from transpub.model import Block, Placeholder, Release, Segment, Span
from transpub.regular import read_cache
from transpub.statmemo import FOLDER as CACHE_FOLDER
from transpub.statmemo import IGNORE_FILE

#: Bump when the entry's layout changes (2: the payload's check a CRC-32, not a SHA-256; the
#: key made of the source's SHA-256).
FORMAT = b"transpub-segments/2\n"
FOLDER = CACHE_FOLDER / "segments"
SUFFIX = ".seg"
_DIGEST = 32  # bytes of sha256 (the key)
#: Bytes of the payload's check: a CRC-32, which finds a torn or damaged entry as well as a
#: SHA-256 did (a planted entry could carry either, right), and costs less: 14 MB of entries at
#: N = 1000, hashed on every write and read (under callgrind, which runs SHA-256 without the
#: CPU's SHA instructions, 3-4 % of a fresh extract's instructions; ~0.2 % of its real CPU).
CHECK = 4
#: Version 2, the last without back-references: later versions mark an object for reuse by
#: its reference count, so the same entry's bytes would depend on the writing process's
#: history (an extract killed and run again would not end byte-identical). It costs ~0.04 ms a
#: release to load (new string objects) against version 4's shared ones.
_MARSHAL_VERSION = 2

Loaded = tuple[Release, tuple[Segment, ...]]


def salt(code: str, mode: str, abbreviations: Mapping[str, tuple[str, ...]] | None) -> bytes:
    """What every entry of one workspace and code shares."""
    rules = sorted((str(k), tuple(v)) for k, v in (abbreviations or {}).items())
    return hashlib.sha256(repr((FORMAT, code, mode, rules)).encode("utf-8")).digest()


def key(common: bytes, name: str, data: bytes, data_digest: bytes | None = None) -> bytes:
    """The key of the source ``name`` holding ``data`` (``data_digest``: its SHA-256, when
    the caller has it: extract hashes each source for its fingerprint anyway)."""
    digest = hashlib.sha256(common)
    digest.update(name.encode("utf-8", "surrogateescape") + b"\0")
    digest.update(data_digest if data_digest is not None else hashlib.sha256(data).digest())
    return digest.digest()


def check(payload: bytes) -> bytes:
    """An entry's check of its payload."""
    return zlib.crc32(payload).to_bytes(CHECK, "big")


def entry_path(folder: Path, name: str) -> Path:
    return folder / (name + SUFFIX)


def read(where: Path, wanted: bytes, path: Path) -> Loaded | None:
    """The entry for ``where`` if it holds key ``wanted`` (in the folder's pack, else in its
    own file), with ``path`` as the release's path; None for any miss."""
    name = where.name[:-len(SUFFIX)]
    raw = _pack_for(where.parent.parent / PACK_NAME).entry(name)
    found = _entry(raw, wanted, path) if raw is not None else None
    if found is not None:
        return found
    try:
        raw = read_cache(where)
    except OSError:
        return None
    return _entry(raw, wanted, path)


def _entry(raw: bytes, wanted: bytes, path: Path) -> Loaded | None:
    head = len(FORMAT)
    if (raw[:head] != FORMAT or raw[head:head + _DIGEST] != wanted
            or len(raw) < head + _DIGEST + CHECK):
        return None
    payload = raw[head + _DIGEST + CHECK:]
    if check(payload) != raw[head + _DIGEST:head + _DIGEST + CHECK]:
        return None
    try:
        return _decode(marshal.loads(payload), path)
    except (ValueError, TypeError, EOFError, OverflowError):
        return None


def write(where: Path, wanted: bytes, loaded: Loaded) -> None:
    """Write the entry (best effort: a cache that cannot be written costs the next run time).

    Inside a command's staged run (``fsutil.staged_run``: extract, build) the entry is one of
    the run's files: renamed into place by its commit, removed if the run fails, so a refused
    command leaves the workspace as it was. Elsewhere it is written at once."""
    payload = marshal.dumps(_encode(*loaded), _MARSHAL_VERSION)
    data = b"".join((FORMAT, wanted, check(payload), payload))
    if _collected is not None:  # an extract: kept for its pack (``collecting``)
        _collected[where.name[:-len(SUFFIX)]] = data
        return
    _put(where, data, where.parent.parent)


#: Not inherited by programs run from this process; binary on Windows.
_FLAGS = getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _write_file(path: Path, data: bytes) -> bool:
    """Create ``path`` (and its folder) holding ``data``; False if it could not be written
    (nothing is left behind)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _FLAGS
    try:
        try:
            fd = os.open(path, flags, 0o666)
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, flags, 0o666)
        try:
            write_fd(fd, data)
        finally:
            os.close(fd)
    except OSError:
        with contextlib.suppress(OSError):
            path.unlink()
        return False
    return True


def sweep(folder: Path, names: Iterable[str], packed: Iterable[str] = ()) -> None:
    """Remove the entries of sources not in ``names`` (deleted or renamed sources) and those
    of ``packed`` (the pack just written holds them), and temporary files of processes that
    are gone."""
    from transpub.fsutil import TMP_SUFFIX, remove_stale

    keep = {name + SUFFIX for name in names} - {name + SUFFIX for name in packed}
    try:
        found = os.listdir(folder)  # noqa: PTH208  (names only, no Path per entry)
    except OSError:
        return
    for name in found:
        if name.endswith(SUFFIX) and name not in keep:
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(folder, name))  # noqa: PTH108, PTH118
    if any(name.endswith(TMP_SUFFIX) for name in found):
        remove_stale([folder], recursive=False, keep_own=True)


# --- the pack: one file for the entries of a whole extract ---------------------------------

#: Beside the folder: ``.transpub-cache/segments.pack``.
PACK_NAME = "segments.pack"
PACK_FORMAT = b"transpub-segpack/1\n"
#: An extract that segmented at least this many sources (and a quarter of them) writes one
#: pack instead of a file per source: 1,000 more files to create and rename were 4-6 % of a
#: fresh extract (the file system's work per file is most of that step).
PACK_FROM = 16
_collected: dict[str, bytes] | None = None


@contextlib.contextmanager
def collecting() -> Iterator[dict[str, bytes]]:
    """Entries segmented in this process while the block runs are kept in the dictionary it
    gives (name -> entry bytes) instead of being written: an extract takes them release by
    release (``take_collected``) into its pack (``PackWriter``), or ``write_files`` for a few."""
    global _collected
    previous, _collected = _collected, {}
    try:
        yield _collected
    finally:
        _collected = previous


def take_collected() -> dict[str, bytes]:
    """What this process collected since the last call (a forked extract worker hands its
    releases' entries to the main process with each result)."""
    if _collected is None:
        return {}
    taken = dict(_collected)
    _collected.clear()
    return taken


def write_files(folder: Path, entries: Mapping[str, bytes]) -> None:
    """Each entry in its own file (through the run's stage, as ``write`` does)."""
    global _collected
    previous, _collected = _collected, None
    try:
        for name, data in entries.items():
            _put(entry_path(folder, name), data, folder.parent)
    finally:
        _collected = previous


class PackWriter:
    """A pack written as an extract goes: one entry at a time, in the order of the sources'
    names, so that neither the entries nor the pack are held in memory (1,000 entries are
    ~14 MB) and its bytes do not depend on which process segmented what.

    ``add`` takes the sources an extract read, in order, with the entry it made for each (None:
    it found a valid one in the cache); every other source of ``names`` (and a source whose
    new entry is None) keeps the previous pack's entry, if it has one: still valid or not, a
    reader checks each key. The pack is staged with the run (or written at once without one);
    a failure to write it only leaves the previous pack."""

    def __init__(self, folder: Path, names: Iterable[str]) -> None:
        from transpub.fsutil import TMP_SUFFIX, current_stage

        self.cache = folder.parent
        self.path = self.cache / PACK_NAME
        self.old = _pack_for(self.path)
        self.names = sorted(names)
        self.next = 0
        self.index: list[tuple[str, int, int]] = []
        self.offset = 0
        self.stage = current_stage()
        self.tmp = (self.stage.temp_for(self.path) if self.stage is not None else self.path.parent
                    / f".{self.path.name}.{os.getpid()}-{secrets.token_hex(4)}{TMP_SUFFIX}")
        self.fd = -1
        with contextlib.suppress(OSError):
            self.cache.mkdir(parents=True, exist_ok=True)
            self.fd = os.open(self.tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _FLAGS, 0o666)
            self._write(PACK_FORMAT)

    def _write(self, data: bytes) -> None:
        if self.fd < 0:
            return
        try:
            write_fd(self.fd, data)
        except OSError:
            self.discard()
            return
        self.offset += len(data)

    def _append(self, name: str, data: bytes | None) -> None:
        if data is not None and self.fd >= 0:
            self.index.append((name, self.offset, len(data)))
            self._write(data)

    def _carry_until(self, name: str | None) -> None:
        while self.next < len(self.names) and (name is None or self.names[self.next] < name):
            carried = self.names[self.next]
            self._append(carried, self.old.entry(carried))
            self.next += 1

    def add(self, name: str, data: bytes | None) -> None:
        """The next source an extract read (in name order) and its new entry, if it made one."""
        self._carry_until(name)
        if self.next < len(self.names) and self.names[self.next] == name:
            self.next += 1
        if self.index and self.index[-1][0] >= name:
            self.discard()  # not in order (never, from extract): no pack rather than a bad one
            return
        self._append(name, data if data is not None else self.old.entry(name))

    def finish(self) -> None:
        self._carry_until(None)
        if self.fd < 0 or self.path.is_dir():  # (a folder in its place: no pack, no failure)
            self.discard()
            return
        index = marshal.dumps(tuple(self.index), _MARSHAL_VERSION)
        self._write(index + len(index).to_bytes(8, "big") + PACK_FORMAT)
        if self.fd < 0:
            return
        os.close(self.fd)
        self.fd = -1
        if self.stage is not None:
            self.stage.adopt([(self.path, self.tmp)])
            ignore = self.cache / ".gitignore"
            if not ignore.exists() and ignore not in self.stage.staged:
                _put(ignore, IGNORE_FILE, self.cache)
            return
        try:
            self.tmp.replace(self.path)
        except OSError:
            with contextlib.suppress(OSError):
                self.tmp.unlink()

    def discard(self) -> None:
        if self.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = -1
        with contextlib.suppress(OSError):
            self.tmp.unlink()


def _put(path: Path, data: bytes, cache: Path) -> None:
    """``data`` as ``path`` in the cache folder ``cache`` (best effort: a cache that cannot be
    written costs the next run time).

    Inside a command's staged run (``fsutil.staged_run``: extract, build) the file is one of
    the run's files: renamed into place by its commit, removed if the run fails, so a refused
    command leaves the workspace as it was. Not ``Stage.put``: a cache file is no output of the
    run, so a failure to write it (or an injected fault, tests/hostile) must not fail the run.
    Elsewhere it is written at once, through a temporary file and a rename."""
    from transpub.fsutil import TMP_SUFFIX, current_stage

    if path.is_dir():  # a folder where the file goes: the cache is skipped, the run is not
        return
    ignore = cache / ".gitignore"
    stage = current_stage()
    if stage is not None:
        files = [(path, data)]
        if not os.path.exists(ignore) and ignore not in stage.staged:  # noqa: PTH110
            files.append((ignore, IGNORE_FILE))
        for target, content in files:
            tmp = stage.temp_for(target)
            if _write_file(tmp, content):
                stage.adopt([(target, tmp)])
        return
    tmp = path.parent / f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}{TMP_SUFFIX}"
    if not _write_file(tmp, data):
        return
    try:
        tmp.replace(path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        return
    if not ignore.exists():
        from transpub.fsutil import write_atomic

        with contextlib.suppress(OSError, TranspubError):
            write_atomic(ignore, IGNORE_FILE)


class _Pack:
    """A pack's index, read once per process and pack file (its inode, size and time)."""

    def __init__(self, path: Path, stamp: tuple[int, ...] | None) -> None:
        self.stamp = stamp
        self.index: dict[str, tuple[int, int]] = {}
        self.fd = -1
        if stamp is None:
            return
        try:
            fd = os.open(path, os.O_RDONLY | _FLAGS)
        except OSError:
            return
        try:
            magic = len(PACK_FORMAT)
            size = stamp[1]
            tail = _pread(fd, 8 + magic, size - 8 - magic) if size >= 2 * magic + 8 else b""
            if (_pread(fd, magic, 0) != PACK_FORMAT or len(tail) != 8 + magic
                    or tail[8:] != PACK_FORMAT):
                raise ValueError("not a pack, or a truncated one")
            length = int.from_bytes(tail[:8], "big")
            start = size - 8 - magic - length
            if start < magic:
                raise ValueError("bad index length")
            rows = marshal.loads(_pread(fd, length, start))
            for name, offset, length in rows:
                if (type(name) is not str or type(offset) is not int
                        or type(length) is not int or offset < magic
                        or offset + length > start):
                    raise TypeError("bad index")
                self.index[name] = (offset, length)
        except (OSError, ValueError, TypeError, EOFError):
            os.close(fd)
            self.index.clear()
            return
        self.fd = fd

    def entry(self, name: str) -> bytes | None:
        where = self.index.get(name)
        if where is None:
            return None
        try:
            return _pread(self.fd, where[1], where[0])
        except OSError:
            return None

    def close(self) -> None:
        if self.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = -1


_packs: dict[Path, _Pack] = {}


def _pread(fd: int, length: int, offset: int) -> bytes:
    """``os.pread`` (Unix), else a seek and a read (the pack's descriptor is this process's)."""
    if hasattr(os, "pread"):
        return os.pread(fd, length, offset)
    os.lseek(fd, offset, os.SEEK_SET)
    return os.read(fd, length)


def _pack_for(path: Path) -> _Pack:
    """The pack at ``path`` as it is now (one ``stat``; read again when it was replaced)."""
    try:
        info = path.stat()
        stamp: tuple[int, ...] | None = (info.st_ino, info.st_size, info.st_mtime_ns,
                                         info.st_ctime_ns)
    except OSError:
        stamp = None
    pack = _packs.get(path)
    if pack is None or pack.stamp != stamp:
        if pack is not None:
            pack.close()
        elif len(_packs) >= 8:  # a process that reads many workspaces (a test session)
            for other in _packs.values():
                other.close()
            _packs.clear()
        pack = _packs[path] = _Pack(path, stamp)
    return pack


def _span(span: Span) -> tuple[Any, ...]:
    return (span.kind, span.text, span.tag, span.attrs)


def _encode(release: Release, segments: tuple[Segment, ...]) -> tuple[Any, ...]:
    blocks = tuple((b.id, b.kind, tuple(_span(s) for s in b.spans), b.line, b.note,
                    b.translate, b.lang, b.ordinal) for b in release.blocks)
    units = tuple((s.id, s.text, s.block_id, s.kind, s.position, s.line, s.note,
                   tuple((p.name, _span(p.span)) for p in s.placeholders)) for s in segments)
    date = release.date.toordinal() if release.date is not None else None
    return (release.slug, release.lang, date, release.date_text, release.note, blocks, units)


#: The model's objects without their frozen ``__init__`` (``fastnew``: the same objects; a
#: build or check of 1,000 cached releases makes some 100,000 of them here)
_new_span = maker(Span, "kind", "text", "tag", "attrs")
_new_block = maker(Block, "id", "kind", "spans", "line", "note", "translate", "lang", "ordinal")
_new_placeholder = maker(Placeholder, "name", "span")
_new_segment = maker(Segment, "id", "text", "block_id", "kind", "position", "line", "note",
                     "placeholders")


def _spans(rows: tuple[Any, ...]) -> tuple[Span, ...]:
    spans = []
    for kind, text, tag, attrs in rows:
        if not (type(text) is str and type(tag) is str and type(attrs) is tuple
                and kind in ("text", "open", "close", "atom")):
            raise TypeError("bad span")
        for pair in attrs:
            name, value = pair
            if type(name) is not str or type(value) is not str:
                raise TypeError("bad attribute")
        spans.append(_new_span(kind, text, tag, attrs))
    return tuple(spans)


def _strings(*values: object) -> None:
    for value in values:
        if type(value) is not str:
            raise TypeError("not a string")


def _decode(value: Any, path: Path) -> Loaded:
    """The release and units of a marshalled entry; TypeError/ValueError when it is not one
    (every value's type is checked: a damaged or planted entry is a miss, never a strange
    object)."""
    slug, lang, date, date_text, note, block_rows, unit_rows = value
    _strings(slug, lang, date_text, note)
    blocks = []
    for ident, kind, spans, line, bnote, translate, blang, ordinal in block_rows:
        _strings(ident, kind, bnote, blang)
        if type(line) is not int or type(translate) is not bool or type(ordinal) is not int:
            raise TypeError("bad block")
        blocks.append(_new_block(ident, kind, _spans(spans), line, bnote, translate, blang,
                                 ordinal))
    units = []
    for ident, text, block_id, kind, position, line, unote, holders in unit_rows:
        _strings(ident, text, block_id, kind, position, unote)
        if type(line) is not int:
            raise TypeError("bad unit")
        placeholders = []
        for name, span in holders:
            _strings(name)
            placeholders.append(_new_placeholder(name, _spans((span,))[0]))
        units.append(_new_segment(ident, text, block_id, kind, position, line, unote,
                                  tuple(placeholders)))
    if date is not None and type(date) is not int:
        raise TypeError("bad date")
    release = Release(slug, lang, tuple(blocks),
                      dt.date.fromordinal(date) if date is not None else None, date_text,
                      path, note)
    return release, tuple(units)
