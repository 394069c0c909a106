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

Such a font may also write a word's hyphen twice, a hyphen-minus beside a hyphen (U+2010):
"well-‐informed", "recently-‐passed", published as two hyphens. That one is mended (no
spelling writes two hyphens so), and said.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
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


#: A hyphen a broken font wrote twice: a hyphen-minus beside a hyphen (U+2010) or a
#: non-breaking hyphen (U+2011), either first (no spelling writes two hyphens so); never two
#: of one character, nor U+2010 and U+2011: two hyphen-minus, "plan--if", are a typewriter's
#: dash, and so are two U+2010, "year‐‐the best" (a PDF's hyphen glyph copies so), and stay;
#: with soft hyphens left around them ("well-\u00ad\u2010informed", as Word's PDF of
#: session 62's r15 gives it), inside a word, between letters or digits ("COVID-‐19"), or
#: after one at a line's end (the break then judged as any hyphen's there). Each repetition
#: stops at a character the next cannot take, and the look-behind is one character: read
#: once.
_DOUBLED_HYPHEN_RE = re.compile("(?<=[^\\W_])\u00ad*(?:-\u00ad*[\u2010\u2011]"
                                "|[\u2010\u2011]\u00ad*-)\u00ad*"
                                "(?=[^\\W_]|[ \t]*\n)")
#: a hyphen of the text written once inside a word: the one a doubled hyphen keeps
_SINGLE_HYPHEN_RE = re.compile("(?<=[^\\W_])[-\u2010\u2011](?=[^\\W_])")
#: the word's letters and digits either side of a doubled hyphen the note shows (40 at most)
_BEFORE_RE = re.compile(r"[^\W_]{0,40}\Z")
_AFTER_RE = re.compile(r"[^\W_]{0,40}")
_NAMES = {"-": "'-'", "\u2010": "U+2010", "\u2011": "U+2011"}


@dataclass(frozen=True)
class DoubledHyphens:
    """A text whose broken font wrote a word's hyphen twice, mended: ``text`` with one hyphen
    in each such word; ``words`` the words as they now read (each once, in the order they
    first stand); ``count`` how many times; ``line`` the first one's line; ``doubled`` the
    pairs found and ``kept`` the hyphens kept (each once); ``alone`` whether the text writes
    a kept hyphen alone elsewhere."""

    text: str
    words: tuple[str, ...]
    count: int
    line: int
    doubled: tuple[str, ...]
    kept: tuple[str, ...]
    alone: bool


def doubled_hyphens(text: str) -> DoubledHyphens | None:
    """``text`` with each hyphen a broken font doubled inside a word written once, or None
    when it has none. The hyphen kept is the one of the two the text writes alone between
    letters the more often (a hyphen-minus when it writes neither, or both as often: the one
    a search and a termbase find)."""
    if "\u2010" not in text and "\u2011" not in text:
        return None  # (most texts: at no cost)
    used = Counter(_SINGLE_HYPHEN_RE.findall(text))
    words: list[str] = []
    doubled: list[str] = []
    kept: list[str] = []
    first: list[int] = []

    def one(match: re.Match[str]) -> str:
        pair = match.group().replace("\u00ad", "")
        hyphen = max(dict.fromkeys(pair), key=lambda c: (used[c], c == "-"))
        head = _BEFORE_RE.search(text, max(0, match.start() - 40), match.start())
        tail = _AFTER_RE.match(text, match.end())
        words.append((head.group() if head else "") + hyphen + (tail.group() if tail else ""))
        doubled.append(pair)
        kept.append(hyphen)
        first.append(match.start())
        return hyphen

    mended = _DOUBLED_HYPHEN_RE.sub(one, text)
    if not words:
        return None
    return DoubledHyphens(mended, tuple(dict.fromkeys(words)), len(words),
                          text.count("\n", 0, first[0]) + 1, tuple(dict.fromkeys(doubled)),
                          tuple(dict.fromkeys(kept)), any(used[c] for c in kept))


def doubled_hyphens_note(found: DoubledHyphens) -> str:
    """The import's note on the hyphens it wrote once: how many, which, where the first is,
    which hyphen it kept."""
    shown = ", ".join(f"«{word}»" for word in found.words[:_SHOWN])
    more = ", …" if len(found.words) > _SHOWN else ""
    pairs = ", ".join(" and ".join(_NAMES[c] for c in pair) for pair in found.doubled)
    kept = " or ".join(_NAMES[c] for c in found.kept)
    why = "as the text writes its other hyphens" if found.alone else "the text writing no other"
    return (f"line {found.line}: {found.count} word(s) held a hyphen a broken font wrote twice "
            f"({pairs} side by side): written with one, {kept}, {why} ({shown}{more})")
