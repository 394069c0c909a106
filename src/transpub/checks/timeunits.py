"""A number keeps its unit of time (TP306): "over the past 12 months" is not «au cours des 12
dernières semaines», "more than 72 hours" not «plus de 72 jours», "aged 6 to 59 months" not
«âgés de 6 à 59 ans». The number checks compare the number, which is the same; the hours,
days, weeks, months or years after it were compared by nothing.

Only the same number with another unit of time is reported: a period said in another unit
("72 hours" → «trois jours», "eight weeks" → «deux mois») has another number, which the
number checks read as a measure converted.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from transpub.checks.consistency import ARABIC_MARK
from transpub.checks.context import CheckContext, Unit
from transpub.checks.enwords import WordNumber, says_whole_numbers, word_numbers
from transpub.checks.numbers import _source_numbers, numbers_by_value, twins
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.memo import memo
from transpub.numfind import NumberMention
from transpub.numwords import folded_text, number_runs

HOUR, DAY, WEEK, MONTH, YEAR = "hour", "day", "week", "month", "year"

#: the units of time right after a number, per language: (pattern, unit); an adjective may
#: stand between in French, Spanish and Russian («12 derniers mois», «12 últimos meses»)
_RAW: dict[str, tuple[tuple[str, str], ...]] = {
    "en": ((r"hours?", HOUR), (r"days?", DAY), (r"weeks?", WEEK), (r"months?", MONTH),
           (r"years?", YEAR)),
    "fr": ((r"heures?", HOUR), (r"jours?", DAY), (r"semaines?", WEEK), (r"mois", MONTH),
           (r"ans|années?", YEAR)),
    "es": ((r"horas?", HOUR), (r"días?", DAY), (r"semanas?", WEEK), (r"mes(?:es)?", MONTH),
           (r"años?", YEAR)),
    "ru": ((r"час\w*", HOUR), (r"(?:сут\w*|дн\w*|день)", DAY), (r"недел\w*", WEEK),
           (r"месяц\w*", MONTH), (r"(?:год\w*|лет)", YEAR)),
    "ar": ((r"(?:ساعة|ساعات)", HOUR), (r"(?:يوما|يوم|أيام)", DAY),
           (r"(?:أسبوعا|أسبوع|أسابيع)", WEEK),
           (r"(?:شهرا|شهر|أشهر|شهور)", MONTH), (r"(?:سنة|سنوات|عاما|عام|أعوام)", YEAR)),
    "zh": ((r"(?:个)?小时", HOUR), (r"(?:天|日)", DAY), (r"(?:个)?(?:周(?!年|岁)|星期)", WEEK),
           (r"个月", MONTH), (r"年|周岁|岁", YEAR)),  # (an age: «6至59岁», years old)
}
_BETWEEN = {
    "en": r"[\s-]*", "zh": r"\s*(?:多|余)?\s*", "ar": r"\s*",
    "fr": r"\s*(?:(?:derni|prochain|premi)[eè]re?s\s+)?",
    "es": r"\s*(?:(?:últim|próxim|primer)[oa]s\s+)?",
    "ru": r"\s*(?:(?:последн|ближайш|перв)\w+\s+)?",
}


@memo(8, spread=False)
def _after(base: str) -> re.Pattern[str] | None:
    entries = _RAW.get(base)
    if entries is None:
        return None
    units = "|".join(f"(?P<{unit}>{raw})" for raw, unit in entries)
    # (a unit stands alone, "days" not "daysman"; Chinese writes the next word right after it,
    # «59岁的儿童», «12个月内»)
    end = "" if base in ("zh", "ja") else r"(?!\w)"
    return re.compile(_BETWEEN[base] + r"(?:" + units + r")" + end, re.IGNORECASE)


def unit_after(text: str, end: int, lang: str) -> str | None:
    """The unit of time right after the number that ends at ``end``, or None."""
    pattern = _after(lang.split("_")[0].split("-")[0])
    if pattern is None:
        return None
    match = pattern.match(text, end)
    return match.lastgroup if match is not None else None


#: an Arabic unit of time in the dual, which says the number two with it («ساعتين», two
#: hours; «يومين», «أسبوعين», «شهرين», «سنتين», «عامين»), in the folded text number words are
#: read in (alef without hamza): "2 hours" said «يومين» is a unit changed, as «2 يوم» is
#: (t66/fB: the dual's two was read as the number, its unit by nothing)
_AR_DUAL = re.compile(r"(?<![^\W\d_])[وفبلك]?(?:ال|لل)?(?:(?P<hour>ساعت)|(?P<day>يوم)"
                      r"|(?P<week>اسبوع)|(?P<month>شهر)|(?P<year>سنت|عام))(?:ين|ان)(?!\w)")


def _dual_units(text: str) -> dict[str, tuple[int, int]]:
    """The units of time an Arabic ``text`` says in the dual, each with the place of its
    first."""
    folded = folded_text(text, "ar")
    out: dict[str, tuple[int, int]] = {}
    if len(folded) == len(text):  # (the places of the folded text are the text's)
        for match in _AR_DUAL.finditer(folded):
            out.setdefault(match.lastgroup or HOUR, match.span())
    return out


#: what an English source's unit of time holds (a test in C first)
_EN_ANY = re.compile(r"\d[\s-]*(?:hour|day|week|month|year)", re.IGNORECASE)


def _unmarked(text: str, base: str) -> tuple[str, list[int] | None]:
    """``text`` as its units and number words are read: an Arabic text without its tatweel,
    vowel marks (harakat) and superscript alef, as TP701 sets them aside (``ARABIC_MARK``:
    optional marks, «أيّام» is «أيام»; a single damma anywhere had switched the reading of
    number words off), and the places in ``text`` of the characters kept (None: all
    kept)."""
    if base != "ar" or ARABIC_MARK.search(text) is None:
        return text, None
    kept = [i for i, char in enumerate(text) if ARABIC_MARK.match(char) is None]
    return "".join(text[i] for i in kept), kept


def _unit_at(text: str, kept: list[int] | None, end: int, lang: str) -> str | None:
    """The unit of time after the translation's number ending at ``end`` (a place in the
    marked text), read in the unmarked ``text``."""
    return unit_after(text, end if kept is None else bisect_left(kept, end), lang)


_Timed = tuple[tuple[tuple[NumberMention, str], ...], tuple[tuple[WordNumber, str], ...]]
_NONE_TIMED: _Timed = ((), ())


@memo()
def _timed(source: str, source_lang: str) -> _Timed:
    """The source's numbers with a unit of time after them, in figures and in words (once
    for five translations; one memo for both: a second lookup for every unit cost TP306 a
    sixth)."""
    figures, words = _timed_figures(source, source_lang), _timed_words(source, source_lang)
    return (figures, words) if figures or words else _NONE_TIMED


#: a standard's name just before its number: "ISO-8601 week days", "ISO 8601 days", "RFC 3339
#: dates" (the number names the standard: it counts no days)
_STANDARD = re.compile(r"(?<![\w-])(?:ISO|IEC|RFC|IEEE|ANSI|DIN|EN|BS|PEP)[\s\u00a0/-]?$")


def _timed_figures(source: str, source_lang: str) -> tuple[tuple[NumberMention, str], ...]:
    """The source's numbers in figures with a unit of time after them (not a standard's
    number: Django's "extracts ISO-8601 week days" had been «8601 days» "in weeks", t66/hG)."""
    if not source_lang.startswith("en") or not _EN_ANY.search(source):
        return ()
    return tuple((m, unit) for m in _source_numbers[source, source_lang][1]
                 if (unit := unit_after(source, m.end, source_lang)) is not None
                 and _STANDARD.search(source, max(0, m.start - 5), m.start) is None)


