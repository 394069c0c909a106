"""Read, validate and write the release XML vocabulary (``schema/release.rng``).

Parsing is safe by construction: the parser never loads a DTD, resolves an entity or touches the
network, and the decision to refuse is taken on lxml's view of the document (so UTF-16 input is
seen as it is): a DOCTYPE naming only an external DTD is accepted and never read; an internal
subset (entity, attribute or element declarations), an entity reference and XInclude are refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from functools import cache
from importlib import resources
from pathlib import Path

from lxml import etree

from transpub.errors import (
    CONFLICT,
    LFS_POINTER,
    SourceError,
    TranspubError,
    conflict_line,
    lfs_pointer,
    misnamed,
)
from transpub.fastnew import maker
from transpub.model import (
    ATOM_TAGS,
    ITS_NS,
    PAIRED_TAGS,
    SOURCE_NS,
    XML_NS,
    Block,
    Release,
    Span,
)
from transpub.regular import read_input

_NS = f"{{{SOURCE_NS}}}"
_XML_LANG = f"{{{XML_NS}}}lang"
_ITS_TRANSLATE = f"{{{ITS_NS}}}translate"
_ITS_NOTE = f"{{{ITS_NS}}}locNote"
_BLOCK_TAGS = ("label", "office", "title", "place", "attribution", "p", "h2", "line")
_DOCTYPE_RE = re.compile(r"<!DOCTYPE", re.IGNORECASE)
_LITERAL = r"""(?:"[^"]*"|'[^']*')"""
#: A serialised DOCTYPE that opens an internal subset (after an optional external id).
_SUBSET_RE = re.compile(rf"<!DOCTYPE\s+[^\s\[>]+(?:\s+(?:PUBLIC\s+{_LITERAL}\s+{_LITERAL}"
                        rf"|SYSTEM\s+{_LITERAL}))?\s*\[")
_XINCLUDE_NS = ("http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude")
_WS_RE = re.compile(r"\s+")
_XML_SPACE_RE = re.compile("[ \t\n\r]+")
#: Whether any element of a document has an its:translate attribute.
_HAS_TRANSLATE = etree.XPath("boolean(//@its:translate)", namespaces={"its": ITS_NS})


@cache
def _schema() -> etree.RelaxNG:
    text = resources.files("transpub").joinpath("schema/release.rng").read_bytes()
    return etree.RelaxNG(etree.fromstring(text, _safe_parser()))


def load_schema() -> None:
    """Compile the schema now (before worker processes fork: they then share it)."""
    _schema()


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)


def parse_xml_bytes(data: bytes, path: Path,
                    error: type[TranspubError] = SourceError) -> etree._ElementTree:
    """Parse untrusted XML; refuse internal DTD subsets, entities and XInclude, by file:line.

    ``<!DOCTYPE tmx SYSTEM "tmx14.dtd">`` (what OmegaT, Trados and TBX 2008 tools write) is
    accepted: the external DTD is named, never loaded.
    """
    try:
        root = etree.fromstring(data, _safe_parser())
    except etree.XMLSyntaxError as exc:
        # libxml2's messages may span lines ("…range\n, line 1, column 5"): one line, always
        message = re.sub(r"\s*,?\s*line \d+, column \d+$", "", " ".join(exc.msg.split()))
        conflict = conflict_line(data)  # (git's markers: what the parser stumbled on)
        if conflict is not None:
            raise error(CONFLICT, path, conflict) from None
        if lfs_pointer(data):
            raise error(LFS_POINTER, path, 1) from None
        # (a workbook, a gzip or a PDF given an XML file's name: the parser's first complaint
        # had been all it said; UTF-16 and UTF-32 are XML's own)
        other = misnamed(data, "XML", "XML", accepted={"utf-16", "utf-32"})
        if other is not None:
            raise error(other, path, 1) from None
        raise error(f"malformed XML: {message}", path, exc.lineno or None) from None
    tree = root.getroottree()
    if tree.docinfo.internalDTD is not None and _has_declarations(tree):
        raise error("a DOCTYPE with an internal subset (entity, element or attribute "
                    "declarations) is not allowed; refused without expanding or fetching "
                    "anything (a DOCTYPE that only names an external DTD is fine)",
                    path, _doctype_line(data))
    for node in root.iter(etree.Entity, "{*}include"):
        if isinstance(node, etree._Entity):
            parent = node.getparent()
            line = node.sourceline or (parent.sourceline if parent is not None else None)
            raise error(f"entity reference {node.text} is not allowed (entities are never "
                        "expanded; write the character itself)", path, line)
        if etree.QName(node).namespace in _XINCLUDE_NS:
            raise error("XInclude is not allowed (nothing is included or fetched)", path,
                        node.sourceline)
    return tree


