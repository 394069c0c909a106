"""File writes: atomic for one file, all-or-nothing for a run.

``write_atomic`` replaces one file through a temporary file and a rename, so a reader never sees
a half-written file. Inside ``staged_run`` (build and extract) the same call only *stages* the
file: every file of the run is written to a temporary file next to its target, and only when the
whole run has succeeded are they flushed to disk (one fsync pass) and renamed over their targets
in a final pass. On any failure the staged files are removed and no target has changed. A kill
leaves only temporary files (``.NAME.PID-TOKEN.transpub-tmp``), which the next run removes.

A run that fills a folder that does not exist yet (a first build's ``output/fr/``) may stage
the whole folder instead (``stage_folders``): its files are written under their own names into
``.fr.PID-TOKEN.transpub-tmp/`` beside it, and that folder is renamed into place in one step at
the commit, instead of one rename per file (on ext4 the 12,000 renames of a build cost about
as much system time as creating the files). Nothing is visible under the final name before the
commit, as with files; a kill leaves the staging folder, which the next run removes.

OS errors (read-only folder, full disk, a folder where a file should be) become one-line
``TranspubError``s naming the file.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import secrets
import shutil
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextvars import ContextVar
from pathlib import Path
from typing import cast

from transpub.errors import TranspubError, misnamed
from transpub.regular import (  # noqa: F401  (for its readers)
    open_regular,
    read_cache,
    read_fd,
    read_input,
)

TMP_SUFFIX = ".transpub-tmp"
#: Fault injection for the tests (and for anyone who wants to see what a full disk does):
#: ``ENOSPC:3`` fails the third write of the run (in each worker process, its third),
#: ``EACCES:/fr/`` every write to a path containing ``/fr/``. Only errno names are
#: accepted; anything else is ignored.
FAULT_ENV = "TRANSPUB_FAULT"
_writes = [0]


def _inject_fault(path: Path) -> None:
    spec = os.environ.get(FAULT_ENV)
    if not spec or ":" not in spec:
        return
    name, _, where = spec.partition(":")
    code = getattr(errno, name, None)
    if not isinstance(code, int):
        return
    _writes[0] += 1
    if (where.isdigit() and _writes[0] == int(where)) or (
            not where.isdigit() and where in path.as_posix()):
        raise OSError(code, os.strerror(code), str(path))


def write_error(exc: OSError, path: Path) -> TranspubError:
    """An OS error while writing ``path``, as the user should read it."""
    if path.is_dir():
        return TranspubError("is a folder, not a file (give a file name)", path)
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC:
        reason += " (free some space and run again; nothing was replaced)"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        # (an immutable file, ``chattr +i``, refuses its replacement in a writable folder)
        reason += " (the file or its folder is not writable; nothing was replaced)"
    elif exc.errno in (errno.EEXIST, errno.ENOTDIR) and _file_in_the_way(path):
        reason = f"{_file_in_the_way(path)} is a file where a folder belongs"
    return TranspubError(f"cannot write: {reason}", path)


def _file_in_the_way(path: Path) -> str:
    """The nearest folder of ``path`` that is a file, as the user would name it, or ""
    (``output/fr`` a file had said only "File exists")."""
    for folder in path.parents:
        if folder.exists():
            return "" if folder.is_dir() else os.path.relpath(folder)
    return ""


#: Per run (token) of ``staged_run`` and folder: the folder staged in its place (it did not
#: exist when the run first wrote there), or None (it exists, or was created). A forked
#: worker's per-task stages of the run share it, so each folder is looked at once per process.
_FOLDERS: dict[str, dict[Path, Path | None]] = {}


class Stage:
    """The files of one run, written next to their targets, renamed only by ``commit``."""

    def __init__(self, token: str | None = None, flush_filesystem: bool = False,
                 stage_folders: bool = False, durable: bool = True,
                 follow_links: bool = True) -> None:
        self.token = token or f"{os.getpid()}-{secrets.token_hex(4)}"
        #: False: a symbolic link in a file's place is replaced by the file, not written
        #: through (the build's pages: a link in output/ to a file outside the workspace,
        #: which a ``git pull`` may bring, had had that file overwritten with a page). True:
        #: the linked file is written (a PO file linked from another checkout stays linked).
        self.follow_links = follow_links
        #: target -> temporary file (its text: a ``Path`` made per file cost more than
        #: creating it), in order of staging
        self.staged: dict[Path, str] = {}
        #: Files staged by worker processes and adopted by name (``adopt_named``): per
        #: (target folder, folder of the temporary files), the targets' file names. Renamed
        #: before the stage's own files.
        self.named: dict[tuple[str, str], list[str]] = {}
        # kept for callers: every run from SYNCFS_FROM files on is flushed with one ``syncfs``
        # per file system (Linux; elsewhere, or if it fails, file by file)
        self.flush_filesystem = flush_filesystem
        #: A folder missing when the run first writes into it is staged whole (see above).
        #: Every process of a run decides alike: nothing of the run appears before the commit.
        self.stage_folders = stage_folders
        self.folders: dict[Path, Path | None] = _FOLDERS.get(self.token, {})
        #: False: ``commit`` renames without flushing the files and their folders first. Only
        #: for caches whose every file is checked against a digest when read (the check's run
        #: record): after a power cut such a file may be empty or hold garbage, which reads as
        #: a miss. Still atomic for every other reader and for a killed process.
        self.durable = durable
        #: Whether a fault is to be injected (``FAULT_ENV``): the environment read once per
        #: stage (a run, a worker's task, a lone ``write_atomic``), not at every write.
        self.faults = FAULT_ENV in os.environ

    def temp_for(self, path: Path) -> Path:
        return path.parent / f".{path.name}.{self.token}{TMP_SUFFIX}"

    def staging_folder(self, folder: Path) -> Path | None:
        """The folder staged in place of ``folder`` (created here), or None: ``folder``
        exists (or is created here, when the run does not stage folders)."""
        try:
            return self.folders[folder]
        except KeyError:
            pass
        staging = None
        if self.stage_folders and not os.path.lexists(folder):
            parent = folder.parent
            # a folder whose parent is missing too goes inside the parent's staged folder, and
            # moves with it: one rename at the commit for the whole new tree (a fresh extract's
            # ``locales/`` of POTs and ``locales/fr/LC_MESSAGES/``…), and no real folder made
            # meanwhile under the staged one's final name (which made its rename fail and its
            # 1,000 POTs move one by one)
            outer = (self.staging_folder(parent)
                     if parent != folder and not os.path.lexists(parent) else None)
            staging = (outer / folder.name if outer is not None
                       else parent / f".{folder.name}.{self.token}{TMP_SUFFIX}")
            staging.mkdir(parents=True, exist_ok=True)
        else:
            folder.mkdir(parents=True, exist_ok=True)
        self.folders[folder] = staging
        return staging

    def put(self, path: Path, data: bytes, compare: bool = True, absent: bool = False) -> bool:
        """Stage ``data`` for ``path``; False (nothing staged) when the file already holds it
        (``compare=False``: the caller knows it does not, and the file is not read again;
        ``absent``: the caller has just found no file there, so it is not looked at again)."""
        folder = parent_of(path)
        staging = self.folders.get(folder)
        if compare and path in self.staged:
            if self.read(path) == data:
                return False
        elif compare and staging is None and not absent:
            current = _read_if_there(path)
            if current is _ABSENT:
                absent = True
            elif current == data:
                return False
        tmp = None  # for the error path: nothing created yet
        kept = None  # the permissions of the file replaced, when they are not the default
        try:
            if self.faults:
                _inject_fault(path)
            if staging is None:  # (not known yet, or a folder that is there)
                staging = self.staging_folder(folder)
            if staging is None:
                # (a folder in the file's place fails here, not at the commit's rename; a file
                # known to be absent is not looked at again: one system call a file)
                if not absent:
                    kept, linked = _replaced_mode(path)
                    if linked is not None and self.follow_links:
                        path, folder = linked, parent_of(linked)  # (the link stays)
                tmp = os.fspath(self.temp_for(path))
            else:  # a new folder: its file under its own name, renamed with the folder
                tmp = f"{os.fspath(staging)}{os.sep}{path.name}"
            # (beside its target: the target's folder decides the new file's mode)
            fd, fresh = _create(tmp, folder if staging is None else staging)
            try:
                write_fd(fd, data)
                if kept is not None:
                    os.fchmod(fd, kept)
                elif not fresh:
                    os.fchmod(fd, 0o666 & ~_umask())
            finally:
                os.close(fd)
        except OSError as exc:
            if tmp is not None:
                with contextlib.suppress(OSError):  # its folder may not even exist
                    os.unlink(tmp)  # noqa: PTH108
            raise write_error(exc, path) from None
        except BaseException:  # (interrupted while writing it: not left behind)
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)  # noqa: PTH108
            raise
        self.staged[path] = tmp
        return True

    def adopt(self, pairs: Iterable[tuple[Path, Path | str]]) -> None:
        """Take over files a worker process staged with this stage's token."""
        for path, tmp in pairs:
            self.staged[path] = os.fspath(tmp)

    def by_name(self) -> tuple[list[tuple[str, str, list[str]]], list[tuple[Path, Path]]]:
        """What this stage (a worker's) staged, for the main process's ``adopt_named``: per
        folder, the file names of what ``put`` staged (their temporary names follow from
        them and the token); and the other pairs as they are."""
        groups: dict[tuple[str, str], list[str]] = {}
        other: list[tuple[Path, Path]] = []
        for path, temp in self.staged.items():
            target = os.fspath(path)
            folder, name = os.path.split(target)
            holder = _dirname(temp)
            if temp != _temp_name(folder, holder, name, self.token):
                other.append((path, Path(temp)))  # (few: a cache's files)
                continue
            groups.setdefault((folder, holder), []).append(name)
        return [(folder, holder, names) for (folder, holder), names in groups.items()], other

    def adopt_named(self, groups: Iterable[tuple[str, str, list[str]]]) -> None:
        """Take over files a worker process staged (``by_name``), as file names per folder: a
        build's 12,000 pages as ``Path`` pairs cost its main process ~6 MB and their
        unpickling. They are renamed before the stage's own files (so a manifest staged here
        after them is still renamed last), and are not compared by ``put`` (a run writes
        each of them once). A name is kept once for all the folders it is staged in
        (``sys.intern``: an extract's ``<release>.po`` in each language's folder, 5,000 of
        7,000 names at N = 1000)."""
        intern = sys.intern
        for folder, holder, names in groups:
            self.named.setdefault((folder, holder), []).extend(map(intern, names))

    def _entries(self) -> Iterator[tuple[str, str]]:
        """(target, temporary file) of every staged file, as strings, in renaming order."""
        token = self.token
        for (folder, holder), names in self.named.items():
            for name in names:
                yield f"{folder}{os.sep}{name}", _temp_name(folder, holder, name, token)
        for path, tmp in self.staged.items():
            yield os.fspath(path), tmp

    def read(self, path: Path) -> bytes | None:
        tmp = self.staged.get(path)
        if tmp is None:
            return None
        return read_bytes(tmp)

    def commit(self) -> None:
        """Flush every staged file, then rename them all (a staged folder at once, where its
        first file was staged); the last staged is renamed last. SIGINT and SIGTERM wait for
        the end of it (a CI timeout's SIGTERM in a build's rename pass had left output/ half
        old, half new: 20 pages renamed, the indexes and the record not): then they stop the
        run, everything committed."""
        with _signals_held():
            self._commit()

    def _commit(self) -> None:
        # plain strings: pathlib's parent and hash, 12,000 times over, cost more than renaming;
        # the files adopted by name come in groups that know their folders (not a dirname of
        # each of 12,000 files three times over)
        for key, names in self.named.items():
            if len(set(names)) != len(names):
                # a cache file every worker staged with the same token (the cache folder's
                # ``.gitignore`` when the folder is new): one file, renamed once
                self.named[key] = list(dict.fromkeys(names))
        entries = self._entries
        folders: set[str] = set()
        holders: set[str] = set()
        staged_folders: dict[str, str] = {}  # staged folder -> the folder it becomes
        count = 0
        for (folder, holder), names in self.named.items():
            count += len(names)
            folders.add(folder)
            holders.add(holder)
            if holder != folder:
                staged_folders[holder] = folder
        for path, temp in self.staged.items():
            count += 1
            folder, holder = _dirname(os.fspath(path)), _dirname(temp)
            folders.add(folder)
            holders.add(holder)
            if holder != folder:
                staged_folders[holder] = folder
        # a staged folder's files are renamed with it, a folder staged inside another with the
        # outer one (``staging_folder``); each folder of the new tree, and the parent of its
        # top, then holds a new entry
        tops = {holder: _outermost(holder, folder, self.token)
                for holder, folder in staged_folders.items()}
        for holder, (_top, became) in tops.items():
            folder = staged_folders[holder]
            while folder != became and len(folder) > len(became):
                folder = _dirname(folder)
                folders.add(folder)
            folders.add(_dirname(became))
        placed: set[str] = set()

        def place(holder: str) -> None:
            top, became = tops[holder]
            del staged_folders[holder]
            if top not in placed:
                placed.add(top)
                _place_folder(top, became, entries)

        current = None
        try:
            if self.durable and not sync_filesystems(sorted(holders), count):
                for target, temp in entries():
                    current = target
                    fd = os.open(temp, os.O_RDONLY)
                    try:
                        os.fsync(fd)
                    finally:
                        os.close(fd)
            token = self.token
            for (folder, holder), names in self.named.items():
                if holder in staged_folders:
                    current = folder
                    place(holder)
                elif holder == folder:  # (else: it moved with its folder)
                    for name in names:
                        current = target = f"{folder}{os.sep}{name}"
                        os.replace(_temp_name(folder, holder, name, token), target)  # noqa: PTH105
            for path, temp in self.staged.items():
                current = target = os.fspath(path)
                holder = _dirname(temp)
                if holder in staged_folders:
                    place(holder)
                elif holder == _dirname(target):  # (else: it moved with its folder)
                    os.replace(temp, target)  # noqa: PTH105
        except OSError as exc:
            self.discard()  # (a file already renamed is no longer there to remove)
            raise write_error(exc, Path(current or "")) from None
        self.staged.clear()
        self.named.clear()
        if self.durable:
            fsync_dirs(sorted(folders))

    def discard(self) -> None:
        for _target, temp in list(self._entries()):
            with contextlib.suppress(OSError):
                os.unlink(temp)  # noqa: PTH108
        self.staged.clear()
        self.named.clear()
        # a staged folder is removed once empty (other processes of the run may still hold
        # files in it: the run's own failure path removes it whole, ``remove_stale``)
        # (the innermost first: a folder staged inside another empties it)
        for staging in sorted((s for s in self.folders.values() if s is not None),
                              key=lambda s: len(s.parts), reverse=True):
            with contextlib.suppress(OSError):
                staging.rmdir()


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM held back while the block runs, and delivered at its end (their
    handlers replaced by one that notes them: a mask would hold them from this thread only,
    and the kernel gives a process's signal to any thread that does not mask it); only in
    the main thread, the one that may set handlers."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pending: list[int] = []

    def note(signum: int, _frame: object) -> None:
        pending.append(signum)

    wanted = (signal.SIGINT, signal.SIGTERM)
    before = {number: signal.signal(number, note) for number in wanted}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)
        if pending:
            signal.raise_signal(pending[0])  # (to the handler the run had: it stops there)


