"""``transpub build``: localised HTML and XML for every release and language, incrementally.

A manifest (``output/.transpub-build.json``) records, per release and language, a digest of
everything a page depends on (transpub's version, the config, the build options, the source and
that language's PO file). A page whose digest is unchanged and whose files exist is not rebuilt,
so a rebuild with nothing changed only hashes files, and a change to one PO file rebuilds only
that language of that release (and its siblings' language switchers, if the set of published
languages changed). Large runs are spread over the machine's cores, one release per task.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import json
import os
import re
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

from transpub.config import CONFIG_NAME, Settings
from transpub.errors import BuildError, TranspubError
from transpub.fastnew import maker
from transpub.fsutil import Stage, staged_run, using, write_atomic
from transpub.localise import Problem
from transpub.regular import open_regular, read_cache, read_fd
from transpub.statmemo import StatMemo

if TYPE_CHECKING:
    from transpub.catalog import TranslationSet
    from transpub.languages import LanguageInfo
    from transpub.localise import Localised
    from transpub.model import Segment
    from transpub.pagefast import Page, Skeleton
    from transpub.pofast import Entries
    from transpub.statmemo import Stamp

# What only a page being rendered needs (lxml, babel's dates, the PO reader, worker processes)
# is imported where it is used: a build with nothing to do starts faster without it.

MANIFEST_NAME = ".transpub-build.json"
#: Below this many releases to rebuild, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 8

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class BuildOptions:
    include_fuzzy: bool = False
    min_complete: float = 0.0
    strict: bool = False
    languages: tuple[str, ...] = ()
    force: bool = False
    jobs: int = 0
    """Worker processes; 0 chooses from the machine's cores."""
    shard: tuple[int, int] | None = None
    """Shard K of N: the caller passes only its releases; the manifest is the shard's own and
    no index page is written (``write_index_pages`` does that once the shards are merged)."""


#: Each language's input digest, and the languages whose page must be rebuilt.
Staleness = tuple[dict[str, str], list[str]]
#: One release to build: settings, options, source, common digest, its manifest entry, and
#: its staleness (hashed once, by the main process that decided to build it).
Task = tuple[Settings, BuildOptions, Path, str, Mapping[str, Any], Staleness | None]
#: Takes one release's outcome: slug, manifest entry (None when it comes as its text), its
#: pages' outcomes (``Row``s), and the entry as the manifest writes it (``_entry_json``; b""
#: when the entry comes itself).
Take = Callable[[str, "dict[str, Any] | None", "tuple[Row, ...]", bytes, "SourceId | None"],
                None]
#: A file a worker read and hashed itself, to be remembered by its stat: path, digest, stamp
#: (only files that pass the memo's rule, judged where they were read: ``statmemo.judge``).
Read = tuple[str, str, "Stamp"]
#: A source's release id and its root element's line as a build task read them, and the stamp
#: under which the memo of ids may keep them (None: not settled when read).
SourceId = tuple[str, int, "Stamp | None"]


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
    rebuilt: bool = True
    date_text: str = ""
    """The release date as this language writes it (set when the page was localised)."""

    def __reduce__(self) -> tuple[Callable[..., LanguageBuild], tuple[Any, ...]]:
        """Pickled with its paths as strings (a worker's outcomes travel to the main process):
        pathlib pickles a path as its parts and makes it again from them, and the 18,000 paths
        of a build of 1,000 releases cost the main process more to unpickle than everything
        else it received (``_outcome`` makes them again, equal)."""
        return _outcome, (self.slug, self.lang, self.percent, self.published,
                          tuple(map(os.fspath, self.written)), self.fallbacks, self.problems,
                          None if self.po is None else os.fspath(self.po), self.rebuilt,
                          self.date_text)


#: ``LanguageBuild(slug, lang, percent, published, (), fallbacks, problems, po,
#: rebuilt=False)`` without the frozen dataclass's ``__init__`` (``fastnew``): a rebuild's and
#: the no-op record's outcomes of the pages not rebuilt, 6,000 at N = 1000, made serially.
_kept_build: Callable[..., LanguageBuild] = maker(
    LanguageBuild, "slug", "lang", "percent", "published", "written", "fallbacks", "problems",
    "po", "rebuilt")


def _outcome(slug: str, lang: str, percent: float, published: bool, written: tuple[str, ...],
             fallbacks: int, problems: tuple[Problem, ...], po: str | None, rebuilt: bool,
             date_text: str) -> LanguageBuild:
    """A ``LanguageBuild`` from its pickled fields (``LanguageBuild.__reduce__``), made as
    ``_kept_build`` makes one (the main process takes 6,000 while the workers run)."""
    return _made_build(slug, lang, percent, published, tuple(map(_path, written)), fallbacks,
                       problems, None if po is None else _path(po), rebuilt, date_text)


#: ``LanguageBuild(...)`` of every field, in order, without the dataclass's ``__init__``.
_made_build: Callable[..., LanguageBuild] = maker(
    LanguageBuild, "slug", "lang", "percent", "published", "written", "fallbacks", "problems",
    "po", "rebuilt", "date_text")


#: A page's outcome as a build's main process keeps it (``Outcomes``): ``LanguageBuild``'s
#: fields but the slug, its pages' paths True when they are the usual two (``_written``) and
#: its PO file's True when it is the usual one (``_po_text``), else their text.
Row = tuple[str, float, bool, "bool | tuple[str, ...]", int, tuple[Problem, ...],
            "bool | str | None", bool, str]


def _written(out: str, code: str, slug: str) -> tuple[str, str]:
    """The text of the two pages a release's build usually writes in ``code`` (a row says
    True only for paths of exactly this text, so it is made again exactly)."""
    return f"{out}/{code}/{slug}.html", f"{out}/{code}/{slug}.xml"


def _po_text(locales: str, code: str, slug: str) -> str:
    return f"{locales}/{code}/LC_MESSAGES/{slug}.po"


def _rows(outcomes: Iterable[LanguageBuild], out: str, locales: str) -> tuple[Row, ...]:
    """A release's outcomes as ``Row``s: no ``Path`` object (three an outcome were a third of
    what a large build's main process held to its end), the usual paths not even as text."""
    rows = []
    for o in outcomes:
        written: bool | tuple[str, ...] = tuple(map(os.fspath, o.written))
        if not written:
            written = False
        elif written == _written(out, o.lang, o.slug):
            written = True
        po: bool | str | None = None if o.po is None else os.fspath(o.po)
        if po is not None and po == _po_text(locales, o.lang, o.slug):
            po = True
        rows.append((o.lang, o.percent, o.published, written, o.fallbacks, o.problems, po,
                     o.rebuilt, o.date_text))
    return tuple(rows)


