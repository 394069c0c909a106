"""A PDF's text layer that sets a blank line after every line (the Council of the EU's
documents, session 63's trial /tmp/w/t63/h2 finding 6): each wrapped line had been a
paragraph; and a letterhead's letter-spaced address band ("R u e d e l a L o i …"), which
had been a paragraph to translate. Texts shortened from those documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import import_text, kinds
from transpub.importer import import_file

COUNCIL = """\
Council adopts conclusions on the European Court of Auditors' reports

Brussels, 25 September 2017 – The Council adopted the following items.

1 Where declarations, conclusions or resolutions have been formally adopted by the Council, this \
is indicated

in the heading for the item concerned and the text is placed between quotation marks.

Documents for which references are given in the text are available on the Council's site.

Acts adopted with statements for the Council minutes are indicated by an asterisk; these

statements are available on the Council's site.

Individual dossiers 9

pROFESSIONAL QUALIFICATIONS 9

General Affairs

The Council approved the agenda.
"""


def test_a_double_spaced_texts_wrapped_lines_are_joined_and_said(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(COUNCIL, encoding="utf-8")
    report = import_file(path)
    paragraphs = kinds(report.release, "p")
    assert "1 Where declarations, conclusions or resolutions have been formally adopted by the " \
        "Council, this is indicated in the heading for the item concerned and the text is " \
        "placed between quotation marks." in paragraphs
    assert "Acts adopted with statements for the Council minutes are indicated by an " \
        "asterisk; these statements are available on the Council's site." in paragraphs
    assert "line 7: the text is double-spaced: 2 wrapped line(s) that a blank line set apart " \
        "joined to the line above (lines 7, 13)" in report.notes


def test_a_contents_line_is_no_wrap(tmp_path: Path) -> None:
    release, _ = import_text(tmp_path, COUNCIL)
    assert not any("dossiers 9 pROFESSIONAL" in t for kind in ("p", "h2")
                   for t in kinds(release, kind))


def test_a_text_with_paragraphs_of_several_lines_is_not_double_spaced(tmp_path: Path) -> None:
    # (one block's line in lower case under a line without punctuation: a text's own, kept)
    text = COUNCIL.replace("indicated\n\nin the", "indicated\nin the").replace(
        "these\n\nstatements", "these\nstatements").replace("Brussels, 25", "Brussels,\n25")
    release, _ = import_text(tmp_path, text + "\nThe next item\n\nwas adopted without debate.\n"
                             "and more\ntext.\n\nA block\nof lines\n")
    assert "The next item" in kinds(release, "h2") + kinds(release, "p")


def test_a_letter_spaced_address_band_is_removed_and_said(tmp_path: Path) -> None:
    band = ("R u e d e l a L o i 1 7 5 B – 1 0 4 8 B R U S S E L S T e l . : + 3 2 ( 0 ) 2 2 8 "
            "1 6 3 1 9")
    release, removed = import_text(tmp_path, COUNCIL.replace(
        "Brussels, 25", band + "\n\nBrussels, 25", 1))
    assert band in removed
    assert not any("R u e" in t for t in kinds(release, "p"))


#: A text of a paragraph a line with a blank line between (no wrap anywhere): a list's items
#: in lower case without punctuation, a link's line and a contact's in lower case under it.
ONE_A_LINE = """\
Children Bear the Brunt of Conflict, UNICEF Report Says

NEW YORK, 5 March 2025 – A report published today by UNICEF finds that children bear the \
brunt of the world's conflicts.

Among its key findings:

nearly 50 million children have been displaced by conflict and violence

one in four children lives in a country affected by conflict

attacks on schools have doubled since 2020

"These figures should shock us all," said the Executive Director.

The report calls on all parties to protect children.

It will be presented to the Security Council next week.

The report is available at www.unicef.org/reports

media inquiries should be sent to the press office.
"""
LONG = ("The report, which draws on data from 40 countries and on interviews with children and "
        "their families, finds that the number of grave violations verified has risen.")


@pytest.mark.parametrize("text", [
    ONE_A_LINE,
    # (its paragraphs longer than a page's width: no line of it was wrapped)
    ONE_A_LINE.replace("The report calls on all parties to protect children.", LONG).replace(
        "It will be presented to the Security Council next week.", LONG).replace(
        "\"These figures should shock us all,\" said the Executive Director.", LONG),
], ids=["short-paragraphs", "long-paragraphs"])
def test_a_text_of_a_paragraph_a_line_is_not_double_spaced(tmp_path: Path, text: str) -> None:
    """Blank lines between one-line blocks are no proof: a text of a paragraph a line has
    them too. Its list's items stay three paragraphs and the contact's line stays apart
    from the link's (they had been glued, the text said to be double-spaced)."""
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    report = import_file(path)
    assert not any("double-spaced" in n for n in report.notes)
    paragraphs = kinds(report.release, "p")
    assert paragraphs[2:5] == ["nearly 50 million children have been displaced by conflict and "
                               "violence", "one in four children lives in a country affected "
                               "by conflict", "attacks on schools have doubled since 2020"]
    assert "media inquiries should be sent to the press office." not in " ".join(
        t for t in paragraphs if "www.unicef.org" in t)


def test_a_paragraph_wrapped_over_many_lines_is_joined(tmp_path: Path) -> None:
    """A double-spaced paragraph wrapped over many lines at one width: one paragraph; a
    short lower-case line under a short line in the same text is no wrap and stays."""
    lines = [f"diplomacy, which set out the priorities of the Union for item {n} and the"
             for n in range(12)]
    text = ("Council Adopts Conclusions on Water\n\nBRUSSELS, 4 April 2019 – The Council today "
            "adopted conclusions on water\n\n" + "\n\n".join(lines) + "\n\nnext steps.\n\n"
            "Main results\n\nsee the annex\n")
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    report = import_file(path)
    paragraphs = kinds(report.release, "p")
    assert paragraphs[0] == "The Council today adopted conclusions on water " + " ".join(
        lines) + " next steps."
    assert "see the annex" in paragraphs
    assert any("the text is double-spaced: 13 wrapped line(s)" in n for n in report.notes)
