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
    numbered as they first come, its records as they come). Fed a file's compared rows as
    they are stored (``checkcache.Usable``), not records: a group's first is held as its
    place and the few fields the rules test first (its file, line, form and the digest its
    rule compares), without its texts (a workspace has tens of thousands of groups, and most
    find nothing); a record is made only of a row those fields do not settle, and the first
    is then read back by its place (``fetch``) to apply the rule."""

    __slots__ = ("_fetch", "_firsts", "found")

    def __init__(self, fetch: Callable[[Origin], Compared]) -> None:
        self._fetch = fetch
        self._firsts: tuple[dict[Any, _First], dict[Any, _First]] = ({}, {})
        self.found: tuple[list[Keyed], list[Keyed]] = ([], [])

    def tp701(self, lang: str, label: str, at: int, index: int, row: Sequence[Any]) -> None:
        """A row in TP701's group (language, same source, form)."""
        key = (lang, row[5], row[4])
        known = self._firsts[0].get(key)
        if known is None:
            self._firsts[0][key] = ((at, index), label, row[3], row[4], row[6])
        # what tp701_against tests first: the translations' digests, two forms of one entry
        elif row[6] != known[4] and not _same_entry(known, label, row):
            self._against(0, key, known[0], Compared(lang, label, *row), (at, index))

    def tp702(self, lang: str, label: str, at: int, index: int, row: Sequence[Any]) -> None:
        """A row in TP702's group (language, same translation): a row TP702 compares."""
        key = (lang, row[6])
        known = self._firsts[1].get(key)
        if known is None:
            self._firsts[1][key] = ((at, index), label, row[3], row[4], row[7])
        # what tp702_against tests first: the sources' digests, two forms of one entry
        elif row[7] != known[4] and not _same_entry(known, label, row):
            self._against(1, key, known[0], Compared(lang, label, *row), (at, index))

    def _against(self, which: int, key: tuple[Any, ...], first: Origin, record: Compared,
                 origin: Origin) -> None:
        full = self._fetch(first)._replace(**(FOR_TP701 if which == 0 else FOR_TP702))
        item = (tp701_against if which == 0 else tp702_against)(full, record)
        if item is not None:
            self.found[which].append((first, origin, key, item))


#: A group's first as ``KeyedPass`` holds it: its place, file, line, plural form, and the
#: digest its rule compares (TP701: the translation's, TP702: the source's).
_First = tuple[Origin, str, int, "int | None", str]


def _same_entry(first: _First, label: str, row: Sequence[Any]) -> bool:
    """``consistency.same_entry`` of a group's first and a row: two forms of one plural
    entry (the first a form, the same file and line)."""
    return first[3] is not None and first[1] == label and first[2] == row[3]


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


def _differing(old: Sequence[Sequence[Any]], new: Sequence[Sequence[Any]]
               ) -> list[Sequence[Any]]:
    """The rows of a changed file's compared units, before and after, that are not the same
    row at the same place: a group's findings are made from its rows (each with its file's
    place and its own place among its file's rows), so a group whose rows from this file
    are all the same at the same places finds what it found (a one-word edit of one unit
    touches that unit's groups, not those of the release's boilerplate, which hold a row of
    every release and read back a fifth of the files)."""
    try:
        before = set(enumerate(map(tuple, old)))
        after = set(enumerate(map(tuple, new)))
    except TypeError:  # (a row that cannot be a set's: not one a check makes) every row
        return [*old, *new]
    return [row for _index, row in before ^ after]


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
    of_tp701, of_tp702 = one.tp701, one.tp702
    for lang, at, rows, same, shares in groups.files(range(len(labels))):
        label = labels[at]
        for index, row in enumerate(rows):
            if tp701 and same[index]:
                of_tp701(lang, label, at, index, row)
            if tp702 and shares[index] and row[8]:
                of_tp702(lang, label, at, index, row)
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
        where = checkcache.slot_at(f"{folder}{os.sep}", key)
        old = checkcache.load_file(where, lang, label, packs=packs)
        if old is None:
            return None
        _touched(lang, _differing(old.usable, groups.of(at)), touched_tp701, touched_tp702)
    if not tp701:
        touched_tp701.clear()
    if not tp702:
        touched_tp702.clear()
    labels = [f[0] for f in files]
    one = KeyedPass(_fetcher(groups, labels))
    for lang, at, index, row in groups.holding(touched_tp701, touched_tp702):
        if (lang, row[5], row[4]) in touched_tp701:
            one.tp701(lang, labels[at], at, index, row)
        if row[8] and (lang, row[6]) in touched_tp702:
            one.tp702(lang, labels[at], at, index, row)
    last["how"] = "patched"
    last["changed"] = len(changed)
    return (_ordered([k for k in old_tp701 if k[2] not in touched_tp701] + one.found[0]),
            _ordered([k for k in old_tp702 if k[2] not in touched_tp702] + one.found[1]))

