"""A placeholder left where a translation should be («NS», «TODO», «-», «xxx»): what marks
one, read by the checker (TP607, ``checks.placeholders``), the build and ``stats`` alike.

Kept apart from the checks so that the build and ``stats`` read it without importing the
checker (some 260 ms of imports). Which shapes mark one, and why: ``checks.placeholders``.
"""

from __future__ import annotations

import re

#: the longest placeholder, in characters
LONGEST = 5
#: the longest text a placeholder can be read in, its spaces about it included: a reader may
#: skip every longer translation without asking
LONGEST_TEXT = 4 * LONGEST

_SHAPE = re.compile(r"[^\w\s]+|([A-Za-z])\1{1,4}|[A-Z]{1,2}"
                    r"|(?:TODO|TBD|TBC|TBA|FIXME|N/A|WIP|todo|tbd|tbc|tba|fixme|n/a|wip)")
_WORD = re.compile(r"[^\W\d_]+")
_CAPITALS = re.compile(r"[A-Z]{1,2}")
#: the words of a source whose translation cannot be one or two capitals: a sentence (PAWS-X's
#: «NS» stand for sentences of ten words and more); a shorter source may be a name its acronym
#: translates, «UE» for "the European Union", «UN» for "the United Nations Organization"
SENTENCE_WORDS = 6


def placeholder(source: str, target: str) -> str | None:
    """The placeholder ``target`` is (stripped), or None for a translation."""
    if len(target) > LONGEST_TEXT:
        return None
    token = target.strip()
    if not token or len(token) > LONGEST or _SHAPE.fullmatch(token) is None:
        return None
    words = _WORD.findall(source)
    if len(words) < 3 or token.casefold() in {w.casefold() for w in words}:
        return None
    if len(words) < SENTENCE_WORDS and _CAPITALS.fullmatch(token):
        return None  # an acronym may translate a name («UE» for "the European Union")
    return token
