"""A number the source says twice, one of whose copies the translation changed by a slip of the
keyboard (one digit, or two neighbouring digits swapped): an error naming what it became, not
the info of a value said fewer times (IAEA release, session 62: "Director General from 1997 to
2009; and Hans Blix, … from 1981 to 1997" → «1981-1987年»). A value the source repeats and the
translation says once, with no such slip left over, stays info."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _check, _codes

from conftest import Cli

SOURCE = ("He followed Mohamed ElBaradei, Director General from 1997 to 2009; and Hans Blix, "
          "Director General from 1981 to 1997.")

SLIPPED = [
    ("zh", "他的前任是穆罕默德·埃尔巴拉迪(1997-2009年)和汉斯·布利克斯(1981-1987年)。"),
    ("fr", "Il a succédé à Mohamed ElBaradei, Directeur général de 1997 à 2009, et à Hans Blix, "
     "Directeur général de 1981 à 1987."),
    ("ar", "خلف محمد البرادعي، المدير العام من ١٩٩٧ إلى ٢٠٠٩، وهانس بليكس، المدير العام من ١٩٨١ "
     "إلى ١٩٨٧."),
    # two neighbouring digits swapped
    ("es", "Sucedió a Mohamed ElBaradei, Director General de 1997 a 2009, y a Hans Blix, "
     "Director General de 1981 a 1979."),
]


@pytest.mark.parametrize(("lang", "target"), SLIPPED)
def test_a_repeated_number_changed_once_is_an_error(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, target: str) -> None:
    found = _check(tmp_path, cli_factory, lang, SOURCE, target)
    assert [f["code"] for f in found] == ["TP301"]
    assert "became" in found[0]["message"] and "1997" in found[0]["message"]


def test_a_repeated_number_said_once_stays_info(tmp_path: Path,
                                                cli_factory: Callable[[Path], Cli]) -> None:
    source = ("The Strategic Plan 2014-2017 and the NEPAD Strategic Plan 2014-2017 were adopted "
              "by 25 States.")
    good = "Les deux plans stratégiques pour 2014-2017 ont été adoptés par 25 États."
    assert _codes(_check(tmp_path, cli_factory, "fr", source, good)) == []
    # another number left over that is no slip of the repeated one: not what it became
    other = "Les deux plans stratégiques pour 2014-2017 ont été adoptés par 25 États en 2020."
    assert _codes(_check(tmp_path / "b", cli_factory, "fr", source, other)) == []


@pytest.mark.parametrize(("lang", "source", "target"), [
    ("fr", "In 2015 the Office opened; since 2015 it has grown, and it will expand next year.",
     "En 2015, le Bureau a ouvert ; depuis, il a grandi et il s'étendra en 2016."),
    ("es", "By the end of 2018, 40 States had joined by 2018, up from 30 the previous year.",
     "A finales de 2018, 40 Estados se habían sumado, frente a 30 en 2017."),
])
def test_a_year_the_source_names_from_another_is_no_slip(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, source: str,
        target: str) -> None:
    """"next year" written as the year is no slip of the year the source repeats (a second
    hostile pass on session 62's changes: "2015 became 2016" had been an error)."""
    assert _codes(_check(tmp_path, cli_factory, lang, source, target)) == []


UNDER_FIVE = "Since 2000, global under-5 mortality has dropped by 50 per cent."


def test_a_digit_freed_by_a_word_is_what_the_number_became(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """UNICEF's published Arabic (session 63's trial): the 5 of "under-5" said in words («دون سن
    الخامسة»), the digit «5» is what "50 per cent" became (it had been «50» missing, the digit
    paired with the source's 5)."""
    found = _check(tmp_path, cli_factory, "ar", UNDER_FIVE,
                   "فمنذ عام 2000، انخفض معدل وفيات الأطفال دون سن الخامسة على مستوى العالم "
                   "بنسبة 5%.")
    assert [(f["code"], f["message"]) for f in found] == [
        ("TP301", "number «50» became «5»")]


@pytest.mark.parametrize(("lang", "source", "target", "message"), [
    # the value in words and digits both the source's, no percentage: no digit freed
    ("ar", UNDER_FIVE, "فمنذ عام 2000، انخفض معدل وفيات الأطفال دون سن الخامسة (5) على مستوى "
     "العالم بشكل كبير.", "number «50» is missing"),
    ("fr", "Since 2000, under-5 mortality fell in 15 countries.",
     "Depuis 2000, la mortalité des moins de cinq ans (5 ans) a baissé dans de nombreux pays.",
     "number «15» is missing"),
    # a one-digit number: any digit would be a slip of it
    ("fr", "Since 2000, under-5 mortality fell in 7 countries.",
     "Depuis 2000, la mortalité des moins de cinq ans a baissé dans 5 pays.",
     "number «7» is missing"),
])
def test_no_digit_freed_is_still_missing(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                         lang: str, source: str, target: str,
                                         message: str) -> None:
    found = _check(tmp_path, cli_factory, lang, source, target)
    assert [(f["code"], f["message"]) for f in found] == [("TP301", message)]
