"""A Word document's styles (``word/styles.xml``), for ``importer_docx``: what a run's
formatting is where the run does not set it itself.

Word resolves a run property in this order: the run's own properties, its character style
and the styles that style is based on, the paragraph's style (or the document's default
paragraph style) and its bases, then the document's defaults (``w:docDefaults``). Reading the
run's own properties alone took every run Word sets in the Normal style's 11 pt for a run of
size "0" (one run set in 8 pt made its paragraph "the largest", the headline) and published
text a style hides (``w:vanish`` in a character or paragraph style).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from lxml import etree

#: A font size Word takes when nothing sets one (half-points: 10 pt).
_WORD_SIZE = 20
_OFF = {"0", "false", "off", "none"}
#: Letters Word sets with the complex-script properties (``w:szCs``): Arabic, Hebrew, Syriac,
#: Thaana and their presentation forms.
_COMPLEX_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def local(element: etree._Element) -> str:
    """An element's name without its namespace: transitional and strict OOXML alike."""
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def attr(element: etree._Element | None, name: str) -> str | None:
    """A ``w:``-namespaced attribute, by local name."""
    if element is None:
        return None
    for key, value in element.attrib.items():
        if str(key).rsplit("}", 1)[-1] == name:
            return str(value)
    return None


def child(element: etree._Element | None, name: str) -> etree._Element | None:
    if element is None:
        return None
    return next((c for c in element if local(c) == name), None)


def toggle(found: etree._Element | None) -> bool | None:
    """A toggle property's value (``<w:b/>`` on, ``<w:b w:val="0"/>`` off); None unset."""
    if found is None:
        return None
    return (attr(found, "val") or "1").lower() not in _OFF


@dataclass(frozen=True)
class Style:
    """One style of styles.xml."""

    name: str  # the display name, lower case ("heading 1", "title")
    kind: str  # "paragraph", "character", "table", "numbering"
    based_on: str  # the id of the style it is based on ("" for none)
    paragraph: etree._Element | None  # its paragraph properties (``w:pPr``)
    run: etree._Element | None  # its run properties (``w:rPr``)


@dataclass(frozen=True)
class Styles:
    """The styles by id, the document's default run properties, and the default paragraph
    style's id (the style of a paragraph that names none)."""

    by_id: Mapping[str, Style]
    defaults: etree._Element | None = None
    default_paragraph: str = ""
    #: ``chain``'s answers by id (a run's styles are asked for each property of each run)
    _chains: dict[str, tuple[Style, ...]] = field(default_factory=dict, compare=False,
                                                  repr=False)

    def name(self, ident: str) -> str:
        found = self.by_id.get(ident)
        return found.name if found is not None else ident.lower()

    def chain(self, ident: str) -> tuple[Style, ...]:
        """The style ``ident`` and those it is based on, nearest first (a loop of bases, or
        a hostile depth, ends after 32)."""
        if (known := self._chains.get(ident)) is not None:
            return known
        chain: list[Style] = []
        base = ident
        while (found := self.by_id.get(base)) is not None and len(chain) < 32:
            chain.append(found)
            base = found.based_on
        return self._chains.setdefault(ident, tuple(chain))

    def paragraph_style(self, para: etree._Element | None) -> str:
        """The id of ``para``'s style (the default paragraph style's when it names none).
        Read once a paragraph, and given to ``run_property`` for each of its runs: looked
        up a run at a time, a paragraph without ``w:pPr`` had been walked to its end for
        each of its runs (50,000 runs, over a minute)."""
        found = attr(child(child(para, "pPr"), "pStyle"), "val") if para is not None else None
        return found or self.default_paragraph

    def run_property(self, run: etree._Element, paragraph: str,
                     name: str) -> etree._Element | None:
        """The element setting ``name`` (``sz``, ``vanish``) for ``run``, as Word resolves
        it: the run's own, its character style's, its paragraph style's (``paragraph``, the
        id ``paragraph_style`` gives), the defaults'."""
        props = child(run, "rPr")
        if (found := child(props, name)) is not None:
            return found
        for style in self.chain(attr(child(props, "rStyle"), "val") or ""):
            if (found := child(style.run, name)) is not None:
                return found
        for style in self.chain(paragraph):
            if (found := child(style.run, name)) is not None:
                return found
        return child(self.defaults, name)

    def hidden(self, run: etree._Element, paragraph: str) -> bool:
        """Whether ``run`` is hidden text (``w:vanish``): set on it, or by its character or
        paragraph style (Word hides both; a direct ``w:val="0"`` shows the run again)."""
        return bool(toggle(self.run_property(run, paragraph, "vanish")))

    def size(self, run: etree._Element, paragraph: str) -> int:
        """``run``'s font size in half-points, wherever it is set (Word's 10 pt where
        nothing sets one); Arabic or Hebrew text's is the complex-script size."""
        props = child(run, "rPr")
        text = "".join(t.text or "" for t in run if local(t) == "t")
        complex_script = bool(toggle(child(props, "rtl")) or toggle(child(props, "cs"))
                              or _COMPLEX_RE.search(text))
        found = self.run_property(run, paragraph, "szCs" if complex_script else "sz")
        value = attr(found, "val") or ""
        return int(value) if value.isdigit() and 0 < int(value) < 10000 else _WORD_SIZE


def read_styles(root: etree._Element | None) -> Styles:
    """The styles of styles.xml's root (none when the document has no styles part)."""
    by_id: dict[str, Style] = {}
    defaults = None
    default_paragraph = ""
    for element in root if root is not None else ():
        if local(element) == "docDefaults":
            defaults = child(child(element, "rPrDefault"), "rPr")
        elif local(element) == "style":
            ident = attr(element, "styleId") or ""
            kind = attr(element, "type") or "paragraph"
            name = attr(child(element, "name"), "val") or ident
            by_id[ident] = Style(name.lower(), kind, attr(child(element, "basedOn"), "val") or "",
                                 child(element, "pPr"), child(element, "rPr"))
            if kind == "paragraph" and not default_paragraph \
                    and (attr(element, "default") or "").lower() in ("1", "true", "on"):
                default_paragraph = ident
    return Styles(by_id, defaults, default_paragraph)
