"""The run record's stat trust (``checkreplay``, ``checkwhole.Hashes``): an input the scan
could not vouch for by its stat (changed within ``statmemo.RACY_NS`` before the scan, as the
pages of a build that just ended are) is recorded with its stat when the check read it again
once settled and found the bytes the scan hashed; a file changed within its clock tick, or
rewritten with its size and mtime forged back, is read again, never trusted."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import Any

import pytest

import transpub.checkreplay
import transpub.checkwhole
import transpub.statmemo
from test_check import INJECTIONS, PO, _edit
from test_check_cache import _copy
from transpub.checkindex import STAT
from transpub.checkwhole import Hashes
from transpub.statmemo import stamp

from conftest import SLUG, Cli

HOUR = 3_600_000_000_000


class _Clock:
    """``time`` as a module sees it, shifted (the scan's "now", the re-read's "now")."""

    def __init__(self, shift: int) -> None:
        self.shift = shift

    def time_ns(self) -> int:
        return time.time_ns() + self.shift


def _calls(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[str]:
    """The paths ``module.name`` is called with from now on (it still does its work)."""
    paths: list[str] = []
    real = getattr(module, name)

    def counted(path: str) -> Any:
        paths.append(path)
        return real(path)

    monkeypatch.setattr(module, name, counted)
    return paths


def _hashed_names(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files each replay scan hashed (the record's stats vouched for the others)."""
    return _calls(monkeypatch, transpub.checkreplay, "file_sha")


def _record_rows(ws: Path) -> dict[str, bytes]:
    """path -> row (stat packed + digest; the digest alone: no stat) of the newest record."""
    import marshal

    entries = sorted((ws / ".transpub-cache" / "run").glob("*.json"),
                     key=lambda p: p.stat().st_mtime_ns)
    body = entries[-1].read_bytes().partition(b"\n")[2]
    rows = marshal.loads(body)["index"]
    assert isinstance(rows, dict)
    return rows


def _release_inputs(ws: Path) -> list[str]:
    """Every input of a PO file: its source, the PO files, the built pages of the targets."""
    from transpub.catalog import po_path
    from transpub.config import load_settings

    settings = load_settings(ws)
    names = [str(ws / "source" / f"{SLUG}.xml")]
    for lang in settings.target_codes():
        names.append(str(po_path(settings.locales_dir, lang, SLUG)))
        names += [str(ws / "output" / lang / f"{SLUG}.{ext}") for ext in ("html", "xml")]
    return names


def _racy_scan_settled_reread(m: pytest.MonkeyPatch) -> None:
    """Every input looks just changed to the run's scan (an hour ahead of the clock: within
    the racy window), and long settled to the check's re-read of it (an hour behind)."""
    m.setattr(transpub.checkreplay, "time", _Clock(-HOUR))
    m.setattr(transpub.checkwhole, "time", _Clock(HOUR))


def test_inputs_racy_at_the_scan_are_recorded_once_read_again_settled(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    ws = _copy(tmp_path / "ws")
    cli: Cli = cli_factory(ws)
    hashed = _hashed_names(monkeypatch)
    inputs = _release_inputs(ws)
    with monkeypatch.context() as m:
        _racy_scan_settled_reread(m)
        cli("check", "-o", "r.txt", "--jobs", "1", expect=None)
    assert set(inputs) <= set(hashed)  # the scan vouched for none of them
    rows = _record_rows(ws)
    for name in inputs:
        # recorded with the stat the re-read found them under (the racy scan's had none)
        assert len(rows[name]) > 32, name
        assert rows[name][-32:].hex() == hashlib.sha256(Path(name).read_bytes()).hexdigest()
    # the next run (clock as it is: every input is a few seconds old, racy to a scan) hashes
    # none of them: the record's stats vouch for them
    hashed.clear()
    lang, unit, find, replace, _code = INJECTIONS[0]
    edited = ws / PO.format(lang=lang)
    _edit(edited, unit, find, replace)
    cli("check", "-o", "r.txt", expect=None)
    assert [n for n in hashed if n in inputs] == [str(edited)]
    assert (ws / "r.txt").read_bytes() == _no_cache(cli, ws)


def _no_cache(cli: Cli, ws: Path) -> bytes:
    assert cli("check", "-o", "plain.txt", "--no-cache", expect=None) in (0, 1), cli.err
    return (ws / "plain.txt").read_bytes()


def _same_size_edit(path: Path) -> None:
    """Rewrite ``path`` in place (same inode) with one character changed, its size kept, and its
    atime and mtime put back as they were: only its ctime (which no user tool can set) shows
    the change."""
    before = path.stat()
    data = path.read_bytes()
    # a date of the release's first paragraph, a day off: a finding (TP201) the check
    # reports only if it reads the file again
    find, replace = "9 décembre 2020".encode(), "8 décembre 2020".encode()
    assert find in data
    with path.open("r+b") as handle:
        handle.write(data.replace(find, replace, 1))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino, after.st_dev) == \
        (before.st_size, before.st_mtime_ns, before.st_ino, before.st_dev)


