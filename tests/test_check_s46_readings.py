"""Two readings session 43's held-out round missed in one language each: a Russian Wednesday at
a sentence's start («В среду», TP204: «среда» is also the environment, so only «в среду» had
been read) and a compound ordinal whose tens the source says alone ("the eightieth session" →
«el octogésimo primer período», «восемьдесят первой сессии»: TP301 had taken the tens word as
"eightieth" said). Twins: the right weekday and ordinal, and the shapes that are no compound
ordinal («veinte segundos», «vingt secondes»: twenty seconds)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import findings_by_case

from conftest import Cli

_TUESDAY = "On Tuesday, 12 December, the High Commissioner will host an event in Geneva."
_EIGHTIETH = "The fourth review would take place during the eightieth session."
_SECONDS = "The video lasted twenty seconds."
CASES = [
    ("ru", _TUESDAY, "Во вторник, 12 декабря, Верховный комиссар проведет мероприятие в "
     "Женеве.", ""),
    ("ru", _TUESDAY, "В среду, 12 декабря, Верховный комиссар проведет мероприятие в Женеве.",
     "TP204"),
    ("ru", _EIGHTIETH, "Четвертый обзор состоится в ходе восьмидесятой сессии.", ""),
    ("ru", _EIGHTIETH, "Четвертый обзор состоится в ходе восемьдесят первой сессии.", "TP301"),
    ("es", _EIGHTIETH, "El cuarto examen tendría lugar durante el octogésimo período de "
     "sesiones.", ""),
    ("es", _EIGHTIETH, "El cuarto examen tendría lugar durante el octogésimo primer período de "
     "sesiones.", "TP301"),
    ("es", _SECONDS, "El video duró veinte segundos.", ""),
    ("fr", _SECONDS, "La vidéo a duré vingt secondes.", ""),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_readings(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    found = findings_by_case(tmp_path, cli_factory, lang, CASES,
                             lambda f: f["code"] in ("TP204", "TP301")
                             and f["severity"] != "info")
    assert {i: "".join(sorted({f["code"] for f in fs})) for i, fs in found.items()} == {
        i: CASES[i][3] for i in found}