class Outcomes(Sequence[LanguageBuild]):
    """A build's outcomes, kept as each release's ``Row``s and made one by one as they are
    read (the 6,000 ``LanguageBuild``s of a build of 1,000 releases and their 18,000 paths
    were 7 MB of its main process, held to the end to print one line)."""

    def __init__(self, output: Path, locales: Path) -> None:
        self.out = os.fspath(output)
        self.locales = os.fspath(locales)
        self.releases: dict[str, tuple[Row, ...]] = {}
        self.size = 0

    def add(self, slug: str, rows: tuple[Row, ...]) -> None:
        self.releases[slug] = rows
        self.size += len(rows)

    def made(self, slug: str, row: Row) -> LanguageBuild:
        code, percent, published, written, fallbacks, problems, po, rebuilt, date = row
        if written is True:
            paths = tuple(map(_path, _written(self.out, code, slug)))
        else:
            paths = tuple(map(_path, written)) if written else ()
        return _made_build(slug, code, percent, published, paths, fallbacks, problems,
                           _path(_po_text(self.locales, code, slug)) if po is True
                           else None if po is None or po is False else _path(po),
                           rebuilt, date)

    def with_problems(self) -> Iterator[LanguageBuild]:
        """The outcomes that have problems, in order (made only for those)."""
        for slug, rows in self.releases.items():
            for row in rows:
                if row[5]:
                    yield self.made(slug, row)

    def languages(self) -> tuple[set[str], set[str]]:
        """The languages of the published pages, and of those held back."""
        published: set[str] = set()
        held: set[str] = set()
        for rows in self.releases.values():
            for row in rows:
                (published if row[2] else held).add(row[0])
        return published, held

    def date(self, slug: str, code: str) -> str:
        """The release date as the build wrote it in ``code`` ("" when it did not)."""
        for row in self.releases.get(slug, ()):
            if row[0] == code:
                return row[8]
        return ""

    def __len__(self) -> int:
        return self.size

    def __iter__(self) -> Iterator[LanguageBuild]:
        for slug, rows in self.releases.items():
            for row in rows:
                yield self.made(slug, row)

    def __getitem__(self, index: Any) -> Any:  # (Sequence's: an int or a slice)
        return list(self)[index]


class _Manifest(Mapping[str, dict[str, Any]]):
    """The build record as a run leaves it: slug -> entry, an entry a worker wrote kept as
    its text (``_entry_json``) and parsed when it is read (the 1,000 entries of a large build
    as objects were 10 MB of its main process). An entry read by ``[]`` is kept parsed, so
    that a change to it is seen by what reads the record next; ``peek`` does not keep it."""

    def __init__(self, entries: dict[str, Any]) -> None:
        self.entries = entries

    def __getitem__(self, slug: str) -> dict[str, Any]:
        entry = self.entries[slug]
        if type(entry) is bytes:
            entry = self.entries[slug] = json.loads(entry)
        return entry  # type: ignore[no-any-return]

    def peek(self, slug: str) -> Mapping[str, Any]:
        entry = self.entries.get(slug)
        if entry is None:
            return {}
        return json.loads(entry) if type(entry) is bytes else entry  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


def _peek(manifest: Mapping[str, Any], slug: str) -> Mapping[str, Any]:
    """``manifest.get(slug, {})``, not keeping the entry parsed (``_Manifest.peek``)."""
    if isinstance(manifest, _Manifest):
        return manifest.peek(slug)
    return manifest.get(slug, {})  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=64)
def _folder(path: str) -> Callable[[str], Any] | None:
    """pathlib's maker of a child of the folder ``path`` (``_make_child_relpath``), when
    ``Path(path)`` spells it as ``path`` (so that a child's text is ``path/name``); else None."""
    if not path or path.endswith("/"):  # (a root's child's text is not path + "/" + name)
        return None
    parent = Path(path)
    child = getattr(parent, "_make_child_relpath", None)
    return None if child is None or os.fspath(parent) != path else child


def _path(text: str) -> Path:
    """``Path(text)`` for a path ``os.fspath`` wrote: the folder's ``Path`` made once, each
    file a child of it (pathlib's own way of making the paths it lists, without parsing the
    folder again: a seventh of ``Path(text)``'s time); any other path, by ``Path``. Cut at
    its last slash by ``str.rpartition``, not ``os.path.split`` (Python, a third of the
    unpickling of 6,000 outcomes): a folder that is not spelt as ``Path`` spells it (a
    doubled or trailing slash, none at all, another separator) takes ``Path(text)``."""
    folder, _, name = text.rpartition("/")
    child = _folder(folder)
    if child is None or name in ("", ".", ".."):
        return Path(text)
    made = child(name)
    return made if isinstance(made, Path) else Path(text)


@dataclass(slots=True)
class BuildReport:
    outcomes: Sequence[LanguageBuild] = field(default_factory=list)
    """A page's outcome each (``build``'s: an ``Outcomes``, made one by one as read)."""
    releases: int = 0
    rebuilt_pages: int = 0
    manifest: Mapping[str, Any] | None = None
    """The build record as this run left it."""
    withdrawn: list[Path] = field(default_factory=list)
    """The pages removed: of releases no longer in source/, of languages dropped."""
    stamps: Mapping[str, Stamp] = field(default_factory=dict)
    """Path -> the stat (``statmemo.stamp``) under which this run read or trusted the input's
    bytes: the no-op record takes them instead of a ``stat`` of every input again."""


