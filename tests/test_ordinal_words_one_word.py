"""An ordinal in digits a translation says in one word (t64/hN class C): "this year's 28th
issue" → «la vigésimooctava edición», "the 37th" → «la trigésimoséptima», "the 21st" →
«la vingt-et-unième». Spanish one-word ordinals of 21 to 99, with the tens' accent dropped
(the RAE's «vigesimoctava», «trigesimoséptima») or kept (as Debian's Spanish team writes
them), and French words joined by «et» with hyphens (the 1990 spelling) had been
"«28» is missing": their values are in the number words now (tools/gen_number_words.py).
Each right translation passes; its wrong twin, another ordinal, is still reported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _twins

from conftest import Cli

ISSUE = "Welcome to this year's {} issue of DWN."
CASES = [
    ("es", ISSUE.format("28th"), "Bienvenidos a la vigésimooctava edición de este año de las DWN.",
     "Bienvenidos a la vigésimoséptima edición de este año de las DWN."),
    ("es", ISSUE.format("28th"), "Bienvenidos a la vigesimoctava edición de este año de las DWN.",
     "Bienvenidos a la vigesimonovena edición de este año de las DWN."),
    ("es", ISSUE.format("37th"), "Bienvenidos a la trigésimoséptima edición de este año de las "
     "DWN.", "Bienvenidos a la trigésimosexta edición de este año de las DWN."),
    ("es", ISSUE.format("41st"), "Bienvenidos a la cuadragesimoprimera edición de este año de "
     "las DWN.", "Bienvenidos a la cuadragesimosegunda edición de este año de las DWN."),
    ("es", "The 99th meeting was held today.", "La nonagesimonovena sesión se celebró hoy.",
     "La nonagesimoctava sesión se celebró hoy."),
    ("fr", ISSUE.format("21st"), "Bienvenue dans la vingt-et-unième DWN de l'année.",
     "Bienvenue dans la vingt-deuxième DWN de l'année."),
    ("fr", "The 71st session opens.", "La soixante-et-onzième session s'ouvre.",
     "La soixante-dixième session s'ouvre."),
    # (read already, kept: the two-word forms and the other languages' words)
    ("es", ISSUE.format("28th"), "Bienvenidos a la vigésima octava edición de este año de las "
     "DWN.", "Bienvenidos a la vigésima séptima edición de este año de las DWN."),
    ("fr", ISSUE.format("28th"), "Bienvenue dans la vingt-huitième DWN de l'année.",
     "Bienvenue dans la vingt-septième DWN de l'année."),
    ("ru", ISSUE.format("28th"), "Добро пожаловать в двадцать восьмой выпуск DWN этого года.",
     "Добро пожаловать в двадцать седьмой выпуск DWN этого года."),
]


@pytest.mark.parametrize(("lang", "source", "good", "bad"), CASES)
def test_an_ordinal_said_in_one_word(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                     lang: str, source: str, good: str, bad: str) -> None:
    _twins(tmp_path, cli_factory, lang, source, good, bad)


def test_the_words_are_the_generator_s() -> None:
    """The data hold what tools/gen_number_words.py makes of the tens and units (checked
    without num2words: the one-word forms are built from its table's words)."""
    from transpub.numwords import number_words

    words = number_words("es")
    for word, value in [("vigesimoprimer", 21), ("vigesimooctavo", 28), ("vigésimooctava", 28),
                        ("trigesimoséptimos", 37), ("sexagesimotercera", 63),
                        ("nonagésimonovenas", 99)]:
        assert words[word] == value, word
    assert number_words("fr")["vingt-et-unièmes"] == 21
    assert "vigesimo" not in words  # (no tens' stem alone)
