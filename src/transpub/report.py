"""Everything transpub shows on a terminal goes through here (the only module using rich)."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from transpub.terminal import shown


class _Console(Console):
    """rich's console, but every string it is given to print (a line, a table's cell or
    title) with its control and bidi formatting characters shown as ``<U+202E>``
    (``terminal.shown``): a translator's U+202E had reversed the rest of the terminal's line,
    a C1 control rewritten it. rich's own styles and cursor moves are not strings given: they
    stay as they are. The ``Text`` this module makes is made of ``_text``."""

    def render_str(self, text: str, **options: Any) -> Text:
        return super().render_str(shown(text), **options)


def _text(text: str, style: str = "") -> Text:
    """A ``Text`` of ``text`` as ``_Console`` shows a string."""
    return Text(shown(text), style=style)


def make_console(stream: TextIO | None = None, quiet: bool = False) -> Console:
    """A console that honours NO_COLOR and stays plain when not on a terminal (CI logs)."""
    return _Console(file=stream or sys.stdout, quiet=quiet, highlight=False,
                    soft_wrap=False, no_color="NO_COLOR" in os.environ)


@contextlib.contextmanager
def progress_bar(console: Console, label: str, total: int) -> Iterator[Callable[[int, int], None]]:
    """A progress bar on a terminal once a run has lasted a second; nothing in CI logs or pipes
    (rich knows when its console is not a terminal)."""
    if not console.is_terminal or console.quiet:
        yield lambda done, total: None
        return
    import time

    from rich.progress import Progress

    started = time.monotonic()
    bar: list[Progress] = []

    def advance(done: int, count: int) -> None:
        if not bar and time.monotonic() - started > 1.0 and done < count:
            bar.append(Progress(console=console, transient=True))
            bar[0].start()
            bar[0].add_task(label, total=count)
        if bar:
            bar[0].update(bar[0].task_ids[0], completed=done)

    try:
        yield advance
    finally:
        if bar:
            bar[0].stop()


def error(message: str) -> None:
    """One line on stderr, no traceback: ``transpub: error: file:line: message``."""
    _Console(file=sys.stderr, highlight=False, soft_wrap=True,
             no_color="NO_COLOR" in os.environ).print(f"transpub: error: {message}", markup=False)


def warn(console: Console, message: str) -> None:
    console.print(f"transpub: warning: {message}", markup=False, style="yellow",
                  soft_wrap=True)


def table(console: Console, title: str, columns: Sequence[str],
          rows: Sequence[Sequence[object]]) -> None:
    """A table: rich's on a terminal; elsewhere (a file, a pipe, a CI log) the plain columns of
    ``plainout.table_lines``, each row one whole line (rich cut names at the log's width)."""
    from transpub.plainout import NUMERIC, table_lines  # (both tables align numbers alike)

    if not console.is_terminal:
        if not console.quiet:
            console.file.write("".join(line + "\n" for line in table_lines(title, columns, rows)))
        return
    grid = Table(title=title, title_justify="left")
    for column in columns:
        grid.add_column(column, justify="right" if column in NUMERIC else "left")
    for row in rows:
        grid.add_row(*(str(cell) for cell in row))
    console.print(grid)


_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _excerpt(text: str, span: tuple[int, int] | None, width: int = 70) -> Text:
    """The part of ``text`` around ``span``, with the span highlighted (``plainout.excerpt``
    with a style)."""

    from transpub.plainout import excerpt, window

    if span is None:
        return _text(excerpt(text, None, width))
    start, end = span
    left, right = window(text, span, width)
    out = _text(("…" if left else "") + text[left:start])
    out.append(shown(text[start:end]), style="reverse bold")
    out.append(shown(text[end:right] + ("…" if right < len(text) else "")))
    return out


def render_plain(stream: IO[str], findings: Sequence[Any]) -> None:
    """Findings as ``plainout.finding_lines`` lists them, written to ``stream``."""
    from transpub.plainout import finding_lines

    lines = finding_lines(findings)
    if lines:
        stream.write("\n".join(lines) + "\n")


def render_findings(console: Console, findings: Sequence[Any], summary: dict[str, Any]) -> None:
    """Findings grouped by language and unit, then a one-line summary: a table on a terminal,
    a plain listing elsewhere (``render_plain``)."""
    if findings and not console.is_terminal:
        if not console.quiet:
            render_plain(console.file, findings)
    elif findings:
        grid = Table(show_lines=True, expand=False)
        for column in ("lang", "where", "code", "finding", "source / translation"):
            grid.add_column(column, overflow="fold")
        current = None
        for item in sorted(findings, key=lambda f: (f.lang, f.file, f.line, f.unit, f.code)):
            group = (item.lang, item.unit)
            where = _text(f"{item.file}:{item.line}\n[{item.unit}]" if group != current else "")
            current = group
            message = _text(item.message, style=_STYLE.get(item.severity.label, ""))
            if item.expected:
                message.append(f"\nexpected: {shown(item.expected)}", style="green")
            excerpt = _excerpt(item.source, None)
            excerpt.append("\n")
            excerpt.append_text(_excerpt(item.target, item.span))
            grid.add_row(item.lang, where, Text(f"{item.code}\n{item.severity.label}"), message,
                         excerpt)
        console.print(grid)
    from transpub.plainout import summary_line

    console.print(summary_line(summary), markup=False, soft_wrap=True)


def render_run_notes(console: Console, summary: dict[str, Any], fixed: Sequence[Any]) -> None:
    """``plainout.run_notes``, a line each however narrow the terminal."""
    from transpub.plainout import run_notes

    for line in run_notes(summary, fixed):
        console.print(line, markup=False, soft_wrap=True)


def render_matrix(console: Console, matrix: dict[str, dict[str, str]],
                  langs: Sequence[str]) -> None:
    from transpub.plainout import MATRIX_TITLE, matrix_rows

    grid = Table(title=MATRIX_TITLE, title_justify="left")
    grid.add_column("entity")
    for lang in langs:
        grid.add_column(lang, justify="center")
    for entity, *cells in matrix_rows(matrix, langs):
        grid.add_row(entity, *(_text(cell, style="green" if cell == "✓" else "red")
                               for cell in cells))
    console.print(grid)


def render_stats(console: Console, rows: Sequence[Any]) -> None:
    """Per release and language: units and words, translated, fuzzy, untranslated, with a bar.
    Off a terminal (a file, a pipe, a CI log) ``table``'s plain columns, each row one whole
    line: rich folded every cell to the log's width (at 60 columns, three characters of a
    release's name a line)."""
    columns = ("release", "lang", "units", "words", "done", "words done", "fuzzy", "todo", "%")
    if not console.is_terminal:
        table(console, "translation status", (*columns, ""), [
            (row.release, row.lang, row.units, row.words, row.translated, row.translated_words,
             row.fuzzy, row.untranslated, f"{row.percent:.0f}",
             "█" * round(row.percent / 5) + "░" * (20 - round(row.percent / 5)))
            for row in rows])
        return
    grid = Table(title="translation status", title_justify="left")
    for column in columns:
        grid.add_column(column, justify="left" if column in ("release", "lang") else "right",
                        overflow="fold")
    grid.add_column("")
    for row in rows:
        filled = round(row.percent / 5)
        bar = Text("█" * filled, style="green")
        bar.append("░" * (20 - filled), style="dim")
        grid.add_row(row.release, row.lang, str(row.units), str(row.words),
                     str(row.translated), str(row.translated_words), str(row.fuzzy),
                     str(row.untranslated), f"{row.percent:.0f}", bar)
    console.print(grid)
