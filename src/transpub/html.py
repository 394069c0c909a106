"""Render a localised release, and a language's index, as HTML5: lxml builds the tree (the
reference); ``htmlstring`` writes the same bytes as a string, and is what the build uses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from transpub.emails import hides_at
from transpub.htmlstring import (
    LTR_RUN,
    MAIN_ID,
    IndexEntry,
    atom_isolated,
    entry_marks,
    run_dir,
)
from transpub.languages import LanguageInfo, language
from transpub.localise import Localised
from transpub.model import ATOM_TAGS, Block, Span
from transpub.pagewords import skip_link, switcher_name
from transpub.style import HouseStyle
from transpub.urls import atom_href

#: The published pages' style. ``overflow-wrap:anywhere``: a URL, e-mail address or handle
#: longer than the column breaks where it must (the review page's rule): a UN document's
#: address had made a page 920 px wide at 320 px (WCAG 1.4.10, reflow), an Arabic one
#: running off to the left. ``.skip``: the skip link waits above the page (not to its left: an
#: Arabic page scrolls to the left) and comes down when it has the focus, where it stands.
CSS = """\
body{font-family:system-ui,"Noto Sans","Noto Naskh Arabic","Noto Sans CJK SC",sans-serif;
max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.55;color:#1b1b1b;
overflow-wrap:anywhere}
nav.languages ul{list-style:none;display:flex;flex-wrap:wrap;gap:.9rem;padding:0}
nav.languages [aria-current]{font-weight:bold}
header p{margin:.2rem 0;letter-spacing:.05em;text-transform:uppercase;font-size:.85rem}
.dateline{font-weight:bold}
.untranslated{background:#fff3c4;outline:1px dashed #b58900}
.skip{position:absolute;top:-10em;background:#fff;padding:.3rem .6rem}
.skip:focus{top:.5rem}
@media print{nav.languages,.skip{display:none}.untranslated{background:none}}
footer{border-top:1px solid #ccc;margin-top:2rem;font-size:.9rem}
"""


@dataclass(frozen=True, slots=True)
class Alternate:
    """Another language version of the same page, for the switcher and hreflang links."""

    lang: LanguageInfo
    href: str


def render_release(item: Localised, info: LanguageInfo, style: HouseStyle,
                   alternates: Sequence[Alternate]) -> bytes:
    """The HTML5 page of one release in one language.

    Written as a string (``htmlstring``); the lxml tree below is the reference it matches
    byte for byte, and writes the rare page the string writer does not handle.
    """
    from transpub import htmlstring

    try:
        return htmlstring.render_page(item, info, style, [(a.lang, a.href) for a in alternates])
    except htmlstring.Unsupported:
        return render_release_tree(item, info, style, alternates)


def render_release_tree(item: Localised, info: LanguageInfo, style: HouseStyle,
                        alternates: Sequence[Alternate]) -> bytes:
    """The page built as an lxml tree and serialised by libxml2 (the reference)."""
    release = item.release
    rtl = info.direction == "rtl"
    root = etree.Element("html", lang=info.code, dir=info.direction)
    title_block = release.block("title")
    body = _page(root, info, _plain(title_block) if title_block else release.slug, alternates)
    # (no office and no label: no header, where an empty one had been written)
    blocks = [block for kind in ("office", "label")
              for block in [release.block(kind)] if block is not None]
    if blocks:
        header = etree.SubElement(body, "header")
        for block in blocks:
            _fill(etree.SubElement(header, "p", {"class": block.kind}), block.spans, rtl)
    article = etree.SubElement(etree.SubElement(body, "main", id=MAIN_ID), "article")
    if title_block is not None:
        heading = etree.SubElement(article, "h1")
        _fill(heading, title_block.spans, rtl)
        shown = heading[0] if len(heading) == 1 else None
        if shown is not None and not heading.text and not shown.tail and \
                shown.get("class") == "untranslated":
            # the headline shown in the source's language: its <title> marked as its span is,
            # whatever spans it holds (``htmlstring.fallback_lang``'s rule: an address
            # isolated in an Arabic page is a span of its own; the tree had left such a
            # <title> unmarked where the string writer marked it)
            title = root.find("head/title")
            assert title is not None
            title.set("lang", shown.get("lang", ""))
            title.set("dir", language(shown.get("lang", "")).direction)
    dateline_done = False
    footer: etree._Element | None = None
    for block in release.blocks:
        if block.kind in ("p", "h2"):
            element = etree.SubElement(article, block.kind)
            if block.kind == "p" and not dateline_done:
                dateline_done = True
                _dateline(element, item, style, rtl)
            _fill(element, block.spans, rtl)
        elif block.kind == "line":
            if footer is None:
                footer = etree.SubElement(etree.SubElement(body, "footer"), "p",
                                          {"class": "contact"})
            elif len(footer) or footer.text:
                etree.SubElement(footer, "br")
            _fill(footer, block.spans, rtl)
    return _serialise(root)


def render_index(info: LanguageInfo, title: str, entries: Sequence[IndexEntry],
                 alternates: Sequence[Alternate], title_lang: LanguageInfo | None = None
                 ) -> bytes:
    """A language's list of releases: (href, title, ISO date, localised date, the title's
    language when not the page's) per entry (``htmlstring.IndexEntry``); ``title_lang``: the
    language of ``title`` when it is not the page's (the heading marks it, ``<span lang
    dir>``: the project's name not given in the page's language).

    Written as a string (``htmlstring.index_page``: a build's six index pages of 1,000
    releases each as lxml trees were 0.15 s of its main process after the workers, serial);
    ``render_index_tree``'s bytes (tests/test_build12_index.py), which writes any text lxml
    would refuse (it raises what lxml raises)."""
    from transpub.htmlstring import index_page

    written = index_page(info, title, entries, [(a.lang, a.href) for a in alternates],
                         title_lang)
    return written if written is not None else render_index_tree(info, title, entries,
                                                                 alternates, title_lang)


def render_index_tree(info: LanguageInfo, title: str,
                      entries: Sequence[IndexEntry],
                      alternates: Sequence[Alternate],
                      title_lang: LanguageInfo | None = None) -> bytes:
    """``render_index`` through an lxml tree (the reference the string writer is held to)."""
    root = etree.Element("html", lang=info.code, dir=info.direction)
    body = _page(root, info, title, alternates, title_lang)
    main = etree.SubElement(body, "main", id=MAIN_ID)
    heading = etree.SubElement(main, "h1")
    if title_lang is None:
        heading.text = title
    else:
        etree.SubElement(heading, "span", lang=title_lang.code,
                         dir=title_lang.direction).text = title
    listing = etree.SubElement(main, "ul", {"class": "releases"})
    for href, text, iso, shown, lang in entries:
        li = etree.SubElement(listing, "li")
        if iso:
            time = etree.SubElement(li, "time", datetime=iso)
            time.text = shown
            time.tail = " "
        link = etree.SubElement(li, "a", href=href)
        for name, value in entry_marks(info, lang):
            link.set(name, value)
        link.text = text
    return _serialise(root)


_BLOCKS = frozenset(
    "html head meta title link style body nav ul li header main article h1 h2 p footer".split())
_CONTAINERS = frozenset("html head body nav ul header main article footer".split())


def _page(root: etree._Element, info: LanguageInfo, title: str,
          alternates: Sequence[Alternate], title_lang: LanguageInfo | None = None
          ) -> etree._Element:
    """The head (title, hreflang alternates, style) and a body opening with the switcher;
    ``title_lang``: the title's language when it is not the page's (marked on ``<title>``:
    a screen reader had read the English name of an untranslated index in the page's
    language)."""
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "meta", charset="utf-8")
    etree.SubElement(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    marked = {} if title_lang is None else {"lang": title_lang.code, "dir": title_lang.direction}
    etree.SubElement(head, "title", marked).text = title
    for alt in alternates:
        etree.SubElement(head, "link", rel="alternate", hreflang=alt.lang.code, href=alt.href)
    etree.SubElement(head, "style").text = CSS
    body = etree.SubElement(root, "body")
    body.append(_skip(info))
    body.append(_switcher(info, alternates))
    return body


def _skip(current: LanguageInfo) -> etree._Element:
    """The skip link to the page's ``main``, past the switcher (WCAG 2.4.1), shown when it
    has the focus (``.skip`` in ``CSS``)."""
    words, lang = skip_link(current.code)
    link = etree.Element("a", {"class": "skip", "href": f"#{MAIN_ID}"})
    if lang is not None:  # (the English link of a language the table does not hold)
        link.set("lang", lang)
        link.set("dir", language(lang).direction)
    link.text = words
    link.tail = "\n"  # (an inline element: _serialise puts no line break after it)
    return link


def _serialise(root: etree._Element) -> bytes:
    # one block element per line, so that outputs diff cleanly; inline content is untouched
    for element in root.iter():
        if element.tag in _BLOCKS and element is not root:
            element.tail = (element.tail or "") if (element.tail or "").strip() else "\n"
        if element.tag in _CONTAINERS and len(element) and not (element.text or "").strip():
            element.text = "\n"
    # lxml.html's serialiser (HTML void elements, no XML declaration) on an etree element;
    # imported here: the string writers (``htmlstring``) do not need it, and a build's pages
    # and index pages import this module for its CSS and ``render_index``
    from lxml import html

    text: str = html.tostring(root, doctype="<!DOCTYPE html>",  # type: ignore[call-overload]
                              encoding="unicode", method="html")
    return (text + "\n").encode("utf-8")


def _switcher(current: LanguageInfo, alternates: Sequence[Alternate]) -> etree._Element:
    nav = etree.Element("nav", {"class": "languages"})
    # named in the page's language: a screen reader's list of landmarks had said
    # "navigation" alone
    name = switcher_name(current.code)
    if name is not None:
        nav.set("aria-label", name)
    ul = etree.SubElement(nav, "ul")
    for alt in alternates:
        li = etree.SubElement(ul, "li")
        element = etree.SubElement(li, "a", href=alt.href)
        if alt.lang.code == current.code:
            element.set("aria-current", "page")
        else:
            element.set("hreflang", alt.lang.code)
        element.set("lang", alt.lang.code)
        element.set("dir", alt.lang.direction)
        element.text = alt.lang.native_name
    return nav


def _dateline(element: etree._Element, item: Localised, style: HouseStyle, rtl: bool) -> None:
    release = item.release
    place = release.block("place")
    if release.date is None:
        if place is not None:  # a place and no date: "ROME (FAO) – The…"
            _undated(element, place, release.block("attribution"), style, rtl)
        return
    span = etree.SubElement(element, "span", {"class": "dateline"})
    head, _, tail = style.dateline.partition("{date}")
    if place is not None and "{place}" in head:
        before, _, between = head.partition("{place}")
        span.text = before
        place_el = etree.SubElement(span, "span", {"class": "place"})
        _fill(place_el, place.spans, rtl)
        place_el.tail = between
    else:  # no place: its separator goes with it ("{place}, {date}" -> the date alone)
        span.text = head.partition("{place}")[0]
    time = etree.SubElement(span, "time", datetime=release.date.isoformat())
    time.text = item.release.date_text
    attribution = release.block("attribution")
    if attribution is not None:
        # right after the date, where the release names its service ("12 May 2024 (UN
        # Information Service) – "), in the brackets of the language's house style
        before, _, after = style.attribution.partition("{attribution}")
        time.tail = before
        attribution_el = etree.SubElement(span, "span", {"class": "attribution"})
        _fill(attribution_el, attribution.spans, rtl)
        attribution_el.tail = after + tail.replace("{place}", "")
    else:
        time.tail = tail.replace("{place}", "")


def _undated(element: etree._Element, place: Block, attribution: Block | None,
             style: HouseStyle, rtl: bool) -> None:
    """A dateline of a place and no date: the place, the attribution right after it, in the
    language's punctuation (``HouseStyle.undated``); no date element, nothing in its place."""
    before, after = style.undated()
    span = etree.SubElement(element, "span", {"class": "dateline"})
    span.text = before
    place_el = etree.SubElement(span, "span", {"class": "place"})
    _fill(place_el, place.spans, rtl)
    last = place_el
    if attribution is not None:
        opening, _, closing = style.attribution.partition("{attribution}")
        place_el.tail = opening
        last = etree.SubElement(span, "span", {"class": "attribution"})
        _fill(last, attribution.spans, rtl)
        after = closing + after
    last.tail = (last.tail or "") + after


def _plain(block: Block) -> str:
    return "".join(s.text for s in block.spans if s.kind in ("text", "atom"))


def _fill(parent: etree._Element, spans: Sequence[Span], rtl: bool) -> None:
    """Append spans to ``parent``: text stays text (escaped), markup becomes HTML elements."""
    stack = [parent]
    for span in spans:
        current = stack[-1]
        if span.kind == "text":
            isolate = rtl and not _is_ltr_context(stack)
            _append_text(current, span.text, isolate)
        elif span.kind == "atom" and span.tag not in ATOM_TAGS:
            # an element the source marks its:translate="no" (see htmlstring._spans)
            element = _open(current, span)
            element.set("translate", "no")
            if rtl and element.get("dir") is None and not _is_ltr_context(stack) and \
                    atom_isolated(span.text):
                element.set("dir", "ltr")
            _append_text(element, span.text, False)
        elif span.kind == "atom" and span.tag == "email" and hides_at(span.text):
            # an address written against harvesters ("info[at]un.org"): shown as the office
            # wrote it, and not made a link that would give it away
            shown = etree.SubElement(current, "span", dir="ltr", translate="no")
            shown.text = span.text
        elif span.kind == "atom":
            href = atom_href(span.tag, span.text)
            link = etree.SubElement(current, "a", href=href, dir="ltr")
            link.set("translate", "no")  # (an address, e-mail or URL: verbatim, as in the PO)
            link.text = span.text
        elif span.kind == "open":
            stack.append(_open(current, span))
        else:
            stack.pop()


def _open(parent: etree._Element, span: Span) -> etree._Element:
    attrs = dict(span.attrs)
    if span.tag == "a":
        return etree.SubElement(parent, "a", href=attrs.get("href", "#"))
    if span.tag == "span":
        lang = attrs.get("lang") or attrs.get("{http://www.w3.org/XML/1998/namespace}lang")
        element = etree.SubElement(parent, "span")
        if lang:
            element.set("lang", lang)
            element.set("dir", "ltr")
            element.set("class", "untranslated")
        return element
    return etree.SubElement(parent, span.tag)


def _is_ltr_context(stack: list[etree._Element]) -> bool:
    return any(e.get("dir") == "ltr" for e in stack)


def _append_text(parent: etree._Element, text: str, isolate: bool) -> None:
    pieces: list[tuple[str, str | None]] = []  # (text, the isolate's dir or "", or None)
    if isolate:
        pos = 0
        for match in LTR_RUN.finditer(text):
            pieces.append((text[pos:match.start()], None))
            pieces.append((match.group(0), run_dir(match)))
            pos = match.end()
        pieces.append((text[pos:], None))
    else:
        pieces = [(text, None)]
    for piece, isolated in pieces:
        if not piece:
            continue
        if isolated is not None:
            bdi = etree.SubElement(parent, "bdi")
            if isolated:
                bdi.set("dir", isolated)  # (a number: no direction of its own)
            bdi.text = piece
            continue
        last = _last_child(parent)
        if last is not None:
            last.tail = (last.tail or "") + piece
        else:
            parent.text = (parent.text or "") + piece


def _last_child(parent: etree._Element) -> etree._Element | None:
    # len() of an lxml element counts its children one by one: quadratic in a long paragraph
    try:
        return parent[-1]
    except IndexError:
        return None
