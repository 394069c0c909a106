"""A duration said as a part of the larger unit (TP301, ``numbers._PART_WORDS``): "within 30
minutes" is «dans une demi-heure», «en media hora», «в течение получаса», «半小时内», «خلال نصف
ساعة»; "a quarter of an hour", "three quarters", half a day and half a year likewise. They
had read "«30» is missing" (t66/hB class C); now an info names the part, as "14 days" →
«deux semaines» is named. A wrong part is still an error, and so is a part's word inside
another word (t66/hD D)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from test_precision import _check_units

from conftest import Cli

HALF = "The press conference will take place within 30 minutes."
QUARTER = "The statement was read within 15 minutes."
THREE = "The talks lasted 45 minutes."
DAY = "The curfew lasted 12 hours."
YEAR = "The mandate was extended for 6 months."

SAID = {
    "fr": [(HALF, "La conférence de presse aura lieu dans une demi-heure."),
           (QUARTER, "La déclaration a été lue en un quart d'heure."),
           (THREE, "Les pourparlers ont duré trois quarts d'heure."),
           (DAY, "Le couvre-feu a duré une demi-journée.")],
    "es": [(HALF, "La conferencia de prensa tendrá lugar en media hora."),
           (QUARTER, "La declaración se leyó en un cuarto de hora."),
           (THREE, "Las conversaciones duraron tres cuartos de hora."),
           (YEAR, "El mandato se prorrogó por medio año.")],
    "ru": [(HALF, "Пресс-конференция состоится в течение получаса."),
           (QUARTER, "Заявление было зачитано за четверть часа."),
           (DAY, "Комендантский час длился полсуток."),
           (YEAR, "Мандат был продлен на полгода.")],
    "zh": [(HALF, "记者会将在半小时内举行。"),
           (QUARTER, "声明在一刻钟内宣读完毕。"),
           (DAY, "宵禁持续了半天。"),
           (YEAR, "任务期限延长半年。")],
    "ar": [(HALF, "سيعقد المؤتمر الصحفي في غضون نصف ساعة."),
           (QUARTER, "تليت البيان خلال ربع ساعة."),
           (DAY, "استمر حظر التجول نصف يوم."),
           (YEAR, "مددت الولاية لمدة نصف عام.")],
}
#: the part changed: still an error
WRONG = [
    ("fr", HALF, "La conférence de presse aura lieu dans un quart d'heure."),
    ("es", QUARTER, "La declaración se leyó en tres cuartos de hora."),
    ("ru", HALF, "Пресс-конференция состоится в течение четверти часа."),
    ("zh", QUARTER, "声明在半小时内宣读完毕。"),
    ("ar", HALF, "سيعقد المؤتمر الصحفي في غضون ربع ساعة."),
    # a part's word inside another's (t66/hD D): «一个半小时» is an hour and a half, «上半年»
    # the year's first half, «после полудня», «a medio día» noon; and a part beside the
    # duration said with another number is not it ("12 hours" → «10 часов»)
    ("zh", "The flight from Beijing took only 30 minutes.", "从北京起飞的航班只用了一个半小时。"),
    ("zh", HALF, "记者会将在两个半小时内举行。"),
    ("zh", YEAR, "任务期限延长到上半年。"),
    ("ru", "The strike lasted 12 hours and ended in the afternoon.",
     "Забастовка длилась 10 часов и закончилась после полудня."),
    ("ru", DAY, "Комендантский час закончился до полудня."),
    ("es", "The strike lasted 12 hours and ended at noon.",
     "La huelga duró diez horas y terminó a medio día."),
    ("fr", DAY, "Le couvre-feu a duré 10 heures, une demi-journée."),
]


def _told(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
          pairs: list[tuple[str, str]]) -> list[dict[str, str]]:
    """TP301's findings, infos too, on a PO file of ``pairs``."""
    po = polib.POFile()
    po.metadata = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8"}
    for number, (source, target) in enumerate(pairs, 1):
        po.append(polib.POEntry(msgctxt=f"p{number}", msgid=source, msgstr=target))
    po.save(str(tmp_path / f"{lang}.po"))
    cli = cli_factory(tmp_path)
    cli("check", str(tmp_path / f"{lang}.po"), "--format", "json", "--show-info", expect=None)
    return [f for f in json.loads(cli.out)["findings"] if f["code"] == "TP301"]


@pytest.mark.parametrize("lang", sorted(SAID))
def test_a_part_of_the_larger_unit(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                   lang: str) -> None:
    found = _told(tmp_path, cli_factory, lang, SAID[lang])
    assert [f["severity"] for f in found] == ["info"] * len(SAID[lang])
    assert all("is given in a part of" in f["message"] for f in found)


@pytest.mark.parametrize(("lang", "source", "target"), WRONG)
def test_a_wrong_part_is_still_missing(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                       lang: str, source: str, target: str) -> None:
    found = _check_units(tmp_path, cli_factory, lang, [(source, target)])
    assert [(f["code"], f["severity"]) for f in found if f["code"] == "TP301"] == [
        ("TP301", "error")]
