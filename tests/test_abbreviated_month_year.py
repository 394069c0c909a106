"""A month abbreviated with its point before its year is a date ("The end of upstream support
for Oracle 11.2 is Dec. 2020": Django's release notes, t66/hG class 5, had no date there and
«2020 年 12 月» left "2020" a number "missing", TP301). A full month's point still ends a
sentence ("in May. 2020 was": no date). Each right translation has a wrong twin still told.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import unit_findings
from transpub.datefind import find_dates

from conftest import Cli


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("support for Oracle 11.2 is Dec. 2020. Django", "en", [(2020, 12, None)]),
    ("Sept. 2019 and Jan. 2020", "en", [(2019, 9, None), (2020, 1, None)]),
    ("en déc. 2020", "fr", [(2020, 12, None)]),
    ("в дек. 2020 г.", "ru", [(2020, 12, None)]),
    ("en dic. de 2020", "es", [(2020, 12, None)]),
    # as before
    ("in Dec 2020", "en", [(2020, 12, None)]),
    ("on 5 Dec. 2020", "en", [(2020, 12, 5)]),
    ("in May. 2020 was a year", "en", []),
    ("in December. 2020 was a year", "en", []),
])
def test_abbreviated_month_and_year(text: str, lang: str,
                                    expected: list[tuple[int, int, int | None]]) -> None:
    assert [(d.year, d.month, d.day) for d in find_dates(text, lang)] == expected


SOURCE = ("The end of upstream support for Oracle 11.2 is Dec. 2020. Django 1.11 will be "
          "supported until April 2020.")


@pytest.mark.parametrize(("lang", "good", "bad"), [
    ("zh", "Oracle 11.2 的上游支持将于 2020 年 12 月结束。 Django 1.11 将在 2020 年 4 月之前"
     "得到支持。", "Oracle 11.2 的上游支持将于 2020 年 11 月结束。 Django 1.11 将在 2020 年 4 月"
     "之前得到支持。"),
    ("fr", "Le support d'Oracle 11.2 prend fin en décembre 2020. Django 1.11 sera pris en charge "
     "jusqu'en avril 2020.", "Le support d'Oracle 11.2 prend fin en décembre 2021. Django 1.11 "
     "sera pris en charge jusqu'en avril 2020."),
])
def test_right_passes_wrong_is_told(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                    lang: str, good: str, bad: str) -> None:
    told = {"TP201", "TP301"}
    assert [f["message"] for f in unit_findings(tmp_path / "good", cli_factory, lang, SOURCE,
                                                 good) if f["code"] in told] == []
    assert {f["code"] for f in unit_findings(tmp_path / "bad", cli_factory, lang, SOURCE,
                                             bad)} & told
