"""Honorifics of named persons ("Mr. Voronkov" -> «M. Voronkov», «г-н Воронков», «السيد
فورونكوف», «沃龙科夫先生») found in text, with their kind and gender. The forms are data
(``data/honorifics.json``)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from transpub.fastnew import maker
from transpub.firstchars import guard
from transpub.terms import fold


@dataclass(frozen=True, slots=True)
class Honorific:
    """One honorific, or a run of them naming one person ("H.E. Mr.", «S. E. M.»)."""

    start: int
    end: int
    text: str
    genders: frozenset[str]


#: ``Honorific(...)`` without its ``__init__`` (fastnew): one per honorific of every text
_new = maker(Honorific, "start", "end", "text", "genders")


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    base = lang.split("_")[0].split("-")[0]
    data = json.loads((files("transpub") / "data" / "honorifics.json").read_text(
        encoding="utf-8"))
    entries = data.get(base)
    if not entries:
        return None
    groups: dict[str, str] = {}
    parts = []
    for index, entry in enumerate(entries):
        name = f"h{index}"
        groups[name] = entry["gender"]
        parts.append(f"(?P<{name}>{entry['re']})")
    body = "|".join(parts)
    flags = 0 if base == "en" else re.IGNORECASE
    # the characters a match starts with, tested first: at most positions of a text the
    # branches fail one after the other otherwise (about half the scan's time; firstchars.py)
    body = guard(body, flags) + "(?:" + body + ")"
    if base in ("zh", "ja"):  # after the name: 沃龙科夫先生; not 先生们 (gentlemen)
        pattern = r"(?<=[\u3400-\u9fff·A-Za-z)）])(?:" + body + r")(?!们)"
    elif base == "ar":
        pattern = r"(?<![\w])(?:" + body + r")(?!\w)(?=\s+\S)"
    else:
        # before a capitalised name (an initial inside a name, "Ahmed M. Al-Thani", may count
        # as an extra honorific: extras raise nothing)
        pattern = (r"(?<![\w.])(?:" + body + r")(?![\w])"
                   r"(?=[\s\u00a0]+(?:\S+[\s\u00a0]+){0,2}(?-i:[A-ZА-ЯЁ]))")
    # English is matched as written ("Mr" before a name); elsewhere a sentence may start
    # with «Г-н» and a written-out form may be lower case («el señor Khan»)
    return re.compile(pattern, flags), groups


#: a mention's genders, made once: ``frozenset({gender} if gender else set())``
_GENDERS = {"": frozenset(), "m": frozenset({"m"}), "f": frozenset({"f"})}
#: what may stand between two honorifics of one person ("H.E. Mr.")
_BETWEEN = re.compile(r"[\s\u00a0]*")


def find_honorifics(text: str, lang: str) -> list[Honorific]:
    """The honorifics in ``text``; adjacent ones (one person's) merged into one mention."""
    compiled = _patterns(lang)
    if compiled is None:
        return []
    pattern, groups = compiled
    folded = fold(text, lang)
    out: list[Honorific] = []
    for match in pattern.finditer(folded):
        gender = next((groups[g] for g, v in match.groupdict().items() if v), "")
        genders = _GENDERS.get(gender)
        if genders is None:  # (a gender the data may add)
            genders = frozenset({gender})
        # (the text between the two, matched in place: no slice, no look-up of the pattern)
        if out and _BETWEEN.fullmatch(folded, out[-1].end, match.start()):
            last = out.pop()
            out.append(_new(last.start, match.end(), text[last.start:match.end()],
                            last.genders | genders))
            continue
        out.append(_new(match.start(), match.end(), text[match.start():match.end()], genders))
    return out
