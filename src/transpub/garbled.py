"""Text garbled on its way to a PO file: characters no page may hold, the replacement
character a failed decoding leaves, and mojibake (UTF-8 read in a single-byte code page).

A translator's text passes through editors, spreadsheets, e-mail and web forms; one of them
that reads UTF-8 as Windows-1252 turns «développement» into «dÃ©veloppement», Russian into
«РџСЂРёРІРµС‚» (Windows-1251) or «ÐŸÑ€Ð¸Ð²ÐµÑ‚», Arabic into «ط§ظ„ظ…» (Windows-1256). Such text
is still valid UTF-8: every reader takes it, msgfmt too, and the page publishes it. What was
misread can be undone exactly (the characters encoded back in that code page are the UTF-8
of the text meant), which is how it is recognised: a run that decodes back to letters or
punctuation of a living script, and never to what such a run means in the language itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from itertools import chain
from unicodedata import decomposition, is_normalized, normalize

#: What no page may hold: a C0 control character but tab and line ends (the PO reader
#: refuses them), a C1 one (what a Latin-1 reading of UTF-8 leaves; polib reads U+0085 as a
#: line break) and a noncharacter (HTML forbids them: vnu's "Forbidden code point"). Those
#: of the other planes (U+1FFFE) are looked for apart, in a text that has such a plane's
#: characters (``unwritable``): a class holding them costs ten times as much a search. And
#: the bidi overrides (LRO U+202D, RLO U+202E), which a page may hold but no release means:
#: the text after one is shown reversed («\u202e15\u202c» reads "51", a name backwards) while
#: the checks read it as written. A private-use character (U+E000-F8FF; planes 15 and 16
#: apart, as above): a page may hold one, but it means a glyph of the font it was written in
#: only (the Symbol and Wingdings fonts' bullets and arrows, pasted from a PDF), and a browser
#: shows a box or nothing. And the openers of the bidi embeddings and isolates (LRE, RLE,
#: LRI, RLI, FSI), which Arabic text uses, closed: one never closed lays out everything after
#: it on the page in its direction (``unwritable`` tells them apart: this class finds
#: candidates).
UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a\u202b\u202d\u202e"
                        "\u2066-\u2068\ue000-\uf8ff\ufdd0-\ufdef\ufffe\uffff]")
#: The bidi overrides (``UNWRITABLE``)
OVERRIDES = "\u202d\u202e"
#: The openers of the bidi embeddings (LRE, RLE) and isolates (LRI, RLI, FSI), with their
#: names and what closes each: a PDF (U+202C) an embedding (an override too), a PDI
#: (U+2069) an isolate and the embeddings opened inside it (UAX #9, rules X6a and X7)
OPENERS = {"\u202a": ("embedding", "LRE", "PDF U+202C"),
           "\u202b": ("embedding", "RLE", "PDF U+202C"),
           "\u2066": ("isolate", "LRI", "PDI U+2069"),
           "\u2067": ("isolate", "RLI", "PDI U+2069"),
           "\u2068": ("isolate", "FSI", "PDI U+2069")}
#: Every explicit bidi formatting character: openers, overrides and the two closers
_EXPLICIT = re.compile("[\u202a-\u202e\u2066-\u2069]")

#: The replacement character: what a decoder leaves for bytes it could not read.
REPLACEMENT = "\ufffd"


def _high_half(codec: str) -> dict[str, int]:
    """Each character ``codec`` writes as one byte of 0x80-0xFF, and that byte; a byte the
    code page leaves undefined read as Windows reads it (the C1 control of that number)."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        try:
            char = bytes([byte]).decode(codec)
        except UnicodeDecodeError:
            char = chr(byte)
        table[char] = byte
    return table


#: The code pages UTF-8 is misread in, with their names as a translator knows them.
_CODE_PAGES = (("cp1252", "Windows-1252 (Western)"), ("cp1251", "Windows-1251 (Cyrillic)"),
               ("cp1256", "Windows-1256 (Arabic)"))
_TABLES = tuple((_high_half(codec), name) for codec, name in _CODE_PAGES)

def _class(table: dict[str, int], low: int, high: int, but: str = "") -> str:
    """A character class of the characters of ``table`` written as bytes low to high, but
    those of ``but``."""
    return "[" + re.escape("".join(c for c, b in table.items()
                                   if low <= b <= high and c not in but)) + "]"


