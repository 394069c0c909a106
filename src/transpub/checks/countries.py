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
    return names


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
def _pattern(base: str) -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]]:
    """One pattern for every name of ``base``; and, for the languages whose names are
    inflected (ru, ar), each name's own pattern, to tell which one a match is."""
    names = _names(base)
    if base == "ru":
        own = tuple(sorted(((re.compile(r"(?<!\w)" + r"[\s\-—–]+".join(
            _stem(w) for w in re.split(r"[\s\-—–]+", name)) + r"(?!\w)"), code)
            for name, code in names.items()), key=lambda p: -len(p[0].pattern)))
        return re.compile("|".join(p.pattern for p, _ in own)), own
    if base == "ar":
        own = tuple(sorted(((re.compile(_arabic(name)), code) for name, code in names.items()),
                           key=lambda p: -len(p[0].pattern)))
        return re.compile("|".join(p.pattern for p, _ in own)), own
    words = retrie.alternation(names)
    if base in ("zh", "ja"):
        return re.compile(words), ()
    return re.compile(r"(?<![\w-])(?:" + words + r")(?![\w-])"), ()


def countries_in(text: str, lang: str) -> tuple[tuple[str, str], ...]:
    """The countries ``text`` names, as (ISO code, the name as written), in text order."""
    return _countries[text.translate(_APOSTROPHES), lang.split("_")[0].split("-")[0]]


@memo(512)
def _countries(text: str, base: str) -> tuple[tuple[str, str], ...]:
    if base == "ru":
        text = text.replace("ё", "е")
    pattern, own = _pattern(base)
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
        if code is None:
            code = next((c for p, c in own if p.fullmatch(written)), None)
        if code is not None:
            found.append((code, written))
    return tuple(found)


@check("TP107", "country-changed", Severity.WARNING, "countries")
def country_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation names a country the source does not, and not one the source names
    ("Ecuador" → «Pérou»)."""
    wanted = countries_in(unit.source, ctx.source_lang)
    if not wanted:
        return ()
    have = countries_in(unit.target, unit.lang)
    if not have:
        return ()
    codes = {code for code, _ in have}
    missing = [(code, text) for code, text in dict(wanted).items() if code not in codes]
    if not missing:
        return ()
    said = {code for code, _ in wanted}
    if ctx.source_lang.startswith("en"):
        said |= said_in(unit.source)  # "the US", "Burundian territory"
    extra = [(code, text) for code, text in dict(have).items() if code not in said]
    return [finding("TP107", unit, f"the country «{name}» became «{other}»", expected=name)
            for (_, name), (_, other) in zip(missing, extra, strict=False)]
