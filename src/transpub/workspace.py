"""The workspace operations behind the CLI: init, import, extract and build."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from transpub.catalog import (
    MergeStats,
    TranslationSet,
    _now,
    load_po,
    po_path,
    pot_path,
    read_translations,
    update_catalog,
    write_template,
)
from transpub.config import Settings, write_default_config
from transpub.errors import BuildError, CatalogError, SourceError
from transpub.fsutil import write_atomic
from transpub.html import Alternate, render_index, render_release
from transpub.importer import ImportReport, import_file
from transpub.languages import LanguageInfo
from transpub.localise import Localised, Problem, localise
from transpub.model import Release, Segment
from transpub.segment import SegmentOptions, segment_release
from transpub.source import read_release, release_to_xml

#: Given the release and a language, the #. notes to add per unit id (the termbase's forms).
NotesFor = Callable[[Release, tuple[Segment, ...], str], Mapping[str, list[str]]]


def init_workspace(root: Path) -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    made = [write_default_config(root)]
    for name in ("source", "locales", "output"):
        folder = root / name
        folder.mkdir(exist_ok=True)
        keep = folder / ".gitkeep"
        if not any(folder.iterdir()):
            keep.touch()
        made.append(folder)
    return made


def import_release(settings: Settings, path: Path, slug: str | None, force: bool) -> tuple[
        Path, ImportReport]:
    report = import_file(path, slug, settings.source_language)
    target = settings.source_dir / f"{report.release.slug}.xml"
    if target.exists() and not force:
        raise SourceError(f"{target.relative_to(settings.root)} already exists "
                          "(use --force to replace it)", path)
    data = release_to_xml(report.release)
    # what we write must read back: the schema is the contract for hand-written sources too
    from transpub.source import parse_xml_bytes, validate

    validate(parse_xml_bytes(data, target), target)
    write_atomic(target, data)
    return target, report


def source_files(settings: Settings, only: tuple[str, ...] = ()) -> list[Path]:
    if not settings.source_dir.is_dir():
        raise SourceError("source folder not found", settings.source_dir)
    files = sorted(settings.source_dir.glob("*.xml"))
    if only:
        wanted = set(only)
        files = [f for f in files if f.stem in wanted or str(f) in wanted]
        missing = wanted - {f.stem for f in files} - {str(f) for f in files}
        if missing:
            raise SourceError(f"no such release: {', '.join(sorted(missing))}",
                              settings.source_dir)
    return files


def load(settings: Settings, path: Path) -> tuple[Release, tuple[Segment, ...]]:
    release = read_release(path)
    options = SegmentOptions(settings.segmentation, release.lang, settings.abbreviations)
    return release, segment_release(release, options)


def _reference(settings: Settings, path: Path) -> str:
    return os.path.relpath(path, settings.root).replace(os.sep, "/")


@dataclass(slots=True)
class ExtractResult:
    template: Path
    template_written: bool
    merges: list[MergeStats] = field(default_factory=list)
    errors: list[CatalogError] = field(default_factory=list)


def extract(settings: Settings, only: tuple[str, ...] = (), dry_run: bool = False,
            notes_for: NotesFor | None = None) -> list[ExtractResult]:
    """Write the POT of every release and merge it into each language's PO file."""
    results: list[ExtractResult] = []
    for path in source_files(settings, only):
        release, segments = load(settings, path)
        reference = _reference(settings, path)
        template = pot_path(settings.locales_dir, release.slug)
        written = False if dry_run else write_template(
            template, segments, reference, settings.name, settings.epoch, release.date)
        created = load_po(template).metadata.get("POT-Creation-Date", "") if template.exists() \
            else _now(settings.epoch)
        result = ExtractResult(template, written)
        for info in settings.languages:
            notes = notes_for(release, segments, info.code) if notes_for else {}
            target = po_path(settings.locales_dir, info.code, release.slug)
            try:
                result.merges.append(update_catalog(target, segments, info, reference,
                                                    settings.name, created, notes, dry_run,
                                                    release.date))
            except CatalogError as exc:
                # one translator's broken file must not stop the other languages' update
                result.errors.append(exc)
        results.append(result)
    return results


