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
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from transpub.catalog import Translation, TranslationSet, read_translations
from transpub.errors import CatalogError
from transpub.fastnew import maker
from transpub.fsutil import check_regular
from transpub.garbled import UNWRITABLE, published
from transpub.poread import _ESCAPE_RE, _escape, _unquote, header_fields, split_obsolete
from transpub.unfilled import LONGEST_TEXT as PLACEHOLDER_LONGEST

if TYPE_CHECKING:
    from transpub.localise import Problem

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
#: these bytes and nothing else). Carriage returns are not among them: they are read as
#: poread reads them first (``_line_ends``).
_SUSPECT = bytes([*range(0, 9), 11, 12, *range(14, 32), 127])
_JOIN = '"\n"'
#: The lead bytes of UTF-8's four-byte characters (beyond the first plane)
_FOUR_BYTE_LEADS = (b"\xf0", b"\xf1", b"\xf2", b"\xf3", b"\xf4")
#: Escapes that span several characters (octal, hexadecimal) or make a control character; a
#: false alarm (``\\x``: an escaped backslash, then x) only takes the exact, slower way.
_RISKY = re.compile(r"\\[0-7xabfv]")
#: ``Translation(unit, source, target, fuzzy, line, "", context)`` without its ``__init__``: one
#: per entry (fastnew).
_translation = maker(Translation, "unit", "source", "target", "fuzzy", "line", "context")


def _language_agrees(header: str, lang: str) -> bool:
    """Whether the header's strings ``header`` say no language, ``lang`` or one of its forms
    (``fr_FR``), its fields read as poread reads them (a value on the next string, a field
    twice, a space before the colon): a file of another language in ``lang``'s folder goes
    to poread, whose reader refuses it with its line (``catalog.language_agrees``)."""
    said = header_fields(_ESCAPE_RE.sub(_escape, _text_of(header))).get("Language", "")
    said = said.strip()
    if not said or said == lang:
        return True
    from transpub.languages import header_agrees

    return header_agrees(said, lang)


def _suspect(raw: bytes) -> bool:
    """Whether ``raw`` holds a byte of ``_SUSPECT``: a ``memchr`` per byte value (31 passes
    of the C library's vector search cost half of one ``bytes.translate`` over the file)."""
    return any(map(raw.__contains__, _SUSPECT))


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


def read_build_entries(path: Path, lang: str,
                       data: bytes | None = None) -> BuildEntries | TranslationSet:
    """What a page needs of ``path``: its entries as ``BuildEntries`` (msgctxt -> the raw
    strings, read by one regular expression, no object made per entry) for a file of the plain
    shape (see ``_plain``); anything else as ``read_build_translations`` reads it (a
    ``TranslationSet``: this module's per-entry reader, or poread, which names any error)."""
    if data is None:
        check_regular(path, CatalogError)
    try:
        raw = _line_ends(path.read_bytes() if data is None else data)
        if _suspect(raw):
            raise _Unsure
        whole = raw.decode("utf-8-sig")
        text = _active_part(whole, path)
        if len(text) != len(whole):  # (the obsolete entries cut off the bytes too)
            raw = raw[:len(raw) - len(whole[len(text):].encode())]
        plain = _plain(text, raw, path, lang)
        return plain if plain is not None else _read(text, path, lang)
    except (_Unsure, CatalogError, OSError, UnicodeDecodeError):
        return read_translations(path, lang)


def read_build_translations(path: Path, lang: str, data: bytes | None = None) -> TranslationSet:
    """The active entries of ``path`` as ``read_translations`` reads them (unit, msgid, msgstr,
    fuzzy, line, msgctxt); the header, comments, flags and obsolete entries are left out, as
    build does not use them. Any file outside the common shape is read by poread instead.
    ``data``: the file's bytes, when the caller has just read them whole (to hash them)."""
    if data is None:
        check_regular(path, CatalogError)  # a folder, a pipe: poread's refusal, word for word
    try:
        raw = _line_ends(path.read_bytes() if data is None else data)
        if _suspect(raw):
            raise _Unsure
        return _read(_active_part(raw.decode("utf-8-sig"), path), path, lang)
    except (_Unsure, CatalogError, OSError, UnicodeDecodeError):
        return read_translations(path, lang)  # poread reads it (or names what is wrong)


