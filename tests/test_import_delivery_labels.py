"""A speech's delivery instruction in the six languages, and the headline set above it
("Report of the Director General …" / "[As delivered]" / "Your Excellency, …,": the headline
had been read as the office line and the first salutation as the headline; the Spanish
«[Tal y como fue pronunciado]» was no label: trial t64/hB, class B). The texts are written for
these tests in WIPO's and the UN's layouts; each reading has a twin that must not be taken so."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import import_text, kinds
from transpub.importer import import_file
from transpub.importer_labels import is_delivery_note
from transpub.importer_names import speaker_or_issuer

SPEECH = ("Report of the Director General to the Assemblies of WIPO – July 14 to 22, 2022\n\n"
          "[As delivered]\n\n"
          "Your Excellency, Ambassador Tatiana Molcean, Chair of the WIPO General Assembly,\n\n"
          "Honorable Ministers,\n\nExcellencies,\n\n"
          "It is my honor and privilege to welcome you to the Sixty-Third Series of Meetings "
          "of the Assemblies.\n\nAfter two years of meeting in a mostly empty hall, it is a "
          "joy to welcome you in person.\n")


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_headline_above_the_delivery_label(tmp_path: Path, gap: str) -> None:
    """The line above the label is the headline, the salutations the text's first blocks;
    with blank lines between or none."""
    release, _ = import_text(tmp_path, SPEECH.replace("\n\n", gap))
    assert kinds(release, "title") == ["Report of the Director General to the Assemblies of "
                                        "WIPO – July 14 to 22, 2022"]
    assert kinds(release, "label") == ["[As delivered]"]
    assert not kinds(release, "office")
    assert kinds(release, "p")[0] == ("Your Excellency, Ambassador Tatiana Molcean, Chair of "
                                      "the WIPO General Assembly,")


@pytest.mark.parametrize("lang,title,note,salutation,text", [
    ("es", "Informe del Director General a las Asambleas de la OMPI",
     "[Tal y como fue pronunciado]", "Excelentísima Embajadora, Presidenta de la Asamblea,",
     "Es para mí un honor darles la bienvenida a las Asambleas de los Estados miembros."),
    ("es", "Discurso del Secretario General ante la Asamblea General",
     "Cotejar con el discurso pronunciado", "Señor Presidente,",
     "Es para mí un honor dirigirme a la Asamblea General en este período de sesiones."),
    ("fr", "Rapport du Directeur général aux Assemblées de l'OMPI",
     "Seul le prononcé fait foi", "Monsieur le Président,",
     "C'est pour moi un honneur de vous accueillir aux Assemblées des États membres."),
    ("ru", "Доклад Генерального директора Ассамблеям ВОИС",
     "Проверить по произнесенному тексту", "Уважаемый господин Председатель,",
     "Для меня большая честь приветствовать вас на Ассамблеях государств-членов."),
    ("zh", "总干事向产权组织大会提交的报告", "以讲话为准", "主席先生，",
     "我很荣幸欢迎各位出席成员国大会。"),
    ("ar", "تقرير المدير العام إلى جمعيات الويبو", "العبرة بالإلقاء", "السيد الرئيس،",
     "يشرفني أن أرحب بكم في جمعيات الدول الأعضاء."),
])
def test_delivery_label_in_the_six_languages(tmp_path: Path, lang: str, title: str, note: str,
                                             salutation: str, text: str) -> None:
    path = tmp_path / "speech.txt"
    path.write_text(f"{title}\n\n{note}\n\n{salutation}\n\n{text}\n\n{text}\n", encoding="utf-8")
    release = import_file(path, None, lang).release
    assert kinds(release, "title") == [title]
    assert kinds(release, "label") == [note]
    assert not kinds(release, "office")


@pytest.mark.parametrize("note", [
    "[As delivered]", "CHECK AGAINST DELIVERY", "*As prepared for delivery*",
    "[Tal y como fue pronunciado]", "Sólo vale el texto pronunciado", "Vérifier au prononcé",
    "(Seul le prononcé fait foi)", "Проверить по произнесённому тексту",
    "Сверить с произнесенным текстом", "（以讲话为准）", "以实际讲话为准",
    "يرجى المراجعة عند الإلقاء"])
def test_delivery_notes(note: str) -> None:
    assert is_delivery_note(note)


@pytest.mark.parametrize("text", [
    "Le discours tel que prononcé hier a été salué.",
    "El texto pronunciado por el Presidente fue claro.",
    "Проверить по произнесенному тексту, что сказал министр, не удалось."])
def test_twins_sentences_holding_the_words(text: str) -> None:
    assert not is_delivery_note(text)


def test_delivery_label_under_the_dateline_in_spanish(tmp_path: Path) -> None:
    """Right under the dateline, as the English "CHECK AGAINST DELIVERY" is read there."""
    path = tmp_path / "es.txt"
    path.write_text("Discurso del Secretario General ante el Consejo\n\nNueva York, 5 de mayo de "
                    "2024\n\nCotejar con el discurso pronunciado\n\nSeñor Presidente, es un honor "
                    "dirigirme al Consejo hoy.\n\nLa paz es nuestra tarea común.\n",
                    encoding="utf-8")
    release = import_file(path, None, "es").release
    assert kinds(release, "label") == ["Cotejar con el discurso pronunciado"]
    assert kinds(release, "p")[0].startswith("Señor Presidente")


def test_twins_an_issuer_above_its_label(tmp_path: Path) -> None:
    """An issuer's name above the label stays the office line (above a kind of document, or
    above a delivery instruction with the headline under it)."""
    release, _ = import_text(tmp_path, "United Nations Office on Drugs and Crime\n\nCHECK AGAINST "
                             "DELIVERY\n\nRemarks of the Executive Director at the Commission\n\n"
                             "Vienna, 14 March 2024\n\nIt is an honour to address the Commission "
                             "today.\n\nThe world drug problem remains a global challenge.\n")
    assert kinds(release, "office") == ["United Nations Office on Drugs and Crime"]
    assert kinds(release, "title") == ["Remarks of the Executive Director at the Commission"]
    release, _ = import_text(tmp_path, "United Nations Human Rights\n\nPRESS RELEASE\n\n"
                             "Experts urge action on climate\n\nGENEVA, 5 May 2024 – Experts "
                             "urged States to act.\n\nThey called for urgent steps.\n")
    assert kinds(release, "office") == ["United Nations Human Rights"]
    assert kinds(release, "title") == ["Experts urge action on climate"]


@pytest.mark.parametrize("lang,above,note,title,text", [
    ("en", "Executive Director Ghada Waly", "Check against delivery",
     "Remarks at the Commission on Narcotic Drugs, 65th session",
     "Mr. Chair, distinguished delegates, it is an honour to address you today."),
    ("en", "Statement by UNODC Executive Director Ghada Waly", "Check against delivery",
     "Commission on Narcotic Drugs, 65th session",
     "Mr. Chair, distinguished delegates, it is an honour to address you today."),
    ("fr", "Organisation mondiale de la propriété intellectuelle", "Seul le prononcé fait foi",
     "Allocution du Directeur général devant les Assemblées",
     "Mesdames et Messieurs, c'est un honneur de m'adresser à vous aujourd'hui."),
    ("fr", "Directrice exécutive Ghada Waly", "Seul le prononcé fait foi",
     "Allocution devant la Commission des stupéfiants",
     "Mesdames et Messieurs, c'est un honneur de m'adresser à vous aujourd'hui."),
    ("es", "Organización Mundial de la Propiedad Intelectual", "[Tal y como fue pronunciado]",
     "Discurso del Director General ante la Asamblea General",
     "Señoras y señores, es un honor dirigirme a ustedes hoy en esta Asamblea."),
    ("ru", "Всемирная организация интеллектуальной собственности",
     "Проверить по произнесенному тексту",
     "Выступление Генерального директора на Генеральной Ассамблее",
     "Дамы и господа, для меня большая честь выступить перед вами сегодня."),
    ("ar", "المدير التنفيذي غادة والي", "العبرة بالإلقاء", "كلمة أمام لجنة المخدرات",
     "يشرفني أن أخاطبكم اليوم في هذه الدورة."),
])
def test_a_speaker_or_an_issuer_above_the_delivery_label(tmp_path: Path, lang: str, above: str,
                                                         note: str, title: str,
                                                         text: str) -> None:
    """A speaker's line (a title and a name, "Statement by" and a name) or an issuer's name
    above the label, in the six languages and in sentence case, stays the office line, the
    line under the label the headline (t64/hM finding B: it had become the headline, the
    speech's title a paragraph)."""
    path = tmp_path / "speech.txt"
    path.write_text(f"{above}\n{note}\n{title}\n\n{text}\n\n{text}\n", encoding="utf-8")
    release = import_file(path, None, lang).release
    assert kinds(release, "office") == [above]
    assert kinds(release, "title") == [title]
    assert kinds(release, "label") == [note]


@pytest.mark.parametrize("lang,text", [
    ("en", "Executive Director Ghada Waly"), ("en", "Ghada Waly, Executive Director of UNODC"),
    ("fr", "Secrétaire général António Guterres"), ("es", "La Directora Ejecutiva Ghada Waly"),
    ("ru", "Директор-исполнитель Гада Вали"), ("ru", "Всемирная организация интеллектуальной "
                                                      "собственности"),
    ("zh", "执行主任加达·瓦莉"), ("ar", "المدير التنفيذي غادة والي")])
def test_speaker_or_issuer_lines(lang: str, text: str) -> None:
    assert speaker_or_issuer(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Message of the Secretary-General"), ("en", "Secretary-General Condemns Attack"),
    ("en", "Report of the Director General to the Assemblies of WIPO"),
    ("es", "Discurso del Director General ante la Asamblea General"),
    ("fr", "Allocution du Directeur général devant les Assemblées"),
    ("ru", "Выступление Генерального директора"), ("zh", "秘书长关于世界人口日的致辞"),
    # a title and a few characters naming a speech, as short as a Chinese speaker's line,
    # and a speech's kind after a title (t65/hB finding 6)
    ("zh", "秘书长世界人口日致辞"), ("zh", "副秘书长主旨发言"), ("zh", "秘书长的讲话"),
    ("zh", "秘书长新年贺词"), ("zh", "常务副秘书长书面致辞"),
    ("en", "Secretary-General Video Message"), ("en", "Executive Director Keynote Address"),
    ("fr", "Directrice exécutive Message Vidéo"), ("es", "Secretario General Mensaje Especial")])
