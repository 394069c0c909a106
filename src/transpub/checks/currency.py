"""The currency a sum is in stays the same (TP303): "US$ 50 million" is not «50 millions
d'euros». The number check compares the digits and their scale; the word or sign beside them
was compared by nothing."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from importlib.resources import files

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.memo import memo
from transpub.retrie import alternation

#: Each currency's signs, codes and names, per language (what all languages share first: the
#: sign and the ISO code). A family is what a translation may write for it: "$", "US$",
#: «dollars des États-Unis», «долл. США», «美元» are all the dollar.
_SHARED = {
    "dollar": r"\$|\bUSD\b",
    "euro": r"€|\bEUR\b",
    "pound": r"£|\bGBP\b",
    "swiss franc": r"\bCHF\b",
    "yen": r"\bJPY\b",
    "yuan": r"\bCNY\b|\bRMB\b",
}
_NAMES = {
    "en": {"dollar": r"\bdollars?\b", "euro": r"\beuros?\b", "pound": r"\bpounds?\s+sterling\b",
           "swiss franc": r"\bSwiss\s+francs?\b", "yen": r"\byen\b", "yuan": r"\byuan\b"},
    "fr": {"dollar": r"\bdollars?\b", "euro": r"\beuros?\b",
           "pound": r"\blivres?\s+sterling\b", "swiss franc": r"\bfrancs?\s+suisses?\b",
           "yen": r"\byens?\b", "yuan": r"\byuans?\b"},
    "es": {"dollar": r"\bd[óo]lar(?:es)?\b", "euro": r"\beuros?\b",
           "pound": r"\blibras?\s+esterlinas?\b", "swiss franc": r"\bfrancos?\s+suizos?\b",
           "yen": r"\byenes\b|\byen\b", "yuan": r"\byuanes\b|\byuan\b"},
    "ru": {"dollar": r"доллар\w*|\bдолл\.", "euro": r"\bевро\b",
           "pound": r"фунт\w*\s+стерлинг\w*", "swiss franc": r"швейцарск\w+\s+франк\w*",
           "yen": r"\bиен\w*", "yuan": r"\bюан\w*"},
    "zh": {"dollar": r"美元|美金", "euro": r"欧元", "pound": r"英镑", "swiss franc": r"瑞士法郎",
           "yen": r"日元", "yuan": r"人民币"},
    "ar": {"dollar": r"دولار\w*", "euro": r"يورو", "pound": r"جنيه\w*\s+إسترليني\w*",
           "swiss franc": r"فرنك\w*\s+سويسري\w*", "yuan": r"يوان"},
}


#: What each family's mentions hold, in lower case, per language: a test in C before the
#: pattern (most texts name no currency; a pattern with \b and IGNORECASE scans slowly).
_KEYS = {
    "dollar": ("$", "usd", "dollar", "dólar", "dolar", "доллар", "долл.", "美元", "美金", "دولار"),
    "euro": ("€", "eur", "евро", "欧元", "يورو"),
    "pound": ("£", "gbp", "sterling", "esterlina", "стерлинг", "英镑", "إسترليني"),
    "swiss franc": ("chf", "franc", "франк", "瑞士法郎", "فرنك"),
    "yen": ("jpy", "yen", "иен", "日元"),
    "yuan": ("cny", "rmb", "yuan", "юан", "人民币", "يوان"),
}


@functools.cache
def _patterns(lang: str) -> dict[str, re.Pattern[str]]:
    names = _NAMES.get(lang.split("_")[0].split("-")[0], {})
    return {family: re.compile(shared + (f"|{names[family]}" if family in names else ""),
                               re.IGNORECASE)
            for family, shared in _SHARED.items()}

_FAMILY_OF = {key: family for family, keys in _KEYS.items() for key in keys}
_FAMILY_NAMES = frozenset(_SHARED)
#: every key in one pattern: one scan of a text finds its families' keys
_KEY_RE = re.compile("|".join(re.escape(k) for k in sorted(_FAMILY_OF, key=len, reverse=True)))


def _families(text: str, lang: str, cldr: bool = True) -> frozenset[str]:
    """The currencies ``text`` names: the families', and (``cldr``) those CLDR names."""
    lower = text.lower()
    keyed = {_FAMILY_OF[m.group(0)] for m in _KEY_RE.finditer(lower)}
    named = frozenset(label for label, _start, _end in _named_in(text, lower, lang)) \
        if cldr else frozenset()
    if not keyed:
        return named
    patterns = _patterns(lang)
    return named | frozenset(family for family in keyed if patterns[family].search(text))


_Named = dict[str, list[tuple[str, re.Pattern[str]]]]


