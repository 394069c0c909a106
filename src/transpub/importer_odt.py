"""Import a release from an OpenDocument text (.odt, as LibreOffice and other office suites
save it): the document is read as the HTML importer reads a page, as a Word document is
(``importer_docx``).

The text is in ``content.xml``; page headers and footers are in the master pages of
``styles.xml``, never read. Styles are looked up through their parents: a paragraph whose
style is (or derives from) Title, or a level 1 heading, is the headline (else the first
heading, else the first paragraph that is no label), other headings and Subtitle subheadings;
a text style that sets bold, italic or a superscript position is ``strong``, ``em``,
``sup``. Lists are a paragraph an item, numbered as the list style numbers them; table cells
are paragraphs; notes follow the text, their marks elements not to translate; a text box's
paragraphs follow the paragraph that holds it; hidden text (a style's ``text:display="none"``)
is not read. Tracked changes are read as accepted (the
deleted text is kept apart from the text, in ``text:tracked-changes``, and skipped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from transpub.errors import SourceError
from transpub.importer_docx import Package, boxes_in, is_label_html, local, merge_runs, numbered

_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
_XLINK = "http://www.w3.org/1999/xlink"
#: ODF's number formats by Word's names (``importer_docx.numbered``).
_WORD_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
                 "I": "upperRoman"}
_SKIPPED = {"tracked-changes", "annotation", "annotation-end", "table-of-content",
            "alphabetical-index", "illustration-index", "table-index", "object-index",
            "user-index", "bibliography", "sequence-decls", "variable-decls",
            "user-field-decls", "note-citation", "soft-page-break", "bookmark",
            "bookmark-start", "bookmark-end", "reference-mark", "reference-mark-start",
            "reference-mark-end", "change", "change-start", "change-end", "image",
            "forms", "table-columns", "table-column", "title", "desc", "hidden-text",
            "hidden-paragraph"}



def _get(element: etree._Element, namespace: str, name: str) -> str:
    return str(element.get(f"{{{namespace}}}{name}") or "")


@dataclass
class _Style:
    name: str  # the display name, lower case ("heading 1", "title")
    parent: str
    bold: bool | None = None
    italic: bool | None = None
    sup: bool | None = None
    hidden: bool | None = None  # text:display="none": text not shown, not published


@dataclass
class _Level:
    fmt: str  # "1", "a", "A", "i", "I", "" for a bullet
    prefix: str
    suffix: str
    start: int


class _Writer:
    def __init__(self, package: Package, content: etree._Element) -> None:
        self.styles: dict[str, _Style] = {}
        self.lists: dict[str, dict[int, _Level]] = {}
        styles = package.xml("styles.xml")
        for root in (styles, content):
            if root is not None:
                self._read_styles(root)
        self.counters: dict[str, list[int]] = {}
        self.lines: list[str] = []
        self.notes: list[str] = []
        self.headline = False
        self.has_title = any(self._role(p) == "h1" for p in content.iter()
                             if local(p) in ("p", "h"))
        self.first_heading = None if self.has_title else next(
            (p for p in content.iter() if local(p) == "h"), None)

    # -- styles ---------------------------------------------------------------------------

    def _read_styles(self, root: etree._Element) -> None:
        for style in root.iter(f"{{{_STYLE}}}style"):
            name = _get(style, _STYLE, "name")
            display = _get(style, _STYLE, "display-name") or name.replace("_20_", " ")
            found = _Style(display.lower(), _get(style, _STYLE, "parent-style-name"))
            props = style.find(f"{{{_STYLE}}}text-properties")
            if props is not None:
                weight = _get(props, _FO, "font-weight")
                found.bold = weight in ("bold", "600", "700", "800", "900") if weight else None
                posture = _get(props, _FO, "font-style")
                found.italic = posture in ("italic", "oblique") if posture else None
                position = _get(props, _STYLE, "text-position").split()
                found.sup = _raised(position[0]) if position else None
                display = _get(props, _TEXT, "display")
                found.hidden = display == "none" if display else None
            self.styles[name] = found
        for list_style in root.iter(f"{{{_TEXT}}}list-style"):
            levels: dict[int, _Level] = {}
            for level in list_style:
                number = _get(level, _TEXT, "level")
                if not number.isdigit():
                    continue
                start = _get(level, _TEXT, "start-value")
                levels[int(number)] = _Level(
                    _get(level, _STYLE, "num-format") if local(level) ==
                    "list-level-style-number" else "",
                    _get(level, _STYLE, "num-prefix"), _get(level, _STYLE, "num-suffix"),
                    int(start) if start.isdigit() else 1)
            self.lists[_get(list_style, _STYLE, "name")] = levels

    def _chain(self, name: str) -> list[_Style]:
        chain: list[_Style] = []
        while name in self.styles and len(chain) < 16:  # (a loop of parents ends here)
            chain.append(self.styles[name])
            name = chain[-1].parent
        return chain

    def _format(self, name: str, attribute: str) -> bool:
        return next((v for s in self._chain(name) if (v := getattr(s, attribute)) is not None),
                    False)

    def _role(self, para: etree._Element) -> str:
        """"h1" (Title, or a heading of level 1), "h2" (another heading, Subtitle) or "p"."""
        if local(para) == "h":
            level = _get(para, _TEXT, "outline-level")
            return "h1" if level in ("", "1") else "h2"
        for style in self._chain(_get(para, _TEXT, "style-name")):
            if style.name in ("title", "heading 1"):
                return "h1"
            if style.name == "subtitle" or re.fullmatch(r"heading [2-9]", style.name):
                return "h2"
        return "p"

    # -- blocks ---------------------------------------------------------------------------

    def blocks(self, container: etree._Element, number: str | None = None,
               level: int = 0, style: str = "") -> None:
        for child in container:
            name = local(child)
            if name in ("p", "h"):
                self.paragraph(child, number)
                number = None  # (an item's other paragraphs carry no number)
            elif name == "list":
                self._list(child, level + 1, _get(child, _TEXT, "style-name") or style)
            elif name in ("section", "table", "table-header-rows", "table-rows", "table-row",
                          "table-cell", "text-box", "frame", "list-header"):
                self.blocks(child, None, level, style)

    def _list(self, element: etree._Element, level: int, style: str) -> None:
        levels = self.lists.get(style, {})
        key = style or "-"
        counters = self.counters.get(key, [])
        if level == 1 and _get(element, _TEXT, "continue-numbering") != "true" \
                and not _get(element, _TEXT, "continue-list"):
            counters = []
        self.counters[key] = counters
        for item in element:
            if local(item) not in ("list-item", "list-header"):
                continue
            while len(counters) < level:
                found = levels.get(len(counters) + 1)
                counters.append((found.start if found else 1) - 1)
            del counters[level:]
            counters[level - 1] += 1
            override = _get(item, _TEXT, "start-value")
            if override.isdigit():
                counters[level - 1] = int(override)
            this = levels.get(level)
            number = ""
            if this is not None and this.fmt:
                value = numbered(counters[level - 1], _WORD_FORMATS.get(this.fmt, "decimal"))
                number = f"{this.prefix}{value}{this.suffix}"
            self.blocks(item, number if local(item) == "list-item" else None, level, style)

    def paragraph(self, para: etree._Element, number: str | None) -> None:
        if self._format(_get(para, _TEXT, "style-name"), "hidden"):
            return
        html = self.inline(para).strip()
        if not html:
            self._boxes(para)
            return
        role = self._role(para)
        # the headline: the first Title or level 1 heading; without one, the first heading,
        # else the first paragraph that is no label
        first = para is self.first_heading if self.first_heading is not None \
            else not is_label_html(html)
        if not self.headline and (role == "h1" or (not self.has_title and first)):
            tag = "h1"
        else:
            tag = "h2" if role != "p" else "p"
        self.headline = self.headline or tag == "h1"
        if tag == "p" and number is not None:
            self.lines.append(f"<li>{escape(number + ' ') if number else ''}{html}</li>")
        else:
            self.lines.append(f"<{tag}>{html}</{tag}>")
        self._boxes(para)

    def _boxes(self, para: etree._Element) -> None:
        """Text boxes anchored in ``para`` (``draw:frame``/``draw:text-box``), after it."""
        for box in boxes_in(para, "text-box"):
            self.blocks(box)

    # -- inline ---------------------------------------------------------------------------

    def inline(self, node: etree._Element) -> str:
        out: list[str] = []
        self._inline(node, out, False, False, False)
        # (LibreOffice splits text into spans of automatic styles that differ in what does
        # not show, a revision's mark: one run, as Word's are)
        return merge_runs(" ".join("".join(out).split(" ")))

    def _inline(self, node: etree._Element, out: list[str], bold: bool, italic: bool,
                sup: bool) -> None:
        if node.text:
            out.append(_marked(escape(node.text), bold, italic, sup))
        for child in node:
            name = local(child)
            if name == "span" and self._format(_get(child, _TEXT, "style-name"), "hidden"):
                pass  # hidden text: not shown, not published
            elif name == "span":
                style = _get(child, _TEXT, "style-name")
                self._inline(child, out, self._format(style, "bold") or bold,
                             self._format(style, "italic") or italic,
                             self._format(style, "sup") or sup)
            elif name == "a":
                href = _get(child, _XLINK, "href")
                inner: list[str] = []
                self._inline(child, inner, bold, italic, sup)
                if href and not href.startswith("#"):
                    out.append(f"<a href={quoteattr(href)}>{''.join(inner)}</a>")
                else:
                    out.extend(inner)  # a place in this document: text
            elif name == "s":
                count = _get(child, _TEXT, "c")
                spaces = " " * (int(count) if count.isdigit() and int(count) < 100 else 1)
                out.append(_marked(spaces, bold, italic, sup))  # (spaces of the text's run)
            elif name == "line-break":
                out.append("<br/>")  # (a contact block's lines in one paragraph: docx's too)
            elif name == "tab":
                out.append(" ")  # (plain: the runs on its two sides stay apart, ``merge_runs``)
            elif name == "note":
                self._note(child, out)
            elif name in ("frame", "text-box") or name in _SKIPPED:
                pass
            else:  # a field (a date, a reference, a page number) or ruby: its shown text
                self._inline(child, out, bold, italic, sup)
            if child.tail:
                out.append(_marked(escape(child.tail), bold, italic, sup))

    def _note(self, note: etree._Element, out: list[str]) -> None:
        number = len(self.notes) + 1
        body = next((c for c in note if local(c) == "note-body"), None)
        paras = [self.inline(p).strip() for p in (body.iter() if body is not None else ())
                 if local(p) in ("p", "h")]
        self.notes.append(f"<p>{number} {' '.join(p for p in paras if p)}</p>")
        kind = _get(note, _TEXT, "note-class") or "footnote"
        out.append(f'<sup><a href="#{kind}{number}">{number}</a></sup>')


def _raised(position: str) -> bool:
    """Whether a text position ("super", "33%", "sub", "-33%", "0%") raises the text."""
    if position == "super":
        return True
    try:
        return float(position.rstrip("%")) > 0
    except ValueError:
        return False


def _marked(html: str, bold: bool, italic: bool, sup: bool) -> str:
    if not html:
        return html
    if sup:
        html = f"<sup>{html}</sup>"
    if italic:
        html = f"<em>{html}</em>"
    if bold:
        html = f"<strong>{html}</strong>"
    return html


def odt_to_html(raw: bytes, path: Path) -> str:
    """The OpenDocument text ``raw`` as an HTML page for ``importer_html``."""
    package = Package(raw, path, "an OpenDocument text (.odt)")
    content = package.xml("content.xml")
    if content is None:
        raise SourceError("not an OpenDocument text (.odt): it has no content.xml", path)
    text = content.find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    writer = _Writer(package, content)
    if text is not None:
        writer.blocks(text)
    if not writer.lines:
        raise SourceError("the document has no text (no paragraph of its body holds any; "
                          "headers and footers are not read)", path)
    return "<html><body><main>" + "\n".join(writer.lines + writer.notes) \
        + "\n</main></body></html>\n"
