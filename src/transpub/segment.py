"""Split blocks into translatable units, and put translated units back together.

One module serves both directions (as Sphinx's ``extract_messages`` does): ``segment_release``
gives the units that ``extract`` writes and ``build`` looks up, so the two cannot drift apart.
Inline markup becomes numbered placeholders (``<a1>…</a1>``, ``<em1>…</em1>``, ``<x1/>``).
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from transpub.fastnew import maker
from transpub.model import Block, Placeholder, Release, Segment, Span
from transpub.segment_rules import Rules, rules_for

#: Markup spans travel through the sentence splitter as single characters of a private-use
#: plane, so no rule can split inside a tag or count it as a letter.
_MARK_BASE = 0xF0000
_MARK_RE = re.compile("[\U000f0000-\U0010ffff]")
#: Inline elements one block can hold: four code points each, planes 15 and 16.
MAX_MARKUP = (0x10FFFF - _MARK_BASE) // 4
_CLOSERS = "\"'”’»)]」』）"
_OPENERS = "\"'“‘«([「『（¿¡"
#: (a closing guillemet or quotation mark after a space is the sentence's own: French
#: typography sets « … » apart, "toi. »"; so is a note's number, "…in Dulwich. [17] Placed")
_LATIN_END = re.compile(
    r"(?P<term>[.!?…؟]+)(?P<close>(?:[" + re.escape(_CLOSERS) + r"\U000f0000-\U000fffff]"
    r"|[ \u00a0\u202f]+(?=[»”])|[ \u00a0]?\[\d{1,3}\])*)(?P<ws>\s+)"
)
_CJK_END = re.compile(
    r"(?P<term>[。！？]+)(?P<close>[" + re.escape(_CLOSERS) + r"\U000f0000-\U000fffff]*)(?P<ws>\s*)"
)
#: a half-width question or exclamation mark between Chinese characters («袖手旁观?我们»), as
#: text typed on a Latin keyboard or normalised (NFKC turns ？ and ！ into ? and !) holds it:
#: the end of a sentence that no space follows (the Latin stops need one)
_HALF_CJK_END = re.compile(
    r"(?<=[\u3400-\u9fff\uf900-\ufaff])(?P<term>[?!]+)(?P<close>[" + re.escape(_CLOSERS)
    + r"]*)(?P<ws>\s*)(?=[\u3400-\u9fff\uf900-\ufaff“‘「『《（(])"
)
_WORD_BEFORE = re.compile(r"([\w.\-°º]+)$")
#: ``_WORD_BEFORE`` read backwards: the word a window ends with, matched from its end.
_WORD_CHARS = re.compile(r"[\w.\-°º]+")
#: How far around a candidate full stop the boundary rules look (the words either side).
_WINDOW = 256
_DOTTED = re.compile(r"^(?:\w\.)+\w$")
#: A list item's number or letter ("1.", "10.", "a.", "iv."): no sentence of its own when it
#: opens the block.
_ENUMERATOR = re.compile(r"^(?:\d{1,3}|[a-z]|[ivxlc]{1,5}|[IVXLC]{1,5})$")
PLACEHOLDER_RE = re.compile(r"<(?P<close>/)?(?P<tag>[a-z]+)(?P<num>\d+)(?P<self>/)?>")
#: the name given to a CAT tool's own inline codes, read from its XLIFF or TMX (``tool1``…):
#: no HTML tag, so never one of a unit's placeholders; used only where it can be renamed to
#: the unit's by order
TOOL_CODE = "tool"
_SINGLE_UNIT_KINDS = frozenset({"label", "office", "title", "place", "attribution", "h2",
                                "line"})


@dataclass(frozen=True, slots=True)
class SegmentOptions:
    """How to cut a release into units."""

    mode: str = "sentence"
    lang: str = "en"
    abbreviations: Mapping[str, tuple[str, ...]] | None = None


def segment_release(release: Release, options: SegmentOptions | None = None) -> tuple[Segment, ...]:
    """The translatable units of ``release``, in document order."""
    options = options or SegmentOptions(lang=release.lang)
    out: list[Segment] = []
    for block in release.blocks:
        if block.translate:
            _check_markable(block, release)
            out.extend(segment_block(block, options))
    return tuple(out)


def _check_markable(block: Block, release: Release) -> None:
    """The markers below borrow the supplementary private-use planes: text that already holds
    such a character, or a block with more inline elements than the planes have room for,
    is refused (it used to crash the splitter)."""
    spans = block.spans
    for span in spans:
        text = span.text
        # (an ASCII text holds none: ``isascii`` is a flag of the string)
        if not text.isascii() and span.kind == "text" and (found := _MARK_RE.search(text)):
            from transpub.errors import SourceError

            raise SourceError(f"private-use character U+{ord(found.group()):X} in the text "
                              "(not supported; remove it)", release.path, block.line or None)
    if len(spans) > MAX_MARKUP:  # text runs and inline elements each take a marker
        from transpub.errors import SourceError

        raise SourceError(f"{len(spans):,} inline pieces in one block (the limit is "
                          f"{MAX_MARKUP:,}; split the paragraph)", release.path,
                          block.line or None)


def segment_block(block: Block, options: SegmentOptions) -> list[Segment]:
    marked, markup = _mark(block.spans)
    if block.kind in _SINGLE_UNIT_KINDS or options.mode == "paragraph":
        pieces = [marked.strip()]
    else:
        extra = (options.abbreviations or {}).get(options.lang, ())
        pieces = list(_split_once(marked, options.lang, tuple(extra)))
    pieces = [p for p in pieces if p]
    units: list[Segment] = []
    seen: dict[str, int] = {}
    single = len(pieces) == 1
    for index, piece in enumerate(pieces, 1):
        text, placeholders = _to_placeholders(piece, markup)
        if single and (block.kind in _SINGLE_UNIT_KINDS or options.mode == "paragraph"):
            ident = block.id
        else:
            # Content-addressed within the block: an edit elsewhere, a moved paragraph or an
            # inserted sentence leaves this unit's id alone.
            digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]
            seen[digest] = seen.get(digest, 0) + 1
            suffix = f"-{seen[digest]}" if seen[digest] > 1 else ""
            ident = f"{block.id}.{digest}{suffix}"
        units.append(_segment(ident, text, block.id, block.kind,
                              _position(block, index, len(pieces)), block.line, block.note,
                              tuple(placeholders)))
    return units


#: ``Segment(...)`` without its frozen ``__init__`` (``fastnew``: the same object, at about
#: half the cost; 190,000 units in a fresh extract of 1,000 releases)
_segment = maker(Segment, "id", "text", "block_id", "kind", "position", "line", "note",
                 "placeholders")


def _position(block: Block, index: int, count: int) -> str:
    where = block.role
    if block.kind in ("p", "h2", "line"):
        where += f" {block.ordinal}"
    if count > 1:
        where += f", sentence {index} of {count}"
    return where


@lru_cache(maxsize=256)
def _split_once(text: str, lang: str, extra: tuple[str, ...]) -> tuple[str, ...]:
    """``split_sentences``, once per distinct paragraph and rules: a paragraph repeated across
    releases (a contact block, a boilerplate sentence), or extracted and then built in one
    process, is split once."""
    return tuple(split_sentences(text, lang, extra))


def split_sentences(text: str, lang: str = "en", extra: tuple[str, ...] = ()) -> list[str]:
    """Split ``text`` into sentences with the rules of ``lang``.

    >>> split_sentences("H.E. Mr. Voronkov met Dr. Al-Ansari. They spoke.")
    ['H.E. Mr. Voronkov met Dr. Al-Ansari.', 'They spoke.']
    >>> split_sentences("会议于12月9日举行。双方重申了伙伴关系。", "zh")
    ['会议于12月9日举行。', '双方重申了伙伴关系。']
    """
    rules = rules_for(lang, extra)
    cuts: list[tuple[int, int]] = []  # (end of sentence, start of the next)
    # (``isascii`` is a flag of the string: an ASCII text holds no marker and no CJK stop)
    ascii_only = text.isascii()
    marked = not ascii_only and _MARK_RE.search(text) is not None
    length = len(text)
    if marked:
        # the windows the rules read, without markers, cut from the text's markerless copy
        # (``_MarkerFree``) instead of removing the markers of each window again
        free = _MarkerFree(text)
        depth_at, window = free.depth_at, free.window
        for match in _latin_ends(text, ascii_only):
            if _boundary(match, rules, window, length) and depth_at(match.end()) == 0:
                cuts.append((match.start("ws"), match.end()))
        if _has_cjk_stop(text):
            for match in _CJK_END.finditer(text):
                if _boundary(match, rules, window, length) and depth_at(match.end()) == 0:
                    cuts.append((match.start("ws"), match.end()))
        if _half_cjk(text, lang):
            for match in _HALF_CJK_END.finditer(text):
                if depth_at(match.end()) == 0:
                    cuts.append((match.start("ws"), match.end()))
    else:
        _plain_cuts(text, _latin_ends(text, ascii_only), rules, cuts)
        if not ascii_only and _has_cjk_stop(text):
            _plain_cuts(text, _CJK_END.finditer(text), rules, cuts)
        if not ascii_only and _half_cjk(text, lang):
            cuts.extend((match.start("ws"), match.end())
                        for match in _HALF_CJK_END.finditer(text))
    if cuts and not ascii_only and "《" in text:
        cuts = _outside_titles(text, cuts)
    sentences: list[str] = []
    start = 0
    for end, nxt in sorted(set(cuts)):
        if end <= start or nxt >= len(text):
            continue
        sentences.append(text[start:end].strip())
        start = nxt
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


def _half_cjk(text: str, lang: str) -> bool:
    """Whether ``_HALF_CJK_END`` is to be read: a Chinese or Japanese text holding ? or !."""
    return lang.startswith(("zh", "ja")) and ("?" in text or "!" in text)


def _has_cjk_stop(text: str) -> bool:
    """Whether ``_CJK_END`` can match: its stops are the only characters it must find."""
    return "。" in text or "！" in text or "？" in text


def _unmark(text: str) -> str:
    return _MARK_RE.sub("", text)


def _same(text: str) -> str:
    return text


#: What ``_LATIN_END`` matches start with (its first group's characters).
_LATIN_STOPS = ".!?…؟"


def _latin_ends(text: str, ascii_only: bool) -> list[re.Match[str]]:
    """``list(_LATIN_END.finditer(text))``, the pattern tried only where one of the stops it
    starts with is (found by ``str.find``), not at every character: ~20 ns a character for a
    500-character paragraph. finditer tries each position from the end of its last match
    on, and a match can start only at a stop: trying the stops in order, those before the
    last match's end skipped, finds the same matches (tests/test_ext14_segment.py)."""
    at: list[int] = []
    find = text.find
    for stop in ".!?" if ascii_only else _LATIN_STOPS:
        position = find(stop)
        while position >= 0:
            at.append(position)
            position = find(stop, position + 1)
    if len(at) > 1:
        at.sort()
    matches: list[re.Match[str]] = []
    match_at = _LATIN_END.match
    end = 0
    for position in at:
        if position >= end:
            found = match_at(text, position)
            if found is not None:
                matches.append(found)
                end = found.end()
    return matches


