"""Heads, ends and layouts that a third round of releases written in the styles of senders not
covered before found misread (country offices, ICJ, ICC, IAEA, UNAIDS, UNICEF, UNV, UN Women,
UNFPA, a Resident Coordinator's office): a field office's name above the headline, a headline
wrapped in a text without blank lines, social-media lines above the contacts, signatories set
name over title, handling notes, letterhead addresses, document numbers, footers, advisory
entries and running titles. Texts written for these tests; each reading has a twin where one
is needed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importcases import import_text, kinds

HEADLINE = "Secretary-General to visit Japan to attend Hiroshima Peace Memorial Ceremony"
BODY = (f"{HEADLINE}\n\nTokyo, 2 August 2024 – Secretary-General António Guterres will visit "
        "Japan from 5 to 7 August.\n\nHe will also meet with Prime Minister Fumio Kishida in "
        "Tokyo.\n")




@pytest.mark.parametrize(("name", "office"), [
    ("UNDP Nepal", True), ("UNIC Tokyo", True), ("IOM Bangladesh", True),
    ("UNICEF Sudan", True), ("WFP South Sudan", True), ("UNDP Philippines", True),
    ("UNFPA Asia and the Pacific", True),
    # twins: a short headline of an acronym and a verb, a noun or a person's title stays the
    # headline
    ("UNICEF Responds", False), ("UNHCR Appeal", False), ("WHO Chief", False),
    ("UNDP Expands", False),
])
def test_a_field_office_s_name_above_the_headline(tmp_path: Path, name: str,
                                                  office: bool) -> None:
    release, _ = import_text(tmp_path, f"{name}\n\n{BODY}")
    assert kinds(release, "office") == ([name] if office else [])
    assert kinds(release, "title") == ([HEADLINE] if office else [name])


def test_a_field_office_over_a_numbered_label(tmp_path: Path) -> None:
    release, removed = import_text(tmp_path, f"UNIC Tokyo\n\nPress Release No. 24/021\n\n{BODY}")
    assert kinds(release, "label") == ["Press Release"]
    assert kinds(release, "office") == ["UNIC Tokyo"]
    assert kinds(release, "title") == [HEADLINE]
    assert "Press Release No. 24/021" in removed


NO_BLANKS = ("PRESS RELEASE\n{first}\n{second}\nToday, 17 March 2023, Pre-Trial Chamber II of "
             "the International Criminal Court issued\nwarrants of arrest for two individuals "
             "in the context of the situation in Ukraine.\nThe Chamber considered that the "
             "warrants are secret in order to protect victims and\nwitnesses and also to "
             "safeguard the investigation.\n")


@pytest.mark.parametrize(("first", "second"), [
    ("Situation in Ukraine: ICC judges issue arrest warrants against",
     "Vladimir Putin and Maria Lvova-Belova"),
    ("ICC Prosecutor Opens Investigation into Crimes Committed with",
     "Impunity in the Region"),
    ("Court confirms charges against the commander of the",
     "Séléka Group in the Central African Republic"),
    ("ICC Assembly of States Parties Concludes Session on",
     "Budget and Elections"),
])
def test_a_headline_wrapped_in_a_text_without_blank_lines(tmp_path: Path, first: str,
                                                          second: str) -> None:
    release, _ = import_text(tmp_path, NO_BLANKS.format(first=first, second=second))
    assert kinds(release, "title") == [f"{first} {second}"]
    assert kinds(release, "p")[0].startswith("Today, 17 March 2023")


def test_a_paragraph_ending_on_for_stays_apart_in_a_text_without_blank_lines(
        tmp_path: Path) -> None:
    # the twin: a headline of one line, and a paragraph whose sentence ends on "for."
    text = ("PRESS RELEASE\nICC judges issue arrest warrants\nToday, 17 March 2023, Pre-Trial "
            "Chamber II of the International Criminal Court issued\nthe warrants the "
            "Prosecutor had asked for.\nThe Chamber considered that the warrants are secret "
            "in order to protect victims and\nwitnesses and also to safeguard the "
            "investigation.\n")
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "title") == ["ICC judges issue arrest warrants"]
    assert kinds(release, "p") == [
        "Today, 17 March 2023, Pre-Trial Chamber II of the International Criminal Court "
        "issued the warrants the Prosecutor had asked for.",
        "The Chamber considered that the warrants are secret in order to protect victims "
        "and witnesses and also to safeguard the investigation."]


UNAIDS = ("PRESS RELEASE\n\nNew report shows HIV response at a crossroads\n\nGENEVA, 22 July 2024 "
          "- A new report released today by UNAIDS shows that the world is at a critical "
          "moment.\n\nFunding for HIV declined by 5% in 2023.\n\n")
UNAIDS_CONTACT = "Charlotte Sector, tel. +41 79 500 8617, sectorc@unaids.org"


@pytest.mark.parametrize(("block", "paragraph"), [
    ("The event will be livestreamed on facebook.com/unaids. Join the conversation\nwith "
     "#EndAIDS, and follow @UNAIDS.",
     "The event will be livestreamed on facebook.com/unaids. Join the conversation with "
     "#EndAIDS, and follow @UNAIDS."),
    ("About UNICEF\nUNICEF works in some of the world's toughest places, to reach the most "
     "disadvantaged\nchildren. Across more than 190 countries and territories, we work for "
     "every child.\nFor more information about UNICEF and its work for children, visit "
     "www.unicef.org.\nFollow UNICEF on X, Facebook, Instagram and YouTube.",
     "UNICEF works in some of the world's toughest places, to reach the most disadvantaged "
     "children. Across more than 190 countries and territories, we work for every child. For "
     "more information about UNICEF and its work for children, visit www.unicef.org. Follow "
     "UNICEF on X, Facebook, Instagram and YouTube."),
])
def test_a_paragraph_with_social_lines_above_the_contacts(tmp_path: Path, block: str,
                                                          paragraph: str) -> None:
    release, _ = import_text(tmp_path, f"{UNAIDS}{block}\n\nMedia contacts:\n{UNAIDS_CONTACT}\n")
    assert kinds(release, "p")[-1] == paragraph
    assert kinds(release, "line") == ["Media contacts:", UNAIDS_CONTACT]


def test_contact_details_without_a_lead_in_stay_contact_lines(tmp_path: Path) -> None:
    # the twin: short lines of details, a line each (one opening in lower case)
    details = ["IAEA Press Office", "Tel.: +43 1 2600 21273", "email: press@iaea.org",
               "Follow us on X: @iaeaorg"]
    release, _ = import_text(tmp_path, UNAIDS + "\n".join(details) + "\n")
    assert kinds(release, "line") == details


def test_a_contact_lead_in_inside_the_last_block_of_a_text_without_blank_lines(
        tmp_path: Path) -> None:
    text = (NO_BLANKS.format(first="ICC judges issue arrest warrants against", second="two "
                             "individuals")
            + "Background: On 2 March 2022, the ICC Prosecutor announced he had opened an\n"
            "investigation into the Situation in Ukraine on the basis of the referrals "
            "received.\nFor further information, please contact Fadi El Abdallah, Spokesperson "
            "and Head of\nPublic Affairs Unit, International Criminal Court, by telephone at: "
            "+31 (0)70 515-9152\nor by e-mail at: fadi.el-abdallah@icc-cpi.int\n")
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "p")[-1].startswith("Background: On 2 March 2022")
    assert kinds(release, "p")[-1].endswith("the referrals received.")
    assert kinds(release, "line")[0].startswith("For further information, please contact")


STATEMENT = ("JOINT STATEMENT\n\nUN and partners appeal for US$ 927 million for north-east "
             "Nigeria\n\nAbuja, 15 February 2024 – The Government of Nigeria and the United "
             "Nations today launched the 2024 Humanitarian Response Plan.\n\nMore than 7.9 "
             "million people need humanitarian assistance.\n\n")
CONTACT = ("For more information:\nNneka Anibeze, UN Nigeria, +234 803 670 0009, "
           "nneka.anibeze@un.org\n")
SIGNATORIES = ["Mohamed Malick Fall", "UN Resident and Humanitarian Coordinator, Nigeria",
               "Hon. Betta Edu", "Minister of Humanitarian Affairs and Poverty Alleviation"]


@pytest.mark.parametrize(("between", "after"), [
    ("\n", "\n\n"),  # a signature a block
    ("\n\n", "\n\n"),  # its name and title apart by a blank line too
])
@pytest.mark.parametrize("contact", [CONTACT, ""])
def test_signatories_set_name_over_title(tmp_path: Path, between: str, after: str,
                                         contact: str) -> None:
    signatures = after.join(f"{SIGNATORIES[k]}{between}{SIGNATORIES[k + 1]}" for k in (0, 2))
    release, _ = import_text(tmp_path, f"{STATEMENT}Signed:\n\n{signatures}\n\n{contact}")
    assert kinds(release, "h2") == []
    assert kinds(release, "p")[-5:] == ["Signed:", *SIGNATORIES]


def test_a_heading_over_its_text_closing_a_statement_stays(tmp_path: Path) -> None:
    # the twin: a subheading and its sentence are no signature
    release, _ = import_text(tmp_path, f"{STATEMENT}Notes to Editors\nThe plan is available online "
                         f"at the Office's site.\n\n{CONTACT}")
    assert kinds(release, "h2") == ["Notes to Editors"]


ICJ_BODY = ("THE HAGUE, 26 January 2024. The International Court of Justice today delivered its "
            "Order on the request.\n\nThe Court was composed as follows: President Donoghue.\n")


@pytest.mark.parametrize("headline", [
    "The Court indicates provisional measures in the case",
    "Application of the Genocide Convention in the Gaza Strip (South Africa v. Israel)",
])
def test_the_icj_s_unofficial_note_is_no_headline(tmp_path: Path, headline: str) -> None:
    text = (f"INTERNATIONAL COURT OF JUSTICE\n\nPress Release\nUnofficial\n\nNo. 2024/15\n26 "
            f"January 2024\n\n{headline}\n\n{ICJ_BODY}")
    release, removed = import_text(tmp_path, text)
    assert kinds(release, "label") == ["Press Release"]
    assert kinds(release, "title") == [headline]
    assert kinds(release, "place") == ["THE HAGUE"]
    assert "Unofficial" in removed


def test_a_headline_opening_with_unofficial_stays(tmp_path: Path) -> None:
    # the twin: the word opening a headline
    release, _ = import_text(tmp_path, f"Press Release\n\nUnofficial results show turnout rose\n\n"
                         f"{ICJ_BODY}")
    assert kinds(release, "title") == ["Unofficial results show turnout rose"]


@pytest.mark.parametrize(("letterhead", "office", "gone"), [
    ("INTERNATIONAL COURT OF JUSTICE\nPeace Palace, Carnegieplein 2, 2517 KJ The Hague, "
     "Netherlands\nTel.: +31 (0)70 302 2323 Fax: +31 (0)70 364 9928\nWebsite X YouTube "
     "LinkedIn\n\nPress Release\n\n", "INTERNATIONAL COURT OF JUSTICE",
     ["Peace Palace, Carnegieplein 2, 2517 KJ The Hague, Netherlands",
      "Tel.: +31 (0)70 302 2323 Fax: +31 (0)70 364 9928", "Website X YouTube LinkedIn"]),
    ("United Nations Information Centre Tokyo\n\nUN House 8F, 5-53-70 Jingumae, Shibuya-ku, "
     "Tokyo 150-0001 Japan\nTel: 03-5467-4451 Fax: 03-5467-4455\n\nPress Release\n\n",
     "United Nations Information Centre Tokyo",
     ["UN House 8F, 5-53-70 Jingumae, Shibuya-ku, Tokyo 150-0001 Japan",
      "Tel: 03-5467-4451 Fax: 03-5467-4455"]),
    ("United Nations Office at Geneva\nPalais des Nations, CH-1211 Geneva 10, Switzerland\n\n"
     "Press Release\n\n", "United Nations Office at Geneva",
     ["Palais des Nations, CH-1211 Geneva 10, Switzerland"]),
])
def test_a_letterhead_s_address_and_numbers(tmp_path: Path, letterhead: str, office: str,
                                            gone: list[str]) -> None:
    release, removed = import_text(tmp_path, letterhead + BODY)
    assert kinds(release, "label") == ["Press Release"]
    assert kinds(release, "office") == [office]
    assert kinds(release, "title") == [HEADLINE]
    assert all(line in removed for line in gone)


def test_a_headline_with_commas_and_figures_under_the_issuer_stays(tmp_path: Path) -> None:
    # the twin: a headline under the issuer's name, two commas and figures in it
    headline = "Secretary-General to visit Japan, Korea and China, 5-7 August"
    release, _ = import_text(tmp_path, f"United Nations Information Centre Tokyo\n\n{headline}\n\n"
                         + BODY.split("\n\n", 1)[1])
    assert kinds(release, "office") == ["United Nations Information Centre Tokyo"]
    assert kinds(release, "title") == [headline]


ICC_HEADLINE = ("Situation in Ukraine: ICC judges issue arrest warrants against Vladimir Putin "
                "and Maria Lvova-Belova")
ICC_TEXT = ("Today, 17 March 2023, Pre-Trial Chamber II of the International Criminal Court "
            "issued warrants of arrest for two individuals.\n\nThe Chamber considered that the "
            "warrants are secret in order to protect victims.\n")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_icc_s_head_a_label_with_its_date_and_the_release_s_number(tmp_path: Path,
                                                                       gap: str) -> None:
    text = (f"Press Release: 17 March 2023\nICC-CPI-20230317-PR1757{gap}Situation in Ukraine: "
            "ICC judges issue arrest warrants against\nVladimir Putin and Maria Lvova-Belova"
            f"{gap}{ICC_TEXT.replace(chr(10) * 2, gap)}")
    release, removed = import_text(tmp_path, text)
    assert kinds(release, "label") == ["Press Release"]
    assert kinds(release, "office") == []
    assert kinds(release, "title") == [ICC_HEADLINE]
    assert release.date == dt.date(2023, 3, 17)
    assert "ICC-CPI-20230317-PR1757" in removed


@pytest.mark.parametrize(("head", "label", "title"), [
    # twins: a label before a headline on its line, a headline with a name and a number
    ("Press Release: UN Launches Appeal for Sudan", ["Press Release"],
     "UN Launches Appeal for Sudan"),
    ("COVID-19 vaccines reach 100 countries", [], "COVID-19 vaccines reach 100 countries"),
])
def test_a_label_before_a_headline_and_a_number_in_a_headline_stay(
        tmp_path: Path, head: str, label: list[str], title: str) -> None:
    release, _ = import_text(tmp_path, f"{head}\n\n{ICC_TEXT}")
    assert kinds(release, "label") == label
    assert kinds(release, "title") == [title]


UNV = ("Press Release\n\nUNV honours volunteers on International Volunteer Day\n\nBONN, 5 December "
       "2023 – The United Nations Volunteers programme today celebrated International "
       "Volunteer Day.\n\nVolunteers are the backbone of resilient communities.\n\n")
UNV_CONTACT = ["Media contact", "Jennifer Stapper, Communications Specialist, UNV",
               "Tel: +49 228 815 2000 | jennifer.stapper@unv.org"]


@pytest.mark.parametrize("footer", ["UNV Press Release | Page 1 of 1",
                                    "Page 1 of 2 – UNV Press Release"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_footer_of_the_title_and_the_page_number_under_the_contacts(
        tmp_path: Path, footer: str, gap: str) -> None:
    release, removed = import_text(tmp_path, UNV + "\n".join(UNV_CONTACT) + f"{gap}{footer}\n")
    assert kinds(release, "line") == UNV_CONTACT
    assert footer in removed


def test_a_line_of_links_with_a_bare_number_stays(tmp_path: Path) -> None:
    # the twin: a bare number after a bar is no page's
    release, _ = import_text(tmp_path, UNV + "Read the report | 2\n\nWatch the launch.\n")
    assert "Read the report | 2" in kinds(release, "p")


ADVISORY = ("MEDIA ADVISORY\n\nLaunch of the Gender Snapshot 2024 for Asia and the Pacific\n\n"
            "Bangkok, 8 March 2024 – UN Women and ESCAP invite members of the media to the "
            "regional launch.\n\nDate: Tuesday, 12 March 2024\nVenue: Conference Room 3, United "
            "Nations Conference Centre, Bangkok\n{fields}\n\nThe event will be livestreamed.\n")
SPEAKERS = ["Christine Arab, Regional Director, UN Women Asia and the Pacific",
            "Armida Salsiah Alisjahbana, Executive Secretary, ESCAP"]
RSVP = "RSVP: by 11 March to montira.narkvichien@unwomen.org"


@pytest.mark.parametrize("bullet", ["- ", "• ", "* "])
def test_an_advisory_field_over_its_entries_and_rsvp(tmp_path: Path, bullet: str) -> None:
    fields = "Speakers:\n" + "".join(f"{bullet}{s}\n" for s in SPEAKERS) + RSVP
    release, _ = import_text(tmp_path, ADVISORY.format(fields=fields))
    assert kinds(release, "p")[1:] == [
        "Date: Tuesday, 12 March 2024",
        "Venue: Conference Room 3, United Nations Conference Centre, Bangkok",
        "Speakers:", *SPEAKERS, RSVP, "The event will be livestreamed."]


def test_a_field_s_value_wrapped_after_a_dash_stays_one(tmp_path: Path) -> None:
    # the twin: one line that a line break opened with a dash goes on the field's value
    fields = "Who: Christine Arab, Regional Director, UN Women Asia and the Pacific\n- with " \
             "the Executive Secretary of ESCAP"
    release, _ = import_text(tmp_path, ADVISORY.format(fields=fields))
    assert kinds(release, "p")[3] == ("Who: Christine Arab, Regional Director, UN Women Asia "
                                       "and the Pacific - with the Executive Secretary of ESCAP")


UNFPA = ("PRESS RELEASE\n\nNew UNFPA report finds gaps in maternal health\n\nNEW YORK, 17 April "
         "2024 – Thirty years after a landmark agreement, the world has made\nremarkable "
         "progress on sexual and reproductive health, according to a UNFPA report.\n\n"
         "\"Inequalities within our societies and health systems are widening, and we have\n"
         "failed to prioritize\n\n{foot}\f{top}\n\nthose furthest behind,\" said Dr. Natalia "
         "Kanem.\n\nThe report calls for more disaggregated data.\n")
QUOTE = ("\"Inequalities within our societies and health systems are widening, and we have "
         "failed to prioritize those furthest behind,\" said Dr. Natalia Kanem.")


@pytest.mark.parametrize("top", ["State of World Population 2024 – Press release",
                                 "UNFPA Press Release | State of World Population 2024"])
@pytest.mark.parametrize("foot", ["                                        1\n", ""])
def test_a_running_title_printed_once_atop_page_two(tmp_path: Path, top: str,
                                                    foot: str) -> None:
    release, removed = import_text(tmp_path, UNFPA.format(foot=foot, top=top))
    assert kinds(release, "h2") == []
    assert QUOTE in kinds(release, "p")
    assert top in removed


def test_a_heading_atop_page_two_stays(tmp_path: Path) -> None:
    # the twin: a subheading first on a page names no kind of document
    text = UNFPA.format(foot="", top="Key findings").replace(
        "those furthest behind,\"", "Those furthest behind are left out.\"")
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "h2") == ["Key findings"]
