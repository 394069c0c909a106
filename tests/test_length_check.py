"""TP607: a translation much shorter than its source (under half the letters its language
pair's translations have), a part left out. The true cases are the UN Parallel Corpus's own
(its development and test sets: a translation that says half of the sentence); the complete
ones are concise professional translations, units made mostly of names, numbers said in
words, and translations of other kinds the check leaves to others."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _check_units
from transpub.checks.length import expected_ratio, letters

from conftest import Cli

#: (language, source, a translation that leaves a part out): the UN corpus's
OMISSIONS = [
    ("zh", "15. It should be emphasized that humanity depends on biodiversity and therefore "
           "biodiversity is essential for sustainable development.",
     "15. 应该强调，人类离不开生物多样性。"),
    ("fr", "However, it should be noted that there is still a lack of agreement on "
           "methodology to assess the area of forests under sustainable forest management.",
     "Cependant, il convient de noter qu'aucune méthode d'évaluation ne fait l'unanimité."),
    ("ar", "They circled over all Lebanese regions before leaving at 1050 hours over Alma "
           "al-Sha`b.", "غادرتا الساعة 10:50 من فوق علما الشعب."),
    ("ru", "Most recently the 20th session of the Conference of the Parties was held in "
           "December 2014 in Lima, Peru where the IAEA had an information booth and "
           "participated in a UN System side event on climate change and energy.",
     "Совсем недавно, в декабре 2014 года, в Лиме, Перу, состоялась двадцатая сессия "
     "Конференции сторон."),
    ("es", "The outcomes for 2014 indicate that the country's gross domestic product (GDP) "
           "rose by 8.1 per cent, with an 8.3 per cent increase in industrial production, a "
           "6.9 per cent increase in agriculture and a 10.2 per cent increase in construction.",
     "En 2014, el crecimiento del producto interno bruto (PIB) aumentó un 8,1%."),
]

#: complete translations the check must leave alone
COMPLETE = [
    # the sample's own sentence, in each language's published translation
    ("fr", "The Strategic Dialogue reviewed the progress made in the counter-terrorism "
           "cooperation between UNOCT and the State of Qatar since the last Strategic "
           "Dialogue held on 15 December 2019.",
     "Le Dialogue stratégique a permis de faire le point sur les progrès accomplis dans la "
     "coopération en matière de lutte contre le terrorisme entre l’UNOCT et l’État du Qatar "
     "depuis le précédent Dialogue stratégique, tenu le 15 décembre 2019."),
    ("zh", "The Strategic Dialogue reviewed the progress made in the counter-terrorism "
           "cooperation between UNOCT and the State of Qatar since the last Strategic "
           "Dialogue held on 15 December 2019.",
     "战略对话审查了自2019年12月15日举行上一次战略对话以来反恐办与卡塔尔国在反恐合作方面取得的进展。"),
    # mostly names and an address, kept as they are: they count on neither side
    ("zh", "For further information, please contact: Ms. Laurence Gerard, UNOCT, "
           "gerardl@un.org, https://www.un.org/counterterrorism",
     "详情请联系：Laurence Gerard女士，UNOCT，gerardl@un.org，https://www.un.org/counterterrorism"),
    # numbers the source says in words, the translation in digits
    ("fr", "Spain granted eleven scholarships in 2002, eight in 2003, eight in 2004, six in "
           "2006 and one in 2007.",
     "L'Espagne a octroyé 11 bourses en 2002, 8 en 2003, 8 en 2004, 6 en 2006 et 1 en 2007."),
    # a name spelt out before its acronym, which the translation says alone
    ("fr", "The programme was launched at the United Nations Educational, Scientific and "
           "Cultural Organization (UNESCO) World Conference in Nagoya.",
     "Le programme a été lancé à la Conférence mondiale de l'UNESCO à Nagoya."),
    # a short source: not judged
    ("ru", "Secretary-General welcomes the agreement", "Генсек приветствует"),
]


@pytest.mark.parametrize(("lang", "source", "target"), OMISSIONS)
def test_a_part_left_out_is_reported(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                     lang: str, source: str, target: str) -> None:
    found = _check_units(tmp_path, cli_factory, lang, [(source, target)])
    assert [f["code"] for f in found if f["code"] == "TP607"] == ["TP607"], found
    message = next(f["message"] for f in found if f["code"] == "TP607")
    assert message.startswith("the translation is much shorter than its source (")
    assert message.endswith("a part may be left out")


@pytest.mark.parametrize(("lang", "source", "target"), COMPLETE)
def test_a_complete_translation_is_not(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                       lang: str, source: str, target: str) -> None:
    found = _check_units(tmp_path, cli_factory, lang, [(source, target)])
    assert [f for f in found if f["code"] == "TP607"] == []


def test_a_copy_or_a_pseudo_translation_is_left_to_tp603(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """A "translation" in the source's own script (an upper-cased copy, as the benchmark's
    pseudo-translations are) is no translation with a part left out."""
    source = OMISSIONS[0][1]
    for lang in ("zh", "ru", "fr"):
        found = _check_units(tmp_path / lang, cli_factory, lang, [(source, source.upper())])
        assert [f for f in found if f["code"] == "TP607"] == []


def test_letters_leave_out_what_both_sides_write_alike() -> None:
    assert letters("UNOCT met UNODC today", "UNOCT 与 UNODC 今天会面") == (len("mettoday"),
                                                                     len("与今天会面"))
    assert letters("Eleven scholarships", "11 bourses") == (len("scholarships"), len("bourses"))
    assert letters("See <a1>the page</a1> at www.un.org", "Voir <a1>le site</a1>") == (
        len("Seethepageat"), len("Voirlesite"))


def test_the_pairs_measured() -> None:
    assert expected_ratio("en", "zh") == pytest.approx(0.28)
    assert expected_ratio("fr", "en") == pytest.approx(1 / 1.13)
    assert expected_ratio("en", "de") is None and expected_ratio("ja", "en") is None


#: (language, source, a translation holding more than its source): TP610, the SDGs' Russian
#: copy (definitions added, session 59) and a neighbouring sentence pasted after a unit's own
LONGER_CASES = [
    ("ru", "Proportion of schools offering basic services, by type of service",
     "Доля школ, обеспеченных a) электроэнергией; b) доступом к Интернету для учебных целей; "
     "c) компьютерами для учебных целей; d) адаптированной инфраструктурой и материалами для "
     "учащихся-инвалидов; e) базовыми источниками питьевой воды; f) раздельными базовыми "
     "санитарно-техническими средствами; и g) базовыми условиями для мытья рук"),
    ("fr", "The Strategic Dialogue reviewed the progress made in the cooperation since "
           "December 2019.",
     "Le Dialogue stratégique a fait le point sur les progrès accomplis depuis décembre 2019. "
     "Les deux parties ont également examiné les priorités de la coopération future, "
     "notamment l’appui aux victimes du terrorisme, la prévention de l’extrémisme violent "
     "et la protection des cibles vulnérables, ainsi que le financement des programmes "
     "communs pour les deux prochaines années."),
]


@pytest.mark.parametrize(("lang", "source", "target"), LONGER_CASES)
def test_a_translation_holding_more_than_its_source_is_reported(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, source: str,
        target: str) -> None:
    found = _check_units(tmp_path, cli_factory, lang, [(source, target)])
    said = [f["message"] for f in found if f["code"] == "TP610"]
    assert len(said) == 1, found
    assert said[0].startswith("the translation is much longer than its source (")


@pytest.mark.parametrize(("lang", "source", "target"), COMPLETE + OMISSIONS)
def test_complete_and_short_translations_are_not_long(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, source: str,
        target: str) -> None:
    found = _check_units(tmp_path, cli_factory, lang, [(source, target)])
    assert [f for f in found if f["code"] == "TP610"] == []
