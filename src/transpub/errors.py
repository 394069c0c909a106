"""The errors transpub reports to users: one line each, naming the file and line."""

from __future__ import annotations

import os
import re
from collections.abc import Collection
from pathlib import Path


class TranspubError(Exception):
    """A failure the user can act on; the CLI prints it on one line and exits 2."""

    exit_code = 2

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None,
                 hint: str = "", details: tuple[TranspubError, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        self.hint = hint
        #: errors of their own lines, printed before this one (``build --strict`` names
        #: every problem of the run, not the first only)
        self.details = details

    def __reduce__(self) -> tuple[type[TranspubError], tuple[str, Path | None, int | None, str]]:
        # errors raised in build worker processes travel back whole, file and line included
        return (type(self), (self.message, self.path, self.line, self.hint))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            shown = shown_path(self.path)
            where = f"{shown}:{self.line}: " if self.line else f"{shown}: "
        text = f"{where}{self.message}"
        return _one_line(f"{text} ({self.hint})" if self.hint else text)


def _one_line(text: str) -> str:
    """The error stays one line whatever a file name or a quoted value holds: a newline in a
    slug, a control character in a file name, are shown escaped."""
    return "".join(ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape")
                   .decode("ascii") for ch in text)


def shown_path(path: Path) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if relative.startswith("..") else relative


class ConfigError(TranspubError):
    """transpub.toml is missing, malformed or names an unknown language."""


class SourceError(TranspubError):
    """A source release (text, Markdown, HTML or XML) cannot be read or is invalid."""


class CatalogError(TranspubError):
    """A PO or POT file cannot be parsed or was edited in a way transpub cannot merge."""


class TermbaseError(TranspubError):
    """A TBX or CSV termbase cannot be read."""


class BuildError(TranspubError):
    """A localised output could not be produced."""


class XliffError(TranspubError):
    """An XLIFF file cannot be read, is not for this workspace, or cannot be written."""


#: a line of git's (or diff3's) conflict markers: "<<<<<<< HEAD", "=======", ">>>>>>> fr",
#: "||||||| base"
_CONFLICT_RE = re.compile(rb"^(?:<{7}|={7}|>{7}|\|{7})(?:[ \t\r]|$)", re.MULTILINE)
#: what is said of one, after the file and line
CONFLICT = "an unresolved merge conflict ('<<<<<<<' marker): keep one side of it, then commit " \
    "the file again"


def conflict_line(data: bytes) -> int | None:
    """The line of the first merge conflict marker git left in a file, if any (two branches
    changed the same lines and the merge was committed as it stood)."""
    match = _CONFLICT_RE.search(data)
    return data.count(b"\n", 0, match.start()) + 1 if match else None


#: what a file kept in Git LFS is in a clone that did not fetch it (a CI checkout without
#: ``lfs: true``): a three-line pointer
_LFS = b"version https://git-lfs.github.com/spec/"
LFS_POINTER = "a Git LFS pointer, not the file itself: fetch it (git lfs pull; in CI, check " \
    "out with LFS)"


def lfs_pointer(data: bytes) -> bool:
    """Is a file's content Git LFS's pointer to it rather than the file?"""
    return data.lstrip(b"\xef\xbb\xbf").startswith(_LFS)


#: a compiled gettext catalogue's magic number, in either byte order
_MO_MAGIC = (b"\xde\x12\x04\x95", b"\x95\x04\x12\xde")
MO_FILE = "a compiled gettext catalogue (.mo), not a PO file: give the .po file it was " \
    "compiled from"


def mo_file(data: bytes) -> bool:
    """Is a file a compiled MO catalogue (sent back by mistake for its PO file)?"""
    return data[:4] in _MO_MAGIC


#: How the formats a file given the wrong name is most often in begin: (leading bytes, the
#: format's key, what such a file is said to be). UTF-32's marks come before UTF-16's, whose
#: little-endian mark begins UTF-32's.
_MAGIC = ((b"PK\x03\x04", "zip", "a ZIP archive"), (b"PK\x05\x06", "zip", "a ZIP archive"),
          (b"\x1f\x8b", "gzip", "a gzip-compressed file"),
          (b"\xfd7zXZ\x00", "xz", "an xz-compressed file"),
          (b"BZh", "bzip2", "a bzip2-compressed file"),
          (b"7z\xbc\xaf\x27\x1c", "7z", "a 7-Zip archive"),
          (b"Rar!\x1a\x07", "rar", "a RAR archive"),
          (b"%PDF-", "pdf", "a PDF document"),
          (b"SQLite format 3\x00", "sqlite", "an SQLite database"),
          (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole2",
           "an Office 97-2003 file (a .doc or .xls?)"),
          (_MO_MAGIC[0], "mo", "a compiled gettext catalogue (.mo)"),
          (_MO_MAGIC[1], "mo", "a compiled gettext catalogue (.mo)"),
          (b"\x00\x00\xfe\xff", "utf-32", "UTF-32 text"),
          (b"\xff\xfe\x00\x00", "utf-32", "UTF-32 text"),
          (b"\xff\xfe", "utf-16", "UTF-16 text"), (b"\xfe\xff", "utf-16", "UTF-16 text"))
#: what a ZIP archive holds that says which office format it is: (bytes among its file
#: names, what it is, its suffix); an OpenDocument file's first entry is its mimetype, stored
_ZIPPED = ((b"word/document", "a Word document", ".docx"),
           (b"xl/workbook", "an Excel workbook", ".xlsx"),
           (b"ppt/presentation", "a PowerPoint presentation", ".pptx"),
           (b"opendocument.text", "an OpenDocument text", ".odt"),
           (b"opendocument.spreadsheet", "an OpenDocument spreadsheet", ".ods"),
           (b"opendocument.presentation", "an OpenDocument presentation", ".odp"))
_PACKED = frozenset({"zip", "gzip", "xz", "bzip2", "7z", "rar"})


def sniffed(data: bytes) -> tuple[str, str, str] | None:
    """What a file's first bytes say it is, whatever its name: (its format's key, what it is
    said to be, the suffix of a format transpub reads or ""); None for none of ``_MAGIC``. A
    ZIP archive is named by the office format its entries' names give (their names are
    stored uncompressed, in its local headers and its directory at the end: a cut file still
    says)."""
    found = next(((key, what) for magic, key, what in _MAGIC if data.startswith(magic)), None)
    if found is None:
        return None
    key, what = found
    if key == "bzip2" and data[3:4] not in b"123456789":
        return None  # ("BZh" then the block size: else text that begins so)
    suffix = {"pdf": ".pdf", "sqlite": ".sdltm", "mo": ".mo"}.get(key, "")
    if key == "zip":
        ends = data[:65536] + data[-65536:]
        inside = next(((name, ext) for mark, name, ext in _ZIPPED if mark in ends), None)
        if inside is not None:
            what, suffix = f"a ZIP archive ({inside[0]}?)", inside[1]
    return key, what, suffix


def misnamed(data: bytes, expected: str, fmt: str, readable: Collection[str] = (),
             accepted: Collection[str] = ()) -> str | None:
    """The one line for an input that is a file of another format (an Excel workbook named
    ``.tbx``, a Word document named ``.po``, a gzip, UTF-16 text where UTF-8 is read), as
    ``sniffed`` finds it — "a ZIP archive (an Excel workbook?), not TBX XML: save it as TBX or
    name it .xlsx" — or None when its bytes name no format, or one of ``accepted`` (the
    reader's own: the CSV reader reads UTF-16). Each reader had said "not UTF-8" or
    "malformed XML" of them all. ``expected``: what the reader reads ("a PO file", "TBX
    XML"); ``fmt``: the format to save it in; ``readable``: the suffixes it reads too, so a
    file of one of them needs only its right name."""
    found = sniffed(data)
    if found is None or found[0] in accepted:
        return None
    key, what, suffix = found
    if suffix and suffix in readable:
        advice = f"save it as {fmt} or name it {suffix}"
    elif key in _PACKED and not suffix:
        advice = "unpack it first"
    elif key in ("utf-16", "utf-32"):
        advice = "save it as UTF-8"
    else:
        advice = f"save it as {fmt}"
    return f"{what}, not {expected}: {advice}"
