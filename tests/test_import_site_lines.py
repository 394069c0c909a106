"""A site's line above the headline (FAO's, ILO's and ESCWA's archived pages, a trial of
session 66, finding A): a link back to the site's list ("Back to archive"), its archive or
section named with a year ("Archives 2001", "ESCWA Press Releases 2003"), a breadcrumb parted
by "::", "What's New", the archive's list of dates, and a newsroom's notice about its page
("This story was written by the ILO Newsroom …") are the site's, in the six languages, never
the headline (each had been the title, the headline a subheading or a paragraph)."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import TAIL, import_text, kinds
from transpub.importer_chrome import archive_line, back_link, breadcrumb, site_notice

_HEADLINES = {"en": "River Council opens session", "fr": "Le Conseil ouvre sa session",
              "es": "El Consejo abre su período de sesiones", "ru": "Совет открывает сессию",
              "zh": "理事会开幕", "ar": "المجلس يفتتح دورته"}


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Back to archive"), ("en", "Return to the list"), ("fr", "Retour aux archives"),
    ("es", "Volver al inicio"), ("ru", "Вернуться к списку"), ("zh", "返回列表"),
    ("ar", "العودة إلى الأرشيف"),
    ("en", "Archives 2001"), ("en", "ESCWA Press Releases 2003"), ("fr", "Archives 2001"),
    ("fr", "Communiqués de presse 2001"), ("es", "Archivo 2005"), ("ru", "Архив 2001"),
    ("zh", "2001年新闻稿"), ("ar", "أرشيف 2001"),
    ("en", "What's New"), ("fr", "Quoi de neuf"), ("es", "Novedades"), ("ru", "Что нового"),
    ("zh", "最新动态"), ("ar", "ما الجديد"),
    ("fr", "FAO :: Salle de presse :: Dernières nouvelles :: 2005 :: Le Conseil ouvre…"),
])
def test_a_site_line_above_the_headline_is_furniture(tmp_path: Path, lang: str,
                                                      line: str) -> None:
    headline = _HEADLINES[lang]
    release, removed = import_text(tmp_path, f"{line}\n\n{headline}\n\n{TAIL}", lang=lang)
    assert kinds(release, "title") == [headline]
    assert removed == [line]


@pytest.mark.parametrize(("lang", "notice"), [
    ("en", "This story was written by the ILO Newsroom For official ILO statements and "
           "speeches, please visit our “Statements and Speeches” section."),
    ("fr", "Cet article a été rédigé par la salle de presse de l'OIT. Pour les déclarations "
           "officielles, veuillez consulter notre section « Déclarations »."),
    ("es", "Esta historia fue escrita por la Sala de Noticias de la OIT. Para ver las "
           "declaraciones oficiales de la OIT, visite nuestra sección \"Declaraciones\"."),
    ("ru", "Эта статья подготовлена отделом новостей МОТ. Официальные заявления МОТ см. в "
           "разделе «Заявления»."),
    ("zh", "本文由国际劳工组织新闻室撰写。国际劳工组织的正式声明请见“声明和讲话”栏目。"),
    ("ar", "كتبت هذه القصة غرفة الأخبار في منظمة العمل الدولية. للاطلاع على البيانات الرسمية، "
           "يرجى زيارة قسم البيانات."),
])
def test_a_newsroom_notice_above_the_headline_is_furniture(tmp_path: Path, lang: str,
                                                           notice: str) -> None:
    headline = _HEADLINES[lang]
    release, removed = import_text(tmp_path, f"{notice}\n\n{headline}\n\n{TAIL}", lang=lang)
    assert kinds(release, "title") == [headline]
    assert removed == [notice]


def test_an_archive_list_of_dates_above_the_headline_is_furniture(tmp_path: Path) -> None:
    dates = ["17 April 2003", "15 April 2003", "14 April 2003"]
    text = ("ESCWA Press Releases 2003\n\n" + "\n".join(dates) + "\n\nESCWA Session Reviews "
            "Report\n\nBeirut, 15 April 2003 – The session resumed today.\n\nIt will end "
            "tomorrow.\n")
    release, removed = import_text(tmp_path, text)
    assert kinds(release, "title") == ["ESCWA Session Reviews Report"]
    assert kinds(release, "h2") == []
    assert release.date is not None and release.date.isoformat() == "2003-04-15"
    assert removed == ["ESCWA Press Releases 2003", *dates]


def test_a_page_without_headline_under_a_back_link_is_refused(tmp_path: Path) -> None:
    """FAO's archived pages have no headline: the link back was their title; the release is
    refused as any whose first text is the dateline's paragraph, naming the line."""
    from transpub.errors import SourceError

    text = ("Press releases\n Back to archive\n\nPress Release 01/66\n\n\nRome, 11 October "
            "2001 - At a meeting in Brussels on 10 October, the Director-General thanked the "
            "President of the European Commission.\n\nHe also commended the Commission.\n")
    with pytest.raises(SourceError, match="no headline") as caught:
        import_text(tmp_path, text)
    assert caught.value.line == 7


@pytest.mark.parametrize("line", [
    "Back to School for 10 Million Children", "Back to basics", "Back to School",
    "Human Development Report 2003", "World Press Freedom Day 2003", "In 2003",
    "Growth > Inflation", "This story was written by a refugee in Kakuma",
])
def test_a_headline_of_the_same_words_is_no_site_line(line: str) -> None:
    assert not back_link(line)
    assert not archive_line(line)
    assert not breadcrumb(line)
    # (a notice's shape, but the head reads it above the headline only: the test above)
    assert site_notice(line) == line.startswith("This story")
