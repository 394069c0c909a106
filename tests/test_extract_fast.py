"""The extract's fast paths give the slow paths' results: releases extracted in worker processes
write what one process writes (the translation memory included), the fingerprint cache skips
only releases whose inputs did not change and never trusts a damaged cache, and a run flushed
with one ``syncfs`` writes what a run flushed file by file writes."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from transpub import fsutil, workspace

from conftest import SLUG, Cli, copy_sample

COUNT = 8


def _workspace(tmp_path: Path, name: str) -> Path:
    """The sample workspace with COUNT releases: the sample's text, one sentence varied per
    release (so the memory has near and exact matches to offer)."""
    (tmp_path / name).mkdir()
    ws = copy_sample(tmp_path / name)
    sample = (ws / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
    for index in range(COUNT):
        slug = f"r{index:02d}-{SLUG}"
        text = sample.replace(f'id="{SLUG}"', f'id="{slug}"').replace(
            "Strategic Dialogue", f"Strategic Dialogue {index}", 1)
        (ws / "source" / f"{slug}.xml").write_text(text, encoding="utf-8")
    return ws


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def _translate(ws: Path, lang: str) -> None:
    """A translator's work in every second unit, saved by another tool (polib, wrapped)."""
    for path in sorted((ws / "locales" / lang / "LC_MESSAGES").glob("*.po")):
        po = polib.pofile(str(path))
        for number, entry in enumerate(po):
            if number % 2 == 0:
                entry.msgstr = f"[{lang}] {entry.msgid.upper()}"
        po.save(str(path))


def _translate_two(ws: Path) -> None:
    _translate(ws, "fr")
    _translate(ws, "ar")


def _edit_sources(ws: Path) -> None:
    """A changed sentence, a removed paragraph, and a sentence another release has (which the
    memory offers)."""
    sources = sorted((ws / "source").glob("r*.xml"))
    first = sources[0].read_text(encoding="utf-8")
    sources[0].write_text(first.replace("Strategic Dialogue 0", "Strategic Talks 0", 1),
                          encoding="utf-8")
    second = sources[1].read_text(encoding="utf-8")
    sources[1].write_text(re.sub(r'<p id="p2">.*?</p>', "", second, count=1, flags=re.S),
                          encoding="utf-8")
    third = sources[2].read_text(encoding="utf-8")
    sources[2].write_text(third.replace("Strategic Dialogue 2", "Strategic Dialogue 5", 1),
                          encoding="utf-8")


_SPY: dict[str, object] = {}


def _spy(item: tuple[str, Path]) -> object:
    """The worker task, noting which process ran it (module level: it is pickled by name)."""
    pids = _SPY["pids"]
    assert isinstance(pids, Path)
    (pids / str(os.getpid())).touch()
    task = _SPY["task"]
    assert callable(task)
    return task(item)


def test_parallel_extract_writes_what_a_serial_one_writes(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workspace, "PARALLEL_THRESHOLD", 2)
    pids = tmp_path / "pids"
    pids.mkdir()
    monkeypatch.setitem(_SPY, "pids", pids)
    monkeypatch.setitem(_SPY, "task", workspace._extract_task)
    monkeypatch.setattr(workspace, "_extract_task", _spy)
    serial, parallel = _workspace(tmp_path, "serial"), _workspace(tmp_path, "parallel")
    steps: list[Callable[[Path], None]] = [lambda ws: None, _translate_two, _edit_sources]
    for step in steps:
        for ws, jobs in ((serial, "1"), (parallel, "2")):
            step(ws)
            cli = cli_factory(ws)
            cli("extract", "--jobs", jobs)
        assert _tree(serial / "locales") == _tree(parallel / "locales")
        assert cli.out  # the summary
    assert str(os.getpid()) not in {p.name for p in pids.iterdir()}
    assert len(list(pids.iterdir())) >= 1
    # the memory filled the sentence release 2 now shares with release 5, in both runs
    po = (parallel / "locales" / "fr" / "LC_MESSAGES" / f"r02-{SLUG}.po").read_text("utf-8")
    assert "TM exact match from" in po or "TM " in po


