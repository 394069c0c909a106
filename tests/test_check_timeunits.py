"""TP306: the same number with another unit of time ("over the past 12 months" → «au cours des
12 dernières semaines», "more than 72 hours" → «plus de 72 jours», "aged 6 to 59 months" →
«6至59岁»): the number checks compare the number, which is the same; the unit was compared by
nothing (eight changes of session 43's round). A period said in another unit has another
number ("72 hours" → «trois jours», "eight weeks" → «deux mois»): no finding. Units written
for these tests, run through the real CLI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import warned_by_case

from conftest import Cli

MONTHS = "Over the past 12 months, food prices rose by 45 per cent."
HOURS = "Four journalists were held for more than 72 hours."

CASES = [
    ("fr", MONTHS, "Au cours des 12 derniers mois, les prix ont augmenté de 45 %.", False),
    ("fr", MONTHS, "Au cours des 12 dernières semaines, les prix ont augmenté de 45 %.", True),
    ("es", MONTHS, "En los últimos 12 meses, los precios subieron un 45 %.", False),
    ("es", MONTHS, "En los 12 últimos años, los precios subieron un 45 %.", True),
    ("ru", MONTHS, "За последние 12 месяцев цены выросли на 45 процентов.", False),
    ("ru", MONTHS, "За последние 12 недель цены выросли на 45 процентов.", True),
    ("zh", HOURS, "四名记者被关押超过72小时。", False),
    ("zh", HOURS, "四名记者被关押超过72天。", True),
    ("zh", HOURS, "四名记者被关押超过三天。", False),
    ("ar", HOURS, "احتُجز أربعة صحفيين لأكثر من 72 ساعة.", False),
    ("ar", HOURS, "احتُجز أربعة صحفيين لأكثر من 72 يوما.", True),
    ("fr", HOURS, "Quatre journalistes ont été détenus plus de trois jours.", False),
    # Arabic's optional vowel marks set aside, in the unit itself (a shadda: «أيّام» is «أيام»)
    ("ar", "They were held for 3 weeks.", "احتُجزوا لمدة 3 أيّام.", True),
    ("ar", "They were held for 3 weeks.", "احتُجزوا لمدة 3 أسابيعَ.", False),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_time_units(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    found, wanted = warned_by_case(tmp_path, cli_factory, lang, CASES, "TP306")
    assert found == wanted

