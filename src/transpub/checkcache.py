"""A content-addressed cache of what the per-unit checks found in one PO file.

``transpub check`` on a workspace spends most of its time in the per-unit checks (terms, near
misses, dates, numbers). Their findings depend only on the PO file's bytes, its language and
name, the release date, the termbase, the selected checks and the checker's code; the entry is
filed under a digest of all of these, so a changed input is a different name (never a stale
hit) and a re-check reads back the files nothing changed in. The granularity is the file, not
the unit: a unit's findings also depend on the file's other units (a short form one unit defines
is used in the next ones: ``CheckContext.document``).

The cache never changes a result: an entry that cannot be read, does not parse, or whose payload
digest or key does not match is a miss, recomputed and rewritten. Entries are written with
``fsutil.write_atomic``; the folder carries its own ``.gitignore`` (``*``) like pytest's and
mypy's caches, so it is never committed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
import re
import sys
import time
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from transpub.checkpack import (
    SUFFIX,
    Found,
    Packs,
    Placed,
    close_writers,
    seal,
    writer_for,
)
from transpub.checks.registry import Finding, Severity
from transpub.checkstream import Blob, Key, Ref, Shelf, Usables, blob_of, usables_of
from transpub.errors import TranspubError
from transpub.regular import read_cache
from transpub.statmemo import FOLDER as CACHE_FOLDER
from transpub.statmemo import IGNORE_FILE, RACY_NS, Stamp, settled, stamp
from transpub.suppress import Suppression
from transpub.termbase import Termbase

#: Bump when the entry format changes.
FORMAT = "transpub-check-cache/2"
FOLDER = os.fspath(CACHE_FOLDER)

Carried = tuple[str, str, str, bool]


@cache
def code_digest() -> str:
    """The checker's version: a digest of every file of the installed package (an edited
    check is a new version without anyone remembering to bump a number). The package's
    files are read and hashed once per process, for this and for the segment cache's key
    (``workspace._code_digest``, the same files): a one-file re-check needs both, and each
    took 55-120 ms of its ~1.4 s at N = 1000."""
    from transpub.workspace import _code_digest

    return hashlib.sha256(f"{FORMAT}\0{_code_digest()}".encode()).hexdigest()


def run_salt(termbase: Termbase, codes: set[str], source_lang: str) -> str:
    """What every entry of one run shares: checker version, termbase content, checks selected."""
    digest = hashlib.sha256(code_digest().encode())
    if termbase.index_cache is not None:
        # read through the termbase cache: its entry's key names the content (the files'
        # bytes and paths, the source language, the code), and the concepts' repr (10 MB
        # for 20,000 concepts, their terms read lazily: termcache._Terms) need not be made
        digest.update(f"termbase-cache:{termbase.index_cache[1]}\0".encode())
    else:
        digest.update(repr(termbase.concepts).encode("utf-8"))
    digest.update(repr((sorted(codes), source_lang)).encode("utf-8"))
    return digest.hexdigest()


class Slot(NamedTuple):
    """Where one PO file's entry lives, and the key it must carry (a tuple: a re-check plans
    5,000, and a frozen dataclass's ``__init__`` sets each field through ``object``)."""

    where: str
    """The entry's path, as a string (a re-check plans and reads thousands)."""
    key: str

    @property
    def path(self) -> Path:
        return Path(self.where)


def slot(folder: Path, salt: str, data: bytes, *parts: object) -> Slot:
    digest = hashlib.sha256(salt.encode())
    digest.update(repr(parts).encode("utf-8") + b"\0")
    digest.update(data)
    return slot_at(f"{folder}{os.sep}", digest.hexdigest())


def slot_at(where: str, key: str) -> Slot:
    """The slot of ``key`` in the cache folder ``where`` (ending in a separator)."""
    return Slot(f"{where}{key[:2]}{os.sep}{key}.json", key)


