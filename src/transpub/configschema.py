"""The types of ``transpub.toml``'s keys, checked before any value is used.

TOML has types, and Python's ``bool("false")`` is True: without this check a string where a
boolean belongs (``include_fuzzy = "false"``) would publish fuzzy translations. Every known key
has a type here; a wrong one is an error naming the key and the line it is on. Unknown keys are
left alone (a newer transpub's key in an older one's workspace is not an error).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from transpub.errors import ConfigError

Check = Callable[[Any], bool]


def _string(value: Any) -> bool:
    return isinstance(value, str)


def _boolean(value: Any) -> bool:
    return isinstance(value, bool)


def _number(value: Any) -> bool:
    # bool is an int in Python, never a number in a config file
    return isinstance(value, int | float) and not isinstance(value, bool)


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _strings_per_language(value: Any) -> bool:
    return isinstance(value, dict) and all(_strings(v) for v in value.values())


def _string_per_language(value: Any) -> bool:
    return isinstance(value, dict) and all(_string(v) for v in value.values())


#: What each type is called in an error message.
_NAMES: dict[Check, str] = {
    _string: "a string", _boolean: "true or false (without quotes)", _number: "a number",
    _strings: "a list of strings", _strings_per_language: "a table of lists of strings per "
    "language, e.g. { en = [\"Amb.\"] }",
    _string_per_language: "a table of one string per language, e.g. { fr = \"Communiqués\" }",
}

SCHEMA: dict[str, dict[str, Check]] = {
    "project": {"name": _string, "names": _string_per_language, "source_language": _string,
                "languages": _strings},
    "paths": {"source": _string, "locales": _string, "output": _string, "termbase": _string},
    "segmentation": {"mode": _string, "abbreviations": _strings_per_language},
    "build": {"min_complete": _number, "include_fuzzy": _boolean},
    "memory": {"enabled": _boolean, "accept_exact": _string, "near_threshold": _number},
    "links": {"schemes": _strings},
}
#: ``[style.<lang>]`` tables: one per language, the same keys each.
STYLE_SCHEMA: dict[str, Check] = {"locale": _string, "date": _string, "months": _strings,
                                  "first_day": _string, "dateline": _string,
                                  "attribution": _string, "spacing": _string}


def validate_config(data: Mapping[str, Any], text: str, path: Path) -> None:
    """Raise ConfigError, with the key's line, for the first key of a wrong type."""
    for table, keys in SCHEMA.items():
        _check_table(data, (table,), keys, text, path)
    styles = data.get("style", {})
    if not isinstance(styles, dict):
        raise ConfigError("[style] must be a table", path, key_line(text, (), "style"))
    for lang in styles:
        _check_table(data, ("style", lang), STYLE_SCHEMA, text, path)


def _check_table(data: Mapping[str, Any], table: tuple[str, ...], keys: Mapping[str, Check],
                 text: str, path: Path) -> None:
    value: Any = data
    for part in table:
        value = value.get(part, {}) if isinstance(value, dict) else None
    name = ".".join(table)
    if not isinstance(value, dict):
        raise ConfigError(f"[{name}] must be a table, not {_shown(value)}", path,
                          key_line(text, table[:-1], table[-1]))
    for key, check in keys.items():
        if key in value and not check(value[key]):
            raise ConfigError(f"[{name}] {key} must be {_NAMES[check]}, not {_shown(value[key])}",
                              path, key_line(text, table, key))


def _shown(value: Any) -> str:
    kind = {bool: "a boolean", str: "a string", int: "a number", float: "a number",
            list: "a list", dict: "a table"}.get(type(value), type(value).__name__)
    text = repr(value) if not isinstance(value, bool) else str(value).lower()
    return f"{kind} ({text[:40]})"


_HEADER_RE = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY_RE = re.compile(r"^\s*([A-Za-z0-9_\-.\"' ]+?)\s*=")


def key_line(text: str, table: tuple[str, ...], key: str) -> int | None:
    """The line on which ``key`` of ``[table]`` is set (or the table's header line), as far as
    a line scan can tell: tomllib keeps no positions. Dotted keys (``build.min_complete = 1``
    at the top level) and quoted keys are understood; None when nothing matches."""
    current: tuple[str, ...] = ()
    header_line: int | None = None
    full = (*table, key)
    for number, line in enumerate(text.splitlines(), 1):
        header = _HEADER_RE.match(line)
        if header:
            current = _parts(header.group(1))
            if current == table and header_line is None:
                header_line = number
            if current == full:
                return number
            continue
        found = _KEY_RE.match(line)
        if found and (*current, *_parts(found.group(1))) == full:
            return number
    return header_line


def _parts(dotted: str) -> tuple[str, ...]:
    return tuple(p.strip().strip("\"'") for p in dotted.split("."))
