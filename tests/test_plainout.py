"""An extract's and a build's lines on a file, pipe or CI log (``plainout``): whole lines and a
plain table, written without rich (not even imported); on a terminal as rich tells one
(``TTY_COMPATIBLE``, ``FORCE_COLOR``, a pseudo-terminal) rich's table as before."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from tests.conftest import Cli, sample_copies

from transpub.plainout import table_lines, width, write_ops
from transpub.terminal import rich_terminal, shown

# the scripts of the six languages, their punctuation, combining accents and bidi marks
_ALPHABET = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(min_codepoint=0xA0, max_codepoint=0x17F),
    st.characters(min_codepoint=0x300, max_codepoint=0x36F),
    st.characters(min_codepoint=0x400, max_codepoint=0x4FF),
    st.characters(min_codepoint=0x600, max_codepoint=0x6FF),
    st.sampled_from("\u200b\u200c\u200e\u200f\u202a\u202b\u202c\u2066\u2069\ufeff"),
    st.characters(min_codepoint=0x3000, max_codepoint=0x302D),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF60))

_NAMES = ["release", "lang", "kept", "new", "file"]


@given(st.text(_ALPHABET, max_size=30))
def test_a_text_takes_the_columns_rich_counts(text: str) -> None:
    assert width(text) == cell_len(text)


@given(st.lists(st.tuples(st.text(_ALPHABET, max_size=12), st.sampled_from(["ar", "zh"]),
                          st.integers(0, 10**6), st.integers(0, 99), st.text(_ALPHABET,
                                                                             max_size=8)),
                max_size=6))
def test_a_table_lines_its_columns_up(rows: list[tuple[object, ...]]) -> None:
    lines = table_lines("extract", _NAMES, rows)
    assert lines[0] == "extract" and len(lines) == len(rows) + 3
    head, rule = lines[1], lines[2]
    assert head.split() == _NAMES and head == head.rstrip()
    widths = [len(dashes) for dashes in rule.split("  ")]
    assert len(widths) == len(_NAMES) and set(rule) == {"-", " "}
    numeric = [name in ("kept", "new") for name in _NAMES]
    # (a bidi formatting character escaped: ``terminal.shown``)
    table = [_NAMES, *([shown(" ".join(str(cell).split())) for cell in row] for row in rows)]
    # each column as wide as its widest cell (as a terminal shows it), no wider
    assert widths == [max(width(line[k]) for line in table) for k in range(len(_NAMES))]
    for line, cells in zip(lines[1:2] + lines[3:], table, strict=True):
        # each cell padded to its column's width (on its left for a number), two spaces
        # between columns, nothing after the last
        padded = [" " * (w - width(c)) + c if num else c + " " * (w - width(c))
                  for c, w, num in zip(cells, widths, numeric, strict=True)]
        assert line == "  ".join(padded).rstrip()


def test_errors_go_to_standard_error_in_order_and_quiet_silences_the_rest() -> None:
    out, err = io.StringIO(), io.StringIO()
    ops: list[list[Any]] = [["print", "first"], ["warn", "odd"], ["error", "broken.po:3: bad"],
           ["table", "", ["release", "new"], [["a", 1]]], ["print", "last"]]
    write_ops(ops, False, out, err)
    assert out.getvalue() == ("first\ntranspub: warning: odd\nrelease  new\n-------  ---\n"
                              "a          1\nlast\n")
    assert err.getvalue() == "transpub: error: broken.po:3: bad\n"
    out, err = io.StringIO(), io.StringIO()
    write_ops(ops, True, out, err)
    assert out.getvalue() == "" and err.getvalue() == "transpub: error: broken.po:3: bad\n"
    with pytest.raises(ValueError, match="unknown output operation"):
        write_ops([["beep"]], False, out, err)


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@given(st.booleans(), st.sampled_from([None, "", "0", "1", "yes"]),
       st.sampled_from([None, "", "0", "1", "2", "x"]))
def test_a_terminal_is_what_rich_takes_for_one(tty: bool, force: str | None,
                                               compatible: str | None) -> None:
    env = {k: v for k, v in (("FORCE_COLOR", force), ("TTY_COMPATIBLE", compatible))
           if v is not None}
    stream = _Stream(tty)
    saved = {k: os.environ.pop(k, None) for k in ("FORCE_COLOR", "TTY_COMPATIBLE")}
    try:
        os.environ.update(env)
        assert rich_terminal(stream) == Console(file=stream).is_terminal
    finally:
        for key, value in saved.items():
            os.environ.pop(key, None)
            if value is not None:
                os.environ[key] = value


_NAMES_OF = ("r00000-unodc-jordan-2021-a-long-release-name", "r00001-second")


def _run(ws: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[
        str]:
    """``transpub args`` run for real on pipes, with the modules it loaded on stderr's last
    line."""
    import transpub

    code = ("import sys; from transpub.cli import main; code = main(sys.argv[1:]); "
            "sys.stdout.flush(); sys.stderr.write('\\n' + ' '.join(sorted(sys.modules)));"
            "sys.exit(code)")
    full = {k: v for k, v in os.environ.items()
            if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "NO_COLOR")}
    full.update(COLUMNS="40", PYTHONPATH=str(Path(transpub.__file__).resolve().parents[1]),
                **(env or {}))
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ws, capture_output=True,
                          text=True, env=full, check=False)


@pytest.mark.parametrize("command", ["extract", "build"])
def test_on_a_pipe_the_lines_are_whole_the_table_plain_and_rich_not_loaded(
        tmp_path: Path, command: str) -> None:
    ws = sample_copies(tmp_path / "ws", _NAMES_OF)
    if command == "build":
        assert _run(ws, "extract").returncode == 0
    for attempt in ("run", "no-op"):
        done = _run(ws, command)
        assert done.returncode == 0, done.stderr
        loaded = done.stderr.rsplit("\n", 1)[-1].split()
        assert not [m for m in loaded if m == "rich" or m.startswith("rich.")], attempt
        lines = done.stdout.splitlines()
        assert not set("┃│━┏") & set(done.stdout)
        last = lines[-1]  # the summary line: one line, however narrow COLUMNS says
        assert last.startswith("2 release(s)") and len(last) > 40
        if command == "extract" and attempt == "no-op":
            assert lines == [last]  # (every release unchanged: no table)
            continue
        assert lines[0] == command
        assert re.fullmatch(r"-+(  -+)+", lines[2])
        rows = [line for line in lines[3:] if line.startswith("r0000")]
        assert len(rows) == 2 * 6  # a row per file, the release's name whole
        assert sum(line.startswith(_NAMES_OF[0] + " ") for line in rows) == 6
        assert lines[-2] in rows
    if command == "extract":
        assert "(2 unchanged, skipped)" in last and "catalogue(s) written" in last
    else:
        assert "0 page(s) rebuilt; published:" in last


@pytest.mark.parametrize("env", [{"TTY_COMPATIBLE": "1"}, {"FORCE_COLOR": "1"}])
def test_a_terminal_as_rich_tells_one_keeps_rich(tmp_path: Path, env: dict[str, str]) -> None:
    ws = sample_copies(tmp_path / "ws", _NAMES_OF)
    done = _run(ws, "extract", env=env)
    assert done.returncode == 0, done.stderr
    assert "rich.console" in done.stderr.rsplit("\n", 1)[-1].split()
    assert "┃" in done.stdout and "…" in done.stdout  # rich's table, 40 columns wide


def test_an_error_in_an_extract_on_a_pipe(tmp_path: Path) -> None:
    ws = sample_copies(tmp_path / "ws", _NAMES_OF)
    assert _run(ws, "extract").returncode == 0
    po = ws / "locales" / "fr" / "LC_MESSAGES" / f"{_NAMES_OF[1]}.po"
    po.write_text(po.read_text(encoding="utf-8") + '\nmsgid "x"\nmsgstr "y\n', encoding="utf-8")
    source = ws / "source" / f"{_NAMES_OF[1]}.xml"
    source.write_text(source.read_text(encoding="utf-8").replace("</p>", " Added.</p>", 1),
                      encoding="utf-8")
    done = _run(ws, "extract")
    assert done.returncode == 2
    first = done.stderr.splitlines()[0]
    assert first.startswith("transpub: error: ") and f"{_NAMES_OF[1]}.po:" in first
    assert done.stdout.splitlines()[-1].startswith("2 release(s)")
    assert "rich" not in done.stderr.rsplit("\n", 1)[-1].split()
    # an error that stops the command (a broken configuration): one line, without rich
    (ws / "transpub.toml").write_text("[project\n", encoding="utf-8")
    for command in ("extract", "build"):
        done = _run(ws, command)
        lines = [line for line in done.stderr.splitlines() if line]
        assert done.returncode == 2 and len(lines) == 2, done.stderr
        assert lines[0].startswith("transpub: error: ") and "transpub.toml" in lines[0]
        assert "rich" not in lines[1].split()


def test_the_cli_fixture_sees_the_plain_lines(cli: Cli) -> None:
    """In-process on pytest's captured output (not a terminal): the same plain lines."""
    cli("build")
    lines = cli.out.splitlines()
    assert lines[0] == "build" and lines[1].split() == ["release", "lang", "%", "fallbacks",
                                                        "status"]
    assert lines[-1].startswith("1 release(s), 6 page(s) rebuilt")


@pytest.mark.parametrize("to_file", [True, False])
def test_the_check_s_text_report_off_a_terminal_loads_no_rich(tmp_path: Path,
                                                               to_file: bool) -> None:
    ws = sample_copies(tmp_path / "ws", _NAMES_OF)
    assert _run(ws, "extract").returncode == 0
    for attempt in ("run", "replay"):
        done = _run(ws, "check", "--show-info", *(("-o", "report.txt") if to_file else ()))
        assert done.returncode in (0, 1), done.stderr
        loaded = done.stderr.rsplit("\n", 1)[-1].split()
        assert not [m for m in loaded if m == "rich" or m.startswith("rich.")], attempt
        text = (ws / "report.txt").read_text(encoding="utf-8") if to_file else done.stdout
        summary = [line for line in text.splitlines() if " finding(s) in " in line]
        assert len(summary) == 1 and summary[0].endswith(" info"), text[-300:]
