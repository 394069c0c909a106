"""The per-unit fast paths of issue 13 (third round) give what the plain computations give.

* ``consistency.compared`` (what TP701/TP702 keep of a unit): the spacing folded without
  ``str.translate``, a translation's key made from its words, and the copy-of-the-source
  test made only when the keys agree, against the plain computation as it was written first;
* ``numbers._SOURCE_TIME`` (clock times of a source) with its lookbehinds taken after the first
  digit matches where ``SOURCE_TIME_PLAIN`` does, with the same groups, on generated text and
  the corpora;
* ``completeness._word_counts`` (TP603) sets symbols aside only in text with a slash or a letter
  next to a digit: the same counts as setting them aside in every text with a digit;
* the date checks' memo of the last unit (its dates and their pairing, for TP201-TP203 in
  turn): the same findings as with the memo emptied before every check, and in any order of
  units and checks;
* TP402 looks at the source's addresses only when the translation has one: the same findings as
  reading both sides always; TP501 reads a source's tags once for its translations: the same
  findings as with the memo emptied before every unit, and the memo is never changed;
* ``datefind._matches`` tries a month-first date pattern only where its trigger finds a month:
  the same matches as ``finditer`` over the whole text (generated texts, the corpora).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpora import corpus_pairs
from transpub import datefind
from transpub.catalog import read_translations
from transpub.checks import completeness, consistency, markup
from transpub.checks import dates as date_checks
from transpub.checks import numbers as number_checks
from transpub.checks.context import CheckContext, Unit
from transpub.termbase import Termbase

import realcorpus
import realdata

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("en", "fr", "es", "ru", "ar", "zh")


# -- consistency.compared, written plainly --------------------------------------------------

_PLAIN_TYPOGRAPHY = str.maketrans({"’": "'", "\u00a0": " ", "\u202f": " "})
_PLAIN_NON_WORD = re.compile(r"[\W_]+")


def _real_po_paths() -> list[Path]:
    """The real corpus's PO files (the test skips when they are absent)."""
    return [p for folder in realcorpus.PO_DIRS for p in realdata.paths(folder, ".po")]


def _plain_norm(text: str) -> str:
    return " ".join(text.translate(_PLAIN_TYPOGRAPHY).split())


def _plain_key(text: str) -> str:
    # (Arabic's tatweel, harakat and superscript alef left out: session 59)
    text = text.translate(dict.fromkeys([0x0640, *range(0x064B, 0x0660), 0x0670]))
    return _PLAIN_NON_WORD.sub(" ", _plain_norm(text)).strip().casefold()


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def _plain_compared(unit: Unit) -> consistency.Compared | None:
    usable = (bool(unit.target.strip()) and not unit.fuzzy
              and _plain_norm(unit.target) != _plain_norm(unit.source))
    if not usable:
        return None
    context = unit.context if unit.foreign and not unit.keyed else None
    return consistency.Compared(
        unit.lang, unit.file, unit.id, unit.source, unit.target, unit.line, unit.form,
        _digest(f"{context or ''}\0{_plain_norm(unit.source)}"),
        _digest(_plain_key(unit.target)), _digest(_plain_key(unit.source)),
        len(unit.source.split()) > 2)


def _unit(source: str, target: str, lang: str = "fr", fuzzy: bool = False,
          foreign: bool = False, context: str = "") -> Unit:
    return Unit("u1", lang, source, target, "f.po", 3, fuzzy=fuzzy, foreign=foreign,
                context=context)


_PIECES = ["Le", "le", "Conseil", "conseil", "l'ONU", "l’ONU", " ", "  ", "\u00a0", "\u202f",
           "\t", "\n", ",", ".", "_", "-", "’", "'", "2015", "٢٠١٥", "İ", "ß", "ǅ", "ﬁ",
           "Straße", "ΣΑΣ", "x_y", "«", "»", "\u2009", "\u3000", "理事会", "مجلس"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=10).map("".join) | st.text(max_size=20)


