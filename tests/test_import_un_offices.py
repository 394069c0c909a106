"""Releases laid out as the UN's information services and agencies lay them out.

A survey of 140 real releases (UNIS Vienna, UN Geneva, press.un.org, UNODC, UNEP, UNCTAD,
IFAD, UPU, UNITAR, OPCW and others; README "Import") showed head furniture the importer did
not know: the information services' notice above every release ("For information only - not
an official document"), the release's number under a label ("Press Release No: UNIS/NAR/687"),
several symbols on one line, a "Release Date:" line, a place and date in the letterhead, the
1990s' date stamp ("19990722"), "(Reissued as received.)"; datelines naming a country or set
in brackets; contact blocks opened by "…, please contact:"; and e-mail addresses written
against harvesters ("press.vienna[at]un.org"). The texts below are written for these tests in
those layouts (no release is copied); each right reading has a twin that must not be taken so.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest

from importcases import import_text, kinds
from transpub.checks.markup import _addresses
from transpub.datelines import dateline, lone_date
from transpub.emails import hides_at
from transpub.errors import SourceError
from transpub.importer import import_file
from transpub.importer_pages import is_notice, is_reference

from conftest import Cli, required_tool

UNIS = """\
For information only - not an official document

UNIS/NAR/1400
3 March 2025

Narcotics Board Presents its Annual Report to Member States

VIENNA, 3 March (UN Information Service) -- The International Narcotics Control Board (INCB)
presented its Annual Report today to the Member States of the United Nations in Vienna.

The Report is embargoed until 11 a.m. CET on 4 March 2025. Journalists may register by
writing to press.vienna[at]un.org before 3 March.

* *** *

To receive an advance copy of the report and for interview requests, please contact:
Jana Example
Public Information Officer, UNIS Vienna
Tel: (+43-1) 26060-1234
Email: jana.example[at]un.org
"""

#: the same release as the old pages wrote it: one block, no blank lines in the head
UNIS_2000 = """\
For information only - not an official document.
Press Release No:  UNIS/NAR/690
Release Date:    12 May 2000
International Narcotics Control Board to Review Compliance
With Drug Control Treaties in Meeting from 15 to 26 May

 VIENNA, 12 May (UN Information Service) — The Board will review the measures taken by
Governments to comply with the international drug control treaties.

 The Board last met in November.
"""

ADVISORY = """\
For information only – not an official document

UNIS/MA/300
Vienna, 17 March 2021

MEDIA ADVISORY

Launch of the Annual Report of the International Narcotics Control Board

The Board's President will present the Report at the Vienna International Centre.
"""

AGENCY = """\
Press Release

Enabling Rural People to Overcome Poverty

Press release number: IFAD 07/06

(Reissued as received.)

Rome, 16 February 2006 – The Prime Minister of Bhutan addressed the Governing Council of
the International Fund for Agricultural Development today.

Note 5 of the report sets out the Council's decisions.

For information media. Not an official record.
"""

STAMPED = """\
GA/SM/253 OBV/217 UNEP/92

19990722

SECRETARY-GENERAL CALLS FOR ACTION ON DESERTIFICATION

The Secretary-General today called on Member States to act on desertification.
"""


def test_unis_head_notice_symbol_and_date_are_furniture(tmp_path: Path) -> None:
    release, removed = import_text(tmp_path, UNIS)
    assert kinds(release, "title") == ["Narcotics Board Presents its Annual Report to Member "
                                        "States"]
    assert kinds(release, "place") == ["VIENNA"]
    assert kinds(release, "attribution") == ["UN Information Service"]
    assert release.date == dt.date(2025, 3, 3)
    assert "For information only - not an official document" in removed
    assert "UNIS/NAR/1400" in removed
    assert not kinds(release, "label")
    first = kinds(release, "p")[0]
    assert first.startswith("The International Narcotics Control Board (INCB) presented")


def test_unis_contact_block_and_addresses_against_harvesters(tmp_path: Path) -> None:
    release, _removed = import_text(tmp_path, UNIS)
    assert kinds(release, "line") == [
        "To receive an advance copy of the report and for interview requests, please contact:",
        "Jana Example", "Public Information Officer, UNIS Vienna", "Tel: (+43-1) 26060-1234",
        "Email: jana.example[at]un.org"]
    emails = [s.text for b in release.blocks for s in b.spans if s.tag == "email"]
    assert emails == ["press.vienna[at]un.org", "jana.example[at]un.org"]


def test_unis_one_block_head_of_2000(tmp_path: Path) -> None:
    release, removed = import_text(tmp_path, UNIS_2000)
    assert kinds(release, "title") == ["International Narcotics Control Board to Review "
                                        "Compliance With Drug Control Treaties in Meeting from "
                                        "15 to 26 May"]
    assert release.date == dt.date(2000, 5, 12)
    assert "Press Release No:  UNIS/NAR/690" in removed
    assert "Release Date:    12 May 2000" in removed
    assert kinds(release, "p")[0].startswith("The Board will review")


def test_letterhead_place_and_date_give_the_date(tmp_path: Path) -> None:
    release, removed = import_text(tmp_path, ADVISORY)
    assert kinds(release, "label") == ["MEDIA ADVISORY"]
    assert kinds(release, "title") == ["Launch of the Annual Report of the International "
                                        "Narcotics Control Board"]
    assert release.date == dt.date(2021, 3, 17)
    assert "Vienna, 17 March 2021" in removed


def test_agency_number_reissue_and_footer_notice(tmp_path: Path) -> None:
    release, removed = import_text(tmp_path, AGENCY)
    assert kinds(release, "title") == ["Enabling Rural People to Overcome Poverty"]
    assert not kinds(release, "h2")
    assert "Press release number: IFAD 07/06" in removed
    assert "(Reissued as received.)" in removed
    assert "For information media. Not an official record." in removed
    # the twin: a sentence that opens with "Note 5" is text
    assert "Note 5 of the report sets out the Council's decisions." in kinds(release, "p")
    assert kinds(release, "place") == ["Rome"]


UNIS_HTML = """<!DOCTYPE html><html><head><title>UNIS Vienna</title></head><body><main>
<p>For information only - not an official document</p>
<p>UNIS/NAR/1400</p>
<p>3 March 2025</p>
<h1>Narcotics Board Presents its Annual Report</h1>
<p>VIENNA, 3 March (UN Information Service) -- The Board presented its report today.</p>
<p>Journalists may write to press.vienna[at]un.org for copies.</p>
<p>For information media. Not an official record.</p>
</main></body></html>
"""


def test_unis_page_as_html(tmp_path: Path) -> None:
    """The same head from a web page (and so from .docx and .odt, read through it): the
    notice, the symbol and the footer are furniture, the year-less dateline takes the date
    above the headline, the address written with "[at]" is one."""
    release, removed = import_text(tmp_path, UNIS_HTML, "unis.html")
    assert removed == ["For information only - not an official document", "UNIS/NAR/1400",
                       "For information media. Not an official record."]
    assert kinds(release, "place") == ["VIENNA"]
    assert kinds(release, "attribution") == ["UN Information Service"]
    assert release.date == dt.date(2025, 3, 3)
    assert kinds(release, "p") == ["The Board presented its report today.",
                                    "Journalists may write to press.vienna[at]un.org for "
                                    "copies."]
    assert [s.tag for b in release.blocks for s in b.spans if s.kind == "atom"] == ["email"]


#: the service's name in two languages above the notice, printed in three columns
#: (``pdftotext -layout``), the date under it and a headline wrapped over two lines
TRILINGUAL = """\
Information Service
Service d'information