def test_twins_speech_titles_naming_a_title(lang: str, text: str) -> None:
    assert not speaker_or_issuer(text, lang)


@pytest.mark.parametrize("lang,title,note,under", [
    ("zh", "秘书长世界人口日致辞", "以讲话为准", "2024年7月11日"),
    ("zh", "副秘书长主旨发言", "以讲话为准", "纽约，2024年7月11日"),
    ("zh", "秘书长新年贺词", "以讲话为准", "2024年1月1日"),
    ("en", "Secretary-General Video Message", "Check against delivery", "11 July 2024"),
])
def test_a_speech_title_above_the_delivery_label(tmp_path: Path, lang: str, title: str,
                                                 note: str, under: str) -> None:
    """A speech's title naming a title ("秘书长" and a few characters, as a Chinese speaker's
    line is) above the label is the headline, not the office line (t65/hB finding 6: the
    date under the label had become the headline)."""
    text = {"zh": "今年世界人口日的主题是数据的力量。我们必须确保每个人都被计算在内。",
            "en": "This year's theme is the power of data. We must make sure everyone counts."}
    path = tmp_path / "speech.txt"
    path.write_text(f"{title}\n{note}\n\n{under}\n\n{text[lang]}\n\n{text[lang]}\n",
                    encoding="utf-8")
    release = import_file(path, None, lang).release
    assert kinds(release, "title") == [title]
    assert not kinds(release, "office")
    assert kinds(release, "label") == [note]


