"""A standfirst under the headline and what a page sets around it: the kind of document and
the date on one line under it (ILO's headline / summary / "Press release | 30 September
2011" / "GENEVA (ILO News) - …"), which is the head's and is read as if above it.
``importer.import_text`` runs ``label_line_lifted`` before the head is read."""

from __future__ import annotations

from transpub.datelines import dateline, lone_date
from transpub.importer_labels import LABEL_PREFIX_RE, is_known_label
from transpub.importer_pages import TERMINAL, Para, cells
from transpub.importer_text import plain_fast

#: How many blocks from the text's top a head's label-and-date line is looked for in (a
#: site's lines above the headline, the headline, a standfirst of two blocks, the line).
_HEAD_BLOCKS = 7
#: How many blocks a standfirst is at most (a summary of one or two sentences, ILO's; the
#: lead printed whole, a block of several).
_STANDFIRST_BLOCKS = 2
#: The longest line a headline is (as ``importer_head._headline_like`` reads one).
_HEADLINE_LONGEST = 200
#: A sentence's end in the six languages' scripts.
_SENTENCE_END = (".", "!", "?", "。", "！", "？", "؟", "…")
#: What may close a headline or a sentence after its last word: quotation marks, a bracket.
_CLOSING = "”’\"»)"


def _label_and_date(para: Para, lang: str) -> bool:
    """Whether a block is the page's kind of document and its date, on one line ("Press
    release | 30 September 2011", «Comunicado de prensa | 25 de marzo de 2003», "PRESS
    RELEASE      19 March 2024") or on two ("Press release" / "30 September 2011")."""
    texts = [" ".join(t.split()) for _, t in para.lines]
    if len(texts) == 2:
        return is_known_label(texts[0]) and lone_date(texts[1], lang) is not None
    if len(texts) != 1:
        return False
    columns = cells(para.lines[0][1])
    if len(columns) != 2 and (prefixed := LABEL_PREFIX_RE.match(texts[0])) is not None:
        columns = [prefixed.group("label"), prefixed.group("rest")]
    return len(columns) == 2 and is_known_label(columns[0].strip()) \
        and lone_date(columns[1].strip(), lang) is not None


def _sentences(para: Para, lang: str) -> bool:
    """Whether a block is a standfirst's: it ends as a sentence does and is no dated text (a
    dateline with its date opens the text, and what stands under it is the text's)."""
    text = " ".join(plain_fast(para.text).split())
    if not text.rstrip(_CLOSING).endswith(_SENTENCE_END) or is_known_label(text):
        return False
    found = dateline(text, lang, None)
    return found is None or found.date is None


def _headline(para: Para) -> bool:
    """Short and with no sentence's final stop: a headline (or a line of the site's above it,
    which the head removes; either way the standfirst stands under it). A quotation or a
    bracket may close it: «… trabajar por "Un Nuevo Contrato Social"»."""
    text = " ".join(para.text.split())
    return 0 < len(text) <= _HEADLINE_LONGEST \
        and not text.rstrip(_CLOSING).endswith(TERMINAL)


def label_line_lifted(paras: list[Para], lang: str) -> list[Para]:
    """The head's label-and-date line under a standfirst (ILO's headline / a summary of a
    sentence or two / "Press release | 30 September 2011" / the dateline) moved above the
    standfirst, under the headline, where a head sets it and where the head reads it as the
    label and the release date; else ``paras`` as they were. Under the standfirst it had been
    read as a subheading, or as the dateline's place ("Press release"), and the Spanish date
    as a paragraph, the release undated; the dateline's place under it was not read. Only
    one or two blocks of sentences between the headline and the line, in the head's first
    blocks; a label line right under the headline is where it belongs already."""
    for index, para in enumerate(paras[:_HEAD_BLOCKS]):
        if para.item or para.code or not _label_and_date(para, lang):
            continue
        start = index
        while start > 0 and index - start < _STANDFIRST_BLOCKS \
                and _sentences(paras[start - 1], lang):
            start -= 1
        if start == index or start == 0 or not _headline(paras[start - 1]):
            return paras
        # (above the headline, where a label stands: a line over it, ILO's topic tag
        # "Governing Body", is then read as over a label, the issuer's; under the headline
        # it had been the title and the headline a subheading)
        headline = paras[start - 1]
        lifted = Para(para.lines, headline.gap_before, headline.gap_before)
        return [*paras[:start - 1], lifted, *paras[start - 1:index], *paras[index + 1:]]
    return paras
