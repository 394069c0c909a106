"""A dateline whose dash the page lost, a service in brackets after the date.

UNHCR's stored page of 14 December 2010 reads "GENEVA, December 14 (UNHCR) The head of the
UN refugee agency…": the place in capitals and its comma, the date (year-less, under the
page's date), the service in brackets, then the text with no dash (t65/hE, "dateline without
a year or a dash"). The service's bracket is a dateline's own evidence; without it, a
dateline with neither year nor dash stays the text's, as documented.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importcases import import_text, kinds
from transpub.datelines import dateline, time_zone

#: the dateline as each language's service writes it, its dash lost; its place, date text,
#: attribution and the text after it
CASES = [
    ("en", "14 December 2010", "GENEVA, December 14 (UNHCR) The head of the agency spoke.",
     "GENEVA", "UNHCR", "The head of the agency spoke."),
    ("en", "14 December 2010", "NEW YORK, 14 December (UN News) The head of the agency spoke.",
     "NEW YORK", "UN News", "The head of the agency spoke."),
    ("en", "", "GENEVA, 14 December 2010 (UNHCR) The head of the agency spoke.",
     "GENEVA", "UNHCR", "The head of the agency spoke."),
    ("es", "14 de diciembre de 2010",
     "GINEBRA, 14 de diciembre (ACNUR) El Alto Comisionado habló hoy.",
     "GINEBRA", "ACNUR", "El Alto Comisionado habló hoy."),
    ("fr", "14 décembre 2010", "GENÈVE, 14 décembre (HCR) Le Haut Commissaire a parlé.",
     "GENÈVE", "HCR", "Le Haut Commissaire a parlé."),
    ("ru", "14 декабря 2010 года",
     "ЖЕНЕВА, 14 декабря (УВКБ ООН) Верховный комиссар выступил сегодня.",
     "ЖЕНЕВА", "УВКБ ООН", "Верховный комиссар выступил сегодня."),
]

HEADLINES = {"en": "UNHCR marks its anniversary", "es": "El ACNUR celebra su aniversario",
             "fr": "Le HCR célèbre son anniversaire", "ru": "УВКБ ООН отмечает годовщину"}


@pytest.mark.parametrize(("lang", "date", "line", "place", "service", "rest"), CASES)
def test_a_service_in_brackets_ends_the_dateline_without_its_dash(
        tmp_path: Path, lang: str, date: str, line: str, place: str, service: str,
        rest: str) -> None:
    blocks = [HEADLINES[lang], *([date] if date else []), line, "More text follows here."]
    release, _ = import_text(tmp_path, "\n\n".join(blocks) + "\n", lang=lang)
    assert kinds(release, "place") == [place]
    assert kinds(release, "attribution") == [service]
    assert release.date == dt.date(2010, 12, 14)
    assert kinds(release, "p")[0] == rest


@pytest.mark.parametrize("line", [
    # a sentence's words after the bracket, not a capital's
    "GENEVA, December 14 (UNHCR) the head of the agency spoke.",
    # the place not in capitals: a sentence may open so
    "Geneva, December 14 (a Tuesday) The head of the agency spoke.",
    # no service's bracket: neither year nor dash, the text's (as documented)
    "GENEVA, December 14 The head of the agency spoke.",
    # no comma after the place
    "GENEVA December 14 (UNHCR) The head of the agency spoke.",
])
def test_without_the_evidence_the_line_is_no_dateline(line: str) -> None:
    assert dateline(line, "en", 2010) is None



@pytest.mark.parametrize(("lang", "line", "service"), [
    ("en", "GENEVA, December 14 (ILO news) The head of the agency spoke.", "ILO news"),
    ("en", "VIENNA, December 14 (United Nations Information Service) The head spoke.",
     "United Nations Information Service"),
    ("fr", "GENÈVE, 14 décembre (HCR) Le Haut Commissaire a parlé.", "HCR"),
    ("ru", "ЖЕНЕВА, 14 декабря (УВКБ ООН) Верховный комиссар выступил.", "УВКБ ООН"),
])
def test_the_bracket_names_a_service_or_a_newsroom(lang: str, line: str, service: str) -> None:
    found = dateline(line, lang, 2010)
    assert found is not None and found.attribution == service


@pytest.mark.parametrize(("lang", "line"), [
    # a bracket naming no service, with no dash: the text's (t66/hE B; they had been read as
    # the dateline, the bracket its attribution and the build adding a dash)
    ("en", "GENEVA, 14 December 2010 (a Tuesday) The talks ended."),
    ("en", "NEW YORK, 3 May (local time) The Security Council met."),
    ("en", "NEW YORK, 3 May (revised) The Security Council met."),
    ("en", "GENEVA, 14 December (UPDATED) The head of the agency spoke."),
    ("en", "GENEVA, 14 December (UPDATE) The head of the agency spoke."),
    ("en", "GENEVA, 14 December (Embargoed until 12:00 GMT) The head of UNHCR spoke."),
    ("en", "NAIROBI, 5 June (World Environment Day) The world marks the day."),
    ("fr", "NAIROBI, 5 juin (Journée mondiale de l'environnement) Le monde célèbre."),
    ("es", "NAIROBI, 5 de junio (Día Mundial del Medio Ambiente) El mundo celebra."),
    ("ru", "НАЙРОБИ, 5 июня (Всемирный день окружающей среды) Мир отмечает."),
    # a time zone after the date: no newsroom (t66/hH 7: "CET" had been the attribution)
    ("en", "GENEVA, 14 December 2010 (CET) The Council opened its session today."),
    ("en", "GENEVA, 14 December 2010 (GMT) The Council opened its session today."),
    ("en", "GENEVA, 14 December 2010 (UTC) The Council opened its session today."),
    ("en", "NEW YORK, 3 May (EDT) The Security Council met."),
    ("en", "GENEVA, 14 December 2010 (GMT+1) The Council opened its session today."),
    ("fr", "GENÈVE, 14 décembre 2010 (HEC) Le Conseil a ouvert sa session aujourd’hui."),
    ("es", "GINEBRA, 14 de diciembre de 2010 (CET) El Consejo abrió hoy su período."),
    ("ru", "МОСКВА, 14 декабря 2010 года (МСК) Совет открыл сессию."),
])
def test_a_bracket_naming_no_service_ends_no_dateline_without_a_dash(
        lang: str, line: str) -> None:
    assert dateline(line, lang, 2010) is None


def test_an_embargo_in_brackets_is_no_attribution(tmp_path: Path) -> None:
    release, _ = import_text(tmp_path, (
        f"{HEADLINES['en']}\n\n3 October 2011\n\nGENEVA, October 3 (Embargoed until 12:00 GMT) "
        "The UN High Commissioner warned today.\n\nMore text follows here.\n"))
    assert kinds(release, "attribution") == []


def test_a_time_zone_in_brackets_is_no_attribution(tmp_path: Path) -> None:
    release, _ = import_text(tmp_path, (
        f"{HEADLINES['en']}\n\nGENEVA, 14 December 2024 (CET) The Council opened its session "
        "today.\n\nMore text follows here.\n"))
    assert kinds(release, "attribution") == []
    assert "CET" in " ".join(kinds(release, "p"))


@pytest.mark.parametrize(("text", "expected"), [
    ("CET", True), ("GMT", True), ("UTC+03:00", True), ("HEC", True), ("МСК", True),
    ("EDT", True), ("UNHCR", False), ("HCR", False), ("УВКБ ООН", False), ("UN News", False),
])
def test_time_zone(text: str, expected: bool) -> None:
    assert time_zone(text) is expected
