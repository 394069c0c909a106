"""TP302 and a percentage given per mille: "45 per cent" → «45 ‰» keeps the digits, which the
number checks compare, and makes the figure ten times smaller (session 43's held-out round:
three unseen). Twins: the percentage kept, a per-mille figure of the source's own ("0.5 per
mille" is no percentage), a translation giving both."""

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
