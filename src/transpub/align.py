"""A published translation aligned with its source: ``transpub align SLUG FILE --lang L``.

A newsroom often has the French or Chinese version of a release already — the page it
published, the Word file a translator sent. ``align`` reads it as ``import`` reads a release
(any format import reads, in the translation's language: its paragraphs, its sentences cut by
that language's rules) and pairs its sentences with the release's units, as the CAT tools'
aligners do (Trados's WinAlign, memoQ's LiveDocs, LF Aligner): a dynamic programme over both
sequences whose steps pair one unit with one sentence, one with two, two with one, or leave
one out, each step's cost the improbability of its lengths (Gale and Church's model, the
language pair's ratio of characters measured on what the alignment pairs), less what both
sides share (numbers, e-mail addresses, links, inline codes), more where one side ends a
paragraph and the other does not, or where two units said in one sentence do not both share
something with it (lengths alone are no evidence of a join); units or sentences left out at
either end, or a run of them among pairs, cost less than as many left out one by one (a page
that publishes part of the release is paired where it has the release's units, the rest
reported). A unit paired with one sentence or two fills the PO file's entry where it is
untranslated, fuzzy (an aligned translation is a draft until reviewed, and a fuzzy entry is
not published), with a translator comment naming the file; a reviewed translation already
there is kept (a fuzzy one, a draft the memory offered, gives way); a unit the translation
joined with another, or left out, is reported (units joined and untranslated get the joined
sentence as a translator comment, for the translator to cut).
"""

from __future__ import annotations

import math
import re
import unicodedata
from array import array
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from transpub.aligndate import PLACE
from transpub.catalog import PoUpdate, po_path
from transpub.config import Settings
from transpub.errors import TranspubError
from transpub.model import Segment
from transpub.segment import PLACEHOLDER_RE

#: each step's share of the pairs in aligned texts (Gale and Church's counts): one to one
#: mostly, a sentence split or joined sometimes, one left out rarely
_STEPS = {(1, 1): 0.89, (1, 2): 0.045, (2, 1): 0.045, (1, 0): 0.01, (0, 1): 0.01}
_STEP_COST = {step: -math.log(share) for step, share in _STEPS.items()}
#: the variance of a target's length per source character (Gale and Church's 6.8)
_VARIANCE = 6.8
#: a step whose cost passes this is no pair to fill from (its lengths and its anchors disagree)
MAX_COST = 12.0
#: how far from the diagonal of the two lengths' ratio the dynamic programme looks, in
#: sentences (a release's units and a translation's sentences: a band keeps a long document
#: linear; a translation drifting further, by more sentences added or left out in a row,
#: is no translation of the release)
_BAND = 40
#: the cells the band may widen to, in all (a release of 300 units, the whole table)
_CELLS = 100_000
#: a unit or a sentence left out before the other side's first or after its last (a part the
#: translation does not cover, a page's heading): one left out among pairs costs 4.6
_END_COST = 2.0
#: how many times the ratio is measured again on what the alignment paired, and the change
#: (of its logarithm) under which it holds
_ROUNDS = 3
_SAME_RATIO = 0.02
#: a run of units left out among pairs (or of sentences): its first costs as one left out
#: alone, each after it less (a paragraph the translation left out is one omission)
_OPEN_COST = _STEP_COST[(1, 0)]
_EXTEND_COST = 3.0
#: the share of the units and sentences paired one with one from which the alignment from
#: the two texts' ratio is taken without a second start (a translation of the whole release
#: splits or joins a sentence here and there, leaves out a heading; one of part of the
#: release, stretched over the whole, pairs two units with a sentence or leaves out many)
_SURE = 0.9

#: what a line is, for the pairs it may make (``_kind``): text, a date alone ("26 February
#: 2021", «格里昂，2014年5月13日», a dateline's place and date), a label (a known one, a site's
#: category line: «Declaraciones Múltiples mecanismos»), a web page's controls ("Skip to main
#: content", a language switcher's "English"), a dateline's place (``aligndate``)
_TEXT, _DATE, _LABEL, _CHROME, _PLACE = 0, 1, 2, 3, 4
#: a pair of a date with text, of a page's controls with anything, of a label of the
#: translation with the release's text: more than any pair to fill from may cost (a page's
#: head has more lines or fewer than the release's: its date, its furniture would otherwise
#: pair with the release's salutation or title, and the translation's own be left out)
_KIND_COST = MAX_COST
#: a line no longer than this may be a date, a label or a page's control
_SHORT = 120
#: two units said in one sentence, one of which shares no number, address, code, concept or
#: name with it: what the join costs more (its evidence then is lengths alone,
#: which a page's last sentence, a long Russian one, or a ratio read off a part, fit as well
#: with the next unit as without it; session 62's OHCHR trial: a partial page's last
#: sentence said to cover two units, the 1-1 pair and the unit left out 2.6 dearer). A true
#: join among pairs leaves its single pair's lengths far apart, much more than this)
_JOIN_COST = 3.0

_NUMBER = re.compile(r"\d+(?:[.,\s]\d{3})*(?:[.,]\d+)?")
#: A link, or a whole word holding an "@": ``_addresses`` reads in it what ``\S+@\S+\.\w+``
#: (an address) found, a pattern that, tried from every character of a long word, took 20 s
#: on one of 80,000 characters and more than two minutes on one of 160,000.
_ADDRESS = re.compile(r"(?<!\S)\S*@\S*|https?://\S+|www\.\S+")
_LINK = re.compile(r"https?://\S+|www\.\S+")
_DOT_WORD = re.compile(r"\.\w+")


@dataclass(frozen=True, slots=True)
class Pair:
    """One step of the alignment: the source units and the translation's sentences it pairs
    (either side may be empty), and its cost."""

    source: tuple[int, ...]
    target: tuple[int, ...]
    cost: float
    apart: bool = False
    """A line set apart before the programme (a page's controls, a caption, a heading's
    copy), which pairs with nothing."""


