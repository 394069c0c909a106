"""Body layouts of agencies' releases that the importer misread (found by writing releases in
the styles of UNICEF, WHO, WFP, ECA, ESCAP, UN Women and others): a subheading set right above
its text, end marks, lines of links, contact blocks opened in bold or by "Issued by:". Texts
written for these tests; each reading has a twin that must not be taken so."""

from __future__ import annotations

from pathlib import Path

import pytest

from transpub.importer import import_file
from transpub.model import Release

HEAD = "PRESS RELEASE\n\nUNICEF Calls for Action on Child Poverty\n\nNEW YORK, 11 June 2024 – " \
       "Around 400 million children live in poverty, UNICEF said today.\n\n"


def _import(tmp_path: Path, body: str, name: str = "release.txt") -> Release:
    path = tmp_path / name
    path.write_text(HEAD + body, encoding="utf-8")
    return import_file(path).release


def _blocks(release: Release) -> list[tuple[str, str]]:
    return [(b.kind, "".join(s.text for s in b.spans if s.kind in ("text", "atom")))
            for b in release.blocks if b.kind in ("p", "h2", "line")][1:]


def test_subheading_right_above_its_text(tmp_path: Path) -> None:
    body = ("Notes to editors\nThe report is available at www.unicef.org/report.\n\n"
            "About UNICEF\nUNICEF works in some of the world’s toughest places, to reach the "
            "world’s most disadvantaged\nchildren.\n")
    assert _blocks(_import(tmp_path, body)) == [
        ("h2", "Notes to editors"), ("p", "The report is available at www.unicef.org/report."),
        ("h2", "About UNICEF"),
        ("p", "UNICEF works in some of the world’s toughest places, to reach the world’s most "
              "disadvantaged children.")]


@pytest.mark.parametrize("body", [
    # a paragraph's first line as long as the others: wrapped text
    "The Executive Director of UNICEF said that the report\nshowed how far the world still had "
    "to go.\n",
    # a first line that needs the next: a wrap, not a heading
    "The Executive Director of\nUNICEF said that the report showed how far the world had to "
    "go.\n",
])
def test_wrapped_paragraph_is_not_cut(tmp_path: Path, body: str) -> None:
    assert [k for k, _ in _blocks(_import(tmp_path, body))] == ["p"]


def test_subheading_in_markdown_is_markdown_s(tmp_path: Path) -> None:
    # Markdown marks its headings: two lines of a paragraph stay one
    body = "About UNICEF\nUNICEF works in some of the world’s toughest places.\n"
    assert _blocks(_import(tmp_path, body, "release.md")) == [
        ("p", "About UNICEF UNICEF works in some of the world’s toughest places.")]


@pytest.mark.parametrize("mark", ["ENDS", "# # #", "-30-", "* * *"])
def test_end_mark_is_no_page_break(tmp_path: Path, mark: str) -> None:
    # the paragraph above an end mark ends there, however it ends (here on an address)
    body = (f"The full report is available online at https://www.unicef.org/reports/child-poverty"
            f"\n\n{mark}\n\nthe United Nations Children’s Fund works in 190 countries and "
            "territories.\n")
    blocks = _blocks(_import(tmp_path, body))
    assert len([k for k, _ in blocks if k == "p"]) == 2


def test_continuation_mark_still_crosses_a_page(tmp_path: Path) -> None:
    # the twin: "- more -" says the text goes on: the sentence is rejoined across it
    body = ("The report shows that the number of children living in\n\n- more -\n\n"
            "poverty rose in 2023.\n")
    assert _blocks(_import(tmp_path, body)) == [
        ("p", "The report shows that the number of children living in poverty rose in 2023.")]


def test_lines_of_links_are_no_subheadings(tmp_path: Path) -> None:
    body = ("The report is available at: https://www.unicef.org/reports/child-poverty\n\n"
            "Follow us on: Twitter | Facebook | YouTube\n\n"
            "Photo caption: Children at a school in Kabul, March 2024. Photo: UNICEF/Jane Doe\n\n"
            "The Fund will present the report to the Executive Board in September.\n")
    assert [k for k, _ in _blocks(_import(tmp_path, body))] == ["p", "p", "p", "p"]


