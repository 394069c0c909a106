"""A decimal keeps the translation's decimal sign (TP316): "0.842" is «0,842» in French,
Spanish and Russian, which write a comma (UN-STYLE.md, "Numbers"). A number copied from the
English source with its point is the same value — the number check finds nothing — but not
the language's way of writing it, which the linguists who annotated the WMT21 biomedical
translations marked (Locale conventions, number format: "ICC=0.842" kept in Spanish).

Only a decimal the source writes the same way is read (a copied number, not a version, a
time or a section of the translation's own), and not one after a word that numbers parts
("section 3.2", "paragraph 4.1", "version 2.5": such numbers keep their points in every
language). An English "1.842" copied so is read too: a decimal there, it groups thousands in
Spanish.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.numfind import ascii_digit, decimal_mark

#: a number with one point, not part of a longer one (a date, an address, a symbol); its
#: look-behind taken after the first digit (a pattern that starts with a digit is scanned
#: for at C speed)
_POINTED = re.compile(r"(\d(?<![\w.,/-]\d)\d*)\.(\d+)(?![\w/]|[.,]\d)")
#: a word that numbers parts, just before the number in the source
_NUMBERING = re.compile(
    r"(?:sections?|paragraphs?|paras?\.?|articles?|chapters?|annex(?:es)?|items?|rules?"
    r"|tables?|figures?|figs?\.|versions?|v|steps?|goals?|targets?|indicators?|SDGs?"
    r"|standards?|ISO|pages?|pp?\.|level|phase|release|no\.)\s*$", re.IGNORECASE)
#: a time after the number in the source ("at 3.30 p.m.", "10.30 hours")
_TIME_AFTER = re.compile(r"\s*(?:a\.?\s?m\b|p\.?\s?m\b|h(?:ours|rs)?\b)", re.IGNORECASE)


@check("TP316", "decimal-sign", Severity.WARNING, "numbers")
def decimal_sign(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A decimal copied from the English source with its point into a translation whose
    language writes a comma ("0.842" → «0.842» in Spanish, where «0,842» is meant)."""
    if "." not in unit.target or not ascii_digit(unit.target) \
            or not ctx.source_lang.startswith("en"):
        return ()  # (most units: tests in C)
    lang = unit.numbers or unit.lang
    if decimal_mark(lang) != ",":
        return ()
    found = []
    for match in _POINTED.finditer(unit.target):
        whole, part = match.groups()
        # (an English "1.842" is always a decimal: copied so, it reads 1842 in Spanish)
        copied = re.search(rf"(?<![\w.,/-]){re.escape(match.group())}(?![\w/]|[.,]\d)",
                           unit.source)
        if copied is None or _NUMBERING.search(unit.source, 0, copied.start()) \
                or _TIME_AFTER.match(unit.source, copied.end()):
            continue
        found.append(finding("TP316", unit, f"decimal «{match.group()}» is written with a point: "
                             f"{unit.lang} writes a comma («{whole},{part}»)",
                             expected=f"{whole},{part}", span=match.span()))
    return found
