"""A ``.transpub-cache/`` this user cannot write into (another user's run made it: a CI
container's root, a colleague on a shared checkout) costs an extract its speed, not its
work: it had refused to write the PO files, naming ``extract.json``, without saying the
folder could go.

The permission is real: as root (which writes anywhere) the command runs in a child process
that has become ``nobody``; as another user the folder is made read-only."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import polib
import pytest
from tests.conftest import SLUG, copy_sample

from transpub.cli import main

NOBODY = 65534


@pytest.fixture
def shared() -> Iterator[Path]:
    """A folder every user can reach (pytest's own is root's alone, mode 700)."""
    folder = Path(tempfile.mkdtemp(prefix="transpub-cache-test-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _as_other_user(ws: Path, *args: str) -> tuple[int, str]:
    """Run ``transpub args`` in ``ws`` in a child process (as ``nobody`` when this is root):
    its exit code and the warnings and errors it wrote (on either stream)."""
    err = ws.parent / "said.txt"
    pid = os.fork()
    if pid == 0:  # (the child: nothing of pytest's runs in it)
        code = 70
        try:
            sys.stdout = sys.stderr = err.open("w", encoding="utf-8")
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            os.chdir(ws)
            code = main(list(args))
            sys.stdout.flush()
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    said = err.read_text(encoding="utf-8").splitlines()
    return os.waitstatus_to_exitcode(status), "\n".join(
        line for line in said if line.startswith("transpub:"))


def _workspace(shared: Path) -> tuple[Path, Path]:
    """The sample extracted once (its cache made), handed to the other user but for the
    cache; the cache read-only for everyone else too."""
    ws = copy_sample(shared)
    assert main(["-q", "-C", str(ws), "extract"]) == 0
    cache = ws / ".transpub-cache"
    assert cache.is_dir()
    if os.geteuid() == 0:
        for path in (ws, *ws.rglob("*")):
            if cache not in path.parents and path != cache:
                os.chown(path, NOBODY, NOBODY, follow_symlinks=False)
    for folder in (cache, *[p for p in cache.rglob("*") if p.is_dir()]):
        folder.chmod(0o555)
    return ws, cache


def _edit_source(ws: Path) -> str:
    """One sentence of the source changed: its unit goes fuzzy in every PO file."""
    path = ws / "source" / f"{SLUG}.xml"
    text = path.read_text(encoding="utf-8")
    old = "Strategic Dialogue"
    assert old in text
    path.write_text(text.replace(old, "Strategic Talks", 1), encoding="utf-8")
    return "Strategic Talks"


def test_an_extract_with_an_unwritable_cache_writes_the_po_files_and_says_why(
        shared: Path) -> None:
    ws, cache = _workspace(shared)
    before = {p: p.read_bytes() for p in cache.rglob("*") if p.is_file()}
    new = _edit_source(ws)
    code, err = _as_other_user(ws, "extract")
    try:
        assert code == 0, err
        assert err.strip() == (
            "transpub: warning: .transpub-cache/: not writable by this user: every release "
            "extracted, without the cache; make it writable or remove it (it is made again)")
        po = polib.pofile(str(ws / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"))
        changed = [e for e in po if new in e.msgid]
        assert changed and all(e.fuzzy and e.msgstr for e in changed)
        # the cache as it was: nothing written into it, nothing left beside its files
        assert {p: p.read_bytes() for p in cache.rglob("*") if p.is_file()} == before
        # and the next run does the same (nothing recorded, nothing to do)
        code, err = _as_other_user(ws, "extract")
        assert code == 0 and "not writable by this user" in err
        assert polib.pofile(str(ws / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po")
                            ).__unicode__() == po.__unicode__()
        code, err = _as_other_user(ws, "build", "--lang", "fr")
        assert code == 0, err
        assert new in (ws / "output" / "fr" / f"{SLUG}.html").read_text(encoding="utf-8")
    finally:
        for folder in (cache, *[p for p in cache.rglob("*") if p.is_dir()]):
            folder.chmod(0o755)


def test_a_writable_cache_gets_no_warning(shared: Path) -> None:
    """(The warning is the folder's: the same run with it writable says nothing.)"""
    ws, cache = _workspace(shared)
    for folder in (cache, *[p for p in cache.rglob("*") if p.is_dir()]):
        folder.chmod(0o777)
    _edit_source(ws)
    code, err = _as_other_user(ws, "extract")
    assert code == 0 and err == ""
