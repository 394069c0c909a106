"""PO and POT files: write the template, merge it into each language, read translations back.

The only module that imports polib (for the XLIFF import's updates: the extract writes with
``powrite``, polib's output without its cost); nothing polib-typed leaves it. The merge never
drops a translator's work: an edited unit keeps its old translation as fuzzy with the previous
msgid, a removed one becomes obsolete (``#~``) and comes back with its translation if its text
returns.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from transpub import __version__, placesplit
from transpub.errors import CatalogError
from transpub.fastnew import maker
from transpub.fsutil import known_absent, read_bytes, read_utf8, write_atomic
from transpub.garbled import composed
from transpub.languages import LanguageInfo
from transpub.model import Segment
from transpub.nearby import Nearby
from transpub.poread import (
    RawEntry,
    Row,
    header_comment,
    legacy_charset,
    lost_message,
    lost_to_charset,
    parse,
    read_entries,
    read_entries_text,
    read_rows,
)
from transpub.posame import fields_same, same_content
from transpub.powrite import (
    EMPTY_MSGSTR,
    UNPLAIN_RE,
    Memo,
    PoEntry,
    entry_text,
    plain_text,
    render_texts,
)
from transpub.prefixes import ByPrefix
from transpub.scripts import SPACELESS

if TYPE_CHECKING:
    import polib

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
    context: str | None = None
    """The msgctxt as written (None when the entry has none)."""
    source_plural: str | None = None
    """``msgid_plural`` of a plural entry."""
    forms: tuple[str, ...] = ()
    """``msgstr[0..n]`` of a plural entry (empty for an ordinary one)."""
    flags: tuple[str, ...] = ()
    """The ``#,`` flags (``c-format``, ``python-brace-format``…)."""
    translator: str = ""
    """The translator comments (``# ...``): where ``transpub: ignore`` suppressions live."""


@dataclass(frozen=True, slots=True)
class TranslationSet:
    """The entries of one PO file, by unit id (msgctxt).

    ``entries`` holds every active entry keyed as gettext keys them, (msgctxt, msgid): in a PO
    file from another project several entries may share a msgctxt (Django's "abbrev. month"),
    and a file that went through an XLIFF round trip may have lost its msgctxt.
    """

    lang: str
    path: Path
    items: Mapping[str, Translation]
    header_lang: str = ""
    obsolete: tuple[Translation, ...] = ()
    release_date: dt.date | None = None
    entries: tuple[Translation, ...] = ()
    header: Mapping[str, str] = field(default_factory=dict)

    def get(self, unit: str, source: str | None = None) -> Translation | None:
        """The entry of a unit: by its id, or else (given the unit's text) an entry without
        msgctxt whose msgid is that text, as the Translate Toolkit's XLIFF round trip leaves
        them."""
        item = self.items.get(unit)
        if item is not None or source is None:
            return item
        item = self.items.get(source)
        return item if item is not None and item.context is None else None


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
    """Written; in a dry run, what would be (the text differs from the file's, or no file)."""
    changes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    """What the merge did to the file that the user should hear of (extract says each)."""


def po_path(locales: Path, lang: str, slug: str) -> Path:
    return _po_folder(locales, lang) / f"{slug}.po"


@functools.lru_cache(maxsize=64)
def _po_folder(locales: Path, lang: str) -> Path:
    """``locales/<lang>/LC_MESSAGES``, joined once (an extract asks 12,000 times)."""
    return locales / lang / "LC_MESSAGES"


def pot_path(locales: Path, slug: str) -> Path:
    return locales / f"{slug}.pot"


# --- reading ---------------------------------------------------------------------------------

def read_translations(path: Path, lang: str | None = None,
                      comments: bool = True) -> TranslationSet:
    """The entries of ``path`` keyed by unit id (msgctxt; the msgid when there is none).

    Every reader of PO files (build, check, stats, the memory, the merge) uses the strict
    single-pass reader below: about four times faster than polib's parser plus a syntax check
    on our files (1.0 vs 4.1 ms a file, see benchmarks/HISTORY.md); polib only writes. A file
    of the common shape is read as rows (``poread.read_rows``), any other by ``read_entries``:
    the same set either way. Without ``comments`` (the check: no check reads them), the
    entries' extracted comments may be left empty.
    """
    fast = read_rows(path, comments)
    if fast is not None:
        return _from_rows(path, lang, *fast)
    header, entries = read_entries(path)
    items: dict[str, Translation] = {}
    obsolete: list[Translation] = []
    active: list[Translation] = []
    for entry in entries:
        item = _entry_translation(entry)
        if entry.obsolete:
            obsolete.append(item)
        else:
            active.append(item)
            items.setdefault(item.unit, item)
    return _translation_set(path, lang, header, items, tuple(obsolete), tuple(active))


def _translation_set(path: Path, lang: str | None, header: dict[str, str],
                     items: dict[str, Translation], obsolete: tuple[Translation, ...],
                     active: tuple[Translation, ...]) -> TranslationSet:
    header_lang = header.get("Language", "").strip()
    if lang:
        language_agrees(path, header_lang, lang)
    release_date = None
    with contextlib.suppress(ValueError):
        release_date = dt.date.fromisoformat(header.get("X-Release-Date", "").strip())
    return TranslationSet(lang or header_lang, path, items, header_lang, obsolete,
                          release_date, active, header)


def language_agrees(path: Path, header_lang: str, lang: str) -> None:
    """Refuse a PO file whose ``Language`` header names another language than the one it is
    read as (its folder's, ``locales/<lang>/``): a translator's Spanish file saved into the
    French folder would be published as the French release (``extract`` refused it, ``build``
    and ``check`` did not look). A header that names no language, or ``lang`` itself, is
    passed at once (every reader of a workspace's PO files asks)."""
    if not header_lang or header_lang == lang:
        return
    from transpub.languages import header_agrees

    if not header_agrees(header_lang, lang):
        from transpub.poread import header_line

        raise CatalogError(f"its Language header says {header_lang!r}, but it is read as "
                           f"{lang!r} (the language of its folder): a file of another "
                           "language? Move it, or correct its header",
                           path, header_line(path, "Language"))


#: ``Translation(...)`` of an ordinary entry without its ``__init__`` (fastnew): one per entry
_row_translation = maker(Translation, "unit", "source", "target", "fuzzy", "line", "comments",
                         "context", "flags", "translator")


