"""speed63: TP105's question of the source alone, whether a person the translation names
without honorific has a title in apposition (``_title_apposed``), asked once per source and
mention (the ``_apposed`` memo) instead of once per translation, against the plain computation
it replaces, on every English text of the accuracy corpora and on texts whose several
mentions answer differently."""

from __future__ import annotations

from corpora import corpus_texts
from transpub.checks import honorifics
from transpub.honorifics import Honorific, find_honorifics

import realcorpus


def _apposed_plain(source: str, mention: Honorific) -> bool:
    """``_title_apposed`` as it was written before its memo."""
    if honorifics._NAME_THEN_TITLE.match(source, mention.end) is not None:
        return True
    before = source[max(0, mention.start - honorifics._TITLE_REACH):mention.start].rstrip()
    if not before.endswith(","):
        return False
    clause = before[:-1]
    stops = list(honorifics._SENTENCE_STOP.finditer(clause))
    if stops:
        clause = clause[stops[-1].end():]
    return honorifics._TITLE_IN_CLAUSE.search(clause) is not None


#: one source, several mentions of which some have a title in apposition and some not: the
#: memo's key tells them apart
_MIXED = [
    "Mr. Philemon Yang, President of the General Assembly, met Ms. Okai and Dr. Tedros.",
    "Ms. Okai met the Special Rapporteur on the right to food, Mr. Michael Fakhri, and "
    "Mr. Smith.",
    "Mr. Smith said. The High Commissioner for Refugees, Mr. Filippo Grandi, spoke; Mr. "
    "Smith, a farmer, listened.",
]


#: generated sources: honorifics and names with a title after the name, before it, or none,
#: two or three to a text (the benchmark's releases name their persons so)
_HONORIFICS = ("Mr.", "Ms.", "Dr.", "H.E. Mr.", "Mrs", "Professor")
_NAMES = ("Okai", "Philemon Yang", "Irene Khan", "Volker Türk")
_SHAPES = ("{h} {n}, President of the General Assembly, said", "{h} {n} said",
           "the Special Rapporteur on food, {h} {n}, said", "said {h} {n}. Then",
           "{h} {n}, a farmer, noted", "the High Commissioner for Refugees, {h} {n}, said",
           "{h} {n}, the Executive Secretary, and")


def _generated() -> list[str]:
    parts = [shape.format(h=h, n=n) for shape in _SHAPES for h in _HONORIFICS for n in _NAMES]
    return [f"{parts[i]} {parts[(7 * i + 3) % len(parts)]} {parts[(11 * i + 5) % len(parts)]}."
            for i in range(len(parts))]


def _cases() -> list[tuple[str, Honorific]]:
    texts = [*_MIXED, *_generated(), *(text for text, _ in corpus_texts(("en",))),
             *dict.fromkeys(text for text, lang in realcorpus.texts() if lang == "en")]
    return [(text, mention) for text in texts for mention in find_honorifics(text, "en")]


def test_apposed_as_the_plain_computation() -> None:
    cases = _cases()  # (skipped when the real-text corpus is absent)
    assert len(cases) > 500
    answers = {_apposed_plain(text, mention) for text, mention in cases}
    assert answers == {True, False}  # (the corpora ask both ways)
    for order in (cases, cases[::-1]):  # (asked fresh, then from the memo, in either order)
        honorifics._apposed.cache_clear()
        for _ in range(2):
            for text, mention in order:
                assert honorifics._title_apposed(text, mention) == _apposed_plain(
                    text, mention), (text, mention)


def test_mentions_of_one_source_answer_apart() -> None:
    for text in _MIXED:
        honorifics._apposed.cache_clear()
        mentions = find_honorifics(text, "en")
        assert {_apposed_plain(text, m) for m in mentions} == {True, False}, text
        assert [honorifics._title_apposed(text, m) for m in mentions] == [
            _apposed_plain(text, m) for m in mentions]
