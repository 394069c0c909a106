"""The characters a regular expression's match can start with, as a look-ahead guard.

A pattern that starts with a look-behind, or with letters under ``re.IGNORECASE``, gives
``re`` nothing to skip ahead with: at every position it tries every branch of the pattern in
turn (the honorifics' six to eight groups of alternatives, an Arabic name's optional
particles), and fails at most positions only after trying them all. ``(?=[…])`` in front of
the branches, the characters any match of them can start with, fails those positions with one
test. It is only a necessary condition: the matches are the same, at the same places (a
look-ahead consumes nothing, and no match starts with a character outside the set). The set is
read from ``re``'s own parse of the pattern; anything the reading below does not know (a
category such as ``\\w``, a negated set, a change of flags, a group reference) gives no guard
rather than a guess.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any

_sre: Any = None
_sre_parse: Any = None
try:  # re's parser (CPython 3.11+; typeshed does not list it); without it, no guard is made
    _sre = importlib.import_module("re._constants")
    _sre_parse = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - another implementation of re
    _sre = _sre_parse = None

#: A range wider than this in a character set gives no guard (the guard would be as large).
_WIDEST = 256

_First = tuple[frozenset[int], bool]
"""The code points a sequence's match can start with, and whether it can match empty."""


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters every non-empty match of ``pattern`` starts with one of (as written:
    under ``re.IGNORECASE`` a guard compiled with the same flags matches their other cases as
    the pattern does), or None when that cannot be told, or the pattern can match empty."""
    if _sre_parse is None:
        return None
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except re.error:
        return None
    found = _sequence(list(parsed))
    if found is None or found[1] or not found[0]:
        return None
    return frozenset(map(chr, found[0]))


def guard(pattern: str, flags: int = 0) -> str:
    """A look-ahead for ``first_chars(pattern, flags)``, to put in front of ``pattern``
    (compiled with the same flags), or "" when there is none to make."""
    chars = first_chars(pattern, flags)
    if chars is None:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def tried_at(pattern: re.Pattern[str], starts: re.Pattern[str], text: str) -> Iterator[
        re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that never matches empty, tried only where
    ``starts`` finds a place its matches can start (the caller's promise: every match starts
    at such a place). ``re`` scans for ``starts`` at C speed, where it would try a pattern
    that starts with a look-behind at every position."""
    hit = starts.search(text)
    while hit is not None:
        at = hit.start()
        match = pattern.match(text, at)
        if match is not None:
            yield match
            at = match.end() - 1  # finditer goes on after the end of its last match
        hit = starts.search(text, at + 1)


def _sequence(items: list[tuple[Any, Any]]) -> _First | None:
    out: set[int] = set()
    for op, av in items:
        found = _item(op, av)
        if found is None:
            return None
        out |= found[0]
        if not found[1]:
            return frozenset(out), False
    return frozenset(out), True


def _item(op: Any, av: Any) -> _First | None:
    if op is _sre.LITERAL:
        return frozenset((av,)), False
    if op is _sre.IN:
        chars: set[int] = set()
        for kind, value in av:
            if kind is _sre.LITERAL:
                chars.add(value)
            elif kind is _sre.RANGE and value[1] - value[0] < _WIDEST:
                chars.update(range(value[0], value[1] + 1))
            else:  # NEGATE, CATEGORY (\w, \s...), a wide range
                return None
        return frozenset(chars), False
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:  # (?i:…), (?-i:…): the guard's flags would differ
            return None
        return _sequence(list(sub))
    if op is _sre.BRANCH:
        chars = set()
        empty = False
        for alternative in av[1]:
            found = _sequence(list(alternative))
            if found is None:
                return None
            chars |= found[0]
            empty = empty or found[1]
        return frozenset(chars), empty
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        least, _most, sub = av
        found = _sequence(list(sub))
        if found is None:
            return None
        return found[0], least == 0 or found[1]
    if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
        # consumes nothing: the match's first character comes from what follows (the
        # assertion only ever rules positions out)
        return frozenset(), True
    return None  # a group reference, ANY (.), a conditional...: no guard
