"""A statement's or a speech's head set over several lines, read into one: the kind of
speech and "by", the speaker's name and title, and the event's line above them ("Human Rights
Council 30th Session" / "Opening Statement by" / "Zeid Ra'ad Al Hussein" / "United Nations
High Commissioner for Human Rights" / "Geneva, 14 September 2015"). Offices set a speech's
head so, and read line by line it had been a headline, two subheadings and an undated
paragraph; ``statement_head`` makes it a headline (the event's line the office line) or the
headline's byline. ``importer_head.read_head`` calls it once the headline is found, and
reads ``STATEMENT_BY_RE`` and ``STATEMENT_BY_NAME_RE`` to tell a release's head lines from
a site's; this module imports nothing of ``importer_head`` but its ``Head``, for types."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from transpub.datelines import dateline, lone_date
from transpub.importer_names import issuer_name
from transpub.importer_pages import TERMINAL, Para
from transpub.importer_text import unwrapped_emphasis

if TYPE_CHECKING:
    from transpub.importer_head import Head


#: A speech's kind and the "by" its speaker's name follows, on a line of its own: "Opening
#: Statement by", "Keynote Address by", "Remarks as delivered by".
STATEMENT_BY_RE = re.compile(r"^(?:[\w'’-]+\s+){0,3}(?:statement|remarks|address|speech|"
                              r"message|briefing|lecture)(?:\s+[\w'’-]+){0,3}\s+by$",
                              re.IGNORECASE)
#: What a session or event line over a speech names ("Human Rights Council 30th Session").
#: An event line over a statement's head: a session or meeting named with its number
#: ("Human Rights Council 30th Session", "General Assembly, seventy-fifth session", "Fiftieth
#: meeting of the Committee"), no headline's verb between: a headline naming a council or a
#: dialogue over a "Statement by" line ("UNOCT and Qatar Hold Third Strategic Dialogue",
#: "Security Council Condemns Attack in Mogadishu") stays the headline (a second hostile pass
#: on session 62's changes had found both demoted to the office line)
_EVENT_RE = re.compile(
    r"(?:\b\d{1,3}(?:st|nd|rd|th)?\b|\b(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|twentieth|thirtieth|fortieth|"
    r"fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)\b)[\s,]*(?:\w+\s+){0,6}?"
    r"\b(?:session|meeting|sitting)s?\b|\b(?:session|meeting)\s+(?:no\.?\s*)?\d",
    re.IGNORECASE)


def statement_head(head: Head, lang: str) -> None:
    """A statement's head in several lines, the kind of speech and "by", then the speaker and
    the speaker's title, each on its own line ("Opening Statement by" / "Zeid Ra'ad Al
    Hussein" / "United Nations High Commissioner for Human Rights" / "Geneva, 14 September
    2015"): the kind, the speaker and the title are one line ("Opening Statement by Zeid Ra'ad
    Al Hussein, United Nations High Commissioner for Human Rights"), and the place and date
    under it are the dateline (the speaker had been two subheadings, a line "by" alone a
    paragraph, and a dateline under them a paragraph, the release undated). That line is the
    headline when it heads the page, or stands under an event's line ("Human Rights Council
    30th Session"), which is then the office line; under any other headline it is the
    headline's byline, a subheading ("UNOCT and Qatar Hold Third Strategic Dialogue" /
    "Statement by" / "Vladimir Voronkov" / …: a headline naming a dialogue stays)."""
    title, body = head.title, head.body
    if title is None or head.letterhead is not None:
        return
    at = next((k for k, (_, line) in enumerate(title.lines[:-1])
               if STATEMENT_BY_RE.match(line.strip())), None)
    if at is not None and len(title.lines) <= 7:
        # (the head set a line under the other, no blank line between: "Human Rights Council"
        # / "Opening Statement by" / the speaker / … / "Geneva, 14 September 2015", one block)
        apart = [Para([line], 0) for line in title.lines[at:]]
        apart[-1].gap_after = title.gap_after
        if _speaker(apart, 1, lang):
            above = title.lines[:at]
            body[:0] = apart if above else apart[1:]
            head.title = title = Para(above, title.gap_before) if above \
                else Para(apart[0].lines, title.gap_before)
    if len(title.lines) == 1 and STATEMENT_BY_RE.match(title.text.strip()):
        # (the kind and "by" as the page's first line, no event's line above it, or one the
        # letterhead took: "Human Rights Council" / "Opening Statement by" / …)
        taken = _speaker(body, 0, lang)
        if taken:
            head.title = _by_speaker(title, body[:taken])
            del body[:taken]
        return
    if len(title.lines) == 1 and STATEMENT_BY_NAME_RE.match(title.text.strip()) \
            and len(body) > 2 and _short_line(body[0], lang) \
            and _SPEAKER_TITLE_RE.search(body[0].text) and _dated(body[1], lang):
        # (the speaker's name on the line of "by", the speaker's title under it, then the
        # place and date: "Opening Statement by Zeid Ra'ad Al Hussein" / "United Nations
        # High Commissioner for Human Rights" / "Geneva, 14 September 2015")
        head.title = _by_speaker(title, body[:1], named=True)
        del body[:1]
        return
    if not body or len(body[0].lines) != 1:
        return
    event = len(title.lines) <= 2 and not title.text.rstrip().endswith(TERMINAL) \
        and len(title.text.split()) <= 12 and bool(_EVENT_RE.search(title.text) or issuer_name(
            unwrapped_emphasis(title.text)))
    if event and STATEMENT_BY_NAME_RE.match(body[0].text.strip()):
        # (the speech and its speaker on one line under the event's: "41st session of the
        # Human Rights Council" / "Opening statement by UN High Commissioner for Human Rights
        # Michelle Bachelet")
        head.letterhead, head.title = title, body.pop(0)
        return
    if not STATEMENT_BY_RE.match(body[0].text.strip()):
        return
    taken = _speaker(body, 1, lang)
    if not taken:
        return
    spoken = _by_speaker(body[0], body[1:1 + taken])
    if event:
        # (an event's line, or a body's name alone, "Human Rights Council": the office line)
        head.letterhead, head.title = title, spoken
        del body[:1 + taken]
    else:
        # (under a headline of its own: the byline, one subheading)
        body[:1 + taken] = [Para([(spoken.line, "\0h2" + spoken.text)], spoken.gap_before,
                                 spoken.gap_after)]


#: The kind of speech, "by" and the speaker on one line ("Opening Statement by Zeid Ra'ad Al
#: Hussein", "Opening statement by UN High Commissioner for Human Rights Michelle Bachelet"):
#: capitalised words after "by" and the small words of a title, no sentence.
STATEMENT_BY_NAME_RE = re.compile(
    r"^(?:[\w'’-]+\s+){0,3}(?i:statement|remarks|address|speech|message|briefing|lecture)"
    r"(?:\s+[\w'’-]+){0,3}\s+(?i:by)(?:\s+(?:[A-Z][\w'’.,-]*|al|el|de|da|van|von|bin|ibn|for|of|"
    r"on|the|and)){1,12}$")
#: A speaker's title under the name: it names an office held ("United Nations High
#: Commissioner for Human Rights", "Under-Secretary-General for …", "Special Rapporteur on …").
_SPEAKER_TITLE_RE = re.compile(
    r"\b(?:commissioner|secretary|president|director|minister|rapporteur|representative|"
    r"envoy|chair(?:person|man|woman)?|coordinator|ambassador|advis[eo]r|administrator|"
    r"spokesperson|judge|prosecutor|registrar|chief|head|expert|officer|executive|deputy)\b",
    re.IGNORECASE)


def _short_line(para: Para, lang: str) -> bool:
    """A name or a person's title: a line or two, capitalised, no sentence, no dateline."""
    text = para.text.strip()
    return (len(para.lines) <= 2 and 0 < len(text.split()) <= 14 and text[:1].isupper()
            and not text.endswith((*TERMINAL, ",", ":")) and not text.startswith("\0")
            and dateline(text, lang, 2000) is None and lone_date(text, lang) is None)


