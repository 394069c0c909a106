"""A whole workspace check's findings, kept out of memory and streamed to the report.

A check of 1,000 releases finds ~110,000 problems, each carrying its source and translation;
holding them as objects took most of the main process's memory. Each file's findings are
instead marshalled as they arrive (one blob per file, in the order they were found) into an
unnamed temporary file (removed by the kernel however the run ends), with what the summary
needs counted as they go: by severity, code and language. The report reads them back in
report order, (file, language, line, unit, code, message), one (file, language) group at a
time: a group's blobs sorted and merged (``heapq.merge`` keeps equal findings in the order of
the files they came from, as one stable sort of every finding does). The text report's
order, (language, file, line, unit, code), is the same groups taken in another order.

Suppressions and the baseline are applied per finding in the stream (``suppress``,
``partition``): only the files a valid suppression is in are read for it.
"""

from __future__ import annotations

import heapq
import marshal
import os
import tempfile
from array import array
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from operator import itemgetter
from typing import IO, Any, NamedTuple, overload

from transpub.checks.registry import Finding, Severity
from transpub.errors import TranspubError
from transpub.regular import open_regular
from transpub.statmemo import stamp
from transpub.suppress import Applied, Suppression, apply

#: A finding as marshalled: code, severity, lang, file, line, unit, message, expected,
#: source, target, span, check (``checkcache._finding_row``).
Row = tuple[Any, ...]
#: (file, language): the groups the report is made of.
Key = tuple[str, str]
_SEVERITIES = {int(s): s for s in Severity}


def to_row(item: Finding) -> Row:
    return (item.code, int(item.severity), item.lang, item.file, item.line, item.unit,
            item.message, item.expected, item.source, item.target, item.span, item.check)


def from_row(row: Row) -> Finding:
    code, severity, lang, file, line, unit, message, expected, source, target, span, check = row
    return Finding(code, _SEVERITIES[severity], lang, file, line, unit, message, expected,
                   source, target, span, check)


#: Open descriptors of the check cache's packs the current run read (path -> descriptor), held
#: until the next run's (``checkpack.Packs`` with ``hold``): read back by place through them.
HELD: dict[str, int] = {}


class Ref(NamedTuple):
    """Bytes left where they were read (a whole-file cache entry, its digest checked when it
    was read): the file, the bytes' place in it, and the file's stat then, which must not
    have moved when they are read back (``Shelf.get``)."""

    where: str
    offset: int
    size: int
    stamp: tuple[int, int, int, int, int]


class Changed(TranspubError):
    """A cache entry a run read changed before the run read it back."""


class Blob(NamedTuple):
    """One file's findings as the store keeps them: marshalled rows (in the order found),
    their (file, language) groups, their counts by (severity, code, language) and total.
    Made where they are found (a worker) and kept in its whole-file cache entry, so that
    neither the main process nor a re-check unmarshals them until the report reads them."""

    data: bytes
    keys: tuple[Key, ...]
    counts: tuple[tuple[int, str, str, int], ...]
    total: int
    ref: Ref | None = None
    """Where ``data`` is, when it was left in a cache entry (``data`` is then empty)."""


def blob_of(findings: Iterable[Finding]) -> Blob:
    rows = tuple(map(to_row, findings))
    counts = Counter((r[1], r[0], r[2]) for r in rows)
    return Blob(marshal.dumps(rows), tuple(sorted({(r[3], r[2]) for r in rows})),
                tuple((s, c, lang, n) for (s, c, lang), n in sorted(counts.items())),
                len(rows))


class Usables(NamedTuple):
    """One file's units that TP701/TP702 compare (``checkcache.Usable`` rows), marshalled,
    with each row's group keys (``group_keys``): made where the units are read and kept in
    the file's cache entry, so that the rows are unmarshalled only when the groups are
    compared, and then only those of groups with more than one unit are kept."""

    data: bytes
    keys: bytes | tuple[tuple[int, int], ...]
    """Each row's two group keys (``group_keys``), flat, as the bytes of an ``array("i")``
    (``usables_of``; a tuple of pairs only for keys that do not fit in 32 bits, which
    ``group_keys`` never makes): a re-check reads 5,000 files' keys, and as bytes they are
    one object each, not ~30 pairs of ints to unmarshal and flatten again."""
    ref: Ref | None = None
    """Where ``data`` is, when it was left in a cache entry (``data`` is then empty)."""


