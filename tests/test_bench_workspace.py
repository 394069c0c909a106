"""The benchmark's copy of a corpus workspace: the sources, the settings and the termbase,
never state a command run in the corpus left there (a segment cache made by other code made the
timed fresh extract read and delete 1,000 stale entries, at one size only), and the synced
file system each timed step starts from."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import run as bench


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_the_copy_leaves_out_the_corpus_workspace_cache(tmp_path: Path) -> None:
    ws = tmp_path / "corpus" / "workspace"
    for name, text in (("transpub.toml", "[project]\n"), ("source/r1.xml", "<release/>"),
                       ("locales/termbase.tbx", "<tbx/>"),
                       (".transpub-cache/segments/r1.xml.seg", "stale"),
                       (".transpub-cache/extract.json", "{}")):
        (ws / name).parent.mkdir(parents=True, exist_ok=True)
        (ws / name).write_text(text, encoding="utf-8")
    copy = tmp_path / "run" / "transpub"
    bench.copy_workspace(tmp_path / "corpus", copy)
    assert _files(copy) == {"transpub.toml", "source/r1.xml", "locales/termbase.tbx"}
    assert (copy / "source" / "r1.xml").read_text(encoding="utf-8") == "<release/>"


def test_each_step_starts_from_a_synced_file_system(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """``measure`` syncs once before a step's first command and never inside the timed
    region: a step does not pay for the writeback of the set-up before it."""
    events: list[str] = []
    monkeypatch.setattr(bench.os, "sync", lambda: events.append("sync"))

    def run_one(cmd: list[str], *_args: object) -> bench.Usage:
        events.append(cmd[0])
        return bench.Usage()

    monkeypatch.setattr(bench, "_run_one", run_one)
    step = bench.Step(10, "tool", "extract", "a b", units=10, unit="doc", measured_docs=10)
    bench.measure(step, [["a"], ["b"]], tmp_path, tmp_path / "log")
    assert events == ["sync", "a", "b"]
