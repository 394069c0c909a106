"""Layouts a trial of real press releases as PDFs (and their ``pdftotext`` texts) found the
importer misreading. Texts written for these tests, in the same layouts."""

from __future__ import annotations

from pathlib import Path

from importcases import import_text, kinds

# A release without blank lines between its paragraphs (a Word template's PDF), over two
# pages: pdftotext sets the template's running header at the top of each page, apart from the
# text by blank lines, and ends the first page with a form feed.
_HEADER = "Regional Innovation Office - Press Release"
_UNBLANKED = f"""{_HEADER}



Press Release
City Launches Digital Platform for Small Firms
Geneva, 12 March 2024 – The city has launched a digital platform that helps small firms
measure what they use of energy and water and act on what they learn from it.
The platform was built by a team of students over six months, with advice from the firms
that will use it and from the city's own energy office.
Firms that join it are shown where they use more than others of their size and are given
advice they can follow at once.
“We wanted something a firm can use in an afternoon,” said a member of the team, who
added that the tool would be free for every firm in the city for its first two years of
operation.
The tool draws on   similar    calculators     made     for     large    companies    and
adapts them to the size of a small firm, whose owner seldom has time for long forms. For
\f{_HEADER}


example, a firm that uses more electricity than is usual for its size is told so and given
ways of using less of it, from timers to better lighting in its shop and its storerooms.
The city will review the platform after its first year and publish what firms have saved.
"""


def test_unblanked_text_over_pages(tmp_path: Path) -> None:
    # (the blank lines around a running header are a page's edge, not paragraph ends: the
    # text had been one paragraph, under the header taken for the headline)
    release, removed = import_text(tmp_path, _UNBLANKED)
    assert kinds(release, "title") == ["City Launches Digital Platform for Small Firms"]
    paras = kinds(release, "p")
    assert len(paras) == 5, paras
    assert paras[0].startswith("The city has launched") and paras[0].endswith("learn from it.")
    assert paras[1].startswith("The platform was built")
    assert paras[3].startswith("“We wanted")
    # the paragraph the page break cut is one again
    assert paras[4].startswith("The tool draws on") and "For example, a firm" in paras[4]
    assert _HEADER in removed


def test_blank_lined_text_with_a_page_break_is_not_reflowed(tmp_path: Path) -> None:
    # a text with blank lines between its paragraphs keeps them as its paragraph ends, even
    # when a page break leaves a short block on either side of it
    text = ("A Headline for the Test\n\nGeneva, 12 March 2024 – The meeting reviewed the "
            "progress made by the two sides\nover the past year and agreed on the next steps "
            "of the programme\nin the region.\n\nIt also welcomed the work of the "
            "office\f\n\nin the region, and its plans.\n\nThe meeting will next be held in "
            "Vienna, where the two sides\nwill review the programme once more and agree "
            "on its\nbudget.\n")
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "p") == [
        "The meeting reviewed the progress made by the two sides over the past year and "
        "agreed on the next steps of the programme in the region.",
        "It also welcomed the work of the office in the region, and its plans.",
        "The meeting will next be held in Vienna, where the two sides will review the "
        "programme once more and agree on its budget."]


def test_word_justified_spaces_are_one_space(tmp_path: Path) -> None:
    # Word justifies its PDFs' lines with " \u00a0" between every word: layout, not meant, and
    # it had stayed in the source and the PO files (no termbase entry of two words matched)
    nb = "\u00a0"
    text = (f"Spy Lockout Proposal {nb}To Be Voted On\n\nCupertino, 21 February 2014 – At "
            f"{nb}the {nb}upcoming {nb}annual {nb} meeting,\tshareholders {nb} will ask "
            f"for 10{nb}000 votes.\n")
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "title") == ["Spy Lockout Proposal To Be Voted On"]
    assert kinds(release, "place") == ["Cupertino"]
    # (the dateline is cut at its place in the text however many spaces went before it)
    assert kinds(release, "p") == [
        f"At the upcoming annual meeting, shareholders will ask for 10{nb}000 votes."]