def _stable(digest: str) -> int:
    return int(digest[:15], 16)


def group_keys(row: Sequence[Any]) -> tuple[int, int]:
    """A compared row's groups as numbers that are the same in every process (from its
    digests' first 60 bits): TP701's (same source, plural form), TP702's (same translation; -1 for a
    row TP702 does not compare)."""
    form = row[4]
    # only their low bits are ever used (``Groups``' tables have at most 2**24 slots): kept
    # to 31, they are machine-sized ints, which marshal writes in 4 bytes and a re-check
    # reads back ~400,000 of at N = 1000 (80-bit ones took six 15-bit digits each)
    return ((_stable(row[5]) * 4099 + (0 if form is None else form + 1)) & _LOW,
            _stable(row[6]) & _LOW if row[8] else -1)


_LOW = (1 << 31) - 1


def usables_of(rows: Sequence[tuple[Any, ...]]) -> Usables:
    pairs = tuple(group_keys(r) for r in rows)
    try:
        keys: bytes | tuple[tuple[int, int], ...] = array(
            "i", list(chain.from_iterable(pairs))).tobytes()
    except OverflowError:  # (not keys ``group_keys`` makes: kept as pairs)
        keys = pairs
    return Usables(marshal.dumps(tuple(rows)), keys)


#: Tables of a byte's bit 0, 1, ... 7 (``_spread``).
_BIT = [bytes((value >> bit) & 1 for value in range(256)) for bit in range(8)]


def _spread(bitmap: bytearray) -> bytearray:
    """One byte per bit of ``bitmap`` (0 or 1; slot ``at`` is bit ``at & 7`` of byte
    ``at >> 3``), made in C: each bit's bytes translated, then laid every eighth byte
    (``Groups.files`` looks its flags up in it by slot; ~3 ms for 2 million slots)."""
    out = bytearray(8 * len(bitmap))
    for bit, table in enumerate(_BIT):
        out[bit::8] = bitmap.translate(table)
    return out


def _tally(once: bytearray, twice: bytearray, slots: Iterable[int]) -> None:
    """Count ``slots`` in a table held as two bitmaps (seen once, seen twice or more)."""
    for at in slots:
        byte, bit = at >> 3, 1 << (at & 7)
        if once[byte] & bit:
            twice[byte] |= bit
        else:
            once[byte] |= bit