def _entry_translation(entry: RawEntry) -> Translation:
    return Translation(unit=entry.context or entry.msgid, source=entry.msgid,
                       target=entry.msgstr, fuzzy=entry.fuzzy, line=entry.line,
                       comments=entry.comments, context=entry.context,
                       source_plural=entry.msgid_plural,
                       forms=tuple(entry.forms()) if entry.plurals is not None else (),
                       flags=entry.flags, translator=entry.translator)


def _from_rows(path: Path, lang: str | None, header: dict[str, str],
               rows: list[Row], obsolete: list[RawEntry]) -> TranslationSet:
    """``read_translations`` of a file of the common shape, from ``poread.read_rows``: the same
    set, field for field (tests/test_poread_fast.py compares the two on every PO file the tests
    know), one object per entry instead of a ``RawEntry`` and a ``Translation``."""
    items: dict[str, Translation] = {}
    active = []
    for line, context, msgid, msgstr, comments, flags, fuzzy, translator in rows:
        item = _row_translation(context or msgid, msgid, msgstr, fuzzy, line, comments,
                                context, flags, translator)
        active.append(item)
        if item.unit not in items:
            items[item.unit] = item
    return _translation_set(path, lang, header, items,
                            tuple(map(_entry_translation, obsolete)), tuple(active))


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
    return _header_fields(project, created, lang, previous,
                          None if release_date is None else release_date.isoformat())


def _header_fields(project: str, created: str, lang: LanguageInfo | None,
                   previous: Mapping[str, str] | None, release_day: str | None) -> dict[str, str]:
    """``_header``, given the release date as written (``release_day``)."""
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
        meta["Plural-Forms"] = _plural_forms(previous.get("Plural-Forms", ""),
                                             lang.plural_forms)
    # a PO editor's own X-Generator (and Language spelling, e.g. Poedit's "fr_FR") is kept
    generator = previous.get("X-Generator", "")
    meta["X-Generator"] = generator if generator and not generator.startswith("transpub") \
        else f"transpub {__version__}"
    if lang is not None and previous.get("Language"):
        meta["Language"] = previous["Language"]
    if release_day is not None:
        # lets "transpub check" resolve year-less dates in a PO file checked on its own
        meta["X-Release-Date"] = release_day
    # fields that translators' tools add (X-Poedit-*, X-Crowdin-*…) are theirs: keep them
    meta.update({k: v for k, v in previous.items() if k not in meta and k})
    return meta


def _plural_forms(theirs: str, ours: str) -> str:
    """The file's own ``Plural-Forms`` when it says what ``ours`` says, written otherwise
    (Weblate's ``plural=n > 1;`` for CLDR's ``plural=(n > 1);``): extract had rewritten it,
    and a Weblate commit and the next extract flipped it back and forth in git. Compared as
    gettext evaluates them (``gettext.c2py``), for every count up to 1,000; else ours."""
    if not theirs or theirs == ours:
        return ours
    return theirs if _plural_rule(theirs) == _plural_rule(ours) is not None else ours


@functools.lru_cache(maxsize=64)
def _plural_rule(header: str) -> tuple[int, ...] | None:
    """The plural form of each count 0-1,000 that a ``Plural-Forms`` value gives, with its
    nplurals first; None for one gettext cannot read."""
    import gettext

    found = _PLURAL_FORMS.fullmatch(header.strip())
    if found is None:
        return None
    try:
        rule = gettext.c2py(found.group(2))
        return (int(found.group(1)), *(rule(n) for n in range(1001)))
    except (ValueError, SyntaxError, RecursionError, ZeroDivisionError):
        return None


_PLURAL_FORMS = re.compile(r"nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*(.+?)\s*;?")


#: Stand-ins for a new file's creation date and release date in its header, rendered once
#: per (project, language) by ``_head_text``: no date ``_head`` fills in holds a NUL.
_CREATED = "\x00created\x00"
_DAY = "\x00day\x00"


def _head(project: str, created: str, lang: LanguageInfo | None,
          release_date: dt.date | None) -> bytes:
    """The bytes a new file (the POT, or a PO file with nothing to merge) starts with, before
    its entries: ``(render_texts(_header(project, created, lang, {}, release_date), ()) +
    "\n").encode()``. The header of a (project, language) is rendered once with stand-ins
    for the two dates, which are then put in its place: the rendering does not depend on
    them when they hold nothing that is escaped or splits a line (``UNPLAIN_RE``; a
    ``_stamp`` and an ISO date never do; a creation date read from an edited POT might).
    7,000 headers at N = 1000, each ~22 µs rendered, ~2 µs filled in."""
    day = None if release_date is None else release_date.isoformat()
    if "\x00" not in created and UNPLAIN_RE.search(created) is None:
        text = _head_text(project, lang, day is not None)
        if text is not None:
            text = text.replace(_CREATED, created)
            return (text if day is None else text.replace(_DAY, day)).encode()
    return (render_texts(_header_fields(project, created, lang, {}, day), ()) + "\n").encode()


@functools.lru_cache(maxsize=64)
def _head_text(project: str, lang: LanguageInfo | None, dated: bool) -> str | None:
    """``_head``'s text with the stand-ins for the dates; None when a field holds a NUL (a
    stand-in would not be told from it)."""
    text = render_texts(_header_fields(project, _CREATED, lang, {}, _DAY if dated else None),
                        ()) + "\n"
    stand_ins = text.count(_CREATED) + text.count(_DAY)
    return text if text.count("\x00") == 2 * stand_ins else None


def unit_comment(segment: Segment) -> str:
    """The ``#.`` lines every language's entry of a unit has (the termbase's notes follow)."""
    if not segment.note and not segment.placeholders:  # (most units: one line)
        return f"{segment.position[:1].upper()}{segment.position[1:]}."
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
    return "\n".join(comment_lines)


def _full_comment(segment: Segment, notes: Iterable[str], comment: str | None) -> str:
    """The ``#.`` text of a unit: its ``unit_comment``, then the termbase's notes."""
    text = unit_comment(segment) if comment is None else comment
    extra = "\n".join(notes)
    return f"{text}\n{extra}" if extra else text


def _entry(segment: Segment, reference: str, notes: Iterable[str],
           comment: str | None = None) -> PoEntry:
    return PoEntry(msgctxt=segment.id, msgid=segment.text,
                   comment=_full_comment(segment, notes, comment),
                   occurrences=[(reference, str(segment.line))])


