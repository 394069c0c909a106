"""A termbase's data categories beyond what ``check`` reads, kept for ``transpub termbase --tbx``.

A terminologist's termbase holds, per concept, language and term, definitions, contexts,
sources, notes, subject fields, term types, parts of speech, genders, cross-references and who
changed what when; ``check`` reads only the terms, their statuses and the concept's category.
Read with ``fields=True`` (``termbase.load_termbase``), each concept keeps the rest as TBX 2008
markup (``Concept.fields``), which ``tbxwrite`` writes back as it was given: a TBX file's own
elements (2008 or 2019, DCA or DCT style: ``<min:subjectField>`` becomes
``<descrip type="subjectField">``), a MultiTerm export's fields and a glossary's other columns
as the TBX-Basic data categories they name (a definition, a context, a part of speech, a
source), any other as a ``<note>`` naming its field. ``check`` never reads them: its termbases
are loaded without.

Each piece is one element of the 2008 core structure (TBXcoreStructV02.dtd) valid where it
is put: a concept's and a language's ``auxInfo`` (``descrip``, ``descripGrp``, ``admin``,
``adminGrp``, ``transacGrp``, ``note``, ``ref``, ``xref``), a term's ``termNote`` besides.
An element the structure does not allow there becomes a ``<note>`` of its field and text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from xml.sax.saxutils import escape

from lxml import etree

from transpub.source import NOT_XML

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: what a concept and a language section may hold (the DTD's ``auxInfo``), and a term
AUX = frozenset({"descrip", "descripGrp", "admin", "adminGrp", "transacGrp", "note", "ref",
                 "xref"})
_TERM = AUX | {"termNote"}
#: each element's children in the 2008 core structure (others are kept as their text)
_INLINE = frozenset({"hi", "foreign", "bpt", "ept", "ph"})
_CHILDREN: dict[str, frozenset[str]] = {
    **dict.fromkeys(("descrip", "admin", "note", "termNote", "foreign", "item"), _INLINE),
    "descripGrp": frozenset({"descrip", "descripNote", "admin", "adminGrp", "transacGrp", "note",
                             "ref", "xref"}),
    "adminGrp": frozenset({"admin", "adminNote", "note", "ref", "xref"}),
    "transacGrp": frozenset({"transac", "transacNote", "date", "note", "ref", "xref"}),
    "refObject": frozenset({"item", "itemSet", "itemGrp"}),
    "itemSet": frozenset({"item", "itemGrp"}),
    "itemGrp": frozenset({"item", "admin", "adminGrp", "transacGrp", "note", "ref", "xref"}),
}
#: each element's attributes in the 2008 core structure
_FULL = ("id", "xml:lang", "type", "target", "datatype")
_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "note": ("id", "xml:lang"), "date": ("id",), "descripGrp": ("id",), "adminGrp": ("id",),
    "transacGrp": ("id",), "xref": ("id", "type", "target"), "hi": ("type", "target", "xml:lang"),
    "foreign": ("id", "xml:lang"), "refObject": ("id",), "itemGrp": ("id",),
    "item": ("id", "type"), "itemSet": ("id", "type"), "bpt": ("i", "type"), "ept": ("i",),
    "ph": ("type",),
}
#: the elements whose ``type`` the structure requires
_TYPED = frozenset({"descrip", "admin", "termNote", "ref", "transac", "transacNote",
                    "descripNote", "adminNote"})
#: TBX 2019's DCT style names a data category by its element (``<basic:definition>``): the
#: element of the 2008 form that holds it (a term's other categories are ``termNote``s, a
#: concept's and a language's ``descrip``s)
_DCT = {
    **dict.fromkeys(("subjectField", "definition", "context", "explanation", "example",
                     "usageNote", "relatedConcept", "relatedTerm"), "descrip"),
    **dict.fromkeys(("source", "customerSubset", "projectSubset", "productSubset",
                     "sourceIdentifier", "reliabilityCode", "entrySource"), "admin"),
    **dict.fromkeys(("partOfSpeech", "termType", "administrativeStatus", "grammaticalGender",
                     "grammaticalNumber", "geographicalUsage", "termLocation",
                     "normativeAuthorization", "pronunciation"), "termNote"),
    "crossReference": "ref", "externalCrossReference": "xref", "xGraphic": "xref",
    "responsibility": "transacNote", "transactionType": "transac",
}
_TBX_NS = "{urn:iso:std:iso:30042"
_ID = re.compile(r"[A-Za-z_][\w.-]*")


def text(value: str) -> str:
    """``value`` as element content: escaped (a double quote too: no attribute is ever found in
    a text, ``tbxwrite._settle_ids``), without what XML cannot hold."""
    return escape(NOT_XML.sub("", value), {'"': "&quot;"})


def _attribute(name: str, value: str) -> str:
    return f' {name}="{text(value)}"'


def _name(element: etree._Element) -> tuple[str, str | None]:
    """An element's name in the 2008 form, and the ``type`` its name gives (a DCT element's
    data category), or None."""
    tag = element.tag
    if not isinstance(tag, str):
        return "", None
    local = tag.rsplit("}", 1)[-1]
    if tag.startswith("{") and not tag.startswith(_TBX_NS):
        return _DCT.get(local, ""), local
    return local, None


def _serialised(element: etree._Element, name: str, kind: str | None) -> str:
    """``element`` as ``name``: its allowed attributes, its allowed children, the text of any
    other."""
    out = [f"<{name}"]
    for attribute in _ATTRIBUTES.get(name, _FULL):
        value = element.get(_XML_LANG if attribute == "xml:lang" else attribute)
        if attribute == "type" and kind is not None:
            value = kind
        if value is not None and not (attribute == "id" and not _ID.fullmatch(value)):
            out.append(_attribute(attribute, value))
    if name == "xref" and element.get("target") is None:
        out.append(_attribute("target", ""))
    out.append(">")
    allowed = _CHILDREN.get(name, frozenset())
    # (a group holds elements only: the input's indentation between them is not kept)
    grouped = bool(allowed) and allowed is not _INLINE
    out.append("" if grouped and not (element.text or "").strip() else text(element.text or ""))
    for child in element:
        child_name, child_kind = _name(child)
        if child_name in allowed:
            out.append(_serialised(child, child_name, child_kind))
        elif isinstance(child.tag, str):
            out.append(text("".join(child.itertext())))
        if not grouped or (child.tail or "").strip():
            out.append(text(child.tail or ""))
    out.append(f"</{name}>")
    return "".join(out)


def markup(element: etree._Element, term: bool = False) -> list[str]:
    """A child of a TBX concept, language section or (``term``) term section as 2008 markup:
    itself where the structure allows it there, else a ``<note>`` of its field and text
    (nothing for an empty one)."""
    name, kind = _name(element)
    if name == "langSec":
        return []
    allowed = _TERM if term else AUX
    if name == "termNoteGrp" and term:
        return [piece for child in element for piece in markup(child, term)]
    if name in allowed and (name not in _TYPED or (kind or element.get("type"))) and \
            (name != "xref" or element.get("target") is not None):
        return [_serialised(element, name, kind)]
    value = " ".join("".join(element.itertext()).split())
    field = kind or element.get("type") or (name if name not in AUX else "")
    if not value:
        return []
    return [note(f"{field}: {value}" if field else value)]


def back(root: etree._Element) -> list[str]:
    """A TBX file's back matter (the people and sources its entries point to:
    ``<refObjectSec type="respPerson">``, 2008's ``refObjectList``) as 2008 markup."""
    out: list[str] = []
    for section in root.iterfind("{*}text/{*}back/*"):
        if _name(section)[0] not in ("refObjectSec", "refObjectList") or not section.get("type"):
            continue
        objects = [_serialised(item, "refObject", None) for item in section
                   if _name(item)[0] == "refObject"]
        if objects:
            out.append(f"<refObjectList{_attribute('type', section.get('type') or '')}>"
                       + "".join(objects) + "</refObjectList>")
    return out


