"""Run the registered checks over units; every check module is imported here, explicitly."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from itertools import chain

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
    # what the unit checks derive from a document (its short forms, each unit's shortfalls)
    # holds for that document only (the checker also clears it after each file)
    ctx.near_cache.clear()
    groups = plan_groups(per_unit)
    for start in range(0, len(unit_list), BLOCK):
        findings.extend(_block(ctx, unit_list[start:start + BLOCK], groups))
    for chk in collection:
        findings.extend(chk.func(ctx, unit_list))
    return sort_findings(findings)


#: How many units each family of checks goes over before the next family takes them: a
#: whole file of the benchmark, and few enough that what one family reads of another's
#: memos (the number check, the date parser's 2,048 texts) is still there. Any size gives
#: the same findings; only the CPU changes.
BLOCK = 64

#: One family's checks as ``run_checks`` runs them: (function, runs on an empty translation,
#: skipped on a loose or numbered unit).
Group = list[tuple[Callable[[CheckContext, Unit], Iterable[Finding]], bool, bool]]


def plan_groups(per_unit: Iterable[Check]) -> list[Group]:
    """The checks in registry order, cut where the family changes: the checks of one family
    share what they derive from a unit (the dates' one-unit memo, the term checks' hits), so
    they run together on each unit; the families run one after the other over a block of
    units (each family's code, patterns and memos stay in the processor's caches for the
    block: 6-11 % less CPU than every check on each unit in turn, the same findings)."""
    groups: list[Group] = []
    family = None
    for chk in per_unit:
        entry = (chk.func, chk.code in _ON_EMPTY, chk.code in _NOT_ON_LOOSE)
        if groups and chk.family == family:
            groups[-1].append(entry)
        else:
            groups.append([entry])
            family = chk.family
    return groups


def _block(ctx: CheckContext, units: list[Unit], groups: list[Group]) -> list[Finding]:
    """The findings of ``units``, in the order checking each unit with every check in turn
    gives them (unit by unit, check by check: the stable sort then breaks ties the same)."""
    found: list[list[Finding]] = [[] for _ in units]
    state = [(bool(u.target.strip()), u.loose or _numbered(u)) for u in units]
    for group in groups:
        for unit, (full, loose), out in zip(units, state, found, strict=True):
            for func, on_empty, not_on_loose in group:
                if (full or on_empty) and not (not_on_loose and loose):
                    out.extend(func(ctx, unit))
    return list(chain.from_iterable(found))


def settle_heap() -> None:
    """Exempt what the process holds before its first check (modules, CLDR data, the
    termbase, the matchers' indexes, the run's plan) from the cyclic garbage collector for
    good: every full collection the checks' allocations set off walked all of it again, 7-9 %
    of a check's CPU. Garbage is collected first, so nothing dead is kept; what is frozen is
    still freed when nothing refers to it (only a cycle of it made garbage later stays).

    From then on the collector runs every ``GC_THRESHOLD`` net allocations instead of every
    700, as an extract's does (``workspace.GC_THRESHOLD``): a process that checks makes no
    reference cycles (tests/test_checkunit12_gc.py), but the memos filling and each file's
    units and summary set off a young collection every few hundred allocations and an older
    one every tenth (3-4 % of a check's CPU at N = 100 and N = 1000, ``gc.callbacks``)."""
    gc.collect()
    gc.freeze()
    threshold = gc.get_threshold()
    if threshold[0] < GC_THRESHOLD:  # (never lower than a caller set it)
        gc.set_threshold(GC_THRESHOLD, *threshold[1:])


#: The cyclic garbage collector's first threshold once a process checks (Python's: 700).
GC_THRESHOLD = 100_000


def _numbered(unit: Unit) -> bool:
    """``%1``, ``{0}``: placeholders made of digits, which the number checks would read."""
    return bool(unit.flags) and any(flag in NUMBERED for flag in unit.flags)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.file, f.lang, f.line, f.unit, f.code, f.message))
