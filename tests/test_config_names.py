"""The project's name in transpub.toml holds nothing a page may not (session 61, hostile
input). TOML lets a name hold any character written as ``"\\u202e"``: the name is every index
page's ``<title>`` and heading, where a U+202E showed the rest reversed, an unclosed U+202B laid
out the index right to left, and a U+0085 made a page vnu refuses."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Cli, copy_sample

#: (what TOML writes, the code point the error names, what it calls it)
BAD = [
    ("\\u202e", "U+202E", "bidi override"),
    ("\\u202b", "U+202B", "bidi embedding U+202B (RLE) never closed"),
    ("\\u2067", "U+2067", "bidi isolate U+2067 (RLI) never closed"),
    ("\\u0085", "U+0085", "control character"),
    ("\\u001b[31m", "U+001B", "control character"),
    ("\\n", "U+000A", "control character"),
    ("\\uf0b7", "U+F0B7", "private-use character"),
    ("\\ufffe", "U+FFFE", "noncharacter"),
]


def _set(ws: Path, key: str, value: str) -> int:
    """``key = "value"`` (as TOML writes it) in the workspace's transpub.toml; its line."""
    config = ws / "transpub.toml"
    lines = config.read_text(encoding="utf-8").split("\n")
    line = next(n for n, text in enumerate(lines, 1) if text.startswith(f"{key} = "))
    lines[line - 1] = f'{key} = "{value}"'
    config.write_text("\n".join(lines), encoding="utf-8")
    return line


@pytest.mark.parametrize("key", ["name", "fr"], ids=["name", "names.fr"])
@pytest.mark.parametrize(("written", "code", "kind"), BAD, ids=[b[1] for b in BAD])
def test_a_name_holding_what_no_page_may_is_an_error_naming_its_line(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], key: str, written: str, code: str,
        kind: str) -> None:
    ws = copy_sample(tmp_path)
    line = _set(ws, key, f"UNOCT {written}press")
    cli = cli_factory(ws)
    cli("build", expect=2)
    assert cli.err.count("\n") == 1, cli.err
    what = r"\[project\] name" if key == "name" else r"\[project\] names: the name in 'fr'"
    assert re.match(rf"transpub: error: transpub.toml:{line}: {what} holds the "
                    rf"{re.escape(kind)}.*after «UNOCT ».*: remove it$", cli.err), cli.err
    assert code in cli.err
    assert not (ws / "output").exists()  # nothing written


def test_a_closed_isolate_and_right_to_left_text_are_names(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    _set(ws, "name", "UNOCT \\u2067مكتب\\u2069 \\u200fpress")
    cli = cli_factory(ws)
    cli("build", expect=0)
    index = (ws / "output" / "en" / "index.html").read_text(encoding="utf-8")
    assert "UNOCT \u2067مكتب\u2069 \u200fpress" in index


@pytest.mark.parametrize(("folder", "name"), [
    ('Press "2025"', 'Press "2025"'),  # quotes: had written name = "Press "2025"", not TOML
    ("back\\slash", "back\\slash"),
    ("ctl\x01x", "ctlx"),  # what no page may hold is left out, or the workspace refuses it
    ("rl\u202eo", "rlo"),
])
def test_init_writes_the_folders_name_as_toml_reads_it(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], folder: str, name: str) -> None:
    ws = tmp_path / folder
    ws.mkdir()
    cli = cli_factory(ws)
    cli("init", ".")
    cli("stats", "--format", "json")  # reads transpub.toml: no error
    data = tomllib.loads((ws / "transpub.toml").read_text(encoding="utf-8"))
    assert data["project"]["name"] == name
