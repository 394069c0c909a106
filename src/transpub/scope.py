"""Narrowing a run for CI: ``--shard K/N`` (a deterministic share of the releases) and
``--changed-since REF`` (the units whose source or translation changed since a git ref)."""

from __future__ import annotations

import hashlib
import re
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from transpub.errors import TranspubError
from transpub.model import Release, Segment

if TYPE_CHECKING:
    from transpub.poread import RawEntry

Shard = tuple[int, int]
#: Reads a source release into its segments (``workspace.load`` with the settings bound).
Loader = Callable[[Path], tuple[Release, tuple[Segment, ...]]]
_SHARD = re.compile(r"\s*(\d+)\s*/\s*(\d+)\s*")


def parse_shard(text: str) -> Shard:
    """``K/N`` with 1 ≤ K ≤ N (1-based, as CI matrices count)."""
    match = _SHARD.fullmatch(text)
    if match is None or not 1 <= int(match.group(1)) <= int(match.group(2)):
        raise TranspubError(f"--shard {text!r}: expected K/N with 1 <= K <= N, e.g. 2/4")
    return int(match.group(1)), int(match.group(2))


def shard_of(release: str, count: int) -> int:
    """The shard (1-based) a release belongs to: from a hash of its name, so that adding or
    removing releases never moves the others to another runner (their caches stay warm)."""
    digest = hashlib.sha256(release.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


def in_shard(paths: Iterable[Path], shard: Shard | None) -> list[Path]:
    """The files (named ``<release>.xml`` or ``<release>.po``) of shard K of N."""
    if shard is None:
        return list(paths)
    index, count = shard
    return [p for p in paths if shard_of(p.stem, count) == index]


# --- git -------------------------------------------------------------------------------------

class _NoGit(TranspubError):
    """git itself is missing (a ``python:*-slim`` image): not a folder outside a repository."""


def _git(args: Sequence[str], cwd: Path) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise _NoGit("--changed-since needs git, which is not installed (or not on the PATH)"
                     ) from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        said = next((line for line in message if "dubious ownership" in line),
                    message[-1] if message else "failed")
        raise TranspubError(f"git {' '.join(args[:2])}: {said}", cwd)
    return done.stdout.decode("utf-8", "surrogateescape")


def _shallow_hint(top: Path) -> str:
    """Why a ref may be missing from a CI runner's clone: a shallow one holds the last commit
    only (actions/checkout's default), and a branch not fetched has no remote ref."""
    try:
        shallow = _git(["rev-parse", "--is-shallow-repository"], top).strip() == "true"
    except TranspubError:
        shallow = False
    if shallow:
        return (" (a shallow clone holds too little history: fetch it, git fetch --unshallow, "
                "or check out with actions/checkout's fetch-depth: 0)")
    return " (mistyped, or a branch of the remote not fetched yet: git fetch origin BRANCH)"


#: The names of the commit checked out (a repository without commits has none yet).
_HEAD = frozenset({"HEAD", "@"})


def _unborn(top: Path) -> bool:
    """Whether HEAD names a branch that has no commit yet (``git init``, ``git checkout
    --orphan``): it is a branch's name, and that names no commit."""
    try:
        _git(["symbolic-ref", "-q", "HEAD"], top)
    except TranspubError:
        return False  # (a detached HEAD names a commit, or nothing at all)
    try:
        _git(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], top)
    except TranspubError:
        return True
    return False


class Changes:
    """What changed in a git work tree since ``ref``: files, and old versions of files."""

    def __init__(self, ref: str, start: Path) -> None:
        self.ref = ref
        self.unborn = False  # (a repository without a commit yet: every file is new)
        folder = start if start.is_dir() else start.parent
        try:
            top = _git(["rev-parse", "--show-toplevel"], folder).strip()
        except _NoGit:
            raise
        except TranspubError as exc:
            if "dubious ownership" in exc.message:
                # (a checkout owned by another user than the one running: a CI container)
                named = re.search(r"repository at '(.+)'", exc.message)
                raise TranspubError(
                    "--changed-since: git refuses the repository, owned by another user (as "
                    "in a CI container): git config --global --add safe.directory "
                    f"{named[1] if named else folder.resolve()}") from None
            raise TranspubError("--changed-since: not inside a git repository", folder) from None
        self.top = Path(top).resolve()
        try:
            _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], self.top)
        except TranspubError:
            if ref in _HEAD and _unborn(self.top):
                # the first commit of a new repository, or of a new orphan branch (a
                # pre-commit hook's --changed-since HEAD): nothing was there before it, so
                # every file is new
                self.unborn = True
                tracked = _git(["ls-files", "-z"], self.top)
                untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], self.top)
                self.files = {(self.top / name).resolve()
                              for name in (tracked + untracked).split("\0") if name}
                return
            raise TranspubError(f"--changed-since {ref}: no such commit in this clone"
                                + _shallow_hint(self.top)) from None
        changed = _git(["diff", "--name-only", "-z", "--no-renames", ref, "--"], self.top)
        untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], self.top)
        self.files = {(self.top / name).resolve() for name in (changed + untracked).split("\0")
                      if name}

    def changed(self, path: Path) -> bool:
        return path.resolve() in self.files

    def old_bytes(self, path: Path) -> bytes | None:
        """The file as it was at the ref; None when it did not exist there."""
        if self.unborn:
            return None  # (no commit yet: nothing was)
        relative = path.resolve().relative_to(self.top).as_posix()
        done = subprocess.run(["git", "show", f"{self.ref}:{relative}"], cwd=self.top,
                              capture_output=True, check=False)
        return done.stdout if done.returncode == 0 else None


def _state(entry: RawEntry) -> tuple[object, ...]:
    return (entry.msgid, entry.msgstr, entry.fuzzy, entry.translator, entry.flags)


def changed_po_units(changes: Changes, path: Path) -> frozenset[str] | None:
    """Unit ids of ``path`` whose msgid, msgstr, fuzziness, flags or translator comment differ
    from the ref; None means every unit (the file is new, or its old version is unreadable)."""
    if not changes.changed(path):
        return frozenset()
    old = changes.old_bytes(path)
    if old is None:
        return None
    from transpub.poread import parse  # here: a build, which only shards, never reads PO text

    try:
        _, old_entries = parse(old.decode("utf-8-sig"), path)
        _, new_entries = parse(path.read_text(encoding="utf-8-sig"), path)
    except (TranspubError, UnicodeDecodeError):
        return None  # the reader of the current file reports what is wrong with it
    before = {e.context or e.msgid: _state(e) for e in old_entries if not e.obsolete}
    return frozenset(key for e in new_entries if not e.obsolete
                     for key in [e.context or e.msgid] if before.get(key) != _state(e))


def changed_segments(changes: Changes, path: Path, loader: Loader) -> frozenset[str] | None:
    """Unit ids of a source release whose text differs from the ref (None: every unit)."""
    if not changes.changed(path):
        return frozenset()
    old = changes.old_bytes(path)
    if old is None:
        return None
    _, segments = loader(path)
    with tempfile.TemporaryDirectory(prefix="transpub-") as folder:
        old_path = Path(folder) / path.name
        old_path.write_bytes(old)
        try:
            _, old_segments = loader(old_path)
        except TranspubError:
            return None
    before = {s.id: s.text for s in old_segments}
    return frozenset(s.id for s in segments if before.get(s.id) != s.text)
