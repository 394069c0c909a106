"""Numbers a source says by an idiom a translation may say without them (used by TP301).

"24 hours a day, 7 days a week", "24/7", "around the clock" are «على مدار الساعة وطوال أيام
الأسبوع», «круглосуточно и без выходных», «jour et nuit», «全天候»: UN translators say the
idiom, not its numbers. A number of the source inside such an idiom, missing from a translation
that has one of its language's words for it, is told to a reviewer (info), never an error.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transpub.numfind import NumberMention

#: the source's idioms: a time said by the hours of a day or the days of a week or a year
_SOURCE = re.compile(
    r"(?<![\w.,])(?:24(?:\s*(?:hours?|hrs?)\s+(?:a|per|each)\s+day|\s*/\s*7|\s*-?\s*hours?\b)"
    r"|7\s+days\s+(?:a|per|each)\s+week|365\s+days\s+(?:a|per|each)\s+year)", re.IGNORECASE)
#: what each language says instead (a word's stem where it declines)
_TARGET = {
    "ar": re.compile(r"على\s+مدار\s+(?:الساعة|اليوم|الأسبوع|السنة)|طوال\s+(?:أيام\s+)?"
                     r"(?:الأسبوع|اليوم|الوقت|السنة|العام)|ليلا?\s+ونهارا?|ليل\s+نهار"),
    "fr": re.compile(r"jour\s+et\s+nuit|en\s+permanence|sans\s+interruption|tous\s+les\s+jours"
                     r"|toute\s+l'année|non-stop|7\s+jours\s+sur\s+7|24\s+heures\s+sur\s+24",
                     re.IGNORECASE),
    "es": re.compile(r"d[íi]a\s+y\s+noche|permanentemente|sin\s+interrupci[óo]n"
                     r"|todos\s+los\s+d[íi]as|todo\s+el\s+año|ininterrumpidamente",
                     re.IGNORECASE),
    "ru": re.compile(r"круглосуточн|без\s+выходных|ежедневн|круглый\s+год|днем\s+и\s+ночью",
                     re.IGNORECASE),
    "zh": re.compile(r"全天候|昼夜|日夜|全天|全年无休|不间断|每天|每周七天|一周七天"),
}


def said_by_idiom(source: str, mention: NumberMention, target: str, lang: str) -> bool:
    """Is ``mention`` part of an idiom of the source that the translation says its own way?"""
    if not ("24" in source or "7 " in source or "365" in source):
        return False
    inside = any(m.start() <= mention.start < m.end()
                 for m in _SOURCE.finditer(source, max(0, mention.start - 2),
                                           min(len(source), mention.end + 40)))
    return inside and _has_idiom(target, lang)


@lru_cache(maxsize=64)
def _has_idiom(target: str, lang: str) -> bool:
    """(Once per translation: asked for each of its missing numbers.)"""
    words = _TARGET.get(lang.split("_")[0])
    return words is not None and words.search(target) is not None
