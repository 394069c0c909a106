"""Translator notes from the termbase: the approved forms of the names and titles in a unit."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from transpub.catalog import NoteLines
from transpub.model import Release, Segment
from transpub.workspace import NotesFor

if TYPE_CHECKING:  # read only when a release is extracted (see LazyNotes)
    from transpub.termbase import Concept, Termbase
    from transpub.terms import Hit


#: The notes' own memory of unit texts' concepts (``_Recurring``): the texts of the last
#: releases, in two generations of this many, and up to ``_RECURRING`` texts met again in
#: a later release (boilerplate), kept for the run.
_GENERATION = 250
_RECURRING = 500
#: Not yet in a language's table of note lines (None there means: no line).
_UNSET = ""
#: Not yet in a language's table of units' notes.
_NONE = NoteLines()
#: The (concepts, language) pairs whose note lines are kept across releases.
_NOTES_KEPT = 1024
#: (concept, form as found) of each concept a unit names, in order.
Pairs = tuple[tuple[str, str], ...]


class LazyNotes:
    """A NotesFor that builds the real one (reading the termbase) on its first call, or when
    ``prepare`` is called (before worker processes fork, so that they inherit it instead of
    each reading the termbase and repeating its warnings)."""

    def __init__(self, load: Callable[[], NotesFor]) -> None:
        self._load = load
        self._notes: NotesFor | None = None

    def prepare(self) -> NotesFor:
        if self._notes is None:
            self._notes = self._load()
        return self._notes

    def __call__(self, release: Release, segments: tuple[Segment, ...],
                 lang: str) -> Mapping[str, list[str]]:
        return self.prepare()(release, segments, lang)


def term_line(concept: Concept, form: str, lang: str) -> str | None:
    """A unit's note on a concept it names: its approved forms in ``lang``, then the forms the
    termbase forbids there ("Term (title): Secretary-General = Secrétaire général; not:
    Secrétaire-Général"), in the termbase's order; None when it has neither. The forbidden
    forms had not been shown: a translator saw what to write, not what TP104 refuses."""
    forms = [t.text for t in concept.forms(lang)]
    banned = [t.text for t in concept.forms(lang, include_deprecated=True)
              if t.status == "deprecated" and t.text not in forms]
    said = [" | ".join(forms)] if forms else []
    if banned:
        said.append(f"{NOT}{' | '.join(dict.fromkeys(banned))}")
    return f"Term ({concept.category}): {form} = {'; '.join(said)}" if said else None


#: what comes before a note's forbidden forms (``term_line``; ``noteterms`` reads it)
NOT = "not: "


def term_notes(termbase: Termbase, source_lang: str) -> NotesFor:
    """A NotesFor callback: per unit, "Term: <source form> = <approved target forms>".

    It is called once per language of a release: the terms of each unit are found once (for
    the release's first language), and each note line is written once per language.
    """
    from transpub.terms import Matcher

    source = Matcher(termbase, source_lang)
    hits_of: dict[str, Pairs] = {}
    recurring = _Recurring()
    current: list[tuple[Segment, ...]] = []
    #: the release's units that name a concept, with (concept, form) of each concept found
    named: list[tuple[str, Pairs]] = []
    #: per language, the note line of each (concept, form) (None: no line)
    lines_of: dict[str, dict[tuple[str, str], str | None]] = {}
    #: per language, the note lines of each unit's concepts (None: no line): the same
    #: concepts recur in many units (a unit naming only the Secretary-General)
    notes_of: dict[str, dict[Pairs, NoteLines | None]] = {}

    def line(concept_id: str, form: str, lang: str) -> str | None:
        concept = source.concepts[concept_id]
        return None if lang == source_lang else term_line(concept, form, lang)

    def lines_for(hits: Pairs, lang: str) -> NoteLines | None:
        table = lines_of.get(lang)
        if table is None:
            table = lines_of[lang] = {}
        lines = NoteLines()
        for pair in hits:
            text = table.get(pair, _UNSET)
            if text is _UNSET:
                text = table[pair] = line(pair[0], pair[1], lang)
            if text is not None:
                lines.append(text)
        return lines or None

    def notes(release: Release, segments: tuple[Segment, ...],
              lang: str) -> Mapping[str, list[str]]:
        if not current or current[0] is not segments:
            # another release: what was found for the last one is not needed any more
            current[:] = [segments]
            hits_of.clear()
            if sum(map(len, lines_of.values())) > 50_000:
                lines_of.clear()
            if sum(map(len, notes_of.values())) > _NOTES_KEPT:
                notes_of.clear()
            # most unit texts occur in one release: the matcher searches each without
            # remembering it (``find_once``); the texts that recur in later releases are
            # remembered here (``_Recurring``), a release's own in ``hits_of``
            # the terms of each unit, found once for every language's call (the units that
            # name none are not looked at again)
            named.clear()
            for segment in segments:
                said = segment.text
                hits = hits_of.get(said)
                if hits is None:
                    hits = recurring.get(said)
                    if hits is None:
                        hits = _concepts(source.find_once(said))
                        recurring.add(said, hits)
                    hits_of[said] = hits
                if hits:
                    named.append((segment.id, hits))
        if lang == source_lang:
            return {}  # (no line is written in the source language)
        table = notes_of.get(lang)
        if table is None:
            table = notes_of[lang] = {}
        out: dict[str, list[str]] = {}
        for ident, hits in named:
            lines = table.get(hits, _NONE)
            if lines is _NONE:
                lines = table[hits] = lines_for(hits, lang)
            if lines is not None:
                out[ident] = lines
        return out

    return notes


def _concepts(hits: list[Hit]) -> Pairs:
    """(concept, form as found) of each concept, at its first match."""
    if len(hits) < 2:
        return ((hits[0].concept, hits[0].form),) if hits else ()
    seen: set[str] = set()
    found: list[tuple[str, str]] = []
    for hit in hits:
        if hit.concept not in seen:
            seen.add(hit.concept)
            found.append((hit.concept, hit.form))
    return tuple(found)


class _Recurring:
    """The concepts of the unit texts of the last releases, and of those met again in a
    later release, kept for the run: a release's boilerplate (a closing paragraph, a
    contact line) recurs in many releases, one or two in every few, while most texts occur
    in one release only. The matcher's own memory is cleared every few releases to stay
    small (``Matcher.forget``), so a text recurring fifty releases later was searched again
    (20 % of the benchmark corpus's searches were texts searched before; this keeps ~60 %
    of them, with at most ``2 * _GENERATION + _RECURRING`` texts held)."""

    __slots__ = ("_kept", "_older", "_recent")

    def __init__(self) -> None:
        self._recent: dict[str, Pairs] = {}
        self._older: dict[str, Pairs] = {}
        self._kept: dict[str, Pairs] = {}

    def get(self, text: str) -> Pairs | None:
        found = self._kept.get(text)
        if found is not None:
            return found
        found = self._recent.get(text)
        if found is None:
            found = self._older.get(text)
        if found is not None and len(self._kept) < _RECURRING:
            self._kept[text] = found  # met again: boilerplate, kept for the run
        return found

    def add(self, text: str, hits: Pairs) -> None:
        if len(self._recent) >= _GENERATION:
            self._older = self._recent
            self._recent = {}
        self._recent[text] = hits
