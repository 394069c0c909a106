"""Termbases: TBX-Basic in its 2008 (<martif>) and 2019 (<tbx>) forms, and a CSV for hand editing.

A concept has a category (person, title, organisation, place, other) and, per language, any number
of terms with a status (preferred, admitted, deprecated). Lookups do no I/O.
"""

from __future__ import annotations

import csv
import gc
import io
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import accumulate, chain, islice
from pathlib import Path
from typing import Any, NamedTuple

from lxml import etree

from transpub.errors import (
    CONFLICT,
    LFS_POINTER,
    ConfigError,
    TermbaseError,
    conflict_line,
    lfs_pointer,
    misnamed,
)
from transpub.garbled import unshaped
from transpub.languages import canonical
from transpub.regular import read_input
from transpub.source import utf16_codec
from transpub.spreadsheet import SUFFIXES as SPREADSHEETS
from transpub.spreadsheet import read_sheets
from transpub.toolxml import parse_tool_xml

CATEGORIES = ("person", "title", "organisation", "place", "other")
#: the words termbases use for transpub's categories, lower-cased without blanks, hyphens
#: or underscores: "Personal name", "Job title", "Organization name", "Geographical name",
#: "Country" (a terminologist's termbase, UNTERM's and IATE's fields); a field of knowledge
#: ("International organisations", "Geography") says what a concept is about, not what it
#: is, and stays "other"
_CATEGORY_ALIASES = {
    **dict.fromkeys((
        "organization", "organizations", "organisations", "org", "body", "bodies",
        "organizationname", "organisationname", "organizationnames", "organisationnames",
        "orgname", "agency", "agencies", "institution", "institutions", "entity", "entities",
        "organ", "organs", "unbody", "unbodies", "unentity", "unentities", "unorgan", "unorgans",
        "company", "companies", "corporatebody", "corporatename"), "organisation"),
    **dict.fromkeys((
        "name", "person", "persons", "personname", "personnames", "people", "personalname",
        "personalnames", "nameofperson", "namesofpersons", "individual", "individuals"),
        "person"),
    **dict.fromkeys((
        "title", "titles", "jobtitle", "jobtitles", "function", "functions", "rank", "ranks",
        "honorific", "honorifics", "post", "posts", "position", "positions", "officialtitle",
        "officialtitles", "functiontitle"), "title"),
    **dict.fromkeys((
        "place", "places", "placename", "placenames", "location", "locations",
        "geographicalname", "geographicalnames", "geographicname", "geographicnames",
        "country", "countries", "countryname", "countrynames", "countriesandterritories",
        "territory", "territories", "city", "cities", "toponym", "toponyms"), "place"),
}
_STATUS = {
    "preferredterm-admn-sts": "preferred", "preferred": "preferred",
    "standardizedterm-admn-sts": "preferred", "standardized": "preferred",
    "admittedterm-admn-sts": "admitted", "admitted": "admitted",
    "deprecatedterm-admn-sts": "deprecated", "deprecated": "deprecated",
    "supersededterm-admn-sts": "deprecated", "superseded": "deprecated",
    "forbidden": "deprecated", "notrecommended": "deprecated",
    # (Weblate's TBX marks terms "forbidden" or "obsolete"; TBX-Basic's other values)
    "forbiddenterm-admn-sts": "deprecated", "notrecommendedterm-admn-sts": "deprecated",
    "obsolete": "deprecated", "obsoleteterm-admn-sts": "deprecated", "rejected": "deprecated",
    "legalterm-admn-sts": "preferred", "regulatedterm-admn-sts": "preferred",
    # TBX 2008's normativeAuthorization picklist (ISO 12620), as TBX files and IATE write it
    # without TBX-Basic's suffix: "deprecatedTerm" had been read as admitted, with a warning
    # that scrolled past a check that then said nothing of the form
    "preferredterm": "preferred", "admittedterm": "admitted", "deprecatedterm": "deprecated",
    "supersededterm": "deprecated", "standardizedterm": "preferred",
    "legalterm": "preferred", "regulatedterm": "preferred", "forbiddenterm": "deprecated",
    "obsoleteterm": "deprecated", "notrecommendedterm": "deprecated", "donotuse": "deprecated",
    "proposedterm": "admitted", "proposed": "admitted",
}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
KEEP = "*"
"""``Concept.terms``' key for the terms a concept keeps as they are in every language it has
no term of its own in: its source terms, where the termbase says the term is not to be
translated (a code, a product's or a programme's name; ``keeps_term``)."""


class Term(NamedTuple):
    """One term of a concept in one language. A named tuple, not a dataclass: a termbase
    holds 100,000 of them, and the termbase cache builds them at C speed from its pairs."""

    text: str
    status: str = "admitted"
    """preferred, admitted or deprecated."""


class Fields(NamedTuple):
    """A concept's data categories that ``check`` does not read (its definitions, notes,
    sources, term types, who changed it when…), as TBX 2008 markup (``termfields``): kept
    only when a termbase is read for ``transpub termbase --tbx``."""

    concept: tuple[str, ...] = ()
    langs: Mapping[str, tuple[tuple[tuple[str, ...], int], ...]] = {}
    """per language, its language sections' (a TBX entry may have several of one language,
    each with its own first term): each one's, and how many of its terms it holds"""
    terms: Mapping[str, tuple[tuple[str, ...], ...]] = {}
    """per language, each term's, in the order of ``Concept.terms``"""


@dataclass(frozen=True, slots=True)
class Concept:
    id: str
    category: str
    terms: Mapping[str, tuple[Term, ...]]
    line: int = 0
    fields: Fields | None = field(default=None, compare=False, repr=False)
    """None unless read with ``fields`` (``load_termbase``)."""

    def forms(self, lang: str, include_deprecated: bool = False) -> tuple[Term, ...]:
        found = (self.terms.get(lang) or self.terms.get(lang.split("_")[0])
                 or self.terms.get(KEEP, ()))
        if include_deprecated:
            return tuple(found)  # the tuple itself: no copy
        return tuple(t for t in found if t.status != "deprecated")

    def named_in(self, lang: str) -> bool:
        """Has the concept a term (of any status) in ``lang``, as ``forms`` finds them? Asked
        of the mapping's keys: a cached termbase then makes no terms (termcache._Terms)."""
        terms = self.terms
        return any(code in terms and bool(terms[code]) if isinstance(terms, dict)
                   else code in terms for code in (lang, lang.split("_")[0], KEEP))

    def preferred(self, lang: str) -> Term | None:
        forms = self.forms(lang)
        return next((t for t in forms if t.status == "preferred"), forms[0] if forms else None)


@dataclass(frozen=True, slots=True)
class Termbase:
    concepts: tuple[Concept, ...]
    paths: tuple[Path, ...] = ()
    warnings: tuple[TermbaseError, ...] = ()
    """Entries skipped while loading (no source term, an empty term, an unknown language…),
    each naming its file and line: one bad entry never rejects a whole termbase."""
    read_as: tuple[str, ...] = field(default=(), compare=False, repr=False)
    """How the file's layout was read (its format; a glossary's columns, one line each), as
    ``transpub termbase`` shows it; empty for a termbase read from the cache or merged."""
    index_cache: tuple[str, str] | None = field(default=None, compare=False, repr=False)
    """Where the matchers' indexes of a termbase loaded through ``termcache`` are cached
    (path stem, entry key); None: built in memory only."""
    named: tuple[tuple[str, int], ...] | None = field(default=None, compare=False, repr=False)
    """How many concepts have terms in each language, where the cache stored it (counting
    them would make every cached concept's terms); None: counted when asked."""
    back: tuple[str, ...] = field(default=(), compare=False, repr=False)
    """A TBX file's back matter (the people its entries' changes name) as TBX 2008 markup,
    read with ``fields`` only."""

    def named_in(self, lang: str) -> int:
        """How many concepts have a term in ``lang``."""
        if self.named is not None:
            counts = dict(self.named)
            # (a concept kept as it is counts for every language: also when it has a term of
            # its own in ``lang``, which the cache's counts cannot tell)
            return min(len(self.concepts), max(counts.get(lang, 0),
                                               counts.get(lang.split("_")[0], 0))
                       + counts.get(KEEP, 0))
        return sum(c.named_in(lang) for c in self.concepts)

    def __len__(self) -> int:
        return len(self.concepts)

    @classmethod
    def empty(cls) -> Termbase:
        return cls(())


#: A form filed under a piece (``AnchorIndex._word_pieces``): its number, its other pieces
#: looked up among a text's words (their bytes), and those searched for.
_Filed = tuple[int, frozenset[bytes], tuple[str, ...]]


class _FiledBy(dict[bytes, tuple["_Filed", ...]]):
    """A word's forms (``AnchorIndex._by_word``), made by ``filed`` from the word's piece when
    first looked up."""

    __slots__ = ("_filed", "_pieces")

    def __init__(self, filed: Callable[[str], tuple[_Filed, ...]],
                 pieces: dict[bytes, str]) -> None:
        super().__init__()
        self._filed, self._pieces = filed, pieces

    def __missing__(self, word: bytes) -> tuple[_Filed, ...]:
        made = self[word] = self._filed(self._pieces[word])
        return made


