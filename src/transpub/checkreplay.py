"""Replay a workspace check whose inputs did not change (the run-level check cache).

``transpub check`` run twice on the same workspace reports the same thing: its report is a
function of the configuration, the sources, the PO files, the termbase, the built outputs it
compares (TP801), transpub's own code, the command line and the few things the console
depends on. A whole check stores what it wrote (report, SARIF, exit code) under a digest of
all of these; the next run with the same command line computes that digest before importing
the checker (no rich, babel, lxml or termbase) and, if it matches, writes the stored outputs
again. Anything else runs the check.

The digest covers the files' *content*: each file's SHA-256 is kept in an index next to its
size, mtime, ctime, inode and device (as git's index does), and a file is read and hashed
again whenever any of these differs, so a file touched without being changed still replays.
A file changed within ``statmemo.RACY_NS`` of the moment it was stat'ed may not show it in its
timestamps ("racily clean" in git's words): its stat is not recorded, so it is hashed again on
every run until it has settled, or until the check reads it again once settled and finds the
bytes the scan hashed (``Recorder.finish``'s ``settled``: the pages of a build that ended just
before the check, ~10,000 files at N = 1000, are not hashed again by the next run). A
folder's listing is part of the digest: a PO file added or removed is a change. Entries that
cannot be read, do not parse, or whose payload digest or name does not match are ignored (the
check runs and rewrites them).

Only runs whose every effect is the stored one are recorded and replayed: a whole workspace
(no FILES, ``--changed-since`` or ``--baseline``), with the cache on, nothing written to stderr
(termbase warnings, notices), and no report on a terminal (rich lays it out for the
terminal's width). An input that changed while the check ran is not recorded.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
import struct
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from stat import S_IFMT, S_ISDIR, S_ISREG
from typing import Any

from transpub import statmemo
from transpub.checkindex import ROW as _ROW
from transpub.checkindex import STAT
from transpub.checkindex import Index as Rows
from transpub.regular import open_regular, read_cache
from transpub.statmemo import IGNORE_FILE, Stamp, stamp
from transpub.terminal import ENV, is_tty, terminal_size

#: Bump when the entry format changes.
FORMAT = f"transpub-check-replay/5 marshal {marshal.version}"
FOLDER = statmemo.FOLDER / "run"
CONFIG_NAME = "transpub.toml"
#: Recorded command lines kept per workspace (the oldest entries beyond it are deleted).
KEEP = 16
#: Libraries whose version can change a report.
LIBRARIES = ("babel", "lxml", "polib", "rich")
#: The parts of a run's output, in the order they are written.
PARTS = ("sarif", "report", "stdout")

Index = Mapping[str, Any]
"""path -> the file's stat packed and its digest (``checkindex.Index.rows``), as the record
keeps it; or, as older records and the checker read it, path -> [size, mtime_ns, ctime_ns,
inode, device, sha256]."""


def eligible(args: Any) -> bool:
    """Whether this command line's effects are only what ``Outputs`` holds."""
    return (args.command == "check" and not args.files and not args.changed_since
            and args.baseline is None and not args.update_baseline and not args.no_cache
            and not getattr(args, "annotate", False)
            and not (args.format == "text" and args.output is None and is_tty(sys.stdout)))


# plain classes, not dataclasses: this module is imported on the replay path, where every
# millisecond of start-up counts


class Outputs:
    """What a check wrote: the SARIF file, the report file (``-o``), standard output."""

    __slots__ = ("report", "sarif", "stdout")

    def __init__(self) -> None:
        self.sarif: str | None = None
        self.report: str | None = None
        self.stdout: str | None = None


class Watch:
    """The inputs of one workspace check: files, folders (their listings), and trees."""

    __slots__ = ("dirs", "files", "trees")

    def __init__(self, files: list[str], dirs: list[str], trees: list[str]) -> None:
        self.files, self.dirs, self.trees = files, dirs, trees

    def as_json(self) -> dict[str, list[str]]:
        return {"files": self.files, "dirs": self.dirs, "trees": self.trees}

    @classmethod
    def from_json(cls, data: Any) -> Watch:
        lists = [data[k] for k in ("files", "dirs", "trees")]
        if not all(isinstance(v, list) and all(isinstance(s, str) for s in v) for v in lists):
            raise ValueError("bad watch list")
        return cls(*lists)


