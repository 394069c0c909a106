"""Facts about input files (a content digest, a release id) remembered by their ``stat``.

A build or extract with nothing changed used to read and hash every source and PO file to
learn that nothing had changed: at 1,000 releases, 7,000 files, most of a no-op run. Like git's
index, this memo keeps each file's digest with its size, modification and change times and
inode, and trusts it while those are unchanged.

Git's "racy clean" problem is handled per entry: a file written in the same clock tick as it
was read could change again without its times moving, so an entry is only kept when the file's
last change is older than ``RACY_NS`` before the moment it was read. A damaged, foreign or
unreadable memo is an empty one; the memo is an optimisation and never decides a result by
itself: a miss reads the file.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from transpub import __version__
from transpub.regular import refused, special

FOLDER = Path(".transpub-cache")
#: The folder's own ``.gitignore``, written by whichever command creates the folder (like
#: pytest's and mypy's caches: never committed).
IGNORE_FILE = b"# written by transpub: a cache, never committed\n*\n"

#: Entries for files changed less than this before they were read are not kept (file systems
#: with coarse timestamps: FAT's 2 s, ext3's 1 s).
RACY_NS = 3_000_000_000

Stamp = tuple[int, int, int, int, int]


def stamp(stat: os.stat_result) -> Stamp:
    """What must be unchanged for a remembered fact about a file to hold: size, modification
    and change times (an edit that restores the mtime still moves the ctime), inode, device."""
    return stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev


def settled(stat: os.stat_result, read_at_ns: int) -> bool:
    """Whether a file read at ``read_at_ns`` may be remembered: its last change is older than
    the racy window, so a later edit must move its times."""
    return max(stat.st_mtime_ns, stat.st_ctime_ns) < read_at_ns - RACY_NS


def judge(before: os.stat_result, read_at_ns: int, after: os.stat_result) -> Stamp | None:
    """The stamp under which a file read at ``read_at_ns`` (stat ``before`` and ``after`` the
    read) may be remembered, or None: it changed while it was read, or is not yet settled."""
    current = stamp(before)
    if stamp(after) == current and settled(before, read_at_ns):
        return current
    return None


class StatMemo:
    """``memo.fact(path, kind, compute)``: ``compute(data)`` of the file's bytes, remembered."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[str, list[object]] = {}
        self.changed = False
        #: Keys whose file this run saw (stat or read): ``save`` need not ask if it exists.
        self.seen: set[str] = set()
        if path is not None:
            import json  # (not at the top: a no-op build or extract imports this module)

            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = None
            if (isinstance(data, dict) and data.get("version") == __version__
                    and isinstance(data.get("files"), dict)):
                self.entries = data["files"]

    @classmethod
    def for_workspace(cls, root: Path, name: str) -> StatMemo:
        return cls(root / FOLDER / f"stat-{name}.json")

    def fact(self, path: str, kind: str, compute: Callable[[bytes], object],
             valid: Callable[[object], bool] = lambda _value: True,
             known: Stamp | None = None) -> object | None:
        """The remembered ``kind`` of ``path``, or ``compute`` of its bytes (None: no file). A
        remembered value that ``valid`` refuses (a hand-edited memo) is computed again.
        ``known``: the file's stamp as this run has just found it (the check's scan of its
        inputs): a remembered value under that stamp is taken without a ``stat`` of its own;
        any other, and the file is looked at as usual."""
        key = f"{kind}:{path}"
        entry = self.entries.get(key)
        if known is not None and entry is not None and len(entry) == len(known) + 1 \
                and tuple(entry[:-1]) == known and valid(entry[-1]):
            self.seen.add(key)
            return entry[-1]
        try:
            stat = os.stat(path)  # noqa: PTH116  (plain strings, thousands of files)
        except FileNotFoundError:
            return None  # other errors (a file where a folder belongs...) are the caller's
        current = stamp(stat)
        if (entry is not None and len(entry) == len(current) + 1
                and tuple(entry[:-1]) == current and valid(entry[-1])):
            self.seen.add(key)
            return entry[-1]
        from transpub.fsutil import READ_FLAGS  # (not at import: the no-op check)
        from transpub.regular import read_fd

        if special(stat.st_mode):
            # (a FIFO had waited for a writer for ever, /dev/zero been read until the memory
            # ran out: the caller's reader names the file)
            raise refused(path)
        now = time.time_ns()
        try:  # (plain strings: see builder._stale; four system calls, not ten)
            fd = os.open(path, READ_FLAGS)
        except FileNotFoundError:
            return None
        try:
            data = read_fd(fd, stat.st_size)
            # the file read, after the read (its inode: what was read is what is remembered)
            after = stamp(os.fstat(fd))
        except OSError as exc:  # (a folder opens, and fails to read: name it as open() would)
            raise type(exc)(exc.errno, exc.strerror, path) from None
        finally:
            os.close(fd)
        self.seen.add(key)
        value = compute(data)
        if settled(stat, now) and after == current:
            self.entries[key] = [*current, value]  # (and not changed while it was read)
            self.changed = True
        elif self.entries.pop(key, None) is not None:
            self.changed = True
        return value

    def remember(self, path: str, kind: str, value: object, before: os.stat_result,
                 read_at_ns: int, after: os.stat_result) -> None:
        """Keep ``value``, computed elsewhere (a build worker) from the bytes of ``path`` read
        at ``read_at_ns``, with its stat just before and just after that read: under
        ``fact``'s rule (settled when read, and not changed while it was read)."""
        current = judge(before, read_at_ns, after)
        if current is not None:
            self.keep(path, kind, value, current)

    def keep(self, path: str, kind: str, value: object, current: Stamp) -> None:
        """Keep ``value`` for the file whose stat was ``current``, already held to
        ``remember``'s rule where the file was read (a build worker sends only what passes, as
        one small tuple instead of two ``stat_result`` objects per file)."""
        key = f"{kind}:{path}"
        entry = [*current, value]
        self.seen.add(key)
        if self.entries.get(key) != entry:  # (the same fact again: the memo is not written)
            self.entries[key] = entry
            self.changed = True

    def digest(self, path: str) -> str:
        """The sha256 of the file's bytes, or "-" when there is no file."""
        import hashlib  # (OpenSSL's: ~6-9 ms, which a no-op build or extract never needs)

        value = self.fact(path, "sha256", lambda data: hashlib.sha256(data).hexdigest(),
                          lambda value: isinstance(value, str) and len(value) == 64)
        return value if isinstance(value, str) else "-"

    def save(self) -> None:
        """Write the memo if it changed (atomically; a failure to write is not an error: the
        next run reads the files again)."""
        if self.path is None:
            return
        import json
        from json.encoder import encode_basestring_ascii as quote

        from transpub.errors import TranspubError
        from transpub.fsutil import remove_stale, write_atomic

        # a run killed while its cache files were staged left their temporary files here,
        # outside the folders a command sweeps (output/, locales/): one listing, no walk
        remove_stale([self.path.parent], recursive=False, keep_own=True)
        if not self.changed:
            return

        # entries of files that no longer exist are dropped, so the memo does not grow forever
        # (a file this run saw is not asked again: 7,000 stats at 1,000 releases, serial)
        seen = self.seen
        # ``json.dumps({"version": ..., "files": {...}}, separators=(",", ":"))`` written entry
        # by entry: the whole object's encoder kept a dozen small strings per entry until the
        # end (6 MB at 7,000 entries, the peak of a large build's main process)
        parts = [b'{"version":%s,"files":{' % json.dumps(__version__).encode("utf-8")]
        for key, value in sorted(self.entries.items()):
            if key in seen or os.path.exists(key.split(":", 1)[1]):  # noqa: PTH110
                parts.append(b"%s:%s," % (quote(key).encode("utf-8"), _entry_json(value)))
        if len(parts) > 1:
            parts[-1] = parts[-1][:-1]
        parts.append(b"}}")
        data = b"".join(parts)
        del parts  # (the pieces freed before the file is written: 3 MB at 7,000 entries)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # a memo of another size differs: not read again to be compared
            try:
                same_size = os.stat(self.path).st_size == len(data)  # noqa: PTH116
            except OSError:
                same_size = False
            write_atomic(self.path, data, compare=same_size)
        except (OSError, TranspubError):
            pass
        self.changed = False


_COMPACT = (",", ":")


def _entry_json(value: object) -> bytes:
    """``json.dumps(value, separators=(",", ":"))`` in UTF-8; an entry of the usual shape (five
    integers and a string) written by a template (two ``json.dumps`` per entry were 50 ms of a
    large build's serial tail; tests/test_statmemo.py holds the two to the same bytes)."""
    import json
    from json.encoder import encode_basestring_ascii as quote

    if type(value) is list and len(value) == 6 and type(value[5]) is str and all(
            type(number) is int for number in value[:5]):
        return b"[%d,%d,%d,%d,%d,%s]" % (*value[:5], quote(value[5]).encode("ascii"))
    return json.dumps(value, separators=_COMPACT).encode("utf-8")
