"""A release page written as a string: the bytes ``html.render_release_tree`` makes, faster.

Building the page as an lxml tree and serialising it cost about as much as everything else a
build does per page. This module writes the same HTML directly: text is escaped as libxml2's
HTML serialiser escapes it (``&``, ``<``, ``>`` and carriage return, checked for every code
point in the tests), attribute values whose spelling is not plainly safe are serialised by lxml
itself once and remembered (libxml2 escapes URLs in ``href`` in its own way), and the page's
fixed parts -- head, style, language switcher -- are assembled from strings made once per
language. An inline element the tree renderer does not know how to write raises ``Unsupported``
and the caller renders that page with the tree. tests/test_build_fastpath.py holds the two
renderers to the same bytes on varied releases (RTL, fallbacks, links, odd characters).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import chain
from unicodedata import bidirectional

from transpub.emails import hides_at
from transpub.languages import LanguageInfo, language
from transpub.localise import Localised
from transpub.model import ATOM_TAGS, Block, Release, Span
from transpub.pagewords import skip_link, switcher_name
from transpub.source import NOT_XML
from transpub.style import HouseStyle
from transpub.urls import atom_href

#: Values written as they are: libxml2 neither escapes nor percent-encodes these characters
#: (``@`` neither: an e-mail address's ``mailto:`` link is written without asking lxml, which
#: a build's first one would import ``lxml.html`` for).
_PLAIN = re.compile(r"[A-Za-z0-9._~/:@-]*")
#: Inline elements this writer knows; anything else (never made by transpub's reader) takes
#: the tree renderer.
_INLINE = frozenset({"a", "em", "strong", "span", "b", "i", "code", "sub", "sup", "q", "abbr",
                     "cite", "small", "mark", "u", "s", "dfn", "kbd", "samp", "var", "time",
                     "bdi", "bdo", "data"})


class Unsupported(Exception):
    """This page holds something only the tree renderer writes."""


def text(value: str) -> str:
    """Text content as libxml2's HTML serialiser writes it."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    return value


def attr(tag: str, name: str, value: str) -> str:
    """`` name="value"`` as lxml writes that attribute on that element."""
    if _PLAIN.fullmatch(value):
        return f' {name}="{value}"'
    return _attr_by_lxml(tag, name, value)


@lru_cache(maxsize=4096)
def _attr_by_lxml(tag: str, name: str, value: str) -> str:
    from lxml import etree, html

    element = etree.Element(tag)
    element.set(name, value)
    written: str = html.tostring(element, encoding="unicode",  # type: ignore[call-overload]
                                 method="html")
    end = f"></{tag}>"
    return written[len(tag) + 1:-len(end) if written.endswith(end) else -1]


@lru_cache(maxsize=64)
def _page_start(code: str, direction: str) -> str:
    return ("<!DOCTYPE html>\n<html" + attr("html", "lang", code)
            + attr("html", "dir", direction) + '>\n<head>\n<meta charset="utf-8">\n'
            + '<meta name="viewport" content="width=device-width, initial-scale=1">\n')


@lru_cache(maxsize=64)
def _style() -> str:
    from transpub.html import CSS

    return f"<style>{CSS}</style>\n</head>\n<body>\n"


def head_and_switcher(info: LanguageInfo, title: str,
                      alternates: Sequence[tuple[LanguageInfo, str]],
                      title_lang: LanguageInfo | None = None) -> str:
    """Everything up to the end of the language switcher; ``title_lang``: the title's
    language when it is not the page's (``<title lang dir>``, as the heading's span)."""
    links, items = _switcher(tuple(alternates))
    opening = "<title>" if title_lang is None else (
        f'<title lang="{title_lang.code}" dir="{title_lang.direction}">')
    parts = [_page_start(info.code, info.direction), opening, text(title), "</title>\n",
             links, _style(), _skip(info.code),
             # an element with children gets a line break after its start tag (html._serialise)
             _nav_start(info.code), "\n" if alternates else ""]
    parts += [current if code == info.code else other for code, current, other in items]
    parts.append("</ul>\n</nav>\n")
    return "".join(parts)


