"""A dateline set as two lines, its place on a line of its own beside the date line, no blank
line between: WIPO's "Geneva," / "October 4, 2021", the Canadian Prime Minister's "November
23, 2021" / "Ottawa, Ontario", a repost that starts at the date, a place glued under the
headline (the place had been a subheading, or the headline: trial t64/hB, class A). The texts
are written for these tests in those layouts; each reading has a twin that must not be taken
so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importcases import import_text, kinds
from transpub.importer import import_file

TEXT = ("The Director General said the indicators showed great resilience despite the shock.\n"
        "Hundreds of delegates attended the inaugural session of the Assemblies in person.\n"
        "The meetings will run until the end of the week in the conference hall.\n")
HEADLINE = "Director General Opens the Assemblies, Calls for Collective Action\n"


@pytest.mark.parametrize("head,place", [
    ("Geneva,\nOctober 4, 2021\n", "Geneva"),  # (WIPO's: no blank line anywhere)
    ("\nNovember 23, 2021\nOttawa, Ontario\n\n", "Ottawa, Ontario"),  # (the PMO's)
    ("November 23, 2021\nOttawa, Ontario\n", "Ottawa, Ontario"),
    ("\nGeneva\n\nOctober 4, 2021\n\n", "Geneva"),  # (a known place, a blank line between)
])
def test_place_beside_the_date_under_the_headline(tmp_path: Path, head: str,
                                                   place: str) -> None:
    release, _ = import_text(tmp_path, HEADLINE + head + TEXT)
    assert kinds(release, "title") == [HEADLINE.strip()]
    assert kinds(release, "place") == [place]
    assert not kinds(release, "h2")
    assert release.date is not None
    assert kinds(release, "p")[0].startswith("The Director General said")


def test_a_repost_starting_at_the_date(tmp_path: Path) -> None:
    """No headline: the date and the place under it are the dateline's, the first text the
    headline, warned (the place had been the headline)."""
    path = tmp_path / "en.txt"
    path.write_text("February 9, 2022\nOttawa, Ontario\n" + TEXT.replace("\n", "\n\n"),
                    encoding="utf-8")
    report = import_file(path)
    assert kinds(report.release, "place") == ["Ottawa, Ontario"]
    assert report.release.date == dt.date(2022, 2, 9)
    assert kinds(report.release, "title")[0].startswith("The Director General said")
    assert any("the headline may be missing" in n for n in report.notes)


def test_place_glued_under_the_headline(tmp_path: Path) -> None:
    """"Statement by …" / "Geneva (ICRC)", the date a block under: the place is the dateline's,
    no word of the headline."""
    release, _ = import_text(tmp_path, "Statement by the President of the International "
                             "Committee of the Red Cross\nGeneva (ICRC)\n\nFebruary 24, 2022\n\n"
                             + TEXT)
    assert kinds(release, "title") == ["Statement by the President of the International "
                                        "Committee of the Red Cross"]
    assert kinds(release, "place") == ["Geneva (ICRC)"]
    assert release.date == dt.date(2022, 2, 24)


@pytest.mark.parametrize("lang,headline,head,place", [
    ("es", "El Director General inaugura las Asambleas", "Ginebra,\n4 de octubre de 2021\n",
     "Ginebra"),
    ("fr", "Le premier ministre rencontre la présidente du Kosovo",
     "\nLe 23 novembre 2021\nOttawa (Ontario)\n\n", "Ottawa (Ontario)"),
    ("ru", "Генеральный директор открыл Ассамблеи", "Женева,\n4 октября 2021 года\n",
     "Женева"),
    ("ar", "المدير العام يفتتح الجمعيات", "جنيف\n4 أكتوبر 2021\n", "جنيف"),
])
def test_in_the_other_languages(tmp_path: Path, lang: str, headline: str, head: str,
                                place: str) -> None:
    path = tmp_path / "release.txt"
    text = {"es": "El Director General habló de la resiliencia de los indicadores.\n",
            "fr": "Aujourd'hui, le premier ministre a rencontré la présidente du Kosovo.\n",
            "ru": "Генеральный директор рассказал об устойчивости показателей.\n",
            "ar": "قال المدير العام إن المؤشرات أظهرت قدرة كبيرة على الصمود.\n"}[lang]
    path.write_text(f"{headline}\n{head}{text}\n{text}", encoding="utf-8")
    release = import_file(path, None, lang).release
    assert kinds(release, "title") == [headline]
    assert kinds(release, "place") == [place]
    assert release.date is not None


@pytest.mark.parametrize("lang,headline,place,date,text", [
    ("en", HEADLINE.strip(), "San José, Costa Rica", "October 4, 2021", TEXT),
    ("en", HEADLINE.strip(), "Port of Spain, Trinidad and Tobago", "October 4, 2021", TEXT),
    ("es", "El Director General inaugura las Asambleas", "Ciudad Juárez, México",
     "4 de octubre de 2021", "El Director General habló de la resiliencia de los indicadores.\n"),
    ("ru", "Генеральный директор открыл Ассамблеи", "Нижний Новгород, Россия",
     "4 октября 2021 года", "Генеральный директор рассказал об устойчивости показателей.\n"),
    ("fr", "Le Directeur général ouvre les Assemblées", "Port Moresby, Papouasie-Nouvelle-Guinée",
     "4 octobre 2021", "Le Directeur général a parlé de la résilience des indicateurs.\n"),
])
def test_a_place_of_several_words_before_its_country(tmp_path: Path, lang: str, headline: str,
                                                     place: str, date: str, text: str) -> None:
    """A place the gazetteer does not know, of several capitalised words, then a country CLDR
    names, glued under the headline over the date: the dateline's place (t65/hB finding 8: it
    had been the headline's last words)."""
    path = tmp_path / "release.txt"
    path.write_text(f"{headline}\n{place}\n{date}\n\n{text}\n{text}", encoding="utf-8")
    release = import_file(path, None, lang).release
    assert kinds(release, "title") == [headline]
    assert kinds(release, "place") == [place]
    assert release.date == dt.date(2021, 10, 4)


