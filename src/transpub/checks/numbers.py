"""Numbers and their scale words, locale-aware (TP3xx)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import islice, pairwise
from operator import attrgetter

from transpub.checks.context import CheckContext, Unit
from transpub.checks.enwords import (
    RespellPlan,
    changed_words,
    english_number,
    english_words,
    respell_plan,
    respelled_words,
    says_whole_numbers,
    scaled_lengths,
    word_numbers,
)
from transpub.checks.frequency import counted_at, is_frequency, same_frequency
from transpub.checks.idioms import said_by_idiom
from transpub.checks.markup import symbol_matches
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.checks.zhordinals import said_without_numeral
from transpub.clockwords import hour_words, spoken_times
from transpub.credits import picture_ids
from transpub.datefind import dates_in, weekday_days
from transpub.intervals import Intervals
from transpub.measures import (
    COLD_NOUN,
    HEAT,
    Measure,
    Quantity,
    converted,
    hint,
    in_feet,
    misconverted,
    not_feet_and_inches,
    restated,
    source_measures,
    target_quantities,
    wrongly,
)
from transpub.memo import memo
from transpub.numfind import (
    _CODE_GLUED,
    RANGE_JOIN,
    NumberMention,
    _readings_of,
    find_numbers,
    has_digit,
)
from transpub.numwords import (
    arabic_dual,
    decade_values,
    fraction_values,
    roman_values,
    spelled_values,
)
from transpub.proportions import per_mille, share_values
from transpub.segment import PLACEHOLDER_RE
from transpub.sentalign import same_sentence_at
from transpub.untaken import Untaken
from transpub.versions import demonstrative_in, extended_in, release_version, version_at

#: (A decimal digit is what every number and clock time has: ``numfind.has_digit``, not
#: ``str.isdigit``, which also holds "²", which makes neither.)
_ASCII_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩：", "0123456789:")
#: what ``_ASCII_DIGITS`` changes (and the full-width colon of Chinese times: «下午5：30»)
_ARABIC_INDIC = re.compile("[٠-٩：]")


def _ascii_digits(text: str) -> str:
    """``text.translate(_ASCII_DIGITS)``, made only where it changes something: ``translate``
    looks every character of a text up in its table (a French or Russian text of 190
    characters: 24 us, where the scan for an Arabic-Indic digit takes 1.3 us), and an ASCII
    text (a flag of the string) holds none."""
    if text.isascii() or _ARABIC_INDIC.search(text) is None:
        return text
    return text.translate(_ASCII_DIGITS)
#: (a URL ends where Chinese, Japanese or Korean text begins: «(www.hkma.gov.hk)提供5萬多頁»;
#: and at a quotation mark or an angle bracket, which no URL holds unescaped: an attribute's
#: end, ``href="…?hallId=2">2-ом холле``, where the link's text begins — its «2» had been read
#: as the URL's, "hall 2" reported missing; Debian's releases, t63/h6)
_URL_CHARS = (r"[^\s\"<>\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
              r"\uff00-\uffef]")
_PROTECTED = re.compile(r"(?<![\w.+-])[\w.+-]+[@＠][\w-]+(?:\.[\w-]+)+|https?://" + _URL_CHARS
                        + r"+|www\." + _URL_CHARS + "+"
                        # (an address a site's templates write from a macro for its root,
                        # "$(HOME)/events/2003/0120-linuxconf", "${BASE}/vote/": its numbers
                        # are an address's, as the written-out "http://debian.org/events/…"
                        # the translation may give for it; t64/hN class B)
                        + r"|(?<![\w$])\$(?:\(\w+\)|\{\w+\})/" + _URL_CHARS + "*")


#: A name with digits is no quantity: COVID-19 (2019冠状病毒病 in Chinese), G20 (二十国集团), H5N1;
#: and as Russian writes one («МиГ-29», a transcript's «[ЧЕЛОВЕК13]» for "[PERSON13]"); its
#: parts may be joined by hyphens ("SARS-CoV-2").
#: (as ``(?<![\w-])(?:[A-Z][A-Za-z]*[A-Z]|[A-Z])…``, ``NAMED_PLAIN``, but with the lookbehind
#: taken after the first letter: a pattern that starts with a letter is scanned for at C speed)
_NAMED = re.compile(r"[A-ZА-ЯЁ](?<![\w-][A-ZА-ЯЁ])(?:[A-Za-zА-Яа-яЁё]*[A-ZА-ЯЁ])?"
                    r"(?:[-\u2010\u2011][A-Z][A-Za-z]*[A-Z])*[-\u2010\u2011]?"
                    r"\d{1,2}(?:[A-Z]\d+)*"
                    r"(?![\w.,]?\d)")
#: what every match of ``_NAMED`` holds: a capital, then the digits (a hyphen between)
#: (``NAMED_CORE_PLAIN``, found from its digit: a capital is searched for at every capital of
#: a text, and a text in capitals has one at every letter; digits are rarer in any text)
_NAMED_CORE = re.compile(r"\d(?:(?<=[A-ZА-ЯЁ]\d)|(?<=[A-ZА-ЯЁ][-\u2010\u2011]\d))")
NAMED_CORE_PLAIN = re.compile(r"[A-ZА-ЯЁ][-\u2010\u2011]?\d")
NAMED_PLAIN = re.compile(r"(?<![\w-])(?:[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]*[A-ZА-ЯЁ]|[A-ZА-ЯЁ])"
                         r"(?:[-\u2010\u2011][A-Z][A-Za-z]*[A-Z])*"
                         r"[-\u2010\u2011]?\d{1,2}(?:[A-Z]\d+)*(?![\w.,]?\d)")
#: Clock times: "3 p.m." is «15 heures», «las 15.00 horas», «15 ч», «下午3时»; compared as times
#: only when the source has one, so "24 hours" (a duration) stays a number.
#: what makes four digits a time of the 24-hour clock: "hours", "hrs", Zulu time, GMT, UTC
_H24 = r"(?:\s+hours\b|\s*hrs\b|Z\b|\s*(?:GMT|UTC)\b)"
#: an afternoon or evening hour and its minutes with a point after "at", "from", "until" or
#: "by", no unit after them: "she will speak at 23.45" is «à 23 h 45», «в 23:45», «23點45分»
#: (PUD's news); "at 13.50 per cent" is a rate (the first digit, 1 or 2, taken before it as
#: ``_SOURCE_TIME`` takes every branch's)
_H24_DOTTED_AFTER = (r"(?:(?<=\bat [12])|(?<=\bfrom [12])|(?<=\buntil [12])|(?<=\bby [12]))"
                     r"(?:(?<=1)[3-9]|(?<=2)[0-3])\.[0-5]\d(?!\d|[.,]\d|\s*(?:%|per\b"
                     r"|percent\b|[mb]illion|thousand|\w*(?:dollar|euro|franc|pound|metre"
                     r"|meter|gram|tonne|litre|liter|degree|point)))")
_H24_DOTTED = "[12]" + _H24_DOTTED_AFTER
SOURCE_TIME_PLAIN = re.compile(
    r"(?<![\d.:])\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.\s?m\.?|[ap]m\b|noon\b)"
    r"|(?<![\d.:])\d{1,2}:\d{2}(?![\d:])"
    r"|(?<![\d.:])\d{1,2}\.[0-5]\d(?!\d)" + _H24 +
    # the 24-hour clock of UN reports: "at 1855 hours", "as at 2359Z", "1500 GMT"
    r"|(?<![\d.:,])(?:[01]\d|2[0-3])[0-5]\d" + _H24 + "|" + _H24_DOTTED, re.IGNORECASE)
#: ``SOURCE_TIME_PLAIN`` with each lookbehind taken after the first digit (one character
#: wider), and that digit taken out in front of the branches (the 24-hour branch's 0, 1 or 2
#: looked at behind it): the same matches and backtracking. ``re`` scans from digit to digit
#: only for a pattern that starts with a character set; one that starts with a choice
#: (``SOURCE_TIME_BRANCHED``, as this was until the fifteenth round) it tries at every position
#: of the text, whatever its branches start with (tests/test_check_parse_fast.py and
#: tests/test_datenum16_patterns.py compare them)
_SOURCE_TIME = re.compile(
    r"\d(?:(?<![\d.:]\d)\d?(?:[.:]\d{2})?\s*(?:[ap]\.\s?m\.?|[ap]m\b|noon\b)"
    r"|(?<![\d.:]\d)\d?:\d{2}(?![\d:])"
    # ("15.00 UTC", "9.30 hours": the hour and its minutes with a point, the clock named)
    r"|(?<![\d.:]\d)\d?\.[0-5]\d(?!\d)" + _H24 +
    r"|(?<=[01])(?<![\d.:,][01])\d[0-5]\d" + _H24 +
    r"|(?<=2)(?<![\d.:,]2)[0-3][0-5]\d" + _H24 + "|" + _H24_DOTTED_AFTER + ")",
    re.IGNORECASE)
#: midnight and noon named in an English source, without a digit
_EN_TIME_WORD = re.compile(r"(?<![\w-])(?:midnight|noon|midday)(?![\w-])", re.IGNORECASE)


def _time_word(text: str) -> bool:
    """Does ``text`` name midnight, noon or midday (their letters looked for in C first)?"""
    lowered = text.lower()
    return ("noon" in lowered or "mid" in lowered) and _EN_TIME_WORD.search(text) is not None


#: ``_SOURCE_TIME`` and those words: a source's times (read only in a source that has one)
_SOURCE_TIME_WORDED = re.compile(_SOURCE_TIME.pattern + "|" + _EN_TIME_WORD.pattern,
                                 re.IGNORECASE)
SOURCE_TIME_BRANCHED = re.compile(
    r"\d(?<![\d.:]\d)\d?(?:[.:]\d{2})?\s*(?:[ap]\.\s?m\.?|[ap]m\b|noon\b)"
    r"|\d(?<![\d.:]\d)\d?:\d{2}(?![\d:])"
    r"|\d(?<![\d.:]\d)\d?\.[0-5]\d(?!\d)" + _H24 +
    r"|(?:[01](?<![\d.:,][01])\d|2(?<![\d.:,]2)[0-3])[0-5]\d" + _H24 + "|" + _H24_DOTTED,
    re.IGNORECASE)
#: an Arabic part of the day after an hour
_AR_PART = r"(?:صباحا|صباحًا|مساء|مساءً|ظهرا|ظهرًا|عصرا|عصرًا|فجرا|فجرًا)"
#: an Arabic hour said in words right before «ظهرًا» («الثانية ظهرًا», «الواحدة والنصف ظهرًا»)
_AR_HOUR_BEFORE = re.compile(r"(?<!\w)(?:ال)?(?:واحدة|ثانية|ثالثة|رابعة|خامسة|سادسة|سابعة|ثامنة"
                             r"|تاسعة|عاشرة|عشرة)(?:\s+و?(?:ال)?(?:نصف|ربع))?\s*$")
_TARGET_TIME = {
    # (a.m. and p.m. as Spanish and Canadian French write them too: «las 7 a. m.», «1 P.M.»;
    # a game's clock, "on 13:10": «13 minutos y 10 segundos», «13 min 10 s»)
    "fr": r"\d{1,2}\s*h(?:eures?)?(?:\s*\d{1,2})?(?![\w])"
          r"(?:\s+du\s+(?:matin|soir)|\s+de\s+l['’]apr[èe]s-midi)?"
          r"|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?(?!\w)"
          r"|\d{1,2}\s*min(?:utes?)?\.?\s*(?:et\s+)?\d{1,2}\s*s(?:ec(?:ondes?)?)?\.?(?!\w)",
    # (an hour with its part of the day: «las 7 de la mañana», «около 7 утра», «7 صباحا»)
    "es": r"\d{1,2}(?:[.:]\d{2})?\s*(?:horas|h|de\s+la\s+(?:mañana|tarde|noche|madrugada))"
          r"(?![\w])|\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\.?(?!\w)"
          r"|\d{1,2}\s+minutos?\s+y\s+\d{1,2}\s+segundos?",
    # (an hour word whole: «3 части» are three parts, «31 000 человек» people)
    "ru": r"\d{1,2}(?:[.:]\d{2})?\s*(?:час(?:а|ов|у|ам|ами|ах)?(?![а-яё])\.?|ч(?![а-яё])\.?)"
          r"(?:\s*\d{1,2}\s*(?:мин|м)\.?)?"
          r"(?:\s+(?:утра|вечера|дня|ночи))?|\d{1,2}(?:[.:]\d{2})?\s+(?:утра|вечера|дня|ночи)"
          r"(?![а-яё])|\d{1,2}\s*мин\w*\.?\s*\d{1,2}\s*сек\w*\.?",
    # UN Arabic writes the minutes first: «الساعة 00/10» is 10.00, «الساعة 47/10» 10.47
    # (and «ظهرًا», at noon or early afternoon, «عصرًا», «فجرًا»: a part of the day after an
    # hour, «الساعة 2 ظهرًا», no noon of its own: t66/hB class F)
    "ar": r"(?:الساعة|ساعة)\s*\d{1,2}(?:[.:/]\d{1,2})?(?:\s*" + _AR_PART + ")?"
          r"|\d{1,2}(?:[.:]\d{2})?\s*" + _AR_PART +
          r"|\d{1,2}\s*دقائق?\s*و\s*\d{1,2}\s*ثاني\w*",
    # (and a game's clock, "on 3:35", «3分35秒»: minutes and seconds as the source writes them)
    "zh": r"(?:上午|下午|早上|晚上|凌晨)?\s*\d{1,2}\s*(?:时|点|時|點)(?:\s*\d{1,2}\s*分|半)?"
          r"|\d{1,2}\s*分\s*\d{1,2}\s*秒",
}
#: the languages whose hour word also counts hours («heures», «horas», «часов»)
_HOURS_COUNTED = frozenset({"fr", "es", "ru"})
#: the part of the day that makes a 12-hour time morning or afternoon, in a translation
#: («ночи», of the night, is either: «11 часов ночи», «2 часа ночи»)
_TARGET_AM = re.compile(r"mañana|madrugada|matin|утра|صباح|فجر|上午|早上|凌晨")
_TARGET_PM = re.compile(r"tarde|noche|soir|apr[èe]s-midi|вечера|дня|مساء|ظهر|عصر|下午|晚上")


#: Midnight and noon said in words: "from 0000 hours" is «à partir de minuit», «с полуночи»,
#: «a partir de la medianoche», «اعتبارا من منتصف الليل», «从午夜起» (a translation may well
#: have no digit at all: read whenever the source has a time)
_MIDNIGHT, _NOON = frozenset((0.0, 1440.0)), frozenset((720.0,))
_TIME_WORDS: dict[str, dict[str, frozenset[float]]] = {
    # (and the source's own: "agreed at midnight" is not «conclu à midi»)
    "en": {"midnight": _MIDNIGHT, "noon": _NOON, "midday": _NOON},
    "fr": {"minuit": _MIDNIGHT, "midi": _NOON},
    "es": {"medianoche": _MIDNIGHT, "mediodía": _NOON},
    "ru": {"полночь": _MIDNIGHT, "полуночи": _MIDNIGHT, "полночи": _MIDNIGHT,
           "полдень": _NOON, "полудня": _NOON, "полудню": _NOON},
    "ar": {"منتصف الليل": _MIDNIGHT, "منتصف النهار": _NOON, "الظهيرة": _NOON,
           # (the construct state: «عند منتصف ليل 1 أيار/مايو», at midnight on 1 May)
           "منتصف ليل": _MIDNIGHT, "منتصف نهار": _NOON,
           # (noon of a day, «ظهر يوم الجمعة», and at noon, «ظهرا»: not «الظهر», which «بعد
           # الظهر», the afternoon, holds)
           "ظهر يوم": _NOON, "ظهرا": _NOON, "ظهرًا": _NOON},
    "zh": {"午夜": _MIDNIGHT, "零时": _MIDNIGHT, "零点": _MIDNIGHT, "中午": _NOON,
           "正午": _NOON},
}


def _skip(text: str, lang: str) -> list[tuple[int, int]]:
    spans = [(m.start, m.end) for m in dates_in(text, lang)]  # (the memo's tuple, no copy)
    if "<" in text:  # every placeholder starts with one
        spans += [(m.start(), m.end()) for m in PLACEHOLDER_RE.finditer(text)]
    if "@" in text or "＠" in text or "http" in text or "www." in text \
            or "$(" in text or "${" in text:
        spans += [(m.start(), m.end()) for m in _PROTECTED.finditer(text)]
    if _NAMED_CORE.search(text):
        # (not a currency's code against its amount, "USD5 million", «USD5 millions»: an
        # amount, which ``find_numbers`` reads, no designation like G20)
        spans += [(m.start(), m.end()) for m in _NAMED.finditer(text)
                  if not _CODE_GLUED.match(text, m.start())]
    if "-" in text and not text.isascii() and _GRADE_CORE.search(text):
        spans += [(m.start(), m.end()) for m in _GRADE.finditer(text)]
    if "月" in text and lang.startswith("zh"):
        spans += [(m.start(), m.end()) for m in _ZH_MONTH.finditer(text)]
    # (a photo credit's picture id, "© UNICEF/NYHQ2011-0424/Dean": a code, no quantity)
    spans += picture_ids(text)
    if lang.startswith("en") and ("st " in text or "nd " in text):
        spans += [(m.start(), m.end()) for m in _RANK.finditer(text)]
    return spans


#: a rank named with an ordinal, no quantity: "1st Lieutenant" is «中尉», «старший лейтенант»,
#: "2nd lieutenants" «少尉», "Private 1st Class" «рядовой первого класса» (WMT 2024)
_RANK = re.compile(r"[12](?<![\w.,][12])(?:st|nd)\s+(?:Lieutenants?|Lt\b\.?|Sergeants?|Sgt\b\.?"
                   r"|Class\b)", re.IGNORECASE)


#: a month named by its number alone: «3 月下半月» (the second half of March), no quantity
#: (three months are «3个月»)
_ZH_MONTH = re.compile(r"(?<![\d.])(?:1[0-2]|[1-9])[ \u00a0]?月(?![ \u00a0]?\d)")


#: A post's grade as other scripts write it: P-5 is «ف-5» in Arabic, «С-5» in Russian, D-1
#: «مد-1», «Д-1»; Chinese writes «1个P-5员额», the letter after an ideograph (which ``_NAMED``
#: takes for a word's letter). A designation, no quantity, like ``_NAMED``'s; and Arabic
#: writes a name with digits so («كوفيد-19» for COVID-19, «سارس-كوف-2» for SARS-CoV-2).
#: what every match of ``_GRADE`` holds, found from its hyphen (``_GRADE`` starts with a
#: look-behind, which ``re`` tries at every position: looked for only where this is)
_GRADE_CORE = re.compile(r"-(?:(?<=[A-ZА-ЯЁ\u0621-\u064a]-)\d|(?<=[A-ZА-ЯЁ\u0621-\u064a] -) \d)")
_GRADE = re.compile(r"(?<![\dA-Za-z\u0400-\u04ff\u0600-\u06ff-])"
                    r"(?:[A-Z]{1,2}|[А-ЯЁ]{1,2}|(?:[\u0621-\u064a]+-)*[\u0621-\u064a]+)"
                    r"(?:-| - )\d{1,2}(?![\w.,]?\d)")


#: hours and their minutes with a point, then "hours": the UN's "at 9.30 hours" (a time), or a
#: duration after a word that counts one ("lasted 2.25 hours", "for 1.75 hours")
_DOTTED_HOURS = re.compile(r"\d{1,2}\.\d\d\s+hours", re.IGNORECASE)
_DURATION_CUE = re.compile(r"\b(?:lasted|lasting|last|lasts|for|about|some|over|nearly|almost"
                           r"|approximately|around|roughly|than|of|took|takes|spent|within|"
                           r"only|just)\s+$", re.IGNORECASE)


#: UTC and GMT as the translations of news and UN texts say them after a 24-hour time
#: (FLORES-200's «٠٢٣٠ التوقيت العالمي الموحّد», WMT's «1521 по Гринвичу»)
_ZONE_WORDS = {
    "ar": r"(?:ب)?(?:ال)?توقيت\s+(?:العالمي\s+(?:الموح\u0651?د|المنس\u0651?ق)|[غج]رين[يت]?تش)"
          r"|(?:ب)?توقيت\s+[غج]رينيتش",
    "ru": r"по\s+Гринвичу|по\s+всемирному\s+(?:координированному\s+)?времени"
          r"|всемирного\s+(?:координированного\s+)?времени",
    "zh": r"格林[尼威]治(?:标准)?时间|世界(?:标准)?时间?|协调世界时",
    "fr": r"TU|TUC|temps\s+universel(?:\s+coordonné)?|heure\s+de\s+Greenwich",
    "es": r"TUC|hora\s+(?:de\s+Greenwich|universal)|tiempo\s+universal(?:\s+coordinado)?",
}


@lru_cache(maxsize=64)
def _time_re(lang: str) -> re.Pattern[str]:
    base = lang.split("_")[0]
    if base == "en":
        return _SOURCE_TIME_WORDED
    extra = _TARGET_TIME.get(base)
    if extra:
        # (an hour is no group of a larger number: "100 heures", «31 000 человек» hold no
        # time «00 heures», «00 ч»)
        extra = r"(?<![\d.,])(?:" + extra + ")"
    # (and the source's 24-hour clock, copied: «au 31 juillet 2013 à 2359Z»; its zone said in
    # words, «(0230 التوقيت العالمي الموحّد)», «(1521 по Гринвичу)», or before it, «(UTC 0230)»)
    zones = _ZONE_WORDS.get(base)
    h24 = _H24 if zones is None else _H24[:-1] + r"|\s*(?:" + zones + r")(?!\w))"
    generic = r"(?<![\d.:])\d{1,2}[:.]\d{2}(?![\d:])|(?<![\d.:,])(?:[01]\d|2[0-3])[0-5]\d" + h24
    generic += (r"|(?<![A-Za-z])(?:GMT|UTC" + ("|" + zones if zones else "")
                + r")\s*(?:[01]\d|2[0-3])[0-5]\d(?![\d:.,]?\d)")
    # (and its a.m. or p.m., copied: «逛早市（6.30-10am）»)
    generic += r"|(?<![\d.:,])\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.\s?m\.|[ap]m)(?![a-z])"
    if base == "ar":  # «(15،00 UTC)»: the Arabic comma between the hour and its minutes
        generic += r"|(?<![\d.:،])\d{1,2}،[0-5]\d(?!\d)" + h24
    words = _TIME_WORDS.get(base)
    if words:
        bound = "" if base == "zh" else r"(?<!\w)"
        generic += "|" + bound + "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")" + (
            "" if base == "zh" else r"(?!\w)")
    return re.compile((extra + "|" if extra else "") + generic, re.IGNORECASE)


def _times(text: str, lang: str,
           clock_hours: frozenset[int] | None = None) -> list[NumberMention]:
    """Clock times as minutes of the day; a 12-hour time without a.m./p.m. may be either.
    ``clock_hours``: the hours (0 to 11) of the source's clock times, when the text is their
    translation: a bare hour after «à», «a las», «в» is the 24-hour clock's only at one of
    them (``_of_day``); None reads every such hour so."""
    out = []
    starts: list[NumberMention] = []  # (the first hours of ranges: "6-8 p.m.")
    folded = _ascii_digits(text)
    words = _TIME_WORDS.get(lang.split("_")[0], {})
    for match in _time_re(lang).finditer(folded):
        runs = re.findall(r"\d+", match.group())
        digits = [int(d) for d in runs]
        if not digits:  # midnight or noon in words
            if match.group().startswith("ظهر") and _AR_HOUR_BEFORE.search(
                    folded, max(0, match.start() - 24), match.start()):
                continue  # «الساعة الثانية ظهرًا»: the part of the day of an hour, no noon
            said = words[match.group().lower()]
            out.append(NumberMention(match.start(), match.end(), text[match.start():match.end()],
                                     said, 1.0, said))
            continue
        if _DOTTED_HOURS.fullmatch(match.group()) and _DURATION_CUE.search(
                folded, max(0, match.start() - 16), match.start()):
            continue  # "lasted 2.25 hours": a duration (2 h 15), not the time 2.25
        clock24 = len(runs) == 1 and len(runs[0]) >= 3
        if clock24:  # "1855 hours", "2359Z", "0000 hours"
            digits = [digits[0] // 100, digits[0] % 100]
        hour, minute = digits[0], digits[1] if len(digits) > 1 else 0
        if hour > 24 and not clock24 and (len(digits) == 1 or not lang.startswith("ar")
                                          or ":" in match.group()):
            # «72 часа», «48 heures»: hours counted; "72:28", a ratio, "27:37", a game's
            # clock: no time of day (UN Arabic's «الساعة 47/10» is 10.47, minutes first)
            continue
        if len(digits) == 1 and match.group().endswith("半"):
            minute = 30  # «下午5点半», half past five
        marker = match.group().lower().replace(" ", "")
        told = True
        if clock24:
            hours = {hour}
        elif "p.m" in marker or marker.endswith("pm"):
            hours = {hour % 12 + 12}
        elif "a.m" in marker or marker.endswith("am"):
            hours = {hour % 12}
        elif "noon" in marker:
            hours = {12}
        elif 6 < hour < 12 and "ظهر" in marker:
            # «ظهرًا» is noon to mid-afternoon: after 7 to 11 the late morning some say so,
            # never the evening ("11 p.m." → «الساعة 11 ظهرًا» had passed, t66/hD E)
            hours = {hour}
        elif hour <= 12 and _TARGET_PM.search(marker):
            hours = {hour % 12 + 12}
        elif hour <= 12 and _TARGET_AM.search(marker):
            hours = {hour % 12}
        else:
            # (twelve o'clock without a part of the day is noon or midnight: «今晚 12 点»)
            hours = {hour, hour + 12} if hour < 12 else {12, 0} if hour == 12 else {hour}
            told = False  # (no part of the day said: the hours may be counted)
            if 0 < hour < 12 and _of_day(folded, match, hour, len(digits) > 1, lang,
                                          clock_hours):
                # «à 3 heures», «7 h 30», «a las 3.00 horas», «в 3 ч.»: a time of day in a
                # language that writes the 24-hour clock is the morning's ("3 p.m." → «à 3
                # heures» had passed as 15 h; t66/hB M1)
                hours, told = {hour}, True
        values = frozenset(float(h * 60 + minute) for h in hours)
        if not told and len(digits) == 1 and lang.split("_")[0] in _HOURS_COUNTED:
            # «3 heures», «3 horas», «24 часа» count hours as well as tell one: "after 3
            # hours of talks" beside "at 6 p.m."
            values |= {float(hour)}
        if lang.startswith("ar") and len(digits) == 2 and hour < 60 and minute < 24:
            # minutes first (UN Arabic), or hours first as other writers put it: either
            values |= frozenset(float(h * 60 + hour) for h in (
                {minute, minute + 12} if minute < 12 else {minute}))
        out.append(NumberMention(match.start(), match.end(), text[match.start():match.end()],
                                 values, 1.0, values))
        if not lang.startswith("en"):
            bare = _range_start(text, folded, match.start(), lang)
            if bare is not None:
                starts.append(bare)
        elif len(hours) == 1 and marker[-2:] in ("m.", "am", "pm"):
            first = _RANGE_START.search(folded, max(0, match.start() - 16), match.start())
            if first is not None:
                # "from 6-8 p.m.", "10:30 to 11 a.m.": the range's first hour is the same half
                # of the day
                hour1 = int(first.group(1)) % 12 + (12 if min(hours) >= 12 else 0)
                readings = {float(hour1 * 60 + int(first.group(2) or 0))}
                if first.group(2) is None:  # (and the hour as written, kept bare: «晚上6-8点»)
                    readings.add(float(first.group(1)))
                end = first.end(2) if first.group(2) else first.end(1)
                starts.append(NumberMention(first.start(1), end, text[first.start(1):end],
                                            frozenset(readings), 1.0, frozenset(readings)))
    if starts:  # (instead of the same time read without its half of the day)
        taken = {m.start for m in starts}
        out = sorted([m for m in out if m.start not in taken] + starts, key=lambda m: m.start)
    return out


#: What makes a translation's hour without a part of the day a time of day, in the languages
#: that write the 24-hour clock: the word before it («à 3 heures», «a las 3 horas», «в 3 ч.»),
#: or its minutes («7 h 30», «в 3:00»; Spanish, which also writes a 12-hour «a las 3:00», with
#: «horas» after them: «las 3.00 horas»). Without one «3 heures», «3 horas», «3 часа» count
#: hours as well ("after 3 hours of talks"), and so does «à 3 heures de route» (a distance)
_OF_DAY_BEFORE = {
    "fr": re.compile(r"(?<!\w)(?:à|vers|dès)\s*$", re.IGNORECASE),
    "es": re.compile(r"(?<!\w)(?:a|desde|hasta|hacia|para|sobre)\s+las?\s*$", re.IGNORECASE),
    "ru": re.compile(r"(?<![а-яё])[вк]\s*$", re.IGNORECASE),
}
#: after such an hour, what makes it a distance or a count: «à 3 heures de Paris», «a las 3
#: horas de iniciada», «в 3 часах езды» (the prepositional case, which no time takes)
_OF_DAY_NOT_AFTER = {
    "fr": re.compile(r"\s*(?:de|d['’]|du|des)(?!\w)", re.IGNORECASE),
    "es": re.compile(r"\s*de(?!\w)", re.IGNORECASE),
    "ru": re.compile(r"(?<=ах)|(?<=ами)|\s*(?:езды|пути|ходьбы|л[её]та|пол[её]та)(?![а-яё])",
                     re.IGNORECASE),
}
_ES_HOURS_WORD = re.compile(r"hora|\dh|\sh(?!\w)", re.IGNORECASE)
#: before the preposition, a noun of duration or a participle of measure makes the hours after
#: it a length, not a time: «перерыв в 2 часа», «с опозданием в 3 часа», «разница во времени в
#: 5 часов», «limités à 3 heures», «ramenée à 2 heures», «réduit à 4 heures» (Russian's «в N
#: часов» is "of N hours" as much as "at N o'clock"; t66/hD C). Up to two words may stand
#: between («во времени», «de travail»)
_DURATION_BEFORE = {
    "fr": re.compile(
        r"(?<!\w)(?:limit|ramen|rédui|abaiss|plafonn|porté|estim|évalu|durée|pause|retard"
        r"|décalage|attente|différence|interruption|coupure)\w*"
        r"(?:[\s'’]+\w+){0,2}\s*$", re.IGNORECASE),
    "es": re.compile(
        r"(?<!\w)(?:limitad|reducid|ampliad|rebajad|duración|pausa|retraso|demora|diferencia"
        r"|interrupción|espera)\w*(?:\s+\w+){0,2}\s*$", re.IGNORECASE),
    "ru": re.compile(
        r"(?<![а-яё])(?:перерыв|опоздани|задержк|разниц|продолжительност|длительност|срок"
        r"|отставани|опережени|простой|простоем|ожидани|сокращ|сниж|ограничен|увелич"
        r"|продл|пауз)[а-яё]*(?:\s+[а-яё]+){0,2}\s*$", re.IGNORECASE),
}


def _of_day(folded: str, match: re.Match[str], hour: int, minutes: bool, lang: str,
            clock_hours: frozenset[int] | None = None) -> bool:
    """Is the translation's hour at ``match`` (no part of the day said) a time of the 24-hour
    clock (``_OF_DAY_BEFORE``)? Its minutes make it one; a bare hour needs the word before it
    and, where the source's clock hours are known (``clock_hours``), to be one of them: «в 10
    часов» for "10 a.m." and «à 3 heures» for "3 p.m." are times, «перерыв в 2 часа» beside
    "at 10 a.m." a duration "2 hours" (t66/hD C)."""
    base = lang.split("_")[0]
    before = _OF_DAY_BEFORE.get(base)
    if before is None or "ноч" in match.group().lower():
        return False  # («11 часов ночи» is 23 h, «2 часа ночи» 2 h: either)
    if _OF_DAY_NOT_AFTER[base].match(folded, match.end()):
        return False
    word = before.search(folded, max(0, match.start() - 12), match.start())
    if word is not None and _DURATION_BEFORE[base].search(
            folded, max(0, word.start() - 48), word.start()):
        return False  # «limités à 3 heures», «с перерывом в 2 часа»: a length
    if minutes:
        return base != "es" or _ES_HOURS_WORD.search(match.group()) is not None
    return word is not None and (clock_hours is None or hour in clock_hours)


#: the first hour of a range whose second has a.m. or p.m. ("6-8 p.m.", "6 to 8 p.m.")
_RANGE_START = re.compile(r"(?<![\d.:])(\d{1,2})(?:[.:](\d{2}))?\s*(?:-|–|to|until)\s*$")
#: the first hour of a range that a translation gives its hour word only once: «с 10 до 22
#: часов», «de 10 à 22 heures», «de 10 a 22 horas», «10至22时», «من 10 إلى 22»
_TARGET_RANGE_START = {
    base: re.compile(r"(?<![\d.:,])(\d{1,2})(?:[.:](\d{2}))?\s*(?:" + connector
                     + r"|-|–|—)\s*$", re.IGNORECASE)
    for base, connector in (("ru", r"до|по"), ("fr", r"à|a"), ("es", r"(?:a|hasta)(?:\s+las?)?"),
                            ("zh", r"至|到|~|～"), ("ar", r"إلى|الى|حتى"))}


def _range_start(text: str, folded: str, start: int, lang: str) -> NumberMention | None:
    """The bare first hour of a range whose second is the translation's time at ``start``
    («с 10 до 22 часов»): either half of the day, as the hour alone says."""
    pattern = _TARGET_RANGE_START.get(lang.split("_")[0])
    first = None if pattern is None else pattern.search(folded, max(0, start - 16), start)
    if first is None:
        return None
    hour, minute = int(first.group(1)), int(first.group(2) or 0)
    if hour > 24 or minute > 59:
        return None
    values = frozenset(float(h * 60 + minute) for h in ({hour, hour + 12} if hour < 12
                                                         else {hour}))
    end = first.end(2) if first.group(2) else first.end(1)
    return NumberMention(first.start(1), end, text[first.start(1):end], values, 1.0, values)


def _compare(ctx: CheckContext, unit: Unit) -> tuple[list[NumberMention], list[NumberMention],
                                                     list[tuple[NumberMention, NumberMention]]]:
    missing, extra, rescaled = _compare_texts(unit.source, ctx.source_lang, unit.target,
                                              unit.numbers or unit.lang)
    return list(missing), list(extra), list(rescaled)


_Pairing = tuple[tuple[NumberMention, ...], tuple[NumberMention, ...],
                 tuple[tuple[NumberMention, NumberMention], ...]]


def _compare_texts(source_text: str, source_lang: str, target_text: str,
                   lang: str) -> _Pairing:
    """Match numbers of a pair (cached: TP301 and TP302 look at the same pair)."""
    if not _source_numbers[source_text, source_lang][1]:
        # nothing to miss or rescale: the translation's numbers are not looked at (TP301 and
        # TP302 only use them against the source's); and the pair is not memoised (the
        # source's numbers are), leaving the memo to the pairs that have some
        return (), (), ()
    return _compare_numbers(source_text, source_lang, target_text, lang)


_VERSION_TEXT = re.compile(r"\d{1,4}(?:\.\d{1,4}){0,3}")


def _version_said(unit: Unit, mention: NumberMention) -> str | None:
    """The translation's fuller version ("7.6") that says the source's version ``mention``
    ("Debian 7"), where the source gives that fuller one too; else None (``versions``)."""
    if not _VERSION_TEXT.fullmatch(mention.text) or "." not in unit.target:
        return None
    if not version_at(unit.source, mention.start):
        return None
    in_source = set(extended_in(unit.source, mention.text))
    return next((t for t in extended_in(unit.target, mention.text) if t in in_source), None)


#: (a pair recurs within its unit, TP301 then TP302: 256 pairs hit as often as 2,048 did on
#: the N=100 benchmark, holding an eighth of the texts)
@lru_cache(maxsize=256)
def _compare_numbers(source_text: str, source_lang: str, target_text: str,
                     lang: str) -> _Pairing:
    timed, source_mentions = _source_numbers[source_text, source_lang]
    source = list(source_mentions)
    # (the source's clock hours only for a source with a time: ``target_numbers`` reads them
    # only then, and every pair of every other source made them)
    target = target_numbers(target_text, lang, timed,
                            _clock_hours(source_mentions) if timed else None)
    if source and (days := weekday_days(source_text, source_lang)):
        source, target = _weekday_days_said(source, target, days, target_text, lang)
    missing, left = _pair_off(source, target)
    if missing and any(v < 100 for m in missing for v in m.values) and (
            "-" in target_text or _NAMED_CORE.search(target_text)):
        _designated(missing, target_text)  # (a designation's number has one or two digits)
    if lang.startswith("ar") and missing:
        _dotted_as_hyphenated(missing, left, target_text)
    if missing and source_lang.startswith("en"):
        _clock_without_hours(missing, left, source_text, target_text, lang)
        if missing and left and timed:
            _hours_bare(missing, left, source_text, source_lang)
    if missing and _PHONE_MARK.search(source_text):
        _same_phones(missing, left, source_text, target_text)
    if missing and "，" in target_text:
        _full_width_groups(missing, left, target_text)
    if missing and timed and len(left) > 1:
        _ratio_as_numbers(missing, left)
    # a scale change keeps the digits: 2.5 million -> 2,5 milliards
    rescaled = _rescaled(missing, left) if missing and left else []
    return tuple(missing), tuple(left), tuple(rescaled)


def paired_count(source_text: str, source_lang: str, target_text: str, lang: str) -> int:
    """How many of a source's numbers TP301 pairs with its translation's: by value, with the
    scales read ("3.5 million" is «350万», "450 million" «4.5亿», «3,5 millions», «3,5 млн»).
    ``alignfit`` reads it: a pair of a release and a translation sharing no digits may still
    say the same numbers."""
    source = _source_numbers[source_text, source_lang][1]
    if not source:
        return 0
    return len(source) - len(_compare_texts(source_text, source_lang, target_text, lang)[0])


def target_numbers(target_text: str, lang: str, timed: bool,
                   clock_hours: frozenset[int] | None = None) -> list[NumberMention]:
    """A translation's numbers in text order, as TP301 pairs them with its source's (its clock
    times read too where the source has one, ``timed``; ``clock_hours``, the hours of those
    times, ``_times``); TP317 reads the ones left over."""
    target: list[NumberMention] = []
    if timed:  # (a time may be said without a digit: «à minuit»)
        target_skip = _skip(target_text, lang)
        target_times = _times(target_text, lang, clock_hours)
        target_skip += [(m.start, m.end) for m in target_times]
        target = target_times + find_numbers(target_text, lang, target_skip)
        target.sort(key=lambda m: m.start)
    elif not has_digit(target_text):
        pass  # no time and no number (find_numbers' own test)
    else:
        # the numbers, in text order, as ``_repeated`` reads them again for a number missing
        # (``_find_all``): found once for both
        target = list(_find_all[target_text, lang])
    if target and _short_years_marked(target_text):
        target = list(_full_years(target_text, tuple(target)))  # «2008-09» for "2008-2009"
    return target


def _weekday_days_said(source: list[NumberMention], target: list[NumberMention],
                       days: tuple[tuple[int, int, int], ...], target_text: str,
                       lang: str) -> tuple[list[NumberMention], list[NumberMention]]:
    """The source's and translation's numbers without a weekday's day ("Wednesday 22th") the
    translation says: as its date's day («mercredi 22 juin»), or after a weekday («le mercredi
    22», «в среду 22-го»), which is then no number of the translation's either. A day the
    translation does not say stays a number, paired as any ("Wednesday 22nd" → «mercredi 23»:
    «22» became «23»; t64/hJ)."""
    theirs = weekday_days(target_text, lang, loose=True)
    said = {day for *_, day in theirs} | {d.day for d in dates_in(target_text, lang)
                                          if d.day is not None}
    ours = {day for *_, day in days}
    dropped = {start for start, _, day in days if day in said}
    taken = {start for start, _, day in theirs if day in ours}
    return ([m for m in source if m.start not in dropped],
            [m for m in target if m.start not in taken])


def _clock_hours(source: tuple[NumberMention, ...]) -> frozenset[int]:
    """The hours (0 to 11) of the source's clock times: "3 p.m." and "15:00" give 3."""
    return frozenset(int(v) // 60 % 12 for m in source if _SOURCE_TIME.fullmatch(m.text)
                     for v in m.values)