def build(settings: Settings, options: BuildOptions, sources: list[Path],
          progress: Progress | None = None, *, check_ids: bool = False,
          all_sources: bool = False) -> BuildReport:
    """Build ``sources`` in the configured languages; write nothing for a language held back.

    ``check_ids``: refuse two sources with one release id (``workspace.check_unique_ids``)
    before anything is replaced. When ``sources`` are all the workspace's sources
    (``all_sources``) and every one is built, the ids are those the run's own parse of each
    source gives (its pages are named by it), compared before the commit: not a serial read
    of every source's root element before the workers start (~80 ms at N = 1000, the stat
    memo of those ids being cold in a fresh clone and after every extract).
    """
    manifest_path = _manifest_path(settings, options.shard)
    # slug -> entry: the previous record's as read, a rebuilt one as its text (``_Manifest``)
    manifest: dict[str, Any] = {} if options.force else _read_manifest(manifest_path)
    deferred = check_ids and all_sources and bool(settings.languages) and all(
        not manifest.get(path.stem, {}).get("langs") for path in sources)
    if check_ids and not deferred:
        from transpub.workspace import check_unique_ids

        with _collecting():  # (it reads ids with lxml's iterparse, which makes cycles)
            check_unique_ids(settings)
    #: the release id of each source, as the run's tasks read them, when the check is theirs
    ids: dict[str, str] = {}
    remembered = StatMemo.for_workspace(settings.root, "release-ids") if deferred else None
    where = {path.stem: os.fspath(path) for path in sources} if deferred else {}
    common = _common_digest(settings, options)
    outcomes = Outcomes(settings.output_dir, settings.locales_dir)
    report = BuildReport(releases=len(sources), outcomes=outcomes)
    # a build of everything withdraws what the last one published and none writes now
    # (not from an empty source folder, a checkout gone wrong: every page would go)
    gone, withdrawn = _withdrawn(settings, _read_manifest(manifest_path) if options.force
                                 else manifest, sources) \
        if all_sources and sources and not options.languages and options.shard is None \
        else ((), [])
    for slug in gone:
        manifest.pop(slug, None)
    jobs = options.jobs or min(os.cpu_count() or 1, 4)
    tasks: list[Task] = []
    out, locales = outcomes.out, outcomes.locales
    # each release's outcome taken as it comes, and only what the rest of the run reads kept
    changed = bool(gone or withdrawn)
    rebuilt: set[str] = set()

    def take(slug: str, entry: dict[str, Any] | None, rows: tuple[Row, ...],
             text: bytes, source_id: SourceId | None) -> None:
        # an entry not rebuilt is a copy of the manifest's own; a rebuilt one is compared as
        # it is written, until the first difference (not the whole 3 MB manifest twice)
        nonlocal changed
        if slug in rebuilt and not changed:
            old = manifest.get(slug)
            changed = old is None or _entry_json(old) != (text or _entry_json(entry or {}))
        manifest[slug] = text or entry
        if remembered is not None and source_id is not None:
            ids[slug] = source_id[0]
            if source_id[2] is not None:  # (kept as ``check_unique_ids`` keeps what it reads)
                remembered.keep(where[slug], "id", list(source_id[:2]), source_id[2])
        outcomes.add(slug, rows)
        report.rebuilt_pages += sum(1 for row in rows if row[7] and row[3])

    # inputs' digests remembered by their stat: a rebuild with nothing changed reads no file
    memo = StatMemo.for_workspace(settings.root, "inputs")
    for path in sources:
        previous = manifest.get(path.stem, {})
        if not previous.get("langs") and settings.languages:
            # never built (or --force): every language is stale whatever the digests, and the
            # worker that reads the files anyway hashes them, in parallel
            tasks.append((settings, options, path, common, previous, None))
            continue
        state = _stale(settings, options, path, common, previous, memo)
        if options.strict or state[1]:
            tasks.append((settings, options, path, common, previous, state))
        else:  # decided here, by hashing: no worker is started for an unchanged release
            infos = [i for i in settings.languages
                     if not options.languages or i.code in options.languages]
            take(path.stem, dict(previous), _rows([
                _unchanged(path.stem, i.code, previous["langs"][i.code], settings.root)
                for i in infos], out, locales), b"", None)
    rebuilt.update(task[2].stem for task in tasks)
    # all of the run's files are staged and renamed together at the end, or none is; a
    # language folder the run creates is staged whole and renamed into place at once
    # (output/ itself first, so it is never staged: its stale files are found under it)
    with contextlib.suppress(OSError):  # a write into it then says what is wrong
        settings.output_dir.mkdir(parents=True, exist_ok=True)
    # (a link in output/ is replaced by the page, never written through: ``Stage``)
    with staged_run([settings.output_dir], stage_folders=True, follow_links=False) as stage:
        # each digest remembered as it arrives: no list of 7,000 reads held until the end
        try:
            _run_tasks(tasks, jobs, stage, take, progress,
                       lambda name, digest, current: memo.keep(name, "sha256", digest, current),
                       settings.output_dir)
        except TranspubError:
            if deferred:  # a duplicate id is reported before a source's own error, as before
                from transpub.workspace import check_unique_ids

                check_unique_ids(settings)
            raise
        if remembered is not None:
            _refuse_duplicate_ids(settings, sources, ids)
            remembered.save()  # (staged: committed with the pages)
        if options.strict:
            _refuse_problems(outcomes)
        memo.save()
        report.stamps = _Stamps(memo)
        unchanged = not changed and all(
            (settings.output_dir / i.code / "index.html").exists() for i in settings.languages
            if not options.languages or i.code in options.languages)
        report.manifest = _Manifest(manifest)
        if unchanged:
            return report  # nothing was rebuilt: the indexes and the manifest are already right
        if options.shard is None:
            # the dates the workers already wrote: babel is slow, and this part is serial
            _write_indexes(settings, options, manifest, {p.stem for p in sources},
                           outcomes.date)
        # the withdrawn pages removed before the record that no longer names them is
        # committed: a run killed or failing in between leaves them gone and still in the
        # last record, and the next build withdraws them from it again (removed after the
        # commit, a run killed in between had left them online for good, in no record; the
        # old index pages link them until the run's are renamed, a moment)
        report.withdrawn = _remove(withdrawn)
        # staged last, so renamed last: a run killed while renaming rebuilds what it missed
        data = _manifest_json(manifest, {})
        if not _holds(manifest_path, data):  # (else left untouched, as write_atomic would)
            write_atomic(manifest_path, data, compare=False)
    return report


#: A language code and a release's file name as a build record may name them safely: the
#: record is a file of output/, and nothing outside output/ is ever removed by reading it.
_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
_SLUG = re.compile(r"[^/\\\x00]+")


def _withdrawn(settings: Settings, manifest: Mapping[str, Any],
               sources: list[Path]) -> tuple[list[str], list[Path]]:
    """The releases of the last build's record no source is left of, and the pages that build
    wrote and no build writes now: a withdrawn release's in every language, and every page and
    the index of a language the workspace has dropped (an editor who publishes output/ would
    keep them online, linked from nowhere or by a stale index)."""
    slugs = {path.stem for path in sources}
    codes = set(settings.codes)
    gone = [slug for slug in manifest if slug not in slugs]
    out = settings.output_dir
    paths: list[Path] = []
    dropped: set[str] = set()
    for slug in manifest:
        if _SLUG.fullmatch(slug) is None or slug in (".", "..", "index"):
            continue  # (nothing outside output/; never the index pages this run writes)
        entry = _peek(manifest, slug)
        langs = entry.get("langs", {}) if isinstance(entry, Mapping) else {}
        for code in langs if isinstance(langs, dict) else ():
            if (slug in gone or code not in codes) and _CODE.fullmatch(code):
                paths += [out / code / f"{slug}.html", out / code / f"{slug}.xml"]
                dropped.update(() if code in codes else (code,))
    paths += [out / code / "index.html" for code in sorted(dropped)]
    return gone, [path for path in paths if path.is_file()]


def _remove(paths: list[Path]) -> list[Path]:
    """``paths`` removed (and a language folder left empty by it); those removed."""
    removed = []
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    for folder in sorted({path.parent for path in removed}):
        with contextlib.suppress(OSError):  # (not empty: a file of the user's own stays)
            folder.rmdir()
    return removed


def _refuse_duplicate_ids(settings: Settings, sources: list[Path], ids: dict[str, str]) -> None:
    """``check_unique_ids`` from the ids the run's workers read (every source was built);
    a source they gave no id of (none parsed) is read by ``check_unique_ids`` itself."""
    from transpub.workspace import _refuse_duplicate_ids, check_unique_ids

    if len(ids) < len(sources):
        check_unique_ids(settings)
    else:
        _refuse_duplicate_ids(settings, sources, ids)


def _holds(path: Path, data: bytes) -> bool:
    """Whether the file at ``path`` holds exactly ``data``, compared a block at a time
    (``write_atomic``'s own comparison reads the whole file: a large build's manifest, 2.5 MB
    at N = 1000, beside its new text at the main process's peak)."""
    try:
        with open_regular(path) as handle:
            if os.fstat(handle.fileno()).st_size != len(data):
                return False
            view, at = memoryview(data), 0
            while block := handle.read(1 << 16):
                if view[at:at + len(block)] != block:
                    return False
                at += len(block)
            return at == len(data)
    except OSError:
        return False