def test_lone_no_break_spaces_stay(tmp_path: Path) -> None:
    # a no-break space standing alone is meant: French typography's before a colon, a
    # number's, and so is a run of them alone
    text = ("The Council Meets\n\nGeneva, 12 March 2024 – Le Conseil a dit\u00a0: « Il faut "
            "agir\u202f». Il a réuni 10\u00a0000 personnes.\u00a0\u00a0Fin.\n")
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "p") == [
        "Le Conseil a dit\u00a0: « Il faut agir\u202f». Il a réuni 10\u00a0000 "
        "personnes.\u00a0\u00a0Fin."]


def test_word_justified_spaces_in_html(tmp_path: Path) -> None:
    page = ("<html><body><h1>Countries &nbsp;agree</h1><p>Geneva, 12 March 2024 – The "
            "&nbsp;team &nbsp; met 10&nbsp;000 people.</p><p>1.&nbsp; Productivity has "
            "slowed.</p></body></html>")
    release, _ = import_text(tmp_path, page, "release.html")
    assert kinds(release, "title") == ["Countries agree"]
    assert kinds(release, "p") == ["The team met 10\u00a0000 people.",
                                   "1. Productivity has slowed."]


def test_word_justified_tabs_are_no_columns(tmp_path: Path) -> None:
    # a tab and a no-break space between words (another Word PDF's justification) are no
    # column gap: the label had been cut into its words, the date no date
    nb = "\u00a0"
    text = (f"PRESS\t {nb}RELEASE\n\nFebruary\t {nb}21,\t {nb}2014\n\nSpy\t {nb}Lockout\t "
            f"{nb}Proposal\t {nb}To\t {nb}Be\t {nb}Voted\t {nb}On\n\nCupertino, 21 February "
            f"2014 – At\t {nb}the\t {nb}upcoming\t {nb}meeting,\t {nb}shareholders\t {nb}will "
            "ask Apple to act.\n")
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "label") == ["PRESS RELEASE"]
    assert kinds(release, "title") == ["Spy Lockout Proposal To Be Voted On"]
    assert release.date is not None and release.date.isoformat() == "2014-02-21"
    assert kinds(release, "p") == [
        "At the upcoming meeting, shareholders will ask Apple to act."]


_BODY = ("\n\nGeneva, 12 March 2024 – The city has launched a digital platform for small "
         "firms.\n\nThe platform was built by students.\n")


def test_contact_block_above_the_headline_is_the_contact(tmp_path: Path) -> None:
    text = ("FOR IMMEDIATE RELEASE\nContact: Ana Lopez\nPhone: 305-555-0100\nEmail: "
            "ana@example.org\nWebsite: www.example.org\n\nCITY LAUNCHES A PLATFORM FOR SMALL "
            "FIRMS" + _BODY)
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "title") == ["CITY LAUNCHES A PLATFORM FOR SMALL FIRMS"]
    assert kinds(release, "h2") == []
    assert kinds(release, "line") == ["Contact: Ana Lopez", "Phone: 305-555-0100",
                                      "Email: ana@example.org", "Website: www.example.org"]


def test_addresses_above_the_headline_are_the_contact(tmp_path: Path) -> None:
    text = ("PRESS RELEASE\nana@example.org\nwww.example.org\n\nCity Launches a Platform for "
            "Small Firms" + _BODY)
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "label") == ["PRESS RELEASE"]
    assert kinds(release, "title") == ["City Launches a Platform for Small Firms"]
    assert kinds(release, "line") == ["ana@example.org", "www.example.org"]


def test_one_line_contact_and_its_detail_line_above_the_headline(tmp_path: Path) -> None:
    text = ("Contact: Ana Lopez 305.555.0100 Email: ana@example.org\n\nCity Office xx Phone: "
            "Email\n\nCity Launches a Platform for Small Firms" + _BODY)
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "title") == ["City Launches a Platform for Small Firms"]
    assert kinds(release, "line") == ["Contact: Ana Lopez 305.555.0100 Email: ana@example.org",
                                      "City Office xx Phone: Email"]


