"""Translator notes from the termbase: the approved forms of the names and titles in a unit."""

from __future__ import annotations

from collections.abc import Mapping

from transpub.model import Release, Segment
from transpub.termbase import Termbase
from transpub.terms import Matcher
from transpub.workspace import NotesFor


def term_notes(termbase: Termbase, source_lang: str) -> NotesFor:
    """A NotesFor callback: per unit, "Term: <source form> = <approved target forms>"."""
    source = Matcher(termbase, source_lang)
    cache: dict[str, list[tuple[str, str]]] = {}

    def notes(release: Release, segments: tuple[Segment, ...],
              lang: str) -> Mapping[str, list[str]]:
        out: dict[str, list[str]] = {}
        for segment in segments:
            hits = cache.get(segment.text)
            if hits is None:
                hits = cache[segment.text] = [(h.concept, h.form)
                                              for h in source.find(segment.text)]
            lines: list[str] = []
            seen: set[str] = set()
            for concept_id, form in hits:
                if concept_id in seen:
                    continue
                seen.add(concept_id)
                concept = source.concepts[concept_id]
                forms = [t.text for t in concept.forms(lang)]
                if not forms or lang == source_lang:
                    continue
                lines.append(f"Term ({concept.category}): {form} = {' | '.join(forms)}")
            if lines:
                out[segment.id] = lines
        return out

    return notes