class _MarkerFree:
    """A text with markers: ``_depths``' answer, and ``_unmark(text[start:end])`` cut from
    ``_unmark(text)`` (made once) at the bounds less the markers before each: the rules
    read two windows of up to 256 characters per candidate stop, each of which had its
    markers removed by a regular expression (marked paragraphs: 20 -> 16 ms per 100
    benchmark releases)."""

    __slots__ = ("_free", "_positions", "depth_at")

    def __init__(self, text: str) -> None:
        positions: list[int] = []
        self.depth_at = _depths(text, positions)
        self._positions = positions
        self._free = _unmark(text)

    def window(self, start: int, end: int) -> str:
        positions = self._positions
        return self._free[start - bisect.bisect_left(positions, start):
                          end - bisect.bisect_left(positions, end)]


def _is_boundary(text: str, match: re.Match[str], rules: Rules,
                 unmark: Callable[[str], str] = _unmark) -> bool:
    """``unmark``: removes the markup characters (``_same`` when the text has none)."""
    return _boundary(match, rules, lambda start, end: unmark(text[start:end]), len(text))


#: What no sentence starts with: after a stop, these go on with the sentence ("7,63 hab. /
#: km²", "« LL.AA.II.RR. »", the stops of a spaced ellipsis ". . .", "?”。").
_NO_START = frozenset(",;:/%)]}»”’.!?…。！？؟")
#: A dash after a stop opens a sentence unless a lower-case word follows it (a dialogue's
#: attribution: «К чему ты готовишься? – спросила мама.»).
_DASHES = frozenset("–—")
_ODD_START = _NO_START | _DASHES
#: What a list item's number or letter (``_ENUMERATOR``) longer than one character starts with.
_ENUM_FIRST = frozenset("0123456789ivxlcIVXLC")
#: A stop right after these is an elision ("[...]", "(…)"), not the end of a sentence.
_ELISION = frozenset("[(")
#: The stops that end the sentence before a list item's number ("…change. 2. An element…";
#: a full stop when the rules say it ends one, or a quotation closes after it), and the
#: bullets a list item's number follows ("• 9. The first item").
#: (and the full-width stops: «…受伤。5. 决定…» is a list item's number opening a sentence, as
#: after a Latin stop, not a sentence "5." of its own)
_ENDS = frozenset("!?…؟•‣⁃▪◦。！？")
#: The full-width stops of Chinese and Japanese.
_CJK_STOPS = frozenset("。！？")
#: A number, a Roman numeral or a document symbol after "No.", "art.", "Nov.", "п.".
#: A paragraph's number and the word it opens with ("165. Dans").
_ITEM_OPENING = re.compile(r"\d{1,4}\.\s+(\w)")
_NUMBER_NEXT = re.compile(r"[IVXLCDM]+\b|\S*?\d")
_SENTENCE_STOP = re.compile(r"[.!?…]\s")


