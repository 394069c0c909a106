"""A release's head, read from a text: its labels, letterhead and meeting header, the
headline (rejoined when a line break or a page's navigation cut it, its subtitle apart, a
statement's speaker and occasion gathered: ``importer_statements``, its pointer to another
language's version cut: ``importer_pointers``), the date or place standing alone above it,
and where the body begins. ``importer.import_text`` reads the head first, then the body under
it; the labels are ``importer_labels``'s, a contact block above the headline
``importer_contact``'s, and where the dateline stands when the text sets it apart from its
date or place ``importer_places``'s."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import chain

from transpub.datelines import cms_byline, dateline, is_byline, lone_date, undated_dateline
from transpub.importer_chrome import (
    breadcrumb,
    call_to_action,
    navigation_line,
    page_chrome,
    section_beside,
    shaped_control,
    site_notice,
    switcher_after,
    switcher_lead,
    title_bar,
)
from transpub.importer_contact import CONTACT_DETAIL_RE, CONTACT_RE, short_block
from transpub.importer_footer import copyright_line
from transpub.importer_labels import (
    EMBARGO_RE,
    LABEL_PREFIX_RE,
    is_delivery_note,
    is_kind,
    is_known_label,
    issuer_kind,
    label_prefix,
)
from transpub.importer_markdown import atx_heading
from transpub.importer_names import (
    address_line,
    issuer_like,
    issuer_name,
    speaker_or_issuer,
    without_address,
)
from transpub.importer_pages import (
    TERMINAL,
    Para,
    cells,
    has_symbol,
    is_letterhead,
    is_mark,
    is_notice,
)
from transpub.importer_pointers import language_pointer
from transpub.importer_statements import STATEMENT_BY_NAME_RE, STATEMENT_BY_RE, statement_head
from transpub.importer_text import (
    MINOR_WORDS,
    capitals_cased,
    proper_forms,
    unwrapped_emphasis,
)
from transpub.namefind import is_place_name
from transpub.salutationlines import is_address_line

#: A logo's alternative text, as a page's copy or a converter gives it: "UNAIDS logo",
#: "[UNAIDS logo]", "Image: UNFPA logo".
_LOGO_RE = re.compile(r"^\W*(?:image\s*:\s*)?[\w .&'’-]{0,40}\blogo\W*$", re.IGNORECASE)
#: A line of dashes, stars or rules only, between a headline's parts.
_SEPARATOR_RE = re.compile(r"^\s*[-–—=*_~]{2,}\s*$")
#: The meeting a release of the UN's meetings coverage reports, last of the lines naming the
#: organ and session above the headline: "48th Meeting (PM)", "23rd & 24th Meetings (AM &
#: PM)", "Seventy-sixth Session, 12th Meeting (AM)".
MEETING_RE = re.compile(
    r"^(?:[^\n]{0,80},\s*)?\d{1,4}(?:st|nd|rd|th)(?:\s*(?:&|and|,|-|–)\s*\d{1,4}"
    r"(?:st|nd|rd|th))*\s+(?:plenary\s+)?meetings?(?:\s*\((?:AM|PM|night)(?:\s*(?:&|and|,)"
    r"\s*(?:AM|PM|night))*\))?\s*$", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W_][\w'’-]*")


@dataclass
class Head:
    """What stands above a release's body, and the body."""

    title: Para | None = None
    labels: list[Para] = field(default_factory=list)
    body: list[Para] = field(default_factory=list)
    letterhead: Para | None = None  # the issuer's name above the label
    meeting: Para | None = None  # the organ, session and meeting a meetings coverage reports
    # the release date as a letterhead or a running header wrote it: (line, date, its text)
    lone: tuple[int, dt.date, str] | None = None
    # the place before that date on its line ("Geneva, 12 September 2024" above the headline)
    lone_place: str = ""
    # the attribution after that date ("VIENNA, 12 May 2024 (UN Information Service)")
    lone_attribution: str = ""
    # a contact block above the headline ("Contact: …" / "Phone: …"): the release's contact
    contact: list[Para] = field(default_factory=list)


def _heading_line_apart(para: Para) -> list[Para]:
    """A block opening with a heading with hashes ("## Background"), in a text too: the
    heading, one line, and the lines under it a block of their own (they had been one
    subheading, the heading and its paragraph)."""
    if len(para.lines) < 2 or not para.lines[0][1].lstrip().startswith("#") \
            or atx_heading(para.lines[0][1]) is None:
        return [para]
    return [Para(para.lines[:1], para.gap_before, 0, para.page_start),
            Para(para.lines[1:], 0, para.gap_after, False, para.page_end, para.item)]


def _lone_place(text: str, lang: str) -> tuple[str, str]:
    """The place before the date on a line holding a place and a date alone ("Geneva, 12
    September 2024"), as the dateline parser reads it, and the attribution after the date
    ("VIENNA, 12 May 2024 (UN Information Service)"); "" for none ("Tuesday, 8 January
    2021": a weekday is no place)."""
    found = dateline(text, lang, None)
    if found is None or found.rest:
        return "", ""
    # (a place: one the gazetteer knows, as a place-only dateline's must be; a site's
    # category before the page's date, UNHCR's "News Stories, 1 October 2012", is none, and
    # had been the dateline's place)
    return (found.place if known_place(found.place, lang) else "", found.attribution)


def known_place(place: str, lang: str) -> bool:
    """Whether a dateline's place is a place, not a site's category before the page's date
    ("News Stories, 1 October 2012", «Actualités, 3 mai 2024»): one the gazetteer knows, in
    the release's language or in English, or one that holds no kind of document nor the
    site's word ("News", «Actualités», "Press room": ``importer_labels.is_kind``,
    ``navigation_line``); "Kakuma", "Naqoura", which the gazetteer lacks, are places."""
    first = re.sub(r"\s*\([^()]{1,60}\)$", "", place.split(",")[0]).strip()
    if not first:
        return False
    if any(is_place_name(first, code) for code in dict.fromkeys((lang, "en"))):
        return True
    return not navigation_line(first) and not any(is_kind(word) for word in first.split())


