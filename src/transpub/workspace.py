"""The workspace operations behind the CLI: init, import, extract and build."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, cast

from transpub import __version__, segcache
from transpub.catalog import (
    Block,
    Memory,
    MergeStats,
    po_path,
    pot_path,
    template_date,
    unit_comment,
    update_catalog,
    write_template,
)
from transpub.config import CONFIG_NAME, Settings, write_default_config
from transpub.errors import CatalogError, SourceError, TranspubError
from transpub.flushing import Flusher
from transpub.fsutil import (
    Stage,
    known_absent,
    read_bytes,
    read_current,
    staged_run,
    using,
    write_all_atomic,
    write_atomic,
)
from transpub.languages import FactsApart, LanguageInfo, read_facts
from transpub.model import Block as SourceBlock
from transpub.model import Release, Segment
from transpub.powrite import Memo
from transpub.regular import read_input
from transpub.segment import SegmentOptions, segment_release
from transpub.source import load_schema, read_release, release_to_xml
from transpub.statmemo import FOLDER as CACHE_FOLDER
from transpub.statmemo import IGNORE_FILE
from transpub.workers import Forked, can_fork

if TYPE_CHECKING:
    from transpub.importer import ImportReport
    from transpub.tm import TranslationMemory

#: A release name: an XML NCName that is also a safe file name on every system.
SLUG_RE = re.compile(r"[A-Za-z][A-Za-z0-9._-]{0,199}")
#: Given the release and a language, the #. notes to add per unit id (the termbase's forms).
NotesFor = Callable[[Release, tuple[Segment, ...], str], Mapping[str, list[str]]]


def init_workspace(root: Path) -> list[Path]:
    if root.exists() and not root.is_dir():
        raise SourceError("exists and is not a folder; init needs a folder", root)
    for name in ("source", "locales", "output"):
        if (root / name).exists() and not (root / name).is_dir():
            raise SourceError("exists and is not a folder", root / name)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SourceError(f"cannot create the folder: {exc.strerror}", root) from None
    made = [write_default_config(root)]
    for name in ("source", "locales", "output"):
        folder = root / name
        folder.mkdir(exist_ok=True)
        keep = folder / ".gitkeep"
        if not any(folder.iterdir()):
            keep.touch()
        made.append(folder)
    return made


def import_releases(settings: Settings, paths: list[Path], slug: str | None,
                    force: bool) -> list[tuple[Path, ImportReport]]:
    """Import every file of ``paths`` (``slug``: the name of the one there is); each is read,
    checked and made into a valid source before any is written, so that a file that cannot
    be imported, or two that would take one name, leave ``source/`` as it was."""
    if slug is not None and len(paths) > 1:
        raise SourceError("--slug names one release; import the files one by one to name "
                          "each", paths[1])
    prepared = [_prepare_import(settings, path, slug, force) for path in paths]
    taken: dict[Path, Path] = {}
    for path, (target, _data, _report) in zip(paths, prepared, strict=True):
        if target in taken:
            raise SourceError(f"gives the same release name as {taken[target]} "
                              f"({target.relative_to(settings.root)}): import it with --slug",
                              path)
        taken[target] = path
    # all of them or none (a full disk at the second of eight had left the first written, and
    # the retry the message asked for refused it as "already exists")
    write_all_atomic([(target, data) for target, data, _report in prepared])
    return [(target, report) for target, _data, report in prepared]


def import_release(settings: Settings, path: Path, slug: str | None,
                   force: bool) -> tuple[Path, ImportReport]:
    """Import one file (``import_releases`` of it)."""
    return import_releases(settings, [path], slug, force)[0]


def _prepare_import(settings: Settings, path: Path, slug: str | None,
                    force: bool) -> tuple[Path, bytes, ImportReport]:
    if slug is not None and not SLUG_RE.fullmatch(slug):
        raise SourceError(f"--slug {slug!r} is not a usable release name: letters, digits, '-', "
                          "'_' and '.', starting with a letter", path)
    # imported here: extract, build and check load this module and need neither
    from transpub.importer import import_file
    from transpub.urls import check_links

    report = import_file(path, slug, settings.source_language, settings.url_schemes)
    text = None
    if path.suffix.lower() not in (".pdf", ".docx", ".odt"):  # (no lines to name in those)
        with contextlib.suppress(OSError):
            text = path.read_text(encoding="utf-8", errors="replace")
    check_links(report.release, settings.url_schemes, SourceError, path, text)
    _check_sizes(report.release, path)
    if not any(b.kind in ("p", "h2") for b in report.release.blocks):
        raise SourceError("the release has no text under its headline (a source holds at "
                          "least one paragraph)", path)
    target = settings.source_dir / f"{report.release.slug}.xml"
    if target.exists() and not force:
        raise SourceError(f"{target.relative_to(settings.root)} already exists: a revised "
                          "version of that release? --force replaces it; another release? "
                          "give it its own name with --slug NAME", path)
    if target.exists():
        report = _revised(report, target)
    data = release_to_xml(report.release)
    # what we write must read back: the schema is the contract for hand-written sources too
    from transpub.source import parse_xml_bytes, validate

    try:
        validate(parse_xml_bytes(data, target), target)
    except SourceError as exc:  # the input's fault, not the (unwritten) target's
        raise SourceError(f"cannot be imported: the release it gives is invalid "
                          f"({exc.message})", path) from None
    return target, data, report


def _revised(report: ImportReport, target: Path) -> ImportReport:
    """``report`` of a revised version of the release ``target`` holds (``import --force``),
    its blocks given the ids of the old version's blocks they revise (``kept_ids``): the
    importer numbers paragraphs by position, and a paragraph inserted had moved every later
    one's id, so that the translations returned for them were refused and an edited
    sentence's draft was not carried to it. A file that cannot be read is replaced as it is."""
    try:
        old = read_release(target)
    except SourceError:
        return report
    blocks = kept_ids(old.blocks, report.release.blocks)
    return dataclasses.replace(report, release=dataclasses.replace(report.release,
                                                                   blocks=blocks))


