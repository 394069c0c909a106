"""A published translation aligned with its source: ``transpub align SLUG FILE --lang L``.

A newsroom often has the French or Chinese version of a release already — the page it
published, the Word file a translator sent. ``align`` reads it as ``import`` reads a release
(any format import reads, in the translation's language: its paragraphs, its sentences cut by
that language's rules) and pairs its sentences with the release's units, as the CAT tools'
aligners do (Trados's WinAlign, memoQ's LiveDocs, LF Aligner): a dynamic programme over both
sequences whose steps pair one unit with one sentence, one with two, two with one, or leave
one out, each step's cost the improbability of its lengths (Gale and Church's model, the
language pair's ratio of characters measured on the two texts), less what both sides share
(numbers, e-mail addresses, links, inline codes), more where one side ends a paragraph and
the other does not. A unit paired with one sentence or two fills the PO file's entry where it
is untranslated, fuzzy (an aligned translation is a draft until reviewed, and a fuzzy entry is
not published), with a translator comment naming the file; a reviewed translation already
there is kept (a fuzzy one, a draft the memory offered, gives way); a unit the translation
joined with another, or left out, is reported (units joined and
untranslated get the joined sentence as a translator comment, for the translator to cut).
"""

from __future__ import annotations

import math
import re
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

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


def align(source: Sequence[Segment], target: Sequence[Segment],
          names: Sequence[tuple[tuple[str, ...], tuple[str, ...]]] = ()) -> list[Pair]:
    """The cheapest alignment of the release's units with the translation's sentences, in
    order. ``names``: each concept of the termbase, its source forms and its forms in the
    translation's language (lower case): a unit and a sentence that name the same concept
    share it."""
    n, m = len(source), len(target)
    if not n or not m:
        return [Pair((i,), (), _STEP_COST[(1, 0)]) for i in range(n)] + [
            Pair((), (j,), _STEP_COST[(0, 1)]) for j in range(m)]
    lengths_s = [len(_plain(s.text)) for s in source]
    lengths_t = [len(_plain(t.text)) for t in target]
    ratio = max(sum(lengths_t), 1) / max(sum(lengths_s), 1)
    anchors_s = [_anchors(s.text) for s in source]
    anchors_t = [_anchors(t.text) for t in target]
    # (bonuses only: what one side names, the other may say another way)
    shared_s = [_named(s.text, [forms for forms, _ in names]) | _capitals(s.text)
                for s in source]
    shared_t = [_named(t.text, [forms for _, forms in names]) | _capitals(t.text)
                for t in target]
    ends_s = [i == n - 1 or source[i + 1].block_id != source[i].block_id for i in range(n)]
    ends_t = [j == m - 1 or target[j + 1].block_id != target[j].block_id for j in range(m)]
    # (around the diagonal of the two lengths' ratio: a document of thousands of sentences
    # stays linear)
    band = _BAND
    inf = float("inf")
    best: dict[tuple[int, int], tuple[float, tuple[int, int]]] = {(0, 0): (0.0, (0, 0))}
    for i in range(n + 1):
        centre = i * m / n
        for j in range(max(0, int(centre) - band), min(m, int(centre) + band) + 1):
            if (i, j) == (0, 0):
                continue
            found = (inf, (0, 0))
            for (di, dj), prior in _STEP_COST.items():
                if i < di or j < dj or (i - di, j - dj) not in best:
                    continue
                rows, columns = range(i - di, i), range(j - dj, j)
                cost = best[(i - di, j - dj)][0] + prior + _cost(
                    rows, columns, lengths_s, lengths_t, ratio, anchors_s, anchors_t,
                    ends_s, ends_t) - _shared(rows, columns, shared_s, shared_t)
                if cost < found[0]:
                    found = (cost, (di, dj))
            if found[0] < inf:
                best[(i, j)] = found
    if (n, m) not in best:  # (outside the band: no alignment found)
        return []
    pairs = []
    i, j = n, m
    while (i, j) != (0, 0):
        total, (di, dj) = best[(i, j)]
        before = best[(i - di, j - dj)][0]
        pairs.append(Pair(tuple(range(i - di, i)), tuple(range(j - dj, j)), total - before))
        i, j = i - di, j - dj
    return pairs[::-1]