_COLON_PAIR = re.compile(r"(\d{1,2}):(\d{2})")


def _ratio_as_numbers(missing: list[NumberMention], left: list[NumberMention]) -> None:
    """A source's "7:13" that the translation writes as its two numbers, one right after the
    other: a ratio («dans un ratio de 7 : 13», «以 7 茶匙糖和 13 杯水的比例», MGSM), a game
    clock («4 min 51 s»), read as a time of day because it looks like one. The two numbers
    left over in the translation are taken; a time written otherwise («8 h 13») or numbers
    apart («à 10 heures, 30 personnes») are still missing. (The numbers left over are
    indexed by value once, in text order, each taken once: linear however many a unit
    holds.)"""
    pairs = [_COLON_PAIR.fullmatch(m.text) for m in missing]
    if not any(pairs):
        return
    by_value: dict[float, list[int]] = {}
    for index, other in enumerate(left):
        for value in other.values:
            by_value.setdefault(value, []).append(index)
    taken: set[int] = set()

    def _second(value: float, after: int) -> int | None:
        """The first free number of ``value`` starting within ``_RATIO_GAP`` of ``after``."""
        found = by_value.get(value, [])
        at = bisect_right(found, after, key=lambda index: left[index].start)
        for index in found[at:at + 4]:
            if left[index].start > after + _RATIO_GAP:
                return None
            if index not in taken:
                return index
        return None

    seen: dict[float, int] = {}  # (how far each value's list of first numbers was used up)
    kept: list[NumberMention] = []
    for mention, pair in zip(missing, pairs, strict=True):
        found = None
        if pair is not None:
            value = float(pair.group(1))
            firsts = by_value.get(value, [])
            at = seen.get(value, 0)
            while at < len(firsts) and firsts[at] in taken:
                at += 1
            seen[value] = at
            for first in firsts[at:at + 8]:
                second = None if first in taken else _second(float(pair.group(2)),
                                                                left[first].end)
                if second is not None:
                    found = (first, second)
                    break
        if found is None:
            kept.append(mention)
            continue
        taken.update(found)
    if taken:
        missing[:] = kept
        left[:] = [m for index, m in enumerate(left) if index not in taken]


