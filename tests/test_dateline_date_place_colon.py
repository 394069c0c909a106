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


@pytest.mark.parametrize(("line", "place"), [
    ("25 June 2019, Addis Abeba, Ethiopia: The Chairperson spoke.", "Addis Abeba, Ethiopia"),
    ("25 June 2019, Kakuma: The camp opened a school.", "Kakuma"),  # (no list knows it)
    ("25 June 2019, Geneva: The talks opened.", "Geneva"),
    ("25 June 2019, Dar es Salaam: The talks opened.", "Dar es Salaam"),
])
def test_a_place_before_the_colon(line: str, place: str) -> None:
    found = dateline(line, "en")
    assert found is not None and (found.place, found.date) == (place, dt.date(2019, 6, 25))


@pytest.mark.parametrize("line", [
    "9 December 2020, the Office said: The talks went on.",  # no place after the date
    "25 June 2019, Addis Abeba: the chair went on.",  # no sentence after the colon
    "On 9 December 2020: the talks went on.",
    # a sentence's or a heading's words before the colon, however capitalised (hostile
    # review t63/h5, finding 6: each had been the place, the sentence cut in two)
    "5 May 2024, Member States agreed: The Council will meet again in June.",
    "9 December 2020, Key Findings: Three of four children are at risk.",
    "1 January 2024, Update: The figures were revised.",
    "1 January 2024, Editor's Note: The figures were revised.",
    "5 May 2024, Security Council: The members met.",
    "5 May 2024, The Council Said: The members met.",
    "5 May 2024, UNICEF: The agency said.",
    "5 May 2024, Tuesday: The members met.",
    "5 May 2024, Ministers From Forty Countries Met In Rome: The talks went on.",
])
def test_no_dateline(line: str) -> None:
    assert dateline(line, "en") is None


def test_a_dated_sentence_stays(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    sentence = "5 May 2024, Member States agreed: The Council will meet again in June."
    path.write_text(f"Council to meet again in June\n\n{sentence}\n\nMore.\n",
                    encoding="utf-8")
    release = import_file(path).release
    assert (kinds(release, "place"), release.date) == ([], None)
    assert kinds(release, "p") == [sentence, "More."]


def test_au_release(tmp_path: Path) -> None:
    path = tmp_path / "au.txt"
    path.write_text("Statement of the Chairperson regarding the situation in Ethiopia\n\n"
                    "25 June 2019, Addis Abeba: The Chairperson of the African Union "
                    "Commission wishes to express his condolences.\n\nMore.\n", encoding="utf-8")
    release = import_file(path).release
    assert (kinds(release, "place"), release.date) == (["Addis Abeba"], dt.date(2019, 6, 25))
    assert kinds(release, "p")[0].startswith("The Chairperson of the African Union")
