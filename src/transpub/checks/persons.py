"""A person stays the same person (TP110): "Ms. Irene Khan" is not «Mme Mary Lawlor». The
termbase checks compare the persons a termbase holds; any other name was compared by nothing
(session 44's round: 28 persons replaced by others went unseen).

French, Spanish and the other languages that keep a name in Latin letters write the source's
names as they stand, or nearly («Poutine» for Putin, «Zelensky» for Zelenskyy): a person the
source names after an honorific ("Mr.", "Ms.", "Dr.", "H.E.") whose name the translation does
not hold, not even nearly, while the translation names after an honorific a person the source
does not name (by the surname: a successor may share the given name), is reported. A person
the translation names by a title alone, or refers to, is missing, never changed. When both
name as many persons, each is compared with the one in its place.

Russian and Arabic transliterate names («Ирен Хан», «إيرين خان»): the same, with the names
compared by their sounds (``transpub.namekeys``), a Russian name's case ending and Arabic's
article set aside, and two words of the translation heard as one name («عبد العاطي»,
Abdelatty). Chinese transliterates by syllables that keep too little of a name's consonants
(«劳勒», Lawlor) for its sounds to tell two persons apart: not read.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable

from transpub import namekeys
from transpub.checks.context import CheckContext, Unit
from transpub.checks.honorifics import _ENGLISH_TITLES, _honorifics
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.hanfold import simplified
from transpub.memo import memo
from transpub.sentalign import same_sentence
from transpub.similar import lcs_ratio

#: the languages that write a person's name in Latin letters, as the source does
_LATIN = frozenset({"en", "fr", "es", "pt", "it", "de", "nl"})
#: a name after an honorific: capitalised words, the particles inside names between them
_NAME = re.compile(r"(?:[\s\u00a0]+(?:[A-ZÀ-ÞĀ-Žʻ'][\w'’.-]*|(?:de|da|di|del|della|van|von|bin"
                   r"|al|el|ibn|dos|das|du|la|le|y)(?=[\s\u00a0]+[A-ZÀ-Þ]))){1,5}")
#: abbreviations inside a name, after which it goes on ("St. John", "Ste. Croix")
_ABBREVIATED = frozenset({"St", "Ste", "Mt"})
#: how near a translation's word is to be to a source's name to be it (the LCS ratio:
#: "Putin" / «Poutine» 0.83, "Zelenskyy" / «Zelensky» 0.94, "Khan" / «Lawlor» 0.2)
_NEAR = 0.75
#: words of a text a name is looked for in
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def _folded(text: str) -> str:
    """A text (a word) without its accents and case, a possessive off ("Khan's" → khan)."""
    return _POSSESSIVE.sub("", _MARKS.sub("", unicodedata.normalize("NFKD", text))).casefold()


_MARKS = re.compile("[\u0300-\u036f]")
_POSSESSIVE = re.compile(r"['’]s\b")


@memo()
def _names(text: str, lang: str) -> tuple[tuple[str, ...], ...]:
    """The names ``text`` writes after an honorific, each as its words (particles aside);
    once per text (a source is asked for by its five translations)."""
    out: list[tuple[str, ...]] = []
    for mention in _honorifics[text, lang]:
        match = _NAME.match(text, mention.end)
        if match is None:
            continue
        # (an initial, "A.", is no name; a name at the sentence's end keeps its full stop, and
        # ends there: "Ms. Roe. You get over it" names Roe, not "Roe You")
        words = []
        for word in match.group().split():
            stem = word.rstrip(".")
            if word[:1].isupper() and len(stem) > 1 and "." not in stem:
                words.append(stem)
            if word.endswith(".") and len(stem) > 1 and stem not in _ABBREVIATED:
                break
        if words:
            out.append(tuple(words))
    return tuple(out)


def _near(word: str, among: Iterable[str]) -> bool:
    folded = _folded(word)
    return any(lcs_ratio(folded, other) >= _NEAR for other in among)


@check("TP110", "person-changed", Severity.WARNING, "terminology")
def person_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation names after an honorific a person the source does not, and does not
    name one the source does ("Ms. Irene Khan" → «Mme Mary Lawlor»)."""
    base = unit.lang.split("_")[0].split("-")[0]
    latin = base in _LATIN
    if (not (latin or base in _TRANSLITERATED or base == "zh")
            or not ctx.source_lang.startswith("en")):
        return ()
    # ("Madam Chairperson", "Mr. President": an honorific before a title, no name)
    source = [name for name in _names[unit.source, ctx.source_lang]
              if not _ENGLISH_TITLES.fullmatch(name[0])]
    if not source:
        return ()
    # (a person is found by the last word of the name, the surname, as written — most
    # translations, and names left in Latin letters in any — or nearly: the translation's
    # words folded once)
    target = unit.target.casefold()
    # (each surname looked for once: a unit naming a person thousands of times stays linear)
    kept = {surname for surname in {name[-1] for name in source} if surname.casefold() in target}
    missing = [name for name in source if name[-1] not in kept]
    if not missing:
        return ()
    if base == "zh":
        return _han(unit, source, missing, ctx.source_lang)
    if not latin:
        return _transliterated(unit, source, missing, base, ctx.source_lang)
    words = set(_WORDS.findall(_folded(unit.target)))
    missing = [name for name in missing if not _near(name[-1], words)]
    if not missing:
        return ()
    said = {_folded(part) for name in source for w in name for part in (w, *w.split("-"))}
    said |= {_folded(w) for w in _WORDS.findall(unit.source) if w[:1].isupper()}
    # (someone else by the surname: a successor or a namesake may share the given name,
    # "Mr. Babatunde Ajisomo" → «M. Babatunde Adeyemi», "Moussa Faki Mahamat" → «Mahmoud Ali
    # Youssouf» where another person of the source is "Abiy Ahmed Ali")
    named = _names[unit.target, unit.lang]
    return _changed(unit, source, missing, named, [not _near(name[-1], said) for name in named])