def align(source: Sequence[Segment], target: Sequence[Segment],
          names: Sequence[tuple[tuple[str, ...], tuple[str, ...]]] = (),
          langs: tuple[str, str] = ("en", "en")) -> list[Pair]:
    """The cheapest alignment of the release's units with the translation's sentences, in
    order. ``names``: each concept of the termbase, its source forms and its forms in the
    translation's language (lower case): a unit and a sentence that name the same concept
    share it. ``langs``: the release's language and the translation's (how a date is
    written)."""
    from transpub.alignhead import repeated_heads, second_copies

    placed = _places(source, target)
    out_s, out_t = _apart(source, langs[0], target), _apart(target, langs[1], source)
    fixed = [] if placed is None else [placed]
    pairs = _without(source, target, names, langs, fixed, out_s, out_t)
    # (a heading a page's head repeats, its category's and its post's: one copy pairs with
    # the title, another had filled the next unit and shifted the pairs after it. The copy
    # paired first keeps its pair, each other pairs with nothing, the rest aligned again;
    # when both sides repeat a heading, the copies pair with each other)
    copies_s = repeated_heads(source, _lines(source), out_s)
    copies_t = repeated_heads(target, _lines(target), out_t)
    if (copies_s or copies_t) and not (copies_s and copies_t):
        kept_s, more_s = second_copies(copies_s, {i: pair.target[0] for pair in pairs
                                                  if pair.target for i in pair.source})
        kept_t, more_t = second_copies(copies_t, {j: pair.source[0] for pair in pairs
                                                  if pair.source for j in pair.target})
        if more_s or more_t:
            kept = sorted([*kept_s, *((i, j) for j, i in kept_t)])
            pairs = _anchored(source, target, names, langs, kept[0], [*fixed, *kept[1:]],
                              out_s | more_s, out_t | more_t)
    return pairs


def _anchored(source: Sequence[Segment], target: Sequence[Segment],
              names: Sequence[tuple[tuple[str, ...], tuple[str, ...]]],
              langs: tuple[str, str], anchor: tuple[int, int],
              fixed: Sequence[tuple[int, int]], out_s: set[int] | frozenset[int],
              out_t: set[int] | frozenset[int]) -> list[Pair]:
    """``_without`` with the pair ``anchor`` made, what stands before it on each side
    aligned with what stands before it on the other, and what after with what after (a line
    of the page's head above the heading's copy kept, «ГЕНЕРАЛЬНЫЙ СЕКРЕТАРЬ», had been
    paired across it with the byline under the title); made among the rest where a pair
    ``fixed`` (the datelines' places) stands across it."""
    i, j = anchor
    if any((a < i) != (b < j) for a, b in fixed):
        return _without(source, target, names, langs, [*fixed, anchor], out_s, out_t)
    pairs: list[Pair] = []
    for s0, s1, t0, t1 in ((0, i, 0, j), (i + 1, len(source), j + 1, len(target))):
        part = _without(source[s0:s1], target[t0:t1], names, langs,
                        [(a - s0, b - t0) for a, b in fixed if s0 <= a < s1],
                        {a - s0 for a in out_s if s0 <= a < s1},
                        {b - t0 for b in out_t if t0 <= b < t1})
        pairs.extend(Pair(tuple(a + s0 for a in pair.source),
                          tuple(b + t0 for b in pair.target), pair.cost, pair.apart)
                     for pair in part)
        if not s0:
            pairs.append(Pair((i,), (j,), 0.0))
    return pairs


def _without(source: Sequence[Segment], target: Sequence[Segment],
             names: Sequence[tuple[tuple[str, ...], tuple[str, ...]]],
             langs: tuple[str, str], fixed: Sequence[tuple[int, int]],
             out_s: frozenset[int] | set[int], out_t: frozenset[int] | set[int]) -> list[Pair]:
    """``align`` with the pairs ``fixed`` made and the lines ``out_s`` and ``out_t`` paired
    with nothing."""
    if not fixed and not out_s and not out_t:
        return _aligned(source, target, names, langs)
    return _set_apart(source, target, names, langs, fixed, frozenset(out_s),
                      frozenset(out_t))


def _aligned(source: Sequence[Segment], target: Sequence[Segment],
             names: Sequence[tuple[tuple[str, ...], tuple[str, ...]]],
             langs: tuple[str, str]) -> list[Pair]:
    """``align`` of what pairs by the programme."""
    n, m = len(source), len(target)
    if not n or not m:
        return [Pair((i,), (), _STEP_COST[(1, 0)]) for i in range(n)] + [
            Pair((), (j,), _STEP_COST[(0, 1)]) for j in range(m)]
    sides = _Sides.of(source, target, names, langs)
    whole = max(sum(sides.lengths_t), 1) / max(sum(sides.lengths_s), 1)
    # (the two texts' ratio is the language pair's only when the translation says the whole
    # release: one that lacks its end, its start or paragraphs is shorter, and every length
    # read against the whole's ratio looks wrong. So the ratio of what the alignment paired,
    # aligned again with it until it holds, is the language pair's whatever the part; and a
    # second start, the ratio of a sentence's length on average, finds the part the whole's
    # ratio led astray: the cheaper of the two is taken.)
    pairs, settled = _settled(sides, whole)
    mean = whole * n / m
    if abs(math.log(mean / settled)) < _SAME_RATIO or _one_to_one(pairs) >= _SURE * (n + m):
        # (the second start would begin where the first settled; or the first pairs nearly
        # every unit with one sentence, as a translation of the whole release is paired,
        # where the whole's ratio leading it astray stretches a part over the release, two
        # units to a sentence, or leaves out many)
        return pairs
    other = _programme(sides, mean)
    again = _paired_ratio(other, sides)
    if again is not None and abs(math.log(again / settled)) < _SAME_RATIO:
        return pairs  # (the second start heads where the first settled)
    other, _ = _settled(sides, mean, other)
    return min((pairs, other), key=lambda found: sum(pair.cost for pair in found))


def _places(source: Sequence[Segment], target: Sequence[Segment]) -> tuple[int, int] | None:
    """The release's dateline place and the translation's, when each has one."""
    found = [[k for k, segment in enumerate(side) if segment.kind == PLACE]
             for side in (source, target)]
    if len(found[0]) != 1 or len(found[1]) != 1:
        return None
    return found[0][0], found[1][0]


def _apart(side: Sequence[Segment], lang: str, other: Sequence[Segment]) -> frozenset[int]:
    """The lines of ``side`` that pair with nothing of ``other``: a page's controls (the
    site's, on either side), the captions and credits of pictures the other side has none of
    (``aligncaption``). Left out among pairs, each had cost as much as a sentence the
    translation lacks, and the pairs around them shifted to spare it (a page's headline over
    a report page's fields paired with nothing, its caption with the release's headline)."""
    from transpub.aligncaption import captions
    from transpub.importer_chrome import report_fields

    found = {k for k, segment in enumerate(side) if segment.kind != PLACE
             and len(segment.text) <= _SHORT and _kind(segment.text, lang) == _CHROME}
    # (a report site's fields, read among their neighbours: "Sources" alone is a heading)
    found |= {k for k in report_fields([_plain(s.text).strip() for s in side])
              if side[k].kind != PLACE}
    pictures = captions(side)
    if pictures and not captions(other):
        found |= pictures
    return frozenset(found)


