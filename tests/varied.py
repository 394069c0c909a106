"""A workspace whose translations are varied the ways translators leave them, shared by the
build tests that compare two ways of building (``test_pagefast.py``: pages straight from the
translations against the plain way; ``test_build_fastpath.py``: workers against one process).
"""

from __future__ import annotations

from pathlib import Path

from transpub.catalog import po_path

from conftest import SAMPLE_TEXT, Cli

SAMPLE_SLUG = "unoct-qatar-strategic-dialogue-2020"


def drop_placeholder(text: str) -> str:
    """The PO text with the first ``<a1>`` of a translation removed."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.startswith('msgstr "') and "<a1>" in line:
            lines[index] = line.replace("<a1>", "", 1)
            return "\n".join(lines)
    raise AssertionError("no translated placeholder to drop")


def vary_translations(ws: Path, cli: Cli, copies: int) -> None:
    """``copies`` more releases imported from the sample and extracted, then their
    translations (and the sample's) varied in turn: a fuzzy entry, a lost placeholder, a
    missing PO file, entries for an older source text, and markup characters and «
    in translations."""
    for number in range(copies):
        cli("import", str(SAMPLE_TEXT), "--slug", f"copy-{number}")
    cli("extract")
    for number, code in enumerate(["ar", "zh", "fr", "ru", "es"] * 2):
        slug = f"copy-{number}" if number < copies else SAMPLE_SLUG
        po = po_path(ws / "locales", code, slug)
        text = po.read_text(encoding="utf-8")
        if number % 5 == 0:
            text = text.replace('msgctxt "p1.s1"', '#, fuzzy\nmsgctxt "p1.s1"')
        elif number % 5 == 1:
            text = drop_placeholder(text)
        elif number % 5 == 2:
            po.unlink()
            continue
        elif number % 5 == 3:
            text = text.replace('msgid "', 'msgid "Old: ', 3)
        po.write_text(text.replace('msgstr "', 'msgstr "<b>&' + "«" * (number % 3), 4),
                      encoding="utf-8")
