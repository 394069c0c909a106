"""The tense of the English clause a weekday stands in, for TP202's week (``dates._weekday_dated``):
"met on Monday and will meet again on Friday" dates Monday before the release and Friday after
it. A unit's two clauses may differ, so each weekday's tense is read from its own clause, by the
verb nearest it (t66/hH 1: one tense read for the whole unit, and "United" read as a past verb,
had made a present tense past and a clause's tense every weekday's). A word that looks like a past
is a past only as the clause's verb: a participle before its noun is an adjective ("the revised
draft", "displaced families"), and a verb after "will", "to" or another modal is its base form
("will read", "to set"; t66/hI 2: these had made the Friday after the release an error). "to"
is an infinitive's only by evidence, a word governing it or an object after its verb: "access
to water", "returned to school" keep the clause's past (t67/hD 1)."""

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
#: after "was", "were" or "been" say a plan in the past: either side then ("set" only before
#: "to" or "for": "is set to open", "the vote, set for Friday"; ``_SET_PLAN``)
_PLANNED = frozenset({"scheduled", "planned", "expected", "due", "slated", "poised"})
_SET_PLAN = frozenset({"to", "for"})
#: a modal that says no side of the release: "said it would vote on Friday" is a future seen
#: from a past, before the release or after it; "may", "could" a possibility
_MODAL = frozenset({"would", "could", "might", "may", "can", "should", "must", "wouldn't",
                    "couldn't", "can't", "cannot", "shouldn't", "mustn't"})
#: after these (over an adverb) a verb is its base form, with no tense of its own: "will read",
#: "to set", "did not put", "would hit" (the word before says the tense)
_BASE_AFTER = frozenset({"will", "shall", "won't", "to", "do", "does", "did", "don't",
                         "doesn't", "didn't"}) | _MODAL
#: the words a participle may follow as an adjective before its noun: "the revised draft", "an
#: adopted text", "for displaced families" (a determiner, a number, a possessive, a
#: preposition: never a clause's subject)
_BEFORE_NOUN = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "these",
    "those", "each", "every", "any", "some", "no", "all", "both", "many", "several", "other",
    "more", "most", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "hundred", "hundreds", "thousand", "thousands", "million", "millions", "of", "for", "with",
    "on", "in", "at", "by", "from", "about", "against", "among", "between", "into", "over",
    "under", "without", "through", "across", "after", "before", "during", "per", "via", "upon",
    "newly", "recently"})
#: words a verb may be followed by in its clause that are no noun: a participle followed by
#: any other lowercase word ("displaced families", "adopted resolution") may be an adjective
#: before its noun or a verb before its object (``_word_tense``'s "weak" past)
_NOT_NOUN = _BEFORE_NOUN | frozenset({
    "to", "up", "out", "down", "off", "back", "away", "it", "them", "him", "us", "me", "you",
    "that", "what", "how", "why", "if", "whether", "as", "than", "there", "here", "not",
    "together", "again", "also", "too", "since", "until", "till", "around", "near", "outside",
    "inside"})
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
    found_before = _scan_back(words, at)
    if found_before != "none":
        return found_before
    weak = False
    for index in range(at + 1, len(words)):
        found = _word_tense(words, index)
        if found == "weak":
            weak = True
        elif found != "none":
            return found
    if weak:
        return "past"  # "the Council on Monday adopted resolution 2334"
    if clause_end is not None and clause_end.group(0) == ",":
        return _first_tense(source, clause_end.end())
    return None


def _scan_back(words: list[tuple[str, str]], end: int) -> Tense | Literal["none"]:
    """The tense the clause's words before word ``end`` say, the nearest first; a "weak" past
    (a participle before a lowercase word: "displaced families", or "adopted resolution
    2334") only when no other word says one ("will help displaced families": the future)."""
    weak = False
    for index in range(end - 1, -1, -1):
        found = _word_tense(words, index)
        if found == "weak":
            weak = True
        elif found != "none":
            return found
    return "past" if weak else "none"


def _first_tense(source: str, left: int) -> Tense:
    # a fronted weekday's clause ("On Friday, the Council will meet"): the next clause's verb
    clause_end = _BOUNDARY.search(source, left, left + _REACH)
    right = clause_end.start() if clause_end else min(len(source), left + _REACH)
    words = [(m.group(0), m.group(0).lower()) for m in _WORD.finditer(source, left, right)]
    weak = False
    for index in range(len(words)):
        found = _word_tense(words, index)
        if found == "weak":
            weak = True
        elif found != "none":
            return found
    return "past" if weak else None


