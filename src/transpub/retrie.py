"""A regular expression for "any of these words", built as a trie.

``"|".join(sorted(words, key=len, reverse=True))`` makes Python's ``re`` try every word, one
after the other, at every position of a text: with the 3,600 Russian number words that is
some 60 times slower than the same set written as a trie («(?:д(?:ва(?:дцат(?:ь|и)…)?…)»),
where one character decides the branch.

The two match the same text, at the same places, with the same backtracking into whatever
follows: at one position of a text only words that are prefixes of one another can match,
the longest-first alternation tries them longest first, and so does the trie, whose groups
are greedy (a longer continuation before the end of a shorter word). Words of the same length
cannot both match at one position, so their order never mattered. Under ``re.IGNORECASE``
that holds unless two different characters match each other («s» and «ſ», «k» and the Kelvin
sign): for such words ``alternation(..., ignorecase=True)`` gives the plain alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Node = dict[str, "_Node"]
_END = ""


def alternation(words: Iterable[str], ignorecase: bool = False) -> str:
    """A pattern (no group of its own to capture) matching exactly what the longest-first
    alternation of ``words`` matches. The words are literal text; an empty word matches the
    empty string, as it would in the alternation; no words at all match nothing.
    ``ignorecase``: the pattern is compiled with ``re.IGNORECASE``.

    The same words give the same pattern text whatever their order (a set's order changes
    with every process's string hashing): the compiled-pattern cache (``recache``) finds it
    again in the next run, and the pattern is the same in every run."""
    words = sorted(words)
    root: _Node = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    if ignorecase and _case_twins(root):
        return "|".join(re.escape(w) for w in sorted(words, key=_longest_first))
    return _emit(root) if root else "(?!)"


def _longest_first(word: str) -> tuple[int, str]:
    return -len(word), word


def _case_twins(node: _Node) -> bool:
    """Do two branches of one node begin with characters that match each other ignoring case
    (then two words of the same length could match at one position)?"""
    chars = [c for c in node if c != _END]
    for index, char in enumerate(chars):
        twin = re.compile(re.escape(char), re.IGNORECASE)
        if any(twin.fullmatch(other) for other in chars[index + 1:]):
            return True
    return any(_case_twins(child) for child in node.values())


def _emit(node: _Node) -> str:
    branches = [re.escape(char) + _emit(child) for char, child in node.items() if char != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:  # a word ends here: its continuations first, then nothing more
        return f"(?:{body})?"
    return body
