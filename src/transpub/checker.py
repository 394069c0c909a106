"""``transpub check``: gather units from PO files (or a workspace), run the checks, summarise."""

from __future__ import annotations

import contextlib
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from transpub import checkcache, checkpack, workspace
from transpub.catalog import TranslationSet, po_path, read_translations
from transpub.checks import (
    CheckContext,
    Finding,
    Severity,
    Unit,
    run_checks,
    sort_findings,
    translated,
)
from transpub.checks.consistency import compared_row
from transpub.checks.coverage import names_not_in_termbase
from transpub.checks.registry import REGISTRY
from transpub.checks.release import forget_pages, output_findings, stale_findings
from transpub.checkstream import Groups, Store, Streamed, blob_of, usables_of
from transpub.checktally import Tally
from transpub.config import Settings
from transpub.datefind import DateMention, find_dates
from transpub.errors import CatalogError, TranspubError
from transpub.languages import (
    UN_LANGUAGES,
    match_language,
    mismatch_reason,
    parse_tag,
    same_language,
    undetermined,
)
from transpub.memo import capacity, fit
from transpub.model import Release, Segment
from transpub.pounits import po_units
from transpub.regular import read_input
from transpub.scope import Changes, Shard, changed_po_units, changed_segments, in_shard
from transpub.suppress import Suppression, apply, parse_comment
from transpub.termbase import Termbase

if TYPE_CHECKING:
    from transpub.baseline import Entry


@dataclass(slots=True)
class CheckRun:
    """Everything a report needs: findings, what was checked, and the entity matrix."""

    findings: Sequence[Finding]
    """In report order (a list, or ``checkstream.Streamed``: read back from disk each time)."""
    files: list[str]
    units: int
    codes: set[str]
    langs: list[str] = field(default_factory=list)
    matrix: dict[str, dict[str, str]] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    """One line each, for stderr: what was checked with fewer checks, or not at all, and why."""
    suppressed: list[tuple[Finding, str]] = field(default_factory=list)
    """Findings silenced by a ``transpub: ignore`` comment, with its reason."""
    baseline: str | None = None
    known: Sequence[Finding] = field(default_factory=list)
    """Findings recorded in the baseline: not reported, not failing."""
    fixed: list[Entry] = field(default_factory=list)
    """Baseline entries that no longer occur."""
    scope: dict[str, str] = field(default_factory=dict)
    """How the run was narrowed (``changed_since``, ``shard``), for the summary."""
    no_termbase: str | None = None
    """The workspace's termbase file, when it does not exist (the summary says so)."""
    empty_termbase: str | None = None
    """The termbase files, when they hold no concept (the summary says so)."""
    covered: dict[tuple[str, str], frozenset[str] | None] = field(default_factory=dict)
    """(release, language) of every file read: the unit ids checked, None for all of them."""
    ran: set[str] = field(default_factory=set)
    """The codes that actually ran (workspace checks do not on PO files checked on their own)."""
    every_release: bool = False
    """A workspace check that read every release (no ``--shard``, ``--changed-since`` or
    release named): it covers the names ``baseline.BY_NAME``'s checks report."""
    cache_keys: set[str] = field(default_factory=set)
    """The check cache entries this run used or wrote."""
    cache_entries: list[tuple[Path, bytes]] = field(default_factory=list)
    """New check cache entries, written when the run is over (``checkcache.write``)."""
    verified: bool = False
    """Every input this run read beyond its sources and the files it was given digests of
    (``check_workspace``'s ``digests``) was checked unchanged after it was read: a run record
    need not hash them again (``checkreplay.Recorder.finish``)."""
    settled: dict[str, tuple[str, tuple[int, int, int, int, int]]] = \
        field(default_factory=dict)
    """Inputs given by their digest (``check_workspace``'s ``digests``) without a stat
    vouching for it, read again once settled and found unchanged: path -> (digest, the
    stat that now vouches for it; ``checkwhole.Hashes.settled``)."""

    def counts(self) -> Counter[tuple[int, str, str]]:
        """The findings by (severity, code, language): counted as they were stored when
        they are streamed."""
        from transpub.checkstream import Streamed

        if isinstance(self.findings, Streamed):
            return +self.findings.store.counts
        return Counter((int(f.severity), f.code, f.lang) for f in self.findings)

    def exit_code(self, fail_on: Severity) -> int:
        return 1 if any(severity >= fail_on for severity, _code, _lang in self.counts()) else 0

    def covers(self, entry: Entry) -> bool:
        """Whether this run checked what a baseline entry is about (its check, its file and
        its unit): if so, and it was not found, it is fixed."""
        from transpub.baseline import BY_NAME

        if entry.code in BY_NAME:  # (a name: every release read, in any of its languages)
            return entry.code in self.ran and self.every_release
        if entry.code not in self.ran or (entry.release, entry.lang) not in self.covered:
            return False
        units = self.covered[(entry.release, entry.lang)]
        return units is None or entry.unit in units

    def apply_baseline(self, label: str, entries: Sequence[Entry]) -> None:
        """Report and fail only on findings the baseline does not hold."""
        from transpub.baseline import Matcher, compare
        from transpub.checkstream import Streamed

        if isinstance(self.findings, Streamed):
            # asked in report order, as ``compare`` is
            matcher = Matcher(entries)
            self.findings, self.known = self.findings.partition(matcher.known)
            self.baseline, self.fixed = label, matcher.fixed(self.covers)
            return
        split = compare(self.findings, entries, self.covers)
        self.baseline, self.findings, self.known, self.fixed = (label, split.new, split.known,
                                                                split.fixed)

    def summary(self, fail_on: Severity) -> dict[str, object]:
        by_severity = {s.label: 0 for s in sorted(Severity, reverse=True)}
        counts = self.counts()
        # counted by value, then named: an enum's name is a property lookup per finding
        severities: Counter[int] = Counter()
        by_code: Counter[str] = Counter()
        by_lang: Counter[str] = Counter()
        for (severity, code, lang), count in counts.items():
            severities[severity] += count
            by_code[code] += count
            by_lang[lang] += count
        for severity, count in severities.items():
            by_severity[Severity(severity).label] += count
        return {
            "files": len(self.files), "units": self.units, "findings": len(self.findings),
            "by_severity": by_severity, "by_code": dict(sorted(by_code.items())),
            "by_lang": dict(sorted(by_lang.items())), "fail_on": fail_on.label,
            "exit_code": self.exit_code(fail_on), "checks": sorted(self.codes),
            "suppressed": len(self.suppressed), **({"scope": dict(self.scope)} if self.scope
                                                   else {}),
            **({"baseline": {"file": self.baseline, "known": len(self.known),
                             "fixed": len(self.fixed)}} if self.baseline is not None else {}),
            **({"termbase_missing": self.no_termbase} if self.no_termbase else {}),
            **({"termbase_empty": self.empty_termbase} if self.empty_termbase else {}),
        }


