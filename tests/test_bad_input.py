"""Bad input gets one line naming the file (and line), a non-zero exit, no traceback, and no
half-written output."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import SLUG, Cli, run_subprocess


def _tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _one_line_error(cli: Cli) -> str:
    lines = [line for line in cli.err.splitlines() if line.strip()]
    assert len(lines) == 1, cli.err
    assert lines[0].startswith("transpub: error: ")
    assert "Traceback" not in cli.err
    return lines[0]


@pytest.mark.parametrize(("content", "message"), [
    (b"\xef\xbb\xbfP\x96R", "not UTF-8"),
    (b"\xff\xfeP\x00R", "not UTF-16 text, though its byte-order mark says so"),
    (b"\xff\xfeP\x00R\x00", "no title"),  # UTF-16 read: "PR" is a label alone
    (b"", "empty"),
    (b"   \n\n  \n", "empty"),
    (b"PRESS RELEASE\n\n", "no title"),
])
def test_bad_text_import(workspace: Path, cli: Cli, content: bytes, message: str) -> None:
    bad = workspace / "bad.txt"
    bad.write_bytes(content)
    before = _tree(workspace / "source")
    cli("import", "bad.txt", expect=2)
    line = _one_line_error(cli)
    assert "bad.txt" in line and message in line
    assert _tree(workspace / "source") == before


XML_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<release xmlns="urn:transpub:release:1" id="x" xml:lang="en">\n')


@pytest.mark.parametrize(("content", "message", "line"), [
    (XML_HEAD + "<meta><title>T</title></meta>\n<body><p>unclosed</body></release>",
     "malformed XML", 4),
    ('<?xml version="1.0"?>\n<!DOCTYPE r [\n<!ENTITY a "aaaaaaaaaa">\n<!ENTITY b "&a;&a;&a;">\n'
     ']>\n<release>&b;</release>', "DOCTYPE", 2),
    ('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
     "<release>&x;</release>", "DOCTYPE", 2),
    (XML_HEAD + "<meta><title>   </title></meta>\n<body><p>x</p></body></release>",
     "no title", 3),
    (XML_HEAD + "<meta><title>T</title></meta>\n<body><p>x<script>y</script></p></body>"
     "</release>", "not a valid transpub release", 4),
    (XML_HEAD + '<meta><title>T</title></meta>\n<body><p id="a">x</p>\n<p id="a">y</p></body>'
     "</release>", "duplicate block id", 5),
])
def test_bad_source_xml(workspace: Path, cli: Cli, content: str, message: str,
                        line: int) -> None:
    (workspace / "source" / "broken.xml").write_text(content, encoding="utf-8")
    before = _tree(workspace / "locales")
    for command in ("extract", "build", "validate"):
        cli(command, expect=2)
        text = _one_line_error(cli)
        assert f"broken.xml:{line}: " in text and message in text, text
    assert _tree(workspace / "locales") == before
    assert "passwd" not in cli.err and "root:" not in cli.err


def test_unparsable_po_stops_the_build_and_keeps_outputs(workspace: Path, cli: Cli) -> None:
    cli("build")
    before = _tree(workspace / "output")
    po_file = workspace / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    po_file.write_text(po_file.read_text(encoding="utf-8") + '\nmsgid "dangling\n',
                       encoding="utf-8")
    cli("build", "--force", expect=2)
    text = _one_line_error(cli)
    assert f"fr/LC_MESSAGES/{SLUG}.po:" in text and "PO syntax error" in text
    assert _tree(workspace / "output") == before


def test_missing_config(tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    cli: Cli = cli_factory(tmp_path)
    cli("extract", expect=2)
    assert "no transpub.toml" in _one_line_error(cli)
    cli("-C", str(tmp_path / "nowhere"), "build", expect=2)
    assert "nowhere" in _one_line_error(cli)


def test_malformed_config(workspace: Path, cli: Cli) -> None:
    (workspace / "transpub.toml").write_text("[project\nname = 1\n", encoding="utf-8")
    cli("build", expect=2)
    assert "transpub.toml" in _one_line_error(cli)


def test_unknown_release_and_language(workspace: Path, cli: Cli) -> None:
    cli("build", "no-such-release", expect=2)
    assert "no such release" in _one_line_error(cli)
    cli("build", "--lang", "de", expect=2)
    assert "not a language of transpub.toml" in _one_line_error(cli)


@pytest.mark.parametrize("command", [["build"], ["check"], ["stats"], ["xliff", "export"],
                                     ["tm", "export", "memory.tmx"]])
def test_every_lang_option_refuses_alike(workspace: Path, cli: Cli, command: list[str]) -> None:
    # a language the workspace does not have is an error for every command, never an empty run
    for tag, words in (("de", "(German) is not one of"), ("zh_TW", "is not zh (Simplified")):
        cli(*command, "--lang", tag, expect=2)
        assert f"--lang {tag}: not a language of transpub.toml" in _one_line_error(cli)
        assert words in cli.err
    cli(*command, "--lang", "xx", expect=2)
    assert "unknown language code 'xx'" in _one_line_error(cli)


@pytest.mark.parametrize("command", [["build", "--force"], ["check"], ["stats"]])
def test_lang_option_takes_tags_as_other_tools_write_them(workspace: Path, cli: Cli,
                                                          command: list[str]) -> None:
    # fr_FR (gettext's locale) and zh-Hans-CN (BCP 47) name the workspace's fr and zh
    cli(*command, "--lang", "fr_FR", "--lang", "zh-Hans-CN", expect=None)
    assert "error" not in cli.err
    if command[0] == "build":
        assert (workspace / "output" / "fr").is_dir() and not (workspace / "output" / "es").exists()


@pytest.mark.parametrize("argv", [["build", "--bogus"], ["bogus"], ["xliff"],
                                  ["check", "--format", "xml"], []])
def test_usage_mistakes_are_one_line_errors(tmp_path: Path, argv: list[str]) -> None:
    run = run_subprocess(argv, tmp_path)
    assert run.returncode == 2
    assert run.stdout == ""
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("transpub: error: "), run.stderr
    assert "--help" in lines[0]