_WORD_HYPHENS = re.compile(rb"&#(?:(x0*1[eE]|0*30)|x0*1[fF]|0*31);")
#: how a UTF-16 file begins (a byte-order mark, else its "<"), and the codec that reads it
#: whole and writes it back, a mark again where there was one
_UTF16 = {b"\xff\xfe": "utf-16", b"\xfe\xff": "utf-16", b"<\x00": "utf-16-le",
          b"\x00<": "utf-16-be"}


#: What XML 1.0 cannot hold, and lxml refuses in a tree's text or attribute value: the C0
#: controls but tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. Spelt
#: as the characters excluded, not as the complement of those allowed: the same set (tested
#: on every code point), compiled in 0.7 ms instead of 7.5 (at import, before a build's
#: workers fork). Pages, Trados memories, review documents and written TBX files test by it.
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def utf16_codec(data: bytes) -> str | None:
    """The codec of an XML file in UTF-16, by its first two bytes (``word_hyphens`` and
    ``toolxml`` edit such a file as text), or None for one in an ASCII-compatible
    encoding."""
    return _UTF16.get(data[:2])


def word_hyphens(data: bytes) -> bytes:
    """XML from Trados (bilingual files, memories) with Word's hyphens made characters.

    Word keeps its non-breaking and optional hyphens as the control characters U+001E and
    U+001F, and Trados writes them so, as character references (``&#x1E;``, SDLXLIFF) or as
    the characters themselves (its TMX exports, UTF-16): XML 1.0 forbids both, and libxml2
    refuses the whole file. They are the hyphens they stand for, U+2011 and U+00AD."""
    # (not in a file of another format, a gzip's 0x1F first: the parser's error says what it is)
    if (b"\x1e" in data or b"\x1f" in data) and \
            misnamed(data, "", "", accepted={"utf-16", "utf-32"}) is None:
        utf16 = utf16_codec(data)
        if utf16:  # (a byte 0x1E there may be half of another character: U+1E00…)
            try:
                text = data.decode(utf16, errors="surrogatepass")
            except UnicodeDecodeError:  # (cut short: left for the parser to name the line)
                return data
            data = text.replace("\x1e", "\u2011").replace("\x1f", "\u00ad").encode(
                utf16, errors="surrogatepass")
        else:  # (references: right in any encoding an XML file's ASCII-compatible bytes are)
            data = data.replace(b"\x1e", b"&#x2011;").replace(b"\x1f", b"&#xAD;")
    if b"&#" in data:
        data = _WORD_HYPHENS.sub(lambda m: b"&#x2011;" if m.group(1) else b"&#xAD;", data)
    return data


def append_text(parent: etree._Element, last: etree._Element | None, text: str) -> None:
    """Add ``text`` to mixed content being built: after ``last``, the child appended last, or
    at the start of ``parent`` when there is none yet."""
    if not text:
        return
    if last is None:
        parent.text = (parent.text or "") + text
    else:
        last.tail = (last.tail or "") + text


