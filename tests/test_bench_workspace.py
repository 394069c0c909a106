"""The benchmark's copy of a corpus workspace: the sources, the settings and the termbase,
never state a command run in the corpus left there (a segment cache made by other code made the
timed fresh extract read and delete 1,000 stale entries, at one size only)."""

from __future__ import annotations

import sys
from pathlib import Path

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
