"""A month or a weekday named on its own stays the same (TP204): "in March" is not «en avril»,
"on Tuesday" not «jeudi». The date checks compare dates with a day or a year ("5 March",
"March 2021"); a month or a weekday alone was compared by nothing.

Only a translation that names another month (weekday) than the source's, and not the
source's own, is reported: a translation may say "this month" or leave the day out where the
text around says it, and some names are also words («среда», environment; «مارس», practised).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Iterable

from babel import Locale

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.datefind import dates_in
from transpub.intervals import Intervals
from transpub.memo import memo
from transpub.sentalign import same_sentence

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: an English month or weekday, capitalised ("march" and "may" are verbs); a weekday's
#: plural too ("on Fridays")
_EN_RE = re.compile(r"\b(?:(" + "|".join(_EN_MONTHS) + r")|(" + "|".join(_EN_DAYS)
                    + r")s?)\b")
#: what an English source's month or weekday holds: literal strings, a test in C first
_EN_ANY = re.compile("uary|March|April|May|June|July|August|tember|October|vember|cember|nday"
                     "|sday|rday|iday")
#: "Theresa May": a name, not the month ("In May", "Since May" are the month)
_NAME_BEFORE_RE = re.compile(
    r"\b(?!(?:In|On|By|Since|Until|From|Last|Next|Early|Late|Mid|Through|During|Before|After"
    r"|Between|And|Or|Of|To|For|Each|Every|This|That|Also|Then|Since|Till|Until|Around)\s)"
    r"[A-Z][a-z]+\s$")

#: A Chinese month ("3月", "十二月") and weekday ("星期二", "周二", "礼拜二"): not "3个月"
#: (three months), "每周一次" (once a week), "周五天" (five days a week)
_ZH_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
                "十": 10, "十一": 11, "十二": 12}
_ZH_MONTH_RE = re.compile(r"(?<![\d０-９一二三四五六七八九十〇零两几])"
                          r"(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月")
_ZH_DAY_RE = re.compile(r"(?:星期|礼拜|(?<![一二两三几每数])周)([一二三四五六日天])(?![次个天])")
_ZH_DAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


@memo()
def _source_names(text: str, lang: str) -> tuple[tuple[tuple[int, str], ...],
                                                 tuple[tuple[int, str], ...]]:
    """The months and weekdays an English source names on their own (not in a date the date
    checks compare), as (number, text): once for its five translations."""
    if lang.split("_")[0] != "en" or not _EN_ANY.search(text):
        return (), ()
    months: list[tuple[int, str]] = []
    days: list[tuple[int, str]] = []
    dated = _spans(text, lang)
    for match in _EN_RE.finditer(text):
        if _inside(match.start(), dated):
            continue
        if match.group(1):
            if match.group(1) == "May" and _NAME_BEFORE_RE.search(text, 0, match.start()):
                continue
            months.append((_EN_MONTHS.index(match.group(1)) + 1, match.group(1)))
        else:
            days.append((_EN_DAYS.index(match.group(2)), match.group(2)))
    return tuple(months), tuple(days)


def weekdays_at(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Each weekday ``text`` names outside its dates, as (start, weekday: 0 Monday … 6 Sunday),
    in order: English's capitalised names ("published Saturday", "on Fridays"), the other
    languages' as their translations are read (``_target_names``). For TP202: a translation
    may give the date such a weekday is ("published Saturday" → «publié le 29 septembre»)."""
    base = lang.split("_")[0]
    dated = _spans(text, lang)
    if base == "en":
        found = [(m.start(), _EN_DAYS.index(m.group(2))) for m in _EN_RE.finditer(text)
                 if m.group(2)]
    elif base == "zh":
        found = [(m.start(), _ZH_DAYS[m.group(1)]) for m in _ZH_DAY_RE.finditer(text)]
    elif (patterns := _patterns(lang)) is not None:
        found = [(m.start(1), patterns[3][m.group(1)]) for m in patterns[2].finditer(text)]
    else:
        found = []
    return tuple((start, day) for start, day in found if not _inside(start, dated))


def _spans(text: str, lang: str) -> Intervals:
    return Intervals((m.start, m.end) for m in dates_in(text, lang))


