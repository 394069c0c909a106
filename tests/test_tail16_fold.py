"""TP701/TP702's folded key of a text outside Latin-1 (``consistency._fold``), found as runs of
words separated by one space (``_WORD_RUNS``, one match a phrase, not one a word), equals the
words ``[^\\W_]+`` finds, joined by one space and case folded (issue 13, tail16): on generated
texts of every width (spaces, no-break and doubled spaces, underscores, combining marks,
punctuation of every script between and inside words), on the accuracy corpora's texts and
their pseudo-translations (the benchmark's), on the sample's PO files and on the real
translators' Arabic, Chinese and Russian ones."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpora import corpus_texts
from transpub import catalog
from transpub.checks import consistency

import realdata
from conftest import REPO
from pseudo import pseudo

_WORD_RUN = re.compile(r"[^\W_]+")


def _plain(text: str) -> str:
    """The key as it was made word by word."""
    # (Arabic's tatweel, harakat and superscript alef left out: session 59)
    text = text.translate(dict.fromkeys([0x0640, *range(0x064B, 0x0660), 0x0670]))
    return " ".join(_WORD_RUN.findall(text)).casefold()


def _wide(text: str) -> bool:
    """A text ``_fold`` gives to ``re`` (neither ASCII nor Latin-1)."""
    return not text.isascii() and max(text) > "\xff"


_PIECES = st.sampled_from(
    [" ", "  ", "\u00a0", "\u202f", "\u3000", "\t", "\n", "_", "-", ".", ",", "’", "«", "»",
     "،", "؛", "\u061c", "。", "，", "、", "【", "】", "\u0301", "\u0306", "\u064b", "ß", "ﬁ",
     "İ", "Σ", "ς", "²", "½", "٣", "Ⅷ", "😀", "ж", "Ж", "日本", "كلمة", "Слово", "A", "a1"])
_CHARS = st.one_of(_PIECES, st.characters(), st.characters(max_codepoint=0x7F))


@settings(max_examples=2000, deadline=None)
@given(st.lists(_CHARS, max_size=40).map("".join))
@example("Генеральный  секретарь ООН, г-н Гутерриш")
@example("ж _a b_ c\u00a0d  e")
@example("الأمين العام، السيد غوتيريش")
@example("秘书长 古特雷斯 先生。联合国")
@example("ж word ")
@example(" ж")
def test_fold_of_generated_texts_is_the_words_joined(text: str) -> None:
    assert consistency._fold(text) == _plain(text)


def test_fold_of_the_corpora_and_their_pseudo_translations() -> None:
    wide = 0
    for text, lang in corpus_texts(["en", "fr", "es", "ru", "ar", "zh"]):
        for made in (text, pseudo(text, lang), f"ж {text}", text.replace(" ", "  ")):
            assert consistency._fold(made) == _plain(made), made
            wide += _wide(made)
    assert wide > 2000, wide


def test_fold_of_the_samples_po_files() -> None:
    wide = 0
    for path in sorted((REPO / "locales").glob("*/LC_MESSAGES/*.po")):
        for entry in catalog.read_translations(path).entries:
            for text in (entry.source, entry.target):
                assert consistency._fold(text) == _plain(text), text
                wide += _wide(text)
    assert wide > 50, wide


def test_fold_of_the_real_translators_files() -> None:
    """The Arabic, Chinese and Russian translations of the real PO files (combining marks,
    the Arabic comma, CJK punctuation: their words as they are)."""
    rels = [rel for rel in realdata.manifest() if rel.endswith(".po") and "corpus_real" in rel]
    assert rels
    wide = 0
    for rel in rels:
        for entry in catalog.read_translations(realdata.path(rel)).entries:
            assert consistency._fold(entry.target) == _plain(entry.target), entry.target
            wide += _wide(entry.target)
    assert wide > 5000, wide