def read_head(paras: list[Para], lang: str, markdown: bool, removed: list[tuple[int, str]]) -> Head:
    """Labels, headline and body, in the orders offices put them; what is set aside above
    the headline (letterheads, a date alone) is added to ``removed``."""
    head = Head()
    body = head.body
    above: list[Para] = []  # (a code block above the headline: the body's first block)
    paras = [part for para in paras for part in _heading_line_apart(para)]
    # (whether a heading of level 1 other than a label marks the headline)
    marked = any(para.lines[0][1].lstrip().startswith("# ") and (atx := atx_heading(
        para.lines[0][1])) is not None and atx[0] == 1 and not is_known_label(atx[1])
        for para in paras)
    paras = _title_bar_apart(_switchers_apart(paras, lang, removed), lang, removed)
    for para in _labels_apart(_repeated_headline(_navigation_apart(paras, removed, lang), lang,
                                                 removed), lang):
        if para.code:  # (a code block is no headline, label nor letterhead)
            (above if head.title is None and not body else body).append(para)
            continue
        if head.title is None and not body:
            # (what is never a headline, above it: a byline, a line without a letter)
            kept = _without_byline(para, lang, removed)
            if kept is None:
                continue
            # (and the short lines under it naming a detail: "Restore The Fourth – xx Phone:
            # Email", a template's line left in)
            if _contact_above(kept) or (head.contact and short_block(kept) and all(
                    CONTACT_DETAIL_RE.search(t) for _, t in kept.lines)):
                head.contact.append(kept)
                continue
            para = kept
        stripped = para.text.strip()
        if not body:
            # (above the headline, a place and date standing alone are the letterhead's:
            # "Vienna, 17 March 2021" under "UNIS/MA/285")
            # (not a media advisory's field, "Date: Thursday, 11 April 2024": the event's)
            if head.title is None and len(para.lines) > 1 and all(
                    lone_date(t.strip(), lang) for _, t in para.lines):
                # (a block of dates alone above the headline, each on its line: the site's
                # archive, its list of releases by date, "17 April 2003" / "15 April 2003" /
                # …; its first had been the headline, the rest a subheading)
                removed.extend((n, t.strip()) for n, t in para.lines)
                continue
            found_lone = None if para.item else lone_date(stripped, lang) \
                if head.title is not None else _header_date(stripped, lang)
            if found_lone:
                if head.lone is None and head.title is None:
                    head.lone_place, head.lone_attribution = _lone_place(stripped, lang)
                # (the date's own line: "New York" / "23 October 2024" are one block)
                at = next((n for n, t in para.lines if found_lone[1] in t), para.line)
                head.lone = head.lone or (at, *found_lone)
                removed.extend((n, t.strip()) for n, t in para.lines)
                continue
            # (a symbol under the headline is the header's too: "Security Council" /
            # "SC/16000": not a label, though in capitals)
            # (and a letterhead's address and numbers in a block of their own, under the
            # issuer's name: "UN House 8F, 5-53-70 Jingumae, …" / "Tel: … Fax: …")
            # (and a newsroom's notice about its page above the headline: "This story was
            # written by the ILO Newsroom …", ``importer_chrome.site_notice``)
            if (head.title is None and (is_letterhead(para) or site_notice(stripped))) \
                    or is_notice(stripped) \
                    or all(has_symbol(t) for _, t in para.lines) or _LOGO_RE.match(stripped) \
                    or (head.title is not None and not head.labels and (issuer_like(
                        head.title) or issuer_name(unwrapped_emphasis(head.title.text)))
                        and all(address_line(t, lang) for _, t in para.lines)):
                removed.extend((n, t.strip()) for n, t in para.lines)
                continue
        # (a Markdown heading, "## Background", in a text too: PDF-to-Markdown converters
        # write them; "#CounterTerrorism" is a hashtag, no heading)
        atx = atx_heading(stripped) if stripped.startswith("#") else None
        if atx is not None:
            level = atx[0]
            heading = Para([(para.line, atx[1])], para.gap_before)
            if head.title is None and not body and is_known_label(atx[1]):
                # a label set as the first heading ("# PRESS RELEASE"), the headline a heading
                # under it ("## Island-wide roadside survey …"): the label
                head.labels.append(heading)
            elif head.title is None and (level == 1 or (not body and not marked)):
                # (or the first heading, of any level, when none of level 1 marks the
                # headline: under a label set as one, "# PRESS RELEASE" / "## Island-wide …")
                head.title = heading
            else:
                body.append(heading)
                heading.lines = [(para.line, "\0h2" + heading.text)]
            continue
        if not body and head.title is None and head.letterhead is None and not head.labels \
                and _bilingual_letterhead(para):
            # the issuer's name in two languages, in columns ("UNITED NATIONS      NATIONS
            # UNIES"): the office line, in the release's language (the first column)
            columns = cells(stripped)
            head.letterhead = Para([(para.line, capitals_cased(columns[0], lang, proper_forms(
                [p.text for p in paras])))], para.gap_before)
            removed.extend((para.line, c) for c in columns[1:])
            continue
        if not body and _is_label(stripped):
            head.labels.append(para)
        elif head.title is None and not body:
            headline = _headline_among(head.labels)
            # (any year will do for a dateline without one: only whether it is one matters)
            if headline is not None and dateline(stripped, lang, 2000):
                # an all-capitals headline ("WORLD DRUG REPORT 2024") above the dateline
                head.labels.remove(headline)
                head.title = headline
                body.append(para)
            else:
                head.title = para
        elif head.title is not None and not body and stripped[:1].islower() \
                and not head.title.text.endswith(TERMINAL) \
                and not (para.gap_before == 0 and _sentence_under(head.title, stripped)):
            # a headline a blank line cut in two
            head.title.lines.extend(para.lines)
        else:
            body.append(para)
    if head.title is None:
        return head
    body[:0] = above
    _issuer_label(head)
    statement_head(head, lang)
    if body and head.letterhead is None and issuer_like(head.title) \
            and headline_like(body[0].text) and not dateline(body[0].text, lang, 2000) and any(
                head.title.lines[-1][0] < n < body[0].line and is_notice(t) for n, t in removed):
        # what stood above the notice is the service's name, and the headline comes under it
        # ("Information Service" / "Service d'information", the notice, the date)
        head.letterhead, head.title = head.title, body.pop(0)
    if len(head.title.lines) > 2 and any(_SEPARATOR_RE.match(t) for _, t in head.title.lines):
        # a separator line between a headline's parts ("THE SECRETARY-GENERAL" / "--" /
        # "REMARKS TO …"): no word of it
        head.title.lines = [(n, t) for n, t in head.title.lines if not _SEPARATOR_RE.match(t)]
    head.meeting = _meeting_header(head, removed, lang)
    # the issuer's name over its address and numbers ("INTERNATIONAL COURT OF JUSTICE" /
    # "Peace Palace, …" / "Tel.: …"): the name, the rest letterhead
    head.title, address = without_address(head.title, lang)
    removed.extend(address)
    lines = head.title.lines
    cut = next((k for k in range(1, min(len(lines), 5))
                if dateline(lines[k][1].strip(), lang, 2000)), 0)
    if cut:  # the dateline right under the headline, no blank line between
        body.insert(0, Para(lines[cut:], 0, head.title.gap_after))
        head.title = Para(lines[:cut], head.title.gap_before)
    if head.labels and body and head.title.line < head.labels[0].line \
            and headline_like(body[0].text) and not dateline(body[0].text, lang, 2000) \
            and not _speech_under_label(head, body[0], lang) and not _printed_again(
                head.title, removed):
        # "United Nations Human Rights / Office of the High Commissioner", "PRESS RELEASE",
        # then the headline: what stood above the label is the issuer's name
        head.letterhead, head.title = head.title, body.pop(0)
    elif head.letterhead is None and len(body) > 1 \
            and issuer_name(unwrapped_emphasis(head.title.text)):
        # the issuer's name above the headline, no label between ("United Nations Office on
        # Drugs and Crime" / "UNODC launches …"), or above a dateline standing alone and the
        # headline under it ("New York, 3 April 2024" / "Coordinator allocates …")
        alone = dateline(body[0].text, lang, 2000)
        at = 1 if alone is not None and not alone[3] and len(body) > 2 else 0
        if headline_like(body[at].text) and not dateline(body[at].text, lang, 2000):
            head.letterhead, head.title = head.title, body.pop(at)
    subtitle = _subtitle_in(head.title)
    if subtitle:
        # a subtitle set right under the headline, no blank line between (a PDF's layout)
        lines = head.title.lines
        head.title = Para(lines[:subtitle], head.title.gap_before)
        text = Para(lines[subtitle:], 0).text
        body.insert(0, Para([(lines[subtitle][0], "\0h2" + text)], 0))
    split = label_prefix(head.title.lines[0][1].strip()) if not head.labels else None
    if split is not None and len(head.title.lines) == 1 and EMBARGO_RE.match(split[1]) \
            and body and headline_like(body[0].text):
        # the label and an embargo on one line ("PRESS RELEASE – EMBARGOED UNTIL …"): the
        # label, the instruction removed, and the headline the block under them
        line = head.title.line
        head.labels.append(Para([(line, split[0])], head.title.gap_before))
        removed.append((line, split[1]))
        head.title = body.pop(0)
        split = None
    if split is not None:
        # the label set before the headline on its line: "MEDIA ADVISORY: Secretary-General
        # to Launch …", "Press Release - UNODC Report …"
        line = head.title.line
        head.labels.append(Para([(line, split[0])], head.title.gap_before))
        head.title = Para([(line, split[1]), *head.title.lines[1:]], head.title.gap_before,
                          head.title.gap_after)
    _rejoin_headline(head)
    language_pointer(head, removed)
    if head.lone is None:  # a date in a header removed from the first page
        first_body = body[0].line if body else head.title.line
        head.lone = next(((n, *in_cell) for n, t in sorted(removed) if n < first_body
                          for cell in cells(t) if (in_cell := _header_date(cell, lang))), None)
    return head