@pytest.mark.parametrize(("lead", "name"), [
    ("**For more information, please contact:**", "release.md"),
    ("**For more information, please contact:**", "release.txt"),
    ("Issued by:", "release.txt"),
])
def test_contact_block_openers(tmp_path: Path, lead: str, name: str) -> None:
    body = f"{lead}\nCommunications Section\nTel: +251 11 551 5826\nE-mail: eca-info@un.org\n"
    lines = [t for k, t in _blocks(_import(tmp_path, body, name)) if k == "line"]
    assert lines == [lead.strip("*"), "Communications Section", "Tel: +251 11 551 5826",
                     "E-mail: eca-info@un.org"]


PAGED = """\
PRESS RELEASE

Coordinator Allocates $10 Million to Respond to Floods in Somalia

New York, 3 April 2024 – The Humanitarian Coordinator for Somalia today released US$10 million
from the Somalia Humanitarian Fund to scale up life-saving assistance to people affected by

{footer}

{header}

severe flooding in the Juba and Shabelle river basins.
"""


@pytest.mark.parametrize(("footer", "header"), [
    ("                                   Page 1 of 2",
     "OCHA Press Release                                              Page 2 of 2"),
    ("- 1 -", "Press Release – Floods in Somalia                              3 April 2024"),
    ("\f", "OCHA Press Release – Somalia floods                             3 April 2024"),
])
def test_running_header_of_page_two(tmp_path: Path, footer: str, header: str) -> None:
    path = tmp_path / "release.txt"
    path.write_text(PAGED.format(footer=footer, header=header), encoding="utf-8")
    report = import_file(path)
    paragraphs = [t for k, t in _blocks(report.release) if k == "p"]
    # the header is furniture, and the sentence the page break cut is one again
    assert paragraphs == []  # (the dated paragraph is the only one: see _blocks)
    text = "".join(s.text for b in report.release.blocks if b.kind == "p" for s in b.spans)
    assert text.endswith("people affected by severe flooding in the Juba and Shabelle river "
                         "basins.")
    assert header.split("  ")[0] in [t.split("  ")[0] for _, t in report.removed]


def test_columns_line_in_the_text_is_no_header(tmp_path: Path) -> None:
    # the twin: a line of two columns with a date inside the text, no page break before it
    body = PAGED.format(footer="", header="").replace(
        "\n\n\n\n", "\n\nSigned in New York                                   3 April 2024\n\n")
    path = tmp_path / "release.txt"
    path.write_text(body, encoding="utf-8")
    report = import_file(path)
    assert not any(t.startswith("Signed") for _, t in report.removed)


def test_embargo_instruction_of_several_lines(tmp_path: Path) -> None:
    text = ("PRESS RELEASE\n\nEMBARGO\nThe contents of this press release must not be quoted "
            "or summarized in the print, broadcast or\nelectronic media before 20 June 2024, "
            "17:00 hours GMT\n\nForeign Direct Investment Fell by 2% in 2023, Report Shows\n\n"
            "Geneva, 20 June 2024 – Global foreign direct investment fell by 2% in 2023.\n")
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    report = import_file(path)
    kinds = {b.kind: "".join(s.text for s in b.spans) for b in report.release.blocks}
    assert kinds["title"] == "Foreign Direct Investment Fell by 2% in 2023, Report Shows"
    assert kinds["label"] == "PRESS RELEASE"
    assert report.removed[0][1] == "EMBARGO"


@pytest.mark.parametrize("headline", ["Embargo Lifted on Arms Exports to the Region",
                                      "The Contents of the Report Surprise Experts"])
def test_headline_about_an_embargo_stays(tmp_path: Path, headline: str) -> None:
    text = (f"PRESS RELEASE\n\n{headline}\n\nGeneva, 20 June 2024 – The Council acted "
            "today.\n")
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    title = next(b for b in import_file(path).release.blocks if b.kind == "title")
    assert "".join(s.text for s in title.spans) == headline


def test_office_footer_repeated_without_page_gaps(tmp_path: Path) -> None:
    footer = ("Vienna International Centre, PO Box 500, 1400 Vienna, Austria | Tel: "
              "+43-1-26060-0 | www.unodc.org")
    body = (f"The report covers 156 countries.\n\n{footer}\n\n\nTraffickers exploit crises, "
            f"said the Executive Director.\n\n{footer}\n\n\nChild victims rose by 31 per cent.\n")
    path = tmp_path / "release.txt"
    path.write_text(HEAD + body, encoding="utf-8")
    report = import_file(path)
    assert [t for _, t in report.removed] == [footer, footer]
    assert len(_blocks(report.release)) == 3


