"""Find numbers in running text, locale-aware, with their scale words.

Each number yields the set of values it can mean: "1.200" is 1200 in Spanish and 1.2 in
English; an ambiguous separator gives both readings, so a correct translation is never flagged
and a changed number still is (no reading matches).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import attrgetter

from transpub.charrefs import decoded
from transpub.fastnew import maker
from transpub.intervals import Intervals

#: Spanish's masculine ordinal indicator after a figure, with its abbreviation point or
#: without: º (U+00BA) as the RAE writes it, and what keyboards and fonts put in its place,
#: the degree sign ° (U+00B0) and the modifier letter ᵒ (U+1D52): «1.º», «1.°», «1°», «1.ᵒ»
ES_ORDINAL_O = r"\.?[º°ᵒ]"

# Arabic-Indic and full-width digits, and the Arabic decimal and group separators (not the
# full-width comma: in Chinese text "，2022年" it is punctuation, not a group separator)
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬０１２３４５６７８９",
                               "01234567890123456789.,0123456789")

#: Scale words per language (lower case) and their value. Longest first wins.
SCALES: dict[str, dict[str, float]] = {
    # (and the Indian lakh and crore: "14 lakh" is 1.4 million, «140 万»)
    # ("200 thousand million euros": the long scale's milliard, 10^9, as British and EU texts
    # wrote it into the 1970s and translators' sources still do: «200 milliards»)
    "en": {"thousand million": 1e9, "thousand millions": 1e9,
           "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
           "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3, "lakh": 1e5, "lakhs": 1e5,
           "crore": 1e7, "crores": 1e7,
           # the financial press's abbreviations: "162 584 mln EUR", "EUR 3 bln", "$2 mn"
           "mln": 1e6, "mn": 1e6, "bln": 1e9, "trn": 1e12},
    "fr": {"mille": 1e3, "millier": 1e3, "milliers": 1e3, "million": 1e6, "millions": 1e6,
           "milliard": 1e9, "milliards": 1e9, "billion": 1e12, "billions": 1e12},
    "es": {"miles de millones": 1e9, "mil millones": 1e9, "mil": 1e3, "millón": 1e6,
           "millones": 1e6, "millardo": 1e9,
           "millardos": 1e9, "billón": 1e12, "billones": 1e12},
    # (every case: «почти 649 миллионам человек», «с 5 тысячами»)
    "ru": {"тыс.": 1e3, "тыс": 1e3, "млн": 1e6, "млн.": 1e6, "млрд": 1e9, "млрд.": 1e9,
           "трлн": 1e12, "трлн.": 1e12,
           **{"тысяч" + end: 1e3 for end in ("а", "и", "", "е", "у", "ей", "ью", "ам", "ами",
                                            "ах")},
           **{stem + end: value for stem, value in (("миллион", 1e6), ("миллиард", 1e9),
                                                     ("триллион", 1e12))
              for end in ("", "а", "ов", "у", "ом", "е", "ы", "ам", "ами", "ах")}},
    # (and the accusative's alif: «أكثر من 300 ألفا», «5 ملايين», «مليونا»)
    "ar": {"ألف": 1e3, "ألفا": 1e3, "ألفًا": 1e3, "آلاف": 1e3, "مليون": 1e6, "مليونا": 1e6,
           "مليونًا": 1e6, "ملايين": 1e6, "مليار": 1e9, "مليارا": 1e9, "مليارًا": 1e9,
           "مليارات": 1e9, "بليون": 1e9, "بليونا": 1e9, "بليونًا": 1e9, "بلايين": 1e9,
           "تريليون": 1e12, "تريليونات": 1e12},
    # (and in traditional characters, as Hong Kong and Taiwan write them: 億, 萬)
    "zh": {"万亿": 1e12, "亿": 1e8, "千万": 1e7, "万": 1e4, "千": 1e3, "百万": 1e6,
           "萬億": 1e12, "億": 1e8, "千萬": 1e7, "萬": 1e4, "百萬": 1e6},
}
#: The decimal mark each language writes first; the other reading is tried when ambiguous.
_DECIMAL = {"en": ".", "zh": ".", "ja": ".", "fr": ",", "es": ",", "ru": ",", "ar": ","}
#: What may not stand just before a number's first digit, written as lookbehinds taken after
#: that digit (one character wider): a pattern that starts with a digit is scanned for at C
#: speed from digit to digit, one that starts with a lookbehind is tried at every position
#: (three times slower).
_NOT_BEFORE = (r"(?<![0-9]\d)(?<![0-9][.,]\d)"
               r"(?<![^\W\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]\d)")
_NUMBER_RE = re.compile(
    # not glued to a word, except to Chinese and Japanese characters ("171.5吨", "2021年") and
    # to an Arabic letter (the conjunction و is written attached: "و59")
    # a comma or point after a non-digit is punctuation ("12例,5岁以下", "(机率),15-49岁")
    # (``NUMBER_RE_PLAIN``, the first digit of either branch taken out in front: the same
    # matches, the same backtracking)
    # (a space groups thousands, a line break never: "2 ** 7\n128", a doctest's line and its
    # output, is no 7,128)
    r"(?P<num>\d" + _NOT_BEFORE + r"(?:\d{0,2}(?:(?:[,.]|[^\S\n\r](?=\d{3}(?!\d)))"
    r"\d{3})+(?:[.,]\d+)?|\d*(?:[.,]\d+)?))(?![\d])"
)
#: The pattern as first written (the lookbehinds in front): ``_NUMBER_RE`` matches as it does
#: (tests/test_check_gates.py)
NUMBER_RE_PLAIN = re.compile(
    r"(?<![0-9])(?<![0-9][.,])(?<![^\W\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff])"
    r"(?P<num>\d{1,3}(?:(?:[,.]|[^\S\n\r](?=\d{3}(?!\d)))\d{3})+"
    r"(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d])"
)


_DIGIT = re.compile(r"\d")


def ascii_digit(text: str) -> bool:
    """Does ``text`` hold an ASCII digit? Ten substring tests (each a ``memchr`` over the
    text) take a fifth of the time of ``re`` testing every character against a set (200 ns
    against 1.2-2.3 us a text of the benchmark), and most text with a digit has these."""
    return ("0" in text or "1" in text or "2" in text or "3" in text or "4" in text
            or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text)


def has_digit(text: str, digits: re.Pattern[str] = _DIGIT) -> bool:
    """``digits.search(text)`` (by default a decimal digit of any script; ``digits`` must
    find every ASCII digit): ASCII's by ``ascii_digit``, and beyond those only a text that
    is not ASCII (a flag of the string) can hold one."""
    return ascii_digit(text) or (not text.isascii() and digits.search(text) is not None)


#: what ``_ARABIC_DIGITS`` changes
_TO_FOLD = re.compile("[" + "".join(chr(c) for c in _ARABIC_DIGITS) + "]")


def _folded(text: str) -> str:
    """``text.translate(_ARABIC_DIGITS)``, and the Arabic comma between groups a comma, made
    only where they change something: an ASCII text (a flag of the string: no scan) holds
    none of what they fold."""
    if text.isascii():
        # (the apostrophe looked for at C speed first: most texts have one, few between digits)
        return _APOSTROPHE_GROUP.sub("\u2009", text) if "'" in text else text
    if _TO_FOLD.search(text) is not None:
        text = text.translate(_ARABIC_DIGITS)
    if "،" in text:  # «30،000»: the Arabic comma typed as the thousands separator
        text = _ARABIC_COMMA_GROUP.sub(",", text)
    if "·" in text:  # "9·2 per cent": the decimal point as The Lancet and British journals write it
        text = _MIDDLE_DOT.sub(".", text)
    if "．" in text:  # «４．５分»: the full-width point between digits, a decimal point
        text = _FULL_STOP.sub(".", text)
    if "'" in text or "’" in text:  # "600'000": Swiss thousands, as Geneva's texts write them
        text = _APOSTROPHE_GROUP.sub("\u2009", text)
    return text


#: the Arabic comma between a number's groups (three digits after it, then no digit)
_ARABIC_COMMA_GROUP = re.compile(r"(?<=\d)،(?=\d{3}(?!\d))")
#: the middle dot between digits: a decimal point (medical and British journals' style)
_MIDDLE_DOT = re.compile(r"(?<=\d)·(?=\d)")
#: the full-width full stop between digits (folded to ASCII digits first): a decimal point
_FULL_STOP = re.compile(r"(?<=\d)．(?=\d)")
#: an apostrophe between a number's groups (three digits after it, then no digit): read as the
#: thin space, a group separator the number pattern takes
_APOSTROPHE_GROUP = re.compile(r"['’](?<=\d['’])(?=\d{3}(?!\d))")


@dataclass(frozen=True, slots=True)
class NumberMention:
    start: int
    end: int
    text: str
    values: frozenset[float]
    scale: float = 1.0
    mantissas: frozenset[float] = frozenset()


#: ``NumberMention(...)`` without its ``__init__`` (fastnew): one per number of every text
_new_mention = maker(NumberMention, "start", "end", "text", "values", "scale", "mantissas")
_START = attrgetter("start")


@cache
def _scale_re(lang: str) -> re.Pattern[str]:
    base = lang.split("_")[0]
    words = sorted(SCALES.get(base, {}), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    if base in ("zh", "ja"):
        # "210多万" (more than 2.1 million), "50余万": an approximation mark may stand between
        # 千克, 千米, 千瓦 (kilogram, kilometre, kilowatt): a unit's prefix, no thousand
        # «4个亿» (400 million, as speech and the press say it): 个 before 亿 only
        return re.compile(r"\s*(?:多|余|几|个(?=[亿億]))?(?P<scale>" + alt
                          + ")(?<!千(?=[克米瓦焦卡帕赫伏]))")
    # «18 ألف-128» is paragraph 18A.128 (ألف, the letter A), not 18 thousand
    plain = (r"(?:\s|\u00a0|\u202f)*(?:de\s+)?(?P<scale>" + alt
             + r")(?![\w]|[-\u2010\u2011\u2013]\d)")
    if base == "ru":
        # «15-ти миллионов», «2-х тысяч»: a numeral's case ending written after its digits
        plain = r"(?:[-\u2011](?:ти|ми|х|ёх|ех|ух|и|ю|мя))?" + plain
    adjectives = _SCALE_ADJECTIVES.get(base)
    if adjectives:  # «25-тысячная толпа», a "25,000-strong crowd"
        plain += (r"|[-\u2010\u2011](?P<adjective>" + "|".join(adjectives) + r")"
                  r"[а-яё]+")
    if base == "en":
        # "a 30-million-euro project", "a US$5-million grant": the scale in a compound adjective
        plain += r"|[-\u2010\u2011](?P<hyphenated>million|billion|trillion)(?![^\W\d_])"
    return re.compile(plain, re.IGNORECASE)


#: numbers parted by commas that group no thousands and are no decimal comma: four digits
#: after each (years: «36,1655», "1665,1691,1740")
#: a decimal whose fraction is not three digits (which a point may group: "1.234,5"), then a
#: comma and a digit
_DECIMAL_THEN_COMMA = re.compile(r"(\d\.(?:\d{1,2}|\d{4,})),(?=\d)")
_LIST_COMMA = re.compile(r"(?!0,)\d+(?:,\d{4})+")  # ("0,0001" is a decimal: no list)
_LIST_PART = re.compile(r"\d+")
_LIST_MORE = re.compile(r"(?:,\d{4})+(?![\d.,]\d|\d)")
#: a currency's code glued to the amount after it ("RMB900 billion")
_CODE_GLUED = re.compile(r"(?:RMB|USD|EUR|GBP|JPY|CNY|HKD|CHF|AUD|CAD|INR|SGD|NZD)(?=\d)")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
#: where ``_CODE_GLUED`` may be: a capital against a digit, found from the digit (twice as
#: fast on a text of capitals as the codes' alternation, now that every language looks)
_CODE_GLUED_GATE = re.compile(r"[0-9](?<=[A-Z][0-9])")
#: the Indian grouping of digits: "2,06,737", "1,00,00,000" (a group of two digits before the
#: last three); found from its two-digit group (``_INDIAN_CORE``)
_INDIAN = re.compile(r"(?<![\d.,])\d{1,2}(?:,\d\d)+,\d{3}(?!\d|[.,]\d)")
_INDIAN_CORE = re.compile(r",\d\d,\d{3}")
#: an interval's two bounds in brackets, a comma and no space between: "[001,366]",
#: "[1,12]", "(0,11]" (the day of the year, a month's number, as documentation writes them)
_INTERVAL = re.compile(r"([\[(])(\d+(?:\.\d+)?),(\d+(?:\.\d+)?)([\])])")


def _intervals(folded: str, lang: str) -> str:
    """``folded`` with the comma of an interval's bounds ("[1,12]") made a semicolon (the same
    length): its two numbers, not one read with a decimal or thousands comma ("[001,366]" had
    been 1.366, "reads as 1.366 in es", and «[1,12]» for "[1, 12]" the numbers 1 and 12
    missing). Only where the comma can be nothing else: the first bound written with a
    leading zero ("001"); or, where the point is the decimal sign, the second not three digits
    (a group of thousands: "[1,500]" stays fifteen hundred). A decimal comma's "[0,5]" in
    French stays 0.5."""
    point = decimal_mark(lang) == "."

    def bound(match: re.Match[str]) -> str:
        opening, first, second, closing = match.groups()
        if opening == "(" and closing == ")":
            return match.group()  # ("(1,500)": a number in parentheses)
        if (first[:1] == "0" and len(first) > 1 and first.isdigit()) or (
                point and not (len(second) == 3 and second.isdigit() and first[:1] != "0")):
            return f"{opening}{first};{second}{closing}"
        return match.group()

    return _INTERVAL.sub(bound, folded)


#: a scale word glued to a number, in lower case then a capital ("bN" of "2.0bN"): a version's
#: suffix with a placeholder for its number ("2.0aN", "2.0bN", "2.0rcN"), no "bn"
_MIXED_CASE = re.compile(r"[a-z]+[A-Z]")


def _placeholder_suffix(word: str) -> bool:
    """Is the scale word ``word``, as matched, a version's suffix ("bN"), no scale?"""
    return _MIXED_CASE.fullmatch(word) is not None


