"""Translation memory: past translations of the workspace and imported TMX files, reused.

A memory answers two questions for a source text: was exactly this translated before
(``exact``), and what is the closest text that was (``near``). A near match is only ever a
draft: the caller marks it fuzzy, and ``risky_change`` tells it when the difference touches
numbers, dates, names or a negation, the edits a quick review is most likely to miss.

TMX is read and written as TMX 1.4b. The reader takes untrusted files from other tools, so it
goes through ``toolxml.parse_tool_xml`` (no DTD, no entities) and reports problems as file:line.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import add, mul, neg, truediv
from pathlib import Path

from lxml import etree

from transpub import __version__
from transpub.catalog import read_translations
from transpub.errors import CatalogError, TranspubError
from transpub.fsutil import write_atomic, write_output
from transpub.garbled import garbling_at, mended
from transpub.languages import canonical, same_language
from transpub.model import XML_NS
from transpub.regular import read_input
from transpub.scripts import foreign_count, foreign_letters
from transpub.segment import PLACEHOLDER_RE, TOOL_CODE, rename_codes
from transpub.source import append_text, word_hyphens
from transpub.toolxml import parse_tool_xml

MEMORY_DIR = "memory"
"""``locales/memory/*.tmx``: the imported memories."""

_XML_LANG = f"{{{XML_NS}}}lang"
_WORD_RE = re.compile(r"\w+")
_WS_RE = re.compile(r"\s+")
_ASCII_WS = " \t\n\r\f\v"
_ASCII_WS_RE = re.compile(r"[ \t\n\r\f\v]+")
_POOL = 64
"""How many word-level candidates ``near`` compares character by character."""


@dataclass(frozen=True, slots=True)
class TMEntry:
    """One remembered translation."""

    source: str
    target: str
    lang: str
    origin: str
    """The release (PO file stem) or the TMX file name it came from."""
    role: str = ""
    """The unit's role where known (``title``, ``p``, ``contact``; see ``unit_role``)."""
    plain: bool = False
    """Source and translation with the tool's own codes left out (``without_tool_codes``):
    such an entry is only ever a near match, a draft."""
    previous: bool = False
    """The translation a fuzzy entry holds of its source's text before an edit (``plain``
    too: a draft, ``_previous_pairs``)."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What the memory proposes for one source text."""

    entry: TMEntry
    score: float
    exact: bool
    risks: tuple[str, ...] = ()
    """What changed between the remembered source and this one: numbers, dates, names,
    negation."""

    @property
    def fuzzy(self) -> bool:
        # a near match translates another text: it is a draft, whatever its score
        return not self.exact

    @property
    def risky(self) -> bool:
        return bool(self.risks)

    @property
    def note(self) -> str:
        what = "exact" if self.exact else f"{self.score:.0%}"
        text = f"TM {what} match from {self.entry.origin}"
        if self.entry.previous:
            text += ", translated before that text was edited there"
        elif self.entry.plain:
            text += " without its formatting codes"
        return f"{text}; check: {'/'.join(self.risks)} changed" if self.risks else text


def lang_matches(tag: str, wanted: str) -> bool:
    """``fr-CA``, ``fr_FR`` and ``FR-FR`` serve a memory for ``fr``: tags match by language and
    script (babel), so ``zh-TW`` (Traditional) never serves ``zh`` (Simplified)."""
    have = tag.replace("_", "-").lower()
    want = wanted.replace("_", "-").lower()
    return have == want or same_language(tag, wanted)


class TranslationMemory:
    """Translations of one target language, looked up by source text."""

    def __init__(self, entries: Iterable[TMEntry], lang: str | None = None) -> None:
        kept = [e for e in entries if e.source and e.target
                and (lang is None or lang_matches(e.lang, lang))]
        if lang is None and len({e.lang for e in kept}) > 1:
            # a lookup must never answer in the wrong language
            raise ValueError("entries of several languages: pass lang=")
        self.lang = lang
        self.entries: tuple[TMEntry, ...] = tuple(kept)
        self._by_source: dict[str, list[TMEntry]] = {}
        for entry in kept:
            self._by_source.setdefault(_folded(entry.source), []).append(entry)
            if "<" in entry.source and not entry.plain and _TOOL_RE.search(entry.source):
                # also as plain text: a memory of formatted documents (Trados's codes for
                # Word's bold, fonts, bookmarks) then serves a unit without that formatting,
                # as a near match (CAT tools' "formatting penalty")
                plain = _plain_entry(entry)
                if plain is not None:
                    self._by_source.setdefault(_folded(plain.source), []).append(plain)
        # by length: the sources whose length allows a ratio at all are one slice of them
        self._sources = sorted(self._by_source, key=lambda text: (len(text), text))
        self._lengths = [len(source) for source in self._sources]
        self._word_sets = [_words(source) for source in self._sources]
        self._word_counts = [len(words) for words in self._word_sets]
        self._postings: dict[str, list[int]] = {}
        self._by_shape: dict[str, list[str]] | None = None
        """Sources with codes by ``code_shape`` (built at the first lookup that needs it)."""
        for index, words in enumerate(self._word_sets):
            for word in words:
                self._postings.setdefault(word, []).append(index)

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def from_workspace(cls, locales: Path, lang: str, exclude_slug: str | None = None,
                       source_lang: str = "en") -> TranslationMemory:
        """Every reviewed translation into ``lang``: PO files of the other releases (obsolete
        entries included: their text left a release, their translation stays good) and
        ``locales/memory/*.tmx``."""
        entries = list(po_entries(locales, lang, exclude_slug, include_obsolete=True))
        memory = locales / MEMORY_DIR
        for path in sorted(memory.glob("*.tmx")) if memory.is_dir() else []:
            entries.extend(read_tmx(path, source_lang))
        return cls(entries, lang)

    def exact(self, source: str) -> TMEntry | None:
        """The remembered translation of exactly ``source``; failing that, of the same text
        whose inline codes another tool named or numbered otherwise (OmegaT's ``<a0>`` for
        transpub's ``<a1>``), its translation's codes renamed to ``source``'s."""
        source = _folded(source)
        found = [entry for entry in self._by_source.get(source, ()) if not entry.plain]
        if found:
            return _choose(found)
        if "<" not in source or not PLACEHOLDER_RE.search(source):
            return None
        if self._by_shape is None:
            self._by_shape = {}
            for known in self._by_source:
                if PLACEHOLDER_RE.search(known):
                    self._by_shape.setdefault(code_shape(known)[0], []).append(known)
        shape, names = code_shape(source)
        renamed = []
        for known in self._by_shape.get(shape, ()):
            mapping = dict(zip(code_shape(known)[1], names, strict=True))
            for entry in self._by_source[known]:
                if entry.plain:
                    continue
                target = rename_codes(entry.target, mapping)
                if target is not None:
                    renamed.append(TMEntry(source, target, entry.lang, entry.origin,
                                           entry.role))
        return _choose(renamed) if renamed else None

    def near(self, source: str, threshold: float = 0.75) -> tuple[TMEntry, float] | None:
        """The most similar remembered source (difflib ratio >= threshold) and its score."""
        if not 0 < threshold <= 1:
            raise ValueError("threshold must be in (0, 1]")
        source = _folded(source)
        candidates = self._candidates(source, threshold) if self._sources else []
        if not candidates:
            return None
        from difflib import SequenceMatcher  # (only when a near match is looked for)

        from transpub.similar import lcs_ratio, most_similar, too_long_for_difflib

        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(source)  # the matcher caches its analysis of seq2: set it once

        def ratio(candidate: str, bound: float) -> float:
            if too_long_for_difflib(candidate, source):
                return bound  # (the bound stands for it: similar.DIFFLIB_PAIRS)
            matcher.set_seq1(candidate)
            return matcher.ratio()

        # an upper bound of ratio() in C (``similar``), tighter than difflib's quick_ratio
        best = most_similar(((c, lcs_ratio(c, source)) for c in candidates), threshold, ratio)
        if best is None:
            return None
        return _choose(self._by_source[best[1]]), best[0]

    def suggest(self, source: str, threshold: float = 0.75) -> Suggestion | None:
        """An exact match, else a near one flagged with what changed."""
        source = _folded(source)
        entry = self.exact(source)
        if entry is not None:
            return Suggestion(entry, 1.0, True)
        plain = self._by_source.get(source)
        if plain:  # the same text but for the tool's formatting codes: a draft
            return Suggestion(_choose(plain), 1.0, False)
        found = self.near(source, threshold)
        if found is None:
            return None
        entry, score = found
        if "<" in entry.source:
            renamed = _codes_renamed(entry, source)
            if renamed is None:
                return None
            entry = renamed
        return Suggestion(entry, score, False, change_risks(entry.source, source))

    def _candidates(self, source: str, threshold: float) -> list[str]:
        """The sources worth a character comparison: of a length that allows the ratio at all,
        and among the ``_POOL`` sharing the most words with ``source``."""
        words = _words(source)
        low, high = self._length_range(len(source), threshold)
        sources = self._sources
        if not words:  # every dice 0: the first sources by text
            return heapq.nsmallest(_POOL, sources[low:high])
        shared: Counter[int] = Counter()
        for word in words:
            postings = self._postings.get(word)
            if postings:  # (in index order: the slice of the lengths allowed)
                shared.update(postings[bisect_left(postings, low):bisect_left(postings, high)])
        # dice = 2 * shared / (words + its words), computed by C maps: a Python loop over the
        # ~2,000 sources sharing a word with a sentence (all but a few share "the") was most of
        # a near look-up
        indices = list(shared)
        dice = list(map(truediv, map(mul, repeat(2), shared.values()),
                        map(add, repeat(len(words)),
                            map(self._word_counts.__getitem__, indices))))
        if len(dice) > _POOL:
            # the ``_POOL`` best: those at least as good as the _POOL-th best score (its ties
            # too), picked by a sort of the floats in C (heapq.nsmallest loops in Python)
            least = sorted(dice, reverse=True)[_POOL - 1]
            kept = list(compress(range(len(dice)), map(least.__le__, dice)))
            dice = [dice[i] for i in kept]
            indices = [indices[i] for i in kept]
        ranked = sorted(zip(map(neg, dice), map(sources.__getitem__, indices), strict=True))
        # difflib is quadratic: compare characters only with the best word-level candidates
        return [candidate for _, candidate in ranked[:_POOL]]

    def _length_range(self, size: int, threshold: float) -> tuple[int, int]:
        """The slice of the sources (sorted by length) whose length allows the threshold:
        ratio = 2*matches/(a+b) <= 2*min(a, b)/(a+b), so only the lengths from about
        t/(2-t) to (2-t)/t times ``size`` can reach t. The slice is found by bisection with a
        character to spare either way, then trimmed by the exact test."""
        lengths = self._lengths
        low = bisect_left(lengths, int(size * threshold / (2 - threshold)) - 1)
        high = bisect_right(lengths, int(size * (2 - threshold) / threshold) + 2)
        while low < high and 2 * min(size, lengths[low]) < threshold * (size + lengths[low]):
            low += 1
        while high > low and 2 * min(size, lengths[high - 1]) < threshold * (
                size + lengths[high - 1]):
            high -= 1
        return low, high


def _codes_renamed(entry: TMEntry, source: str) -> TMEntry | None:
    """A near match's translation with its codes named as ``source`` names them, when the
    two sources have the same codes in the same order and nesting (OmegaT's ``<a0>``,
    Trados's ``tool1`` for transpub's ``<a1>``); as it is when they do not and its codes are
    transpub's; None when they are the tool's own and cannot be named so."""
    shape, names = code_shape(entry.source)
    wanted, ours = code_shape(source)
    if names and names != ours and _CODE_TOKEN.findall(shape) == _CODE_TOKEN.findall(wanted):
        mapping = dict(zip(names, ours, strict=True))
        target = rename_codes(entry.target, mapping)
        if target is not None:
            return TMEntry(rename_codes(entry.source, mapping) or entry.source, target,
                           entry.lang, entry.origin, entry.role)
    return None if _TOOL_RE.search(entry.target) or _TOOL_RE.search(entry.source) else entry


_CODE_TOKEN = re.compile(r"</?\d+/?>")
_TOOL_RE = re.compile(rf"</?{TOOL_CODE}\d+/?>")
_SPACES_RE = re.compile(r" {2,}")


def without_tool_codes(text: str) -> str:
    """``text`` without the codes of a tool's own (``tool1``…: formatting, fonts, bookmarks
    whose meaning the memory does not say); the codes named as transpub's stay."""
    return _SPACES_RE.sub(" ", _TOOL_RE.sub("", text)).strip(" ")


def plain_text(text: str) -> str | None:
    """``text`` without the tool's own codes, or None when a standalone one sits between two
    letters or digits: it stood for something (a line break, a tab, an image), and leaving
    it out would run two words into one ("This is<tool1/>a paragraph")."""
    return None if _GLUED_RE.search(text) else without_tool_codes(text)


_GLUED_RE = re.compile(rf"\w<{TOOL_CODE}\d+/>(?=\w)")


def _plain_entry(entry: TMEntry) -> TMEntry | None:
    source = plain_text(entry.source)
    target = plain_text(entry.target)
    if not source or not target or _holders(source) != _holders(target):
        return None
    return TMEntry(source, target, entry.lang, entry.origin, entry.role, plain=True)


def code_shape(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` with its codes named by kind and order (``<1>``, ``</1>``, ``<2/>``), and the
    codes' own names in that order: two texts of one shape differ only in what their codes
    are called. Codes that do not nest are left as they are (their shape is the text)."""
    names: list[str] = []
    opened: list[tuple[str, int]] = []
    parts: list[str] = []
    pos = 0
    for match in PLACEHOLDER_RE.finditer(text):
        parts.append(text[pos:match.start()])
        name = match.group("tag") + match.group("num")
        if match.group("close"):
            if not opened or opened[-1][0] != name:
                return text, ()
            parts.append(f"</{opened.pop()[1]}>")
        else:
            names.append(name)
            parts.append(f"<{len(names)}/>" if match.group("self") else f"<{len(names)}>")
            if not match.group("self"):
                opened.append((name, len(names)))
        pos = match.end()
    if opened or len(set(names)) != len(names):
        return text, ()
    parts.append(text[pos:])
    return "".join(parts), tuple(names)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD_RE.findall(PLACEHOLDER_RE.sub(" ", text))}


def _folded(text: str) -> str:
    """``text`` as the memory looks it up: Word's non-breaking hyphen (U+2011, which Trados
    and transpub's .docx import keep) as the hyphen it is, so that "Counter‑Terrorism" from a
    Word document finds "Counter-Terrorism" typed elsewhere."""
    return text.replace("\u2011", "-") if "\u2011" in text else text


def _choose(entries: list[TMEntry]) -> TMEntry:
    """The most frequent target; ties go to the alphabetically first origin."""
    counts = Counter(e.target for e in entries)
    first_origin: dict[str, str] = {}
    for entry in entries:
        if entry.target not in first_origin or entry.origin < first_origin[entry.target]:
            first_origin[entry.target] = entry.origin
    target = min(counts, key=lambda t: (-counts[t], first_origin[t], t))
    return min((e for e in entries if e.target == target), key=lambda e: (e.origin, e.lang))


# --- the risky-change guard -------------------------------------------------------------------

_MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred thousand million billion trillion first second third fourth fifth sixth "
    "seventh eighth ninth tenth eleventh twelfth half quarter dozen twice thrice".split())
_NEGATIONS = frozenset("not no never non without neither nor cannot none".split())
#: Capitalised only because they start a sentence; any other capitalised word counts as a name.
_FUNCTION_WORDS = frozenset(
    "The A An This That These Those It Its He She His Her They Their Them We Our I You In On At "
    "As But And Or For With After Before During Both Also All Each Several Some Such There Here "
    "When While Since Through Under Over From To By Of If Further Furthermore Moreover However "
    "Meanwhile Today Yesterday Tomorrow".split())
_NUMBER_RE = re.compile(r"\d+(?:[.,:/]\d+)*")
#: Words without apostrophes or hyphens: "Qatar’s" is the name Qatar, "non-State" holds "non".
_TOKEN_RE = re.compile(r"[^\W\d_]\w*")


def _features(text: str) -> dict[str, Counter[str]]:
    text = PLACEHOLDER_RE.sub(" ", text)
    found: dict[str, Counter[str]] = {k: Counter() for k in
                                      ("numbers", "dates", "names", "negation")}
    for number in _NUMBER_RE.findall(text):
        # "1,000" and "1000" are the same number: only the digits and decimal part matter
        found["numbers"][re.sub(r"(?<=\d),(?=\d{3}\b)", "", number)] += 1
    for token in _TOKEN_RE.findall(text.replace("n’t", " not").replace("n't", " not")):
        bare, lower = token, token.lower()
        if bare in _MONTHS:
            found["dates"][bare[:3]] += 1
        elif lower in _NUMBER_WORDS:
            found["numbers"][lower] += 1
        elif lower in _NEGATIONS:
            found["negation"][lower] += 1
        elif bare[:1].isupper() and bare not in _FUNCTION_WORDS:
            found["names"][bare] += 1
    return found


def change_risks(old_source: str, new_source: str) -> tuple[str, ...]:
    """Which of numbers, dates, names and negation differ between the two texts."""
    old, new = _features(old_source), _features(new_source)
    return tuple(kind for kind in old if old[kind] != new[kind])


def risky_change(old_source: str, new_source: str) -> bool:
    """True when reusing the old text's translation could silently keep a wrong number, date,
    name or polarity (un-/in- antonyms are not detected)."""
    return bool(change_risks(old_source, new_source))


# --- TMX 1.4b ---------------------------------------------------------------------------------

def write_tmx(path: Path, entries: Iterable[TMEntry], source_lang: str) -> int:
    """Write a TMX 1.4b file: one ``<tu>`` per source text; returns the number of units."""
    units: dict[str, dict[str, list[TMEntry]]] = {}
    for entry in entries:
        if entry.source and entry.target and not lang_matches(entry.lang, source_lang):
            units.setdefault(entry.source, {}).setdefault(entry.lang, []).append(entry)
    root = etree.Element("tmx", version="1.4")
    etree.SubElement(root, "header", {
        "creationtool": "transpub", "creationtoolversion": __version__,
        "datatype": "plaintext", "segtype": "sentence", "adminlang": "en",
        "srclang": source_lang, "o-tmf": "transpub"})
    body = etree.SubElement(root, "body")
    try:
        for source in sorted(units):
            tu = etree.SubElement(body, "tu")
            links: dict[str, int] = {}
            _tuv(tu, source_lang, source, links)
            for lang in sorted(units[source]):
                _tuv(tu, lang, _choose(units[source][lang]).target, links)
    except ValueError as exc:  # lxml refuses control characters XML cannot carry
        raise CatalogError(f"cannot write TMX: {exc}", path) from None
    write_output(path, etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                      pretty_print=True))
    return len(units)


#: TMX 1.4b's ``type`` of a paired code, for the placeholders that have one
_TMX_TYPES = {"a": "link", "strong": "bold", "em": "italic"}


def _tuv(tu: etree._Element, lang: str, text: str, links: dict[str, int]) -> None:
    """A ``<tuv>`` whose placeholders are TMX's inline codes, each holding the placeholder as
    its native code (``<bpt i="1" x="1" type="link">&lt;a1&gt;</bpt>``, ``<ph x="2">&lt;x1/
    &gt;</ph>``) and linked by ``x`` to the same placeholder in the unit's other languages
    (``links``: name -> x, shared by the unit's tuvs): a CAT tool (Trados, memoQ) then sees
    tags where its XLIFF has tags, not the text "<a1>", and a translation's codes in another
    order stay linked to their own. Placeholders that do not pair up are written as text."""
    tuv = etree.SubElement(tu, "tuv", {_XML_LANG: lang})
    seg = etree.SubElement(tuv, "seg")
    last: etree._Element | None = None
    opened: dict[str, int] = {}
    pairs = 0
    pos = 0
    for match in PLACEHOLDER_RE.finditer(text):
        name = match.group("tag") + match.group("num")
        append_text(seg, last, text[pos:match.start()])
        link = str(links.setdefault(name, len(links) + 1))
        if match.group("self"):
            last = etree.SubElement(seg, "ph", x=link)
        elif match.group("close"):
            if name not in opened:
                break
            last = etree.SubElement(seg, "ept", i=str(opened.pop(name)))
        else:
            pairs += 1
            opened[name] = pairs
            last = etree.SubElement(seg, "bpt", i=str(pairs), x=link)
            if match.group("tag") in _TMX_TYPES:
                last.set("type", _TMX_TYPES[match.group("tag")])
        last.text = match.group(0)
        pos = match.end()
    else:
        if not opened:
            append_text(seg, last, text[pos:])
            return
    for child in list(seg):  # (unbalanced: the text as it is)
        seg.remove(child)
    seg.text = text


def read_tmx(path: Path, source_lang: str = "en",
             warnings: list[CatalogError] | None = None) -> list[TMEntry]:
    """The translations of a TMX file, in file order, with origin = the file's name. Entries
    that cannot be used (no language, no segment, inline codes with no placeholder) are
    skipped; ``warnings`` receives one error per skipped entry, naming its line."""
    read = _read_units(path, source_lang)
    if warnings is not None:
        warnings.extend(read.warnings)
    return [*(TMEntry(source, target, lang, path.name)
              for source, targets in read.units for lang, target in targets),
            *(TMEntry(source, target, lang, path.name, plain=True)
              for source, targets in read.plain for lang, target in targets)]


def _read_bytes(path: Path) -> bytes:
    try:
        return read_input(path)
    except OSError as exc:
        raise CatalogError(f"cannot read: {exc.strerror}", path) from None


@dataclass(slots=True)
class TmxRead:
    """What a TMX file holds: usable units, and what was skipped and why."""

    units: list[tuple[str, list[tuple[str, str]]]]
    """(source, [(lang tag, target)]) per usable ``<tu>``, in file order."""
    languages: Counter[str]
    """Every language of the file's segments (canonical codes), with its segment count."""
    warnings: list[CatalogError]
    tags: dict[str, set[str]] = field(default_factory=dict)
    """The tags as written, per canonical language (``en`` -> {``EN-US``, ``en-gb``})."""
    skipped_codes: int = 0
    """Segments skipped for inline codes that map to no placeholder."""
    skipped_unlike: int = 0
    """Translations skipped for codes other than their source's (a code dropped, added)."""
    plain: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)
    """(source, [(lang tag, target)]) without the tool's own codes, for the translations
    whose codes differ from their source's only in those (Trados's formatting dropped or
    added): near matches only."""
    plain_only: list[bool] = field(default_factory=list)
    """Per ``plain`` unit: whether its ``<tu>`` has no translation in ``units``."""
    kept_plain: int = 0
    """The translations in ``plain``."""
    mended: list[tuple[str, str]] = field(default_factory=list)
    """Translations UTF-8 misread in a single-byte code page, taken decoded back (TP609's
    reading): each as written and as taken."""
    unreadable: list[tuple[str, str, int]] = field(default_factory=list)
    """Translations skipped as garbled or not in their language's script (TP603's reading):
    each's language tag, text and line."""


def _read_units(path: Path, source_lang: str, data: bytes | None = None) -> TmxRead:
    if data is None:
        data = _read_bytes(path)
    # (Trados's TMX of a Word document: its hyphens as &#x1E;, which libxml2 refuses)
    root = parse_tool_xml(word_hyphens(data), path, CatalogError).getroot()
    if _local(root) != "tmx":
        raise CatalogError(f"not a TMX file (root element <{etree.QName(root).text}>)", path,
                           root.sourceline)
    body = next((e for e in root if _local(e) == "body"), None)
    if body is None:
        raise CatalogError("TMX without <body>", path, root.sourceline)
    read = TmxRead([], Counter(), [])
    for tu in body.iter("{*}tu"):
        source: str | None = None
        targets: list[tuple[str, str]] = []
        segs = _segments(tu, path, read)
        # the source first: a translation's codes are named after the source's they are
        # linked to (by ``x``, or their native code), whatever order the translation has
        first = next((i for i, (lang, _) in enumerate(segs) if lang_matches(lang, source_lang)),
                     None)
        if first is not None:
            segs.insert(0, segs.pop(first))
        naming = _Naming()
        for lang, seg in segs:
            text = _seg_text(seg, naming)
            naming.following = True
            if text is None:
                read.skipped_codes += 1
                continue
            if source is not None:  # (a translation: read as written, soft hyphens and all)
                text = _readable(read, lang, text, source, seg.sourceline or 0)
                if text is None:
                    continue
            # Word's optional hyphens (Trados writes them, \x1F or ``<ph>\-</ph>``): where
            # the document's layout may break a word, no character of it (the importers
            # drop them likewise); kept, a source with one matched no unit
            text = text.replace("\u00ad", "")
            if source is None and lang_matches(lang, source_lang):
                # as transpub collapses white space in sources (a no-break space too)
                source = _WS_RE.sub(" ", text).strip()
            elif text:
                targets.append((lang, text))
        # a unit without our source language is of no use here, but not an error
        if source and targets:
            _sort_targets(read, source, targets)
    return read


def _readable(read: TmxRead, lang: str, text: str, source: str, line: int) -> str | None:
    """A translation as a lookup may offer it, read as TP609 and TP603 read a unit: UTF-8
    misread in a single-byte code page decoded back where TP609 can, whole («ä¸­æ–‡» →
    «中文»); None (counted in ``read``) for one garbled otherwise (a character no page may
    hold, a C1 control of a misreading among them, or the replacement character a failed
    decoding leaves), or mostly in letters of another script than its language's
    (``foreign_letters``: GBK's Chinese read as Latin-1, «ÊÓÆµ¶Ô»°», of which Heartsome's
    test memory holds 24). Taken as they were, ``extract`` offered them as exact matches,
    and only ``check`` said what they were."""
    garbled = garbling_at(text, source)  # (one search of a character of its kinds)
    if garbled is not None and garbled[1]:  # (a misreading: what it meant is known)
        meant = mended(text, source)
        # (whole: a misreading decoded back in part, «ä¸­æ–‡» without its soft hyphen →
        # «ä¸文», leaves letters of a code page TP609 no longer reads as one)
        if garbling_at(meant, source) is None and foreign_count(lang, meant) <= foreign_count(
                lang, source):
            read.mended.append((text, meant))
            return meant
    if garbled is not None or foreign_letters(lang, text):
        read.unreadable.append((lang, text, line))
        return None
    return text


def _sort_targets(read: TmxRead, source: str, targets: list[tuple[str, str]]) -> None:
    """Keep a unit's translations whose codes are its source's; those whose codes differ only
    in the tool's own (a translator, or machine translation, dropping Word's formatting) as
    plain text; skip the rest, counted."""
    holders = _holders(source)
    same = [(lang, text) for lang, text in targets if _holders(text) == holders]
    plain: list[tuple[str, str]] = []
    if len(same) < len(targets) and _TOOL_RE.search(
            "".join(text for _lang, text in targets) + source):
        bare = plain_text(source)
        for lang, text in targets:
            if bare and _holders(text) != holders:
                plain_target = plain_text(text)
                if plain_target and _holders(plain_target) == _holders(bare):
                    plain.append((lang, plain_target))
        if bare and plain:
            read.plain.append((bare, plain))
            read.plain_only.append(not same)
    read.kept_plain += len(plain)
    read.skipped_unlike += len(targets) - len(same) - len(plain)
    if same:
        read.units.append((source, same))


def _segments(tu: etree._Element, path: Path,
              read: TmxRead) -> list[tuple[str, etree._Element]]:
    """A unit's (language tag, ``<seg>``) in file order; a ``<tuv>`` without a language or a
    segment, or in a language babel does not know, is skipped with a warning."""
    segs: list[tuple[str, etree._Element]] = []
    for tuv in tu.iter("{*}tuv"):
        lang = tuv.get(_XML_LANG) or tuv.get("lang")  # "lang" is TMX 1.1's spelling
        if not lang:
            read.warnings.append(CatalogError("<tuv> without xml:lang skipped", path,
                                              tuv.sourceline))
            continue
        seg = next((e for e in tuv if _local(e) == "seg"), None)
        if seg is None:
            read.warnings.append(CatalogError("<tuv> without <seg> skipped", path,
                                              tuv.sourceline))
            continue
        try:
            code = canonical(lang)
        except TranspubError:
            read.warnings.append(CatalogError(f"unknown language {lang!r} skipped", path,
                                              tuv.sourceline))
            continue
        read.languages[code] += 1
        read.tags.setdefault(code, set()).add(lang)
        segs.append((lang, seg))
    return segs


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


@dataclass(slots=True)
class _Naming:
    """How one unit's codes are named: the source's by their order (``a1``, ``a2``), each
    translation's after the source code it is linked to — by TMX's ``x``, else by the same
    native code (OmegaT's ``<a0>``, an ``<a href="…">``) — so that a translation that puts
    the second link first keeps each link on its own words (renamed by order, it swapped
    them). A code with no link, or a native code the source has twice, goes by order."""

    following: bool = False
    linked: dict[str, str] = field(default_factory=dict)
    doubled: set[str] = field(default_factory=set)

    def name(self, code: etree._Element, tag: str, counts: Counter[str],
             native: bool = True) -> str:
        key = _link_key(code, native)
        if self.following and key in self.linked:
            return self.linked[key]
        counts[tag] += 1
        name = f"{tag}{counts[tag]}"
        if not self.following and key is not None:
            if key in self.linked or key in self.doubled:
                self.linked.pop(key, None)
                self.doubled.add(key)
            else:
                self.linked[key] = name
        return name


def _link_key(code: etree._Element, native: bool) -> str | None:
    link = code.get("x")
    if link:
        return f"x{link}"
    text = "".join(code.itertext()).strip() if native else ""
    return f"n{text}" if text else None


#: Native codes and TMX/XLIFF ``type``/``ctype`` values that name one of transpub's paired
#: placeholders; an inline code that names none of them cannot be carried into a unit.
_PAIRED = {"a": "a", "link": "a", "x-link": "a", "b": "strong", "strong": "strong",
           "bold": "strong", "i": "em", "em": "em", "italic": "em", "span": "span"}
_NATIVE_TAG_RE = re.compile(r"^\s*<\s*/?\s*([A-Za-z][\w:-]*)")
_ATOM_RE = re.compile(r"^\s*<x\d+/>\s*$")


