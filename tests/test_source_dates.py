"""A release date said two ways, and a date that is no day (session 58: an editor's trial).
The pages print a date's ``when`` in each language: a text corrected alone («16 March 2024»
for ``when="2024-03-15"``) had the old date published everywhere without a word; the schema
said of ``when="2024-02-30"`` only "Element date failed to validate attributes"; an import of
"Vienna, 31 April 2014 – The…" took no dateline and said nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Cli, copy_sample

SLUG = "unoct-qatar-strategic-dialogue-2020"


def _dated(ws: Path, old: str, new: str) -> Path:
    path = ws / "source" / f"{SLUG}.xml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("text", ["20 December 2020", "12 December 2020", "12 December"])
def test_a_day_that_is_the_years_last_digits_or_the_month_is_still_another_day(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], text: str) -> None:
    """(A hostile pass: «20 December 2020» and «12 December 2020» for 2020-12-09 had passed,
    20 being the year's last digits and 12 the month's number.)"""
    ws = copy_sample(tmp_path)
    _dated(ws, ">9 December 2020<", f">{text}<")
    cli = cli_factory(ws)
    cli("validate", expect=2)
    assert f"the date reads «{text}»" in cli.err and "but its when is 2020-12-09" in cli.err


@pytest.mark.parametrize("command", ["validate", "extract", "build", "check"])
def test_a_date_whose_text_says_another_day_is_refused(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], command: str) -> None:
    ws = copy_sample(tmp_path)
    _dated(ws, ">9 December 2020<", ">10 December 2020<")
    cli = cli_factory(ws)
    cli(command, expect=2)
    assert f"source/{SLUG}.xml:9: the date reads «10 December 2020» (2020-12-10) but its " \
           "when is 2020-12-09: make them agree" in cli.err, cli.err


def test_a_date_written_as_its_language_writes_it_agrees(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    for text in ("Wednesday, 9 December 2020", "December 9, 2020", "9.12.2020",
                 "٩ كانون الأول/ديسمبر ٢٠٢٠", "December 2020", "9 December",
                 # (a hostile pass: these were refused, «9–10 December 2020 (2020-12-09) but
                 # its when is 2020-12-09»)
                 "9–10 December 2020", "Wednesday, 9 December 2020, 10:30",
                 "9 December 2020 – 75th anniversary"):
        path = _dated(ws, ">9 December 2020<", f">{text}<")
        cli = cli_factory(ws)
        cli("validate")
        path.write_text(path.read_text(encoding="utf-8").replace(f">{text}<",
                                                                 ">9 December 2020<"),
                        encoding="utf-8")


def test_a_when_that_is_no_day_is_said_as_such(tmp_path: Path,
                                               cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    _dated(ws, 'when="2020-12-09"', 'when="2020-02-30"')
    cli = cli_factory(ws)
    cli("validate", expect=2)
    assert "source/unoct-qatar-strategic-dialogue-2020.xml:9: the date's when='2020-02-30' " \
           "is not a day of the calendar: write it YYYY-MM-DD" in cli.err, cli.err


def test_an_import_whose_dateline_date_is_no_day_says_so(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    text = tmp_path / "release.txt"
    text.write_text("Secretary-General welcomes ceasefire agreement\n\nVienna, 31 April 2014 "
                    "- The Secretary-General welcomed the agreement reached today.\n\nHe "
                    "called on all parties to respect it.\n", encoding="utf-8")
    ws = tmp_path / "ws"
    cli = cli_factory(tmp_path)
    cli("init", str(ws))
    cli = cli_factory(ws)
    cli("import", str(text))
    assert "line 3: «31 April 2014» is no day of the calendar: no release date taken" \
        in cli.out + cli.err
