"""Traditional Chinese characters read as simplified ones, so that a translation written in
traditional characters (a Taiwanese or Hong Kong translator's, a zh-Hant PO file) is read with
the simplified termbase, country and person names: «總統» is «总统», «紐約» «纽约», «沙克爾頓»
«沙克尔顿». One character for one (``data/han_simplified.json``, OpenCC's table made by
``tools/gen_han_simplified.py``), so every offset a check reports stays right.
"""

from __future__ import annotations

import functools
import json
from importlib import resources


@functools.cache
def _table() -> dict[int, int]:
    data = json.loads(resources.files("transpub").joinpath("data/han_simplified.json")
                      .read_text(encoding="utf-8"))
    return str.maketrans(data["traditional"], data["simplified"])


def simplified(text: str) -> str:
    """``text`` with its traditional characters as simplified (an ASCII text as it is)."""
    if text.isascii():
        return text
    return text.translate(_table())
