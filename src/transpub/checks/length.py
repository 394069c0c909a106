"""A translation much shorter than its source: a part left out (TP607); much longer: text that
is not its source's (TP610).

The commonest accuracy error of professional translation (MQM's "omission") leaves no name,
number or date behind when the part left out holds none: a clause, a sentence of a unit of
two, the end of a sentence a translator never came back to. Its trace is the length: a
translation holds about as many letters as its source times the language pair's ratio, and
one holding less than half of that has lost something.

Only letters are counted, and only those of words the other side does not write alike: a
name, an acronym, a symbol or an address kept as it is counts on neither side (a unit that
is mostly "UNOCT" and an e-mail address would otherwise look twice as long in Chinese).
Measured on professional translations (the UN Parallel Corpus's development and test sets,
6,400 to 6,600 sentence pairs per language, units of 50 such letters or more): the median
ratios below; one pair in 500 to 1,000 falls under half of its language's median, and the
ones read by hand were partial segments of the corpus (a heading's last words, a sentence
whose translation says it in part): omissions, as the check means them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding

#: the median number of a translation's letters per letter of its English source, in the UN
#: Parallel Corpus's sentence pairs (letters of words written alike on both sides left out)
RATIO = {"en": 1.0, "ar": 0.82, "es": 1.14, "fr": 1.13, "ru": 1.13, "zh": 0.28}
#: below this share of the expected length, a part is missing
SHORTER = 0.5
#: a source of fewer letters is not judged (a heading, a name: their translations vary most)
LEAST = 50
#: the quick gate: a translation this long, by characters, against the source's, is never
#: short by letters (a shared name or number only makes the two sides more alike)
_GATE = 0.75

#: English number words, which a translation may write in digits
NUMBER_WORDS = frozenset("""
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred hundreds thousand thousands million millions billion billions trillion dozen
""".split())
#: a name spelt out, then its acronym in brackets: its capitalised words (and the small words
#: between them), up to twelve
_EXPANDED = re.compile(r"((?:[A-Z][\w'’-]*,?\s+(?:(?:of|for|and|the|on|in|to|de|des|du|la|le|"
                       r"et|y|del)\s+)*){1,12})\(([A-Z][A-Za-z0-9&-]{1,11})\)")
_WORDS = re.compile(r"[^\W\d_]+")
#: An inline code or a link; or a whole word holding an "@", which ``_at_word`` reads as
#: ``\S+@\S+`` (an address) would have: that pattern, tried from every character of a long
#: word, took 13 s on one of 100,000 characters ending in "@" and more than a minute on 1 MB
#: of "<"; a word is now read once.
_CODES = re.compile(r"(?<!\S)\S*@\S*|</?[a-z]+\d+/?>|(?:https?://|www\.)\S+")
_CODE_OR_LINK = re.compile(r"</?[a-z]+\d+/?>|(?:https?://|www\.)\S+")


@cache
def expected_ratio(source_lang: str, lang: str) -> float | None:
    """How many letters a translation into ``lang`` has per letter of its ``source_lang``
    source, about; None for a pair not measured."""
    source = RATIO.get(source_lang.split("_")[0].split("-")[0])
    target = RATIO.get(lang.split("_")[0].split("-")[0])
    return target / source if source and target else None


def letters(source: str, target: str) -> tuple[int, int]:
    """The letters of each side, without the words the other side writes alike (case
    aside): names, acronyms and symbols kept as they are count on neither side; nor do an
    English source's number words ("eleven in 2002, eight in 2003", which a translation
    writes in digits), nor a name the source spells out before its acronym when the
    translation says the acronym alone ("the United Nations Educational, Scientific and
    Cultural Organization (UNESCO)" → «l'UNESCO»)."""
    if "(" in source:
        source = _EXPANDED.sub(lambda m: m[0] if m[2] not in target else m[2], source)
    words_s = [w for w in _WORDS.findall(_uncoded(source).casefold())
               if w not in NUMBER_WORDS]
    words_t = _WORDS.findall(_uncoded(target).casefold())
    have_s, have_t = sum(map(len, words_s)), sum(map(len, words_t))
    shared = set(words_s).intersection(words_t)
    if shared:
        have_s -= sum(len(w) for w in words_s if w in shared)
        have_t -= sum(len(w) for w in words_t if w in shared)
    return have_s, have_t


def _uncoded(text: str) -> str:
    """``text`` without its inline codes, links and addresses (a search only where one may
    be)."""
    if "<" in text or "@" in text or "//" in text or "www." in text:
        return _CODES.sub(_at_word, text)
    return text


def _at_word(found: re.Match[str]) -> str:
    """A match of ``_CODES`` as ``_CODE_OR_LINK`` or ``\\S+@\\S+`` would replace it scanning
    the word from its start: the codes and links at its start each by a space, then the rest
    of the word by one if an "@" with a character on each side is left in it (an address
    runs to the word's end), else its codes and links."""
    word = found.group()
    if "@" not in word:
        return " "
    at = word.rfind("@", 0, len(word) - 1)
    parts = []
    start = 0
    while (code := _CODE_OR_LINK.match(word, start)) is not None:
        parts.append(" ")
        start = code.end()
    if start < at:
        return "".join(parts) + " "
    return "".join(parts) + _CODE_OR_LINK.sub(" ", word[start:])


@check("TP607", "much-shorter", Severity.WARNING, "completeness")
def much_shorter(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation has less than half the letters a translation of its source has."""
    target, source = unit.target, unit.source
    if not target or len(source) < LEAST:
        return ()
    ratio, extra = _pair(ctx.source_lang, unit.lang)
    if not ratio:
        return ()
    # the gate, for nearly every unit the only work: a translation into Arabic, Russian or
    # Chinese has at least as many letters as the UTF-8 bytes its non-ASCII characters take
    # beyond one (none of them is a word of an English source written alike); one in a
    # Latin script at least as many characters as a translation short by a quarter
    if extra:
        beyond = len(target.encode("utf-8")) - len(target)
        if beyond >= SHORTER * ratio * len(source) * extra or \
                len(target) - beyond // extra >= _LATIN_COPY * len(source):
            # (the second: a "translation" mostly in the source's script is a copy, TP603's,
            # or a pseudo-translation, not a translation with a part left out)
            return ()
    elif len(target) >= _GATE * ratio * len(source):
        return ()
    have_s, have_t = letters(source, target)
    if have_s < LEAST or have_t >= SHORTER * ratio * have_s:
        return ()
    usual = round(ratio * have_s)
    return (finding("TP607", unit, f"the translation is much shorter than its source ({have_t} "
                    f"letters for the source's {have_s}, where a translation has about {usual}):"
                    " a part may be left out"),)


#: above this multiple of the expected length, a translation holds more than its source
#: (Chinese: a text dense in names, each said in characters, runs to three and more: 4.0;
#: on 110,595 real units, 3.2 and 4.0 kept the pasted and misaligned ones and lost the
#: glossed and name-dense ones)
LONGER = 3.2
_LONGER = {"zh": 4.0}
#: the quick gate of TP610: a translation shorter than this, by characters, against the
#: source's, is not read (its letters are fewer than its characters; the source's rarely
#: fewer than half of them)
_LONG_GATE = 1.5


@check("TP610", "much-longer", Severity.WARNING, "completeness")
def much_longer(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation has more than 3.2 times the letters a translation of its source has (4
    in Chinese):
    text that is not its source's (a neighbouring sentence, two versions pasted together,
    definitions added)."""
    target, source = unit.target, unit.source
    if len(source) < LEAST:
        return ()
    ratio, _extra = _pair(ctx.source_lang, unit.lang)
    if not ratio or len(target) < _LONG_GATE * ratio * len(source):
        return ()
    have_s, have_t = letters(source, target)
    if have_s < LEAST or have_t <= _LONGER.get(unit.lang[:2], LONGER) * ratio * have_s:
        return ()
    usual = round(ratio * have_s)
    return (finding("TP610", unit, f"the translation is much longer than its source ({have_t} "
                    f"letters for the source's {have_s}, where a translation has about {usual}):"
                    " text of another unit, or two versions?"),)


#: a translation into Arabic, Russian or Chinese with this many characters outside the script
#: (Latin letters, digits, spaces), against the source's length, is no translation of it
_LATIN_COPY = 0.5
#: the UTF-8 bytes beyond one that a letter of these scripts takes (Arabic and Cyrillic two
#: bytes, Chinese three)
_EXTRA = {"ar": 1, "ru": 1, "zh": 2}


@cache
def _pair(source_lang: str, lang: str) -> tuple[float, int]:
    """The pair's ratio (0 for a pair not measured) and the target script's extra bytes a
    letter (0 for a Latin script, or when the source is not in one)."""
    ratio = expected_ratio(source_lang, lang) or 0.0
    source = source_lang.split("_")[0].split("-")[0]
    latin_source = source not in _EXTRA
    return ratio, _EXTRA.get(lang.split("_")[0].split("-")[0], 0) if latin_source else 0