def reswitched(data: bytes, info: LanguageInfo,
               alternates: Sequence[tuple[LanguageInfo, str]]) -> bytes | None:
    """A page this module wrote (``data``) with its ``<link>`` lines and its language
    switcher made for ``alternates``, the rest as it is; None for a page of another shape.
    A ``build --lang`` run that publishes a language rewrites the switchers of the release's
    other pages so, without publishing their translations as they now stand."""
    page = data.decode("utf-8", "replace")
    head = page.find("</title>\n")
    end = page.find("</nav>\n")
    if head < 0 or end < head or not page.startswith(("<link", "<style>"), head + 9):
        return None
    links, items = _switcher(tuple(alternates))
    rest = page[end + 7:]
    if _MAIN not in rest:
        # a page written before the skip link: its target too (its first <main> start tag is
        # the page's own: no text or attribute value is written with a "<")
        rest = rest.replace("<main>", _MAIN, 1)
    return "".join([page[:head + 9], links, _style(), _skip(info.code),
                    _nav_start(info.code), "\n" if alternates else "",
                    *(current if code == info.code else other for code, current, other in items),
                    "</ul>\n</nav>\n", rest]).encode("utf-8")


#: The id of a page's ``main``, the skip link's target.
MAIN_ID = "content"
_MAIN = f'<main id="{MAIN_ID}">'


@lru_cache(maxsize=64)
def _skip(code: str) -> str:
    """The skip link, the body's first element (``html._skip``): to the page's ``main``,
    past the switcher, in the page's language (``pagewords.skip_link``)."""
    words, lang = skip_link(code)
    marks = "" if lang is None else (attr("a", "lang", lang)
                                      + attr("a", "dir", language(lang).direction))
    return f'<a class="skip" href="#{MAIN_ID}"{marks}>{text(words)}</a>\n'


@lru_cache(maxsize=64)
def _nav_start(code: str) -> str:
    """The switcher's start tags, its ``nav`` named in the page's language
    (``pagewords.switcher_name``; ``html._switcher``'s attributes, in its order)."""
    name = switcher_name(code)
    label = "" if name is None else attr("nav", "aria-label", name)
    return f'<nav class="languages"{label}>\n<ul>'


@lru_cache(maxsize=16)
def _switcher(alternates: tuple[tuple[LanguageInfo, str], ...]) -> tuple[
        str, tuple[tuple[str, str, str], ...]]:
    """The ``<link>`` lines, and each language's switcher item as the current page's and as
    another's: the same for every language of a release (made once, not per page)."""
    links = "".join(f'<link rel="alternate"{attr("link", "hreflang", lang.code)}'
                    f'{attr("link", "href", href)}>\n' for lang, href in alternates)
    items = []
    for lang, href in alternates:
        start = f'<li><a{attr("a", "href", href)}'
        end = (f'{attr("a", "lang", lang.code)}{attr("a", "dir", lang.direction)}>'
               f'{text(lang.native_name)}</a></li>\n')
        items.append((lang.code, f'{start} aria-current="page"{end}',
                      f'{start}{attr("a", "hreflang", lang.code)}{end}'))
    return links, tuple(items)




#: An index page's entry: the page's link, the release's title, its ISO date, the date as the
#: page's language writes it, and the language the title is in when it is not the page's
#: ("": the page's; a headline that fell back to the source is the source's).
IndexEntry = tuple[str, str, str, str, str]


def index_page(info: LanguageInfo, title: str, entries: Sequence[IndexEntry],
               alternates: Sequence[tuple[LanguageInfo, str]],
               title_lang: LanguageInfo | None = None) -> bytes | None:
    """``html.render_index_tree``'s bytes: a language's list of releases (``IndexEntry``
    each), the title marked as of ``title_lang`` when given; None when a value holds a
    character lxml refuses."""
    strings = [title, info.code, info.direction,
               *(value for lang, href in alternates for value in (lang.code, lang.direction,
                                                                   lang.native_name, href))]
    # every value looked at in one search (a line break is not refused): a build's six
    # indexes of 1,000 releases hold 24,000 of them
    # (a page holding one is left to the tree writer, which raises as before)
    if NOT_XML.search("\n".join(chain(strings, chain.from_iterable(entries)))):
        return None
    heading = text(title) if title_lang is None else (
        f'<span lang="{title_lang.code}" dir="{title_lang.direction}">{text(title)}</span>')
    out = [head_and_switcher(info, title, alternates, title_lang), _MAIN, "\n<h1>", heading,
           '</h1>\n<ul class="releases">', "\n" if entries else ""]
    out += _index_rows(entries, info)
    out.append("</ul>\n</main>\n</body>\n</html>\n")
    return "".join(out).encode("utf-8")