def note(value: str) -> str:
    return f"<note>{text(value)}</note>"


def element(name: str, kind: str, value: str) -> str:
    """One data category as 2008 markup: ``<descrip type="definition">…</descrip>``."""
    return f"<{name}{_attribute('type', kind)}>{text(value)}</{name}>"


#: a glossary's or MultiTerm's field, lower-cased without blanks, hyphens or underscores: the
#: TBX-Basic data category it holds, and where (the concept or language, or the term)
_COLUMNS: dict[str, tuple[str, str, bool]] = {
    **dict.fromkeys(("def", "definition", "definitions", "description", "desc",
                     "explanation", "conceptdefinition"), ("descrip", "definition", False)),
    **dict.fromkeys(("example", "examples", "context", "contexts", "sample", "usage example",
                     "usageexample"), ("descrip", "context", True)),
    **dict.fromkeys(("pos", "partofspeech", "part", "wordclass", "grammar"),
                    ("termNote", "partOfSpeech", True)),
    **dict.fromkeys(("gender", "grammaticalgender", "genre", "género", "род"),
                    ("termNote", "grammaticalGender", True)),
    **dict.fromkeys(("termtype", "typeofterm"), ("termNote", "termType", True)),
    **dict.fromkeys(("geographicalusage", "region", "locale"),
                    ("termNote", "geographicalUsage", True)),
    **dict.fromkeys(("source", "sources", "reference", "ref", "definitionsource",
                     "contextsource"), ("admin", "source", False)),
    **dict.fromkeys(("project", "projectsubset"), ("admin", "projectSubset", False)),
    **dict.fromkeys(("customer", "client", "customersubset"),
                    ("admin", "customerSubset", False)),
    **dict.fromkeys(("url", "link", "hyperlink", "weblink"),
                    ("xref", "externalCrossReference", False)),
    **dict.fromkeys(("subject", "subjectfield", "domain", "field"),
                    ("descrip", "subjectField", False)),
}