def _dated(para: Para, lang: str) -> bool:
    """A place and date, or a date, alone on its block ("Geneva, 14 September 2015")."""
    text = para.text.strip()
    found = dateline(text, lang, 2000)
    return (found is not None and not found[3]) or lone_date(text, lang) is not None


def _speaker(body: list[Para], at: int, lang: str) -> int:
    """How many blocks from ``at`` are the speaker's name and title under a line "… by" (1
    or 2), 0 if none; something must stand under them (the dateline, the speech)."""
    if len(body) < at + 2 or not _short_line(body[at], lang):
        return 0
    return 2 if len(body) > at + 2 and _short_line(body[at + 1], lang) else 1


def _by_speaker(by: Para, speaker: list[Para], named: bool = False) -> Para:
    """The line "… by" and the speaker's lines as one line, the title after the name and a
    comma ("Opening Statement by Zeid Ra'ad Al Hussein, United Nations High Commissioner …");
    ``named``: the line "… by" ends on the name, and the first of ``speaker`` is the title."""
    lines = list(by.lines)
    for para in speaker:
        if named or len(lines) > len(by.lines):
            number, name = lines[-1]
            lines[-1] = (number, name.rstrip() + ",")
        lines.extend(para.lines)
    return Para(lines, by.gap_before, speaker[-1].gap_after if speaker else by.gap_after)
