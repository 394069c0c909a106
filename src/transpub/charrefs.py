"""Character references in a unit's text as the number and date readers see them.

A PO file of another project may hold HTML-escaped text: "push &#45;&#45; unsuccessfully",
"25&nbsp;000", "&#x2014;", "AT&amp;T" (News Commentary's sources, t67/hC). A reference is the
character it stands for, not text: its digits are no number ("&#45;" had been "number «45» is
missing", once per occurrence) and "&nbsp;" between digits groups them as a no-break space
does. The readers (``numfind.find_numbers``, ``datefind.dates_in``) read such a text with its
references decoded and give their places in the text as written.
"""

from __future__ import annotations

import html
import re

#: a numeric reference (decimal or hexadecimal) or a named one, with its semicolon (without
#: it HTML may still read some names, "&amp", but a text's "&" then is as often the sign)
CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decoded(text: str) -> tuple[str, list[int], list[int]] | None:
    """``text`` with its character references read as their characters, and for each
    character of it its start and end in ``text`` (a reference's character spans the
    reference); None for a text holding none (most texts: no "&", no scan, no copy).

    A name HTML does not know ("&foo;") stays as it is written."""
    if "&" not in text:
        return None
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for match in CHAR_REF.finditer(text):
        char = html.unescape(match.group())
        if char == match.group():
            continue  # (an unknown name: text, kept with what follows it)
        parts.append(text[at:match.start()])
        starts.extend(range(at, match.start()))
        ends.extend(range(at + 1, match.start() + 1))
        parts.append(char)
        starts.extend([match.start()] * len(char))
        ends.extend([match.end()] * len(char))
        at = match.end()
    if not parts:
        return None
    parts.append(text[at:])
    starts.extend(range(at, len(text)))
    ends.extend(range(at + 1, len(text) + 1))
    return "".join(parts), starts, ends
