"""The workspace operations behind the CLI: init, import, extract and build."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from transpub import __version__
from transpub.catalog import (
    Memory,
    MergeStats,
    po_path,
    pot_path,
    update_catalog,
    write_template,
)
from transpub.config import CONFIG_NAME, Settings, write_default_config
from transpub.errors import CatalogError, SourceError
from transpub.fsutil import write_atomic
from transpub.importer import ImportReport, import_file
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
    unchanged: bool = False
    """Skipped: nothing it depends on changed since the last extract."""


def memory_for(settings: Settings, lang: str) -> Memory:
    """The translation memory of ``lang``, read from the catalogues once, on first use."""
    from transpub.tm import TranslationMemory, unit_role

    loaded: list[TranslationMemory] = []

    def suggest(segment: Segment) -> tuple[str, bool, str] | None:
        if not loaded:
            loaded.append(TranslationMemory.from_workspace(
                settings.locales_dir, lang, source_lang=settings.source_language))
        found = loaded[0].suggest(segment.text, settings.memory_threshold)
        if found is None:
            return None
        accept = found.exact and (
            settings.memory_accept == "always"
            or (settings.memory_accept == "same-role"
                and found.entry.role == unit_role(segment.id)))
        return found.entry.target, not accept, found.note

    return suggest


EXTRACT_MANIFEST = ".transpub-extract.json"


def _extract_digest(settings: Settings, path: Path, common: str) -> str:
    """Everything an extract of one release reads, hashed: when it has not changed since the
    last extract, the result would be byte-identical, and the release is skipped."""
    digest = hashlib.sha256(common.encode())
    slug = path.stem
    for file in (path, pot_path(settings.locales_dir, slug),
                 *(po_path(settings.locales_dir, i.code, slug) for i in settings.languages)):
        try:
            digest.update(hashlib.sha256(file.read_bytes()).digest())
        except FileNotFoundError:
            digest.update(b"-")
    return digest.hexdigest()


def _common_extract_digest(settings: Settings) -> str:
    digest = hashlib.sha256(__version__.encode())
    for file in (settings.root / CONFIG_NAME, settings.termbase):
        with contextlib.suppress(FileNotFoundError):
            digest.update(file.read_bytes())
    return digest.hexdigest()


def extract(settings: Settings, only: tuple[str, ...] = (), dry_run: bool = False,
            notes_for: NotesFor | None = None, force: bool = False) -> list[ExtractResult]:
    """Write the POT of every release and merge it into each language's PO file."""
    results: list[ExtractResult] = []
    memories: dict[str, Memory] = {}
    manifest_path = settings.locales_dir / EXTRACT_MANIFEST
    manifest: dict[str, str] = {}
    if not force:
        with contextlib.suppress(OSError, ValueError):
            manifest = dict(json.loads(manifest_path.read_text(encoding="utf-8")))
    common = _common_extract_digest(settings)
    for path in source_files(settings, only):
        if not dry_run and manifest.get(path.stem) == _extract_digest(settings, path, common):
            results.append(ExtractResult(pot_path(settings.locales_dir, path.stem), False,
                                         unchanged=True))
            continue
        release, segments = load(settings, path)
        reference = _reference(settings, path)
        template = pot_path(settings.locales_dir, release.slug)
        written, created = write_template(template, segments, reference, settings.name,
                                          settings.epoch, release.date, dry_run)
        result = ExtractResult(template, written)
        for info in settings.languages:
            notes = notes_for(release, segments, info.code) if notes_for else {}
            target = po_path(settings.locales_dir, info.code, release.slug)
            memory = None
            if settings.memory and info.code != settings.source_language:
                memory = memories.setdefault(info.code, memory_for(settings, info.code))
            try:
                result.merges.append(update_catalog(target, segments, info, reference,
                                                    settings.name, created, notes, dry_run,
                                                    release.date, memory))
            except CatalogError as exc:
                # one translator's broken file must not stop the other languages' update
                result.errors.append(exc)
        results.append(result)
        if not dry_run and not result.errors:
            manifest[path.stem] = _extract_digest(settings, path, common)
    if not dry_run:
        write_atomic(manifest_path, (json.dumps(manifest, sort_keys=True, indent=1) + "\n")
                     .encode("utf-8"))
    return results
