"""A whole workspace check, incrementally: each PO file's contribution is filed under a digest
of every input it depends on, and only files with a new digest are read and checked.

A PO file's findings (per-unit checks, TP604 against its source, TP801 against the built
pages), entity-matrix rows, suppressions, unit count and the summary the collection checks
need (``checkcache.FileResult``) are a function of: the PO file, its release's source (units,
date), the configuration (segmentation, paths), the built HTML and XML page of that language,
the file's label (paths are reported relative to the working folder), and what every entry of
the run shares (``checkcache.run_salt``: checker code, termbase, selected checks). The whole-file
entry's key is a digest of all of these, so a release whose files did not change is neither
parsed nor read: only its entries are. A release with one changed input has its source parsed
once and only the PO files whose key changed are checked (in worker processes when there are
many). An input that changed while the run read it gets no entry (its key would name content
the findings were not computed from).
"""

from __future__ import annotations

import gc
import hashlib
import io
import marshal
import os
import re
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from transpub import checkcache, checkpack
from transpub.catalog import po_path
from transpub.checkstream import Blob, Usables, from_row
from transpub.checktally import Tally
from transpub.config import CONFIG_NAME
from transpub.languages import UN_LANGUAGES
from transpub.statmemo import Stamp, StatMemo, settled, stamp

if TYPE_CHECKING:
    from transpub.checker import _Batch, _BatchResult
    from transpub.checkstream import Groups, Store
    from transpub.config import Settings

#: A planned PO file: path, label, language, whole-file slot, its inputs with digests, and
#: the slot of its entry with matrix rows when ``slot`` is the one without (an entry with
#: them serves a run without the matrix too).
Planned = tuple[str, str, str, "checkcache.Slot | None", tuple[tuple[str, str], ...],
                "checkcache.Slot | checkcache.Later | None"]


#: What ``_load`` reads of an entry (its parts, or a result made of them).
_Hit = TypeVar("_Hit")


def sha(path: str, digests: Mapping[str, str]) -> str:
    """The file's SHA-256 (from ``digests`` when already hashed), or "absent"."""
    known = digests.get(path)
    if known is not None:
        return known
    return _hashed(path)[0]


_READ = 1 << 20
_FLAGS = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)


def _hashed(path: str) -> tuple[str, os.stat_result | None]:
    """The file's SHA-256 ("absent" if it is not a file) and its stat before it was read: an
    open, a stat, the reads and a close (a fresh check hashes 16,000 inputs; a Python file
    object adds a stat, a terminal query and a seek to each)."""
    try:
        fd = os.open(path, _FLAGS | getattr(os, "O_NONBLOCK", 0))
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return "absent", None
    try:
        before = os.fstat(fd)
        if not stat.S_ISREG(before.st_mode):
            # (a FIFO or a device in an input's place: no file; the reader that comes to it
            # names it, where a FIFO had been waited on for ever)
            return "absent", None
        digest = hashlib.sha256()
        while True:
            chunk = os.read(fd, _READ)
            if not chunk:
                break
            digest.update(chunk)
    except IsADirectoryError:
        return "absent", None
    finally:
        os.close(fd)
    return digest.hexdigest(), before


