"""The build's check that no two sources share a release id: read up front as before, or, when
the build parses every source anyway (a fresh or forced build of the whole workspace), taken
from that parse and compared before the commit. Either way: the same error (file, line,
message), a duplicate reported before a source's own error, and nothing written."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from test_extract_fast import _tree, _workspace
from transpub import workspace

from conftest import Cli


def _copy_under_another_name(ws: Path, index: int = 3) -> tuple[Path, Path]:
    source = sorted((ws / "source").glob("*.xml"))[index]
    copy = ws / "source" / "zz-copy.xml"
    copy.write_bytes(source.read_bytes())
    return source, copy


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Each call of ``workspace.check_unique_ids`` (the up-front read of every source's id)."""
    seen: list[object] = []
    original = workspace.check_unique_ids

    def spy(settings: object) -> None:
        seen.append(settings)
        original(settings)  # type: ignore[arg-type]

    monkeypatch.setattr(workspace, "check_unique_ids", spy)
    return seen


@pytest.mark.parametrize("when", ["fresh", "fresh, two processes", "after a build", "forced",
                                  "one release named"])
def test_a_duplicate_id_is_refused_and_nothing_is_written(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], when: str) -> None:
    ws = _workspace(tmp_path, "ws")
    cli = cli_factory(ws)
    jobs = ("--jobs", "2") if when == "fresh, two processes" else ("--jobs", "1")
    if when in ("after a build", "forced", "one release named"):
        cli("build", *jobs)
    before = _tree(ws / "output")
    source, copy = _copy_under_another_name(ws)
    args = {"forced": ("--force",), "one release named": ("zz-copy",)}.get(when, ())
    assert cli("build", *jobs, *args, expect=None) == 2
    # the message of the up-front check: the second file, its root element's line, the first
    assert f"source/{copy.name}:2: release id {source.stem!r}" in cli.err
    assert f"is also the id of {source.relative_to(ws)}" in cli.err
    assert cli.err.count("\n") == 1  # one line, no traceback
    assert _tree(ws / "output") == before  # no page of either release, no manifest
    assert not [p for p in ws.rglob("*") if "transpub-tmp" in p.name]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_duplicate_id_is_reported_before_a_broken_source(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], jobs: str) -> None:
    ws = _workspace(tmp_path, "ws")
    cli = cli_factory(ws)
    _copy_under_another_name(ws, 5)
    broken = sorted((ws / "source").glob("*.xml"))[0]
    broken.write_text(broken.read_text(encoding="utf-8").replace("</release>", ""),
                      encoding="utf-8")
    assert cli("build", "--jobs", jobs, expect=None) == 2
    assert "is also the id of" in cli.err
    assert not (ws / "output").exists() or not _tree(ws / "output")


def test_a_fresh_build_takes_the_ids_from_its_own_parse(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], calls: list[object]) -> None:
    """Every source built: no up-front read of the ids. A rebuild of some releases (the others
    not parsed) and a build of one named release read them up front, as before."""
    ws = _workspace(tmp_path, "ws")
    cli = cli_factory(ws)
    cli("build", "--jobs", "2")
    assert calls == []
    fresh = _tree(ws / "output")
    assert len([name for name in fresh if name.endswith(".html")]) >= 9 * 6
    sources = sorted((ws / "source").glob("*.xml"))
    sources[2].write_text(sources[2].read_text(encoding="utf-8").replace(
        "Strategic Dialogue 1", "Strategic Talks 1", 1), encoding="utf-8")
    cli("build", "--jobs", "1")
    assert len(calls) == 1
    cli("build", "--jobs", "1", sources[3].stem)
    assert len(calls) == 2


