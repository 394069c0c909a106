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
    lines_of: dict[tuple[str, str, str], str | None] = {}

    def line(concept_id: str, form: str, lang: str) -> str | None:
        key = (concept_id, form, lang)
        if key not in lines_of:
            concept = source.concepts[concept_id]
            forms = [t.text for t in concept.forms(lang)]
            lines_of[key] = None if not forms or lang == source_lang else (
                f"Term ({concept.category}): {form} = {' | '.join(forms)}")
        return lines_of[key]

    def notes(release: Release, segments: tuple[Segment, ...],
              lang: str) -> Mapping[str, list[str]]:
        if not current or current[0] is not segments:
            # another release: what was found for the last one is not needed any more (the
            # matcher keeps its own bounded cache of texts seen before)
            current[:] = [segments]
            hits_of.clear()
            if len(lines_of) > 50_000:
                lines_of.clear()
            # most unit texts occur in one release: the matcher's and the folding's memory of
            # texts seen before is kept small (a large one is most of a worker's growth)
            source.forget(keep=_TEXTS_KEPT)
            if fold.cache_info().currsize > _TEXTS_KEPT:
                fold.cache_clear()
        out: dict[str, list[str]] = {}
        for segment in segments:
            hits = hits_of.get(segment.text)
            if hits is None:
                hits = hits_of[segment.text] = _concepts(source.find(segment.text))
            if not hits:
                continue
            lines = [text for concept_id, form in hits
                     if (text := line(concept_id, form, lang)) is not None]
            if lines:
                out[segment.id] = lines
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
