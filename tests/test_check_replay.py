"""The run-level check cache (``checkreplay``): a check whose inputs did not change is replayed
without running the checker, and whatever edits happen in between, the cached command reports
exactly what ``--no-cache`` reports."""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
import shutil
from pathlib import Path
from typing import Any

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import transpub.checker
import transpub.checkreplay
import transpub.statmemo
from test_check import INJECTIONS, PO, _edit
from test_check_cache import _copy

from conftest import SLUG, Cli


def _outcome(cli: Cli, *args: str) -> tuple[int, str, str, str]:
    """Exit code, JSON report (stdout), the text report written with -o, and stderr."""
    code = cli("check", "--format", "json", *args, expect=None)
    out, err = cli.out, cli.err
    text_file = cli.cwd / "report.txt"
    text_code = cli("check", "-o", str(text_file), *args, expect=None)
    assert text_code == code, (text_code, code, cli.err)
    return code, out, text_file.read_text(encoding="utf-8"), err + cli.err


class Spy:
    """Counts checker runs and replays."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.checked = 0
        self.replayed = 0
        real_check = transpub.checker.check_workspace
        real_replay = transpub.checkreplay.replay

        def check(*args: Any, **kwargs: Any) -> Any:
            self.checked += 1
            return real_check(*args, **kwargs)

        def replay(args: Any) -> int | None:
            code = real_replay(args)
            self.replayed += code is not None
            return code

        monkeypatch.setattr(transpub.checker, "check_workspace", check)
        monkeypatch.setattr(transpub.checkreplay, "replay", replay)


def test_an_unchanged_check_is_replayed_and_a_touched_file_does_not_matter(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    ws = _copy(tmp_path / "ws")
    lang, unit, find, replace, code = INJECTIONS[0]
    _edit(ws / PO.format(lang=lang), unit, find, replace)
    cli: Cli = cli_factory(ws)
    spy = Spy(monkeypatch)
    first = _outcome(cli)
    assert (spy.checked, spy.replayed) == (2, 0)
    assert code in first[1] and first[0] == 1
    assert _outcome(cli) == first
    assert (spy.checked, spy.replayed) == (2, 2)  # neither format ran the checker again
    # -o to another file and a SARIF file: the same content, at the new places
    cli("check", "-o", "other.txt", "--sarif", "one.sarif", expect=1)
    cli("check", "-o", "again.txt", "--sarif", "two.sarif", expect=1)
    assert spy.replayed == 3
    assert (ws / "other.txt").read_bytes() == (ws / "again.txt").read_bytes() == \
        (ws / "report.txt").read_bytes()
    assert (ws / "one.sarif").read_bytes() == (ws / "two.sarif").read_bytes()
    # a file touched (mtime, ctime) but not changed: hashed again, same content, replayed
    po_file = ws / PO.format(lang="fr")
    os.utime(po_file, ns=(1, 1))
    assert _outcome(cli) == first
    assert spy.checked == 3 and spy.replayed == 5
    # a real change runs the checker
    _lang, unit, find, replace, found = INJECTIONS[1]
    _edit(po_file, unit, find, replace)
    changed = _outcome(cli)
    assert spy.checked == 5 and changed != first and found in changed[1]
    assert changed == _outcome(cli, "--no-cache")


def _count_hashed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many files each run's replay scan hashed (the stat index vouched for the rest)."""
    hashed: list[int] = []
    real = transpub.checkreplay._Scanner.digest

    def digest(self: Any, watch: Any) -> str:
        found = real(self, watch)
        hashed.append(self.hashed)
        return str(found)

    monkeypatch.setattr(transpub.checkreplay._Scanner, "digest", digest)
    return hashed


