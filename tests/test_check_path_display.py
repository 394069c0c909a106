"""The file a finding names, for ``check FILES``: relative to the working folder when the file
is inside it, else absolute (it had been ``../../tmp/w/fr.po`` from a checkout in /work)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

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


def test_sarif_uris_are_uri_references(tmp_path: Path,
                                       cli_factory: Callable[[Path], Cli]) -> None:
    """SARIF's ``artifactLocation.uri`` is a ``uri-reference``: a folder «communiqués de
    presse» and a ``#`` percent-encoded (they were written raw), an outside file a ``file:``
    URI; decoded, each is the file's name in the other reports."""
    here = tmp_path / "work" / "communiqués de presse"
    here.mkdir(parents=True)
    text = (REPO / PO).read_text(encoding="utf-8").replace("le 9 décembre 2020",
                                                           "le 8 décembre 2020")
    (here / "fr #1.po").write_text(text, encoding="utf-8")
    (tmp_path / "out.po").write_text(text, encoding="utf-8")
    cli = cli_factory(tmp_path / "work")
    cli("check", "communiqués de presse/fr #1.po", str(tmp_path / "out.po"), "--format",
        "sarif", expect=1)
    uris = {result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for result in json.loads(cli.out)["runs"][0]["results"]}
    assert uris == {"communiqu%C3%A9s%20de%20presse/fr%20%231.po",
                    (tmp_path / "out.po").as_uri()}
    assert all(" " not in uri and "#" not in uri for uri in uris)
    assert unquote(min(uris)) == "communiqués de presse/fr #1.po"