def _display(path: Path) -> str:
    """A file's name in the reports: relative to the working folder (``../ru/…`` from a
    folder of the workspace), unless the two share no folder but the root: then absolute
    (``/tmp/fr.po``, not ``../../tmp/fr.po`` from ``/work/repo``)."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # (another drive)
        return str(path)
    if relative.startswith(os.pardir):
        whole = os.path.abspath(path)  # noqa: PTH100  (as relpath: links not resolved)
        common = Path(os.path.commonpath([whole, Path.cwd()]))
        if common.parent == common:  # (the root: "/", "C:\\")
            return whole
    return relative


#: A unit's contribution to the entity matrix: (entity key, source label, language, carried).
Carried = tuple[str, str, str, bool]
#: Below this many PO files, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 12


@dataclass(frozen=True, slots=True)
class _Batch:
    """One PO file to check: read and checked in whichever process gets it."""

    path: Path
    label: str
    lang: str
    release_date_override: Any = None
    segments: tuple[Segment, ...] | None = None
    release: Release | None = None
    settings: Settings | None = None
    neutral: bool = False
    """A language transpub has no rules for: only the language-neutral checks run."""
    only: frozenset[str] | None = None
    """The units to check (--changed-since); None checks them all. The others are still read,
    for the collection checks that changed units take part in."""
    cache: tuple[Path, str] | None = None
    """The check cache's folder and this run's salt (``checkcache``); None: no cache."""
    compact: bool = False
    """Return a summary for the collection checks instead of the units (a whole workspace
    check: what crosses back from a worker stays small)."""
    full: checkcache.Slot | None = None
    """Where everything this file contributes is filed (with ``compact``)."""
    source: str | None = None
    """The release's source, read and segmented by the process that checks the file (a
    whole workspace check: the main process sends a path, not the parsed release; the
    worker keeps the last one it read, and a release's files come to it together)."""
    slug: str | None = None
    """The release name the file was planned by (with ``source``): another one in the
    source stops the run, to be planned again (``checkwhole``)."""
    stage: str | None = None
    """The run's staging token (``fsutil.Stage``): the worker stages the whole-file entry
    itself, and the main process adopts it (``_BatchResult.staged``)."""
    pages_ahead: tuple[str, ...] = ()
    """The languages of this release whose files the same process checks right after this
    one (``_with_pages_ahead``): TP801 reads their built pages together with this one's."""
    matrix: bool = True
    """Make the file's entity matrix rows (``_carried``); False when the run's reports do
    not show the matrix (its rows are then left empty, and so is the run's matrix)."""


#: What keys the cache entry of a file checked without its matrix rows (``_Batch.matrix``):
#: another entry than the one with them, which serves a run with the matrix and one without.
NO_MATRIX = "no matrix rows"

#: Checks that need no knowledge of the target language (no termbase forms, dates, numbers).
NEUTRAL_CODES = frozenset({"TP401", "TP402", "TP403", "TP404", "TP501", "TP502", "TP503", "TP601",
                           "TP602", "TP603", "TP605", "TP701", "TP702"})


@dataclass(slots=True)
class _BatchResult:
    findings: list[Finding]
    units: list[Unit]
    carried: list[Carried]
    suppressions: list[Suppression] = field(default_factory=list)
    checked: list[Unit] = field(default_factory=list)
    covered: tuple[tuple[str, str], frozenset[str] | None] = (("", ""), None)
    """(release, language) of the file, and the unit ids checked (None: all)."""
    cache_key: str | None = None
    """The check cache entry this file's results are filed under (the collection checks'
    entry is keyed by all of them)."""
    cache_entries: list[tuple[Path, bytes]] = field(default_factory=list)
    """The entries to write (misses), once the whole run succeeded."""
    used: list[str] = field(default_factory=list)
    """Every cache entry this file's results came from or went to (kept by ``prune``)."""
    count: int = 0
    """Units checked."""
    summary: checkcache.FileResult | None = None
    """What the collection checks need of this file, when ``units`` is left empty."""
    lang: str = ""
    label: str = ""
    staged: list[tuple[str, checkpack.Placed]] = field(default_factory=list)
    """Entries the worker staged itself (its pack, the entry's place in it): see
    ``_Batch.stage``."""


_WORKER: dict[str, Any] = {}
#: Source texts whose term hits a worker keeps (a release has a few dozen, checked in five
#: languages one file after the other: at N = 100, 1,024 of them hit 86.9 % of the lookups,
#: 4,096 87.9 %, for ~3/4 of the memory; the per-source lru caches of the checks are bounded
#: at 512 for the same reason, benchmarks/HISTORY.md, "Tenth round: the check's memory").
SOURCE_MEMO = 1024


def _init_worker(termbase: Termbase, codes: set[str], source_lang: str,
                 settings: Settings | None = None) -> None:
    import signal

    from transpub.workers import bind_to_parent

    bind_to_parent(os.getppid())  # a killed check leaves no worker running on
    # SIGTERM ends a worker at once. It would otherwise inherit the main process's handler
    # (``cli._terminate_cleanly``: raise SystemExit), and a worker told to stop while sending
    # its result (the pool's own ``terminate`` of a broken pool, or a CI timeout signalling
    # the whole process group) catches that exception and sends again, into a pipe nobody
    # reads any more: the main process then waits for it forever
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _init_state(termbase, codes, source_lang, settings)


def _init_state(termbase: Termbase, codes: set[str], source_lang: str,
                settings: Settings | None = None) -> None:
    """What ``_run_batch`` reads, in this process: a worker's, or the main process's when it
    checks chunks beside its workers (``_parallel``), which keeps its own signal handlers."""
    _WORKER["ctx"] = CheckContext(termbase, source_lang,
                                  dict(settings.styles) if settings is not None else {})
    _WORKER["codes"] = codes
    _WORKER["settings"] = settings
    _WORKER["source"] = None


#: What the main process holds that a worker forked from it never reads: the run record's scan
#: of every input (``checkindex``: ~16,000 paths and rows at N = 1000), given to
#: ``check_workspace``. Each worker lets go of its copy as it starts (``_init_forked``): the
#: pages it inherited are counted in its resident memory either way, and its own objects then
#: reuse them instead of growing its heap (a worker's peak at N = 1000: ~62 -> ~57 MB).
_INHERITED: list[Any] = []


def _init_forked(termbase: Termbase, codes: set[str], source_lang: str,
                 settings: Settings | None = None) -> None:
    """The pool's initializer: ``_init_worker``, after letting go of ``_INHERITED``."""
    from transpub.checkindex import forget

    for held in _INHERITED:
        forget(held)
    _INHERITED.clear()
    _trim()
    _init_worker(termbase, codes, source_lang, settings)