def _plain(segment: Segment, reference: str, notes: Iterable[str], comment: str | None,
           memo: Memo | None) -> str:
    """``entry_text(_entry(...))`` of a unit with no translation yet, without the entry.
    The text without notes is the same in every file of the release (``memo``): the notes'
    lines go after the unit comment's."""
    text = unit_comment(segment) if comment is None else comment
    if (memo is None and text and not notes and UNPLAIN_RE.search(segment.id) is None
            and UNPLAIN_RE.search(segment.text) is None):
        # (the POT's entry of a unit whose msgctxt and msgid are one line with nothing to
        # escape, as most are: ``plain_text``'s lines in one string, not five pieces)
        comment_lines = text.replace("\n", "\n#. ")
        return (f'#. {comment_lines}\n#: {reference}:{segment.line}\n'
                f'msgctxt "{segment.id}"\nmsgid "{segment.text}"\n{EMPTY_MSGSTR}')
    occurrences = ((reference, str(segment.line)),)
    if memo is None or not text:
        return plain_text(_full_comment(segment, notes, text), occurrences, segment.id,
                          segment.text, "", memo)
    key = ("unit", segment.id, segment.text, reference, segment.line, text)
    base = memo.get(key)
    if base is None:
        base = memo[key] = plain_text(text, occurrences, segment.id, segment.text, "", memo)
    extra = "\n".join(notes)
    if not extra:
        return base
    # the comment's "#. " lines: len("#. " + text.replace("\n", "\n#. ") + "\n")
    cut = len(text) + 3 * text.count("\n") + 4
    return base[:cut] + "#. " + extra.replace("\n", "\n#. ") + "\n" + base[cut:]


def _render(po: polib.POFile) -> bytes:  # polib only renders the XLIFF import's updates
    return (str(po).rstrip("\n") + "\n").encode("utf-8")


def _text_of(metadata: Mapping[str, str], texts: Iterable[str], comment: str = "") -> str:
    """What polib would write for a ``POFile(wrapwidth=WRAP)`` (as ``_render``) of entries
    already written (``entry_text``/``plain_text``), under the header comment ``comment``
    (none: a bare "#")."""
    return render_texts(metadata, texts, comment).rstrip("\n") + "\n"


def _bytes_of(metadata: Mapping[str, str], encoded: Sequence[bytes]) -> bytes:
    """``_text_of(metadata, texts).encode()`` of entries already encoded (``Block``): the
    header rendered and encoded, the entries joined as bytes (UTF-8 of a concatenation is
    the concatenation of the parts' UTF-8; a line break is one byte, in no other
    character's encoding)."""
    return _new_bytes((render_texts(metadata, ()) + "\n").encode(), encoded)


def _new_bytes(head: bytes, encoded: Sequence[bytes]) -> bytes:
    """``_bytes_of`` given the header's bytes (``_head``, or rendered)."""
    data = head + b"\n".join(encoded)
    if data.endswith(b"\n") and not data.endswith(b"\n\n"):
        return data  # (what the rstrip and the line break leave as it is: every entry)
    return data.rstrip(b"\n") + b"\n"


class Block:
    """The POT's text of each unit's entry (``write_template``'s), which a release's new PO
    files repeat but for the units with term notes (``_new_catalog``): encoded once per
    release, not once per file (six PO files of a release, 30-200 units each), and each
    noted unit's entry cut once where its notes go."""

    __slots__ = ("_cuts", "_encoded", "_where", "places", "texts")

    def __init__(self) -> None:
        self.texts: list[str] = []
        self._encoded: list[bytes] | None = None
        self._cuts: dict[int, tuple[bytes, bytes]] = {}
        self._where: dict[str, list[int]] | None = None
        #: ``where_noted`` of each unit id the notes named, for the release's next languages
        self.places: dict[str, list[tuple[int, bytes | None, bytes]]] = {}

    def __len__(self) -> int:
        return len(self.texts)

    def fill(self, texts: list[str]) -> None:
        self.texts = texts
        self._encoded = None
        self._cuts.clear()
        self._where = None
        self.places.clear()

    def where(self, units: Sequence[Segment]) -> dict[str, list[int]]:
        """The index of each unit (of the block's release, in its order) by id."""
        if self._where is None:
            where: dict[str, list[int]] = {}
            for index, unit in enumerate(units):
                where.setdefault(unit.id, []).append(index)
            self._where = where
        return self._where

    def where_noted(self, ident: str, units: Sequence[Segment],
                    comments: Mapping[str, str]) -> list[tuple[int, bytes | None, bytes]]:
        """Per entry of the unit ``ident`` (by index): the bytes before and after where its
        notes go (``cut``); or None, when the unit's comment is empty (``_plain`` writes
        that entry again). The same for every language of the release (the unit
        comments are), so it is kept in ``places`` by ``_with_notes``."""
        found: list[tuple[int, bytes | None, bytes]] = []
        for index in self.where(units).get(ident, ()):
            text = comments.get(ident)
            if text is None:
                text = unit_comment(units[index])
            if not text:
                found.append((index, None, b""))
            else:
                found.append((index, *self.cut(index, text)))
        return found

    def encoded(self) -> list[bytes]:
        if self._encoded is None:
            self._encoded = [text.encode() for text in self.texts]
        return self._encoded

    def cut(self, index: int, comment: str) -> tuple[bytes, bytes]:
        """The entry's bytes before and after where ``_plain`` inserts its notes: after the
        unit comment's "#. " lines, len("#. " + comment.replace("\n", "\n#. ") + "\n")."""
        found = self._cuts.get(index)
        if found is None:
            text = self.texts[index]
            cut = len(comment) + 3 * comment.count("\n") + 4
            found = self._cuts[index] = (text[:cut].encode(), text[cut:].encode())
        return found


def write_template(path: Path, segments: Iterable[Segment], reference: str, project: str,
                   epoch: int | None, release_date: dt.date | None = None,
                   dry_run: bool = False, comments: Mapping[str, str] | None = None,
                   digests: dict[Path, bytes] | None = None,
                   memo: Memo | None = None,
                   block: Block | None = None) -> tuple[bool, str]:
    """Write the POT; its creation date changes only when its entries do.

    Returns whether the file was written, and the POT-Creation-Date the PO files get.
    ``comments``: ``unit_comment`` of the units by id, when the caller has them already;
    ``digests`` receives the sha256 of what the file holds after the run; ``memo``: lines
    the release's other files share (``powrite.render``), None when none of them will read
    it (new PO files without a memory take the POT's ``block`` instead: a fresh extract's
    memo was filled for nothing, two keys a unit); ``block`` receives the text of each
    unit's entry (for ``update_catalog``'s new files, which reuse its encoding too).
    """
    comments = comments or {}
    entries = [_plain(segment, reference, (), comments.get(segment.id), memo)
               for segment in segments]
    if block is None:
        block = Block()
    block.fill(entries)
    old, absent = _existing(path)
    previous_date = _existing_metadata(path, old).get("POT-Creation-Date") if old else None
    if previous_date and old is not None and old == _new_bytes(
            _head(project, previous_date, None, release_date), block.encoded()):
        if digests is not None:
            digests[path] = hashlib.sha256(old).digest()
        return False, previous_date
    created = _now(epoch)
    if dry_run:
        return False, created
    data = _new_bytes(_head(project, created, None, release_date), block.encoded())
    if digests is not None:
        digests[path] = hashlib.sha256(data).digest()
    # compared with the file above (or there is none): no need to read it again
    return write_atomic(path, data, compare=old is not None and not previous_date,
                        absent=absent), created