#: what may stand before a decimal written without its zero (".08", "$.20")
_BEFORE_POINT = frozenset(" \t\n\u00a0\u202f([-–—وف£$€¥")
#: currency signs before which "m" and "bn" glued to a number are million and billion
_CURRENCY = frozenset("£$€¥")
_MONEY_SCALE = re.compile(r"bn|m(?![^\W\d_])")


#: a scale said by an adjective glued to the number: «25-тысячную толпу», «5-миллионный»
_SCALE_ADJECTIVES = {"ru": {"тысячн": 1e3, "миллионн": 1e6, "миллиардн": 1e9}}


def _scale_of(lang: str, scaled: re.Match[str]) -> float:
    """The value of the scale word ``_scale_re`` matched."""
    base = lang.split("_")[0]
    word = scaled.group(scaled.lastgroup or "scale").lower()
    if scaled.lastgroup == "adjective":
        return _SCALE_ADJECTIVES[base][word]
    return SCALES[base][word]


#: (compiled here, not looked up in ``re``'s cache at each call: a worker forked after the
#: module is imported inherits them, ``checks.warm``)
_GROUP_SPACE = re.compile(r"[\s\u00a0\u202f\u2009]")
#: a separator followed by exactly three digits, per separator (the decimal marks are "." and ",")
_THREE_AFTER = {mark: re.compile(re.escape(mark) + r"\d{3}(?!\d)") for mark in ".,"}
_ONE_GROUP = re.compile(r"\d{1,3},\d{3}")
_NOT_DIGIT = re.compile(r"[^\d]")


