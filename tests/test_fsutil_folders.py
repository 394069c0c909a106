"""A run that fills a new folder stages the folder whole and renames it once (``fsutil``).

The guarantees are those of file-by-file staging: nothing appears under its final name before
the commit, a failure leaves no trace, a killed run's staging folder is removed by the next
run, a folder that appeared meanwhile is filled file by file, and the bytes are the same.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from transpub import fsutil
from transpub.errors import TranspubError
from transpub.fsutil import TMP_SUFFIX, remove_stale, staged_run, write_atomic


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _write_pages(out: Path, count: int = 40) -> None:
    for number in range(count):
        for lang in ("fr", "ar"):
            write_atomic(out / lang / f"page-{number}.html", f"{lang} {number}".encode())
    write_atomic(out / "record.json", b"{}")


@pytest.mark.parametrize("stage_folders", [True, False])
def test_staged_folders_give_the_same_files(tmp_path: Path, stage_folders: bool) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with staged_run([out], stage_folders=stage_folders) as stage:
        _write_pages(out)
        # nothing under its final name before the commit (a staged folder not even itself)
        assert not (out / "fr" / "page-0.html").exists() and not (out / "record.json").exists()
        assert (out / "fr").exists() is not stage_folders
        staged_parents = {Path(tmp).parent.name for tmp in stage.staged.values()}
        if stage_folders:
            assert {name.split(".")[1] for name in staged_parents if name != "out"} \
                == {"fr", "ar"}
            # under their own names in the staged folder, not beside the target
            assert Path(stage.staged[out / "fr" / "page-3.html"]).name == "page-3.html"
    expected = {f"{lang}/page-{n}.html": f"{lang} {n}".encode()
                for n in range(40) for lang in ("fr", "ar")} | {"record.json": b"{}"}
    assert _tree(out) == expected
    assert not [p for p in out.rglob("*") if p.name.endswith(TMP_SUFFIX)]


def test_an_existing_folder_is_filled_file_by_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "fr").mkdir(parents=True)
    (out / "fr" / "old.html").write_bytes(b"kept")
    with staged_run([out], stage_folders=True) as stage:
        _write_pages(out, 3)
        fr = [Path(tmp) for path, tmp in stage.staged.items() if path.parent.name == "fr"]
        assert all(tmp.parent == out / "fr" and tmp.name.endswith(TMP_SUFFIX) for tmp in fr)
    assert (out / "fr" / "old.html").read_bytes() == b"kept"
    assert (out / "fr" / "page-2.html").read_bytes() == b"fr 2"


def test_a_failure_leaves_neither_folder_nor_staging(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setenv(fsutil.FAULT_ENV, "ENOSPC:50")
    with pytest.raises(TranspubError, match="cannot write"), \
            staged_run([out], stage_folders=True):
        _write_pages(out)
    assert list(out.iterdir()) == []


def test_a_folder_that_appeared_during_the_run_is_filled_file_by_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with staged_run([out], stage_folders=True):
        _write_pages(out, 5)
        (out / "fr").mkdir()  # another program (or run) made it meanwhile
        (out / "fr" / "theirs.html").write_bytes(b"theirs")
    assert (out / "fr" / "theirs.html").read_bytes() == b"theirs"
    assert (out / "fr" / "page-4.html").read_bytes() == b"fr 4"
    assert (out / "ar" / "page-4.html").read_bytes() == b"ar 4"
    assert not [p for p in out.rglob("*") if p.name.endswith(TMP_SUFFIX)]


def test_a_dead_runs_staging_folder_is_removed_and_a_live_ones_kept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    dead = out / f".fr.{2 ** 22 + 12345}-abcd{TMP_SUFFIX}"  # above any pid_max
    live = out / f".ar.{os.getppid()}-abcd{TMP_SUFFIX}"
    for folder in (dead, live):
        folder.mkdir(parents=True)
        (folder / "page.html").write_bytes(b"half a page")
    assert remove_stale([out]) == 1
    assert not dead.exists() and (live / "page.html").exists()


def test_a_file_written_twice_in_a_staged_folder_keeps_the_last(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with staged_run([out], stage_folders=True):
        assert write_atomic(out / "fr" / "index.html", b"one")
        assert not write_atomic(out / "fr" / "index.html", b"one")  # the same bytes
        assert write_atomic(out / "fr" / "index.html", b"two")
    assert _tree(out) == {"fr/index.html": b"two"}


@pytest.mark.parametrize("fail", [False, True])
def test_files_adopted_by_name_are_committed_or_removed_like_the_others(tmp_path: Path,
                                                                        fail: bool) -> None:
    """A worker's stage handed over as file names per folder (``Stage.by_name``, as build's
    workers do) commits the same files as its pairs would, before the main process's own
    (renamed last), and a failed run leaves none of them behind."""
    out = tmp_path / "out"
    (out / "fr").mkdir(parents=True)  # an existing folder (temporary files beside targets)
    with pytest.raises(RuntimeError) if fail else _nothing(), \
            staged_run([out], stage_folders=True) as stage:
        worker = fsutil.Stage(stage.token, stage_folders=True)  # a worker's, same token
        with fsutil.using(worker):
            _write_pages(out, 5)
        named, other = worker.by_name()
        assert not other and sum(len(names) for _f, _h, names in named) == 11
        stage.adopt_named(named)
        write_atomic(out / "index.json", b"[]")  # the main process's own, after them
        assert [target for target, _temp in stage._entries()][-1] == os.fspath(
            out / "index.json")
        if fail:
            raise RuntimeError("a failed run")
    if fail:
        assert _tree(out) == {}
        assert not [p for p in tmp_path.rglob("*") if p.name.endswith(TMP_SUFFIX)]
        return
    expected = {f"{lang}/page-{n}.html": f"{lang} {n}".encode()
                for n in range(5) for lang in ("fr", "ar")}
    assert _tree(out) == expected | {"record.json": b"{}", "index.json": b"[]"}
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(TMP_SUFFIX)]


def _nothing() -> contextlib.AbstractContextManager[None]:
    return contextlib.nullcontext()


def _modes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_mode & 0o7777
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("stage_folders", [True, False])
@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002])
def test_written_files_have_the_umask_mode(tmp_path: Path, stage_folders: bool,
                                           mask: int) -> None:
    """A file created new in a staged folder takes its mode from the kernel (no ``fchmod``):
    the same mode as a file staged beside its target, or one written twice."""
    out = tmp_path / "out"
    out.mkdir()
    old = os.umask(mask)
    try:
        with staged_run([out], stage_folders=stage_folders):
            _write_pages(out, 5)
            write_atomic(out / "fr" / "page-1.html", b"again", compare=False)
    finally:
        os.umask(old)
    modes = _modes(out)
    assert len(modes) == 11 and set(modes.values()) == {0o666 & ~mask}
    assert (out / "fr" / "page-1.html").read_bytes() == b"again"


def _default_acl(folder: Path) -> None:
    """A default ACL (owner rw, group r, others nothing): new files under it get 0o640 from
    the ACL, whatever the umask. Skips where the file system has no ACLs."""
    import struct

    entries = [(0x01, 6), (0x04, 4), (0x20, 0)]  # ACL_USER_OBJ, ACL_GROUP_OBJ, ACL_OTHER
    value = struct.pack("<I", 2) + b"".join(struct.pack("<HHI", tag, perm, 0xFFFFFFFF)
                                            for tag, perm in entries)
    try:
        os.setxattr(folder, "system.posix_acl_default", value)
    except (OSError, AttributeError) as exc:
        pytest.skip(f"no default ACLs here: {exc}")


def test_a_default_acl_does_not_set_the_mode(tmp_path: Path) -> None:
    """Under a folder with a default ACL the kernel gives new files the ACL's mode, not the
    umask's: those files' mode is still set to the umask's, as before."""
    out = tmp_path / "out"
    out.mkdir()
    _default_acl(out)
    old = os.umask(0o022)
    try:
        with staged_run([out], stage_folders=True):
            _write_pages(out, 3)
    finally:
        os.umask(old)
    modes = _modes(out)
    assert len(modes) == 7 and set(modes.values()) == {0o644}
