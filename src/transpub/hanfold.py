"""Traditional Chinese characters read as simplified ones, so that a translation written in
traditional characters (a Taiwanese or Hong Kong translator's, a zh-Hant PO file) is read with
the simplified termbase, country and person names: «總統» is «总统», «紐約» «纽约», «沙克爾頓»
«沙克尔顿». One character for one (``data/han_simplified.json``, OpenCC's table made by
``tools/gen_han_simplified.py``), so every offset a check reports stays right.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources


@functools.cache
def _table() -> dict[int, int]:
    return str.maketrans(*_pairs())


@functools.cache
def _traditional() -> re.Pattern[str]:
    """Any character of the table: ``translate`` looks every character of a text up in
    Python's dict (7 us a Chinese sentence of the benchmark), a search of the table's
    characters scans it at C speed (0.5 us), and most texts, in simplified characters, have
    none to change."""
    return re.compile("[" + "".join(map(re.escape, _pairs()[0])) + "]")


@functools.cache
def _pairs() -> tuple[str, str]:
    data = json.loads(resources.files("transpub").joinpath("data/han_simplified.json")
                      .read_text(encoding="utf-8"))
    return data["traditional"], data["simplified"]


def simplified(text: str) -> str:
    """``text`` with its traditional characters as simplified (a text with none, ASCII or
    simplified, as it is)."""
    if text.isascii() or _traditional().search(text) is None:
        return text
    return text.translate(_table())


def warm() -> None:
    """Build the search of the table's characters before the check's workers are forked
    (``checks.warm``): each would compile it again on its first Chinese text."""
    _traditional()
