"""Statements and press releases copied from a human rights office's web pages and documents:
a speech's salutation repeated at each of its parts, a date written under the headline and
again under the byline, a statement's head over several lines, and the page's own chrome
("Skip to main content") above the headline. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from importcases import import_text, kinds

SPEECH = """Opening address by the Commissioner to the Council

Geneva, 3 March 2025

Mr President,

It was a long winter for the people of the valley. The roads were closed for months.

Mr President,

After a year in office I am tired, and I am angry.

Mr President

The Council must act now, before the spring comes.

Mr President

Thank you.
"""


def test_a_speech_repeated_salutation_is_text(tmp_path: Path) -> None:
    # a one-page text without page breaks: a line it repeats between its paragraphs is its
    # own ("Mr President," at each of a speech's parts, with its comma or without), never a
    # running header; it had been removed as furniture, the speaker's words lost
    release, removed = import_text(tmp_path, SPEECH)
    assert removed == []
    assert kinds(release, "p").count("Mr President,") == 2
    assert kinds(release, "p").count("Mr President") + kinds(release, "h2").count(
        "Mr President") == 2


def test_a_salutation_at_a_page_edge_is_text(tmp_path: Path) -> None:
    # a line ending on a comma goes on as speech does: no header ends so, even first on
    # each page of a paged text ("Excellencies," and its Chinese «主席先生，»)
    for salutation in ("Excellencies,", "主席先生，"):
        text = ("Statement by the Commissioner\n\nGeneva, 3 March 2025\n\n"
                f"{salutation}\n\nThe winter was long. The roads were closed.\n\f"
                f"{salutation}\n\nThe Council must act now. It has the means.\n\f"
                f"{salutation}\n\nThank you all for listening.\n")
        release, removed = import_text(tmp_path, text)
        assert salutation not in removed
        assert kinds(release, "p").count(salutation) == 3, salutation


def test_a_running_header_is_still_furniture(tmp_path: Path) -> None:
    # the same short line first on each page a form feed opens, or at each "- 2 -": a header
    paged = ("Council hears the Commissioner\n\nGeneva, 3 March 2025 – The Council heard "
             "the Commissioner this morning.\n\nShe spoke of the valley.\n\fOHCHR Statement\n\n"
             "She spoke of the roads.\n\fOHCHR Statement\n\nThe Council will meet again.\n")
    release, removed = import_text(tmp_path, paged)
    assert removed == ["OHCHR Statement", "OHCHR Statement"]
    numbered = ("Council hears the Commissioner\n\nGeneva, 3 March 2025 – The Council heard "
                "the Commissioner this morning.\n\nShe spoke of the valley.\n\n- 1 -\n\n"
                "OHCHR Statement\n\nShe spoke of the roads.\n\n- 2 -\n\nOHCHR Statement\n\n"
                "The Council will meet again.\n")
    release, removed = import_text(tmp_path, numbered)
    assert removed.count("OHCHR Statement") == 2
    assert "OHCHR Statement" not in " ".join(kinds(release, "p") + kinds(release, "h2"))