def test_byline_above_the_headline_is_no_headline(tmp_path: Path) -> None:
    # (the date under the byline dates the release, as a date above a headline does)
    text = ("PRESS RELEASE\n\nPrepared by Ana Lopez (ana@example.org)\nNovember 27, 2021\n\n\n"
            "Island-wide survey shows that one in five palms on Guam show signs of\nattack by "
            "beetles\n\nIn the most recent survey, more than one in five palms showed "
            "damage.\n")
    release, removed = import_text(tmp_path, text)
    assert kinds(release, "title") == [
        "Island-wide survey shows that one in five palms on Guam show signs of attack by "
        "beetles"]
    assert release.date is not None and release.date.isoformat() == "2021-11-27"
    assert "Prepared by Ana Lopez (ana@example.org)" in removed
    assert kinds(release, "p") == [
        "In the most recent survey, more than one in five palms showed damage."]


def test_by_with_a_name_is_a_byline_by_with_more_is_a_headline(tmp_path: Path) -> None:
    release, removed = import_text(tmp_path, "By Ana Lopez\n\nCity Launches a Platform" + _BODY)
    assert kinds(release, "title") == ["City Launches a Platform"]
    assert removed == ["By Ana Lopez"]
    for headline in ("By 2030, Half of All Firms Will Be Online",
                     "By Land and Sea: Aid Reaches the Islands"):
        release, _ = import_text(tmp_path, headline + _BODY)
        assert kinds(release, "title") == [headline]


def test_lines_without_a_letter_are_no_headline(tmp_path: Path) -> None:
    # a Word PDF's stray glyphs over its date
    text = ("!\n!\nFebruary 21, 2014\nFor Immediate Release\n\nCity Launches a Platform for "
            "Small Firms\n\nCupertino - The city has launched a platform.\n")
    release, removed = import_text(tmp_path, text)
    assert kinds(release, "title") == ["City Launches a Platform for Small Firms"]
    assert release.date is not None and release.date.isoformat() == "2014-02-21"
    assert removed[:2] == ["!", "!"]


def test_headline_wrapped_under_a_label_is_one_headline(tmp_path: Path) -> None:
    # a text without blank lines: the headline's second line had been cut off into the body
    text = ("Regional Innovation Office - Press Release\nPress Release\nCity's Energy Office "
            "Introduces a New Digital Platform\nfor Small Firms to Act on Climate Change\n"
            "The platform encompasses dynamic features, such as a carbon footprint calculator\n"
            "and recommendations designed to help firms act on climate change at once.\n"
            "GENEVA, 12 March 2024 – As part of its programme, a team of students has built\n"
            "a platform that helps small firms measure and cut what they emit every year.\n")
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "title") == [
        "City's Energy Office Introduces a New Digital Platform for Small Firms to Act on "
        "Climate Change"]
    assert kinds(release, "p")[0].startswith("The platform encompasses")


def test_sentence_under_a_headline_under_a_label_stays_apart(tmp_path: Path) -> None:
    # a line in lower case under the headline that ends a sentence is the text's, not the
    # headline's second line
    text = ("Regional Innovation Office - Press Release\nPress Release\nCity's Energy Office "
            "Introduces a New Digital Platform\nand firms may join it from today.\n"
            "The platform encompasses dynamic features, such as a carbon footprint calculator\n"
            "and recommendations designed to help firms act on climate change at once.\n"
            "GENEVA, 12 March 2024 – As part of its programme, a team of students has built\n"
            "a platform that helps small firms measure and cut what they emit every year.\n")
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "title") == [
        "City's Energy Office Introduces a New Digital Platform"]
    assert kinds(release, "p")[0] == "and firms may join it from today."