class AnchorIndex:
    """Which of many term forms can occur in a text, without testing each one.

    Each form is given as the literal pieces every match of it contains (lower case: its words,
    or their stems). A form is a candidate only when all its pieces occur in the text. The
    index files each form under its rarest piece, and finds which of those pieces a text holds
    either by testing each (a small termbase) or by looking up the text's substrings of the
    pieces' first few characters (a large one): a text is compared with the few forms that
    share its rarest words, not with every form of a 20,000-concept termbase.
    """

    _KEY = 5

    def __init__(self, pieces: Sequence[tuple[str, ...]]) -> None:
        # how many forms have each piece (a form's repeated piece counted twice: the choice
        # of a form's rarest piece only decides where it is filed, never what is found)
        frequency = Counter(chain.from_iterable(pieces))
        rank = frequency.__getitem__
        #: rarest piece -> the forms filed under it (in the order given)
        self._by_piece: dict[str, list[int]] = {}
        #: per form, the pieces still to test once its rarest piece is found (kept flat:
        #: form i's are ``_flat[_bounds[i]:_bounds[i + 1]]``)
        rest: list[tuple[str, ...]] = []
        self._always: list[int] = []
        for index, parts in enumerate(pieces):
            if not parts:
                self._always.append(index)
                rest.append(())
                continue
            rarest = min(parts, key=rank) if len(parts) > 1 else parts[0]
            self._by_piece.setdefault(rarest, []).append(index)
            rest.append(tuple(p for p in parts if p != rarest) if len(parts) > 1 else ())
        #: the pieces in sorted order: those filed under a key (their first ``_KEY``
        #: characters) are one run of it, found by bisection (a dict of lists per key took
        #: up to 21 ms to unmarshal per language of a 20,000-concept termbase; this, 3)
        self._sorted = tuple(sorted(self._by_piece))
        self._lengths = sorted({min(len(piece), self._KEY) for piece in self._sorted})
        self._chunked: bool | None = None
        self._memo: dict[str, tuple[str, ...]] = {}
        self._words: dict[bytes, str] | None = None
        self._word_set: frozenset[bytes] = frozenset()
        self._loose: tuple[str, ...] = ()
        self._by_word: dict[bytes, tuple[_Filed, ...]] = {}
        self._by_loose: dict[str, tuple[_Filed, ...]] = {}
        self._filed: frozenset[bytes] = frozenset()
        self._words_from: Callable[[], Iterable[str] | None] | None = None
        self._keyed = False
        self._keys: tuple[Callable[[str], list[str]], dict[str, tuple[str, ...]]] | None = None
        self._letters: str | None = None
        self._gates: tuple[tuple[str, tuple[str, ...]], ...] | None = None
        self._flat = tuple(chain.from_iterable(rest))
        self._bounds = tuple(accumulate(map(len, rest), initial=0))

    def __len__(self) -> int:
        """The number of forms indexed."""
        return len(self._bounds) - 1

    def state(self) -> tuple[Any, ...]:
        """The index as plain data (``marshal``-able: the termbase cache stores it); each
        form's other pieces in one flat tuple with their bounds (a tuple per form unmarshals
        several times slower)."""
        return (self._flat, self._bounds, self._by_piece, self._always, self._sorted,
                self._lengths)

    @classmethod
    def from_state(cls, state: tuple[Any, ...]) -> AnchorIndex:
        index = cls.__new__(cls)
        (index._flat, index._bounds, index._by_piece, index._always, index._sorted,
         index._lengths) = state
        if len(index._sorted) != len(index._by_piece):
            raise ValueError("an index's pieces do not match")
        # a form's other pieces are sliced from the flat tuple when it is a candidate: a
        # tuple per form would be made for tens of thousands of forms a run never meets
        index._chunked = None
        index._memo = {}
        index._words, index._word_set, index._loose = None, frozenset(), ()
        index._by_word, index._by_loose, index._filed = {}, {}, frozenset()
        index._words_from = None
        index._keyed, index._keys = False, None
        index._letters, index._gates = None, None
        return index

    def words_from(self, glued: Callable[[], Iterable[str] | None]) -> None:
        """``glued()``: the pieces that a match of a form having them may hold glued to
        another word (None: any piece), asked for on the first text whose pieces are tested
        one by one. Every other piece made of Latin-1 word characters is then looked up among
        a text's runs of Latin-1 word characters (``_latin_words``) instead of searched for
        (``candidates``): a text's match of a form holds the piece as one of its words
        (``terms._glued_pieces`` says why)."""
        self._words_from = glued
        self._words = None

    def by_characters(self) -> None:
        """Test a text's pieces, when they are tested one by one (a small termbase's), only
        if the text holds each one's key character (``_key_characters``): for Chinese and
        Japanese, whose pieces are whole names of a few characters drawn from thousands."""
        self._keyed = True
        self._keys = None

    def by_rare_letters(self, letters: str) -> None:
        """Test a text's pieces, when they are tested one by one (a small termbase's), only
        if the text holds each one's rarest letter (``_rare_letters``). ``letters``: the
        language's letters, the most frequent first (a character not among them counts as
        rarer than all). For Russian and Arabic, whose pieces (stems, cores under particles)
        share common letters: a test of one character is a ``memchr`` of the text's bytes at
        C speed, where a piece's test is a scan in C of some 450 instructions a text."""
        self._letters = letters
        self._gates = None

    def _rare_letters(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The pieces grouped under their rarest letter: a piece occurs in a text only if its
        every character does, so those of the letters a text lacks are not tested (the same
        pieces found as testing each)."""
        gates = self._gates
        if gates is None:
            letters = self._letters or ""
            rank = {char: at for at, char in enumerate(letters)}
            rarest = len(letters)
            groups: dict[str, list[str]] = {}
            for piece in self._by_piece:
                if piece:
                    gate = max(piece, key=lambda char: (rank.get(char, rarest), char))
                    groups.setdefault(gate, []).append(piece)
            gates = self._gates = tuple((gate, tuple(pieces))
                                        for gate, pieces in groups.items())
        return gates

    def _key_characters(self) -> tuple[Callable[[str], list[str]], dict[str, tuple[str, ...]]]:
        """A search for the key characters in a text (``findall``) and the pieces filed under
        each. A piece's key is its character that the fewest pieces hold (a rare character
        of the language, most likely): a piece can occur in a text only where its key does,
        so the pieces of the keys a text holds are the only ones that may (one scan of the
        text at C speed, instead of a scan per piece, 60 for the sample termbase)."""
        keys = self._keys
        if keys is None:
            held = Counter(chain.from_iterable(map(set, self._by_piece)))
            groups: dict[str, list[str]] = {}
            for piece in self._by_piece:
                groups.setdefault(min(piece, key=lambda char: (held[char], char)),
                                  []).append(piece)
            pattern = re.compile("[" + "".join(map(re.escape, sorted(groups))) + "]")
            keys = self._keys = (pattern.findall,
                                 {key: tuple(pieces) for key, pieces in groups.items()})
        return keys

    def _word_pieces(self) -> dict[bytes, str]:
        """The pieces looked up among a text's words (``words_from``), by their Latin-1 bytes;
        the others are kept in ``_loose``. Every piece of the forms, the ones they are filed
        under and the others: each form's others are tested the same way (``_by_word``)."""
        words = self._words
        if words is None:
            found = self._words_from() if self._words_from is not None else None
            every = dict.fromkeys(chain(self._by_piece, self._flat))
            if found is None:
                words = self._words = {}
            else:
                glued = set(found)
                words = self._words = {
                    piece.encode("latin-1"): piece for piece in every
                    if piece not in glued and _latin_word(piece)}
            self._word_set = frozenset(words)
            looked_up = {piece: data for data, piece in words.items()}
            self._loose = tuple(piece for piece in self._by_piece if piece not in looked_up)
            flat, bounds = self._flat, self._bounds

            def filed(piece: str) -> tuple[_Filed, ...]:
                # each form filed under ``piece``, with its other pieces: those looked up
                # (their bytes) and those searched for
                out = []
                for i in self._by_piece[piece]:
                    rest = flat[bounds[i]:bounds[i + 1]]
                    out.append((i, frozenset(looked_up[p] for p in rest if p in looked_up),
                                tuple(p for p in rest if p not in looked_up)))
                return tuple(out)

            # a word's forms made when a text first has the word: a form is filed under its
            # rarest piece, and of a 20,000-concept termbase's English forms 731 are filed
            # under a word of the sample release (all of them: 30 ms a run, in the language
            # whose forms are all words)
            self._by_word = _FiledBy(filed, {data: piece for piece, data in looked_up.items()})
            self._by_loose = {piece: filed(piece) for piece in self._loose}
            self._filed = frozenset(looked_up[piece] for piece in self._by_piece
                                    if piece in looked_up)
        return words

    def _from_words(self, lowered: str, latin: list[bytes]) -> list[int]:
        """``candidates`` of a text whose words are ``latin``: the forms whose every
        whole-word piece is one of them and every other piece occurs in ``lowered``. A
        match holds such a piece as a word of the text (``words_from``), so these are the
        forms that can match (the pieces tested one by one may add forms that cannot: a
        piece inside another word); looked up, not searched for, the pieces a form is not
        filed under as well (tests/test_notes18_words.py)."""
        found = self._word_set.intersection(latin)
        forms = list(self._always)
        by_word = self._by_word
        for word in self._filed.intersection(found):  # (the others' file no form)
            for index, words, others in by_word[word]:
                if words <= found and (not others or all(map(lowered.__contains__, others))):
                    forms.append(index)
        for piece in self._loose:
            if piece in lowered:
                for index, words, others in self._by_loose[piece]:
                    if words <= found and all(map(lowered.__contains__, others)):
                        forms.append(index)
        if len(forms) > 1:
            forms.sort()
        return forms

    def candidates(self, lowered: str) -> list[int]:
        """The forms all of whose pieces occur in ``lowered``, in the order they were given."""
        by_piece = self._by_piece
        if self._chunked is None and len(by_piece) > 4 * len(lowered):
            # pieces are split on what _CHUNKS matches (terms._PIECE_SPLIT): then every
            # occurrence of one lies inside one chunk of a text, and a chunk (a word) recurs
            # in many texts, so that which pieces it holds is looked up, not searched. (One
            # search over the pieces joined: 1 ms for a large termbase's 20,000, where a
            # search per piece took 10-13 ms in Russian or Chinese; NUL is none of them.)
            self._chunked = _CHUNKS.search("\0".join(by_piece)) is None
        present: Iterable[str]
        if len(by_piece) <= 4 * len(lowered):
            # few distinct pieces: testing each is cheaper than listing the text's keys (and
            # than looking a small termbase's pieces up per word, measured in a whole check:
            # its words' memo is out of the processor's cache between two texts)
            words = self._words if self._words is not None else self._word_pieces()
            if not words:
                if self._keyed and by_piece:
                    find, keyed = self._key_characters()
                    present = [piece for key in set(find(lowered)) for piece in keyed[key]
                               if piece in lowered]
                elif self._letters is not None:
                    present = [piece for gate, pieces in self._gates or self._rare_letters()
                               if gate in lowered for piece in pieces if piece in lowered]
                else:
                    present = [piece for piece in by_piece if piece in lowered]
            else:
                # a whole-word piece found among the text's words (a set operation at C
                # speed), the others tested one by one (tests/test_terms15_words.py)
                return self._from_words(lowered, _latin_words(lowered))
        elif self._chunked:
            memo = self._memo
            found: set[str] = set()
            for chunk in _CHUNKS.split(lowered):
                held = memo.get(chunk)
                if held is None:
                    held = self._held(chunk)
                if held:
                    found.update(held)
            present = found
        else:
            present = self._present(lowered)
        found_forms = list(self._always)
        flat, bounds = self._flat, self._bounds
        for piece in present:
            for i in by_piece[piece]:
                start, end = bounds[i], bounds[i + 1]
                if start == end or all(map(lowered.__contains__, flat[start:end])):
                    found_forms.append(i)
        found_forms.sort()
        return found_forms

    def _held(self, chunk: str) -> tuple[str, ...]:
        """The pieces ``chunk`` holds, kept for the next texts that have the word."""
        held = tuple(self._present(chunk))
        if len(chunk) <= _MEMO_CHUNK:
            memo = self._memo
            if len(memo) >= _MEMO_CHUNKS:
                memo.clear()
            memo[chunk] = held
        return held

    def _present(self, lowered: str) -> list[str]:
        """The pieces that occur in ``lowered``."""
        by_piece = self._by_piece
        if len(by_piece) <= max(4 * len(lowered), _FEW):
            # few distinct pieces: testing each is cheaper than listing the text's keys (a
            # word's substrings of up to five lengths, in Python, cost some 130 tests)
            return [piece for piece in by_piece if piece in lowered]
        present: list[str] = []
        pieces, by_piece, full = self._sorted, self._by_piece, self._KEY
        for length in self._lengths:
            for key in {lowered[i:i + length] for i in range(len(lowered) - length + 1)}:
                if length < full:
                    # a key shorter than _KEY files only the piece that is the key itself
                    if key in by_piece:
                        present.append(key)
                    continue
                # the pieces of five characters or more that start with the key
                at = bisect_left(pieces, key)
                while at < len(pieces) and pieces[at].startswith(key):
                    if pieces[at] in lowered:
                        present.append(pieces[at])
                    at += 1
        return present