For information - not an official document     Zur Information - kein offizielles Dokument    \
Pour information - document sans caractère officiel
4 November 2003
Narcotics Board Examines Shortage of Medicines for
the Relief of Pain in Developing Countries

VIENNA, 4 November (UN Information Service) - The International Narcotics Control Board \
(INCB) began its session here today and will examine the availability of medicines.

The Board will also review its annual report.
"""


def test_notice_in_three_languages_under_the_service_name(tmp_path: Path) -> None:
    release, removed = import_text(tmp_path, TRILINGUAL)
    assert kinds(release, "office") == ["Information Service Service d'information"]
    assert kinds(release, "title") == ["Narcotics Board Examines Shortage of Medicines for the "
                                        "Relief of Pain in Developing Countries"]
    assert kinds(release, "h2") == []
    # the year-less dateline takes the year of the date under the notice
    assert kinds(release, "place") == ["VIENNA"]
    assert kinds(release, "attribution") == ["UN Information Service"]
    assert release.date == dt.date(2003, 11, 4)
    assert any(t.startswith("For information - not an official document") for t in removed)
    assert kinds(release, "p")[0].startswith("The International Narcotics Control Board")


def test_a_headline_above_the_notice_stays_the_headline(tmp_path: Path) -> None:
    # the twin: what stands above the notice is a headline when the text under it is the
    # dateline's paragraph, not a second headline
    text = TRILINGUAL.replace("Information Service\nService d'information\n\n",
                              "United Nations Office Opens in Vienna\n\n")
    text = text.replace("Narcotics Board Examines Shortage of Medicines for\n"
                        "the Relief of Pain in Developing Countries\n\n", "")
    release, _removed = import_text(tmp_path, text)
    assert kinds(release, "title") == ["United Nations Office Opens in Vienna"]
    assert kinds(release, "office") == []
    assert release.date == dt.date(2003, 11, 4)


#: a bilingual letterhead and label, in two columns each (UN Geneva's layout)
BILINGUAL = """\
UNITED NATIONS                                          NATIONS UNIES

PRESS RELEASE                                           COMMUNIQUE DE PRESSE

For use of information media - Not an official record

COUNCIL OPENS ITS FORTY-FIFTH SESSION IN GENEVA

GENEVA, 14 September 2020 - The Council this morning opened its forty-fifth session, hearing a
statement by the High Commissioner.

The session will end on 7 October.
"""


def test_bilingual_letterhead_and_label_in_columns(tmp_path: Path) -> None:
    release, removed = import_text(tmp_path, BILINGUAL)
    assert kinds(release, "label") == ["PRESS RELEASE"]
    assert kinds(release, "title") == ["COUNCIL OPENS ITS FORTY-FIFTH SESSION IN GENEVA"]
    assert kinds(release, "h2") == []
    assert "COMMUNIQUE DE PRESSE" in removed
    assert release.date == dt.date(2020, 9, 14)


@pytest.mark.parametrize("line", [
    "PRESS RELEASE                  Human Rights Council",
    "COMMUNIQUE DE PRESSE           COMUNICADO DE PRENSA",  # no English label among them
])
def test_a_column_that_is_no_label_makes_no_bilingual_label(tmp_path: Path, line: str) -> None:
    text = BILINGUAL.replace("PRESS RELEASE" + " " * 43 + "COMMUNIQUE DE PRESSE", line)
    release, _removed = import_text(tmp_path, text)
    assert "COMMUNIQUE DE PRESSE" not in kinds(release, "label")
    assert kinds(release, "label") != ["PRESS RELEASE"]


#: a dateline without a year and no date in the header: the text says the day in full
YEARLESS = """\
Board Reviews Compliance with Drug Control Treaties

VIENNA, 12 May (UN Information Service) -- The International Narcotics Control Board began
its session here today.

The session, which opened on 12 May 2003, will close on 23 May 2003.
"""


def test_yearless_dateline_takes_the_year_of_the_same_day_in_the_text(tmp_path: Path) -> None:
    release, _removed = import_text(tmp_path, YEARLESS)
    assert release.date == dt.date(2003, 5, 12)
    assert kinds(release, "place") == ["VIENNA"]
    assert kinds(release, "attribution") == ["UN Information Service"]
    assert kinds(release, "p")[0].startswith("The International Narcotics Control Board")
    html = ("<html><body><h1>Board Reviews Compliance</h1><p>VIENNA, 12 May (UN Information "
            "Service) -- The Board began its session.</p><p>The session opened on 12 May "
            "2003.</p></body></html>")
    release, _removed = import_text(tmp_path, html, "release.html")
    assert release.date == dt.date(2003, 5, 12)


@pytest.mark.parametrize("said", [
    "The session will close on 23 May 2003.",  # no date of that day
    "It opened on 12 May 2003, as it did on 12 May 2002.",  # two years: none is taken
])
def test_yearless_dateline_without_one_year_for_its_day(tmp_path: Path, said: str) -> None:
    text = YEARLESS.replace("The session, which opened on 12 May 2003, will close on 23 May "
                            "2003.", said)
    release, _removed = import_text(tmp_path, text)
    assert release.date is None
    assert kinds(release, "place") == []
    assert kinds(release, "p")[0].startswith("VIENNA, 12 May (UN Information Service)")


#: a statement as the Secretary-General's office lays one out: the bilingual letterhead in
#: columns, the speaker and the occasion apart by a rule, the handling instruction under the
#: dateline, the footer of the web address and the page
SPEECH = """\
UNITED NATIONS                                                          NATIONS UNIES