@pytest.mark.parametrize("head", [
    "Peace Deal\nOctober 4, 2021\n",  # (a headline's second line over its date)
    "\nOctober 4, 2021\nPeace Deal Signed\n\n",  # (a subtitle under the date)
    "Key Findings\nOctober 4, 2021\n",  # (a heading)
    "Press Release\nOctober 4, 2021\n",  # (a label)
])
def test_twins_no_place_beside_the_date(tmp_path: Path, head: str) -> None:
    release, _ = import_text(tmp_path, HEADLINE + head + TEXT)
    assert not kinds(release, "place")


@pytest.mark.parametrize("head", [
    "\nOctober 4, 2021\nJane Smith, UN News\n\n",  # (a byline)
    "\nOctober 4, 2021\nPress Release, Geneva\n\n",  # (a document's kind, then the place)
    "\nOctober 4, 2021\nMedia Advisory, Kenya\n\n",  # (and then a country)
    "\nOctober 4, 2021\nTalks resume in Bogota, Colombia\n\n",  # (a subtitle)
    "\nOctober 4, 2021\nUN News, Kenya\n\n",  # (a body's acronym)
    "\nOctober 4, 2021\nSan José, Costa Rica and Panama\n\n",  # (two countries)
    "\nOctober 4, 2021\nUNICEF (New York)\n\n",  # (a body, its office in brackets)
    "\nOctober 4, 2021\nHighlights (continued)\n\n",  # (a heading)
    "\nOctober 4, 2021\nPeace, security and development\n\n",
    "\nOctober 4, 2021\nNew York, Geneva and Nairobi\n\n",
    "\nOctober 4, 2021\nSyria, Lebanon and Jordan\n\n",
    "\nOctober 4, 2021\nHumanitarian crisis deepens, agencies warn\n\n",  # (a subtitle)
    "\nRecord numbers displaced, UNHCR says\nOctober 4, 2021\n\n",
    "\nOctober 4, 2021\nJonathan Huskey (SEIU)\njonathan.huskey@seiu.org\n\n",  # (a contact)
])
def test_a_comma_or_a_bracket_beside_the_date_names_no_place(tmp_path: Path,
                                                                head: str) -> None:
    """A line beside the date is its place when it names one (a known place first, or one
    word and its region, "Ottawa, Ontario"): a comma or a bracket is not enough (t64/hM,
    class A: a byline, a contact, a subtitle had been made the place)."""
    release, _ = import_text(tmp_path, HEADLINE + head + TEXT)
    assert not kinds(release, "place")
    assert kinds(release, "title") == [HEADLINE.strip()]


@pytest.mark.parametrize("headline", ["Food insecurity rising, FAO warns",
                                      "Sudan: UN chief urges ceasefire, calls for talks"])
