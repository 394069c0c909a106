"""A page's breadcrumb and a site's category over a release (UNHCR's, UNEP's and WMO's pages, a
trial of session 65, finding K): a breadcrumb is the site's, never the office line nor the
headline, in the six languages; a category before the page's date ("News Stories, 1 October
2012") is no place: a place is one the gazetteer knows (they had been the office line, the
headline and the dateline's place)."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import TAIL, import_text, kinds
from transpub.importer import import_file
from transpub.importer_chrome import breadcrumb
from transpub.model import Release


def _import(tmp_path: Path, text: str, lang: str = "en") -> tuple[Release, list[str]]:
    return import_text(tmp_path, text, lang=lang)


@pytest.mark.parametrize(("lang", "crumb", "headline"), [
    ("en", "News > Press releases > UNEP Media Advisory: 2 ...", "River Council opens session"),
    ("en", "Home > News > Press releases", "River Council opens session"),
    ("fr", "Presse & médias world map Presse & Médias > Communiqué de presse",
     "Le Conseil ouvre sa session"),
    ("fr", "Accueil › Actualités", "Le Conseil ouvre sa session"),
    ("es", "Inicio » Noticias » Comunicados de prensa", "El Consejo abre su período de sesiones"),
    ("ru", "Главная » Новости", "Совет открывает сессию"),
    ("zh", "首页 > 新闻", "理事会开幕"),
    ("ar", "الرئيسية > الأخبار", "المجلس يفتتح دورته"),
])
def test_a_breadcrumb_above_the_headline_is_furniture(
        tmp_path: Path, lang: str, crumb: str, headline: str) -> None:
    release, removed = _import(tmp_path, f"{crumb}\n\n{headline}\n\n{TAIL}", lang)
    assert kinds(release, "title") == [headline]
    assert kinds(release, "office") == []
    assert removed == [crumb]


@pytest.mark.parametrize("headline", [
    "Growth > Inflation", "Temperatures > 40 degrees expected in the valley",
    "Profits > costs in 2024, says the report",
])
def test_a_headline_with_an_angle_stays(tmp_path: Path, headline: str) -> None:
    assert not breadcrumb(headline)
    release, removed = _import(tmp_path, f"{headline}\n\n{TAIL}")
    assert kinds(release, "title") == [headline]
    assert removed == []


@pytest.mark.parametrize(("lang", "line"), [
    ("fr", "Actualités, 3 mai 2024"), ("es", "Noticias, 3 de mayo de 2024"),
    ("en", "Latest News, 3 May 2024"),
])
def test_a_category_before_the_date_is_no_place_in_any_language(
        tmp_path: Path, lang: str, line: str) -> None:
    path = tmp_path / "release.txt"
    path.write_text(f"River Council opens session\n\n{line}\n\nThe Council met today to open "
                    "its session, and will meet again.\n\nIt met.\n", encoding="utf-8")
    release = import_file(path, lang=lang).release
    assert kinds(release, "place") == []
    assert release.date is not None and release.date.isoformat() == "2024-05-03"


def test_a_category_before_the_date_is_no_place(tmp_path: Path) -> None:
    # UNHCR's: the date stays the release's, the category said left out, not the place
    path = tmp_path / "release.txt"
    path.write_text("UNHCR chief warns of rising displacement\n\nNews Stories, 1 October 2012\n\n"
                    "The head of the UN refugee agency warned today that crises multiply in "
                    "many regions.\n\nHe spoke in Geneva.\n", encoding="utf-8")
    report = import_file(path)
    assert kinds(report.release, "place") == []
    assert report.release.date is not None and report.release.date.isoformat() == "2012-10-01"
    assert any("«News Stories» before the date is no known place" in n for n in report.notes)


@pytest.mark.parametrize(("lang", "line", "place"), [
    ("en", "Geneva, 1 October 2012", "Geneva"), ("en", "NEW YORK, 1 October 2012", "NEW YORK"),
    ("fr", "Genève, le 1er octobre 2012", "Genève"),
    # (places the gazetteer lacks, written as a dateline writes them: with their region, in
    # capitals)
    ("en", "Ottawa, Ontario, 1 October 2012", "Ottawa, Ontario"),
    ("fr", "Ottawa (Ontario), le 1er octobre 2012", "Ottawa (Ontario)"),
    ("en", "KUWAIT CITY, 1 October 2012", "KUWAIT CITY"),
    ("en", "Kakuma, 1 October 2012", "Kakuma"), ("en", "Naqoura, 1 October 2012", "Naqoura"),
])
def test_a_known_place_before_the_date_stays_the_place(
        tmp_path: Path, lang: str, line: str, place: str) -> None:
    path = tmp_path / "release.txt"
    path.write_text(f"River Council opens session\n\n{line}\n\nThe Council met today to open "
                    "its session, and will meet again.\n\nIt met.\n", encoding="utf-8")
    assert kinds(import_file(path, lang=lang).release, "place") == [place]
