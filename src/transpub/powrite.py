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


#: Lines already written for a (prefix, keyword, value): a release's unit is written seven
#: times (POT and six PO files) with the same msgctxt, msgid and comments.
Memo = dict[tuple[object, ...], list[str]]


def _field(out: list[str], prefix: str, name: str, value: str, memo: Memo | None = None) -> None:
    if memo is not None:
        key = (prefix, name, value)
        done = memo.get(key)
        if done is None:
            done = memo[key] = []
            _field(done, prefix, name, value)
        out.extend(done)
        return
    # polib splits at every line boundary str.splitlines knows (U+2028, \x1c… included)
    lines = value.splitlines(True)
    if len(lines) > 1:
        out.append(f'{prefix}{name} ""')
        out.extend(f'{prefix}"{escape(line)}"' for line in lines)
    else:
        out.append(f'{prefix}{name} "{escape(value)}"')


def _comment(out: list[str], prefix: str, text: str, memo: Memo | None) -> None:
    if memo is None:
        out.extend(f"{prefix}{line}" for line in text.split("\n"))
        return
    key = (prefix, "", text)
    done = memo.get(key)
    if done is None:
        done = memo[key] = [f"{prefix}{line}" for line in text.split("\n")]
    out.extend(done)


def _entry(out: list[str], entry: EntryLike, memo: Memo | None = None) -> None:
    if memo is not None and not (entry.obsolete or entry.tcomment or entry.flags
                                 or entry.msgid_plural or entry.msgstr_plural) and (
            entry.previous_msgctxt is None and entry.previous_msgid is None
            and entry.previous_msgid_plural is None):
        # a plain entry (the POT's, an untranslated or reviewed unit): the same fields are
        # the same lines, whichever file of the release they are in
        key = (entry.comment, tuple(entry.occurrences), entry.msgctxt, entry.msgid, entry.msgstr)
        done = memo.get(key)
        if done is None:
            done = memo[key] = []
            _entry_lines(done, entry)
        out.extend(done)
        return
    _entry_lines(out, entry, memo)


def _entry_lines(out: list[str], entry: EntryLike, memo: Memo | None = None) -> None:
    obsolete = entry.obsolete
    if entry.tcomment:
        out.extend(f"# {line}" for line in entry.tcomment.split("\n"))
    if not obsolete:
        if entry.comment:
            _comment(out, "#. ", entry.comment, memo)
        if entry.occurrences:
            out.append("#: " + " ".join(f"{path}:{line}" if line else path
                                        for path, line in entry.occurrences))
    if entry.flags:
        out.append(f"#, {', '.join(entry.flags)}")
    previous = "#~| " if obsolete else "#| "
    if entry.previous_msgctxt is not None:
        _field(out, previous, "msgctxt", entry.previous_msgctxt)
    if entry.previous_msgid is not None:
        _field(out, previous, "msgid", entry.previous_msgid)
    if entry.previous_msgid_plural is not None:
        _field(out, previous, "msgid_plural", entry.previous_msgid_plural)
    mark = "#~ " if obsolete else ""
    if entry.msgctxt is not None:
        _field(out, mark, "msgctxt", entry.msgctxt, memo)
    _field(out, mark, "msgid", entry.msgid, memo)
    if entry.msgid_plural:
        _field(out, mark, "msgid_plural", entry.msgid_plural)
    if entry.msgstr_plural:
        for index in sorted(entry.msgstr_plural):
            _field(out, mark, f"msgstr[{index}]", entry.msgstr_plural[index])
    else:
        _field(out, mark, "msgstr", entry.msgstr)
    out.append("")  # each entry ends with a newline, and entries are separated by one more


def _natural(key: str) -> list[int | str]:
    return [int(part) if part.isdigit() else part.lower() for part in _DIGITS_RE.split(key)]


def ordered_metadata(metadata: Mapping[str, str]) -> list[tuple[str, str]]:
    """The header fields in the order polib writes them."""
    ordered = [(name, metadata[name]) for name in _ORDER if name in metadata]
    rest = sorted((name for name in metadata if name not in _ORDER), key=_natural)
    return ordered + [(name, metadata[name]) for name in rest]


def render(metadata: Mapping[str, str], entries: Sequence[EntryLike] | Iterable[EntryLike],
           header: str = "", metadata_fuzzy: bool = False, memo: Memo | None = None) -> str:
    """The text polib writes for a ``POFile(wrapwidth=0)`` with this header comment,
    metadata and entries (``str(pofile)``): active entries first, then obsolete ones.

    ``memo``: lines written before, to share between the files of one release (the caller
    drops it after the release: it holds every unit's lines)."""
    out = [f"#{'' if line[:1] in (',', ':') or not line else ' '}{line}"
           for line in header.split("\n")]
    head = PoEntry()
    fields = ordered_metadata(metadata)
    if fields:
        head.msgstr = "\n".join(f"{name}: {value}" for name, value in fields) + "\n"
    if metadata_fuzzy:
        head.flags.append("fuzzy")
    body: list[str] = []
    _entry(body, head)
    items = list(entries)
    for entry in items:
        if not entry.obsolete:
            _entry(body, entry, memo)
    for entry in items:
        if entry.obsolete:
            _entry(body, entry)
    # polib joins each entry's lines, the last one "", with "\n", then the entries with "\n":
    # the same as joining all the lines at once
    return "\n".join(out) + "\n" + "\n".join(body)