@functools.cache
def _named(lang: str) -> tuple[re.Pattern[str] | None, _Named]:
    """The currencies in use that the families above do not name, by the names CLDR gives
    them (data/currencies.json, made by tools/gen_currency_names.py: "Sudanese pound",
    «livre égyptienne», «суданских фунтов», «جنيه سوداني», «苏丹镑»): a pattern of their keys
    (a name's longest word's first letters, a test in C before the names), and each key's
    currencies (their English names) with the patterns of their names. Read on first use."""
    base = lang.split("_")[0].split("-")[0]
    by_key: _Named = {}
    for by_lang in _table().values():
        if "en" not in by_lang:
            continue  # (the other dollars' table, "_dollars": ``_other_dollars``)
        label = by_lang["en"][0]
        for name in by_lang.get(base, ()):
            by_key.setdefault(_key(name, base), []).append(
                (label, re.compile(_name_pattern(name, base), re.IGNORECASE)))
    # (every key at every place, overlapping: «السوداني» holds السو and سودا)
    keys = re.compile(f"(?=({alternation(by_key)}))") if by_key else None
    return keys, by_key


def _key(name: str, base: str, skip: re.Pattern[str] | None = None) -> str:
    """A name's key: its longest word's first letters (Arabic's article aside), a word
    ``skip`` matches left out ("dollar"); Chinese's first two characters."""
    if base in ("zh", "ja"):
        return name[:2]
    words = [w for w in name.split() if skip is None or not skip.search(w)] or [name]
    word = max(words, key=len)
    return (word[2:] if base == "ar" and word.startswith("ال") else word)[:4]


def _name_pattern(name: str, base: str) -> str:
    """A currency's name as a pattern: its words as written (French, Spanish and English
    list their plurals), Russian's and Arabic's stems taking any ending («суданских фунтов»,
    «جنيهات سودانية») and Arabic's article and clitics."""
    if base in ("zh", "ja"):
        return re.escape(name)
    words = name.split()
    if base == "ru":
        parts = [re.escape(w[:-2] if len(w) >= 5 else w) + r"\w*" for w in words]
    elif base == "ar":
        parts = [r"[وبل]?(?:ال)?" + re.escape(w[:-1] if len(w) >= 4 else w) + r"\w*"
                 for w in words]
    else:
        parts = [re.escape(w) for w in words]
    return r"(?<!\w)" + r"[\s\u00a0-]+".join(parts) + r"(?!\w)"


def _named_in(text: str, lower: str, lang: str) -> list[tuple[str, int, int]]:
    """The CLDR-named currencies of ``text`` (``_named``), each with where it is named; a
    name inside a longer one is the longer one's ("South Sudanese pounds" holds "Sudanese
    pounds")."""
    keys, by_key = _named(lang)
    if keys is None:
        return []
    found = {key for key in keys.findall(lower)}
    if not found:
        return []
    spans = sorted(((label, m.start(), m.end()) for key in found
                    for label, pattern in by_key[key] for m in pattern.finditer(text)),
                   key=lambda span: (span[1], -span[2]))
    # (one pass, longest first at each place: a span ending within one before it is inside
    # it; a unit naming a currency thousands of times stays linear)
    kept: list[tuple[str, int, int]] = []
    reach = -1
    for label, start, end in spans:
        if end <= reach and not (kept and kept[-1][1:] == (start, end)):
            continue
        kept.append((label, start, end))
        reach = max(reach, end)
    return kept


#: what an English source's currency holds (a test before the families'): a sign, a code, a
#: name's letters in either case; literal strings only, which a pattern scans five times as
#: fast as one with \b and classes (3 µs a sentence against 18)
_ENGLISH_KEYS = ("$", "€", "£", "¥", "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "RMB", "ollar",
                 "uro", "terling", "ranc", "yen", "yuan")
_ENGLISH_ANY = re.compile("|".join(re.escape(k) for k in _ENGLISH_KEYS))


@memo()
def _source_families(text: str, lang: str) -> frozenset[str]:
    """The currencies a source names, once for its five translations."""
    if lang.split("_")[0] != "en":
        return _families(text, lang)
    # (a currency CLDR names is looked for only where the source holds one's head noun:
    # "pound", "dinar", "rupee"…; with or without a sum: "the Sudanese pound lost a third of
    # its value" → «la livre égyptienne»)
    named = _english_heads().search(text.lower()) is not None
    if not named and not _ENGLISH_ANY.search(text):
        return frozenset()  # (most: no sum of money)
    return _families(text, lang, named)


@functools.cache
def _english_heads() -> re.Pattern[str]:
    """The head nouns of the English names of the currencies CLDR names ("pound", "dinar",
    "franc", "rupee"), as one pattern of literal words (a trie: a test in C)."""
    heads = {name.split()[-1].rstrip("s") for by_lang in _table().values()
             for name in by_lang.get("en", ())}
    return re.compile(r"\b(?:" + alternation(h for h in heads if h.isalpha()) + r")s?\b")


def _table() -> dict[str, dict[str, list[str]]]:  # (and "_dollars": the same, a level down)
    """data/currencies.json: each currency's names by language (read, not kept: the heads'
    pattern and a language's names are, when asked for)."""
    table: dict[str, dict[str, list[str]]] = json.loads(
        (files("transpub") / "data" / "currencies.json").read_text(encoding="utf-8"))
    return table


