"""How a release closes: a contact block followed by the office's accounts ("Follow us:" /
"Twitter: @UN_OCT" / "Website: www.un.org/counterterrorism") and a photo credit; and a web
address written without its scheme, kept as an address (a placeholder in the PO files, a
link over https in the pages). Texts written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest

from transpub.importer import import_file
from transpub.model import Release

from conftest import Cli

RELEASE = """\
UNOCT Trains Border Officials in Advance Passenger Information

Almaty, 3 June 2022 – The United Nations Office of Counter-Terrorism (UNOCT) trained 40
border officials on 1 and 2 June 2022.

The training was funded by the Government of Japan.

Media contact:
Mr. John Smith
Public Information Officer
Email: john.smith@un.org
Tel: +1 212 963 1234

Follow us:
Twitter: @UN_OCT
Website: www.un.org/counterterrorism

Photo: UNOCT/Jane Doe
"""


def _import(tmp_path: Path, text: str) -> Release:
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    return import_file(path).release


def _texts(release: Release, kind: str) -> list[str]:
    return ["".join(s.text for s in b.spans if s.kind in ("text", "atom"))
            for b in release.blocks if b.kind == kind]


def test_contact_block_with_accounts_and_a_photo_credit_after_it(tmp_path: Path) -> None:
    release = _import(tmp_path, RELEASE)
    assert _texts(release, "line") == [
        "Media contact:", "Mr. John Smith", "Public Information Officer",
        "Email: john.smith@un.org", "Tel: +1 212 963 1234", "Follow us:", "Twitter: @UN_OCT",
        "Website: www.un.org/counterterrorism"]
    # the credit gives no contact detail: a paragraph
    assert _texts(release, "p")[-1] == "Photo: UNOCT/Jane Doe"


def test_no_contact_block_before_the_text_goes_on(tmp_path: Path) -> None:
    # the twin: a paragraph of text after the short blocks, so the "contact" opener was not
    # the release's close (the contact block stands at the end)
    text = RELEASE + ("\nThe Office will hold a second training in Bishkek later this year, "
                      "with the support of the Government of Japan and the European Union.\n")
    release = _import(tmp_path, text)
    assert _texts(release, "line") == []


def test_web_address_without_a_scheme(cli: Cli) -> None:
    (cli.cwd / "r.txt").write_text(RELEASE, encoding="utf-8")
    cli("import", "r.txt", "--slug", "r")
    cli("extract")
    cli("build", "--lang", "fr", "--min-complete", "0", expect=None)
    entries = {e.msgctxt: e for e in polib.pofile(str(cli.cwd / "locales/fr/LC_MESSAGES/r.po"))}
    website = next(e for e in entries.values() if e.msgid.startswith("Website:"))
    assert website.msgid == "Website: <x1/>"
    assert "<x1/>: www.un.org/counterterrorism (not to translate)" in website.comment
    page = (cli.cwd / "output/fr/r.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="https://www\.un\.org/counterterrorism" dir="ltr" translate="no">'
                     r"www\.un\.org/counterterrorism</a>", page)


def test_contacts_side_by_side(tmp_path: Path) -> None:
    text = RELEASE.split("Media contact:")[0] + (
        "For more information, please contact:\n\n"
        "Sanjay Acharya                                  Paul Wilson\n"
        "Chief, Media & Digital Communications           Senior Communications Officer\n"
        "Tel: +41 22 730 5046                            Tel: +41 22 730 5050\n")
    release = _import(tmp_path, text)
    assert _texts(release, "line") == [
        "For more information, please contact:", "Sanjay Acharya",
        "Chief, Media & Digital Communications", "Tel: +41 22 730 5046", "Paul Wilson",
        "Senior Communications Officer", "Tel: +41 22 730 5050"]


STATEMENT = """\
Statement by the Secretary-General on the situation in the Sahel

{label}The Secretary-General is deeply concerned by the deterioration of the security situation
in the Sahel. He calls on all parties to respect international humanitarian law.

He reiterates the commitment of the United Nations to the people of the region.

