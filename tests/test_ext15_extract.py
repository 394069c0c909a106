"""The extract's work, fifteenth round: the same results as the plain way.

- ``notes._Recurring``: the concepts of unit texts met again in later releases remembered for
  the run (the matcher's own memory is cleared every release);
- ``catalog.NoteLines``: a unit's note lines made once per (concepts, language), their "#. "
  bytes encoded once, inserted by ``_with_notes`` as before;
- ``catalog.write_template`` without a memo (a fresh extract's new PO files never read it);
- ``workspace._extract_and_digest``: the fingerprint from the digests of the files just
  written, as ``_extract_digest`` takes it from the files;
- ``fsutil.fsync_dirs``: ``Stage.commit``'s folders flushed at once, every one of them;
"""

from __future__ import annotations

import os
import random
import threading
from pathlib import Path

import pytest

from test_terms13_speed import _plain_notes
from transpub import fsutil, languages, notes
from transpub.catalog import Block, NoteLines, _note_bytes, _plain, _with_notes, write_template
from transpub.cli import main
from transpub.config import load_settings
from transpub.model import Release, Segment
from transpub.segment import segment_release
from transpub.source import read_release
from transpub.termbase import load_termbases
from transpub.terms import Matcher
from transpub.workspace import (
    EXTRACT_CACHE,
    _common_extract_digest,
    _extract_digest,
    _read_extract_cache,
)

from conftest import REPO, SLUG, copy_sample


def _sample() -> tuple[Release, tuple[Segment, ...]]:
    release = read_release(REPO / "source" / f"{SLUG}.xml")
    return release, segment_release(release)


def test_notes_of_texts_met_again_are_the_plain_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forty releases drawn from the sample's units (each text recurring in many of them, far
    apart), every language asked in turn, with memories small enough to roll over: the notes
    of the plain per-unit search, in the same order; and a text met again is not searched
    again while it is remembered."""
    monkeypatch.setattr(notes, "_GENERATION", 7)
    monkeypatch.setattr(notes, "_RECURRING", 5)
    monkeypatch.setattr(notes, "_NOTES_KEPT", 9)
    termbase = load_termbases([REPO / "locales" / "termbase.tbx"])
    searched: list[str] = []
    real_find = Matcher.find

    counting = [False]

    def find(self: Matcher, text: str) -> list:  # type: ignore[type-arg]
        if counting[0]:
            searched.append(text)
        return real_find(self, text)

    monkeypatch.setattr(Matcher, "find", find)
    term_notes = notes.term_notes(termbase, "en")
    release, units = _sample()
    draw = random.Random(15)
    noted = 0
    for _ in range(40):
        segments = tuple(draw.sample(units, draw.randint(1, len(units))))
        for lang in ("ar", "en", "zh", "fr", "ru", "es"):
            counting[0] = True
            got = term_notes(release, segments, lang)
            counting[0] = False
            want = _plain_notes(termbase, "en", release, segments, lang)
            assert got == want and list(got) == list(want), lang
            noted += sum(map(len, got.values()))
    assert noted > 500
    # every text of a release is searched at most once; a text is searched again only once
    # it has left the memories (most are kept: the sample has few distinct texts)
    assert len(searched) < len({u.text for u in units}) * 3


def test_recurring_keeps_what_was_met_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(notes, "_GENERATION", 2)
    monkeypatch.setattr(notes, "_RECURRING", 1)
    memory = notes._Recurring()
    memory.add("a", (("c1", "A"),))
    assert memory.get("a") == (("c1", "A"),)  # met again: kept for the run
    for text in ("b", "c", "d", "e", "f"):
        memory.add(text, ())
    assert memory.get("a") == (("c1", "A"),)
    assert memory.get("b") is None  # rolled out of both generations, never met again
    assert memory.get("e") == () and memory.get("f") == ()
    memory.add("g", (("c2", "G"),))
    memory.add("h", ())
    memory.add("i", ())
    assert memory.get("g") == (("c2", "G"),)  # in the older generation still
    memory.add("j", ())
    memory.add("k", ())
    assert memory.get("g") is None  # gone: the kept room (one text) is taken by "a"


def test_note_lines_write_the_plain_notes() -> None:
    """``_with_notes`` given NoteLines (encoded once, shared by units) writes what it writes
    from plain lists, and what ``_plain`` writes with the notes."""
    _release, units = _sample()
    unit_list = list(units)
    comments = {u.id: "" if i == 3 else f"Comment {i}.\nSecond line." for i, u in enumerate(units)}
    block = Block()
    block.fill([_plain(u, "source/x.xml:1", (), comments[u.id], None) for u in units])
    shared = NoteLines(["Term (person): A = B", "Term (title): C\nD = E"])
    plain: dict[str, list[str]] = {}
    given: dict[str, list[str]] = {}
    for index, unit in enumerate(units):
        if index % 2 == 0 or index == 3:
            plain[unit.id] = list(shared)
            given[unit.id] = shared
    assert shared.note() == _note_bytes(list(shared)) == shared.note()
    want = _with_notes(block, unit_list, "source/x.xml:1", plain, comments, {})
    other = Block()
    other.fill(list(block.texts))
    got = _with_notes(other, unit_list, "source/x.xml:1", given, comments, {})
    assert got == want
    assert [b.decode() for b in got] == [
        _plain(u, "source/x.xml:1", plain.get(u.id, ()), comments[u.id], None) for u in units]


def test_the_pot_without_a_memo_is_the_pot_with_one(tmp_path: Path) -> None:
    _release, units = _sample()
    written = []
    for memo in (None, {}):
        block = Block()
        digests: dict[Path, bytes] = {}
        path = tmp_path / f"{memo is None}.pot"
        write_template(path, units, "source/x.xml", "project", 0, None, False, None, digests,
                       memo, block)
        written.append((path.read_bytes(), list(digests.values()), block.texts))
    assert written[0] == written[1]


def _release_as(ws: Path, name: str, ident: str) -> None:
    text = (REPO / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
    assert f'id="{SLUG}"' in text
    (ws / "source" / f"{name}.xml").write_text(text.replace(f'id="{SLUG}"', f'id="{ident}"', 1),
                                               encoding="utf-8")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_fingerprints_are_the_files_digests(tmp_path: Path, jobs: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The fingerprints a fresh extract records (from the digests of what it wrote) are those
    ``_extract_digest`` takes from the files, for releases named as their id and one whose
    file name is not its id (fingerprinted from the files as before)."""
    from transpub import workspace

    monkeypatch.setattr(workspace, "PARALLEL_THRESHOLD", 2)
    ws = copy_sample(tmp_path)
    for index in range(3):
        _release_as(ws, f"copy-{index}", f"copy-{index}")
    _release_as(ws, "named-apart", "another-id")
    old = Path.cwd()
    os.chdir(ws)
    try:
        assert main(["extract", "--jobs", jobs]) == 0
    finally:
        os.chdir(old)
    settings = load_settings(ws)
    recorded = _read_extract_cache(ws / EXTRACT_CACHE)
    common = _common_extract_digest(settings)
    assert sorted(recorded) == sorted(["another-id", "copy-0", "copy-1", "copy-2", SLUG]) or \
        sorted(recorded) == sorted(["named-apart", "copy-0", "copy-1", "copy-2", SLUG])
    for path in sorted((ws / "source").glob("*.xml")):
        key = path.stem if path.stem in recorded else "another-id"
        assert recorded[key] == _extract_digest(settings, path, common), path.name