def entry_marks(info: LanguageInfo, code: str) -> tuple[tuple[str, str], ...]:
    """The attributes an index entry's link carries for a title in the language ``code``:
    ``lang`` when it is not the page's, and ``dir`` when its direction is not the page's
    either (an untranslated headline, the release page's own ``<h1>`` marks it so: a screen
    reader had read the English title of a French index with the French voice, and an Arabic
    index had laid it out right to left; ``dir`` isolates it too)."""
    if not code or code == info.code:
        return ()
    direction = language(code).direction
    return (("lang", code),) if direction == info.direction else (
        ("lang", code), ("dir", direction))


def _marked(info: LanguageInfo, code: str) -> str:
    """``entry_marks`` as the link's attributes are written."""
    return "".join(attr("a", name, value) for name, value in entry_marks(info, code))


def _index_rows(entries: Sequence[IndexEntry], info: LanguageInfo) -> list[str]:
    """Each entry's ``<li>``. When every link and date is written as it is (``attr``'s plain
    values: then so is their concatenation, and the other way round), the texts are escaped
    all at once (joined by a NUL, which no value holds: ``source.NOT_XML``) and each row is one
    format; else entry by entry."""
    if not entries:
        return []
    hrefs = [entry[0] for entry in entries]
    isos = [entry[2] for entry in entries]
    if not _PLAIN.fullmatch("".join(hrefs) + "".join(isos)):
        return [_index_row(info, *entry) for entry in entries]
    names = text("\0".join([entry[1] for entry in entries])).split("\0")
    shown = text("\0".join([entry[3] for entry in entries])).split("\0")
    marks = [_marked(info, entry[4]) if entry[4] else "" for entry in entries]
    # (``html._serialise``: an inline element keeps its tail, a space)
    return [f'<li><time datetime="{iso}">{when}</time> <a href="{href}"{mark}>{name}</a></li>\n'
            if iso else f'<li><a href="{href}"{mark}>{name}</a></li>\n'
            for href, name, iso, when, mark in zip(hrefs, names, isos, shown, marks,
                                                   strict=True)]


def _index_row(info: LanguageInfo, href: str, name: str, iso: str, shown: str,
               title_lang: str) -> str:
    """One entry's ``<li>``, each value as ``attr`` and ``text`` write it."""
    out = ["<li>"]
    if iso:  # (``html._serialise``: an inline element keeps its tail, a space)
        out += ("<time", attr("time", "datetime", iso), ">", text(shown), "</time> ")
    out += ("<a", attr("a", "href", href), _marked(info, title_lang), ">", text(name),
            "</a></li>\n")
    return "".join(out)


def render_page(item: Localised, info: LanguageInfo, style: HouseStyle,
                alternates: Sequence[tuple[LanguageInfo, str]]) -> bytes:
    """The page of one release in one language (raises Unsupported: use the tree)."""
    release = item.release
    rtl = info.direction == "rtl"

    def content(block: Block) -> str:
        out: list[str] = []
        _spans(out, block.spans, rtl)
        return "".join(out)

    title_block = release.block("title")
    return page(release, release.date_text,
                title_block.plain_text if title_block else release.slug,
                info, style, alternates, content)


