"""TP205 and the periods of a year: halves, quarters, a year's first or last months and its
parts ("mid-2023"), read in the six languages (``transpub.periods``). A translator may write
a run of months as the period it is ("from July to December 2022" → «au second semestre de
2022»): TP201 and TP202 had called that a date missing and one not in the source. A period
that became another ("the second half" → «le premier semestre») was compared by nothing.
Each wrong translation has a right twin; the forms are those NTREX-128, TICO-19 and the UN
corpus's translators wrote («втором квартале 2018 года», «2019年上半年», «أوائل عام 2018»,
«fines de 2019», «в конце 2014-го»). Units written for these tests, run through the real
CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import HEADER, findings_by_case
from transpub.periods import PART, SPAN, periods_in

from conftest import Cli

# (lang, text, the periods read: (kind, first, last, year))
READINGS = [
    ("en", "Growth slowed in the second half of 2022.", [(SPAN, 7, 12, 2022)]),
    ("en", "in Q1 2023 and in the fourth quarter", [(SPAN, 1, 3, 2023), (SPAN, 10, 12, None)]),
    ("en", "over the first nine months of the year", [(SPAN, 1, 9, None)]),
    ("en", "by mid-2023, and again in early 2024", [(PART, 2, 2, 2023), (PART, 1, 1, 2024)]),
    ("en", "by the end of the year", [(PART, 3, 3, None)]),
    ("en", "2023 H2 results", [(SPAN, 7, 12, 2023)]),
    # not a year's: a century's quarter, a match's half, a virus
    ("en", "the first quarter of the century", []),
    ("en", "H1N1 cases rose in the first half of the match", []),
    ("en", "the late 1990s", []),
    ("fr", "au second semestre de 2022", [(SPAN, 7, 12, 2022)]),
    ("fr", "au premier trimestre 2023", [(SPAN, 1, 3, 2023)]),
    ("fr", "des neuf premiers mois de l'année", [(SPAN, 1, 9, None)]),
    ("fr", "d'ici à la fin de 2023, puis à la mi-2024", [(PART, 3, 3, 2023), (PART, 2, 2, 2024)]),
    ("fr", "Début 2018", [(PART, 1, 1, 2018)]),
    ("fr", "au premier trimestre de grossesse", []),
    ("fr", "la première moitié du siècle", []),
    ("es", "en el segundo semestre de 2022", [(SPAN, 7, 12, 2022)]),
    ("es", "el primer trimestre del año 2023", [(SPAN, 1, 3, 2023)]),
    ("es", "los primeros seis meses de 2023", [(SPAN, 1, 6, 2023)]),
    ("es", "a finales de 2023 y a mediados de 2024", [(PART, 3, 3, 2023), (PART, 2, 2, 2024)]),
    ("es", "la primera mitad del 2019", [(SPAN, 1, 6, 2019)]),
    ("ru", "во втором полугодии 2022 года", [(SPAN, 7, 12, 2022)]),
    ("ru", "в I квартале 2023 года", [(SPAN, 1, 3, 2023)]),
    ("ru", "в третьей четверти прошлого года", [(SPAN, 7, 9, None)]),
    ("ru", "за первые девять месяцев 2023 года", [(SPAN, 1, 9, 2023)]),
    ("ru", "в конце 2014-го и начале 2015 года", [(PART, 3, 3, 2014), (PART, 1, 1, 2015)]),
    ("ru", "во второй половине дня", []),  # the afternoon
    ("ru", "четверть населения", []),  # a quarter of the population
    ("ar", "في النصف الثاني من عام ٢٠٢٢", [(SPAN, 7, 12, 2022)]),
    ("ar", "خلال الربع الأول من عام 2023", [(SPAN, 1, 3, 2023)]),
    ("ar", "الأشهر التسعة الأولى من عام 2023", [(SPAN, 1, 9, 2023)]),
    ("ar", "بحلول نهاية عام 2023", [(PART, 3, 3, 2023)]),
    ("ar", "النصف الأول من القرن", []),
    ("zh", "2022年下半年", [(SPAN, 7, 12, 2022)]),
    ("zh", "2023年第一季度和今年前九个月", [(SPAN, 1, 3, 2023), (SPAN, 1, 9, None)]),
    ("zh", "2023年底", [(PART, 3, 3, 2023)]),
    ("zh", "2023年初步统计", []),  # preliminary statistics
]


@pytest.mark.parametrize(("lang", "text", "expected"), READINGS)
def test_periods_read(lang: str, text: str,
                      expected: list[tuple[str, int, int, int | None]]) -> None:
    assert [(p.kind, p.first, p.last, p.year) for p in periods_in(text, lang)] == expected


# (lang, source, translation, the codes of the errors and warnings found)
CASES = [
    # a run of months said as its period, and the other way round: no date missing
    ("fr", "The programme ran from July to December 2022.",
     "Le programme s'est déroulé au second semestre de 2022.", set()),
    ("fr", "The programme ran from July to December 2022.",
     "Le programme s'est déroulé au premier semestre de 2022.", {"TP201"}),
    ("es", "Sales rose in the first quarter of 2023.",
     "Las ventas aumentaron de enero a marzo de 2023.", set()),
    ("es", "Sales rose in the first quarter of 2023.",
     "Las ventas aumentaron de abril a junio de 2023.", {"TP202"}),
    ("ru", "The report covers January to June 2023.",
     "Доклад охватывает первое полугодие 2023 года.", set()),
    ("zh", "The report covers July to September 2023.", "报告涵盖2023年第三季度。", set()),
    ("zh", "The report covers July to September 2023.", "报告涵盖2023年第二季度。", {"TP201"}),
    ("ar", "The report covers January to June 2023.",
     "يغطي التقرير النصف الأول من عام 2023.", set()),
    # a period that became another
    ("fr", "Growth slowed in the second half of 2022.",
     "La croissance a ralenti au second semestre de 2022.", set()),
    ("fr", "Growth slowed in the second half of 2022.",
     "La croissance a ralenti au premier semestre de 2022.", {"TP205"}),
    ("es", "Exports fell in the third quarter.",
     "Las exportaciones cayeron en el tercer trimestre.", set()),
    ("es", "Exports fell in the third quarter.",
     "Las exportaciones cayeron en el cuarto trimestre.", {"TP205"}),
    ("ru", "Prices rose in the second quarter of 2018.",
     "Цены выросли во втором квартале 2018 года.", set()),
    ("ru", "Prices rose in the second quarter of 2018.",
     "Цены выросли в третьем квартале 2018 года.", {"TP205"}),
    ("ar", "Prices rose in the first half of 2019.", "ارتفعت الأسعار في النصف الأول من عام 2019.",
     set()),
    ("ar", "Prices rose in the first half of 2019.", "ارتفعت الأسعار في النصف الثاني من عام 2019.",
     {"TP205"}),
    ("zh", "Prices rose in the first half of 2019.", "2019年上半年价格上涨。", set()),
    ("zh", "Prices rose in the first half of 2019.", "2019年下半年价格上涨。", {"TP205"}),
    # the parts of a year
    ("fr", "The plan will be ready by mid-2024.", "Le plan sera prêt à la mi-2024.", set()),
    ("fr", "The plan will be ready by mid-2024.", "Le plan sera prêt d'ici à la fin de 2024.",
     {"TP205"}),
    ("es", "Cases were first reported in late 2019.",
     "Los primeros casos se notificaron a fines de 2019.", set()),
    ("es", "Cases were first reported in late 2019.",
     "Los primeros casos se notificaron a principios de 2019.", {"TP205"}),
    ("ru", "The work will end in early 2020.", "Работа завершится в начале 2020 года.", set()),
    ("ru", "The work will end in early 2020.", "Работа завершится в конце 2020 года.", {"TP205"}),
    ("zh", "The work will end in early 2020.", "工作将于2020年初结束。", set()),
    ("zh", "The work will end in early 2020.", "工作将于2020年底结束。", {"TP205"}),
    # the first and last days of a year are its beginning and end
    ("fr", "Pledges are due before 31 December.", "Les annonces sont attendues avant la fin de "
     "l'année.", set()),
    ("es", "Pledges are due before 31 December.", "Las promesas deben anunciarse antes de que "
     "acabe el año.", set()),
    ("ru", "At least 12 journalists were arrested since 1 January 2024.",
     "С начала 2024 года арестованы по меньшей мере 12 журналистов.", set()),
    ("ar", "At least 12 journalists were arrested since 1 January 2024.",
     "اعتقل ما لا يقل عن 12 صحفيا منذ مطلع عام 2024.", set()),
    ("zh", "Pledges are due before 31 December.", "认捐应在年底前作出。", set()),
    ("zh", "Pledges are due before 31 December.", "认捐应在年初前作出。", {"TP201"}),
    ("ru", "At least 12 journalists were arrested since 1 January 2024.",
     "С начала 2023 года арестованы по меньшей мере 12 журналистов.", {"TP201"}),
    ("fr", "Pledges are due by the end of the year.", "Les annonces sont attendues avant le 31 "
     "décembre.", set()),
    # a translation that says the period another way (or not at all) is left alone
    ("es", "An announcement is expected by the end of the year.",
     "Se espera el anuncio antes de que acabe el año.", set()),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_periods_checked(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    """Every case of a language in one PO file, checked once: each case's errors and
    warnings among the family's codes."""
    found = findings_by_case(tmp_path, cli_factory, lang, CASES,
                             lambda f: f["severity"] != "info" and f["code"].startswith("TP2"))
    assert {i: {f["code"] for f in fs} for i, fs in found.items()} == {
        i: CASES[i][3] for i in found}



def test_a_range_not_in_the_source_said_once(tmp_path: Path,
                                            cli_factory: Callable[[Path], Cli]) -> None:
    """«de janvier à mars 2023» is one date of the translation's, not two: TP202 said it
    twice."""
    path = tmp_path / "fr.po"
    path.write_text(HEADER.format(lang="fr") + '\nmsgctxt "u"\nmsgid "Sales rose in 2023."\n'
                    'msgstr "Les ventes ont augmenté de janvier à mars 2023."\n', encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("check", str(path), "--no-cache", "--format", "json", expect=None)
    assert [f["message"] for f in json.loads(cli.out)["findings"] if f["code"] == "TP202"] == [
        "date «janvier à mars 2023» is not in the source"]


def test_a_run_of_months_is_no_name() -> None:
    """TP901 had asked the terminologist for «July to December» and «Monday and Tuesday»."""
    from transpub.checks.coverage import candidate_names

    assert candidate_names("It ran from July to December under the Paris Agreement.", []) == [
        "Paris Agreement"]
    assert candidate_names("We met on Monday and Tuesday in May.", []) == []
    assert candidate_names("The October War Memorial opened.", []) == ["October War Memorial"]