def _cost(rows: range, columns: range, lengths_s: list[int], lengths_t: list[int],
          ratio: float, anchors_s: list[frozenset[str]], anchors_t: list[frozenset[str]],
          ends_s: list[bool], ends_t: list[bool]) -> float:
    if not rows or not columns:
        return 0.0
    ls = sum(lengths_s[i] for i in rows)
    lt = sum(lengths_t[j] for j in columns)
    # Gale and Church: how far the target's length is from the source's times the ratio
    delta = (lt - ls * ratio) / math.sqrt(max(ls, 1) * _VARIANCE * max(ratio, 0.1))
    cost = -math.log(max(math.erfc(abs(delta) / math.sqrt(2)), 1e-12))
    have_s = _union(anchors_s, rows)
    have_t = _union(anchors_t, columns)
    if have_s or have_t:
        cost += 1.5 * len(have_s ^ have_t) - 2.0 * len(have_s & have_t)
    if ends_s[rows[-1]] != ends_t[columns[-1]]:
        cost += 3.0  # (one side ends its paragraph there, the other does not)
    # (two units of two paragraphs said as one sentence: a line of its own, the release's
    # office or label, is rather left out of the translation's page)
    if len(rows) > 1 and ends_s[rows[0]]:
        cost += 3.0
    if len(columns) > 1 and ends_t[columns[0]]:
        cost += 3.0
    return cost


def _shared(rows: range, columns: range, shared_s: list[frozenset[str]],
            shared_t: list[frozenset[str]]) -> float:
    """The bonus of what a unit and a sentence both name: a concept of the termbase, a
    name written alike ("Voronkov", "UNOCT")."""
    if not rows or not columns:
        return 0.0
    return 1.5 * len(_union(shared_s, rows) & _union(shared_t, columns))


def _union(sets: list[frozenset[str]], indices: range) -> frozenset[str]:
    return sets[indices[0]] if len(indices) == 1 else sets[indices[0]] | sets[indices[1]]


#: a name as another language may keep it: a capitalised word of three letters or more, an
#: acronym
_CAPITAL = re.compile(r"\b[A-Z][\w-]{2,}\b")


def _capitals(text: str) -> frozenset[str]:
    return frozenset(found.group() for found in _CAPITAL.finditer(_plain(text)))


def _named(text: str, concepts: Sequence[tuple[str, ...]]) -> frozenset[str]:
    """The concepts (by their index) whose forms ``text`` holds (lower case)."""
    lowered = text.lower()
    return frozenset(f"#{index}" for index, forms in enumerate(concepts)
                     if any(form in lowered for form in forms))


def _plain(text: str) -> str:
    return PLACEHOLDER_RE.sub("", text)


def _anchors(text: str) -> frozenset[str]:
    """What a sentence and its translation share whatever the language: its numbers (their
    digits: «1 500», "1,500" and «1.500» alike), e-mail addresses and links, inline codes."""
    numbers = {re.sub(r"\D", "", found.group()) for found in _NUMBER.finditer(text)}
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


def align_release(settings: Settings, slug: str, lang: str, path: Path) -> Aligned:
    """The release ``slug``'s units paired with the translation in ``path`` (in ``lang``),
    and the PO updates that fill its untranslated entries."""
    from transpub.importer import import_file
    from transpub.poread import read_entries
    from transpub.segment import SegmentOptions, segment_release
    from transpub.workspace import load, source_files

    (source,) = source_files(settings, (slug,))
    names = _names(settings, lang)
    _, units = load(settings, source)
    # (a published translation often lacks its headline: its sentences are all align needs)
    translation = import_file(path, slug, lang, settings.url_schemes, headline=False).release
    sentences = segment_release(translation, SegmentOptions(settings.segmentation, lang,
                                                            settings.abbreviations))
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
    for pair in align(units, sentences, names):
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
    return Aligned(po, updates, noted, tuple(kept), tuple(unpaired), extra, len(units),
                   tuple(pairs))


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
