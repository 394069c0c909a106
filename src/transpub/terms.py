"""Find termbase concepts in a text, in any of the six languages, despite grammar.

Matching is per language: Russian words may take case endings (Воронкову, Генерального),
Arabic words may carry attached particles (و ب ل ك, and ل + ال written لل), Chinese has no spaces,
French and Spanish elide (l’Office). Typographic and straight apostrophes, no-break spaces and
hyphen variants are folded on both sides. A match inside a longer match ("United Nations" inside
"United Nations Office on Drugs and Crime") does not count on its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress
from operator import and_, attrgetter, itemgetter, not_
from typing import Any, overload

from transpub.fastnew import maker
from transpub.hanfold import simplified
from transpub.memo import capacity
from transpub.termbase import LARGE, AnchorIndex, Concept, Termbase, gc_paused

_FOLD = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u3000": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u00ad": "",
    "\u30fb": "·", "\u2022": "·", "\u2027": "·", "\u00b7": "·", "\uff65": "·",
    "ё": "е", "Ё": "Е",
    # Arabic: alef forms, alef maqsura, tatweel (letter-shape variants, not spelling)
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ـ": "",
})
#: ``_FOLD`` as characters, and a class of them: ``_fold_chars`` replaces only the characters
#: a text holds (str.translate looks every character up, several times slower).
_FOLD_TEXT = {chr(k): (v if isinstance(v, str) else chr(v) if v is not None else "")
              for k, v in _FOLD.items()}
_FOLD_CHARS = re.compile("[" + "".join(map(re.escape, sorted(_FOLD_TEXT))) + "]")


def _fold_one(match: re.Match[str]) -> str:
    return _FOLD_TEXT[match.group()]


def _fold_chars(text: str) -> str:
    """``text.translate(_FOLD)``. An ASCII text can hold only one of ``_FOLD``'s characters
    (the backquote), a text of Latin-1 characters only four more (´, the no-break space, the
    soft hyphen, ·): those are replaced at C speed (``str.replace``, ``bytes.translate``)
    without the pattern's scan of every character (tests/test_checkunit14_fold.py)."""
    if text.isascii():  # (a flag of the string: no scan)
        return text.replace("`", "'")
    try:  # (every character below U+0100: see ``consistency._fold``)
        latin = text.encode("latin-1")
    except UnicodeEncodeError:
        pass
    else:
        return latin.translate(_FOLD_LATIN, b"\xad").decode("latin-1")
    return _FOLD_CHARS.sub(_fold_one, text)


#: ``_FOLD`` on Latin-1's bytes (the soft hyphen, which it deletes, aside)
_FOLD_LATIN = bytes(ord(_FOLD_TEXT.get(chr(code), chr(code)) or " ") for code in range(256))


