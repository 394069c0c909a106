"""Clock times a translation says in words: "at 10 a.m." is «في الساعة العاشرة صباحا», «à dix
heures», «a las diez de la mañana», «в десять часов утра», «上午十点».

Read by TP301 (checks/numbers.py) only to accept a source's time that the translation has no
digits for, as the minutes of the day ``_times`` gives a time written with digits: the hour
said by a run of number words (``numwords.number_runs``) at its language's hour word, the
minutes by a half or a quarter word or another run, and a.m. or p.m. by a word for the part of
the day («صباحا», «du soir», «de la tarde», «утра», «下午»); without one a 12-hour time may be
either. A wrong hour in words («الحادية عشرة» for 10 a.m.) accepts nothing, so the missing
time is still reported. Since session 66 (t66/hB classes B and E) also a Russian hour and its
minutes without «часов» after «в», «к», «до», «с», «после» («в семь тридцать»), an Arabic
ordinal hour without «الساعة» where a part of the day, a half or a quarter follows it («في
الثامنة مساءً»), a Spanish half or quarter without «horas» («a las siete y media»), and a time
told from the next hour: «в половине четвёртого» (3.30), «без четверти девять», «без
пятнадцати семь», «差一刻九点», «九点差一刻» (the hour less the minutes; its hour no time alone).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from transpub.numwords import number_runs
from transpub.terms import _ARABIC_MARKS, fold


@dataclass(frozen=True)
class _Grammar:
    before: re.Pattern[str] | None
    """What stands right before the hour's words (Arabic «الساعة», Spanish «a las»)."""
    after: re.Pattern[str] | None
    """What stands right after them (the hour word: «heures», «часов», «点»), matched at the
    run's end; its named groups ``m`` (minutes in words), ``half``, ``quarter``, ``less``."""
    am: re.Pattern[str]
    pm: re.Pattern[str]
    window: int
    """How far after (and, for Chinese, before) the hour a part of the day is looked for."""
    gate: re.Pattern[str]
    """What every spoken time of the language holds (``hour_words``)."""


_S = r"[\s\u00a0\u202f]*"
_GRAMMARS: dict[str, _Grammar] = {
    "ar": _Grammar(
        re.compile(r"(?<!\w)[وف]?(?:في\s+)?[بل]?(?:ال)?ساعة" + _S + "$"),
        re.compile(_S + r"(?:(?P<half>و?(?:ال)?نصف)|(?P<quarter>و?(?:ال)?ربع)"
                   r"|(?P<less>الا" + _S + r"(?:ال)?ربع[اً]?))?"),
        re.compile(r"صباح|فجر"), re.compile(r"مساء|ظهر|ليل|عصر"), 30,
        re.compile(r"ساع[ةه]|صباح|فجر|مساء|ظهر|عصر|الا\s*ربع|إلا\s*ربع")),
    "fr": _Grammar(
        None,
        re.compile(_S + r"heures?(?!\w)(?:" + _S + r"(?:(?P<half>et demie)|(?P<quarter>et quart)"
                   r"|(?P<less>moins(?: le)? quart)|(?P<m>[^\W\d_][^\W\d_ -]*"
                   r"(?:[ -][^\W\d_]+)*)))?"),
        re.compile(r"du matin"), re.compile(r"de l.apr[eè]s-midi|du soir"), 24,
        re.compile(r"heure", re.IGNORECASE)),
    "es": _Grammar(
        re.compile(r"(?<!\w)(?:a|de|desde|hasta|hacia|para|entre|y)" + _S + r"las?" + _S + "$"),
        # («a las siete y media»: a half or a quarter says the time without «horas» after)
        re.compile(_S + r"(?:(?:(?P<half>y media)|(?P<quarter>y cuarto)|(?P<less>menos cuarto))"
                   r"(?!\w)|(?:y (?P<m>[^\W\d_]+(?: y [^\W\d_]+)?))?"
                   + _S + r"(?=horas|en punto|de la (?:manana|mañana|tarde|noche|madrugada)))"),
        re.compile(r"de la (?:manana|mañana|madrugada)"), re.compile(r"de la (?:tarde|noche)"),
        30, re.compile(r"\blas?\b", re.IGNORECASE)),
    "ru": _Grammar(
        None,
        # («к девяти часам вечера»: the hour word in every case; «до восьми утра», «к семи
        # вечера»: none, the part of the day right after the hour)
        re.compile(_S + r"(?:час(?:а|ов|ам|у|ами|ах)?(?!\w)(?:" + _S
                   + r"(?P<m>[^\W\d_]+(?: [^\W\d_]+)?)"
                   + _S + r"минут\w*)?|(?=(?:утра|вечера|ночи)(?!\w)))"),
        re.compile(r"утра|ночи"), re.compile(r"дня|вечера"), 24,
        re.compile(r"час|утра|вечера|ночи|половин|без\s|(?<![а-яё])[вк]\s", re.IGNORECASE)),
    "zh": _Grammar(
        None,
        re.compile(r"[点點时時](?:(?P<half>半)|(?P<quarter>一刻)|(?P<m>[零〇一二两三四五六七八九十]+)分)?"),
        re.compile(r"上午|早上|凌晨|清晨"), re.compile(r"下午|晚上|傍晚|中午"), 4,
        re.compile(r"[点點时時]")),
}


