"""XLIFF 1.2 and 2.1 for CAT tools: write one file per release and language, read them back.

A unit is one PO entry: its id is the msgctxt, its text the msgid/msgstr. transpub's
placeholders become inline codes a CAT tool protects: in 1.2 ``<bpt>``/``<ept>``/``<ph>``
whose native code is the placeholder itself (``datatype="po"``: the Translate Toolkit's
``xliff2po`` then gives back exactly our msgstr), with ``ctype`` saying what it is (link, bold,
e-mail); in 2.1 ``<pc>``/``<ph>`` pointing at ``<originalData>`` that holds the markup they stand
for (``<a href="…">``). The PO notes become ``<note>``s. Each unit records a digest of the PO
translation it was exported with, so that the import can tell who changed what (xliff_merge.py).
Reading goes through ``source.parse_xml_bytes`` like every XML reader of transpub.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from transpub import __version__
from transpub.errors import XliffError
from transpub.model import Placeholder
from transpub.segment import PLACEHOLDER_RE
from transpub.source import append_text

NS12 = "urn:oasis:names:tc:xliff:document:1.2"
NS2 = "urn:oasis:names:tc:xliff:document:2.0"
#: transpub's own extension attribute in XLIFF 2 (extensions are allowed there, "lax").
NS_TP = "urn:transpub:xliff:1"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
VERSIONS = ("1.2", "2.1")
#: The context that marks a target exported as a copy of the source (``copy_source``).
COPY_CONTEXT = "x-transpub-target"
_NMTOKEN = re.compile(r"^[\w.\-:]+$")
_CTYPE = {"a": "link", "em": "italic", "strong": "bold", "span": "x-span"}
_TYPE2 = {"a": ("link", ""), "em": ("fmt", "xlf:i"), "strong": ("fmt", "xlf:b"),
          "span": ("fmt", "")}


@dataclass(frozen=True, slots=True)
class ExportUnit:
    """One PO entry to export, with what its placeholders stand for."""

    id: str
    source: str
    target: str
    fuzzy: bool
    notes: tuple[str, ...]
    """The extracted comments (``#.``): role, locNote, placeholder legend, approved terms."""
    translator_notes: tuple[str, ...]
    previous: str | None
    """``#| msgid`` of a fuzzy entry."""
    codes: Mapping[str, Placeholder]
    line: int
    location: str = ""
    """The PO ``#:`` reference (``source/<slug>.xml:13``)."""


@dataclass(frozen=True, slots=True)
class ExportFile:
    """Everything one XLIFF file holds: a release's PO file in one language."""

    original: str
    """The PO file, relative to the workspace (``locales/fr/LC_MESSAGES/<slug>.po``)."""
    source_lang: str
    target_lang: str
    units: tuple[ExportUnit, ...]
    po_path: Path
    copy_source: bool = False
    """Every target holds a copy of the source, with no state: for CAT tools that translate
    the target (OmegaT); the translations travel in a memory beside the file (omegat.py)."""


def state_digest(target: str, fuzzy: bool) -> str:
    """What the import compares to tell whether a translation changed since the export."""
    return hashlib.sha256(f"{int(fuzzy)}\0{target}".encode()).hexdigest()[:16]


def write_xliff(doc: ExportFile, version: str) -> bytes:
    """The XLIFF document (``version`` 1.2 or 2.1), indented, deterministic (no timestamps)."""
    root = _xliff12(doc) if version == "1.2" else _xliff2(doc)
    _layout(root, 0)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


# --- XLIFF 1.2 -------------------------------------------------------------------------------

def _q12(tag: str) -> str:
    return f"{{{NS12}}}{tag}"


def _xliff12(doc: ExportFile) -> etree._Element:
    root = etree.Element(_q12("xliff"), nsmap={None: NS12}, version="1.2")
    file = etree.SubElement(root, _q12("file"), {
        "original": doc.original, "source-language": doc.source_lang,
        "target-language": doc.target_lang, "datatype": "po", "tool-id": "transpub"})
    header = etree.SubElement(file, _q12("header"))
    etree.SubElement(header, _q12("tool"), {"tool-id": "transpub", "tool-name": "transpub",
                                            "tool-version": __version__})
    body = etree.SubElement(file, _q12("body"))
    for unit in doc.units:
        with _guarded(unit, doc):
            _unit12(body, unit, doc.copy_source)
    return root


def _unit12(body: etree._Element, unit: ExportUnit, copy_source: bool = False) -> None:
    attrs = {"id": unit.id, "resname": unit.id, XML_SPACE: "preserve"}
    if unit.target and not unit.fuzzy and not copy_source:
        attrs["approved"] = "yes"  # what the Translate Toolkit reads as "not fuzzy"
    element = etree.SubElement(body, _q12("trans-unit"), attrs)
    _codes12(etree.SubElement(element, _q12("source")), unit.source, unit.codes)
    if copy_source:
        # no state: OmegaT 3.6 never updates one, and the import tells a copy by its text
        _codes12(etree.SubElement(element, _q12("target")), unit.source, unit.codes)
    else:
        _codes12(etree.SubElement(element, _q12("target"), state=_state12(unit)), unit.target,
                 unit.codes)
    # the translation as exported, for the import's three-way comparison; a context group
    # because the strict schema admits no foreign attribute (and no name: names are unique
    # per file)
    group = etree.SubElement(element, _q12("context-group"), purpose="information")
    etree.SubElement(group, _q12("context"), {"context-type": "x-transpub-base"}).text = \
        state_digest(unit.target, unit.fuzzy)
    if copy_source:
        etree.SubElement(group, _q12("context"), {"context-type": COPY_CONTEXT}).text = \
            "source-copy"
    if unit.location:
        # the "#:" reference, as the 1.2 spec's location context (the Translate Toolkit's own
        # "po-reference" group would have to be named, and names must be unique per file)
        where = etree.SubElement(element, _q12("context-group"), purpose="location")
        file_name, _, line = unit.location.rpartition(":")
        etree.SubElement(where, _q12("context"), {"context-type": "sourcefile"}).text = \
            file_name or unit.location
        if file_name:
            etree.SubElement(where, _q12("context"), {"context-type": "linenumber"}).text = line
    for text in unit.notes:  # "developer": the Translate Toolkit's name for "#." notes
        etree.SubElement(element, _q12("note"), {"from": "developer"}).text = text
    for text in unit.translator_notes:
        etree.SubElement(element, _q12("note"), {"from": "translator"}).text = text
    if unit.previous is not None and unit.fuzzy:
        alt = etree.SubElement(element, _q12("alt-trans"), alttranstype="previous-version")
        _codes12(etree.SubElement(alt, _q12("source")), unit.previous, unit.codes)
        _codes12(etree.SubElement(alt, _q12("target")), unit.target, unit.codes)


def _state12(unit: ExportUnit) -> str:
    if not unit.target:
        return "needs-translation"
    return "needs-review-translation" if unit.fuzzy else "translated"


def _codes12(parent: etree._Element, text: str, codes: Mapping[str, Placeholder]) -> None:
    """Text with placeholders as bpt/ept/ph, each holding the placeholder as native code."""
    last: etree._Element | None = None
    pos = 0
    for match in PLACEHOLDER_RE.finditer(text):
        append_text(parent, last, text[pos:match.start()])
        name = match.group("tag") + match.group("num")
        holder = codes.get(name)
        if match.group("self"):
            attrs = {"id": name, "ctype": f"x-{holder.span.tag}" if holder else "x-code"}
            if holder is not None and holder.span.text:
                attrs["equiv-text"] = holder.span.text
            last = etree.SubElement(parent, _q12("ph"), attrs)
        elif match.group("close"):
            last = etree.SubElement(parent, _q12("ept"), id=name)
            if holder is not None:
                last.set("equiv-text", _native(name, holder)[-1][1])
        else:
            tag = holder.span.tag if holder else match.group("tag")
            last = etree.SubElement(parent, _q12("bpt"), id=name,
                                    ctype=_CTYPE.get(tag, f"x-{tag}"))
            if holder is not None:
                # what the code stands for (<a href="…">), for the translator to see; the
                # native code stays the placeholder, which is what comes back
                last.set("equiv-text", _native(name, holder)[0][1])
        last.text = match.group(0)
        pos = match.end()
    append_text(parent, last, text[pos:])


# --- XLIFF 2.1 -------------------------------------------------------------------------------

def _q2(tag: str) -> str:
    return f"{{{NS2}}}{tag}"


def _xliff2(doc: ExportFile) -> etree._Element:
    root = etree.Element(_q2("xliff"), nsmap={None: NS2, "tp": NS_TP}, version="2.1",
                         srcLang=doc.source_lang, trgLang=doc.target_lang)
    file = etree.SubElement(root, _q2("file"), id="f1", original=doc.original)
    for unit in doc.units:
        if not _NMTOKEN.match(unit.id):
            raise XliffError(f"unit id {unit.id!r} is not an XLIFF 2 NMTOKEN (letters, digits, "
                             "'.', '-', '_', ':')", doc.po_path, unit.line)
        with _guarded(unit, doc):
            _unit2(file, unit)
    return root


def _unit2(file: etree._Element, unit: ExportUnit) -> None:
    element = etree.SubElement(file, _q2("unit"), {
        "id": unit.id, "name": unit.id, "canResegment": "no", XML_SPACE: "preserve",
        f"{{{NS_TP}}}base": state_digest(unit.target, unit.fuzzy)})
    notes = [(text, "transpub") for text in unit.notes]
    notes += [(text, "translator") for text in unit.translator_notes]
    if unit.previous is not None and unit.fuzzy:
        notes.append((unit.previous, "previous-source"))  # XLIFF 2 core has no other place
    if notes:
        holder = etree.SubElement(element, _q2("notes"))
        for text, category in notes:
            etree.SubElement(holder, _q2("note"), category=category).text = text
    names = [m.group("tag") + m.group("num") for m in PLACEHOLDER_RE.finditer(unit.source)
             if not m.group("close")]
    if names:
        data = etree.SubElement(element, _q2("originalData"))
        for name in dict.fromkeys(names):
            for ident, native in _native(name, unit.codes.get(name)):
                etree.SubElement(data, _q2("data"), id=ident).text = native
    segment = etree.SubElement(element, _q2("segment"), state=_state2(unit))
    if unit.target and unit.fuzzy:
        segment.set("subState", "transpub:fuzzy")
    _codes2(etree.SubElement(segment, _q2("source")), unit.source, unit.codes, names)
    if unit.target:
        _codes2(etree.SubElement(segment, _q2("target")), unit.target, unit.codes, names)


def _state2(unit: ExportUnit) -> str:
    return "translated" if unit.target and not unit.fuzzy else "initial"


def _native(name: str, holder: Placeholder | None) -> list[tuple[str, str]]:
    """The originalData of a code: the markup it stands for."""
    if holder is None:
        return [(f"d-{name}", f"<{name}>")]
    span = holder.span
    if span.kind == "atom":
        return [(f"d-{name}", span.text)]
    attrs = "".join(f' {k}="{v}"' for k, v in span.attrs if "}" not in k)
    return [(f"d-{name}", f"<{span.tag}{attrs}>"), (f"d-{name}-end", f"</{span.tag}>")]


def _codes2(parent: etree._Element, text: str, codes: Mapping[str, Placeholder],
            known: list[str]) -> None:
    """Text with placeholders as pc/ph; a target whose codes do not nest as the source's
    (a broken PO translation) keeps them as text, so that the file stays valid and the import
    gives back exactly what the PO held."""
    tokens = _tokens(text)
    if tokens is None or any(t[1] not in known for t in tokens if t[0] != "text"):
        parent.text = text
        return
    stack: list[etree._Element] = [parent]
    last: list[etree._Element | None] = [None]
    for kind, value in tokens:
        if kind == "text":
            append_text(stack[-1], last[-1], value)
            continue
        holder = codes.get(value)
        tag = holder.span.tag if holder else ""
        if kind == "atom":
            attrs = {"id": value, "dataRef": f"d-{value}", "canDelete": "no", "canCopy": "no"}
            if holder is not None and holder.span.text:
                attrs["equiv"] = holder.span.text
            last[-1] = etree.SubElement(stack[-1], _q2("ph"), attrs)
        elif kind == "open":
            kind2, sub = _TYPE2.get(tag, ("other", ""))
            attrs = {"id": value, "dataRefStart": f"d-{value}", "canDelete": "no",
                     "canCopy": "no", "type": kind2}
            if holder is not None:
                attrs["dataRefEnd"] = f"d-{value}-end"
            if sub:
                attrs["subType"] = sub
            element = etree.SubElement(stack[-1], _q2("pc"), attrs)
            last[-1] = element
            stack.append(element)
            last.append(None)
        else:
            stack.pop()
            last.pop()


def _tokens(text: str) -> list[tuple[str, str]] | None:
    """Text and codes in order, or None when the codes do not nest or repeat."""
    tokens: list[tuple[str, str]] = []
    stack: list[str] = []
    seen: set[str] = set()
    pos = 0
    for match in PLACEHOLDER_RE.finditer(text):
        if match.start() > pos:
            tokens.append(("text", text[pos:match.start()]))
        name = match.group("tag") + match.group("num")
        if match.group("close"):
            if not stack or stack.pop() != name:
                return None
            tokens.append(("close", name))
        else:
            if name in seen:
                return None
            seen.add(name)
            tokens.append(("atom" if match.group("self") else "open", name))
            if not match.group("self"):
                stack.append(name)
        pos = match.end()
    if pos < len(text):
        tokens.append(("text", text[pos:]))
    return None if stack else tokens


# --- shared ----------------------------------------------------------------------------------

@contextlib.contextmanager
def _guarded(unit: ExportUnit, doc: ExportFile) -> Iterator[None]:
    """Build one unit; text XML cannot carry (C0 controls) is an error naming the PO file and
    line, not a traceback."""
    try:
        yield
    except ValueError as exc:
        raise XliffError(f"unit {unit.id}: cannot be written to XLIFF ({exc})", doc.po_path,
                         unit.line) from None


_CONTAINERS = {"xliff", "file", "header", "body", "trans-unit", "unit", "notes",
               "originalData", "segment", "context-group", "alt-trans", "group"}


def _layout(element: etree._Element, depth: int) -> None:
    """Indent the structure, never the content of source, target, note or data."""
    children = list(element)
    if etree.QName(element).localname not in _CONTAINERS or not children:
        return
    pad = "\n" + "  " * (depth + 1)
    element.text = pad
    for child in children:
        child.tail = pad
        _layout(child, depth + 1)
    children[-1].tail = "\n" + "  " * depth
