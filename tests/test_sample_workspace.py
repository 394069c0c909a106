"""The repository root is a transpub workspace holding the sample release in six languages."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from conftest import REPO, SLUG, Cli, msgfmt

TARGETS = ("fr", "es", "ru", "ar", "zh")


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "repo"
    copy.mkdir()
    for name in ("transpub.toml", "source", "locales", "output"):
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, copy / name)
        else:
            shutil.copy2(src, copy / name)
    return copy


@pytest.mark.parametrize("lang", TARGETS)
def test_every_unit_is_translated(lang: str) -> None:
    po = polib.pofile(str(REPO / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"))
    active = [e for e in po if e.msgid and not e.obsolete]
    assert len(active) == 18
    assert all(e.msgstr and not e.fuzzy for e in active), [e.msgctxt for e in active
                                                           if not e.msgstr or e.fuzzy]


def test_repository_po_files_pass_msgfmt() -> None:
    tool = msgfmt()
    files = sorted((REPO / "locales").rglob("*.po"))
    assert len(files) == 6
    for po_file in files:
        result = subprocess.run([tool, "--check", "-o", os.devnull, str(po_file)],
                                capture_output=True, text=True, check=False)
        assert result.returncode == 0 and "warning" not in result.stderr, result.stderr
    # a template keeps xgettext's placeholder header values, which msgfmt only warns about
    for pot in sorted((REPO / "locales").glob("*.pot")):
        result = subprocess.run([tool, "--check", "-o", os.devnull, str(pot)],
                                capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr


def test_committed_outputs_are_what_build_makes(repo_copy: Path,
                                                cli_factory) -> None:  # type: ignore[no-untyped-def]
    cli: Cli = cli_factory(repo_copy)
    cli("extract")
    cli("build")
    for path in sorted((REPO / "output").rglob("*.*")):
        if path.name == ".transpub-build.json":
            # (the build's record, not committed (.gitignore): a local one keys its pages on
            # the code that built them, stale after any change to transpub until a build)
            continue
        rel = path.relative_to(REPO)
        assert (repo_copy / rel).read_bytes() == path.read_bytes(), f"{rel} is stale: run build"
    for path in sorted((REPO / "locales").rglob("*.po*")):
        rel = path.relative_to(REPO)
        assert (repo_copy / rel).read_bytes() == path.read_bytes(), f"{rel} changed on extract"


def test_sample_pages_show_no_fallback() -> None:
    from lxml import html

    for lang in TARGETS:
        tree = html.parse(str(REPO / "output" / lang / f"{SLUG}.html")).getroot()
        assert not tree.xpath("//*[contains(@class, 'untranslated')]"), lang
