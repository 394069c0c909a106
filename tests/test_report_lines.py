"""The text report written to a file or a pipe keeps each of its lines whole: a CI log or a
report file is read by grep, not at 80 columns (the findings, the summary and the notes)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import transpub.cli

from conftest import SAMPLE_TEXT, SLUG, Cli


@pytest.mark.parametrize("to_file", [True, False])
def test_the_notes_of_a_long_report_are_whole_lines(
        cli: Cli, workspace: Path, monkeypatch: pytest.MonkeyPatch, to_file: bool) -> None:
    monkeypatch.setenv("COLUMNS", "40")  # (rich wraps at this width off a terminal)
    monkeypatch.setattr(transpub.cli, "TEXT_REPORT_ROWS", 3)
    report = workspace / "report.txt"
    args = ("check", "--no-cache", *(("-o", str(report)) if to_file else ()))
    assert cli(*args, expect=None) in (0, 1), cli.err
    text = report.read_text(encoding="utf-8") if to_file else cli.out
    lines = text.splitlines()
    note = [line for line in lines if line.startswith("(the table shows the first 3 of ")]
    assert len(note) == 1, text[-600:]
    assert note[0].endswith("findings; --format json lists them all)")
    summary = [line for line in lines if " finding(s) in " in line]
    assert len(summary) == 1 and summary[0].endswith(" info"), text[-600:]
    assert note[0] == note[0].rstrip() and summary[0] == summary[0].rstrip()
    # the units are untranslated: "    translation:" ends the line, without a trailing space
    assert "    translation:" in lines
    assert all(line == line.rstrip() for line in lines), text[-600:]


def test_the_import_messages_are_whole_lines(tmp_path: Path, cli_factory: Any,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # a path broken at the log's width ("…/unoct-qatar-2020.t" / "xt:21") is no longer a
    # file:line an editor or grep finds
    monkeypatch.setenv("COLUMNS", "40")
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    cli.cwd = tmp_path / "ws"
    cli("import", str(SAMPLE_TEXT), "--slug", SLUG)
    lines = cli.out.splitlines()
    furniture = [line for line in lines if line.startswith("removed page furniture: ")]
    assert furniture and all(f"{SAMPLE_TEXT}:" in line for line in furniture), cli.out
    assert any(line.startswith("wrote source/") and line.endswith(" blocks)") for line in lines)



def _both_ways(cli: Cli, monkeypatch: pytest.MonkeyPatch, *args: str,
               report: Path | None = None) -> tuple[str, str]:
    """The text report as written now (plain, rich not imported) and as rich's console writes
    it to a file or a pipe (``_plain_report`` said no)."""
    def run() -> str:
        cli("check", "--no-cache", *args, *(("-o", str(report)) if report else ()),
            expect=None)
        return report.read_text(encoding="utf-8") if report else cli.out

    plain = run()
    with monkeypatch.context() as forced:
        forced.setattr(transpub.cli, "_plain_report", lambda *_: False)
        through_rich = run()
    return plain, through_rich


@pytest.mark.parametrize("to_file", [True, False])
@pytest.mark.parametrize("args", [(), ("--show-info",), ("--lang", "fr"), ("--quiet",)])
def test_the_plain_report_is_the_bytes_rich_wrote(
        repo: Path, cli_factory: Any, monkeypatch: pytest.MonkeyPatch, to_file: bool,
        args: tuple[str, ...]) -> None:
    # the sample's real translations, a date broken in one of them, and a listing cut short
    monkeypatch.setenv("COLUMNS", "40")
    monkeypatch.setattr(transpub.cli, "TEXT_REPORT_ROWS", 4)
    po_file = repo / f"locales/fr/LC_MESSAGES/{SLUG}.po"
    po_file.write_text(po_file.read_text(encoding="utf-8").replace(
        "9 décembre 2020", "19 décembre 2020", 1), encoding="utf-8")
    cli = cli_factory(repo)
    plain, through_rich = _both_ways(cli, monkeypatch, *args,
                                     report=repo / "report.txt" if to_file else None)
    assert plain == through_rich
    if "--quiet" not in args:
        assert " finding(s) in " in plain and "TP201" in plain
    else:  # the findings that fail the run, a line each, and nothing else (it printed none)
        assert "fr TP201 error: " in plain and " finding(s) in " not in plain
        assert " info: " not in plain and " warning: " not in plain


def test_the_plain_report_with_a_baseline_and_its_fixed_findings(
        repo: Path, cli_factory: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    cli = cli_factory(repo)
    po_file = repo / f"locales/fr/LC_MESSAGES/{SLUG}.po"
    pristine = po_file.read_text(encoding="utf-8")
    po_file.write_text(pristine.replace("9 décembre 2020", "19 décembre 2020", 1),
                       encoding="utf-8")
    cli("check", "--baseline", "b.json", "--update-baseline", expect=0)
    po_file.write_text(pristine, encoding="utf-8")
    plain, through_rich = _both_ways(cli, monkeypatch, "--baseline", "b.json")
    assert plain == through_rich
    assert "1 fixed" in plain and "  fixed: " in plain and "--update-baseline" in plain


def test_a_forced_terminal_keeps_rich(
        repo: Path, cli_factory: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    cli = cli_factory(repo)
    for env in (("TTY_COMPATIBLE", "1"), ("FORCE_COLOR", "1")):
        with monkeypatch.context() as local:
            local.setenv(*env)
            cli("check", "--no-cache", "--show-info", "--matrix", expect=None)
        assert "│" in cli.out and "entities x languages" in cli.out, (env, cli.out)


@pytest.mark.parametrize("to_file", [True, False])
def test_the_matrix_off_a_terminal_is_plain_columns_each_entity_whole(
        repo: Path, cli_factory: Any, monkeypatch: pytest.MonkeyPatch, to_file: bool) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    cli = cli_factory(repo)
    report = repo / "report.txt"
    cli("check", "--no-cache", "--matrix", "--format", "json", "-o", str(report), expect=None)
    matrix = json.loads(report.read_text(encoding="utf-8"))["summary"]["matrix"]
    cli("check", "--no-cache", "--matrix", *(("-o", str(report)) if to_file else ()),
        expect=None)
    text = report.read_text(encoding="utf-8") if to_file else cli.out
    lines = text.splitlines()
    at = lines.index("entities x languages")
    header, rule, *rows = lines[at + 1:]
    langs = header.split()[1:]
    assert header.split()[0] == "entity" and sorted(langs) == ["ar", "es", "fr", "ru", "zh"]
    assert set(rule) <= {"-", " "} and not set("┃│━┏") & set(text)
    assert len(rows) == len(matrix)
    for line, (key, row) in zip(rows, matrix.items(), strict=True):
        entity = key.split(":")[0] + ": " + row["label"]
        assert line.startswith(entity), (line, entity)  # whole, however long
        last = row[langs[-1]]
        assert line[len(entity):].split()[-1] == ("✓" if last == "ok" else last.split()[-1])


# (rich's text drops control characters; the listing folds them with the other whitespace)
@given(st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=200),
       st.integers(0, 200), st.integers(0, 200), st.integers(1, 90))
def test_the_terminal_s_excerpt_is_the_plain_one_highlighted(text: str, a: int, b: int,
                                                             size: int) -> None:
    from transpub.plainout import excerpt
    from transpub.report import _excerpt

    start, end = sorted((min(a, len(text)), min(b, len(text))))
    for span in (None, (start, end)):
        assert _excerpt(text, span, size).plain == excerpt(text, span, size)


def test_stats_off_a_terminal_is_plain_columns_each_row_whole(
        repo: Path, cli_factory: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # rich folded every cell to the log's width: at 40 columns a release's name was three
    # characters a line, and no line held a release, its language and its counts together
    monkeypatch.setenv("COLUMNS", "40")
    cli = cli_factory(repo)
    cli("stats", "--format", "json")
    rows = json.loads(cli.out)["releases"]
    cli("stats")
    lines = cli.out.splitlines()
    assert lines[0] == "translation status"
    header, rule, *body = lines[1:]
    assert header.split()[:4] == ["release", "lang", "units", "words"]
    assert set(rule) <= {"-", " "} and not set("┃│━┏") & set(cli.out)
    assert len(body) == len(rows)
    for line, row in zip(body, rows, strict=True):
        cells = line.split()
        assert cells[:2] == [row["release"], row["lang"]], line
        assert [int(c) for c in cells[2:8]] == [row[k] for k in (
            "units", "words", "translated", "translated_words", "fuzzy", "untranslated")]
        assert cells[8] == f"{row['percent']:.0f}" and len(cells[9]) == 20
    assert all(line == line.rstrip() for line in lines)
    with monkeypatch.context() as local:
        local.setenv("FORCE_COLOR", "1")  # a terminal, as CI logs that show colour say
        cli("stats")
    assert "│" in cli.out and "translation status" in cli.out
