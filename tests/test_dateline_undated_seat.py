"""A dateline with no date whose place is a seat and its city.

UNFPA's releases open "UNITED NATIONS, New York— The challenges…" (t67/hA finding F2): with a
date ("UNITED NATIONS, New York, 17 October 2011—") the place was read, and so was "NEW YORK—"
alone; without one the place had to be a name the gazetteer knows, which "UNITED NATIONS" is
not, and the dateline stayed in the first paragraph. A seat (the UN's name, or a site's:
"PALAIS DES NATIONS") then a city the gazetteer knows, a comma between, is the place, in the
six languages; capitalised words before a known city ("HEALTH ALERT, Geneva") are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import import_text, kinds

HEADLINE = "UNFPA report cites challenges as world population passes 7 billion\n\n"
TEXT = "The challenges confronting humanity will be presented in a new report.\n\nMore text.\n"


@pytest.mark.parametrize(("opening", "place"), [
    ("UNITED NATIONS, New York— ", "UNITED NATIONS, New York"),  # (the reproducer, glued)
    ("UNITED NATIONS, New York – ", "UNITED NATIONS, New York"),  # (spaced)
    ("UNITED NATIONS, New York — ", "UNITED NATIONS, New York"),
    ("United Nations, New York – ", "United Nations, New York"),  # (title case)
    ("UN HEADQUARTERS, New York – ", "UN HEADQUARTERS, New York"),
    ("PALAIS DES NATIONS, Geneva – ", "PALAIS DES NATIONS, Geneva"),  # a site's word
    ("UNITED NATIONS, New York\n\n", "UNITED NATIONS, New York"),  # alone under the headline
])
def test_a_seat_and_its_city(tmp_path: Path, opening: str, place: str) -> None:
    release, _removed = import_text(tmp_path, HEADLINE + opening + TEXT)
    assert kinds(release, "place") == [place]
    assert release.date is None
    assert kinds(release, "p")[0] == ("The challenges confronting humanity will be presented "
                                      "in a new report.")


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("fr", "NATIONS UNIES, New York – Le rapport sera présenté aujourd'hui par le Fonds.",
     "NATIONS UNIES, New York"),
    ("es", "NACIONES UNIDAS, Nueva York – El informe será presentado hoy por el Fondo.",
     "NACIONES UNIDAS, Nueva York"),
    ("ru", "ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ, Нью-Йорк – Доклад будет представлен сегодня.",
     "ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ, Нью-Йорк"),
    ("zh", "联合国，纽约——联合国人口基金今天将发布一份新报告。", "联合国，纽约"),
    ("ar", "الأمم المتحدة، نيويورك – أعلن صندوق الأمم المتحدة للسكان اليوم عن تقرير جديد.",
     "الأمم المتحدة، نيويورك"),
])
def test_in_the_six_languages(tmp_path: Path, lang: str, text: str, place: str) -> None:
    release, _removed = import_text(tmp_path, "Headline of the release\n\n" + text
                                    + "\n\nMore text.\n", lang=lang)
    assert kinds(release, "place") == [place]
    assert release.date is None
    assert not kinds(release, "p")[0].startswith(place)


@pytest.mark.parametrize("opening", [
    "HEALTH ALERT, Geneva – ",  # capitalised words before a known city: no seat
    "UNITED NATIONS, Climate Action – ",  # the seat, and no city after it
    "UNITED NATIONS – ",  # the seat alone: no city says where
    "UNICEF, New York – ",  # a body's acronym opening a sentence
])
def test_no_seat_taken(tmp_path: Path, opening: str) -> None:
    release, _removed = import_text(tmp_path, HEADLINE + opening + TEXT)
    assert kinds(release, "place") == []
    assert kinds(release, "p")[0].startswith(opening.rstrip(" –"))
