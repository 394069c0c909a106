"""TP307: the same number with another unit of measure of its kind ("1.45 °C" → «1,45 °F»,
"420 ppm" → «420 ppb», "45 per cent" → «45 ‰», "3.3 mm per year" → «3,3 cm par an»): the
number checks compare the number, which is the same (session 43's climate release: 24 such
changes unseen). The units in the six languages' forms are the same unit («1,45 °С» with a
Cyrillic С, «1.45℃», «في المائة», «млн⁻¹» for ppm); a unit written before the number
(«百万分之420») or a converted quantity is left alone, and so is a source whose only unit is
a per cent. Units written for these tests, run
through the real CLI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import warned_by_case

from conftest import Cli

TEMPERATURE = "The global mean temperature was 1.45 °C above pre-industrial levels."
CO2 = "Carbon dioxide reached 420 ppm and sea level rose by 3.3 mm per year."

CASES = [
    ("fr", TEMPERATURE, "La température moyenne mondiale a dépassé de 1,45 °C les niveaux "
     "préindustriels.", False),
    ("fr", TEMPERATURE, "La température moyenne mondiale a dépassé de 1,45 °F les niveaux "
     "préindustriels.", True),
    ("ru", TEMPERATURE, "Средняя глобальная температура на 1,45 °С превысила доиндустриальный "
     "уровень.", False),
    ("zh", TEMPERATURE, "全球平均气温比工业化前水平高1.45℃。", False),
    ("zh", TEMPERATURE, "全球平均气温比工业化前水平高1.45华氏度。", True),
    ("es", CO2, "El dióxido de carbono alcanzó 420 ppm y el nivel del mar subió 3,3 mm al "
     "año.", False),
    ("es", CO2, "El dióxido de carbono alcanzó 420 ppb y el nivel del mar subió 3,3 mm al "
     "año.", True),
    ("es", CO2, "El dióxido de carbono alcanzó 420 ppm y el nivel del mar subió 3,3 cm al "
     "año.", True),
    ("ru", CO2, "Концентрация диоксида углерода достигла 420 млн⁻¹, а уровень моря "
     "повышался на 3,3 мм в год.", False),
    ("zh", CO2, "二氧化碳浓度达到百万分之420，海平面每年上升3.3毫米。", False),
    ("ar", "Methane reached 1923 ppb.", "بلغ الميثان 1923 جزء في البليون.", False),
    ("ar", "Methane reached 1923 ppb.", "بلغ الميثان 1923 جزء في المليون.", True),
    # a source whose only unit is a per cent is not read (the commonest unit: its cost)
    ("ar", "Prices rose by 45 per cent.", "ارتفعت الأسعار بنسبة 45 في الألف.", False),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_measure_units(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    found, wanted = warned_by_case(tmp_path, cli_factory, lang, CASES, "TP307")
    assert found == wanted