class FileSlots:
    """The slots of a workspace's PO files (``checkwhole._plan``): a digest of the run's
    salt, what every file of the run shares (the workspace's folder, its configuration's
    digest) and each file's label, language, neutrality and inputs' digests, and the same
    with the mark of an entry without matrix rows. What the files share is hashed once, and
    each file's part is one string, not the ``repr`` of every part (``slot``): a re-check
    plans 5,000 files at N = 1000."""

    __slots__ = ("_head", "_where")

    def __init__(self, folder: Path, salt: str, root: str, config: str) -> None:
        self._head = hashlib.sha256(f"{salt}\0file\0{root}\0{config}\0".encode())
        self._where = f"{folder}{os.sep}"

    def slots(self, label: str, lang: str, neutral: bool, shas: Iterable[str],
              last: str | None = None) -> tuple[Slot, Later | None]:
        """The file's slot, and with ``last`` (``checker.NO_MATRIX``) the slot of its entry
        without matrix rows and, made only if asked for (``Later.slot``: when the former
        is not in the cache), the file's slot without ``last``."""
        # (no part holds a NUL: paths, language tags, "absent" and hexadecimal digests)
        digest = self._head.copy()
        digest.update(f"{label}\0{lang}\0{neutral:d}\0{chr(0).join(shas)}".encode())
        where = self._where
        if last is None:
            return slot_at(where, digest.hexdigest()), None
        later = Later(digest.copy(), where)
        digest.update(f"\0{last}".encode())
        return slot_at(where, digest.hexdigest()), later


class Later:
    """A slot made when first asked for (``FileSlots.slots``): from its digest's state."""

    __slots__ = ("_digest", "_where")

    def __init__(self, digest: Any, where: str) -> None:
        self._digest, self._where = digest, where

    def slot(self) -> Slot:
        return slot_at(self._where, self._digest.hexdigest())


def _finding_to_json(item: Finding) -> list[Any]:
    return [item.code, int(item.severity), item.lang, item.file, item.line, item.unit,
            item.message, item.expected, item.source, item.target,
            list(item.span) if item.span is not None else None, item.check]


def _finding_from_json(row: list[Any]) -> Finding:
    (code, severity, lang, file, line, unit, message, expected, source, target, span,
     check) = row
    strings = (code, lang, file, unit, message, expected, source, target, check)
    if not all(isinstance(s, str) for s in strings) or type(line) is not int:
        raise ValueError("bad finding")
    if span is not None:
        start, end = span
        if type(start) is not int or type(end) is not int:
            raise ValueError("bad span")
        span = (start, end)
    return Finding(code, Severity(severity), lang, file, line, unit, message, expected, source,
                   target, span, check)


def _carried_from_json(row: list[Any]) -> Carried:
    key, label, lang, carried = row
    if not all(isinstance(s, str) for s in (key, label, lang)) or type(carried) is not bool:
        raise ValueError("bad entity")
    return (key, label, lang, carried)


def _payload_digest(payload: Any) -> str:
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load(where: Slot) -> tuple[list[Finding], list[Carried]] | None:
    """The entry, or None for a miss (absent, unreadable, corrupt, or another key's)."""
    try:
        document = json.loads(read_cache(where.path))
        if document.get("format") != FORMAT or document.get("key") != where.key:
            return None
        payload = document["payload"]
        if _payload_digest(payload) != document.get("sha256"):
            return None
        return ([_finding_from_json(row) for row in payload["findings"]],
                [_carried_from_json(row) for row in payload["carried"]])
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def entry(where: Slot, findings: list[Finding], carried: list[Carried]) -> tuple[Path, bytes]:
    """An entry to write (``write``): built where the findings are, written by the main
    process once the whole run succeeded."""
    payload = {"findings": [_finding_to_json(f) for f in findings],
               "carried": [list(c) for c in carried]}
    # the payload encoded once, for its digest and in the document: the bytes of
    # ``json.dumps({"format": ..., "key": ..., "sha256": ..., "payload": payload})`` (a dict
    # is written in its keys' order), without encoding the payload a second time (the
    # collection checks' entry holds every TP701/TP702/TP901 finding: ~0.7 MB at N = 1000)
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    encoded = text.encode("utf-8")
    digest = hashlib.sha256(encoded).hexdigest()
    head = (f'{{"format":{json.dumps(FORMAT, ensure_ascii=False)},'
            f'"key":{json.dumps(where.key, ensure_ascii=False)},"sha256":"{digest}",'
            f'"payload":')
    return where.path, head.encode("utf-8") + encoded + b"}"


def write(folder: Path, entries: list[tuple[Path, bytes]]) -> None:
    """Write a run's new entries in one pass (all flushed, then all renamed: ``fsutil.Stage``,
    the staging ``write_atomic`` uses). Only after a run that succeeded: a refused command
    leaves the workspace as it was. A cache that cannot be written only costs the next run
    time."""
    from transpub.fsutil import Stage

    if not entries:
        return
    stage = Stage()
    with contextlib.suppress(OSError, TranspubError):
        _ensure_ignored(folder)
        for path, data in entries:
            stage.put(path, data)
        stage.commit()
    stage.discard()