def _boundary(match: re.Match[str], rules: Rules, window: Callable[[int, int], str],
              length: int) -> bool:
    """Whether ``match`` (of a text ``length`` long) ends a sentence; ``window(start, end)``:
    the text between those bounds without its markup characters."""
    # only a window around the candidate is looked at: the whole rest and the whole prefix,
    # for every full stop, made a paragraph of 20,000 "Mr. " quadratic
    end = match.end()
    rest = window(end, end + _WINDOW).lstrip(_OPENERS)
    if not rest and end + _WINDOW < length:  # a window of nothing but markup and quotes
        rest = window(end, length).lstrip(_OPENERS)
    if not rest:
        return False
    start = match.start()
    before = window(max(0, start - _WINDOW), start)
    return _decide(rules, match.group("term"), bool(match.group("close")), before, rest,
                   start)


def _decide(rules: Rules, term: str, close: bool, before: str, rest: str, start: int) -> bool:
    """Whether the stop ``term`` (at ``start``, closed by a quotation mark if ``close``) ends a
    sentence, ``before``: up to ``_WINDOW`` characters before it, ``rest``: the text after
    its space from the first character that is not an opening quote or bracket."""
    following = rest[0]
    if following in _NO_START or (following.islower() and term[0] not in _CJK_STOPS):
        # (a full-width stop ends a Chinese sentence before a lower-case Latin word too:
        # «…上升。iPhone 销量…», «…受伤。(a) 决定…»; no abbreviation ends on one)
        return False
    if following in _DASHES and rest[1:].lstrip()[:1].islower():
        return False
    if before and before[-1] in _ELISION:
        return False
    if term not in (".", "。") and not term.endswith("."):
        return True  # ! ? … end sentences before anything but a lower-case word
    if term == "。" or close:
        return True  # "…manner.” Mr. Voronkov": the quotation closed the sentence
    return _after_word(rules, word_before(before), before, rest, start)