@dataclass(frozen=True, slots=True)
class SpokenTime:
    start: int
    end: int
    values: frozenset[float]
    """Minutes of the day (a 12-hour time without its part of the day: both)."""


#: how far before the hour's words what stands before them is looked for
_BEFORE = 40


@lru_cache(maxsize=64)
def spoken_times(text: str, lang: str) -> tuple[SpokenTime, ...]:
    """The clock times ``text`` says in words, in text order (offsets into ``text``); made
    once per translation (asked for each of its times missing)."""
    base = _base(lang)
    grammar = _GRAMMARS.get(base)
    if grammar is None:
        return ()
    normal = unicodedata.normalize("NFC", text)
    folded = fold(normal, base).lower()
    where = _offsets(text, normal, folded)
    out = []
    runs = number_runs(folded, base)
    minutes_at = {start: value for start, _end, value in runs}
    for start, end, hour in runs:
        if base == "ru" and (told := _ru_hour_minutes(folded, start, end)) is not None:
            out.append(_time(folded, base, start, end, end, *told, where))
            continue
        if not (0 < hour <= 24 and hour % 1 == 0):
            continue
        tail = grammar.after.match(folded, end) if grammar.after is not None else None
        if grammar.before is not None and not grammar.before.search(
                folded, max(0, start - _BEFORE), start) and not (
                base == "ar" and _ar_ordinal_hour(folded, start, tail)):
            continue
        if grammar.after is not None and (tail is None or (base != "ar" and tail.end() == end)):
            continue  # (no hour word after the words: some other number)
        minute, stop = 0.0, end
        if tail is not None:
            stop = tail.end()
            parts = tail.groupdict()
            if parts.get("half"):
                minute = 30.0
            elif parts.get("quarter"):
                minute = 15.0
            elif parts.get("less"):
                hour, minute = hour - 1, 45.0
            elif parts.get("m"):
                said = minutes_at.get(tail.start("m"))
                if said is not None and 0 < said < 60:
                    minute = said
                else:  # words after the hour that are no minutes («dix heures du matin»)
                    stop = tail.start("m")
        out.append(_time(folded, base, start, stop, end, hour, minute, where))
    told_so = _from_the_next_hour(folded, base, where)
    if told_so:  # (its hour is no time of its own: «без четверти девять» is not 9.00)
        out = [time for time in out if not any(
            other.start <= time.start < other.end for other in told_so)] + told_so
    return tuple(sorted(out, key=lambda time: time.start))


def _time(folded: str, base: str, start: int, stop: int, end: int, hour: float, minute: float,
          where: Callable[[int], int]) -> SpokenTime:
    """The time said from ``start`` to ``stop`` (the hour's words ending at ``end``), its
    half of the day read from the part of the day after it (Chinese: before it too)."""
    grammar = _GRAMMARS[base]
    part = folded[max(0, start - grammar.window) if base == "zh" else stop:
                  stop + grammar.window]
    pm = grammar.pm.search(part)
    if pm is not None and base == "ar" and 6 < hour < 12 and pm.group().startswith("ظهر"):
        # «الحادية عشرة ظهرًا»: «ظهرًا» is noon to mid-afternoon, after 7 to 11 the late
        # morning some say so, never the evening, as with the hour in digits (t66/hH 5:
        # "11 p.m." said so had passed)
        hours = {hour}
    elif pm is not None:
        hours = {hour % 12 + 12} if hour != 12 else {12.0}
    elif grammar.am.search(part):
        hours = {hour % 12}
    else:
        hours = {hour, hour + 12} if hour < 12 else {hour % 24}
    while stop > end and folded[stop - 1].isspace():
        stop -= 1
    return SpokenTime(where(start), where(stop - 1) + 1,
                      frozenset(h * 60 + minute for h in hours))


#: an Arabic part of the day, or a half or a quarter, after an ordinal hour without «الساعة»:
#: «في الثامنة مساءً», «الواحدة والنصف ظهرًا», «التاسعة إلا ربعًا»
_AR_ORDINAL_TOLD = re.compile(_S + r"(?:صباح|فجر|مساء|ظهر|ليل|عصر)")


def _ar_ordinal_hour(folded: str, start: int, tail: re.Match[str] | None) -> bool:
    """Is the Arabic run at ``start`` an ordinal hour («الثامنة») that a part of the day or a
    half, a quarter or «إلا ربعًا» after it makes a time without «الساعة»?"""
    if not folded.startswith("ال", start) or tail is None:
        return False
    return any(tail.group(name) for name in ("half", "quarter", "less")) or (
        _AR_ORDINAL_TOLD.match(folded, tail.end()) is not None)


