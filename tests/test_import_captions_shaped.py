"""A sentence between the page's date and the dateline is a picture's caption only with a
caption's shape (t66/hE A, c31bede read any one sentence there so): a lead or a summary
telling the news, or a quotation, keeps its place as the head's subheading; a description
of what is shown goes under the first paragraph, as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import import_text, kinds

HEAD = {
    "en": ("UNHCR chief warns of rising displacement", "1 October 2013",
           "GENEVA, October 1 (UNHCR) - More people have fled."),
    "es": ("El ACNUR advierte del aumento de los desplazamientos", "1 de octubre de 2013",
           "GINEBRA, 1 de octubre (ACNUR) – Más personas huyeron."),
    "fr": ("Le HCR met en garde contre la hausse des déplacements", "1er octobre 2013",
           "GENÈVE, 1er octobre 2013 (HCR) – Davantage de personnes ont fui."),
    "ru": ("УВКБ ООН предупреждает о росте перемещения", "1 октября 2013 года",
           "ЖЕНЕВА, 1 октября (УВКБ ООН) – Больше людей бежало."),
}
FIRST = {"en": "More people have fled.", "es": "Más personas huyeron.",
         "fr": "Davantage de personnes ont fui.", "ru": "Больше людей бежало."}


#: the standfirst above the page's date (UNHCR's layout), which stays a subheading
STANDFIRST = "Summary of the release."


def _page(lang: str, *between: str) -> str:
    headline, date, line = HEAD[lang]
    return "\n\n".join([headline, STANDFIRST, date, *between, line, "Second paragraph."]) + "\n"


@pytest.mark.parametrize(("lang", "lead"), [
    ("en", "Crises are multiplying and solutions are proving more and more elusive, the High "
           "Commissioner told the Executive Committee."),
    ("en", "More people fled their homes this year than at any time in two decades."),
    ("en", "The number of refugees in Lebanon passed one million today."),
    ("en", "“We will not abandon them.”"),
    ("es", "Más personas que nunca en casi dos décadas se han visto obligadas a huir de sus "
           "hogares, advirtió el Alto Comisionado."),
    ("fr", "Les crises se multiplient et les solutions sont de plus en plus difficiles, a "
           "averti le Haut Commissaire."),
    ("ru", "Кризисы множатся, а решения становятся всё более труднодостижимыми, заявил "
           "Верховный комиссар."),
    # a lead closing on a resolution's year in brackets: no place nor day, no picture's date
    # (t66/hH 3: they had been moved under the first paragraph as captions)
    ("en", "The Security Council today demanded an immediate ceasefire in Gaza in resolution "
           "2720 (2023)."),
    ("fr", "Le Conseil de sécurité a adopté aujourd’hui la résolution 2720 (2023)."),
    ("es", "El Consejo de Seguridad aprobó hoy la resolución 2720 (2023)."),
    ("ru", "Совет Безопасности сегодня принял резолюцию 2720 (2023)."),
    # a verb telling news is read before a place and a date in brackets
    ("en", "The number of refugees passed one million (Beirut, Lebanon, 3 April 2014)."),
])
def test_a_lead_between_the_page_date_and_the_dateline_keeps_its_place(
        tmp_path: Path, lang: str, lead: str) -> None:
    release, _ = import_text(tmp_path, _page(lang, lead), lang=lang)
    assert kinds(release, "h2") == [STANDFIRST, lead]
    assert kinds(release, "p") == [FIRST[lang], "Second paragraph."]


@pytest.mark.parametrize(("lang", "caption", "credit"), [
    # people named, then where they are shown (UNHCR 2011's)
    ("en", "High Commissioner Guterres at the opening of the annual Executive Committee "
           "meeting.", ""),
    ("fr", "Le Haut Commissaire António Guterres lors de l'ouverture de la session.", ""),
    ("es", "El Alto Comisionado António Guterres en la apertura de la sesión.", ""),
    ("ru", "Верховный комиссар Антониу Гутерриш на открытии сессии.", ""),
    # a present participle, a picture's word, a place and a date in brackets
    ("en", "Refugees queuing for food at the border.", ""),
    ("es", "Imagen hoy de la apertura oficial de la reunión anual en Ginebra.", ""),
    ("en", "Families wait for water at the camp (Dadaab, Kenya, 12 March 2013).", ""),
    ("en", "Families wait for water at the camp (File photo).", ""),
    ("en", "Families at the camp (Dadaab, Kenya, March 12, 2013).", ""),
    ("fr", "Des familles attendent au camp (Dadaab, Kenya, 12 mars 2013).", ""),
    ("ru", "Семьи ждут воды в лагере (Дадааб, Кения, 12 марта 2013 года).", ""),
    # a credit standing alone under it
    ("en", "Families wait for water at the camp.", "© UNHCR/J. Smith"),
])
def test_a_description_is_the_picture_s_caption(
        tmp_path: Path, lang: str, caption: str, credit: str) -> None:
    between = [caption, credit] if credit else [caption]
    release, _ = import_text(tmp_path, _page(lang, *between), lang=lang)
    assert kinds(release, "h2") == [STANDFIRST]
    assert kinds(release, "p")[:2] == [FIRST[lang], caption]
