"""Dates in figures in datelines and page dates, read only where one reading can be meant.

European institutions print the day, month and year in figures: the Council of Europe's
"Strasbourg, 14.11.2013 - La Présidence…", the German Foreign Office's "14.01.2016", UNICEF's
archive pages "14/03/2011", ICRC's "24-02-2022", the Council of the EU's "27.VII.2009". They
stayed text (a paragraph, a subheading), the release undated (trials t63/h1 finding 6, t63/h2
finding 2). "03/04/2011" may be 3 April or 4 March: no date is invented from it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importcases import kinds
from transpub.datelines import ambiguous_date, dateline, lone_date
from transpub.importer import import_file
from transpub.model import Release


@pytest.mark.parametrize(("lang", "text", "place", "date"), [
    ("fr", "Strasbourg, 14.11.2013 - La Présidence est passée.", "Strasbourg",
     dt.date(2013, 11, 14)),
    ("en", "Strasbourg, 16.05.2013 - The 123rd session was held.", "Strasbourg",
     dt.date(2013, 5, 16)),
    ("en", "Brussels, 27.VII.2009 - The Council met.", "Brussels", dt.date(2009, 7, 27)),
    # a number over 12 decides, either way; the language's own order decides the rest
    ("en", "Geneva, 03/14/2011 – The talks opened.", "Geneva", dt.date(2011, 3, 14)),
    ("fr", "Genève, 03/04/2011 – La réunion s'est ouverte.", "Genève", dt.date(2011, 4, 3)),
    ("ru", "Москва, 03.04.2011 – Встреча открылась.", "Москва", dt.date(2011, 4, 3)),
])
def test_dateline_in_figures(lang: str, text: str, place: str, date: dt.date) -> None:
    found = dateline(text, lang)
    assert found is not None and (found.place, found.date) == (place, date)


@pytest.mark.parametrize(("text", "date"), [
    ("14/03/2011", dt.date(2011, 3, 14)), ("19/12/2016", dt.date(2016, 12, 19)),
    ("24-02-2022", dt.date(2022, 2, 24)), ("27.VII.2009", dt.date(2009, 7, 27)),
    ("Date Published: 18 March 2009", dt.date(2009, 3, 18)),
])
def test_page_date(text: str, date: dt.date) -> None:
    found = lone_date(text, "en")
    assert found is not None and found[0] == date


@pytest.mark.parametrize(("text", "lang"), [
    ("03/04/2011", "en"), ("Geneva, 03/04/2011 – The talks opened.", "en"),
    ("03/04/2011", "zh"),
])
def test_either_order_is_no_date(text: str, lang: str) -> None:
    assert dateline(text, lang) is None and lone_date(text, lang) is None
    assert ambiguous_date(text, lang) == "03/04/2011"


@pytest.mark.parametrize("text", ["27/VII/2009", "31.04.2014", "1.2.3.2020", "12.5.20156"])
def test_no_date_in_figures(text: str) -> None:
    assert lone_date(text, "en") is None


def _import(tmp_path: Path, text: str, lang: str = "en") -> tuple[Release, tuple[str, ...]]:
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    report = import_file(path, lang=lang)
    return report.release, report.notes


def test_coe_release(tmp_path: Path) -> None:
    release, _notes = _import(tmp_path, "L'Arménie transmet la présidence à l'Autriche\n\n"
                              "Strasbourg, 14.11.2013 - La Présidence est passée aujourd'hui "
                              "de l'Arménie à l'Autriche.\n\nSuite.\n", "fr")
    assert kinds(release, "place") == ["Strasbourg"]
    assert release.date == dt.date(2013, 11, 14)
    assert kinds(release, "p")[0].startswith("La Présidence")


def test_page_date_under_headline(tmp_path: Path) -> None:
    release, _notes = _import(tmp_path, "UNICEF Executive Director offers support\n\n"
                             "14/03/2011\n\nUNICEF today issued a statement.\n\nMore.\n")
    assert release.date == dt.date(2011, 3, 14)
    assert kinds(release, "p") == ["UNICEF today issued a statement.",
                                   "More."]
    assert kinds(release, "h2") == []


def test_either_order_said(tmp_path: Path) -> None:
    release, notes = _import(tmp_path, "UNICEF Executive Director offers support\n\n"
                             "03/04/2011\n\nUNICEF today issued a statement.\n\nMore.\n")
    assert release.date is None
    assert kinds(release, "p")[0] == "03/04/2011"
    assert any(n.startswith("line 3: «03/04/2011» may be read day first or month first")
               for n in notes)


@pytest.mark.parametrize("date", ["16.05.2013", "16 May 2013"])
def test_listing_date_before_headline(tmp_path: Path, date: str) -> None:
    # the Council of Europe's listing sets the date before the headline, the dateline under
    # it: once read, the headline had been taken for the dateline's paragraph, refused
    release, notes = _import(tmp_path, f"{date} - Chairmanship of the Committee of "
                             "Ministers: Armenia succeeds Andorra\n\nStrasbourg, 16 May 2013 - "
                             "The 123rd session was held today.\n\nMore.\n")
    assert kinds(release, "title") == ["Chairmanship of the Committee of Ministers: Armenia "
                                       "succeeds Andorra"]
    assert (kinds(release, "place"), release.date) == (["Strasbourg"], dt.date(2013, 5, 16))
    assert f"line 1: «{date}» before the headline repeats the date of the dateline under " \
           "it: removed" in notes
