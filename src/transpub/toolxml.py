"""XML that other tools wrote, read as those tools read it back.

Some tools write their own attributes with a namespace prefix they never declare: Idiom
WorldServer's ``iws:tm_entry_id``, Memsource's (Phrase's) ``memsource:taskId`` on ``<file>``,
MateCat's ``matecat:id-order`` (XLIFF files of MateCat's test set). The file is well-formed
XML 1.0 but not namespace-well-formed, and libxml2 refuses it whole ("Namespace prefix iws on
tm_entry_id is not defined"), where the tools that exchange it read it. Such a file is parsed
again with each undeclared prefix declared on its root element, in a namespace of its own
(``urn:x-transpub:undeclared:iws``): the tool's attributes and elements are then what they
were meant to be, the tool's own, which no reader of transpub's looks for; nothing else of
the file changes (the declarations go inside the root's start tag, so every line number
stays the same). So is a declaration whose namespace is no URI (Translated's TranslationOS:
``xmlns:tos="GMAPS: https://www.matecat.com/translated-os"``, which libxml2 refuses too). Any
other malformation is refused as before (``source.parse_xml_bytes``).
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from transpub.errors import TranspubError
from transpub.source import parse_xml_bytes, utf16_codec

UNDECLARED = "urn:x-transpub:undeclared:"
"""The namespace of an undeclared prefix ``p`` is ``UNDECLARED + p``."""

_NAME = r"[A-Za-z_][\w.-]*"
#: a prefixed element name (``<iws:x``, ``</iws:x``) or attribute name (`` iws:x=``)
_PREFIXED = re.compile(rf"(?:</?|\s)({_NAME}):{_NAME}(?=[\s/>=])")
_ROOT = re.compile(rf"<(?![?!])({_NAME}(?::{_NAME})?)")
_DECLARED = re.compile(rf"xmlns:({_NAME})\s*=")
#: the quoted values and the end of a start tag
_TAG_END = re.compile(r"""("[^"]*"|'[^']*')|(/?>)""")


def parse_tool_xml(data: bytes, path: Path, error: type[TranspubError],
                   _tries: int = 4) -> etree._ElementTree:
    """``parse_xml_bytes``, and for a file whose only faults are its namespaces — a prefix
    it uses without declaring, a declaration whose namespace is no URI — the file read with
    those prefixes in namespaces of their own."""
    try:
        return parse_xml_bytes(data, path, error)
    except TranspubError as exc:
        mended: bytes | None = None
        if not _tries:
            raise
        if "Namespace prefix" in exc.message and "is not defined" in exc.message:
            mended = declare_prefixes(data)
        elif (bad := _BAD_URI.search(exc.message)) is not None:
            mended = _renamed_namespace(data, bad.group(1))
        if mended is None:
            raise
        return parse_tool_xml(mended, path, error, _tries - 1)


#: libxml2 on a declaration whose namespace is no URI (Translated's TranslationOS:
#: ``xmlns:tos="GMAPS: https://www.matecat.com/translated-os"``)
_BAD_URI = re.compile(rf"xmlns:({_NAME}): '.*' is not a valid URI")


def _renamed_namespace(data: bytes, prefix: str) -> bytes | None:
    """``data`` with the declarations of ``prefix`` naming ``UNDECLARED + prefix`` (the
    quoted value replaced, on its line: every line number stays), or None when there is
    none to replace (a UTF-16 file's aside)."""
    name = re.escape(prefix.encode())
    pattern = re.compile(rb"(xmlns:" + name + rb"\s*=\s*)(?:\"[^\"\n]*\"|'[^'\n]*')")
    value = b'"' + UNDECLARED.encode() + prefix.encode() + b'"'
    mended, count = pattern.subn(lambda m: m.group(1) + value, data)
    return mended if count else None


def declare_prefixes(data: bytes) -> bytes | None:
    """``data`` with every prefix its names use and its root does not declare declared on
    the root (``xml`` and ``xmlns`` aside), or None when there is none or no root is
    found."""
    # (UTF-8, Latin-1, windows-1252…: the markup is ASCII either way, read byte for byte)
    codec = utf16_codec(data) or "latin-1"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:  # (a UTF-16 file cut short: left to the parser to name)
        return None
    changed = _declared(text)
    return None if changed is None else changed.encode(codec)


def _declared(text: str) -> str | None:
    at = _root_start(text)
    root = _ROOT.match(text, at) if at is not None else None
    if root is None:
        return None
    end = _start_tag_end(text, root.end())
    if end is None:
        return None
    start_tag = text[root.start():end]
    have = set(_DECLARED.findall(start_tag)) | {"xml", "xmlns"}
    wanted = sorted({m.group(1) for m in _PREFIXED.finditer(text)} - have)
    if not wanted:
        return None
    declarations = "".join(f' xmlns:{p}="{UNDECLARED}{p}"' for p in wanted)
    at = end - 2 if text[end - 2:end] == "/>" else end - 1
    return text[:at] + declarations + text[at:]


def _root_start(text: str) -> int | None:
    """Where the root element's start tag begins: past the prolog's declaration, processing
    instructions, comments and DOCTYPE, each skipped to its own end (once: a file of many
    ``<?`` never closed costs one scan)."""
    pos = 0
    while True:
        pos = text.find("<", pos)
        if pos < 0:
            return None
        for opening, closing in (("<?", "?>"), ("<!--", "-->"), ("<!", ">")):
            if text.startswith(opening, pos):
                end = text.find(closing, pos + len(opening))
                if end < 0:
                    return None
                pos = end + len(closing)
                break
        else:
            return pos


def _start_tag_end(text: str, pos: int) -> int | None:
    """Where the start tag going on at ``pos`` ends (just after its ``>``)."""
    for match in _TAG_END.finditer(text, pos):
        if match.group(2):
            return match.end()
    return None
