"""datenum16: the number checks find a text's numbers once for the pairing and for
``_repeated`` (``numbers._find_all``), and fold Arabic-Indic digits only where a text has one:

* ``_source_numbers`` and ``_compare_numbers`` give what they gave when each found its
  numbers itself (``_plain_source_numbers``, ``_plain_compare_numbers``: the code as it was,
  the numbers found without ``_find_all``), on the corpora's pairs (with their injected
  errors), the real translators' files and generated pairs, clock times included;
* ``_ascii_digits`` is ``str.translate`` with ``_ASCII_DIGITS``.
"""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpora import corpus_pairs
from transpub import numfind
from transpub.catalog import read_translations
from transpub.checks import numbers as number_checks
from transpub.checks.numbers import (
    _ASCII_DIGITS,
    _SOURCE_TIME,
    _clock_without_hours,
    _designated,
    _dotted_as_hyphenated,
    _skip,
    _times,
)
from transpub.numfind import NumberMention, find_numbers, has_digit

import realcorpus
import realdata

_Pairing = tuple[tuple[NumberMention, ...], tuple[NumberMention, ...],
                 tuple[tuple[NumberMention, NumberMention], ...]]


def _plain_source_numbers(source_text: str, source_lang: str) -> tuple[
        bool, tuple[NumberMention, ...]]:
    if not has_digit(source_text):
        return False, ()
    source_skip = _skip(source_text, source_lang)
    source_times: list[NumberMention] = []
    timed = bool(source_lang.startswith("en") and _SOURCE_TIME.search(source_text))
    if timed:
        source_times = _times(source_text, source_lang)
        source_skip += [(m.start, m.end) for m in source_times]
    source = source_times + find_numbers(source_text, source_lang, source_skip)
    source.sort(key=lambda m: m.start)
    # ("1950-53": the short year also read whole, a step of its own since session 37)
    return timed, number_checks._full_years(source_text, tuple(source))


def _plain_compare_numbers(source_text: str, source_lang: str, target_text: str,
                           lang: str) -> _Pairing:
    timed, source_mentions = _plain_source_numbers(source_text, source_lang)
    source = list(source_mentions)
    target: list[NumberMention] = []
    if has_digit(target_text) or timed:  # (a time may be said without a digit: «minuit»)
        target_skip = _skip(target_text, lang)
        target_times: list[NumberMention] = []
        if timed:
            target_times = _times(target_text, lang)
            target_skip += [(m.start, m.end) for m in target_times]
        target = target_times + find_numbers(target_text, lang, target_skip)
        target.sort(key=lambda m: m.start)
        # (a translation's «2008-09» read as the source's "2008-2009" too: trial h1)
        target = list(number_checks._full_years(target_text, tuple(target)))
    left = list(target)
    missing: list[NumberMention] = []
    for mention in source:
        found = next((t for t in left if t.values & mention.values), None)
        if found is not None:
            left.remove(found)
        else:
            missing.append(mention)
    if missing:  # a designation («КС-12») holds a number the source writes bare
        _designated(missing, target_text)
    if lang.startswith("ar") and missing:
        _dotted_as_hyphenated(missing, left, target_text)
    if missing and source_lang.startswith("en"):
        _clock_without_hours(missing, left, source_text, target_text, lang)
        if missing and left and timed:  # (a time's hour said bare: session 49)
            number_checks._hours_bare(missing, left, source_text, source_lang)
    if missing:  # (a telephone number grouped otherwise: session 37)
        number_checks._same_phones(missing, left, source_text, target_text)
    if missing and "，" in target_text:  # (full-width group commas: session 50)
        number_checks._full_width_groups(missing, left, target_text)
    if missing and timed and len(left) > 1:  # (a ratio written as its two numbers: session 51)
        number_checks._ratio_as_numbers(missing, left)
    rescaled = [(m, t) for m in missing for t in left
                if t.mantissas & m.mantissas and t.scale != m.scale]
    return tuple(missing), tuple(left), tuple(rescaled)


def _forget() -> None:
    for memo in (number_checks._source_numbers, number_checks._compare_numbers,
                 number_checks._find_all):
        memo.cache_clear()