def _readings(text: str, lang: str) -> set[float]:
    """All plausible values of a digit string in ``lang`` (``es_MX``: as Mexico writes them,
    ``languages.number_convention``)."""
    base = lang.split("_")[0]
    compact = _GROUP_SPACE.sub("", text)
    decimal = _DECIMAL.get(base, ".") if base == lang else _regional_decimal(lang)
    other = "," if decimal == "." else "."
    out: set[float] = set()
    for index, (dec, group) in enumerate(((decimal, other), (other, decimal))):
        if index and _THREE_AFTER[dec].search(compact) and base != "ar" and (
                group in compact or compact.split(dec, 1)[0].strip("0")):
            # "25.000" is twenty-five thousand in Spanish, never 25.0 (Arabic: both); but
            # "0.337" groups nothing (no number starts with a zero group): a decimal point,
            # in a language whose decimal sign is the other ("p = 0,014" in English, "kappa =
            # 0.337" in Spanish)
            continue
        if index and decimal == "," and base != "ar" and _ONE_GROUP.fullmatch(compact):
            continue  # "1,500" in Spanish, French or Russian reads 1.5: the comma is decimal
        if group in compact and not compact.split(group, 1)[0].strip("0"):
            continue  # "0.001" groups no thousands: no number starts with a zero group
        candidate = compact.replace(group, "")
        if candidate.count(dec) > 1:
            continue
        try:
            out.add(float(candidate.replace(dec, ".")))
        except ValueError:
            continue
        if not _THREE_AFTER[group].search(compact) and group in compact:
            out.discard(float(candidate.replace(dec, ".")))  # "2,5" is never grouping
    return out or {float(_NOT_DIGIT.sub("", compact) or 0)}


