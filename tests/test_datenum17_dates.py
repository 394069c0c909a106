"""datenum17: the date parser reads a month name's number once per name as written
(``datefind._month_of``, memoized), and does not lower-case a Chinese or Japanese text (no
trigger or kind of theirs reads it). Both give what the parser gave before: the month of every
name, in the language and in English, against ``_month_key`` and ``_month_number``; and the
dates of the corpora, the real translators' texts and generated Chinese texts against the
parser run with the lower-cased text, as it was."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpora import TARGETS, corpus_texts
from transpub import datefind

import realcorpus

_LANGS = ("en", *TARGETS)


def _month_as_it_was(month_text: str, lang: str, foreign: bool) -> int:
    months = datefind.month_names("en") if foreign else datefind.month_names(lang)
    return datefind._month_number(datefind._month_key(month_text), months)


def _names() -> list[str]:
    out: set[str] = set()
    for lang in _LANGS:
        for name in datefind.month_names(lang):
            out.update((name, name.upper(), name.title(), name + ".", f"{name} / {name}",
                        f"{name} ({name})"))
    return sorted(out)


def test_month_of_every_name_in_every_language() -> None:
    names = _names()
    for lang in _LANGS:
        for foreign in (False, True):
            for name in names:
                assert datefind._month_of(name, lang, foreign) == _month_as_it_was(
                    name, lang, foreign), (name, lang, foreign)


def test_month_of_the_english_table_for_a_foreign_name() -> None:
    # "may" is no French month, "mai" no English one: the flag picks the table
    assert datefind._month_of("May", "fr", True) == 5
    assert datefind._month_of("May", "fr", False) == 0
    assert datefind._month_of("mai", "fr", False) == 5
    assert datefind._month_of("mai", "fr", True) == 0


def _parsed(text: str, lang: str) -> tuple[datefind.DateMention, ...]:
    """``_find_dates`` as it runs, asserting that a Chinese or Japanese text is not lowered."""
    real = datefind._lowered
    calls: list[str] = []

    def lowered(value: str) -> str | None:
        calls.append(value)
        return real(value)

    datefind._find_dates.cache_clear()
    try:
        datefind._lowered = lowered  # type: ignore[assignment]
        zh = lang.split("_")[0] in ("zh", "ja")
        found = datefind._find_dates.__wrapped__(text, lang)
        assert not (zh and calls), text
    finally:
        datefind._lowered = real  # type: ignore[assignment]
    return found


def _spans(text: str, lang: str, lower_all: bool) -> tuple[object, ...]:
    """The spans ``_find_dates``' patterns match: as it runs now (``lowered`` None in Chinese
    and Japanese), or, ``lower_all``, as it was before (the lower-cased text made for every
    language)."""
    if datefind._dateless(text, lang):
        return ()
    zh = lang.split("_")[0] in ("zh", "ja")
    lowered = None if zh and not lower_all else datefind._lowered(text)
    triggers = datefind._triggers(lang)
    wanted = []
    for lazy, kind in datefind._lazy_patterns(lang):
        trigger = triggers[datefind._TRIGGER_OF[kind]]
        if trigger is not None and trigger.found(text, lowered):
            wanted.append((lazy.compiled(), kind, lazy.starts))
    folded = datefind._folded(text)
    spans = []
    for pattern, kind, starts in wanted:
        spans += [(kind, m.span()) for m in datefind._matches(
            pattern, kind, folded, lowered, triggers, {}, starts)]
    return tuple(spans)


def _check(text: str, lang: str) -> None:
    assert _spans(text, lang, False) == _spans(text, lang, True), (text, lang)
    _parsed(text, lang)


def test_the_corpora() -> None:
    for text, lang in corpus_texts(_LANGS):
        _check(text, lang)


def test_the_real_translators_texts() -> None:
    for text, lang in realcorpus.texts():
        if lang.startswith(("zh", "ja")) or "May" in text:
            _check(text, lang)


_ZH = ["2015", "年", "5", "月", "14", "日", "至", "9", "回历", "1436", "一九四二", "十", "二",
       "三十一", "号", " ", "May", "12.5.2015", "5 May 2015", "İ", "ſ", "x", "-"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ZH), min_size=1, max_size=12), st.sampled_from(["zh", "ja"]))
def test_generated_chinese(parts: list[str], lang: str) -> None:
    _check("".join(parts), lang)