class Hashes:
    """The inputs' digests, each file hashed at most once (a source is an input of five PO
    files), with the stat each was taken under when that stat vouches for it: a file whose
    stat has not changed since (and had settled before it was hashed, ``statmemo.settled``)
    still holds those bytes, so the check after the run that nothing changed meanwhile
    (``unchanged``) hashes only the files whose stat moved."""

    __slots__ = ("_digests", "_index", "_known", "_stamps", "moved", "settled")

    def __init__(self, digests: Mapping[str, str],
                 index: Mapping[str, Sequence[Any]] | None = None) -> None:
        self._digests = digests
        self._index = index or {}
        """``checkreplay``'s: path -> [size, mtime, ctime, inode, device, sha256]."""
        self._known: dict[str, str] = {}
        """The digests taken here (those given stay in ``_digests``: not copied)."""
        self._stamps: dict[str, Stamp] = {}
        """The stat each digest taken here was taken under (those of the given digests are
        looked up in ``_index`` again when needed: not copied, 16,000 at N = 1000)."""
        self.moved = False
        """``unchanged`` found a file that changed."""
        self.settled: dict[str, tuple[str, Stamp]] = {}
        """Given digests (``digests``) that the run's scan could not vouch for by their stat
        (the file had changed within ``statmemo.RACY_NS`` of the scan: a later edit in the
        same clock tick would not have moved it), read again by ``unchanged`` once settled
        and found to hold the same bytes: path -> (digest, the stat read under). The run
        record keeps these stats (``checkreplay.Recorder.finish``), so that the next run
        does not hash the pages a build wrote just before the check (~10,000 at N = 1000)."""

    def sha(self, path: str) -> str:
        given = self._digests.get(path)
        if given is not None:
            return given
        known = self._known.get(path)
        if known is not None:
            return known
        now = time.time_ns()
        value, before = _hashed(path)
        if before is not None and value != "absent" and settled(before, now):
            self._stamps[path] = stamp(before)
        self._known[path] = value
        return value

    def stamp(self, path: str) -> Stamp | None:
        """The stat the file's given digest was taken under (None: not given, or its stat
        did not vouch for it), or the one ``sha`` hashed it under."""
        vouched = self._stamps.get(path)
        if vouched is not None:
            return vouched
        given = self._digests.get(path)
        entry = self._index.get(path)
        if given is not None and entry is not None and len(entry) == 6 and entry[5] == given:
            return (entry[0], entry[1], entry[2], entry[3], entry[4])
        return None

    def known(self, path: str) -> bool:
        """Whether the file's digest was given (it existed when the run began)."""
        return path in self._digests

    def unchanged(self, path: str, known: str) -> bool:
        """Whether the file still holds what its digest ``known`` was taken of."""
        vouched = self.stamp(path)
        if vouched is not None:
            try:
                if stamp(os.stat(path)) == vouched:  # noqa: PTH116
                    return True
            except OSError:
                pass
        now = time.time_ns()
        value, before = _hashed(path)
        same = value == known
        self.moved = self.moved or not same
        ours = self._digests.get(path) or self._known.get(path)
        if same and ours == known and before is not None and settled(before, now):
            # the bytes read under a settled stat (taken before the read) are the digest's:
            # any later edit falls in a later clock tick and moves that stat, so the stat
            # vouches for the digest from now on (the same rule as ``sha``'s), here and for
            # the run record
            self._stamps[path] = stamp(before)
            if path in self._digests:
                self.settled[path] = (known, self._stamps[path])
        return same


def slug_of(path: Path) -> str | None:
    """The release's name as ``source.read_release`` reads it (the root's ``id``, else the
    file's stem), from the root's start tag only; None if that cannot be read (the full
    parse then reports why)."""
    return _slug_from(str(path), path.stem)


def _slug_from(source: str | IO[bytes], stem: str) -> str | None:
    from lxml import etree

    try:
        for _event, element in etree.iterparse(source, events=("start",),
                                               resolve_entities=False, no_network=True):
            return str(element.get("id", stem))
    except (OSError, etree.XMLSyntaxError):
        return None
    return None


def _remembered_slug(memo: StatMemo, path: Path, known: Stamp | None = None) -> str | None:
    """``slug_of``, remembered by the file's stat (``statmemo``): a re-check does not read
    the sources nothing changed in. ``known``: the stat the run's scan found it with (then
    not asked again)."""
    value = memo.fact(str(path), "slug", lambda data: _slug_from(io.BytesIO(data), path.stem),
                      lambda value: value is None or isinstance(value, str), known)
    return value if isinstance(value, str) else None


#: A release name that joins onto a folder as it is (no separator, no "." or ".." part): its
#: PO file's label is the folder's label and the name, without asking ``os.path.relpath``.
_PLAIN = re.compile(r"[^/\\\x00]+")