def orphan_catalogues(settings: Settings) -> list[Path]:
    """The POT and PO files of ``locales/`` whose release no source of ``source/`` is (a
    release removed or renamed: its catalogues had stayed without a word, read by nothing).
    A source's file name is its release id but for a hand-named one, whose id is read only
    when a catalogue's name is no file's."""
    # (names listed, not globbed: 7,000 ``Path``s at N = 1000 were 40 ms of an extract)
    def listed(folder: Path, suffix: str) -> list[str]:
        with contextlib.suppress(OSError):
            return sorted(name[:-len(suffix)] for name in os.listdir(folder)  # noqa: PTH208
                          if name.endswith(suffix) and not name.startswith("."))
        return []

    names = set(listed(settings.source_dir, ".xml"))
    locales = settings.locales_dir
    found = [locales / f"{stem}.pot" for stem in listed(locales, ".pot") if stem not in names]
    for code in settings.codes:
        folder = locales / code / "LC_MESSAGES"
        found += [folder / f"{stem}.po" for stem in listed(folder, ".po") if stem not in names]
    if found:
        ids = {found_id[0] for found_id in map(
            release_id, (settings.source_dir / f"{name}.xml" for name in sorted(names)))
            if found_id}
        found = [path for path in found if path.stem not in ids]
    return found


def kept_ids(old: Sequence[SourceBlock], new: Sequence[SourceBlock]) -> tuple[SourceBlock, ...]:
    """``new`` with each block of a kind given the id of the old block of that kind it is
    most like (the same text first, then the likest from half alike by their words,
    ``_likeness``, each old id given once), the others numbered after the old ids of their
    kind; blocks whose ids the importer does not number (``title``, ``place``) keep theirs."""
    taken: dict[int, str] = {}
    used: set[str] = set()
    budget = _Budget(_KEPT_WORK)
    for kind in dict.fromkeys(b.kind for b in new):
        olds = [b for b in old if b.kind == kind and _NUMBERED.fullmatch(b.id)]
        news = [(i, b) for i, b in enumerate(new) if b.kind == kind
                and _NUMBERED.fullmatch(b.id)]
        # the same text: found in a table (each new block was compared with every old one,
        # character by character: 88 s for a revised release of 100 paragraphs)
        same: dict[str, list[str]] = {}
        for was in reversed(olds):
            same.setdefault(was.plain_text, []).append(was.id)
        rest = []
        for i, block in news:
            ids = same.get(block.plain_text, [])
            while ids and ids[-1] in used:
                ids.pop()
            if ids:
                taken[i] = ids.pop()
                used.add(taken[i])
            else:
                rest.append((i, block))
        left = [(n, was) for n, was in enumerate(olds) if was.id not in used]
        for _key, i, _n, ident in sorted(_alike(left, rest, budget)):
            if i not in taken and ident not in used:
                taken[i] = ident
                used.add(ident)
    numbers: dict[str, int] = {}
    for block in old:  # (not the new blocks' own numbers: they are given again)
        found = _NUMBERED.fullmatch(block.id)
        if found:
            numbers[found.group(1)] = max(numbers.get(found.group(1), 0), int(found.group(2)))
    out = []
    for i, block in enumerate(new):
        found = _NUMBERED.fullmatch(block.id)
        if i in taken:
            block = dataclasses.replace(block, id=taken[i])
        elif found:
            numbers[found.group(1)] = numbers.get(found.group(1), 0) + 1
            block = dataclasses.replace(block, id=f"{found.group(1)}{numbers[found.group(1)]}")
        out.append(block)
    return tuple(out)


#: A word as ``kept_ids`` compares paragraphs: a run of letters and digits, a mark, a Chinese
#: or Japanese character (each its own: those texts have no spaces)
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|\w+|[^\w\s]")
#: The words ``kept_ids`` reads comparing the paragraphs left unmatched at most (each pair
#: read costs both paragraphs' words): about a second, three for hundreds of near-identical
#: paragraphs of a thousand words. A revision that rewrote everything would else compare each
#: paragraph with every other; the pairs left, the farthest apart in the text, are not
#: compared (their new paragraphs are numbered after the old ones).
_KEPT_WORK = 2_000_000


@dataclass
class _Budget:
    left: int


def _alike(olds: Sequence[tuple[int, SourceBlock]], news: Sequence[tuple[int, SourceBlock]],
           budget: _Budget) -> list[tuple[float, int, int, str]]:
    """The pairs of a new and an old block at least half alike (``_likeness``), each as
    (minus its likeness, the new block's index, the old block's, the old id): the order
    ``kept_ids`` gives ids in. The nearest in the text are compared first: a revision keeps
    its order, and the budget may end before the farthest."""
    words_old = [_WORD.findall(was.plain_text) for _n, was in olds]
    words_new = [_WORD.findall(block.plain_text) for _i, block in news]
    pairs = []
    for k, m in _nearest(len(news), len(olds)):
        before, after = words_old[m], words_new[k]
        budget.left -= 1 + len(before) + len(after)
        if budget.left < 0:
            break
        ratio = _likeness(before, after)
        if ratio >= 0.5:
            pairs.append((-ratio, news[k][0], olds[m][0], olds[m][1].id))
    return pairs


def _nearest(rows: int, cols: int) -> Iterator[tuple[int, int]]:
    """Every (row, column) of a table, by their distance from the diagonal."""
    for distance in range(max(rows, cols)):
        for row in range(distance, min(rows, cols + distance)):
            yield row, row - distance
        if distance:
            for row in range(min(rows, cols - distance)):
                yield row, row + distance


def _likeness(before: list[str], after: list[str]) -> float:
    """How alike two paragraphs are by their words: difflib's ratio (asked only when the
    longest common subsequence, found in C, leaves it 0.5 or more); for two paragraphs of
    thousands of words (difflib's time grows with the product of their lengths, more on
    repeated words: ``similar.DIFFLIB_PAIRS``) the share of the words they hold alike."""
    import difflib

    from transpub.similar import DIFFLIB_PAIRS, lcs_length

    total = len(before) + len(after)
    if not total:
        return 1.0
    if 2 * min(len(before), len(after)) < 0.5 * total:
        return 0.0  # (difflib's real_quick_ratio: the lengths alone)
    if len(before) * len(after) > DIFFLIB_PAIRS:
        from collections import Counter

        return 2.0 * sum((Counter(before) & Counter(after)).values()) / total
    if 2.0 * lcs_length(before, after) / total < 0.5:
        return 0.0
    return difflib.SequenceMatcher(None, before, after, autojunk=False).ratio()


