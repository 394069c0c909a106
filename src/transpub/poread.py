"""A strict, single-pass PO reader: every line must be a comment, a keyword with a string, or
a string continuing the previous one, and anything else is an error naming its line. It is what
every reader of PO files in transpub uses (build, check, stats, the memory, the merge); polib,
behind catalog.py, only writes.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from transpub.errors import (
    CONFLICT,
    LFS_POINTER,
    MO_FILE,
    CatalogError,
    conflict_line,
    lfs_pointer,
    misnamed,
    mo_file,
)
from transpub.fsutil import read_regular

_STRING = r'"(?:[^"\\]|\\.)*"'
_STRING_RE = re.compile(_STRING)


def read_header(path: Path) -> dict[str, str]:
    """The header fields of a PO file, from its first entry only (for routing files cheaply)."""
    text = _newlines(read_text(path))
    end = text.find("\n\n", text.find("msgstr"))
    return parse(text if end < 0 else text[:end], path)[0]


def header_comment(text: str) -> str:
    """The translator comments (``# …`` lines, joined by line breaks, as an entry's
    ``translator``) before the header entry that starts ``text``: the credits and copyright
    lines Poedit, Lokalize, Weblate and Transifex (``# Translators:``) write there; "" when
    the first entry is not the header. The readers give the header's fields only; the merge
    writes these back (they had become a bare "#" at every rewrite)."""
    lines: list[str] = []
    for raw_line in _newlines(text).split("\n"):
        line = raw_line.strip()
        if not line:
            continue
        if not line.startswith("#"):
            return "\n".join(lines) if " ".join(line.split()) == 'msgid ""' else ""
        if line[1:2] not in (",", ".", ":", "|", "~"):  # (what ``_Pending.add`` keeps so)
            lines.append(line[1:].removeprefix(" "))
    return ""


def header_line(path: Path, name: str) -> int:
    """The line of the header field ``name`` (``"Language: xx\\n"``) in the PO file at
    ``path``, for an error about its value; 1 when it cannot be found (read on the error
    path only: the readers above do not keep the header's lines)."""
    try:
        text = _newlines(read_text(path))
    except (CatalogError, OSError):
        return 1
    end = text.find("\n\n", text.find("msgstr"))
    # (at a string's start, or after an escaped newline: a header written as one string)
    field = re.compile(rf'(?:"|\\n){re.escape(name)}\s*:', re.IGNORECASE)
    for number, line in enumerate((text if end < 0 else text[:end]).split("\n"), 1):
        if not line.lstrip().startswith("#") and field.search(line):
            return number
    return 1


def read_entries(path: Path) -> tuple[dict[str, str], list[RawEntry]]:
    """Header and entries of a PO file; a duplicate active (msgctxt, msgid) is an error by line.

    Obsolete entries that collide with an active one or with each other (which msgfmt refuses
    too) are returned as they are, so that the merge can repair the file without losing them.
    """
    header, entries, _text, _raw = read_entries_text(path)
    return header, entries


def read_entries_text(path: Path) -> tuple[dict[str, str], list[RawEntry], str, bytes]:
    """``read_entries``, and the text it read and its bytes (the merge compares the text with
    what it would write, and leaves a file that would not change alone)."""
    text, raw, utf8 = _decode(path)
    # (a control character looked for in the bytes: ``read_rows``)
    header, entries = parse(text, path, bool(raw.translate(None, _NOT_CONTROL)) if utf8
                            else None)
    seen: dict[tuple[str | None, str], int] = {}
    for entry in entries:
        if entry.obsolete:
            continue
        key = (entry.context, entry.msgid)
        if key in seen:
            raise CatalogError(f"duplicate entry (same msgctxt and msgid as line {seen[key]})",
                               path, entry.line)
        seen[key] = entry.line
    return header, entries, text, raw


#: The header entry, as msgfmt finds it: ``msgid ""`` (its strings all empty) at a line's
#: start, then its msgstr's strings (group 1); whether a msgctxt comes before it is checked
#: apart (``declared_charset``).
_HEADER_ENTRY_RE = re.compile(
    r'^[ \t]*msgid[ \t]+""[ \t]*\n(?:[ \t]*""[ \t]*\n)*'
    r'[ \t]*msgstr[ \t]*((?:[ \t]*"[^\n]*"[ \t]*(?:\n|\Z))+)', re.MULTILINE)
_CHARSET_RE = re.compile(r"charset=([A-Za-z0-9_.:-]+)")


def declared_charset(raw: bytes) -> str | None:
    """The charset the header entry's ``Content-Type`` declares, read as msgfmt reads it:
    from the msgstr of the first entry whose msgid is empty and that has no msgctxt, however
    far into the file (translator credits before it can fill pages); None without one. Read
    in the bytes as Latin-1 (each byte a character, the line structure kept in every charset
    a PO file can be in): a comment saying "converted from charset=KOI8-R" is no header (the
    first "charset=" of the first 4 KB had been taken, and a CP1251 file read as KOI8-R)."""
    text = _newlines(raw.decode("latin-1"))
    for match in _HEADER_ENTRY_RE.finditer(text):
        if _after_msgctxt(text, match.start()):
            continue  # (msgctxt "…" msgid "": an entry, not the header)
        value = "".join(line.strip()[1:-1] for line in match.group(1).split("\n")
                        if line.strip())
        for field in value.split("\\n"):
            name, _, rest = field.partition(":")
            if name.strip().lower() == "content-type":
                found = _CHARSET_RE.search(rest)
                return found.group(1) if found else None
        return None
    return None


#: Charsets whose files are read with a superset's codec: Windows calls its code page 936
#: (GBK) "GB2312", and its tools label GBK files so; GBK's «·» (A1A4, as in «弗拉基米尔·沃龙
#: 科夫») is «・» (U+30FB) in Python's (and glibc's) EUC-CN. Browsers read the label as GBK
#: too (WHATWG's encoding standard); every GB2312 file reads the same as GB18030 but that one
#: character.
_SUPERSETS = {"gb2312": "gb18030"}


def codec_of(charset: str) -> str:
    """The codec a PO file declared in ``charset`` is read (and written back) with: its own,
    or a superset (``_SUPERSETS``). Raises LookupError for an unknown one."""
    name = codecs.lookup(charset).name
    return _SUPERSETS.get(name, name)


def legacy_charset(raw: bytes) -> str | None:
    """The charset a PO file's bytes were read in when they are not UTF-8 (its header's,
    ``declared_charset``); None for a UTF-8 file."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return declared_charset(raw)
    return None


#: What iconv's ``//TRANSLIT`` (and Windows' best-fit tables) write for the quotation marks
#: and dashes a charset cannot hold, one character for one
_TRANSLITERATED = {"'": "‘’‚‛", '"': "“”„‟", "-": "‐‑‒–—―"}


def lost_to_charset(written: str, source: str, charset: str | None) -> str:
    """The characters of ``source`` that ``written`` holds as "?" (or, for quotation marks
    and dashes, as their ASCII form) because ``charset`` cannot encode them, when that is
    all that differs: a legacy-charset editor's save of an English msgid (CP1256 has no "Á":
    "Miguel ?ngel"; KOI8-R and ISO-8859-15 no curly quotes); "" otherwise (another
    difference, a character the charset holds written otherwise, a UTF-8 file)."""
    if charset is None or len(written) != len(source):
        return ""
    lost: dict[str, None] = {}
    for ours, theirs in zip(written, source, strict=True):
        if ours == theirs:
            continue
        if ours != "?" and theirs not in _TRANSLITERATED.get(ours, ""):
            return ""
        try:
            theirs.encode(charset)
        except UnicodeEncodeError:
            lost[theirs] = None
            continue
        except LookupError:
            return ""
        return ""  # (a "?" the charset could have written as the character)
    return "".join(lost)


def lost_message(count: int, charset: str, chars: Iterable[str]) -> str:
    """What extract and ``xliff import`` say, once a file, of its ``count`` msgids that lost
    ``chars`` to ``charset`` (``lost_to_charset``)."""
    return (f"{count} msgid(s) had characters {charset} cannot encode ("
            + ", ".join(repr(char) for char in chars) + ') written "?" (or as ASCII) by the '
            "translator's tool: matched by msgctxt, their translations kept, the source's "
            "msgids written back")


def _after_msgctxt(text: str, start: int) -> bool:
    """Whether the keyword line at ``start`` continues an entry begun by a msgctxt: the last
    keyword before it, across its continuation strings, is msgctxt."""
    end = start
    while end > 0:
        begin = text.rfind("\n", 0, end - 1) + 1
        line = text[begin:end].strip()
        end = begin
        if not line or line.startswith('"'):
            continue
        return line.startswith("msgctxt")
    return False


def read_text(path: Path) -> str:
    """The text of a PO file: UTF-8, or else the charset its header declares (``charset=
    CP1251``, as msgfmt reads it); anything else is an error naming the line of the bad byte."""
    return read_text_raw(path)[0]


def read_text_raw(path: Path) -> tuple[str, bytes]:
    """``read_text``, and the bytes it decoded."""
    text, raw, _utf8 = _decode(path)
    return text, raw


def _decode(path: Path) -> tuple[str, bytes, bool]:
    """``read_text_raw``, and whether the bytes were UTF-8."""
    raw = read_regular(path, CatalogError)  # open, fstat, read, close: four system calls
    try:
        return raw.decode("utf-8-sig"), raw, True
    except UnicodeDecodeError as exc:
        if mo_file(raw):
            raise CatalogError(MO_FILE, path) from None
        # (a Word document, a workbook or a gzip given a .po name; UTF-16 is said below)
        other = misnamed(raw, "a PO file", "PO (UTF-8)", accepted={"utf-16"})
        if other is not None:
            raise CatalogError(other, path, 1) from None
        line = raw.count(b"\n", 0, exc.start) + 1
        not_utf8 = (_cut_short(raw, exc, path) or
                    CatalogError(f"not UTF-8 (byte 0x{raw[exc.start]:02x}); PO files must be "
                                 "saved as UTF-8", path, line))
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise CatalogError("a UTF-16 PO file (msgfmt cannot read it either); save it as "
                           "UTF-8", path, 1)
    name = declared_charset(raw)
    if name is None:
        raise not_utf8
    try:
        return raw.decode(codec_of(name)), raw, False
    except LookupError:
        raise CatalogError(f"unknown charset {name!r} in the header", path, 1) from None
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise (_cut_short(raw, exc, path) or
               CatalogError(f"not {name} (byte 0x{raw[exc.start]:02x}), as the header says",
                            path, line)) from None
    except UnicodeError:  # (a codec that decodes nothing: Python's "undefined")
        raise CatalogError(f"unknown charset {name!r} in the header", path, 1) from None


#: What a PO file cut short is told as: an interrupted transfer (a mail attachment, a copy to
#: a shared drive) leaves the start of a file, which had been "not UTF-8" or "unterminated
#: string", as if the translator's tool had written it wrong.
TRUNCATED = "truncated: the file ends {}; an interrupted transfer? Get the whole file again"


def _cut_short(raw: bytes, exc: UnicodeDecodeError, path: Path) -> CatalogError | None:
    """The error for bytes that end in the middle of a multibyte character (the first bytes
    of a UTF-8, GB18030… sequence, and nothing after them); None for any other bad byte."""
    if exc.end != len(raw) or exc.reason not in ("unexpected end of data",
                                                 "incomplete multibyte sequence"):
        return None
    return CatalogError(TRUNCATED.format("in the middle of a character"), path,
                        raw.count(b"\n") + 1)


def _newlines(text: str) -> str:
    """CRLF (Windows) and CR-only (old Mac editors) line endings read as LF; msgfmt reads all
    three. Files transpub writes use LF; a file it does not need to rewrite keeps its own."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass(slots=True)
class RawEntry:
    line: int
    context: str | None = None
    msgid: str = ""
    msgstr: str = ""
    fuzzy: bool = False
    obsolete: bool = False
    comments: str = ""
    flags: tuple[str, ...] = ()
    translator: str = ""
    """Translator comments (``# ...``), kept through a merge."""
    previous: dict[str, str] | None = None
    """``#| msgctxt`` / ``#| msgid`` of a fuzzy entry."""
    msgid_plural: str | None = None
    """The plural source of a plural entry (``msgid_plural``); None for an ordinary entry."""
    plurals: dict[int, str] | None = None
    """``msgstr[n]`` by n, for a plural entry (``msgstr`` is then ``msgstr[0]``)."""
    references: str = ""
    """The ``#:`` lines, kept through a merge of a foreign entry."""

    @property
    def key(self) -> tuple[str | None, str]:
        """What identifies an entry, as gettext sees it."""
        return (self.context, self.msgid)

    @property
    def translated(self) -> bool:
        """Whether any form holds a translation (a plural entry's ``msgstr[1]`` alone too):
        what an obsolete entry must hold for the merge or ``xliff import`` to keep it."""
        return any(self.forms())

    def forms(self) -> list[str]:
        """The translations: ``[msgstr]``, or ``msgstr[0..n]`` of a plural entry in order
        (a missing index is an empty form)."""
        if self.plurals is None:
            return [self.msgstr]
        return [self.plurals.get(i, "") for i in range(max(self.plurals, default=-1) + 1)]


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b",
            "f": "\f", "v": "\v"}
