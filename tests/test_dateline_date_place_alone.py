"""The date first, then the place after a comma, alone on its line ("9 December 2020,
Kakuma" over the text): the dateline, whatever place it names. Reading date bars ("15 March
2024 | News release": a date bar's piece a place only when a known one) had left every
place missing from ``data/places.json`` out, the release undated and unsaid, the line a
paragraph to translate (hostile review t63/h5, finding 5)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importcases import kinds
from transpub.datelines import dateline
from transpub.importer import import_file


@pytest.mark.parametrize(("text", "place"), [
    ("9 December 2020, Kakuma", "Kakuma"),
    ("9 December 2020, Cox's Bazar", "Cox's Bazar"),  # (a known place, as before)
    ("9 December 2020, Kakuma, Kenya", "Kakuma, Kenya"),
    ("9 December 2020, Kakuma (Turkana)", "Kakuma (Turkana)"),
    ("9 December 2020, El Fasher", "El Fasher"),
    ("9 December 2020, Dar es Salaam", "Dar es Salaam"),
])
def test_a_place_after_the_date(text: str, place: str) -> None:
    found = dateline(text, "en")
    assert found is not None
    assert (found.place, found.date, found.rest) == (place, dt.date(2020, 12, 9), "")


@pytest.mark.parametrize("text", [
    # a page's date bar: its pieces a place only when a known one (what the bar rule fixed)
    "15 March 2024 | News release",
    "24-02-2022 | Latest News , Europe & Central Asia",
    "9 December 2020 | Maiduguri",
    # after a comma, a heading's, a document's, a body's words, a weekday: no place
    "15 March 2024, News release",
    "9 December 2020, Key Findings",
    "9 December 2020, Press Release",
    "9 December 2020, UNICEF",
    "9 December 2020, The Council",
    "9 December 2020, Monday",
    "9 December 2020, Security Council",
])
def test_no_place_after_the_date(text: str) -> None:
    assert dateline(text, "en") is None


def test_the_release_is_dated(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text("Refugee camp opens new school\n\n9 December 2020, Kakuma\n\nThe camp, "
                    "which hosts 200,000 refugees, opened its tenth school.\n\nMore.\n",
                    encoding="utf-8")
    release = import_file(path).release
    assert (kinds(release, "place"), release.date) == (["Kakuma"], dt.date(2020, 12, 9))
    assert kinds(release, "p") == ["The camp, which hosts 200,000 refugees, opened its tenth "
                                   "school.", "More."]
