"""Arabic dates written with what no date form needs (``datefind._ARABIC_EXTRA``): a vocalised
month («أَيَّار», FLORES-200's dev set), the article joined to the day by a kashida («في الـ21
من يوليو»), a stretched month («نيســان»). Each is read as the date it is, so a right one
passes and a wrong day is still caught, through the real CLI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import unit_findings
from transpub.datefind import find_dates

from conftest import Cli

CASES = [
    # (source, translation with the right date, the same with a wrong one)
    ("The record was set in May of 1969.", "سُجّل الرقم القياسي في شهر أَيَّار عام 1969.",
     "سُجّل الرقم القياسي في شهر أَيَّار عام 1968."),
    ("It was destroyed on 21 July 2020.", "لقد دُمّر في الـ21 من يوليو عام 2020.",
     "لقد دُمّر في الـ22 من يوليو عام 2020."),
    ("It opened on 21 July 2020.", "افتُتح في الـ 21 من تمّوز/يوليو 2020.",
     "افتُتح في الـ 12 من تمّوز/يوليو 2020."),
    ("It began on 17 April 2000.", "بدأ في 17 نيســان/أبريل 2000.",
     "بدأ في 18 نيســان/أبريل 2000."),
]


def _codes(tmp_path: Path, cli_factory: Callable[[Path], Cli], source: str,
           target: str) -> list[str]:
    return sorted(f["code"] for f in unit_findings(tmp_path, cli_factory, "ar", source, target)
                  if f["severity"] == "error")


@pytest.mark.parametrize(("source", "right", "wrong"), CASES)
def test_vocalised_and_joined_dates(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                    source: str, right: str, wrong: str) -> None:
    assert _codes(tmp_path / "right", cli_factory, source, right) == []
    assert "TP201" in _codes(tmp_path / "wrong", cli_factory, source, wrong)


def test_the_mention_keeps_the_texts_own_characters() -> None:
    text = "في شهر أَيَّار عام 1969"
    (mention,) = find_dates(text, "ar")
    assert (mention.month, mention.year) == (5, 1969)
    assert mention.text == text[mention.start:mention.end] == "أَيَّار عام 1969"
