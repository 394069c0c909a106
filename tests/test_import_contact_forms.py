"""Contact details in the forms newsrooms outside the UN set them (session 63's trial of real
pages, /tmp/w/t63/h2 and h1): a lead-in that asks nothing in a text without blank lines
(ICRC's "Informations complémentaires :"), a contact block followed by the office's
boilerplate in such a text (UNICEF UK's "About UNICEF" and two paragraphs), a name and a
telephone between the headline and the dateline (the World Bank's), the contacts in
parentheses at a paragraph's end (the European Commission's) and a contact table whose rows
lost their columns' spacing (the IMF's). Texts shortened from those pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import import_text, kinds
from transpub.importer import import_file

ICRC_FR = """\
Thaïlande-Cambodge : le CICR appelle à la retenue
Genève (CICR) – Le CICR appelle à la retenue et à la désescalade entre les deux pays.
Le CICR continue de mener un dialogue bilatéral et confidentiel avec les deux parties.
À propos du CICR
Le Comité international de la Croix-Rouge (CICR) est une organisation neutre, impartiale et \
indépendante dont le mandat strictement humanitaire découle des Conventions de Genève de 1949.
Informations complémentaires :
Jacqueline Rhona Fernandez, tél. : +41227303209, courriel : jfernandez@icrc.org
CICR Genève, tél. : +41 22 730 34 43, courriel : press@icrc.org
"""


def test_a_lead_in_that_asks_nothing_opens_the_contact_block(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(ICRC_FR, encoding="utf-8")
    release = import_file(path, lang="fr").release
    assert kinds(release, "line") == [
        "Informations complémentaires :",
        "Jacqueline Rhona Fernandez, tél. : +41227303209, courriel : jfernandez@icrc.org",
        "CICR Genève, tél. : +41 22 730 34 43, courriel : press@icrc.org"]
    assert "Informations complémentaires :" not in kinds(release, "p")


UNICEF_UK = """\
UNICEF welcomes the extension of the truce in Yemen
LONDON, 2 August 2022 – UNICEF welcomes the announcement that the truce has been extended.
“More needs to be done to protect children in Yemen,” said the Representative.
For more information, please contact:
Unicef UK Media Team, 0207 375 6030, media@unicef.org.uk
About UNICEF
UNICEF works in some of the world’s toughest places, to reach the world’s most disadvantaged \
children. Across more than 190 countries and territories, we work for every child, everywhere.
"""
SECOND_ABOUT = ("The UK Committee for UNICEF (UNICEF UK) raises funds for UNICEF’s emergency and "
                "development work for children. We also promote and protect children’s rights in "
                "the UK and internationally.\n")


@pytest.mark.parametrize("tail", ["", SECOND_ABOUT], ids=["one-about-paragraph", "two"])
def test_contact_block_over_the_offices_boilerplate_in_a_text_without_blank_lines(
        tmp_path: Path, tail: str) -> None:
    release, _ = import_text(tmp_path, UNICEF_UK + tail)
    assert kinds(release, "line") == [
        "For more information, please contact:",
        "Unicef UK Media Team, 0207 375 6030, media@unicef.org.uk"]
    assert kinds(release, "h2") == ["About UNICEF"]
    assert kinds(release, "p")[-1].startswith(
        "The UK Committee" if tail else "UNICEF works in some")


@pytest.mark.parametrize("contacts", [
    "Gerry Rice: 202-473-1842\nDavid Theis: 202-458-8626\n",
    "Gerry Rice (202) 473-1842\n\nDavid Theis (202) 458-8626\n",
], ids=["colon", "area-code-in-parentheses"])
def test_names_and_telephones_between_headline_and_dateline(tmp_path: Path,
                                                            contacts: str) -> None:
    release, _ = import_text(tmp_path, f"""\
Nomination For Presidency Of The World Bank

{contacts}
WASHINGTON, March 16, 2005 — The World Bank's Board has received a nomination from the United
States for the Presidency of the Bank.
""")
    assert [c.split()[0] for c in kinds(release, "line")] == ["Gerry", "David"]
    assert kinds(release, "h2") == []
    assert kinds(release, "p") == ["The World Bank's Board has received a nomination from the "
                                   "United States for the Presidency of the Bank."]
    assert release.date is not None and release.date.isoformat() == "2005-03-16"


def test_a_sentence_with_a_name_and_a_number_is_no_contact(tmp_path: Path) -> None:
    release, _ = import_text(tmp_path, """\
