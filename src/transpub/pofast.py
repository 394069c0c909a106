"""The build's PO reader: the entries ``transpub build`` needs, read with one regular expression.

``poread.parse`` checks every line of a PO file in Python; on the files transpub writes that is
most of a build's time (0.5 ms of 1.3 ms per page). Build only needs, per active entry, the
msgctxt, msgid, msgstr, the fuzzy flag and the line. This reader matches whole entries of the
shape transpub (and msgcat, polib, Poedit) write -- comment lines, then ``msgctxt``, ``msgid``
and ``msgstr``, each a string possibly continued on the following lines -- and hands any file
it is not sure about to ``catalog.read_translations``: plural or obsolete entries, other
spellings of the syntax, escapes it cannot undo exactly as poread does, duplicates, anything
that poread would refuse. So for every file the result is the one ``read_translations`` gives
(for the fields build reads), and every error is poread's, with its file and line.
"""

from __future__ import annotations

import re
from pathlib import Path

from transpub.catalog import Translation, TranslationSet, read_translations
from transpub.errors import CatalogError
from transpub.fastnew import maker
from transpub.fsutil import check_regular
from transpub.poread import _ESCAPE_RE, _escape, _unquote

# a string and its continuation lines, loosely: each line from a quotation mark to the last
# one; _value then refuses a raw quotation mark or a bad escape inside (a tighter pattern here
# cost twice as much for the same answer)
_STRINGS = r'"[^\n]*"(?:\n"[^\n]*")*'
_ENTRY = re.compile(
    r"(((?:#[^\n]*\n)*)"                # the whole entry; its comment lines
    rf"(?:(msgctxt )({_STRINGS})\n)?"   # msgctxt (the keyword group says whether there is one)
    rf"msgid ({_STRINGS})\n"
    rf"msgstr ({_STRINGS})(?:\n|\Z)"
    r"\n*)")
#: The same strings, strictly (each line a string with its escapes in pairs, as poread reads
#: it): one match checks a whole header.
_STRICT = re.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"(?:\n"[^"\\\n]*(?:\\.[^"\\\n]*)*")*')
#: Bytes that send a file to poread: control characters (which it refuses; in UTF-8 they are
#: these bytes and nothing else) and carriage returns (line ends it normalises).
_SUSPECT = bytes([*range(0, 9), 11, 12, 13, *range(14, 32), 127])
_NOT_SUSPECT = bytes(b for b in range(256) if b not in _SUSPECT)
_JOIN = '"\n"'
#: Escapes that span several characters (octal, hexadecimal) or make a control character; a
#: false alarm (``\\x``: an escaped backslash, then x) only takes the exact, slower way.
_RISKY = re.compile(r"\\[0-7xabfv]")
#: ``Translation(unit, source, target, fuzzy, line, "", context)`` without its ``__init__``: one
#: per entry (fastnew).
_translation = maker(Translation, "unit", "source", "target", "fuzzy", "line", "context")


class _Unsure(Exception):
    """The fast path cannot vouch for this file: read it with poread."""


def _value(strings: str, path: Path, line: int) -> str:
    """The text of a string and its continuation lines, unescaped as poread unescapes them."""
    if "\\" not in strings:
        value = strings[1:-1].replace(_JOIN, "")
        if '"' in value:
            raise _Unsure  # a raw quotation mark: poread says where
        return value
    if _RISKY.search(strings):
        # per line, as poread does: an octal escape never runs on into the next line's
        # digits; and poread refuses the control characters these escapes can make
        return "".join(_unquote(token, path, line) for token in strings.split("\n"))
    if not _STRICT.fullmatch(strings):
        raise _Unsure
    # only one-character escapes: they cannot straddle lines, so join first
    return _ESCAPE_RE.sub(_escape, strings[1:-1].replace(_JOIN, ""))


def _fuzzy(comments: str, path: Path, line: int) -> bool:
    """Whether the ``#,`` lines flag the entry fuzzy. ``#|`` strings are checked as poread
    checks them (it raises on a bad one); an obsolete (``#~``) line is poread's to read."""
    fuzzy = False
    for row in comments.split("\n"):
        if row.startswith("#,"):
            fuzzy = fuzzy or "fuzzy" in [f.strip() for f in row[2:].split(",")]
        elif row.startswith("#~"):
            raise _Unsure
        elif row.startswith("#|"):
            content = row[2:].strip()
            keyword, _, token = content.partition(" ")
            if content.startswith('"'):
                _unquote(content, path, line)
            elif keyword in ("msgctxt", "msgid") and token.strip():
                _unquote(token.strip(), path, line)
    return fuzzy


def read_build_translations(path: Path, lang: str, data: bytes | None = None) -> TranslationSet:
    """The active entries of ``path`` as ``read_translations`` reads them (unit, msgid, msgstr,
    fuzzy, line, msgctxt); the header, comments, flags and obsolete entries are left out, as
    build does not use them. Any file outside the common shape is read by poread instead.
    ``data``: the file's bytes, when the caller has just read them whole (to hash them)."""
    if data is None:
        check_regular(path, CatalogError)  # a folder, a pipe: poread's refusal, word for word
    try:
        raw = path.read_bytes() if data is None else data
        if raw.translate(None, _NOT_SUSPECT):
            raise _Unsure
        return _read(raw.decode("utf-8-sig"), path, lang)
    except (_Unsure, CatalogError, OSError, UnicodeDecodeError):
        return read_translations(path, lang)  # poread reads it (or names what is wrong)


def _read(text: str, path: Path, lang: str) -> TranslationSet:
    found = _ENTRY.findall(text)
    # findall skips what does not match: the matches must cover the whole file
    if sum(len(whole) for whole, *_ in found) != len(text):
        raise _Unsure
    items: dict[str, Translation] = {}
    active: list[Translation] = []
    seen: set[tuple[str | None, str]] | None = None
    line = 1
    for whole, comments, ctx_kw, ctx, msgid, msgstr in found:
        first = line + comments.count("\n")  # poread numbers an entry by its first keyword
        line += whole.count("\n")
        if "\\" in whole:
            context = _value(ctx, path, first) if ctx_kw else None
            source = _value(msgid, path, first)
            target = None
        else:  # no escapes, the common entry: _value inlined
            context = ctx[1:-1].replace(_JOIN, "") if ctx_kw else None
            source = msgid[1:-1].replace(_JOIN, "")
            target = msgstr[1:-1].replace(_JOIN, "")
            if '"' in source or '"' in target or (context and '"' in context):
                raise _Unsure  # a raw quotation mark: poread says where
        fuzzy = "#" in comments and ("#," in comments or "#~" in comments
                                     or "#|" in comments) and _fuzzy(comments, path, first)
        if not source and context is None:  # the header: build reads none of its fields,
            if not _STRICT.fullmatch(msgstr):
                raise _Unsure
            if "\\" in msgstr and _RISKY.search(msgstr):
                _value(msgstr, path, first)  # poread refuses a control character in it
            continue
        if target is None:
            target = _value(msgstr, path, first)
        unit = context or source
        # a duplicate (msgctxt, msgid) shares its unit key with an earlier entry: the keys are
        # kept in a set only from the first shared unit key on (not one per entry of a file
        # whose keys are all distinct, the common case)
        if seen is not None or unit in items:
            if seen is None:
                seen = {(other.context, other.source) for other in active}
            if (context, source) in seen:
                raise _Unsure  # poread names the duplicate
            seen.add((context, source))
        item = _translation(unit, source, target, fuzzy, first, context)
        active.append(item)
        if unit not in items:
            items[unit] = item
    return TranslationSet(lang, path, items, entries=tuple(active))