def _replaced_mode(path: Path) -> tuple[int | None, Path | None]:
    """The permission bits of the file at ``path``, which its replacement keeps (a PO file
    made group-writable or read-only stays so, as an editor saving it would leave it), or
    None: nothing there, or the bits a new file gets anyway; and, when ``path`` is a symbolic
    link, the file it names, which is the one to replace (a PO file linked from another
    checkout had become a file of its own, the other left as it was). A folder there is an
    error. (The same ``stat`` the folder test took before: no system call more a file, but
    a link's.)"""
    try:
        mode = path.lstat().st_mode
    except OSError:
        return None, None  # (absent; or unreachable, and the rename will say why)
    linked = None
    if stat.S_ISLNK(mode):
        try:
            linked = path.resolve()
            mode = linked.stat().st_mode
        except RuntimeError:  # (a loop of links: replaced, as before)
            return None, None
        except OSError:  # (a link to nothing yet: that file is made)
            return None, linked
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    bits = stat.S_IMODE(mode) & 0o777  # (never a set-id bit onto the new file)
    return (None if not stat.S_ISREG(mode) or bits == 0o666 & ~_umask() else bits), linked


#: Staged folders known to have no default ACL (their new files' mode is 0o666 less the umask).
_PLAIN_FOLDERS: set[Path] = set()


