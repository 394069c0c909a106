"""A build or extract with nothing to do is recognised from the files' stat (``noop.py``): what
it prints must be what the full no-op run prints, and no change to an input, an output folder,
the config or the options may be hidden by the record."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from tests.conftest import SLUG, Cli

from transpub import noop

NOOP_BUILD = Path(".transpub-cache") / "noop-build.rec"
NOOP_EXTRACT = Path(".transpub-cache") / "noop-extract.rec"


def _recorded(cli: Cli, *args: str, record: Path) -> str:
    """Run a command until it has recorded its no-op (a file written in the same clock tick as
    the run starts is too fresh to be trusted, and the record is then skipped)."""
    for _ in range(20):
        cli(*args)
        if (cli.cwd / record).exists():
            return cli.out
        time.sleep(0.02)
    raise AssertionError(f"no no-op record after {args}")


def _slow(cli: Cli, *args: str, record: Path) -> str:
    """The same command without the record: the run decides by reading the files."""
    (cli.cwd / record).unlink(missing_ok=True)
    cli(*args)
    return cli.out


def _po(ws: Path, lang: str = "fr") -> Path:
    return ws / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"


def _break_placeholder(ws: Path) -> None:
    """A translation whose link lost its placeholder: build warns and uses the source text."""
    import polib

    po = polib.pofile(str(_po(ws)))
    entry = next(e for e in po if "<a1>" in e.msgid)
    entry.msgstr = "LIEN CASSE"
    po.save()


def _replayed(ws: Path, monkeypatch: pytest.MonkeyPatch, cli: Cli, *args: str) -> str:
    """Run a command that must be answered from the record: the workspace modules that a real
    run needs are made unusable."""
    import transpub.builder
    import transpub.workspace

    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("the no-op record was not used")

    with monkeypatch.context() as patch:
        patch.setattr(transpub.builder, "build", refuse)
        patch.setattr(transpub.workspace, "extract", refuse)
        cli(*args)
    return cli.out


def test_a_replayed_build_prints_what_the_full_no_op_prints(
        cli: Cli, workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _break_placeholder(workspace)
    first = _recorded(cli, "build", record=NOOP_BUILD)
    assert "1 page(s)" not in first and "warning" in first
    pages = {p: p.read_bytes() for p in (workspace / "output").rglob("*") if p.is_file()}
    fast = _replayed(workspace, monkeypatch, cli, "build")
    slow = _slow(cli, "build", record=NOOP_BUILD)
    assert fast == slow
    assert "0 page(s) rebuilt" in fast and "LIEN" not in fast and "warning" in fast
    assert {p: p.read_bytes() for p in (workspace / "output").rglob("*") if p.is_file()} == pages


def test_a_replayed_extract_prints_what_the_full_no_op_prints(
        cli: Cli, workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _recorded(cli, "extract", record=NOOP_EXTRACT)
    locales = {p: p.read_bytes() for p in (workspace / "locales").rglob("*") if p.is_file()}
    fast = _replayed(workspace, monkeypatch, cli, "extract")
    slow = _slow(cli, "extract", record=NOOP_EXTRACT)
    assert fast == slow and "(1 unchanged, skipped)" in fast
    assert {p: p.read_bytes() for p in (workspace / "locales").rglob("*") if p.is_file()} == locales


def test_an_edit_that_keeps_size_and_mtime_is_built(cli: Cli, workspace: Path) -> None:
    _recorded(cli, "build", record=NOOP_BUILD)
    po = _po(workspace)
    stat = po.stat()
    text = po.read_text(encoding="utf-8")
    # same length, same modification time: only the change time moved
    edited = text.replace("Project-Id-Version", "Project-Id-VersioN", 1)
    assert len(edited) == len(text) and edited != text
    po.write_text(edited, encoding="utf-8")
    os.utime(po, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    cli("build")
    assert "1 page(s) rebuilt" in cli.out


@pytest.mark.parametrize("change", ["page", "config", "source", "option"])
def test_no_change_is_hidden_by_the_record(cli: Cli, workspace: Path, change: str) -> None:
    _recorded(cli, "build", record=NOOP_BUILD)
    args = ["build"]
    if change == "page":  # a published page deleted: rebuilt
        (workspace / "output" / "fr" / f"{SLUG}.html").unlink()
    elif change == "config":  # a house-style change: every page
        config = workspace / "transpub.toml"
        config.write_text(config.read_text(encoding="utf-8")
                          + '\n[style.fr]\ndate = "d MMM y"\n', encoding="utf-8")
    elif change == "source":  # an edited sentence
        source = workspace / "source" / f"{SLUG}.xml"
        source.write_text(source.read_text(encoding="utf-8").replace(" the ", " this ", 1),
                          encoding="utf-8")
    else:  # fuzzy entries published: other options, another record
        args.append("--include-fuzzy")
    cli(*args)
    rebuilt = int(cli.out.split(" page(s) rebuilt")[0].rsplit(" ", 1)[1])
    assert rebuilt >= 1, cli.out


def test_an_added_source_is_extracted(cli: Cli, workspace: Path) -> None:
    _recorded(cli, "extract", record=NOOP_EXTRACT)
    source = workspace / "source" / f"{SLUG}.xml"
    text = source.read_text(encoding="utf-8")
    (workspace / "source" / "second.xml").write_text(text.replace(f'id="{SLUG}"', 'id="second"'),
                                                     encoding="utf-8")
    cli("extract")
    assert "(1 unchanged, skipped)" in cli.out and (workspace / "locales" / "second.pot").exists()


def test_a_file_changed_while_the_run_read_it_is_not_recorded(tmp_path: Path) -> None:
    (tmp_path / "transpub.toml").write_text("", encoding="utf-8")
    data = tmp_path / "in.txt"
    data.write_bytes(b"one")
    time.sleep(0.05)  # older than the recorder's start
    recorder = noop.Recorder(tmp_path, "build", "key", [str(data)])
    data.write_bytes(b"two")  # the run read "one"; "two" must not be taken as done
    assert not recorder.save({}, [str(data)], [], [], [["print", "x"]])
    assert not (tmp_path / ".transpub-cache" / "noop-build.rec").exists()
    # unchanged, and settled before the run started: recorded, and replayed while unchanged
    time.sleep(0.05)
    recorder = noop.Recorder(tmp_path, "build", "key", [str(data)])
    assert recorder.save({}, [str(data)], [], [], [["print", "x"]])
    assert noop.replay(tmp_path, "build", "key", lambda _l: ([str(data)], [])) == [["print", "x"]]
    assert noop.replay(tmp_path, "build", "other", lambda _l: ([str(data)], [])) is None
    data.write_bytes(b"thr")
    assert noop.replay(tmp_path, "build", "key", lambda _l: ([str(data)], [])) is None
    # removed while the run read it: its absence is not what the run saw
    time.sleep(0.05)
    recorder = noop.Recorder(tmp_path, "build", "key", [str(data)])
    data.unlink()
    assert not recorder.save({}, [str(data)], [], [], [["print", "x"]])
    # absent from the start: recorded as absent, and replayed while it stays so
    recorder = noop.Recorder(tmp_path, "build", "key", [str(data)])
    assert recorder.save({}, [str(data)], [], [], [["print", "x"]])
    assert noop.replay(tmp_path, "build", "key", lambda _l: ([str(data)], [])) == [["print", "x"]]
    data.write_bytes(b"new")
    assert noop.replay(tmp_path, "build", "key", lambda _l: ([str(data)], [])) is None


def test_a_damaged_record_is_no_record(cli: Cli, workspace: Path) -> None:
    _recorded(cli, "build", record=NOOP_BUILD)
    record = workspace / NOOP_BUILD
    found = noop.read_record(record)
    assert found is not None
    data, payload = found
    whole = record.read_bytes()
    for damaged in (b"{", json.dumps({**data, "layout": []}).encode() + b"\n" + payload,
                    json.dumps({**data, "ops": 3}).encode() + b"\n" + payload,
                    whole[:-1], whole + b"\0", whole[:-1] + bytes([whole[-1] ^ 1]),
                    whole.replace(b"\n", b" ", 1)):
        record.write_bytes(damaged)
        cli("build")
        assert "0 page(s) rebuilt" in cli.out
        record.write_bytes(whole)


def test_the_stat_a_run_read_its_inputs_under_is_recorded_and_no_edit_hides(
        tmp_path: Path) -> None:
    """``save(known=...)``: the stat under which the run read a file is recorded as it is
    (no ``stat`` again); an edit after that read no longer matches the record."""
    from transpub.statmemo import stamp

    (tmp_path / "transpub.toml").write_text("", encoding="utf-8")
    data = tmp_path / "in.txt"
    data.write_bytes(b"one")
    time.sleep(0.05)  # older than the recorder's start
    recorder = noop.Recorder(tmp_path, "build", "key", [str(data)])
    read_under = stamp(data.stat())  # the run read "one" under this stat
    time.sleep(0.02)
    data.write_bytes(b"two!")  # then the file changed
    assert recorder.save({}, [str(data)], [], [], [["print", "x"]], {str(data): read_under})
    assert noop.replay(tmp_path, "build", "key", lambda _l: ([str(data)], [])) is None
    # unchanged since: the record made from the known stat is the one a stat makes
    recorder = noop.Recorder(tmp_path, "build", "key", [str(data)])
    known = {str(data): stamp(data.stat())}
    assert recorder.save({}, [str(data)], [], [], [["print", "x"]], known)
    by_known = (tmp_path / ".transpub-cache" / "noop-build.rec").read_bytes()
    assert noop.replay(tmp_path, "build", "key", lambda _l: ([str(data)], [])) == [["print", "x"]]
    recorder = noop.Recorder(tmp_path, "build", "key", [str(data)])
    assert recorder.save({}, [str(data)], [], [], [["print", "x"]])
    assert (tmp_path / ".transpub-cache" / "noop-build.rec").read_bytes() == by_known


def test_a_build_hands_the_record_the_stat_of_every_input_it_read(
        cli: Cli, workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The build's stamps (taken where each source and PO file was read) cover every input
    that exists, and the record made from them is replayed."""
    import transpub.statmemo

    monkeypatch.setattr(transpub.statmemo, "RACY_NS", 0)  # the fixture's files are fresh
    handed: list[dict[str, object]] = []
    real = noop.Recorder.save

    def save(self: noop.Recorder, *args: object) -> bool:
        handed.append(dict(args[5]) if len(args) > 5 and args[5] else {})  # type: ignore[call-overload]
        return real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(noop.Recorder, "save", save)
    from transpub.config import load_settings

    _recorded(cli, "build", record=NOOP_BUILD)
    files, _ = noop.build_tracked(noop.layout(load_settings(workspace)))
    inputs = [f for f in files if f.endswith((".po", ".xml")) and "/output/" not in f
              and Path(f).exists()]
    assert len(inputs) >= 6 and set(inputs) <= set(handed[-1])
    assert all(handed[-1][f] == transpub.statmemo.stamp(Path(f).stat()) for f in inputs)
    assert "0 page(s) rebuilt" in _replayed(workspace, monkeypatch, cli, "build")
