"""The sentence splitter's quick paths (no marker, no CJK stop: ``segment.split_sentences``;
no inline element: ``_to_placeholders``) cut every text as the plain way does."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpora import corpus_texts
from transpub import segment
from transpub.model import Span
from transpub.segment import SegmentOptions, segment_block, split_sentences
from transpub.segment_rules import rules_for
from transpub.source import read_release

from conftest import REPO

LANGS = ("en", "fr", "es", "ru", "ar", "zh")


def _plain_split(text: str, lang: str, extra: tuple[str, ...] = ()) -> list[str]:
    """``split_sentences`` as it was: both patterns, the markers' depths and removal always
    looked for."""
    rules = rules_for(lang, extra)
    cuts: list[tuple[int, int]] = []
    depth_at = segment._depths(text)
    unmark = segment._unmark if segment._MARK_RE.search(text) else segment._same
    for pattern in (segment._LATIN_END, segment._CJK_END):
        for match in pattern.finditer(text):
            if (segment._is_boundary(text, match, rules, unmark)
                    and depth_at(match.end()) == 0):
                cuts.append((match.start("ws"), match.end()))
    if "《" in text:  # no sentence ends inside a Chinese title's marks
        cuts = segment._outside_titles(text, cuts)
    sentences: list[str] = []
    start = 0
    for end, nxt in sorted(set(cuts)):
        if end <= start or nxt >= len(text):
            continue
        sentences.append(text[start:end].strip())
        start = nxt
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


def _corpus_texts() -> list[tuple[str, str]]:
    return [(lang, text) for text, lang in corpus_texts(LANGS)]


def test_the_corpora_split_as_the_plain_way() -> None:
    texts = _corpus_texts()
    assert len(texts) > 500 and {lang for lang, _ in texts} == set(LANGS)
    # whole paragraphs too: each release's units of one language joined
    joined = [(lang, " ".join(t for lg, t in texts[i:i + 12] if lg == lang))
              for i in range(0, len(texts), 12) for lang in LANGS]
    for lang, text in [*texts, *joined]:
        for rules in {lang, "en", "zh"}:
            assert split_sentences(text, rules) == _plain_split(text, rules), (rules, text)


_MARKS = [chr(segment._MARK_BASE + 4 * i + flag) for i in range(3) for flag in (0, 1, 2)]
_PIECES = st.sampled_from(["Mr. ", "Dr. ", "He left. ", "She came! ", "U.N. ", "A. ", "9. ",
                           "Dezember ", "“Quoted.” ", "(end.) ", "会议举行。", "双方重申！",
                           "真的？", "“引”。", "Ça va. ", "\u00a0", "\n", " ", "x", *_MARKS])


@given(st.lists(_PIECES, max_size=25), st.sampled_from(LANGS))
@settings(max_examples=1500, deadline=None)
def test_generated_texts_split_as_the_plain_way(pieces: list[str], lang: str) -> None:
    text = "".join(pieces)
    assert split_sentences(text, lang) == _plain_split(text, lang)


@pytest.mark.parametrize("mode", ["sentence", "paragraph"])
def test_a_release_segments_as_the_plain_way(monkeypatch: pytest.MonkeyPatch,
                                             mode: str) -> None:
    """The sample release's blocks (with and without inline elements) through the quick paths
    and with them turned off (every text searched for markers and both kinds of stop)."""
    release = read_release(next((REPO / "source").glob("*.xml")))
    options = SegmentOptions(mode, "en", {})
    blocks = [b for b in release.blocks if b.translate]
    assert any(len(b.spans) > 1 for b in blocks) and any(len(b.spans) == 1 for b in blocks)
    quick = [segment_block(b, options) for b in blocks]
    quick_placeholders = segment._to_placeholders

    def plain_placeholders(piece: str, markup: dict[str, Span]) -> object:
        # a mapping that is never empty: always the regular expression's path (the extra
        # key is no marker, so it changes nothing else)
        return quick_placeholders(piece, {**markup, "\uffff": Span("atom", "")})

    monkeypatch.setattr(segment, "split_sentences", _plain_split)
    monkeypatch.setattr(segment, "_to_placeholders", plain_placeholders)
    segment._split_once.cache_clear()
    try:
        assert [segment_block(b, options) for b in blocks] == quick
    finally:
        segment._split_once.cache_clear()
