"""TP312: an event keeps its side of the time line ("before the vote" is not «après le vote»).

The wrong cases are the class session 44's round found unseen (explanations of vote before the
vote turned into after it); the right ones are how the UN's meetings coverage and documents
write the same bounds, and the lists that name an event for both sides, as the UN Parallel
Corpus's translations write them («قبل الانتخابات وأثناءها وبعدها», «选举之前、期间和之后»:
its two units of that kind were the check's only false alarms on 40,000 units before the
lists were read).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import findings_by_case
from transpub.checks.eventorder import AFTER, BEFORE, _sides

from conftest import Cli

_VOTE = ("Speaking in explanation of vote before the vote were the representatives of Iran "
         "and Syria.")
_ADOPT = "After the adoption of the resolution, the President of the Council spoke."
_POLLS = ("They encouraged the parties to refrain from any acts of violence before, during "
          "or after the elections.")
_AHEAD = "The Secretary-General will travel to Addis Ababa ahead of the summit."

CASES = [
    ("fr", _VOTE, "Ont expliqué leur vote avant le vote les représentants de l'Iran et de la "
     "Syrie.", []),
    ("fr", _VOTE, "Ont expliqué leur vote après le vote les représentants de l'Iran et de la "
     "Syrie.", ["TP312"]),
    ("fr", _ADOPT, "À l'issue de l'adoption de la résolution, le Président du Conseil a pris "
     "la parole.", []),
    ("fr", _ADOPT, "Avant l'adoption de la résolution, le Président du Conseil a pris la "
     "parole.", ["TP312"]),
    ("es", _VOTE, "Antes de la votación, explicaron su voto los representantes del Irán y de "
     "Siria.", []),
    ("es", _VOTE, "Después de la votación, explicaron su voto los representantes del Irán y de "
     "Siria.", ["TP312"]),
    ("es", _POLLS, "Alentaron a las partes a abstenerse de todo acto de violencia antes, "
     "durante y después de las elecciones.", []),
    ("ru", _VOTE, "Перед голосованием с разъяснением мотивов голосования выступили "
     "представители Ирана и Сирии.", []),
    ("ru", _VOTE, "После голосования с разъяснением мотивов голосования выступили "
     "представители Ирана и Сирии.", ["TP312"]),
    ("ru", _ADOPT, "После принятия резолюции выступил Председатель Совета.", []),
    ("ru", _POLLS, "Они призвали стороны воздерживаться от любых актов насилия до, во время и "
     "после выборов.", []),
    ("zh", _VOTE, "表决前，伊朗和叙利亚代表作了解释投票发言。", []),
    ("zh", _VOTE, "表决后，伊朗和叙利亚代表作了解释投票发言。", ["TP312"]),
    ("zh", _POLLS, "他们鼓励各方在选举之前、期间和之后戒除一切暴力行为。", []),
    ("zh", _AHEAD, "秘书长将在峰会之后前往亚的斯亚贝巴。", ["TP312"]),
    ("ar", _VOTE, "وقبل التصويت، تكلم ممثلا إيران وسوريا تعليلا للتصويت.", []),
    ("ar", _VOTE, "وبعد التصويت، تكلم ممثلا إيران وسوريا تعليلا للتصويت.", ["TP312"]),
    ("ar", _POLLS, "وشجعوا الأطراف على الامتناع عن أي أعمال عنف قبل الانتخابات وأثناءها "
     "وبعدها.", []),
    ("ar", _ADOPT, "وبعد اعتماد القرار، تكلم رئيس المجلس.", []),
    # a bound the translation leaves out is no change of side
    ("fr", _AHEAD, "Le Secrétaire général se rendra à Addis-Abeba en prévision du sommet.", []),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_event_side(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    found = findings_by_case(tmp_path, cli_factory, lang, CASES,
                             lambda f: f["code"] == "TP312")
    assert {i: sorted({f["code"] for f in fs}) for i, fs in found.items()} == {
        i: CASES[i][3] for i in found}


@pytest.mark.parametrize(("lang", "text", "sides"), [
    ("en", "at the following meeting", {}),  # (the next one: no bound)
    ("en", "following the meeting", {"meeting": {AFTER}}),
    ("en", "in the run-up to the elections", {"elections": {BEFORE}}),
    ("en", "before and after the vote", {"vote": {BEFORE, AFTER}}),
    ("fr", "à la veille du scrutin", {"vote": {BEFORE}}),
    ("fr", "à l'issue de l'adoption", {"adoption": {AFTER}}),
    ("zh", "通过后续行动", {}),  # ("through follow-up action")
    ("zh", "在前进的道路上", {}),
    ("ru", "до 10 голосов", {}),
])
def test_sides(lang: str, text: str, sides: dict[str, set[str]]) -> None:
    assert _sides(text, lang) == sides