def _has_declarations(tree: etree._ElementTree) -> bool:
    """Whether the DOCTYPE carries declarations. libxml2 keeps them (attribute defaults are even
    applied without ``load_dtd``) and writes them back between ``[`` and ``]``; entity and
    element declarations are visible directly, the rest only in that serialisation."""
    dtd = tree.docinfo.internalDTD
    if dtd is not None and (any(True for _ in dtd.iterentities())
                            or any(True for _ in dtd.iterelements())):
        return True
    head = etree.tostring(tree)[:4096].decode("utf-8", errors="replace")
    return _SUBSET_RE.match(head) is not None


def _doctype_line(data: bytes) -> int | None:
    """The line of the DOCTYPE, for the message only (the decision is lxml's)."""
    for encoding in ("utf-16", "utf-8") if data[:2] in (b"\xff\xfe", b"\xfe\xff") \
            else ("utf-8",):
        text = data.decode(encoding, errors="replace")
        match = _DOCTYPE_RE.search(text)
        if match:
            return text.count("\n", 0, match.start()) + 1
    return None


def validate(tree: etree._ElementTree, path: Path) -> None:
    """Validate against the RELAX NG schema, and the id rules the schema cannot express."""
    _validate_schema(tree, path)
    seen: dict[str, int] = {}
    for element in tree.getroot().iter(*(_NS + t for t in _BLOCK_TAGS)):
        ident = element.get("id")
        if ident is None:
            continue
        if ident in seen:
            raise SourceError(f"duplicate block id {ident!r} (first on line {seen[ident]})",
                              path, element.sourceline)
        seen[ident] = element.sourceline or 0
    _check_title(tree, path)
    _check_dateline(tree, path)


def _validate_schema(tree: etree._ElementTree, path: Path) -> None:
    schema = _schema()
    if not schema.validate(tree):
        _check_when(tree, path)  # (the schema says "failed to validate attributes")
        _check_dateline(tree, path)  # (the schema says "Expecting an element , got nothing")
        error = schema.error_log.last_error
        line = error.line if error is not None else None
        message = error.message if error is not None else "invalid"
        raise SourceError(f"not a valid transpub release: {message}", path, line)


def _check_when(tree: etree._ElementTree, path: Path) -> None:
    """A release date's ``when`` that is no day of the calendar, said as such."""
    date = tree.getroot().find(f"{_NS}meta/{_NS}dateline/{_NS}date")
    when = date.get("when") if date is not None else None
    if date is None or when is None:
        return
    try:
        dt.date.fromisoformat(when)
    except ValueError:
        raise SourceError(f"the date's when={when!r} is not a day of the calendar: write it "
                          "YYYY-MM-DD (2020-12-09)", path, date.sourceline) from None


def _check_dateline(tree: etree._ElementTree, path: Path) -> None:
    """A dateline holds a place with text or a date: an empty one, or an empty place or
    attribution in it (no text, or spaces only), is refused (an empty place had passed, and
    every page had opened with a bare " – " in six languages)."""
    dateline = tree.getroot().find(f"{_NS}meta/{_NS}dateline")
    if dateline is None:
        return
    if not len(dateline):
        raise SourceError("the dateline is empty: it holds a place, a date or both (or remove "
                          "it)", path, dateline.sourceline)
    for name in ("place", "attribution"):
        element = dateline.find(_NS + name)
        if element is not None and not "".join(element.itertext()).strip():
            raise SourceError(f"the dateline's {name} is empty: write it, or remove the "
                              f"<{name}> element (a dateline holds a place with text or a "
                              "date)", path, element.sourceline)


def _check_title(tree: etree._ElementTree, path: Path) -> None:
    title = tree.getroot().find(f"{_NS}meta/{_NS}title")
    if title is None or not "".join(title.itertext()).strip():
        raise SourceError("the release has no title", path,
                          title.sourceline if title is not None else None)


def read_release(path: Path, data: bytes | None = None) -> Release:
    """Read and validate ``path`` into a Release (``data``: its bytes, when the caller has
    read them already)."""
    if data is None:
        try:
            data = read_input(path)
        except OSError as exc:
            raise SourceError(f"cannot read: {exc.strerror}", path) from None
    if not data.strip():
        raise SourceError("the file is empty", path)
    tree = parse_xml_bytes(data, path)
    _validate_schema(tree, path)
    # the rest of ``validate`` (unique block ids, a title) checked in the blocks' one pass,
    # with the same errors in the same order
    return _release_from_tree(tree, path, checked=False)