THE SECRETARY-GENERAL
--
REMARKS TO THE SECURITY COUNCIL ON COUNTER-TERRORISM

New York, 12 January 2021

CHECK AGAINST DELIVERY

Mr. President, Excellencies, ladies and gentlemen,

Terrorism remains a grave threat to international peace and security.

www.un.org/sg | Page 1 of 1
"""


def test_speech_layout(tmp_path: Path) -> None:
    release, removed = import_text(tmp_path, SPEECH)
    assert kinds(release, "office") == ["United Nations"]
    assert kinds(release, "title") == ["THE SECRETARY-GENERAL REMARKS TO THE SECURITY "
                                        "COUNCIL ON COUNTER-TERRORISM"]
    assert kinds(release, "label") == ["CHECK AGAINST DELIVERY"]
    assert release.date == dt.date(2021, 1, 12)
    assert kinds(release, "p") == ["Mr. President, Excellencies, ladies and gentlemen,",
                                    "Terrorism remains a grave threat to international peace "
                                    "and security."]
    assert removed == ["NATIONS UNIES", "www.un.org/sg | Page 1 of 1"]


def test_speech_instruction_under_a_release_label(tmp_path: Path) -> None:
    # a release that has its label already: the instruction is said removed
    release, removed = import_text(tmp_path, SPEECH.replace("THE SECRETARY-GENERAL\n--\n",
                                                         "STATEMENT\n\n"))
    assert kinds(release, "label") == ["STATEMENT"]
    assert "CHECK AGAINST DELIVERY" in removed
    assert kinds(release, "title") == ["REMARKS TO THE SECURITY COUNCIL ON COUNTER-TERRORISM"]


@pytest.mark.parametrize("line", [
    "www.un.org/sg | www.unodc.org",  # no page number nor symbol beside the addresses
    "Read more at www.un.org/sg | Page 1 of 1",  # words beside them
])
def test_footer_twins_stay_text(tmp_path: Path, line: str) -> None:
    _unused, removed = import_text(tmp_path, SPEECH.replace("www.un.org/sg | Page 1 of 1", line))
    assert line not in removed


SPEECH_HTML = """\
<html><body>
<p>UNITED NATIONS</p>
<h1>Secretary-General's remarks to the Security Council on counter-terrorism</h1>
<p>New York, 12 January 2021</p>
<p><strong>[As delivered]</strong></p>
<p>Mr. President, Excellencies, ladies and gentlemen,</p>
<p>Terrorism remains a grave threat. Visit www.un.org/sg or
<a href="https://www.un.org/counterterrorism">www.un.org/counterterrorism</a>.</p>
</body></html>
"""


def test_speech_layout_from_html(tmp_path: Path) -> None:
    release, _removed = import_text(tmp_path, SPEECH_HTML, "speech.html")
    assert kinds(release, "office") == ["UNITED NATIONS"]
    assert kinds(release, "label") == ["[As delivered]"]
    assert kinds(release, "h2") == []
    last = next(b for b in release.blocks if b.id == "p2")
    # a bare web address in the page's text is an address; one inside a link stays its text
    assert [(s.kind, s.tag) for s in last.spans if s.kind != "text"] == [
        ("atom", "url"), ("open", "a"), ("close", "a")]


def test_html_kicker_that_names_no_issuer_stays_a_subheading(tmp_path: Path) -> None:
    # the twin: a topic above the headline, no capitals nor a body's name, is no letterhead
    page = SPEECH_HTML.replace("<p>UNITED NATIONS</p>", "<p>Peace and security</p>")
    release, _removed = import_text(tmp_path, page, "speech.html")
    assert kinds(release, "office") == []
    assert kinds(release, "h2") == ["Peace and security"]


@pytest.mark.parametrize("line", ["Press Release N° 2024-18", "ECA Press Release No. 45/2024",
                                  "Press Release\nNo. 2024-18", "Press Release\nNo: G/08/2024"])
def test_release_number_lines(tmp_path: Path, line: str) -> None:
    text = (f"{line}\n\nUNESCO Adds Seven Sites to its Network of Geoparks\n\nParis, 27 March "
            "2024 – The Executive Board approved seven new Geoparks today.\n")
    release, removed = import_text(tmp_path, text)
    assert kinds(release, "label") == ["Press Release"]
    assert kinds(release, "title") == ["UNESCO Adds Seven Sites to its Network of Geoparks"]
    assert removed == [line.split("\n")[-1]]


@pytest.mark.parametrize(("head", "office"), [
    ("United Nations Office on Drugs and Crime\n\n", "United Nations Office on Drugs and Crime"),
    ("UNITED NATIONS\nOFFICE ON DRUGS AND CRIME\n\n", "UNITED NATIONS OFFICE ON DRUGS AND CRIME"),
    ("United Nations Office on Drugs and Crime\n\n11 December 2024\n\n",
     "United Nations Office on Drugs and Crime"),
    ("United Nations Office on Drugs and Crime\n\nPRESS RELEASE\n\n",
     "United Nations Office on Drugs and Crime"),
])
def test_issuer_above_the_headline(tmp_path: Path, head: str, office: str) -> None:
    text = (head + "UNODC launches Global Report on Trafficking in Persons\n\nVienna, 11 "
            "December 2024 – Detected victims rose by 25 per cent in 2022.\n\nThe report "
            "covers 156 countries.\n")
    release, _removed = import_text(tmp_path, text)
    assert kinds(release, "office") == [office]
    assert kinds(release, "title") == ["UNODC launches Global Report on Trafficking in Persons"]
    assert release.date == dt.date(2024, 12, 11)


def test_issuer_above_a_dateline_standing_alone(tmp_path: Path) -> None:
    text = ("United Nations Office for the Coordination of Humanitarian Affairs\n\nPRESS RELEASE"
            "\n\nNew York, 3 April 2024\n\nCoordinator allocates $10 million to respond to "
            "floods\n\nThe Humanitarian Coordinator released US$10 million today.\n")
    release, _removed = import_text(tmp_path, text)
    assert kinds(release, "office") == ["United Nations Office for the Coordination of "
                                         "Humanitarian Affairs"]
    assert kinds(release, "title") == ["Coordinator allocates $10 million to respond to floods"]
    assert kinds(release, "place") == ["New York"]
    assert kinds(release, "p") == ["The Humanitarian Coordinator released US$10 million today."]


@pytest.mark.parametrize("headline", [
    "United Nations Office Opens in Kyiv",  # a verb
    "New Leadership at the Universal Postal Union",  # no body's word early in it
    "United Nations Environment Programme Executive Director",  # a person's title at its end
])
def test_headline_naming_a_body_stays_the_headline(tmp_path: Path, headline: str) -> None:
    text = (f"{headline}\n\nThe new head takes office with a plan for reform\n\nGeneva, 5 May "
            "2024 – The Organization announced the appointment today.\n\nMore follows.\n")
    release, _removed = import_text(tmp_path, text)
    assert kinds(release, "title") == [headline]
    assert kinds(release, "office") == []


PLACE_ONLY = """\
NEWS RELEASE

