"""TP901's scan with its per-word tests made in the cheapest order (issue 13, tail15).

``coverage.candidate_names`` decides "capitalised" from a word's first character when that is
a letter (the strip of ``_capitalised`` leaves it), looks at the covered spans only when there
are any, and asks whether a word starts a sentence only when that can matter (no run yet, not
all capitals). Held to the word-by-word scan of ``test_terms_cpu`` on generated texts (title-
case, upper-case-but-not-letter and stripped first characters among them) and on every source
text of the accuracy corpora, with the sample termbase's hits as the covered spans.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpora import corpus_texts
from test_terms_cpu import _GAP, _NAME_WORD, _reference_candidate_names
from transpub import catalog
from transpub.checks import coverage
from transpub.termbase import load_termbases
from transpub.terms import Matcher

import realdata
from conftest import REPO

_MORE_WORDS = st.sampled_from(
    ["ǅ", "ǅemal", "Ⅷa", "ⅷ", "'Tis", ".NET", "-UN", "’UN", "İstanbul", "ﬁrst", "Σ", "Ωmega",
     "2030", "G77", "x", "A", "A.", "EU", "Member", "States", "of", "on", "al", "Qatar",
     "SHEIKH", "Sheikh", "H.E.", "'", ".", "1st", "Ⅻ", "Ⓐb", "ÉTATS", "états"])


@settings(max_examples=800, deadline=None)
@given(words=st.lists(st.tuples(_NAME_WORD | _MORE_WORDS, _GAP), max_size=18),
       covered=st.lists(st.tuples(st.integers(0, 90), st.integers(0, 25)), max_size=3))
def test_candidate_names_equal_the_word_by_word_scan(
        words: list[tuple[str, str]], covered: list[tuple[int, int]]) -> None:
    text = "".join(w + g for w, g in words)
    spans = [(start, start + length) for start, length in covered]
    assert coverage.candidate_names(text, spans) == _reference_candidate_names(text, spans)


def test_candidate_names_of_the_corpora_equal_the_word_by_word_scan() -> None:
    matcher = Matcher(load_termbases([REPO / "locales" / "termbase.tbx"]), "en")
    texts = names = spans = 0
    for text, _lang in corpus_texts(["en"]):
        covered = [(h.start, h.end) for h in matcher.find_all(text)]
        found = coverage.candidate_names(text, covered)
        assert found == _reference_candidate_names(text, covered), text
        assert coverage.candidate_names(text, []) == _reference_candidate_names(text, [])
        texts += 1
        names += len(found)
        spans += bool(covered)
    assert texts > 100 and names > 50 and spans > 30, (texts, names, spans)


def test_candidate_names_of_real_sources_equal_the_word_by_word_scan() -> None:
    """The English sources (msgids) of the real translators' PO files."""
    matcher = Matcher(load_termbases([REPO / "locales" / "termbase.tbx"]), "en")
    names = [rel for rel in realdata.manifest()
             if rel.endswith(".po") and "corpus_real" in rel]
    assert names
    sources = {t.source for rel in names
               for t in catalog.read_translations(realdata.path(rel)).entries}
    for text in sorted(sources):
        covered = [(h.start, h.end) for h in matcher.find_all(text)]
        assert coverage.candidate_names(text, covered) == _reference_candidate_names(
            text, covered), text
    assert len(sources) > 1000


def test_a_comma_or_a_bracket_ends_a_name() -> None:
    """(A newcomer's TP901 said «United Nations Environment Programme UNEP», the brackets
    dropped, and «Andersen Executive Director of …», a name and its title as one.)"""
    assert coverage.candidate_names(
        "Inger Andersen, Executive Director of the United Nations Environment Programme "
        "(UNEP), said.", []) == ["Executive Director of the United Nations Environment "
                                 "Programme", "UNEP"]
    assert coverage.candidate_names(
        "It met the Office of the United Nations High Commissioner for Refugees (UNHCR), in "
        "Geneva.", []) == ["Office of the United Nations High Commissioner for Refugees",
                           "UNHCR"]
