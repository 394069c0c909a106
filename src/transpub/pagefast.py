"""A release's pages written straight from the translations: the bytes of ``localise`` followed
by ``htmlstring.render_page`` and ``xmlstring.release_xml``, without a localised release.

``localise`` makes, per language, a text span per unit (or run of units), a block per block
and a release; then the HTML and the XML writers each walk them. Everything that does not
depend on the language is the same six times over: the blocks, their XML start tags, the
untranslated units' fallback markup, the units' source text. A ``Skeleton`` holds those once
per release, and ``Skeleton.page`` fills it for one language from the msgid -> msgstr mapping:
a translated unit of plain text is escaped once and joined into both pages; a unit with
placeholders, the source, or a fallback is turned into spans and written by the writers' own
span functions, unit by unit (``to_spans`` hands back balanced markup, so a unit written alone
is the unit written inside its block). The counts, fallbacks and problems are ``localise``'s,
unit for unit, in the same order.

Anything the string writers do not know (``htmlstring.Unsupported``) makes ``page`` return None:
the caller localises that language the plain way, which also takes the tree writers.
tests/test_pagefast.py holds the two to the same bytes, counts and problems.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING, Any

from transpub.garbled import published
from transpub.htmlstring import Unsupported, _isolated, _open, _spans, fallback_lang, page
from transpub.htmlstring import text as escape
from transpub.localise import Localised, Problem, _unmatched, usable
from transpub.model import Block, Release, Segment, Span
from transpub.pofast import BuildEntries
from transpub.segment import PlaceholderMismatch, to_spans
from transpub.xmlstring import _attrs, attribute, block_open, release_xml_of, spans_xml

if TYPE_CHECKING:
    from transpub.catalog import Translation
    from transpub.languages import LanguageInfo
    from transpub.pofast import Entries
    from transpub.style import HouseStyle

_CLOSE_SPAN = Span("close", tag="span")
#: ``segment.PLACEHOLDER_RE``'s matches, the name (tag and number) one group: one ``groups``
#: and one ``span`` call a placeholder instead of six lookups by group name (``marked``).
_PLACEHOLDER = re.compile(r"<(/)?([a-z]+\d+)(/)?>")


@dataclass(slots=True)
class FastPage:
    """One language of a release: what ``Localised`` tells the build, and the blocks'
    contents for the two writers."""

    skeleton: Skeleton
    translations: Entries | None
    """(kept for the plain way, should a writer find what only the trees write)"""
    lang: str
    rtl: bool
    total: int
    translated: int
    fuzzy_used: int
    fallbacks: tuple[str, ...]
    problems: tuple[Problem, ...]
    title: str
    date_text: str
    html_of: dict[int, str]
    """Block position -> its content in the page (blocks with units)."""
    xml_of: dict[int, str]

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0

    @property
    def title_lang(self) -> str:
        """The language the headline is shown in when it fell back whole to the source's
        (``htmlstring.fallback_lang``), else ""."""
        at = self.skeleton.title_at
        written = self.html_of.get(at) if at >= 0 else None
        return fallback_lang(written) if written else ""

    def html(self, info: LanguageInfo, style: HouseStyle,
             alternates: Sequence[tuple[LanguageInfo, str]]) -> bytes:
        skeleton = self.skeleton
        html_of = self.html_of
        where = skeleton.where
        rtl = self.rtl

        def content(block: Block) -> str:
            index = where[id(block)]
            written = html_of.get(index)
            return written if written is not None else skeleton.static_html(index, rtl)

        return page(skeleton.release, self.date_text, self.title, info, style, alternates,
                    content)

    def xml(self) -> bytes:
        return self.skeleton.xml_page(self.xml_of, self.lang, self.date_text)

    def written(self, info: LanguageInfo, style: HouseStyle,
                alternates: Sequence[tuple[LanguageInfo, str]]) -> tuple[bytes, bytes] | None:
        """The page's HTML and XML, or None when its unchanging parts hold what only the tree
        writers write (the build localises it the plain way then). Here, not in the build:
        ``Unsupported`` is imported once, not by the build once a page."""
        try:
            return self.html(info, style, alternates), self.xml()
        except Unsupported:
            return None


class Skeleton:
    """What a release's pages share in every language, made once per release."""

    def __init__(self, release: Release, segments: Sequence[Segment], source_lang: str) -> None:
        self.release = release
        self.source_lang = source_lang
        self.total = len(segments)
        by_block: dict[str, list[Segment]] = defaultdict(list)
        for segment in segments:
            by_block[segment.block_id].append(segment)
        #: per block, its units (None: a block without units keeps its own spans)
        self.units: list[list[Segment] | None] = [by_block.get(b.id) or None
                                                   for b in release.blocks]
        self.where = {id(block): index for index, block in enumerate(release.blocks)}
        title = release.block("title")
        self.title_at = -1 if title is None else self.where[id(title)]
        self._html: dict[tuple[int, bool], str] = {}
        self._xml: dict[int, str | None] = {}
        self._opens: dict[tuple[int, str], str] = {}
        self._fallback: dict[tuple[int, bool], tuple[str, str, str]] = {}
        self._source: dict[tuple[int, bool], tuple[str, str, str]] = {}
        self._marks: dict[int, dict[str, _Mark] | None] = {}
        self._xml_template: _Template | None = None
        #: a unit's text -> its msgid as this release's PO files write it (``BuildEntries.pick``)
        self._msgids: dict[str, str] = {}

    # --- the parts every language shares ------------------------------------------------

    def static_html(self, index: int, rtl: bool) -> str:
        written = self._html.get((index, rtl))
        if written is None:
            out: list[str] = []
            _spans(out, self.release.blocks[index].spans, rtl)
            written = self._html[index, rtl] = "".join(out)
        return written

    def static_xml(self, index: int) -> str | None:
        if index not in self._xml:
            self._xml[index] = spans_xml(self.release.blocks[index].spans)
        return self._xml[index]

    # --- the XML page's markup, made once per release -------------------------------------
    #
    # ``xmlstring.release_xml_of`` walks the release's blocks and decides the markup around
    # them (their start tags, the meta blocks in their order, empty elements, the
    # containers); only what goes in a block, the language and the date differ between the
    # languages. It is run once per release with a mark (``\0`` and a slot's number: no text
    # holds that character, XML 1.0 forbids it) in each of those places, and each language's
    # page is the pieces between the marks joined around its own values: 75-80 us a page
    # against 23-32 us (200 releases x 6 languages, alternated three times, in-process).

    def xml_page(self, xml_of: Mapping[int, str], lang: str, date_text: str) -> bytes:
        """``release_xml_of`` the release in ``lang``, with the blocks' contents ``xml_of``
        (or each block's own) and the date written ``date_text``."""
        template = self._xml_template
        if template is None:
            template = self._xml_template = self._xml_marked()
        if not template[0]:  # (a NUL in the release's own text: written the plain way)
            return release_xml_of(self.release, lang, date_text, lambda block: self._xml_content(
                xml_of, self.where[id(block)]), self.block_open)
        pieces, slots, others = template
        filled: list[str | None] = list(map(xml_of.get, slots))
        for number, index in others:
            if index == -1:  # the language, as ``_attrs`` writes an attribute
                filled[number] = attribute(lang)
            elif index == -2:  # the date, as ``release_xml_of`` writes it
                date = self.release.date
                filled[number] = escape(date_text or (date.isoformat() if date else ""))
            else:
                filled[number] = self.static_xml(index)
        return _joined(pieces, filled).encode("utf-8")

    def _xml_content(self, xml_of: Mapping[int, str], index: int) -> str | None:
        written = xml_of.get(index)
        return written if written is not None else self.static_xml(index)

    def _xml_marked(self) -> _Template:
        """The XML page's template (no pieces: the release's own text holds a NUL, which
        would be taken for a mark)."""
        marks = [2 if self.release.date is not None else 1]  # the language, the date

        def content(block: Block) -> str | None:
            index = self.where[id(block)]
            if self.units[index] is None and self.static_xml(index) is None:
                return None  # (an empty element, in every language)
            marks[0] += 1
            return f"\0{index}\0"

        marked = release_xml_of(self.release, "\0-1\0", "\0-2\0", content,
                                self.block_open).decode("utf-8")
        if marked.count("\0") != 2 * marks[0]:
            return [], [], []
        parts = marked.split("\0")
        slots = [int(slot) for slot in parts[1::2]]
        others = [(number, index) for number, index in enumerate(slots)
                  if index < 0 or self.units[index] is None]
        return parts[0::2], slots, others

    def block_open(self, block: Block, indent: str) -> str:
        key = (id(block), indent)
        written = self._opens.get(key)
        if written is None:
            written = self._opens[key] = block_open(block, indent)
        return written

    def _source_text(self, segment: Segment, rtl: bool) -> tuple[str, str, str]:
        """The unit in its own words (the source language's page): HTML, XML, plain text."""
        key = (id(segment), rtl)
        found = self._source.get(key)
        if found is None:
            text = segment.text
            if not segment.placeholders and "<" not in text:
                found = _plain(text, rtl)
            else:
                found = self.marked(text, segment, rtl)
                if found is None:
                    found = _written(to_spans(text, segment), rtl)
            self._source[key] = found
        return found

    def marks(self, segment: Segment) -> dict[str, _Mark] | None:
        """The unit's placeholders as the writers write their markup (None: one of them is
        only the tree writers')."""
        key = id(segment)
        if key not in self._marks:
            try:
                self._marks[key] = {p.name: _mark(p.span, p.name) for p in segment.placeholders}
            except Unsupported:
                self._marks[key] = None
        return self._marks[key]

    def marked(self, target: str, segment: Segment, rtl: bool) -> tuple[str, str, str] | None:
        """``_written(to_spans(target, segment), rtl)`` straight from the text, for a target
        whose placeholders are all in order; None for anything else (``to_spans`` then says
        what is wrong, or the writers what they do not write)."""
        marks = self.marks(segment)
        if marks is None:
            return None
        html: list[str] = []
        xml: list[str] = []
        plain: list[str] = []
        stack: list[_Mark] = []
        used: set[str] = set()
        pos = 0
        ltr = 0  # LTR elements open around the current position (``htmlstring._spans``)
        for match in _PLACEHOLDER.finditer(target):
            close, name, single = match.groups()
            mark = marks.get(name)
            if mark is None:
                if match.group() in segment.text:
                    continue  # the source's own text: text here too (``to_spans``)
                return None  # (``to_spans`` says it is not a placeholder of this unit)
            start, end = match.span()
            if start > pos:
                piece = target[pos:start]
                escaped = escape(piece)
                html.append(_isolate(piece) if rtl and not ltr else escaped)
                xml.append(escaped)
                plain.append(piece)
            pos = end
            if close:
                if not stack or stack[-1].name != name:
                    return None
                stack.pop()
                html.append(mark.close)
                ltr -= mark.ltr
                if xml[-1] == ">":  # nothing inside: an empty element (``xmlstring._close``)
                    xml[-1] = "/>"
                else:
                    xml.append(mark.close)
                continue
            if name in used:
                return None
            used.add(name)
            if mark.paired:
                if single:
                    return None
                stack.append(mark)
                html.append(mark.html)
                ltr += mark.ltr
                xml.append(mark.xml)
                xml.append(">")
            elif not single:
                return None
            else:
                html.append(mark.html_rtl if rtl and not ltr else mark.html)
                xml.append(mark.xml)
                plain.append(mark.text)
        if pos < len(target):
            piece = target[pos:]
            escaped = escape(piece)
            html.append(_isolate(piece) if rtl and not ltr else escaped)
            xml.append(escaped)
            plain.append(piece)
        if stack or len(used) != len(marks):
            return None
        return "".join(html), "".join(xml), "".join(plain)

    def _fallen_back(self, segment: Segment, rtl: bool) -> tuple[str, str, str]:
        """An untranslated unit: its source text in a ``lang`` span, as ``localise`` marks it."""
        key = (id(segment), rtl)
        found = self._fallback.get(key)
        if found is None:
            text = segment.text
            if not segment.placeholders and "<" not in text:
                inner = [Span("text", text)]
            else:
                inner = to_spans(text, segment)
            opening = Span("open", tag="span", attrs=(("lang", self.source_lang),))
            found = self._fallback[key] = _written([opening, *inner, _CLOSE_SPAN], rtl)
        return found

    def _join_fallbacks(self, html: list[str], xml: list[str], plain: list[str] | None,
                        written: tuple[str, str, str]) -> None:
        """A fallen-back unit's text added to the span of the one before it, after the
        source's own joiner in place of the page's (``html``, ``xml``, ``plain`` end with the
        joiner after that span)."""
        from transpub.localise import joiner_of

        joiner = joiner_of(self.source_lang)
        end = len("</span>")
        html[-2:] = [html[-2][:-end], escape(joiner), written[0][written[0].index(">") + 1:]]
        xml[-2:] = [xml[-2][:-end], escape(joiner), written[1][written[1].index(">") + 1:]]
        if plain is not None:
            plain[-1:] = [joiner, written[2]]

    # --- one language ---------------------------------------------------------------------

    def page(self, lang: str, translations: Entries | None, style: HouseStyle,
             joiner: str, rtl: bool, include_fuzzy: bool = False) -> FastPage | None:
        """The release in ``lang`` (as ``localise`` with these arguments), or None when a unit
        holds markup only the tree writers write."""
        try:
            return self._page(lang, translations, style, joiner, rtl, include_fuzzy)
        except Unsupported:
            return None

    def _page(self, lang: str, translations: Entries | None, style: HouseStyle,
              joiner: str, rtl: bool, include_fuzzy: bool) -> FastPage:
        is_source = lang == self.source_lang
        translated = fuzzy_used = 0
        fallbacks: list[str] = []
        problems: list[Problem] = []
        # the entries found: by msgctxt (a file read as ``BuildEntries``) or by ``id``
        served: set[Any] = set()
        pick: Callable[[Segment], tuple[str, bool] | None]
        line: Callable[[Segment], int]
        if isinstance(translations, BuildEntries):
            entries = translations
            pick_entry = entries.pick

            known = self._msgids

            def pick(segment: Segment) -> tuple[str, bool] | None:
                return pick_entry(segment.id, segment.text, served, problems, include_fuzzy,
                                  known)

            def line(segment: Segment) -> int:
                return entries.line(segment.id)
        else:
            items: Mapping[str, Translation] = translations.items \
                if translations is not None else {}
            lookup = items.get

            def pick(segment: Segment) -> tuple[str, bool] | None:
                item = usable(segment, lookup, translations, served, problems, include_fuzzy)
                return None if item is None else (published(item.target), item.fuzzy)

            def line(segment: Segment) -> int:
                item = lookup(segment.id)
                if item is None and translations is not None:
                    item = translations.get(segment.id, segment.text)
                return item.line if item is not None else 0
        joiner_html, joiner_xml = (_isolate(joiner) if rtl else escape(joiner)), escape(joiner)
        spacing = bool(style.spacing) and not is_source
        html_of: dict[int, str] = {}
        xml_of: dict[int, str] = {}
        title = ""
        release = self.release
        for index, units in enumerate(self.units):
            if units is None:
                continue
            html: list[str] = []
            xml: list[str] = []
            plain: list[str] | None = [] if index == self.title_at else None
            fell = False  # whether the unit before fell back
            for number, segment in enumerate(units):
                if number:
                    html.append(joiner_html)
                    xml.append(joiner_xml)
                    if plain is not None:
                        plain.append(joiner)
                joined, fell = fell, False
                found = pick(segment)
                if found is not None:
                    target, fuzzy = found
                    if spacing:
                        target = style.spaced(target)
                    if not segment.placeholders and "<" not in target:
                        escaped = escape(target)
                        html.append(_isolate(target) if rtl else escaped)
                        xml.append(escaped)
                        if plain is not None:
                            plain.append(target)
                        translated += 1
                        fuzzy_used += fuzzy
                        continue
                    written = self.marked(target, segment, rtl)
                    try:
                        if written is None:
                            written = _written(to_spans(target, segment), rtl)
                    except PlaceholderMismatch as exc:
                        problems.append(Problem(segment.id, line(segment),
                                                f"placeholders: {exc}"))
                    else:
                        html.append(written[0])
                        xml.append(written[1])
                        if plain is not None:
                            plain.append(written[2])
                        translated += 1
                        fuzzy_used += fuzzy
                        continue
                if is_source:
                    translated += 1
                    written = self._source_text(segment, rtl)
                else:
                    written = self._fallen_back(segment, rtl)
                    fallbacks.append(segment.id)
                    fell = True
                    if joined:  # the unit before fell back too: one span for both (localise)
                        self._join_fallbacks(html, xml, plain, written)
                        continue
                html.append(written[0])
                xml.append(written[1])
                if plain is not None:
                    plain.append(written[2])
            html_of[index] = "".join(html)
            xml_of[index] = "".join(xml)
            if plain is not None:
                title = "".join(plain)
        if self.title_at < 0:
            title = release.slug
        elif self.units[self.title_at] is None:
            title = release.blocks[self.title_at].plain_text
        if translations is not None and not is_source:
            problems.extend(translations.unmatched(served)
                            if isinstance(translations, BuildEntries)
                            else _unmatched(translations, served))
        date_text = style.format_date(release.date) if release.date else ""
        return FastPage(self, translations, lang, rtl, self.total, translated, fuzzy_used,
                        tuple(fallbacks), tuple(problems), title, date_text, html_of, xml_of)


