"""TP204: a month or a weekday named on its own ("in March", "on Tuesday") that became another
in the translation. The date checks compare dates with a day or a year; before TP204 nothing
compared these, and NTREX-128's references have six such changes ("Sunday" → «samedi»,
"November elections" → «九月份选举»). Each wrong translation has a right twin, in the forms
translators write (Russian cases, Arabic clitics and double month names, Chinese 周/星期,
numerals), and words that look like names but are not («среда», environment; «مارس»,
practised; "Theresa May"). Units written for these tests, run through the real CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import HEADER, findings_by_case

from conftest import Cli

# (lang, source, translation, what TP204 says: "" for nothing)
CASES = [
    ("fr", "The conference will take place in March.", "La conférence aura lieu en avril.",
     "the month «March» became «avril»"),
    ("fr", "The conference will take place in March.", "La conférence aura lieu en mars.", ""),
    ("fr", "The talks resumed on Tuesday.", "Les pourparlers ont repris jeudi.",
     "the weekday «Tuesday» became «jeudi»"),
    ("fr", "The talks resumed on Tuesday.", "Les pourparlers ont repris mardi.", ""),
    ("fr", "The talks resumed on Tuesday.", "Les pourparlers ont repris hier.", ""),
    ("fr", "The Council meets on Fridays.", "Le Conseil se réunit les vendredis.", ""),
    ("fr", "The Council meets on Fridays.", "Le Conseil se réunit les lundis.",
     "the weekday «Friday» became «lundis»"),
    ("fr", "Mars was seen in May.", "Mars a été observée en mai.", ""),
    ("es", "The elections will be held in November.", "Las elecciones se celebrarán en "
     "septiembre.", "the month «November» became «septiembre»"),
    ("es", "The elections will be held in November.", "Las elecciones se celebrarán en "
     "noviembre.", ""),
    ("es", "He travelled to Santo Domingo on Monday.", "Viajó a Santo Domingo el lunes.", ""),
    ("es", "He travelled to Santo Domingo on Monday.", "Viajó a Santo Domingo el martes.",
     "the weekday «Monday» became «martes»"),
    ("ru", "The session opens in December.", "Сессия откроется в декабре.", ""),
    ("ru", "The session opens in December.", "Сессия откроется в ноябре.",
     "the month «December» became «ноябре»"),
    ("ru", "The vote is on Friday.", "Голосование состоится в пятницу.", ""),
    ("ru", "The vote is on Friday.", "Голосование состоится в субботу.",
     "the weekday «Friday» became «субботу»"),
    # «среда» is the environment too: only «в среду» is Wednesday
    ("ru", "The report on the environment is out on Thursday.",
     "Доклад об окружающей среде выйдет в четверг.", ""),
    ("ru", "The report on the environment is out on Thursday.",
     "Доклад об окружающей среде выйдет в среду.",
     "the weekday «Thursday» became «в среду»"),
    ("ar", "The talks resumed on Tuesday.", "استؤنفت المحادثات يوم الثلاثاء.", ""),
    ("ar", "The talks resumed on Tuesday.", "استؤنفت المحادثات يوم الخميس.",
     "the weekday «Tuesday» became «الخميس»"),
    ("ar", "The report will be issued in March.", "سيصدر التقرير في آذار/مارس.", ""),
    ("ar", "The report will be issued in March.", "سيصدر التقرير في نيسان/أبريل.",
     "the month «March» became «نيسان»"),
    # «مارس» alone is also a verb ("practised"): no month
    ("ar", "The report will be issued in April.", "مارس المجلس ضغوطاً وسيصدر التقرير قريباً.",
     ""),
    ("zh", "Voters will vote Sunday.", "选民将于星期日投票。", ""),
    ("zh", "Voters will vote Sunday.", "选民将于周日投票。", ""),
    ("zh", "Voters will vote Sunday.", "周六，选民将投票。", "the weekday «Sunday» became «周六»"),
    ("zh", "The elections are in November.", "选举将于十一月举行。", ""),
    ("zh", "The elections are in November.", "选举将于11月举行。", ""),
    ("zh", "The elections are in November.", "即将到来的九月份选举。",
     "the month «November» became «九月»"),
    # "3个月" is three months, "每周一次" once a week: no month, no weekday
    ("zh", "Voters meet on Tuesday, in March.", "选民每周一次开会，为期3个月。", ""),
    # the month of a date on the other side ("the May/June 2020 series")
    ("zh", "The May/June 2020 series was cancelled.", "2020年5月/6月的系列考试被取消。", ""),
    # "Theresa May" is no month; "In May" is
    ("fr", "Theresa May spoke in June.", "Theresa May a parlé en juin.", ""),
    ("fr", "In May, the Council met.", "En juin, le Conseil s'est réuni.",
     "the month «May» became «juin»"),
]
# A name the source says twice, one of whose mentions the translation changed, counted (a set
# had hidden it behind the other: NTREX-128, "LeBron to make Lakers debut Sunday … in Sunday's
# preseason opener" → «samedi … dimanche», «субботу … воскресенье»); said once, with no other
# name in its place, it is still left alone (a translation need not repeat the day)
_TWICE = ("LeBron will make his debut Sunday in San Diego. James will play in Sunday's "
          "preseason opener.")
_MARCH = "The talks began in March. In March, the Council also met."
CASES += [
    ("fr", _TWICE, "LeBron fera ses débuts samedi à San Diego. James jouera dimanche, en "
     "ouverture.", "the weekday «Sunday» became «samedi»"),
    ("fr", _TWICE, "LeBron fera ses débuts dimanche à San Diego. James jouera ce jour-là.", ""),
    ("fr", _TWICE, "LeBron fera ses débuts dimanche à San Diego. James jouera dimanche.", ""),
    ("ru", _TWICE, "Леброн дебютирует в субботу в Сан-Диего. Джеймс сыграет в воскресенье.",
     "the weekday «Sunday» became «субботу»"),
    ("es", _TWICE, "LeBron debutará el lunes en San Diego. James jugará el domingo.",
     "the weekday «Sunday» became «lunes»"),
    ("zh", _TWICE, "勒布朗将于周六在圣地亚哥首秀。詹姆斯将参加周日的季前赛。",
     "the weekday «Sunday» became «周六»"),
    ("ar", _MARCH, "بدأت المحادثات في نيسان/أبريل. وفي آذار/مارس اجتمع المجلس أيضا.",
     "the month «March» became «نيسان»"),
    ("es", _MARCH, "Las conversaciones comenzaron en marzo. Ese mes el Consejo también se reunió.",
     ""),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_month_or_weekday(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                          lang: str) -> None:
    """Every case of a language in one PO file, checked once: each case's TP204 findings."""
    found = findings_by_case(tmp_path, cli_factory, lang, CASES,
                             lambda f: f["code"] == "TP204")
    assert {i: [(f["severity"], f["message"]) for f in fs] for i, fs in found.items()} == {
        i: [("warning", CASES[i][3])] if CASES[i][3] else [] for i in found}


