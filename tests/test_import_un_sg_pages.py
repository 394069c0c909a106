"""Releases as the Secretary-General's pages give them (a trial on real UN Day messages of
un.org/sg, press.un.org, UNIS Vienna and a UNIC): the place and the date on lines of their own
above the headline, the page's offer of its video under it. The texts below are written for
these tests in those layouts (no page is copied); each reading has a twin that must not be
taken so.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importcases import import_text, kinds
from transpub.importer import import_file

from conftest import Cli

BODY = ("The Organization was founded to save succeeding generations from war.\n\n"
        "Its Charter remains our shared guide.\n\n"
        "Let us keep its promise.\n")

#: un.org/sg's statement page: place, date, headline, the video's link, then the message
SG_PAGE = ("New York\n\n23 October 2025\n\n"
           "Secretary-General's message on the Day of the Organization [scroll down for "
           "French version]\n\n"
           "Download the video: https://s3.amazonaws.com/downloads.example.org/public/video/"
           "message...\n\n" + BODY)


def test_place_and_date_over_the_headline_are_the_dateline(tmp_path: Path) -> None:
    """"New York" / "23 October 2025" / the headline: the place and the date are the
    dateline, the third line the headline (the place had been the headline, the headline a
    paragraph); the video's link and the pointer to the French version are the page's."""
    release, removed = import_text(tmp_path, SG_PAGE)
    assert kinds(release, "title") == ["Secretary-General's message on the Day of the "
                                        "Organization"]
    assert kinds(release, "place") == ["New York"]
    assert release.date == dt.date(2025, 10, 23)
    assert kinds(release, "p")[0] == "The Organization was founded to save succeeding " \
                                     "generations from war."
    assert "[scroll down for French version]" in removed
    assert any(t.startswith("Download the video: https://") for t in removed)


def test_place_and_date_in_capitals_are_no_office(tmp_path: Path) -> None:
    """The place in capitals over the date, one block or two: the dateline's place, not
    also the issuing office, which a removed line in capitals otherwise names."""
    for head in ("NEW YORK\n\n23 October 2025\n\n", "NEW YORK\n23 October 2025\n\n"):
        release, _ = import_text(tmp_path, head + "Message on the Day of the Organization\n\n"
                                 + BODY)
        assert kinds(release, "place") == ["NEW YORK"]
        assert not kinds(release, "office")
        assert kinds(release, "title") == ["Message on the Day of the Organization"]


def test_russian_page_with_its_byline(tmp_path: Path) -> None:
    """The Russian pages: the same layout, the date in Russian, a byline under the headline."""
    path = tmp_path / "ru.txt"
    path.write_text("New York\n\n24 октября 2025\n\nПослание по случаю Дня Организации\n\n"
                    "António Guterres, Secretary-General\n\nУстав остается нашей общей "
                    "моральной опорой.\n\nДавайте выполним его обещание.\n", encoding="utf-8")
    release = import_file(path, None, "ru").release
    assert kinds(release, "title") == ["Послание по случаю Дня Организации"]
    assert kinds(release, "place") == ["New York"]
    assert release.date == dt.date(2025, 10, 24)


def test_twins_a_short_headline_over_its_date(tmp_path: Path) -> None:
    """Not so: a short headline over its date and the text ("Climate Action Now" is a few
    capitalised words as a place is, but what follows is no headline); a person's title or an
    issuer's name over the date and the headline."""
    release, _ = import_text(tmp_path, "Climate Action Now\n\n23 October 2025\n\n" + BODY)
    assert kinds(release, "title") == ["Climate Action Now"]
    assert not kinds(release, "place")
    assert release.date == dt.date(2025, 10, 23)
    release, _ = import_text(tmp_path, "Secretary-General\n\n23 October 2025\n\n"
                             "Message on the Day of the Organization\n\n" + BODY)
    assert not kinds(release, "place")
    release, _ = import_text(tmp_path, "United Nations\n\n23 October 2025\n\n"
                             "Message on the Day of the Organization\n\n" + BODY)
    assert kinds(release, "title") == ["Message on the Day of the Organization"]
    assert not kinds(release, "place")


def test_media_offers_are_furniture_and_their_twins_text() -> None:
    """A page's offer of its video, audio or photos is furniture; an offer of a report (the
    release's news) or a sentence that speaks of a video is text."""
    from transpub.importer_pages import media_offer

    for line in ("Download the video: https://example.org/v/123...", "Watch the video",
                 "Listen to the audio (MP3, 2 MB)", "Download high-resolution photos here",
                 "Download video", "Watch the video here: www.example.org/watch"):
        assert media_offer(line), line
    for line in ("Download the report: https://example.org/report.pdf",
                 "Watch the video of the launch on UN Web TV.",
                 "The video shows children returning to school.",
                 "Download the video message of the Secretary-General here"):
        assert not media_offer(line), line