def test_dateline_colon_and_dash(tmp_path: Path) -> None:
    # a colon and a dash after the date are one dash; the lead had been a subheading
    text = ("Ana Lopez Announces Her Campaign\n\nMarch 3, 2025: – Ana Lopez, a resident and "
            "small business owner, declares her candidacy.\n\nShe will launch it in May.\n")
    release, _ = import_text(tmp_path, text)
    assert release.date is not None and release.date.isoformat() == "2025-03-03"
    assert kinds(release, "place") == [] and kinds(release, "h2") == []
    assert kinds(release, "p") == ["Ana Lopez, a resident and small business owner, declares "
                                   "her candidacy.", "She will launch it in May."]


def test_dateline_place_dash_date_colon(tmp_path: Path) -> None:
    text = ("New Materials Found by Machine Learning\n\nEspoo, Finland - October 5, 2017: New "
            "materials designed for a task can be found faster.\n")
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "place") == ["Espoo, Finland"]
    assert release.date is not None and release.date.isoformat() == "2017-10-05"
    assert kinds(release, "p") == ["New materials designed for a task can be found faster."]


def test_byline_and_date_on_one_line_above_the_headline(tmp_path: Path) -> None:
    # the byline is no dateline's place; the date after it dates the release
    text = ("PRESS RELEASE\n\nPrepared by Ana Lopez, May 23, 2021\n\nRoadside Surveys Show "
            "Damage to One Palm in Five\n\nThe surveys use a new method.\n")
    release, removed = import_text(tmp_path, text)
    assert kinds(release, "title") == ["Roadside Surveys Show Damage to One Palm in Five"]
    assert kinds(release, "place") == []
    assert release.date is not None and release.date.isoformat() == "2021-05-23"
    assert "Prepared by Ana Lopez" in removed


def test_byline_is_no_dateline_place() -> None:
    from transpub.datelines import dateline
    assert dateline("Prepared by Ana Lopez, May 23, 2021", "en") is None
    assert dateline("Written by Ana Lopez, May 23, 2021 – The team met.", "en") is None
    assert dateline("Espoo, Finland, May 23, 2021 – The team met.", "en") is not None


def test_sentences_above_the_dateline_are_no_subheading(tmp_path: Path) -> None:
    # a paragraph of sentences, or with an e-mail address, above the dateline is text; a
    # short subtitle there stays a subheading
    for above, kind in (("The platform helps firms. It is free.", "p"),
                        ("Write to press@example.org", "p"),
                        ("A tool for small firms", "h2")):
        text = (f"City Launches a Platform\n\n{above}\n\nGeneva, 12 March 2024 – The city "
                "has launched a platform.\n\nIt was built by students.\n")
        release, _ = import_text(tmp_path, text)
        assert kinds(release, kind)[0] == above


def test_dash_items_under_a_short_heading(tmp_path: Path) -> None:
    """A short heading over lines that each start with a dash and a capital is a list, as
    under a colon (the heading a paragraph, each item one); a wrapped sentence the dashes
    interrupt ("- ended late, and …", lower case) stays a paragraph."""
    release, _ = import_text(tmp_path, "New Platform Launched\n\nMunich, 5 June 2024 – The "
                             "platform was launched today.\n\nKey Facts\n- Zero injuries: No "
                             "one was harmed\n- No prior criminal history\n- Sentenced to 32.5 "
                             "years\n\nThe campaign continues.\n")
    assert kinds(release, "p")[1:5] == ["Key Facts", "Zero injuries: No one was harmed",
                                        "No prior criminal history", "Sentenced to 32.5 years"]
    release, _ = import_text(tmp_path, "Talks End\n\nGeneva, 5 June 2024 – The talks went "
                             "on.\n\nThe talks – which were long\n- ended late, and the next "
                             "round\n- in May - went on.\n\nThe end.\n")
    assert kinds(release, "p")[1] == ("The talks – which were long - ended late, and the next "
                                      "round - in May - went on.")
