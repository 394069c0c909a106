"""A photo's credit and its picture id: "© UNICEF/NYHQ2011-0424/Dean", "Photo: UNICEF/
UNI322107/Haro", «照片：联合国儿童基金会/UNI322107/Haro». An agency's archive numbers its
pictures with capitals and digits between slashes, the shape of a UN document symbol
("A/RES/70/1"), and with a year and a serial number: the id is a code copied as it is written,
neither a document symbol (TP404) nor a quantity (TP301). Read after the copyright sign or a
caption's "Photo:" in the six languages (and "Foto:", Spanish and Portuguese captions' own), up
to the next space.
"""

from __future__ import annotations

import re

#: the sign or word a credit opens with, and the picture's id after it: a run holding a slash
#: (an agency and its number; "© UNICEF" alone names no picture), its letters Latin (a Chinese
#: caption runs on after it with no space); not "(c)", a list's third item ("(c) A/75/L.1")
_CREDIT = re.compile(r"(?:©|\b(?:Photo|PHOTO|Фото|ФОТО|Foto|FOTO)[ \u00a0]?:"
                     r"|照片[ \u00a0]?[:：]|صورة[ \u00a0]?:)[ \u00a0]*"
                     r"([^\s/]+/[0-9A-Za-z\u00c0-\u024f._’'/-]+)")
#: what every credit holds, tested before the search (most units hold none)
_GATE = re.compile(r"©|oto[ \u00a0]?:|OTO[ \u00a0]?:|照片|صورة")


def picture_ids(text: str) -> list[tuple[int, int]]:
    """The spans of the picture ids a text's photo credits give, first to last."""
    if _GATE.search(text) is None:
        return []
    return [m.span(1) for m in _CREDIT.finditer(text)]


def in_picture_id(spans: list[tuple[int, int]], start: int) -> bool:
    """Whether the character at ``start`` is inside one of ``spans`` (``picture_ids``)."""
    return any(begin <= start < end for begin, end in spans)