def _seg_text(seg: etree._Element, naming: _Naming | None = None) -> str | None:
    """The segment's text with its inline codes as transpub's placeholders (``<a1>…</a1>``,
    ``<strong1>``, ``<em1>``) and the tool's own (``<tool1/>``: ``_tool_code``), or None
    when an element is no TMX code or a pair does not close: such a segment is never
    imported with literal markup in it.

    Line breaks, tabs and runs of spaces (a hand-wrapped segment) become one space, so that
    the segment still matches its unit exactly. Other spaces — the no-break spaces of French
    typography, the narrow no-break space, the thin space — are the translator's and stay as
    written; the source side is collapsed further where it is used (``_read_units``).
    """
    parts: list[str] = []
    counts: Counter[str] = Counter()
    opened: dict[str, str] = {}
    if not _walk(seg, parts, counts, opened, naming or _Naming()) or opened:
        return None
    return _ASCII_WS_RE.sub(" ", "".join(parts)).strip(_ASCII_WS)


def _walk(element: etree._Element, parts: list[str], counts: Counter[str],
          opened: dict[str, str], naming: _Naming) -> bool:
    if element.text:
        parts.append(element.text)
    for child in element:
        name = _local(child)
        if name == "hi":  # highlighting around text: the text is what counts
            if not _walk(child, parts, counts, opened, naming):
                return False
        elif name in ("bpt", "ept"):
            key = child.get("i") or child.get("rid") or ""
            if name == "bpt":
                tag = _code_name(child)
                if tag is None:  # (Trados's empty <bpt i="1" type="1" x="1"/>)
                    opened[key] = _tool_code(child, counts)
                else:
                    opened[key] = naming.name(child, tag, counts)
                parts.append(f"<{opened[key]}>")
            elif key in opened:
                parts.append(f"</{opened.pop(key)}>")
            else:
                return False
        elif name == "g":  # XLIFF 1.2 style, found in some TMX 1.4b files
            tag = _code_name(child)
            if tag is None:
                holder = _tool_code(child, counts)
            else:  # (its text is content, not a native code: linked by x only)
                holder = naming.name(child, tag, counts, native=False)
            parts.append(f"<{holder}>")
            if not _walk(child, parts, counts, opened, naming):
                return False
            parts.append(f"</{holder}>")
        elif name in _STANDALONE and (char := _code_character(child)) is not None:
            parts.append(char)
        elif name == "ph" and _ATOM_RE.match("".join(child.itertext())):
            # a standalone code whose native text is a placeholder (``<x1/>``, or OmegaT's
            # ``<x0/>`` for it): transpub's atoms (e-mail addresses, URLs) are all ``x``
            parts.append(f"<{naming.name(child, 'x', counts)}/>")
        elif name in _STANDALONE:
            # a code of the tool's own: a placeholder, an isolated half of a pair whose other
            # half is in another segment (``it``), TMX 1.1's unknown code (``ut``: Translator's
            # Workbench's RTF, ``{\cs6\f1 ``, ``}``), XLIFF's empty ``bx``/``ex``
            parts.append(f"<{_tool_code(child, counts)}/>")
        elif isinstance(child.tag, str):
            return False  # anything unknown (``sub`` is only ever inside a code)
        if child.tail:
            parts.append(child.tail)
    return True