def test_advisory_field_of_several_entries(tmp_path: Path) -> None:
    text = ("MEDIA ADVISORY\n\nLaunch of the Global Report on Food Crises\n\n"
            "What: Press conference to launch the Global Report on Food Crises 2024 and the\n"
            "      regional reports\n"
            "When: Wednesday, 24 April 2024, 10:00 a.m. CET\n"
            "Who: Máximo Torero, Chief Economist, FAO\n"
            "     Arif Husain, Chief Economist, WFP\n\n"
            "The press conference will be webcast live.\n")
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    paragraphs = ["".join(s.text for s in b.spans) for b in import_file(path).release.blocks
                  if b.kind == "p"]
    assert paragraphs == [
        "What: Press conference to launch the Global Report on Food Crises 2024 and the "
        "regional reports", "When: Wednesday, 24 April 2024, 10:00 a.m. CET",
        "Who: Máximo Torero, Chief Economist, FAO", "Arif Husain, Chief Economist, WFP",
        "The press conference will be webcast live."]


def test_briefing_notes_fields_and_contacts_offered_with_or(tmp_path: Path) -> None:
    text = ("PRESS BRIEFING NOTES\n\n"
            "Spokesperson for the UN High Commissioner for Human Rights: Ravina Shamdasani\n"
            "Location: Geneva\nSubject: Iran\n\n"
            "We are deeply concerned by reports of executions in the first two months of 2024."
            "\n\nFor more information and media requests, please contact:\nIn Geneva\n"
            "Ravina Shamdasani - + 41 22 917 9169 / ravina.shamdasani@un.org or\n"
            "Liz Throssell + 41 22 917 9296 / elizabeth.throssell@un.org\n")
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    blocks = [(b.kind, "".join(s.text for s in b.spans))
              for b in import_file(path).release.blocks]
    assert ("p", "Location: Geneva") in blocks and ("p", "Subject: Iran") in blocks
    assert [t for k, t in blocks if k == "line"][-2:] == [
        "Ravina Shamdasani - + 41 22 917 9169 / ravina.shamdasani@un.org or",
        "Liz Throssell + 41 22 917 9296 / elizabeth.throssell@un.org"]


@pytest.mark.parametrize(("body", "kinds"), [
    # numbered section headings
    ("1. Background\nIn 2023 the region recorded more than 7 million migrants who moved.\n\n"
     "2. Main outcomes\nParticipants agreed on a common set of 20 indicators for the region.\n",
     ["h2", "p", "h2", "p"]),
    # a heading in capitals over a list
    ("KEY FINDINGS\n\n• Urban areas are home to 56 per cent of people.\n"
     "• Cities emit 70 per cent of the gases.\n", ["h2", "p", "p"]),
    # twin: a lead-in in words over a list stays a paragraph
    ("The key findings are the following\n\n• Urban areas are home to 56 per cent of people.\n"
     "• Cities emit 70 per cent of the gases.\n", ["p", "p", "p"]),
])
def test_numbered_and_capital_headings(tmp_path: Path, body: str, kinds: list[str]) -> None:
    assert [k for k, _ in _blocks(_import(tmp_path, body))] == kinds


def test_picture_credit_above_the_dateline_is_a_paragraph(tmp_path: Path) -> None:
    text = ("UNICEF Delivers Vaccines to Remote Communities\n\nPhoto: A health worker "
            "vaccinates a child. © UNICEF/UN0612345/Naftalin\n\nPORT MORESBY, 5 June 2024 – "
            "UNICEF has delivered 200,000 doses of vaccines.\n")
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    release = import_file(path).release
    # (a paragraph under the first one, which the dateline opens: it had stood first, and the
    # built dateline opened the credit, "PORT MORESBY, 5 June 2024 – Photo: …")
    assert [b.kind for b in release.blocks] == ["title", "place", "p", "p"]
    assert release.blocks[3].spans[0].text.startswith("Photo: A health worker")
