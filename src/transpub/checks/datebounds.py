"""A date stays on its side of a bound (TP206): "open beyond 15 February 2025" is not «ouvert
jusqu'au 15 février 2025», "before 1 March" not «после 1 марта». The date checks compare the
date, which is the same; the word that bounds it was compared by nothing (session 44's round:
five translations turning "beyond" into "until" passed).

Only a bound said clearly on both sides is compared. Before a date (its upper bound): "before",
"until", "by", "no later than", «avant», «jusqu'au», «d'ici au», «antes de», «hasta», «до»,
«к», «не позднее», «…之前», «到», «قبل», «حتى», «بحلول»; after it (its lower bound): "after",
"beyond", "since", "as from", «après», «depuis», «à compter du», «después de», «desde», «a
partir de», «после», «с», «начиная с», «…之后», «…起», «自», «بعد», «منذ», «اعتبارا من». A
source's "from" begins a range ("from 1 to 5 March") and a translation's «с» and «من» do too:
they are read only where no second date follows. A date the translation bounds otherwise or not
at all is left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from transpub.checks.bounds import negated_before
from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.datefind import DateMention, _find_dates
from transpub.memo import memo

BEFORE, AFTER = -1, 1

#: the bounds written before a date, by language: (pattern of what ends right before it, side)
_LEADING: dict[str, tuple[tuple[str, int], ...]] = {
    "en": ((r"\b(?:before|until|till|by|prior\s+to|no\s+later\s+than|not\s+later\s+than"
            r"|ahead\s+of)", BEFORE),
           (r"\b(?:after|beyond|since|as\s+from|with\s+effect\s+from|effective"
            r"|starting(?:\s+(?:from|on))?|beginning(?:\s+on)?|no\s+earlier\s+than"
            r"|not\s+earlier\s+than|later\s+than)(?<!no\slater\sthan)(?<!not\slater\sthan)",
            AFTER)),
    "fr": ((r"(?<!\w)(?:avant(?:\s+le)?|jusqu['’]\s*(?:au|à(?:\s+la)?|en)"
            r"|d['’]ici\s+(?:au|à|le)|au\s+plus\s+tard\s+(?:le|en)|pas\s+après\s+le"
            r"|antérieure?s?\s+au)", BEFORE),
           (r"(?<!\w)(?:après(?:\s+le)?|depuis(?:\s+le)?|à\s+partir\s+(?:du|de)"
            r"|à\s+compter\s+(?:du|de)|au-delà\s+du|dès\s+le|passé\s+le|postérieure?s?\s+au"
            r"|commençant\s+le|qui\s+commence(?:ra)?\s+le)", AFTER)),
    "es": ((r"(?<!\w)(?:antes\s+del?|hasta(?:\s+el)?|a\s+más\s+tardar(?:\s+el)?|para\s+el"
            r"|anterior(?:es)?\s+al?)", BEFORE),
           (r"(?<!\w)(?:después\s+del?|desde(?:\s+el)?|a\s+partir\s+del?|más\s+allá\s+del?"
            r"|a\s+contar\s+del?|posterior(?:es)?\s+al?|comenzando\s+el"
            r"|que\s+comenzar(?:á|ía)\s+el)", AFTER)),
    "ru": ((r"(?<!\w)(?:до|к|не\s+позднее|не\s+позже|вплоть\s+до)", BEFORE),
           (r"(?<!\w)(?:после|начиная\s+с|со?|(?<!не\s)позднее|(?<!не\s)позже|по\s+истечении"
            r"|начинающ\w+|начинается)", AFTER)),
    # (a clitic conjunction glued to the bound: «فمنذ», «وقبل»; tanween on «بدءاً»)
    "ar": ((r"(?<!\w)[وف]?(?:قبل|حتى|بحلول|لغاية|في\s+موعد\s+لا\s+يتجاوز|موعد\s+أقصاه)",
            BEFORE),
           (r"(?<!\w)[وف]?(?:بعد|منذ|اعتبارا\u064b?\s+من|ابتداء\u064b?\s+من|بدءا\u064b?\s+من"
            r"|بدء\u064bا\s+من|[تي]بدأ\s+(?:في|من)|من)", AFTER)),
    "zh": ((r"(?:到|至|直到|直至|至迟(?:在|于)?|最迟(?:在|于)?|不迟于)", BEFORE),
           (r"(?:自|从|自从)", AFTER)),
}
#: the bounds written after a date: Chinese's («2月15日之前», «2月15日起»), French's and
#: Spanish's «le 30 octobre au plus tard»
_TRAILING: dict[str, tuple[tuple[str, int], ...]] = {
    "zh": ((r"(?:底|初)?(?:之前|以前|前(?![往进来去])|为止)", BEFORE),
           (r"(?:之后|以后|后(?![来续])|起(?![草诉义])|以来)", AFTER)),
    "fr": ((r",?\s*au\s+plus\s+tard\b", BEFORE),),
    "es": ((r",?\s*a\s+más\s+tardar\b", BEFORE),),
}
#: the words that begin a range when a second date follows (read no further then)
_RANGED = {"en": re.compile(r"\bfrom$", re.I), "ru": re.compile(r"(?<!\w)со?$"),
           "ar": re.compile(r"(?<!\w)من$"), "zh": re.compile(r"(?:自|从)$")}
_RANGE_REACH = 40
_REACH = 32
#: what a source holds before any of its bounds (a test in C first)
_EN_ANY = re.compile(r"\b(?:before|until|till|by|prior|later|ahead|after|beyond|since|as from"
                     r"|effect|effective|starting|beginning|earlier)\b", re.IGNORECASE)


def _compiled(table: dict[str, tuple[tuple[str, int], ...]], before: bool
              ) -> dict[str, tuple[tuple[re.Pattern[str], int], ...]]:
    return {lang: tuple((re.compile(raw + r"\s*$" if before else r"\s*" + raw, re.IGNORECASE),
                         side) for raw, side in entries) for lang, entries in table.items()}


_LEADING_RE = _compiled(_LEADING, True)
_TRAILING_RE = _compiled(_TRAILING, False)
#: a date's article or weekday between its bound and itself ("until Friday, 15 March",
#: «jusqu'au vendredi 15 mars», "by the 15th")
_BETWEEN = re.compile(r"(?:\s*(?:the|le|el|l[ae]s?)\s*|\s*[^\W\d]+,?\s*)$", re.IGNORECASE)


def _side(text: str, date: DateMention, starts: list[int], lang: str) -> int:
    """The side of ``date`` its bound puts it (BEFORE, AFTER), or 0; ``starts``: where the
    text's dates begin, in order (a range's second date is looked up there)."""
    base = lang.split("_")[0].split("-")[0]
    before = text[max(0, date.start - _REACH):date.start]
    for candidate in (before, _BETWEEN.sub("", before)):
        for pattern, side in _LEADING_RE.get(base, ()):
            found = pattern.search(candidate)
            if found is None:
                continue
            if _negated(text, date.start - len(before) + found.start(), base):
                return 0  # ("not available until 28 January": only after it)
            ranged = _RANGED.get(base)
            if ranged is not None and ranged.search(found.group().strip()) and _date_within(
                    starts, date.end, date.end + _RANGE_REACH):
                return 0  # ("from 1 March to 5 April": a range's start)
            return side
    for pattern, side in _TRAILING_RE.get(base, ()):
        if pattern.match(text, date.end) and not _negated(text, date.start, base):
            return side
    return 0


#: a negation that turns a bound ("did not arrive until", «n'arrivera pas avant», «не ранее»,
#: «لن ... قبل», «直到…才»: Chinese says "only then" with 才 after the date)
_NEGATIONS = {
    "en": re.compile(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE),
    "fr": re.compile(r"(?<!\w)(?:pas|jamais|n['’]|ne)(?!\w)", re.IGNORECASE),
    "es": re.compile(r"(?<!\w)(?:no|nunca|jamás|sólo|solo)(?!\w)", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:не|только|лишь)(?!\w)", re.IGNORECASE),
    "ar": re.compile(r"(?<!\w)(?:لا|لم|لن|ليس|إلا)(?!\w)"),
    "zh": re.compile(r"不|未|没|才|只有"),
}
#: how far before a bound its negation is looked for, in the same sentence
_NEGATION_REACH = 80


def _negated(text: str, at: int, lang: str) -> bool:
    negation = _NEGATIONS.get(lang)
    return negation is not None and negated_before(text, at, negation, _NEGATION_REACH)


def _date_within(starts: list[int], low: int, high: int) -> bool:
    """Does a date begin between ``low`` and ``high`` (``starts`` in order)?"""
    at = bisect_left(starts, low)
    return at < len(starts) and starts[at] <= high


#: a date as its value: year, month, day, calendar
_DateKey = tuple[int | None, int, int | None, str]


def _key(date: DateMention) -> _DateKey:
    return date.year, date.month, date.day, date.calendar


@memo()
def _bounded(source: str, source_lang: str) -> tuple[tuple[DateMention, int], ...]:
    """The source's dates with a bound, and its side (once for the five translations); one
    per date and side (a unit repeating a bounded date thousands of times stays linear)."""
    # (its dates first: the date checks found them already, and a source without one, the
    # most, is not searched for bounds, a pattern that cost 9 µs a source)
    dates = _find_dates(source, source_lang)
    if not dates or not _EN_ANY.search(source):
        return ()
    starts = sorted(d.start for d in dates)
    seen: set[tuple[_DateKey, int]] = set()
    out = []
    for date in dates:
        side = _side(source, date, starts, source_lang)
        if side and (_key(date), side) not in seen:
            seen.add((_key(date), side))
            out.append((date, side))
    return tuple(out)


@check("TP206", "date-bound-reversed", Severity.WARNING, "dates")
def date_bound_reversed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A date the source bounds on one side is bounded on the other in the translation
    ("beyond 15 February" → «jusqu'au 15 février»)."""
    if not ctx.source_lang.startswith("en"):
        return ()
    bounded = _bounded[unit.source, ctx.source_lang]
    if not bounded:
        return ()
    lang = unit.lang
    dates = _find_dates(unit.target, lang)
    starts = sorted(d.start for d in dates)
    by_key: dict[_DateKey, list[DateMention]] = {}
    for date in dates:
        by_key.setdefault(_key(date), []).append(date)
    sides_of: dict[_DateKey, set[int]] = {}
    found: list[Finding] = []
    for date, side in bounded:
        key = _key(date)
        same = by_key.get(key, [])
        if key not in sides_of:  # (each date's sides read once)
            sides_of[key] = {_side(unit.target, d, starts, lang) for d in same}
        sides = sides_of[key]
        if sides == {-side}:
            said, other = ("before", "after") if side == BEFORE else ("after", "before")
            found.append(finding(
                "TP206", unit, f"the source says {said} «{date.text}»; the translation says "
                f"{other} it", span=(same[0].start, same[0].end)))
    return found
