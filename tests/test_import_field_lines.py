"""The fields of an event's details, a line each: the same kind of line, the same element.

UNEP's media advisory (2011) lists "What: Press Conference - Launch of UNEP Yearbook…" /
"When: Thursday 17 February, 10:30am - 11.30am" / "Where: Norfolk Hotel, Harry Thuku Road,
Nairobi", each a paragraph; the short "When:" line had been an <h2> between two <p>s, being
short enough for a subheading (t65/hE). A field's line among others is a paragraph.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import TAIL, import_text, kinds

FIELDS = {
    "en": ["What: Press Conference - Launch of UNEP Yearbook and pre-Governing Council media "
           "briefing", "When: Thursday 17 February, 10:30am - 11.30am",
           "Where: Norfolk Hotel, Harry Thuku Road, Nairobi"],
    "en-short": ["What: Press Conference", "When: Thursday 17 February",
                 "Where: Norfolk Hotel"],
    "fr": ["Quoi : Conférence de presse", "Quand : jeudi 17 février, 10h30",
           "Lieu : Hôtel Norfolk, Nairobi"],
    "es": ["Qué: Conferencia de prensa", "Cuándo: jueves 17 de febrero, 10.30",
           "Dónde: Hotel Norfolk, Nairobi"],
}


@pytest.mark.parametrize("case", sorted(FIELDS))
def test_each_field_is_a_paragraph(tmp_path: Path, case: str) -> None:
    lang = case.split("-")[0]
    text = ("Media accreditation open\n\n" + TAIL + "\nMain events will include:\n\n"
            + "\n\n".join(FIELDS[case]) + "\n\nJournalists should apply online.\n")
    release, _ = import_text(tmp_path, text, lang=lang)
    assert kinds(release, "h2") == []
    paragraphs = kinds(release, "p")
    assert all(field in paragraphs for field in FIELDS[case])


def test_a_subheading_with_a_colon_alone_stays(tmp_path: Path) -> None:
    # a heading alone, no field beside it, is a subheading as before
    text = ("Media accreditation open\n\n" + TAIL + "\nBackground: the Council\n\n"
            "The Council was founded in 1972 and meets every two years in Nairobi.\n")
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "h2") == ["Background: the Council"]


@pytest.mark.parametrize(("lang", "dateline", "heading", "sentence"), [
    ("en", "NEW YORK, 3 May 2024 – The United Nations released its annual report today.",
     "Goal 6: Clean water and sanitation",
     "Target: By 2030, achieve universal and equitable access to safe and affordable "
     "drinking water for all."),
    ("fr", "NEW YORK, 3 mai 2024 – L’ONU a publié aujourd’hui son rapport annuel.",
     "Objectif 6 : Eau propre et assainissement",
     "Cible : D’ici à 2030, assurer l’accès universel et équitable à l’eau potable, à un "
     "coût abordable."),
])
def test_a_heading_over_a_sentence_opening_with_a_name_and_colon_stays(
        tmp_path: Path, lang: str, dateline: str, heading: str, sentence: str) -> None:
    # (a field's value is short, no sentence: "Target: By 2030, …" is the text's, and the
    # heading over it had been made a paragraph, t66/hE G)
    release, _ = import_text(tmp_path, (
        f"UN report tracks water goal\n\n{dateline}\n\n{heading}\n\n{sentence}\n\n"
        "The report finds that billions still lack safe water, the agency said.\n"), lang=lang)
    assert kinds(release, "h2") == [heading]
    assert sentence in kinds(release, "p")