#: What terms' forms are split into pieces on (``terms._PIECE_SPLIT``), and texts into chunks.
_CHUNKS = re.compile(r"[\s'·-]+")
#: The chunks whose pieces an index keeps (a word's, not a Chinese sentence's), and how many
#: at most (then forgotten all at once): some 8,000 words and tuples, about 1 MB per language.
_MEMO_CHUNK = 40
_MEMO_CHUNKS = 8192


def _spaced(chars: str) -> bytes:
    """A ``bytes.translate`` table of one byte a character (``chars``: the 256 characters of an
    encoding) keeping the bytes of word characters (``re``'s ``\\w``: ``str.isalnum`` or the
    underscore) and making every other one a space."""
    return bytes(code if char.isalnum() or char == "_" else 32
                 for code, char in enumerate(chars))


#: Latin-1's bytes, each byte that is not a word character made a space
_SPACED_LATIN = _spaced(bytes(range(256)).decode("latin-1"))


def _latin_word(piece: str) -> bool:
    """Is ``piece`` made of Latin-1 word characters only?"""
    try:
        data = piece.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return bool(data) and b" " not in data.translate(_SPACED_LATIN)


def _latin_words(lowered: str) -> list[bytes]:
    """The runs of Latin-1 word characters (``\\w``) of a text, as bytes: encoded, each
    character past Latin-1 made a ``?`` (no word character), translated and split at C speed
    (about 2 us for a sentence, where testing 60 pieces took 9). Every word of the text made
    of Latin-1 characters is one of them; a word holding another character is cut there, and
    its runs equal no whole-word piece it holds as a word: a piece looked up among them may
    only add a candidate that no match confirms. (Before, a text that Latin-1 did not encode
    was tried in Windows-1252, raising an exception and encoding through a charmap for one
    English sentence in six, with its curly double quotes; one that neither encoded had its
    every piece tested.)"""
    return lowered.encode("latin-1", "replace").translate(_SPACED_LATIN).split()


#: Pieces that ``AnchorIndex._present`` always tests one by one.
_FEW = 128


#: A termbase of more concepts than this is "large" (see ``gc_paused``).
LARGE = 2000


@contextmanager
def gc_paused(large: Callable[[], bool] = lambda: False) -> Iterator[None]:
    """No cyclic garbage collection meanwhile, and, when ``large()`` says so at the end, what
    was made exempted from it for good (``gc.freeze``). Reading or indexing a large termbase
    makes hundreds of thousands of objects that all stay alive for the whole run (terms,
    concepts, index lists): every collection would walk all of them again, and the
    collections set off by the run's own allocations took 40 % of a check with a
    20,000-concept termbase. Nothing here makes cyclic garbage; frozen objects are still freed
    when nothing refers to them. A small termbase is left to the collector as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        if large():
            gc.freeze()
    finally:
        if enabled:
            gc.enable()


def load_termbases(paths: Iterable[Path], source_lang: str = "en",
                   cache: Path | None = None, user_cache: bool = False) -> Termbase:
    """Load and merge several termbases (concept ids are namespaced by file when they clash).

    ``cache``: a workspace root whose ``.transpub-cache/termbase/`` keeps the termbase read and
    indexed (``termcache``): the same result, without reading a large TBX file every run.
    ``user_cache``: without a workspace, keep it in the user's cache folder
    (``termcache.user_store``)."""
    loaded: list[Termbase] = []
    with gc_paused(lambda: bool(loaded) and len(loaded[0]) > LARGE):
        loaded.append(_load_termbases(paths, source_lang, cache, user_cache))
    return loaded[0]


def _load_termbases(paths: Iterable[Path], source_lang: str, cache: Path | None,
                    user_cache: bool = False) -> Termbase:
    if cache is not None or user_cache:
        from transpub import termcache

        if cache is not None:
            return termcache.load(list(paths), source_lang, cache)
        store = termcache.user_store()
        if store is not None:
            return termcache.load_in(list(paths), source_lang, store)
    return merged([(path, load_termbase(path, source_lang)) for path in paths])


def merged(parts: Sequence[tuple[Path, Termbase]]) -> Termbase:
    """Termbases read one by one (each with its file) as one: a concept id a file before
    took is namespaced by its file's name ("glossary:12")."""
    concepts: list[Concept] = []
    warnings: list[TermbaseError] = []
    seen: set[str] = set()
    for path, one in parts:
        warnings.extend(one.warnings)
        for concept in one.concepts:
            ident = concept.id if concept.id not in seen else f"{path.stem}:{concept.id}"
            seen.add(ident)
            concepts.append(Concept(ident, concept.category, concept.terms, concept.line,
                                    concept.fields))
    return Termbase(tuple(concepts), tuple(path for path, _ in parts), tuple(warnings),
                    back=tuple(piece for _, one in parts for piece in one.back))


