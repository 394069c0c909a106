"""The errors transpub reports to users: one line each, naming the file and line."""

from __future__ import annotations

import os
import re
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