#: RTF's special characters, which Trados's Translator's Workbench writes in its TMX as codes
#: (``<ph>\\_</ph>`` for Word's non-breaking hyphen, ``<ph>{\\emspace  }</ph>``): characters of
#: the text, not formatting (RTF 1.9.1, "Special Characters")
_RTF_CHARACTERS = {
    "_": "\u2011", "-": "\u00ad", "~": "\u00a0", "emdash": "\u2014", "endash": "\u2013",
    "emspace": "\u2003", "enspace": "\u2002", "qmspace": "\u2005", "bullet": "\u2022",
    "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d",
    "zwj": "\u200d", "zwnj": "\u200c", "ltrmark": "\u200e", "rtlmark": "\u200f",
    "zwbo": "\u200b", "tab": " ", "line": " "}
_RTF_CHARACTER_RE = re.compile(r"^\s*(\{)?\s*\\([a-z]+|[_~-])\s*(?(1)\})\s*$")


#: Word's characters that Trados writes as codes with Word's own element names
#: (``<ph>&lt;nobreakhyphen/&gt;</ph>``, from ``<w:noBreakHyphen/>``, ECMA-376 17.3.3.18)
_WORD_CHARACTERS = {"nobreakhyphen": "\u2011", "softhyphen": "\u00ad"}
_WORD_CHARACTER_RE = re.compile(r"^\s*<\s*([A-Za-z]+)\s*/\s*>\s*$")
#: The codes that stand alone in a segment (a ``bpt``/``ept`` pair and XLIFF's ``g`` enclose
#: their text)
_STANDALONE = frozenset({"ph", "x", "it", "ut", "bx", "ex"})


