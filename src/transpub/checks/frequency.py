"""A count of times said with a frequency's word: «trois fois par jour», «три раза в сутки», «в
сутки три раза», «трижды в день», «每天服药三次», «一天服药三次», «ثلاث مرات يوميا». Such a
translation of "every 24 hours" is another frequency, an error, never an idiom for the number
or the number given in days (TP301; t66/hH 4: 00aafb6 knew the count before the word only, so
Russian's and Chinese's orders hid the frequency changed)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transpub.hanfold import simplified
from transpub.numwords import folded_text, number_runs
from transpub.sentalign import sentence_of

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
    return _count_beside(text, start, end, lang.split("_")[0]) is not None


@dataclass(frozen=True)
class Counted:
    """A frequency said as a count of times (``counted_at``): its text, its place, and its
    rate per day (None when its count or its period is not read: «plusieurs fois par jour»)."""

    text: str
    start: int
    end: int
    rate: float | None


def counted_frequencies(text: str, lang: str) -> tuple[Counted, ...]:
    """Each frequency ``text`` says with a count of times, in order, with its rate per day."""
    return _counted(text, lang.split("_")[0])


@lru_cache(maxsize=64)
def _counted(target: str, base: str) -> tuple[Counted, ...]:
    per = _PER.get(base)
    if per is None:
        return ()
    text = simplified(target) if base == "zh" else target
    found: list[Counted] = []
    for m in per.finditer(text):
        span = _count_beside(text, m.start(), m.end(), base)
        if span is None:
            continue
        first, count = _whole_count(text, span, base)
        low, high = min(first, m.start()), max(span[1], m.end())
        days = _period_days(m.group(0), base)
        rate = count / days if count is not None and days is not None else None
        found.append(Counted(target[low:high], low, high, rate))
    return tuple(found)


def _count_beside(text: str, start: int, end: int, base: str) -> tuple[int, int] | None:
    count = _COUNT.get(base)
    if count is None:
        return None
    left = max(0, start - _BEFORE)
    for mark in _CLAUSE.finditer(text, left, start):
        left = mark.end()
    right = min(len(text), end + (_ZH_AFTER if base == "zh" else _AFTER))
    if (mark_after := _CLAUSE.search(text, end, right)) is not None:
        right = mark_after.start()
    found = count.search(text, left, right)
    if found is None:
        return None
    if base == "ar":  # «ثلاث مرات»: the count is the word before «مرات»
        before = _AR_BEFORE.search(text, max(0, found.start() - 12), found.start())
        if before is not None:
            return before.start(), found.end()
    return found.span()


#: a count's value: its digits or its word (the words ``_COUNT`` knows; "plusieurs",
#: «несколько», «几» have none)
_VALUES = {
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "douze": 12},
    "es": {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
           "nueve": 9, "diez": 10, "doce": 12},
    "ru": {"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
           "восемь": 8, "девять": 9, "десять": 10, "двенадцать": 12, "дважды": 2, "трижды": 3,
           "четырежды": 4, "пятижды": 5, "шестижды": 6},
    "zh": {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
           "十": 10},
    "ar": {"مرتين": 2, "مرتان": 2, "ثلاث": 3, "أربع": 4, "خمس": 5, "ست": 6, "سبع": 7,
           "ثماني": 8, "تسع": 9, "عشر": 10},
}
_AR_BEFORE = re.compile(r"(?:ثلاث|أربع|خمس|ست|سبع|ثماني|تسع|عشر|\d+)\s*$")
_DIGITS = re.compile(r"\d+")


#: how far before its last word a count said in words may begin («quatre-vingt-dix-neuf»,
#: «двадцать четыре»); a window, so a long unit is not read whole for each count
_RUN_REACH = 60
_DIGITS_BEFORE = re.compile(r"\d+$")


def _whole_count(text: str, span: tuple[int, int], base: str) -> tuple[int, float | None]:
    """Where the count at ``span`` begins and its value, read as a whole number: ``_COUNT``
    matches a count's last word or digit, so «vingt-quatre fois» is 24, not 4, «двадцать два
    раза» 22, «二十四次» 24 and «12次» 12 (t67/hD 2: the last word had made a wrong rate "the
    same frequency")."""
    start, end = span
    said = text[start:end]
    if (digits := _DIGITS.search(said)) is not None:
        before = _DIGITS_BEFORE.search(text, max(0, start - 12), start + digits.start())
        if before is not None:
            return before.start(), int(text[before.start():start + digits.end()])
        return start, int(digits.group(0))
    value: float | None = _count_value(said, base)
    if value is None:
        return start, None
    left = max(0, start - _RUN_REACH)
    if left and not text[left - 1].isspace():
        # (a window opening inside a word would read its tail: "dix-sept" as «sept»)
        space = re.compile(r"\s").search(text, left, start)
        left = space.end() if space is not None else start
    window = text[left:end]
    folded = folded_text(window, base)
    if len(folded) != len(window):
        return start, value  # (a decomposed accent composed: offsets not kept)
    for run_start, run_end, run_value in number_runs(folded, base):
        if run_start <= start - left < run_end and run_value > value:
            return left + run_start, run_value
    return start, value


def _count_value(said: str, base: str) -> int | None:
    if (digits := _DIGITS.search(said)) is not None:
        return int(digits.group(0))
    values = _VALUES.get(base, {})
    lowered = said.lower()
    return next((value for word, value in sorted(values.items(), key=lambda kv: -len(kv[0]))
                 if word in lowered), None)


#: a period's length in days, by the words of ``_PER`` (a month a twelfth of a year)
_PERIODS = (
    (re.compile(r"heure|hora|час|小时|ساعة", _I), 1 / 24),
    (re.compile(r"semaine|hebdo|semana|semanal|недел|周|星期|أسبوع", _I), 7.0),
    (re.compile(r"mois|mensuel|mes|mensual|месяц|月|شهر", _I), 365.25 / 12),
    (re.compile(r"an|année|annuel|año|anual|год|年|سنة|عام|سنوي", _I), 365.25),
    (re.compile(r"jour|quotidien|d[íi]a|diari|день|сутки|ежедневн|ежесуточн|天|日|يوم", _I), 1.0),
)


def _period_days(word: str, base: str) -> float | None:
    # (the hour's and the week's words first: «ежедневн» has no «недел», «semanal» no «an»)
    del base
    for pattern, days in _PERIODS:
        if pattern.search(word):
            return days
    return None


#: the source's own counts of times ("twice a week", "three times a year", "2 times per
#: day", "twice daily"): translated, they are no restatement of another number's frequency
_EN_COUNTED = re.compile(
    r"\b(?P<count>once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten"
    r"|twelve|several|a\s+few|many)\s+times)\s+(?:(?:a|an|per|each|every)\s+)?"
    r"(?P<per>day|daily|week|weekly|month|monthly|year|yearly|annually|hour|hourly)\b", _I)
_EN_VALUES = {"once": 1, "twice": 2, "thrice": 3, "two": 2, "three": 3, "four": 4, "five": 5,
              "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12}
_EN_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 365.25 / 12, "year": 365.25}
_EN_PERIOD = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month",
              "yearly": "year", "annually": "year"}


