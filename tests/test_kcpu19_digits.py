"""The date parser reads a day, month or year written in digits of any script (issue 13's
kcpu19 round found it failing): the patterns' ``\\d`` takes every decimal digit, and
``datefind._int`` read those beyond ASCII as Chinese numerals, raising ``KeyError`` for
Devanagari's «१२» (and so failing a whole ``transpub check``)."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from transpub.datefind import _int, find_dates

#: The decimal digits of every script Python knows, by script (the zero of each run of ten)
_ZEROS = [chr(c) for c in range(0x110000)
          if unicodedata.category(chr(c)) == "Nd" and unicodedata.decimal(chr(c)) == 0]
_DATES = {
    "en": "{d} March {y}", "fr": "le {d} mars {y}", "es": "el {d} de marzo de {y}",
    "ru": "{d} марта {y} года", "ar": "{d} مارس {y}", "zh": "{y}年3月{d}日",
}


def _in(zero: str, number: int) -> str:
    return "".join(chr(ord(zero) + int(digit)) for digit in str(number))


def test_int_reads_every_decimal_digit() -> None:
    assert len(_ZEROS) > 50
    for zero in _ZEROS:
        assert _int(_in(zero, 2015)) == 2015
    # the Chinese numerals, as before
    assert (_int("一九四二"), _int("十二"), _int("三十一"), _int("十十")) == (1942, 12, 31, 0)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_ZEROS), st.sampled_from(sorted(_DATES)), st.integers(1, 28),
       st.booleans())
@example("\u0966", "en", 12, False)  # Devanagari: «१२ March 2015» raised KeyError
@example("\u0966", "zh", 12, True)
def test_a_date_in_any_digits(zero: str, lang: str, day: int, ascii_year: bool) -> None:
    year = "2015" if ascii_year else _in(zero, 2015)
    text = _DATES[lang].format(d=_in(zero, day), y=year)
    for mention in find_dates(text, lang):  # (no error; what is found is that date)
        assert (mention.month, mention.day) == (3, day)
        assert mention.year in (2015, None)
    if ascii_year:  # a digit the date parser looks for: the date is found
        assert [(m.year, m.month, m.day) for m in find_dates(text, lang)] == [(2015, 3, day)]
