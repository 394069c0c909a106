"""A report site's fields (ReliefWeb's "Format" / "Source" / "Posted" / …, data/page_chrome.json's
``fields``) are the site's only beside their kind: in a run of two or more, alone, with a value
after a colon, or with the value on the line under them. A field's name alone in the body is a
heading of the release and stays ("Sources", "Format", a chart's «来源：»; a hostile review of
session 63, finding 8, had found them removed as page furniture)."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import import_text, kinds

HEAD = """\
Refugee Numbers Reach New High, UNHCR Report Finds

GENEVA, 12 June 2024 – The number of people forced to flee reached 120 million in May.

"""
TAIL = "\nThe report is published in English and French, with summaries in six languages.\n"


@pytest.mark.parametrize("heading", ["Sources", "Format", "Source:", "Origin", "Fuentes"])
def test_a_field_named_heading_in_the_body_stays(tmp_path: Path, heading: str) -> None:
    release, removed = import_text(tmp_path, HEAD + f"{heading}\n\nUNHCR, Global Trends: Forced "
                                   "Displacement in 2023, June 2024.\n" + TAIL)
    assert removed == []
    assert heading.rstrip(":") in " ".join(kinds(release, "h2") + kinds(release, "p"))


def test_a_chinese_source_heading_stays(tmp_path: Path) -> None:
    _, removed = import_text(tmp_path, """\
难民人数创下新高

2024年6月12日，日内瓦——报告说，被迫逃离家园的人数在5月达到1.2亿。

来源：

难民署《全球趋势》报告，2024年6月。
""")
    assert removed == []


def test_a_site_run_of_fields_is_removed_and_said(tmp_path: Path) -> None:
    release, removed = import_text(tmp_path, HEAD + """\
Format
News and Press Release
Source
Posted
Originally published
Origin
View original
""" + TAIL)
    assert removed == ["Format", "News and Press Release", "Source", "Posted",
                       "Originally published", "Origin", "View original"]
    assert len(kinds(release, "p")) == 2


def test_fields_with_their_values() -> None:
    from transpub.importer_chrome import report_fields

    assert report_fields(["Source: UNICEF", "Posted: 12 Jun 2024", "The text."]) == {0, 1}
    assert report_fields(["Source", "UNICEF", "Posted", "12 Jun 2024", "The text."]) == {0, 2}
    # (alone, with its value or not: the text's line, a chart's source)
    assert report_fields(["The figures.", "Source: UNHCR", "The text."]) == set()
    assert report_fields(["Sources", "UNHCR, Global Trends: Forced Displacement in 2023.",
                          "Format", "The report is published in English."]) == set()