class _Stamps(Mapping[str, "Stamp"]):
    """Path -> the memo's stamp of each file this run hashed (read, or trusted by its stat):
    a view of the memo, not a second dict of 7,000 entries held to the end of the run."""

    def __init__(self, memo: StatMemo) -> None:
        self.memo = memo

    def __getitem__(self, path: str) -> Stamp:
        key = f"sha256:{path}"
        entry = self.memo.entries.get(key) if key in self.memo.seen else None
        if entry is None:
            raise KeyError(path)
        return tuple(entry[:5])  # type: ignore[return-value]

    def __iter__(self) -> Iterator[str]:
        return (key[7:] for key in self.memo.seen
                if key.startswith("sha256:") and key in self.memo.entries)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:
        # (not ``__len__``, which walks the memo: ``if stamps`` per file made the no-op
        # record's save quadratic, 8,000 x 7,000 steps at N = 1000)
        return next(iter(self), None) is not None


def _entry_json(entry: Mapping[str, Any]) -> bytes:
    """One release's manifest entry, as ``json.dumps`` of the whole manifest writes it (one
    level deeper), in UTF-8. Written by the worker that built the release: json's indented
    writer is Python, and the 1,000 entries of a large build cost the main process 0.4 s. As
    bytes, not text: a title in Arabic or Chinese makes the whole string two bytes a character
    (the 1,000 texts held 5 MB of the main process, and joining them as text 5 MB more)."""
    text = _entry_text(entry)
    if text is None:
        # no line break can occur inside a JSON string: each one starts an indented line
        text = json.dumps(entry, ensure_ascii=False, sort_keys=True,
                          indent=1).replace("\n", "\n ")
    return text.encode("utf-8")


#: A page's record, the keys in order (``sort_keys``) and the type of each value.
_PAGE_KEYS: tuple[tuple[str, type], ...] = (
    ("date", str), ("digest", str), ("fallbacks", int), ("percent", float), ("po", str),
    ("problems", list), ("published", bool), ("title", str), ("title_lang", str))


def _entry_text(entry: Mapping[str, Any]) -> str | None:
    """``_entry_json``'s text for an entry of the shape ``_build_release`` makes, written by
    the template of that shape (json's indented writer is a Python generator walking every
    value: 0.15 ms an entry, a tenth of a worker's time a release besides its pages); None
    for any other shape (json writes it). Strings are escaped by json's own function."""
    from json.encoder import encode_basestring as quote

    if type(entry) is not dict or entry.keys() != {"available", "langs"}:
        return None
    available, langs = entry["available"], entry["langs"]
    if type(available) is not list or type(langs) is not dict or \
            not all(type(code) is str for code in available):
        return None
    out = ['{\n  "available": ', ("[\n   " + ",\n   ".join(map(quote, available)) + "\n  ]")
           if available else "[]", ',\n  "langs": ']
    if not langs:
        out.append("{}")
    else:
        out.append("{")
        first = True
        for code in sorted(langs):
            page = langs[code]
            if type(code) is not str or type(page) is not dict or len(page) != len(_PAGE_KEYS):
                return None
            out.append("\n   " if first else ",\n   ")
            first = False
            out += (quote(code), ": {")
            for number, (key, kind) in enumerate(_PAGE_KEYS):
                value: Any = page.get(key)
                form: Any = type(value)
                if form is not kind:
                    return None
                out += ("\n    " if not number else ",\n    ", '"', key, '": ')
                if form is str:
                    out.append(quote(value))
                elif form is bool:
                    out.append("true" if value else "false")
                elif form is int:
                    out.append(int.__repr__(value))
                elif form is float:
                    if value != value or value in (float("inf"), float("-inf")):
                        return None
                    out.append(float.__repr__(value))
                elif value:  # the problems: [unit, line, message] each
                    rows = []
                    for row in value:
                        if type(row) is not list or len(row) != 3 or type(row[0]) is not str \
                                or type(row[1]) is not int or type(row[2]) is not str:
                            return None
                        rows.append(f"[\n      {quote(row[0])},\n      {int.__repr__(row[1])},"
                                    f"\n      {quote(row[2])}\n     ]")
                    out.append("[\n     " + ",\n     ".join(rows) + "\n    ]")
                else:
                    out.append("[]")
            out.append("\n   }")
        out.append("\n  }")
    out.append("\n }")
    return "".join(out)


def _manifest_json(manifest: Mapping[str, Any], texts: Mapping[str, bytes]) -> bytes:
    """``json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1) + "\n"`` in UTF-8,
    taking each entry's text from ``texts`` where a worker wrote it, or the entry itself when
    it is its text (``build``'s record)
    (tests/test_build_fastpath.py compares the two)."""
    if not manifest:
        return b"{}\n"
    # the pieces joined once: the entries' texts are not copied into a text per entry first
    parts = [b"{\n"]
    for slug, entry in sorted(manifest.items()):
        parts += (b" ", json.dumps(slug, ensure_ascii=False).encode("utf-8"), b": ",
                  entry if type(entry) is bytes else texts.get(slug) or _entry_json(entry),
                  b",\n")
    parts[-1] = b"\n}\n"
    return b"".join(parts)


def _listed_pages(settings: Settings, report: BuildReport
                  ) -> tuple[Mapping[str, Any], dict[str, set[str]]] | None:
    """``report``'s manifest and the names in each language's output folder; None without a
    manifest, or when a folder cannot be listed or lacks its index page (a no-op build then
    has something to do)."""
    manifest = report.manifest
    if manifest is None:
        return None
    output = settings.output_dir
    pages: dict[str, set[str]] = {}
    for code in settings.codes:
        try:
            pages[code] = set(os.listdir(output / code))  # noqa: PTH208  (names)
        except OSError:
            return None
        if "index.html" not in pages[code]:
            return None
    return manifest, pages


def noop_report(settings: Settings, sources: list[Path],
                report: BuildReport) -> BuildReport | None:
    """What a build of every language of ``sources`` reports when nothing changed after the
    build that gave ``report``; None when that build would still have something to do (a
    language without a record or an index page, a published page missing). An outcome names
    its PO file only when it has problems (the only lines that name it)."""
    listed = _listed_pages(settings, report)
    if listed is None:
        return None
    manifest, pages = listed
    outcomes: list[LanguageBuild] = []
    quiet = BuildReport(outcomes, releases=len(sources))
    codes, root = settings.codes, settings.root
    for path in sources:
        slug = path.stem  # (pathlib works it out again on every use: once, not 13 times)
        langs = _peek(manifest, slug).get("langs", {})
        page = f"{slug}.html"
        for code in codes:
            old = langs.get(code)
            if old is None or (old.get("published") and page not in pages[code]):
                return None
            outcomes.append(_unchanged(slug, code, old, root, bool(old.get("problems"))))
    return quiet


@dataclass(slots=True)
class NoopSummary:
    """What the report ``noop_report`` would make says when it is too large for a table
    (``cli._build_ops`` prints one only up to 60 outcomes): its outcomes with problems, in
    order, and the languages of its published and held-back pages."""

    releases: int
    problems: list[LanguageBuild]
    published: set[str]
    held: set[str]
    untranslated: set[tuple[str, str]] = field(default_factory=set)
    """(language, release) of the published pages with no unit translated (not the
    source's)."""


