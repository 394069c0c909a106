"""A news site's controls copied above a release's headline, read by their shape in the six
languages: an icon's name beside its button ("Close sites icon close"), a search box ("Search
form", "Search for the country site."), a text-size control («Tamaño del texto A A A»), and
the site's menu of links under them over a headline the page prints twice (UNHCR's pages, a
trial of session 65, finding E: the controls had been the headline, the headline a paragraph
and its print removed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import TAIL, import_text, kinds
from transpub.importer_chrome import control_line
from transpub.model import Release


def _import(tmp_path: Path, text: str, lang: str = "en") -> tuple[Release, list[str]]:
    return import_text(tmp_path, text, lang=lang)


@pytest.mark.parametrize("line", [
    "Close sites icon close", "Cerrar sites icon close", "Search form", "Open menu",
    "Search for the country site.", "Search this website", "Tamaño del texto A A A",
    "Taille du texte A A A", "A- A A+", "Text size Normal size text | Increase text size by 10%",
    "Fermer", "Rechercher sur le site", "Buscar en el sitio", "Закрыть", "Поиск по сайту",
    "Размер шрифта A A A", "关闭搜索", "字号 大 中 小", "إغلاق", "ابحث في الموقع", "حجم الخط A A A",
])
def test_a_page_control_is_read_by_its_shape(line: str) -> None:
    assert control_line(line)


@pytest.mark.parametrize("line", [
    "Search for Missing Climbers Resumes", "Close the camps", "Open letter to the Council",
    "Country profile", "Print media under pressure", "A", "More", "Kuwait supports WFP",
    "Fermer les frontières", "Buscar la paz", "Закрыть лагеря", "关闭难民营", "إغلاق المخيمات",
    "Search and rescue teams find survivors in the valley site",
])
def test_a_headline_with_a_control_word_is_no_control(line: str) -> None:
    assert not control_line(line)


@pytest.mark.parametrize(("lang", "chrome", "headline"), [
    ("en", ["Close sites icon close\nSearch form", "Search for the country site."],
     "River Council opens session"),
    ("es", ["Tamaño del texto A A A"], "El Consejo abre su período de sesiones"),
    ("fr", ["Fermer", "Rechercher sur le site"], "Le Conseil ouvre sa session"),
    ("ru", ["Закрыть", "Размер шрифта A A A"], "Совет открывает сессию"),
    ("zh", ["关闭搜索", "字号 大 中 小"], "理事会开幕"),
    ("ar", ["إغلاق", "حجم الخط A A A"], "المجلس يفتتح دورته"),
])
def test_controls_above_the_headline_are_furniture(
        tmp_path: Path, lang: str, chrome: list[str], headline: str) -> None:
    release, removed = _import(tmp_path, "\n\n".join([*chrome, headline, TAIL]), lang)
    assert kinds(release, "title") == [headline]
    assert removed == [line for block in chrome for line in block.split("\n")]


def test_a_site_menu_under_its_controls_goes_over_a_repeated_headline(tmp_path: Path) -> None:
    # UNHCR's layout: the controls, the country menu's links, the headline twice and the
    # site's section between its prints: the headline is the title, every line said removed
    headline = 'UNHCR says it is "stretched to the limit" by the rising number of refugees'
    release, removed = _import(tmp_path, (
        "Close sites icon close\nSearch form\n\nSearch for the country site.\n\n"
        f"Country profile\n\nCountry website\n\n{headline}\n\nStories\n\n{headline}\n\n"
        + TAIL))
    assert kinds(release, "title") == [headline]
    assert removed == ["Close sites icon close", "Search form", "Search for the country site.",
                       "Country profile", "Country website", "Stories", headline]
    assert kinds(release, "p")[0].startswith("The River Council met")


def test_link_labels_without_controls_above_stay(tmp_path: Path) -> None:
    # (no control above them: the short lines are no evidence of a site's menu)
    headline = "River Council opens its tenth session"
    release, removed = _import(tmp_path, (
        f"Country profile\n\n{headline}\n\nStories\n\n{headline}\n\n{TAIL}"))
    assert removed == [headline]
    assert "Country profile" in kinds(release, "title") + kinds(release, "p") \
        + kinds(release, "h2") + kinds(release, "office")
    assert "Stories" in kinds(release, "p") + kinds(release, "h2") + kinds(release, "title")


def test_control_words_in_a_headline_or_the_text_stay(tmp_path: Path) -> None:
    release, removed = _import(tmp_path, f"Close the camps\n\n{TAIL}\nPrint\n")
    assert kinds(release, "title") == ["Close the camps"]
    assert removed == []


@pytest.mark.parametrize("line", [
    "Search teams reach landslide site", "Find a safe site", "Поиск продолжается на сайте",
    "Buscar a los desaparecidos en el sitio", "بحث عن الناجين في الموقع",
    "Rechercher les disparus sur le site",
])
def test_a_sentence_opening_with_search_is_no_search_prompt(line: str) -> None:
    # (a search prompt is the verb and the site searched, nothing but "the", "this", "for",
    # «по», «في» between: any other word makes a headline)
    assert not control_line(line)


@pytest.mark.parametrize(("lang", "headline", "subtitle"), [
    ("en", "Open Up", "UNHCR calls on States to open their borders to refugees"),
    ("en", "Zoom in", ""),
    ("en", "Show more", "Donors pledge support for the flood response"),
    ("en", "Search teams reach landslide site", "Hundreds still missing as rains continue"),
    ("ar", "إغلاق الموقع", ""),
    ("ru", "Поиск продолжается на сайте", "Сотни людей числятся пропавшими"),
    ("es", "Buscar a los desaparecidos en el sitio", ""),
])
def test_a_headline_shaped_like_a_control_alone_stays_the_headline(
        tmp_path: Path, lang: str, headline: str, subtitle: str) -> None:
    # (no other chrome beside it: the first line is the headline; it had been removed as
    # page furniture, the subtitle made the headline or the import refused, "no headline")
    text = "\n\n".join(part for part in (headline, subtitle, TAIL) if part)
    release, removed = _import(tmp_path, text, lang)
    assert kinds(release, "title") == [headline]
    assert removed == []


@pytest.mark.parametrize(("text", "gone"), [
    # two controls together: the page's
    ("Open menu\n\nShow more\n\nRiver Council opens session", ["Open menu", "Show more"]),
    # a line of the site's navigation beside it
    ("Show more\nNewsroom\n\nRiver Council opens session", ["Show more", "Newsroom"]),
    # the page prints it again (at its foot, removed there too)
    ("Show more\n\nRiver Council opens session", ["Show more", "Show more"]),
])
def test_a_control_shaped_line_among_chrome_goes(tmp_path: Path, text: str,
                                                 gone: list[str]) -> None:
    tail = TAIL + "\nShow more\n" if text.startswith("Show more\n\n") else TAIL
    release, removed = _import(tmp_path, f"{text}\n\n{tail}")
    assert kinds(release, "title") == ["River Council opens session"]
    assert removed == gone