def _plan(settings: Settings, source: Path, slug: str, targets: Sequence[str],
          store: tuple[Path, str] | None, digests: Hashes,
          config: str, folders: dict[str, tuple[str, str, str]],
          matrix: bool = True, planner: checkcache.FileSlots | None = None,
          named: tuple[str, Callable[[Path], str]] | None = None,
          absent: list[tuple[str, str, str]] | None = None) -> list[Planned]:
    """``folders``: by language, its PO folder, that folder's label, and its output folder
    (filled on first use); the paths are strings, as the run's digests are keyed. Without
    a cache (``store``) nothing is hashed. ``matrix``: whether the run makes the files'
    entity matrix rows (without, a file checked is filed under another key: its entry has
    none). ``planner``: the run's ``checkcache.FileSlots`` (made here if not given);
    ``named``: ``checker.NO_MATRIX`` and ``checker._display`` (imported here if not given: an
    import in a function costs ~5 us a call, and a re-check plans 1,000 releases).
    ``absent``: where the PO files the release lacks are told, (label, language, release)."""
    if named is None:
        from transpub.checker import NO_MATRIX, _display

        named = (NO_MATRIX, _display)
    no_matrix, display = named

    plain = _PLAIN.fullmatch(slug) is not None and slug not in (".", "..")
    planned: list[Planned] = []
    source_path, sha = str(source), digests.sha
    # the source's digest once for the release's files, not once per language
    source_sha: str | None = None
    slots = (checkcache.FileSlots(store[0], store[1], str(settings.root), config)
             if store is not None else None) if planner is None else planner
    for lang in targets:
        known = folders.get(lang)
        if known is None:
            folder = po_path(settings.locales_dir, lang, "x").parent
            known = folders[lang] = (str(folder), display(folder),
                                     str(settings.output_dir / lang))
        po_dir, po_label, out_dir = known
        if plain:
            po_file = f"{po_dir}{os.sep}{slug}.po"
            pages = [f"{out_dir}{os.sep}{slug}.{ext}" for ext in ("html", "xml")]
        else:
            po_file = str(po_path(settings.locales_dir, lang, slug))
            pages = [str(settings.output_dir / lang / f"{slug}.{ext}") for ext in ("html",
                                                                                "xml")]
        if not digests.known(po_file) and not os.path.exists(po_file):  # noqa: PTH110
            if absent is not None:
                absent.append((display(Path(po_file)), lang, slug))
            continue
        label = f"{po_label}{os.sep}{slug}.po" if plain and po_label != "." else \
            display(Path(po_file))
        slot = full = None
        inputs: tuple[tuple[str, str], ...] = ()
        if slots is not None:
            if source_sha is None:
                source_sha = sha(source_path)
            paths = (source_path, po_file, *pages)
            shas = [source_sha, sha(po_file), *map(sha, pages)]
            inputs = tuple(zip(paths, shas, strict=True))
            slot, full = slots.slots(label, lang, lang not in UN_LANGUAGES, shas,
                                     None if matrix else no_matrix)
        planned.append((po_file, label, lang, slot, inputs, full))
    return planned


