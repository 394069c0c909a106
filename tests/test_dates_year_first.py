"""Dates written year first: ISO 8601's 2020-01-03 in any language, and 2020/1/3 or 2020.1.3 as
Chinese also writes them (session 49: "3 January 2020" → «2020-01-03» was "missing" in every
language, and a wrong day so written went unseen). Not UN house style (TP203 says so), but the
same date (TP201 compares it); not a period ("2010-2012"), a version ("2020.1.3.4") or an
impossible month ("2019-20-21")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import findings_by_case
from transpub.datefind import find_dates

from conftest import Cli


@pytest.mark.parametrize(("lang", "text", "dates"), [
    ("en", "The report is dated 2020-01-03.", [(2020, 1, 3)]),
    ("fr", "Le rapport est daté du 2020-01-03.", [(2020, 1, 3)]),
    ("ru", "Доклад датирован 2020-1-3.", [(2020, 1, 3)]),
    ("zh", "报告日期为2020/1/3。", [(2020, 1, 3)]),
    ("zh", "报告日期为2020.1.3。", [(2020, 1, 3)]),
    ("ar", "التقرير مؤرخ 2020-01-03.", [(2020, 1, 3)]),
    ("en", "Logged on 2020-01-03T10:00 by the system.", [(2020, 1, 3)]),
    ("en", "The 2010-2012 period was hard.", []),
    ("en", "Version 2020.1.3.4 was released.", []),
    ("fr", "Le code 2019-20-21 est faux.", []),
    ("en", "Mixed 2020-01/03 separators.", []),
])
def test_read(lang: str, text: str, dates: list[tuple[int, int, int]]) -> None:
    assert [(d.year, d.month, d.day) for d in find_dates(text, lang)] == dates


@pytest.mark.parametrize(("lang", "good", "bad"), [
    ("fr", "Le rapport est daté du 2020-01-03.", "Le rapport est daté du 2020-01-04."),
    ("zh", "报告日期为2020/1/3。", "报告日期为2020/1/13。"),
    ("ru", "Доклад датирован 2020-01-03.", "Доклад датирован 2021-01-03."),
])
def test_compared(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, good: str,
                  bad: str) -> None:
    source = "The report is dated 3 January 2020."
    found = findings_by_case(tmp_path, cli_factory, lang,
                             [(lang, source, good), (lang, source, bad)],
                             lambda f: f["code"] in ("TP201", "TP203"))
    assert [f["code"] for f in found[0]] == ["TP203"]
    assert "TP201" in [f["code"] for f in found[1]]
