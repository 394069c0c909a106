"""The accuracy corpora (tests/corpus/, tests/corpus_holdout/) read as unit pairs.

Shared by the fast-path tests that hold a shortcut to the plain computation on every unit of
the corpora (``test_check_parse_fast.py``, ``test_check_cpu8.py``, ``test_check_gates.py``,
``test_checkunit13_patterns.py``, ``test_checkunit14_dates.py``, ``test_ext12_segment.py``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TARGETS = ("fr", "es", "ru", "ar", "zh")


def corpus_texts(langs: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(text, language) of every unit's text in each of ``langs`` (in that order), release by
    release in file order, the corpus before the holdout."""
    langs = tuple(langs)
    for release in releases():
        for unit in release["units"]:
            for lang in langs:
                if unit.get(lang):
                    yield unit[lang], lang


def on_every_text(same: Callable[[str], None]) -> int:
    """``same`` asked of every text of the corpora in every language, as written and in
    capitals (a rewritten pattern against the one it replaced); how many texts were read."""
    count = 0
    for text, _lang in corpus_texts(("en", *TARGETS)):
        same(text)
        same(text.upper())
        count += 1
    return count


def releases() -> Iterator[dict[str, Any]]:
    """Every release of the accuracy corpora as its JSON, the corpus before the holdout."""
    for folder in ("corpus", "corpus_holdout"):
        for path in sorted((ROOT / "tests" / folder / "releases").glob("*.json")):
            yield json.loads(path.read_text(encoding="utf-8"))



def corpus_pairs() -> Iterator[tuple[str, str, str]]:
    """(source, translation, language) of every unit of the accuracy corpora, and of every
    injected error and variant applied to its unit."""
    for release in releases():
        by_id = {unit["id"]: unit for unit in release["units"] if "id" in unit}
        for unit in release["units"]:
            for lang in TARGETS:
                if unit.get(lang) is not None:
                    yield unit["en"], unit[lang], lang
        changes = release.get("errors", []) + release.get("variants", [])
        for change in changes if isinstance(changes, list) else []:
            unit = by_id.get(change.get("unit"))
            if unit is not None and unit.get(change.get("lang")) and change.get("find"):
                yield (unit["en"], unit[change["lang"]].replace(change["find"],
                                                                change["replace"]),
                       change["lang"])