#: Russian minutes before the hour: «без четверти девять» (8.45), «без пятнадцати семь»
_RU_LESS = re.compile(r"(?<![а-яё])без\s+(?:четверти\s+)?$")
#: Russian half of the next hour: «в половине четвёртого» (3.30)
_RU_HALF = re.compile(r"(?<![а-яё])половин[аеуы]\s+$")
#: an hour and its minutes in words after a preposition, no hour word: «в семь тридцать»
_RU_AT = re.compile(r"(?<![а-яё])(?:в|к|до|с|после)\s+$")
#: Chinese minutes before the hour: «差一刻九点» (8.45), «差五分九点», «九点差一刻»
_ZH_LESS = re.compile(r"差(?:(?P<quarter>一刻)|(?P<m>[零〇一二两三四五六七八九十]+)分钟?)")
_ZH_HOUR = r"(?P<h>[零〇一二两三四五六七八九十]+)[点點时時]"
_ZH_FROM_NEXT = re.compile(_ZH_LESS.pattern + _ZH_HOUR.replace("P<h>", "P<h1>") + "|"
                           + _ZH_HOUR + _ZH_LESS.pattern.replace("P<quarter>", "P<q2>")
                           .replace("P<m>", "P<m2>"))


def _ru_hour_minutes(folded: str, start: int, end: int) -> tuple[float, float] | None:
    """«в семь тридцать», «в двадцать три сорок пять»: the hour and its minutes said after a
    preposition without «часов» (the run split where the minutes, 10 to 59, begin)."""
    if not _RU_AT.search(folded, max(0, start - 8), start):
        return None
    cuts = [m.start() for m in re.finditer(r"\s+", folded[start:end])]
    for cut in reversed(cuts):
        hour = number_runs(folded[start:start + cut], "ru")
        minute = number_runs(folded[start + cut:end].strip(), "ru")
        if len(hour) == len(minute) == 1 and 0 < hour[0][2] <= 24 and hour[0][2] % 1 == 0 \
                and 10 <= minute[0][2] < 60 and minute[0][2] % 1 == 0:
            return hour[0][2], minute[0][2]
    return None


def _from_the_next_hour(folded: str, base: str, where: Callable[[int], int]) -> list[SpokenTime]:
    """Times told from the next hour: Russian «в половине четвёртого» (3.30), «без четверти
    девять», «без пятнадцати семь» (8.45, 6.45), Chinese «差一刻九点» (8.45)."""
    out = []
    if base == "ru" and ("половин" in folded or "без" in folded):
        for start, end, value in number_runs(folded, "ru"):
            if _RU_HALF.search(folded, max(0, start - 12), start) and 1 <= value <= 12:
                out.append(_time(folded, base, start, end, end, value - 1 or 12, 30.0, where))
                continue
            if not _RU_LESS.search(folded, max(0, start - 16), start):
                continue
            words = folded[start:end].split()
            minute = 15.0 if folded[max(0, start - 9):start].strip().endswith("четверти") \
                and len(words) == 1 else None
            hour = number_runs(words[-1], "ru")
            if minute is None and len(words) > 1:
                said = number_runs(" ".join(words[:-1]), "ru")
                minute = said[0][2] if len(said) == 1 and 0 < said[0][2] < 60 else None
            if minute is not None and len(hour) == 1 and 1 < hour[0][2] <= 12:
                out.append(_time(folded, base, start, end, end, hour[0][2] - 1, 60 - minute,
                                 where))
    elif base == "zh" and "差" in folded:
        for match in _ZH_FROM_NEXT.finditer(folded):
            hour = number_runs(match.group("h1") or match.group("h"), "zh")
            numerals = match.group("m") or match.group("m2")
            minute = 15.0 if match.group("quarter") or match.group("q2") else (
                number_runs(numerals, "zh")[0][2] if numerals else 0.0)
            if len(hour) == 1 and 1 < hour[0][2] <= 12 and 0 < minute < 60:
                out.append(_time(folded, base, match.start(), match.end(), match.end(),
                                 hour[0][2] - 1, 60 - minute, where))
    return out


def _offsets(text: str, normal: str, folded: str) -> Callable[[int], int]:
    """Maps an offset of ``folded`` to one of ``text``: ``fold`` keeps offsets but for the
    Arabic marks it removes (``normal`` being ``text`` in NFC, which may be shorter: offsets
    then clipped to the text)."""
    if len(folded) == len(text):
        return lambda at: at
    if normal == text:
        kept = [i for i, char in enumerate(text) if not _ARABIC_MARKS.match(char)]
        if len(kept) == len(folded):
            return lambda at: kept[min(at, len(kept) - 1)] if kept else 0
    return lambda at: min(at, max(0, len(text) - 1))


def hour_words(lang: str) -> re.Pattern[str] | None:
    """What every spoken time of ``lang`` holds (asked before reading the number words)."""
    grammar = _GRAMMARS.get(_base(lang))
    return grammar.gate if grammar is not None else None


def _base(lang: str) -> str:
    return lang.split("_")[0].split("-")[0]