@settings(max_examples=1500, deadline=None)
@given(_TEXT, _TEXT, st.booleans(), st.booleans(), st.booleans())
@example("The Council", "The\u00a0Council ", False, False, False)
@example("l’ONU", "l'ONU", False, False, False)
@example("l’ONU", "l ONU", False, False, False)
@example("a_b", "a b", False, False, False)
@example("The Council", "", False, False, False)
@example("The Council", "Le Conseil", True, False, False)
def test_compared_is_the_plain_computation(source: str, target: str, fuzzy: bool,
                                           foreign: bool, copy: bool) -> None:
    if copy:  # a copy of the source, spaced or typeset otherwise
        target = source.replace(" ", "\u00a0 ").replace("'", "’") + target[:1].strip()
    unit = _unit(source, target, fuzzy=fuzzy, foreign=foreign, context="abbrev. month")
    assert consistency.compared(unit) == _plain_compared(unit)
    assert consistency.text_key(target) == _plain_key(target)
    assert consistency._norm(target) == _plain_norm(target)


def test_compared_is_the_plain_computation_on_the_corpora() -> None:
    seen = copies = 0
    for source, target, lang in corpus_pairs():
        for text in (target, source, source.replace(" ", "\u00a0"), f" {source}\u202f"):
            unit = _unit(source, text, lang)
            got = consistency.compared(unit)
            assert got == _plain_compared(unit), (lang, source, text)
            seen += 1
            copies += got is None
    assert seen > 2000 and copies > 1000  # the corpora were read; copies were recognised


# -- numbers._SOURCE_TIME --------------------------------------------------------------------

_TIME_PIECES = ["1", "2", "0", "9", "12", "23", "1855", ".", ":", ",", " ", "\u00a0", "a", "p",
                "m", "A.M.", "p.m", "pm", "noon", "Noon", " hours", "hours", "x", "-", "05"]


def _times(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_TIME_PIECES), max_size=12).map("".join))
@example("at 3 p.m. and 10:30, then 1855 hours")
@example("1.3 p.m.")
@example(".12:30")
@example("x1855 hours, 2400 hours, 0930 hours")
def test_source_time_matches_as_the_plain_pattern(text: str) -> None:
    assert _times(number_checks._SOURCE_TIME, text) == _times(
        number_checks.SOURCE_TIME_PLAIN, text)


def test_source_time_matches_as_the_plain_pattern_on_the_corpora() -> None:
    seen = 0
    for source, target, _lang in corpus_pairs():
        for text in (source, target):
            assert _times(number_checks._SOURCE_TIME, text) == _times(
                number_checks.SOURCE_TIME_PLAIN, text), text
            seen += 1
    assert seen > 1000


def test_source_time_matches_as_the_plain_pattern_on_the_real_corpus() -> None:
    paths = _real_po_paths()
    timed = 0
    for path in paths:
        for entry in read_translations(path).entries:
            for text in (entry.source, entry.target):
                found = _times(number_checks._SOURCE_TIME, text)
                assert found == _times(number_checks.SOURCE_TIME_PLAIN, text), text
                timed += bool(found)
    assert timed > 10  # published texts have clock times


# -- completeness._word_counts -----------------------------------------------------------------

def _plain_word_counts(source: str) -> tuple[int, int]:
    text = source
    # (code markup, addresses and host names unguarded: what the guards of ``_words_only``
    # skip, each pattern would find nothing in)
    text = completeness.PLACEHOLDER_RE.sub(" ", completeness._CODE.sub(" ", text))
    text = completeness._HOST.sub(" ", completeness._ADDRESS.sub(" ", text))
    if "%" in text or "{" in text or "<" in text or "$" in text:
        text = completeness._FORMAT.sub(" ", text)
    text = completeness._TAG.sub(" ", text)
    if "/" in text or re.search(r"\d", text):
        text = completeness._SYMBOL.sub(" ", text)
    # (distinct words since session 37: "No, no, no" is one)
    return (len({word.lower() for word in completeness._ANY_WORD.findall(text)}),
            len(set(completeness._COMMON_WORD.findall(text))))


_WORD_PIECES = ["CO2", "N2O", "H5N1", "A/RES/70/1", "in", "2014", "the", "Council", "1,500",
                " ", "-", "/", "٣", "x", "B", "ISO/IEC 27001", "G20", "20G", "é", ".", "(a)",
                "<code>", "</code>", "ftp://", "debian.org", "press@debian.org", "www."]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=10).map("".join))
@example("CO2 and N2O in 2014")
@example("the A٣ report of 2015")
def test_word_counts_set_symbols_aside_as_before(text: str) -> None:
    assert completeness._word_counts.__wrapped__(text) == _plain_word_counts(text)


