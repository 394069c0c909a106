"""Dates written in forms a volunteer's or a wordier text uses, which the date readers had
missed (Debian's news, t64/hN; PAWS-X's lists, t65/hC), each fixed in general form:

- a day "of the month of" its month: «los días 14 y 15 del mes de abril», «le 14 du mois
  d'avril», «14 من شهر نيسان/أبريل»: the days are read; the form is not house style (TP203).
- a Russian day's ordinal ending spelled out or in another case («24-ого июня», «24-ое»,
  «к 24-му», «24-ым»): the day, not house style (TP203), as «24-го июня» is.
- a list of days of any length with the article or the ordinal mark repeated, «el 20, el 22
  o el 28 de diciembre», «le 20, le 22 ou le 28 décembre», «20-го, 22-го и 28-го декабря»,
  "the 20th, the 22nd or the 28th of December", and Arabic's "or" repeated, «20 أو 22 أو 28»:
  every day read, not the last two (4d5c070 read two days so joined).
- an ISO date (2002-10-22) the source writes so and the translation copies: the source's own
  form kept, no TP203; an ISO date for the source's words, or another form, is still TP203.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _check, _codes
from transpub.datefind import find_dates, weekday_days

from conftest import Cli


def _days(text: str, lang: str) -> set[tuple[int | None, int, int | None]]:
    return {(d.year, d.month, d.day) for d in find_dates(text, lang)}


OF_THE_MONTH = [
    ("es", "durante los días 14 y 15 del mes de abril de 2003 en Madrid", {14, 15}),
    ("es", "el día 3 del mes de mayo de 2003", {3}),
    ("es", "el 3 del mes de mayo del 2003", {3}),
    ("fr", "les 14 et 15 du mois d'avril 2003 à Madrid", {14, 15}),
    ("fr", "le 3 du mois de mai 2003", {3}),
    ("fr", "le 3 du mois d’août 2003", {3}),
    ("ar", "يومي 14 و15 من شهر نيسان/أبريل 2003 في مدريد", {14, 15}),
]


@pytest.mark.parametrize(("lang", "text", "days"), OF_THE_MONTH)
def test_a_day_of_the_month_of_its_month_is_read(lang: str, text: str, days: set[int]) -> None:
    found = [d for d in find_dates(text, lang) if d.day is not None]
    assert {d.day for d in found} == days
    assert all(d.year == 2003 and not d.house_style for d in found)


@pytest.mark.parametrize(("lang", "good", "bad"), [
    ("es", "Hispalinux organiza este encuentro durante los días 14 y 15 del mes de abril en "
     "Madrid.", "Hispalinux organiza este encuentro durante los días 14 y 16 del mes de abril "
     "en Madrid."),
    ("fr", "Hispalinux organise cette rencontre les 14 et 15 du mois d'avril à Madrid.",
     "Hispalinux organise cette rencontre les 14 et 15 du mois de mai à Madrid."),
    ("ar", "تنظم Hispalinux هذا اللقاء يومي 14 و15 من شهر نيسان/أبريل في مدريد.",
     "تنظم Hispalinux هذا اللقاء يومي 14 و16 من شهر نيسان/أبريل في مدريد."),
])
def test_a_day_of_the_month_of_checked(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                       lang: str, good: str, bad: str) -> None:
    source = "Hispalinux organises this meeting on April 14th and 15th in Madrid."
    assert _codes(_check(tmp_path, cli_factory, lang, source, good)) == ["TP203"]
    assert "TP201" in _codes(_check(tmp_path / "bad", cli_factory, lang, source, bad))


def test_the_month_of_alone_is_the_month() -> None:
    # (the month and its year, «en el mes de mayo de 2003», were read before and still are)
    assert _days("en el mes de mayo de 2003", "es") == {(2003, 5, None)}
    assert _days("au mois d'avril 2003", "fr") == {(2003, 4, None)}


@pytest.mark.parametrize("day", ["24-ого", "24-ое", "24-ому", "24-му", "24-ым", "24-ом",
                                 "24-м", "24-го", "24го", "24-е"])
def test_a_russian_day_s_ordinal_ending(day: str) -> None:
    found = find_dates(f"Debian Day пройдёт в четверг, {day} июня 2004 года, в Карлсруэ.", "ru")
    assert [(d.year, d.month, d.day, d.house_style) for d in found] == [(2004, 6, 24, False)]


def test_a_russian_ordinal_ending_is_no_day_of_another_word() -> None:
    assert not find_dates("во 2-ом холле 2004 года", "ru")
    assert _days("в 20-х числах июня 2004 года", "ru") == {(2004, 6, None)}


@pytest.mark.parametrize(("good", "bad"), [
    ("Debian Day пройдёт в четверг, 24-ого июня, в Карлсруэ.",
     "Debian Day пройдёт в четверг, 25-ого июня, в Карлсруэ."),
    ("Debian Day пройдёт к 24-ому июня в Карлсруэ.",
     "Debian Day пройдёт к 24-ому июля в Карлсруэ."),
])
def test_a_russian_ordinal_ending_checked(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                          good: str, bad: str) -> None:
    source = "The Debian Day will be held on Thursday, June 24th, in Karlsruhe."
    assert _codes(_check(tmp_path, cli_factory, "ru", source, good)) == ["TP203"]
    assert "TP201" in _codes(_check(tmp_path / "bad", cli_factory, "ru", source, bad))


def test_a_weekday_s_day_with_a_russian_ordinal_ending(tmp_path: Path,
                                                        cli_factory: Callable[[Path], Cli]
                                                        ) -> None:
    source = "The first session, scheduled for Wednesday 22nd at 19:00 UTC, opens the week."
    good = "Первое заседание, назначенное на среду 22-ого в 19:00 UTC, открывает неделю."
    bad = "Первое заседание, назначенное на среду 23-его в 19:00 UTC, открывает неделю."
    assert _codes(_check(tmp_path, cli_factory, "ru", source, good)) == []
    assert "TP301" in _codes(_check(tmp_path / "bad", cli_factory, "ru", source, bad))


@pytest.mark.parametrize("day", ["22-ого", "22-го", "22-ому"])
def test_a_weekday_s_day_read_with_a_russian_ordinal_ending(day: str) -> None:
    assert [found[2] for found in weekday_days(f"в среду {day}, в 19:00 UTC", "ru")] == [22]


LISTS = [
    ("es", "Murió el 20, el 22 o el 28 de diciembre de 1501.", (20, 22, 28)),
    ("es", "Murió el 20, el 22, el 24 o el 28 de diciembre de 1501.", (20, 22, 24, 28)),
    ("fr", "Il est mort le 20, le 22 ou le 28 décembre 1501.", (20, 22, 28)),
    ("fr", "Il est mort le 1er, le 22 ou le 28 décembre 1501.", (1, 22, 28)),
    ("ru", "Он умер 20-го, 22-го или 28-го декабря 1501 года.", (20, 22, 28)),
    ("ru", "Он умер 20-е, 22-е или 28-е декабря 1501 года.", (20, 22, 28)),
    ("en", "He died on the 20th, the 22nd or the 28th of December 1501.", (20, 22, 28)),
    ("en", "He died on the 20th, 22nd or 28th December 1501.", (20, 22, 28)),
    ("ar", "توفي في 20 أو 22 أو 28 كانون الأول/ديسمبر 1501.", (20, 22, 28)),
    ("ar", "توفي في الـ20 أو الـ22 أو الـ28 من كانون الأول/ديسمبر 1501.", (20, 22, 28)),
    # (read before, and still)
    ("zh", "他于1501年12月20日、22日或28日去世。", (20, 22, 28)),
    ("es", "Murió el 20, 22 o 28 de diciembre de 1501.", (20, 22, 28)),
]


@pytest.mark.parametrize(("lang", "text", "days"), LISTS)
def test_a_list_of_days_with_its_article_or_mark_repeated(lang: str, text: str,
                                                          days: tuple[int, ...]) -> None:
    assert _days(text, lang) == {(1501, 12, day) for day in days}


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Он умер 20-го или 28-го декабря 1501 года."),
    ("ru", "Выставка открыта с 20-го по 28-е декабря 1501 года."),
])
def test_a_russian_second_day_with_its_mark(lang: str, text: str) -> None:
    assert _days(text, lang) == {(1501, 12, 20), (1501, 12, 28)}


@pytest.mark.parametrize(("lang", "good", "bad"), [
    ("es", "Se reunirá el 20, el 22 o el 28 de diciembre de 2020.",
     "Se reunirá el 20, el 23 o el 28 de diciembre de 2020."),
    ("fr", "Il se réunira le 20, le 22 ou le 28 décembre 2020.",
     "Il se réunira le 21, le 22 ou le 28 décembre 2020."),
    ("ru", "Он соберётся 20, 22 или 28 декабря 2020 года.",
     "Он соберётся 20, 23 или 28 декабря 2020 года."),
    ("ar", "سيجتمع في 20 أو 22 أو 28 كانون الأول/ديسمبر 2020.",
     "سيجتمع في 20 أو 23 أو 28 كانون الأول/ديسمبر 2020."),
])
def test_a_list_of_days_checked(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                                good: str, bad: str) -> None:
    source = "The committee will meet on the 20th, the 22nd or the 28th of December 2020."
    assert _codes(_check(tmp_path, cli_factory, lang, source, good)) == []
    assert "TP201" in _codes(_check(tmp_path / "bad", cli_factory, lang, source, bad))


def test_a_russian_list_with_its_marks_checked(tmp_path: Path,
                                               cli_factory: Callable[[Path], Cli]) -> None:
    source = "The committee will meet on 20, 22 or 28 December 2020."
    good = "Комитет соберётся 20-го, 22-го или 28-го декабря 2020 года."
    bad = "Комитет соберётся 20-го, 23-го или 28-го декабря 2020 года."
    assert _codes(_check(tmp_path, cli_factory, "ru", source, good)) == ["TP203"]
    assert "TP201" in _codes(_check(tmp_path / "bad", cli_factory, "ru", source, bad))


ISO_COPIED = [
    ("es", "2002-10-22 Lanzamiento del subproyecto Debian Desktop"),
    ("fr", "2002-10-22 Lancement du sous-projet Debian Desktop"),
    ("ru", "2002-10-22 Запущен подпроект Debian Desktop"),
    ("zh", "2002-10-22 Debian 桌面子项目启动"),
    ("ar", "2002-10-22 إطلاق المشروع الفرعي Debian Desktop"),
    ("ar", "٢٠٠٢-١٠-٢٢ إطلاق المشروع الفرعي Debian Desktop"),
]


@pytest.mark.parametrize(("lang", "target"), ISO_COPIED)
def test_the_source_s_iso_date_copied_is_no_style_fault(tmp_path: Path,
                                                        cli_factory: Callable[[Path], Cli],
                                                        lang: str, target: str) -> None:
    source = "2002-10-22 Debian Desktop subproject launched"
    assert _codes(_check(tmp_path, cli_factory, lang, source, target)) == []


@pytest.mark.parametrize(("source", "target"), [
    # the source in words: the translator chose the ISO form
    ("The Debian Desktop subproject was launched on 22 October 2002.",
     "Debian 桌面子项目于 2002-10-22 启动。"),
    # another form than the source's
    ("2002-10-22 Debian Desktop subproject launched", "2002/10/22 Debian 桌面子项目启动"),
])
def test_an_iso_date_not_the_source_s_is_still_reported(tmp_path: Path,
                                                        cli_factory: Callable[[Path], Cli],
                                                        source: str, target: str) -> None:
    assert _codes(_check(tmp_path, cli_factory, "zh", source, target)) == ["TP203"]


def test_a_numeric_date_copied_is_still_reported(tmp_path: Path,
                                                 cli_factory: Callable[[Path], Cli]) -> None:
    # (a day and month in digits another language's reader may take the other way round)
    source = "Released on 22.10.2002, the subproject grew."
    assert _codes(_check(tmp_path, cli_factory, "fr", source,
                         "Lancé le 22.10.2002, le sous-projet a grandi.")) == ["TP203"]