def noop_summary(settings: Settings, sources: list[Path],
                 report: BuildReport) -> NoopSummary | None:
    """``noop_report``'s answer, summarised (``NoopSummary``): None exactly when it is None;
    an outcome made only for a page with problems (the 6,000 outcomes of a build of 1,000
    releases were 26 ms of the main process's serial tail, to print one line)."""
    listed = _listed_pages(settings, report)
    if listed is None:
        return None
    manifest, pages = listed
    summary = NoopSummary(len(sources), [], set(), set())
    problems, published, held = summary.problems, summary.published, summary.held
    codes, root = settings.codes, settings.root
    for path in sources:
        slug = path.stem
        langs = _peek(manifest, slug).get("langs", {})
        page = f"{slug}.html"
        for code in codes:
            old = langs.get(code)
            if old is None:
                return None
            if old.get("published"):
                if page not in pages[code]:
                    return None
                published.add(code)
                if not old.get("percent") and code != settings.source_language:
                    summary.untranslated.add((code, slug))
            else:
                held.add(code)
            if old.get("problems"):
                problems.append(_unchanged(slug, code, old, root))
    return summary


def _run_tasks(tasks: list[Task], jobs: int, stage: Stage, take: Take,
               progress: Progress | None, keep: Callable[[str, str, Stamp], None],
               flush: Path | None = None) -> None:
    """Build the stale releases, in worker processes for large runs; their pages are staged
    under ``stage``'s token and adopted here. ``take`` takes each release's outcome (slug, no
    entry, ``Row``s, the entry's text), ``keep`` each file the builds hashed;
    ``flush``: a folder whose file system is flushed while the workers write
    (``flushing.Flusher``)."""
    done = 0
    if jobs > 1 and len(tasks) >= PARALLEL_THRESHOLD and _can_fork():
        from transpub.workers import Forked

        _preload()  # imported once here, the forked workers share them
        token = stage.token
        # the main process is one of the ``jobs`` processes: it builds releases too, staged
        # as a worker stages them (``_worker_task``) and adopted the same way
        with Forked(len(tasks), jobs, lambda index: _worker_task((token, tasks[index]))) \
                as workers:
            # (started after the fork: the workers inherit no thread)
            flusher = None
            if flush is not None and len(tasks) >= FLUSH_FROM:
                from transpub.flushing import Flusher

                flusher = Flusher([flush])
            try:
                for slug, rows, read, pairs, text, source_id in workers.results():
                    stage.adopt_named(pairs[0])
                    stage.adopt(pairs[1])
                    take(slug, None, rows, text, source_id)
                    for name, digest, current in read:
                        keep(name, digest, current)
                    done += 1
                    if progress:
                        progress(done, len(tasks))
            finally:
                if flusher is not None:
                    flusher.finish()
        return
    if tasks:
        out, locales = os.fspath(tasks[0][0].output_dir), os.fspath(tasks[0][0].locales_dir)
    for task in tasks:
        slug, entry, outcomes, read, source_id = _build_release_task(task)
        # (in this process the entry is at hand: kept itself, not written and parsed again)
        take(slug, entry, _rows(outcomes, out, locales), b"", source_id)
        for name, digest, current in read:
            keep(name, digest, current)
        done += 1
        if progress:
            progress(done, len(tasks))


def _can_fork() -> bool:
    from transpub.workers import can_fork  # (a serial build does not import it)

    return can_fork()


#: From this many releases to build, the output's file system is flushed while the workers
#: write (below, the commit's one flush is short anyway).
FLUSH_FROM = 64


@contextlib.contextmanager
def paused_collector() -> Iterator[None]:
    """The cyclic garbage collector paused while a build's main process builds its share of
    the releases, takes its workers' results and writes what follows from them. What it
    holds then (the manifest's entries, the outcomes, the stat memo: ~100,000 containers at
    1,000 releases, none in a cycle) is kept to the end of the run, and each full collection
    walked all of it and every module (two of them, 0.1-0.2 s of a large build's main
    process); memory is freed by reference counts as before. The collector's state is
    restored on the way out. (The workers collect: ``workers.Forked``.)"""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def _collecting() -> Iterator[None]:
    """The cyclic collector running for a while inside ``paused_collector``: for work that
    leaves objects in reference cycles, which a paused collector would keep to the end of
    the run (``check_unique_ids``' reads: ~60 objects a source from lxml's ``iterparse``,
    34 MB at N = 1000 when its memo is cold)."""
    paused = not gc.isenabled()
    if paused:
        gc.enable()
    try:
        yield
    finally:
        if paused:
            gc.collect(1)  # (what the last allocations left, some moved to the second
            # generation by a collection of the first while the last source was read)
            gc.disable()


def _preload() -> None:
    """Import what rendering needs before the workers fork, rather than in each of them."""
    import babel.dates

    import transpub.html
    import transpub.htmlstring
    import transpub.localise
    import transpub.pagefast
    import transpub.pofast
    import transpub.urls
    import transpub.workspace
    import transpub.xmlstring

    del babel, transpub  # only the imports matter


def _worker_task(item: tuple[str, Task]) -> tuple[
        str, tuple[Row, ...], list[Read],
        tuple[list[tuple[str, str, list[str]]], list[tuple[Path, Path]]], bytes,
        SourceId | None]:
    """One release built into a stage of its own (a worker's, or the main process's in a
    parallel run), its files handed to the run's stage by name."""
    token, task = item
    with using(Stage(token, stage_folders=True, follow_links=False)) as stage:
        slug, entry, outcomes, read, source_id = _build_release_task(task)
        # the staged files by name: strings pickle and cost the main process less than Paths
        named, other = stage.by_name()
        stage.staged.clear()  # the run's stage owns them now
        # the outcomes as rows and the entry as its text only: what the main process keeps
        settings = task[0]
        return (slug, _rows(outcomes, os.fspath(settings.output_dir),
                            os.fspath(settings.locales_dir)),
                read, (named, other), _entry_json(entry), source_id)


def _manifest_path(settings: Settings, shard: tuple[int, int] | None) -> Path:
    if shard is None:
        return settings.output_dir / MANIFEST_NAME
    # each shard's own name, so that the shards' output folders merge without a clash
    stem = MANIFEST_NAME.removesuffix(".json")
    return settings.output_dir / f"{stem}.shard-{shard[0]}-of-{shard[1]}.json"


def write_index_pages(settings: Settings, options: BuildOptions) -> int:
    """The index pages of every language, from the pages already in the output folder and the
    manifests of the build and of its shards; returns how many releases they list."""
    stem = MANIFEST_NAME.removesuffix(".json")
    whole = settings.output_dir / MANIFEST_NAME
    manifest: dict[str, Any] = {}
    # the whole build's record first: a shard's is newer
    for path in [whole, *sorted(settings.output_dir.glob(f"{stem}.shard-*.json"))]:
        if path.exists():
            manifest.update(_read_manifest_strict(path))
    if not manifest:
        raise BuildError("no build to index: run 'transpub build' (or its shards) first, and "
                         "copy the shards' output folders here", settings.output_dir)
    # (staged, the links of output/ replaced and not written through, as a build's files)
    with staged_run([], follow_links=False):
        _write_indexes(settings, options, manifest, set())
        write_atomic(settings.output_dir / MANIFEST_NAME,
                     (json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
                      ).encode("utf-8"))
    return len(manifest)