# C escapes as msgfmt reads them, octal (\101) and hexadecimal (\x41) included
_ESCAPE_RE = re.compile(r"\\(x[0-9A-Fa-f]{1,2}|[0-7]{1,3}|.)")


def _escape(match: re.Match[str]) -> str:
    code = match.group(1)
    if code[0] == "x" and len(code) > 1:
        return chr(int(code[1:], 16))
    if code[0] in "01234567":
        return chr(int(code, 8))
    return _ESCAPES.get(code, code)
#: C0 control characters other than tab and line breaks: no PO editor writes them, lxml cannot
#: publish them, and msgfmt's output would carry them into programs.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: Every byte but those of the characters of ``_CONTROL_RE``
_NOT_CONTROL = bytes(b for b in range(256) if not _CONTROL_RE.match(chr(b)))
# the string may start on the next line ("msgstr[0]" alone, then '"…"'), as msgfmt accepts
_KEYWORD_RE = re.compile(
    r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[(\d+)\])?)(?:\s+(".*)|\s*)$')
_DOMAIN_RE = re.compile(r'^domain\s+"[^"]*"\s*$')
#: The keywords a line may be the start of, cut (``msgst``, ``msgid_pl``; "msgid" is the
#: start of "msgid_plural"), and the start of a plural form's (``msgstr[0``): a file's last
#: line so is the file cut short
_KEYWORDS = ("msgctxt", "msgid_plural", "msgstr")
_FORM_START_RE = re.compile(r"msgstr\[\d*")


def _keyword_start(line: str) -> bool:
    return any(k.startswith(line) for k in _KEYWORDS) or bool(_FORM_START_RE.fullmatch(line))
#: No language has more plural forms than Arabic's six, and no ``Plural-Forms`` with more
#: than this is read: a ``msgstr[n]`` at or past it is no form of any language (msgfmt
#: refuses an index past the header's nplurals), and the reader never makes room by it (a
#: 1 KB entry ``msgstr[999999999]`` had grown every command to 15 GB). A smaller surplus is
#: TP605's.
MAX_PLURAL_FORMS = 12


def _unquote(token: str, path: Path, line: int) -> str:
    inner = token[1:-1]
    if len(token) < 2 or token[-1] != '"':
        raise CatalogError("PO syntax error: unterminated string", path, line)
    if "\\" not in inner:
        if '"' in inner:
            raise CatalogError("PO syntax error: unescaped quotation mark", path, line)
        return inner  # the common case: no escapes to check or undo
    if not _STRING_RE.fullmatch(token):
        raise CatalogError("PO syntax error: unterminated string", path, line)
    value = _ESCAPE_RE.sub(_escape, inner)
    control = _CONTROL_RE.search(value)
    if control:
        raise CatalogError(f"control character U+{ord(control.group()):04X} in a string "
                           "(escaped); remove it", path, line)
    return value


def parse(text: str, path: Path, control: bool | None = None
          ) -> tuple[dict[str, str], list[RawEntry]]:
    """A strict PO reader: every line must be a comment, a keyword with a string, or a string
    continuing the previous one; anything else is an error naming its line.

    A file of the common shape (see ``_parse_fast``) is read with one regular expression, in
    a third of the time; what it gives is what the line-by-line reader gives. ``control``:
    whether ``text`` holds a control character (``_CONTROL_RE``), when the caller knows it
    from the file's UTF-8 bytes (searched there in C, ~11 against ~94 us for the text of a
    18 KB file, a quarter of reading it); None: looked for here."""
    text = _newlines(text)
    # obsolete entries at the end: the rest of the file may be of the common shape
    split = split_obsolete(text, path)
    if split is None:
        # a "#~" line that is not of a tail: the fast readers would read up to it and give
        # up (a comment block holding one is theirs to refuse, ``_comments``)
        return _parse_lines(text, path)
    head, obsolete = split
    if control is None:
        control = _CONTROL_RE.search(text) is not None
    fast = None if control else _parse_rows(head, path)
    if fast is None:
        fast = _parse_fast(head, path)
    if fast is None:
        return _parse_lines(text, path)
    return fast[0], fast[1] + obsolete


def obsolete_cut(text: str) -> int | None:
    """Where the obsolete entries (``#~``) at the end of ``text`` begin: the first ``#~``
    line, or the comment lines just before it, which are that entry's own (the line reader
    gives comments to the entry its next keyword starts). None for a file without a ``#~``
    line; 0 for one whose first ``#~`` line no active entry comes before (nothing to cut).
    msgmerge, transpub's merge and the PO editors keep obsolete entries last: the readers of
    the common shape read the rest, and the tail is read line by line (``obsolete_tail``).
    A file transpub re-extracted after a source edit has such a tail; each of them went to
    the line reader whole, ~6x the time of the common shape (2.1 against 0.37 ms a file)."""
    if "~" not in text:
        return None  # (one character searched for: ~0.4 us a file against ~13 us for "\n#~")
    if text.startswith("#~"):
        return 0
    found = text.find("\n#~")
    if found < 0:
        return None
    cut = found + 1
    while cut:
        start = text.rfind("\n", 0, cut - 1) + 1
        if not text.startswith("#", start):
            break
        cut = start
    return cut


def split_obsolete(text: str, path: Path) -> tuple[str, list[RawEntry]] | None:
    """``text`` up to the obsolete entries at its end, and those entries (``obsolete_cut``,
    ``obsolete_tail``); ``(text, [])`` for a file without a ``#~`` line; None when they
    cannot be told apart from the rest (the line reader then reads the whole file)."""
    cut = obsolete_cut(text)
    if cut is None:
        return text, []
    tail = obsolete_tail(text, cut, path) if cut else None
    return None if tail is None else (text[:cut], tail)


def obsolete_tail(text: str, cut: int, path: Path) -> list[RawEntry] | None:
    """The entries of ``text[cut:]`` (``obsolete_cut``) as ``_parse_lines`` reads them in the
    whole file, numbered as there; None unless they are all obsolete and read without an
    error (the whole file is then the line reader's, which names the error's line). Read
    alone, the tail starts where the whole file's reader is after the last active entry,
    but for that entry itself: the reader ends it at a comment line, or at a msgctxt or
    msgid keyword; any other first line (a string, a msgstr) would be read into it, and
    fails here instead (a string or msgstr without its msgid)."""
    try:
        header, entries = _parse_lines(text[cut:], path, text.count("\n", 0, cut) + 1)
    except CatalogError:
        return None
    if header or not all(entry.obsolete for entry in entries):
        return None
    return entries


# A string and its continuation lines, each line from a quotation mark to the last one (what
# is inside is checked as _unquote checks it).
_STRINGS = r'"[^\n]*"(?:\n"[^\n]*")*'
#: A whole entry of the shape transpub, msgcat, polib and Poedit write: comment lines, then
#: msgctxt (maybe), msgid and msgstr, each keyword at the start of its line followed by one
#: space and a string, then blank lines. Plural and obsolete entries, other spacing, and
#: anything else take the line-by-line way.
_ENTRY_RE = re.compile(
    r"((?:#[^\n]*\n)*)"
    rf"(?:(msgctxt) ({_STRINGS})\n)?"
    rf"msgid ({_STRINGS})\n"
    rf"msgstr ({_STRINGS})(?:\n|\Z)"
    r"\n*")
_JOIN = '"\n"'


class _Unsure(Exception):
    """The fast reader leaves this file to the line-by-line one."""


def _strings(strings: str, path: Path, line: int) -> str:
    """The value of a string and its continuation lines, as ``_unquote`` reads them."""
    if "\\" not in strings:
        value = strings[1:-1].replace(_JOIN, "")
        if '"' in value:
            raise _Unsure  # a raw quotation mark: the line-by-line reader says where
        return value
    if strings.count("\\") == strings.count("\\n"):
        # every backslash starts a \n (a header's dozen lines, each with its \n): no escape
        # before a line's closing quotation mark, so each line is a whole string if it holds
        # no raw one, and the joined lines unescape with one replace (``_ESCAPE_RE.sub``
        # calls ``_escape`` once an escape, most of reading a header)
        value = strings[1:-1].replace(_JOIN, "")
        if '"' not in value:
            return value.replace("\\n", "\n")
    if _RISKY.search(strings) is None and _STRICT.fullmatch(strings) is not None:
        # one-character escapes only (\n, \", \\, \t…), each line a whole string: they cannot
        # straddle a line nor make a control character, so the lines are joined first and
        # unescaped at once (a header's dozen lines, each with its \n)
        return _ESCAPE_RE.sub(_escape, strings[1:-1].replace(_JOIN, ""))
    return "".join(_unquote(token, path, line) for token in strings.split("\n"))


#: Each line a string, its escapes in pairs (what ``_unquote`` accepts), over several lines
_STRICT = re.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"(?:\n"[^"\\\n]*(?:\\.[^"\\\n]*)*")*')
#: Escapes that span several characters (octal, hexadecimal) or make a control character
_RISKY = re.compile(r"\\[0-7xabfv]")


def _parse_fast(text: str, path: Path) -> tuple[dict[str, str], list[RawEntry]] | None:
    """``_parse_lines(text, path)`` for a file every entry of which has the shape of
    ``_ENTRY_RE``; None for any other file, or one with an error to report (the line-by-line
    reader then names its line)."""
    try:  # (a control character anywhere: a match stops at it, or the matches leave a gap)
        return _entries(text, path)
    except (_Unsure, CatalogError):
        return None


def _entries(text: str, path: Path) -> tuple[dict[str, str], list[RawEntry]] | None:
    header: dict[str, str] = {}
    entries: list[RawEntry] = []
    covered = 0
    for start, end, entry in scan_entries(text, path):
        if start != covered:
            return None  # the matches must tile the whole file
        covered = end
        if entry.msgid or entry.context is not None:
            entries.append(entry)
        elif not header:
            _header(header, entry.msgstr)
    if covered != len(text):
        return None
    return header, entries


def scan_entries(text: str, path: Path) -> Iterator[tuple[int, int, RawEntry]]:
    """(start, end, entry) of each match of ``_ENTRY_RE`` in ``text``, one at a time, read as
    the fast reader reads them (the header too, as an entry without msgid or msgctxt); the
    matches tile the text only while each starts where the last ended. Stops where the fast
    reader gives up (a string it leaves to the line-by-line reader, a line ending or a
    control character it does not read)."""
    line = 1
    control = _CONTROL_RE.search
    try:
        for match in _ENTRY_RE.finditer(text):
            start, end = match.span()
            if text.find("\r", start, end) >= 0 or control(text, start, end):
                return  # (checked per entry: a caller may stop after the first few)
            comments, ctx_keyword, ctx, msgid, msgstr = match.groups()
            number = line + comments.count("\n")  # the entry's line: its first keyword's
            line += text.count("\n", start, end)
            entry = _comments(comments, path, number) if comments else RawEntry(number)
            if ctx_keyword:
                entry.context = _strings(ctx, path, number)
            entry.msgid = _strings(msgid, path, number)
            entry.msgstr = _strings(msgstr, path, number)
            yield start, end, entry
    except (_Unsure, CatalogError):
        return


def header_fields(msgstr: str) -> dict[str, str]:
    """The header's fields as the readers read them from its msgstr."""
    header: dict[str, str] = {}
    _header(header, msgstr)
    return header


_EXTRACTED_RE = re.compile(r"^#\.(.*)$", re.MULTILINE)

#: ``_STRINGS``, its continuation lines taken whole (possessive: a string is followed by a
#: keyword line or a blank one, never by a line that starts with a quotation mark, so giving
#: lines back can never make an entry match; where it would make one end early, before such a
#: line, the file is not tiled either way)
_STRINGS_ONCE = r'"[^\n]*"(?:\n"[^\n]*")*+'
#: ``_ENTRY_RE`` for ``read_rows``, read by position: an entry's extracted comments (``#.``),
#: an empty group where they end, its references (``#:``), then the other comment lines as a
#: group (empty but for a fuzzy, flagged, commented or previous-msgid entry, or one whose
#: common lines come in another order), msgctxt's strings (None without one), msgid's and
#: msgstr's. Only these small groups are made into strings: the comments, most of a file, are
#: not copied (nor, without ``comments``, read at all).
_ROW_RE = re.compile(
    r"(?:#\.[^\n]*\n)*+()(?:#:[^\n]*\n)*+((?:#[^\n]*\n)*+)"
    rf"(?:msgctxt ({_STRINGS_ONCE})\n)?"
    rf"msgid ({_STRINGS_ONCE})\n"
    rf"msgstr ({_STRINGS_ONCE})(?:\n|\Z)"
    r"\n*+")

#: An active entry as ``read_rows`` gives it: (line, msgctxt or None, msgid, msgstr, extracted
#: comments, flags, fuzzy, translator comments), the fields of ``RawEntry`` the readers of
#: translations use (not the references, previous msgids or plural forms).
Row = tuple[int, "str | None", str, str, str, tuple[str, ...], bool, str]


def read_rows(path: Path, comments: bool = True
              ) -> tuple[dict[str, str], list[Row], list[RawEntry]] | None:
    """``read_entries(path)`` as rows, for a file every active entry of which has the common
    shape of ``_parse_fast`` (and no two active entries the same key), and the obsolete
    entries at its end, if any, as ``RawEntry`` (``obsolete_tail``); None for any other file,
    which ``read_entries`` then reads (and names the line of any error in). One ``findall``
    and a tuple per entry: no ``RawEntry`` made, no comment line read but the extracted ones,
    unless the entry has other comments (``_comments`` reads those as ``parse`` does).
    Without ``comments`` (the check, which never reads them), an entry's extracted comments
    are not joined: its row holds "" for them (~15 % of reading a file of the benchmark's)."""
    text, raw, utf8 = _decode(path)
    # UTF-8 writes a control character as that very byte and no other character with one:
    # its bytes are searched (in C, a tenth of the time of the expression on the text)
    if (raw.translate(None, _NOT_CONTROL) if utf8 else _CONTROL_RE.search(text)):
        return None
    split = split_obsolete(_newlines(text), path)
    if split is None:
        return None
    text, obsolete = split
    try:
        rows = _rows(text, path, comments)
    except (_Unsure, CatalogError):
        return None
    return None if rows is None else (*rows, obsolete)


def _matched(text: str, path: Path) -> Iterator[tuple[re.Match[str], int, str | None, str, str]]:
    """Each match of ``_ROW_RE`` in ``text``, with its entry's line and its msgctxt (None
    without one), msgid and msgstr read; raises ``_Unsure`` where the matches do not tile the
    text or a string holds a raw quotation mark (the readers then leave the file to
    ``parse``, which says where)."""
    count = text.count
    line = 1
    covered = 0
    for match in _ROW_RE.finditer(text):
        start, end = match.span()
        if start != covered:
            raise _Unsure  # the matches must tile the file (finditer skips what does not match)
        covered = end
        _, _other, ctx, msgid_s, msgstr_s = match.groups()
        keyword = match.end(2)  # where the comment lines end
        number = line + count("\n", start, keyword)  # the entry's line is its first keyword's
        line = number + count("\n", keyword, end)
        if "\\" in msgid_s or "\\" in msgstr_s or (ctx is not None and "\\" in ctx):
            context = None if ctx is None else _strings(ctx, path, number)
            msgid = _strings(msgid_s, path, number)
            msgstr = _strings(msgstr_s, path, number)
        else:  # no escape: ``_strings`` inlined
            context = None if ctx is None else ctx[1:-1].replace(_JOIN, "")
            msgid = msgid_s[1:-1].replace(_JOIN, "")
            msgstr = msgstr_s[1:-1].replace(_JOIN, "")
            if '"' in msgid or '"' in msgstr or (context and '"' in context):
                raise _Unsure
        yield match, number, context, msgid, msgstr
    if covered != len(text):
        raise _Unsure


def _rows(text: str, path: Path, comments: bool = True
          ) -> tuple[dict[str, str], list[Row]] | None:
    header: dict[str, str] = {}
    rows: list[Row] = []
    seen: set[tuple[str | None, str]] = set()
    for match, number, context, msgid, msgstr in _matched(text, path):
        start, keyword = match.start(), match.end(2)
        other = keyword != match.start(2)  # comment lines other than #. and #:
        if not msgid and context is None:
            if not header:
                _header(header, msgstr)
            if other:  # read as parse reads it (an obsolete line: parse's to read)
                _comments(text[start:keyword], path, number)
            continue
        key = (context, msgid)
        if key in seen:
            return None  # read_entries names the duplicate's line
        seen.add(key)
        if other:
            entry = _comments(text[start:keyword], path, number)
            rows.append((number, context, msgid, msgstr, entry.comments if comments else "",
                         entry.flags, entry.fuzzy, entry.translator))
        elif not comments:
            rows.append((number, context, msgid, msgstr, "", (), False, ""))
        else:
            rows.append((number, context, msgid, msgstr,
                         _extracted(text, start, match.start(1)), (), False, ""))
    return header, rows


def _parse_rows(text: str, path: Path) -> tuple[dict[str, str], list[RawEntry]] | None:
    """``_parse_fast(text, path)`` read by ``_ROW_RE``'s positions, as ``read_rows`` reads:
    an entry whose comments are its extracted comments and references only (nearly all of a
    file transpub wrote) has them joined from the text, without ``_comments``' two searches
    and a ``RawEntry`` of their own; its strings without an escape are taken as they are. None
    where that reader is unsure, as ``_parse_fast``, and also for two active entries of one
    key (``read_entries`` names the second's line) and for a control character anywhere (the
    caller looks for one first): the callers then read it the slower way. The merge of an
    extract reads every translated PO file whole: 0.31 → ~0.1 s for the benchmark's 600 at
    N = 100."""
    header: dict[str, str] = {}
    entries: list[RawEntry] = []
    seen: set[tuple[str | None, str]] = set()
    try:
        for match, number, context, msgid, msgstr in _matched(text, path):
            start, keyword = match.start(), match.end(2)
            if keyword != match.start(2):  # comment lines other than #. and #:
                entry = _comments(text[start:keyword], path, number)
            else:
                split = match.start(1)  # where the extracted comments end, the references start
                entry = RawEntry(number, comments=_extracted(text, start, split),
                                 references=_extracted(text, split, keyword))
            if not msgid and context is None:
                if not header:
                    _header(header, msgstr)
                continue
            key = (context, msgid)
            if key in seen:
                return None
            seen.add(key)
            entry.context = context
            entry.msgid = msgid
            entry.msgstr = msgstr
            entries.append(entry)
    except (_Unsure, CatalogError):
        return None
    return header, entries


def _extracted(text: str, start: int, end: int) -> str:
    """The comments of the ``#.`` (or ``#:``) lines of ``text[start:end]``, as ``_comments``
    joins them: the extracted comments, or the references."""
    if start == end:
        return ""
    if text.count("\n", start, end) == 1:  # one line: "#. Headline."
        return text[start + 2:end - 1].strip()
    return "\n".join([row[2:].strip() for row in text[start:end - 1].split("\n")])


_REFERENCE_RE = re.compile(r"^#:(.*)$", re.MULTILINE)


def _comments(block: str, path: Path, number: int) -> RawEntry:
    """The entry of line ``number`` with the comment lines before it, read as
    ``_parse_lines`` reads them."""
    extracted = _EXTRACTED_RE.findall(block)
    references_ = _REFERENCE_RE.findall(block)
    if len(extracted) + len(references_) == block.count("\n"):
        # the common block: extracted comments and references only
        return RawEntry(number, comments="\n".join([row.strip() for row in extracted]),
                        references="\n".join([row.strip() for row in references_]))
    pending = _Pending()
    for raw_line in block[:-1].split("\n"):
        line = raw_line.strip()
        if line.startswith("#~"):
            raise _Unsure  # an obsolete entry's line
        pending.add(line, path, number)
    return pending.entry(number)


class _Pending:
    """The comment lines read before an entry's first keyword, as the entry keeps them (both
    readers read them here)."""

    __slots__ = ("comments", "flags", "fuzzy", "previous", "previous_field", "references",
                 "translator")

    def __init__(self) -> None:
        self.comments: list[str] = []
        self.flags: list[str] = []
        self.fuzzy = False
        self.previous: dict[str, str] = {}
        self.previous_field = ""
        self.references: list[str] = []
        self.translator: list[str] = []

    def add(self, line: str, path: Path, number: int) -> None:
        """One comment line, stripped (not an obsolete entry's)."""
        if line.startswith("#,"):
            row = [flag.strip() for flag in line[2:].split(",") if flag.strip()]
            self.flags.extend(row)
            self.fuzzy = self.fuzzy or "fuzzy" in row
        elif line.startswith("#."):
            self.comments.append(line[2:].strip())
        elif line.startswith("#|"):
            self.previous_field = _previous(line[2:].strip(), self.previous,
                                            self.previous_field, path, number)
        elif line.startswith("#:"):
            self.references.append(line[2:].strip())
        else:
            self.translator.append(line[1:].removeprefix(" "))

    def entry(self, number: int, obsolete: bool = False) -> RawEntry:
        return RawEntry(number, fuzzy=self.fuzzy, obsolete=obsolete,
                        comments="\n".join(self.comments), flags=tuple(self.flags),
                        translator="\n".join(self.translator),
                        previous=self.previous or None,
                        references="\n".join(self.references))


def _header(header: dict[str, str], msgstr: str) -> None:
    for row in msgstr.split("\n"):
        key, sep, value = row.partition(":")
        if sep:
            header[key.strip()] = value.strip()


def _parse_lines(text: str, path: Path,
                 first: int = 1) -> tuple[dict[str, str], list[RawEntry]]:
    """``_read_lines``, a file cut short told so: its last line, without a line break, holds
    an unterminated string (a line an editor wrote is ended all the same)."""
    try:
        return _read_lines(text, path, first)
    except CatalogError as exc:
        if (exc.line == first + text.count("\n") and not text.endswith("\n")
                and exc.message.endswith("unterminated string")):
            raise CatalogError(TRUNCATED.format("inside a quoted string"), path,
                               exc.line) from None
        raise


def _read_lines(text: str, path: Path,
                first: int = 1) -> tuple[dict[str, str], list[RawEntry]]:
    """``parse``, line by line: the reference, and the reader of every file of another shape
    (and of every file with an error, which it names by line). ``first``: the number of the
    first line of ``text`` (a file's tail of obsolete entries, read alone)."""
    entries: list[RawEntry] = []
    current: RawEntry | None = None
    field = ""
    keyword_line = first  # the line of the last keyword read
    string_line = first  # the line of the last keyword or string read
    plural_index: str | None = None
    pending = _Pending()
    header: dict[str, str] = {}
    control = _CONTROL_RE.search(text)
    if control:
        raise CatalogError(f"control character U+{ord(control.group()):04X} in the file; "
                           "remove it", path, text.count("\n", 0, control.start()) + first)

    def finish() -> None:
        nonlocal current
        if current is not None:
            if current.msgid or current.context is not None:
                entries.append(current)
            elif not header:
                _header(header, current.msgstr)
        current = None

    # a keyword written without its string (its line, itself), which the next line must give
    # (msgfmt reads ``msgstr`` and ``"…"`` on the next line as one): a ``msgstr`` alone had
    # been read as an empty translation, where msgfmt reports a syntax error
    bare: tuple[int, str] | None = None
    # the last line, when the file ends without a line break: where a file cut short is cut
    cut = -1 if text.endswith("\n") else first + text.count("\n")
    for number, raw_line in enumerate(text.split("\n"), first):
        line = raw_line.strip()
        if not line:
            continue
        if bare is not None and not (line.startswith('"') or (line.startswith("#~")
                                     and line[2:].lstrip().startswith('"'))):
            raise CatalogError(f"PO syntax error: {bare[1]} without its string", path, bare[0])
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].strip()
            if not line or line.startswith(("|", "#|")):
                continue  # previous-msgid lines of an obsolete entry
            if line.startswith("#"):
                # Emacs po-mode obsoletes an entry by writing "#~ " before each of its lines,
                # its comments too ("#~ #, fuzzy", "#~ #. …"): msgfmt reads them as the
                # entry's comments (as msgcat writes them back); they had been a syntax error
                pending.add(line, path, number)
                continue
        elif line.startswith("#"):
            pending.add(line, path, number)
            if current is not None and field == "msgstr":
                finish()
            continue
        if line.startswith('"'):
            if current is None or not field:
                raise CatalogError("PO syntax error: string without a keyword", path, number)
            value = _unquote(line, path, number)
            _append(current, field, plural_index, value)
            bare = None
            string_line = number
            continue
        match = _KEYWORD_RE.match(line)
        if match is None and _DOMAIN_RE.match(line):
            continue  # "domain" directives: the entries are checked all the same
        if match is None:
            if number == cut and _keyword_start(line):
                # («msgst», «msgstr[0»: the file cut short inside a keyword)
                raise CatalogError(TRUNCATED.format("inside a keyword"), path, number)
            if conflict_line(line.encode("utf-8", "replace")) == 1:
                # (two translators' copies merged by git, the conflict left in the file)
                raise CatalogError(CONFLICT, path, number)
            if number == 1 and lfs_pointer(line.encode("utf-8", "replace")):
                raise CatalogError(LFS_POINTER, path, 1)
            raise CatalogError(f"PO syntax error: unexpected {line[:30]!r}", path, number)
        keyword, index, token = match.groups()
        if token is None:
            if number == cut:  # (before any other error: what the cut left is no mistake)
                raise CatalogError(TRUNCATED.format(f"after {keyword}, before its string"),
                                   path, number)
            bare = (number, keyword)
        if index is not None and (len(index) > 2 or int(index) >= MAX_PLURAL_FORMS):
            shown = keyword if len(index) <= 12 else f"msgstr[{index[:12]}…]"
            raise CatalogError(f"{shown}: no language has that many plural forms (the last "
                               f"read is msgstr[{MAX_PLURAL_FORMS - 1}]; msgfmt refuses an "
                               "index past the header's nplurals)", path, number)
        value = _unquote(token, path, number) if token is not None else ""
        if (keyword in ("msgctxt", "msgid") and field in ("msgid", "msgid_plural")) or (
                keyword == "msgctxt" and field == "msgctxt"):
            # the entry's msgstr line deleted: the next entry's keywords had been read into
            # it, and its translation was lost without a word (msgfmt: a fatal error)
            raise CatalogError(MISSING_MSGSTR, path, keyword_line)
        if keyword in ("msgctxt", "msgid") and (current is None or field in ("msgstr",)):
            if keyword == "msgid" and current is not None and field == "msgctxt":
                pass
            else:
                finish()
                current = pending.entry(number, obsolete)
                pending = _Pending()
        if current is None:
            raise CatalogError(f"PO syntax error: {keyword} before msgid", path, number)
        if keyword.startswith("msgstr") and field == "msgstr" and (
                index is None or not current.msgid_plural
                or int(index) in (current.plurals or {})):
            # a stray msgstr would silently replace the entry's translation
            raise CatalogError(f"PO syntax error: a second {keyword} for the entry of line "
                               f"{current.line} (a msgstr needs its own msgid)", path, number)
        field = "msgstr" if keyword.startswith("msgstr") else keyword
        keyword_line = string_line = number
        plural_index = index if keyword.startswith("msgstr") else None
        if keyword == "msgctxt":
            current.context = value
        elif keyword == "msgid":
            current.msgid = value
        elif keyword == "msgid_plural":
            current.msgid_plural = value
        else:
            _set_msgstr(current, index, value)
    if bare is not None:
        raise CatalogError(f"PO syntax error: {bare[1]} without its string", path, bare[0])
    if field in ("msgctxt", "msgid", "msgid_plural"):
        # (the file's last line the entry's keyword or string: the file cut short, with or
        # without that line's break; a blank line or a comment after it is a file that went
        # on, the entry's msgstr line deleted. At a line's end the bytes are those of a last
        # msgstr line deleted too: the message names both)
        if not text.endswith("\n"):
            raise CatalogError(TRUNCATED.format("before the entry's msgstr"), path, keyword_line)
        if string_line == first + text.count("\n") - 1:
            raise CatalogError(TRUNCATED.format(AT_LINE_END), path, keyword_line)
        raise CatalogError(MISSING_MSGSTR, path, keyword_line)
    finish()
    return header, entries


