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

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.memo import memo
from transpub.proportions import shares_in

#: a percentage written with digits ("20 per cent", "45%", "33.3 percent")
_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)


@memo(spread=False)
def _percentages(source: str) -> frozenset[float]:
    return frozenset(round(float(m.group(1).replace(",", ".")), 6)
                     for m in _PERCENT.finditer(source))


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
    said = {s.value for s in wanted} | _percentages(unit.source)
    other = [s for s in have if s.value not in said]
    if not other:
        return ()
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