5 June 2024

WHO Calls for Urgent Action on Air Pollution

{opening} – The World Health Organization (WHO) today called on countries to act.

The report covers 120 countries.
"""


@pytest.mark.parametrize(("opening", "place", "attribution"), [
    ("GENEVA", "GENEVA", []), ("PORT-AU-PRINCE", "PORT-AU-PRINCE", []),
    ("Geneva", "Geneva", []), ("Dar es Salaam", "Dar es Salaam", []),  # (IOM's, title case)
    ("NAIROBI, Kenya", "NAIROBI, Kenya", []), ("NEW YORK/GENEVA", "NEW YORK/GENEVA", []),
    # a service in the bracket is the attribution, as before a date; a region the place's
    ("ROME (FAO)", "ROME", ["FAO"]), ("GENEVA (ILO News)", "GENEVA", ["ILO News"]),
    ("Geneva (UN News)", "Geneva", ["UN News"]),
    ("GOMA (North Kivu)", "GOMA (North Kivu)", []),
    ("Bangkok (Thailand)", "Bangkok (Thailand)", []),
])
def test_place_only_dateline_under_a_header_date(tmp_path: Path, opening: str,
                                                 place: str, attribution: list[str]) -> None:
    release, _removed = import_text(tmp_path, PLACE_ONLY.format(opening=opening))
    assert kinds(release, "place") == [place]
    assert kinds(release, "attribution") == attribution
    assert release.date == dt.date(2024, 6, 5)
    assert kinds(release, "p")[0] == ("The World Health Organization (WHO) today called on "
                                       "countries to act.")


@pytest.mark.parametrize("text", [
    PLACE_ONLY.format(opening="UNICEF"),  # a body's acronym, no place
    PLACE_ONLY.format(opening="Today"),  # a word that opens a sentence so
    # (with no date known, a place that no date vouches for must be a known one:
    # ``test_undated_dateline``)
    PLACE_ONLY.format(opening="HEALTH ALERT").replace("5 June 2024\n\n", ""),
])
def test_place_only_twins(tmp_path: Path, text: str) -> None:
    release, _removed = import_text(tmp_path, text)
    assert kinds(release, "place") == kinds(release, "attribution") == []


def test_place_only_dateline_from_html(tmp_path: Path) -> None:
    page = ('<html><head><meta property="article:published_time" content="2024-06-05T10:00Z">'
            "</head><body><h1>WHO Calls for Action</h1><p>GENEVA – The World Health "
            "Organization called on countries to act.</p></body></html>")
    release, _removed = import_text(tmp_path, page, "release.html")
    assert kinds(release, "place") == ["GENEVA"]
    assert release.date == dt.date(2024, 6, 5)
    assert kinds(release, "p") == ["The World Health Organization called on countries to act."]
    release, _removed = import_text(tmp_path, page.replace("GENEVA", "ROME (FAO)"),
                                    "rome.html")
    assert (kinds(release, "place"), kinds(release, "attribution")) == (["ROME"], ["FAO"])


@pytest.mark.parametrize(("head", "office"), [
    ("SECURITY COUNCIL\n9571st MEETING (AM)\nSC/15602\n\n",
     "SECURITY COUNCIL, 9571st MEETING (AM)"),
    # (under press.un.org's kind of page: the label)
    ("Meetings Coverage and Press Releases\n\nSECURITY COUNCIL\n9571st MEETING (AM)\n"
     "SC/15602\n\n", "SECURITY COUNCIL, 9571st MEETING (AM)"),
    ("9571ST MEETING (AM)\nSC/15602\n30 APRIL 2024\n\n", "9571ST MEETING (AM)"),
])
def test_meetings_header_with_symbol_and_date_under_it(tmp_path: Path, head: str,
                                                       office: str) -> None:
    text = (head + "Security Council Extends Mandate of Mission in South Sudan for One Year\n\n"
            "The Security Council today extended the mandate of the Mission until 30 April "
            "2025.\n")
    release, removed = import_text(tmp_path, text)
    assert kinds(release, "office") == [office]
    assert kinds(release, "title") == ["Security Council Extends Mandate of Mission in South "
                                        "Sudan for One Year"]
    assert "SC/15602" in removed
    assert release.date == (dt.date(2024, 4, 30) if "APRIL" in head else None)


def test_symbols_line_and_date_stamp(tmp_path: Path) -> None:
    release, removed = import_text(tmp_path, STAMPED)
    assert release.date == dt.date(1999, 7, 22)
    assert "GA/SM/253 OBV/217 UNEP/92" in removed
    assert kinds(release, "title") == ["SECRETARY-GENERAL CALLS FOR ACTION ON DESERTIFICATION"]


@pytest.mark.parametrize(("text", "notice"), [
    ("For information only - not an official document", True),
    ("For information only – not an official document.", True),
    ("For use of information media - Not an official record", True),
    ("For information media. Not an official record.", True),
    ("For information media • not an official record", True),
    ("(Re-issued as received.)", True),
    # the notice in the languages of the services' duty stations, and in columns
    ("Pour information – document sans caractère officiel", True),
    ("Document non officiel, à l'usage des médias", True),
    ("Para información – documento no oficial", True),
    ("Для информации — не является официальным документом", True),
    ("Nur zur Information - kein offizielles Dokument", True),
    ("For information - not an official document     Zur Information - kein offizielles "
     "Dokument     Pour information - document sans caractère officiel", True),
    ("For information     Pour information", False),
    ("For information - not an official document     The Board met today.", False),
    ("Pour information, contactez le Service.", False),
    ("For information:", False),
    ("For information, contact the Office.", False),
    ("The document is not an official record of the meeting.", False),
])
def test_notice(text: str, notice: bool) -> None:
    assert is_notice(text) is notice


@pytest.mark.parametrize(("text", "reference"), [
    ("Press Release No:  UNIS/NAR/687", True),
    ("Press release number: IFAD 06/06", True),
    ("Note No. 5814", True),
    ("News Number: G/21/2017", True),
    # the number's word alone, or the office before the label
    ("No. 2024-18", True),
    ("No: G/08/2024", True),
    ("Press Release N° 2024-18", True),
    ("ECA Press Release No. 45/2024", True),
    ("No. 5 priority", False),
    ("Number 10 Downing Street", False),
    ("The number 5", False),
    ("SG/SM/17246-OBV/1537-ORG/1612", True),
    ("GA/SM/253 OBV/217 UNEP/92 |", True),
    ("Press Release 2021/15", True),
    ("IFAD 06/06", False),
    ("Note 5", False),
    ("Document 5", False),
    ("Press Release", False),
    ("Phase 2: launch", False),
    ("Goal 3: health", False),
])
def test_reference(text: str, reference: bool) -> None:
    assert is_reference(text) is reference


@pytest.mark.parametrize(("text", "place", "date"), [
    ("THE HAGUE, Netherlands — 21 November 2022 — The Director-General met.",
     "THE HAGUE, Netherlands", dt.date(2022, 11, 21)),
    ("Bangkok (Thailand), 8 November 2013 - Seizures rose.", "Bangkok (Thailand)",
     dt.date(2013, 11, 8)),
    ("Geneva, Switzerland, 14 October 2005 – The talks began.", "Geneva, Switzerland",
     dt.date(2005, 10, 14)),
    ("6 December 2021, Geneva, Switzerland - UNITAR signed a memorandum.",
     "Geneva, Switzerland", dt.date(2021, 12, 6)),
    ("Nairobi 6 June 2018—The United Nations family marked the day.", "Nairobi",
     dt.date(2018, 6, 6)),
    ("Dar es Salaam 6 June 2018 – The meeting opened.", "Dar es Salaam", dt.date(2018, 6, 6)),
    ("(Bonn, 31 March 2010) - The reports detail the outcomes.", "Bonn", dt.date(2010, 3, 31)),
    ("New York, Wednesday, 9 December 2020 – The Office met.", "New York",
     dt.date(2020, 12, 9)),
    ("Monday, 9 December 2020 – The Office met.", "", dt.date(2020, 12, 9)),
    # (the attribution after the date is the dateline's own: ``test_dateline_attribution``)
    ("VIENNA, 12 May (UN Information Service) --The Board met.", "VIENNA",
     dt.date(2020, 5, 12)),
    # a place set over its date, the dateline standing alone (the IAEA's, its lines joined)
    ("Vienna, Austria 6 February 2024", "Vienna, Austria", dt.date(2024, 2, 6)),
    ("Dar es Salaam 6 February 2024", "Dar es Salaam", dt.date(2024, 2, 6)),
    # the ICJ's: a full stop after the date, the place in capitals
    ("THE HAGUE, 26 January 2024. The International Court of Justice today delivered its Order.",
     "THE HAGUE", dt.date(2024, 1, 26)),
])
def test_dateline_forms(text: str, place: str, date: dt.date) -> None:
    found = dateline(text, "en", 2020)
    assert found is not None and found[:2] == (place, date)


@pytest.mark.parametrize("text", [
    "On 6 June 2018 – The meeting opened.",
    "Since 6 June 2018 – The meeting opened.",
    "The Board met 9 December 2020 – The Office met.",
    "Record seizures 8 November 2013 – The Office met.",
    "9 December 2020, the Office said – more.",
    "Nairobi 6 June 2018 – the meeting opened.",
    # a full stop after a date ends a sentence, but after the ICJ's capital place and comma
    "The Hague, 26 January 2024. The Court met.",
    "On 9 December 2020. The meeting opened.",
    # a label or a phrase before a date standing alone is no place
    "Date: 8 March 2024",
    "Media Alert for 3 June 2025 (subject to change)",
    "Published 6 February 2024",
])
def test_not_datelines(text: str) -> None:
    assert dateline(text, "en", 2020) is None


@pytest.mark.parametrize(("text", "date"), [
    ("Release Date:    11 May 2000", dt.date(2000, 5, 11)),
    ("Date: 11 May 2000", dt.date(2000, 5, 11)),
    ("19990722", dt.date(1999, 7, 22)),
    ("19991322", None),
    ("12345678", None),
    ("Released to 11 May 2000", None),
])
def test_header_dates(text: str, date: dt.date | None) -> None:
    found = lone_date(text, "en")
    assert (found[0] if found else None) == date


@pytest.mark.parametrize(("text", "address"), [
    ("Write to press.vienna[at]un.org today.", "press.vienna[at]un.org"),
    ("E-mail: david.dadge[@]upu.int", "david.dadge[@]upu.int"),
    ("Contact info (at) un.org.", "info (at) un.org"),
    ("Contact info[at]un[dot]org.", "info[at]un[dot]org"),
    ("请发邮件至press[at]un.org了解详情", "press[at]un.org"),
    ("[cid:image003.gif@01D11649.2E61A570]", None),
    ("Meet us at (at) the office.", None),
])
def test_checker_reads_addresses_written_against_harvesters(text: str,
                                                            address: str | None) -> None:
    assert [a for a, _, _ in _addresses(text)] == ([address] if address else [])


@pytest.mark.parametrize(("address", "hidden"), [
    ("press.vienna[at]un.org", True),
    ("david.dadge[@]upu.int", True),  # holds an "@", but no mailto: link can take it
    ("info (at) un.org", True),
    ("info@un[dot]org", True),
    ("info＠un.org", True),
    ("gerardl@un.org", False),
    ("first.last+press@un-women.org", False),
])
def test_addresses_a_link_may_not_hold(address: str, hidden: bool) -> None:
    """An address a ``mailto:`` link would give away, or could not hold as a valid URL, is
    shown as written (the validator refused "mailto:david.dadge[@]upu.int")."""
    assert hides_at(address) is hidden


def test_unis_release_through_the_pipeline(workspace: Path, cli: Cli) -> None:
    """Import, extract, translate, build and check: the address written with "[at]" is a
    placeholder in the PO file, shown as written in the page (no mailto: link giving it away),
    and a translation that types it out wrong is an error."""
    import polib

    (workspace / "unis.txt").write_text(UNIS, encoding="utf-8")
    cli("import", "unis.txt", "--slug", "unis")
    cli("extract")
    po_path = workspace / "locales" / "fr" / "LC_MESSAGES" / "unis.po"
    catalog = polib.pofile(str(po_path))
    contact = next(e for e in catalog if e.msgctxt == "contact5")
    assert contact.msgid == "Email: <x1/>"
    assert "jana.example[at]un.org" in contact.comment
    contact.msgstr = "Courriel : <x1/>"
    catalog.save()
    subprocess.run([required_tool("msgfmt", "GNU gettext"), "--check", "-o", "/dev/null",
                    str(po_path)], check=True)
    cli("build", "--lang", "fr")
    page = (workspace / "output" / "fr" / "unis.html").read_text(encoding="utf-8")
    assert '<span dir="ltr" translate="no">jana.example[at]un.org</span>' in page
    assert "mailto:" not in page
    assert _codes(cli) == set()
    contact.msgstr = "Courriel : jana.example[at]un.ogr"
    catalog.save()
    assert _codes(cli) == {"TP402", "TP501"}


def _codes(cli: Cli) -> set[str]:
    """The codes of the findings on the French contact line's unit."""
    cli("check", "--lang", "fr", "--format", "json", expect=None)
    findings = json.loads(cli.out)["findings"]
    return {f["code"] for f in findings if f["unit"] == "contact5"}