def test_the_deferred_check_leaves_the_same_output_as_the_up_front_one(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """A fresh build (ids from the parse) and a build of every release named on the command
    line (ids read up front) write the same pages and manifest."""
    trees = []
    for name, named in (("a", False), ("b", True)):
        ws = _workspace(tmp_path, name)
        cli = cli_factory(ws)
        stems = [p.stem for p in sorted((ws / "source").glob("*.xml"))] if named else []
        cli("build", "--jobs", "2", *stems)
        trees.append(_tree(ws / "output"))
    assert trees[0] == trees[1]


def test_the_ids_read_by_a_fresh_build_are_remembered_for_the_next(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        monkeypatch: pytest.MonkeyPatch, calls: list[object]) -> None:
    """What the fresh build's tasks read goes into the stat memo of ids, as the up-front
    check's own reads did: the next build that checks up front reads no source for its id."""
    from transpub import statmemo

    monkeypatch.setattr(statmemo, "RACY_NS", -1_000_000_000)  # every file counts as settled
    ws = _workspace(tmp_path, "ws")
    cli = cli_factory(ws)
    cli("build", "--jobs", "2")
    memo = json.loads((ws / ".transpub-cache" / "stat-release-ids.json").read_text("utf-8"))
    sources = sorted((ws / "source").glob("*.xml"))
    assert {key: value[-1] for key, value in memo["files"].items()} == {
        f"id:{path}": [path.stem, 2] for path in sources}
    read: list[Path] = []
    plain = workspace._release_id_of

    def spy(data: bytes, *, path: Path) -> list[object] | None:
        read.append(path)
        return plain(data, path=path)

    monkeypatch.setattr(workspace, "_release_id_of", spy)
    po = next((ws / "locales" / "fr" / "LC_MESSAGES").glob("*.po"))  # (the sample's)
    po.write_text(po.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    cli("build", "--jobs", "1")
    assert len(calls) == 1 and read == []  # checked up front, every id from the memo


def _garbage_of_a_build(ws: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> int:
    """The objects in reference cycles a build holds uncollected when ``builder.build``
    returns, its collector still paused (``paused_collector``): what stays to the end."""
    import gc

    from transpub import builder

    found: list[int] = []
    plain = builder.build

    def counted(*args: object, **kwargs: object) -> builder.BuildReport:
        report = plain(*args, **kwargs)  # type: ignore[arg-type]
        assert not gc.isenabled()  # (the main process's collector is paused here)
        found.append(gc.collect())
        return report

    monkeypatch.setattr(builder, "build", counted)
    gc.collect()
    cli("build", "--jobs", "1")
    monkeypatch.setattr(builder, "build", plain)
    assert found, cli.out
    return found[0]


def test_a_fresh_build_leaves_no_cyclic_garbage_per_release(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The build's main process runs with its collector paused (``paused_collector``), so an
    object left in a reference cycle stays until the end of the run: reading the ids must not
    make any per release (lxml's ``iterparse`` made ~60 a source: +19 MB at N = 1000). What
    the command line's parser leaves (argparse's formatters) is the same for any size."""
    counts = []
    for name, keep in (("small", 2), ("large", 9)):
        ws = _workspace(tmp_path, name)
        for extra in sorted((ws / "source").glob("*.xml"))[keep:]:
            extra.unlink()
        counts.append(_garbage_of_a_build(ws, cli_factory(ws), monkeypatch))
    assert counts[1] - counts[0] < 7, counts


def test_a_rebuild_that_reads_every_id_leaves_no_cyclic_garbage_per_release(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A rebuild checks the ids up front (``check_unique_ids``, lxml's ``iterparse``, which
    makes cycles), inside the main process's paused collector: with its memo of ids gone,
    it reads every source, and what that leaves must not stay to the end of the run."""
    counts = []
    for name, keep in (("small", 2), ("large", 9)):
        ws = _workspace(tmp_path, name)
        for extra in sorted((ws / "source").glob("*.xml"))[keep:]:
            extra.unlink()
        cli = cli_factory(ws)
        cli("build", "--jobs", "1")
        (ws / ".transpub-cache" / "stat-release-ids.json").unlink(missing_ok=True)
        edited = sorted((ws / "source").glob("r*.xml"))[0]  # (a rebuild, not a no-op)
        edited.write_text(edited.read_text(encoding="utf-8").replace(
            "Strategic Dialogue 0", "Strategic Talks 0", 1), encoding="utf-8")
        counts.append(_garbage_of_a_build(ws, cli, monkeypatch))
    assert counts[1] - counts[0] < 7, counts
