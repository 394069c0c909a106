"""A web site's footer copied under a release: its copyright line ("©FAO, 2001", "Copyright ©
UN-ESCWA") and, above it, its links home, to its search and to its webmaster ("FAO Home page"
/ "Search our site", «> Page d'accueil de la FAO > Rechercher notre site», "Suggestions?:
Webmaster@fao.org"). A browser's copy puts them under every page; they had been paragraphs,
units to translate. ``importer_pages.remove_furniture`` removes them, and says so."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files

from transpub.importer_chrome import navigation_line

#: A copyright line, in the six languages: the sign or the word first, then the owner and a
#: year in any order, "All rights reserved" after them or not ("©FAO, 2001", "Copyright ©
#: UN-ESCWA", "© 2024 United Nations. All rights reserved.", «© ONU 2024 Tous droits
#: réservés», «Derechos de autor © OIT», «© Организация Объединенных Наций, 2024», «版权所有 ©
#: 联合国», «حقوق النشر © الإسكوا»). Never a picture's credit: no slash, "© UNICEF/UNI322107/Haro".
_COPYRIGHT_RE = re.compile(
    r"^(?:copyright|\(c\)|©|droits\s+d['’]auteur|derechos\s+de\s+autor|авторское\s+право"
    r"|版权所有|版权|حقوق\s+(?:النشر|الطبع)(?:\s+محفوظة)?)\s*(?:©|\(c\))?\s*(?P<after>[^/]{0,80})$",
    re.IGNORECASE)
#: A link to the site's webmaster or its suggestions box, its address after it or not
#: ("Suggestions?: Webmaster@fao.org", "Webmaster", «Webmestre»).
_WEBMASTER_RE = re.compile(r"\bweb-?(?:master|mestre|maestro)\b", re.IGNORECASE)
#: The site's acronym before the footer's words or after them ("FAO Home page", «Page
#: d'accueil de la FAO», "Home page of the FAO").
_ACRONYM_BEFORE_RE = re.compile(r"^[A-Z][A-Z-]{1,9}\s+")
_ACRONYM_AFTER_RE = re.compile(
    r"\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l['’]\s*)?|del\s+|de\s+los\s+)?[A-Z][A-Z-]{1,9}$")
#: What stands between a footer's links on its lines: an arrow, a bar, a bullet.
_MARKS_RE = re.compile(r"^[\s>›»|•·/\-–—]*$")
_FOLD_EDGES_RE = re.compile(r"^[\W_]+|[\W_]+$")
#: The longest footer line, in words: a link's name, never a sentence.
_LONGEST = 8


@cache
def _footer_words() -> frozenset[str]:
    data = json.loads((files("transpub") / "data" / "page_chrome.json").read_text(
        encoding="utf-8"))["footer"]
    return frozenset(_folded(line) for lines in data.values() for line in lines)


def _folded(text: str) -> str:
    # (an apostrophe's stray space, FAO's «Page d' accueil», no word apart)
    text = re.sub(r"(?<=')\s+", "", " ".join(text.split()).casefold().replace("’", "'"))
    return _FOLD_EDGES_RE.sub("", text)


def copyright_line(line: str) -> bool:
    """A site's copyright line, a line of its own (``_COPYRIGHT_RE``)."""
    text = " ".join(line.split())
    match = _COPYRIGHT_RE.match(text) if 0 < len(text) <= 120 else None
    # (the owner or the year after the word, not a sentence's words: "Copyright law was
    # reformed in 2001." is the text's)
    return match is not None and not match.group("after")[:1].islower()


def footer_line(line: str) -> bool:
    """A line of a site's footer: its copyright, a link of the site's (home, search, site map,
    contact form, terms: ``data/page_chrome.json``'s ``footer``, its acronym before or after
    them or not, or its navigation), its webmaster's address, or the marks between its links
    (">" alone). Eight words at most: "For more information, contact: …" is the release's."""
    text = " ".join(line.split())
    if _MARKS_RE.match(text) or copyright_line(text):
        return True
    # (links a mark apart on one line: "> Page d'accueil de la FAO > Rechercher notre site")
    parts = [p.strip() for p in re.split(r"\s*[>›|•]\s*", text) if p.strip()]
    return bool(parts) and all(_footer_link(part) for part in parts)


def _footer_link(text: str) -> bool:
    if len(text.split()) > _LONGEST:
        return False
    if _WEBMASTER_RE.search(text):
        return True
    bare = _ACRONYM_AFTER_RE.sub("", _ACRONYM_BEFORE_RE.sub("", text))
    return _folded(bare) in _footer_words() or _folded(text) in _footer_words() \
        or navigation_line(text)


def site_footer(lines: list[list[str]]) -> int:
    """How many of the page's last blocks (each a list of its lines, the page's order) are
    the site's footer: the run of blocks at the end made only of footer lines
    (``footer_line``), when it holds a copyright line (the evidence that it is the site's
    foot: a release's last line "Home" or "Contact" alone stays). 0 for none. A release's own
    contact block ("For more information, contact: … e-mail …") is no footer line and ends
    the run."""
    count = 0
    for block in reversed(lines):
        if not block or not all(footer_line(t) for t in block):
            break
        count += 1
    run = lines[len(lines) - count:]
    return count if any(copyright_line(t) for block in run for t in block) else 0
