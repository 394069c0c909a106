"""TP306 and a number of the source said in words with its unit of time ("eight weeks" →
«huit mois»): session 43's held-out round had it unseen (TP306 read figures only). Cases from
real translations, which it found once it read words: NTREX-128 (CC BY-SA 4.0, Microsoft)
Arabic l546, "Five weeks away from one of the most important elections" → «بقى خمسة أيام»
(days); Chinese l761, "two years, three years or five months" → «两年、三年或五年»; the UN
Parallel Corpus testset-1875, "an initial six-week period" → «une période initiale de six
mois». Twins: the unit kept, a number said in figures (the other path), the unit converted
(«deux mois» for eight weeks: another number, TP301's)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import findings_by_case

from conftest import Cli

_TEXT = "Introducing the draft, she said the text was the fruit of eight weeks of negotiations."
_AWAY = "Five weeks away from one of the most important elections in our lifetimes."
_FRAME = "If it takes two years, three years or five months - doesn't matter."
CASES = [
    ("fr", _TEXT, "Elle a déclaré que le texte était le fruit de huit semaines de négociations.",
     False),
    ("fr", _TEXT, "Elle a déclaré que le texte était le fruit de huit mois de négociations.",
     True),
    ("fr", "The freeze is for an initial six-week period.",
     "Le gel vaut pour une période initiale de six semaines.", False),
    ("fr", "The freeze is for an initial six-week period.",
     "Le gel vaut pour une période initiale de six mois.", True),
    ("ar", _AWAY, "بقي خمسة أسابيع على أحد أهم الانتخابات في حياتنا.", False),
    ("ar", _AWAY, "بقى خمسة أيام على أحد أهم الانتخابات في حياتنا.", True),
    # a vowel mark anywhere in the unit (NTREX-128's next sentence, «ترشُح»; 46 % of its
    # Arabic units carry one) had switched the reading of number words off; the marks are
    # set aside, in the unit's word too («أيّام»)
    ("ar", _AWAY, "بقى خمسة أيام على أحد أهم الانتخابات في حياتنا. ترشُح.", True),
    ("ar", _AWAY, "بقى خمسةُ أيّامٍ على أحد أهم الانتخابات في حياتنا.", True),
    ("ar", _AWAY, "بقي خمسةُ أسابيعَ على أحد أهم الانتخابات في حياتنا. ترشُح.", False),
    ("zh", _FRAME, "可能是两年、三年或五个月——无所谓。", False),
    ("zh", _FRAME, "可能是两年、三年或五年——无所谓。", True),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_time_words_checked(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str
                            ) -> None:
    found = findings_by_case(tmp_path, cli_factory, lang, CASES,
                             lambda f: f["code"] == "TP306")
    assert {i: bool(fs) for i, fs in found.items()} == {i: CASES[i][3] for i in found}
