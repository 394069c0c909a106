"""``transpub xliff export`` and ``import``: a workspace's PO files to XLIFF and back.

The import is a three-way merge per unit between the translation at export time (a digest the
export wrote into the file), the PO file now and the XLIFF file now: a unit the CAT tool did not
change never touches the PO; a unit only the CAT tool changed is updated; a unit both sides
changed differently is a conflict, and the PO version stays unless ``theirs``. A unit whose
source text changed since the export comes back fuzzy, with the old source as ``#| msgid``. A
unit whose inline codes do not come back complete and balanced is rejected. Everything is
decided, and every PO file rendered, before the first byte is written.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path, PureWindowsPath

from transpub.catalog import (
    KeptObsolete,
    PoUpdate,
    language_agrees,
    old_context,
    po_path,
    render_updates,
)
from transpub.config import Settings
from transpub.errors import ConfigError, XliffError
from transpub.fsutil import read_bytes, write_all_atomic
from transpub.garbled import OPENERS, composed, describe, unwritable
from transpub.languages import language, match_language, mismatch_reason, same_language
from transpub.model import Segment
from transpub.po_returned import VERSION as PO_VERSION
from transpub.po_returned import placed, with_base
from transpub.poread import RawEntry, legacy_charset, lost_message, lost_to_charset, read_entries
from transpub.prefixes import ByPrefix
from transpub.segment import PLACEHOLDER_RE, TOOL_CODE, placeholder_names, rename_codes
from transpub.xliff import ExportFile, ExportUnit, state_digest, write_xliff
from transpub.xliff_package import read_bilingual
from transpub.xliff_read import ReadFile, ReadUnit


def _relative(settings: Settings, path: Path) -> str:
    return os.path.relpath(path, settings.root).replace(os.sep, "/")


def export_xliff(settings: Settings, sources: list[Path], langs: tuple[str, ...],
                 version: str, out_dir: Path, omegat: bool = False) -> list[Path]:
    """Write ``<out_dir>/<slug>.<lang>.xlf`` per release and language, or with ``omegat`` one
    OmegaT project per language (``<out_dir>/<lang>/``, see omegat.py); returns the files
    written. Every document is built before the first is written."""
    from transpub.workspace import load

    docs: list[ExportFile] = []
    for source in sources:
        release, segments = load(settings, source)
        by_id = {s.id: s for s in segments}
        for lang in langs:
            po_file = po_path(settings.locales_dir, lang, release.slug)
            if not po_file.exists():
                raise XliffError("no PO file for this release and language (run transpub "
                                 "extract)", po_file)
            docs.append(_export_file(settings, po_file, lang, by_id,
                                     _relative(settings, source), omegat))
    if omegat:
        from transpub.omegat import project_documents, write_projects

        files = project_documents(settings, docs, out_dir)
        write_projects(files)
        return [path for path, _ in files]
    documents = [(out_dir / f"{Path(doc.original).stem}.{doc.target_lang}.xlf",
                  write_xliff(doc, version)) for doc in docs]
    _write(documents)
    return [path for path, _ in documents]


def _write(files: list[tuple[Path, bytes]]) -> list[Path]:
    """Write each file atomically; a folder that cannot be written is an error, not a crash."""
    try:
        return write_all_atomic(files)
    except OSError as exc:
        raise XliffError(f"cannot write: {exc.strerror}", exc.filename) from None


def _export_file(settings: Settings, po_file: Path, lang: str,
                 segments: dict[str, Segment], reference: str,
                 copy_source: bool = False) -> ExportFile:
    header, entries = read_entries(po_file)
    # (a file of another language in the folder refused, as every reader refuses it)
    language_agrees(po_file, header.get("Language", "").strip(), lang)
    units = []
    for entry in entries:
        if entry.obsolete or not entry.msgid:
            continue
        ident = entry.context or entry.msgid
        segment = segments.get(ident)
        codes = {p.name: p for p in segment.placeholders} if segment is not None else {}
        previous = (entry.previous or {}).get("msgid")
        units.append(ExportUnit(
            ident, entry.msgid, entry.msgstr, entry.fuzzy and bool(entry.msgstr),
            tuple(line for line in entry.comments.split("\n") if line),
            tuple(line for line in entry.translator.split("\n") if line),
            previous, codes, entry.line,
            f"{reference}:{segment.line}" if segment is not None else ""))
    return ExportFile(_relative(settings, po_file), settings.source_language, lang,
                      tuple(units), po_file, copy_source)


# --- import ----------------------------------------------------------------------------------

@dataclass(slots=True)
class ImportOutcome:
    """What the import did (or, dry run, would do) to one PO file."""

    po: Path
    lang: str
    xliff: Path
    updated: int = 0
    unchanged: int = 0
    fuzzy: int = 0
    """Of the updated units, how many came back fuzzy."""
    conflicts: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    updates: dict[str, PoUpdate] = field(default_factory=dict)
    written: bool = False
    revised: int = 0
    """Units whose target held tracked changes, read as accepted."""
    notes: tuple[str, ...] = ()
    """Comments on the whole XLIFF file (they belong to no unit)."""
    based: str = ""
    """For a PO file sent back: the commit of the version it was found to have been sent as
    (its translations the merge's base), "" when none was found."""
    warnings: list[str] = field(default_factory=list)
    """What the import says of the file it read (once a file, not per unit)."""
    kept: list[KeptObsolete] = field(default_factory=list)
    """A returned PO file's obsolete entries holding another translation of a unit than the
    one it gets, added to the PO file as obsolete entries (``<id> (old 2)``)."""
    kept_said: list[str] = field(default_factory=list)
    """Each of ``kept``, by the file and line it came from."""


def import_xliff(settings: Settings, files: list[Path], theirs: bool = False,
                 dry_run: bool = False, lang: str | None = None) -> list[ImportOutcome]:
    """Merge XLIFF files back into the workspace's PO files (see the module docstring).
    ``lang``: the target language of a file that names none (a PO file whose header and
    name say none)."""
    from transpub.workspace import source_files

    slugs = {p.stem for p in source_files(settings)}
    outcomes: list[ImportOutcome] = []
    claimed: dict[Path, Path] = {}
    for path in files:
        for doc in read_bilingual(path):
            if doc.version == PO_VERSION:  # (its languages: its header's, its name's, --lang)
                doc = placed(doc, settings.target_codes(), lang, settings.source_language)
            elif lang and not doc.target_lang:
                doc = replace(doc, target_lang=lang)
            doc = _workspace_languages(settings, doc)
            po_file = _target(settings, doc, slugs)
            if doc.repeated:
                _refuse_our_repeats(doc, po_file)
            if po_file in claimed:
                raise XliffError(f"{_relative(settings, po_file)} is also the target of "
                                 f"{claimed[po_file]}; import one file per release and "
                                 "language at a time", path, doc.line)
            claimed[po_file] = path
            based = ""
            if doc.version == PO_VERSION:  # (a PO file sent back: its base from git's history)
                doc, based = with_base(doc, po_file)
            outcomes.append(_merge(doc, po_file, theirs))
            outcomes[-1].based = based
    rendered = [(o.po, render_updates(o.po, o.updates, o.kept)) for o in outcomes
                if o.updates or o.kept]
    if not dry_run:
        written = set(_write(rendered))
        for outcome in outcomes:
            outcome.written = outcome.po in written
    return outcomes


def _workspace_languages(settings: Settings, doc: ReadFile) -> ReadFile:
    """``doc`` with its languages as the workspace names them: CAT tools write a region
    (Trados, memoQ, Phrase: ``en-US`` → ``fr-FR``), which is ignored as everywhere else
    ("Language tags" in the README); a tag that names none of them is left as written."""
    try:
        source = settings.source_language if doc.source_lang and same_language(
            doc.source_lang, settings.source_language) else doc.source_lang
        target = match_language(doc.target_lang, settings.target_codes()) \
            if doc.target_lang else None
    except ConfigError as exc:
        raise XliffError(f"{exc}", doc.path, doc.line) from None
    return replace(doc, source_lang=source, target_lang=target or doc.target_lang)


def _target(settings: Settings, doc: ReadFile, slugs: set[str]) -> Path:
    """The PO file an XLIFF <file> belongs to; a file for another workspace, release or
    language is an error."""
    if doc.version == PO_VERSION and not doc.target_lang:
        raise XliffError("the PO file names no language (no Language header, and its name "
                         "names none of the workspace's, or more than one): give it with "
                         "--lang", doc.path, doc.line)
    if not doc.original or not doc.target_lang:
        missing = "original" if not doc.original else "target language"
        raise XliffError(f"the file has no {missing}, so it cannot be matched to a release and "
                         "language (export it with transpub xliff export)", doc.path, doc.line)
    if doc.source_lang != settings.source_language:
        raise XliffError(f"source language {doc.source_lang!r}, but this workspace translates "
                         f"from {settings.source_language!r}", doc.path, doc.line)
    if doc.target_lang not in settings.target_codes():
        reason = mismatch_reason(doc.target_lang, settings.target_codes())
        listed = ", ".join(settings.target_codes())
        raise XliffError(f"target language {doc.target_lang!r} is not one of this workspace's"
                         + (f": {reason}" if listed in reason else f" ({listed}): {reason}"),
                         doc.path, doc.line)
    # (a CAT tool on Windows may write the path back with backslashes: either separator)
    slug = PureWindowsPath(doc.original).stem
    exported = slug.rsplit(".", 1)
    if slug not in slugs and len(exported) == 2 and exported[0] in slugs and (
            exported[1] in settings.target_codes() or exported[1] == doc.target_lang):
        # a CAT tool's own file (Trados's SDLXLIFF, memoQ's MQXLIFF) names the file it was
        # given, transpub's export: «…\<slug>.fr.xlf»
        slug = exported[0]
    if slug not in slugs:
        raise XliffError(f"the file is for release {slug!r}, which is not in "
                         f"{_relative(settings, settings.source_dir)}/", doc.path, doc.line)
    po_file = po_path(settings.locales_dir, doc.target_lang, slug)
    if not po_file.exists():
        raise XliffError(f"no PO file {_relative(settings, po_file)} (run transpub extract)",
                         doc.path, doc.line)
    return po_file


def _refuse_our_repeats(doc: ReadFile, po_file: Path) -> None:
    """A unit id of the PO file written twice with other texts: which of the two is the
    unit? (Another tool's ids repeated, Passolo's resource ids, are no matter: its units are
    found by their source.)"""
    _, entries = read_entries(po_file)
    ours = {e.context or e.msgid for e in entries if not e.obsolete}
    for repeat in doc.repeated:
        if repeat.id in ours:
            raise XliffError(f"unit {repeat.id!r} appears twice (first on line {repeat.first}"
                             "), not the same the second time", doc.path, repeat.line)


def _merge(doc: ReadFile, po_file: Path, theirs: bool) -> ImportOutcome:
    outcome = ImportOutcome(po_file, doc.target_lang, doc.path, notes=doc.notes)
    header, entries = read_entries(po_file)
    language_agrees(po_file, header.get("Language", "").strip(), po_file.parent.parent.name)
    for item in entries:  # (compared composed, as the file read is: ``composed``)
        item.msgid, item.msgstr = composed(item.msgid), composed(item.msgstr)
    by_id = {e.context or e.msgid: e for e in entries if not e.obsolete}
    # a unit whose id changed since the export (its paragraph got another id) is still found
    # by its source text, when exactly one unit of the PO file, not in the XLIFF, has it
    in_file = {u.id for u in doc.units if not u.obsolete} | {
        u.name for u in doc.units if u.name in by_id and not u.obsolete}
    # a CAT tool that numbers units its own way (Trados's GUIDs, memoQ's 1, 2…) keeps none of
    # the export's ids: a sentence the release says twice is then told apart by its order
    own_ids = not in_file.isdisjoint(by_id)
    by_source: dict[str, list[str]] = {}
    for key, item in by_id.items():
        if key not in in_file:
            by_source.setdefault(item.msgid, []).append(key)
    # a sentence edited since the export has another id (its text's hash): extract links the
    # new unit to the old one (``#| msgctxt``) when the old had a translation
    by_previous: dict[str, list[str]] = {}
    for key, item in by_id.items():
        old = (item.previous or {}).get("msgctxt")
        if key not in in_file and old:
            by_previous.setdefault(old, []).append(key)
    # ...or, from a CAT tool that numbers units and inline codes its own way, by its source
    # text but for what the codes are called
    by_shape: dict[str, list[str]] = {}
    for key, item in by_id.items():
        shape = _shape(item.msgid) if key not in in_file else ""
        if shape:
            by_shape.setdefault(shape, []).append(key)
    by_text: dict[str, list[str]] = {}  # (every unit by its source: an obsolete entry's)
    for key, item in by_id.items():
        by_text.setdefault(item.msgid, []).append(key)
    taken: set[str] = set()
    cursors: dict[int, int] = {}
    blocks: ByPrefix[str] | None = None
    charset: str | None = None  # a returned PO file's legacy charset ("": UTF-8)
    restored = 0
    lost: dict[str, None] = {}
    gone: list[int] = []  # lines of obsolete entries with a translation no unit's source is
    # obsolete entries with another translation of a unit than the one it gets (the file
    # translates it live, or another obsolete entry was revived for it), and that unit
    others: list[tuple[ReadUnit, str]] = []
    for unit in doc.units:
        # (a unit of a PO file without msgctxt is named by its msgid: its first words)
        shown = unit.id if len(unit.id) <= 40 else f"«{unit.id[:37]}…»"
        where = f"{doc.path}:{unit.line}: unit {shown}"
        key = unit.id
        if unit.obsolete:
            revived = _revived(unit, by_source, taken, cursors)
            if revived is None:
                of = None if unit.problem else _translated_unit(unit, by_id, by_text)
                if of is None:
                    gone.append(unit.line)
                else:
                    others.append((unit, of))
                continue
            key = revived
        elif key not in by_id and unit.name in by_id and unit.name not in taken:
            key = unit.name  # (a system's own id; the export's kept as the resource name)
        if key not in by_id:
            if blocks is None:  # (the units by their ids, once a file: ``_moved``)
                blocks = ByPrefix((key, key) for key in by_id)
            key = _moved(unit, by_id, by_source, by_previous, by_shape, in_file, taken,
                         own_ids, cursors, blocks)
        entry = by_id.get(key)
        if entry is None:
            outcome.rejected.append(f"{where}: rejected: not in {po_file.name} (removed from the "
                                    "source? run transpub extract, then export again)")
            continue
        taken.add(key)
        if unit.problem:
            outcome.rejected.append(f"{where}: rejected: {unit.problem}")
            continue
        if unit.source != entry.msgid and doc.version == PO_VERSION \
                and len(unit.source) == len(entry.msgid):
            if charset is None:  # (read once a file, and only for a msgid that differs)
                charset = legacy_charset(read_bytes(doc.path)) or ""
            chars = lost_to_charset(unit.source, entry.msgid, charset or None)
            if chars:
                # a PO file sent back in a legacy charset: its tool wrote "?" for what the
                # charset cannot hold ("Miguel ?ngel"); the unit is the one sent, unchanged
                unit = replace(unit, source=entry.msgid)
                restored += 1
                lost.update(dict.fromkeys(chars))
        if unit.pieces:  # (joined to the PO source or not: a piece's own blank is no gap)
            unit = _regapped(unit, entry.msgid, po_file.parent.parent.name)
        if unit.source != entry.msgid:
            unit, problem = _renamed(unit, entry.msgid)
            if problem:
                outcome.rejected.append(f"{where}: rejected: {_with_ids(problem, unit)}")
                continue
        outcome.revised += unit.revised
        notes = _new_notes(unit, entry.translator)
        if unit.copied and unit.target:
            from transpub.omegat import reframe

            unit = replace(unit, target=reframe(unit.source, unit.target, entry.msgstr))
        decision = _with_ids(_decide(unit, entry.msgid, entry.msgstr,
                                     entry.fuzzy and bool(entry.msgstr), theirs,
                                     doc.version == PO_VERSION, doc.version == "review"), unit)
        troubled = decision.startswith(("reject:", "conflict:"))
        if decision.startswith("reject:"):
            outcome.rejected.append(f"{where}: rejected:{decision[7:]}")
            decision = "unchanged"
        elif decision.startswith("conflict:"):
            # the version not taken said in full: the coordinator decides on it without
            # digging it out of the returned file (a reviewer's wording had been lost to view)
            other = " ".join((unit.target or "").split())
            outcome.conflicts.append(f"{where}: conflict:{decision[9:]}"
                                     + (f"; it has «{other}»" if other else ""))
            decision = "unchanged"
        if decision == "update":
            assert unit.target is not None
            # (as msgfmt wants its ends: a text the PO file holds already comes back as it is,
            # ``_decide``'s "unchanged", whatever its ends; line breaks only are no text)
            target = as_msgfmt_wants(entry.msgid, unit.target)
            if target.strip():
                unit = replace(unit, target=target)
            else:
                decision = "unchanged"
        if decision == "update":
            assert unit.target is not None
            changed_source = unit.source != entry.msgid
            fuzzy = unit.fuzzy or changed_source
            outcome.updates[key] = PoUpdate(unit.target, fuzzy,
                                                unit.source if changed_source else None, notes)
            outcome.updated += 1
            outcome.fuzzy += fuzzy
        else:
            # (a unit in conflict or rejected is counted as such, not as unchanged too)
            outcome.unchanged += not troubled
            if notes:
                outcome.updates[key] = PoUpdate(None, notes=notes)
    if restored:
        outcome.warnings.append(lost_message(restored, charset or "", lost))
    if gone:
        outcome.notes += (f"{len(gone)} obsolete entr{'y' if len(gone) == 1 else 'ies'} (#~) "
                          f"with a translation: units the source no longer has ({_lines(gone)})",)
    if others:
        _keep_others(others, entries, outcome, doc.path)
    return outcome


def _lines(lines: list[int]) -> str:
    """``line 12`` or ``lines 12, 15, 18``: the first ten of them (a file may hold 100,000)."""
    shown = ", ".join(map(str, lines[:10]))
    more = f" and {len(lines) - 10:,} more" if len(lines) > 10 else ""
    return f"line{'s' if len(lines) > 1 else ''} {shown}{more}"


def _translated_unit(unit: ReadUnit, by_id: dict[str, RawEntry],
                     by_text: dict[str, list[str]]) -> str | None:
    """The unit an obsolete entry not revived is another translation of: the one its msgctxt
    names when that unit's source is its msgid, else the first unit of that source; None for
    a unit the source no longer has."""
    named = by_id.get(unit.id)
    if named is not None and named.msgid == unit.source:
        return unit.id
    same = by_text.get(unit.source)
    return same[0] if same else None


def _keep_others(others: list[tuple[ReadUnit, str]], entries: list[RawEntry],
                 outcome: ImportOutcome, path: Path) -> None:
    """Keep each obsolete entry of a returned PO file holding another translation of a unit
    (``others``: the entry, the unit) as extract's merge keeps it (``catalog.
    _unique_obsolete``): under ``<unit> (old 2)`` (or 3…, the first number no entry has),
    revivable by its text, and said by its line; not when the PO file will hold that
    translation of that text already (the unit's own, an obsolete entry's, another kept).
    They had been said to be of "units the source no longer has", and left out."""
    held = {(e.msgid, e.msgstr) for e in entries if e.obsolete and e.msgstr}
    for entry in entries:
        if not entry.obsolete:
            update = outcome.updates.get(entry.context or entry.msgid)
            target = update.target if update is not None else None
            held.add((entry.msgid, entry.msgstr if target is None else target))
    names = {e.key for e in entries}
    numbers: dict[str, int] = {}  # (the next number to try, per unit: each tried once)
    for unit, key in others:
        assert unit.target is not None  # (an obsolete entry is read only with a translation)
        if (unit.source, unit.target) in held:
            continue
        held.add((unit.source, unit.target))
        context, numbers[key] = old_context(key, unit.source, names, numbers.get(key, 2))
        names.add((context, unit.source))
        outcome.kept.append(KeptObsolete(context, unit.source, unit.target, unit.fuzzy,
                                         unit.notes))
        outcome.kept_said.append(
            f"{path}:{unit.line}: obsolete entry (#~) with another translation of unit {key}: "
            f"kept as the obsolete entry '{context}'")


def _revived(unit: ReadUnit, by_source: dict[str, list[str]], taken: set[str],
             cursors: dict[int, int]) -> str | None:
    """The unit an obsolete entry of a returned PO file translates, as extract's merge
    revives one (``catalog.merge``'s second pass): the first unit (in the PO file's order)
    whose source is the entry's msgid exactly, which no live entry of the file claims
    (``by_source``: those units by their source); a plural entry is none. None otherwise:
    a unit the source no longer has. Its translation is then merged as a live one's is, its
    fuzzy flag as written (a translator's editor had obsoleted it: Poedit's "Update from POT"
    with an old template, po-mode's fade-out; copied into ``locales/``, extract had revived it
    where ``xliff import`` had said it was for no unit)."""
    if unit.problem:
        return None
    # looked up, and a list's taken head passed once (``cursors``, shared with ``_moved``:
    # both only skip what is taken): every unit of the PO file had been compared with each
    # obsolete entry (16,000 of them against 16,003 units: 8.3 s)
    found = by_source.get(unit.source, ())
    at = cursors.get(id(found), 0)
    while at < len(found) and found[at] in taken:
        at += 1
    cursors[id(found)] = at
    return found[at] if at < len(found) else None


def _moved(unit: ReadUnit, by_id: dict[str, RawEntry], by_source: dict[str, list[str]],
           by_previous: dict[str, list[str]], by_shape: dict[str, list[str]],
           in_file: set[str], taken: set[str], own_ids: bool = True,
           cursors: dict[int, int] | None = None,
           blocks: ByPrefix[str] | None = None) -> str:
    """The PO entry a unit not found by its id has become, or its id ("" for none): the one
    unit of the PO file with its source text; the one that names its id as the previous
    msgctxt (a sentence edited since the export, which had a translation); else the most
    similar unit of its paragraph not in the XLIFF (one still untranslated at the export:
    extract kept no link), as similar as extract asks of a sentence it carries a
    translation to. Found by its source but for what its inline codes are called too; and,
    from a file that keeps none of the export's ids (``own_ids`` false), a sentence the
    release says twice is the first of them not taken yet. ``blocks``: the keys of ``by_id`` by
    themselves, made once a merge (a paragraph's units looked up, not every unit tested)."""
    cursors = {} if cursors is None else cursors
    for found in (by_source.get(unit.source, ()), by_previous.get(unit.id, ()),
                  by_shape.get(_shape(unit.source), ())):
        if len(found) == 1 and found[0] not in taken:
            return found[0]
        if not own_ids and len(found) > 1:
            # the file's units in their order, the PO file's in theirs (both the release's);
            # a list's taken head is passed once (a sentence said 10,000 times stays linear)
            at = cursors.get(id(found), 0)
            while at < len(found) and found[at] in taken:
                at += 1
            cursors[id(found)] = at
            if at < len(found):
                return found[at]
    if "." not in unit.id:
        return unit.id
    from transpub.catalog import _SIMILAR
    from transpub.similar import lcs_ratio

    prefix = unit.id.rsplit(".", 1)[0] + "."
    blocks = blocks or ByPrefix((key, key) for key in by_id)
    scored = sorted((lcs_ratio(entry.msgid, unit.source), key)
                    for key in blocks.starting(prefix)
                    if key not in in_file and key not in taken
                    and not ((entry := by_id[key]).msgstr and not entry.fuzzy))
    if scored and scored[-1][0] >= _SIMILAR and (len(scored) == 1
                                                  or scored[-2][0] < scored[-1][0]):
        return scored[-1][1]
    return unit.id


_BLANKS = re.compile(r"\s*")


def _regapped(unit: ReadUnit, msgid: str, lang: str) -> ReadUnit:
    """An XLIFF 2 unit a CAT tool cut into segments (or a unit Heartsome split), joined again
    with the blanks the PO source has between them where the file kept none: XLIFF 2 keeps
    them in ``<ignorable>`` elements, which Phrase (Memsource) and others leave out ("...the
    new address." and "Thanks for..." joined read "address.Thanks"), and Heartsome cuts a
    unit at the cursor, so the blank stays inside one piece's source ("The Secretary-General "
    + "welcomes the agreement."), never in the translator's target. A boundary's blank in
    the source is the first piece's trailing blank, the gap between the pieces and the
    second's leading blank together; each target piece is kept as written (its own blanks
    too), and the source's blank is put between two translated pieces only where neither
    side of the join has one already and ``lang`` joins its sentences with one (CLDR's
    facts, ``LanguageInfo.sentence_joiner``), or, in a language written without (Chinese,
    Japanese), where the cut is inside a run of a script written with spaces, a letter or
    digit of it on both sides (``_spaced_letter``: «…（United Nations Office» + «of
    Counter-Terrorism）», which 9552883 had glued «Officeof», t66/hF D1); none between Han
    and Latin or a number (a Latin name, a number, a closing quote: «卡塔尔国与UNOCT» +
    «举行…», «2020» + «年»; the width of the first piece's last character had decided, and
    put a blank after them). The targets in
    the order the file gives them (``<target order>``), the source's n-th boundary between
    the n-th and the next.
    ``unit`` unchanged when its segments' sources are not the PO source's, in order, parted
    by blanks only."""
    gaps: list[str] = []
    pos = 0
    for number, (source, _) in enumerate(unit.pieces):
        blank = _BLANKS.match(msgid, pos)
        gap = blank.group() if blank and number else ""
        # (the piece's own leading blank is its text, not the gap: Heartsome's " welcomes")
        gap = gap[:len(gap) - len(source) + len(source.lstrip())]
        if not msgid.startswith(source, pos + len(gap)):
            return unit
        gaps.append(gap)
        pos += len(gap) + len(source)
    if pos != len(msgid):
        return unit
    sources = [source for source, _ in unit.pieces]
    for number in range(1, len(gaps)):
        before, after = sources[number - 1], sources[number]
        gaps[number] = (before[len(before.rstrip()):] + gaps[number]
                        + after[:len(after) - len(after.lstrip())])
    target = None
    if unit.target is not None:
        spaced = language(lang).sentence_joiner != ""
        out = ""
        for gap, (_, piece) in zip(gaps, unit.pieces, strict=True):
            if piece and out and gap and not out[-1].isspace() and not piece[0].isspace() \
                    and (spaced or (_spaced_letter(out[-1]) and _spaced_letter(piece[0]))):
                out += gap
            out += piece
        target = out
    return replace(unit, source=msgid, target=target)


#: the scripts written with spaces between their words, as Unicode names a character's
#: first word (an ASCII digit is a "DIGIT"; a full-width letter or digit is "FULLWIDTH", Han's
#: "CJK", kana's "HIRAGANA"/"KATAKANA": none of them)
_SPACED_SCRIPTS = frozenset({"LATIN", "DIGIT", "CYRILLIC", "GREEK", "ARABIC", "HEBREW",
                             "ARMENIAN", "GEORGIAN", "HANGUL", "DEVANAGARI"})


def _spaced_letter(char: str) -> bool:
    """Whether ``char`` is a letter or digit of a script written with spaces
    (``_SPACED_SCRIPTS``): a cut between two such in a Chinese or Japanese target is inside a
    word run of that script («United Nations Office» + «of»), which keeps the source's
    blank."""
    return char.isalnum() and unicodedata.name(char, "").split(" ")[0] in _SPACED_SCRIPTS


def _shape(source: str) -> str:
    """``source`` with its inline codes named by their kind and order (tm.code_shape): the
    same for two sources that differ only in what their codes are called; "" for a source
    without codes (found by its text)."""
    if "<" not in source or not PLACEHOLDER_RE.search(source):
        return ""
    from transpub.tm import code_shape

    return code_shape(source)[0]


def _renamed(unit: ReadUnit, msgid: str) -> tuple[ReadUnit, str]:
    """``unit`` with its inline codes named as ``msgid`` names them, when its source differs
    from it in nothing else (Trados's ``<g id="33">``, memoQ's ``<bpt id="1">`` for transpub's
    ``<b1>``, matched by their order and nesting); else as it is. The second item says why
    the target cannot be renamed so: a code the source does not have."""
    from transpub.tm import code_shape

    shape, names = code_shape(unit.source)
    wanted, ours = code_shape(msgid)
    if not names or shape != wanted or names == ours:
        return unit, ""
    mapping = dict(zip(names, ours, strict=True))
    target = rename_codes(unit.target, mapping) if unit.target else unit.target
    if target is None:
        extra = dict.fromkeys(name.strip("/") for name in placeholder_names(unit.target or ""))
        return unit, ("the translation has an inline code its source does not have: "
                      + " ".join(f"<{name}>" for name in extra if name not in mapping))
    return replace(unit, source=msgid, target=target), ""


def _with_ids(message: str, unit: ReadUnit) -> str:
    """``message`` with the names given to a CAT tool's own codes (``tool1``) as the file has
    them (its id), for the translator to find."""
    if not unit.tool_codes:
        return message
    ids = dict(unit.tool_codes)
    return _TOOL_NAME.sub(lambda m: ids.get(m.group(0), m.group(0)), message)


_TOOL_NAME = re.compile(rf"(?<=[</]){TOOL_CODE}\d+(?=[/>])")


def _decide(unit: ReadUnit, msgid: str, msgstr: str, fuzzy: bool, theirs: bool,
            sent_back: bool = False, reviewed: bool = False) -> str:
    """"update", "unchanged", "conflict: why" or "reject: why" for one unit; ``sent_back``:
    the unit is of a PO file a translator sent back (said so in a conflict)."""
    if not unit.target:
        return "unchanged"  # an empty target never erases a translation
    changed_source = unit.source != msgid
    new_fuzzy = unit.fuzzy or changed_source
    if unit.target == msgstr and new_fuzzy == fuzzy:
        return "unchanged"
    if unit.base is not None and state_digest(unit.target, unit.fuzzy) == unit.base:
        return "unchanged"  # the CAT tool did not touch it; the PO may have moved on since
    if unit.base is None:
        # nothing to compare with: any PO translation may be newer, but a fuzzy draft (one
        # aligned, or filled from the memory) yields to a translation that is none
        po_moved = bool(msgstr) and not (fuzzy and not new_fuzzy)
    elif changed_source:
        # extract marked the entry fuzzy when the source changed: only its text counts
        po_moved = unit.base not in (state_digest(msgstr, True), state_digest(msgstr, False))
    else:
        po_moved = state_digest(msgstr, fuzzy) != unit.base
    if po_moved and msgstr and not theirs and unit.base is None:
        return ("conflict: the workspace's PO file has another translation, and this file "
                "keeps no record of what it was sent with; kept the workspace's (--theirs "
                "takes this file's)")
    if po_moved and msgstr and not theirs and sent_back:
        return ("conflict: the workspace's translation changed since this file was sent, and "
                "this file has another; kept the workspace's (--theirs takes this file's)")
    if po_moved and msgstr and not theirs and reviewed:
        return ("conflict: the PO translation changed since the review file was written, and "
                "the reviewer revised it otherwise; kept the PO version (--theirs takes the "
                "reviewer's)")
    if po_moved and msgstr and not theirs:
        return ("conflict: the PO translation changed since the export and the XLIFF has "
                "another; kept the PO version (--theirs takes the XLIFF's)")
    problem = text_problem(unit.target, unit.source) or codes_problem(unit.source, unit.target)
    if problem:
        return f"reject: {problem}"
    return "update"


def text_problem(target: str, source: str = "") -> str:
    """Why ``target``, the translation of ``source``, cannot be a translation as it is; or
    ""."""
    char = unwritable(target, source)  # (a C0 one too: the PO reader refuses them; U+1FFFE)
    if char:
        if char in OPENERS:
            return f"it holds {describe(char)}: close it or remove it"
        if char > "\x9f":  # (no control character: a noncharacter, an override, a symbol)
            return f"it holds {describe(char)}: remove it"
        return (f"it holds {describe(char)} (a line break Word or Excel wrote? type it "
                "again as a plain line break or space)")
    return ""


def as_msgfmt_wants(msgid: str, target: str) -> str:
    """``target`` with Windows' line ends as line feeds, and beginning and ending with a line
    break exactly when ``msgid`` does, as ``msgfmt --check`` asks (a cell's last Alt+Enter
    had made a file it refuses)."""
    text = target.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n") != msgid.endswith("\n"):
        text = text.rstrip("\n") + ("\n" if msgid.endswith("\n") else "")
    if text.startswith("\n") != msgid.startswith("\n"):
        text = ("\n" if msgid.startswith("\n") else "") + text.lstrip("\n")
    return text


def codes_problem(source: str, target: str) -> str:
    """Why the target's inline codes are not the source's, complete and balanced; or ""."""
    want, have = Counter(placeholder_names(source)), Counter(placeholder_names(target))
    if want != have:
        parts = []
        if want - have:
            parts.append("missing " + " ".join(f"<{n}>" for n in sorted((want - have).elements())))
        if have - want:
            parts.append("unexpected " + " ".join(f"<{n}>" for n in sorted(
                (have - want).elements())))
        return "inline codes differ from the source: " + "; ".join(parts)
    stack: list[str] = []
    for name in placeholder_names(target):
        if name.endswith("/"):
            continue
        if name.startswith("/"):
            if not stack or stack.pop() != name[1:]:
                return f"inline codes are not balanced: <{name}> closes the wrong code"
        else:
            stack.append(name)
    return f"inline code <{stack[-1]}> is never closed" if stack else ""


def _new_notes(unit: ReadUnit, translator: str) -> tuple[str, ...]:
    """Notes the CAT side added: they become translator comments (never dropped)."""
    have = set(translator.split("\n")) if translator else set()
    lines = [line.strip() for note in unit.notes for line in note.split("\n") if line.strip()]
    return tuple(dict.fromkeys(line for line in lines if line not in have))