def on_term(name: str) -> bool:
    """Does a glossary's column of this name hold a term's data category (a context, a part of
    speech), not a concept's or a language's (a definition, a source; a note)?"""
    found = _COLUMNS.get("".join(name.lower().split()).replace("_", "").replace("-", ""))
    return found is not None and found[2]


def column(name: str, value: str, term: bool) -> str | None:
    """A glossary's column (its header ``name``, its cell ``value``) as the data category it
    names, on a term (``term``) or on the concept or language: a definition, a context, a part
    of speech, a source, a link; a ``<note>`` naming the column for any other (a category a
    concept or language cannot hold, a term's at the term's level, is one too). None for an
    empty cell."""
    value = value.strip()
    if not value:
        return None
    label = " ".join(name.split())
    key = "".join(label.lower().split()).replace("_", "").replace("-", "")
    found = _COLUMNS.get(key)
    if found is None or (found[2] and not term) or \
            (found[1] == "subjectField" and term):
        return note(f"{label}: {value}" if label else value)
    name, kind, _ = found
    if name == "xref":
        return f"<xref{_attribute('type', kind)}{_attribute('target', value)}>" \
               f"{text(value)}</xref>"
    return element(name, kind, value)


def fields_of(pieces: Iterable[str | None]) -> tuple[str, ...]:
    """The pieces given, without the empty ones, once each in their order."""
    return tuple(dict.fromkeys(piece for piece in pieces if piece))


#: TBX-Basic's statuses (``administrativeStatus``), by the word a termbase gives
_PICKLIST = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
             "deprecated": "deprecatedTerm-admn-sts", "superseded": "supersededTerm-admn-sts"}


def status(value: str, read: str) -> str:
    """A status a glossary or MultiTerm gives (``value``, read by ``check`` as ``read``) as
    TBX-Basic's ``administrativeStatus``: the value it names where it names one of TBX-Basic's
    four ("superseded" stays superseded, where ``check`` reads it as deprecated), else the
    one ``check`` reads ("Approved": preferred, "Forbidden": deprecated)."""
    key = re.sub(r"[\s_-]", "", value.lower()).removesuffix("admnsts").removesuffix("term")
    return element("termNote", "administrativeStatus",
                   _PICKLIST.get(key) or _PICKLIST.get(read, _PICKLIST["admitted"]))


def mtf(item: etree._Element, term: bool = False) -> list[str]:
    """A MultiTerm XML export's field (a child of a ``conceptGrp``, ``languageGrp`` or
    ``termGrp``) as 2008 markup: a ``transacGrp`` (``<transac type="origination">`` its user,
    ``<date>``) as TBX's, each ``descrip`` of a ``descripGrp`` by its name (``column``), a
    ``system`` field or an ``xref`` as a note; a term's status is not among them."""
    name = item.tag if isinstance(item.tag, str) else ""
    if name == "transacGrp":
        transac = item.find("transac")
        if transac is None:
            return []
        parts = [element("transac", "transactionType", transac.get("type") or "")]
        if (transac.text or "").strip():
            parts.append(element("transacNote", "responsibility", transac.text or ""))
        date = item.findtext("date")
        if date and date.strip():
            parts.append(f"<date>{text(date.strip())}</date>")
        return [f"<transacGrp>{''.join(parts)}</transacGrp>"]
    if name == "descripGrp":
        out: list[str] = []
        for child in item.iter("descrip", "transacGrp", "xref"):
            if child.tag == "descrip":
                piece = column(child.get("type") or "", "".join(child.itertext()), term)
                out += [piece] if piece else []
            elif child.tag == "transacGrp":
                out += mtf(child)
            elif (child.text or child.get("link") or "").strip():
                out.append(note(" ".join(filter(None, (child.get("Type") or child.get("type"),
                                                       child.get("link"), child.text)))))
        return out
    value = " ".join("".join(item.itertext()).split())
    if name == "system" and value:
        return [note(f"{item.get('type') or 'system'}: {value}")]
    return []
