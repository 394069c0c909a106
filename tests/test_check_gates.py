"""The per-unit checks' gates skip only work that would find nothing (issue 13).

* ``datefind._triggers``: a kind of date pattern runs only on a text holding what every match
  of it contains (a month name, the numeric core, ...); the dates found with the gates equal
  the dates found running every pattern, on every text of the accuracy corpora, the real-text
  corpus (when its files are present) and generated texts of month names, digits, apostrophes
  and word characters around them;
* a month-name trigger searched in the lower-cased text finds what it finds ignoring case
  in the text, and no character ``re.IGNORECASE`` matches to a letter of a month name
  escapes ``datefind._CASE_TWINS`` (brute force over Unicode);
* ``numfind.find_numbers`` folds digits only in text holding some to fold; the number and
  name patterns with their lookbehinds taken after the first character match as before;
* the date checks match a unit's dates once for TP201-TP203: each check gets its own lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpora import releases
from transpub import datefind, numfind
from transpub.catalog import read_translations
from transpub.checks import dates as date_checks
from transpub.checks import numbers as number_checks
from transpub.checks.context import CheckContext, Unit
from transpub.termbase import Termbase

import realcorpus
import realdata

LANGS = ("en", "fr", "es", "ru", "ar", "zh")
_EVERYWHERE = re.compile("")


class _Always:
    def found(self, text: str, lowered: str | None) -> bool:
        return True


def _ungated(text: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, ...]:
    """The dates every pattern finds, no trigger consulted."""
    with monkeypatch.context() as patch:
        patch.setattr(datefind, "_triggers", lambda lang: (_Always(),) * 5)
        return datefind._find_dates.__wrapped__(text, lang)


def _gated(text: str, lang: str) -> tuple[object, ...]:
    return datefind._find_dates.__wrapped__(text, lang)


def _corpus_texts() -> Iterator[tuple[str, str]]:
    for release in releases():
        for unit in release["units"]:
            for lang in LANGS:
                if unit.get(lang):
                    yield unit[lang], lang
        variants = release.get("variants", [])
        for variant in variants if isinstance(variants, list) else []:
            if variant.get("replace"):
                yield variant["replace"], variant["lang"]


def test_date_triggers_hide_no_date_of_the_corpora(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = dated = 0
    for text, lang in _corpus_texts():
        found = _gated(text, lang)
        assert found == _ungated(text, lang, monkeypatch), (lang, text)
        seen += 1
        dated += bool(found)
    assert seen > 800 and dated > 150  # the corpora were read, and have dates


def test_date_triggers_hide_no_date_of_the_real_corpus(
        monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [p for folder in realcorpus.PO_DIRS
             for p in realdata.paths(folder, ".po")]  # skips when the files are absent
    dated = 0
    for path in paths:
        lang = path.stem.split("_")[0] if path.stem.split("_")[0] in LANGS else None
        translations = read_translations(path, lang)
        for entry in translations.entries:
            for text, text_lang in ((entry.source, "en"), (entry.target, translations.lang)):
                found = _gated(text, text_lang)
                assert found == _ungated(text, text_lang, monkeypatch), (text_lang, text)
                dated += bool(found)
    assert dated > 100


#: pieces a date is made of, in every language, with the characters that fold (Arabic-Indic
#: and full-width digits, the apostrophes of Hijri months) and word characters to glue them
_PIECES = sorted({name for lang in LANGS for name in datefind.month_names(lang)}
                 | {name for lang in LANGS for name in datefind.hijri_months(lang)}
                 | set(datefind._calendars()["hijri_prefix"]["zh"])
                 | {"Sha’ban", "Rabiʿ al-Awwal", "Rajab", "A.H.", "回历", "年", "月", "日",
                    "de", "of", "года", "г.", "م", "/", "(", ")", ".", ",", "-", "–", " ",
                    "\u00a0", "1", "5", "12", "31", "2015", "1436", "٢٠١٥", "１２", "x", "ʿ",
                    "ʼ", "’", "`", "1er", "-го", "y el", "al"})


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(LANGS),
       st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12),
       st.booleans())
@example("en", ["ʿ", "May", " ", "2015"], False)
@example("en", ["5", " ", "Sha’ban", " ", "1436"], False)
@example("fr", ["x", "mai", " ", "2015"], True)
@example("zh", ["伊斯兰教历", "1436", "年", "7", "月", "25", "日"], False)
@example("zh", ["回历", " ", "1436", "年", "7", "月"], False)
def test_date_triggers_hide_no_generated_date(lang: str, pieces: list[str], upper: bool) -> None:
    text = "".join(pieces)
    text = text.upper() if upper else text
    with pytest.MonkeyPatch.context() as patch:
        assert _gated(text, lang) == _ungated(text, lang, patch)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LANGS),
       st.text(st.sampled_from("0123456789٠١٢٣٤٥٦٧٨٩۰۵０９٫٬.,  ²a万mil"), max_size=30))
def test_numbers_folded_only_when_needed(lang: str, text: str) -> None:
    fast = numfind.find_numbers(text, lang)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(numfind, "_TO_FOLD", _EVERYWHERE)  # fold every text
        assert numfind.find_numbers(text, lang) == fast


def test_each_date_check_gets_its_own_lists() -> None:
    ctx = CheckContext(Termbase(()), source_lang="en")
    unit = Unit("p1.s1", "fr", "The meeting of 5 May 2015 opened.",
                "La réunion du 6 mai 2015 et du 7 mai 2015 s'est ouverte.", "x.po", 1)
    together = [list(check(ctx, unit)) for check in (date_checks.date_mismatch,
                                                     date_checks.date_extra,
                                                     date_checks.date_style)]
    alone = []
    for check in (date_checks.date_mismatch, date_checks.date_extra, date_checks.date_style):
        date_checks._last.clear()
        alone.append(list(check(ctx, unit)))
    assert together == alone
    assert [f.code for f in together[0]] == ["TP201"] and [f.code for f in together[1]] == [
        "TP202"]


#: digits of several scripts, separators, letters of the scripts the lookbehinds name
_NUMBER_CHARS = "0123456789٠٥.,  \u00a0\u202f\u2009-‑aZHG中ب"


@settings(max_examples=1000, deadline=None)
@given(st.text(st.sampled_from(_NUMBER_CHARS), max_size=16))
@example("1.234.567,8")
@example("COVID-19 و59 12例,5岁")
@example("a1 Z20 (机率),15-49岁 ,5")
def test_lookbehinds_taken_after_the_first_character_match_as_before(text: str) -> None:
    for fast, plain in ((numfind._NUMBER_RE, numfind.NUMBER_RE_PLAIN),
                        (number_checks._NAMED, number_checks.NAMED_PLAIN)):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_lookbehinds_taken_after_match_as_before_on_the_corpora() -> None:
    texts = [text for text, _ in _corpus_texts()]
    assert len(texts) > 800
    for text in texts:
        for fast, plain in ((numfind._NUMBER_RE, numfind.NUMBER_RE_PLAIN),
                            (number_checks._NAMED, number_checks.NAMED_PLAIN)):
            assert [m.groupdict() | {"span": m.span()} for m in fast.finditer(text)] == [
                m.groupdict() | {"span": m.span()} for m in plain.finditer(text)], text


def _month_triggers() -> list[tuple[str, object]]:
    return [(lang, trigger) for lang in LANGS for trigger in datefind._triggers(lang)
            if isinstance(trigger, datefind._Trigger)]


def _both_ways(trigger: object, text: str) -> tuple[bool, bool]:
    assert isinstance(trigger, datefind._Trigger)
    lowered = None if datefind._CASE_TWINS.search(text) else text.lower()
    return trigger.found(text, lowered), trigger.plain.search(text) is not None


def test_month_triggers_lower_cased_find_what_ignoring_case_finds() -> None:
    texts = [text for text, _ in _corpus_texts()]
    texts += [text.upper() for text in texts] + [text.title() for text in texts]
    hits = 0
    for _, trigger in _month_triggers():
        for text in texts:
            fast, plain = _both_ways(trigger, text)
            assert fast == plain, text
            hits += fast
    assert hits > 500


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(range(20)),
       st.lists(st.sampled_from([*_PIECES, "İ", "ı", "ſ", "\u1c80", "\u1c83", "Σ", "ς", "MAY",
                                 "Mai", "ﬆ", "ǅ", "K"]), max_size=8))
def test_month_triggers_both_ways_on_generated_text(which: int, pieces: list[str]) -> None:
    triggers = _month_triggers()
    _, trigger = triggers[which % len(triggers)]
    fast, plain = _both_ways(trigger, "".join(pieces))
    assert fast == plain


def test_case_twins_cover_every_letter_of_the_names() -> None:
    letters = {char for lang in LANGS
               for names in (datefind.month_names(lang), datefind.hijri_months(lang),
                             datefind._abbreviated_months(lang))
               for name in names for char in name}
    assert all(char == char.lower() for char in letters)  # the triggers' names are lower case
    any_letter = re.compile("[" + re.escape("".join(sorted(letters))) + "]", re.IGNORECASE)
    for code in range(0x110000):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF or not any_letter.fullmatch(char):
            continue
        if datefind._CASE_TWINS.match(char):
            continue  # searched ignoring case
        for letter in letters:
            if re.fullmatch(re.escape(letter), char, re.IGNORECASE):
                assert char.lower() == letter, (hex(code), letter)


def test_case_twins_hold_a_letter_of_every_pair_re_folds_together() -> None:
    casefix = pytest.importorskip("re._casefix")  # re's table (Python 3.11+)
    for letter, twins in casefix._EXTRA_CASES.items():
        pair = [chr(letter), *map(chr, twins)]
        assert any(datefind._CASE_TWINS.match(char) for char in pair), pair


def test_a_name_with_a_case_twin_is_searched_ignoring_case(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Turkish «kasım» (November): «KASIM» and «Kasim» match it ignoring case, not lower-cased
    monkeypatch.setattr(datefind, "month_names", lambda lang: {"kasım": 11, "ocak": 1})
    monkeypatch.setattr(datefind, "hijri_months", lambda lang: {})
    monkeypatch.setattr(datefind, "_abbreviated_months", lambda lang: ())
    trigger = datefind._triggers.__wrapped__("tr")[0]
    assert isinstance(trigger, datefind._Trigger) and trigger.fast is None
    for text in ("5 KASIM 2015", "5 Kasim 2015", "5 kasım 2015"):
        assert trigger.found(text, text.lower())


def test_a_date_pattern_is_compiled_only_for_a_text_with_its_trigger() -> None:
    """``datefind._Lazy``: the Hijri patterns wait for a Hijri month (or 回历) in a text."""
    for memo in (datefind._patterns, datefind._lazy_patterns, datefind._gregorian_patterns,
                 datefind._hijri_patterns):
        memo.cache_clear()
    try:
        assert datefind._find_dates.__wrapped__("On 5 May 2015 and 1/2/2016.", "en")
        assert datefind._find_dates.__wrapped__("2015年5月5日", "zh")
        kinds = {lang: {kind: lazy.pattern is not None
                        for lazy, kind in datefind._lazy_patterns(lang)} for lang in ("en", "zh")}
        assert kinds["en"]["dmy"] and kinds["en"]["numeric"] and not kinds["en"]["hijri"]
        assert kinds["zh"]["zh"] and not kinds["zh"]["hijri-zh"]
        found = datefind._find_dates.__wrapped__("回历1436年7月25日", "zh")
        assert [(d.calendar, d.year, d.month, d.day) for d in found] == [("hijri", 1436, 7, 25)]
        assert all(lazy.pattern is not None for lazy, kind in datefind._lazy_patterns("zh")
                   if kind == "hijri-zh")
    finally:
        datefind._find_dates.cache_clear()


# -- datefind._MonthScan: every month trigger of a language in one scan ------------------------

def _scan_both_ways(lang: str, text: str) -> tuple[dict[int, bool], dict[int, bool]] | None:
    scan = datefind._month_scan(lang)
    lowered = text.lower()
    if scan is None or datefind._CASE_TWINS.search(text) or not lowered:
        return None
    triggers = datefind._triggers(lang)
    one_by_one = {index: triggers[index].found(text, lowered)  # type: ignore[union-attr]
                  for index in scan.indexes}
    return scan.present(lowered), one_by_one


def test_month_scan_finds_the_triggers_the_searches_find_on_the_corpora() -> None:
    assert all(datefind._month_scan(lang) is not None for lang in ("en", "fr", "es", "ru", "ar"))
    compared = found = 0
    for text, lang in _corpus_texts():
        for variant in (text, text.upper(), text.title()):
            both = _scan_both_ways(lang, variant)
            if both is not None:
                assert both[0] == both[1], (lang, variant)
                compared += 1
                found += any(both[0].values())
    assert compared > 1000 and found > 300


@settings(max_examples=800, deadline=None)
@given(st.sampled_from(LANGS[:5]),
       st.lists(st.sampled_from([*_PIECES, "sept", "oct", "okt", "may", "mayo", "xmai", "ʼ",
                                 "Rabiʿ", "rabi'", "al-", "-"]), max_size=8))
@example("fr", ["5", " ", "mai", "o", " ", "may", " ", "2015"])
@example("es", ["xmayo", " ", "mayo"])
@example("en", ["rabi", "ʿ", " ", "al-awwal"])
def test_month_scan_finds_the_triggers_the_searches_find_on_generated_text(
        lang: str, pieces: list[str]) -> None:
    both = _scan_both_ways(lang, "".join(pieces))
    if both is not None:
        assert both[0] == both[1]


def test_month_scan_refuses_a_name_another_trigger_continues_past_a_non_word(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """"rabi" (of one trigger) inside "rabi' al-awwal" (of another) would end where the
    longer name goes on with an apostrophe: both triggers could hold at one place, which the
    one scan (the longest name there) cannot tell: those triggers are searched one by one."""
    monkeypatch.setattr(datefind, "_triggers", datefind._triggers.__wrapped__)
    monkeypatch.setattr(datefind, "month_names", lambda lang: {"rabi": 3, "mayo": 5})
    monkeypatch.setattr(datefind, "hijri_months", lambda lang: {"rabi' al-awwal": 3})
    monkeypatch.setattr(datefind, "_abbreviated_months", lambda lang: ())
    assert datefind._month_scan.__wrapped__("xx") is None
    monkeypatch.setattr(datefind, "hijri_months", lambda lang: {"rajab": 7})
    scan = datefind._month_scan.__wrapped__("xx")
    assert scan is not None and scan.present("on 5 rajab") == {0: False, 3: False, 4: True}
