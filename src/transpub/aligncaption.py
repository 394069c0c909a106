"""A picture's caption and credit among a page's lines, for ``align``: a translation page
sets its own pictures («El equipo de UNICEF México en Tijuana distribuye kits… © UNICEF/
UNI322107/»), a release copied from its site its own ("© UNICEF/NYHQ2011-0424/Dean" over
"A girl and her parents queue for water…"), seldom the same. Read as text, a caption the
other side lacks had been paired with the release's headline or a short unit, and the pairs
after it shifted by one.

Read from evidence, not words: a credit is a line that opens with "©", or ends with it and
a name, or with a picture's number, an agency's id of two slashes and a digit
("UNICEF/Yemen/2019"), or "(c)" written for "©" at a line's start or end beside a name or
an agency, never a subparagraph's ("paragraph 2 (c) of resolution …"); the caption is the
credit's own paragraph, or the paragraph of one sentence under a credit standing alone (a
credit above its caption, as UNICEF's pages set them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from transpub.model import Segment
from transpub.segment import PLACEHOLDER_RE

#: a credit: "©" opening a line, or closing one (a name or an id of 60 characters at most
#: after it); a picture's id closing a line, an agency's name and two slashes, a digit in it
#: ("UNICEF/UNI322107/", "UNICEF/Yemen/2019": "UNICEF/WHO/UNFPA" names agencies)
_CREDIT = re.compile(r"^\W{0,3}©|©[^©]{1,60}$"
                     r"|(?<![\w/])(?=[\w./-]*\d)[A-Z][\w.-]*/[\w.-]*/[\w.-]*\W{0,3}$")
#: A name or an agency and a picture's id after "(c)", the rest of the line: capitalised
#: words, ids and years, joined by spaces, slashes and commas ("(c) UNICEF/UNI322107/Dean",
#: "(c) Jane Doe, 2024"); a word in lower case ("(c) of resolution 2664") is none.
_NAMED_END = (r"\s*(?:[A-Z][\w.'’&-]*|\d{4})"
              r"(?:[ /,]++(?:[A-Z][\w.'’&-]*+|\d{4}|de|van|von|al|el|bin))*+[ /]*+$")
#: "(c)" written for "©", opening a line or closing one, a name or an agency beside it.
_C_CREDIT = re.compile(r"^\W{0,3}\([cC]\)" + _NAMED_END + r"|\([cC]\)" + _NAMED_END)
#: What makes "(c)" a list's item or a subparagraph, no credit: "paragraph 2 (c)", "para. 4
#: (c)", "subparagraph (c)", «alinéa c)», an "(a)" or "(b)" before it.
_C_CITED = re.compile(r"(?:\b(?:sub-?|sous-)?para(?:graphe?)?s?\.?[\s\d(]*+$|\b(?:alinéa|apartado|"
                      r"párrafo|пункт|подпункт)[\s\d(]*+$|段\s*+\(?$|\([abAB]\))",
                      re.IGNORECASE)


def _c_credit(text: str) -> bool:
    """A credit written with "(c)" for "©": at the line's start or end, a name or an agency
    beside it, never after "paragraph 2", "subparagraph" or a list's "(a)", "(b)" ("paragraph 2
    (c) of resolution 2664 (2022)" is a sentence of the text: it had been left unfilled)."""
    match = _C_CREDIT.search(text)
    return match is not None and _C_CITED.search(text[:match.start() + 1]) is None
#: a caption is a line of a page, no paragraph of text; one under its credit is a sentence
_LONGEST = 400
_CAPTION = 250
#: a credit standing alone: "© UNICEF/NYHQ2011-0424/Dean", "UNICEF/Yemen/2019"
_ALONE = 80


def _alone(text: str) -> bool:
    text = PLACEHOLDER_RE.sub("", text).strip()
    return len(text) <= _ALONE and (text[:1] == "©" or (text[:3].lower() == "(c)"
                                                          and _c_credit(text))
                                    or (_CREDIT.search(text) is not None and " " not in text))


def is_credit(text: str) -> bool:
    """A picture's credit, alone or closing its caption."""
    text = PLACEHOLDER_RE.sub("", text).strip()
    return len(text) <= _LONGEST and (_CREDIT.search(text) is not None or _c_credit(text))


def captions(segments: Sequence[Segment]) -> frozenset[int]:
    """The indices of the captions' and credits' sentences: each sentence of a paragraph
    holding a credit, and the paragraph of one sentence under a credit standing alone."""
    blocks: dict[str, list[int]] = {}
    for k, segment in enumerate(segments):
        blocks.setdefault(segment.block_id, []).append(k)
    found: set[int] = set()
    order = list(blocks.values())
    for at, indices in enumerate(order):
        if not any(is_credit(segments[k].text) for k in indices):
            continue
        if any(len(PLACEHOLDER_RE.sub("", segments[k].text)) > _LONGEST for k in indices):
            continue  # (a paragraph of text naming a picture's credit)
        found.update(indices)
        under = order[at + 1] if at + 1 < len(order) else []
        if len(indices) == 1 and len(under) == 1 and _alone(segments[indices[0]].text) \
                and len(segments[under[0]].text) <= _CAPTION:
            found.add(under[0])
    return frozenset(found)