def test_dateline_dash_on_the_next_line(tmp_path: Path) -> None:
    """A dateline on a line of its own whose dash the line break put first on the text's
    first line: the dash is the dateline's, not the text's; a later paragraph's is its own."""
    release, _removed = import_text(tmp_path, (
        "Record Methamphetamine Seizures in South-East Asia\n\n"
        "Bangkok (Thailand), 8 November 2013\n"
        "- Methamphetamine remains the top drug threat in the region, a report said.\n\n"
        "- The second paragraph opens with a dash of its own.\n"))
    assert kinds(release, "place") == ["Bangkok (Thailand)"]
    assert kinds(release, "p") == [
        "Methamphetamine remains the top drug threat in the region, a report said.",
        "- The second paragraph opens with a dash of its own."]


MEETING = """\
GA/SHC/4400
21 November 2025

Press Release

Eightieth General Assembly

Third Committee

48th & 49th Meetings (AM & PM)

Refugee Agency Head Urges States to Address Root Causes of Displacement

The Third Committee (Social, Humanitarian and Cultural) this afternoon concluded its debate
on refugees, returnees and displaced persons.
"""

#: the same head as a PDF viewer copies it: no blank lines
MEETING_PACKED = """\
Press Release
Economic and Social Council
2026 Organizational Session
1st Meeting (AM)
Four Vice-Presidents Elected as Council Holds First Meeting of Year

The Economic and Social Council held its first meeting of 2026 this morning.
"""


