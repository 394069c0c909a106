"""Restore the third-party test data (see ``tests/realdata.py``) from git mirrors.

    python3 tests/restore_real_data.py [--dry-run] [--history] [--max-size BYTES] GIT_DIR ...

GIT_DIR: a git directory (bare, a clone's ``.git``, or the clone) of a repository the manifests
name, such as ``/work/.mirror/klew00+okapi/repo``. For every file listed in the manifests
(``realdata.MANIFESTS``) that is missing under the data root (``realdata.root()``) or whose
sha256 differs, the blob with that sha256 is looked for in the HEAD tree of each GIT_DIR: first
among the blobs with the same file name (also trying the name without a leading ``okapi.``,
``python-docx.``, ``mammoth.``, ``pandoc.``, ``tico.``, ``matecat.``, ``disfr.``, ``fcc.``,
``compcon.`` or ``omegat.``, the prefixes the copies were given), then among all blobs of at
most --max-size bytes (default 5 MB). A blob found is written atomically to its place under the
data root; nothing else is changed. With --history, the blobs of every commit of each GIT_DIR
are searched too (same order), for a file HEAD no longer has (python-xliff's
``xliff-core-1.2-strict.xsd``, gone after commit 6c7e200).

It prints what it restored and what is still missing; for the generated PO files of
``tests/corpus_real/po*/`` it prints the ``make_po`` command that makes them (from
``tests/corpus_real/SOURCES.md``). Exit status: 0 when every listed file is in place, 1 if not.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import realdata

MAX_SIZE = 5 * 1024 * 1024
PREFIXES = ("okapi.", "python-docx.", "mammoth.", "pandoc.", "tico.", "matecat.", "disfr.",
            "fcc.", "compcon.", "omegat.")
CORPUS_SOURCES = "tests/corpus_real/SOURCES.md"
_COMMAND = re.compile(r"`(python3 tests/corpus_real/make_po\d*\.py[^`]*)`")
_OUT = re.compile(r"corpus_real/(po\d*)/?$")


@dataclass(frozen=True)
class Blob:
    """A file of a mirror's HEAD tree."""

    git_dir: Path
    oid: str
    size: int
    path: str


def sha256_of(path: Path) -> str | None:
    """The sha256 of a file, or None if it is not there."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def head_blobs(git_dir: Path) -> list[Blob]:
    """Every blob of ``git_dir``'s HEAD tree (symlinks and submodules left out)."""
    out = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-r", "-l", "-z", "HEAD"],
                         check=True, capture_output=True).stdout
    blobs = []
    for record in out.split(b"\0"):
        if not record:
            continue
        meta, _, name = record.partition(b"\t")
        mode, kind, oid, size = meta.split()
        if kind == b"blob" and mode != b"120000" and size.isdigit():  # "BAD": absent blob
            blobs.append(Blob(git_dir, oid.decode(), int(size),
                              name.decode("utf-8", "surrogateescape")))
    return blobs


def history_blobs(git_dir: Path) -> list[Blob]:
    """Every blob reachable from any ref of ``git_dir`` (with a path it had), for --history."""
    git = ["git", "--git-dir", str(git_dir)]
    command = [*git, "rev-list", "--objects", "--all", "--missing=allow-any"]
    listed = subprocess.run(command, check=True, capture_output=True).stdout
    paths: dict[str, str] = {}
    for line in listed.decode("utf-8", "surrogateescape").splitlines():
        oid, _, name = line.partition(" ")
        if name:
            paths.setdefault(oid, name)
    checked = subprocess.run([*git, "cat-file", "--batch-check"], check=True, capture_output=True,
                             input="".join(f"{oid}\n" for oid in paths).encode()).stdout
    blobs = []
    for line in checked.decode().splitlines():
        fields = line.split()
        if len(fields) == 3 and fields[1] == "blob":
            blobs.append(Blob(git_dir, fields[0], int(fields[2]), paths[fields[0]]))
    return blobs


class Reader:
    """Blob contents through one ``git cat-file --batch`` per mirror."""

    def __init__(self) -> None:
        self._procs: dict[Path, subprocess.Popen[bytes]] = {}

    def read(self, blob: Blob) -> bytes | None:
        """The contents of ``blob``; None if the mirror lacks it (a partial snapshot)."""
        proc = self._procs.get(blob.git_dir)
        if proc is None:
            proc = subprocess.Popen(["git", "--git-dir", str(blob.git_dir), "cat-file", "--batch"],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE)
            self._procs[blob.git_dir] = proc
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(blob.oid.encode() + b"\n")
        proc.stdin.flush()
        header = proc.stdout.readline().split()
        if len(header) != 3 or header[1] != b"blob":
            return None  # "<oid> missing"
        data = proc.stdout.read(int(header[2]))
        proc.stdout.read(1)  # the newline after the contents
        return data

    def close(self) -> None:
        for proc in self._procs.values():
            assert proc.stdin is not None
            proc.stdin.close()
            proc.wait()
        self._procs.clear()


