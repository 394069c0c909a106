"""TP109 (session 45): places that are neither a country nor one of the first 58 cities. Session
44's round changed 21 such places unseen: a state for its neighbour ("North Darfur" → «Darfour
méridional»), an unlisted city for another ("Port Sudan" → «Kassala», "El Fasher" → «Nyala»),
Arabic «عمّان» for Cairo. ``data/places.json`` now holds the regions, states and provinces
humanitarian releases name (Darfur and its five states, Kordofan, Blue Nile, the West Bank,
Rafah, the Kivus, Ituri, Tigray, Cox's Bazar, Rakhine, the Ukrainian oblasts, Idlib, Aleppo,
Hodeidah, Aden, Cabo Delgado...) and the main cities of countries in crisis and of duty
stations, a compass-word region its own entry. Twins: the right place in each language's forms
(«Darfour-Nord» and «Darfour septentrional», «в Северном Дарфуре», «بشمال دارفور», «Харьковской
области»), and what says a place without naming it: a place's holder («dans le nord du
Darfour» for "North Darfur"), "North and South Kivu", "western Darfur" («غرب دارفور»).
Left out: a compass adjective of a country ("eastern Democratic Republic of the Congo" →
«l'ouest de la RDC»), which names no place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import warned_by_case
from transpub.namefind import PLACES, changed, names_in

from conftest import Cli

READINGS = [
    ("fr", "au Darfour septentrional, au Darfour-Sud et à Port-Soudan",
     ["NDA", "SDA", "PZU"]),
    ("es", "en Darfur del Norte, Kivu del Sur y Cisjordania", ["NDA", "SKV", "WBK"]),
    ("ru", "в Северном Дарфуре, Южном Киву и на Запорожской АЭС", ["NDA", "SKV", "OZH"]),
    ("ar", "في شمال دارفور وبورتسودان وبالفاشر", ["NDA", "PZU", "EFA"]),
    ("zh", "北达尔富尔州法希尔和南基伍省", ["NDA", "EFA", "SKV"]),
    # (UN Arabic's Kivus: «كيفو الشمالية»; a Russian region's adjective: «дарфурской»)
    ("ar", "في كيفو الشمالية وشمال كيفو", ["NKV", "NKV"]),
    ("ru", "для дарфурской полиции", ["DAR"]),
    # («عمّان» is Amman with its marks; «عُمان» and «عمان» are read as no city)
    ("ar", "زار عمّان ثم عُمان وعمان", ["AMM"]),
    # (若开 in 若开展 is «if carrying out»; 利马 in 利马索尔 is Limassol)
    ("zh", "若开展工作，若开邦，利马索尔", ["RKH"]),
    # (the Darfur of North Darfur is not read as Darfur)
    ("en", "North Darfur, Darfur and South Kordofan", ["NDA", "DAR", "SKO"]),
]


@pytest.mark.parametrize(("lang", "text", "codes"), READINGS)
def test_places_read(lang: str, text: str, codes: list[str]) -> None:
    assert [code for code, _ in names_in(text, lang, PLACES)] == codes


SAID = [
    # a place says the places that hold it
    ("The convoy reached North Darfur.", "fr", "Le convoi a atteint le nord du Darfour.", []),
    # compass words before one name
    ("Clashes continued in North and South Kivu.", "fr",
     "Les affrontements se sont poursuivis au Nord-Kivu et au Sud-Kivu.", []),
    ("Displacement rose in western Darfur.", "ar", "ارتفع عدد النازحين في غرب دارفور.", []),
    # a governorate named after its city: «大马士革农村» (Rif Dimashq) is not Damascus
    ("Barrel bombs fell on Rif Dimashq, Aleppo and Idlib.", "zh",
     "桶装炸弹落在大马士革农村省、阿勒颇省和伊德利布省。", []),
    ("Barrel bombs fell on Rif Dimashq, Aleppo and Idlib.", "es",
     "Las bombas de barril cayeron sobre Damasco rural, Alepo e Idlib.", []),
    ("Displacement rose in western Darfur.", "fr",
     "Les déplacements ont augmenté au Darfour oriental.", [("DAR", "Darfur", "Darfour oriental")]),
]


@pytest.mark.parametrize(("source", "lang", "target", "found"), SAID)
def test_places_said(source: str, lang: str, target: str,
                     found: list[tuple[str, str, str]]) -> None:
    assert changed(source, "en", target, lang, PLACES) == found


_DARFUR = "Aid trucks reached a camp near El Fasher in North Darfur on Tuesday."
_PORT = "The Emergency Relief Coordinator travelled to Port Sudan last week."
_KIVU = "Fighting has displaced 80,000 people in North Kivu since January."
_KHARKIV = "Strikes on Kharkiv damaged two hospitals, the Coordinator said."
_RAFAH = "Families sheltering in Rafah were ordered to move again."
_HODEIDAH = "The vessel unloaded its wheat at Hodeidah."
_CAIRO = "The Secretary-General will then travel to Cairo."
_AMMAN = "The Secretary-General will then travel to Amman."
_JENIN = "The operation in Jenin lasted three days."

CASES = [
    # French
    ("fr", _DARFUR, "Des camions d'aide ont atteint mardi un camp près d'El Fasher, au "
     "Darfour-Nord.", False),
    ("fr", _DARFUR, "Des camions d'aide ont atteint mardi un camp près d'El Fasher, au "
     "Darfour septentrional.", False),
    ("fr", _DARFUR, "Des camions d'aide ont atteint mardi un camp près d'El Fasher, au "
     "Darfour-Sud.", True),
    ("fr", _DARFUR, "Des camions d'aide ont atteint mardi un camp près de Nyala, au "
     "Darfour-Nord.", True),
    ("fr", _PORT, "Le Coordonnateur des secours d'urgence s'est rendu à Port-Soudan la semaine "
     "dernière.", False),
    ("fr", _PORT, "Le Coordonnateur des secours d'urgence s'est rendu à Kassala la semaine "
     "dernière.", True),
    ("fr", _KIVU, "Les combats ont déplacé 80 000 personnes au Nord-Kivu depuis janvier.", False),
    ("fr", _KIVU, "Les combats ont déplacé 80 000 personnes au Sud-Kivu depuis janvier.", True),
    ("fr", _RAFAH, "Les familles réfugiées à Rafah ont reçu l'ordre de partir à nouveau.", False),
    ("fr", _RAFAH, "Les familles réfugiées à Khan Younès ont reçu l'ordre de partir à nouveau.",
     True),
    # Spanish
    ("es", _DARFUR, "Los camiones de ayuda llegaron el martes a un campamento cerca de El "
     "Fasher, en Darfur Septentrional.", False),
    ("es", _DARFUR, "Los camiones de ayuda llegaron el martes a un campamento cerca de El "
     "Fasher, en Darfur del Norte.", False),
    ("es", _DARFUR, "Los camiones de ayuda llegaron el martes a un campamento cerca de El "
     "Fasher, en Darfur Occidental.", True),
    ("es", _HODEIDAH, "El buque descargó su trigo en Al Hudayda.", False),
    ("es", _HODEIDAH, "El buque descargó su trigo en Hodeida.", False),
    ("es", _HODEIDAH, "El buque descargó su trigo en Adén.", True),
    ("es", _KHARKIV, "Los ataques contra Járkov dañaron dos hospitales, dijo el Coordinador.",
     False),
    ("es", _KHARKIV, "Los ataques contra Jersón dañaron dos hospitales, dijo el Coordinador.",
     True),
    # Russian
    ("ru", _DARFUR, "Во вторник грузовики с помощью добрались до лагеря близ Эль-Фашира в "
     "Северном Дарфуре.", False),
    ("ru", _DARFUR, "Во вторник грузовики с помощью добрались до лагеря близ Эль-Фашира в "
     "Центральном Дарфуре.", True),
    ("ru", _PORT, "На прошлой неделе Координатор чрезвычайной помощи посетил Порт-Судан.", False),
    ("ru", _PORT, "На прошлой неделе Координатор чрезвычайной помощи посетил Кассалу.", True),
    ("ru", _KHARKIV, "Удары по Харькову повредили две больницы, сообщил Координатор.", False),
    ("ru", _KHARKIV, "Удары по Харьковской области повредили две больницы, сообщил "
     "Координатор.", False),
    ("ru", _KHARKIV, "Удары по Херсону повредили две больницы, сообщил Координатор.", True),
    ("ru", _KIVU, "С января боевые действия в Северном Киву вынудили покинуть свои дома 80 000 "
     "человек.", False),
    ("ru", _KIVU, "С января боевые действия в Южном Киву вынудили покинуть свои дома 80 000 "
     "человек.", True),
    # Arabic
    ("ar", _DARFUR, "وصلت شاحنات المساعدات يوم الثلاثاء إلى مخيم قرب الفاشر بشمال دارفور.",
     False),
    ("ar", _DARFUR, "وصلت شاحنات المساعدات يوم الثلاثاء إلى مخيم قرب الفاشر في جنوب دارفور.",
     True),
    ("ar", _PORT, "سافر منسق الإغاثة في حالات الطوارئ إلى بورتسودان الأسبوع الماضي.", False),
    ("ar", _PORT, "سافر منسق الإغاثة في حالات الطوارئ إلى بور سودان الأسبوع الماضي.", False),
    ("ar", _PORT, "سافر منسق الإغاثة في حالات الطوارئ إلى كسلا الأسبوع الماضي.", True),
    ("ar", _CAIRO, "ثم سيتوجه الأمين العام إلى القاهرة.", False),
    ("ar", _CAIRO, "ثم سيتوجه الأمين العام إلى عمّان.", True),
    ("ar", _AMMAN, "ثم سيتوجه الأمين العام إلى عمان.", False),
    ("ar", _AMMAN, "ثم سيتوجه الأمين العام إلى حلب.", True),
    ("ar", _JENIN, "استمرت العملية في جنين، في شمال الضفة الغربية، ثلاثة أيام.", False),
    ("ar", _JENIN, "استمرت العملية في نابلس ثلاثة أيام.", True),
    # Chinese
    ("zh", _DARFUR, "周二，援助卡车抵达北达尔富尔州法希尔附近的一个营地。", False),
    ("zh", _DARFUR, "周二，援助卡车抵达南达尔富尔州法希尔附近的一个营地。", True),
    ("zh", _DARFUR, "周二，援助卡车抵达北达尔富尔州尼亚拉附近的一个营地。", True),
    ("zh", _PORT, "紧急救济协调员上周前往苏丹港。", False),
    ("zh", _PORT, "紧急救济协调员上周前往喀土穆。", True),
    ("zh", _KIVU, "自1月以来，北基伍省的战斗已造成8万人流离失所。", False),
    ("zh", _KIVU, "自1月以来，南基伍省的战斗已造成8万人流离失所。", True),
    ("zh", _RAFAH, "在拉法避难的家庭被勒令再次搬迁。", False),
    ("zh", _RAFAH, "在汗尤尼斯避难的家庭被勒令再次搬迁。", True),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_places_checked(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    found, wanted = warned_by_case(tmp_path, cli_factory, lang, CASES, "TP109")
    assert found == wanted
