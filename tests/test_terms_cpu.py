"""The term checks' and TP901's fast paths (issue 13, the per-unit CPU) give what the plain
computations they replace give: the term index's paths, the look-behind tried after
``finditer``, the no-nesting shortcut of ``_within_category``,
``_shortfalls`` from a source's facts made once, TP901's word-by-word scan that looks only at
capitalised words and connectors, and TP106's gender counts."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from transpub.checks import coverage, referents
from transpub.checks.context import CheckContext, Unit
from transpub.checks.honorifics import _genders
from transpub.checks.shortforms import short_mentions
from transpub.checks.terminology import (
    _COUNTED,
    _PARENS,
    _count,
    _named_in_full,
    _paired_acronym,
    _required,
    _short_inside_misspelt,
    _shortfalls,
    _wanted,
    _within_category,
)
from transpub.honorifics import Honorific
from transpub.termbase import AnchorIndex, Term, load_termbases
from transpub.terms import Hit, Matcher, _Form, form_pattern

from conftest import copy_sample

REPO = Path(__file__).resolve().parent.parent
LANGS = ("ar", "zh", "fr", "ru", "es")

_PIECE = st.text(alphabet="abcéж汗", min_size=1, max_size=4)
_WORD = st.text(alphabet="abcéж汗", min_size=1, max_size=7)
#: white space of every kind ``str.split()`` splits on, and separators it does not
_SEPARATOR = st.sampled_from([" ", "\u00a0", "\t", "\u3000", "\u2028", "\n", "  ", "-", "'",
                              ",", "(", "·", ""])


@settings(max_examples=200, deadline=None)
@given(forms=st.lists(st.lists(_PIECE, max_size=3).map(tuple), min_size=1, max_size=60),
       texts=st.lists(st.lists(st.tuples(_WORD, _SEPARATOR), max_size=14), min_size=1,
                      max_size=5),
       copies=st.sampled_from([1, 3, 40]))
def test_index_paths_equal_testing_every_form(
        forms: list[tuple[str, ...]], texts: list[list[tuple[str, str]]], copies: int) -> None:
    """Whichever way an index finds a text's pieces (each piece tested, a few or many; the
    chunks of a text looked up, with the pieces of a chunk not seen yet tested one by one or
    through their first characters), and whether the pieces were tested for separators one
    by one or joined: the forms whose pieces all occur, in order, texts seen twice (the kept
    chunks then answer), with white space of every kind between words."""
    many = [tuple(f"{p}{n}" for p in parts) for n in range(copies) for parts in forms]
    index = AnchorIndex(many)
    for words in texts + texts:
        text = "".join(w + s for w, s in words)
        want = [i for i, parts in enumerate(many) if all(p in text for p in parts)]
        assert index.candidates(text) == want
        assert AnchorIndex.from_state(index.state()).candidates(text) == want


def test_a_piece_holding_a_separator_is_searched_in_the_whole_text() -> None:
    """An index one of whose pieces holds a separator (not a termbase's: its pieces are split
    on them) cannot look chunks up, and finds its pieces in the whole text."""
    pieces = [(f"a{n} b",) for n in range(300)] + [("c",)]
    index = AnchorIndex(pieces)
    assert index.candidates("xa7 by c") == [7, 300]
    assert index.candidates("a7\u00a0b") == []


def test_spans_after_a_failed_look_behind_equal_finditer() -> None:
    """The look-behind tried after ``finditer``: a match that fails it (after a hyphen, inside
    a word) hands over to the search from its start, which finds the later ones."""
    for lang, form, text in (
            ("en", "Office", "non-Office Office Office-x ex-Office aOffice Office"),
            ("fr", "Office", "Office d'Office sous-Office l'Office office"),
            ("ru", "Управление", "под-Управление Управления экс-Управлению Управление"),
            ("es", "Oficina", "Oficina-Oficina Oficina xOficina Oficina")):
        plain = [m.span() for m in form_pattern(form, lang).finditer(text)]
        fresh = _Form("c", form, "preferred", form.casefold(), lang)
        assert fresh.spans(text) == plain == fresh.spans(text), (lang, text)
        assert plain


def _reference_within_category(ctx: CheckContext, hits: list[Hit]) -> list[Hit]:
    kept = []
    for hit in hits:
        category = ctx.categories.get(hit.concept)
        if any(k.concept != hit.concept and ctx.categories.get(k.concept) == category
               and k.start <= hit.start and hit.end <= k.end and k.end - k.start >
               hit.end - hit.start for k in hits):
            continue
        kept.append(hit)
    return kept


_SPAN = st.tuples(st.integers(0, 25), st.integers(1, 10), st.sampled_from(["p", "q", "t", "o"]))


@settings(max_examples=400, deadline=None)
@given(spans=st.lists(_SPAN, max_size=8), ordered=st.booleans(), sweep=st.booleans())
@example(spans=[(0, 1, "t"), (0, 2, "o")], ordered=False, sweep=False)  # a shorter hit first
@example(spans=[(0, 1, "t"), (0, 2, "o")], ordered=False, sweep=True)  # at one start
def test_within_category_shortcut_equals_the_pairwise_filter(
        spans: list[tuple[int, int, str]], ordered: bool, sweep: bool) -> None:
    """Hits in ``find_all``'s order (or not): kept exactly as comparing every pair keeps them,
    by the pairwise test of a sentence's few hits and by the sweep of many (``sweep``: the
    sweep made to take every set of hits)."""
    from transpub.checks import terminology
    from transpub.termbase import Concept, Termbase

    termbase = Termbase(tuple(Concept(c, "person" if c in "pq" else "title", {})
                              for c in "pqto"))
    ctx = CheckContext(termbase)
    hits = [Hit(concept, start, start + length, "f", "preferred")
            for start, length, concept in spans]
    if ordered:
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    pairwise = terminology._PAIRWISE
    terminology._PAIRWISE = -1 if sweep else pairwise
    unit = Unit("u", "fr", "", "", "fr.po", 1)  # (no common word: the source plays no part)
    try:
        assert _within_category(ctx, unit, hits) == _reference_within_category(ctx, hits)
    finally:
        terminology._PAIRWISE = pairwise


def _reference_common_words(ctx: CheckContext, unit: Unit, hits: list[Hit]) -> list[Hit]:
    """The rule for a common word (category ``other``) by every pair: dropped only inside a
    longer term of the source's."""
    required = _required(ctx, unit)
    kept = []
    for hit in hits:
        category = ctx.categories.get(hit.concept)
        holders = [k for k in hits if k.concept != hit.concept
                   and ctx.categories.get(k.concept) == category and k.start <= hit.start
                   and hit.end <= k.end and k.end - k.start > hit.end - hit.start]
        if holders and (category != "other" or any(k.concept in required for k in holders)):
            continue
        kept.append(hit)
    return kept


