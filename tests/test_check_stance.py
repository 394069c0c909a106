"""TP313: what a body said of something keeps its sense ("condemned" is not «a salué",
"rejected" not «adopté»).

The wrong cases are the class session 44's round found unseen (meanings reversed, every name,
date and number right); the right ones are how the UN's documents write the same verbs, as the
UN Parallel Corpus's translations do («se réjouit de», «إدانته», «la adopción», «Принимая»,
«感到高兴»), each of which a first version did not read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import findings_by_case
from transpub.checks.stance import DECISION, STANCE, _said

from conftest import Cli

_CONDEMN = "The Security Council condemned in the strongest terms the attack on the convoy."
_WELCOME = "The Secretary-General welcomed the agreement reached by the parties."
_REJECT = "The draft resolution was rejected, having failed to obtain the required majority."
_BOTH = "The Council welcomed the ceasefire and condemned the attacks on civilians."

CASES = [
    ("fr", _CONDEMN, "Le Conseil de sécurité a condamné dans les termes les plus énergiques "
     "l'attaque contre le convoi.", []),
    ("fr", _CONDEMN, "Le Conseil de sécurité a salué dans les termes les plus énergiques "
     "l'attaque contre le convoi.", ["TP313"]),
    ("fr", _WELCOME, "Le Secrétaire général se réjouit de l'accord conclu par les parties.", []),
    ("fr", _REJECT, "Le projet de résolution a été rejeté, faute d'avoir obtenu la majorité "
     "requise.", []),
    ("fr", _REJECT, "Le projet de résolution a été adopté, faute d'avoir obtenu la majorité "
     "requise.", ["TP313"]),
    ("fr", _BOTH, "Le Conseil a salué le cessez-le-feu et condamné les attaques contre les "
     "civils.", []),
    ("es", _CONDEMN, "El Consejo de Seguridad condenó en los términos más enérgicos el ataque "
     "contra el convoy.", []),
    ("es", _WELCOME, "El Secretario General condenó el acuerdo alcanzado por las partes.",
     ["TP313"]),
    ("es", _REJECT, "El proyecto de resolución fue rechazado al no obtener la mayoría "
     "requerida.", []),
    ("ru", _CONDEMN, "Совет Безопасности самым решительным образом осудил нападение на "
     "конвой.", []),
    ("ru", _CONDEMN, "Совет Безопасности самым решительным образом приветствовал нападение на "
     "конвой.", ["TP313"]),
    ("ru", _REJECT, "Проект резолюции был отклонен, поскольку не получил необходимого "
     "большинства.", []),
    ("zh", _CONDEMN, "安全理事会以最强烈的措辞谴责对车队的袭击。", []),
    ("zh", _WELCOME, "秘书长对各方达成的协议感到高兴。", []),
    ("zh", _WELCOME, "秘书长谴责各方达成的协议。", ["TP313"]),
    ("ar", _CONDEMN, "وأدان مجلس الأمن بأشد العبارات الهجوم على القافلة.", []),
    ("ar", _CONDEMN, "ورحّب مجلس الأمن بأشد العبارات بالهجوم على القافلة.", ["TP313"]),
    ("ar", _REJECT, "ورُفض مشروع القرار لعدم حصوله على الأغلبية المطلوبة.", []),
    ("ar", _REJECT, "واعتُمد مشروع القرار لعدم حصوله على الأغلبية المطلوبة.", ["TP313"]),
    # a verb of the other side negated is this side said otherwise: "rejected" is «n'a pas
    # été adopté», «no fue aprobado», «не был принят», «لم يتم اعتماد»
    ("fr", _REJECT, "Le projet de résolution n'a pas été adopté, faute d'avoir obtenu la "
     "majorité requise.", []),
    ("es", _REJECT, "El proyecto de resolución no fue aprobado al no obtener la mayoría "
     "requerida.", []),
    ("ru", _REJECT, "Проект резолюции не был принят, поскольку не получил необходимого "
     "большинства.", []),
    ("ar", _REJECT, "ولم يتم اعتماد مشروع القرار لعدم حصوله على الأغلبية المطلوبة.", []),
    ("fr", "The Council did not adopt the draft resolution.",
     "Le Conseil a rejeté le projet de résolution.", []),
    # a verb the translation's may also render (WMT 2024: «приняли» for "admitted")
    ("ru", "Initial applications to Harvard were rejected, but he was eventually admitted.",
     "Его первые попытки поступить в Гарвард провалились, но в итоге его приняли.", []),
    ("ru", "Initial applications to Harvard were rejected.",
     "Первые заявления в Гарвард были приняты.", ["TP313"]),
    ("fr", "The Council condemned the attack and paid tribute to the peacekeepers.",
     "Le Conseil a salué la mémoire des Casques bleus.", []),
    # "not only", "did not hesitate to": still said
    ("fr", "The Council not only welcomed the agreement but pledged its support.",
     "Le Conseil a non seulement condamné l'accord mais promis son soutien.", ["TP313"]),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_meaning_reversed(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                          lang: str) -> None:
    found = findings_by_case(tmp_path, cli_factory, lang, CASES,
                             lambda f: f["code"] == "TP313")
    assert {i: sorted({f["code"] for f in fs}) for i, fs in found.items()} == {
        i: CASES[i][3] for i in found}


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("ar", "يؤكد مجددا إدانته لاستخدام الأسلحة الكيميائية", {STANCE: (False, True)}),
    ("ar", "تقرر اعتماد القرار", {DECISION: (True, False)}),
    ("es", "Diez años después de la adopción del Marco", {DECISION: (True, False)}),
    ("es", "para que rechacen los actos de violencia", {DECISION: (False, True)}),
    ("es", "La reunión se celebró en Ginebra", {}),  # («celebrar»: to hold a meeting)
    ("ru", "Принимая прилагаемое коммюнике", {DECISION: (True, False)}),
    ("fr", "une salle de réunion", {}),
    ("en", "unacceptable", {}),
    ("en", "The draft was not adopted", {}),
    ("en", "has not yet been approved", {}),
    ("en", "The Council did not hesitate to condemn", {STANCE: (False, True)}),
    ("fr", "ne l'approuve pas", {}),
    ("fr", "ne cesse de condamner", {STANCE: (False, True)}),
    ("ru", "не только приветствует", {STANCE: (True, False)}),
    ("zh", "不欢迎", {}),
])
def test_said(lang: str, text: str, said: dict[str, tuple[bool, bool]]) -> None:
    assert _said(text, lang) == said