class Writer:
    """A run's new entries, staged as they come, so that none is held in memory, and put in
    place by ``commit`` once the whole run succeeded (``discard`` removes what is left).
    Whole-file entries go to packs (``checkpack``: the processes that check files append
    theirs to a pack of their own, the main process seals and renames each at the commit);
    the others (the collection checks' entry, TP701/TP702's snapshot) are files of their own.
    An entry that cannot be written only costs the next run time."""

    def __init__(self, folder: Path) -> None:
        from transpub.fsutil import Stage

        self.folder = folder
        # Not flushed: the files staged here besides the packs (the collection checks' entry,
        # TP701/TP702's snapshot) are checked against their SHA-256 whenever read, so a power
        # cut that leaves one empty, garbled or at its previous version costs a check, never
        # a wrong result (the previous version is keyed by what it was made from). The packs
        # are flushed one by one in ``commit``: ``Vouched`` trusts an entry by its pack's stat
        # without a digest, so a pack must be on disk before anything may vouch for it. Their
        # folder is not: a rename lost to a power cut leaves the entry unfound (a miss). The
        # three file and two folder flushes were ~15-20 ms of a one-file re-check's wall time.
        self.stage = Stage(durable=False)
        self.token = self.stage.token
        """Worker processes stage entries under it (``stage_entries``): see ``adopt``."""
        self._lent = False
        self.vouched: Vouched | None = None
        """Told of the entries committed (``Vouched.written``)."""
        self.packs: dict[str, Adopted] = {}
        """Staged pack -> the index rows of its entries to commit."""

    def put(self, entries: list[tuple[Path, bytes]]) -> None:
        whole = [(p, d) for p, d in entries if d.startswith(_WHOLE_START)]
        if whole:
            self._lent = True  # this process's pack is named by the run's token
            self.adopt(stage_entries(self.token, whole))
        with contextlib.suppress(OSError, TranspubError):
            for path, data in entries:
                if not data.startswith(_WHOLE_START):
                    self.stage.put(path, data)

    def lend(self) -> str:
        """The token worker processes stage this run's entries with (``stage_entries``)."""
        self._lent = True
        return self.token

    def adopt(self, staged: list[tuple[str, Placed]]) -> None:
        """Take over entries a process appended to its staged pack (``stage_entries``), to
        commit them."""
        for tmp, placed in staged:
            rows = self.packs.get(tmp)
            if rows is None:
                rows = self.packs[tmp] = Adopted()
            rows.append(placed)

    @staticmethod
    def drop(staged: list[tuple[str, Placed]]) -> None:
        """Entries staged that must not be committed: left out of their pack's index (their
        bytes stay in it, never read, until the pack is merged or deleted)."""
        del staged

    def commit(self) -> None:
        """(Once every result was taken: whatever the workers staged was adopted or dropped.)"""
        close_writers(self.token)
        sealed: list[tuple[str, tuple[str, ...]]] = []
        with contextlib.suppress(OSError, TranspubError):
            if self.packs or self.stage.staged:
                _ensure_ignored(self.folder)
            # a pack's modification time is put back before the racy window (``Vouched``): it
            # is vouched for as soon as it is committed, and any later write moves it
            settled_at = time.time_ns() - 2 * RACY_NS
            for number, (tmp, rows) in enumerate(sorted(self.packs.items())):
                final = f"{self.folder}{os.sep}{self.token}-{number}{SUFFIX}"
                placed = rows.rows()
                seal(tmp, placed)
                os.utime(tmp, ns=(settled_at, settled_at))
                _flush(tmp)  # before it is renamed, hence before anything vouches for it
                self.stage.adopt([(Path(final), Path(tmp))])
                sealed.append((final, tuple(r[0] for r in placed)))
            if self.stage.staged:
                self.stage.commit()
                if self.vouched is not None:
                    self.vouched.written(sealed)
        self.packs = {}
        self.discard()

    def discard(self) -> None:
        close_writers(self.token)
        self.stage.discard()
        self.packs = {}
        if self._lent:
            # a run that failed leaves the packs its processes staged (sent back or not)
            from transpub.fsutil import remove_stale

            with contextlib.suppress(OSError):
                remove_stale([self.folder], token=self.token, recursive=False)
            self._lent = False


