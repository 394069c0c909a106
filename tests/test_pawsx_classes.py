"""Classes of false alarms found on PAWS-X's and MLQA's professional translations (t65/hC),
each fixed in general form:

- Spanish's ordinal indicator º typed as the degree sign ° or the modifier letter ᵒ («el 1.° de
  abril de 1909», «1°», «1.ᵒ»): a day's ordinal mark as «1.º» is, in dates and in the
  periods of a year («2.° semestre»).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _check, _codes
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
