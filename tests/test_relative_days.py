"""A date of the source that is the release's own day, the day before or after, named so by the
translation («今天», «hoy», «вчера», «demain»), and the other way round (IAEA releases in their
published Chinese and Arabic: "on Wednesday 30 October 2019" is «今天», «اليوم», session 62).
The release's date comes from the PO header (``X-Release-Date: 2020-12-09``); each accepted
form has a twin with the error really present, which must still be caught."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _check, _codes
from transpub.datefind import relative_days

from conftest import Cli

SOURCE = "The Board appointed Mr. Grossi on Wednesday, 9 December 2020."

TODAY = [
    ("fr", "Le Conseil a nommé M. Grossi aujourd’hui.",
     "Le Conseil a nommé M. Grossi le 10 décembre 2020."),
    ("es", "La Junta nombró hoy al Sr. Grossi.", "La Junta nombró al Sr. Grossi."),
    ("ru", "Сегодня Совет назначил г-на Гросси.",
     "Совет назначил г-на Гросси 8 декабря 2020 года."),
    ("zh", "理事会今天任命格罗西先生。", "理事会任命格罗西先生。"),
    ("ar", "عيّن المجلس السيد غروسي اليوم.", "عيّن المجلس السيد غروسي."),
]


@pytest.mark.parametrize(("lang", "good", "bad"), TODAY)
def test_the_release_day_said_as_today(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                       lang: str, good: str, bad: str) -> None:
    assert _codes(_check(tmp_path, cli_factory, lang, SOURCE, good)) == []
    assert "TP201" in _codes(_check(tmp_path / "bad", cli_factory, lang, SOURCE, bad))


def test_the_day_before_and_after(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    before = "The Board met on 8 December."
    assert _codes(_check(tmp_path, cli_factory, "ru", before, "Совет собрался вчера.")) == []
    assert _codes(_check(tmp_path / "a", cli_factory, "zh", before, "理事会昨天开会。")) == []
    # the release's day is not the day before: «today» for "8 December" is still wrong
    assert "TP201" in _codes(_check(tmp_path / "b", cli_factory, "fr", before,
                                    "Le Conseil s'est réuni aujourd'hui."))
    after = "The Board meets on 10 December 2020."
    assert _codes(_check(tmp_path / "c", cli_factory, "fr", after,
                         "Le Conseil se réunit demain.")) == []
    # a date two days away is no relative day
    far = "The Board meets on 11 December 2020."
    assert "TP201" in _codes(_check(tmp_path / "d", cli_factory, "fr", far,
                                    "Le Conseil se réunit demain."))


def test_today_in_the_source_dated_in_the_translation(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    source = "The Board appointed Mr. Grossi today."
    good = "Le Conseil a nommé M. Grossi le 9 décembre 2020."
    assert _codes(_check(tmp_path, cli_factory, "fr", source, good)) == []
    bad = "Le Conseil a nommé M. Grossi le 7 décembre 2020."
    assert "TP202" in _codes(_check(tmp_path / "bad", cli_factory, "fr", source, bad))


def test_a_wrong_date_beside_today_is_still_reported(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """«hoy» elsewhere in the sentence does not hide the date that took the release's place."""
    bad = "La Junta nombró hoy, 10 de diciembre de 2020, al Sr. Grossi."
    assert "TP201" in _codes(_check(tmp_path, cli_factory, "es", SOURCE, bad))


@pytest.mark.parametrize(("lang", "text", "days"), [
    ("ar", "في اليوم الدولي للسلام", frozenset()),  # the International Day, not today
    ("ar", "قال اليوم إن", frozenset({0})),
    ("es", "por la mañana", frozenset()),  # the morning, not tomorrow
    ("es", "se reunirá mañana", frozenset({1})),
    ("fr", "à ce jour-là", frozenset()),
    ("fr", "hier et demain", frozenset({-1, 1})),
    ("zh", "明日与今天", frozenset({0, 1})),
    # (a second hostile pass on session 62's changes: these had hidden a dropped date)
    ("fr", "après-demain", frozenset()),  # the day after tomorrow
    ("fr", "le monde de demain", frozenset()),
    ("es", "pasado mañana", frozenset()),
    ("es", "a media mañana", frozenset()),  # mid-morning
    ("ar", "في اليوم الثاني للدورة", frozenset()),  # the session's second day
    ("ar", "لمدة اليوم كله", frozenset()),  # the whole day
    ("ar", "اجتمع المجلس امس", frozenset({-1})),  # «أمس» without its hamza
    ("zh", "据今日俄罗斯报道", frozenset()),  # RT, a name
    ("ru", "на сегодняшний день", frozenset()),  # "to date"
    ("ru", "сегодняшнее заседание", frozenset({0})),
])
def test_relative_day_words(lang: str, text: str, days: frozenset[int]) -> None:
    assert relative_days(text, lang) == days
