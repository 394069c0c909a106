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
from transpub.firstchars import first_chars, guard, tried_at
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
        # one named group per entry and no other: exactly one takes part in a match, and
        # ``match.lastgroup`` names it (``find_honorifics``)
        plain = re.compile(entry["re"])
        if plain.groups or plain.fullmatch(""):
            raise ValueError(f"honorifics.json ({base}): {entry['re']!r} holds a capturing "
                             "group or matches an empty text")
        groups[name] = entry["gender"]
        parts.append(f"(?P<{name}>{entry['re']})")
    body = "|".join(parts)
    flags = 0 if base == "en" else re.IGNORECASE
    # the characters a match starts with, tested first: at most positions of a text the
    # branches fail one after the other otherwise (about half the scan's time; firstchars.py)
    body = guard(body, flags) + "(?:" + body + ")"
    if base in ("zh", "ja"):  # after the name: 沃龙科夫先生; not 先生们 (gentlemen)
        # (a name in Latin letters has a space before the honorific: «Sutopo 先生»)
        pattern = (r"(?:(?<=[\u3400-\u9fff·A-Za-z)）])|(?<=[A-Za-z)）][ \u00a0]))(?:" + body
                   + r")(?!们)")
    elif base == "ar":
        # (before the name, or a slash then the name: «السيد/ "ريد"», as forms write it)
        pattern = r"(?<![\w])(?:" + body + r")(?!\w)(?=/?\s+\S|/\S)"
    else:
        # before a capitalised name (an initial inside a name, "Ahmed M. Al-Thani", may count
        # as an extra honorific: extras raise nothing)
        pattern = (r"(?<![\w.])(?:" + body + r")(?![\w])"
                   r"(?=[\s\u00a0]+(?:\S+[\s\u00a0]+){0,2}(?-i:[" + _CAPITALS + "]))")
    # English is matched as written ("Mr" before a name); elsewhere a sentence may start
    # with «Г-н» and a written-out form may be lower case («el señor Khan»)
    return re.compile(pattern, flags), groups


#: The capitals a name may start with: Latin with its accents («Madame Élisabeth», "Mr.
#: Öcalan", «M. Łukasz», «Sr. Şahin»), Cyrillic
_CAPITALS = ("A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
             "А-ЯЁ")


#: The look-behinds ``_patterns`` starts a pattern with, and the class of the character
#: before the match that each lets stand (``_scan``)
_BEHIND = {r"(?<![\w.])": r"[^\w.]", r"(?<![\w])": r"[^\w]"}


@cache
def _scan(lang: str) -> tuple[re.Pattern[str], dict[str, str], int, re.Pattern[str] | None] | None:
    """``_patterns(lang)`` as ``find_honorifics`` runs it. A pattern that starts with a
    look-behind is tried by ``re`` at every position of a text. Where the look-behind refuses
    a character before the match (every language but Chinese), the pattern takes that
    character instead, and runs on the text with a space in front (the third item, 1: the
    offset to take off): ``re`` then scans from space to punctuation mark at C speed. The
    matches are the same, but that two adjacent ones would need the second to start just
    where the first ends; every match is followed by a space or a slash (the pattern's
    look-ahead), with which no honorific starts (its first characters hold none). Elsewhere
    (Chinese: a name before the honorific, its look-behind wants a character) the fourth item
    searches for the characters a match starts with, where the pattern is tried as
    ``finditer`` would."""
    compiled = _patterns(lang)
    if compiled is None:
        return None
    pattern, groups = compiled
    chars = first_chars(pattern.pattern, pattern.flags)
    if chars is None or any(char.isspace() for char in chars):
        return pattern, groups, 0, None
    for behind, before in _BEHIND.items():
        if pattern.pattern.startswith(behind) and _SPACE_AFTER.search(pattern.pattern):
            return (re.compile(before + pattern.pattern[len(behind):], pattern.flags), groups,
                    1, None)
    starts = "[" + "".join(re.escape(char) for char in sorted(chars)) + "]"
    return pattern, groups, 0, re.compile(starts, pattern.flags)


#: the look-aheads ``_patterns`` ends a pattern with that want a space after the match (or,
#: in Arabic, a slash: «السيد/ "ريد"»), with which no honorific starts
_SPACE_AFTER = re.compile(r"\(\?=\[\\s\\u00a0\]\+|\(\?=/\?\\s\+\\S\|/\\S\)$")


#: a mention's genders, made once: ``frozenset({gender} if gender else set())``
_GENDERS = {"": frozenset(), "m": frozenset({"m"}), "f": frozenset({"f"})}
#: what may stand between two honorifics of one person ("H.E. Mr.")
_BETWEEN = re.compile(r"[\s\u00a0]*")


#: The Arabic Dr. joined to the name it stands before («د.الزهايمر», TED's Arabic): looked
#: for apart, the scan's pattern wanting a space after a match (``_scan``)
_AR_DOCTOR_JOINED = re.compile(r"(?<![\w.])د\.(?=[\u0621-\u064a])")


def find_honorifics(text: str, lang: str) -> list[Honorific]:
    """The honorifics in ``text``; adjacent ones (one person's) merged into one mention."""
    found = _find_honorifics(text, lang)
    if lang[:2] == "ar" and "د." in text:
        joined = [_new(m.start(), m.end(), m.group(), frozenset())
                  for m in _AR_DOCTOR_JOINED.finditer(text)]
        if joined:
            found = sorted([*found, *joined], key=lambda h: h.start)
    return found


def _find_honorifics(text: str, lang: str) -> list[Honorific]:
    """``find_honorifics`` but for «د.» joined to its name."""
    scan = _scan(lang)
    if scan is None:
        return []
    pattern, groups, shift, starts = scan
    folded = fold(text, lang)
    out: list[Honorific] = []
    matches = (pattern.finditer(" " + folded) if shift else
               pattern.finditer(folded) if starts is None else tried_at(pattern, starts, folded))
    for match in matches:
        # (shifted: the match's first character is the one before the honorific, which
        # the space in front puts one place further on)
        start, end = match.start(), match.end() - shift
        # (the one named group that took part: see ``_patterns``; no dict of every group)
        gender = groups[match.lastgroup]  # type: ignore[index]
        genders = _GENDERS.get(gender)
        if genders is None:  # (a gender the data may add)
            genders = frozenset({gender})
        # (the text between the two, matched in place: no slice, no look-up of the pattern)
        if out and _BETWEEN.fullmatch(folded, out[-1].end, start):
            last = out.pop()
            out.append(_new(last.start, end, text[last.start:end], last.genders | genders))
            continue
        out.append(_new(start, end, text[start:end], genders))
    return out