class Groups:
    """The rows TP701 and TP702 compare, on disk (``Shelf``), and how many rows fall in each
    group, counted in two fixed tables by hash, saturating at 2. A collision only makes a
    lone row look shared: it is compared and, alone in its exact group, finds nothing; so
    the rows kept (``rows``) are every row of a group of two or more, and a few others."""

    __slots__ = ("_counted", "_mask", "_pending", "_places", "_shelf", "_slotted", "_source",
                 "_source_twice", "_target", "_target_twice")

    def __init__(self, expected: int) -> None:
        size = 1 << max(12, min(24, (max(expected, 1) * 8).bit_length()))
        self._mask = size - 1
        # made when first counted (``_count``), not here: a whole check makes its groups
        # before it forks its workers, and a table made then (4 MB at N = 1000, zeroed, so
        # resident) would count in every worker's RSS too. Each table is two bitmaps (its
        # slots seen once, seen twice or more): a byte per slot, counting to 2, was 4 MB at
        # N = 1000, made while the workers run (``count``)
        self._source = self._source_twice = bytearray()
        self._target = self._target_twice = bytearray()
        self._counted = False
        """Whether the tables count every file's rows: counted when first read (``rows``),
        as a re-check that patches TP701/TP702 (``checkpatch``) never reads them."""
        self._shelf = Shelf()
        #: by file position: language, where its rows are, and each row's two group keys
        #: (``group_keys``: TP701's, TP702's or -1), flat; once the file is counted
        #: (``_count``), each row's two slots in the tables instead (the target slot ``size``
        #: when TP702 does not compare the row): the keys are let go as their slots are made
        #: (one array a file, not two: ~2 MB of a whole check's main process at N = 1000)
        self._places: dict[int, tuple[str, int, int, array[int]]] = {}
        #: the positions whose array holds slots, not keys
        self._slotted: set[int] = set()
        #: the positions added since the tables last counted (all of them before the tables
        #: are made): counting is incremental, so that a whole check can count each file as
        #: its result arrives, while the workers run (``count``), not all of them after
        self._pending: list[int] = []

    def add(self, position: int, lang: str, usables: Usables) -> None:
        keys = usables.keys
        if not keys:
            return
        # the keys as they are, 4 bytes each: their table slots are made only with the
        # tables (a whole check's ``files``); a one-file re-check (``holding``) compares the
        # keys of the changed file's language only, and making every file's slots here was
        # ~8 % of it at N = 1000
        if isinstance(keys, bytes):  # (as ``usables_of`` makes them: copied in C)
            flat = array("i")
            flat.frombytes(keys)
        else:
            # (from a list: an array made from an iterator grows item by item, 3 times
            # slower)
            listed = list(chain.from_iterable(keys))
            try:
                flat = array("i", listed)
            except OverflowError:  # (not a key ``group_keys`` makes: kept whole)
                flat = array("q", listed)
        if position in self._places:
            # its rows were added before (and perhaps counted): the counts (saturating) cannot
            # take them out, so the tables are counted again from every file
            self._source = self._source_twice = bytearray()
            self._target = self._target_twice = bytearray()
            self._pending = [at for at in self._places if at != position]
            self._slotted.discard(position)
        self._places[position] = (lang, *self._shelf.keep(usables.data, usables.ref), flat)
        self._pending.append(position)
        self._counted = False

    def _slots_of(self, lang: str, keys: array[int]) -> array[int]:
        """A file's rows' two slots each (kept in ``_places`` once counted) from their keys."""
        mask = self._mask
        none = mask + 1
        # the keys are digests' bits already: the language is mixed in, not hashed again
        salt = hash(lang)
        slots = array("I", bytes(4 * len(keys)))
        slots[0::2] = array("I", [(one ^ salt) & mask for one in keys[0::2]])
        slots[1::2] = array("I", [(other ^ salt) & mask if other >= 0 else none
                                  for other in keys[1::2]])
        return slots

    def count(self) -> None:
        """Count the rows of the files added since the last count (the tables are made at
        the first): a whole check that compares every group calls it as each result arrives
        (``checkwhole``), so that only the last files are left to count after the workers
        are done (the 5,000 files of N = 1000 took ~0.15 s of the serial tail)."""
        self._count()

    def _count(self) -> None:
        if self._counted:
            return
        size = self._mask + 1
        if not self._source:  # (a table has at least 4,096 slots)
            self._source, self._source_twice = bytearray(size >> 3), bytearray(size >> 3)
            # + the slot of "not compared"
            self._target = bytearray((size >> 3) + 1)
            self._target_twice = bytearray((size >> 3) + 1)
            self._pending = list(self._places)
        slotted, places = self._slotted, self._places
        for position in self._pending:
            lang, offset, size_, keys = places[position]
            if position in slotted:  # (counted before the tables were made again)
                slots = keys
            else:
                slots = self._slots_of(lang, keys)
                places[position] = (lang, offset, size_, slots)
                slotted.add(position)
            _tally(self._source, self._source_twice, slots[0::2])
            _tally(self._target, self._target_twice, slots[1::2])
        self._pending = []
        self._counted = True

    def rows(self, positions: Iterable[int]) -> Iterator[tuple[str, int, Sequence[Any], bool,
                                                               bool]]:
        """(language, position, row, in a shared TP701 group, in a shared TP702 group) of
        the rows of the files at ``positions`` (in that order) that may share a group: a
        file none of whose rows may is not read back."""
        for lang, position, _index, row, same, shared in self.numbered(positions):
            yield lang, position, row, same, shared

    def numbered(self, positions: Iterable[int]) -> Iterator[tuple[str, int, int, Sequence[Any],
                                                                   bool, bool]]:
        """``rows``, each with its place among its file's rows."""
        for lang, position, rows, same, shared in self.files(positions):
            for index, row in enumerate(rows):
                if same[index] or shared[index]:
                    yield lang, position, index, row, bool(same[index]), bool(shared[index])

    def files(self, positions: Iterable[int]) -> Iterator[tuple[str, int, Sequence[Sequence[Any]],
                                                                bytes, bytes]]:
        """(language, position, rows, TP701 flags, TP702 flags) of each file at
        ``positions`` (in that order) one of whose rows may share a group: a flag (one byte
        per row, in the rows' order) is 1 where the row's group may hold another row. The
        flags are looked up in C (``map``): a whole check passes over 160,000 rows at
        N = 1000, in the main process, after the workers are done."""
        self._count()
        # 1 for a slot counted twice, 0 for the others
        source = _spread(self._source_twice)
        # the slot of "not compared" (after the others) reads 0 whatever was counted in it
        target = _spread(self._target_twice)
        target[self._mask + 1] = 0
        for position in positions:
            place = self._places.get(position)
            if place is None:
                continue
            lang, offset, size, slots = place  # (counted: slots)
            same = bytes(map(source.__getitem__, slots[0::2]))
            shared = bytes(map(target.__getitem__, slots[1::2]))
            if 1 in same or 1 in shared:
                yield lang, position, marshal.loads(self._shelf.get(offset, size)), same, shared

    def of(self, position: int) -> Sequence[Sequence[Any]]:
        """The rows of the file at ``position``."""
        place = self._places.get(position)
        if place is None:
            return ()
        rows: Sequence[Sequence[Any]] = marshal.loads(self._shelf.get(place[1], place[2]))
        return rows

    def of_with_lang(self, position: int) -> tuple[str, Sequence[Sequence[Any]]]:
        """The language and rows of the file at ``position`` (which has rows)."""
        lang, offset, size, _keys = self._places[position]
        return lang, marshal.loads(self._shelf.get(offset, size))

    def holding(self, tp701: set[tuple[Any, ...]], tp702: set[tuple[Any, ...]]
                ) -> Iterator[tuple[str, int, int, Sequence[Any]]]:
        """(language, position, place in its file, row) of every row in one of the groups
        ``tp701`` ((language, same source, form) keys) and ``tp702`` ((language,
        translation) keys), in file order: only the files whose table slots hold one of
        theirs are read back (by their rows' keys, ``group_keys``: a key shared by chance
        only reads a file more)."""
        # a group is one language's: the files of the other languages hold none of its rows
        # (a one-file re-check: four fifths of the files passed over without their keys)
        sources: dict[str, set[int]] = {}
        targets: dict[str, set[int]] = {}
        for lang, same, form in tp701:
            sources.setdefault(lang, set()).add(
                (_stable(same) * 4099 + (0 if form is None else form + 1)) & _LOW)
        for lang, key in tp702:
            targets.setdefault(lang, set()).add(_stable(key) & _LOW)
        # a file counted holds its rows' slots (``_count``): the groups' keys as slots for it
        # (``_slots_of``); a key sharing a slot by chance only tests a row more, as below
        mask = self._mask
        slot_sources = {lang: {(k ^ hash(lang)) & mask for k in keys}
                        for lang, keys in sources.items()} if self._slotted else {}
        slot_targets = {lang: {(k ^ hash(lang)) & mask for k in keys}
                        for lang, keys in targets.items()} if self._slotted else {}
        for position in sorted(self._places):
            lang, offset, size, keys = self._places[position]
            slotted = position in self._slotted
            one = (slot_sources if slotted else sources).get(lang)
            other = (slot_targets if slotted else targets).get(lang)
            if one is None and other is None:
                continue  # (before any key is looked at: ``isdisjoint`` walks them all)
            firsts, seconds = keys[0::2], keys[1::2]
            if (one is None or one.isdisjoint(firsts)) and \
                    (other is None or other.isdisjoint(seconds)):
                continue
            # only the rows whose keys are a group's are tested (a row in a group has its
            # group's key: ``group_keys``): not every row's tuple made and its digests hashed
            # (the benchmark's edit, the label every release shares, reads back 1,000 files
            # of ~30 rows each for one row of each)
            places = [i for i, k in enumerate(firsts) if k in one] if one is not None else []
            if other is not None:
                places += [i for i, k in enumerate(seconds) if k in other]
                places = sorted(set(places))
            rows = marshal.loads(self._shelf.get(offset, size))
            for index in places:
                if index >= len(rows):
                    break  # (keys are made with their rows: never, unless damaged)
                row = rows[index]
                if (lang, row[5], row[4]) in tp701 or (row[8] and (lang, row[6]) in tp702):
                    yield lang, position, index, row

    def clear(self) -> None:
        self._source = self._source_twice = bytearray()
        self._target = self._target_twice = bytearray()
        self._counted = False
        self._places.clear()
        self._slotted.clear()
        self._pending = []
        self._shelf.close()
        self._shelf = Shelf()


