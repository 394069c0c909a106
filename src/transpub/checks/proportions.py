"""A proportion said in words stays the same (TP304): "nearly half" is not «près d'un tiers»,
"two thirds" not «les trois quarts», "one in three" not «каждый четвертый». The number checks
compare digits and number words; a proportion's words («moitié», «треть», «三分之二») were
compared by nothing (``transpub.proportions`` reads them).

Only a translation that says another proportion, one neither the source's words nor its
percentages say, is reported: one that gives the percentage or says it another way is left
alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from transpub.checks.bounds import bound_text, side_before
from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.proportions import Share, percentages, shares_in


@check("TP304", "proportion-changed", Severity.WARNING, "proportions")
def proportion_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A proportion the source says in words became another in the translation ("nearly
    half" → «près d'un tiers»)."""
    wanted = shares_in(unit.source, ctx.source_lang)
    if not wanted:
        return ()
    have = shares_in(unit.target, unit.lang)
    if not have:
        return ()
    said = {s.value for s in wanted} | percentages(unit.source)
    other = [s for s in have if s.value not in said]
    if not other:
        return _bound_turned(ctx, unit, wanted, have)
    values = {s.value for s in have}
    found: list[Finding] = []
    for share in wanted:
        if share.value in values or not other:
            continue
        wrong = other.pop(0)
        # (no place in a translation whose accents are decomposed: the proportions' places
        # are the composed text's)
        composed = unicodedata.is_normalized("NFC", unit.target)
        found.append(finding("TP304", unit, f"the proportion «{share.text}» became "
                             f"«{wrong.text}»",
                             span=(wrong.start, wrong.end) if composed else None))
    return found


#: an article or a possessive between a bound and its proportion ("more than a third",
#: «plus de la moitié», «más de la mitad»)
_ARTICLE = re.compile(r"(?:\b(?:the|a|an|its|their|la|le|les|l['’]|el|los|las|una?|sa|ses"
                      r"|su|sus)\s*)$", re.IGNORECASE)


def _bound_turned(ctx: CheckContext, unit: Unit, wanted: tuple[Share, ...],
                  have: tuple[Share, ...]) -> list[Finding]:
    """The source's proportions whose bound the translation turns, the proportion kept
    ("nearly half" → «plus de la moitié», "more than a third" → «менее трети»)."""
    found: list[Finding] = []
    for share in wanted:
        side = _side(unit.source, share.start, ctx.source_lang)
        if not side:
            continue
        sides = {_side(unit.target, other.start, unit.lang) for other in have
                 if other.value == share.value}
        if sides == {-side}:
            said = bound_text(unit.source, share.start, share.end)
            found.append(finding("TP304", unit, f"«{said}» is bounded the other way in the "
                                 "translation"))
    return found


def _side(text: str, start: int, lang: str) -> int:
    before = text[max(0, start - 32):start]
    return side_before(_ARTICLE.sub("", before), lang)