#: Continuation bytes' characters that living text writes next to letters: «», quotation
#: marks, dashes, the no-break space, «ё», «№», «،», «؛», «؟», the middle dot of Chinese
#: names. Every other one is rare in text of the six languages (``_FIRST``).
_COMMON = "\u00a0«»“”‘’„–—…•·ёЁ№،؛؟\u200c\u200d€™‹›"
#: The letters of the other Cyrillic and Arabic-script languages a Russian or an Arabic text
#: quotes («Гібралтар», «Азербејџан», «هرزه‌گوینا»): rare, but a misreading only between
#: Latin letters («DivisiГіn», «ó» misread in Windows-1251) (``_counts``)
_QUOTED = "іїєґўјљњћђџپچژگکٹڈڑںھے"

#: The first test, one search of a unit for a character of its own kind: one no page may
#: hold, the replacement character, or one a misreading makes and text rarely holds — the
#: lead characters «Ã», «Â», «Å» of accented Latin letters and «Ð», «Ñ», «Ø», «Ù», «Ú», «Û»,
#: «ä», «å», «æ» of Cyrillic, Arabic and Chinese in Windows-1252, «ã€», «ï¼» of Chinese
#: punctuation, «€» of «â€™», and the rarer continuation characters of each code page
#: (every misread Cyrillic or Arabic word has one: «Р°» is «а», «ط§» is «ا»). A character class
#: whose members text rarely holds is searched at a few nanoseconds a character; one holding
#: letters of the text's own script is not (~4 us a unit: benchmarks/HISTORY.md, session 58).
_FIRST = re.compile("[\x80-\x9f\u202a\u202b\u202d\u202e\u2066-\u2068\ue000-\uf8ff\ufdd0-\ufdef"
                    "\ufffe\uffff\ufffdÃÂÅÐÑØÙÚÛäåæãï€]|"
                    + "|".join(_class(table, 0x80, 0xBF, _COMMON) for table, _ in _TABLES))

#: A run of characters of one code page's upper half (``_runs``), per code page.
_RUNS = tuple(re.compile("[" + re.escape("".join(table)) + "]{2,}") for table, _ in _TABLES)

#: UTF-8's multi-byte characters, one after the other, in bytes: only well-formed ones (no
#: overlong form, no surrogate: «ي» before «»،» is ED BB AB in Windows-1256, which UTF-8's
#: decoder refuses, and the check had ended in a UnicodeDecodeError)
_UTF8_RUN = re.compile(rb"(?:[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
                       rb"|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
                       rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
                       rb"|\xf4[\x80-\x8f][\x80-\xbf]{2})+")

#: What a misread run must decode to: letters and punctuation of the scripts of living text
#: (Latin with its accents, basic Cyrillic, the Arabic letters, CJK, general punctuation,
#: the euro, full-width forms). A run that decodes to anything else (Greek, IPA, historic
#: Cyrillic, Arabic letters of other languages: «Р»» is «л» but «С»» U+047B) is left alone.
_MEANT = re.compile("[\u00a0-\u017f\u0400-\u045f\u060c\u061b\u061f\u0621-\u063a"
                    "\u0640-\u0652\u0660-\u0669\u2010-\u203a\u20ac\u2116\u2122"
                    "\u3000-\u303f"
                    "\u4e00-\u9fff\uff01-\uff5e]+")


@dataclass(frozen=True, slots=True)
class Misread:
    """A run of ``text`` that is UTF-8 read in ``code_page``, and what it meant."""

    garbled: str
    meant: str
    code_page: str


def misread(text: str) -> Misread | None:
    """The first run of ``text`` that is UTF-8 misread in a single-byte code page, or None.

    A run decoding back to one character only counts when the misreading is unmistakable: a
    lead character no language here writes before such a character («Ã©», «Â », «â€™»),
    one of a letter's own script followed by a rare one («Г©», «أ©»: «é» misread in
    Windows-1251 and -1256), or three or four characters, one of them rare («ه¹´», «年» in
    -1256). A single Cyrillic or Arabic letter back from two characters is too likely a
    word's last letter before «»» or «،» (Russian «ФСР»» would read «ФС» + «л»)."""
    if _FIRST.search(text) is None:
        return None
    for (table, name), runs in zip(_TABLES, _RUNS, strict=True):
        for run in runs.finditer(text):
            chars = run.group()
            data = bytes(map(table.__getitem__, chars))
            for found in _UTF8_RUN.finditer(data):
                meant = found.group().decode("utf-8")
                if _MEANT.fullmatch(meant) is None:
                    continue
                garbled = chars[found.start():found.end()]
                at = run.start() + found.start()
                if _counts(garbled, meant, text[at - 1:at], text[at + len(garbled):][:1]):
                    return Misread(garbled, meant, name)
    return None