_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670]")
_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+[@＠﹫][\w.-]+|(?:https?://|www\.)\S+")
#: One of these is in every match of _ADDRESS.
_ADDRESS_MARKS = ("@", "＠", "﹫", "http://", "https://", "www.")


def _blank(match: re.Match[str]) -> str:
    """An address matched, as as many spaces (the offsets kept)."""
    return " " * len(match.group(0))


def _address_marked(text: str) -> bool:
    """Does ``text`` hold one of ``_ADDRESS_MARKS`` (else ``_ADDRESS`` cannot match)? Six
    substring searches at C speed: one pattern of the six (before) tested the set of their
    first characters at every character of the text."""
    return ("@" in text or "www." in text or "http://" in text or "https://" in text
            or "＠" in text or "﹫" in text)

_RU_ENDING = "[аеиоуыэюяйьмхвгч]{0,4}"
_RU_STRIP = re.compile(r"[аеиоуыэюяйь]{1,2}$")
_AR_PREFIX = "(?:[وف]?[بلك]?)"
_AR_PREFIX_DEF = "(?:[وف]?[بلك]?ال|[وف]?لل)"
# attached pronouns, and the alif of the indefinite accusative (tanwin al-fath: «القاضي لاكي،
# رئيسا» is «رئيس», President, as the predicate of the apposition requires)
_AR_SUFFIX = "(?:ها|هما|هم|ه|ي|اً|ا)?"
_PIECE_SPLIT = re.compile(r"[\s'·-]+")
_CJK_SPACE = re.compile(r"(?<=[\u3400-\u9fff])\s(?=[\u3400-\u9fff])")


@lru_cache(maxsize=512)
def fold(text: str, lang: str = "") -> str:
    """Fold typographic variants that never change meaning; offsets are kept (1:1 mapping)."""
    out = _fold_chars(text)
    if lang.startswith("ar"):
        out = _ARABIC_MARKS.sub("", out)
    elif lang.startswith("zh"):
        out = simplified(out)  # («總統» is «总统»: a translation in traditional characters)
    return out


@dataclass(frozen=True, slots=True)
class Hit:
    """A concept found in a text: where, and in which form."""

    concept: str
    start: int
    end: int
    form: str
    status: str


#: ``Hit(...)`` without its ``__init__`` (fastnew): one per term found in every text
_new_hit = maker(Hit, "concept", "start", "end", "form", "status")


@dataclass(slots=True)
class _Form:
    concept: str
    text: str
    status: str
    anchor: str
    """A literal every match contains (lower case): a cheap ``in`` test before the regex."""
    lang: str
    person: bool = False
    _pattern: re.Pattern[str] | None = None
    _body: re.Pattern[str] | None = None
    _before: Callable[[str, int], re.Match[str] | None] | None = None
    """The look-behind tried where a match of ``_body`` starts (chosen once: ``body.flags
    & re.IGNORECASE`` is a Python-level ``RegexFlag`` operation)."""
    _core: Callable[[str, int], int] | None = field(default=None, compare=False, repr=False)
    """An Arabic form's first word without its particles, searched for first (``_core_of``);
    the whole pattern is then tried only at the few places before it where a match can start.
    (Made from the form's text: not compared, a new function each time it is made.)"""
    _whole: bool = field(default=False, compare=False, repr=False)
    """An Arabic form whose first word has no such literal: its pattern is searched whole."""
    _key: str = field(default="", compare=False, repr=False)
    """The literal every match of ``_body`` starts with, case-folded (``_literal_key``), or
    ``""``: then ``_body`` is searched for, else found where the key is."""

    @property
    def pattern(self) -> re.Pattern[str]:
        # compiled on first use: most forms of a large termbase never occur in a given text
        if self._pattern is None:
            self._pattern = form_pattern(self.text, self.lang, self.person)
        return self._pattern

    def spans(self, text: str, lowered: str | None = None) -> list[tuple[int, int]]:
        """Where ``pattern.finditer`` matches in ``text``. A French, Spanish, Russian or
        English pattern is searched for without the look-behind it starts with, which keeps
        ``re`` from skipping ahead to the form's first letters (2-4x faster), and the
        look-behind is then tried where a match starts: the same matches, as a look-behind
        takes no characters (tests/test_terms_speed.py)."""
        body = self._body
        before = self._before
        if body is None or before is None:
            core = self._core
            if core is not None:
                return _core_spans(text, core, self.pattern.match)
            base = self.lang.split("_")[0]
            if base == "ar" and not self._whole:
                core = self._core = _core_of(self.text, self.lang, self.pattern.flags)
                self._whole = core is None
                if core is not None:
                    return _core_spans(text, core, self.pattern.match)
            if self._pattern is not None or base in _WHOLE_PATTERN:
                return [m.span() for m in self.pattern.finditer(text)]
            parts = _pattern_parts(self.text, self.lang, self.person)
            if not parts[0]:
                return [m.span() for m in self.pattern.finditer(text)]
            body = self._body = re.compile(parts[1], parts[2])
            before = self._before = _BEFORE_AT[bool(parts[2] & re.IGNORECASE)]
            self._key = _literal_key(parts[1], parts[2])
        out = []
        key = self._key
        if key and lowered is not None:
            # the body tried only where its first literal is: in ``lowered``, the text
            # case-folded character for character, a match's first characters are the key
            # (``_literal_key``): str.find at C speed, where ``re`` tested every character
            # of the text against the first one's cases (``re.IGNORECASE`` has no literal
            # to skip to)
            match_at = body.match
            at = lowered.find(key)
            while at != -1:
                found = match_at(text, at)
                # (the look-behind holds after a space or at the start: no call for that)
                if found is not None and (not at or text[at - 1] == " "
                                          or before(text, at) is not None):
                    end = found.end()
                    out.append((at, end))
                    at = lowered.find(key, end)
                else:
                    at = lowered.find(key, at + 1)
            return out
        # at C speed while every match passes the look-behind and is not empty (then
        # ``finditer`` goes on from its end, as the loop below does); from the first one
        # that does not, the loop (which finds that match again first)
        for found in body.finditer(text):
            start, end = found.span()
            if end == start or before(text, start) is None:
                at = start
                break
            out.append((start, end))
        else:
            return out
        while (match := body.search(text, at)) is not None:
            start = match.start()
            if before(text, start) is None:
                at = start + 1
                continue
            out.append(match.span())
            at = match.end() if match.end() > start else start + 1
        return out


#: The most characters the particles before an Arabic form's first word take (``[وف]?[بلك]?ال``,
#: ``[وف]?لل``, ``(?:ال)?`` after ``[وف]?[بلك]?``): a match starts at most this far before it.
_AR_REACH = 4


#: The shortest key worth finding (a shorter one is found about as often as ``re``'s scan
#: for its first character tries a match)
_KEY_MIN = 3
#: One literal character of a pattern (an escaped sign, or a character with no meaning)
_LITERAL = re.compile(r"\\([^0-9A-Za-z])|([^\\.^$*+?{}\[\]|()])")
#: What makes the literal before it optional or repeated
_QUANTIFIERS = frozenset("*+?{")
#: How a pattern's first letter in its own case starts (an English name's, ``_pattern_parts``)
_CASED = "(?-i:"


def _literal_key(body: str, flags: int) -> str:
    """The literal characters every match of ``body`` (compiled with ``flags``) starts with,
    case-folded, when each folds to one character and they are at least ``_KEY_MIN``; else
    ``""``. Where ``body`` matches a text, under ``re.IGNORECASE`` or not, the text's
    case-folded copy has the key, when it has the text's length (each character then folds
    to one): every character that ``re.IGNORECASE`` matches to a letter folds as the letter
    does, but the dotless ı, which matches i and I (tests/test_terms16_keys.py checks this
    over every character; a key holding ı is none, a text holding it is not case-folded for
    this). Read from the pattern's text (``re``'s parser, in Python, took as long again as
    compiling each form's pattern): a pattern with an alternative anywhere has no key, and
    the test holds the key to the one ``re``'s parser gives."""
    if "|" in body or flags & ~re.IGNORECASE:
        return ""
    chars: list[str] = []
    cased = body.startswith(_CASED)  # inside the (?-i:...) group the pattern starts with
    at = len(_CASED) if cased else 0
    end = len(body)
    while at < end:
        if cased and body[at] == ")":
            if at + 1 < end and body[at + 1] in _QUANTIFIERS:
                chars.clear()  # the group is optional or repeated (no pattern has that)
                break
            cased = False
            at += 1
            continue
        found = _LITERAL.match(body, at)
        if found is None or (found.end() < end and body[found.end()] in _QUANTIFIERS):
            break
        chars.append(found.group(1) or found.group(2))
        at = found.end()
    key = "".join(chars).casefold()
    if len(key) != len(chars) or len(key) < _KEY_MIN or "ı" in key:
        return ""
    return key


def _aligned(folded: str, lowered: str) -> str | None:
    """``lowered`` (``folded.casefold()``) when it is ``folded`` case-folded character for
    character, and may be searched for the keys (``_literal_key``): it has the same length
    (no character folds to nothing) and ``folded`` has no dotless ı; else None."""
    return lowered if len(lowered) == len(folded) and "ı" not in folded else None


def _ar_head(word: str, first: bool) -> tuple[str, str]:
    """An Arabic word's pattern (one with Arabic letters) as its particles' pattern and its
    core, the literal that follows them (``_word_pattern`` adds the attached pronouns)."""
    if word.startswith("ال") and len(word) > 3:
        return (f"(?:{_AR_PREFIX_DEF}|{_AR_PREFIX})" if first else "(?:ال|لل)?"), word[2:]
    head = _AR_PREFIX if first else "(?:[وبلك])?"
    # ل + ال is written لل: للبرنامج
    return f"(?:{head}(?:ال)?|[وف]?لل)", word


def _core_of(term: str, lang: str, flags: int) -> Callable[[str, int], int] | None:
    """Where an Arabic form's first word, as its pattern has it after the particles, next
    occurs in a text (``text, start`` -> position, or -1), or None when that is not one
    literal (a quote or hyphen in it, which the pattern writes as a set). Every match of the
    form's pattern holds it, at most ``_AR_REACH`` characters after the match's start.
    ``flags``: the pattern's."""
    folded = fold(term, lang).strip()
    words = folded.split()
    if not words:
        return None
    word = words[0]
    core = _ar_head(word, True)[1] if re.search("[\u0600-\u06ff]", word) else word
    if not core or "'" in core or "-" in core:
        return None
    if not flags & re.IGNORECASE or all(c.lower() == c == c.upper() for c in core):
        # letters without case (Arabic's) match only themselves under re.IGNORECASE too: a
        # plain substring search, nothing compiled (a pattern per form cost 100-250 us)
        return lambda text, start: text.find(core, start)
    search = re.compile(re.escape(core), re.IGNORECASE).search

    def find(text: str, start: int) -> int:
        found = search(text, start)
        return -1 if found is None else found.start()

    return find


def _core_spans(text: str, core: Callable[[str, int], int],
                match: Callable[[str, int], re.Match[str] | None]) -> list[tuple[int, int]]:
    """``[m.span() for m in pattern.finditer(text)]`` for a pattern whose every match holds a
    match of ``core`` at most ``_AR_REACH`` characters after its start: the pattern is tried
    only at those starts, in order (``finditer`` tries every position and goes on from the end
    of each match; a match found at a position does not depend on where the search began, a
    look-behind seeing the text before it)."""
    out: list[tuple[int, int]] = []
    pos = 0  # where the next match may start: the end of the last one
    tried = 0  # the starts below this one were tried already
    at = core(text, 0)
    while at != -1:
        for start in range(max(pos, tried, at - _AR_REACH), at + 1):
            hit = match(text, start)
            if hit is not None:
                end = hit.end()
                out.append((start, end))
                pos = end if end > start else start + 1
                break
        tried = at + 1
        at = core(text, max(tried, pos))
    return out


def _hit_order(hit: Hit) -> tuple[int, int]:
    """``find_all``'s order: by start, the longest first."""
    return hit.start, hit.start - hit.end


def _anchor(term: str, lang: str) -> str:
    """The longest piece of ``term`` that every inflected or prefixed match still contains."""
    pieces = _pieces(term, lang)
    return max(pieces, key=len) if pieces else fold(term, lang).casefold()


def _pieces(term: str, lang: str) -> tuple[str, ...]:
    """The pieces of ``term`` that every inflected or prefixed match contains (for the index)."""
    return _key_pieces(_key(term, lang), lang)


def _key(term: str, lang: str) -> str:
    """``fold(term, lang).casefold()``, not through fold()'s cache: a large termbase's forms
    would only evict the texts' entries. (Case folding leaves Arabic marks alone.)"""
    folded = _fold_chars(term).casefold()
    return _ARABIC_MARKS.sub("", folded) if lang.startswith("ar") else folded


#: What a form's key is split into words on for ``_glued_pieces`` (``_PIECE_SPLIT`` but the
#: hyphen).
_WORD_SPLIT = re.compile(r"[\s'·]+")


def _glued_pieces(keys: Sequence[str], lang: str) -> set[str] | None:
    """The pieces of the forms whose ``keys`` are given that a hyphen joins to another, for
    ``AnchorIndex.words_from``; None for Russian, Arabic, Chinese and Japanese (stems, attached
    particles, no spaces). In a pattern of another language a word is its literal
    (``_word_pattern``), matched after a character that is not ``\\w`` (the look-behind) or
    after white space or an apostrophe, and followed by the like (``(?!\\w)``): every other
    piece is a whole word of the text in every match. A hyphen in a form is ``[-\\s]?``,
    which may join the pieces on either side to their neighbours («nonmember»): those are
    never whole words, whatever other forms say. (Only the keys with a hyphen are split: a
    20,000-concept termbase's, all split, took 80-100 ms per language.)"""
    if lang.split("_")[0] in ("ru", "ar", "zh", "ja"):
        return None
    glued: set[str] = set()
    for key in [key for key in keys if "-" in key]:
        for word in _WORD_SPLIT.split(key):
            if "-" in word:
                glued.update(word.split("-"))
    return glued


def _key_pieces(folded: str, lang: str) -> tuple[str, ...]:
    """The pieces of a term already folded and case-folded (``_key``)."""
    if not lang.startswith(("ru", "ar")):
        return tuple(p for p in _PIECE_SPLIT.split(folded) if p)  # the common, fast case
    base = lang.split("_")[0]
    pieces = _PIECE_SPLIT.split(folded)
    if base == "ru":
        pieces = [_ru_piece(p) for p in pieces]
    elif base == "ar":
        pieces = [p[2:] if p.startswith("ال") and len(p) > 3 else p for p in pieces]
    return tuple(p for p in pieces if p)


@lru_cache(maxsize=65536)
def _ru_piece(piece: str) -> str:
    """A Russian word's stem, as every case form has it (once per word of the termbase)."""
    stem = _RU_STRIP.sub("", piece) if not piece.endswith(("ов", "ев", "ин")) else piece
    # a fleeting vowel may vanish (день -> дня, дворец -> дворца): anchor on what stays
    return re.sub(r"[ео][цкнлр]$", "", stem)


def _word_pattern(word: str, lang: str, first: bool, person: bool = False) -> str:
    base = lang.split("_")[0]
    if base == "ru" and "-" in word:
        # both halves of a Russian compound decline: государства-члены, государствам-членам;
        # a half with a complement takes a spaced dash: «государства — члены ООН»
        return r"(?:[-\s]?|\s+(?:--?|[\u2012-\u2015])\s+)".join(
            _word_pattern(part, lang, first, person) for part in word.split("-"))
    if base == "ru" and person and re.search("[иеоуюэ]$", word):
        return re.escape(word)  # foreign names in -и, -о, -е do not decline: Гранди, Филиппо
    if base == "ru" and len(word) >= 3 and re.search("[а-яА-Я]", word):
        stem = _RU_STRIP.sub("", word) if not word.endswith(("ов", "ев", "ин")) else word
        fleeting = re.fullmatch(r"(\w+?)([ео])([цкнлр])", stem)
        if fleeting and len(stem) >= 3:
            # a fleeting vowel: день -> дня, конец -> конца
            return (re.escape(fleeting.group(1)) + f"(?:{fleeting.group(2)})?"
                    + re.escape(fleeting.group(3)) + _RU_ENDING)
        return re.escape(stem) + _RU_ENDING
    if base == "ar" and re.search("[\u0600-\u06ff]", word):
        head, core = _ar_head(word, first)
        return head + re.escape(core) + _AR_SUFFIX
    return re.escape(word)


def form_pattern(term: str, lang: str, person: bool = False) -> re.Pattern[str]:
    """The regular expression that finds ``term`` in folded text of ``lang``."""
    before, rest, flags = _pattern_parts(term, lang, person)
    return re.compile(before + rest, flags)


#: Languages whose patterns ``_Form.spans`` searches whole: Arabic's start with optional
#: particles (no letters to skip ahead to: the look-behind first is faster), Chinese's have
#: no look-behind.
_WHOLE_PATTERN = frozenset({"ar", "zh", "ja"})
#: What every pattern but a Chinese one starts with: not inside a word, nor after a hyphen
#: but for «ex-», «экс-».
_BEFORE = r"(?<!\w)(?:(?<=(?<!\w)ex-)|(?<=(?<!\w)экс-)|(?<!\w-))"
_BEFORE_AT = {bool(flags): re.compile(_BEFORE, flags).match for flags in (0, re.IGNORECASE)}


def _pattern_parts(term: str, lang: str, person: bool = False) -> tuple[str, str, int]:
    """``form_pattern``'s look-behind (empty for Chinese), the rest, and the flags."""
    folded = fold(term, lang).strip()
    base = lang.split("_")[0]
    flags = re.IGNORECASE if not (folded.isupper() and len(folded) <= 8) else 0
    if base in ("zh", "ja"):
        # a letter-spaced heading («大 会») is the same name
        body = r"\s?".join(re.escape(c) for c in folded).replace("·", "[·\\s]?")
        return "", body, flags
    words = folded.split()
    parts = [_word_pattern(w, lang, i == 0, person) for i, w in enumerate(words)]
    body = r"[\s,]+".join(parts) if base == "ar" else r"\s+".join(parts)
    body = body.replace("'", "['’]").replace(r"\-", r"[-\s]?")
    # a word joined by a hyphen makes another name: "non-member States" are not Member
    # States, a "Director-General" is no Director; but «ex-Presidente», «экс-президент» (the
    # former holder: "former President") is the same title
    after = r"(?!\w)(?!-\w)"
    if base == "en" and folded[:1].isupper() and flags:
        # UN English capitalises a name: "member States" (of another body) are not the
        # Member States; a "Director General" (postpositive) is no Director either
        body = f"(?-i:{re.escape(folded[0])})" + body[len(re.escape(folded[0])):]
        if len(words) == 1:
            after += r"(?![\s-]+General\b)"
    return _BEFORE, body + after, flags


#: The letters of Russian and Arabic texts (as ``fold`` leaves them), the most frequent
#: first: which of a piece's letters its ``in`` test is gated on (``AnchorIndex.by_rare_letters``;
#: only the speed depends on the order). Latin letters, in English's order, before them: a
#: piece with a letter of the language is gated on it, a Latin name («qiass») on its rarest.
_LATIN_ORDER = "etaoinshrdlcumwfgypbvkjxqz"
_LETTERS = {"ru": _LATIN_ORDER + "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъ",
            "ar": _LATIN_ORDER + "الينمورتبةعدهفكسقحجشطصزخضثغذظءئؤ"}


_DERIVED = "derived"
_ORGANISATION = "organisation"
_CATEGORY = attrgetter("category")
#: Statuses of forms that are no body's own name.
_NOT_NAMES = frozenset({"deprecated", "derived"})


class _Forms(Sequence[_Form]):
    """A matcher's forms read from the termbase cache, each made on first use from its
    columns (tens of thousands of objects a run would mostly never look at)."""

    __slots__ = ("_anchors", "_ids", "_lang", "_made", "_persons", "_statuses", "_texts")

    def __init__(self, ids: Sequence[str], texts: Sequence[str], statuses: Sequence[str],
                 anchors: Sequence[str], lang: str, persons: Sequence[int]) -> None:
        self._ids, self._texts, self._statuses = ids, texts, statuses
        self._anchors, self._lang, self._persons = anchors, lang, persons
        self._made: list[_Form | None] = [None] * len(ids)

    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, index: int) -> _Form: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[_Form, ...]: ...

    def __getitem__(self, index: int | slice) -> _Form | tuple[_Form, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self._made))))
        made = self._made[index]
        if made is None:
            made = self._made[index] = _Form(
                self._ids[index], self._texts[index], self._statuses[index],
                self._anchors[index], self._lang, bool(self._persons[index]))
        return made


