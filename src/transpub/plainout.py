"""What an extract, a build or a check's text report prints on a file, a pipe or a CI log: its
lines whole and its table as plain columns, written directly, without rich.

rich lays a table out cell by cell (~1 ms a row: 50-65 ms for the 60 rows of an extract of 10
releases) and its import costs ~25 ms, a third of what an extract or build of 10 releases
spends in all. Where nothing is a terminal that cost buys nothing: no colour is shown, and
rich's wrapping at 80 columns breaks a log's lines in the middle (grep misses them) and cuts
the release names in a table short ("r00000-unodc-jo…"). A terminal, as rich tells one
(``terminal.rich_terminal``: ``FORCE_COLOR`` and ``TTY_COMPATIBLE`` included), keeps rich.

Nothing but the standard library here: this module is imported on the way to printing.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Mapping, Sequence
from operator import attrgetter
from typing import Any, TextIO

from transpub.terminal import shown

#: The columns a table aligns to the right (here and in rich's, ``report.table``).
NUMERIC = frozenset({"kept", "new", "changed", "removed", "revived", "%", "fallbacks", "units",
                     "words", "done", "words done", "fuzzy", "todo"})


#: The format characters a terminal shows (a soft hyphen, the Arabic number signs and the other
#: prepended concatenation marks): every other one (a bidi mark in an Arabic title, a zero-width
#: joiner) takes no column, as rich counts them.
_SHOWN_FORMAT = frozenset("\u00ad\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890"
                          "\u0891\u08e2\U000110bd\U000110cd")


def width(text: str) -> int:
    """The columns ``text`` takes on a terminal or in a monospaced log: two for an East Asian
    wide or full-width character, none for a combining mark or a zero-width format character,
    one for any other (rich's ``cell_len`` for the scripts of the six languages)."""
    if text.isascii():
        return len(text)
    total = 0
    for char in text:
        kind = unicodedata.category(char)
        if kind in ("Mn", "Me") or (kind == "Cf" and char not in _SHOWN_FORMAT):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def table_lines(title: str, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """A table as lines: its title, the column names, a rule of dashes under each, then a line
    per row; columns two spaces apart, numbers aligned to the right, no trailing spaces."""
    cells = [[str(name) for name in columns]]
    cells += [[shown(" ".join(str(cell).split())) for cell in row] for row in rows]
    widths = [max(width(line[k]) for line in cells) for k in range(len(columns))]
    rule = ["-" * w for w in widths]
    lines = [title] if title else []
    for line in [cells[0], rule, *cells[1:]]:
        parts = []
        for k, cell in enumerate(line):
            pad = " " * (widths[k] - width(cell))
            parts.append(pad + cell if columns[k] in NUMERIC else cell + pad)
        lines.append("  ".join(parts).rstrip())
    return lines


def write_ops(ops: Sequence[Sequence[Any]], quiet: bool, out: TextIO | None = None,
              err: TextIO | None = None) -> None:
    """Write a command's ``Ops`` (``noop``'s records of what it prints): "print" and "warn"
    lines and tables on standard output (nothing when ``quiet``), "error" lines on standard
    error always, as ``report.error`` writes them."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    lines: list[str] = []
    for op in ops:
        kind = op[0]
        if kind == "error":
            if lines:  # (in order with what came before it)
                out.write("\n".join(lines) + "\n")
                lines = []
            out.flush()
            err.write(f"transpub: error: {shown(op[1])}\n")
            err.flush()
        elif quiet:
            continue
        elif kind == "print":
            lines.append(shown(op[1]))
        elif kind == "warn":
            lines.append(f"transpub: warning: {shown(op[1])}")
        elif kind == "table":
            lines += table_lines(op[1], op[2], op[3])
        else:
            raise ValueError(f"unknown output operation {kind!r}")
    if lines:
        out.write("\n".join(lines) + "\n")
    out.flush()


# --- the check's text report ---------------------------------------------------------------

#: The text listing's order: language, file, line, unit, code (in C).
TEXT_ORDER = attrgetter("lang", "file", "line", "unit", "code")


def window(text: str, span: tuple[int, int], size: int = 70) -> tuple[int, int]:
    """Where the excerpt of ``text`` centred on ``span`` starts and ends: ``size`` characters,
    or the span if it is longer (this one and ``report._excerpt``, which highlights it). A
    span longer than ``size`` is shown from its start: it used to start inside the span, where
    the terminal's excerpt still showed all of it (``…0`` against ``…00``)."""
    start, end = span
    left = max(0, start - max(0, size - (end - start)) // 2)
    return left, min(len(text), max(end, left + size))


def excerpt(text: str, span: tuple[int, int] | None, size: int = 70) -> str:
    """The part of ``text`` around ``span`` (what the excerpt is centred on), at most ``size``
    characters and the ellipses: the plain form of ``report._excerpt``."""
    if span is None:
        return text if len(text) <= size else text[: size - 1] + "…"
    left, right = window(text, span, size)
    return ("…" if left else "") + text[left:right] + ("…" if right < len(text) else "")


def one_line(text: str) -> str:
    return " ".join(text.split())


def finding_lines(findings: Sequence[Any]) -> list[str]:
    """Findings as a listing for files, pipes and CI logs: one ``file:line: [unit] code
    severity: message`` line each (grep-able, like a compiler's), then the expected form and
    the source and translation excerpts indented; a control or bidi formatting character of
    the text shown as ``<U+202E>`` (``terminal.shown``: it would reorder or rewrite the line).
    rich's table cost ~1 ms a row, most of a large check's time and memory."""
    lines: list[str] = []
    add = lines.append
    # (a re-check at N = 1000 lists 2,000 findings: the sort key and the severities' labels
    # without a Python call each)
    labels: dict[Any, str] = {}
    for item in sorted(findings, key=TEXT_ORDER):
        severity = item.severity
        label = labels.get(severity)
        if label is None:
            label = labels[severity] = severity.label
        add(shown(f"{item.file}:{item.line}: [{item.unit}] {item.lang} {item.code} "
                  f"{label}: {one_line(item.message)}"))
        if item.expected:
            add(f"    expected: {shown(one_line(item.expected))}")
        add(f"    source: {shown(one_line(excerpt(item.source, None)))}")
        target = shown(one_line(excerpt(item.target, item.span)))
        # (an untranslated unit's line ends at the colon: no trailing space in a log)
        add(f"    translation: {target}" if target else "    translation:")
    return lines


def summary_line(summary: Mapping[str, Any]) -> str:
    by = summary["by_severity"]
    return (f"{summary['findings']} finding(s) in {summary['files']} file(s), "
            f"{summary['units']} unit(s): {by['error']} error(s), {by['warning']} "
            f"warning(s), {by['info']} info")


def shown_note(shown: int, listed: int) -> str:
    return (f"(the table shows the first {shown} of {listed} findings; "
            "--format json lists them all)")


def run_notes(summary: Mapping[str, Any], fixed: Sequence[Any]) -> list[str]:
    """What the run left out on purpose: suppressed findings, and the baseline's known and
    fixed ones (so nothing is hidden without saying so), and the run's scope; a line each,
    however narrow the log (people grep for them)."""
    lines: list[str] = []
    if summary.get("suppressed"):
        lines.append(f"{summary['suppressed']} finding(s) suppressed by 'transpub: ignore' "
                     "comments")
    baseline = summary.get("baseline")
    if baseline:
        lines.append(f"baseline {baseline['file']}: {baseline['known']} known finding(s) not "
                     f"shown; {baseline['fixed']} fixed")
        lines += [f"  fixed: {entry.release} [{entry.lang}] [{entry.unit}] {entry.code} "
                  f"{entry.message}" for entry in fixed]
        if fixed:
            lines.append("  (run with --update-baseline to drop them from the baseline)")
    missing = summary.get("termbase_missing")
    if missing:
        # (a new workspace has none: ``init`` names the file, and names went unchecked
        # against their approved forms without a word)
        lines.append(f"no termbase: {missing} does not exist ([paths] termbase): names, titles "
                     "and organisations are compared across languages only, not with their "
                     "approved forms")
    empty = summary.get("termbase_empty")
    if empty:
        lines.append(f"empty termbase: {empty} holds no concept: names, titles and "
                     "organisations are compared across languages only, not with their "
                     "approved forms")
    scope = summary.get("scope")
    if scope:
        said = ", ".join(f"{k.replace('_', '-')} {v}" for k, v in sorted(scope.items()))
        lines.append(f"scope: {said}")
    return lines


MATRIX_TITLE = "entities x languages"


def matrix_rows(matrix: Mapping[str, Mapping[str, str]], langs: Sequence[str]
                ) -> list[list[str]]:
    """The entity matrix's rows (``--matrix``): the entity, then per language ✓ or what is
    missing; the table's on a terminal (``report.render_matrix``) and the plain columns'."""
    return [[key.split(":")[0] + ": " + row["label"],
             *("✓" if row.get(lang) == "ok" else row.get(lang, "-") for lang in langs)]
            for key, row in matrix.items()]


def text_report(findings: Sequence[Any], summary: Mapping[str, Any], fixed: Sequence[Any],
                listed: int, matrix: Mapping[str, Mapping[str, str]] | None = None,
                langs: Sequence[str] = ()) -> str:
    """The whole text report off a terminal (``findings``: those it lists, of ``listed``):
    the bytes rich's console wrote for it, without rich (``report.render_findings`` and
    ``render_run_notes`` print the same lines through it); then, with ``matrix``
    (``--matrix``), the entity matrix as plain columns, every entity whole (rich's table cut
    them at the log's width)."""
    lines = finding_lines(findings)
    lines.append(summary_line(summary))
    if listed > len(findings):
        lines.append(shown_note(len(findings), listed))
    lines += map(shown, run_notes(summary, fixed))
    if matrix is not None:
        lines += table_lines(MATRIX_TITLE, ["entity", *langs], matrix_rows(matrix, langs))
    return "".join(line + "\n" for line in lines)
