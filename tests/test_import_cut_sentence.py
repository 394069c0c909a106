"""A sentence cut over two lines in a text of a paragraph a line (a block holding a line
longer than a page's): the line ending on a conjunction, or on a comma and as long as the
text's full lines, and the next opening in lower case (in Arabic and Chinese, which have no
capitals: with a letter of that script) is one paragraph (t67/hA F5: UNIS Vienna's "Where:
… UNIS media hub (C0225A) or" / "online – link will be shared upon registration." had been
two); a resolution's preambular paragraphs, a list's items, a poem's lines, an address's and
a speech's addressees, a paragraph a line, are not (t67/hE A)."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import import_text, kinds
from transpub.importer_pages import sentence_goes_on

#: headline, a dateline's paragraph longer than a page's line, the cut sentence's two lines
_CASES = {
    "en": ("UN launches report",
           "VIENNA, 20 June 2023 – The World Drug Report 2023 presents an overview of the "
           "current trends on global drug markets and includes the latest information on drug "
           "use, production and trafficking in every region.",
           "Where: In person at the Vienna International Centre, UNIS media hub (C0225A) or",
           "online – link will be shared upon registration."),
    "fr": ("L’ONU publie son rapport",
           "VIENNE, 20 juin 2023 – Le Rapport mondial sur les drogues 2023 présente un aperçu "
           "des tendances actuelles des marchés mondiaux de la drogue et les dernières "
           "informations sur la consommation.",
           "La présentation aura lieu au Centre international de Vienne, dans la salle de "
           "presse, et", "sera retransmise en ligne."),
    "es": ("La ONU presenta su informe",
           "VIENA, 20 de junio de 2023 – El Informe Mundial sobre las Drogas 2023 presenta un "
           "panorama de las tendencias actuales de los mercados mundiales de drogas y la "
           "información más reciente sobre el consumo.",
           "La presentación será en el Centro Internacional de Viena, en la sala de prensa, o",
           "en línea – el enlace se enviará al inscribirse."),
    "ru": ("ООН представляет доклад",
           "ВЕНА, 20 июня 2023 года – Всемирный доклад о наркотиках 2023 года содержит обзор "
           "текущих тенденций на мировых рынках наркотиков и новейшую информацию о потреблении "
           "наркотиков и их производстве.",
           "Презентация пройдет в Венском международном центре, в пресс-центре ИСООН, или",
           "онлайн – ссылка будет отправлена после регистрации."),
    "zh": ("联合国发布报告",
           "维也纳，2023年6月20日——《2023年世界毒品问题报告》概述了全球毒品市场的当前趋势，并"
           "提供了关于毒品使用、生产和贩运的最新信息，还分析了新冠疫情的影响以及毒品犯罪与影响亚马"
           "逊地区环境的犯罪之间的关联，报告还就各国应对毒品问题的政策提出了一系列具体建议，希望各国"
           "政府和国际社会共同努力加以落实。",
           "发布会将在维也纳国际中心新闻处媒体中心举行，记者可以到场参加或",
           "通过网络在线参加，链接将在登记后发送。"),
    "ar": ("الأمم المتحدة تطلق تقريرها",
           "فيينا، 20 حزيران/يونيه 2023 - يقدم التقرير العالمي عن المخدرات لعام 2023 لمحة عامة "
           "عن الاتجاهات الحالية في أسواق المخدرات العالمية وأحدث المعلومات عن تعاطي المخدرات "
           "وإنتاجها والاتجار بها في جميع المناطق.",
           "سيعقد الحفل في مركز فيينا الدولي، في المركز الإعلامي لدائرة الأمم المتحدة للإعلام، أو",
           "عبر الإنترنت - سيتم إرسال الرابط عند التسجيل."),
}


@pytest.mark.parametrize("lang", list(_CASES))
def test_a_sentence_cut_over_two_lines_is_one_paragraph(tmp_path: Path, lang: str) -> None:
    headline, lead, cut, rest = _CASES[lang]
    release, _ = import_text(tmp_path, f"{headline}\n{lead}\n{cut}\n{rest}\nEnds.\n",
                             lang=lang)
    joiner = "" if lang == "zh" else " "
    assert kinds(release, "p")[1] == cut + joiner + rest


@pytest.mark.parametrize(("line", "below"), [
    # (the next line opens a sentence, a contact's or an item's line)
    ("Omar Gharzeddine, +1 212 297 5028,", "Richard Kollodge, +1 212 297 4992,"),
    ("Speakers include:", "the Executive Director of UNODC."),
    ("The main findings are as follows,", "- drug use is rising;"),
    ("It ends here.", "and so does this."),
    # (a speech's addressees, a line each, in the languages without capitals)
    ("各位阁下，", "女士们，先生们，"),
    ("أصحاب السعادة،", "السيدات والسادة،"),
    ("Mr. President, distinguished delegates, ladies and gentlemen,",
     "it is an honour to address you today."),
    # (a list's last item but one)
    ("improve access to safe water; and", "expand treatment of severe wasting."),
    ("улучшить доступ к чистой воде; и", "расширить лечение истощения."),
])
def test_a_line_that_ends_its_paragraph_is_not_joined(line: str, below: str) -> None:
    # (however long the line: as long as the text's longest)
    assert not sentence_goes_on([line, below], 0, len(line))


@pytest.mark.parametrize(("line", "below"), [
    # (a short line of Arabic or Chinese ending on a comma: a contact's, a heading's)
    ("قصر الأمم،", "جنيف"),
    ("联系人：王先生，", "电话见下"),
    # (a preambular paragraph of a resolution, a list's item, shorter than the text's lines)
    ("ссылаясь на свои предыдущие резолюции и заявления Председателя по ситуации,",
     "постановляет продлить мандат МООНЮС до 30 апреля 2025 года»."),
    ("safe water for 1.2 million people,", "treatment for 300,000 children."),
])
def test_a_short_line_ending_on_a_comma_ends_its_paragraph(line: str, below: str) -> None:
    assert not sentence_goes_on([line, below], 0, 200)


@pytest.mark.parametrize(("above", "line", "below", "width"), [
    # (a list's last item but one, or a poem's line, under the list's or the poem's lines)
    ("treatment for 300,000 children with severe wasting,",
     "vaccination against measles and polio, and", "schooling for 500,000 children.", 200),
    ("the wells remember rain,", "and", "the children still sing.", 200),
    # (a long preambular paragraph over the next: it ends on a comma too)
    ("", "выражая серьезную обеспокоенность продолжающимся насилием в отношении гражданского "
     "населения и ухудшением гуманитарной ситуации во всех районах страны,",
     "признавая, что ситуация в Южном Судане по-прежнему представляет угрозу,", 150),
])
def test_an_enumeration_s_lines_are_not_joined(above: str, line: str, below: str,
                                               width: int) -> None:
    assert not sentence_goes_on([above, line, below], 1, width)


#: (a resolution quoted in a release, its preambular paragraphs a line each, ending on
#: commas; in Russian they open in lower case, in Arabic and Chinese there is no case)
_RESOLUTIONS = {
    "ru": ("Совет Безопасности продлил мандат Миссии в Южном Судане",
           "НЬЮ-ЙОРК, 15 марта 2024 года — Совет Безопасности сегодня единогласно принял "
           "резолюцию 2729 (2024), продлив мандат Миссии Организации Объединенных Наций в "
           "Южном Судане (МООНЮС) до 30 апреля 2025 года.",
           ["«Совет Безопасности,",
            "ссылаясь на свои предыдущие резолюции и заявления Председателя по ситуации в "
            "Южном Судане,",
            "вновь подтверждая свою приверженность суверенитету, независимости и "
            "территориальной целостности Южного Судана,",
            "выражая серьезную обеспокоенность продолжающимся насилием в отношении "
            "гражданского населения,",
            "постановляет продлить мандат МООНЮС до 30 апреля 2025 года»."]),
    "zh": ("安全理事会延长联合国南苏丹特派团任务期限",
           "纽约，2024年3月15日——安全理事会今天一致通过第2729（2024）号决议，将联合国南苏丹特派团"
           "（南苏丹特派团）的任务期限延长至2025年4月30日。安理会成员在表决后发言，强调保护平民和"
           "推动和平进程的重要性，并呼吁各方充分执行和平协议。",
           ["安全理事会，", "回顾其以往关于南苏丹局势的各项决议和主席声明，",
            "重申对南苏丹主权、独立、领土完整和国家统一的坚定承诺，",
            "严重关切针对平民的持续暴力行为以及人道主义局势的恶化，",
            "决定将南苏丹特派团的任务期限延长至2025年4月30日。"]),
    "ar": ("مجلس الأمن يمدد ولاية بعثة الأمم المتحدة في جنوب السودان",
           "نيويورك، 15 آذار/مارس 2024 - اتخذ مجلس الأمن اليوم بالإجماع القرار 2729 (2024)، "
           "ومدد بموجبه ولاية بعثة الأمم المتحدة في جمهورية جنوب السودان حتى 30 نيسان/أبريل "
           "2025، وشدد الأعضاء على أهمية حماية المدنيين.",
           ["إن مجلس الأمن،",
            "إذ يشير إلى قراراته السابقة وبيانات رئيسه بشأن الحالة في جنوب السودان،",
            "وإذ يؤكد من جديد التزامه القوي بسيادة جنوب السودان واستقلاله وسلامته الإقليمية "
            "ووحدته الوطنية،",
            "وإذ يعرب عن بالغ قلقه إزاء استمرار العنف ضد المدنيين وتدهور الحالة الإنسانية،",
            "يقرر تمديد ولاية البعثة حتى 30 نيسان/أبريل 2025."]),
}


@pytest.mark.parametrize("lang", list(_RESOLUTIONS))
def test_a_resolution_s_paragraphs_stay_apart(tmp_path: Path, lang: str) -> None:
    headline, lead, quoted = _RESOLUTIONS[lang]
    release, _ = import_text(tmp_path, "\n".join([headline, lead, *quoted, "Ends."]) + "\n",
                             lang=lang)
    # (the council's name over them aside: Chinese glues it to the lead, as it did before)
    assert kinds(release, "p")[-len(quoted):-1] == quoted[1:]


def test_a_list_a_poem_an_address_and_addressees_stay_lines(tmp_path: Path) -> None:
    lines = ["The appeal will fund:", "safe water for 1.2 million people,",
             "treatment for 300,000 children with severe wasting,",
             "vaccination against measles and polio, and",
             "schooling for 500,000 children out of school.",
             "The poet Amadou Diallo wrote for the launch:", "the river has gone quiet,",
             "the wells remember rain,", "and", "the children still sing.",
             "Palais des Nations,", "avenue de la Paix 8-14,", "1211 Geneva 10, Switzerland",
             "Mr. President, distinguished delegates, ladies and gentlemen,",
             "it is an honour to address you today on behalf of the children of the Sahel."]
    headline, lead, _, _ = _CASES["en"]
    release, _ = import_text(tmp_path, "\n".join([headline, lead, *lines]) + "\n")
    assert kinds(release, "p")[1:] == lines


def test_a_long_line_cut_on_a_comma_is_one_paragraph(tmp_path: Path) -> None:
    # (a paragraph an HTML page broke with a <br> where the window's edge was: its first
    # line as long as the text's longest)
    headline, lead, _, _ = _CASES["en"]
    cut = ("The report, which the Executive Director presented to Member States in Vienna "
           "this morning together with the heads of the regional offices and the chairs of "
           "the Commission on Narcotic Drugs,")
    rest = "finds that the number of people who use drugs has risen to 296 million."
    release, _ = import_text(tmp_path, f"{headline}\n{lead}\n{cut}\n{rest}\nEnds.\n")
    assert kinds(release, "p")[1] == f"{cut} {rest}"


def test_contacts_a_line_each_stay_apart(tmp_path: Path) -> None:
    headline, lead, _, _ = _CASES["en"]
    text = (f"{headline}\n{lead}\nFor information, contact:\nOmar Gharzeddine, +1 212 297 5028,"
            "\nRichard Kollodge, +1 212 297 4992,\n")
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "line")[1:] == ["Omar Gharzeddine, +1 212 297 5028,",
                                          "Richard Kollodge, +1 212 297 4992,"]