def _root(args: Any) -> Path | None:
    """``config.find_root`` without importing the configuration (babel): None if none."""
    start = Path(args.directory) if args.directory is not None else Path.cwd()
    with contextlib.suppress(OSError):
        start = start.resolve()
        for folder in (start, *start.parents):
            if (folder / CONFIG_NAME).is_file():
                return folder
    return None


def _invocation(args: Any, root: Path) -> str:
    """The name of the entry: everything but the input files that the outputs depend on."""
    options = {}
    for key, value in sorted(vars(args).items()):
        if key in ("output", "sarif"):
            value = value is not None  # where they go is not what they hold
        elif key == "termbase":
            value = [str(Path(p).resolve()) for p in value]
        elif isinstance(value, Path):
            value = str(value)
        options[key] = value
    stdout = getattr(sys.stdout, "encoding", None), getattr(sys.stdout, "errors", None)
    described = json.dumps({
        "format": FORMAT, "python": sys.version, "executable": sys.executable,
        # another copy of transpub is another checker (its code is watched where it is)
        "package": str(Path(__file__).resolve().parent),
        "cwd": os.getcwd(), "root": str(root), "args": options,  # noqa: PTH109
        "env": {k: os.environ.get(k) for k in ENV}, "stdout": stdout,
        "terminal": terminal_size(), "tty": [is_tty(s) for s in (sys.stdout, sys.stderr)],
        "libraries": _libraries(),
    }, sort_keys=True, default=repr)
    return hashlib.sha256(described.encode("utf-8")).hexdigest()


def _libraries() -> list[Any]:
    """Each library's module file and its stat: an upgrade rewrites it (importing them to
    read their versions would cost what the replay saves)."""
    from importlib.util import find_spec

    found: list[Any] = []
    for name in LIBRARIES:
        origin = None
        with contextlib.suppress(ImportError, ValueError):
            spec = find_spec(name)
            origin = spec.origin if spec is not None else None
        stat = None
        if origin:
            with contextlib.suppress(OSError):
                st = os.stat(origin)  # noqa: PTH116
                stat = [st.st_size, st.st_mtime_ns, st.st_ino]
        found.append([name, origin, stat])
    return found


_PACK = STAT.pack
_STAT_SIZE = STAT.size

#: Opening a folder to stat its files relative to it (``fstatat``): the kernel looks up one
#: name per file, not every folder of its path again (16,000 inputs at N = 1000).
_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)


