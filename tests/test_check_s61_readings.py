"""Readings from News Commentary's professional Spanish (session 61's trial): Miss written out
(«la señorita Watanabe», «Mademoiselle», «الآنسة») is the honorific (TP105), and a century in
lower-case Roman numerals («siglo xix», small capitals as plain text keeps them) is its
number (TP301)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import findings_by_case

from conftest import Cli

_WATANABE = "Ms. Watanabe has been buying foreign bonds."
_MISS = "Miss Watanabe has been buying foreign bonds."
_CENTURY = "The nineteenth century gave way to the 21st century."
CASES = [
    ("es", _WATANABE, "La señorita Watanabe ha estado comprando bonos extranjeros.", ""),
    ("es", _WATANABE, "La Srta. Watanabe ha estado comprando bonos extranjeros.", ""),
    ("es", _WATANABE, "Watanabe ha estado comprando bonos extranjeros.", "TP105"),
    ("es", _MISS, "La Sra. Watanabe ha estado comprando bonos extranjeros.", ""),
    ("es", _MISS, "Watanabe ha estado comprando bonos extranjeros.", "TP105"),
    ("fr", _WATANABE, "Mademoiselle Watanabe achète des obligations étrangères.", ""),
    ("fr", _WATANABE, "Watanabe achète des obligations étrangères.", "TP105"),
    ("ar", _MISS, "وتشتري الآنسة واتانابي سندات أجنبية.", ""),
    ("es", _CENTURY, "El siglo xix dio paso al siglo xxi.", ""),
    ("es", _CENTURY, "El siglo xix dio paso al siglo xx.", "TP301"),
    ("fr", _CENTURY, "Le xixe siècle a cédé la place au xxie siècle.", ""),
    ("es", "The 18th to 20th centuries.", "Los siglos xviii al xx.", ""),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_readings(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    found = findings_by_case(tmp_path, cli_factory, lang, CASES,
                             lambda f: f["code"] in ("TP105", "TP301")
                             and f["severity"] != "info")
    assert {i: "".join(sorted({f["code"] for f in fs})) for i, fs in found.items()} == {
        i: CASES[i][3] for i in found}