def load_termbase(path: Path, source_lang: str = "en", fields: bool = False,
                  sourceless: bool = False) -> Termbase:
    """A termbase or glossary as ``check`` reads it; ``fields``: each concept with the data
    categories ``check`` does not read (``Concept.fields``, ``termfields``), for ``transpub
    termbase --tbx``; ``sourceless``: a concept with no source term kept (with a warning
    naming it), not skipped, and a file of no such concept not refused — a TBX file may hold
    any languages, and ``--tbx`` had dropped them from its copy."""
    try:
        data = read_input(path)
    except OSError as exc:
        raise TermbaseError(f"cannot read: {exc.strerror}", path) from None
    if lfs_pointer(data):
        raise TermbaseError(LFS_POINTER, path, 1)
    other = _misnamed(data, path)
    if other is not None:
        raise TermbaseError(other, path, 1)
    if path.suffix.lower() not in SPREADSHEETS and data.lstrip()[:1] != b"<" and \
            (conflict := conflict_line(data)) is not None:
        # (a CSV or text glossary git merged with a conflict left in it: its marker lines
        # read as terms; an XML file's are found where its parser stumbles on them)
        raise TermbaseError(CONFLICT, path, conflict)
    warnings: list[TermbaseError] = []
    said: list[str] = []
    back: list[str] | None = [] if fields else None
    if path.suffix.lower() in (".csv", ".tsv") or (
            path.suffix.lower() not in SPREADSHEETS and _delimited_text(data)):
        concepts = _from_csv(data, path, warnings, source_lang, said, fields)
    elif path.suffix.lower() in SPREADSHEETS:
        concepts = _from_spreadsheet(data, path, warnings, source_lang, said, fields)
    else:
        concepts = _from_tbx(data, path, warnings, said, back)
    source = _lang_key(source_lang, path, None, [])
    kept: list[Concept] = []
    for concept in concepts:
        if concept.forms(source or source_lang, include_deprecated=True):
            if KEEP in concept.terms:  # (marked by its reader: now its source terms)
                concept = replace(concept, terms={
                    **concept.terms, KEEP: concept.forms(source or source_lang)})
            kept.append(concept if fields else _as_letters(concept, path, warnings))
        elif sourceless:
            kept.append(concept)
            warnings.append(TermbaseError(f"concept {concept.id!r} has no {source_lang} term: "
                                          "kept, though check does not use it", path,
                                          concept.line or None))
        else:
            warnings.append(TermbaseError(f"concept {concept.id!r} skipped: it has no "
                                          f"{source_lang} term", path, concept.line or None))
    if not concepts:
        # (a CSV of its header only, a TBX of no entry: read without a word, it switched the
        # checks of names against their approved forms off, as a missing termbase does)
        warnings.append(TermbaseError("the termbase holds no concept: names, titles and "
                                      "organisations are not checked against approved forms",
                                      path))
    if concepts and not kept:
        held = sorted({k for c in concepts for k in c.terms} - {KEEP})
        raise TermbaseError(f"no concept has a {source_lang} term (the termbase's languages: "
                            f"{', '.join(held)})", path)
    return Termbase(tuple(kept), (path,), tuple(warnings), read_as=tuple(said),
                    back=tuple(back or ()))


def _misnamed(data: bytes, path: Path) -> str | None:
    """What a termbase is when its first bytes say it is a file of another format than its
    name's (a workbook named ``.tbx``, a gzip, UTF-32 text), or None: it had been read as a
    CSV file and refused as "not UTF-8", or as a header of garbled cells."""
    suffix = path.suffix.lower()
    if suffix in SPREADSHEETS:
        return misnamed(data, "an Excel or Calc workbook", suffix, accepted={"zip"})
    expected, fmt = (("TBX XML", "TBX") if suffix in (".tbx", ".xml", ".mtf")
                     else ("a CSV glossary", "CSV (UTF-8)"))
    # (a UTF-16 file is read: Excel's "Unicode text", MultiTerm's XML)
    return misnamed(data, expected, fmt, readable=SPREADSHEETS, accepted={"utf-16"})


def _as_letters(concept: Concept, path: Path, warnings: list[TermbaseError]) -> Concept:
    """``concept`` with its terms' Arabic presentation forms as the letters they stand for
    (``garbled.unshaped``), each such term said in ``warnings``: a term copied from a PDF
    (TICO-19's glossary writes «مركز ﻣﻜﺎﻓﺤﺔ اﻷﻣﺮاض» for the Center for Disease Control) had
    been found in no translation written in letters, and given as the form expected. (Not for
    ``termbase --tbx``, a faithful copy of the file.)"""
    terms = concept.terms
    if all(unshaped(term.text) is term.text for forms in terms.values() for term in forms):
        return concept  # (nearly every concept: one search a term)
    mended: dict[str, tuple[Term, ...]] = {}
    for lang, forms in terms.items():
        mended[lang] = tuple(Term(unshaped(term.text), term.status) for term in forms)
        for term, letters in zip(forms, mended[lang], strict=True):
            if letters.text != term.text:
                warnings.append(TermbaseError(
                    f"concept {concept.id!r}: the term «{term.text}» is written in Arabic "
                    "presentation forms (copied from a PDF?): read as the letters "
                    f"«{letters.text}»; mend the file", path, concept.line or None))
    return replace(concept, terms=mended)


def _delimited_text(data: bytes) -> bool:
    """Is a file of another suffix than ``.csv`` text, not XML? A glossary saved as
    ``.txt`` (Excel's "Unicode text", tab-separated UTF-16; OmegaT's ``.txt``, ``.tab``,
    ``.utf8`` glossaries) was read as a TBX file and refused as "malformed XML"."""
    head = data[:512].decode(utf16_codec(data) or "utf-8-sig", errors="ignore").lstrip()
    return bool(head) and not head.startswith("<")


def _from_spreadsheet(data: bytes, path: Path, warnings: list[TermbaseError],
                      source_lang: str = "en", said: list[str] | None = None,
                      fields: bool = False) -> list[Concept]:
    """A glossary kept in Excel or Calc: each sheet read as the CSV it would save (one line a
    row: a message's line is the sheet's row, named ``file [sheet]`` when there are several).
    A sheet that is no glossary (notes, instructions) is skipped with a warning, a hidden one
    (the lists a sheet's drop-downs draw on) with one warning for all; only when no sheet is a
    glossary is the file refused, for its first sheet's reason. A concept id a sheet before
    already took is named after its sheet ("Health:12")."""
    sheets = [sheet for sheet in read_sheets(data, path) if any(map(any, sheet.rows))]
    hidden = [sheet.name for sheet in sheets if sheet.hidden]
    shown = [sheet for sheet in sheets if not sheet.hidden] or sheets[:1]
    concepts: list[Concept] = []
    taken: set[str] = set()
    refused: list[TermbaseError] = []
    for sheet in shown:
        where = path if len(shown) == 1 else path.with_name(f"{path.name} [{sheet.name}]")
        out = io.StringIO()
        # (a cell's line breaks as spaces: every field is read with its blanks collapsed,
        # and a line of the CSV stays the sheet's row)
        csv.writer(out, lineterminator="\n").writerows(
            [[" ".join(cell.split()) if "\n" in cell or "\r" in cell else cell
              for cell in row] for row in sheet.rows])
        sheet_said: list[str] = []
        try:
            found = _from_csv(out.getvalue().encode("utf-8"), where, warnings, source_lang,
                              sheet_said, fields)
        except TermbaseError as exc:
            refused.append(exc)
            continue
        if said is not None:
            said += [f"sheet {sheet.name!r}: {line}" if len(shown) > 1 and not index else
                     ("  " + line if len(shown) > 1 else line)
                     for index, line in enumerate(sheet_said)]
        for concept in found:
            if concept.id in taken:
                concept = replace(concept, id=f"{sheet.name}:{concept.id}")
            taken.add(concept.id)
            concepts.append(concept)
    if refused and len(refused) == len(shown):
        raise refused[0]
    for error in refused:
        warnings.append(TermbaseError(f"sheet skipped: {error.message}", error.path,
                                      error.line))
    if hidden and len(shown) < len(sheets):
        warnings.append(TermbaseError(f"hidden sheet(s) not read: {', '.join(hidden)}", path))
    return concepts


def _lang_key(tag: str, path: Path, line: int | None,
              warnings: list[TermbaseError]) -> str | None:
    """The language a tag names, as terms are filed (``en-US`` → ``en``); None (with a
    warning) for a tag babel does not know."""
    try:
        return canonical(tag)
    except ConfigError:
        pass
    # a region no one defined, as glossary exports write them (Facebook's «es_XX», «ar_AR»):
    # the language is what terms are filed by
    base = tag.strip().replace("-", "_").split("_")[0]
    if base and base != tag.strip():
        try:
            return canonical(base)
        except ConfigError:
            pass
    warnings.append(TermbaseError(f"unknown language {tag!r}: its terms are skipped", path,
                                  line))
    return None