def decimal_mark(lang: str) -> str:
    """The decimal sign ``lang`` writes ("es": ","; "es_MX", a region that writes numbers
    otherwise than its language: ".")."""
    base = lang.split("_")[0]
    return _DECIMAL.get(base, ".") if base == lang else _regional_decimal(lang)


@cache
def _regional_decimal(lang: str) -> str:
    """The decimal sign of a region that writes numbers otherwise than its language (a locale
    ``languages.number_convention`` named); the language's own for any other."""
    from transpub.languages import decimal_sign

    return decimal_sign(lang) or _DECIMAL.get(lang.split("_")[0], ".")


@lru_cache(maxsize=2048)
def _scaled(readings: frozenset[float], scale: float) -> frozenset[float]:
    """The values of ``readings`` at ``scale``, once per reading and scale."""
    if scale == 1.0:
        return frozenset(round(v, 6) for v in readings)
    # (and to 15 significant digits: 8.3 × 1e9 is 8300000000.000001 in floating point, which
    # «83 亿» is not)
    return frozenset(float(f"{round(v * scale, 6):.15g}") for v in readings)


@lru_cache(maxsize=2048)
def _readings_of(text: str, lang: str) -> frozenset[float]:
    """``_readings``, once per digit string and language: "2020", "1.5", "30" recur in every
    release and every language."""
    return frozenset(_readings(text, lang))


#: The invisible marks of bidirectional text (LRM, RLM, the Arabic letter mark, the embeddings,
#: overrides and isolates): CLDR's Arabic short date is «15‏/03‏/1985» with an RLM after each
#: part, and Word puts them around an Arabic text's digits; a number or a date is read as if
#: they were not there (they had ended it: «15‏/03‏/1985» was no date, its date "missing")
_MARK = "[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]"
BIDI_MARKS = re.compile(_MARK)
#: such a mark against a digit, or a space from one: where it may stand inside a number or a
#: date («15 ‏آذار/مارس 1985»; a text whose marks stand elsewhere, an Arabic text's
#: «\u061c«ع»», is read as it is, at no cost)
#: (opening on the mark, so that ``re`` skips to the marks in C: written with its look-behinds
#: first, it was tried at every place of every text not in ASCII, 0.4 s of TP301's 9 in the
#: benchmark's per-unit checks)
MARK_BY_DIGIT = re.compile(_MARK + "(?:(?=[\\s\u00a0]?\\d)|(?<=\\d" + _MARK + ")"
                           "|(?<=\\d[\\s\u00a0]" + _MARK + "))")


def unmarked(text: str) -> tuple[str, list[int]] | None:
    """``text`` without its ``BIDI_MARKS``, and the place in ``text`` of each character kept;
    None for a text without one against a digit (an ASCII text, a flag of the string, holds
    none)."""
    if text.isascii() or MARK_BY_DIGIT.search(text) is None:
        return None
    kept = [index for index, char in enumerate(text) if not BIDI_MARKS.match(char)]
    return "".join(text[index] for index in kept), kept


