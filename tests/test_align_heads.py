"""``transpub align`` on a translation page's head: a web page's controls (its skip link,
its language switcher's "English"), a site's category line («Declaraciones Múltiples
mecanismos»), a label and a date line stand above the translated headline and salutation,
more lines or fewer than the release's head. Each pairs with nothing, a date line with a
date line only: the headline and the salutation are paired with their own. (A trial on 10
OHCHR statements' published translations: 16 of 20 wrong pairs were such head lines paired
with a title, a salutation or a heading, while the real salutation stayed unpaired.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from transpub.align import _CHROME, _DATE, _LABEL, _TEXT, _kind, align
from transpub.model import Segment


def _segments(texts: list[str], prefix: str) -> list[Segment]:
    return [Segment(f"{prefix}{k}", text, f"{prefix}{k}", "p", "", 0)
            for k, text in enumerate(texts)]


BODY_EN = [
    "The leaders of countries are called to make many difficult decisions in the turbulence "
    "of today's events.",
    "Participation is a right, and it is also a means that ensures better, more effective "
    "policy.",
    "All over the world, people clearly manifest their rightful demand to have a role in "
    "shaping policy."]
#: a statement's head: its headline, its byline, its salutations
HEAD_EN = [
    "High Commissioner's global update to the 52nd session",
    "Statement by the High Commissioner for Human Rights",
    "Distinguished President,",
    "I welcome you as a proud representative of the Pacific, recognising the unique "
    "contribution of small island states to this Council.",
    "Excellencies,", "Colleagues and friends,"]


@pytest.mark.parametrize(("lang", "page", "wanted"), [
    # (the page's controls, a label and its date above the headline and the salutations:
    # the label had paired with the byline, the date with the salutation)
    ("zh", ["English", "发言稿", "高级专员向第52届会议介绍全球最新情况", "2023年3月3日",
            "尊敬的主席：",
            "欢迎你作为太平洋区域的光荣代表担任本会议主席，"
            "这是对太平洋和小岛屿国家对理事会做出的独特贡献的一种肯定。",
            "各位阁下，", "同事们，朋友们，",
            "各国领导人身负重任，面对当前纷乱的局势，需要做出众多艰难的决策。",
            "参与是一项权利，也是确保政策更合理、更有效的手段。",
            "世界各地的民众都在明确表达正当诉求，要求在政策制定中发挥作用。"],
     {0: 2, 2: 4, 3: 5, 4: 6, 5: 7}),
    # (a page without the translated headline: its skip link had paired with the headline,
    # its category line with the byline)
    ("es", ["Skip to main content", "Declaraciones Múltiples mecanismos", "English",
            "3 de marzo de 2023", "Distinguido Presidente:",
            "Le doy la bienvenida como orgulloso representante del Pacífico, en reconocimiento "
            "de la singular contribución de los pequeños Estados insulares a este Consejo.",
            "Excelencias:", "Colegas y amigos:",
            "Los dirigentes de los países están llamados a tomar muchas decisiones difíciles en "
            "la turbulencia de los acontecimientos actuales.",
            "La participación es un derecho, y también un medio que garantiza políticas mejores "
            "y más eficaces.",
            "En todo el mundo, las personas manifiestan claramente su legítima exigencia de "
            "participar en la formulación de políticas."],
     {2: 4, 3: 5, 4: 6, 5: 7}),
])
def test_a_pages_head_pairs_its_own_lines(lang: str, page: list[str],
                                          wanted: dict[int, int]) -> None:
    source = _segments([*HEAD_EN, *BODY_EN], "s")
    target = _segments(page, "t")
    pairs = {p.source[0]: p.target for p in align(source, target, (), ("en", lang))
             if len(p.source) == 1 and p.target}
    head = len(page) - len(BODY_EN)
    wanted |= {len(HEAD_EN) + k: head + k for k in range(len(BODY_EN))}
    assert pairs == {unit: (sentence,) for unit, sentence in wanted.items()}


def test_a_date_line_pairs_with_a_date_line_only() -> None:
    """The release's dateline ("Geneva, 3 March 2023") pairs with the page's date («3 марта
    2023 г.»), or with nothing: not with the page's category line (which it had), whose
    headline says the release's head in one line."""
    source = _segments(["Human Rights Council 52nd session", "Opening statement by",
                        "Volker Türk", "Geneva, 3 March 2023", "Excellencies,", *BODY_EN], "s")
    target = _segments([
        "Заявления Различные механизмы",
        "Вступительное заявление Верховного комиссара ООН по правам человека Фолькера Тюрка "
        "на 52-й сессии Совета по правам человека", "3 марта 2023 г.", "Дамы и господа,",
        "Руководители стран призваны принимать множество трудных решений в условиях "
        "нынешних бурных событий.",
        "Участие является правом, а также средством, обеспечивающим более качественную и "
        "эффективную политику.",
        "Во всем мире люди ясно заявляют о своем законном требовании участвовать в "
        "формировании политики."], "t")
    pairs = {p.source[0]: p.target for p in align(source, target, (), ("en", "ru"))
             if len(p.source) == 1 and p.target}
    assert pairs.get(3) == (2,) and pairs.get(4) == (3,), pairs
    assert all(0 not in sentences for sentences in pairs.values()), pairs


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("Skip to main content", "en", _CHROME), ("English", "zh", _CHROME),
    ("Français | Español", "ar", _CHROME), ("Header image for news printout", "zh", _CHROME),
    ("Declaraciones Múltiples mecanismos", "es", _LABEL), ("发言稿", "zh", _LABEL),
    ("讲话 人权事务高级专员办事处", "zh", _LABEL),
    ("Press releases Human Rights Council", "en", _LABEL),
    ("2021年2月26日", "zh", _DATE), ("格里昂，2014年5月13日", "zh", _DATE),
    ("Geneva, 14 September 2015", "en", _DATE), ("24 июня 2019 г.", "ru", _DATE),
    ("Distinguished President,", "en", _TEXT), ("English is spoken here.", "en", _TEXT),
    ("Statements by the Secretary-General", "en", _TEXT),
    ("On 14 September 2015 the Council met.", "en", _TEXT),
    ("41st session of the Human Rights Council", "en", _TEXT),
])
def test_what_a_line_is(text: str, lang: str, kind: int) -> None:
    assert _kind(text, lang) == kind


def test_import_removes_a_pages_controls(tmp_path: Path) -> None:
    """The importer's own reading, which ``align`` reads too: a copied page's skip link
    and its language switcher are furniture (after the text's first paragraph, the head's)."""
    from transpub.importer import import_file

    path = tmp_path / "page.txt"
    path.write_text("Council opens its session\n\nSkip to main content\n\nEnglish\n\n"
                    "GENEVA (10 September 2018) - The Council opened its session today and "
                    "heard its President.\n", encoding="utf-8")
    imported = import_file(path, "page", "en")
    assert [text for _, text in imported.removed] == ["Skip to main content", "English"]
    assert imported.release.title == "Council opens its session"
