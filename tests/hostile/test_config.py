"""Every key of transpub.toml, given a value of every wrong type (generated from the schema),
and values of the right type that are out of range: exit 2 with the key's line, nothing
built. ``include_fuzzy = "false"`` in particular must never publish a fuzzy translation."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from transpub.configschema import SCHEMA, STYLE_SCHEMA, Check

from .conftest import assert_refused, assert_untouched, snapshot
from conftest import Cli

#: Wrong values per expected type, as TOML text; generated cases pair each key with each.
WRONG: dict[str, list[str]] = {
    "_string": ["5", "true", '["a"]', "{ a = 1 }", "1.5"],
    "_boolean": ['"false"', '"true"', "0", "1", '["no"]', '"no"'],
    "_number": ['"90"', "true", "[1]", '"high"', "{ x = 1 }"],
    "_strings": ["5", '"ar"', "[1, 2]", '["a", 3]', "true"],
    "_strings_per_language": ["3", '["Amb."]', '{ en = "Amb." }', "{ en = [1] }"],
    "_string_per_language": ["3", '"Communiqués"', '["a"]', "{ fr = 1 }", '{ fr = ["a"] }'],
}


def _cases() -> list[Any]:
    cases = []
    tables: list[tuple[str, dict[str, Check]]] = [*SCHEMA.items(), ("style.fr", STYLE_SCHEMA)]
    for table, keys in tables:
        for key, check in keys.items():
            for value in WRONG[check.__name__]:
                cases.append(pytest.param(table, key, value, id=f"{table}.{key}={value}"))
    return cases


def set_key(config: Path, table: str, key: str, value: str) -> int:
    """Set ``key`` of ``[table]`` to the TOML ``value`` text; returns the line it is on."""
    lines = config.read_text(encoding="utf-8").splitlines()
    header = next((i for i, line in enumerate(lines) if line.strip() == f"[{table}]"), None)
    if header is None:
        lines += ["", f"[{table}]"]
        header = len(lines) - 1
    end = next((i for i in range(header + 1, len(lines)) if lines[i].startswith("[")),
               len(lines))
    existing = next((i for i in range(header + 1, end)
                     if re.match(rf"\s*{re.escape(key)}\s*=", lines[i])), None)
    if existing is None:
        lines.insert(header + 1, f"{key} = {value}")
        existing = header + 1
    else:
        lines[existing] = f"{key} = {value}"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return existing + 1


@pytest.mark.parametrize(("table", "key", "value"), _cases())
def test_wrong_type(ws: Path, hcli: Cli, table: str, key: str, value: str) -> None:
    line = set_key(ws / "transpub.toml", table, key, value)
    before = snapshot(ws)
    code = hcli("build", "--force", expect=None)
    assert_refused(hcli, code, f"transpub.toml:{line}:", contains=key)
    assert_untouched(ws, before)


@pytest.mark.parametrize(("table", "key", "value", "message"), [
    ("memory", "accept_exact", '"sometimes"', "same-role"),
    ("memory", "near_threshold", "5", "between"),
    ("build", "min_complete", "150", "between"),
    ("build", "min_complete", "-1", "between"),
    ("segmentation", "mode", '"word"', "sentence"),
    ("project", "languages", '["ar", "xx-nowhere"]', "xx"),
    ("project", "source_language", '"klingon"', "klingon"),
    ("style.fr", "months", '["a", "b"]', "12"),
    ("style.fr", "colour", '"red"', "unknown"),
    ("style.ru", "locale", '"xx_NOWHERE"', ""),
])
def test_bad_value(ws: Path, hcli: Cli, table: str, key: str, value: str, message: str) -> None:
    line = set_key(ws / "transpub.toml", table, key, value)
    before = snapshot(ws)
    code = hcli("build", "--force", expect=None)
    # a style table's error points at the table; a key's at the key
    names = (f"transpub.toml:{line}:", f"transpub.toml:{line - 1}:")
    assert_refused(hcli, code, *names, contains=message)
    assert_untouched(ws, before)


@pytest.mark.parametrize("text", ["[build\n", "languages = [\n", "a = 1\na = 2\n",
                                  "\x00 = 1\n"])
def test_not_toml(ws: Path, hcli: Cli, text: str) -> None:
    config = ws / "transpub.toml"
    config.write_text(config.read_text(encoding="utf-8") + text, encoding="utf-8")
    before = snapshot(ws)
    code = hcli("build", expect=None)
    assert_refused(hcli, code, "transpub.toml:", contains="TOML")
    assert_untouched(ws, before)


def test_string_false_never_publishes_fuzzy(ws: Path, hcli: Cli) -> None:
    set_key(ws / "transpub.toml", "build", "include_fuzzy", '"false"')
    code = hcli("build", "--force", expect=None)
    assert code == 2
    assert "FUZZY DRAFT" not in (ws / "output" / "fr").joinpath(
        next(p.name for p in (ws / "output" / "fr").glob("*.html") if p.name != "index.html")
    ).read_text(encoding="utf-8")


@pytest.mark.parametrize(("key", "value", "command", "named"), [
    ("output", '"transpub.toml"', "build", "transpub.toml/"),
    ("locales", '"transpub.toml"', "extract", "transpub.toml/"),
    ("locales", '"transpub.toml"', "build", "transpub.toml/"),
    ("source", '"transpub.toml"', "extract", "transpub.toml"),
    ("source", '"transpub.toml"', "build", "transpub.toml"),
    ("source", '"transpub.toml"', "check", "transpub.toml"),
    ("source", '"transpub.toml"', "stats", "transpub.toml"),
    ("termbase", '"source"', "extract", "source"),
    ("termbase", '"source"', "check", "source"),
])
def test_path_is_not_a_folder(ws: Path, hcli: Cli, key: str, value: str, command: str,
                              named: str) -> None:
    """A folder setting that names a file (or a termbase that names a folder)."""
    set_key(ws / "transpub.toml", "paths", key, value)
    if command == "build":  # something to write
        po_file = next((ws / "locales" / "fr" / "LC_MESSAGES").glob("*.po"))
        po_file.write_text(po_file.read_text(encoding="utf-8").replace("[fr]", "[fr2]"),
                           encoding="utf-8")
    before = snapshot(ws)
    code = hcli(command, expect=None)
    assert_refused(hcli, code, named)
    assert_untouched(ws, before)


@pytest.mark.parametrize("raw", [b"\xff\n", b"name = \"\xe9\"\n", b"\xef\xbb\xbf\xfe"])
def test_config_not_utf8(ws: Path, hcli: Cli, raw: bytes) -> None:
    config = ws / "transpub.toml"
    lines = config.read_bytes().count(b"\n")
    config.write_bytes(config.read_bytes() + raw)
    before = snapshot(ws)
    code = hcli("build", expect=None)
    assert_refused(hcli, code, f"transpub.toml:{lines + 1}:", contains="UTF-8")
    assert_untouched(ws, before)
