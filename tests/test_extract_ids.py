"""What the extract takes from what it reads anyway: the release ids ``check_unique_ids`` would
read (from each extracted release's parse and the last extract's record), and the files' stat
(a release whose files' stat moved is extracted without hashing its files first). Each must
decide as the plain way decides: the same errors, the same files, the same printed lines."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from test_extract_fast import _translate_two, _tree, _workspace
from transpub import noop, workspace

from conftest import Cli


def _extract(cli: Cli, *args: str, expect: int | None = 0) -> int:
    return cli("extract", "--jobs", "1", *args, expect=expect)


def _extract_recorded(cli: Cli, ws: Path) -> dict[str, object]:
    """Extract until the no-op record is written (a run whose files are too fresh for their
    stat to be trusted records none: the next, with nothing changed, does) and return it."""
    record = ws / ".transpub-cache" / "noop-extract.rec"
    for _try in range(20):
        _extract(cli)
        if record.exists():
            found = noop.read_record(record)
            assert found is not None
            return found[0]
        time.sleep(0.02)
    raise AssertionError("no no-op record written")


def _copy_under_another_name(ws: Path, index: int = 3) -> Path:
    source = sorted((ws / "source").glob("*.xml"))[index]
    copy = ws / "source" / "zz-copy.xml"
    copy.write_bytes(source.read_bytes())
    return copy


@pytest.mark.parametrize("when", ["fresh", "after an extract", "forced", "one release named"])
def test_a_duplicate_id_is_refused_as_check_unique_ids_refuses_it(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], when: str) -> None:
    ws = _workspace(tmp_path, "ws")
    cli = cli_factory(ws)
    if when != "fresh":
        _extract(cli)
    before = _tree(ws / "locales")
    copy = _copy_under_another_name(ws)
    args = {"forced": ("--force",), "one release named": ("zz-copy",)}.get(when, ())
    assert _extract(cli, *args, expect=None) == 2
    first = sorted((ws / "source").glob("*.xml"))[3].relative_to(ws)
    # the message of the plain check, naming the second file and its root element's line
    assert f"source/{copy.name}:2: release id" in cli.err
    assert f"is also the id of {first}" in cli.err
    assert _tree(ws / "locales") == before  # nothing written
    assert not list(ws.rglob("*.transpub-tmp"))


def test_a_duplicate_id_is_reported_before_a_broken_source(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = _workspace(tmp_path, "ws")
    cli = cli_factory(ws)
    _extract(cli)
    _copy_under_another_name(ws, 5)
    broken = sorted((ws / "source").glob("*.xml"))[0]
    broken.write_text(broken.read_text(encoding="utf-8").replace("</release>", ""),
                      encoding="utf-8")
    assert _extract(cli, expect=None) == 2
    assert "is also the id of" in cli.err


def test_the_ids_come_from_the_record_only_while_the_fingerprint_stands(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """A source whose id changed is read again (its fingerprint no longer matches), so a new
    duplicate made by editing an id is found; a record without ids reads them all."""
    ws = _workspace(tmp_path, "ws")
    cli = cli_factory(ws)
    _extract(cli)
    record = json.loads((ws / workspace.EXTRACT_CACHE).read_text(encoding="utf-8"))
    sources = sorted((ws / "source").glob("*.xml"))
    assert record["ids"] == {p.stem: p.stem for p in sources}
    one, other = sources[1], sources[2]
    text = other.read_text(encoding="utf-8")
    other.write_text(text.replace(f'id="{other.stem}"', f'id="{one.stem}"', 1), encoding="utf-8")
    assert _extract(cli, expect=None) == 2
    assert "is also the id of" in cli.err
    other.write_text(text, encoding="utf-8")
    del record["ids"]  # an older record: the ids are read from the sources
    (ws / workspace.EXTRACT_CACHE).write_text(json.dumps(record), encoding="utf-8")
    _copy_under_another_name(ws, 1)
    calls: list[object] = []
    original = workspace.check_unique_ids
    try:
        workspace.check_unique_ids = lambda s: (calls.append(s), original(s))[1]  # type: ignore[assignment]
        assert _extract(cli, expect=None) == 2
    finally:
        workspace.check_unique_ids = original  # type: ignore[assignment]
    assert calls and "is also the id of" in cli.err


def _touch_all(root: Path) -> None:
    for path in sorted(root.rglob("*")):
        if path.is_file() and ".transpub-cache" not in path.parts:
            # the same bytes under a new inode and times: the stat moves, the content not
            data = path.read_bytes()
            tmp = path.with_name(path.name + ".new")
            tmp.write_bytes(data)
            tmp.replace(path)


def test_a_release_whose_stat_moved_is_extracted_as_if_it_had_been_hashed(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Files rewritten with the same bytes: every release is stale by its stat, read by the
    extract itself, and reported unchanged and skipped, as the hash would have decided;
    translators' files are extracted without the main process hashing them first."""
    ws = _workspace(tmp_path, "ws")
    cli = cli_factory(ws)
    record = _extract_recorded(cli, ws)
    assert len(record["release_stamps"])  # type: ignore[arg-type] == len(list((ws / "source").glob("*.xml")))
    hashed: list[Path] = []
    plain = workspace._extract_digest

    def counting(settings: object, path: Path, common: str, known: object = None,
                 files: object = None) -> str:
        if known is None:  # the main process's check before extracting
            hashed.append(path)
        return plain(settings, path, common, known, files)  # type: ignore[arg-type]

    monkeypatch.setattr(workspace, "_extract_digest", counting)
    before = _tree(ws / "locales")
    _touch_all(ws)
    _extract(cli)
    moved_out = cli.out
    assert hashed == []
    assert _tree(ws / "locales") == before
    monkeypatch.setattr(workspace, "_read_release_stamps", lambda root: {})
    _touch_all(ws)
    _extract(cli)
    assert cli.out == moved_out  # the plain way's lines: every release unchanged, skipped
    assert len(hashed) == len(list((ws / "source").glob("*.xml")))
    count = len(list((ws / "source").glob("*.xml")))
    assert "0 catalogue(s) written" in cli.out and f"({count} unchanged, skipped)" in cli.out
    monkeypatch.undo()
    # translators' work: every file they saved moved, none is hashed before its extract
    _translate_two(ws)
    monkeypatch.setattr(workspace, "_extract_digest", counting)
    hashed.clear()
    _extract(cli)
    assert hashed == []