Board approves new credit line

WASHINGTON, March 16, 2005 — The Board approved the credit line.

Reference number: 2005-03-16-1842
""")
    assert kinds(release, "line") == []


EC = """\
Juncker Commission visits Slovakia

Brussels, 30 June 2016

The College will meet with the President of the Slovak Republic. A press conference will take \
place tomorrow. (For more information: Margaritis Schinas – Tel.: +32 229 60524; Mina Andreeva \
– Tel.: +32 229 91382)

The College will then meet the National Council.
"""


def test_contacts_in_parentheses_at_a_paragraphs_end(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(EC, encoding="utf-8")
    report = import_file(path)
    assert kinds(report.release, "p") == [
        "The College will meet with the President of the Slovak Republic. A press conference "
        "will take place tomorrow.", "The College will then meet the National Council."]
    assert kinds(report.release, "line") == [
        "For more information:", "Margaritis Schinas – Tel.: +32 229 60524",
        "Mina Andreeva – Tel.: +32 229 91382"]
    # said, with its line
    assert any(n.startswith("line 5: the contacts at the paragraph's end («For more "
                            "information: Margaritis Schinas") for n in report.notes)


def test_a_parenthesis_without_contact_details_stays(tmp_path: Path) -> None:
    release, _ = import_text(tmp_path, EC.replace(
        "(For more information: Margaritis Schinas – Tel.: +32 229 60524; Mina Andreeva "
        "– Tel.: +32 229 91382)", "(For more information: see the Commission's site)"))
    assert kinds(release, "line") == []
    assert kinds(release, "p")[0].endswith("(For more information: see the Commission's site)")


def test_contact_table_rows_that_lost_their_columns(tmp_path: Path) -> None:
    release, _ = import_text(tmp_path, """\
IMF Adopts Press Information Notices

WASHINGTON, April 24, 1997 – The IMF will release Press Information Notices.

The Notice will normally be released shortly after the Executive Board meeting.


Public Affairs    Media Relations
E-mail: E-mail:
Fax: 202-623-6278 Phone: 202-623-7100
""")
    assert kinds(release, "line") == ["Public Affairs", "E-mail:", "Fax: 202-623-6278",
                                      "Media Relations", "E-mail:", "Phone: 202-623-7100"]


FIGURES = """\
Humanitarian Response Plan for Sudan Launched

GENEVA, 5 March 2025 – The United Nations and its partners today launched the plan.

Key figures:

{lines}