def _common_digest(settings: Settings, options: BuildOptions) -> str:
    """What every page of the run is written from besides its release's files: the code
    that writes pages (its markup, its CSS), the config and the options."""
    # the package's digest, not ``__version__`` (0.1.0 since the first commit): a workspace
    # built before a change of the writers had kept its old pages until ``build --force``.
    # The check cache and the extract key on the same digest (``workspace._code_digest``).
    from transpub.workspace import _code_digest

    digest = hashlib.sha256(_code_digest().encode())
    config = settings.root / CONFIG_NAME
    digest.update(config.read_bytes() if config.exists() else b"")
    digest.update(repr((options.include_fuzzy, options.min_complete)).encode())
    return digest.hexdigest()


def _file_digest(path: Path | str) -> str:
    try:
        with open_regular(path) as handle:  # (a str path: see _stale; a pipe refused)
            return hashlib.sha256(handle.read()).hexdigest()
    except FileNotFoundError:
        return "-"


def _build_release_task(task: Task) -> tuple[str, dict[str, Any], list[LanguageBuild],
                                             list[Read], SourceId | None]:
    """(the source's stem, its manifest entry, its outcomes, the files it hashed, and the
    source's release id when this task read the source: ``build``'s deferred id check)."""
    settings, options, path, common, previous, state = task
    read: list[Read] = []
    kept: dict[str, bytes] = {}  # the PO files hashed here, parsed from the same bytes
    source_id = None
    if state is None:
        state = _stale(settings, options, path, common, previous, reads=read, kept=kept)
        source_id = _source_id(path, kept, read)
    return (path.stem, *_build_release(settings, options, path, common, previous, state, kept),
            read, source_id)


def _source_id(path: Path, kept: Mapping[str, bytes], read: list[Read]) -> SourceId | None:
    """The id of the source's root element and its line (``workspace.check_unique_ids``' fact),
    read from the bytes just hashed, with the stamp under which the memo of ids may keep them
    (None: the file was not settled when read). The whole source is parsed (~40 us): lxml's
    ``iterparse``, which stops at the root's start tag, leaves ~60 objects in reference
    cycles a call, which a build's main process, its collector paused, kept to its end (+19
    MB of peak memory at N = 1000, measured)."""
    name = os.fspath(path)
    data = kept.get(name)
    if data is None:
        return None
    from transpub.source import parse_xml_bytes

    try:
        root = parse_xml_bytes(data, path).getroot()
    except TranspubError:
        return None  # (the build's own read of it says why; the ids are then read up front)
    stamp = next((current for file, _digest, current in read if file == name), None)
    return str(root.get("id", path.stem)), int(root.sourceline or 0), stamp


def _build_release(settings: Settings, options: BuildOptions, path: Path, common: str,
                   previous: Mapping[str, Any], state: Staleness | None = None,
                   known: Mapping[str, bytes] | None = None,
                   ) -> tuple[dict[str, Any], list[LanguageBuild]]:
    from transpub.htmlstring import reswitched
    from transpub.pagefast import Skeleton
    from transpub.pofast import read_build_entries
    from transpub.urls import check_links
    from transpub.workspace import load

    out_dir = settings.output_dir
    out = os.fspath(out_dir)
    slug = path.stem
    infos = [i for i in settings.languages if not options.languages or i.code in options.languages]
    old_langs: Mapping[str, Any] = previous.get("langs", {})
    digests, stale = state or _stale(settings, options, path, common, previous)
    entry: dict[str, Any] = {"available": list(previous.get("available", [])),
                             "langs": {k: dict(v) for k, v in old_langs.items()}}
    if not stale:
        kept = [_unchanged(slug, i.code, entry["langs"][i.code], settings.root) for i in infos]
        return entry, kept  # (under --strict, their problems are refused with the run's)

    # the bytes hashed for the staleness digest, when this process read them
    release, segments = load(settings, path, known.get(os.fspath(path)) if known else None)
    # a hand-written source is held to the same link rule as an import: no javascript: page
    check_links(release, settings.url_schemes, BuildError, path)
    slug = release.slug
    if slug != path.stem or slug == "index":
        _refuse_name(slug, path)
    # what the release's pages share in every language, made once
    skeleton = Skeleton(release, segments, settings.source_language)
    localised: dict[str, Page] = {}
    po_files: dict[str, Path | None] = {}
    for code in stale:
        info = next(i for i in infos if i.code == code)
        translations, po_file = _translations(settings, code, slug, known,
                                                 read_build_entries)
        po_files[code] = po_file
        localised[code] = _localise(skeleton, segments, info, settings, options, translations)
    published = {code for code, item in localised.items()
                 if item.percent >= options.min_complete or code == settings.source_language}
    published |= {code for code, old in entry["langs"].items()
                  if code not in localised and old.get("published")}
    available = [i.code for i in settings.languages
                 if i.code in published or (out_dir / i.code / f"{slug}.html").exists()]
    # a change in who is published changes every page's language switcher
    render = set(stale) if available == entry["available"] else {
        i.code for i in infos if i.code in published}
    files: list[tuple[Path, bytes]] = []
    # ... those of the languages a ``--lang`` run was not asked for too: built one language
    # at a time, each page had kept the switcher of its own run (French without English).
    # Their switchers alone are rewritten: their translations as they now stand are not
    # published by a run that was not asked for them (nor below --min-complete)
    if available != entry["available"] and options.languages:
        for info in settings.languages:
            page = out_dir / info.code / f"{slug}.html"
            if info.code in options.languages or not page.exists():
                continue
            data = reswitched(page.read_bytes(), info, [
                (a, f"../{a.code}/{slug}.html") for a in settings.languages
                if a.code in available])
            if data is not None:
                files.append((page, data))
    outcomes: list[LanguageBuild] = []
    for info in infos:
        code = info.code
        if code not in render and code not in localised:
            outcomes.append(_unchanged(slug, code, entry["langs"][code], settings.root))
            continue
        if code not in localised:
            translations, po_file = _translations(settings, code, slug, known,
                                                 read_build_entries)
            po_files[code] = po_file
            localised[code] = _localise(skeleton, segments, info, settings, options,
                                        translations)
        item = localised[code]
        said = _problems(item, po_files[code], settings, code, slug)
        ok = code in published
        written: list[Path] = []
        if ok:
            alternates = [(a, f"../{a.code}/{slug}.html") for a in settings.languages
                          if a.code in available]
            # one Path each from a string, a child of its folder's (``_path``): pathlib's
            # joins were 5 % of a page's CPU, and parsing the whole string again 1 %
            html_path = _path(os.path.join(out, code, f"{slug}.html"))  # noqa: PTH118
            xml_path = _path(os.path.join(out, code, f"{slug}.xml"))  # noqa: PTH118
            files += zip((html_path, xml_path),
                         _render(item, skeleton, segments, info, settings, options, alternates),
                         strict=True)
            written = [html_path, xml_path]
        old = entry["langs"].get(code, {})
        entry["langs"][code] = {
            "digest": digests[code], "percent": round(item.percent, 2),
            "published": ok or bool(old.get("published") and (out_dir / code /
                                                              f"{slug}.html").exists()),
            "title": item.title if ok else old.get("title", item.title),
            # the title's language when it fell back to the source's: the index marks it
            "title_lang": item.title_lang if ok else old.get("title_lang", item.title_lang),
            "date": release.date.isoformat() if release.date else "",
            "fallbacks": len(item.fallbacks),
            "problems": [[p.unit, p.line, p.message] for p in said],
            "po": _relative(po_files.get(code), settings.root),
        }
        outcomes.append(LanguageBuild(slug, code, item.percent, ok, tuple(written),
                                      len(item.fallbacks), said, po_files[code],
                                      date_text=item.date_text))
    entry["available"] = available
    # everything of this release was rendered before the first byte is staged
    for target, data in files:
        write_atomic(target, data)
    return entry, outcomes