def _existing(path: Path) -> tuple[bytes | None, bool]:
    """The file's bytes (None when it cannot be read), and whether there is no file at all
    (not even a folder) at the path."""
    try:
        return read_bytes(path), False
    except FileNotFoundError:
        return None, True
    except OSError:
        return None, False


def _existing_metadata(path: Path, data: bytes | None = None) -> dict[str, str]:
    """The header of an existing template (empty if there is none, or it does not parse)."""
    try:
        text = read_utf8(path, CatalogError) if data is None else data.decode("utf-8-sig")
    except (CatalogError, UnicodeDecodeError):
        return {}
    # the header is the first entry: no need to read the rest
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    end = text.find("\n\n", text.find("msgstr"))
    try:
        return parse(text if end < 0 else text[:end], path)[0]
    except (CatalogError, UnicodeDecodeError):
        return {}


def template_date(path: Path, data: bytes) -> str | None:
    """The POT-Creation-Date of a template's bytes (None when it has none, or they do not
    parse)."""
    return _existing_metadata(path, data).get("POT-Creation-Date") or None


def update_catalog(path: Path, segments: Iterable[Segment], lang: LanguageInfo, reference: str,
                   project: str, created: str, notes: Mapping[str, list[str]] | None = None,
                   dry_run: bool = False, release_date: dt.date | None = None,
                   memory: Memory | None = None,
                   comments: Mapping[str, str] | None = None,
                   digests: dict[Path, bytes] | None = None,
                   record_changes: bool = True, memo: Memo | None = None,
                   block: Block | None = None) -> MergeStats:
    """Merge the units into the PO file of one language, creating it if needed.

    ``comments``: ``unit_comment`` of the units by id, when the caller has them already;
    ``digests`` receives the sha256 of what the file holds after the run; without
    ``record_changes``, ``MergeStats.changes`` stays empty (a large run need not hold a line
    per unit); ``block``: the POT's text of each unit's entry (``write_template``'s, with
    the same ``comments``), which a new file without a memory repeats but for the notes.
    """
    # (a file of a folder this run creates is not looked for: one stat a file)
    old = None if known_absent(path) or not path.exists() else _entries_for_merge(path)
    notes = notes or {}
    comments = comments or {}
    if old is None:
        return _new_catalog(path, list(segments), lang, reference, project, created, notes,
                            dry_run, release_date, memory, comments, digests, record_changes,
                            memo, block)
    from transpub.languages import undetermined  # (a file to merge: not for a new one)

    stats = MergeStats(path)

    previous_meta = dict(old.metadata) if old is not None else {}
    written_lang = previous_meta.get("Language", "").strip()
    if written_lang and undetermined(written_lang):  # ("und": the folder's is written)
        previous_meta.pop("Language")
    else:
        language_agrees(path, written_lang, lang.code)
    metadata = _header(project, created, lang, previous_meta, release_date)
    # Plural entries are never a unit's translation (units have no plural): they are kept,
    # every form, as obsolete entries below.
    actives = [e for e in old if e.msgid and not e.obsolete and not e.msgid_plural] \
        if old is not None else []
    obsoletes = [e for e in old if e.msgid and (e.obsolete or e.msgid_plural)] \
        if old is not None else []
    by_ctxt = {e.msgctxt: e for e in actives if e.msgctxt}
    translated_texts = {e.msgid for e in (*actives, *obsoletes) if e.msgstr}
    used: set[int] = set()
    units = list(segments)
    entries = [_entry(segment, reference, notes.get(segment.id, ()), comments.get(segment.id))
               for segment in units]
    # Three passes, most certain first, so that an edited sentence can never take the entry
    # of an unchanged neighbour before that neighbour claims it.
    pending: list[int] = []
    lost: dict[str, int] = {}  # characters the file's charset could not hold: msgids with them
    for index, segment in enumerate(units):
        same = by_ctxt.get(segment.id)
        if same is not None and same.msgid == segment.text and id(same) not in used and (
                same.msgstr or segment.text not in translated_texts):
            _copy(entries[index], same, used)
            stats.kept += 1
        elif same is not None and same.msgstr and id(same) not in used \
                and len(same.msgid) == len(segment.text) and old.lost(same.msgid, segment.text):
            # the source's msgid as a legacy-charset editor saved it ("Miguel ?ngel"): the
            # unit did not change, its translation stays one (it had become a fuzzy draft,
            # unpublished); the msgid is written back whole (``entries``)
            _copy(entries[index], same, used)
            stats.kept += 1
            for char in old.lost(same.msgid, segment.text):
                lost[char] = lost.get(char, 0) + 1
            lost[""] = lost.get("", 0) + 1
        else:
            pending.append(index)
    if lost:
        count = lost.pop("")
        stats.warnings.append(
            lost_message(count, old.charset or "", lost))
    unmatched: list[int] = []
    # the translated entries of each text, in the file's order (actives first): an edited or
    # moved unit takes the first not used yet (a scan of the whole file for each was
    # quadratic in its units: 8,000 units given other ids, 1.5 s; the used head of a list is
    # passed once, as entries are never given back)
    exact_of: dict[str, list[PoEntry]] = {}
    if pending:
        for e in (*actives, *obsoletes):
            if e.msgstr and not e.msgid_plural:
                exact_of.setdefault(e.msgid, []).append(e)
    for index in pending:
        segment = units[index]
        exact = _first_unused(exact_of.get(segment.text), used)
        if exact is None:
            unmatched.append(index)
            continue
        _copy(entries[index], exact, used)
        if exact.obsolete:
            stats.revived += 1
            stats.changes.append(f"revived {segment.id}")
        else:
            stats.kept += 1
    if unmatched:
        unmatched = _place_apart(units, entries, unmatched, by_ctxt, used, stats)
    # what the drafts of edited units translate: their msgstr is the translation of their
    # previous msgid (made only when some unit has no exact match)
    earlier = _earlier_texts(actives, obsoletes) if unmatched else {}
    # (each block's entries by their ids, for the most similar of an edited unit's block)
    blocks = _blocks(actives, used) if unmatched else None
    places = _in_blocks(units) if unmatched else {}
    for index in unmatched:
        _carry_fuzzy(entries[index], units[index], by_ctxt, actives, used, stats, memory,
                     earlier, blocks, places.get(units[index].id))
    retired: list[PoEntry] = []
    for entry in actives:
        if id(entry) not in used and entry.msgstr:
            retired.append(entry)
            stats.removed += 1
            stats.changes.append(f"removed {entry.msgctxt or entry.msgid[:40]}")
    retired.extend(e for e in obsoletes if id(e) not in used and _has_work(e))
    if not record_changes:
        stats.changes.clear()
    refused = msgfmt_refuses(old.data)
    if refused:
        # read here, but msgfmt refuses it: written even when nothing else changed (the
        # file had been "unchanged", kept as it was, and failed ``msgfmt --check``)
        stats.warnings.append(f"rewritten without its {refused}, which msgfmt refuses")
    if not retired and not refused and fields_same(old.raw, metadata, entries):
        # what the merge would write reads as the file (a file transpub wrote, or one an
        # editor only re-wrapped): known from the fields, neither written nor read again
        if digests is not None:
            digests[path] = hashlib.sha256(old.data).digest()
        return stats
    texts = [entry_text(entry, memo) for entry in entries]
    if retired:
        texts.extend(entry_text(entry) for entry in _unique_obsolete(retired, entries))
    # the translator's header comment (credits, copyright, "# Translators:") is theirs
    text = _text_of(metadata, texts, header_comment(old.text))
    if not refused and (text == old.text or same_content(old.raw, text)):
        # the same text; or only the wrapping of strings or comments, line endings or field
        # order differ (an editor's save): leave the file (posame.py)
        if digests is not None:
            digests[path] = hashlib.sha256(old.data).digest()
        return stats
    if not dry_run:
        data = text.encode("utf-8")
        if digests is not None:
            digests[path] = hashlib.sha256(data).digest()
        # the text differs from the file's (compared above), so its bytes do too
        stats.written = write_atomic(path, data, compare=False)
    else:  # (a dry run had said "would write" of every file, the unchanged too)
        stats.written = True
    return stats


