"""A span of years said in words stays the same (TP310): "for the first time in a decade" is
not «pour la première fois depuis vingt ans», "for three quarters of a century" not «depuis un
demi-siècle». The number checks compare numbers; "a decade", "half a century" hold none.

The source's spans said by a period word — a decade, a century, half, a quarter or three
quarters of one, with a count ("two decades") or an article ("a decade", "the past decade") —
are read in years, and so are the translation's, by their period words («décennie», «siècle»,
«demi-siècle», «десятилетие», «полвека», «世纪», «نصف قرن») and by a count of years («vingt
ans», «20年», «двадцать лет», «عشر سنوات», «عقدين»). Only a translation that says a span of
years, none of them the source's, with one the source says nowhere (not even in figures), is
reported; one that says no span is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.enwords import word_numbers
from transpub.checks.numbers import _source_numbers
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.intervals import Intervals
from transpub.memo import memo
from transpub.numwords import folded_text, number_runs
from transpub.sentalign import same_sentence

#: an English count before a period word
_EN_COUNTS = {"a": 1.0, "one": 1.0, "the past": 1.0, "the last": 1.0, "past": 1.0,
              "last": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0,
              "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0}
_EN_SPAN = re.compile(
    r"\b(?:(?P<half>half a century|a half[- ]century|half-century)"
    r"|(?P<quarter>a quarter(?: of a|-)? ?century)"
    r"|(?P<three>three[- ]quarters of a century)"
    r"|(?:(?P<count>a|one|the past|the last|past|last|two|three|four|five|six|seven|eight|nine"
    r"|ten|\d+)\s+(?P<unit>decades?|century|centuries))(?P<more>\s+and\s+a\s+half)?)\b",
    re.IGNORECASE)  # ("Half a century ago" opens a sentence)
#: what a source's span holds, in either case (literal strings: a test in C without
#: IGNORECASE, which scans five times slower)
_EN_ANY = re.compile("ecade|entur|ECADE|ENTUR")

#: the translation's period words, in lower case as ``fold`` leaves them: (pattern, years per
#: one, whether a count must stand before it)
_SPANS: dict[str, tuple[tuple[str, float, bool], ...]] = {
    "fr": ((r"trois quarts de si[eè]cle", 75, False), (r"quart de si[eè]cle", 25, False),
           (r"demi-si[eè]cle|demi si[eè]cle", 50, False), (r"si[eè]cles?", 100, False),
           (r"d[ée]cennies?", 10, False), (r"ans|ann[ée]es?|an", 1, True)),
    "es": ((r"tres cuartos de siglo", 75, False), (r"cuarto de siglo", 25, False),
           (r"medio siglo", 50, False), (r"siglos?", 100, False),
           (r"d[ée]cadas?|decenios?", 10, False), (r"a[ñn]os?", 1, True)),
    "ru": ((r"тр[её]х четвертей века|три четверти века", 75, False),
           (r"четверть века|четверти века", 25, False),
           (r"полвека|полувека|полувеке|полувеков\w*", 50, False),
           (r"век|века|веков|столети[еяй]", 100, False), (r"десятилети\w*", 10, False),
           (r"лет|года|год|годы|годов", 1, True)),
    "zh": ((r"一个半世纪", 150, False), (r"四分之三个世纪", 75, False),
           (r"四分之一个世纪", 25, False), (r"半个世纪", 50, False), (r"个世纪|世纪", 100, True),
           (r"年(?!代|级|度|底|初|前)", 1, True)),
    "ar": ((r"ثلاثة أرباع (?:ال)?قرن", 75, False), (r"ربع (?:ال)?قرن", 25, False),
           (r"نصف (?:ال)?قرن", 50, False), (r"قرنين", 200, False), (r"عقدين", 20, False),
           (r"عقد من الزمن|عقود من الزمن|العقد الماضي|العقد الأخير", 10, False),
           (r"العقدين الماضيين|العقدين الأخيرين", 20, False),
           # (a bare «قرن», «عقد» after a preposition of time: «عقد» is also a holding)
           (r"(?:منذ|خلال|مدى|طوال|لمدة|غضون) قرن", 100, False),
           (r"(?:منذ|خلال|مدى|طوال|لمدة|غضون) عقد", 10, False), (r"عقود|عقد", 10, True),
           (r"قرن", 100, True), (r"عامين|سنتين", 2, False),
           (r"عاما|عامًا|سنة|سنوات|سنين|عام|أعوام", 1, True)),
}
#: a span's words must stand alone (Russian «век» is in «человек»; Chinese has no spaces)
_COMPILED = {lang: [(re.compile(raw if lang == "zh" else r"(?<!\w)(?:" + raw + r")(?!\w)"),
                     years, counted)
                    for raw, years, counted in entries] for lang, entries in _SPANS.items()}
_DIGITS_BEFORE = re.compile(r"(\d+(?:[.,]\d+)?)\s*$")


@memo()
def _source_spans(source: str, source_lang: str) -> tuple[tuple[str, float], ...]:
    """The source's spans of years said by a period word (once for five translations)."""
    if not source_lang.startswith("en") or not _EN_ANY.search(source):
        return ()
    out = []
    for match in _EN_SPAN.finditer(source):
        if match.group("half"):
            years = 50.0
        elif match.group("quarter"):
            years = 25.0
        elif match.group("three"):
            years = 75.0
        else:
            count_text, unit = match.group("count").lower(), match.group("unit").lower()
            count = float(count_text) if count_text.isdigit() else _EN_COUNTS[count_text]
            years = count * (10.0 if unit.startswith("decade") else 100.0)
            if match.group("more"):
                years *= 1.5
        out.append((match.group(0), years))
    return tuple(out)


