"""Which of the check cache's files are flushed to disk (issue 13, eleventh round).

A pack is flushed before it is renamed into place: ``checkcache.Vouched`` trusts its entries by
the pack's stat, without a digest, so nothing may vouch for a pack that a power cut could
leave garbled. Everything else the check cache writes (TP701/TP702's snapshot, the collection
checks' entry, the vouched-entries file, their folders) is checked against its SHA-256
whenever read, and is renamed without a flush; the report (``-o``) stays flushed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from test_check_patch import _po, _set
from test_check_whole import _workspace

from conftest import Cli


def _watch(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    events: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append(("fsync", str(Path(f"/proc/self/fd/{fd}").readlink())))
        real_fsync(fd)

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str], **kw: object) -> None:
        events.append(("replace", f"{os.fspath(src)}\0{os.fspath(dst)}"))
        real_replace(src, dst, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return events


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_packs_are_flushed_before_their_rename_and_digested_files_are_not(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    events = _watch(monkeypatch)
    report = tmp_path / "report.txt"
    for step in range(2):
        if step:
            _set(_po(ws, "fr"), 0, "Édité 2999 : ")  # a one-file re-check
        events.clear()
        assert cli("check", "--jobs", "1", "-o", str(report), expect=None) in (0, 1), cli.err
        flushed = [path for what, path in events if what == "fsync"]
        renamed = [(n, *path.split("\0")) for n, (what, path) in enumerate(events)
                   if what == "replace"]
        packs = [(n, src) for n, src, dst in renamed if dst.endswith(".pack")]
        assert packs, events
        for n, src in packs:
            assert ("fsync", src) in events[:n], f"pack {src} renamed before it was flushed"
        cache = str(ws / ".transpub-cache" / "check")
        for path in flushed:
            assert not path.startswith(cache) or ".pack." in path, \
                f"{path}: flushed, though checked against its digest when read"
        assert any(p.startswith(str(tmp_path / ".report.txt.")) for p in flushed)
        names = {Path(dst).name for _n, _src, dst in renamed}
        assert {"collection-run.marshal", "entries-vouched.marshal"} <= names
