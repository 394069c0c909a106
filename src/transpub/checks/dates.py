"""Dates compared as dates in every language (TP2xx)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import Any

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.checks.weekdayindex import SourceWeekdays
from transpub.checks.yearwords import YearWords
from transpub.datefind import (
    EN_VERBS,
    RU_DAY_MARK,
    DateMention,
    date_anaphora,
    dates_in,
    month_names,
    named_day,
    relative_day_words,
    relative_days,
    weekday_days,
    weekday_named,
    year_first,
)
from transpub.intervals import Intervals
from transpub.numwords import spelled_values
from transpub.periods import PART, covering, periods_in
from transpub.sentalign import same_sentence_at
from transpub.untaken import Untaken

Key = tuple[int | None, int, int | None]
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩０１２３４５６７８９", "01234567890123456789")


def _render(ctx: CheckContext, lang: str, key: Key) -> str:
    """The date ``key`` as ``lang`` writes it in this workspace (its own house style, else
    the UN's); "" without a year or a day."""
    year, month, day = key
    if year is not None and day is not None:
        return ctx.style(lang).format_date(dt.date(year, month, day))
    return ""


def _pair(ctx: CheckContext, unit: Unit) -> tuple[Dates, Dates, int | None]:
    """The unit's dates (the parser's own cached tuples: no copy for each of the three checks)
    and its release's year; once per unit, for TP201, TP202 and TP203 in turn."""
    if _last.get("unit") is unit and _last.get("lang") == ctx.source_lang:
        pair: tuple[Dates, Dates, int | None] = _last["pair"]
        return pair
    year = unit.release_date.year if unit.release_date else None
    pair = dates_in(unit.source, ctx.source_lang), dates_in(unit.target, unit.lang), year
    _last.clear()
    _last.update(unit=unit, lang=ctx.source_lang, pair=pair,
                 month=unit.release_date.month if unit.release_date else None)
    return pair


Matched = tuple[list[DateMention], list[DateMention], list[tuple[DateMention, DateMention]]]
Dates = tuple[DateMention, ...]
_Frozen = tuple[tuple[DateMention, ...], tuple[DateMention, ...],
                tuple[tuple[DateMention, DateMention], ...]]
#: The last unit checked, its dates (``_pair``) and their pairing (``_pairs``, once asked):
#: TP201, TP202 and TP203 each look at the same unit one after the other. The unit is held,
#: so that ``is`` finds it (one entry: memory stays flat); the pairing is kept only for the
#: very tuples ``_pair`` gave (``_match`` checks), so no hashing of the dates is needed.
_last: dict[str, Any] = {}


def _match(source: Dates, target: Dates, year: int | None) -> Matched:
    """``_pairs``, once per unit: the three checks of a unit ask the same question in turn;
    each gets lists of its own (``date_mismatch`` pops from its ``extra``)."""
    pair = _last.get("pair")
    done: _Frozen | None = _last.get("matched")
    if done is None or pair is None or pair[0] is not source or pair[1] is not target \
            or pair[2] != year:
        month = _last.get("month") if pair is not None and pair[0] is source else None
        missing, extra, pairs = _pairs(source, target, year, month)
        done = (tuple(missing), tuple(extra), tuple(pairs))
        if pair is not None and pair[0] is source and pair[1] is target and pair[2] == year:
            _last["matched"] = done
    return list(done[0]), list(done[1]), list(done[2])


def _pairs(source: Dates, target: Dates, year: int | None, month: int | None = None) -> Matched:
    """Pair source and target mentions by date; a missing year matches any year. A Hijri date
    that the other side leaves out is no finding when the Gregorian date it equals is paired:
    "on 25 Rajab A.H. 1436 (14 May A.D. 2015)" may be «el 14 de mayo de 2015», the day said once
    in the calendar of the translation. A source date without its year, half a year or more
    from the release's ``month``, may be given the neighbouring year by the translation: "on
    5 January" in a release of 20 December 2023 is «le 5 janvier 2024»."""
    missing, left, pairs = _paired_off(source, target, year)
    if month is not None and year is not None and missing and left:
        for mention in [m for m in missing if m.year is None and m.calendar == "gregorian"]:
            other = year + 1 if mention.month <= month - 6 else \
                year - 1 if mention.month >= month + 6 else None
            if other is None:
                continue  # (a date within half a year of the release's: its year alone)
            found = next((t for t in left if t.calendar == "gregorian" and t.year == other
                          and (t.month, t.day) == (mention.month, mention.day)), None)
            if found is not None:
                missing.remove(mention)
                left.remove(found)
                pairs.append((mention, found))
    if pairs and any(m.calendar == "hijri" for m in missing + left):
        # only when the other side has no Hijri date of its own: another Hijri day is an error
        sides = list(zip(*pairs, strict=True))
        hijri_missing = any(m.calendar == "hijri" for m in missing)
        if not any(t.calendar == "hijri" for t in left):
            missing = [m for m in missing if not _equivalent(m, sides[0])]
        if not hijri_missing:
            left = [t for t in left if not _equivalent(t, sides[1])]
    return missing, left, pairs


#: pairs of dates below which a unit's dates are scanned rather than indexed
_SCANNED = 256


def _paired_off(source: Dates, target: Dates, year: int | None) -> Matched:
    """Each source date takes the first target date, in text order, not yet taken that is the
    same date (``_same``); the source's left without one, the target's left over, the pairs.
    A unit's few dates are scanned; a long unit's through an index of the target by calendar,
    month and day (a scan per source date was quadratic in a unit of thousands of dates)."""
    missing: list[DateMention] = []
    pairs: list[tuple[DateMention, DateMention]] = []
    if len(source) * len(target) <= _SCANNED:
        left = list(target)
        for mention in source:
            want = mention.key(year)
            found = next((t for t in left if t.calendar == mention.calendar
                          and _same(want, t.key(year))), None)
            if found is None:
                missing.append(mention)
            else:
                left.remove(found)
                pairs.append((mention, found))
        return missing, left, pairs
    # by calendar, month, day and year (a date without a year is the same date as one of
    # any year): every date of a key is the same date as a source date of that key
    index = Untaken((((d.calendar, *d.key(year)), position) for position, d in enumerate(target)),
                    len(target))
    years: dict[tuple[str, int, int | None], set[int | None]] = {}
    for date in target:
        key = date.key(year)
        years.setdefault((date.calendar, key[1], key[2]), set()).add(key[0])
    for mention in source:
        want = mention.key(year)
        said = years.get((mention.calendar, want[1], want[2]), set())
        wanted = said if want[0] is None else {want[0], None} & said
        at = index.earliest((mention.calendar, year_, want[1], want[2]) for year_ in wanted)
        if at < 0:
            missing.append(mention)
        else:
            index.take(at)
            pairs.append((mention, target[at]))
    return missing, index.left(target), pairs


def _weekday_day_dated(ctx: CheckContext, unit: Unit, wrong: DateMention) -> bool:
    """Is the translation's date ``wrong`` a day the source names by its weekday alone,
    "Wednesday 22th" → «mercredi 22 juin»: the same day, after the same weekday, and a date
    that day can be (with its year written, or the release's known, a Wednesday)? Another
    day, a date after no weekday or another, or «mercredi 22 octobre 2011» (a Saturday) is
    a date not in the source (t64/hJ)."""
    if wrong.day is None or wrong.calendar != "gregorian":
        return False
    named = weekday_named(unit.target, wrong.start, wrong.end, unit.lang)
    if named is None or not any(
            day == wrong.day and weekday_named(unit.source, start, end, ctx.source_lang) == named
            for start, end, day in weekday_days(unit.source, ctx.source_lang)):
        return False
    if wrong.year is None:
        return True  # (the year is the context's: the release's may be another's)
    try:
        return dt.date(wrong.year, wrong.month, wrong.day).weekday() == named
    except ValueError:
        return False


def _weekday_dated(unit: Unit, wrong: DateMention, weekdays: SourceWeekdays,
                   one_year: int | None) -> bool | None:
    """Is the translation's date ``wrong`` the date of a weekday its source sentence names
    ("published Saturday" → «publié le 29 septembre 2018»; "on Friday" → «le 28 septembre»,
    t65/hA F5)? True when the date falls on that weekday in its year (``_year_of``); False when
    no year is known to tell by; None when the sentence names no weekday, the translation names
    another beside the date, or the date falls on another day: then a date not in the source.
    The unit's weekdays are read once (``weekdayindex``; t66/hI 6: read again for each date,
    and each paired with it, a unit of thousands had been quadratic)."""
    if wrong.day is None or wrong.calendar != "gregorian":
        return None
    said = weekdays.days_at(wrong.start)
    if said and (beside := weekday_named(unit.target, wrong.start, wrong.end,
                                         unit.lang)) is not None:
        said &= {beside}  # «samedi 29 septembre» for "Saturday": that weekday's date only
    if not said:
        return None
    year = _year_of(unit, wrong, one_year)
    if year is None:
        return False
    try:
        date = dt.date(year, wrong.month, wrong.day)
    except ValueError:
        return None  # 31 June: no day
    if date.weekday() not in said:
        return None
    released = unit.release_date
    if released is None:
        return True
    # a weekday said without its date is the one nearest the release, in the week before it
    # or after it as its own clause's verb says: "published Saturday" in a release of Sunday 30
    # September 2018 is the 29th, not the 22nd, nor 29 December, nor 28 September 2012
    # (t66/hD A: any date on that weekday had passed); "met on Monday and will meet again on
    # Friday" puts each weekday on its side (t66/hH 1: one tense had been read for the unit)
    return True if weekdays.dated(wrong.start, date.weekday(), (date - released).days) else None


def _one_year(source: Dates, target: Dates) -> int | None:
    """The one year the unit's dates name, if they name one only (read once a unit)."""
    years = {d.year for d in (*source, *target) if d.year is not None and d.calendar == "gregorian"}
    return years.pop() if len(years) == 1 else None


def _year_of(unit: Unit, mention: DateMention, one_year: int | None) -> int | None:
    """The year of ``mention``: its own; else the release's (the one before or after for a
    month half a year or more from the release's, as ``_pairs`` reads "on 5 January" in a
    release of 20 December 2023); else the one year the unit's other dates name, if they name
    one only; else None."""
    if mention.year is not None:
        return mention.year
    released = unit.release_date
    if released is not None:
        return released.year + (1 if mention.month <= released.month - 6 else
                                -1 if mention.month >= released.month + 6 else 0)
    return one_year


def _release_offset(unit: Unit, mention: DateMention) -> int | None:
    """How many days ``mention`` is from the unit's release date, if it is the day before,
    the day itself or the day after (a Gregorian date with its day; its year the release's
    when it gives none); else None."""
    released = unit.release_date
    if released is None or mention.day is None or mention.calendar != "gregorian":
        return None
    try:
        day = dt.date(mention.year if mention.year is not None else released.year,
                      mention.month, mention.day)
    except ValueError:
        return None  # 31 June: no day
    offset = (day - released).days
    return offset if -1 <= offset <= 1 else None


def _equivalent(hijri: DateMention, paired: tuple[DateMention, ...]) -> bool:
    """Is ``hijri`` the same day as one of the ``paired`` Gregorian dates (the arithmetic
    Hijri calendar is within two days of the calendars countries observe)?"""
    day = hijri.gregorian_ordinal()
    if day is None:
        return False
    for other in paired:
        if other.calendar == "gregorian" and other.year and other.day:
            try:
                if abs(dt.date(other.year, other.month, other.day).toordinal() - day) <= 2:
                    return True
            except ValueError:
                continue  # 31 June: no day
    return False


def _same(a: Key, b: Key) -> bool:
    return a[1] == b[1] and a[2] == b[2] and (a[0] is None or b[0] is None or a[0] == b[0])


# TP201-TP203 return ``()`` for a unit they have nothing to say about (most units) instead of
# making a generator: see checks/completeness.py.

@check("TP201", "date-mismatch", Severity.ERROR, "dates")
def date_mismatch(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A date of the source is missing from the translation, or has changed."""
    source, target, year = _pair(ctx, unit)
    if not source:
        return ()
    return _date_mismatch(ctx, unit, source, target, year)


def _date_mismatch(ctx: CheckContext, unit: Unit, source: Dates, target: Dates,
                   year: int | None) -> Iterator[Finding]:
    missing, extra, pairs = _match(source, target, year)
    named = date_anaphora(unit.target, unit.lang) if missing and not extra else 0
    reported: set[tuple[int, int]] = set()
    dayless: dict[int, DateMention] | None = None
    firsts: dict[tuple[int, str], tuple[int, int | None, int]] | None = None
    day_spans: dict[int, list[tuple[int, int]]] = {}
    months_said: frozenset[int] | None = None  # (``_months_named``, read once, when asked)
    digits: str | None = None  # (the translation's digits as ASCII: likewise)
    # (the translation's year words, its months' places and the source's ranges: likewise)
    years: YearWords | None = None
    spans: dict[int, list[tuple[int, int]]] | None = None
    groups: dict[tuple[int, int], set[int]] | None = None
    for mention in missing:
        if any(paired.calendar == mention.calendar and _same(mention.key(year), paired.key(year))
               for paired, _ in pairs):
            continue  # "the Geneva Conventions of 12 August 1949, in particular the Third
            # Geneva Convention of 12 August 1949" says the date once in Chinese
        if mention.day is None and mention.year is not None and str(mention.year) in (
                digits := digits if digits is not None else unit.target.translate(_DIGITS)) \
                and mention.month in (
                    months_said := months_said if months_said is not None
                    else _months_named(unit.target, unit.lang, target)):
            # "from October 2014 until December 2014" is «desde octubre hasta diciembre de
            # 2014», "From May to November 1947" «1947年5月至11月»: the year said once
            continue
        if mention.day is None and (mention.month, mention.year) in _month_adjectives(
                unit.target, unit.lang):
            continue  # "the July 1997 edition" is «в июльском выпуске … за 1997 год»
        if mention.day is None and mention.year is not None and \
                mention.calendar == "gregorian" and (
                    years := years or YearWords(unit.target, unit.lang)).named:
            # "until end of June 2003" is «hasta el fin de junio de este año»: the release's
            # year (an info), or one the checker cannot tell (the release's date unknown);
            # the year word beside the month («junio de este año»), or beside another month
            # of the same range ("from May to June 2003": «de mayo a junio de este año»)
            if spans is None:
                spans = _month_spans(unit.target, unit.lang, target)
            if groups is None:
                groups = _span_months(source)
            released = unit.release_date
            if mention.month in spans and (words := years.take_month(
                    sorted(groups[(mention.start, mention.end)]), (mention.start, mention.end),
                    None if released is None else mention.year - released.year, spans)):
                yield _year_finding(ctx, unit, mention, year, (words, released is not None))
                continue
        if not extra and (offset := _release_offset(unit, mention)) is not None and \
                offset in relative_days(unit.target, unit.lang):
            # "on Wednesday 30 October 2019" in a release of that day is «今天», «hoy»: the
            # day named from the release's own, which the reader has on the page (a date
            # the translation has in its place is that date: "became" below)
            yield finding("TP201", unit, f"date «{mention.text}» is named from the release's "
                          "date in the translation", expected=_render(ctx, unit.lang,
                                                                       mention.key(year)),
                          severity=Severity.INFO)
            continue
        if not extra and unit.release_date is None and mention.day is not None and \
                mention.calendar == "gregorian" and (
                    days := relative_day_words(unit.target, unit.lang)):
            # "opened on 21 July" is «افتتح اليوم» where the release's date is not known (an
            # undated source: ESCWA's "What's New" page, t66/hC, had "date missing"): the
            # day named from the release's, which the checker cannot tell is that day
            yield finding("TP201", unit, f"date «{mention.text}» is named from the release's "
                          f"day in the translation: «{days[0]}» (the release's date is not "
                          "known)", expected=_render(ctx, unit.lang, mention.key(year)),
                          severity=Severity.WARNING)
            continue
        if mention.text == "9/11" and _NINE_ELEVEN.search(unit.target):
            continue  # the attacks' name as the language writes it: «11/9», «11-S», «911»
        if not extra and mention.year is not None and named_day(mention.text) and str(
                mention.year) in (digits := digits if digits is not None
                                  else unit.target.translate(_DIGITS)):
            continue  # "New Year's Eve 1999" is «la Saint-Sylvestre 1999»: named, its year kept
        if mention.day is None and _as_period(mention, source, unit.target, unit.lang):
            continue  # "from July to December 2022" is «au second semestre de 2022»
        if _bound_of_year(mention, unit.target, unit.lang):
            continue  # "before 31 December" is «avant la fin de l'année», «до конца года»
        if firsts is None:
            firsts, day_spans = _month_firsts(target), _day_spans(target)
        if _month_elided(mention, unit.target, unit.lang, firsts, day_spans):
            continue  # "on 26 February, and … on 21 February" is «le 26 février et …, le 21»
        if mention.day is not None and (at := _day_in_words(unit, mention)) >= 0:
            # "On 7 and 8 July" is «Седьмого и восьмого июля», "on 11 August 1960" «في الحادي
            # عشر من آب/أغسطس 1960»: the day said in words before its month; the translation's
            # date of that month and year, without a day, is used up
            if dayless is None:
                dayless = {t.start: t for t in extra if t.day is None}
            partial = dayless.pop(at, None)
            if partial is not None and partial.month == mention.month and any(
                    t is partial for t in extra[:_DAYLESS_REACH]):
                extra.remove(partial)
            continue
        key = mention.key(year)
        expected = _render(ctx, unit.lang, key) if mention.calendar == "gregorian" \
            else mention.text
        if named:
            # "submitted after 25 July 2013" is «soumis après cette date»: the date the
            # document gave before, named by a demonstrative
            named -= 1
            yield finding("TP201", unit, f"date «{mention.text}» is named by a demonstrative "
                          "in the translation", expected=expected, severity=Severity.INFO)
            continue
        # a range or list of days is one finding ("14 to 18 March 2015" became «du 14 au 18
        # mars 2014»: both its days are wrong, the translator wrote one wrong date)
        told = (mention.start, mention.end) in reported
        reported.add((mention.start, mention.end))
        # (in a unit of several sentences, only a date of the same sentence took its place)
        pick = next((index for index, other in enumerate(extra) if same_sentence_at(
            unit.source, ctx.source_lang, mention.start, unit.target, unit.lang, other.start)),
            None)
        if pick is not None:
            wrong = extra.pop(pick)
            if wrong.year is None and (wrong.month, wrong.day) == (mention.month, mention.day) \
                    and mention.calendar == wrong.calendar == "gregorian" and (relative := (
                        _year_named(unit, mention, years := years or YearWords(
                            unit.target, unit.lang), (wrong.start, wrong.end)))) is not None:
                # "on 14 June 2002" as «el 14 de junio del año pasado» in a release of 2003:
                # the day read in the release's year, the year named from it
                if not told:
                    yield _year_finding(ctx, unit, mention, year, relative, wrong)
                continue
            if not told:
                yield finding("TP201", unit, f"date «{mention.text}» became «{wrong.text}»",
                              expected=expected, span=(wrong.start, wrong.end))
        elif not told:
            glued = _glued_month(unit, mention)
            yield finding("TP201", unit, f"date «{mention.text}» is missing" + (
                f": «{glued}» lacks the space between month and year" if glued else ""),
                expected=expected)
    lost: set[tuple[int, int]] = set()
    for mention, paired in pairs:
        # "(1946 to 30 May 2019)" -> «(1946 a 30 de mayo)»: paired, as a date without its
        # year is any year's, but the year the source gives is said nowhere in the translation
        if mention.year is None or paired.year is not None or mention.calendar != "gregorian":
            continue
        if (mention.start, mention.end) in lost:
            continue  # "August 1 to 7, 2010" → «du 1er au 7 août»: a range, one finding
        if digits is None:
            digits = unit.target.translate(_DIGITS)
        if str(mention.year) not in digits:
            lost.add((mention.start, mention.end))
            if years is None:
                years = YearWords(unit.target, unit.lang)
            relative = _year_named(unit, mention, years, (paired.start, paired.end))
            if relative is not None:
                # "on 14 June 2003" as «el 14 de junio de este año»
                yield _year_finding(ctx, unit, mention, year, relative, paired)
                continue
            yield finding("TP201", unit, f"date «{mention.text}» lost its year: «{paired.text}»",
                          expected=_render(ctx, unit.lang, mention.key(year)),
                          span=(paired.start, paired.end), severity=Severity.WARNING)


def _glued_month(unit: Unit, mention: DateMention) -> str | None:
    """The translation's month of ``mention`` written against its year, no space between
    («En mai1968» for "In May 1968": no date read, the date "missing" though the reader sees
    it; News Commentary, t67/hC), to say so in the message; None where there is none."""
    if mention.year is None or str(mention.year) not in unit.target:
        return None
    names = [name for name, month in month_names(unit.lang).items() if month == mention.month]
    if not names:
        return None
    glued = re.search(r"(?<![^\W\d_])(?:" + "|".join(sorted(map(re.escape, names), key=len,
                                                              reverse=True))
                      + rf")\.?{mention.year}(?!\d)", unit.target, re.IGNORECASE)
    return glued.group() if glued else None


def _year_named(unit: Unit, mention: DateMention, years: YearWords, at: tuple[int, int]
                ) -> tuple[str, bool] | None:
    """The words by which the translation names the year of ``mention`` relative to the
    release's beside its text ``at`` (the date or month word that stands for it: «junio de
    este año», «今年6月»), and whether the release's year is known to be that year; None where
    no year word stands there, or none that the release's known year makes the source's (a
    date changed: TP201's error as before), or it names another date of the source's year."""
    if mention.year is None:
        return None
    released = unit.release_date
    offset = None if released is None else mention.year - released.year
    words = years.take(at[0], at[1], (mention.start, mention.end), offset)
    return None if words is None else (words, released is not None)


def _year_finding(ctx: CheckContext, unit: Unit, mention: DateMention, year: int | None,
                  relative: tuple[str, bool], paired: DateMention | None = None) -> Finding:
    """A date whose year the translation names from the release's: the same date where the
    release's year is known (an info), else a date that lost its year (a warning)."""
    words, known = relative
    expected = _render(ctx, unit.lang, mention.key(year))
    span = None if paired is None else (paired.start, paired.end)
    if known:
        return finding("TP201", unit, f"date «{mention.text}» names its year from the "
                       f"release's: «{words}»", expected=expected, span=span,
                       severity=Severity.INFO)
    return finding("TP201", unit, f"date «{mention.text}» lost its year: «{words}»",
                   expected=expected, span=span, severity=Severity.WARNING)


#: A day of the month named alone, its month the one a date before it names («…le 26 février
#: et la Vice-Secrétaire générale, le 21», «el 21», «21-го», «21日», «في 21 منه»), by language
_DAY_ALONE = {
    "en": r"\bthe\s+{d}(?:st|nd|rd|th)\b", "fr": r"\ble\s+{d}(?:er)?(?!\d|[.,:]\d)",
    "es": r"\bel\s+{d}(?!\d|[.,:]\d)", "ru": r"(?<![\d.,]){d}" + RU_DAY_MARK + r"\b",
    "zh": r"(?<![\d.,]){d}日", "ar": r"(?<![\d.,]){d}\s+منه",
}


def _month_elided(mention: DateMention, other: str, lang: str,
                  firsts: dict[tuple[int, str], tuple[int, int | None, int]],
                  spans: dict[int, list[tuple[int, int]]]) -> bool:
    """Is the day of ``mention`` said alone in the translation after a date of the same
    month, which the translation names once for both? ``firsts`` is ``_month_firsts`` of the
    translation's dates, ``spans`` their ``_day_spans``. A day that opens a date of its own
    there, with its month («le 30 mars 2000»), is not said alone: "24 March 1999 … 30 March
    1999" → «le 24 mars 1999 … le 30 mars 2000» had passed as the month named once
    (t67/hF)."""
    pattern = _DAY_ALONE_RE.get(lang.split("_")[0].split("-")[0])
    if pattern is None or mention.day is None:
        return False
    first = firsts.get((mention.month, mention.calendar))
    if first is None:
        return False
    end, day, other_end = first
    after = end if day != mention.day else other_end
    start, stop = _days_alone(other, pattern).get(str(mention.day), (-1, -1))
    if start < after:
        return False
    return not any(a < stop and start < b for a, b in spans.get(mention.day, ()))


def _day_spans(dates: Dates) -> dict[int, list[tuple[int, int]]]:
    """By day, where the translation's dates of that day with a month stand (once per
    translation, as ``_month_firsts``)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for d in dates:
        if d.day is not None and d.month is not None:
            spans.setdefault(d.day, []).append((d.start, d.end))
    return spans


#: ``_DAY_ALONE`` with the day a group: one search of a translation finds every day said alone
_DAY_ALONE_RE = {lang: re.compile(raw.format(d=r"(\d+)")) for lang, raw in _DAY_ALONE.items()}

_NEVER = 1 << 62


def _month_firsts(dates: Dates) -> dict[tuple[int, str], tuple[int, int | None, int]]:
    """By (month, calendar), where the first of the translation's dates of that month ends,
    its day, and where the first of them with another day ends (``_NEVER`` if none): a day
    said alone after the first date of its month with another day is that month's. Made once
    per translation, not per missing date (a scan of every date for each was quadratic)."""
    best: dict[tuple[int, str], tuple[int, int | None]] = {}
    for d in dates:
        key = (d.month, d.calendar)
        if key not in best or d.end < best[key][0]:
            best[key] = (d.end, d.day)
    second: dict[tuple[int, str], int] = {}
    for d in dates:
        key = (d.month, d.calendar)
        if d.day != best[key][1] and d.end < second.get(key, _NEVER):
            second[key] = d.end
    return {key: (end, day, second.get(key, _NEVER)) for key, (end, day) in best.items()}


@lru_cache(maxsize=64)
def _days_alone(text: str, pattern: re.Pattern[str]) -> dict[str, tuple[int, int]]:
    """Each day said alone in ``text`` (its digits as written, folded to ASCII), by where the
    last mention of it starts and ends."""
    return {m.group(1): m.span() for m in pattern.finditer(text.translate(_DIGITS))}


def _as_period(mention: DateMention, dates: Dates, other: str, lang: str) -> bool:
    """Is ``mention`` one end of a run of months ("from July to December 2022") that the
    ``other`` text (in ``lang``) names as a period of the year, a half or a quarter
    («le second semestre de 2022», «2023年第一季度»)?"""
    months = [d.month for d in dates
              if d.start == mention.start and d.end == mention.end and d.day is None]
    if len(months) < 2 or min(months) == max(months):
        return False
    return covering(periods_in(other, lang), min(months), max(months), mention.year)


def _bound_of_year(mention: DateMention, other: str, lang: str) -> bool:
    """Is ``mention`` the first or last day of a year ("since 1 January 2024", "before 31
    December") that the ``other`` text (in ``lang``) names as the year's beginning or end
    («depuis le début de l'année», «до конца года», «年底前»)?"""
    if mention.day is None or mention.calendar != "gregorian":
        return False
    part = 1 if (mention.month, mention.day) == (1, 1) else \
        3 if (mention.month, mention.day) == (12, 31) else 0
    if not part:
        return False
    return any(p.kind == PART and p.first == part
               and (p.year is None or mention.year is None or p.year == mention.year)
               for p in periods_in(other, lang))


#: how far before its month a day said in words is looked for («في الحادي عشر من آب»)
_DAY_WORDS_BEFORE = 40


def _day_in_words(unit: Unit, mention: DateMention) -> int:
    """Where the translation names the month of ``mention`` (and its year, if it has one) with
    the day said in words just before it, the month not that of a date with a day in digits
    («седьмого ... 8 июля» is the 8th); -1 when it does not."""
    index, years = _days_in_words(unit.target, unit.lang)
    if not index:
        return -1  # (most translations: no month named with a day in words)
    if mention.year is not None and str(mention.year) not in years:
        return -1
    return index.get((mention.month, float(mention.day or 0)), -1)


#: how far into the dates left over a date used up by a day in words is looked for (the
#: translation's dates are in text order, the ones before it taken or reported first)
_DAYLESS_REACH = 64


@lru_cache(maxsize=64)
def _days_in_words(text: str, lang: str) -> tuple[dict[tuple[int, float], int],
                                                  frozenset[str]]:
    """The translation's months named after a day in words, by (month, day): the month's
    place (the first); and the years the text writes (its runs of four digits). Made once per
    translation: asked for each of its dates missing."""
    index: dict[tuple[int, float], int] = {}
    names = month_names(lang)
    dated = Intervals((d.start, d.end) for d in dates_in(text, lang) if d.day is not None)
    for match in _month_word_re(lang).finditer(text):
        month = names.get(match.group(1).lower())
        if month is None or dated.overlaps(match.start(), match.start() + 1):
            continue
        before = text[max(0, match.start() - _DAY_WORDS_BEFORE):match.start()]
        for day in spelled_values(before, lang):
            index.setdefault((month, day), match.start())
    return index, frozenset(_YEAR.findall(text.translate(_DIGITS))) if index else frozenset()


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


@check("TP202", "date-extra", Severity.ERROR, "dates")
def date_extra(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation has a date that the source does not."""
    source, target, year = _pair(ctx, unit)
    if not target:
        return ()  # no date to be extra
    return _date_extra(ctx, unit, source, target, year)


def _date_extra(ctx: CheckContext, unit: Unit, source: Dates, target: Dates,
                year: int | None) -> Iterator[Finding]:
    missing, extra, pairs = _match(source, target, year)
    told: set[tuple[int, int]] = set()
    named: frozenset[int] | None = None  # (the months the source names outside its dates)
    weekdays: SourceWeekdays | None = None  # (its weekdays, and the unit's one year: read once)
    one_year: int | None = None
    for wrong in extra[len(missing):]:
        if (wrong.start, wrong.end) in told:
            continue  # «de janvier à mars 2023»: a range, two dates, one finding
        told.add((wrong.start, wrong.end))
        if wrong.day is None and _as_period(wrong, target, unit.source, ctx.source_lang):
            continue  # "in the first quarter of 2023" is «de janvier à mars 2023»
        if _bound_of_year(wrong, unit.source, ctx.source_lang):
            continue  # "by the end of the year" is «avant le 31 décembre»
        if named is None:
            named = _months_named(unit.source, ctx.source_lang, source) | {
                month for month, _ in _month_adjectives(unit.source, ctx.source_lang)}
        if wrong.month in named:
            continue
        if _weekday_day_dated(ctx, unit, wrong):
            continue  # "Wednesday 22th" is «mercredi 22 juin», the month the context gives
        if not missing and (offset := _release_offset(unit, wrong)) is not None and \
                offset in relative_days(unit.source, ctx.source_lang):
            # "appointed today" is «nommé le 30 octobre 2019» in a release of that day
            yield finding("TP202", unit, f"date «{wrong.text}» is what the source names from "
                          "the release's date", span=(wrong.start, wrong.end),
                          severity=Severity.INFO)
            continue
        if wrong.day is not None and any(_same(said.key(year), wrong.key(year))
                                         for said, _ in pairs):
            # «截至2015年4月27日提名期限结束，…于2015年4月27日提出»: the source's date, said
            # again where the source says "at the end of the period": no other date
            yield finding("TP202", unit, f"date «{wrong.text}» repeats a date of the source",
                          span=(wrong.start, wrong.end), severity=Severity.INFO)
            continue
        if weekdays is None:
            weekdays = SourceWeekdays(unit.source, ctx.source_lang, unit.target, unit.lang)
            one_year = _one_year(source, target)
        if (on_weekday := _weekday_dated(unit, wrong, weekdays, one_year)) is not None:
            if not on_weekday:
                # (no year to tell the date's weekday by: the translator's date is told, not
                # judged)
                yield finding("TP202", unit, f"date «{wrong.text}» dates the source's "
                              "weekday (no year to tell its weekday by)",
                              span=(wrong.start, wrong.end), severity=Severity.INFO)
            continue  # "published Saturday" is «publié le 29 septembre 2018», a Saturday
        yield finding("TP202", unit, f"date «{wrong.text}» is not in the source",
                      span=(wrong.start, wrong.end))


@cache
def _month_word_re(lang: str) -> re.Pattern[str]:
    names = sorted(month_names(lang), key=len, reverse=True)
    alternation = "(" + "|".join(re.escape(n) for n in names) + ")"
    if lang.startswith(("zh", "ja")):  # no spaces between words: «5月至11月»
        return re.compile(r"(?<![\d〇一二三四五六七八九十])" + alternation)
    return re.compile(r"(?<!\w)" + alternation + r"(?!\w)", re.IGNORECASE)


def _months_named(text: str, lang: str, dates: Dates) -> frozenset[int]:
    """The months ``text`` names outside its ``dates`` (``_month_spans``'s months)."""
    return frozenset(_month_spans(text, lang, dates))


def _span_months(dates: Dates) -> dict[tuple[int, int], set[int]]:
    """The months of each span of ``dates``: a range's or a list's ("from May to June 2003"
    is two dates of one span)."""
    found: dict[tuple[int, int], set[int]] = {}
    for mention in dates:
        found.setdefault((mention.start, mention.end), set()).add(mention.month)
    return found


def _month_spans(text: str, lang: str, dates: Dates) -> dict[int, list[tuple[int, int]]]:
    """The months ``text`` names outside its ``dates``, each with the places of its names:
    "in July" (the year said earlier) is
    «2014年7月»; "the twenty-sixth day of June, one thousand nine hundred and forty-five" is
    «26 حزيران/يونيه 1945»: the same date, the source writing its day or year another way.
    Read once a unit by its callers: asked for each date the translation has and the source
    has not, each month word tested against each date, a unit of 1,500 dates had taken 5 s (a
    hostile probe of session 63's «1<sup>er</sup> janvier»); the dates' spans are looked up in
    logarithmic time."""
    names = month_names(lang)
    english = lang.startswith("en")
    inside = Intervals((d.start, d.end) for d in dates)
    found: dict[int, list[tuple[int, int]]] = {}
    for match in _month_word_re(lang).finditer(text):
        if english and match.group(1) in EN_VERBS:
            continue  # "SARS-CoV-2 may play a role": a verb
        month = names.get(match.group(1).lower())
        if month is not None and not inside.overlaps(match.start(), match.start() + 1):
            found.setdefault(month, []).append(match.span())
    return found


def _month_adjectives(text: str, lang: str) -> frozenset[tuple[int, int | None]]:
    """The months ``text`` names by their adjective, each with the year of the adjective's own
    phrase: «в июльском выпуске журнала … за 1997 год» is July 1997, «майский доклад» May with
    no year. The year is the first number after the adjective, a few words on in its sentence,
    said as its noun's year («2018 года», «за 1997 год», «2019 г.»): "the May 2019 report" as
    «В майском докладе 2018 года … цели на 2019 год» is May 2018, not the source's date with
    its year said elsewhere (t64/hJ F7, which any year of the unit had let pass)."""
    adjectives = _MONTH_ADJECTIVES.get(lang.split("_")[0])
    if adjectives is None:
        return frozenset()
    found: set[tuple[int, int | None]] = set()
    for match in adjectives.finditer(text):
        year = _ADJECTIVE_YEAR.match(text, match.end())
        found.add((_RU_MONTH_STEMS.index(match.group(1).lower()) + 1,
                   int(year.group(1) or year.group(2) or year.group(3)) if year else None))
    return frozenset(found)


#: The months Russian names by their adjective: "the July 1997 edition" is «в июльском выпуске
#: … за 1997 год» (Debian's releases, t63/h6: the date had been "missing"), «мартовская сессия»
_RU_MONTH_STEMS = ("январск", "февральск", "мартовск", "апрельск", "майск", "июньск", "июльск",
                   "августовск", "сентябрьск", "октябрьск", "ноябрьск", "декабрьск")
_MONTH_ADJECTIVES = {
    "ru": re.compile(r"(?<![а-яё])(" + "|".join(_RU_MONTH_STEMS) + r")(?:ий|ая|ое|ие|ого|ому|ом"
                     r"|ой|ую|их|им|ими|ей)(?![а-яё])", re.IGNORECASE),
}
#: The year of a month adjective's phrase: up to six words without a digit or a sentence's end
#: (its noun, «журнала <q>Linux Journal</q>»), then a year said as a noun's: «2018 года», «за
#: 1997 год», «2019 г.», with its ordinal ending («2019-го года»), or in brackets after the noun
#: («Майский доклад (2019 г.)», «(2019)»; t65/hF finding 9: both had been "missing").
#: «на 2019 год» (a target's year), «в 2019 году» (the verb's time) or a first number that is
#: no year («2 доклада») leave the phrase without one.
_ADJECTIVE_YEAR = re.compile(r"(?:\s+[^\s\d.;!?]+){0,6}?\s+(?:\((\d{4})(?:\s*(?:г\.?|год)"
                             r"(?![а-яё]))?\)|(\d{4})(?:-?го)?\s*(?:г\.|года(?![а-яё]))"
                             r"|(?<=за\s)(\d{4})(?:-?й)?\s*(?:г\.|год(?![а-яё])))", re.IGNORECASE)


#: a run of Latin-script text just before a date: a citation kept in its own language
#: The name "9/11" as the six languages write it (XNLI's translations: «antes del 11/9»,
#: «Después del 11S», «بعد 11/9», «在911之前», «9·11»); the source's "9/11" is read as 11
#: September (``datefind._NAMED_DATES``), which none of these forms is
_NINE_ELEVEN = re.compile(r"(?<![0-9A-Za-z/.])(?:9\s*[/·・.．]\s*11|11\s*/\s*9|911|11-?S)"
                          r"(?![0-9A-Za-z/]|\.\d)")  # (Chinese letters around it: «在911之前»)
#: An English ordinal's letters after its digits ("14th")
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")
_LATIN_BEFORE = re.compile(r"[A-Za-z][A-Za-z.'’\s-]*[,\s]*$")


@check("TP203", "date-style", Severity.WARNING, "dates")
def date_style(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A date is right but not written in the language's UN house style."""
    source, target, year = _pair(ctx, unit)
    if not source or not target:
        return ()  # no pair of dates to compare
    return _date_style(ctx, unit, source, target, year)


def _date_style(ctx: CheckContext, unit: Unit, source: Dates, target: Dates,
                year: int | None) -> Iterator[Finding]:
    _, _, pairs = _match(source, target, year)
    reported: set[int] = set()
    for mention, found in pairs:
        if found.house_style or found.start in reported:
            continue
        if (unit.lang.split("_")[0] in ("ar", "ru", "zh") and found.text == mention.text
                and _LATIN_BEFORE.search(unit.target[max(0, found.start - 40):found.start])):
            # «"Iran manufactures ...", Fars News Agency, 3 March 2015»: a reference quoted in
            # the language it was published in, not a date the translator wrote
            continue
        copied = found.text.translate(_DIGITS)
        if copied == mention.text.translate(_DIGITS) and year_first(copied):
            # the source's own ISO date kept as it writes it (a timeline's "2002-10-22
            # Debian Desktop subproject launched"): no style the translator chose; read the
            # same in every language, unlike a day and month in digits (t64/hN N)
            continue
        expected = _render(ctx, unit.lang, found.key(year)) or ""
        if found.text == expected:
            # written exactly as the house style writes it: a workspace's own style
            # (``[style.<lang>]``, which its build writes) where the UN's rules say otherwise
            continue
        if found.text.isupper() and _ORDINAL.sub("", mention.text).isupper() and all(
                m.house_style for m in dates_in(found.text.lower(), unit.lang)):
            continue  # «14 DE ENERO» for "JANUARY 14th": capitals, as the source's

        reported.add(found.start)
        yield finding("TP203", unit, f"date «{found.text}» is not in house style",
                      expected=expected, span=(found.start, found.end))
