"""Version numbers: "Debian 7.6", "version 5.0", "v2.1", "release 3.1", "Linux 2.6.32".

A number after a product's name or a version's word names a release, not a quantity: it keeps
its point in every language (no decimal sign to change, TP316), and a title that gives the
major version alone beside the full one ("Updated Debian 7: 7.6 released" → «Publication de
la mise à jour de Debian 7.6») says the major number in the full one (no number missing,
TP301). Debian's press releases and their published translations (t63/h6) had 12 false TP301
errors and a TP316 of that kind. Only English sources are read (the checks' source language).
"""

from __future__ import annotations

import re

#: what names a version just before its number: a version's or release's word, a
#: "v" glued to it, or a software product's name (the ones press releases name with a version;
#: a name alone is not enough: "Article 7" and "Resolution 2231" are no versions); ":" or a
#: tag between ("Updated Debian 7:", "<a …>Debian <q>…</q>" are not read: only a space)
_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?:[Vv]ersions?|[Rr]eleases?|[Rr]ev\.|Debian(?:\s+GNU/(?:Linux|Hurd"
    r"|kFreeBSD))?|GNU/Linux|Linux|Ubuntu|Windows|Xen|Python|Perl|PHP|Firefox|Thunderbird"
    r"|Iceweasel|Icedove|Android|iOS|macOS|OpenOffice\.org|LibreOffice|GNOME|KDE|Plasma|GCC"
    r"|X\.Org|Apache|MySQL|PostgreSQL|OpenSSL|OpenJDK|Java|kernel|[Kk]ernels?)[ \u00a0]"
    r"|(?<![^\W\d_])v)$")
#: how far back a version's word may start (the longest: "Debian GNU/kFreeBSD ")
_REACH = 24


def version_at(text: str, start: int) -> bool:
    """Does the number starting at ``start`` in ``text`` follow what names a version?"""
    return _BEFORE.search(text, max(0, start - _REACH), start) is not None


def extended_in(text: str, number: str) -> list[str]:
    """The numbers of ``text`` that are ``number`` with more parts after a point ("7" → "7.6",
    "6.0" → "6.0.4"), as written."""
    return re.findall(r"(?<![\d.,])" + re.escape(number) + r"(?:\.\d+)+(?![\d]|[.,]\d)", text)