def msgfmt_refuses(data: bytes) -> str:
    """What of a PO file's bytes msgfmt (gettext 0.21) refuses though transpub reads it:
    a UTF-8 byte-order mark (Notepad's "UTF-8 with BOM": "syntax error" at 1:2), CR-only
    line ends (old Mac editors: "PO file header missing or invalid"); "" for neither.
    CRLF line ends msgfmt reads: a file of them is left as it is."""
    found = []
    if data.startswith(b"\xef\xbb\xbf"):
        found.append("byte-order mark")
    if b"\r" in data and data.count(b"\r") != data.count(b"\r\n"):
        found.append("CR-only line ends")
    return " and ".join(found)


def _new_catalog(path: Path, units: list[Segment], lang: LanguageInfo, reference: str,
                 project: str, created: str, notes: Mapping[str, list[str]], dry_run: bool,
                 release_date: dt.date | None, memory: Memory | None,
                 comments: Mapping[str, str], digests: dict[Path, bytes] | None,
                 record_changes: bool, memo: Memo | None,
                 block: Block | None = None) -> MergeStats:
    """``update_catalog`` of a PO file that does not exist yet: every unit is new (filled
    from the memory when it has a suggestion), nothing to merge; a unit the memory does not
    fill is written without an entry object (the same text: tests/test_extract_fast.py).
    Without a memory, given the POT's ``block``, the file is that block with the notes'
    units written again (the others' text is the POT's, ``_plain`` with no notes)."""
    stats = MergeStats(path)
    if memory is None and block is not None and len(block) == len(units):
        stats.new = len(units)
        if record_changes:
            stats.changes.extend(f"new {segment.id}" for segment in units)
        if not dry_run:
            data = _new_bytes(_head(project, created, lang, release_date),
                              _with_notes(block, units, reference, notes, comments, memo))
            if digests is not None:
                digests[path] = hashlib.sha256(data).digest()
            stats.written = write_atomic(path, data, compare=False)
        else:
            stats.written = True
        return stats
    texts: list[str] = []
    for segment in units:
        suggestion = memory(segment) if memory is not None else None
        if suggestion is None:
            texts.append(_plain(segment, reference, notes.get(segment.id, ()),
                                comments.get(segment.id), memo))
            stats.new += 1
            if record_changes:
                stats.changes.append(f"new {segment.id}")
            continue
        entry = _entry(segment, reference, notes.get(segment.id, ()), comments.get(segment.id))
        _from_memory(entry, segment, suggestion, stats)
        texts.append(entry_text(entry, memo))
    if not record_changes:
        stats.changes.clear()
    if not dry_run:
        data = _text_of(_header(project, created, lang, {}, release_date), texts).encode()
        if digests is not None:
            digests[path] = hashlib.sha256(data).digest()
        stats.written = write_atomic(path, data, compare=False)
    else:
        stats.written = True
    return stats


class NoteLines(list[str]):
    """A unit's note lines that knows its "#. " lines as ``_with_notes`` inserts them after
    the unit comment's, encoded once: the notes (``notes.term_notes``) give the same object
    to every unit naming the same concepts in a language, across releases."""

    __slots__ = ("_note",)

    def note(self) -> bytes:
        try:
            return self._note
        except AttributeError:
            self._note: bytes = _note_bytes(self)
            return self._note


def _note_bytes(lines: list[str]) -> bytes:
    """The "#. " lines of ``lines`` (as ``_plain`` writes notes after the unit comment)."""
    return ("#. " + "\n".join(lines).replace("\n", "\n#. ") + "\n").encode()


def _with_notes(block: Block, units: list[Segment], reference: str,
                notes: Mapping[str, list[str]], comments: Mapping[str, str],
                memo: Memo | None) -> list[bytes]:
    """``block``'s entries, encoded, with those of the units that have notes written again
    with them (the notes' "#. " lines after the unit comment's, as ``_plain`` writes them).
    Only the noted units are visited (the notes name them by id: ``Block.where``)."""
    encoded = block.encoded()
    if not notes:
        return encoded
    out = list(encoded)
    places = block.places
    for ident, lines in notes.items():
        if not lines:
            continue
        found = places.get(ident)
        if found is None:
            found = places[ident] = block.where_noted(ident, units, comments)
        note = b""
        for index, head, tail in found:
            if head is None:
                # (a unit whose comment is empty: its entry written with the notes)
                out[index] = _plain(units[index], reference, lines, "", memo).encode()
                continue
            if not note:
                note = lines.note() if isinstance(lines, NoteLines) else _note_bytes(lines)
            out[index] = b"".join((head, note, tail))
    return out