def test_a_same_size_rewrite_with_its_mtime_forged_back_is_caught_by_ctime(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    ws = _copy(tmp_path / "ws")
    cli: Cli = cli_factory(ws)
    hashed = _hashed_names(monkeypatch)
    with monkeypatch.context() as m:
        _racy_scan_settled_reread(m)
        cli("check", "-o", "r.txt", "--jobs", "1", expect=None)
    po_file = ws / PO.format(lang="fr")
    recorded = _record_rows(ws)[str(po_file)]
    assert len(recorded) > 32  # vouched for by its stat
    first = (ws / "r.txt").read_bytes()
    # ctime has nanoseconds here, but the clock that sets it may tick coarser: wait for it
    while po_file.stat().st_ctime_ns >= time.time_ns() - 50_000_000:
        time.sleep(0.01)
    _same_size_edit(po_file)
    assert not recorded.startswith(STAT.pack(*stamp(po_file.stat())))  # its ctime moved
    hashed.clear()
    cli("check", "-o", "r.txt", expect=None)
    assert str(po_file) in hashed  # ctime moved: read again
    assert (ws / "r.txt").read_bytes() == _no_cache(cli, ws) != first


def test_a_file_read_again_within_its_clock_tick_is_not_vouched_for(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Re-read while still racy (its last change within ``RACY_NS`` of the read: an edit in
    the same tick would not move its stat), a file gets no stat in the record, so the next
    run reads it whatever its stat says, even one forged to look unchanged."""
    ws = _copy(tmp_path / "ws")
    cli: Cli = cli_factory(ws)
    hashed = _hashed_names(monkeypatch)
    with monkeypatch.context() as m:
        m.setattr(transpub.checkreplay, "time", _Clock(-HOUR))
        m.setattr(transpub.checkwhole, "time", _Clock(-HOUR))  # the re-read: racy too
        cli("check", "-o", "r.txt", "--jobs", "1", expect=None)
    po_file = ws / PO.format(lang="fr")
    assert len(_record_rows(ws).get(str(po_file), b"")) <= 32  # no stat vouches for it
    _same_size_edit(po_file)
    hashed.clear()
    cli("check", "-o", "r.txt", expect=None)
    assert str(po_file) in hashed
    assert (ws / "r.txt").read_bytes() == _no_cache(cli, ws)


def test_hashes_vouch_only_for_a_settled_read_of_the_scans_bytes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {name: tmp_path / name for name in ("same", "changed", "racy", "other")}
    for name, path in files.items():
        path.write_bytes(name.encode() * 100)
    digests = {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files.values()}
    hashes = Hashes(digests)
    files["changed"].write_bytes(b"changed since the scan")
    files["other"].write_bytes(b"other bytes")
    monkeypatch.setattr(transpub.checkwhole, "time", _Clock(HOUR))
    assert hashes.unchanged(str(files["same"]), digests[str(files["same"])])
    assert not hashes.unchanged(str(files["changed"]), digests[str(files["changed"])])
    # asked about bytes the scan did not find there: true of the file, but no stat kept
    assert hashes.unchanged(str(files["other"]), hashlib.sha256(b"other bytes").hexdigest())
    monkeypatch.setattr(transpub.checkwhole, "time", _Clock(0))
    assert hashes.unchanged(str(files["racy"]), digests[str(files["racy"])])  # just written
    same = str(files["same"])
    assert hashes.settled == {same: (digests[same], stamp(Path(same).stat()))}
    assert hashes.stamp(same) == stamp(Path(same).stat())
    assert hashes.moved
    # once vouched for, asked again: by its stat, not read
    reads = _calls(monkeypatch, transpub.checkwhole, "_hashed")
    assert hashes.unchanged(same, digests[same]) and reads == []
    assert hashes.unchanged(str(files["racy"]), digests[str(files["racy"])])
    assert reads == [str(files["racy"])]


def test_the_record_keeps_a_settled_stat_only_for_the_scans_digest(tmp_path: Path) -> None:
    from transpub.checkreplay import Outputs, Recorder, Watch, _Scanner

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a").write_bytes(b"a")
    (folder / "b").write_bytes(b"b")
    (tmp_path / "transpub.toml").write_bytes(b"")
    scanner = _Scanner({})
    watch = Watch([], [str(folder)], [str(tmp_path / "transpub.toml")])
    recorder = Recorder(tmp_path, "name", watch, scanner, scanner.digest(watch))
    a, b = str(folder / "a"), str(folder / "b")
    assert a not in recorder.index and b not in recorder.index  # racy: just written
    recorder.finish(0, Outputs(), [], {a: (recorder.shas[a], stamp(Path(a).stat())),
                                       b: ("0" * 64, stamp(Path(b).stat()))})
    rows = _record_rows(tmp_path)
    assert len(rows[a]) > 32 and b not in rows
