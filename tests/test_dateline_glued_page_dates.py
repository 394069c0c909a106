"""The page's date glued before the dateline's capitals.

UNAIDS's listing prints the page's date twice and glues it to the dateline: "03 July 2017 03
July 2017GENEVA, 3 July 2017—Ghana has pledged…" (t65/hE finding N). The dates hid the
dateline, and opened the first paragraph. A date glued to a dateline's capitals is a page's
date: removed and said, and the dateline under it read.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importcases import import_text, kinds
from transpub.datelines import page_dates_before

#: (as the listing's copy gives it: a line a paragraph, no blank line between)
HEAD = "\n\nPress Statement\nGhana pledges US$ 200 000 to UNAIDS\n"
MORE = ("Speaking in his role as Chair of the PCB for 2017, the Minister of Health of Ghana, "
        "Kwaku Agyeman-Manu, said, “Through our pledge we demonstrate our willingness.”\n")
TEXT = "Ghana has pledged US$ 200 000 to support the work of UNAIDS. The pledge was made."


@pytest.mark.parametrize(("dates", "dateline", "place", "date"), [
    ("03 July 2017 03 July 2017", "GENEVA, 3 July 2017—", "GENEVA", dt.date(2017, 7, 3)),
    ("06 February 2019", "GENEVA, 6 February 2019—", "GENEVA", dt.date(2019, 2, 6)),
    # (a page's date other than the dateline's: the dateline dates the release)
    ("04 July 2017", "GENEVA, 3 July 2017 – ", "GENEVA", dt.date(2017, 7, 3)),
    # (the dateline without its year: the page date's)
    ("03 July 2017", "GENEVA, 3 July – ", "GENEVA", dt.date(2017, 7, 3)),
    ("03 July 2017", "THE HAGUE, 3 July 2017 – ", "THE HAGUE", dt.date(2017, 7, 3)),
])
def test_glued_page_dates_removed(tmp_path: Path, dates: str, dateline: str, place: str,
                                  date: dt.date) -> None:
    release, removed = import_text(tmp_path, f"{HEAD}{dates}{dateline}{TEXT}\n{MORE}")
    assert kinds(release, "place") == [place]
    assert release.date == date
    assert kinds(release, "p")[0] == TEXT
    assert dates in removed


@pytest.mark.parametrize(("text", "lang", "dates"), [
    ("03 июля 2017ЖЕНЕВА, 3 июля 2017 года – Гана объявила о взносе.", "ru",
     "03 июля 2017"),
    ("3 juillet 2017GENÈVE, 3 juillet 2017 – Le Ghana a annoncé.", "fr", "3 juillet 2017"),
    ("3 de julio de 2017GINEBRA, 3 de julio de 2017 – Ghana anunció.", "es",
     "3 de julio de 2017"),
])
def test_in_other_languages(text: str, lang: str, dates: str) -> None:
    found = page_dates_before(text, lang)
    assert found is not None and found == (dates, dt.date(2017, 7, 3))


@pytest.mark.parametrize("text", [
    "3 July 2017 GENEVA, 3 July 2017 – The…",  # (a space: not glued)
    "03 July 2017GENEVA is hosting the meeting.",  # (no dateline after the date)
    "03 July 2017UNAIDS welcomed the pledge.",
    "GENEVA, 3 July 2017 – The…",
])
def test_no_glued_page_date(text: str) -> None:
    assert page_dates_before(text, "en") is None
