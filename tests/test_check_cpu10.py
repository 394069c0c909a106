"""Ninth round of the check's CPU (issue 13): TP801 reads the pages of a release's files
together (``checks.release.output_findings``' ``ahead``), and ``poread`` reads a PO file with
one open file (``fsutil.read_regular``). Each held against the plain way."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

import transpub.checker
import transpub.checks.release
from test_check_whole import COPIES, _release_copies
from transpub import fsutil, poread
from transpub.errors import CatalogError

from conftest import REPO, SLUG, Cli

LANGS = ("ar", "zh", "fr", "ru", "es")


def _workspace(tmp_path: Path) -> Path:
    """Three releases with pages a user edited: headlines that differ, a page that is not
    well-formed, a page missing, one left as built."""
    ws = tmp_path / "ws"
    ws.mkdir()
    shutil.copy2(REPO / "transpub.toml", ws / "transpub.toml")
    for name in ("source", "locales", "output"):
        shutil.copytree(REPO / name, ws / name)
    _release_copies(ws)
    second, third = (f"{SLUG}-{name}" for name in COPIES)

    def edit(lang: str, name: str, find: bytes, replace: bytes) -> None:
        page = ws / "output" / lang / name
        data = page.read_bytes()
        assert find in data
        page.write_bytes(data.replace(find, replace, 1))

    edit("fr", f"{SLUG}.html", b"<title>", b"<title>Edited ")
    xml = ws / "output" / "ru" / f"{SLUG}.xml"
    xml.write_bytes(xml.read_bytes()[:300])  # cut short: not well-formed
    (ws / "output" / "es" / f"{second}.html").unlink()
    edit("zh", f"{second}.html", b"<h1", b"<h1>Another headline</h1><h1")
    edit("ar", f"{third}.xml", b"<title id=\"title\">", b"<title id=\"title\">X ")
    return ws


def _report(cli: Cli, *args: str) -> dict[str, Any]:
    assert cli("check", "--format", "json", *args, expect=None) in (0, 1), cli.err
    return json.loads(cli.out)  # type: ignore[no-any-return]


def _tp801(report: dict[str, Any]) -> list[tuple[str, str]]:
    return sorted((f["lang"], f["file"]) for f in report["findings"] if f["code"] == "TP801")


class _Reads:
    """Which pages TP801 read, in order, and where each file's turn began."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.events: list[tuple[str, str, str]] = []
        real_read = transpub.checks.release._read_headlines
        real_batch = transpub.checker._run_batch

        def read(settings: Any, slug: str, lang: str) -> Any:
            self.events.append(("read", slug, lang))
            return real_read(settings, slug, lang)

        def batch(item: Any) -> Any:
            self.events.append(("file", Path(item.path).stem, item.lang))
            return real_batch(item)

        monkeypatch.setattr(transpub.checks.release, "_read_headlines", read)
        monkeypatch.setattr(transpub.checker, "_run_batch", batch)

    def reads(self) -> list[tuple[str, str]]:
        return [(slug, lang) for kind, slug, lang in self.events if kind == "read"]