class _Scanner:
    """Stat every input, hash the ones whose stat the index does not vouch for."""

    def __init__(self, index: Index) -> None:
        from transpub.checkindex import Inputs

        self.old = index
        # one bytes object a file, read back as the two mappings (``checkindex``): they are
        # held through the check, and its workers are forked with them
        self.inputs = Inputs()
        self.index: Index = self.inputs.index
        self.stamp = time.time_ns()
        #: A file last changed before this is settled (``statmemo.settled``, inlined below).
        self.settled_before = self.stamp - statmemo.RACY_NS
        self.hashed = 0
        self.shas: Mapping[str, str] = self.inputs.shas
        """Every regular file's SHA-256, by path: the checker keys its entries with them."""
        self.listed: dict[str, str | None] = {}
        """Each folder's entries by name (None: no folder), for ``Recorder.finish``."""
        self.folders: dict[str, tuple[int, ...]] = {}
        """The stat of each folder whose listing it vouches for (taken before the listing,
        and settled: an entry added, removed or renamed since moves its times), so that
        ``Recorder.finish`` lists again only a folder whose stat moved."""
        self.trees: dict[str, Any] = {}
        """Each tree's listing as digested, for ``Recorder.finish``."""

    def digest(self, watch: Watch) -> str:
        rows: list[Any] = []
        for name in watch.files:
            rows.append(["file", name, self._file(name)])
        for name in watch.dirs:
            rows.append(["dir", name, self._dir(name)])
        for name in watch.trees:
            self.trees[name] = self._tree(name)
            rows.append(["tree", name, self.trees[name]])
        # marshal's version 2 writes no back-references (version 3 shares repeated objects,
        # which depends on what happens to be one object): the same rows, the same bytes; ~5
        # times quicker than JSON for the ~1.6 MB of rows at N = 1000
        return hashlib.sha256(marshal.dumps(rows, 2)).hexdigest()

    def _file(self, name: str) -> str:
        try:
            st = os.stat(name)  # noqa: PTH116  (str paths, not Path objects: thousands a run)
        except (FileNotFoundError, NotADirectoryError):
            return "absent"
        if not S_ISREG(st.st_mode):
            return f"mode:{S_IFMT(st.st_mode)}"
        return self._regular(name, st)

    def _regular(self, name: str, st: os.stat_result) -> str:
        """The digest of the regular file ``name`` whose stat is ``st``: the index's, if
        that stat is the one it was taken under, else the file hashed."""
        known = self.old.get(name)
        if type(known) is bytes:
            # the recorded row kept as it is when its packed stat is the file's: no list, no
            # unpacking, no hex read back and packed again (16,000 files at N = 1000)
            try:
                packed = _PACK(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino,
                               st.st_dev)
            except struct.error:
                packed = b""
            if packed and len(known) == _ROW and known.startswith(packed):
                self.inputs.put_row(name, known)
                return known[_STAT_SIZE:].hex()
            known = None
        sig: list[Any] = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]
        if type(known) is list and len(known) == 6 and known[:5] == sig and \
                type(known[5]) is str:
            sha = known[5]
        else:
            sha = file_sha(name)
            self.hashed += 1
        self.inputs.put(name, sha, sig if max(sig[1], sig[2]) < self.settled_before else None)
        return sha

    def _dir(self, name: str) -> Any:
        try:
            fd = os.open(name, _DIR_FLAGS)
        except (FileNotFoundError, NotADirectoryError):
            self.listed[name] = None
            return "absent"
        try:
            st = os.fstat(fd)  # (before the listing: an entry added after it moves this)
            if max(st.st_mtime_ns, st.st_ctime_ns) < self.settled_before:
                self.folders[name] = stamp(st)
            names = sorted(os.listdir(fd))  # noqa: PTH208
            # one string a folder, the names joined by NUL (which no name holds): held
            # through the check, and its workers are forked with it (32,000 names at N = 1000)
            self.listed[name] = "\0".join(names)
            listing: list[Any] = []
            # the folder's path and a separator, once: ``os.path.join`` for each of 16,000
            # names cost as much as their ``stat`` calls
            prefix = os.path.join(name, "")  # noqa: PTH118
            for base in names:
                # every entry is stat'ed (links followed) and told apart by its mode: a
                # regular file, a folder, anything else (a dangling link, a socket...)
                try:
                    st = os.stat(base, dir_fd=fd)
                except (FileNotFoundError, NotADirectoryError):
                    listing.append([base, "other"])
                    continue
                if S_ISREG(st.st_mode):
                    listing.append([base, self._regular(prefix + base, st)])
                else:
                    listing.append([base, "dir" if S_ISDIR(st.st_mode) else "other"])
        finally:
            os.close(fd)
        return listing

    def _tree(self, name: str) -> Any:
        listing: list[Any] = []
        for folder, dirs, files in os.walk(name):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for file in sorted(files):
                if not file.endswith((".pyc", ".pyo")):
                    path = os.path.join(folder, file)  # noqa: PTH118
                    listing.append([os.path.relpath(path, name), self._file(path)])
        return listing


def _entry_path(root: Path, name: str) -> Path:
    return root / FOLDER / f"{name}.json"


