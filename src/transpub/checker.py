"""``transpub check``: gather units from PO files (or a workspace), run the checks, summarise."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from transpub.catalog import TranslationSet, po_path, read_translations
from transpub.checks import CheckContext, Finding, Severity, Unit, run_checks, sort_findings
from transpub.checks.registry import REGISTRY
from transpub.config import Settings
from transpub.datefind import find_dates
from transpub.errors import CatalogError, TranspubError
from transpub.languages import language
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


def units_from(translations: TranslationSet, lang: str, file_label: str) -> list[Unit]:
    return [Unit(item.unit, lang, item.source, item.target, file_label, item.line, item.fuzzy,
                 translations.release_date, item.comments)
            for item in translations.items.values()]


def check_files(files: Sequence[Path], termbase: Termbase, codes: set[str],
                langs: Sequence[str] = (), source_lang: str = "en") -> CheckRun:
    """Check PO files from anywhere, each msgid/msgstr pair on its own (pofilter-style)."""
    units: list[Unit] = []
    labels: list[str] = []
    seen_langs: list[str] = []
    for path in files:
        if not path.is_file():
            raise CatalogError("no such file", path)
        translations = read_translations(path)
        lang = translations.header_lang
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
        label = _display(path)
        labels.append(label)
        seen_langs.append(lang)
        units.extend(units_from(translations, lang, label))
    ctx = CheckContext(termbase, source_lang)
    findings = run_checks(ctx, units, codes)
    run = CheckRun(findings, labels, len(units), codes, sorted(set(seen_langs)))
    run.matrix = entity_matrix(ctx, units, run.langs)
    return run


def check_workspace(settings: Settings, termbase: Termbase, codes: set[str],
                    langs: Sequence[str] = ()) -> CheckRun:
    """Check every PO file of the workspace against its source, and the built outputs."""
    from transpub.checks.release import output_findings, stale_findings
    from transpub.workspace import load, source_files

    units: list[Unit] = []
    labels: list[str] = []
    extra: list[Finding] = []
    targets = [c for c in settings.target_codes() if not langs or c in langs]
    for path in source_files(settings):
        release, segments = load(settings, path)
        for lang in targets:
            po_file = po_path(settings.locales_dir, lang, release.slug)
            if not po_file.exists():
                continue
            translations = read_translations(po_file, lang)
            label = _display(po_file)
            labels.append(label)
            batch = units_from(translations, lang, label)
            batch = [Unit(u.id, u.lang, u.source, u.target, u.file, u.line, u.fuzzy,
                          release.date, u.comments) for u in batch]
            units.extend(batch)
            if "TP604" in codes:
                extra.extend(stale_findings(segments, batch, lang, label))
            if "TP801" in codes:
                extra.extend(output_findings(settings, release, translations, segments, lang))
    ctx = CheckContext(termbase, settings.source_language)
    findings = sort_findings([*run_checks(ctx, units, codes), *extra])
    run = CheckRun(findings, labels, len(units), codes, targets)
    run.matrix = entity_matrix(ctx, units, targets)
    return run


def entity_matrix(ctx: CheckContext, units: Iterable[Unit], langs: Sequence[str]) -> dict[
        str, dict[str, str]]:
    """Every name, title, organisation and date of the sources x language: carried or not."""
    unit_list = list(units)
    problems: dict[tuple[str, str], int] = defaultdict(int)
    totals: dict[str, int] = defaultdict(int)
    labels: dict[str, str] = {}
    by_source: dict[str, list[Unit]] = defaultdict(list)
    for unit in unit_list:
        by_source[unit.source].append(unit)
    for source, group in by_source.items():
        entities: list[tuple[str, str]] = []
        for hit in ctx.source_hits(source):
            category = ctx.categories.get(hit.concept, "other")
            key = f"{category}: {hit.concept}"
            labels.setdefault(key, hit.form)
            entities.append((key, hit.concept))
        for mention in find_dates(source, ctx.source_lang):
            key = f"date: {mention.text}"
            labels.setdefault(key, mention.text)
            entities.append((key, ""))
        for key, concept in entities:
            totals[key] += 1
            for unit in group:
                if not unit.target.strip():
                    problems[(key, unit.lang)] += 1
                    continue
                if concept:
                    present = {h.concept for h in ctx.matcher(unit.lang).find_all(unit.target)}
                    if concept not in present:
                        problems[(key, unit.lang)] += 1
                elif not any(m.text for m in find_dates(unit.target, unit.lang)):
                    problems[(key, unit.lang)] += 1
    matrix: dict[str, dict[str, str]] = {}
    for key in sorted(totals):
        row = {"label": labels[key]}
        for lang in langs:
            missing = problems.get((key, lang), 0)
            row[lang] = "ok" if not missing else f"missing in {missing}"
        matrix[key] = row
    return matrix


def known_codes() -> list[str]:
    return sorted(REGISTRY)
