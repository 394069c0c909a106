"""Everything transpub shows on a terminal goes through here (the only module using rich)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TextIO

from rich.console import Console
from rich.table import Table


def make_console(stream: TextIO | None = None, quiet: bool = False) -> Console:
    """A console that honours NO_COLOR and stays plain when not on a terminal (CI logs)."""
    return Console(file=stream or sys.stdout, quiet=quiet, highlight=False,
                   soft_wrap=False, no_color="NO_COLOR" in os.environ)


def error(message: str) -> None:
    """One line on stderr, no traceback: ``transpub: error: file:line: message``."""
    Console(file=sys.stderr, highlight=False, soft_wrap=True,
            no_color="NO_COLOR" in os.environ).print(f"transpub: error: {message}", markup=False)


def warn(console: Console, message: str) -> None:
    console.print(f"warning: {message}", markup=False, style="yellow")


def table(console: Console, title: str, columns: Sequence[str],
          rows: Sequence[Sequence[object]]) -> None:
    grid = Table(title=title, title_justify="left")
    for column in columns:
        grid.add_column(column, justify="right" if column in {"kept", "new", "changed", "removed",
                                                              "revived", "%", "fallbacks",
                                                              "units"} else "left")
    for row in rows:
        grid.add_row(*(str(cell) for cell in row))
    console.print(grid)
