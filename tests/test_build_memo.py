"""A first build hashes its inputs in the workers that read them; the main process remembers
the digests by the files' stat (``StatMemo.remember``), so the next build after a change reads
only what changed. What is remembered must be each file's true digest, and never a digest of
bytes that changed while they were read."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from tests.conftest import SLUG, Cli

from transpub import statmemo
from transpub.statmemo import StatMemo


@pytest.fixture(autouse=True)
def _no_racy_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(statmemo, "RACY_NS", 0)


def _copies(workspace: Path, count: int) -> None:
    """More releases than the build's parallel threshold: the same text under other ids."""
    source = workspace / "source" / f"{SLUG}.xml"
    text = source.read_text(encoding="utf-8")
    for index in range(count):
        slug = f"copy-{index}"
        (workspace / "source" / f"{slug}.xml").write_text(
            text.replace(f'id="{SLUG}"', f'id="{slug}"'), encoding="utf-8")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_first_build_remembers_every_input(cli: Cli, workspace: Path, jobs: str) -> None:
    _copies(workspace, 9)
    cli("extract")
    cli("build", "--jobs", jobs)
    memo = json.loads((workspace / ".transpub-cache" / "stat-inputs.json").read_text())
    remembered = {key.split(":", 1)[1]: entry[-1] for key, entry in memo["files"].items()
                  if key.startswith("sha256:")}
    inputs = sorted((workspace / "source").glob("*.xml"))
    inputs += sorted((workspace / "locales").glob("*/LC_MESSAGES/*.po"))
    assert len(inputs) == 10 * 7
    for path in inputs:
        assert remembered[os.fspath(path)] == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_changed_while_it_was_read_is_not_remembered(tmp_path: Path) -> None:
    target = tmp_path / "a.po"
    target.write_bytes(b"one")
    before = target.stat()
    target.write_bytes(b"three")  # changed during the read: its stat moved
    memo = StatMemo(tmp_path / "memo.json")
    memo.remember(str(target), "sha256", "x" * 64, before, before.st_mtime_ns + 10**10,
                  target.stat())
    assert memo.entries == {}
    after = target.stat()
    memo.remember(str(target), "sha256", "y" * 64, after, after.st_mtime_ns + 10**10, after)
    assert memo.digest(str(target)) == "y" * 64
