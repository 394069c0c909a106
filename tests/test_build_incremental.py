"""Incremental and parallel builds: unchanged pages are not rebuilt; results never differ."""

from __future__ import annotations

import hashlib
from pathlib import Path

import polib

from conftest import SAMPLE_TEXT, SLUG, Cli


def _digests(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*.*")) if p.is_file()}


def test_nothing_changed_rebuilds_nothing(workspace: Path, cli: Cli) -> None:
    cli("build")
    assert "6 page(s) rebuilt" in cli.out
    cli("build")
    assert "0 page(s) rebuilt" in cli.out


def test_one_po_change_rebuilds_one_language(workspace: Path, cli: Cli) -> None:
    cli("build")
    before = _digests(workspace / "output")
    po_file = workspace / "locales" / "es" / "LC_MESSAGES" / f"{SLUG}.po"
    po = polib.pofile(str(po_file))
    po.find("place", by="msgctxt").msgstr = "Nueva York"
    po.save()
    cli("build")
    assert "1 page(s) rebuilt" in cli.out
    after = _digests(workspace / "output")
    changed = {k for k in after if after[k] != before.get(k)}
    assert changed == {f"es/{SLUG}.html", f"es/{SLUG}.xml", ".transpub-build.json"}
    cli("build", "--force")
    assert "6 page(s) rebuilt" in cli.out
    assert _digests(workspace / "output") == after


def test_publishing_a_language_updates_the_other_switchers(workspace: Path, cli: Cli) -> None:
    cli("build", "--min-complete", "50")
    assert "held back" in cli.out
    english = (workspace / "output" / "en" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert 'hreflang="fr"' not in english
    po_file = workspace / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    po = polib.pofile(str(po_file))
    for entry in po:
        entry.msgstr = "[fr] " + entry.msgid
    po.save()
    cli("build", "--min-complete", "50")
    english = (workspace / "output" / "en" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert 'hreflang="fr"' in english


def test_parallel_build_gives_the_same_bytes(workspace: Path, cli: Cli, tmp_path: Path,
                                             cli_factory) -> None:  # type: ignore[no-untyped-def]
    for number in range(9):
        cli("import", str(SAMPLE_TEXT), "--slug", f"copy-{number}")
    cli("extract")
    cli("build", "--jobs", "2", "--force")
    parallel = _digests(workspace / "output")
    cli("build", "--jobs", "1", "--force")
    assert _digests(workspace / "output") == parallel
    index = (workspace / "output" / "fr" / "index.html").read_text(encoding="utf-8")
    assert index.count('href="copy-') == 9
