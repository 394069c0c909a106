"""Forms of the UN's own translations that TP107, TP304 and TP308 misread, found by checking
lines 1,501-4,000 of the United Nations Parallel Corpus's test set and its whole development
set (tests/corpus_real/SOURCES.md; the United Nations is their source), and twins that must
stay findings.

- TP107: the UN's short names where CLDR's differ («el Iraq», «Malí», «Rwanda», «Nueva
  Zelandia», «Libéria», «Nigéria», «سورية», «شيلي», «ليبريا», «بنن», «联合王国»); Arabic
  written with vowel marks, tatweel or another hamza seat («سلطنة عُمان», «تنـزانيا»,
  «أسبانيا»); Russian names in the cases their nominative's ending did not give («Китая»,
  «Уругваем», «Маврикием», «Израиля», «в Чаде», «Филиппин», «Коморским Островам»); a
  hyphenated name written with a space ("Guinea Bissau"); a name after a prefix's hyphen
  ("the anti-Democratic People's Republic of Korea hearing" is no "Republic of Korea"); a
  mission or group whose name a translation spells out ("ISIL" → «Islamic State in Iraq and
  the Levant», "MINUSMA" → «… in Mali», "LCBC" → «Lake Chad Basin Commission»).
- TP304: a proportion's numerator in figures or hyphenated («2 terceras partes»,
  «les deux-tiers»).
- TP308: Russian «в возрасте» (at the age of) is no increase («возрос»).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import findings_by_case, warned_by_case
from transpub.checks.countries import countries_in
from transpub.proportions import share_values

from conftest import Cli

READINGS = [
    ("es", "el Iraq, Malí, Rwanda, Nueva Zelandia, el Estado de Qatar, la Arabia Saudita, "
     "Kenya, Benin, Guinea Bissau", ["IQ", "ML", "RW", "NZ", "QA", "SA", "KE", "BJ", "GW"]),
    ("fr", "l'Iraq, au Libéria, du Nigéria, la Guinée-Bissau", ["IQ", "LR", "NG", "GW"]),
    ("en", "Guinea-Bissau and Guinea Bissau", ["GW", "GW"]),
    ("en", "organizing the anti-Democratic People's Republic of Korea \"hearing\"", ["KP"]),
    ("en", "a pro-Russian Federation stance", ["RU"]),
    ("ar", "سورية وشيلي وليبريا وبنن والدنمارك وسري لانكا", ["SY", "CL", "LR", "BJ", "DK", "LK"]),
    ("ar", "سلطنة عُمان، جمهورية تنـزانيا المتحدة، أسبانيا", ["OM", "TZ", "ES"]),
    ("ru", "Китая, Уругваем, Маврикием, Израиля, в Чаде, Филиппин, Коморским Островам, "
     "Объединенным Арабским Эмиратам, Брунея-Даруссалама",
     ["CN", "UY", "MU", "IL", "TD", "PH", "KM", "AE", "BN"]),
    ("ru", "Центральноафриканской Республике, Южной Африки, Кыргызстана",
     ["CF", "ZA", "KG"]),
    ("zh", "联合王国、德意志联邦共和国、南朝鲜", ["GB", "DE", "KR"]),
]


@pytest.mark.parametrize(("lang", "text", "codes"), READINGS)
def test_un_forms_read(lang: str, text: str, codes: list[str]) -> None:
    assert [code for code, _ in countries_in(text, lang)] == codes


def test_arabic_name_reported_as_written() -> None:
    """A name read without its marks is reported with them, as the translation writes it."""
    assert countries_in("وتعرب سلطنة عُمان عن التزامها", "ar") == (("OM", "سلطنة عُمان"),)


_ISIL = ("As indicated by the Commissioner General of the United Nations Relief and Works Agency "
         "for Palestine Refugees in the Near East (UNRWA), the situation in the camp has "
         "deteriorated following the takeover of the camp by terrorists affiliated with ISIL.")
CASES = [
    # devset-0070: Benin in the UN's Arabic and Spanish; "LCBC" spelt out names Lake Chad
    ("ar", "The Security Council urges the LCBC Member States and Benin to undertake further "
     "planning.", "ويحث مجلس الأمن الدول الأعضاء في لجنة حوض بحيرة تشاد وبنن على مواصلة "
     "التخطيط.", False),
    ("ar", "The Security Council urges the LCBC Member States and Benin to undertake further "
     "planning.", "ويحث مجلس الأمن الدول الأعضاء في لجنة حوض بحيرة تشاد وتوغو على مواصلة "
     "التخطيط.", True),
    ("es", "The Security Council urges the LCBC Member States and Benin to undertake further "
     "planning.", "El Consejo de Seguridad insta a los Estados miembros de la Comisión de la "
     "Cuenca del Lago Chad y a Benin a que prosigan las labores de planificación.", False),
    ("es", "The Security Council urges the LCBC Member States and Benin to undertake further "
     "planning.", "El Consejo de Seguridad insta a los Estados miembros de la Comisión de la "
     "Cuenca del Lago Chad y a Ghana a que prosigan las labores de planificación.", True),
    # devset-2028: «الدنمارك»; MINUSMA spelt out names Mali
    ("ar", "I intend to appoint Major General Michael Lollesgaard (Denmark) as Force Commander "
     "of MINUSMA.", "أود أن أبلغكم باعتزامي تعيين اللواء مايكل لوليسغارد (الدنمارك)، في منصب "
     "قائد قوة بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي.", False),
    ("ar", "I intend to appoint Major General Michael Lollesgaard (Denmark) as Force Commander "
     "of MINUSMA.", "أود أن أبلغكم باعتزامي تعيين اللواء مايكل لوليسغارد (النرويج)، في منصب "
     "قائد قوة بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي.", True),
    # devset-2737: a hyphen written as a space
    ("es", "UNIOGBIS should engage with the authorities of Guinea-Bissau.",
     "La UNIOGBIS debería entablar contactos con las autoridades de Guinea Bissau.", False),
    ("es", "UNIOGBIS should engage with the authorities of Guinea-Bissau.",
     "La UNIOGBIS debería entablar contactos con las autoridades de Guinea.", True),
    # devset-2277: 南朝鲜 is South Korea, not 朝鲜 inside it
    ("zh", "South Korea has already conducted the joint military exercises.",
     "南朝鲜已经开展了联合军事演习。", False),
    ("zh", "South Korea has already conducted the joint military exercises.",
     "日本已经开展了联合军事演习。", True),
    # devset-1052: a true error of the corpus, kept
    ("zh", "Current projects provide support for children in Latvia and the Republic of "
     "Moldova.", "当前的项目向立陶宛儿童和摩尔多瓦儿童提供支助。", True),
    ("zh", "Current projects provide support for children in Latvia and the Republic of "
     "Moldova.", "当前的项目向拉脱维亚儿童和摩尔多瓦儿童提供支助。", False),
    # testset-2591: ISIL spelt out names Iraq
    ("ru", _ISIL, "Как сообщил Генеральный комиссар Ближневосточного агентства Организации "
     "Объединенных Наций для помощи палестинским беженцам и организации работ (БАПОР), "
     "положение в лагере резко ухудшилось после того, как он был захвачен террористами, "
     "связанными с <<Исламским государством Ирака и Леванта>>.", False),
    ("ar", _ISIL, "وعلى نحو ما بيّن المفوض العام لوكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين "
     "الفلسطينيين في الشرق الأدنى (الأونروا)، تتدهور الحالة في المخيم في أعقاب استيلاء "
     "إرهابيين مرتبطين بتنظيم الدولة الإسلامية في العراق والشام على المخيم.", False),
    ("ru", "The situation in Mali has deteriorated.", "Положение в Ираке ухудшилось.", True),
    # the UN's Russian names in their cases
    ("ru", "Ambassador Cristián Barros Melet (Chile) and the delegation of China",
     "посол Кристиан Баррос Мелет (Чили) и делегация Китая", False),
    ("ru", "Ambassador Cristián Barros Melet (Chile) and the delegation of China",
     "посол Кристиан Баррос Мелет (Чили) и делегация Японии", True),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_un_forms_checked(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    found, wanted = warned_by_case(tmp_path, cli_factory, lang, CASES, "TP107")
    assert found == wanted


@pytest.mark.parametrize(("lang", "text", "values"), [
    ("es", "2 terceras partes se dieron en niñas", {66.666667}),
    ("fr", "Les deux-tiers des 250 000 nouvelles infections", {66.666667}),
    ("en", "2 thirds of them", {66.666667}),
    ("es", "el 2 de enero", set()),
])
def test_proportion_numerator_in_figures(lang: str, text: str, values: set[float]) -> None:
    assert share_values(text, lang) == values


_THIRDS = ("Of the 250,000 new HIV infections among adolescents in 2013, two thirds were among "
           "girls.")
OTHER_CASES = [
    # testset-2786
    ("es", _THIRDS, "De las 250.000 nuevas infecciones por VIH que se produjeron entre "
     "adolescentes en 2013, 2 terceras partes se dieron en niñas.", None),
    ("es", _THIRDS, "De las 250.000 nuevas infecciones por VIH que se produjeron entre "
     "adolescentes en 2013, 3 cuartas partes se dieron en niñas.", "TP304"),
    ("fr", _THIRDS, "Les deux-tiers des 250 000 nouvelles infections à VIH enregistrées chez "
     "les adolescents en 2013 ont concerné des filles.", None),
    ("fr", _THIRDS, "Les trois quarts des 250 000 nouvelles infections à VIH enregistrées chez "
     "les adolescents en 2013 ont concerné des filles.", "TP304"),
    # devset-1240: «в возрасте до пяти лет» is an age, not a rise
    ("ru", "While the deaths of children under age five declined, nearly 18,000 children under "
     "five years of age died every day in 2012.", "Несмотря на снижение уровня смертности детей "
     "в возрасте до пяти лет, в 2012 году ежедневно умирало около 18 000 детей этой возрастной "
     "категории.", None),
    ("ru", "The number of deaths declined to 18,000 in 2012.",
     "Число смертей возросло до 18 000 в 2012 году.", "TP308"),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in OTHER_CASES}))
def test_un_forms_other_checks(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                               lang: str) -> None:
    found = findings_by_case(tmp_path, cli_factory, lang, OTHER_CASES,
                             lambda f: f["code"] in ("TP304", "TP308"))
    assert {i: [f["code"] for f in fs] for i, fs in found.items()} == {
        i: [OTHER_CASES[i][3]] if OTHER_CASES[i][3] else [] for i in found}
