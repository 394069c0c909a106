"""The date parser's day-first patterns and the months' places (issue 13, checkunit14).

* ``datefind._DAY_DIGITS``: the day-first patterns (day-month-year, the short form, the Hijri
  form, the English months' day-first form) take the lookbehind before the day after its first
  digit; each pattern matches what it matches written with ``_DAY_DIGITS_PLAIN`` (the same
  spans and groups, on the accuracy corpora, the real corpus when present, and generated texts),
  and so does the whole parser;
* ``datefind._MonthScan.present`` hands back the months' places: what ``_places`` finds with
  the months' own search, on the same texts, and the triggers it finds are those it finds
  without being asked for them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpora import corpus_texts
from transpub import datefind

import realcorpus

LANGS = ("en", "fr", "es", "ru", "ar", "zh")
_CACHED = (datefind._hijri_patterns, datefind._gregorian_patterns, datefind._lazy_patterns,
           datefind._patterns)


def _forget() -> None:
    for made in _CACHED:
        made.cache_clear()
    datefind._find_dates.cache_clear()


def _texts() -> Iterator[tuple[str, str]]:
    """The accuracy corpora's texts."""
    return corpus_texts(LANGS)


def _real_texts() -> Iterator[tuple[str, str]]:
    return realcorpus.texts()  # skips when the files are absent


def _matches(lang: str, text: str) -> list[list[tuple[tuple[int, int], dict[str, str | None]]]]:
    return [[(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            for pattern, _ in datefind._patterns(lang)]


def _plain_and_fast(texts: list[tuple[str, str]]) -> tuple[list[object], list[object]]:
    """Each text's matches of every pattern, and its dates, made with the plain day and then
    with ``_DAY_DIGITS``."""
    sides: list[list[object]] = []
    for day in (datefind._DAY_DIGITS_PLAIN, datefind._DAY_DIGITS):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(datefind, "_DAY_DIGITS", day)
            _forget()
            try:
                sides.append([(_matches(lang, text), datefind._find_dates.__wrapped__(text, lang))
                              for text, lang in texts])
            finally:
                _forget()
    return sides[0], sides[1]


def test_the_plain_day_is_the_patterns_as_first_written() -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(datefind, "_DAY_DIGITS", datefind._DAY_DIGITS_PLAIN)
        _forget()
        try:
            for lang in ("en", "fr", "es", "ru"):
                sources = {kind: lazy.source for lazy, kind in datefind._lazy_patterns(lang)}
                for kind in ("dmy", "dmy-short", "hijri"):
                    assert sources[kind].startswith(r"(?<![\w\d])(?<!\d\.)(?P<d1>\d{1,2})"), (
                        lang, kind)
        finally:
            _forget()
    # and the fast one starts with the digit: re scans for it at C speed
    _forget()
    sources = {kind: lazy.source for lazy, kind in datefind._lazy_patterns("fr")}
    assert sources["dmy"].startswith(r"(?P<d1>\d(?<![\w\d]\d)(?<!\d\.\d)\d?)")
    assert any(lazy.source.startswith(datefind._DAY_DIGITS)
               for lazy, kind in datefind._lazy_patterns("fr") if kind == "foreign")


def test_day_first_patterns_match_as_the_plain_ones_on_the_corpora() -> None:
    texts = list(_texts())
    texts += [(t.upper(), lang) for t, lang in texts[::5]]
    plain, fast = _plain_and_fast(texts)
    assert fast == plain
    assert len(texts) > 800 and sum(bool(dates) for _, dates in fast) > 150  # type: ignore[misc]


def test_day_first_patterns_match_as_the_plain_ones_on_the_real_corpus() -> None:
    texts = list(_real_texts())
    plain, fast = _plain_and_fast(texts)
    assert fast == plain
    assert sum(bool(dates) for _, dates in fast) > 100  # type: ignore[misc]


_PIECES = sorted({name for lang in LANGS for name in datefind.month_names(lang)}
                 | {name for lang in LANGS for name in datefind.hijri_months(lang)}
                 | {"Oct", "sept", "okt", "Rajab", "A.H.", "de", "of", "to", "and", "au", "et",
                    "года", "г.", "م", "و", "ف", "/", "(", ")", ".", ",", "-", "–", " ",
                    "\u00a0", "0", "1", "5", "12", "123", "31", "2015", "15", "1436", "٢٠١٥",
                    "١٢", "１２", "x", "_", "é", "º", "1er", "-го", "st", "th", "y el", "al"})


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(LANGS), st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12),
       st.booleans())
@example("en", ["x", "5", " ", "May", " ", "2015"], False)
@example("en", ["5", "5", " ", "May", " ", "2015"], False)
@example("fr", ["_", "1er", " ", "mai", " ", "2015"], False)
@example("en", ["123", " ", "May", " ", "2015"], False)
@example("en", ["22", " ", "Oct", " ", "15", "."], True)
def test_day_first_patterns_match_as_the_plain_ones_on_generated_text(
        lang: str, pieces: list[str], upper: bool) -> None:
    text = "".join(pieces)
    text = text.upper() if upper else text
    plain, fast = _plain_and_fast([(text, lang)])
    assert fast == plain


# --- the months' places, from the one scan of a language's month triggers ---------------------

def _places_both_ways(lang: str, text: str) -> None:
    scan = datefind._month_scan(lang)
    lowered = text.lower()
    if scan is None or datefind._CASE_TWINS.search(text) or not lowered:
        return
    hits: dict[int, list[int]] = {}
    present = scan.present(lowered, hits)
    assert present == scan.present(lowered), (lang, text)
    months = datefind._triggers(lang)[datefind._MONTHS]
    assert isinstance(months, datefind._Trigger) and months.fast is not None
    assert 0 in scan.indexes
    assert hits == {0: datefind._places(months.fast, lowered)}, (lang, text)


def test_months_places_from_the_scan_are_the_searches_on_the_corpora() -> None:
    placed = 0
    for text, lang in [*_texts(), *_real_texts()]:
        for variant in (text, text.upper(), text.title()):
            _places_both_ways(lang, variant)
            placed += bool(datefind._month_scan(lang)) and bool(
                datefind._places(datefind._triggers(lang)[0].fast,  # type: ignore[union-attr]
                                 variant.lower()))
    assert placed > 300


@settings(max_examples=800, deadline=None)
@given(st.sampled_from(LANGS[:5]),
       st.lists(st.sampled_from([*_PIECES, "mayo", "xmai", "ʼ", "Rabiʿ", "rabi'", "al-",
                                 "Sha’ban"]), max_size=10))
@example("en", ["xmay", " ", "may", " ", "rajab", " ", "may"])
@example("fr", ["mai", " ", "oct", " ", "may", " ", "rajab", " ", "mai"])
def test_months_places_from_the_scan_are_the_searches_on_generated_text(
        lang: str, pieces: list[str]) -> None:
    _places_both_ways(lang, "".join(pieces))


def test_the_parser_finds_the_same_dates_with_the_places_handed_over(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole parser with the scan's places, and with every month-first kind searching its
    own (the scan asked for no places)."""
    texts = [(t, lang) for t, lang in _texts() if datefind._month_scan(lang) is not None]
    handed = [datefind._find_dates.__wrapped__(t, lang) for t, lang in texts]
    present = datefind._MonthScan.present
    monkeypatch.setattr(datefind._MonthScan, "present",
                        lambda self, lowered, hits=None: present(self, lowered))
    searched = [datefind._find_dates.__wrapped__(t, lang) for t, lang in texts]
    assert handed == searched and sum(map(bool, handed)) > 100