def _code_character(code: etree._Element) -> str | None:
    """The character a standalone code stands for — its native RTF (``\\_``,
    ``{\\emdash}``) or Word element (``<nobreakhyphen/>``) — or None when it is none."""
    native = "".join(code.itertext())
    match = _RTF_CHARACTER_RE.match(native)
    if match:
        return _RTF_CHARACTERS.get(match.group(2))
    match = _WORD_CHARACTER_RE.match(native)
    return _WORD_CHARACTERS.get(match.group(1).lower()) if match else None


def _tool_code(code: etree._Element, counts: Counter[str]) -> str:
    """A name for a code that says nothing of what it is (Trados's ``<bpt i="1" type="1"
    x="1"/>``, ``<ph x="2" type="0"/>``): by its ``x``, which links a source's code to its
    translation's, else by its order (``tool01``…). Such a memory is used only where its
    codes can be named as a unit's by their order (``TranslationMemory.exact``,
    ``suggest``): never with these names."""
    link = code.get("x") or ""
    if link.isdigit():
        return f"{TOOL_CODE}{int(link)}"
    counts[TOOL_CODE] += 1
    return f"{TOOL_CODE}0{counts[TOOL_CODE]}"


def _code_name(code: etree._Element) -> str | None:
    """transpub's placeholder name for a paired code, from its type or its native text."""
    for value in (code.get("type"), code.get("ctype")):
        if value and value.lower() in _PAIRED:
            return _PAIRED[value.lower()]
    match = _NATIVE_TAG_RE.match("".join(code.itertext()))
    if not match:
        return None
    name = match.group(1).lower()
    # a code a CAT tool wrote as its own short name (OmegaT's "<a0>" for a link)
    return _PAIRED.get(name) or _PAIRED.get(name.rstrip("0123456789") or name)


