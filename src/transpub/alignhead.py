"""A page's head as ``align`` reads it: a heading the page repeats; a first paragraph taken
for the headline.

A site often sets a post's heading twice above its text: its category or page heading and
the post's own (UNIC Almaty's Russian pages: «ПОСЛАНИЕ ПО СЛУЧАЮ ВСЕМИРНОГО ДНЯ ГОРОДОВ» /
«ГЕНЕРАЛЬНЫЙ СЕКРЕТАРЬ» / «— — —» / «ПОСЛАНИЕ ПО СЛУЧАЮ ВСЕМИРНОГО ДНЯ ГОРОДОВ»), or a
browser's copy keeps the page's title over its headline. One copy pairs with the release's
title; the other had been paired with the release's next unit (the byline "António
Guterres, Secretary-General"), and on a page of long sentences every pair after it shifted
by one (a trial's UN News story: 7 of 7 filled wrong). A copy is page furniture: it pairs
with nothing.

A page without its headline (a site's stored copy starting at the body, a translation under
the release on one page) has its first paragraph read as the headline, as ``import`` reads a
release, and a headline is one unit, never cut: its sentences counted as one, the units
they translate had been reported "said with the next unit in one sentence", or filled with
a neighbour's translation. A first "headline" of several sentences, long or ending as a
sentence does, is the text's first paragraph, its sentences cut as any paragraph's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import replace
from difflib import SequenceMatcher

from transpub.importer_pointers import without_pointer
from transpub.model import Release, Segment

#: how many lines of a page's head are read for copies (its headline stands among its first)
_HEAD = 30
#: how alike two lines are to be copies of one heading (difflib's ratio of their letters and
#: digits, case aside): a heading and the same with a word more; a pointer to the page's
#: other language after it is not read ("Message on World Cities Day [scroll down for
#: French]"). A line that says the heading and more words of its own is not its copy, but a
#: subtitle: «Journée internationale de la paix 2021 : mieux se relever» under «Journée
#: internationale de la paix» (a line that opened with the other's words and was half its
#: length had been a copy, the subtitle paired with nothing)
_NEAR = 0.8
_NOT_WORD = re.compile(r"[\W_]+")
#: a headline longer than this is a paragraph when it holds several sentences (a headline
#: of two lines is shorter); one that ends as a sentence does is one whatever its length
#: (a Chinese paragraph of two sentences: «…举行。…成果。»)
_LONG = 120
#: what ends a sentence (and may close it after its last mark), not a headline
_FULL_STOPS = (".", "。", "．", "…")
_CLOSERS = " \"'”’»)）」』"


def first_paragraph(release: Release, lang: str, extra: tuple[str, ...] = ()) -> Release:
    """``release`` (a translation read for ``align``) with its headline made a paragraph of
    its text where it is one: several sentences (``split_sentences`` in ``lang``, with the
    ``extra`` abbreviations), long or ending as a sentence does."""
    from transpub.segment import split_sentences

    title = release.block("title")
    if title is None:
        return release
    text = title.plain_text.strip()
    if len(split_sentences(text, lang, extra)) < 2 or not (
            len(text) > _LONG or text.rstrip(_CLOSERS).endswith(_FULL_STOPS)):
        return release
    return replace(release, blocks=tuple(replace(block, kind="p") if block is title else block
                                         for block in release.blocks))


def repeated_heads(side: Sequence[Segment], lines: Sequence[bool],
                   apart: frozenset[int]) -> list[list[int]]:
    """The lines of ``side``'s head (its lines of their own, ``lines``, before its first
    sentence of text; those ``apart`` already skipped) that repeat one another, or nearly:
    each group of copies, in order."""
    head: list[int] = []
    for k in range(len(side)):
        if k in apart:
            continue
        if not lines[k] or len(head) == _HEAD:
            break
        head.append(k)
    groups: list[tuple[str, list[int]]] = []
    for k in head:
        folded = _folded(without_pointer(side[k].text))
        if not folded:
            continue  # (a rule of dashes, «— — —»: no copy of anything)
        for first, group in groups:
            if _near(folded, first):
                group.append(k)
                break
        else:
            groups.append((folded, [k]))
    return [group for _, group in groups if len(group) > 1]


def second_copies(groups: Sequence[Sequence[int]],
                  paired: Mapping[int, int]) -> tuple[list[tuple[int, int]], set[int]]:
    """Of each group of copies two or more of which pair with a line of the other side
    (``paired``: a copy's index, the first line it pairs with), the one paired first (with
    the title) and that line, which keep their pair; and the others, which pair with
    nothing."""
    kept: list[tuple[int, int]] = []
    out: set[int] = set()
    for group in groups:
        filled = sorted((paired[k], k) for k in group if k in paired)
        if len(filled) > 1:
            kept.append((filled[0][1], filled[0][0]))
            out.update(k for _, k in filled[1:])
    return kept, out


def _folded(text: str) -> str:
    """A line's letters and digits, case and marks aside, words parted by one space."""
    return _NOT_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def _near(one: str, other: str) -> bool:
    """Whether two folded lines are copies of one heading."""
    if one == other:
        return True
    return SequenceMatcher(None, one, other, autojunk=False).ratio() >= _NEAR
