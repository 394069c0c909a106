"""A picture's caption with no credit and no caption's word, above the dateline.

UNHCR's pages set headline / standfirst / the page's date / a caption describing the
picture ("High Commissioner Guterres at the opening of the annual Executive Committee
meeting.", printed twice on some pages) / the dateline (t65/fR "Captions become
subheadings", t65/hE). The caption had been a subheading. Read by its place, between the
page's date and the dateline, and its shape, one sentence with its full stop: it goes under
the first paragraph, as a credited caption does (the schema has no caption element), and
its second print is a duplicate, said.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importcases import import_text, kinds
from transpub.importer import import_file

#: each language's headline, standfirst, page date, caption and dateline (year-less, under
#: the page's date, or with its year)
PAGES = {
    "en": ("UNHCR chief warns of rising displacement",
           "The High Commissioner says the agency is stretched to the limit.",
           "1 October 2013",
           "The formal opening of the annual session in Geneva today.",
           "GENEVA, October 1 (UNHCR) - More people have fled."),
    "es": ("El ACNUR advierte del aumento de los desplazamientos",
           "El Alto Comisionado dice que la agencia está al límite.",
           "1 de octubre de 2013",
           "Imagen hoy de la apertura oficial de la sesión anual en Ginebra.",
           "GINEBRA, 1 de octubre (ACNUR) – Más personas huyeron."),
    "fr": ("Le HCR met en garde contre la hausse des déplacements",
           "Le Haut Commissaire dit que l'agence est à bout de ressources.",
           "1er octobre 2013",
           "L'ouverture officielle de la session annuelle à Genève aujourd'hui.",
           "GENÈVE, 1er octobre 2013 (HCR) – Davantage de personnes ont fui."),
    "ru": ("УВКБ ООН предупреждает о росте перемещения",
           "Верховный комиссар говорит, что агентство работает на пределе.",
           "1 октября 2013 года",
           "Официальное открытие ежегодной сессии в Женеве сегодня.",
           "ЖЕНЕВА, 1 октября (УВКБ ООН) – Больше людей бежало."),
}
TEXT = {"en": "More people have fled.", "es": "Más personas huyeron.",
        "fr": "Davantage de personnes ont fui.", "ru": "Больше людей бежало."}


@pytest.mark.parametrize("lang", sorted(PAGES))
@pytest.mark.parametrize("prints", [1, 2])
def test_the_caption_under_the_page_date_goes_under_the_first_paragraph(
        tmp_path: Path, lang: str, prints: int) -> None:
    headline, standfirst, date, caption, line = PAGES[lang]
    text = "\n\n".join([headline, standfirst, date, *[caption] * prints, line,
                        "Second paragraph."]) + "\n"
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    report = import_file(path, lang=lang)
    release = report.release
    assert release.date == dt.date(2013, 10, 1)
    # the standfirst, above the page's date, stays the subheading; the caption is no heading
    assert kinds(release, "h2") == [standfirst]
    # kept once, under the first paragraph, and said
    assert kinds(release, "p") == [TEXT[lang], caption, "Second paragraph."]
    assert any("read as a picture's caption" in n for n in report.notes)
    assert sum("printed again" in n for n in report.notes) == prints - 1


#: UNHCR's Spanish standfirst (its lines are the page's: as long, none is read as wrapped)
STANDFIRST = ("El Alto Comisionado António Guterres dice que el ACNUR ha mejorado su capacidad "
              "para proteger a los refugiados, pero este año más de 1,5 millones de refugiados "
              "han dejado Siria.")


def test_a_page_date_in_english_over_a_translation(tmp_path: Path) -> None:
    # UNHCR's Spanish page: the page's date in English, the dateline with its year
    text = ("ACNUR afirma que se encuentra al límite de sus capacidades\n\n"
            + STANDFIRST + "\n"
            "1 October 2013\n"
            "Imagen hoy de la apertura oficial de la reunión anual en Ginebra.\n\n"
            "GINEBRA, Suiza, 1 de octubre de 2013 (ACNUR) – En la actualidad hay más personas."
            "\n\nSegundo párrafo.\n")
    release, _ = import_text(tmp_path, text, lang="es")
    assert kinds(release, "h2") == [STANDFIRST]
    assert kinds(release, "p") == [
        "En la actualidad hay más personas.",
        "Imagen hoy de la apertura oficial de la reunión anual en Ginebra.", "Segundo párrafo."]
    assert release.date == dt.date(2013, 10, 1)


def test_a_credit_and_a_caption_of_two_sentences(tmp_path: Path) -> None:
    # UNHCR's 60th anniversary page: a credit alone, a caption of two sentences, and the
    # dateline whose dash was lost
    caption = ("Helping Vietnamese refugees was one of the major challenges for the agency. "
               "This boat was photographed off the Malaysian coast in December 1978.")
    text = ("60th Anniversary: UNHCR marks landmark with appeal for renewed commitment\n\n"
            "News Stories, 14 December 2010\n\n© UNHCR/K.Gaugler\n" + caption + "\n\n"
            "GENEVA, December 14 (UNHCR) The head of the UN refugee agency marked the 60th "
            "anniversary Tuesday.\n\nMore text follows.\n")
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "place") == ["GENEVA"]
    assert release.date == dt.date(2010, 12, 14)
    assert kinds(release, "h2") == []
    assert kinds(release, "p") == [
        "The head of the UN refugee agency marked the 60th anniversary Tuesday.",
        "© UNHCR/K.Gaugler", caption, "More text follows."]


@pytest.mark.parametrize("between", [
    "Press Release Number:",  # a head's line, no full stop: WMO's
    "World Meteorological Day Celebrates Climate For You",  # the headline again
])
def test_a_heads_line_under_the_page_date_is_no_caption(tmp_path: Path, between: str) -> None:
    text = ("World Meteorological Day Celebrates Climate For You\n\n22 March 2011\n\n"
            + between + "\n\nGENEVA, 22 March 2011 – The day was marked today.\n\nMore text.\n")
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    report = import_file(path)
    assert not any("picture's caption" in n for n in report.notes)
    assert kinds(report.release, "p")[0] == "The day was marked today."


def test_a_short_dateline_paragraph_under_a_credit_is_the_dateline(tmp_path: Path) -> None:
    # the credit's caption is tried after the dateline: a short dateline paragraph under a
    # credit standing alone is the text's
    text = ("UNHCR chief warns of rising displacement\n\n1 October 2013\n\n© UNHCR/J-M.Ferre"
            "\n\nGENEVA, October 1 (UNHCR) - More people have fled.\n\nMore text.\n")
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "place") == ["GENEVA"]
    assert kinds(release, "p") == ["More people have fled.", "© UNHCR/J-M.Ferre", "More text."]
