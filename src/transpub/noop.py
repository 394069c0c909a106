"""A build or extract with nothing to do, recognised from one small file and ``stat`` alone.

After a successful ``transpub build`` (or ``extract``) of a whole workspace, the CLI records in
``.transpub-cache/noop-<command>.rec``: a key (transpub's version, the command's options, the
config file's bytes, the current folder), the ``stat`` of every file the next run would read
(sources, PO and POT files, the termbase, the build manifest, transpub's own modules), the names
in the folders whose entries matter (``source/``, ``output/<lang>/``), and what a run with
nothing to do prints. The next run compares the key, the names and the stats with the files as
they are now, byte for byte, before settings, babel, lxml or any manifest is loaded; when all
match it prints the recorded lines, else it runs as usual (and decides by content, as before).

The record is one file: a line of JSON (format, key, layout, what to print, the sizes of the
three parts below), then the folders' names, the files' paths and their ``stat`` rows as bytes.
Compared as they are, they need no digest: no hash library is loaded on the way (OpenSSL's
``hashlib`` was ~6-9 ms of a no-op's ~130), and a damaged or half-written record simply
does not match.

When is a ``stat`` trusted? Like git's index, an entry only stands for the content it was
recorded with when the file's last change is older than the record, as the file system's own
clock tells (a "probe" file is created and its time read): a later change then has to move
the file's times. A file that was not written by the run must be older than the run itself
(a probe taken before the run read anything): then it did not change while the run read it,
and an edit made meanwhile never hides behind the record. (Which files existed at the start is
one listing per folder, so that a file removed during the run is not taken for one that was
never there.) When a file is too fresh, the record waits a few milliseconds
for the clock to move, and is not written if it still is.

This module imports nothing heavy: a no-op run is Python's start-up, a few thousand ``stat``
calls and one file read.
"""

from __future__ import annotations

import contextlib
import json
import os
import struct
import time
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import TYPE_CHECKING, Any

from transpub import __version__
from transpub.regular import read_cache
from transpub.statmemo import FOLDER as CACHE_FOLDER
from transpub.statmemo import IGNORE_FILE, stamp

if TYPE_CHECKING:
    from transpub.config import Settings

FOLDER = os.fspath(CACHE_FOLDER)
_FORMAT = "transpub-noop/2"
_CONFIG = "transpub.toml"
_PACKAGE = Path(__file__).resolve().parent
#: How long a record waits, at most, for fresh files to become older than the file system's
#: clock (a tick is 1-10 ms on Linux file systems; 2 s on FAT, where the record is skipped).
_SETTLE_TRIES = 5
_SETTLE_SLEEP = 0.004

#: What the CLI prints, as data: ("print", text), ("warn", text) or ("table", title,
#: columns, rows).
Ops = list[list[Any]]


