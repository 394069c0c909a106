"""A whole workspace check as it runs at scale: PO files checked in worker processes fed a few
batches ahead, the files' results arriving out of order (cache hits first, checked files
later), the matrix rows and TP901 names tallied as they arrive, the releases' names
remembered by the sources' stat, labels joined from each folder's label. Each must report
exactly what a serial, uncached run reports."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

import transpub.checker
import transpub.statmemo
from test_check import INJECTIONS, PO, _edit

from conftest import REPO, SLUG, Cli

COPIES = ("second", "third")


def _release_copies(ws: Path) -> None:
    """Two more releases: the sample under other names, with its PO files and pages (15 PO
    files: enough for the worker processes)."""
    source = ws / "source" / f"{SLUG}.xml"
    text = source.read_text(encoding="utf-8")
    assert f'id="{SLUG}"' in text
    for name in COPIES:
        slug = f"{SLUG}-{name}"
        (ws / "source" / f"{slug}.xml").write_text(text.replace(f'id="{SLUG}"', f'id="{slug}"'),
                                                   encoding="utf-8")
        for po in (ws / "locales").glob(f"*/LC_MESSAGES/{SLUG}.po"):
            shutil.copy2(po, po.with_name(f"{slug}.po"))
        for page in (ws / "output").glob(f"*/{SLUG}.*"):
            shutil.copy2(page, page.with_name(page.name.replace(SLUG, slug)))


def _workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    ws.mkdir()
    shutil.copy2(REPO / "transpub.toml", ws / "transpub.toml")
    for name in ("source", "locales", "output"):
        shutil.copytree(REPO / name, ws / name)
    for lang, unit, find, replace, _code in INJECTIONS[:3]:
        _edit(ws / PO.format(lang=lang), unit, find, replace)
    _release_copies(ws)
    return ws


def _report(cli: Cli, *args: str) -> dict[str, Any]:
    assert cli("check", "--format", "json", *args, expect=None) in (0, 1), cli.err
    return json.loads(cli.out)  # type: ignore[no-any-return]


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """One batch per task, one task ahead per worker: the feeding of the workers is
    exercised on a small workspace."""
    monkeypatch.setattr(transpub.checker, "CHUNK", 1)
    monkeypatch.setattr(transpub.checker, "AHEAD", 1)


def test_parallel_cached_and_out_of_order_runs_report_what_a_serial_run_reports(
        tmp_path: Path, cli_factory, small_chunks: None) -> None:  # type: ignore[no-untyped-def]
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    serial = _report(cli, "--no-cache", "--jobs", "1")
    assert len(serial["summary"]["checks"]) > 10 and serial["summary"]["matrix"]
    codes = {f["code"] for f in serial["findings"]}
    assert {"TP201", "TP901"} <= codes  # the injections, and names the termbase lacks
    assert _report(cli, "--no-cache", "--jobs", "2") == serial
    assert _report(cli, "--jobs", "2") == serial  # fills the cache
    # the first PO file of the run changes: its result arrives after every other file's
    # (read from the cache), yet its matrix labels and TP901 names still come first
    first = ws / PO.format(lang="ar")
    _edit(first, *INJECTIONS[4][1:4])
    _edit(first.with_name(f"{SLUG}-{COPIES[0]}.po"), *INJECTIONS[4][1:4])
    truth = _report(cli, "--no-cache", "--jobs", "1")
    assert truth != serial
    assert _report(cli, "--jobs", "2") == truth
    assert _report(cli, "--jobs", "1", "--matrix") == truth


def test_a_broken_source_stops_a_parallel_check_with_its_error(
        tmp_path: Path, cli_factory, small_chunks: None) -> None:  # type: ignore[no-untyped-def]
    """Sources are parsed as the workers get to them: a broken one still stops the run with
    its one-line error (exit 2) and leaves no cache entry behind."""
    ws = _workspace(tmp_path)
    broken = ws / "source" / f"{SLUG}-{COPIES[1]}.xml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("</p>", "</q>", 1),
                      encoding="utf-8")
    cli: Cli = cli_factory(ws)
    for jobs in ("1", "2"):
        cli("check", "--jobs", jobs, expect=2)
        assert cli.err.startswith("transpub: error: ") and broken.name in cli.err, cli.err
        assert "Traceback" not in cli.err
        entries = list((ws / ".transpub-cache" / "check").rglob("*")) \
            if (ws / ".transpub-cache" / "check").exists() else []
        assert not [e for e in entries if e.is_file()]


@pytest.mark.parametrize(("damage", "broken"), [
    (('xml:lang="en"', 'xml:lang="en" <'), True),  # the root's start tag: no name to read
    (("</release>", ""), True),  # the end cut off: met at once by lxml 6.2, late by older
    (("<?xml version='1.0' encoding='UTF-8'?>", ""), False),  # no declaration: nothing wrong
])
def test_a_source_whose_name_cannot_be_read_ahead_is_not_skipped(
        tmp_path: Path, cli_factory, damage: tuple[str, str], broken: bool) -> None:  # type: ignore[no-untyped-def]
    """The check names each release from its source's root start tag before it reads the
    rest. A source that cannot be read that far was skipped with its PO files: the check
    said "0 file(s)" and exited 0. It is parsed whole instead, and its error (file and line)
    stops the run; one read whole without an error is checked as any other."""
    ws = tmp_path / "ws"
    ws.mkdir()
    shutil.copy2(REPO / "transpub.toml", ws / "transpub.toml")
    for name in ("source", "locales"):
        shutil.copytree(REPO / name, ws / name)
    source = ws / "source" / f"{SLUG}.xml"
    text = source.read_text(encoding="utf-8")
    assert damage[0] in text
    source.write_text(text.replace(damage[0], damage[1], 1), encoding="utf-8")
    cli: Cli = cli_factory(ws)
    for args in (["--no-cache"], [], ["--jobs", "2"]):
        code = cli("check", *args, expect=None)
        if broken:
            assert code == 2 and cli.err.startswith(f"transpub: error: source/{SLUG}.xml:"), \
                cli.err
            assert "Traceback" not in cli.err
        else:
            assert code in (0, 1) and "in 5 file(s)" in cli.out, cli.out


def test_a_renamed_release_is_checked_under_its_new_name(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The releases' names are remembered by their sources' stat: a source given another id
    (and its PO files renamed, as an extract would) is read again."""
    monkeypatch.setattr(transpub.statmemo, "RACY_NS", 0)  # files just written are remembered
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    before = _report(cli)
    assert (ws / ".transpub-cache" / "stat-check-slugs.json").is_file()
    old = f"{SLUG}-{COPIES[0]}"
    source = ws / "source" / f"{old}.xml"
    source.write_text(source.read_text(encoding="utf-8").replace(f'id="{old}"', 'id="renamed"'),
                      encoding="utf-8")
    for po in (ws / "locales").glob(f"*/LC_MESSAGES/{old}.po"):
        po.rename(po.with_name("renamed.po"))
    after = _report(cli)
    files = {f["file"] for f in after["findings"]}
    assert any("renamed.po" in f for f in files) and not any(f"{old}.po" in f for f in files)
    assert after != before
    assert after == _report(cli, "--no-cache")


