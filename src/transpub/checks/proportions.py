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


#: a per-mille figure in a translation («45 ‰», «45 pour mille», «45 por mil», «45 промилле»,
#: «45 في الألف»)
_PER_MILLE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:‰|pour\s*mille\b|por\s*mil\b|промилле"
                        r"|في\s+الألف|في\s+الالف)", re.IGNORECASE)
_PER_MILLE_ANY = re.compile("‰|pour mille|por mil|промилле|الألف|الالف")
#: the same figure as a percentage in a translation («45 %», «45 por ciento», «45 процентов»,
#: «45 في المائة», «百分之45»)
_PERCENT_SAID = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:%|％|pour\s*cent|por\s*ciento|процент"
                           r"|في\s+المائة|في\s+المئة)", re.IGNORECASE)


def per_mille(source: str, target: str) -> list[tuple[float, tuple[int, int]]]:
    """The source's percentages the translation gives per mille instead, with the figure's
    place ("45 per cent" → «45 ‰»: ten times smaller, the digits the same, which the number
    checks pass); not where the translation gives that figure as a percentage too."""
    wanted = _percentages(source)  # (a source's, memoised: most have none)
    if not wanted or _PER_MILLE_ANY.search(target) is None:
        return []
    said = {round(float(m.group(1).replace(",", ".")), 6) for m in _PERCENT_SAID.finditer(target)}
    return [(value, m.span(1)) for m in _PER_MILLE.finditer(target)
            if (value := round(float(m.group(1).replace(",", ".")), 6)) in wanted
            and value not in said]
