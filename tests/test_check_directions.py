"""TP308: a change that went the other way around an unchanged number ("an increase of 1.2 per
cent" → «une baisse de 1,2 %», "deaths fell by 3 per cent" → «ont augmenté de 3 %»): 19 such
changes of session 43's round went unseen, and the judged UN corpus's Chinese has one («所需资源
净减2 281 500美元» for "The net increase of $2,281,500", where the four other languages say an
increase). The direction is the word of change nearest the number in its clause; "up to 76%",
"higher than 5 per cent" bound a number and say no change; a year dates a change ("rose in
2013"); a negated change ("did not increase") is left alone. Units written for these tests,
run through the real CLI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import warned_by_case

from conftest import Cli

UP = "Cases rose by 12 per cent compared with the same period last year."
DOWN = "Deaths decreased by 3 per cent in the second half of the year."

CASES = [
    ("fr", UP, "Les cas ont augmenté de 12 % par rapport à la même période de l'an dernier.",
     False),
    ("fr", UP, "Les cas ont diminué de 12 % par rapport à la même période de l'an dernier.",
     True),
    ("es", DOWN, "Las muertes disminuyeron un 3 % en el segundo semestre del año.", False),
    ("es", DOWN, "Las muertes aumentaron un 3 % en el segundo semestre del año.", True),
    ("ru", UP, "Число случаев выросло на 12 процентов по сравнению с тем же периодом прошлого "
     "года.", False),
    ("ru", UP, "Число случаев сократилось на 12 процентов по сравнению с тем же периодом "
     "прошлого года.", True),
    ("zh", UP, "与去年同期相比，病例增加了12%。", False),
    ("zh", UP, "与去年同期相比，病例下降了12%。", True),
    ("ar", DOWN, "وانخفضت الوفيات بنسبة 3 في المائة في النصف الثاني من العام.", False),
    ("ar", DOWN, "وارتفعت الوفيات بنسبة 3 في المائة في النصف الثاني من العام.", True),
    # a bound or a year, not a change; a translation that says no direction
    ("fr", "The number of bacteria was reduced by up to 76 per cent.",
     "Le nombre de bactéries a diminué de 76 % au maximum.", False),
    ("fr", "Disbursements rose marginally in 2013.",
     "Les décaissements ont légèrement augmenté en 2013.", False),
    ("fr", UP, "On compte 12 % de cas de plus que l'an dernier.", False),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_directions(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    found, wanted = warned_by_case(tmp_path, cli_factory, lang, CASES, "TP308")
    assert found == wanted