class Shelf:
    """Bytes appended to an unnamed temporary file, read back by place."""

    __slots__ = ("_end", "_file", "_refs")

    def __init__(self) -> None:
        self._file: IO[bytes] | None = None
        self._end = 0
        #: bytes left in the files they were read from: (file, offset, stat) by -place - 1
        self._refs: list[tuple[str, int, tuple[int, int, int, int, int]]] = []

    def keep(self, data: bytes, ref: Ref | None) -> tuple[int, int]:
        """``put`` the bytes, or remember where they are (``ref``): a re-check reads
        5,000 cache entries and reads back a few of them."""
        if ref is None:
            return self.put(data)
        self._refs.append((ref.where, ref.offset, ref.stamp))
        return -len(self._refs), ref.size

    def put(self, data: bytes) -> tuple[int, int]:
        if self._file is None:
            # unnamed (O_TMPFILE where the system has it): nothing is left behind by a kill
            self._file = tempfile.TemporaryFile(prefix="transpub-check-")  # noqa: SIM115
        self._file.seek(self._end)
        self._file.write(data)
        at = self._end
        self._end += len(data)
        return at, len(data)

    def get(self, offset: int, size: int) -> bytes:
        if offset < 0:
            return self._referred(offset, size)
        assert self._file is not None
        self._file.seek(offset)
        return self._file.read(size)

    def _referred(self, offset: int, size: int) -> bytes:
        # (``stamp`` imported at the top, not here: an import in a function costs ~5 us a
        # call, and a re-check reads back ~1,600 places)
        where, at, known = self._refs[-offset - 1]
        held = HELD.get(where)
        try:
            if held is not None:
                # the run's own descriptor of the pack (``checkpack.Packs``): a pack is never
                # written again under its name, so another check deleting or replacing it
                # meanwhile changes nothing here (unlinked, only its change time moves);
                # written to in place, its stat moved
                now = os.fstat(held)
                if stamp(now) == known or (now.st_nlink == 0 and (
                        now.st_size, now.st_mtime_ns, now.st_ino, now.st_dev) ==
                        (known[0], known[1], known[3], known[4])):
                    data = os.pread(held, size, at)
                    if len(data) == size:
                        return data
            else:
                with open_regular(where) as handle:
                    # the entry's digest was checked when it was read: the same file,
                    # unchanged since (content-addressed: the same name, the same bytes)
                    if stamp(os.fstat(handle.fileno())) == known:
                        handle.seek(at)
                        data = handle.read(size)
                        if len(data) == size:
                            return data
        except OSError:
            pass
        raise Changed("the check cache changed while the check ran (another check of this "
                      "workspace?)", where)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        self._end = 0
        self._refs = []


