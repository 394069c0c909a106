"""The term checks' fast paths give what the plain computations they replace give: the
containment filter of ``Matcher.find``, the term index's per-word lookup of a large termbase,
the near-miss search (its bounds from running counts of marks, its search around a unit's
mentions first), and the memos of a source's analysis (a run with every memo forgotten at
each step finds the same)."""

from __future__ import annotations

import difflib
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transpub import namekeys
from transpub.checks import terminology
from transpub.checks.context import CheckContext, Unit
from transpub.checks.terminology import (
    _HAN,
    _NEAR,
    _common_noun,
    _deleting,
    _marked,
    _may_be_near,
    _near_bound,
    _search_near,
)
from transpub.termbase import AnchorIndex, load_termbases
from transpub.terms import _FOLD, Hit, Matcher, _fold_chars, fold, outermost

REPO = Path(__file__).resolve().parent.parent
LANGS = ("ar", "zh", "fr", "ru", "es")


def _reference_outermost(hits: list[Hit]) -> list[Hit]:
    """``Matcher.find`` as it was: each hit compared with every kept one."""
    kept: list[Hit] = []
    for hit in hits:
        if any(k.start <= hit.start and hit.end <= k.end and (k.end - k.start) >
               (hit.end - hit.start) for k in kept):
            continue
        if any(k.start == hit.start and k.end == hit.end and k.concept == hit.concept
               for k in kept):
            continue
        kept.append(hit)
    return kept


_SPAN = st.tuples(st.integers(0, 30), st.integers(1, 12), st.sampled_from("abc"))


@settings(max_examples=400, deadline=None)
@given(spans=st.lists(_SPAN, max_size=14))
def test_outermost_equals_the_pairwise_filter(spans: list[tuple[int, int, str]]) -> None:
    hits = [Hit(concept, start, start + length, "f", "preferred")
            for start, length, concept in spans]
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))  # find_all's order
    assert outermost(hits) == _reference_outermost(hits)


_PIECE = st.text(alphabet="abcdeéжз汗 -'", min_size=1, max_size=5).map(str.strip).filter(bool)
_TEXT_WORD = st.text(alphabet="abcdeéжз汗", min_size=1, max_size=7)
_SEPARATOR = st.sampled_from([" ", "-", "'", " - ", "  ", "·"])


@settings(max_examples=150, deadline=None)
@given(forms=st.lists(st.lists(_PIECE, min_size=0, max_size=3).map(tuple), min_size=1,
                      max_size=60),
       texts=st.lists(st.lists(st.tuples(_TEXT_WORD, _SEPARATOR), max_size=12), min_size=1,
                      max_size=6))
def test_large_index_per_word_lookup_equals_testing_every_form(
        forms: list[tuple[str, ...]], texts: list[list[tuple[str, str]]]) -> None:
    """Pieces spread over many distinct ones (the index path of a large termbase, which
    looks a text's words up, each once), with and without a separator inside a piece (then
    the whole text is searched); texts repeat words, so that the per-word memo is used."""
    # distinct pieces: many, so that the index path is taken
    many = [tuple(f"{p}{n}" if p else p for p in parts) for n in range(40) for parts in forms]
    index = AnchorIndex(many)
    for words in texts + texts:
        text = "".join(w + s for w, s in words)
        for n in (0, 7, 39):
            probe = f"{text} {forms[0][0] if forms[0] else ''}{n}"
            want = [i for i, parts in enumerate(many) if all(p in probe for p in parts)]
            assert index.candidates(probe) == want
            again = AnchorIndex.from_state(index.state())
            assert again.candidates(probe) == want


def _reference_windows(text: str, wanted: str, base: str) -> list[tuple[int, int]]:
    if base in ("zh", "ja"):
        size = len(wanted)
        return [(start, start + width) for width in (size - 1, size, size + 1)
                for start in range(0, max(0, len(text) - width) + 1)]
    words = [(m.start(), m.end()) for m in re.finditer(r"[\w'’·-]+", text)]
    count = len(wanted.split())
    if len(words) < count:
        return []
    return [(words[i][0], words[i + count - 1][1]) for i in range(0, len(words) - count + 1)]


