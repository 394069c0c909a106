"""A parallel build in a fresh clone: no ``.transpub-cache`` folder (git ignores it).

Every build worker stages the cache folder's ``.gitignore`` beside its segment cache entries,
under the run's one token: the main process adopted the same name once per worker and its
commit renamed the one temporary file twice, failing the whole build with
"``.transpub-cache/.gitignore``: cannot write: No such file or directory" (since the staged
pages went by name, 2026-12-01). A CI job building a fresh clone of a workspace of eight
releases or more met it on every run.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from transpub.statmemo import IGNORE_FILE

from conftest import SAMPLE_TEXT, Cli, run_subprocess


@pytest.mark.parametrize("jobs", ["2", "1"])
def test_a_build_without_the_cache_folder(workspace: Path, cli: Cli, jobs: str) -> None:
    for number in range(9):
        cli("import", str(SAMPLE_TEXT), "--slug", f"copy-{number}")
    cli("extract")
    shutil.rmtree(workspace / ".transpub-cache")  # as a fresh clone has it
    done = run_subprocess(["build", "--jobs", jobs], workspace)
    assert done.returncode == 0, done.stderr
    assert "10 release(s), 60 page(s) rebuilt" in done.stdout
    assert (workspace / ".transpub-cache" / ".gitignore").read_bytes() == IGNORE_FILE
    leftovers = [p for p in workspace.rglob("*.transpub-tmp")]
    assert leftovers == []
