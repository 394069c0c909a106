"""A template's empty fields, their commas alone, opening a line of a stored page.

UNEP's French page opens its first paragraph with ", , , , , , Les ministres…": a dateline's
or a byline's fields left unfilled (t65/hE). The commas had opened the first paragraph, to
be translated; they are page furniture, removed and said.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import TAIL, import_text, kinds


@pytest.mark.parametrize("commas", [", , , , , , ", ",, ", " , ,\u00a0,\t"])
def test_empty_fields_opening_the_first_paragraph(tmp_path: Path, commas: str) -> None:
    text = ("Media accreditation open\n\nGeneva, 3 March 2025 – " "The River Council met.\n\n"
            + commas + "Ministers from 100 countries will meet.\n\nIt will meet again.\n")
    release, removed = import_text(tmp_path, text)
    assert kinds(release, "p") == ["The River Council met.",
                                   "Ministers from 100 countries will meet.",
                                   "It will meet again."]
    assert removed == [commas.strip()]


def test_a_line_of_empty_fields_alone(tmp_path: Path) -> None:
    text = "Media accreditation open\n\n, , , ,\n\n" + TAIL
    release, removed = import_text(tmp_path, text)
    assert kinds(release, "title") == ["Media accreditation open"]
    assert kinds(release, "p") == ["The River Council met today.", "It will meet again."]
    assert removed == [", , , ,"]


def test_the_french_page(tmp_path: Path) -> None:
    text = ("Accréditations médiatiques disponibles pour le Conseil d'administration du PNUE\n\n"
            ", , , , , , Les ministres du gouvernement d'une centaine de pays se réuniront à "
            "Nairobi.\n\nLes conférences de presse se concentreront sur l'économie verte.\n")
    release, removed = import_text(tmp_path, text, lang="fr")
    assert kinds(release, "p")[0] == ("Les ministres du gouvernement d'une centaine de pays se "
                                      "réuniront à Nairobi.")
    assert removed == [", , , , , ,"]


@pytest.mark.parametrize("line", [
    "1, 2, 3, go: the count begins.",  # figures between the commas
    ", which was the point, is said.",  # one comma: a cut sentence, kept as written
])
def test_other_commas_stay(tmp_path: Path, line: str) -> None:
    release, removed = import_text(tmp_path, "Headline of the release\n\n" + TAIL + "\n"
                                   + line + "\n")
    assert line in kinds(release, "p")
    assert removed == []