def page(release: Release, date_text: str, title: str, info: LanguageInfo, style: HouseStyle,
         alternates: Sequence[tuple[LanguageInfo, str]],
         content: Callable[[Block], str]) -> bytes:
    """The page of ``release`` whose blocks' contents are ``content(block)`` (their spans as
    ``_spans`` writes them): ``render_page``'s, and the build's straight from the
    translations (``pagefast``), which hands in the source release and each block's
    localised content."""
    title_block = release.block("title")
    heading = content(title_block) if title_block is not None else None
    fallback = fallback_lang(heading) if heading else ""
    # (a headline shown in the source's language: the <title> says so too, as the heading's
    # span does)
    out = [head_and_switcher(info, title, alternates,
                             language(fallback) if fallback else None)]
    header = [block for kind in ("office", "label")
              for block in [release.block(kind)] if block is not None]
    if header:
        out.append("<header>\n")
        for block in header:
            out.append(f'<p class="{block.kind}">{content(block)}</p>\n')
        out.append("</header>\n")
    article: list[str] = []
    if heading is not None:
        article.append(f"<h1>{heading}</h1>\n")
    dateline_done = False
    footer: list[str] | None = None
    footer_filled = False
    for block in release.blocks:
        kind = block.kind
        if kind in ("p", "h2"):
            article.append(f"<{kind}>")
            if kind == "p" and not dateline_done:
                dateline_done = True
                _dateline(article, release, date_text, style, content)
            article.append(content(block))
            article.append(f"</{kind}>\n")
        elif kind == "line":
            if footer is None:
                footer = []
            elif footer_filled:
                footer.append("<br>")
            written = content(block)
            footer.append(written)
            footer_filled = footer_filled or bool(written)
    out.append(_MAIN + ("\n<article>\n" if article else "\n<article>"))
    out.extend(article)
    out.append("</article>\n</main>\n")
    if footer is not None:
        out.append('<footer>\n<p class="contact">')
        out.extend(footer)
        out.append("</p>\n</footer>\n")
    out.append("</body>\n</html>\n")
    return "".join(out).encode("utf-8")


def _dateline(out: list[str], release: Release, date_text: str, style: HouseStyle,
              content: Callable[[Block], str]) -> None:
    place = release.block("place")
    if release.date is None:
        if place is not None:  # a place and no date (as ``html._undated`` writes it)
            before, after = style.undated()
            out.append(f'<span class="dateline">{text(before)}'
                       f'<span class="place">{content(place)}</span>')
            attribution = release.block("attribution")
            if attribution is not None:
                opening, _, closing = style.attribution.partition("{attribution}")
                out.append(f'{text(opening)}<span class="attribution">{content(attribution)}'
                           f'</span>{text(closing)}')
            out.append(f"{text(after)}</span>")
        return
    head, _, tail = style.dateline.partition("{date}")
    out.append('<span class="dateline">')
    if place is not None and "{place}" in head:
        before, _, between = head.partition("{place}")
        out.append(text(before))
        out.append(f'<span class="place">{content(place)}</span>')
        out.append(text(between))
    else:  # no place: its separator goes with it ("{place}, {date}" -> the date alone)
        out.append(text(head.partition("{place}")[0]))
    iso = release.date.isoformat()
    out.append(f'<time{attr("time", "datetime", iso)}>{text(date_text)}</time>')
    attribution = release.block("attribution")
    if attribution is not None:  # (after the date, as ``html._dateline`` writes it)
        before, _, after = style.attribution.partition("{attribution}")
        out.append(f'{text(before)}<span class="attribution">{content(attribution)}</span>'
                   f'{text(after)}')
    out.append(f'{text(tail.replace("{place}", ""))}</span>')


