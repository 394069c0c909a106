"""A new folder inside a new folder is staged inside the outer one's staged folder (``fsutil``).

A fresh extract writes ``locales/x.pot`` and ``locales/fr/LC_MESSAGES/x.po`` into a workspace
without ``locales/``. The POTs' ``locales/`` was staged as ``.locales.TOKEN.transpub-tmp``, but
staging ``locales/fr/LC_MESSAGES/`` made ``locales/fr/`` for real, so the commit's rename of the
staged ``locales/`` failed (not empty) and its POTs were moved in one by one. Now the whole new
tree is staged in one folder and renamed once; the guarantees stay those of
tests/test_fsutil_folders.py (nothing under a final name before the commit, nothing left after
a failure, the same files).
"""

from __future__ import annotations

import contextlib
import os
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transpub import fsutil
from transpub.errors import TranspubError
from transpub.fsutil import TMP_SUFFIX, staged_run, write_atomic

LANGS = ("fr", "ar", "zh")


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _write_release(root: Path, count: int) -> dict[str, bytes]:
    """As an extract writes: per release its POT, then a PO file per language."""
    written = {}
    for number in range(count):
        pot = root / "locales" / f"r{number}.pot"
        write_atomic(pot, f"pot {number}".encode())
        written[f"locales/r{number}.pot"] = f"pot {number}".encode()
        for lang in LANGS:
            name = f"locales/{lang}/LC_MESSAGES/r{number}.po"
            write_atomic(root / name, f"{lang} {number}".encode(), compare=False)
            written[name] = f"{lang} {number}".encode()
    return written


def _temporaries(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.endswith(TMP_SUFFIX)]


def test_a_new_tree_is_staged_whole_and_renamed_once(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    renames: list[tuple[str, str]] = []
    real_rename, real_replace = os.rename, os.replace

    def rename(src: str, dst: str) -> None:
        renames.append((os.fspath(src), os.fspath(dst)))
        real_rename(src, dst)

    def replace(src: str, dst: str) -> None:
        renames.append((os.fspath(src), os.fspath(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "rename", rename)
    monkeypatch.setattr(os, "replace", replace)
    with staged_run([tmp_path / "locales"], stage_folders=True) as stage:
        written = _write_release(tmp_path, 20)
        # nothing under a final name before the commit, not even an empty folder
        assert not (tmp_path / "locales").exists()
        assert fsutil.known_absent(tmp_path / "locales" / "fr" / "LC_MESSAGES" / "r0.po")
        top = tmp_path / f".locales.{stage.token}{TMP_SUFFIX}"
        assert (top / "fr" / "LC_MESSAGES" / "r3.po").read_bytes() == b"fr 3"
        assert (top / "r3.pot").read_bytes() == b"pot 3"
    assert renames == [(os.fspath(top), os.fspath(tmp_path / "locales"))]
    assert _tree(tmp_path) == written
    assert not _temporaries(tmp_path)


def test_a_failed_run_leaves_no_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(fsutil.FAULT_ENV, "ENOSPC:30")
    with pytest.raises(TranspubError, match="cannot write"), \
            staged_run([tmp_path / "locales"], stage_folders=True):
        _write_release(tmp_path, 20)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_made_meanwhile_is_filled_file_by_file(tmp_path: Path) -> None:
    with staged_run([tmp_path / "locales"], stage_folders=True):
        written = _write_release(tmp_path, 5)
        (tmp_path / "locales" / "fr").mkdir(parents=True)  # another program made it
        (tmp_path / "locales" / "fr" / "theirs.txt").write_bytes(b"theirs")
    assert _tree(tmp_path) == written | {"locales/fr/theirs.txt": b"theirs"}
    assert not _temporaries(tmp_path)


@pytest.mark.parametrize("fail", [False, True])
def test_a_workers_nested_folders_adopted_by_name(tmp_path: Path, fail: bool) -> None:
    """A worker's files (``by_name``) in folders staged inside another are committed with the
    outer folder, before the main process's own, and removed with it on failure."""
    written: dict[str, bytes] = {}
    with pytest.raises(RuntimeError) if fail else contextlib.nullcontext(), \
            staged_run([tmp_path / "locales"], stage_folders=True) as stage:
        worker = fsutil.Stage(stage.token, stage_folders=True)
        with fsutil.using(worker):
            written |= _write_release(tmp_path, 4)
        named, other = worker.by_name()
        assert not other and sum(len(names) for _f, _h, names in named) == 16
        worker.staged.clear()
        stage.adopt_named(named)
        write_atomic(tmp_path / "locales" / "es" / "LC_MESSAGES" / "own.po", b"own")
        written["locales/es/LC_MESSAGES/own.po"] = b"own"
        if fail:
            raise RuntimeError("a failed run")
    if fail:
        assert not (tmp_path / "locales").exists()
        # (the staged folder is the run's: its failure path removes what is left)
        assert not [p for p in tmp_path.rglob("*") if p.is_file()]
        return
    assert _tree(tmp_path) == written
    assert not _temporaries(tmp_path)


def test_the_outermost_staged_folder_from_the_names() -> None:
    sep, token = os.sep, "123-abcd"
    top = f"{sep}w{sep}.locales.{token}{TMP_SUFFIX}"
    assert fsutil._outermost(f"{top}{sep}fr{sep}LC_MESSAGES",
                             f"{sep}w{sep}locales{sep}fr{sep}LC_MESSAGES",
                             token) == (top, f"{sep}w{sep}locales")
    assert fsutil._outermost(top, f"{sep}w{sep}locales", token) == (top, f"{sep}w{sep}locales")
    # another token's, or a name that is no staged folder's: as given
    other = f"{sep}w{sep}.locales.9-ffff{TMP_SUFFIX}{sep}fr"
    assert fsutil._outermost(other, f"{sep}w{sep}locales{sep}fr", token) == (
        other, f"{sep}w{sep}locales{sep}fr")
    assert fsutil._outermost(f"{sep}a{sep}x", f"{sep}b{sep}x", token) == (
        f"{sep}a{sep}x", f"{sep}b{sep}x")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=string.ascii_letters[:3] + "/." + "é", max_size=12))
def test_dirname_is_os_path_dirname(path: str) -> None:
    assert fsutil._dirname(path) == os.path.dirname(path)  # noqa: PTH120


def test_the_fault_spec_is_read_once_per_stage(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    monkeypatch.delenv(fsutil.FAULT_ENV, raising=False)
    assert not fsutil.Stage().faults
    monkeypatch.setenv(fsutil.FAULT_ENV, "EACCES:/fr/")
    stage = fsutil.Stage()
    assert stage.faults
    with pytest.raises(TranspubError, match="cannot write"):
        stage.put(tmp_path / "fr" / "x.po", b"x")
    assert stage.put(tmp_path / "es.po", b"x")