def test_word_counts_set_symbols_aside_as_before_on_the_corpora() -> None:
    for source, _target, _lang in corpus_pairs():
        assert completeness._word_counts.__wrapped__(source) == _plain_word_counts(source)


# -- the date checks' memo of the last unit --------------------------------------------------

_DATE_CHECKS = (date_checks.date_mismatch, date_checks.date_extra, date_checks.date_style)


def _date_findings(ctx: CheckContext, unit: Unit, memo: bool) -> list[list[str]]:
    out = []
    for check in _DATE_CHECKS:
        if not memo:
            date_checks._last.clear()
        out.append([repr(f) for f in check(ctx, unit)])
    return out


def test_date_memo_changes_no_finding_on_the_corpora() -> None:
    ctx = CheckContext(Termbase(()), source_lang="en")
    units = [Unit(f"u{n}", lang, source, target, "f.po", n)
             for n, (source, target, lang) in enumerate(corpus_pairs())]
    plain = [_date_findings(ctx, unit, memo=False) for unit in units]
    assert [_date_findings(ctx, unit, memo=True) for unit in units] == plain
    assert sum(bool(f[0] or f[1] or f[2]) for f in plain) > 20  # the corpora have date findings
    # the checks of two units interleaved, and a unit equal to the last but another object
    for one, other, plain_one, plain_other in zip(units, units[1:], plain, plain[1:],
                                                   strict=False):
        twin = Unit(one.id, one.lang, one.source, one.target, one.file, one.line)
        for index, check in enumerate(_DATE_CHECKS):
            assert [repr(f) for f in check(ctx, one)] == plain_one[index]
            assert [repr(f) for f in check(ctx, other)] == plain_other[index]
            assert [repr(f) for f in check(ctx, twin)] == plain_one[index]


# -- TP402 -------------------------------------------------------------------------------------

def _plain_address_extra(unit: Unit) -> list[tuple[str, tuple[int, int] | None]]:
    # (an extra naming a source address's page is none: TP401 pairs it with a missing one, or
    # it writes a present one again; one from a site's macro is an info, after the others)
    wanted = {a for a, _, _ in markup._addresses(unit.source)}
    missing = wanted - {a for a, _, _ in markup._addresses(unit.target)}
    # (each extra address once, where it is first written: t64/hN class K)
    extras: list[tuple[str, int, int]] = []
    for a, s, e in markup._addresses(unit.target):
        if a not in wanted and all(a != b for b, _, _ in extras):
            extras.append((a, s, e))

    def rank(address: str) -> int | None:
        ranks = [-1 if want in missing else r for want in wanted
                 if (r := markup._same_page(want, address, "en", "fr")) is not None]
        return min(ranks) if ranks else None

    paged = [a for a, _, _ in extras if rank(a) is not None]
    changed = sum(1 for want in missing
                  if all(markup._same_page(want, a, "en", "fr") is None for a in paged))
    others = [(a, s, e) for a, s, e in extras if rank(a) is None]
    return ([(f"«{a}» is not in the source", (s, e)) for a, s, e in others[changed:]]
            + [(f"«{a}» is not in the source, which has its path from the site's macro", (s, e))
               for a, s, e in extras if rank(a) == 2])


_ADDRESS_PIECES = ["a@un.org", "b@un.org", "info＠un.org", "https://un.org", "http://x.org/a",
                   "www.un.org", " ", "see ", "(", ")", ".", "@", "http", "www.", "$(HOME)/",
                   "$(HOME)/x", "https://un.org/x", '"']


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_ADDRESS_PIECES), max_size=6).map("".join),
       st.lists(st.sampled_from(_ADDRESS_PIECES), max_size=6).map("".join))
@example("Write to a@un.org", "Écrire à b@un.org ou c@un.org")
@example("Write to a@un.org", "Écrire à a@un.org")
@example("", "a@un.org a@un.org")
def test_address_extra_is_the_plain_computation(source: str, target: str) -> None:
    ctx = CheckContext(Termbase(()), source_lang="en")
    unit = _unit(source, target)
    got = [(f.message, f.span) for f in markup.address_extra(ctx, unit)]
    assert got == _plain_address_extra(unit)


# -- TP501 -------------------------------------------------------------------------------------