#: Lead characters that make a pair unmistakable, and those that do before a rare character
#: (``misread``): «Ã», «Â», «â» are Windows-1252's (and «â» -1256's) for U+00C0-00FF,
#: U+0080-00BF and U+2000-2FFF; «Г», «в» Windows-1251's, «أ» -1256's for the accented
#: letters and punctuation.
_LEADS_ALONE = "ÃÂâ"
_LEADS_RARE = "Гвأ"


def unwritable(text: str, source: str = "") -> str:
    """The first character of ``text`` no page may hold (``unwritable_at``), or ""."""
    at = unwritable_at(text, source)
    return text[at] if at >= 0 else ""


def unwritable_at(text: str, source: str = "") -> int:
    """Where ``text`` first holds a character no page may hold (``UNWRITABLE``, a
    noncharacter or private-use character of another plane, an embedding or isolate never
    closed), or -1. One ``source`` holds itself is the source's (an override, a private-use
    symbol its font shows; an opener it leaves open too): what the check does not report, the
    build does not refuse."""
    near = -1
    # Each text is read once, whatever it holds: the source's characters and the openers it
    # leaves open are looked up, not searched for again per character of the translation (a
    # unit of thousands of RLE on both sides, or of private-use symbols the source holds at
    # its end, had been quadratic: 19 s for a 48 KB PO file)
    unclosed: set[int] | None = None
    left_open: set[str] | None = None
    held: set[str] | None = None
    for found in UNWRITABLE.finditer(text):
        char = found.group()
        if char in OPENERS:
            if unclosed is None:
                unclosed = _unclosed(text)
            if found.start() not in unclosed:
                continue  # (closed: Arabic text's isolates around a Latin name)
            if left_open is None:
                left_open = {source[at] for at in _unclosed(source)}
            if char in left_open:
                continue
        else:
            if held is None:
                held = set(source)
            if char in held:
                continue
        near = found.start()
        break
    if not _beyond_first_plane(text):
        return near
    for found in _FAR.finditer(text, 0, near if near >= 0 else len(text)):
        if held is None:
            held = set(source)
        if found.group() not in held:
            return found.start()
    return near


def _unclosed(text: str) -> set[int]:
    """Where ``text`` opens an embedding, override or isolate it never closes, as the bidi
    algorithm pairs them (UAX #9, X6a and X7): a PDI closes the last isolate open and every
    embedding opened inside it, a PDF the last embedding unless an isolate was opened after
    it; a closer that matches nothing is ignored (it changes nothing: not reported)."""
    stack: list[tuple[int, bool]] = []  # (where, an isolate)
    # the isolates on the stack, counted: a PDI asks whether one is open, and looking
    # through the stack for it made N openers then N PDI quadratic
    isolates = 0
    for found in _EXPLICIT.finditer(text):
        char = found.group()
        if char == "\u2069":
            if isolates:
                while not stack.pop()[1]:
                    pass
                isolates -= 1
        elif char == "\u202c":
            if stack and not stack[-1][1]:
                stack.pop()
        else:
            isolate = char in "\u2066\u2067\u2068"
            stack.append((found.start(), isolate))
            isolates += isolate
    return {at for at, _ in stack}


def _beyond_first_plane(text: str) -> bool:
    """Whether ``text`` holds a character beyond the first plane (UTF-16's length tells, in
    C: no look at each character)."""
    return not text.isascii() and len(text.encode("utf-16-le")) != 2 * len(text)


#: The noncharacters of the planes beyond the first (U+1FFFE, U+1FFFF … U+10FFFF), and the
#: private-use planes 15 and 16 (which the segmenter reserves for its markers, and the
#: importer refuses in a source)
_FAR = re.compile("[" + "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF)
                                for plane in range(1, 15)) + "\U000f0000-\U0010ffff]")


