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
    r"^(?:(?P<word>copyright|droits\s+d['’]auteur|derechos\s+de\s+autor|авторское\s+право"
    r"|版权所有|版权|حقوق\s+(?:النشر|الطبع)(?:\s+محفوظة)?)|\(c\)|©)\s*(?:©|\(c\))?[\s:]*"
    r"(?P<after>[^/]{0,80})$",
    re.IGNORECASE)
#: The rights reserved, in the six languages: a copyright's own words, said by no sentence of
#: the text around its owner ("All rights reserved", «Tous droits réservés», «Все права защищены»).
_RESERVED_RE = re.compile(
    r"all\s+rights\s+reserved|tous\s+droits\s+réservés|todos\s+los\s+derechos\s+reservados"
    r"|все\s+права\s+защищены|保留所有权利|版权所有|جميع\s+الحقوق\s+محفوظة", re.IGNORECASE)
#: The little words inside an owner's name ("Food and Agriculture Organization of the United
#: Nations", «Organisation des Nations Unies», «Naciones Unidas para la …»)
_NAME_LINKS = frozenset("of the and for de la le les des du del los las y et para pour и по "
                        "van von".split())
#: An owner's name and year are a few words: "©FAO, 2001", "© 2024 Food and Agriculture
#: Organization of the United Nations" (nine)
_OWNER_WORDS = 12
#: A list's item lettered (c), no copyright, where an "(a)" or "(b)" stands above it: "(c)
#: Ensure that all refugee children are enrolled …" (it had been removed as the footer)
_LIST_C_RE = re.compile(r"^\s*\(?[cC]\)")
_LIST_AB_RE = re.compile(r"^\s*\(?[abAB]\)\s")
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
    """A site's copyright line, a line of its own (``_COPYRIGHT_RE``): the sign, "(c)" or the
    word, then only an owner's name, a year and the rights reserved, no sentence's words
    (``_owner_only``: "Copyright: UNICEF photos may be used free of charge …", "(c) Ensure
    that all children …", "Copyright law was reformed in 2001." are the text's)."""
    text = " ".join(line.split())
    match = _COPYRIGHT_RE.match(text) if 0 < len(text) <= 120 else None
    return match is not None and _owner_only(match.group("after"))


def _owner_only(after: str) -> bool:
    # (each word a name's, capitalised or in a script without capitals, a year, or a name's
    # little word; the rights reserved taken out first)
    words = re.findall(r"[^\s,.;:·|–—()-]+", _RESERVED_RE.sub(" ", after))
    return len(words) <= _OWNER_WORDS and all(
        w[:1].isdigit() or w[:1].isupper() or not w[:1].islower()
        or w.casefold() in _NAME_LINKS or re.match(r"[dl]['’]", w) is not None for w in words)


def claimed_copyright(line: str) -> bool:
    """A copyright line that says it is one: the word ("Copyright © UN-ESCWA", «Derechos de
    autor © OIT») or the rights reserved ("© 2024 United Nations. All rights reserved.").
    The sign and a name alone ("© 2024 UNICEF", "©FAO, 2001") are also a picture's credit
    under it (``credits``): the site's only with its links above."""
    text = " ".join(line.split())
    match = _COPYRIGHT_RE.match(text) if copyright_line(text) else None
    return match is not None and (match.group("word") is not None
                                  or _RESERVED_RE.search(text) is not None)


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
    foot: a release's last line "Home" or "Contact" alone stays). A copyright alone, no link
    of the site's above it, is the site's only when it says so (``claimed_copyright``: "©
    2024 UNICEF" under a picture is its credit). A line lettered "(c)" under an "(a)" or
    "(b)" is the list's item. 0 for none. A release's own contact block ("For more
    information, contact: … e-mail …") is no footer line and ends the run."""
    listed = any(_LIST_AB_RE.match(t) for block in lines for t in block)

    def footer(text: str) -> bool:
        return footer_line(text) and not (listed and _LIST_C_RE.match(text))

    count = 0
    for block in reversed(lines):
        if not block or not all(footer(t) for t in block):
            break
        count += 1
    run = [t for block in lines[len(lines) - count:] for t in block]
    signs = [t for t in run if copyright_line(t)]
    if not signs:
        return 0
    linked = any(not copyright_line(t) and not _MARKS_RE.match(" ".join(t.split()))
                 for t in run)
    return count if linked or any(claimed_copyright(t) for t in signs) else 0
