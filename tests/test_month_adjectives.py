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
