"""A run that fills a new folder stages the folder whole and renames it once (``fsutil``).

The guarantees are those of file-by-file staging: nothing appears under its final name before
the commit, a failure leaves no trace, a killed run's staging folder is removed by the next
run, a folder that appeared meanwhile is filled file by file, and the bytes are the same.
"""

from __future__ import annotations

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
        staged_parents = {tmp.parent.name for tmp in stage.staged.values()}
        if stage_folders:
            assert {name.split(".")[1] for name in staged_parents if name != "out"} \
                == {"fr", "ar"}
            # under their own names in the staged folder, not beside the target
            assert (stage.staged[out / "fr" / "page-3.html"].name == "page-3.html")
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
        fr = [tmp for path, tmp in stage.staged.items() if path.parent.name == "fr"]
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