def _reference_search_near(ctx: CheckContext, unit: Unit, concept_id: str,
                           min_words: int = 0) -> tuple[str, str, tuple[int, int]] | None:
    """The near-miss search as it was: a bound and a slice per window and cut (and, since
    session 61, a Chinese name of three or four characters one of which slipped, looked for
    window by window; a known term inside the window that the form holds is no other term)."""
    matcher = ctx.matcher(unit.lang)
    person = ctx.categories.get(concept_id) == "person"
    forms = [f.text for f in matcher.forms_of(concept_id) if f.status != "deprecated"
             and (person or f.status != "derived") and len(f.text.split()) >= min_words]
    if not forms:
        return None
    text = fold(unit.target, unit.lang)
    lowered = text.casefold()
    base = unit.lang.split("_")[0]
    hits = matcher.find(unit.target)
    known = [(h.start, h.end) for h in hits if h.concept != concept_id]
    recognised = {(h.start, h.end) for h in hits if h.concept == concept_id}
    least = {"person": 3, "place": 3, "organisation": 4}.get(
        ctx.categories.get(concept_id, "")) if base in ("zh", "ja") else None
    best: tuple[float, str, str, tuple[int, int]] | None = None
    for form in forms:
        wanted = fold(form, unit.lang).casefold()
        size = len(wanted)
        inside = [k for k in known if size < 4 or lowered[k[0]:k[1]] not in wanted]
        if least is not None and least <= size <= 4 and all(map(_HAN.fullmatch, wanted)):
            for start in range(len(lowered) - size + 1):
                window = lowered[start:start + size]
                slips = [i for i in range(size) if window[i] != wanted[i]]
                if len(slips) != 1 or not _HAN.fullmatch(window[slips[0]]) or (
                        size == 3 and slips[0] != 1):
                    continue
                heard = namekeys.han_sounds(window[slips[0]] + wanted[slips[0]])
                if heard[0] is not None and heard[0] == heard[1]:
                    continue
                if (start, start + size) in recognised or any(
                        s < start + size and start < e for s, e in inside):
                    continue
                if best is None:
                    best = (_NEAR, text[start:start + size], form, (start, start + size))
        if size < 4:
            continue
        known_here = inside
        sequence = difflib.SequenceMatcher(None, autojunk=False)
        sequence.set_seq2(wanted)
        others = _deleting(wanted)
        marked = _marked(lowered, wanted)
        for start, end in _reference_windows(lowered, wanted, base):
            if (start, end) in recognised or (known_here and any(s < end and start < e
                                                                for s, e in known_here)):
                continue
            candidate = lowered[start:end]
            cuts = (0, 1, 2, 3) if base == "ru" else (0,)
            ratio = 0.0
            for cut in cuts:
                piece = candidate[:-cut] if cut else candidate
                if cut and len(piece) < len(wanted) - 1:
                    break
                if not (_near_bound(marked, start, end - cut, len(wanted)) if marked is not None
                        else _may_be_near(piece, wanted, others)):
                    continue
                sequence.set_seq1(piece)
                if sequence.real_quick_ratio() < _NEAR or sequence.quick_ratio() < _NEAR:
                    continue
                ratio = max(ratio, sequence.ratio())
            # (the rule of session 34: a capitalised one-word form has no misspelling in a
            # common noun of the text)
            proper = " " not in form and form[:1].isupper() and not form.isupper()
            if ratio >= _NEAR and ratio < 1 and (best is None or ratio > best[0]) and not (
                    proper and _common_noun(text[start:end])):
                best = (ratio, text[start:end], form, (start, end))
    return (best[1], best[2], best[3]) if best else None


def _misspell(text: str, rng: random.Random) -> str:
    """``text`` with a few letters dropped, doubled or swapped: near misses of its terms."""
    chars = list(text)
    for _ in range(rng.randint(1, 4)):
        if len(chars) < 3:
            break
        at = rng.randrange(len(chars) - 1)
        kind = rng.randrange(3)
        if kind == 0:
            del chars[at]
        elif kind == 1:
            chars.insert(at, chars[at])
        else:
            chars[at], chars[at + 1] = chars[at + 1], chars[at]
    return "".join(chars)


