"""Clock times a translation says in words: "at 10 a.m." is «في الساعة العاشرة صباحا», «à dix
heures», «a las diez de la mañana», «в десять часов утра», «上午十点».

Read by TP301 (checks/numbers.py) only to accept a source's time that the translation has no
digits for, as the minutes of the day ``_times`` gives a time written with digits: the hour
said by a run of number words (``numwords.number_runs``) at its language's hour word, the
minutes by a half or a quarter word or another run, and a.m. or p.m. by a word for the part of
the day («صباحا», «du soir», «de la tarde», «утра», «下午»); without one a 12-hour time may be
either. A wrong hour in words («الحادية عشرة» for 10 a.m.) accepts nothing, so the missing
time is still reported.
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
        re.compile(r"صباح|فجر"), re.compile(r"مساء|ظهر|ليل|عصر"), 30, re.compile(r"ساع[ةه]")),
    "fr": _Grammar(
        None,
        re.compile(_S + r"heures?(?!\w)(?:" + _S + r"(?:(?P<half>et demie)|(?P<quarter>et quart)"
                   r"|(?P<less>moins(?: le)? quart)|(?P<m>[^\W\d_][^\W\d_ -]*"
                   r"(?:[ -][^\W\d_]+)*)))?"),
        re.compile(r"du matin"), re.compile(r"de l.apr[eè]s-midi|du soir"), 24,
        re.compile(r"heure", re.IGNORECASE)),
    "es": _Grammar(
        re.compile(r"(?<!\w)(?:a|de|desde|hasta|hacia|entre|y)" + _S + r"las?" + _S + "$"),
        re.compile(_S + r"(?:(?P<half>y media)|(?P<quarter>y cuarto)|(?P<less>menos cuarto)"
                   r"|y (?P<m>[^\W\d_]+(?: y [^\W\d_]+)?))?"
                   + _S + r"(?=horas|en punto|de la (?:manana|mañana|tarde|noche|madrugada))"),
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
        re.compile(r"час|утра|вечера|ночи", re.IGNORECASE)),
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
        if not (0 < hour <= 24 and hour % 1 == 0):
            continue
        if grammar.before is not None and not grammar.before.search(
                folded, max(0, start - _BEFORE), start):
            continue
        tail = grammar.after.match(folded, end) if grammar.after is not None else None
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
        part = folded[max(0, start - grammar.window) if base == "zh" else stop:
                      stop + grammar.window]
        if grammar.pm.search(part):
            hours = {hour % 12 + 12} if hour != 12 else {12.0}
        elif grammar.am.search(part):
            hours = {hour % 12}
        else:
            hours = {hour, hour + 12} if hour < 12 else {hour % 24}
        while stop > end and folded[stop - 1].isspace():
            stop -= 1
        out.append(SpokenTime(where(start), where(stop - 1) + 1,
                              frozenset(h * 60 + minute for h in hours)))
    return tuple(out)


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