#: ``Matcher.cached``'s matchers of one termbase: {"termbase": it, lang: matcher, ...}.
_LAST_MATCHERS: dict[str, object] = {}
#: ``_concept_tables``' last termbase (held, so that its id is not reused) and its tables:
#: {"termbase": it, "by_id": ..., "orgs": ..., "numbers": ..., "positions": ...}.
_TABLES: dict[str, Any] = {}


def _concept_tables(termbase: Termbase) -> tuple[dict[str, Concept], list[Concept]]:
    """The termbase's concepts by id and its bodies (``Matcher.concepts``, ``Matcher._orgs``;
    read, never changed, by the matchers of every language, which share them)."""
    if _TABLES.get("termbase") is not termbase:
        _TABLES.clear()
        _TABLES["termbase"] = termbase
        _TABLES["by_id"] = {c.id: c for c in termbase.concepts}
        _TABLES["orgs"] = [c for c in termbase.concepts if c.category == _ORGANISATION]
    return _TABLES["by_id"], _TABLES["orgs"]


def _shared(termbase: Termbase, name: str, make: Callable[[], Any]) -> Any:
    """A table of ``termbase`` made once for the matchers of every language (20,000 concepts:
    some 5 ms each, made in each language before)."""
    _concept_tables(termbase)
    found = _TABLES.get(name)
    if found is None:
        found = _TABLES[name] = make()
    return found