def _sample_units() -> list[Unit]:
    from transpub.catalog import read_translations
    from transpub.pounits import po_units

    units = []
    for lang in LANGS:
        for path in sorted((REPO / "locales" / lang / "LC_MESSAGES").glob("*.po")):
            units += [u for u in po_units(read_translations(path, lang), lang, path.name, None)
                      if u.target]
    return units


@pytest.mark.parametrize("indexed", [False, True])
def test_near_miss_search_equals_the_plain_search(monkeypatch: pytest.MonkeyPatch,
                                                  indexed: bool) -> None:
    """On the sample release's translations, misspelt here and there, for every concept of
    the sample termbase: the same span, form and offsets, with and without a least number of
    words; and the search around a span finds something whenever the best span found
    covers it. ``indexed``: the other terms' hits looked up in their index, as in a text
    holding many (terminology._PAIRWISE), not scanned."""
    from transpub.checks import terminology

    if indexed:
        monkeypatch.setattr(terminology, "_PAIRWISE", -1)
    termbase = load_termbases([REPO / "locales" / "termbase.tbx"])
    ctx = CheckContext(termbase)
    rng = random.Random(13)
    units = _sample_units()
    assert units
    compared = found = 0
    for unit in units:
        for target in (unit.target, _misspell(unit.target, rng), _misspell(unit.target, rng)):
            variant = Unit(unit.id, unit.lang, unit.source, target, unit.file, unit.line)
            for concept in termbase.concepts:
                for min_words in (0, 2):
                    want = _reference_search_near(ctx, variant, concept.id, min_words)
                    assert _search_near(ctx, variant, concept.id, min_words) == want
                    compared += 1
                    if want is not None:
                        found += 1
                        assert _search_near(ctx, variant, concept.id, min_words,
                                            covering=want[2]) is not None
    assert found > 20 and compared > 1000  # the misspellings were near misses


