"""speed63: the name finder's shortcuts (``transpub.namefind``, TP107-TP109) against the plain
computations they replace, on generated text and on every text of the accuracy corpora:

* ``_unprefixed`` (a prefix's hyphen read as a space) found from the hyphen, against
  ``PREFIX_PLAIN``'s substitution as first written.
"""

from __future__ import annotations

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