@settings(max_examples=300, deadline=None)
@given(spans=st.lists(_SPAN, max_size=8), sweep=st.booleans(), named=st.sets(
    st.sampled_from(["p", "q", "t", "o"])))
def test_within_category_keeps_common_words_the_same_way_pairwise_and_by_sweep(
        spans: list[tuple[int, int, str]], sweep: bool, named: set[str]) -> None:
    """With common words ("t" and "o" of category ``other`` here) and a source naming
    ``named``: the sweep of many hits keeps exactly what the pairwise rule keeps."""
    from transpub.checks import terminology
    from transpub.termbase import Concept, Termbase

    concepts = tuple(Concept(c, "person" if c in "pq" else "other", {"en": (Term(c * 3),)})
                     for c in "pqto")
    ctx = CheckContext(Termbase(concepts))
    source = " ".join(c * 3 for c in sorted(named))
    unit = Unit("u", "fr", source, "", "fr.po", 1)
    hits = sorted((Hit(concept, start, start + length, "f", "preferred")
                   for start, length, concept in spans), key=lambda h: (h.start, -h.end))

    def order(found: list[Hit]) -> list[Hit]:
        return sorted(found, key=lambda h: (h.start, -h.end, h.concept))

    pairwise = terminology._PAIRWISE
    terminology._PAIRWISE = -1 if sweep else pairwise
    try:
        assert order(_within_category(ctx, unit, hits)) == order(
            _reference_common_words(ctx, unit, hits))
    finally:
        terminology._PAIRWISE = pairwise


