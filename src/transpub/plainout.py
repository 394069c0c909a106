"""What an extract or a build prints on a file, a pipe or a CI log: its lines whole and its table
as plain columns, written directly, without rich.

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
from collections.abc import Sequence
from typing import Any, TextIO

#: The columns a table aligns to the right (here and in rich's, ``report.table``).
NUMERIC = frozenset({"kept", "new", "changed", "removed", "revived", "%", "fallbacks", "units"})


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
    cells += [[" ".join(str(cell).split()) for cell in row] for row in rows]
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
            err.write(f"transpub: error: {op[1]}\n")
            err.flush()
        elif quiet:
            continue
        elif kind == "print":
            lines.append(op[1])
        elif kind == "warn":
            lines.append(f"warning: {op[1]}")
        elif kind == "table":
            lines += table_lines(op[1], op[2], op[3])
        else:
            raise ValueError(f"unknown output operation {kind!r}")
    if lines:
        out.write("\n".join(lines) + "\n")
    out.flush()