class Adopted:
    """A staged pack's index rows (``checkpack.Placed``) as the main process holds them until
    the commit: each row's six numbers in one array and its key (a SHA-256 in hex) as 32 bytes
    of one bytearray, not a tuple of a string and six ints (~380 bytes a row: 5,000 rows at
    N = 1000 while the workers run). ``rows`` gives them back as they were given."""

    __slots__ = ("_keys", "_numbers", "_odd")

    def __init__(self) -> None:
        self._keys = bytearray()
        self._numbers = array("q")
        #: keys that are not 64 lowercase hex digits, by row (kept as they were given)
        self._odd: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._numbers) // 6

    def append(self, placed: Placed) -> None:
        key, *numbers = placed
        at = len(self)
        try:
            digest = bytes.fromhex(key) if len(key) == 64 else b""
        except ValueError:
            digest = b""
        if len(digest) != 32 or digest.hex() != key:
            self._odd[at] = key
            digest = bytes(32)
        self._numbers.extend(numbers)
        self._keys += digest

    def rows(self) -> list[Placed]:
        numbers, keys, odd = self._numbers, self._keys, self._odd
        out: list[Placed] = []
        for at in range(len(self)):
            key = odd.get(at)
            if key is None:
                key = keys[32 * at:32 * at + 32].hex()
            n = numbers[6 * at:6 * at + 6]
            out.append((key, n[0], n[1], n[2], n[3], n[4], n[5]))
        return out


def _flush(path: str) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


#: How a whole-file entry begins (``file_entry``'s header).
_WHOLE_START = b'{"format": "transpub-check-file/'


def stage_entries(token: str, entries: list[tuple[Path, bytes]]) -> list[tuple[str, Placed]]:
    """Append whole-file entries to this process's staged pack of the run ``token`` (in a
    worker process, or the main process), for the main process to adopt
    (``Writer.adopt``) or drop: (staged pack, index row) of each one written. An entry that
    cannot be written is left out (it only costs a later run time)."""
    out: list[tuple[str, Placed]] = []
    for path, data in entries:
        # (the slot's path names the cache folder and the key: ``slot``)
        writer = writer_for(path.parent.parent, token)
        placed = writer.append(path.stem, data)
        if placed is not None:
            out.append((writer.tmp, placed))
    return out


def prepare(root: Path) -> Path:
    """The check cache's folder under ``root`` (made by the first ``store``: a command refused
    before it checked anything leaves the workspace as it was)."""
    return root / FOLDER / "check"


def _ensure_ignored(folder: Path) -> None:
    """The cache's ``.gitignore`` (``*``), written with its first entry."""
    from transpub.fsutil import write_atomic

    ignore = folder.parent / ".gitignore"
    if not ignore.exists():
        write_atomic(ignore, IGNORE_FILE)


def prune(folder: Path, used: set[str]) -> None:
    """Delete the entries a whole-workspace run did not use (older versions of the files):
    the cache holds one entry per PO file, not one per edit ever made. Whole-file entries
    are in packs: a pack none of whose entries was used is deleted, and packs mostly unused
    (or many) are merged (``checkpack.prune``)."""
    from transpub.checkpack import prune as prune_packs

    try:
        shards = list(os.scandir(folder))
    except OSError:
        return
    for shard in shards:
        if not shard.is_dir():
            continue
        left = False
        try:
            entries = list(os.scandir(shard.path))
        except OSError:  # (another check of the workspace pruned it first)
            continue
        for entry in entries:
            if entry.name.endswith(".json") and entry.name[:-5] not in used:
                with contextlib.suppress(OSError):
                    Path(entry.path).unlink()
                    continue
            left = True
        if not left:  # (the folders of the entries of earlier versions, one file each)
            with contextlib.suppress(OSError):
                os.rmdir(shard.path)  # noqa: PTH106
    prune_packs(folder, used)


# --- whole-file entries (a workspace check: everything one PO file contributes) -------------

#: A unit the consistency checks (TP701, TP702) compare (``consistency.Compared``), without
#: what its file gives (language, file label): id, source, target, line, plural form, and the
#: digests and flag it is compared by.
Usable = tuple[str, str, str, int, int | None, str, str, str, bool]


