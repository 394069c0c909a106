"""Sentence segmentation, placeholders and unit ids."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transpub.model import Block, Span
from transpub.segment import (
    _WORD_BEFORE,
    PlaceholderMismatch,
    SegmentOptions,
    segment_block,
    split_sentences,
    to_spans,
    word_before,
)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "H.E. Mr. Yousef Sultan Larem and Dr. Majed Al-Ansari met Ms. Okai. Sheikha Alya "
           "Ahmed S. Al-Thani spoke.",
     ["H.E. Mr. Yousef Sultan Larem and Dr. Majed Al-Ansari met Ms. Okai.",
      "Sheikha Alya Ahmed S. Al-Thani spoke."]),
    ("en", "He thanked UNOCT “for its efforts.” Mr. Voronkov “thanked Qatar.”",
     ["He thanked UNOCT “for its efforts.”", "Mr. Voronkov “thanked Qatar.”"]),
    ("en", "It was adopted in the U.S. Congress. The vote was close.",
     ["It was adopted in the U.S. Congress.", "The vote was close."]),
    ("en", "See resolution No. 2178, e.g. its paragraph 5. It matters!",
     ["See resolution No. 2178, e.g. its paragraph 5.", "It matters!"]),
    ("en", "Growth was 2.5 per cent. Really? Yes.", ["Growth was 2.5 per cent.", "Really?",
                                                     "Yes."]),
    ("fr", "M. Voronkov et Mme Waly ont rencontré S. E. M. Moratinos. La réunion a eu lieu.",
     ["M. Voronkov et Mme Waly ont rencontré S. E. M. Moratinos.", "La réunion a eu lieu."]),
    ("es", "El Sr. Voronkov y la Excma. Sra. Juul hablaron. La Dra. Okai también.",
     ["El Sr. Voronkov y la Excma. Sra. Juul hablaron.", "La Dra. Okai también."]),
    ("ru", "Г-н Воронков выступил 9 декабря 2020 г. в Нью-Йорке. Проф. Иванов тоже.",
     ["Г-н Воронков выступил 9 декабря 2020 г. в Нью-Йорке.", "Проф. Иванов тоже."]),
    ("zh", "会议于2020年12月9日举行。双方重申了伙伴关系！他们说：“很好。”下一步呢？",
     ["会议于2020年12月9日举行。", "双方重申了伙伴关系！", "他们说：“很好。”", "下一步呢？"]),
    # a full-width stop ends the sentence before a list item's number (UN Parallel Corpus's
    # «…受伤。5. 决定…» had been cut into "…受伤。", "5.", "决定…") and before a lower-case
    # Latin word or an item's letter
    ("zh", "使其受伤。5. 决定应在会议之后举行特别会议；",
     ["使其受伤。", "5. 决定应在会议之后举行特别会议；"]),
    ("zh", "销量下降。iPhone 销量上升！(a) 决定举行会议。",
     ["销量下降。", "iPhone 销量上升！", "(a) 决定举行会议。"]),
    # a year's stop before a paragraph's number ends the sentence (the corpus's «…pour 2013.
    # 165. Dans…» had kept "165." with the sentence before); "1. 2." enumerations go on
    ("fr", "Le PIB estimatif pour 2013. 165. Dans son rapport, voir les points 1. 2. et 3.",
     ["Le PIB estimatif pour 2013.", "165. Dans son rapport, voir les points 1. 2. et 3."]),
    ("ar", "عقد المكتب اجتماعه. وشارك فيه السيد فورونكوف؟ نعم.",
     ["عقد المكتب اجتماعه.", "وشارك فيه السيد فورونكوف؟", "نعم."]),
])
def test_split_sentences(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


def test_configured_abbreviations() -> None:
    text = "Talk to Gouv. Smith. Now."
    assert split_sentences(text, "en") == ["Talk to Gouv.", "Smith.", "Now."]
    assert split_sentences(text, "en", ("Gouv.",)) == ["Talk to Gouv. Smith.", "Now."]


def _block(spans: list[Span], ident: str = "p3", kind: str = "p") -> Block:
    return Block(ident, kind, tuple(spans), 10, ordinal=3)


LINK = [Span("text", "See the "), Span("open", tag="a", attrs=(("href", "#"),)),
        Span("text", "Compact. It works"), Span("close", tag="a"),
        Span("text", ". Write to "), Span("atom", "a@un.org", "email"), Span("text", ". Done.")]


def test_no_sentence_ends_inside_a_link_and_placeholders_are_numbered() -> None:
    units = segment_block(_block(LINK), SegmentOptions())
    assert [u.text for u in units] == ["See the <a1>Compact. It works</a1>.",
                                       "Write to <x1/>.", "Done."]
    assert units[0].position == "paragraph 3, sentence 1 of 3"
    assert units[1].placeholders[0].span.text == "a@un.org"
    assert all(u.id.startswith("p3.") for u in units)


def test_ids_depend_on_the_sentence_not_on_its_position() -> None:
    first = segment_block(_block([Span("text", "One here. Two there.")]), SegmentOptions())
    second = segment_block(_block([Span("text", "Zero first. One here. Two there.")]),
                           SegmentOptions())
    assert [u.id for u in first] == [u.id for u in second[1:]]
    duplicate = segment_block(_block([Span("text", "Same. Same.")]), SegmentOptions())
    assert duplicate[0].id != duplicate[1].id


def test_paragraph_mode_and_single_unit_blocks() -> None:
    units = segment_block(_block([Span("text", "One. Two.")]), SegmentOptions(mode="paragraph"))
    assert [(u.id, u.text) for u in units] == [("p3", "One. Two.")]
    title = segment_block(_block([Span("text", "A. B.")], "title", "title"), SegmentOptions())
    assert [(u.id, u.text) for u in title] == [("title", "A. B.")]


def test_to_spans_moves_placeholders_and_rejects_broken_ones() -> None:
    unit = segment_block(_block(LINK), SegmentOptions())[0]
    spans = to_spans("Voir <a1>le Pacte</a1> <script>x</script>.", unit)
    assert [s.kind for s in spans] == ["text", "open", "text", "close", "text"]
    assert spans[-1].text == " <script>x</script>."  # not ours: stays text
    for broken in ("Voir le Pacte.", "<a1>x", "</a1><a1>x", "<a1>x</a1><a1>y</a1>", "<a1/>"):
        with pytest.raises(PlaceholderMismatch):
            to_spans(broken, unit)


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from("ab.-°º1 \n\t,éЖ中_\u2028") | st.characters(), max_size=20))
def test_the_word_before_a_full_stop_is_what_the_pattern_finds(window: str) -> None:
    """``word_before`` reads the window from its end instead of trying the pattern at every
    position: the same word, line breaks, non-word characters and any Unicode included."""
    found = _WORD_BEFORE.search(window)
    assert word_before(window) == (found.group(1) if found else "")
