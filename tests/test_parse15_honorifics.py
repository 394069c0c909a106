"""parse15: ``find_honorifics`` runs each language's pattern as ``honorifics._scan`` makes it
(the character before the honorific taken by the pattern instead of its look-behind, on the
text with a space in front; in Chinese, tried only where a first character of an honorific
stands) and finds what ``finditer`` of ``_patterns``' pattern finds: the same mentions, merged
the same, on generated text and on every text of the corpora, in every language."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from tests.test_check_cpu8 import _plain_honorifics

from corpora import TARGETS, corpus_texts
from transpub import honorifics

_LANGS = ("en", "fr", "es", "ru", "ar", "zh")
_PIECES = ["Mr.", "Mr", "Ms.", "Mrs.", "H.E.", "H. E.", "Dr.", "Sir", "M.", "Mme", "S. E.",
           "Sr.", "Sra.", "Excmo.", "г-н", "г-жа", "Его Превосходительство", "السيد", "السيدة",
           "والسيد", "سعادة", "先生", "女士", "阁下", "先生们", "博士", "Khan", "Voronkov",
           "沃龙科夫", "فورونكوف", "Воронков", "khan", " ", "  ", "\u00a0", ".", ",", "(", ")",
           "-", "x", "mr.", "MR.", "M", "س", "ال", "\n", "A", "Б", "é"]


# ``find_honorifics`` as first written: ``finditer`` of the pattern over the folded text (its
# scan, ``_find_honorifics``: «د.» joined to a name is looked for apart)
_plain = _plain_honorifics


def test_each_language_is_scanned_another_way() -> None:
    for lang in ("en", "fr", "es", "ru", "ar"):
        scan = honorifics._scan(lang)
        assert scan is not None and scan[2] == 1, lang
    scan = honorifics._scan("zh")
    assert scan is not None and scan[2] == 0 and scan[3] is not None
    assert honorifics._scan("de") is None


@settings(max_examples=800, deadline=None)
@given(st.sampled_from(_LANGS), st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
@example("en", ["H.E.", " ", "Mr.", " ", "Voronkov"])
@example("en", ["Mr.", " ", "Mr.", " ", "Khan"])
@example("fr", ["S. E.", " ", "M.", " ", "Voronkov"])
@example("ar", ["والسيد", " ", "فورونكوف"])
@example("zh", ["沃龙科夫", "先生", "女士", "阁下"])
@example("zh", ["Khan", "先生们"])
def test_found_as_finditer_finds(lang: str, pieces: list[str]) -> None:
    text = "".join(pieces)
    assert honorifics._find_honorifics(text, lang) == _plain(text, lang), text


def test_found_as_finditer_finds_on_the_corpora() -> None:
    count = 0
    for text, _lang in corpus_texts(("en", *TARGETS)):
        for lang in _LANGS:
            assert honorifics._find_honorifics(text, lang) == _plain(text, lang), (lang, text)
        count += 1
    assert count > 500  # the corpora are in the repository: never an empty walk
