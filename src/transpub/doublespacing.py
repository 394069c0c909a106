"""A double-spaced text's wrapped lines: a PDF's text layer (the Council of the EU's
documents) may set a blank line after every line, so that each wrapped line of a paragraph
stands as a paragraph of its own ("1 Where declarations, … this is indicated" / "" / "in the
heading for the item concerned …"). The line that goes on in lower case after a line ending
without punctuation is joined to it, as across a page break; each join is said."""

from __future__ import annotations

import re

from transpub.importer_pages import TERMINAL, Para, layout_spaces

#: A text is double-spaced when this share of its blocks or more are one line after a single
#: blank line (a text of paragraphs of several lines each has few such blocks), among this
#: many blocks at least.
_SHARE = 0.8
_FEWEST = 8


#: A table of contents' line: an entry and its page number ("Individual dossiers 9",
#: "consumer credit - public deliberation 11", "• Use of safety belts in vehicles II"), which a
#: wrap never makes.
_CONTENTS_RE = re.compile(r"^.{3,100}\s(?:\d{1,3}|[IVXL]{1,6})$")


def double_spaced(paras: list[Para]) -> tuple[list[Para], list[int]]:
    """The paragraphs with a double-spaced text's wrapped lines joined to the line above, and
    the numbers of the lines joined; the paragraphs as they are if the text is not
    double-spaced."""
    single = sum(len(p.lines) == 1 and p.gap_before == 1 for p in paras[1:])
    if len(paras) < _FEWEST or single < _SHARE * (len(paras) - 1):
        return paras, []
    out: list[Para] = []
    joined: list[int] = []
    for para in paras:
        previous = out[-1] if out else None
        first = layout_spaces(para.text).lstrip()[:1]
        if previous is not None and para.gap_before == 1 and not para.footnote \
                and not previous.footnote and first.islower() \
                and not previous.lines[-1][1].rstrip().endswith(TERMINAL) \
                and not _CONTENTS_RE.match(previous.lines[-1][1].strip()) \
                and not _CONTENTS_RE.match(para.lines[0][1].strip()):
            previous.lines.extend(para.lines)
            previous.gap_after = para.gap_after
            previous.page_end = para.page_end
            joined.append(para.line)
            continue
        out.append(para)
    return out, joined
