"""A standfirst under the headline and what a page sets around it: the kind of document and
the date on one line under it (ILO's headline / summary / "Press release | 30 September
2011" / "GENEVA (ILO News) - …"), which is the head's and is read as if above it; and the
lead the page prints twice, as its summary and again as the text's first paragraph (with
its dateline in front, a line between or none), which is kept once.
``importer.import_text`` runs ``label_line_lifted`` before the head is read and
``lead_once`` on the body before the dateline is looked for."""

from __future__ import annotations

import re

from transpub.datelines import dateline, lone_date, undated_dateline
from transpub.importer_labels import LABEL_PREFIX_RE, is_known_label
from transpub.importer_pages import TERMINAL, Para, cells
from transpub.importer_text import plain_fast

#: How many blocks from the text's top a head's label-and-date line is looked for in (a
#: site's lines above the headline, the headline, a standfirst of two blocks, the line).
_HEAD_BLOCKS = 7
#: How many blocks a standfirst is at most (a summary of one or two sentences, ILO's; the
#: lead printed whole, a block of several).
_STANDFIRST_BLOCKS = 2
#: The longest line a headline is (as ``importer_head.headline_like`` reads one).
_HEADLINE_LONGEST = 200
#: The longest opening a copy of the lead may carry before it that is its dateline when the
#: dateline parser does not read it ("GENEVA (ILO News) ─Juan …", a dash the parser lacks).
_OPENING_LONGEST = 80
#: A sentence's end in the six languages' scripts.
_SENTENCE_END = (".", "!", "?", "。", "！", "？", "؟", "…")
#: What may close a headline or a sentence after its last word: quotation marks, a bracket.
_CLOSING = "”’\"»)"
#: A sentence's end inside a text, another sentence after it: its closing marks (French's
#: spaced « … »'s too) are the sentence's, not the next one ('"We will not abandon them."' and
#: «« Nous ne les abandonnerons pas. »» are one sentence); Chinese needs no space after it.
_ONE_SENTENCE_RE = re.compile(r"[.!?؟…](?:[\s\u00a0\u202f]?[”’\"»)」』])*+\s+\S"
                              r"|[。！？](?:[”’\"»)」』])*\S")
#: The shortest lead counted as printed twice: a sentence, not a word or two ("Thank you.").
_LEAD_SHORTEST = 20


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


_SPACES_RE = re.compile(r"\s+")


def _flat(para: Para) -> str:
    return _SPACES_RE.sub(" ", plain_fast(para.text)).strip()


def _dated_rest(text: str, lang: str) -> str | None:
    """The text after the dateline opening it ("GENEVA (ILO News) – The…" -> "The…"), or None
    when no dateline opens it."""
    # (any year: only where the dateline ends matters; or a place's alone, "GENEVA – The…")
    found = dateline(text, lang, 2000) or undated_dateline(text, lang)
    return " ".join(found.rest.split()) if found is not None and found.rest else None


def _same_lead(first: str, second: str, lang: str) -> tuple[bool, bool] | None:
    """Whether two blocks are the same lead printed twice, and which carries the dateline:
    (the first does, the second does); None when they are not. The same text, or the same
    once the dateline opening one of them is cut (read by the parser, or a few words with no
    sentence's end before the other copy's whole text: "GENEVA (ILO News) ─Juan …", a dash
    the parser lacks); the copy without the dateline may also be the other's opening
    sentences only (the summary the lead's first sentence)."""
    if len(first) < _LEAD_SHORTEST or not first.rstrip(_CLOSING).endswith(_SENTENCE_END):
        return None
    if first == second:
        dated = _dated_rest(first, lang) is not None
        # (undated, one sentence twice in a row is a picture's caption, UNHCR's, which the
        # caption's reading keeps once and says; a lead is more)
        if not dated and _ONE_SENTENCE_RE.search(first) is None:
            return None
        return dated, dated
    for copy, other, dated_second in ((first, second, True), (second, first, False)):
        rest = _dated_rest(other, lang)
        at = other.find(copy, 1, _OPENING_LONGEST + len(copy)) if rest is None else -1
        if at > 0:
            # (a few words before the copy, a name's: no word in lower case opens them, no
            # sentence ends in them)
            opening = other[:at].strip()
            if opening[:1].isalpha() and not opening[:1].islower() \
                    and not opening.rstrip(" -–—─").endswith(_SENTENCE_END):
                rest = other[at:]
        if rest is not None and _opens(rest, copy):
            return (not dated_second, dated_second)
    return None


def _opens(text: str, copy: str) -> bool:
    """Whether ``copy`` is ``text`` or its opening sentences, whole."""
    return text == copy or (text.startswith(copy) and copy.rstrip(_CLOSING).endswith(
        _SENTENCE_END) and text[len(copy):len(copy) + 1] == " ")


def lead_once(body: list[Para], lang: str) -> tuple[list[Para], list[str]]:
    """The body with its lead kept once where the page prints it twice (ILO's summary under
    the headline, then "Press release | date", then the same text as the first paragraph,
    "GENEVA (ILO News) – …"), and what was said: both copies had been paragraphs, the text
    twice to translate. The copy the dateline opens is kept, the first paragraph's; with the
    dateline on both or neither, the second, where the text begins. The first copy is among
    the body's first three blocks, the second right under it or a short block under that (a
    line of the head's, two lines at most, no sentence)."""
    for index, para in enumerate(body[:3]):
        first = _flat(para)
        for gap in (1, 2):
            at = index + gap
            if at >= len(body):
                break
            if gap == 2 and (len(body[index + 1].lines) > 2
                             or _flat(body[index + 1]).endswith(_SENTENCE_END)):
                break
            found = _same_lead(first, _flat(body[at]), lang)
            if found is None:
                continue
            drop, keep = (at, index) if found[0] and not found[1] else (index, at)
            note = (f"line {body[drop].line}: the lead printed twice (again at line "
                    f"{body[keep].line}{', with its dateline' if found != (False, False) else ''}"
                    f"): the copy at line {body[drop].line} removed as a duplicate")
            return [p for k, p in enumerate(body) if k != drop], [note]
    return body, []
