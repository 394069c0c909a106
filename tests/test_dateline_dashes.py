"""Datelines whose dashes have no space around them, or were lost in copying.

Newsrooms outside the UN set the dash between place and date without spaces (OPCW's "THE
HAGUE, Netherlands—14 November 2023—The…"), and a page copied as text may lose the dashes
altogether ("THE HAGUE, Netherlands15 November 2021The Director-General…"). Both stayed the
first paragraph's text, the release undated or dated by a line above it and the page printing
the date twice (trial t63/h2, finding 2).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importcases import kinds
from transpub.datelines import dateline
from transpub.importer import import_file

HEADLINE = "OPCW briefs permanent representatives on priorities\n\n"
TEXT = "\n\nThe main objective was to provide an overview.\n"


@pytest.mark.parametrize(("line", "place", "date"), [
    ("THE HAGUE, Netherlands—14 November 2023—The Secretariat held it.",
     "THE HAGUE, Netherlands", dt.date(2023, 11, 14)),
    ("Nairobi—6 June 2018—The United Nations said.", "Nairobi", dt.date(2018, 6, 6)),
    ("Bonn/Nairobi–10 May 2013–The talks opened.", "Bonn/Nairobi", dt.date(2013, 5, 10)),
    ("WASHINGTON, March 25, 2005—As part of it.", "WASHINGTON", dt.date(2005, 3, 25)),
    # the dashes lost: a known place, a full date and a sentence glued to it
    ("THE HAGUE, Netherlands15 November 2021The Director-General said.",
     "THE HAGUE, Netherlands", dt.date(2021, 11, 15)),
    ("Geneva15 November 2021The Director-General said.", "Geneva", dt.date(2021, 11, 15)),
])
def test_dashes_without_spaces(line: str, place: str, date: dt.date) -> None:
    found = dateline(line, "en")
    assert found is not None and (found.place, found.date) == (place, date)
    assert found.rest[:1].isupper()


@pytest.mark.parametrize("line", [
    "The talks—9 December 2020—were held in Geneva.",  # a sentence's own dashes
    "THE HAGUE—14 November 2023—the talks went on.",  # no sentence after it
    "G20 November 2021The leaders met.",  # no place glued to the date
    "COVID19 March 2020Then it spread.",
    "Mars15 November 2021The rover landed.",  # no known place
    "THE HAGUE, Netherlands15 November 2021",  # nothing glued after the date
])
def test_no_dateline(line: str) -> None:
    assert dateline(line, "en") is None


def test_opcw_release(tmp_path: Path) -> None:
    path = tmp_path / "opcw.txt"
    path.write_text(HEADLINE + "THE HAGUE, Netherlands—14 November 2023—The Technical "
                    "Secretariat held its annual briefing." + TEXT, encoding="utf-8")
    release = import_file(path).release
    assert kinds(release, "place") == ["THE HAGUE, Netherlands"]
    assert release.date == dt.date(2023, 11, 14)
    assert kinds(release, "p")[0] == "The Technical Secretariat held its annual briefing."


def test_lost_dashes_said(tmp_path: Path) -> None:
    path = tmp_path / "opcw.txt"
    path.write_text(HEADLINE + "THE HAGUE, Netherlands15 November 2021The Director-General "
                    "updated the representatives." + TEXT, encoding="utf-8")
    report = import_file(path)
    assert kinds(report.release, "place") == ["THE HAGUE, Netherlands"]
    assert report.release.date == dt.date(2021, 11, 15)
    assert kinds(report.release, "p")[0] == "The Director-General updated the representatives."
    assert any("line 3: the dateline had lost its dashes" in n for n in report.notes)


@pytest.mark.parametrize("line", [
    "Vienna, 1 August 2006  (United Nations Information Service)--",
    "Vienna, 1 August 2006 (United Nations Information Service) --",
    "Vienna, 1 August 2006 (United Nations Information Service) –",
    "Vienna, 1 August 2006 --",
])
def test_a_run_of_dashes_ending_the_dateline_is_its_dash(tmp_path: Path, line: str) -> None:
    """ESCWA's "(United Nations Information Service)--" at the line's end, the text in the
    next block (t66/hC H): the dashes are the dateline's, whole; the second hyphen had been
    the text, a paragraph "-" (a unit of one hyphen), or the dateline not read."""
    found = dateline(line, "en")
    assert found is not None and found.rest == "" and found.date == dt.date(2006, 8, 1)
    path = tmp_path / "release.txt"
    path.write_text(HEADLINE + line + TEXT, encoding="utf-8")
    release = import_file(path, lang="en").release
    assert kinds(release, "place") == ["Vienna"]
    assert kinds(release, "p") == ["The main objective was to provide an overview."]


def test_a_dash_inside_the_text_after_the_dateline_stays() -> None:
    found = dateline("VIENNA, 12 May 2024 (UN Information Service) -- - The session", "en")
    assert found is not None and found.rest == "- The session"