#: msgfmt's "missing 'msgstr' section", said as the reader's other syntax errors
MISSING_MSGSTR = "PO syntax error: an entry without msgstr (its line deleted?)"
#: The file ending with a whole line of the last entry's msgid (or msgctxt), its msgstr not
#: begun: a transfer cut at a line's end, or the last msgstr line deleted (the same bytes)
AT_LINE_END = "before the entry's msgstr, at a line's end (or its msgstr line was deleted)"


def _previous(line: str, previous: dict[str, str], field: str, path: Path, number: int) -> str:
    """Read one ``#|`` line into ``previous``; returns the field a continuation extends."""
    if line.startswith('"'):
        if field:
            previous[field] += _unquote(line, path, number)
        return field
    keyword, _, token = line.partition(" ")
    if keyword in ("msgctxt", "msgid") and token.strip():
        previous[keyword] = _unquote(token.strip(), path, number)
        return keyword
    return ""  # "#| msgid_plural" and the like: not kept


def _set_msgstr(entry: RawEntry, index: str | None, value: str) -> None:
    if index is None:
        entry.msgstr = value
        return
    if entry.plurals is None:
        entry.plurals = {}
    entry.plurals[int(index)] = value
    if index == "0":
        entry.msgstr = value


def _append(entry: RawEntry, field: str, plural_index: str | None, value: str) -> None:
    if field == "msgctxt":
        entry.context = (entry.context or "") + value
    elif field == "msgid":
        entry.msgid += value
    elif field == "msgid_plural":
        entry.msgid_plural = (entry.msgid_plural or "") + value
    elif field == "msgstr":
        if plural_index is None:
            entry.msgstr += value
        else:
            _set_msgstr(entry, plural_index,
                        (entry.plurals or {}).get(int(plural_index), "") + value)
