"""Issue 13, thirteenth round of the term matcher: an Arabic form's pattern tried only where its
first word's literal lets a match start (``terms._core_spans``) finds what ``finditer`` finds;
the extract's translator notes, their terms found once per release and each line made once
per language, are the notes of the plain per-unit loop; the near-miss search's running counts
of the characters a form lacks are those of its marked copy."""

from __future__ import annotations

import importlib
import random
import re
from collections.abc import Mapping
from itertools import accumulate
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from test_terms_cpu import _sample_units
from transpub.checks.terminology import _MARK, _mark_counts, _marked
from transpub.model import Release, Segment
from transpub.notes import term_notes
from transpub.segment import segment_release
from transpub.source import read_release
from transpub.termbase import Termbase, load_termbases
from transpub.terms import (
    _AR_PREFIX,
    _AR_PREFIX_DEF,
    _AR_REACH,
    Matcher,
    _ar_head,
    _core_spans,
    _Form,
    fold,
    form_pattern,
)

REPO = Path(__file__).resolve().parent.parent

#: Arabic words with and without the article, and a Latin acronym (a first word with no
#: Arabic letter: no particles before it)
_WORDS = ("الأمم", "المتحدة", "مكتب", "لمكافحة", "قطر", "دولة", "الهيئة", "UNODC", "بلل", "الل")
#: what surrounds and joins them in the generated texts: the particles, the article, the
#: pronouns, a word that ends in their letters, punctuation, Latin letters, a hyphen
_PIECES = ("و", "ف", "ب", "ل", "ك", "ال", "لل", "ها", "ي", "ا", " ", " ", ", ", "-", "x",
           "ex-", "مكتبة", "قطرية", "U", "unodc", "\u0640")


def _spans(form: _Form, text: str) -> list[tuple[int, int]]:
    fresh = _Form(form.concept, form.text, form.status, form.anchor, form.lang, form.person)
    return fresh.spans(text)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=2),
       chunks=st.lists(st.sampled_from(_PIECES + _WORDS), max_size=14),
       person=st.booleans())
def test_arabic_spans_equal_finditer_on_generated_texts(words: list[str], chunks: list[str],
                                                        person: bool) -> None:
    term = " ".join(words)
    lang = "ar"
    form = _Form("c", term, "preferred", "", lang, person)
    # the form itself among the chunks, with particles before it, often twice, once glued
    text = fold("".join(chunks) + " و" + term + " " + "".join(reversed(chunks)) + "بال"
                + term + "".join(chunks[:3]) + term, lang)
    want = [m.span() for m in form_pattern(term, lang, person).finditer(text)]
    assert form.spans(text) == want
    assert form.spans(text) == want  # the second call: the core kept on the form
    assert form._core is not None or "-" in term or "'" in term


@settings(max_examples=200, deadline=None)
@given(word=st.text(alphabet="AaKkſSsİi\u212a\u0130ı", min_size=1, max_size=4),
       chunks=st.lists(st.sampled_from(("و", "بال", " ", "a", "K", "ſ", "s", "S", "İ", "i", "ı",
                                        "\u212a", "x")), max_size=10))
def test_a_latin_first_word_is_found_as_re_finds_it(word: str, chunks: list[str]) -> None:
    """An Arabic form whose first word has letters with case (found by ``re`` under
    ``re.IGNORECASE``, which matches ſ to s and the Kelvin sign to k; uncased letters by a
    plain search)."""
    term = f"{word} قطر"
    form = _Form("c", term, "preferred", "", "ar", False)
    text = fold("".join(chunks) + " " + term.lower() + " " + "".join(chunks) + term.upper()
                + " " + term, "ar")
    want = [m.span() for m in form_pattern(term, "ar").finditer(text)]
    assert form.spans(text) == want


def test_arabic_spans_equal_finditer_on_the_sample() -> None:
    """Every Arabic form of the sample termbase over every Arabic translation of the sample,
    and over them with particles put before each form's first word."""
    termbase = load_termbases([REPO / "locales" / "termbase.tbx"])
    matcher = Matcher(termbase, "ar")
    texts = [fold(u.target, "ar") for u in _sample_units() if u.lang == "ar"]
    rng = random.Random(13)
    found = 0
    for form in matcher.forms:
        pattern = form_pattern(form.text, "ar", form.person)
        made = [fold(f"{rng.choice(('', 'و', 'وبال', 'لل', 'فك'))}{form.text} "
                     f"{rng.choice(('', 'و', 'ف'))}{form.text}", "ar") for _ in range(4)]
        for text in texts + made:
            want = [m.span() for m in pattern.finditer(text)]
            assert _spans(form, text) == want, (form.text, text)
            found += len(want)
    assert found > 500, found


