"""Where a number ends, in documentation's translations (a trial on the Python and Django
documentation's PO files, t66/hG class 5): a line break is no thousands space ("2 ** 7\\n128",
a doctest's line and its output, had been «7 128» "became «7»"), an interval's comma is no
decimal or thousands comma ("[001,366]" copied had been "reads as 1.366 in es", «[1,12]» for
"[1, 12]" the numbers 1 and 12 "missing"), and a clock's hour after a day and an abbreviated
month is no two-digit year ("16 Aug 21:30:00 1988" had been "«16 Aug 21» became «16 août
1988»"). Each right translation has a wrong twin that must still be reported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import unit_findings
from transpub.datefind import find_dates
from transpub.numfind import find_numbers

from conftest import Cli


def _texts(text: str, lang: str) -> list[str]:
    return [m.text for m in find_numbers(text, lang)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    (">>> 2 ** 7  # 2 to the power of 7\n128", "en", ["2", "7", "2", "7", "128"]),
    ("2 ** 7\r\n128", "zh", ["2", "7", "128"]),
    # a space still groups thousands
    ("7 128 people", "fr", ["7 128"]),
    ("7\u00a0128 people", "ru", ["7\u00a0128"]),
    # intervals
    ("decimal number [001,366].", "es", ["001", "366"]),
    ("decimal number [001,366].", "en", ["001", "366"]),
    ("a range of [1,12], not [0,11]", "zh", ["1", "12", "0", "11"]),
    ("the interval [0.5,2.5)", "en", ["0.5", "2.5"]),
    # a grouped number or a decimal comma in brackets stays one number
    ("[1,500] people", "en", ["1,500"]),
    ("(1,500)", "en", ["1,500"]),
    ("soit [0,5] litre", "fr", ["0,5"]),
    ("soit [1,12] litre", "fr", ["1,12"]),
])
def test_number_boundaries(text: str, lang: str, expected: list[str]) -> None:
    assert _texts(text, lang) == expected


def test_a_thousands_space_reads_as_before() -> None:
    (found,) = find_numbers("7 128 people", "fr")
    assert found.values == frozenset({7128.0})


@pytest.mark.parametrize(("text", "expected"), [
    ("Di 16 Aug 21:30:00 1988 (de_DE)", [(None, 8, 16)]),
    ("on 22 Oct 14: staff", [(2014, 10, 22)]),
    ("on 22 Oct 14.", [(2014, 10, 22)]),
])
def test_a_clock_hour_is_no_short_year(text: str,
                                       expected: list[tuple[int | None, int, int]]) -> None:
    assert [(d.year, d.month, d.day) for d in find_dates(text, "en")] == expected


TWINS = [
    ("zh", ">>> 2 ** 7  # 2 to the power of 7\n128", ">>> 2 ** 7  # 2 的 7 次方\n128",
     ">>> 2 ** 7  # 2 的 7 次方\n129", "TP301"),
    ("es", "Day of the year as a decimal number [001,366].",
     "Día del año como número decimal [001,366].",
     "Día del año como número decimal [001,365].", "TP301"),
    ("zh", "Note that the month value is a range of [1, 12], not [0, 11].",
     "请注意，月份值是 [1,12] 的范围，而不是 [0,11] 。",
     "请注意，月份值是 [1,13] 的范围，而不是 [0,11] 。", "TP301"),
    ("fr", "Di 16 Aug 21:30:00 1988 (de_DE)", "mar. 16 août 1988 21:30:00 (fr_FR)",
     "mar. 17 août 1988 21:30:00 (fr_FR)", "TP201"),
]


@pytest.mark.parametrize(("lang", "source", "good", "bad", "code"), TWINS)
def test_right_passes_wrong_is_told(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                    lang: str, source: str, good: str, bad: str,
                                    code: str) -> None:
    told = {"TP201", "TP301", "TP302", "TP316"}
    assert [f["message"] for f in unit_findings(tmp_path / "good", cli_factory, lang, source,
                                                 good) if f["code"] in told] == []
    assert code in {f["code"] for f in unit_findings(tmp_path / "bad", cli_factory, lang,
                                                      source, bad)}