def _word_tense(words: list[tuple[str, str]], index: int) -> Tense | Literal["none", "weak"]:
    """The tense word ``index`` of a clause says, or "none" when it is no verb of tense. A
    participle takes its auxiliary's tense; a capitalised "-ed" word is a name ("United"); a
    word after "will", "to" or a modal is a base form ("will read": the modal says the
    tense); a participle after a determiner or a preposition is an adjective ("the revised
    draft"), and one before another lowercase word "weak" (``tense_at``: "displaced
    families" after "will help" is no past)."""
    text, word = words[index]
    if word in _FUTURE or word.endswith("'ll"):
        return "future"
    if word in _MODAL:
        return None
    if word == "to" and _verb_follows(words, index):
        return _infinitive(words, index)
    aux, at = _auxiliary(words, index)
    after = words[index + 1][1] if index + 1 < len(words) else ""
    if word in _PLANNED or (word == "set" and after in _SET_PLAN and not _base_form(words, index)):
        return None if aux in _AUX_PAST else "future"
    if word in _PRESENT:
        return None
    participle = word in _PAST or (word.endswith("ed") and len(word) > 3 and text[0].islower())
    if not participle or _base_form(words, index):
        return "none"
    if aux in {"be", "have"}:  # "to be held", "will be held", "will have met"; "may be held"
        before = words[at - 1][1] if at >= 1 else ""
        if before in {"will", "shall"} or before.endswith("'ll"):
            return "future"
        if aux == "be":
            return "future" if before == "to" else None
    if aux in {"is", "are", "am", "being"}:
        return None  # "is held on Friday": a present
    if aux:
        return "past"  # "was held", "has been held", "have met"
    if index >= 1 and (words[index - 1][1] in _BEFORE_NOUN or _before_noun_over_adverb(
            words, index)):
        return "none"  # "the revised draft", "an adopted text", "for displaced families"
    if after and after[0].islower() and after[0].isalpha() and after not in _NOT_NOUN \
            and not _ADVERB.match(after):
        return "weak"  # "displaced families", or "adopted resolution 2334": either
    return "past"  # "met", "took place", "was released Friday"


def _base_form(words: list[tuple[str, str]], index: int) -> bool:
    """Whether word ``index`` follows "will", "to", "did" or a modal (over one adverb: "will
    also read"): a verb's base form, whatever past it looks like ("read", "put", "set")."""
    back = index - 1
    if back >= 0 and _ADVERB.match(words[back][1]):
        back -= 1
    return back >= 0 and (words[back][1] in _BASE_AFTER or words[back][1].endswith("'ll"))


#: a word that can't be a verb's base form after "to": a plural ("to reporters") or a
#: participle ("to displaced families") (ending "ss" or "us" may be one: "to discuss", "to focus")
_NOT_BASE = re.compile(r"(?:ed|ing|[^su]s)$")


def _forms(*stems: str) -> frozenset[str]:
    """Each verb's forms written out from "agree/s/d/ing"-like stems: the stem, then each
    ending after a "/" (an ending starting with "-" replaces the stem's last letter: "try/-ies/
    -ied")."""
    out: set[str] = set()
    for stem in stems:
        base, *endings = stem.split("/")
        out.add(base)
        out.update(base[:-1] + e[1:] if e.startswith("-") else base + e for e in endings)
    return frozenset(out)


#: the words that govern an infinitive, "to" right after them (over one adverb: "agreed not
#: to", "decided unanimously to"): "is to vote", "going to read", "plans to set", "agreed to
#: meet", "expected to close", "in order to", "able to". A closed list: after any other word
#: "to" is a preposition unless its verb takes an object ("to adopt the text"), so "access to
#: water", "returned to school", "delivered food to children" are no infinitives (t67/hD 1: any
#: lowercase word after "to" had been a verb, and "to water on Monday" a future)
_GOVERNS = _forms(
    "agree/s/d/ing", "plan/s/ned/ning", "decide/s/d", "expect/s/ed/ing", "want/s/ed",
    "hope/s/d", "aim/s/ed/ing", "intend/s/ed/ing", "seek/s", "sought", "need/s/ed",
    "try/-ies/-ied/ing", "continue/s/d", "begin/s", "began", "begun", "start/s/ed",
    "vow/s/ed", "pledge/s/d", "promise/s/d", "refuse/s/d", "fail/s/ed", "wish/es/ed",
    "choose/s", "chose", "chosen", "prepare/s/d", "threaten/s/ed", "vote/s/d", "resolve/s/d",
    "undertake/s", "undertook", "offer/s/ed", "arrange/s/d", "attempt/s/ed", "seem/s/ed",
    "appear/s/ed", "manage/s/d", "struggle/s/d", "tend/s/ed", "going", "is", "are", "am",
    "was", "were", "be", "has", "have", "had", "used", "order", "able", "unable", "likely",
    "unlikely", "ready", "about", "willing", "eager", "set", "scheduled", "planned", "slated",
    "poised", "ought", "how", "whether", "what", "where")
