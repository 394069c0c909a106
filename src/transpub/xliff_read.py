"""Read XLIFF 1.2 and 2.x files back into units with PO text (placeholders), state and notes.

Inline codes are turned back into transpub's placeholders by their ids, whatever a CAT tool did
to their native content: 1.2 ``bpt``/``ept``/``ph``/``x``/``g``/``bx``/``ex``, 2.x ``pc``/``sc``/
``ec``/``ph``; ``mrk`` (and 2.x ``sm``/``em`` markers) are transparent. A code transpub cannot
map makes the unit rejected (with the file, line and unit), never the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from lxml import etree

from transpub import xliff_heartsome
from transpub.errors import XliffError
from transpub.regular import read_input
from transpub.sdltm import is_sdltm
from transpub.segment import TOOL_CODE
from transpub.source import word_hyphens
from transpub.toolxml import parse_tool_xml
from transpub.xliff import COPY_CONTEXT, NS2, NS12, NS_TP

#: 1.2 states that mean "not finished": the unit comes back fuzzy.
_UNFINISHED12 = frozenset({"new", "needs-translation", "needs-adaptation", "needs-l10n",
                           "needs-review-translation", "needs-review-adaptation",
                           "needs-review-l10n"})
_FINISHED12 = frozenset({"translated", "final", "signed-off"})
#: 1.2 states of a target nobody has translated yet: one equal to its source is a copy.
_UNTOUCHED12 = frozenset({"new", "needs-translation"})
#: The confirmation levels CAT tools keep beside the 1.2 state, which they leave as it was:
#: Trados Studio's SDLXLIFF (``sdl:seg conf`` of the unit's segments) and memoQ's MQXLIFF
#: (``mq:status`` of the unit), Phrase's MXLIFF (``m:confirmed``). Finished, or not (fuzzy);
#: a target equal to its source at an untouched level is the tool's copy of the source, no
#: translation.
_SDL = "http://sdl.com/FileTypes/SdlXliff/1.0"
_MQ = "MQXliff"
#: Phrase's (Memsource's) MXLIFF: ``m:confirmed`` of the unit, "1" or "true" when confirmed
_MXLF = "http://www.memsource.com/mxlf/2.0"
_TOOL_FINISHED = frozenset({"Translated", "ApprovedTranslation", "ApprovedSignOff",
                            "ManuallyConfirmed", "Reviewer1Confirmed", "Reviewer2Confirmed",
                            "Proofread"})
_TOOL_UNTOUCHED = frozenset({"Unspecified", "NotStarted", "Pretranslated", "PreTranslated"})
_TOOL_UNFINISHED = _TOOL_UNTOUCHED | {"Draft", "RejectedTranslation", "RejectedSignOff",
                                      "PartiallyEdited", "Edited", "Rejected"}
#: Notes the export writes (1.2 ``from``, 2.x ``category``): not a translator's.
_OWN_NOTES = frozenset({"transpub", "developer", "previous-source"})
_CODE_NAME = re.compile(r"[a-z]+\d+")


@dataclass(frozen=True, slots=True)
class ReadUnit:
    """One unit as the XLIFF file has it now."""

    id: str
    line: int
    source: str
    target: str | None
    """None when there is no target, or it could not be mapped (see ``problem``)."""
    fuzzy: bool
    base: str | None
    """The digest of the PO translation at export time, if the file carries it."""
    notes: tuple[str, ...]
    """Notes not written by transpub's export: a translator's or reviewer's."""
    problem: str = ""
    copied: bool = False
    """The export put a copy of the source in the target (``xliff export --omegat``)."""
    revised: bool = False
    """The target held a reviewer's tracked changes (Trados's ``x-sdl-added``/``-deleted``),
    read as accepted."""
    tool_codes: tuple[tuple[str, str], ...] = ()
    """The names given to inline codes the CAT tool numbered its own way, and their ids."""
    name: str = ""
    """The unit's ``resname`` (1.2) or ``name`` (2.x) where it is not its id: the export's
    unit id, which a translation management system that numbers units its own way (Crowdin's
    ``id="40096" resname="p3.e9247f"``) keeps there."""
    pieces: tuple[tuple[str, str], ...] = ()
    """An XLIFF 2 unit a CAT tool cut into several segments: each segment's (or ignorable's)
    source, in order, with the target the file puts in its place (``order``; "" for a target
    not translated), for the merge to join them with the gaps the PO source has where the file
    kept none."""
    obsolete: bool = False
    """A returned PO file's obsolete entry (``#~``) holding a translation: the merge takes it
    only for a unit whose source is its msgid exactly, as extract revives one."""


