"""parse67: searches TP301 makes on every text, rewritten to open with a character set that
``re`` scans for at C speed (a pattern opening with a choice of branches, or ignoring the case
of its first letter, is tried at every position of the text), match what the patterns as
first written match, at the same places, with the same groups, on generated text and on every
text of the corpora:

* ``datefind._NUMERIC_FROM_SEPARATOR`` (the numeric dates' trigger) against
  ``NUMERIC_FROM_SEPARATOR_PLAIN``;
* ``datefind._BARE_DAYS`` ("from the 25th to the 27th") against ``BARE_DAYS_PLAIN``;
* ``datefind._ARABIC_EXTRA_GATE`` finds a text ``_ARABIC_EXTRA`` finds something in;
* ``credits._GATE`` (and ``picture_ids``' substring tests before it) against ``GATE_PLAIN``;
* ``numbers._HEAT_GATE`` against ``HEAT_GATE_PLAIN``, and no character ``re.IGNORECASE``
  matches to the letters now written in both cases but those two;
* ``numbers._PHONE_MARK`` against ``PHONE_MARK_PLAIN``;
* ``numbers._short_years_marked`` (its separators looked for by substring first) answers as
  ``_SHORT_YEARS_MARK`` does;

and each of them opens with a character set ``re`` scans for (its compiler's own prefix).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpora import on_every_text
from transpub import credits, datefind
from transpub.catalog import read_translations
from transpub.checks import numbers as number_checks

import realcorpus
import realdata

#: (fast, plain) pairs whose every match must agree
_PAIRS = (
    (re.compile(datefind._NUMERIC_FROM_SEPARATOR),
     re.compile(datefind.NUMERIC_FROM_SEPARATOR_PLAIN)),
    (datefind._BARE_DAYS, datefind.BARE_DAYS_PLAIN),
    (credits._GATE, credits.GATE_PLAIN),
    (number_checks._HEAT_GATE, number_checks.HEAT_GATE_PLAIN),
    (number_checks._PHONE_MARK, number_checks.PHONE_MARK_PLAIN),
)

#: pieces of what the patterns look at: digits, separators, spaces, ordinal days, "the" after
#: a letter or not, the credit's sign and colons, temperatures, telephone marks, Arabic marks
_PIECES = st.sampled_from([
    *"0123456789./-–—+() :：©/\u00a0\u202f", "١", "aT", "the ", "The", "xthe", "th", "st", "nd",
    " to ", " and ", "Degree", "DEGREES", "dEgReE", "°", "º", "below zero", "BELOW\u00a0ZERO",
    "bElOw  zero", "d", "b", "Photo", "UNICEF/", "\u0627\u0644\u0640", "\u0640", "\u064e", "ال",
    " ", "x", "ſ", "K", "ı"])


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], object]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def _same(text: str) -> None:
    for fast, plain in _PAIRS:
        assert _matches(fast, text) == _matches(plain, text), (fast.pattern, text)
    assert (datefind._ARABIC_EXTRA_GATE.search(text) is None) == (
        datefind._ARABIC_EXTRA.search(text) is None), text
    plain_ids = ([] if credits.GATE_PLAIN.search(text) is None
                 else [m.span(1) for m in credits._CREDIT.finditer(text)])
    assert credits.picture_ids(text) == plain_ids, text
    assert number_checks._short_years_marked(text) == (
        number_checks._SHORT_YEARS_MARK.search(text) is not None), text


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=24).map("".join))
@example("from the 25th to the 27th, and the 5th and 6th")
@example("bathe 25th to the 27th")
@example("© UNICEF/UNI322107/Dean; Photo: UN/ Mark Garten")
@example("20 degrees below zero, 5 °C, 3º")
@example("call +1 212 963-1234 or (212) 963 1234, 859-292-3680 or 1.234.567")
@example("في الـ21 من يوليو 12.5.2015, 2020-01-03 and 2020/1/3")
@example("1950-53, 2008 / 09, 2017\u00a0–\u00a018, 1990—91 and 2001 -2")
def test_rewritten_patterns_match_as_written(text: str) -> None:
    _same(text)


def test_rewritten_patterns_on_the_corpora() -> None:
    # (the corpora are in the repository: never an empty walk)
    assert on_every_text(_same) > 500


def test_rewritten_patterns_on_the_real_corpus() -> None:
    paths = [p for folder in realcorpus.PO_DIRS
             for p in realdata.paths(folder, ".po")]  # skips when the files are absent
    count = 0
    for path in paths:
        for entry in read_translations(path, None).entries:
            _same(entry.source)
            _same(entry.target)
            count += 1
    assert count > 1000


def test_the_heat_gate_first_letters_have_no_other_case_twin() -> None:
    # (the plain pattern ignores case: a character ``re`` folds to d or b, as it folds the
    # Kelvin sign to k, would have opened a match there)
    for letter in "db°º":
        folded = re.compile(letter, re.IGNORECASE)
        twins = {chr(c) for c in range(0x110000) if folded.fullmatch(chr(c))}
        assert twins == {letter, letter.upper()}, letter


@pytest.mark.parametrize("pattern", [fast for fast, _plain in _PAIRS]
                         + [datefind._ARABIC_EXTRA_GATE])
def test_each_pattern_opens_with_a_character_re_scans_for(pattern: re.Pattern[str]) -> None:
    compiler = getattr(re, "_compiler", None)
    parser = getattr(re, "_parser", None)
    if compiler is None or parser is None or not hasattr(compiler, "_get_charset_prefix"):
        pytest.skip("this Python's re compiles otherwise")
    parsed = parser.parse(pattern.pattern, pattern.flags)
    flags = pattern.flags | parsed.state.flags
    literal = compiler._get_literal_prefix(parsed, flags)[0]
    assert literal or compiler._get_charset_prefix(parsed, flags), pattern.pattern
