"""Issue 13, sixteenth round of the term matcher: the Russian and Arabic index tests a piece only
when the text holds its rarest letter (``AnchorIndex.by_rare_letters``) and gives the
candidates, and so the hits, of every piece tested."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from test_terms_cpu import _sample_units
from transpub.termbase import Concept, Term, Termbase, load_termbases
from transpub.terms import _LETTERS, Matcher, fold

REPO = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/real-data/tests/corpus_real")


def _tested(matcher: Matcher) -> Matcher:
    """``matcher``'s index testing every piece (as before the letters)."""
    matcher._index._letters = None
    return matcher


def _texts(lang: str) -> list[str]:
    """The sample's translations of ``lang``, and the real translators' when present."""
    texts = [u.target for u in _sample_units() if u.lang == lang]
    if CORPUS.is_dir():
        import polib

        for path in sorted(CORPUS.glob(f"po*/{lang}.po")):
            texts += [entry.msgstr for entry in polib.pofile(str(path)) if entry.msgstr]
    return texts


@pytest.mark.parametrize("lang", ["ru", "ar"])
def test_rare_letters_give_the_candidates_of_every_piece_tested(lang: str) -> None:
    termbase = load_termbases([REPO / "locales" / "termbase.tbx"])
    gated, tested = Matcher(termbase, lang), _tested(Matcher(termbase, lang))
    assert gated._index._letters
    texts = _texts(lang)
    assert texts
    for text in texts:
        lowered = fold(text, lang).casefold()
        assert gated._index.candidates(lowered) == tested._index.candidates(lowered)
        assert gated._find_all(text) == tested._find_all(text)
    # texts made of pieces, cut and joined: every gate met and missed
    rng = random.Random(1317)
    pieces = list(gated._index._by_piece)
    for _ in range(3000):
        parts = [rng.choice(pieces)[rng.randrange(2):] for _ in range(rng.randrange(6))]
        lowered = rng.choice(("", " ", "-", "x")).join(parts)
        assert gated._index.candidates(lowered) == tested._index.candidates(lowered), lowered


def test_rare_letters_of_a_generated_termbase() -> None:
    """Latin and Cyrillic letters, digits, letters outside the order, repeated letters,
    pieces sharing their every letter, one-letter pieces."""
    names = ("Организация Объединенных Наций", "ООН", "Qiass", "UN", "ab ba", "aab",
             "щи", "Повестка 2030", "ёж", "н", "Ǆemal", "а", "об")
    concepts = tuple(Concept(f"c{n}", "organisation", {"ru": (Term(name, "preferred"),)})
                     for n, name in enumerate(names))
    gated = Matcher(Termbase(concepts), "ru")
    tested = _tested(Matcher(Termbase(concepts), "ru"))
    rng = random.Random(17)
    alphabet = "".join(sorted(set(fold(" ".join(names), "ru").casefold()))) + "ыю 2"
    for _ in range(5000):
        lowered = "".join(rng.choice(alphabet) for _ in range(rng.randrange(14)))
        assert gated._index.candidates(lowered) == tested._index.candidates(lowered), lowered


def test_gates_are_letters_of_their_pieces() -> None:
    """Each piece is filed under one of its own characters, the rarest by ``_LETTERS``."""
    for lang in ("ru", "ar"):
        index = Matcher(load_termbases([REPO / "locales" / "termbase.tbx"]), lang)._index
        filed = [piece for gate, pieces in index._rare_letters() for piece in pieces
                 if gate in piece]
        assert sorted(filed) == sorted(index._by_piece)
        order = _LETTERS[lang]
        for gate, pieces in index._rare_letters():
            for piece in pieces:
                assert all(order.find(char) <= order.find(gate) or gate not in order
                           for char in piece if char in order), (gate, piece)