@dataclass(slots=True)
class FileResult:
    """What one PO file of a workspace contributes to a check: its findings (per-unit checks,
    TP604, TP801), entity matrix rows, suppressions, unit count, and the compact summary the
    collection checks need instead of its units."""

    findings: list[Finding]
    carried: list[Carried]
    suppressions: list[Suppression]
    count: int
    usable: list[Usable]
    """Its units that TP701/TP702 can compare (translated, not fuzzy, not a copy)."""
    coverage: list[tuple[str, Finding]]
    """TP901 within the file: each name not in the termbase, with the first unit it is in."""
    blob: Blob | None = None
    """The findings marshalled (``checkstream``), when ``findings`` is left empty."""
    usables: Usables | None = None
    """The compared units marshalled (``checkstream``), when ``usable`` is left empty."""
    coverage_lazy: tuple[tuple[str, ...], bytes | Ref] | None = None
    """``coverage`` as its names and their findings' rows marshalled, when ``coverage`` is
    left empty (a streamed re-check: only the first finding of each name of the run is
    ever unmarshalled, ``checktally.Tally``), or where those rows are in the entry (an entry
    vouched for by its stat: read back only if needed, ``read_back``)."""


def _suppression_from_json(row: list[Any], lang: str, label: str) -> Suppression:
    codes, reason, line, unit, source, target, problem = row
    if not all(isinstance(s, str) for s in (reason, unit, source, target, problem)) or \
            type(line) is not int or not all(isinstance(c, str) for c in codes):
        raise ValueError("bad suppression")
    return Suppression(tuple(codes), reason, lang, label, line, unit, source, target, problem)


# A re-check reads every file's entry: the same codes, labels, unit ids and texts (a source is
# in five languages' files, a unit in several findings) would each be a string of its own.
# They are interned: at N = 1000 that is most of the memory the entries take.
_intern = sys.intern


def _finding_trusted(row: list[Any]) -> Finding:
    (code, severity, lang, file, line, unit, message, expected, source, target, span,
     check) = row
    return Finding(_intern(code), Severity(severity), _intern(lang), _intern(file), line,
                   _intern(unit), message, _intern(expected), _intern(source), _intern(target),
                   (span[0], span[1]) if span is not None else None, _intern(check))


def interned(result: FileResult) -> FileResult:
    """The same result with its repeated strings shared (as ``load_file`` makes them): for
    the results worker processes send back, each a copy of its own."""
    return FileResult(
        [_finding_trusted(_finding_to_json(f)) for f in result.findings],
        [(_intern(key), _intern(name), _intern(code), ok) for key, name, code, ok in
         result.carried],
        result.suppressions, result.count, [_usable_trusted(list(u)) for u in result.usable],
        [(name, _finding_trusted(_finding_to_json(f))) for name, f in result.coverage],
        result.blob, result.usables, result.coverage_lazy)


def _usable_trusted(row: list[Any]) -> Usable:
    ident, source, target, line, form, same_source, target_key, source_key, long = row
    return (_intern(ident), _intern(source), _intern(target), line, form, _intern(same_source),
            target_key, _intern(source_key), long)


#: Whole-file entries are marshalled (the format of ``.pyc`` files: read back in C, its
#: strings interned as written), which only the same marshal version reads. The findings
#: come first, marshalled on their own (``checkstream.Blob``): a whole check streams them to
#: its report from those bytes, without unmarshalling them.
# (the compared units' group keys are an array's bytes, ``checkstream.usables_of``: in the
# machine's byte order)
WHOLE_FORMAT = f"transpub-check-file/6 marshal {marshal.version} {sys.byteorder}"
_SEVERITIES = {int(s): s for s in Severity}


def _finding_row(item: Finding) -> tuple[Any, ...]:
    return (_intern(item.code), int(item.severity), _intern(item.lang), _intern(item.file),
            item.line, _intern(item.unit), item.message, _intern(item.expected),
            _intern(item.source), _intern(item.target), item.span, _intern(item.check))


def coverage_section(coverage: Iterable[tuple[str, Finding]]) -> tuple[tuple[str, ...], bytes]:
    """TP901's names of a file and their findings marshalled (``FileResult.coverage_lazy``):
    the entry's section, and what a worker sends back instead of the findings (the main
    process unmarshals only the rows of names it has not met: ``checktally.Tally``)."""
    pairs = tuple(coverage)
    return (tuple(_intern(name) for name, _f in pairs),
            marshal.dumps(tuple(_finding_row(f) for _name, f in pairs)))


