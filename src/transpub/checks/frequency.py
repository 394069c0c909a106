"""A count of times said with a frequency's word: «trois fois par jour», «три раза в сутки», «в
сутки три раза», «трижды в день», «每天服药三次», «一天服药三次», «ثلاث مرات يوميا». Such a
translation of "every 24 hours" is another frequency, an error, never an idiom for the number
or the number given in days (TP301; t66/hH 4: 00aafb6 knew the count before the word only, so
Russian's and Chinese's orders hid the frequency changed)."""

from __future__ import annotations

import re
from functools import lru_cache

from transpub.hanfold import simplified

_I = re.IGNORECASE
#: a count of times above one ("once a day" is "every 24 hours"; «раз в сутки» is once)
_COUNT = {
    "ar": re.compile(r"مرات|مرتين|مرتان"),
    "fr": re.compile(r"(?<!\w)(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze"
                     r"|plusieurs|quelques)\s+(?:fois|reprises)(?!\w)", _I),
    "es": re.compile(r"(?<!\w)(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce"
                     r"|varias)\s+veces(?!\w)", _I),
    "ru": re.compile(r"(?<![а-яё])(?:\d+|дв[ае]|три|четыре|пять|шесть|семь|восемь|девять"
                     r"|десять|двенадцать|несколько)\s+раза?(?![а-яё])"
                     r"|(?<![а-яё])(?:два|три|четыре|пяти|шести|много)жды(?![а-яё])", _I),
    "zh": re.compile(r"[两二三四五六七八九十几多\d]\s*(?:次|回|遍)"),
}
#: a frequency's word: per day, week, month, year or hour
_PER = {
    "ar": re.compile(r"يومي|أسبوعي|شهري|سنوي|(?:في|كل)\s+(?:ال)?(?:يوم|أسبوع|شهر|سنة|عام|ساعة)"),
    "fr": re.compile(r"(?:par|chaque|tous\s+les|toutes\s+les)\s+(?:jour|semaine|mois|an|année"
                     r"|heure)|quotidien|hebdomadaire|mensuel|annuel", _I),
    "es": re.compile(r"(?<!\w)(?:al|por|cada|a\s+la|todos\s+los)\s+(?:d[íi]a|semana|mes|año"
                     r"|hora)|diari[ao]|semanal|mensual|anual", _I),
    "ru": re.compile(r"(?<![а-яё])в\s+(?:день|сутки|неделю|месяц|год|час)(?![а-яё])"
                     r"|ежедневн|ежесуточн|еженедельн|ежемесячн|ежегодн|(?<![а-яё])кажд", _I),
    "zh": re.compile(r"每(?:一)?(?:天|日|周|星期|个?月|年|个?小时)"
                     r"|一(?:天|日|周|星期|个月|年|个?小时)|天天"),
}
#: how far the count may stand from the word, either side: characters (the count's own
#: words beside), within one clause
_BEFORE = 16
_AFTER = 24
_ZH_AFTER = 8
_CLAUSE = re.compile(r"[,;:.!?()،؛，；：。！？]")


def times_beside(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a count of times stands before or after the frequency word ``text[start:end]``,
    in its clause («trois fois par jour», «в сутки три раза», «每天服药三次»)."""
    base = lang.split("_")[0]
    count = _COUNT.get(base)
    if count is None:
        return False
    left = max(0, start - _BEFORE)
    for mark in _CLAUSE.finditer(text, left, start):
        left = mark.end()
    right = min(len(text), end + (_ZH_AFTER if base == "zh" else _AFTER))
    if (mark_after := _CLAUSE.search(text, end, right)) is not None:
        right = mark_after.start()
    return count.search(text[left:right]) is not None


@lru_cache(maxsize=64)
def counted_frequency(target: str, lang: str) -> bool:
    """Whether the translation says a frequency with a count of times (once per translation:
    asked for each of its missing numbers)."""
    base = lang.split("_")[0]
    per = _PER.get(base)
    if per is None:
        return False
    text = simplified(target) if base == "zh" else target
    return any(times_beside(text, m.start(), m.end(), base) for m in per.finditer(text))


#: the source's number is a frequency's: "every 24 hours", "each 12 months"
_EVERY = re.compile(r"\b(?:every|each)\s+$", _I)


def is_frequency(source: str, start: int) -> bool:
    return _EVERY.search(source, max(0, start - 8), start) is not None