@given(st.sampled_from(_WORDS), st.booleans())
def test_a_first_word_starts_at_most_ar_reach_before_its_core(word: str, first: bool) -> None:
    """The particles' patterns match at most ``_AR_REACH`` characters (``re``'s own reading of
    their width), and the word's pattern is those particles and then its core."""
    parser = importlib.import_module("re._parser")
    head, core = _ar_head(fold(word, "ar"), first)
    assert parser.parse(head).getwidth()[1] <= _AR_REACH
    assert core and fold(word, "ar").endswith(core)
    for prefix in (_AR_PREFIX, _AR_PREFIX_DEF):
        assert parser.parse(prefix).getwidth()[1] <= _AR_REACH


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="abcx ", max_size=30), reach=st.integers(0, 3),
       core=st.sampled_from(("b", "bc", "cb", "bb")))
def test_core_spans_emulate_finditer(text: str, reach: int, core: str) -> None:
    """Generated patterns whose matches hold ``core`` after up to ``reach`` (at most
    ``_AR_REACH``) characters of their own, behind a look-behind: the starts tried around each
    occurrence of the core, overlapping ones included, give ``finditer``'s matches."""
    pattern = re.compile(f"(?<!x)(?:a{{0,{reach}}}|c?){re.escape(core)}(?:a|b)?")
    assert _core_spans(text, lambda text, start: text.find(core, start), pattern.match) == [
        m.span() for m in pattern.finditer(text)]


def _plain_notes(termbase: Termbase, source_lang: str, release: Release,
                 segments: tuple[Segment, ...], lang: str) -> Mapping[str, list[str]]:
    """The notes of each unit found and written on their own, as the first version did."""
    matcher = Matcher(termbase, source_lang)
    out: dict[str, list[str]] = {}
    for segment in segments:
        seen: set[str] = set()
        lines = []
        for hit in matcher.find(segment.text):
            if hit.concept in seen:
                continue
            seen.add(hit.concept)
            concept = matcher.concepts[hit.concept]
            forms = [t.text for t in concept.forms(lang)]
            if forms and lang != source_lang:
                lines.append(f"Term ({concept.category}): {hit.form} = {' | '.join(forms)}")
        if lines:
            out[segment.id] = lines
    return out


def test_term_notes_equal_the_plain_notes() -> None:
    """The sample's release as three, each language asked in turn (and the first asked again
    after the others), with repeated unit texts: the same notes, in the same order."""
    termbase = load_termbases([REPO / "locales" / "termbase.tbx"])
    notes = term_notes(termbase, "en")
    release = read_release(REPO / "source" / "unoct-qatar-strategic-dialogue-2020.xml")
    segments = segment_release(release)
    # (the callback tells releases apart by their tuple of units)
    releases = [(release, segments + segments[:2]), (release, tuple(reversed(segments))),
                (release, segments[1::2])]
    langs = ("en", "ar", "zh", "fr", "ru", "es")
    noted = 0
    for release, segments in [*releases, releases[0]]:
        for lang in langs:
            got = notes(release, segments, lang)
            want = _plain_notes(termbase, "en", release, segments, lang)
            assert got == want and list(got) == list(want), (release, lang)
            noted += sum(map(len, got.values()))
    assert noted > 50, noted


@given(text=st.text(alphabet="ab c\0é联合国", max_size=30),
       wanted=st.text(alphabet="ab c\0é联合", min_size=1, max_size=6))
def test_mark_counts_are_the_running_counts_of_the_marked_copy(text: str, wanted: str) -> None:
    """The near-miss search's running counts of the characters a form lacks, made at C speed
    from the text, are those of ``_marked``'s copy (None with the mark in the form)."""
    marked = _marked(text, wanted)
    want = (list(accumulate(map(_MARK.__eq__, marked), initial=0)) if marked is not None
            else None)
    assert _mark_counts(text, wanted) == want
