"""Whether a hyphen at a line's end is the typesetter's (a word broken in two: "particu-" /
"lar") or the word's own (a compound the break fell in: "inter-" / "agency").

A PDF does not say which. The text itself mostly does: the word written whole elsewhere, or
with its hyphen elsewhere, settles it; else a compound is read by its halves being words the
text uses, or its first half a prefix or its second a particle that takes a hyphen; what is
left is a word broken where no word ends ("poten-" / "tial", "Expres-" / "sive"). No word
list beyond those few prefixes and particles is needed, and none of the languages without
case (Arabic, Chinese) ever gets here: the second half must open in lower case.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

#: First halves that take a hyphen before a word (lower case): a compound, not a broken word,
#: when the text does not write the word whole ("inter-" / "agency", "non-" / "prolifération").
_PREFIXES: dict[str, frozenset[str]] = {
    # (not those a typesetter's break often leaves: "ex-" / "ample", "pro-" / "vide", "pre-" /
    # "vent", "sub-" / "mitted", "eco-" / "nomic", French «mi-» / «nistre», «pré-» / «sident»)
    "en": frozenset("all anti co counter cross cyber extra half inter intra macro micro mid "
                    "multi neo non off post quasi self semi super supra ultra vice well "
                    "twenty thirty forty fifty sixty seventy eighty ninety".split()),
    "fr": frozenset("anti arrière avant bien ci contre demi extra haut inter micro multi non "
                    "outre porte post quasi semi sous vice dix vingt trente quarante "
                    "cinquante soixante".split()),
    "es": frozenset("anti extra inter multi post semi vice".split()),
    "ru": frozenset("вице генерал контр кое лейб обер пресс северо унтер штаб юго".split()),
}
#: Second halves that take a hyphen after a word: English "-based", French «-ci», «-là»,
#: «-même» and the pronouns of a question («dit-il»), Russian «-то», «-либо», «-нибудь»,
#: «-таки» and a member State's «государства-члены» (as the stem they open with, for its
#: cases).
_PARTICLES: dict[str, frozenset[str]] = {
    # the commonest second halves of the UN's English compounds ("evidence-based", "high-level")
    "en": frozenset("based related oriented owned level led term building making specific "
                    "sensitive scale intensive sized wide free up off like friendly affected "
                    "driven".split()),
    "fr": frozenset("ci là même mêmes il ils elle elles on je tu nous vous dessus dessous delà "
                    "cadre cadres clé clés membre membres".split()),
    "es": frozenset(),
    "ru": frozenset("то либо нибудь таки ка де".split()),
}
#: The conjunctions after a suspended hyphen, in every language at once (the line's text does
#: not say its language): "small- and medium-sized", "pre- and post-conflict", "public- or
#: private-sector"; «micro- et macro-économique», «pre- y posconflicto», «средне- и
#: долгосрочные». A second half is never one: the hyphen and the space stay.
_SUSPENDING_RE = re.compile(r"(?:and|or|et|ou|y|o|e|u|и|или)(?![\w-])")
_RU_STEMS = ("член", "участ")
#: Russian «по-» before an adverb ("по-прежнему", "по-русски"), told by the adverb's ending.
_RU_PO_RE = re.compile(r"(?:ому|ему|ски|цки|ьи)$")
_VOWELS = frozenset("aeiouyéèаеиоуыэюяё")
#: Russian compound adjectives: a first half in «-о» before an adjective («научно-» /
#: «исследовательских», «военно-» / «воздушных»)
_RU_ADJECTIVE_RE = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю"
                              r"|ыми|ими)$")
#: a word: letters, and inner hyphens
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True)
class Vocabulary:
    """The words a text writes (``whole``: as written, a compound with its hyphen one word;
    ``parts``: every word and each part of a compound), lower case, without the halves of the
    breaks being judged, which would otherwise count as words the text uses."""

    whole: Counter[str]
    parts: Counter[str]

    @classmethod
    def of(cls, lines: list[str], halves: list[str]) -> Vocabulary:
        whole: Counter[str] = Counter()
        for line in lines:
            whole.update(w.lower() for w in _WORD_RE.findall(line))
        whole.subtract(h.lower() for h in halves)
        whole = +whole  # (drops what the subtraction made zero)
        parts: Counter[str] = Counter()
        for word, count in whole.items():
            for part in word.split("-"):
                parts[part] += count
        return cls(whole, parts)


def suspended(next_line: str) -> bool:
    """Whether a line ending in a hyphen after a word is a suspended hyphen's, ``next_line``
    (stripped) opening with a conjunction: "small-" / "and medium-sized" is "small- and
    medium-sized", never "smalland" nor "small-and"."""
    return _SUSPENDING_RE.match(next_line) is not None


def written_whole(head: str, tail: str, words: Vocabulary) -> bool | None:
    """True if the text writes the word whole elsewhere (and never with the hyphen), False if
    with the hyphen, None if neither."""
    head, tail = head.lower(), tail.lower()
    if words.whole[f"{head}-{tail}"]:
        return False
    return True if words.whole[head + tail] else None


def typeset_breaks(breaks: list[tuple[str, str]], words: Vocabulary, lang: str) -> bool:
    """Whether a text's typesetter breaks words at all: one of its breaks is a word it writes
    whole elsewhere, or two are neither words it uses nor compounds ("particu-" / "lar" and
    "poten-" / "tial"; one alone may be a compound of words the text does not use again)."""
    if any(written_whole(head, tail, words) for head, tail in breaks):
        return True
    return sum(typesetters_break(head, tail, words, lang) for head, tail in breaks) >= 2


def typesetters_break(head: str, tail: str, words: Vocabulary, lang: str,
                      hyphenated: bool = True) -> bool:
    """Whether "``head``-" at a line's end and "``tail``" opening the next (lower case) are one
    word the typesetter broke, its hyphen to drop. ``hyphenated``: whether the text's
    typesetter breaks words at all (``typeset_breaks``): a word processor breaks a line at a
    compound's own hyphen only, and without that sign a hyphen at a line's end is the
    compound's ("decision-" / "making": tried on
    the UN texts of tests/.real-data, the halves' evidence alone joined 215 of 358 English
    compounds)."""
    whole = written_whole(head, tail, words)
    if whole is not None:
        return whole
    if suspended(tail):
        return False  # (and no sign of a typesetter's breaks either)
    if not hyphenated:
        return False
    head, tail = head.lower(), tail.lower()
    base = lang.split("-")[0]
    if head in _PREFIXES.get(base, ()) or tail in _PARTICLES.get(base, ()):
        return False
    if head[-1:] in _VOWELS and head[-1:] == tail[:1]:
        return False  # a prefix's hyphen between two same vowels: "re-" / "elected"
    if base == "ru" and _russian_compound(head, tail):
        return False
    # two words the text uses elsewhere: a compound ("long-" / "term"); a first half of one
    # or two letters is a syllable ("be-" / "cause", "in-" / "structors")
    return not (len(head) > 2 and words.parts[head] and words.parts[tail])


def _russian_compound(head: str, tail: str) -> bool:
    """«государства-» / «члены», «по-» / «прежнему», «научно-» / «исследовательских»."""
    return (tail.startswith(_RU_STEMS) or (head == "по" and _RU_PO_RE.search(tail) is not None)
            or (len(head) > 4 and head.endswith("о") and _RU_ADJECTIVE_RE.search(tail) is not None))