#: An id the importer numbers: its prefix and number (``p12``, ``h2``, ``contact3``)
_NUMBERED = re.compile(r"([a-z]+)(\d+)")


#: libxml2's limit on one text node or attribute value without XML_PARSE_HUGE (which transpub
#: never sets): a larger one could be written but never read back.
MAX_VALUE = 10_000_000


def _check_sizes(release: Release, path: Path) -> None:
    for block in release.blocks:
        for span in block.spans:
            for value in (span.text, *(v for _k, v in span.attrs)):
                if len(value.encode("utf-8")) > MAX_VALUE:
                    raise SourceError(f"a text or link of {len(value):,} characters "
                                      f"(the limit is {MAX_VALUE:,} bytes)", path,
                                      block.line or None)


def release_id(path: Path) -> tuple[str, int] | None:
    """The ``id`` of a source file's root element (the release's slug) and its line, read
    without parsing the rest; None when the file cannot be read that far (its reader reports
    why)."""
    found = _root_id(str(path), path.stem)
    return (found[0], found[1]) if found else None


def _root_id(source: str | IO[bytes], stem: str) -> tuple[str, int] | None:
    from lxml import etree

    with contextlib.suppress(etree.LxmlError, OSError, ValueError):
        for _event, element in etree.iterparse(source, events=("start",),
                                               resolve_entities=False, no_network=True,
                                               load_dtd=False, huge_tree=False):
            return element.get("id", stem), int(element.sourceline or 0)
    return None


def _is_release_id(value: object) -> bool:
    return (value is None or (isinstance(value, list) and len(value) == 2
            and isinstance(value[0], str) and isinstance(value[1], int)))


def _release_id_of(data: bytes, *, path: Path) -> list[object] | None:
    """``release_id`` of a file's bytes (JSON-ready, for the stat memo)."""
    import io

    found = _root_id(io.BytesIO(data), path.stem)
    return list(found) if found else None


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


def load(settings: Settings, path: Path, data: bytes | None = None, *,
         cache: bool = True, digest: bytes | None = None) -> tuple[Release, tuple[Segment, ...]]:
    """The release and its units; ``data``: the file's bytes, when the caller read them
    (``digest``: their SHA-256, when the caller has it).

    A source of the workspace's ``source/`` folder is read and segmented once for every
    command: the result is kept in ``.transpub-cache/segments/`` (``segcache``), keyed by the
    file's name and bytes, the code and the segmentation settings, and read back by the next
    command (extract, build, check and their workers alike). ``cache=False``: read and segment
    it here, without the cache (the result is the same)."""
    folder = _segment_folder(settings, path) if cache else None
    if folder is None:
        return _load(settings, path, data)
    if data is None:
        try:
            data = read_input(path)
        except OSError:
            return _load(settings, path, None)  # read_release says why it cannot be read
    wanted = segcache.key(_segment_salt(settings.segmentation, _abbreviations_key(settings)),
                          path.name, data, digest)
    where = segcache.entry_path(folder, path.name)
    found = segcache.read(where, wanted, path)
    if found is not None:
        return found
    loaded = _load(settings, path, data)
    segcache.write(where, wanted, loaded)
    return loaded


def _load(settings: Settings, path: Path,
          data: bytes | None) -> tuple[Release, tuple[Segment, ...]]:
    release = read_release(path, data)
    options = SegmentOptions(settings.segmentation, release.lang, settings.abbreviations)
    return release, segment_release(release, options)


def _segment_folder(settings: Settings, path: Path) -> Path | None:
    """The segment cache's folder when ``path`` is one of the workspace's sources (a file read
    from elsewhere is not kept: the cache holds one entry per source)."""
    source = settings.source_dir
    if path.is_absolute() and source.is_absolute():  # (then the answer does not move with cwd)
        same = _same_folder(os.path.dirname(path), os.fspath(source))  # noqa: PTH120
    else:
        same = os.path.abspath(path.parent) == os.path.abspath(source)  # noqa: PTH100
    return _cache_folder(settings.root) if same else None


@functools.lru_cache(maxsize=8)
def _cache_folder(root: Path) -> Path:
    return root / segcache.FOLDER


@functools.lru_cache(maxsize=64)
def _same_folder(folder: str, other: str) -> bool:
    """Whether two absolute folder paths name the same folder as ``abspath`` reads them:
    asked once per release (1,000 times for the same two strings at N = 1000)."""
    return os.path.abspath(folder) == os.path.abspath(other)  # noqa: PTH100


def _abbreviations_key(settings: Settings) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(sorted((str(k), tuple(v)) for k, v in settings.abbreviations.items()))


@functools.lru_cache(maxsize=8)
def _segment_salt(mode: str, abbreviations: tuple[tuple[str, tuple[str, ...]], ...]) -> bytes:
    return segcache.salt(_code_digest(), mode, dict(abbreviations))


def sweep_segment_cache(settings: Settings, packed: Iterable[str] = (),
                        names: list[str] | None = None) -> None:
    """Remove the segment cache's entries of sources that are no longer in ``source/`` (and
    the files of those in the pack just written); ``names``: the sources' file names, when
    the caller has just listed them."""
    folder = settings.root / segcache.FOLDER
    if folder.is_dir() and settings.source_dir.is_dir():
        segcache.sweep(folder, names if names is not None else [
            p.name for p in settings.source_dir.glob("*.xml")], packed)


def _reference(settings: Settings, path: Path) -> str:
    """The release's path relative to the workspace (the PO files' ``#:`` lines)."""
    folder, name = os.path.split(path)
    root = os.fspath(settings.root)
    if not (path.is_absolute() and settings.root.is_absolute()) or name in ("", ".", ".."):
        return os.path.relpath(path, root).replace(os.sep, "/")
    # ``relpath`` is lexical: the folder's relative path, made once per (folder, root), and
    # the name after it (the same string; ~10 µs a release less)
    prefix = _relative(folder, root)
    return name if prefix == "." else f"{prefix}/{name}"


@functools.lru_cache(maxsize=64)
def _relative(folder: str, root: str) -> str:
    return os.path.relpath(folder, root).replace(os.sep, "/")