def _release_from_tree(tree: etree._ElementTree, path: Path, checked: bool = True) -> Release:
    """The Release of a tree the schema accepted; ``checked=False``: ``validate``'s own
    checks (block ids, title) have not been made yet, and are made here."""
    root = tree.getroot()
    blocks: list[Block] = []
    counts: dict[str, int] = {}
    seen: dict[str, int] | None = None if checked else {}
    # a release without its:translate anywhere (most): every block is translatable and no
    # inline element is kept out, without asking each block's ancestors (one XPath in C)
    marked = bool(_HAS_TRANSLATE(root))
    for element in root.iter(*(_NS + t for t in _BLOCK_TAGS)):
        kind = _local(str(element.tag))
        counts[kind] = counts.get(kind, 0) + 1
        # the attributes at once: three lookups by qualified name each parsed the name
        attributes = dict(element.items())
        given = attributes.get("id")
        line = element.sourceline
        if seen is not None and given is not None:
            if given in seen:
                raise SourceError(f"duplicate block id {given!r} (first on line "
                                  f"{seen[given]})", path, line)
            seen[given] = line or 0
        spans: tuple[Span, ...]
        if len(element):
            out: list[Span] = []
            _walk(element, out, marked)
            spans = tuple(_trim(out))
        else:  # no inline element (two blocks in three): ``_trim`` of its one text span
            text = collapse_space(element.text or "").strip()
            spans = (_text_span("text", text),) if text else ()
        ident = given or _derived_id(kind, spans)
        blocks.append(_block(ident, kind, spans, line or 0,
                             attributes.get(_ITS_NOTE, ""),
                             _translatable(element) if marked else True,
                             attributes.get(_XML_LANG, ""), counts[kind]))
    if seen is not None:
        _check_title(tree, path)
        _check_dateline(tree, path)
    date_el = root.find(f"{_NS}meta/{_NS}dateline/{_NS}date")
    date = None
    date_text = ""
    if date_el is not None:
        try:
            date = dt.date.fromisoformat(date_el.get("when", ""))
        except ValueError:
            raise SourceError(f"bad date {date_el.get('when')!r}", path,
                              date_el.sourceline) from None
        date_text = _WS_RE.sub(" ", date_el.text or "").strip()
        _date_agrees(date_text, date, root.get(_XML_LANG, "en"), path, date_el.sourceline)
    return Release(slug=root.get("id", path.stem), lang=root.get(_XML_LANG, "en"),
                   blocks=tuple(blocks), date=date, date_text=date_text, path=path,
                   note=root.get(_ITS_NOTE, ""))


def _date_agrees(text: str, when: dt.date, lang: str, path: Path, line: int | None) -> None:
    """Refuse a date whose text says another day than its ``when``: the pages print the
    ``when`` in each language, and an editor who corrected the text alone («16 March 2024»
    for ``when="2024-03-15"``) had the old date published in six languages without a word.
    A text whose numbers are the ``when``'s day and year (or fewer: «12 May», «December
    2020»), or its day, month and year («9.12.2020», «2020年12月9日»), agrees without a parse;
    any other is read as dates: one of them the ``when`` («Wednesday, 9 December 2020,
    10:30», «9–10 December 2020») agrees, another day refuses it, none (a text the reader
    does not know) passes."""
    numbers = {int(number) for number in _NUMBER_RE.findall(text)}  # (any script's digits)
    if numbers <= {when.day, when.year} or (
            len(numbers) == 3 and numbers == {when.day, when.month, when.year}):
        return
    from transpub.datefind import find_dates

    found = [m for m in find_dates(text, lang) if m.day and m.calendar == "gregorian"]
    if not found or any((m.year or when.year, m.month, m.day) == (when.year, when.month,
                                                                   when.day) for m in found):
        return
    said = found[0]
    raise SourceError(f"the date reads «{text}» ({said.year or when.year:04d}-{said.month:02d}"
                      f"-{said.day:02d}) but its when is {when.isoformat()}: make them agree "
                      "(the pages print the when, in every language)", path, line)