#: what an English source's number word with a unit of time holds (literal strings: a test
#: in C, five times faster than one with IGNORECASE and classes)
_EN_WORDS_ANY = re.compile("hour|day|week|month|year|Hour|Day|Week|Month|Year")


def _timed_words(source: str, source_lang: str) -> tuple[tuple[WordNumber, str], ...]:
    """The source's numbers in words with a unit of time after them ("eight weeks")."""
    if (not source_lang.startswith("en") or not _EN_WORDS_ANY.search(source)
            or not says_whole_numbers(source)):
        return ()
    return tuple((w, unit) for w in word_numbers(source)
                 if w.whole and (unit := unit_after(source, w.end, source_lang)) is not None)


def _words_changed(unit: Unit, timed: tuple[tuple[WordNumber, str], ...]) -> list[Finding]:
    """The source's numbers in words whose unit of time the translation changes, the number
    said in words there too ("eight weeks" → «huit mois»)."""
    base = unit.lang.split("_")[0].split("-")[0]
    text = _unmarked(unit.target, base)[0]
    folded = folded_text(text, base)
    if len(folded) != len(text):
        return []  # (the places of the folded text are not the translation's)
    # (each value's units read once: a unit repeating a period thousands of times stays
    # linear)
    units_of: dict[float, set[str | None]] = {}
    for start, end, value in number_runs(folded, base):
        dual = _AR_DUAL.search(folded, start, end) if value == 2 and base == "ar" else None
        units_of.setdefault(value, set()).add(
            dual.lastgroup if dual is not None else unit_after(text, end, unit.lang))
    found: list[Finding] = []
    done: set[tuple[float, str]] = set()
    for word, wanted in timed:
        if (word.value, wanted) in done:
            continue  # (a period the source repeats: said once)
        done.add((word.value, wanted))
        read = units_of.get(word.value, set())
        if read and None not in read and wanted not in read:
            found.append(finding("TP306", unit, f"«{word.text} {wanted}s» is in "
                                 f"{sorted(u for u in read if u)[0]}s in the translation",
                                 expected=f"{word.text} {wanted}s"))
    return found