def _load(root: Path, name: str) -> dict[str, Any] | None:
    """The entry recorded for this command line, checked whole; None if none is usable."""
    try:
        # a header line, then the payload: its digest is of the bytes as read (serialising a
        # thousand files' index again would cost what the replay saves)
        head, _newline, body = read_cache(_entry_path(root, name)).partition(b"\n")
        header = json.loads(head)
        if header.get("format") != FORMAT or header.get("name") != name or \
                hashlib.sha256(body).hexdigest() != header.get("sha256"):
            return None
        payload = marshal.loads(body)  # (the digest vouches for it: marshal trusts its input)
        if not isinstance(payload, dict):
            return None
        Watch.from_json(payload["watch"])
        # each of the index's ~30,000 rows is looked at only when its file is
        # (``_Scanner._file`` takes a row of another shape for no row): testing them all here
        # cost a re-check ~30 ms
        if not isinstance(payload["index"], dict):
            return None
        if type(payload["exit"]) is not int or not isinstance(payload["inputs"], str):
            return None
        return payload
    except (OSError, ValueError, TypeError, KeyError, AttributeError, EOFError):
        return None


def _read_outputs(root: Path, name: str, payload: dict[str, Any]) -> Outputs | None:
    sizes = payload["outputs"]
    if not isinstance(sizes, dict) or set(sizes) != set(PARTS) or not all(
            v is None or type(v) is int for v in sizes.values()):
        return None
    try:
        data = read_cache(root / FOLDER / f"{name}.out")
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != payload.get("outputs_sha256"):
        return None
    if sum(v or 0 for v in sizes.values()) != len(data):
        return None
    out = Outputs()
    offset = 0
    for part in PARTS:
        size = sizes[part]
        if size is not None:
            setattr(out, part, data[offset: offset + size].decode("utf-8"))
            offset += size
    return out


#: The scan of a replay that did not match, by entry name: the check that runs next reuses it.
_SCANNED: dict[str, tuple[dict[str, list[str]], str, _Scanner]] = {}


def replay(args: Any) -> int | None:
    """Write what the recorded check wrote, if nothing it depends on changed, and return its
    exit code; None: run the check."""
    if not eligible(args):
        return None
    try:
        root = _root(args)
        if root is None:
            return None
        name = _invocation(args, root)
        payload = _load(root, name)
        if payload is None:
            return None
        scanner = _Scanner(payload["index"])
        watch = Watch.from_json(payload["watch"])
        inputs = scanner.digest(watch)
        if inputs != payload["inputs"]:
            # the check runs: what was hashed here need not be hashed again (``Recorder``)
            _SCANNED[name] = (watch.as_json(), inputs, scanner)
            return None
        outputs = _read_outputs(root, name, payload)
        if outputs is None:
            return None
    except (OSError, ValueError, UnicodeError):
        return None
    _write(args, outputs)
    return int(payload["exit"])


def _write(args: Any, outputs: Outputs) -> None:
    """As ``cli._write_reports`` writes them: SARIF file, then the report."""
    from transpub.fsutil import write_output

    if outputs.sarif is not None and args.sarif is not None:
        write_output(args.sarif, outputs.sarif.encode("utf-8"))
    if outputs.report is not None and args.output is not None:
        write_output(args.output, outputs.report.encode("utf-8"))
    if outputs.stdout:
        sys.stdout.write(outputs.stdout)
        sys.stdout.flush()