def _reference_shortfalls(ctx: CheckContext, unit: Unit) -> list[tuple[str, Hit, int, int]]:
    """``_shortfalls`` as it was: every test made for every concept of every unit."""
    required = _required(ctx, unit)
    out: list[tuple[str, Hit, int, int]] = []
    if required:
        target_hits = _reference_within_category(
            ctx, ctx.matcher(unit.lang).find_all(unit.target))
        present = _count(target_hits)
        full = _count([h for h in target_hits if h.status != "derived"])
        wanted = _wanted(ctx, unit)
        parenthesised = bool(_PARENS.search(unit.target))
        for concept_id, hit in required.items():
            category = ctx.categories.get(concept_id, "term")
            have = present.get(concept_id, 0)
            if category == "organisation" and have < wanted[concept_id]:
                have += short_mentions(ctx, unit, concept_id, target_hits)
            if have < wanted[concept_id]:
                have += referents.counted_mentions(ctx, unit, hit, target_hits)
            if _named_in_full(ctx, unit, concept_id):
                have = full.get(concept_id, 0)
            if have and _short_inside_misspelt(ctx, unit, concept_id, hit, target_hits):
                have = 0
            counted = category in _COUNTED or (
                parenthesised and _paired_acronym(ctx, unit, concept_id))
            if have and (not counted or have >= wanted[concept_id]):
                continue
            out.append((concept_id, hit, have, wanted[concept_id]))
    return out


def _sample_units() -> list[Unit]:
    from transpub.catalog import read_translations
    from transpub.pounits import po_units

    units = []
    for lang in LANGS:
        for path in sorted((REPO / "locales" / lang / "LC_MESSAGES").glob("*.po")):
            units += [u for u in po_units(read_translations(path, lang), lang, path.name, None)
                      if u.target]
    return units


def _variants(unit: Unit, rng: random.Random) -> list[Unit]:
    """The unit, with a word left out, a word doubled, and its parentheses taken away: terms
    missing, mentioned too often, short forms without their definition."""
    words = unit.target.split(" ")
    out = [unit]
    for _ in range(3 if len(words) > 2 else 0):
        at = rng.randrange(len(words))
        out.append(Unit(unit.id, unit.lang, unit.source,
                        " ".join(words[:at] + words[at + 1:]), unit.file, unit.line))
        out.append(Unit(unit.id, unit.lang, unit.source,
                        " ".join([*words[:at], words[at], *words[at:]]), unit.file, unit.line))
    out.append(Unit(unit.id, unit.lang, unit.source, re.sub(r"[()（）]", "", unit.target),
                    unit.file, unit.line))
    return out


def test_shortfalls_from_source_facts_equal_the_plain_rule() -> None:
    """On the sample release's translations and variants of them (a word left out or doubled,
    parentheses taken away): what TP101 and TP102 are given is what every test made for every
    concept gave."""
    termbase = load_termbases([REPO / "locales" / "termbase.tbx"])
    fast, plain = CheckContext(termbase), CheckContext(termbase)
    rng = random.Random(11)
    compared = short = 0
    for unit in _sample_units():
        for variant in _variants(unit, rng):
            want = _reference_shortfalls(plain, variant)
            assert _shortfalls(fast, variant) == want, variant.target
            compared += 1
            short += bool(want)
    assert compared > 500 and short > 80, (compared, short)