def _after_word(rules: Rules, word: str, before: str, rest: str, start: int,
                nested: bool = False) -> bool:
    """Whether a full stop after ``word`` ends a sentence (``_decide``'s arguments;
    ``nested``: asked of the stop before a list item's number, not again of the one before)."""
    if word in rules.special or (word[:1].isupper() and word.lower() in rules.special):
        found = _special(rules, word, before, rest)
        if found is not None:
            return found
    abbreviations = rules.abbreviations
    if _abbreviated(abbreviations, word):  # "Проф." is "проф." opening a sentence
        return False
    if len(word) == 1 and word.isupper():
        # an initial ("Alya Ahmed S. Al-Thani"), unless a pronoun or an article follows,
        # which no name goes on with: "Annex B. The annex", "Dagobert I. His son"
        return _ends_at_initial(rules, rest, 0, _before_word(before, word))
    if len(word) <= 5 and _ENUMERATOR.match(word):
        if start == len(word):
            return False  # "1. The Council…" as a list item opens
        head = _before_word(before, word)
        core = head.rstrip(_CLOSERS)
        if core and not nested and (core[-1] in _ENDS or (core[-1] == "." and (
                len(core) < len(head) or _after_word(rules, word_before(core[:-1]), core[:-1],
                                                     f"{word}. {rest[:32]}", -1, True)))):
            # "…the first item. 2. The second": the sentence before ended, the number opens
            # the next ("…at 3 p.m. 61. In the past…", "Act No. 5. The": it ends this one)
            return False
    if _DOTTED.match(word):
        return _opens_sentence(rules, rest)
    return not _number_goes_on(word, rest)


