"""``transpub check``: gather units from PO files (or a workspace), run the checks, summarise."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from transpub.catalog import po_path, read_translations
from transpub.checks import CheckContext, Finding, Severity, Unit, run_checks, sort_findings
from transpub.checks.registry import REGISTRY
from transpub.config import Settings
from transpub.datefind import find_dates
from transpub.errors import CatalogError, TranspubError
from transpub.languages import language
from transpub.model import Release, Segment
from transpub.termbase import Termbase


@dataclass(slots=True)
class CheckRun:
    """Everything a report needs: findings, what was checked, and the entity matrix."""

    findings: list[Finding]
    files: list[str]
    units: int
    codes: set[str]
    langs: list[str] = field(default_factory=list)
    matrix: dict[str, dict[str, str]] = field(default_factory=dict)

    def exit_code(self, fail_on: Severity) -> int:
        return 1 if any(f.severity >= fail_on for f in self.findings) else 0

    def summary(self, fail_on: Severity) -> dict[str, object]:
        by_severity = {s.label: 0 for s in sorted(Severity, reverse=True)}
        by_code: dict[str, int] = defaultdict(int)
        by_lang: dict[str, int] = defaultdict(int)
        for item in self.findings:
            by_severity[item.severity.label] += 1
            by_code[item.code] += 1
            by_lang[item.lang] += 1
        return {
            "files": len(self.files), "units": self.units, "findings": len(self.findings),
            "by_severity": by_severity, "by_code": dict(sorted(by_code.items())),
            "by_lang": dict(sorted(by_lang.items())), "fail_on": fail_on.label,
            "exit_code": self.exit_code(fail_on), "checks": sorted(self.codes),
        }


def _display(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


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


@dataclass(slots=True)
class _BatchResult:
    findings: list[Finding]
    units: list[Unit]
    carried: list[Carried]


_WORKER: dict[str, Any] = {}


def _init_worker(termbase: Termbase, codes: set[str], source_lang: str) -> None:
    import os

    from transpub.workers import bind_to_parent

    bind_to_parent(os.getppid())  # a killed check leaves no worker running on
    _WORKER["ctx"] = CheckContext(termbase, source_lang)
    _WORKER["codes"] = codes


def _run_batch(batch: _Batch) -> _BatchResult:
    ctx: CheckContext = _WORKER["ctx"]
    codes: set[str] = _WORKER["codes"]
    translations = read_translations(batch.path, batch.lang)
    date = batch.release_date_override or translations.release_date
    units = [Unit(item.unit, batch.lang, item.source, item.target, batch.label, item.line,
                  item.fuzzy, date) for item in translations.items.values()]
    findings = run_checks(ctx, units, {c for c in codes if REGISTRY[c].scope == "unit"})
    if batch.segments is not None and "TP604" in codes:
        from transpub.checks.release import stale_findings

        findings.extend(stale_findings(batch.segments, units, batch.lang, batch.label))
    if batch.release is not None and batch.settings is not None and batch.segments is not None \
            and "TP801" in codes:
        from transpub.checks.release import output_findings

        findings.extend(output_findings(batch.settings, batch.release, translations,
                                        batch.segments, batch.lang))
    carried = _carried(ctx, units)
    ctx.near_cache.clear()  # per-file caches: memory stays flat however many files
    return _BatchResult(findings, units, carried)


def _run_all(batches: list[_Batch], termbase: Termbase, codes: set[str], source_lang: str,
             jobs: int, progress: Callable[[int, int], None] | None = None) -> list[_BatchResult]:
    jobs = jobs or min(os.cpu_count() or 1, 4)
    results: list[_BatchResult] = []
    if jobs > 1 and len(batches) >= PARALLEL_THRESHOLD:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                                 initargs=(termbase, codes, source_lang)) as pool:
            for result in pool.map(_run_batch, batches, chunksize=8):
                results.append(result)
                if progress:
                    progress(len(results), len(batches))
        return results
    _init_worker(termbase, codes, source_lang)
    for batch in batches:
        results.append(_run_batch(batch))
        if progress:
            progress(len(results), len(batches))
    return results


def _finish(results: list[_BatchResult], termbase: Termbase, codes: set[str], source_lang: str,
            labels: list[str], langs: list[str], extra: Iterable[Finding] = ()) -> CheckRun:
    units = [u for r in results for u in r.units]
    ctx = CheckContext(termbase, source_lang)
    collection = {c for c in codes if REGISTRY[c].scope == "collection"}
    findings = [f for r in results for f in r.findings]
    findings += run_checks(ctx, units, collection)
    run = CheckRun(sort_findings([*findings, *extra]), labels, len(units), codes, langs)
    run.matrix = _matrix([c for r in results for c in r.carried], langs)
    return run


def check_files(files: Sequence[Path], termbase: Termbase, codes: set[str],
                langs: Sequence[str] = (), source_lang: str = "en", jobs: int = 0,
                progress: Callable[[int, int], None] | None = None) -> CheckRun:
    """Check PO files from anywhere, each msgid/msgstr pair on its own (pofilter-style)."""
    batches: list[_Batch] = []
    for path in files:
        if not path.is_file():
            raise CatalogError("no such file", path)
        lang = _header_language(path)
        if not lang:
            if len(langs) != 1:
                raise CatalogError("the PO file has no Language header; pass --lang LANG", path)
            lang = langs[0]
        elif langs and lang not in langs and lang.split("_")[0] not in langs:
            continue
        try:
            language(lang)
        except TranspubError as exc:
            raise CatalogError(f"Language header: {exc.message}", path, 1) from None
        batches.append(_Batch(path, _display(path), lang))
    results = _run_all(batches, termbase, codes, source_lang, jobs, progress)
    return _finish(results, termbase, codes, source_lang, [b.label for b in batches],
                   sorted({b.lang for b in batches}))


def _header_language(path: Path) -> str:
    """The Language header, read without parsing the whole file (the worker parses it)."""
    from transpub.poread import read_header

    return read_header(path).get("Language", "").strip()


def check_workspace(settings: Settings, termbase: Termbase, codes: set[str],
                    langs: Sequence[str] = (), jobs: int = 0,
                    progress: Callable[[int, int], None] | None = None) -> CheckRun:
    """Check every PO file of the workspace against its source, and the built outputs."""
    from transpub.workspace import load, source_files

    batches: list[_Batch] = []
    targets = [c for c in settings.target_codes() if not langs or c in langs]
    for path in source_files(settings):
        release, segments = load(settings, path)
        for lang in targets:
            po_file = po_path(settings.locales_dir, lang, release.slug)
            if not po_file.exists():
                continue
            batches.append(_Batch(po_file, _display(po_file), lang, release.date, segments,
                                  release, settings))
    results = _run_all(batches, termbase, codes, settings.source_language, jobs, progress)
    return _finish(results, termbase, codes, settings.source_language,
                   [b.label for b in batches], targets)


def _carried(ctx: CheckContext, units: Iterable[Unit]) -> list[Carried]:
    """For every name, title, organisation and date of each source: is it in the target?"""
    out: list[Carried] = []
    for unit in units:
        entities: list[tuple[str, str, str]] = []
        for hit in ctx.source_hits(unit.source):
            category = ctx.categories.get(hit.concept, "other")
            entities.append((f"{category}: {hit.concept}", hit.form, hit.concept))
        for mention in find_dates(unit.source, ctx.source_lang):
            entities.append((f"date: {mention.text}", mention.text, ""))
        if not entities:
            continue
        present = ({h.concept for h in ctx.matcher(unit.lang).find_all(unit.target)}
                   if unit.target.strip() else set())
        has_date = bool(unit.target.strip()) and bool(find_dates(unit.target, unit.lang))
        for key, label, concept in entities:
            carried = concept in present if concept else has_date
            out.append((key, label, unit.lang, carried))
    return out


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
