"""When a whole check forks its workers (issue 13, the check's memory): a forked worker counts
its parent's resident pages in its own RSS, so it is forked before the plan when the cache is
nearly empty, and, when the cache holds entries, as soon as the first files planned show that
most of them miss it (translations changed since the cache was filled, a workspace moved),
not after the whole plan: at N = 1000 the worker's peak went from 67 to 58 MB. A cache that
serves the files forks nothing early. Whichever way, the report is a serial, uncached run's."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import transpub.checker
import transpub.checkwhole
from test_check_whole import _workspace

from conftest import Cli


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """For each pool a check starts, how many releases it had planned by then."""
    planned = [0]
    started: list[int] = []
    plan = transpub.checkwhole._plan
    start = transpub.checker._start_pool
    check = transpub.checker.check_workspace

    def counted_check(*args: Any, **kwargs: Any) -> Any:
        planned[0] = 0  # (each run counts from its start)
        return check(*args, **kwargs)

    def counted_plan(*args: Any, **kwargs: Any) -> Any:
        planned[0] += 1
        return plan(*args, **kwargs)

    def counted_start(*args: Any, **kwargs: Any) -> Any:
        started.append(planned[0])
        return start(*args, **kwargs)

    monkeypatch.setattr(transpub.checker, "check_workspace", counted_check)
    monkeypatch.setattr(transpub.checkwhole, "_plan", counted_plan)
    monkeypatch.setattr(transpub.checker, "_start_pool", counted_start)
    # one release's five files make the sample (the workspace has three releases, 15 files)
    monkeypatch.setattr(transpub.checkwhole, "EARLY_SAMPLE", 5)
    yield started


def _report(cli: Cli, *args: str) -> dict[str, Any]:
    assert cli("check", "--format", "json", *args, expect=None) in (0, 1), cli.err
    return json.loads(cli.out)  # type: ignore[no-any-return]


def _every_po(ws: Path, change: Callable[[bytes], bytes]) -> None:
    for po in sorted((ws / "locales").glob("*/LC_MESSAGES/*.po")):
        po.write_bytes(change(po.read_bytes()))


def test_workers_are_forked_after_the_first_files_planned_when_they_miss_the_cache(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], forks: list[int]) -> None:
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    truth = _report(cli, "--no-cache", "--jobs", "1")
    assert forks == []
    # an empty cache: forked before the plan
    assert _report(cli, "--jobs", "2") == truth
    assert forks == [0]
    # nothing changed: every file is the cache's, no worker is forked
    forks.clear()
    assert _report(cli, "--jobs", "2") == truth
    assert forks == []
    # every PO file changed (a blank line added to each): the cache holds entries, none of
    # them this run's; forked once the first release is planned, not after the third
    _every_po(ws, lambda data: data + b"\n")
    truth = _report(cli, "--no-cache", "--jobs", "1")
    forks.clear()
    assert _report(cli, "--jobs", "2") == truth
    assert forks == [1]


def test_a_cache_that_serves_the_first_files_forks_no_worker_early(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], forks: list[int]) -> None:
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    assert _report(cli, "--jobs", "2")["findings"]
    assert forks == [0]
    # the files of every release but the first planned (the sources in name order) changed:
    # the first release's five are the cache's, so the sample says the cache serves the run
    # and no worker is forked then; nor after the plan, for ten files to check (fewer than
    # ``checker.PARALLEL_THRESHOLD``)
    first, *others = [path.stem for path in sorted((ws / "source").glob("*.xml"))]
    assert len(others) == 2
    for slug in others:
        for po in sorted((ws / "locales").glob(f"*/LC_MESSAGES/{slug}.po")):
            po.write_bytes(po.read_bytes() + b"\n")
    truth = _report(cli, "--no-cache", "--jobs", "1")
    forks.clear()
    assert _report(cli, "--jobs", "2") == truth
    assert forks == []
    # all three releases' files changed: forked after the first release planned
    for po in sorted((ws / "locales").glob(f"*/LC_MESSAGES/{first}.po")):
        po.write_bytes(po.read_bytes() + b"\n")
    truth = _report(cli, "--no-cache", "--jobs", "1")
    assert _report(cli, "--jobs", "2") == truth
    assert forks == [1]
