"""The tense of the English clause a weekday stands in, for TP202's week (``dates._weekday_dated``):
"met on Monday and will meet again on Friday" dates Monday before the release and Friday after
it. A unit's two clauses may differ, so each weekday's tense is read from its own clause, by the
verb nearest it (t66/hH 1: one tense read for the whole unit, and "United" read as a past verb,
had made a present tense past and a clause's tense every weekday's)."""

from __future__ import annotations

import re
from typing import Literal

Tense = Literal["future", "past"] | None

#: a clause ends at a sentence's or a clause's mark, or before a conjunction or relative word
_BOUNDARY = re.compile(r"[,;:.!?()\[\]\u2013\u2014\"“”]|\b(?:and|but|or|while|whereas|which|who"
                       r"|whom|that|where|when|although|though|because)\b", re.IGNORECASE)
#: how far a clause is read either side of its weekday (a unit of thousands of weekdays
#: stays linear)
_REACH = 240
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_FUTURE = frozenset({"will", "shall", "won't", "'ll", "next", "coming", "upcoming", "tomorrow"})
#: words that say the future as participles ("is scheduled for", "are expected to close"), but
#: after "was", "were" or "been" say a plan in the past: either side then
_PLANNED = frozenset({"scheduled", "planned", "expected", "due", "set", "slated", "poised"})
_PAST = frozenset({
    "was", "were", "had", "did", "said", "told", "held", "met", "took", "gave", "made", "went",
    "came", "began", "spoke", "wrote", "sent", "left", "saw", "found", "won", "lost", "fell",
    "rose", "led", "paid", "ran", "struck", "last", "ago", "yesterday", "brought", "kept",
    "became", "chose", "drew", "flew", "grew", "heard", "hit", "knew", "meant", "put", "read",
    "set", "shut", "sold", "stood", "spent", "taught", "thought", "withdrew", "wore", "broke"})
#: a present tense: either side of the release ("the Council meets on Friday")
_PRESENT = frozenset({"is", "are", "am", "has", "have", "does", "do", "today"})
#: an auxiliary before a participle gives the verb's tense ("is held" present, "was held" past,
#: "to be held", "will be held" future)
_AUX_PAST = frozenset({"was", "were", "been", "had"})
_AUXILIARIES = _AUX_PAST | {"is", "are", "am", "being", "be", "has", "have"}
_ADVERB = re.compile(r"(?:[a-z]+ly|also|not|already|still|again|now|then|just|never)$")


def tense_at(source: str, start: int) -> Tense:
    """"future", "past" or None (unsure: the week before or after) for the weekday at ``start``:
    the tense of the verb nearest before it in its clause, else the first after it; a clause
    with no verb ("On Friday, the talks will open") takes the next clause's."""
    left = max(0, start - _REACH)
    for match in _BOUNDARY.finditer(source, left, start):
        left = match.end()
    clause_end = _BOUNDARY.search(source, start, start + _REACH)
    right = clause_end.start() if clause_end else min(len(source), start + _REACH)
    words = [(m.group(0), m.group(0).lower()) for m in _WORD.finditer(source, left, right)]
    at = sum(1 for _ in _WORD.finditer(source, left, start))
    if at and words[at - 1][1] == "this":
        return None  # "this Friday": either side
    for index in range(at - 1, -1, -1):
        found = _word_tense(words, index)
        if found != "none":
            return found
    for index in range(at + 1, len(words)):
        found = _word_tense(words, index)
        if found != "none":
            return found
    if clause_end is not None and clause_end.group(0) == ",":
        return _first_tense(source, clause_end.end())
    return None


def _first_tense(source: str, left: int) -> Tense:
    # a fronted weekday's clause ("On Friday, the Council will meet"): the next clause's verb
    clause_end = _BOUNDARY.search(source, left, left + _REACH)
    right = clause_end.start() if clause_end else min(len(source), left + _REACH)
    words = [(m.group(0), m.group(0).lower()) for m in _WORD.finditer(source, left, right)]
    for index in range(len(words)):
        found = _word_tense(words, index)
        if found != "none":
            return found
    return None


def _word_tense(words: list[tuple[str, str]], index: int) -> Tense | Literal["none"]:
    """The tense word ``index`` of a clause says, or "none" when it is no verb of tense. A
    participle takes its auxiliary's tense; a capitalised "-ed" word is a name ("United")."""
    text, word = words[index]
    if word in _FUTURE or word.endswith("'ll"):
        return "future"
    aux, at = _auxiliary(words, index)
    if word in _PLANNED:
        return None if aux in _AUX_PAST else "future"
    if word in _PRESENT:
        return None
    participle = word in _PAST or (word.endswith("ed") and len(word) > 3 and text[0].islower())
    if not participle:
        return "none"
    if aux == "be":  # "to be held", "will be held"; "may be held" unsure
        before = words[at - 1][1] if at >= 1 else ""
        return "future" if before in {"to", "will", "shall"} or before.endswith("'ll") else None
    if aux in {"is", "are", "am", "being"}:
        return None  # "is held on Friday": a present
    return "past"  # "was held", "has been held", "have met", "met"


def _auxiliary(words: list[tuple[str, str]], index: int) -> tuple[str, int]:
    """The auxiliary before word ``index`` and its place, over one adverb ("was also held")."""
    back = index - 1
    if back >= 0 and _ADVERB.match(words[back][1]):
        back -= 1
    if back >= 0 and words[back][1] in _AUXILIARIES:
        return words[back][1], back
    return "", -1
