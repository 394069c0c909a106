"""A contact block's lead-in over blocks of names with telephones (no e-mail), with more of
the page under them: the lead-in and the contacts are the release's `<contact>`, whatever
follows (t67/hA F5: UNFPA's "For information about the report, or to arrange interviews,
contact:" / "Omar Gharzeddine, +1 212 297 5028," / "Richard Kollodge, +1 212 297 4992,",
its CMS's fields under them, had stayed paragraphs, and "Short Title" three blank lines
down had been glued to the last telephone). Only a contact's entries, not the text's
sentences that hold a telephone or an e-mail ("Call 112 or +258 21 490 300 for help.";
t67/hE C, D)."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import import_text, kinds
from transpub.contactlines import contact_entry

_HEAD = {
    "en": ("UNFPA to launch report on world population",
           "NEW YORK, 17 October 2011 – The State of World Population 2011 will be launched on "
           "26 October in some 120 capitals worldwide."),
    "fr": ("Le FNUAP lancera son rapport sur la population mondiale",
           "NEW YORK, 17 octobre 2011 – L’État de la population mondiale 2011 sera lancé le 26 "
           "octobre dans quelque 120 capitales."),
    "es": ("El UNFPA presentará su informe sobre la población mundial",
           "NUEVA YORK, 17 de octubre de 2011 – El Estado de la Población Mundial 2011 se "
           "presentará el 26 de octubre en unas 120 capitales."),
    "ru": ("ЮНФПА представит доклад о народонаселении мира",
           "НЬЮ-ЙОРК, 17 октября 2011 года – Доклад о народонаселении мира 2011 года будет "
           "представлен 26 октября в 120 столицах."),
    "zh": ("人口基金将发布世界人口报告",
           "纽约，2011年10月17日——《2011年世界人口状况》将于10月26日在全球约120个首都发布。"),
    "ar": ("صندوق الأمم المتحدة للسكان يطلق تقريره عن سكان العالم",
           "نيويورك، 17 تشرين الأول/أكتوبر 2011 - سيطلق تقرير حالة سكان العالم 2011 في 26 "
           "تشرين الأول/أكتوبر في نحو 120 عاصمة."),
}
_CONTACTS = {
    "en": ["For information about the report, or to arrange interviews, contact:",
           "Omar Gharzeddine, +1 212 297 5028,", "Richard Kollodge, +1 212 297 4992,"],
    "fr": ["Pour plus d’informations ou pour organiser des entretiens, veuillez contacter :",
           "Omar Gharzeddine, +1 212 297 5028", "Richard Kollodge, +1 212 297 4992"],
    "es": ["Para más información o para concertar entrevistas, contactar a:",
           "Omar Gharzeddine, +1 212 297 5028", "Richard Kollodge, +1 212 297 4992"],
    "ru": ["Для получения дополнительной информации или организации интервью обращайтесь:",
           "Омар Гарзеддин, +1 212 297 5028", "Ричард Коллодж, +1 212 297 4992"],
    "zh": ["更多信息或安排采访，请联系：", "Omar Gharzeddine，电话：+1 212 297 5028",
           "Richard Kollodge，电话：+1 212 297 4992"],
    "ar": ["لمزيد من المعلومات أو لترتيب المقابلات، يرجى الاتصال بـ:",
           "عمر غرز الدين، هاتف: +1 212 297 5028", "ريتشارد كولودج، هاتف: +1 212 297 4992"],
}
#: what a CMS's export leaves under the contacts: its fields' names and values, a copy of the
#: lead in its markup (a line longer than a short block's)
_AFTER = ("Short Title\nGlobal Launch Set for 26 October\nNews Date\nMedia Advisory\n"
          "<p>UNITED NATIONS, New York— The challenges confronting humanity as the world’s "
          "population reaches 7 billion on 31 October will be presented in a new report.</p>\n"
          "Show Feature\nThematic Area\nWorkflow State\n")


@pytest.mark.parametrize("lang", list(_HEAD))
def test_a_lead_in_over_names_and_telephones_is_the_contact_block_whatever_follows(
        tmp_path: Path, lang: str) -> None:
    headline, lead = _HEAD[lang]
    contacts = _CONTACTS[lang]
    text = (f"{headline}\n\n{lead}\n\n{contacts[0]}\n\n{contacts[1]}\n{contacts[2]}\n\n\n\n"
            + _AFTER)
    release, _ = import_text(tmp_path, text, lang=lang)
    assert kinds(release, "line") == contacts
    # (what follows stays the body's, said nowhere removed: nothing dropped)
    body = kinds(release, "p") + kinds(release, "h2")
    assert "Short Title" in body and "Workflow State" in body


def test_a_lead_in_over_the_text_is_no_contact_block(tmp_path: Path) -> None:
    # (the lead-in over a sentence and more text: the text's, as before)
    headline, lead = _HEAD["en"]
    text = (f"{headline}\n\n{lead}\n\nFor information about the report, contact:\n\n"
            "The report will be available to journalists online, starting on 17 October, "
            "and in print from the regional offices.\n\nIt is the eleventh such report.\n\n"
            "Its authors will brief the press at UN Headquarters.\n\n"
            "A webcast will be offered on the day, and its recording kept online.\n")
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "line") == []


def test_a_lead_in_in_the_text_takes_no_sentence_with_a_telephone(tmp_path: Path) -> None:
    # (a hotline's number, an address to apply to: sentences of the text under a lead-in in
    # its middle, not a contact's entries; they had been moved into <contact> at the end,
    # t67/hE C)
    headline, lead = _HEAD["en"]
    sentences = ["People who need shelter, food or medical care should contact:",
                 "Call 112 or +258 21 490 300 for help.",
                 "Applications for cash assistance can be sent to mozma@unhcr.org by 30 March.",
                 "The hotline operates 24 hours a day in Portuguese, English, Emakhuwa and Sena, "
                 "and is staffed by trained operators from UNHCR.",
                 "UNHCR has distributed tents, blankets and kitchen sets to some 15,000 families "
                 "in Sofala and Zambezia provinces."]
    release, _ = import_text(tmp_path, "\n\n".join([headline, lead, *sentences]) + "\n")
    assert kinds(release, "line") == []
    assert kinds(release, "p")[1:] == sentences


def test_a_sentence_with_a_telephone_goes_on_across_a_page_break(tmp_path: Path) -> None:
    # (the page's last line is a sentence's, not a contact's entry: the paragraph is rejoined,
    # t67/hE D)
    text = ("WHO launches new guidance on heat and health\n\n"
            "GENEVA, 2 July 2024 - The World Health Organization today published new guidance "
            "to help\ncountries protect people from extreme heat, as record temperatures were "
            "recorded across\nEurope, North Africa and South Asia for the third consecutive "
            "week this summer season.\n\n"
            "Health authorities that wish to receive the technical annex may write to "
            "heat@who.int or\ncall the WHO Regional Office for Europe on +45 45 33 70 00, "
            "which will forward it to\n\fMember States together with the training materials "
            "prepared for national focal points.\n\n"
            "\"Heat kills silently,\" said the Director of the Department of Environment.\n")
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "p")[-2].endswith("which will forward it to Member States together "
                                            "with the training materials prepared for "
                                            "national focal points.")


@pytest.mark.parametrize("line", [
    "Omar Gharzeddine, +1 212 297 5028,", "Tel.: +41 22 917 9000", "Email: press@un.org",
    "Mr. John Smith, Spokesperson, Tel. +1 212 963 1234.",
    "Jean Dupont, chargée de communication et de presse, jdupont@un.org.",
    "Jane Doe, Press Officer, +41 22 917 1234 (mobile and WhatsApp)",
    "Omar Gharzeddine，电话：+1 212 297 5028", "عمر غرز الدين، هاتف: +1 212 297 5028",
    "Омар Гарзеддин, +1 212 297 5028",
])
def test_a_contact_s_entry(line: str) -> None:
    assert contact_entry(line)


@pytest.mark.parametrize("line", [
    "Call 112 or +258 21 490 300 for help.",
    "Applications for cash assistance can be sent to mozma@unhcr.org by 30 March.",
    "call the WHO Regional Office for Europe on +45 45 33 70 00, which will forward it to",
    "Les demandes peuvent être envoyées à mozma@unhcr.org avant le 30 mars.",
    "Для получения помощи звоните по номеру +258 21 490 300.",
    "如需帮助，请拨打112或+258 21 490 300。",
    "للحصول على المساعدة يرجى الاتصال بالرقم 112 أو +258 21 490 300.",
])
def test_a_sentence_with_a_telephone_or_an_e_mail_is_no_contact_s_entry(line: str) -> None:
    assert not contact_entry(line)
