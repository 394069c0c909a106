"""Precision of the date, number and collection checks on real translation habits (issue 10,
po5 of tests/corpus_real): era markers and Hijri dates beside Gregorian ones, decades, ranges,
dates named by a demonstrative, copies that are names, two wordings of one sentence. Each
accepted form has a twin with the error really present, which must still be caught."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _check, _check_units, _codes
from transpub.datefind import find_dates

from conftest import REPO, Cli

HIJRI = "At 0940 hours on 25 Rajab A.H. 1436 (14 May A.D. 2015), two mortars were observed."

ERA_AND_CALENDAR = [
    # the era marker between the month and the year
    ("fr", "He signed on 14 May A.D. 2015.",
     "Il a signé le 14 mai 2015.", "Il a signé le 14 mai 2016.", "TP201"),
    ("ru", HIJRI, "В 09 ч. 40 м. 25 раджаба 1436 года хиджры (14 мая 2015 года) были замечены "
     "два миномета.", "В 09 ч. 40 м. 25 раджаба 1436 года хиджры (14 мая 2016 года) были "
     "замечены два миномета.", "TP201"),
    # the Hijri date left out, the Gregorian one it equals kept
    ("es", HIJRI, "A las 9.40 horas del 14 de mayo de 2015, se observaron dos morteros.",
     "A las 9.40 horas del 15 de mayo de 2015, se observaron dos morteros.", "TP201"),
    # the Hijri date in Chinese, marked 回历; another Hijri day is still an error
    ("zh", HIJRI, "回历1436年7月25日(公历2015年5月14日)9时40分，看见两门迫击炮。",
     "回历1436年7月26日(公历2015年5月14日)9时40分，看见两门迫击炮。", "TP201"),
    ("ar", HIJRI, "سعت (09:40 - 25 رجب 1436 هـ) (14 أيار/مايو 2015) تواجد هاونان.",
     "سعت (09:40 - 25 شعبان 1436 هـ) (14 أيار/مايو 2015) تواجد هاونان.", "TP201"),
]


@pytest.mark.parametrize(("lang", "source", "good", "bad", "code"), ERA_AND_CALENDAR)
def test_era_markers_and_hijri_dates(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                     lang: str, source: str, good: str, bad: str,
                                     code: str) -> None:
    assert _check(tmp_path, cli_factory, lang, source, good) == []
    assert code in _codes(_check(tmp_path, cli_factory, lang, source, bad))


def test_a_hijri_date_is_not_its_gregorian_namesake() -> None:
    """«回历1436年7月25日» is 25 Rajab 1436 (14 May 2015), not 25 July; the arithmetic calendar
    gives its Gregorian day."""
    hijri, gregorian = find_dates("回历1436年7月25日(公历2015年5月14日)", "zh")
    assert (hijri.calendar, hijri.year, hijri.month, hijri.day) == ("hijri", 1436, 7, 25)
    assert (gregorian.calendar, gregorian.year) == ("gregorian", 2015)
    assert hijri.gregorian_ordinal() == dt.date(2015, 5, 14).toordinal()


def test_an_era_marker_is_a_whole_word() -> None:
    """«2012 م» is the year 2012 A.D.; in «2012 مع الأمانة» the م begins the next word."""
    [marked] = find_dates("في 2 تشرين الأول/أكتوبر 2012 م.", "ar")
    assert marked.text.endswith("م")
    [plain] = find_dates("يوم 2 تشرين الأول/أكتوبر 2012 مع الأمانة العامة", "ar")
    assert plain.text.endswith("2012")


DECADE = "since the introduction of our fleet in the 1960s."
DECADES_AND_DUALS = [
    ("fr", DECADE, "depuis la mise en service de la flotte dans les années 60.",
     "depuis la mise en service de la flotte dans les années 70."),
    ("es", DECADE, "desde la introducción de nuestra flota en los años sesenta.",
     "desde la introducción de nuestra flota en los años setenta."),
    ("ru", DECADE, "с момента создания флота в 60-х годах.",
     "с момента создания флота в 70-х годах."),
    ("zh", DECADE, "自60年代引进我们的舰队以来。", "自70年代引进我们的舰队以来。"),
    ("ar", DECADE, "منذ بدء تشغيل أسطولنا خلال عقد الستينات من القرن الماضي.",
     "منذ بدء تشغيل أسطولنا خلال عقد السبعينات من القرن الماضي."),
    # two, said by a noun and its adjective in the Arabic dual; the plural loses the number
    ("ar", "That same day, the village was hit by 2 chlorine-filled barrel bombs.",
     "وفي اليوم نفسه، أسقط على القرية برميلان متفجران معبآن بالكلور.",
     "وفي اليوم نفسه، أسقط على القرية براميل متفجرة معبأة بالكلور."),
]


@pytest.mark.parametrize(("lang", "source", "good", "bad"), DECADES_AND_DUALS)
def test_decades_and_the_arabic_dual(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                     lang: str, source: str, good: str, bad: str) -> None:
    assert _check(tmp_path, cli_factory, lang, source, good) == []
    assert "TP301" in _codes(_check(tmp_path, cli_factory, lang, source, bad))


def test_a_dual_does_not_stand_for_another_number(tmp_path: Path,
                                                  cli_factory: Callable[[Path], Cli]) -> None:
    """The dual is two: "3 barrel bombs" said with it is still a changed number."""
    assert "TP301" in _codes(_check(tmp_path, cli_factory, "ar", "hit by 3 barrel bombs.",
                                    "أسقط عليها برميلان متفجران."))


RANGES_AND_ANAPHORA = [
    # the French range repeats the article before each day
    ("fr", "Subsidiary Body 2 held five meetings between 7 and 18 May.",
     "L'organe subsidiaire 2 a tenu cinq séances entre le 7 et le 18 mai.",
     "L'organe subsidiaire 2 a tenu cinq séances entre le 7 et le 19 mai."),
    # a date the document gave before, named by a demonstrative; another date is an error
    ("fr", "Clauses 10.5 and 10.6 apply to any plan of work submitted after 25 July 2013.",
     "Les clauses 10.5 et 10.6 s'appliquent à tout plan de travail soumis après cette date.",
     "Les clauses 10.5 et 10.6 s'appliquent à tout plan de travail soumis après le 25 juin "
     "2013."),
    ("es", "Clauses 10.5 and 10.6 apply to any plan of work submitted after 25 July 2013.",
     "Las cláusulas 10.5 y 10.6 se aplican a todo plan de trabajo presentado después de dicha "
     "fecha.", "Las cláusulas 10.5 y 10.6 se aplican a todo plan de trabajo presentado."),
    ("ru", "Clauses 10.5 and 10.6 apply to any plan of work submitted after 25 July 2013.",
     "Пункты 10.5 и 10.6 применяются к любым планам работы, представленным после этой даты.",
     "Пункты 10.5 и 10.6 применяются к любым планам работы, представленным после 25 июля "
     "2012 года."),
]


@pytest.mark.parametrize(("lang", "source", "good", "bad"), RANGES_AND_ANAPHORA)
def test_ranges_and_dates_named_by_a_demonstrative(tmp_path: Path,
                                                   cli_factory: Callable[[Path], Cli], lang: str,
                                                   source: str, good: str, bad: str) -> None:
    assert _check(tmp_path, cli_factory, lang, source, good) == []
    assert "TP201" in _codes(_check(tmp_path, cli_factory, lang, source, bad))


def test_a_year_the_source_repeats_said_once_in_a_date(tmp_path: Path,
                                                       cli_factory: Callable[[Path], Cli]) -> None:
    """"In October 2014 ... Africa Week 2014": the year said once, in the date; another year
    for the event is still a changed number."""
    source = "In October 2014, the Office organized Africa Week 2014 at Headquarters."
    good = "В октябре 2014 года Канцелярия организовала в Центральных учреждениях Неделю Африки."
    assert _check(tmp_path, cli_factory, "ru", source, good) == []
    bad = ("В октябре 2014 года Канцелярия организовала в Центральных учреждениях Неделю Африки "
           "2015 года.")
    assert _codes(_check(tmp_path, cli_factory, "ru", source, bad)) == ["TP301"]
    no_year = "В октябре Канцелярия организовала в Центральных учреждениях Неделю Африки."
    assert "TP301" in _codes(_check(tmp_path, cli_factory, "ru", source, no_year))


def _pairs(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
           pairs: list[tuple[str, str]]) -> list[str]:
    """The codes of the warnings and errors on a PO file of several units."""
    return _codes(_check_units(tmp_path, cli_factory, lang, pairs, "--select", "TP7"))


SAME_TRANSLATION = [
    # two wordings of one sentence (a letter sent twice, edited by two hands): one translation
    (("On instructions from my Government, I should like to convey to you the following "
      "information:", "On instructions from my Government, I wish to draw your attention to the "
      "following:"),
     "D'ordre de mon gouvernement, j'ai l'honneur de vous communiquer ce qui suit :", []),
    (("Organizational structure and post distribution for the biennium 2016-2017",
      "Organizational structure and post distribution for 2016-2017"),
     "Organigramme et répartition des postes pour l'exercice biennal 2016-2017", []),
    # other statements given one translation: still caught
    (("Emissions increased in 2015 in the region.", "Emissions decreased in 2015 in the region."),
     "Les émissions ont augmenté en 2015 dans la région.", ["TP702"]),
    (("The Committee adopted the report.", "The Committee did not adopt the report."),
     "Le Comité a adopté le rapport.", ["TP702"]),
    (("Organizational structure and post distribution for 2016-2017",
      "Organizational structure and post distribution for 2018-2019"),
     "Organigramme et répartition des postes pour l'exercice biennal 2016-2017", ["TP702"]),
    (("Coverage of protected areas in relation to marine areas",
      "Proportion of fish stocks within biologically sustainable levels"),
     "Proportion des stocks de poissons dont le niveau est biologiquement viable", ["TP702"]),
]


@pytest.mark.parametrize(("sources", "target", "expected"), SAME_TRANSLATION)
def test_two_wordings_of_one_sentence(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                      sources: tuple[str, str], target: str,
                                      expected: list[str]) -> None:
    assert _pairs(tmp_path, cli_factory, "fr", [(s, target) for s in sources]) == expected


TERMBASE = str(REPO / "locales" / "termbase.tbx")


@pytest.mark.parametrize(("lang", "source", "expected"), [
    ("zh", "Igor Trunov", []),  # a signature: UN Chinese may keep a name in Latin script
    ("zh", "Staffan de Mistura", []),
    ("ru", "Igor Trunov", ["TP603"]),  # UN Russian transliterates every name: «Игорь Трунов»
    ("ar", "Igor Trunov", ["TP603"]),
    ("zh", "Member States", ["TP101", "TP603"]),  # a name the termbase knows has a Chinese form
    ("zh", "Report of the Secretary-General", ["TP603"]),  # a title, not a name
    # references and symbols are the same in every language; prose around them is not
    ("zh", "A/RES/70/1, A/RES/69/313", []),
    ("ru", "CO2, CH4, N2O", []),
    ("ar", "E/CN.4/Sub.2/2005/1", []),
    ("zh", "Report of the Secretary-General (A/70/1)", ["TP603"]),
    ("ru", "Emissions of CO2 and N2O", ["TP603"]),
])
def test_a_name_kept_in_latin_script(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                     lang: str, source: str, expected: list[str]) -> None:
    found = _codes(_check(tmp_path, cli_factory, lang, source, source, "--termbase", TERMBASE))
    assert found == expected