def _refuse_name(slug: str, path: Path) -> None:
    """A release not built under its name: pages are named by the id, the build's record
    and index by the file (the index linked a page no build writes, and a withdrawal would
    name another release's pages); a release ``index`` would be each language's index page,
    and its withdrawal had removed them all."""
    import unicodedata

    from transpub.workspace import release_id

    found = release_id(path)
    line = found[1] if found else None
    if slug == "index":
        raise BuildError("the release id 'index' is the name of each language's index page: "
                         "give the release another id (and its file that name)", path, line)
    if unicodedata.normalize("NFC", slug) == unicodedata.normalize("NFC", path.stem):
        raise BuildError(f"the file's name is the release id {slug!r} in another Unicode form "
                         "(decomposed letters, as macOS writes names): rename the file, typing "
                         "its name again", path, line)
    raise BuildError(f"the release id {slug!r} is not the file's name: rename the file "
                     f"{slug}.xml (or the id {path.stem!r}) to build it", path, line)


def _refuse_problems(outcomes: Outcomes) -> None:
    """``--strict``: every problem of the run named, by PO file and line, and nothing written
    (it had stopped at the first: a CI job fixed one and found the next on each run)."""
    errors = [BuildError(f"[{p.unit}] {p.message}", o.po, p.line or None)
              for o in outcomes.with_problems() for p in o.problems]
    if not errors:
        return
    # (the releases' outcomes arrive in the order their workers end)
    errors.sort(key=lambda e: (os.fspath(e.path or ""), e.line or 0, e.message))
    if len(errors) == 1:
        raise errors[0]
    files = len({e.path for e in errors})
    raise BuildError(f"{len(errors)} problems under --strict, in {files} file(s) (each said "
                     "above): nothing written", details=tuple(errors))


def _problems(item: Page, po_file: Path | None, settings: Settings, code: str,
              slug: str) -> tuple[Problem, ...]:
    """The page's problems, and one for a language of the workspace with no PO file for the
    release (deleted, or never extracted): every unit then shows the source, which the build
    had published without a word (``check`` says TP608)."""
    if po_file is not None or code == settings.source_language:
        return item.problems
    from transpub.catalog import po_path

    missing = os.path.relpath(po_path(settings.locales_dir, code, slug), settings.root)
    return (*item.problems, Problem(slug, 0, f"no PO file {missing}: every unit shows the "
                                             "source (run 'transpub extract')"))


def _localise(skeleton: Skeleton, segments: tuple[Segment, ...], info: LanguageInfo,
              settings: Settings, options: BuildOptions,
              translations: Entries | None) -> Page:
    """The release in one language: filled straight from the translations, or (markup only
    the tree writers write) localised the plain way."""
    code = info.code
    rtl = info.direction == "rtl"
    page = skeleton.page(code, translations, settings.style(code), info.sentence_joiner, rtl,
                         options.include_fuzzy)
    if page is not None:
        return page
    # imported here, on the rare way only: an import in a function costs ~8,000
    # instructions a call even when the module is loaded (six pages a release)
    from transpub.pagefast import PlainPage
    from transpub.pofast import as_set

    return PlainPage(_plain(skeleton, segments, info, settings, options, as_set(translations)))


def _plain(skeleton: Skeleton, segments: tuple[Segment, ...], info: LanguageInfo,
           settings: Settings, options: BuildOptions,
           translations: TranslationSet | None) -> Localised:
    from transpub.localise import localise

    return localise(skeleton.release, segments, info.code, settings.source_language,
                    translations, settings.style(info.code), info.sentence_joiner,
                    options.include_fuzzy, info.direction != "rtl")


def _render(item: Page, skeleton: Skeleton, segments: tuple[Segment, ...], info: LanguageInfo,
            settings: Settings, options: BuildOptions,
            alternates: list[tuple[LanguageInfo, str]]) -> tuple[bytes, bytes]:
    """The page's HTML and XML; a page filled from the translations whose unchanging parts
    hold what only the tree writers write is localised again the plain way."""
    style = settings.style(info.code)
    written = item.written(info, style, alternates)
    if written is not None:
        return written
    from transpub.pagefast import PlainPage  # (the rare way only: see _localise)
    from transpub.pofast import as_set

    assert not isinstance(item, PlainPage)  # (its writers fall back to the trees themselves)
    plain = PlainPage(_plain(skeleton, segments, info, settings, options,
                             as_set(item.translations)))
    return plain.html(info, style, alternates), plain.xml()


def _relative(path: Path | None, root: Path) -> str:
    if path is None:
        return ""
    # the folder's relative path once per folder (``relpath`` makes both paths absolute and
    # normalises them, every call); a file name adds itself unchanged
    folder, name = os.path.split(path)
    # (a relative path depends on the current folder: not remembered)
    if name in ("", ".", "..") or not (os.path.isabs(folder)  # noqa: PTH117
                                       and os.path.isabs(root)):  # noqa: PTH117
        return os.path.relpath(path, root).replace(os.sep, "/")
    base = _relative_folder(folder, os.fspath(root))
    if base == ".." or base.startswith("../"):  # (the name might lead back up to the root)
        return os.path.relpath(path, root).replace(os.sep, "/")
    return name if base == "." else f"{base}/{name}"


@functools.lru_cache(maxsize=256)
def _relative_folder(folder: str, root: str) -> str:
    return os.path.relpath(folder, root).replace(os.sep, "/")


def _stale(settings: Settings, options: BuildOptions, path: Path, common: str,
           previous: Mapping[str, Any], memo: StatMemo | None = None,
           reads: list[Read] | None = None, kept: dict[str, bytes] | None = None) -> Staleness:
    """Each language's input digest, and the languages whose page must be rebuilt; ``reads``
    collects the files hashed here (for the main process's stat memo), ``kept`` their bytes."""
    # plain strings, not Path objects: on a rebuild with nothing changed this is all the work,
    # a few thousand files, and pathlib's object creation cost more than reading and hashing
    slug = path.stem
    file_digest = (memo.digest if memo is not None
                   else _file_digest if reads is None else _noting(reads, kept))
    source_digest = file_digest(os.fspath(path))
    old_langs: Mapping[str, Any] = previous.get("langs", {})
    locales = os.fspath(settings.locales_dir)
    output = os.fspath(settings.output_dir)
    digests: dict[str, str] = {}
    stale: list[str] = []
    for info in settings.languages:
        code = info.code
        if options.languages and code not in options.languages:
            continue
        po_file = f"{locales}/{code}/LC_MESSAGES/{slug}.po"
        digest = hashlib.sha256(f"{common}:{source_digest}:{file_digest(po_file)}".encode())
        digests[code] = digest.hexdigest()
        old = old_langs.get(code)
        if (old is None or old.get("digest") != digests[code]
                or (old.get("published")
                    and not os.path.exists(f"{output}/{code}/{slug}.html"))):  # noqa: PTH110
            stale.append(code)
    return digests, stale