def file_entry(where: Slot, result: FileResult) -> tuple[Path, bytes]:
    blob = result.blob if result.blob is not None else blob_of(result.findings)
    usables = result.usables if result.usables is not None else usables_of(
        [_usable_trusted(list(u)) for u in result.usable])
    lazy = result.coverage_lazy
    if lazy is not None and not result.coverage and isinstance(lazy[1], bytes):
        names, coverage = lazy[0], lazy[1]
    else:
        names, coverage = coverage_section(result.coverage)
    rest = (
        tuple((_intern(k), _intern(n), _intern(c), ok)
              for k, n, c, ok in _telling(result.carried)),
        tuple((s.codes, s.reason, s.line, s.unit, s.source, s.target, s.problem)
              for s in result.suppressions),
        result.count,
        names,
        blob.keys, blob.counts, blob.total, usables.keys,
    )
    # TP901's findings have a section of their own: a re-check reads each file's names,
    # and the findings only of the files where a name occurs first
    # a header line, then the payload: its digest is checked on the bytes as read, before
    # they are unmarshalled (marshal trusts what it reads)
    body = blob.data + usables.data + coverage + marshal.dumps(rest)
    split = [len(blob.data), len(blob.data) + len(usables.data)]
    header = {"format": WHOLE_FORMAT, "key": where.key,
              "split": [*split, split[1] + len(coverage)],
              "sha256": hashlib.sha256(body).hexdigest()}
    return where.path, json.dumps(header).encode("ascii") + b"\n" + body


def _telling(carried: Iterable[Carried]) -> Iterator[Carried]:
    """The rows of ``carried`` that tell the entity matrix something: each key's first (its
    label) and every row not carried (counted). A row carried of a key already met adds
    nothing to either (``checktally.Tally``, ``checker._matrix``): at N = 1000 that is more
    than half of the 237,000 rows a re-check read back from the entries."""
    seen: set[str] = set()
    for row in carried:
        if row[0] not in seen:
            seen.add(row[0])
            yield row
        elif not row[3]:
            yield row


#: The header ``file_entry`` writes (json.dumps of its dict), read without a JSON parser: a
#: re-check reads 5,000 of them. Anything else is parsed as JSON (and then most likely not
#: this version's entry).
_HEADER = re.compile(rb'\{"format": "([^"\\]*)", "key": "([0-9a-f]{64})", "split": '
                     rb'\[(\d{1,12}), (\d{1,12}), (\d{1,12})\], "sha256": "([0-9a-f]{64})"\}')


def _header(line: bytes) -> dict[str, Any]:
    match = _HEADER.fullmatch(line)
    if match is None:
        parsed = json.loads(line)
        return parsed if isinstance(parsed, dict) else {}
    return {"format": match[1].decode(), "key": match[2].decode(),
            "split": [int(match[3]), int(match[4]), int(match[5])],
            "sha256": match[6].decode()}


class Vouched:
    """Whole-file entries known to hold what their digest says, by the stat they had when
    that was known: written by a run (recorded once it committed them, if they had been
    written 3 s before, ``statmemo.RACY_NS``) or read and checked by one (if they had settled
    then). An entry whose stat is unchanged since is read without hashing it, and only in
    part (the sections a re-check unmarshals; the findings and compared units are read back
    by place, ``checkstream.Ref``), as git trusts its index. Kept in ``VOUCHED`` beside the
    entries, for the entries the last whole run used; a damaged file vouches for nothing."""

    NAME = "entries-vouched.marshal"

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.known: dict[str, Stamp] = {}
        self.fresh: dict[str, Stamp] = {}
        if folder is None:
            return
        try:
            data = read_cache(folder / self.NAME)
            digest, _newline, body = data.partition(b"\n")
            if hashlib.sha256(body).hexdigest().encode() == digest:
                known = marshal.loads(body)
                if isinstance(known, dict) and all(
                        isinstance(k, str) and isinstance(v, tuple) and len(v) == 5
                        for k, v in known.items()):
                    self.known = known
        except (OSError, ValueError, TypeError, EOFError):
            self.known = {}

    def trusts(self, key: str, known: Stamp) -> bool:
        return self.known.get(key) == known

    def note(self, key: str, known: Stamp) -> None:
        self.fresh[key] = known

    def written(self, packs: Iterable[tuple[str, Iterable[str]]]) -> None:
        """Packs this run wrote (committed) and their entries' keys: vouched for if their
        modification time is 3 s old or more (a later change moves it; ``Writer.commit``
        sets it back when it seals a pack)."""
        limit = time.time_ns() - RACY_NS
        for path, keys in packs:
            with contextlib.suppress(OSError):
                stat = os.stat(path)  # noqa: PTH116
                if stat.st_mtime_ns < limit:
                    known = stamp(stat)
                    for key in keys:
                        self.fresh[key] = known

    def save(self, used: set[str]) -> None:
        """Keep what vouches for the entries a whole run used (nothing if it cannot)."""
        if self.folder is None:
            return
        from transpub.fsutil import write_atomic

        kept = {k: v for k, v in self.known.items() if k in used}
        kept.update((k, v) for k, v in self.fresh.items() if k in used)
        if kept == self.known and not self.fresh:
            return
        body = marshal.dumps(kept)
        with contextlib.suppress(OSError, TranspubError):
            if self.folder.is_dir():
                # not flushed: it is checked against its digest when read (a damaged one
                # vouches for nothing), and it only names packs flushed before it was made
                # (``Writer.commit``, ``checkpack``'s merge), which are never written again:
                # lost, garbled or at its previous version after a power cut, it costs a
                # re-check the hashing of the entries, never a wrong entry
                write_atomic(self.folder / self.NAME,
                             hashlib.sha256(body).hexdigest().encode() + b"\n" + body,
                             durable=False)


