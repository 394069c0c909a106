"""Whether a translation ``align`` reads is in its language: a page of the Arabic site whose
body is the English text (OHCHR's Glion statement under ``/ar/``) would fill the Arabic PO
file with English, unit by unit, each a near copy the checks see only when exact (TP603).

Arabic, Chinese and Russian are told by their script: most of the translation's letters are
the script's (a Chinese page names people in Latin letters, not most of it). French,
Spanish and the other languages of the source's script are told by the source's own words:
a translation's words in lower case (a capital's word may be a name, which every language
keeps) found among the source's, most of them for a copy, few for a translation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transpub.scripts import SCRIPT_NAMES, base_language, count_letters, script_letters

#: below this share of its letters in its script, or above this share of its words the
#: source's, a translation is not in its language
_SHARE = 0.5
#: a translation shorter than this is not judged (a page of one line): letters, words of
#: four letters or more
_LEAST = 40
_LEAST_WORDS = 20
_WORD = re.compile(r"\b[^\W\d_]{4,}\b")


def not_in_language(translation: Iterable[str], source: Iterable[str], lang: str,
                    source_lang: str) -> str:
    """Why the translation's text seems not to be in ``lang`` ("" when it is, or when too
    short to tell)."""
    text = " ".join(translation)
    # (the scripts' letters as TP603 and the PO files sent back read them: ``scripts``)
    script = script_letters(lang)
    if script is not None:
        letters = "".join(c for c in text if c.isalpha())
        if len(letters) < _LEAST:
            return ""
        ours = count_letters(script, letters)
        if ours < _SHARE * len(letters):
            return (f"{len(letters) - ours} of its {len(letters)} letters are not in "
                    f"{SCRIPT_NAMES[base_language(lang)]} script")
        return ""
    if script_letters(source_lang) is not None:
        return ""  # (the source in another script: nothing to compare words with)
    words = [w for w in _WORD.findall(text) if w.islower()]
    if len(words) < _LEAST_WORDS:
        return ""
    known = {w for w in _WORD.findall(" ".join(source)) if w.islower()}
    same = sum(1 for w in words if w in known)
    if same > _SHARE * len(words):
        return f"{same} of its {len(words)} words are the source's own ({source_lang})"
    return ""