@check("TP303", "currency-changed", Severity.ERROR, "numbers")
def currency_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation names a currency the source does not, and not the source's own ("US$
    50 million" → «50 millions d'euros»). A translation that names no currency at all is left
    alone (it may say the sum without its unit where the text around says it)."""
    wanted = _source_families[unit.source, ctx.source_lang]
    if not wanted:
        return ()
    if "dollar" in wanted and _US_DOLLAR.search(unit.source):
        # (a sum in US dollars in another dollar: the family "dollar" holds both)
        turned = _other_dollars(unit.source, unit.target, unit.lang)
        if turned:
            return [finding("TP303", unit, f"a sum in «US dollars» is in «{turned}» in the "
                            "translation", expected="US dollar")]
    # (a translation's currencies CLDR names are read where the source names one)
    have = _families(unit.target, unit.lang, not wanted <= _FAMILY_NAMES)
    other = sorted(have - wanted)
    if not other:
        return ()  # (the currencies kept, or none named: the common case)
    missing = sorted(wanted - have)
    if missing:
        return [finding("TP303", unit, f"the currency «{family}» became «{other[0]}»",
                        expected=family) for family in missing]
    # every currency of the source is there, and another too, beside a number: one of its
    # sums changed ("US$ 2.7 billion … US$ 864 million" → «2,7 milliards de dollars … 864
    # millions d'euros»; not «la paire euro/franc suisse», a currency named without a sum)
    patterns = _patterns(unit.lang)
    named = _named_in(unit.target, unit.target.lower(), unit.lang)
    return [finding("TP303", unit, f"a sum in «{' and '.join(sorted(wanted))}» is in "
                    f"«{family}» in the translation", expected=" and ".join(sorted(wanted)))
            for family in other if any(_of_a_sum(unit.target, start, end)
                                       for start, end in _spans(family, patterns, named,
                                                                unit.target))]


#: a source's dollar said to be the US one ("US$", "USD", "US dollars", "United States
#: dollars"): another dollar of the translation is another currency
_US_DOLLAR = re.compile(r"\bUS\s?\$|\bUSD\b|\bU\.?S\.?\s+dollars?\b"
                        r"|\bUnited\s+States\s+dollars?\b")


@functools.cache
def _dollars(lang: str) -> tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]:
    """The dollars other than the US dollar (data/currencies.json's "_dollars"): a pattern of
    their keys (the first letters of each name's word that is not "dollar": «cana», «加拿»; a
    test in C before the names), and each one's English name and the pattern of its names in
    ``lang``."""
    base = lang.split("_")[0].split("-")[0]
    table: dict[str, dict[str, list[str]]] = _table().get("_dollars", {})  # type: ignore[assignment]
    listed = [(by_lang["en"][0], by_lang[base]) for by_lang in table.values()
              if by_lang.get(base) and by_lang.get("en")]
    keys = {_key(name, base, _DOLLAR_WORD) for _label, names in listed for name in names}
    return re.compile(alternation(keys)), tuple(
        (label, re.compile("|".join(_name_pattern(n, base) for n in names), re.IGNORECASE))
        for label, names in listed)


_DOLLAR_WORD = re.compile(r"dollar|dólar|доллар|دولار")


def _other_dollars(source: str, target: str, lang: str) -> str | None:
    """A dollar other than the US one that the translation names and the source does not
    («dollars canadiens», «加拿大元»), or None."""
    keys, dollars = _dollars(lang)
    if keys.search(target.lower()) is None:
        return None  # (most translations of a sum in US dollars: a test in C)
    named = [label for label, pattern in dollars if pattern.search(target)]
    if not named:
        return None
    said = {label for label, pattern in _dollars("en")[1] if pattern.search(source)}
    others = [label for label in named if label not in said]
    return others[0] if others else None


def _spans(family: str, patterns: dict[str, re.Pattern[str]],
           named: list[tuple[str, int, int]], text: str) -> list[tuple[int, int]]:
    """Where ``text`` names ``family``: a family's pattern, or a CLDR-named currency's."""
    if family in patterns:
        return [m.span() for m in patterns[family].finditer(text)]
    return [(start, end) for label, start, end in named if label == family]


#: a digit (the last one before a currency's name is looked for)
_DIGITS_BEFORE = re.compile(r"[0-9٠-٩０-９][^0-9٠-٩０-９]{0,20}$")
_DIGIT = re.compile(r"[0-9٠-٩０-９]")


def _of_a_sum(text: str, start: int, end: int) -> bool:
    """Is the currency named at ``start``-``end`` a sum's: a number right before it, with at
    most a scale and a preposition between («864 millions d'euros», «1,5亿美元», «150 млн
    долл.»), or right after a sign or a code ("€150", "USD 5")?"""
    if _DIGIT.search(text, end, end + 3):
        return True
    before = _DIGITS_BEFORE.search(text, max(0, start - 24), start)
    if before is None:
        return False
    gap = before.group()[1:]
    # (words between, where words are spaced; characters, where they are not: «1.5亿美元»)
    return len(gap.split()) <= 2 if any(c.isspace() for c in gap) else len(gap) <= 3
