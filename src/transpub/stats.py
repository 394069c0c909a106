"""How far each release is translated into each language, counted from the PO files.

``stats_json`` has a stable shape for dashboards and CI::

    {"releases": [{"release": slug, "lang": code, "units": n, "words": n, "translated": n,
                   "translated_words": n, "fuzzy": n, "untranslated": n, "percent": 0-100},
                  ...],
     "totals": {code: {"units": n, "words": n, "translated": n, "translated_words": n,
                       "fuzzy": n, "untranslated": n, "percent": 0-100}, ...}}

Rows come in the order asked for (releases, then languages within each); ``percent`` is of
translated units, rounded to one decimal; words are source (English) words.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from transpub.catalog import (
    Translation,
    TranslationSet,
    po_path,
    pot_path,
    read_translations,
)
from transpub.errors import CatalogError
from transpub.garbled import unwritable
from transpub.model import Segment
from transpub.segment import PLACEHOLDER_RE
from transpub.unfilled import placeholder

#: "Counter-Terrorism", "Office’s" and "1,500" are one word each; "9" and "2020" are words too.
_WORD_RE = re.compile(r"\d+(?:[.,]\d+)+|\w+(?:[-'’]\w+)*")
_FIELDS = ("units", "words", "translated", "translated_words", "fuzzy", "untranslated")


@dataclass(frozen=True, slots=True)
class StatRow:
    """One release in one language."""

    release: str
    lang: str
    units: int
    words: int
    translated: int
    translated_words: int
    fuzzy: int
    untranslated: int

    @property
    def percent(self) -> float:
        # nothing to translate is nothing missing: such a release is complete
        return 100.0 if self.units == 0 else self.translated / self.units * 100


def count_words(text: str) -> int:
    """Words of a unit's source; placeholder tags are markup, not words."""
    return len(_WORD_RE.findall(PLACEHOLDER_RE.sub(" ", text)))


def catalogue_stats(locales: Path, slugs: list[str], langs: list[str],
                    units: Mapping[str, Sequence[Segment]] | None = None) -> list[StatRow]:
    """A row per release and language; a language without a PO file yet counts as untranslated
    (from the release's POT).

    Given the releases' ``units`` (by slug), each unit is counted as the build will publish it:
    its entry found by id, or by its exact text when a tool dropped the msgctxt; an entry for an
    older text is untranslated. So ``stats`` and ``build`` always agree.
    """
    rows: list[StatRow] = []
    for slug in slugs:
        for lang in langs:
            path = po_path(locales, lang, slug)
            if not path.exists():
                path = pot_path(locales, slug)
                if not path.exists():
                    raise CatalogError(f"no catalogue for release {slug!r} (run 'transpub "
                                       "extract' first)", path)
            found = read_translations(path, lang)
            if units is not None and slug in units:
                rows.append(_row(slug, lang, _as_published(found, units[slug])))
            else:
                rows.append(_row(slug, lang, found.items.values()))
    return rows


def _as_published(found: TranslationSet, units: Sequence[Segment]) -> list[Translation]:
    """One entry per unit, as the builder reads it (an unusable entry counts as empty: one for
    an older text, one of spaces only, one holding a character no page may hold, and one
    whose placeholders are not its source's, and a placeholder left for a translation,
    «NS» or «TODO»: the build replaces each by the source)."""
    from transpub.segment import PlaceholderMismatch, to_spans

    def spans(target: str, segment: Segment) -> bool:
        if target.isspace() or unwritable(target, segment.text):
            return False  # (the build shows the source: ``localise.not_publishable``)
        if target and placeholder(segment.text, target) is not None:
            return False  # «NS», «TODO»: the build shows the source (``localise.usable``)
        if not target or not (segment.placeholders or "<" in target):
            return True  # (no placeholder parse for the common unit that has none)
        try:
            to_spans(target, segment)
        except PlaceholderMismatch:
            return False
        return True

    out: list[Translation] = []
    for segment in units:
        item = found.get(segment.id, segment.text)
        if item is None or item.source != segment.text or not spans(item.target, segment):
            out.append(Translation(segment.id, segment.text, ""))
        else:
            out.append(Translation(segment.id, segment.text, item.target, item.fuzzy))
    return out


def _row(slug: str, lang: str, items: Iterable[Translation]) -> StatRow:
    units = words = translated = translated_words = fuzzy = 0
    for item in items:
        count = count_words(item.source)
        units += 1
        words += count
        done = bool(item.target) and not item.target.isspace()  # (spaces only: TP601)
        if done and item.fuzzy:
            fuzzy += 1
        elif done:
            translated += 1
            translated_words += count
    return StatRow(slug, lang, units, words, translated, translated_words, fuzzy,
                   units - translated - fuzzy)


def _as_dict(row: StatRow) -> dict[str, Any]:
    return {"release": row.release, "lang": row.lang,
            **{name: getattr(row, name) for name in _FIELDS},
            "percent": round(row.percent, 1)}


def stats_json(rows: Iterable[StatRow]) -> str:
    """The rows and per-language totals as JSON (shape in the module docstring)."""
    rows = list(rows)
    totals: dict[str, StatRow] = {}
    for row in rows:
        seen = totals.get(row.lang)
        totals[row.lang] = row if seen is None else StatRow(
            "", row.lang, *(getattr(seen, n) + getattr(row, n) for n in _FIELDS))
    data = {
        "releases": [_as_dict(row) for row in rows],
        "totals": {lang: {k: v for k, v in _as_dict(total).items()
                          if k not in ("release", "lang")}
                   for lang, total in totals.items()},
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
