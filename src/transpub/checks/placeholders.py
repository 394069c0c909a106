"""A placeholder left where a translation should be: one finding for the unit (TP607, an
error), not one for each number, date and name of the source it lacks.

PAWS-X's published Spanish, French and Chinese hold «NS» for 39 translations; each gave 3.5
findings, TP301 and TP201 "missing", TP607, TP603 (t65/hC). A team's files hold «TODO», «TBD»,
«-», «?», «xxx» alike. What marks one: a single token of at most five characters, no digit,
that is punctuation alone («-», «?», «...», «—»), one letter repeated («xxx», «XX»), at most
two capitals («NS», «NT»: no word of a language so written translates a sentence), or a word
teams write for "to be done" in capitals or lower case («TODO», «TBD», «TBC», «TBA», «FIXME»,
«N/A», «WIP»; not «Todo», Spanish "all"); where the source has three words or more and not the
token itself («NS» for "NS Railways …" keeps a name). A short real translation («ONU», «PNUD»,
«Oui», «首轮») is none: it keeps every finding.

The unit's other findings of its meaning (names, dates, numbers, links, markup, length, script)
are withheld, and the placeholder's finding names their codes; what concerns the entry as a file
holds it (format directives, whitespace, fuzzy, plural forms, conflict markers, garbling) is
kept. ``--ignore TP607`` gives the findings back one by one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from transpub.checks.context import Unit
from transpub.checks.registry import Finding, Severity, finding
from transpub.unfilled import LONGEST, placeholder

__all__ = ["KEPT", "LONGEST", "collapsed", "placeholder"]

#: the findings a placeholder keeps beside its own: the entry's form, not its meaning
KEPT = frozenset({"TP502", "TP503", "TP601", "TP602", "TP605", "TP606", "TP609"})


def collapsed(unit: Unit, token: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` (the findings of ``unit``, whose translation is the placeholder ``token``)
    with those of its meaning withheld and one TP607 error naming them in their place."""
    kept = [f for f in found if f.code in KEPT]
    withheld = Counter(f.code for f in found if f.code not in KEPT)
    told = ", ".join(code if count == 1 else f"{code} ×{count}"
                     for code, count in sorted(withheld.items()))
    message = f"the translation «{token}» is a placeholder, not a translation of the source"
    if told:
        message += f" (its {withheld.total()} other findings withheld: {told})"
    return [*kept, finding("TP607", unit, message, severity=Severity.ERROR)]