def _source_of(batch: _Batch) -> _Batch:
    """The batch with its release read and segmented (``batch.source``), in this process:
    the last source read is kept, as a release's files are checked one after the other."""
    settings: Settings = _WORKER["settings"]
    known = _WORKER.get("source")
    if known is not None and known[0] == batch.source:
        release, segments = known[1]
    else:
        _WORKER["source"] = None
        assert batch.source is not None
        release, segments = workspace.load(settings, Path(batch.source))
        _WORKER["source"] = (batch.source, (release, segments))
    if batch.slug is not None and release.slug != batch.slug:
        from transpub.checkwhole import Renamed

        raise Renamed  # not the name its PO files were planned by: the run plans again
    return replace(batch, release_date_override=release.date, segments=segments,
                   release=release, settings=settings, source=None)


def _run_batch(batch: _Batch) -> _BatchResult:
    ctx: CheckContext = _WORKER["ctx"]
    codes: set[str] = _WORKER["codes"]
    if batch.source is not None:
        batch = _source_of(batch)
    # (no check reads the extracted comments: not joined, ~15 % of reading a file)
    translations = read_translations(batch.path, batch.lang, comments=False)
    date = batch.release_date_override or translations.release_date
    units = po_units(translations, batch.lang, batch.label, date)
    # the memos of what the checks derive from a text hold this file's sources and
    # translations, so that its release's next file finds its sources there (``memo``);
    # set again before the next file's first look-up, and back to their own sizes after.
    # A PO file checked on its own (FILES, no release) has no such next file: its memos
    # keep their own sizes (a 100,000-entry catalogue held 300 MB more, for no hit)
    fit(2 * len(units) if _release_key(batch) is not None else 0)
    try:
        return _run_units(batch, ctx, codes, translations, units)
    finally:
        fit(0)


def _run_units(batch: _Batch, ctx: CheckContext, codes: set[str],
               translations: TranslationSet, units: list[Unit]) -> _BatchResult:
    if batch.neutral:
        codes = codes & NEUTRAL_CODES
    only = batch.only
    checked = units if only is None else [u for u in units if u.id in only]
    where = None
    fresh = None
    cached = None
    if batch.cache is not None and only is None:
        where = checkcache.slot(batch.cache[0], batch.cache[1], read_input(batch.path),
                                batch.lang, batch.label, str(batch.release_date_override),
                                batch.neutral, sorted(codes),
                                *(() if batch.matrix else (NO_MATRIX,)))
        cached = checkcache.load(where)
    if where is not None and cached is not None:
        findings, carried = cached
    else:
        findings = run_checks(ctx, checked, {c for c in codes if REGISTRY[c].scope == "unit"})
        # (~3 % of a check, for the matrix only --matrix and the JSON report show)
        carried = _carried(ctx, checked) if batch.matrix else []
        if where is not None:
            fresh = checkcache.entry(where, findings, carried)
    if batch.segments is not None and "TP604" in codes:
        findings.extend(f for f in stale_findings(batch.segments, units, batch.lang, batch.label)
                        if only is None or f.unit in only)
    if batch.release is not None and batch.settings is not None and batch.segments is not None \
            and "TP801" in codes and (only is None or only):
        findings.extend(output_findings(batch.settings, batch.release, translations,
                                        batch.segments, batch.lang, batch.pages_ahead))
    ctx.near_cache.clear()  # per-file caches: memory stays flat however many files
    # a source recurs in its release's files, checked one after the other, not in others
    # (the memo is the context's own: looked up, so that a context without it still works)
    hits = getattr(ctx, "_source_hits", None)
    if isinstance(hits, dict) and len(hits) > capacity(SOURCE_MEMO):
        hits.clear()
        glued = getattr(ctx, "_glued", None)
        if isinstance(glued, set):
            glued.clear()
    suppressions = [Suppression(codes_, reason, batch.lang, batch.label, item.line, item.unit,
                                item.source, item.target, problem)
                    for item in translations.items.values()
                    if item.translator and (only is None or item.unit in only)
                    for codes_, reason, problem in parse_comment(item.translator)]
    result = _BatchResult(findings, units, carried, suppressions, checked,
                          ((Path(batch.label).stem, batch.lang), only),
                          where.key if where is not None else None,
                          [fresh] if fresh is not None else [],
                          [where.key] if where is not None else [], len(checked),
                          lang=batch.lang, label=batch.label)
    if batch.compact:
        _compact(result, ctx, _WORKER["codes"], batch.full, batch.stage)
    return result


def _compact(result: _BatchResult, ctx: CheckContext, codes: set[str],
             full: checkcache.Slot | None, stage: str | None = None) -> None:
    """Replace the units by the summary the collection checks need, and file everything in
    the whole-file entry ``full``."""
    targets = translated(result.units, ctx.source_lang)
    summary = checkcache.FileResult(
        result.findings, result.carried, result.suppressions, result.count,
        [c for c in map(compared_row, targets) if c is not None]
        if codes & {"TP701", "TP702"} else [],
        list(names_not_in_termbase(ctx, targets)) if "TP901" in codes else [])
    # the findings cross back marshalled, as the main process stores them (``checkstream``)
    summary.blob = blob_of(summary.findings)
    summary.findings = result.findings = []
    summary.usables = usables_of(summary.usable)
    summary.usable = []
    # TP901's findings too (a file's findings repeat its release's other files' names: the
    # main process unmarshals the rows of the names it meets first only, ``Tally.absorb``),
    # the entry's section as it is written (``checkcache.file_entry`` takes it as it is)
    summary.coverage_lazy = checkcache.coverage_section(summary.coverage)
    summary.coverage = []
    result.summary = summary
    result.units, result.checked = [], []
    if full is not None:
        entry = checkcache.file_entry(full, summary)
        if stage is None:
            result.cache_entries.append(entry)
        else:  # written here, in parallel, not sent back to the main process to write
            result.staged = checkcache.stage_entries(stage, [entry])
        result.cache_key = full.key
        result.used.append(full.key)


def _from_entry(entry: checkcache.FileResult, full: checkcache.Slot, lang: str,
                label: str) -> _BatchResult:
    # (a string's stem, as ``Path(label).stem`` gives it: 5,000 of them in a re-check)
    stem = os.path.splitext(os.path.basename(label))[0]  # noqa: PTH119, PTH122
    return _BatchResult(entry.findings, [], entry.carried, entry.suppressions, [],
                        ((stem, lang), None), full.key, [], [full.key],
                        entry.count, entry, lang, label)