def _spans(text: str, lang: str) -> dict[float, str]:
    """A translation's spans of years: years -> the words that say it."""
    base = lang.split("_")[0].split("-")[0]
    entries = _COMPILED.get(base)
    if entries is None:
        return {}
    folded = folded_text(text, base)
    taken = Intervals()  # (a unit of thousands of spans stays linear)
    out: dict[float, str] = {}
    for pattern, per, counted in entries:
        for match in pattern.finditer(folded):
            start, end = match.span()
            if taken.overlaps(start, end):
                continue  # (inside a longer span's words: «demi-siècle» is no «siècle»)
            count, begins = _count_before(folded, start, base) or (None, start)
            if count is None and counted:
                continue
            if per == 1 and count is not None and count >= 1000:
                continue  # («2023年», «1967 года»: a year, not a span)
            half = _AND_A_HALF.match(folded, end)
            if half is not None:  # («un siècle et demi», «un siglo y medio», «قرن ونصف»)
                end, count = half.end(), (count or 1.0) * 1.5
            taken.add(begins, end)
            out.setdefault(per * (count or 1.0), text[begins:end])
    return out


def _count_before(folded: str, start: int, base: str) -> tuple[float, int] | None:
    """The number right before ``start`` (an adjective between: «deux dernières décennies»,
    «las dos últimas décadas»), in figures or words, and where it begins."""
    offset = max(0, start - 40)
    before = folded[offset:start]
    adjective = _BETWEEN.search(before)
    if adjective is not None:
        before = before[:adjective.start()]
    digits = _DIGITS_BEFORE.search(before)
    if digits is not None:
        return float(digits.group(1).replace(",", ".")), offset + digits.start(1)
    stripped = before.rstrip()
    # (the words before the span's own: Russian reads «десятилетия» as a number word too)
    runs = [(s, e, v) for s, e, v in number_runs(stripped, base) if e == len(stripped)]
    return (runs[-1][2], offset + runs[-1][0]) if runs else None


#: "and a half" after a period («un siècle et demi», «un siglo y medio», «век с половиной»,
#: «قرن ونصف»)
_AND_A_HALF = re.compile(r"\s+(?:et\s+demie?|y\s+medi[oa]|с\s+половиной|ونصف|و\s+نصف)(?!\w)")
#: an adjective between a count and its period («deux dernières décennies», «los últimos dos
#: decenios», «последние», "past")
_BETWEEN = re.compile(r"\s+(?:derni[eè]re?s?|premi[eè]re?s?|prochaine?s?|[uú]ltim[oa]s"
                      r"|primer[oa]s|pr[oó]xim[oa]s|последн\w+|ближайш\w+|перв\w+)\s*$")


@check("TP310", "duration-changed", Severity.WARNING, "numbers")
def duration_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A span of years the source says with a period word is another in the translation
    ("in a decade" → «depuis vingt ans», "three quarters of a century" → «un demi-siècle»)."""
    wanted = _source_spans[unit.source, ctx.source_lang]
    if not wanted:
        return ()
    have = _spans(unit.target, unit.lang)
    if not have or any(years in have for _text, years in wanted):
        return ()
    # (what the source says in figures and in words, as the number checks read it)
    said = {v for m in _source_numbers[unit.source, ctx.source_lang][1] for v in m.values}
    said |= {v for w in word_numbers(unit.source) for v in w.values}
    text, _years = wanted[0]
    # (in a unit of several sentences, only a span of the same sentence took its place)
    other = [(years, written) for years, written in have.items() if years not in said
             and same_sentence(unit.source, ctx.source_lang, text, unit.target, unit.lang,
                               written)]
    if not other:
        return ()
    return [finding("TP310", unit, f"the span «{text}» became «{other[0][1]}»", expected=text)]
