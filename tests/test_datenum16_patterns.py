"""datenum16: patterns that ``re`` tried at every position of a text now start where a match
can (a character set ``re`` scans for at C speed, or the places a month's name stands), and
match what they matched before, at the same places, with the same groups:

* ``numbers._SOURCE_TIME`` (a source's clock times) with its first digit taken out in front of
  its branches, against ``SOURCE_TIME_BRANCHED`` (as it was) and ``SOURCE_TIME_PLAIN`` (as
  first written);
* ``numwords._ROMAN`` (Roman numerals) with its look-behind after the first letter, against
  ``ROMAN_PLAIN``;
* the English month-first date in another language's text ("foreign-md", "May 5, 2015" in a
  French text) tried only at the English months' places (``datefind._matches``), against
  ``finditer`` over the whole text: the patterns' matches and the parser's dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpora import TARGETS, corpus_texts
from transpub import datefind, numwords
from transpub.checks import numbers as number_checks

import realcorpus

LANGS = ("en", "fr", "es", "ru", "ar", "zh")


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[
        str | None, ...]]]:
    return [(m.span(), (m.group(), *m.groups())) for m in pattern.finditer(text)]


def _real_texts() -> Iterator[tuple[str, str]]:
    return realcorpus.texts()  # skips when the files are absent


def _all_texts() -> Iterator[tuple[str, str]]:
    yield from corpus_texts(LANGS)
    yield from _real_texts()


# -- the clock times and the Roman numerals ---------------------------------------------------

def _same_times(text: str) -> None:
    fast = _spans(number_checks._SOURCE_TIME, text)
    assert fast == _spans(number_checks.SOURCE_TIME_BRANCHED, text), text
    assert fast == _spans(number_checks.SOURCE_TIME_PLAIN, text), text


def _same_romans(text: str) -> None:
    assert _spans(numwords._ROMAN, text) == _spans(numwords.ROMAN_PLAIN, text), text
    assert numwords.roman_values(text) == _roman_values_plain(text), text


def _roman_values_plain(text: str) -> set[float]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(numwords, "_ROMAN", numwords.ROMAN_PLAIN)
        return numwords.roman_values(text)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from([*"0123456789", "٣", ":", ".", ",", " ", "\u00a0", "a", "p",
                                 "m", "A.M.", "p.m", "pm", "noon", "hours", "Hours", "x", "-",
                                 "12", "1855", "2359", "2400", "09"]), max_size=12))
@example(["at", " ", "3", " ", "p.m", "."])
@example(["1855", " ", "hours"])
@example(["2400", " ", "hours", ", ", "2359", " ", "hours", ", ", "0959", " ", "Hours"])
@example(["2", "5", "59", " ", "hours", " ", "3", "1", "00", " ", "hours"])
@example(["2", "1855", " ", "hours"])
@example(["0", ".", "1855", " ", "hours"])
@example(["10", ":", "30"])
@example(["1", ".", "10", ":", "30"])
def test_the_source_times_match_as_before(pieces: list[str]) -> None:
    text = "".join(pieces)
    _same_times(text)
    _same_times(text.upper())


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from([*"IVXLCDMivx", "e", "ᵉ", "er", "ème", "º", "o", "-", "го",
                                 "й", "в", " ", "_", "1", "é", "a", "Б", "(", "."]),
                max_size=12))
@example(["XXI", "e", " ", "siècle"])
@example(["XXI", " ", "века"])
@example(["aXX", " ", "MMMM", " ", "I", " ", "V", " ", "L"])
@example(["MMMMMMMI", " ", "MDCCCLXXXVIII"])
@example(["_", "IV", " ", "1", "X", " ", "éX"])
def test_the_roman_numerals_match_as_before(pieces: list[str]) -> None:
    text = "".join(pieces)
    _same_romans(text)


def test_the_times_and_romans_on_the_corpora_and_the_real_files() -> None:
    count = romans = 0
    for text, _lang in _all_texts():
        _same_times(text)
        _same_romans(text)
        count += 1
        romans += numwords._ROMAN.search(text) is not None
    assert count > 500 and romans > 20


# -- the English month-first dates, tried at the English months -------------------------------

_LAZY_PATTERNS = datefind._lazy_patterns


def _as_before(lang: str) -> list[tuple[datefind._Lazy, str]]:
    """The patterns as they were: the English month-first one of kind "foreign", as the
    English day-first one (tried with ``finditer``, read as an English month)."""
    return [(lazy, "foreign" if kind == "foreign-md" else kind)
            for lazy, kind in _LAZY_PATTERNS(lang)]


def _parse_both_ways(text: str, lang: str) -> tuple[object, object]:
    """The matches of every pattern (as ``_find_dates`` tries them) and the parser's dates,
    with "foreign-md" tried at the English months' places, then as before (of kind "foreign",
    tried with ``finditer``)."""
    def run() -> object:
        datefind._find_dates.cache_clear()
        datefind._patterns.cache_clear()
        folded = datefind._fold_digits(text)
        lowered = datefind._lowered(text)
        triggers = datefind._triggers(lang)
        matched = [[(m.span(), m.groupdict()) for m in
                    datefind._matches(pattern, kind, folded, lowered, triggers, {})]
                   for pattern, kind in datefind._patterns(lang)]
        return matched, datefind.find_dates(text, lang)

    fast = run()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(datefind, "_lazy_patterns", _as_before)
        plain = run()
    datefind._find_dates.cache_clear()
    datefind._patterns.cache_clear()
    return fast, plain


_PIECES = sorted({*datefind.month_names("en"), "Sept", "MAY", "March", "mai", "mars", "мая",
                  "أيار/مايو", " ", "\u00a0", ",", ", ", ".", "5", "05", "31", "2015", "15",
                  "x", "xMay", "de ", "-", "–", "ʼ", "_"})


@settings(max_examples=1200, deadline=None)
@given(st.sampled_from(LANGS), st.lists(st.sampled_from(_PIECES), max_size=9),
       st.sampled_from(["lower", "upper", "title", "same"]))
@example("fr", ["May", " ", "5", ", ", "2015"], "same")
@example("ar", ["May", " ", "5", " ", "2015", " ", "5", " ", "May", " ", "2015"], "same")
@example("ru", ["xMay", " ", "5", " ", "2015", " ", "june", " ", "31", ",", " ", "2015"],
         "title")
@example("es", ["ʼ", "May", " ", "5", " ", "2015"], "same")
def test_english_month_first_dates_tried_at_the_months(lang: str, pieces: list[str],
                                                       case: str) -> None:
    text = "".join(pieces)
    text = {"lower": text.lower(), "upper": text.upper(), "title": text.title()}.get(case, text)
    fast, plain = _parse_both_ways(text, lang)
    assert fast == plain, (lang, text)


def test_english_month_first_dates_on_the_corpora_and_the_real_files() -> None:
    dated = 0
    for text, lang in _all_texts():
        if lang not in TARGETS or not re.search(r"\d", text):
            continue
        fast, plain = _parse_both_ways(text, lang)
        assert fast == plain, (lang, text)
        dated += bool(plain[1])  # type: ignore[index]
    assert dated > 100


def test_the_month_first_kind_is_tried_at_the_places() -> None:
    """"foreign-md" is a month-first kind of every language but English (where the English
    months are its own, "mdy"), and ``_matches`` does not run its ``finditer``."""
    for lang in ("fr", "es", "ru", "ar"):
        kinds = [kind for _, kind in datefind._patterns(lang)]
        assert "foreign-md" in kinds and "foreign" in kinds, lang
    assert "foreign-md" in datefind._MONTH_FIRST
    pattern = next(p for p, kind in datefind._patterns("fr") if kind == "foreign-md")

    class Refused:
        def finditer(self, text: str) -> object:
            raise AssertionError("tried at every position")

        def match(self, text: str, pos: int) -> re.Match[str] | None:
            return pattern.match(text, pos)

    text = "le 3 mai 2015, May 5, 2015 et June 6, 2016"
    found = list(datefind._matches(Refused(), "foreign-md", text,  # type: ignore[arg-type]
                                   text.lower(), datefind._triggers("fr"), {}))
    assert [m.group() for m in found] == ["May 5, 2015", "June 6, 2016"]
