"""The file a finding names, for ``check FILES``: relative to the working folder when the file
is inside it, else absolute (it had been ``../../tmp/w/fr.po`` from a checkout in /work)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from conftest import REPO, Cli

PO = "locales/fr/LC_MESSAGES/unoct-qatar-strategic-dialogue-2020.po"


def _files(cli: Cli, *paths: str) -> set[str]:
    cli("check", *paths, "--format", "json", "--fail-on", "error", expect=None)
    return {finding["file"] for finding in json.loads(cli.out)["findings"]}


def test_inside_relative_outside_absolute(tmp_path: Path,
                                          cli_factory: Callable[[Path], Cli]) -> None:
    here, there = tmp_path / "work" / "repo", tmp_path / "elsewhere"
    for folder in (here, there):
        folder.mkdir(parents=True)
        # (a wrong date: a finding in each file)
        text = (REPO / PO).read_text(encoding="utf-8").replace("le 9 décembre 2020", "le 8 "
                                                                "décembre 2020")
        (folder / "fr.po").write_text(text, encoding="utf-8")
    cli = cli_factory(here)
    assert _files(cli, "fr.po", str(there / "fr.po")) == {"fr.po", str(there / "fr.po")}
    assert _files(cli, "../../elsewhere/fr.po") == {str(there / "fr.po")}
    assert _files(cli, str(here / "fr.po")) == {"fr.po"}
