"""Classes the WMT 2012-2018 news test sets showed (session 59: 19,489 professional
translations of news into French, Spanish, Russian and Chinese, Helsinki-NLP/OPUS-MT-testsets;
every finding judged): numbers and dates the checker misread, and their wrong twins, which it
must still find."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import assert_expected, findings_by_case

from conftest import Cli

#: (lang, source, translation, the codes wanted: none for a right translation)
CASES = [
    # "thousand million": the long scale's milliard, 10^9
    ("fr", "The plan costs 200 thousand million euros.", "Le plan coûte 200 milliards d’euros.",
     ()),
    ("es", "The plan costs 200 thousand million euros.",
     "El plan cuesta 200.000 millones de euros.", ()),
    ("ru", "Debt reached 1.5 thousand million dollars.",
     "Долг достиг 1,5 млрд долларов.", ()),
    ("fr", "The plan costs 200 thousand million euros.",
     "Le plan coûte 200 millions d’euros.", ("TP302",)),
    # Chinese: a decimal in numerals, a round number's 多 before its scale, full-width digits
    # and point, 个 before 亿
    ("zh", "An earthquake measuring 6.1 on the Richter scale hit Iran, injuring 30 people.",
     "伊朗发生里氏六点一级地震，造成三十人受伤。", ()),
    ("zh", "An earthquake measuring 6.1 on the Richter scale hit Iran, injuring 30 people.",
     "伊朗发生里氏六点三级地震，造成三十人受伤。", ("TP301",)),
    ("zh", "The output rose to 520 million tonnes, or 51.6 per cent.",
     "产量增至五点二亿吨，占百分之五十一点六。", ()),
    ("zh", "Most of the more than 200,000 people from Changle entered the US.",
     "福建长乐二十多万人进入美国。", ()),
    ("zh", "The average score is 4.5 points.", "平均评分高达４．５分。", ()),
    ("zh", "The average score is 4.5 points.", "平均评分高达４．８分。", ("TP301",)),
    ("zh", "The project cost 400 million yuan.", "该项目耗资4个亿元。", ()),
    # «5 mil 352 pesos»: thousands said by their word, then three digits
    ("es", "The minimum wage rose from 5,352 pesos to 7,375 pesos.",
     "El salario mínimo pasó de 5 mil 352 pesos a 7 mil 375 pesos.", ()),
    ("es", "The minimum wage rose from 5,352 pesos to 7,375 pesos.",
     "El salario mínimo pasó de 5 mil 352 pesos a 7 mil 575 pesos.", ("TP301",)),
    ("es", "Some 5,000 people, 352 of them children.", "Unas 5 mil personas, 352 de ellas niños.",
     ()),
    ("fr", "They counted 55,053 votes.", "Ils ont compté 55 mille 053 voix.", ()),
    # an ordinal range of days before the month
    ("ru", "The forum will be held from 15th to 18th September.",
     "Форум пройдет с 15 по 18 сентября.", ()),
    ("fr", "The forum will be held from 15th to 18th September.",
     "Le forum se tiendra du 15 au 18 septembre.", ()),
    ("fr", "The forum will be held from 15th to 18th September.",
     "Le forum se tiendra du 15 au 19 septembre.", ("TP201", "TP202")),
    # Chinese numerals: a range of days, the month once; a month of a year
    ("zh", "The fair runs from December 3 to 5.", "展会于十二月三日至五日举行。", ()),
    ("zh", "The fair runs from December 3 to 5.", "展会于十二月三日至六日举行。",
     ("TP201", "TP202")),
    ("zh", "The report was published in April 2018.", "该报告于二〇一八年四月发表。", ()),
    ("zh", "The report was published in April 2018.", "该报告于二零一八年四月发表。", ()),
    ("zh", "The report was published in April 2018.", "该报告于二〇一八年五月发表。",
     ("TP201", "TP202")),
    # (from session 58's XNLI left list) a list of days sharing a month and year, and
    # thousands grouped by an apostrophe, as Swiss and Geneva texts write them
    ("fr", "The hearings were held on May 17, 18 and 24, 2001.",
     "Les audiences ont eu lieu les 17, 18 et 24 mai 2001.", ()),
    ("fr", "The hearings were held on May 17, 18, 24, 2001.",
     "Les audiences ont eu lieu les 17, 18 et 24 mai 2001.", ()),
    ("es", "The hearings were held on May 17, 18 and 24, 2001.",
     "Las audiencias se celebraron los días 17, 18 y 24 de mayo de 2001.", ()),
    ("fr", "The hearings were held on May 17, 18 and 24, 2001.",
     "Les audiences ont eu lieu les 17, 18 et 25 mai 2001.", ("TP201", "TP202")),
    ("es", "On May 17, 18 people were hurt in 2001.",
     "El 17 de mayo, 18 personas resultaron heridas en 2001.", ()),
    ("fr", "Some 600'000 people were displaced.", "Quelque 600 000 personnes ont été déplacées.",
     ()),
    ("ru", "Some 1'250'000 francs were paid.", "Было выплачено около 1 250 000 франков.", ()),
    ("fr", "Some 600'000 people were displaced.", "Quelque 500 000 personnes ont été déplacées.",
     ("TP301",)),
]


def _wanted(finding: dict[str, str]) -> bool:
    return finding["severity"] != "info" and finding["code"][:3] in ("TP2", "TP3")


@pytest.mark.parametrize("lang", ["fr", "es", "ru", "zh"])
def test_old_news_classes(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    assert_expected(findings_by_case(tmp_path, cli_factory, lang, CASES, _wanted), CASES)


DECIMALS = [
    # three digits ending in a zero, then a scale: a group of thousands, not a decimal
    ("ru", "The congress approved 2.600 million pesos.", "Конгресс одобрил 2.600 миллионов песо.",
     ()),
    ("ru", "The congress approved 2.5 million pesos.", "Конгресс одобрил 2.5 миллиона песо.",
     ("TP316",)),
    ("ru", "The congress approved 1.842 million pesos.", "Конгресс одобрил 1.842 миллиона песо.",
     ("TP316",)),
]


def test_a_thousands_group_before_a_scale_is_no_decimal(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    found = findings_by_case(tmp_path, cli_factory, "ru", DECIMALS,
                             lambda f: f["code"] == "TP316")
    assert {i: bool(items) for i, items in found.items()} == {0: False, 1: True, 2: True}
