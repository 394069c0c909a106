"""sentalign's pairing of a unit's sentences: a source of one sentence answers without the
translation cut (session 67), as the general reading of the two sides' shares answers."""

from __future__ import annotations

from bisect import bisect_right

from transpub import sentalign
from transpub.sentalign import (
    _pair,
    same_sentence,
    same_sentence_at,
    sentence_of,
    sentence_starts,
)

SOURCES = [
    "The Secretary-General visited Syria and Lebanon on Monday with the Deputy.",
    "The Secretary-General visited Syria on Monday. He then flew to Lebanon for talks with "
    "the Government. Mr. Guterres returned to New York on Friday evening.",
    "Syria.",
]
TARGETS = [
    ("fr", "Le Secrétaire général s'est rendu en Syrie lundi. Il s'est ensuite rendu au Liban "
     "pour des entretiens. M. Guterres est rentré à New York vendredi soir."),
    ("fr", "Le Secrétaire général s'est rendu en Syrie et au Liban lundi avec l'adjoint."),
    ("zh", "秘书长星期一访问了叙利亚。随后他前往黎巴嫩与政府会谈。"
     "古特雷斯先生星期五晚上返回纽约。"),
    ("ru", ""),
]


def _general(source: str, target: str, lang: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    return sentence_starts(source, "en"), sentence_starts(target, lang)


def _sentence_of(source: str, start: int, target: str, lang: str
                 ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``sentence_of`` read from both sides' sentences, whatever the source's count."""
    starts, target_starts = _general(source, target, lang)
    if len(starts) < 2 and len(target_starts) < 2:
        return None
    n, m = len(starts), len(target_starts)
    i = bisect_right(starts, start) - 1
    low, high = (i * m) // n, ((i + 1) * m + n - 1) // n - 1
    bounds = ((starts[i], starts[i + 1] if i + 1 < n else len(source)),
              (target_starts[low] if low < m else len(target),
               target_starts[high + 1] if high + 1 < m else len(target)))
    return None if bounds == ((0, len(source)), (0, len(target))) else bounds


def _same_at(source: str, start: int, target: str, lang: str, target_start: int) -> bool:
    starts, target_starts = _general(source, target, lang)
    if len(starts) < 2 and len(target_starts) < 2:
        return True
    n, m = len(starts), len(target_starts)
    i = bisect_right(starts, start) - 1
    low, high = (i * m) // n, ((i + 1) * m + n - 1) // n - 1
    return low <= bisect_right(target_starts, target_start) - 1 <= high


def test_every_offset_answers_as_the_general_reading() -> None:
    for source in SOURCES:
        for lang, target in TARGETS:
            for start in range(len(source)):
                assert sentence_of(source, "en", start, target, lang) == _sentence_of(
                    source, start, target, lang), (source, target, start)
                for target_start in range(0, len(target) + 1, 3):
                    assert same_sentence_at(source, "en", start, target, lang,
                                            target_start) == _same_at(
                        source, start, target, lang, target_start)
            for said in ("Syria", "Lebanon", "Monday", "absent"):
                for other in ("Syrie", "Liban", "叙利亚", "纽约", "absent"):
                    # (a name not found either side: True, as the pairing stands)
                    offsets = [at for at in range(len(source)) if source.startswith(said, at)]
                    places = [at for at in range(len(target)) if target.startswith(other, at)]
                    expected = not offsets or not places or any(
                        _same_at(source, a, target, lang, b) for a in offsets for b in places)
                    assert same_sentence(source, "en", said, target, lang, other) == expected


def test_a_source_of_one_sentence_leaves_the_translation_uncut() -> None:
    source, (lang, target) = SOURCES[0], TARGETS[0]
    assert len(sentence_starts(source, "en")) == 1
    assert len(sentence_starts(target + " ", lang)) == 3  # (three sentences, when cut)
    sentalign._pair.cache_clear()
    sentence_starts.cache_clear()
    assert sentence_of(source, "en", 4, target, lang) is None
    assert same_sentence(source, "en", "Syria", target, lang, "Liban")
    # the source alone was cut
    assert sentence_starts.cache_info().misses == 1
    assert _pair(source, "en", target, lang).single
