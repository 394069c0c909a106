"""CLDR's language facts of every locale babel knows, read once into a table shipped with
transpub (``data/language_facts.json``), so that the child reading them for a parallel
extract (``languages.FactsApart``) does not load babel's locale data.

``languages._cldr_facts`` reads four facts of a locale (its text direction, CLDR's plural
forms, its name in itself and in English) from babel's locale data: a pickle per locale, its
parents' and English's, ~8 ms of CPU a language (48 ms for the six UN languages), which the
parallel extract's main process waited for before forking its workers. The table holds what
babel gives for each of its locale identifiers, made by this module's ``table()`` (``python3
-m transpub.factstable`` writes it), and is used only with the babel version it was made
from: any other version, or a locale it does not hold, is read from babel's data as before
(tests/test_ext15_extract.py holds the table to babel's answers).
"""

from __future__ import annotations

import json
import sys
from functools import cache
from importlib.resources import files
from typing import Any

#: What ``table`` writes, its babel version and rows.
_FORMAT = "transpub-language-facts/1"

#: A locale's raw facts: direction, CLDR's plural forms, its display name in itself and its
#: English name (None where babel has none).
Row = tuple[str, str, "str | None", "str | None"]


def read_cldr(locale: Any) -> Row:
    """The raw facts of a ``babel.Locale``, from babel's locale data (loaded here)."""
    from babel.messages.plurals import get_plural  # (babel.messages: ~6 ms to import)

    return (locale.text_direction, get_plural(locale).plural_forms,
            locale.display_name or None, locale.english_name or None)


def row(identifier: str) -> Row | None:
    """The table's facts of a locale (``str`` of its ``babel.Locale``), or None: not in the
    table, or the table is not this babel's."""
    rows = _rows()
    found = rows.get(identifier) if rows is not None else None
    if found is None:
        return None
    direction, plural_forms, native, english = found
    return direction, plural_forms, native, english


@cache
def _rows() -> dict[str, list[Any]] | None:
    """The table's rows by locale identifier, when it was made from the babel in use."""
    import babel

    try:
        data = json.loads((files("transpub") / "data" / "language_facts.json").read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != _FORMAT \
            or data.get("babel") != babel.__version__ or not isinstance(data.get("rows"), dict):
        return None
    rows: dict[str, list[Any]] = data["rows"]
    return rows


def table() -> dict[str, Any]:
    """The table of every locale babel knows (``str`` of the parsed identifier -> its
    ``read_cldr`` row), as the JSON file holds it."""
    import babel
    from babel import Locale
    from babel.localedata import locale_identifiers

    rows: dict[str, list[str | None]] = {}
    for identifier in sorted(locale_identifiers()):
        try:
            locale = Locale.parse(identifier)
        except (ValueError, TypeError, babel.UnknownLocaleError):
            continue
        rows[str(locale)] = list(read_cldr(locale))
    return {"format": _FORMAT, "babel": babel.__version__, "rows": rows}


def main() -> int:
    """Write the table for the babel in use to ``data/language_facts.json`` (a maintainer's
    step after upgrading babel; the file is part of the package)."""
    from pathlib import Path

    target = Path(__file__).resolve().parent / "data" / "language_facts.json"
    text = json.dumps(table(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    target.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
