"""Russian names a month by its adjective ("the July 1997 edition" is «в июльском выпуске …
за 1997 год»): with the year said, that is the date, not a date "missing" (TP201; Debian's
press releases, t63/h6). Another month's adjective, or another year, is still reported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _twins

from conftest import Cli

EDITION = "Full details are available in the July 1997 edition of <q>Linux Journal</q>."
TWINS = [
    ("ru", EDITION, "Подробности доступны в июльском выпуске журнала <q>Linux Journal</q> за "
     "1997 год.", "Подробности доступны в августовском выпуске журнала <q>Linux Journal</q> за "
     "1997 год."),
    ("ru", EDITION, "Подробности доступны в июльском выпуске журнала <q>Linux Journal</q> за "
     "1997 год.", "Подробности доступны в июльском выпуске журнала <q>Linux Journal</q> за "
     "1998 год."),
    ("ru", "The March 2019 session adopted the report.",
     "Мартовская сессия 2019 года приняла доклад.", "Майская сессия 2019 года приняла доклад."),
]


@pytest.mark.parametrize(("lang", "source", "good", "bad"), TWINS)
def test_month_named_by_its_adjective(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                      lang: str, source: str, good: str, bad: str) -> None:
    _twins(tmp_path, cli_factory, lang, source, good, bad)


#: The year the date needs is the one of the adjective's own phrase (its noun, then «N года»,
#: «за N год», «N г.»), not any year of the unit (t64/hJ F7: «В майском докладе 2018 года …
#: на 2019 год» for "the May 2019 report" had passed, the source's 2019 said elsewhere)
TIED = [
    ("ru", "In the May 2019 report, 2019 targets were set.",
     "В майском докладе 2019 года были поставлены цели на 2019 год.",
     "В майском докладе 2018 года были поставлены цели на 2019 год."),
    ("ru", "In the report of May 2019.", "В майском докладе 2019 года.",
     "В майском докладе 2018 года и в июне 2019."),
    ("ru", "The June 2020 statement was adopted in 2020.",
     "Июньское заявление 2020 г. было принято в 2020 году.",
     "Июньское заявление 2021 г. было принято в 2020 году."),
    ("ru", "The May 2019 report set targets for 2019.",
     "Майский доклад за 2019 год установил цели на 2019 год.",
     "Майский доклад установил цели на 2019 год."),
    # the phrase's year in brackets or with its ordinal ending (t65/hF finding 9)
    ("ru", "The May 2019 report showed progress.",
     "Майский доклад (2019 г.) свидетельствует о прогрессе.",
     "Майский доклад (2018 г.) свидетельствует о прогрессе."),
    ("ru", "The May 2019 report showed progress.",
     "Майский доклад (2019) свидетельствует о прогрессе.",
     "Майский доклад (2018) свидетельствует о прогрессе."),
    ("ru", "The May 2019 report showed progress.",
     "Майский доклад 2019-го года свидетельствует о прогрессе.",
     "Майский доклад 2018-го года свидетельствует о прогрессе."),
    ("ru", "The May 2019 report covered the year.",
     "Майский доклад за 2019-й год охватывал весь год.",
     "Майский доклад на 2019-й год охватывал весь год."),
]


@pytest.mark.parametrize(("lang", "source", "good", "bad"), TIED)
def test_year_of_the_adjectives_phrase(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                       lang: str, source: str, good: str, bad: str) -> None:
    _twins(tmp_path, cli_factory, lang, source, good, bad)
