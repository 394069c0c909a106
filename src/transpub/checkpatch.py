"""TP701 and TP702 of a whole workspace check, patched from the previous run's instead of
compared again over every file.

A finding of TP701 (TP702) is made by one group, the units of one language sharing a source
(a translation), from that group's units alone, in file order: the group's first unit and
each later one. So when a few PO files changed since the last whole run, only the groups one
of their units was in (before the change, read from the file's previous cache entry, or is in
now) can have other findings; every other group's are the previous run's. The previous run's
findings are kept with their group and their place in the order ``consistency.OnePass``
reports them in (the group's first unit, then the unit found: (file position, row) each), in
one small file beside the cache's entries (``SNAPSHOT``), with the files it was made from
(label, language, whole-file entry key, in run order). A run over the same files (same labels
and languages, in the same order) drops the touched groups' findings, compares those groups
again (their rows read back from ``checkstream.Groups``: only the files one of whose rows may
fall in one), and merges: the same findings in the same order as a comparison of every
group (``tests/test_check_patch.py`` holds the two to each other after edits of every kind).
Anything else (files added, removed or renamed, a language added, most files changed, the
snapshot or an old entry missing or damaged) compares every group, as before.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from transpub.checks.consistency import (
    FOR_TP701,
    FOR_TP702,
    Compared,
    same_entry,
    tp701_against,
    tp702_against,
)
from transpub.checks.registry import Finding
from transpub.checkstream import from_row, to_row

if TYPE_CHECKING:
    from transpub import checkpack
    from transpub.checkstream import Groups

SNAPSHOT = "collection-run.marshal"
FORMAT = f"transpub-check-collection/1 marshal {marshal.version}"
#: Patch when at most this share of the files changed (else compare every group: as fast).
SHARE = 0.25
#: Off: every group compared (tests compare the two).
ENABLED = True

#: A place in the run: (file position, row of its compared units).
Origin = tuple[int, int]
#: A finding as kept: its group's first place, its own place, its group, the finding.
Keyed = tuple[Origin, Origin, tuple[Any, ...], Finding]

#: What the last ``collection`` did: "patched", "compared" (every group) — for the tests.
last: dict[str, Any] = {}


class KeyedPass:
    """``consistency.OnePass`` (the same findings, each group's first record held, every
    other compared with it), keeping each finding's group and places: fed in (file, row)
    order, sorting by (group's first place, place) is OnePass's order (its groups are
    numbered as they first come, its records as they come). A group's first is held without
    its texts (a workspace has tens of thousands of groups, and most find nothing): the rule
    reads them only for a record its digests already tell apart, and then the first is read
    back by its place (``fetch``)."""

    __slots__ = ("_fetch", "_firsts", "found")

    def __init__(self, fetch: Callable[[Origin], Compared]) -> None:
        self._fetch = fetch
        self._firsts: tuple[dict[Any, tuple[Origin, Compared]], ...] = ({}, {})
        self.found: tuple[list[Keyed], list[Keyed]] = ([], [])

    def add(self, record: Compared, origin: Origin, tp701: bool, tp702: bool) -> None:
        if tp701:
            self._one(0, (record.lang, record.same_source, record.form), record, origin)
        if tp702 and record.long:
            self._one(1, (record.lang, record.target_key), record, origin)

    def _one(self, which: int, key: tuple[Any, ...], record: Compared, origin: Origin) -> None:
        firsts = self._firsts[which]
        known = firsts.get(key)
        if known is None:
            firsts[key] = (origin, record._replace(**_LIGHT))
            return
        first = known[1]
        # what tp701_against and tp702_against test first: the digests, two forms of one entry
        if same_entry(first, record) or (record.target_key == first.target_key if which == 0
                                         else record.source_key == first.source_key):
            return
        full = self._fetch(known[0])._replace(**(FOR_TP701 if which == 0 else FOR_TP702))
        item = (tp701_against if which == 0 else tp702_against)(full, record)
        if item is not None:
            self.found[which].append((known[0], origin, key, item))


#: What a group's first is held without (read back when a rule needs it).
_LIGHT: dict[str, Any] = {"source": "", "target": "", "same_source": ""}


def _fetcher(groups: Groups, labels: Sequence[str]) -> Callable[[Origin], Compared]:
    """A first record read back by its place (the last few files' rows kept)."""
    kept: OrderedDict[int, tuple[str, Sequence[Sequence[Any]]]] = OrderedDict()

    def fetch(origin: Origin) -> Compared:
        at, index = origin
        rows = kept.get(at)
        if rows is None:
            rows = kept[at] = groups.of_with_lang(at)
            if len(kept) > 16:
                kept.popitem(last=False)
        return Compared(rows[0], labels[at], *rows[1][index])

    return fetch


def _ordered(found: Iterable[Keyed]) -> list[Keyed]:
    return sorted(found, key=lambda k: (k[0], k[1]))


def _touched(lang: str, rows: Iterable[Sequence[Any]], tp701: set[tuple[Any, ...]],
             tp702: set[tuple[Any, ...]]) -> None:
    for row in rows:
        tp701.add((lang, row[5], row[4]))
        if row[8]:
            tp702.add((lang, row[6]))


Files = tuple[tuple[str, str, str], ...]


def _load(folder: Path, salt: str, codes: tuple[bool, bool]) -> tuple[Files, list[Keyed],
                                                                       list[Keyed]] | None:
    try:
        with open(folder / SNAPSHOT, "rb") as handle:  # noqa: PTH123
            data = handle.read()
        newline = data.index(b"\n")
        header = json.loads(data[:newline])
        body = memoryview(data)[newline + 1:]
        if header.get("format") != FORMAT or header.get("salt") != salt or \
                header.get("codes") != list(codes) or \
                hashlib.sha256(body).hexdigest() != header.get("sha256"):
            return None
        files, of_tp701, of_tp702 = marshal.loads(body)
        return (files, [(g, o, k, from_row(r)) for g, o, k, r in of_tp701],
                [(g, o, k, from_row(r)) for g, o, k, r in of_tp702])
    except (OSError, ValueError, TypeError, KeyError, EOFError):
        return None


def snapshot(folder: Path, salt: str, codes: tuple[bool, bool], files: Files,
             of_tp701: Sequence[Keyed], of_tp702: Sequence[Keyed]) -> tuple[Path, bytes]:
    """The file to write (with the run's cache entries) for the next run to patch."""
    body = marshal.dumps((files, tuple((g, o, k, to_row(f)) for g, o, k, f in of_tp701),
                          tuple((g, o, k, to_row(f)) for g, o, k, f in of_tp702)))
    header = {"format": FORMAT, "salt": salt, "codes": list(codes),
              "sha256": hashlib.sha256(body).hexdigest()}
    return folder / SNAPSHOT, json.dumps(header).encode("ascii") + b"\n" + body


def compare_all(groups: Groups, labels: Sequence[str], tp701: bool,
                tp702: bool) -> tuple[list[Keyed], list[Keyed]]:
    """Every group compared (the rows that may share one, file by file)."""
    one = KeyedPass(_fetcher(groups, labels))
    for lang, at, index, row, same, shares in groups.numbered(range(len(labels))):
        one.add(Compared(lang, labels[at], *row), (at, index), tp701 and same,
                tp702 and row[8] and shares)
    last["how"] = "compared"
    return _ordered(one.found[0]), _ordered(one.found[1])


def patch(groups: Groups, files: Files, folder: Path, salt: str, tp701: bool,
          tp702: bool, packs: checkpack.Packs | None = None
          ) -> tuple[list[Keyed], list[Keyed]] | None:
    """The previous run's findings with the groups the changed files touch compared again;
    None when they cannot be (see the module's doc). ``packs``: the cache's packs as the run
    found them (listed again if not given)."""
    from transpub import checkcache

    if not ENABLED:
        return None
    loaded = _load(folder, salt, (tp701, tp702))
    if loaded is None:
        return None
    before, old_tp701, old_tp702 = loaded
    if len(before) != len(files) or any(a[:2] != b[:2] for a, b in zip(before, files,
                                                                        strict=True)):
        return None
    changed = [at for at, (old, new) in enumerate(zip(before, files, strict=True))
               if old[2] != new[2]]
    if len(changed) > SHARE * len(files):
        return None
    touched_tp701: set[tuple[Any, ...]] = set()
    touched_tp702: set[tuple[Any, ...]] = set()
    for at in changed:
        label, lang, key = before[at]
        # the file's entry of the previous run (its key names its content: still there
        # until this run prunes it) holds the rows it compared then
        where = checkcache.Slot(f"{folder}{os.sep}{key[:2]}{os.sep}{key}.json", key)
        old = checkcache.load_file(where, lang, label, packs=packs)
        if old is None:
            return None
        _touched(lang, old.usable, touched_tp701, touched_tp702)
        _touched(lang, groups.of(at), touched_tp701, touched_tp702)
    if not tp701:
        touched_tp701.clear()
    if not tp702:
        touched_tp702.clear()
    labels = [f[0] for f in files]
    one = KeyedPass(_fetcher(groups, labels))
    for lang, at, index, row in groups.holding(touched_tp701, touched_tp702):
        one.add(Compared(lang, labels[at], *row), (at, index),
                (lang, row[5], row[4]) in touched_tp701,
                bool(row[8]) and (lang, row[6]) in touched_tp702)
    last["how"] = "patched"
    last["changed"] = len(changed)
    return (_ordered([k for k in old_tp701 if k[2] not in touched_tp701] + one.found[0]),
            _ordered([k for k in old_tp702 if k[2] not in touched_tp702] + one.found[1]))

