"""The currency a sum is in stays the same (TP303): "US$ 50 million" is not «50 millions
d'euros». The number check compares the digits and their scale; the word or sign beside them
was compared by nothing."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.memo import memo

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
#: every key in one pattern: one scan of a text finds its families' keys
_KEY_RE = re.compile("|".join(re.escape(k) for k in sorted(_FAMILY_OF, key=len, reverse=True)))


def _families(text: str, lang: str) -> frozenset[str]:
    keyed = {_FAMILY_OF[m.group(0)] for m in _KEY_RE.finditer(text.lower())}
    if not keyed:
        return frozenset()
    patterns = _patterns(lang)
    return frozenset(family for family in keyed if patterns[family].search(text))


#: what an English source's currency holds (a test before the families'): a sign, a code, a
#: name's letters in either case; literal strings only, which a pattern scans five times as
#: fast as one with \b and classes (3 µs a sentence against 18)
_ENGLISH_ANY = re.compile("|".join(re.escape(k) for k in (
    "$", "€", "£", "¥", "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "RMB", "ollar", "uro",
    "terling", "ranc", "yen", "yuan")))


@memo()
def _source_families(text: str, lang: str) -> frozenset[str]:
    """The currencies a source names, once for its five translations."""
    if lang.split("_")[0] == "en" and not _ENGLISH_ANY.search(text):
        return frozenset()  # (most: no sum of money)
    return _families(text, lang)


@check("TP303", "currency-changed", Severity.ERROR, "numbers")
def currency_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation names a currency the source does not, and not the source's own ("US$
    50 million" → «50 millions d'euros»). A translation that names no currency at all is left
    alone (it may say the sum without its unit where the text around says it)."""
    wanted = _source_families[unit.source, ctx.source_lang]
    if not wanted:
        return ()
    have = _families(unit.target, unit.lang)
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
    return [finding("TP303", unit, f"a sum in «{' and '.join(sorted(wanted))}» is in "
                    f"«{family}» in the translation", expected=" and ".join(sorted(wanted)))
            for family in other if any(_of_a_sum(unit.target, m.start(), m.end())
                                       for m in patterns[family].finditer(unit.target))]


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