#: how far after a ratio's first number its second may stand in a translation («7 : 13»,
#: «4 min 51 s», «7 茶匙糖和 13»)
_RATIO_GAP = 12


def _full_width_groups(missing: list[NumberMention], left: list[NumberMention],
                       target_text: str) -> None:
    """A number the source groups with commas ("15,001") that the translation groups with
    full-width ones, as a Chinese keyboard types them («貸款15，001到19，999英鎊», PUD): no
    number missing, and its groups no numbers of the translation left over. (The full-width
    comma is otherwise punctuation, «1，2，3» three numbers: only the source's grouping, found
    as written, is read so.) The translation's groupings are found once, each taken once:
    linear however many numbers a unit holds."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for match in _FULL_WIDTH_GROUPED.finditer(target_text):
        spans.setdefault(match.group().replace("，", ","), []).append(match.span())
    if not spans:
        return
    taken: list[tuple[int, int]] = []
    kept: list[NumberMention] = []
    for mention in missing:
        digits = _GROUPED.match(mention.text) if "," in mention.text else None
        found = spans.get(digits.group()) if digits is not None else None
        if found:
            taken.append(found.pop(0))
        else:
            kept.append(mention)
    if taken:
        missing[:] = kept
        inside = Intervals(taken)
        left[:] = [m for m in left if not inside.overlaps(m.start, m.start + 1)]


#: a number grouped by commas, as the source writes it ("15,001", "1,000,000.5"), and by
#: full-width commas, as the translation may
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
_FULL_WIDTH_GROUPED = re.compile(r"(?<!\d)\d{1,3}(?:，\d{3})+(?!\d)")


#: A telephone number: groups of digits joined by hyphens, points or spaces, an area code in
#: parentheses, a country code after "+" ("859-292-3680", "+1 212 963 1234"); seven digits
#: or more. Each language groups them its own way («859 292-3680», «+1 (212) 963-1234»).
_PHONE = re.compile(r"(?<![\w.,])(?:\+\s?\d{1,4}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}"
                    r"(?:[\s.\u00a0-]\d{2,4}){1,4}(?![\w]|[.,]\d)")
#: what a telephone number has that a number grouped by spaces («3 000 000») or a decimal
#: has not: groups joined by a hyphen or a point, a country code, an area code
#: (its first characters in one set, each branch's looked at behind: ``re`` scans from a first
#: character only for a pattern opening with a set or a literal, and tried this, opening with
#: a choice until session 67, at every position of the source; ``PHONE_MARK_PLAIN``)
_PHONE_MARK = re.compile(r"[\d+(](?:(?<=\d)[-.\s\u00a0]\d{2,4}[-.]\d|(?<=\d)[-.]\d{2,4}"
                         r"[-.\s\u00a0]\d|(?<=\+)\s?\d|(?<=\()\d{1,4}\)\s?\d)")
PHONE_MARK_PLAIN = re.compile(r"\d[-.\s\u00a0]\d{2,4}[-.]\d|\d[-.]\d{2,4}[-.\s\u00a0]\d"
                              r"|\+\s?\d|\(\d{1,4}\)\s?\d")
_PHONE_GROUPS = re.compile(r"\d+")


def _phones(text: str) -> list[tuple[int, int, str]]:
    """The telephone numbers of ``text``: place and digits. Three groups at least, or a
    country or area code: "2016-2017" is a range of years."""
    out = []
    for match in _PHONE.finditer(text):
        number = match.group()
        digits = _digits(number)
        if len(digits) >= 7 and _PHONE_MARK.search(number) and (
                len(_PHONE_GROUPS.findall(number)) >= 3 or "+" in number or "(" in number):
            out.append((match.start(), match.end(), digits))
    return out


def _same_phones(missing: list[NumberMention], left: list[NumberMention], source_text: str,
                 target_text: str) -> None:
    """A telephone number the translation writes with the same digits, grouped its own way
    ("859-292-3680" is «859 292-3680» in Canadian French): its groups are no numbers missing,
    nor numbers of the translation left over."""
    targets: dict[str, list[tuple[int, int]]] = {}
    for start, end, digits in _phones(target_text):
        targets.setdefault(digits, []).append((start, end))
    if not targets:
        return
    for start, end, digits in _phones(source_text):
        if not targets.get(digits):
            continue
        where = targets[digits].pop(0)  # (each of the translation's numbers once)
        missing[:] = [m for m in missing if not start <= m.start < end]
        left[:] = [m for m in left if not where[0] <= m.start < where[1]]


#: pairs of numbers below which a unit's numbers are scanned rather than indexed
_SCANNED = 256


def _pair_off(source: list[NumberMention], target: list[NumberMention]) -> tuple[
        list[NumberMention], list[NumberMention]]:
    """Each source mention takes the first target mention, in text order, not yet taken that
    has one of its values; the source's left without one, and the target's left over. Found
    through an index of the target by value (the first untaken mention per value only moves
    on): a scan of the target per source number was quadratic in a long unit's numbers. A
    unit's few numbers are still scanned (the index costs more to build than it saves)."""
    if len(source) * len(target) <= _SCANNED:
        left = list(target)
        missing: list[NumberMention] = []
        for mention in source:
            found = next((t for t in left if t.values & mention.values), None)
            if found is not None:
                left.remove(found)
            else:
                missing.append(mention)
        return missing, left
    index = Untaken(((value, position) for position, mention in enumerate(target)
                     for value in mention.values), len(target))
    missing = []
    for mention in source:
        best = index.earliest(mention.values)
        if best < 0:
            missing.append(mention)
        else:
            index.take(best)
    return missing, index.left(target)


def _rescaled(missing: list[NumberMention], left: list[NumberMention]) -> list[
        tuple[NumberMention, NumberMention]]:
    """The (source, target) pairs whose digits agree and scales differ, in the order of
    ``missing`` then of ``left``: the target's mentions looked up by mantissa, not each one
    tried against each missing number (but for a unit's few)."""
    if len(missing) * len(left) <= _SCANNED:
        return [(m, t) for m in missing for t in left
                if t.mantissas & m.mantissas and t.scale != m.scale]
    by_mantissa: dict[float, list[int]] = {}
    for index, mention in enumerate(left):
        for mantissa in mention.mantissas:
            by_mantissa.setdefault(mantissa, []).append(index)
    out = []
    for mention in missing:
        near = sorted({i for m in mention.mantissas for i in by_mantissa.get(m, ())})
        out += [(mention, left[i]) for i in near if left[i].scale != mention.scale]
    return out


_LAST_NUMBER = re.compile(r"\d+$")


def _designated(missing: list[NumberMention], target_text: str) -> None:
    """A translation's designations (a grade «ف-5», «КС-12» for "COP 12", "CdP12") are
    skipped as numbers: a grade's number is no quantity. But where the source wrote the same
    number unnamed ("COP 12", "the twelfth session"), the designation's number is that
    number: a number missing that one of them holds is there (each designation used once, for
    the first such number, in text order)."""
    held: dict[float, int] = {}
    for pattern, core in ((_GRADE, _GRADE_CORE), (_NAMED, _NAMED_CORE)):
        if core.search(target_text):
            for match in pattern.finditer(target_text):
                number = _LAST_NUMBER.search(match.group())
                if number:
                    number_value = float(number.group())
                    held[number_value] = held.get(number_value, 0) + 1
    if not held:
        return
    kept: list[NumberMention] = []
    for mention in missing:
        value = next((v for v in mention.values if held.get(v)), None)
        if value is None:
            kept.append(mention)
        else:
            held[value] -= 1
    missing[:] = kept


_HHMM = re.compile(r"([01]\d|2[0-3])([0-5]\d)")
_AT = re.compile(r"(?:\bat|\bfrom|\buntil|\bto|\bbetween|\band)\s+$", re.IGNORECASE)


def _clock_without_hours(missing: list[NumberMention], left: list[NumberMention],
                         source_text: str, target_text: str, lang: str) -> None:
    """"At 1115, near the village…" is the 24-hour clock without "hours": it matches the
    same time in the translation («À 11 h 15», «في الساعة 11:15», «11时15分»); the target's
    numbers inside that time are used up."""
    times: list[NumberMention] | None = None
    for mention in list(missing):
        clock = _HHMM.fullmatch(mention.text)
        # (a leading zero makes four digits a time wherever they stand: "0430 Itania time",
        # "at 0500 sharp": «04:30», «凌晨四点半», «五点整»)
        if not clock or not (mention.text[0] == "0" or _AT.search(
                source_text[max(0, mention.start - 10):mention.start])):
            continue
        if times is None:
            times = _times(target_text, lang)
        minutes = float(int(clock.group(1)) * 60 + int(clock.group(2)))
        found = next((t for t in times if minutes in t.values), None)
        if found is None:
            if any(minutes in said.values for said in spoken_times(target_text, lang)):
                missing.remove(mention)  # said in words: no digit of the target to use up
            continue
        missing.remove(mention)
        left[:] = [t for t in left if not (found.start <= t.start < found.end)]


_BARE_HOUR = re.compile(r"\d{1,2}")


def _hours_bare(missing: list[NumberMention], left: list[NumberMention], source_text: str,
                source_lang: str) -> None:
    """"A reception from 6-8 p.m." is «с 18 до 20», «de 18 à 20.» (WMT 2024): an afternoon
    time at a whole hour matches the bare hour of the 24-hour clock (13 to 24), which no
    translation writes for anything but the time; both are used up."""
    starts = {t.start for t in _times(source_text, source_lang)}
    for mention in list(missing):
        if mention.start not in starts:
            continue
        hours = {v / 60 for v in mention.values if v % 60 == 0 and 13 * 60 <= v <= 24 * 60}
        found = next((t for t in left if hours and _BARE_HOUR.fullmatch(t.text)
                      and t.values <= hours), None) if hours else None
        if found is not None:
            missing.remove(mention)
            left.remove(found)


_DOTTED = re.compile(r"(\d+)\.(\d+)")
_HYPHENS = "-\u2010\u2011\u2012\u2013\u2014"


def _dotted_as_hyphenated(missing: list[NumberMention], left: list[NumberMention],
                          target_text: str) -> None:
    """UN Arabic writes a paragraph, section or document number "5.1" or "17.33" as «5-1»,
    «17-33» (Decree No. 8.351: «المرسوم رقم 8-351»): the two parts, in order, joined by a
    hyphen. Such a pair in the translation matches the number; both are used up."""
    folded = _ascii_digits(target_text)
    for mention in list(missing):
        dotted = _DOTTED.fullmatch(mention.text)
        if not dotted:
            continue
        for first, second in pairwise(list(left)):
            joint = folded[first.end:second.start].strip()
            if (first.text.translate(_ASCII_DIGITS) == dotted.group(1)
                    and second.text.translate(_ASCII_DIGITS) == dotted.group(2)
                    and len(joint) == 1 and joint in _HYPHENS):
                missing.remove(mention)
                left.remove(first)
                left.remove(second)
                break
        else:
            # «4-6 … المادة 4 (2)»: the pair's first number went to another "4" of the source;
            # equal numbers are interchangeable, so the pair still stands if it is written and
            # a number of each part is left over
            head, tail = dotted.group(1), dotted.group(2)
            if not re.search(rf"(?<![\d.]){head}\s?[{_HYPHENS}]\s?{tail}(?![\d.])", folded):
                continue
            heads = [m for m in left if m.text.translate(_ASCII_DIGITS) == head]
            tails = [m for m in left if m.text.translate(_ASCII_DIGITS) == tail]
            if heads and tails and heads[0] is not tails[0]:
                missing.remove(mention)
                left.remove(heads[0])
                left.remove(tails[0])


@memo()
def _source_numbers(source_text: str, source_lang: str) -> tuple[bool, tuple[NumberMention,
                                                                           ...]]:
    """A source's numbers (and whether it has clock times), found once for all five
    translations of it."""
    if not has_digit(source_text) and not (source_lang.startswith("en") and _time_word(
            source_text)):
        return False, ()  # (nor midnight or noon in words: "at noon" is a time)
    timed = bool(source_lang.startswith("en") and (
        _SOURCE_TIME.search(source_text) or _time_word(source_text)))
    if not timed:
        # the numbers, in text order, as ``_repeated`` reads them (``_find_all``): found once
        found = _find_all[source_text, source_lang]
        return False, _full_years(source_text, found) if _short_years_marked(
            source_text) else found
    # "3 p.m." is «15 heures»: times are compared as times, only when the source has one
    source_times = _times(source_text, source_lang)
    source_skip = _skip(source_text, source_lang)
    source_skip += [(m.start, m.end) for m in source_times]
    source = source_times + find_numbers(source_text, source_lang, source_skip)
    source.sort(key=lambda m: m.start)
    return timed, _full_years(source_text, tuple(source))


#: a range of years whose second is written with its last two digits: "the 1950-53 Korean War",
#: "the 2008/09 crisis"; a space on either side of the hyphen or dash, as PDF text gives it
#: ("in 2017- 18", TaTA's DHS reports), and a footnote's number glued after it at the end of
#: a sentence ("from 92 in 2003 to 96 in 2008-09.1": read as 09.1, «2009» was «09.1» changed)
_SHORT_YEARS = re.compile(r"(?<![\d.,])(1\d\d\d|20\d\d)[ \u00a0]?[-–—/][ \u00a0]?(\d\d)"
                          r"(?P<note>\.\d{1,2}(?=\s*$|\s+[A-Z]))?(?![\d.,]\d|\d)")
#: what a text holding such a range holds
_SHORT_YEARS_MARK = re.compile(r"\d[ \u00a0]?[-–—/][ \u00a0]?\d")


def _short_years_marked(text: str) -> bool:
    """Does ``text`` hold ``_SHORT_YEARS_MARK``? Its separators looked for first (``in`` runs
    at memchr's speed: 60 % of the benchmark's texts with a number hold none of them; the
    pattern's scan tests each of their digits)."""
    return ("-" in text or "/" in text or "–" in text or "—" in text) and \
        _SHORT_YEARS_MARK.search(text) is not None


def _full_years(text: str, mentions: tuple[NumberMention, ...]) -> tuple[NumberMention, ...]:
    """"1950-53" is 1950 to 1953: the second year's mention also reads as the whole year,
    which a translation writes («de 1950 à 1953», «1950-1953»); and the other way round, a
    translation's «2008-09» is the source's "2008-2009". A footnote's number after it is no
    part of the year (nor a number of the text: a marker)."""
    ranges = {m.start(2): m for m in _SHORT_YEARS.finditer(text)}
    if not ranges:
        return mentions
    out = []
    for mention in mentions:
        short = ranges.get(mention.start)
        if short is not None and mention.end == short.end():
            first = int(short.group(1))
            year = first // 100 * 100 + int(short.group(2))
            if year <= first:
                year += 100  # "1998-02"
            if short.group("note"):  # ("09.1": the year 09, its footnote 1 set aside)
                end = short.end(2)
                value = frozenset((float(short.group(2)), float(year)))
                mention = NumberMention(mention.start, end, text[mention.start:end], value,
                                        1.0, value)
            else:
                mention = NumberMention(mention.start, mention.end, mention.text,
                                        mention.values | {float(year)}, mention.scale,
                                        mention.mantissas | {float(year)})
        out.append(mention)
    return tuple(out)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


_PERCENT = re.compile(r"\s*(?:%|per\s*cent|percent)")
#: (``GLUED_PLAIN`` with its lookbehind taken after the first digit: the same matches, scanned
#: for from digit to digit instead of tried at every position)
#: (and a version glued to its product's Latin name, as Chinese writers type it: «Python2.6»;
#: only after a Latin letter, which the number readers do not read a number beside: one glued
#: to a Chinese character, «第6.11条», is read as any and was counted again here, its second
#: mention's loss hidden, UN corpus devset-2539)
_GLUED = re.compile(r"\d(?<=[^\W\d_]\d)\d*(?![\d.,]\d)|\d(?<=[A-Za-z]\d)\d*\.\d+(?![\d.,]\d)")
GLUED_PLAIN = re.compile(r"(?<=[^\W\d_])\d+(?![\d.,]\d)|(?<=[A-Za-z])\d+\.\d+(?![\d.,]\d)")


#: a number with its thousands grouped, glued to a word or sign before it («la ley Nº18.246»:
#: º is a letter), read as the language reads it
#: (its look-behind taken after the first digit: scanned for from digit to digit, not tried at
#: every position)
_GLUED_GROUPED = re.compile(
    r"\d(?<=[^\W\d_]\d)\d{0,2}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?(?!\d)")


def _glued_digits(text: str, lang: str) -> frozenset[float]:
    """Digits glued to a word ("los últimos12 meses", «Nº18.246»): a typo in spacing, or a
    sign written against its number, not a lost number."""
    folded = _ascii_digits(text)
    values = {float(m.group()) for m in _GLUED.finditer(folded)}
    for grouped in _GLUED_GROUPED.finditer(folded):
        values |= _readings_of(grouped.group(), lang)
    return frozenset(values)


