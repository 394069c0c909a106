"""TP901's headline test counts capitalised words over their first characters in C
(``coverage._capitals``) when every word starts with an ASCII character that ``_capitalised``
does not strip (issue 13, tail16): the count equals ``_capitalised`` word by word on
generated word lists (non-ASCII, stripped and upper-case-non-letter first characters among
them), and on the words of the corpora's sources, the sample's and the real translators' PO
files' sources; ``_names`` equals the names found with the count made word by word.
(``candidate_names``, which no longer asks again which words of a run are capitalised, nor
flushes an empty run, is held to the word-by-word scan by tests/test_tail15_names.py.)"""

from __future__ import annotations

from itertools import filterfalse

from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpora import corpus_texts
from transpub import catalog
from transpub.checks import coverage
from transpub.checks.context import CheckContext
from transpub.segment import PLACEHOLDER_RE
from transpub.termbase import load_termbases

import realdata
from conftest import REPO


def _reference_capitals(words: list[str]) -> int:
    return sum(map(coverage._capitalised, filterfalse(str.islower, words)))


def _reference_names(ctx: CheckContext, source: str) -> list[str]:
    """``coverage._names`` with the headline test made word by word, as it was."""
    text = PLACEHOLDER_RE.sub(" ", source)
    words = coverage._WORD.findall(text)
    if words and _reference_capitals(words) > 0.6 * len(words):
        return []
    covered = [(h.start, h.end) for h in ctx.matcher(ctx.source_lang).find_all(text)]
    return coverage.candidate_names(text, covered)


_WORDS = st.sampled_from(
    ["United", "nations", "UN", "2030", "G77", "'Tis", "'tis", ".NET", ".net", "-UN", "-un",
     "’UN", "’s", "Ⅷ", "ⅷ", "Ⓐb", "ǅemal", "İstanbul", "ÉTATS", "états", "ß", "Σ", "x", "A",
     "A.", "'", ".", "-", "_", "_A", "of", "the", "Al-Thani", "H.E.", "Mr.", "1st", "٣"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_WORDS | st.text(st.characters(), min_size=1, max_size=4), min_size=1,
                max_size=14))
@example(["'Tis", "The", "UN"])
@example([".NET", "Core"])
@example(["Ⅷ", "Ⓐb", "x"])
@example(["-UN", "United"])
def test_capitals_equal_the_word_by_word_count(words: list[str]) -> None:
    assert coverage._capitals(words) == _reference_capitals(words)


def _sources() -> list[str]:
    texts = [text for text, _lang in corpus_texts(["en"])]
    for path in sorted((REPO / "locales").glob("*/LC_MESSAGES/*.po")):
        texts += [entry.source for entry in catalog.read_translations(path).entries]
    rels = [rel for rel in realdata.manifest() if rel.endswith(".po") and "corpus_real" in rel]
    assert rels
    for rel in rels:
        texts += [entry.source for entry in catalog.read_translations(realdata.path(rel)).entries]
    return sorted(set(texts))


def test_capitals_and_names_of_the_sources() -> None:
    ctx = CheckContext(load_termbases([REPO / "locales" / "termbase.tbx"]))
    sources = _sources()
    headlines = names = 0
    for source in sources:
        words = coverage._WORD.findall(PLACEHOLDER_RE.sub(" ", source))
        assert coverage._capitals(words) == _reference_capitals(words), source
        found = coverage._names(ctx, source)
        assert found == _reference_names(ctx, source), source
        headlines += bool(words) and not found and _reference_capitals(words) > 0.6 * len(words)
        names += len(found)
    assert len(sources) > 2000 and headlines > 20 and names > 500, (
        len(sources), headlines, names)
