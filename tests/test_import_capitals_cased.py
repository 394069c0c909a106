"""A heading in capitals the importer cases (the office a removed capitals header names, a
bilingual letterhead's column), as each language writes a title: English in title case,
French, Spanish and Russian in sentence case with the text's proper names capitalised,
Arabic and Chinese as written (English title case had given «Послание По Случаю Всемирного
Дня Городов»: trial t64/hF, class C). The texts are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import kinds
from transpub.importer import import_file

RU_TEXT = ["Генеральный секретарь ООН напомнил, что Всемирный день городов отмечается "
           "ежегодно, и в рамках Всемирного дня городов проходят мероприятия."]


@pytest.mark.parametrize("lang,capitals,texts,cased", [
    ("ru", "ПОСЛАНИЕ ПО СЛУЧАЮ ВСЕМИРНОГО ДНЯ ГОРОДОВ", RU_TEXT,
     "Послание по случаю Всемирного дня городов"),
    ("ru", "ГЕНЕРАЛЬНЫЙ СЕКРЕТАРЬ ООН", RU_TEXT, "Генеральный секретарь ООН"),
    ("fr", "MESSAGE À L'OCCASION DE LA JOURNÉE MONDIALE DES VILLES",
     ["Le Secrétaire général de l'ONU célèbre la Journée mondiale des villes."],
     "Message à l'occasion de la Journée mondiale des villes"),
    ("es", "MENSAJE CON MOTIVO DEL DÍA MUNDIAL DE LAS CIUDADES",
     ["La Organización celebra el Día Mundial de las Ciudades cada año."],
     "Mensaje con motivo del Día Mundial de las Ciudades"),
    # no text naming it: the UN's names and the gazetteer's places keep their capitals
    # (t64/hM: «… des nations unies», «… de las naciones unidas en ginebra»)
    ("fr", "CENTRE D'INFORMATION DES NATIONS UNIES", [],
     "Centre d'information des Nations Unies"),
    ("es", "OFICINA DE LAS NACIONES UNIDAS EN GINEBRA", [],
     "Oficina de las Naciones Unidas en Ginebra"),
    ("ru", "ИНФОРМАЦИОННЫЙ ЦЕНТР ОРГАНИЗАЦИИ ОБЪЕДИНЕННЫХ НАЦИЙ В МОСКВЕ", [],
     "Информационный центр Организации Объединенных Наций в Москве"),
    ("fr", "SERVICE D'INFORMATION DES NATIONS UNIES À GENÈVE", [],
     "Service d'information des Nations Unies à Genève"),
    ("fr", "LES NATIONS DU MONDE", [], "Les nations du monde"),  # (no name: no capitals)
    # the names as the language writes them, not a reading with every word capitalised:
    # small words in lower case, a title's first word as the data writes it in running
    # text (t65/hB finding 5: «… Pour L'enfance», «Directrice Exécutive», «Заместителя»)
    ("fr", "FONDS DES NATIONS UNIES POUR L'ENFANCE", [],
     "Fonds des Nations Unies pour l'enfance"),
    ("fr", "DÉCLARATION DU HAUT-COMMISSAIRE AUX DROITS DE L'HOMME", [],
     "Déclaration du Haut-Commissaire aux droits de l'homme"),
    ("fr", "MESSAGE DE LA DIRECTRICE EXÉCUTIVE DE L'ORGANISATION MONDIALE DE LA SANTÉ", [],
     "Message de la Directrice exécutive de l'Organisation mondiale de la Santé"),
    ("fr", "MESSAGE DU SECRÉTAIRE GÉNÉRAL ADJOINT AUX AFFAIRES HUMANITAIRES", [],
     "Message du Secrétaire général adjoint aux affaires humanitaires"),
    ("es", "FONDO DE LAS NACIONES UNIDAS PARA LA INFANCIA", [],
     "Fondo de las Naciones Unidas para la Infancia"),
    ("es", "OFICINA DEL ALTO COMISIONADO PARA LOS DERECHOS HUMANOS", [],
     "Oficina del Alto Comisionado para los Derechos Humanos"),
    ("es", "MENSAJE SOBRE LA ORGANIZACIÓN PARA LA PROHIBICIÓN DE LAS ARMAS QUÍMICAS", [],
     "Mensaje sobre la Organización para la Prohibición de las Armas Químicas"),
    ("ru", "ЗАЯВЛЕНИЕ ЗАМЕСТИТЕЛЯ ГЕНЕРАЛЬНОГО СЕКРЕТАРЯ", [],
     "Заявление заместителя Генерального секретаря"),
    ("ru", "ПОСЛАНИЕ ПОМОЩНИКА ГЕНЕРАЛЬНОГО СЕКРЕТАРЯ ПО ПРАВАМ ЧЕЛОВЕКА", [],
     "Послание помощника Генерального секретаря по правам человека"),
    ("en", "UNITED NATIONS OFFICE ON DRUGS AND CRIME", [],
     "United Nations Office on Drugs and Crime"),
    ("en", "UNITED NATIONS OFFICE ON DRUGS AND CRIME", ["the office of the united nations"],
     "United Nations Office on Drugs and Crime"),
    ("ar", "الأمم المتحدة", [], "الأمم المتحدة"),
    ("zh", "联合国新闻", [], "联合国新闻"),
])
def test_capitals_cased_by_language(lang: str, capitals: str, texts: list[str],
                                    cased: str) -> None:
    from transpub.importer_text import capitals_cased, proper_forms

    assert capitals_cased(capitals, lang, proper_forms(texts)) == cased


def test_proper_forms_are_words_capitalised_where_no_sentence_begins() -> None:
    """A capital opening a sentence is the sentence's ("Journée. Mondiale …"), and a word the
    text also writes in lower case is no name."""
    from transpub.importer_text import proper_forms

    forms = proper_forms(["Mondiale est un mot. La Journée mondiale.", "Это «ООН» и Вена, вена."])
    assert forms == {"journée": "Journée", "оон": "ООН"}


def test_russian_office_from_a_running_header(tmp_path: Path) -> None:
    """A running header in capitals on every page names the office: in Russian sentence case,
    the text's names kept («ООН», «Москве»)."""
    header = "ИНФОРМАЦИОННЫЙ ЦЕНТР ООН В МОСКВЕ\n\n"
    path = tmp_path / "ru.txt"
    path.write_text(header + "Послание по случаю Всемирного дня городов\n\nМОСКВА, 31 октября "
                    "2018 года – Информационный центр ООН сообщает, что Всемирный день "
                    "городов отмечается ежегодно.\n\nГенеральный секретарь призвал города "
                    "действовать.\n\f\n" + header + "В Москве прошли мероприятия центра.\n",
                    encoding="utf-8")
    release = import_file(path, None, "ru").release
    assert kinds(release, "office") == ["Информационный центр ООН в Москве"]
