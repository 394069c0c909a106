"""A period of the year stays the same (TP205): "the second half of 2022" is not «le premier
semestre de 2022», "in the first quarter" not «au troisième trimestre», "by mid-2023" not
«d'ici à la fin de 2023». The date checks compare dates written with a month's name; a half,
a quarter or a part of a year has none (``transpub.periods`` reads them).

Only a translation that names a period of the same kind that is not the source's is
reported: one that writes the months instead ("from July to December 2022", which the date
checks then pair) or says it another way is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.periods import PART, Period, periods_in


@check("TP205", "period-changed", Severity.WARNING, "periods")
def period_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A half, quarter or part of a year the source names became another in the translation
    ("the second half of 2022" → «le premier semestre de 2022»)."""
    wanted = periods_in(unit.source, ctx.source_lang)
    if not wanted:
        return ()
    have = list(periods_in(unit.target, unit.lang))
    if not have:
        return ()
    found: list[Finding] = []
    unmatched: list[Period] = []
    for period in wanted:
        same = next((p for p in have if p.same(period)), None)
        if same is not None:
            have.remove(same)
        else:
            unmatched.append(period)
    for period in unmatched:
        other = next((p for p in have if p.kind == period.kind), None)
        if other is None:
            continue
        have.remove(other)
        what = "part of the year" if period.kind == PART else "period"
        found.append(finding("TP205", unit, f"the {what} «{period.text}» became «{other.text}»",
                             span=(other.start, other.end)))
    return found
