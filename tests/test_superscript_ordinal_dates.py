"""A day's ordinal letters in markup's superscript read as the day (a trial on Debian's press
releases and their published French, t63/h6, class 5: six false TP201 and a bogus "named by a
demonstrative" info).

«1<sup>er</sup> janvier 1970» had been read «janvier 1970» (the day gone: "January 1st, 1970"
became «janvier 1970»), and «du 1<sup>er</sup> au 7 juillet» as «7 juillet». The PO text holds
HTML's tag or transpub's placeholder for it («1<sup1>er</sup1>»); either is read, in French's
«1er», Spanish's «1<sup>o</sup>» and English's "1<sup>st</sup>", and is the house style «1er»
is (no TP203). Each right translation has a wrong twin that must still be reported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import unit_findings
from test_precision import _check, _codes
from transpub.datefind import find_dates

from conftest import Cli


def _days(text: str, lang: str) -> list[tuple[int | None, int, int | None, bool]]:
    return [(d.year, d.month, d.day, d.house_style) for d in find_dates(text, lang)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("antérieure au 1<sup>er</sup> janvier 1970.", "fr", [(1970, 1, 1, True)]),
    ("antérieure au 1<sup1>er</sup1> janvier 1970.", "fr", [(1970, 1, 1, True)]),
    ("du 1<sup>er</sup> au 7 août à", "fr", [(None, 8, 1, True), (None, 8, 7, True)]),
    ("du 1<sup2>er</sup2> au 7 juillet 2012", "fr", [(2012, 7, 1, True), (2012, 7, 7, True)]),
    ("les 1<sup1>er</sup1>, 2 et 12 mars", "fr",
     [(None, 3, 1, True), (None, 3, 2, True), (None, 3, 12, True)]),
    ("le 1<sup class=\"x\">er</sup> mars", "fr", [(None, 3, 1, True)]),
    ("el 1<sup>o</sup> de mayo", "es", [(None, 5, 1, False)]),
    ("before January 1<sup>st</sup>, 1970", "en", [(1970, 1, 1, False)]),
    ("on the 1<sup1>st</sup1> of May", "en", [(None, 5, 1, False)]),
    # the plain forms as before
    ("le 1er janvier 1970 et le 1ᵉʳ mars", "fr", [(1970, 1, 1, True), (None, 3, 1, False)]),
    ("le 1 janvier", "fr", [(None, 1, 1, False)]),
])
def test_superscript_ordinal_is_the_day(text: str, lang: str,
                                        expected: list[tuple[int | None, int, int | None,
                                                             bool]]) -> None:
    assert _days(text, lang) == expected


def test_superscript_stays_linear() -> None:
    text = "1<sup>er</sup> " * 20000 + "janvier"
    assert len(find_dates(text, "fr")) == 1


TWINS = [
    ("fr", "The installer sets the date if it is before January 1<sup1>st</sup1>, 1970.",
     "L'installateur règle la date si elle est antérieure au 1<sup1>er</sup1> janvier 1970.",
     "L'installateur règle la date si elle est antérieure au 1<sup1>er</sup1> janvier 1971."),
    ("fr", "July 1-7 2012: DebCamp, the yearly developer work sessions.",
     "du 1<sup1>er</sup1> au 7 juillet 2012 : DebCamp, la session annuelle de travail des "
     "développeurs.",
     "du 1<sup1>er</sup1> au 8 juillet 2012 : DebCamp, la session annuelle de travail des "
     "développeurs."),
    ("fr", "The point releases are scheduled for October 1 and October 8 respectively.",
     "Les mises à jour sont respectivement prévues pour le 1<sup1>er</sup1> octobre et le 8 "
     "octobre.",
     "Les mises à jour sont respectivement prévues pour le 2<sup1>e</sup1> octobre et le 8 "
     "octobre."),
]


@pytest.mark.parametrize(("lang", "source", "good", "bad"), TWINS)
def test_superscript_twins(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                           source: str, good: str, bad: str) -> None:
    # (the superscript the translation adds is TP501's, a markup finding, not a date's)
    assert _codes(_check(tmp_path, cli_factory, lang, source, good)) in ([], ["TP501"])
    assert {"TP201", "TP202", "TP301"} & set(_codes(_check(tmp_path / "bad", cli_factory, lang,
                                                           source, bad)))


def test_superscript_first_is_house_style(tmp_path: Path,
                                          cli_factory: Callable[[Path], Cli]) -> None:
    # «1<sup>er</sup>» is «1er» set as UN French sets it: no TP203; «1 juillet» still is one
    source = "The camp starts on 1 July 2012."
    assert _codes(_check(tmp_path, cli_factory, "fr", source,
                         "Le camp commence le 1<sup1>er</sup1> juillet 2012.")) == ["TP501"]
    assert "TP203" in _codes(_check(tmp_path / "bad", cli_factory, "fr", source,
                                    "Le camp commence le 1 juillet 2012."))


def test_a_range_that_lost_its_year_is_one_finding(tmp_path: Path,
                                                    cli_factory: Callable[[Path], Cli]) -> None:
    # "from August 1 to 7, 2010" → «du 1<sup>er</sup> au 7 août»: the range's two days lost
    # one year, told once (t63/h6: the same warning had been given twice)
    found = unit_findings(tmp_path, cli_factory, "fr",
                          "The conference will take place from August 1 to 7, 2010, in New York.",
                          "La conférence aura lieu du 1<sup>er</sup> au 7 août à New York.")
    assert [f["message"] for f in found if f["code"] == "TP201"] == [
        "date «August 1 to 7, 2010» lost its year: «1<sup>er</sup> au 7 août»"]
