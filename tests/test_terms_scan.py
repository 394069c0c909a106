"""The term checks' fast paths of issue 13's sixth round give what the plain computations give:
the first-character guard of a regular expression (``firstchars``) on generated patterns and
on the honorifics' own, TP901's word tests, and ``find_all`` (its one search for address
marks, its sort of several hits only) against searching every form of the termbase."""

from __future__ import annotations

import json
import random
import re
from importlib.resources import files
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from test_terms_cpu import _sample_units
from transpub import honorifics
from transpub.checks import coverage
from transpub.firstchars import first_chars, guard
from transpub.termbase import load_termbases
from transpub.terms import _ADDRESS, _ADDRESS_MARKS, Hit, Matcher, _address_marked, fold

REPO = Path(__file__).resolve().parent.parent

#: pieces of patterns: literals of several scripts and cases (with the characters that match
#: another under re.IGNORECASE: ſ/s, K (Kelvin)/k, İ/i), sets, ranges, classes, groups,
#: repeats, assertions
_ATOM = st.sampled_from([
    "a", "b", "S", "s", "ſ", "K", "\u212a", "k", "İ", "i", "é", "É", "ж", "Ж", "ال", "و", "先",
    r"\.", r"\s", r"\w", ".", "[ab]", "[a-c]", "[^a]", "[Жж]", "(?:ab|c)", "(?:a|)", "(?P<n>b)",
    "(?=a)", "(?!b)", "(?<!a)", "(?<=b)", r"\b", "^", "(?-i:S)", "(?i:s)", "(?>ab)",
])
_QUANT = st.sampled_from(["", "", "?", "*", "+", "{0,2}", "{2}", "??", "*?"])
_PATTERN = st.lists(st.tuples(_ATOM, _QUANT), min_size=1, max_size=5).map(
    lambda parts: "".join(a + (q if not a.startswith(("(?=", "(?!", "(?<", "^", r"\b")) else "")
                          for a, q in parts))
_TEXT = st.text(alphabet="abcsSſKkk\u212aiİıéÉжЖالو先. \u00a0-", max_size=24)


@settings(max_examples=600, deadline=None)
@given(alternatives=st.lists(_PATTERN, min_size=1, max_size=4), texts=st.lists(_TEXT, max_size=6),
       flags=st.sampled_from([0, re.IGNORECASE]))
@example(alternatives=["s"], texts=["ſ", "S"], flags=re.IGNORECASE)
@example(alternatives=["k"], texts=["\u212a", "K"], flags=re.IGNORECASE)
@example(alternatives=["a?b"], texts=["b", "ab"], flags=0)
def test_a_guarded_pattern_matches_what_the_pattern_matches(
        alternatives: list[str], texts: list[str], flags: int) -> None:
    body = "|".join(alternatives)
    try:
        plain = re.compile(body, flags)
    except re.error:
        return
    guarded = re.compile(guard(body, flags) + "(?:" + body + ")", flags)
    for text in texts:
        assert [m.span() for m in guarded.finditer(text)] == [
            m.span() for m in plain.finditer(text)], (body, text)


def test_first_chars_read_what_they_can_and_give_up_on_the_rest() -> None:
    assert first_chars("Mr\\.?|Ms|(?:[وف]?[بلك]?ال)سيد") == frozenset("Mوفبلكا")
    assert first_chars("a?b") == frozenset("ab")
    assert first_chars("(?<!x)(?=a)ab") == frozenset("a")
    # what cannot be told gives no guard: a class, a negated set, a change of flags, a
    # pattern that matches the empty string, a malformed one
    for pattern in (r"\w+", "[^a]b", "(?-i:S)r", "a?", "(?:a|)", "(", ".b"):
        assert first_chars(pattern, re.IGNORECASE) is None, pattern
        assert guard(pattern) == ""


_HONORIFIC_DATA = json.loads((files("transpub") / "data" / "honorifics.json").read_text(
    encoding="utf-8"))