@check("TP301", "number-mismatch", Severity.ERROR, "numbers")
def number_mismatch(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A number of the source is missing from the translation or has a different value."""
    missing, extra, _ = _compare_texts(unit.source, ctx.source_lang, unit.target,
                                       unit.numbers or unit.lang)
    if missing:
        return _number_mismatch(ctx, unit)
    told = _all_paired(ctx, unit, extra)
    if _heat_named[unit.source] and ctx.source_lang.startswith("en"):
        # (a temperature paired by its number may still have lost its sign)
        signs = list(_signs_differ(unit, ctx.source_lang, set()))
        if signs:
            told = [*signs, *told]
    if _names_decade(unit.source):
        decades = list(_decade_as_year(ctx, unit))
        if decades:
            return [*decades, *told]
    return told


#: what a source naming a decade holds ("the 1980s", "the 1980's")
_DECADE_MARK = re.compile(r"\d0['’]?s")


def _names_decade(source: str) -> bool:
    """May ``source`` name a decade (``_DECADE_MARK``, behind a substring test: a search on
    every unit's source had cost TP301 0.2 s of the benchmark)?"""
    return ("0s" in source or "0'" in source or "0’" in source) and \
        _DECADE_MARK.search(source) is not None


def _all_paired(ctx: CheckContext, unit: Unit,
                extra: tuple[NumberMention, ...]) -> Iterable[Finding]:
    """``number_mismatch`` of a unit whose source numbers are all in the translation."""
    # no number missing (most units): no generator made (checks/completeness.py); but the
    # translation's numbers left over may have taken the place of numbers the source says in
    # words (a source without digits: the translation's numbers read only where it has such
    # words)
    if not extra:
        if not _says_numbers(unit.source, ctx.source_lang):
            return ()
        if _source_numbers[unit.source, ctx.source_lang][1] or not has_digit(unit.target):
            # every number paired, or none on either side: the source's words may still have
            # become other words
            return _words_respelled(ctx, unit)
        extra = tuple(_small_numbers(unit.target, unit.lang,
                                     years=_says_year(unit.source, ctx.source_lang)))
        lengths = scaled_lengths(unit.source, ctx.source_lang)
        if lengths:
            # (and the numbers of as many digits as one the source says with its scales:
            # "One hundred and thirty-six patients" -> «106 pacientes»)
            wide = [m for m in _find_all[unit.target, unit.lang]
                    if any(v % 1 == 0 and v > 100 and len(str(int(v))) in lengths
                           for v in m.values)]
            if wide:  # (in place of the pieces of them read as small: «25» of «25 000»)
                spans = Intervals([(m.start, m.end) for m in wide])
                extra = tuple(sorted([m for m in extra if not spans.overlaps(m.start, m.end)]
                                     + wide, key=lambda m: m.start))
        if not extra:
            return _words_respelled(ctx, unit)
    elif not _says_numbers(unit.source, ctx.source_lang):
        return ()
    return _words_changed(ctx, unit, list(extra))


#: a number of one or two digits standing alone (not part of a longer number, a decimal, a
#: time or a date written with digits), or a hundred ("Fifty percent" -> «El 100%»); its
#: look-behind taken after the first digit
_SMALL = re.compile(r"\d(?<![\d.,]\d)(?:\d?|00(?<=100))(?!\d|[.,:/]\d)")
#: a letter a number is never glued to (``numfind``'s rule: Chinese, Japanese and Arabic
#: letters aside, «3起», «و59»): the digits after it are a code's ("x86", "amd64"), which a
#: number word of the source did not become ("All four … x86" → «todos ellos … x86» had been
#: "«four» became «86»", t64/hN class H)
_CODE_LETTER = re.compile(r"[^\W\d\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
#: ``_SMALL``, or four digits (a year, 1000-2100, is kept of them)
_SMALL_OR_YEAR = re.compile(r"\d(?<![\d.,]\d)(?:\d{3}|\d?)(?!\d|[.,:/]\d)")


@lru_cache(maxsize=128)  # (a block of units, checks/__init__.BLOCK: each family in turn)
def numbers_by_value(text: str, lang: str) -> dict[float, list[NumberMention]]:
    """A translation's numbers (outside its dates, designations and addresses) by value: what
    the source's numbers with a bound, a unit or a direction of change look their twins up in
    (one look-up a number: a unit of thousands of them stays linear). Made once for the four
    checks that read it on a unit (TP305-TP308); read only."""
    by_value: dict[float, list[NumberMention]] = {}
    for number in find_numbers(text, lang, _skip(text, lang)):
        for value in number.values:
            by_value.setdefault(value, []).append(number)
    return by_value


def twins(by_value: dict[float, list[NumberMention]],
          values: frozenset[float]) -> list[NumberMention]:
    """The translation's numbers (``numbers_by_value``) of any of a source number's
    ``values``: what TP305-TP308 read the bound, unit or direction of."""
    return [t for value in values for t in by_value.get(value, ())]


def _says_year(source: str, source_lang: str) -> bool:
    """Does an English source say a year in words ("in nineteen forty-eight")?"""
    return source_lang.startswith("en") and any(w.value >= 1000 for w in word_numbers(source))


def _small_numbers(text: str, lang: str, years: bool = False) -> list[NumberMention]:
    """The translation's numbers from 0 to 99 outside its dates, designations, placeholders
    and addresses: all a number word of the source can have become, when the source has no
    number of its own to pair (found without the full parse: a source without digits is most
    of them, and its translation's numbers are not otherwise read); with ``years``, its years
    too (1000-2100: what a year the source says in words can have become)."""
    taken = Intervals(_skip(text, lang))
    out = []
    for match in (_SMALL_OR_YEAR if years else _SMALL).finditer(text):
        if taken.overlaps(match.start(), match.end()) or (
                len(match.group()) == 4 and not 1000 <= int(match.group()) <= 2100):
            continue
        if match.start() and _CODE_LETTER.match(text, match.start() - 1) is not None:
            continue  # the 86 of "x86", "i386", "amd64", "IPv6": a code's, as for find_numbers
        value = frozenset((float(int(match.group())),))
        out.append(NumberMention(match.start(), match.end(), match.group(), value, 1.0, value))
    return out


def _said_as_time(unit: Unit, mention: NumberMention) -> bool:
    """Is the source's clock time ``mention`` said in words by the translation (the same
    minutes of the day: clockwords.py)?"""
    if not _SOURCE_TIME.fullmatch(mention.text):
        return False  # (most missing numbers: no time, no search of the translation)
    gate = hour_words(unit.lang)
    if gate is None or not gate.search(unit.target):
        return False
    return any(mention.values & spoken.values for spoken in spoken_times(unit.target, unit.lang))


#: a range's second number written with its groups of thousands, which give the bare first
#: number its size too: «12-15 000» (as Russian news shortens "12,000 to 15,000"; a scale word
#: after the second number, «от 12 до 15 тысяч», is read by ``numfind``)
_GROUPED_SECOND = re.compile(RANGE_JOIN + r"\d{1,3}((?:[\s\u00a0\u202f.,]\d{3})+)(?![\d.,]\d)")


def _shared_groups(unit: Unit, extra: list[NumberMention]) -> dict[float, list[NumberMention]]:
    """The translation's bare numbers left over that begin such a range, by the value they
    then have (read once per translation)."""
    out: dict[float, list[NumberMention]] = {}
    for number in extra:
        if len(_digits(number.text)) > 3:
            continue
        after = _GROUPED_SECOND.match(unit.target, number.end)
        if after is not None:
            scale = 1000.0 ** (len(after.group(1)) // 4)
            for value in number.values:
                out.setdefault(round(value * scale, 6), []).append(number)
    return out


def _take_shared(shared: dict[float, list[NumberMention]], mention: NumberMention,
                 extra: list[NumberMention]) -> bool:
    """Is ``mention`` the first number of such a range (``_shared_groups``)? That bare number
    is then used up."""
    for value in mention.values:
        for number in shared.get(value, ()):
            if number in extra:
                extra.remove(number)
                return True
    return False


def _year_in_date(unit: Unit, mention: NumberMention, source_lang: str) -> bool:
    """Is the year ``mention`` (a number of the source outside its dates) the year of a date
    of the translation, which joined it to a day and month the source gives apart from it
    ("in the 5 March issue of Eurosurveillance 2020" -> «в номере от 5 марта 2020 года»)?"""
    if len(mention.values) != 1 or not mention.text.isdigit() or len(mention.text) != 4:
        return False
    year = next(iter(mention.values))
    # (a year one of the source's dates has is that date's in the translation: "In October
    # 2014 ... Africa Week 2014" said once is another case, ``_repeated``'s)
    return any(date.year == year for date in dates_in(unit.target, unit.lang)) and not any(
        date.year == year for date in dates_in(unit.source, source_lang))


#: a duration the source counts in days, months, hours or minutes, which a translation may
#: count in weeks, years, days or hours ("14 days" is «deux semaines», "12 months" «一年», "90
#: minutes" «une heure et demie»): the larger unit, how many of the smaller it holds, and its
#: words in each language (Russian and Arabic: the stems; «двухнедельный» is one word with its
#: number)
_DURATION = re.compile(r"[\s\u00a0-]*(?:(?P<d>days?)|(?P<m>months?)|(?P<h>hours?)"
                       r"|(?P<n>minutes?))\b", re.IGNORECASE)
_LARGER = {
    "d": ("weeks", 7, {"ru": r"недел", "fr": r"semaine", "es": r"semana", "zh": r"周|星期|礼拜",
                       "ar": r"أسبوع|أسابيع"}),
    "m": ("years", 12, {"ru": r"(?<![а-яё])(?:год|лет)", "fr": r"\ban(?:s|née)?\b",
                        "es": r"año", "zh": r"年", "ar": r"عام|سن[ةو]|أعوام"}),
    # (not the words of "round the clock" or "every day", which say no day's span: "within
    # 24 hours" as «круглосуточно», «全天候», «每一天», «على مدار اليوم» is a deadline lost,
    # t65/hF finding 4; TP301's idioms say where they stand for a service's "24-hour")
    "h": ("days", 24, {"ru": r"(?<![а-яё])(?:сут|дн|день)", "fr": r"jour", "es": r"día",
                       "zh": r"(?<![全每第])(?<!每一)(?<!第一)(?:天|日)(?!天)",
                       "ar": r"(?<!مدار ال)(?<!طوال ال)يوم|أيام"}),
    "n": ("hours", 60, {"ru": r"(?<![а-яё])час(?!т)", "fr": r"heure", "es": r"hora",
                        "zh": r"小时|钟头|個鐘|个钟", "ar": r"ساع"}),
}
#: A half, a quarter or three quarters of the larger unit, said by a word for that part of it:
#: "30 minutes" is «une demi-heure», «media hora», «полчаса», «半小时», «نصف ساعة»; "15
#: minutes" «un quart d'heure», «un cuarto de hora», «четверть часа», «一刻钟», «ربع ساعة»; "12
#: hours" «une demi-journée», «полсуток», «半天»; "6 months" «medio año», «полгода», «半年»
#: (by unit: the larger unit's name, then each part's words by language). Whole words only:
#: «一个半小时», «两个半小时» (an hour and a half, two and a half), «上半年» (the first half of
#: the year) hold «半小时», «半年»; «после полудня», «a medio día» are noon (t66/hD D)
_ZH_HALF = r"(?<![个個\d一二两兩三四五六七八九十百上下大多前后後])半"
_PART_WORDS: dict[str, tuple[str, dict[float, dict[str, str]]]] = {
    "n": ("an hour", {
        0.5: {"fr": r"demi-?\s?heure", "es": r"media\s+hora", "ru": r"пол-?у?час",
              "zh": _ZH_HALF + r"(?:个|個)?(?:小时|小時|钟头|鐘頭)", "ar": r"نصف\s+(?:ال)?ساع"},
        0.25: {"fr": r"(?<!trois )quart\s+d['’]\s?heure", "es": r"(?<!tres )cuarto\s+de\s+hora",
               "ru": r"(?<!три )(?<!трех )(?<!трёх )четверт[иья]\w*\s+часа",
               "zh": r"(?<![二两三])一?刻(?:钟|鐘)", "ar": r"ربع\s+(?:ال)?ساع"},
        0.75: {"fr": r"trois\s+quarts\s+d['’]\s?heure", "es": r"tres\s+cuartos\s+de\s+hora",
               "ru": r"тр(?:и|[её]х)\s+четвертей\s+часа|тр(?:и|[её]х)\s+четверти\s+часа",
               "zh": r"三刻(?:钟|鐘)", "ar": r"ثلاث[ةه]?\s+أرباع\s+(?:ال)?ساع"}}),
    "h": ("a day", {
        # («полудня» is noon's as much: «после полудня»; «a medio día», «al medio día» noon)
        0.5: {"fr": r"demi-?\s?journ[ée]e", "es": r"(?<!\ba\s)(?<!\bal\s)medio\s+d[ií]a",
              "ru": r"пол-?(?:дня|суток)|полусуток", "zh": _ZH_HALF + r"(?:天|日)",
              "ar": r"نصف\s+(?:ال)?يوم"}}),
    "m": ("a year", {
        0.5: {"fr": r"demi-?\s?ann[ée]e|semestre", "es": r"medio\s+año|semestre",
              "ru": r"пол-?у?года", "zh": _ZH_HALF + r"年",
              "ar": r"نصف\s+(?:ال)?(?:عام|سن[ةه])"}}),
}
#: the source's values that may be such a part (what ``_part_of`` is asked for)
_PARTS = frozenset(fraction * size for group, size in (("n", 60), ("h", 24), ("m", 12))
                   for fraction in _PART_WORDS[group][1])
#: the source's own unit after a number of the translation: «10 часов» for "12 hours" beside
#: «после полудня» is the duration said with another number, not the part («12» became «10»)
_OWN_UNIT = {
    "n": {"fr": r"min", "es": r"min", "ru": r"мин", "zh": r"分", "ar": r"دقي|دقائق"},
    "h": {"fr": r"h(?:eures?)?(?!\w)", "es": r"h(?:oras?)?(?!\w)", "ru": r"ч(?:ас|\.|(?![а-яё]))",
          "zh": r"小时|小時|个小|個小|钟头|鐘頭", "ar": r"ساع"},
    "m": {"fr": r"mois", "es": r"mes", "ru": r"мес", "zh": r"个月|個月|月", "ar": r"شهر|أشهر"},
}


def _part_of(group: str, fraction: float, target: str, lang: str,
             extra: list[NumberMention]) -> str | None:
    """«une demi-heure» for "30 minutes": what the translation says ``fraction`` of the
    larger unit with, named, or None; None too when a number left over in the translation
    (``extra``) is counted in the source's own unit: the duration is said by it."""
    name, parts = _PART_WORDS.get(group, ("", {}))
    raw = parts.get(fraction, {}).get(lang)
    if raw is None:
        return None
    bound = "" if lang == "zh" else r"(?<!\w)"
    found = re.search(f"{bound}(?:{raw})\\w*", target, re.IGNORECASE)
    if found is None:
        return None
    own = _OWN_UNIT.get(group, {}).get(lang)
    if own is not None and any(re.match(r"\s*(?:" + own + ")", target[t.end:], re.IGNORECASE)
                               for t in extra):
        return None
    return f"a part of {name} («{found.group()}»)"


#: Russian's one and a half («полтора года», «полторы недели», «полутора лет»)
_RU_ONE_AND_A_HALF = re.compile(r"(?<![а-яё])полтор|(?<![а-яё])полутора", re.IGNORECASE)


def _other_duration(unit: Unit, mention: NumberMention, extra: list[NumberMention],
                    said: frozenset[float]) -> str | None:
    """The larger unit a translation counts the source's duration in ("14 days" as «deux
    semaines», «двухнедельный», «为期两周», «أسبوعين»; "12 months" as «一年»), by digits, words,
    a Russian compound's head or the Arabic dual, next to the unit's word; None if not."""
    if len(mention.values) != 1:
        return None
    duration = _DURATION.match(unit.source, mention.end)
    if duration is None:
        return None
    name, size, words = _LARGER[duration.lastgroup or "d"]
    value = next(iter(mention.values))
    minutes = value % 1 * 60 if 0 < value < 1e6 else 0.5  # (400 nines: an infinite float)
    if duration.lastgroup == "h" and minutes and minutes.is_integer() and (
            int(value), int(minutes)) in _hours_and_minutes(unit.target):
        return "hours and minutes"  # "1.5 hours" -> «1 h 30», «1h30», «1 ч 30 мин»
    base = unit.lang.split("_")[0]
    if value in _PARTS and (part := _part_of(duration.lastgroup or "d", value / size,
                                             unit.target, base, extra)) is not None:
        return part  # "30 minutes" -> «une demi-heure», «полчаса», «半小时», «نصف ساعة»
    word = words.get(base)
    if word is None or value % (size / 2) or not value:
        return None
    larger = value / size
    if not _names_unit(word, unit.target):
        return None
    if larger in said or larger in _target_values(unit.target, unit.lang):
        return name  # (also «1,5 an» for "18 months")
    if larger % 1:
        return name if _and_a_half_of(unit, larger - 0.5, said, extra) else None
    if larger == 1 and not any(1 < v < 1000 for v in said) and not any(
            1 < v < 1000 for t in extra for v in t.values):
        return name  # «продлить на год»: one, said by the unit's word alone
    if unit.lang.startswith("ar") and larger == 2 and re.search(
            r"(?:" + word + r")\w*(?:ين|ان)(?!\w)", unit.target):
        return name  # «أسبوعين»: two, said by the dual
    if unit.lang.startswith("ru") and larger == int(larger) and 1 < larger <= 1000:
        heads = _ru_heads(int(larger))
        words_ru = (w.lower().replace("ё", "е") for w in _RU_WORD.findall(unit.target))
        if any(w.startswith(head) and re.match(word, w[len(head):]) for w in words_ru
               for head in heads):
            return name  # «двухнедельный карантин»
    return None


#: hours then minutes: «1 h 30», «1h30», «1 ч 30 мин», «1小时30分», «1:30 h»
_HOURS_MINUTES = re.compile(r"(?<![\d.,])(\d{1,5})\s?(?:h|ч\.?|час\w*|小时|個小時|:)\s?(\d\d)"
                            r"(?!\d)"
                            # (the hours and the minutes in words: «2 horas y 15 minutos»,
                            # «2 heures et 15 minutes», «ساعتان و15 دقيقة»)
                            r"|(?<![\d.,])(\d{1,5})\s?(?:horas?|heures?|hours?|hrs?|ساعة"
                            r"|ساعات)\s*(?:y\s+|et\s+|and\s+|و\s?|,\s*)?(\d{1,2})\s?"
                            r"(?:minutos?|minutes?|mins?\b|минут\w*|دقيقة|دقائق)",
                            re.IGNORECASE)


@lru_cache(maxsize=64)
def _hours_and_minutes(target: str) -> frozenset[tuple[int, int]]:
    """The (hours, minutes) ``target`` writes as hours and minutes ("1.5 hours" as «1 h 30»):
    read once per translation, not once per number missing from it (a unit of thousands of
    durations was quadratic)."""
    return frozenset((int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4)))
                     for m in _HOURS_MINUTES.finditer(target)) if any(
        c.isdigit() for c in target) else frozenset()


@lru_cache(maxsize=256)
def _names_unit(word: str, target: str) -> bool:
    """Does ``target`` name a unit of time by ``word``'s pattern (once per translation)?"""
    return re.search(word, target, re.IGNORECASE) is not None


@lru_cache(maxsize=64)
def _says_half(target: str, lang: str) -> bool:
    half = _HALF.get(lang)
    return half is not None and half.search(target) is not None


@lru_cache(maxsize=64)
def _target_values(text: str, lang: str) -> frozenset[float]:
    """The values of every number ``text`` writes in digits (``_find_all``'s), once per
    translation: what a duration said in another unit may be said with ("18 months" as «1,5
    an»), looked up per number missing, not scanned (a unit of thousands was quadratic)."""
    return frozenset(v for m in _find_all[text, lang] for v in m.values)


def _and_a_half_of(unit: Unit, whole: float, said: frozenset[float],
                   extra: list[NumberMention]) -> bool:
    """Does the translation say ``whole`` and a half of a unit ("18 months" as «un an et
    demi», «año y medio», «полтора года», «一年半», «سنة ونصف»; "42 months" as «trois ans et
    demi»): the language's "and a half", and the whole number said, or one said by the unit's
    word alone (Russian: «полтора»)?"""
    lang = unit.lang.split("_")[0]
    if lang == "ru" and whole == 1 and _names_unit(_RU_ONE_AND_A_HALF.pattern, unit.target):
        return True
    if not _says_half(unit.target, lang):
        return False
    return whole in said or whole in _target_values(unit.target, unit.lang) or (
        whole == 1 and not any(1 < v < 1000 for v in said))


#: a year said relative to the year of writing: last year, this year, the same year
_RELATIVE_YEAR = {
    "zh": re.compile(r"去年|今年|明年|上年|本年|同年|當年|当年|年內|年内|全年|翌年|次年|前年"),
    "ru": re.compile(r"(?:прошл|эт|текущ|т)(?:ом|ого)\s+(?:же\s+)?год|в\s+том\s+же\s+году", re.I),
    "fr": re.compile(r"l'an(?:née)?\s+(?:dernière?|passée?)|cette\s+année|la\s+même\s+année",
                     re.I),
    "es": re.compile(r"(?:el\s+)?año\s+pasado|este\s+año|el\s+mismo\s+año|ese\s+año", re.I),
    "ar": re.compile(r"العام\s+(?:الماضي|الحالي|نفسه)|السنة\s+(?:الماضية|الحالية|نفسها)"
                     r"|هذا\s+العام"),
}


_YEAR_ANYWHERE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: what an English source says of a year relative to another ("the past year", "last year")
_EN_RELATIVE = re.compile(r"\b(?:(?:the\s+)?(?:past|last|previous|following|same|current)"
                          r"\s+year|this\s+year)\b", re.IGNORECASE)


def _said_relative(unit: Unit, mention: NumberMention) -> bool:
    """Is the source's year ``mention`` missing from a translation that speaks of last year,
    this year or the same year («去年», «в прошлом году», «l'an dernier»)? Which year that is
    the translation's reader knows; the checker does not."""
    if not mention.text.isdigit() or len(mention.text) != 4 or not (
            1900 <= next(iter(mention.values)) <= 2100):
        return False
    return _speaks_relative(unit.source, unit.target, unit.lang) and \
        mention.text not in unit.target  # (a year the translation writes elsewhere:
    # ``_repeated``'s case)


@lru_cache(maxsize=64)
def _speaks_relative(source: str, target: str, lang: str) -> bool:
    """Does ``target`` speak of a year relative to the year of writing, where ``source`` does
    not, and write no year the source does not? Once per unit, not per year missing (a search
    of the whole translation for each was quadratic)."""
    pattern = _RELATIVE_YEAR.get(lang.split("_")[0])
    if pattern is None or pattern.search(target) is None:
        return False
    if _EN_RELATIVE.search(source):
        return False  # the source's own "the past year" is the translation's «العام الماضي»
    # another year in its place is a year changed ("adopted in 2012" as «في عام 2014»)
    return all(year in source for year in set(_YEAR_ANYWHERE.findall(_ascii_digits(target))))


#: a fraction written with digits: "2/3", "1/4" (not a date's "2/3/2019", nor "24/7")
_FRACTION = re.compile(r"(?<![\d/.,])(\d)/(\d{1,2})(?![\d/])")


def _said_as_fraction(unit: Unit, mention: NumberMention) -> bool:
    """Is ``mention`` the denominator of a fraction of the source ("2/3") that the
    translation says in words («deux tiers», «ثلثي», «三分之二»)? (Its numerator, a number
    word, is found as any other.)"""
    if mention.start < 2 or unit.source[mention.start - 1] != "/":
        return False
    fraction = _FRACTION.match(unit.source, mention.start - 2)
    if fraction is None or fraction.end() != mention.end:
        return False
    numerator, denominator = int(fraction.group(1)), int(fraction.group(2))
    if not 1 <= numerator < denominator <= 10:
        return False
    said = fraction_values(unit.target, unit.lang)
    return bool({round(100 / denominator, 6), round(100 * numerator / denominator, 6)} & said)


#: a number's base just before it in an English source: "in base 16", "base-2", "base 10"
_BASE_BEFORE = re.compile(r"(?<![\w-])base[\s\u00a0-]$", re.IGNORECASE)
#: the adjective each language says a base by (binary, octal, decimal, hexadecimal), as a
#: stem that takes its endings: «в шестнадцатеричной системе», «en binaire», «十六进制»
_BASE_WORDS: dict[str, dict[int, re.Pattern[str]]] = {
    "en": {2: re.compile(r"\bbinary\b", re.I), 8: re.compile(r"\boctal\b", re.I),
           10: re.compile(r"\bdecimal\b", re.I), 16: re.compile(r"\bhexa-?decimal\b", re.I)},
    "fr": {2: re.compile(r"\bbinaire", re.I), 8: re.compile(r"\boctal", re.I),
           10: re.compile(r"(?<!hexa)(?<!\w)décima[lu]", re.I),
           16: re.compile(r"\bhexadécima[lu]", re.I)},
    "es": {2: re.compile(r"\bbinari[oa]", re.I), 8: re.compile(r"\boctal", re.I),
           10: re.compile(r"(?<![\w])decimal", re.I), 16: re.compile(r"\bhexadecimal", re.I)},
    "ru": {2: re.compile(r"(?<![а-яё])двоичн", re.I), 8: re.compile(r"(?<![а-яё])восьмеричн", re.I),
           10: re.compile(r"(?<![а-яё])десятичн", re.I),
           16: re.compile(r"(?<![а-яё])шестнадцатеричн", re.I)},
    "zh": {2: re.compile(r"二进制|二進制"), 8: re.compile(r"八进制|八進制"),
           10: re.compile(r"(?<!十六)十进制|(?<!十六)十進制"),
           16: re.compile(r"十六进制|十六進制")},
    "ar": {2: re.compile(r"ثنائي"), 8: re.compile(r"ثماني(?!ة)"),
           10: re.compile(r"(?<!ست )(?<!ستة )عشري"),
           16: re.compile(r"(?:ست|ستة|سداسي)\s*عشري?")},
}


def _said_as_base(unit: Unit, mention: NumberMention) -> bool:
    """Is ``mention`` a number's base ("0x10FFFF in base 16") that the translation says by its
    adjective («в шестнадцатеричной системе», «en hexadécimal», «十六进制»)? The Python
    documentation's Russian and French (t66/hG, 6 false TP301 errors)."""
    words = _BASE_WORDS.get(unit.lang[:2])
    if words is None or _BASE_BEFORE.search(unit.source, max(0, mention.start - 6),
                                            mention.start) is None:
        return False
    return any(value.is_integer() and (word := words.get(int(value))) is not None
               and word.search(unit.target) is not None for value in mention.values)


def _says_numbers(source: str, source_lang: str) -> bool:
    """Does an English source say a whole number in words ("three incidents")?"""
    return source_lang.startswith("en") and says_whole_numbers(source)


def _words_changed(ctx: CheckContext, unit: Unit,
                   extra: list[NumberMention]) -> list[Finding]:
    """"three separate incidents" -> «4 incidents séparés»: a number the source says in words
    that the translation says with other digits (checks/enwords.py)."""
    if not extra:
        return []
    source_values = frozenset(v for m in _source_numbers[unit.source, ctx.source_lang][1]
                              for v in m.values)
    out = []
    for word, wrong in changed_words(unit.source, ctx.source_lang, unit.target, unit.lang,
                                     source_values, extra):
        if not same_sentence_at(unit.source, ctx.source_lang, word.start, unit.target,
                                unit.lang, wrong.start):
            continue  # (a paragraph's "final third" is not its next sentence's «deuxième»)
        # "fifty miles" -> «80 kilómetros»: a measure said in words, converted
        value = frozenset((word.value,))
        if _in_compound(unit, NumberMention(word.start, word.end, word.text, value, 1.0, value)):
            continue  # "a two second window" -> «двухсекундное окно»
        measure = source_measures(unit.source, (NumberMention(
            word.start, word.end, word.text, value, 1.0, value),)).get(word.start)
        quantity = None if measure is None else converted(
            measure, unit.target, unit.numbers or unit.lang, (), word.start / len(unit.source))
        if measure is not None and quantity is not None:
            out.append(_given_converted(unit, measure, quantity))
            continue
        out.append(finding("TP301", unit, f"number «{word.text}» became «{wrong.text}»",
                           expected=f"{word.value:g}", span=(wrong.start, wrong.end)))
    return out


def _words_respelled(ctx: CheckContext, unit: Unit) -> list[Finding]:
    """"its seventy-ninth session" -> «sa soixante-dix-huitième session»: a number the source
    says in words that the translation says in other words (checks/enwords.py)."""
    plan = _respell_plan[unit.source, ctx.source_lang]  # (None for most: a look-up in C)
    if plan is None:
        return []
    # (a small number is a warning: a translation may restate a count as a total, "two
    # 18-year-olds" among "the four young men"; a session's "seventy-ninth" is not so said)
    out = []
    for word, text, span in respelled_words(plan, unit.target, unit.lang):
        if span is not None and not same_sentence_at(unit.source, ctx.source_lang, word.start,
                                                     unit.target, unit.lang, span[0]):
            # (a value the source repeats: the copy of the run's sentence is the one changed,
            # "ranked one and three … Three-times" → «第一和第四 … 三次»)
            copy = next((w for w in plan.words if w.value == word.value
                         and any(w.value == v for v, _ in plan.repeated) and same_sentence_at(
                             unit.source, ctx.source_lang, w.start, unit.target, unit.lang,
                             span[0])), None)
            if copy is None:
                continue
            word = copy
        out.append(finding("TP301", unit, f"number «{word.text}» became «{text}»",
                           expected=f"{word.value:g}", span=span,
                           severity=Severity.ERROR if word.value >= 11 else Severity.WARNING))
    return out


@memo()
def _respell_plan(source_text: str, source_lang: str) -> RespellPlan | None:
    """``respell_plan`` of a source, once for its five translations. The numbers of a
    document symbol vouch for no word: "its seventy-ninth session … A/79/L.35" is not said by
    the 79 of the symbol when the translation says «soixante-dix-huitième»."""
    symbols = [(m.start(), m.end()) for m in symbol_matches(source_text)] \
        if "/" in source_text else []
    return respell_plan(source_text, source_lang, frozenset(
        v for m in _source_numbers[source_text, source_lang][1]
        if not any(s <= m.start < e for s, e in symbols) for v in m.values))


_TITLE_ID = re.compile(r"(?:^|[#:-])title$")


def _titles(ctx: CheckContext, unit: Unit) -> tuple[str, ...]:
    """The sources of the titles of ``unit``'s file (the release's own version is named
    there: "Debian GNU/Linux 4.0 released"), read once per document."""
    key = ("titles",)
    held: tuple[tuple[Unit, ...], dict[str, tuple[str, ...]]] | None = ctx.near_cache.get(key)
    if held is None or held[0] is not ctx.document:
        by_file: dict[str, list[str]] = {}
        for other in ctx.document:
            if _TITLE_ID.search(other.context or other.id):
                by_file.setdefault(_release_of(other), []).append(other.source)
        held = (ctx.document, {k: tuple(dict.fromkeys(v)) for k, v in by_file.items()})
        ctx.near_cache[key] = held
    return held[1].get(_release_of(unit), ())


def _release_of(unit: Unit) -> str:
    """The release a unit is of: its file, and the part of its id before "#" where a file
    holds several ("2007/20070408#4-p")."""
    name = unit.context or unit.id
    return f"{unit.file}\0{name.rsplit('#', 1)[0] if '#' in name else ''}"


def _number_mismatch(ctx: CheckContext, unit: Unit) -> Iterator[Finding]:
    missing, extra, rescaled = _compare(ctx, unit)
    scaled = {id(m) for m, _ in rescaled}
    everything = list(extra)  # (the numbers left over, for the source's number words)
    if extra:
        extra = _unworded(extra, unit.source, ctx.source_lang)
    unworded = {id(t) for t in extra}
    # the numbers the translation spells out or glues to a word: read only for a missing
    # number that is not rescaled (TP302's), the rarer case
    said: frozenset[float] | None = None
    missing_index: dict[float, list[int]] | None = None  # (made for a unit of many)
    measures: tuple[dict[int, Measure], tuple[Measure, ...]] | None = None  # (when missing)
    gone: frozenset[int] = frozenset()
    measured: set[int] = set()  # (the measures told, by their start: "6-foot-6" once)
    shared: dict[float, list[NumberMention]] | None = None  # (ranges' bare first numbers)
    # the pages cited first: the translation's own page numbers are then no changed number
    # of another mention («pág. 30» is not what "17." became)
    if len(missing) > 1 and "p" in unit.source:
        missing.sort(key=lambda m: not _page_cited(unit.source, m))
    for mention in missing:
        if id(mention) in scaled:
            continue
        if said is None:
            said = spelled_values(unit.target, unit.lang) | _glued_digits(unit.target, unit.lang)
        if mention.values & said or _and_a_half(unit, mention, said, everything):
            continue
        if _said_as_time(unit, mention):
            continue  # "at 10 a.m." -> «في الساعة العاشرة صباحا», «à dix heures»
        if _said_as_fraction(unit, mention):
            continue  # "220 2/3 innings" -> «220 manches et deux tiers»
        if _said_as_base(unit, mention):
            continue  # "in base 16" -> «в шестнадцатеричной системе», «en hexadécimal»
        if _in_compound(unit, mention):
            continue  # "an 18-year-old" -> «восемнадцатилетний»
        if unit.lang.startswith("zh") and said_without_numeral(unit.source, mention,
                                                               unit.target):
            continue  # "the 1st round" -> «首轮», "division 1" -> «甲组»
        if extra:
            if shared is None:
                shared = _shared_groups(unit, extra)
            if shared and _take_shared(shared, mention, extra):
                continue  # "between 12,000 and 15,000" -> «12-15 000», «от 12 до 15 тысяч»
        if measures is None:
            measures = _measures(unit.source, ctx.source_lang)
            gone = frozenset(m.start for m in missing) if measures[0] else frozenset()
        measure = measures[0].get(mention.start)
        if measure is not None and measure.start in measured:
            continue  # (the other number of "6-foot-6", told with the first)
        if measure is not None and (told := _converted(unit, measure, measures, gone,
                                                       extra)) is not None:
            measured.add(measure.start)
            yield told
            continue
        if _PERCENT.match(unit.source, mention.end) and mention.values & (
                fraction_values(unit.target, unit.lang) | share_values(unit.target, unit.lang)):
            continue  # "50 per cent" -> «la moitié», "fewer than 20 per cent" «moins d'un
            # cinquième», «不足五分之一»
        if _from_birth(unit, mention):
            continue  # "(0-23 months)" -> «(منذ الولادة إلى 23 شهرًا)», «de la naissance à 23 mois»
        if (mention.values == {1.0} and unit.lang.startswith("ar")
                and _AGE_ONE.search(unit.source) and _AR_AGE_A_YEAR.search(unit.target)):
            continue  # "at age 1" -> «عند بلوغ عام»: one year, said by the singular
        if _decade(unit, mention, extra):
            continue  # "in the 1960s" -> «dans les années 60», «عقد الستينات»
        if _year_in_date(unit, mention, ctx.source_lang):
            continue  # "the 5 March issue of Eurosurveillance 2020" -> «5 марта 2020 года»
        if _said_relative(unit, mention):
            # "In 2017, we established" -> «金管局去年成立»: a report written the year after
            yield finding("TP301", unit, f"number «{mention.text}» (a year) is said relative "
                          "to another year in the translation", expected=mention.text,
                          severity=Severity.INFO)
            continue
        if (mention.values == {2.0} and unit.lang.startswith("ar")
                and _COUNTED.match(unit.source, mention.end) and arabic_dual(unit.target)):
            continue  # "2 barrel bombs" -> «برميلان متفجران»: two, said by the dual
        if (mention.values == {2.0} and mention.text == "2" and unit.lang.startswith("ar")
                and not extra and _AR_DUAL_WORD.search(unit.target)):
            # "13 votes to 2" -> «13 صوتا مقابل صوتين», "2 trucks" -> «شاحنتين»: two, which a
            # noun's dual may say alone (the dual's ending is also a plural's: info)
            yield finding("TP301", unit, f"number «{mention.text}» is missing (two, which "
                          "the dual may say)", expected=mention.text, severity=Severity.INFO)
            continue
        if (mention.values == {1.0} and unit.lang.startswith("ar") and not extra
                and _COUNTED.match(unit.source, mention.end)):
            # "1 P-5 and 1 National Professional Officer" -> «وظيفة برتبة ف-5 ووظيفة موظف
            # فني وطني»: one, said by the singular
            yield finding("TP301", unit, f"number «{mention.text}» is missing (one, which "
                          "the singular may say)", expected=mention.text, severity=Severity.INFO)
            continue
        if not extra and (word := _restated(unit.source, mention)) and not spelled_values(
                unit.target, unit.lang):
            # "Two (2) militants" -> «مقاتلان» (the dual): the digits only repeat the word,
            # which the translation may say alone (another number in words is still wrong)
            yield finding("TP301", unit, f"number «{mention.text}» is missing (the source "
                          f"also says it in words, «{word}»)", expected=mention.text,
                          severity=Severity.INFO)
            continue
        if not extra and _footnote_marker(unit.source, mention):
            yield finding("TP301", unit, f"number «{mention.text}» (a footnote marker) is "
                          "missing", expected=mention.text, severity=Severity.INFO)
            continue
        if _page_reference(unit, mention, extra):
            yield finding("TP301", unit, f"number «{mention.text}» (a page) is not in the "
                          "translation, which gives a page of its own (each language's edition "
                          "has its own pages)", expected=mention.text, severity=Severity.INFO)
            continue
        # "every 24 hours" → «три раза в сутки», «每天服药三次»: another frequency, an error,
        # not the idiom nor the days it is given in (t66/hH 4); only a count at the number's
        # place, not one that says the source's own "twice a week" (t66/hI 3)
        restated = counted_at(unit.source, ctx.source_lang, mention.start, mention.end,
                              mention.values, unit.target, unit.lang) if is_frequency(
                                  unit.source, mention.start) else None
        if restated is not None and same_frequency(restated, unit.source, mention.end,
                                                   mention.values):
            # "every 12 hours" → «deux fois par jour»: the same rate, counted
            yield finding("TP301", unit, f"number «{mention.text}» is said as a count of "
                          f"times in the translation («{restated.text}», the same frequency)",
                          expected=mention.text, severity=Severity.INFO)
            continue
        counted = restated is not None
        if not counted and (idiom := said_by_idiom(unit.source, mention, unit.target,
                                                   unit.lang)) is not None:
            yield finding("TP301", unit, f"number «{mention.text}» is said by an idiom in the "
                          f"translation ({idiom})", expected=mention.text,
                          severity=Severity.INFO)
            continue
        if not counted and (other := _other_duration(unit, mention, extra, said)) is not None:
            yield finding("TP301", unit, f"number «{mention.text}» is given in {other} in the "
                          "translation", expected=mention.text, severity=Severity.INFO)
            continue  # "quarantine for 14 days" -> «двухнедельный карантин», «为期两周»
        if _relative_reference(unit, mention):
            yield finding("TP301", unit, f"number «{mention.text}» (a cross-reference) is "
                          "named by its place in the translation", expected=mention.text,
                          severity=Severity.INFO)
            continue
        if not extra and version_at(unit.source, mention.start) and release_version(
                unit.source, mention.start, mention.end, _titles(ctx, unit)) and (
                this := demonstrative_in(unit.target, unit.lang)) is not None:
            # "newly introduced with Debian GNU/Linux 4.0" is «從本版本開始引入»: the version
            # the release is about, named by a demonstrative (as TP201 tells of dates), where
            # the translation has no number left over it may have become; only that version
            # («cette version» for "a bug present since Linux 2.6.18" is still wrong, t64/hJ)
            yield finding("TP301", unit, f"number «{mention.text}» (a version) is named by a "
                          f"demonstrative in the translation («{this}»)", expected=mention.text,
                          severity=Severity.INFO)
            continue
        if (longer := _version_said(unit, mention)) is not None:
            # "Updated Debian 7: 7.6 released" -> «Publication de la mise à jour de Debian
            # 7.6»: the major version said in the full one the source also gives
            yield finding("TP301", unit, f"number «{mention.text}» (a version) is said in "
                          f"«{longer}» in the translation", expected=mention.text,
                          severity=Severity.INFO)
            continue
        if missing_index is None and len(missing) > _SCANNED_REPEATS:
            missing_index = _by_positions(missing)
        # (the source's number written as it stands, which reads otherwise in the language,
        # «35,000» as 35 in Spanish, is what it became, before a slip or the first left over:
        # "more than 35,000 … February 2011" had been «35,000» became «2011»; t63/h6)
        slip = _same_digits(extra, mention) if extra else None
        if slip is None and extra and not _YEAR_FROM_ANOTHER.search(unit.source):
            slip = _slip(extra, mention)
        if slip is None and _repeated(mention, unit, missing, ctx.source_lang,
                                      dated=not extra, missing_index=missing_index):
            # "the Strategic Plan 2014-2017 and the NEPAD Strategic Plan 2014-2017" is «الخطتين
            # ... للفترة 2014-2017», "Agenda 2063 ... Agenda 2063" «l'Agenda 2063 ... cet
            # agenda»: a value the source repeats, still in the translation, said once
            yield finding("TP301", unit, f"number «{mention.text}» is written fewer times in "
                          "the translation than in the source", expected=mention.text,
                          severity=Severity.INFO)
            continue
        if (name := _named(unit, mention, extra, ctx.source_lang)) is not None:
            yield finding("TP301", unit, f"number «{mention.text}» (of the name «{name}») is "
                          "not in the translation, which names it otherwise",
                          expected=mention.text, severity=Severity.INFO)
            continue
        wrong = slip if slip is not None else _became(extra, mention)
        if wrong is None and not extra and said:
            freed = _freed_slip(ctx, unit, mention, said)
            if freed is not None:
                # ("under-5 mortality has dropped by 50 per cent" → «دون سن الخامسة … بنسبة
                # 5%»: the 5 said in words, the digit 5 is what 50 became; no span: which
                # of the two says the source's 5 is not known)
                yield finding("TP301", unit, f"number «{mention.text}» became «{freed.text}»",
                              expected=mention.text)
                continue
        if wrong is not None and measure is not None and len(wrong.values) == 1 and (
                feet := in_feet(measure, next(iter(wrong.values)), unit.target, wrong.start,
                                wrong.end)) is not None:
            # "6-foot-6" → «6.5英尺» (right) or «6.6 أقدام» (the inches after the decimal sign)
            extra.remove(wrong)
            measured.add(measure.start)
            right, shown = feet
            yield finding("TP301", unit, f"«{measure.text}» is given in feet: «{shown}»"
                          if right else not_feet_and_inches(measure, shown),
                          expected=measure.text, span=(wrong.start, wrong.end),
                          severity=Severity.INFO if right else Severity.ERROR)
            continue
        if wrong is not None:
            extra.remove(wrong)
            if _digits(wrong.text) == _digits(mention.text) and _digits(
                    mention.text) and not _SOURCE_TIME.fullmatch(mention.text):
                value = ", ".join(f"{v:g}" for v in sorted(wrong.values))
                message = (f"number «{mention.text}» reads as {value} in {unit.lang}: the "
                           "decimal sign differs; group thousands with a space or a point")
            elif (swapped := _half_day_off(mention, wrong)) is not None:
                message = swapped
            else:
                message = f"number «{mention.text}» became «{wrong.text}»"
                if measure is not None and (quantity := _measured(unit, wrong, measure)):
                    message = wrongly(measure, quantity) if not measure.metric \
                        else f"{message} ({hint(measure)})"
            yield finding("TP301", unit, message, expected=mention.text,
                          span=(wrong.start, wrong.end))
            if measure is not None:  # ("6-foot-6" → «6.6英尺»: one measure, one finding)
                measured.add(measure.start)
        elif not _EN_TIME_WORD.fullmatch(mention.text):
            # (midnight and noon in words are compared only with another time the translation
            # tells: translators say them loosely, «полночный комендантский час», «半夜时分»,
            # «днем пятницы», or not at all)
            yield finding("TP301", unit, f"number «{mention.text}» is missing",
                          expected=mention.text)
            if measure is not None:
                measured.add(measure.start)
    if _names_decade(unit.source):
        yield from _decade_as_year(ctx, unit)
    if _heat_named[unit.source] and ctx.source_lang.startswith("en"):
        yield from _signs_differ(unit, ctx.source_lang, {m.start for m in missing})
    if everything and _says_numbers(unit.source, ctx.source_lang):
        left = {id(t) for t in extra}  # (what no missing number became)
        yield from _words_changed(ctx, unit, [t for t in everything if id(t) in left
                                              or id(t) not in unworded])
    elif not everything and _says_numbers(unit.source, ctx.source_lang):
        # (no digits left over in the translation: the source's words may still have become
        # other words, beside a figure the translation says in words — "US$ 1 billion in the
        # next three months" → «مليار دولار خلال الأشهر الستة المقبلة»)
        yield from _words_respelled(ctx, unit)


#: what an English source's temperature holds (``_signs_differ`` is asked only then)
#: (searched in every unit's source: its first letters in one set, in both cases, the rest
#: ignoring case behind it; ``re`` scans from a first character only for a pattern opening
#: with a set or a literal of no case, and tried this, ignoring case everywhere until session
#: 67, at every position: 0.06 s of TP301's 0.9 on the benchmark; ``HEAT_GATE_PLAIN``)
_HEAT_GATE = re.compile(r"[dD°º℃℉bB](?:(?<=[dD])(?i:egree)|(?<=[°º℃℉])|(?<=[bB])(?i:elow\s+zero))")
HEAT_GATE_PLAIN = re.compile(r"degree|°|º|℃|℉|below\s+zero", re.IGNORECASE)


@memo(spread=False)
def _heat_named(source: str) -> bool:
    """Does ``source`` hold what a temperature holds (``_HEAT_GATE``)? Once for its five
    translations: TP301 asks it of every unit whose numbers all pair, 16,035 searches of
    2,768 sources on the benchmark's workspace."""
    return _HEAT_GATE.search(source) is not None


def _signs_differ(unit: Unit, source_lang: str, gone: set[int]) -> Iterator[Finding]:
    """"20 degrees below zero" → «20 degrés», «20 градусов тепла»; "20 degrees" → «20 degrés
    sous zéro»: a temperature whose number the translation has (not ``gone``, the source's
    missing numbers) but with the other sign, and no reading of it with the source's. The
    signs are read on both sides since a90bf62, but a number that pairs was never compared
    as a temperature (t66/hD F)."""
    heat = {id(m): m for m in _measures(unit.source, source_lang)[0].values()
            if m.kind == HEAT and not m.decade and m.start not in gone}
    if not heat:
        return
    quantities = [q for q in target_quantities(unit.target, unit.numbers or unit.lang)
                  if q.kind == HEAT]
    for measure in sorted(heat.values(), key=lambda m: m.start):
        if any(_close(q.value, v) for q in quantities for v in measure.values):
            continue  # (the same sign, or a conversion of it)
        flipped = next(((q, v) for q in quantities for v in measure.values
                        if v and _close(-q.value, v)), None)
        if flipped is None:
            continue
        quantity, value = flipped
        if value < 0 and _cold_beside(unit.target, quantity.start,
                                      quantity.start + len(quantity.text)):
            continue  # «Мороз достиг 20 градусов»: the frost says the sign (t66/hH 6)
        side = "below" if value < 0 else "above"
        yield finding("TP301", unit, f"temperature «{measure.text}» is {side} zero, "
                      f"«{quantity.text}» is not: the sign differs", expected=measure.text,
                      span=(quantity.start, quantity.start + len(quantity.text)))


#: words between a temperature and the frost that says its sign: «Мороз достиг 20 градусов»,
#: «морозы до 30 градусов», «20 градусов мороза»
_COLD_GAP = 3
#: what ends the temperature's clause: a frost beyond it is another subject's («опустилась до
#: 20 °C; мороз уничтожил палатки»); a comma ends it after the number («до 20 °C, мороз …»)
_CLAUSE_END = re.compile(r"[.;:!?…]")
_WORD = re.compile(r"[^\W\d_]+")


def _cold_beside(text: str, start: int, end: int) -> bool:
    """Does a frost noun say the sign of the temperature at ``start``-``end`` of ``text``:
    in its clause, at most ``_COLD_GAP`` words from it (t66/hI 4: anywhere in the
    translation, it had excused a minus dropped)?"""
    for match in COLD_NOUN.finditer(text):
        if match.start() >= end:
            between = text[end:match.start()]
            if "," in between:
                continue
        elif match.end() <= start:
            between = text[match.end():start]
        else:
            return True
        if not _CLAUSE_END.search(between) and len(_WORD.findall(between)) <= _COLD_GAP:
            return True
    return False


def _close(said: float, exact: float) -> bool:
    """A temperature as a translator rounds it: within half a degree, or 6 % (either sign)."""
    return abs(said - exact) <= max(0.6, 0.06 * abs(exact))


@lru_cache(maxsize=256)
def _measures(source: str, source_lang: str) -> tuple[dict[int, Measure], tuple[Measure, ...]]:
    """The measures of an English source ("30 yards", "2 to 4 inches"; measures.py), by the
    start of their numbers, and its metric ones in text order."""
    if not source_lang.startswith("en"):
        return {}, ()
    found = source_measures(source, tuple(_source_numbers[source, source_lang][1]))
    metric = sorted({id(m): m for m in found.values() if m.metric}.values(),
                    key=lambda m: m.start)
    return found, tuple(metric)


def _converted(unit: Unit, measure: Measure, measures: tuple[dict[int, Measure],
                                                            tuple[Measure, ...]],
               gone: frozenset[int], extra: list[NumberMention]) -> Finding | None:
    """"30 yards" -> «27 metros», "45 miles (72 kilometers)" -> «72 km»: a measure the
    translation gives converted, or by the source's own metric figure (info, for a reviewer to
    see the conversion); "385 miles" -> «360 км», a conversion gone wrong (error, with what it
    should have been); None: none of these. ``gone``: where the source's missing numbers
    start."""
    where = measure.start / max(1, len(unit.source))
    quantity = converted(measure, unit.target, unit.numbers or unit.lang, extra, where)
    index = -1 if quantity is None else bisect_left(extra, quantity.start, key=_START)
    # (is the conversion's number one left over, no number of the source's?)
    leftover = quantity is not None and index < len(extra) \
        and extra[index].start == quantity.start
    # (a conversion the translation gives by the source's own figure in the other unit, which
    # another of the source's numbers pairs with — "20 °C (68 °F)" → «20 °C (86 °F)» —
    # excuses nothing while a number is left over beside it: the 86 is what 68 became, t67/hB;
    # a number that pairs by chance, "1 to 2 inches" → «2 y 5 centímetros», is the conversion)
    other = restated(measure, measures[1], lambda start: start not in gone)
    paired = quantity is not None and other is not None and not leftover
    wrong = misconverted(measure, unit.target, unit.numbers or unit.lang, extra,
                         tuple(measures[0].values()), where) \
        if (quantity is None and other is None) or paired else None
    if quantity is not None and wrong is None:
        if leftover:
            del extra[index]  # (no number a missing one "became")
        elif paired and any(abs(m.start - quantity.start) <= _BESIDE for m in extra):
            return None  # (a number left over beside it, a unit no one reads after it: «86 °F»)
        return _given_converted(unit, measure, quantity)
    if wrong is not None:
        # (the numbers of the quantity, both of «1 м 82 см», are what the measure became)
        extra[:] = [m for m in extra
                    if not wrong.start <= m.start < wrong.start + len(wrong.text)]
        return finding("TP301", unit, wrongly(measure, wrong), expected=measure.text,
                       span=(wrong.start, wrong.start + len(wrong.text)))
    if other is None:
        return None
    return finding("TP301", unit, f"«{measure.text}» is not in the translation, which gives "
                   f"the same measure as the source's «{other.text}»", expected=measure.text,
                   severity=Severity.INFO)


_START = attrgetter("start")
#: how near the translation's figure a number left over is the measure's other unit's
_BESIDE = 40


def _measured(unit: Unit, wrong: NumberMention, measure: Measure) -> Quantity | None:
    """The quantity of ``measure``'s kind the translation's ``wrong`` number is, if any (a
    conversion gone wrong, worth its hint)."""
    return next((q for q in _quantities_at(unit, wrong.start)
                 if q.kind == measure.kind or measure.kind == "km/h"), None)


def _quantities_at(unit: Unit, start: int) -> Iterator[Quantity]:
    """The translation's quantities (a number and its unit: measures.py) whose number starts
    at ``start``: one per reading of the number."""
    quantities = target_quantities(unit.target, unit.numbers or unit.lang)
    index = bisect_left(quantities, start, key=_START)  # (in text order)
    while index < len(quantities) and quantities[index].start == start:
        yield quantities[index]
        index += 1


def _given_converted(unit: Unit, measure: Measure, quantity: Quantity) -> Finding:
    """"«85 mph» is given in other units: «135 km/h»" (info: a reviewer sees the conversion)."""
    return finding("TP301", unit, f"«{measure.text}» is given in other units: "
                   f"«{quantity.text}»", expected=measure.text, severity=Severity.INFO)


#: how far into the translation's numbers left over a missing number's new form is sought
_BECAME_WINDOW = 256


#: a year or decade the source names from another ("next year", "the previous year", "this
#: decade"), which a translation may write as the year: «en 2016» for "next year" in a text of
#: 2015 is no slip of a 2015 the source repeats (a second hostile pass on session 62's changes)
_YEAR_FROM_ANOTHER = re.compile(
    r"\b(?:next|following|previous|preceding|last|coming|past|this|that|current|same|"
    r"subsequent|prior)\s+(?:(?:calendar|fiscal|financial|academic)\s+)?(?:years?|decades?)\b"
    r"|\byears?\s+(?:before|after|earlier|later|ago)\b", re.IGNORECASE)


def _slip(extra: list[NumberMention], mention: NumberMention) -> NumberMention | None:
    """A number left over in the translation that is ``mention`` with one digit changed or two
    neighbouring digits swapped (1997 → 1987, 2015 → 2051): a slip of the keyboard, what the
    source's number became even where the source says that value twice and the translation
    kept it once ("from 1997 to 2009; … from 1981 to 1997" → «1997-2009 … 1981-1987»), which
    ``_repeated`` alone reads as the value said once. Among the first ``_BECAME_WINDOW``."""
    wanted = [_whole(v) for v in mention.values]
    for other in islice(extra, _BECAME_WINDOW):
        if other.mantissas & mention.mantissas:
            continue
        if any(a and b and _one_slip(a, b) for a in wanted for b in map(_whole, other.values)):
            return other
    return None


def _freed_slip(ctx: CheckContext, unit: Unit, mention: NumberMention,
                said: frozenset[float]) -> NumberMention | None:
    """A percentage of the translation whose figure the source's number of its value did not
    take, the translation saying that value in words too, and that is the percentage
    ``mention`` with a digit dropped, changed or two swapped (50 → 5): what it became. The
    pairing gave the digit to the source's number of its value ("under-5" → «5»), which the
    words say («دون سن الخامسة»), leaving ``mention`` missing with nothing left over."""
    wanted = _digits(mention.text)
    if not 2 <= len(wanted) <= _SLIP_DIGITS:  # (any digit is a slip of a one-digit number)
        return None
    if not _PERCENT.match(unit.source, mention.end):
        return None  # (a percentage's digit is one: a count's may be another's restated)
    for other in _find_all[unit.target, unit.lang]:
        value = other.values & said
        if not value or not _slipped(wanted, _digits(other.text)) or not (
                _PERCENT_AFTER.match(unit.target, other.end)
                or unit.target.endswith("百分之", 0, other.start)):
            continue
        sources = sum(1 for m in _find_all[unit.source, ctx.source_lang] if m.values & value)
        targets = sum(1 for m in _find_all[unit.target, unit.lang] if m.values & value)
        if sources == targets:  # (the words said once in the source, the digits once each)
            return other
    return None


#: the longest number a dropped digit is looked for in (a percentage; not a year)
_SLIP_DIGITS = 3
#: a translation's percentage after its figure («5%», «5 في المائة», «5 pour cent»)
_PERCENT_AFTER = re.compile(r"\s*(?:%|٪|％|pour\s*cent|por\s*ciento|процент|(?:في\s+|بال)"
                            r"(?:المائة|المئة))", re.IGNORECASE)


def _slipped(a: str, b: str) -> bool:
    """Is ``b`` the digits ``a`` with one dropped, changed, or two neighbours swapped?"""
    if len(a) == len(b) + 1:
        return any(a[:i] + a[i + 1:] == b for i in range(len(a)))
    return _one_slip(a, b)


def _whole(value: float) -> str:
    """A whole number's digits ("" for a fraction or a number too short to slip on)."""
    return str(int(value)) if value.is_integer() and value >= 10 else ""


def _one_slip(a: str, b: str) -> bool:
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                              and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


def _same_digits(extra: list[NumberMention], mention: NumberMention) -> NumberMention | None:
    """A number left over in the translation written with ``mention``'s digits but read as
    another value (a decimal sign against a thousands separator: «35,000» is 35 in Spanish,
    «17,500» 17.5 in Russian), among the first ``_BECAME_WINDOW``; not a time ("9.30")."""
    digits = _digits(mention.text)
    if not digits or _SOURCE_TIME.fullmatch(mention.text):
        return None
    return next((t for t in islice(extra, _BECAME_WINDOW)
                 if not t.mantissas & mention.mantissas and _digits(t.text) == digits), None)


def _half_day_off(mention: NumberMention, wrong: NumberMention) -> str | None:
    """"3 p.m. is 15 h (the translation says 3 h)": the message for a source's clock time that
    the translation tells twelve hours off (a.m. for p.m., «à 3 heures», «下午» for 上午), or
    None for any other change."""
    if len(mention.values) != 1 or not _SOURCE_TIME.fullmatch(mention.text):
        return None
    said = next(iter(mention.values))
    hours = {int(d) for d in re.findall(r"\d+", wrong.text)}
    # (a time's reading, the hour it writes: «22 heures» is also 22 hours counted)
    told = next((v for v in wrong.values if abs(said - v) == 720 and (
        int(v) // 60 in hours or int(v) // 60 % 12 in hours)), None)
    if told is None:
        return None
    return (f"number «{mention.text}» is {_clock(said)} (the translation says {_clock(told)}: "
            f"«{wrong.text}»)")


def _clock(minutes: float) -> str:
    hour, minute = divmod(int(minutes), 60)
    return f"{hour} h {minute:02d}" if minute else f"{hour} h"


def _became(extra: list[NumberMention], mention: NumberMention) -> NumberMention | None:
    """The first number left over in the translation that the missing ``mention`` may have
    become: one with other digits (the same digits are a scale changed, TP302). Sought among
    the first ``_BECAME_WINDOW`` only: a unit of thousands of numbers sharing its digits made
    the search quadratic; past them, the number is reported missing."""
    return next((t for t in islice(extra, _BECAME_WINDOW)
                 if not t.mantissas & mention.mantissas), None)


#: a number that counts what follows it ("2 barrel bombs"), not a label ("sector 2")
_COUNTED = re.compile(r"\s+[^\W\d_]")
#: a 0 that starts a range of ages ("children age 0-23 months", "(0-5 months)", "0 to 59
#: months"), which health and statistics texts translate as "from birth"
_AGE_ZERO = re.compile(r"0\s*(?:-|–|—|to)\s*\d{1,2}\s*(?:months?|years?|weeks?|days?)\b",
                       re.IGNORECASE)
#: birth named as the start of such a range, the range's second bound after it (TaTA's DHS
#: reports: «منذ الولادة إلى 23 شهرًا», «منذ ولادتهم وحتى 23 شهرًا», «بين الولادة وحتى عمر 23
#: شهرًا»; «de la naissance à 23 mois», «desde el nacimiento hasta los 23 meses», «от рождения
#: до 23 месяцев», «出生至23个月»): not the word alone (Arabic «الولادة» is also a delivery)
_FROM_BIRTH = {
    "ar": r"(?<!\w)(?:منذ|من|بين)\s+(?:ال)?ولاد(?:ة|ت(?:ه|ها|هم|هن|هما))"
          r"(?:\s+(?:و|إلى|الى|حتى)|\s*[-–])",
    "fr": r"(?:de|depuis)\s+(?:la\s+)?naissance\s+(?:à|au|jusqu)",
    "es": r"(?:desde|de)\s+(?:el\s+)?nacimiento\s+(?:a|al|hasta)(?!\w)",
    "ru": r"(?:от|с)\s+рождения\s+(?:до|по)(?!\w)",
    "zh": r"出生(?:后)?\s*(?:至|到|—|–|-|～|~)",
}
#: "at age 1", "1 year old", "aged 1"
_AGE_ONE = re.compile(r"\b(?:age|aged)\s+1\b|\b1[-\s]year", re.IGNORECASE)
#: an age of one year said by the singular noun after a word of age («عند بلوغ عام», «بعمر سنة»,
#: «في سن عام»), no number after it
_AR_AGE_A_YEAR = re.compile(r"(?<!\w)(?:بلوغ|ب?عمر|سن|العمر)\s+(?:ال)?(?:عام|سنة)(?!\w)"
                            r"(?!\s*(?:\d|واحد))")


@cache
def _birth_re(base: str) -> re.Pattern[str] | None:
    raw = _FROM_BIRTH.get(base)
    return re.compile(raw, re.IGNORECASE) if raw else None


def _from_birth(unit: Unit, mention: NumberMention) -> bool:
    """A 0 that starts a range of ages ("0-23 months") said by birth in the translation
    («منذ الولادة إلى 23 شهرًا»): the 0 is there."""
    if mention.values != {0.0} or not _AGE_ZERO.match(unit.source, mention.start):
        return False
    birth = _birth_re(unit.lang.split("_")[0])
    return birth is not None and birth.search(unit.target) is not None
#: a word with the dual's ending, of a noun of three letters or more («صوتين», «شاحنتان»)
_AR_DUAL_WORD = re.compile(r"(?<!\w)[وفبلك]?(?:ال|لل)?[^\W\d_]{3,}[اي]ن(?!\w)")
#: "the 1960s", "the 1960's": a decade
_DECADE = re.compile(r"['’]?s(?![^\W\d_])")
#: what may follow «los 1970» said for a decade: a little word, never a noun («los 1980
#: participantes» is a count)
_ES_NO_NOUN = (r"y|e|o|u|a|al|de|del|en|por|con|cuando|el|la|las|lo|un|una|su|sus|hasta|que|se"
               r"|como|para|sin|tras|fue|fueron|era|eran")
#: the words that make a number a decade («les années 60», «60-х годов», «60年代», «عقد»)
#: (French «des année soixante-dix», Mintaka's, the plural's s forgotten; Spanish «los setenta»,
#: the decade's tens in words after the article alone, as Mintaka's «en los setenta»; the plural
#: article before the whole year too, «en los 1970», «a principios de los 1980», as PAWS-X's
#: Spanish writes "the 1970s" (t65/hC), where no noun follows: «los 1980 participantes» counts)
_DECADE_WORD = {
    # (the UN's Spanish «el decenio de 1960», French «la décennie 1960»)
    "fr": r"année|d[ée]cennie",
    "es": r"años|d[ée]cada|decenio|(?<!\w)l[oa]s\s+(?=\d0(?!\d)|(?:veinte|treinta"
          r"|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)(?!\w))|veintes"
          r"|(?<!\w)los\s+(?=(?:1\d|20)\d0(?!\d)(?!\s+(?!(?:" + _ES_NO_NOUN + r")(?!\w))"
          r"[^\W\d_]))",
    "ru": r"-?(?:х|е|ми)(?![а-яё])|год", "zh": r"年代",
    "ar": r"عقد|ات(?!\w)|يات(?!\w)",
}


def _decade(unit: Unit, mention: NumberMention, extra: list[NumberMention]) -> bool:
    """"the 1960s" named as translations name a decade: by its tens with a decade word
    («les années 60», «в 60-х годах», «60年代», «los años sesenta») or by a word of its own
    («الستينات»); the target's number that named it is used up."""
    if not _DECADE.match(unit.source, mention.end):
        return False
    year = max(mention.values)
    if year % 100 == 0 and 1000 <= year < 3000 and _century(unit, year, extra):
        return True  # "the 1800s" -> «建于19世纪», «au XIXe siècle»
    words = _DECADE_WORD.get(unit.lang.split("_")[0])
    if year == 0:
        year = 2000  # "the 00s", the noughties: «2000年代», «les années 2000», «нулевые»
    elif 10 <= year < 100 and year % 10 == 0:
        year += 1900  # "the '60s", "the late 80's", "in his 20s"
    if year % 10 or not 1000 <= year < 3000 or not words:
        return False
    if not re.search(words, unit.target, re.IGNORECASE):
        return False
    tens = year % 100
    numeral = next((t for t in extra if tens in t.values or year in t.values
                    or (t.end < len(unit.target) and unit.target[t.end] == "、"
                        and tens / 10 in t.values)), None)
    if numeral is not None:
        extra.remove(numeral)
        return True
    return tens in decade_values(unit.target, unit.lang)


#: what a decade follows in English ("the 1980s", "the mid-1930s", "the late 1990s", "the
#: 1980s and 1990s"), not a model's number ("N95 respirator masks (series # 1860s)", TICO-19)
_DECADE_LEAD = re.compile(r"(?:(?<![^\W\d_])(?:the|mid|early|late|and|or|to|through)[\s-]*"
                          r"|\d0['’]?s,\s*)$", re.IGNORECASE)
#: a year of four digits ending in 0, standing alone in a translation (no decade's ending
#: after it: «1980s», «1980-х», «1980年代», «1980's»)
_BARE_YEAR = r"(?<![\d.,]){}(?![\d.,]?\d|['’]?s(?![^\W\d_])|-?[хе](?![а-яё])|年代)"


#: what names a decade in a Russian translation, for ``_decade_as_year``: a number's plural
#: ending («1960-х», «60-е», «1960-ми»), the plural of «год» («в 1960-х годах», «шестидесятые
#: годы»), a decade's tens as a word («шестидесятых»). ``_DECADE_WORD``'s «год» and bare
#: endings also match the singular «в 1960 году», «в 1960 г.» and any word ending in «е»
#: («не»): every Russian text "named a decade", and "in the 1960s" → «в 1960 г.» was never
#: told, where French, Chinese and Arabic were (News Commentary, t67/hC); the hyphen as
#: typography writes it too, a no-break or an en dash («1960‑х», t67/hF)
_RU_DECADE_NAMED = (r"\d[\s\u00a0]*[-\u2010\u2011\u2012\u2013]?(?:х|е|ми|ые|ых|ыми)(?![а-яё])"
                    r"|(?<![а-яё])год(?:ы|ов|ам|ах|ами)(?![а-яё])"
                    r"|(?<![а-яё])(?:двадцат|тридцат|сороков|пятидесят|шестидесят|семидесят"
                    r"|восьмидесят|девяност|нулев)(?:ые|ых|ым|ыми)(?![а-яё])")


def _decade_as_year(ctx: CheckContext, unit: Unit) -> Iterator[Finding]:
    """"the 1980s" given as the year «1980» in a translation that names no decade (Mintaka's
    «ما هو ... في 1980» for "in the 1980s"): the same digits, so paired as the same number and
    never told; a decade became a year. Only where the translation has no decade word at all,
    and its own number stands bare."""
    base = unit.lang.split("_")[0]
    words = _RU_DECADE_NAMED if base == "ru" else _DECADE_WORD.get(base)
    if words is None or re.search(words, unit.target, re.IGNORECASE):
        return
    for mention in _source_numbers[unit.source, ctx.source_lang][1]:
        year = max(mention.values)
        if (not _DECADE.match(unit.source, mention.end) or year % 10 or year % 100 == 0
                or not 1000 <= year < 3000
                or not _DECADE_LEAD.search(unit.source, max(0, mention.start - 16),
                                           mention.start)):
            continue  # ("the 1800s" may be a century: «XIXe siècle», told by ``_century``)
        bare = re.search(_BARE_YEAR.format(int(year)), _ascii_digits(unit.target))
        if bare is not None:
            yield finding("TP301", unit, f"number «{mention.text}s» (a decade) became the year "
                          f"«{bare.group()}»", expected=mention.text + "s",
                          span=bare.span())


#: the words that make a number a century («siècle», «siglo», «века», «القرن», «世纪»)
_CENTURY_WORD = re.compile(r"si[èe]cle|siglo|(?<![а-яё])век|столети|قرن|世纪|世紀", re.IGNORECASE)


#: the century a text is written in, named as this one («本世纪», «нынешнего века», «ce siècle»,
#: «este siglo», «هذا القرن», «au début du siècle»), and the one before it («上世纪», «прошлого
#: века», «le siècle dernier», «el siglo pasado», «القرن الماضي»)
_NOT_NAMED = r"(?!\s+(?:[IVXLC]+\b|\d|dernier|passé|précédent|pasado|anterior))"
_THIS_CENTURY = re.compile(
    r"本世[纪紀]|这个世纪|這個世紀"
    r"|(?<![а-яё])(?:это|нынешне|текуще|наше)(?:го|м)\s+(?:век|столети)"
    r"|(?<!\w)(?:ce|notre|présent)\s+siècle|début\s+d[ue]\s+(?:ce\s+)?siècle" + _NOT_NAMED +
    r"|(?<!\w)(?:este|presente|nuestro)\s+siglo|siglo\s+actual"
    r"|principios\s+de(?:l)?\s+siglo" + _NOT_NAMED +
    r"|هذا\s+القرن|القرن\s+(?:الحالي|الجاري)", re.IGNORECASE)
_LAST_CENTURY = re.compile(
    r"上(?:个)?世[纪紀]|上個世紀"
    r"|(?<![а-яё])(?:прошло|минувше|предыдуще)(?:го|м)\s+(?:век|столети)"
    r"|siècle\s+(?:dernier|passé|précédent)|siglo\s+(?:pasado|anterior)"
    r"|القرن\s+(?:الماضي|المنصرم|السابق)", re.IGNORECASE)


def _century(unit: Unit, year: float, extra: list[NumberMention]) -> bool:
    """"the 1800s" named as the century it begins, the nineteenth: by digits, a Roman or
    Chinese numeral or a number word, with a century word («19 世纪», «XIXe siècle», «十九世纪»,
    «القرن التاسع عشر»); the target's number that named it is used up."""
    if not _CENTURY_WORD.search(unit.target):
        return False
    century = year // 100 + 1
    numeral = next((t for t in extra if century in t.values), None)
    if numeral is not None:
        extra.remove(numeral)
        return True
    if century in spelled_values(unit.target, unit.lang) or century in roman_values(
            unit.target):
        return True
    # "the early 2000s" -> «本世纪之初», «в начале нынешнего века»; "the 1900s" -> «上世纪»:
    # the century the text is written in named as this one, the one before as the last (a
    # text of unknown date: written in the twenty-first)
    written = (unit.release_date.year if unit.release_date is not None else 2000) // 100 + 1
    named = _THIS_CENTURY if century == written else _LAST_CENTURY if (
        century == written - 1) else None
    return named is not None and named.search(unit.target) is not None


#: a number joined to the word after it by a hyphen ("18-year-old", "9−input", "2-way"), or
#: a unit after it that makes it an adjective ("a 4 min intro")
_HYPHEN_WORD = re.compile(r"[-\u2010\u2011\u2212][A-Za-z]"
                          r"|\s(?:sec|second|min|mins|minute|hour|hr|day|week|month|year|km|kg)\b"
                          # (or a unit glued to it: "a 10p coin", «десятипенсовая монета»)
                          r"|[a-z]{1,2}\s")
#: a lower-case word after a number and a space ("a 2 volume version")
_SPACED_WORD = re.compile(r"[ \u00a0][a-z]{3,}\b")
#: a Russian compound's head left hanging before "или", "и", "-": «четырех- или двухсекундных»
_RU_SUSPENDED = re.compile(r"([а-яё]+)-\s+(?:или|и|либо|—|–)\s", re.IGNORECASE)
#: the forms a Russian number takes at the head of a compound word (восемнадцатилетний,
#: девятивходовой, четырехминутный, двунаправленный: its genitive, mostly)
_RU_HEADS = {1: ("одно",), 2: ("дву", "двух"), 3: ("трех",), 4: ("четырех",), 5: ("пяти",),
             6: ("шести",), 7: ("семи",), 8: ("восьми",), 9: ("девяти",), 10: ("десяти",),
             11: ("одиннадцати",), 12: ("двенадцати",), 13: ("тринадцати",),
             14: ("четырнадцати",), 15: ("пятнадцати",), 16: ("шестнадцати",),
             17: ("семнадцати",), 18: ("восемнадцати",), 19: ("девятнадцати",),
             20: ("двадцати",), 30: ("тридцати",), 40: ("сорока",), 50: ("пятидесяти",),
             60: ("шестидесяти",), 70: ("семидесяти",), 80: ("восьмидесяти",),
             90: ("девяносто",), 100: ("сто",), 200: ("двухсот",), 300: ("трехсот",),
             400: ("четырехсот",), 500: ("пятисот",), 600: ("шестисот",), 700: ("семисот",),
             800: ("восьмисот",), 900: ("девятисот",), 1000: ("тысяче",)}
_RU_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)


def _ru_heads(value: int) -> tuple[str, ...]:
    if value in _RU_HEADS:
        return _RU_HEADS[value]
    if 20 < value < 100:  # двадцатипятилетний: the tens' head, then the unit's
        return tuple(tens + unit for tens in _RU_HEADS[value - value % 10]
                     for unit in _RU_HEADS[value % 10])
    return ()


@lru_cache(maxsize=64)
def _suspended_heads(target: str) -> frozenset[str]:
    """The compounds' heads left hanging in a Russian translation (once per translation: asked
    for each of its missing numbers)."""
    return frozenset(m.group(1).lower().replace("ё", "е") for m in _RU_SUSPENDED.finditer(target))


def _in_compound(unit: Unit, mention: NumberMention) -> bool:
    """A number the source joins to a word by a hyphen ("an 18-year-old", "a 9-input
    scaler", "the 2-way zip") that the translation makes one word with it, as Russian and
    Chinese do («восемнадцатилетний», «девятивходовой», «双向拉链»)?"""
    if len(mention.values) != 1:
        return False
    value = next(iter(mention.values))
    base = unit.lang.split("_")[0]
    # a head left hanging for the word after the next number: "four or two second window"
    # -> «четырех- или двухсекундных окон» (the source's number then stands before another
    # number's, not before the word)
    if (base == "ru" and not value % 1 and 1 <= value <= 1000 and "-" in unit.target
            and not _suspended_heads(unit.target).isdisjoint(_ru_heads(int(value)))):
        return True
    if not _HYPHEN_WORD.match(unit.source, mention.end) and not (
            # "a 2 volume version" -> «двухтомную версию», "a 5% tax" -> «пятипроцентный
            # налог»: Russian makes the compound whether or not the source hyphenates it (its
            # head is still looked for below)
            base == "ru" and (_SPACED_WORD.match(unit.source, mention.end)
                              or _PERCENT.match(unit.source, mention.end))):
        return False
    if base == "zh":
        return value == 2 and ("双" in unit.target or "两" in unit.target)
    if base != "ru" or value % 1 or not 1 <= value <= 1000:
        return False
    heads = _ru_heads(int(value))
    words = (w.lower().replace("ё", "е") for w in _RU_WORD.findall(unit.target))
    return any(word.startswith(head) and len(word) > len(head) + 2
               for word in words for head in heads)


#: a word of a name before its number: "Covid-19", "Sputnik-5" (a capital, then lower case)
_NAME_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]{2,}[-\u2010\u2011]$")


def _named(unit: Unit, mention: NumberMention, extra: list[NumberMention],
           source_lang: str) -> str | None:
    """The name ("Covid-19") whose number ``mention`` is, where the translation names it
    without any number (news writes «新冠», «la covid»): a reviewer's to see, never a number
    changed (the translation has no number left over but those repeating the source's)."""
    if mention.start < 4 or unit.source[mention.start - 1] not in "-\u2010\u2011":
        return None
    if extra:  # (the translation's numbers left over that repeat none of the source's)
        said = {v for m in _source_numbers[unit.source, source_lang][1] for v in m.values}
        if any(not t.values & said for t in extra):
            return None
    word = _NAME_BEFORE.search(unit.source, max(0, mention.start - 30), mention.start)
    if word is None or _digits(mention.text) in _digits(unit.target):
        return None
    return unit.source[word.start():mention.end]


#: a number word right before "(": "two (2)", "Thirty-five (35)", as contracts and reports
#: restate a number
_WORD_THEN_PAREN = re.compile(r"(?<![\w-])([A-Za-z]+(?:-[A-Za-z]+)?)\s*\($")


def _unworded(extra: list[NumberMention], source: str,
              source_lang: str) -> list[NumberMention]:
    """The translation's numbers left over, but those the source says in words ("at its
    forty-eighth session" -> «en su 48º período»): they are accounted for, no number a
    missing one became, nor a number the translation adds."""
    if not any(1 < v < 100 and v % 1 == 0 for t in extra for v in t.values):
        return extra  # (most: no search of the source's words)
    worded = english_words(source, source_lang)
    if not worded:
        return extra
    return [t for t in extra if not t.values & worded]


def _restated(source: str, mention: NumberMention) -> str | None:
    """The number word the digits restate in parentheses ("Two (2)"), or None."""
    if source[mention.end:mention.end + 1] != ")":
        return None
    before = _WORD_THEN_PAREN.search(source, max(0, mention.start - 30), mention.start)
    if before is None:
        return None
    value = english_number(before.group(1))
    return before.group(1) if value is not None and {value} == set(mention.values) else None


#: "and a half" after a number said in words: «deux ans et demi», «dos años y medio», «двух с
#: половиной лет», «سنتين ونصف», 两年半
_HALF = {"fr": re.compile(r"(?<!\w)et\s+demie?(?!\w)"),
         "es": re.compile(r"(?<!\w)y\s+medi[oa](?!\w)"),
         "ru": re.compile(r"(?<!\w)с\s+половиной(?!\w)"),
         "ar": re.compile(r"(?<!\w)و\s?نصف(?!\w)"),
         "zh": re.compile(r"半")}


#: a half said alone before a unit of time or measure or a point: "0.5 hours" is «media
#: hora», «une demi-heure», «полчаса», «半小时», «نصف ساعة»; "0.5 percentage points" «medio
#: punto porcentual» (not «medio ambiente», «Oriente Medio», «نصف الكرة»)
_HALF_ALONE = {
    "fr": re.compile(r"(?<!\w)demi-?\s?(?:heure|journée|jour|année|an|mois|semaine|siècle"
                     r"|point|kilo\w*|litre|mètre|degré|tonne)", re.IGNORECASE),
    "es": re.compile(r"(?<!\w)medi[oa]\s+(?:hora|día|jornada|año|mes|semana|siglo|punto"
                     r"|kil\w+|litro|metro|grado|tonelada)", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)пол(?:-|у)?(?:часа|дня|суток|года|месяца|недели|минуты|века"
                     r"|литра|метра|килограмма|километра|процента|пункта|тонны|градуса)",
                     re.IGNORECASE),
    "ar": re.compile(r"(?<!\w)[وب]?نصف\s+(?:ال)?(?:ساعة|يوم|عام|سنة|شهر|أسبوع|قرن|نقطة"
                     r"|كيلو\w*|لتر|متر|درجة|طن)"),
    "zh": re.compile(r"半(?:个)?(?:小时|天|年|月|周|星期|世纪|个百分点|百分点|公里|千克|公斤"
                     r"|升|米|度|吨)"),
}


def _and_a_half(unit: Unit, mention: NumberMention, said: frozenset[float],
                others: list[NumberMention]) -> bool:
    """"2.5 years" said as "two years and a half" in words: the whole number among the values
    the translation spells out (in Arabic the dual or the singular may say two or one), and
    the language's "and a half"; "2.5 million" as "two million and a half" (in words or
    digits, «deux millions et demi», «2 millions et demi», «millón y medio», «двух с половиной
    миллионов», «مليونين ونصف المليون»: the whole number of the scale and the scale, among the
    values the translation spells out or ``others``, its numbers no source number took)."""
    wholes = {v - 0.5 for v in mention.values if v % 1 == 0.5}
    scaled = {(v / scale - 0.5, scale) for v in mention.values for scale in _SCALES
              if v > scale and (v / scale) % 1 == 0.5}
    if not wholes and not scaled:
        return False  # (most numbers: no search made)
    if wholes == {0.0}:  # a half alone ("0.5 hours": «media hora», «полчаса», «半小时»)
        alone = _HALF_ALONE.get(unit.lang.split("_")[0])
        return alone is not None and alone.search(unit.target) is not None
    if not _says_half(unit.target, unit.lang.split("_")[0]):
        return False  # (once per translation: a unit of thousands of halves was quadratic)
    if wholes & said or (unit.lang.startswith("ar") and bool(wholes & {1.0, 2.0})):
        return True
    if not scaled:
        return False
    have = said | {v for m in others for v in m.values}
    for whole, scale in scaled:
        # the scale's multiples the translation says ("deux millions", "2 millions"), else
        # the whole number beside the scale's word («двух с половиной миллионов»), or the
        # word alone for one («millón y medio»)
        multiples = {x / scale for x in have if x > scale and (x / scale).is_integer()}
        if (whole in multiples) if multiples else (scale in have and (whole in have
                                                                      or whole == 1)):
            return True
    return False


#: The scales a number may be said "and a half" of: thousand, million, billion, trillion.
_SCALES = (1e3, 1e6, 1e9, 1e12)


def _footnote_marker(source: str, mention: NumberMention) -> bool:
    """"the report of the Advisory Committee,2 and requests", "Questions2 and": a footnote
    reference glued to the word (the superscript lost in plain text), which a translation
    may place elsewhere or drop with the footnote; "planning.[23]", a note's number in
    brackets after the sentence."""
    if (source[mention.start - 1:mention.start] == "[" and source[mention.end:mention.end + 1]
            == "]" and mention.start >= 2 and source[mention.start - 2] in ".;,)\"”"):
        return True
    after = source[mention.end:mention.end + 1]
    return (len(mention.text) <= 3 and mention.text.isdigit()
            and _WORD_BEFORE.search(source, max(0, mention.start - 64), mention.start) is not None
            and (not after or after.isspace() or after in ",;.:"))


#: a word of two letters or more (not "18A."), then at most two punctuation marks (a closing
#: quote: 'the system of desirable ranges"18'), then the digits (searched for in the 64
#: characters before them: from the text's start, each marker cost the whole text before it)
_WORD_BEFORE = re.compile(r"(?<![\w])[^\W\d_]{2,}[,;.)\"”»’']{0,2}$")


#: "paragraph 1 (b) above", "article 5 below": a reference to a neighbouring provision
_REFERENCE = re.compile(r"(?:paragraphs?|subparagraphs?|articles?|sections?|chapters?|rules?)"
                        r"\s+$", re.IGNORECASE)
_ABOVE_BELOW = re.compile(r"(?:\s*\(\w{1,4}\))*\s*(?:above|below)\b", re.IGNORECASE)
#: the words a translation names such a provision by instead: the preceding, the following
_RELATIVE = {
    "ar": r"السابق|السابقة|التالي|التالية|الآنفة|آنفة|الآنف|آنف",
    "fr": r"précédent|précédente|précédents|précédentes|suivant|suivante|suivants|suivantes",
    "es": r"anterior|anteriores|siguiente|siguientes|precedente|precedentes",
    "ru": r"предыдущ\w*|следующ\w*|предшествующ\w*",
    "zh": r"上一|前一|下一|上述|前述",
}


#: "(p. 31)", "pp. 12-14", "page 7": a page of the document cited
_PAGE_BEFORE = re.compile(r"(?<!\w)(?:pp?\.|pages?)\s*(?:\d{1,4}\s*(?:[-–]|and|to)\s*)?$",
                          re.IGNORECASE)
#: a page in the translation: «p. 33», «pág. 33», «стр. 34», «الصفحتان 42-43», «第34页»
_PAGE = {
    "fr": re.compile(r"(?<!\w)(?:pp?\.|pages?)\s*\d", re.IGNORECASE),
    "es": re.compile(r"(?<!\w)(?:p[áa]gs?\.|p[áa]ginas?|pp?\.)\s*\d", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:стр\.|с\.|страниц[а-я]*)\s*\d", re.IGNORECASE),
    "ar": re.compile(r"(?<!\w)(?:ال)?(?:صفحة|صفحات|صفحتان|صفحتين|ص\.?)\s*\d"),
    "zh": re.compile(r"\d+\s*页"),
}


def _page_cited(source: str, mention: NumberMention) -> bool:
    """Is the mention a page of the document cited ("p. 31", "pp. 34-35")?"""
    before = source[max(0, mention.start - 16):mention.start]
    return ("p" in before or "P" in before) and _PAGE_BEFORE.search(before) is not None


def _page_reference(unit: Unit, mention: NumberMention, extra: list[NumberMention]) -> bool:
    """"(p. 31)" cited where the translation cites a page too («pág. 33»): each language's
    edition of a document has its own pages, so the numbers may rightly differ. The target's
    page number is used up (it is no changed number of another mention)."""
    if not _page_cited(unit.source, mention):
        return False
    pages = _pages(unit.target, unit.lang)
    if not pages:
        return False
    # the page, or the range of pages, after each page word («págs. 36 a 39»): both lists in
    # the text's order, walked once (a number of a page the first call took is gone after)
    kept: list[NumberMention] = []
    at = 0
    for other in extra:
        while at < len(pages) and pages[at][1] < other.start:
            at += 1
        if not (at < len(pages) and other.end >= pages[at][0]):
            kept.append(other)
    extra[:] = kept
    return True


@memo(64)
def _pages(target: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Where the translation cites pages: each page word's start, and 12 characters past its
    first digit (the page, or a range of pages, after it)."""
    page = _PAGE.get(lang.split("_")[0])
    return tuple((m.start(), m.end() + 12) for m in page.finditer(target)) if page else ()


def _relative_reference(unit: Unit, mention: NumberMention) -> bool:
    """«الفقرة السابقة (ب)» for "paragraph 1 (b) above": the same provision, named by its
    place (the preceding, the following) rather than its number."""
    words = _RELATIVE.get(unit.lang.split("_")[0])
    if not words or not _REFERENCE.search(unit.source[max(0, mention.start - 20):mention.start]):
        return False
    if not _ABOVE_BELOW.match(unit.source, mention.end):
        return False
    return re.search(r"(?<!\w)(?:ال|لل)?(?:" + words + r")(?!\w)", unit.target) is not None


def _repeated(mention: NumberMention, unit: Unit, missing: list[NumberMention],
              source_lang: str, dated: bool = False,
              missing_index: dict[float, list[int]] | None = None) -> bool:
    """Is ``mention`` a repeat of a value that the translation still has at least once? With
    ``dated`` (no other number left in the translation to be the changed one), the years of
    dates count too: "In October 2014 ... organized Africa Week 2014" is «В октябре 2014 года
    ... проведение Недели Африки», the year said once, in the date. ``missing_index``: the
    missing numbers by value, for a unit of many (``_by_positions``)."""
    copied = _holding(unit.source, source_lang, mention.values, dated)
    if copied < 2:
        return False
    kept = _holding(unit.target, unit.lang, mention.values, dated)
    lost = (_sharing(missing_index, mention.values) if missing_index is not None
            else sum(1 for m in missing if m.values & mention.values))
    return kept > 0 and kept + lost == copied


#: numbers (or dates) of a text up to which ``_holding`` scans them rather than indexes them
_SCANNED_REPEATS = 64


def _holding(text: str, lang: str, values: frozenset[float], dated: bool) -> int:
    """How many of the text's numbers hold one of ``values`` (``dated``: and how many of its
    dates have a year among them, a range once). This runs for every missing number of a
    unit: a text's few numbers are scanned, a long one's counted through an index by value
    (``_by_value``): scanning them each time was quadratic in a unit's numbers."""
    numbers = _find_all[text, lang]
    if len(numbers) <= _SCANNED_REPEATS:
        count = sum(1 for m in numbers if m.values & values)
    else:
        count = _sharing(_by_value(text, lang, False), values)
    if dated:
        years = _years(text, lang)
        if len(years) <= _SCANNED_REPEATS:
            count += sum(1 for year in years if year in values)
        else:
            count += _sharing(_by_value(text, lang, True), values)
    return count


@lru_cache(maxsize=64)
def _years(text: str, lang: str) -> tuple[float, ...]:
    """The years of the text's dates, in text order, a range's once (made once per text: its
    dates are asked for each missing number, and even a memo's lookup tests the text for a
    digit first)."""
    spans = sorted({(d.start, d.end, float(d.year)) for d in dates_in(text, lang)
                    if d.year is not None})
    return tuple(year for _, _, year in spans)


def _by_positions(mentions: list[NumberMention]) -> dict[float, list[int]]:
    """The positions of ``mentions`` by each of their values."""
    index: dict[float, list[int]] = {}
    for position, mention in enumerate(mentions):
        for value in mention.values:
            index.setdefault(value, []).append(position)
    return index


def _sharing(index: dict[float, list[int]], values: frozenset[float]) -> int:
    """How many of the indexed items hold one of ``values``."""
    if len(values) == 1:
        return len(index.get(next(iter(values)), ()))
    return len({i for v in values for i in index.get(v, ())})


@lru_cache(maxsize=64)
def _by_value(text: str, lang: str, years: bool) -> dict[float, list[int]]:
    """The text's numbers (``years``: its dates' years, a range once) by value: the positions
    of the items holding each value."""
    if not years:
        return _by_positions(list(_find_all[text, lang]))
    index: dict[float, list[int]] = {}
    for position, year in enumerate(_years(text, lang)):
        index.setdefault(year, []).append(position)
    return index


@memo()
def _find_all(text: str, lang: str) -> tuple[NumberMention, ...]:
    return tuple(find_numbers(text, lang, _skip(text, lang)))


@check("TP302", "number-scale", Severity.ERROR, "numbers")
def number_scale(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A number keeps its digits but changes its scale (million, milliard, 万, 亿)."""
    # the cached pairs themselves: this check only reads them
    rescaled = _compare_texts(unit.source, ctx.source_lang, unit.target,
                              unit.numbers or unit.lang)[2]
    # (a percentage given per mille, the digits kept: "45 per cent" → «45 ‰»)
    muddled = per_mille(unit.source, unit.target)
    if not rescaled and not muddled:
        return ()  # (the common case: no list made)
    found = list(_number_scale(unit, rescaled, ctx.source_lang)) if rescaled else []
    if muddled:
        found += [finding("TP302", unit, f"«{value:g} per cent» became «{unit.target[a:b]} per "
                          "mille»: scale changed", expected=f"{value:g} %", span=(a, b))
                  for value, (a, b) in muddled]
    return found


def _number_scale(unit: Unit, rescaled: tuple[tuple[NumberMention, NumberMention], ...],
                  source_lang: str) -> Iterator[Finding]:
    done: set[int] = set()
    for mention, wrong in rescaled:
        if id(mention) in done:
            continue
        done.add(id(mention))
        if _abbreviation_kept(unit, mention, wrong):
            continue  # "2000 M" -> «2000M», «2000 м»: the letter copied, or read as metres
        if _scale_shared(unit, mention, wrong):
            continue  # "3.8 million and 3.3 million" -> «3,8 et 3,3 millions»
        if _scale_carried(unit.target, unit.numbers or unit.lang, wrong, mention) or \
                _scale_carried(unit.source, source_lang, mention, wrong):
            continue  # "$132 billion, of which $70 billion" -> «132 milliards, dont 70»
        yield finding("TP302", unit, f"«{mention.text}» became «{wrong.text}»: "
                      + (_grouped_by_comma(unit.lang, mention, wrong) or "scale changed"),
                      expected=mention.text, span=(wrong.start, wrong.end))


def _grouped_by_comma(lang: str, mention: NumberMention, wrong: NumberMention) -> str:
    """Why ``wrong`` misses when it groups thousands with a comma in a language whose comma
    is the decimal sign («1,800 millones» for "1.8 billion", as Mexican Spanish writes it:
    1.8 millones in UN Spanish); "" for any other."""
    base = lang.split("_")[0].split("-")[0]
    grouped = _COMMA_GROUPS.search(wrong.text)
    if base not in ("es", "fr", "ru") or grouped is None:
        return ""
    whole = float(grouped.group().replace(",", ""))
    if not any(abs(whole * wrong.scale - value) < 1e-6 * max(value, 1)
               for value in mention.values):
        return ""
    space = "a point or a no-break space" if base == "es" else "a no-break space"
    return (f"the comma is the decimal sign here, so «{grouped.group()}» reads "
            f"{grouped.group().replace(',', '.', 1).rstrip('0').rstrip('.')}: group "
            f"thousands with {space}")


#: Digits grouped in threes by commas («1,800», «16,000», «2,473,000»)
_COMMA_GROUPS = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])")


#: what joins two numbers that share the scale word of the second ("3,8 et 3,3 millions",
#: «3,8 и 3,3 млн», «3.8 و3.3 ملايين», «380万和330万»)
_JOINING = re.compile(r"\s*(?:et|ou|y|o|e|и|или|and|or|to|à|a|до|–|-|—|و|أو|和|及|与|至|到|、|,|،)"
                      r"\s*", re.IGNORECASE)


def _scale_shared(unit: Unit, mention: NumberMention, wrong: NumberMention) -> bool:
    """Is ``wrong`` the first of two numbers that share the second's scale word, the two
    together the source's ("3.8 million and 3.3 million refugees" said «3,8 et 3,3 millions
    de réfugiés»)?"""
    joined = _JOINING.match(unit.target, wrong.end)
    if joined is None or joined.end() == wrong.end:
        return False
    lang = unit.numbers or unit.lang
    following = next((n for n in find_numbers(unit.target, lang, _skip(unit.target, lang))
                      if n.start == joined.end()), None)
    return following is not None and following.scale != 1.0 and bool(
        {round(v * following.scale, 6) for v in wrong.values}
        & {round(v, 6) for v in mention.values})


#: what makes a figure one of the figure before it, in its scale: "$132 billion (of which $70
#: billion is owed…)" is «132 milliards de dollars, dont 70 dus à…» (News Commentary, t67/hC)
_CARRIED_BY = re.compile(r"(?<!\w)(?:dont|of\s+which|of\s+them|including|among\s+them"
                         r"|de\s+l[oa]s\s+cuales|entre\s+ell[oa]s|incluidos?|из\s+(?:них|которых)"
                         r"|в\s+том\s+числе|منها|من\s+بينها)(?!\w)|其中|包括", re.IGNORECASE)
#: a list's or a range's join after a figure and at most two words of its currency or unit
#: («3,8 millions de tonnes et 3,3», "between $3 billion and 5")
_LIST_SHAPE = re.compile(r"(?:\s*(?:de|d['’]|of)?\s*[^\W\d_]+){0,2}?(?:" + _JOINING.pattern
                         + ")", re.IGNORECASE)
#: a clause's end, past which a figure carries no scale of the one before
_CLAUSE_END = re.compile(r"[.;:!?。；：！？]")
#: what a figure that carries its scale may have between it and the next (its currency, its
#: unit's words: «132 milliards de dollars, dont 70»), at most
_CARRIED_SPAN = 40


def _scale_carried(text: str, lang: str, bare: NumberMention, other: NumberMention) -> bool:
    """Is ``bare``, a figure without a scale word, one that takes the scale of the figure just
    before it in ``text``, in the same clause, after «dont», "of which", «из них», «其中» or in a
    list or range ("$132 billion, of which 70" → 70 billion), and so ``other``'s value?"""
    if bare.scale != 1.0 or other.scale == 1.0:
        return False
    before = None
    for mention in _find_all[text, lang]:
        if mention.end > bare.start:
            break
        before = mention
    if before is None or before.scale != other.scale:
        return False
    between = text[before.end:bare.start]
    if len(between) > _CARRIED_SPAN or _CLAUSE_END.search(between) is not None:
        return False
    if _CARRIED_BY.search(between) is not None:
        # (a part is no larger than its whole: "2 million people, including 300 children" is
        # no 300 million, t67/hF)
        if max(bare.mantissas, default=0.0) > max(before.mantissas, default=0.0):
            return False
    elif _LIST_SHAPE.fullmatch(between.strip(" \u00a0\u202f$€£¥(")) is None or \
            _NAMED_AFTER.match(text, bare.end) is not None:
        # (a list's next figure takes the scale only standing bare, «… et 3,3.»: one with its
        # own noun or currency, «et 5 personnes», «à 5 euros», is its own, t67/hF)
        return False
    return bool({round(v * before.scale, 6) for v in bare.mantissas}
                & {round(v, 6) for v in other.values})


#: a word right after a figure: its noun, unit or currency («5 personnes», "5 tonnes", «5 €»)
_NAMED_AFTER = re.compile(r"[\s\u00a0\u202f]*(?:[^\W\d_]|[$€£¥%‰])")


#: a scale the source abbreviates: "2000 M", "5K", "$3bn"
_ABBREVIATED = re.compile(r"\s?(m|bn|k)$", re.IGNORECASE)


def _abbreviation_kept(unit: Unit, mention: NumberMention, wrong: NumberMention) -> bool:
    """Does the translation write the source's abbreviated number with the same letters after
    it ("2000 M" and «2000M»: metres of a game, or millions, the same either way), or with
    metres for its "M" («2000 м», «2000米»: a unit, not the million the letter also stands
    for)?"""
    letters = _ABBREVIATED.search(mention.text)
    if letters is None:
        return False
    letter = letters.group(1).lower()
    after = unit.target[wrong.end:wrong.end + 4].lstrip(" \u00a0")
    if after[:len(letter)].lower() == letter and not after[len(letter):][:1].isalpha():
        return True
    return letter == "m" and any(q.kind == "m" and q.factor == 1.0
                                 for q in _quantities_at(unit, wrong.start))
