"""A PDF's text layer a broken font gave: the import's warning.

A Word PDF whose font has a broken ToUnicode map gives its ligatures (ti, tt, ft, fi) as one
wrong character: "Levitt" comes out "Levi9", "attorney" "a9orney", "meeting" "meeOng" or
"Mee?ng", "effective" "effec2ve". The text cannot be mended from itself (the same font maps
"ti" to "2" in one PDF, to "O" in another), so the import says so, on one line, and goes on:
the editor needs the source document, or an OCR of the pages.

A digit inside a word is often the text's own ("COVID19", "G20", "A/RES/70/1", "H1N1",
"4x4", "mp3", "B2B", "k8s"), and a capital inside one is a brand's ("WhatsApp", "YouTube").
So one such word says nothing; what a broken map leaves is the same wrong character, between
lower-case letters of an otherwise lower-case word, in several words of the text. TP609
(``garbled.ocr_slip``) reads a narrower slip in a translation, a "1" or a "0" for an "l" or
an "o" in one word; this reads any digit, "?" or capital, but only in numbers.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

#: A word as the text writes it: a run without white space or hyphen (the halves of
#: "Cuper?no-At" are words), quotes and brackets and the punctuation that ends a sentence or
#: a clause taken off both ends (a "?" inside, "Mee?ng", stays).
_TOKEN_RE = re.compile("[^\\s\u00ad\u2010\u2011–—-]+")
_ENDS = "\"'“”‘’«»()[]{}.,;:!?…*"
#: A word of letters with stand-ins for letters: a capital or a lower-case letter first, then
#: lower-case letters ("a9orney"), each stand-in (a digit, "?", a capital) after a lower-case
#: letter and before one or at the word's end ("Levi9"). Latin letters only: the broken maps
#: are those of Latin fonts' ligatures.
_WORD_RE = re.compile(r"[A-Za-z][a-z]*(?:[0-9?A-Z][a-z]+)*[0-9?A-Z]?")
_STAND_IN_RE = re.compile(r"(?<=[a-z])[0-9?A-Z](?=[a-z]|\Z)")

#: How many different words one stand-in must hold, between letters, for the text to be
#: read as a broken map's: a digit or "?" three ("k8s", "p2p" are too short to count, and two
#: words of a text are seldom so written), with letters of two kinds around it (the three
#: words of "tw4winMark", "tw4winError", "tw4winJump" are one name's); a capital five.
_ENOUGH = {"digit": 3, "capital": 5}
#: A capital inside a word is mostly a name's ("WhatsApp", "YouTube", "PowerPoint",
#: "iPhone"), and a text about the web names many: a capital stands in only when the text
#: then lacks the ligature such fonts set most, "ti" (fewer than it has such words: an
#: English, French or Spanish text of a release's length writes it again and again).
_LIGATURE = "ti"
#: The shortest word that counts (a stand-in in "p2p", "b2b", "e2e" is the text's own).
_SHORTEST = 5
#: How many of the words the warning names.
_SHOWN = 4


@dataclass(frozen=True)
class BrokenFont:
    """What a text's broken font left: the words holding a stand-in for letters (each once,
    in the order they first stand), and how many times such words stand in the text."""

    words: tuple[str, ...]
    count: int


def broken_font(text: str) -> BrokenFont | None:
    """The words of ``text`` a font with a broken ToUnicode map wrote, or None when it shows
    no such map: a stand-in character (a digit, "?" or a capital) between lower-case letters
    in at least three different words (a capital: five, in a text short of "ti"), the rest
    of each word letters. The
    map once shown broken, every word with a digit or "?" for letters is its work too (one
    font gives "Mee?ng" and "meeOng"), and a word ending in a stand-in read so elsewhere
    ("Levi9" beside "a9orney"); a capital read so nowhere else is a name's ("LinkedIn")."""
    inside: defaultdict[str, set[str]] = defaultdict(set)  # stand-in: words it stands inside
    around: defaultdict[str, set[str]] = defaultdict(set)  # stand-in: the letters either side
    found: list[tuple[str, set[str]]] = []  # (word, its stand-ins), in the text's order
    for token in _TOKEN_RE.finditer(text):
        word = token.group().strip(_ENDS)
        if len(word) < _SHORTEST or not _WORD_RE.fullmatch(word):
            continue
        stand_ins = list(_STAND_IN_RE.finditer(word))
        if not stand_ins:
            continue
        found.append((word, {m.group() for m in stand_ins}))
        # folded once a word (its hash then kept): folded for each stand-in, a word of
        # 200,000 characters "a1b1b1…" took 47 s
        folded = word.casefold()
        for m in stand_ins:
            if m.end() < len(word):
                inside[m.group()].add(folded)
                around[m.group()].add(word[m.start() - 1] + word[m.end()])
    broken = {glyph for glyph, words in inside.items() if len(around[glyph]) >= 2 and (
        len(words) >= _ENOUGH["digit"] if not glyph.isupper()
        else len(words) >= _ENOUGH["capital"] and text.count(_LIGATURE) < len(words))}
    if not broken:
        return None
    words = [word for word, glyphs in found if glyphs & broken or any(
        not glyph.isupper() and word[-1] != glyph for glyph in glyphs)]
    return BrokenFont(tuple(dict.fromkeys(words)), len(words))


def _examples(words: tuple[str, ...]) -> list[str]:
    """A few of ``words``, each stand-in's first before a second of any (the editor sees
    that one font wrote them all: «meeOng», «par2cipant», «a9orney», «Mee?ng»)."""
    first: dict[str, str] = {}
    for word in words:
        first.setdefault("".join(sorted(set(_STAND_IN_RE.findall(word)))), word)
    shown = list(first.values())[:_SHOWN]
    return sorted(shown + [w for w in words if w not in shown][:_SHOWN - len(shown)],
                  key=words.index)


def broken_font_note(text: str) -> str:
    """The import's warning on a text a broken font wrote, or "" when there is none."""
    broken = broken_font(text)
    if broken is None:
        return ""
    shown = ", ".join(f"«{word}»" for word in _examples(broken.words))
    more = ", …" if len(broken.words) > _SHOWN else ""
    return (f"warning: {broken.count} word(s) hold a digit, '?' or capital where letters "
            f"belong ({shown}{more}): the PDF's text layer is damaged (a font without the "
            "Unicode values of its ligatures, ti, tt, ft); import the source document's "
            "text, or an OCR of the pages, or correct these words")