def private_use(char: str) -> bool:
    """Whether ``char`` is a private-use character (U+E000-F8FF, planes 15 and 16, but their
    noncharacters U+FFFFE, U+FFFFF, U+10FFFE, U+10FFFF)."""
    return "\ue000" <= char <= "\uf8ff" or (char >= "\U000f0000" and not noncharacter(char))


def describe(char: str) -> str:
    """``char`` (one of ``UNWRITABLE``) as a translator is told of it."""
    code = f"U+{ord(char):04X}"
    if char in OVERRIDES:
        return (f"the bidi override {code} (a browser shows the text after it reversed: "
                "«15» as «51»)")
    if char in OPENERS:
        kind, name, closer = OPENERS[char]
        return f"the bidi {kind} {code} ({name}) never closed (a {closer} closes it)"
    if private_use(char):
        return (f"the private-use character {code} (a symbol of the font it was typed in: "
                "pasted from a PDF?)")
    return f"the noncharacter {code}" if noncharacter(char) else f"the control character {code}"


def consequence(char: str) -> str:
    """What a page would make of ``char`` (one of ``UNWRITABLE``), as the build says it."""
    if char in OVERRIDES:
        return "which a page would show reversed"
    if char in OPENERS:
        return "which lays out everything after it on the page in its direction"
    if private_use(char):
        return "which a browser shows as a box or nothing"
    return "which no web page may hold"


def noncharacter(char: str) -> bool:
    """Whether ``char`` is a noncharacter (U+FDD0-FDEF, U+xFFFE and U+xFFFF of each plane)."""
    return ord(char) & 0xFFFE == 0xFFFE or "\ufdd0" <= char <= "\ufdef"


def garbling(target: str, source: str) -> tuple[str, str] | None:
    """What garbles ``target``, the translation of ``source``, as a message for its
    translator and the text meant (or ""); None for the common text (one search: ``_FIRST``).
    What the source holds itself is the source's (a name written «Ã…» there is not the
    translator's to mend)."""
    found = garbling_at(target, source)
    return None if found is None else found[:2]


def garbling_at(target: str, source: str) -> tuple[str, str, tuple[int, int] | None] | None:
    """``garbling``, and where in ``target`` the character no page may hold is (None for
    the other kinds): an invisible one, or a box, is what a translator cannot find."""
    if _FIRST.search(target) is None and not _beyond_first_plane(target):
        return None  # (a character of another plane may still be a noncharacter)
    at = unwritable_at(target, source)
    if at >= 0:
        return _unwritable_message(target, at), "", (at, at + 1)
    if REPLACEMENT in target and REPLACEMENT not in source:
        return (f"the translation holds «{REPLACEMENT}» (U+FFFD), which a program leaves for "
                "characters it could not read: type them again", "", None)
    found = misread(target)
    if found is not None and found.garbled not in source:
        word, meant, code_page = _in_its_word(target, found)
        return (f"«{word}» is UTF-8 misread as {code_page}: it was «{meant}»; mend "
                "the text (every such run) where it was garbled", meant, None)
    return None


def mended(text: str, source: str = "") -> str:
    """``text`` with every word TP609 reads as UTF-8 misread (``misread``) decoded back, as
    its message's ``expected`` has it («ä¸­æ–‡» → «中文»); as it is when it holds none. A run
    the source holds itself is left alone."""
    for _ in range(len(text)):  # (each word mended shortens the text: bounded anyway)
        found = misread(text)
        if found is None or found.garbled in source:
            break
        word, meant, _code_page = _in_its_word(text, found)
        if meant == word:
            break
        text = text.replace(word, meant)
    return text


def place(text: str, at: int) -> str:
    """Where the character at ``at`` of ``text`` is, as a translator finds an invisible one
    (or a box): after the words before it, up to 20 characters of them."""
    if at == 0:
        return "at its start"
    before = text[max(0, at - 20):at]
    if at > 20 and " " in before[:-1]:
        before = "…" + before[before.index(" ") + 1:]
    return f"after «{before}»"