_NUMBER_RE = re.compile(r"\d+")


@cache
def _local(tag: str) -> str:
    """``etree.QName(tag).localname`` of an element's ``{namespace}name`` tag, once per tag."""
    return tag.rpartition("}")[2]


def _translatable(element: etree._Element) -> bool:
    """ITS translate is inherited: the nearest its:translate decides."""
    node: etree._Element | None = element
    while node is not None:
        value = node.get(_ITS_TRANSLATE)
        if value is not None:
            return value == "yes"
        node = node.getparent()
    return True


def _derived_id(kind: str, spans: tuple[Span, ...]) -> str:
    """An id for a hand-written block without one: stable under moves and insertions."""
    text = "".join(s.text for s in spans)
    return f"{kind}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:6]}"


#: ``Block(...)`` and a text ``Span(...)`` without their frozen ``__init__`` (``fastnew``: the
#: same objects; a fresh extract of 1,000 releases makes 14,000 blocks and 50,000 spans)
_block = maker(Block, "id", "kind", "spans", "line", "note", "translate", "lang", "ordinal")
_text_span = maker(Span, "kind", "text")
_tag_span = maker(Span, "kind", "text", "tag", "attrs")


def _spans(element: etree._Element) -> list[Span]:
    """Flatten an element's mixed content into spans, whitespace collapsed."""
    out: list[Span] = []
    _walk(element, out)
    return _trim(out)


def _text(out: list[Span], value: str | None) -> None:
    if value:
        out.append(_text_span("text", collapse_space(value)))


def collapse_space(value: str) -> str:
    """Every run of XML's white space (space, tab, line ends) one space. The spaces Unicode
    has besides are the text's, as in XML and HTML: a French source's no-break space before a
    colon, a number's narrow no-break space, a Chinese text's ideographic space stay in its
    units. A text whose only white space is single ASCII spaces is returned as it is without
    a search (every other character of XML's white space is not printable)."""
    if value.isprintable() and "  " not in value:
        return value
    return _XML_SPACE_RE.sub(" ", value)


def _walk(node: etree._Element, out: list[Span], marked: bool = True) -> None:
    """``marked``: the tree may say its:translate somewhere (False: it does nowhere, and no
    inline element is asked)."""
    # (a module-level function, not a closure calling itself: that closure was a reference
    # cycle per block, 14,000 at N = 1000, left for the cyclic collector to find)
    _text(out, node.text)
    for child in node:
        if not isinstance(child.tag, str):
            _text(out, child.tail)
            continue
        tag = _local(child.tag)
        attrs = tuple(child.items())
        if tag in ATOM_TAGS or (marked and child.get(_ITS_TRANSLATE) == "no"):
            out.append(_tag_span("atom", "".join(child.itertext()).strip(), tag, attrs))
        elif tag in PAIRED_TAGS:
            out.append(_tag_span("open", "", tag, attrs))
            _walk(child, out, marked)
            out.append(_tag_span("close", "", tag, ()))
        _text(out, child.tail)


def _trim(spans: list[Span]) -> list[Span]:
    """Strip leading and trailing white space of the block, and merge adjacent text."""
    merged: list[Span] = []
    for span in spans:
        if span.kind == "text" and merged and merged[-1].kind == "text":
            merged[-1] = _text_span("text", collapse_space(merged[-1].text + span.text))
        else:
            merged.append(span)
    # (a span whose text the strip leaves as it is stays: the same value)
    if merged and merged[0].kind == "text":
        text = merged[0].text
        if (stripped := text.lstrip()) is not text:
            merged[0] = _text_span("text", stripped)
    if merged and merged[-1].kind == "text":
        text = merged[-1].text
        if (stripped := text.rstrip()) is not text:
            merged[-1] = _text_span("text", stripped)
    return [s for s in merged if s.kind != "text" or s.text]


