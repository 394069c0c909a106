"""A browser's title bar and an issuer's line copied over a release's headline (UNEP's pages of
2011, a trial of session 65, finding G): the issuer's name with its acronym in brackets is the
office line, and a title bar, the page's title and the site's name after a bar or a dash, is
the page's, not the headline, in the six languages (the issuer's line and the title bar had
been the headline, the headline a paragraph, the site's menu between them a paragraph)."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import TAIL, import_text, kinds
from transpub.importer_chrome import title_bar
from transpub.model import Release


def _import(tmp_path: Path, text: str, lang: str = "en") -> tuple[Release, list[str]]:
    return import_text(tmp_path, text, lang=lang)


@pytest.mark.parametrize("issuer", [
    "United Nations Environment Programme (UNEP)", "World Food Programme (WFP)",
    "Office of the United Nations High Commissioner for Refugees (UNHCR)",
])
def test_an_issuer_with_its_acronym_above_the_headline_is_the_office(
        tmp_path: Path, issuer: str) -> None:
    headline = "Media accreditation open for the governing council and ministerial forum"
    release, _ = _import(tmp_path, f"{issuer}\n\n{headline}\n\n{TAIL}")
    assert kinds(release, "office") == [issuer]
    assert kinds(release, "title") == [headline]


@pytest.mark.parametrize(("lang", "bar", "headline"), [
    ("en", "River Council opens session - United Nations Environment Programme (UNEP)",
     "River Council opens session"),
    ("fr", "Le Conseil ouvre sa session - ONU Info", "Le Conseil ouvre sa session"),
    ("es", "El Consejo abre su período de sesiones | Noticias ONU",
     "El Consejo abre su período de sesiones"),
    ("ru", "Совет открывает сессию | ООН", "Совет открывает сессию"),
    ("zh", "理事会开幕 - 联合国开发计划署", "理事会开幕"),
    ("ar", "المجلس يفتتح دورته | UNDP", "المجلس يفتتح دورته"),
])
def test_a_title_bar_over_the_headline_goes_with_the_menu_under_it(
        tmp_path: Path, lang: str, bar: str, headline: str) -> None:
    # the bar, the site's banner and menu between it and the headline's print: all said
    # removed; the print is the headline
    release, removed = _import(tmp_path, (
        f"{bar}\nPress room\n\n Home\n Media contacts\n Speeches\n Photos\n\n"
        f"Print [English][中文]\n\n{headline}\n\n{TAIL}"), lang)
    assert kinds(release, "title") == [headline]
    assert removed == [bar, "Press room", "Home", "Media contacts", "Speeches", "Photos",
                       "Print [English][中文]"]


def test_a_label_on_a_title_bar_is_the_label(tmp_path: Path) -> None:
    for bar, label in (("Press release | UNHCR", "Press release"), ("News – WFP", "News")):
        release, removed = _import(tmp_path, f"{bar}\n\nRiver Council opens session\n\n{TAIL}")
        assert kinds(release, "label") == [label]
        assert kinds(release, "title") == ["River Council opens session"]
        assert removed == [bar[len(label):].strip(" |–")]


def test_the_release_head_under_a_title_bar_stays(tmp_path: Path) -> None:
    # (a label, a date, a place between the bar and the headline are the release's)
    release, removed = _import(tmp_path, (
        "River Council opens session | UNEP\n\nPRESS RELEASE\n\nRiver Council opens session\n\n"
        + TAIL))
    assert removed == ["River Council opens session | UNEP"]
    assert kinds(release, "label") == ["PRESS RELEASE"]
    assert kinds(release, "title") == ["River Council opens session"]


@pytest.mark.parametrize("headline", [
    "Ukraine – Statement by the President", "Climate talks - what next for the river",
    "Peace talks resume – New York", "Habitat day - UN-Habitat",
])
def test_a_headline_with_a_dash_stays(tmp_path: Path, headline: str) -> None:
    # (not printed again under it, a line with a dash is the headline, whatever follows it)
    release, removed = _import(tmp_path, f"{headline}\n\n{TAIL}")
    assert kinds(release, "title") == [headline]
    assert removed == []


def test_title_bar_reads_the_site_name() -> None:
    assert title_bar("Press release | UNHCR", "en") == "Press release"
    assert title_bar("Ghana - Kwaku Agyeman-Manu", "en") is None
    assert title_bar("Climate talks - what next for COP29", "en") is None
