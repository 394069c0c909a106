"""Writing PO text: polib's output, byte for byte, at a fraction of its cost.

transpub writes PO files unwrapped (as ``msgcat --no-wrap``), and for that case polib's
serialiser is simple: this module reproduces it exactly (the same field order, the same
escapes, the same split of a string at its line breaks, the same header order) without building
a polib object per entry, which was most of an extract's time. ``tests/test_powrite.py`` holds
it to polib's output on real catalogues and on generated entries (plurals, contexts, obsolete
entries, flags, previous msgids, CR/LF, any Unicode).

``render`` takes anything shaped like a polib entry (the ``EntryLike`` protocol), so polib's own
entries can be rendered too; transpub's merge uses the light ``PoEntry`` below.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

#: polib's header order; any other field follows in natural order (``natural_sort``).
_ORDER = ("Project-Id-Version", "Report-Msgid-Bugs-To", "POT-Creation-Date", "PO-Revision-Date",
          "Last-Translator", "Language-Team", "Language", "MIME-Version", "Content-Type",
          "Content-Transfer-Encoding", "Plural-Forms")
_DIGITS_RE = re.compile(r"([0-9]+)")
#: The characters polib escapes; a string without any (the usual case) is written as it is.
_SPECIAL_RE = re.compile(r'[\\\t\r\n\v\b\f"]')


class EntryLike(Protocol):
    """What ``render`` reads of an entry (polib's attribute names)."""

    msgctxt: str | None
    msgid: str
    msgstr: str
    msgid_plural: str
    msgstr_plural: dict[int, str]
    obsolete: bool
    comment: str
    tcomment: str
    occurrences: list[tuple[str, str]]
    flags: list[str]
    previous_msgctxt: str | None
    previous_msgid: str | None
    previous_msgid_plural: str | None


@dataclass(slots=True, eq=False)
class PoEntry:
    """One entry being merged: mutable, with polib's attribute names."""

    msgid: str = ""
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str = ""
    msgstr_plural: dict[int, str] = field(default_factory=dict)
    obsolete: bool = False
    comment: str = ""
    """Extracted comments (``#.``)."""
    tcomment: str = ""
    """Translator comments (``#``)."""
    occurrences: list[tuple[str, str]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    previous_msgctxt: str | None = None
    previous_msgid: str | None = None
    previous_msgid_plural: str | None = None
    linenum: int | None = None


def escape(text: str) -> str:
    """polib's ``escape``: backslash, tab, CR, LF, VT, BS, FF and the quotation mark."""
    if _SPECIAL_RE.search(text) is None:
        return text
    return (text.replace("\\", r"\\").replace("\t", r"\t").replace("\r", r"\r")
            .replace("\n", r"\n").replace("\v", r"\v").replace("\b", r"\b")
            .replace("\f", r"\f").replace('"', r"\""))


#: Text already written for a unit: a release's unit is written seven times (POT and six PO
#: files) with the same msgctxt, msgid and reference (``plain_text``).
Memo = dict[tuple[object, ...], str]


def _field(prefix: str, name: str, value: str) -> str:
    """A keyword and its string, each line ending in a line break."""
    # polib splits at every line boundary str.splitlines knows (U+2028, \x1c… included)
    lines = value.splitlines(True)
    if len(lines) > 1:
        if (len(lines) == value.count("\n") + (not value.endswith("\n"))
                and _SPECIAL_RE.search(value.replace("\n", "")) is None):
            # (a header: every line ends in "\n" and nothing else needs escaping) the lines
            # in one replace instead of an escape and a string each
            body = value.replace("\n", f'\\n"\n{prefix}"')
            if value.endswith("\n"):
                body = body[:-len(prefix) - 1]
            else:
                body += '"\n'
            return f'{prefix}{name} ""\n{prefix}"{body}'
        return f'{prefix}{name} ""\n' + "".join(f'{prefix}"{escape(line)}"\n' for line in lines)
    return f'{prefix}{name} "{escape(value)}"\n'


def _comment(prefix: str, text: str) -> str:
    """Each line of ``text`` behind ``prefix``, each ending in a line break."""
    return prefix + text.replace("\n", "\n" + prefix) + "\n"


def _occurrences(occurrences: Iterable[tuple[str, str]]) -> str:
    return "#: " + " ".join(f"{path}:{line}" if line else path
                            for path, line in occurrences) + "\n"


#: An entry's empty msgstr line (catalog's one-string POT entries end with it too).
EMPTY_MSGSTR = 'msgstr ""\n'


def _is_plain(entry: EntryLike) -> bool:
    """An active entry of comments, a reference, msgctxt, msgid and msgstr only (the POT's, an
    untranslated or reviewed unit's): ``plain_text`` writes it."""
    return not (entry.obsolete or entry.tcomment or entry.flags or entry.msgid_plural
                or entry.msgstr_plural) and (
        entry.previous_msgctxt is None and entry.previous_msgid is None
        and entry.previous_msgid_plural is None)


def plain_text(comment: str, occurrences: Sequence[tuple[str, str]], msgctxt: str | None,
               msgid: str, msgstr: str = "", memo: Memo | None = None) -> str:
    """``entry_text`` of a plain entry (see ``_is_plain``) given its fields, without an entry
    object. ``memo``: the lines of the reference, msgctxt and msgid, shared by the files of a
    release (the caller drops it after the release)."""
    tail = None
    if memo is not None:
        key = (msgctxt, msgid, *occurrences)
        tail = memo.get(key)
    if tail is None:
        tail = (_occurrences(occurrences) if occurrences else "") + (
            _field("", "msgctxt", msgctxt) if msgctxt is not None else "") + _field(
            "", "msgid", msgid)
        if memo is not None:
            memo[key] = tail
    return (_comment("#. ", comment) if comment else "") + tail + (
        _field("", "msgstr", msgstr) if msgstr else EMPTY_MSGSTR)


def entry_text(entry: EntryLike, memo: Memo | None = None) -> str:
    """The lines polib writes for one entry, each ending in a line break."""
    if _is_plain(entry):
        return plain_text(entry.comment, entry.occurrences, entry.msgctxt, entry.msgid,
                          entry.msgstr, memo)
    obsolete = entry.obsolete
    out: list[str] = []
    if entry.tcomment:
        out.append(_comment("# ", entry.tcomment))
    if not obsolete:
        if entry.comment:
            out.append(_comment("#. ", entry.comment))
        if entry.occurrences:
            out.append(_occurrences(entry.occurrences))
    if entry.flags:
        out.append(f"#, {', '.join(entry.flags)}\n")
    previous = "#~| " if obsolete else "#| "
    if entry.previous_msgctxt is not None:
        out.append(_field(previous, "msgctxt", entry.previous_msgctxt))
    if entry.previous_msgid is not None:
        out.append(_field(previous, "msgid", entry.previous_msgid))
    if entry.previous_msgid_plural is not None:
        out.append(_field(previous, "msgid_plural", entry.previous_msgid_plural))
    mark = "#~ " if obsolete else ""
    if entry.msgctxt is not None:
        out.append(_field(mark, "msgctxt", entry.msgctxt))
    out.append(_field(mark, "msgid", entry.msgid))
    if entry.msgid_plural:
        out.append(_field(mark, "msgid_plural", entry.msgid_plural))
    if entry.msgstr_plural:
        for index in sorted(entry.msgstr_plural):
            out.append(_field(mark, f"msgstr[{index}]", entry.msgstr_plural[index]))
    else:
        out.append(_field(mark, "msgstr", entry.msgstr))
    return "".join(out)


def _natural(key: str) -> list[int | str]:
    return [int(part) if part.isdigit() else part.lower() for part in _DIGITS_RE.split(key)]


def ordered_metadata(metadata: Mapping[str, str]) -> list[tuple[str, str]]:
    """The header fields in the order polib writes them."""
    return [(name, metadata[name]) for name in _field_order(tuple(metadata))]


@lru_cache(maxsize=64)
def _field_order(names: tuple[str, ...]) -> tuple[str, ...]:
    """``names`` in the order polib writes them: sorted once per set of fields (every file of
    an extract has one of a few: 7,000 sorts at N = 1000)."""
    rest = sorted((name for name in names if name not in _ORDER), key=_natural)
    return (*[name for name in _ORDER if name in names], *rest)


def render(metadata: Mapping[str, str], entries: Sequence[EntryLike] | Iterable[EntryLike],
           header: str = "", metadata_fuzzy: bool = False, memo: Memo | None = None) -> str:
    """The text polib writes for a ``POFile(wrapwidth=0)`` with this header comment,
    metadata and entries (``str(pofile)``): active entries first, then obsolete ones.

    ``memo``: text written before, to share between the files of one release (the caller
    drops it after the release: it holds every unit's lines)."""
    items = list(entries)
    texts = [entry_text(entry, memo) for entry in items if not entry.obsolete]
    texts.extend(entry_text(entry) for entry in items if entry.obsolete)
    return render_texts(metadata, texts, header, metadata_fuzzy)


def render_texts(metadata: Mapping[str, str], texts: Iterable[str], header: str = "",
                 metadata_fuzzy: bool = False) -> str:
    """``render`` of entries already written with ``entry_text``/``plain_text``, in the
    order given (active entries first, obsolete ones after)."""
    if not header and not metadata_fuzzy:  # (every file the extract writes: 7,000 at N = 1000)
        return "#\n" + "\n".join([_header_entry(ordered_metadata(metadata)), *texts])
    out = "\n".join(f"#{'' if line[:1] in (',', ':') or not line else ' '}{line}"
                    for line in header.split("\n"))
    head = PoEntry()
    fields = ordered_metadata(metadata)
    if fields:
        head.msgstr = "\n".join(f"{name}: {value}" for name, value in fields) + "\n"
    if metadata_fuzzy:
        head.flags.append("fuzzy")
    # polib joins each entry's lines, the last one "", with "\n", then the entries with "\n":
    # each entry's lines ending in a line break, the entries joined with one more
    return out + "\n" + "\n".join([entry_text(head), *texts])


#: What ``_field`` escapes or splits a string at (``str.splitlines``' line boundaries).
UNPLAIN_RE = re.compile('[\\\\\t\r\n\v\b\f"\x1c\x1d\x1e\x85\u2028\u2029]')


def _header_entry(fields: Sequence[tuple[str, str]]) -> str:
    """``entry_text`` of the header entry holding ``fields`` (no flags), without the entry
    object; fields with nothing to escape or split (the usual header), one line each."""
    if not fields:
        return 'msgid ""\n' + EMPTY_MSGSTR
    lines = [f"{name}: {value}" for name, value in fields]
    if len(lines) > 1 and UNPLAIN_RE.search("".join(lines)) is None:
        return 'msgid ""\nmsgstr ""\n' + "".join([f'"{line}\\n"\n' for line in lines])
    return 'msgid ""\n' + _field("", "msgstr", "\n".join(lines) + "\n")