@dataclass(frozen=True, slots=True)
class _Mark:
    """A placeholder's markup as the writers write it."""

    name: str
    paired: bool
    html: str
    """The HTML start tag (paired) or the whole element (an atom)."""
    xml: str
    """The XML start tag without its ``>`` (paired) or the whole element (an atom)."""
    close: str
    ltr: bool
    """A left-to-right element: no Latin run is isolated inside it."""
    text: str
    """An atom's text (``Block.plain_text``)."""
    html_rtl: str
    """``html`` as a right-to-left page writes it outside any LTR element (an atom of
    its:translate="no" is isolated there: ``htmlstring.atom_isolated``)."""


def _mark(span: Span, name: str = "") -> _Mark:
    out: list[str] = []
    if span.kind == "open":
        tag, ltr = _open(out, span)
        return _Mark(name, True, out[0], f"<{tag}{_attrs(list(span.attrs))}", f"</{tag}>",
                     ltr, "", out[0])
    _spans(out, [span], False)
    rtl: list[str] = []
    _spans(rtl, [span], True)
    xml = spans_xml([span]) or ""
    return _Mark(name, False, "".join(out), xml, "", False, span.text, "".join(rtl))


#: A page's markup cut at its marks (``Skeleton._xml_marked``): the pieces between them, each
#: mark's slot (a block's position, or a negative number for another value), and the slots not
#: filled from a language's blocks (blocks without units, the other values).
_Template = tuple[list[str], list[int], list[tuple[int, int]]]