def whole_results(settings: Settings, sources: Sequence[Path], targets: Sequence[str],
                  store: tuple[Path, str] | None, digests: Mapping[str, str],
                  writer: checkcache.Writer | None,
                  run: Callable[[Iterable[_Batch], Callable[[int, _BatchResult], None], int],
                                list[_BatchResult]],
                  parse_names: bool = False, found: Store | None = None,
                  groups: Groups | None = None, index: Mapping[str, Sequence[Any]] | None = None,
                  hashes: Hashes | None = None, vouched: checkcache.Vouched | None = None,
                  packs: checkpack.Packs | None = None, matrix: bool = True,
                  early: Callable[[], None] | None = None,
                  absent: list[tuple[str, str, str]] | None = None,
                  ) -> tuple[list[str], list[_BatchResult], Tally]:
    """Every PO file's result, in order (sources, then target languages), their labels, and
    the tally of their matrix rows and TP901 names (gathered as each result arrives: the
    results keep none): from the cache when its inputs did not change, else checked.
    ``parse_names``: read each release's name from its parsed source, not its root's start
    tag. ``index``: the stat the ``digests`` were taken under; ``hashes``: the run's
    ``Hashes`` of them (made here if not given); ``packs``: the cache's packs, as the run
    found them (``checkpack``; listed here if not given); ``matrix``: make the files'
    entity matrix rows (``checker._Batch.matrix``). ``early``: called once, as soon as
    ``EARLY_SAMPLE`` files are planned, if the cache holds fewer than half of them (the
    caller's workers, forked then, do not count the rest of the plan in their memory).
    ``absent``: where the PO files missing are told (``_plan``)."""
    from transpub.checker import NO_MATRIX, _BatchResult, _display, _from_entry
    from transpub.workspace import load

    tally = Tally()
    if packs is None:
        packs = checkpack.Packs(store[0] if store is not None else None, hold=True)
    # --no-cache: nothing remembered, nothing written
    memo = StatMemo.for_workspace(settings.root, "check-slugs") if store is not None else \
        StatMemo(None)
    hashes = hashes if hashes is not None else Hashes(digests, index)
    collecting = gc.isenabled()
    config = hashes.sha(str(settings.root / CONFIG_NAME))
    planner = checkcache.FileSlots(store[0], store[1], str(settings.root), config) \
        if store is not None else None
    folders: dict[str, tuple[str, str, str]] = {}
    slots: list[_BatchResult | None] = []
    labels: list[str] = []
    # releases with a PO file to check: their sources are parsed only as the workers get to
    # them, so that the parsed sources are never all held at once
    todo: list[tuple[Path, str | None, list[Planned], list[int]] | None] = []
    expected = 0

    def keep(position: int, result: _BatchResult) -> _BatchResult:
        summary = result.summary
        if found is not None:
            found.add(position, result.findings)
            result.findings = []
            if summary is not None:
                if summary.blob is not None:
                    found.add_blob(position, summary.blob)
                summary.findings, summary.blob = [], None
        elif summary is not None and summary.blob is not None:  # held: as objects
            result.findings = summary.findings = [from_row(row) for row in
                                                  marshal.loads(summary.blob.data)]
            summary.blob = None
        if summary is not None and summary.usables is not None:
            if groups is not None:
                groups.add(position, result.lang, summary.usables)
            else:  # held: as rows
                summary.usable = list(marshal.loads(summary.usables.data))
            summary.usables = None
        tally.absorb(position, result.carried, summary.coverage if summary else (),
                     summary.coverage_lazy if summary else None)
        result.carried = []
        if summary is not None:
            summary.carried, summary.coverage, summary.coverage_lazy = [], [], None
            if streamed:
                return _kept(result)
        return result

    streamed = found is not None and groups is not None

    def read_streamed(slot: checkcache.Slot, lang: str,
                      label: str) -> checkcache.Streamed | None:
        return checkcache.load_streamed(slot, lang, label, vouched, packs)

    def read_whole(slot: checkcache.Slot, lang: str, label: str) -> checkcache.FileResult | None:
        return checkcache.load_file(slot, lang, label, False, vouched, packs)

    def filed(position: int, hit: checkcache.Streamed, key: str, lang: str,
              label: str, stem: tuple[str, str] | None) -> _BatchResult:
        """``keep(position, _from_entry(...))`` of a streamed run's cache hit, from the
        entry's parts (``checkcache.load_streamed``): its findings' places and counts
        stored, its compared units' keys grouped, its matrix rows and TP901 names tallied,
        and the kept result made, without the two results and the summary in between (a
        re-check files 5,000 hits at N = 1000)."""
        assert found is not None and groups is not None
        (carried, suppressed, count, names, coverage, keys, counts, total, blob_at,
         usable_keys, usables_at) = hit
        if total:
            found.add_blob(position, Blob(b"", keys, counts, total, blob_at))
        groups.add(position, lang, Usables(b"", usable_keys, usables_at))
        tally.absorb(position, carried, (), (names, coverage))
        if stem is None or not label.endswith(stem[1]):
            # (a string's stem, as ``Path(label).stem`` gives it)
            stem = (os.path.splitext(os.path.basename(label))[0], "")  # noqa: PTH119, PTH122
        return _BatchResult(_NONE, _NONE, _NONE, suppressed or _NONE, _NONE,
                            ((stem[0], lang), None), key, _NONE, [key], count, _SUMMARISED,
                            lang, label, _NONE)

    for source in sources:
        if early is not None and len(slots) >= EARLY_SAMPLE:
            if 2 * expected > len(slots):
                early()
            early = None  # (decided once)
        slug = None if parse_names else _remembered_slug(memo, source,
                                                         hashes.stamp(str(source)))
        if slug is None:
            # its name could not be read from the root's start tag (a file that cannot be
            # read, or not parsed that far: lxml 6.2 parses a small file's first chunk
            # whole before its first event, so an error anywhere in it is met there): the
            # full parse names it, or the error (with its line) that stops the run; the
            # release was skipped, and its files with it (exit 0, "0 file(s)")
            slug = load(settings, source)[0].slug
        # what is read from the cache lives to the end of the run (the tally, the groups,
        # the stored findings' places): the collector, set off by every few hundred of these
        # objects, would walk them all again and again, and finds no garbage in them
        gc.disable()
        try:
            planned = _plan(settings, source, slug, targets, store, hashes, config, folders,
                            matrix, planner, (NO_MATRIX, _display),
                            absent) if slug is not None else []
            if streamed:
                parts = [_load(p, read_streamed) for p in planned]
                if slug is not None and all(hit for hit, _slot in parts):
                    # a label ending in "/<slug>.po" has the release's name as its stem
                    # (a name without a separator, and not dots only: ``splitext`` does not
                    # split those), else it is taken from the label
                    stem = (slug, f"{os.sep}{slug}.po") if slug.strip(".") and \
                        _PLAIN.fullmatch(slug) else None
                    for (_path, label, lang, *_rest), (part, slot) in zip(planned, parts,
                                                                          strict=True):
                        assert part is not None and slot is not None
                        labels.append(label)
                        slots.append(filed(len(slots), part, slot.key, lang, label, stem))
                    if collecting:
                        gc.freeze()  # (as below)
                    continue
                hits = [(checkcache.streamed_result(part) if part is not None else None, slot)
                        for part, slot in parts]
            else:
                hits = [_load(p, read_whole) for p in planned]
            if slug is not None and all(hit for hit, _slot in hits):
                for (_path, label, lang, *_rest), (hit, slot) in zip(planned, hits,
                                                                     strict=True):
                    assert hit is not None and slot is not None
                    labels.append(label)
                    slots.append(keep(len(slots), _from_entry(hit, slot, lang, label)))
                if collecting:
                    # and exempted from the collector for good: a full collection (the
                    # heap's growth sets them off, and ``checks.settle_heap`` before the first
                    # check) would walk them all again (~15 % of a one-file re-check)
                    gc.freeze()
                continue
            positions: list[int] = []
            for item, (hit, slot) in zip(planned, hits, strict=True):
                _po_file, label, lang, *_rest = item
                labels.append(label)
                positions.append(len(slots))
                if hit is not None and slot is not None:
                    slots.append(keep(len(slots), _from_entry(hit, slot, lang, label)))
                else:
                    slots.append(None)
                    expected += 1
            todo.append((source, slug, planned, positions))
        finally:
            if collecting:
                gc.enable()

    misses: list[tuple[int, Planned] | None] = []
    # most files to check: TP701/TP702 will compare every group (``checkpatch``), whose rows'
    # counts are then made as each result arrives, while the workers run, not all after them
    # (the first result comes after the workers are forked: their RSS holds no table)
    from transpub.checkpatch import SHARE

    ahead = groups is not None and expected > SHARE * len(slots)

    def batches() -> Iterator[_Batch]:
        from transpub.checker import _Batch

        token = writer.lend() if writer is not None else None
        for number, release in enumerate(todo):
            assert release is not None
            # let go of as they are handed out: what a file's result needs of its plan is
            # in ``misses`` until it arrives (``stage``)
            todo[number] = None
            source, slug, planned, positions = release
            # something of this release changed: the worker that checks its PO files reads
            # and segments its source (once: they go to it together, ``checker._chunks``)
            for item, at in zip(planned, positions, strict=True):
                if slots[at] is not None:
                    continue
                po_file, label, lang, slot, *_rest = item
                misses.append((at, item))
                yield _Batch(Path(po_file), label, lang, neutral=lang not in UN_LANGUAGES,
                             compact=True, full=slot, source=str(source),
                             slug=None if parse_names else slug,
                             stage=token if slot is not None else None, matrix=matrix)

    def stage(position: int, result: _BatchResult) -> None:
        missed = misses[position]
        assert missed is not None
        misses[position] = None  # its plan is not needed once its result is in
        index, (_path, label, _lang, slot, inputs, _full) = missed
        result.label = label  # the plan's string (in ``labels`` too), not the worker's copy
        if slot is not None and not all(hashes.unchanged(path, known) for path, known in inputs):
            # an input changed while it was read: its findings may be of other content, so
            # neither its entry nor the collection checks' (keyed by every file's) is written
            result.cache_entries = [e for e in result.cache_entries if e[0] != slot.path]
            checkcache.Writer.drop(result.staged)
            result.staged, result.cache_key = [], None
        if writer is not None:
            writer.put(result.cache_entries)
            writer.adopt(result.staged)
            result.cache_entries, result.staged = [], []
        if result.summary is not None:
            if found is not None:  # stored as they are: not worth interning
                found.add(index, result.summary.findings)
                result.summary.findings = []
                if result.summary.blob is not None:
                    found.add_blob(index, result.summary.blob)
                    result.summary.blob = None
            # held results share their strings; a streamed one keeps none of them (the tally
            # keeps counts and first occurrences): interning them would only grow the table
            # of interned strings (~1.8 MB at N = 1000) and cost the main process CPU
            summary = result.summary if streamed else checkcache.interned(result.summary)
            result.summary = summary
            result.findings, result.carried = summary.findings, summary.carried
        slots[index] = keep(index, result)
        if ahead:
            assert groups is not None
            groups.count()

    try:
        run(batches(), stage, expected)
        memo.save()
    except Renamed:
        # a source whose name is not its root's id as read ahead (``slug_of``): rare enough
        # that the whole plan is made again, from the names the parsed sources give
        if found is not None:
            found.clear()
        if groups is not None:
            groups.clear()
        return whole_results(settings, sources, targets, store, digests, writer, run, True,
                             found, groups, index, hashes, vouched, packs, matrix)
    return labels, [r for r in slots if r is not None], tally