@pytest.mark.parametrize("text", [MEETING, MEETING_PACKED])
def test_meetings_coverage_header(tmp_path: Path, text: str) -> None:
    """The organ, session and meeting above the headline are one header (the office line,
    translated), not the headline; the headline is the line under them."""
    release, _removed = import_text(tmp_path, text)
    assert kinds(release, "label") == ["Press Release"]
    if text is MEETING:
        assert kinds(release, "office") == [
            "Eightieth General Assembly, Third Committee, 48th & 49th Meetings (AM & PM)"]
        assert kinds(release, "title") == ["Refugee Agency Head Urges States to Address Root "
                                            "Causes of Displacement"]
        assert release.date == dt.date(2025, 11, 21)
    else:
        assert kinds(release, "office") == [
            "Economic and Social Council, 2026 Organizational Session, 1st Meeting (AM)"]
        assert kinds(release, "title") == ["Four Vice-Presidents Elected as Council Holds "
                                            "First Meeting of Year"]
    notes = [b.note for b in release.blocks if b.kind == "office"]
    assert notes == ["The organ, session and meeting the release reports, as its header names "
                     "them."]


def test_a_meeting_named_in_a_sentence_is_text(tmp_path: Path) -> None:
    release, _removed = import_text(tmp_path, (
        "Committee Concludes Debate on Refugees\n\n"
        "The Committee held its 48th meeting (PM) today.\n\n"
        "48th Meeting (PM) of the Committee was its last of the session.\n"))
    assert kinds(release, "title") == ["Committee Concludes Debate on Refugees"]
    assert not kinds(release, "office")
    assert len(kinds(release, "p")) == 2


SGSM = """\
                                                                              SG/SM/21900
                                                                              15 May 2025

Secretary-General
Statements and Messages

Secretary-General Calls for Stronger Families in Message for International Day

Following is UN Secretary-General António Guterres' message for the International Day of
Families, observed on 15 May:

Families are the foundation of our societies.

                                                          * *** *

For information media. Not an official record.
"""

SC = """\
Security Council
SC/16000
10 March 2025
Meetings Coverage

9876th Meeting (AM)

Security Council Extends Mandate of Panel of Experts for One Year

The Security Council this morning extended until 15 March 2026 the mandate of the Panel.
"""


def test_press_office_kinds_of_document(tmp_path: Path) -> None:
    """press.un.org's kind of document ("Statements and Messages", "Meetings Coverage") is
    the label, the organ above it the office, the symbol under the organ no label (it was, in
    capitals), and the date under the symbol the release's."""
    release, removed = import_text(tmp_path, SGSM)
    assert (kinds(release, "label"), kinds(release, "office")) == (
        ["Statements and Messages"], ["Secretary-General"])
    assert kinds(release, "title") == ["Secretary-General Calls for Stronger Families in "
                                        "Message for International Day"]
    assert release.date == dt.date(2025, 5, 15)
    assert "SG/SM/21900" in removed
    release, removed = import_text(tmp_path, SC, "sc.txt")
    assert (kinds(release, "label"), kinds(release, "office")) == (
        ["Meetings Coverage"], ["Security Council, 9876th Meeting (AM)"])
    assert kinds(release, "title") == ["Security Council Extends Mandate of Panel of Experts "
                                        "for One Year"]
    assert release.date == dt.date(2025, 3, 10)
    assert "SC/16000" in removed


