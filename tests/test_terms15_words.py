"""Issue 13, the term index's pieces found among a text's words (``AnchorIndex.words_from``,
``termbase._latin_words``, ``terms._glued_pieces``): in a language whose patterns are
their words' literals (not Russian, Arabic, Chinese or Japanese), a piece that every match of
its forms holds as a whole word is looked up among the words of a text Latin-1 or
Windows-1252 encodes, instead of searched for. The hits are those of the index that tests
every piece; the Unicode facts this rests on are checked on this Python's tables."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from transpub.termbase import (
    _SPACED_LATIN,
    Concept,
    Term,
    Termbase,
    _latin_word,
    _latin_words,
    load_termbases,
)
from transpub.terms import Matcher, _glued_pieces

REPO = Path(__file__).resolve().parent.parent
_WORD = re.compile(r"\w")
#: A piece of Latin-1 word characters only
_LATIN_WORD = re.compile(r"[^\W\u0100-\U0010ffff]+")
#: Latin-1's characters and Windows-1252's: what a text must hold to be read by its words
_REPERTOIRE = frozenset(chr(code) for code in range(256)) | frozenset(
    bytes([code]).decode("cp1252", "ignore") for code in range(256)) - {""}


def test_the_tables_keep_exactly_the_word_characters() -> None:
    for code in range(256):
        assert (_SPACED_LATIN[code] != 32) == bool(_WORD.fullmatch(chr(code))), code
        if 0x80 <= code < 0xa0:  # C1 controls in Latin-1: no piece holds them
            assert not _LATIN_WORD.search(chr(code))


@settings(max_examples=300, deadline=None)
@given(piece=st.text(alphabet=st.sampled_from("aZé_7²ß -'.\x9a\u00a0šāж汗"), max_size=6))
def test_latin_word_is_the_pattern(piece: str) -> None:
    assert _latin_word(piece) == bool(_LATIN_WORD.fullmatch(piece))


def test_case_folding_keeps_whole_words_whole() -> None:
    """What the word lookup rests on, over every character: (1) no character that is not a
    word character case folds to one a text read by its words can hold, so a word of a text
    stays a word once folded; (2) a character that ``re.IGNORECASE`` matches to one folding to
    Latin-1 word characters folds as that one does (the text's word folds to the piece:
    K and k, ſ and s, ẞ and ß); (3) no character folds to a separator of pieces that it was
    not, so a form's words are its key's words."""
    chars = [chr(code) for code in range(sys.maxunicode + 1) if not 0xd800 <= code < 0xe000]
    changed = [c for c in chars if c.casefold() != c]
    assert not [c for c in changed if not _WORD.match(c) and any(
        _WORD.match(f) and f in _REPERTOIRE for f in c.casefold())]
    pieces = [b for b in chars if _LATIN_WORD.fullmatch(b.casefold())]
    texts = "".join(a for a in chars if all(f in _REPERTOIRE for f in a.casefold()))
    assert len(pieces) > 100 and len(texts) > 200
    for b in pieces:
        for found in re.finditer(re.escape(b), texts, re.IGNORECASE):
            assert found.group().casefold() == b.casefold(), (b, found.group())
    separators = re.compile(r"[\s'·-]")
    assert not [c for c in changed if separators.search(c.casefold())]


_TEXT_CHARS = st.sampled_from(["a", "B", "é", "É", "ß", "_", "7", "²", " ", "-", "'", ".",
                               "\u00a0", "\x85", "\x9a", "“", "–", "š", "Œ", "ā", "İ", "ж"])


@settings(max_examples=300, deadline=None)
@given(text=st.lists(_TEXT_CHARS, max_size=40).map("".join))
def test_latin_words_are_the_words_re_finds(text: str) -> None:
    # (since the seventeenth round, a character past Latin-1 cuts a word: see
    # tests/test_notes18_words.py)
    found = _latin_words(text)
    if text == text.encode("latin-1", "replace").decode("latin-1"):
        assert [w.decode("latin-1") for w in found] == re.findall(r"\w+", text)


def test_glued_pieces_are_those_next_to_a_hyphen() -> None:
    keys = ["non-member states", "member states", "al-thani", "sheikh thani", "l'office",
            "u.n. office", "ex·libris", "vice-chair-elect x"]
    assert _glued_pieces(keys, "en") == {"non", "member", "al", "thani", "vice", "chair",
                                         "elect"}
    assert _glued_pieces(keys, "ru") is None
    assert _glued_pieces(keys, "zh_Hans") is None


#: Forms whose pieces are whole words, glued by a hyphen, cut by an apostrophe or a dot, of
#: letters outside Latin-1, or folding to more letters (ß), in English, French and Spanish
_FORMS = {
    "en": ["United Nations", "non-member States", "Member States", "Sheikh Al-Thani",
           "Director-General", "Director", "U.N. Office", "Straße", "Œuvre Fund", "µ-Test",
           "Kelvin Office", "Miguel Moratinos", "UNOCT", "ex-Chairman", "Istanbul",
           # «chair», the rarest piece of «Vice-Chair», is a whole word of «Chair»
           "Chair", "Vice-Chair", "Vice President", "Vice Chancellor"],
    "fr": ["Nations Unies", "l'Office", "Haut-Commissaire", "États membres", "sous-comité",
           "Pôle", "Michèle Coninx", "Œuvre"],
    "es": ["Naciones Unidas", "Estados miembros", "Alto Comisionado", "Oficina",
           "ex-Presidente", "Señora"],
}
#: What the generated texts are made of: the forms' words in other cases and glued, the
#: characters ``re.IGNORECASE`` matches across, quotes, dashes, letters outside Latin-1
_CHUNKS = ("united", "UNITED", "Nations", "nations", "non", "member", "Member", "states",
           "nonmember", "al", "thani", "Al-Thani", "AlThani", "director", "general", "u.n.",
           "U.N", "office", "Office", "ofﬁce", "straße", "STRASSE", "strasse", "œuvre",
           "Œuvre", "fund", "µ", "μ", "test", "\u212aelvin", "kelvin", "miguel", "moratinos",
           "UNOCT", "unoct", "ex", "chairman", "İstanbul", "istanbul", "ıstanbul", "haut",
           "commissaire", "l'", "d’", "états", "États", "membres", "sous", "comité", "pôle",
           "Michèle", "coninx", "naciones", "unidas", "estados", "miembros", "alto",
           "comisionado", "oficina", "presidente", "señora", "Sheikh", "ſtates", "vice", "chair",
           "ViceChair")
_GLUE = (" ", " ", " ", "-", "", "'", "’", "“", "”", "–", "—", ", ", ".", "(", "\u00a0", "\x9a",
         "ā", "ж", "_", "2", "\x85", "\u2028", "š")


def _matchers(lang: str, concepts: tuple[Concept, ...]) -> tuple[Matcher, Matcher]:
    """A matcher that looks whole-word pieces up, and one whose index tests every piece."""
    termbase = Termbase(concepts)
    looked_up = Matcher(termbase, lang)
    tested = Matcher(termbase, lang)
    tested._index.words_from(lambda: None)  # every piece tested
    return looked_up, tested


def _generated_termbase() -> tuple[Concept, ...]:
    concepts = []
    for lang, forms in _FORMS.items():
        for number, form in enumerate(forms):
            category = "person" if " " in form and form[0] in "MS" else "organisation"
            concepts.append(Concept(f"{lang}{number}", category,
                                    {"en": (Term(f"en {lang}{number}"),),
                                     lang: (Term(form, "preferred"),)}))
    return tuple(concepts)


def generated_text(rng: random.Random) -> str:
    """One to seven of the forms' chunks, each glued to the next, upper- or title-cased
    now and then."""
    parts = []
    for _ in range(rng.randrange(1, 8)):
        parts += [rng.choice(_CHUNKS), rng.choice(_GLUE)]
    text = "".join(parts)
    if rng.random() < 0.3:
        text = text.upper() if rng.random() < 0.5 else text.title()
    return text


def test_generated_texts_give_the_hits_of_every_piece_tested() -> None:
    rng = random.Random(1315)
    concepts = _generated_termbase()
    looked_up_texts = 0
    for lang in _FORMS:
        looked_up, tested = _matchers(lang, concepts)
        for _ in range(4000):
            text = generated_text(rng)
            assert looked_up._find_all(text) == tested._find_all(text), (lang, text)
            looked_up_texts += text.isascii() or all(c <= "\xff" for c in text)
        assert looked_up._index._words  # the lookup was in use
        assert "chair" not in looked_up._index._words.values()  # glued in Vice-Chair
    assert looked_up_texts > 1000


def test_glued_and_cut_words_are_found() -> None:
    """The cases a lookup of whole words would miss if the pieces a hyphen joins counted as
    words, each found as when every piece is tested."""
    concepts = _generated_termbase()
    looked_up, tested = _matchers("en", concepts)
    for text in ("the nonmember States", "Non member States", "Sheikh AlThani",
                 "DirectorGeneral", "U.N. Office", "Œuvre Fund", "Shei\u212ah Al-Thani",
                 "Member ſtates", "“United Nations”", "x\x9aUnited Nations\x85", "the ViceChair"):
        hits = looked_up._find_all(text)
        assert hits == tested._find_all(text), text
        assert hits, text


def test_sample_texts_give_the_hits_of_every_piece_tested() -> None:
    """The sample termbase over the sample release's sources and translations."""
    from test_terms_cpu import _sample_units

    termbase = load_termbases([REPO / "locales" / "termbase.tbx"])
    units = _sample_units()
    for lang in ("en", "fr", "es"):
        looked_up, tested = _matchers(lang, termbase.concepts)
        texts = [u.source for u in units] if lang == "en" else [
            u.target for u in units if u.lang == lang]
        assert texts
        found = 0
        for text in texts:
            hits = looked_up._find_all(text)
            assert hits == tested._find_all(text), text
            found += len(hits)
        assert found


def test_a_words_forms_are_made_when_a_text_first_has_the_word() -> None:
    """``_by_word`` is filled as texts are looked up, not all at once: of a 20,000-concept
    termbase's English forms, those filed under a word of the sample release are 731 (the
    others cost 30 ms a run to file). Filled lazily, every text finds what the filled index
    finds."""
    rng = random.Random(1316)
    concepts = _generated_termbase()
    for lang in _FORMS:
        lazy, _tested = _matchers(lang, concepts)
        eager, _ = _matchers(lang, concepts)
        index = eager._index
        index._word_pieces()
        for word in index._filed:  # (every word's forms made before any text)
            index._by_word[word]
        assert set(index._by_word) == set(index._filed)
        lazy._index._word_pieces()
        assert not lazy._index._by_word  # none made yet
        for _ in range(1500):
            text = generated_text(rng)
            assert lazy._find_all(text) == eager._find_all(text), (lang, text)
        made = set(lazy._index._by_word)
        assert made and made <= set(index._filed)
        assert made != set(index._filed) or lang != "en"  # (English: some words never met)