class Matcher:
    """Finds the termbase's concepts in texts of one language."""

    _CACHED = 512
    """Texts whose hits ``find_all`` keeps in a generation; the generation before is kept
    too, and what it is asked for again moves on to the current one (at most 1,024 texts: as
    many searches as 2,048 forgotten all at once made, at N=100 and N=1000)."""
    _FOUND = 64
    """Texts whose outermost hits ``find`` keeps: the checks of a unit ask for its
    translation's several times, one after the other (64 texts: 3.6 % more ``outermost``
    passes than 512 at N=100, each a few microseconds from the hits ``find_all`` keeps)."""

    def __init__(self, termbase: Termbase, lang: str, derive_surnames: bool = True,
                 state: tuple[Any, ...] | None = None) -> None:
        """``state``: what ``state()`` returned for this termbase and language (the index
        cached on disk, ``termcache``), instead of building it."""
        self.lang = lang
        self._arabic = lang.startswith("ar")
        """``fold`` removes the Arabic marks."""
        self._cjk = lang.startswith(("zh", "ja"))
        """Chinese or Japanese: a letter-spaced heading's anchors are added (``_hits``)."""
        # the same for every language: made once per termbase (20,000 concepts: some 3 ms)
        self.concepts, orgs = _concept_tables(termbase)
        self.forms: Sequence[_Form]
        forms: list[_Form] = []
        pieces: list[tuple[str, ...]] = []
        owners: list[Concept] = []
        keys: list[str] = []
        numbers: list[int] = []
        ranges: dict[str, tuple[int, int]] | None = None
        built: dict[str, tuple[int, int]] = {}
        concepts = termbase.concepts
        org_terms: _OrgTerms | None = None
        if state is not None:
            columns, index_state, org_state = state
            numbers_in, texts, codes, statuses, anchors, persons, keys_in = columns
            index = AnchorIndex.from_state(index_state)
            if not len(numbers_in) == len(texts) == len(codes) == len(anchors) == len(
                    persons) == len(keys_in) == len(index):
                raise ValueError("columns of different lengths")
            # column by column, at C speed; each form's object is made when first asked for
            # (_Forms): a check sees a few hundred of a large termbase's forms
            numbers = list(numbers_in)
            owners = list(map(concepts.__getitem__, numbers))
            ids = list(map(attrgetter("id"), owners))
            status_column = list(map(statuses.__getitem__, codes))
            keys = list(keys_in)
            self.forms = _Forms(ids, texts, status_column, anchors, lang, persons)
            org_terms = _OrgTerms.from_state(orgs, org_state)
            # ranges: found by bisection in ``numbers`` when asked (forms_of)
        else:
            def add(number: int, concept: Concept, text: str, status: str,
                    person: bool) -> None:
                key = _key(text, lang)
                parts = _key_pieces(key, lang)
                anchor = max(parts, key=len) if parts else key
                forms.append(_Form(concept.id, text, status, anchor, lang, person))
                pieces.append(parts)
                owners.append(concept)
                keys.append(key)
                numbers.append(number)

            for number, concept in enumerate(concepts):
                first = len(forms)
                person = concept.category == "person"
                for term in concept.forms(lang, include_deprecated=True):
                    add(number, concept, term.text, term.status, person)
                if derive_surnames and person:
                    for surname in _surnames(concept, lang):
                        add(number, concept, surname, "derived", person)
                built[concept.id] = (first, len(forms))
            index = AnchorIndex(pieces)
            ranges = built
            self.forms = tuple(forms)
            ids = [f.concept for f in forms]
            status_column = [f.status for f in forms]
        self._numbers = numbers
        """The termbase position of each form's concept (for ``state()``)."""
        self._index = index
        index.words_from(lambda: _glued_pieces(keys, lang))
        if lang.split("_")[0] in ("zh", "ja"):
            index.by_characters()  # pieces of a few of thousands of characters
        elif lang.split("_")[0] in _LETTERS:
            index.by_rare_letters(_LETTERS[lang.split("_")[0]])  # stems of common letters
        self._ids = ids
        """Each form's concept id (a column of ``self.forms``: read without making them)."""
        self._statuses = status_column
        """Each form's status."""
        self._keys = keys
        """Each form folded and case-folded (what the lookups below compare)."""
        self._unique_ids = len(self.concepts) == len(termbase.concepts)
        """No concept id repeats: the forms list then holds exactly ``self.concepts``' terms."""
        self._owners = owners
        """The concept each form belongs to (the object: ids may repeat in one file)."""
        self._orgs = orgs
        self._derived: dict[str, tuple[_Form, ...]] = {}
        self._parents: dict[str, bool] = {}
        self._taken: Container[str] | None = None
        self._org_terms: _OrgTerms | None = org_terms
        """The bodies' names (``_is_parent``): read with the cached index, else made when
        first needed."""
        self._owners_of: dict[str, str | None] | None = None
        self._ranges = ranges
        """Where each concept's forms are in ``self.forms`` (one run each, ids being unique);
        None when read from the cache (then ``_number_of`` and ``_numbers`` tell)."""
        self._termbase_concepts = concepts
        self._termbase = termbase
        self._number_of: dict[str, int] | None = None
        self._cache: dict[str, list[Hit]] = {}
        self._older: dict[str, list[Hit]] = {}
        self._found: dict[str, list[Hit]] = {}

    @classmethod
    def cached(cls, termbase: Termbase, lang: str) -> Matcher:
        """The matcher of ``lang``, its index read from the termbase's cache when it has one
        (``termcache``), else built (and then written there). The matchers of the last
        termbase asked for are kept for the process: the run's collection checks and its
        files' checks share them instead of each reading or building them again."""
        memo = _LAST_MATCHERS
        if memo.get("termbase") is not termbase:
            memo.clear()
            memo["termbase"] = termbase  # held, so that its id is not reused meanwhile
        found = memo.get(lang)
        if not isinstance(found, Matcher):
            # a large termbase's forms: tens of thousands of objects, all kept (gc_paused)
            with gc_paused(lambda: len(termbase) > LARGE):
                found = memo[lang] = cls._cached(termbase, lang)
        return found

    @classmethod
    def _cached(cls, termbase: Termbase, lang: str) -> Matcher:
        if termbase.index_cache is None:
            return cls(termbase, lang)
        from transpub import termcache

        state = termcache.read_index(termbase, lang)
        if state is not None:
            try:
                return cls(termbase, lang, state=state)
            except (TypeError, ValueError, IndexError, KeyError):
                pass  # not this termbase's index after all: built again
        matcher = cls(termbase, lang)
        try:
            state = matcher.state()
        except ValueError:  # hundreds of distinct statuses: not storable, built every time
            return matcher
        termcache.write_index(termbase, lang, state)
        return matcher

    def state(self) -> tuple[Any, ...]:
        """The built index as plain data (``marshal``-able), for ``Matcher(..., state=)``."""
        # in columns: a tuple per form would unmarshal several times slower
        statuses: dict[str, int] = {}
        codes = bytes(statuses.setdefault(status, len(statuses)) for status in self._statuses)
        forms = self.forms
        columns = (tuple(self._numbers), tuple(f.text for f in forms), codes,
                   tuple(statuses), tuple(f.anchor for f in forms),
                   bytes(f.person for f in forms), tuple(self._keys))
        return columns, self._index.state(), self._bodies().state()

    def find_all(self, text: str) -> list[Hit]:
        """Every match of every form, contained ones included, in text order."""
        cached = self._cache.get(text)
        if cached is None:
            # the generation before: a text that recurs (a release's sentences checked again
            # after its file, the boilerplate of every release) is kept on, the rest dropped
            cached = self._older.pop(text, None)
            if cached is None:
                cached = self._find_all(text)
            if len(self._cache) >= capacity(self._CACHED):
                self._older = self._cache
                self._cache = {}
            self._cache[text] = cached
        return cached

    def forget(self, keep: int = 0) -> None:
        """Drop the texts ``find_all`` remembers, when there are more than ``keep`` (a caller
        that sees most texts once, as the extract's notes do, keeps its memory small)."""
        if len(self._cache) + len(self._older) > keep:
            self._cache.clear()
            self._older.clear()

    def _find_all(self, text: str) -> list[Hit]:
        return self._hits(fold(text, self.lang))

    def find_once(self, text: str) -> list[Hit]:
        """``find(text)`` (equal hits) for a caller that asks for each text once, as the
        extract's notes do (they keep what they found per text themselves): without the
        memories of ``find``, ``find_all`` and ``fold``, whose look-ups and upkeep were a
        tenth of such a search."""
        folded = _fold_chars(text)
        if self._arabic:
            folded = _ARABIC_MARKS.sub("", folded)
        hits = self._hits(folded)
        return outermost(hits) if len(hits) > 1 else hits

    def _hits(self, folded: str) -> list[Hit]:
        """Every match of every form in ``folded`` (``fold``'s), in ``find_all``'s order."""
        # e-mail addresses and URLs are not prose: "spindler@unhcr.org" names nobody
        if _address_marked(folded):  # else _ADDRESS cannot match
            folded = _ADDRESS.sub(_blank, folded)
        lowered = folded.casefold()
        if self._cjk and " " in lowered:
            # the anchors of a letter-spaced heading («大 会»)
            lowered += " " + _CJK_SPACE.sub("", lowered)
        hits: list[Hit] = []
        aligned = _aligned(folded, lowered)
        forms = self.forms
        for index in self._index.candidates(lowered):
            form = forms[index]
            for start, end in form.spans(folded, aligned):
                hits.append(_new_hit(form.concept, start, end, form.text, form.status))
        if len(hits) > 1:
            hits.sort(key=_hit_order)
        return hits

    def derived_forms(self, concept_id: str) -> tuple[_Form, ...]:
        """A body's names without its parent body or generic head (computed when asked: only
        a body missing from a translation needs them)."""
        found = self._derived.get(concept_id)
        if found is None:
            if self._taken is None:
                if self._looked_up():
                    self._taken = _Named(self, None)
                elif self._unique_ids:  # the keys already computed, surnames left out
                    self._taken = set(compress(self._keys,
                                               map(_DERIVED.__ne__, self._statuses)))
                else:
                    self._taken = {fold(t.text, self.lang).casefold()
                                   for c in self.concepts.values()
                                   for t in c.forms(self.lang, include_deprecated=True)}
            concept = self.concepts[concept_id]
            shorts = _organisation_short_forms(concept, self._orgs, self.lang, self._is_parent,
                                               self._inner_spans)
            found = tuple(_Form(concept_id, short, "derived", _anchor(short, self.lang),
                                self.lang) for short in shorts
                          if short.casefold() not in self._taken)
            self._derived[concept_id] = found
        return found

    def is_parent_body(self, concept_id: str) -> bool:
        """Is the concept a body named inside other bodies' names (the United Nations)?"""
        concept = self.concepts.get(concept_id)
        return concept is not None and concept.category == "organisation" and self._is_parent(
            concept)

    def _is_parent(self, parent: Concept) -> bool:
        """A parent body is named inside at least two other bodies' names (the United
        Nations); one shared word pair is a coincidence (卡塔尔国 in 卡塔尔国际安全研究学院)."""
        known = self._parents.get(parent.id)
        if known is None:
            org_terms = self._bodies()
            count = 0
            lang = self.lang
            # the parent's names prepared once (``_contains`` made each one's anchor again
            # for every name of every body tested: hundreds of bodies hold "United Nations")
            names = [(len(term.text), _anchor(term.text, lang), term.text)
                     for term in parent.forms(lang)]
            # only the bodies whose names hold the anchor of one of the parent's names can
            # name it: found by one substring search, not by a pass over every body
            for concept in org_terms.holding(anchor for _, anchor, _ in names):
                if concept is not parent and any(
                        _holds(term.text, names, lang) for term in concept.forms(lang)):
                    count += 1
                    if count >= 2:
                        break
            known = self._parents[parent.id] = count >= 2
        return known

    def _bodies(self) -> _OrgTerms:
        """The bodies' names (deprecated ones aside), folded when the matcher was built."""
        if self._org_terms is None:
            position: dict[int, int] = _shared(
                self._termbase, "positions",
                lambda: {id(c): i for i, c in enumerate(self._orgs)})
            # a body's form, neither deprecated nor derived (masks made at C speed)
            wanted = list(map(and_, map(_ORGANISATION.__eq__, map(_CATEGORY, self._owners)),
                              map(not_, map(_NOT_NAMES.__contains__, self._statuses))))
            self._org_terms = _OrgTerms(self._orgs, list(zip(
                map(position.__getitem__, map(id, compress(self._owners, wanted))),
                compress(self._keys, wanted), strict=True)))
        return self._org_terms

    def _inner_spans(self, concept: Concept, term: str) -> list[tuple[Concept, tuple[int, int]]]:
        """Where other bodies' names occur inside ``term``, in termbase order: what
        ``_spans`` finds for every other body, through the index (a name can only occur
        where all its pieces do)."""
        text = fold(term, self.lang)
        out: list[tuple[Concept, tuple[int, int]]] = []
        for index in self._index.candidates(text.casefold()):
            parent = self._owners[index]
            form = self.forms[index]
            if (parent is concept or parent.category != "organisation"
                    or form.status in ("deprecated", "derived") or len(form.text) >= len(term)):
                continue
            match = _cached_pattern(form.text, self.lang).search(text)
            if match:
                out.append((parent, (match.start(), match.end())))
        return out

    def forms_of(self, concept_id: str) -> tuple[_Form, ...]:
        """The forms of one concept, in ``self.forms`` order (without a pass over them all)."""
        if not self._unique_ids:
            return tuple(self.forms[i] for i, ident in enumerate(self._ids)
                         if ident == concept_id)
        if self._ranges is not None:
            first, end = self._ranges.get(concept_id, (0, 0))
        else:
            if self._number_of is None:
                self._number_of = _shared(
                    self._termbase, "numbers",
                    lambda: {c.id: i for i, c in enumerate(self._termbase_concepts)})
            number = self._number_of.get(concept_id)
            if number is None:
                return ()
            # the forms are in termbase order: a concept's are one run of its number
            first = bisect_left(self._numbers, number)
            end = bisect_right(self._numbers, number, first)
        return tuple(self.forms[first:end])

    def forms_of_others(self, concept_id: str) -> Container[str]:
        """The folded, case-folded forms (deprecated ones included) of every concept but
        ``concept_id``: ``x in matcher.forms_of_others(c)`` without building the set."""
        if self._looked_up():
            return _Named(self, concept_id)
        if self._owners_of is None:
            keys: list[str]
            ids: list[str]
            if self._unique_ids:  # the keys already computed, surnames left out
                keys = list(compress(self._keys, map(_DERIVED.__ne__, self._statuses)))
                ids = list(compress(self._ids, map(_DERIVED.__ne__, self._statuses)))
            else:
                pairs = [(fold(term.text, self.lang).casefold(), concept.id)
                         for concept in self.concepts.values()
                         for term in concept.forms(self.lang, include_deprecated=True)]
                keys, ids = [k for k, _ in pairs], [i for _, i in pairs]
            # one owner: its id; several: None. Dict and Counter passes at C speed, then a
            # look at the few forms that recur (several concepts', or one's twice)
            owners: dict[str, str | None] = dict(zip(keys, ids, strict=True))
            if len(owners) != len(keys):
                # the forms that several concepts have: their distinct (form, owner) pairs
                # counted per form, at C speed (a loop over 20,000 forms per language before)
                counts = Counter(map(itemgetter(0), set(zip(keys, ids, strict=True))))
                owners.update(dict.fromkeys(
                    compress(counts.keys(), map((1).__lt__, counts.values()))))
            self._owners_of = owners
        return _FormsOfOthers(self._owners_of, concept_id)

    #: Forms above which ``forms_of_others`` and the forms taken are looked up through the
    #: index (``_Named``) instead of a table of every form built on first use.
    LOOKUP = 2000

    def _looked_up(self) -> bool:
        return self._unique_ids and len(self._keys) > self.LOOKUP

    def named(self, key: str, concept_id: str | None) -> bool:
        """Does a concept other than ``concept_id`` (None: any) have a form, surnames left
        out, whose folded, case-folded text is ``key``? Such a form's pieces all occur in
        ``key``, so it is among the index's candidates for ``key``: a lookup of a few forms,
        not a table of a large termbase's 20,000 built per language (10-14 ms each)."""
        keys, ids, statuses = self._keys, self._ids, self._statuses
        return any(keys[i] == key and ids[i] != concept_id and statuses[i] != _DERIVED
                   for i in self._index.candidates(key))

    def find(self, text: str) -> list[Hit]:
        """Every concept in ``text``, longest match first, contained matches dropped (cached
        like ``find_all``: a translation is searched by several checks)."""
        kept = self._found.get(text)
        if kept is None:
            if len(self._found) > self._FOUND:
                self._found.clear()
            kept = self._found[text] = outermost(self.find_all(text))
        return kept