def _switchers_apart(paras: list[Para], lang: str, removed: list[tuple[int, str]]
                     ) -> list[Para]:
    """The head without a language switcher's lead-in, which is added to ``removed``: alone on
    its line ("Also available in:", «Доступно на:», ``importer_chrome.switcher_lead``), or
    glued after the page's date ("4 January 2016 Also available in:", "4 January 2016 | Also
    available in:", UNHCR's), which stays, the page's date; the dateline under it had gone
    unread, and the line had been a paragraph to translate. In the head: the blocks above the
    text's first long block or its dateline's paragraph, a dozen at most ("The report is also
    available in:" further down is the text's, and one glued to no date stays wherever it
    stands)."""
    out: list[Para] = []
    for index, para in enumerate(paras):
        text = para.text.strip()
        if index >= 12 or para.code or len(text) > 300 or (
                (found := dateline(text, lang, 2000)) is not None and found.rest):
            return out + paras[index:]
        lines: list[tuple[int, str]] = []
        for number, line in para.lines:
            glued = switcher_after(line)
            if switcher_lead(line):
                removed.append((number, line.strip()))
            elif glued is not None and _header_date(glued[0], lang) is not None:
                removed.append((number, glued[1]))
                lines.append((number, glued[0]))
            else:
                lines.append((number, line))
        if lines == para.lines:
            out.append(para)
        elif lines:
            out.append(replace(para, lines=lines))
    return out


def _navigation_apart(paras: list[Para], removed: list[tuple[int, str]],
                      lang: str) -> list[Para]:
    """The text without a site's navigation and calls to action in its head, the dozen blocks
    above its first sentence (``_without_navigation``): "Navigation path", "Login /
    Register", "Donate today", "Media Center" above the headline or between it and the text.
    (Not further down: "Tools" or "Home" may be a subheading of the text, "share" a line a
    PDF's copy cut from "… Apple's share value.") A line that is a control by its shape alone
    stays where it would be the headline and no chrome is beside it (``_lone_controls``)."""
    end = next((index for index, para in enumerate(paras) if _navigation_ends(para, index)),
               len(paras))
    lone = _lone_controls(paras, end, removed, lang)
    out, cut = _head_apart(paras[:end], True, lone)
    if not _headline_in(out, lang):
        # the first block's banner took the head's only headline: a question or a cry over a
        # call to action ("Is the world ready for the next pandemic?" / "Read more"), a
        # headline and its subtitle between two site lines ("Home" / … / "Share"): its site
        # lines go alone (the import had been refused: "no headline"); a banner's statement
        # alone ("They are in desperate need." / "Donate today") is still no headline
        plain = _head_apart(paras[:end], False, lone)
        if _headline_in(plain[0], lang):
            out, cut = plain
    removed.extend(cut)
    return out + paras[end:]