def _in_group(row: Row) -> tuple[int, str, str, str]:
    """The report order within one (file, language) group: line, unit, code, message."""
    return (row[4], row[5], row[0], row[6])


#: Blobs of several groups kept split (``Store._of_split``).
SPLIT_KEPT = 8


class Store:
    """Findings by blob (one per file's result, ``position`` = the file's place in the run),
    on disk, with their counts in memory."""

    __slots__ = ("_blobs", "_keys", "_shelf", "_split", "counts", "total")

    def __init__(self) -> None:
        self._shelf = Shelf()
        #: blobs of several groups (the collection checks' findings; a file's findings with
        #: TP801's on its page), read back once and kept split by group, the last few only
        self._split: OrderedDict[int, dict[Key, list[Row]]] = OrderedDict()
        #: blob -> (position, offset, size, keys)
        self._blobs: list[tuple[int, int, int, tuple[Key, ...]]] = []
        self._keys: dict[Key, list[int]] = {}
        self.counts: Counter[tuple[int, str, str]] = Counter()
        """(severity, code, language) -> findings."""
        self.total = 0

    def add(self, position: int, findings: Iterable[Finding]) -> None:
        rows = tuple(map(to_row, findings))
        if rows:
            self.add_rows(position, rows)

    def add_rows(self, position: int, rows: Sequence[Row]) -> None:
        if not rows:
            return
        self._put(position, marshal.dumps(tuple(rows)), {(r[3], r[2]) for r in rows},
                  Counter((r[1], r[0], r[2]) for r in rows), len(rows))

    def add_blob(self, position: int, blob: Blob) -> None:
        if blob.total:
            self._put(position, blob.data, blob.keys, None, blob.total, blob.ref)
            # added in place, in the order ``Counter.update`` would (5,000 files at N = 1000:
            # a Counter made of each file's counts, then merged, cost ~3 % of a re-check)
            counts = self.counts
            for severity, code, lang, count in blob.counts:
                counts[severity, code, lang] += count

    def _put(self, position: int, data: bytes, keys: Iterable[Key],
             counts: Counter[tuple[int, str, str]] | None, total: int,
             ref: Ref | None = None) -> None:
        offset, size = self._shelf.keep(data, ref)
        index = len(self._blobs)
        keys = tuple(sorted(keys))
        self._blobs.append((position, offset, size, keys))
        for key in keys:
            self._keys.setdefault(key, []).append(index)
        if counts is not None:
            self.counts.update(counts)
        self.total += total

    def _rows(self, index: int) -> tuple[Row, ...]:
        _position, offset, size, _keys = self._blobs[index]
        rows: tuple[Row, ...] = marshal.loads(self._shelf.get(offset, size))
        return rows

    def groups(self, text_order: bool = False) -> list[Key]:
        """The (file, language) groups in report order, or in the text report's order
        (language, file)."""
        return sorted(self._keys, key=_LANG_FIRST if text_order else None)

    def group(self, key: Key) -> Iterator[Row]:
        """One group's rows in report order: its blobs in the files' order, merged."""
        blobs = sorted(self._keys.get(key, ()), key=lambda i: self._blobs[i][0])
        parts = []
        for index in blobs:
            if len(self._blobs[index][3]) > 1:
                rows: Sequence[Row] = self._of_split(index).get(key, ())
            else:
                rows = self._rows(index)
            parts.append(sorted(rows, key=_in_group))
        if len(parts) == 1:
            return iter(parts[0])
        return heapq.merge(*parts, key=_in_group)

    def _of_split(self, index: int) -> dict[Key, list[Row]]:
        """A blob of several groups, its rows by group (in their order within the blob):
        unmarshalled once, not once per group (the report asks for each of its groups)."""
        split = self._split.get(index)
        if split is not None:
            self._split.move_to_end(index)
            return split
        split = {}
        for row in self._rows(index):
            split.setdefault((row[3], row[2]), []).append(row)
        self._split[index] = split
        if len(self._split) > SPLIT_KEPT:
            self._split.popitem(last=False)
        return split

    def rows(self, text_order: bool = False) -> Iterator[Row]:
        for key in self.groups(text_order):
            yield from self.group(key)

    def suppress(self, suppressions: Sequence[Suppression], codes: set[str]) -> Applied:
        """``suppress.apply`` on every finding, reading only the blobs a valid suppression's
        file is in: the silenced findings are dropped from their blobs, in the order
        ``apply`` sees them (the files' order, each blob as found)."""
        files = {s.file for s in suppressions if not s.problem}
        touched = sorted((i for i, blob in enumerate(self._blobs)
                          if any(key[0] in files for key in blob[3])),
                         key=lambda i: self._blobs[i][0])
        decoded = [(i, [from_row(r) for r in self._rows(i)]) for i in touched]
        applied = apply((f for _i, found in decoded for f in found if f.file in files),
                        suppressions, codes)
        if applied.suppressed:
            silenced = {id(item) for item, _reason in applied.suppressed}
            for index, found in decoded:
                kept = [to_row(f) for f in found if id(f) not in silenced]
                if len(kept) == len(found):
                    continue
                self._drop(index)
                if kept:
                    self.add_rows(self._blobs[index][0], kept)
        applied.kept = []  # the kept findings are the store's
        return applied

    def _drop(self, index: int) -> None:
        self._split.pop(index, None)
        rows = self._rows(index)
        position, _offset, _size, keys = self._blobs[index]
        for key in keys:
            self._keys[key].remove(index)
            if not self._keys[key]:
                del self._keys[key]
        self.counts.subtract(Counter((r[1], r[0], r[2]) for r in rows))
        self.counts = +self.counts
        self.total -= len(rows)
        self._blobs[index] = (position, 0, 0, ())

    def clear(self) -> None:
        """Forget everything (the run starts again)."""
        self._shelf.close()
        self._split.clear()
        self._blobs, self._keys = [], {}
        self.counts, self.total = Counter(), 0

