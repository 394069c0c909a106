"""The file calls with fewer system calls (``fsutil``): the same files, modes and errors.

Staged files are created with their final mode (no ``fchmod``), a file known to be absent is
not looked at again, and files are read with one open file (``read_bytes``, ``read_regular``,
``StatMemo.fact``): these tests hold each to what the longer way gave.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from transpub import fsutil
from transpub.errors import CatalogError, TranspubError
from transpub.fsutil import known_absent, read_bytes, read_regular, staged_run, write_atomic
from transpub.statmemo import StatMemo


@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002, 0o000])
@pytest.mark.parametrize("stage_folders", [True, False])
def test_written_files_get_the_umasks_mode(tmp_path: Path, mask: int, stage_folders: bool,
                                           umask: None) -> None:
    os.umask(mask)
    out = tmp_path / "out"
    out.mkdir()
    with staged_run([out], stage_folders=stage_folders):
        write_atomic(out / "a.txt", b"a")  # beside its target
        write_atomic(out / "new" / "b.txt", b"b")  # a new folder (staged whole, or created)
    write_atomic(out / "c.txt", b"c")  # outside a run
    write_atomic(out / "a.txt", b"again")  # replacing a file
    for name in ("a.txt", "new/b.txt", "c.txt"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o666 & ~mask, name
    assert (out / "a.txt").read_bytes() == b"again"


def test_a_file_beside_its_target_gets_no_fchmod_unless_left_over(
        tmp_path: Path, umask: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A temporary file created new beside its target (a POT, a rewritten PO file) has the
    umask's mode from its creation: no ``fchmod``; a leftover under the same temporary name
    (here: made read-only for its owner, 0o400) is truncated and given the mode, as before."""
    os.umask(0o027)
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.txt").write_bytes(b"old")
    calls: list[int] = []
    real = os.fchmod
    monkeypatch.setattr(os, "fchmod", lambda fd, mode: (calls.append(mode), real(fd, mode)))
    with staged_run([out], token="tok") as stage:
        write_atomic(out / "a.txt", b"new")
        leftover = stage.temp_for(out / "b.txt")
        leftover.write_bytes(b"left over, longer than the new text")
        leftover.chmod(0o600)
        write_atomic(out / "b.txt", b"b")
    assert calls == [0o640]  # the leftover's only
    for name, data in (("a.txt", b"new"), ("b.txt", b"b")):
        assert (out / name).read_bytes() == data
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o640, name
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "b.txt"]


def test_known_absent_only_in_a_folder_the_run_creates(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "old").mkdir(parents=True)
    (out / "old" / "x.txt").write_bytes(b"x")
    assert not known_absent(out / "new" / "x.txt")  # no run: nothing known
    with staged_run([out], stage_folders=True):
        write_atomic(out / "new" / "a.txt", b"a")
        write_atomic(out / "old" / "a.txt", b"a")
        assert known_absent(out / "new" / "b.txt")
        assert not known_absent(out / "old" / "x.txt")  # an existing folder: look
        assert not known_absent(out / "other" / "b.txt")  # not written to yet: look
    assert not known_absent(out / "new" / "b.txt")


def test_absent_is_only_what_was_not_found(tmp_path: Path) -> None:
    """The POT's writer passes ``absent`` only when reading the file found nothing (ENOENT): a
    folder in the POT's place is still looked at before anything is staged, and fails the run
    with the file named and nothing written."""
    from transpub.catalog import write_template

    out = tmp_path / "locales"
    (out / "x.pot").mkdir(parents=True)
    (out / "keep.pot").write_bytes(b"keep")
    with pytest.raises(TranspubError) as caught, staged_run([out]):
        write_atomic(out / "keep.pot", b"changed")
        write_template(out / "x.pot", (), "source/x.xml", "project", 0)
    assert caught.value.path is not None and "x.pot" in str(caught.value.path)
    assert (out / "keep.pot").read_bytes() == b"keep" and (out / "x.pot").is_dir()
    assert sorted(p.name for p in out.iterdir()) == ["keep.pot", "x.pot"]


