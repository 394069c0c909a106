"""TP901's scan with its per-word tests made in the cheapest order (issue 13, tail15).

``coverage.candidate_names`` decides "capitalised" from a word's first character when that is
a letter (the strip of ``_capitalised`` leaves it), looks at the covered spans only when there
are any, and asks whether a word starts a sentence only when that can matter (no run yet, not
all capitals). Held to the word-by-word scan of ``test_terms_cpu`` on generated texts (title-
case, upper-case-but-not-letter and stripped first characters among them) and on every source
text of the accuracy corpora, with the sample termbase's hits as the covered spans.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpora import corpus_texts
from test_terms_cpu import _GAP, _NAME_WORD, _reference_candidate_names
from transpub import catalog
from transpub.checks import coverage
from transpub.checks.context import CheckContext, Unit
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


@pytest.mark.parametrize(("text", "names"), [
    # (two names joined by "and", one of them an acronym alone: two names, t67/hA)
    ("The report, jointly published by UNICEF and UNAIDS, shows it.", ["UNICEF", "UNAIDS"]),
    ("It was led by UNDP and the World Food Programme in Chad.",
     ["UNDP", "World Food Programme"]),
    ("Both UN Women and UNICEF agreed.", ["UN Women", "UNICEF"]),
    ("It met WHO and UNICEF and UNFPA today.", ["WHO", "UNICEF", "UNFPA"]),
    ("Attacks by the Nusra Front and ISIL rose.", ["Nusra Front", "ISIL"]),
    # (a name holding "and": one name; so are two acronyms joined inside a longer name, and
    # Roman numerals, no acronyms)
    ("It met in Trinidad and Tobago.", ["Trinidad and Tobago"]),
    ("It joined the Food and Agriculture Organization.", ["Food and Agriculture Organization"]),
    ("Aid to West and Central Africa rose.", ["West and Central Africa"]),
    ("It recalled the Political Declaration on HIV and AIDS.",
     ["Political Declaration on HIV and AIDS"]),
    ("It applies Chapters XII and XIII to it.", ["Chapters XII and XIII"]),
    # (the side after "and" going on past "for", "of"… into a longer name: one name, which
    # the acronym opens; "and the …" is a second name; t67/hD 5)
    ("It funds the AIDS and Rights Alliance for Southern Africa in Namibia.",
     ["AIDS and Rights Alliance for Southern Africa"]),
    ("It met UNICEF and the Office for the Coordination of Humanitarian Affairs.",
     ["UNICEF", "Office for the Coordination of Humanitarian Affairs"]),
    ("It was led by UNDP and World Food Programme staff.", ["UNDP", "World Food Programme"]),
    # (in a sentence, an acronym closing a name stays the name's)
    ("It entered the Nicosia FIR twice.", ["Nicosia FIR"]),
    ("It was in Global HIV response.", ["Global HIV"]),
])
def test_names_joined(text: str, names: list[str]) -> None:
    assert coverage.candidate_names(text, []) == names
    assert _reference_candidate_names(text, []) == names


@pytest.mark.parametrize(("text", "names"), [
    # (a heading's acronym under a capitalised word, the heading going on in lower case:
    # what follows is named, not a name with the word before, t67/hA)
    ("West and Central Africa left behind in Global HIV response", ["Central Africa", "HIV"]),
    ("Praise for the United Nations COVID response", ["United Nations", "COVID"]),
    ("Praise for the United Nations COVID", ["United Nations COVID"]),
    ("A new UNAIDS Gap report", ["UNAIDS Gap"]),
    ("Report of Main Committee II adopted", ["Main Committee II"]),
    ("The UN HIV response", ["UN HIV"]),
    # (a place or a name of its own before the acronym is the name's: only a heading's
    # adjective of style, or a name of two words or more, is cut from it; t67/hD 5)
    ("WHO and Africa CDC launch joint plan", ["WHO", "Africa CDC"]),
    ("Support for China CDC grows", ["China CDC"]),
    ("Funding for Project HOPE clinics rises", ["Project HOPE"]),
    ("Help for Operation IRINI inspections", ["Operation IRINI"]),
    ("Donors back New COVID rules", ["COVID"]),
])
def test_names_in_a_heading(text: str, names: list[str]) -> None:
    assert coverage.candidate_names(text, [], heading=True) == names
    assert _reference_candidate_names(text, [], heading=True) == names


def test_a_release_heading_unit_is_read_as_a_heading() -> None:
    """TP901 reads a release's headline and subheadings ("title", "h1") as headings, any
    other unit as a sentence: the same text gives «HIV» in the one, «Global HIV» in the
    other (and both are reported, each text read as its unit is)."""
    ctx = CheckContext(load_termbases([REPO / "locales" / "termbase.tbx"]))
    text = "Aid lags in Global HIV response"

    def names(*ids: str, foreign: bool = False) -> list[str]:
        units = [Unit(i, "fr", text, "", "x.po", 1, foreign=foreign) for i in ids]
        return [name for name, _ in coverage.names_not_in_termbase(ctx, units)]

    assert names("title") == names("h2") == ["HIV"]
    assert names("p1.abc123") == names("title", foreign=True) == ["Global HIV"]
    assert names("title", "p1.abc123") == ["HIV", "Global HIV"]
