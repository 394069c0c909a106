"""A site's line right under the headline, in the text's first block (a back link, an archive
or section line with a year, "Share"): the line goes, said, and the headline stays (t66/hE F:
the headline had been removed with it as the site's banner, the subtitle taking its place or
the import refused "no headline")."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import import_text, kinds
from transpub.errors import SourceError

_SUBTITLE = {
    "en": "Guterres calls on all parties to honour the agreement",
    "es": "Guterres pide a todas las partes que respeten el acuerdo",
    "ru": "Гутерриш призывает все стороны соблюдать соглашение",
    "zh": "古特雷斯呼吁各方遵守协议",
    "ar": "غوتيريش يدعو جميع الأطراف إلى احترام الاتفاق",
}
_DATELINE = {
    "en": "NEW YORK, 3 May 2024 – The Secretary-General welcomed the agreement.",
    "es": "NUEVA YORK, 3 de mayo de 2024 – El Secretario General celebró el acuerdo.",
    "ru": "НЬЮ-ЙОРК, 3 мая 2024 года – Генеральный секретарь приветствовал соглашение.",
    "zh": "纽约，2024年5月3日——秘书长欢迎该协议。",
    "ar": "نيويورك، 3 أيار/مايو 2024 - رحب الأمين العام بالاتفاق.",
    "fr": "NEW YORK, 3 mai 2024 – Le Secrétaire général a salué l’accord.",
}


@pytest.mark.parametrize(("lang", "headline", "site_line"), [
    ("en", "Secretary-General welcomes ceasefire agreement in Gaza", "Back to news"),
    ("en", "Secretary-General welcomes ceasefire agreement in Gaza", "Statements 2024"),
    ("en", "Secretary-General welcomes ceasefire agreement in Gaza", "Share"),
    ("es", "El Secretario General celebra el acuerdo de alto el fuego en Gaza",
     "Volver a noticias"),
    ("ru", "Генеральный секретарь приветствует соглашение о прекращении огня в Газе",
     "Новости 2024"),
    ("zh", "秘书长欢迎加沙停火协议", "返回新闻"),
    ("ar", "الأمين العام يرحب باتفاق وقف إطلاق النار في غزة", "العودة إلى الأخبار"),
])
def test_a_site_line_under_the_headline_goes_alone(
        tmp_path: Path, lang: str, headline: str, site_line: str) -> None:
    release, removed = import_text(tmp_path, (
        f"{headline}\n{site_line}\n\n{_SUBTITLE[lang]}\n\n{_DATELINE[lang]}\n\nEnds.\n"),
        lang=lang)
    assert kinds(release, "title") == [headline]
    assert kinds(release, "h2") == [_SUBTITLE[lang]]
    assert removed == [site_line]


@pytest.mark.parametrize(("lang", "headline", "site_line"), [
    ("en", "Secretary-General welcomes ceasefire agreement in Gaza", "Statements 2024"),
    ("fr", "Le Secrétaire général salue l’accord de cessez-le-feu à Gaza", "Déclarations 2024"),
])
def test_a_headline_over_a_site_line_with_no_subtitle_is_imported(
        tmp_path: Path, lang: str, headline: str, site_line: str) -> None:
    # (the import had been refused: "the release has no headline")
    release, removed = import_text(
        tmp_path, f"{headline}\n{site_line}\n\n{_DATELINE[lang]}\n\nEnds.\n", lang=lang)
    assert kinds(release, "title") == [headline]
    assert removed == [site_line]


def test_a_headline_between_two_site_lines_stays(tmp_path: Path) -> None:
    release, removed = import_text(tmp_path, (
        "Back to news\nSecretary-General welcomes ceasefire agreement in Gaza\nShare\n\n"
        + _DATELINE["en"] + "\n\nEnds.\n"))
    assert kinds(release, "title") == ["Secretary-General welcomes ceasefire agreement in Gaza"]
    assert removed == ["Back to news", "Share"]


def test_a_headline_over_a_call_to_action_stays(tmp_path: Path) -> None:
    # (a banner's sentence over the button goes with it; a headline is no sentence)
    release, removed = import_text(tmp_path, (
        "Children in the valley face famine\nDonate today\n\n" + _DATELINE["en"] + "\n\nEnds.\n"))
    assert kinds(release, "title") == ["Children in the valley face famine"]
    assert removed == ["Donate today"]
    release, removed = import_text(tmp_path, (
        "Children in the valley face famine\nThey are in desperate need.\nDonate today\n\n"
        + _DATELINE["en"] + "\n\nEnds.\n"))
    assert kinds(release, "title") == ["Children in the valley face famine"]
    assert removed == ["They are in desperate need.", "Donate today"]


@pytest.mark.parametrize(("site", "headline"), [
    # the site's list named over its back link (FAO's archived pages)
    (["Press releases", "Back to archive"], "Diouf seeks postponement of the Summit"),
    # a section's menu line opening with the breadcrumb's first step (WMO's French page)
    (["Presse & médias world map", "Presse & Médias > Communiqué de presse"],
     "L'OMM célèbre 60 ans d'existence"),
])
def test_the_site_s_section_over_its_line_goes_with_it(
        tmp_path: Path, site: list[str], headline: str) -> None:
    release, removed = import_text(tmp_path, (
        "\n".join(site) + f"\n\n{headline}\n\n" + _DATELINE["en"] + "\n\nEnds.\n"))
    assert kinds(release, "title") == [headline]
    assert removed == site


@pytest.mark.parametrize(("lang", "head", "site", "dateline"), [
    # a question or a cry over a call to action, the head's only headline (t66/hH 8: the
    # import had been refused, "the release has no headline")
    ("en", ["Is the world ready for the next pandemic?"], ["Read more"],
     "GENEVA, 3 March 2025 – The World Health Organization today warned that the world is "
     "not ready."),
    ("fr", ["Les enfants de Gaza ont besoin d’aide maintenant !"], ["Faire un don"],
     _DATELINE["fr"]),
    # a headline and its subtitle between two site lines
    ("en", ["Secretary-General welcomes ceasefire in Gaza",
            "Statement attributable to the Spokesperson"], ["Home", "Share"], _DATELINE["en"]),
])
def test_the_heads_only_headline_is_no_banner(
        tmp_path: Path, lang: str, head: list[str], site: list[str], dateline: str) -> None:
    lines = [site[0], *head, *site[1:]] if len(site) > 1 else [*head, *site]
    release, removed = import_text(
        tmp_path, "\n".join(lines) + f"\n\n{dateline}\n\nEnds.\n", lang=lang)
    assert " ".join(kinds(release, "title")) == " ".join(head)
    assert removed == site


def test_a_banners_statement_over_its_button_is_still_no_headline(tmp_path: Path) -> None:
    # (a banner's sentence is no headline: with nothing else above the dateline the import
    # is refused, as before)
    with pytest.raises(SourceError, match="no headline"):
        import_text(tmp_path, "Children in Gaza are in desperate need.\nDonate today\n\n"
                    + _DATELINE["en"] + "\n\nEnds.\n")