def test_media_offer_in_a_page(tmp_path: Path) -> None:
    """From HTML too: the offer's block is left out, a report's link stays."""
    page = ("<html><body><main><h1>Message on the Day of the Organization</h1>"
            "<p>Download the video: <a href='https://example.org/v.mp4'>https://example.org/"
            "v.mp4</a></p><p>The Organization was founded to save succeeding generations.</p>"
            "<p>Download the report: <a href='https://example.org/r.pdf'>the report</a></p>"
            "</main></body></html>")
    release, _ = import_text(tmp_path, page, "page.html")
    texts = kinds(release, "p")
    assert not any(t.startswith("Download the video") for t in texts)
    assert "Download the report: the report" in texts


def test_media_offer_above_the_headline(tmp_path: Path) -> None:
    """The offer first, above the headline: furniture too (it had been the headline, the
    headline a subheading, without a word)."""
    release, report = import_text(tmp_path, "Download the video: https://example.org/v.mp4\n\n"
                                  "Headline Here\n\nNEW YORK, 23 October 2024 – Text.\n")
    assert kinds(release, "title") == ["Headline Here"]
    assert report[0].startswith("Download the video")


#: UNIS Vienna's layout: the symbol and the date, then the message, no headline, no blank line
UNIS_MESSAGE = ("UNIS/SGSM/1400\n19 October 2025\n"
                "The Organization is a mirror of the world as it is and a promise of the world "
                "we know it can be.\n"
                "It is our duty to help build that world of peace and of rights for all.\n"
                "We can and must be united.\n* *** *\n")
#: press.un.org's excerpt: the lead-in, then the message
LEAD_IN = ("Following is the Secretary-General's message for the Day of the Organization, "
           "observed on 24 October:\n\n" + BODY)


def test_a_text_opening_with_a_sentence_has_no_headline(tmp_path: Path, cli: Cli,
                                                        workspace: Path) -> None:
    """The first sentence of the text (six words or more ending in a full stop), or a lead-in
    ending in a colon, is likely no headline: the import says so on a line naming the file and
    the line, and imports it as the headline (a headline may end so; the release stays the
    editor's to publish)."""
    (workspace / "unis.txt").write_text(UNIS_MESSAGE, encoding="utf-8")
    cli("import", "unis.txt")
    assert ("unis.txt: line 3: warning: the headline may be missing: the first text is a "
            "sentence of the text («The Organization is a mirror of the world as it is and "
            "a…») and is the headline; put the headline above it and import again with "
            "--force") in cli.out.replace("\n", " ")
    (workspace / "lead.txt").write_text(LEAD_IN, encoding="utf-8")
    cli("import", "lead.txt")
    assert ("lead.txt: line 1: warning: the headline may be missing: the first text "
            "introduces what follows («Following is the Secretary-General's message for the "
            "Day…»)") in cli.out.replace("\n", " ")
    assert list((workspace / "source").glob("the-organization-is-a-mirror*.xml"))
    assert list((workspace / "source").glob("following-is*.xml"))
    (workspace / "titled.txt").write_text("Message on the Day of the Organization\n\n" + LEAD_IN,
                                          encoding="utf-8")
    cli("import", "titled.txt")
    assert "warning" not in cli.out


def test_twins_headlines_that_import(tmp_path: Path) -> None:
    """With the headline above them, both import, the lead-in a paragraph; a headline may end
    in a question mark, an abbreviation, a quotation or a short phrase's full stop."""
    release, _ = import_text(tmp_path, "Message on the Day of the Organization\n\n" + LEAD_IN)
    assert kinds(release, "title") == ["Message on the Day of the Organization"]
    assert kinds(release, "p")[0].startswith("Following is the Secretary-General's message")
    text = UNIS_MESSAGE.replace("19 October 2025\n", "19 October 2025\nSecretary-General's "
                                "Message on the Day of the Organization\n")
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "title") == ["Secretary-General's Message on the Day of the "
                                        "Organization"]
    for title in ("Is the world ready for the next pandemic?", "Secretary-General to meet "
                  "leaders of the U.S.", "Hope is not enough, says the Secretary-General: "
                  "“Act now.”", "Peace. Now."):
        release, _ = import_text(tmp_path, f"{title}\n\n{BODY}")
        assert kinds(release, "title") == [title]


def test_a_translation_without_headline_is_read_for_align(tmp_path: Path) -> None:
    """A published translation often lacks its headline: align reads it (``headline=False``),
    its first sentence the title, as before."""
    path = tmp_path / "fr.txt"
    path.write_text("L'Organisation est le reflet du monde tel qu'il est aujourd'hui.\n\n"
                    "Nous pouvons et devons être unis.\n", encoding="utf-8")
    release = import_file(path, None, "fr", headline=False).release
    assert kinds(release, "title") == ["L'Organisation est le reflet du monde tel qu'il est "
                                        "aujourd'hui."]
