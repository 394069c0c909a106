"""A double-spaced text's wrapped lines: a PDF's text layer (the Council of the EU's
documents) may set a blank line after every line, so that each wrapped line of a paragraph
stands as a paragraph of its own ("1 Where declarations, … this is indicated" / "" / "in the
heading for the item concerned …"). The line that goes on in lower case after a line ending
without punctuation is joined to it, as across a page break; each join is said."""

from __future__ import annotations

import re

from transpub.importer_pages import TERMINAL, Para, layout_spaces

#: A text may be double-spaced when this share of its blocks or more are one line after a
#: single blank line, among this many blocks at least. That alone describes any text of a
#: paragraph a line as well (a .txt with a blank line between paragraphs): the wraps prove it
#: (``_wraps``).
_SHARE = 0.8
_FEWEST = 8
#: A page's width in characters at most: a line longer is a paragraph unwrapped, no wrapped
#: line; nine lines in ten of a double-spaced text are no longer.
_PAGE = 130
_ON_PAGE = 0.9
#: A wrapped line fills the text's width within this share (a proportional font's lines
#: vary a little; a paragraph's last line, a list's item, a heading fall short).
_FILLS = 0.8
#: Wrapped lines a text needs at least to be read as double-spaced.
_FEWEST_WRAPS = 2


#: A table of contents' line: an entry and its page number ("Individual dossiers 9",
#: "consumer credit - public deliberation 11", "• Use of safety belts in vehicles II"), which a
#: wrap never makes.
_CONTENTS_RE = re.compile(r"^.{3,100}\s(?:\d{1,3}|[IVXL]{1,6})$")


def _length(line: str) -> int:
    return len(" ".join(line.split()))


def _goes_on(previous: Para, para: Para) -> bool:
    """Whether ``para`` may go on the sentence ``previous`` left open: one blank line
    between, no footnote, ``previous`` ending without a sentence's punctuation and ``para``
    in lower case, neither a table of contents' line."""
    first = layout_spaces(para.text).lstrip()[:1]
    return para.gap_before == 1 and not para.footnote and not previous.footnote \
        and first.islower() and not previous.lines[-1][1].rstrip().endswith(TERMINAL) \
        and not _CONTENTS_RE.match(previous.lines[-1][1].strip()) \
        and not _CONTENTS_RE.match(para.lines[0][1].strip())


def _wraps(paras: list[Para]) -> set[int]:
    """The blocks (their indexes) whose last line a double-spaced text wrapped: a line that
    fills the text's width (``_FILLS``; the width the longest lines of a page's width give,
    one in twenty left out as set wider) and leaves its sentence to the next block. None
    when the text does not prove itself double-spaced: most lines of a page's width at
    most, two wraps or more, and more of the lines leaving a sentence open filling the
    width than not (a text of a paragraph a line leaves them open at any length: a list's
    items in lower case, a link, a contact line under it; they had been glued into one
    paragraph)."""
    lengths = sorted((_length(t) for p in paras for _, t in p.lines), reverse=True)
    page = [n for n in lengths if n <= _PAGE]
    if not page or len(page) < _ON_PAGE * len(lengths):
        return set()
    width = page[len(page) // 20]
    wraps: set[int] = set()
    short = 0
    for index in range(1, len(paras)):
        if _goes_on(paras[index - 1], paras[index]):
            if _length(paras[index - 1].lines[-1][1]) >= _FILLS * width:
                wraps.add(index - 1)
            else:
                short += 1
    return wraps if len(wraps) >= max(_FEWEST_WRAPS, short + 1) else set()


def double_spaced(paras: list[Para]) -> tuple[list[Para], list[int]]:
    """The paragraphs with a double-spaced text's wrapped lines joined to the line above, and
    the numbers of the lines joined; the paragraphs as they are if the text is not
    double-spaced (``_wraps``)."""
    single = sum(len(p.lines) == 1 and p.gap_before == 1 for p in paras[1:])
    if len(paras) < _FEWEST or single < _SHARE * (len(paras) - 1):
        return paras, []
    wraps = _wraps(paras)
    if not wraps:
        return paras, []
    out: list[Para] = []
    joined: list[int] = []
    for index, para in enumerate(paras):
        previous = out[-1] if out else None
        # (after a wrapped line, the next block goes on with it: a whole paragraph wrapped
        # over three lines or more joins line by line)
        if previous is not None and index - 1 in wraps:
            previous.lines.extend(para.lines)
            previous.gap_after = para.gap_after
            previous.page_end = para.page_end
            joined.append(para.line)
            continue
        out.append(para)
    return out, joined