@dataclass(slots=True)
class ExtractResult:
    template: Path
    template_written: bool
    merges: list[MergeStats] = field(default_factory=list)
    errors: list[CatalogError] = field(default_factory=list)
    unchanged: bool = False
    """Skipped: nothing it depends on changed since the last extract."""
    release_id: str | None = None
    """The id of the release's root element, when its source was read (``check_unique_ids``'
    id, taken from the parse instead of a second reading)."""


def memory_for(settings: Settings, lang: str) -> Memory:
    """The translation memory of ``lang``, read from the catalogues once, on first use."""
    return _Suggest(settings, lang)


class _Suggest:
    """A ``Memory``: the translation memory of one language, read on first use; ``empty``
    says, once it is read, that it can suggest nothing (a fresh workspace), so that an
    extract does not ask it once per unit and language (160,000 calls at N=1000)."""

    def __init__(self, settings: Settings, lang: str) -> None:
        self.settings = settings
        self.lang = lang
        self.loaded: list[TranslationMemory] = []

    def _memory(self) -> TranslationMemory:
        if not self.loaded:
            from transpub.tm import TranslationMemory

            self.loaded.append(TranslationMemory.from_workspace(
                self.settings.locales_dir, self.lang,
                source_lang=self.settings.source_language))
        return self.loaded[0]

    def empty(self) -> bool:
        """Read and found empty (never read here: a run that fills no unit, an extract
        after one source edit, must not read every PO file of the language for it)."""
        return bool(self.loaded) and not self.loaded[0]

    def __call__(self, segment: Segment) -> tuple[str, bool, str] | None:
        from transpub.tm import unit_role

        memory = self._memory()
        if not memory:  # nothing translated yet (a fresh workspace)
            return None
        settings = self.settings
        found = memory.suggest(segment.text, settings.memory_threshold)
        if found is None:
            return None
        accept = found.exact and (
            settings.memory_accept == "always"
            or (settings.memory_accept == "same-role"
                and found.entry.role == unit_role(segment.id)))
        return found.entry.target, not accept, found.note


#: The per-release fingerprints of the last extract, in the workspace's gitignored cache.
EXTRACT_CACHE = CACHE_FOLDER / "extract.json"
_CACHE_FORMAT = "transpub-extract-cache/1"
#: Fewer stale releases than this are extracted in this process: starting workers costs more.
PARALLEL_THRESHOLD = 16
#: From this many releases to extract, the file system is flushed while they are written
#: (``flushing.Flusher``: the commit's own flush then finds little left).
FLUSH_FROM = 64


def _extract_digest(settings: Settings, path: Path, common: str,
                    known: Mapping[Path, bytes] | None = None,
                    files: Iterable[Path] | None = None) -> str:
    """Everything an extract of one release reads, hashed: when it has not changed since the
    last extract, the result would be byte-identical, and the release is skipped. (The
    translation memory is not part of it: it only fills units new to a PO file, and a unit is
    new only when the source or the PO file changed.) ``known``: the sha256 of files this run
    has just written; ``files``: the source, the POT and each language's PO file, in that
    order, when the caller has them (else made from the names)."""
    digest = hashlib.sha256(common.encode())
    known = known or {}
    if files is None:
        slug = path.stem
        files = (path, pot_path(settings.locales_dir, slug),
                 *(po_path(settings.locales_dir, i.code, slug) for i in settings.languages))
    for file in files:
        hashed = known.get(file)
        if hashed is None:
            data = read_current(file)  # this run's staged file, when there is one
            hashed = b"-" if data is None else hashlib.sha256(data).digest()
        digest.update(hashed)
    return digest.hexdigest()


def _common_extract_digest(settings: Settings) -> str:
    """What every release's extract reads: the code that extracts, the config, the termbase."""
    digest = hashlib.sha256(f"{_CACHE_FORMAT} {_code_digest()}".encode())
    for file in (settings.root / CONFIG_NAME, settings.termbase):
        with contextlib.suppress(OSError):
            digest.update(read_input(file))
        digest.update(b"\0")
    return digest.hexdigest()


@cache
def _code_digest() -> str:
    """The extract's, the build's and the caches' version: a digest of the package's files
    (an edited merge is a new version without anyone remembering to bump a number)."""
    from transpub.noop import package_files

    # the files the no-op record stats (the schema and data files too), in the order of
    # ``sorted(root.rglob("*"))`` (a path's parts compared): the same digest as that wrote, in
    # half the time (~4 ms of ~7.5 went on pathlib's walk; every build that is not a replayed
    # no-op now reads it)
    start = len(os.fspath(Path(__file__).resolve().parent)) + 1
    named = sorted(((path[start:].replace(os.sep, "/"), path) for path in package_files()),
                   key=lambda pair: pair[0].split("/"))
    digest = hashlib.sha256(__version__.encode())
    for name, path in named:
        with contextlib.suppress(OSError):
            data = read_input(path)
            digest.update(name.encode() + b"\0")
            digest.update(data)
    return digest.hexdigest()


def _read_extract_cache(path: Path) -> dict[str, str]:
    """The fingerprints of the last extract; anything unreadable is an empty cache (every
    release is extracted), never trusted in part."""
    return _read_extract_record(path)[0]


#: Hex digits kept of each file's SHA-256 in a release's row of extract.json's "files"
#: (128 bits: a row only ever lets a merge be skipped when every digit matches).
ROW_DIGITS = 32


def _read_extract_record(path: Path, common: str | None = None
                         ) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """The last extract's fingerprints and the release ids of the sources they were taken
    of (both empty when unreadable: every release is extracted, never trusted in part; ids
    alone missing or damaged: ``check_unique_ids`` reads them); and, when the record was made
    with ``common`` (the code, configuration and termbase of this run), each release's row
    of its files' digests (``_file_row``; else empty: no merge is skipped)."""
    try:
        data = json.loads(read_bytes(path))
    except (OSError, ValueError):
        return {}, {}, {}
    if not isinstance(data, dict) or data.get("format") != _CACHE_FORMAT:
        return {}, {}, {}
    releases = data.get("releases")
    if not isinstance(releases, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in releases.items()):
        return {}, {}, {}
    ids = data.get("ids")
    if not isinstance(ids, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in ids.items()):
        ids = {}
    rows = data.get("files")
    if common is None or data.get("common") != common or not isinstance(rows, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in rows.items()):
        rows = {}
    return dict(releases), dict(ids), dict(rows)


