"""Classes of false alarms found on PAWS-X's and MLQA's professional translations (t65/hC),
each fixed in general form:

- Spanish's ordinal indicator º typed as the degree sign ° or the modifier letter ᵒ («el 1.° de
  abril de 1909», «1°», «1.ᵒ»): a day's ordinal mark as «1.º» is, in dates and in the
  periods of a year («2.° semestre»).
- Two days a text leaves open, "20 or 28 December", the article repeated after "or" as after
  "and" («el 20 o el 28 de diciembre», «le 20 ou le 28 décembre») and Chinese's 或 as its
  和 («12 月 20 日或 28 日»): two dates, in every language.
- A Chinese ordinal said without 第: "the 1st round" as «首轮» (首 before a counter), "division
  1" as «甲组» (a heavenly stem before a series' word); not 首都, 首相, 一首歌.
- An ordinal word changed is paired with an ordinal of the translation where one is left, not
  a number inside a compound noun before it: "the sixth stop of the IRB Sevens" → «七人榄球…
  的第三站» became «第三», not «七».
- A Spanish decade said by the whole year after the plural article, «en los 1970», «a
  principios de los 1980» (where no noun follows: «los 1980 participantes» is a count).
- A placeholder for a translation («NS», «TODO», «-», «?», «xxx»): one TP607 error naming the
  codes withheld, not a TP301, TP201, TP603 for each number, date and name it lacks; a short
  real translation («ONU», «Todo», «Oui») keeps its findings, and ``--ignore TP607`` gives them
  back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _check, _codes, _twins
from transpub.checks.placeholders import placeholder
from transpub.datefind import find_dates
from transpub.numfind import find_numbers
from transpub.periods import periods_in

from conftest import Cli


@pytest.mark.parametrize("day", ["1.º", "1.°", "1°", "1.ᵒ", "1ᵒ", "1º"])
def test_spanish_ordinal_indicator_as_typed(day: str) -> None:
    text = f"La línea se completó el {day} de abril de 1909."
    assert [(d.year, d.month, d.day) for d in find_dates(text, "es")] == [(1909, 4, 1)]
    assert sorted(find_numbers(text, "es")[0].values) == [1.0]


@pytest.mark.parametrize(("text", "months"), [
    ("en el 2.° semestre de 2020", (7, 12)), ("en el 1° semestre de 2020", (1, 6)),
    ("en el 4.° trimestre de 2020", (10, 12)), ("en el 3.ᵒ trimestre de 2020", (7, 9)),
    ("en el 2.º trimestre de 2020", (4, 6)),
])
def test_spanish_ordinal_indicator_in_periods(text: str, months: tuple[int, int]) -> None:
    assert [(p.first, p.last) for p in periods_in(text, "es")] == [months]


@pytest.mark.parametrize(("good", "bad"), [
    ("el 1.° de abril de 1909", "el 1.° de mayo de 1909"),
    ("el 1° de abril de 1909", "el 2° de abril de 1909"),
    ("el 1.ᵒ de abril de 1909", "el 1.ᵒ de abril de 1919"),
])
def test_spanish_first_day_with_a_degree_sign(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                              good: str, bad: str) -> None:
    source = "The full line to Ross was completed on April 1, 1909."
    # (the day read: only the house style told, as for «1.º»)
    assert _codes(_check(tmp_path, cli_factory, "es", source,
                         f"La línea completa hasta Ross se completó {good}.")) == ["TP203"]
    assert "TP201" in _codes(_check(tmp_path / "bad", cli_factory, "es", source,
                                    f"La línea completa hasta Ross se completó {bad}."))


ALTERNATIVE_DAYS = [
    ("en", "He died on 20 or 28 December 1501."),
    ("es", "Murió el 20 o el 28 de diciembre de 1501."),
    ("es", "Murió el 20 o 28 de diciembre de 1501."),
    ("fr", "Il est mort le 20 ou le 28 décembre 1501."),
    ("ru", "Он умер 20 или 28 декабря 1501 года."),
    ("ar", "توفي في 20 أو 28 كانون الأول/ديسمبر 1501."),
    ("zh", "他于 1501 年 12 月 20 日或 28 日去世。"),
    ("zh", "他于1501年12月20或28日去世。"),
    ("zh", "他于1501年12月20、22或28日去世。"),
]


@pytest.mark.parametrize(("lang", "text"), ALTERNATIVE_DAYS)
def test_alternative_days_are_two_dates(lang: str, text: str) -> None:
    days = {(d.year, d.month, d.day) for d in find_dates(text, lang)}
    assert {(1501, 12, 20), (1501, 12, 28)} <= days


@pytest.mark.parametrize(("lang", "good", "bad"), [
    ("es", "y murió el 20 o el 28 de diciembre de 1501.",
     "y murió el 20 o el 27 de diciembre de 1501."),
    ("fr", "et mourut le 20 ou le 28 décembre 1501.", "et mourut le 20 ou le 28 novembre 1501."),
    ("zh", "，1501 年 12 月 20 日或 28 日去世。", "，1501 年 12 月 21 日或 28 日去世。"),
])
def test_alternative_days_checked(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                                  good: str, bad: str) -> None:
    source = "Archbishop Seóighe was consecrated in 1485 and died on 20 or 28 December 1501."
    head = {"es": "El arzobispo Seóighe fue consagrado en 1485 ",
            "fr": "L'archevêque Seóighe fut consacré en 1485 ",
            "zh": "大主教 Seóighe 于 1485 年被授予这一圣职"}[lang]
    _twins(tmp_path, cli_factory, lang, source, head + good, head + bad)


ZH_ORDINALS = [
    ("But the Red Bulls lost the 1st round of the playoffs in 2010.",
     "但红牛队在2010年季后赛首轮便落败。", "但红牛队在2010年季后赛次轮便落败。"),
    ("Somers was the son of Charles Cocks, 1st Baron Somers, born in 1720.",
     "萨默斯是首代萨默斯男爵查尔斯·科克斯的儿子，生于1720年。",
     "萨默斯是萨默斯男爵查尔斯·科克斯的儿子，生于1720年。"),
    ("It was the 1st session of the committee in 2010.",
     "这是委员会2010年的首届会议。", "这是委员会2010年的首都会议。"),
    ("He won the 1st round in 2010.", "他在2010年贏得首輪比賽。", "他在2010年贏得次輪比賽。"),
    ("The aggregate division 1 junior winners of 2010 get the Cup.",
     "2010年初级甲组总冠军将获得奖杯。", "2010年初级乙组总冠军将获得奖杯。"),
    ("The 2nd division champions of 2010 were relegated.",
     "2010年乙级联赛冠军降级。", "2010年甲级联赛冠军降级。"),
    ("He sang 1 song at the 2010 gala.", "他在2010年晚会上唱了一首歌。",
     "他在2010年晚会上唱了首歌。"),
    ("He finished 1st in the 2010 race.", "他在2010年的比赛中获得第一名。",
     "他在2010年的比赛中见到首相。"),
]


@pytest.mark.parametrize(("source", "good", "bad"), ZH_ORDINALS)
def test_chinese_ordinals_without_di(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                     source: str, good: str, bad: str) -> None:
    _twins(tmp_path, cli_factory, "zh", source, good, bad)


@pytest.mark.parametrize(("lang", "source", "target", "became"), [
    ("zh", "It was the third issue of the tournament and the sixth stop of the 2013–14 IRB "
     "Sevens World Series.", "这是第三届锦标赛，也是 2013 至 2014 IRB 世界七人榄球系列赛的第三站。",
     "第三"),
    ("zh", "It was the sixth stop of the series in 2013.", "这是2013年系列赛的第五站。", "第五"),
    ("fr", "It was the sixth stop of the Sevens series in 2013.",
     "C'était, pour les sept joueurs, la cinquième étape de la série en 2013.", "cinquième"),
    ("ru", "It was the sixth stop of the Sevens series in 2013.",
     "Это был для семи игроков пятый этап серии 2013 года.", "пятый"),
])
def test_ordinal_word_paired_with_an_ordinal(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                             lang: str, source: str, target: str,
                                             became: str) -> None:
    messages = [f["message"] for f in _check(tmp_path, cli_factory, lang, source, target)
                if f["code"] == "TP301"]
    assert messages == [f"number «sixth» became «{became}»"]


@pytest.mark.parametrize(("good", "bad"), [
    ("En los 1970, la banda grabó 3 discos.", "En 1970, la banda grabó 3 discos."),
    ("A principios de los 1970 la banda grabó 3 discos.",
     "A principios de los 1980 la banda grabó 3 discos."),
    ("La banda grabó 3 discos en los 1970.", "Los 1970 participantes grabaron 3 discos."),
])
def test_spanish_decade_after_the_plural_article(tmp_path: Path,
                                                 cli_factory: Callable[[Path], Cli],
                                                 good: str, bad: str) -> None:
    _twins(tmp_path, cli_factory, "es", "In the 1970s, the band recorded 3 albums.", good, bad)


SOURCE = "In 1990, Smith won 3 races on 4 May 1991 in Paris."


@pytest.mark.parametrize(("lang", "token"), [
    ("es", "NS"), ("fr", "NS"), ("zh", "NS"), ("ar", "TODO"), ("ru", "-"), ("fr", "?"),
    ("es", "xxx"), ("zh", "TBD"), ("fr", "..."), ("es", "—"), ("ru", "N/A"), ("ar", "?"),
])
def test_placeholder_told_once(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                               token: str) -> None:
    found = _check(tmp_path, cli_factory, lang, SOURCE, token)
    assert [(f["code"], f["severity"]) for f in found] == [("TP607", "error")]
    assert f"«{token}» is a placeholder" in found[0]["message"]
    assert "TP301 ×2" in found[0]["message"] and "TP201" in found[0]["message"]
    # (each told again once TP607 is not asked for)
    back = _codes(_check(tmp_path / "all", cli_factory, lang, SOURCE, token, "--ignore", "TP607"))
    assert back.count("TP301") == 2 and "TP201" in back


@pytest.mark.parametrize(("lang", "source", "target"), [
    ("es", SOURCE, "Todo"), ("fr", SOURCE, "ONU"), ("fr", SOURCE, "Oui"),
    ("es", "NS Railways ran 3 trains in 1990.", "NS"),
    ("fr", "In 1990, NATO met.", "OTAN"),
    ("zh", "He lost the 1st round in 2010.", "首轮"),
])
def test_short_translation_keeps_its_findings(tmp_path: Path,
                                              cli_factory: Callable[[Path], Cli], lang: str,
                                              source: str, target: str) -> None:
    codes = _codes(_check(tmp_path, cli_factory, lang, source, target))
    assert "TP301" in codes and not any("placeholder" in f["message"] for f in _check(
        tmp_path / "again", cli_factory, lang, source, target))


@pytest.mark.parametrize(("target", "token"), [
    ("NS", "NS"), (" TODO ", "TODO"), ("fixme", "fixme"), ("xxxx", "xxxx"), ("-", "-"),
    ("???", "???"), ("…", "…"), ("Todo", None), ("NSA", None), ("N5", None), ("ab", None),
    ("no sé", None), ("首轮", None), ("Да", None), ("TODO: translate", None),
])
def test_placeholder_shapes(target: str, token: str | None) -> None:
    assert placeholder("The Red Bulls lost the first round.", target) == token
    assert placeholder("Red Bulls", target) is None  # (too short a source to tell)


@pytest.mark.parametrize(("source", "target"), [
    ("the European Union", "UE"), ("the United Nations", "UN"),
    ("Member States of the Union", "EU")])
def test_an_acronym_for_a_short_name_is_a_translation(source: str, target: str) -> None:
    """One or two capitals translating a name of fewer than six words are its acronym, not a
    placeholder: the build publishes it (t66/hD); a sentence's «NS» stays one."""
    assert placeholder(source, target) is None
    assert placeholder("The Red Bulls lost the first round on Sunday.", target) == target
