"""The typed records that pass between pipeline stages: no lxml, polib or rich types here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from transpub.picklefast import by_fields

SOURCE_NS = "urn:transpub:release:1"
ITS_NS = "http://www.w3.org/2005/11/its"
XML_NS = "http://www.w3.org/XML/1998/namespace"

SpanKind = Literal["text", "open", "close", "atom"]

#: Inline elements whose content translators translate (they become paired placeholders).
PAIRED_TAGS = ("a", "em", "strong", "span")
#: Inline elements copied verbatim (they become ``<xN/>`` placeholders): not to translate.
ATOM_TAGS = ("email", "url")


@by_fields  # sent to and from check workers (picklefast)
@dataclass(frozen=True, slots=True)
class Span:
    """One inline token of a block: a run of text, an element's start or end, or an atom."""

    kind: SpanKind
    text: str = ""
    """The text of a ``text`` span, or the verbatim content of an ``atom``."""
    tag: str = ""
    """The element name of ``open``, ``close`` and ``atom`` spans."""
    attrs: tuple[tuple[str, str], ...] = ()
    """The element's attributes, in document order (Clark notation for namespaced names)."""


#: Block element name -> the role a translator's note names.
ROLES: dict[str, str] = {
    "label": "document label",
    "office": "issuing office",
    "title": "headline",
    "place": "dateline place",
    # (what a translator reads in the unit's note: the words are a service's name, and the
    # page writes them in brackets after the date, which they should not type)
    "attribution": "dateline attribution: the service issuing the release, named after the "
                   "date (the page adds the brackets)",
    "p": "paragraph",
    "h2": "subheading",
    "line": "contact",
}


@by_fields  # sent to and from check workers (picklefast)
@dataclass(frozen=True, slots=True)
class Block:
    """A translatable block of the source: headline, paragraph, contact line..."""

    id: str
    kind: str
    """The element name: label, office, title, place, attribution, p, h2 or line."""
    spans: tuple[Span, ...]
    line: int
    note: str = ""
    """The ITS ``locNote`` for translators, if any."""
    translate: bool = True
    lang: str = ""
    """An ``xml:lang`` of the block itself, when it differs from the release's."""
    ordinal: int = 0
    """1-based position among the blocks of the same kind (paragraph 3)."""

    @property
    def role(self) -> str:
        return ROLES.get(self.kind, self.kind)

    @property
    def plain_text(self) -> str:
        return "".join(s.text for s in self.spans if s.kind in ("text", "atom"))


@by_fields  # sent to and from check workers (picklefast)
@dataclass(frozen=True, slots=True)
class Release:
    """One press release: metadata and blocks, in document order."""

    slug: str
    lang: str
    blocks: tuple[Block, ...]
    date: dt.date | None = None
    date_text: str = ""
    path: Path | None = None
    note: str = ""

    def block(self, kind: str) -> Block | None:
        return next((b for b in self.blocks if b.kind == kind), None)

    @property
    def title(self) -> str:
        block = self.block("title")
        return block.plain_text if block else self.slug


@by_fields  # sent to and from check workers (picklefast)
@dataclass(frozen=True, slots=True)
class Placeholder:
    """A placeholder of a unit (``a1``, ``x1``) and the inline markup it stands for."""

    name: str
    span: Span
    """The ``open`` span (paired placeholders) or the ``atom`` span (``<xN/>``)."""

    @property
    def paired(self) -> bool:
        return self.span.kind == "open"


@by_fields  # sent to and from check workers (picklefast)
@dataclass(frozen=True, slots=True)
class Segment:
    """A translatable unit: one PO entry (msgctxt = id, msgid = text)."""

    id: str
    text: str
    block_id: str
    kind: str
    position: str
    """Where the unit sits, for translators: "paragraph 3, sentence 2"."""
    line: int
    note: str = ""
    placeholders: tuple[Placeholder, ...] = field(default=())

    def placeholder(self, name: str) -> Placeholder | None:
        return next((p for p in self.placeholders if p.name == name), None)