def _local(element: etree._Element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _from_tbx(data: bytes, path: Path, warnings: list[TermbaseError],
              said: list[str] | None = None, back: list[str] | None = None) -> list[Concept]:
    """A TBX or MultiTerm XML file's concepts; ``back``: given, each concept has its
    ``fields`` and the file's back matter is added to it (``termfields``)."""
    root = parse_tool_xml(data, path, TermbaseError).getroot()
    if _local(root) == "mtf":
        if said is not None:
            said.append("MultiTerm XML (<mtf>): a conceptGrp a concept")
        return _from_mtf(root, path, warnings, back is not None)
    if _local(root) not in ("martif", "tbx"):
        raise TermbaseError(f"not a TBX or MultiTerm XML file (root element <{_local(root)}>)",
                            path, root.sourceline)
    if said is not None:
        said.append("TBX 2019 (<tbx type=" + repr(root.get("type") or "") + ">)"
                    if _local(root) == "tbx" else
                    "TBX (<martif type=" + repr(root.get("type") or "") + ">)")
    concepts: list[Concept] = []
    if back is not None:
        from transpub import termfields

        back.extend(termfields.back(root))
    # only the entries and their direct children are visited: a 20,000-concept termbase loads
    # in a fraction of the time a walk over every element takes
    for number, entry in enumerate(root.iter("{*}termEntry", "{*}conceptEntry"), 1):
        ident = entry.get("id") or f"c{number}"
        category = "other"
        terms: dict[str, list[Term]] = {}
        keep: list[bool] = []
        # (with ``back``: the concept's, each language's and each term's other elements)
        own: list[str] | None = [] if back is not None else None
        langs: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        extras: dict[str, list[tuple[str, ...]]] = {}
        for child in entry:
            name = _local(child)
            if name in ("descrip", "note", "descripGrp", "admin", "adminGrp") or (
                    name not in ("langSet", "langSec") and _dct_kind(child)):
                for item in (child,) if not name.endswith("Grp") else tuple(child):
                    category = _concept_category(item, path, category)
                    if _keeps(item):  # (a definition's text is not read for it)
                        keep.append(True)
                if own is not None:
                    own += termfields.markup(child)
            elif name in ("langSet", "langSec"):
                tag = child.get(_XML_LANG) or child.get("lang")
                if not tag:
                    warnings.append(TermbaseError(f"<{name}> without xml:lang skipped", path,
                                                  child.sourceline))
                    continue
                lang = _lang_key(tag, path, child.sourceline, warnings)
                if lang is not None:
                    made = extras.setdefault(lang, []) if own is not None else None
                    found = _terms(child, path, warnings, keep, made)
                    if found:
                        terms.setdefault(lang, []).extend(found)
                    if own is not None:
                        _section(langs.setdefault(lang, []), tuple(
                            piece for item in child if _local(item) not in _TERM_GROUPS
                            for piece in termfields.markup(item)), len(found))
            elif own is not None:
                own += termfields.markup(child)  # (a transacGrp, an xref, a ref)
        if keep:
            terms[KEEP] = []
        concepts.append(Concept(
            ident, category, {k: tuple(v) for k, v in terms.items()}, entry.sourceline or 0,
            None if own is None else Fields(tuple(own), {k: tuple(v) for k, v in langs.items()},
                                            {k: tuple(v) for k, v in extras.items()})))
    return concepts


def _section(sections: list[tuple[tuple[str, ...], int]], pieces: tuple[str, ...],
             terms: int) -> None:
    """A language section's fields and its number of terms, after its language's others: one
    of no term (all skipped) adds its fields to the one before (a section of no term is no
    TBX), or to the next."""
    if terms:
        if sections and not sections[-1][1]:
            pieces = sections.pop()[0] + pieces
        sections.append((pieces, terms))
    elif sections:
        sections[-1] = (sections[-1][0] + pieces, sections[-1][1])
    elif pieces:
        sections.append((pieces, 0))


#: a TBX language section's terms, in 2008's and 2019's forms
_TERM_GROUPS = frozenset({"tig", "ntig", "termSec"})


#: A field that says a term is not to be translated when it says yes ("Do not translate":
#: yes), and one that says so when it says no (the Translate Toolkit's and Weblate's
#: ``<descrip type="Translation needed">No</descrip>``, "Translatable": no), lower-cased
#: without blanks, hyphens or underscores
_KEEP_IF_YES = frozenset({"donottranslate", "dnt", "untranslatable", "nottranslatable",
                          "nontranslatable", "flaggedasnontranslatable",
                          "notranslate", "nottranslated", "donotlocalize", "nolocalize"})
_KEEP_IF_NO = frozenset({"translationneeded", "translatable", "translate", "translationnote",
                         "localizable", "localize"})
_YES = frozenset({"yes", "y", "true", "1", "x", "oui", "sí", "si", "да", "是", "نعم"})
_NO = frozenset({"no", "n", "false", "0", "non", "нет", "否", "لا"})


def keeps_term(field: str | None, value: str) -> bool:
    """Does a field of a termbase (its type or column name, and its value) say the concept's
    term is not to be translated: kept as it is in every language with no term of its own?"""
    if not field:
        return False
    answers = _keeping_answers(field)
    return bool(answers) and value.strip().lower() in answers


def _dct_kind(element: etree._Element) -> str | None:
    """The data category an element of TBX's DCT style is (ISO 30042:2019: a module's own
    element, ``<basic:administrativeStatus>``, ``<min:subjectField>``, where the DCA style
    writes ``<termNote type="administrativeStatus">``): its name; None for any other."""
    tag = element.tag
    if not isinstance(tag, str) or not tag.startswith("{") or \
            tag.startswith("{urn:iso:std:iso:30042"):
        return None
    return tag.rsplit("}", 1)[1]


def _keeps(item: etree._Element) -> bool:
    """``keeps_term`` of an element typed by its ``type`` (a TBX or MultiTerm field; a DCT
    element by its name), its text read only for a field that can say so."""
    kind = item.get("type") or _dct_kind(item)
    return bool(kind) and bool(_keeping_answers(kind)) and keeps_term(
        kind, "".join(item.itertext()))


@cache
def _keeping_answers(field: str) -> frozenset[str]:
    """The values with which a field of this name says "not to be translated" (none for most
    fields: a termbase's few field names, each normalised once)."""
    name = "".join(field.lower().split()).replace("-", "").replace("_", "")
    return _YES if name in _KEEP_IF_YES else _NO if name in _KEEP_IF_NO else frozenset()


def _concept_category(item: etree._Element, path: Path, category: str) -> str:
    """The category a concept-level ``descrip``/``note`` gives, or ``category`` unchanged."""
    name = _local(item)
    dct = _dct_kind(item)
    if name not in ("descrip", "note") and not dct:
        return category
    kind = (item.get("type") or dct or "").lower()
    text = "".join(item.itertext()).strip().lower()
    if name == "note" and text.startswith("category:"):
        text, kind = text.split(":", 1)[1].strip(), "subjectfield"
    if kind in ("subjectfield", "category", "concepttype") and text:
        # (a concept of several fields keeps the one that names its category: "Personal
        # name" and then a field of knowledge)
        return _category(text, path, item.sourceline) if category == "other" else category
    return category


_STATUS_TYPES = ("administrativeStatus", "normativeAuthorization")
#: the fields that say a term's status beside those (IATE's term evaluation, in a ``descrip``
#: or a ``termNote``: preferred, admitted, deprecated, obsolete)
_EVALUATION_TYPES = frozenset({"evaluation", "termEvaluation", "usageStatus", "termStatus"})
#: TBX's term types (``termType``) of a shortened form: not the form to suggest while a full
#: one is there (IATE lists an acronym first)
_SHORT_TYPES = frozenset({"abbreviation", "acronym", "shortform", "initialism",
                          "abbreviatedform", "clippedterm", "shortname"})


def status_of(text: str) -> str:
    """The status a termbase's value names (TBX's picklists with or without their
    ``-admn-sts``, MultiTerm's, Crowdin's), in any case and spacing; "" for none known."""
    value = " ".join(text.lower().split())
    return (_STATUS.get(value) or _MTF_STATUSES.get(value)
            or _STATUS.get(re.sub(r"[\s_-]", "", value)) or "")


def settled(found: Sequence[tuple[str, str, tuple[int, ...]]]) -> list[Term]:
    """A language's terms, each read as (text, the status it is given or "", its rank: the
    lowest first), with their statuses: where no term is marked preferred, the unmarked term
    of the lowest rank (a full form before an abbreviation, ``short_rank``; then the first)
    is, the others admitted. (The first term was preferred whatever it was: IATE's entries
    list the acronym first, and a check suggested «BLT» for the French office's name.)"""
    best = None
    if not any(status == "preferred" for _, status, _ in found):
        best = min((i for i, (_, status, _) in enumerate(found) if not status),
                   key=lambda i: (found[i][2], i), default=None)
    return [Term(text, status or ("preferred" if i == best else "admitted"))
            for i, (text, status, _) in enumerate(found)]


def short_rank(text: str, kind: str = "", reliability: int = 0) -> tuple[int, ...]:
    """A term's rank for ``settled``: a shortened form last (its ``termType``, or, with none,
    a term of capitals only, "UNOCT", «КТУ ООН»), then the less reliable (IATE's reliability
    code, 1 to 4)."""
    short = kind.lower() in _SHORT_TYPES if kind else _capitals(text)
    return (int(short), -reliability)


#: what parts a cell's several terms ("Secretary-General; SG", "UNOCT | Office")
#: (the separator alone: each part's blanks are collapsed after, and a pattern taking the
#: blanks around it had tried every start of a long run of spaces, quadratic)
_CELL_TERMS = re.compile(r"[;|]")


def cell_terms(cell: str) -> list[str]:
    """A glossary cell's terms, parted by ";" or "|", their blanks collapsed, its full forms
    first (``short_rank``; otherwise in the cell's order): the first is the one to prefer.
    Terminologists write the acronym first as often as the name ("UNOCT; United Nations
    Office of Counter-Terrorism"), and the first had been preferred whatever it was: a check
    suggested «BLT» for the French office's name, and TP101 asked for "UNOCT" where the
    release spelt the name out."""
    parts = [" ".join(part.split()) for part in _CELL_TERMS.split(cell)]
    return sorted((part for part in parts if part), key=short_rank)


def cell_found(text: str, status: str, kind: str = "", reliability: int = 0, *,
               path: Path | None = None, line: int | None = None,
               warnings: list[TermbaseError] | None = None
               ) -> list[tuple[str, str, tuple[int, ...]]]:
    """One term element's text as ``settled`` reads terms: (form, status, rank) for each of
    its forms (``cell_terms``: a TBX or MultiTerm ``<term>`` written from a spreadsheet's
    cell, "UNOCT; United Nations Office of Counter-Terrorism", had been one term no text
    holds, and in a translation's language a finding on every unit), a status that prefers
    one given to its first form alone, its ``termType`` to a form alone. A form of no letter
    or digit is skipped, said in ``warnings`` as the CSV reader says it ("BLT; ...." had
    preferred "...."), and a form alone is read without its separators ("UNOCT;")."""
    forms = cell_terms(text)
    if len(forms) > 1 or (forms and forms[0] != text):
        kept = [form for form in forms if not _unfit(form)]
        if warnings is not None and path is not None:
            warnings.extend(_wordless_skipped(form, path, line)
                            for form in forms if _unfit(form))
        forms = kept or [text]
    if len(forms) <= 1:
        text = forms[0] if forms else text
        return [(text, status, short_rank(text, kind, reliability))]
    return [(form, "admitted" if status == "preferred" and n else status,
             short_rank(form, "", reliability)) for n, form in enumerate(forms)]


def _capitals(text: str) -> bool:
    """Is ``text`` an acronym: two capitals or more, no lower-case letter, three words at most
    ("UNOCT", «КТУ ООН», "COVID-19"; a script without case never is)?"""
    return (sum(char.isupper() for char in text) >= 2 and not any(char.islower() for char in text)
            and len(text.split()) <= 3)


def _terms(lang_set: etree._Element, path: Path, warnings: list[TermbaseError],
           keep: list[bool], extras: list[tuple[str, ...]] | None = None) -> list[Term]:
    """A language's terms; ``keep`` is given True when one of them is marked not to be
    translated (a ``termNote`` or ``descrip``: ``keeps_term``); ``extras``, when given, each
    term's other elements (``termfields.markup``)."""
    out: list[tuple[str, str, tuple[int, ...]]] = []
    for group in lang_set:
        if _local(group) not in _TERM_GROUPS:
            continue
        # the direct children first (TBX-Basic's <tig><term/><termNote/>…), lxml's own search
        # otherwise: termbases run to 100,000 terms and more
        children = list(group)
        term_el = next((c for c in children if _local(c) == "term"), None)
        if term_el is None:
            term_el = group.find(".//{*}term")
            children = list(group.iter())
        raw = (term_el.text or "") if term_el is not None and not len(term_el) else (
            "".join(term_el.itertext()) if term_el is not None else "")
        if _unusable(raw, path, group.sourceline, warnings):
            continue
        status, term_type, reliability = "", "", 0
        for note in children:
            kind = note.get("type")
            if kind is None:
                if note is term_el:
                    continue
                kind = _dct_kind(note)  # (TBX 2019's DCT style: the element names it)
                if kind is None:
                    continue
            if kind not in _STATUS_TYPES and keeps_term(kind, note.text or ""):
                keep.append(True)
            if (kind in _STATUS_TYPES and (_local(note) == "termNote" or not note.get("type"))) \
                    or kind in _EVALUATION_TYPES:
                status = status_of(note.text or "")
                if not status:
                    warnings.append(TermbaseError(f"unknown term status {note.text!r} read as "
                                                  "admitted", path, note.sourceline))
                    status = "admitted"
            elif kind == "termType":
                term_type = "".join((note.text or "").split())
            elif kind == "reliabilityCode" and (note.text or "").strip().isdigit():
                reliability = int((note.text or "").strip())
        forms = cell_found(" ".join(raw.split()), status, term_type, reliability, path=path,
                           line=group.sourceline, warnings=warnings)
        out += forms
        if extras is not None:
            from transpub import termfields

            # (an ntig's termGrp holds its term and termNotes: those, then the ntig's own;
            # on its first form, a cell of several's, as a spreadsheet row's go)
            extras.append(tuple(
                piece for item in group for element in (
                    item if _local(item) == "termGrp" else (item,))
                if element is not term_el for piece in termfields.markup(element, term=True)))
            extras += [()] * (len(forms) - 1)
    return settled(out)


#: MultiTerm's fields (named by each termbase's author) that say a concept's category and a
#: term's status, lower-cased without blanks
_MTF_CATEGORY = frozenset({"subjectfield", "subject", "category", "concepttype", "type",
                           "entrytype", "entryclass"})
_MTF_STATUS = frozenset({"status", "termstatus", "usage", "usagestatus",
                         "administrativestatus", "normativeauthorization"})
#: MultiTerm templates' own status values, beyond TBX's
_MTF_STATUSES = {"approved": "preferred", "validated": "preferred", "not approved":
                 "deprecated", "do not use": "deprecated", "avoid": "deprecated",
                 "proposed": "admitted", "new": "admitted", "allowed": "admitted"}


def _from_mtf(root: etree._Element, path: Path, warnings: list[TermbaseError],
              fields: bool = False) -> list[Concept]:
    """A MultiTerm XML export (``<mtf><conceptGrp>``, Trados's termbases): each
    ``conceptGrp`` a concept (``<concept>`` its number), each ``languageGrp`` its terms in the
    language ``<language lang="EN">`` names, a term's ``Status`` field (or usage) its status,
    a concept's subject or type field its category; the other fields (notes, definitions,
    dates, authors) are no part of a check: with ``fields``, each concept keeps them
    (``termfields.mtf``)."""
    from transpub import termfields

    concepts: list[Concept] = []
    for number, group in enumerate(root.iterchildren("conceptGrp"), 1):
        ident = (group.findtext("concept") or "").strip() or f"c{number}"
        category = "other"
        terms: dict[str, list[Term]] = {}
        own: list[str] = []
        langs: dict[str, list[str]] = {}
        extras: dict[str, list[tuple[str, ...]]] = {}
        for child in group:
            name = _local(child)
            if fields and name != "languageGrp":
                own += termfields.mtf(child)
            if name in ("descripGrp", "system"):
                for item in child.iter("descrip", "system"):
                    if _field(item) in _MTF_CATEGORY and "".join(item.itertext()).strip():
                        category = _category("".join(item.itertext()), path, item.sourceline)
                    if _keeps(item):
                        terms.setdefault(KEEP, [])
            elif name == "languageGrp":
                language = child.find("language")
                tag = (language.get("lang") or "") if language is not None else ""
                if not tag.strip():
                    warnings.append(TermbaseError("<languageGrp> without a language skipped",
                                                  path, child.sourceline))
                    continue
                lang = _lang_key(tag, path, child.sourceline, warnings)
                if lang is not None:
                    made = extras.setdefault(lang, []) if fields else None
                    terms.setdefault(lang, []).extend(_mtf_terms(child, path, warnings, made))
                    if fields:
                        langs.setdefault(lang, []).extend(
                            piece for item in child if item.tag != "termGrp"
                            for piece in termfields.mtf(item))
                if any(_keeps(item)
                       for item in child.iter("descrip")):
                    terms.setdefault(KEEP, [])
        concepts.append(Concept(ident, category, {k: tuple(v) for k, v in terms.items()
                                                  if v or k == KEEP},
                                group.sourceline or 0,
                                Fields(tuple(own), {k: ((tuple(v), len(extras[k])),)
                                                    for k, v in langs.items()},
                                       {k: tuple(v) for k, v in extras.items()})
                                if fields else None))
    return concepts


def _field(item: etree._Element) -> str:
    return "".join((item.get("type") or "").lower().split())


def _mtf_terms(language: etree._Element, path: Path, warnings: list[TermbaseError],
               extras: list[tuple[str, ...]] | None = None) -> list[Term]:
    from transpub import termfields

    found: list[tuple[str, str, tuple[int, ...]]] = []
    for group in language.iterchildren("termGrp"):
        term = group.find("term")
        raw = "".join(term.itertext()) if term is not None else ""
        if _unusable(raw, path, group.sourceline, warnings):
            continue
        status, given = "", ""
        for item in group.iter("descrip"):
            if _field(item) in _MTF_STATUS:
                value = " ".join("".join(item.itertext()).lower().split())
                status = status_of(value)
                if not status:
                    warnings.append(TermbaseError(f"unknown term status {value!r} read as "
                                                  "admitted", path, item.sourceline))
                    status = "admitted"
                given = termfields.status(value, status) if extras is not None else ""
        forms = cell_found(" ".join(raw.split()), status, path=path, line=group.sourceline,
                           warnings=warnings)
        found += forms
        if extras is not None:
            # (its status as TBX's, its other fields: those of a status are not again; on
            # its first form, a cell of several's)
            extras.append(termfields.fields_of([given, *(
                piece for item in group if item.tag != "term"
                for piece in termfields.mtf(_without_status(item), term=True))]))
            extras += [()] * (len(forms) - 1)
    # a language whose author marked a preferred term: the others are admitted; else the
    # first full form is preferred, as in a TBX file
    return settled(found)


def _without_status(item: etree._Element) -> etree._Element:
    """A MultiTerm field group without its status fields (a copy, where it has one)."""
    if item.tag != "descripGrp" or not any(_field(d) in _MTF_STATUS
                                           for d in item.iter("descrip")):
        return item
    copy = etree.fromstring(etree.tostring(item))
    for descrip in list(copy.iter("descrip")):
        parent = descrip.getparent()
        if _field(descrip) in _MTF_STATUS and parent is not None:
            parent.remove(descrip)
    return copy


def _unusable(raw: str, path: Path, line: int | None, warnings: list[TermbaseError]) -> bool:
    """Whether a term is empty, names nothing (no letter, no digit) or holds a control
    character: skipped, with a warning."""
    if not raw.strip():
        warnings.append(TermbaseError("empty term skipped", path, line))
        return True
    if _unfit(raw):
        warnings.append(_wordless_skipped(raw, path, line))
        return True
    return False


def _category(text: str, path: Path, line: int | None) -> str:
    """The category a field names: one of ``CATEGORIES`` or a word for it (a field of
    several values, IATE's "United Nations;international security", by its first that is
    one); "other" for anything else. ("Organization name" had been "other": its blank was
    kept, and a title's «联合国» inside it was then no mention of the United Nations.)"""
    for value in re.split(r"[;|,/]", text):
        key = re.sub(r"^[\d.\s]+|[\s_-]", "", value.lower())  # (IATE's "76 INTERNATIONAL…")
        if key in CATEGORIES:
            return key
        if key in _CATEGORY_ALIASES:
            return _CATEGORY_ALIASES[key]
    return "other"


def _column(name: str) -> str:
    # (a right-to-left mark typed beside an Arabic header, «‏ar», is no part of its name)
    return name.translate(_BIDI_MARKS).strip().lower().replace("_", "").replace(" ", "")


#: the invisible marks of bidirectional text (LRM, RLM, the embeddings, overrides and
#: isolates), dropped from a header cell before it is read
_BIDI_MARKS = dict.fromkeys([0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F),
                             *range(0x2066, 0x206A)])