def _line_ends(raw: bytes) -> bytes:
    """``raw`` with poread's line ends (``poread._newlines``): CRLF and a lone CR read as LF.
    A PO file saved by a Windows editor, or checked out by git with ``core.autocrlf``, has
    CRLF throughout; it went to poread whole, ~3x the time a file (0.13 -> 0.33-0.43 ms at
    N = 1000). On the bytes, before decoding: in UTF-8 these bytes are those characters and
    nothing else (a file in another charset fails to decode, and poread reads it)."""
    if b"\r" not in raw:
        return raw
    return raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def _active_part(text: str, path: Path) -> str:
    """``text`` up to its obsolete entries (``#~``), which build does not read, when they are
    all at its end (``poread.split_obsolete``): the rest of the file is then read the fast
    way. The file goes to poread whole (``_Unsure``) unless poread's line reader reads that
    tail as obsolete entries only: an error in it is poread's to name, with its line, and an
    active entry after an obsolete one is poread's to read."""
    split = split_obsolete(text, path)
    if split is None:
        raise _Unsure
    return split[0]


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
            if not _STRICT.fullmatch(msgstr) or not _language_agrees(msgstr, lang):
                raise _Unsure  # (poread names what is wrong: catalog.language_agrees)
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


# --- the plain shape: entries kept as the regular expression found them ----------------------

#: A string and its continuation lines: each line a quotation mark, at least one character
#: and a quotation mark at its end (what is between is checked by ``_plain``, for the whole
#: file at once: a charset per character here cost three times as much; ``[^\n]*"`` backs up
#: one character from the line's end, cheaper than a lookbehind).
_LINES = r'"[^\n]*"(?:\n"[^\n]*")*+'
#: A previous-string line (``#|``) poread reads without an error in a file without
#: backslashes: nothing, a string, or a msgctxt or msgid keyword, one space and a string, none
#: with a quotation mark inside (``poread._previous`` unquotes those). What transpub's merge
#: and ``msgmerge --previous`` write above a fuzzy entry; any other ``#|`` line leaves the
#: plain shape (poread reads it, or names its error).
_PREVIOUS = r'#\|[ \t]*(?:(?:msgctxt |msgid )?"[^"\n]*")?[ \t]*\n'
#: An entry of the plain shape, matched where the last one ended (``_plain``): comment lines
#: other than ``#~`` ones and ``#|`` ones not of ``_PREVIOUS``, the last ``#,`` line among
#: them (group 1: None for an entry without flags), a one-line msgctxt without quotation
#: marks (group 2: its text), msgid and msgstr strings with their continuation lines (groups
#: 3, 4: as written, quotation marks included), blank lines.
_PLAIN = re.compile(
    # (the capturing alternative last: Python 3.11's re gets a group's span wrong when an
    # alternative after it matches in a later turn of a possessive repetition, SystemError)
    rf"(?:#[^~|,\n][^\n]*+\n|#\n|{_PREVIOUS}|(#,[^\n]*+\n))*+"
    r'msgctxt "([^"\n]*+)"\n'
    rf"msgid ({_LINES})\n"
    rf"msgstr ({_LINES})(?:\n|\Z)\n*+")
_FLAGS = itemgetter(0)
_CONTEXT = itemgetter(1)
_IDS = itemgetter(2)
_STRS = itemgetter(3)
_BOM = b"\xef\xbb\xbf"
#: One entry as ``_PLAIN`` found it: (its last ``#,`` line or None, msgctxt, msgid strings,
#: msgstr strings).
Raw = tuple[str | None, str, str, str]


def _text_of(strings: str) -> str:
    """The value of a string and its continuation lines of a plain file (no escapes and no
    quotation marks inside, checked for the whole file by ``_plain``)."""
    return strings[1:-1].replace(_JOIN, "")


