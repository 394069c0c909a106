"""English ordinal days and ranges read as the dates they are (a trial on Debian's press
releases and their published translations, t63/h6, class 1: 36 false TP201/TP202/TP301).

"27th and 28th of September", "from the 17th to the 19th of September", "August 11th — 13th",
"May 11 to 14 at the Berlin Fairgrounds", "15/16 August", and "from the 25th to the 27th"
where the sentence names the month elsewhere. Each right translation has a wrong twin that must
still be reported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _twins
from transpub.datefind import find_dates, weekday_days

from conftest import Cli


def _days(text: str, lang: str = "en") -> list[tuple[int | None, int, int | None]]:
    return [(d.year, d.month, d.day) for d in find_dates(text, lang)]


@pytest.mark.parametrize(("text", "expected"), [
    ("on 27th and 28th of September in Aachen", [(None, 9, 27), (None, 9, 28)]),
    ("on the 10th and 11th of June in Berlin", [(None, 6, 10), (None, 6, 11)]),
    ("from the 1st to the 5th of March.", [(None, 3, 1), (None, 3, 5)]),
    ("from 4th to 5th of February, and", [(None, 2, 4), (None, 2, 5)]),
    ("from 6th to 11th of July, 2010 by", [(2010, 7, 6), (2010, 7, 11)]),
    ("from the 17th to the 19th of September", [(None, 9, 17), (None, 9, 19)]),
    ("<strong>August 11th — 13th</strong>", [(None, 8, 11), (None, 8, 13)]),
    ("October 6th -- 8th", [(None, 10, 6), (None, 10, 8)]),
    ("May 11 to 14 at the Berlin Fairgrounds", [(None, 5, 11), (None, 5, 14)]),
    ("June 2 to 5 in Paris", [(None, 6, 2), (None, 6, 5)]),
    ("on 15/16 August; only", [(None, 8, 15), (None, 8, 16)]),
    # the month first (t64/hN classes A and D): a slash, or a comma after the month
    ("in Hamburg on March 20/21.", [(None, 3, 20), (None, 3, 21)]),
    ("September, 29-30, online", [(None, 9, 29), (None, 9, 30)]),
    ("September, 29th – 30th, 2012", [(2012, 9, 29), (2012, 9, 30)]),
    ("March 20/21 in Hamburg", [(None, 3, 20), (None, 3, 21)]),
    ("September, 29-30 in Paris", [(None, 9, 29), (None, 9, 30)]),
    ("on the 3rd of May", [(None, 5, 3)]),
    ("At the end of February, the project will be at SCaLE, taking place from the 25th to "
     "the 27th in Los Angeles.", [(None, 2, 25), (None, 2, 27)]),
])
def test_english_ordinal_days_are_dates(text: str, expected: list[tuple[int | None, int,
                                                                           int | None]]) -> None:
    assert _days(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count after a range is no day of it
    ("May 10 to 15 people came", [(None, 5, 10)]),
    # ordinal days with no month of their own: a month only where the text names one alone
    ("the 5th to the 7th floor in March", []),
    ("In February and in March, from the 25th to the 27th in Los Angeles.", []),
    ("from the 25th to the 27th in Los Angeles.", []),
    # a slash between a day and no day is no range
    ("24/7 August", [(None, 8, 7)]),
    # a comma after the month before one number is no date: a count may follow
    ("In September, 29 people came", []),
    # a date's slashes are no pair of days
    ("March 3/4/2020", [(None, 3, 3)]),
    # a count's range or a fraction after a month and a comma is no pair of days (t65/hB)
    ("In September, 20-30 people were injured every week.", []),
    ("In September, 20-30 per cent of them", []),
    ("In September, 20–30 % of them", []),
    ("In March, 3/4 of the households lacked water.", []),
    ("By March, 2/3 of the budget had been spent.", []),
    # (a fraction after the month alone leaves its day, as before the slash was read)
    ("March 3/4 of the households", [(None, 3, 3)]),
    # two days a slash joins run forwards
    ("on March 21/20.", [(None, 3, 21)]),
])
def test_what_stays_no_range(text: str, expected: list[tuple[int | None, int,
                                                             int | None]]) -> None:
    assert _days(text) == expected


def test_ranges_stay_linear() -> None:
    # hostile input: many ordinals and connectors, no month; parsed in one pass
    text = "the 1st to the 2nd and " * 5000 + "February"
    assert len(find_dates(text, "en")) <= 2 * 5000


TWINS = [
    ("ru", "The congress will take place on 27th and 28th of September in Aachen.",
     "Конгресс пройдёт с 27 по 28 сентября в Аахене.",
     "Конгресс пройдёт с 27 по 29 сентября в Аахене."),
    ("es", "<strong>August 11th — 13th</strong>", "<strong>11 al 13 de agosto</strong>",
     "<strong>11 al 14 de agosto</strong>"),
    ("fr", "At the end of February, the project will be present at the exhibition, taking place "
     "from the 25th to the 27th in Los Angeles.",
     "Fin février, le projet sera présent à l'exposition, ayant lieu à Los Angeles du 25 au 27 "
     "février.",
     "Fin février, le projet sera présent à l'exposition, ayant lieu à Los Angeles du 25 au 28 "
     "février."),
    ("fr", "LinuxTag — May 11 to 14 at the Berlin Fairgrounds.",
     "LinuxTag — du 11 au 14 mai au Parc des Expositions de Berlin.",
     "LinuxTag — du 11 au 15 mai au Parc des Expositions de Berlin."),
    ("fr", "Open weekend on 15/16 August", "Week-end découverte les 15 et 16 août",
     "Week-end découverte les 15 et 17 août"),
    ("es", "The conference takes place in Hamburg on March 20/21.",
     "La conferencia se celebra en Hamburgo el 20 y 21 de marzo.",
     "La conferencia se celebra en Hamburgo el 20 y 22 de marzo."),
    ("zh", "The conference takes place in Hamburg on March 20/21.",
     "会议于3月20日及21日在汉堡举行。", "会议于3月20日及22日在汉堡举行。"),
    ("fr", "September, 29-30, online — Bug Squashing Party",
     "29-30 septembre, en ligne — chasse aux bogues",
     "28-30 septembre, en ligne — chasse aux bogues"),
    # a count's range after a month and a comma is counted (t65/hB)
    ("fr", "In September, 20-30 people were injured every week.",
     "En septembre, 20 à 30 personnes ont été blessées chaque semaine.",
     "En septembre, 40 à 50 personnes ont été blessées chaque semaine."),
    ("fr", "In March, 3/4 of the households lacked water.",
     "En mars, les 3/4 des ménages manquaient d’eau.",
     "En mars, les 2/3 des ménages manquaient d’eau."),
]


@pytest.mark.parametrize(("lang", "source", "good", "bad"), TWINS)
def test_ordinal_days_twins(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                            source: str, good: str, bad: str) -> None:
    _twins(tmp_path, cli_factory, lang, source, good, bad)


# A weekday's day without its month ("Wednesday 22th", a wrong suffix and all): the day of a
# date the context gives, which the translation may name with its month; a count after a
# weekday ("On Tuesday, 15 civilians") stays a count (t63/h6: a false TP202 and TP301)
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The first session, scheduled for Wednesday 22th at 19:00 UTC, will be", "en", [22]),
    ("on Monday 3rd and on Friday the 7th", "en", [3]),
    ("en la reunión del miércoles 1º a las 19:00", "es", [1]),
    ("la séance de mercredi 1er à 19 heures", "fr", [1]),
    ("первое заседание в среду 22-го в 19:00", "ru", [22]),
    # a date's own day, a count, a decimal: no weekday's day
    ("on Wednesday 22nd June", "en", []),
    ("On Tuesday, 15 civilians were killed", "en", []),
    ("On Tuesday 15 civilians were killed", "en", []),
])
def test_weekday_days(text: str, lang: str, expected: list[int]) -> None:
    assert [day for *_, day in weekday_days(text, lang)] == expected


WEEKDAY_TWINS = [
    ("fr", "The first session, scheduled for Wednesday 22th at 19:00 UTC, will be "
     "<q>Ask the DPL</q>.",
     "La première session, prévue mercredi 22 juin à 19:00 UTC, sera <q>Demander au DPL</q>.",
     "La première session, prévue mercredi 23 juin à 19:00 UTC, sera <q>Demander au DPL</q>."),
    ("es", "The first session is scheduled for Monday 3rd at 18:00 UTC.",
     "La primera sesión está prevista para el lunes 3 de octubre a las 18:00 UTC.",
     "La primera sesión está prevista para el lunes 4 de octubre a las 18:00 UTC."),
    ("ru", "The first session is scheduled for Monday 3rd at 18:00 UTC.",
     "Первое заседание назначено на понедельник, 3 октября, в 18:00 UTC.",
     "Первое заседание назначено на понедельник, 5 октября, в 18:00 UTC."),
]


@pytest.mark.parametrize(("lang", "source", "good", "bad"), WEEKDAY_TWINS)
def test_weekday_day_twins(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                           source: str, good: str, bad: str) -> None:
    _twins(tmp_path, cli_factory, lang, source, good, bad)


# A count's ordinal after a weekday is no day: a noun it qualifies, or a hyphen joining it to
# one, follows it (t64/hJ F3, F4)
@pytest.mark.parametrize(("text", "lang", "loose", "expected"), [
    ("The Saturday 5th-grade class has 30 pupils.", "en", False, []),
    ("Sunday 1st place went to Kenya.", "en", False, []),
    ("В четверг 3-е чтение законопроекта прошло успешно.", "ru", False, []),
    ("В пятницу 2-е заседание откроется.", "ru", False, []),
    ("El lunes 1º batallón partió.", "es", False, []),
    ("The meeting is on Friday 3rd.", "en", False, [3]),
    ("scheduled for Wednesday 22nd, at 19:00", "en", False, [22]),
    # a translation's day written without its mark, read only to pair with the source's
    ("La première session aura lieu le mercredi 23 à 19 h.", "fr", True, [23]),
    ("La reunión es el viernes 13.", "es", True, [13]),
    ("Séances le lundi 5 et le mardi 6 ; 6 salles.", "fr", True, [5, 6]),
    ("Mardi 15 civils ont été tués.", "fr", True, []),
    ("La première session aura lieu le mercredi 23 à 19 h.", "fr", False, []),
])
def test_weekday_days_not_counts(text: str, lang: str, loose: bool,
                                 expected: list[int]) -> None:
    assert [day for *_, day in weekday_days(text, lang, loose)] == expected


WEEKDAY_CASES = [
    # the translation must say the source's day: another day is an error again (t64/hJ F3)
    ("fr", "The first session is scheduled for Wednesday 22nd at 19:00.",
     "La première session aura lieu le mercredi 23 à 19 h.", True),
    ("es", "The meeting is on Friday 3rd.", "La reunión es el viernes 13.", True),
    ("ru", "The meeting is on Friday 3rd.", "Встреча состоится в пятницу 4-го.", True),
    ("fr", "The Saturday 5th-grade class has 30 pupils.",
     "La classe de sixième année du samedi compte 30 élèves.", True),
    ("fr", "Sunday 1st place went to Kenya.",
     "La deuxième place de dimanche est revenue au Kenya.", True),
    # the same day, said as the translation writes it: nothing
    ("fr", "The first session is scheduled for Wednesday 22nd at 19:00.",
     "La première session aura lieu le mercredi 22 à 19 h.", False),
    ("es", "The meeting is on Friday 3rd.", "La reunión es el viernes 3.", False),
    ("ru", "The meeting is on Friday 3rd.", "Встреча состоится в пятницу 3-го.", False),
    ("fr", "The first session is scheduled for Wednesday 22th at 19:00.",
     "La première session aura lieu mercredi 22 juin à 19 h.", False),
    # a count's ordinal after a weekday in the translation is the count (t64/hJ F4)
    ("ru", "On Thursday the bill passed its 3rd reading.",
     "В четверг 3-е чтение законопроекта прошло успешно.", False),
    ("ru", "On Friday the 2nd session will open.", "В пятницу 2-е заседание откроется.", False),
    ("es", "On Monday the 1st Battalion left.", "El lunes 1º batallón partió.", False),
]


@pytest.mark.parametrize("lang", ["fr", "es", "ru"])
def test_weekday_day_said_or_changed(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                     lang: str) -> None:
    from checkcases import erred_by_case

    found, wanted = erred_by_case(tmp_path, cli_factory, lang, WEEKDAY_CASES, "TP301")
    assert found == wanted


def test_weekday_day_pairs_with_its_own(tmp_path: Path,
                                        cli_factory: Callable[[Path], Cli]) -> None:
    """"5 rooms" → «6 salles» beside two weekday days is still a number changed."""
    from checkcases import unit_findings

    found = unit_findings(tmp_path, cli_factory, "fr", "Sessions on Monday 5th and Tuesday "
                          "6th; 5 rooms.", "Séances le lundi 5 et le mardi 6 ; 6 salles.",
                          "--show-info")
    assert [f["code"] for f in found if f["code"].startswith("TP3")] == ["TP301"]


def test_weekday_day_dated_as_that_weekday(tmp_path: Path,
                                           cli_factory: Callable[[Path], Cli]) -> None:
    """The translation's date of a weekday's day is the source's only after the same weekday,
    and on that weekday when its year is written: «mercredi 22 juin 2011» (a Wednesday) is,
    «jeudi 22 juin» and «mercredi 22 octobre 2011» (a Saturday) are dates not in the source
    (TP202)."""
    import json

    source = "The first session is scheduled for Wednesday 22th at 19:00."
    units = {"a": "La première session aura lieu mercredi 22 juin 2011 à 19 h.",
             "b": "La première session aura lieu jeudi 22 juin à 19 h.",
             "c": "La première session aura lieu mercredi 22 octobre 2011 à 19 h.",
             "d": "La première session aura lieu mercredi 22 juin à 19 h."}
    path = tmp_path / "fr.po"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                    '"Language: fr\\n"\n' + "".join(
                        f'\nmsgctxt "{key}"\nmsgid "{source}"\nmsgstr "{target}"\n'
                        for key, target in units.items()), encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("check", str(path), "--no-cache", "--format", "json", expect=None)
    found = {f["unit"] for f in json.loads(cli.out)["findings"] if f["code"] == "TP202"}
    assert found == {"b", "c"}


# A weekday is read beside the date in the six languages, in any case (t65/hB finding 3):
# Chinese after the date in brackets or before it, Arabic with «يوم» or not, a capitalised
# weekday opening a sentence
@pytest.mark.parametrize(("lang", "text", "weekday"), [
    ("zh", "第一次会议定于6月22日（星期三）举行。", 2),
    ("zh", "会议定于周三（6月22日）举行。", 2),
    ("zh", "会议于6月26日礼拜天举行。", 6),
    ("zh", "会议于6月22日举行。", None),
    ("ar", "عقد الجلسة يوم الأربعاء 22 حزيران/يونيه الساعة 19:00.", 2),
    ("ar", "عقد الجلسة الأربعاء، 22 حزيران/يونيه.", 2),
    ("ar", "عقد الجلسة يوم الإثنين 20 حزيران/يونيه.", 0),
    ("ar", "عقد الجلسة في 22 حزيران/يونيه.", None),
    ("fr", "Mercredi 22 juin : première session.", 2),
    ("fr", "La session aura lieu le mercredi 22 juin.", 2),
    ("fr", "La session aura lieu le 22 juin.", None),
    ("es", "Miércoles 22 de junio: primera sesión.", 2),
    ("es", "La sesión será el miércoles día 22 de junio.", 2),
    ("ru", "Среда, 22 июня: первое заседание.", 2),
    ("ru", "Заседание состоится в среду 22 июня.", 2),
    ("en", "WEDNESDAY 22 June: the first session.", 2),
])
def test_weekday_named_beside_a_date(lang: str, text: str, weekday: int | None) -> None:
    from transpub.datefind import dates_in, weekday_named

    (date,) = dates_in(text, lang)
    assert weekday_named(text, date.start, date.end, lang) == weekday


#: (language, the translation said with the source's weekday and its month, with another
#: weekday, with another day) for "Wednesday 22nd"
WEEKDAY_DATED = [
    ("zh", "第一次会议定于6月22日（星期三）世界协调时19:00举行。",
     "第一次会议定于6月22日（星期四）世界协调时19:00举行。",
     "第一次会议定于6月23日（星期三）世界协调时19:00举行。"),
    ("ar", "من المقرر عقد الجلسة الأولى يوم الأربعاء 22 حزيران/يونيه الساعة 19:00.",
     "من المقرر عقد الجلسة الأولى يوم الخميس 22 حزيران/يونيه الساعة 19:00.",
     "من المقرر عقد الجلسة الأولى يوم الأربعاء 23 حزيران/يونيه الساعة 19:00."),
    ("fr", "Mercredi 22 juin : la première session, à 19 h.",
     "Jeudi 22 juin : la première session, à 19 h.",
     "Mercredi 23 juin : la première session, à 19 h."),
    ("es", "Miércoles 22 de junio: la primera sesión, a las 19.00.",
     "Jueves 22 de junio: la primera sesión, a las 19.00.",
     "Miércoles 23 de junio: la primera sesión, a las 19.00."),
    ("ru", "Среда, 22 июня: первое заседание, в 19:00.",
     "Четверг, 22 июня: первое заседание, в 19:00.",
     "Среда, 23 июня: первое заседание, в 19:00."),
]


@pytest.mark.parametrize(("lang", "good", "other_weekday", "other_day"), WEEKDAY_DATED)
def test_weekday_day_dated_in_six_languages(tmp_path: Path,
                                            cli_factory: Callable[[Path], Cli], lang: str,
                                            good: str, other_weekday: str,
                                            other_day: str) -> None:
    """"Wednesday 22nd" said with its month beside the same weekday, as each language writes
    it, is the source's day (no TP202); beside another weekday, or another day, it is a date
    not in the source."""
    import json

    source = "Wednesday 22nd: the first session, at 19:00."
    units = {"a": good, "b": other_weekday, "c": other_day}
    path = tmp_path / f"{lang}.po"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                    f'"Language: {lang}\\n"\n' + "".join(
                        f'\nmsgctxt "{key}"\nmsgid "{source}"\nmsgstr "{target}"\n'
                        for key, target in units.items()), encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("check", str(path), "--no-cache", "--format", "json", expect=None)
    found = {f["unit"] for f in json.loads(cli.out)["findings"] if f["code"] == "TP202"}
    assert found == {"b", "c"}
