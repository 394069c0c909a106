"""``[paths]`` in transpub.toml: folders inside the workspace, the output none of the others.

transpub.toml arrives in pull requests and CI builds what it says: ``output = "/"`` had written
/ar … /zh and /.transpub-build.json as root, ``output = "source"`` wrote pages among the
sources (a hostile-content pass, h3 repros 11 and 42). Every case here names a folder under
``tmp_path``, so that a regression writes nowhere else.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import Cli


def _set_paths(ws: Path, **values: str) -> int:
    """Set ``[paths]`` keys in the workspace's transpub.toml; the line of the last one."""
    config = ws / "transpub.toml"
    lines = config.read_text(encoding="utf-8").split("\n")
    line = 0
    for key, value in values.items():
        line = next(n for n, text in enumerate(lines, 1) if text.startswith(f"{key} = "))
        lines[line - 1] = f"{key} = {value!r}".replace("'", '"')
    config.write_text("\n".join(lines), encoding="utf-8")
    return line


@pytest.mark.parametrize(("key", "value", "message"), [
    ("output", "{outside}", r"\[paths\] output = '.*elsewhere' is outside the workspace"),
    ("output", "../dotdot", r"\[paths\] output = '../dotdot' is outside the workspace"),
    ("output", "output/../../dotdot", r"output = 'output/../../dotdot' is outside"),
    ("locales", "../shared", r"\[paths\] locales = '../shared' is outside the workspace"),
    ("source", "", r"\[paths\] source is empty"),
    ("output", "source", r"\[paths\] output is the source folder \(source = 'source'\)"),
    ("output", ".", r"\[paths\] output holds the source folder"),
    ("output", "locales/www", r"\[paths\] output is inside the locales folder"),
], ids=["absolute", "dotdot", "normalised", "locales-outside", "empty", "source", "root",
        "in-locales"])
def test_a_folder_outside_the_workspace_or_among_its_inputs_is_refused(
        workspace: Path, cli: Cli, key: str, value: str, message: str) -> None:
    outside = workspace.parent / "elsewhere"
    line = _set_paths(workspace, **{key: value.format(outside=outside)})
    before = sorted(p.relative_to(workspace.parent) for p in workspace.parent.rglob("*"))
    cli("build", expect=2)
    assert cli.err.count("\n") == 1, cli.err
    assert cli.err.startswith(f"transpub: error: transpub.toml:{line}: "), cli.err
    assert re.search(message, cli.err), cli.err
    assert sorted(p.relative_to(workspace.parent)
                  for p in workspace.parent.rglob("*")) == before  # nothing written


def test_a_symlink_to_elsewhere_is_elsewhere(workspace: Path, cli: Cli) -> None:
    (workspace.parent / "elsewhere").mkdir()
    (workspace / "www").symlink_to(workspace.parent / "elsewhere")
    _set_paths(workspace, output="www")
    cli("build", expect=2)
    assert "[paths] output = 'www' is outside the workspace" in cli.err
    assert not any((workspace.parent / "elsewhere").iterdir())


def test_a_deployment_may_allow_folders_outside(workspace: Path, cli: Cli,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Whoever runs transpub (not the file) may allow it; a folder inside, named however, is
    fine without."""
    _set_paths(workspace, output=str(workspace / "site"))
    cli("build")
    assert (workspace / "site" / "fr").is_dir()
    outside = workspace.parent / "www"
    _set_paths(workspace, output=str(outside))
    monkeypatch.setenv("TRANSPUB_OUTSIDE_PATHS", "1")
    cli("build")
    assert (outside / "fr").is_dir()
