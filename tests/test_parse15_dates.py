"""parse15: a date pattern with a search for where its matches can start (``_Lazy.starts``: the
Chinese day-first patterns, in digits and in Chinese numerals, and the Arabic day-first one,
which ``re`` would otherwise try at every position) is tried only there by
``datefind._matches``, and finds what ``finditer`` over the whole text finds: the same
matches, groups and places, on generated text and on every text of the corpora (as written
and in capitals); and the folds that a date and a number parser make of a text, with an ASCII
text (a flag of the string) spared their scans: the same as the patterns make them."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpora import TARGETS, corpus_texts
from transpub import datefind, numfind

_ZH = ["2015", "1436", "5", "12", "14", "31", "年", "月", "日", "号", "至", "、", "和", " ",
       "\u00a0", "一九四二", "〇", "十", "二十", "三十一", "一", "五", "回历", "x", "，", "-",
       "１２", "٢٠١٥"]
_AR = ["12", "5", "2015", "١٢", "و", "ف", "ب", "ل", "ال", "أول", "اول", "الأول", " ", "/",
       "(", ")", "كانون الأول", "ديسمبر", "حزيران", "يونيه", "أيار", "مايو", "سنة", "عام",
       "م", "x", "-", "–", "إلى", "آب", "أغسطس", "أ", "ا", "و5"]


def _starting(lang: str) -> list[tuple[re.Pattern[str], str, re.Pattern[str]]]:
    out = []
    for lazy, kind in datefind._lazy_patterns(lang):
        pattern = lazy.compiled()
        if lazy.starts is not None:
            out.append((pattern, kind, lazy.starts))
    return out


def _found(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def _same(text: str, lang: str) -> None:
    folded = datefind._fold_digits(text)
    triggers = datefind._triggers(lang)
    for pattern, kind, starts in _starting(lang):
        # (no lower-cased text: the month-first kinds' places are not what is tested here)
        tried = _found(datefind._matches(pattern, kind, folded, None, triggers, None, starts))
        assert tried == _found(pattern.finditer(folded)), (text, kind)


def test_the_patterns_with_starts() -> None:
    assert len(_starting("zh")) == 3  # (digits, numerals, a month of a year in numerals)
    assert len(_starting("ar")) == 1
    assert not _starting("en") and not _starting("fr")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_ZH), min_size=1, max_size=14))
@example(["2015", "年", "5", "月", "14", "日"])
@example(["12015", "年", "5", "月", "7", "至", "9", "日"])
@example(["一九四二", "年", "一", "月", "一", "日"])
@example(["五", "一九四二", "年", "十", "二", "月", "三十一", "日"])
def test_chinese_starts_find_what_finditer_finds(pieces: list[str]) -> None:
    _same("".join(pieces), "zh")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_AR), min_size=1, max_size=14))
@example(["و", "12", " ", "حزيران", "/", "يونيه", " ", "2015"])
@example(["أول", " ", "كانون الأول", "/", "ديسمبر", " ", "2015"])
@example(["ال", "أول", " ", "أيار", "/", "مايو"])
@example(["x", "12", " ", "آب", "/", "أغسطس", " ", "2016"])
@example(["1", "12", " ", "آب", " ", "2016"])
def test_arabic_starts_find_what_finditer_finds(pieces: list[str]) -> None:
    _same("".join(pieces), "ar")


def test_starts_on_the_corpora() -> None:
    count = 0
    for text, _lang in corpus_texts(("en", *TARGETS)):
        for as_lang in ("zh", "ar"):
            _same(text, as_lang)
        count += 1
    assert count > 500  # the corpora are in the repository: never an empty walk


# -- the ASCII shortcuts of the folds (datefind._lowered, _folded; numfind._folded) ----------

#: ASCII (with the backquote, which datefind folds), then what the folds and ``_CASE_TWINS``
#: look for beyond it (Arabic-Indic and full-width digits, apostrophes, ı, µ, İ, ς, é)
_FOLD_ALPHABET = st.sampled_from([*"0123456789 aZ.`'-/", "٢", "۵", "１", "’", "ʿ", "ʼ", "‘",
                                  "ı", "µ", "İ", "ς", "é", "٫", "٬"])


@settings(max_examples=800, deadline=None)
@given(st.text(_FOLD_ALPHABET, max_size=30))
@example("5 May 2015`s")
@example("x`")
@example("µ 5")
def test_folds_as_the_patterns_make_them(text: str) -> None:
    assert datefind._lowered(text) == (
        None if datefind._CASE_TWINS.search(text) else text.lower()), text
    assert datefind._folded(text) == (
        datefind._fold_digits(text) if datefind._TO_FOLD.search(text) else text), text
    # (and an apostrophe between a number's groups, "600'000", the thin space: session 59)
    assert numfind._folded(text) == numfind._APOSTROPHE_GROUP.sub(
        "\u2009", text.translate(numfind._ARABIC_DIGITS)), text