def _holders(text: str) -> list[str]:
    return sorted(m.group(0).replace("/", "") for m in PLACEHOLDER_RE.finditer(text))


def unit_role(unit_id: str) -> str:
    """The role of a unit from its id: ``p3.e9247f`` -> ``p``, ``contact2`` -> ``contact``."""
    return unit_id.split(".", 1)[0].rstrip("0123456789") if unit_id else ""


def po_entries(locales: Path, lang: str, exclude_slug: str | None = None,
               include_obsolete: bool = False) -> Iterator[TMEntry]:
    """The reviewed (non-empty, non-fuzzy) translations of ``lang``'s PO files."""
    folder = locales / lang / "LC_MESSAGES"
    for path in sorted(folder.glob("*.po")) if folder.is_dir() else []:
        if path.stem == exclude_slug:
            continue
        found = read_translations(path, lang)
        items = [*found.items.values(), *(found.obsolete if include_obsolete else ())]
        for item in items:
            if item.target and not item.fuzzy:
                yield TMEntry(item.source, item.target, lang, path.stem, unit_role(item.unit))
        if include_obsolete and any(item.fuzzy and item.target for item in items):
            yield from _previous_pairs(path, lang)


def _previous_pairs(path: Path, lang: str) -> Iterator[TMEntry]:
    """The translations a fuzzy entry holds of its source's previous text (``#| msgid``,
    which extract writes when the source changes): a draft of that text, only ever a near
    match (``plain``), never taken as it is. A release's edited sentence had taken its
    translation out of the memory: a new release saying the old sentence got nothing."""
    from transpub.poread import read_entries

    if b"#| msgid" not in path.read_bytes():
        return
    for entry in read_entries(path)[1]:
        previous = (entry.previous or {}).get("msgid")
        if entry.fuzzy and entry.msgstr and previous and not entry.obsolete:
            yield TMEntry(previous, entry.msgstr, lang, path.stem,
                          unit_role(entry.context or ""), plain=True, previous=True)