New York, 5 December 2020
{after}"""


@pytest.mark.parametrize(("label", "after"), [
    ("", ""),
    ("PRESS RELEASE\n\n", ""),
    ("", "\nFor more information, please contact: Ms. Jane Doe, doe@un.org\n"),
])
def test_place_and_date_closing_a_statement(tmp_path: Path, label: str, after: str) -> None:
    """A place and date under a short statement's last paragraph are no dateline: the
    paragraphs above them had been taken for subtitles (headings). The line stays a paragraph,
    the last of the text (not a subheading either)."""
    release = _import(tmp_path, STATEMENT.format(label=label, after=after))
    assert _texts(release, "h2") == [] and _texts(release, "place") == []
    assert _texts(release, "p") == [
        "The Secretary-General is deeply concerned by the deterioration of the security "
        "situation in the Sahel. He calls on all parties to respect international humanitarian "
        "law.",
        "He reiterates the commitment of the United Nations to the people of the region.",
        "New York, 5 December 2020"]


@pytest.mark.parametrize("summary", [
    "Developing Countries to be Provided Office Space at UN",
    "The facility will support 40 countries over five years.",
])
def test_a_summary_above_a_dateline_on_its_own_line(tmp_path: Path, summary: str) -> None:
    """The twin: one sentence, or a subtitle, above a dateline standing on its own line, with
    the text under it, is still a subheading over the dateline."""
    release = _import(tmp_path, f"UNDP Launches a Climate Facility\n\n{summary}\n\n"
                                "New York, 9 December 2020\n\nThe United Nations Development "
                                "Programme launched a facility today. It is funded by Germany."
                                "\n\nThe facility opens in January.\n")
    assert _texts(release, "h2") == [summary]
    assert _texts(release, "place") == ["New York"]
    assert release.date is not None and release.date.isoformat() == "2020-12-09"


def test_place_and_date_closing_a_web_page(tmp_path: Path) -> None:
    """The same from HTML (so from Word and LibreOffice documents too)."""
    path = tmp_path / "statement.html"
    path.write_text(
        "<html><body><h1>Statement on the Sahel</h1><p>The Secretary-General is deeply "
        "concerned. He calls on all parties to act.</p><p>He reiterates his support.</p>"
        "<p>New York, 5 December 2020</p></body></html>", encoding="utf-8")
    release = import_file(path).release
    assert _texts(release, "h2") == [] and _texts(release, "place") == []
    assert _texts(release, "p")[-1] == "New York, 5 December 2020"


@pytest.mark.parametrize("lead", ["For additional information, please contact:",
                                  "For interviews, please contact:",
                                  "For interview requests, please contact:"])
def test_more_contact_lead_ins_on_the_contacts_line(tmp_path: Path, lead: str) -> None:
    """The lead-in and the contact on one line, in wordings the CBD's and other secretariats'
    releases use: a contact block (it had been the text's last paragraph)."""
    line = f"{lead} David Ainsworth, +1 514 287 7025, david.ainsworth@cbd.int"
    release = _import(tmp_path, "Countries agree on framework\n\nMontreal, 2 March 2024 – "
                                f"Parties agreed on a framework today.\n\n{line}\n")
    assert _texts(release, "line") == [line]
    assert _texts(release, "p") == ["Parties agreed on a framework today."]


@pytest.mark.parametrize(("heading", "kept"), [
    ("About the UN Environment Programme (UNEP)", True),
    ("About UNEP", True),
    # the twin: a sentence's bracket closing its line is no heading
    ("The report was prepared by the Programme (UNEP)", False),
])
def test_a_heading_ending_in_a_names_acronym(tmp_path: Path, heading: str, kept: bool) -> None:
    """"About the UN Environment Programme (UNEP)" right above its paragraph: a subheading
    (its closing bracket had made it a sentence's line, glued to the paragraph)."""
    release = _import(tmp_path, "Nations agree on plastics roadmap\n\nNairobi, 2 December 2024 "
                      "– Negotiators concluded the session today.\n\nNOTES TO EDITORS\n\n"
                      f"{heading}\nUNEP is the leading global voice on the environment. It "
                      "provides leadership and encourages\npartnership in caring for the "
                      "environment by inspiring, informing and enabling nations.\n")
    assert (heading in _texts(release, "h2")) is kept


def test_a_joint_statements_signatories_a_paragraph_each(tmp_path: Path) -> None:
    """The signatories' lines under a joint statement ("Name, Title, Office") had been one
    paragraph; the twin: a contact block's first line of the same shape stays the block's."""
    text = ("Joint statement on the Sahel\n\nNew York, 20 July 2024 – We are alarmed at the "
            "situation in the Central Sahel.\n\nCatherine Russell, Executive Director, UNICEF\n"
            "Natalia Kanem, Executive Director, UNFPA\nCindy McCain, Executive Director, WFP\n")
    assert _texts(_import(tmp_path, text), "p")[-3:] == [
        "Catherine Russell, Executive Director, UNICEF",
        "Natalia Kanem, Executive Director, UNFPA", "Cindy McCain, Executive Director, WFP"]
    contact = text + ("\nFor more information, please contact:\nJane Doe, Communications "
                      "Officer, UNICEF\nEmail: jdoe@unicef.org\n")
    assert _texts(_import(tmp_path, contact), "line") == [
        "For more information, please contact:", "Jane Doe, Communications Officer, UNICEF",
        "Email: jdoe@unicef.org"]
