"""Trados Studio's file-based translation memories (``.sdltm``), read as TMX.

A translator working in Trados keeps the memory as an ``.sdltm`` file, an SQLite database, and
sends that rather than a TMX export. Its ``translation_units`` hold each sentence pair as
Trados's own XML (``<Segment><Elements><Text><Value>…</Value></Text><Tag><Type>Start</Type>
<Anchor>1</Anchor><AlignmentAnchor>1</AlignmentAnchor>…</Tag>…</Elements><CultureName>en-US
</CultureName></Segment>``), in ``translation_memories`` the languages of each memory.

``tm import`` turns such a file into TMX 1.4b as Trados's own TMX export writes the same units
(empty ``bpt``/``ept``/``ph`` codes numbered by ``i`` and linked by ``x``), which ``tm.py``
then reads like any TMX: the workspace keeps a text file that diffs in git and that every other
tool opens, never the database. The file is opened read-only and immutable (SQLite writes
nothing beside it, no journal), and whatever it holds is untrusted: each segment goes through
the same safe XML parser as every other file, and a unit that cannot be read is skipped with a
warning naming the file and the unit's id (a database has no lines).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from transpub.errors import CatalogError, TranspubError
from transpub.languages import canonical
from transpub.model import XML_NS
from transpub.source import NOT_XML, append_text, parse_xml_bytes, word_hyphens

if TYPE_CHECKING:
    import sqlite3

MAGIC = b"SQLite format 3\x00"
"""The first 16 bytes of every SQLite database: how an .sdltm is known, whatever its name."""

#: Trados's tag types (Sdl.LanguagePlatform.Core.TagType) and the TMX code each becomes; an
#: unmatched half of a pair becomes TMX's isolated ``it``, which a memory lookup skips.
_CODES = {"Start": "bpt", "End": "ept", "Standalone": "ph", "TextPlaceholder": "ph",
          "LockedContent": "ph", "UnmatchedStart": "it", "UnmatchedEnd": "it"}
#: The most a value of the database (a segment, a column computed as it is read) may hold
VALUE_LIMIT = 16 * 1024 * 1024
_XML_LANG = f"{{{XML_NS}}}lang"
_DATE_RE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)")
_TU_QUERY = ("SELECT id, translation_memory_id, source_segment, target_segment, creation_date, "
             "creation_user, change_date, change_user FROM translation_units ORDER BY id")


def is_sdltm(data: bytes) -> bool:
    """True when ``data`` (a file's first bytes at least) is an SQLite database."""
    return data.startswith(MAGIC)


def sdltm_to_tmx(path: Path, warnings: list[CatalogError]) -> bytes:
    """The translation units of the Trados memory at ``path`` as TMX 1.4b bytes, in the
    database's order; ``warnings`` receives one error per memory or unit left out, naming it.
    The same file gives the same bytes (no date of the conversion), so importing it again
    writes nothing."""
    import sqlite3  # (only here: the commands that merely know an .sdltm do not load it)

    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1",
                                     uri=True)
    except sqlite3.Error as exc:
        raise CatalogError(f"cannot open the SQLite database: {exc}", path) from None
    # text as stored, decoded here: a damaged file's bytes are no UTF-8 (sqlite3 would raise
    # UnicodeDecodeError in the middle of a query)
    connection.text_factory = bytes
    # no value SQLite hands over may pass this, whether stored or computed as it is read (a
    # 16 KB file whose column was GENERATED ALWAYS AS printf('%.*c', 400000000, 'x') had
    # grown to 1.2 GB); the XML parser refuses a segment's text past 10 MB anyway
    connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, VALUE_LIMIT)
    try:
        return _converted(connection, path, warnings)
    except (sqlite3.DataError, sqlite3.OperationalError) as exc:
        if "too big" not in str(exc):
            raise CatalogError(f"not a readable Trados Studio memory (.sdltm): {exc}",
                               path) from None
        raise CatalogError(f"not a readable Trados Studio memory (.sdltm): a value of more "
                           f"than {VALUE_LIMIT:,} bytes ({exc}): refused", path) from None
    except sqlite3.Error as exc:  # a damaged file, or SQLite but no Trados memory
        raise CatalogError(f"not a readable Trados Studio memory (.sdltm): {exc}", path) from None
    except UnicodeDecodeError:  # (SQLite's own message quoting a damaged schema's bytes)
        raise CatalogError("not a readable Trados Studio memory (.sdltm): its schema is "
                           "damaged (bytes that are no UTF-8)", path) from None
    finally:
        connection.close()