@dataclass(frozen=True, slots=True)
class RepeatedId:
    """A unit id written again for a unit with other texts (kept as ``id#2``, ``#3``…)."""

    id: str
    first: int
    line: int


@dataclass(frozen=True, slots=True)
class ReadFile:
    path: Path
    line: int
    version: str
    original: str
    source_lang: str
    target_lang: str
    units: tuple[ReadUnit, ...]
    notes: tuple[str, ...] = ()
    """Comments on the whole file (Trados's ``sdl:cmt`` of the file header)."""
    repeated: tuple[RepeatedId, ...] = ()
    """Ids given to more than one unit with other texts (Passolo's resource ids)."""


#: XLIFF 2.2's core namespace (2.0 and 2.1 share 2.0's)
NS22 = "urn:oasis:names:tc:xliff:document:2.2"
#: XLIFF 1.1's (the Translate Toolkit's po2xliff, Virtaal, Pootle): 1.2's elements and
#: attributes, read as 1.2 (1.2 added a few elements and state values to it)
NS11 = "urn:oasis:names:tc:xliff:document:1.1"


#: the versions of an ``<xliff>`` without a namespace read as 1.2
_NO_NAMESPACE = frozenset({"1.0", "1.1", "1.2"})


class _Unmappable(Exception):
    """An inline code transpub cannot turn back into a placeholder."""


class _BadOrder(_Unmappable):
    """An XLIFF 2 unit whose targets' ``order`` gives no sentence order: the unit is rejected,
    at the line of the target that says so."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def read_xliff(path: Path, data: bytes | None = None) -> list[ReadFile]:
    """The ``<file>``s of an XLIFF document (``data``, else read from ``path``); anything
    malformed or hostile is an XliffError naming the file and line."""
    if data is None:
        try:
            data = read_input(path)
        except OSError as exc:
            raise XliffError(f"cannot read: {exc.strerror}", path) from None
    if is_sdltm(data):  # (sent with the translation, and no XML)
        raise XliffError("an SQLite database, not XLIFF: a Trados Studio memory (.sdltm) is "
                         "imported with 'transpub tm import'", path)
    data = word_hyphens(data)  # (Trados's &#x1E;, which libxml2 refuses)
    root = parse_tool_xml(data, path, XliffError).getroot()
    qname = etree.QName(root)
    version = root.get("version", "")
    for older, newer, number in ((NS22, NS2, "2.2"), (NS11, NS12, "1.2")):
        if qname.localname == "xliff" and qname.namespace == older:
            # XLIFF 2.2 (Phrase, Zendesk) moved its core to a namespace of its own, whose
            # elements are 2.0's; XLIFF 1.1's are 1.2's: each read as the other
            for element in root.iter(f"{{{older}}}*"):
                element.tag = f"{{{newer}}}{etree.QName(element).localname}"
            qname = etree.QName(root)
            if version == "1.1":
                version = number
    if qname.localname == "xliff" and qname.namespace is None and version in _NO_NAMESPACE:
        # XLIFF 1.0 had no namespace, and tools that write 1.x without one remain (Passolo,
        # Okapi's own test files): 1.2's elements, read as 1.2
        for element in root.iter("{}*"):
            element.tag = f"{{{NS12}}}{etree.QName(element).localname}"
        qname, version = etree.QName(root), "1.2"
    if qname.localname != "xliff" or qname.namespace not in (NS12, NS2):
        raise XliffError("not an XLIFF 1.2 or 2.x document (root element "
                         f"{qname.localname!r} in {qname.namespace or 'no namespace'})", path,
                         root.sourceline)
    if qname.namespace == NS12 and version != "1.2":
        raise XliffError(f"XLIFF version {version!r} is not supported in the 1.2 namespace",
                         path, root.sourceline)
    if qname.namespace == NS2 and version not in ("2.0", "2.1", "2.2"):
        raise XliffError(f"XLIFF version {version!r} is not supported (2.0, 2.1 or 2.2)", path,
                         root.sourceline)
    comments = _comments(root)
    files = [_file12(path, f, comments) if qname.namespace == NS12 else _file2(path, root, f)
             for f in root.iterchildren(f"{{{qname.namespace}}}file")]
    if not files:
        raise XliffError("the XLIFF document has no <file>", path, root.sourceline)
    return files


def _required(path: Path, element: etree._Element, name: str) -> str:
    value = element.get(name)
    if not value:
        raise XliffError(f"<{etree.QName(element).localname}> has no {name} attribute", path,
                         element.sourceline)
    return value


def _translatable(unit: etree._Element) -> bool:
    """Whether a unit is for translation: its own ``translate``, else its nearest group's (or
    file's), which its units inherit (1.2 and 2.x)."""
    for element in (unit, *unit.iterancestors()):
        value = element.get("translate")
        if value is not None:
            return value != "no"
    return True