def outermost(hits: list[Hit]) -> list[Hit]:
    """``hits`` (in ``find_all`` order: by start, longest first) without those inside a longer
    kept one, and without repeats of a kept (span, concept). One pass: kept hits start at or
    before the current one, so one of them contains it exactly when the furthest kept end
    passes its end, or reaches it from an earlier start."""
    kept: list[Hit] = []
    seen: set[tuple[int, int, str]] = set()
    furthest = -1
    first = 0  # the earliest start among kept hits ending at ``furthest``
    for hit in hits:
        end = hit.end
        if furthest > end or (furthest == end and first < hit.start):
            continue
        key = (hit.start, end, hit.concept)
        if key in seen:
            continue
        seen.add(key)
        kept.append(hit)
        if end > furthest:
            furthest, first = end, hit.start
    return kept


#: Name particles that belong to the surname: Al-Thani's "آل ثاني", "bin Saif", "van Dyke".
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "آل", "ال", "بن", "ابو", "عبد", "de", "van",
                        "von", "da", "аль", "ибн", "бин"})


#: a name of three or four Han characters (a family name of one or two, a given name of two)
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{3,4}")


def _surnames(concept: Concept, lang: str) -> Iterable[str]:
    """A person's surname-only forms, when the termbase lists only full names; in Chinese
    and Japanese, a name in Han characters without «·» is written family name first
    («冈井朝子» for "Asako Okai": «冈井»)."""
    forms = concept.forms(lang)
    # a name the termbase also writes with «·» is transliterated, given name first: its
    # forms without one are the surname (沃龙科夫 beside 弗拉基米尔·沃龙科夫), not a family
    # name and a given name (沃龙 had been Voronkov, and «沃龙料夫» carried him over)
    if lang.split("_")[0] in ("zh", "ja") and not any("·" in t.text for t in forms) and any(
            len(t.text.split()) > 1 for t in concept.forms("en")):
        family = [t.text[:len(t.text) - 2] for t in forms if _HAN_NAME.fullmatch(t.text)]
        if family:
            return tuple(dict.fromkeys(family))
    if any(len(t.text.split()) == 1 and "·" not in t.text for t in forms):
        return ()
    out = []
    for term in forms:
        name = fold(term.text, lang)
        if "·" in name:
            out.append(name.rsplit("·", 1)[1])
            continue
        words = name.split()
        if len(words) < 2:
            continue
        if len(words) >= 3 and words[-2].lower() in _PARTICLES:
            out.append(" ".join(words[-2:]))
        else:
            out.append(words[-1])
    minimum = 1 if lang.split("_")[0] in ("zh", "ja") else 2  # 汗 is a whole Chinese surname
    return tuple(dict.fromkeys(s for s in out if len(s) >= minimum))