def _noting(reads: list[Read], kept: dict[str, bytes] | None = None) -> Callable[[str], str]:
    """``_file_digest`` that also notes each file's stat before and after it was read, and
    when (the main process remembers the digest by the stat), and keeps the bytes read in
    ``kept`` (the build parses them instead of reading the file again)."""
    from transpub.statmemo import judge

    def digest(path: str) -> str:
        # one descriptor, stat'ed before and after the read (``fstat``: the file read, not
        # whatever the name points to by then), read in one call: 5 system calls a file where
        # ``open().read()`` between two path ``stat``s made 10 (7,000 files a fresh build)
        try:
            fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)
        except FileNotFoundError:
            return "-"
        except OSError:
            return _file_digest(path)  # (raises what a plain read would)
        try:
            before = os.fstat(fd)
            if not stat.S_ISREG(before.st_mode):
                # (a FIFO had been waited on for ever, /dev/zero read until the memory ran
                # out: refused by name, as ``_file_digest`` refuses it)
                return _file_digest(path)
            read_at = time.time_ns()
            data = read_fd(fd, before.st_size)
            after = os.fstat(fd)
        except OSError:
            return _file_digest(path)
        finally:
            os.close(fd)
        value = hashlib.sha256(data).hexdigest()
        current = judge(before, read_at, after)
        if current is not None:
            reads.append((path, value, current))
        if kept is not None:
            kept[path] = data
        return value

    return digest


def _unchanged(slug: str, code: str, old: Mapping[str, Any], root: Path,
               with_po: bool = True) -> LanguageBuild:
    """The outcome of a page not rebuilt, from its manifest entry. ``with_po=False``: without
    the PO file's path (what prints no problem does not name it: ``noop_report``'s 6,000
    pathlib joins at N = 1000 were a tenth of the main process's serial tail)."""
    rows = old.get("problems")
    problems = tuple(Problem(u, int(line), msg) for u, line, msg in rows) if rows else ()
    # stored relative to the workspace
    po = root / old["po"] if with_po and old.get("po") else None
    return _kept_build(slug, code, float(old.get("percent", 0.0)), bool(old.get("published")),
                       (), int(old.get("fallbacks", 0)), problems, po, False)


def _translations(settings: Settings, lang: str, slug: str,
                  kept: Mapping[str, bytes] | None = None,
                  read: Callable[[Path, str, bytes | None], Entries] | None = None,
                  ) -> tuple[Entries | None, Path | None]:
    """``lang``'s PO file of ``slug`` read for build; ``read``: ``pofast.read_build_entries``,
    when the caller imported it (once a release, not once a page: see ``_localise``)."""
    if read is None:
        from transpub.pofast import read_build_entries

        read = read_build_entries
    # (one Path from a string, a child of its folder's: ``catalog.po_path``'s three joins,
    # 6,000 times a build)
    path = _path(os.path.join(settings.locales_dir, lang, "LC_MESSAGES",  # noqa: PTH118
                              f"{slug}.po"))
    data = kept.get(os.fspath(path)) if kept else None
    if data is None and not path.exists():
        return None, None
    return read(path, lang, data), path


def _read_manifest(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(read_cache(path).decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}  # no manifest, a damaged one or a FIFO: rebuild everything
    # (one of another shape is damaged too: ``{"slug": {"langs": []}}`` had failed every
    # build, an internal error, until the file was deleted; the build rewrites it)
    return data if _is_record(data) else {}


def _is_record(data: object) -> TypeGuard[dict[str, Any]]:
    """Whether ``data`` has the build record's shape: slug -> {"langs": code -> {...}}."""
    if not isinstance(data, dict):
        return False
    for entry in data.values():
        langs = entry.get("langs", {}) if isinstance(entry, dict) else None
        if not isinstance(langs, dict) or not all(isinstance(p, dict) for p in langs.values()):
            return False
    return True


def _read_manifest_strict(path: Path) -> dict[str, Any]:
    """A manifest the index pages depend on: a damaged one would drop releases silently."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise BuildError(f"cannot read the build manifest: {exc}", path) from None
    except json.JSONDecodeError as exc:
        raise BuildError(f"damaged build manifest: {exc.msg}", path, exc.lineno) from None
    except RecursionError:  # (arrays nested 200,000 deep)
        raise BuildError("damaged build manifest: nested too deeply; delete it and build "
                         "again", path, 1) from None
    if not _is_record(data):
        raise BuildError("damaged build manifest: not a transpub build record; delete it and "
                         "build again", path, 1)
    return data


def _write_indexes(settings: Settings, options: BuildOptions, manifest: Mapping[str, Any],
                   built: set[str], dates: Callable[[str, str], str] | None = None) -> None:
    """Each language's index lists the releases that have a page in that language; an entry
    of ``manifest`` may be its text (``build``'s record); ``dates(slug, code)``: the date a
    worker wrote, or ""."""
    from transpub.html import Alternate, render_index
    from transpub.htmlstring import IndexEntry
    from transpub.languages import language

    # the languages asked for, and those with an index page already: a ``--lang`` run that
    # publishes a language changes every index's switcher (each is written from the record)
    infos = [i for i in settings.languages if not options.languages or i.code in options.languages
             or (settings.output_dir / i.code / "index.html").exists()]
    # every language's rows in one pass: an entry kept as its text is parsed once; a row is
    # its slug, title and date (one string a date), the page's name and date as the page
    # shows it made one language at a time (6,000 rows at N = 1000)
    rows: dict[str, list[tuple[str, str, str, str]]] = {info.code: [] for info in infos}
    isos: dict[str, str] = {}
    for slug, entry in manifest.items():
        if type(entry) is bytes:  # (parsed for the moment it is read: see _Manifest)
            entry = json.loads(entry)
        langs = entry.get("langs", {})
        for info in infos:
            page = langs.get(info.code)
            if not page or not page.get("published"):
                continue
            if slug not in built and not (settings.output_dir / info.code / f"{slug}.html"
                                          ).exists():
                continue
            iso = page.get("date", "")
            rows[info.code].append((slug, page.get("title", slug), isos.setdefault(iso, iso),
                                    page.get("title_lang", "")))
    # the languages with an index page once this run is done: a link to any other is a 404
    # (a language held back by --min-complete has none on a first build)
    indexed = {code for code, found in rows.items() if found} | {
        a.code for a in settings.languages
        if (settings.output_dir / a.code / "index.html").exists()}
    for info in infos:
        entries: list[IndexEntry] = []
        for slug, title, iso, title_lang in rows.pop(info.code):
            shown = dates(slug, info.code) if dates is not None else ""
            if iso and not shown:
                import datetime as dt

                shown = settings.style(info.code).format_date(dt.date.fromisoformat(iso))
            entries.append((f"{slug}.html", title, iso, shown, title_lang))
        if not entries:
            continue
        entries.sort(key=lambda e: (e[2] or "0000", e[0]), reverse=True)
        alternates = [Alternate(a, f"../{a.code}/index.html") for a in settings.languages
                      if a.code in indexed]
        title, title_code = settings.index_title(info.code)
        write_atomic(settings.output_dir / info.code / "index.html",
                     render_index(info, title, entries, alternates,
                                  None if title_code is None else language(title_code)))
