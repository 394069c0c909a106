"""The sentence splitter's loop for a text without markers (``segment._plain_cuts``) decides
every candidate stop as ``segment._boundary`` does with the text's own windows."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path

import polib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpora import corpus_texts
from transpub import segment
from transpub.segment_rules import rules_for

from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))

import corpus

LANGS = ("en", "fr", "es", "ru", "ar", "zh")
_REAL = Path("/work/real-data/tests/corpus_real")


def _general(text: str, matches: Iterable[re.Match[str]], lang: str) -> list[tuple[int, int]]:
    """The cuts as ``split_sentences`` made them before: ``_boundary`` and a slicing window."""
    rules = rules_for(lang)
    return [(m.start("ws"), m.end()) for m in matches
            if segment._boundary(m, rules, lambda start, end: text[start:end], len(text))]


def _plain(text: str, matches: Iterable[re.Match[str]], lang: str) -> list[tuple[int, int]]:
    cuts: list[tuple[int, int]] = []
    segment._plain_cuts(text, matches, rules_for(lang), cuts)
    return cuts


def _same_cuts(text: str, lang: str) -> None:
    for pattern in (segment._LATIN_END, segment._CJK_END):
        assert _plain(text, pattern.finditer(text), lang) == \
            _general(text, pattern.finditer(text), lang), (lang, text)


def _texts() -> list[tuple[str, str]]:
    texts = [(lang, text) for text, lang in corpus_texts(LANGS)]
    for folder in sorted(_REAL.glob("po*")) if _REAL.is_dir() else []:
        for po in sorted(folder.glob("*.po")):
            for entry in polib.pofile(str(po)):
                texts += [("en", entry.msgid), (po.stem, entry.msgstr)]
    # the benchmark corpus's paragraphs, markup removed (made here, as on any machine: they
    # were read from a benchmark run's workspace when one was there)
    for index in range(40):
        body = re.sub(r"<[^>]+>", "", corpus.to_xhtml(corpus.make_release(index)))
        texts += [("en", line.strip()) for line in body.splitlines() if line.strip()]
    return texts


def test_real_texts_are_cut_alike() -> None:
    texts = _texts()
    assert len(texts) > 500
    for lang, text in texts:
        for rules in {lang, "en"}:
            _same_cuts(text, rules)


_PIECES = st.sampled_from(["Mr. ", "Dr. ", "He left. ", "She came! ", "U.N. ", "X.Y. The ",
                           "X.Y. Theory ", "A. ", "9. ", "9. 10", "e.g. ", "Проф. ",
                           "“Quoted.” ", "(end.) ", "((((", "“", "¿", "会议举行。", "真的？",
                           "“引”。", "Ça va. ", "\u00a0", "\n", "\n. ", "Mr\n. ", " ", "x",
                           "-", "°", "word" * 70, "(" * 300, "The", "st.", "…", "؟ ",
                           # session 50's rules: numeric, ambiguous, paired and after-number
                           # abbreviations, odd starts, notes, guillemets, dashes, titles
                           "No. ", "Nov. ", "mAr. ", "NO. ", "5 ", "IV ", "Inc. ", "U.S. ",
                           "EE. ", "UU. ", "a. ", "C. ", "т. ", "е. ", "д. ", "1919 ",
                           "гг. ", "В ", "При ", "/ ", ", ", ". . . ", "[...] ", "[17] ",
                           " » ", "» ", "– ", "— ", "《", "》", "• ", "2. "])


@given(st.lists(_PIECES, max_size=25), st.sampled_from(LANGS))
@settings(max_examples=2500, deadline=None)
def test_generated_texts_are_cut_alike(pieces: list[str], lang: str) -> None:
    _same_cuts("".join(pieces), lang)


@pytest.mark.parametrize("text", [
    "x" * 300 + ". " + "(" * 300 + "The end.",  # the rest beyond the 256-character window
    "X.Y. " + "(" * 253 + "Theory",  # the next word cut by the window's end ("The")
    "X.Y. " + "(" * 260 + "The end",  # the next word from the whole rest
    "a" * 400 + ". Next",  # a word longer than the window
    "line\n. Next", "Mr\n. Next",  # the word before a line break
])
def test_window_edges(text: str) -> None:
    _same_cuts(text, "en")


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "See mAr. 5 here. NO. 5 there."),  # a word of mixed case, lower-cased as "mar"
    ("es", "EE. UU. El voto. a. C. La ciudad."),
    ("ru", "т. е. 5, и т. д. В 1919 гг. При этом г. Москва."),
    ("en", "Met. 2. Decides. Act No. 5. It. Acme Inc. The. [...] Then. x. [17] Y."),
    ("fr", "Prêts. » La séance. « Qui ? », a-t-il dit. Fin – suite."),
])
def test_session_50_rules_are_read_alike(lang: str, text: str) -> None:
    _same_cuts(text, lang)