def _check_ids(units: list[ReadUnit]) -> tuple[list[ReadUnit], tuple[RepeatedId, ...]]:
    """``units`` without the repeats of a unit some tools write twice (Swordfish: one id, the
    same source, translation and state), and a unit whose id an earlier one had with other
    texts kept under ``id#2`` (``#3``…): Passolo numbers units by their Windows resource ids, which
    repeat in a file. Such ids are no transpub unit's; whether one is, only the import knows
    (it refuses the file then, ``RepeatedId``)."""
    seen: dict[str, ReadUnit] = {}
    kept = []
    repeated: list[RepeatedId] = []
    for unit in units:
        first = seen.get(unit.id)
        if first is None:
            seen[unit.id] = unit
            kept.append(unit)
        elif (first.source, first.target, first.fuzzy, first.problem) != (
                unit.source, unit.target, unit.fuzzy, unit.problem):
            repeated.append(RepeatedId(unit.id, first.line, unit.line))
            number = 2
            while f"{unit.id}#{number}" in seen:
                number += 1
            seen[f"{unit.id}#{number}"] = unit
            kept.append(replace(unit, id=f"{unit.id}#{number}"))
    return kept, tuple(repeated)


# --- 1.2 -------------------------------------------------------------------------------------

def _q12(tag: str) -> str:
    return f"{{{NS12}}}{tag}"


class _Codes:
    """How one unit's inline codes are named, source and target alike: transpub's own ids as
    they are; any other id (a CAT tool that numbers codes its own way: Trados's ``<g id="33">``,
    memoQ's ``<bpt id="1">``) a name of its own, ``tool1``, ``tool2``…, which the import maps to
    the PO's by their order (xliff_merge). Also what the text held besides: Trados's comments
    and tracked changes, XLIFF 2's inline comments."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        #: Trados's comment ids (1.2), or XLIFF 2 comments' texts
        self.comments: list[str] = []
        #: 1.2 ``<mrk comment="…">`` texts
        self.texts: list[str] = []
        #: a text's open pairs by their rid (reset for each text: a tool's rids differ between
        #: a unit's source and target), and the closing codes' names by id (from the source)
        self.rids: dict[str, str] = {}
        self.closes: dict[str, str] = {}
        self.revised = False

    def named(self) -> tuple[tuple[str, str], ...]:
        return tuple((name, ident) for ident, name in self.names.items())

    def opening(self, ident: str | None, rid: str | None, tag: str) -> str:
        """The name of a pair's opening code: transpub's (by its rid or id), else by its id,
        which is what names a code alike in a unit's source and target."""
        name = _ours(rid, ident) or self.name(ident, tag)
        if rid:
            self.rids[rid] = name
        return name

    def closing(self, ident: str | None, rid: str | None, tag: str) -> str:
        """The name of a pair's closing code: its opening's, found by the rid that links them
        in this text (memoQ numbers every code apart, ``<bpt id="1" rid="1">`` …
        ``<ept id="2" rid="1">``, its rids differing between source and target), else by the
        pairing its id had in the source, else its own (1.2's ``<ept id="1">``)."""
        ours = _ours(rid, ident)
        if ours:
            return ours
        if rid and rid in self.rids:
            name = self.rids[rid]
            if ident:
                self.closes.setdefault(ident, name)
            return name
        if ident and ident in self.closes:
            return self.closes[ident]
        return self.name(ident, tag)

    def name(self, ident: str | None, tag: str) -> str:
        ours = _ours(ident)
        if ours:
            return ours
        if not ident:
            raise _Unmappable(f"inline code <{tag}> has no id")
        return self.names.setdefault(ident, f"{TOOL_CODE}{len(self.names) + 1}")




