"""A page's date under the headline and the release's own dateline a few blocks under it.

A copied web page sets its date under the headline, then a subtitle, a picture's credit and
caption, then the dateline: OPCW's "14 November 2023" / … / "Group photo of …" / "THE HAGUE,
Netherlands—14 November 2023—The…", UNICEF's "14/03/2011" / "© UNICEF/…" / a caption /
"NEW YORK, USA, 14 March 2011 – …". The date alone was read and the dateline left in the
text, so the built page printed the date twice; a caption stood first, opened by the built
dateline (trials t63/h2 finding 2, t63/h1 finding 6).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importcases import kinds
from transpub.importer import ImportReport, import_file

HEADLINE = "UNICEF Executive Director offers support to survivors of Japan quake\n\n"
CREDIT = "© UNICEF/NYHQ2011-0424/Dean\nA girl and her parents queue for water in a centre.\n\n"
DATELINE = "NEW YORK, USA, 14 March 2011 – UNICEF Executive Director Anthony Lake today issued "\
           "a statement.\n\nMore text.\n"


def _import(tmp_path: Path, text: str) -> ImportReport:
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    return import_file(path)


def test_date_credit_caption_dateline(tmp_path: Path) -> None:
    report = _import(tmp_path, HEADLINE + "14 March 2011\n\n" + CREDIT + DATELINE)
    release = report.release
    assert (kinds(release, "place"), release.date) == (["NEW YORK, USA"], dt.date(2011, 3, 14))
    assert kinds(release, "p") == [
        "UNICEF Executive Director Anthony Lake today issued a statement.",
        "© UNICEF/NYHQ2011-0424/Dean A girl and her parents queue for water in a centre.",
        "More text."]
    assert kinds(release, "h2") == []
    assert (3, "14 March 2011") in report.removed  # (said removed, as a page header's date)
    assert any("a picture's caption or credit above the dateline, put under the first "
               "paragraph" in n for n in report.notes)


def test_group_photo_and_subtitle(tmp_path: Path) -> None:
    report = _import(tmp_path, "OPCW briefs permanent representatives\n\nBriefing focuses "
                     "on the work ahead\n\n14 November 2023\nBriefing to representations\n\n"
                     "Group photo of Permanent Representatives at the briefing.\n\n"
                     "THE HAGUE, Netherlands — 14 November 2023 — The Secretariat held its "
                     "briefing.\n\nMore text.\n")
    release = report.release
    assert kinds(release, "place") == ["THE HAGUE, Netherlands"]
    assert kinds(release, "p")[:2] == [
        "The Secretariat held its briefing.",
        "Group photo of Permanent Representatives at the briefing."]


def test_page_date_differs(tmp_path: Path) -> None:
    # UNICEF's archive: the page's date (19 December) over the release's dateline (12th)
    report = _import(tmp_path, "UNICEF holds its 70th anniversary event\n\nA subtitle of "
                     "the release\n\n19 December 2016\n\nNEW YORK, 12 December 2016 – "
                     "Goodwill Ambassadors attend the event.\n\nMore text.\n")
    release = report.release
    assert (kinds(release, "place"), release.date) == (["NEW YORK"], dt.date(2016, 12, 12))
    assert kinds(release, "h2") == ["A subtitle of the release"]
    assert any("«19 December 2016», the page's date, differs from the dateline's under it "
               "(12 December 2016)" in n for n in report.notes)


def test_date_bar_with_label(tmp_path: Path) -> None:
    report = _import(tmp_path, "Press statement on the OSCE Chairmanship\n\n14.01.2016 - "
                     "Press release\n\nThe Minister has travelled to Vienna.\n\nMore.\n")
    release = report.release
    assert (kinds(release, "label"), release.date) == (["Press release"],
                                                       dt.date(2016, 1, 14))
    assert kinds(release, "p") == ["The Minister has travelled to Vienna.", "More."]


def test_date_bar_section_is_no_place(tmp_path: Path) -> None:
    # "15 March 2024 | News release" had made "News release" the dateline's place
    report = _import(tmp_path, "Headline of the release here\n\n15 March 2024 | News "
                     "release\n\nThe Office said today that it would act.\n\nMore.\n")
    assert kinds(report.release, "place") == []


# --- a caption or credit by evidence, not by a word it opens with ----------------------------

@pytest.mark.parametrize("subtitle", [
    "Credit to small farmers rose by a fifth in 2023, the Fund says",
    "Image-based abuse has doubled since 2020, a UN Women report finds",
    "Picture this: a harvest without loss, the agency says",
    "Photography exhibition opens at the Palais des Nations",
    "Captions and subtitles make the films accessible to all",
])
def test_a_subtitle_is_no_caption(tmp_path: Path, subtitle: str) -> None:
    # (hostile review t63/h5, finding 8: a subtitle opening with "Credit", "Image", "Picture"
    # had gone under the first paragraph as a picture's caption, said)
    report = _import(tmp_path, f"Small farmers get more loans\n\n{subtitle}\n\nROME, 5 May 2024 "
                     "- Loans to small farmers rose, the Fund said.\n\nMore text.\n")
    release = report.release
    assert kinds(release, "h2") == [subtitle]
    assert [b.kind for b in release.blocks] == ["title", "h2", "place", "p", "p"]
    assert kinds(release, "p") == ["Loans to small farmers rose, the Fund said.", "More text."]
    assert not any("caption" in n for n in report.notes)


@pytest.mark.parametrize("caption", [
    "Photo: UNDP/Jane Doe. Farmers at a market in Malawi.",
    "Photo credit: IFAD/Jane Doe",
    "Crédit photo : FIDA/Jean Dupont",
    "Pie de foto: Agricultores en un mercado de Malawi.",
    "Фото: МФСР/Иван Петров",
    "照片：农发基金/张伟",
    "صورة: الصندوق الدولي للتنمية الزراعية",
    "Farmers at a market in Malawi. © IFAD/Jane Doe",
    "IFAD/2023-0412/Doe",
])
def test_a_caption_by_evidence_goes_under(tmp_path: Path, caption: str) -> None:
    report = _import(tmp_path, f"Small farmers get more loans\n\n{caption}\n\nROME, 5 May 2024 "
                     "- Loans to small farmers rose, the Fund said.\n\nMore text.\n")
    release = report.release
    assert kinds(release, "p") == ["Loans to small farmers rose, the Fund said.", caption,
                                   "More text."]
    assert any("a picture's caption or credit above the dateline" in n for n in report.notes)
