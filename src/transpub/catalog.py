"""PO and POT files: write the template, merge it into each language, read translations back.

The only module that imports polib; nothing polib-typed leaves it. The merge never drops a
translator's work: an edited unit keeps its old translation as fuzzy with the previous msgid, a
removed one becomes obsolete (``#~``) and comes back with its translation if its text returns.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import polib

from transpub import __version__
from transpub.errors import CatalogError
from transpub.fsutil import read_utf8, write_atomic
from transpub.languages import LanguageInfo
from transpub.model import Segment
from transpub.poread import parse, read_entries

#: Strings are written unwrapped, one line each (as ``msgcat --no-wrap`` writes them): a diff
#: then shows whole units, and writing skips textwrap, most of polib's time on our files.
WRAP = 0

#: Given a new unit, the translation memory's (target, fuzzy, note), or None.
Memory = Callable[[Segment], "tuple[str, bool, str] | None"]
_SIMILAR = 0.6


@dataclass(frozen=True, slots=True)
class Translation:
    """One PO entry as the builder and the checker see it."""

    unit: str
    source: str
    target: str
    fuzzy: bool = False
    line: int = 0
    comments: str = ""
    """The extracted comments (``#.``)."""
    translator: str = ""
    """The translator comments (``# ...``): where ``transpub: ignore`` suppressions live."""


@dataclass(frozen=True, slots=True)
class TranslationSet:
    """The entries of one PO file, by unit id (msgctxt)."""

    lang: str
    path: Path
    items: Mapping[str, Translation]
    header_lang: str = ""
    obsolete: tuple[Translation, ...] = ()
    release_date: dt.date | None = None

    def get(self, unit: str) -> Translation | None:
        return self.items.get(unit)


@dataclass(slots=True)
class MergeStats:
    """What a merge did to one PO file."""

    path: Path
    kept: int = 0
    new: int = 0
    changed: int = 0
    removed: int = 0
    revived: int = 0
    from_memory: int = 0
    written: bool = False
    changes: list[str] = field(default_factory=list)


def po_path(locales: Path, lang: str, slug: str) -> Path:
    return locales / lang / "LC_MESSAGES" / f"{slug}.po"


def pot_path(locales: Path, slug: str) -> Path:
    return locales / f"{slug}.pot"


# --- reading ---------------------------------------------------------------------------------

def read_translations(path: Path, lang: str | None = None) -> TranslationSet:
    """The entries of ``path`` keyed by unit id (msgctxt; the msgid when there is none).

    Every reader of PO files (build, check, stats, the memory, the merge) uses the strict
    single-pass reader below: about four times faster than polib's parser plus a syntax check
    on our files (1.0 vs 4.1 ms a file, see README "Benchmarks"); polib only writes.
    """
    header, entries = read_entries(path)
    items: dict[str, Translation] = {}
    obsolete: list[Translation] = []
    for entry in entries:
        item = Translation(unit=entry.context or entry.msgid, source=entry.msgid,
                           target=entry.msgstr, fuzzy=entry.fuzzy, line=entry.line,
                           comments=entry.comments, translator=entry.translator)
        if entry.obsolete:
            obsolete.append(item)
        else:
            items[item.unit] = item
    header_lang = header.get("Language", "").strip()
    release_date = None
    with contextlib.suppress(ValueError):
        release_date = dt.date.fromisoformat(header.get("X-Release-Date", "").strip())
    return TranslationSet(lang or header_lang, path, items, header_lang, tuple(obsolete),
                          release_date)


# --- writing ---------------------------------------------------------------------------------

def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M+0000")


def _now(epoch: int | None) -> str:
    if epoch is not None:
        return _stamp(dt.datetime.fromtimestamp(epoch, dt.UTC))
    return _stamp(dt.datetime.now(dt.UTC))


def _header(project: str, created: str, lang: LanguageInfo | None,
            previous: Mapping[str, str] | None = None,
            release_date: dt.date | None = None) -> dict[str, str]:
    previous = previous or {}
    meta = {
        "Project-Id-Version": project,
        "Report-Msgid-Bugs-To": previous.get("Report-Msgid-Bugs-To", ""),
        "POT-Creation-Date": created,
        "PO-Revision-Date": previous.get("PO-Revision-Date", created if lang else
                                         "YEAR-MO-DA HO:MI+ZONE"),
        "Last-Translator": previous.get("Last-Translator",
                                        "" if lang else "FULL NAME <EMAIL@ADDRESS>"),
        "Language-Team": previous.get("Language-Team",
                                      lang.english_name if lang else "LANGUAGE <LL@li.org>"),
    }
    if lang is not None:
        meta["Language"] = lang.code
    meta.update({
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    })
    if lang is not None:
        meta["Plural-Forms"] = lang.plural_forms
    meta["X-Generator"] = f"transpub {__version__}"
    if release_date is not None:
        # lets "transpub check" resolve year-less dates in a PO file checked on its own
        meta["X-Release-Date"] = release_date.isoformat()
    return meta


def _entry(segment: Segment, reference: str, notes: Iterable[str]) -> polib.POEntry:
    comment_lines = [f"{segment.position[:1].upper()}{segment.position[1:]}."]
    if segment.note:
        comment_lines.append(f"Note: {segment.note}")
    for holder in segment.placeholders:
        if holder.paired:
            attrs = ", ".join(f"{k}={v}" for k, v in holder.span.attrs if "}" not in k)
            comment_lines.append(f"<{holder.name}>…</{holder.name}>: {holder.span.tag}"
                                 + (f" ({attrs})" if attrs else ""))
        else:
            comment_lines.append(f"<{holder.name}/>: {holder.span.text} (not to translate)")
    comment_lines.extend(notes)
    return polib.POEntry(msgctxt=segment.id, msgid=segment.text, msgstr="",
                         comment="\n".join(comment_lines),
                         occurrences=[(reference, str(segment.line))])


def _render(po: polib.POFile) -> bytes:
    return (str(po).rstrip("\n") + "\n").encode("utf-8")


def write_template(path: Path, segments: Iterable[Segment], reference: str, project: str,
                   epoch: int | None, release_date: dt.date | None = None,
                   dry_run: bool = False) -> tuple[bool, str]:
    """Write the POT; its creation date changes only when its entries do.

    Returns whether the file was written, and the POT-Creation-Date the PO files get.
    """
    po = polib.POFile(wrapwidth=WRAP)
    for segment in segments:
        po.append(_entry(segment, reference, ()))
    previous_date = _existing_metadata(path).get("POT-Creation-Date")
    if previous_date:
        po.metadata = _header(project, previous_date, None, release_date=release_date)
        if path.read_bytes() == _render(po):
            return False, previous_date
    created = _now(epoch)
    if dry_run:
        return False, created
    po.metadata = _header(project, created, None, release_date=release_date)
    return write_atomic(path, _render(po)), created


def _existing_metadata(path: Path) -> dict[str, str]:
    """The header of an existing template (empty if there is none, or it does not parse)."""
    try:
        return parse(read_utf8(path, CatalogError), path)[0]
    except CatalogError:
        return {}


def update_catalog(path: Path, segments: Iterable[Segment], lang: LanguageInfo, reference: str,
                   project: str, created: str, notes: Mapping[str, list[str]] | None = None,
                   dry_run: bool = False, release_date: dt.date | None = None,
                   memory: Memory | None = None) -> MergeStats:
    """Merge the units into the PO file of one language, creating it if needed."""
    stats = MergeStats(path)
    old = _entries_for_merge(path) if path.exists() else None
    new = polib.POFile(wrapwidth=WRAP)
    previous_meta = dict(old.metadata) if old is not None else {}
    if old is not None and previous_meta.get("Language", lang.code) not in ("", lang.code):
        raise CatalogError(f"Language header says {previous_meta['Language']!r}, "
                           f"expected {lang.code!r}", path, 1)
    new.metadata = _header(project, created, lang, previous_meta, release_date)
    actives = [e for e in old if e.msgid and not e.obsolete] if old is not None else []
    obsoletes = [e for e in old if e.msgid and e.obsolete] if old is not None else []
    by_ctxt = {e.msgctxt: e for e in actives if e.msgctxt}
    used: set[int] = set()
    notes = notes or {}
    units = list(segments)
    entries = [_entry(segment, reference, notes.get(segment.id, ())) for segment in units]
    # Three passes, most certain first, so that an edited sentence can never take the entry
    # of an unchanged neighbour before that neighbour claims it.
    pending: list[int] = []
    for index, segment in enumerate(units):
        same = by_ctxt.get(segment.id)
        if same is not None and same.msgid == segment.text and id(same) not in used:
            _copy(entries[index], same, used)
            stats.kept += 1
        else:
            pending.append(index)
    unmatched: list[int] = []
    for index in pending:
        segment = units[index]
        exact = next((e for e in (*actives, *obsoletes)
                      if e.msgid == segment.text and id(e) not in used and e.msgstr), None)
        if exact is None:
            unmatched.append(index)
            continue
        _copy(entries[index], exact, used)
        if exact.obsolete:
            stats.revived += 1
            stats.changes.append(f"revived {segment.id}")
        else:
            stats.kept += 1
    for index in unmatched:
        _carry_fuzzy(entries[index], units[index], by_ctxt, actives, used, stats, memory)
    new.extend(entries)
    for entry in actives:
        if id(entry) not in used and entry.msgstr:
            _make_obsolete(entry)
            new.append(entry)
            stats.removed += 1
            stats.changes.append(f"removed {entry.msgctxt or entry.msgid[:40]}")
    for entry in obsoletes:
        if id(entry) not in used:
            _make_obsolete(entry)
            new.append(entry)
    if not dry_run:
        stats.written = write_atomic(path, _render(new))
    return stats


@dataclass(slots=True)
class _OldCatalogue:
    metadata: dict[str, str]
    entries: list[polib.POEntry]

    def __iter__(self) -> Iterator[polib.POEntry]:
        return iter(self.entries)


def _entries_for_merge(path: Path) -> _OldCatalogue:
    """The old catalogue as polib entries, read with the strict fast reader (polib's parser
    was most of a re-extract's time)."""
    header, raw = read_entries(path)
    entries: list[polib.POEntry] = []
    for item in raw:
        entry = polib.POEntry(msgctxt=item.context, msgid=item.msgid, msgstr=item.msgstr,
                              flags=list(item.flags), tcomment=item.translator,
                              obsolete=item.obsolete, linenum=item.line)
        if item.previous:
            entry.previous_msgctxt = item.previous.get("msgctxt")
            entry.previous_msgid = item.previous.get("msgid")
        entries.append(entry)
    return _OldCatalogue(header, entries)


def _make_obsolete(entry: polib.POEntry) -> None:
    """Obsolete entries keep their translation but not their "previous" lines: polib cannot
    read back the ``#~|`` lines it would write for them."""
    entry.obsolete = True
    entry.previous_msgid = None
    entry.previous_msgctxt = None
    entry.previous_msgid_plural = None


def _carry_fuzzy(entry: polib.POEntry, segment: Segment, by_ctxt: Mapping[str, polib.POEntry],
                 actives: list[polib.POEntry], used: set[int], stats: MergeStats,
                 memory: Memory | None = None) -> None:
    """An edited unit: the old translation of the same id, or of the most similar sentence of
    the same block, as a fuzzy draft with the previous msgid; otherwise a new, empty unit."""
    same = by_ctxt.get(segment.id)
    candidate = same if same is not None and id(same) not in used else _similar(
        segment, actives, used)
    if candidate is not None and candidate.msgstr:
        _copy(entry, candidate, used)
        # The text changed: the old translation is a draft, never a translation to publish.
        entry.previous_msgctxt = candidate.msgctxt if candidate.msgctxt != segment.id else None
        entry.previous_msgid = candidate.msgid
        if "fuzzy" not in entry.flags:
            entry.flags.append("fuzzy")
        stats.changed += 1
        stats.changes.append(f"changed {segment.id}")
        return
    if candidate is not None:
        used.add(id(candidate))
    stats.new += 1
    suggestion = memory(segment) if memory is not None else None
    if suggestion is not None:
        target, fuzzy, note = suggestion
        entry.msgstr = target
        entry.tcomment = note
        if fuzzy:
            entry.flags.append("fuzzy")
        stats.from_memory += 1
        stats.changes.append(f"new {segment.id} ({note})")
    else:
        stats.changes.append(f"new {segment.id}")


def _copy(entry: polib.POEntry, old: polib.POEntry, used: set[int]) -> None:
    used.add(id(old))
    entry.msgstr = old.msgstr
    entry.tcomment = old.tcomment
    entry.flags = [f for f in old.flags if f != "fuzzy"] + (["fuzzy"] if "fuzzy" in old.flags
                                                            else [])
    if "fuzzy" in old.flags:
        entry.previous_msgid = old.previous_msgid
        entry.previous_msgctxt = old.previous_msgctxt


def _similar(segment: Segment, actives: list[polib.POEntry],
             used: set[int]) -> polib.POEntry | None:
    """The most similar unused entry of the same block, if similar enough to help."""
    prefix = segment.block_id + "."
    best: tuple[float, polib.POEntry] | None = None
    for entry in actives:
        if id(entry) in used or not (entry.msgctxt or "").startswith(prefix):
            continue
        ratio = difflib.SequenceMatcher(None, entry.msgid, segment.text, autojunk=False).ratio()
        if ratio >= _SIMILAR and (best is None or ratio > best[0]):
            best = (ratio, entry)
    return best[1] if best else None
