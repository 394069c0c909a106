"""A standard's number is no count of a unit of time (TP306): Django's release notes,
"extracts ISO-8601 week days" → «提取 ISO-8601 周天», had been "«8601 days» became «8601» in
weeks" (t66/hG). A count of days is still compared.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import unit_findings

from conftest import Cli


@pytest.mark.parametrize(("lang", "source", "target", "told"), [
    ("zh", "The new function extracts ISO-8601 week days from a date, and allows querying by an "
     "ISO-8601 day of week.", "新的函数从日期中提取 ISO-8601 周天，可以按 ISO-8601 周天查询。",
     False),
    ("fr", "Dates follow ISO 8601 days and RFC 3339 hours.",
     "Les dates suivent l'ISO 8601 semaines et la RFC 3339 heures.", False),
    # a count of days still keeps its unit
    ("fr", "It lasted 10 days.", "Cela a duré 10 semaines.", True),
])
def test_standard_number(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                         source: str, target: str, told: bool) -> None:
    found = unit_findings(tmp_path, cli_factory, lang, source, target)
    assert ("TP306" in {f["code"] for f in found}) is told