def _load(planned: Planned, read: Callable[[checkcache.Slot, str, str], _Hit | None]) -> tuple[
        _Hit | None, checkcache.Slot | None]:
    """A planned file's whole-file entry as ``read(slot, lang, label)`` reads it, and the slot
    it was found in: its own, else (a run without the matrix) the entry with matrix rows;
    (None, its own slot) for a miss."""
    _path, label, lang, slot, _inputs, full = planned
    if slot is None:
        return None, None
    hit = read(slot, lang, label)
    if hit is None and full is not None:
        other = full if isinstance(full, checkcache.Slot) else full.slot()
        hit = read(other, lang, label)
        if hit is not None:
            return hit, other
    return hit, slot


#: What a streamed whole check's results share once kept (``_kept``): nothing is ever added to
#: these (``checker._finish`` only reads a result's lists).
_NONE: list[Any] = []
_SUMMARISED = checkcache.FileResult([], [], [], 0, [], [])
#: Files planned before ``whole_results`` tells its caller (``early``) whether most miss the
#: cache: eight releases of five languages.
EARLY_SAMPLE = 40


def _kept(result: _BatchResult) -> _BatchResult:
    """What is kept of a file's result once its findings are stored, its compared units
    grouped and its matrix rows and TP901 names tallied: its label, language, key, count,
    suppressions and what ``checker._finish`` reads, the rest shared empties. A result
    unpickled from a worker is some twenty objects (its lists, its summary's); 5,000 files
    at N = 1000 held ~7 MB in the main process while the workers ran."""
    from transpub.checker import _BatchResult

    return _BatchResult(_NONE, _NONE, _NONE, result.suppressions or _NONE, _NONE,
                        result.covered, result.cache_key, _NONE, result.used, result.count,
                        _SUMMARISED, result.lang, result.label, _NONE)


class Renamed(Exception):
    """A parsed source's name is not the one its PO files were planned by."""