#: A generic head that a body's name may drop: «l'Organisation des Nations Unies» -> «les Nations
#: Unies», «Организация Объединенных Наций» -> «Объединенные Нации».
_GENERIC_HEAD = {
    "en": r"organi[sz]ation\s+of\s+(?:the\s+)?", "fr": r"organisation\s+(?:des|de\s+la|du|de)\s+",
    "es": r"organizaci[oó]n\s+de\s+(?:las|los|la|el)?\s*", "ru": r"организаци[а-я]*\s+",
}
#: The words that join a parent body's name to the rest ("… des Nations Unies", "… of the").
_JOINERS = {
    "en": r"(?:\s+of(?:\s+the)?)?", "fr": r"(?:\s+(?:des|de\s+l'|de\s+la|du|de))?",
    "es": r"(?:\s+(?:de\s+las|de\s+los|de\s+la|del|de))?",
}


def _organisation_short_forms(
        concept: Concept, orgs: list[Concept], lang: str, is_parent: Callable[[Concept], bool],
        inner_spans: Callable[[Concept, str], list[tuple[Concept, tuple[int, int]]]] | None = None,
) -> list[str]:
    """Short forms of a body that a termbase of full names leaves out, derived from its names:
    without the parent body ("Pacte mondial … des Nations Unies" -> "Pacte mondial …",
    联合国全球反恐协调契约 -> 全球反恐协调契约) and without a generic head ("Organisation des")."""
    base = lang.split("_")[0]
    out: list[str] = []
    for term in concept.forms(lang):
        text = fold(term.text, lang)
        shorts = []
        head = _GENERIC_HEAD.get(base)
        if head:
            cut = re.match(head, text, re.IGNORECASE)
            if cut and len(text[cut.end():].split()) >= 2:
                shorts.append(text[cut.end():])
        if inner_spans is None:  # every body in turn (the reference the index must equal)
            inner = [span for parent in orgs if parent is not concept
                     for span in _spans(term.text, parent, lang) if is_parent(parent)]
        else:
            inner = [span for parent, span in inner_spans(concept, term.text)
                     if is_parent(parent)]
        if inner:  # the longest name of the parent: "Organisation des Nations Unies"
            start, end = max(inner, key=lambda span: span[1] - span[0])
            shorts.append(_cut(text, start, end, base))
        minimum = 3 if base in ("zh", "ja") else 2
        out += [short for short in shorts
                if (len(short) if base in ("zh", "ja") else len(short.split())) >= minimum]
    return list(dict.fromkeys(out))