def _reference_candidate_names(text: str, covered: list[tuple[int, int]],
                               heading: bool = False) -> list[str]:
    """TP901's scan as it was: every test made for every word (the run cut into its names
    by ``coverage.name_parts``)."""
    words = [(m.group(0), m.start(), m.end()) for m in coverage._WORD.finditer(text)]
    names: list[str] = []
    run: list[tuple[str, int, int]] = []

    def flush(before_lower: bool = False) -> None:
        # (``before_lower``: the word after the run is in lower case, and no connector of it)
        if run and run[-1][0] in coverage._CONNECTORS:
            before_lower = False
        while run and run[-1][0] in coverage._CONNECTORS:
            run.pop()
        parts = coverage.name_parts([w for w, _, _ in run], heading and before_lower)
        for part in parts if run else []:
            caps = [w for w in part if coverage._capitalised(w)]
            if len(caps) >= 2 and all(w in coverage._CALENDAR for w in caps):
                caps = []  # "July to December": a date
            if len(caps) >= 2 or (len(caps) == 1 and caps[0].strip(".").isupper()
                                  and len(caps[0].strip(".")) >= 2):
                names.append(" ".join(part).rstrip(".’'"))
        run.clear()

    for index, (word, start, end) in enumerate(words):
        if run and not text[run[-1][2]:start].isspace():
            flush()  # (a comma or a bracket between two words ends a name: session 59)
        inside = any(s <= start and end <= e for s, e in covered)
        first = index == 0 or text[: start].rstrip().endswith((".", "“", '"', ":"))
        joins = bool(run) and word in coverage._CONNECTORS
        if inside or word in coverage._NOT_NAMES or (first and not word.isupper() and not run):
            flush(word[:1].islower() and not joins)
            continue
        if coverage._capitalised(word) or joins:
            run.append((word, start, end))
        else:
            flush(word[:1].islower())
    flush()
    return names


_NAME_WORD = st.sampled_from(
    ["United", "Nations", "of", "the", "for", "and", "Office", "UNODC", "U.N.", "The", "Mr.",
     "office", "drugs", "'s", "-", "Al-Thani", "ǅemal", "Ⅻ", "ß", "É", "42", "“Quote", "de",
     "Fund.", "’"])
_GAP = st.sampled_from([" ", ". ", ", ", ": ", " “", "\n", " (", ") "])


@settings(max_examples=500, deadline=None)
@given(words=st.lists(st.tuples(_NAME_WORD, _GAP), max_size=16),
       covered=st.lists(st.tuples(st.integers(0, 80), st.integers(0, 20)), max_size=3))
def test_candidate_names_equal_the_word_by_word_scan(
        words: list[tuple[str, str]], covered: list[tuple[int, int]]) -> None:
    text = "".join(w + g for w, g in words)
    spans = [(start, start + length) for start, length in covered]
    assert coverage.candidate_names(text, spans) == _reference_candidate_names(text, spans)


@given(words=st.lists(_NAME_WORD | st.text(max_size=5), max_size=12))
def test_lower_case_words_are_never_capitalised(words: list[str]) -> None:
    """TP901's headline test counts only the words that are not lower case."""
    assert sum(map(coverage._capitalised, words)) == sum(
        coverage._capitalised(w) for w in words if not w.islower())


def test_tp901_names_of_the_sample_equal_the_plain_scan() -> None:
    """Every source of the sample release: the names TP901 reports are the plain scan's."""
    termbase = load_termbases([REPO / "locales" / "termbase.tbx"])
    ctx = CheckContext(termbase)
    matcher = Matcher(termbase, "en")
    names = 0
    for unit in _sample_units():
        covered = [(h.start, h.end) for h in matcher.find_all(unit.source)]
        want = _reference_candidate_names(unit.source, covered)
        assert coverage.candidate_names(unit.source, covered) == want
        names += len(want)
    assert names
    assert coverage._names(ctx, "Ms. Ghada Waly of the United Nations Office") == []


@given(genders=st.lists(st.sampled_from([frozenset(), frozenset("m"), frozenset("f"),
                                         frozenset("mf")]), max_size=6))