def _has_work(entry: PoEntry) -> bool:
    return bool(entry.msgstr or any(entry.msgstr_plural.values()))


def old_context(base: str, msgid: str, taken: Container[tuple[str | None, str]],
                number: int = 2) -> tuple[str, int]:
    """The msgctxt under which an obsolete entry of ``msgid`` holding another translation of
    the unit ``base`` is kept — ``<base> (old 2)``, or the first number from ``number`` on that
    ``taken`` (msgctxt, msgid) pairs leave free — and the number to try next. One naming for
    extract's merge and ``xliff import``'s (a translator's file revived by either)."""
    while (f"{base} (old {number})", msgid) in taken:
        number += 1
    return f"{base} (old {number})", number + 1


def _unique_obsolete(entries: Iterable[PoEntry],
                     actives: Iterable[PoEntry]) -> list[PoEntry]:
    """Obsolete entries with no (msgctxt, msgid) twice, and none that an active entry has (msgfmt
    refuses duplicate definitions, obsolete ones included). A duplicate that holds the same
    translation goes; one with another translation is kept under a marked msgctxt, so that no
    translation is lost and the text can still be revived by an exact match."""
    def content(entry: PoEntry) -> tuple[object, ...]:
        plural = tuple(sorted(entry.msgstr_plural.items()))
        return (entry.msgctxt, entry.msgid, entry.msgstr, plural)

    taken = {(e.msgctxt, e.msgid) for e in actives}
    held = {content(e) for e in actives}
    kept: list[PoEntry] = []
    for entry in entries:
        _make_obsolete(entry)
        if content(entry) in held:
            continue
        held.add(content(entry))
        if (entry.msgctxt, entry.msgid) in taken:
            entry.msgctxt, _ = old_context(entry.msgctxt or "", entry.msgid, taken)
        taken.add((entry.msgctxt, entry.msgid))
        kept.append(entry)
    return kept


@dataclass(slots=True)
class _OldCatalogue:
    metadata: dict[str, str]
    entries: list[PoEntry]
    raw: tuple[dict[str, str], list[RawEntry]]
    text: str
    """The file as read (before line endings are normalised)."""
    data: bytes
    charset: str | None = field(default=None, init=False)
    """The legacy charset the file was read in (``lost``'s: None for UTF-8, or not asked)."""

    def __iter__(self) -> Iterator[PoEntry]:
        return iter(self.entries)

    def lost(self, msgid: str, text: str) -> str:
        """``poread.lost_to_charset`` of a msgid of the file and the source's ``text``."""
        if self.charset is None:
            self.charset = legacy_charset(self.data) or ""
        return lost_to_charset(msgid, text, self.charset or None)


def _entries_for_merge(path: Path) -> _OldCatalogue:
    """The old catalogue as entries to merge, read with the strict fast reader."""
    header, raw, text, data = read_entries_text(path)
    entries: list[PoEntry] = []
    for item in raw:
        # composed: compared with the source's text (NFC) and written so (``composed``)
        entry = PoEntry(msgctxt=item.context, msgid=composed(item.msgid),
                        msgstr=composed(item.msgstr),
                        flags=list(item.flags), tcomment=item.translator,
                        obsolete=item.obsolete, linenum=item.line)
        if item.msgid_plural is not None:
            entry.msgid_plural = item.msgid_plural
            entry.msgstr = ""
            entry.msgstr_plural = dict(enumerate(map(composed, item.forms())))
        if item.previous:
            entry.previous_msgctxt = item.previous.get("msgctxt")
            entry.previous_msgid = item.previous.get("msgid")
        entries.append(entry)
    return _OldCatalogue(header, entries, (header, raw), text, data)


def _make_obsolete(entry: PoEntry) -> None:
    """Obsolete entries keep their translation but not their "previous" lines: polib cannot
    read back the ``#~|`` lines it would write for them."""
    entry.obsolete = True
    entry.previous_msgid = None
    entry.previous_msgctxt = None
    entry.previous_msgid_plural = None


def _place_apart(units: Sequence[Segment], entries: Sequence[PoEntry], unmatched: list[int],
                 by_ctxt: Mapping[str, PoEntry], used: set[int], stats: MergeStats) -> list[int]:
    """``unmatched`` without the place and attribution a revised import cut from an old place
    unit that held both («VIENNA (UN Information Service)», placesplit.py): the place keeps
    its part of the old translation as it was (confirmed or a draft), the attribution takes
    the bracket's. The place had become a fuzzy draft of both names, though it had not
    changed."""
    at = {units[index].id: index for index in unmatched
          if units[index].id in ("place", "attribution")}
    place_at, attribution_at = at.get("place"), at.get("attribution")
    old = by_ctxt.get("place")
    if place_at is None or old is None or id(old) in used or not old.msgstr:
        return unmatched
    attribution = next((u.text for u in units if u.id == "attribution"), "")
    if not placesplit.was_joined(old.msgid, units[place_at].text, attribution):
        return unmatched
    parts = placesplit.split_translation(old.msgstr)
    if parts is None:
        return unmatched
    _copy(entries[place_at], old, used)
    entries[place_at].msgstr = parts[0]
    stats.kept += 1
    done = {place_at}
    if attribution_at is not None:
        entry = entries[attribution_at]
        entry.msgstr = parts[1]
        if "fuzzy" in old.flags:  # (a draft's part is a draft)
            entry.flags.append("fuzzy")
        stats.new += 1
        stats.changes.append("new attribution (from the place's translation)")
        done.add(attribution_at)
    return [index for index in unmatched if index not in done]


def _first_unused(entries: list[PoEntry] | None, used: set[int]) -> PoEntry | None:
    """The first of ``entries`` not used, its used head dropped from the list for the next
    asker (``used`` only grows)."""
    if not entries:
        return None
    skip = 0
    while skip < len(entries) and id(entries[skip]) in used:
        skip += 1
    del entries[:skip]
    return entries[0] if entries else None


