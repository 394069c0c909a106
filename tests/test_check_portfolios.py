"""TP314: a minister keeps their portfolio ("the Minister for Foreign Affairs" is not «le
Ministre de la défense»).

The wrong cases are the class session 44's round found unseen (national titles changed, the
country and the person right); the right ones are how the UN's documents write ministers and
ministries, as the UN Parallel Corpus's translations do («وزير خارجية جمهورية كوريا» without
its article, 外务省, 国防大臣, «ووزارة التجارة الخارجية», external trade and no foreign
affairs: a first version's one false finding on 40,000 units).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import findings_by_case
from transpub.checks.portfolios import _portfolios

from conftest import Cli

_FM = ("Mr. Voronkov met the Minister for Foreign Affairs of Qatar, Sheikh Mohammed bin "
       "Abdulrahman Al-Thani, in Doha.")
_HEALTH = "The Ministry of Health reported 120 new cases on Monday."
_TWO = "The Minister of Finance and the Minister of Justice of Kenya attended."
_PM = "The Secretary-General spoke with the Prime Minister of Lebanon, Najib Mikati."
_PRES = "The Secretary-General met President William Ruto of Kenya."

CASES = [
    ("fr", _FM, "M. Voronkov a rencontré le Ministre des affaires étrangères du Qatar, Cheikh "
     "Mohammed bin Abdulrahman Al-Thani, à Doha.", []),
    ("fr", _FM, "M. Voronkov a rencontré le Ministre de la défense du Qatar, Cheikh Mohammed "
     "bin Abdulrahman Al-Thani, à Doha.", ["TP314"]),
    ("fr", _TWO, "Le Ministre des finances et le Ministre de la justice du Kenya étaient "
     "présents.", []),
    ("es", _FM, "El Sr. Voronkov se reunió con el Ministro de Relaciones Exteriores de Qatar, "
     "Jeque Mohammed bin Abdulrahman Al-Thani, en Doha.", []),
    ("es", _HEALTH, "El Ministerio de Hacienda informó el lunes de 120 nuevos casos.",
     ["TP314"]),
    ("ru", _HEALTH, "Министерство здравоохранения сообщило в понедельник о 120 новых случаях.",
     []),
    ("ru", _FM, "Г-н Воронков встретился в Дохе с министром внутренних дел Катара шейхом "
     "Мухаммедом бин Абдуррахманом Аль Тани.", ["TP314"]),
    ("zh", _FM, "沃伦科夫先生在多哈会见了卡塔尔外交部长谢赫·穆罕默德·本·阿卜杜拉赫曼·阿勒萨尼。",
     []),
    ("zh", _HEALTH, "财政部周一报告了120例新病例。", ["TP314"]),
    ("ar", _FM, "والتقى السيد فورونكوف في الدوحة بوزير خارجية قطر الشيخ محمد بن عبد الرحمن "
     "آل ثاني.", []),
    ("ar", _FM, "والتقى السيد فورونكوف في الدوحة بوزير الدفاع القطري الشيخ محمد بن عبد الرحمن "
     "آل ثاني.", ["TP314"]),
    ("ar", _HEALTH, "وأبلغت وزارة الصحة يوم الاثنين عن 120 حالة جديدة.", []),
    # heads of government and of State
    ("fr", _PM, "Le Secrétaire général s'est entretenu avec le Premier Ministre libanais, "
     "Najib Mikati.", []),
    ("fr", _PM, "Le Secrétaire général s'est entretenu avec le Président du Conseil des "
     "ministres libanais, Najib Mikati.", []),  # (Lebanon's formal title)
    ("fr", _PM, "Le Secrétaire général s'est entretenu avec le Président libanais, Najib "
     "Mikati.", ["TP314"]),
    ("es", _PRES, "El Secretario General se reunió con el Presidente William Ruto de Kenya.",
     []),
    ("es", _PRES, "El Secretario General se reunió con el Primer Ministro William Ruto de "
     "Kenya.", ["TP314"]),
    ("ru", _PM, "Генеральный секретарь побеседовал с премьер-министром Ливана Наджибом "
     "Микати.", []),
    ("ru", _PM, "Генеральный секретарь побеседовал с президентом Ливана Наджибом Микати.",
     ["TP314"]),
    ("zh", _PM, "秘书长与黎巴嫩总理纳吉布·米卡提通了电话。", []),
    ("zh", _PM, "秘书长与黎巴嫩总统纳吉布·米卡提通了电话。", ["TP314"]),
    ("ar", _PM, "وتحدث الأمين العام مع رئيس مجلس الوزراء اللبناني نجيب ميقاتي.", []),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_portfolio(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    found = findings_by_case(tmp_path, cli_factory, lang, CASES,
                             lambda f: f["code"] == "TP314")
    assert {i: sorted({f["code"] for f in fs}) for i, fs in found.items()} == {
        i: CASES[i][3] for i in found}


@pytest.mark.parametrize(("lang", "text", "portfolios"), [
    ("en", "Foreign Minister Al-Thani", {"foreign affairs"}),
    ("en", "the Ministry of Foreign Trade", {"trade"}),
    ("en", "the Defence Secretary", {"defence"}),
    ("en", "the Executive Secretary of ESCAP", set()),
    ("en", "the Minister of Justice, who spoke on health", {"justice"}),
    ("ar", "ووزارة التجارة الخارجية", {"trade"}),
    ("ar", "وزير الدولة للشؤون الخارجية", {"foreign affairs"}),
    ("ar", "وزير الخارجية أثناء عمل اللجنة", {"foreign affairs"}),
    ("zh", "《外务省设置法》", {"foreign affairs"}),
    ("zh", "经济部门和卫生部门", set()),  # (sectors)
    ("ru", "Министерство экономики и финансов", {"economy", "finance"}),
])
def test_portfolios(lang: str, text: str, portfolios: set[str]) -> None:
    assert _portfolios(text, lang) == portfolios