#: a glossary's term with its short form in brackets: «艾滋病（AIDS）», "Ministry of Health (MoH)"
_BRACKETED = re.compile(r"(.+?)\s*[（(]([^()（）]+)[）)]")
#: a footnote's mark after a term: UNTERM's "State of Palestine (the) *" (an observer State),
#: "Cook Islands (the) **"
_FOOTNOTE = re.compile(r"\s*\*+$")
#: the articles UNTERM writes in brackets after the name it sorts by ("Bahamas (the)",
#: "Qatar (le)", "Afghanistan (l')", "Argentina (la)"), and the words that end a bracket
#: holding the rest of a name turned round ("Netherlands (Kingdom of the)", "Iran (République
#: islamique d')", "Bolivia (Estado Plurinacional de)"), lower-cased, per language
_ARTICLES = {"en": frozenset({"the"}), "fr": frozenset({"le", "la", "les", "l'"}),
             "es": frozenset({"el", "la", "los", "las"})}
_LINKS = {"en": frozenset({"the", "of"}),
          "fr": frozenset({"le", "la", "les", "l'", "de", "du", "des", "d'"}),
          "es": frozenset({"el", "la", "los", "las", "de", "del"})}
#: a name's leading article as UNTERM writes a formal name ("the Republic of Albania",
#: "l'État du Qatar", "el Estado de Qatar"): lower case, before a capital (``_unarticled``)
_LEADING = {"en": re.compile(r"the\s+"), "fr": re.compile(r"l['’]\s*|(?:le|la|les)\s+"),
            "es": re.compile(r"(?:el|la|los|las)\s+")}