def test_memos_change_no_finding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A check with the source memo and the matchers' text memos forgotten at every entry
    reports what a check with them reports, on the sample release's translations with
    misspellings and left-out words (term findings of every kind)."""
    import polib

    from transpub import terms
    from transpub.checker import check_files
    from transpub.checks import context as context_module
    from transpub.checks import select_codes

    rng = random.Random(7)
    files = []
    for lang in LANGS:
        for path in sorted((REPO / "locales" / lang / "LC_MESSAGES").glob("*.po")):
            po = polib.pofile(str(path))
            for entry in po:
                if entry.msgstr and rng.random() < 0.5:
                    words = _misspell(entry.msgstr, rng).split(" ")
                    if len(words) > 3 and rng.random() < 0.5:
                        del words[rng.randrange(len(words))]
                    entry.msgstr = " ".join(words)
            files.append(tmp_path / f"{lang}-{path.name}")
            po.save(str(files[-1]))
    termbase = load_termbases([REPO / "locales" / "termbase.tbx"])
    codes = select_codes([], [])
    with_memos = check_files(files, termbase, codes, jobs=1).findings
    terms._LAST_MATCHERS.clear()
    monkeypatch.setattr(context_module, "SOURCE_MEMO", 1)
    monkeypatch.setattr(Matcher, "_CACHED", 0)
    monkeypatch.setattr(Matcher, "_FOUND", 0)
    monkeypatch.setattr(terminology, "_near_text", terminology._near_text.__wrapped__)
    without = check_files(files, termbase, codes, jobs=1).findings
    terms._LAST_MATCHERS.clear()
    assert [repr(f) for f in without] == [repr(f) for f in with_memos]
    assert {f.code for f in with_memos} >= {"TP101", "TP102"}


_NEAR_TEXT = st.text(alphabet="abcdе联合国办公室 -'", max_size=40)


@settings(max_examples=400, deadline=None)
@given(text=_NEAR_TEXT, wanted=_NEAR_TEXT.filter(lambda w: len(w.strip()) >= 4),
       base=st.sampled_from(["fr", "ru", "zh"]))
def test_near_windows_keep_every_window_the_bound_passes(text: str, wanted: str,
                                                          base: str) -> None:
    """The windows left out of the search are ones no cut of which passes the bound."""
    from itertools import accumulate

    from transpub.checks.terminology import _MARK, _near_windows, _windows

    wanted = wanted.strip()
    marked = _marked(text, wanted)
    if marked is None:
        return
    marks = list(accumulate(map(_MARK.__eq__, marked), initial=0))
    words = tuple((m.start(), m.end()) for m in re.finditer(r"[\w'’·-]+", text))
    cuts = (0, 1, 2, 3) if base == "ru" else (0,)
    every = list(_windows(text, wanted, base, words))
    kept = list(_near_windows(text, wanted, base, words, marks, cuts[-1]))
    assert kept == [w for w in every if w in set(kept)]  # a subsequence, in order
    for start, end in every:
        if any(_near_bound(marked, start, end - cut, len(wanted)) for cut in cuts
               if not cut or end - cut - start >= len(wanted) - 1):
            assert (start, end) in kept


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from([chr(k) for k in _FOLD] + list("aÉё -")),
                   max_size=40) | st.text(max_size=40))
def test_fold_replaces_what_translate_does(text: str) -> None:
    """fold() replaces only the characters a text holds: what str.translate gives."""
    assert _fold_chars(text) == text.translate(_FOLD)


def test_spans_body_first_equal_finditer() -> None:
    """A form's matches found body first, the look-behind tried after, are the whole
    pattern's (every form of the sample termbase, on the sample's texts in every language,
    misspelt, and with the forms written after hyphens, «ex-», letters and dots)."""
    from transpub.terms import _Form, form_pattern

    termbase = load_termbases([REPO / "locales" / "termbase.tbx"])
    rng = random.Random(5)
    texts = [u.target for u in _sample_units()] + [u.source for u in _sample_units()]
    checked = matched = 0
    for lang in ("en", "fr", "es", "ru"):  # the languages searched body first
        matcher = Matcher(termbase, lang)
        forms = [f.text for f in matcher.forms]
        extra = [" ".join(f"{p}{t}{s}" for t in forms) for p, s in (
            ("ex-", ""), ("экс-", " "), ("non-", ""), ("a", "b"), (".", "-x"), ("Ex-", "."))]
        for text in texts[::4] + [_misspell(t, rng) for t in texts[::9]] + extra:
            text = fold(text, lang)
            for form in matcher.forms:
                plain = [m.span() for m in form_pattern(form.text, lang, form.person)
                         .finditer(text)]
                fresh = _Form(form.concept, form.text, form.status, form.anchor, lang,
                              form.person)
                assert fresh.spans(text) == plain, (form.text, text)
                checked += 1
                matched += bool(plain)
    assert matched > 100 and checked > 5000


def test_is_parent_equals_counting_every_body() -> None:
    """``Matcher._is_parent`` (the bodies holding one of the parent's anchors, each tested with
    the parent's names prepared once: ``_holds``) against the plain rule: at least two other
    bodies one of whose names contains one of the parent's, ``_contains`` over every body,
    for every body of the sample termbase in the six languages."""
    from transpub.terms import _anchor, _contains, _holds

    termbase = load_termbases([REPO / "locales" / "termbase.tbx"])
    orgs = [c for c in termbase.concepts if c.category == "organisation"]
    assert len(orgs) >= 5
    parents = 0
    for lang in ("en", *LANGS):
        matcher = Matcher(termbase, lang)
        for parent in orgs:
            names = [(len(t.text), _anchor(t.text, lang), t.text) for t in parent.forms(lang)]
            naming = 0
            for body in orgs:
                for term in body.forms(lang):
                    assert _holds(term.text, names, lang) == _contains(term.text, parent, lang)
                if body is not parent and any(_contains(t.text, parent, lang)
                                              for t in body.forms(lang)):
                    naming += 1
            assert matcher._is_parent(parent) == (naming >= 2), (lang, parent.id)
            parents += naming >= 2
    assert parents >= 6  # the United Nations at least, in every language
