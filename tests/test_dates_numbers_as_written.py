"""Dates and numbers as human translators write them, which the checker did not read (a trial on
unseen human translation: TaTA's professional translations of DHS reports, google-research/
url-nlp, CC BY 4.0; Mintaka, amazon-science/mintaka, CC BY 4.0; CLDR's date patterns through
Babel). Each right translation has a wrong twin that must still be reported.

- a currency's code against its amount in a translation («CHF1.25», «USD5 millions»): read in
  every language (it was read only in English, and "USD5" was set aside as a designation like
  G20, so a changed amount went unseen).
- numeric dates: with the invisible marks of bidirectional text inside (CLDR's Arabic short date
  «15‏/03‏/1985», Word's Arabic), with hyphens in any language («21-11-1994», «21-11-1994 г.»),
  with points in Arabic; the month first ("11/21/1994") where only that reading is a date.
- a range of years written short ("2008-09") with a space by its hyphen or dash ("2017- 18"),
  with a footnote's number glued after it ("2008-09.1"), and in the translation («2008-09»).
- ages as health texts say them: a range's 0 said by birth («منذ الولادة إلى 23 شهرًا», «de la
  naissance à 23 mois»), "at age 1" by the Arabic singular («عند بلوغ عام»); «وثلاثة أرباع»,
  three-quarters with the conjunction against it.
- decades said in words («los setenta», «des année soixante-dix»), and a decade given as a year
  ("the 1980s" → «1980»: the same digits, paired and never told).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import findings_by_case
from test_precision import _check, _codes, _twins
from transpub.datefind import find_dates
from transpub.numfind import find_numbers

from conftest import Cli

# -- a currency's code against its amount -----------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "values"), [
    ("CHF1.25", "zh", [1.25]),
    ("USD5 million", "fr", [5e6]),
    ("USD5 millions", "fr", [5e6]),
    ("瑞士法郎CHF1.25", "zh", [1.25]),  # (a Chinese letter before the code: another script)
    ("بمبلغ USD5 مليون", "ar", [5e6]),
    ("XUSD5", "en", []),  # (the code's letters end a Latin word: no amount)
])
def test_a_code_glued_to_its_amount_is_read_in_every_language(
        text: str, lang: str, values: list[float]) -> None:
    assert [v for m in find_numbers(text, lang) for v in sorted(m.values)] == values


@pytest.mark.parametrize(("lang", "source", "good", "bad"), [
    # (the trial's CLDR currency file: "CHF1.25" copied as it is was «1.25 is missing»)
    ("zh", "It costs CHF1.25.", "售价CHF1.25。", "售价CHF1.35。"),
    ("fr", "a loan of USD 5 million", "un prêt de USD5 millions", "un prêt de USD6 millions"),
    ("ru", "a loan of USD5 million", "кредит в размере USD5 млн", "кредит в размере USD7 млн"),
    ("es", "a loan of USD5 million", "un préstamo de 5 millones de dólares",
     "un préstamo de 7 millones de dólares"),
])
def test_a_code_glued_to_its_amount_is_compared(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, source: str, good: str,
        bad: str) -> None:
    _twins(tmp_path, cli_factory, lang, source, good, bad)


# -- numeric dates: bidi marks, hyphens, points in Arabic, the month first ---------------------

@pytest.mark.parametrize(("lang", "text", "dates"), [
    # CLDR's Arabic short date (Babel's format_date(..., "short", locale="ar")), an RLM after
    # the day and the month
    ("ar", "15\u200f/03\u200f/1985", [(1985, 3, 15)]),
    ("ar", "الجمعة 15\u200f/03\u200f/1985", [(1985, 3, 15)]),
    ("fr", "le \u200e21.11.1994\u200e", [(1994, 11, 21)]),
    ("ru", "\u206621\u2069.\u206611\u2069.1994", [(1994, 11, 21)]),
    ("ar", "15 \u200fآذار/مارس 1985", [(1985, 3, 15)]),  # (a space from the digit)
    ("fr", "le 15 \u200emars 1985", [(1985, 3, 15)]),
    ("ar", "\u061c«ع» 15 آذار/مارس 1985", [(1985, 3, 15)]),  # (a mark far from the date)
    # Mintaka's Arabic: «والتي أصدرت في 21-11-1994» for "released on November 21, 1994"
    ("ar", "والتي أصدرت في 21-11-1994؟", [(1994, 11, 21)]),
    ("ar", "و21-11-1994", [(1994, 11, 21)]),
    ("fr", "le 21-11-1994", [(1994, 11, 21)]),
    ("ru", "21-11-1994 г.", [(1994, 11, 21)]),
    ("es", "el 21-11-1994", [(1994, 11, 21)]),
    ("zh", "1994年11月21日(21-11-1994)", [(1994, 11, 21), (1994, 11, 21)]),
    # points in Arabic, as README said they were read (the point after a month's digits was
    # taken for the full stop after a full month's name)
    ("ar", "في 21.11.1994؟", [(1994, 11, 21)]),
    # the month first where only that reading is a date; both possible: the day first
    ("en", "on 11/21/1994", [(1994, 11, 21)]),
    ("en", "on 11-21-1994", [(1994, 11, 21)]),
    ("en", "on 3/5/1985", [(1985, 5, 3)]),
    # no date: a symbol's part, a longer run, an impossible month either way
    ("en", "A/75/21-11-1994", []),
    ("en", "1-2-2020-5", []),
    ("fr", "le 21-13-1994", []),
])
def test_numeric_dates_are_read(lang: str, text: str, dates: list[tuple[int, int, int]]) -> None:
    assert [(d.year, d.month, d.day) for d in find_dates(text, lang)] == dates


def test_a_bidi_mark_inside_a_number_is_no_end() -> None:
    found = find_numbers("a 1\u200f,234 b", "en")
    assert [(m.text, m.start, m.end, sorted(m.values)) for m in found] == [
        ("1\u200f,234", 2, 8, [1234.0])]


@pytest.mark.parametrize(("lang", "source", "good", "bad"), [
    ("ar", "Mar 15, 1985", "15\u200f/03\u200f/1985", "16\u200f/03\u200f/1985"),
    ("ar", "released on November 21, 1994?", "والتي أصدرت في 21-11-1994؟",
     "والتي أصدرت في 22-11-1994؟"),
    ("ar", "released on November 21, 1994?", "والتي أصدرت في 21.11.1994؟",
     "والتي أصدرت في 21.12.1994؟"),
    ("ru", "on 21 November 1994", "21-11-1994 г.", "21-12-1994 г."),
    ("fr", "on 21 November 1994", "le 21-11-1994", "le 21-11-1995"),
    ("es", "on 11/21/1994", "el 21 de noviembre de 1994", "el 21 de octubre de 1994"),
])
def test_numeric_dates_are_compared(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                    lang: str, source: str, good: str, bad: str) -> None:
    """The right date so written is not in house style (TP203), never missing; a wrong one is
    a date changed (TP201)."""
    found = findings_by_case(tmp_path, cli_factory, lang, [(lang, source, good),
                                                           (lang, source, bad)],
                             lambda f: f["code"] in ("TP201", "TP203", "TP301"))
    assert [f["code"] for f in found[0]] in (["TP203"], [])
    assert "TP201" in [f["code"] for f in found[1]]


# -- abbreviated ranges of years: spaces, a dash, a footnote after -----------------------------

@pytest.mark.parametrize(("lang", "source", "good", "bad"), [
    # TaTA's DHS reports (Kenya; Jordan), as their translators wrote them
    ("ar", "the age dependency ratio increased from 92 in 2003 to 96 in 2008-09.1",
     "ارتفعت نسبة الإعالة العمرية من 92 في عام 2003 إلى 96 في عامي 2008 و2009.",
     "ارتفعت نسبة الإعالة العمرية من 92 في عام 2003 إلى 96 في عامي 2008 و2010."),
    ("fr", "the age dependency ratio increased from 92 in 2003 to 96 in 2008-09.1",
     "le rapport est passé de 92 en 2003 à 96 en 2008-2009. 1",
     "le rapport est passé de 92 en 2003 à 96 en 2008-2010. 1"),
    ("ar", "before declining to 51% in 2017- 18.", "قبل التراجع إلى 51% في عامي 2017 و2018.",
     "قبل التراجع إلى 51% في عامي 2017 و2019."),
    ("fr", "before declining to 51% in 2017- 18.", "avant de baisser à 51 % en 2017-2018.",
     "avant de baisser à 51 % en 2017-2019."),
    ("es", "in the 2017 – 18 season", "en la temporada 2017-2018",
     "en la temporada 2017-2019"),
    # the translation writes the range short
    ("fr", "in 2008-2009 it rose", "en 2008-09, il a augmenté", "en 2008-10, il a augmenté"),
    ("ru", "in 2017-2018", "в 2017 — 18 гг.", "в 2017 — 19 гг."),
])
def test_short_ranges_of_years(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                               source: str, good: str, bad: str) -> None:
    _twins(tmp_path, cli_factory, lang, source, good, bad)


def test_a_decimal_after_a_range_is_no_footnote(tmp_path: Path,
                                                cli_factory: Callable[[Path], Cli]) -> None:
    """"12.5 percent" after "2010-" is a rate, not the range 2010-2012 and a footnote."""
    _twins(tmp_path, cli_factory, "fr", "rose in 2010-12.5 percent", "a augmenté en 2010-12,5 %",
           "a augmenté en 2010-12,6 %")


# -- ages in Arabic health texts: from birth, a year, a clitic ---------------------------------

@pytest.mark.parametrize(("lang", "source", "good", "bad"), [
    # TaTA's DHS reports (Jordan, Tanzania), as their Arabic translators wrote them
    ("ar", "Age-appropriate breastfeeding (0-23 months)",
     "الرضاعة الطبيعية المناسبة للعمر (منذ الولادة إلى 23 شهرًا)",
     "الرضاعة الطبيعية المناسبة للعمر (منذ الولادة إلى 24 شهرًا)"),
    ("ar", "Twenty-two percent of children age 0-23 months used a bottle",
     "استخدم اثنان وعشرون في المئة من الأطفال منذ ولادتهم وحتى عمر 23 شهرًا زجاجات",
     "استخدم اثنان وعشرون في المئة من الأطفال منذ ولادتهم وحتى عمر 25 شهرًا زجاجات"),
    ("ar", "Among all children age 0-23 months, 57% were fed with a bottle",
     "بين جميع الأطفال الذين تتراوح أعمارهم بين الولادة وحتى عمر 23 شهرًا، تم إرضاع 57% منهم",
     "بين جميع الأطفال الذين تتراوح أعمارهم بين الولادة وحتى عمر 23 شهرًا، تم إرضاع 75% منهم"),
    ("fr", "children age 0-23 months", "les enfants de la naissance à 23 mois",
     "les enfants de la naissance à 24 mois"),
    ("es", "children age 0-23 months", "niños desde el nacimiento hasta los 23 meses",
     "niños desde el nacimiento hasta los 24 meses"),
    ("ru", "children age 0-23 months", "дети от рождения до 23 месяцев",
     "дети от рождения до 24 месяцев"),
    ("zh", "children age 0-23 months", "出生至23个月的儿童", "出生至24个月的儿童"),
    # "at age 1": one year, said by the singular; two years are not one
    ("ar", "Continued breastfeeding is relatively low at age 1 (36%)",
     "استمرار الرضاعة الطبيعية منخفض نسبيًا عند بلوغ عام (36%)",
     "استمرار الرضاعة الطبيعية منخفض نسبيًا عند بلوغ عامين (36%)"),
])
def test_ages_said_in_words(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                            source: str, good: str, bad: str) -> None:
    _twins(tmp_path, cli_factory, lang, source, good, bad)


def test_a_delivery_is_no_birth_of_a_range(tmp_path: Path,
                                           cli_factory: Callable[[Path], Cli]) -> None:
    """«الولادة» is also a delivery: only birth that starts the range stands for its 0."""
    found = _check(tmp_path, cli_factory, "ar", "Deliveries 0-5 days", "خدمات الولادة 5 أيام")
    assert _codes(found) == ["TP301"]


def test_three_quarters_with_a_clitic(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """«وثلاثة أرباع»: the conjunction against "three-quarters" (TP304 read «تسعة من كل عشرة»
    for it)."""
    source = ("Nine in ten government facilities and three-quarters of faith-based facilities "
              "provide normal delivery services.")
    _twins(tmp_path, cli_factory, "ar", source,
           "تُقدم تسعة من كل عشرة مرافق وثلاثة أرباع المرافق الدينية خدمات الولادة الطبيعية.",
           "تُقدم تسعة من كل عشرة مرافق وثلث المرافق الدينية خدمات الولادة الطبيعية.",
           frozenset({"TP304"}))


# -- decades: in words, and a decade become a year ---------------------------------------------

@pytest.mark.parametrize(("lang", "source", "good", "bad"), [
    # Mintaka's: «en los setenta», «des année soixante-dix» (sic) for "the 1970s"
    ("es", "From what country did the 1970s supergroup ABBA hail?",
     "¿En qué país surgió el supergrupo ABBA en los setenta?",
     "¿En qué país surgió el supergrupo ABBA en los sesenta?"),
    ("fr", "From what country did the 1970s supergroup ABBA hail?",
     "De quel pays venait le super groupe des année soixante-dix nommé ABBA ?",
     "De quel pays venait le super groupe des année soixante nommé ABBA ?"),
    ("ru", "in the 1970s", "в семидесятые годы", "в шестидесятые годы"),
    ("ar", "in the 1970s", "في السبعينيات", "في الستينيات"),
    ("zh", "in the 1970s", "在七十年代", "在六十年代"),
])
def test_decades_in_words(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                          source: str, good: str, bad: str) -> None:
    _twins(tmp_path, cli_factory, lang, source, good, bad)


@pytest.mark.parametrize(("lang", "source", "good", "bad"), [
    # Mintaka's Arabic: «في 1980 أو بعدها» for "in or after the 1980s"
    ("ar", "What is the only Dick King-Smith book that was not released in or after the 1980s?",
     "ما هو الكتاب الوحيد لديك كينغ سميث الذي لم يصدر في الثمانينيات أو بعدها؟",
     "ما هو الكتاب الوحيد لديك كينغ سميث الذي لم يصدر في 1980 أو بعدها؟"),
    ("fr", "in the 1980s", "dans les années 1980", "en 1980"),
    ("es", "in the 1980s and 1990s", "en las décadas de 1980 y 1990", "en 1980 y 1990"),
    ("zh", "in the 1980s", "在1980年代", "在1980年"),
    # (the UN corpus's Spanish: «el decenio de 1960», the UN's own form of "the 1960s")
    ("es", "According to surveys conducted by activists in the 1960s, more than 109,956 of "
     "them were killed.", "Según las encuestas realizadas por activistas en el decenio de "
     "1960, más de 109.956 de ellos murieron.", "Según las encuestas realizadas por "
     "activistas en 1960, más de 109.956 de ellos murieron."),
    ("fr", "in the 1960s", "au cours de la décennie 1960", "en 1960"),
])
def test_a_decade_become_a_year(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                                source: str, good: str, bad: str) -> None:
    _twins(tmp_path, cli_factory, lang, source, good, bad, frozenset({"TP301"}))


def test_a_model_number_is_no_decade(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """TICO-19's "N95 respirator masks (series # 1860s)": a mask's model, which translations
    write «(número de serie 1860)»; a decade follows "the", "mid-", "early", "late"."""
    found = _check(tmp_path, cli_factory, "es", "Both N95 respirator masks (series # 1860s) "
                   "help control the spread of viruses.", "Las mascarillas con respirador N95 "
                   "(número de serie 1860) ayudan a controlar la propagación de los virus.")
    assert [f for f in found if "a decade" in f["message"]] == []
