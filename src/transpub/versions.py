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

from transpub.hanfold import simplified

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


#: a comparison just before a number, and a bracket before it: a requirement's bound, as
#: documentation writes one ("SpatiaLite < 4.0", "macOS >= 10.12", "pip (>= 22.1)")
_OPERATOR = re.compile(r"[<>=!~]=?[ \u00a0]*$")
#: a requirement's operator, which no prose comparison writes so (it writes "≥")
_REQUIREMENT = re.compile(r"[<>=!~]=")
#: a software product's name as software writes it, just before a comparison: a capital
#: inside a word with a lower-case letter ("SpatiaLite", "IPython", "macOS"), an underscore
#: ("cx_Oracle"), four capitals or more ("GEOS"), or code quotes ("``cx_Oracle``"); not
#: "pH", "BMI" or "P" (a quantity's name: "pH < 7.0", "P < 0.001")
_PRODUCT = re.compile(r"(?:(?<![\w-])(?=[A-Za-z0-9]{3})(?=[A-Za-z0-9]*[a-z])[A-Za-z]+[A-Z]"
                      r"[A-Za-z0-9]*|(?<![\w-])[A-Za-z]\w*_\w+|(?<![\w-])[A-Z]{4,}"
                      r"|``[^`\s]{1,40}``)[ \u00a0]*\(?[ \u00a0]*$")


def version_compared(text: str, start: int) -> bool:
    """Is the number starting at ``start`` in ``text`` a version a comparison bounds: a
    requirement's operator before it (">=3.11", "pip (>= 22.1)"), or "<" or ">" after a
    product's name (``_PRODUCT``, or one ``version_at`` knows: "Linux > 2.6")? A number
    written "0.x" never is ("p < 0.05")."""
    operator = _OPERATOR.search(text, max(0, start - 6), start)
    if operator is None or text.startswith("0", start):
        return False
    if _REQUIREMENT.match(text, operator.start()) is not None:
        return True
    before = operator.start()
    return (_PRODUCT.search(text, max(0, before - 48), before) is not None
            or version_at(text, before))


def extended_in(text: str, number: str) -> list[str]:
    """The numbers of ``text`` that are ``number`` with more parts after a point ("7" → "7.6",
    "6.0" → "6.0.4"), as written."""
    return re.findall(r"(?<![\d.,])" + re.escape(number) + r"(?:\.\d+)+(?![\d]|[.,]\d)", text)


#: A version named by a demonstrative, by language: "newly introduced with Debian GNU/Linux
#: 4.0" is «從本版本開始引入» in Debian's Chinese (t63/h6), «à partir de cette version»,
#: «desde esta versión», «начиная с этой версии», «اعتبارًا من هذا الإصدار»
_DEMONSTRATIVE = {
    "zh": re.compile(r"(?:本|该|此|这个|这一|这)(?:版本|版|发行版)"),
    "fr": re.compile(r"(?<!\w)(?:cette|celle-ci|la\s+présente)(?:\s+nouvelle)?\s+(?:version"
                     r"|publication|mise\s+à\s+jour|édition)(?!\w)|(?<!\w)celle-ci(?!\w)",
                     re.IGNORECASE),
    "es": re.compile(r"(?<!\w)(?:esta|dicha|la\s+presente)(?:\s+nueva)?\s+(?:versión"
                     r"|publicación|actualización|edición)(?!\w)", re.IGNORECASE),
    "ru": re.compile(r"(?<![а-яё])(?:эт(?:а|ой|у|ом|ого|от)|данн(?:ая|ой|ую|ом|ый|ого))\s+"
                     r"(?:верси|выпуск|релиз|редакци)", re.IGNORECASE),
    "ar": re.compile(r"(?:هذا|هذه)\s+(?:ال)?(?:إصدار|اصدار|نسخة|النسخة|الإصدارة)"),
}


def demonstrative_in(text: str, lang: str) -> str | None:
    """The demonstrative that names a version in ``text`` ("this version": «本版本», «cette
    version», «этой версии»), as written; None when it has none."""
    base = lang.split("_")[0].split("-")[0]
    pattern = _DEMONSTRATIVE.get(base)
    if pattern is None:
        return None
    found = pattern.search(simplified(text) if base == "zh" else text)
    # (simplified() changes characters one for one: the span is the text's own)
    return None if found is None else text[found.start():found.end()]


#: what presents a version as the release's own, just before its product's or version's word:
#: "newly introduced with Debian GNU/Linux 4.0", "beginning with", "new in", "the release of
#: Debian 4.0", "upgrade to". (Not "since Linux 2.6.18", "built for Debian 3.1", "users of
#: version 2.1": an older version the release mentions, which «cette version» is not; t64/hJ)
_RELEASE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?:introduc\w*|new(?:ly)?(?:\s+\w+)?|available|beginning|starting"
    r"|start|begins?|ships?|shipped|comes?|included|debut\w*|arriv\w*)\s+(?:with|in)"
    r"|release\s+of|releasing|announc\w*(?:\s+\w+)?|(?:upgrade|update)s?\s+to)"
    r"[\s\u00a0]+(?:[\w/.]+[\s\u00a0]+){0,3}$", re.IGNORECASE)
#: ... or just after its number: "Debian GNU/Linux 4.0 released", "4.0 is out"
_RELEASE_AFTER = re.compile(
    r"[\s\u00a0]*(?:(?:,\s+)?(?:codenamed|code-named)\s+\S+\s*,?\s*)?(?:(?:is|has\s+been|was)"
    r"\s+)?(?:(?:now|officially)\s+)?(?:released|out|available)\b", re.IGNORECASE)
#: how far back the cue may start before the version's word
_CUE_REACH = 40


def release_version(text: str, start: int, end: int, titles: tuple[str, ...] = ()) -> bool:
    """Is the version number at ``text[start:end]`` the one the release is about: presented as
    released or introduced there ("newly introduced with Debian GNU/Linux 4.0", "Debian 4.0
    released"), or named in the release's title? (What "this version" in a translation can
    name; not an older version the text mentions, "a bug present since Linux 2.6.18".)"""
    number = text[start:end]
    if any(re.search(r"(?<![\d.])" + re.escape(number) + r"(?![\d]|\.\d)", title)
           for title in titles):
        return True
    word = _BEFORE.search(text, max(0, start - _REACH), start)
    if word is None:
        return False
    cue_end = word.start()
    if _RELEASE_BEFORE.search(text, max(0, cue_end - _CUE_REACH), cue_end) is not None:
        return True
    return _RELEASE_AFTER.match(text, end) is not None
