"""What people read is shown with its control and bidi formatting characters escaped
(``terminal.shown``: session 61, hostile input). A translator's U+202E printed raw had reversed
the rest of the terminal's line (the file name and code of the finding with it), a C1 control
(U+009B, a terminal command's start) rewritten it; JSON and SARIF keep the text as it is."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from transpub.plainout import finding_lines, table_lines, write_ops
from transpub.report import error, make_console, render_findings, table, warn
from transpub.terminal import shown

from conftest import Cli, copy_sample

#: What a terminal acts on, and what it shows
HOSTILE = "a\u202eb\u202ac\u2066d\u2069e\x9bf\x85g\x7fh\u2028i\x1bj\rk"
ESCAPED = ("a<U+202E>b<U+202A>c<U+2066>d<U+2069>e<U+009B>f<U+0085>g<U+007F>h<U+2028>i"
           "<U+001B>j<U+000D>k")
#: What stays: tab and line feed, the bidi marks of Arabic dates, letters of every script
KEPT = "15\u200f/03\u200f/1985\t«Привет» 你好 مرحبا\n\u061c"


def test_shown_escapes_what_a_terminal_acts_on_and_nothing_else() -> None:
    assert shown(HOSTILE) == ESCAPED
    assert shown(KEPT) == KEPT
    assert shown("plain ascii") == "plain ascii"


class _Finding:
    """A finding as the report reads one (``checks.registry.Finding``'s fields)."""

    def __init__(self, target: str) -> None:
        from transpub.checks.registry import Severity

        self.code, self.severity, self.lang, self.file, self.line = \
            "TP609", Severity.ERROR, "fr", "fr.po", 3
        self.unit, self.message, self.expected = "p1", f"holds «{target}»", target
        self.source, self.target, self.span = "New York", target, (4, 5)


@pytest.mark.parametrize("terminal", [False, True], ids=["plain", "rich"])
def test_the_text_report_escapes_the_translators_text(terminal: bool) -> None:
    stream = io.StringIO()
    console = make_console(stream)
    console._force_terminal = terminal  # (as rich takes a terminal: FORCE_COLOR, a tty)
    console.width = 400
    item = _Finding("New \u202eYork\x9b")
    render_findings(console, [item], {"findings": 1, "files": 1, "units": 1,
                                      "by_severity": {"error": 1, "warning": 0, "info": 0}})
    out = stream.getvalue()
    assert "\u202e" not in out and "\x9b" not in out, out
    assert "New <U+202E>York<U+009B>" in out, out
    if not terminal:
        assert finding_lines([item])[0].endswith("holds «New <U+202E>York<U+009B>»")


@pytest.mark.parametrize("terminal", [False, True], ids=["plain", "rich"])
def test_warnings_tables_and_errors_are_escaped(terminal: bool,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    stream = io.StringIO()
    console = make_console(stream)
    console._force_terminal = terminal
    warn(console, "a\u202eb")
    console.print("c\u2067d", markup=False)
    table(console, "t", ["release"], [["e\x9bf"]])
    error("g\u202eh")
    out = stream.getvalue() + capsys.readouterr().err
    assert not any(ch in out for ch in "\u202e\u2067\x9b"), out
    for said in ("a<U+202E>b", "c<U+2067>d", "e<U+009B>f", "g<U+202E>h"):
        assert said in out, out
    plain = io.StringIO()
    write_ops([["warn", "a\u202eb"], ["print", "c\x9b"], ["table", "", ["x"], [["\u2066"]]]],
              False, plain, plain)
    assert plain.getvalue() == ("transpub: warning: a<U+202E>b\nc<U+009B>\nx\n--------\n"
                                "<U+2066>\n")
    assert table_lines("", ["x"], [["\u202e"]])[-1] == "<U+202E>"


def test_check_and_build_show_escaped_json_and_sarif_keep_the_text(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    po_file = next((ws / "locales" / "fr" / "LC_MESSAGES").glob("*.po"))
    po = polib.pofile(str(po_file))
    entry = po.translated_entries()[1]
    entry.msgstr = entry.msgstr.replace(" ", " \u2067x\u2069 \u202e\x9b", 1) + "\u202c"
    po.save(str(po_file))
    cli = cli_factory(ws)
    cli("check", expect=1)
    assert not any(ch in cli.out for ch in "\u2067\u2069\u202e\x9b"), cli.out
    assert "Bureau <U+2067>x<U+2069> <U+202E><U+009B>de" in cli.out, cli.out
    assert "U+202E (a browser" in cli.out and "after «Bureau <U+2067>x<U+2069> »" in cli.out
    cli("check", "--format", "json", expect=1)
    (found,) = [f for f in json.loads(cli.out)["findings"] if f["code"] == "TP609"]
    assert "after «Bureau \u2067x\u2069 »" in found["message"]  # (JSON: the text as it is)
    cli("check", "--sarif", str(tmp_path / "out.sarif"), expect=1)
    sarif = (tmp_path / "out.sarif").read_text(encoding="utf-8")
    assert "<U+" not in sarif and "after «Bureau \u2067x\u2069 »" in json.dumps(
        json.loads(sarif), ensure_ascii=False)
    cli("build", expect=0)
    said = cli.out + cli.err
    assert "\u202e" not in said and "U+202E" in said, said