class Recorder:
    """Takes the inputs' digest before a check runs and records its outputs after it."""

    __slots__ = ("folders", "index", "inputs", "listed", "name", "root", "rows", "shas",
                 "silent", "trees", "watch")

    def __init__(self, root: Path, name: str, watch: Watch, scanner: _Scanner,
                 inputs: str) -> None:
        self.root, self.name, self.watch, self.inputs = root, name, watch, inputs
        self.index = scanner.index
        self.rows = scanner.inputs
        self.listed = scanner.listed
        self.folders = scanner.folders
        self.trees = scanner.trees
        self.shas = scanner.shas
        """Every input file's SHA-256 when the run started (``checker.check_workspace``)."""
        self.silent = True
        """Nothing went to stderr (a replay would not repeat it)."""

    @classmethod
    def start(cls, args: Any, root: Path, files: Iterable[Path], dirs: Iterable[Path],
              trees: Iterable[Path] = ()) -> Recorder | None:
        if not eligible(args):
            return None
        try:
            name = _invocation(args, root)
            # transpub's own code is an input too (an edited check is a new checker)
            watch = Watch([str(p) for p in files], [str(p) for p in dirs],
                          [str(p) for p in trees] or [str(Path(__file__).resolve().parent)])
            earlier = _SCANNED.pop(name, None)
            if earlier is not None and earlier[0] == watch.as_json():
                return cls(root, name, watch, earlier[2], earlier[1])
            # (read only now: a replay that failed read it already, and its scan is reused)
            old = _load(root, name)
            scanner = _Scanner(old["index"] if old else _latest_index(root))
            return cls(root, name, watch, scanner, scanner.digest(watch))
        except (OSError, ValueError, UnicodeError):
            return None

    def finish(self, code: int, outputs: Outputs, read: Sequence[str] | None = None,
               settled: Mapping[str, tuple[str, Stamp]] | None = None) -> None:
        """Record the run, unless an input changed while it ran, or stderr was written.
        ``read``: the folders whose every file the check read as it was when the run began
        (what it did not check itself: ``CheckRun.verified``); then only those files, the
        watched files and the folders' listings are looked at again (stat, else hash), not
        every input. ``settled``: inputs the scan could not vouch for by their stat (changed
        just before it) that the check read again once settled, holding the bytes the scan
        hashed (``checkwhole.Hashes.settled``): path -> (digest, the stat they were read
        under), kept in the record so that the next run need not hash them."""
        if not self.silent:
            return
        for name, (sha, st) in (settled or {}).items():
            # (only for the digest the scan took: the record's rows are of the scan's digests)
            if self.shas.get(name) == sha:
                self.rows.put(name, sha, st)
        with contextlib.suppress(OSError, ValueError, UnicodeError):
            if read is not None:
                if not self._unchanged(read):
                    return
                index = self.index
            else:
                scanner = _Scanner(_rows(self.index))
                if scanner.digest(self.watch) != self.inputs:
                    return
                index = scanner.index
            parts = [(getattr(outputs, p) or "").encode("utf-8") for p in PARTS]
            data = b"".join(parts)
            sizes = {p: (len(b) if getattr(outputs, p) is not None else None)
                     for p, b in zip(PARTS, parts, strict=True)}
            payload = {"watch": self.watch.as_json(), "inputs": self.inputs,
                       "index": _rows(index), "exit": code, "outputs": sizes,
                       "outputs_sha256": hashlib.sha256(data).hexdigest()}
            # marshalled (the stat index of every input: a thousand releases' files), not JSON
            body = marshal.dumps(payload)
            header = {"format": FORMAT, "name": self.name,
                      "sha256": hashlib.sha256(body).hexdigest()}
            self._store(data, json.dumps(header).encode("ascii") + b"\n" + body)

    def _unchanged(self, read: Sequence[str]) -> bool:
        """The watched files, the watched folders' listings and every file of ``read`` are
        as the scan at the start found them."""
        for name in self.watch.dirs:
            known = self.folders.get(name)
            if known is not None:
                with contextlib.suppress(OSError):
                    if stamp(os.stat(name)) == known:  # noqa: PTH116
                        continue  # no entry added, removed or renamed since it was listed
            try:
                listed: str | None = "\0".join(sorted(os.listdir(name)))  # noqa: PTH208
            except (FileNotFoundError, NotADirectoryError):
                listed = None
            if name not in self.listed or listed != self.listed[name]:
                return False
        # (a scanner looking its rows up in the index as it is: ``_rows`` copies all
        # 32,000 rows at N = 1000 for the few dozen files of the tree)
        if any(_Scanner(self.index)._tree(name) != self.trees.get(name)
               for name in self.watch.trees):
            return False  # transpub's own code (a few dozen files)
        names = list(self.watch.files)
        for folder in read:
            joined = self.listed.get(folder)
            names += [os.path.join(folder, n) for n in joined.split("\0")] if joined else []  # noqa: PTH118
        return all(self._same(name) for name in names)

    def _same(self, name: str) -> bool:
        before = self.shas.get(name)  # None: no regular file there at the start
        try:
            st = os.stat(name)  # noqa: PTH116
        except (FileNotFoundError, NotADirectoryError):
            return before is None
        if before is None or not S_ISREG(st.st_mode):
            return False  # (a folder in a source folder: not worth telling apart)
        row = self.index.row(name) if isinstance(self.index, Rows) else None
        if row is not None:
            try:
                if row.startswith(_PACK(*stamp(st))):
                    return True  # settled when hashed, and its stat has not moved since
            except struct.error:
                pass
        else:
            known = self.index.get(name)
            if known is not None and known[:-1] == list(stamp(st)):
                return True
        with open_regular(name) as handle:  # (a FIFO put in an input's place: changed)
            return hashlib.file_digest(handle, "sha256").hexdigest() == before

    def _store(self, data: bytes, entry: bytes) -> None:
        from transpub.errors import TranspubError
        from transpub.fsutil import Stage

        folder = self.root / FOLDER
        # not flushed to disk: both files are checked against their digests whenever read (a
        # power cut that leaves them empty or garbled costs a check, never a wrong replay);
        # the fsyncs were ~10 ms of a one-file re-check's wall time
        stage = Stage(durable=False)
        with contextlib.suppress(OSError, TranspubError):
            ignore = folder.parent / ".gitignore"
            if not ignore.exists():
                stage.put(ignore, IGNORE_FILE)
            stage.put(folder / f"{self.name}.out", data)
            stage.put(folder / f"{self.name}.json", entry)  # last: it vouches for the .out
            stage.commit()
            _prune(folder, KEEP)
        stage.discard()


