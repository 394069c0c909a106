"""Where a run's console output goes, as the caches that replay it key it: what rich's console
reads from the environment, whether a stream is a terminal, the terminal's size.

Kept apart, with nothing but ``os`` and ``contextlib``: a no-op build or extract asks these
before printing what it recorded, and must not pay for ``checkreplay``'s imports (OpenSSL's
``hashlib`` among them) to do so.
"""

from __future__ import annotations

import contextlib
import os
from typing import Any

#: What rich's console reads from the environment, and what decides our own behaviour.
ENV = ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "TERM", "COLORTERM", "TTY_COMPATIBLE",
       "TTY_INTERACTIVE", "JUPYTER_COLUMNS", "JUPYTER_LINES", "PYTHONIOENCODING",
       "TRANSPUB_DEBUG")


def is_tty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def terminal_size() -> tuple[int, int] | None:
    for fd in (0, 1, 2):
        with contextlib.suppress(OSError, ValueError):
            size = os.get_terminal_size(fd)
            return (size.columns, size.lines)
    return None


def rich_terminal(stream: Any) -> bool:
    """Whether rich's console on ``stream`` would take it for a terminal (``Console.
    is_terminal``): ``TTY_COMPATIBLE`` "0" or "1" decides, else ``FORCE_COLOR`` set (and not
    empty) says yes, else the stream's ``isatty``. Asked before rich is imported: only a
    terminal's output goes through it (``plainout``)."""
    compatible = os.environ.get("TTY_COMPATIBLE", "")
    if compatible in ("0", "1"):
        return compatible == "1"
    force = os.environ.get("FORCE_COLOR")
    if force is not None:
        return force != ""
    return is_tty(stream)