def _file_row(digests: Mapping[Path, bytes], files: Sequence[Path]) -> str | None:
    """A release's files' SHA-256 as they are after its extract (a prefix of ``ROW_DIGITS``
    hex digits each, in ``files``' order: the source, the POT, then the PO files in the
    configuration's order), or None when one is not known (a file not merged)."""
    parts = []
    for file in files:
        digest = digests.get(file)
        if digest is None:
            return None
        parts.append(digest.hex()[:ROW_DIGITS])
    return "".join(parts)


def _unchanged(path: Path, recorded: str, digests: dict[Path, bytes]) -> bytes | None:
    """The file's bytes if it holds those it held after the last extract (``recorded``: its
    part of the release's row), else None; its digest goes into ``digests`` when it does."""
    try:
        data = read_bytes(path)
    except OSError:
        return None
    digest = hashlib.sha256(data).digest()
    if digest.hex()[:ROW_DIGITS] != recorded:
        return None
    digests[path] = digest
    return data


def _unchanged_template(path: Path, recorded: str, digests: dict[Path, bytes]) -> str | None:
    """The POT-Creation-Date of a POT that holds the bytes the last extract left in it (which
    ``write_template`` would leave as they are, from the same units), else None."""
    data = _unchanged(path, recorded, digests)
    if data is None:
        return None
    created = template_date(path, data)
    if created is None:
        digests.pop(path, None)
        return None
    return created


#: The no-op record of the last extract (``noop``), which also keeps a digest of the ``stat``
#: of each release's files as they were after that extract (``release_stamps``).
NOOP_RECORD = CACHE_FOLDER / "noop-extract.rec"


def release_inputs(source: str, locales: str, langs: Iterable[str], name: str) -> list[str]:
    """The files a release's fingerprint covers (its source, POT and PO files), as the
    strings ``noop.extract_tracked`` lists them: ``source``/``locales``, the folders."""
    stem = name[:-4]
    return [f"{source}/{name}", f"{locales}/{stem}.pot",
            *(f"{locales}/{code}/LC_MESSAGES/{stem}.po" for code in langs)]


def release_stamp(rows: Iterable[Sequence[int]]) -> str:
    """One short digest of a release's files' ``stat`` rows (``noop._stat_row``)."""
    from array import array

    return hashlib.sha256(array("q", [v for row in rows for v in row]).tobytes()).hexdigest()[:20]


def _read_release_stamps(root: Path) -> dict[str, str]:
    """The per-release stat digests the last extract's no-op record keeps (empty when there
    are none). A release whose files' stat differs from its digest is extracted without
    hashing its files first; one whose stat is the same is still hashed (as before): a stat
    only ever says "changed", never "unchanged"."""
    from transpub.noop import read_record

    found = read_record(root / NOOP_RECORD)
    stamps = found[0].get("release_stamps") if found is not None else None
    if not isinstance(stamps, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in stamps.items()):
        return {}
    return stamps


def _current_stamp(settings: Settings, path: Path) -> str:
    """``release_stamp`` of the release's files now: the stats this process's no-op check
    took at its start where it took them (8,000 ``stat``s at N = 1000 not taken twice; any
    stat will do, as it only ever says "changed"), else new ones."""
    from transpub.noop import seen_stat

    return release_stamp(seen_stat(file) for file in release_inputs(
        os.fspath(settings.source_dir), os.fspath(settings.locales_dir), settings.codes,
        path.name))


def extract(settings: Settings, only: tuple[str, ...] = (), dry_run: bool = False,
            notes_for: NotesFor | None = None, force: bool = False,
            jobs: int = 0, take: Take | None = None) -> list[ExtractResult]:
    """Write the POT of every release and merge it into each language's PO file.

    Releases are independent (each has its own POT and PO files; the translation memory is
    read from the files as they were before the run, whichever process reads it), so a large
    run extracts them in ``jobs`` worker processes (0: from the cores) with the same output as
    one process.

    ``take``: given each release's result in order as soon as it is known, instead of a list
    of them all (then empty): the CLI folds them into what it prints and records, and the
    main process holds no result (their ``Path``s and counts: ~3 MB at N = 1000).
    """
    with fewer_collections():
        return _extract(settings, only, dry_run, notes_for, force, jobs, take)


#: What receives an extract's results one by one (``extract``'s ``take``).
Take = Callable[[ExtractResult], None]


#: The cyclic garbage collector's first threshold during an extract (Python's default: 700).
GC_THRESHOLD = 100_000


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """An extract makes few reference cycles (none per release: ``source._walk``), but
    allocates millions of objects, and the collector ran every 700 net allocations: 300
    collections, 0.3-0.7 s of a fresh extract's CPU at N = 1000, scanning objects that only
    reference counting frees. It runs every ``GC_THRESHOLD`` now (the same peak memory,
    measured; still collected, in case a cycle is made), in the workers too (forked). The
    CLI's extract holds it from its start (reading babel's language data: 50 collections)."""
    import gc

    previous = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def _extract(settings: Settings, only: tuple[str, ...], dry_run: bool,
             notes_for: NotesFor | None, force: bool, jobs: int,
             take: Take | None) -> list[ExtractResult]:
    files = source_files(settings, only)
    if dry_run:
        check_unique_ids(settings)
        memories: dict[str, Memory] = {}
        kept: list[ExtractResult] = []
        with segcache.collecting():  # a dry run writes nothing, the cache included
            for path in files:
                result = _extract_one(settings, path, True, notes_for, memories, {})[0]
                (take or kept.append)(result)
        return kept
    # a run that may fork workers has the languages' facts read by a child (``FactsApart``)
    # while this process fingerprints the releases and loads the termbase
    facts = FactsApart(settings.languages) if _processes(jobs, len(files)) > 1 else None
    try:
        return _extract_stale(settings, only, notes_for, force, jobs, files, facts, take)
    finally:
        if facts is not None:
            facts.close()