def _plain_pattern(lang: str) -> re.Pattern[str]:
    """``honorifics._patterns``' pattern as it was before the guard (the same branches)."""
    pattern, _groups = honorifics._patterns(lang)  # type: ignore[misc]
    flags = pattern.flags
    source = pattern.pattern
    chars = guard("|".join(f"(?P<h{i}>{e['re']})" for i, e in enumerate(_HONORIFIC_DATA[lang])),
                  flags & re.IGNORECASE)
    assert chars and chars in source, lang  # every language's honorifics get a guard
    return re.compile(source.replace(chars, "", 1), flags)


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "ar", "zh"])
def test_honorific_patterns_find_what_they_found_without_the_guard(lang: str) -> None:
    """Texts made of every honorific's spellings (in several cases, after and before names
    and particles) give the same matches with and without the guard."""
    rng = random.Random(lang)
    guarded, _groups = honorifics._patterns(lang)  # type: ignore[misc]
    plain = _plain_pattern(lang)
    words = []
    for entry in _HONORIFIC_DATA[lang]:
        for alternative in re.sub(r"\(\?[:!=][^()]*\)|[?*\\]|\[[^]]*\]", "",
                                  entry["re"]).split("|"):
            words += [alternative, alternative.upper(), alternative.lower(),
                      alternative.title(), "و" + alternative, "ال" + alternative]
    names = ["Voronkov", "Khan", "沃龙科夫", "Воронков", "فورونكوف", "voronkov", "the", "M.",
             "(Khan)", "el", "г-н", ".", ",", "\u00a0", "  ", "先生们"]
    matched = 0
    for _ in range(3000):
        text = "".join(rng.choice(words + names) + rng.choice([" ", "", "\u00a0", " "])
                       for _ in range(rng.randint(1, 8)))
        want = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in guarded.finditer(text)] == want, text
        matched += bool(want)
    assert matched > 300, matched


@given(st.text(alphabet="aA.’'-Ⅻ\u24b6ǅß1 ", max_size=6))
def test_capitalised_equals_its_plain_definition(word: str) -> None:
    core = word.strip("’'.-")
    want = bool(core) and core[0].isupper() and any(c.isalpha() for c in core)
    assert coverage._capitalised(word) == want


@given(st.text(alphabet="a .“\":\u00a0\u2028\t\n,", max_size=12), st.integers(0, 14))
def test_after_stop_equals_the_stripped_slice(text: str, start: int) -> None:
    start = min(start, len(text))
    want = text[:start].rstrip().endswith((".", "“", '"', ":"))
    assert coverage._after_stop(text, start) == want


def _plain_find_all(matcher: Matcher, text: str) -> list[Hit]:
    """Every form of the language searched with its whole pattern, no index, no fast path."""
    folded = fold(text, matcher.lang)
    if any(mark in folded for mark in _ADDRESS_MARKS):
        folded = _ADDRESS.sub(lambda m: " " * len(m.group(0)), folded)
    hits = [Hit(form.concept, m.start(), m.end(), form.text, form.status)
            for form in matcher.forms for m in form.pattern.finditer(folded)]
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    return hits


@given(st.text(alphabet="a@＠﹫htps:/w.x ", max_size=16))
def test_the_address_marks_search_equals_the_in_tests(text: str) -> None:
    assert _address_marked(text) == any(m in text for m in _ADDRESS_MARKS)


def test_find_all_equals_searching_every_form() -> None:
    """The sample's sources and translations, with an e-mail address and a URL put in some:
    ``find_all`` (the piece scan, the candidates, ``_Form.spans``, the sort only of several
    hits) finds what every form's pattern finds."""
    termbase = load_termbases([REPO / "locales" / "termbase.tbx"])
    units = _sample_units()
    by_lang: dict[str, list[str]] = {"en": list(dict.fromkeys(u.source for u in units))}
    for unit in units:
        by_lang.setdefault(unit.lang, []).append(unit.target)
    found = 0
    for lang, texts in by_lang.items():
        matcher = Matcher(termbase, lang)
        # and two of the termbase's forms named either way round: hits found in termbase
        # order, in or out of text order
        forms = [f.text for f in matcher.forms]
        joined = [f"{a} ; {b}" for a, b in pairwise(forms)]
        joined += [f"{b} ; {a}" for a, b in pairwise(forms)]
        for index, text in enumerate(texts + joined):
            if index % 3 == 0:
                text = text.replace(" ", " info@un.org ", 1)
            elif index % 3 == 1:
                text = text.replace(" ", " https://www.un.org/x ", 1)
            want = _plain_find_all(matcher, text)
            assert matcher.find_all(text) == want, (lang, text)
            found += len(want)
    assert found > 300, found


def test_find_all_generations_give_what_a_fresh_search_gives() -> None:
    """Hits kept over two generations of two texts each, texts asked again in every order
    (from the current generation, the one before, or searched again), are those of a fresh
    search; ``forget`` drops both generations."""
    termbase = load_termbases([REPO / "locales" / "termbase.tbx"])
    texts = list(dict.fromkeys(u.source for u in _sample_units()))[:12]
    matcher = Matcher(termbase, "en")
    matcher._CACHED = 2
    fresh = Matcher(termbase, "en")
    order = [0, 1, 2, 0, 3, 1, 4, 5, 0, 6, 2, 7, 7, 8, 1, 9, 10, 11, 3, 0]
    for number in order:
        assert matcher.find_all(texts[number]) == fresh._find_all(texts[number])
        assert len(matcher._cache) <= 2 and len(matcher._older) <= 2
    assert matcher._older
    matcher.forget()
    assert not matcher._cache and not matcher._older