def _strict(strings: str) -> bool:
    """``_STRICT.fullmatch(strings)`` for a string and its continuation lines as ``_STRINGS``
    matched them (each line from a quotation mark to one). A header's only escapes are
    ``\\n``: without them, two quotation marks a line and no backslash left is the same
    answer, without the pattern's class per character."""
    plain = strings.replace("\\n", "")
    if "\\" not in plain:
        return plain.count('"') == 2 * (plain.count("\n") + 1)
    return _STRICT.fullmatch(strings) is not None


def _plain(text: str, raw: bytes, path: Path, lang: str) -> BuildEntries | None:
    """``text``'s entries as ``BuildEntries`` when every entry after the header has the plain
    shape of ``_PLAIN`` and holds no backslash, no duplicate or empty msgctxt and no quotation
    mark inside a string; None for any other file (the per-entry reader's). ``raw``: the
    bytes ``text`` was decoded from. The checks are made once per file, in C: Python runs
    per entry only for an entry with flags (``#,``)."""
    start = 0
    head = _ENTRY.match(text)
    if head is not None and not head.group(3) and head.group(5) == '""':
        # the header (build reads none of its fields), checked as _read checks it
        comments, msgstr = head.group(2), head.group(6)
        if "#~" in comments or "#|" in comments or not _strict(msgstr) \
                or not _language_agrees(msgstr, lang):
            return None
        if "\\" in msgstr and _RISKY.search(msgstr):
            _value(msgstr, path, 1)  # a control character made by an escape: poread's error
        start = head.end()
    # no backslash after the header (escapes: the per-entry reader undoes them as poread);
    # searched in the bytes from the header's end (``memchr``), not counted over the file
    if raw.find(b"\\", len(text[:start].encode()) + 3 * raw.startswith(_BOM)) >= 0:
        return None
    # entry after entry, each matched where the last one ended: they tile the file if the
    # last one ends at its end (no group for the whole entry to measure, no search)
    scanner = _PLAIN.scanner(text, start)  # type: ignore[attr-defined]  # (not in typeshed)
    matches: list[re.Match[str]] = list(iter(scanner.match, None))
    if (matches[-1].end() if matches else start) != len(text):
        return None
    found: list[Raw] = list(map(_GROUPS, matches))  # type: ignore[arg-type]  # (4 groups)
    items = dict(zip(map(_CONTEXT, found), found, strict=True))
    if len(items) != len(found) or "" in items:
        return None  # a duplicate msgctxt, or an empty one (its unit key is the msgid)
    # each line of a string starts and ends with a quotation mark (two of them: _LINES), and
    # the lines of a string are one more than its line breaks: no other quotation mark
    strings = "".join(map(_IDS, found)) + "".join(map(_STRS, found))
    if strings.count('"') != 2 * (strings.count("\n") + 2 * len(found)):
        return None  # a raw quotation mark inside a string: poread names it
    fuzzy: set[str] = set()
    if any(map(_FLAGS, found)):
        for match in matches:
            if match.group(1) is None:
                continue  # no ``#,`` line among its comments
            context = match.group(2)
            comments = text[match.start():match.start(2) - len('msgctxt "')]
            if any("fuzzy" in [flag.strip() for flag in row[2:].split(",")]
                   for row in comments.split("\n") if row.startswith("#,")):
                fuzzy.add(context)  # poread's rule: a flag among the commas, stripped
    return BuildEntries(lang, path, text, items, fuzzy,
                        any(map(raw.__contains__, _FOUR_BYTE_LEADS)))


_GROUPS = re.Match.groups


