"""A number's base said by its adjective: "0x10FFFF in base 16" → «0x10FFFF в шестнадцатеричной
системе счисления», "base 2 fractions" → «fractions binaires», «二进制小数» (the Python
documentation's Russian and French, t66/hG class 5: 6 false TP301 errors "«16» is missing").
Binary, octal, decimal and hexadecimal in the six languages; another base, or the adjective of
another base, is still a number missing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import unit_findings

from conftest import Cli

SOURCE = "The valid range is from 0 through 1,114,111 (0x10FFFF in base 16)."
GOOD = {
    "ru": "Допустимый диапазон от 0 до 1 114 111 (0x10FFFF в шестнадцатеричной системе "
          "счисления).",
    "fr": "La plage valide va de 0 à 1 114 111 (0x10FFFF en hexadécimal).",
    "es": "El rango válido es de 0 a 1.114.111 (0x10FFFF en hexadecimal).",
    "zh": "有效范围是 0 到 1,114,111（十六进制表示为 0x10FFFF）。",
    "ar": "النطاق الصالح من 0 إلى 1,114,111 (0x10FFFF بالنظام الست عشري).",
}
#: the adjective of another base: still the number missing
BAD = {
    "ru": GOOD["ru"].replace("шестнадцатеричной", "восьмеричной"),
    "fr": GOOD["fr"].replace("hexadécimal", "octal"),
    "es": GOOD["es"].replace("hexadecimal", "binario"),
    "zh": GOOD["zh"].replace("十六进制", "八进制"),
    "ar": GOOD["ar"].replace("الست عشري", "الثنائي"),
}


def _missing(found: list[dict[str, str]]) -> list[str]:
    return [f["message"] for f in found if f["code"] == "TP301"]


@pytest.mark.parametrize("lang", sorted(GOOD))
def test_base_said_by_its_adjective(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                    lang: str) -> None:
    assert _missing(unit_findings(tmp_path / "good", cli_factory, lang, SOURCE,
                                  GOOD[lang])) == []
    assert _missing(unit_findings(tmp_path / "bad", cli_factory, lang, SOURCE,
                                  BAD[lang])) == ["number «16» is missing"]


@pytest.mark.parametrize(("source", "target"), [
    ("as binary (base 2) fractions.", "в виде двоичных дробей."),
    ("easier to understand at first in base 10.", "проще понять сначала в десятичной системе."),
    ("in base-8 notation", "в восьмеричной записи"),
])
def test_base_forms(tmp_path: Path, cli_factory: Callable[[Path], Cli], source: str,
                    target: str) -> None:
    assert _missing(unit_findings(tmp_path, cli_factory, "ru", source, target)) == []


def test_a_number_after_another_word_is_still_missing(tmp_path: Path,
                                                      cli_factory: Callable[[Path], Cli]
                                                      ) -> None:
    assert _missing(unit_findings(tmp_path, cli_factory, "ru", "We counted 16 hexadecimal digits.",
                                  "Мы насчитали шестнадцатеричные цифры.")) == [
        "number «16» is missing"]