def _split_of(header: dict[str, Any], key: str, size: int) -> list[int] | None:
    split = header.get("split")
    if header.get("format") != WHOLE_FORMAT or header.get("key") != key or \
            not isinstance(split, list) or len(split) != 3 or \
            not all(type(s) is int for s in split) or \
            not 0 <= split[0] <= split[1] <= split[2] <= size:
        return None
    return split


#: An entry as read: where its payload begins, its split, the payload (None when read in
#: part), its TP901 findings' section (or where it is, when read in part) and its last section.
_Parts = tuple[int, list[int], "memoryview | None", "memoryview | Ref", "bytes | memoryview"]


def _in_part(found: Found) -> _Parts | None:
    """A vouched-for entry's last section, and where its TP901 findings' section is (no
    digest: its pack's index says where): a re-check needs the findings of a tenth of the
    files (those where a name occurs first), read back then (``read_back``), and reading
    them all was 20 of the 33 MB read at N = 1000."""
    path, fd, known, offset, size, at, first, second, third = found
    tail = os.pread(fd, size - at - third, offset + at + third)
    if len(tail) != size - at - third:
        return None
    return at, [first, second, third], None, Ref(path, offset + at + second, third - second,
                                                 known), tail


def _whole(data: bytes, key: str) -> _Parts | None:
    """An entry read whole, its digest checked."""
    # the payload is looked at in place (a view), not copied out of what was read
    newline = data.index(b"\n")
    body = memoryview(data)[newline + 1:]
    header = _header(data[:newline])
    split = _split_of(header, key, len(body))
    if split is None or hashlib.sha256(body).hexdigest() != header.get("sha256"):
        return None
    return newline + 1, split, body, body[split[1]:split[2]], body[split[2]:]


def _parts_of(found: Found, key: str, vouched: Vouched | None,
              partial: bool) -> _Parts | None:
    """The parts of the entry ``found`` (``_whole``), or None when it is not the entry of
    ``key`` or cannot be read. ``partial``: an entry ``vouched`` trusts by its stat is read
    in part, not hashed (``_in_part``); an entry read and hashed whole is noted as vouched
    for when its pack has settled."""
    _path, fd, known, offset, size = found[:5]
    if partial and vouched is not None and vouched.trusts(key, known):
        parts = _in_part(found)
        if parts is not None:
            return parts
    now = time.time_ns()  # (before the read: the stat it vouches with must be older)
    data = os.pread(fd, size, offset)
    if len(data) != size:
        return None
    parts = _whole(data, key)
    if parts is not None and vouched is not None and settled(os.fstat(fd), now):
        vouched.note(key, known)
    return parts


#: A whole-file entry as a streamed whole check keeps it (``load_streamed``): its matrix
#: rows, suppressions, unit count, TP901's names and where their findings are, its findings'
#: groups, counts and total and where they are, its compared units' group keys and where
#: they are.
Streamed = tuple[tuple[Carried, ...], list[Suppression], int, tuple[str, ...], "bytes | Ref",
                 tuple[Key, ...], tuple[tuple[int, str, str, int], ...], int, Ref,
                 "bytes | tuple[tuple[int, int], ...]", Ref]