def _create(tmp: str | Path, staging: Path | None) -> tuple[int, bool]:
    """Open ``tmp`` for writing: (descriptor, whether its mode is already ``0o666 & ~umask``).
    A file created new in a folder (``staging``: a staged folder, or the target's own folder
    for a temporary file beside its target) without a default ACL is (the kernel applies the
    umask), so it needs no ``fchmod``: 12,000 system calls a fresh build of 1,000 releases,
    1,000 (the POTs) a fresh extract, 5,000 an extract after translators' work. A file that
    was there (a leftover) or one in another folder is truncated and the caller sets its
    mode, as before."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC
    if staging is not None and (staging in _PLAIN_FOLDERS or _no_default_acl(staging)):
        try:
            return os.open(tmp, flags | os.O_EXCL, 0o666), True
        except FileExistsError:
            pass
    return os.open(tmp, flags | os.O_TRUNC, 0o666), False


def _no_default_acl(folder: Path) -> bool:
    """Whether ``folder`` has no default ACL (which, not the umask, would set a new file's
    mode); remembered. Unknown (no ``getxattr``, another error): False."""
    getxattr = getattr(os, "getxattr", None)
    if getxattr is None:
        return False
    try:
        getxattr(folder, "system.posix_acl_default")
    except OSError as exc:
        if exc.errno not in (errno.ENODATA, errno.ENOTSUP, errno.EOPNOTSUPP):
            return False
        _PLAIN_FOLDERS.add(folder)
        return True
    return False


def write_fd(fd: int, data: bytes) -> None:
    """All of ``data`` to the open descriptor ``fd`` (``os.write`` may write less than asked)."""
    if not data:
        return
    written = os.write(fd, data)
    if written == len(data):  # (a regular file: all at once)
        return
    view = memoryview(data)[written:]
    while view:
        view = view[os.write(fd, view):]


#: Not inherited by programs run from this process; binary on Windows (where the other
#: names are missing).
_FLAGS = getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
#: ``_read_if_there``'s answer for a path where nothing is (ENOENT).
_ABSENT = b"\0absent"


def _read_if_there(path: Path) -> bytes | None:
    """``read_current``, telling a missing file (``_ABSENT``) from one that cannot be read
    (None)."""
    stage = _stage.get()
    staged = stage.read(path) if stage is not None else None
    if staged is not None:
        return staged
    try:
        return read_bytes(path)
    except FileNotFoundError:
        return _ABSENT
    except OSError:
        return None


def _temp_name(folder: str, holder: str, name: str, token: str) -> str:
    """The temporary file ``Stage.put`` stages ``folder/name`` in: under its own name in a
    staged folder (``holder``), else hidden beside it (``Stage.temp_for``)."""
    if holder != folder:
        return f"{holder}{os.sep}{name}"
    return f"{folder}{os.sep}.{name}.{token}{TMP_SUFFIX}"


def _dirname(path: str) -> str:
    """``os.path.dirname`` (plain strings: see ``Stage.commit``), without its call when the
    text before the last separator is its answer (no separator doubled or at the root)."""
    head = path.rpartition(os.sep)[0]
    if head and not head.endswith(os.sep) and _ONE_SEP:
        return head
    return os.path.dirname(path)  # noqa: PTH120


#: Whether ``os.sep`` is the only separator (not Windows, where "/" is one too).
_ONE_SEP = os.altsep is None


def _outermost(holder: str, folder: str, token: str) -> tuple[str, str]:
    """The staged folder that is renamed to place ``holder`` (staged for ``folder``), and
    the folder it becomes: ``holder`` itself (``.NAME.TOKEN.transpub-tmp`` beside
    ``folder``), or the staged folder it is nested in (``staging_folder``: the same names
    below it as below the folder it becomes). Worked out from the names, as the main
    process adopts the files its workers staged by name."""
    top, became = holder, folder
    while os.path.basename(top) == os.path.basename(became):  # noqa: PTH119
        up, over = _dirname(top), _dirname(became)
        if up == top or over == became:
            return holder, folder  # (no staged folder above: as it was given)
        top, became = up, over
    if os.path.basename(top) != f".{os.path.basename(became)}.{token}{TMP_SUFFIX}":  # noqa: PTH119
        return holder, folder
    return top, became


def _place_folder(staging: str, folder: str,
                  entries: Callable[[], Iterable[tuple[str, str]]]) -> None:
    """Rename a staged folder into place; if something took its name meanwhile (another run),
    move its files in one by one as ``Stage.commit`` does other files (those of folders
    staged inside it too, into their folders)."""
    try:
        os.rename(staging, folder)  # noqa: PTH104
        return
    except OSError as exc:
        if exc.errno not in (errno.EEXIST, errno.ENOTEMPTY, errno.EISDIR):
            raise
    os.makedirs(folder, exist_ok=True)  # noqa: PTH103
    inside = staging + os.sep
    made = {folder}
    for target, temp in entries():
        if temp.startswith(inside):
            home = _dirname(target)
            if home not in made:
                os.makedirs(home, exist_ok=True)  # noqa: PTH103
                made.add(home)
            os.replace(temp, target)  # noqa: PTH105
    for holder, _dirs, _files in os.walk(staging, topdown=False):
        with contextlib.suppress(OSError):
            os.rmdir(holder)  # noqa: PTH106


_stage: ContextVar[Stage | None] = ContextVar("transpub_stage", default=None)


def current_stage() -> Stage | None:
    return _stage.get()


@contextlib.contextmanager
def held(path: Path, ignore: bytes = b"",
         waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """``path`` locked for this process alone while the block runs (``flock``; a second
    holder waits): two builds of one workspace at once had each written the build record
    as it read it, the other's pages lost from it. The lock's folder is made if need be,
    with a ``.gitignore`` holding ``ignore`` when it is new; ``waiting`` is called before a
    wait for another holder. Where locks cannot be taken
    (no ``fcntl``, a file system refusing them) the block runs unlocked, as before."""
    try:
        import fcntl
    except ImportError:  # (Windows)
        yield
        return
    fd = -1
    with contextlib.suppress(OSError):
        if ignore and not path.parent.is_dir():
            path.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(OSError, TranspubError):
                write_atomic(path.parent / ".gitignore", ignore)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if waiting is not None:
                waiting()  # (said, not a silent hang: the other may be stopped, Ctrl-Z)
            fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        yield
    finally:
        if fd >= 0:
            os.close(fd)  # (the lock goes with it)


@contextlib.contextmanager
def staged_run(roots: Iterable[Path], token: str | None = None,
               flush_filesystem: bool = False, stage_folders: bool = False,
               follow_links: bool = True) -> Iterator[Stage]:
    """Stage every ``write_atomic`` of the block; commit at its end, discard on any error.

    Stale temporary files of killed runs under ``roots`` are removed first; files staged by
    worker processes under the same token and not yet adopted are removed on failure too.
    ``flush_filesystem``, ``stage_folders``: see ``Stage``.
    """
    roots = list(roots)
    folders = [r for r in roots if r.is_dir()]
    remove_stale(folders)
    remove_stale_beside(roots)
    _writes[0] = 0  # an injected "n-th write" counts from the start of the run
    outer = _UMASK[0]
    _UMASK[0] = _read_umask()
    _PLAIN_FOLDERS.clear()  # a folder's default ACL is looked at once per run
    stage = Stage(token, flush_filesystem, stage_folders, follow_links=follow_links)
    _FOLDERS[stage.token] = stage.folders  # its workers' stages share what it learns
    reset = _stage.set(stage)
    try:
        yield stage
        stage.commit()
    except BaseException:
        stage.discard()
        remove_stale([r for r in roots if r.is_dir()], stage.token)
        raise
    finally:
        _stage.reset(reset)
        _FOLDERS.pop(stage.token, None)
        _UMASK[0] = outer


@contextlib.contextmanager
def using(stage: Stage) -> Iterator[Stage]:
    """Make ``stage`` the current one (in a worker process, with the main process's token)."""
    reset = _stage.set(stage)
    try:
        yield stage
    except BaseException:
        stage.discard()
        raise
    finally:
        _stage.reset(reset)


def remove_stale(roots: Iterable[Path], token: str | None = None,
                 recursive: bool = True, keep_own: bool = False,
                 named: str | None = None) -> int:
    """Remove transpub temporary files under ``roots``: those of ``token``, or (no token)
    those of processes that are no longer running. Returns how many were removed.
    ``recursive=False``: the roots' own entries only (a cache folder whose subfolders hold
    thousands of files written otherwise); ``keep_own``: spare this process's (a run that
    sweeps while its own stage is open); ``named``: only the temporary files and staged
    folders of that name (``.NAME.TOKEN.transpub-tmp``)."""
    own = f"{os.getpid()}-"
    prefix = f".{named}." if named is not None else ""
    removed = 0
    for root in roots:
        for folder, dirs, names in os.walk(root):
            for name in [*names, *dirs]:
                if not name.endswith(TMP_SUFFIX) or not name.startswith(prefix):
                    continue
                owner = name[:-len(TMP_SUFFIX)].rsplit(".", 1)[-1]
                if token is not None and owner != token:
                    continue
                if keep_own and owner.startswith(own):
                    continue
                path = Path(folder, name)
                if token is None and _alive(owner, path):
                    continue  # another transpub run is writing here right now
                if name in dirs:  # a staged folder (see ``Stage``), its files and all
                    dirs.remove(name)
                    shutil.rmtree(path, ignore_errors=True)
                    removed += 1
                    continue
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
            if not recursive:
                dirs.clear()
    return removed


def remove_stale_beside(roots: Iterable[Path]) -> int:
    """Remove the staged folders killed runs left beside ``roots`` rather than in them: a
    run that creates a root (a fresh extract's ``locales/``, a first build's ``output/``)
    stages it whole as ``.locales.TOKEN.transpub-tmp`` in the folder above (``Stage``), or,
    when that folder is missing too, beside the outermost missing one, which a sweep of the
    roots themselves never sees. Only those names, and only of processes no longer running,
    in that one folder (not its subfolders: it may be the user's own folder)."""
    removed = 0
    for root in roots:
        path = Path(os.path.abspath(root))  # noqa: PTH100 (no symlink resolved: as staged)
        while path.parent != path:
            if path.parent.is_dir():
                removed += remove_stale([path.parent], recursive=False, named=path.name)
                break
            path = path.parent
    return removed


def _alive(owner: str, path: Path | None = None) -> bool:
    """Whether the process that named a temporary file ``owner`` (``PID-TOKEN``) still runs.
    A process by that number that started after the file was last written is another one:
    process numbers are reused, within seconds where ``pid_max`` is 32,768 (containers) and a
    test suite or a CI job starts thousands of processes; a zombie runs no more either."""
    pid_text = owner.split("-", 1)[0]
    if not pid_text.isdigit() or int(pid_text) == os.getpid():
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    started = _started(int(pid_text))
    if started is None:
        return True  # (no /proc: the number alone must do)
    state, since_boot = started
    if state == "Z":
        return False
    if path is not None:
        with contextlib.suppress(OSError):
            written = os.lstat(path).st_mtime
            return since_boot is None or _boot_time() + since_boot <= written + 1
    return True


def _started(pid: int) -> tuple[str, float | None] | None:
    """A process's state letter and when it started, in seconds after boot (Linux's
    ``/proc/PID/stat``); None where there is no such file."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:  # noqa: PTH123
            stat = handle.read().decode("ascii", "replace")
    except OSError:
        return None
    fields = stat[stat.rfind(")") + 2:].split()  # (the name, in brackets, may hold spaces)
    try:
        return fields[0], int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (IndexError, ValueError, OSError):
        return fields[0] if fields else "?", None


@functools.cache
def _boot_time() -> float:
    """When the machine booted, in seconds since the epoch (``/proc/stat``'s btime)."""
    with contextlib.suppress(OSError, ValueError), open("/proc/stat", "rb") as handle:  # noqa: PTH123
        for line in handle:
            if line.startswith(b"btime "):
                return float(line.split()[1])
    return 0.0


def read_current(path: Path) -> bytes | None:
    """The bytes ``path`` holds for this run: staged ones if any, else the file's."""
    stage = _stage.get()
    if stage is not None:
        staged = stage.read(path)
        if staged is not None:
            return staged
    try:
        return read_bytes(path)
    except OSError:
        return None


#: ``Path.read_bytes`` in four system calls, a pipe or a device refused (``regular``)
read_bytes = read_input


READ_FLAGS = os.O_RDONLY | _FLAGS


def known_absent(path: Path) -> bool:
    """Whether the current run knows, without looking, that no file is at ``path``: its
    folder did not exist when the run first wrote there (it is staged whole, ``Stage``)."""
    stage = _stage.get()
    return stage is not None and stage.folders.get(parent_of(path)) is not None


#: Folder path objects by their text (``parent_of``); forgotten all at once past _PARENTS_KEPT.
_PARENTS: dict[str, Path] = {}
_PARENTS_KEPT = 4096


def parent_of(path: Path) -> Path:
    """``path.parent``, the same object for every file of a folder: a run's folders are
    looked up per file it writes (``Stage.folders``, twice a file), and a new ``parent``
    each time was a path made, hashed and compared (its parts) every time: ~40 % of the
    Python of staging a file. Taken from the text before the last separator when that text
    is what the parent's own is (not for a file at the root or at a drive's)."""
    key = os.fspath(path).rpartition(os.sep)[0]
    folder = _PARENTS.get(key)
    if folder is None:
        folder = path.parent
        if os.fspath(folder) == key:
            if len(_PARENTS) >= _PARENTS_KEPT:
                _PARENTS.clear()
            _PARENTS[key] = folder
    return folder


def write_atomic(path: Path, data: bytes, compare: bool = True, absent: bool = False,
                 durable: bool = True) -> bool:
    """Write ``data`` to ``path`` through a temporary file and a rename (staged only, inside
    ``staged_run``).

    Returns False, and leaves the file untouched (mtime included), when it already holds
    exactly these bytes, so re-running a command causes no churn. ``compare=False``: the
    caller has compared already (it read the file), and knows the bytes differ; ``absent``:
    the caller has just found no file there (not looked at again). ``durable=False``: renamed
    without flushing the file and its folder (``Stage(durable=False)``: only for a cache file
    checked against a digest whenever it is read).
    """
    stage = _stage.get()
    if stage is not None:
        return stage.put(path, data, compare, absent)
    one = Stage(durable=durable)
    try:
        if not one.put(path, data, compare, absent):
            return False
        one.commit()
    except BaseException:
        # (a SIGTERM or Ctrl-C between the temporary file and its rename: it had stayed
        # beside the target, in source/ where no run sweeps)
        one.discard()
        raise
    return True


def write_output(path: Path, data: bytes) -> bool:
    """Write a file the user named on the command line (a report, a SARIF file, a TMX
    export): atomically, as ``write_atomic``, unless ``path`` is a device, a pipe or a
    socket (``-o /dev/null``, ``-o /dev/stdout``, a shell's ``>(…)``), which is written into
    as it is: renaming a temporary file over it would put a regular file in its place (as
    root, over /dev/null itself), and reading it first to compare could block on a pipe."""
    try:
        mode = path.stat().st_mode
    except OSError:
        mode = None  # absent (or unreachable: write_atomic says why)
    if mode is None or stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        # a run killed while it wrote this file left its temporary file beside it
        # (``.NAME.PID-….transpub-tmp``): that name's, of processes no longer running, go
        # now (the file is the user's, in a folder of theirs no other sweep looks in)
        with contextlib.suppress(OSError):
            remove_stale([path.parent], recursive=False, named=path.name)
        return write_atomic(path, data)
    try:
        with open(path, "wb") as stream:  # noqa: PTH123  (as a shell's > does)
            stream.write(data)
    except OSError as exc:
        raise write_error(exc, path) from None
    return True


def write_all_atomic(files: Iterable[tuple[Path, bytes]]) -> list[Path]:
    """Write several files, all of them or none (staged, then renamed together); returns the
    paths whose content changed. (Each had been written in turn: a full disk at the 21st PO
    file of an ``xliff import`` left 20 replaced, and said "nothing was replaced".)"""
    with staged_run([]):
        return [path for path, data in files if write_atomic(path, data)]


def check_output_file(path: Path) -> None:
    """Refuse, before any work is done, an output path that cannot be a file."""
    if path.is_dir():
        raise TranspubError("is a folder, not a file (give a file name)", path)
    if path.parent != Path() and path.parent.exists() and not path.parent.is_dir():
        raise TranspubError("cannot write: its folder is a file", path)


#: From this many staged files on, one ``syncfs`` per file system replaces a ``fsync`` per
#: file: on ext4 a build's 1,200 fsyncs took 0.3-3 s (each one a journal commit), one syncfs
#: 0.04-0.07 s. Fewer files keep fsync, which does not wait for other programs' writes.
SYNCFS_FROM = 16


def sync_filesystems(folders: Iterable[str | Path], count: int) -> bool:
    """Flush the file systems holding ``folders`` (Linux ``syncfs``); False when that is not
    available or failed, and the caller flushes file by file."""
    if count < SYNCFS_FROM or not sys.platform.startswith("linux"):
        return False
    try:
        syncfs = _syncfs()
    except (OSError, AttributeError):
        return False
    devices: dict[int, str | Path] = {}
    for folder in folders:
        with contextlib.suppress(OSError):
            devices.setdefault(os.stat(folder).st_dev, folder)  # noqa: PTH116
    for folder in devices.values():
        try:
            fd = os.open(folder, os.O_RDONLY)
        except OSError:
            return False
        try:
            if syncfs(fd) != 0:
                return False
        finally:
            os.close(fd)
    return bool(devices)


@functools.cache
def _syncfs() -> Callable[[int], int]:
    """The C library's ``syncfs``, looked up once per process: each ``ctypes.CDLL`` makes a
    class of its own, freed only by a collection (the flushing thread of a 1,000-release
    extract calls ``sync_filesystems`` every 0.25 s: 1.6 MB of the main process's heap)."""
    import ctypes

    # the C library is already loaded into Python: no find_library (which runs ldconfig)
    return cast("Callable[[int], int]", ctypes.CDLL(None, use_errno=True).syncfs)


def fsync_dir(folder: str | Path) -> None:
    """Flush a folder (its entries): the renames into it are durable only once it is
    flushed (POSIX); a folder that cannot be opened or flushed is left as it is."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)



def fsync_dirs(folders: Sequence[str | Path]) -> None:
    """``fsync_dir`` of every folder, all at once: one thread each, every flush done when
    this returns. A folder's flush mostly waits for the disk (~4 ms each here, 60-70 ms for
    the 15 folders of an extract's commit one after the other; 3-13 ms together). A thread
    that cannot be started leaves its folder to this one."""
    if len(folders) < 2:
        for folder in folders:
            fsync_dir(folder)
        return
    import threading

    threads = []
    for folder in folders:
        thread = threading.Thread(target=fsync_dir, args=(folder,), daemon=True)
        try:
            thread.start()
        except RuntimeError:  # (no thread to be had: flushed here)
            fsync_dir(folder)
            continue
        threads.append(thread)
    for thread in threads:
        thread.join()


# the names these had before they were public (builder.py and checkpack.py import them so, and
# other branches may still): they call the public ones, so that a test patching those sees
# every caller's flush
def _sync_filesystems(folders: Iterable[str | Path], count: int) -> bool:
    return sync_filesystems(folders, count)


def _fsync_dir(folder: str | Path) -> None:
    fsync_dir(folder)

#: The umask, read once per ``staged_run`` (two system calls a file otherwise: 24,000 in a
#: build of 1,000 releases); its forked workers inherit it with the same umask.
_UMASK: list[int | None] = [None]


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _umask() -> int:
    mask = _UMASK[0]
    return _read_umask() if mask is None else mask


#: No input transpub reads (a release, a PO file of 100,000 entries, a config) comes near this.
MAX_INPUT = 512 * 1024 * 1024


def read_regular(path: Path, error: type[TranspubError]) -> bytes:
    """``check_regular`` then ``read_bytes``, with the same errors, on one open file (four
    system calls instead of ten; and what is checked is what is read). Opened without
    blocking: a pipe with no writer is refused, not waited for."""
    try:
        fd = os.open(path, READ_FLAGS | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror}", path) from None
    try:
        info = os.fstat(fd)
        _refuse_irregular(path, info, error)
        return read_fd(fd, info.st_size)
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror}", path) from None
    finally:
        os.close(fd)


def _refuse_irregular(path: Path, info: os.stat_result, error: type[TranspubError]) -> None:
    if not stat.S_ISREG(info.st_mode):
        what = "a folder" if stat.S_ISDIR(info.st_mode) else "a device or pipe"
        raise error(f"cannot read: this is {what}, not a file", path)
    if info.st_size > MAX_INPUT:
        raise error(f"cannot read: {info.st_size:,} bytes (the limit is {MAX_INPUT:,})", path)


def check_regular(path: Path, error: type[TranspubError]) -> None:
    """Refuse, before reading, what is not an ordinary file of a sane size: a folder, a device
    (``/dev/zero`` never ends), a pipe (it may never be written to)."""
    try:
        info = path.stat()
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror}", path) from None
    _refuse_irregular(path, info, error)


def read_utf8(path: Path, error: type[TranspubError], hint: str = "") -> str:
    """The text of ``path``; a missing file or a byte that is not UTF-8 is ``error`` with the
    file and the line of the bad byte. A UTF-8 byte-order mark is dropped."""
    raw = read_regular(path, error)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        other = misnamed(raw, "UTF-8 text", f"UTF-8{hint}")
        if other is not None:  # (a gzip, a workbook, UTF-16 text: said, not "not UTF-8")
            raise error(other, path, 1) from None
        line = raw.count(b"\n", 0, exc.start) + 1
        raise error(f"not UTF-8 (byte 0x{raw[exc.start]:02x}){hint}", path, line) from None
