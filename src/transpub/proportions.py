"""Proportions said in words, in the six languages: "nearly half of", "a third", "two thirds",
"three quarters", "one in five" (as percentages: 50, 33.3…, 66.6…, 75, 20), «la moitié», «un
cinquième», «deux tiers», «une personne sur trois», «la quinta parte», «uno de cada tres»,
«треть», «две трети», «каждый четвертый», «ثلث», «ثلاثة أرباع», «واحد من كل خمسة», «三分之二»,
«一半», «每五人中就有一人».

A translator may say a source's percentage as a proportion ("fewer than 20 per cent" is «moins
d'un cinquième»), and the proportion a source says in words may become another ("nearly half"
→ «près d'un tiers»): TP304 compares them. A word that is also an ordinal («cinquième
session», «третий», «пятая») is read as a proportion only with its numerator or its "part"
(«un cinquième», «пятая часть»).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from transpub.intervals import Intervals
from transpub.memo import memo
from transpub.periods import lead


@dataclass(frozen=True, slots=True)
class Share:
    value: float
    """As a percentage, rounded to 6 places (a third is 33.333333)."""
    start: int
    end: int
    text: str


def _percent(numerator: float, denominator: float) -> float:
    return round(100.0 * numerator / denominator, 6)


#: numerators and denominators by the start of their word (lower case)
_NUMERATORS: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("a", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4)),
    "fr": (("un", 1), ("deux", 2), ("trois", 3), ("quatre", 4)),
    "es": (("un", 1), ("dos", 2), ("tres", 3), ("cuatro", 4)),
    "ru": (("одн", 1), ("две", 2), ("двух", 2), ("двум", 2), ("три", 3), ("тр", 3), ("четыр", 4)),
    "ar": (("ثلاثة", 3), ("ثلاث", 3)),
}
_DENOMINATORS: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("hal", 2), ("third", 3), ("quarter", 4), ("fourth", 4), ("fifth", 5), ("tenth", 10),
           ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
           ("eight", 8), ("nine", 9), ("ten", 10)),
    "fr": (("moiti", 2), ("tiers", 3), ("quart", 4), ("cinqui", 5), ("dixi", 10), ("deux", 2),
           ("trois", 3), ("quatre", 4), ("cinq", 5), ("six", 6), ("sept", 7), ("huit", 8),
           ("neuf", 9), ("dix", 10)),
    "es": (("mitad", 2), ("terc", 3), ("cuart", 4), ("quint", 5), ("décim", 10), ("decim", 10),
           ("dos", 2), ("tres", 3), ("cuatro", 4), ("cinco", 5), ("seis", 6), ("siete", 7),
           ("ocho", 8), ("nueve", 9), ("diez", 10)),
    "ru": (("половин", 2), ("трет", 3), ("четверт", 4), ("четвёрт", 4), ("пят", 5), ("шест", 6),
           ("седьм", 7), ("восьм", 8), ("девят", 9), ("десят", 10), ("втор", 2)),
    "ar": (("نصف", 2), ("ثلث", 3), ("ربع", 4), ("أرباع", 4), ("خُمس", 5), ("اثنين", 2),
           ("ثلاثة", 3), ("أربعة", 4), ("خمسة", 5), ("ستة", 6), ("سبعة", 7), ("ثمانية", 8),
           ("تسعة", 9), ("عشرة", 10)),
    "zh": (("两", 2), ("二", 2), ("三", 3), ("四", 4), ("五", 5), ("六", 6), ("七", 7), ("八", 8),
           ("九", 9), ("十", 10)),
}

_EN_ONE_IN = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
#: Per language: (pattern, how it reads). Groups: ``n`` the numerator, ``d`` the denominator
#: (a proportion's word), ``of`` the N of "one in N".
_RAW: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"\b(?:(?P<n>one|two|three|four|[1-4])[\s-]+)(?P<d>thirds|quarters|fifths|tenths)\b",
         "f"),
        (r"\b(?P<n>a|one)[\s-]+(?P<d>third|quarter|fifth|tenth)(?=\s+of\b|\s*[,.;)]|\s+(?:and"
         r"|or)\b|$)", "f"),
        (r"\b(?P<n>a|one)[\s-]+(?P<d>fourth)(?=\s+of\b)", "f"),
        (r"(?<!first )(?<!second )(?<!latter )(?<!the )(?<!a )\b(?P<d>half)(?=\s+(?:of|the|its"
         r"|their|his|her|our|all|these|those)\b)", "f"),
        (r"\bby\s+(?:a\s+|one\s+)?(?P<d>half)\b", "f"),
        (r"\b(?:one|1)\s+(?:\w+\s+)?(?:in|out\s+of)\s+(?P<of>" + _EN_ONE_IN + r")\b", "in"),
    ),
    "fr": (
        (r"(?<!\w)(?P<d>moitié)(?!\w)", "f"),
        # («deux-tiers», «2 tiers»: a numerator hyphenated or in figures)
        # (not the names «le tiers-monde», «le tiers état»: "the Third World", "the Third
        # Estate", no share; «Tiers» had been "half" changed, News Commentary, t67/hC)
        (r"(?<!\w)(?:(?P<n>un|deux|trois|quatre|[1-4])[\s-]+(?:premiers\s+|derniers\s+)?)?"
         r"(?P<d>tiers)(?!\w)(?![\s-]+(?:monde|mondiste|mondisme|[ée]tat)s?(?!\w))", "f"),
        (r"(?<!\w)(?P<n>un|deux|trois|quatre|[1-4])[\s-]+(?:premiers\s+|derniers\s+)?(?P<d>quarts?"
         r"|cinquièmes?|dixièmes?)(?!\w)", "f"),
        (r"(?<!\w)(?:un|une)\s+(?:[\w’'-]+\s+){0,2}sur\s+(?P<of>deux|trois|quatre|cinq|six|sept"
         r"|huit|neuf|dix|\d{1,3})(?!\w)", "in"),
    ),
    "es": (
        (r"(?<!\w)(?P<d>mitad)(?!\w)", "f"),
        (r"(?<!\w)(?:(?P<n>un|dos|tres|cuatro|[1-4])\s+)?(?P<d>tercios?)(?!\w)", "f"),
        (r"(?<!\w)(?:(?P<n>dos|tres|cuatro|[2-4])\s+)?(?P<d>(?:tercera|cuarta|quinta|décima)s?)\s+"
         r"partes?(?!\w)", "f"),
        (r"(?<!\w)(?P<n>tres)\s+(?P<d>cuartos)(?!\w)", "f"),
        (r"(?<!\w)(?:uno|una)\s+de\s+cada\s+(?P<of>dos|tres|cuatro|cinco|seis|siete|ocho|nueve"
         r"|diez|\d{1,3})(?!\w)", "in"),
    ),
    "ru": (
        (r"(?<!\w)(?:(?P<n>две|двух|двумя|три|тр[её]х|тремя)\s+)?(?P<d>половин[аыеуо]й?|треть"
         r"|трети|третью|третей|третями|третях|четверть|четверти|четвертью|четвертей"
         r"|четвертями)(?!\w)", "f"),
        (r"(?<!\w)(?P<n>две|двух|двумя|три|тр[её]х|тремя|четыре|четыр[её]х)\s+(?P<d>(?:пят|десят)"
         r"(?:ых|ые|ыми))(?!\w)", "f"),
        (r"(?<!\w)(?P<d>наполовину)(?!\w)", "half"),
        (r"(?<!\w)(?:сократ|сниз|уменьш)\w*(?:\s+[\w-]+){0,6}?\s+(?P<d>вдвое)(?!\w)", "half"),
        (r"(?<!\w)(?P<d>(?:пят|десят)(?:ая|ой|ую|ые|ых))\s+част\w*", "f"),
        (r"(?<!\w)кажд\w+\s+(?P<of>втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)\w*",
         "in"),
    ),
    "ar": (
        (r"(?<!\w)[وبل]?(?:ال)?(?P<d>ثلثين|خُمسين)(?:ها|هم|هما|هن)?(?!\w)", "dual"),
        (r"(?<!\w)[وبل]?(?:ال)?(?P<d>نصف|ثلث|ثلثا|ثلثي|ربع|خُمس)(?:ها|هم|هما|هن)?(?!\w)(?!\s+(?:الأول|الثاني"
         r"|الثالث|الرابع|الأخير|مليون|مليار|بليون|ساعة|قرن))", "f"),
        # (the conjunction or a preposition written against it, as against every Arabic
        # word: «وثلاثة أرباع المرافق», TaTA's Tanzanian report; read as a third alone before)
        (r"(?<!\w)[وبل]?(?P<n>ثلاثة)\s+(?P<d>أرباع)(?!\w)", "f"),
        # («واحد من كل خمسة», and a noun for the one: «طفل من كل أربعة أطفال»)
        (r"(?<!\w)(?:واحد|واحدة|[^\W\d]+\s+من)\s+(?:من\s+)?(?:بين\s+)?كل\s+(?P<of>اثنين|ثلاثة"
         r"|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة)(?!\w)", "in"),
    ),
    "zh": (
        (r"(?P<of>[两二三四五六七八九十]|\d{1,3})分之(?P<n>[一二三四五六七八九]|\d{1,2})", "zh"),
        (r"(?P<d>一半|半数|减半|折半)", "half"),
        (r"每(?P<of>[两二三四五六七八九十])(?:个|名|位|人)?[^，。；]{0,6}?(?:中|里)?就?有一", "in"),
    ),
}

_DIGITS_ZH = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9, "十": 10}


@memo(8, spread=False)
def _patterns(base: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    flags = re.IGNORECASE if base in ("en", "fr", "es", "ru") else 0
    return tuple((re.compile(raw, flags), how) for raw, how in _RAW.get(base, ()))


#: what any proportion of a language holds (a test in C first)
_ANY = {
    "en": re.compile(r"\b(?:half|thirds?|quarters?|fourth|fifths?|tenths?)\b"
                     r"|\b(?:one|1)\s+(?:\w+\s+)?(?:in|out)\b", re.IGNORECASE),
    "fr": re.compile(r"moitié|tiers|quart|cinquième|dixième| sur ", re.IGNORECASE),
    "es": re.compile(r"mitad|terci|tercera|cuart|quinta|décima|de cada", re.IGNORECASE),
    "ru": re.compile(r"половин|трет|четверт|пят|десят|кажд|вдвое", re.IGNORECASE),
    "ar": re.compile(r"نصف|ثلث|ربع|أرباع|خُمس|كل"),
    "zh": re.compile(r"分之|一半|半数|减半|折半|每"),
}


def shares_in(text: str, lang: str) -> tuple[Share, ...]:
    """The proportions ``text`` says in words, in text order."""
    return _shares[text, lang.split("_")[0].split("-")[0]]


def share_values(text: str, lang: str) -> frozenset[float]:
    """The percentages of ``shares_in``."""
    return frozenset(s.value for s in shares_in(text, lang))


@memo()
def _shares(text: str, base: str) -> tuple[Share, ...]:
    # (the tests in C inside the memo: a source is asked for by its five translations)
    test = _ANY.get(base)
    if not unicodedata.is_normalized("NFC", text):
        # published text often carries decomposed accents («moitie» + U+0301): its places
        # are then the composed text's
        text = unicodedata.normalize("NFC", text)
    if test is None or not test.search(text):
        return ()
    found: list[Share] = []
    taken = Intervals()  # (what an earlier pattern read)
    for pattern, how in _patterns(base):
        for match in pattern.finditer(text):
            start, end = match.span()
            if taken.overlaps(start, end):
                continue
            value = _value(match, how, base)
            if value is None:
                continue
            taken.add(start, end)
            found.append(Share(value, start, end, match.group(0)))
    found.sort(key=lambda s: s.start)
    return tuple(found)


def _value(match: re.Match[str], how: str, base: str) -> float | None:
    groups = match.groupdict()
    if how == "half":
        return 50.0
    if how == "dual":  # «الثلثين», «الخُمسين»: two of them
        return _percent(2, 3) if groups["d"] == "ثلثين" else _percent(2, 5)
    if how == "zh":
        of, numerator = groups["of"], groups["n"]
        den = int(of) if of.isdigit() else _DIGITS_ZH.get(of)
        num = int(numerator) if numerator.isdigit() else _DIGITS_ZH.get(numerator)
        return _percent(num, den) if num and den and num < den else None
    if how == "in":
        of = groups["of"].lower()
        den = int(of) if of.isdigit() else lead(_DENOMINATORS[base], of)
        if base == "zh":
            den = _DIGITS_ZH.get(of)
        return _percent(1, den) if den and den > 1 else None
    den = lead(_DENOMINATORS[base], groups["d"].lower())
    if den is None:
        return None
    numerator = groups.get("n")
    if not numerator:
        num = 1
    elif numerator.isdigit():
        num = int(numerator)  # («2 terceras partes»)
    else:
        num = lead(_NUMERATORS.get(base, ()), numerator.lower())
    if base == "ar" and groups["d"] in ("ثلثا", "ثلثي"):
        num, den = 2, 3
    if num is None or num >= den:
        return None
    return _percent(num, den)


#: a percentage written with digits ("20 per cent", "45%", "33.3 percent")
_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)


@memo(spread=False)
def percentages(source: str) -> frozenset[float]:
    """The percentages a source writes in figures ("20 per cent", "45%"), once per source."""
    return frozenset(_figure(m) for m in _PERCENT.finditer(source))


#: a per-mille figure in a translation («45 ‰», «45 pour mille», «45 por mil», «45 промилле»,
#: «45 في الألف»)
_PER_MILLE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:‰|pour\s*mille\b|por\s*mil\b|промилле"
                        r"|في\s+الألف|في\s+الالف)", re.IGNORECASE)
#: the same figure as a percentage in a translation («45 %», «45 por ciento», «45 процентов»,
#: «45 في المائة», «百分之45»)
_PERCENT_SAID = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:%|％|pour\s*cent|por\s*ciento|процент"
                           r"|في\s+المائة|في\s+المئة)", re.IGNORECASE)


def per_mille(source: str, target: str) -> list[tuple[float, tuple[int, int]]]:
    """The source's percentages the translation gives per mille instead, with the figure's
    place ("45 per cent" → «45 ‰»: ten times smaller, the digits the same, which the number
    checks pass); not where the translation gives that figure as a percentage too."""
    # (the translation's per mille first, by its literal strings: rarer than a source's
    # percentage, and six tests in C cost a tenth of the memo's lookup)
    if not ("‰" in target or "mille" in target or "por mil" in target or "промилле" in target
            or "الألف" in target or "الالف" in target):
        return []
    wanted = percentages(source)
    if not wanted:
        return []
    said = {_figure(m) for m in _PERCENT_SAID.finditer(target)}
    return [(value, m.span(1)) for m in _PER_MILLE.finditer(target)
            if (value := _figure(m)) in wanted and value not in said]


def _figure(match: re.Match[str]) -> float:
    """The figure a percentage's or per mille's match holds ("33,3" or "33.3")."""
    return round(float(match.group(1).replace(",", ".")), 6)