def _spans(out: list[str], spans: Sequence[Span], rtl: bool) -> None:
    """Spans as HTML: text escaped (in an RTL page, Latin runs isolated in ``<bdi>`` unless
    inside an LTR element), markup as elements; what is left open is closed at the end."""
    closers: list[tuple[str, bool]] = []
    ltr = 0  # LTR elements open around the current position
    for span in spans:
        kind = span.kind
        if kind == "text":
            if rtl and not ltr:
                _isolated(out, span.text)
            else:
                out.append(text(span.text))
        elif kind == "atom" and span.tag not in ATOM_TAGS:
            # an element the source marks its:translate="no" (a footnote's mark, a name, a
            # telephone number): the element, told not to be translated, not a link to its
            # own text; in a right-to-left page isolated left to right as a whole
            # (``atom_isolated``), as a URL's link is
            tag, is_ltr = _open(out, span)
            isolated = rtl and not ltr and not is_ltr and atom_isolated(span.text)
            out[-1] = out[-1][:-1] + (' translate="no" dir="ltr">' if isolated
                                      else ' translate="no">')
            out.append(f"{text(span.text)}</{tag}>")
        elif kind == "atom" and span.tag == "email" and hides_at(span.text):
            # an address written against harvesters: no link (html._fill)
            out.append(f'<span dir="ltr" translate="no">{text(span.text)}</span>')
        elif kind == "atom":
            href = atom_href(span.tag, span.text)  # (an address, e-mail or URL: verbatim)
            out.append(f'<a{attr("a", "href", href)} dir="ltr" translate="no">'
                       f'{text(span.text)}</a>')
        elif kind == "open":
            tag, is_ltr = _open(out, span)
            closers.append((tag, is_ltr))
            ltr += is_ltr
        elif closers:
            tag, is_ltr = closers.pop()
            ltr -= is_ltr
            out.append(f"</{tag}>")
        else:
            raise Unsupported("a close without an open")
    while closers:
        out.append(f"</{closers.pop()[0]}>")


def fallback_lang(content: str) -> str:
    """The language of a block's written content (``_spans``'s) that is one untranslated
    span, the source shown whole; "" for any other content. The one rule for a headline's
    language wherever the headline goes: the page's ``<title>``, and the index entry (the
    build's record keeps it)."""
    found = _FALLBACK_OPEN.match(content)
    if found is None:
        return ""
    # (the span closes at the content's end, whatever spans it holds: an element the source
    # marks its:translate="no" inside the headline is a span of its own; a second hostile
    # pass on session 62's changes had found such a headline listed without its language)
    depth = 0
    for tag in _SPAN_TAG.finditer(content):
        depth += -1 if tag[1] else 1
        if depth == 0:
            return found[1] if tag.end() == len(content) else ""
    return ""


def atom_isolated(value: str) -> bool:
    """Whether an element the source marks its:translate="no" holding ``value`` is written
    ``dir="ltr"`` in a right-to-left page: unless its first letter is of a right-to-left
    script. Its text is the source's, verbatim: a name, a code, a telephone number. Left to
    the page's direction, «+41 22 917 1234» had shown as «1234 917 22 41+» in the Arabic page,
    whose running text isolates the same number (``LTR_RUN``); digits and signs have no
    direction of their own, so a value without letters is left to right too."""
    for char in value:
        kind = bidirectional(char)
        if kind == "L":
            return True
        if kind in ("R", "AL"):
            return False
    return True


#: a block's content that is one untranslated span (``_open``'s), the source shown whole
_FALLBACK_OPEN = re.compile(r'<span lang="([^"&<]+)" dir="ltr" class="untranslated">')
_SPAN_TAG = re.compile(r"<(/?)span\b[^>]*>")


def _open(out: list[str], span: Span) -> tuple[str, bool]:
    tag = span.tag
    if tag == "a":
        href = dict(span.attrs).get("href", "#")
        out.append(f'<a{attr("a", "href", href)}>')
        return tag, False
    if tag == "span":
        attrs = dict(span.attrs)
        lang = attrs.get("lang") or attrs.get("{http://www.w3.org/XML/1998/namespace}lang")
        if lang:
            out.append(f'<span{attr("span", "lang", lang)} dir="ltr" class="untranslated">')
            return tag, True
        out.append("<span>")
        return tag, False
    if tag not in _INLINE:
        raise Unsupported(tag)
    out.append(f"<{tag}>")
    return tag, False