@pytest.mark.parametrize("size", [0, 1, 4095, 4096, 65537, 300_000])
def test_read_bytes_reads_it_all(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    (tmp_path / "f").write_bytes(data)
    assert read_bytes(tmp_path / "f") == data
    assert read_regular(tmp_path / "f", CatalogError) == data


def test_read_bytes_of_a_file_without_a_size(tmp_path: Path) -> None:
    """A file whose stat says 0 bytes and holds more (``/proc``) is read to its end."""
    proc = Path("/proc/self/status")
    if not proc.exists():
        pytest.skip("no /proc")
    assert b"Pid:" in read_bytes(proc)


def _old_way(path: Path) -> str:
    """``check_regular`` then ``Path.read_bytes``, as ``read_utf8`` read before."""
    try:
        fsutil.check_regular(path, CatalogError)
        try:
            path.read_bytes()
        except OSError as exc:
            raise CatalogError(f"cannot read: {exc.strerror}", path) from None
    except CatalogError as exc:
        return str(exc)
    return "read"


def _new_way(path: Path) -> str:
    try:
        read_regular(path, CatalogError)
    except CatalogError as exc:
        return str(exc)
    return "read"


def test_read_regular_refuses_as_check_regular_did(tmp_path: Path) -> None:
    (tmp_path / "file.po").write_bytes(b"x")
    (tmp_path / "folder.po").mkdir()
    os.mkfifo(tmp_path / "pipe.po")  # no writer: opened without blocking, refused
    (tmp_path / "link.po").symlink_to(tmp_path / "folder.po")
    for name in ("file.po", "folder.po", "pipe.po", "missing.po", "link.po"):
        assert _new_way(tmp_path / name) == _old_way(tmp_path / name), name
    assert "a device or pipe" in _new_way(tmp_path / "pipe.po")
    for device in (Path("/dev/null"), Path("/dev/zero")):
        assert _new_way(device) == _old_way(device)


def test_a_folder_read_as_a_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "x.po").mkdir()
    with pytest.raises(IsADirectoryError) as caught:
        read_bytes(tmp_path / "x.po")
    assert caught.value.filename == str(tmp_path / "x.po")
    memo = StatMemo(tmp_path / "memo.json")
    with pytest.raises(IsADirectoryError) as caught:
        memo.fact(str(tmp_path / "x.po"), "id", len)
    assert caught.value.filename == str(tmp_path / "x.po")


def test_stat_memo_reads_and_remembers_as_before(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from transpub import statmemo

    monkeypatch.setattr(statmemo, "RACY_NS", -10**12)  # every file settled: may be remembered
    path = tmp_path / "a.xml"
    path.write_bytes(b"hello")
    memo = StatMemo(tmp_path / "memo.json")
    assert memo.fact(str(path), "len", len) == 5
    assert memo.fact(str(path), "len", lambda data: -1) == 5  # remembered
    assert memo.fact(str(tmp_path / "none.xml"), "len", len) is None
    path.write_bytes(b"hello, world")  # changed: computed again
    assert memo.fact(str(path), "len", len) == 12


def test_a_stage_that_need_not_be_durable_renames_without_flushing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``Stage(durable=False)`` (the check's run record, read back only against its digests):
    no fsync of the files or their folder, and still nothing under the final name before the
    commit; the default stage flushes both."""
    flushed: list[int] = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: flushed.append(fd) or real(fd))
    monkeypatch.setattr(fsutil, "sync_filesystems", lambda folders, count: False)
    for durable, expected in ((False, 0), (True, 3)):
        stage = fsutil.Stage(durable=durable)
        for name in ("a", "b"):
            stage.put(tmp_path / f"{name}-{durable}", name.encode())
        assert not (tmp_path / f"a-{durable}").exists()
        stage.commit()
        assert (tmp_path / f"a-{durable}").read_bytes() == b"a"
        assert (tmp_path / f"b-{durable}").read_bytes() == b"b"
        assert len(flushed) == expected  # two files and their folder
        flushed.clear()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(fsutil.TMP_SUFFIX)]
