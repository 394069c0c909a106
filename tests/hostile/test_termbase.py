"""Hostile CSV termbases (session 60's hostile pass, h3 repros 16 and 43): a stray quote that
took every later row into one term, control characters dropped from terms without a word."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import assert_refused, assert_untouched, snapshot
from conftest import Cli

_HEADER = "concept,category,lang,term,status\n"
_ROWS = ("un,organisation,en,United Nations,preferred\n"
         "un,organisation,fr,Organisation des Nations Unies,preferred\n"
         "who,organisation,en,World Health Organization,preferred\n"
         "who,organisation,fr,Organisation mondiale de la Santé,preferred\n")


def _termbase(ws: Path, hcli: Cli, name: str, text: str) -> int:
    path = ws.parent / name
    path.write_bytes(text.encode("utf-8"))
    return hcli("termbase", str(path), expect=None)


@pytest.mark.parametrize(("name", "text", "line"), [
    # the quote never closes: every later row was one French "term", exit 0, "1 concept(s)"
    ("stray.csv", _HEADER + "sg,person,en,António Guterres,preferred\n"
     'sg,person,fr,"António Guterres,preferred\n' + _ROWS, 3),
    # ... on the last line
    ("last.csv", _HEADER + 'sg,person,en,"António Guterres,preferred\n', 2),
    # closed by the next stray quote, rows later
    ("two.csv", _HEADER + 'sg,person,fr,"António Guterres,preferred\n' + _ROWS
     + 'x,other,en,"Quoted" word,preferred\n', 2),
    # a column glossary: the quote took the tab, the French term was lost
    ("cols.tsv", 'en\tfr\nAntónio Guterres\tAntónio Guterres\n"Operation Desert Storm\t'
     '"Opération Tempête du désert\nUnited Nations\tOrganisation des Nations Unies\n', 3),
], ids=["never-closed", "on-the-last-line", "closed-rows-later", "over-a-tab"])
def test_stray_quote(ws: Path, hcli: Cli, name: str, text: str, line: int) -> None:
    before = snapshot(ws)
    code = _termbase(ws, hcli, name, text)
    assert_refused(hcli, code, f"{name}:{line}:", contains="quote")
    assert_untouched(ws, before)


@pytest.mark.parametrize("text", [
    # a quote closed early on one line: read as the csv module reads it, as before
    _HEADER + 'x,other,en,"UN" Women,preferred\n' + _ROWS,
    # a quoted cell holding line breaks (Crowdin's descriptions)
    "concept,category,lang,term,status,description\n"
    'un,organisation,en,United Nations,preferred,"The Organization.\nFounded in 1945."\n'
    "un,organisation,fr,Organisation des Nations Unies,preferred,\n",
], ids=["closed-early", "line-breaks-in-a-cell"])
def test_quotes_that_close(ws: Path, hcli: Cli, text: str) -> None:
    assert _termbase(ws, hcli, "ok.csv", text) == 0, hcli.err
    assert "concept(s)" in hcli.out


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x7f", "\x9b"], ids=["NUL", "ESC", "DEL", "CSI"])
def test_control_character_in_a_term(ws: Path, hcli: Cli, char: str) -> None:
    """Dropped by the TBX written from it ("A\\x00B" became "AB") and found in no text: the
    row is skipped, and the warning names it."""
    text = _HEADER + f"sg,person,en,António Guterres,preferred\nsg,person,fr,Ant{char}nio," \
        "preferred\n" + _ROWS
    assert _termbase(ws, hcli, "c0.csv", text) == 0, hcli.err
    assert f"c0.csv:3: row skipped: the term 'Ant\\x{ord(char):02x}nio' holds the control " \
        f"character U+{ord(char):04X}" in hcli.err
    assert "3 concept(s); terms: en 3, fr 2" in hcli.out
