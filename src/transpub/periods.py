"""Periods of a year named in words, in the six languages: its halves ("the second half of
2022", «le second semestre de 2022», «下半年»), quarters ("Q1 2023", «الربع الأول»,
«в I квартале»), its first or last months ("the first nine months of 2023", «前九个月») and
its parts ("mid-2023", «fin 2023», «a principios de 2024», «в конце года», «2023年底»).

A half or a quarter is a run of months and is the same period as the run of months a
translation may write instead ("from July to December 2022" is «au second semestre de
2022»); a part of a year (its beginning, middle or end) is compared only with another part.
The date parser (``datefind``) finds dates with a month's name; these have none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from transpub.intervals import Intervals
from transpub.memo import memo
from transpub.numfind import ES_ORDINAL_O

SPAN = "span"
"""A run of months: ``first`` to ``last``."""
PART = "part"
"""A part of a year: ``first`` (= ``last``) is 1 for its beginning, 2 its middle, 3 its end."""


@dataclass(frozen=True, slots=True)
class Period:
    kind: str
    first: int
    last: int
    year: int | None
    start: int
    end: int
    text: str

    def same(self, other: Period) -> bool:
        """The same period (a year left out matches any year)."""
        return (self.kind == other.kind and self.first == other.first
                and self.last == other.last
                and (self.year is None or other.year is None or self.year == other.year))


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９",
                        "012345678901234567890123456789")

#: What a period's ordinal (or half, quarter, part word) is, by the start of the word as
#: written in lower case: "last" is the last of its kind (0 here, made 2 or 4 below)
_ORDINALS: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("first", 1), ("1st", 1), ("second", 2), ("2nd", 2), ("latter", 0), ("third", 3),
           ("3rd", 3), ("fourth", 4), ("4th", 4), ("last", 0), ("final", 0)),
    "fr": (("premi", 1), ("1", 1), ("second", 2), ("deux", 2), ("2", 2), ("trois", 3),
           ("3", 3), ("quatr", 4), ("4", 4), ("derni", 0)),
    "es": (("prim", 1), ("1", 1), ("seg", 2), ("2", 2), ("terc", 3), ("3", 3), ("cuart", 4),
           ("4", 4), ("últim", 0), ("ultim", 0)),
    "ru": (("перв", 1), ("втор", 2), ("трет", 3), ("четв", 4), ("последн", 0), ("iv", 4),
           ("iii", 3), ("ii", 2), ("i", 1), ("1", 1), ("2", 2), ("3", 3), ("4", 4)),
    "ar": (("الأول", 1), ("الاول", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4),
           ("الأخير", 0), ("الاخير", 0)),
    "zh": (("上", 1), ("下", 2), ("一", 1), ("首", 1), ("1", 1), ("二", 2), ("2", 2),
           ("三", 3), ("3", 3), ("四", 4), ("4", 4), ("最后", 0)),
}
#: How many months a count of months is ("the first nine months"), by the word's start
_COUNTS: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
           ("nine", 9), ("ten", 10), ("eleven", 11)),
    "fr": (("trois", 3), ("quatre", 4), ("cinq", 5), ("six", 6), ("sept", 7), ("huit", 8),
           ("neuf", 9), ("dix", 10), ("onze", 11)),
    "es": (("tres", 3), ("cuatro", 4), ("cinco", 5), ("seis", 6), ("siete", 7), ("ocho", 8),
           ("nueve", 9), ("diez", 10), ("once", 11)),
    "ru": (("тр", 3), ("четыр", 4), ("пят", 5), ("шест", 6), ("сем", 7), ("восьм", 8),
           ("восем", 8), ("девят", 9), ("десят", 10), ("одиннадцат", 11), ("пол", 6)),
    "ar": (("الثلاثة", 3), ("ثلاثة", 3), ("الأربعة", 4), ("أربعة", 4), ("الخمسة", 5),
           ("خمسة", 5), ("الستة", 6), ("ستة", 6), ("السبعة", 7), ("سبعة", 7), ("الثمانية", 8),
           ("ثمانية", 8), ("التسعة", 9), ("تسعة", 9), ("العشرة", 10), ("عشرة", 10)),
    "zh": (("三", 3), ("四", 4), ("五", 5), ("六", 6), ("七", 7), ("八", 8), ("九", 9),
           ("十一", 11), ("十", 10)),
}
#: a part of a year by its word's start: 1 its beginning, 2 its middle, 3 its end
_PARTS: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("early", 1), ("start", 1), ("beginning", 1), ("mid", 2), ("middle", 2),
           ("late", 3), ("end", 3), ("close", 3), ("year", 3)),
    "fr": (("début", 1), ("debut", 1), ("mi", 2), ("milieu", 2), ("fin", 3)),
    "es": (("princip", 1), ("comienzo", 1), ("inicio", 1), ("mediados", 2), ("final", 3),
           ("fin", 3), ("acab", 3), ("termin", 3), ("finali", 3), ("conclu", 3)),
    "ru": (("начал", 1), ("середин", 2), ("кон", 3)),
    "ar": (("أوائل", 1), ("اوائل", 1), ("بداية", 1), ("مطلع", 1), ("منتصف", 2), ("أواسط", 2),
           ("أواخر", 3), ("اواخر", 3), ("نهاية", 3)),
    "zh": (("年初", 1), ("初", 1), ("年中", 2), ("中期", 2), ("年底", 3), ("底", 3),
           ("年末", 3), ("末", 3), ("年终", 3), ("终", 3)),
}

_Y = r"(?P<y>\d{4})"

#: Per language: (pattern, kind of period). Named groups: ``o`` an ordinal (of a half
#: "h", a quarter "q"), ``n`` a count of months and ``side`` which end of the year they
#: are at, ``p`` a part's word, ``y`` a year. The "h"/"q"/"m"/"p" of each entry says what
#: the match is.
_EN_YEAR = (r"\s+of\s+(?:the\s+)?(?:(?:calendar|fiscal)\s+)?(?:year\b(?:\s+" + _Y
            + r")?|(?P<y2>\d{4})\b|(?:this|that|last|next|current|same)\s+year\b)")
_FR_YEAR = (r"(?:\s+(?:de\s+l['’]\s*(?:année|an|exercice)(?:\s+" + _Y + r")?|de\s+cette\s+année"
            r"|(?:de\s+|d['’]\s*)?(?P<y2>\d{4})\b))")
_ES_YEAR = (r"(?:\s+(?:del?\s+(?:(?:este|ese|aquel)\s+)?(?:año|ejercicio)(?:\s+(?:de\s+)?" + _Y
            + r")?|(?:de\s+|del\s+)?(?P<y2>\d{4})\b))")
_RU_YEAR = (r"(?:\s+(?:" + _Y + r"\s*(?:года|г\.|г\b)|(?P<y2>\d{4})-?го\b"
            r"|(?:этого|текущего|прошлого|следующего|того\s+же)\s+года\b|года\b))")
_AR_YEAR = (r"(?:\s+(?:من\s+)?(?:(?:ال)?عام|(?:ال)?سنة)(?:\s+(?:ال)?(?:حالي|جاري|ماضي|مقبل))?"
            r"(?:\s+" + _Y + r")?|\s+(?:من\s+)?(?P<y2>\d{4}))")
_ZH_YEAR = r"(?:(?P<y>\d{4})\s*年\s*(?:度\s*)?|(?:今|去|明|当|同|该|本)年度?)"

_RAW: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"\b(?P<o>first|second|1st|2nd|latter|last|final)[\s-]+half" + _EN_YEAR, "h"),
        (r"\b(?P<o>first|second|third|fourth|1st|2nd|3rd|4th|last|final)[\s-]+quarter(?:"
         + _EN_YEAR + r"|\b(?!\s+of\b|\s+century|\s+mile))", "q"),
        (r"\b" + _Y + r"\s*(?P<o>[HQ][1-4])\b", "hq"),
        (r"\b(?P<o>[HhQq][1-4])(?:\s*(?:of\s+)?" + _Y + r")?\b", "hq"),
        (r"\b(?P<side>first|last|final)\s+(?P<n>three|four|five|six|seven|eight|nine|ten"
         r"|eleven|\d{1,2})\s+months" + _EN_YEAR, "m"),
        (r"\b(?P<p>early|mid|late|end)[\s-]+" + _Y + r"\b(?!s|\s*[-–]\s*\d)", "p"),
        (r"\b(?P<p>beginning|start|middle|end|close)" + _EN_YEAR, "p"),
        (r"\b(?P<p>mid|year)[\s-](?:year|end)\b", "p"),
    ),
    "fr": (
        (r"\b(?P<o>premier|1er|second|deuxième|2e|2ème|2nd|dernier)\s+semestre(?:" + _FR_YEAR
         + r")?", "h"),
        (r"\b(?P<o>première|1re|seconde|deuxième|2e|dernière)\s+moitié" + _FR_YEAR, "h"),
        (r"\b(?P<o>premier|1er|second|deuxième|2e|2ème|troisième|3e|3ème|quatrième|4e|4ème"
         r"|dernier)\s+trimestre(?!\s+de\s+(?:la\s+)?grossesse)(?:" + _FR_YEAR + r")?", "q"),
        (r"\b(?P<n>trois|quatre|cinq|six|sept|huit|neuf|dix|onze|\d{1,2})\s+(?P<side>premiers"
         r"|derniers)\s+mois" + _FR_YEAR, "m"),
        (r"\b(?P<side>premiers|derniers)\s+(?P<n>trois|quatre|cinq|six|sept|huit|neuf|dix|onze"
         r"|\d{1,2})\s+mois" + _FR_YEAR, "m"),
        (r"\b(?P<p>début|mi|fin)[\s-]+" + _Y + r"\b", "p"),
        (r"\b(?P<p>début|milieu|fin)\s+(?:de\s+l['’]\s*année(?:\s+" + _Y + r")?|de\s+cette"
         r"\s+année|(?:de\s+|d['’]\s*)(?:l['’]\s*)?(?P<y2>\d{4})\b|d['’]\s*année\b)", "p"),
        (r"\b(?P<p>mi)-année\b", "p"),
    ),
    "es": (
        # (an ordinal's º as keyboards give it, ``ES_ORDINAL_O``: «2.° semestre», «4° trimestre»)
        (r"\b(?P<o>primer|1er|1\.er|segundo|[12]" + ES_ORDINAL_O + r"|último)\s+semestre(?:"
         + _ES_YEAR + r")?", "h"),
        (r"\b(?P<o>primera|segunda|última)\s+mitad\s+(?:del?\s+(?:año(?:\s+(?:de\s+)?" + _Y
         + r")?|(?P<y2>\d{4})\b))", "h"),
        (r"\b(?P<o>primer|1er|1\.er|segundo|tercer|3er|3\.er|cuarto|[1-4]"
         + ES_ORDINAL_O + r"|último)"
         r"\s+trimestre(?!\s+de\s+(?:embarazo|gestación))(?:" + _ES_YEAR + r")?", "q"),
        (r"\b(?P<side>primeros|últimos)\s+(?P<n>tres|cuatro|cinco|seis|siete|ocho|nueve|diez"
         r"|once|\d{1,2})\s+meses" + _ES_YEAR, "m"),
        (r"\b(?P<n>tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|\d{1,2})\s+(?P<side>"
         r"primeros|últimos)\s+meses" + _ES_YEAR, "m"),
        (r"\b(?P<p>acabe|termine|finalice|concluya)\s+el\s+año\b", "p"),
        (r"\b(?P<p>principios|comienzos|inicios|mediados|finales|fines|fin)\s+(?:del?\s+(?:"
         r"año(?:\s+(?:de\s+)?" + _Y + r")?|(?P<y2>\d{4})\b))", "p"),
    ),
    "ru": (
        (r"(?<!\w)(?P<o>перв|втор|последн)\w*\s+полугоди\w*(?:" + _RU_YEAR + r")?", "h"),
        (r"(?<!\w)(?P<o>перв|втор)\w*\s+половин\w*" + _RU_YEAR, "h"),
        (r"(?<!\w)(?:(?P<o>перв|втор|трет|четв[её]рт|последн)\w*|(?P<o2>iv|iii|ii|i|[1-4])"
         r"(?:-?(?:м|й|го|ом))?)\s+квартал\w*(?:" + _RU_YEAR + r")?", "q"),
        (r"(?<!\w)(?P<o>перв|втор|трет|четв[её]рт|последн)\w*\s+четверт\w*" + _RU_YEAR, "q"),
        (r"(?<!\w)(?P<side>перв|последн)\w*\s+(?P<n>тр[её]х|три|четыр\w*|пят\w*|шест\w*"
         r"|сем\w*|восьм\w*|восем\w*|девят\w*|десят\w*|одиннадцат\w*|\d{1,2})\s+месяц\w*"
         + _RU_YEAR, "m"),
        (r"(?<!\w)(?P<side>перв|последн)\w*\s+(?P<n>полгода)(?:" + _RU_YEAR + r")?", "m"),
        (r"(?<!\w)(?P<p>начал\w*|середин\w*|кон(?:ец|ц[аеуо]\w*))" + _RU_YEAR, "p"),
    ),
    "ar": (
        (r"(?<!\w)[وفبل]?(?:ال|لل)نصف\s+(?P<o>الأول|الاول|الثاني|الأخير|الاخير)" + _AR_YEAR, "h"),
        # (a quarter without its year, as the source may say it, "in the third quarter": not
        # a quarter of something else, «الربع الأول من القرن»)
        (r"(?<!\w)[وفبل]?(?:ال|لل)ربع\s+(?P<o>الأول|الاول|الثاني|الثالث|الرابع|الأخير|الاخير)"
         r"(?:" + _AR_YEAR + r"|(?!\w)(?!\s+من\s))", "q"),
        (r"(?<!\w)[وفبل]?(?:ال|لل)أشهر\s+(?P<n>\w+)\s+(?P<side>الأولى|الاولى|الأخيرة|الاخيرة)"
         + _AR_YEAR, "m"),
        (r"(?<!\w)[وفبل]?(?P<n>ال\w+)\s+(?:أشهر|شهور)\s+(?P<side>الأولى|الاولى|الأخيرة|الاخيرة)"
         + _AR_YEAR, "m"),
        (r"(?<!\w)[وفبل]?(?P<p>أوائل|اوائل|بداية|مطلع|منتصف|أواسط|أواخر|اواخر|نهاية)"
         + _AR_YEAR, "p"),
    ),
    "zh": (
        (r"(?:" + _ZH_YEAR + r")?(?P<o>上|下)半年", "h"),
        (r"(?:" + _ZH_YEAR + r")?(?:第\s*)?(?P<o>[一二三四1-4]|首|最后一个?)\s*季度", "q"),
        (_ZH_YEAR + r"(?P<side>前|头|最后|后)\s*(?P<n>十一|[三四五六七八九十]|\d{1,2})\s*个月",
         "m"),
        (r"(?P<y>\d{4})\s*年\s*(?P<p>年初|初(?!步|稿|期|次|衷)|年中|中期|年底|底|年末|末|年终|终)",
         "p"),
        (r"(?<![一两二三每全整半])(?P<p>年初(?!步|稿|期|次|衷)|年底|年末|年终)", "p"),
    ),
}


def lead(table: tuple[tuple[str, int], ...], word: str) -> int | None:
    """The value of the first entry of ``table`` that ``word`` starts with (a word's stem
    stands for its forms: «перв» for первом, первой), or None."""
    for start, value in table:
        if word.startswith(start):
            return value
    return None


_Pattern = tuple[re.Pattern[str], str]


@memo(16, spread=False)
def _patterns(base: str) -> tuple[_Pattern, ...]:
    flags = re.IGNORECASE if base in ("en", "fr", "es", "ru") else 0
    return tuple((re.compile(raw, flags), what) for raw, what in _RAW.get(base, ()))


#: what any period of a language holds: a text without one has none (a test in C first)
_ANY: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\b(?:half|quarter|months|early|mid|late|end|beginning|start|middle"
                     r"|close|year|[HQ][1-4])\b", re.IGNORECASE),
    "fr": re.compile(r"semestre|moitié|trimestre|mois|début|mi-|mi |milieu|fin", re.IGNORECASE),
    "es": re.compile(r"semestre|mitad|trimestre|meses|principios|comienzos|inicios|mediados"
                     r"|finales|fines|fin |acabe|termine|finalice|concluya", re.IGNORECASE),
    "ru": re.compile(r"полугоди|половин|квартал|четверт|месяц|полгода|начал|середин|кон[ец]",
                     re.IGNORECASE),
    "ar": re.compile(r"نصف|ربع|أشهر|شهور|أوائل|اوائل|بداية|مطلع|منتصف|أواسط|أواخر|اواخر|نهاية"),
    "zh": re.compile(r"半年|季度|个月|年初|年中|中期|年底|底|年末|末|年终|终"),
}


def periods_in(text: str, lang: str) -> tuple[Period, ...]:
    """The periods of a year ``text`` names, in text order."""
    return _periods[text, lang.split("_")[0].split("-")[0]]


@memo()
def _periods(text: str, base: str) -> tuple[Period, ...]:
    # (the test in C inside the memo: a source is asked for by its five translations)
    test = _ANY.get(base)
    if test is None or not test.search(text):
        return ()
    folded = text.translate(_DIGITS)  # (one character for one: the places stay)
    found: list[Period] = []
    taken = Intervals()  # (what an earlier pattern read)
    for pattern, what in _patterns(base):
        for match in pattern.finditer(folded):
            start, end = match.span()
            if taken.overlaps(start, end):
                continue
            period = _reading(match, what, base)
            if period is None:
                continue
            kind, first, last = period
            groups = match.groupdict()
            year_text = groups.get("y") or groups.get("y2")
            year = int(year_text) if year_text else None
            taken.add(start, end)
            found.append(Period(kind, first, last, year, start, end, text[start:end].strip()))
    found.sort(key=lambda p: p.start)
    return tuple(found)


def _reading(match: re.Match[str], what: str, base: str) -> tuple[str, int, int] | None:
    groups = match.groupdict()
    if what == "p":
        part = lead(_PARTS[base], groups["p"].lower())
        return None if part is None else (PART, part, part)
    if what == "m":
        count_text = groups["n"].lower()
        count = int(count_text) if count_text.isdigit() else lead(_COUNTS[base], count_text)
        if count is None or not 1 <= count <= 11:
            return None
        side = groups["side"].lower()
        last = side.startswith(("last", "final", "derniers", "últimos", "последн", "الأخيرة",
                                "الاخيرة", "最后", "后"))
        return (SPAN, 13 - count, 12) if last else (SPAN, 1, count)
    ordinal_text = (groups.get("o") or groups.get("o2") or "").lower()
    if what == "hq":
        what = ordinal_text[0]
        ordinal_text = ordinal_text[1:]
        ordinal = int(ordinal_text)
    else:
        found = lead(_ORDINALS[base], ordinal_text)
        if found is None:
            return None
        ordinal = found
    return _SHAPES[what](ordinal)


_SHAPES: dict[str, Callable[[int], tuple[str, int, int] | None]] = {
    # a half: 1 is January to June, 2 (and the last) July to December
    "h": lambda n: None if n > 2 else (SPAN, 1, 6) if n == 1 else (SPAN, 7, 12),
    # a quarter: 0 (the last) is the fourth
    "q": lambda n: (SPAN, 3 * (n or 4) - 2, 3 * (n or 4)),
}


def covering(periods: tuple[Period, ...], first: int, last: int, year: int | None) -> bool:
    """Does one of ``periods`` run from month ``first`` to ``last`` (of ``year``)?"""
    return any(p.kind == SPAN and p.first == first and p.last == last
               and (year is None or p.year is None or p.year == year) for p in periods)
