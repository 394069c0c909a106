"""TP315: a special procedure keeps its subject ("the Special Rapporteur on the right to food"
is not «la Rapporteuse spéciale sur le droit à l'éducation»).

The wrong cases are the class session 44's round found unseen (ten mandates changed, the
person and the title right); the right ones are the titles as the UN writes them in the six
languages, and the ones a first version read too far: the sentence after a title («… a déclaré
que les détenus manquaient de nourriture») is not its subject.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import findings_by_case
from transpub.checks.mandates import _subjects

from conftest import Cli

_FOOD = ("The Special Rapporteur on the right to food, Michael Fakhri, said that famine was "
         "being used as a weapon of war.")
_WGAD = "The Working Group on Arbitrary Detention found the detention of the journalist arbitrary."
_TORTURE = "The Special Rapporteur on torture said the detainees lacked food and water."

CASES = [
    ("fr", _FOOD, "Le Rapporteur spécial sur le droit à l'alimentation, Michael Fakhri, a "
     "déclaré que la famine était utilisée comme arme de guerre.", []),
    ("fr", _FOOD, "Le Rapporteur spécial sur le droit à l'éducation, Michael Fakhri, a "
     "déclaré que la famine était utilisée comme arme de guerre.", ["TP315"]),
    ("fr", _TORTURE, "Le Rapporteur spécial sur la torture a déclaré que les détenus "
     "manquaient de nourriture et d'eau.", []),
    ("es", _FOOD, "El Relator Especial sobre el derecho a la alimentación, Michael Fakhri, "
     "afirmó que el hambre se utilizaba como arma de guerra.", []),
    ("es", _WGAD, "El Grupo de Trabajo sobre las Desapariciones Forzadas consideró arbitraria "
     "la detención del periodista.", ["TP315"]),
    ("ru", _FOOD, "Специальный докладчик по вопросу о праве на питание Майкл Фахри заявил, что "
     "голод используется в качестве оружия войны.", []),
    ("ru", _WGAD, "Рабочая группа по насильственным исчезновениям признала задержание "
     "журналиста произвольным.", ["TP315"]),
    ("zh", _FOOD, "食物权问题特别报告员迈克尔·法赫里说，饥荒正被用作战争武器。", []),
    ("zh", _FOOD, "受教育权问题特别报告员迈克尔·法赫里说，饥荒正被用作战争武器。", ["TP315"]),
    ("ar", _FOOD, "وقال المقرر الخاص المعني بالحق في الغذاء، مايكل فخري، إن التجويع يستخدم "
     "سلاحا في الحرب.", []),
    ("ar", _WGAD, "ورأى الفريق العامل المعني بالاحتجاز التعسفي أن احتجاز الصحفي تعسفي.", []),
    ("ar", _WGAD, "ورأى الفريق العامل المعني بحالات الاختفاء القسري أن احتجاز الصحفي تعسفي.",
     ["TP315"]),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_mandate(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    found = findings_by_case(tmp_path, cli_factory, lang, CASES,
                             lambda f: f["code"] == "TP315")
    assert {i: sorted({f["code"] for f in fs}) for i, fs in found.items()} == {
        i: CASES[i][3] for i in found}


@pytest.mark.parametrize(("lang", "text", "subjects"), [
    ("en", "the Special Rapporteur on torture said the detainees lacked food", {"torture"}),
    ("en", "Special Rapporteur on extrajudicial, summary or arbitrary executions", set()),
    ("ar", "والمقررة الخاصة السابقة المعنية بمسألة الفقر المدقع", {"poverty"}),
    ("zh", "前任赤贫和人权问题特别报告员", {"poverty"}),
    ("zh", "秘书长在纽约与残疾人权利问题特别报告员会面", {"disability"}),
    ("fr", "le Groupe de travail sur la détention arbitraire", {"detention"}),
])
def test_subjects(lang: str, text: str, subjects: set[str]) -> None:
    assert _subjects(text, lang) == subjects