def test_a_stat_record_never_says_unchanged(tmp_path: Path,
                                            cli_factory: Callable[[Path], Cli]) -> None:
    """A record claiming the current stat of a changed file (here: every release's stamp
    taken after the edit) still has its files hashed: the edit is extracted."""
    ws = _workspace(tmp_path, "ws")
    cli = cli_factory(ws)
    _extract_recorded(cli, ws)
    settings_root = ws / ".transpub-cache" / "noop-extract.rec"
    source = sorted((ws / "source").glob("*.xml"))[2]
    source.write_text(source.read_text(encoding="utf-8").replace(
        "Strategic Dialogue", "Strategic Talks", 1), encoding="utf-8")
    from transpub.config import load_settings

    settings = load_settings(ws)
    found = noop.read_record(settings_root)
    assert found is not None
    record, payload = found
    record["release_stamps"] = {p.stem: workspace._current_stamp(settings, p)
                                for p in sorted((ws / "source").glob("*.xml"))}
    # (the no-op record itself no longer matches: its last stat row is not the file's)
    settings_root.write_bytes(json.dumps(record).encode() + b"\n" + payload[:-1]
                              + bytes([payload[-1] ^ 1]))
    _extract(cli)
    pot = (ws / "locales" / f"{source.stem}.pot").read_text(encoding="utf-8")
    assert "Strategic Talks" in pot
    assert f"({len(record['release_stamps']) - 1} unchanged, skipped)" in cli.out


def test_the_stats_of_a_failed_no_op_check_are_not_taken_again(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """After one source edit, the no-op check's stat of each file serves the extract's check
    of each release's stamp: a file is stat'ed by the check and by the new record, not a third
    time; and the edited release is extracted all the same."""
    from transpub import noop

    ws = _workspace(tmp_path, "ws")
    cli = cli_factory(ws)
    _extract_recorded(cli, ws)
    sources = sorted((ws / "source").glob("*.xml"))
    edited = sources[4]
    edited.write_text(edited.read_text(encoding="utf-8").replace(
        "Strategic Dialogue", "Strategic Talks", 1), encoding="utf-8")
    counted: dict[str, int] = {}
    plain = noop._stat_row

    def counting(path: str) -> tuple[int, int, int, int, int]:
        counted[path] = counted.get(path, 0) + 1
        return plain(path)

    monkeypatch.setattr(noop, "_stat_row", counting)
    _extract(cli)
    assert "Strategic Talks" in (ws / "locales" / f"{edited.stem}.pot").read_text("utf-8")
    other = [n for path, n in counted.items() if path.endswith(f"/source/{sources[1].name}")]
    assert other == [2]
