"""Tables and pictures as PDF-to-Markdown converters write them (the sample came through one:
its links are "[text](#)"): a GFM table's cells become a paragraph each, as the HTML
importer makes a ``<table>``'s, and images are left out, as ``<img>`` is, each said to be
removed. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from transpub.importer import import_file
from transpub.model import Release

HEAD = """\
UNODC Reports Record Seizures

Vienna, 26 June 2024 – The United Nations Office on Drugs and Crime (UNODC) today released
its annual report.

"""
TAIL = """
The report is available online.
"""


def _import(tmp_path: Path, body: str, name: str = "release.txt") -> tuple[Release, list[str]]:
    path = tmp_path / name
    path.write_text(HEAD + body + TAIL, encoding="utf-8")
    report = import_file(path)
    return report.release, [t for _, t in report.removed]


def _paragraphs(release: Release) -> list[str]:
    return ["".join(s.text for s in b.spans if s.kind in ("text", "atom"))
            for b in release.blocks if b.kind == "p"]


TABLE = """\
| Region | Seizures (tons) | Change |
|:-------|----------------:|:------:|
| Africa | 1,234           | +12%   |
| Asia   | 2,345           |        |
"""
CELLS = ["Region", "Seizures (tons)", "Change", "Africa", "1,234", "+12%", "Asia", "2,345"]


@pytest.mark.parametrize("name", ["release.txt", "release.md"])
def test_table_cells_are_paragraphs(tmp_path: Path, name: str) -> None:
    release, _removed = _import(tmp_path, TABLE, name)
    assert _paragraphs(release)[1:-1] == CELLS
    # a cell is no subheading, however short, and no rule row is left
    assert [b.kind for b in release.blocks].count("h2") == 0
    assert not any("---" in p for p in _paragraphs(release))


def test_table_without_outer_bars(tmp_path: Path) -> None:
    table = "Region | Change\n---|---\nAfrica | +12%\nAsia \\| Pacific | -3%\n"
    release, _removed = _import(tmp_path, table)
    assert _paragraphs(release)[1:-1] == ["Region", "Change", "Africa", "+12%",
                                          "Asia | Pacific", "-3%"]


def test_wide_table_rows_stay_one_table(tmp_path: Path) -> None:
    # rows wider than a printed page's line: not a paragraph a line (text without blank
    # lines), but one table
    wide = "A long description of the region and of the seizures made there in the year"
    table = f"| {wide} | {wide} |\n|---|---|\n| Africa | 1,234 |\n"
    release, _removed = _import(tmp_path, table)
    assert _paragraphs(release)[1:-1] == [wide, wide, "Africa", "1,234"]


@pytest.mark.parametrize("text", [
    # bars that make no table: one line, or lines without a rule and without outer bars
    "Read the report | Watch the launch on UN Web TV.\n",
    "The plan has two parts | the first is funded\nand the second | is not yet.\n",
])
def test_bars_that_are_no_table(tmp_path: Path, text: str) -> None:
    release, _removed = _import(tmp_path, text)
    assert len(_paragraphs(release)) == 3
    assert "|" in _paragraphs(release)[1]


def test_images_left_out_and_said(tmp_path: Path) -> None:
    body = ("![Ms. Waly presents the report](images/waly.jpg \"The launch\")\n\n"
            "The report [![cover](cover.png)](https://www.unodc.org/wdr) covers 2023.\n\n")
    release, removed = _import(tmp_path, body, "release.md")
    assert _paragraphs(release)[1:-1] == ["The report covers 2023."]
    assert removed == ['![Ms. Waly presents the report](images/waly.jpg "The launch")',
                       "![cover](cover.png)"]


def test_an_exclamation_before_a_bracket_that_is_no_image(tmp_path: Path) -> None:
    release, removed = _import(tmp_path, "Act now! [Read the report](https://www.unodc.org).\n\n")
    assert _paragraphs(release)[1] == "Act now! Read the report."
    assert removed == []