class _Blocks:
    """The positions in ``actives`` of the entries with an id, by block (``_similar``): looked
    up by their ids' prefix, each block's sorted once a merge."""

    def __init__(self, actives: Sequence[PoEntry], used: set[int]) -> None:
        self._actives, self._used = actives, used
        self._ids = ByPrefix((entry.msgctxt, position) for position, entry in enumerate(actives)
                             if entry.msgctxt)
        self._positions: dict[str, list[int]] = {}
        self._nearby: dict[str, Nearby] = {}
        self._words: dict[str, dict[str, list[int]]] = {}

    def positions(self, prefix: str) -> list[int]:
        found = self._positions.get(prefix)
        if found is None:
            found = self._positions[prefix] = sorted(self._ids.starting(prefix))
        return found

    def nearest(self, prefix: str, text: str, center: int, count: int) -> list[int]:
        """The positions of the ``count`` unused entries of the block nearest to its
        ``center``-th entry (``nearby.Nearby``) and of up to ``count`` that share its rarest
        words with ``text``, in order."""
        positions = self.positions(prefix)
        nearby = self._nearby.get(prefix)
        if nearby is None:
            nearby = self._nearby[prefix] = Nearby(
                len(positions), lambda place: id(self._actives[positions[place]]) in self._used)
        near = [positions[place] for place in nearby.around(center, count)]
        return sorted({*near, *self._sharing(prefix, text, count)})

    def _sharing(self, prefix: str, text: str, count: int) -> list[int]:
        """Up to ``count`` positions of the block's unused entries that share the rarest of
        ``text``'s words or runs of words or letters (``_words``) with it (a sentence moved
        far in its paragraph, and edited), at most twice as many entries looked at, none for
        a key of more than ``count`` entries."""
        words = self._words.get(prefix)
        if words is None:
            words = self._words[prefix] = {}
            for position in self.positions(prefix):
                for word in _words(self._actives[position].msgid):
                    words.setdefault(word, []).append(position)
        found: list[int] = []
        looked = 0
        for word in sorted(_words(text),
                           key=lambda word: (len(words.get(word, ())), word)):
            postings = words.get(word, ())
            if len(postings) > count:  # (a word of most of the block: "the", "of")
                break
            for position in postings:
                looked += 1
                if looked > 2 * count or len(found) >= count:
                    return found
                if id(self._actives[position]) not in self._used:
                    found.append(position)
        return found


def _blocks(actives: Sequence[PoEntry], used: set[int] | None = None) -> _Blocks:
    return _Blocks(actives, set() if used is None else used)


def _in_blocks(units: Sequence[Segment]) -> dict[str, tuple[int, int]]:
    """Each unit's place in its block and the block's size, by its id (``_similar``)."""
    sizes = Counter(unit.block_id for unit in units)
    seen: Counter[str] = Counter()
    places: dict[str, tuple[int, int]] = {}
    for unit in units:
        places[unit.id] = (seen[unit.block_id], sizes[unit.block_id])
        seen[unit.block_id] += 1
    return places


def _earlier_texts(actives: list[PoEntry], obsoletes: list[PoEntry]) -> dict[str, PoEntry]:
    """The fuzzy entries with a translation, by their previous msgid (the first of each): an
    edited unit's draft still translates the text it had before the edit (``#| msgid``)."""
    earlier: dict[str, PoEntry] = {}
    for entry in (*actives, *obsoletes):
        if entry.previous_msgid and entry.msgstr and "fuzzy" in entry.flags:
            earlier.setdefault(entry.previous_msgid, entry)
    return earlier


def _carry_fuzzy(entry: PoEntry, segment: Segment, by_ctxt: Mapping[str, PoEntry],
                 actives: list[PoEntry], used: set[int], stats: MergeStats,
                 memory: Memory | None = None,
                 earlier: Mapping[str, PoEntry] | None = None,
                 blocks: _Blocks | None = None, place: tuple[int, int] | None = None) -> None:
    """An edited unit: the old translation of the same id; else the translation its text had
    before another unit was edited away from it (an edit undone, or the old sentence added
    elsewhere: ``earlier``, that unit's draft); else that of the most similar sentence of the
    same block; as a fuzzy draft with the previous msgid. Otherwise a new, empty unit."""
    same = by_ctxt.get(segment.id)
    if (same is None or id(same) in used) and earlier:
        before = earlier.get(segment.text)
        if before is not None:
            # copied, not taken: the edited unit keeps its draft (the translator's work, in
            # both places now, each a draft to review)
            entry.msgstr = before.msgstr
            entry.previous_msgctxt = before.previous_msgctxt \
                if before.previous_msgctxt != segment.id else None
            entry.previous_msgid = before.previous_msgid
            entry.flags.append("fuzzy")
            stats.changed += 1
            stats.changes.append(f"changed {segment.id}")
            return
    candidate = same if same is not None and id(same) not in used else _similar(
        segment, actives, used, blocks, place)
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
    suggestion = memory(segment) if memory is not None else None
    if suggestion is not None:
        _from_memory(entry, segment, suggestion, stats)
    else:
        stats.new += 1
        stats.changes.append(f"new {segment.id}")


def _from_memory(entry: PoEntry, segment: Segment, suggestion: tuple[str, bool, str],
                 stats: MergeStats) -> None:
    """A new unit filled with the translation memory's suggestion."""
    target, fuzzy, note = suggestion
    entry.msgstr = target
    entry.tcomment = note
    if fuzzy:
        entry.flags.append("fuzzy")
    stats.new += 1
    stats.from_memory += 1
    stats.changes.append(f"new {segment.id} ({note})")


def _copy(entry: PoEntry, old: PoEntry, used: set[int]) -> None:
    used.add(id(old))
    entry.msgstr = old.msgstr
    entry.tcomment = old.tcomment
    entry.flags = [f for f in old.flags if f != "fuzzy"] + (["fuzzy"] if "fuzzy" in old.flags
                                                            else [])
    if "fuzzy" in old.flags:
        entry.previous_msgid = old.previous_msgid
        entry.previous_msgctxt = old.previous_msgctxt