def find_root(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` with a transpub.toml (config.find_root's rule,
    without loading config's dependencies)."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / _CONFIG).is_file():
            return folder
    return None


def make_key(command: str, root: Path, options: Sequence[object]) -> str:
    """What a recorded no-op holds for: the version, the command, its options, the config's
    bytes, the workspace and the current folder (the lines printed name paths from it). Kept
    and compared as it is (the config's bytes read as Latin-1: one character a byte)."""
    key = repr((_FORMAT, __version__, command, tuple(options), str(root),
                os.getcwd()))  # noqa: PTH109
    try:
        config = (root / _CONFIG).read_bytes().decode("latin-1")
    except OSError:
        config = "\0missing"
    return f"{key}\n{config}"


def _stat_row(path: str) -> tuple[int, int, int, int, int]:
    try:
        st = os.stat(path)  # noqa: PTH116  (plain strings: thousands of files)
    except OSError:
        return (-1, 0, 0, 0, 0)
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev


def stamps(paths: Sequence[str]) -> list[tuple[int, int, int, int, int]]:
    return [_stat_row(p) for p in paths]


def stamp_array(paths: Iterable[str],
                known: Mapping[str, tuple[int, int, int, int, int]] | None = None) -> array[int]:
    """``stamps`` of ``paths`` (or their ``known`` rows) as one flat array of five numbers a
    file: at N = 1000 a list of 8,000 rows was 2 MB of tuples and integers, the array 0.3."""
    packed = bytearray()
    pack = _ROW.pack  # (``array.extend`` converted each number through PyArg_Parse)
    # (``known`` asked once whether it is there: the build's is a view of its stat memo,
    # whose truth is its length, counted by walking the memo: per file, 8,000 × 7,000 steps)
    get = known.get if known is not None else None
    for path in paths:
        packed += pack(*((get(path) if get is not None else None) or _stat_row(path)))
    rows: array[int] = array("q")
    rows.frombytes(packed)
    return rows


_ROW = struct.Struct("=5q")  # (the native 64-bit numbers of ``array("q")``)


def _names(paths: Sequence[str]) -> bytes:
    """The paths joined by NULs (which no path holds), as the record keeps them."""
    return "\0".join(paths).encode("utf-8", "surrogateescape")


def _listing_of(folder: str) -> bytes:
    """The folder's path and sorted names, joined by NULs, ending with \\1 (no name holds
    either); a folder that cannot be listed, as "\\0missing"."""
    try:
        names = sorted(os.listdir(folder))  # noqa: PTH208  (names, not Path objects)
    except OSError:
        names = ["\0missing"]
    return ("\0".join([folder, *names]) + "\1").encode("utf-8", "surrogateescape")


def _folder_row(folder: str) -> list[int] | None:
    """The folder's own ``stat`` (size, times, inode, device): an entry added, removed or
    renamed in it moves its times."""
    try:
        return list(stamp(os.stat(folder)))  # noqa: PTH116
    except OSError:
        return None


def _listings(folders: Sequence[str], now: tuple[int, int]) -> tuple[bytes, list[Any]]:
    """The folders' listings (``_listing_of``), and for each the length of its part and its
    ``stat`` taken before it was listed, when that stat vouches for it (older than the
    probe ``now``, on the probe's file system): else None, and the next run lists it."""
    parts: list[bytes] = []
    rows: list[Any] = []
    for folder in folders:
        row = _folder_row(folder)
        part = _listing_of(folder)
        parts.append(part)
        trusted = row is not None and row[4] == now[1] and max(row[1], row[2]) < now[0]
        rows.append([len(part), row if trusted else None])
    return b"".join(parts), rows


def _same_listings(folders: Sequence[str], recorded: bytes, rows: Any) -> bool:
    """Are the folders' names those ``recorded`` (``_listings``)? A folder whose ``stat`` is
    the one recorded with its listing is not listed again: at N = 1000 a build's seven
    folders hold 13,000 names (~10 ms of a no-op's ~130 to list, sort and compare)."""
    if not isinstance(rows, list) or len(rows) != len(folders):
        return False
    at = 0
    for folder, entry in zip(folders, rows, strict=True):
        if not (isinstance(entry, list) and len(entry) == 2 and type(entry[0]) is int):
            return False
        size, row = entry
        part = recorded[at:at + size]
        at += size
        if row is not None and _folder_row(folder) == row \
                and part.startswith(folder.encode("utf-8", "surrogateescape") + b"\0"):
            continue  # nothing added, removed or renamed in it since it was listed
        if _listing_of(folder) != part:
            return False
    return at == len(recorded)


def package_files() -> list[str]:
    """transpub's own files (what ``workspace._code_digest`` reads), without byte code."""
    found: list[str] = []
    for folder, dirs, files in os.walk(_PACKAGE):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        found.extend(os.path.join(folder, name) for name in sorted(files))  # noqa: PTH118
    return found


def _index_path(root: Path, command: str) -> Path:
    return root / FOLDER / f"noop-{command}.rec"


def read_record(path: Path) -> tuple[dict[str, Any], bytes] | None:
    """A record's header and the bytes after it (None: none, or not a record of this
    format, or its parts' sizes do not add up)."""
    try:
        data = read_cache(path)  # (a FIFO there is no record: not waited for)
    except OSError:
        return None
    line, newline, payload = data.partition(b"\n")
    try:
        header = json.loads(line) if newline else None
    except ValueError:
        return None
    if not isinstance(header, dict) or header.get("format") != _FORMAT:
        return None
    sizes = header.get("sizes")
    if not (isinstance(sizes, list) and len(sizes) == 3
            and all(type(n) is int and n >= 0 for n in sizes) and sum(sizes) == len(payload)):
        return None
    return header, payload


def _record_bytes(header: Mapping[str, Any], listing: bytes, names: bytes, rows: bytes) -> bytes:
    # (``json.dumps`` escapes every control character: the header is one line)
    head = dict(header, format=_FORMAT, sizes=[len(listing), len(names), len(rows)])
    return json.dumps(head).encode("ascii") + b"\n" + listing + names + rows


def replay(root: Path, command: str, key: str,
           tracked: Callable[[Mapping[str, Any]], tuple[list[str], list[str]]]) -> Ops | None:
    """The recorded lines of a no-op when nothing it depends on changed, else None.
    ``tracked(layout)`` gives the files to stat and the folders to list, from the layout the
    record keeps (the folders named in the config it was made with)."""
    record = replay_record(root, command, key, tracked)
    return None if record is None else record["ops"]


def replay_record(root: Path, command: str, key: str,
                  tracked: Callable[[Mapping[str, Any]], tuple[list[str], list[str]]]) -> dict[
                      str, Any] | None:
    """``replay``'s record itself (its ``ops`` checked to be a list), else None."""
    _SEEN.clear()
    found = read_record(_index_path(root, command))
    if found is None:
        return None
    data, payload = found
    if data.get("key") != key:
        return None
    layout, ops = data.get("layout"), data.get("ops")
    if not isinstance(layout, dict) or not isinstance(ops, list):
        return None
    try:
        files, folders = tracked(layout)
    except (OSError, ValueError, TypeError, KeyError):
        return None
    listed, named, _rows = data["sizes"]
    if not _same_listings(folders, payload[:listed], data.get("folders")) \
            or payload[listed:listed + named] != _names(files):
        return None
    # (packed as they are taken, as ``save`` records them: no list of tuples flattened after)
    rows = stamp_array(files)
    if payload[listed + named:] != rows.tobytes():
        if command == "extract":  # (for the run that follows: ``seen_stat``)
            numbers = iter(rows)  # (five a file)
            _SEEN.update(zip(files, zip(numbers, numbers, numbers, numbers, numbers, strict=True),
                             strict=True))
        return None
    return data


#: The stat rows the last ``replay_record`` took, when they did not match its record.
_SEEN: dict[str, tuple[int, int, int, int, int]] = {}


def forget_seen() -> None:
    """Forget the stats ``replay_record`` took (a command run in the same process again)."""
    _SEEN.clear()


def seen_stat(path: str) -> tuple[int, int, int, int, int]:
    """``_stat_row`` of ``path``, as this process's no-op check took it if it did (a stat
    taken at the run's start: for decisions where a stat can only say "changed"), else now."""
    row = _SEEN.get(path)
    return row if row is not None else _stat_row(path)


class Recorder:
    """Taken before a run reads its inputs; ``save`` after it succeeded records the no-op."""

    def __init__(self, root: Path, command: str, key: str, files: list[str]) -> None:
        self.root, self.command, self.key = root, command, key
        self.folder = root / FOLDER
        self.started = _probe(self.folder)
        # which inputs existed when the run started: a listing per folder, not a stat per file
        self.present: dict[str, frozenset[str]] = {}
        for folder in {os.path.dirname(path) for path in files}:  # noqa: PTH120
            try:
                self.present[folder] = frozenset(os.listdir(folder))  # noqa: PTH208
            except OSError:
                self.present[folder] = frozenset()

    def discard(self) -> None:
        """Forget an older record. (A record can only match the stats it was made with: after
        a failed run, or one that left work to do, the older record no longer matches, and
        is left alone, so that a failing command changes no file.)"""
        with contextlib.suppress(OSError):
            _index_path(self.root, self.command).unlink()

    def save(self, layout: Mapping[str, Any], files: list[str], folders: list[str],
             written: Iterable[str], ops: Ops,
             known: Mapping[str, tuple[int, int, int, int, int]] | None = None,
             extra: Callable[[list[str], array[int]], Mapping[str, Any]] | None = None) -> bool:
        """Record the no-op: ``files`` and ``folders`` as ``tracked(layout)`` will give them,
        ``written`` the files this run wrote itself. False (and no record) when a file changed
        under the run or is too fresh for its ``stat`` to be trusted.

        ``known``: files whose stat the run took where it read (or trusted) their bytes, the
        same five numbers (``statmemo.stamp``): recorded as they are, not asked again (7,000
        serial ``stat``s after a build of 1,000 releases). The record then holds the stat
        of the very bytes that were built: a file changed since no longer matches it, and
        the next run runs.

        ``extra(files, rows)``: more fields for the record, from the stat rows it took, five
        numbers a file in ``rows`` (``stamp_array``; the extract keeps a digest of each
        release's, see ``workspace.release_stamp``)."""
        self.discard()
        if self.started is None:
            return False
        # (a set as it is: the extract's ``_Written`` answers ``in`` from its releases' bits)
        own = written if isinstance(written, AbstractSet) else set(written)
        rows: array[int] | None = None
        fresh: list[int] = []
        for _try in range(_SETTLE_TRIES):
            now = _probe(self.folder)  # (before the stats: see ``fresh`` below)
            if now is None:
                return False
            if rows is None:
                rows = stamp_array(files, known)
            else:  # only the files too fresh to trust last time: the others' rows stand
                for at in fresh:
                    rows[5 * at:5 * at + 5] = array("q", _stat_row(files[at]))
            fresh = []
            numbers = iter(rows)  # (five a file)
            for at, (path, size, mtime, ctime, _ino, dev) in enumerate(zip(
                    files, numbers, numbers, numbers, numbers, numbers, strict=True)):
                if size < 0:
                    folder, name = os.path.split(path)
                    if path in own or name in self.present.get(folder, ()):
                        return False  # removed while (or since) the run ran
                    continue
                if path not in own and (dev != self.started[1]
                                        or max(mtime, ctime) >= self.started[0]):
                    return False  # changed since the run started, or just before: not trusted
                if dev != now[1]:
                    return False  # another file system: its clock is not the probe's
                if max(mtime, ctime) >= now[0]:
                    # changed in the clock tick of the probe: a change later in that tick
                    # would leave the same stat; stat it again after a later probe
                    fresh.append(at)
            if not fresh:
                break
            time.sleep(_SETTLE_SLEEP)
        else:
            return False
        listing, listed = _listings(folders, now)
        header = {"key": self.key, "layout": dict(layout), "ops": ops, "folders": listed}
        if extra is not None:
            header.update(extra(files, rows))
        record = _record_bytes(header, listing, _names(files), rows.tobytes())
        from transpub.errors import TranspubError
        from transpub.fsutil import write_atomic

        with contextlib.suppress(OSError, TranspubError):
            if not (self.folder / ".gitignore").exists():
                write_atomic(self.folder / ".gitignore", IGNORE_FILE)
            write_atomic(_index_path(self.root, self.command), record)
            return True
        return False


def _probe(folder: Path) -> tuple[int, int] | None:
    """The file system's clock now (a new file's modification time) and its device."""
    try:
        folder.mkdir(exist_ok=True)
        name = folder / f".probe.{os.getpid()}"
        fd = os.open(name, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        try:
            st = os.fstat(fd)
        finally:
            os.close(fd)
            name.unlink()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_dev


# --- what build and extract read ---------------------------------------------------------------

def layout(settings: Settings) -> dict[str, Any]:
    """The folders and languages of a workspace, as a record keeps them (the config's bytes are
    in the key: the same bytes give the same layout)."""
    return {"source": os.fspath(settings.source_dir), "locales": os.fspath(settings.locales_dir),
            "output": os.fspath(settings.output_dir), "termbase": os.fspath(settings.termbase),
            "langs": list(settings.codes), "cache": os.fspath(settings.root / FOLDER)}


def _sources(source: str) -> list[str]:
    # the names ``source_files``' glob("*.xml") finds; the folder's listing is compared too
    return sorted(name for name in os.listdir(source)  # noqa: PTH208
                  if name.endswith(".xml"))


def build_tracked(data: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """What a build with nothing to do reads: each source and its PO files, the manifest, the
    code; and the folders whose entries say which pages exist."""
    source, locales, output = str(data["source"]), str(data["locales"]), str(data["output"])
    langs = [str(code) for code in data["langs"]]
    names = _sources(source)
    files = [f"{source}/{name}" for name in names]
    files += [f"{locales}/{code}/LC_MESSAGES/{name[:-4]}.po" for name in names for code in langs]
    files += [f"{output}/.transpub-build.json", *package_files()]
    return files, [source, output, *(f"{output}/{code}" for code in langs)]


def extract_tracked(data: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """What an extract with nothing to do reads: each source, its POT and PO files, the
    termbase, the extract's fingerprints, the code; and the source folder's entries."""
    source, locales, cache = str(data["source"]), str(data["locales"]), str(data["cache"])
    langs = [str(code) for code in data["langs"]]
    names = _sources(source)
    files = [f"{source}/{name}" for name in names]
    files += [f"{locales}/{name[:-4]}.pot" for name in names]
    files += [f"{locales}/{code}/LC_MESSAGES/{name[:-4]}.po" for name in names for code in langs]
    files += [str(data["termbase"]), f"{cache}/extract.json", f"{cache}/.gitignore",
              *package_files()]
    return files, [source]
