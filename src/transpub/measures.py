"""Measures a translation gives in other units (used by TP301).

News and reports written in the United States or the United Kingdom give distances in miles,
weights in pounds, rain in inches and heat in degrees Fahrenheit; their translators convert:
"30 yards out" is «a algo más de 27 metros», "85 mph" «136 km/h», "2 to 4 inches of rain"
«entre 5 y 10 centímetros», "550 pound hog" «250 kg», "80 degrees" «26 grados» (NTREX-128: the
commonest number a right translation "lost"). A source also gives a measure twice, "45 miles
(72 kilometers)", and a translation keeps one of them.

A measure of the (English) source is a number and the unit after it (or after the range it
opens: "1 to 4 inches"; "6-foot-6" is one measure, feet and inches); a quantity of the
translation is a number, in digits or words, and a metric unit word of its language after it.
A measure missing from the translation is there converted when a quantity of the same kind is
near its value in metric units: within 6 %, within 10 % where the translator wrote a round
figure ("200 miles" is «300 km», but "6-foot-6" is not «1 м 82 см»), or a small figure
rounded to a whole number either way ("1 inch" is «2 cm»), as translators round. A wrong conversion
stays an error ("385 miles" → «360 км»), told with the value the translation should have had.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import TypeVar

from transpub.numfind import NumberMention, find_numbers
from transpub.numwords import number_runs
from transpub.terms import fold

_T = TypeVar("_T")
_START = attrgetter("start")

#: kinds of measure, each with its metric base unit: metre, kilogram, km/h, square metre,
#: litre, degree Celsius
LENGTH, MASS, SPEED, AREA, VOLUME, HEAT = "m", "kg", "km/h", "m²", "l", "°C"
#: and periods said in years: "over 6 decades" is «超过 60 年», «plus de 60 ans»
YEARS = "years"

#: the source's units (English), longest first where one begins another; factors to the base
_SOURCE_UNITS: tuple[tuple[str, str, tuple[float, ...]], ...] = (
    (r"miles?\s+(?:per|an)\s+hour|mph", SPEED, (1.609344,)),
    (r"kilomet(?:er|re)s?\s+(?:per|an)\s+hour|kph|km/h|kmh", SPEED, (1.0,)),
    (r"knots?", SPEED, (1.852,)),
    (r"nautical\s+miles?", LENGTH, (1852.0,)),
    (r"square\s+miles?|sq\.?\s*mi\b", AREA, (2589988.110336,)),
    (r"square\s+(?:feet|foot)|sq\.?\s*ft\b", AREA, (0.09290304,)),
    (r"square\s+kilomet(?:er|re)s?|km2|km²", AREA, (1e6,)),
    (r"acres?", AREA, (4046.8564224,)),
    (r"hectares?", AREA, (1e4,)),
    (r"miles?", LENGTH, (1609.344,)),
    (r"yards?|yds?\b", LENGTH, (0.9144,)),
    (r"feet|foot|ft\b", LENGTH, (0.3048,)),
    (r"inch(?:es)?|(?<=\d)in\b", LENGTH, (0.0254,)),  # ("6in x 6in": glued to its number)
    (r"kilomet(?:er|re)s?|km\b", LENGTH, (1000.0,)),
    (r"centimet(?:er|re)s?|cm\b", LENGTH, (0.01,)),
    (r"millimet(?:er|re)s?|mm\b", LENGTH, (0.001,)),
    (r"met(?:er|re)s?", LENGTH, (1.0,)),
    (r"pounds?(?!\s+sterling)|lbs?\b", MASS, (0.45359237,)),
    (r"ounces?|oz\b", MASS, (0.028349523125,)),
    (r"stones?", MASS, (6.35029318,)),
    # (a ton is a tonne to translators: UN text means the metric ton, and news's short
    # tons are kept as «toneladas», «тонн»; never converted)
    (r"(?:metric\s+)?(?:tonnes?|tons?)", MASS, (1000.0,)),
    (r"kilo(?:gram(?:me)?)?s?|kg\b", MASS, (1.0,)),
    (r"gallons?", VOLUME, (3.785411784, 4.54609)),  # US, imperial
    (r"lit(?:er|re)s?", VOLUME, (1.0,)),
    (r"degrees?\s+(?:fahrenheit|f\b)|°\s*f\b|ºf\b|℉", HEAT, (-1.0,)),
    (r"degrees?\s+(?:celsius|centigrade|c\b)|°\s*c\b|ºc\b|℃", HEAT, (1.0,)),
    (r"degrees?|°", HEAT, (-1.0, 1.0)),  # (a US text's bare degrees are Fahrenheit)
    (r"below\s+zero", HEAT, (-1.0, 1.0)),  # ("10 below zero": its degrees unsaid)
    (r"decades?", YEARS, (10.0,)),
    (r"centur(?:y|ies)", YEARS, (100.0,)),
)
#: the row of "10 below zero", a temperature below zero without its degrees
_BELOW_UNIT = f"u{next(i for i, row in enumerate(_SOURCE_UNITS) if row[0].startswith('below'))}"
_METRIC = frozenset((1.0, 1000.0, 0.01, 0.001, 1e4, 1e6))
_SOURCE_UNIT_RE = re.compile(
    r"[\s\u00a0-]*(?:" + "|".join(f"(?P<u{i}>{pattern})" for i, (pattern, _, _)
                                  in enumerate(_SOURCE_UNITS)) + r")(?![^\W\d_])",
    re.IGNORECASE)
#: what may stand between a range's first number and the unit after its second
#: a plus before a range's second number: "from minus 5 to plus 5 degrees", «de moins 5 à
#: plus 5 degrés», «от минус 5 до плюс 5 градусов» (the range's unit is the first number's too:
#: its sign dropped was unread, t66/hH 6)
_PLUS = r"(?:(?:plus|плюс|زائد)[\s\u00a0]+|\+[\s\u00a0]*)?"
_RANGE_TAIL = re.compile(r"\s*(?:to|-|–|—|or|and)\s*" + _PLUS + r"\d[\d.,]*", re.IGNORECASE)
#: "6-foot-6", "5 feet 10 inches", "6 ft 2 in", "6'2\"", "6′ 2″": one measure (the primes only
#: with the inches' mark after them: "6' 2" alone may be anything)
_FEET_INCHES = re.compile(r"[\s-]*(?:feet|foot|ft)[\s,-]*(?:and\s+)?(?P<inches>\d{1,2})"
                          r"(?:[\s-]*(?:inch(?:es)?|in\b\.?|\"|″))?(?!\d)"
                          r"|['′’]\s?(?P<primed>\d{1,2})(?:\"|″|”|'')", re.IGNORECASE)
#: a US text's temperatures by their decade ("widespread 80s", "highs in the upper 80s",
#: "the mid-90s"): Fahrenheit, 80 to 89, which translators give in degrees Celsius («autour
#: de 26 degrés», «27 градусов»; NTREX-128); not a year's decade ("the '80s", "the 1980s":
#: four digits) nor an age ("in their 80s", "a man in his 90s")
_HEAT_DECADE = re.compile(r"s(?![^\W\d_])")
_NOT_HEAT_DECADE = re.compile(r"(?:['‘’]|\b(?:their|his|her|my|your|our|one's|its)\s+"
                              r"(?:(?:early|mid|late|low|high|upper)[\s-]+)?)$", re.IGNORECASE)

#: the translation's metric units, after a number (digits or words), by language; the
#: symbols every language writes first
_SYMBOLS = (
    (r"km\s*/\s*h|km/ч|kph", SPEED, 1.0), (r"km2|km²", AREA, 1e6), (r"m2|m²", AREA, 1.0),
    (r"km", LENGTH, 1000.0), (r"cm", LENGTH, 0.01), (r"mm", LENGTH, 0.001),
    (r"m", LENGTH, 1.0), (r"kg", MASS, 1.0), (r"ha", AREA, 1e4), (r"°\s*c?|º\s*c?|℃|℉", HEAT, 1.0),
)
_WORDS: dict[str, tuple[tuple[str, str, float], ...]] = {
    "fr": ((r"kilom[eè]tres?\s+(?:par|à\s+l['’])\s*heure|kilom[eè]tres?-heure", SPEED, 1.0),
           (r"kilom[eè]tres?\s+carr[ée]s", AREA, 1e6), (r"m[eè]tres?\s+carr[ée]s", AREA, 1.0),
           (r"kilom[eè]tres?", LENGTH, 1000.0), (r"centim[eè]tres?", LENGTH, 0.01),
           (r"millim[eè]tres?", LENGTH, 0.001), (r"m[eè]tres?", LENGTH, 1.0),
           (r"kilo(?:gramme)?s?", MASS, 1.0), (r"grammes?", MASS, 0.001),
           (r"tonnes?", MASS, 1000.0), (r"hectares?", AREA, 1e4), (r"litres?", VOLUME, 1.0),
           (r"degr[ée]s?", HEAT, 1.0), (r"ans|ann[ée]es", YEARS, 1.0)),
    "es": ((r"kil[óo]metros?\s+(?:por|a\s+la)\s+hora", SPEED, 1.0),
           (r"kil[óo]metros?\s+cuadrados", AREA, 1e6), (r"metros?\s+cuadrados", AREA, 1.0),
           (r"kil[óo]metros?", LENGTH, 1000.0), (r"cent[íi]metros?", LENGTH, 0.01),
           (r"mil[íi]metros?", LENGTH, 0.001), (r"metros?", LENGTH, 1.0),
           (r"kilo(?:gramo)?s?", MASS, 1.0), (r"gramos?", MASS, 0.001),
           (r"toneladas?", MASS, 1000.0), (r"hect[áa]reas?", AREA, 1e4),
           (r"litros?", VOLUME, 1.0), (r"grados?", HEAT, 1.0), (r"años", YEARS, 1.0)),
    "ru": ((r"км\s*/\s*ч|километр\w*\s+в\s+час", SPEED, 1.0),
           (r"(?:кв\.\s*|квадратн\w+\s+)(?:км|километр\w*)", AREA, 1e6),
           (r"(?:кв\.\s*|квадратн\w+\s+)(?:м|метр\w*)", AREA, 1.0),
           (r"км|километр\w*", LENGTH, 1000.0), (r"см|сантиметр\w*", LENGTH, 0.01),
           (r"мм|миллиметр\w*", LENGTH, 0.001), (r"м|метр\w*", LENGTH, 1.0),
           (r"кг|килограмм\w*|кило", MASS, 1.0), (r"грамм\w*", MASS, 0.001),
           (r"т|тонн\w*", MASS, 1000.0), (r"га|гектар\w*", AREA, 1e4),
           (r"литр\w*", VOLUME, 1.0), (r"градус\w*", HEAT, 1.0),
           (r"лет|года?", YEARS, 1.0)),
    "zh": ((r"公里\s*/\s*小时|公里每小时|千米每小时", SPEED, 1.0),
           (r"平方公里|平方千米", AREA, 1e6), (r"平方米", AREA, 1.0),
           (r"公里|千米", LENGTH, 1000.0), (r"厘米|公分", LENGTH, 0.01), (r"毫米", LENGTH, 0.001),
           (r"米", LENGTH, 1.0), (r"公斤|千克", MASS, 1.0), (r"克", MASS, 0.001),
           (r"吨", MASS, 1000.0), (r"公顷", AREA, 1e4), (r"升", VOLUME, 1.0),
           (r"摄氏度|度", HEAT, 1.0), (r"年", YEARS, 1.0)),
    "ar": ((r"كم\s*/\s*(?:ال)?ساعة|كيلومترا?(?:ت)?\s+في\s+الساعة", SPEED, 1.0),
           (r"(?:كم|كيلومتر\w*)\s*(?:مربع\w*|2|²)", AREA, 1e6),
           (r"(?:متر\w*|أمتار)\s*مربع\w*", AREA, 1.0),
           (r"كم|كيلومتر\w*", LENGTH, 1000.0), (r"سم|سنتيمتر\w*|سنتيم\w*", LENGTH, 0.01),
           (r"مم|مليمتر\w*|ملم", LENGTH, 0.001), (r"متر\w*|أمتار", LENGTH, 1.0),
           (r"كغ|كجم|كلغ|كيلوغرام\w*|كيلوجرام\w*|كيلو", MASS, 1.0),
           (r"غرام\w*|جرام\w*", MASS, 0.001), (r"طن\w*|أطنان", MASS, 1000.0),
           (r"هكتار\w*", AREA, 1e4), (r"لتر\w*", VOLUME, 1.0), (r"درج\w*", HEAT, 1.0),
           (r"عاما|عام|سنة|سنوات|أعوام", YEARS, 1.0)),
}


#: the metres of a height said with its centimetres after them («1 м 98 см», «1米98», «1 m
#: 98», «L'ailier de 1 m 98 a grandi»): a whole number of metres below three, then two
#: digits, their unit or none
_WHOLE_METRES = frozenset((1.0, 2.0))
_CENTIMETRES = re.compile(r"[\s\u00a0\u202f]*(\d{2})(?![\d.,]\d|\d)(?:[\s\u00a0\u202f]*"
                          r"(?:cm|см|厘米|公分|سم)(?![^\W\d_]))?", re.IGNORECASE)
#: a Russian measure made one word with its number, as a height or a length is said
#: («двухметровый форвард» for "the 6-foot-6 forward", «пятикилометровая пробка»): the
#: number's head, then the unit's stem
_RU_HEAD_VALUES = {"одно": 1.0, "полутора": 1.5, "дву": 2.0, "двух": 2.0, "трех": 3.0,
                   "четырех": 4.0, "пяти": 5.0, "шести": 6.0, "семи": 7.0, "восьми": 8.0,
                   "девяти": 9.0, "десяти": 10.0, "двадцати": 20.0, "тридцати": 30.0,
                   "сорока": 40.0, "пятидесяти": 50.0, "ста": 100.0}
_RU_MEASURE_WORD = re.compile(
    r"(?<![а-яё])(" + "|".join(sorted((h.replace("е", "[её]") for h in _RU_HEAD_VALUES),
                                      key=len, reverse=True))
    + r")(километр|сантиметр|миллиметр|метр|килограмм|литр)(?=ов)[а-яё]+", re.IGNORECASE)

#: an Arabic metric unit in the dual, which says the number two with it («كيلومترين», two
#: kilometres; «مترين», «كيلوغرامين», «لترين», «هكتارين»): "1.2 miles" is «كيلومترين»
#: (t66/fB), in the folded text (alef without hamza) number words are read in
_AR_DUAL = re.compile(r"(?<![^\W\d_])[وفبلك]?(?:ال|لل)?(?:(?P<km>كيلومتر)|(?P<cm>سنتيمتر)"
                      r"|(?P<mm>مليمتر)|(?P<m>متر)|(?P<kg>كيلوغرام|كيلوجرام)|(?P<g>غرام|جرام)"
                      r"|(?P<t>طن)|(?P<ha>هكتار)|(?P<l>لتر)|(?P<deg>درجت))(?:ين|ان)(?!\w)")
_AR_DUAL_UNITS = {"km": (LENGTH, 1000.0), "cm": (LENGTH, 0.01), "mm": (LENGTH, 0.001),
                  "m": (LENGTH, 1.0), "kg": (MASS, 1.0), "g": (MASS, 0.001),
                  "t": (MASS, 1000.0), "ha": (AREA, 1e4), "l": (VOLUME, 1.0),
                  "deg": (HEAT, 1.0)}

#: between a range's first number and its second, in the translation
_TARGET_RANGE = re.compile(r"[\s\u00a0\u202f]*(?:-|–|—|~|～|à|a|y|et|o|ou|до|и|至|到|إلى|و)"
                           r"[\s\u00a0\u202f]*" + _PLUS + r"\d[\d.,]*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Measure:
    """A measure of the source: where its number starts, its text, its kind, its values in
    the base unit (more than one where the unit is ambiguous: gallons, degrees), and whether
    its unit is metric (a temperature's decade, "80s", has the ten values of its degrees)."""

    start: int
    text: str
    kind: str
    values: tuple[float, ...]
    metric: bool
    decade: bool = False  # ("80s": the values are those of 80 to 89 °F)
    feet_inches: tuple[float, float] | None = None  # ("6-foot-6": 6 ft and 6 in)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number of the translation with a metric unit after it: where the number is, its
    text (number and unit), kind and value in the base unit."""

    start: int
    text: str
    kind: str
    value: float
    factor: float


#: a temperature's sign before its number: a hyphen, the minus sign (U+2212) or an en dash
#: attached to it and not after another number («-10 °C», «−10 °C», «–10 °C»; not the range
#: «5–10 °C»), or the word («minus 4», «moins 10», «menos 10», «минус 10», «零下10度», «ناقص
#: 20»); the hyphen as typographers write it too: French's non-breaking one (U+2011, keeping
#: the sign on the number's line), U+2010, the figure dash (U+2012), the small and the
#: full-width hyphen-minus (U+FE63, U+FF0D), and after a Chinese character («降至-20度», no
#: space before it) (t66/hH 6: these had read above zero)
_MINUS = re.compile(r"(?:(?:^|(?<=[\s(\[«\"“:：（\u3400-\u9fff]))"
                    r"[-−–\u2010\u2011\u2012\ufe63\uff0d]"
                    r"|(?<![^\W\d_])(?:minus|negative|moins|menos|минус|ناقص|سالب)[\s\u00a0]+"
                    r"|零下[\s\u00a0]*)$", re.IGNORECASE)
#: a cold said by a noun of the sentence, the number then unsigned: «Мороз достиг 20
#: градусов», «морозы до 30 градусов» (frost: below zero; ``numbers._signs_differ``)
COLD_NOUN = re.compile(r"(?<![а-яё])мороз(?!ильн)", re.IGNORECASE)


#: "below zero" after a temperature's unit, a sign as «minus» is (t66/fB): «10 درجات (مئوية)
#: تحت الصفر», «10 градусов ниже нуля», «10 градусов мороза», «10 degrés sous zéro», «10 °C
#: au-dessous de zéro», «10 grados bajo cero», "10 degrees below zero" (not "below normal",
#: a difference, nor "below freezing", 32 °F)
_BELOW_AFTER = re.compile(r"[\s\u00a0]*(?:(?:مئوي[ةه]?[\s\u00a0]+)?(?:تحت|دون)[\s\u00a0]+الصفر"
                          r"|ниже[\s\u00a0]+нуля|мороза|(?:sous|au-dessous[\s\u00a0]+de"
                          r"|en[\s\u00a0-]+dessous[\s\u00a0]+de)[\s\u00a0]+z[ée]ro"
                          r"|(?:bajo|por[\s\u00a0]+debajo[\s\u00a0]+de)[\s\u00a0]+cero"
                          r"|below[\s\u00a0]+zero)(?![^\W\d_])", re.IGNORECASE)
#: and before the number, in Arabic: «تحت الصفر بـ10 درجات», «ما دون الصفر بعشر درجات»
_BELOW_BEFORE = re.compile(r"(?:تحت|دون)[\s\u00a0]+الصفر[\s\u00a0]+بـ?[\s\u00a0]*$")


def _signed(text: str, start: int) -> int | None:
    """Where a minus sign or word right before the number at ``start`` of ``text`` starts,
    if one stands there (or "below zero", «تحت الصفر ب», before it)."""
    sign = _MINUS.search(text, max(0, start - 10), start) or _BELOW_BEFORE.search(
        text, max(0, start - 24), start)
    return None if sign is None else sign.start()


def _below_zero(text: str, end: int) -> int | None:
    """Where "below zero" said after a temperature's unit ending at ``end`` ends, if it is."""
    below = _BELOW_AFTER.match(text, end)
    return None if below is None else below.end()


def _base_values(number: float, factors: tuple[float, ...], kind: str) -> tuple[float, ...]:
    if kind != HEAT:
        return tuple(number * factor for factor in factors)
    out = []
    for factor in factors:
        if factor > 0:
            out.append(number)  # Celsius
        else:  # Fahrenheit: a temperature, or a difference of temperatures
            out += [(number - 32) * 5 / 9, number * 5 / 9]
    return tuple(out)


def source_measures(source: str, mentions: tuple[NumberMention, ...]) -> dict[int, Measure]:
    """The measures of an English source, by the start of each number mention they hold
    (both numbers of "6-foot-6"; each number of a range, with the range's unit)."""
    out: dict[int, Measure] = {}
    for index, mention in enumerate(mentions):
        if mention.start in out or len(mention.values) != 1:
            continue
        number = next(iter(mention.values))
        compound = _FEET_INCHES.match(source, mention.end)
        if compound is not None:
            inches = float(compound.group("inches") or compound.group("primed"))
            total = number * 0.3048 + inches * 0.0254
            measure = Measure(mention.start, source[mention.start:compound.end()], LENGTH,
                              (total,), False, feet_inches=(number, inches))
            out[mention.start] = measure
            for later in mentions[index + 1:index + 2]:
                if later.start < compound.end():
                    out[later.start] = measure
            continue
        unit = _SOURCE_UNIT_RE.match(source, mention.end)
        if unit is None:  # "1 to 4 inches": the range's unit
            tail = _RANGE_TAIL.match(source, mention.end)
            unit = _SOURCE_UNIT_RE.match(source, tail.end()) if tail is not None else None
        if unit is None:
            if (decade := _heat_decade(source, mention, number)) is not None:
                out[mention.start] = decade
            continue
        _, kind, factors = _SOURCE_UNITS[int((unit.lastgroup or "u0")[1:])]
        metric = factors == (1.0,) if kind == HEAT else all(f in _METRIC for f in factors)
        end = unit.end()
        if kind == HEAT and ((below := _below_zero(source, end)) is not None
                             or unit.lastgroup == _BELOW_UNIT
                             or _signed(source, mention.start) is not None):
            number = -number  # "-4 °F", "minus 4 degrees" (numbers are read without a sign)
            end = below or end  # ("10 degrees below zero", "10 below zero": told whole)
        out[mention.start] = Measure(mention.start, source[mention.start:end].strip(" -"),
                                     kind, _base_values(number, factors, kind), metric)
    return out


def _heat_decade(source: str, mention: NumberMention, number: float) -> Measure | None:
    """"80s" as a temperature: the ten values of its decade in °F, as °C (26.7 to 31.7)."""
    if (not 10 <= number <= 120 or number % 10 or not mention.text.isdigit()
            or not _HEAT_DECADE.match(source, mention.end)
            or _NOT_HEAT_DECADE.search(source, max(0, mention.start - 24), mention.start)):
        return None
    values = tuple((number + step - 32) * 5 / 9 for step in range(10))
    return Measure(mention.start, source[mention.start:mention.end + 1], HEAT, values, False,
                   True)


def _table(lang: str) -> tuple[tuple[str, str, float], ...]:
    """The language's units, in the order they are tried (Chinese words before the symbols:
    «米» is no "m")."""
    words = _WORDS[lang]
    return _SYMBOLS + words if lang != "zh" else words + _SYMBOLS


@lru_cache(maxsize=16)
def _unit_re(lang: str) -> re.Pattern[str] | None:
    if lang not in _WORDS:
        return None
    # (a Chinese unit follows its number without a space and ends without a boundary)
    join = r"[\s\u00a0\u202f-]*"
    return re.compile(join + "(?:" + "|".join(f"(?P<u{i}>{p})" for i, (p, _, _)
                                               in enumerate(_table(lang))) + ")"
                      + (r"" if lang == "zh" else r"(?![^\W\d_])"), re.IGNORECASE)


@lru_cache(maxsize=64)
def target_quantities(target: str, lang: str) -> tuple[Quantity, ...]:
    """The translation's numbers (digits or words) with a metric unit after them."""
    base = lang.split("_")[0].split("-")[0]
    unit_re = _unit_re(base)
    if unit_re is None:
        return ()
    table = _table(base)
    out: list[Quantity] = []

    def add(start: int, end: int, values: frozenset[float] | tuple[float, ...],
            text: str, spelled: bool = False) -> None:
        unit = unit_re.match(text, end)
        if unit is None:  # «entre 5 y 10 centímetros», «2,5–5 см»: the range's unit
            tail = _TARGET_RANGE.match(text, end)
            unit = unit_re.match(text, tail.end()) if tail is not None else None
        if unit is None:
            return
        _, kind, factor = table[int((unit.lastgroup or "u0")[1:])]
        shown, shown_end = start, unit.end()
        if kind == HEAT and (sign := _signed(text, start)) is not None:
            values, shown = tuple(-value for value in values), sign  # «-10 °C» (t65/hF: 10)
        elif kind == HEAT and (below := _below_zero(text, shown_end)) is not None:
            values, shown_end = tuple(-value for value in values), below  # «10 grados bajo cero»
        for value in values:
            # (a run of words has no number mention to take: its start is no offset of one)
            out.append(Quantity(-1 if spelled else start, text[shown:shown_end].strip(), kind,
                                value * factor, factor))
            if kind == LENGTH and factor == 1.0 and not spelled and value in _WHOLE_METRES and (
                    centimetres := _CENTIMETRES.match(text, unit.end())) is not None:
                # «1 м 98 см», «1米98», «1 m 98»: a height in metres and centimetres, one
                # quantity (as "6-foot-6" is one measure)
                out.append(Quantity(start, text[start:centimetres.end()].strip(), LENGTH,
                                    value + int(centimetres.group(1)) / 100, 1.0))

    for mention in find_numbers(target, lang):
        add(mention.start, mention.end, mention.values, target)
    normal = unicodedata.normalize("NFC", target)
    folded = fold(normal, base).lower()
    for start, end, value in number_runs(folded, base):
        add(start, end, (value,), folded, spelled=True)
    if base == "ar":
        for dual in _AR_DUAL.finditer(folded):
            kind, factor = _AR_DUAL_UNITS[dual.lastgroup or "m"]
            out.append(Quantity(-1, normal[dual.start():dual.end()], kind, 2 * factor, factor))
    if base == "ru" and _RU_MEASURE_WORD.search(target):
        for word in _RU_MEASURE_WORD.finditer(target):
            head = word.group(1).lower().replace("ё", "е")
            _, kind, factor = next(row for row in _WORDS["ru"]
                                   if re.fullmatch(row[0], word.group(2).lower() + "ов"))
            out.append(Quantity(-1, word.group(0), kind, _RU_HEAD_VALUES[head] * factor, factor))
    out.sort(key=_START)  # (in text order, for ``_around``; those said in words first)
    return tuple(out)


def near(said: float, exact: float, metric: bool = False) -> bool:
    """Is ``said`` the value ``exact`` as a translator rounds it: within 6 %, within 10 % for
    a round figure, or a small figure rounded to a whole number either way ("1 inch" is «2
    cm» or «3 cm»)? A ``metric``
    measure is not converted, only written in another unit of its system ("1,500 metres" is
    «1,5 km»): nothing rounded then ("171.5 tonnes" is not «175.1吨»)."""
    if exact <= 0 or said <= 0:
        return False
    if metric:
        return abs(said - exact) <= 1e-6 * exact
    if abs(said - exact) <= 0.06 * exact:
        return True
    if abs(said - exact) <= 0.10 * exact and _round(said):
        return True  # "200 miles" is «300 km» (322), as «1 м 82 см» is not "6-foot-6" (1.98)
    return said < 10 and said % 1 == 0 and abs(said - exact) < 0.6


def _near_in(measure: Measure, said: float, exact: float) -> bool:
    """``near`` for ``measure``'s kind: a temperature within a degree either way of its
    conversion, at or below zero too ("32 degrees Fahrenheit" is «0 °C», "14 °F" «-10 °C»;
    t65/hF: the tolerance relative to the value had left 0 none, and no value below it), or
    as ``near`` rounds its size."""
    if measure.kind == HEAT and not measure.metric:
        return abs(said - exact) <= 1.0 or (said * exact > 0 and near(abs(said), abs(exact)))
    return near(said, exact, measure.metric)


def _round(said: float) -> bool:
    """A round figure, one a translator rounds to: one significant digit, or two ending in 5
    (300, 2, 0.5, 250, 1.5)."""
    digits = f"{said:.6g}".replace(".", "").replace("-", "").strip("0")
    return len(digits) == 1 or (len(digits) == 2 and digits[1] == "5")


def _kinds_meet(measure: str, quantity: str) -> bool:
    # a speed is often said as a distance «时速136公里», «136 kilomètres» (an hour implied)
    return measure == quantity or (measure == SPEED and quantity == LENGTH)


def _in_kind(quantity: Quantity, measure: Measure) -> float:
    """``quantity``'s value in ``measure``'s base unit (a distance said for a speed: in km)."""
    return quantity.value / 1000 if measure.kind == SPEED and quantity.kind == LENGTH \
        else quantity.value


#: how many of the translation's quantities (and of the source's measures) on each side of a
#: measure's place are compared with it: a long unit's thousands are not each compared with
#: each (linear time); a sentence's few are all
_WINDOW = 64


def _around(items: Sequence[_T], place: int, start: Callable[[_T], int]) -> Sequence[_T]:
    """The items (in text order) within ``_WINDOW`` places of ``place``, all of a short list."""
    if len(items) <= 2 * _WINDOW:
        return items
    index = bisect_left(items, place, key=start)
    return items[max(0, index - _WINDOW):index + _WINDOW]


def converted(measure: Measure, target: str, lang: str, bare: Sequence[NumberMention] = (),
              where: float = 0.0) -> Quantity | None:
    """The translation's quantity that gives ``measure`` converted, if any; else one of its
    ``bare`` numbers (left over, no unit after them) read in a unit the translation gives
    another quantity of the same kind ("1 to 2 inches, … up to 4 inches" is «entre 2 y 5
    centímetros, … llegar a los 10»). ``where``: the measure's place in its source, as a share
    of the source's length (the translation's quantities near the same share are tried)."""
    quantities = target_quantities(target, lang)
    place = int(where * len(target))
    nearby = _around(quantities, place, _START)
    for quantity in nearby:
        if _says(quantity, measure):
            return quantity
    factors = {q.factor for q in nearby if q.kind == measure.kind}
    for mention in _around(bare, place, _START) if factors else ():
        for factor in factors:
            if any(_near_in(measure, said, value / factor) for said in mention.values
                   for value in measure.values):
                return Quantity(mention.start, mention.text, measure.kind,
                                min(mention.values) * factor, factor)
    return None


def _says(quantity: Quantity, measure: Measure) -> bool:
    """Is ``quantity`` ``measure`` converted, as a translator rounds?"""
    if not _kinds_meet(measure.kind, quantity.kind):
        return False
    # (compared in the unit the translator wrote: "1 inch" is «2 cm», rounded in cm)
    number = quantity.value / quantity.factor
    per = _in_kind(quantity, measure) / number if number else 1.0  # (base units a unit)
    return any(_near_in(measure, number, value / per) for value in measure.values)


def misconverted(measure: Measure, target: str, lang: str, left: Sequence[NumberMention],
                 others: Sequence[Measure], where: float = 0.0) -> Quantity | None:
    """The translation's quantity of ``measure``'s kind that a conversion gone wrong gave
    ("385 miles" → «360 км», "6-foot-6" → «1 м 82 см»): its number is one of those ``left``
    over (no number of the source), and it is no conversion of the source's ``others``
    measures; the nearest to ``measure``'s place (``where``, as in ``converted``), the longest
    there («1 м 82 см», not its «1 м»). None for a metric measure: it was never converted."""
    if measure.metric or not left:
        return None
    starts = {mention.start for mention in left}
    place = int(where * len(target))
    found = [quantity for quantity in _around(target_quantities(target, lang), place, _START)
             if quantity.start in starts and _kinds_meet(measure.kind, quantity.kind)
             and not any(other.start != measure.start and _says(quantity, other)
                         for other in others)]
    if not found:
        return None
    return min(found, key=lambda q: (abs(q.start - place), -len(q.text)))


def restated(measure: Measure, metric: Sequence[Measure],
             kept: Callable[[int], bool]) -> Measure | None:
    """Another measure of the source, metric (``metric``: the source's, in text order), that
    says ``measure`` again ("45 miles (72 kilometers)") and whose number the translation has
    (``kept(start)``)."""
    if measure.metric:
        return None
    for other in _around(metric, measure.start, _START):
        if other.kind == measure.kind and kept(other.start) and any(
                near(said, value) for said in other.values for value in measure.values):
            return other
    return None


#: the feet a translation keeps after a number («6.6 أقدام», «6,5 pieds», «6.6英尺»)
_FEET_WORD = re.compile(r"[\s\u00a0]*(?:英尺|(?:أقدام|قدما?|pieds?|pies?|фут\w*|feet|foot|ft)"
                        r"(?![^\W\d_]))", re.IGNORECASE)


def in_feet(measure: Measure, said: float, text: str, start: int,
            end: int) -> tuple[bool, str] | None:
    """A feet-and-inches ``measure`` ("6-foot-6") that a translation gives as one number of
    feet, ``said``, at ``start:end`` of ``text``: (True, its text) where it is the feet and
    their inches as a decimal (6.5 ft), (False, …) where it is the feet and the inches written
    after a decimal sign («6.6 أقدام», «6.6英尺»: 6.6 ft is not 6 ft 6 in; t66/fB); None where
    it is neither."""
    if measure.feet_inches is None:
        return None
    feet, inches = measure.feet_inches
    unit = _FEET_WORD.match(text, end)
    shown = text[start:end if unit is None else unit.end()]
    if abs(said - (feet + inches / 12)) <= 0.05:
        return True, shown
    if inches and said == float(f"{feet:g}.{inches:g}"):
        return False, shown
    return None


def not_feet_and_inches(measure: Measure, shown: str) -> str:
    """"«6-foot-6» is 6 ft 6 in, that is 6.5 ft (about 1.98 m), not «6.6 أقدام»"."""
    feet, inches = measure.feet_inches or (0.0, 0.0)
    return (f"«{measure.text}» is {feet:g} ft {inches:g} in, that is "
            f"{_figure(feet + inches / 12)} ft ({_about(measure)}), not «{shown}»")


def wrongly(measure: Measure, quantity: Quantity) -> str:
    """"«385 miles» is converted wrongly: about 620 km, not «360 км»"."""
    return f"«{measure.text}» is converted wrongly: {_about(measure)}, not «{quantity.text}»"


def hint(measure: Measure) -> str:
    """"385 miles is about 620 km": what a wrong conversion should have said."""
    return f"{measure.text} is {_about(measure)}"


def _about(measure: Measure) -> str:
    """"about 620 km": ``measure`` in metric units."""
    value = measure.values[0]
    if measure.decade:  # "80s": 80 to 89 °F
        low = round(measure.values[0] * 9 / 5 + 32)
        return f"about {min(measure.values):.0f}-{max(measure.values):.0f} °C ({low}-" \
            f"{low + 9} °F)"
    if measure.kind == HEAT:
        return f"about {value:.0f} °C" if len(measure.values) == 1 else \
            f"about {measure.values[0]:.0f} °C (or {measure.values[1]:.0f} °C as a difference)"
    unit, shown = measure.kind, value
    if measure.kind == LENGTH:
        unit, shown = ("km", value / 1000) if value >= 1000 else ("m", value) if value >= 1 \
            else ("cm", value * 100)
    elif measure.kind == MASS and value >= 1000:
        unit, shown = "t", value / 1000
    elif measure.kind == AREA and value >= 1e4:
        unit, shown = ("km²", value / 1e6) if value >= 1e6 else ("ha", value / 1e4)
    return f"about {_figure(shown)} {unit}"


def _figure(value: float) -> str:
    """Three significant digits, no exponent: 620, 15.2, 1.98."""
    return f"{value:.0f}" if value >= 100 else f"{value:.3g}"