def _ours(*idents: str | None) -> str | None:
    """The first of ``idents`` that is one of transpub's placeholder names (a tool that kept
    them, in an id or a pair's rid)."""
    return next((v for v in idents if v and _CODE_NAME.fullmatch(v)
                 and not v.startswith(TOOL_CODE)), None)


def _comments(root: etree._Element) -> dict[str, tuple[str, ...]]:
    """Trados's comments by id (``doc-info/cmt-defs/cmt-def``), each as "user: text"."""
    found: dict[str, tuple[str, ...]] = {}
    for info in root.iterchildren(f"{{{_SDL}}}doc-info"):
        for definition in info.iter(f"{{{_SDL}}}cmt-def"):
            texts = []
            for comment in definition.iter("{*}Comment", "Comment"):
                text = " ".join("".join(comment.itertext()).split())
                if text:
                    user = comment.get("user", "").strip()
                    texts.append(f"{user}: {text}" if user else text)
            found[definition.get("id", "")] = tuple(texts)
    return found


def _file12(path: Path, file: etree._Element,
            comments: dict[str, tuple[str, ...]] | None = None) -> ReadFile:
    comments = comments or {}
    units: list[ReadUnit] = []
    elements: list[etree._Element] = []
    for element in file.iter(_q12("trans-unit")):
        if element.get("restype") == "x-gettext-domain-header":
            continue  # the PO file's header (the Translate Toolkit's po2xliff): no unit
        if not _translatable(element):
            continue  # not for translation (a CAT tool's structure or locked unit): no unit
        ident = _required(path, element, "id")
        source = element.find(_q12("source"))
        if source is None:
            raise XliffError(f"unit {ident}: no <source>", path, element.sourceline)
        target = element.find(_q12("target"))
        contexts: dict[str | None, str] = {}
        for context in element.iter(_q12("context")):
            contexts.setdefault(context.get("context-type"), context.text or "")
        base = contexts.get("x-transpub-base")
        notes = [n.text or "" for n in element.iterchildren(_q12("note"))
                 if n.get("from") not in _OWN_NOTES and (n.text or "").strip()]
        # memoQ keeps its comments in the unit (``mq:comments``; a deleted one is not shown)
        notes += ["".join(c.itertext()) for c in element.iter(f"{{{_MQ}}}comment")
                  if c.get("deleted") != "true" and "".join(c.itertext()).strip()]
        problem = ""
        text: str | None = None
        codes = _Codes()
        try:
            source_text = _text12(source, codes)
            codes.rids.clear()
            text = _text12(target, codes, _segments(source)) if target is not None else None
        except _Unmappable as exc:
            problem = str(exc)
            source_text = "".join(source.itertext())
        notes += [note for cid in dict.fromkeys(codes.comments)
                  for note in comments.get(cid, ())] + list(dict.fromkeys(codes.texts))
        state = target.get("state", "") if target is not None else ""
        copied = contexts.get(COPY_CONTEXT) == "source-copy"
        level = _tool_level(element)
        if text is not None and (_PLAIN_CODES.sub("", text).strip() == "" != source_text.strip()
                                 and (level in _TOOL_UNTOUCHED or state in _UNTOUCHED12)):
            text = None  # only the codes a tool puts in an empty target: nothing translated
        if text is not None and text == source_text and (copied or (
                state in _UNTOUCHED12 and element.get("approved") is None and level is None)
                or level in _TOOL_UNTOUCHED):
            # the source copied into the target (by transpub's export for OmegaT, or by a tool
            # that pre-fills targets) and left as it was: no translation, never the English.
            # (An ``approved`` the export did not write is a translator's decision: the
            # Translate Toolkit, Weblate's library, marks a unit fuzzy so, its state unchanged.)
            text = None
        if level is not None:  # (the tool's own level: the 1.2 state is the export's still)
            fuzzy = level not in _TOOL_FINISHED
        else:
            fuzzy = state in _UNFINISHED12 or (state not in _FINISHED12
                                               and element.get("approved") == "no")
        units.append(ReadUnit(ident, (target if target is not None else element).sourceline
                              or 0, source_text, text, fuzzy, base, tuple(notes), problem,
                              copied, codes.revised, codes.named(),
                              name=_other_name(element.get("resname"), ident)))
        elements.append(element)
    merged = xliff_heartsome.merged_ids(file)
    if merged or file.find(f".//{_q12('group')}[@ts='{xliff_heartsome.SPLIT}']") is not None:
        # Heartsome's split units joined back, its joins of two units refused
        units = xliff_heartsome.rejoined(list(zip(elements, units, strict=True)), merged)
    units, repeated = _check_ids(units)
    file_notes = tuple(note for header in file.iterchildren(_q12("header"))
                       for mark in header.iterchildren(f"{{{_SDL}}}cmt")
                       for note in comments.get(mark.get("id", ""), ()))
    # the languages and the original are optional in 1.2: the import decides what it needs
    return ReadFile(path, file.sourceline or 0, "1.2", file.get("original", ""),
                    file.get("source-language", ""), file.get("target-language", ""),
                    tuple(units), file_notes, repeated)