def find_numbers(text: str, lang: str, skip: list[tuple[int, int]] | None = None) -> list[
        NumberMention]:
    """Numbers written with digits, outside the ``skip`` spans (dates, e-mails, placeholders)."""
    if not has_digit(text):
        return []  # (what ``str.isdigit`` holds but ``\d`` does not, "²", makes no number)
    if "&" in text and (refs := decoded(text)) is not None:
        # "&#45;&#45;", "25&nbsp;000": a PO file of HTML-escaped text; read as the characters
        # its references stand for (``charrefs``), "45" no number
        return _without_marks(text, lang, skip, *refs)
    marked = unmarked(text)
    if marked is not None:
        return _without_marks(text, lang, skip, *marked)
    # folded only where there is something to fold: most text has ASCII digits alone
    folded = _folded(text)
    scale_re = _scale_re(lang)
    out: list[NumberMention] = []
    arabic = lang.startswith("ar")
    english = lang.startswith("en")  # (a source: where a prefixed unit is read)
    chinese = lang.startswith("zh")
    if arabic:
        skip = list(skip or [])  # (the caller's list left as it was)
        out += _reversed_groups(text, folded, lang, scale_re, skip)
        skip += [(m.start, m.end) for m in out]
    if _CODE_GLUED_GATE.search(folded):
        # "RMB900 billion", "USD5 million": a currency's code written against its amount (the
        # code's last letter read as a space: the same places, the digits no longer glued); in
        # every language, a translation copies the code as the source writes it («CHF1.25»,
        # «USD5 millions»: read as no number at all, a right one missing and a changed one
        # unseen); not a code ending a Latin word ("XUSD5"): a Chinese or Arabic letter
        # before it is another script's
        folded = _CODE_GLUED.sub(lambda m: m.group()[:-1] + " " if m.start() == 0 or not
                                 _LATIN_LETTER.match(folded, m.start() - 1) else m.group(),
                                 folded)
    if (chinese or english) and "," in folded and _DECIMAL_THEN_COMMA.search(folded):
        # «12.5,16.7%»: where the point is the decimal sign, a comma after a decimal's
        # fraction groups nothing: it parts two numbers of a list (Chinese writers type the
        # ASCII comma for «，»), and the second was lost (read as the first's tail)
        folded = _DECIMAL_THEN_COMMA.sub(r"\1;", folded)
    if "[" in folded and "," in folded:
        folded = _intervals(folded, lang)
    indian = english and _INDIAN_CORE.search(folded) is not None
    if indian:
        # "2,06,737": the Indian grouping (lakhs, then thousands), one number
        skip = list(skip or [])
        for match in _INDIAN.finditer(folded):
            value = frozenset((float(match.group().replace(",", "")),))
            out.append(_new_mention(match.start(), match.end(), text[match.start():match.end()],
                                    value, 1.0, value))
            skip.append(match.span())
    # (half the texts with a number have nothing to set aside: no spans made, none asked)
    taken = Intervals(skip) if skip else None
    # (a scale word read: a range's first number may share it)
    scaled_any = arabic and any(m.scale > 1.0 for m in out)
    prefixed = False  # (a letter of a metric prefix after a number of an English text)
    for match in _NUMBER_RE.finditer(folded):
        start, end = match.span()
        if taken is not None and taken.overlaps(start, end):
            continue
        if english and not prefixed:
            prefixed = folded[end:end + 2].lstrip(" -")[:1] in _PREFIX_FIRST
        raw = match.group("num")
        if (chinese or english) and "," in raw and _LIST_COMMA.fullmatch(raw) and not (
                scale_re.match(folded, end)):
            # «1635-36,1655和1664年», "1665,1691": where the point is the decimal sign, a
            # comma before four digits groups nothing and is no decimal comma a writer
            # slipped in ("0,5"): it parts the numbers of a list
            more = _LIST_MORE.match(folded, end)  # (the pattern took two of them at most)
            if more is not None:
                raw = folded[start:more.end()]
            for part in _LIST_PART.finditer(raw):
                value = _scaled(_readings_of(part.group(), lang), 1.0)
                out.append(_new_mention(start + part.start(), start + part.end(),
                                        text[start + part.start():start + part.end()], value,
                                        1.0, value))
            continue
        readings = _readings_of(raw, lang)
        if (start and folded[start - 1] == "." and raw.isdigit()
                and (start == 1 or folded[start - 2] in _BEFORE_POINT)):
            # "to .08% in New Zealand": a decimal written without its zero (after a space, a
            # bracket or the Arabic conjunction: «و.08%»; «(рис.2).2» is no decimal)
            start -= 1
            readings = frozenset((float("0." + raw),))
        scale = 1.0
        scaled = scale_re.match(folded, end)
        if scaled is None and folded.startswith("+", end):
            scaled = scale_re.match(folded, end + 1)  # "$300+ billion": more than 300 billion
        if scaled is None and folded.startswith(")", end) and start and folded[start - 1] == "(":
            # "assistance of (80) million US dollars": the number in parentheses, as contracts
            # and some Member States' reports write amounts, then its scale
            scaled = scale_re.match(folded, end + 1)
            if scaled:
                start -= 1
        if scaled is not None and scaled.group("scale") in ("m", "M") and (
                folded.startswith(("/", "²", "³"), scaled.end())
                or (scaled.group()[:1].isspace()
                    and not (start and folded[start - 1] in _CURRENCY))):
            scaled = None  # "180 m/s", "six feet (1.8 m)": metres ("$5 m", "5m": a million)
        if scaled is not None and _placeholder_suffix(scaled.group()):
            scaled = None  # "*2.0bN*": a beta version's label (N any number), no billion
        values = None
        if scaled:
            scaled_any = True
            scale = _scale_of(lang, scaled)
            end = scaled.end()
            if scaled.group().strip().lower() == "k":
                # "5K" is five thousand, or a 5-kilometre race: «пяти километров»
                values = _scaled(readings, scale) | readings
        elif start and folded[start - 1] in _CURRENCY and (
                money := _MONEY_SCALE.match(folded, end)) is not None:
            # "£125m", "$2.8bn" copied into a translation: money, in the English abbreviation
            scale, end = (1e9 if money.group() == "bn" else 1e6), money.end()
        out.append(_new_mention(start, end, text[start:end],
                                values or _scaled(readings, scale), scale, readings))
    if arabic or indian:  # (elsewhere the pattern's matches came in order, one after another)
        out.sort(key=_START)
    # (looked for only where a number has a k, M or g after it: a search of every text with
    # a number cost more than the rest of this)
    if prefixed and _PREFIX_GATE.search(folded):
        out = _prefixed_units(folded, out)
    if out and ("½" in folded or (english and "half" in folded) or (
            (gate := _HALF_GATE.get(lang[:2])) is not None and gate in folded)):
        out = _and_halves(folded, text, lang, out, scale_re)
    if scaled_any and len(out) > 1:
        out = _shared_scales(folded, out)
    if lang.startswith("zh") and len(out) > 1:
        out = _chinese_sums(text, out)
    elif lang[:2] in ("es", "fr") and len(out) > 1 and "mil" in folded:
        out = _thousands_said(folded, text, out)
    return out