def _special(rules: Rules, word: str, before: str, rest: str) -> bool | None:
    """The answer of ``Rules``' pairs, numeric, after-number and ambiguous abbreviations for
    a full stop after ``word``, or None when they leave it to the ordinary rules."""
    firsts = rules.seconds.get(word)
    if firsts is not None:  # "EE. UU.", "a. C.", "т. д.": the pair's second part
        head = _before_word(before, word)
        if head.endswith(".") and (first := word_before(head[:-1])) in firsts:
            if rules.pairs[first][word]:
                return _opens_sentence(rules, rest)
            return False
    seconds = rules.pairs.get(word)
    if seconds is not None:  # its first part, the second after it
        second = _WORD.match(rest)
        if second and second.group(0) in seconds and rest[second.end():].startswith("."):
            return False
    key = word if word in rules.special else word.lower()
    if key in rules.numeric:
        return False if _NUMBER_NEXT.match(rest) else None
    if key in rules.after_number:
        head = _before_word(before, word)
        number = word_before(head)
        if not number or not (number[0].isdigit() or number.strip("IVXLC") == ""):
            return False  # "г. Москва": a town, not a year
        words = _words_back(rules, head[:len(head) - len(number)], 4)
        # "В 2019 г. Совет…" goes on; so does "…в 1986 г. -- Я…", a dialogue's dash
        return words >= 4 and rest[0].isalpha()
    if key in rules.ambiguous:
        return _opens_sentence(rules, rest)
    return None


def _abbreviated(abbreviations: frozenset[str], word: str) -> bool:
    """Is ``word`` (before a full stop) one of the abbreviations that never end a sentence, as
    written, without its own trailing dots or in lower case ("Проф." opening a sentence)?"""
    return (word in abbreviations or word.rstrip(".") in abbreviations
            or word.lower() in abbreviations)


