"""TP310: a span of years the source says with a period word is another in the translation
("for the first time in a decade" → «depuis vingt ans», "three quarters of a century" → «un
demi-siècle»): session 43's held-out round had eleven such changes unseen (the number checks
compare numbers, and "a decade" holds none). Twins: the span said in years or by its own
period word, a count with an adjective between («deux dernières décennies»), "and a half"
(«un siglo y medio»), a year that is a date («1967 года», «2023年»), the real translations'
forms (the UN corpus, newstest2013)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import warned_by_case

from conftest import Cli

_DECADE = "For the first time in a decade, poverty and hunger are rising."
_THREE_QUARTERS = "For three quarters of a century, it has guided the work of the Organization."
_TWO = "During the last two decades, we have worked with the women's movement."
CASES = [
    ("fr", _DECADE, "Pour la première fois depuis dix ans, la pauvreté et la faim progressent.",
     False),
    ("fr", _DECADE, "Pour la première fois depuis une décennie, la pauvreté et la faim "
     "progressent.", False),
    ("fr", _DECADE, "Pour la première fois depuis vingt ans, la pauvreté et la faim "
     "progressent.", True),
    ("fr", _DECADE, "Pour la première fois depuis un siècle, la pauvreté et la faim "
     "progressent.", True),
    ("fr", _THREE_QUARTERS, "Depuis 75 ans, elle guide l'action de l'Organisation.", False),
    ("fr", _THREE_QUARTERS, "Depuis un demi-siècle, elle guide l'action de l'Organisation.",
     True),
    ("fr", _TWO, "Au cours des deux dernières décennies, nous avons travaillé avec le "
     "mouvement des femmes.", False),
    ("es", _DECADE, "Por primera vez en dos décadas, la pobreza y el hambre están aumentando.",
     True),
    ("es", _DECADE, "Por primera vez en diez años, aumentan la pobreza y el hambre.", False),
    ("es", "They treated Mexico a century and a half ago.",
     "Trataron a México hace un siglo y medio.", False),
    ("ru", _DECADE, "Впервые за десятилетие в мире растут масштабы нищеты и голода.", False),
    ("ru", _DECADE, "Впервые за двадцать лет в мире растут масштабы нищеты и голода.", True),
    ("ru", _TWO, "За последние два десятилетия мы работали с женским движением.", False),
    ("ru", "Throughout nearly half a century of occupation since 1967, it went on.",
     "На протяжении почти полувековой оккупации с 1967 года это продолжалось.", False),
    ("zh", _DECADE, "十年来首次，全球贫困和饥饿问题在加剧。", False),
    ("zh", _DECADE, "二十年来首次，全球贫困和饥饿问题在加剧。", True),
    ("zh", _THREE_QUARTERS, "半个世纪以来，它一直指导着本组织的工作。", True),
    ("ar", _DECADE, "لأول مرة منذ عقد من الزمن، يتزايد الفقر والجوع.", False),
    ("ar", _DECADE, "لأول مرة منذ عقدين من الزمن، يتزايد الفقر والجوع.", True),
    ("ar", _THREE_QUARTERS, "وعلى مدى نصف قرن، ما فتئ الإعلان يوجه عمل المنظمة.", True),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_durations_checked(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str
                           ) -> None:
    found, wanted = warned_by_case(tmp_path, cli_factory, lang, CASES, "TP310")
    assert found == wanted
