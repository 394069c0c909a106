"""TP109: a city that became another ("GENEVA" → «VIENNE», "in Nairobi" → «à Addis-Abeba»):
a release's dateline is a unit of its own and its text names where things happen, and no
check compared a place the termbase does not hold. The cities are data (``data/places.json``),
read as the countries are: Russian cases, Arabic clitics, capitals ("GENEVA", «ЖЕНЕВА»), and
the capitals' forms of the countries too ("KABUL, AFGHANISTAN"). Twins: the place rightly
translated, in its language's form («au Caire», «Jérusalem-Est», «مقديشيو», «Yuba»)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import warned_by_case
from transpub.namefind import COUNTRIES, PLACES, names_in

from conftest import Cli

READINGS = [
    ("en", "GENEVA, 5 March", PLACES, ["GVA"]),
    ("en", "KABUL, AFGHANISTAN", PLACES, ["KBL"]),
    ("en", "KABUL, AFGHANISTAN", COUNTRIES, ["AF"]),
    ("fr", "GENÈVE, le 5 mars ; au Caire et à Jérusalem-Est", PLACES, ["GVA", "CAI", "JRS"]),
    ("ru", "ЖЕНЕВА; в Женеве, Нью-Йорке и Риме", PLACES, ["GVA", "GVA", "NYC", "ROM"]),
    ("ar", "بجنيف وفي نيويورك ومقديشيو", PLACES, ["GVA", "NYC", "MGQ"]),
    ("zh", "日内瓦和纽约", PLACES, ["GVA", "NYC"]),
    ("es", "Yuba, Daca y Ginebra", PLACES, ["JUB", "DAC", "GVA"]),
]


@pytest.mark.parametrize(("lang", "text", "kind", "codes"), READINGS)
def test_places_read(lang: str, text: str, kind: str, codes: list[str]) -> None:
    assert [code for code, _ in names_in(text, lang, kind)] == codes


CASES = [
    ("fr", "GENEVA", "GENÈVE", False),
    ("fr", "GENEVA", "VIENNE", True),
    ("fr", "The conference opened in Cairo.", "La conférence s'est ouverte au Caire.", False),
    ("fr", "The conference opened in Cairo.", "La conférence s'est ouverte à Beyrouth.", True),
    ("es", "The mission returned to Juba.", "La misión regresó a Yuba.", False),
    ("es", "The mission returned to Juba.", "La misión regresó a Jartum.", True),
    ("ru", "The meeting was held in Geneva.", "Совещание состоялось в Женеве.", False),
    ("ru", "The meeting was held in Geneva.", "Совещание состоялось в Вене.", True),
    ("ar", "The meeting was held in Geneva.", "عقد الاجتماع بجنيف.", False),
    ("ar", "The meeting was held in Geneva.", "عقد الاجتماع في فيينا.", True),
    ("zh", "NAIROBI", "内罗毕", False),
    ("zh", "NAIROBI", "亚的斯亚贝巴", True),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_places_checked(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    found, wanted = warned_by_case(tmp_path, cli_factory, lang, CASES, "TP109")
    assert found == wanted
