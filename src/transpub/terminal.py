"""Where a run's console output goes, as the caches that replay it key it: what rich's console
reads from the environment, whether a stream is a terminal, the terminal's size; and the
characters of a text that must not reach a terminal raw (``shown``).

Kept apart, with nothing but ``os``, ``re`` and ``contextlib``: a no-op build or extract asks
these before printing what it recorded, and must not pay for ``checkreplay``'s imports
(OpenSSL's ``hashlib`` among them) to do so.
"""

from __future__ import annotations

import contextlib
import os
import re
from typing import Any

#: What a terminal would act on rather than show, in a translator's text or a file's name: the
#: C0 controls but tab and line feed (ESC starts a terminal command, CR rewrites the line), DEL
#: and the C1 controls (U+009B is a command's start too), the line and paragraph separators,
#: and the explicit bidi formatting characters (embeddings, overrides, isolates and their
#: closers: a terminal that lays out bidi text reverses the rest of the line after U+202E, a
#: file name or a finding's code with it). The marks (LRM, RLM, ALM) stay: each is one
#: invisible letter of a direction, reorders nothing beyond its neighbours, and Arabic dates
#: hold them («15‏/03‏/1985»).
_UNSHOWN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def shown(text: str) -> str:
    """``text`` as a terminal or a text report shows it: each character of ``_UNSHOWN`` as
    ``<U+202E>``. Only for what people read (the text report, warnings, notices, errors, the
    tables): JSON, SARIF and the files written keep the text as it is."""
    if text.isascii() and text.isprintable():
        return text  # (the common line: two flags of the string, no search)
    return _UNSHOWN.sub(_code, text)


def _code(found: re.Match[str]) -> str:
    return f"<U+{ord(found.group()):04X}>"

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
