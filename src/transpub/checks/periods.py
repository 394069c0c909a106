"""A period of the year stays the same (TP205): "the second half of 2022" is not «le premier
semestre de 2022», "in the first quarter" not «au troisième trimestre», "by mid-2023" not
«d'ici à la fin de 2023». The date checks compare dates written with a month's name; a half,
a quarter or a part of a year has none (``transpub.periods`` reads them).

Only a translation that names a period of the same kind that is not the source's is
reported: one that writes the months instead ("from July to December 2022", which the date
checks then pair) or says it another way is left alone.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.periods import PART, Period, periods_in
from transpub.sentalign import same_sentence_at


@check("TP205", "period-changed", Severity.WARNING, "periods")
def period_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A half, quarter or part of a year the source names became another in the translation
    ("the second half of 2022" → «le premier semestre de 2022»)."""
    wanted = periods_in(unit.source, ctx.source_lang)
    if not wanted:
        return ()
    have = periods_in(unit.target, unit.lang)
    if not have:
        return ()
    found: list[Finding] = []
    for period, other in changed(wanted, have):
        if not same_sentence_at(unit.source, ctx.source_lang, period.start, unit.target,
                                unit.lang, other.start):
            continue  # (in a unit of several sentences, another sentence's period)
        what = "part of the year" if period.kind == PART else "period"
        found.append(finding("TP205", unit, f"the {what} «{period.text}» became «{other.text}»",
                             span=(other.start, other.end)))
    return found


def changed(wanted: Sequence[Period], have: Sequence[Period]) -> list[tuple[Period, Period]]:
    """The source's periods (``wanted``) the translation's (``have``) do not say, each with
    the translation's period of its kind left in its place: each source period takes the first
    translation period left that is the same (``Period.same``), then each one left unmatched
    the first left of its kind, in text order."""
    # (the translation's periods indexed by what they are, then by year, each deque in text
    # order: a unit of thousands of periods that all differ was quadratic, each period of the
    # source scanning every one of the translation's)
    taken = [False] * len(have)
    by_key: dict[tuple[str, int, int], dict[int | None, deque[int]]] = {}
    by_kind: dict[str, deque[int]] = {}
    for index, p in enumerate(have):
        by_key.setdefault((p.kind, p.first, p.last), {}).setdefault(p.year, deque()).append(index)
        by_kind.setdefault(p.kind, deque()).append(index)

    def first(queue: deque[int] | None) -> int | None:
        while queue and taken[queue[0]]:
            queue.popleft()
        return queue[0] if queue else None

    unmatched: list[Period] = []
    for period in wanted:
        # (a year left out matches any year)
        years = by_key.get((period.kind, period.first, period.last), {})
        queues = years.values() if period.year is None else (years.get(period.year),
                                                                years.get(None))
        heads = [head for queue in queues if (head := first(queue)) is not None]
        if heads:
            taken[min(heads)] = True
        else:
            unmatched.append(period)
    out: list[tuple[Period, Period]] = []
    for period in unmatched:
        left = first(by_kind.get(period.kind))
        if left is not None:
            taken[left] = True
            out.append((period, have[left]))
    return out