def _converted(connection: sqlite3.Connection, path: Path,
               warnings: list[CatalogError]) -> bytes:
    tables = {_text(name) for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"translation_memories", "translation_units"} <= tables:
        raise CatalogError("an SQLite database, but not a Trados Studio memory (.sdltm): no "
                           "translation_memories and translation_units tables", path)
    memories = _memories(connection, path, warnings)
    # (the version only goes into the header: a memory without it is read all the same)
    version = _version(connection) if "parameters" in tables else None
    source_langs = sorted({langs[0] for langs in memories.values()})
    header = etree.Element("header", {
        "creationtool": "Trados Studio", "creationtoolversion": version or "unknown",
        "datatype": "unknown", "segtype": "sentence", "adminlang": "en",
        "srclang": source_langs[0] if len(source_langs) == 1 else "*all*", "o-tmf": "SDLTM"})
    etree.SubElement(header, "note").text = (
        f"converted by transpub tm import from {path.name}")
    header.text, header[0].tail = "\n    ", "\n  "
    out = BytesIO()
    # written unit by unit (a memory of 100,000 units is never one tree), one line per
    # segment laid out by hand: lxml's pretty printing would indent a segment holding only
    # codes, adding white space to the translation
    with etree.xmlfile(out, encoding="UTF-8") as xf:
        xf.write_declaration()
        with xf.element("tmx", version="1.4"):
            xf.write("\n  ", header, "\n  ")
            with xf.element("body"):
                xf.write("\n")
                for tu in _units(connection, memories, path, warnings):
                    xf.write(tu)
            xf.write("\n")
    return out.getvalue() + b"\n"


def _memories(connection: sqlite3.Connection, path: Path,
              warnings: list[CatalogError]) -> dict[int, tuple[str, str]]:
    """Each memory's (source, target) language tags as written, by its id; a memory in a
    language babel does not know is left out with a warning."""
    memories: dict[int, tuple[str, str]] = {}
    unknown: list[str] = []
    for tm_id, name, source, target in connection.execute(
            "SELECT id, name, source_language, target_language FROM translation_memories "
            "ORDER BY id"):
        langs = (_text(source), _text(target))
        try:
            for lang in langs:
                canonical(lang or "")
        except TranspubError:
            unknown.append(f"memory {_text(name, 'replace')!r} ({_text(source, 'replace')} -> "
                           f"{_text(target, 'replace')}): a language transpub does not know")
            continue
        memories[int(tm_id)] = (langs[0] or "", langs[1] or "")
    if not memories:
        raise CatalogError("; ".join(unknown) if unknown else "a Trados Studio memory with no "
                           "memory in it (translation_memories is empty)", path)
    warnings.extend(CatalogError(f"{line}; its units are skipped", path) for line in unknown)
    return memories


def _version(connection: sqlite3.Connection) -> str | None:
    row = connection.execute(
        "SELECT value FROM parameters WHERE name = 'VERSION' LIMIT 1").fetchone()
    return _attribute(row[0]) if row else None


