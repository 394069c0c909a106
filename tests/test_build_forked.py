"""A parallel build (``workers.Forked``: the main process builds releases too, beside forked
workers) fails as a serial one does, whichever process meets the broken file: one line naming
the file and line, exit 2, no page replaced, no temporary file left."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import SAMPLE_TEXT, Cli

#: More releases than ``builder.PARALLEL_THRESHOLD``: ``--jobs 2`` forks a worker.
RELEASES = 10


def _digests(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("index", [0, 1, RELEASES - 1],
                         ids=["main process's first", "worker's first", "last"])
def test_a_broken_po_file_fails_a_parallel_build_whoever_builds_it(
        workspace: Path, cli: Cli, index: int) -> None:
    from transpub import builder

    assert RELEASES - 1 >= builder.PARALLEL_THRESHOLD
    for number in range(RELEASES - 1):
        cli("import", str(SAMPLE_TEXT), "--slug", f"copy-{number}")
    cli("extract")
    cli("build", "--jobs", "2")
    before = _digests(workspace / "output")
    assert sum(name.endswith(".html") for name in before) == RELEASES * 6 + 6

    # the index-th release in the build's order (the sources sorted by name); worker k of a
    # ``Forked`` run starts with release k, the main process with release 0
    slug = sorted(p.stem for p in (workspace / "source").glob("*.xml"))[index]
    po_file = workspace / "locales" / "fr" / "LC_MESSAGES" / f"{slug}.po"
    lines = po_file.read_text(encoding="utf-8").splitlines(keepends=True)
    broken_line = len(lines) + 2
    po_file.write_text("".join(lines) + '\nmsgid "an unterminated string\nmsgstr ""\n',
                       encoding="utf-8")

    code = cli("build", "--jobs", "2", "--force", expect=None)
    assert code == 2
    error = cli.err.strip()
    assert len(error.splitlines()) == 1, error
    assert f"{slug}.po" in error and f":{broken_line}" in error, error
    assert "Traceback" not in cli.err
    assert _digests(workspace / "output") == before  # nothing replaced, nothing added
    assert not [p for p in workspace.rglob("*") if "transpub-tmp" in p.name]