@pytest.mark.parametrize("chunk", [8, 1])
def test_pages_read_ahead_report_what_pages_read_in_turn(
        tmp_path: Path, cli_factory: Any, monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    monkeypatch.setattr(transpub.checker, "CHUNK", chunk)
    ahead = {jobs: _report(cli, "--no-cache", "--jobs", jobs) for jobs in ("1", "2")}
    with monkeypatch.context() as plain:
        plain.setattr(transpub.checker, "_with_pages_ahead", lambda batches: list(batches))
        in_turn = {jobs: _report(cli, "--no-cache", "--jobs", jobs) for jobs in ("1", "2")}
    assert ahead == in_turn
    found = _tp801(ahead["1"])
    # the edited headlines, the page cut short and the edited XML title; not the missing page
    assert [lang for lang, _file in found] == ["ar", "fr", "ru", "zh"], found
    assert any("cannot read" in f["message"] for f in ahead["1"]["findings"]
               if f["code"] == "TP801")


def test_a_release_s_pages_are_read_together_each_once(
        tmp_path: Path, cli_factory: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    spy = _Reads(monkeypatch)
    _report(cli, "--no-cache", "--jobs", "1")
    slugs = [SLUG, *(f"{SLUG}-{name}" for name in COPIES)]
    assert sorted(spy.reads()) == sorted((s, lang) for s in slugs for lang in LANGS)
    for slug in slugs:
        # every page of the release is read during its first file's turn
        turns = [i for i, e in enumerate(spy.events) if e[0] == "file" and e[1] == slug]
        reads = [i for i, e in enumerate(spy.events) if e[0] == "read" and e[1] == slug]
        assert len(turns) == len(LANGS)
        assert turns[0] < min(reads) and max(reads) < turns[1], spy.events


def test_a_one_file_recheck_reads_only_that_file_s_pages(
        tmp_path: Path, cli_factory: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    _report(cli, "--jobs", "1")  # the check cache filled
    po = ws / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    po.write_bytes(po.read_bytes() + b"\n#, fuzzy\nmsgctxt \"new\"\nmsgid \"A\"\nmsgstr \"B\"\n")
    spy = _Reads(monkeypatch)
    again = _report(cli, "--jobs", "1")
    assert spy.reads() in ([(SLUG, "fr")], []), spy.events  # [] : the re-check replayed it
    assert again == _report(cli, "--no-cache", "--jobs", "1")


def test_pages_left_unread_do_not_reach_a_later_run(
        tmp_path: Path, cli_factory: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that stops before its TP801 leaves its pages read ahead: they are dropped with
    the chunk, and a later check in the same process reads the pages as they are then."""
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    real = transpub.checker._run_batch

    def failing(batch: Any) -> Any:
        if batch.lang == "fr":
            raise KeyboardInterrupt
        return real(batch)

    with monkeypatch.context() as patch:
        patch.setattr(transpub.checker, "_run_batch", failing)
        assert cli("check", "--no-cache", "--jobs", "1", expect=None) not in (0, 1)
    assert not transpub.checks.release._PAGES
    page = ws / "output" / "fr" / f"{SLUG}.html"
    page.write_bytes(page.read_bytes().replace(b"<title>Edited ", b"<title>Changed again ", 1))
    report = _report(cli, "--no-cache", "--jobs", "1")
    assert any("Changed again" in f["message"] for f in report["findings"]
               if f["code"] == "TP801" and f["lang"] == "fr")


def _read_before(path: Path) -> bytes:
    """How ``poread`` read a file before: ``check_regular``, then ``Path.read_bytes``."""
    fsutil.check_regular(path, CatalogError)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"cannot read: {exc.strerror}", path) from None


def _outcome(read: Any, path: Path) -> object:
    try:
        return read(path)
    except CatalogError as exc:
        return ("error", str(exc))


def test_poread_reads_and_refuses_as_before(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    po = REPO / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    good = tmp_path / "good.po"
    shutil.copy2(po, good)
    empty = tmp_path / "empty.po"
    empty.write_bytes(b"")
    folder = tmp_path / "folder.po"
    folder.mkdir()
    fifo = tmp_path / "fifo.po"
    os.mkfifo(fifo)
    big = tmp_path / "big.po"
    with big.open("wb") as out:
        out.truncate(fsutil.MAX_INPUT + 1)
    cases = [good, empty, folder, fifo, big, tmp_path / "missing.po"]
    for path in cases:
        before = _outcome(_read_before, path)
        after = _outcome(lambda p: poread._decode(p)[1], path)
        assert after == before, path
    # one open file: no stat of the path, one open
    opened: list[object] = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda *a, **k: opened.append(a[0]) or real_open(*a, **k))
    monkeypatch.setattr(Path, "stat", lambda *a, **k: pytest.fail("stat of the path"))
    assert poread.read_text(good) == po.read_text(encoding="utf-8")
    assert opened == [good]
