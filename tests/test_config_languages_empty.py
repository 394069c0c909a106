"""``languages = []`` in transpub.toml is an error naming its line (session 61, hostile
input): it had been accepted, and every command did nothing and said so as a success (a build
published no page, a check checked no file, exit 0)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Cli, copy_sample


@pytest.mark.parametrize("written", ["[]", "[ ]", "[\n]"], ids=["empty", "space", "lines"])
@pytest.mark.parametrize("command", ["build", "check", "extract", "stats"])
def test_no_language_is_an_error_naming_the_line(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], command: str, written: str) -> None:
    ws = copy_sample(tmp_path)
    config = ws / "transpub.toml"
    lines = config.read_text(encoding="utf-8").split("\n")
    line = next(n for n, text in enumerate(lines, 1) if text.startswith("languages = "))
    lines[line - 1] = f"languages = {written}"
    config.write_text("\n".join(lines), encoding="utf-8")
    before = sorted(p.relative_to(ws) for p in ws.rglob("*"))
    cli = cli_factory(ws)
    cli(command, expect=2)
    assert cli.err == (f"transpub: error: transpub.toml:{line}: [project] languages is empty: "
                       "name the languages the releases are published in (the default: ar, "
                       "zh, en, fr, ru, es)\n"), cli.err
    assert sorted(p.relative_to(ws) for p in ws.rglob("*")) == before  # nothing written


@pytest.mark.parametrize("written", ['["fr", "xx"]', '[""]', '[" "]'])
def test_an_unknown_code_is_said_on_the_languages_line(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], written: str) -> None:
    """(It had been said on source_language's line, the one above.)"""
    ws = copy_sample(tmp_path)
    config = ws / "transpub.toml"
    lines = config.read_text(encoding="utf-8").split("\n")
    line = next(n for n, text in enumerate(lines, 1) if text.startswith("languages = "))
    lines[line - 1] = f"languages = {written}"
    config.write_text("\n".join(lines), encoding="utf-8")
    cli = cli_factory(ws)
    cli("stats", expect=2)
    assert cli.err.startswith(f"transpub: error: transpub.toml:{line}: "), cli.err


def _languages(ws: Path, written: str) -> int:
    """``languages = written`` in the workspace's transpub.toml; the line it is on."""
    config = ws / "transpub.toml"
    lines = config.read_text(encoding="utf-8").split("\n")
    line = next(n for n, text in enumerate(lines, 1) if text.startswith("languages = "))
    lines[line - 1] = f"languages = {written}"
    config.write_text("\n".join(lines), encoding="utf-8")
    return line


@pytest.mark.parametrize("written", ['["en"]', '["en_GB"]', '[\n  "en-US",\n]'])
@pytest.mark.parametrize("command", ["build", "check", "extract"])
def test_the_source_language_alone_is_an_error_naming_the_line(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], command: str, written: str) -> None:
    """(It had been accepted: extract wrote the English catalogue alone, check checked nothing,
    build published the source, each exiting 0.)"""
    ws = copy_sample(tmp_path)
    line = _languages(ws, written)
    before = sorted(p.relative_to(ws) for p in ws.rglob("*"))
    cli = cli_factory(ws)
    cli(command, expect=2)
    assert cli.err == (f"transpub: error: transpub.toml:{line}: [project] languages holds only "
                       "the source language, 'en': name the languages the releases are "
                       "translated into too (the default: ar, zh, en, fr, ru, es)\n"), cli.err
    assert sorted(p.relative_to(ws) for p in ws.rglob("*")) == before  # nothing written


@pytest.mark.parametrize("written", ['["en", "fr", "en"]', '["fr", "ru", "fr_FR"]',
                                     '["en", "en-GB", "fr"]'])
def test_a_language_twice_is_an_error_naming_the_line(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], written: str) -> None:
    ws = copy_sample(tmp_path)
    line = _languages(ws, written)
    cli = cli_factory(ws)
    cli("check", expect=2)
    twice = "fr" if "fr_FR" in written else "en"
    assert cli.err == (f"transpub: error: transpub.toml:{line}: language {twice!r} is listed "
                       "twice\n"), cli.err


def test_a_target_alone_is_accepted(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """One language to translate into, the source's pages not published: a workspace's
    choice."""
    ws = copy_sample(tmp_path)
    _languages(ws, '["fr"]')
    cli_factory(ws)("stats")
