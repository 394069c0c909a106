"""``transpub align`` on a translation page without its headline (cepal.org's stored copy
starting at the body; the French of an un.org/sg page, under the English): the importer
reads its first paragraph as the headline, and a headline is one unit, never cut. Its
sentences counted as one, the units they translate had been left empty with a false "the
translation says this unit and the next in one sentence", or filled with a neighbour's
translation (session 64's trial: 3 units wrongly empty, 1 wrong fill, 2 pages). A first
"headline" of several sentences, long or ending as a sentence does, is the text's first
paragraph."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from transpub.alignhead import first_paragraph
from transpub.importer import import_file

from conftest import Cli

RELEASE = """Commission marks 75th anniversary in Santiago

The authorities of the Council recognized the contributions made by the regional commission \
throughout its history, as part of a celebration of its 75th anniversary. The event took \
place in Santiago, Chile, during a special meeting.

The commemoration was led by the Executive Secretary. He thanked the member countries for \
their support over 75 years.
"""
#: each language's page: the two paragraphs, no headline
PAGES = {
    "es": ["Las autoridades del Consejo reconocieron las contribuciones que la comisión regional "
           "ha realizado a lo largo de su historia, durante la celebración de su 75º "
           "aniversario.", "El evento se realizó en Santiago de Chile, durante una reunión "
           "especial.", "La conmemoración estuvo encabezada por el Secretario Ejecutivo.",
           "Este agradeció a los países miembros su apoyo durante 75 años."],
    "fr": ["Les autorités du Conseil ont salué les contributions de la commission régionale "
           "tout au long de son histoire, lors de la célébration de son 75e anniversaire.",
           "L'événement s'est tenu à Santiago du Chili, lors d'une réunion spéciale.",
           "La commémoration était présidée par le Secrétaire exécutif.",
           "Celui-ci a remercié les pays membres de leur soutien pendant 75 ans."],
    "ru": ["Руководство Совета отметило вклад региональной комиссии на протяжении всей ее "
           "истории в ходе празднования ее 75-й годовщины.",
           "Мероприятие прошло в Сантьяго, Чили, в рамках специального заседания.",
           "Церемонию возглавил Исполнительный секретарь.",
           "Он поблагодарил страны-члены за поддержку на протяжении 75 лет."],
    "ar": ["أشادت سلطات المجلس بالإسهامات التي قدمتها اللجنة الإقليمية طوال تاريخها، وذلك في "
           "إطار الاحتفال بالذكرى السنوية الخامسة والسبعين لإنشائها.",
           "وأقيم الحدث في سانتياغو، شيلي، خلال اجتماع خاص.",
           "وترأس الاحتفال الأمين التنفيذي.", "وشكر البلدان الأعضاء على دعمها طوال 75 عاما."],
    "zh": ["理事会当局在庆祝区域委员会成立75周年之际，肯定了该委员会在其历史上作出的贡献。",
           "活动在智利圣地亚哥的一次特别会议期间举行。", "纪念活动由执行秘书主持。",
           "他感谢成员国75年来的支持。"],
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_page_without_its_headline(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                     lang: str) -> None:
    """Each sentence of the first paragraph fills its unit; no "said in one sentence"."""
    sentences = PAGES[lang]
    glue = "" if lang == "zh" else " "
    (tmp_path / "en.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "tr.txt").write_text(glue.join(sentences[:2]) + "\n\n"
                                     + glue.join(sentences[2:]) + "\n", encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    cli.cwd = tmp_path / "ws"
    cli("import", str(tmp_path / "en.txt"), "--slug", "rel")
    cli("extract")
    cli("align", "rel", str(tmp_path / "tr.txt"), "--lang", lang)
    po = polib.pofile(str(tmp_path / "ws" / "locales" / lang / "LC_MESSAGES" / "rel.po"))
    assert [entry.msgstr for entry in po if entry.msgctxt != "title"] == sentences, cli.out
    assert "one sentence" not in cli.out and not any(entry.tcomment and "one sentence" in
                                                     entry.tcomment for entry in po), cli.out


@pytest.mark.parametrize(("first", "lang", "paragraph"), [
    # (a paragraph: several sentences, long or ending as a sentence does)
    (" ".join(PAGES["es"][:2]), "es", True),
    ("".join(PAGES["zh"][:2]), "zh", True),
    ("Le Programme de développement durable à l'horizon 2030, l'Accord de Paris et le Cadre "
     "de Sendai nous montrent la marche à suivre. Nos villes et", "fr", True),
    # (a headline: one sentence, however long; two short ones not ending as a sentence)
    ("Las autoridades del Consejo reconocieron las contribuciones que la comisión regional ha "
     "realizado a lo largo de su historia, durante la celebración de su 75º aniversario.",
     "es", False),
    ("Генеральный секретарь назначил нового Специального посланника", "ru", False),
    ("Guterres in Kyiv. Talks on grain exports", "en", False),
    ("世界城市日致辞", "zh", False),
])
def test_a_first_paragraph_read_for_a_headline(tmp_path: Path, first: str, lang: str,
                                               paragraph: bool) -> None:
    path = tmp_path / "page.txt"
    path.write_text(f"{first}\n\n{PAGES['es'][2]} {PAGES['es'][3]}\n", encoding="utf-8")
    release = import_file(path, "page", lang, headline=False).release
    kinds = [block.kind for block in first_paragraph(release, lang).blocks]
    assert kinds[0] == ("p" if paragraph else "title"), kinds