def _head_apart(head: list[Para], banner: bool, lone: set[int]
                ) -> tuple[list[Para], list[tuple[int, str]]]:
    """The head's blocks without their site's lines (``_without_navigation``, the first
    block's banner with them when ``banner``), and the lines cut."""
    cut: list[tuple[int, str]] = []
    out = [kept for index, para in enumerate(head)
           if (kept := _without_navigation(para, banner and index == 0, cut, lone)) is not None]
    return out, cut


def _headline_in(head: list[Para], lang: str) -> bool:
    """Whether a line of the head's blocks has a headline's shape: short and no statement's
    sentence (a question or a cry may be one), no line of a release's head (a label, a
    date)."""
    return any((headline_like(t) or t.rstrip().endswith(("?", "!", "？", "！", "؟")))
               and not _head_line(t, lang) for para in head for _, t in para.lines)


def _navigation_ends(para: Para, index: int) -> bool:
    """Whether the head's navigation ends above ``para``, the text's ``index``-th block: the
    text's first sentence or long block, or the 13th block."""
    text = para.text.strip()
    # (a breadcrumb cut short, "News > Press releases > UNEP Media Advisory: 2 ...", ends
    # on dots and begins no text)
    return index >= 12 or len(text) > 300 or (text.endswith(TERMINAL) and len(text.split()) > 8
                                              and not breadcrumb(text))


def _lone_controls(paras: list[Para], end: int, removed: list[tuple[int, str]],
                   lang: str) -> set[int]:
    """The numbers of the head's lines that are controls by their shape alone
    (``importer_chrome.shaped_control``: "Open Up", "Zoom in", "Show more", «إغلاق الموقع»)
    and stand where the headline would be, with no chrome beside them: no line of the
    release's but head lines (a label, a date, an office) above, neither line next to them
    a control or the site's navigation, nothing removed as the site's above them, and not
    printed again on the page. Such a line is the headline, which had been removed as page
    furniture (the subtitle taking its place, or the import refused: "no headline"); among
    the page's other chrome it goes ("Close sites icon close" / "Search form")."""
    lines = [(n, t) for para in paras[:end] for n, t in para.lines if t.strip()]
    lone: set[int] = set()
    printed: Counter[str] | None = None
    for at, (number, text) in enumerate(lines):
        if not shaped_control(text):
            if not (navigation_line(text) or page_chrome(text) or _head_line(text, lang)):
                break  # (a line of the release above: what follows is not its headline)
            continue
        beside = [lines[k][1] for k in (at - 1, at + 1) if 0 <= k < len(lines)]
        if any(navigation_line(t) or page_chrome(t) for t in beside) \
                or any(n < number for n, _ in removed):
            continue
        if printed is None:
            # (the page's lines, and those already set aside as its furniture: a control at
            # its foot too)
            printed = Counter(" ".join(t.split()) for t in chain(
                (t for para in paras for _, t in para.lines), (t for _, t in removed)))
        if printed[" ".join(text.split())] > 1:
            continue
        lone.add(number)
    return lone


def _head_end(paras: list[Para]) -> int:
    """How many blocks the head is: down to the one the text's first sentence is in, a dozen
    at most, that one with them (it may open with head lines: "FDA Issues …" / …)."""
    head = 0
    while head < min(len(paras), 12) and not _text_begins(paras[head]):
        head += 1
    return head + 1


def _title_bar_apart(paras: list[Para], lang: str, removed: list[tuple[int, str]]) -> list[Para]:
    """The head without a browser's title bar copied over the page (``importer_chrome.
    title_bar``: the page's title, a bar or a dash, the site's name), which is added to
    ``removed``: when its title is printed again under it, the headline is that print, and
    the site's lines between them (its banner, menu, search box: lines of eight words at most,
    no sentence, none of a release's head, ``_head_line``) are removed too («Accréditations
    médiatiques … - United Nations Environment Programme (UNEP)» / «Salle de presse» / «Accueil»
    / … / the headline: the bar had been the headline, the menu a paragraph); when its title
    is a kind of document ("Press release | UNHCR", "News – WFP"), the kind stays, the label,
    and the site's name is removed. Only the first title bar in the head."""
    for index, para in enumerate(paras[:12]):
        bars = [(k, title) for k, (_, line) in enumerate(para.lines)
                if (title := title_bar(line, lang)) is not None]
        if not bars:
            if _text_begins(para):
                return paras
            continue
        k, title = bars[0]
        number, line = para.lines[k]
        # (the head under the bar: the bar, a long title in brackets, begins no text)
        head = index + 1 + _head_end(paras[index + 1:])
        folded = [[" ".join(t.split()).casefold() for _, t in p.lines] for p in paras[:head]]
        text = " ".join(line.split())
        if is_known_label(title):
            removed.append((number, text[len(title):].strip(" |–—-:")))
            lines = [*para.lines[:k], (number, title), *para.lines[k + 1:]]
            return [*paras[:index], Para(lines, para.gap_before, para.gap_after, False,
                                         para.page_end), *paras[index + 1:]]
        # (where the title is printed again, under the bar)
        at = next(((j, m) for j in range(index, head) for m in range(len(folded[j]))
                   if (j, m) > (index, k) and folded[j][m] == title.casefold()), None)
        if at is None:
            return paras
        out = paras[:index]
        for j in range(index, at[0] + 1):
            block = paras[j]
            kept = [(n, t) for m, (n, t) in enumerate(block.lines)
                    if (j, m) < (index, k) or (j, m) >= at or not _site_line(t, lang)]
            removed.extend((n, t.strip()) for n, t in block.lines if (n, t) not in kept)
            if kept:
                out.append(block if len(kept) == len(block.lines) else
                           Para(kept, block.gap_before, block.gap_after, False,
                                block.page_end))
        return out + paras[at[0] + 1:]
    return paras


def _site_line(text: str, lang: str) -> bool:
    """A line of a site's header between its title bar and the headline: at most eight words,
    no sentence, no line of a release's head; or the site's controls."""
    text = " ".join(text.split())
    return not text or title_bar(text, lang) is not None or page_chrome(text) or (
        len(text.split()) <= 8 and not text.endswith(TERMINAL) and not _head_line(text, lang))


