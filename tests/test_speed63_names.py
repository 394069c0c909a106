"""speed63: the name finder's shortcuts (``transpub.namefind``, TP107-TP109) against the plain
computations they replace, on generated text and on every text of the accuracy corpora:

* ``_unprefixed`` (a prefix's hyphen read as a space) found from the hyphen, against
  ``PREFIX_PLAIN``'s substitution as first written;
* a pattern of names tried only where its matches can start (``_Scan``), against its
  ``finditer``, for every name of every kind and language read word by word or within word
  boundaries;
* an Arabic text's keys (``_keys``: its words' cores' first letters) read from a memo of
  words, against the cores of every word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpora import TARGETS, corpus_texts
from transpub import namefind


def _unprefixed_plain(text: str) -> str:
    if "-" not in text or not namefind.PREFIX_PLAIN.search(text):
        return text
    return namefind.PREFIX_PLAIN.sub(lambda m: m.group()[:-1] + " ", text)


#: what the prefixes' pattern looks at: the prefixes, capitals' words, hyphens, word and
#: non-word characters around them
_PIECES = st.sampled_from(["anti", "Anti", "pro", "Pro", "non", "Ex", "ex", "pan", "Post", "pre",
                           "inter", "Intra", "UNEP", "FAO", "AB", "A", "É", "é", "x", "_", "1",
                           "-", "-", "-", " ", " ", ".", "Korea", "DPRK", "Я"])


@settings(max_examples=800, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
@example("the anti-Democratic People's Republic of Korea hearing")
@example("the UNEP-FAO MoU, Guinea-Bissau, semi-anti-Korea")
@example("HIGH-LEVEL CO-OPERATION, COUNTER-TERRORISM, AL-QAEDA, A-BC, _AB-CD, 1AB-CD")
@example("AB-CD-EF-GH")
@example("ÉAB-CD")
@example("-AB")
def test_unprefixed_as_the_plain_pattern(text: str) -> None:
    assert namefind._unprefixed(text) == _unprefixed_plain(text)


def test_unprefixed_on_the_corpora() -> None:
    for text, _lang in corpus_texts(("en", *TARGETS)):
        assert namefind._unprefixed(text) == _unprefixed_plain(text), text


_KINDS = (namefind.COUNTRIES, namefind.UN_NAMES, namefind.PLACES)
_SCANNED = ("en", "fr", "es", "ru", "ar")


def _scans(kind: str, base: str, code: str) -> list[namefind._Scan]:
    own = namefind._own_patterns(kind, base, code)
    found_only = namefind._found_only(kind, base).get(code)
    return [scan for scan in (*(own or ()), found_only) if scan is not None]


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


def _same_scans(kind: str, base: str, code: str, texts: list[str]) -> None:
    for scan in _scans(kind, base, code):
        assert scan.starts is not None  # (only Chinese patterns are scanned by re alone)
        for text in texts:
            assert _spans(scan.finditer(text)) == _spans(scan.pattern.finditer(text)), (
                code, text)


def test_scans_on_the_corpora() -> None:
    """Every name's patterns of every kind, on the corpora's texts of its language and on
    texts made of its own names and others' (clitics, cases, hyphens, words around them)."""
    for base in _SCANNED:
        texts = [namefind.folded_for(text, base) for text, _ in corpus_texts((base,))]
        for kind in _KINDS:
            names = list(namefind._names(kind, base))
            for code, own in namefind._by_code(kind, base).items():
                made = [f"{name}" for name in own] + [
                    f"و{own[0]} - {names[len(own[0]) % len(names)]}، ب{own[-1]}ها x{own[0]}",
                    f"({own[0].upper()}), {own[0]}ы и {own[0][:-1]}ого; -{own[-1]}_"]
                _same_scans(kind, base, code, texts + made)


#: pieces of texts around names: particles and articles, Russian endings, word characters
#: and not, hyphens and dashes, spaces
_AROUND = ["و", "ف", "ب", "ل", "ال", "لل", "ا", "أ", "ة", "ы", "ого", "ой", "ие", "s", "x", "_",
           "1", "-", "–", " ", " ", "  ", ",", "(", "'", "é", "É"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_SCANNED), st.sampled_from(_KINDS), st.integers(0, 10_000),
       st.lists(st.one_of(st.sampled_from(_AROUND), st.integers(0, 10_000)), max_size=10))
def test_scans_on_generated_texts(base: str, kind: str, pick: int,
                                  pieces: list[str | int]) -> None:
    by_code = namefind._by_code(kind, base)
    codes = sorted(by_code)
    code = codes[pick % len(codes)]
    names = sorted(namefind._names(kind, base))
    text = "".join(names[piece % len(names)] if isinstance(piece, int)
                   and piece % 3 else by_code[code][piece % len(by_code[code])]
                   if isinstance(piece, int) else piece for piece in pieces)
    _same_scans(kind, base, code, [text, namefind.folded_for(text, base),
                                   re.sub(r"\s+", "", text)])


def _keys_plain(text: str) -> frozenset[str]:
    return frozenset(core[:namefind._KEY]
                     for word in namefind._WORDS.findall(text.translate(namefind._ALEFS))
                     for core in namefind._cores(word, "ar"))


#: Arabic words' pieces: particles, articles, alefs and hamza seats, letters, marks
_ARABIC = ["و", "ف", "ب", "ك", "ل", "ال", "لل", "ا", "أ", "إ", "آ", "م", "ر", "ص", "ة", "ي",
           "\u064b", "\u0640", " ", "-", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_ARABIC), max_size=16).map("".join))
@example("وبالبرازيل والأمم المتحدة، لمصر ولإسبانيا")
def test_arabic_keys_from_the_memo_of_words(text: str) -> None:
    for _ in range(2):  # (the words' memo empty, then full)
        assert namefind._keys.func(text, "ar") == _keys_plain(text)


def test_arabic_keys_on_the_corpora() -> None:
    namefind._word_keys.cache_clear()
    for text, _lang in corpus_texts(("ar",)):
        folded = namefind.folded_for(text, "ar")
        assert namefind._keys.func(folded, "ar") == _keys_plain(folded), text
