"""Places joined by hyphens alone under the headline, a route's or a rally's ("Paris-Dakar",
«بيروت-دمشق», «Dakar-Bamako», «Москва-Пекин»), with no date anywhere: the text's, not the
dateline's place of an undated release (t66/hE C, e791342 read them so). Beside a date,
ESCWA's «فيينا-بيروت» (test_dateline_arabic_head_lines), or before a dateline's dash, they
are the place."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import import_text, kinds
from transpub.datelines import undated_dateline


@pytest.mark.parametrize(("lang", "headline", "route", "text"), [
    ("en", "Rally drivers join road safety campaign", "Paris-Dakar",
     "Drivers of the famous rally joined the United Nations road safety campaign this week."),
    ("ar", "حملة للسلامة على الطرق", "بيروت-دمشق",
     "أعيد فتح الطريق الدولي بين العاصمتين أمام حركة الشاحنات هذا الأسبوع."),
    ("fr", "Le train reprend du service", "Dakar-Bamako",
     "Le train de voyageurs a repris du service cette semaine entre les deux capitales."),
    ("ru", "Поезд снова в пути", "Москва-Пекин",
     "Пассажирский поезд на этой неделе снова начал курсировать между двумя столицами."),
])
def test_a_route_under_the_headline_is_the_text_s(
        tmp_path: Path, lang: str, headline: str, route: str, text: str) -> None:
    release, removed = import_text(
        tmp_path, f"{headline}\n\n{route}\n\n{text}\n\nA second paragraph.\n", lang=lang)
    assert kinds(release, "place") == []
    assert kinds(release, "p")[:2] == [route, text]
    assert removed == []


@pytest.mark.parametrize(("line", "joined", "place"), [
    ("Paris-Dakar", False, False),
    ("Paris-Dakar", True, True),
    # before a dateline's dash, or with a service's bracket, the place of an undated release
    ("VIENNA-BEIRUT – The Executive Secretary said today.", False, True),
    ("VIENNA-BEIRUT (United Nations Information Service) – The…", False, True),
    # one place's name is read whole as before
    ("Port-au-Prince", False, True),
])
def test_places_joined_need_a_date_or_a_dash(line: str, joined: bool, place: bool) -> None:
    assert (undated_dateline(line, "en", joined=joined) is not None) == place
