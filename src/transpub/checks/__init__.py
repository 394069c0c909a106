"""Run the registered checks over units; every check module is imported here, explicitly."""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache
from itertools import chain
from operator import attrgetter

from transpub.checks import (  # noqa: F401  (importing registers the checks)
    added,
    bounds,
    compass,
    completeness,
    consistency,
    countries,
    coverage,
    currency,
    datebounds,
    dates,
    decimals,
    directions,
    durations,
    eventorder,
    formatflags,
    honorifics,
    length,
    mandates,
    markup,
    measureunits,
    monthdays,
    numbers,
    periods,
    persons,
    places,
    portfolios,
    proportions,
    punctuation,
    release,
    salutations,
    stance,
    suppressions,
    terminology,
    timeunits,
    unnames,
    votes,
    whitespace,
)
from transpub.checks.context import CheckContext, Unit
from transpub.checks.honorifics import _honorifics
from transpub.checks.markup import _addressed
from transpub.checks.placeholders import collapsed, placeholder
from transpub.checks.registry import REGISTRY, Check, Finding, Severity, select_codes
from transpub.formatspec import NUMBERED, PRINTF
from transpub.rest import FILLER, prose_pair, restorable, restore

__all__ = ["REGISTRY", "Check", "CheckContext", "Finding", "Severity", "Unit", "run_checks",
           "select_codes", "settle_heap", "sort_findings", "translated"]

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
    unit_list = translated(units, ctx.source_lang)
    collection = [c for c in REGISTRY.values() if c.scope == "collection" and c.code in codes]
    # "workspace" checks need sources and outputs: checker.check_workspace runs them
    findings: list[Finding] = []
    ctx.document = tuple(unit_list)
    # what the unit checks derive from a document (its short forms, each unit's shortfalls)
    # holds for that document only (the checker also clears it after each file)
    ctx.near_cache.clear()
    # (one plan per selection for the process: its tables of functions are filled once)
    plan = _plan_of(frozenset(codes))
    for start in range(0, len(unit_list), BLOCK):
        findings.extend(_block(ctx, unit_list[start:start + BLOCK], plan))
    for chk in collection:
        findings.extend(chk.func(ctx, unit_list))
    return sort_findings(findings)


def translated(units: Iterable[Unit], source_lang: str) -> list[Unit]:
    """The units not in the source language (``fr`` for ``fr_CA`` alike), in order, as the
    checks see them. A file's units share one language: that of each distinct language is
    asked once, not two ``split``s a unit (the units' languages gathered in C)."""
    unit_list = list(units)
    base = source_lang.split("_")[0]
    source = {lang for lang in set(map(_LANG, unit_list)) if lang.split("_")[0] == base}
    if not source:
        return unit_list
    return [u for u in unit_list if u.lang not in source]


_LANG = attrgetter("lang")


#: How many units each family of checks goes over before the next family takes them: a
#: whole file of the benchmark, and few enough that what one family reads of another's
#: memos (the number check, the date parser's 2,048 texts) is still there. Any size gives
#: the same findings; only the CPU changes.
BLOCK = 64

# Facts of a unit, read once before its checks run (``_facts``): a check is not called on a
# unit that lacks a fact it needs to find anything. Each fact is the first test of the
# checks that need it (``_NEEDS``), so a check skipped would have returned ``()``: most units
# have no address, no markup, no format flag and are not fuzzy, and a call that finds nothing
# cost about as much as the test (tests/test_honor16_dispatch.py runs every check on every
# unit and compares).
_EMPTY = 1
"""The translation is empty or blank (only TP601 runs, see ``_ON_EMPTY``)."""
_LOOSE = 2
"""A loose plural form, or digit placeholders (see ``_NOT_ON_LOOSE``)."""
_FUZZY = 4
_SURPLUS = 8
"""A plural form beyond the header's nplurals (``Unit.surplus``)."""
_FLAGS = 16
"""The entry has ``#,`` flags (TP502 compares the formats of one of them)."""
_MARKUP = 32
"""A "<" in the source or the translation: every placeholder and tag starts with one."""
_SOURCE_ADDRESS = 64
"""The source holds "@", "＠", "﹫", "http" or "www.": one is in every address."""
_TARGET_ADDRESS = 128
"""The translation holds one of those."""
_HONORIFIC = 256
"""The source names a person with an honorific."""