_TAG_PIECES = ["<a1>", "</a1>", "<x1/>", "<b1>", "</b1>", "<i>", "</i>", "<br/>", "<sup>e</sup>",
               "<span class='x'>", "</span>", "Voir ", "le Pacte", " ", "<", ">"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_TAG_PIECES), max_size=6).map("".join), min_size=2,
                max_size=5),
       st.booleans())
@example(["Voir <a1>le Pacte</a1>", "Voir <a1>le Pacte", "<a1>Voir</a1> <x1/>"], False)
@example(["<i>Le</i> Pacte", "<i>Le Pacte", "Le <sup>e</sup>"], True)
def test_placeholders_read_a_source_once(texts: list[str], foreign: bool) -> None:
    ctx = CheckContext(Termbase(()), source_lang="en")
    source = texts[0]
    units = [Unit(f"u{n}", "fr", source, target, "f.po", n, foreign=foreign)
             for n, target in enumerate(texts[1:])]
    memoised = [[repr(f) for f in markup.placeholders(ctx, unit)] for unit in units]
    kept = dict(markup._source_tags(source))
    plain = []
    for unit in units:
        markup._source_tags.cache_clear()
        plain.append([repr(f) for f in markup.placeholders(ctx, unit)])
    assert memoised == plain
    assert dict(markup._source_tags(source)) == kept == dict(markup._tags(source))


# -- datefind._matches -------------------------------------------------------------------------

def _month_first_both_ways(text: str, lang: str) -> tuple[list[object], list[object]]:
    folded = datefind._fold_digits(text)
    lowered = None if datefind._CASE_TWINS.search(text) else text.lower()
    triggers = datefind._triggers(lang)
    fast: list[object] = []
    plain: list[object] = []
    for pattern, kind in datefind._patterns(lang):
        if kind in datefind._MONTH_FIRST:
            fast += [(m.span(), m.groupdict()) for m in
                     datefind._matches(pattern, kind, folded, lowered, triggers)]
            plain += [(m.span(), m.groupdict()) for m in pattern.finditer(folded)]
    return fast, plain


_MONTH_PIECES = sorted({name for lang in LANGS for name in datefind.month_names(lang)}
                       | {" ", "\u00a0", ".", ",", "5", "12", "2015", "de ", "of ", "x", "-",
                          "/", "(", ")"})


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(LANGS), st.lists(st.sampled_from(_MONTH_PIECES), max_size=8),
       st.sampled_from(["lower", "upper", "title", "same"]))
@example("en", ["xMay", " ", "5", " ", "May", " ", "2015"], "same")
@example("ar", ["كانون الثاني", "/", "يناير", " ", "2015"], "same")
@example("ru", ["5", " ", "march", " ", "2015"], "title")
@example("fr", ["12", " ", "may", " ", "2015", " ", "mai", " ", "2015"], "same")
def test_month_first_patterns_tried_at_the_months_match_as_finditer(
        lang: str, pieces: list[str], case: str) -> None:
    text = "".join(pieces)
    text = {"lower": text.lower(), "upper": text.upper(), "title": text.title()}.get(case, text)
    fast, plain = _month_first_both_ways(text, lang)
    assert fast == plain


def test_month_first_patterns_tried_at_the_months_on_the_corpora() -> None:
    dated = 0
    for source, target, lang in corpus_pairs():
        for text, text_lang in ((source, "en"), (target, lang)):
            fast, plain = _month_first_both_ways(text, text_lang)
            assert fast == plain, (text_lang, text)
            dated += bool(plain)
    assert dated > 100


def test_month_first_patterns_tried_at_the_months_on_the_real_corpus() -> None:
    paths = _real_po_paths()
    dated = 0
    for path in paths:
        translations = read_translations(path)
        for entry in translations.entries:
            for text, lang in ((entry.source, "en"), (entry.target, translations.lang)):
                if lang in LANGS:
                    fast, plain = _month_first_both_ways(text, lang)
                    assert fast == plain, (lang, text)
                    dated += bool(plain)
    assert dated > 100


# -- records made without their __init__ (fastnew) ----------------------------------------------