def _words_back(rules: Rules, text: str, enough: int) -> int:
    """How many words ``text`` ends with since its last sentence stop (up to ``enough``): an
    abbreviation's stop («в г. Москве 5 дек. 2020 г.») is none."""
    count = 0
    for token in reversed(text.split()):
        if count >= enough:
            break
        if token[-1] in ".!?…" and not (token[-1] == "." and (
                (bare := token.rstrip(".")) in rules.special
                or _abbreviated(rules.abbreviations, bare))):
            break
        count += 1
    return count


def _ends_at_initial(rules: Rules, text: str, at: int, head: str) -> bool:
    """Does the stop after a capital letter end a sentence, the word at ``at`` of ``text``
    following it and ``head`` before the letter? Only before a word no name goes on with
    (``Rules.after_initial``: "Annex B. The annex", "Dagobert I. His son"), and after a word,
    not as a section's letter opening its heading ("…Territorio. B. El proceso", "A. The
    Council")."""
    next_word = _WORD.match(text, at)
    return bool(next_word and next_word.group(0) in rules.after_initial
                and head and head[-1].isalnum())


def _opens_sentence(rules: Rules, rest: str) -> bool:
    """Does ``rest`` start with a word that opens a sentence (``Rules.starters``)?"""
    next_word = _WORD.match(rest)
    return bool(next_word and next_word.group(0) in rules.starters)


def _before_word(before: str, word: str) -> str:
    """``before`` without the ``word`` it ends with and the space before that word."""
    return before[:len(before) - len(word)].rstrip()


_NOT_OPENER = re.compile("[^" + re.escape(_OPENERS) + "]")
_WORD = re.compile(r"\w+")


def _plain_cuts(text: str, matches: Iterable[re.Match[str]], rules: Rules,
                cuts: list[tuple[int, int]]) -> None:
    """``cuts.append((match.start("ws"), match.end()))`` for each of ``matches`` that
    ``_boundary`` says ends a sentence, for a text without markers (no element is open
    anywhere): the same rules read in ``text`` itself, in one loop, the common stops decided
    without the window functions and their slices (a paragraph's candidate stops were a call
    of ``_boundary``, two of ``window`` and one of ``word_before`` each;
    tests/test_load18_segment.py holds the two to the same answers)."""
    length = len(text)
    abbreviations, special = rules.abbreviations, rules.special
    for match in matches:
        end = match.end()
        # the first character after the stop that is not an opening quote or bracket (the
        # windows' ``lstrip``: the window's, else the whole rest's when it is all openers)
        if end < length and text[end] not in _OPENERS:
            at = end
        else:
            found = _NOT_OPENER.search(text, end)
            if found is None:
                continue
            at = found.start()
        following = text[at]
        if following.islower() and match.group("term")[0] not in _CJK_STOPS:
            continue
        start = match.start()
        low = start - _WINDOW if start > _WINDOW else 0
        if following in _ODD_START or (start and text[start - 1] in _ELISION):
            if _decide(rules, match.group("term"), bool(match.group("close")),
                       text[low:start], text[at:_rest_end(at, end, length)], start):
                cuts.append((match.start("ws"), end))
            continue
        term = match.group("term")
        if (term not in (".", "。") and not term.endswith(".")) or term == "。" \
                or match.group("close"):
            cuts.append((match.start("ws"), end))
            continue
        stop = start - 1 if start > low and text[start - 1] == "\n" else start
        found = _WORD_CHARS.match(text[low:stop][::-1]) if stop > low else None
        word = found.group()[::-1] if found else ""
        # (the cheap tests first: most words are none of these)
        if (word in special or (word[:1].isupper() and word.lower() in special)
                or ("." in word and _DOTTED.match(word))
                or ((len(word) == 1 or (len(word) <= 5 and word[:1] in _ENUM_FIRST))
                    and _ENUMERATOR.match(word))):
            if _after_word(rules, word, text[low:start], text[at:_rest_end(at, end, length)],
                           start):
                cuts.append((match.start("ws"), end))
            continue
        if _abbreviated(abbreviations, word):
            continue
        if len(word) == 1 and word.isupper():
            # an initial, unless a word no name goes on with follows (``_after_word``)
            if _ends_at_initial(rules, text, at, _before_word(text[low:start], word)):
                cuts.append((match.start("ws"), end))
            continue
        if not (following.isdigit() and _number_goes_on(word, text[at:at + 16])):
            cuts.append((match.start("ws"), end))


