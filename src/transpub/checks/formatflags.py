"""Format placeholders of PO files from other projects (TP502), compared as msgfmt compares them:
``%(name)s``, ``%s``/``%d``, ``{name}``, ``%1$s``… per the entry's ``#,`` format flag."""

from __future__ import annotations

from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.formatspec import compare, format_of


@check("TP502", "format-placeholders", Severity.ERROR, "markup")
def format_placeholders(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """Format placeholders (per the c-format, python-format… flag) dropped, added or retyped."""
    kind = format_of(unit.flags) if unit.flags else None  # (most entries have no flag)
    if kind is None:
        return ()  # a tuple, not a generator (see checks/completeness.py)
    source = unit.plural_source if unit.plural_source is not None else unit.source
    problems = compare(kind, source, unit.target, may_omit=unit.loose)
    if problems:
        return (finding("TP502", unit, f"{kind} placeholders differ: " + "; ".join(problems)),)
    return ()
