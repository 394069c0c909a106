"""Translator notes from the termbase: the approved forms of the names and titles in a unit."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from transpub.model import Release, Segment
from transpub.workspace import NotesFor

if TYPE_CHECKING:  # read only when a release is extracted (see LazyNotes)
    from transpub.termbase import Termbase
    from transpub.terms import Hit


#: Unit texts whose terms the matcher remembers across releases (repeated boilerplate).
_TEXTS_KEPT = 500
#: Not yet in a language's table of note lines (None there means: no line).
_UNSET = ""


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


def term_notes(termbase: Termbase, source_lang: str) -> NotesFor:
    """A NotesFor callback: per unit, "Term: <source form> = <approved target forms>".

    It is called once per language of a release: the terms of each unit are found once (for
    the release's first language), and each note line is written once per language.
    """
    from transpub.terms import Matcher, fold

    source = Matcher(termbase, source_lang)
    hits_of: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[Segment, ...]] = []
    #: the release's units that name a concept, with (concept, form) of each concept found
    named: list[tuple[str, list[tuple[str, str]]]] = []
    #: per language, the note line of each (concept, form) (None: no line)
    lines_of: dict[str, dict[tuple[str, str], str | None]] = {}

    def line(concept_id: str, form: str, lang: str) -> str | None:
        concept = source.concepts[concept_id]
        forms = [t.text for t in concept.forms(lang)]
        return None if not forms or lang == source_lang else (
            f"Term ({concept.category}): {form} = {' | '.join(forms)}")

    def notes(release: Release, segments: tuple[Segment, ...],
              lang: str) -> Mapping[str, list[str]]:
        if not current or current[0] is not segments:
            # another release: what was found for the last one is not needed any more (the
            # matcher keeps its own bounded cache of texts seen before)
            current[:] = [segments]
            hits_of.clear()
            if sum(map(len, lines_of.values())) > 50_000:
                lines_of.clear()
            # most unit texts occur in one release: the matcher's and the folding's memory of
            # texts seen before is kept small (a large one is most of a worker's growth)
            source.forget(keep=_TEXTS_KEPT)
            if fold.cache_info().currsize > _TEXTS_KEPT:
                fold.cache_clear()
            # the terms of each unit, found once for every language's call (the units that
            # name none are not looked at again)
            named.clear()
            for segment in segments:
                hits = hits_of.get(segment.text)
                if hits is None:
                    hits = hits_of[segment.text] = _concepts(source.find(segment.text))
                if hits:
                    named.append((segment.id, hits))
        table = lines_of.get(lang)
        if table is None:
            table = lines_of[lang] = {}
        out: dict[str, list[str]] = {}
        for ident, hits in named:
            lines = []
            for pair in hits:
                text = table.get(pair, _UNSET)
                if text is _UNSET:
                    text = table[pair] = line(pair[0], pair[1], lang)
                if text is not None:
                    lines.append(text)
            if lines:
                out[ident] = lines
        return out

    return notes


def _concepts(hits: list[Hit]) -> list[tuple[str, str]]:
    """(concept, form as found) of each concept, at its first match."""
    seen: set[str] = set()
    found: list[tuple[str, str]] = []
    for hit in hits:
        if hit.concept not in seen:
            seen.add(hit.concept)
            found.append((hit.concept, hit.form))
    return found
