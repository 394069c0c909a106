"""Run the registered checks over units; every check module is imported here, explicitly."""

from __future__ import annotations

import gc
from collections.abc import Iterable

from transpub.checks import (  # noqa: F401  (importing registers the checks)
    completeness,
    consistency,
    coverage,
    dates,
    formatflags,
    honorifics,
    markup,
    numbers,
    release,
    suppressions,
    terminology,
)
from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import REGISTRY, Check, Finding, Severity, select_codes
from transpub.formatspec import NUMBERED

__all__ = ["REGISTRY", "Check", "CheckContext", "Finding", "Severity", "Unit", "run_checks",
           "select_codes", "settle_heap", "sort_findings"]

#: Checks that still make sense on an empty translation.
_ON_EMPTY = frozenset({"TP601"})
#: Checks that a plural form used for few numbers may fail by design ("one comment" for
#: "1 comment"), and that digit placeholders (``%1``, ``{0}``) would trip: the format check
#: (TP502) compares those.
_NOT_ON_LOOSE = frozenset({"TP301", "TP302", "TP501"})


def run_checks(ctx: CheckContext, units: Iterable[Unit], codes: set[str]) -> list[Finding]:
    """Every selected check over every unit, then the collection checks; sorted for reports."""
    if not ctx.settled:
        settle_heap()
        ctx.settled = True
    unit_list = [u for u in units if u.lang.split("_")[0] != ctx.source_lang.split("_")[0]]
    per_unit = [c for c in REGISTRY.values() if c.scope == "unit" and c.code in codes]
    collection = [c for c in REGISTRY.values() if c.scope == "collection" and c.code in codes]
    # "workspace" checks need sources and outputs: checker.check_workspace runs them
    findings: list[Finding] = []
    ctx.document = tuple(unit_list)
    # what decides whether a check runs on a unit, looked up once per run, not per unit
    plan = [(chk.func, chk.code in _ON_EMPTY, chk.code in _NOT_ON_LOOSE) for chk in per_unit]
    on_empty = [entry for entry in plan if entry[1]]
    for unit in unit_list:
        loose = unit.loose or _numbered(unit)
        for func, _, not_on_loose in (plan if unit.target.strip() else on_empty):
            if not_on_loose and loose:
                continue
            findings.extend(func(ctx, unit))
    for chk in collection:
        findings.extend(chk.func(ctx, unit_list))
    return sort_findings(findings)


def settle_heap() -> None:
    """Exempt what the process holds before its first check (modules, CLDR data, the
    termbase, the matchers' indexes, the run's plan) from the cyclic garbage collector for
    good: every full collection the checks' allocations set off walked all of it again, 7-9 %
    of a check's CPU. Garbage is collected first, so nothing dead is kept; what is frozen is
    still freed when nothing refers to it (only a cycle of it made garbage later stays)."""
    gc.collect()
    gc.freeze()


def _numbered(unit: Unit) -> bool:
    """``%1``, ``{0}``: placeholders made of digits, which the number checks would read."""
    return bool(unit.flags) and any(flag in NUMBERED for flag in unit.flags)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.file, f.lang, f.line, f.unit, f.code, f.message))