def _same(source: str, target: str, lang: str) -> bool:
    """The new pairing against the plain one (the memos emptied: each computes afresh);
    whether the source has a number."""
    _forget()
    assert number_checks._source_numbers(source, "en") == _plain_source_numbers(source, "en"), \
        source
    got = number_checks._compare_numbers(source, "en", target, lang)
    assert got == _plain_compare_numbers(source, "en", target, lang), (lang, source, target)
    # the translation's numbers as ``_repeated`` reads them: what the pairing used
    assert number_checks._find_all(target, lang) == tuple(find_numbers(target, lang,
                                                                      _skip(target, lang)))
    return bool(_plain_source_numbers(source, "en")[1])


def _real_pairs() -> Iterator[tuple[str, str, str]]:
    for folder in realcorpus.PO_DIRS:
        for path in realdata.paths(folder, ".po"):  # skips when the files are absent
            translations = read_translations(path, None)
            for entry in translations.entries:
                if entry.target and translations.lang:
                    yield entry.source, entry.target, translations.lang


def test_the_pairing_on_the_corpora_and_the_real_files() -> None:
    numbered = 0
    for source, target, lang in [*corpus_pairs(), *_real_pairs()]:
        numbered += _same(source, target, lang)
    _forget()
    assert numbered > 500


_PIECES = ["3", "15", "1,500", "1.500", "2.5", "2,5", "1 000", "٣", "٢٠١٥", " ", ", ", ".",
           " million", " millions", " milliards", " млн", " مليون", "万", " p.m.", " a.m.",
           "10:30", "1855 hours", " heures", " h", " ч", " horas", "At ", "5 May 2015",
           "17.33", "17-33", "COVID-19", " x", "é", "le ", "2014-2017"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8), st.lists(st.sampled_from(_PIECES),
                                                                 max_size=8),
       st.sampled_from(["fr", "es", "ru", "ar", "zh"]))
@example(["At ", "1855 hours", " and 3 p.m."], ["À 18 h 55", " et 15 heures"], "fr")
@example(["17.33"], ["17-33"], "ar")
@example(["2.5", " million"], ["2,5", " milliards"], "fr")
@example(["COVID-19", " p.m."], ["3", "COVID-19"], "fr")  # an hour said bare (session 49)
@example(["10:30"], [" p.m.", "10:30"], "fr")  # a ratio's two numbers (session 51)
def test_the_pairing_on_generated_pairs(source: list[str], target: list[str],
                                        lang: str) -> None:
    _same("".join(source), "".join(target), lang)
    _forget()


@settings(max_examples=600, deadline=None)
@given(st.text(st.sampled_from([*"0123456789 a.,", "٣", "٠", "٩", "۵", "１", "é", "б", "ي"]),
               max_size=20))
@example("١٢٣ and 123")
def test_the_arabic_indic_digits_folded_as_translate_folds_them(text: str) -> None:
    assert number_checks._ascii_digits(text) == text.translate(_ASCII_DIGITS)


# -- find_numbers: the spans set aside asked only when there are some --------------------------

def _plain_numbers(text: str, lang: str, skip: list[tuple[int, int]]) -> list[NumberMention]:
    """``find_numbers``' mentions without ``skip``, less those whose digits overlap a span of
    ``skip`` (each span tested in turn): what it finds with ``skip`` outside Arabic."""
    folded = numfind._folded(text)
    out = []
    for mention in find_numbers(text, lang):
        match = numfind._NUMBER_RE.match(folded, mention.start)
        assert match is not None
        if not any(start < match.end() and mention.start < end for start, end in skip):
            out.append(mention)
    return out


def test_numbers_outside_the_spans_set_aside() -> None:
    count = skipped = 0
    for source, target, lang in [*corpus_pairs(), *_real_pairs()]:
        for text, text_lang in ((source, "en"), (target, lang)):
            if text_lang.startswith("ar") or not has_digit(text):
                continue  # (Arabic's visual-order groups are found with the spans first)
            skip = _skip(text, text_lang)
            found = find_numbers(text, text_lang, skip)
            assert found == _plain_numbers(text, text_lang, skip), (text_lang, text)
            assert find_numbers(text, text_lang, []) == find_numbers(text, text_lang)
            count += 1
            skipped += len(found) < len(find_numbers(text, text_lang))
    assert count > 500 and skipped > 100
