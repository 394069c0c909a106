"""The text report written to a file or a pipe keeps each of its lines whole: a CI log or a
report file is read by grep, not at 80 columns (the findings, the summary and the notes)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

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