def _inside(at: int, spans: Intervals) -> bool:
    # (in logarithmic time: a unit of thousands of dates and months stays linear)
    return spans.overlaps(at, at + 1)


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str], dict[str, int],
                                  re.Pattern[str], dict[str, int]] | None:
    """A language's months and weekdays as running text writes them (babel's wide names, and
    the cases Russian declines them in), with each name's number; None for a language whose
    names babel lacks."""
    base = lang.split("_")[0].split("-")[0]
    try:
        locale = Locale.parse(base)
    except (ValueError, TypeError):
        return None
    months: dict[str, int] = {}
    days: dict[str, int] = {}
    locales = [locale] + ([Locale.parse("ar_SY")] if base == "ar" else [])
    for each in locales:
        for context in ("format", "stand-alone"):
            months.update({n.lower(): k for k, n in each.months[context]["wide"].items()})
            days.update({n.lower(): k for k, n in each.days[context]["wide"].items()})
    if base == "ru":
        for name, number in list(months.items()):
            if name.endswith(("ь", "й")):  # в декабре, к маю, декабрём
                months.update({name[:-1] + e: number for e in ("е", "ю", "ем", "ём")})
            elif name.endswith("т"):  # в марте, к августу, мартом
                months.update({name + e: number for e in ("е", "у", "ом")})
        # the other cases of the days ("в пятницу", "с понедельника"); Wednesday only as "в
        # среду" («среда» is also the environment)
        for name, number in list(days.items()):
            if name.endswith("а"):  # пятница: в пятницу, до пятницы, по пятницам
                days.update({name[:-1] + e: number for e in ("у", "ы", "е", "ам")})
            elif name.endswith("е"):  # воскресенье: до воскресенья, по воскресеньям
                days.update({name[:-1] + e: number for e in ("я", "ям")})
            else:  # вторник: до вторника, по вторникам
                days.update({name + e: number for e in ("а", "у", "ом", "е", "ам")})
        days = {n: k for n, k in days.items() if not n.startswith("сред")}
        days.update({"в среду": 2, "В среду": 2})  # (and at a sentence's start)
        # a day said by its adjective («в воскресном сообщении», Sunday's statement: a
        # translation of "on Saturday" WMT 2022's Russian reference wrote), at a sentence's
        # start too («Субботний рынок»)
        days.update({form: number for stem, number in _RU_DAY_ADJECTIVES
                     for ending in _RU_ADJECTIVE_ENDINGS
                     for form in (stem + ending, (stem + ending).capitalize())})
    if base in ("fr", "es"):  # les mardis, los sábados
        days.update({n + "s": k for n, k in list(days.items()) if not n.endswith("s")})
    if base == "ar":
        months.update({"يونيه": 6, "يوليه": 7})
        months.pop("مارس", None)  # also "practised": only «آذار» or «آذار/مارس» is March
        days.pop("الاثنين", None)  # also "the two": only «يوم الاثنين» is Monday
        days.update({"يوم الاثنين": 0, "يوم الإثنين": 0})
    if base == "zh":
        return None  # (patterns of their own: _ZH_MONTH_RE, _ZH_DAY_RE)
    return _alternation(months, base), months, _alternation(days, base), days


#: The Russian weekdays' adjectives' stems (Wednesday's «средний» is also "middle") and
#: their endings
_RU_DAY_ADJECTIVES = (("понедельничн", 0), ("вторничн", 1), ("четвергов", 3), ("пятничн", 4),
                      ("субботн", 5), ("воскресн", 6))
_RU_ADJECTIVE_ENDINGS = ("ий", "ый", "его", "ему", "ем", "ом", "ая", "яя", "ую", "юю", "ой",
                         "ей", "ее", "ое", "ие", "ые", "их", "ых", "им", "ым", "ими", "ыми")


def _alternation(names: dict[str, int], base: str) -> re.Pattern[str]:
    words = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    if base == "ar":
        # a name with its clitic ("وديسمبر", "بالخميس")
        return re.compile(r"(?<![\w])(?:[وفبكل])?(" + words + r")(?![\w])")
    return re.compile(r"(?<![\w])(" + words + r")(?![\w])")