def test_units_and_mentions_made_fast_are_the_records_init_makes() -> None:
    """``pounits._new_unit``, ``numfind._new_mention`` and ``datefind._new_date`` make what the
    dataclasses' own ``__init__`` makes: equal, hashing alike, the same repr (every field)."""
    import datetime as dt

    from transpub import numfind, pounits
    from transpub.datefind import DateMention
    from transpub.numfind import NumberMention

    unit_values = ("p1.a", "fr", "5 May", "5 mai", "r.po", 12, True, dt.date(2015, 5, 5), "p1",
                   ("c-format",), True, False, 1, "plural", 3, True, "es_MX", "5 ﻣﺎﻱ", True, True)
    mention_values = (3, 9, "1,5 M", frozenset({1.5e6}), 1e6, frozenset({1.5}))
    date_values = (2015, 5, None, 0, 8, "May 2015", False, "hijri")
    for fast, cls, values in ((pounits._new_unit, Unit, unit_values),
                              (numfind._new_mention, NumberMention, mention_values),
                              (datefind._new_date, DateMention, date_values)):
        made, plain = fast(*values), cls(*values)
        assert type(made) is cls and made == plain and hash(made) == hash(plain)
        assert repr(made) == repr(plain)
    # and what the readers give is the same as before, on real text
    for text, lang in (("Le 5 mai 2015, 1 500 personnes et 2,5 millions", "fr"),
                       ("On 5 May 2015, 1,500 people", "en")):
        found = datefind._find_dates.__wrapped__(text, lang)
        assert found and all(type(d) is DateMention for d in found)
        numbers = numfind.find_numbers(text, lang)
        assert numbers == [NumberMention(m.start, m.end, m.text, m.values, m.scale, m.mantissas)
                           for m in numbers]


# -- what the date and number memos keep ---------------------------------------------------------

def _number_findings(ctx: CheckContext, unit: Unit, memo: bool) -> list[list[str]]:
    out = []
    for check in (number_checks.number_mismatch, number_checks.number_scale):
        if not memo:
            for cached in (number_checks._compare_numbers, number_checks._source_numbers,
                           datefind._find_dates):
                cached.cache_clear()
        out.append([repr(f) for f in check(ctx, unit)])
    return out


def test_date_and_number_memos_change_nothing_on_the_corpora() -> None:
    """Texts without a digit (no date) and pairs whose source has no number are not memoised;
    the findings and the dates are those of the parser run afresh for every text and pair."""
    ctx = CheckContext(Termbase(()), source_lang="en")
    pairs = list(corpus_pairs())
    units = [Unit(f"u{n}", lang, source, target, "f.po", n)
             for n, (source, target, lang) in enumerate(pairs)]
    plain = [_number_findings(ctx, unit, memo=False) for unit in units]
    assert [_number_findings(ctx, unit, memo=True) for unit in units] == plain
    assert sum(bool(f[0] or f[1]) for f in plain) > 20  # the corpora have number findings
    dateless = 0
    for source, target, lang in pairs:
        for text, text_lang in ((source, "en"), (target, lang)):
            assert datefind.dates_in(text, text_lang) == datefind._find_dates.__wrapped__(
                text, text_lang)
            dateless += datefind._dateless(text, text_lang)
    assert dateless > 100
    datefind._find_dates.cache_clear()
    assert datefind.dates_in("No digit here.", "en") == ()
    assert datefind.dates_in("二〇一五年五月五日", "zh")  # Chinese numerals: parsed, not skipped
    assert datefind._find_dates.cache_info().currsize == 1


_DIGITISH = st.text(st.sampled_from("12٣５²³①⑴ .,:/-apmAPM年时hours million de<>@"), max_size=24)


@settings(max_examples=400, deadline=None)
@given(_DIGITISH, _DIGITISH, st.sampled_from(LANGS[1:]))
@example("² and 3 p.m.", "²", "fr")
@example("①", "15 heures", "fr")
def test_number_gates_on_a_digit_are_the_ungated_computation(source: str, target: str,
                                                             lang: str) -> None:
    """The number analysis of a source or translation without a decimal digit is skipped
    (``str.isdigit`` characters such as ² or ① make no number): the same as running it."""
    import pytest

    gated = (number_checks._source_numbers.__wrapped__(source, "en"),
             number_checks._compare_numbers.__wrapped__(source, "en", target, lang))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(number_checks, "has_digit", lambda text: True)  # every text "has a digit"
        number_checks._source_numbers.cache_clear()
        assert (number_checks._source_numbers.__wrapped__(source, "en"),
                number_checks._compare_numbers.__wrapped__(source, "en", target, lang)) == gated