def glossary_forms(term: str, lang: str) -> tuple[str, ...]:
    """The forms a glossary's cell gives a term in ``lang``, the one to prefer first.

    A term with a bracket is read by what the bracket holds. An article is UNTERM's sort
    form ("Bahamas (the)", "Qatar (le)"): the name. The rest of a name turned round, ending
    in an article or a preposition ("Netherlands (Kingdom of the)"), a dash where the name
    goes (Arabic «هولندا (مملكة -)») or words as long as the name before them (Russian
    «Нидерланды (Королевство)»): the name put back together ("Kingdom of the Netherlands"),
    then the short name. Anything else is a short form ("Ministry of Health (MoH)",
    «艾滋病（AIDS）»): the term, its name and its short form, each a form a text
    may use. (Every bracket was read as a short form: UNTERM's
    country names gave the terms "the", «le», "Kingdom of the", and every English "the" was
    a mention of the Bahamas.) A footnote's mark after a term is dropped, and so is a
    lower-case article before a capital ("the Republic of Albania", «el Estado de Qatar»):
    a text contracts it («del Estado de Qatar», «au Qatar»), and the name without it is
    found after it as well."""
    term = _FOOTNOTE.sub("", term) or term
    base = lang.replace("_", "-").split("-")[0]
    forms: tuple[str, ...] = (term,)
    found = _BRACKETED.fullmatch(term)
    if found:
        name, inside = found.groups()
        words = inside.replace("’", "'").lower().split()
        placeholder = "-" in words or "–" in words
        if _wordless(inside):
            forms = (term, name)
        elif " ".join(words) in _ARTICLES.get(base, ()):
            forms = (name,)
        elif placeholder:
            forms = (" ".join(re.sub(r"\s[-–]\s|\s[-–]$", f" {name} ", f" {inside}").split()),
                     name)
        elif (len(words) > 1 and words[-1] in _LINKS.get(base, ())) or \
                (_worded(inside) and _worded(name) and len(inside) >= len(name)):
            forms = (" ".join(_joined(inside, name).split()), name)
        else:
            forms = (term, name, inside)
    out: list[str] = []
    for form in forms:
        form = _unarticled(form, base) or form
        if not _wordless(form) and form not in out:
            out.append(form)
    return tuple(out)


def _unarticled(form: str, lang: str) -> str:
    """``form`` without its leading lower-case article (``_LEADING``), or ""."""
    leading = _LEADING.get(lang)
    found = leading.match(form) if leading is not None else None
    return form[found.end():] if found and form[found.end():][:1].isupper() else ""


def _joined(first: str, name: str) -> str:
    """``first`` before ``name``: an elided article or preposition without a space
    ("l'Afghanistan", «République islamique d'Iran»)."""
    return f"{first}{name}" if first.endswith(("'", "’")) else f"{first} {name}"


def _worded(text: str) -> bool:
    """Has ``text`` a lower-case letter (words, not an acronym: "UNOCT", "MoH" has one, but is
    shorter than its name)?"""
    return any(char.islower() for char in text)


def _wordless(term: str) -> bool:
    """Has ``term`` no letter and no digit ("-", "()", "…")? Such a term names nothing a text
    could be checked for, and its pattern, whose hyphens and spaces are optional, matches
    the empty string at every place of every text: one "-" in a termbase took a check of
    the sample release from 0.6 s to more than five minutes (found by fuzzing)."""
    return not any(char.isalnum() for char in term)


def _records(reader: Any, offset: int) -> Iterator[tuple[int, list[str]]]:
    """A CSV reader's records, each with the line it starts on (a quoted cell may hold line
    breaks: Crowdin's descriptions)."""
    start = reader.line_num + 1
    for row in reader:
        yield start + offset, row
        start = reader.line_num + 1


def _delimiter(text: str, path: Path) -> tuple[str, str, int]:
    """The delimiter of a CSV file's fields, its text from the header on and the header's line:
    Excel's first line ``sep=;`` names it; otherwise the one of comma, semicolon and tab that
    parts the header (the first line it parts at all) and the most of the ten rows after it
    into as many fields, then the header into the most (Lokalise's and European Excel's
    semicolons, OmegaT's tabs), a tie the file's own (a ``.tsv`` file's tab, else the
    comma), else the tab before the semicolon (no one types a tab in a term, but a cell of
    several forms holds a ";": an OmegaT glossary's line "UNOCT; United Nations Office of
    Counter-Terrorism<tab>BLT; Bureau…" parts as well at either)."""
    named = re.match(r"sep=(.)\r?\n", text)
    if named:
        return named[1], text[named.end():], 2
    default = "\t" if path.suffix.lower() == ".tsv" else ","
    best, top = default, (0, 0)
    for delimiter in (default, ",", "\t", ";"):
        # (the first of the first lines it parts in two or more: a title or a comment line,
        # "# Glossary", may come first; then how many of the rows after it have as many
        # fields: an unquoted cell of two forms, "UNOCT; United Nations Office of
        # Counter-Terrorism", as Excel saves a comma-separated file, parts its row at the
        # semicolon, and the row, wider than the header, had made it the header)
        width, agreeing = 0, 0
        try:
            for row in islice(csv.reader(io.StringIO(text), delimiter=delimiter), 11):
                if width:
                    agreeing += len(row) == width
                elif sum(1 for cell in row if cell.strip()) >= 2:
                    width, agreeing = len(row), 1
        except csv.Error:  # (the whole header as one field past the module's limit: not it)
            continue
        if (agreeing, width) > top:
            best, top = delimiter, (agreeing, width)
    return best, text, 1


