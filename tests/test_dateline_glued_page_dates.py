"""The page's date glued before the dateline's capitals.

UNAIDS's listing prints the page's date twice and glues it to the dateline: "03 July 2017 03
July 2017GENEVA, 3 July 2017—Ghana has pledged…" (t65/hE finding N). The dates hid the
dateline, and opened the first paragraph. A date glued to a dateline's capitals is a page's
date: removed and said, and the dateline under it read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from importcases import import_text, kinds
from transpub.datelines import page_dates_before, page_dates_twice

from conftest import Cli

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


# The same page's date printed twice before the standfirst, not the dateline (UNAIDS's
# French page, t67/hA finding F4): «05 décembre 2017 05 décembre 2017Un nouveau rapport…».
# The importer had kept it as the standfirst's text, and ``align``, which reads a
# translation as the importer does, had filled the standfirst's unit with it.
WCA_FR = ("Press Release\nL'Afrique de l'Ouest et du Centre en retard sur la riposte mondiale "
          "au VIH\n{dates}Un nouveau rapport souligne le besoin urgent d'une meilleure réponse "
          "au VIH pour les enfants et les adolescents\nABIDJAN / DAKAR / NEW YORK / GENÈVE, 5 "
          "décembre 2017 - En 2016, environ 60 000 enfants ont été nouvellement infectés par le "
          "VIH en Afrique de l'Ouest et du Centre.\n")
WCA_EN = ("West and Central Africa left behind in Global HIV response\n\nNew report highlights "
          "urgent need for an improved HIV response for children and adolescents\n\n"
          "ABIDJAN/DAKAR/NEW YORK/GENEVA, 5 December 2017 – In 2016, an estimated 60,000 "
          "children were newly infected with HIV in West and Central Africa.\n")
STANDFIRST = ("Un nouveau rapport souligne le besoin urgent d'une meilleure réponse au VIH pour "
              "les enfants et les adolescents")


@pytest.mark.parametrize(("text", "lang", "dates", "date"), [
    ("05 décembre 2017 05 décembre 2017Un nouveau rapport", "fr",
     "05 décembre 2017 05 décembre 2017", dt.date(2017, 12, 5)),
    ("3 July 2017 3 July 2017 3 July 2017New report", "en", "3 July 2017 3 July 2017 3 July 2017",
     dt.date(2017, 7, 3)),
    ("03 July 2017 03 July 2017“We will”, she said", "en", "03 July 2017 03 July 2017",
     dt.date(2017, 7, 3)),
    ("5 de diciembre de 2017 5 de diciembre de 2017Un nuevo informe", "es",
     "5 de diciembre de 2017 5 de diciembre de 2017", dt.date(2017, 12, 5)),
    ("5 декабря 2017 5 декабря 2017Новый доклад", "ru", "5 декабря 2017 5 декабря 2017",
     dt.date(2017, 12, 5)),
])
def test_page_dates_twice(text: str, lang: str, dates: str, date: dt.date) -> None:
    assert page_dates_twice(text, lang) == (dates, date)


@pytest.mark.parametrize("text", [
    "03 July 2017UNAIDS welcomed the pledge.",  # (once: nothing says it is the page's)
    "03 July 2017 04 July 2017New report",  # (two dates: no date printed twice)
    "03 July 2017 03 July 2017 New report",  # (a space: not glued)
    "03 July 2017 03 July 2017",  # (nothing after)
    "03 July 2017 03 July 201712 new cases",  # (a number: the last date is no date)
    "In 03 July 2017 03 July 2017New report",
])
def test_no_page_dates_twice(text: str) -> None:
    assert page_dates_twice(text, "en") is None


def test_before_the_standfirst(tmp_path: Path) -> None:
    dates = "05 décembre 2017 05 décembre 2017"
    release, removed = import_text(tmp_path, WCA_FR.format(dates=dates), lang="fr")
    assert kinds(release, "h2") == [STANDFIRST]
    assert kinds(release, "place") == ["ABIDJAN / DAKAR / NEW YORK / GENÈVE"]
    assert dates in removed


def test_before_the_headline(tmp_path: Path) -> None:
    dates = "05 décembre 2017 05 décembre 2017"
    text = WCA_FR.format(dates="").replace("Press Release\n", dates)
    release, removed = import_text(tmp_path, text, lang="fr")
    assert kinds(release, "title") == [
        "L'Afrique de l'Ouest et du Centre en retard sur la riposte mondiale au VIH"]
    assert dates in removed


def test_align_leaves_them_out(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    (tmp_path / "en.txt").write_text(WCA_EN, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(
        WCA_FR.format(dates="05 décembre 2017 05 décembre 2017"), encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    cli.cwd = tmp_path / "ws"
    cli("import", str(tmp_path / "en.txt"), "--slug", "rel")
    cli("extract")
    cli("align", "rel", str(tmp_path / "fr.txt"), "--lang", "fr")
    po = polib.pofile(str(tmp_path / "ws" / "locales" / "fr" / "LC_MESSAGES" / "rel.po"))
    assert {e.msgctxt: e.msgstr for e in po}["h1"] == STANDFIRST