#: transpub's placeholders, whoever named them
_PLAIN_CODES = re.compile(r"</?[a-z]+\d+/?>")


def _tool_level(unit: etree._Element) -> str | None:
    """The CAT tool's own confirmation level of a 1.2 unit (``_TOOL_FINISHED``,
    ``_TOOL_UNFINISHED``), the least finished of its segments; None where the tool keeps none
    (or one not known here: the 1.2 state decides)."""
    levels = [seg.get("conf", "Unspecified")
              for defs in unit.iterchildren(f"{{{_SDL}}}seg-defs")
              for seg in defs.iterchildren(f"{{{_SDL}}}seg")]
    memoq = unit.get(f"{{{_MQ}}}status")
    if memoq is not None:
        # memoQ's statuses are many (and spelt by version and by the tools that write
        # them: "Confirmed", "ConfirmedTranslator"): any confirmation is finished, any status
        # not known here is not
        listed = memoq in _TOOL_FINISHED or memoq in _TOOL_UNFINISHED
        levels.append(memoq if listed else "Translated" if "Confirmed" in memoq else "Draft")
    phrase = unit.get(f"{{{_MXLF}}}confirmed")
    if phrase is not None:
        # the workflow step that confirmed it (1, 2…; 0 for none), or a boolean
        confirmed = phrase == "true" or (phrase.isdigit() and int(phrase) > 0)
        levels.append("Translated" if confirmed else "Draft")
    known = [level for level in levels if level in _TOOL_FINISHED or level in _TOOL_UNFINISHED]
    if not known:
        return None
    return next((level for level in known if level not in _TOOL_FINISHED), known[0])


def _segments(source: etree._Element) -> list[str] | None:
    """Around and between the sentences of a unit a CAT tool segmented (Trados's
    ``<mrk mtype="seg">`` in ``seg-source``), what the unsegmented ``<source>`` has: its
    leading blanks, the gaps between sentences, its trailing blanks; None when the unit is not
    segmented so, or its sentences are not found in the source in order."""
    parent = source.getparent()
    seg_source = parent.find(_q12("seg-source")) if parent is not None else None
    if seg_source is None:
        return None
    whole = "".join(source.itertext())
    pieces = ["".join(m.itertext()) for m in seg_source.iter(_q12("mrk"))
              if m.get("mtype") == "seg"]
    gaps = [whole[:len(whole) - len(whole.lstrip())]]
    pos = len(gaps[0])
    for n, piece in enumerate(pieces):
        found = whole.find(piece, pos)
        if found < 0:
            return None
        if n:
            gaps.append(whole[pos:found])
        pos = found + len(piece)
    gaps.append(whole[len(whole.rstrip()):] if whole.strip() else "")
    return gaps