#: The facts each check needs (all of them) to find anything; a check not named runs on
#: every unit ``_ON_EMPTY`` and ``_NOT_ON_LOOSE`` let it.
_NEEDS = {
    "TP601": _EMPTY,  # completeness.untranslated: ``()`` for a translated unit
    "TP602": _FUZZY,  # completeness.fuzzy
    "TP605": _SURPLUS,  # completeness.surplus_plural_form
    "TP502": _FLAGS,  # formatflags.format_placeholders: ``format_of`` of no flag is None
    "TP401": _SOURCE_ADDRESS,  # markup.address_changed: no address in the source
    "TP402": _TARGET_ADDRESS,  # markup.address_extra: none in the translation
    "TP403": _SOURCE_ADDRESS,  # markup.handle_changed: no "@" in the source
    "TP501": _MARKUP,  # markup.placeholders
    "TP105": _HONORIFIC,  # honorifics: ``()`` when the source has no honorific
    "TP106": _HONORIFIC,
}

#: One family's checks as ``run_checks`` runs them: for each combination of a unit's facts
#: (``_facts``), the functions to call on it, in registry order (made on first use).
Group = dict[int, tuple[Callable[[CheckContext, Unit], Iterable[Finding]], ...]]


class Plan:
    """The selected checks cut where the family changes (``plan_groups``), and the facts of
    a unit that any of them reads (``wanted``)."""

    def __init__(self, per_unit: Iterable[Check]) -> None:
        self.checks: list[list[Check]] = []
        family = None
        for chk in per_unit:
            if self.checks and chk.family == family:
                self.checks[-1].append(chk)
            else:
                self.checks.append([chk])
                family = chk.family
        self.groups: list[Group] = [{} for _ in self.checks]
        codes = {chk.code for group in self.checks for chk in group}
        #: a placeholder translation is told once, by TP607 (``placeholders``)
        self.placeholders = "TP607" in codes
        self.wanted = 0
        for code in codes:
            self.wanted |= _NEEDS.get(code, 0)

    def funcs(self, index: int, facts: int) -> tuple[
            Callable[[CheckContext, Unit], Iterable[Finding]], ...]:
        """The functions of group ``index`` to call on a unit with ``facts`` (memoized)."""
        funcs = self.groups[index][facts] = tuple(
            chk.func for chk in self.checks[index] if _runs(chk.code, facts))
        return funcs


def _runs(code: str, facts: int) -> bool:
    if facts & _EMPTY and code not in _ON_EMPTY:
        return False
    if facts & _LOOSE and code in _NOT_ON_LOOSE:
        return False
    needs = _NEEDS.get(code, 0)
    return facts & needs == needs


def plan_groups(per_unit: Iterable[Check]) -> Plan:
    """The checks in registry order, cut where the family changes: the checks of one family
    share what they derive from a unit (the dates' one-unit memo, the term checks' hits), so
    they run together on each unit; the families run one after the other over a block of
    units (each family's code, patterns and memos stay in the processor's caches for the
    block: 6-11 % less CPU than every check on each unit in turn, the same findings)."""
    return Plan(per_unit)


@cache
def _plan_of(codes: frozenset[str]) -> Plan:
    """``plan_groups`` of the per-unit checks of ``codes``."""
    return plan_groups(c for c in REGISTRY.values() if c.scope == "unit" and c.code in codes)


def _facts(ctx: CheckContext, unit: Unit, plan: Plan) -> int:
    """The facts (``_EMPTY``…) of ``unit``; those read in its texts only when a check of the
    plan needs them (the honorifics' scan of the source is memoized: TP105 and TP106 read it
    there)."""
    source, target, flags = unit.source, unit.target, unit.flags
    facts = 0 if target.strip() else _EMPTY
    if flags:
        facts |= _FLAGS
    if unit.loose or (flags and _numbered(unit)):
        facts |= _LOOSE
    if unit.fuzzy:
        facts |= _FUZZY
    if unit.surplus:
        facts |= _SURPLUS
    wanted = plan.wanted
    # (a reST unit's markup is TP501's too: its roles, literals, links, "::")
    if wanted & _MARKUP and ("<" in source or "<" in target or unit.rest):
        facts |= _MARKUP
    if wanted & _SOURCE_ADDRESS and _addressed(source):
        facts |= _SOURCE_ADDRESS
    if wanted & _TARGET_ADDRESS and _addressed(target):
        facts |= _TARGET_ADDRESS
    # (not for an empty translation, which TP105/TP106 never see)
    if wanted & _HONORIFIC and not facts & _EMPTY and _honorifics[source, ctx.source_lang]:
        facts |= _HONORIFIC
    return facts


