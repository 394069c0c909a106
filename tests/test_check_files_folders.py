"""``check FILES`` as CI and pre-commit call it: a folder among FILES stands for the PO files
under it (as pofilter takes one), and files of a workspace named from outside it (a monorepo's
root, where pre-commit runs the ``transpub-check`` hook on ``press/locales/…``) are checked
against that workspace's termbase, as from inside it (they had been checked against their
notes only); ``-C`` a folder that does not exist is said so."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from conftest import REPO, Cli

RU = "locales/ru/LC_MESSAGES/unoct-qatar-strategic-dialogue-2020.po"


def _monorepo(tmp_path: Path) -> Path:
    press = tmp_path / "repo" / "press"
    press.mkdir(parents=True)
    shutil.copy2(REPO / "transpub.toml", press / "transpub.toml")
    for name in ("source", "locales"):
        shutil.copytree(REPO / name, press / name)
    return press.parent


def _report(cli: Cli, *args: str) -> tuple[dict, str]:  # type: ignore[type-arg]
    cli("check", *args, "--format", "json", "--fail-on", "error", expect=None)
    return json.loads(cli.out), cli.err


def _seen(report: dict) -> set[tuple[str, str, str]]:  # type: ignore[type-arg]
    return {(Path(f["file"]).name, f["code"], f["message"]) for f in report["findings"]}


def test_files_of_a_workspace_from_its_monorepos_root(tmp_path: Path,
                                                      cli_factory: Callable[[Path], Cli]) -> None:
    root = _monorepo(tmp_path)
    inside, _ = _report(cli_factory(root / "press"), RU)
    outside, err = _report(cli_factory(root), f"press/{RU}")
    assert "notes hold" not in err  # (the workspace's termbase, not the notes')
    assert _seen(outside) == _seen(inside)


def test_a_folder_stands_for_its_po_files(tmp_path: Path,
                                          cli_factory: Callable[[Path], Cli]) -> None:
    root = _monorepo(tmp_path)
    cli = cli_factory(root)
    named = sorted(str(p.relative_to(root)) for p in (root / "press" / "locales").rglob("*.po"))
    by_name, _ = _report(cli, *named)
    by_folder, _ = _report(cli, "press/locales")
    assert by_folder["summary"]["files"] == by_name["summary"]["files"] == len(named) > 1
    assert _seen(by_folder) == _seen(by_name)
    (root / "empty").mkdir()
    cli("check", "empty", expect=2)
    assert cli.err.strip() == "transpub: error: empty: a folder holding no PO file"


def test_minus_c_a_folder_that_is_not_there(tmp_path: Path,
                                            cli_factory: Callable[[Path], Cli]) -> None:
    cli = cli_factory(tmp_path)
    cli("-C", str(tmp_path / "nowhere"), "check", expect=2)
    assert cli.err.strip() == "transpub: error: nowhere: no such folder"  # (it said "no
    # transpub.toml in …/nowhere or above")