def test_a_text_without_headline_is_refused(workspace: Path, cli: Cli) -> None:
    """A text whose first block is the dated paragraph has no headline (a page copied
    without its <h1>): refused on one line naming the line, and nothing written; the twin,
    a short headline over the same paragraph, imports."""
    body = ("VIENNA, 16 November 2025 (UN Information Service) - The International Narcotics "
            "Control Board concluded today its session in Vienna.\n\nThe Board met in "
            "private.\n")
    (workspace / "no-headline.txt").write_text(body, encoding="utf-8")
    cli("import", "no-headline.txt", expect=2)
    assert cli.err.strip() == ("transpub: error: no-headline.txt:1: the release has no "
                               "headline: its first text is the dateline's paragraph; put the "
                               "headline above it")
    assert not (workspace / "source" / "no-headline.xml").exists()
    (workspace / "headline.txt").write_text("Narcotics Board Concludes Session\n\n" + body,
                                            encoding="utf-8")
    cli("import", "headline.txt", "--slug", "headline")
    assert (workspace / "source" / "headline.xml").exists()


@pytest.mark.parametrize(("text", "label", "title"), [
    ("MEDIA ADVISORY: Secretary-General to Launch Report on Sustainable Development\n\n"
     "NEW YORK, 10 June 2025 – The Secretary-General will launch the report.\n",
     "MEDIA ADVISORY", "Secretary-General to Launch Report on Sustainable Development"),
    ("Press Release - UNODC Report Finds Record Cocaine Production\n\n"
     "VIENNA, 10 June 2025 – A report released today found record production.\n",
     "Press Release", "UNODC Report Finds Record Cocaine Production"),
    ("Note to Correspondents | Secretary-General's Travel to Kenya\n\n"
     "NEW YORK, 10 June 2025 – The Secretary-General will travel to Nairobi.\n",
     "Note to Correspondents", "Secretary-General's Travel to Kenya"),
    # twins: a label word opening a headline, with no separator or too little after it
    ("Statement by the Secretary-General on the Situation in the Sahel\n\n"
     "NEW YORK, 10 June 2025 – The Secretary-General is deeply concerned.\n",
     None, "Statement by the Secretary-General on the Situation in the Sahel"),
    ("Statement: Sahel\n\nNEW YORK, 10 June 2025 – The Secretary-General is concerned.\n",
     None, "Statement: Sahel"),
])
def test_label_before_the_headline_on_its_line(tmp_path: Path, text: str, label: str | None,
                                               title: str) -> None:
    release, _removed = import_text(tmp_path, text)
    assert kinds(release, "label") == ([label] if label else [])
    assert kinds(release, "title") == [title]


def test_label_before_the_headline_in_html(tmp_path: Path) -> None:
    release, _removed = import_text(tmp_path, (
        "<html><body><main><h1>Media Advisory: Secretary-General to Launch <em>Global</em> "
        "Report</h1><p>NEW YORK, 10 June 2025 – The Secretary-General will launch it.</p>"
        "</main></body></html>"), "advisory.html")
    assert kinds(release, "label") == ["Media Advisory"]
    title = next(b for b in release.blocks if b.kind == "title")
    assert [(s.kind, s.tag, s.text) for s in title.spans] == [
        ("text", "", "Secretary-General to Launch "), ("open", "em", ""),
        ("text", "", "Global"), ("close", "em", ""), ("text", "", " Report")]
    assert release.slug == "secretary-general-to-launch-global-report"


def test_unis_release_as_a_pdf_of_two_pages(tmp_path: Path) -> None:
    """The same release laid out as a PDF, its second page headed "UNIS/NAR/1400 – Page 2"
    (symbol and page number joined on one line): the header is furniture, not a subheading;
    the twin, "2020 – 2021" alone on a line, is text."""
    from pdfmake import pdf

    lines = UNIS.split("\n")
    path = tmp_path / "unis.pdf"
    path.write_bytes(pdf([lines[:12], ["UNIS/NAR/1400 – Page 2", "", *lines[12:]]]))
    report = import_file(path)
    assert "UNIS/NAR/1400 – Page 2" in [t for _, t in report.removed]
    assert not kinds(report.release, "h2")
    assert kinds(report.release, "title") == ["Narcotics Board Presents its Annual Report to "
                                               "Member States"]
    assert len(kinds(report.release, "line")) == 5
    twin = tmp_path / "twin.txt"
    twin.write_text("Strategic Plan Adopted\n\nGENEVA, 9 May 2025 – The Board adopted its plan."
                    "\n\n2020 – 2021\n\nThe plan covers two years.\n", encoding="utf-8")
    assert "2020 – 2021" in kinds(import_file(twin).release, "p")


ADVISORY_FIELDS = """\
MEDIA ADVISORY

Launch of the World Drug Report 2025

What: Global launch of the World Drug Report 2025
When: Thursday, 26 June 2025, 11 a.m. CEST
Where: Vienna International Centre, Press Room C0225A
Who: Ghada Waly, Executive Director, United Nations Office on Drugs and Crime
(UNODC), and Angela Me, Chief of Research

The Report presents the latest data on drug markets.
Note: journalists may attend in person or online.

Time: the launch is the Office's first in person since 2019, and
the Report its thirtieth.
"""


def test_media_advisory_fields_are_a_paragraph_each(tmp_path: Path) -> None:
    """A media advisory's "What: / When: / Where: / Who:" block, one line a field (a wrapped
    line with the field above it), is a paragraph a field, not one unit of four; the twins:
    a paragraph that does not open with a field keeps its "Note:" line, and one field alone
    is a paragraph as it stands."""
    release, _removed = import_text(tmp_path, ADVISORY_FIELDS)
    assert kinds(release, "p") == [
        "What: Global launch of the World Drug Report 2025",
        "When: Thursday, 26 June 2025, 11 a.m. CEST",
        "Where: Vienna International Centre, Press Room C0225A",
        "Who: Ghada Waly, Executive Director, United Nations Office on Drugs and Crime "
        "(UNODC), and Angela Me, Chief of Research",
        "The Report presents the latest data on drug markets. Note: journalists may attend in "
        "person or online.",
        "Time: the launch is the Office's first in person since 2019, and the Report its "
        "thirtieth."]