#: a half after a whole number: "1 and a half million", "2 and one half years",
#: "3-and-a-half", "1½", "1 ½" (the sign in any language: «1½ года»)
_AND_A_HALF = re.compile(r"(?:[\s\u00a0]+|-)and[\s\u00a0-]+(?:a|one)[\s\u00a0-]+half(?![\w-])"
                         r"|[\u00a0\u202f ]?½", re.IGNORECASE)


#: the half the languages say in words after a whole number in digits, after its noun or
#: before it: «2 ans et demi», «3 heures et demie», «2 años y medio», «2 с половиной года»,
#: «2 года с половиной» (not a time of day: «à 3 heures et demie», «a las 2 y media»)
_HALF_AFTER = {
    "fr": re.compile(r"[\s\u00a0]+(?:[^\W\d_]+[\s\u00a0]+)?et[\s\u00a0]+"
                     r"demie?s?(?![\w-])", re.IGNORECASE),
    "es": re.compile(r"[\s\u00a0]+(?:[^\W\d_]+[\s\u00a0]+)?y[\s\u00a0]+medi[oa]s?(?![\w-])",
                     re.IGNORECASE),
    "ru": re.compile(r"[\s\u00a0]+(?:[^\W\d_]+[\s\u00a0]+)?с[\s\u00a0]+половиной(?![\w-])",
                     re.IGNORECASE),
}
_HALF_GATE = {"fr": "demi", "es": "medi", "ru": "половин"}
#: what before a number makes it a time of day, its half half past («à 3 heures et demie»)
_HOUR_BEFORE = {"fr": re.compile(r"(?:\b(?:à|vers|dès|jusqu'à)|\bh)[\s\u00a0]+$", re.IGNORECASE),
                "es": re.compile(r"\b(?:las?|a\s+la)[\s\u00a0]+$", re.IGNORECASE)}


def _and_halves(folded: str, text: str, lang: str, mentions: list[NumberMention],
                scale_re: re.Pattern[str]) -> list[NumberMention]:
    """``mentions`` with a whole number followed by a half read as one number with it, and
    the scale after the half: "almost 1 and a half million emails" is 1,500,000, as "1.5
    million" is (the "1" alone had been «1» "missing" beside «полтора миллиона», Debian's
    news, t64/hN class G; «un millón y medio», «一百五十万» are read as for "1.5 million").
    In French, Spanish and Russian the half said in words after the number or its noun
    («2 ans et demi», «2 años y medio», «2 с половиной года») makes it 2.5, the number's text
    and place its digits' (the noun stays a unit after them): the 2 read alone had been "the
    decimal sign differs" for "2 and a half years" (t65/hF finding 8)."""
    words = _HALF_AFTER.get(lang[:2])
    before = _HOUR_BEFORE.get(lang[:2])
    out = []
    for mention in mentions:
        whole = mention.scale == 1.0 and bool(mention.mantissas) and all(
            v.is_integer() for v in mention.mantissas) and mention.text[-1:].isdigit()
        if whole and words is not None and words.match(folded, mention.end) and not (
                before is not None and before.search(folded, max(0, mention.start - 12),
                                                     mention.start)):
            halves = frozenset(v + 0.5 for v in mention.mantissas)
            out.append(_new_mention(mention.start, mention.end, mention.text, halves, 1.0,
                                    halves))
            continue
        half = _AND_A_HALF.match(folded, mention.end) if whole else None
        if half is not None:
            end, scale = half.end(), 1.0
            scaled = scale_re.match(folded, end)
            # (a scale word only: "1½ m" is metres, a hyphenated adjective no scale of it)
            if scaled is not None and scaled.lastgroup == "scale" and \
                    scaled.group("scale") not in ("m", "M"):
                scale, end = _scale_of(lang, scaled), scaled.end()
            halves = frozenset(v + 0.5 for v in mention.mantissas)
            mention = _new_mention(mention.start, end, text[mention.start:end],
                                   _scaled(halves, scale), scale, halves)
        out.append(mention)
    return out


def _without_marks(text: str, lang: str, skip: list[tuple[int, int]] | None, plain: str,
                   kept: list[int], ends: list[int] | None = None) -> list[NumberMention]:
    """The numbers of ``text`` read in ``plain`` (``unmarked``, or ``charrefs.decoded``: then
    ``ends``, where each character of ``plain`` ends in ``text``), their places and text given
    in ``text``'s own."""
    plain_skip = [(bisect_left(kept, start), bisect_left(kept, end)) for start, end in skip or ()]
    out = []
    for mention in find_numbers(plain, lang, plain_skip):
        start = kept[mention.start]
        end = ends[mention.end - 1] if ends is not None else kept[mention.end - 1] + 1
        out.append(_new_mention(start, end, text[start:end], mention.values, mention.scale,
                                mention.mantissas))
    return out


