"""TP302 and a percentage given per mille: "45 per cent" → «45 ‰» keeps the digits, which the
number checks compare, and makes the figure ten times smaller (session 43's held-out round:
three unseen). Twins: the percentage kept, a per-mille figure of the source's own ("0.5 per
mille" is no percentage), a translation giving both. And TP304 and a proportion whose bound
turns, the proportion kept ("nearly half" → «plus de la moitié»)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import findings_by_case

from conftest import Cli

_FOOD = "Food prices rose by 45 per cent over the past 12 months."
CASES = [
    ("fr", _FOOD, "Les prix des denrées alimentaires ont augmenté de 45 % en 12 mois.", False),
    ("fr", _FOOD, "Les prix des denrées alimentaires ont augmenté de 45 ‰ en 12 mois.", True),
    ("fr", _FOOD, "Les prix ont augmenté de 45 pour mille en 12 mois.", True),
    ("es", _FOOD, "Los precios de los alimentos subieron un 45 ‰ en 12 meses.", True),
    ("es", _FOOD, "Los precios de los alimentos subieron un 45 % en 12 meses.", False),
    ("ru", _FOOD, "За 12 месяцев цены на продовольствие выросли на 45 промилле.", True),
    ("ru", "The rate was 0.5 per mille.", "Коэффициент составил 0,5 промилле.", False),
    ("zh", _FOOD, "过去12个月，粮价上涨了45‰。", True),
    ("ar", _FOOD, "وارتفعت أسعار الغذاء بنسبة 45 في المائة خلال 12 شهرا.", False),
    ("ar", _FOOD, "وارتفعت أسعار الغذاء بنسبة 45 في الألف خلال 12 شهرا.", True),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_per_mille_checked(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    found = findings_by_case(tmp_path, cli_factory, lang, CASES,
                             lambda f: f["code"] == "TP302")
    assert {i: bool(fs) for i, fs in found.items()} == {i: CASES[i][3] for i in found}


_HALF = "Nearly half of the population, some 24.8 million people, now needs assistance."
BOUNDS = [
    ("fr", _HALF, "Près de la moitié de la population, soit 24,8 millions de personnes, a "
     "besoin d'aide.", False),
    ("fr", _HALF, "Plus de la moitié de la population, soit 24,8 millions de personnes, a "
     "besoin d'aide.", True),
    ("es", _HALF, "Más de la mitad de la población, unos 24,8 millones de personas, necesita "
     "asistencia.", True),
    ("es", _HALF, "Casi la mitad de la población, unos 24,8 millones de personas, necesita "
     "asistencia.", False),
    ("ru", "More than a third of the people are displaced.",
     "Менее трети людей являются перемещенными лицами.", True),
    ("ru", "More than a third of the people are displaced.",
     "Более трети людей являются перемещенными лицами.", False),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in BOUNDS}))
def test_proportion_bounds_checked(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                   lang: str) -> None:
    """TP304: a proportion kept whose bound turns ("nearly half" → «plus de la moitié»)."""
    found = findings_by_case(tmp_path, cli_factory, lang, BOUNDS,
                             lambda f: f["code"] == "TP304")
    assert {i: bool(fs) for i, fs in found.items()} == {i: BOUNDS[i][3] for i in found}
