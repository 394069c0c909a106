"""TP301: "two" said in words became another number word ("two of them" → «trois d'entre
eux», «tres», «трое», «三人»): session 44's round had four such changes unseen, "two" being
left out of the number words compared (it is said in more forms than any other). Twins: the
forms that say two without its number word («ambos», «оба», «les deux», «两国», «双方»), a
loose translation's ordinal for a count (newstest2021's «第三分» for "within two goals"),
Arabic, whose dual says two in a noun's ending (not asked)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import warned_by_case

from conftest import Cli

_TWO = ("At least six of the detainees have been held for more than 90 days, and two of them "
        "are over 70 years of age.")
_ONLY_TWO = "The detainees have been held for more than 90 days, and two of them are over 70."
_BOTH = "The two countries signed the agreement in Geneva."
_GOALS = "He scored shortly after to put Watford within two goals of safety."
CASES = [
    ("fr", _TWO, "Au moins six des détenus sont maintenus depuis plus de 90 jours, et deux "
     "d'entre eux sont âgés de plus de 70 ans.", False),
    ("fr", _TWO, "Au moins six des détenus sont maintenus depuis plus de 90 jours, et trois "
     "d'entre eux sont âgés de plus de 70 ans.", True),
    ("fr", _BOTH, "Les deux pays ont signé l'accord à Genève.", False),
    # (a year's figure 2 is no two; the figure alone is)
    ("fr", "Two of them were arrested in 2024.", "Trois d'entre eux ont été arrêtés en 2024.",
     True),
    ("fr", "Two of them were arrested in 2024.", "2 d'entre eux ont été arrêtés en 2024.",
     False),
    ("es", _TWO, "Al menos seis de los detenidos llevan más de 90 días detenidos, y tres de "
     "ellos tienen más de 70 años.", True),
    ("es", _BOTH, "Ambos países firmaron el acuerdo en Ginebra.", False),
    # (words that hold two's letters say no two: «para», «авторы», «вторник»)
    ("es", _ONLY_TWO, "Los detenidos llevan más de 90 días detenidos para nada, y tres de ellos "
     "tienen más de 70 años.", True),
    ("ru", _ONLY_TWO, "Задержанные содержатся более 90 дней, а трое из них старше 70 лет, "
     "сообщили авторы во вторник.", True),
    # (a list's total restated: NTREX-128's «четверо» for "a 17-year-old, two 18-year-olds and
    # a 20-year-old man")
    ("es", "Three men and two women were arrested overnight.",
     "Cinco personas fueron detenidas durante la noche.", False),
    ("ru", "A 17-year-old, two 18-year-olds and a 20-year-old man were arrested overnight.",
     "Ночью были арестованы четверо подозреваемых в возрасте 17, 18 и 20 лет.", False),
    ("ru", _TWO, "По меньшей мере шесть задержанных содержатся более 90 дней, а трое из них "
     "старше 70 лет.", True),
    ("ru", _TWO, "По меньшей мере шесть задержанных содержатся более 90 дней, а двое из них "
     "старше 70 лет.", False),
    ("ru", _BOTH, "Обе страны подписали соглашение в Женеве.", False),
    ("zh", _TWO, "至少六名被拘留者已被关押90多天，其中三人年逾70岁。", True),
    ("zh", _TWO, "至少六名被拘留者已被关押90多天，其中两人年逾70岁。", False),
    ("zh", _BOTH, "两国在日内瓦签署了协定。", False),
    ("zh", _GOALS, "他随后进球，沃特福德拿下第三分，守住席位。", False),
    ("ar", _TWO, "ولا يزال ستة على الأقل من المحتجزين محتجزين منذ أكثر من 90 يوما، وثلاثة منهم "
     "تزيد أعمارهم على 70 عاما.", False),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_two_checked(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    found, wanted = warned_by_case(tmp_path, cli_factory, lang, CASES, "TP301")
    assert found == wanted
