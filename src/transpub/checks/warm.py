"""The per-unit checks' regular expressions compiled before the check's workers are forked.

The date, number and honorific parsers build their patterns per language on first use (from
babel's month names and the data files) and keep them (``functools.cache``). A worker forked
after they are built inherits them; one forked before builds its own, each worker again: about
1 G instructions per worker for the six languages (babel's month names and the data files
read, the patterns compiled), the same at N = 10 as at N = 1000. ``warm`` builds, in the
process that is about to fork, what every worker builds on its first files: the month
triggers and their scan, the patterns of the dates written with a month's name (or 月), of a
date named by a demonstrative and of a month named alone, the scale words, the number words,
the honorifics, the names of countries, places and the UN's bodies; and the CLDR data the
house style's dates are written with (``style.hold``). The rarer patterns (Hijri dates, the
English months in another language, abbreviated and numeric dates, clock times) stay compiled
on first use.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from transpub import (
    datefind,
    hanfold,
    honorifics,
    namefind,
    numfind,
    numwords,
    periods,
    proportions,
)
from transpub.checks import dates, monthdays
from transpub.checks import honorifics as honorific_checks
from transpub.style import HouseStyle, hold, style_in

#: The checks that read each parser (directly, or through another's: the numbers set a text's
#: dates aside, so TP301/TP302 parse dates too)
_DATES = frozenset({"TP201", "TP202", "TP203", "TP301", "TP302"})
_NUMBERS = frozenset({"TP301", "TP302"})
_HONORIFICS = frozenset({"TP105", "TP106"})
#: the checks that read a period of the year (TP201/TP202: one said as a run of months)
_PERIODS = frozenset({"TP201", "TP202", "TP205"})
#: The checks that write a date in house style (the expected form of a date they report)
_RENDERED = frozenset({"TP201", "TP202", "TP203"})
#: The checks that read each kind of name (``namefind``): TP101 reads the UN's bodies around a
#: term it misses
_NAMES = {namefind.COUNTRIES: frozenset({"TP107"}),
          namefind.UN_NAMES: frozenset({"TP101", "TP108"}),
          namefind.PLACES: frozenset({"TP109"})}


def warm(langs: Iterable[str], codes: Iterable[str],
         styles: Mapping[str, HouseStyle] | None = None) -> None:
    """Build the patterns the ``codes`` selected need for each of ``langs`` (the source
    language and the targets, as the units name them), in this process; ``styles``: the
    workspace's own house styles (``checks.context.CheckContext.styles``)."""
    wanted = set(codes)
    for lang in dict.fromkeys(langs):
        try:
            if lang.startswith("zh"):
                hanfold.warm()  # (the traditional characters' search every Chinese text meets)
            if wanted & _DATES:
                _warm_dates(lang)
            if wanted & _NUMBERS:
                numfind._scale_re(lang)
                _warm_number_words(lang.split("_")[0].split("-")[0])
            if wanted & _HONORIFICS:
                honorifics._scan(lang)  # (and ``_patterns``, which it runs)
            if "TP105" in wanted:  # (a person named again and referred to)
                honorific_checks._referring(lang)
                honorific_checks._title_words_re(lang.split("_")[0].split("-")[0])
            if "TP204" in wanted:
                monthdays._patterns(lang)
            if wanted & _PERIODS:
                periods._patterns(lang.split("_")[0].split("-")[0])
            if wanted & _NUMBERS or "TP304" in wanted:  # (a percentage said as a proportion)
                proportions._patterns(lang.split("_")[0].split("-")[0])
            for kind, readers in _NAMES.items():
                if wanted & readers:
                    _warm_names(kind, lang.split("_")[0].split("-")[0])
            if wanted & _RENDERED:
                # (the month names the house style writes, kept once babel's data are let go)
                hold(style_in(styles, lang))
        except Exception:
            # only a head start: a language the parsers cannot build for (no CLDR locale)
            # fails in the worker that checks such a file, as it did before, and nowhere if
            # none is checked
            continue


def _warm_dates(lang: str) -> None:
    months = datefind._triggers(lang)[0]
    if isinstance(months, datefind._Trigger):
        months.fast  # noqa: B018  (compiled on first use: what the month-first dates search)
    datefind._month_scan(lang)
    datefind._weekday_of_day(lang)
    for lazy, kind in datefind._lazy_patterns(lang):
        if datefind._TRIGGER_OF[kind] == 0:  # a month's name of the language (月)
            lazy.compiled()
    # what TP201/TP202 read for a date missing or not in the source («cette date», "in July"):
    # each worker of the N = 100 benchmark built them for every language
    datefind._anaphora_re(lang)
    dates._month_word_re(lang)


def _warm_names(kind: str, base: str) -> None:
    # the countries' names are CLDR's: read after the fork, they brought the six locales'
    # data back into every process (~10 MB each at N = 1000) once ``checker._drop_cldr`` had
    # let them go
    if base in ("ru", "ar"):
        namefind._first_words(kind, base)  # (read word by word: ``namefind._by_words``)
    else:
        namefind._pattern(kind, base)


def _warm_number_words(base: str) -> None:
    if numwords._lexicon(base) is None:  # (the table, or where it cannot serve, the pattern)
        numwords._pattern(base)
    numwords._gap(base)
    numwords._half_scale(base)  # (read with every text's number words: «полмиллиона»)