#: What a right-to-left page isolates, so that it keeps its own order inside the Arabic:
#: - a Latin run: words of Latin letters and digits, a handle's "@" or a hashtag's "#" before
#:   them, up to the last letter or digit or an abbreviation's point («U.N.»; a colon, comma
#:   or full stop after it is the Arabic sentence's: inside, it was shown on the wrong side,
#:   «UN WebTV:»), in a ``<bdi>``;
#: - a telephone number or a number written in groups, which the bidirectional algorithm
#:   lays out group by group from the right («+41 22 917 1234» shown «1234 917 22 41+»,
#:   «(+43)699-1459-5588» as «5588-1459-699(43+)»), in a ``<bdi dir="ltr">`` (digits have no
#:   direction of their own): one starting with "+" or "(+43)", a number in thousands
#:   («1 200 000»), three or more groups of two to four digits («22 917 1234»). Two numbers
#:   a space apart («2020 15») are two quantities, in the Arabic order.
LTR_RUN = re.compile(
    r"((?:[@#](?=[A-Za-z])|[A-Za-z])[\w’'.&@/:+-]*(?:[ ][A-Za-z0-9][\w’'.&@/:+-]*)*"
    # (ending at a letter or digit, «C++»'s, a path's or a hashtag's sign, «U.N.»'s point)
    r"(?:(?<=[\w+/#])|(?<=\b[A-Za-z]\.)))"
    r"|((?:\(\+\d{1,4}\)[ \u00a0]?|\+(?<![\w+]\+))\d(?:[\d \u00a0()./-]*\d)?"
    # (whole or not at all: a number's groups are never cut where a full stop or a decimal
    # part follows, «1 200 000.» had been «<bdi>1 200</bdi> 000.»; each way starts with a
    # character, its look behind after it, so that the engine looks only where one stands:
    # a third of the time of an expression opening with a look behind)
    r"|\d(?<![\w.,\u00a0]\d)(?:\d{1,2}|(?<=0)0\d\d)(?:[ \u00a0]\d{2,4}){2,}+(?!\w|[.,]\d)"
    r"|\d(?<![\w.,\u00a0\u202f]\d)\d{0,2}(?:[ \u00a0\u202f]\d{3})++(?:[.,]\d+)?+"
    r"(?!\w|[.,]\d))")
#: The marks put before a Latin run, before a number and after either (``_isolated``).
_LATIN, _DIGITS, _END = "\x00", "\x02", "\x01"


def _isolated(out: list[str], value: str) -> None:
    """``value`` escaped, each run of ``LTR_RUN`` in a ``<bdi>``."""
    if "\x00" not in value and "\x01" not in value and "\x02" not in value:
        # the runs marked by characters no text holds (XML 1.0 and the PO readers refuse
        # them), escaped at once, the marks made tags; escaping is character by character, so
        # the same. The marks are put in by ``split`` and a join, all in C: ``sub`` with a
        # template (``\\g<0>``) ran Python's template code on every call and every run (2-5
        # times as long per string; the page fill 0.92-0.94 s against 1.06-1.26 s for 400
        # releases in one process, alternated three times)
        parts = LTR_RUN.split(value)
        if len(parts) == 1:
            out.append(text(value))
            return
        # text, a Latin run or None, a number or None, text, …
        pieces: list[str] = []
        for at in range(0, len(parts) - 1, 3):
            latin = parts[at + 1]
            pieces += (parts[at], _LATIN, latin, _END) if latin is not None else \
                (parts[at], _DIGITS, parts[at + 2], _END)
        pieces.append(parts[-1])
        out.append(text("".join(pieces)).replace("\x00", "<bdi>").replace(
            "\x02", '<bdi dir="ltr">').replace("\x01", "</bdi>"))
        return
    pos = 0
    for match in LTR_RUN.finditer(value):
        if match.start() > pos:
            out.append(text(value[pos:match.start()]))
        out.append(f"{_opening(match)}{text(match.group(0))}</bdi>")
        pos = match.end()
    if pos < len(value):
        out.append(text(value[pos:]))


def run_dir(match: re.Match[str]) -> str:
    """The ``dir`` a run of ``LTR_RUN`` is isolated with: none for a Latin run (its letters
    give it), ``ltr`` for digits (they have no direction of their own)."""
    return "" if match.group(1) is not None else "ltr"


def _opening(match: re.Match[str]) -> str:
    """The ``<bdi>`` that opens a run of ``LTR_RUN``."""
    return '<bdi dir="ltr">' if run_dir(match) else "<bdi>"
