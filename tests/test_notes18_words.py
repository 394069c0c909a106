"""Issue 13, the extract's notes' term search, seventeenth round (``Matcher.find_once``,
``AnchorIndex._from_words``, ``termbase._latin_words``): a text searched once without the
matcher's memories gives ``find``'s hits; a form is a candidate when its every whole-word
piece, filed under or not, is one of the text's runs of Latin-1 word characters (a character
past Latin-1 cuts a run) and its other pieces occur in it: fewer candidates than every piece
tested, never one fewer that matches."""

from __future__ import annotations

import random
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from test_terms15_words import _FORMS, _generated_termbase, generated_text
from test_terms16_keys import _texts
from transpub.termbase import Termbase, _latin_words, load_termbases
from transpub.terms import _ADDRESS, Matcher, _address_marked, fold

REPO = Path(__file__).resolve().parent.parent
#: A run of Latin-1 word characters
_LATIN_RUN = re.compile(r"[^\W\u0100-\U0010ffff]+")
LANGS = ("en", "fr", "es", "ru", "ar", "zh")
#: the benchmark corpus's sources, where a benchmark has been run in this checkout
_BENCH = REPO / "benchmarks" / "_work" / "n100" / "transpub" / "source"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(
    ["a", "B", "é", "ß", "_", "7", "²", " ", "-", "'", ".", "\u00a0", "\x85", "\x9a", "“", "–",
     "š", "Œ", "ā", "İ", "ж", "汗", "\u2028", "\U0001d400"]), max_size=40))
def test_latin_words_are_the_latin_runs(text: str) -> None:
    assert [w.decode("latin-1") for w in _latin_words(text)] == _LATIN_RUN.findall(text)


def _lowered(matcher: Matcher, text: str) -> str:
    folded = fold(text, matcher.lang)
    if _address_marked(folded):
        folded = _ADDRESS.sub(lambda m: " " * len(m.group(0)), folded)
    return folded.casefold()


def _check(matcher: Matcher, tested: Matcher, texts: list[str]) -> int:
    """``find_once`` against ``find`` of a matcher whose index tests every piece; the
    candidates within every piece tested's, and holding every form that matches."""
    looked_up = 0
    for text in texts:
        assert matcher.find_once(text) == tested.find(text), (matcher.lang, text)
        lowered = _lowered(matcher, text)
        got = matcher._index.candidates(lowered)
        every = tested._index.candidates(lowered)
        assert set(got) <= set(every) and got == sorted(got), text
        for index in set(every) - set(got):
            assert not matcher.forms[index].spans(fold(text, matcher.lang)), (text, index)
        looked_up += got != every
    return looked_up


def _pair(termbase: Termbase, lang: str) -> tuple[Matcher, Matcher]:
    tested = Matcher(termbase, lang)
    tested._index.words_from(lambda: None)  # every piece tested
    return Matcher(termbase, lang), tested


def _corpora(lang: str) -> list[str]:
    """The units of the repository's corpora (tests/corpus*/releases: real releases and
    their six languages), so that the test has texts where the real data is absent (CI)."""
    import json

    texts = []
    for path in sorted(REPO.glob("tests/corpus*/releases/*.json")):
        for unit in json.loads(path.read_text(encoding="utf-8"))["units"]:
            if isinstance(unit.get(lang), str) and unit[lang]:
                texts.append(unit[lang])
    return texts


def test_the_sample_and_real_texts_give_the_hits_of_every_piece_tested() -> None:
    termbase = load_termbases([REPO / "locales" / "termbase.tbx"])
    for lang in LANGS:
        matcher, tested = _pair(termbase, lang)
        texts = _texts(lang) + _corpora(lang)
        if lang == "en" and _BENCH.is_dir():  # the benchmark corpus's sources
            from transpub.segment import segment_release
            from transpub.source import read_release

            for path in sorted(_BENCH.glob("*.xml"))[:40]:
                texts += [s.text for s in segment_release(read_release(path))]
        assert len(texts) > 100
        _check(matcher, tested, texts)
        assert matcher._index._words or lang in ("ru", "ar", "zh")


def test_generated_texts_give_the_hits_of_every_piece_tested() -> None:
    """Forms glued, cut and folded (test_terms15_words' termbase) in texts of their words
    joined by quotes, dashes, letters past Latin-1 and controls."""
    rng = random.Random(1318)
    concepts = _generated_termbase()
    cut = 0
    for lang in _FORMS:
        matcher, tested = _pair(Termbase(concepts), lang)
        texts = []
        for _ in range(3000):
            text = generated_text(rng)
            texts.append(text)
            cut += any(char > "\xff" for char in text)
        _check(matcher, tested, texts)
    assert cut > 3000  # texts past Latin-1 (before: Windows-1252 or every piece tested)


def test_find_once_is_find() -> None:
    """Every language's search without memories, the same text asked twice."""
    termbase = load_termbases([REPO / "locales" / "termbase.tbx"])
    for lang in LANGS:
        plain = Matcher(termbase, lang)
        once = Matcher(termbase, lang)
        texts = _texts(lang) + _corpora(lang)
        found = 0
        for text in texts + texts[:50]:
            hits = once.find_once(text)
            assert hits == plain.find(text), (lang, text)
            found += len(hits)
        assert found > 50, lang
        assert not once._cache and not once._older and not once._found