def _processes(jobs: int, count: int) -> int:
    """How many processes extract ``count`` releases: this one alone, or ``jobs`` of them
    (0: from the cores) where forking pays and is possible."""
    jobs = jobs or min(os.cpu_count() or 1, 4)
    if jobs <= 1 or count < PARALLEL_THRESHOLD:
        return 1  # (multiprocessing not imported: a serial run does not need it)
    if not can_fork():
        return 1
    return min(jobs, count)


#: A release skipped, in ``_extract_stale``'s list until its result is handed over.
_SKIPPED = ExtractResult(Path(), False, unchanged=True)


def unwritable_cache(settings: Settings) -> Path | None:
    """The cache folder (or its segments folder) when this user cannot write into it: an
    extract then runs without the cache (it had refused to write the PO files, naming
    ``extract.json``, when another user's run, a container's root, had made the folder)."""
    folder = settings.root / CACHE_FOLDER
    if not folder.is_dir():
        return None if os.access(settings.root, os.W_OK | os.X_OK) else folder
    for each in (folder, settings.root / segcache.FOLDER):
        if each.is_dir() and not os.access(each, os.W_OK | os.X_OK):
            return each
    return None


def _extract_stale(settings: Settings, only: tuple[str, ...], notes_for: NotesFor | None,
                   force: bool, jobs: int, files: list[Path],
                   facts: FactsApart | None, take: Take | None) -> list[ExtractResult]:
    """``_extract`` of ``files`` (not a dry run): the releases whose fingerprint moved. With
    an unwritable cache (``unwritable_cache``) every release is extracted, as with
    ``force``, and nothing is written to the cache."""
    cached = unwritable_cache(settings) is None
    force = force or not cached
    cache_path = settings.root / EXTRACT_CACHE
    common = _common_extract_digest(settings)
    # (rows: each recorded release's files' digests, which let a stale release's unchanged
    # POT and PO files go without being rendered or merged: ``_extract_one``)
    manifest, ids, rows = ({}, {}, {}) if force else _read_extract_record(cache_path, common)
    stamps = {} if force or not manifest else _read_release_stamps(settings.root)
    # per source: its result, ``_SKIPPED`` (unchanged: the result made when handed over, not
    # a ``Path`` held per skipped release), or None (to come, or handed to ``take``)
    results: list[ExtractResult | None] = []
    given = 0  # the results before this index went to ``take``

    def result_of(index: int) -> ExtractResult:
        result = results[index]
        results[index] = None
        assert result is not None  # (each is handed over once, once known)
        if result is _SKIPPED:
            return ExtractResult(pot_path(settings.locales_dir, files[index].stem), False,
                                 unchanged=True)
        return result

    def hand_over(upto: int) -> None:
        nonlocal given
        if take is not None:
            for index in range(given, upto):
                take(result_of(index))
            given = max(given, upto)
    stale: list[tuple[int, Path]] = []
    for path in files:
        # a release the last extract did not record is stale without reading its files; one
        # whose files' stat moved since the last extract too (a stat never says "unchanged":
        # an equal one is still hashed)
        stem = path.stem
        recorded = stamps.get(stem) if stem in manifest else None
        if stem in manifest and (recorded is None or recorded == _current_stamp(settings, path)
                                 ) and manifest[stem] == _extract_digest(settings, path, common):
            results.append(_SKIPPED)
        else:
            stale.append((len(results), path))
            results.append(None)
    # two sources with one release id are refused (``check_unique_ids``); a whole run takes
    # the ids from what it reads anyway: the parse of each release it extracts, and the
    # record of the last extract for each it skips (its fingerprint covers the source's
    # bytes). Without such a record for every skipped source, the ids are read first.
    deferred = not only and all(results[i] is None or files[i].stem in ids
                                for i in range(len(files)))
    if not deferred:
        check_unique_ids(settings)
    packed: set[str] = set()
    folder = settings.root / segcache.FOLDER
    names = [p.name for p in files] if not only else [
        p.name for p in settings.source_dir.glob("*.xml")]
    with staged_run([settings.locales_dir, cache_path.parent] if cached
                    else [settings.locales_dir], flush_filesystem=True,
                    stage_folders=True) as stage, segcache.collecting():
        # the sources read here, into the segment cache with the run's files: one pack for a
        # large run (written as the releases come, in order), a file each for a few
        pack = (segcache.PackWriter(folder, names) if cached and len(stale) >= segcache.PACK_FROM
                and 4 * len(stale) >= len(names) else None)
        few: dict[str, bytes] = {}
        found: dict[str, str] = {}  # the ids this run read
        try:
            try:
                for index, (result, digest, row, segmented) in zip(
                        [i for i, _ in stale],
                        _run_extracts(settings, [p for _, p in stale], notes_for, common,
                                      jobs, stage, facts, rows),
                        strict=True):
                    stem = files[index].stem
                    if result.release_id is not None:
                        found[stem] = result.release_id
                    if (digest is not None and digest == manifest.get(stem)
                            and _wrote_nothing(result)):
                        # stale by its stat only: the same as the skip the hash would
                        # have decided (nothing written, the files as recorded)
                        result = _SKIPPED
                    results[index] = result
                    hand_over(index + 1)
                    if digest is not None:  # (else the last fingerprint, row and id stay)
                        manifest[stem] = digest
                        if row is None:
                            rows.pop(stem, None)
                        else:
                            rows[stem] = row
                        if stem in found:
                            ids[stem] = found[stem]
                        else:
                            ids.pop(stem, None)
                    if pack is None:
                        few.update(segmented)
                        continue
                    name = files[index].name
                    pack.add(name, segmented.get(name))
                    if name in segmented:
                        packed.add(name)
            except TranspubError:
                if deferred:  # a duplicate id is reported before a source's own error
                    check_unique_ids(settings)
                raise
            if deferred:
                _refuse_duplicate_ids(settings, files, {**ids, **found})
            if pack is not None:
                pack.finish()
        except BaseException:
            if pack is not None:
                pack.discard()
            raise
        if cached:
            segcache.write_files(folder, few)
            # staged last, so renamed last: a run killed while renaming extracts again what
            # it missed
            if not cache_path.parent.joinpath(".gitignore").exists():
                write_atomic(cache_path.parent / ".gitignore", IGNORE_FILE)
            write_atomic(cache_path, _extract_record(manifest, ids, rows, common))
    if not only and cached:
        sweep_segment_cache(settings, packed, names)
    hand_over(len(results))
    return [] if take is not None else [result_of(i) for i in range(len(results))]