def export_workspace_tmx(locales: Path, path: Path, source_lang: str, langs: list[str]) -> int:
    """Write the translated units of every release into one TMX; returns the units written."""
    entries = [e for lang in langs if not lang_matches(lang, source_lang)
               for e in po_entries(locales, lang)]
    return write_tmx(path, entries, source_lang)


def import_tmx(locales: Path, path: Path, source_lang: str,
               langs: Sequence[str] = (), report: list[str] | None = None,
               replace: bool = False,
               validated: ValidatedMemory | None = None) -> tuple[int, Path, bool]:
    """Validate a TMX (or take ``validate_tmx``'s ``validated``) and copy it to
    ``locales/memory/``; returns its number of usable units (with ``langs``: those
    translated into one of them), where it was kept, and whether it was written (False: the
    same bytes were kept already).

    A memory of the same name already there is never replaced silently (OmegaT names every
    export of a project ``<project>-omegat.tmx``): the same bytes are not copied again, other
    bytes are kept beside it as ``<name>-2.tmx`` (-3, …) unless ``replace``.

    With the workspace's ``langs``: a TMX holding none of them is refused, naming the languages
    it holds; languages beyond them are reported (in ``report``) and ignored at lookup.
    """
    memory = validated or _validated(path, source_lang, langs)
    data, read = memory.data, memory.read
    if report is not None:
        report.extend(memory.notes)
    kept, new = _kept_as(locales / MEMORY_DIR, path.stem, data, replace)
    if new:
        write_atomic(kept, data)
    if new and kept.stem != path.stem and report is not None:
        report.append(f"{path}: another memory named {path.stem}.tmx is already kept; both are "
                      f"kept, this one as {kept.name} (--replace replaces it)")
    units = [*read.units, *compress(read.plain, read.plain_only)]
    if not langs:
        return len(units), kept, new
    # (a unit translated only into languages the workspace does not have serves no lookup)
    usable = sum(1 for _source, targets in units
                 if any(lang_matches(tag, w) for tag, _text in targets for w in langs
                        if not lang_matches(w, source_lang)))
    if usable < len(units) and report is not None:
        report.append(f"{path}: {len(units) - usable} unit(s) with no translation into "
                      "a language of the workspace, ignored")
    return usable, kept, new


