"""The scripts the UN languages not written in Latin letters are written in, as the ranges
of their letters: one reading for PO files sent back (``po_returned``: a file for another
language) and the check of a translation not in its language's script (TP603)."""

from __future__ import annotations

import re
from functools import cache

#: the script each language's translations are written in (its letters' ranges)
SCRIPTS = {"ar": "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff",
           "ru": "\u0400-\u04ff", "zh": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"}
#: each script's name, as a message says it
SCRIPT_NAMES = {"ar": "Arabic", "ru": "Cyrillic", "zh": "Chinese (Han)"}


def base_language(lang: str) -> str:
    """``lang``'s language without its region or script ("zh_CN", "zh-Hans": "zh")."""
    return lang.replace("-", "_").split("_")[0].casefold()


@cache
def script_letters(lang: str) -> re.Pattern[str] | None:
    """A run of letters of ``lang``'s script (None: a language of the Latin script, or one
    this table does not know)."""
    ranges = SCRIPTS.get(base_language(lang))
    return None if ranges is None else re.compile(f"[{ranges}]+")


def count_letters(letters: re.Pattern[str], text: str) -> int:
    """How many of ``text``'s characters ``letters`` (``script_letters``) finds: what is left
    when its runs are taken out, read off the length (four times as fast as a list of each
    letter, on every unit of a check)."""
    return len(text) - len(letters.sub("", text))