def _wordless_skipped(term: str, path: Path, line: int | None,
                      what: str = "term") -> TermbaseError:
    control = _control(term)
    if control:
        return TermbaseError(f"{what} skipped: the term {term.strip()!r} holds the control "
                             f"character {control} (no text to check can hold it)", path, line)
    return TermbaseError(f"{what} skipped: the term {term.strip()!r} has no letter or digit",
                         path, line)


def _unfit(term: str) -> bool:
    """Is ``term`` ``_wordless``, or does it hold a control character (``_control``)?"""
    return _wordless(term) or _control(term) is not None


def _control(term: str) -> str | None:
    """The first control character of ``term`` (NUL, ESC, DEL, C1: a CSV cell holds them as
    any other), as U+XXXX; None when it has none. No PO file or source can hold one, so the
    term could never be found, and the TBX written from it dropped it without a word
    ("A\\x00B" became "AB")."""
    import unicodedata

    for char in term:
        if char not in "\t\n\r" and unicodedata.category(char) == "Cc":
            return f"U+{ord(char):04X}"
    return None


def _from_csv(data: bytes, path: Path, warnings: list[TermbaseError],
              source_lang: str = "en", said: list[str] | None = None,
              fields: bool = False) -> list[Concept]:
    """CSV columns: concept, category, lang, term, status (header row first); or a bilingual
    glossary's, or a language each (``glossary``). Fields parted by commas, semicolons or
    tabs, whichever parts the header into the most (a ``.tsv`` file's tabs); UTF-8, or UTF-16
    with its byte-order mark."""
    utf16 = utf16_codec(data)
    try:
        # (Excel's "Unicode text" is UTF-16 with a byte-order mark)
        text = data.decode(utf16 or "utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].decode(utf16 or "utf-8", errors="ignore").count("\n") + 1
        raise TermbaseError("not UTF-16" if utf16 else "not UTF-8", path, line) from None
    try:
        return _csv_concepts(text, path, warnings, source_lang, said, fields)
    except csv.Error as exc:  # (a cell past the csv module's 128 KB, a NUL character)
        raise TermbaseError(f"not a readable CSV file: {exc}", path,
                            _csv_fault_line(text)) from None


def _stray_quote(text: str, delimiter: str) -> int | None:
    """The line of the first record whose quote the csv module, strict, finds unclosed where
    its field should end, when that quote took in a line end (the record runs over more
    lines) or a column (read leniently, as the module reads the file, the line has fewer
    fields than the header); None when there is none. Leniently, one stray quote took every
    later row into one term: "1 concept(s)" for a termbase of three, and its names no longer
    checked. (A quote closed early on one line, ``"UN" Women``, is read as before.)"""
    if '"' not in text:
        return None
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    width = 0
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return None
        except csv.Error:
            if reader.line_num > start:
                return start
            line = text.splitlines()[start - 1] if start <= text.count("\n") + 1 else ""
            if len(next(csv.reader([line], delimiter=delimiter), [])) < width:
                return start
            continue
        width = width or len(row)


def _csv_fault_line(text: str) -> int:
    """The line on which the csv module gives up reading ``text``."""
    reader = csv.reader(io.StringIO(text))
    try:
        for _ in reader:
            pass
    except csv.Error:
        pass
    return max(reader.line_num, 1)


def _csv_concepts(text: str, path: Path, warnings: list[TermbaseError],
                  source_lang: str, said: list[str] | None = None,
                  fields: bool = False) -> list[Concept]:
    delimiter, text, first = _delimiter(text, path)
    opened = _stray_quote(text, delimiter)
    if opened:
        raise TermbaseError("a quote opens a field here that is never closed at its end: it "
                            "took in the line ends or columns after it (a quote inside a field "
                            'is written "")', path, opened + first - 1)
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    needed = {"concept", "lang", "term"}
    if not reader.fieldnames or not needed <= set(reader.fieldnames):
        from transpub import glossary

        records = _records(csv.reader(io.StringIO(text), delimiter=delimiter), first - 1)
        return glossary.read(records, path, source_lang, warnings, said, fields)
    # (a column that says whether the concept's term is translated: "translatable", "do not
    # translate", "Translation needed", as the glossary layouts and TBX have it)
    keeping = [name for name in reader.fieldnames if keeps_term(name, "yes")
               or keeps_term(name, "no")]
    if said is not None:
        said.append("a row a term: concept, lang, term (and category, status"
                    + "".join(f", {name!r}: whether the term is kept" for name in keeping)
                    + f"); the header on line {first}")
    order: list[str] = []
    categories: dict[str, str] = {}
    lines: dict[str, int] = {}
    terms: dict[str, dict[str, list[Term]]] = {}
    kept: set[str] = set()
    # (with ``fields``: each concept's, language's and term's other columns, ``termfields``)
    own: dict[str, list[str]] = {}
    langs: dict[str, dict[str, list[str]]] = {}
    extras: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    others = [name for name in reader.fieldnames if name not in _ROW_COLUMNS
              and name not in keeping] if fields else []
    for row in reader:
        line = reader.line_num + first - 1
        ident = (row.get("concept") or "").strip()
        lang = (row.get("lang") or "").strip()
        term = " ".join((row.get("term") or "").split())
        if not ident or not lang or not term:
            warnings.append(TermbaseError("row skipped: it needs concept, lang and term", path,
                                          line))
            continue
        if _unfit(term):
            warnings.append(_wordless_skipped(term, path, line, "row"))
            continue
        key = _lang_key(lang, path, line, warnings)
        if key is None:
            continue
        lang = key
        status_text = (row.get("status") or "").strip().lower()
        status = status_of(status_text) if status_text else ""
        if status_text and not status:
            warnings.append(TermbaseError(f"unknown status {status_text!r} read as admitted",
                                          path, line))
            status = "admitted"
        if ident not in terms:
            order.append(ident)
            terms[ident] = {}
            lines[ident] = line
        if row.get("category"):
            categories[ident] = _category(row["category"], path, line)
        if any(keeps_term(name, row.get(name) or "") for name in keeping):
            kept.add(ident)
        bucket = terms[ident].setdefault(lang, [])
        # (a term cell of several forms, "UNOCT; United Nations Office of Counter-Terrorism",
        # as a glossary's: each a term, the full form first, the row's status its alone when
        # the status prefers one)
        forms = cell_terms(term)
        for form in forms:
            if _unfit(form):
                warnings.append(_wordless_skipped(form, path, line))
        forms = [form for form in forms if not _unfit(form)]
        for n, form in enumerate(forms):
            given = "admitted" if status == "preferred" and n else status
            bucket.append(Term(form, given or ("preferred" if not bucket else "admitted")))
        if fields:
            held = extras.setdefault(ident, {}).setdefault(lang, [])
            _row_fields(row, others, status_text, status, own.setdefault(ident, []),
                        langs.setdefault(ident, {}).setdefault(lang, []), held)
            # (the row's other fields go with its first form; one entry a term, as the TBX
            # written from them pairs them)
            held += [()] * (len(forms) - 1)
    return [Concept(i, categories.get(i, "other"),
                    {**{k: tuple(v) for k, v in terms[i].items()},
                     **({KEEP: ()} if i in kept else {})}, lines[i],
                    Fields(tuple(own[i]), {k: ((tuple(v), len(extras[i][k])),)
                                           for k, v in langs[i].items()},
                           {k: tuple(v) for k, v in extras[i].items()}) if fields else None)
            for i in order]


#: the columns of a CSV termbase of a row a term that ``check`` reads
_ROW_COLUMNS = frozenset({"concept", "lang", "term", "status"})


def _row_fields(row: Mapping[str, str | None], others: list[str], given: str, status: str,
                own: list[str], lang: list[str], term: list[tuple[str, ...]]) -> None:
    """A CSV termbase's row's other columns, kept (``termfields``): its category as the
    concept's subject field as written, once; a definition or a source as its language's,
    once; a context, a part of speech or any other column (a note naming it) as the term's,
    with the status the row gives."""
    from transpub import termfields

    if row.get("category") and not own:
        own.append(termfields.element("descrip", "subjectField", row.get("category") or ""))
    pieces = [termfields.status(given, status)] if given else []
    for name in others:
        if name == "category":
            continue
        value = row.get(name) or ""
        piece = None if termfields.on_term(name) else termfields.column(name, value, False)
        if piece is not None and not piece.startswith("<note>"):
            if piece not in lang:  # (each of a concept's rows repeats its definition)
                lang.append(piece)
        else:
            pieces.append(termfields.column(name, value, True) or "")
    term.append(termfields.fields_of(pieces))