# --- writing --------------------------------------------------------------------------------

def release_to_xml(release: Release) -> bytes:
    """Serialise a Release in the source vocabulary (pretty-printed, deterministic)."""
    nsmap = {None: SOURCE_NS, "its": ITS_NS}
    root = etree.Element(_NS + "release", nsmap=nsmap)
    root.set("id", release.slug)
    root.set(_XML_LANG, release.lang)
    root.set(f"{{{ITS_NS}}}version", "2.0")
    if release.note:
        root.set(_ITS_NOTE, release.note)
    meta = etree.SubElement(root, _NS + "meta")
    body = etree.SubElement(root, _NS + "body")
    contact: etree._Element | None = None
    for block in release.blocks:
        if block.kind in ("label", "office", "title"):
            parent = meta
        elif block.kind in _DATELINE_ORDER:
            parent = _dateline(meta, release)
        elif block.kind == "line":
            if contact is None:
                contact = etree.SubElement(root, _NS + "contact")
            parent = contact
        else:
            parent = body
        element = etree.SubElement(parent, _NS + block.kind)
        _fill_block(element, block)
    if release.date is not None and meta.find(_NS + "dateline") is None:
        _dateline(meta, release)
    # meta's children must follow the schema's order whatever the blocks' order was
    order = {n: i for i, n in enumerate(("label", "office", "title", "dateline"))}
    meta[:] = sorted(meta, key=lambda e: order[etree.QName(e).localname])
    dateline = meta.find(_NS + "dateline")
    if dateline is not None:  # (and the dateline's: place, date, attribution)
        dateline[:] = sorted(dateline, key=lambda e: _DATELINE_ORDER[etree.QName(e).localname])
    _indent(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


_CONTAINERS = frozenset(_NS + t for t in ("release", "meta", "dateline", "body", "contact"))
#: The dateline's children in the schema's order: the date after the place, the attribution
#: after the date ("VIENNA, 12 May 2024 (UN Information Service) –", as the release writes it).
_DATELINE_ORDER = {"place": 0, "date": 1, "attribution": 2}


def _indent(element: etree._Element, level: int = 0) -> None:
    """Indent container elements only; the mixed content of blocks is left exactly as it is."""
    if element.tag not in _CONTAINERS or len(element) == 0:
        return
    element.text = "\n" + "  " * (level + 1)
    for child in element:
        _indent(child, level + 1)
        child.tail = "\n" + "  " * (level + 1)
    element[-1].tail = "\n" + "  " * level


def _dateline(meta: etree._Element, release: Release) -> etree._Element:
    dateline = meta.find(_NS + "dateline")
    if dateline is None:
        dateline = etree.SubElement(meta, _NS + "dateline")
        if release.date is not None:
            date = etree.SubElement(dateline, _NS + "date")
            date.set("when", release.date.isoformat())
            date.text = release.date_text or release.date.isoformat()
    return dateline


def _fill_block(element: etree._Element, block: Block) -> None:
    if block.id:
        element.set("id", block.id)
    if block.lang:
        element.set(_XML_LANG, block.lang)
    if not block.translate:
        element.set(_ITS_TRANSLATE, "no")
    if block.note:
        element.set(_ITS_NOTE, block.note)
    stack = [element]
    last: etree._Element | None = None  # the element whose tail receives the next text
    for span in block.spans:
        if span.kind == "text":
            if last is None:
                stack[-1].text = (stack[-1].text or "") + span.text
            else:
                last.tail = (last.tail or "") + span.text
        elif span.kind in ("open", "atom"):
            child = etree.SubElement(stack[-1], _NS + span.tag)
            for key, value in span.attrs:
                # builders mark fallback text with an HTML-style "lang"; XML says xml:lang
                child.set(_XML_LANG if key == "lang" else key, value)
            if span.kind == "open":
                stack.append(child)
                last = None
            else:
                child.text = span.text
                last = child
        else:
            last = stack.pop()
