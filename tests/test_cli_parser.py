"""The command line builds only the parser of the command it runs (``cli._parser(only)``):
it must parse, refuse and explain exactly as the whole parser does."""

from __future__ import annotations

import argparse
import contextlib
import io

import pytest

from transpub import cli


def _outcome(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[object, str, str]:
    """What parsing ``argv`` gives: the namespace (or the exit code), stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result: object = vars(parser.parse_args(argv))
        except SystemExit as exc:
            result = ("exit", exc.code)
    return result, out.getvalue(), err.getvalue()


def test_the_commands_listed_are_the_parsers_commands() -> None:
    parser = cli._parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert tuple(commands.choices) == cli._COMMANDS


ARGVS = [
    ["check"], ["check", "-o", "r.txt", "--no-cache", "--format", "json", "-j", "2"],
    ["check", "a.po", "b.po", "--lang", "fr", "--lang", "ru", "--select", "TP1", "-q"],
    ["check", "-C", "ws", "--matrix", "--sarif", "s.sarif", "--baseline", "b.json"],
    ["check", "--format", "xml"], ["check", "--jobs", "two"], ["check", "--nope"],
    ["check", "--help"], ["check", "-h"],
    ["build"], ["build", "r1", "--lang", "ar", "--strict", "--min-complete", "80"],
    ["build", "--shard", "1/2", "-q"], ["build", "--min-complete", "x"], ["build", "--help"],
    ["extract"], ["extract", "--dry-run", "r1", "r2"], ["extract", "--jobs"],
    ["init", "ws"], ["init"], ["import", "a.md", "--slug", "s", "--force"],
    ["stats", "--format", "json"], ["tm", "export", "m.tmx", "--lang", "fr"], ["tm", "push", "x"],
    ["review", "r1", "-o", "r.html"], ["xliff", "export", "--version", "2.1"],
    ["xliff", "import", "a.xlf", "--theirs"], ["xliff"], ["xliff", "export", "--help"],
    ["validate", "a.xml"], ["validate", "--help"],
]


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_one_commands_parser_parses_as_the_whole_one(argv: list[str]) -> None:
    only = cli._command_named(argv)
    assert only == argv[0]  # (every case here starts with its command)
    assert _outcome(cli._parser(only), argv) == _outcome(cli._parser(), argv)


@pytest.mark.parametrize("argv", [[], ["--help"], ["--version"], ["-q", "check"],
                                  ["-C", "ws", "build"], ["chek"], ["--nope"]],
                         ids=lambda argv: " ".join(argv) or "nothing")
def test_anything_else_gets_the_whole_parser(argv: list[str]) -> None:
    assert cli._command_named(argv) is None
    _result, out, err = _outcome(cli._parser(), argv)
    if argv == ["--help"]:
        assert all(command in out for command in cli._COMMANDS)  # all of them, listed
    if argv == ["chek"]:  # the mistake is told with every command the user could have meant
        assert all(repr(command) in err for command in cli._COMMANDS)


def test_the_cli_runs_a_command_with_its_parser_only(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str | None] = []
    whole = cli._parser

    def spy(only: str | None = None) -> argparse.ArgumentParser:
        built.append(only)
        return whole(only)

    monkeypatch.setattr(cli, "_parser", spy)
    with pytest.raises(SystemExit):
        cli.main(["validate", "--help"])
    with pytest.raises(SystemExit):
        cli.main(["--version"])
    assert built == ["validate", None]
