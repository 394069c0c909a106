"""A sentence cut over two lines in a text of a paragraph a line (a block holding a line
longer than a page's): the line ending on a conjunction or a comma and the next opening in
lower case (in Arabic and Chinese, which have no capitals: a sentence's long line ending on
its script's comma or conjunction, the next opening with a letter of that script) is one
paragraph (t67/hA F5: UNIS Vienna's "Where: … UNIS media hub (C0225A) or" / "online – link
will be shared upon registration." had been two)."""

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
           "Презентация пройдет в Венском международном центре, в пресс-центре ИСООН,",
           "а также онлайн – ссылка будет отправлена после регистрации."),
    "zh": ("联合国发布报告",
           "维也纳，2023年6月20日——《2023年世界毒品问题报告》概述了全球毒品市场的当前趋势，并"
           "提供了关于毒品使用、生产和贩运的最新信息，还分析了新冠疫情的影响以及毒品犯罪与影响亚马"
           "逊地区环境的犯罪之间的关联，报告还就各国应对毒品问题的政策提出了一系列具体建议，希望各国"
           "政府和国际社会共同努力加以落实。",
           "发布会将在维也纳国际中心新闻处媒体中心举行，记者也可以通过网络在线参加，",
           "链接将在登记后发送。"),
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
    # (a short line of Arabic or Chinese ending on a comma: a contact's, a heading's)
    ("قصر الأمم،", "جنيف"),
    ("联系人：王先生，", "电话见下"),
])
def test_a_line_that_ends_its_paragraph_is_not_joined(line: str, below: str) -> None:
    assert not sentence_goes_on(line, below)


def test_contacts_a_line_each_stay_apart(tmp_path: Path) -> None:
    headline, lead, _, _ = _CASES["en"]
    text = (f"{headline}\n{lead}\nFor information, contact:\nOmar Gharzeddine, +1 212 297 5028,"
            "\nRichard Kollodge, +1 212 297 4992,\n")
    release, _ = import_text(tmp_path, text)
    assert kinds(release, "line")[1:] == ["Omar Gharzeddine, +1 212 297 5028,",
                                          "Richard Kollodge, +1 212 297 4992,"]