def _spans(term: str, parent: Concept, lang: str) -> list[tuple[int, int]]:
    """Where a (shorter) name of ``parent`` occurs inside ``term``."""
    text = fold(term, lang)
    lowered = text.casefold()
    out = []
    for parent_term in parent.forms(lang):
        if len(parent_term.text) < len(term) and _anchor(parent_term.text, lang) in lowered:
            match = _cached_pattern(parent_term.text, lang).search(text)
            if match:
                out.append((match.start(), match.end()))
    return out


@lru_cache(maxsize=2048)
def _cached_pattern(term: str, lang: str) -> re.Pattern[str]:
    return form_pattern(term, lang)


def _contains(term: str, parent: Concept, lang: str) -> bool:
    return bool(_spans(term, parent, lang))


def _holds(term: str, names: list[tuple[int, str, str]], lang: str) -> bool:
    """``_contains(term, parent, lang)`` with the parent's names given as (length, anchor,
    text): the same tests in the same order, the anchors made once per parent."""
    text = fold(term, lang)
    lowered = text.casefold()
    return any(length < len(term) and anchor in lowered
               and _cached_pattern(name, lang).search(text) is not None
               for length, anchor, name in names)


class _OrgTerms:
    """The bodies' names of one language, folded and joined in one string: which bodies'
    names contain a piece is one ``str.find`` loop, whatever the termbase's size."""

    def __init__(self, orgs: list[Concept], names: list[tuple[int, str]]) -> None:
        """``names``: (position in ``orgs``, folded and case-folded name), in termbase order."""
        self._orgs = orgs
        lowered = list(map(itemgetter(1), names))
        self._owner = list(map(itemgetter(0), names))
        # a newline never occurs in a folded term (terms are whitespace-normalised)
        self._joined = "\n".join(lowered)
        # where each name starts: the running sum of the lengths before it, each with its
        # newline (at C speed: tens of thousands of names)
        self._starts: list[int] = list(accumulate(map((1).__add__, map(len, lowered)),
                                                  initial=0))[:-1]

    def state(self) -> tuple[tuple[int, ...], str, tuple[int, ...]]:
        """As plain data (``marshal``-able), for ``from_state``: the termbase cache keeps it
        with the matcher's index (made again, it took 5-14 ms per language of a
        20,000-concept termbase: masks and joins over every form; read, under 1 ms)."""
        return tuple(self._owner), self._joined, tuple(self._starts)

    @classmethod
    def from_state(cls, orgs: list[Concept], state: Any) -> _OrgTerms:
        owner, joined, starts = state
        if not isinstance(joined, str) or len(owner) != len(starts) or (owner and not (
                min(owner) >= 0 and max(owner) < len(orgs))):
            raise ValueError("the bodies' names do not match the termbase")
        made = cls.__new__(cls)
        made._orgs, made._owner, made._joined, made._starts = orgs, owner, joined, starts
        return made

    def holding(self, pieces: Iterable[str]) -> list[Concept]:
        """The bodies (in termbase order) one of whose names contains one of ``pieces``."""
        found: set[int] = set()
        joined, starts, owner = self._joined, self._starts, self._owner
        for piece in pieces:
            if not piece or "\n" in piece:
                return list(self._orgs)
            at = joined.find(piece)
            while at != -1:
                term = bisect_right(starts, at) - 1
                found.add(owner[term])
                # on to the next term: one hit per name is enough
                nxt = starts[term + 1] if term + 1 < len(starts) else len(joined)
                at = joined.find(piece, nxt)
        return [self._orgs[number] for number in sorted(found)]