_TWO = frozenset({2.0})


def _dual_changed(unit: Unit, mention: NumberMention, wanted: str) -> list[Finding]:
    """"2 hours" said «يومين» (two days): the Arabic dual of another unit of time, where the
    translation writes no 2 and no dual of the source's unit."""
    duals = _dual_units(_unmarked(unit.target, "ar")[0])
    if not duals or wanted in duals:
        return []
    other, (start, end) = min(duals.items(), key=lambda item: item[1])
    said = _unmarked(unit.target, "ar")[0][start:end]
    return [finding("TP306", unit, f"«{mention.text} {wanted}s» became «{said}» in {other}s",
                    expected=f"{mention.text} {wanted}s")]


@check("TP306", "time-unit-changed", Severity.WARNING, "timeunits")
def time_unit_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A number with a unit of time has another unit in the translation ("12 months" →
    «12 semaines»)."""
    timed, words = _timed[unit.source, ctx.source_lang]
    if not timed:
        return _words_changed(unit, words) if words else ()
    lang = unit.numbers or unit.lang
    # (the translation's numbers by value, and each value's units read once: linear in a
    # unit of thousands of periods)
    by_value = numbers_by_value(unit.target, lang)
    text, kept = _unmarked(unit.target, unit.lang.split("_")[0].split("-")[0])
    # (each value's first twin and its twins' units, read once: a unit repeating one value
    # thousands of times was quadratic, each mention listing every twin again)
    read_of: dict[frozenset[float], tuple[NumberMention, str | None, set[str | None]] | None] = {}
    found: list[Finding] = []
    for mention, wanted in timed:
        if mention.values not in read_of:
            same = twins(by_value, mention.values)
            units = [_unit_at(text, kept, t.end, lang) for t in same]
            read_of[mention.values] = (same[0], units[0], set(units)) if same else None
        known = read_of[mention.values]
        if known is None and mention.values == _TWO and lang.startswith("ar"):
            found += _dual_changed(unit, mention, wanted)
            continue
        if known is None or None in known[2] or wanted in known[2]:
            continue  # (missing: the number check's; a bare number or the same unit: kept)
        other, first_unit = known[0], known[1]
        found.append(finding("TP306", unit, f"«{mention.text} {wanted}s» became "
                             f"«{unit.target[other.start:other.end]}» in {first_unit}s",
                             expected=f"{mention.text} {wanted}s",
                             span=(other.start, other.end)))
    return found + _words_changed(unit, words) if words else found