def load_streamed(where: Slot, lang: str, label: str, vouched: Vouched | None,
                  packs: Packs) -> Streamed | None:
    """``load_file(stream=True)``'s entry as its parts, without the objects a result is
    made of (a re-check keeps 5,000 of them: ``checkwhole`` files them straight away); None
    for a miss."""
    try:
        found = packs.find(where.key)
        if found is None:
            return None
        path_of, _fd, known, offset = found[:4]
        parts = _parts_of(found, where.key, vouched, partial=True)
        if parts is None:
            return None
        at = offset + parts[0]
        _at, (first, second, _third), _body, coverage_data, rest = parts
        carried, suppressions, count, names, keys, counts, total, usable_keys = \
            marshal.loads(rest)
        if type(count) is not int or type(total) is not int:
            return None
        # the digest vouches that these are the rows this version wrote: they are rebuilt
        # without checking every field's type (a row of the wrong shape still fails to unpack)
        # the findings and compared units stay in the entry, read back if needed
        # (``checkstream.Shelf``): not copied to the run's temporary file
        return (carried, [_suppression_from_json(list(row), lang, label)
                          for row in suppressions] if suppressions else [], count, names,
                coverage_data if isinstance(coverage_data, Ref) else bytes(coverage_data),
                keys, counts, total, Ref(path_of, at, first, known), usable_keys,
                Ref(path_of, at + first, second - first, known))
    except (OSError, ValueError, TypeError, KeyError, AttributeError, EOFError):
        return None


def streamed_result(parts: Streamed) -> FileResult:
    """The ``FileResult`` of an entry's parts (``load_streamed``): its findings and compared
    units left marshalled in the entry (``FileResult.blob``, ``FileResult.usables``)."""
    (carried, suppressed, count, names, lazy, keys, counts, total, blob_at, usable_keys,
     usables_at) = parts
    return FileResult([], list(carried), suppressed, count, [], [],
                      Blob(b"", keys, counts, total, blob_at),
                      Usables(b"", usable_keys, usables_at), (names, lazy))


def load_file(where: Slot, lang: str, label: str, stream: bool = False,
              vouched: Vouched | None = None, packs: Packs | None = None) -> FileResult | None:
    """A whole-file entry, or None for a miss (absent, unreadable, corrupt, another key's).
    ``stream``: leave its findings and compared units marshalled (``FileResult.blob``,
    ``FileResult.usables``); ``vouched``: what vouches for entries by their stat (read in
    part, not hashed), and what this read vouches for; ``packs``: where the entries are
    (``checkpack``; the folder of ``where`` read for them when not given)."""
    if packs is None:
        with Packs(Path(where.where).parent.parent) as own:
            return load_file(where, lang, label, stream, vouched, own)
    if stream:
        parts = load_streamed(where, lang, label, vouched, packs)
        return None if parts is None else streamed_result(parts)
    try:
        found = packs.find(where.key)
        if found is None:
            return None
        whole = _parts_of(found, where.key, vouched, partial=False)
        if whole is None:
            return None
        _at, (first, second, _third), body, coverage_data, rest = whole
        carried, suppressions, count, names, keys, counts, total, usable_keys = \
            marshal.loads(rest)
        if type(count) is not int or type(total) is not int:
            return None
        severity = _SEVERITIES
        assert body is not None and not isinstance(coverage_data, Ref)
        blob = Blob(bytes(body[:first]), keys, counts, total)
        usables = Usables(bytes(body[first:second]), usable_keys)
        findings = [Finding(c, severity[v], la, fi, li, u, m, e, so, t, sp, ch)
                    for c, v, la, fi, li, u, m, e, so, t, sp, ch in marshal.loads(blob.data)]
        coverage = zip(names, marshal.loads(coverage_data), strict=True)
        return FileResult(findings, list(carried),
                          [_suppression_from_json(list(row), lang, label)
                           for row in suppressions], count,
                          list(marshal.loads(usables.data)),
                          [(name, Finding(c, severity[v], la, fi, li, u, m, e, so, t, sp, ch))
                           for name, (c, v, la, fi, li, u, m, e, so, t, sp, ch) in coverage])
    except (OSError, ValueError, TypeError, KeyError, AttributeError, EOFError):
        return None


def read_back(data: bytes | Ref) -> bytes:
    """Bytes ``load_file`` left in its entry (``FileResult.coverage_lazy``), read back
    through the run's descriptor of the pack, or the bytes themselves. Raises
    ``checkstream.Changed`` if the pack changed since (as every read back by place does)."""
    if not isinstance(data, Ref):
        return data
    shelf = Shelf()
    return shelf.get(*shelf.keep(b"", data))