The plan covers the whole of the year and all 18 states of the country.
"""


@pytest.mark.parametrize("lines", [
    # a label in sentence case, a figure in groups of three
    "People in need: 30 400 000\nPeople targeted: 20 900 000\nFunding required: 4 200 000 000",
    # a label in title case: its figure is still no telephone's (groups of three, a date)
    "People Targeted: 20 900 000\nFunding Required: 4.200.000.000",
    "Launch Date: 2025-03-05\nReview Date: 05.03.2026",
], ids=["sentence-case", "title-case", "dates"])
def test_key_figures_are_no_contacts(tmp_path: Path, lines: str) -> None:
    """Lines of a label and a figure ("People in need: 30 400 000") are the text's: a contact
    line needs a name (capitalised words, not a label in sentence case) and a telephone's
    shape (a "+", parentheses, a telephone's word, or groups no figure nor date is written
    in). They had been moved to the contact block, and nothing said."""
    path = tmp_path / "release.txt"
    path.write_text(FIGURES.format(lines=lines), encoding="utf-8")
    report = import_file(path)
    assert kinds(report.release, "line") == []
    assert " ".join(lines.split("\n")) in kinds(report.release, "p")
    assert not any("contact" in n for n in report.notes)


def test_a_name_and_a_telephone_inside_the_text_moves_and_is_said(tmp_path: Path) -> None:
    """A name and a telephone a line each in the middle of the text still go to the contact
    block, and the move is said now."""
    path = tmp_path / "release.txt"
    path.write_text(FIGURES.format(lines="Gerry Rice: 202-473-1842\nJan van Dijk: +31 70 "
                                         "515 8000"), encoding="utf-8")
    report = import_file(path)
    assert kinds(report.release, "line") == ["Gerry Rice: 202-473-1842",
                                             "Jan van Dijk: +31 70 515 8000"]
    assert "line 7: «Gerry Rice: 202-473-1842; Jan van Dijk: +31 70 515 8000» (a name and a " \
           "telephone) moved to the contact block" in report.notes


@pytest.mark.parametrize(("lang", "heading", "under", "gap"), [
    *((lang, heading, under, gap) for lang, heading, under in [
        ("en", "Additional information", "The report draws on surveys in 80 countries."),
        ("en", "More information:", "The report draws on surveys in 80 countries."),
        ("ru", "Подробнее", "Доклад основан на обследованиях в 80 странах.")]
      for gap in ("\n\n", "\n")),
    # (a Chinese text without blank lines glues its first lines to the headline, this
    # heading with them: another matter)
    ("zh", "详情", "报告基于80个国家的住户调查。", "\n\n"),
])
def test_a_lead_in_words_heading_over_the_text_stays(tmp_path: Path, lang: str, heading: str,
                                                      under: str, gap: str) -> None:
    """A heading in a lead-in's words ("Additional information", «Подробнее», «详情») over
    paragraphs of the text is the text's: a lead-in that asks nothing opens the contact
    block only over a contact's lines. It had become the contact block's one line, the
    heading lost from the text, nothing said."""
    head = {"en": "UNICEF Launches Report\n\nNEW YORK, 5 March 2025 – One in six children "
                  "lives in poverty, a report finds.",
            "ru": "ЮНИСЕФ публикует доклад\n\nНЬЮ-ЙОРК, 5 марта 2025 года – Каждый шестой "
                  "ребенок живет в бедности.",
            "zh": "儿基会发布报告\n\n2025年3月5日，纽约——每六名儿童中就有一名生活在贫困中。"}[lang]
    text = gap.join([*head.split("\n\n"), heading, under, under + " " + under])
    path = tmp_path / "release.txt"
    path.write_text(text + "\n", encoding="utf-8")
    report = import_file(path, lang=lang)
    assert kinds(report.release, "line") == []
    assert heading in kinds(report.release, "h2") + kinds(report.release, "p")


@pytest.mark.parametrize("under", ["Jane Doe, tel. +1 212 963 1234",
                                   "Jane Doe: (212) 963-1234", "press@unicef.org"])
def test_a_lead_in_over_a_contacts_lines_opens_the_block(tmp_path: Path, under: str) -> None:
    release, _ = import_text(tmp_path, "UNICEF Launches Report\n\nNEW YORK, 5 March 2025 – "
                                       "One in six children lives in poverty.\n\n"
                                       f"Additional information\n{under}\n")
    assert kinds(release, "line") == ["Additional information", under]


@pytest.mark.parametrize("inner", [
    "For more information on the methods: www.who.int/methods; www.unicef.org/wash",
    "For more information: https://ec.europa.eu/x",
])
def test_a_parenthesis_of_reference_links_stays(tmp_path: Path, inner: str) -> None:
    """"(For more information on the methods: www.who.int/…; …)" cites pages: the text's,
    not contacts (it had been moved to the contact block as three lines). A parenthesis is
    the contact block's when it gives a person's or an office's telephone or e-mail."""
    release, _ = import_text(tmp_path, EC.replace(
        "(For more information: Margaritis Schinas – Tel.: +32 229 60524; Mina Andreeva "
        "– Tel.: +32 229 91382)", f"({inner})"))
    assert kinds(release, "line") == []
    assert kinds(release, "p")[0].endswith(f"({inner})")
    moved, _ = import_text(tmp_path, EC.replace(
        "(For more information: Margaritis Schinas – Tel.: +32 229 60524; Mina Andreeva "
        "– Tel.: +32 229 91382)", f"({inner}; press@who.int)"))
    assert kinds(moved, "line")[-1] == "press@who.int"


def test_a_lead_in_words_heading_over_the_text_stays_in_html(tmp_path: Path) -> None:
    """The same from HTML: "<h2>Additional information</h2>" over the text's paragraphs had
    made the heading and both paragraphs the contact block's lines, nothing said."""
    release, _ = import_text(tmp_path, """\
<html><head><title>UNICEF Launches Report</title></head><body><article>
<h1>UNICEF Launches Report</h1>
<p>NEW YORK, 5 March 2025 – One in six children lives in extreme poverty, a report finds.</p>
<h2>Additional information</h2>
<p>The report draws on household surveys conducted in 80 countries.</p>
<p>It finds that children in rural areas are twice as likely to be poor.</p>
</article></body></html>
""", "release.html")
    assert kinds(release, "line") == []
    assert kinds(release, "h2") == ["Additional information"]
    assert len(kinds(release, "p")) == 3