def _unwritable_message(target: str, at: int) -> str:
    """TP609's message for a translation holding the character at ``at`` (``unwritable``)."""
    char = target[at]
    said = f"the translation holds {describe(char)} {place(target, at)}"
    if char in OVERRIDES:
        return (f"{said}, while the checks read it as written (the build shows the source): "
                "delete it")
    shown = f"{said}, {consequence(char)} (the build shows the source)"
    return f"{shown}: close it or delete it" if char in OPENERS else \
        f"{shown}: delete it, or type the character meant"


def _in_its_word(text: str, found: Misread) -> tuple[str, str, str]:
    """The word of ``text`` holding ``found``'s run (up to a space: «Ã©» tells a translator
    less than «dÃ©veloppement»), that word mended, and the code page it was misread in."""
    at = text.index(found.garbled)
    end = at + len(found.garbled)
    start = _WORD_START.search(text, 0, at).start()  # type: ignore[union-attr]  # (matches "")
    stop = _WORD_END.match(text, end).end()  # type: ignore[union-attr]
    word = text[start:stop]
    mended, code_page = _mended(word)
    for _ in range(2):  # a text misread twice («lÃ¢â‚¬â„¢ONU»: «l’ONU» misread, then again)
        if mended == word or misread(mended) is None:
            break
        mended = _mended(mended)[0]
    return word, mended, code_page


def _mended(word: str) -> tuple[str, str]:
    """``word`` with its misread runs decoded back in the code page that leaves the fewest
    characters of a misreading (``_FIRST``) in it, and that code page's name: a word misread
    in Windows-1256 may hold «â€™», which -1252 reads the same, and «أ©», which it does not.
    One code page a word: mended in one and then another, «ر» before a mended «–» had been
    read as a misreading of «і»."""
    best: tuple[int, str, str] | None = None
    for (table, name), runs in zip(_TABLES, _RUNS, strict=True):
        mended = runs.sub(partial(_decoded, table=table), word)
        # (fewest such characters left, then most mended: the shortest)
        left = len(_FIRST.findall(mended)) * 1000 + len(mended)
        if best is None or left < best[0]:
            best = (left, mended, name)
    assert best is not None
    return best[1], best[2]


def _decoded(run: re.Match[str], table: dict[str, int]) -> str:
    """``run`` (of ``table``'s characters) with its misread parts decoded back."""
    chars = run.group()
    data = bytes(map(table.__getitem__, chars))
    out: list[str] = []
    last = 0
    for found in _UTF8_RUN.finditer(data):
        meant = found.group().decode("utf-8")
        if _MEANT.fullmatch(meant) is not None:  # (the word is misread: no _counts)
            out.append(chars[last:found.start()])
            out.append(meant)
            last = found.end()
    out.append(chars[last:])
    return "".join(out)


def _counts(garbled: str, meant: str, before: str, after: str) -> bool:
    """Whether a run decoding back to ``meant``, between the characters ``before`` and
    ``after``, is taken for a misreading (``misread``)."""
    if len(meant) > 1 or garbled[0] in _LEADS_ALONE:
        return True
    if garbled[0] in _LEADS_RARE or len(garbled) > 2:
        rare = [char for char in garbled[1:] if char not in _COMMON]
        return any(char not in _QUOTED for char in rare) or (bool(rare) and any(
            side.isascii() and side.isalpha() for side in (before, after)))
    return False


#: The characters before and after a run, up to a space or the end (not a no-break space:
#: a misreading makes one of «Р», «Ø», «à»)
_WORD_START = re.compile(r"[^ \t\n]*\Z")
_WORD_END = re.compile(r"[^ \t\n]*")


#: a digit one or zero between two lower-case Latin letters: «responsabi1idad», «a1guna»,
#: «c0nsejo», what optical character recognition makes of an "l" and an "o"
_SLIP = re.compile("[a-zà-öø-ÿ][01][a-zà-öø-ÿ]")
#: the run of Latin letters and digits the slip is in
_RUN = re.compile("[a-zà-öø-ÿA-ZÀ-ÖØ-Þ0-9]+")


