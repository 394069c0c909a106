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