@pytest.mark.parametrize("repost", [False, True])
def test_a_headline_with_a_comma_over_or_under_its_date(tmp_path: Path, headline: str,
                                                        repost: bool) -> None:
    """The headline set over its date (or under it, a repost's) with a comma in it stays the
    headline, the first paragraph the text's (it had been the place, the text the headline)."""
    head = f"4 October 2021\n{headline}\n" if repost else f"{headline}\n4 October 2021\n"
    release, _ = import_text(tmp_path, head + "\n" + TEXT)
    assert not kinds(release, "place")
    assert headline in kinds(release, "title") + kinds(release, "h2")
    assert any(p.startswith("The Director General said") for p in kinds(release, "p"))


@pytest.mark.parametrize("lang,head,date,text", [
    # (a title-case headline wrapped after a comma: its second line ends in a country)
    ("en", "UNICEF Warns of Rising Malnutrition,\nScales Up Emergency Response, Mozambique",
     "March 4, 2024", "UNICEF said today that child malnutrition had doubled in the past year.\n"
     "The agency has sent supplies to the affected provinces.\n"),
    ("en", "WFP Airlifts Food to Cut-Off Communities,\nWarns of Famine Risk, Haiti",
     "4 March 2024", "The World Food Programme began airlifting food today.\nMore than a "
     "million people face hunger.\n"),
    ("fr", "Le PAM achemine des vivres par avion,\nAlerte Sur La Famine, Haïti", "4 mars 2024",
     "Le Programme alimentaire mondial a commencé à acheminer des vivres.\nPlus d’un million de "
     "personnes ont faim.\n"),
    ("en", "UN Chief Visits Flooded Region,\nUrges Swift Action, Haiti", "4 March 2024",
     "The Secretary-General arrived in Port-au-Prince today.\nHe met the Prime Minister.\n"),
    # (no comma above: more than three words, or a word the text writes in lower case)
    ("en", "WFP Airlifts Food to Cut-Off Communities\nWarns of Famine Risk, Haiti",
     "4 March 2024", "The World Food Programme began airlifting food today.\nMore than a "
     "million people face hunger.\n"),
    ("fr", "Le PAM achemine des vivres par avion\nAlerte Sur La Famine, Haïti", "4 mars 2024",
     "Le Programme alimentaire mondial a commencé à acheminer des vivres.\nPlus d’un million de "
     "personnes ont faim.\n"),
    ("en", "Cyclone Freddy Strikes Again\nFloods Hit Provinces, Malawi", "March 4, 2024",
     "Heavy rains and floods have displaced thousands of families.\nThe United Nations is "
     "delivering aid to three provinces.\n"),
    ("es", "La OMS envía suministros\nEquipos Médicos Llegan, México", "4 de marzo de 2024",
     "Los equipos médicos de la OMS llegan hoy.\nLa ayuda continuará durante el mes.\n"),
])
def test_a_headlines_line_ending_in_a_country_is_no_place(tmp_path: Path, lang: str, head: str,
                                                           date: str, text: str) -> None:
    """A title-case headline's second line, "Scales Up Emergency Response, Mozambique", has
    every word capitalised as a place of several words has: it is the headline's (t65/hF
    finding 6: it had become the dateline's place, the title cut at the comma). A place of
    several words has a place's shape: three words at most, none written in lower case in the
    release's text, and it does not go on from a line ending in a comma."""
    path = tmp_path / "release.txt"
    path.write_text(f"{head}\n{date}\n\n{text}\n", encoding="utf-8")
    release = import_file(path, None, lang).release
    assert kinds(release, "title") == [head.replace("\n", " ")]
    assert not kinds(release, "place")


@pytest.mark.parametrize("lang,headline,place,date,text", [
    # (a place's generic first word, which the text writes in lower case too)
    ("fr", "Le Directeur général ouvre les Assemblées", "Port Moresby, Papouasie-Nouvelle-Guinée",
     "4 octobre 2021", "Le Directeur général a visité le port de la ville.\n"),
    ("es", "El Director General inaugura las Asambleas", "Ciudad Juárez, México",
     "4 de octubre de 2021", "El Director General recorrió la ciudad y habló de la resiliencia.\n"),
    ("en", HEADLINE.strip(), "Port of Spain, Trinidad and Tobago", "4 October 2021",
     "The Director General toured the port and spoke of the city of Spain's support.\n"),
])
def test_a_place_of_several_words_beside_a_text_naming_its_kind(
        tmp_path: Path, lang: str, headline: str, place: str, date: str, text: str) -> None:
    path = tmp_path / "release.txt"
    path.write_text(f"{headline}\n{place}\n{date}\n\n{text}\n{text}", encoding="utf-8")
    release = import_file(path, None, lang).release
    assert kinds(release, "title") == [headline]
    assert kinds(release, "place") == [place]