def ocr_slip(target: str, source: str) -> tuple[str, str] | None:
    """A word of ``target`` with a "1" or a "0" for a letter (an OCR or a typing slip: the
    Spanish Charter's «responsabi1idad»), as a message and the word mended; None when there
    is none, or the word is the source's (a code, «h1n1»), holds another digit, a capital,
    or is part of an address."""
    for found in _SLIP.finditer(target):
        start = found.start()
        while start and _RUN.fullmatch(target[start - 1]):
            start -= 1
        run = _RUN.match(target, start)
        assert run is not None  # (the slip's own letters are of it)
        word = run.group()
        # (an address or a code's part: a joint or a point against the run, "a1b.pdf")
        joined = target[start - 1:start] + target[run.end():run.end() + 2].rstrip(".,;:!?)")
        if (sum(ch.isdigit() for ch in word) != 1 or not word.islower()
                or any(ch in joined for ch in "/@._-\\=#&%")
                or word.casefold() in source.casefold()):
            continue
        mended = word.replace("1", "l").replace("0", "o")
        return (f"«{word}» has a digit for a letter (an OCR or typing slip?): «{mended}»",
                mended)
    return None


def composed(text: str) -> str:
    """``text`` composed (NFC). Some macOS tools and PDF extractions write accents decomposed
    («de\u0301cembre»): the check reads them composed (``pounits``); the merges compare them
    so, extract writes them so, and a page publishes them so (a French page had gone out with
    161 combining marks, and ``xliff import`` saw 8 "conflicts" of two texts that look the
    same)."""
    return text if text.isascii() or is_normalized("NFC", text) else normalize("NFC", text)


#: an Arabic word whose article's lam and a following alef are the wrong way round: what a
#: PDF's text gives of the lam-alef ligature («األطفال» for «الأطفال», «اإلنجابية» for
#: «الإنجابية», «االختبار» for «الاختبار»), after its clitics. No Arabic word begins with two
#: alefs: the UN Parallel Corpus's 8,000 Arabic units hold none, TaTA's translations of DHS
#: reports (taken from their PDFs, session 60) 22 in 1,677
_LAM_ALEF_TURNED = re.compile(r"(?<![\u0621-\u064a])([وفبكل]{0,2})ا([اأإآ])ل(?=[\u0621-\u064a])")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u064b-\u0652]+")
#: the turned pair itself, ``_LAM_ALEF_TURNED``'s gate (its look-behind first had been tried at
#: every place of every Arabic text)
_TURNED_CORE = re.compile("ا[اأإآ]ل")


def lam_alef_turned(target: str, source: str) -> tuple[str, str] | None:
    """A word of ``target`` whose lam and alef a PDF turned round, as a message and the word
    mended; None when there is none (or the source writes it so)."""
    if _TURNED_CORE.search(target) is None:
        return None  # (most texts: a search from the alef, its literal, in C)
    found = _LAM_ALEF_TURNED.search(target)
    if found is None or found.group() in source:
        return None
    word = _ARABIC_WORD.match(target, found.start())
    assert word is not None  # (the match is of Arabic letters)
    written = word.group()
    mended = _LAM_ALEF_TURNED.sub(lambda m: f"{m[1]}ال{m[2]}", written, count=1)
    return (f"«{written}» has its lam and alef the wrong way round (Arabic copied from a "
            f"PDF?): «{mended}»; mend every such word", mended)


#: The tatweel (U+0640), the joining stroke: a lone initial form is its letter and a tatweel
#: after it, as UN Arabic writes a list's letter «(هـ)»
_TATWEEL = "\u0640"


def _shapes_alone() -> dict[int, str]:
    """Each joining form of one letter (initial, medial, final) as it is written standing alone
    (no Arabic letter beside it): its letter with the tatweel on the side it joins, the glyph
    it shows. A lone form is meant (a list's «(ﻫ)», an abbreviation's letter), not text a PDF
    turned; read as the bare letter («(ه)») its look would change."""
    out: dict[int, str] = {}
    for code, letters in _SHAPES.items():
        if len(letters) != 1:
            continue  # (a ligature of letters is a word's piece, not a letter set apart)
        kind = decomposition(chr(code)).split(" ", 1)[0]
        if kind == "<initial>":
            out[code] = letters + _TATWEEL
        elif kind == "<medial>":
            out[code] = _TATWEEL + letters + _TATWEEL
        elif kind == "<final>":
            out[code] = _TATWEEL + letters
    return out


