"""Find dates in running text in the six UN languages, and parse them as dates.

Month names come from babel's CLDR data (format and stand-alone, wide and abbreviated; for
Arabic the Egyptian-style names of ``ar``, the Levantine ones of ``ar_SY`` and the Maghreb's of
``ar_MA``, ``ar_DZ`` and ``ar_MR``), plus the
spellings UN text uses that CLDR lacks (Arabic يونيه/يوليه, Russian prepositional «декабре»).
Each mention records whether it is written in the language's UN house style, and its calendar:
letters from some Member States date events in the Hijri calendar with the Gregorian date beside
it ("25 Rajab A.H. 1436 (14 May A.D. 2015)", «回历1436年7月25日(公历2015年5月14日)»); an era
marker (A.D., «م», «н. э.») may stand between a date's month and its year. Era markers and Hijri
month names are data (``data/calendars.json``).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

from babel import Locale

from transpub import retrie
from transpub.charrefs import decoded
from transpub.fastnew import maker
from transpub.firstchars import tried_at
from transpub.intervals import Intervals
from transpub.memo import memo
from transpub.numfind import BIDI_MARKS, ES_ORDINAL_O, MARK_BY_DIGIT, SCALES, has_digit
from transpub.style import UN_ARABIC_MONTHS

# digits, and the apostrophes of transliterated names ("Sha’ban", "Rabiʿ"): one character for
# one, so that spans in the folded text are spans in the text
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９’ʿʼ‘`",
                               "012345678901234567890123456789" + "'" * 5)
_SPACE = r"[\s\u00a0\u202f]+"
_OPT_SPACE = r"[\s\u00a0\u202f]*"
#: White space with an optional comma inside it, as "1st, and" and "May 1 , 2020" hold: the same
#: strings as ``_OPT_SPACE + ",?" + _OPT_SPACE`` (and ``… + _SPACE``), but a run without a
#: comma is taken by one star, not split between two: ``re`` tried every split of the run
#: before failing, quadratic in it (an ordinal day before 20,000 spaces: 22 s to check)
_OPT_COMMA = _OPT_SPACE + r"(?:," + _OPT_SPACE + r")?"
_COMMA_SPACE = r"(?:" + _OPT_SPACE + r",)?" + _SPACE


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in a text; ``day`` or ``year`` is None when the text leaves it out."""

    year: int | None
    month: int
    day: int | None
    start: int
    end: int
    text: str
    house_style: bool = True
    calendar: str = "gregorian"
    """"gregorian", or "hijri" for a date of the Islamic calendar (month 7 is Rajab)."""

    def key(self, default_year: int | None) -> tuple[int | None, int, int | None]:
        # the release's year is a Gregorian one: a Hijri date without its year stays without
        default = default_year if self.calendar == "gregorian" else None
        return (self.year if self.year is not None else default, self.month, self.day)

    def gregorian_ordinal(self) -> int | None:
        """The day as ``date.toordinal()``, for a Hijri date with its day and year: by the
        arithmetic (tabular) calendar, which may differ from a country's observed calendar
        by a day or two (callers allow for that)."""
        if self.calendar != "hijri" or self.year is None or self.day is None:
            return None
        year, month = self.year, self.month
        julian_day = (self.day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354
                      + (3 + 11 * year) // 30 + 1948439)
        return julian_day - 1721425


#: ``DateMention(...)`` without its ``__init__`` (fastnew)
_new_date = maker(DateMention, "year", "month", "day", "start", "end", "text", "house_style",
                  "calendar")

#: what ``_ARABIC_DIGITS`` changes
_TO_FOLD = re.compile("[" + re.escape("".join(map(chr, _ARABIC_DIGITS))) + "]")


def _fold_digits(text: str) -> str:
    return text.translate(_ARABIC_DIGITS)


@cache
def month_names(lang: str) -> dict[str, int]:
    """Every spelling of every month in ``lang`` that UN text may use, lower-cased."""
    base = lang.split("_")[0]
    names: dict[str, int] = {}
    locales = [lang]
    if base == "ar":
        # the Levantine names UN Arabic pairs with the Egyptian ones; and the Maghreb's, which
        # letters from its Member States write («2 دجنبر 2014», «5 جويلية»): read as dates
        # (then found not in house style), never as a date gone missing
        locales += ["ar_SY", "ar_MA", "ar_DZ", "ar_MR"]
    for code in locales:
        try:
            locale = Locale.parse(code)
        except (ValueError, TypeError):
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    names[name.lower().rstrip(".")] = number
    if base == "ar":
        for number, double in enumerate(UN_ARABIC_MONTHS, 1):
            levantine, egyptian = double.split("/")
            names[levantine] = number
            names[egyptian] = number
        names["يونيو"] = 6
        names["يوليو"] = 7
    if base == "ru":
        for name, number in list(names.items()):
            if name.endswith(("ь", "й")) and (len(name) > 3 or name == "май"):
                # в декабре, в мае; к ноябрю, к маю (dative); ноябрём, маем (instrumental)
                stem = name[:-1]
                for ending in ("е", "ю", "ем", "ём"):
                    names[stem + ending] = number
            elif name.endswith(("т", "л")) and len(name) > 3:
                for ending in ("е", "у", "ом"):  # в марте; к марту, к августу; мартом
                    names[name + ending] = number
    if base == "es":
        names["setiembre"] = 9
    if base == "en":
        names["sept"] = 9
    # two-letter names are abbreviations, too ambiguous to find in text; but the Levantine
    # «آب» (August) is a whole name («1 آب/أغسطس 2016»)
    return {k: v for k, v in names.items() if len(k) >= 3 or base in ("zh", "ja", "ar")}


@cache
def _calendars() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (files("transpub") / "data" / "calendars.json").read_text(encoding="utf-8"))
    return data


@cache
def gregorian_eras(lang: str) -> tuple[str, ...]:
    """How ``lang`` marks a year of the common era: CLDR's names (babel) and UN spellings."""
    base = lang.split("_")[0]
    names: set[str] = set(_calendars()["gregorian_era"].get(base, []))
    try:
        widths = list(Locale.parse(base).eras.values())
    except (ValueError, TypeError):
        widths = []
    for by_era in widths:
        name = str(by_era.get(1, ""))
        if len(name) >= 2 or not name.isascii():
            names.add(name)  # not "A", the narrow English era: a letter, not a marker
    return tuple(sorted(names, key=len, reverse=True))


@cache
def _anaphora_re(lang: str) -> re.Pattern[str] | None:
    phrases = _calendars()["date_anaphora"].get(lang.split("_")[0], [])
    if not phrases:
        return None
    if lang.startswith(("zh", "ja")):
        return re.compile(_words(phrases))
    return re.compile(r"(?<!\w)(?:" + _words(phrases) + r")(?!\w)", re.IGNORECASE)


def date_anaphora(text: str, lang: str) -> int:
    """How many times ``text`` names a date by a demonstrative («après cette date», «dicha
    fecha», «هذا التاريخ», «该日»): a date given earlier in the document, not repeated."""
    pattern = _anaphora_re(lang)
    return len(pattern.findall(text)) if pattern is not None else 0


