"""The run record's scan of every input, held compactly (``checkreplay._Scanner``).

A whole check's main process keeps, for each of its ~32,000 inputs at N = 1000, the file's
SHA-256 (the checker keys its cache entries with them) and the stat it was taken under (the
next run trusts an unchanged stat): as a dict of paths to a list of five ints and a hex
string, and a second dict of paths to that string, ~10 MB of small objects. They are made
before the check forks its workers, so each worker counted them in its resident memory too.
Here each file is one bytes object: the five stat fields packed, then the 32-byte digest
(~6 MB less at N = 1000, in each process). ``index`` and ``shas`` read them back as the
mappings they were (``path -> [size, mtime, ctime, inode, device, sha256]`` and ``path ->
sha256``), a row at a time."""

from __future__ import annotations

import struct
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

#: size, modification and change times (ns), inode, device: ``statmemo.stamp``'s fields
_STAT = struct.Struct("<qqqQQ")
_DIGEST = 32
_ROW = _STAT.size + _DIGEST
#: (public names for the run record, which keeps the rows as they are: ``Index.rows``)
STAT, ROW = _STAT, _ROW


class Inputs:
    """The inputs' digests, and the stats that vouch for them, one bytes object per file."""

    __slots__ = ("_odd", "_rows", "index", "shas")

    def __init__(self) -> None:
        self._rows: dict[str, bytes] = {}
        #: digests that are not 64 hex digits (a damaged record's), kept as they were given
        self._odd: dict[str, str] = {}
        self.index = Index(self._rows)
        self.shas = Shas(self._rows, self._odd)

    def put(self, name: str, sha: str, sig: Sequence[int] | None) -> None:
        """The file's digest, and the stat (``statmemo.stamp``) that vouches for it, if any."""
        try:
            digest = bytes.fromhex(sha) if len(sha) == 2 * _DIGEST else None
        except ValueError:
            digest = None
        # only what reads back as itself is packed: ``fromhex`` also takes capitals and
        # spaces between bytes (64 characters of which are fewer than 32 bytes)
        if digest is None or digest.hex() != sha:
            # not a digest this module makes (a damaged record's): kept as it is, vouched
            # for by none
            self._rows.pop(name, None)
            self._odd[name] = sha
            return
        self._odd.pop(name, None)
        packed = b""
        if sig is not None:
            try:
                packed = _STAT.pack(*sig)
            except struct.error:  # a field out of range: the file is simply hashed next time
                packed = b""
        self._rows[name] = packed + digest

    def put_row(self, name: str, row: bytes) -> None:
        """A row as ``Index.rows`` gives it (the stat packed as ``STAT``, then the 32-byte
        digest), kept as it is: a recorded row whose stat the file still has (the run
        record's scan compares the packed stat, and unpacks nothing)."""
        if self._odd:
            self._odd.pop(name, None)
        self._rows[name] = row


class Index(Mapping[str, list[Any]]):
    """``path -> [size, mtime, ctime, inode, device, sha256]`` of the files whose stat
    vouches for their digest (a new list on each lookup)."""

    __slots__ = ("_rows",)

    def __init__(self, rows: dict[str, bytes]) -> None:
        self._rows = rows

    def get(self, name: str, default: Any = None) -> Any:
        row = self._rows.get(name)
        if row is None or len(row) != _ROW:
            return default
        return [*_STAT.unpack_from(row), row[_STAT.size:].hex()]

    def __getitem__(self, name: str) -> list[Any]:
        row = self.get(name)
        if row is None:
            raise KeyError(name)
        return row  # type: ignore[no-any-return]

    def __contains__(self, name: object) -> bool:
        row = self._rows.get(name) if isinstance(name, str) else None
        return row is not None and len(row) == _ROW

    def __iter__(self) -> Iterator[str]:
        return (name for name, row in self._rows.items() if len(row) == _ROW)

    def __len__(self) -> int:
        return sum(1 for row in self._rows.values() if len(row) == _ROW)

    def __bool__(self) -> bool:  # (not by ``__len__``, which walks every row)
        return next(iter(self), None) is not None

    def row(self, name: str) -> bytes | None:
        """The file's row as bytes (``rows``), if it has a stat."""
        row = self._rows.get(name)
        return row if row is not None and len(row) == _ROW else None

    def rows(self) -> dict[str, bytes]:
        """The rows with a stat, as bytes (what the run record marshals: ``put_row`` takes
        them back as they are)."""
        return {name: row for name, row in self._rows.items() if len(row) == _ROW}

    def plain(self) -> dict[str, list[Any]]:
        """As a dict (what the run record marshals)."""
        unpack, size = _STAT.unpack_from, _STAT.size
        return {name: [*unpack(row), row[size:].hex()] for name, row in self._rows.items()
                if len(row) == _ROW}


class Shas(Mapping[str, str]):
    """``path -> sha256`` (hex) of every regular file scanned."""

    __slots__ = ("_odd", "_rows")

    def __init__(self, rows: dict[str, bytes], odd: dict[str, str]) -> None:
        self._rows, self._odd = rows, odd

    def get(self, name: str, default: Any = None) -> Any:
        row = self._rows.get(name)
        if row is not None:
            return row[-_DIGEST:].hex()
        return self._odd.get(name, default)

    def __getitem__(self, name: str) -> str:
        found = self.get(name)
        if found is None:
            raise KeyError(name)
        return found  # type: ignore[no-any-return]

    def __contains__(self, name: object) -> bool:
        return name in self._rows or name in self._odd

    def __iter__(self) -> Iterator[str]:
        yield from self._rows
        yield from self._odd

    def __len__(self) -> int:
        return len(self._rows) + len(self._odd)


def plain(index: Mapping[str, Any]) -> dict[str, Any]:
    """An index as a dict, whichever form it is held in."""
    if isinstance(index, Index):
        return index.plain()
    return dict(index)


def forget(mapping: object) -> None:
    """Let go of what ``mapping`` holds (an ``Index``'s or ``Shas``' rows, a dict's items):
    in a worker forked from the main process, which never reads the run record's scan but
    inherited it (its pages are then the worker's to reuse; the main process's copy is
    untouched)."""
    if isinstance(mapping, Index | Shas):
        mapping._rows.clear()
    if isinstance(mapping, Shas):
        mapping._odd.clear()
    elif isinstance(mapping, dict):
        mapping.clear()
