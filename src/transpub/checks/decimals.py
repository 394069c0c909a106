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
from transpub.memo import memo
from transpub.numfind import decimal_mark
from transpub.versions import version_at, version_compared

#: the languages that write a decimal comma (UN-STYLE.md; Arabic writes both)
_COMMA = frozenset({"fr", "es", "ru"})
#: a point between digits: what a unit must hold to be read at all
_DIGIT_POINT = re.compile(r"\d\.\d")
#: a number with one point, not part of a longer one (a date, an address, a symbol); its
#: look-behind taken after the first digit (a pattern that starts with a digit is scanned
#: for at C speed)
_POINTED = re.compile(r"(\d(?<![\w.,/-]\d)\d*)\.(\d+)(?![\w/]|[.,]\d)")
#: a scale word after a number, or a factor ("2.5 million", "1.5 times", "2.5-fold")
_SCALE_AFTER = re.compile(r"[\s-]*(?:thousand|million|billion|trillion|times|fold)\b",
                          re.IGNORECASE)
#: a comparison just before a number ("ICC=0.842", "P < 0.001", "± 0.5")
_COMPARED = re.compile(r"[=<>≤≥±]\s*$")
#: a tag just before a number, whose ">" is no "greater than" («<a href="…">5.0 <q>Lenny</q>»,
#: a placeholder «<b1>»); bounded, as a tag's attributes are
_TAG_BEFORE = re.compile(r"<[/\w][^<>]{0,300}>\s*$")
#: closing tags right after a number (HTML's, a placeholder's: «</b1>»)
_TAGS_AFTER = re.compile(r"(?:</[a-z]{1,10}\d{0,4}>){1,8}")


@memo()
def _quantities(source: str, source_lang: str) -> frozenset[str]:
    """The source's decimals written with a point that are quantities, as written (once for
    its five translations; most sources have none)."""
    if not source_lang.startswith("en") or _DIGIT_POINT.search(source) is None:
        return frozenset()
    # (a version, "Debian 5.0", "version 2.1", is no quantity: it keeps its point)
    return frozenset(m.group() for m in _POINTED.finditer(source)
                     if not version_at(source, m.start()) and (
                         unit_after(source, end := _after_tags(source, m.end())) is not None
                         or (_SCALE_AFTER.match(source, end) and not _grouped(m.group(2)))
                         or _compared(source, m.start())))


def _after_tags(source: str, end: int) -> int:
    """Where the text goes on after the tags closing right after a number ("<b>16.3</b> per
    cent": the unit is the number's)."""
    closing = _TAGS_AFTER.match(source, end)
    return closing.end() if closing is not None else end


def _compared(source: str, start: int) -> bool:
    """Does a comparison stand just before the number at ``start`` (not a tag's end, nor a
    version's requirement: "SpatiaLite < 4.0", ">=3.11", ``versions.version_compared``)?"""
    if _COMPARED.search(source, max(0, start - 3), start) is None:
        return False
    if version_compared(source, start):
        return False
    return _TAG_BEFORE.search(source, max(0, start - 310), start) is None


def _grouped(part: str) -> bool:
    """Three digits ending in a zero after the point, then a scale word: "5.000 million yen",
    "2.600 million pesos" group thousands (an English source translated from Spanish wrote
    them so), as no decimal of a scale is written to three places with a zero at its end;
    «5,000 milliards» suggested for them was a thousandfold change."""
    return len(part) == 3 and part.endswith("0")



@check("TP316", "decimal-sign", Severity.WARNING, "numbers")
def decimal_sign(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A decimal copied from the English source with its point into a translation whose
    language writes a comma ("0.842" → «0.842» in Spanish, where «0,842» is meant)."""
    lang = unit.numbers or unit.lang
    if lang[:2] not in _COMMA:
        return ()  # (Arabic writes both signs)
    quantities = _quantities[unit.source, ctx.source_lang]  # (most: none, known once)
    if not quantities or _DIGIT_POINT.search(unit.target) is None or decimal_mark(lang) != ",":
        return ()  # (es_MX writes a point)
    found = []
    for match in _POINTED.finditer(unit.target):
        if match.group() not in quantities:
            continue
        whole, part = match.groups()
        # (an English "1.842" is always a decimal: copied so, it reads 1842 in Spanish)
        found.append(finding("TP316", unit, f"decimal «{match.group()}» is written with a point: "
                             f"{unit.lang} writes a comma («{whole},{part}»)",
                             expected=f"{whole},{part}", span=match.span()))
    return found