@cache
def _relative_res(lang: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
    words = _calendars().get("relative_days", {}).get(lang.split("_")[0].split("-")[0], {})
    edges = ("", "") if lang.startswith(("zh", "ja")) else (r"(?<!\w)", r"(?!\w)")
    return tuple((int(offset), re.compile(edges[0] + "(?:" + "|".join(forms) + ")" + edges[1],
                                          re.IGNORECASE))
                 for offset, forms in sorted(words.items()) if forms)


@cache
def _relative_year_res(lang: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
    words = _calendars().get("relative_years", {}).get(lang.split("_")[0].split("-")[0], {})
    edges = ("", "") if lang.startswith(("zh", "ja")) else (r"(?<!\w)", r"(?!\w)")
    return tuple((int(offset), re.compile(edges[0] + "(?:" + "|".join(forms) + ")" + edges[1],
                                          re.IGNORECASE))
                 for offset, forms in sorted(words.items()) if forms)


def relative_years(text: str, lang: str) -> list[tuple[int, str, int]]:
    """The years ``text`` names relative to the release's («cette année», «de este año»,
    «этого года», «今年», «هذا العام» 0; «l'an dernier», «去年» -1; «l'an prochain», «明年» 1):
    (offset, the words, where they start) for each, in text order (``data/calendars.json``'s
    relative_years)."""
    found = [(offset, match.group(), match.start()) for offset, pattern in
             _relative_year_res(lang) for match in pattern.finditer(text)]
    return sorted(found, key=lambda named: named[2])


def relative_days(text: str, lang: str) -> frozenset[int]:
    """The days ``text`` names relative to the release's own («aujourd'hui» 0, «вчера» -1,
    «明天» 1): a release dated 30 October that says "on 30 October" may be «今天» in its
    translation, the day it is issued; the words are data (``data/calendars.json``)."""
    return frozenset(offset for offset, pattern in _relative_res(lang) if pattern.search(text))


def relative_day_patterns(lang: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
    """The patterns of the words naming a day from the release's own (``relative_days``), each
    with its offset: 0 «aujourd'hui», -1 «вчера», 1 «明天»."""
    return _relative_res(lang)


def relative_day_words(text: str, lang: str) -> tuple[str, ...]:
    """The words of ``text`` that name a day from the release's own (``relative_days``:
    «اليوم», «aujourd'hui», «вчера»), in text order."""
    found = sorted((match.start(), match.group()) for _, pattern in _relative_res(lang)
                   for match in pattern.finditer(text))
    return tuple(words for _, words in found)


@cache
def hijri_months(lang: str) -> dict[str, int]:
    """The Hijri months' spellings in ``lang`` (lower case, ' for any apostrophe)."""
    months = _calendars()["hijri_months"].get(lang.split("_")[0], [])
    return {name: number for number, names in enumerate(months, 1) for name in names}


def _words(names: tuple[str, ...] | list[str]) -> str:
    """An alternation of names, longest first, any spacing between their words."""
    ordered = sorted(names, key=lambda name: (-len(name), name))
    return "|".join(_SPACE.join(re.escape(part) for part in name.split()) for name in ordered)


class _Lazy:
    """A date pattern compiled when first used. A process compiles every pattern of a language
    that its texts need (the day-month-year forms always), but the Hijri forms, the English
    months in another language's text and the abbreviated forms only where a text holds their
    trigger: the Hijri patterns alone, with their month names and era markers, took 0.4 % of
    a one-process check of the N=100 benchmark to compile for nothing."""

    __slots__ = ("flags", "pattern", "source", "starts", "starts_source")

    def __init__(self, source: str, flags: int = 0, starts: str | None = None) -> None:
        self.source = source
        self.flags = flags
        self.pattern: re.Pattern[str] | None = None
        self.starts_source = starts
        self.starts: re.Pattern[str] | None = None
        """Where a match may start (``_matches``), compiled with the pattern."""

    def compiled(self) -> re.Pattern[str]:
        if self.pattern is None:
            if self.starts_source is not None:
                self.starts = re.compile(self.starts_source)
            self.pattern = re.compile(self.source, self.flags)
        return self.pattern


@cache
def _hijri_patterns(lang: str) -> list[tuple[_Lazy, str]]:
    base = lang.split("_")[0]
    data = _calendars()
    if base in ("zh", "ja"):
        prefix = _words(data["hijri_prefix"].get(base, []))
        if not prefix:
            return []
        return [(_Lazy(r"(?:" + prefix + r")" + _OPT_SPACE + r"(?P<y>\d{3,4})" + _OPT_SPACE
                            + "年" + _OPT_SPACE + r"(?P<m>\d{1,2})" + _OPT_SPACE + "月(?:"
                            + _OPT_SPACE + r"(?P<d1>\d{1,2})" + _OPT_SPACE + r"[日号])?"),
                 "hijri-zh")]
    months = hijri_months(lang)
    if not months:
        return []
    era = _words(data["hijri_era"].get(base, []))
    de = r"(?:de" + _SPACE + r")?" if base == "es" else ""
    year = (r"(?:" + _OPT_COMMA + de + r"(?:(?:" + era + r")" + _OPT_SPACE
            + r")?(?P<y>\d{3,4})(?!\d)(?:" + _SPACE + r"(?:года|году|год|г\.?))?(?:" + _OPT_SPACE
            + r"(?:" + era + r")(?!\w))?)?")
    before, day = _day_forms(base)
    return [(_Lazy(before + day + _SPACE + de + r"(?P<m>" + _words(list(months))
                        + r")(?!\w)" + year + r"(?!\d)", re.IGNORECASE), "hijri")]


#: an ordinal day's letters set in superscript by markup, as the PO text holds it: HTML's
#: «1<sup>er</sup> janvier» and the placeholder transpub writes for it («1<sup1>er</sup1>»);
#: the day is the digits before it (it had cut the date: «1<sup>er</sup> janvier 1970» was
#: «janvier 1970», "January 1st, 1970" missing)
SUP_MARK = (r"<sup(?:\d{1,4}|\s[^<>]{0,200})?>(?:er|re|e|ᵉʳ|o|º|a|ª|st|nd|rd|th)"
            r"</sup\d{0,4}>")

#: a Russian day's ordinal ending after its digits: the genitive's «-го» (or «24го»), the
#: nominative's «-е», the dative's «-му», the instrumental's «-м», and the full endings a
#: writer spells out, «-ого», «-ое», «-ому», «-ым», «-ом» («24-ого июня»: not the UN's
#: style, TP203, but the day; it had been lost and "June 24th" missing, t64/hN F)
RU_DAY_MARK = r"(?:-?го|-(?:ого|ое|е|ому|му|ым|ом|м))"


def _day_forms(base: str) -> tuple[str, str]:
    """What may stand just before a date's day, and the day (with its ordinal marks)."""
    # ordinal day marks: 1er, 1ᵉʳ (superscript), 1º, 1.º, 1ero and 1ro (as Latin American
    # writers abbreviate «primero»), 1-го, 1st; and in markup's superscript, 1<sup>er</sup>
    # (Spanish's º as keyboards give it, ``ES_ORDINAL_O``: «el 1.° de abril» had lost its day)
    marks = (r"(?:er|ᵉʳ|ᵉ|" + ES_ORDINAL_O + r"|\.|ero|ro|o|" + RU_DAY_MARK + r"|st|nd|rd|th|"
             + SUP_MARK + r")?")
    if base == "ar":
        # «و12 حزيران/يونيه»: the conjunction or a preposition written attached to the day;
        # «أول كانون الثاني/يناير»: the first day written as the ordinal word
        return (r"(?:(?<![\w\d])|(?<=(?<!\w)[وفبل]))",
                r"(?:(?P<d1>\d{1,2})" + marks + r"|(?P<first>(?:ال)?[أا]ول))")
    if base == "en":  # "this 19th day of March 2020", as proclamations and treaties write;
        # "the 21st of December" (an ordinal day "of" its month)
        return "", (_DAY_DIGITS + r"(?:(?:st|nd|rd|th|" + SUP_MARK + r")(?:" + _SPACE
                    + r"(?:day" + _SPACE
                    + r")?of)?|" + marks + r"(?:" + _SPACE + r"day" + _SPACE + r"of)?)")
    if base == "fr":  # «ce 19e jour de mars 2020»
        word = r"e?" + _SPACE + r"jour" + _SPACE + r"de"
        return "", _DAY_DIGITS + marks + r"(?:" + word + r")?"
    return "", _DAY_DIGITS + marks


#: a word after a month's year that is no «года» or «г.»: the number counts it
_RU_COUNT_AFTER = re.compile(r"\s+(?!год|г\.|г(?![а-яё]))[а-яё]")
#: an English ordinal's letters after a day of the month ("October 10th", "March 3rd")
_ORDINAL_EN = r"(?:st|nd|rd|th|" + SUP_MARK + r")?(?![^\W\d_])"


#: Where an Arabic day-first date can start (``_Lazy.starts``): the first digit of its day, as
#: ``_day_forms`` lets it stand, or the first letter of the ordinal word «أول» («الأول»). Its
#: ``before`` is a look-behind ``re`` would try at every position of the text (the Arabic
#: day-first pattern took 46 us a dated text, four times another language's).
_DAY_STARTS = {"ar": r"[\dأا](?:(?<=\d)(?:(?<![\w\d]\d)|(?<=(?<!\w)[وفبل]\d))"
                     r"|(?<=ا)ل[أا]ول|(?<=[أا])ول)"}


#: A day of one or two digits after no word character: ``_DAY_DIGITS_PLAIN`` with the
#: lookbehind taken after the first digit (one character wider: that digit is one). The same
#: matches and backtracking, but a pattern that starts with a digit is scanned for at C speed
#: from digit to digit, where one that starts with a lookbehind is tried at every position
#: (the day-first patterns of a text with a month: 8.7 -> 5.8 us a text in English). (Read
#: when the patterns are made: tests/test_checkunit14_dates.py makes them with the plain one.)
#: (Nor after a digit and a point: "in 3.12. May be removed in 3.15" is a version, then a
#: sentence, no 12 May.)
_DAY_DIGITS = r"(?P<d1>\d(?<![\w\d]\d)(?<!\d\.\d)\d?)"
_DAY_DIGITS_PLAIN = r"(?<![\w\d])(?<!\d\.)(?P<d1>\d{1,2})"


@cache
def _lazy_patterns(lang: str) -> list[tuple[_Lazy, str]]:
    # Hijri dates first: «回历1436年7月25日» is no Gregorian 25 July
    return _hijri_patterns(lang) + _gregorian_patterns(lang)


@cache
def _patterns(lang: str) -> list[tuple[re.Pattern[str], str]]:
    """Every date pattern of ``lang``, compiled, with its kind (``_find_dates`` compiles a
    pattern only once a text has its trigger: see ``_Lazy``)."""
    return [(lazy.compiled(), kind) for lazy, kind in _lazy_patterns(lang)]


@cache
def _gregorian_patterns(lang: str) -> list[tuple[_Lazy, str]]:
    base = lang.split("_")[0]
    if base in ("zh", "ja"):
        return [
            (_Lazy(r"(?:(?P<y>\d{4})" + _OPT_SPACE + "年" + _OPT_SPACE + r")?(?P<m>\d{1,2})"
                        + _OPT_SPACE + "月" + _OPT_SPACE + r"(?P<d1>\d{1,2})" + _OPT_SPACE
                        # 5至9日 (5 to 9 May): the first day of a range may leave 日 out,
                        # and a day that "this day" names (2015年8月30這一天, PUD)
                        + r"(?:日|号|(?=(?:这|這|那)一?天|当天|當天)|(?=" + _OPT_SPACE
                        + r"(?:至|到|—|–|-|~|～)" + _OPT_SPACE
                        + r"\d{1,2}" + _OPT_SPACE + r"(?:日|号))"
                        # 4月22、23、24、29和30日: a list of days, 日 after the last
                        # (或 "or" as 和 "and": 12月20日或28日, two days the text leaves
                        # open, t65/hC)
                        + r"|(?=(?:、\d{1,2}){0,30}(?:和|与|及|或|、)\d{1,2}" + _OPT_SPACE
                        + r"(?:日|号)))"
                        + r"(?P<dl>(?:、\d{1,2}(?:日|号)?){1,30}(?=(?:和|与|及|或|、)\d))?"
                        + r"(?:" + _OPT_SPACE
                        + r"(?:至|到|—|–|-|~|～|和|与|及|或|、)"
                        + _OPT_SPACE
                        + r"(?P<d2>\d{1,2})" + _OPT_SPACE + r"(?:日|号))?",
                   starts=r"\d(?:\d{3}" + _OPT_SPACE + "年|\\d?" + _OPT_SPACE + "月)"), "zh"),
            # («2020 年 1 月和 2 月», «2021年9及10月»: a second month of the same year)
            (_Lazy(r"(?P<y>\d{4})" + _OPT_SPACE + "年" + _OPT_SPACE
                        + r"(?:(?P<m0>\d{1,2})" + _OPT_SPACE + r"(?:和|与|及|或|、|至|到)"
                        + _OPT_SPACE + r"(?=\d{1,2}" + _OPT_SPACE + r"月))?(?P<m>\d{1,2})"
                        + _OPT_SPACE + r"月(?!" + _OPT_SPACE + r"\d)(?:" + _OPT_SPACE
                        + r"(?:和|与|及|或|、|至|到|-)" + _OPT_SPACE + r"(?P<m2>\d{1,2})"
                        + _OPT_SPACE + r"月(?!" + _OPT_SPACE + r"\d))?"), "zh-my"),
            (_Lazy(r"(?<!\d)(?P<d1>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})(?!\d)"),
             "numeric"),
            (_Lazy(_HYPHENATED), "numeric"),
            (_Lazy(_ISO), "iso"),
            # the formal style in Chinese numerals: 一九四二年一月一日 (the Charter's)
            # (and a range of days, the month written once: 十二月三日至五日, 日 after the
            # first day or not)
            (_Lazy(r"(?:(?P<y>[〇零一二三四五六七八九]{4})年)?(?P<m>[一二三四五六七八九十]{1,2})月"
                        r"(?P<d1>[一二三四五六七八九十]{1,3})(?:[日号]|(?=(?:至|到|—|–|-|~|～)"
                        r"[一二三四五六七八九十]{1,3}[日号]))"
                        r"(?:(?:至|到|—|–|-|~|～)(?P<d2>[一二三四五六七八九十]{1,3})[日号])?",
                   starts=r"[〇零一二三四五六七八九十](?:[〇零一二三四五六七八九]{3}年"
                          r"|[一二三四五六七八九十]?月)"), "zh"),
            # (a month of a year in numerals: 二〇一八年四月, 二零一八年四月)
            (_Lazy(r"(?P<y>[〇零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月"
                        r"(?![一二三四五六七八九十\d])",
                   starts=r"[〇零一二三四五六七八九][〇零一二三四五六七八九]{3}年"), "zh-my"),
        ]
    months = month_names(lang)
    english = month_names("en") if base != "en" else {}
    month_alt = _alternation(months, base)
    # ("--": a dash as typed text writes it, «11 -- 24 февраля»; "−", the minus sign, as
    # converted documents give it, «14−18 марта»)
    # ("or" as "and": "16 or 17 May", «el 16 o 17 de agosto», two days the text leaves open:
    # each read, not the second alone, XNLI's "August 16 or 17" had given four false errors;
    # the article repeated after "or" as after "and", «el 20 o el 28 de diciembre», «le 20 ou
    # le 28 décembre»: PAWS-X's "20 or 28 December" had been missing, t65/hC)
    connectors = {
        "en": r"to|and|or|--|-|–|—|−", "fr": r"au|(?:et|ou)(?:\s+le)?|--|-|–|—|−",
        "es": r"al|[you]\s+el|y|o|u|a|--|-|–|—|−", "ru": r"по|до|и|или|--|-|–|—|−",
        "ar": r"إلى|الى|و|أو|--|-|–|—|−",
    }.get(base, r"--|-|–|—|−")
    if base != "ar":  # ("15/16 August": a slash between two days of the month)
        connectors += r"|/(?=\d)"
    before, day = _day_forms(base)
    # a list of days before the last two: "22, 23, 24, 29 and 30 April" (only where the
    # connector and the last day follow: "article 5, 15 May" is one date)
    # (Arabic repeats its connector: «22 و 23 و 24 نيسان/أبريل»); at most 30 days (a month's:
    # a list tried from each of its numbers, unbounded, was quadratic in a hostile text's
    # length); a list ends on "and", never
    # on a range's dash: «ФЛООН-11, 4 - 15 мая» is 4 to 15 May
    # (Arabic repeats its "or" as its "and": «20 أو 22 أو 28 كانون الأول/ديسمبر»)
    separator = r"(?:[,،]|و|أو)" if base == "ar" else r"[,،]"
    conjunction = {"en": "(?:and|or)", "fr": "(?:et|ou)", "es": "[yo]", "ru": "(?:и|или)",
                   "ar": "(?:و|أو)"}.get(base, "and")
    # (each day of a list with the article or the ordinal mark the first has, repeated: «el
    # 20, el 22 o el 28 de diciembre», «le 20, le 22 ou le 28 décembre», «20-го, 22-го и 28-го
    # декабря», "the 20th, the 22nd or the 28th of December": the days before the last two
    # had been lost, t65/hC and t65/hG)
    article = {"en": "the", "fr": "le", "es": "el"}.get(base)
    article = "" if article is None else r"(?:" + article + _SPACE + r")?"
    mark = {"en": r"st|nd|rd|th", "ru": RU_DAY_MARK}.get(base, r"er|ᵉʳ")
    day_list = (r"(?:(?P<dl>(?:" + _OPT_SPACE + separator + _OPT_SPACE + article
                + r"\d{1,2}(?:" + mark + r"|" + SUP_MARK + r")?)"
                + r"{1,30})"
                + r"(?=" + _OPT_COMMA + conjunction + _OPT_SPACE + article
                + r"\d))?")
    # (the second day an ordinal as the first may be: "from 15th to 18th September"; in
    # English "of" its month and "the" before it: "on 27th and 28th of September", "from the
    # 17th to the 19th of September", which had given false errors on both sides)
    day2 = (day_list + r"(?:" + _OPT_COMMA + r"(?:" + connectors + r")"
            + _OPT_SPACE + (r"(?:the" + _SPACE + r")?" if base == "en" else "")
            + r"(?P<d2>\d{1,2})"
            + (r"(?:(?:st|nd|rd|th|" + SUP_MARK + r")(?:" + _SPACE + r"of(?=" + _SPACE
               + r"))?)?" if base == "en" else r"(?:" + mark + r"|" + SUP_MARK + r")?")
            + r")?")
    # (the day "of the month of" its month, as a wordier text writes it: «los días 14 y 15
    # del mes de abril», «le 14 du mois d'avril», «14 من شهر نيسان/أبريل»; not house style,
    # ``_MONTH_WORD``: the days had been lost, "April 14th and 15th" missing, t64/hN E)
    de = (r"(?:de" + _SPACE + r"|del" + _SPACE + r"(?:mes" + _SPACE + r"de" + _SPACE + r")?)?"
          if base == "es" else r"(?:du" + _SPACE + r"mois" + _SPACE + r"d(?:e" + _SPACE
          + r"|['’]" + _OPT_SPACE + r"))?" if base == "fr" else "")
    if base == "ar":  # «الموافق 30 من سبتمبر»: the day "of" its month («من شهر», "of the
        # month of")
        de = r"(?:من" + _SPACE + r"(?:شهر" + _SPACE + r")?)?"
    # an era marker before or after the year: "14 May A.D. 2015", «2012 م», «2015 г. н. э.»;
    # a whole word («2012 مع» is the year, then "with")
    era = r"(?:(?:" + _words(gregorian_eras(lang)) + r")(?!\w)" + _OPT_SPACE + r")?"
    era_after = r"(?:" + _OPT_SPACE + r"(?:" + _words(gregorian_eras(lang)) + r")(?!\w))?"
    # (four digits that a scale word, a decimal or a per cent follows are a quantity: «el 26
    # de marzo, 1700 millones de personas», "On 5 March, 2020 people" is one date only by
    # the context's lights and left as one)
    # (not a decimal or a group of thousands after it; a comma before four digits is no group:
    # "Feb. 19,2003", the year after a comma and no space, as XNLI's English writes it)
    quantity = (r"(?!\.\d|,(?!\d{4}(?!\d))\d|" + _OPT_SPACE + r"(?:%|(?:" + _words(
        [w for w in (*SCALES.get(base, {}), *SCALES["en"]) if len(w) > 2]) + r")(?!\w)))")
    year = r"(?:" + _OPT_COMMA + r"(?:de" + _SPACE + r"|del" + _SPACE \
        + r")?" + era + r"(?P<y>\d{4})" + quantity + r"(?:" + _SPACE \
        + r"(?:года|году|год|г\.?))?" + era_after + r")?" if base == "es" else \
        r"(?:" + _COMMA_SPACE + r"(?:(?:من" + _SPACE + r")?(?:سنة|عام|العام)" \
        + _SPACE + r")?" + era \
        + r"(?P<y>\d{4})" + quantity + r"(?:" + _SPACE + r"(?:года|году|год|г\.?))?" \
        + era_after + r")?"
    # (an Arabic day may be typed against its month: «الجمعة 20شباط/فبراير»)
    out = [
        (_Lazy(before + day + day2 + (_OPT_SPACE if base == "ar" else _SPACE) + de
               + r"(?P<m>" + month_alt + r")"
                    # ("23 Jan. 2020", «3 janv. 2020», «3 дек. 2020 г.», «3 de feb. de 2020»:
                    # an abbreviated month's point)
                    + r"(?!\w)" + (r"(?:\.(?=" + _SPACE + r"(?:de" + _SPACE + r")?\d{4}))?"
                                   if base not in ("ar", "zh", "ja") else "")
                    + year + r"(?!\d)", re.IGNORECASE, _DAY_STARTS.get(base)),
         "dmy"),
        # ("November 26 and 27": two days of the month, as "26-27" is; "May 10 to the 26th")
        # (and "October 10th, 1962": the day as an ordinal)
        # (a count after a month is no day: «en mars 4 millions de personnes»)
        (_Lazy(r"(?<![\w\d])(?P<m>" + month_alt + r")\.?"
                    # ("September, 29-30": a comma after the month, only before a range of
                    # days, never "in September, 29 people", nor before a count's range or
                    # a fraction: "In September, 20-30 people", "In March, 3/4 of …")
                    + r"(?:,(?=" + _SPACE + r"\d{1,2}" + _ORDINAL_EN + _OPT_SPACE
                    + r"(?:--|[-–—−/])" + _OPT_SPACE + r"\d{1,2}(?![\d/])" + _ORDINAL_EN
                    + _NO_COUNT + r"))?" + _SPACE
                    # ("December the 21st")
                    + (r"(?:the" + _SPACE + r"(?=\d{1,2}(?:st|nd|rd|th)))?" if base == "en"
                       else "") + r"(?P<d1>\d{1,2})"
                    + _ORDINAL_EN + quantity
                    # ("May 17, 18 and 24, 2001", "May 17, 18, 24, 2001": a list of days
                    # before the last or before the year; never "May 17, 18 people")
                    + r"(?P<dl>(?:" + _OPT_SPACE + r"," + _OPT_SPACE + r"\d{1,2}"
                    + _ORDINAL_EN + r"(?!\d)){1,30}(?=" + _OPT_COMMA
                    + conjunction + _OPT_SPACE + r"\d|," + _OPT_SPACE + r"\d{4}(?!\d)))?"
                    # ("August 11th — 13th": any dash)
                    # ("March 20/21": a slash between two days, as "15/16 August"; never
                    # a date's "March 3/4/2020", nor a fraction, "March 3/4 of …")
                    + r"(?:" + _OPT_SPACE + r"(?:--|[-–—−]|/(?=\d{1,2}(?![\d/])"
                    + _ORDINAL_EN + _NO_COUNT + r")|&|"
                    + conjunction
                    + r"(?=" + _SPACE + r"\d)|(?:to|through|until)(?:" + _SPACE + r"the)?"
                    # (never "May 10 to 15 people", "May 10 to 15 June"; "May 11 to 14 at
                    # the fairgrounds" is a range: a preposition or conjunction may follow)
                    + r"(?=" + _SPACE + r"\d{1,2}(?!\d)(?:st|nd|rd|th|(?!" + _OPT_SPACE
                    + r"(?!" + _AFTER_RANGE + r")[^\W\d_]))))"
                    + _OPT_SPACE + r"(?P<d2>\d{1,2})"
                    + _ORDINAL_EN + r")?"
                    # (a comma and no space before the year: XNLI's "Feb. 19,2003")
                    + r"(?:(?:," + _OPT_SPACE + "|" + _SPACE + r")(?P<y>\d{4})" + quantity
                    + r")?(?!\d)",
               re.IGNORECASE), "mdy"),
        # ("October, 2017": the month and its year, a comma between as some write it; "January
        # and February 2020", «يناير وفبراير 2020»: two months of the year)
        # (in Arabic the second month takes the conjunction attached, «يناير وفبراير 2020»:
        # no month-and-year date starts there, so the first month is part of the pattern;
        # elsewhere it is looked for before the date, ``_month_joined_before``)
        # (Arabic: «وحزيران 1887», the conjunction on the month; «كانون الأول/ديسمبر عام
        # 2017», «حزيران وآب من عام 2010»: "of the year" before it)
        (_Lazy((r"(?:(?<![\w\d])|(?<=(?<![\w\d])و))" if base == "ar" else r"(?<![\w\d])")
               + (r"(?:(?P<m0>" + month_alt + r")(?!\w)" + _AR_JOINED + r")?"
                  if base == "ar" else "") + r"(?P<m>" + month_alt
                    # ("Dec. 2020", «déc. 2020», «дек. 2020 г.»: an abbreviated month's point
                    # before its year; after a full name it ends a sentence, ``dotted``)
                    + r")(?!\w)" + (r"\.?" if base != "ar" else "") + r",?" + _SPACE
                    # (Spanish «febrero del 2011» as well as «febrero de 2011»)
                    + r"(?:(?:de|of" + (r"|del" if base == "es" else "") + r")" + _SPACE + r")?"
                    + (r"(?:(?:من" + _SPACE + r")?(?:عام|العام|سنة)" + _SPACE + r")?"
                       if base == "ar" else "")
                    + r"(?P<y>\d{4})(?!\d)", re.IGNORECASE), "my"),
        (_Lazy(r"(?<!\d)(?P<d1>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})(?!\d)"), "numeric"),
        (_Lazy(_HYPHENATED), "numeric"),
        (_Lazy(_ISO), "iso"),
    ]
    if base == "ru":
        # (Russian puts a day before its month, in the genitive: «в марте 4 миллиона» is a
        # month, then a count)
        out = [entry for entry in out if entry[1] != "mdy"]
    short = _abbreviated_months(lang)
    if short:
        # "22 Oct 14": a day, an abbreviated month and a two-digit year, as tables and lists
        # write them; only where the year ends the phrase (punctuation or the end), so that
        # "on 22 Oct 14 staff left" is never a date of 2014; nor a clock's hour, "16 Aug
        # 21:30:00 1988" (a colon then a digit: the date's year comes after its time)
        out.insert(0, (_Lazy(_DAY_DIGITS + _SPACE + r"(?P<m>"
                                  + "|".join(re.escape(n) for n in short) + r")\.?"
                                  + _SPACE
                                  + r"(?P<y2>\d{2})(?=" + _OPT_SPACE
                                  + r"(?:[,;)\]]|:(?!\d)|\.(?:\s|$)|$))", re.IGNORECASE),
                       "dmy-short"))
    if english:
        alt = _alternation(english, "en")
        # (a kind of its own, "foreign-md", for the English month-first form: tried only at the
        # English months' places, ``_matches``, not at every position of the text)
        out.append((_Lazy(r"(?<![\w\d])(?P<m>" + alt + r")" + _SPACE + r"(?P<d1>\d{1,2}),?"
                               + _SPACE + r"(?P<y>\d{4})(?!\d)", re.IGNORECASE), "foreign-md"))
        out.append((_Lazy(_DAY_DIGITS + _SPACE + r"(?P<m>" + alt + r")"
                               + _SPACE + r"(?P<y>\d{4})(?!\d)", re.IGNORECASE), "foreign"))
    return out


#: the words that may follow a month's range of days in English ("May 11 to 14 at the Berlin
#: Fairgrounds", "June 2 to 5 in Paris"): a place or time, no counted noun ("May 10 to 15
#: people")
_AFTER_RANGE = (r"(?:at|in|on|and|or|for|with|by|from|during|when|while|before|after"
                r"|inclusive)(?![^\W\d_])")
#: what follows two days of a month, where a count or a fraction is read too: no word but
#: ``_AFTER_RANGE``'s, no per cent ("September, 29-30, online", "March 20/21 in Hamburg";
#: not "In September, 20-30 people", "In March, 3/4 of the households", "20-30 %": t65/hB;
#: the real-text and UN corpora and Debian's news write a month's two days before a comma,
#: a point, a year or a place's preposition, a count after "Month," before its noun)
_NO_COUNT = r"(?!" + _OPT_SPACE + r"(?:%|(?!" + _AFTER_RANGE + r")[^\W\d_]))"


#: what joins two Arabic months of one year: the conjunction, written attached or not (the
#: run before it read once: "spaces, then «و» or spaces" tried every split of a run of spaces
#: after a month, quadratic in it)
_AR_JOINED = r"(?:و|" + _SPACE + r"و" + _OPT_SPACE + r")"


@cache
def _month_joined_before(lang: str) -> re.Pattern[str]:
    """A month's name and what joins it to the next one, at the end of a text's part ("January
    and ", «يناير و»): the first of two months of one year ("January and February 2020"),
    looked for only before a month-and-year date (a second try of every month's place cost a
    twentieth of the dates' time)."""
    base = lang.split("_")[0]
    joined = (_AR_JOINED if base == "ar"
              else _COMMA_SPACE + r"(?:and|or|to|through|et|ou|à|y|o|a|e"
              r"|и|или|по|-|–)" + _SPACE)
    return re.compile(r"(?<![\w\d])(?P<m0>" + _alternation(month_names(lang), base) + r")(?!\w)"
                      + joined + r"\Z", re.IGNORECASE)


def _full_month(name: str, base: str) -> bool:
    """Is ``name`` a month's full name (in its language or English), after which a point
    ends a sentence rather than an abbreviation ("Dec. 25", «janv. 2020»)? Every Arabic
    month is (none is abbreviated)."""
    return base == "ar" or name.lower() in _wide_months(base)


@cache
def _wide_months(base: str) -> frozenset[str]:
    """The full month names of ``base`` and of English, lower-cased."""
    return _month_widths(base)[0] | _month_widths("en")[0]


@cache
def _month_widths(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """CLDR's full and abbreviated month names of ``lang`` (format and stand-alone),
    lower-cased, the abbreviations without their point; empty for an unknown locale."""
    try:
        locale = Locale.parse(lang)
    except (ValueError, TypeError):
        return frozenset(), frozenset()
    contexts = ("format", "stand-alone")
    return (frozenset(n.lower() for c in contexts for n in locale.months[c]["wide"].values()),
            frozenset(n.lower().rstrip(".") for c in contexts
                      for n in locale.months[c]["abbreviated"].values()))


@cache
def _abbreviated_months(lang: str) -> tuple[str, ...]:
    """The language's abbreviated month names (CLDR's) of three letters or more that differ
    from the full names, longest first: the months a short-form date ("22 Oct 14") uses."""
    wide, names = _month_widths(lang)
    # (longest first, then by name: the names come from sets, whose order changes with every
    # process's string hashing, and so would the pattern's text)
    return tuple(sorted((n for n in names if len(n) >= 3 and n not in wide and n.isalpha()),
                        key=lambda name: (-len(name), name)))


def _short_year(text: str) -> int:
    """A two-digit year as POSIX strptime's %y reads it: 69-99 are 1969-1999, 00-68 2000-2068."""
    value = int(text)
    return value + (1900 if value >= 69 else 2000)


def _alternation(months: dict[str, int], base: str) -> str:
    # as a trie: the same matches as the longest-first alternation, scanned faster
    single = retrie.alternation(months, ignorecase=True)
    if base == "ar":
        # the double name in either order, or the second one in parentheses:
        # كانون الأول/ديسمبر, ديسمبر/كانون الأول, كانون الأول (ديسمبر)
        return (f"(?:{single})(?:{_OPT_SPACE}/{_OPT_SPACE}(?:{single})"
                f"|{_OPT_SPACE}\\({_OPT_SPACE}(?:{single}){_OPT_SPACE}\\))?")
    return single


_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_HAS_DIGIT = re.compile(r"[0-9٠-٩۰-۹０-９]")


#: A word character of the unfolded text that is still one once folded: ʼ and ʿ (letters to
#: ``\\w``) fold to the apostrophe, which is none
_WORD = "[^\\W\u02bc\u02bf]"
#: What folds to the apostrophe of the Hijri months' names (``_ARABIC_DIGITS``)
_APOSTROPHE = "['’ʿʼ‘`]"
#: The numeric form's core (12.5.2015, 12/05/2015; 21-11-1994: two separators, a four-digit
#: year; and the year-first form's, 2020-01-03, 2020/1/3) searched for from its first
#: separator, the digit before it looked at behind: a point or a slash is rarer than a digit in
#: a text with numbers, and ``re`` tries the pattern at each candidate first character (the
#: trigger is only ever asked "is it there?")
#: (the three separators taken in one set before the branches, each branch's own looked at
#: behind: ``re`` scans from a first character only for a pattern opening with a set or a
#: literal, not with a choice whose branches open with sets, as this did until session 67: it
#: was tried at every position of every text with a digit; ``NUMERIC_FROM_SEPARATOR_PLAIN``)
_NUMERIC_FROM_SEPARATOR = (r"[-./](?:(?<=\d[./])\d{1,2}[./]\d{4}|(?<=\d-)\d{1,2}-\d{4}"
                           r"|(?<=\d{4}[-./])\d{1,2}[-./]\d)")
NUMERIC_FROM_SEPARATOR_PLAIN = (r"[./](?<=\d[./])\d{1,2}[./]\d{4}|-(?<=\d-)\d{1,2}-\d{4}"
                                r"|[-./](?<=\d{4}[-./])\d{1,2}[-./]\d")
#: The day-first numeric form with hyphens, as translators write it in every language
#: («21-11-1994», «21-11-1994 г.»: "missing" before): both separators hyphens, and none of a
#: code, a list or a longer run of numbers around it («A/75/21-11-1994», "1-2-2020-5"; an
#: Arabic clitic may stand against it, «و21-11-1994»)
_HYPHENATED = (r"(?:(?<![\w.,/-])|(?<=(?<!\w)[وفبل]))(?P<d1>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})"
               r"(?![\d-]|[./]\d)")
#: ISO 8601's form (2020-01-03), and the year first as Chinese also writes it (2020/1/3,
#: 2020.1.3), in any language: a year from 1500, a month, a day, one separator
_ISO = (r"(?<![\d.,/-])(?P<y>(?:1[5-9]|20)\d\d)(?P<sep>[-./])(?P<m>0?[1-9]|1[0-2])"
        r"(?P=sep)(?P<d1>0?[1-9]|[12]\d|3[01])(?![\d-]|[./]\d)")
_ISO_WHOLE = re.compile(_ISO)


def year_first(text: str) -> bool:
    """Is ``text`` (a date's, digits folded) a date written year first (ISO 8601's 2002-10-22,
    2020/1/3, 2020.1.3), which no language's reader takes for another day?"""
    return _ISO_WHOLE.fullmatch(text) is not None


#: The kinds whose month is written in digits
_DIGIT_MONTHS = frozenset({"zh", "zh-my", "numeric", "iso", "hijri-zh"})
#: Which trigger each kind of pattern cannot match without (see ``_triggers``)
_TRIGGER_OF = {"dmy": 0, "mdy": 0, "my": 0, "zh": 0, "zh-my": 0, "numeric": 1, "iso": 1,
               "dmy-short": 2,
               "foreign": 3, "foreign-md": 3, "hijri": 4, "hijri-zh": 4}
#: The kinds whose month is an English one in another language's text ("May 5, 2015" and
#: "5 May 2015" in French): read by the English months' names, never in house style
_FOREIGN = frozenset({"foreign", "foreign-md"})
#: Characters that ``re.IGNORECASE`` matches to a letter although ``str.lower`` does not make
#: them that letter: one of each pair ``re`` treats as the same letter beyond lower case (ı
#: and i, ſ and s, µ and μ, the Greek symbol forms, the rounded Cyrillic letters and в, д, о,
#: с, т, ъ, ѣ, ꙋ), the sigmas (``str.lower`` picks ς or σ by context), and İ (which
#: ``str.lower`` makes two characters). A text holding one is searched as it is, ignoring case;
#: so is every text for a month's name holding one (Turkish «kasım»). tests/test_check_gates.py
#: checks the list against ``re``'s own table, and by brute force over Unicode for the letters
#: of the six languages' names.
_CASE_TWINS = re.compile("[\u0131\u017f\u00b5\u0345\u1fd3\u1fe3\u03d0\u03d1\u03d5\u03d6"
                         "\u03f0\u03f1\u03f5\u1c80-\u1c88\u1e9b\u1fbe\ufb05\ufb06"
                         "\u03a3\u03c2\u03c3\u0130]")
_WORD_CHAR = re.compile(_WORD)


class _Trigger:
    """A month-name trigger, searched two ways that find the same: ``plain`` on the text,
    ignoring case, between word boundaries; ``fast`` on the text lower-cased, case-sensitive,
    the boundary before it checked after a hit. ``re`` scans for a pattern whose branches
    all start with a literal character at C speed from candidate to candidate; ignoring case,
    or behind a lookbehind, it tries the whole pattern at every position (3 to 10 times
    slower). Each is compiled when first used (``_Lazy``): where a language's triggers are
    found by one scan (``_MonthScan``) only ``fast`` of its months' trigger is ever searched
    (by ``_matches``), and ``plain`` only in a text holding one of ``_CASE_TWINS``."""

    __slots__ = ("_fast", "_plain")

    def __init__(self, plain: _Lazy, fast: _Lazy | None) -> None:
        self._plain = plain
        self._fast = fast

    @property
    def plain(self) -> re.Pattern[str]:
        return self._plain.pattern or self._plain.compiled()

    @property
    def fast(self) -> re.Pattern[str] | None:
        """None when a name holds one of ``_CASE_TWINS``."""
        lazy = self._fast
        return None if lazy is None else lazy.pattern or lazy.compiled()

    @property
    def searchable(self) -> bool:
        """Has it ``fast`` (without compiling it)?"""
        return self._fast is not None

    def found(self, text: str, lowered: str | None) -> bool:
        if lowered is None or self._fast is None:
            return self.plain.search(text) is not None
        fast = self._fast.pattern or self._fast.compiled()
        hit = fast.search(lowered)
        while hit is not None:
            start = hit.start()
            if not start or _WORD_CHAR.match(lowered, start - 1) is None:
                return True
            hit = fast.search(lowered, start + 1)
        return False


@dataclass(frozen=True, slots=True)
class _Literal:
    """A trigger that has no case to ignore (月, the numeric core)."""

    pattern: re.Pattern[str]

    def found(self, text: str, lowered: str | None) -> bool:
        return self.pattern.search(text) is not None


@cache
def _triggers(lang: str) -> tuple[_Trigger | _Literal | None, ...]:
    """A search per part that every match of a kind of ``_patterns(lang)`` contains (indexed
    as ``_TRIGGER_OF``): the month, from the alternations the patterns are built of (the
    language's months; 月 in Chinese), the numeric form's core, the abbreviated months, the
    English months, the first word of a Hijri month (in Chinese, the calendar's name, 回历).
    Each runs on the unfolded text: ``\\d`` is every decimal digit, an apostrophe is any that
    folds to one, and a month, which the patterns never let touch a word character, is sought
    between the same boundaries. None where the language has no such pattern. So where a
    trigger finds nothing its patterns find nothing, and a text without a month name (most
    numbers are no dates) is scanned once for each trigger instead of once for each pattern."""
    base = lang.split("_")[0]
    numeric = _Literal(re.compile(_NUMERIC_FROM_SEPARATOR))
    if base in ("zh", "ja"):
        # a Hijri date in Chinese starts with its calendar's name (回历), which the pattern
        # takes from the same list; 月 alone would try it on every date
        prefix = _words(_calendars()["hijri_prefix"].get(base, []))
        return (_Literal(re.compile("月")), numeric, None, None,
                _Literal(re.compile(prefix)) if prefix else None)
    short = _abbreviated_months(lang)
    hijri = {name.split()[0] for name in hijri_months(lang)}

    def word(alternation: str) -> _Trigger:
        names = alternation.replace(chr(39), _APOSTROPHE)
        return _Trigger(_Lazy(f"(?<!{_WORD})(?:{names})(?!{_WORD})", re.IGNORECASE),
                        None if _CASE_TWINS.search(names) else
                        _Lazy(f"(?:{names})(?!{_WORD})"))

    return (word(retrie.alternation(month_names(lang))), numeric,
            word("|".join(re.escape(n) for n in short)) if short else None,
            word(retrie.alternation(month_names("en"))) if base != "en" else None,
            word(retrie.alternation(hijri)) if hijri else None)


#: What folds to the apostrophe in a month's name (``_APOSTROPHE``)
_TO_APOSTROPHE = str.maketrans("’ʿʼ‘`", "'" * 5)


@dataclass(frozen=True, slots=True)
class _MonthScan:
    """The month triggers of a language (its months, the abbreviated ones, the English ones,
    the Hijri ones) found by one scan of the lower-cased text instead of one search each:
    ``pattern`` is every name of every trigger in one trie, and ``kinds`` says which triggers
    each name belongs to. At each place where a name, followed by no word character, starts
    after no word character, ``present`` adds the triggers of the longest name there; it
    moves on one character, as each trigger's own search (``_Trigger.found``) does, and stops
    once every trigger is found. The same triggers as the searches one by one: a shorter name
    at the same place, which each trigger's search could have found instead, would end before
    a character that is no word character in the longer one; ``_month_scan`` gives no scan
    for a language where any name is such a prefix of another
    (tests/test_check_gates.py compares the two on every text of the corpora and generated
    ones)."""

    pattern: re.Pattern[str]
    kinds: dict[str, tuple[int, ...]]
    indexes: tuple[int, ...]
    """The triggers scanned for (the others are searched on their own, or absent)."""

    def present(self, lowered: str, hits: dict[int, list[int]] | None = None) -> dict[int, bool]:
        """``hits``: given, and the months' trigger scanned for, it gets that trigger's places
        (``hits[_MONTHS]``, what ``_places`` finds with its ``fast`` search, which
        ``_matches`` then need not run): the scan goes on to the end of the text for them.
        Where a month's name matches, the longest name matching there holds the month's
        trigger too (``_month_scan`` refuses the languages where it might not); every hit,
        whatever comes before it: ``_places`` does not look there either."""
        found = dict.fromkeys(self.indexes, False)
        left = len(self.indexes)
        places = None
        if hits is not None and _MONTHS in found:
            places = hits[_MONTHS] = []
        kinds = self.kinds
        hit = self.pattern.search(lowered)
        while hit is not None:
            start = hit.start()
            if places is not None:
                held = kinds[hit.group().translate(_TO_APOSTROPHE)]
                if _MONTHS in held:
                    places.append(start)
                if left and (not start or _WORD_CHAR.match(lowered, start - 1) is None):
                    for index in held:
                        if not found[index]:
                            found[index] = True
                            left -= 1
            elif not start or _WORD_CHAR.match(lowered, start - 1) is None:
                for index in kinds[hit.group().translate(_TO_APOSTROPHE)]:
                    if not found[index]:
                        found[index] = True
                        left -= 1
                if not left:
                    break
            hit = self.pattern.search(lowered, start + 1)
        return found


#: The months' trigger (``_triggers``' first), which the month-first kinds' patterns start with
_MONTHS = 0


def _trigger_words(lang: str) -> dict[int, set[str]]:
    """The names each month trigger of ``_triggers(lang)`` is built from (as written there)."""
    base = lang.split("_")[0]
    return {0: set(month_names(lang)), 2: set(_abbreviated_months(lang)),
            3: set(month_names("en")) if base != "en" else set(),
            4: {name.split()[0] for name in hijri_months(lang)}}


@cache
def _month_scan(lang: str) -> _MonthScan | None:
    """The one scan of ``lang``'s month triggers; None where they are searched one by one:
    Chinese (月), a trigger searched ignoring case (a name holding one of ``_CASE_TWINS``), a
    name written with another apostrophe than ' (the scan reads every apostrophe as '), or a
    name that a longer one of other triggers continues with a character that is no word
    character."""
    if lang.split("_")[0] in ("zh", "ja"):
        return None
    triggers = _triggers(lang)
    kinds: dict[str, set[int]] = {}
    for index, words in _trigger_words(lang).items():
        trigger = triggers[index]
        if trigger is None:
            continue
        if not isinstance(trigger, _Trigger) or not trigger.searchable:
            return None
        for word in words:
            if word.translate(_TO_APOSTROPHE) != word:
                return None
            kinds.setdefault(word, set()).add(index)
    for longer in kinds:
        for cut in range(1, len(longer)):
            shorter = longer[:cut]
            if shorter in kinds and _WORD_CHAR.match(longer[cut]) is None \
                    and not kinds[shorter] <= kinds[longer]:
                return None  # both could end at one place: each trigger searches on its own
    if not kinds:
        return None
    names = retrie.alternation(kinds).replace(chr(39), _APOSTROPHE)
    return _MonthScan(re.compile(f"(?:{names})(?!{_WORD})"),
                      {word: tuple(sorted(found)) for word, found in kinds.items()},
                      tuple(sorted({index for found in kinds.values() for index in found})))


def find_dates(text: str, lang: str) -> list[DateMention]:
    """Every date in ``text``, in text order; a range "7–9 December" gives two mentions."""
    return list(dates_in(text, lang))


def dates_in(text: str, lang: str) -> tuple[DateMention, ...]:
    """``find_dates`` as the parser's own (cached) tuple: for readers that change nothing."""
    if _dateless(text, lang):
        return ()  # not memoised: a third of the texts, which only pushed parsed ones out
    return _find_dates[text, lang]


def _dateless(text: str, lang: str) -> bool:
    """Every date form has a digit in it, but the Chinese in Chinese numerals (with 月)."""
    return not has_digit(text, _HAS_DIGIT) and not (lang.startswith(("zh", "ja")) and "月" in text)


@memo()
def _find_dates(text: str, lang: str) -> tuple[DateMention, ...]:
    # the same text is examined by several checks (dates, numbers, the matrix): parse it once
    found = _dates_of(text, lang)
    named = _NAMED_DATES.get(lang[:2])
    if named is not None and named[0] in text:
        found = _with_named(text, found, named[1])
    if lang[:2] == "en" and _BARE_DAYS_HINT in text:
        found = _with_bare_days(text, found)
    if lang[:2] == "en" and any(word in text for word in _NAMED_DAY_WORDS):
        found = _with_named_days(text, found)
    return found


def weekday_days(text: str, lang: str, loose: bool = False) -> tuple[tuple[int, int, int], ...]:
    """The days ``text`` gives after a weekday and without their month ("the first session,
    scheduled for Wednesday 22th at 19:00", «el miércoles 1º a las 19:00», «в среду 22-го»),
    as (start, end, day): a date whose month the context gives, which a translation may name
    («mercredi 22 juin»: Debian's releases, t63/h6); the day is no quantity where the
    translation says it (TP301) and the translation's date of that day is the source's
    (TP202). A wrong English ordinal suffix ("22th", "3th") is still the day; a day a date
    already holds ("Wednesday 22 June") is the date's, and digits without an ordinal mark are
    a count ("On Tuesday, 15 civilians…"). An ordinal that qualifies the word after it, or
    joined to one by a hyphen, is a count's ordinal, no day ("Saturday 5th-grade class",
    "Sunday 1st place", «в четверг 3-е чтение», «el lunes 1º batallón»; t64/hJ): a day is
    followed by punctuation, a number or a little word ("at", «à», «a las», «в»).
    ``loose``: digits without their mark are a day too, as a translation writes the source's
    «le mercredi 23», «el viernes 13» (read only to pair with a source's day)."""
    if not has_digit(text, _HAS_DIGIT):
        return ()
    return _weekday_days[text, lang, loose]


#: a day after a weekday: its digits and an ordinal mark (English, French, Spanish, Russian;
#: any English suffix, "22th" as well), no letter after it. Digits alone are no day: "On
#: Tuesday, 15 civilians were killed" counts them
_WEEKDAY_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th|er|ᵉʳ|º|°|" + RU_DAY_MARK
                          + r")(?![^\W\d_])")
#: the same with the mark left out (``loose``)
_WEEKDAY_DAY_LOOSE = re.compile(r"(\d{1,2})(?:st|nd|rd|th|er|ᵉʳ|º|°|" + RU_DAY_MARK
                                + r")?(?![^\W\d_]|\d)")
#: what follows a day (not the noun an ordinal qualifies, "1st place", «3-е чтение», nor a
#: hyphen joining it to one, "5th-grade"): the text's end, punctuation, a number, or a little
#: word of the six languages (a preposition, a conjunction, an article, a part of the day)
_DAY_FOLLOWS = re.compile(
    r"[\s\u00a0]*(?:$|-(?![^\W\d_])|[^\w\s\-]|\d|(?:at|and|or|to|from|until|till|through|in"
    r"|on|of|the|with|for|when|as|is|was|will|between|by|next|this|that|morning|afternoon"
    r"|evening|night|noon|midnight|before|after|onwards?|a\.m|p\.m|am|pm|we|they|he|she|it|i"
    r"|you|there|à|a|et|ou|au|aux|de|du|des|le|la|les|en|dans|pour|sur|entre|jusqu|dès|après"
    r"|avant|matin|soir|midi|minuit|prochain|il|elle|nous|on|qui|est|sera|vers|al|y|o|e|u|del"
    r"|el|las|los|para|por|hasta|desde|con|se|que|es|será|tras|antes|después|próximo|mañana"
    r"|tarde|noche|mediodía|medianoche|hacia|в|во|и|или|с|со|до|по|на|к|после|перед|утром"
    r"|днем|днём|вечером|ночью|числа|число|мы|они|он|она|будет|состоится|около|начиная|а|но"
    r"|في|و|من|إلى|حتى|على|الساعة)(?![^\W\d_]))", re.IGNORECASE)


@memo()
def _weekday_days(text: str, lang: str, loose: bool) -> tuple[tuple[int, int, int], ...]:
    weekdays = _weekday_of_day(lang)
    if weekdays is None or lang.split("_")[0] in ("zh", "ja"):
        return ()  # (Chinese writes the weekday after the day: «22日（星期三）», a date)
    found = weekdays[1].search(text)
    if found is None:
        return ()
    taken = Intervals([(d.start, d.end) for d in dates_in(text, lang)])
    days = []
    pattern = _WEEKDAY_DAY_LOOSE if loose else _WEEKDAY_DAY
    for weekday in weekdays[1].finditer(text, found.start()):
        match = pattern.match(text, weekday.end())
        if match is None or taken.overlaps(match.start(1), match.end()) or \
                _DAY_FOLLOWS.match(text, match.end()) is None:
            continue
        day = int(match.group(1))
        if 1 <= day <= 31:
            days.append((match.start(1), match.end(), day))
    return tuple(days)


def weekday_named(text: str, start: int, end: int, lang: str) -> int | None:
    """The weekday (0 Monday … 6 Sunday) named beside the day or date ``text[start:end]``,
    else None: just before it, in any case ("Wednesday 22th", «Mercredi 22 juin» opening a
    sentence, «в среду, 22 июня», «يوم الأربعاء 22 حزيران/يونيه», «el miércoles día 22»), or
    in Chinese after it, in brackets, or before it («6月22日（星期三）», «周三（6月22日）»). A
    lookup of English, French and Spanish lower case, Russian and Arabic stems alone had
    read no Chinese or Arabic weekday, nor one capitalised (t65/hB)."""
    base = lang.split("_")[0].split("-")[0]
    lookup = _weekday_lookup(base)
    if lookup is None:
        return None
    before, after, index = lookup
    found = before.search(text, max(0, start - 40), start)
    if found is None and after is not None:
        found = after.match(text, end, end + 12)
    return None if found is None else index(found["name"])


#: a Chinese weekday: «星期三», «周三», «礼拜三» (traditional «週三», «禮拜三»), Sunday «日» or «天»
_ZH_WEEKDAY = r"(?:星期|礼拜|禮拜|周|週)(?P<name>[一二三四五六日天])"
_ZH_DAYS = "一二三四五六日天"
#: Arabic's alif with and without its hamza, as weekdays are written («الاثنين», «الإثنين»)
_ALIF = str.maketrans("أإآ", "ااا")


@cache
def _weekday_lookup(base: str) -> tuple[re.Pattern[str], re.Pattern[str] | None,
                                        Callable[[str], int | None]] | None:
    """``weekday_named``'s patterns for a language (one ending where a day starts, one
    starting where a date ends, or None) and the index of a name they find."""
    if base == "zh":
        tail = r"[）)]?[\s\u00a0，,、]*[（(]?$"
        return (re.compile(_ZH_WEEKDAY + tail), re.compile(r"[\s\u00a0]*[（(]?" + _ZH_WEEKDAY),
                lambda name: min(_ZH_DAYS.index(name), 6))
    try:
        days = Locale.parse(base).days["format"]["wide"]
    except (ValueError, TypeError):
        return None
    if base == "ru":  # (a stem, any case: «среда», «в среду», «со среды»)
        stems = {name[:-1].casefold(): index for index, name in days.items()}
        names = "|".join(stems) + r")\w*"
    else:
        stems = {name.casefold().translate(_ALIF): index for index, name in days.items()}
        names = "|".join(re.escape(name) for name in stems) + ")"
    if base == "ar":  # («يوم» before it or not, a clitic, the alif with or without hamza)
        names = (r"(?:يوم[\s\u00a0]+)?[وبلف]?(?P<name>"
                 + names.replace("ا", "[اأإآ]"))
    else:
        names = "(?P<name>" + names
    pattern = re.compile(r"(?<!\w)" + names + r"[\s\u00a0]*[,،]?[\s\u00a0]*"
                         r"(?:(?:the|día|le|el)[\s\u00a0]+)?$", re.IGNORECASE)

    def index(name: str) -> int | None:
        name = name.casefold().translate(_ALIF)
        return next((at for stem, at in stems.items() if name.startswith(stem)), None)
    return pattern, None, index


#: what a range of ordinal days with no month has in it: "the" ("from the 25th to the 27th")
_BARE_DAYS_HINT = "the"
#: "from the 25th to the 27th", "the 25th and 26th": two ordinal days and no month, which the
#: text names elsewhere ("At the end of February, … from the 25th to the 27th"); only before
#: no word but a preposition or conjunction ("the 5th to the 7th floor" is no date)
#: (its look-behind taken after the "t": ``re`` scans for a first literal at C speed, and tried
#: a pattern opening with a look-behind at every position of an English text; ``_PLAIN``)
_BARE_DAYS_AFTER_THE = (_SPACE + r"(?P<d1>\d{1,2})(?:st|nd|rd|th)" + _SPACE
                        + r"(?:to|until|through|and|-|–|—)" + _SPACE + r"(?:the" + _SPACE
                        + r")?(?P<d2>\d{1,2})(?:st|nd|rd|th)(?![\w\d])(?!" + _OPT_SPACE
                        + r"(?!" + _AFTER_RANGE + r")[^\W\d_])")
_BARE_DAYS = re.compile(r"t(?<![\w\d]t)he" + _BARE_DAYS_AFTER_THE)
BARE_DAYS_PLAIN = re.compile(r"(?<![\w\d])the" + _BARE_DAYS_AFTER_THE)


@cache
def _english_months() -> re.Pattern[str]:
    """A month's full English name as running text writes it (capitalised, a whole word)."""
    wide = sorted({n for n in month_names("en") if len(n) > 4 or n in ("may", "june", "july")},
                  key=len, reverse=True)
    return re.compile(r"(?<![\w\d])(" + "|".join(n.capitalize() for n in wide) + r")(?!\w)")


def _with_bare_days(text: str, found: tuple[DateMention, ...]) -> tuple[DateMention, ...]:
    """Add the ranges of ordinal days that give no month (``_BARE_DAYS``) where the text names
    one month only, theirs; with more than one, or none, which is theirs is not said."""
    ranges = [m for m in _BARE_DAYS.finditer(text)]
    if not ranges:
        return found
    months = {month_names("en")[m.group(1).lower()] for m in _english_months().finditer(text)}
    if len(months) != 1:
        return found
    month = months.pop()
    taken = Intervals([(d.start, d.end) for d in found])
    extra = []
    for match in ranges:
        first, last = int(match.group("d1")), int(match.group("d2"))
        if taken.overlaps(match.start(), match.end()) or not 1 <= first < last <= 31:
            continue
        for day in (first, last):
            extra.append(_new_date(None, month, day, match.start(), match.end(), match.group(),
                                   False, "gregorian"))
    return tuple(sorted((*found, *extra), key=lambda d: (d.start, d.day or 0))) if extra \
        else found


#: a date known by its name: "9/11" (the attacks of 11 September 2001; «11 сентября», «911 事件»),
#: with what a text must hold for it to be looked for
_NAMED_DATES = {
    "en": ("9/11", re.compile(r"(?<![\w/.])9/11(?![\w/]|\.\d)")),
    "zh": ("事件", re.compile(r"(?<![\d.])9\s*[·・．.]?\s*11(?=\s*事件)")),
}


def _with_named(text: str, found: tuple[DateMention, ...],
                pattern: re.Pattern[str]) -> tuple[DateMention, ...]:
    taken = Intervals([(d.start, d.end) for d in found])
    named = [_new_date(None, 9, 11, m.start(), m.end(), m.group(), True, "gregorian")
             for m in pattern.finditer(text) if not taken.overlaps(m.start(), m.end())]
    return tuple(sorted((*found, *named), key=lambda d: d.start)) if named else found


#: English's named days with their year: "on New Year's Eve 1999" is «le 31 décembre 1999»,
#: «31 декабря 1999 года», «1999年12月31日» (News Commentary, t67/hC: the translation's date
#: had been "not in the source"); the words every one holds one of, and the (month, day)
_NAMED_DAY_WORDS = ("New Year", "Christmas", "Valentine", "Bastille", "Halloween")
_NAMED_DAYS = {"new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24),
               "christmas day": (12, 25), "valentine's day": (2, 14), "bastille day": (7, 14),
               "halloween": (10, 31)}
_NAMED_DAY = re.compile(r"(?<![\w-])(?P<name>New\s+Year['’]s\s+(?:Eve|Day)|Christmas\s+(?:Eve|Day)"
                        r"|(?:St\.?\s+|Saint\s+)?Valentine['’]s\s+Day|Bastille\s+Day|Halloween)"
                        r",?\s+(?:of\s+)?(?P<year>1[5-9]\d\d|20\d\d)(?![\d\w])")


def named_day(text: str) -> bool:
    """Is ``text`` (a date's) one of ``_NAMED_DAYS`` with its year ("New Year's Eve 1999")?"""
    return text[:1].isalpha() and _NAMED_DAY.fullmatch(text) is not None


def _with_named_days(text: str, found: tuple[DateMention, ...]) -> tuple[DateMention, ...]:
    """Add the named days ``text`` gives with their year (``_NAMED_DAY``)."""
    taken = Intervals([(d.start, d.end) for d in found])
    named = []
    for match in _NAMED_DAY.finditer(text):
        if taken.overlaps(match.start(), match.end()):
            continue
        name = re.sub(r"^(?:st\.?|saint)\s+", "", " ".join(match.group("name").lower().split()))
        month, day = _NAMED_DAYS[name.replace("’", "'")]
        named.append(_new_date(int(match.group("year")), month, day, match.start(), match.end(),
                               match.group(), True, "gregorian"))
    return tuple(sorted((*found, *named), key=lambda d: d.start)) if named else found


def _dates_of(text: str, lang: str) -> tuple[DateMention, ...]:
    if _dateless(text, lang):
        return ()
    if "&" in text and (refs := decoded(text)) is not None:
        # "12&nbsp;May&nbsp;2020", "&#8212;": HTML-escaped text, read as the characters its
        # references stand for (``charrefs``)
        plain, firsts, lasts = refs
        return tuple(_new_date(m.year, m.month, m.day, firsts[m.start], lasts[m.end - 1],
                               text[firsts[m.start]:lasts[m.end - 1]], m.house_style,
                               m.calendar) for m in _find_dates[plain, lang])
    if not text.isascii() and MARK_BY_DIGIT.search(text) is not None:
        # «15‏/03‏/1985» (CLDR's Arabic short date, and Word's Arabic): the marks of
        # bidirectional text inside a date, read without them (the text without them not
        # memoised: this text's dates are)
        return _without(text, lang, BIDI_MARKS, memoised=False)
    if lang.startswith("ar") and _ARABIC_EXTRA_GATE.search(text):
        return _without(text, lang, _ARABIC_EXTRA)
    weekdays = _weekday_of_day(lang)
    if weekdays is not None and weekdays[0].search(text):
        return _without(text, lang, weekdays[1])
    triggers = _triggers(lang)
    # (Chinese and Japanese, as ``_triggers`` tells them: no trigger of theirs reads the
    # lower-cased text, none of their kinds starts with a month's name (``_matches``), and
    # there is no scan; lowering a text and testing it for ``_CASE_TWINS`` cost 18,000
    # instructions)
    lowered = None if lang.split("_")[0] in ("zh", "ja") else _lowered(text)
    scan = _month_scan(lang) if lowered is not None else None
    # the month triggers found by one scan of the text (see ``_MonthScan``), else one by one
    # (and the months' places, for the month-first kinds: see ``_matches``)
    hits: dict[int, list[int]] = {}
    present: dict[int, bool] = (scan.present(lowered, hits) if scan is not None and lowered
                                else {})
    wanted = []
    for lazy, kind in _lazy_patterns(lang):
        index = _TRIGGER_OF[kind]
        if index not in present:
            trigger = triggers[index]
            present[index] = trigger is not None and trigger.found(text, lowered)
        if present[index]:  # else this kind of date needs what the text lacks
            wanted.append((lazy.pattern or lazy.compiled(), kind, lazy.starts))
    if not wanted:
        return ()
    base = lang.split("_")[0]
    folded = _folded(text)
    taken = Intervals()
    found: list[DateMention] = []
    for pattern, kind, starts in wanted:
        for match in _matches(pattern, kind, folded, lowered, triggers, hits, starts):
            start, end = match.span()
            if taken.overlaps(start, end):
                continue
            month_text = match.group("m")
            if month_text in EN_VERBS and (base == "en" or kind in _FOREIGN):
                continue  # "SARS-CoV-2 may play a role": English writes a month capitalised
            swapped = None
            if kind in _DIGIT_MONTHS:
                month = _int(month_text)
                if kind == "numeric" and month > 12 and _int(match.group("d1")) <= 12:
                    # "11/21/1994": the month first, as the United States writes it, where
                    # only that reading is a date (where both are, the day first: UN style)
                    swapped, month = month_text, _int(match.group("d1"))
            elif kind == "hijri":
                month = hijri_months(lang).get(_SPACES.sub(" ", month_text.lower()), 0)
            else:
                month = _month_of(month_text, lang, kind in _FOREIGN)
            if not month or not 1 <= month <= 12:
                continue
            # (a point after a month's full name ends a sentence: "in December. 25. The …"
            # holds no date, "on 27 April. 2015 was …" the date without the year)
            # (not a month in digits: «21.11.1994» in Arabic, where every month's name is full)
            dotted = (match.end() > match.end("m") and folded[match.end("m")] == "."
                      and kind not in _DIGIT_MONTHS and _full_month(month_text, base))
            if dotted and kind != "dmy":
                continue
            if (kind == "mdy" and base != "en" and not match.group("y")
                    and folded[match.end("m"):match.end("m") + 1] == "."):
                # an abbreviated month's point and a day without a year, where days come
                # first: «la Convención sobre el Derecho del Mar. 2. El…» is the sea and a
                # paragraph's number («Mar. 2, 2020», with its year, is a date)
                continue
            if kind == "my" and base == "ru" and _RU_COUNT_AFTER.match(folded, end):
                continue  # «в ноябре 1910 человек»: a month, then a count (a year is «года»)
            groups = match.groupdict()
            if swapped is not None:
                groups["d1"] = swapped
            if dotted:
                groups["y"] = groups["y2"] = None
                end = match.end("m")
            year = (_int(groups["y"]) if groups.get("y") else
                    _short_year(groups["y2"]) if groups.get("y2") else None)
            listed = groups.get("dl")
            days = [groups.get("d1"), *(_LISTED_DAY.findall(listed) if listed else ()),
                    groups.get("d2")]
            day_values = [_int(d) for d in days if d]
            if groups.get("first"):
                day_values.insert(0, 1)
            if any(not 1 <= d <= 31 for d in day_values):
                continue
            if (kind == "mdy" and groups.get("d2") and day_values[-1] <= day_values[0]
                    and "/" in folded[match.end("d1"):match.start("d2")]):
                # "March 21/20": two days a slash joins run forwards (a fraction, a ratio
                # does not: "March 24/7"); the month's day alone
                end, day_values = match.end("d1"), day_values[:1]
            elif (not listed and groups.get("d1") and groups.get("d2")
                    and day_values[-1] <= day_values[0] and match.start("d1") == start):
                # «el triunfo 4-1 de febrero»: a score, then a date (a range runs forwards)
                start, day_values = match.start("d2"), day_values[-1:]
            taken.add(start, end)
            calendar = "hijri" if kind.startswith("hijri") else "gregorian"
            written = folded[match.start():end]
            if listed:
                written = written.replace(listed, "", 1)
            house = calendar == "hijri" or _house_style(base, kind, written, month_text,
                                                        year, day_values)
            if kind == "my" and base != "ar":
                before = _month_joined_before(lang).search(folded, max(0, start - 48), start)
                if before is not None and not taken.overlaps(before.start(), start):
                    groups["m0"] = before.group("m0")
                    start = before.start()
            other = groups.get("m0") or groups.get("m2")
            if other:  # a second month of the same year: "January and February 2020"
                second = (_int(other) if kind == "zh-my"
                          else _month_of(other, lang, kind in _FOREIGN))
                if second and 1 <= second <= 12:
                    if groups.get("m0"):  # (in text order)
                        month, second = second, month
                    found.append(_new_date(year, month, None, start, end, text[start:end],
                                           house, calendar))
                    month = second
            for day in day_values or [None]:  # type: ignore[list-item]
                found.append(_new_date(year, month, day, start, end, text[start:end], house,
                                       calendar))
    found.sort(key=lambda m: (m.start, m.day or 0))
    return tuple(found)


#: (not a placeholder's number: «2<sup3>e</sup3>» is day 2)
_LISTED_DAY = re.compile(r"(?<![a-z\d])\d{1,2}")
#: What an Arabic text may hold that no date form is written with: the kashida, which
#: stretches a word for justification («نيســان» is «نيسان»); the short vowels, nunation,
#: shadda and sukun of a vocalised text («أَيَّار» is «أيار»); and the article joined to a
#: day's number by a kashida («في الـ21 من يوليو», «الـ 21»: "the 21st")
_ARABIC_EXTRA = re.compile("(?<!\\w)\u0627\u0644\u0640\\s*(?=[0-9\u0660-\u0669])"
                           "|[\u0640\u064b-\u0652\u0670]")
#: what every match of ``_ARABIC_EXTRA`` holds (the kashida is in both branches): whether a
#: text has one, found by a scan for a character set (``_ARABIC_EXTRA``, opening with a
#: look-behind, was tried at every position of every Arabic text with a digit)
_ARABIC_EXTRA_GATE = re.compile("[\u0640\u064b-\u0652\u0670]")


@cache
def _weekday_of_day(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A weekday named with a day of a date (before it: «du lundi 1er au vendredi 5 mars»,
    «del lunes 1 al viernes 5 de marzo», «من يوم الاثنين 1 إلى يوم الجمعة 5»; after it, in
    brackets: «3月1日（星期一）至5日（星期五）»), which a range's pattern does not expect between
    its days: the dates are read without it. A pattern that finds one, and one of what is
    left out (the same but in Arabic, where «يوم» and a clitic go too)."""
    base = lang.split("_")[0].split("-")[0]
    if base in ("zh", "ja"):
        zh = re.compile(r"(?<=日)\s*[（(]?(?:星期|礼拜|周)[一二三四五六日天][）)]?")
        return zh, zh
    try:
        days = list(Locale.parse(base).days["format"]["wide"].values())
    except (ValueError, TypeError):
        return None
    # (as running text writes them, case and all: a pattern ignoring case, or opening on a
    # look-behind, scanned every text with a digit 5 % slower)
    if base == "ru":  # (any case: «с понедельника 1», «по пятницу 5»)
        names = [d[:-1] + r"\w*" for d in days]
    elif base == "ar":
        # (found by its article and name; left out with «يوم» and a clitic before it: a
        # pattern opening on those optional words scanned a text 50 times slower)
        bare = "|".join([d.removeprefix("ال") for d in days] + ["إثنين"])
        return (re.compile(rf"ال(?:{bare}),?[\s\u00a0]+(?=\d)"),
                re.compile(rf"(?<!\w)(?:يوم\s+)?[وبلف]?ال(?:{bare}),?[\s\u00a0]+(?=\d)"))
    else:
        names = [re.escape(d) for d in days]
    found = r"(?:" + "|".join(names) + r"),?[\s\u00a0]+(?=\d)"
    # (what is left out, a word of its own: not the end of «سبورتسونديوم»)
    return re.compile(found), re.compile(r"(?<!\w)" + found)


def _without(text: str, lang: str, drop: re.Pattern[str],
             memoised: bool = True) -> tuple[DateMention, ...]:
    """The dates of ``text`` found in it without what ``drop`` matches (the tatweel that
    stretches Arabic words, «17 نيســان/أبريل 2000»; a weekday inside a range of days), their
    places and text given in ``text``'s own. ``memoised``: the text without them is looked
    up in the memo (else read on its own, its named dates left to the caller's)."""
    kept: list[int] = []
    at = 0
    for match in drop.finditer(text):
        kept.extend(range(at, match.start()))
        at = match.end()
    kept.extend(range(at, len(text)))
    plain = "".join(text[index] for index in kept)
    out = []
    for mention in _find_dates[plain, lang] if memoised else _dates_of(plain, lang):
        start, end = kept[mention.start], kept[mention.end - 1] + 1
        out.append(_new_date(mention.year, mention.month, mention.day, start, end,
                             text[start:end], mention.house_style, mention.calendar))
    return tuple(out)


def _lowered(text: str) -> str | None:
    """``text.lower()``, or None for a text holding one of ``_CASE_TWINS`` (searched as it
    is, ignoring case). An ASCII text (a flag of the string: no scan) holds none of them."""
    return text.lower() if text.isascii() or _CASE_TWINS.search(text) is None else None


def _folded(text: str) -> str:
    """``_fold_digits(text)``, made only where it changes something. Of what it folds, an
    ASCII text can hold only the backquote (replaced without the pattern's scan)."""
    if text.isascii():
        return text.replace("`", "'")
    return _fold_digits(text) if _TO_FOLD.search(text) else text


#: English month names that are also verbs, written in lower case ("COVID-19 may be", "they
#: march 2 miles"): no month (English capitalises one)
EN_VERBS = frozenset({"may", "march"})


#: The kinds of date whose every match starts with its month's name (the month sought by the
#: trigger of the kind, between the same boundaries, with a space or a point after it; not
#: "foreign", which starts with the day: its month-first twin is "foreign-md", whose English
#: months' places ``_matches`` finds with the English trigger's ``fast`` search, as it does the
#: language's own for "mdy" and "my": the pattern, which ignores case behind a look-behind, was
#: tried at every position of a text holding an English month's name)
_MONTH_FIRST = frozenset({"mdy", "my", "foreign-md"})


def _matches(pattern: re.Pattern[str], kind: str, folded: str, lowered: str | None,
             triggers: tuple[_Trigger | _Literal | None, ...],
             hits: dict[int, list[int]] | None = None,
             starts: re.Pattern[str] | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(folded)``; for a kind whose matches start with a month's name, the
    pattern is tried only where its trigger finds one in the lower-cased text (the same
    places: ``_Trigger`` finds in the lower-cased text what the pattern's month alternation
    finds ignoring case, and both want no word character just before or after the name), so
    that ``re`` does not try a pattern that starts with a lookbehind at every position.
    ``hits``: the places found so far for this text, by trigger (kept there for the next
    kind of the same trigger). ``starts``: a search that finds every place where a match of
    ``pattern`` can start (``_Lazy.starts``), tried there only, as ``finditer`` would."""
    index = _TRIGGER_OF[kind]
    trigger = triggers[index] if kind in _MONTH_FIRST else None
    fast = trigger.fast if isinstance(trigger, _Trigger) else None
    if lowered is None or fast is None:
        # (a date is never empty: it has its month)
        yield from (pattern.finditer(folded) if starts is None
                    else tried_at(pattern, starts, folded))
        return
    places = hits.get(index) if hits is not None else None
    if places is None:
        places = _places(fast, lowered)
        if hits is not None:
            hits[index] = places
    end = 0
    for start in places:
        if start >= end:  # finditer goes on after the end of its last match
            match = pattern.match(folded, start)
            if match is not None:
                yield match
                end = match.end()


def _places(fast: re.Pattern[str], lowered: str) -> list[int]:
    """Where ``fast`` finds a month in ``lowered``, moving on one character after each hit."""
    places = []
    hit = fast.search(lowered)
    while hit is not None:
        start = hit.start()
        places.append(start)
        hit = fast.search(lowered, start + 1)
    return places


_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _int(text: str) -> int:
    """Digits, or Chinese numerals as dates write them: a year digit by digit (一九四二), a
    month or day with 十 (十, 十二, 三十, 三十一). Digits of any script: the patterns' ``\\d``
    takes them (Devanagari's «१२», which ``_folded`` leaves as they are), and ``int`` reads
    them (they raised ``KeyError`` here, failing the whole check)."""
    if text.isascii() or text.isdecimal():
        return int(text)
    if "十" not in text:
        return int("".join(str(_CN_DIGIT[c]) for c in text))
    tens, _, units = text.partition("十")
    if len(tens) > 1 or units not in ("", *_CN_DIGIT) or tens not in ("", *_CN_DIGIT):
        return 0  # 十十, 二三十: no day or month (the caller drops a 0)
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[units] if units else 0)


#: (compiled once: each date found used to look them up in ``re``'s cache)
_MONTH_JOINT = re.compile(r"\s*[/(]\s*")
_LEADING_ZERO = re.compile(r"(?<!\d)0\d")
#: (the superscript of markup is «1er» as UN French sets it: «1<sup>er</sup> janvier»)
#: (not the digit of a placeholder's name, «<sup1>»)
_FIRST_WITHOUT_ER = re.compile(r"(?<![\w\d])1(?!\d|er|<sup[^<>]{0,200}>er</sup)")
_ES_ORDINAL = re.compile(r"\d(" + ES_ORDINAL_O + r"|e?ro\b|o\b|<sup[\d\s>])")
#: the word "month" between a day and its month's name (``_gregorian_patterns``' ``de``)
_MONTH_WORD = re.compile(r"(?<!\w)(?:mes|mois|شهر)(?!\w)")
_RU_ORDINAL = re.compile(r"\d" + RU_DAY_MARK + r"\b")
_EN_ORDINAL = re.compile(r"\d(?:(?:st|nd|rd|th)\b|<sup[\d\s>])")


def _month_key(month_text: str) -> str:
    """"كانون الأول (ديسمبر)" and "كانون الأول / ديسمبر" -> "كانون الأول/ديسمبر"."""
    key = _MONTH_JOINT.sub("/", month_text.lower()).replace(")", "").strip()
    return key.rstrip(".")


@lru_cache(maxsize=1024)
def _month_of(month_text: str, lang: str, foreign: bool) -> int:
    """The month a date's month name says (0 for none): in ``lang``, or in English for the
    English months in another language's text. Once per name as written: a release says
    "March" a few times, and its five translations their own (``_month_key``'s substitution
    and look-ups cost some 4,000 instructions a date)."""
    return _month_number(_month_key(month_text), month_names("en" if foreign else lang))


def _month_number(key: str, months: dict[str, int]) -> int:
    if key in months:
        return months[key]
    if "/" in key:
        numbers = {months.get(part.strip(), 0) for part in key.split("/")}
        # both names must name the same month: "كانون الأول/نوفمبر" is no date
        return numbers.pop() if len(numbers) == 1 else 0
    return 0


@cache
def _levantine_first() -> frozenset[str]:
    return frozenset(UN_ARABIC_MONTHS)


def _house_style(base: str, kind: str, text: str, month_text: str, year: int | None,
                 days: list[int]) -> bool:
    """Is this mention written the way the language's UN house style writes dates?"""
    if kind in ("numeric", "iso", "foreign", "foreign-md", "dmy-short"):
        return False
    if _MONTH_WORD.search(text):
        return False  # «14 del mes de abril»: the UN's texts write «14 de abril»
    if base == "zh":  # (and a day with its 日: «8月30這一天» leaves it out)
        return not _LEADING_ZERO.search(text) and (not days or text.rstrip().endswith(
            ("日", "号")) or kind != "zh")
    if kind == "mdy":
        return False
    if kind == "my":
        return True
    if base == "ar":  # the UN order: Levantine name / Egyptian name
        return "(" not in month_text and _month_key(month_text) in _levantine_first()
    if base == "fr":
        if month_text != month_text.lower():
            return False
        return not (1 in days and _FIRST_WITHOUT_ER.search(text))
    if base == "es":
        if _ES_ORDINAL.search(text):
            return False  # "1º de junio": UN Spanish writes the cardinal
        return month_text == month_text.lower() and (" de " in f" {text} " or "de\u00a0" in text)
    if base == "ru":
        if _RU_ORDINAL.search(text):
            return False  # «1-го июля»: UN Russian writes the cardinal
        return month_text.lower().endswith(("я", "а")) or month_text.lower().endswith("е")
    if base == "en":
        return "," not in text and not _EN_ORDINAL.search(text)
    return True