#: A group's key in the text report's order: (language, file), in C.
_LANG_FIRST = itemgetter(1, 0)


class Streamed(Sequence[Finding]):
    """A run's findings in report order, read back from a ``Store`` each time they are
    iterated (``CheckRun.findings`` of a whole workspace check)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __len__(self) -> int:
        return self.store.total

    def __iter__(self) -> Iterator[Finding]:
        return map(from_row, self.store.rows())

    def in_text_order(self) -> Iterator[Finding]:
        """By (language, file, line, unit, code), as the text report lists them."""
        return map(from_row, self.store.rows(text_order=True))

    @overload
    def __getitem__(self, index: int) -> Finding: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Finding]: ...
    def __getitem__(self, index: int | slice) -> Finding | Sequence[Finding]:
        return list(self)[index]  # not on the report's path: everything is read

    def counted(self, what: Callable[[int, str, str], object]) -> Counter[object]:
        """The findings counted by ``what(severity, code, lang)``."""
        out: Counter[object] = Counter()
        for (severity, code, lang), count in self.store.counts.items():
            if count:
                out[what(severity, code, lang)] += count
        return out

    def partition(self, known: Callable[[Finding], bool]) -> tuple[Streamed, Streamed]:
        """The findings ``known`` rejects, and those it accepts (asked in report order)."""
        new, old = Store(), Store()
        for position, key in enumerate(self.store.groups()):
            rows = list(self.store.group(key))
            flags = [known(from_row(r)) for r in rows]
            new.add_rows(position, [r for r, flag in zip(rows, flags, strict=True) if not flag])
            old.add_rows(position, [r for r, flag in zip(rows, flags, strict=True) if flag])
        return Streamed(new), Streamed(old)


def in_text_order(findings: Sequence[Finding]) -> Iterator[Finding]:
    """Findings (in report order) by (language, file, line, unit, code), as the text report
    lists them."""
    if isinstance(findings, Streamed):
        return findings.in_text_order()
    return iter(sorted(findings, key=lambda f: (f.lang, f.file, f.line, f.unit, f.code)))


def with_other_files(findings: Sequence[Finding], files: Sequence[str]) -> list[str]:
    """``files`` and after them, sorted, every other file the findings name (the built pages
    TP801 reports on are not among the PO files checked)."""
    known = set(files)
    if isinstance(findings, Streamed):
        named = {key[0] for key in findings.store.groups()}
    else:
        named = {item.file for item in findings}
    return [*files, *sorted(named - known)]


def by_file(findings: Sequence[Finding], files: Sequence[str]) -> Iterator[list[Finding]]:
    """The findings of each of ``files`` in turn, in report order (a streamed run reads back
    one file's at a time)."""
    if isinstance(findings, Streamed):
        groups: dict[str, list[Key]] = {}
        for key in findings.store.groups():
            groups.setdefault(key[0], []).append(key)
        for file in files:
            yield [from_row(row) for key in groups.get(file, ()) for row in
                   findings.store.group(key)]
        return
    held: dict[str, list[Finding]] = {}
    for item in findings:
        held.setdefault(item.file, []).append(item)
    for file in files:
        yield held.get(file, [])
