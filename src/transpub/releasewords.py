"""The words a copied release's contacts are read by, in the six UN languages: a contact
block's lead-in that asks nothing ("Informations complémentaires :"). The words are data
(``data/release_words.json``); this module only reads them."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def _words() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (files("transpub") / "data" / "release_words.json").read_text(encoding="utf-8"))
    return data


def _phrases(by_lang: dict[str, list[str]]) -> str:
    """One alternation of every language's phrases, longest first (so that "also available
    in" is tried before "available in"), each phrase's spaces any run of white space."""
    phrases = sorted({p for words in by_lang.values() for p in words}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + ")"


@cache
def _line_re(kind: str, tail: str = "") -> re.Pattern[str]:
    # (a colon after the phrase, French spacing or none: "Informations complémentaires :")
    return re.compile(r"^\W{0,3}" + _phrases(_words()[kind]) + r"\s*[:：]?" + tail + r"\s*$",
                      re.IGNORECASE)


def contact_lead(line: str) -> bool:
    """A contact block's lead-in that does not ask to be contacted, alone on its line
    ("Informations complémentaires :", "More information:", «更多信息：»)."""
    return len(line) <= 60 and _line_re("contact_leads").match(line.strip()) is not None