#: verbs an infinitive follows over their object: "urged the Council to vote", "called on
#: States to act", "invited delegates to attend" (up to ``_OBJECT_WORDS`` words between, none
#: a preposition: "asked for access to water" is no infinitive), or right after their
#: participle ("were asked to vote"; "help to children" is no infinitive)
_OBJECT_GOVERNS = _forms(
    "urge/s/d", "ask/s/ed", "invite/s/d", "encourage/s/d", "allow/s/ed", "enable/s/d",
    "require/s/d", "request/s/ed", "call/s/ed", "authorize/s/d", "authorise/s/d",
    "instruct/s/ed", "want/s/ed", "expect/s/ed", "help/s/ed", "persuade/s/d", "remind/s/ed",
    "order/s/ed", "mandate/s/d", "empower/s/ed")
_OBJECT_WORDS = 4
_PREPOSITIONS = frozenset({
    "of", "for", "with", "in", "at", "by", "from", "about", "against", "among", "between",
    "into", "over", "under", "without", "through", "across", "after", "before", "during",
    "per", "via", "to", "on", "upon"})
#: after the word after "to", the start of its object: "to adopt the text", "to help them",
#: or a name ("to discuss Gaza"), but not a weekday's or a month's ("to school Monday"; a noun
#: after "to" is followed by "on Monday", a verb, a preposition: never these)
_CALENDAR = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march"
                       r"|april|may|june|july|august|september|october|november|december")
_OBJECT_START = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your", "my",
                           "it", "them", "him", "us", "me", "these", "those"})


def _verb_follows(words: list[tuple[str, str]], index: int) -> bool:
    """Whether "to" at ``index`` is an infinitive's: a lowercase word after it that may be a
    verb ("to meet", "to set"), not a name, a plural, a participle or a function word, and
    evidence that it is one: a word before "to" that governs an infinitive ("agreed to meet",
    "is to vote", "urged the Council to vote"), or an object after the word ("to adopt the
    text"). "to water on Monday", "to school", "to children" are the preposition's."""
    if index + 1 >= len(words):
        return False
    text, word = words[index + 1]
    if not text[0].islower() or word in _NOT_NOUN or _ADVERB.match(word) \
            or _NOT_BASE.search(word):
        return False
    if index + 2 < len(words):
        text, word = words[index + 2]
        if word in _OBJECT_START or (text[0].isupper() and not _CALENDAR.fullmatch(word)):
            return True  # ("to adopt the text", "LeBron to make Lakers debut Sunday")
    return _governed(words, index)


def _governed(words: list[tuple[str, str]], index: int) -> bool:
    back = index - 1
    if back >= 0 and _ADVERB.match(words[back][1]):
        back -= 1  # "agreed not to meet", "decided unanimously to act"
    if back >= 0 and words[back][1] in _GOVERNS:
        return True
    for at in range(index - 1, max(-1, index - 2 - _OBJECT_WORDS), -1):
        word = words[at][1]
        if word in _OBJECT_GOVERNS and (at < index - 1 or word.endswith("ed")):
            return True  # ("was asked to vote": the passive's object is its subject)
        if word in _PREPOSITIONS and not (word in {"on", "upon"} and at >= 1
                                          and words[at - 1][1] in _OBJECT_GOVERNS):
            return False
    return False


def _infinitive(words: list[tuple[str, str]], index: int) -> Tense:
    """The side of the release an infinitive ("to" at ``index``) is on: after its verb, so the
    future after a present or a future ("is to vote", "is going to read", "are expected to
    meet", "plans to set"), either side after a past ("agreed to meet again on Friday": the
    Friday after the agreement, before the release or after it) or a modal."""
    before = [word for _, word in words[:index]]
    if before[-2:] in (["is", "going"], ["are", "going"], ["am", "going"]) \
            or before[-1:] in (["is"], ["are"], ["am"]):
        return "future"
    governor = _scan_back(words, index)
    if governor == "none":
        return "future"
    return "future" if governor == "future" else None


def _before_noun_over_adverb(words: list[tuple[str, str]], index: int) -> bool:
    # "the newly revised draft", "a hastily arranged meeting"
    return index >= 2 and bool(_ADVERB.match(words[index - 1][1])) \
        and words[index - 2][1] in _BEFORE_NOUN


def _auxiliary(words: list[tuple[str, str]], index: int) -> tuple[str, int]:
    """The auxiliary before word ``index`` and its place, over one adverb ("was also held")."""
    back = index - 1
    if back >= 0 and _ADVERB.match(words[back][1]):
        back -= 1
    if back >= 0 and words[back][1] in _AUXILIARIES:
        return words[back][1], back
    return "", -1