class BuildEntries:
    """The active entries of a PO file of the plain shape, as a page reads them: msgctxt ->
    the entry's raw strings, each unquoted only when a unit asks for it; the line of an entry
    found only when a problem names it. The same answers as the ``TranslationSet`` poread
    gives (``rows``, tests/test_build_fastpath.py), and ``localise.usable``'s rule."""

    __slots__ = ("far", "fuzzy", "items", "lang", "path", "text")

    def __init__(self, lang: str, path: Path, text: str, items: dict[str, Raw],
                 fuzzy: set[str], far: bool = True) -> None:
        self.lang = lang
        self.path = path
        self.text = text
        self.items = items
        #: The msgctxt of each fuzzy entry.
        self.fuzzy = fuzzy
        #: Whether the file holds a character beyond the first plane (a 4-byte UTF-8 one):
        #: only then is a target searched for a noncharacter of those planes
        self.far = far

    def pick(self, unit: str, source: str, served: set[str], problems: list[Problem],
             include_fuzzy: bool, known: dict[str, str] | None = None,
             ) -> tuple[str, bool] | None:
        """``localise.usable`` for the unit ``unit`` whose text is ``source``: its target and
        fuzzy flag, or None (it falls back to the source). Every entry has a msgctxt, so none
        serves a unit by its text; ``served`` takes the msgctxt of each entry found.
        ``known``: a unit's text -> a msgid, as written, found to be that text (a release's
        six PO files were written alike: its other languages compare the strings as written,
        without unquoting each one again)."""
        raw = self.items.get(unit)
        if raw is None:
            return None
        served.add(unit)
        target = raw[3][1:-1].replace(_JOIN, "")
        if not target or target.isspace():
            return None  # (spaces only: untranslated, as the check says: TP601)
        msgid = raw[2]
        if known is None or known.get(source) != msgid:
            if msgid[1:-1].replace(_JOIN, "") != source:
                from transpub.localise import STALE, Problem

                problems.append(Problem(unit, self.line(unit), STALE))
                return None
            if known is not None:
                known[source] = msgid
        if UNWRITABLE.search(target) is not None or self.far:
            from transpub.localise import not_publishable

            if not_publishable(unit, target, source, self.line(unit), problems):
                return None  # (it says why)
        if len(target) <= PLACEHOLDER_LONGEST:
            from transpub.localise import placeheld

            if placeheld(unit, target, source, self.line(unit), problems):
                return None  # «NS», «TODO» (it says so)
        fuzzy = unit in self.fuzzy
        if not include_fuzzy and fuzzy:
            return None
        return published(target), fuzzy  # (composed, forms as letters: ``published``)

    def unmatched(self, served: set[str]) -> list[Problem]:
        """``localise._unmatched``: the translated entries that served no unit, said once."""
        if len(served) == len(self.items):
            return []
        from transpub.localise import unmatched_problem

        lost = [unit for unit, raw in self.items.items()
                if unit not in served and _text_of(raw[3])]
        return unmatched_problem(lost[0], self.line(lost[0]), len(lost)) if lost else []

    def line(self, unit: str) -> int:
        """The line of the entry of ``unit`` (its msgctxt keyword's, as poread numbers it):
        the only line of the file that starts with that msgctxt."""
        text = self.text
        keyword = f'msgctxt "{unit}"\n'
        if text.startswith(keyword):
            return 1
        return text.count("\n", 0, text.index("\n" + keyword)) + 2

    def rows(self) -> list[tuple[str, str, str, bool, int, str]]:
        """Each entry as a ``Translation`` of poread's set gives it: (unit, msgid, msgstr,
        fuzzy, line, msgctxt), in the file's order (for the tests)."""
        return [(unit, _text_of(raw[2]), _text_of(raw[3]), unit in self.fuzzy, self.line(unit),
                 unit) for unit, raw in self.items.items()]

    def translations(self) -> TranslationSet:
        """The same entries as a ``TranslationSet`` (for the plain way's ``localise``)."""
        return _read(self.text, self.path, self.lang)


#: What build reads of a PO file.
Entries = BuildEntries | TranslationSet


def as_set(entries: Entries | None) -> TranslationSet | None:
    """``entries`` as a ``TranslationSet`` (the plain way's ``localise`` takes one)."""
    return entries.translations() if isinstance(entries, BuildEntries) else entries