def _repeated_headline(paras: list[Para], lang: str,
                       removed: list[tuple[int, str]]) -> list[Para]:
    """The head without the copies of a headline the page prints again (its title and its
    heading, "FDA Issues …" twice; three times on the African Union's pages), which are added
    to ``removed``: the headline is the line the page repeats. A short block above its first
    print is the site's, said removed too, only with evidence, each line the site's words
    (``navigation_line``, ``page_chrome``) or printed again on the page (its slogan, "An
    Integrated, Prosperous and Peaceful Africa.", in its head and at its foot, had been the
    headline and the headline three subheadings), and never a line of the release's head (a
    label, a byline, a kind of statement, a place, a date, an office): those stay, and a
    place alone goes under the headline, the undated dateline's ("Geneva" above the headline
    had been removed). A line repeated is a headline when it has three words or more and ends
    no sentence; a label, a date or an issuer's name repeated is none. In the head only (the
    blocks down to the one the text's first sentence is in, a dozen at most)."""
    head = _head_end(paras)
    seen: dict[str, int] = {}
    repeated: str | None = None
    second = 0  # (the block of its second print)
    for index, para in enumerate(paras[:head]):
        for _n, line in para.lines:
            if (key := " ".join(line.split())) in seen:
                repeated, second = key, index
                break
            seen[key] = index
        if repeated is not None:
            break
    # (a Chinese sentence repeated, "…他以44票当选。", is a lead printed twice: ``lead_once``)
    if repeated is None or _word_count(repeated) < 3 \
            or repeated.endswith((*TERMINAL, *_WIDE_STOPS)) \
            or is_known_label(repeated) or lone_date(repeated, lang) or issuer_name(repeated):
        return paras
    first = seen[repeated]
    printed_on_page = Counter(" ".join(t.split()) for p in paras for _, t in p.lines)
    site = [p for p in paras[:first] if len(p.text.split()) <= 12 and all(
        not _head_line(t, lang) and (navigation_line(t) or page_chrome(t)
                                     or printed_on_page[" ".join(t.split())] > 1)
        for _, t in p.lines)]
    # (and the site's menu under its controls: the page's controls removed above a block
    # are the evidence, and its lines are link labels, no sentence: UNHCR's "Close sites
    # icon close" / "Search form" / "Country profile" / "Country website" over the headline
    # printed twice; "Country profile" had been the headline, the headline a paragraph; and
    # the site's section between its two prints, «Historias»)
    chrome_above = [n for n, t in removed if navigation_line(t) or page_chrome(t)]
    site += [p for p in paras[:second] if p not in site and p is not paras[first]
             and any(n < p.line for n in chrome_above)
             and all(_link_label(t, lang) for _, t in p.lines)]
    places = [p for p in paras[:first] if p not in site and len(p.lines) == 1
              and (found := undated_dateline(p.text.strip(), lang)) is not None and not found.rest]
    out = [p for p in paras[:first] if p not in site and p not in places]
    removed.extend((n, t.strip()) for p in sorted(site, key=lambda p: p.line) for n, t in p.lines)
    printed = False  # the headline's first print, kept
    for para in paras[first:head]:
        if para in site:
            continue  # (the site's section between the headline's prints: «Historias»)
        lines = []
        for number, line in para.lines:
            if " ".join(line.split()) != repeated or not printed:
                printed = printed or " ".join(line.split()) == repeated
                lines.append((number, line))
            else:
                removed.append((number, line.strip()))
        if lines:
            out.append(para if len(lines) == len(para.lines) else
                       Para(lines, para.gap_before, para.gap_after, False, para.page_end))
            if printed and places:
                out.extend(places)  # (under the headline: the dateline's place)
                places = []
    return out + paras[head:]