def _set_apart(source: Sequence[Segment], target: Sequence[Segment],
               names: Sequence[tuple[tuple[str, ...], tuple[str, ...]]],
               langs: tuple[str, str], fixed: Sequence[tuple[int, int]],
               out_s: frozenset[int], out_t: frozenset[int]) -> list[Pair]:
    """The pairs ``fixed`` made (the two datelines' places, a repeated heading's copy and
    the unit it paired with), the lines ``out_s`` and ``out_t`` paired with nothing, the
    rest aligned without them. (The release lists its place before its
    text, where a translation's page may set a byline or a subtitle above its dateline,
    "From Sara Beysolow Nyanti…" above «صنعاء، 20 فبراير 2020 -», which a pair of the places
    in the programme would cross.)"""
    out_s = out_s | {i for i, _ in fixed}
    out_t = out_t | {j for _, j in fixed}
    keep_s = [i for i in range(len(source)) if i not in out_s]
    keep_t = [j for j in range(len(target)) if j not in out_t]
    pairs = [Pair(tuple(keep_s[k] for k in pair.source), tuple(keep_t[k] for k in pair.target),
                  pair.cost)
             for pair in _aligned([source[i] for i in keep_s], [target[j] for j in keep_t],
                                  names, langs)]
    made_s, made_t = {i for i, _ in fixed}, {j for _, j in fixed}
    apart = [Pair((i,), (), 0.0, True) for i in sorted(out_s) if i not in made_s] + [
        Pair((), (j,), 0.0, True) for j in sorted(out_t) if j not in made_t]
    apart.extend(Pair((i,), (j,), 0.0) for i, j in fixed)
    for pair in apart:  # (each where it stands, by the side it has)
        if pair.source:
            at = next((k for k, other in enumerate(pairs)
                       if other.source and other.source[0] > pair.source[0]), len(pairs))
        else:
            at = next((k for k, other in enumerate(pairs)
                       if other.target and other.target[0] > pair.target[0]), len(pairs))
        pairs.insert(at, pair)
    return pairs


def _settled(sides: _Sides, ratio: float,
             pairs: list[Pair] | None = None) -> tuple[list[Pair], float]:
    """The alignment from ``ratio`` (``pairs``, when aligned already), aligned again with its
    own pairs' ratio until it holds, and the ratio it was last aligned with."""
    if pairs is None:
        pairs = _programme(sides, ratio)
    for _ in range(_ROUNDS):
        again = _paired_ratio(pairs, sides)
        if again is None or abs(math.log(again / ratio)) < _SAME_RATIO:
            break
        ratio = again
        pairs = _programme(sides, ratio)
    return pairs, ratio


def _one_to_one(pairs: Sequence[Pair]) -> int:
    """The units and sentences ``pairs`` pair one with one."""
    return 2 * sum(1 for pair in pairs if len(pair.source) == len(pair.target) == 1)


@dataclass(frozen=True, slots=True)
class _Sides:
    """What the programme reads of each unit and each sentence; a step of two reads the union
    of two neighbours' sets (``*2[k]``: items ``k`` and ``k + 1``), made once for every
    programme run."""

    lengths_s: list[int]
    lengths_t: list[int]
    anchors_s: list[frozenset[str]]
    anchors_t: list[frozenset[str]]
    shared_s: list[frozenset[str]]
    shared_t: list[frozenset[str]]
    ends_s: list[bool]
    ends_t: list[bool]
    starts_s: list[bool]
    starts_t: list[bool]
    kinds_s: list[int]
    kinds_t: list[int]
    anchors2_s: list[frozenset[str]]
    anchors2_t: list[frozenset[str]]
    shared2_s: list[frozenset[str]]
    shared2_t: list[frozenset[str]]
    marks_s: list[frozenset[str]]
    marks_t: list[frozenset[str]]
    """What each unit (sentence) may share with the other side: its anchors and names (those
    written alike, and those the UN's lists know in any of the six languages, ``_listed``)."""
    bare_s: list[bool]
    """Whether each unit names nothing a translation could share with it (``_bare``)."""
    heads_s: list[bool]
    heads_t: list[bool]
    """Whether each unit (sentence) is a line of the page's head a headline may be
    (``_heads``), which ``_wraps`` reads."""

    @classmethod
    def of(cls, source: Sequence[Segment], target: Sequence[Segment],
           names: Sequence[tuple[tuple[str, ...], tuple[str, ...]]],
           langs: tuple[str, str] = ("en", "en")) -> _Sides:
        n, m = len(source), len(target)
        anchors_s = [_anchors(s.text) for s in source]
        anchors_t = [_anchors(t.text) for t in target]
        # (bonuses only: what one side names, the other may say another way)
        shared_s = [_named(s.text, [forms for forms, _ in names]) | _capitals(s.text)
                    for s in source]
        shared_t = [_named(t.text, [forms for _, forms in names]) | _capitals(t.text)
                    for t in target]
        # (join evidence only: a country, a place, a UN body or title each side names in
        # its own language, «بيروت» for "Beirut", where no name of an Arabic, Chinese or
        # Russian page is written alike)
        listed_s = [_listed(s.text, langs[0]) for s in source]
        listed_t = [_listed(t.text, langs[1]) for t in target]
        return cls(
            [len(_plain(s.text)) for s in source], [len(_plain(t.text)) for t in target],
            anchors_s, anchors_t, shared_s, shared_t,
            [i == n - 1 or source[i + 1].block_id != source[i].block_id for i in range(n)],
            [j == m - 1 or target[j + 1].block_id != target[j].block_id for j in range(m)],
            [i == 0 or source[i - 1].block_id != source[i].block_id for i in range(n)],
            [j == 0 or target[j - 1].block_id != target[j].block_id for j in range(m)],
            [_kind_of(s, langs[0]) for s in source], [_kind_of(t, langs[1]) for t in target],
            _pairwise(anchors_s), _pairwise(anchors_t), _pairwise(shared_s),
            _pairwise(shared_t),
            [a | b | c for a, b, c in zip(anchors_s, shared_s, listed_s, strict=True)],
            [a | b | c for a, b, c in zip(anchors_t, shared_t, listed_t, strict=True)],
            [_bare(s.text) and not (a or c) for s, a, c in zip(source, anchors_s, listed_s,
                                                               strict=True)],
            _heads(source), _heads(target))


#: what ends a sentence, not a headline's line ("?" and "!" may end either)
_FULL_STOPS = (".", "。", "．", "؛")
#: what may close a line after its last word or mark
_CLOSERS = " \"'”’»)）」』"


def _lines(side: Sequence[Segment]) -> list[bool]:
    """Whether each unit or sentence is a line of its own: its block's only one, no longer
    than ``_SHORT``, not closed by a full stop (a headline, a heading, a headline's line).
    A headline the translation wraps over two lines («2022年8月19日外交部发言人汪文斌» /
    «主持例行记者会», China MFA's, under the release's one-line title) is two such lines,
    which one line of the release may pair with whole: their paragraph's end between them
    is no evidence against it (``_wraps``)."""
    blocks: dict[str, int] = {}
    for segment in side:
        blocks[segment.block_id] = blocks.get(segment.block_id, 0) + 1
    return [blocks[segment.block_id] == 1 and len(segment.text) <= _SHORT
            and not _plain(segment.text).rstrip(_CLOSERS).endswith(_FULL_STOPS)
            for segment in side]