def _text12(element: etree._Element, codes: _Codes, gaps: list[str] | None = None) -> str:
    parts = [element.text or ""]
    level = [0]  # where this element's own text pieces are (its text, its children's tails)
    marks = 0
    for child in element:
        if not isinstance(child.tag, str):
            level.append(len(parts))
            parts.append(child.tail or "")
            continue
        tag = etree.QName(child).localname
        ident = child.get("id")
        if tag == "mrk":
            mtype = child.get("mtype", "")
            change = child.get(f"{{{_MQ}}}tctype") if mtype == "x-mq-tc" else None
            if mtype == "x-sdl-deleted" or change == "del":
                codes.revised = True  # a reviewer's tracked deletion: taken as accepted
            else:
                codes.revised = codes.revised or mtype == "x-sdl-added" or change == "ins"
                if mtype == "x-sdl-comment":
                    codes.comments.append(child.get(f"{{{_SDL}}}cid", ""))
                if (child.get("comment") or "").strip():  # (1.2's own comment on a mrk)
                    codes.texts.append(" ".join(child.get("comment", "").split()))
                parts.append(_text12(child, codes))
            marks += mtype == "seg"
        elif tag in ("bpt", "bx"):
            parts.append(f"<{codes.opening(ident, child.get('rid'), tag)}>")
        elif tag in ("ept", "ex"):
            parts.append(f"</{codes.closing(ident, child.get('rid'), tag)}>")
        elif tag in ("ph", "x"):
            parts.append(f"<{codes.name(ident, tag)}/>")
        elif tag == "g":
            # Trados splits a code a segment boundary cuts (sdl:start/sdl:end "false")
            name = codes.name(ident, tag)
            parts.append("" if child.get(f"{{{_SDL}}}start") == "false" else f"<{name}>")
            parts.append(_text12(child, codes))
            parts.append("" if child.get(f"{{{_SDL}}}end") == "false" else f"</{name}>")
        else:
            raise _Unmappable(f"inline element <{tag}> cannot be mapped to a placeholder")
        level.append(len(parts))
        parts.append(child.tail or "")
    if marks and gaps is not None:
        # text around and between a target's sentences that is only a file's indentation (a
        # line break and blanks) is none of the translation's: the source's own, there
        if len(gaps) != len(level):
            gaps = [""] + [" "] * (len(level) - 2) + [""]
        for where, gap in zip(level, gaps, strict=True):
            if "\n" in parts[where] and not parts[where].strip():
                parts[where] = gap
    return "".join(parts)


# --- 2.x -------------------------------------------------------------------------------------

def _other_name(name: str | None, ident: str) -> str:
    """A unit's resource name where it is not its id ("" where it is, or there is none)."""
    name = (name or "").strip()
    return name if name != ident else ""


def _q2(tag: str) -> str:
    return f"{{{NS2}}}{tag}"


def _file2(path: Path, root: etree._Element, file: etree._Element) -> ReadFile:
    units: list[ReadUnit] = []
    for element in file.iter(_q2("unit")):
        if not _translatable(element):
            continue  # not for translation, as in 1.2
        ident = _required(path, element, "id")
        parts = [p for p in element if isinstance(p.tag, str)
                 and etree.QName(p).localname in ("segment", "ignorable")]
        if not any(etree.QName(p).localname == "segment" for p in parts):
            raise XliffError(f"unit {ident}: no <segment>", path, element.sourceline)
        notes_el = element.find(_q2("notes"))
        notes = tuple(n.text or "" for n in (notes_el if notes_el is not None else ())
                      if isinstance(n.tag, str) and n.get("category") not in _OWN_NOTES
                      and (n.text or "").strip())
        problem = ""
        text: str | None = None
        source_text = ""
        codes = _Codes()
        pieces: list[tuple[str, str]] = []
        target = element.find(f".//{_q2('target')}")
        line = (target if target is not None else element).sourceline or 0
        try:
            source_text, text, fuzzy = _joined(path, ident, parts, codes, pieces)
        except _Unmappable as exc:
            problem = str(exc)
            fuzzy = True
            line = exc.line if isinstance(exc, _BadOrder) else line
        # an inline comment's text (the Comment Annotation's value: a ref names a note, kept
        # above)
        notes += tuple(dict.fromkeys(codes.comments))
        units.append(ReadUnit(ident, line, source_text, text, fuzzy,
                              element.get(f"{{{NS_TP}}}base"), notes, problem,
                              tool_codes=codes.named(),
                              name=_other_name(element.get("name"), ident),
                              pieces=tuple(pieces) if len(pieces) > 1 else ()))
    units, repeated = _check_ids(units)
    return ReadFile(path, file.sourceline or 0, root.get("version", ""),
                    file.get("original", ""), root.get("srcLang", ""), root.get("trgLang", ""),
                    tuple(units), repeated=repeated)