def _changed(unit: Unit, source: list[tuple[str, ...]], missing: list[tuple[str, ...]],
             named: Iterable[tuple[str, ...]], others: list[bool], dot: str = " "
             ) -> list[Finding]:
    """The findings of the source's names ``missing`` against the translation's ``named``
    (``others``: whether each is someone the source does not name), in order; when both
    name as many persons, a list, each missing name against the translation's name in its
    place only ("Mr. Humennyi, Mr. Ozawa" → «г-на Гуменного, г-на Одзавы»: the one not read
    well is not the other). ``dot``: what joins the translation's name's parts (Chinese
    writes a middle dot)."""
    named = list(named)
    if len(named) == len(source):
        gone = set(missing)  # (a set: a unit naming thousands of persons stays linear)
        pairs = [(name, other) for name, other, new in zip(source, named, others, strict=True)
                 if new and name in gone]
    else:
        pairs = list(zip(missing, [n for n, new in zip(named, others, strict=True) if new],
                         strict=False))
    # (in a unit of several sentences, only a person of the same sentence took the place)
    return [finding("TP110", unit, f"the person «{' '.join(name)}» became «{dot.join(other)}»",
                    expected=" ".join(name))
            for name, other in pairs
            if same_sentence(unit.source, "en", name[-1], unit.target, unit.lang, other[-1])]


#: the languages that transliterate a name, and the honorific's name in them: Russian's
#: capitalised words (a particle «аль-» before one), Arabic's words up to a mark (no capitals
#: say where the name ends: the first three are read)
_TRANSLITERATED = {
    "ru": re.compile(r"(?:[\s\u00a0]+(?:[А-ЯЁ][\w’'-]*|[а-яё]{1,3}-[А-ЯЁ][\w’'-]*)){1,5}"),
    "ar": re.compile(r"(?:[\s\u00a0]+[\u0621-\u064a\u0671-\u06d3][\u0621-\u065f\u0671-\u06d3]*)"
                     r"{1,3}"),
}
#: what ends an Arabic name: a mark, a bracket, the text's end
_ENDED = re.compile(r"\s*(?:[،,.؛;:()\[\]«»\"]|$)")
#: a Russian name's case endings (instrumental, an adjective's genitive and dative, the
#: feminine's), which a key would read as sounds: «г-ном Глаксманом», «г-на Гуменного»
_RU_CASE = re.compile(r"(?<=\w\w\w)(?:ом|ем|ым|им|ой|ей|ою|ею|ого|его|ому|ему|ых|их)$")
#: the Arabic article, which a name of the source writes apart or not at all ("al-Sisi",
#: «السيسي»; "Mr. Sisi")
_AR_ARTICLE = re.compile(r"^(?:[وب]?ال|لل)(?=\w\w)")


