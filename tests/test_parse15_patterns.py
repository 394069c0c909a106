"""parse15: patterns rewritten to start with a character ``re`` can scan for at C speed (a
digit, rather than a look-behind tried at every position or a capital letter, of which a text
in capitals has one at every letter) match what the patterns as first written match, at the
same places, with the same groups, on generated text and on every text of the corpora:

* ``numbers._NAMED_CORE`` (the gate of "name with digits", COVID-19, G20) found from its digit,
  against ``NAMED_CORE_PLAIN``;
* ``numbers._GLUED`` (digits glued to a word) with its look-behind after the first digit,
  against ``GLUED_PLAIN``;
* ``numfind._REVERSED_RE`` (Arabic groups in visual order) the same, against
  ``REVERSED_RE_PLAIN``;
* ``numfind.has_digit`` and ``datefind._dateless`` (ten substring tests for an ASCII digit
  before the pattern) against the patterns alone;
* the numeric dates' trigger (``datefind._NUMERIC_FROM_SEPARATOR``) against its core.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpora import on_every_text
from transpub import datefind, numfind
from transpub.checks import numbers as number_checks

#: what the patterns look at: digits (Arabic-Indic too), capitals, letters, hyphens, the
#: separators and spaces they take or refuse
_ALPHABET = st.sampled_from([*"0123456789٠١٢A Zab-\u2010\u2011_.,\u00a0\u202fCOVIDGHNé",
                             "ي", "ب", "١", "х", "Б"])


#: The numeric date forms as written plainly, the oracle for datefind's trigger searched for
#: from its separator: day first (12.5.2015, 12/05/2015, 21-11-1994) and year first
#: (2020-01-03, 2020/1/3); kept here since datefind reads only the trigger (6948f82)
_NUMERIC_CORE = r"\d[./]\d{1,2}[./]\d{4}|\d-\d{1,2}-\d{4}"
_YEAR_FIRST_CORE = r"\d{4}[-./]\d{1,2}[-./]\d"


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in pattern.finditer(text)]


def _same(text: str) -> None:
    assert (number_checks._NAMED_CORE.search(text) is None) == (
        number_checks.NAMED_CORE_PLAIN.search(text) is None), text
    assert _spans(number_checks._GLUED, text) == _spans(number_checks.GLUED_PLAIN, text), text
    assert _spans(numfind._REVERSED_RE, text) == _spans(numfind.REVERSED_RE_PLAIN, text), text
    numeric = datefind._triggers("fr")[1]
    # (the trigger finds the year-first form too since session 49: "0000.0.0", which
    # hypothesis drew one run in many, had been asked of the day-first core alone)
    assert numeric is not None and numeric.found(text, None) == (
        re.search(_NUMERIC_CORE + "|" + _YEAR_FIRST_CORE, text)
        is not None), text


@settings(max_examples=600, deadline=None)
@given(st.text(_ALPHABET, max_size=40))
@example("COVID-19, G20 and H5N1")
@example("A\u20111 and B-2")
@example("los últimos12 meses, x1.5, ab12,3")
@example("000 100 and 500 2, 958.6 1 and 1.100 437")
@example("1 000 100")
@example("0000.0.0")
def test_rewritten_patterns_match_as_written(text: str) -> None:
    _same(text)


def test_rewritten_patterns_on_the_corpora() -> None:
    # (the corpora are in the repository: never an empty walk)
    assert on_every_text(_same) > 500


# -- the digit tests: ten substring tests before the pattern ---------------------------------

@settings(max_examples=800, deadline=None)
@given(st.text(st.sampled_from([*"0123456789 a.", "٢", "۵", "１", "५", "²", "é", "б"]),
               max_size=20))
@example("x²")
@example("५")
@example("abc")
def test_the_digit_tests_answer_as_the_patterns(text: str) -> None:
    assert numfind.has_digit(text) == (numfind._DIGIT.search(text) is not None), text
    assert numfind.ascii_digit(text) == any(c in "0123456789" for c in text), text
    assert datefind._dateless(text, "en") == (datefind._HAS_DIGIT.search(text) is None), text
    assert datefind._dateless(text + "月", "zh") is False


# -- the numeric dates' trigger, searched for from its separator -----------------------------

@settings(max_examples=800, deadline=None)
@given(st.text(st.sampled_from([*"0123456789./ -a", "٢", "１"]), max_size=24))
@example("12.5.2015")
@example("on 1/12/2015.")
@example("1..12.2015 and .5.2015")
@example("2020-01-03, 2020/1/3 and 2020.1.")
def test_the_numeric_trigger_finds_what_its_core_finds(text: str) -> None:
    core = re.compile(_NUMERIC_CORE + "|" + _YEAR_FIRST_CORE)
    trigger = datefind._triggers("en")[1]
    assert trigger is not None and trigger.found(text, text.lower()) == (
        core.search(text) is not None), text
