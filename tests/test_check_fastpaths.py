"""The check's speed-ups give exactly what they replace: the trie form of a word alternation
(``retrie``, the number words) against the longest-first alternation, on generated word lists
and texts and on the real number-word tables."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from transpub import numwords, retrie
from transpub.numwords import _AR_PREFIX, _LETTER_AFTER, _LETTER_BEFORE, number_words

#: few letters, so that generated words are often prefixes of one another and of the text
_LETTERS = "abé-. ()"


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _found(pattern: str, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group("w")) for m in re.finditer(pattern, text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(_LETTERS, min_size=1, max_size=5), min_size=1, max_size=12),
       st.text(_LETTERS, max_size=40))
def test_trie_matches_as_the_alternation(words: list[str], text: str) -> None:
    # alone, before a lookahead that forces backtracking to a shorter word, and between
    # the word boundaries the number words use
    for before, after in (("", ""), ("", "(?=b)"), (_LETTER_BEFORE, _LETTER_AFTER)):
        plain = before + "(?P<w>" + _plain(words) + ")" + after
        trie = before + "(?P<w>" + retrie.alternation(words) + ")" + after
        assert _found(trie, text) == _found(plain, text)


def test_no_words_match_nothing() -> None:
    assert re.search(retrie.alternation([]), "abc") is None


_TEXTS = {
    "fr": "vingt et un États, deux cent mille personnes, le quatre-vingt-dixième, décennal, "
          "les vingt-cinq, trois cents, un milliard, dix-sept.",
    "es": "veintiún países, doscientos mil, el vigésimo quinto, decenal, mil millones, quince",
    "ru": "до пяти лет, двадцать одного государства, семидесятой сессии, трехсот тысяч, "
          "полтора миллиона, десятилетний, сорок пятого, одиннадцать",
    "ar": "الاثني عشر، خمسة عشر، الرابعة والخمسين بعد المائة، وبثلاثة، للعشرين، مليون",
    "en": "twenty-one States, one hundred and fifty, a thousand, eleven, the seventieth",
}


def test_number_words_pattern_is_the_alternation() -> None:
    for lang, text in _TEXTS.items():
        words = number_words(lang)
        prefix = _AR_PREFIX if lang == "ar" else ""
        plain = re.compile(_LETTER_BEFORE + prefix + "(?P<w>" + _plain(list(words)) + ")"
                           + _LETTER_AFTER)
        fast = numwords._pattern(lang)
        assert fast is not None
        # each text, and every suffix of it: matches starting mid-word as well
        for start in range(len(text)):
            assert _found(fast.pattern, text[start:]) == _found(plain.pattern, text[start:])
        assert _found(fast.pattern, text), lang