def _units(connection: sqlite3.Connection, memories: dict[int, tuple[str, str]], path: Path,
           warnings: list[CatalogError]) -> Iterator[etree._Element]:
    for (tu_id, tm_id, source, target, created, creator, changed,
         changer) in connection.execute(_TU_QUERY):
        if tm_id not in memories:
            continue  # (a memory skipped above)
        if not source or not target:  # (Trados stores even an empty segment as XML)
            empty = "source" if not source else "target"
            warnings.append(CatalogError(f"translation unit {tu_id} skipped: its {empty} "
                                         "segment is empty", path))
            continue
        try:
            segments = [_segment(text if isinstance(text, bytes) else str(text).encode(), path)
                        for text in (source, target)]
        except CatalogError as exc:
            warnings.append(CatalogError(f"translation unit {tu_id} skipped: {exc.message}",
                                         path))
            continue
        tu = etree.Element("tu", tuid=str(tu_id))
        tu.text, tu.tail = "\n  ", "\n"
        for name, value in (("creationdate", _date(created)), ("creationid", creator),
                            ("changedate", _date(changed)), ("changeid", changer)):
            text = _attribute(value)
            if text:  # (one a damaged file garbled is left out: it is no translation)
                tu.set(name, text)
        for (culture, seg), lang in zip(segments, memories[tm_id], strict=True):
            tuv = etree.SubElement(tu, "tuv", {_XML_LANG: _known(culture) or lang})
            tuv.append(seg)
            tuv.tail = "\n  " if lang == memories[tm_id][0] else "\n"
        yield tu


def _segment(data: bytes, path: Path) -> tuple[str | None, etree._Element]:
    """A stored segment's language (its CultureName, if any) and its content as a TMX
    ``<seg>``."""
    root = parse_xml_bytes(word_hyphens(data), path, CatalogError).getroot()
    if _local(root) != "Segment":
        raise CatalogError(f"a segment <{_local(root)}>, not <Segment>", path)
    seg = etree.Element("seg")
    last: etree._Element | None = None
    for element in root.iterfind("{*}Elements/*"):
        last = _element(element, seg, last)
    culture = (root.findtext("{*}CultureName") or "").strip() or None
    return culture, seg


def _element(element: etree._Element, seg: etree._Element,
             last: etree._Element | None) -> etree._Element | None:
    """Append one of a segment's elements to ``seg``; returns the last code appended."""
    name = _local(element)
    if name == "Text":
        append_text(seg, last, element.findtext("{*}Value") or "")
        return last
    if name != "Tag":
        # (Trados stores only Text and Tag; anything else is no code a unit has)
        raise CatalogError(f"an element <{name}> transpub cannot read in a segment", None)
    kind = element.findtext("{*}Type") or ""
    code = _CODES.get(kind)
    if code is None:
        raise CatalogError(f"a tag of type {kind!r} transpub cannot read", None)
    anchor = element.findtext("{*}Anchor") or ""
    link = element.findtext("{*}AlignmentAnchor") or ""
    attributes: dict[str, str] = {}
    if code in ("bpt", "ept", "it") and anchor.isdigit():
        attributes["i"] = anchor
    if code in ("bpt", "ph") and link.isdigit() and int(link):
        attributes["x"] = link  # (0: linked to nothing; the reader then goes by order)
    if code == "it":
        attributes["pos"] = "begin" if kind == "UnmatchedStart" else "end"
    return etree.SubElement(seg, code, attributes)


def _local(element: etree._Element) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _known(tag: str | None) -> str | None:
    """A segment's own language tag if babel knows it (else its memory's is used)."""
    try:
        return tag if tag and canonical(tag) else None
    except TranspubError:
        return None


def _text(value: object, errors: str = "strict") -> str | None:
    """A stored value as text (None for NULL, or bytes that are no UTF-8)."""
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8", errors)
        except UnicodeDecodeError:
            return None
    return None if value is None else str(value)


def _attribute(value: object) -> str | None:
    """A stored value XML can carry in an attribute, else None."""
    text = _text(value)
    # (what XML 1.0 cannot carry: a damaged file's user names may hold it)
    return text if text is not None and not NOT_XML.search(text) else None


def _date(value: object) -> str | None:
    """A database date (``2016-08-18 09:31:48``) as TMX writes one (``20160818T093148Z``)."""
    match = _DATE_RE.match(_text(value) or "")
    return "{}{}{}T{}{}{}Z".format(*match.groups()) if match else None