def _run_all(batches: Iterable[_Batch], termbase: Termbase, codes: set[str], source_lang: str,
             jobs: int, progress: Callable[[int, int], None] | None = None,
             sink: Callable[[int, _BatchResult], None] | None = None,
             total: int | None = None, settings: Settings | None = None,
             pool: list[Any] | None = None) -> list[_BatchResult]:
    """Every batch's result, in order; or, given a ``sink``, none: the sink sees each (with
    its index) as it arrives, and keeps what it needs of it (a whole check keeps a few
    fields: holding every result unpickled from the workers as well cost the main process
    ~8 MB at N = 1000 while they ran). ``batches`` may be a generator (``total``: how many
    it yields, when it is one): it is consumed a few batches ahead of the results, so that
    only those are held at once. ``pool``: a holder of a pool started already
    (``_start_pool``), taken from it if used."""
    jobs = jobs or min(os.cpu_count() or 1, 4)
    if total is None:
        batches = list(batches)
        total = len(batches)
    results: list[_BatchResult] = []
    taken = [0]

    def take(result: _BatchResult) -> None:
        if sink is not None:
            sink(taken[0], result)
        else:
            results.append(result)
        taken[0] += 1
        if progress:
            progress(taken[0], total)

    heavy = False
    split = False
    if jobs > 1 and 2 <= total < PARALLEL_THRESHOLD:
        batches = listed = list(batches)  # (fewer than PARALLEL_THRESHOLD)
        heavy = _heavy(listed)
        # fewer releases than processes: their files are shared out, each process that
        # checks one of a release's files reading and analysing its source once
        split = len({_release_key(b) for b in listed}) < jobs
    if jobs > 1 and (total >= PARALLEL_THRESHOLD or heavy):
        started = pool.pop() if pool else None
        # (eight chunks a process or more: the work is shared out evenly to the end; two long
        # releases' ten files made one chunk of at least ``CHUNK`` files, checked by one
        # process while the other waited)
        size = max(1, min(CHUNK, total // (jobs * 8)))
        for result in _parallel(batches, termbase, codes, source_lang, jobs, settings,
                                started, size, split, total):
            take(result)
        return results
    # (its state only: ``_init_worker`` would bind this process to its parent and make it
    # ignore Ctrl-C, and SIGTERM end it without its clean-up, as a pool worker)
    _init_state(termbase, codes, source_lang, settings)
    for chunk in _chunks(batches):
        for result in _checked(chunk):
            take(result)
    return results


#: Batches sent to a worker at once (at least: a release's files are never split, so that its
#: source is read once), and chunks in flight per worker: enough to keep every worker busy,
#: few enough that the batches not yet checked stay few.
CHUNK = 8
AHEAD = 3
#: Fewer files than ``PARALLEL_THRESHOLD`` are still checked in parallel when they hold this
#: much PO text (a release of a few hundred units or more; the benchmark's files are ~18 kB).
PARALLEL_BYTES = 256 * 1024


def _heavy(batches: Sequence[_Batch]) -> bool:
    """Do ``batches``' files hold ``PARALLEL_BYTES`` or more? (Asked of fewer files than
    ``PARALLEL_THRESHOLD`` only: a stat each.) Two releases of 2,700 units were checked in one
    process while the other core was idle: the count of files alone said the run was small."""
    size = 0
    for batch in batches:
        with contextlib.suppress(OSError):  # (a file gone is the batch's own error to report)
            size += batch.path.stat().st_size
        if size >= PARALLEL_BYTES:
            return True
    return False


def _chunks(batches: Iterable[_Batch], size: int = CHUNK,
            split: bool = False) -> Iterator[list[_Batch]]:
    """The batches in order, cut into chunks of ``size`` or more, never between two files of
    one release whose source the worker reads (``_Batch.source``), unless ``split``."""
    chunk: list[_Batch] = []
    for batch in batches:
        if len(chunk) >= size and (split or batch.source is None
                                   or batch.source != chunk[-1].source):
            yield chunk
            chunk = []
        chunk.append(batch)
    if chunk:
        yield chunk


def _run_chunk(chunk: list[_Batch]) -> list[_BatchResult]:
    from transpub.workers import exit_if_orphaned

    exit_if_orphaned()
    return list(_checked(chunk))


def _checked(chunk: list[_Batch]) -> Iterator[_BatchResult]:
    """The chunk's results, its files told which of their release's files come next (TP801
    reads those pages together: ``checks.release.output_findings``)."""
    try:
        for batch in _with_pages_ahead(chunk):
            yield _run_batch(batch)
    finally:
        forget_pages()


def _with_pages_ahead(chunk: list[_Batch]) -> list[_Batch]:
    """The chunk with each file's ``pages_ahead``: the languages of the files of the same
    release (the same source) that follow it in the chunk and run TP801 (not neutral, not
    left with no unit to check)."""
    out = list(chunk)
    following: list[str] = []
    for at in range(len(chunk) - 1, -1, -1):
        batch = chunk[at]
        if at + 1 < len(chunk) and _release_key(chunk[at + 1]) != _release_key(batch):
            following = []
        if following and _release_key(batch) is not None:
            out[at] = replace(batch, pages_ahead=tuple(reversed(following)))
        if not batch.neutral and (batch.only is None or batch.only):
            following.append(batch.lang)
    return out


def _release_key(batch: _Batch) -> str | None:
    """What tells a release's files apart in a chunk (None: a file without its release)."""
    if batch.source is not None:
        return batch.source
    return batch.release.slug if batch.release is not None and batch.settings is not None \
        else None


def _start_pool(termbase: Termbase, codes: set[str], source_lang: str, workers: int,
                settings: Settings | None) -> Any:
    """A pool of ``workers`` processes, forked now (a task submitted starts them all): a
    worker forked from this process counts its parent's resident pages in its own RSS, so
    the earlier, the smaller (a whole check plans 5,000 files before its first batch). A run
    of ``--jobs N`` forks N - 1 of them: the main process is the N-th (``_parallel``), and
    keeps what ``warm`` built, as the workers do."""
    import gc
    from concurrent.futures import ProcessPoolExecutor

    from transpub.checks.warm import warm  # the parsers' patterns, built once for all workers

    # the workers are forked from this process: with its objects frozen, a worker's garbage
    # collector never writes to (and so never copies) the pages it shares with its parent
    warm((source_lang, *(settings.target_codes() if settings else ())), codes,
         settings.styles if settings else None)
    _drop_cldr()
    gc.freeze()
    _trim()
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_forked,
                               initargs=(termbase, codes, source_lang, settings))
    pool.submit(int)  # (the workers are forked here: all of them, as the start method forks)
    return pool


def _forget_warmed() -> None:
    """Let go, in the main process, of what ``warm`` built and its own checks filled once its
    last chunk is checked (``_parallel``): the parsers' memos and patterns, which it never
    reads again (its collection checks and reports parse no date or number); its objects
    then reuse those pages instead of growing its heap."""
    _WORKER.clear()
    from transpub import datefind, honorifics, numfind, numwords
    from transpub.checks import dates

    for module in (datefind, honorifics, numfind, numwords, dates):
        for value in vars(module).values():
            clear = getattr(value, "cache_clear", None)
            if callable(clear):
                clear()
    _drop_cldr()  # (anything the main process loaded again since)
    _trim()


def _drop_cldr() -> None:
    """Let go of babel's CLDR data (~7.5 MB of locale data for the six languages, 2.2 MB of
    global data at N = 1000), before the workers fork: the parsers' memos ``warm`` built hold
    what they read of it (month names, eras, ...), so neither the workers nor the main
    process read it again in a check of the benchmark's workspaces (babel loads a locale
    again on demand if a rarer pattern needs it). A forked worker then reuses those pages for
    its own objects instead of growing its heap (a worker's peak at N = 1000 ~56 -> ~49 MB)."""
    import babel.core
    import babel.localedata

    babel.localedata.clear_caches()
    # (a private name: babel reads it again when it is None, as before its first use)
    babel.core._global_data = None


def _trim() -> None:
    """Hand the heap's free pages back to the system (glibc's ``malloc_trim``), before the
    workers are forked: each worker counts its parent's resident pages in its own RSS, freed
    ones too (the run record's scan of 16,000 inputs leaves ~1.5 MB of them at N = 1000)."""
    try:
        import ctypes

        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc: nothing to do
        return
    trim(0)


def _stop_pool(pool: Any) -> None:
    import gc

    if sys.exc_info()[1] is not None:
        # a run stopped (SIGTERM to the process group, as a CI cancel or ``docker stop``
        # sends; Ctrl-C; an error): its workers are ended, not waited for (dead already, they
        # had left a waiting shutdown joining a thread that waited for their results for ever)
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            with contextlib.suppress(Exception):
                process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
    else:
        # (what is still queued is not checked)
        pool.shutdown(wait=True, cancel_futures=True)
    gc.unfreeze()


#: Chunks the main process may hold, checked ahead of the workers' results it waits for (they
#: go out in order): it interleaves its chunks with the workers' ``AHEAD`` each, so it holds
#: about that many when it is as fast as they are; the bound only stops it running far ahead
#: of a worker stuck on a large file.
OWN_AHEAD = 16


def _parallel(batches: Iterable[_Batch], termbase: Termbase, codes: set[str],
              source_lang: str, jobs: int,
              settings: Settings | None = None, pool: Any = None,
              size: int = CHUNK, split: bool = False,
              total: int | None = None) -> Iterator[_BatchResult]:
    """The batches' results in order, from ``jobs - 1`` worker processes and the main process
    (``pool``: the workers, started already, ``_start_pool``; stopped here either way). The
    main process checks a chunk itself only when the worker's oldest result is not in yet:
    it also takes every result (``whole_results``' sink), and one process fewer holds the
    interpreter, the modules and the parsers' memos (~49 MB of resident memory at N = 1000)
    while its own share of the results is never pickled."""
    # imported here, not with the module: a re-check of one file runs no worker (~6 ms of
    # its start-up)
    from collections import deque
    from concurrent.futures import Future

    if pool is None:
        pool = _start_pool(termbase, codes, source_lang, jobs - 1, settings)
    # (after the fork: the workers make their own)
    _init_state(termbase, codes, source_lang, settings)
    # in chunk order: a worker's future, or the results of a chunk the main process checked
    pending: deque[Future[list[_BatchResult]] | list[_BatchResult]] = deque()
    queued: deque[int] = deque()  # the files of each chunk sent to a worker, in order
    chunks = _chunks(batches, size, split)
    sent = own = 0  # futures and own chunks in ``pending``
    left = total if total is not None else sys.maxsize  # files not yet given to any process
    more = True
    try:
        while True:
            # the workers are sent chunks ahead, but never more than their share of the files
            # no process has checked yet: near the end, the main process was left waiting
            # for the workers' queued chunks (the N = 10 check, 10-file chunks: ~20 % longer)
            while more and sent < (jobs - 1) * AHEAD \
                    and sum(queued) * jobs < (sum(queued) + left) * (jobs - 1):
                chunk = next(chunks, None)
                if chunk is None:
                    more = False
                    break
                pending.append(pool.submit(_run_chunk, chunk))
                queued.append(len(chunk))
                left -= len(chunk)
                sent += 1
            if not pending:
                break
            head = pending[0]
            if isinstance(head, list):
                pending.popleft()
                own -= 1
                yield from head
            elif head.done() or not more or own >= OWN_AHEAD:
                pending.popleft()
                queued.popleft()
                sent -= 1
                yield from head.result()
            else:
                chunk = next(chunks, None)
                if chunk is None:
                    more = False
                else:
                    left -= len(chunk)
                    pending.append(list(_checked(chunk)))
                    own += 1
    finally:
        _stop_pool(pool)
        # the collection checks and the reports parse no date or number: the parsers' memos'
        # pages are reused for their objects instead of growing the heap (its peak, at the end)
        _forget_warmed()


def _finish(results: list[_BatchResult], termbase: Termbase, codes: set[str], source_lang: str,
            labels: list[str], langs: list[str], extra: Iterable[Finding] = (),
            workspace: bool = False, cache: tuple[Path, str] | None = None,
            tally: Tally | None = None, stored: Store | None = None,
            groups: Groups | None = None, packs: checkpack.Packs | None = None) -> CheckRun:
    """The run's findings, summary and matrix from its files' results (``tally``: what the
    files' matrix rows and TP901 names were gathered into as they arrived; ``stored``: where
    their findings went, the run's findings are then streamed from it)."""
    units = [u for r in results for u in r.units]
    ctx = CheckContext(termbase, source_lang)
    collection = {c for c in codes if REGISTRY[c].scope == "collection"}
    findings = [f for r in results for f in r.findings]
    checked = [u for r in results for u in r.checked]
    run_entries = [e for r in results for e in r.cache_entries]
    summarised = bool(results) and all(r.summary is not None for r in results)
    whole = summarised or len(checked) == len(units)
    where = _collection_slot(results, cache) if whole else None
    cached = checkcache.load(where) if where is not None else None
    if cached is not None:
        findings += cached[0]
    elif whole:
        found = (_collection(ctx, results, collection, tally, groups, cache, run_entries,
                             packs)
                 if summarised else run_checks(ctx, units, collection))
        if where is not None:
            run_entries.append(checkcache.entry(where, found, []))
        findings += found
    elif collection and checked:
        # --changed-since: only the groups a changed unit belongs to are compared, the
        # unchanged units first (the translation a group had is what a changed unit is
        # compared with), and only the changed units' findings are kept: an unchanged
        # unit's old disagreement is not the change's, and a new release sorted first had
        # made every established translation "different" from it
        changed = {(u.file, u.id) for u in checked}
        related = _related(checked, units)
        ordered = [*(u for u in related if (u.file, u.id) not in changed),
                   *(u for u in related if (u.file, u.id) in changed)]
        findings += [f for f in run_checks(ctx, ordered, collection)
                     if (f.file, f.unit) in changed]
    # PO files checked on their own have no sources or outputs: the workspace checks did not
    # run, so a suppression of theirs cannot be called unused
    ran = codes if workspace else {c for c in codes if REGISTRY[c].scope != "workspace"}
    suppressions = [s for r in results for s in r.suppressions]
    if stored is not None:
        # after every file's (their places in the run), in the order they would be sorted in
        stored.add(len(results), [*findings, *extra])
        applied = stored.suppress(suppressions, ran)
        stored.add(len(results) + 1, applied.reports)
        run = CheckRun(Streamed(stored), labels, sum(r.count for r in results), codes, langs)
    else:
        applied = apply([*findings, *extra], suppressions, ran)
        run = CheckRun(sort_findings([*applied.kept, *applied.reports]), labels,
                       sum(r.count for r in results), codes, langs)
    run.suppressed = applied.suppressed
    run.ran = ran
    run.covered = dict(r.covered for r in results)
    run.matrix = (tally.matrix(langs) if tally is not None
                  else _matrix([c for r in results for c in r.carried], langs))
    run.cache_keys = {key for r in results for key in r.used}
    run.cache_entries = run_entries
    if where is not None:
        run.cache_keys.add(where.key)
    return run


#: A whole workspace check streams its findings to the report (``checkstream``); False holds
#: them as a sorted list, as every other check does (the tests compare the two).
STREAM = True

#: The collection checks a whole workspace check computes from each file's summary
#: (``_collection``); any other makes it keep every unit.
SUMMARISED = frozenset({"TP701", "TP702", "TP901"})


def _collection(ctx: CheckContext, results: Sequence[_BatchResult],
                collection: set[str], tally: Tally | None = None,
                groups: Groups | None = None, cache: tuple[Path, str] | None = None,
                entries: list[tuple[Path, bytes]] | None = None,
                packs: checkpack.Packs | None = None) -> list[Finding]:
    """The collection checks from the files' summaries: TP701 and TP702 on the units they
    compare (kept in ``groups`` when given, else in the summaries), TP901 as the first
    finding of each name in file order (gathered in ``tally`` when given). ``cache``: TP701
    and TP702 patched from the previous run's when few files changed (``checkpatch``), and
    this run's kept for the next one (added to ``entries``)."""
    from transpub.checks.consistency import Compared, inconsistent, shared

    found: list[Finding] = []
    if collection & {"TP701", "TP702"} and groups is not None:
        from transpub import checkpatch

        tp701, tp702 = "TP701" in collection, "TP702" in collection
        files = tuple((r.label, r.lang, r.cache_key or "") for r in results)
        keyed = all(r.cache_key for r in results)
        patched = checkpatch.patch(groups, files, cache[0], cache[1], tp701, tp702, packs) \
            if cache is not None and keyed else None
        # else the rows that may share a group, read back file by file, compared as they come
        of_tp701, of_tp702 = patched if patched is not None else checkpatch.compare_all(
            groups, [f[0] for f in files], tp701, tp702)
        if cache is not None and keyed and entries is not None:
            entries.append(checkpatch.snapshot(cache[0], cache[1], (tp701, tp702), files,
                                               of_tp701, of_tp702))
        found += [k[3] for k in of_tp701] + [k[3] for k in of_tp702]
    elif collection & {"TP701", "TP702"}:
        rows = [(r.lang, r.label, row) for r in results if r.summary is not None
                for row in r.summary.usable]
        # a unit alone in its group is compared with nothing: only the units that share a
        # group with another become records (most units of a workspace are alone)
        same_source = Counter((lang, row[5], row[4]) for lang, _label, row in rows)
        same_target = Counter((lang, row[6]) for lang, _label, row in rows if row[8])
        if "TP701" in collection:
            found += inconsistent(Compared(lang, label, *row) for lang, label, row in rows
                                  if same_source[(lang, row[5], row[4])] > 1)
        if "TP702" in collection:
            found += shared(Compared(lang, label, *row) for lang, label, row in rows
                            if row[8] and same_target[(lang, row[6])] > 1)
    if "TP901" in collection:
        if tally is not None:
            found += tally.coverage()
        else:
            first: dict[str, Finding] = {}
            for r in results:
                for name, item in r.summary.coverage if r.summary is not None else ():
                    first.setdefault(name, item)
            found += first.values()
    return sort_findings(found)


def _collection_slot(results: Sequence[_BatchResult],
                     cache: tuple[Path, str] | None) -> checkcache.Slot | None:
    """The collection checks compare units across files: their findings are a function of
    every file's inputs, so their entry is keyed by all the files' keys, in order."""
    if cache is None or not results or not all(r.cache_key for r in results):
        return None
    keys = "\n".join(r.cache_key or "" for r in results).encode()
    return checkcache.slot(cache[0], cache[1], keys, "collection")


def _text_keys(changed: Sequence[Unit]) -> set[tuple[str, str]]:
    from transpub.checks.consistency import text_key

    return {(u.lang, text_key(text)) for u in changed for text in (u.source, u.target)
            if text.strip()}


def _related(changed: Sequence[Unit], units: Sequence[Unit]) -> list[Unit]:
    """The units sharing a source or a translation with a changed unit (in its language), in
    their order: every group the collection checks would put a changed unit in, whole."""
    from transpub.checks.consistency import text_key

    keys = _text_keys(changed)
    return [u for u in units if (u.lang, text_key(u.source)) in keys
            or (u.lang, text_key(u.target)) in keys]


def check_files(files: Sequence[Path], termbase: Termbase, codes: set[str],
                langs: Sequence[str] = (), source_lang: str = "en", jobs: int = 0,
                progress: Callable[[int, int], None] | None = None, shard: Shard | None = None,
                changed_since: str | None = None, matrix: bool = True) -> CheckRun:
    """Check PO files from anywhere, each msgid/msgstr pair on its own (pofilter-style).
    ``matrix``: make the entity matrix (``CheckRun.matrix``; else it is left empty)."""
    batches: list[_Batch] = []
    notices: list[str] = []
    wanted = [_wanted(tag) for tag in langs]
    for path in files:
        if not path.is_file():
            # (a release's id, as build and stats take: said what check takes instead)
            raise CatalogError("no such file" + (
                "" if path.suffix.lower() in (".po", ".pot") else
                f" (check takes PO files or folders of them, and with none the whole "
                f"workspace; a release's: locales/*/LC_MESSAGES/{path.name}.po)"), path)
    changes = Changes(changed_since, files[0]) if changed_since and files else None
    widened = _widened(changes, termbase.paths)
    if widened:
        changes = None  # (every unit may find otherwise now: all are checked)
        notices.append(f"{widened}: every unit checked")
    for path in in_shard(files, shard):
        tag = _header_language(path)
        if tag and path.parent.name == "LC_MESSAGES":
            _gettext_folder_agrees(path, tag)
        if not tag or undetermined(tag):  # ("und" says no more than no header)
            if len(langs) != 1:
                said = f"'s Language header says {tag!r} (no language)" if tag \
                    else " has no Language header"
                raise CatalogError(f"the PO file{said}; pass --lang LANG", path,
                                   _header_line(path, "Language") if tag else None)
            tag = langs[0]
        try:
            parsed = parse_tag(tag)
        except TranspubError as exc:
            raise CatalogError(f"Language header: {exc.message}", path,
                               _header_line(path, "Language")) from None
        code = match_language(tag, UN_LANGUAGES)
        key = code or f"{parsed.language}-{parsed.script}"
        if wanted and key not in wanted:
            notices.append(f"{_display(path)}: skipped: its language {tag} is not --lang "
                           f"{', '.join(langs)}")
            continue
        if code is None and parsed.language in UN_LANGUAGES:
            # zh-Hant is not zh: the checks' Chinese rules are for Simplified Chinese
            raise CatalogError(f"Language header: {mismatch_reason(tag, UN_LANGUAGES)}; "
                               "transpub has no rules for it", path,
                               _header_line(path, "Language"))
        if code is None:
            notices.append(f"{_display(path)}: {tag} ({parsed.english_name}): transpub has "
                           "no rules for this language; only the language-neutral checks ran ("
                           f"{', '.join(sorted(NEUTRAL_CODES & codes))})")
        only = changed_po_units(changes, path) if changes else None
        batches.append(_Batch(path, _display(path), code or tag.strip(), neutral=code is None,
                              only=only, matrix=matrix))
    notices.extend(termbase_gaps(termbase, sorted({b.lang for b in batches if not b.neutral})))
    results = _run_all(batches, termbase, codes, source_lang, jobs, progress)
    run = _finish(results, termbase, codes, source_lang, [b.label for b in batches],
                  sorted({b.lang for b in batches}))
    run.notices = notices
    run.scope = _scope(shard, changed_since)
    if widened:
        run.scope["every_unit"] = widened
    return run


def termbase_gaps(termbase: Termbase, langs: Sequence[str]) -> list[str]:
    """One line per language the termbase leaves concepts without a term in: the check asks
    nothing of those in that language (a bilingual glossary, a termbase lacking a language,
    a TBX whose target language was not set), which the user should know."""
    if not termbase.concepts:
        return []
    name = ", ".join(_display(p) for p in termbase.paths) or "the termbase"
    lines = []
    for lang in langs:
        missing = len(termbase.concepts) - termbase.named_in(lang)
        if missing:
            lines.append(f"{name}: {missing} of {len(termbase.concepts)} concept(s) have no "
                         f"{lang} term: the check asks nothing of them in {lang}")
    return lines


def _wanted(tag: str) -> str:
    """A ``--lang`` value as the key files are selected by (``zh_CN`` = ``zh``)."""
    code = match_language(tag, UN_LANGUAGES)
    if code is not None:
        return code
    parsed = parse_tag(tag)
    return f"{parsed.language}-{parsed.script}"


def _scope(shard: Shard | None, changed_since: str | None) -> dict[str, str]:
    scope = {"shard": f"{shard[0]}/{shard[1]}"} if shard else {}
    if changed_since:
        scope["changed_since"] = changed_since
    return scope


def _gettext_folder_agrees(path: Path, tag: str) -> None:
    """A file in gettext's ``<lang>/LC_MESSAGES/`` is of that language (a workspace's, or
    any project's): its header naming another is refused, as a workspace check refuses it
    (it had been checked as the header's language); a folder that names no language known
    says nothing."""
    from transpub.catalog import language_agrees

    folder = path.parent.parent.name
    try:
        parse_tag(folder)
    except TranspubError:
        return
    language_agrees(path, tag, folder)


def _header_line(path: Path, name: str) -> int:
    """``poread.header_line`` (imported on the error path only)."""
    from transpub.poread import header_line as line_of

    return line_of(path, name)


def _header_language(path: Path) -> str:
    """The Language header, read without parsing the whole file (the worker parses it)."""
    from transpub.poread import read_header

    return read_header(path).get("Language", "").strip()


def check_workspace(settings: Settings, termbase: Termbase, codes: set[str],
                    langs: Sequence[str] = (), jobs: int = 0,
                    progress: Callable[[int, int], None] | None = None,
                    shard: Shard | None = None, changed_since: str | None = None,
                    only: tuple[str, ...] = (), cache: bool = True,
                    digests: Mapping[str, str] | None = None,
                    index: Mapping[str, Sequence[Any]] | None = None,
                    matrix: bool = True) -> CheckRun:
    """Check every PO file of the workspace against its source, and the built outputs
    (``only``: these releases). ``cache``: reuse what PO files whose inputs did not change
    contributed (``checkcache``). ``digests``: the SHA-256 of input files already hashed
    (path -> hex digest; ``checkreplay``), so that they are not read again; ``index``: the
    stat they were taken under (path -> [size, mtime, ctime, inode, device, sha256]), so that
    the check that they did not change during the run need not read them again either.
    ``matrix``: make the entity matrix (``CheckRun.matrix``); without it, a whole check
    leaves it empty and skips each file's matrix rows (its new cache entries are keyed apart
    from those with the rows, which serve it too)."""
    from transpub.workspace import load, source_files

    store = (checkcache.prepare(settings.root),
             checkcache.run_salt(termbase, codes, settings.source_language)) if cache else None

    from transpub.config import CONFIG_NAME

    changes = Changes(changed_since, settings.root) if changed_since else None
    widened = _widened(changes, (*termbase.paths, settings.root / CONFIG_NAME))
    if widened:
        changes = None  # (every unit may find otherwise now: all are checked)
    # with --changed-since, unchanged files matter only to the collection checks
    need_all = changes is None or any(REGISTRY[c].scope == "collection" for c in codes)
    batches: list[_Batch] = []
    absent: list[tuple[str, str, str]] = []  # (the PO files missing: TP608)
    targets = [c for c in settings.target_codes()
               if not langs or any(same_language(tag, c) for tag in langs)]
    sources = in_shard(source_files(settings, only), shard)
    if changes is None and {c for c in codes if REGISTRY[c].scope == "collection"} <= SUMMARISED:
        from transpub.checkwhole import Hashes, whole_results

        # new entries are staged as the files are checked (memory stays flat), and renamed
        # into place only once the whole run succeeded
        writer = checkcache.Writer(store[0]) if store is not None else None
        vouched = checkcache.Vouched(store[0]) if store is not None else None
        # the packs as the run finds them, open until the next run's (read back by place)
        packs = checkpack.Packs(store[0] if store is not None else None, hold=True)
        if writer is not None:
            writer.vouched = vouched
        found = Store() if STREAM else None
        # a release's file has a few dozen units TP701/TP702 compare
        groups = Groups(len(sources) * len(targets) * 40) if STREAM else None
        # most files to check (a fresh check: the packs hold few of their entries): the
        # workers are forked before the plan, from a smaller process (``_start_pool``)
        workers = jobs or min(os.cpu_count() or 1, 4)
        planned = len(sources) * len(targets)
        _INHERITED[:] = [m for m in (digests, index) if m is not None]
        parallel = workers > 1 and planned >= PARALLEL_THRESHOLD
        pool: list[Any] = []

        def start() -> None:
            pool.append(_start_pool(termbase, codes, settings.source_language, workers - 1,
                                    settings))

        if parallel and len(packs) < planned // 2:
            start()
        try:
            labels, results, tally = whole_results(
                settings, sources, targets, store, digests or {}, writer,
                lambda b, sink, total: _run_all(b, termbase, codes, settings.source_language,
                                                jobs, progress, sink, total, settings, pool),
                found=found,
                groups=groups, hashes=(hashes := Hashes(digests or {}, index)),
                vouched=vouched, packs=packs, matrix=matrix,
                # a cache of other files (translations changed since it was filled, a
                # workspace moved): forked once its first files are planned, not after all
                # of them (at N = 1000 the plan is ~8 MB more of each worker's RSS)
                early=start if parallel and not pool else None, absent=absent)
            run = _conclude(_finish(results, termbase, codes, settings.source_language, labels,
                                    targets, _missing(absent, codes), workspace=True,
                                    cache=store, tally=tally, stored=found, groups=groups,
                                    packs=packs),
                            store, not (shard or only or langs), shard, changed_since, writer)
            if widened:
                run.scope["every_unit"] = widened
                run.notices.append(f"{widened}: every unit checked")
            run.every_release = not (shard or only)  # (changed_since: not this path)
            if vouched is not None and not (shard or only or langs):
                vouched.save(run.cache_keys)
            # the inputs of every file checked were compared with their digests after the
            # check (``checkwhole``); the others' results are the cache's, by those digests
            run.verified = store is not None and not hashes.moved
            run.settled = hashes.settled
            return run
        finally:
            _INHERITED.clear()
            if pool:  # started, and not used (fewer files to check than thought)
                _stop_pool(pool.pop())
            if writer is not None:
                writer.discard()
    for path in sources:
        guess = [po_path(settings.locales_dir, lang, path.stem) for lang in targets]
        if changes is not None and not changes.changed(path) and all(
                p.exists() and not changes.changed(p) for p in guess):
            # nothing of this release changed: its units are only read, never checked, so its
            # source need not be parsed (the PO files carry the release's name)
            batches.extend(_Batch(p, _display(p), lang, only=frozenset())
                           for p, lang in zip(guess, targets, strict=True) if need_all)
            continue
        release, segments = load(settings, path)
        in_source = changed_segments(changes, path, lambda p: load(settings, p)) \
            if changes else None
        for lang in targets:
            po_file = po_path(settings.locales_dir, lang, release.slug)
            if not po_file.exists():
                absent.append((_display(po_file), lang, release.slug))
                continue
            units: frozenset[str] | None = None
            if changes is not None:
                in_po = changed_po_units(changes, po_file)
                units = None if in_po is None or in_source is None else in_po | in_source
                if not units and units is not None and not need_all:
                    continue
            batches.append(_Batch(po_file, _display(po_file), lang, release.date, segments,
                                  release, settings, only=units,
                                  neutral=lang not in UN_LANGUAGES, cache=store))
    results = _run_all(batches, termbase, codes, settings.source_language, jobs, progress)
    run = _finish(results, termbase, codes, settings.source_language,
                  [b.label for b in batches], targets, _missing(absent, codes),
                  workspace=True, cache=store)
    run = _conclude(run, store, not (shard or changed_since or only or langs), shard,
                    changed_since)
    run.every_release = not (shard or changed_since or only)
    if widened:
        run.scope["every_unit"] = widened
        run.notices.append(f"{widened}: every unit checked")
    return run


def _missing(absent: Sequence[tuple[str, str, str]], codes: set[str]) -> list[Finding]:
    """TP608 for the PO files the run found missing, when it runs."""
    if not absent or "TP608" not in codes:
        return []
    from transpub.checks.release import missing_findings

    return missing_findings(absent)


def _widened(changes: Changes | None, inputs: Sequence[Path]) -> str:
    """Why a ``--changed-since`` check looks at every unit: one of ``inputs`` (the termbase,
    the workspace's configuration) changed since the ref (a term corrected, a check or a
    date style set: any unit may find otherwise); "" when none did."""
    if changes is None:
        return ""
    moved = [path for path in inputs if changes.changed(path)]
    if not moved:
        return ""
    names = ", ".join(_display(path) for path in moved)
    return f"{names} changed since {changes.ref}"


def _conclude(run: CheckRun, store: tuple[Path, str] | None, everything: bool,
              shard: Shard | None, changed_since: str | None,
              writer: checkcache.Writer | None = None) -> CheckRun:
    if writer is not None:
        writer.put(run.cache_entries)
        writer.commit()
    elif store is not None:
        checkcache.write(store[0], run.cache_entries)
    if store is not None and everything:
        # a whole run: the entries it did not use are of files since edited or removed (after
        # the commit: a pack of this run may hold an entry an older pack holds too); another
        # check of the workspace may be pruning at the same time: what it removed first is gone
        with contextlib.suppress(OSError):
            checkcache.prune(store[0], run.cache_keys)
    run.scope = _scope(shard, changed_since)
    return run


def _carried(ctx: CheckContext, units: Iterable[Unit]) -> list[Carried]:
    """For every name, title, organisation and date of each source: is it in the target?"""
    out: list[Carried] = []
    for unit in units:
        entities: list[tuple[str, str, str]] = []
        for hit in ctx.source_hits(unit.source):
            category = ctx.categories.get(hit.concept, "other")
            entities.append((f"{category}: {hit.concept}", hit.form, hit.concept))
        said = find_dates(unit.source, ctx.source_lang)
        if not entities and not said:
            continue
        translated = bool(unit.target.strip())
        present = ({h.concept for h in ctx.matcher(unit.lang).find_all(unit.target)}
                   if translated and entities else set())
        for key, label, concept in entities:
            out.append((key, label, unit.lang, concept in present))
        if said:
            # a date is carried when the translation says that date (it was any date: «le
            # 8 décembre» carried "7 December", which TP201 reported in the same run)
            dates = find_dates(unit.target, unit.lang) if translated else []
            out.extend((f"date: {mention.text}", mention.text, unit.lang,
                        any(_same_date(mention, other) for other in dates))
                       for mention in said)
    return out


def _same_date(one: DateMention, other: DateMention) -> bool:
    """Whether two mentions name one date, a part one of them leaves out (the day, the
    year) agreeing with anything."""
    return (one.calendar == other.calendar and one.month == other.month
            and (one.day is None or other.day is None or one.day == other.day)
            and (one.year is None or other.year is None or one.year == other.year))


def _matrix(carried: Iterable[Carried], langs: Sequence[str]) -> dict[str, dict[str, str]]:
    labels: dict[str, str] = {}
    missing: dict[tuple[str, str], int] = defaultdict(int)
    for key, label, lang, ok in carried:
        labels.setdefault(key, label)
        if not ok:
            missing[(key, lang)] += 1
    matrix: dict[str, dict[str, str]] = {}
    for key in sorted(labels):
        row = {"label": labels[key]}
        for lang in langs:
            count = missing.get((key, lang), 0)
            row[lang] = "ok" if not count else f"missing in {count}"
        matrix[key] = row
    return matrix


def known_codes() -> list[str]:
    return sorted(REGISTRY)
