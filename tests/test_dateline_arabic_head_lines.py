"""ESCWA's Arabic head, label / date / place / headline each on its line (a trial of session
66, finding B): the date written with CLDR's spelling of the month's second half («21
تموز/يوليو 2009», «حزيران/يونيو») is a date, and a place line of two places joined by a
hyphen («فيينا-بيروت», "Vienna-Beirut") is the dateline's place; each had been the headline,
the headline a paragraph (and in align, the label filled with the place)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importcases import import_text, kinds
from transpub.datelines import lone_date, undated_dateline

_TEXT = "أعلنت اليوم السيدة مرفت تلاوي أن وحدة دراسة النزاعات بدأت عملها.\n"
_HEADLINE = "إسكوا تبدأ بتحديد نتائج وآثار العمليات العسكرية في لبنان"


@pytest.mark.parametrize(("text", "date"), [
    ("21 تموز/يوليو 2009", dt.date(2009, 7, 21)),
    ("21 تموز/يوليه 2009", dt.date(2009, 7, 21)),
    ("5 حزيران/يونيو 2009", dt.date(2009, 6, 5)),
    ("5 يوليو/تموز 2009", dt.date(2009, 7, 5)),
    ("1 آب/أغسطس 2006", dt.date(2006, 8, 1)),
])
def test_the_month_pair_in_either_spelling_is_a_date(text: str, date: dt.date) -> None:
    found = lone_date(text, "ar")
    assert found is not None and found[0] == date


def test_a_pair_of_two_months_is_no_date() -> None:
    assert lone_date("5 كانون الأول/نوفمبر 2009", "ar") is None


@pytest.mark.parametrize(("date", "iso"), [("1 آب/أغسطس 2006", "2006-08-01"),
                                           ("21 تموز/يوليو 2009", "2009-07-21")])
@pytest.mark.parametrize("place", ["فيينا-بيروت", "بيروت"])
def test_the_date_and_place_lines_above_the_headline_are_the_dateline(
        tmp_path: Path, date: str, iso: str, place: str) -> None:
    text = f"بيانات صحفية\n\n{date}\n\n{place}\n\n{_HEADLINE}\n\n{_TEXT}"
    release, removed = import_text(tmp_path, text, lang="ar")
    assert kinds(release, "title") == [_HEADLINE]
    assert kinds(release, "place") == [place]
    assert release.date is not None and release.date.isoformat() == iso
    assert kinds(release, "p") == [_TEXT.strip()]
    assert removed == [date, place]


def test_two_places_joined_in_english_are_the_place_too(tmp_path: Path) -> None:
    text = ("Press Release\n\n1 August 2006\n\nVienna-Beirut\n\nUNESCWA to document effects "
            "of operations\n\nThe Executive Secretary announced today that the unit has "
            "started its work in the region.\n")
    release, _removed = import_text(tmp_path, text)
    assert kinds(release, "title") == ["UNESCWA to document effects of operations"]
    assert kinds(release, "place") == ["Vienna-Beirut"]


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("فيينا-بيروت", "ar", True), ("Vienna-Beirut", "en", True), ("NEW YORK-GENEVA", "en", True),
    ("Peace-Building", "en", False), ("Vienna-Peace", "en", False),
    ("Vienna-Beirut-Rome-Paris", "en", False),
])
def test_only_known_places_are_joined(text: str, lang: str, place: bool) -> None:
    # (beside a date: alone, places joined are no place, test_import_routes_under_headline)
    assert (undated_dateline(text, lang, joined=True) is not None) == place
