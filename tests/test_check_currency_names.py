"""TP303 and the currencies named in words: "the Sudanese pound" is not «la livre égyptienne»
(session 43's held-out round). The currencies in use that the families (dollar, euro, pound
sterling, Swiss franc, yen, yuan) do not cover are read by CLDR's names in the six languages
(data/currencies.json, made by tools/gen_currency_names.py), Russian and Arabic in their cases
and plurals; a name inside a longer one is the longer one's ("South Sudanese pound"). And
a sum in US dollars in another dollar («dollars canadiens», «加拿大元»)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import findings_by_case

from conftest import Cli

_SDG = "Over the past year the Sudanese pound lost a third of its value."
_KES = "The programme costs 5 million Kenyan shillings a year."
_PLAN = "The plan requires US$ 2.7 billion."
CASES = [
    ("fr", _SDG, "Au cours de l'année écoulée, la livre soudanaise a perdu un tiers de sa "
     "valeur.", False),
    ("fr", _SDG, "Au cours de l'année écoulée, la livre égyptienne a perdu un tiers de sa "
     "valeur.", True),
    ("es", _SDG, "En el último año, la libra sudanesa perdió un tercio de su valor.", False),
    ("es", _SDG, "En el último año, la libra egipcia perdió un tercio de su valor.", True),
    ("ru", _SDG, "За последний год суданский фунт потерял треть своей стоимости.", False),
    ("ru", _SDG, "За последний год египетский фунт потерял треть своей стоимости.", True),
    ("ru", _KES, "Программа стоит 5 млн. кенийских шиллингов в год.", False),
    ("ru", _KES, "Программа стоит 5 млн. угандийских шиллингов в год.", True),
    ("zh", _SDG, "过去一年，苏丹镑贬值了三分之一。", False),
    ("zh", _SDG, "过去一年，埃及镑贬值了三分之一。", True),
    ("ar", _SDG, "وخلال العام الماضي، فقد الجنيه السوداني ثلث قيمته.", False),
    ("ar", _SDG, "وخلال العام الماضي، فقد الجنيه المصري ثلث قيمته.", True),
    ("en", "South Sudanese pounds", "South Sudanese pounds", False),
    ("fr", "The South Sudanese pound fell.", "La livre sud-soudanaise a baissé.", False),
    # another dollar where the source's is the US dollar; a bare "$" may be any dollar
    ("fr", _PLAN, "Le plan nécessite 2,7 milliards de dollars des États-Unis.", False),
    ("fr", _PLAN, "Le plan nécessite 2,7 milliards de dollars canadiens.", True),
    ("fr", "The plan requires $2.7 billion.", "Le plan nécessite 2,7 milliards de dollars "
     "canadiens.", False),
    ("zh", _PLAN, "该计划需要27亿美元。", False),
    ("zh", _PLAN, "该计划需要27亿加拿大元。", True),
    ("ru", _PLAN, "Для плана требуется 2,7 млрд. австралийских долларов.", True),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_currency_names_checked(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                lang: str) -> None:
    found = findings_by_case(tmp_path, cli_factory, lang, CASES,
                             lambda f: f["code"] == "TP303")
    assert {i: bool(fs) for i, fs in found.items()} == {i: CASES[i][3] for i in found}