def names_for(rel: str) -> set[str]:
    """The file names a listed file may have in its repository."""
    base = rel.rsplit("/", 1)[-1]
    return {base} | {base[len(p):] for p in PREFIXES if base.startswith(p) and len(base) > len(p)}


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file in the same folder."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def search(wanted: dict[str, str], candidates: Iterable[Blob], reader: Reader,
           found: dict[str, Blob], data: dict[str, bytes]) -> None:
    """Hash ``candidates`` until every digest of ``wanted`` (rel -> sha256) not yet in ``found``
    is found; records the blob and its contents per digest."""
    digests = {d for rel, d in wanted.items() if rel not in found}
    seen: set[tuple[Path, str]] = set()
    for blob in candidates:
        if not digests:
            return
        if (blob.git_dir, blob.oid) in seen:
            continue
        seen.add((blob.git_dir, blob.oid))
        contents = reader.read(blob)
        if contents is None:
            continue
        digest = hashlib.sha256(contents).hexdigest()
        if digest in digests:
            digests.discard(digest)
            data[digest] = contents
            for rel, d in wanted.items():
                if d == digest:
                    found.setdefault(rel, blob)


def make_po_commands() -> dict[str, str]:
    """``po``, ``po2``, ... -> the command of ``tests/corpus_real/SOURCES.md`` that makes it."""
    text = (realdata.REPO / CORPUS_SOURCES).read_text(encoding="utf-8")
    commands: dict[str, str] = {}
    for raw in _COMMAND.findall(text):
        command = " ".join(raw.split())
        args = command.split()
        out = next((m.group(1) for a in args if (m := _OUT.search(a))), None)
        if out is None and args[1].endswith("/make_po.py"):
            out = "po"  # make_po.py writes to the data root's tests/corpus_real/po/
        if out is not None:
            commands.setdefault(out, command)
    return commands


def corpus_folder(rel: str) -> str | None:
    """``po3`` for ``tests/corpus_real/po3/ar.po``; None for a file not of the corpus."""
    match = re.fullmatch(r"tests/corpus_real/(po\d*)/[^/]+\.po", rel)
    return match.group(1) if match else None


def by_name(blobs: list[Blob], wanted: dict[str, str]) -> Iterator[Blob]:
    """The blobs whose file name is one a wanted file may have."""
    names = set().union(*(names_for(rel) for rel in wanted))
    for blob in blobs:
        if blob.path.rsplit("/", 1)[-1] in names:
            yield blob


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("git_dirs", nargs="+", type=Path, metavar="GIT_DIR",
                        help="a mirror's git directory (its HEAD tree is searched)")
    parser.add_argument("--max-size", type=int, default=MAX_SIZE,
                        help="largest blob hashed when no file of the same name matches "
                             f"(default {MAX_SIZE})")
    parser.add_argument("--history", action="store_true",
                        help="last resort: also search the blobs of every commit, not only HEAD")
    parser.add_argument("--dry-run", action="store_true", help="say what would be restored")
    args = parser.parse_args(argv)

    root = realdata.root()
    listing = realdata.manifest()
    wanted = {rel: digest for rel, (digest, _) in sorted(listing.items())
              if sha256_of(root / rel) != digest}
    print(f"data root: {root}; {len(listing)} files listed, {len(wanted)} missing or wrong")
    if not wanted:
        return 0

    args.git_dirs = [d / ".git" if (d / ".git").is_dir() else d for d in args.git_dirs]
    blobs: list[Blob] = []
    for git_dir in args.git_dirs:
        try:
            blobs.extend(head_blobs(git_dir))
        except (subprocess.CalledProcessError, OSError) as exc:
            print(f"skipped {git_dir}: cannot list its HEAD tree ({exc})", file=sys.stderr)

    found: dict[str, Blob] = {}
    data: dict[str, bytes] = {}
    reader = Reader()
    try:
        search(wanted, by_name(blobs, wanted), reader, found, data)
        if len(found) < len(wanted):
            small = sorted((b for b in blobs if b.size <= args.max_size), key=lambda b: b.size)
            search(wanted, small, reader, found, data)
        if args.history and len(found) < len(wanted):
            old: list[Blob] = []
            for git_dir in args.git_dirs:
                try:
                    old.extend(history_blobs(git_dir))
                except (subprocess.CalledProcessError, OSError) as exc:
                    print(f"skipped {git_dir}'s history ({exc})", file=sys.stderr)
            search(wanted, by_name(old, wanted), reader, found, data)
            if len(found) < len(wanted):
                small = sorted((b for b in old if b.size <= args.max_size), key=lambda b: b.size)
                search(wanted, small, reader, found, data)
    finally:
        reader.close()

    restored = 0
    for rel, blob in sorted(found.items()):
        verb = "would restore" if args.dry_run else "restored"
        if not args.dry_run:
            write_atomically(root / rel, data[wanted[rel]])
        restored += 1
        print(f"{verb} {rel} <- {blob.git_dir}: {blob.oid[:12]} ({blob.path})")

    missing = [rel for rel in wanted if rel not in found]
    commands = make_po_commands() if missing else {}
    for rel in missing:
        folder = corpus_folder(rel)
        hint = f" (listed in {listing[rel][1]})"
        if folder is not None and folder in commands:
            hint = f": generated; run {commands[folder]}"
            if folder == "po":
                hint += (" (it writes beside itself, into tests/corpus_real/po/, which must "
                         f"exist: move the files to {root / 'tests/corpus_real/po'})")
        print(f"still missing {rel}{hint}")
    print(f"{restored} restored, {len(missing)} still missing")
    return 0 if not missing else 1


if __name__ == "__main__":
    sys.exit(main())