def _joined(path: Path, ident: str, parts: list[etree._Element], codes: _Codes,
            pieces: list[tuple[str, str]]) -> tuple[str, str | None, bool]:
    """Source, target and fuzziness of a unit a CAT tool may have split into several segments
    (transpub exports one, ``canResegment="no"``): the sources are joined back in order, the
    targets in the order their ``order`` gives (``_target_order``); ``pieces`` gets each
    part's source with the target the file puts in its place."""
    sources: list[str] = []
    targets: list[str] = []
    fuzzy = False
    translated = False
    for part in parts:
        source = part.find(_q2("source"))
        if source is None:
            raise XliffError(f"unit {ident}: <{etree.QName(part).localname}> without <source>",
                             path, part.sourceline)
        target = part.find(_q2("target"))
        sources.append(_text2(source, codes))
        if etree.QName(part).localname == "ignorable":
            targets.append(_text2(target, codes) if target is not None else sources[-1])
            continue
        text = _text2(target, codes) if target is not None else ""
        if text and not (text == sources[-1] and part.get("state", "initial") == "initial"):
            translated = True
            targets.append(text)
        else:  # (a target still "initial" and equal to its source is a tool's copy of it)
            targets.append("")
            fuzzy = True  # part of the unit is not translated
        # a state change must drop or update subState (XLIFF 2 core), so the state decides
        fuzzy = fuzzy or part.get("state", "initial") == "initial"
    targets = [targets[n] for n in _target_order(parts)]
    pieces.extend(zip(sources, targets, strict=True))
    return "".join(sources), "".join(targets) if translated else None, fuzzy


def _target_order(parts: list[etree._Element]) -> list[int]:
    """Which part's target comes first, second… in the translation: XLIFF 2 core's target
    content ordering (``<target order="N">``, 2.0 §4.3.1.45, "Segments Order"), by which a
    translator who puts a unit's sentences in another order says so. A target's ``order`` is
    its place among the unit's segments and ignorables, 1 to their number; a part whose target
    has none (or that has no target) keeps its own place. Joined in source order, the
    translation came back in an order nobody wrote, without a word. An ``order`` that is no
    such place, or a place two targets claim, is a ``_BadOrder``: the order is not known."""
    places: dict[int, int] = {}
    for number, part in enumerate(parts):
        target = part.find(_q2("target"))
        given = target.get("order") if target is not None else None
        place = number + 1
        if given is not None:
            value = given.strip()
            if not (value.isascii() and value.isdigit()) or not 1 <= int(value) <= len(parts):
                raise _BadOrder(f'<target order="{given}">: the order is a place from 1 to '
                                f"{len(parts)} (the unit's segments and ignorables), so the "
                                "translation's sentence order is not known",
                                (target.sourceline if target is not None else None) or 0)
            place = int(value)
        if place in places:
            element = target if target is not None else part
            first = parts[places[place]]
            raise _BadOrder(f"two targets take place {place} of the unit's order (this one "
                            f"and the one at line {_target_line(first)}; a target without "
                            '<target order="N"> keeps its own place), so the translation\'s '
                            "sentence order is not known", element.sourceline or 0)
        places[place] = number
    return [places[place] for place in sorted(places)]


def _target_line(part: etree._Element) -> int:
    target = part.find(_q2("target"))
    return ((target if target is not None else part).sourceline) or 0


def _text2(element: etree._Element, codes: _Codes) -> str:
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        tag = etree.QName(child).localname
        if tag == "mrk":
            if child.get("type") == "comment" and (child.get("value") or "").strip():
                codes.comments.append(" ".join(child.get("value", "").split()))
            parts.append(_text2(child, codes))
        elif tag in ("sm", "em"):
            if tag == "sm" and child.get("type") == "comment" and (
                    child.get("value") or "").strip():
                codes.comments.append(" ".join(child.get("value", "").split()))
            pass  # annotation markers: no text
        elif tag == "cp":
            parts.append(_code_point(child.get("hex", "")))
        elif tag == "pc":
            name = codes.name(child.get("id"), tag)
            parts.append(f"<{name}>{_text2(child, codes)}</{name}>")
        elif tag == "sc":
            parts.append(f"<{codes.name(child.get('id'), tag)}>")
        elif tag == "ec":
            parts.append(f"</{codes.name(child.get('startRef') or child.get('id'), tag)}>")
        elif tag == "ph":
            parts.append(f"<{codes.name(child.get('id'), tag)}/>")
        else:
            raise _Unmappable(f"inline element <{tag}> cannot be mapped to a placeholder")
        parts.append(child.tail or "")
    return "".join(parts)


def _code_point(value: str) -> str:
    try:
        return chr(int(value, 16))
    except (ValueError, OverflowError):
        raise _Unmappable(f"<cp hex={value!r}> is not a code point") from None