def test_a_spokesperson_is_no_speech() -> None:
    """发言人, a spokesperson, holds 发言 (a speech): the spokesperson's line stays one."""
    assert speaker_or_issuer("秘书长发言人", "zh")


@pytest.mark.parametrize("lang,text", [
    ("ar", "المديرة التنفيذية بيان الخطيب"), ("ar", "الأمين العام بيان الخطيب"),
    ("ar", "المديرة التنفيذية السيدة بيان")])
def test_a_name_that_is_a_speech_word_after_a_title(lang: str, text: str) -> None:
    """A speaker's name holding a speech's word after the title, Bayan («بيان»: also "a
    statement"), is a speaker's line: the kind names a speech only as the line's head noun
    (t65/hF finding 7: the speaker's line had become the headline)."""
    assert speaker_or_issuer(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("ar", "بيان للأمين العام"), ("ar", "الأمين العام: رسالة بمناسبة يوم المياه"),
    ("ar", "رسالة المديرة التنفيذية بمناسبة اليوم الدولي"),
    ("en", "Secretary-General's Message on World Cities Day"),
    ("en", "Executive Director Video Message to the Forum"),
    ("fr", "Directrice exécutive : Message à l'occasion de la Journée"),
    ("ru", "Генеральный секретарь — видеообращение")])
def test_twins_a_speech_kind_heading_the_line_after_a_title(lang: str, text: str) -> None:
    """A speech's kind after a title is the line's head noun when a colon, a dash or "'s"
    stands before it, or a preposition or a speech's qualifier after it: a speech's title."""
    assert not speaker_or_issuer(text, lang)


def test_a_speaker_named_bayan_above_the_label(tmp_path: Path) -> None:
    """The Arabic speaker's line holding the name «بيان» stays the office line, and the
    speech's title the headline (t65/hF finding 7)."""
    path = tmp_path / "speech.txt"
    path.write_text("المديرة التنفيذية بيان الخطيب\nالعبرة بالإلقاء\n\n"
                    "افتتاح المنتدى الإقليمي للمياه\n\nأصحاب السعادة، السيدات والسادة،\n\n"
                    "يسعدني أن أكون هنا اليوم.\n", encoding="utf-8")
    release = import_file(path, None, "ar").release
    assert kinds(release, "title") == ["افتتاح المنتدى الإقليمي للمياه"]
    assert kinds(release, "office") == ["المديرة التنفيذية بيان الخطيب"]