def _number_goes_on(word: str, rest: str) -> bool:
    """Whether a full stop after ``word`` goes on into the number ``rest`` opens with: "1. 2."
    enumerations and dates in "9. Dezember" do not end sentences; a year's stop before a
    paragraph's number and the capital it opens with does ("…pour 2013. 165. Dans son
    rapport": the UN Parallel Corpus's French had kept "165." with the sentence before)."""
    if not (word.isdigit() and rest[:1].isdigit()):
        return False
    item = _ITEM_OPENING.match(rest)
    return item is None or not item.group(1).isupper()


def _rest_end(at: int, end: int, length: int) -> int:
    """Where the rest ``_boundary`` reads ends: its window of 256 characters, or the whole
    rest when that window held only openers."""
    return min(end + _WINDOW, length) if at < end + _WINDOW else length


def _outside_titles(text: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The cuts not inside a Chinese title's marks: «看《摔跤吧！爸爸》好吗？» is one sentence."""
    opened = [m.start() for m in re.finditer("[《〈]", text)]
    closed = [m.start() for m in re.finditer("[》〉]", text)]
    return [cut for cut in cuts
            if bisect.bisect_left(opened, cut[0]) <= bisect.bisect_left(closed, cut[0])]


def word_before(window: str) -> str:
    """``_WORD_BEFORE.search(window).group(1)`` ("" when it does not match), without trying
    the pattern at every position of the window: the run of word characters the window ends
    with (``$`` also matches before a final line break)."""
    end = len(window) - 1 if window.endswith("\n") else len(window)
    found = _WORD_CHARS.match(window[end - 1::-1] if end else "")
    return found.group()[::-1] if found else ""


def _depths(text: str, positions: list[int] | None = None) -> Callable[[int], int]:
    """How many inline elements are open at a position (no sentence ends inside a link),
    from one pass over the text's markup (``positions`` receives the markers' positions)."""
    if positions is None:
        positions = []
    depths: list[int] = []
    depth = 0
    for match in _MARK_RE.finditer(text):
        code = ord(match.group()) - _MARK_BASE
        if code & 1:
            depth -= 1
        elif code & 2:
            depth += 1
        positions.append(match.start())
        depths.append(depth)

    def at(end: int) -> int:
        index = bisect.bisect_left(positions, end)  # marks strictly before ``end``
        return depths[index - 1] if index else 0

    return at


# --- placeholders -----------------------------------------------------------------------------

#: The marker's low bits of each kind of markup span (``_mark``).
_FLAGS = {"close": 1, "open": 2, "atom": 0}


def _mark(spans: tuple[Span, ...]) -> tuple[str, dict[str, Span]]:
    """Replace markup spans by private-use characters; code bit 0 = close, bit 1 = open."""
    parts: list[str] = []
    markup: dict[str, Span] = {}
    for index, span in enumerate(spans):
        if span.kind == "text":
            parts.append(span.text)
            continue
        flag = _FLAGS[span.kind]
        char = chr(_MARK_BASE + index * 4 + flag)
        markup[char] = span
        parts.append(char)
    return "".join(parts), markup


def _to_placeholders(piece: str, markup: Mapping[str, Span]) -> tuple[str, list[Placeholder]]:
    if not markup:  # a block without inline elements: no marker in its text (_check_markable)
        return piece, []
    counters: dict[str, int] = {}
    stack: list[str] = []
    placeholders: list[Placeholder] = []

    def replace(match: re.Match[str]) -> str:
        span = markup[match.group(0)]
        if span.kind == "close":
            return f"</{stack.pop()}>" if stack else ""
        prefix = "x" if span.kind == "atom" else span.tag
        counters[prefix] = counters.get(prefix, 0) + 1
        name = f"{prefix}{counters[prefix]}"
        placeholders.append(Placeholder(name, span))
        if span.kind == "atom":
            return f"<{name}/>"
        stack.append(name)
        return f"<{name}>"

    return _MARK_RE.sub(replace, piece), placeholders


class PlaceholderMismatch(ValueError):
    """A translation's placeholders differ from its unit's."""


def placeholder_names(text: str) -> list[str]:
    """The placeholder tags of ``text`` in order (``a1``, ``/a1``, ``x1/``).

    >>> placeholder_names("Voir <a1>le Pacte</a1> et <x1/>.")
    ['a1', '/a1', 'x1/']
    """
    return [("/" if m.group("close") else "") + m.group("tag") + m.group("num")
            + ("/" if m.group("self") else "") for m in PLACEHOLDER_RE.finditer(text)]


def rename_codes(text: str, mapping: dict[str, str]) -> str | None:
    """``text`` with each placeholder renamed by ``mapping`` (``{"a0": "a1"}``); None if it
    has one not in it."""
    missing = False

    def rename(match: re.Match[str]) -> str:
        nonlocal missing
        name = mapping.get(match.group("tag") + match.group("num"))
        if name is None:
            missing = True
            return match.group(0)
        return f"<{match.group('close') or ''}{name}{match.group('self') or ''}>"

    renamed = PLACEHOLDER_RE.sub(rename, text)
    return None if missing else renamed


def to_spans(translation: str, segment: Segment) -> list[Span]:
    """Turn a translated unit back into spans, its placeholders into the source's markup.

    Only the unit's own placeholders are markup; anything else a translator typed, ``<script>``
    included, stays text and is escaped on output. A placeholder this unit does not have
    (``<em1>``, a renamed or mistyped one) is a mismatch, as ``check`` says (TP501, an error):
    it had been published as text, «Chiffres <em1>clés</em1>», even under ``--strict``; one
    the source holds as text itself stays text.
    """
    spans: list[Span] = []
    stack: list[str] = []
    used: set[str] = set()
    pos = 0
    # one lookup table per unit: a unit with thousands of links was quadratic
    holders = {p.name: p for p in segment.placeholders}
    for match in PLACEHOLDER_RE.finditer(translation):
        name = match.group("tag") + match.group("num")
        holder = holders.get(name)
        if holder is None:
            if match.group(0) in segment.text:
                continue  # the source's own text: text here too
            raise PlaceholderMismatch(f"{match.group(0)} is not a placeholder of this unit")
        if match.start() > pos:
            spans.append(Span("text", translation[pos:match.start()]))
        pos = match.end()
        if match.group("close"):
            if not stack or stack[-1] != name:
                raise PlaceholderMismatch(f"</{name}> closes nothing open")
            stack.pop()
            spans.append(Span("close", tag=holder.span.tag))
            continue
        if name in used:
            raise PlaceholderMismatch(f"<{name}> appears twice")
        used.add(name)
        if holder.paired:
            if match.group("self"):
                raise PlaceholderMismatch(f"<{name}/> must be a pair <{name}>…</{name}>")
            stack.append(name)
        elif not match.group("self"):
            raise PlaceholderMismatch(f"<{name}> must be written <{name}/>")
        spans.append(holder.span)
    if pos < len(translation):
        spans.append(Span("text", translation[pos:]))
    if stack:
        raise PlaceholderMismatch(f"<{stack[-1]}> is not closed")
    missing = [p.name for p in segment.placeholders if p.name not in used]
    if missing:
        raise PlaceholderMismatch("missing placeholder " + ", ".join(f"<{m}>" for m in missing))
    return spans


def source_spans(segment: Segment) -> list[Span]:
    """The unit's own source text as spans (what an untranslated unit falls back to)."""
    return to_spans(segment.text, segment)