def test_the_source_weekday_wrong_for_its_date(tmp_path: Path,
                                               cli_factory: Callable[[Path], Cli]) -> None:
    """8 April 2015 was a Wednesday: a translation that says so, where the source says
    "Tuesday", is told as information (the source is wrong), not as the translation's error
    (the UN Parallel Corpus's Arabic and Chinese did this)."""
    path = tmp_path / "ar.po"
    path.write_text(HEADER.format(lang="ar") + '\nmsgctxt "u"\nmsgid "To be held on Tuesday, '
                    '8 April 2015, at 10 a.m."\nmsgstr "المقرر عقدها يوم الأربعاء 8 نيسان/أبريل '
                    '2015، الساعة 10:00"\n\nmsgctxt "v"\nmsgid "To be held on Wednesday, 8 April '
                    '2015."\nmsgstr "المقرر عقدها يوم الخميس 8 نيسان/أبريل 2015."\n',
                    encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("check", str(path), "--no-cache", "--format", "json", expect=None)
    found = {(f["unit"], f["severity"]) for f in json.loads(cli.out)["findings"]
             if f["code"] == "TP204"}
    assert found == {("u", "info"), ("v", "warning")}


RANGE = "The events will take place from 1 to 5 March 2021 in New York."


@pytest.mark.parametrize(("lang", "target", "found"), [
    ("fr", "Les manifestations auront lieu du lundi 1er au vendredi 5 mars 2021 à New York.",
     False),
    ("es", "Los actos se celebrarán del lunes 1 al viernes 5 de marzo de 2021 en Nueva York.",
     False),
    ("zh", "活动将于2021年3月1日（星期一）至5日（星期五）在纽约举行。", False),
    ("ar", "ستعقد الفعاليات في الفترة من يوم الاثنين 1 إلى يوم الجمعة 5 آذار/مارس 2021 في نيويورك.",
     False),
    ("ru", "Мероприятия пройдут с понедельника, 1 марта, по пятницу, 5 марта 2021 года.", False),
    # the wrong twins: a day of the range changed
    ("fr", "Les manifestations auront lieu du lundi 1er au vendredi 6 mars 2021 à New York.",
     True),
    ("zh", "活动将于2021年3月1日（星期一）至6日（星期六）在纽约举行。", True),
    ("ar", "ستعقد الفعاليات في الفترة من يوم الاثنين 1 إلى يوم السبت 6 آذار/مارس 2021 في نيويورك.",
     True),
])
def test_a_range_whose_days_carry_their_weekdays(tmp_path: Path,
                                                 cli_factory: Callable[[Path], Cli], lang: str,
                                                 target: str, found: bool) -> None:
    """«du lundi 1er au vendredi 5 mars 2021», «3月1日（星期一）至5日（星期五）»: the weekdays
    between a range's days had hidden the range (TP201: "date «1 to 5 March 2021» is
    missing"); the dates are read without them."""
    path = tmp_path / f"{lang}.po"
    path.write_text(HEADER.format(lang=lang) + f'\nmsgctxt "u"\nmsgid "{RANGE}"\n'
                    f'msgstr "{target}"\n', encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("check", str(path), "--no-cache", "--format", "json", expect=None)
    codes = {f["code"] for f in json.loads(cli.out)["findings"] if f["severity"] != "info"}
    assert ("TP201" in codes) is found, codes


def test_a_weekday_is_left_out_only_as_a_word_of_its_own() -> None:
    """«سبورتسونديوم الأحد 30 سبتمبر» (a programme's name ending in the letters of «يوم»): the
    name stays whole, and the date is read."""
    from transpub.datefind import dates_in

    text = "الاستماع إلى المقابلة على سبورتسونديوم الأحد 30 سبتمبر على إذاعة اسكتلندا"
    assert [(d.month, d.day) for d in dates_in(text, "ar")] == [(9, 30)]
    assert [(d.month, d.day) for d in dates_in("يوم الأحد 30 سبتمبر", "ar")] == [(9, 30)]
