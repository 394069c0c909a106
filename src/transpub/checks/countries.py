"""A country stays the same country (TP107): "Ecuador" is not «Pérou», "Sudan" not «Soudan du
Sud», "the Russian Federation" not «Беларусь». The termbase checks compare the names a
termbase holds (the sample's holds Qatar alone); a country outside it was compared by nothing.

The countries are read with babel's names of the territories in each language (CLDR's) and
the UN's own short names where they differ (``data/countries.json``: "Viet Nam", «Fédération
de Russie», «الجمهورية العربية السورية»): case and word boundaries kept, Russian names in
their cases («Эквадора», «Российской Федерации»), Arabic ones with their clitics and article
(«بالبرازيل», «وللسودان»), Chinese ones as they stand, the longest name first («Soudan du
Sud» before «Soudan», «南苏丹» before «苏丹»). Only a translation that names a country the
source does not, while one the source names is not found, is reported: a country the reader
does not know in a translation's form (an adjective, a capital) is then missing, never wrong.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache
from importlib.resources import files

from babel import Locale

from transpub import retrie
from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.memo import memo

#: CLDR's territory codes that are no country: groupings, and the dependent territories, whose
#: names are also a church's ("St. Martin"), an island's or a town's (the UN's press releases
#: name its Member States, observers, Kosovo, Hong Kong and Macao)
_NOT_COUNTRIES = frozenset(
    "EU EZ UN QO XA XB ZZ AC AI AQ AS AW AX BL BM BQ BV CC CK CP CQ CW CX DG EA EH FK FO GF GG "
    "GI GL GP GS GU HM IC IM IO JE KY MF MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TA TC TF TK "
    "UM VG VI WF YT".split())
#: English country names that are also a person's first name ("Jordan Spieth"): not a country
#: when a capitalised word follows
_FIRST_NAMES = frozenset({"Jordan", "Chad", "Georgia"})
_NOT_IN = {"ru": frozenset({"TG"})}
_APOSTROPHES = str.maketrans("’ʼ‘`", "''''")
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z]")
#: Chinese names that, followed by this character, are part of another word
_NOT_AFTER = {"中国": "家", "印度": "洋"}


@cache
def _names(base: str) -> dict[str, str]:
    """Every name of a country in language ``base``: name -> ISO code."""
    names: dict[str, str] = {}
    try:
        territories = Locale.parse(base).territories
    except (ValueError, TypeError):
        return names
    skip = _NOT_IN.get(base, frozenset())
    for code, name in territories.items():
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES | skip:
            names[name.translate(_APOSTROPHES)] = code
            if base == "en" and " & " in name:
                names[name.replace(" & ", " and ")] = code  # "Trinidad and Tobago"
    for code, by_lang in _data().items():
        if code.startswith("_"):
            continue
        for name in by_lang.get(base, ()):
            names[name.translate(_APOSTROPHES)] = code
    if base in ("fr", "es"):
        # «la République Démocratique du Congo»: a long name with its words capitalised
        for name, code in list(names.items()):
            words = name.split(" ")
            if len(words) >= 3:
                names.setdefault(" ".join(w if w in _SMALL_WORDS else w[:1].upper() + w[1:]
                                          for w in words), code)
    return names


#: the words a name's capitalised form leaves in lower case
_SMALL_WORDS = frozenset("de du des la le les et y del el los las".split())


@cache
def _data() -> dict[str, dict[str, list[str]]]:
    data: dict[str, dict[str, list[str]]] = json.loads(
        (files("transpub") / "data" / "countries.json").read_text(encoding="utf-8"))
    return data


@cache
def _said_forms() -> tuple[re.Pattern[str], dict[str, str]]:
    """The English forms that say a country without naming it (``_said`` of the data)."""
    forms = {form: code for code, listed in _data()["_said"].items() if not code.startswith("_")
             for form in listed}
    return re.compile(r"(?<![\w-])(?:" + retrie.alternation(forms) + r")(?!\w)"), forms


def said_in(text: str) -> frozenset[str]:
    """The countries an English text says by an abbreviation or a demonym ("US", "Burundian")."""
    pattern, forms = _said_forms()
    return frozenset(forms[m.group()] for m in pattern.finditer(text))


def _stem(word: str) -> str:
    """A Russian word of a name as a pattern that takes its cases («Эквадор» → Эквадора,
    «Россия» → России, «Южный» → Южного, «Беларусь» → Беларуси); a short word as it is."""
    word = word.replace("ё", "е")
    if len(word) < 4 or not word[0].isalpha():
        return re.escape(word)
    for ending, endings in _RU_CASES:
        if word.endswith(ending):
            return re.escape(word[:-len(ending)]) + endings
    if word[-1] in "аеиоуыэюяй":
        return re.escape(word)  # «Перу», «Того»: indeclinable
    return re.escape(word) + r"(?:|а|у|е|ом|ой)"  # «Эквадор», «Судан»


#: the endings of a Russian name's cases, by its nominative's ending
_RU_CASES = (
    ("ия", "(?:ия|ии|ию|ией)"), ("ья", "(?:ья|ьи|ью|ьей)"), ("ь", "(?:ь|и|ью)"),
    ("ый", "(?:ый|ого|ому|ым|ом)"), ("ий", "(?:ий|его|ому|ого|им|ем|ом)"),
    ("ая", "(?:ая|ой|ую|ей|яя)"), ("ое", "(?:ое|ого|ому|ым|ом)"),
    ("ые", "(?:ые|ых|ым|ыми)"), ("ы", "(?:ы|ов|ам|ами|ах)"), ("о", "(?:о|а|у|ом|е)"),
    ("а", "(?:а|ы|и|е|у|ой|ей)"), ("я", "(?:я|и|е|ю|ей)"),
)


def _arabic(name: str) -> str:
    """An Arabic name as a pattern with its clitics and article («البرازيل» → بالبرازيل,
    للبرازيل)."""
    words = re.split(r"[\s\-–—]+", name)
    first = words[0]
    core = first[2:] if first.startswith("ال") and len(first) > 3 else first
    pattern = r"(?<!\w)[وفبكل]{0,2}(?:ال|ل)?" + re.escape(core)
    # ("بابوا-غينيا الجديدة", "بابوا غينيا الجديدة": a hyphen or a space between the words)
    return pattern + "".join(r"\s*[-–—]?\s*" + re.escape(w) for w in words[1:]) + r"(?!\w)"


@cache
def _pattern(base: str) -> re.Pattern[str]:
    """One pattern for every name of ``base`` (the languages whose names are not inflected:
    Russian and Arabic are read word by word, ``_by_words``)."""
    words = retrie.alternation(_names(base))
    if base in ("zh", "ja"):
        return re.compile(words)
    return re.compile(r"(?<![\w-])(?:" + words + r")(?![\w-])")


def countries_in(text: str, lang: str) -> tuple[tuple[str, str], ...]:
    """The countries ``text`` names, as (ISO code, the name as written), in text order."""
    return _countries[text, lang.split("_")[0].split("-")[0]]


def _folded(text: str) -> str:
    """``text`` with its apostrophes as "'" (only a text that has another is copied)."""
    if not _OTHER_APOSTROPHE.search(text):
        return text
    # (replace in C: ``translate`` with a table looks each character up in Python's dict)
    return text.replace("’", "'").replace("ʼ", "'").replace("‘", "'").replace("`", "'")


_OTHER_APOSTROPHE = re.compile("[’ʼ‘`]")


@memo(512)
def _countries(text: str, base: str) -> tuple[tuple[str, str], ...]:
    text = _folded(text)
    if base == "ru":
        text = text.replace("ё", "е")
    if base in ("ru", "ar"):
        return _by_words(text, base)
    pattern = _pattern(base)
    names = _names(base)
    found: list[tuple[str, str]] = []
    for match in pattern.finditer(text):
        written = match.group()
        if text[match.end():match.end() + 1] == _NOT_AFTER.get(written):
            continue  # 中国 in 发展中国家 («developing countries»), 印度 in 印度洋
        if written in _FIRST_NAMES and base == "en" and _CAPITALISED_AFTER.match(text,
                                                                                 match.end()):
            continue  # "Jordan Spieth": a person
        code = names.get(written)
        if code is not None:
            found.append((code, written))
    return tuple(found)


def _by_words(text: str, base: str) -> tuple[tuple[str, str], ...]:
    """``_countries`` for the languages whose names take endings and clitics (ru, ar): the
    countries a word of the text may begin (by the first letters of its core), each looked
    for by its own names (one pattern of all the names, tried at every place, cost about a
    millisecond a text)."""
    index = _first_words(base)
    candidates: set[str] = set()
    for word in _WORDS.findall(text):
        for core in _cores(word, base):
            found = index.get(core[:_KEY])
            if found:
                candidates.update(found)
    spans: list[tuple[int, int, str, str]] = []
    for code in candidates:
        own, longer = _own_patterns(base)[code]
        inside = [m.span() for m in longer.finditer(text)] if longer is not None else []
        for match in own.finditer(text):
            at = bisect_right(inside, (match.start(), len(text) + 1)) - 1
            if at >= 0 and inside[at][1] >= match.end():
                continue
            spans.append((match.start(), match.end(), code, match.group()))
    spans.sort()
    out: list[tuple[str, str]] = []
    end = -1
    for start, stop, code, written in spans:
        if start >= end:  # (the longest name at a place: sorted by start, then end)
            out.append((code, written))
            end = stop
    return tuple(out)


_WORDS = re.compile(r"\w+")
#: how many first letters of a name's first word index it
_KEY = 3


def _cores(word: str, base: str) -> tuple[str, ...]:
    """A word as a name's first word may begin it: an Arabic word without its clitics and
    article («وبالبرازيل» → برازيل)."""
    if base != "ar":
        return (word,)
    cores = [word]
    stripped = word
    for _ in range(2):
        if stripped[:1] in "وفبكل" and len(stripped) > 3:
            stripped = stripped[1:]
            cores.append(stripped)
    for each in list(cores):
        for article in ("ال", "ل"):
            if each.startswith(article) and len(each) > len(article) + 2:
                cores.append(each[len(article):])
    return tuple(cores)


@cache
def _first_words(base: str) -> dict[str, frozenset[str]]:
    """The countries of ``base`` by the first letters of their names' first word's core."""
    index: dict[str, set[str]] = {}
    for name, code in _names(base).items():
        first = re.split(r"[\s\-—–]+", name)[0]
        if base == "ar" and first.startswith("ال") and len(first) > 3:
            first = first[2:]
        if base == "ru":
            first = first.replace("ё", "е")
        index.setdefault(first[:_KEY], set()).add(code)
    return {key: frozenset(codes) for key, codes in index.items()}


@cache
def _own_patterns(base: str) -> dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]]:
    """Per country of ``base``: a pattern of its names, and one of the longer names of other
    countries that hold one of them («Soudan du Sud» holds «Soudan»), or None."""
    names = _names(base)
    by_code: dict[str, list[str]] = {}
    for name, code in names.items():
        by_code.setdefault(code, []).append(name)

    def pattern(of: list[str]) -> str:
        if base == "ru":
            return "|".join(r"(?<!\w)" + r"[\s\-—–]+".join(
                _stem(w) for w in re.split(r"[\s\-—–]+", name)) + r"(?!\w)" for name in of)
        if base == "ar":
            return "|".join(_arabic(name) for name in of)
        words = retrie.alternation(of)
        return words if base in ("zh", "ja") else r"(?<![\w-])(?:" + words + r")(?![\w-])"

    out: dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
    for code, own in by_code.items():
        longer = [name for name, other in names.items() if other != code
                  and any(short in name for short in own)]
        out[code] = (re.compile(pattern(own)), re.compile(pattern(longer)) if longer else None)
    return out


def _names_country(text: str, base: str, code: str) -> bool:
    """Does ``text`` (apostrophes and «ё» folded) name the country ``code`` by one of its own
    names, not inside another country's longer name?"""
    patterns = _own_patterns(base).get(code)
    if patterns is None:
        return False
    own, longer = patterns
    inside: list[tuple[int, int]] | None = None  # (the longer names' places, read once)
    for match in own.finditer(text):
        if text[match.end():match.end() + 1] == _NOT_AFTER.get(match.group()):
            continue
        if longer is not None:
            if inside is None:
                inside = [m.span() for m in longer.finditer(text)]
            at = bisect_right(inside, (match.start(), len(text) + 1)) - 1
            if at >= 0 and inside[at][1] >= match.end():
                continue  # («Soudan» in «Soudan du Sud»)
        return True
    return False


@check("TP107", "country-changed", Severity.WARNING, "countries")
def country_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation names a country the source does not, and not one the source names
    ("Ecuador" → «Pérou»)."""
    wanted = countries_in(unit.source, ctx.source_lang)
    if not wanted:
        return ()
    # (most translations name the source's countries: each looked for by its own names, and
    # the whole translation read for others only when one is not found)
    base = unit.lang.split("_")[0].split("-")[0]
    target = _folded(unit.target)
    if base == "ru":
        target = target.replace("ё", "е")
    missing = [(code, text) for code, text in dict(wanted).items()
               if not _names_country(target, base, code)]
    if not missing:
        return ()
    have = countries_in(unit.target, unit.lang)
    if not have:
        return ()
    codes = {code for code, _ in have}
    missing = [(code, text) for code, text in missing if code not in codes]
    if not missing:
        return ()
    said = {code for code, _ in wanted}
    if ctx.source_lang.startswith("en"):
        said |= said_in(unit.source)  # "the US", "Burundian territory"
    extra = [(code, text) for code, text in dict(have).items() if code not in said]
    return [finding("TP107", unit, f"the country «{name}» became «{other}»", expected=name)
            for (_, name), (_, other) in zip(missing, extra, strict=False)]