def _rows(index: Index) -> dict[str, Any]:
    """The scan's index as the record keeps it (``checkindex.Index.rows``)."""
    rows = getattr(index, "rows", None)
    if rows is not None:
        return rows()  # type: ignore[no-any-return]
    from transpub.checkindex import plain

    return plain(index)


def _latest_index(root: Path) -> Index:
    """The stat index of the most recently recorded command line (another format, another
    report file...): a file's digest by its stat holds whatever command read it, so the first
    run of a new command line hashes only what changed since, not every input."""
    with contextlib.suppress(OSError):
        entries = sorted((root / FOLDER).glob("*.json"), key=lambda p: p.stat().st_mtime_ns,
                         reverse=True)
        for entry in entries[:2]:
            payload = _load(root, entry.stem)
            if payload is not None:
                index: Index = payload["index"]
                return index
    return {}


def _prune(folder: Path, keep: int) -> None:
    """Keep the ``keep`` most recently recorded command lines."""
    entries = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in entries[keep:]:
        for path in (old, old.with_suffix(".out")):
            with contextlib.suppress(OSError):
                path.unlink()


def workspace_inputs(settings: Any, targets: Sequence[str],
                     termbases: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """The files and folders a workspace check reads: configuration, termbases, the source
    folder, each target language's PO folder and output folder."""
    from transpub.catalog import po_path

    files = [settings.root / CONFIG_NAME, *(Path(p).resolve() for p in termbases)]
    dirs = [settings.source_dir,
            *(po_path(settings.locales_dir, lang, "x").parent for lang in targets),
            *(settings.output_dir / lang for lang in targets)]
    return files, dirs


def file_sha(path: str) -> str:
    """A file's SHA-256 read through a descriptor: an open, the reads and a close (a Python
    file object adds a stat, a terminal query and a seek to each of the 16,000 inputs a fresh
    check at N = 1000 hashes)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        digest = hashlib.sha256()
        while chunk := os.read(fd, 1 << 20):
            digest.update(chunk)
    finally:
        os.close(fd)
    return digest.hexdigest()