def _letters_of_shapes() -> dict[int, str]:
    """Each Arabic presentation form (U+FB50-FDEF Forms-A, U+FE70-FEFE Forms-B: a letter's
    isolated, initial, medial or final shape, or a ligature of letters, as a character of its
    own) and the letters it stands for (NFKC). A mark's spacing form («\ufe76», NFKC's
    " \u064e") stands after the letter it marks, in such text: the mark alone. Not the word
    ligatures U+FDF0-FDFF (ﷲ, ﷺ, the rial sign ﷼): symbols a text may write on purpose, kept
    as written. What has no compatibility mapping (the ornate parentheses U+FD3E/FD3F, the
    noncharacters U+FDD0-FDEF, U+FEFF, the byte order mark) is no presentation form."""
    return {code: normalize("NFKC", chr(code)).lstrip(" ")
            for code in chain(range(0xFB50, 0xFDF0), range(0xFE70, 0xFEFF))
            if decomposition(chr(code)).startswith(("<isolated>", "<initial>", "<medial>",
                                                    "<final>"))}


#: The Arabic presentation forms and what each stands for (``_letters_of_shapes``)
_SHAPES = _letters_of_shapes()
#: any of them (a class of their ranges, searched in C: most texts hold none)
_SHAPED = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_SHAPES)) + "]")
_ALONE = _shapes_alone()
#: a joining form with no Arabic letter (nor form) on either side: written so on purpose
_LONE = re.compile("(?<![\u0620-\u064a\u066e-\u06d3\ufb50-\ufdff\ufe70-\ufefe])["
                   + "".join(re.escape(chr(code)) for code in sorted(_ALONE))
                   + "](?![\u0620-\u064a\u066e-\u06d3\ufb50-\ufdff\ufe70-\ufefe])")


def unshaped(text: str) -> str:
    """``text`` with its Arabic presentation forms read as the letters they stand for
    (``_SHAPES``: NFKC of those characters only; NFKC of the whole text would also change
    what a translator means, Chinese full-width forms, superscripts, «½»). Text copied from a
    PDF, or typed with old Arabic software, writes each letter's printed shape as a character
    of its own: it looks right, but search, copying, sorting and screen readers do not read it
    as letters, and the checks had compared it as other letters (a name, a date, a number
    "missing"). The text itself when it holds none (one search)."""
    if text.isascii() or _SHAPED.search(text) is None:
        return text
    text = _LONE.sub(lambda m: _ALONE[ord(m.group())], text)
    return composed(text.translate(_SHAPES))


def published(text: str) -> str:
    """``text`` as a page publishes it: composed (``composed``), its Arabic presentation forms
    as letters (``unshaped``): what the checks read of it (TP609 asks for the file to be
    mended, which the page need not wait for: the letters meant are known exactly, and a
    browser shapes them as the forms showed)."""
    return unshaped(composed(text))


def presentation_forms(written: str, source: str) -> tuple[str, str] | None:
    """Arabic presentation forms in ``written`` (a translation as its file writes it, of
    ``source``), as a message naming the first word holding one, and the whole text as
    letters (``unshaped``); None when it holds none, or only forms its source holds (the
    source's to mend)."""
    # (a lone form, a list's «(ﻫ)», is meant: published as its glyph, ``unshaped``)
    lone = {m.start() for m in _LONE.finditer(written)}
    found = [m for m in _SHAPED.finditer(written) if m.start() not in lone]
    forms = [m.group() for m in found]
    held = set(source)  # (a set: each form looked up, not searched for in the source again)
    if not forms or all(form in held for form in forms):
        return None
    at = found[0].start()
    start = _WORD_START.search(written, 0, at).start()  # type: ignore[union-attr]  # (matches "")
    word = _WORD_END.match(written, start).group()  # type: ignore[union-attr]
    codes = " ".join(f"U+{ord(char):04X}" for char in list(dict.fromkeys(forms))[:3])
    count = f"{len(forms)} characters" if len(forms) > 1 else "1 character"
    return (f"«{word}» is written in Arabic presentation forms ({codes}…, {count} of the "
            "text: each letter's printed shape as a character of its own, as text copied "
            "from a PDF holds it): it looks right, but search, copying and screen readers do "
            f"not read it as «{unshaped(word)}»; paste the text as plain text, or retype it "
            "(the build publishes it as letters)", unshaped(written))
