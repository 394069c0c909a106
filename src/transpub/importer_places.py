"""Where the dateline stands when a text sets it apart from its date or its place, which the
dateline parser reads on one line only: a headline glued over the dateline's line
(``headline_over_dateline``), a place and the date on lines of their own above the
headline (``place_over_date``) or beside each other in the head (``place_beside_date``,
with a place's shape read by ``_place_and_region``), and a place-only dateline opening one
of the body's first blocks (``placed``, ``placed_undated``). ``importer.import_text`` runs
the first three on the text before its head is read and the last two on the body under the
head; a headline's shape is ``importer_head.headline_like``'s."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from itertools import pairwise

from transpub.datelines import (
    Dateline,
    dateline,
    lone_date,
    place_dateline,
    undated_dateline,
)
from transpub.importer_head import headline_like
from transpub.importer_labels import is_known_label
from transpub.importer_names import issuer_name, person_title
from transpub.importer_pages import TERMINAL, Para
from transpub.importer_text import plain_fast
from transpub.namefind import is_country_name, is_place_name

#: How many of the body's first blocks a dateline of a place alone may open: the first
#: paragraph of the text, under a subtitle or two (``placed``, ``placed_undated``)
_PLACED_WITHIN = 3
#: The longest block above the dateline that is a subtitle or a summary (it becomes a
#: subheading): a longer one is the text's first paragraph, and the dateline, which opens
#: the text, is not under it
_SUBTITLE_MAX = 300


def placed(body: list[Para], date: dt.date, date_text: str,
            ) -> tuple[int, Dateline | None]:
    """Which of the body's first blocks opens with a place-only dateline, as ``opening``
    gives a dateline's parts (the date the header's); (0, None) when none does. The block
    the dateline opens may be of any length; the search ends at the text's first paragraph
    (a block too long to be a subtitle), and after the first few blocks."""
    for index, para in enumerate(body[:_PLACED_WITHIN]):
        text = plain_fast(para.text).strip()
        found = place_dateline(text, date, date_text)
        if found is not None:
            return index, found
        if len(text) > _SUBTITLE_MAX:
            break
    return 0, None


def placed_undated(body: list[Para], lang: str) -> tuple[int, Dateline | None]:
    """Which of the body's first blocks is, or opens with, a dateline naming its place and no
    date (``undated_dateline``): a place alone on the first block's first line, the text under
    it, or a place and a dash opening one of the first blocks as ``placed`` finds it, the
    block of any length (WFP's first paragraphs are often over 300 characters: the place had
    stayed in the text); (0, None) when none does."""
    if body and len(body) + len(body[0].lines) > 2:
        found = undated_dateline(plain_fast(body[0].lines[0][1]).strip(), lang)
        under = body[0].lines[1][1].strip() if len(body[0].lines) > 1 else ""
        if found is not None and not found.rest and (not under or under[:1].isupper()):
            if under:  # (the text under it, no blank line between; not a wrapped sentence)
                para = body[0]
                body[0:1] = [Para(para.lines[:1], para.gap_before),
                             Para(para.lines[1:], 0, para.gap_after, False, para.page_end)]
            return 0, found
    for index, para in enumerate(body[:_PLACED_WITHIN]):
        text = plain_fast(para.text).strip()
        found = undated_dateline(text, lang)
        if found is not None and found.rest:
            return index, found
        if len(text) > _SUBTITLE_MAX:
            break
    return 0, None


def headline_over_dateline(paras: list[Para], lang: str) -> list[Para]:
    """A headline set right above the dateline's line, no blank line between ("National
    climate plans fall short" / "Bonn, 14 November 2023 – A new report…", as pdftotext's
    default mode gives it): its own block, in the first few blocks. The dateline had taken the
    headline for its place ("National climate plans fall short Bonn")."""
    for index, para in enumerate(paras[:6]):
        if len(para.lines) < 2 or para.item:
            continue
        for at in range(1, min(len(para.lines), 4)):
            above = " ".join(" ".join(t.split()) for _, t in para.lines[:at])
            if above.endswith((*TERMINAL, ",")) or len(above) > 200:
                break
            rest = " ".join(" ".join(t.split()) for _, t in para.lines[at:])
            found = dateline(plain_fast(rest), lang, None)
            if found is None or not (found.place or found.attribution) or not found.rest:
                continue
            # (read once: the loop ends here, one way or the other)
            whole = dateline(plain_fast(para.text), lang, None)
            if whole is not None and len(whole.place) <= len(found.place):
                break  # (the place the same: the lines above are the dateline's)
            return [*paras[:index],
                    Para(para.lines[:at], para.gap_before, 0, para.page_start),
                    Para(para.lines[at:], 0, para.gap_after, False, para.page_end),
                    *paras[index + 1:]]
    return paras


def place_over_date(paras: list[Para], lang: str) -> list[Para]:
    """A place and the date on lines of their own above the headline, a blank line between
    them ("New York" / "23 October 2024" / the headline, as un.org/sg lays out a statement):
    one block, as a letterhead's "New York, 23 October 2024" is, so that they date and place
    the release. The place had been taken for the headline, and the headline for the text.
    The place is a few capitalised words that the dateline parser takes for one before that
    date, not a label nor an issuer's name ("United Nations"), and a headline follows (a
    short headline over its date has the text under them)."""
    for index, para in enumerate(paras[:3]):
        if index + 2 >= len(paras) or len(para.lines) != 1 or para.item:
            continue
        date = paras[index + 1]
        place = para.text.strip()
        if len(date.lines) != 1 or lone_date(place, lang) or issuer_name(place) \
                or person_title(place) or is_known_label(place) \
                or lone_date(date.text.strip(), lang) is None \
                or not headline_like(paras[index + 2].text):
            continue
        # (with no comma between them, the parser takes only a place's name before the date:
        # not "Date:", "Media Alert for")
        found = dateline(f"{place} {date.text.strip()}", lang, None)
        if found is None or found[3] or not found[0]:
            continue
        return [*paras[:index], Para([*para.lines, *date.lines], para.gap_before,
                                     date.gap_after, para.page_start, date.page_end),
                *paras[index + 2:]]
    return paras


def place_beside_date(paras: list[Para], lang: str) -> list[Para]:
    """A dateline set as two lines in the head, its place on a line of its own beside the date
    standing alone, no blank line between: above the date ("Geneva," / "October 4, 2021",
    WIPO's) or under it ("November 23, 2021" / "Ottawa, Ontario", the Canadian Prime
    Minister's), between the headline and the text, or opening a repost that lost its
    headline; glued under the headline ("Statement by …" / "Geneva (ICRC)") or over the text
    too, and a blank line between the two when the place is one ``data/places.json`` knows.
    The two lines become one block, the place's first ("Ottawa, Ontario" / "November 23,
    2021"), read as a dateline's place and date as a letterhead's "Geneva, 12 September 2024"
    is (the place had been a subheading, or the headline of a release without one; the
    headline's last words when glued under it). The place is what the dateline parser takes
    for one before that date (``_place_beside``), and it says so: a place ``undated_dateline``
    knows, or, no blank line between, one word and its region (``_place_and_region``:
    "Ottawa, Ontario", "Ottawa (Ontario)"); "Peace Deal" over a date is a headline's line,
    "Jane Smith, UN News" a byline. In the first few blocks, where a head stands."""
    head = paras[:6]
    flat = [(k, j) for k, para in enumerate(head) if not para.item and not para.code
            for j in range(len(para.lines))]
    common = _lower_case_words(paras)
    for (k1, j1), (k2, j2) in pairwise(flat):
        first, second = head[k1].lines[j1], head[k2].lines[j2]
        gap = 0 if k1 == k2 else head[k2].gap_before
        # (a line glued under one ending in a comma goes on with it: "UNICEF Warns of Rising
        # Malnutrition," / "Scales Up Emergency Response, Mozambique" is a headline's)
        wrapped = j1 > 0 and head[k1].lines[j1 - 1][1].rstrip().endswith((",", "،", "，"))
        for place, date in ((first, second), (second, first)):
            lines = _place_beside(place[1], date[1], lang, gap, common,
                                  wrapped and place is first)
            if lines is None:
                continue
            block = Para([(place[0], lines[0]), (date[0], lines[1])], head[k1].gap_before
                         if j1 == 0 else 0, head[k2].gap_after if j2 == len(
                             head[k2].lines) - 1 else 0)
            above = head[k1].lines[:j1]
            below = head[k2].lines[j2 + 1:]
            out = [*paras[:k1]]
            if above:
                out.append(Para(above, head[k1].gap_before, 0, head[k1].page_start))
            out.append(block)
            if below:
                out.append(Para(below, 0, head[k2].gap_after, False, head[k2].page_end))
            return out + paras[k2 + 1:]
    return paras


def _lower_case_words(paras: Sequence[Para]) -> frozenset[str]:
    """The words a release's text writes in lower case, case-folded: its common words, which
    a title-case headline capitalises ("Famine", "Risk", "Response")."""
    return frozenset(word.casefold() for para in paras for _line, text in para.lines
                     for word in re.findall(r"[^\W\d_][\w'’-]*", text) if word[:1].islower())


def _place_beside(place: str, date: str, lang: str, gap: int,
                  common: frozenset[str] = frozenset(), wrapped: bool = False
                  ) -> tuple[str, str] | None:
    """The place's line and the date's as a block of the two reads them, a comma put after
    the place when the parser needs one to read them so ("Ottawa (Ontario)" / "Le 23 novembre
    2021"); None when ``place`` is no dateline's place beside the date ``date`` (see
    ``place_beside_date``; ``gap``: the blank lines between them; ``common``: the words the
    release's text writes in lower case, ``_place_and_region``'s; ``wrapped``: the line above
    the place ends in a comma, which a place's shape alone does not pass: a known place only)."""
    place, date = place.strip(), date.strip()
    found_date = lone_date(date, lang)
    bare = place.rstrip(",،，").strip()
    if found_date is None or not bare or len(bare) > 60 or lone_date(place, lang) \
            or bare.endswith((".", "!", "?", ":", ";", "…")) or any(c.isdigit() for c in bare) \
            or issuer_name(bare) or person_title(bare) or is_known_label(bare) \
            or is_known_label(place):
        return None
    known = undated_dateline(bare, lang, joined=True)  # (places joined: beside a date)
    known_place = known is not None and not known.rest
    # (written as a place with its region, and no blank line between: a line with a comma or
    # a bracket names no place for that, "Food insecurity rising, FAO warns", "Jane Smith, UN
    # News", "UNICEF (New York)" over or under a date are a headline, a byline, a heading)
    if not (known_place or (gap == 0 and not wrapped and _place_and_region(bare, lang, common))):
        return None
    comma = "،" if lang.startswith("ar") else ","
    for text in (place, place + comma):
        found = dateline(f"{text} {date}", lang, None)
        if found is not None and not found.rest and found.place and found.date == found_date[0]:
            return text, date
    return None


#: A place unknown to ``data/places.json`` written with its region: capitalised words, then
#: the region after a comma or in brackets ("Ottawa, Ontario", "Ottawa (Ontario)", "San José,
#: Costa Rica").
_PLACE_REGION_RE = re.compile(r"(?P<place>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3})\s*"
                              r"(?:[,،]\s*(?P<after>[^,،()]+)|\((?P<inside>[^()]+)\))")
#: The lower-case words a place's name of several words may hold ("Ciudad de Guatemala",
#: "Port of Spain")
_PLACE_PARTICLES = frozenset("de del da do dos das di du des la el es al am sur of".split())


#: The generic words a place's name of several words may open with, written in lower case in a
#: text as well ("the port", «la ciudad»): "Port Moresby", «Ciudad Juárez», "Saint-Louis"
_PLACE_HEADS = frozenset("""port fort mount lake cape saint sainte san santa santo são
    ciudad puerto villa nueva nuevo mont ville porto""".split())


def _place_and_region(text: str, lang: str, common: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` has a place's shape only ("Ottawa, Ontario", "Ottawa (Ontario)"): one
    capitalised word, not an acronym (a body's: "UNICEF (New York)"), then a known place or
    country, or up to three capitalised words, none in lower case (a headline's verb, a
    heading's "(continued)", "Peace, security and development"); in a script without capitals,
    a known place or country. A person's name is two words ("Jane Smith, UN News", "Jonathan
    Huskey (SEIU)"), a document's kind too ("Press Release, Geneva"); a place of several words
    is one before a country that CLDR names ("San José, Costa Rica", «Ciudad Juárez, México»,
    «Нижний Новгород, Россия»: t65/hB finding 8) with a place's shape: three words at most,
    particles counted ("Port of Spain"), none of them one the release's text writes in lower
    case (``common``; a generic first word, "Port", «Ciudad», aside): a title-case headline's
    line, "Warns of Famine Risk, Haiti", "Mission Headquarters Shelled, Mali", is none."""
    match = _PLACE_REGION_RE.fullmatch(text)
    if match is None:
        return False
    first, *more = match.group("place").split()
    region = " ".join((match.group("after") or match.group("inside")).split())
    capitalised = first[:1].isupper() and not first.isupper()
    if is_known_label(match.group("place")):
        return False  # (a document's kind: "Press Release, Kenya", «Пресс-релиз, Россия»)
    if more:
        return capitalised and len(more) <= 2 and is_country_name(region, lang) and all(
            word in _PLACE_PARTICLES or (word[:1].isupper() and not word.isupper())
            for word in more) and more[-1] not in _PLACE_PARTICLES \
            and (first.casefold() in _PLACE_HEADS or first.casefold() not in common) \
            and not any(word.casefold() in common for word in more
                        if word not in _PLACE_PARTICLES)
    if is_place_name(region, lang):
        return capitalised or not (first[:1].isupper() or first[:1].islower())
    words = region.split()
    return capitalised and len(words) <= 3 and all(w[:1].isupper() for w in words)
