"""A workspace without its termbase (``init`` names ``locales/termbase.tbx`` and writes none):
``check`` says that names were compared across languages only, in the text report and the
JSON summary (a newcomer's misspelt names had passed without a word), and ``termbase`` says
the file is missing, not that it "cannot read" it. A termbase of no concept (a CSV of its
header only, a TBX of no entry: a terminologist's trial, session 60) is said too: it had
switched TP101, TP102 and TP104 off as silently (24 findings, none an error, where the
sample's termbase gives 10 errors)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from conftest import Cli, copy_sample


def test_check_says_there_is_no_termbase(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    cli = cli_factory(ws)
    cli("check", "--lang", "fr", expect=None)
    assert "no termbase" not in cli.out + cli.err
    cli("check", "--lang", "fr", "--format", "json", expect=None)
    assert "termbase_missing" not in json.loads(cli.out)["summary"]
    (ws / "locales" / "termbase.tbx").unlink()
    cli("check", "--lang", "fr", "--no-cache", expect=None)
    assert ("no termbase: locales/termbase.tbx does not exist ([paths] termbase): names, "
            "titles and organisations are compared across languages only") in cli.out, cli.out
    cli("check", "--lang", "fr", "--format", "json", expect=None)
    assert json.loads(cli.out)["summary"]["termbase_missing"] == "locales/termbase.tbx"
    # a termbase named on the command line is one
    other = tmp_path / "terms.tbx"
    shutil.copy(Path(__file__).parent.parent / "locales" / "termbase.tbx", other)
    cli("check", "--lang", "fr", "--termbase", str(other), expect=None)
    assert "no termbase" not in cli.out


def test_an_empty_termbase_is_said(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    header = tmp_path / "header-only.csv"
    header.write_text("concept,category,lang,term,status\n", encoding="utf-8")
    empty = tmp_path / "empty.tbx"
    empty.write_text('<?xml version="1.0"?>\n<martif type="TBX"><text><body/></text></martif>\n',
                     encoding="utf-8")
    cli = cli_factory(ws)
    for path in (header, empty):
        cli("termbase", str(path))
        assert f"transpub: warning: {path}: the termbase holds no concept: names, titles and " \
            "organisations are not checked against approved forms" in cli.err, cli.err
        cli("check", "--lang", "fr", "--no-cache", "--termbase", str(path), expect=None)
        assert f"{path}: the termbase holds no concept" in cli.err, cli.err
        assert "holds no concept: names, titles and organisations are compared across " \
            "languages only" in cli.out, cli.out
        cli("check", "--lang", "fr", "--termbase", str(path), "--format", "json", expect=None)
        assert json.loads(cli.out)["summary"]["termbase_empty"].endswith(path.name)
    cli("check", "--lang", "fr", "--format", "json", expect=None)
    assert "termbase_empty" not in json.loads(cli.out)["summary"]


def test_the_termbase_command_says_the_file_is_missing(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    (ws / "locales" / "termbase.tbx").unlink()
    cli = cli_factory(ws)
    cli("termbase", expect=2)
    assert cli.err.strip().endswith("or name files: transpub termbase FILES)"), cli.err
    assert "locales/termbase.tbx: no termbase: the file [paths] termbase names does not " \
        "exist" in cli.err
    assert "cannot read" not in cli.err


def test_check_given_a_release_id_says_what_it_takes(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """(A newcomer typed ``transpub check unep``, as ``build`` and ``stats`` take a release.)"""
    ws = copy_sample(tmp_path)
    cli = cli_factory(ws)
    cli("check", "unoct-qatar-strategic-dialogue-2020", expect=2)
    assert cli.err.strip() == (
        "transpub: error: unoct-qatar-strategic-dialogue-2020: no such file (check takes PO "
        "files or folders of them, and with none the whole workspace; a release's: "
        "locales/*/LC_MESSAGES/unoct-qatar-strategic-dialogue-2020.po)"), cli.err
    cli("check", "missing.po", expect=2)
    assert cli.err.strip() == "transpub: error: missing.po: no such file"