def test_every_folder_is_flushed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """``fsync_dirs`` flushes each folder, from threads, before it returns; a thread that
    cannot be started leaves its folder to the caller."""
    flushed: list[tuple[str, bool]] = []
    lock = threading.Lock()

    def flush(folder: str | Path) -> None:
        with lock:
            flushed.append((str(folder), threading.current_thread() is threading.main_thread()))

    monkeypatch.setattr(fsutil, "fsync_dir", flush)
    folders = [f"/f{i}" for i in range(9)]
    fsutil.fsync_dirs(folders)
    assert sorted(f for f, _ in flushed) == sorted(folders)
    assert not any(main_thread for _, main_thread in flushed)
    flushed.clear()
    fsutil.fsync_dirs(["/one"])
    assert flushed == [("/one", True)]
    flushed.clear()
    real_start = threading.Thread.start
    started = [0]

    def start(self: threading.Thread) -> None:
        started[0] += 1
        if started[0] % 2 == 0:
            raise RuntimeError("can't start new thread")
        real_start(self)

    monkeypatch.setattr(threading.Thread, "start", start)
    fsutil.fsync_dirs(folders)
    assert sorted(f for f, _ in flushed) == sorted(folders)
    assert sum(main_thread for _, main_thread in flushed) == 4


def test_a_commit_flushes_the_folders_it_renamed_into(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    flushed: list[str] = []
    lock = threading.Lock()

    def flush(folder: str | Path) -> None:
        with lock:
            flushed.append(str(folder))

    monkeypatch.setattr(fsutil, "fsync_dir", flush)
    (tmp_path / "kept").mkdir()
    with fsutil.staged_run([tmp_path], stage_folders=True):
        fsutil.write_atomic(tmp_path / "kept" / "a.txt", b"a")
        fsutil.write_atomic(tmp_path / "new" / "sub" / "b.txt", b"b")
        fsutil.write_atomic(tmp_path / "c.txt", b"c")
    assert (tmp_path / "new" / "sub" / "b.txt").read_bytes() == b"b"
    assert sorted(flushed) == sorted({str(tmp_path), str(tmp_path / "kept"),
                                      str(tmp_path / "new"), str(tmp_path / "new" / "sub")})


_CODES = ("ar", "zh", "en", "fr", "ru", "es", "de", "pt_BR", "zh_Hant", "sr_Latn", "yue",
          "ja", "fa", "he", "it", "ca", "pt-PT", "en_GB")


def test_the_facts_child_answers_as_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """A parallel extract's facts' child (``FactsApart``) sends what this process reads from
    babel's data."""
    infos = [languages.LanguageInfo(code) for code in _CODES]
    apart = languages.FactsApart(infos)
    assert apart.pid  # (forked)
    apart.wait()
    assert [info.facts() for info in infos] == [
        languages._cldr_facts.__wrapped__(code) for code in _CODES]
