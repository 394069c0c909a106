"""Datelines and release dates as press releases write them, read in the release's language.

"New York, 9 December 2020 – The…" opens a release's first paragraph: the place, the date and
the text. Offices write it in many ways ("GENEVA (9 December 2020) –", "Bonn/Nairobi 9 December
2020 -", "VIENNA, 12 May (UN Information Service) --"), and some put the date alone in the
page's header instead. The month and weekday names are babel's (CLDR) for the language.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

from babel import Locale


@functools.cache
def _date_patterns(lang: str) -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str]]:
    """The language's month names, and its dateline and lone-date patterns."""
    locale = Locale.parse(lang)
    months: dict[str, int] = {}
    days: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                months[name.lower().rstrip(".")] = number
            days.update(d.lower().rstrip(".") for d in locale.days[context][width].values())
    month_re = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    day_re = "|".join(sorted((re.escape(d) for d in days), key=len, reverse=True))

    def date(year_optional: bool) -> str:
        # "Tuesday, 8 January 2021", "8 de enero de 2021", "1er janvier 2021", "January 8, 2021"
        # (French writes "Genève, le mardi 12 mars 2024")
        # "9th December", "December 9th", and the ISO form "2020-12-09" as well
        year = "?" if year_optional else ""
        return (r"(?:le\s+)?(?:(?:" + day_re + r")\.?,?\s+)?"
                r"(?P<date>(?P<d1>\d{1,2})(?:er|st|nd|rd|th)?\s+(?:de\s+)?(?P<m1>" + month_re
                + r")\.?(?:\s+(?:de\s+)?(?P<y1>\d{4})(?:\s+г(?:ода|\.))?)" + year
                + r"|(?P<m2>" + month_re + r")\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?"
                r"(?:,?\s+(?P<y2>\d{4}))" + year
                + r"|(?P<iso>\d{4}-\d{2}-\d{2})(?!\d))")
    # "New York, 9 December 2020 – The…", "GENEVA (8 January 2021) – The…", "Bonn/Nairobi
    # 10 May 2013 - The…", "16 June 1997 - The…" and, the year left to the header, "VIENNA,
    # 12 May (UN Information Service) -- The…"
    # The place may also follow the date ("9 December 2020, New York – The…") or stand before
    # a bar ("New York | 9 December 2020 –"); the dateline may stand alone, the text after it
    # in the next paragraph ("New York, 9 December 2020" over "The…": ``rest`` is then empty).
    dateline = re.compile(
        r"^(?:(?P<place>[^\W\d][^,،|–—(\n]{0,60}?)"
        r"(?:\s*(?P<comma>[,،|])?\s+|\s*(?P<paren>\(\s*)))?"
        + date(year_optional=True)
        + r"(?(paren)\s*\)|(?:\s*(?P<source>\([^()\n]{1,80}\)))?)"
        r"(?(place)|(?:,\s+(?P<after>[^\W\d][^,،|–—(\n]{0,60}?))?)"
        r"(?:\s*[–—-]+\s*(?P<rest>.+)|\s*)$",
        re.IGNORECASE | re.DOTALL)
    alone = re.compile(r"^\s*" + date(year_optional=False) + r"\s*$", re.IGNORECASE)
    return months, dateline, alone


def _date_of(match: re.Match[str], months: dict[str, int],
             year_known: int | None = None) -> dt.date | None:
    if match.group("iso"):
        try:
            return dt.date.fromisoformat(match.group("iso"))
        except ValueError:
            return None
    day = int(match.group("d1") or match.group("d2"))
    month = months[(match.group("m1") or match.group("m2")).lower()]
    written = match.group("y1") or match.group("y2")
    if not written and year_known is None:
        return None
    year = int(written) if written else year_known
    assert year is not None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def dateline(text: str, lang: str,
             year: int | None = None) -> tuple[str, dt.date, str, str] | None:
    """Split "New York, 9 December 2020 – The…" into place, date, date text and the rest.
    A dateline without a year ("VIENNA, 12 May (UN Information Service) -- The…") takes
    ``year`` (the header's), or is none without it; an attribution in brackets after the date
    stays with the place ("VIENNA (UN Information Service)"), so that no word is lost."""
    months, pattern, _alone = _date_patterns(lang)
    match = pattern.match(text)
    date = _date_of(match, months, year) if match else None
    if match is None or date is None:
        return None
    place = (match.group("place") or "").strip()
    if place and not (match.group("comma") or match.group("paren")) \
            and "/" not in place and not place.isupper():
        return None  # "On 9 December 2020 – …" is not a dateline; "Bonn/Nairobi 9 …" is
    after = (match.group("after") or "").strip()
    if after and not after[:1].isupper():
        return None  # "9 December 2020, the Office said – …": no place after the date
    if match.group("source"):
        place = " ".join([*place.split(), *match.group("source").split()])
    return place or after, date, match.group("date"), (match.group("rest") or "").strip()


def lone_date(text: str, lang: str) -> tuple[dt.date, str] | None:
    """A date standing alone ("8 January 2021", "Tuesday, 8 January 2021"), as a letterhead or
    a running header writes the release date; its date and text."""
    months, _line, pattern = _date_patterns(lang)
    match = pattern.match(text)
    date = _date_of(match, months) if match else None
    return (date, match.group("date")) if match and date else None


def opening(texts: Sequence[tuple[str, bool]], lang: str,
            year: int | None) -> tuple[int, tuple[str, dt.date, str, str] | None]:
    """Which of a body's first blocks opens with the dateline, and ``dateline``'s parts: the
    first, or the one after a subtitle or two (as "Developing Countries to be Provided Office
    Space at UN" stands between the headline and "VIENNA, 12 May (UN Information Service) --",
    or a one-sentence summary above the dateline: up to 300 characters each; they become
    subheadings, so that the dateline opens the first paragraph as the builder writes it).
    ``texts``: each block's text and whether it may hold one (a heading may not); (0, None)
    when none there does."""
    for index, (text, may) in enumerate(texts):
        found = dateline(text, lang, year) if may else None
        if found:
            return index, found
        if len(text) > 300:
            break
    return 0, None
