"""The check cache's whole-file entries, stored in packs: a few files per run, not one per PO file.

A fresh check of 1,000 releases files ~5,000 entries (~27 KB each). As files of their own they
cost ~4 s of kernel time on ext4 (each one created, written, flushed and renamed, and the
folder's inodes scanned: see README's "The check cache"); appended to one file per process
they cost about what writing the bytes costs.

A pack is a sequence of entries (each exactly the bytes ``checkcache.file_entry`` makes: a
header line, then its marshalled sections), then an index (``marshal``: the format, and for
each entry its key, offset, size, where its payload begins and its three section splits), then
a 48-byte footer: a magic string, the index's length and its SHA-256. A process that checks
files appends their entries to its own pack, under a temporary name of the run's token
(``.<pid>-<random>.pack.<token>.transpub-tmp``); the main process, once the whole run
succeeded, appends the index of the entries it adopted (``seal``), flushes and renames it to
``<token>-<n>.pack``. So a pack under its final name is complete, never written again
(immutable: a reader that opened it reads the same bytes until it closes it) and a kill leaves
only temporary files, which the next whole run sweeps. A pack whose footer, index digest or
index rows do not check is ignored whole; an entry inside a pack is still checked by its own
digest when read (unless vouched for by the pack's stat: ``checkcache.Vouched``).

Entries of later runs go to new packs; a whole run then deletes the packs none of whose entries
it used and, when the bytes no run uses outweigh the ones it does (or the packs became many),
copies the live entries of those packs into one new pack (``prune``).
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import secrets
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from transpub.statmemo import Stamp, stamp

PACK_FORMAT = f"transpub-check-pack/1 marshal {marshal.version}"
SUFFIX = ".pack"
MAGIC = b"tpcheckpack1\0\0\0\n"
FOOTER = len(MAGIC) + 8 + 32
#: Packs kept before the small ones are merged (a re-check of a few files adds one each time).
MAX_PACKS = 12

#: An entry's place in its pack: key, offset, size, where its payload begins (the header line's
#: length + 1), and the payload's three section splits (``checkcache.file_entry``).
Placed = tuple[str, int, int, int, int, int, int]
#: An entry's place, found by ``Packs.find``: the pack's path, its descriptor and stat, then
#: offset, size, payload start and splits.
Found = tuple[str, int, Stamp, int, int, int, int, int, int]

_FLAGS = getattr(os, "O_CLOEXEC", 0)


def placed_of(key: str, offset: int, data: bytes | memoryview) -> Placed | None:
    """The index row of an entry (``checkcache.file_entry``'s bytes) written at ``offset``."""
    read = _read_header(bytes(data[:1024]))
    if read is None:
        return None
    header, newline = read
    split = header.get("split")
    if header.get("key") != key or not isinstance(split, list) or len(split) != 3 or \
            not all(type(s) is int for s in split):
        return None
    return (key, offset, len(data), newline + 1, split[0], split[1], split[2])


class PackWriter:
    """Entries appended to one staged pack (one per process and run)."""

    def __init__(self, folder: Path, token: str) -> None:
        from transpub.fsutil import TMP_SUFFIX

        self.folder = folder
        self.token = token
        self.tmp = f"{folder}{os.sep}.{os.getpid()}-{secrets.token_hex(4)}{SUFFIX}.{token}" \
                   f"{TMP_SUFFIX}"
        self.fd = -1
        self.end = 0
        self.pid = os.getpid()

    def append(self, key: str, data: bytes) -> Placed | None:
        """Write one entry; its index row (None: not written, it only costs a later run)."""
        from transpub.fsutil import _inject_fault, write_fd

        placed = placed_of(key, self.end, data)
        if placed is None:
            return None
        try:
            _inject_fault(Path(self.tmp))
            if self.fd < 0:
                self.folder.mkdir(parents=True, exist_ok=True)
                self.fd = os.open(self.tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _FLAGS,
                                  0o666)
            write_fd(self.fd, data)
        except OSError:
            self.close()
            # nothing more is appended (the entries before stay indexed by their rows: the
            # index goes after whatever this one left, at the pack's end)
            self.end = -1
            return None
        if self.end < 0:
            return None
        self.end += len(data)
        return placed

    def close(self) -> None:
        if self.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = -1


#: This process's pack per run token (a worker serves one run; the main process, checking
#: files itself with ``--jobs 1``, one run after another).
_WRITERS: dict[str, PackWriter] = {}


def writer_for(folder: Path, token: str) -> PackWriter:
    known = _WRITERS.get(token)
    # (one inherited by a forked worker is its parent's: the worker appends to a pack of its own)
    if known is None or known.folder != folder or known.pid != os.getpid():
        for other in _WRITERS.values():
            if other.pid == os.getpid():
                other.close()
        _WRITERS.clear()
        known = _WRITERS[token] = PackWriter(folder, token)
    return known


def close_writers(token: str) -> None:
    known = _WRITERS.pop(token, None)
    if known is not None:
        known.close()


def seal(tmp: str, rows: Sequence[Placed]) -> None:
    """Append the index of ``rows`` and the footer to the staged pack ``tmp`` (the entries
    not among ``rows`` stay in it, unindexed)."""
    from transpub.fsutil import write_fd

    index = marshal.dumps((PACK_FORMAT, tuple(rows)))
    fd = os.open(tmp, os.O_WRONLY | os.O_APPEND | _FLAGS)
    try:
        write_fd(fd, index + MAGIC + len(index).to_bytes(8, "big")
                 + hashlib.sha256(index).digest())
    finally:
        os.close(fd)


def _index(fd: int, size: int) -> tuple[tuple[Placed, ...], int] | None:
    """A pack's index rows and where its entries end, or None if its footer, index digest or
    rows do not check."""
    if size < FOOTER:
        return None
    footer = os.pread(fd, FOOTER, size - FOOTER)
    if len(footer) != FOOTER or not footer.startswith(MAGIC):
        return None
    length = int.from_bytes(footer[len(MAGIC):len(MAGIC) + 8], "big")
    end = size - FOOTER - length
    if end < 0:
        return None
    index = os.pread(fd, length, end)
    if len(index) != length or hashlib.sha256(index).digest() != footer[-32:]:
        return None
    try:
        form, rows = marshal.loads(index)
    except (ValueError, TypeError, EOFError):
        return None
    if form != PACK_FORMAT or not isinstance(rows, tuple):
        return None
    for row in rows:
        # the digest says these are the rows a run wrote; their places must still lie in the
        # entries' part of the file (a reader's reads then stay inside it). Each field's type
        # tested by name, not by a generator over the row: ~2.5 us a row, 10,000 rows a run at
        # N = 1000 (marshal makes exact types: ``type(...) is`` is ``isinstance`` here)
        if type(row) is not tuple or len(row) != 7:
            return None
        key, offset, length_, at, first, second, third = row
        if type(key) is not str or type(offset) is not int or type(length_) is not int or \
                type(at) is not int or type(first) is not int or type(second) is not int or \
                type(third) is not int:
            return None
        if not (offset >= 0 and offset + length_ <= end and 0 < at <= length_
                and 0 <= first <= second <= third <= length_ - at):
            return None
    return rows, end


#: Packs whose index this process read and checked, by path and stat: a pack is never written
#: again under its name (a change moves its stat), so the same stat is the same index. A
#: whole check lists the packs twice, to read its entries and to prune them after its commit
#: (~5,000 rows at N = 1000, each checked again).
_INDEXED: dict[tuple[str, Stamp], tuple[tuple[Placed, ...], int]] = {}


class Packs:
    """The packs of a cache folder, as one run found them: where each key's entry is. The
    packs stay open for the run (a pack another check deletes meanwhile still reads)."""

    def __init__(self, folder: Path | None, hold: bool = False) -> None:
        """``hold``: the run's own listing, its descriptors kept open for reading back by
        place (``checkstream.HELD``) until the next run's replaces them (``close`` leaves
        them open)."""
        self.folder = folder
        self.hold = hold
        self.packs: list[tuple[str, int, Stamp, int]] = []
        """(path, descriptor, stat, size of its entries' part) of each valid pack."""
        self.rows: list[tuple[Placed, ...]] = []
        self._where: dict[str, tuple[int, Placed]] = {}
        if folder is None:
            return
        try:
            names = sorted(e.name for e in os.scandir(folder)
                           if e.name.endswith(SUFFIX) and not e.name.startswith("."))
        except OSError:
            return
        seen: dict[tuple[str, Stamp], tuple[tuple[Placed, ...], int] | None] = {}
        for name in names:
            path = f"{folder}{os.sep}{name}"
            try:
                fd = os.open(path, os.O_RDONLY | _FLAGS)
            except OSError:
                continue
            try:
                known = os.fstat(fd)
                signed = (path, stamp(known))
                indexed = _INDEXED.get(signed)
                if indexed is None:
                    indexed = _index(fd, known.st_size)
                seen[signed] = indexed
            except OSError:
                indexed = None
            if indexed is None:
                os.close(fd)
                continue
            rows, end = indexed
            number = len(self.packs)
            self.packs.append((path, fd, stamp(known), end))
            self.rows.append(rows)
            where = self._where
            for row in rows:
                where.setdefault(row[0], (number, row))
        # (the last listing's only: one cache folder a process)
        _INDEXED.clear()
        _INDEXED.update((k, v) for k, v in seen.items() if v is not None)
        if hold:
            from transpub import checkstream

            for fd in checkstream.HELD.values():
                with contextlib.suppress(OSError):
                    os.close(fd)
            checkstream.HELD.clear()
            checkstream.HELD.update((path, fd) for path, fd, _stamp, _end in self.packs)

    def find(self, key: str) -> Found | None:
        known = self._where.get(key)
        if known is None:
            return None
        path, fd, stamped, _end = self.packs[known[0]]
        _key, offset, size, at, first, second, third = known[1]
        return (path, fd, stamped, offset, size, at, first, second, third)

    def __len__(self) -> int:
        return len(self._where)

    def close(self) -> None:
        for _path, fd, _stamp, _end in self.packs if not self.hold else ():
            with contextlib.suppress(OSError):
                os.close(fd)
        self.packs = []
        self.rows = []
        self._where = {}

    def __enter__(self) -> Packs:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def prune(folder: Path, used: set[str]) -> list[tuple[str, tuple[str, ...]]]:
    """Delete the packs none of whose entries ``used`` names; when the bytes of entries it does
    not name (older versions of the files, or copies in two packs) outweigh the others, or
    the packs are more than ``MAX_PACKS``, copy the live entries of those packs into one new
    pack (each entry's digest checked on the way) and delete them. Returns the packs written
    (path, keys). Anything that fails leaves the packs as they were."""
    from transpub.fsutil import _fsync_dir, remove_stale

    with contextlib.suppress(OSError):
        # temporary packs of runs killed before their commit
        remove_stale([folder], recursive=False, keep_own=True)
    with Packs(folder) as packs:
        # a key in two packs lives in the one holding more of the run's entries
        order = sorted(range(len(packs.packs)),
                       key=lambda i: -sum(1 for r in packs.rows[i] if r[0] in used))
        home: dict[str, int] = {}
        for number in order:
            for row in packs.rows[number]:
                if row[0] in used:
                    home.setdefault(row[0], number)
        live: dict[int, list[Placed]] = {}
        for number in range(len(packs.packs)):
            rows = [r for r in packs.rows[number] if home.get(r[0]) == number]
            if rows:
                live[number] = rows
            else:
                with contextlib.suppress(OSError):
                    os.unlink(packs.packs[number][0])  # noqa: PTH108
        sizes = {n: sum(r[2] for r in rows) for n, rows in live.items()}
        dead = {n: packs.packs[n][3] - sizes[n] for n in live}
        merge: set[int] = set()
        if sum(dead.values()) > sum(sizes.values()):
            merge = {n for n in live if dead[n] > 0}
        if len(live) - len(merge) + (1 if merge else 0) > MAX_PACKS:
            for number in sorted(live, key=lambda n: sizes[n]):
                if len(live) - len(merge) + 1 <= MAX_PACKS // 2:
                    break
                merge.add(number)
        if not merge or (len(merge) == 1 and not dead[min(merge)]):
            return []
        token = f"{os.getpid()}-{secrets.token_hex(4)}"
        writer = PackWriter(folder, token)
        rows_out: list[Placed] = []
        for number in sorted(merge):
            fd = packs.packs[number][1]
            for key, offset, size, *_rest in live[number]:
                data = os.pread(fd, size, offset)
                if len(data) != size or not _intact(data):
                    continue  # a damaged entry is not carried over: its file is checked again
                placed = writer.append(key, data)
                if placed is None:
                    break
                rows_out.append(placed)
        writer.close()
        final = f"{folder}{os.sep}{token}-merged{SUFFIX}"
        try:
            if writer.end < 0:
                raise OSError("not written")
            seal(writer.tmp, rows_out)
            fd = os.open(writer.tmp, os.O_RDONLY | _FLAGS)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(writer.tmp, final)  # noqa: PTH105
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(writer.tmp)  # noqa: PTH108
            return []
        for number in merge:
            with contextlib.suppress(OSError):
                os.unlink(packs.packs[number][0])  # noqa: PTH108
        with contextlib.suppress(OSError):
            _fsync_dir(str(folder))
        return [(final, tuple(r[0] for r in rows_out))]


def _intact(data: bytes) -> bool:
    """Whether an entry's payload matches its header's digest."""
    read = _read_header(data)
    if read is None:
        return False
    header, newline = read
    return hashlib.sha256(memoryview(data)[newline + 1:]).hexdigest() == header.get("sha256")


def _read_header(data: bytes) -> tuple[dict[str, Any], int] | None:
    """An entry's header line parsed, and where it ends; None for one that does not parse."""
    from transpub.checkcache import _header

    newline = data.find(b"\n")
    if newline < 0:
        return None
    try:
        return _header(data[:newline]), newline
    except ValueError:
        return None


def keys_of(paths: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The keys each of the packs at ``paths`` indexes (unreadable ones: none)."""
    out: dict[str, tuple[str, ...]] = {}
    for path in paths:
        try:
            fd = os.open(path, os.O_RDONLY | _FLAGS)
        except OSError:
            continue
        try:
            indexed = _index(fd, os.fstat(fd).st_size)
        except OSError:
            indexed = None
        finally:
            os.close(fd)
        out[path] = tuple(r[0] for r in indexed[0]) if indexed is not None else ()
    return out