def _wrote_nothing(result: ExtractResult) -> bool:
    return not (result.errors or result.template_written
                or any(merge.written for merge in result.merges))


def _extract_record(manifest: Mapping[str, str], ids: Mapping[str, str],
                    rows: Mapping[str, str] | None = None, common: str = "") -> bytes:
    """extract.json: the fingerprints, and the ids of the sources they were taken of (only
    those: an id is trusted while its source's fingerprint stands), the files' digests of
    each (``_file_row``) and the ``common`` digest they hold under. Compact JSON: indented,
    ``json`` writes it in Python, 2 % of a fresh extract at N = 1000."""
    return (json.dumps({"format": _CACHE_FORMAT, "releases": manifest,
                        "ids": {k: v for k, v in ids.items() if k in manifest},
                        "files": {k: v for k, v in (rows or {}).items() if k in manifest},
                        "common": common},
                       sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")


def _refuse_duplicate_ids(settings: Settings, files: list[Path], ids: Mapping[str, str]) -> None:
    """``check_unique_ids`` from the ids the run knows of every source: the error (its file
    and line) is still ``check_unique_ids``' own, read when two ids are the same."""
    seen: dict[str, Path] = {}
    for path in files:
        ident = ids.get(path.stem)
        if ident is None:
            continue
        if ident in seen:
            check_unique_ids(settings)
            first = os.path.relpath(seen[ident], settings.root)
            raise SourceError(f"release id {ident!r} is also the id of {first}; each release "
                              "needs its own id (rename one)", path)
        seen[ident] = path


#: What a forked extract worker uses: set by the parent just before it forks.
_WORKER: dict[str, object] = {}
#: (result, fingerprint, its files' digests (``_file_row``), files staged by a worker
#: (``Stage.by_name``), the segment cache entries it made) of one release.
_Done = tuple[ExtractResult, "str | None", "str | None",
              tuple[list[tuple[str, str, list[str]]], list[tuple[Path, Path]]], dict[str, bytes]]


def _run_extracts(settings: Settings, paths: list[Path], notes_for: NotesFor | None,
                  common: str, jobs: int, stage: Stage, facts: FactsApart | None,
                  rows: Mapping[str, str] | None = None
                  ) -> Iterator[tuple[ExtractResult, str | None, str | None, dict[str, bytes]]]:
    """(result, fingerprint, files' digests, segment cache entries made) per release in
    order; a large run is shared with ``jobs - 1`` forked worker processes, the main process
    being the ``jobs``-th (``workers.Forked``). ``facts``: the languages' facts being read
    apart, if they are; ``rows``: the last extract's ``_file_row`` of each release."""
    rows = rows or {}
    processes = _processes(jobs, len(paths))
    if processes <= 1:
        if paths and facts is not None:
            facts.wait()
        elif paths:
            read_facts(settings.languages)  # (babel's CLDR data: read here, as it was)
        serial: dict[str, Memory] = {}
        for path in paths:
            # staged as a worker stages them and adopted by name, as the main process's own
            # releases of a parallel run are: the run's stage held a ``Path`` and a temporary
            # name per file to the end (~3 MB at N = 1000, ``--jobs 1``)
            result, digest, row, (named, pairs), segmented = _extract_staged(
                stage.token, settings, path, notes_for, serial, common, rows.get(path.stem))
            stage.adopt_named(named)
            stage.adopt(pairs)
            yield result, digest, row, segmented
        return
    # fork: the workers inherit the loaded termbase and settings instead of unpickling them
    prepare = getattr(notes_for, "prepare", None)
    if callable(prepare):
        prepare()
    _WORKER.update(settings=settings, notes_for=notes_for, common=common, memories={},
                   rows=rows)
    load_schema()
    # the languages' facts as strings, which the workers inherit, read from babel's CLDR data
    # by a short-lived child: neither the main process nor a worker holds that data (~12 MB
    # of heap a process keeps once read, freed or not), which they otherwise all would
    (facts or FactsApart(settings.languages)).wait()
    memories: dict[str, Memory] = {}

    def own(index: int) -> _Done:
        # staged as a worker stages them and adopted by name (``Stage.by_name``), not kept
        # as ``Path`` pairs for the commit: ~1 MB of the main process's heap at N = 1000
        return _extract_staged(stage.token, settings, paths[index], notes_for, memories,
                               common, rows.get(paths[index].stem))

    try:
        token = stage.token
        with Forked(len(paths), processes,
                    lambda index: _extract_task((token, paths[index]))) as workers:
            # (started after the fork: the workers inherit no thread)
            flusher = Flusher([settings.locales_dir, settings.root / CACHE_FOLDER]) \
                if len(paths) >= FLUSH_FROM else None
            try:
                for result, digest, row, (named, pairs), segmented in workers.results(own):
                    stage.adopt_named(named)
                    stage.adopt(pairs)
                    yield result, digest, row, segmented
            finally:
                if flusher is not None:
                    flusher.finish()
    finally:
        _WORKER.clear()


def _extract_task(item: tuple[str, Path]) -> _Done:
    # (a forked worker's task: ``Forked`` has checked that its parent is alive)
    token, path = item
    settings = _WORKER["settings"]
    assert isinstance(settings, Settings)
    notes_for = cast("NotesFor | None", _WORKER["notes_for"])
    memories = cast("dict[str, Memory]", _WORKER["memories"])
    rows = cast("Mapping[str, str]", _WORKER["rows"])
    return _extract_staged(token, settings, path, notes_for, memories, str(_WORKER["common"]),
                           rows.get(path.stem))


def _extract_staged(token: str, settings: Settings, path: Path, notes_for: NotesFor | None,
                    memories: dict[str, Memory], common: str, row: str | None) -> _Done:
    """One release extracted into a stage of its own (a worker's, or the main process's in a
    parallel run), its files handed to the run's stage by name."""
    with using(Stage(token, stage_folders=True)) as stage:
        result, digest, row = _extract_and_digest(settings, path, notes_for, memories, common,
                                                  row)
        pairs = stage.by_name()  # file names per folder: less to pickle than Path pairs
        stage.staged.clear()  # the run's stage owns them now
        return result, digest, row, pairs, segcache.take_collected()


def _extract_and_digest(settings: Settings, path: Path, notes_for: NotesFor | None,
                        memories: dict[str, Memory], common: str, row: str | None = None
                        ) -> tuple[ExtractResult, str | None, str | None]:
    """The release's result, fingerprint and files' digests (``_file_row``) after its
    extract; ``row``: those the last extract recorded."""
    digests: dict[Path, bytes] = {}
    result, source = _extract_one(settings, path, False, notes_for, memories, digests, row)
    if result.errors or source is None:
        return result, None, None
    # (``digests[path]``: the source's SHA-256, taken once by ``_extract_one``, also for the
    # segment cache's key)
    # the files ``_extract_digest`` covers are those just written, as the objects the
    # digests are keyed by (not seven paths made again and hashed per release), when the
    # release's name is its id and every language's file was merged
    files = None
    new_row = None
    if result.release_id == path.stem and len(result.merges) == len(settings.languages):
        files = [path, result.template, *(merge.path for merge in result.merges)]
        new_row = _file_row(digests, files)
    return result, _extract_digest(settings, path, common, digests, files), new_row


def _extract_one(settings: Settings, path: Path, dry_run: bool, notes_for: NotesFor | None,
                 memories: dict[str, Memory], digests: dict[Path, bytes],
                 row: str | None = None) -> tuple[ExtractResult, bytes | None]:
    """One release's POT and PO files; also the source's bytes, read before it is parsed (an
    edit made meanwhile then makes the fingerprint stale, never the output).

    ``row``: the release's files' digests after the last extract (``_file_row``), made with
    this run's code, configuration and termbase. When the source is the one it was made of,
    a file that still holds its recorded bytes (hashed, not parsed) is left as it is: the
    POT (made from the same units), and each PO file while the POT stands (a merge is a
    function of the units, their notes and the file, and it left that file as it is; the
    translation memory fills only units new to a file, as the release's fingerprint has it).
    A translator's return of one language then merges that language's files only, not all
    six of each release, and writes no POT."""
    source = None
    digest = None
    if not dry_run:
        with contextlib.suppress(OSError):  # load says why it cannot be read
            source = read_bytes(path)
            digest = digests[path] = hashlib.sha256(source).digest()
    release, segments = load(settings, path, source, digest=digest)
    reference = _reference(settings, path)
    template = pot_path(settings.locales_dir, release.slug)
    comments = {segment.id: unit_comment(segment) for segment in segments}
    memo: Memo = {}  # the lines the release's POT and PO files share, written once
    # the POT's entries: a new PO file's too, but for notes (None: the POT not rendered)
    block: Block | None = Block()
    targets: list[tuple[LanguageInfo, Path, Memory | None]] = []
    for info in settings.languages:
        memory = None
        if settings.memory and info.code != settings.source_language:
            memory = memories.get(info.code)
            if memory is None:  # (made once per language, not once per release)
                memory = memories[info.code] = memory_for(settings, info.code)
            if isinstance(memory, _Suggest) and memory.empty():
                memory = None  # (the same: an empty memory suggests nothing)
        targets.append((info, po_path(settings.locales_dir, info.code, release.slug), memory))
    recorded = _recorded(row, digest, len(targets))
    created = None if recorded is None else _unchanged_template(template, recorded[0], digests)
    if created is None:
        recorded = None  # (the PO files' headers name the POT's date: each is merged)
        # the POT's lines are shared through ``memo`` only with PO files that read it: not
        # with new ones without a memory (they repeat the POT's ``block``), all of a fresh
        # extract's
        shared = not all(memory is None and known_absent(target)
                         for _, target, memory in targets)
        written, created = write_template(template, segments, reference, settings.name,
                                          settings.epoch, release.date, dry_run, comments,
                                          digests, memo if shared else None, block)
    else:
        written, block = False, None
    result = ExtractResult(template, written, release_id=release.slug)
    for k, (info, target, memory) in enumerate(targets, 1):
        if recorded is not None and _unchanged(target, recorded[k], digests) is not None:
            # (every unit kept: what the merge of the file it wrote counts)
            result.merges.append(MergeStats(target, kept=len(segments)))
            continue
        notes = notes_for(release, segments, info.code) if notes_for else {}
        try:
            result.merges.append(update_catalog(target, segments, info, reference,
                                                settings.name, created, notes, dry_run,
                                                release.date, memory, comments, digests,
                                                record_changes=dry_run, memo=memo,
                                                block=block))
        except CatalogError as exc:
            # one translator's broken file must not stop the other languages' update
            result.errors.append(exc)
    return result, source


def _recorded(row: str | None, source_digest: bytes | None, count: int) -> list[str] | None:
    """The POT's and the PO files' parts of ``row`` when the row holds for this extract (its
    source part is the source's digest now, one part per language), else None."""
    if row is None or source_digest is None or len(row) != (count + 2) * ROW_DIGITS \
            or row[:ROW_DIGITS] != source_digest.hex()[:ROW_DIGITS]:
        return None
    return [row[k:k + ROW_DIGITS] for k in range(ROW_DIGITS, len(row), ROW_DIGITS)]


def check_unique_ids(settings: Settings) -> None:
    """Two source files with the same release id would share one catalogue (and one page):
    the second's extract would turn the first's reviewed translations fuzzy. Refuse. Every
    source counts, not only those a command was asked for: they share the locales."""
    from transpub.statmemo import StatMemo

    # each file's id remembered by its stat: a run with nothing changed parses no source here
    memo = StatMemo.for_workspace(settings.root, "release-ids")
    seen: dict[str, Path] = {}
    for path in sorted(settings.source_dir.glob("*.xml")):
        found = memo.fact(os.fspath(path), "id", functools.partial(_release_id_of, path=path),
                          _is_release_id)
        if not isinstance(found, (list, tuple)) or len(found) != 2:
            continue  # unreadable: reported with its line when it is read
        ident, line = str(found[0]), int(found[1])
        if ident in seen:
            first = os.path.relpath(seen[ident], settings.root)
            raise SourceError(f"release id {ident!r} is also the id of {first}; each release "
                              "needs its own id (rename one)", path, line)
        seen[ident] = path
    memo.save()