def _sound(word: str, lang: str) -> str:
    if lang == "ru":
        return namekeys.key(_RU_CASE.sub("", word))
    return namekeys.key(_AR_ARTICLE.sub("", word) if lang == "ar" else word)


def _heard(text: str, lang: str) -> set[str]:
    """The keys of a translation's words, and of each two words as one: a name the source
    writes in one word may be two («عبد العاطي» for "Abdelatty")."""
    words = _WORDS.findall(text)
    if lang == "ru":  # (a Russian name is capitalised, «аль-Сиси» after its particle)
        words = [w for w in words if w[:1].isupper() or "-" in w]
    return ({_sound(w, lang) for w in words}
            | {namekeys.key(a + b) for a, b in itertools.pairwise(words)})


def _unheard(missing: list[tuple[str, ...]], heard: set[str], han: bool
             ) -> list[tuple[str, ...]]:
    """The source's names not heard among a translation's keys, each surname judged once (a
    unit naming a person thousands of times stays linear)."""
    unheard = {surname for surname in {name[-1] for name in missing}
               if not _heard_in(namekeys.keys(surname, han=han), heard)}
    return [name for name in missing if name[-1] in unheard]


def _someone_else(sounds: list[list[str]], said: Iterable[str]) -> list[bool]:
    """For each of a translation's names (the keys of its words), whether it is someone the
    source does not name: one key at least says enough, and none is near a key ``said``."""
    said = list(said)
    return [any(namekeys.known(k) for k in keys) and not any(
        namekeys.near(k, other, namekeys.SAID) for k in keys for other in said)
        for keys in sounds]


def _heard_in(name: frozenset[str], heard: set[str]) -> bool:
    """Whether a name (its keys) is heard among a translation's words, or says too little to
    tell ("Yoo", «Ю»)."""
    return (not all(namekeys.known(k) for k in name)
            or any(namekeys.near(k, other, namekeys.HEARD) for k in name for other in heard))


@memo()
def _said(text: str, lang: str) -> frozenset[str]:
    """The keys of a source's names and capitalised words, and of their hyphenated parts
    ("al-Sisi": Sisi); once per source (asked for by its Russian and Arabic translations)."""
    words = [w for name in _names[text, lang] for w in name]
    words += [w for w in _WORDS.findall(text) if w[:1].isupper() or "-" in w]
    return frozenset(k for w in words for part in (w, *w.split("-")) if part
                     for k in namekeys.keys(part))


def _transliterated(unit: Unit, source: list[tuple[str, ...]], missing: list[tuple[str, ...]],
                    lang: str, source_lang: str) -> list[Finding]:
    """Russian and Arabic: the names compared by their sounds (``namekeys``); a name whose
    sounds say too little ("Yoo", «Ю») is not judged."""
    pattern = _TRANSLITERATED[lang]
    named, sounds = [], []
    for mention in _honorifics[unit.target, unit.lang]:
        match = pattern.match(unit.target, mention.end)
        if match is None:
            continue
        name = tuple(match.group().split())
        # (the surname is the last word: Russian's capitalised, Arabic's before a mark; an
        # Arabic name running on is someone else only if none of its words is said)
        whole = lang == "ru" or _ENDED.match(unit.target, match.end()) is not None
        named.append(name)
        sounds.append([_sound(name[-1], lang)] if whole else [_sound(w, lang) for w in name])
    if not named:
        return []
    others = _someone_else(sounds, _said[unit.source, source_lang])
    if not any(others):
        return []
    # (the translation's words heard only when it names someone the source does not: most
    # name no one after an honorific, or the source's persons)
    return _changed(unit, source, _unheard(missing, _heard(unit.target, lang), han=False),
                    named, others)