def _block(ctx: CheckContext, units: list[Unit], plan: Plan) -> list[Finding]:
    """The findings of ``units``, in the order checking each unit with every check in turn
    gives them (unit by unit, check by check: the stable sort then breaks ties the same)."""
    found: list[list[Finding]] = [[] for _ in units]
    facts = [_facts(ctx, u, plan) for u in units]
    if any(map(_REST, units)):  # (Sphinx's catalogues only: ``_prose_block``)
        _prose_block(ctx, units, facts, found, plan)
    else:
        for index, group in enumerate(plan.groups):
            for unit, known, out in zip(units, facts, found, strict=True):
                funcs = group.get(known)
                if funcs is None:
                    funcs = plan.funcs(index, known)
                for func in funcs:
                    out.extend(func(ctx, unit))
    if plan.placeholders:
        for at, (unit, known) in enumerate(zip(units, facts, strict=True)):
            if not known & _EMPTY and (token := placeholder(unit.source, unit.target)):
                found[at] = collapsed(unit, token, found[at])
    return list(chain.from_iterable(found))


_REST = attrgetter("rest")
#: The checks that read a reST unit as written: its markup, addresses and format directives
#: (TP401-404, TP501-503) and whether it is translated, fuzzy, garbled (TP601, TP602, TP605,
#: TP606, TP609); every other check reads its prose (``rest.prose``: code and targets
#: blanked), so that a date, a number or a decimal point inside code, a literal copied or
#: the "::" marker is not read as the translator's text (t66/hG)
_AS_WRITTEN = frozenset({"TP401", "TP402", "TP403", "TP404", "TP501", "TP502", "TP503",
                         "TP601", "TP602", "TP605", "TP606", "TP609"})


@cache
def _written_funcs() -> frozenset[Callable[..., Iterable[Finding]]]:
    return frozenset(REGISTRY[code].func for code in _AS_WRITTEN if code in REGISTRY)


def _prose_block(ctx: CheckContext, units: list[Unit], facts: list[int],
                 found: list[list[Finding]], plan: Plan) -> None:
    """``_block``'s loop for units of which some are reStructuredText: each check on the
    unit as written or on its prose (``_AS_WRITTEN``), the findings of the prose told on
    the text as written (same length: their spans hold)."""
    views = [_prose_of(unit) for unit in units]
    written = _written_funcs()
    for index, group in enumerate(plan.groups):
        for unit, view, known, out in zip(units, views, facts, found, strict=True):
            funcs = group.get(known)
            if funcs is None:
                funcs = plan.funcs(index, known)
            for func in funcs:
                if view is unit or func in written:
                    out.extend(func(ctx, unit))
                else:
                    out.extend(_told_as_written(f, unit, view) for f in func(ctx, view))


def _prose_of(unit: Unit) -> Unit:
    if not unit.rest:
        return unit
    source, target = prose_pair(unit.source, unit.target, unit.block)
    if source is unit.source and target is unit.target:
        return unit
    return replace(unit, source=source, target=target)


def _told_as_written(item: Finding, unit: Unit, view: Unit) -> Finding:
    """A finding made on ``view``, the prose of ``unit``, about ``unit`` as written: its
    expected text and message with the code blanked in them written back."""
    message = item.message
    if FILLER in message:
        texts = (view.target, unit.target) if restorable(message, view.target) else (
            view.source, unit.source)
        message = restore(message, *texts)
    return replace(item, source=unit.source, target=unit.target, message=message,
                   expected=restore(item.expected, view.target, unit.target))


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
    """``%1``, ``{0}``, ``%1$s``: placeholders made of digits, which the number checks would
    read."""
    return bool(unit.flags) and any(
        flag in NUMBERED or (flag in PRINTF and (
            _POSITIONAL_RE.search(unit.source) or _POSITIONAL_RE.search(unit.target)))
        for flag in unit.flags)


#: a printf directive that numbers its argument ("%1$s", "%2$d")
_POSITIONAL_RE = re.compile(r"%[1-9]\d*\$")


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.file, f.lang, f.line, f.unit, f.code, f.message))
