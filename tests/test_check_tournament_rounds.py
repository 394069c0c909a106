"""A tournament's rounds, which the languages name by the fraction of the draw left: "the
last 16" are «les huitièmes de finale», «los octavos de final», «1/8 финала», "the last 8"
«les quarts de finale» (NTREX-128's news: nine TP301 false alarms in session 42's unseen
references). The number is said by the round's name (info); another round is still an
error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import erred_by_case

from conftest import Cli

#: (lang, source, translation, wrong)
CASES = [
    ("fr", "The team reached the last 16 of the tournament.",
     "L'équipe a atteint les huitièmes de finale du tournoi.", False),
    ("es", "The team reached the last 16 of the tournament.",
     "El equipo llegó a los octavos de final del torneo.", False),
    ("ru", "The team reached the last 16 of the tournament.",
     "Команда вышла в 1/8 финала турнира.", False),
    ("zh", "The team reached the last 16 of the tournament.", "该队进入了十六强。", False),
    ("fr", "They lost in the round of 32.", "Ils ont perdu en seizièmes de finale.", False),
    ("fr", "The team reached the last 8.", "L'équipe a atteint les quarts de finale.", False),
    ("es", "The team reached the last 8.", "El equipo llegó a los cuartos de final.", False),
    # another round
    ("fr", "The team reached the last 16 of the tournament.",
     "L'équipe a atteint les quarts de finale du tournoi.", True),
    ("es", "The team reached the last 16 of the tournament.",
     "El equipo llegó a los cuartos de final del torneo.", True),
    ("ru", "The team reached the last 16 of the tournament.",
     "Команда вышла в 1/4 финала турнира.", True),
    ("fr", "They lost in the round of 32.", "Ils ont perdu en huitièmes de finale.", True),
]


@pytest.mark.parametrize("lang", ["fr", "es", "ru", "zh"])
def test_tournament_rounds(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                           lang: str) -> None:
    found, wanted = erred_by_case(tmp_path, cli_factory, lang, CASES, "TP301")
    assert found == wanted
