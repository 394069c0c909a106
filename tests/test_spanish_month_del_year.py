"""Spanish joins a month and its year with «de» or «del» («febrero de 2011», «febrero del
2011»): both are the date. «del» had left the month and year unread, the year a number left
over that TP301 then paired with another number (Debian's press releases, t63/h6)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _twins
from transpub.datefind import find_dates

from conftest import Cli


@pytest.mark.parametrize(("text", "expected"), [
    ("publicada en Febrero del 2011, la cual", [(2011, 2)]),
    ("publicada en febrero de 2011, la cual", [(2011, 2)]),
    ("entre enero y marzo del 2020", [(2020, 1), (2020, 3)]),
])
def test_month_del_year(text: str, expected: list[tuple[int, int]]) -> None:
    assert [(d.year, d.month) for d in find_dates(text, "es")] == expected


def test_month_del_year_compared(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    _twins(tmp_path, cli_factory, "es", "Debian 6.0 was released in February 2011.",
           "Debian 6.0 se publicó en febrero del 2011.",
           "Debian 6.0 se publicó en febrero del 2012.")
