"""A decimal keeps the translation's decimal sign (TP316): "0.842" is «0,842» in French,
Spanish and Russian, which write a comma (UN-STYLE.md, "Numbers"). A number copied from the
English source with its point is the same value — the number check finds nothing — but not
the language's way of writing it, which the linguists who annotated the WMT21 biomedical
translations marked (Locale conventions, number format: "ICC=0.842" kept in Spanish).

Only a quantity the source writes the same way is read: a decimal with a per cent, a unit of
measure or a scale word after it, or after "=", "<", "±" ("16.3 per cent", "1.45 °C", "2.5
million", "ICC=0.842", "P < 0.001"). Numbers with points that are no quantities keep them in
every language, and the UN corpus is full of them: paragraphs ("paras. 140.2 and 144.1"),
articles ("articles 2.1 and 2.3"), laws ("Law 26.659"), outline numbers ("2.1 Increased
efficiency"); a first version that read every copied decimal flagged them all. An
English "1.842" copied so is read too: a decimal there, it groups thousands in Spanish.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.measureunits import unit_after
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.numfind import ascii_digit, decimal_mark

#: the languages that write a decimal comma (UN-STYLE.md; Arabic writes both)
_COMMA = frozenset({"fr", "es", "ru"})
#: a number with one point, not part of a longer one (a date, an address, a symbol); its
#: look-behind taken after the first digit (a pattern that starts with a digit is scanned
#: for at C speed)
_POINTED = re.compile(r"(\d(?<![\w.,/-]\d)\d*)\.(\d+)(?![\w/]|[.,]\d)")
#: a scale word after a number, or a factor ("2.5 million", "1.5 times", "2.5-fold")
_SCALE_AFTER = re.compile(r"[\s-]*(?:thousand|million|billion|trillion|times|fold)\b",
                          re.IGNORECASE)
#: a comparison just before a number ("ICC=0.842", "P < 0.001", "± 0.5")
_COMPARED = re.compile(r"[=<>≤≥±]\s*$")


@check("TP316", "decimal-sign", Severity.WARNING, "numbers")
def decimal_sign(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A decimal copied from the English source with its point into a translation whose
    language writes a comma ("0.842" → «0.842» in Spanish, where «0,842» is meant)."""
    if "." not in unit.target or not ascii_digit(unit.target) \
            or not ctx.source_lang.startswith("en"):
        return ()  # (most units: tests in C)
    lang = unit.numbers or unit.lang
    if lang.split("_")[0] not in _COMMA or decimal_mark(lang) != ",":
        return ()  # (Arabic writes both; a region may write a point: es_MX)
    found = []
    for match in _POINTED.finditer(unit.target):
        whole, part = match.groups()
        # (an English "1.842" is always a decimal: copied so, it reads 1842 in Spanish)
        copied = re.search(rf"(?<![\w.,/-]){re.escape(match.group())}(?![\w/]|[.,]\d)",
                           unit.source)
        if copied is None or not (
                unit_after(unit.source, copied.end()) is not None
                or _SCALE_AFTER.match(unit.source, copied.end())
                or _COMPARED.search(unit.source, max(0, copied.start() - 3), copied.start())):
            continue
        found.append(finding("TP316", unit, f"decimal «{match.group()}» is written with a point: "
                             f"{unit.lang} writes a comma («{whole},{part}»)",
                             expected=f"{whole},{part}", span=match.span()))
    return found