def _source_rates(source: str, left: int, right: int) -> list[float | None]:
    rates: list[float | None] = []
    for m in _EN_COUNTED.finditer(source, left, right):
        count = m.group("count").lower().split()[0]
        value = int(count) if count.isdigit() else _EN_VALUES.get(count)
        period = m.group("per").lower()
        days = _EN_DAYS[_EN_PERIOD.get(period, period)]
        if value != 1:  # ("once a day" is "every 24 hours", not a count the translation has)
            rates.append(value / days if value is not None else None)
    return rates


#: the source's number is a frequency's: "every 24 hours", "each 12 months"
_EVERY = re.compile(r"\b(?:every|each)\s+$", _I)
#: its period, after the number: "every 12 hours", "every 6 months"
_EVERY_PERIOD = re.compile(r"\s*(hour|day|week|month|year)s?\b", _I)


def is_frequency(source: str, start: int) -> bool:
    return _EVERY.search(source, max(0, start - 8), start) is not None


def every_rate(source: str, end: int, value: float) -> float | None:
    """The rate per day of the source's "every ``value`` hours" whose number ends at ``end``."""
    period = _EVERY_PERIOD.match(source, end)
    if period is None or value <= 0:
        return None
    return 1 / (value * _EN_DAYS[period.group(1).lower()])


def _same_rate(one: float | None, other: float | None) -> bool:
    return one is not None and other is not None and abs(one - other) <= 0.01 * max(one, other)


def counted_at(source: str, source_lang: str, start: int, end: int, values: frozenset[float],
               target: str, lang: str) -> Counted | None:
    """The count of times the translation says the source's "every N hours" (the number at
    ``start:end``) with, at its place: the translation's counted frequencies in the sentences
    that may be the number's (``sentalign.sentence_of``), but for those that say the source's
    own counts of that sentence ("twice a week" → «deux fois par semaine», matched by their
    rates, else one for one). None when none is left: the source's other counts translated
    faithfully are no restatement of this number (t66/hI 3: any «N fois par …» anywhere had
    made "every 24 hours" → «quotidiennement» an error). The one left that says the same rate
    ("every 12 hours" → «deux fois par jour») comes first."""
    where = sentence_of(source, source_lang, start, target, lang)
    (s_low, s_high), (t_low, t_high) = where or ((0, len(source)), (0, len(target)))
    counted = [c for c in counted_frequencies(target, lang) if t_low <= c.start < t_high]
    if not counted:
        return None
    own = _source_rates(source, s_low, s_high)
    for rate in [r for r in own if r is not None]:
        match = next((c for c in counted if _same_rate(c.rate, rate)), None)
        if match is not None:
            counted.remove(match)
            own.remove(rate)
    del counted[:len(own)]  # (those whose rates were not read: one for one)
    if not counted:
        return None
    rates = {every_rate(source, end, value) for value in values}
    return next((c for c in counted if any(_same_rate(c.rate, r) for r in rates)), counted[0])


def same_frequency(counted: Counted, source: str, end: int, values: frozenset[float]) -> bool:
    """Whether the count says the source's "every N hours" rate ("every 12 hours" is twice a
    day, "every 6 months" twice a year)."""
    return any(_same_rate(counted.rate, every_rate(source, end, value)) for value in values)
