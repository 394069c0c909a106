"""The no-op record's settle loop (``noop.Recorder.save``): a file changed in the clock tick
of the probe is stat'ed again after a later probe, the others once.

A build or extract writes its outputs just before it records the no-op; on a file system
whose clock ticks coarsely, some of them share the probe's tick, and the record waits a few
milliseconds and looks again. It used to stat every file again (8,000 at N = 1000) for the
few that were too fresh — which also made the stat counts of tests/test_extract_ids.py
depend on the timing of the run.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from transpub import noop


def _files(tmp_path: Path, count: int) -> list[str]:
    names = []
    for number in range(count):
        path = tmp_path / "in" / f"f{number}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(str(number))
        os.utime(path, ns=(1_000_000_000, 1_000_000_000))  # long before any probe
        names.append(os.fspath(path))
    # the recorder trusts no file changed (its ctime: the utime above) in the tick of its
    # start: wait until the file system's clock has moved on
    newest = max(Path(name).stat().st_ctime_ns for name in names)
    while (now := noop._probe(tmp_path)) is not None and now[0] <= newest:
        time.sleep(0.002)
    return names


def test_only_the_fresh_files_are_stated_again(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    files = _files(tmp_path, 6)
    recorder = noop.Recorder(tmp_path, "build", "key", files)
    written = files[2]  # the run's own output, written in the probe's tick
    real_probe = noop._probe
    probes: list[tuple[int, int] | None] = []

    def probe(folder: Path) -> tuple[int, int] | None:
        got = real_probe(folder)
        assert got is not None
        if not probes:  # the first probe of the save: as old as the output's change
            os.utime(written, ns=(got[0], got[0]))
        probes.append(got)
        return got

    stated: list[str] = []
    real_row = noop._stat_row

    def row(path: str) -> tuple[int, int, int, int, int]:
        stated.append(path)
        return real_row(path)

    monkeypatch.setattr(noop, "_probe", probe)
    monkeypatch.setattr(noop, "_stat_row", row)
    assert recorder.save({}, files, [], [written], [["print", "done"]])
    # the output was too fresh at least once (the probe's clock may tick coarsely and lag
    # the file's change time by a tick: then twice), then settled
    assert len(probes) >= 2
    # every file stat'ed once, the fresh one again after each later probe
    assert sorted(stated) == sorted([*files, *[written] * (len(probes) - 1)])
    found = noop.read_record(tmp_path / noop.FOLDER / "noop-build.rec")
    assert found is not None
    header, payload = found
    listed, named, rowed = header["sizes"]
    # the record holds the rows of the files as they are now (the fresh one's second stat)
    assert payload[listed:listed + named] == "\0".join(files).encode()
    assert payload[listed + named:] == noop.stamp_array(files).tobytes()
    assert rowed == 5 * 8 * len(files)


def test_a_file_still_fresh_after_every_try_records_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = _files(tmp_path, 3)
    recorder = noop.Recorder(tmp_path, "build", "key", files)
    real_probe = noop._probe

    def probe(folder: Path) -> tuple[int, int] | None:
        got = real_probe(folder)
        assert got is not None
        os.utime(files[1], ns=(got[0], got[0]))  # changed again in every probe's tick
        return got

    monkeypatch.setattr(noop, "_probe", probe)
    monkeypatch.setattr(noop, "_SETTLE_SLEEP", 0.0)
    assert not recorder.save({}, files, [], [files[1]], [["print", "done"]])
    assert not (tmp_path / noop.FOLDER / "noop-build.rec").exists()


def _settled_folders(tmp_path: Path, count: int) -> list[str]:
    """``count`` folders of three files each, their last change older than any later probe."""
    folders = []
    for number in range(count):
        folder = tmp_path / "out" / f"d{number}"
        folder.mkdir(parents=True)
        for name in ("a.html", "b.html", "c.xml"):
            (folder / name).write_text(name)
        folders.append(os.fspath(folder))
    newest = max(Path(f).stat().st_ctime_ns for f in folders)
    while (now := noop._probe(tmp_path)) is not None and now[0] <= newest:
        time.sleep(0.002)
    return folders


def _spy_on_listings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The folders ``noop`` lists from now on, in order."""
    listed: list[str] = []
    real_listdir = os.listdir

    def listdir(path: str) -> list[str]:
        listed.append(os.fspath(path))
        return real_listdir(path)

    monkeypatch.setattr(noop.os, "listdir", listdir)
    return listed


def _replay(tmp_path: Path, files: list[str], folders: list[str]) -> object:
    return noop.replay(tmp_path, "build", "key", lambda _layout: (files, folders))


def test_a_folder_whose_stat_is_the_recorded_one_is_not_listed_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = _files(tmp_path, 2)
    folders = _settled_folders(tmp_path, 3)
    recorder = noop.Recorder(tmp_path, "build", "key", files)
    assert recorder.save({}, files, folders, [], [["print", "done"]])
    listed = _spy_on_listings(monkeypatch)
    assert _replay(tmp_path, files, folders) == [["print", "done"]]
    assert listed == []
    # an entry added, removed or renamed moves the folder's times: that folder is listed
    (Path(folders[1]) / "d.html").write_text("new")
    assert _replay(tmp_path, files, folders) is None
    assert listed == [folders[1]]
    listed.clear()
    (Path(folders[1]) / "d.html").unlink()
    (Path(folders[2]) / "a.html").rename(Path(folders[2]) / "z.html")
    assert _replay(tmp_path, files, folders) is None
    assert folders[2] in listed
    # a folder taken away: not the recorded one
    (Path(folders[2]) / "z.html").rename(Path(folders[2]) / "a.html")
    for entry in Path(folders[0]).iterdir():
        entry.unlink()
    Path(folders[0]).rmdir()
    assert _replay(tmp_path, files, folders) is None


def test_a_folder_changed_in_the_probes_tick_is_listed_on_every_replay(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder whose last change is not older than the record's probe may change again in
    the same tick without its times moving: its stat is not recorded, its names are, and
    every replay lists it (and still tells a change)."""
    files = _files(tmp_path, 2)
    folders = _settled_folders(tmp_path, 2)
    real_probe = noop._probe

    def probe(folder: Path) -> tuple[int, int] | None:
        got = real_probe(folder)
        assert got is not None
        os.utime(folders[0], ns=(got[0], got[0]))  # (a folder's mtime: as fresh as the probe)
        return got

    monkeypatch.setattr(noop, "_probe", probe)
    recorder = noop.Recorder(tmp_path, "build", "key", files)
    assert recorder.save({}, files, folders, [], [["print", "done"]])
    monkeypatch.setattr(noop, "_probe", real_probe)
    found = noop.read_record(tmp_path / noop.FOLDER / "noop-build.rec")
    assert found is not None
    rows = found[0]["folders"]
    assert rows[0][1] is None and rows[1][1] is not None
    listed = _spy_on_listings(monkeypatch)
    assert _replay(tmp_path, files, folders) == [["print", "done"]]
    assert listed == [folders[0]]
    # a file added there, its times put back: the listing still tells
    before = Path(folders[0]).stat()
    (Path(folders[0]) / "new.html").write_text("x")
    os.utime(folders[0], ns=(before.st_atime_ns, before.st_mtime_ns))
    assert _replay(tmp_path, files, folders) is None
