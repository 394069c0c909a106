"""The file a finding names, for ``check FILES``: relative to the working folder (``../ru/…``
from another folder of the workspace), unless the two share no folder but the root: then
absolute (it had been ``../../tmp/w/fr.po`` from a checkout in /work)."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

import pytest

from conftest import REPO, Cli

PO = "locales/fr/LC_MESSAGES/unoct-qatar-strategic-dialogue-2020.po"


def _files(cli: Cli, *paths: str) -> set[str]:
    cli("check", *paths, "--format", "json", "--fail-on", "error", expect=None)
    return {finding["file"] for finding in json.loads(cli.out)["findings"]}


def _wrong_date(folder: Path) -> Path:
    """A copy of the French file with a wrong date (a finding in it) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    text = (REPO / PO).read_text(encoding="utf-8").replace("le 9 décembre 2020",
                                                           "le 8 décembre 2020")
    (folder / "fr.po").write_text(text, encoding="utf-8")
    return folder / "fr.po"


def test_relative_unless_only_the_root_is_shared(tmp_path: Path,
                                                 cli_factory: Callable[[Path], Cli]) -> None:
    here, there = tmp_path / "work" / "repo", tmp_path / "elsewhere"
    _wrong_date(here), _wrong_date(there)
    cli = cli_factory(here)
    assert _files(cli, "fr.po", str(there / "fr.po")) == {"fr.po", "../../elsewhere/fr.po"}
    assert _files(cli, str(here / "fr.po")) == {"fr.po"}
    # a file under another top folder than the working one: absolute
    top = next((Path(t) for t in ("/var/tmp", "/dev/shm", "/tmp")
                if Path(t).is_dir() and not tmp_path.is_relative_to(t)), None)
    if top is None:
        pytest.skip("no top folder apart from the test's")
    far = Path(tempfile.mkdtemp(dir=top))
    try:
        assert _files(cli, str(_wrong_date(far))) == {str(far / "fr.po")}
    finally:
        shutil.rmtree(far)


def test_sarif_uris_are_uri_references(tmp_path: Path,
                                       cli_factory: Callable[[Path], Cli]) -> None:
    """SARIF's ``artifactLocation.uri`` is a ``uri-reference``: a folder «communiqués de
    presse» and a ``#`` percent-encoded (they were written raw); decoded, each is the file's
    name in the other reports."""
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
    assert uris == {"communiqu%C3%A9s%20de%20presse/fr%20%231.po", "../out.po"}
    assert all(" " not in uri and "#" not in uri for uri in uris)
    assert {unquote(uri) for uri in uris} == {"communiqués de presse/fr #1.po", "../out.po"}