def _target_names(text: str, lang: str) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """The months and weekdays a translation names outside its dates: number -> each text
    naming it, in order (a name said twice is counted twice)."""
    months: dict[int, list[str]] = {}
    days: dict[int, list[str]] = {}
    dated = _spans(text, lang)
    if lang.split("_")[0] == "zh":
        for match in _ZH_MONTH_RE.finditer(text):
            if not _inside(match.start(), dated):
                number = match.group(1)
                months.setdefault(int(number) if number.isdigit() else _ZH_NUMERALS[number],
                                  []).append(match.group(0))
        for match in _ZH_DAY_RE.finditer(text):
            days.setdefault(_ZH_DAYS[match.group(1)], []).append(match.group(0))
        return months, days
    patterns = _patterns(lang)
    if patterns is None:
        return months, days
    month_re, month_of, day_re, day_of = patterns
    # (as written: months and days are lower case in French, Spanish and Russian running
    # text, and "Santo Domingo" or the planet "Mars" are not the day and the month)
    for match in month_re.finditer(text):
        if not _inside(match.start(), dated):
            months.setdefault(month_of[match.group(1)], []).append(
                text[match.start(1):match.end(1)])
    for match in day_re.finditer(text):
        days.setdefault(day_of[match.group(1)], []).append(text[match.start(1):match.end(1)])
    return months, days


@check("TP204", "month-or-weekday-changed", Severity.WARNING, "monthdays")
def month_or_weekday_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A month or weekday the source names on its own became another in the translation
    ("in March" → «en avril», "on Tuesday" → «jeudi»); a translation naming none is left
    alone."""
    months, days = _source_names[unit.source, ctx.source_lang]
    if not months and not days:
        return ()
    have_months, have_days = _target_names(unit.target, unit.lang)
    # (a month of the dates on either side counts as said: "the May/June 2020 series" is
    # «2020年5月/6月的系列», the date and the month the other way round)
    dated = ({m.month for m in dates_in(unit.source, ctx.source_lang)},
             {m.month for m in dates_in(unit.target, unit.lang)}) if months else (set(), set())
    found: list[Finding] = []
    for wanted, have, kind, (in_source, in_target) in (
            (months, have_months, "month", dated), (days, have_days, "weekday", (set(), set()))):
        numbers = {number for number, _ in wanted} | in_source
        other = [(number, texts[0]) for number, texts in sorted(have.items())
                 if number not in numbers]
        if not other:
            continue
        # (counted, not a set: "Sunday … Sunday's opener" → «samedi … dimanche», one of two
        # changed, had hidden behind the other; a name said fewer times with no name the
        # source does not say in its place is still left alone)
        times = Counter(number for number, _ in wanted)
        for number, text in dict(wanted).items():
            if len(have.get(number, ())) >= times[number] or number in in_target:
                continue
            # (in a unit of several sentences, only one of the same sentence took its place)
            pick = next((o for o in other if same_sentence(
                unit.source, ctx.source_lang, text, unit.target, unit.lang, o[1])), None)
            if pick is None:
                continue
            message = f"the {kind} «{text}» became «{pick[1]}»"
            real = _real_weekdays(unit.source, ctx.source_lang) if kind == "weekday" else {}
            if pick[0] in real and number not in real:
                # "Tuesday, 8 April 2015" → «الأربعاء 8 نيسان/أبريل 2015»: the translator
                # put right the source's weekday (8 April 2015 was a Wednesday)
                found.append(finding(
                    "TP204", unit, f"{message}: {real[pick[0]]} is a "
                    f"{_EN_DAYS[pick[0]]}, the source's weekday is wrong",
                    expected=text, severity=Severity.INFO))
            else:
                found.append(finding("TP204", unit, message, expected=text))
    return found


def _real_weekdays(text: str, lang: str) -> dict[int, str]:
    """The weekdays of the source's dates with a day and a year: weekday -> the date."""
    real: dict[int, str] = {}
    for mention in dates_in(text, lang):
        if mention.year is not None and mention.day is not None \
                and mention.calendar == "gregorian":
            with contextlib.suppress(ValueError):
                day = dt.date(mention.year, mention.month, mention.day)
                real.setdefault(day.weekday(), mention.text)
    return real