#: the release's lines that are no headline's: its office, label, dateline, contact
_NOT_HEADLINES = frozenset({"office", "label", PLACE, "attribution", "line"})


def _heads(side: Sequence[Segment]) -> list[bool]:
    """Whether each unit or sentence stands where a headline stands and may be one, or one
    of its two wrapped lines (``_wraps``): a line of its own (``_lines``) in the page's head,
    before its first sentence of text (the page's furniture above the headline aside,
    ``_furniture``), not an office, label, dateline or contact line as import read it. Two
    short lines further down are no headline: a contact block («Contactos de prensa» /
    «Christopher Tidey UNICEF Nueva York», UNICEF's Spanish, had been joined as the wrap of
    the release's "About UNICEF", every pair after it shifted), a heading over a line."""
    lines = _lines(side)
    start = _furniture(side, lines)
    text = next((k for k in range(start, len(side)) if not lines[k]), len(side))
    return [start <= k < text and segment.kind not in _NOT_HEADLINES
            for k, segment in enumerate(side)]


#: how many lines of a page's furniture may stand above its headline ("Accueil » Actualités
#: » Nominations.", "Updated on 12 March 2024 at 10:30.")
_FURNITURE = 3


def _furniture(side: Sequence[Segment], lines: Sequence[bool]) -> int:
    """How many lines open the page above its headline as its furniture: each a short block
    of one sentence, not a line of its own (a breadcrumb, an "updated on …" line ending with
    a full stop), a line of its own right under them. A page whose head opened with one had
    no head at all, its headline's two wrapped lines never joined (t65/hB finding 9)."""
    blocks: dict[str, int] = {}
    for segment in side[:_FURNITURE + 1]:
        blocks[segment.block_id] = blocks.get(segment.block_id, 0) + 1
    count = 0
    while count < min(_FURNITURE, len(side)) and not lines[count] \
            and blocks[side[count].block_id] == 1 and len(side[count].text) <= _SHORT:
        count += 1
    return count if count < len(side) and lines[count] else 0


def _pairwise(sets: list[frozenset[str]]) -> list[frozenset[str]]:
    return [a | b for a, b in pairwise(sets)]


def _paired_ratio(pairs: Sequence[Pair], sides: _Sides) -> float | None:
    """The ratio of the translation's characters to the release's over the steps that pair
    both sides (None: none does)."""
    paired = [pair for pair in pairs if pair.source and pair.target]
    if not paired:
        return None
    ls = sum(sides.lengths_s[i] for pair in paired for i in pair.source)
    lt = sum(sides.lengths_t[j] for pair in paired for j in pair.target)
    return max(lt, 1) / max(ls, 1)


#: a cell's last step, as the programme keeps it (one byte a cell): the pairing steps by their
#: index in _PAIR_STEPS, or the end of a run of units (or sentences) left out; and two flags,
#: whether the cheapest run of units (of sentences) that ends at the cell opens there
_PAIR_STEPS = ((1, 1), (1, 2), (2, 1))
_RUN_S, _RUN_T, _OPENS_S, _OPENS_T = 3, 4, 8, 16
_RUNS = (_RUN_S, _RUN_T)
_LAST = 7
_ROOT_2 = math.sqrt(2)