@dataclass(frozen=True, slots=True)
class ValidatedMemory:
    """A memory file read and found usable: the bytes to keep (an ``.sdltm`` converted to
    TMX), its units, and what the import reports of it."""

    data: bytes
    read: TmxRead
    notes: tuple[str, ...]


def validate_tmx(path: Path, source_lang: str, langs: Sequence[str] = ()) -> ValidatedMemory:
    """Raise what ``import_tmx`` would for ``path``, writing nothing (a command importing
    several files validates them all first), else what ``import_tmx`` takes as validated:
    a file is read, and an ``.sdltm`` converted, once."""
    return _validated(path, source_lang, langs)


def _validated(path: Path, source_lang: str, langs: Sequence[str]) -> ValidatedMemory:
    """The file's bytes and its units, once it is known to be a usable memory."""
    report: list[str] = []
    data = _read_bytes(path)  # read once: the bytes copied are the bytes validated
    from transpub.sdltm import is_sdltm, sdltm_to_tmx  # (tm import only: not extract's)

    converted: list[CatalogError] = []
    if is_sdltm(data):  # Trados's own memory: kept as the TMX it converts to
        data = sdltm_to_tmx(path, converted)
        report.extend(str(w) for w in converted)
    read = _read_units(path, source_lang, data)
    held = sorted(read.languages)
    skipped_units = [*converted, *read.warnings]
    if not held and skipped_units:
        # (every unit skipped: "holds no language of the workspace (it holds none)" had hidden
        # why, the warnings being left unsaid once the import failed)
        first = skipped_units[0]
        raise CatalogError(f"no unit of the memory could be read: {len(skipped_units)} "
                           f"skipped, the first: {first.message}"
                           + (f" (line {first.line})" if first.line else ""), path)
    described = ", ".join(f"{c} ({', '.join(sorted(read.tags[c]))})"
                          if read.tags.get(c, {c}) != {c} else c for c in held) or "none"
    if langs:
        targets = [code for code in held if not lang_matches(code, source_lang)]
        useful = [code for code in targets if any(lang_matches(code, w) for w in langs)]
        if not useful:
            raise CatalogError("the memory holds no language of the workspace (it holds "
                               f"{described}; the workspace translates into "
                               f"{', '.join(w for w in langs if w != source_lang)})", path)
        extra = [code for code in targets if code not in useful]
        if extra:
            report.append(f"{path}: languages not in the workspace, ignored: "
                          f"{', '.join(extra)}")
    if read.skipped_codes:
        report.append(f"{path}: {read.skipped_codes} segment(s) skipped: inline codes "
                      "that TMX does not define")
    if read.kept_plain:
        report.append(f"{path}: {read.kept_plain} translation(s) whose codes of the tool's "
                      "own are not their source's kept without those codes: suggested as "
                      "near matches only")
    if read.skipped_unlike:
        report.append(f"{path}: {read.skipped_unlike} translation(s) skipped: their inline "
                      "codes are not their source's (a code dropped or added)")
    if read.mended:
        garbled, meant = read.mended[0]
        report.append(f"{path}: {len(read.mended)} translation(s) UTF-8 misread in a "
                      f"single-byte code page taken decoded back («{_shown(garbled)}» as "
                      f"«{_shown(meant)}»)")
    if read.unreadable:
        lang, text, line = read.unreadable[0]
        report.append(f"{path}: {len(read.unreadable)} translation(s) skipped: garbled, or "
                      "not in their language's script (a file read in the wrong encoding?), "
                      f"the first {lang} at line {line}: «{_shown(text)}»")
    report.extend(str(w) for w in read.warnings[:20])
    if len(read.warnings) > 20:
        report.append(f"{path}: … and {len(read.warnings) - 20} more entries skipped")
    if not read.units and not read.plain:
        skipped = "".join((
            f"; {read.skipped_codes} segment(s) skipped for inline codes that TMX does not "
            "define" if read.skipped_codes else "",
            f"; {read.skipped_unlike} translation(s) skipped for codes not their source's"
            if read.skipped_unlike else ""))
        raise CatalogError(f"no translation unit with a {source_lang!r} source and a "
                           f"translation (languages in the file: {described}{skipped})", path)
    return ValidatedMemory(data, read, tuple(report))


def _shown(text: str) -> str:
    """``text`` short enough for a warning's line."""
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"


def _kept_as(memory: Path, stem: str, data: bytes, replace: bool) -> tuple[Path, bool]:
    """Where an imported memory named ``stem`` is kept, and whether it is to be written: its
    own name if free (or ``replace``); the file already holding these bytes, not written
    again; else the first free ``<stem>-N.tmx``."""
    own = memory / f"{stem}.tmx"
    if replace or not own.exists():
        return own, True
    number = 1
    candidate = own
    while candidate.exists():
        if candidate.read_bytes() == data:
            return candidate, False
        number += 1
        candidate = memory / f"{stem}-{number}.tmx"
    return candidate, True
