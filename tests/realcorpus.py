"""The real-text precision corpus (tests/corpus_real/): its parts and its hand judgements.

Shared by ``tests/test_corpus_real.py`` and ``benchmarks/real_precision.py``. The judgements are
kept one file per language (``judgements/<lang>.json``, sorted by code, unit and expected) so that
work on one language's findings never touches another's file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus_real"
JUDGEMENTS = CORPUS / "judgements"

#: the corpus's parts, in the order they were added (see SOURCES.md)
PO_DIRS = ("tests/corpus_real/po", "tests/corpus_real/po2", "tests/corpus_real/po3",
           "tests/corpus_real/po4", "tests/corpus_real/po5")
LANGS = ("ar", "es", "fr", "ru", "zh")

Key = tuple[str, str, str, str]
VERDICTS = frozenset({"true", "false", "artefact"})


def judgement_records(lang: str) -> list[dict[str, str]]:
    """One language's judged findings as stored (with notes and messages)."""
    path = JUDGEMENTS / f"{lang}.json"
    records: list[dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))["findings"]
    return records


def judgements() -> dict[Key, str]:
    """(lang, code, unit, expected) -> verdict, for every judged finding of every language."""
    judged: dict[Key, str] = {}
    for lang in LANGS:
        for j in judgement_records(lang):
            assert j["verdict"] in VERDICTS, j
            judged[(j["lang"], j["code"], j["unit"], j["expected"])] = j["verdict"]
    return judged


def save(lang: str, records: list[dict[str, str]]) -> None:
    """Write one language's judgements back, sorted, as the files are kept."""
    path = JUDGEMENTS / f"{lang}.json"
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    data["findings"] = sorted(records, key=lambda j: (j["code"], j["unit"], j["expected"]))
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def texts() -> Iterator[tuple[str, str]]:
    """Every source and translation of the corpus's PO files, with its language (a test using
    it is skipped when the third-party files are absent: ``realdata.paths``)."""
    from transpub.catalog import read_translations

    import realdata

    for folder in PO_DIRS:
        for path in realdata.paths(folder, ".po"):
            translations = read_translations(path, None)
            for entry in translations.entries:
                yield entry.source, "en"
                yield entry.target, translations.lang
