"""A PO file a translator sends back, read as a bilingual document for ``xliff_merge``.

A newsroom mails a release's PO file to a freelance translator, who fills it in Poedit (or
Lokalize, Virtaal, a text editor) and mails it back, often renamed (``fr.po``,
``Qatar dialogue FR final.po``). ``transpub xliff import FILE.po`` merges it into the
workspace's PO file as it merges a CAT tool's XLIFF: units found by their id (the msgctxt) or
their source, a translation the workspace does not have taken, a unit whose source changed
since it was sent coming back fuzzy, broken inline codes rejected, the translator's comments
kept. A PO file carries no record of what it was sent with: in a git work tree the version
it was sent as is found in the workspace file's history (``with_base``) and the merge is
three-way; elsewhere a translation both sides hold differently is a conflict, the
workspace's kept unless ``--theirs``.

The release is the one the entries' references name (``#: source/<slug>.xml:12``: every PO
editor keeps them), else the file's name; the language is the header's ``Language``, else
one of the workspace's languages the file's name names (``fr.po``, ``Dialogue FR final.po``),
else ``--lang``; its translations must be in that language's script (``placed``).
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path, PurePosixPath

from transpub.annotate import is_annotation
from transpub.errors import CatalogError, TranspubError, XliffError
from transpub.garbled import composed
from transpub.languages import same_language, undetermined
from transpub.poread import RawEntry, parse, read_entries
from transpub.xliff import state_digest
from transpub.xliff_read import ReadFile, ReadUnit

#: the version a ReadFile of a returned PO file carries (its source language is the
#: workspace's, ``placed``: a PO header does not say it)
VERSION = "po"


def looks_like_po(data: bytes) -> bool:
    """Is a file, by its first lines, a PO file (a comment, msgctxt or msgid first)?"""
    for line in data[:4096].lstrip(b"\xef\xbb\xbf").splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        return stripped.startswith((b"#", b"msgid", b"msgctxt"))
    return False


def read_returned(path: Path) -> list[ReadFile]:
    """The PO file as one bilingual document (see the module docstring)."""
    try:
        header, entries = read_entries(path)
    except CatalogError as exc:  # (an XliffError: the import's errors, by file and line)
        raise XliffError(exc.message, exc.path, exc.line) from None
    seen: dict[str, int] = {}
    for entry in entries:
        if entry.context is not None and not entry.obsolete:
            if entry.context in seen:  # (which of the two is the unit?)
                raise XliffError(f"unit {entry.context!r} appears twice (first on line "
                                 f"{seen[entry.context]}), not the same the second time",
                                 path, entry.line)
            seen[entry.context] = entry.line
    # (the header is the entry without msgctxt and msgid; one with a msgctxt is a unit)
    live = [entry for entry in entries
            if not entry.obsolete and (entry.msgid or entry.context is not None)]
    units, obsolete = _revived(live, [entry for entry in entries
                                      if entry.obsolete and entry.msgid and entry.translated])
    said = header.get("Language", "").strip()  # ("und": named by the file's name, --lang)
    return [ReadFile(path, 1, VERSION, f"{_release(entries, path)}.xml", "",
                     "" if undetermined(said) else said, units + obsolete)]


def _revived(live: list[RawEntry], obsolete: list[RawEntry]
             ) -> tuple[tuple[ReadUnit, ...], tuple[ReadUnit, ...]]:
    """The file's units, and its obsolete entries holding a translation (``RawEntry.
    translated``), read as extract's merge reads them when the file is copied into
    ``locales/`` (``catalog.merge``'s second pass: an obsolete entry whose msgid is a unit's
    text is that unit's translation, revived as it was written, fuzzy or not): a live entry
    without a translation takes that of an obsolete entry of its msgid (Poedit's "Update
    from POT" with an old template, Emacs po-mode's fade-out, had obsoleted it), and the
    obsolete entries left over are given after the units, marked, for the merge to revive
    by the workspace's units (``xliff_merge._revived``) or to say. ``xliff import`` had said
    each was for "units the source no longer has", where extract published it."""
    spare: dict[str, RawEntry] = {}
    for entry in obsolete:
        if entry.msgid_plural is None:
            spare.setdefault(entry.msgid, entry)  # (the first, as extract's pass takes it)
    units = []
    used: set[int] = set()
    for entry in live:
        old = spare.get(entry.msgid)
        if (old is not None and id(old) not in used and not entry.translated
                and entry.msgid_plural is None):
            used.add(id(old))
            entry = replace(entry, msgstr=old.msgstr, fuzzy=old.fuzzy)
        units.append(_unit(entry))
    rest = tuple(replace(_unit(entry), obsolete=True) for entry in obsolete
                 if id(entry) not in used)
    return tuple(units), rest


def _unit(entry: RawEntry) -> ReadUnit:
    notes = tuple(line for line in entry.translator.split("\n")
                  if line.strip() and not is_annotation(line))
    problem = ("a plural entry: not imported (a release has none)"
               if entry.msgid_plural is not None else
               "an entry without msgid: not imported" if not entry.msgid else "")
    # composed, as the workspace's file and the source are (``composed``)
    return ReadUnit(entry.context if entry.context is not None else entry.msgid, entry.line,
                    composed(entry.msgid), composed(entry.msgstr) or None,
                    entry.fuzzy and bool(entry.msgstr), None, notes, problem)


def _release(entries: list[RawEntry], path: Path) -> str:
    """The release the entries' references name most (``source/<slug>.xml:12``), else the
    file's name."""
    named: Counter[str] = Counter()
    for entry in entries:
        for reference in entry.references.split():
            file = PurePosixPath(reference.rsplit(":", 1)[0].replace("\\", "/"))
            if file.suffix == ".xml":
                named[file.stem] += 1
    return named.most_common(1)[0][0] if named else path.stem


#: how many of the workspace file's committed versions are looked at for the one a returned
#: file was sent as
HISTORY = 50


def with_base(doc: ReadFile, po_file: Path) -> tuple[ReadFile, str]:
    """``doc`` with each unit's base: its translation in the version of ``po_file`` the file
    was sent as, found in git's history of it — the committed version whose translations'
    texts the returned file agrees with most (a translator changes a few units, not most; a
    tie goes to the newer, the flags aside: a unit sent fuzzy and approved agrees by its
    text), and that version's commit ("" when there is none: no git, an untracked file, or
    no version that agrees with at least half of the file's translations). A unit that
    version does not hold (its id changed when its source was edited and extracted since)
    takes its base from the newest older version that does; a file whose msgctxt were
    stripped is read by msgid. With a base, the merge is three-way: a unit the translator
    left as it was sent keeps the workspace's translation, even one a reviser changed
    since; a unit only the translator changed is taken; a unit both changed is a
    conflict."""
    translated = {u.id: u.target for u in doc.units if u.target is not None}
    if not translated:
        return doc, ""
    versions: list[tuple[str, dict[str, tuple[str, bool]]]] = []
    best, chosen = 0, -1
    for commit, text in _history(po_file):
        try:
            _header, entries = parse(text, po_file)
        except CatalogError:
            continue
        version: dict[str, tuple[str, bool]] = {}
        for e in entries:
            if not e.obsolete and e.msgid:
                state = (composed(e.msgstr), e.fuzzy and bool(e.msgstr))
                version.setdefault(e.msgid, state)  # (for a file without msgctxt)
                if e.context is not None:
                    version[e.context] = state
        versions.append((commit, version))
        agreed = sum(1 for ident, target in translated.items()
                     if ident in version and version[ident][0] == target)
        if agreed > best:  # (the newest first: a tie keeps the newer)
            best, chosen = agreed, len(versions) - 1
    if chosen < 0 or 2 * best < len(translated):
        return doc, ""
    units = []
    for unit in doc.units:
        sent = next((v[unit.id] for _commit, v in versions[chosen:] if unit.id in v), None)
        units.append(replace(unit, base=state_digest(*sent)) if sent and sent[0] else unit)
    return replace(doc, units=tuple(units)), versions[chosen][0]


def _history(po_file: Path) -> list[tuple[str, str]]:
    """The committed versions of a file, newest first (commit, text); none without git."""
    folder = po_file.parent
    try:
        log = subprocess.run(["git", "log", f"-n{HISTORY}", "--format=%H", "--", po_file.name],
                             cwd=folder, capture_output=True, check=False)
    except OSError:
        return []
    if log.returncode != 0:
        return []
    versions = []
    for commit in log.stdout.decode("ascii", "replace").split():
        shown = subprocess.run(["git", "show", f"{commit}:./{po_file.name}"], cwd=folder,
                               capture_output=True, check=False)
        if shown.returncode == 0:
            versions.append((commit, shown.stdout.decode("utf-8-sig", "replace")))
    return versions


def placed(doc: ReadFile, targets: Sequence[str], given: str | None,
           source_lang: str) -> ReadFile:
    """``doc`` with its languages: the workspace's source language (a PO header does not
    say it), and its target language: its header's; else the one of the workspace's
    target languages its file's name names — by code or English name, as one word of it
    ("Dialogue FR final (1).po", "press release in French.po"), and only one of them
    ("es_to_fr.po" names none: which?) — else ``given`` (``--lang``); a ``given`` language
    the header contradicts is an error. Then its translations must be written in that
    language's script: a file in French named "Qatar-ar.po" is refused, not merged into
    the Arabic."""
    if doc.target_lang and given and not same_language(doc.target_lang, given):
        raise XliffError(f"the file says it is in {doc.target_lang!r} (its Language header), "
                         f"--lang says {given!r}", doc.path, doc.line)
    lang = doc.target_lang or _named_target(doc.path, targets) or given or ""
    if lang:
        _script_agrees(doc, lang)
    return replace(doc, source_lang=doc.source_lang or source_lang, target_lang=lang)


def _named_target(path: Path, targets: Sequence[str]) -> str | None:
    words = {word.casefold() for word in re.findall(r"[A-Za-z]+", path.stem)}
    named = [lang for lang in targets
             if lang.casefold() in words or _english_name(lang).casefold() in words]
    return named[0] if len(named) == 1 else None


def _english_name(lang: str) -> str:
    from transpub.languages import language

    try:
        return language(lang).english_name or lang
    except TranspubError:
        return lang


_LATIN_LANGUAGES = frozenset({"en", "fr", "es", "pt", "de", "it", "nl"})


def _script_agrees(doc: ReadFile, lang: str) -> None:
    """Refuse a file whose translations are, most of them, not in ``lang``'s script."""
    from transpub.scripts import SCRIPTS, base_language, script_letters

    base = base_language(lang)
    letters = script_letters(base)
    if letters is not None:
        wrong = [u for u in doc.units if u.target and re.search(r"[^\W\d_]", u.target)
                 and not letters.search(u.target)]
    elif base in _LATIN_LANGUAGES:
        others = re.compile("[" + "".join(SCRIPTS.values()) + "]")
        wrong = [u for u in doc.units if u.target and others.search(u.target) and
                 not re.search(r"[A-Za-z\u00c0-\u024f]{3}", u.target)]
    else:
        return
    translated = sum(1 for u in doc.units if u.target)
    if translated and 2 * len(wrong) > translated:
        raise XliffError(f"its translations are not written in {lang!r}'s script ({len(wrong)} "
                         f"of {translated}): a file for another language? (give it with "
                         "--lang, or fix its Language header)", doc.path, wrong[0].line)