@pytest.mark.parametrize("where", ["root", "locales", "po-folder", "outside"])
def test_labels_are_paths_from_the_working_folder(
        tmp_path: Path, cli_factory, where: str) -> None:  # type: ignore[no-untyped-def]
    """A PO file's label is its path relative to where transpub runs (``os.path.relpath``),
    joined from its folder's label: the same wherever that is."""
    ws = _workspace(tmp_path)
    cwd = {"root": ws, "locales": ws / "locales", "outside": tmp_path,
           "po-folder": ws / "locales" / "fr" / "LC_MESSAGES"}[where]
    cli: Cli = cli_factory(cwd)
    args = () if where != "outside" else ("-C", str(ws))
    report = _report(cli, *args)
    labels = {f["file"] for f in report["findings"] if f["file"].endswith(".po")}
    assert len(labels) >= 5
    for label in labels:
        path = (cwd / label).resolve()
        assert path.is_file() and path.is_relative_to(ws / "locales")
        assert label == os.path.relpath(path, cwd)
    assert report == _report(cli, *args, "--no-cache")


def test_workers_forgetting_their_memos_after_every_file_report_the_same(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The memos of source texts a worker bounds (term hits, TP901 names) only save time."""
    import transpub.checks.coverage

    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    truth = _report(cli, "--no-cache", "--jobs", "1")
    monkeypatch.setattr(transpub.checker, "SOURCE_MEMO", 0)
    monkeypatch.setattr(transpub.checks.coverage, "_MEMO_SIZE", 0)
    # (nor grown to the file's size: ``memo.fit``)
    monkeypatch.setattr(transpub.checker, "fit", lambda entries: None)
    cleared: list[int] = []
    real = transpub.checker._run_batch

    def spied(batch):  # type: ignore[no-untyped-def]
        result = real(batch)
        cleared.append(len(transpub.checker._WORKER["ctx"]._source_hits))
        return result

    monkeypatch.setattr(transpub.checker, "_run_batch", spied)
    assert _report(cli, "--no-cache", "--jobs", "1") == truth
    assert cleared and set(cleared) == {0}


@pytest.mark.parametrize("racy", [True, False])
def test_an_input_edited_while_the_run_reads_it_gets_no_entry(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        racy: bool) -> None:
    """Whole-file entries are keyed by their inputs' digests taken before the run: a file
    edited between then and its check is not filed under the old digest (its findings are
    of the new text). Files that had settled before they were hashed are looked at again by
    their stat (``Hashes.unchanged``), the others hashed again; either way, once the edit is
    undone, the next run checks that file again and reports what ``--no-cache`` reports."""
    if not racy:
        monkeypatch.setattr(transpub.statmemo, "RACY_NS", 0)  # every file counts as settled
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    edited = ws / PO.format(lang="es")
    original = edited.read_bytes()
    real = transpub.checker._run_batch
    checked: list[str] = []
    done: list[bool] = []

    def spied(batch):  # type: ignore[no-untyped-def]
        if batch.path == edited and not done:  # in the first run only
            _edit(edited, *INJECTIONS[3][1:4])
            done.append(True)
        checked.append(f"{batch.path.name}:{batch.lang}")
        return real(batch)

    monkeypatch.setattr(transpub.checker, "_run_batch", spied)
    assert cli("check", "--jobs", "1", "-o", str(ws / "first.txt"), expect=None) == 1
    assert len(checked) == 15
    edited.write_bytes(original)  # undone: the digest the first run planned by again
    checked.clear()
    assert cli("check", "--jobs", "1", "-o", str(ws / "second.txt"), expect=None) == 1
    assert checked == [f"{SLUG}.po:es"]
    cli("check", "--no-cache", "--jobs", "1", "-o", str(ws / "truth.txt"), expect=None)
    assert (ws / "second.txt").read_bytes() == (ws / "truth.txt").read_bytes()
    assert (ws / "first.txt").read_bytes() != (ws / "truth.txt").read_bytes()
