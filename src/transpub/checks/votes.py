"""A vote keeps its count (TP309): "adopted by a recorded vote of 120 in favour to 9 against,
with 30 abstentions" is not «par 9 voix pour, 120 voix contre et 30 abstentions». The number
checks find every figure of the vote in the translation, in whatever role: swapped, they said
nothing (session 44's round: ten votes of ten changed so went unseen).

Each side's votes are read by role — in favour, against, abstaining — in the forms the UN's
meetings coverage writes them in the six languages: "120 in favour to 9 against, with 30
abstentions", «par 120 voix pour, 9 voix contre et 30 abstentions», «por 120 votos a favor,
9 en contra y 30 abstenciones», «120 голосами против 9 при 30 воздержавшихся», «以120票赞成、
9票反对、30票弃权», «بأغلبية 120 صوتا مقابل 9 أصوات وامتناع 30 عضوا عن التصويت». A role said
once on both sides with another count is reported; a unit holding several votes, or a role
one side does not say, is left to the number checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.memo import memo
from transpub.periods import _DIGITS  # (Arabic-Indic, Persian and full-width digits)

FOR, AGAINST, ABSTAIN = "in favour", "against", "abstaining"
_N = r"(\d{1,3})"
#: Per language: (pattern, the roles of its groups, in order)
_RAW: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "en": ((rf"\b{_N}\s+(?:votes?\s+)?in\s+favou?r\b", (FOR,)),
           (rf"\b(?:to\s+)?{_N}\s+(?:votes?\s+)?against\b", (AGAINST,)),
           (r"\b(none|no|zero)\s+(?:votes?\s+)?against\b", (AGAINST,)),
           (rf"\b{_N}\s+(?:abstentions?|members?\s+abstaining|abstaining)\b", (ABSTAIN,)),
           (r"\b(no|zero)\s+abstentions\b", (ABSTAIN,))),
    "fr": ((rf"(?<!\w){_N}\s+voix\s+contre\s+{_N}(?!\s*voix\s+pour)", (FOR, AGAINST)),
           (rf"(?<!\w){_N}\s+voix\s+pour", (FOR,)),
           (rf"(?<!\w){_N}\s+(?:voix\s+)?contre(?!\s+\d)", (AGAINST,)),
           (r"(?<!\w)(aucune|zéro)\s+(?:voix\s+)?contre", (AGAINST,)),
           (rf"(?<!\w){_N}\s+abstentions?", (ABSTAIN,))),
    "es": ((rf"(?<!\w){_N}\s+votos?\s+a\s+favor", (FOR,)),
           (rf"(?<!\w){_N}\s+(?:votos?\s+)?en\s+contra", (AGAINST,)),
           (r"(?<!\w)(ninguno|ningún|cero)\s+(?:votos?\s+)?en\s+contra", (AGAINST,)),
           (rf"(?<!\w){_N}\s+abstenci(?:ón|ones)", (ABSTAIN,))),
    # («120 голосами против 9»: the instrumental counts those in favour, also before a
    # number in words, «против пяти»; «при 9 голосах против»: those against)
    "ru": ((rf"(?<!\w){_N}\s+голос\w*\s+против\s+{_N}", (FOR, AGAINST)),
           (rf"(?<!\w){_N}\s+голосами\s+против(?!\w)", (FOR,)),
           (rf"(?<!\w){_N}\s+голос\w*\s+[«\"„<]*за(?!\w)", (FOR,)),
           (rf"(?<!\w){_N}\s+(?:голосах?\s+|голос\s+)?[«\"„<]*против(?!\w)(?!\s+\d)",
            (AGAINST,)),
           (rf"(?<!\w){_N}\s+воздерж\w*", (ABSTAIN,))),
    "zh": ((rf"{_N}\s*票赞成", (FOR,)), (rf"{_N}\s*票反对", (AGAINST,)),
           (rf"{_N}\s*票弃权", (ABSTAIN,))),
    "ar": ((rf"بأغلبية\s+{_N}\s+\S+\s+مقابل\s+{_N}", (FOR, AGAINST)),
           (rf"(?:بتأييد|تأييد)\s+{_N}", (FOR,)),
           (rf"(?:ومعارضة|معارضة)\s+{_N}", (AGAINST,)),
           (rf"(?:وامتناع|امتناع)\s+{_N}", (ABSTAIN,))),
}
_ZERO = frozenset({"none", "no", "zero", "aucune", "zéro", "ninguno", "ningún", "cero"})
#: what a unit holding a vote holds (a test in C first)
_ANY = {"en": re.compile(r"in\s+favou?r", re.IGNORECASE),
        "fr": re.compile(r"voix", re.IGNORECASE), "es": re.compile(r"a\s+favor|en\s+contra"),
        "ru": re.compile(r"голос", re.IGNORECASE), "zh": re.compile("票"),
        "ar": re.compile("مقابل|تأييد|امتناع")}


@memo(8, spread=False)
def _patterns(base: str) -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    return tuple((re.compile(raw, re.IGNORECASE), roles) for raw, roles in _RAW.get(base, ()))


@memo()
def _votes(text: str, base: str) -> dict[str, int] | None:
    """The counts ``text`` gives each role of a vote, or None: no vote, or a role said twice
    with two counts (several votes)."""
    test = _ANY.get(base)
    if test is None or not test.search(text):
        return None
    text = text.translate(_DIGITS)
    found: dict[str, int] = {}
    taken: list[tuple[int, int]] = []
    for pattern, roles in _patterns(base):
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue  # (a pair read first: «120 voix contre 9»)
            taken.append(match.span())
            for role, raw in zip(roles, match.groups(), strict=True):
                count = 0 if raw.lower() in _ZERO else int(raw)
                if found.setdefault(role, count) != count:
                    return None
    return found or None


@check("TP309", "vote-changed", Severity.WARNING, "numbers")
def vote_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The count of a vote's role (in favour, against, abstaining) changed ("120 in favour to
    9 against" → «9 voix pour, 120 voix contre»)."""
    source = _votes[unit.source, ctx.source_lang.split("_")[0].split("-")[0]]
    if not source:
        return ()
    target = _votes[unit.target, unit.lang.split("_")[0].split("-")[0]]
    if not target:
        return ()
    changed = [role for role in (FOR, AGAINST, ABSTAIN)
               if role in source and role in target and source[role] != target[role]]
    if not changed:
        return ()
    said = ", ".join(f"{source[role]} {role}" for role in changed)
    became = ", ".join(f"{target[role]} {role}" for role in changed)
    return (finding("TP309", unit, f"the vote «{said}» became «{became}»", expected=said),)