def _similar(segment: Segment, actives: list[PoEntry], used: set[int],
             blocks: _Blocks | None = None,
             place: tuple[int, int] | None = None) -> PoEntry | None:
    """The most similar unused entry of the same block, if similar enough to help (difflib's
    ratio; the first such entry of ``actives`` on a tie).

    Each candidate's ratio is first bounded from above in C (similar.py: the longest common
    subsequence holds difflib's matching blocks), and difflib is asked only while a bound can
    still beat the best ratio found, and only about texts of sentence size (beyond
    ``similar.DIFFLIB_PAIRS`` the bound is the ratio): a paragraph edited into thousands of
    characters of sentences took minutes. A ratio or bound asked again by the next language's
    merge (every PO file has the same msgids) is remembered. ``blocks``: ``_blocks(actives,
    used)``, made once a merge (the block's entries are looked up, not every entry tested).

    ``place``: the sentence's place in its block and the block's size. In a block of more
    than ``_NEAREST`` old entries only the ``_NEAREST`` unused ones nearest to that place (in
    proportion), and as many sharing its rarest words, are candidates: one paragraph of 8,000
    sentences, each edited, took 50 s to merge, every sentence weighed against every other
    (session 65)."""
    from transpub.similar import lcs_ratio, most_similar

    prefix = segment.block_id + "."
    text = segment.text
    blocks = blocks or _blocks(actives, used)
    positions = blocks.positions(prefix)
    if place is not None and len(positions) > _NEAREST:
        center = place[0] * len(positions) // max(place[1], 1)
        positions = blocks.nearest(prefix, text, center, _NEAREST)
    candidates: list[tuple[int, float]] = []
    for position in positions:
        entry = actives[position]
        if id(entry) in used:
            continue
        key = (entry.msgid, text)
        bound = _BOUNDS.get(key)
        if bound is None:
            if len(_BOUNDS) >= _RATIOS_SIZE:
                _BOUNDS.clear()
            bound = _BOUNDS[key] = lcs_ratio(entry.msgid, text)
        candidates.append((position, bound))
    best = most_similar(candidates, _SIMILAR,
                        lambda position, bound: _ratio(actives[position].msgid, text, bound))
    return actives[best[1]] if best else None


#: How many of a block's unused old entries an edited sentence is weighed against at most,
#: the nearest to its place (``_similar``): a paragraph holds a few dozen sentences, a
#: block of more than this many entries is none a writer wrote
_NEAREST = 100
#: a word of a sentence (``_Blocks._sharing``), or a run of letters of a script written
#: without spaces (``scripts.SPACELESS``), which is a clause, not a word
_WORD = re.compile(rf"[{SPACELESS}]+|[^\W{SPACELESS}]+")
_SPACELESS = re.compile(f"[{SPACELESS}]")


def _words(text: str) -> set[str]:
    """The keys ``_Blocks._sharing`` indexes ``text`` by: its words, and each run of two and
    three neighbouring words; in a script written without spaces (Chinese, Japanese, Thai),
    each run of two and three neighbouring letters. Rarer than a word, a run of them tells a
    sentence of a list from its neighbours ("Project one two three four", «项目一二三四»); a
    whole Chinese clause had been one "word", which any edit to it took from the index, and a
    Chinese sentence edited and moved far in its paragraph got another's translation (75 of
    100, t65/hF finding 2)."""
    found: set[str] = set()
    words = _WORD.findall(text.casefold())
    for word in words:
        if len(word) > 1 and _SPACELESS.match(word):
            found.update(word[at:at + size] for size in (2, 3)
                         for at in range(len(word) - size + 1))
        else:
            found.add(word)
    found.update(" ".join(words[at:at + size]) for size in (2, 3)
                 for at in range(len(words) - size + 1))
    return found


#: difflib's ratios and their bounds of (old msgid, new sentence), asked again by each
#: language's merge; at most ``_RATIOS_SIZE`` pairs each, then forgotten all at once
_RATIOS: dict[tuple[str, str], float] = {}
_BOUNDS: dict[tuple[str, str], float] = {}
_RATIOS_SIZE = 4096


def _ratio(old: str, new: str, bound: float) -> float:
    """difflib's ratio of ``old`` and ``new`` (``bound``, their LCS ratio, beyond the texts
    difflib is asked about)."""
    from transpub.similar import too_long_for_difflib

    if too_long_for_difflib(old, new):
        return bound
    key = (old, new)
    ratio = _RATIOS.get(key)
    if ratio is None:
        from difflib import SequenceMatcher  # (only a merge with an edited unit)

        if len(_RATIOS) >= _RATIOS_SIZE:
            _RATIOS.clear()
        ratio = _RATIOS[key] = SequenceMatcher(None, old, new, autojunk=False).ratio()
    return ratio


# --- translations from elsewhere (XLIFF import) ----------------------------------------------

@dataclass(frozen=True, slots=True)
class PoUpdate:
    """A new translation for one unit, as the XLIFF import decided it."""

    target: str | None
    """None: keep the msgstr (only notes change)."""
    fuzzy: bool = False
    previous: str | None = None
    """The source the translation was made for, when it is not the msgid any more."""
    notes: tuple[str, ...] = ()
    """Translator comments to add (lines not already there)."""


@dataclass(frozen=True, slots=True)
class KeptObsolete:
    """An obsolete entry (``#~``) the XLIFF import adds: a translator's other translation of
    a unit, which the file sent back held obsolete, kept as extract's merge keeps one."""

    msgctxt: str
    msgid: str
    msgstr: str
    fuzzy: bool = False
    notes: tuple[str, ...] = ()
    """The translator's comments on it."""


def render_updates(path: Path, updates: Mapping[str, PoUpdate],
                   kept: Sequence[KeptObsolete] = ()) -> bytes:
    """The PO file ``path`` with ``updates`` (by msgctxt) applied and ``kept`` added after its
    entries, everything else kept as it was: comments, references, flags, obsolete entries,
    header. The caller writes it (atomically, after every file of the run rendered). The
    strict reader vets the file first, so polib only ever parses files it wrote the way it
    writes them."""
    import polib

    from transpub.annotate import without_annotations

    read_entries(path)
    po = polib.pofile(read_utf8(path, CatalogError), wrapwidth=WRAP)
    for entry in po:
        update = updates.get(entry.msgctxt) if not entry.obsolete else None
        if update is None:
            continue
        if update.target is not None:
            if update.target != entry.msgstr and entry.tcomment:
                # ``check --annotate``'s findings were of the translation replaced: they
                # went on to the next XLIFF export as notes to the translator, stale
                entry.tcomment = without_annotations(entry.tcomment)
            entry.msgstr = update.target
            entry.flags = [f for f in entry.flags if f != "fuzzy"]
            if update.fuzzy:
                entry.flags.append("fuzzy")
                if update.previous is not None:
                    entry.previous_msgid = update.previous
            else:
                # "#|" lines belong to fuzzy entries only (as msgmerge writes them)
                entry.previous_msgid = entry.previous_msgctxt = None
        lines = entry.tcomment.split("\n") if entry.tcomment else []
        lines += [n for note in update.notes for n in note.split("\n") if n not in lines]
        entry.tcomment = "\n".join(lines)
    for old in kept:
        po.append(polib.POEntry(msgctxt=old.msgctxt, msgid=old.msgid, msgstr=old.msgstr,
                                obsolete=True, flags=["fuzzy"] if old.fuzzy else [],
                                tcomment="\n".join(old.notes)))
    return _render(po)
