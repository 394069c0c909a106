"""A PDF's text layer that sets a blank line after every line (the Council of the EU's
documents, session 63's trial /tmp/w/t63/h2 finding 6): each wrapped line had been a
paragraph; and a letterhead's letter-spaced address band ("R u e d e l a L o i …"), which
had been a paragraph to translate. Texts shortened from those documents."""

from __future__ import annotations

from pathlib import Path

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