def test_media_advisory_fields_in_html(tmp_path: Path) -> None:
    """The same fields in one HTML paragraph, a line each between <br>s (the names in bold):
    a paragraph a field, the bold kept; the twin, lines of a postal address, stays one."""
    release, _removed = import_text(tmp_path, (
        "<html><body><main><h1>Launch of the World Drug Report 2025</h1>"
        "<p>VIENNA, 20 June 2025 – The Office will launch its report.</p>"
        "<p><strong>What:</strong> Global launch of the report<br>"
        "<strong>When:</strong> Thursday, 26 June 2025, 11 a.m. CEST<br>"
        "<strong>Where:</strong> Vienna International Centre<br>Press Room C0225A</p>"
        "<p>Vienna International Centre<br>Wagramer Strasse 5<br>1400 Vienna</p>"
        "</main></body></html>"), "advisory.html")
    assert kinds(release, "p") == [
        "The Office will launch its report.", "What: Global launch of the report",
        "When: Thursday, 26 June 2025, 11 a.m. CEST",
        "Where: Vienna International Centre Press Room C0225A",
        "Vienna International Centre Wagramer Strasse 5 1400 Vienna"]
    when = [b for b in release.blocks if b.kind == "p"][2]
    assert [s.kind for s in when.spans] == ["open", "text", "close", "text"]


@pytest.mark.parametrize("contact", [
    # one paragraph, a line each between <br>s (a mailto: link an address not to translate)
    "<p>For more information, please contact:<br>Jana Example<br>Public Information Officer, "
    "UNIS Vienna<br>Email: <a href=\"mailto:jana.example@un.org\">jana.example@un.org</a></p>",
    # a paragraph a line, as Word and LibreOffice documents give them
    "<p>For more information, please contact:</p><p>Jana Example</p><p>Public Information "
    "Officer, UNIS Vienna</p><p>Email: jana.example@un.org</p>",
])
def test_contact_block_from_html(tmp_path: Path, contact: str) -> None:
    """A page's (and so a .docx's or .odt's) closing contact paragraphs are the contact
    block, line by line, as from text; they were body paragraphs, or one of four lines. The
    twin: "For more information on the report…" inside the text, long paragraphs after it,
    is a paragraph."""
    release, _removed = import_text(tmp_path, (
        "<html><body><main><h1>Narcotics Board Presents its Annual Report</h1>"
        "<p>VIENNA, 3 March 2025 – The Board presented its report today.</p>"
        "<p>For more information on the report, see the Board's website.</p>"
        f"<p>{'The Report covers the world drug situation in detail. ' * 4}</p>"
        f"{contact}</main></body></html>"), "release.html")
    assert kinds(release, "line") == [
        "For more information, please contact:", "Jana Example",
        "Public Information Officer, UNIS Vienna", "Email: jana.example@un.org"]
    assert kinds(release, "p")[1] == "For more information on the report, see the Board's " \
        "website."
    notes = [b.note for b in release.blocks if b.kind == "line"]
    assert notes[-1] == "Contact details. The e-mail address <x1/> is not translated."
    assert [b.ordinal for b in release.blocks if b.kind == "line"] == [1, 2, 3, 4]


def test_word_and_libreoffice_line_breaks(tmp_path: Path) -> None:
    """Lines set in one paragraph with line breaks (Word's Shift+Enter, <w:br/>; LibreOffice's
    <text:line-break/>): a contact block's are its lines, an advisory's fields a paragraph
    each; a page break inside a run stays a space."""
    from test_import_docx import _docx, _para, _run
    from test_import_odt import NS, _odt

    def word_lines(*lines: str) -> str:
        return _para("<w:r>" + "<w:br/>".join(f'<w:t xml:space="preserve">{t}</w:t>'
                                              for t in lines) + "</w:r>")

    body = "".join([
        _para(_run("Launch of the World Drug Report 2025"), "Title"),
        _para(_run("VIENNA, 20 June 2025 – The Office will launch its report.")),
        word_lines("What: Global launch of the report", "When: Thursday, 26 June 2025"),
        _para('<w:r><w:t xml:space="preserve">The Report is long.</w:t><w:br w:type="page"/>'
              '<w:t xml:space="preserve">It has four parts.</w:t></w:r>'),
        word_lines("For more information, please contact:", "Jana Example",
                   "Email: jana.example@un.org"),
    ])
    (tmp_path / "word.docx").write_bytes(_docx(body))
    release = import_file(tmp_path / "word.docx").release
    assert kinds(release, "p") == ["The Office will launch its report.",
                                    "What: Global launch of the report",
                                    "When: Thursday, 26 June 2025",
                                    "The Report is long. It has four parts."]
    assert kinds(release, "line") == ["For more information, please contact:",
                                       "Jana Example", "Email: jana.example@un.org"]
    content = (f"<office:document-content {NS}><office:body><office:text>"
               '<text:h text:outline-level="1">Launch of the World Drug Report 2025</text:h>'
               "<text:p>VIENNA, 20 June 2025 – The Office will launch its report.</text:p>"
               "<text:p>For more information, please contact:<text:line-break/>Jana Example"
               "<text:line-break/>Email: jana.example@un.org</text:p>"
               "</office:text></office:body></office:document-content>")
    (tmp_path / "writer.odt").write_bytes(_odt(content))
    release = import_file(tmp_path / "writer.odt").release
    assert kinds(release, "line") == ["For more information, please contact:",
                                       "Jana Example", "Email: jana.example@un.org"]


@pytest.mark.parametrize(("first", "refused"), [
    ("VIENNA, 27 May 2019 (UN Information Service) - Excellencies, ladies and gentlemen,", True),
    ("Geneva, 5 May 2020 – Statement", False),
])
def test_a_speech_without_headline_is_refused(tmp_path: Path, first: str, refused: bool) -> None:
    """A speech whose dated paragraph opens with a short greeting has no headline either;
    a dateline and a word or two may be one."""
    path = tmp_path / "speech.txt"
    path.write_text(f"{first}\n\nI am honoured to be here.\n", encoding="utf-8")
    if refused:
        with pytest.raises(SourceError, match="the release has no headline"):
            import_file(path)
    else:
        assert kinds(import_file(path).release, "title") == [first]