def _summary(cli: Cli) -> str:
    return cli.out.strip().splitlines()[-1]


def test_an_extract_with_nothing_changed_skips_every_release(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = _workspace(tmp_path, "ws")
    cli = cli_factory(ws)
    cli("extract")
    cache = ws / ".transpub-cache" / "extract.json"
    assert json.loads(cache.read_text("utf-8"))["releases"].keys() == {
        p.stem for p in (ws / "source").glob("*.xml")}
    assert (ws / ".transpub-cache" / ".gitignore").read_text().splitlines()[-1] == "*"
    before = _tree(ws / "locales")
    cli("extract")
    assert f"{COUNT + 1} release(s) ({COUNT + 1} unchanged, skipped)" in _summary(cli)
    assert _tree(ws / "locales") == before
    # a translator's edit is a changed input: that release is merged again
    _translate(ws, "fr")
    cli("extract")
    assert "(0 unchanged, skipped)" in _summary(cli)
    cli("extract")
    assert f"({COUNT + 1} unchanged, skipped)" in _summary(cli)


@pytest.mark.parametrize("damage", [
    b"", b"{not json", b'{"format": "transpub-extract-cache/1", "releases": []}',
    b'{"format": "transpub-extract-cache/0", "releases": {}}',
    b'{"format": "transpub-extract-cache/1", "releases": {"x": 1}}',
])
def test_a_damaged_cache_is_never_trusted(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                          damage: bytes) -> None:
    ws = _workspace(tmp_path, "ws")
    cli = cli_factory(ws)
    cli("extract")
    pots = sorted((ws / "locales").glob("*.pot"))
    for pot in pots:  # a change the damaged cache must not hide
        pot.unlink()
    (ws / ".transpub-cache" / "extract.json").write_bytes(damage)
    cli("extract")
    assert "(0 unchanged, skipped)" in _summary(cli)
    assert all(pot.exists() for pot in pots)
    got = _tree(ws / "locales")
    for pot in pots:  # the same again, with the cache ignored: the same files
        pot.unlink()
    cli("extract", "--force")
    assert _tree(ws / "locales") == got


def test_a_stale_fingerprint_is_a_release_to_extract(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = _workspace(tmp_path, "ws")
    cli = cli_factory(ws)
    cli("extract")
    cache = ws / ".transpub-cache" / "extract.json"
    data = json.loads(cache.read_text("utf-8"))
    data["releases"][f"r00-{SLUG}"] = "0" * 64
    cache.write_text(json.dumps(data), encoding="utf-8")
    (ws / "locales" / "fr" / "LC_MESSAGES" / f"r00-{SLUG}.po").unlink()
    cli("extract")
    assert f"({COUNT} unchanged, skipped)" in _summary(cli)
    assert (ws / "locales" / "fr" / "LC_MESSAGES" / f"r00-{SLUG}.po").exists()


@pytest.mark.parametrize("syncfs_works", [True, False])
def test_a_run_flushed_at_once_writes_what_a_run_flushed_file_by_file_writes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, syncfs_works: bool) -> None:
    calls: list[int] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        calls.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    if not syncfs_works:
        monkeypatch.setattr(fsutil, "sync_filesystems", lambda folders, count: False)
    files = {tmp_path / "out" / f"f{i}.txt": f"file {i}\n".encode() for i in range(100)}
    with fsutil.staged_run([tmp_path], flush_filesystem=True):
        for path, data in files.items():
            fsutil.write_atomic(path, data)
        assert not any(path.exists() for path in files)
    assert all(path.read_bytes() == data for path, data in files.items())
    assert not list((tmp_path / "out").glob("*.transpub-tmp"))
    flushed_one_by_one = len(calls) >= len(files)
    assert flushed_one_by_one == (not syncfs_works or os.uname().sysname != "Linux")


def test_a_broken_release_stops_a_parallel_extract_as_it_stops_a_serial_one(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The first broken release (in file order) is reported, one line with its file and line,
    exit 2; nothing is written, no temporary file is left, whichever worker met it."""
    monkeypatch.setattr(workspace, "PARALLEL_THRESHOLD", 2)
    outcomes = []
    for jobs in ("1", "2"):
        ws = _workspace(tmp_path, f"ws{jobs}")
        for index in (3, 6):
            path = ws / "source" / f"r{index:02d}-{SLUG}.xml"
            path.write_text(path.read_text("utf-8").replace("</body>", "<p>open</body>"),
                            encoding="utf-8")
        before = _tree(ws / "locales")
        cli = cli_factory(ws)
        cli("extract", "--jobs", jobs, expect=2)
        assert len(cli.err.strip().splitlines()) == 1, cli.err
        assert f"r03-{SLUG}.xml:" in cli.err
        assert _tree(ws / "locales") == before
        assert not [p for p in ws.rglob("*") if p.name.endswith(".transpub-tmp")]
        outcomes.append(cli.err.replace(str(ws), "WS"))
    assert outcomes[0] == outcomes[1]


def test_an_extract_with_nothing_changed_does_not_read_the_termbase(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from transpub import termbase

    ws = _workspace(tmp_path, "ws")
    cli = cli_factory(ws)
    cli("extract")
    assert "Term (" in (ws / "locales" / "fr" / "LC_MESSAGES" / f"r00-{SLUG}.po").read_text(
        "utf-8")

    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("the termbase was read")

    monkeypatch.setattr(termbase, "load_termbases", refuse)
    cli("extract")
    assert f"({COUNT + 1} unchanged, skipped)" in _summary(cli)
    (ws / "source" / f"r00-{SLUG}.xml").write_text(
        (ws / "source" / f"r00-{SLUG}.xml").read_text("utf-8").replace("Dialogue 0", "Talks 0"),
        encoding="utf-8")
    with pytest.raises(AssertionError, match="the termbase was read"):
        cli("extract")


def _header_only(po: Path) -> bytes:
    """A PO file as a fresh extract wrote it, without its entries (its header only)."""
    text = po.read_text("utf-8")
    return text[:text.index("\n\n") + 1].encode("utf-8")


def test_a_new_po_file_is_written_as_the_merge_would_write_it(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A PO file that does not exist yet is written without entry objects (``_new_catalog``):
    the same bytes as the merge writes into the same file holding only its header; without
    the memory (every unit new, term notes) and with it (exact and near matches)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    fast, merged = _workspace(tmp_path, "fast"), _workspace(tmp_path, "merged")
    sample = (fast / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
    for ws in (fast, merged):
        config = ws / "transpub.toml"
        config.write_text(config.read_text("utf-8") + "\n[memory]\nenabled = false\n",
                          encoding="utf-8")

    def memory_on(ws: Path) -> None:
        config = ws / "transpub.toml"
        config.write_text(config.read_text("utf-8").replace("enabled = false", "enabled = true"),
                          encoding="utf-8")

    def add_release(ws: Path) -> None:  # shared sentences, one near, term notes
        memory_on(ws)
        _translate_two(ws)
        text = sample.replace(f'id="{SLUG}"', 'id="new-release"').replace(
            "Strategic Dialogue", "Strategic Dialogue 7", 1)
        (ws / "source" / "new-release.xml").write_text(text, encoding="utf-8")

    steps: list[Callable[[Path], None]] = [lambda ws: None, add_release]
    for step in steps:
        step(fast)
        step(merged)
        cli_factory(fast)("extract")
        for po in (fast / "locales").rglob("*.po"):  # those new there: header only here
            twin = merged / po.relative_to(fast)
            if not twin.exists():
                twin.parent.mkdir(parents=True, exist_ok=True)
                twin.write_bytes(_header_only(po))
        cli_factory(merged)("extract")
        assert _tree(fast / "locales") == _tree(merged / "locales")
    po = (fast / "locales" / "fr" / "LC_MESSAGES" / f"r01-{SLUG}.po").read_text("utf-8")
    assert "Term (" in po and 'msgstr ""' in po
    po = (fast / "locales" / "fr" / "LC_MESSAGES" / "new-release.po").read_text("utf-8")
    assert "TM exact match" in po and "Term (" in po


def test_a_new_po_file_from_the_pots_entries_is_the_unit_by_unit_one(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A new PO file without a memory (disabled, or empty: a fresh workspace) repeats the
    POT's entries with the notes' units written again (``block``): the same bytes as each
    unit written on its own (``update_catalog`` without ``block``), term notes and all."""
    from transpub import catalog, workspace

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    with_block, unit_by_unit = _workspace(tmp_path, "block"), _workspace(tmp_path, "units")
    for ws in (with_block, unit_by_unit):  # (the sample's PO files would fill the memory)
        config = ws / "transpub.toml"
        config.write_text(config.read_text("utf-8") + "\n[memory]\nenabled = false\n",
                          encoding="utf-8")
    cli_factory(with_block)("extract", "--jobs", "1")
    original = catalog.update_catalog

    def without_block(*args: object, **kwargs: object) -> object:
        kwargs.pop("block", None)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(workspace, "update_catalog", without_block)
    cli_factory(unit_by_unit)("extract", "--jobs", "1")
    got, want = _tree(with_block / "locales"), _tree(unit_by_unit / "locales")
    assert got == want and len(got) > COUNT * 7
    assert any(b"Term (" in data for data in got.values())


def _die_on_release_2(item: tuple[str, Path]) -> object:
    if item[1].stem.startswith("r02-"):
        os._exit(1)
    task = _SPY["task"]
    assert callable(task)
    return task(item)


def test_a_worker_that_dies_fails_the_run_and_writes_nothing(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed mid-run (out of memory, a signal): the run stops with one line, no
    file is replaced and no temporary file is left, and it does not wait for ever."""
    monkeypatch.setattr(workspace, "PARALLEL_THRESHOLD", 2)
    monkeypatch.setitem(_SPY, "task", workspace._extract_task)
    monkeypatch.setattr(workspace, "_extract_task", _die_on_release_2)
    ws = _workspace(tmp_path, "ws")
    before = _tree(ws / "locales")
    # release r02 goes to a worker: worker k starts with release k (r00 is release 0)
    cli = cli_factory(ws)
    cli("extract", "--jobs", "3", expect=3)
    assert "worker process ended" in cli.err and len(cli.err.strip().splitlines()) == 1
    assert _tree(ws / "locales") == before
    assert not [p for p in ws.rglob("*") if p.name.endswith(".transpub-tmp")]


def test_an_extract_that_fills_no_unit_does_not_read_the_memory(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The memory is read when a unit new to a file asks it, not to learn whether it is empty
    (``_Suggest.empty``): a source edited without a new unit reads no PO file for it."""
    from transpub import tm

    ws = _workspace(tmp_path, "ws")
    cli = cli_factory(ws)
    cli("extract", "--jobs", "1")
    reads: list[str] = []
    original = tm.TranslationMemory.from_workspace

    def counted(*args: object, **kwargs: object) -> tm.TranslationMemory:
        reads.append(str(args[1] if len(args) > 1 else kwargs.get("lang")))
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(tm.TranslationMemory, "from_workspace", staticmethod(counted))
    source = ws / "source" / f"r01-{SLUG}.xml"
    source.write_text(source.read_text("utf-8").replace("</body>", "<!-- seen -->\n</body>", 1),
                      encoding="utf-8")
    cli("extract", "--jobs", "1")
    assert reads == []
    source.write_text(source.read_text("utf-8").replace(
        "</body>", '<p id="pnew">A sentence nobody has translated yet.</p></body>', 1),
        encoding="utf-8")
    cli("extract", "--jobs", "1")
    assert reads  # a new unit asks the memory
