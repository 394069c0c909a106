"""The words a copied release's contacts and its page's furniture are read by, in the six UN
languages: a contact block's lead-in that asks nothing ("Informations complémentaires :"), a
site's heading over links to its other pages ("More Related News"), its offer of the page's
address ("Permanent URL for this page:"), a language switcher with its lead ("Available in:
Español, 中文, …"), a video's file details ("Size : 101.8 MB") and a wire's link lines ("(Logo:
http://…"). The words are data (``data/release_words.json``); this module only reads them."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from typing import Any

#: A web address, the whole rest of a link line: "http://www.prnewswire.com/mnr/…/11957/".
_URL = r"(?:https?://|www\.)\S+"
#: A language switcher's separators between the names ("Español, 中文 | русский").


@cache
def _words() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (files("transpub") / "data" / "release_words.json").read_text(encoding="utf-8"))
    return data


def _phrases(by_lang: dict[str, list[str]]) -> str:
    """One alternation of every language's phrases, longest first (so that "also available
    in" is tried before "available in"), each phrase's spaces any run of white space."""
    phrases = sorted({p for words in by_lang.values() for p in words}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + ")"


@cache
def _line_re(kind: str, tail: str = "") -> re.Pattern[str]:
    # (a colon after the phrase, French spacing or none: "Informations complémentaires :")
    return re.compile(r"^\W{0,3}" + _phrases(_words()[kind]) + r"\s*[:：]?" + tail + r"\s*$",
                      re.IGNORECASE)


def contact_lead(line: str) -> bool:
    """A contact block's lead-in that does not ask to be contacted, alone on its line
    ("Informations complémentaires :", "More information:", «更多信息：»)."""
    return len(line) <= 60 and _line_re("contact_leads").match(line.strip()) is not None


def related_heading(line: str) -> bool:
    """A site's heading over its links to other pages, alone on its line ("More Related News",
    "Topic Resources", «Похожие новости»)."""
    return len(line) <= 60 and _line_re("related_headings").match(line.strip()) is not None


def page_link(line: str) -> bool:
    """A page's offer of its own address or of sharing it, with the address or without
    ("Permanent URL for this page:", "Permalink: https://…")."""
    return len(line) <= 300 and _line_re("page_links", rf"(?:\s*{_URL})?").match(
        line.strip()) is not None


#: A duration in units no measure shares: hours, minutes ("min", or "m" before seconds:
#: "1m 23s"), seconds, in that order ("120 m" alone is metres: "Length: 120 m" had been
#: removed as a video's).
_DURATION = (r"(?=\d)(?:\d{1,3}\s*h\.?\s*)?(?:\d{1,3}\s*(?:min(?:ute)?s?|m(?=\s*\d{1,3}\s*s))"
             r"\.?\s*)?(?:\d{1,3}\s*(?:s|secs?|seconds?)\.?\s*)?")
#: The value each kind of a video's field takes: a duration (a clock's "01:23", or
#: ``_DURATION``: "1m 23s", "2 min"), a file's size ("101.8 MB"), a credit (a few words).
_FIELD_VALUES = {
    "duration": r"(?:\d{1,2}:\d{2}(?::\d{2})?|" + _DURATION + ")",
    "size": r"\d[\d.,]*\s*(?:[KMGT]i?B|[KMGT]o|Ko|Mo|Go|байт|КБ|МБ|ГБ)",
    "credit": r"\S.{0,60}",
}


@cache
def _field_res() -> tuple[re.Pattern[str], ...]:
    fields = _words()["media_fields"]
    return tuple(re.compile(r"^" + _phrases(fields[kind]) + r"\s*[:：]\s*" + value + r"$",
                            re.IGNORECASE) for kind, value in _FIELD_VALUES.items())


def media_field(line: str) -> bool:
    """A field describing a video offered beside the text, a line of its own ("Duration : 1m
    23s", "Size : 101.8 MB", "On Screen Credit: ICRC or logo"): its file's, not the text."""
    text = line.strip()
    return len(text) <= 80 and any(r.match(text) for r in _field_res())


@cache
def _media_link_re() -> re.Pattern[str]:
    return re.compile(r"^\(\s*" + _phrases(_words()["media_links"]) + r"\s*[:：]\s*" + _URL
                      + r"\s*\)?$", re.IGNORECASE)


def media_link(line: str) -> bool:
    """A wire's link line in parentheses, a web address its only content ("(Logo: http://…",
    "(To view the Multimedia News Release, go to: http://… )"): no text to translate."""
    return len(line) <= 300 and _media_link_re().match(line.strip()) is not None


def page_furniture(line: str) -> bool:
    """A line of a copied page's furniture in the text, not the release's: a wire's link line,
    a video's file details, the page's own address (a language switcher with its lead is
    ``importer_chrome.page_chrome``'s, one list of its words in data/page_chrome.json)."""
    text = " ".join(line.split())
    return bool(text) and (media_link(text) or media_field(text) or page_link(text))