class _Named:
    """``text in named``: ``matcher.named(text, concept_id)``, the container
    ``forms_of_others`` and ``derived_forms``' forms taken return for a large termbase."""

    __slots__ = ("_concept", "_matcher")

    def __init__(self, matcher: Matcher, concept_id: str | None) -> None:
        self._matcher, self._concept = matcher, concept_id

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and self._matcher.named(text, self._concept)


class _FormsOfOthers:
    """``text in others``: a form some concept other than ``concept_id`` has."""

    __slots__ = ("_concept", "_owners")

    def __init__(self, owners: dict[str, str | None], concept_id: str) -> None:
        self._owners = owners
        """A form's one owner, or None when several concepts have it."""
        self._concept = concept_id

    def __contains__(self, text: object) -> bool:
        if not isinstance(text, str) or text not in self._owners:
            return False
        owner = self._owners[text]
        return owner is None or owner != self._concept


def _cut(text: str, start: int, end: int, base: str) -> str:
    """``text`` without the span and the word that joins it to the rest."""
    before, after = text[:start], text[end:]
    joiner = _JOINERS.get(base)
    if joiner:
        before = re.sub(joiner + r"\s*$", "", before, flags=re.IGNORECASE)
        if not before.strip():
            after = re.sub(r"^\s*(?:of|des|de|du|del)\s+", "", after, flags=re.IGNORECASE)
    if base == "ar":  # مكتب الأمم المتحدة لمكافحة -> مكتب مكافحة: the ل joined the dropped name
        after = re.sub(r"^(\s*)لل(?=\w{3})", r"\1ال", after)
        after = re.sub(r"^(\s*)ل(?=\w{3})", r"\1", after)
    if base in ("zh", "ja"):
        return (before + after).strip()
    return " ".join((before + " " + after).split()).strip(" ,")