def test_settled_files_are_not_read_again(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Files older than the racy window are vouched for by their stat; newer ones are hashed
    on every run (their timestamps may not show a change made in the same clock tick)."""
    ws = _copy(tmp_path / "ws")
    cli: Cli = cli_factory(ws)
    hashed = _count_hashed(monkeypatch)
    cli("check", "-o", "r.txt")  # every input was just copied: all racy
    hashed.clear()
    cli("check", "-o", "r.txt")
    assert hashed and hashed[-1] > 10  # racy files are hashed again
    monkeypatch.setattr(transpub.statmemo, "RACY_NS", 0)
    cli("check", "--format", "json")  # records the stats
    hashed.clear()
    cli("check", "--format", "json")
    assert hashed == [0]


def test_a_new_command_line_trusts_the_stats_another_recorded(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A file's digest by its stat holds whatever command line read it: the first run of
    another command line (another format, another report file) hashes nothing unchanged."""
    ws = _copy(tmp_path / "ws")
    cli: Cli = cli_factory(ws)
    hashed = _count_hashed(monkeypatch)
    monkeypatch.setattr(transpub.statmemo, "RACY_NS", 0)
    cli("check", "--format", "json")  # recorded, with every input's stat
    first = cli.out
    hashed.clear()
    cli("check", "-o", "r.txt")
    assert hashed == [0]
    cli("check", "--format", "sarif", "--jobs", "1")
    assert hashed == [0, 0]
    # a file changed since: hashed (one), and its change seen
    lang, unit, find, replace, code = INJECTIONS[0]
    _edit(ws / PO.format(lang=lang), unit, find, replace)
    hashed.clear()
    cli("check", "--format", "json", "--jobs", "1", expect=None)
    assert hashed == [1] and cli.out != first and code in cli.out


def test_what_is_not_replayed(tmp_path: Path, cli_factory,  # type: ignore[no-untyped-def]
                              monkeypatch: pytest.MonkeyPatch) -> None:
    ws = _copy(tmp_path / "ws")
    cli: Cli = cli_factory(ws)
    spy = Spy(monkeypatch)
    for args in (["--no-cache"], [str(ws / PO.format(lang="fr"))],
                 ["--baseline", "baseline.json"]):
        for _ in range(2):
            cli("check", "--format", "json", *args, expect=None)
    assert spy.replayed == 0
    assert not (ws / ".transpub-cache" / "run").exists()
    # what went to stderr would not be repeated: a termbase warning makes a run unrecordable
    (ws / "tb.csv").write_text("concept,category,lang,term\nc1,person,en,Vladimir Voronkov\n"
                               "c1,person,fr,Vladimir Voronkov\nc2,person,en,\n",
                               encoding="utf-8")
    for _ in range(2):
        cli("check", "--format", "json", "--termbase", "tb.csv", expect=None)
        assert "row skipped" in cli.err
    assert spy.replayed == 0
    # -q: nothing goes to stderr, so it is recorded
    for _ in range(2):
        cli("check", "--format", "json", "--termbase", "tb.csv", "-q", expect=None)
    assert spy.replayed == 1


def _damage_run_cache(ws: Path, how: int) -> None:
    for path in sorted((ws / ".transpub-cache" / "run").glob("*")):
        data = path.read_bytes()
        if how == 0:
            path.write_bytes(data[: len(data) // 2])
        elif how == 1:
            path.write_bytes(b"\xff\xfe not json")
        elif path.suffix == ".out" and data:
            path.write_bytes(bytes([data[0] ^ 1]) + data[1:])  # the report, one bit flipped
        elif path.suffix == ".json":  # a header line, then the payload
            head, _newline, body = data.partition(b"\n")
            payload = marshal.loads(body)
            payload["inputs"] = "0" * 64  # someone else's inputs, digest stale
            path.write_bytes(head + b"\n" + marshal.dumps(payload))


def _toggle_termbase(ws: Path) -> None:
    termbase = ws / "locales" / "termbase.tbx"
    text = termbase.read_text(encoding="utf-8")
    swapped = (text.replace("Воронков", "Воронкоф") if "Воронков" in text
               else text.replace("Воронкоф", "Воронков"))
    termbase.write_text(swapped, encoding="utf-8")


def _toggle_config(ws: Path) -> None:
    config = ws / "transpub.toml"
    text = config.read_text(encoding="utf-8")
    full = '"ar", "zh", "en", "fr", "ru", "es"'
    fewer = '"ar", "zh", "en", "fr", "es"'
    config.write_text(text.replace(full, fewer) if full in text else text.replace(fewer, full),
                      encoding="utf-8")


def _remove_entry(ws: Path, lang: str) -> None:
    po = polib.pofile(str(ws / PO.format(lang=lang)))
    if len(po) > 3:
        po.remove(po[2])
        po.save()


def _add_entry(ws: Path, lang: str) -> None:
    po = polib.pofile(str(ws / PO.format(lang=lang)))
    first = po[0]
    po.append(polib.POEntry(msgctxt=f"extra{len(po)}", msgid=first.msgid,
                            msgstr=first.msgstr + " !"))
    po.save()


def _edit_output(ws: Path, lang: str) -> None:
    page = ws / "output" / lang / f"{SLUG}.html"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("<title>", "<title>X", 1), encoding="utf-8")


def _toggle_po_file(ws: Path, lang: str) -> None:
    po_file = ws / PO.format(lang=lang)
    parked = ws / f"parked-{lang}.po"
    if po_file.exists():
        po_file.rename(parked)
    elif parked.exists():
        parked.rename(po_file)


def _toggle_source_id(ws: Path) -> None:
    """The release's root id changed (or back): its name, read ahead from the start tag and
    remembered by the source's stat (``checkwhole._remembered_slug``), is another."""
    source = ws / "source" / f"{SLUG}.xml"
    text = source.read_text(encoding="utf-8")
    renamed = text.replace(f'id="{SLUG}"', 'id="renamed-release"', 1)
    source.write_text(renamed if renamed != text else
                      text.replace('id="renamed-release"', f'id="{SLUG}"', 1), encoding="utf-8")


def _toggle_stray(ws: Path, lang: str) -> None:
    """Something that is not a file in a watched folder: a folder, a dangling link (the
    scan's listing tells them apart by their mode)."""
    for folder in (ws / "locales" / lang / "LC_MESSAGES", ws / "output" / lang):
        stray, link = folder / "stray-folder", folder / "stray-link"
        if stray.exists():
            stray.rmdir()
            link.unlink()
        else:
            stray.mkdir()
            link.symlink_to(ws / "nowhere")


LANGS = ("ar", "zh", "fr", "ru", "es")
STEPS = st.one_of(
    st.tuples(st.just("inject"), st.integers(0, len(INJECTIONS) - 1)),
    st.tuples(st.sampled_from(["remove", "add", "touch", "output", "po-file", "stray"]),
              st.sampled_from(range(len(LANGS)))),
    st.tuples(st.sampled_from(["termbase", "config", "delete-cache", "nothing", "source-id",
                               "source-touch"]), st.just(0)),
    st.tuples(st.just("damage"), st.integers(0, 2)),
)


def _apply(ws: Path, step: tuple[str, int]) -> None:
    kind, n = step
    lang = LANGS[n % len(LANGS)]
    if kind == "inject":
        lang, unit, find, replace, _code = INJECTIONS[n]
        with contextlib.suppress(StopIteration, OSError):  # made already, or its file parked
            _edit(ws / PO.format(lang=lang), unit, find, replace)
    elif kind in ("remove", "add") and (ws / PO.format(lang=lang)).exists():
        (_remove_entry if kind == "remove" else _add_entry)(ws, lang)
    elif kind == "touch" and (ws / PO.format(lang=lang)).exists():
        os.utime(ws / PO.format(lang=lang))
    elif kind == "output":
        _edit_output(ws, lang)
    elif kind == "po-file":
        _toggle_po_file(ws, lang)
    elif kind == "stray":
        _toggle_stray(ws, lang)
    elif kind == "source-id":
        _toggle_source_id(ws)
    elif kind == "source-touch":
        os.utime(ws / "source" / f"{SLUG}.xml")
    elif kind == "termbase":
        _toggle_termbase(ws)
    elif kind == "config":
        _toggle_config(ws)
    elif kind == "delete-cache":
        shutil.rmtree(ws / ".transpub-cache", ignore_errors=True)
    elif kind == "damage" and (ws / ".transpub-cache" / "run").exists():
        _damage_run_cache(ws, n)


@settings(max_examples=10, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(STEPS, min_size=1, max_size=5))
def test_cached_equals_uncached_after_any_sequence_of_edits(
        tmp_path_factory: pytest.TempPathFactory, cli_factory,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, steps: list[tuple[str, int]]) -> None:
    # stats are trusted from 20 ms on (instead of 2 s), so that the index is used here; an
    # edit comes later than that after the stat that recorded the file
    monkeypatch.setattr(transpub.statmemo, "RACY_NS", 20_000_000)
    ws = _copy(tmp_path_factory.mktemp("replay") / "ws")
    cli: Cli = cli_factory(ws)
    _outcome(cli)
    for step in steps:
        _apply(ws, step)
        cached = _outcome(cli)
        again = _outcome(cli)  # a replay, when the first one could be recorded
        truth = _outcome(cli, "--no-cache")
        assert cached == truth, step
        assert again == truth, step


@pytest.mark.parametrize("step", [
    ("inject", 0), ("inject", 5), ("remove", 2), ("add", 3), ("touch", 2), ("output", 2),
    ("po-file", 4), ("termbase", 0), ("config", 0), ("delete-cache", 0), ("damage", 0),
    ("damage", 1), ("damage", 2), ("stray", 1), ("source-id", 0), ("source-touch", 0)])
def test_each_kind_of_edit_is_seen(tmp_path: Path, cli_factory,  # type: ignore[no-untyped-def]
                                   monkeypatch: pytest.MonkeyPatch, step: tuple[str, int]) -> None:
    """One edit of each kind between a recorded run and the next (the property test above
    draws sequences of them)."""
    monkeypatch.setattr(transpub.statmemo, "RACY_NS", 20_000_000)
    ws = _copy(tmp_path / "ws")
    cli: Cli = cli_factory(ws)
    spy = Spy(monkeypatch)
    cli("check", "--format", "json", expect=None)
    before = cli.out
    cli("check", "--format", "json", expect=None)
    assert spy.replayed == 1 and cli.out == before
    _apply(ws, step)
    code = cli("check", "--format", "json", expect=None)
    cached = (code, cli.out)
    code = cli("check", "--format", "json", "--no-cache", expect=None)
    assert cached == (code, cli.out)
    if step[0] in ("inject", "remove", "add", "output", "po-file", "termbase", "config"):
        assert cached[1] != before  # the edit matters to the report


def test_one_changed_po_file_is_the_only_one_read(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Whole-file entries (``checkwhole``): a release whose inputs did not change is neither
    parsed nor read; one edited PO file is the only file read and checked again."""
    import transpub.workspace

    ws = _copy(tmp_path / "ws")
    cli: Cli = cli_factory(ws)
    cli("check", "--format", "json", expect=None)
    reads: list[str] = []
    loads: list[str] = []
    real_read, real_load = transpub.checker.read_translations, transpub.workspace.load
    monkeypatch.setattr(transpub.checker, "read_translations",
                        lambda path, lang, **kw: reads.append(lang) or real_read(path, lang,
                                                                                 **kw))
    monkeypatch.setattr(transpub.workspace, "load",
                        lambda settings, path: loads.append(path.name) or real_load(settings,
                                                                                      path))
    cli("check", "-o", "report.txt", expect=None)  # not replayable: another command line
    assert (reads, loads) == ([], [])
    lang, unit, find, replace, _code = INJECTIONS[2]
    _edit(ws / PO.format(lang=lang), unit, find, replace)
    cli("check", "-o", "report.txt", expect=None)
    assert reads == [lang] and loads == [f"{SLUG}.xml"]
    cached = (ws / "report.txt").read_bytes()
    cli("check", "-o", "report.txt", "--no-cache", expect=None)
    assert (ws / "report.txt").read_bytes() == cached
    # a built page changed: TP801 reads it again, for that language only
    reads.clear()
    _edit_output(ws, "fr")
    cli("check", "-o", "report.txt", expect=None)
    assert reads == ["fr"]


def test_collection_checks_from_summaries_equal_those_on_all_units(
        tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    """A workspace check computes TP701, TP702 and TP901 from each file's summary; checking
    the same PO files on their own runs them on every unit: the findings are the same."""
    ws = _copy(tmp_path / "ws")
    for lang in ("fr", "ru"):
        po = polib.pofile(str(ws / PO.format(lang=lang)))
        long_units = [e for e in po if len(e.msgid.split()) > 5 and e.msgstr]
        one, two = long_units[0], long_units[1]
        po.append(polib.POEntry(msgctxt="again", msgid=one.msgid, msgstr=two.msgstr))  # TP701
        po.append(polib.POEntry(msgctxt="same", msgid=two.msgid + " Again.",
                                msgstr=one.msgstr))  # TP702
        po.save()
    cli: Cli = cli_factory(ws)
    files = [str(ws / PO.format(lang=lang)) for lang in LANGS]
    cli("check", "--format", "json", "--select", "TP7,TP9", expect=None)
    whole = json.loads(cli.out)
    cli("check", "--format", "json", "--select", "TP7,TP9", *files, expect=None)
    alone = json.loads(cli.out)
    codes = {f["code"] for f in whole["findings"]}
    assert {"TP701", "TP702", "TP901"} <= codes
    assert whole["findings"] == alone["findings"]


@pytest.mark.parametrize("what", ["po", "source", "termbase", "page"])
def test_a_check_whose_inputs_changed_while_it_ran_is_not_replayed(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        what: str) -> None:
    """A run record is kept only if what the check read is what its inputs' digest (taken
    before the run) was of: a file edited while the check ran, then put back as it was, must
    not replay the report of the edited file. (A check that verified what it read looks
    only at its sources, termbase and folders again: ``Recorder.finish``.)"""
    ws = _copy(tmp_path / "ws")
    cli: Cli = cli_factory(ws)
    target = {"po": ws / PO.format(lang="fr"), "source": ws / "source" / f"{SLUG}.xml",
              "termbase": ws / "locales" / "termbase.tbx",
              "page": ws / "output" / "fr" / f"{SLUG}.html"}[what]
    original = target.read_bytes()
    real = transpub.checker._run_batch
    done: list[bool] = []

    def spied(batch):  # type: ignore[no-untyped-def]
        if batch.lang == "fr" and not done:
            done.append(True)
            if what == "po":
                _edit(target, *INJECTIONS[1][1:4])
            elif what == "page":
                target.write_bytes(original.replace(b"<h1", b"<h1>Edited</h1><h1", 1))
            else:  # a change the XML reader sees: a word of the source, a term's form
                text = original.decode("utf-8")
                word = "Qatar" if what == "source" else "Voronkov"
                assert word in text
                target.write_text(text.replace(word, "Elsewhere"), encoding="utf-8")
        return real(batch)

    monkeypatch.setattr(transpub.checker, "_run_batch", spied)
    cli("check", "--jobs", "1", "-o", "first.txt", expect=None)
    assert done
    target.write_bytes(original)  # put back: the inputs the first run's digest was of
    spy = Spy(monkeypatch)
    cli("check", "--jobs", "1", "-o", "second.txt", expect=None)
    assert (spy.checked, spy.replayed) == (1, 0)
    cli("check", "--jobs", "1", "--no-cache", "-o", "truth.txt", expect=None)
    assert (ws / "second.txt").read_bytes() == (ws / "truth.txt").read_bytes()
    # nothing changed during that run: it was recorded, and is replayed
    cli("check", "--jobs", "1", "-o", "third.txt", expect=None)
    assert (spy.checked, spy.replayed) == (2, 1)
    assert (ws / "third.txt").read_bytes() == (ws / "truth.txt").read_bytes()


def test_index_rows_of_another_shape_are_no_rows_and_the_record_is_read_once(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The recorded stat index is not checked row by row when it is read: a row of another
    shape (re-signed, so that its digest holds) vouches for nothing, and its file is hashed;
    a replay that did not match hands its reading to the check that runs (one read)."""
    ws = _copy(tmp_path / "ws")
    cli: Cli = cli_factory(ws)
    monkeypatch.setattr(transpub.statmemo, "RACY_NS", 0)
    cli("check", "--format", "json", expect=None)
    folder = ws / transpub.checkreplay.FOLDER
    bad: list[Any] = [None, 7, "x", [], [1, 2, 3], ["a", "b", "c", "d", "e", "f"]]
    for record in folder.glob("*.json"):
        head, _newline, body = record.read_bytes().partition(b"\n")
        payload = marshal.loads(body)
        index = payload["index"]
        for at, name in enumerate(sorted(index)):
            row = index[name]
            # every other row: another shape, or its digest of another type
            index[name] = bad[at % len(bad)] if at % 2 else [*row[:5], 12345]
        body = marshal.dumps(payload)
        header = json.loads(head)
        header["sha256"] = hashlib.sha256(body).hexdigest()
        record.write_bytes(json.dumps(header).encode("ascii") + b"\n" + body)
    hashed = _count_hashed(monkeypatch)
    loads: list[str] = []
    real_load = transpub.checkreplay._load

    def load(root: Path, name: str) -> Any:
        loads.append(name)
        return real_load(root, name)

    monkeypatch.setattr(transpub.checkreplay, "_load", load)
    lang, unit, find, replace, _code = INJECTIONS[0]
    _edit(ws / PO.format(lang=lang), unit, find, replace)
    code = cli("check", "--format", "json", expect=None)
    cached = cli.out
    assert len(loads) == 1  # the replay's read, reused by the recorder
    assert hashed and hashed[0] > 10  # the rows vouched for nothing: their files hashed
    assert cli("check", "--format", "json", "--no-cache", expect=None) == code
    assert cli.out == cached
    hashed.clear()
    cli("check", "--format", "json", expect=None)  # recorded again, whole: replayed
    assert cli.out == cached and hashed == [0]


def test_the_inputs_digest_does_not_depend_on_shared_objects(tmp_path: Path) -> None:
    """The scan's digest is a SHA-256 of its rows marshalled (version 2: no back-references,
    which version 3 writes for objects that happen to be shared): equal rows, equal digests,
    however their strings were made; any change of a name or a digest changes it."""
    shared = "a" * 64
    one = [["file", "x", shared], ["dir", "d", [["p.po", shared], ["q.po", shared]]]]
    other = [["file", "x", "".join(["a"] * 64)],
             ["dir", "d", [["p.po", "a" * 32 + "a" * 32], ["q.po", "".join("a" for _ in
                                                                     range(64))]]]]
    assert marshal.dumps(one, 2) == marshal.dumps(other, 2)
    assert marshal.dumps(one) != marshal.dumps(other)  # (why not the default version)
    folder = tmp_path / "d"
    folder.mkdir()
    for name in ("p.po", "q.po"):
        (folder / name).write_text("same", encoding="utf-8")
    (folder / "sub").mkdir()
    watch = transpub.checkreplay.Watch([str(tmp_path / "absent.toml")], [str(folder)], [])
    first = transpub.checkreplay._Scanner({}).digest(watch)
    scanner = transpub.checkreplay._Scanner({})
    assert scanner.digest(watch) == first
    assert scanner.listed[str(folder)] == "\0".join(["p.po", "q.po", "sub"])  # (one string)
    assert set(scanner.shas) == {str(folder / "p.po"), str(folder / "q.po")}
    (folder / "q.po").write_text("else", encoding="utf-8")
    assert transpub.checkreplay._Scanner({}).digest(watch) != first
    (folder / "q.po").write_text("same", encoding="utf-8")
    (folder / "q.po").rename(folder / "r.po")
    assert transpub.checkreplay._Scanner({}).digest(watch) != first


def test_a_folders_listing_tells_its_entries_apart_as_scandir_does(tmp_path: Path) -> None:
    """The scan stats each entry relative to the open folder and tells it apart by its mode;
    the listing is what ``os.scandir``'s ``is_file``/``is_dir`` (links followed) say it is:
    a regular file (with its digest), a folder, or anything else."""
    folder = tmp_path / "po"
    folder.mkdir()
    (folder / "a.po").write_text("one", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "to-file.po").symlink_to(folder / "a.po")
    (folder / "to-folder").symlink_to(folder / "sub")
    (folder / "dangling").symlink_to(tmp_path / "nowhere")
    os.mkfifo(folder / "pipe")
    expected = []
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if entry.is_file():
            digest = hashlib.sha256(Path(entry.path).read_bytes()).hexdigest()
            expected.append([entry.name, digest])
        else:
            expected.append([entry.name, "dir" if entry.is_dir() else "other"])
    scanner = transpub.checkreplay._Scanner({})
    assert scanner._dir(str(folder)) == expected
    assert scanner._dir(str(tmp_path / "absent")) == "absent"
    assert scanner.listed == {str(folder): "\0".join(sorted(p.name for p in folder.iterdir())),
                              str(tmp_path / "absent"): None}


def test_a_settled_folder_is_vouched_for_by_its_stat_and_listed_again_once_it_moved(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """``Recorder.finish`` lists a watched folder again only when its stat (taken before the
    scan listed it, and settled) moved: a PO file added to a folder while the check ran, and
    removed after it, leaves no record (the next run checks, and reports what ``--no-cache``
    reports); a run in which no folder moved lists none of them again, and is replayed."""
    ws = _copy(tmp_path / "ws")
    cli: Cli = cli_factory(ws)
    monkeypatch.setattr(transpub.statmemo, "RACY_NS", 0)
    folders = [p for p in (ws / "source", *(ws / "locales").glob("*/LC_MESSAGES"),
                           *(ws / "output").iterdir()) if p.is_dir()]
    for folder in folders:  # long settled (a later entry moves the mtime)
        os.utime(folder, ns=(1_000_000_000, 1_000_000_000))
    folder = (ws / PO.format(lang="fr")).parent
    extra = folder / "zz-extra.po"
    real = transpub.checker._run_batch
    done: list[bool] = []

    def spied(batch):  # type: ignore[no-untyped-def]
        if batch.lang == "fr" and not done:
            done.append(True)
            shutil.copy2(ws / PO.format(lang="fr"), extra)
        return real(batch)

    monkeypatch.setattr(transpub.checker, "_run_batch", spied)
    cli("check", "--jobs", "1", "-o", "first.txt", expect=None)
    assert done
    extra.unlink()  # the listing the first run's digest was of, with a new folder stat
    monkeypatch.setattr(transpub.checker, "_run_batch", real)
    spy = Spy(monkeypatch)
    listed: list[str] = []
    real_listdir = os.listdir

    def listdir(path: Any = ".") -> list[str]:
        if isinstance(path, str):  # (the scan lists through the folder's descriptor)
            listed.append(path)
        return real_listdir(path)

    monkeypatch.setattr(os, "listdir", listdir)
    cli("check", "--jobs", "1", "-o", "second.txt", expect=None)
    assert (spy.checked, spy.replayed) == (1, 0)
    assert not {str(f) for f in folders} & set(listed)  # none moved during this run
    listed.clear()
    cli("check", "--jobs", "1", "--no-cache", "-o", "truth.txt", expect=None)
    assert (ws / "second.txt").read_bytes() == (ws / "truth.txt").read_bytes()
    cli("check", "--jobs", "1", "-o", "third.txt", expect=None)
    assert (spy.checked, spy.replayed) == (2, 1)
    assert (ws / "third.txt").read_bytes() == (ws / "truth.txt").read_bytes()


def test_recorded_rows_kept_as_bytes_give_what_rows_as_lists_give(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The scan keeps a recorded row (stat packed, then the digest) as it is when the file's
    packed stat is the row's, and reads the record's older rows (lists) alike: the same
    digest, digests and index; a row of another length, or whose stat the file no longer
    has, vouches for nothing (the file is hashed)."""
    from transpub.checkindex import plain

    monkeypatch.setattr(transpub.statmemo, "RACY_NS", 0)
    folder = tmp_path / "d"
    folder.mkdir()
    names = []
    for number in range(12):
        path = folder / f"f{number}.po"
        path.write_bytes(os.urandom(number * 97))
        names.append(str(path))
    watch = transpub.checkreplay.Watch([names[0], str(tmp_path / "absent")], [str(folder)],
                                       [])
    first = transpub.checkreplay._Scanner({})
    digest = first.digest(watch)
    assert first.hashed == 13  # (the watched file is also in the folder)
    rows = first.index.rows()
    assert len(rows) == 12 and all(len(r) == 72 for r in rows.values())
    for old in (rows, plain(first.index)):
        again = transpub.checkreplay._Scanner(old)
        assert again.digest(watch) == digest and again.hashed == 0
        assert dict(again.shas) == dict(first.shas)
        assert again.index.rows() == rows
    damaged = dict(rows)
    damaged[names[1]] = rows[names[1]][:-1]  # another length
    damaged[names[2]] = bytes([rows[names[2]][0] ^ 1]) + rows[names[2]][1:]  # another size
    damaged[names[3]] = rows[names[3]][:40] + bytes(32)  # its stat, another digest
    again = transpub.checkreplay._Scanner(damaged)
    # (the third is trusted by its stat, as git trusts its index: the record's digest
    # vouches that this process wrote it)
    assert again.digest(watch) != digest and again.hashed == 2
    assert again.shas[names[3]] == "0" * 64
    assert again.shas[names[1]] == first.shas[names[1]]