#: «5 mil 352 pesos», «55 mille 053»: thousands said by their word, then the hundreds in
#: digits (Mexican and Central American newspapers write numbers so): one number, 5,352
_SAID_MIL = re.compile(r"(?i:mil|mille)[\s\u00a0\u202f]+$")


def _thousands_said(folded: str, text: str, mentions: list[NumberMention]
                    ) -> list[NumberMention]:
    """``mentions`` with a number of thousands said by «mil» or «mille» and the three digits
    after it read as one number (either part alone stays a reading: «5 mil» is 5,000)."""
    out: list[NumberMention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if (last is not None and last.scale == 1e3 and mention.scale == 1.0
                and len(mention.text) == 3 and mention.text.isdigit()
                and _SAID_MIL.search(folded, last.start, mention.start) is not None
                and len(last.values) == 1):
            total = next(iter(last.values)) + float(mention.text)
            out[-1] = _new_mention(last.start, mention.end, text[last.start:mention.end],
                                   frozenset((total,)), 1.0, frozenset((total,)))
            continue
        out.append(mention)
    return out


#: a unit with a metric prefix after a number ("32 kilobases", "5 megawatts", "30 kb"), or
#: after a range's second number ("26 to 32 kilobases"): the translation may give the number
#: in the base unit with a scale word («от 26 до 32 тысяч нуклеотидов», «2.6 至 3.2 万个碱基»)
_PREFIX_GATE = re.compile(r"(?i:kilo|mega|giga)|\b[kM]bp?\b")
_PREFIX_FIRST = frozenset("kKmMgG")
_PREFIXED = re.compile(r"(?:[\s\u00a0]*(?:-|–|to|and)[\s\u00a0]*\d[\d.,]*)?[\s\u00a0-]*"
                       r"(?:(?P<k>(?i:kilo)|kbp?\b)|(?P<M>(?i:mega)|Mbp?\b)|(?P<G>(?i:giga)))")


def _prefixed_units(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """``mentions`` with the values of those before a prefixed unit also read in the base
    unit (32 kilobases: 32, or 32,000 bases)."""
    out = []
    for mention in mentions:
        unit = _PREFIXED.match(text, mention.end) if mention.scale == 1.0 else None
        if unit is not None:
            factor = 1e3 if unit.group("k") else 1e6 if unit.group("M") else 1e9
            mention = _new_mention(mention.start, mention.end, mention.text,
                                   mention.values | _scaled(mention.mantissas, factor),
                                   mention.scale, mention.mantissas)
        out.append(mention)
    return out


#: what joins a range's two numbers: "12-15", "12 to 15", «de 12 à 15», «от 12 до 15», «12至15»,
#: «من 12 إلى 15»
RANGE_JOIN = (r"[\s\u00a0\u202f]*(?:[-–—~～]|(?<![^\W\d_])(?:to|and|à|et|a|y|al|hasta|до|по|и"
              r"|إلى|الى|و)(?![^\W\d_])|至|到)[\s\u00a0\u202f]*")
#: a range's join with a bound on its second number: "between 3 million and more than 10
#: million", «entre 3 y más de 10 millones» (PUD), «от 3 до более чем 10 млн»
_JOIN_BOUNDED = re.compile(RANGE_JOIN + r"(?:(?:more\s+than|over|almost|nearly|más\s+de|casi"
                           r"|plus\s+de|près\s+de|более(?:\s+чем)?|почти|أكثر\s+من|نحو)"
                           r"[\s\u00a0\u202f]+)?")


def _shared_scales(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """``mentions`` with a range's bare first number also read at the scale of the second
    ("between 14 and 22 million": 14 or 14 million; «от 12 до 15 тысяч»: 12 or 12,000)."""
    out = list(mentions)
    for index in range(len(out) - 1):
        first, second = out[index], out[index + 1]
        # (a range runs upwards, or down within one order of magnitude, "fell from 99.4 to
        # 88.5 billion": "1,00,00,000 and 5 crore" is no range; «2,000至3,000億» is)
        if (first.scale == 1.0 and second.scale > 1.0
                and max(first.mantissas) <= 10 * max(second.mantissas)
                and _JOIN_BOUNDED.fullmatch(text, first.end, second.start) is not None):
            out[index] = _new_mention(first.start, first.end, first.text,
                                      first.values | _scaled(first.mantissas, second.scale),
                                      first.scale, first.mantissas)
    return out


def _chinese_sums(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """«4亿5千万» is 450 million: a number of a larger scale followed, with nothing between, by
    one of a smaller, is their sum (Chinese writes the sections of a number so)."""
    out: list[NumberMention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if (last is not None and last.end == mention.start and 1 < mention.scale < last.scale
                and len(last.values) == 1 and len(mention.values) == 1):
            total = next(iter(last.values)) + next(iter(mention.values))
            out[-1] = _new_mention(last.start, mention.end, text[last.start:mention.end],
                                   frozenset((total,)), last.scale,
                                   frozenset((round(total / last.scale, 6),)))
            continue
        out.append(mention)
    return out


#: Arabic typed in visual order: "000 100" is displayed right to left as 100 000, «500 2» as
#: 2 500, «958.6 1 مليون» as 1 958.6 million. A number never starts with a zero group nor ends
#: with a short one, so then the groups reversed are the only reading; three-digit groups
#: alone ("100 437") may be either order.
_REVERSED_RE = re.compile(
    r"\d(?<![\d.,]\d)\d{2}(?:\.\d+)?(?:[ \u00a0\u202f]\d{3})*[ \u00a0\u202f]\d{1,3}(?![\d.,])")
#: ``_REVERSED_RE`` as first written: its lookbehind in front, tried at every position of an
#: Arabic text (the pattern above takes it after the first digit: the same matches, scanned for
#: from digit to digit; tests/test_parse15_patterns.py)
REVERSED_RE_PLAIN = re.compile(
    r"(?<![\d.,])\d{3}(?:\.\d+)?(?:[ \u00a0\u202f]\d{3})*[ \u00a0\u202f]\d{1,3}(?![\d.,])")


def _reversed_groups(text: str, folded: str, lang: str, scale_re: re.Pattern[str],
                     skip: list[tuple[int, int]]) -> list[NumberMention]:
    out: list[NumberMention] = []
    for match in _REVERSED_RE.finditer(folded):
        if any(s < match.end() and match.start() < e for s, e in skip):
            continue
        groups = re.split(r"[ \u00a0\u202f]", match.group())
        values = {float("".join(reversed(groups)))}
        if len(groups[-1]) == 3 and not groups[0].startswith("0") and "." not in groups[0]:
            values.add(float("".join(groups)))  # "100 437": the logical order, too
        scale, end = 1.0, match.end()
        scaled = scale_re.match(folded, end)
        if scaled:
            scale = _scale_of(lang, scaled)
            end = scaled.end()
        out.append(NumberMention(match.start(), end, text[match.start():end],
                                 frozenset(round(v * scale, 6) for v in values), scale,
                                 frozenset(values)))
    return out


_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
#: the Chinese numerals' digits (零 to 九), for readers of numerals outside this module
CN_DIGITS = _CN_DIGITS
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_SECTIONS = {"万": 10_000, "亿": 100_000_000, "萬": 10_000, "億": 100_000_000}
CN_RUN = re.compile("[零〇一二两兩三四五六七八九十百千万亿萬億]+")


def chinese_run_value(run: str) -> float:
    """The value of a run of Chinese numerals (``CN_RUN``): 七十五 = 75, 三百万 = 3000000."""
    # (亿 multiplies everything before it; 万 only what follows the last 亿: 一亿一千万 is
    # 110 million, 一万亿 a trillion)
    total = below = section = current = 0
    for char in run:
        if char in _CN_DIGITS:
            current = _CN_DIGITS[char]
        elif char in _CN_UNITS:
            section += (current or 1) * _CN_UNITS[char]
            current = 0
        else:
            scale = _CN_SECTIONS[char]
            if scale >= 100_000_000:
                total = (total + below + section + current or 1) * scale
                below = 0
            else:
                below += (section + current or 1) * scale
            section = current = 0
    return float(total + below + section + current)


def chinese_numerals(text: str) -> set[float]:
    """Values written in Chinese numerals (七十五 = 75, 三百万 = 3000000, 第五 = 5), used only to
    accept a translation; each run and each single numeral counts."""
    values: set[float] = set()
    for found in CN_RUN.finditer(text):
        run = found.group()
        values.update(float(_CN_DIGITS[char]) for char in run if char in _CN_DIGITS)
        values.add(chinese_run_value(run))
        if text[found.end():found.end() + 1] == "旬":
            # decades of a person's age: 年过七旬 (over 70), 八旬老人 (a man of 80)
            values.add(chinese_run_value(run) * 10)
        if len(run) > 1 and all(char in _CN_DIGITS for char in run):
            # digit by digit, without 十/百: 第一六三条 (article 163), 一九四五年 (1945)
            values.add(float("".join(str(_CN_DIGITS[char]) for char in run)))
        if len(run) > 1 and run[-1] in _CN_DIGITS and run[-2] in _CN_DIGITS and (
                _CN_DIGITS[run[-1]] == _CN_DIGITS[run[-2]] + 1):
            # a range said short: 十四五年 (14 or 15 years), 三四天 (3 or 4 days)
            low = chinese_run_value(run[:-1])
            values.update((low, low + 1))
    if "点" in text or "多" in text or "余" in text:
        values.update(_chinese_said_values(text))
    return values


#: a decimal in numerals, 六点一 (6.1), 五点二亿 (520 million), 百分之五十一点六 (51.6 %); a
#: round number with "more than" before its scale, 二十多万 (more than 200,000), 三十余亿
_CN_DECIMAL = re.compile("([零〇一二两兩三四五六七八九十百千]+)点([零〇一二三四五六七八九]+)"
                         "([万亿萬億])?")
_CN_ABOUT = re.compile("([零〇一二两兩三四五六七八九十百千]+)[多余]([万亿萬億])")


def _chinese_said_values(text: str) -> set[float]:
    """The values ``CN_RUN``'s runs do not give: a decimal's and an approximate scale's."""
    values: set[float] = set()
    for match in _CN_DECIMAL.finditer(text):
        whole = chinese_run_value(match.group(1))
        value = whole + float("0." + "".join(str(_CN_DIGITS[c]) for c in match.group(2)))
        if match.group(3):
            value *= _CN_SECTIONS[match.group(3)]
        values.add(round(value, 6))
    for match in _CN_ABOUT.finditer(text):
        values.add(chinese_run_value(match.group(1)) * _CN_SECTIONS[match.group(2)])
    return values