#: A character of a script written without spaces between words (Han, kana).
_HAN_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _word_count(text: str) -> int:
    """The words of ``text``; in Chinese, which sets no spaces between them, a word for two
    characters («各国环境部长齐聚内罗毕», five: a Chinese headline printed twice had been
    none, one "word", and its first print the office line)."""
    return sum(max(1, len(_HAN_RE.findall(w)) // 2) for w in text.split())


def _printed_again(title: Para, removed: list[tuple[int, str]]) -> bool:
    """Whether the page printed the headline's first line again under it, a copy
    ``_repeated_headline`` removed: the line the page repeats is its headline, never an
    issuer's name over a label (UNEP's "Environment Ministers … to gather in Nairobi" /
    "UNEP Media Advisory" / the headline again, its last words on a line of their own, had
    been the office line, and the event's line under it, "UNEP Headquarters, Nairobi (Kenya),
    16-20 February", the headline)."""
    number, first = title.lines[0]
    first = " ".join(first.split())
    return any(n > number and " ".join(t.split()) == first for n, t in removed)


def _link_label(text: str, lang: str) -> bool:
    """A menu's link on a line of its own: a few words, no sentence, no line of a release's
    head (``_head_line``)."""
    text = " ".join(text.split())
    return 0 < len(text.split()) <= 4 and not text.endswith((*TERMINAL, ":", ",")) \
        and not _head_line(text, lang)


def _head_line(text: str, lang: str) -> bool:
    """A line of a release's head, never a site's: a label, a byline, a kind of statement
    ("Statement by UNICEF Executive Director Catherine Russell"), a place ("Geneva"), a date,
    a place and date, an office's name."""
    text = " ".join(text.split())
    return _is_label(text) or is_byline(text, lang) or bool(
        STATEMENT_BY_RE.match(text) or STATEMENT_BY_NAME_RE.match(text)
        or _KIND_OF_STATEMENT_RE.match(text)) or _header_date(text, lang) is not None \
        or lone_date(text, lang) is not None or dateline(text, lang, 2000) is not None \
        or undated_dateline(text, lang) is not None or issuer_name(text)


#: A line naming the kind of a statement and its speaker ("Statement by the Secretary-General",
#: "Remarks of the Executive Director", "Joint statement on …"), whatever follows.
_KIND_OF_STATEMENT_RE = re.compile(
    r"^(?:[\w'’-]+\s+){0,3}(?:statement|remarks|address|speech|message|briefing|lecture|"
    r"declaration|communiqué|note)\s+(?:by|of|from|on)\b", re.IGNORECASE)


def _text_begins(para: Para) -> bool:
    """Where a head ends: a sentence of more than eight words, or a long block."""
    text = para.text.strip()
    return len(text) > 300 or (text.endswith(TERMINAL) and len(text.split()) > 8)


def _without_navigation(para: Para, first: bool, removed: list[tuple[int, str]],
                        lone: set[int]) -> Para | None:
    """A block of the head without its lines that are a site's navigation or a call to action
    (``importer_chrome.navigation_line``: "Login / Register", "Donate today", "Submit Release"
    over the headline, no blank line between), which are added to ``removed``; None if
    nothing is left. In the text's first block, a site's banner or menu goes with them: the
    short sentences right over a call to action ("Children in Gaza are in desperate need." /
    "Donate today"), the short lines between two such lines, when they are more than one or
    a sentence ("Click here for search results" / "Online Media Briefing Cntr" / … / "Login /
    Register"); the headline under a banner had been taken for a subheading and the banner's
    sentence for the headline. Never a line that is no sentence over the block's first site
    line, nor one alone between two: the release's headline ("… ceasefire agreement in Gaza"
    / "Back to news", "Statements 2024", "Share"), which had been removed with them."""
    marks = [k for k, (n, t) in enumerate(para.lines) if n not in lone and navigation_line(t)]
    if not marks:
        return para
    cut = set(marks)
    if first:
        cut |= _banner_lines(para.lines, marks)
    removed.extend((n, t.strip()) for k, (n, t) in enumerate(para.lines) if k in cut)
    lines = [line for k, line in enumerate(para.lines) if k not in cut]
    return Para(lines, para.gap_before, para.gap_after, False, para.page_end) if lines else None


def _banner_lines(lines: Sequence[tuple[int, str]], marks: list[int]) -> set[int]:
    """The positions in a first block's ``lines`` of a site's banner or menu beside its site
    lines at ``marks`` (``_without_navigation``): the short sentences right over a call to
    action, the site's section named right over its site line (``section_beside``: "Press
    releases" / "Back to archive"), and the short lines between the first and the last site
    line when they are more than one or one is a sentence (a headline is one line and no
    sentence)."""
    def short(k: int) -> bool:
        return len(lines[k][1].split()) <= 12

    def sentence(k: int) -> bool:
        return lines[k][1].strip().endswith(TERMINAL)

    banner: set[int] = set()
    between = [k for k in range(marks[0] + 1, marks[-1]) if k not in marks]
    if between and all(short(k) for k in between) \
            and (len(between) > 1 or sentence(between[0])):
        banner.update(between)
    action = call_to_action(lines[marks[0]][1])
    k = marks[0] - 1
    while k >= 0 and short(k) and ((action and sentence(k))
                                   or section_beside(lines[k][1], lines[marks[0]][1])):
        banner.add(k)
        k -= 1
    return banner


def _without_byline(para: Para, lang: str, removed: list[tuple[int, str]]) -> Para | None:
    """A block above the headline without its first lines that are a byline or hold no
    letter (a Word PDF's stray glyph, "!"), which are added to ``removed``; None if nothing
    is left. The date under a byline ("Prepared by …" / "November 27, 2021") or after it on
    its line ("Prepared by Aubrey Moore, May 23, 2021") stays, and is read as a date above
    the headline is."""
    lines = para.lines
    while lines and (is_byline(lines[0][1], lang) or not any(c.isalpha() for c in lines[0][1])):
        number, line = lines[0]
        dated = cms_byline(line, lang)
        if dated and lone_date(dated, lang):
            # (a CMS's byline and the page's date after its "on": "Submitted by admin on 17
            # October 2011", the date kept, read as a date above the headline is)
            # (the date taken out where it stands: a Chinese byline's verb follows it,
            # «由admin于2011年10月17日提交» is «由admin于提交»)
            joined = " ".join(line.split())
            at = joined.rfind(dated)
            removed.append((number, (joined[:at].strip() + joined[at + len(dated):]).strip()))
            lines = [(number, dated), *lines[1:]]
            break
        parts = line.strip().split(", ")
        cut = next((k for k in range(1, len(parts)) if lone_date(", ".join(parts[k:]), lang)),
                   0)
        removed.append((number, ", ".join(parts[:cut]) if cut else line.strip()))
        lines = [(number, ", ".join(parts[cut:])), *lines[1:]] if cut else lines[1:]
        if cut:
            break
    if lines is para.lines:
        return para
    return Para(lines, para.gap_before, para.gap_after, False, para.page_end) if lines else None


#: A line of contact details alone: an e-mail or web address, or a field giving one or a
#: telephone number ("Phone: 305-…", "Email: …", "Website: …").
_DETAIL_LINE_RE = re.compile(r"^\s*(?:\S+@\S+\.\w+|(?:https?://|www\.)\S+)\s*$|^\s*(?i:tel|telephone"
                             r"|phone|mobile|cell|fax|e-?mail|website|web)\b\.?\s*:")


def _contact_above(para: Para) -> bool:
    """Whether a block above the headline is a contact block, never the headline: one that
    opens as a contact does, with lines under it ("Contact: Kimberly Arredondo" / "Phone:
    …") or a number or an address on its line, or contact details alone, a line each
    ("press@example.org" / "www.example.org"). (Not an issuer's name over its address and
    numbers: a letterhead.)"""
    text = unwrapped_emphasis(para.text.strip())
    return (bool(CONTACT_RE.match(text)) and (
        len(para.lines) >= 2 or CONTACT_DETAIL_RE.search(text) is not None)) \
        or all(_DETAIL_LINE_RE.match(t) for _, t in para.lines)


def _sentence_under(title: Para, text: str) -> bool:
    """Whether ``text``, a line in lower case right under a headline in a text without blank
    lines, is a sentence of the text, not the headline's second line: it ends a sentence in
    lower-case words under a headline in title case ("City's Energy Office Introduces a New
    Digital Platform" / "and firms may join it from today."; "… one in five coconut palms on
    Guam show" / "signs of attack by coconut rhinoceros beetles (CRB)." is one headline)."""
    if not text.endswith(TERMINAL):
        return False
    capitals = [w[:1].isupper() or w[:1].isdigit() for w in _content_words(title.text)]
    lower = [w for w in _content_words(text) if w[:1].islower()]
    return len(capitals) >= 3 and all(capitals) and len(lower) >= 2


def _rejoin_headline(head: Head) -> None:
    """The headline's second line, which the body took, back on it: a line in lower case
    right under a headline that does not end a sentence ("Munich's ECOPROFIT Introduces
    Engaging New Digital Platform" / "for Companies to Act on Climate Change", under a label,
    where a text without blank lines was cut)."""
    body = head.body
    if head.title is None or not body:
        return
    following = body[0].text.strip()
    if following[:1].islower() and not head.title.text.rstrip().endswith(TERMINAL) \
            and len(body[0].lines) <= 2 and len(following) <= 120 \
            and not following.endswith(TERMINAL) and body[0].line > head.title.line:
        head.title.lines.extend(body.pop(0).lines)


#: A sentence's end: six words or more, the last ending in a letter and a full stop (not an
#: abbreviation's, "U.S.", nor an ellipsis); a headline ends without one
#: (a quotation may end the sentence, «… of “we the peoples”.»; a headline quoting one ends
#: with the quotation, «… “Act now.”»)
_SENTENCE_END_RE = re.compile(r"^(?:\S+\s+){5,}[^\s.]*[^\W\d_][\"”’»)]?\.$")


def not_a_headline(text: str) -> str:
    """Why the first text of a release is none of its headline ("" when it may be one): it
    introduces what follows, ending in a colon ("Following is the Secretary-General's
    message …, observed on 24 October:"), or it ends as a sentence of the text does."""
    if text.endswith(":") and len(text.split()) >= 4:
        return f"introduces what follows («{_quoted(text)}»)"
    if (field_name := _FIELD_RE.match(text)) is not None:
        return f"opens with a field's name («{field_name.group('name')}:»), as a media " \
            f"advisory's fields do («{_quoted(text)}»)"
    if _SENTENCE_END_RE.match(text):
        return f"is a sentence of the text («{_quoted(text)}»)"
    return ""


#: A field's name and its colon opening a line, a media advisory's (UNIS's "When: Thursday,
#: 22 June 2023 from 15:00 …", "Where:", "Date:", "Venue:"), in the six languages: the
#: event's details, no headline.
_FIELD_RE = re.compile(
    r"^(?P<name>when|where|date|time|venue|location|what|who|quand|où|lieu|heure|quoi|qui"
    r"|cuándo|dónde|fecha|hora|lugar|qué|quién|когда|где|дата|время|место|что|кто"
    r"|时间|地点|日期|地址|متى|أين|التاريخ|الوقت|المكان|الزمان)\s*[:：]\s*\S", re.IGNORECASE)


def _quoted(text: str) -> str:
    return text if len(text) <= 60 else text[:57].rstrip() + "…"


def _meeting_header(head: Head, removed: list[tuple[int, str]], lang: str) -> Para | None:
    """The lines naming the organ, session and meeting above a meetings coverage's headline
    ("Fifty-sixth General Assembly" / "Third Committee" / "48th Meeting (PM)"), which the
    first of them had been taken for: they go together, and the headline is what follows
    (past the symbol and the date set under them, "SC/15602" / "30 APRIL 2024", which go to
    ``removed``; the date dates the release)."""
    assert head.title is not None
    seq = [head.title, *head.body[:5]]
    for index, para in enumerate(seq[:-1]):
        if not MEETING_RE.match(para.lines[-1][1].strip()):
            continue
        if any(len(p.text) > 160 or p.text.rstrip().endswith(TERMINAL) for p in seq[:index]):
            return None
        lines = [line for p in seq[:index + 1] for line in p.lines]
        after = index + 1
        while after < len(seq) - 1:
            text = seq[after].text.strip()
            dated = lone_date(text, lang)
            if not (all(has_symbol(t) for _, t in seq[after].lines) or dated):
                break
            removed.extend((n, t.strip()) for n, t in seq[after].lines)
            if dated is not None and head.lone is None:
                head.lone = (seq[after].line, *dated)
            after += 1
        head.title = seq[after]
        del head.body[:after]
        return Para(lines, seq[0].gap_before)
    return None


def _header_date(text: str, lang: str) -> tuple[dt.date, str] | None:
    """The release date as a header writes it: alone ("8 January 2021", "Release Date: 11 May
    2000"), or with the place, as a letterhead's dateline ("Vienna, 17 March 2021")."""
    found = lone_date(text, lang)
    if found is None and (line := dateline(text, lang)) is not None and not line[3] \
            and line[1] is not None:
        found = line[1], line[2]
    return found


def _subtitle_in(title: Para) -> int:
    """Where a headline in title case ("UNOCT Launches Global Programme") gives way to a
    subtitle in sentence case on the next line ("Ten Member States join the initiative"); 0 if
    it does not. A headline wrapped over two lines keeps its case, or its first line ends on a
    word that needs the next ("… Dialogue on", "… Qatar,")."""
    lines = [t.strip() for _, t in title.lines[:4]]  # a headline takes three lines at most
    for index in range(1, len(lines)):
        above, below = " ".join(lines[:index]), lines[index]
        if above.endswith((",", "-", "–", "—", ":", "/")) \
                or above.rsplit(None, 1)[-1].lower() in MINOR_WORDS:
            continue
        capitals = [w[:1].isupper() or w[:1].isdigit() for w in _content_words(above)]
        lower = [w for w in _content_words(below)[1:] if w[:1].islower()]
        if len(capitals) >= 3 and all(capitals) and len(lower) >= 2 \
                and below[:1].isupper():
            return index
    return 0


def _content_words(text: str) -> list[str]:
    return [w for w in _WORD_RE.findall(text) if w.lower() not in MINOR_WORDS]


def _labels_apart(paras: list[Para], lang: str) -> list[Para]:
    """The head's paragraphs with a known label or handling instruction, the information
    services' notice or a document symbol on a line of its own made a paragraph of its own
    ("Press Release" / "UNOCT Launches …", no blank line between: a PDF viewer's copy), in the
    first few paragraphs, where a head stands."""
    out: list[Para] = []
    for index, para in enumerate(paras):
        parts: list[list[tuple[int, str]]] = []
        current: list[tuple[int, str]] = []
        header = False  # the line before was a label, notice or reference
        for item in para.lines if index < 4 else ():
            text = item[1].strip()
            if header and not current and parts and _instruction_goes_on(parts[-1]):
                parts[-1].append(item)  # the handling sentence goes on ("… in the print,
                continue  # broadcast or" / "electronic media before 20 June 2024 …")
            columns = cells(text)
            prefixed = LABEL_PREFIX_RE.match(text) if len(columns) == 1 else None
            if prefixed is not None:
                columns = [prefixed.group("label"), prefixed.group("rest")]
            if len(columns) == 2 and is_known_label(columns[0]) and (
                    _header_date(columns[1], lang) is not None):
                # a label and the date in columns ("PRESS RELEASE      Geneva, 19 March
                # 2024"), or after a colon ("Press Release: 17 March 2023", the ICC's): the
                # label, and the date its own block, a header's date
                parts += [current, [(item[0], columns[0])], [(item[0], columns[1])]] if current \
                    else [[(item[0], columns[0])], [(item[0], columns[1])]]
                current = []
                header = True
                continue
            # (a date right under a notice or a reference is the header's: "UNIS/NAR/1378" /
            # "18 March 2019")
            if is_known_label(text) or is_notice(text) or has_symbol(text) or (
                    header and _header_date(text, lang) is not None):
                parts += [current, [item]] if current else [[item]]
                current = []
                header = True
            elif MEETING_RE.match(text):  # the meeting ends its header: the headline follows
                parts.append([*current, item])
                current = []
                header = False
            else:
                current.append(item)
                header = False
        parts += [current] if current else []
        if len(parts) < 2:
            out.append(para)
            continue
        last = len(parts) - 1
        out += [Para(part, para.gap_before if k == 0 else 0, para.gap_after if k == last else 0,
                     para.page_start and k == 0, para.page_end and k == last)
                for k, part in enumerate(parts)]
    return out


def _issuer_label(head: Head) -> None:
    """The issuer's name and the kind of document on the label line, "European Commission -
    Daily News": the kind the label, the name the office line (the whole line had been the
    headline, the headline a paragraph); the same line again, or the label with its date
    ("Daily News 04 / 04 / 2019"), is a label the release has already, said removed whole.
    (Only without an office line already: a letterhead's name above is the issuer.)"""
    if head.letterhead is not None:
        return
    for index, para in enumerate(head.labels):
        if (found := issuer_kind(para.text)) is not None:
            head.letterhead = Para([(para.line, found[0])], para.gap_before)
            head.labels[index] = Para([(para.line, found[1])], para.gap_before, para.gap_after)
            return


def _instruction_goes_on(part: list[tuple[int, str]]) -> bool:
    """Whether a handling instruction of a sentence's words ("The contents of this press
    release must not be quoted …") goes on to the next line: it ends on no final stop."""
    text = " ".join(t.strip() for _, t in part)
    return " " in text and not text.endswith(TERMINAL) and bool(EMBARGO_RE.match(text)) \
        and len(text.split()) > 3


def _speech_under_label(head: Head, under: Para, lang: str) -> bool:
    """Whether a speech's headline stands above its labels, not an issuer's name: the labels
    are a delivery instruction only ("[As delivered]", «Seul le prononcé fait foi», which a
    speech sets under its headline; a kind of document, "PRESS RELEASE", stands under the
    issuer's name) and what stands above them is no issuer's or speaker's line in any of the
    six languages (``speaker_or_issuer``, or "Statement by" and a name: "Executive Director
    Ghada Waly" / "Check against delivery" / "Remarks at …" are the speaker's line and the
    headline, as «Organisation mondiale de la propriété intellectuelle» / «Seul le prononcé
    fait foi» / «Allocution …» the issuer's and the headline), or the block under them is
    the speech's salutation ("Your Excellency, Ambassador …, Chair of the WIPO General
    Assembly,"), which no headline is. ("Report of the Director General to the Assemblies of
    WIPO – …" / "[As delivered]" / "Your Excellency, …," had been read as the office line and
    the salutation as the headline.)"""
    assert head.title is not None
    above = unwrapped_emphasis(head.title.text)
    return (all(is_delivery_note(p.text) for p in head.labels)
            and not STATEMENT_BY_NAME_RE.match(" ".join(above.split()))
            and not speaker_or_issuer(above, lang)) \
        or (len(under.lines) == 1 and is_address_line(under.text))


def headline_like(text: str) -> bool:
    """Short, and without a sentence's final punctuation: a headline or a subtitle."""
    text = text.strip()
    # (a bracket may close one: "… in the Gaza Strip (South Africa v. Israel)"; a Chinese
    # or Arabic sentence's stop, "。", "؟", closes none: ILO's Chinese summary under the
    # headline had been taken for the headline, and the headline for the issuer's name)
    return len(text) <= 200 and not text.endswith(_WIDE_STOPS) and (
        not text.endswith(TERMINAL) or (
            text.endswith(")") and not text[:-1].rstrip().endswith(TERMINAL)))


#: A sentence's final stop in the scripts of Chinese and Arabic.
_WIDE_STOPS = ("。", "！", "？", "؟")


def _headline_among(labels: list[Para]) -> Para | None:
    """The last of the short capitals blocks above the first paragraph that is no known label
    nor handling instruction: the headline, when what follows them is already the dateline."""
    for para in reversed(labels):
        if not is_known_label(para.text.strip()):
            return para
    return None


def _bilingual_letterhead(para: Para) -> bool:
    """One line of short capitals in two or more columns, none of them a known label."""
    columns = cells(para.text) if len(para.lines) == 1 else []
    return len(columns) > 1 and not is_known_label(para.text.strip()) \
        and all(c.isupper() and len(c) <= 40 for c in columns)


def _is_label(text: str) -> bool:
    text = unwrapped_emphasis(text)
    if MEETING_RE.match(text):
        return False  # ("9571ST MEETING (AM)": the meeting a coverage reports, its header)
    # (short capitals, a column each: "UNITED NATIONS     NATIONS UNIES")
    columns = cells(text)
    return is_known_label(text) or (bool(columns) and all(c.isupper() and len(c) <= 40
                                                          for c in columns))


def office_from(removed: list[tuple[int, str]], lang: str, texts: list[str]
                ) -> tuple[int, str] | None:
    """The issuing office named by a removed all-capitals header ("UNITED NATIONS / OFFICE …"),
    cased as the language writes it (``capitals_cased``; ``texts``, the release's, say which of
    its words are proper names)."""
    # (not a date in capitals: "30 APRIL 2024")
    lines = [(n, t) for n, t in removed
             if t.isupper() and not any(is_mark(c) for c in cells(t)) and not has_symbol(t)
             and not lone_date(t, lang) and not navigation_line(t)  # ("CONTINUE READING")
             and not EMBARGO_RE.match(t) and not copyright_line(t)]  # ("©FAO, 2001")
    if not lines:
        return None
    first = lines[0][0]
    block = [t for n, t in lines if n - first < 4]
    return first, capitals_cased(" ".join(block), lang, proper_forms(texts))
