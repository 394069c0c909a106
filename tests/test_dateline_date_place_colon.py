"""The date first, then the place and a colon: the African Union's "25 June 2019, Addis
Abeba: The Chairperson…", which stayed the text's (trial t63/h2, finding 2). README had the
place after the date ("9 December 2020, New York – The…") and a colon for the dash after a
place ("New York, 9 December 2020: The…"), not both together."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importcases import kinds
from transpub.datelines import dateline
from transpub.importer import import_file


def test_date_place_colon() -> None:
    found = dateline("25 June 2019, Addis Abeba: The Chairperson expressed condolences.", "en")
    assert found is not None
    assert (found.place, found.date, found.rest) == (
        "Addis Abeba", dt.date(2019, 6, 25), "The Chairperson expressed condolences.")


@pytest.mark.parametrize("line", [
    "9 December 2020, the Office said: The talks went on.",  # no place after the date
    "25 June 2019, Addis Abeba: the chair went on.",  # no sentence after the colon
    "On 9 December 2020: the talks went on.",
])
def test_no_dateline(line: str) -> None:
    assert dateline(line, "en") is None


def test_au_release(tmp_path: Path) -> None:
    path = tmp_path / "au.txt"
    path.write_text("Statement of the Chairperson regarding the situation in Ethiopia\n\n"
                    "25 June 2019, Addis Abeba: The Chairperson of the African Union "
                    "Commission wishes to express his condolences.\n\nMore.\n", encoding="utf-8")
    release = import_file(path).release
    assert (kinds(release, "place"), release.date) == (["Addis Abeba"], dt.date(2019, 6, 25))
    assert kinds(release, "p")[0].startswith("The Chairperson of the African Union")
