"""The scripts the UN languages not written in Latin letters are written in, as the ranges
of their letters: one reading for PO files sent back (``po_returned``: a file for another
language), the check of a translation not in its language's script (TP603) and the memories
``tm import`` takes (``foreign_letters``); and the scripts written without spaces, whose words
extract's merge indexes by pairs of letters."""

from __future__ import annotations

import re
from functools import cache

#: the script each language's translations are written in (its letters' ranges)
SCRIPTS = {"ar": "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff",
           "ru": "\u0400-\u04ff", "zh": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"}
#: each script's name, as a message says it
SCRIPT_NAMES = {"ar": "Arabic", "ru": "Cyrillic", "zh": "Chinese (Han)"}
#: the letters of the scripts written without spaces between words, whose ``\w+`` "word" is
#: a whole clause: Thai, Lao, Myanmar, Khmer, the Japanese kana, Han (its extensions too)
SPACELESS = ("\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u31f0-\u31ff"
             "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f")


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


@cache
def _foreign(lang: str) -> re.Pattern[str] | None:
    """A letter beyond ASCII not of ``lang``'s script: what a text in a single-byte code page's
    reading of other bytes is mostly made of («ÊÓÆµ¶Ô»°» for GBK's «视频对话» read as
    Latin-1), and no name or product a translation keeps in Latin letters («UNOCT», «Igor
    Trunov», «Windows XP») is; None for a language of the Latin script."""
    ranges = SCRIPTS.get(base_language(lang))
    return None if ranges is None else re.compile(f"[^\\W\\d_\\x00-\\x7f{ranges}]")


def foreign_letters(lang: str, text: str) -> bool:
    """Whether ``text``, in ``lang``, is mostly letters of another script than its language's,
    beyond ASCII: TP603's "not in its language's script", read on a memory's segment, where a
    segment in Latin letters (a name, a product, an acronym, «Société Générale») is left to
    TP603's check of the unit it fills. Mostly: more such letters than of its script, and over
    a third of its letters (a misreading decoded back in part, «ÒÂ·þ» → «Ò·þ», may have made a
    letter of the script, «µç»°» → «µ绰»)."""
    foreign = foreign_count(lang, text)
    if not foreign:
        return False  # (one search in C: almost every text)
    letters = script_letters(lang)
    return (letters is not None and foreign > count_letters(letters, text)
            and foreign * 3 > sum(map(str.isalpha, text)))


def foreign_count(lang: str, text: str) -> int:
    """How many letters beyond ASCII ``text`` has that are not of ``lang``'s script (0 for a
    language of the Latin script)."""
    foreign = _foreign(lang)
    if foreign is None or foreign.search(text) is None:
        return 0
    return len(foreign.findall(text))