def _joined(pieces: list[str], filled: list[str | None]) -> str:
    """The pieces with each slot's value between them (every slot filled by now)."""
    return "".join(chain.from_iterable(zip(pieces, filled, strict=False))) + pieces[-1]  # type: ignore[arg-type]


def _isolate(value: str) -> str:
    out: list[str] = []
    _isolated(out, value)
    return "".join(out)


def _plain(text: str, rtl: bool) -> tuple[str, str, str]:
    escaped = escape(text)
    return (_isolate(text) if rtl else escaped), escaped, text


def _written(spans: Sequence[Span], rtl: bool) -> tuple[str, str, str]:
    """Balanced spans as the HTML and the XML writers write them inside a block, and their
    plain text (``Block.plain_text``)."""
    out: list[str] = []
    _spans(out, spans, rtl)
    xml = spans_xml(spans)
    return ("".join(out), xml or "",
            "".join(s.text for s in spans if s.kind in ("text", "atom")))


@dataclass(slots=True)
class PlainPage:
    """One language localised the plain way (``localise``), for what ``Skeleton.page`` does
    not write; the same questions answered as ``FastPage`` answers them."""

    localised: Localised

    @property
    def percent(self) -> float:
        return self.localised.percent

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self.localised.problems

    @property
    def fallbacks(self) -> tuple[str, ...]:
        return self.localised.fallbacks

    @property
    def title(self) -> str:
        return self.localised.release.title

    @property
    def title_lang(self) -> str:
        """``FastPage.title_lang``, from the headline as the page's writer writes it."""
        block = self.localised.release.block("title")
        if block is None:
            return ""
        out: list[str] = []
        try:
            _spans(out, block.spans, False)
        except Unsupported:  # (markup only the tree writes: not one untranslated span)
            return ""
        return fallback_lang("".join(out))

    @property
    def date_text(self) -> str:
        return self.localised.release.date_text

    def html(self, info: LanguageInfo, style: HouseStyle,
             alternates: Sequence[tuple[LanguageInfo, str]]) -> bytes:
        from transpub.html import Alternate, render_release

        return render_release(self.localised, info, style,
                              [Alternate(lang, href) for lang, href in alternates])

    def xml(self) -> bytes:
        from transpub.source import release_to_xml
        from transpub.xmlstring import release_xml

        try:
            return release_xml(self.localised.release)  # release_to_xml's bytes, no tree
        except Unsupported:
            return release_to_xml(self.localised.release)

    def written(self, info: LanguageInfo, style: HouseStyle,
                alternates: Sequence[tuple[LanguageInfo, str]]) -> tuple[bytes, bytes]:
        """The page's HTML and XML (its writers fall back to the trees themselves)."""
        return self.html(info, style, alternates), self.xml()


#: A release in one language, ready to be written.
Page = FastPage | PlainPage