def test_gender_counts_equal_counter(genders: list[frozenset[str]]) -> None:
    mentions = tuple(Honorific(0, 1, "x", g) for g in genders)
    counted = Counter(g for h in mentions for g in h.genders)
    assert _genders(mentions) == {"m": counted["m"], "f": counted["f"]}



def _termbases() -> list[Path]:
    return [REPO / "locales" / "termbase.tbx", REPO / "tests" / "corpus" / "termbase.tbx",
            REPO / "tests" / "corpus" / "termbase.csv"]


def test_cached_termbase_equals_the_file(tmp_path: Path) -> None:
    """A termbase read from the cache, its concepts' terms read only when asked for
    (``termcache._Terms``), is the termbase read from its file: the same concepts, terms,
    statuses and languages in the same order, the same ``repr`` (which the check cache's key
    is made of), and the same once pickled."""
    import pickle

    from transpub import termcache

    for path in _termbases():
        plain = load_termbases([path])
        written = load_termbases([path], cache=tmp_path)
        cached = load_termbases([path], cache=tmp_path)
        assert isinstance(cached.concepts[0].terms, termcache._Terms)
        assert [c.category for c in cached.concepts] == [c.category for c in plain.concepts]
        assert cached.concepts == plain.concepts == written.concepts
        assert repr(cached.concepts) == repr(plain.concepts)
        assert [dict(c.terms) for c in cached.concepts] == [c.terms for c in plain.concepts]
        assert [list(c.terms) for c in cached.concepts] == [list(c.terms) for c in plain.concepts]
        assert pickle.loads(pickle.dumps(cached.concepts)) == plain.concepts
        assert cached.warnings == plain.warnings and cached.paths == plain.paths
        for concept in cached.concepts:
            assert concept.forms("fr", include_deprecated=True) == next(
                c for c in plain.concepts if c.id == concept.id).forms(
                    "fr", include_deprecated=True)


def test_a_forged_concept_entry_is_a_clean_error(tmp_path: Path) -> None:
    """A concept's bytes that do not read as terms (only a forged entry, its CRC-32 made to
    match, can hold them) are a termbase error naming the cache, not a traceback."""
    from transpub import termcache
    from transpub.errors import TermbaseError

    path = REPO / "locales" / "termbase.tbx"
    load_termbases([path], cache=tmp_path)
    entry = next(termcache.folder(tmp_path).glob("*.tb"))
    key = entry.read_bytes().split(b"\n", 1)[0].split(b" ")[1].decode()
    data = list(termcache.read(entry, key))
    data[4] = (b"not marshal data", *data[4][1:])
    termcache.write(entry, key, tuple(data))
    cached = load_termbases([path], cache=tmp_path)
    assert cached.concepts[1].forms("en")  # the others read as ever
    with pytest.raises(TermbaseError, match="damaged termbase cache entry"):
        cached.concepts[0].forms("en")


def test_check_cache_follows_a_termbase_edit(tmp_path: Path, cli_factory: Any) -> None:
    """The check cache's entries are filed under the termbase cache's key when the termbase
    came through it (no ``repr`` of every concept): an edited termbase is a new key, and the
    cached check gives the edited termbase's findings, as a check without any cache does."""
    ws = copy_sample(tmp_path)
    cli = cli_factory(ws)

    def report(*args: str) -> list[Any]:
        assert cli("check", "--format", "json", "-j", "1", *args, expect=None) in (0, 1)
        return [(f["code"], f["unit"], f["lang"], f["message"])
                for f in json.loads(cli.out)["findings"]]

    before = report()
    assert report() == before == report("--no-cache")
    tbx = ws / "locales" / "termbase.tbx"
    text = tbx.read_text(encoding="utf-8")
    # a French form no translation uses: TP101 wherever the concept is named
    edited = re.sub(r'(<langSet xml:lang="fr">\s*<tig>\s*<term>)([^<]+)', r"\1Zzyx \2", text,
                    count=1)
    assert edited != text
    tbx.write_text(edited, encoding="utf-8")
    after = report()
    assert after == report("--no-cache") and after != before