@dataclass(frozen=True, slots=True)
class LanguageBuild:
    """The outcome of building one release in one language."""

    slug: str
    lang: str
    percent: float
    published: bool
    written: tuple[Path, ...]
    fallbacks: int
    problems: tuple[Problem, ...]
    po: Path | None


@dataclass(frozen=True, slots=True)
class BuildOptions:
    include_fuzzy: bool = False
    min_complete: float = 0.0
    strict: bool = False
    languages: tuple[str, ...] = ()


def build(settings: Settings, options: BuildOptions, only: tuple[str, ...] = ()) -> list[
        LanguageBuild]:
    """Build every release in every language; write nothing for a language held back."""
    infos = [i for i in settings.languages if not options.languages or i.code in options.languages]
    outcomes: list[LanguageBuild] = []
    pages: dict[str, list[tuple[Release, Localised]]] = {i.code: [] for i in infos}
    for path in source_files(settings, only):
        release, segments = load(settings, path)
        localised: dict[str, Localised] = {}
        po_files: dict[str, Path | None] = {}
        for info in infos:
            translations, po_file = _translations(settings, info.code, release.slug)
            po_files[info.code] = po_file
            localised[info.code] = localise(
                release, segments, info.code, settings.source_language, translations,
                settings.style(info.code), info.sentence_joiner, options.include_fuzzy)
        if options.strict:
            for code, item in localised.items():
                if item.problems:
                    first = item.problems[0]
                    raise BuildError(f"[{first.unit}] {first.message}", po_files[code],
                                     first.line or None)
        published = {code for code, item in localised.items()
                     if item.percent >= options.min_complete or code == settings.source_language}
        out_dir = settings.output_dir
        available = [i for i in settings.languages
                     if i.code in published or (out_dir / i.code / f"{release.slug}.html").exists()]
        files: list[tuple[Path, bytes]] = []
        for info in infos:
            item = localised[info.code]
            ok = info.code in published
            written: list[Path] = []
            if ok:
                alternates = [Alternate(a, f"../{a.code}/{release.slug}.html") for a in available]
                html_path = out_dir / info.code / f"{release.slug}.html"
                xml_path = out_dir / info.code / f"{release.slug}.xml"
                files += [(html_path, render_release(item, info, settings.style(info.code),
                                                     alternates)),
                          (xml_path, release_to_xml(item.release))]
                written = [html_path, xml_path]
                pages[info.code].append((release, item))
            outcomes.append(LanguageBuild(release.slug, info.code, item.percent, ok,
                                          tuple(written), len(item.fallbacks), item.problems,
                                          po_files[info.code]))
        # everything of this release was rendered before the first byte is written
        for target, data in files:
            write_atomic(target, data)
    _write_indexes(settings, infos, pages)
    return outcomes


def _translations(settings: Settings, lang: str, slug: str) -> tuple[TranslationSet | None,
                                                                     Path | None]:
    path = po_path(settings.locales_dir, lang, slug)
    if not path.exists():
        return None, None
    return read_translations(path, lang), path


def _write_indexes(settings: Settings, infos: list[LanguageInfo],
                   pages: Mapping[str, list[tuple[Release, Localised]]]) -> None:
    """Each language's index lists the releases that have a page in that language."""
    for info in infos:
        entries: list[tuple[str, str, str, str]] = []
        folder = settings.output_dir / info.code
        for xml_file in sorted(folder.glob("*.xml")) if folder.is_dir() else []:
            try:
                release = read_release(xml_file)
            except SourceError:
                continue
            shown = settings.style(info.code).format_date(release.date) if release.date else ""
            entries.append((f"{release.slug}.html", release.title,
                            release.date.isoformat() if release.date else "", shown))
        if not entries:
            continue
        entries.sort(key=lambda e: (e[2] or "0000", e[0]), reverse=True)
        alternates = [Alternate(a, f"../{a.code}/index.html") for a in settings.languages
                      if (settings.output_dir / a.code / "index.html").exists()
                      or a.code in pages]
        data = render_index(info, settings.name, entries, alternates)
        write_atomic(folder / "index.html", data)


