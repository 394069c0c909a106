"""The check's workers inherit the parsers' patterns built before they are forked
(``checks.warm``, called by ``checker._start_pool``): a worker compiles none of them again."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from transpub import datefind, honorifics, numfind, numwords
from transpub.checks import REGISTRY
from transpub.checks import dates as date_checks
from transpub.checks.warm import warm
from transpub.config import load_settings

REPO = Path(__file__).parent.parent
#: every builder ``warm`` calls, and the memos that hold what they built
_BUILDERS: list[Any] = [
    datefind._triggers, datefind._month_scan, datefind._lazy_patterns, datefind._patterns,
    datefind._hijri_patterns, datefind._gregorian_patterns, datefind._find_dates,
    honorifics._patterns, honorifics._scan, numfind._scale_re, numwords._pattern,
    numwords._lexicon,
    numwords._gap, datefind._anaphora_re, date_checks._month_word_re,
    datefind._weekday_of_day]
_UNIT_CODES = frozenset(code for code, chk in REGISTRY.items() if chk.scope == "unit")


def _compiled_while(work: Callable[[], object]) -> list[str]:
    """The patterns ``re`` compiles (not taken from its own cache) while ``work`` runs."""
    compiled: list[str] = []
    original = re._compiler.compile  # type: ignore[attr-defined]

    def counting(pattern: Any, flags: int = 0) -> Any:
        compiled.append(str(pattern)[:40])
        return original(pattern, flags)

    re._compiler.compile = counting  # type: ignore[attr-defined]
    try:
        work()
    finally:
        re._compiler.compile = original  # type: ignore[attr-defined]
    return compiled


def _first_texts() -> None:
    """What a worker parses on its first files: dates, numbers, number words, honorifics."""
    datefind._find_dates.cache_clear()
    for text, lang in (("le 3 mai 2024", "fr"), ("el 3 de mayo de 2024", "es"),
                       ("3 мая 2024 года", "ru"), ("3 أيار/مايو 2024", "ar"),
                       ("2024年5月3日", "zh"), ("on 3 May 2024", "en")):
        datefind.find_dates(text, lang)
        numfind.find_numbers(text, lang)
    for text, lang in (("пять лет", "ru"), ("cinq ans", "fr"), ("cinco años", "es"),
                       ("خمس سنوات", "ar")):
        numwords.spelled_values(text, lang)
    for text, lang in (("après cette date, en juillet", "fr"), ("dicha fecha, julio", "es"),
                       ("этой даты, в июле", "ru"), ("هذا التاريخ، تموز/يوليه", "ar"),
                       ("该日, 7月", "zh"), ("that date, in July", "en")):
        datefind.date_anaphora(text, lang)
        date_checks._month_word_re(lang).search(text)
    for text, lang in (("Mr. Voronkov said", "en"), ("M. Voronkov a dit", "fr"),
                       ("el Sr. Voronkov", "es"), ("г-н Воронков", "ru"),
                       ("السيد فورونكوف قال", "ar"), ("沃龙科夫先生说", "zh")):
        honorifics.find_honorifics(text, lang)


def _in_worker() -> list[str]:
    return _compiled_while(_first_texts)


def _forget() -> None:
    for builder in _BUILDERS:
        builder.cache_clear()
    re.purge()


def test_a_forked_worker_compiles_none_of_the_parsers_patterns() -> None:
    from transpub.checker import _start_pool, _stop_pool
    from transpub.termbase import Termbase

    settings = load_settings(REPO)
    assert {"fr", "es", "ru", "ar", "zh"} <= set(settings.target_codes())
    _forget()
    try:
        pool = _start_pool(Termbase(()), set(_UNIT_CODES), "en", 1, settings)
        try:
            in_worker = pool.submit(_in_worker).result(timeout=120)
        finally:
            _stop_pool(pool)
    finally:
        _forget()
    assert in_worker == []


def test_the_same_texts_compile_patterns_in_a_process_not_warmed() -> None:
    """(What the test above would see without ``warm``.)"""
    _forget()
    try:
        assert len(_compiled_while(_first_texts)) > 10
    finally:
        _forget()


def test_warm_builds_only_for_the_checks_selected() -> None:
    """(Not "compiles nothing" for TP101, which reads the UN's bodies' names, ``warm``'s
    ``_NAMES``: that held only where an earlier test had compiled those, and failed alone.)"""
    _forget()
    try:
        warm(["fr", "ru"], {"TP101", "TP601"})
        assert [b for b in _BUILDERS if b.cache_info().currsize] == []
        assert _compiled_while(lambda: warm(["fr"], {"TP201"}))
        assert datefind._triggers.cache_info().currsize == 1
        assert honorifics._patterns.cache_info().currsize == 0
    finally:
        _forget()


def test_warm_passes_over_a_language_the_parsers_cannot_build_for() -> None:
    _forget()
    try:
        warm(["tlh", "fr"], _UNIT_CODES)  # no CLDR locale for Klingon: fr is built all the same
        assert datefind._month_scan.cache_info().currsize == 1
        assert _compiled_while(lambda: datefind.find_dates("le 3 mai 2024", "fr")) == []
    finally:
        _forget()


# --- number words found without their pattern (numwords._Lexicon) ---------------------------

_WORD_LANGS = ("fr", "es", "ru", "ar")


def _by_pattern(folded: str, base: str) -> list[tuple[int, int, str]]:
    pattern = numwords._pattern(base)
    assert pattern is not None
    return [(m.start(), m.end(), m.group("w")) for m in pattern.finditer(folded)]


def _by_lexicon(folded: str, base: str) -> list[tuple[int, int, str]]:
    lexicon = numwords._lexicon(base)
    assert lexicon is not None
    return list(lexicon.matches(folded))


def _folded(text: str, base: str) -> str:
    import unicodedata

    from transpub.terms import fold

    return fold(unicodedata.normalize("NFC", text), base).lower()


def _real_texts() -> Iterator[tuple[str, str]]:
    from corpora import corpus_texts

    return corpus_texts(_WORD_LANGS)


def test_the_lexicon_finds_what_the_pattern_finds_in_the_corpora() -> None:
    seen = found = 0
    for text, lang in _real_texts():
        folded = _folded(text, lang)
        expected = _by_pattern(folded, lang)
        assert _by_lexicon(folded, lang) == expected, (lang, text)
        seen += 1
        found += bool(expected)
    assert seen > 400 and found > 100


def test_the_lexicon_finds_what_the_pattern_finds_in_the_real_corpus() -> None:
    from transpub.catalog import read_translations

    import realcorpus
    import realdata

    paths = [p for folder in realcorpus.PO_DIRS for p in realdata.paths(folder, ".po")]
    found = 0
    for path in paths:
        translations = read_translations(path, None)
        base = translations.lang.split("_")[0]
        if base not in _WORD_LANGS:
            continue
        for entry in translations.entries:
            folded = _folded(entry.target, base)
            expected = _by_pattern(folded, base)
            assert _by_lexicon(folded, base) == expected, (base, entry.target)
            found += bool(expected)
    assert found > 1000


def _pieces(base: str) -> list[str]:
    """Number words of ``base`` (of one word and of several, each prefix of a word of
    several), the Arabic prefixes, and what may stand around them."""
    words = sorted(numwords.number_words(base))
    several = [w for w in words if not re.fullmatch(r"[^\W\d_]+", w)]
    out = set(words[::7]) | set(several[::5])
    out |= {w.split(" ")[0] for w in several[::3]} | {w[:-1] for w in words[::11] if len(w) > 2}
    return sorted(out | {"و", "ف", "ب", "ل", "ك", "ال", "لل", "بعد", " ", "  ", "-", ",",
                         "x", "é", "_", "1", "²", "\u0301", "\u064b", "'", "et", "y", "و "})


@pytest.mark.parametrize("base", _WORD_LANGS)
def test_the_lexicon_finds_what_the_pattern_finds_in_generated_text(base: str) -> None:
    import random

    pieces = _pieces(base)
    rng = random.Random(13)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        folded = _folded(text, base)
        expected = _by_pattern(folded, base)
        assert _by_lexicon(folded, base) == expected, (base, text)
        found += bool(expected)
    assert found > 1000


def test_the_arabic_prefixes_come_in_the_order_re_tries_them() -> None:
    """Every prefix ``_AR_PREFIX`` can take at the start of a run, in ``re``'s order (the first
    time each length comes): ``re`` is asked again and again for its first prefix whose end is
    one of the lengths not yet seen (a lookahead that holds only there)."""
    for parts in itertools.product(["", "و", "ف"], ["", "ب", "ل", "ك"], ["", "ال", "لل", "ل"],
                                   ["خمس", "ا", "ل", "لل"]):
        run = "".join(parts)
        expected: list[int] = []
        allowed = set(range(len(run) + 1))
        while True:
            ends = "|".join(f"(?={re.escape(run[cut:])}$)" for cut in sorted(allowed))
            match = re.match(numwords._AR_PREFIX + f"(?:{ends})", run) if allowed else None
            if match is None:
                break
            expected.append(match.end())
            allowed.discard(match.end())
        assert list(dict.fromkeys(numwords._arabic_prefixes(run))) == expected, run


# --- the month triggers' searches compiled on first use (datefind._Trigger) -----------------

def test_the_month_triggers_compile_only_the_searches_a_text_needs() -> None:
    _forget()
    try:
        assert datefind.find_dates("Le 3 mai 2024, puis en mai 2025.", "fr")
        months, _, short, english, hijri = datefind._triggers("fr")
        assert isinstance(months, datefind._Trigger) and isinstance(short, datefind._Trigger)
        assert isinstance(english, datefind._Trigger) and isinstance(hijri, datefind._Trigger)
        # the one scan found them all; the month-first dates are tried at the months' hits
        assert months._fast is not None and months._fast.pattern is not None
        assert all(t._plain.pattern is None for t in (months, short, english, hijri))
        assert all(t._fast is not None and t._fast.pattern is None
                   for t in (short, english, hijri))
        # a text with a letter that folds otherwise ignoring case is searched as written
        assert datefind.find_dates("Le 3 mai 2024 (ſ).", "fr")
        assert months._plain.pattern is not None
    finally:
        _forget()


def test_the_month_first_kinds_share_the_months_places_and_match_as_finditer() -> None:
    """``_find_dates`` hands "mdy" and then "my" one dict of the months' places: each still
    finds what ``finditer`` finds, in texts with months of every case and several dates."""
    checked = 0
    for lang, text in (("en", "May 5, 2015 and June 2016; may 7 2017, MAY 2018 (May)"),
                       ("fr", "mai 2015, le 3 mai 2016 et Mai 2017, juin 2018"),
                       ("es", "mayo de 2015, 5 de mayo de 2016 y Junio 2017"),
                       ("ru", "май 2015, мая 2016, в мае 2017 года и Июнь 2018"),
                       ("ar", "أيار/مايو 2015 و5 أيار/مايو 2016، حزيران 2017")):
        lowered = text.lower()
        triggers = datefind._triggers(lang)
        hits: dict[int, list[int]] = {}
        for pattern, kind in datefind._patterns(lang):
            if kind not in datefind._MONTH_FIRST:
                continue
            shared = [(m.span(), m.groupdict())
                      for m in datefind._matches(pattern, kind, text, lowered, triggers, hits)]
            plain = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert shared == plain, (lang, kind)
            checked += bool(plain)
        assert hits[0] and set(hits) <= {0, 3}  # (3: the English months, "foreign-md")
    assert checked >= 5
