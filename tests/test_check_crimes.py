"""TP108 and the crimes of international law: "crimes against humanity" is not «crimes de
guerre» (session 44's round: five such changes unseen). The five crimes a release names —
crimes against humanity, war crimes, genocide, the crime of aggression, ethnic cleansing — are
listed in data/un_names.json (kind "crime") in the six languages, with the forms UN
translations use (Spanish «lesa humanidad», Chinese «危害人类罪» and «反人类罪», Russian in its
cases: «военных преступлений»)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import warned_by_case

from conftest import Cli

_CAH = ("The Group of Experts on Nicaragua concluded that crimes against humanity had been "
        "committed.")
CASES = [
    ("fr", _CAH, "Le Groupe d'experts sur le Nicaragua a conclu que des crimes contre "
     "l'humanité avaient été commis.", False),
    ("fr", _CAH, "Le Groupe d'experts sur le Nicaragua a conclu que des crimes de guerre "
     "avaient été commis.", True),
    ("es", _CAH, "El Grupo de Expertos sobre Nicaragua concluyó que se habían cometido crímenes "
     "de lesa humanidad.", False),
    ("es", _CAH, "El Grupo de Expertos sobre Nicaragua concluyó que se habían cometido crímenes "
     "de guerra.", True),
    ("ru", _CAH, "Группа экспертов по Никарагуа пришла к выводу о совершении преступлений "
     "против человечности.", False),
    ("ru", _CAH, "Группа экспертов по Никарагуа пришла к выводу о совершении военных "
     "преступлений.", True),
    ("zh", _CAH, "尼加拉瓜问题专家组得出结论认为，已经发生了反人类罪。", False),
    ("zh", _CAH, "尼加拉瓜问题专家组得出结论认为，已经发生了战争罪。", True),
    ("ar", _CAH, "وخلص فريق الخبراء المعني بنيكاراغوا إلى ارتكاب جرائم ضد الإنسانية.", False),
    ("ar", _CAH, "وخلص فريق الخبراء المعني بنيكاراغوا إلى ارتكاب جرائم حرب.", True),
    ("fr", "The Court may try genocide and the crime of aggression.",
     "La Cour peut juger le génocide et le crime d'agression.", False),
    ("fr", "The Court may try genocide and the crime of aggression.",
     "La Cour peut juger le génocide et le nettoyage ethnique.", True),
    # the UN corpus (testset-0757): a crime inside a title, capitalised, and a title the
    # translation leaves out is no crime's other name
    ("ar", "For example a briefing on the priorities of the Special Adviser to the "
     "Secretary-General on the Prevention of Genocide was given on 16 October 2012",
     "وعلى سبيل المثال، عقد جلسة إحاطة في 16 تشرين الأول/أكتوبر 2012 عن الأولويات بالنسبة "
     "للمستشار الخاص المعني بمنع الإبادة الجماعية والفظائع الجماعية؛", False),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_crimes_checked(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    found, wanted = warned_by_case(tmp_path, cli_factory, lang, CASES, "TP108")
    assert found == wanted