def _programme(sides: _Sides, ratio: float) -> list[Pair]:
    """The cheapest path through both sequences, the lengths read with ``ratio``."""
    n, m = len(sides.lengths_s), len(sides.lengths_t)
    # (around the diagonal of the two lengths' ratio: a document of thousands of sentences
    # stays linear. A translation of part of the release leaves the diagonal by as many
    # sentences as it lacks: the band widens by the two counts' difference, as far as
    # _CELLS cells in all allow)
    band = max(_BAND, min(_BAND + abs(n - m), _CELLS // (n + 1)))
    bounds = [(max(0, int(i * m / n) - band), min(m, int(i * m / n) + band))
              for i in range(n + 1)]
    inf = math.inf
    # (each row's cheapest costs and last steps are kept for the way back, a compact array of
    # its band's cells; the programme reads the two rows before, in rows as wide as the
    # translation, three in turn, where a cell outside a row's band is infinite. Dicts of
    # tuples for every cell took 60 KB a unit)
    costs: list[array[float]] = []
    steps: list[bytearray] = []
    rows = [[inf] * (m + 1) for _ in range(3)]
    # (the cheapest paths that end in a run of units left out, and whether the run opens at
    # the cell: a run costs its first more than the rest, a paragraph the translation left
    # out being one omission, not several. Of sentences, along the row: one value)
    runs = [[inf] * (m + 1) for _ in range(2)]
    lengths_s, lengths_t = sides.lengths_s, sides.lengths_t
    anchors_s, anchors_t, ends_s, ends_t = (sides.anchors_s, sides.anchors_t, sides.ends_s,
                                            sides.ends_t)
    starts_s, starts_t = sides.starts_s, sides.starts_t
    anchors2_s, anchors2_t = sides.anchors2_s, sides.anchors2_t
    kinds_s, kinds_t = sides.kinds_s, sides.kinds_t
    marks_s, marks_t, bare_s = sides.marks_s, sides.marks_t, sides.bare_s
    heads_s, heads_t = sides.heads_s, sides.heads_t
    shared_s, shared_t, shared2_s, shared2_t = (sides.shared_s, sides.shared_t,
                                                sides.shared2_s, sides.shared2_t)
    lengths2_t = [a + b for a, b in pairwise(lengths_t)]
    # (what Gale and Church's cost reads of a unit, or of two, for this ratio)
    scaled = [ls * ratio for ls in lengths_s]
    spread = [math.sqrt(max(ls, 1) * _VARIANCE * max(ratio, 0.1)) for ls in lengths_s]
    lengths2_s = [a + b for a, b in pairwise(lengths_s)]
    scaled2 = [ls * ratio for ls in lengths2_s]
    spread2 = [math.sqrt(max(ls, 1) * _VARIANCE * max(ratio, 0.1)) for ls in lengths2_s]
    one, wider, taller = (_STEP_COST[step] for step in _PAIR_STEPS)
    erfc, log, sqrt2 = math.erfc, math.log, _ROOT_2
    for i in range(n + 1):
        cur, above, above2 = rows[i % 3], rows[(i - 1) % 3], rows[(i - 2) % 3]
        run_cur, run_above = runs[i % 2], runs[(i - 1) % 2]
        lo, hi = bounds[i]
        if i >= 3:  # (the row three before left its band's cells here)
            old_lo, old_hi = bounds[i - 3]
            cur[old_lo:old_hi + 1] = [inf] * (old_hi - old_lo + 1)
        if i >= 2:
            old_lo, old_hi = bounds[i - 2]
            run_cur[old_lo:old_hi + 1] = [inf] * (old_hi - old_lo + 1)
        row_steps = bytearray(hi - lo + 1)
        end_t = i in (0, n)
        run_t = inf
        k = i - 1
        for j in range(lo, hi + 1):
            if not i and not j:
                cur[0] = 0.0
                continue
            found = inf
            last = 0
            if i and j:
                before = above[j - 1]
                if before < inf:
                    # (one unit, one sentence: as _cost reads it, spelt out here, where the
                    # programme spends its time)
                    delta = (lengths_t[j - 1] - scaled[k]) / spread[k]
                    cost = -log(max(erfc(abs(delta) / sqrt2), 1e-12))
                    have_s, have_t = anchors_s[k], anchors_t[j - 1]
                    if have_s or have_t:
                        cost += 1.5 * len(have_s ^ have_t) - 2.0 * len(have_s & have_t)
                    closes = ends_s[k]
                    if closes != ends_t[j - 1] and j < m:
                        cost += 3.0
                    if starts_s[k] != starts_t[j - 1] and j > 1 and i > 1 and steps[k][
                            j - 1 - bounds[k][0]] & _LAST in _RUNS:
                        cost += 3.0
                    if kinds_s[k] != kinds_t[j - 1] or kinds_s[k] == _CHROME:
                        cost += _kind_cost(kinds_s[k], kinds_t[j - 1])
                    found = before + one + cost - 1.5 * len(shared_s[k] & shared_t[j - 1])
                if j >= 2:
                    before = above[j - 2]
                    if before < inf:
                        delta = (lengths2_t[j - 2] - scaled[k]) / spread[k]
                        cost = -log(max(erfc(abs(delta) / sqrt2), 1e-12))
                        have_s, have_t = anchors_s[k], anchors2_t[j - 2]
                        if have_s or have_t:
                            cost += 1.5 * len(have_s ^ have_t) - 2.0 * len(have_s & have_t)
                        if ends_s[k] != ends_t[j - 1] and j < m:
                            cost += 3.0
                        if ends_t[j - 2] and not (
                                heads_s[k] and heads_t[j - 2] and heads_t[j - 1]
                                and _wraps(range(k, i), range(j - 2, j), sides, ratio)):
                            cost += 3.0  # (but a line's two wrapped lines: ``_wraps``)
                        if starts_s[k] != starts_t[j - 2] and j > 2 and i > 1 and steps[k][
                                j - 2 - bounds[k][0]] & _LAST in _RUNS:
                            cost += 3.0
                        if kinds_s[k] or kinds_t[j - 2] or kinds_t[j - 1]:
                            cost += _KIND_COST
                        cost = before + wider + cost - 1.5 * len(shared_s[k] & shared2_t[j - 2])
                        if cost < found:
                            found, last = cost, 1
                if i >= 2:
                    before = above2[j - 1]
                    if before < inf:
                        delta = (lengths_t[j - 1] - scaled2[k - 1]) / spread2[k - 1]
                        cost = -log(max(erfc(abs(delta) / sqrt2), 1e-12))
                        have_s, have_t = anchors2_s[k - 1], anchors_t[j - 1]
                        if have_s or have_t:
                            cost += 1.5 * len(have_s ^ have_t) - 2.0 * len(have_s & have_t)
                        if ends_s[k] != ends_t[j - 1] and j < m:
                            cost += 3.0
                        if ends_s[k - 1]:
                            cost += 3.0
                        if starts_s[k - 1] != starts_t[j - 1] and j > 1 and i > 2 and steps[
                                k - 1][j - 1 - bounds[k - 1][0]] & _LAST in _RUNS:
                            cost += 3.0
                        if kinds_s[k - 1] or kinds_s[k] or kinds_t[j - 1]:
                            cost += _KIND_COST
                        marks = marks_t[j - 1]
                        first, second = marks_s[k - 1] & marks, marks_s[k] & marks
                        if not ((first or second) and (first or bare_s[k - 1])
                                and (second or bare_s[k])):
                            cost += _JOIN_COST
                        cost = before + taller + cost - 1.5 * len(
                            shared2_s[k - 1] & shared_t[j - 1])
                        if cost < found:
                            found, last = cost, 2
            # (a run of units before the translation's first sentence or after its last,
            # or of sentences before or after the release: the part a page does not cover,
            # its own heading and furniture, cheaper still)
            if i:
                end = j == 0 or j == m
                opened = above[j] + (_END_COST if end else _OPEN_COST)
                extended = run_above[j] + (_END_COST if end else _EXTEND_COST)
                if opened <= extended:
                    run_cur[j] = opened
                    last |= _OPENS_S
                else:
                    run_cur[j] = extended
                if run_cur[j] < found:
                    found, last = run_cur[j], (last & ~_LAST) | _RUN_S
            if j:
                opened = cur[j - 1] + (_END_COST if end_t else _OPEN_COST)
                extended = run_t + (_END_COST if end_t else _EXTEND_COST)
                if opened <= extended:
                    run_t = opened
                    last |= _OPENS_T
                else:
                    run_t = extended
                if run_t < found:
                    found, last = run_t, (last & ~_LAST) | _RUN_T
            cur[j] = found
            row_steps[j - lo] = last
        costs.append(array("d", cur[lo:hi + 1]))
        steps.append(row_steps)
    return _path(costs, steps, bounds)


def _path(costs: list[array[float]], steps: list[bytearray],
          bounds: list[tuple[int, int]]) -> list[Pair]:
    """The cheapest path, from the last cell back to the first (empty: the last cell is
    outside the band, or out of reach)."""
    n, m = len(costs) - 1, bounds[-1][1]
    if costs[n][m - bounds[n][0]] == math.inf:
        return []
    pairs = []
    i, j = n, m
    while i or j:
        total = costs[i][j - bounds[i][0]]
        last = steps[i][j - bounds[i][0]] & _LAST
        if last == _RUN_S:  # (back to the cell where the run opens)
            k = i
            while not steps[k][j - bounds[k][0]] & _OPENS_S:
                k -= 1
            di, dj = i - k + 1, 0
        elif last == _RUN_T:
            k = j
            while not steps[i][k - bounds[i][0]] & _OPENS_T:
                k -= 1
            di, dj = 0, j - k + 1
        else:
            di, dj = _PAIR_STEPS[last]
        before = costs[i - di][j - dj - bounds[i - di][0]]
        if di and dj:
            pairs.append(Pair(tuple(range(i - di, i)), tuple(range(j - dj, j)),
                              total - before))
        else:  # (a run: each left out alone, its share of the run's cost)
            share = (total - before) / (di + dj)
            pairs.extend([Pair((k,), (), share) for k in range(i - 1, i - di - 1, -1)]
                         + [Pair((), (k,), share) for k in range(j - 1, j - dj - 1, -1)])
        i, j = i - di, j - dj
    return pairs[::-1]


def _fit(rows: range, columns: range, sides: _Sides, ratio: float) -> float:
    """How far apart the units' and the sentences' lengths are (Gale and Church: the
    target's length against the source's times the ratio), less the anchors they share,
    more those only one side has."""
    ls = sum(sides.lengths_s[i] for i in rows)
    lt = sum(sides.lengths_t[j] for j in columns)
    delta = (lt - ls * ratio) / math.sqrt(max(ls, 1) * _VARIANCE * max(ratio, 0.1))
    cost = -math.log(max(math.erfc(abs(delta) / math.sqrt(2)), 1e-12))
    have_s = _union(sides.anchors_s, rows)
    have_t = _union(sides.anchors_t, columns)
    if have_s or have_t:
        cost += 1.5 * len(have_s ^ have_t) - 2.0 * len(have_s & have_t)
    return cost


def _cost(rows: range, columns: range, sides: _Sides, ratio: float,
          after_run: bool = False) -> float:
    """A pairing step's cost, less its prior and what both sides share: what the programme
    spells out for each step where it spends its time (the tests hold the two equal).
    ``after_run``: the step comes right after a unit or a sentence left out."""
    if not rows or not columns:
        return 0.0
    cost = _fit(rows, columns, sides, ratio)
    ends_s, ends_t = sides.ends_s, sides.ends_t
    # (one side ends its paragraph there, the other does not; the translation's last
    # sentence ends its page, not always a paragraph: a page of part of the release may stop
    # within one, and its last sentence, read as a paragraph's end, had said the release's
    # next unit too)
    if ends_s[rows[-1]] != ends_t[columns[-1]] and columns[-1] < len(ends_t) - 1:
        cost += 3.0
    # (and, right after a unit or a sentence left out, where one side begins a paragraph and
    # the other does not: between two pairs, the first's end says it already)
    if after_run and sides.starts_s[rows[0]] != sides.starts_t[columns[0]] and columns[0] > 0 \
            and rows[0] > 0:
        cost += 3.0
    # (two units of two paragraphs said as one sentence: a line of its own, the release's
    # office or label, is rather left out of the translation's page)
    if len(rows) > 1 and ends_s[rows[0]]:
        cost += 3.0
    if len(columns) > 1 and ends_t[columns[0]] and not _wraps(rows, columns, sides, ratio):
        cost += 3.0
    if len(rows) > 1 and not _evidenced(rows, columns, sides):
        cost += _JOIN_COST
    kinds = [sides.kinds_s[i] for i in rows] + [sides.kinds_t[j] for j in columns]
    if len(kinds) > 2 and any(kinds):
        cost += _KIND_COST  # (a date, a label said in one sentence with another line)
    elif len(kinds) == 2 and (kinds[0] != kinds[1] or kinds[0] == _CHROME):
        cost += _kind_cost(kinds[0], kinds[1])
    return cost


#: how many times its first line a wrapped line's second may be long at most
_WRAP_SHARE = 2


def _wraps(rows: range, columns: range, sides: _Sides, ratio: float) -> bool:
    """Whether one unit and two sentences are a line of the release and the translation's
    two lines that say it, wrapped, all three in their page's head (``_heads``): a headline
    the page sets over two lines,
    the first opening with its date as Chinese puts it («2022年8月19日外交部发言人汪文斌» /
    «主持例行记者会» for "Foreign Ministry Spokesperson Wang Wenbin's Regular Press
    Conference on August 19, 2022"). Then the paragraph's end between the two is no
    evidence against the pair (the title had been filled with «主持例行记者会» alone, the
    date line left out). Two lines are such only where together they match the unit
    better than either alone, by their lengths and what they share (``_fit``, ``_shared``):
    a headline's line with the place or the label under it («奥地利维也纳», «[Tal y como fue
    pronunciado]»), which the headline alone matches better, is left apart; and where the
    first is not much shorter than the second (``_WRAP_SHARE``: a line breaks where it is
    full or at a phrase's end; a short line over a longer one is a line of its own, a site's
    field "Format" or category "World" over a subtitle or a headline)."""
    if len(rows) != 1 or len(columns) != 2 or not sides.heads_s[rows[0]] or not all(
            sides.heads_t[j] for j in columns) or (
            _WRAP_SHARE * sides.lengths_t[columns[0]] < sides.lengths_t[columns[1]]):
        return False
    both = _fit(rows, columns, sides, ratio) - _shared(rows, columns, sides)
    return all(both < _fit(rows, one, sides, ratio) - _shared(rows, one, sides)
               for one in (columns[:1], columns[1:]))


def _evidenced(rows: range, columns: range, sides: _Sides) -> bool:
    """Whether each of two units said in one sentence shares something with it (a number, an
    address, a code, a termbase concept, a name written alike or one the UN's lists know):
    evidence of the join besides lengths. A unit that names nothing (``_bare``: "She said
    the member countries had been apprised of this measure.") has nothing to share, and is
    no evidence against the join where the other unit shares something: ESCWA's Arabic
    said it with the next unit in one sentence, which filled that unit alone, the first
    left "no sentence of the translation" (t66/hC finding I)."""
    marks = _union(sides.marks_t, columns)
    shares = [bool(sides.marks_s[i] & marks) for i in rows]
    return any(shares) and all(share or sides.bare_s[i] for share, i in zip(shares, rows,
                                                                         strict=True))


def _kind_cost(source: int, target: int) -> float:
    """What pairing a unit of one kind with a sentence of another (or a page's controls with
    any) costs: nothing for a label of the release paired with text (its translation, a
    label no list knows: «Seul le texte prononcé fait foi»), ``_KIND_COST`` for any other."""
    return 0.0 if source == _LABEL and target == _TEXT else _KIND_COST


def _kind_of(segment: Segment, lang: str) -> int:
    """``_kind`` of a unit or a sentence, or a dateline's place (which pairs with a place
    only: «نيويورك» alone had been paired with the release's "Statement", its office, a
    sentence)."""
    return _PLACE if segment.kind == PLACE else _kind(segment.text, lang)


def _kind(text: str, lang: str) -> int:
    """What a unit or a sentence is, for the pairs it may make: a page's controls or a label
    (as the importer reads them: ``page_chrome``, ``is_known_label``, ``category_line``), a
    date alone, or text."""
    if len(text) > _SHORT:
        return _TEXT
    from transpub.importer_chrome import page_chrome
    from transpub.importer_labels import category_line, is_known_label

    plain = _plain(text).strip()
    if page_chrome(plain):
        return _CHROME
    if is_known_label(plain) or category_line(plain):
        return _LABEL
    return _DATE if _date_alone(plain, lang) else _TEXT


#: what a date line may hold besides its date: a place's name ("Geneva, ", «格里昂，»)
_WORDS = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _date_alone(text: str, lang: str) -> bool:
    """A date standing alone, or with a place's name: "26 February 2021", «2021年2月26日»,
    "Geneva, 14 September 2015", "9 December 2020, Kakuma"; not a line that opens with its
    date and goes on with other words (``_after_date``)."""
    if len(text) > 60 or not _YEAR.search(text):
        return False  # (a date line has its year: the dates are not looked for elsewhere)
    from transpub.datefind import find_dates

    dates = find_dates(text, lang)
    rest = text
    for found in reversed(dates):
        rest = rest[:found.start] + " " + rest[found.end:]
    if rest == text or any(c.isdigit() for c in rest):
        return False
    words = _WORDS.findall(rest)
    # (a place of three words at most: "Addis Ababa", «格里昂»: six characters without spaces)
    if not (len(words) <= 3 and all(len(word) <= 20 for word in words)
            and sum(map(len, words)) <= 30):
        return False
    after = text[dates[-1].end:]
    if _WORDS.search(text[:dates[0].start]) or not _WORDS.search(after):
        return True
    return _after_date(after, lang)


#: what sets a date apart from the words after it on a date line: "9 December 2020, Kakuma",
#: "15 March 2024 | News release", «26-30 كانون الثاني/يناير 2015، نيويورك»
_AFTER_DATE_MARKS = " \t\u00a0,;:|/–—-،؛，、：·•"
#: a year's word after a date that ``datefind`` leaves out of it: «21-11-1994 г.», «марта
#: 2022 года», «19 أغسطس 2022 م»
_YEAR_WORD = re.compile(r"^\s*(?:года|году|год|г\.?|م)(?!\w)")
#: brackets around a weekday or a place after the date: «2023年3月3日（星期五）»
_BRACKETED = re.compile(r"^[(（\[](.*)[)）\]]$")
#: a place's name as Chinese and Japanese write it after a date and a comma, with no space
#: nor capital to tell it («2015年3月14日至18日，日本仙台»): a few characters at most
_CJK_PLACE = 6


def _after_date(after: str, lang: str) -> bool:
    """Whether the words after a date that opens its line leave it a date line: a place
    (``datelines.place_after``: "Kakuma", "Ottawa, Ontario", «日内瓦»; in Chinese and
    Japanese, a few characters after a comma), a weekday, a label ("News release", a page's
    date bar). Other words make the line a headline or a sentence that opens with its date,
    as Chinese puts it first («2022年8月19日外交部发言人汪文斌», the first of a headline's
    two lines, China MFA's: read as a date line, it paired with nothing and the release's
    title with the second line alone), "19 August 2022 — Guterres in Kyiv", «19 août 2022 :
    le Conseil se réunit»: text, which pairs with the release's text."""
    from transpub.datelines import place_after, weekdays
    from transpub.importer_labels import category_line, is_known_label

    after = _YEAR_WORD.sub("", after, count=1)
    words = after.strip(_AFTER_DATE_MARKS)
    if not _WORDS.search(words):
        return True
    if (bracketed := _BRACKETED.match(words)) is not None:
        words = bracketed.group(1).strip()
    if words.lower().rstrip(".") in weekdays(lang) or is_known_label(words) \
            or category_line(words) or place_after(words, lang):
        return True
    return lang.split("-")[0] in ("zh", "ja") and after[:1] in "，,、：:" and len(
        words) <= _CJK_PLACE and _WORDS.fullmatch(words) is not None


def _shared(rows: range, columns: range, sides: _Sides) -> float:
    """The bonus of what a unit and a sentence both name: a concept of the termbase, a
    name written alike ("Voronkov", "UNOCT")."""
    if not rows or not columns:
        return 0.0
    return 1.5 * len(_union(sides.shared_s, rows) & _union(sides.shared_t, columns))


def _union(sets: list[frozenset[str]], indices: range) -> frozenset[str]:
    return sets[indices[0]] if len(indices) == 1 else sets[indices[0]] | sets[indices[1]]


#: a name as another language may keep it: a capitalised word of three letters or more, an
#: acronym
_CAPITAL = re.compile(r"\b[A-Z][\w-]{2,}\b")


def _capitals(text: str) -> frozenset[str]:
    return frozenset(found.group() for found in _CAPITAL.finditer(_plain(text)))


def _bare(text: str) -> bool:
    """Whether ``text`` has no capitalised word but its first (a sentence's capital, "She",
    "They": no name), whatever its anchors and the names the lists know."""
    plain = _plain(text)
    first = _FIRST_WORD.search(plain)
    return all(first is not None and found.start() == first.start()
               and not found.group().isupper() for found in _CAPITAL.finditer(plain))


_FIRST_WORD = re.compile(r"[^\W\d_]+")
#: the kinds of name ``namefind`` lists in the six languages
_LISTS = ("countries", "places", "un_names")


def _listed(text: str, lang: str) -> frozenset[str]:
    """The countries, places and UN bodies and titles ``text`` names (``namefind``'s lists,
    in the six languages: "Beirut" and «بيروت», "United Nations Secretary-General" and
    «الأمين العام»), by their codes."""
    from transpub.namefind import names_in

    return frozenset(f"{kind}:{code}" for kind in _LISTS for code, _ in names_in(text, lang, kind))


def _named(text: str, concepts: Sequence[tuple[str, ...]]) -> frozenset[str]:
    """The concepts (by their index) whose forms ``text`` holds (lower case)."""
    lowered = text.lower()
    return frozenset(f"#{index}" for index, forms in enumerate(concepts)
                     if any(form in lowered for form in forms))


def _plain(text: str) -> str:
    return PLACEHOLDER_RE.sub("", text)


def _anchors(text: str) -> frozenset[str]:
    """What a sentence and its translation share whatever the language: its numbers (their
    digits, in any script: «1 500», "1,500", «1.500» and «١٥٠٠» alike), e-mail addresses
    and links, inline codes."""
    # (in ASCII digits: an Arabic page's «١٠» is the English "10")
    numbers = {"".join(str(unicodedata.digit(c)) for c in re.sub(r"\D", "", found.group()))
               for found in _NUMBER.finditer(text)}
    addresses = {found.rstrip(".,;)").lower() for found in _addresses(text)}
    codes = {f"<{found.group()}" for found in PLACEHOLDER_RE.finditer(text)}
    return frozenset(numbers | addresses | codes)


def _addresses(text: str) -> Iterator[str]:
    """The e-mail addresses and links of ``text``, each as ``\\S+@\\S+\\.\\w+|https?://\\S+|
    www\\.\\S+`` finds them, in one reading of each word: an address from the word's start
    to the end of the word characters after its last full stop followed by one, when an "@"
    stands between them with a character on each side; a link from where it starts to the
    word's end (after the address, or the word's first)."""
    for found in _ADDRESS.finditer(text):
        word = found.group()
        if "@" not in word:
            yield word
            continue
        end = 0
        dots = deque(_DOT_WORD.finditer(word), maxlen=1)  # (the last)
        if dots and dots[0].start() > 2 and word.rfind("@", 1, dots[0].start() - 1) > 0:
            end = dots[0].end()
            yield word[:end]
        link = _LINK.search(word, end)
        if link is not None:
            yield link.group()


def joined(sentences: Sequence[str], lang: str) -> str:
    """A translation's sentences as one unit's text: parted by a space, but in Chinese and
    Japanese, which join sentences without one."""
    glue = "" if lang.split("-")[0] in ("zh", "ja") else " "
    return glue.join(sentence.strip() for sentence in sentences)


@dataclass(frozen=True)
class Aligned:
    """What ``align_release`` found and would write."""

    po: Path
    updates: dict[str, PoUpdate]
    noted: dict[str, PoUpdate]
    """Untranslated units the translation says with a neighbour in one sentence: that
    sentence as a translator comment on each (the translator cuts it; no msgstr is guessed)."""
    kept: tuple[str, ...]
    """Units paired, whose PO entry already has a translation (kept)."""
    unpaired: tuple[tuple[str, str], ...]
    """Units left unfilled, and why."""
    extra: int
    """Sentences of the translation paired with no unit."""
    units: int
    pairs: tuple[tuple[str, str], ...] = ()
    """Every trusted pair's source text and translation (a unit and one sentence or two, two
    units and the sentence that says both), for a memory (``align --tmx``), whatever the PO
    file holds."""
    doubt: str = ""
    """What the translation seems, if not the release's translation in its language: not in
    it (``alignlang``), or no translation of the release (``alignfit``); "" if it seems one."""


def align_release(settings: Settings, slug: str, lang: str, path: Path) -> Aligned:
    """The release ``slug``'s units paired with the translation in ``path`` (in ``lang``),
    and the PO updates that fill its untranslated entries."""
    from transpub.aligndate import as_release
    from transpub.alignhead import first_paragraph
    from transpub.importer import import_file
    from transpub.poread import read_entries
    from transpub.segment import SegmentOptions, segment_release
    from transpub.workspace import load, source_files

    (source,) = source_files(settings, (slug,))
    names = _names(settings, lang)
    _, units = load(settings, source)
    # (a published translation often lacks its headline: its sentences are all align needs)
    read = import_file(path, slug, lang, settings.url_schemes, headline=False)
    # (and a page without its headline has its first paragraph read for it: cut as a
    # paragraph, its sentences pair with the units they say)
    release = first_paragraph(read.release, lang, tuple(settings.abbreviations.get(lang, ())))
    sentences = as_release(units, segment_release(release, SegmentOptions(
        settings.segmentation, lang, settings.abbreviations)), read.dateline, lang)
    po = po_path(settings.locales_dir, lang, slug)
    if not po.exists():
        raise TranspubError(f"no PO file for {lang}: run transpub extract first", po)
    _, entries = read_entries(po)
    current = {entry.context or entry.msgid: entry for entry in entries if not entry.obsolete}
    updates: dict[str, PoUpdate] = {}
    noted: dict[str, PoUpdate] = {}
    kept: list[str] = []
    unpaired: list[tuple[str, str]] = []
    extra = 0
    pairs: list[tuple[str, str]] = []
    if len(sentences) > 3 * len(units) + 50 or len(units) > 3 * len(sentences) + 50:
        raise TranspubError(f"{len(sentences)} sentence(s) for the release's {len(units)} "
                            "unit(s): not a translation of this release", path)
    found = align(units, sentences, names, (settings.source_language, lang))
    for pair in found:
        if not pair.source:
            extra += len(pair.target)
            continue
        ids = [units[i].id for i in pair.source]
        if pair.target and pair.cost <= MAX_COST:
            pairs.append((joined([units[i].text for i in pair.source], settings.source_language),
                          joined([sentences[j].text for j in pair.target], lang)))
        if not pair.target:
            unpaired.append((ids[0], "no sentence of the translation"))
        elif len(pair.source) > 1:
            said = joined([sentences[j].text for j in pair.target], lang)
            for n, ident in enumerate(ids):
                other = "next" if n == 0 else "previous"
                unpaired.append((ident, f"the translation says it with the {other} unit in one "
                                        "sentence"))
                if ident in current and not current[ident].msgstr and pair.cost <= MAX_COST:
                    noted[ident] = PoUpdate(None, notes=(
                        f"aligned from {path.name}: the translation says this unit and the "
                        f"{other} in one sentence: {said}",))
        elif pair.cost > MAX_COST:
            unpaired.append((ids[0], "no sentence of the translation matches it well enough"))
        elif ids[0] not in current:
            unpaired.append((ids[0], "not in the PO file (run transpub extract)"))
        elif current[ids[0]].msgstr and not current[ids[0]].fuzzy:
            kept.append(ids[0])  # (a fuzzy draft, the memory's, gives way to the published)
        else:
            text = joined([sentences[j].text for j in pair.target], lang)
            updates[ids[0]] = PoUpdate(text, True, None, (f"aligned from {path.name}",))
    from transpub.alignfit import disagreement
    from transpub.alignlang import not_in_language

    # (a page of the language's site whose body is the source's text, or a text that is no
    # translation of the release, an adapted story, another release: said, whatever it fills)
    doubt = not_in_language((s.text for s in sentences), (u.text for u in units), lang,
                            settings.source_language)
    if doubt:
        doubt = f"not to be in {lang}: {doubt}"
    elif why := disagreement(units, sentences, found, settings.source_language, lang):
        doubt = f"not to be a translation of this release: {why}"
    return Aligned(po, updates, noted, tuple(kept), tuple(unpaired), extra, len(units),
                   tuple(pairs), doubt)


def _names(settings: Settings, lang: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The workspace termbase's concepts with forms in both languages: their source and
    target forms, lower case, of four characters or more (a shorter one is found inside
    other words)."""
    from transpub.termbase import load_termbases

    if not settings.termbase.exists():
        return []
    out = []
    for concept in load_termbases([settings.termbase], settings.source_language).concepts:
        source = tuple(t.text.lower() for t in concept.forms(settings.source_language)
                       if len(t.text) >= 4)
        target = tuple(t.text.lower() for t in concept.forms(lang) if len(t.text) >= 4)
        if source and target:
            out.append((source, target))
    return out