#: a foreign name in Chinese: its parts joined by a middle dot («玛丽·劳勒»; the first part may
#: run into the word before it, «报告员玛丽»)
_HAN_NAMES = re.compile(r"[\u4e00-\u9fff]+(?:[·・•‧．][\u4e00-\u9fff]+)+")
#: a dotted name right before an honorific, each part as long as a name's (a part of seven
#: characters or more is a phrase run into it: «阿米娜·穆罕默德女士会见了谭德塞博士» names no
#: «穆罕默德女士会见了谭德塞»)
_HAN_NAME_BEFORE = re.compile(r"[\u4e00-\u9fff]+(?:[·・•‧．][\u4e00-\u9fff]{1,6})+$")
_HAN_DOT = re.compile(r"[·・•‧．]")
#: how many characters of a name's first part, or before an honorific, may be the name's
_HAN_PART = 4
#: the longest run of characters one word of a name is heard in («萨特思韦特», five)
_HAN_WORD = 6


def _han(unit: Unit, source: list[tuple[str, ...]], missing: list[tuple[str, ...]],
         source_lang: str) -> list[Finding]:
    """Chinese: the translation's foreign names before an honorific written whole, with the
    middle dot («玛丽·劳勒女士»), compared by their surname's sounds (``namekeys.han_sounds``);
    a source's name is heard in the translation's names and the characters before its
    honorifics. A name without its dot («古特雷斯先生») may run into the words before it,
    and is only heard."""
    named: list[tuple[str, ...]] = []
    sounds: list[list[str]] = []
    for mention in _honorifics[unit.target, unit.lang]:
        match = _HAN_NAME_BEFORE.search(unit.target, max(0, mention.start - 24), mention.start)
        if match is None:
            continue
        parts = _HAN_DOT.split(match.group())
        named.append((_han_first(parts[0]), *parts[1:]))
        sounds.append([namekeys.joined(namekeys.han_sounds(parts[-1]))])
    if not named:
        return []
    others = _someone_else(sounds, {namekeys.latin_for_han(k)
                                    for k in _said[unit.source, source_lang]})
    if not any(others):
        return []
    return _changed(unit, source, _unheard(missing, _han_heard(unit), han=True), named, others,
                    "·")


#: characters no foreign name is transliterated with, which the words before a name end in
#: («会见了玛丽·罗宾逊»: met Mary Robinson; «秘书长阿米娜·穆罕默德»: the Secretary-General's)
_HAN_NOT_NAME = frozenset("了的在和与同向对见是为被由将于及并等说称示请让给跟把"
                          "从当也都还又而之其该此位名长席官员使表会中")


def _han_first(part: str) -> str:
    """A dotted name's first part: its last ``_HAN_PART`` characters, from after the last of
    them no name is written with (the message names «玛丽 罗宾逊», not «见了玛丽 罗宾逊»)."""
    part = part[-_HAN_PART:]
    read = simplified(part)  # (and in traditional characters: «船長約翰·布朗», 長 is 长)
    for index in range(len(read) - 1, -1, -1):
        if read[index] in _HAN_NOT_NAME:
            return part[index + 1:] or part
    return part


def _han_heard(unit: Unit) -> set[str]:
    """The keys of every run of characters a Chinese translation may name a person with: the
    parts of its dotted names and the characters before its honorifics."""
    text = unit.target
    segments: list[str] = []
    for match in _HAN_NAMES.finditer(text):
        parts = _HAN_DOT.split(match.group())
        segments += [parts[0][-_HAN_PART:], *parts[1:]]
    segments += [text[max(0, m.start - _HAN_PART):m.start] for m in _honorifics[text, unit.lang]]
    heard: set[str] = set()
    for segment in segments:
        sounds = namekeys.han_sounds(segment)
        for start in range(len(sounds)):
            for end in range(start + 1, min(len(sounds), start + _HAN_WORD) + 1):
                heard.add(namekeys.joined(sounds[start:end]))
    return heard
