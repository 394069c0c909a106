"""A p.m. time told as the morning's hour in a language that writes the 24-hour clock (TP301):
"The briefing will start at 3 p.m." → «à 3 heures», «a las 3.00 horas», «в 3 ч.» had passed
as 15 h (t66/hB, miss M1: an alarm, a meeting, a briefing twelve hours off). A time of day
there is the 24-hour clock's: the word before the hour («à», «a las», «в») or its minutes
(«7 h 30», «в 3:00») say it is one; the 12-hour clock with its part of the day is still right,
and a bare «3 heures» still counts hours too ("after 3 hours of talks"). A bare hour after the
preposition is a time only at the source's own hour, and never after a noun of length
(«перерыв в 2 часа», «limités à 3 heures»: t66/hD C)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from test_precision import _check

from conftest import Cli

BRIEFING = "The briefing will start at 3 p.m."
EVENING = "The concert begins at 7.30 p.m. New York time."

WRONG = [
    ("fr", BRIEFING, "La séance d'information commencera à 3 heures.", "«3 p.m.» is 15 h"),
    ("fr", EVENING, "Le concert commence à 7 h 30, heure de New York.", "«7.30 p.m.» is 19 h 30"),
    ("es", BRIEFING, "La reunión informativa comenzará a las 3.00 horas.", "«3 p.m.» is 15 h"),
    ("es", BRIEFING, "La reunión informativa comenzará a las 3 horas.", "«3 p.m.» is 15 h"),
    ("ru", BRIEFING, "Брифинг начнется в 3 ч.", "«3 p.m.» is 15 h"),
    ("ru", BRIEFING, "Брифинг начнется в 3:00.", "«3 p.m.» is 15 h"),
    ("ru", EVENING, "Концерт начнется в 7.30 по нью-йоркскому времени.", "«7.30 p.m.» is 19 h 30"),
    # (a duration beside it does not hide the time told twelve hours off)
    ("ru", "Talks begin at 3 p.m. with a break of 2 hours.",
     "Переговоры начнутся в 3 часа с перерывом в 2 часа.", "«3 p.m.» is 15 h"),
    ("fr", "Talks begin at 3 p.m. and are limited to 2 hours.",
     "Les pourparlers commencent à 3 heures et sont limités à 2 heures.", "«3 p.m.» is 15 h"),
    ("zh", BRIEFING, "情况介绍会将于上午3时开始。", "«3 p.m.» is 15 h"),
    ("ar", BRIEFING, "تبدأ الإحاطة الساعة 3 صباحا.", "«3 p.m.» is 15 h"),
]

RIGHT = [
    ("fr", BRIEFING, "La séance d'information commencera à 15 heures."),
    ("fr", BRIEFING, "La séance d'information commencera à 3 heures de l'après-midi."),
    ("fr", EVENING, "Le concert commence à 19 h 30, heure de New York."),
    ("es", BRIEFING, "La reunión informativa comenzará a las 15.00 horas."),
    ("es", BRIEFING, "La reunión informativa comenzará a las 3 de la tarde."),
    ("ru", BRIEFING, "Брифинг начнется в 3 часа дня."),
    ("ru", BRIEFING, "Брифинг начнется в 15:00."),
    ("ru", "The vote took place at 11 p.m.", "Голосование состоялось в 11 часов ночи."),
    ("zh", BRIEFING, "情况介绍会将于下午3时开始。"),
    ("ar", BRIEFING, "تبدأ الإحاطة الساعة 3 مساء."),
    # (a bare hour still counts hours where nothing makes it a time of day)
    ("fr", "At 6 p.m., after 3 hours of talks, they agreed.",
     "À 18 heures, après 3 heures de pourparlers, ils sont parvenus à un accord."),
    ("fr", "At 6 p.m. the convoy was 3 hours from Paris.",
     "À 18 heures, le convoi était à 3 heures de Paris."),
    ("es", "At 6 p.m., after 3 hours of talks, they agreed.",
     "A las 18.00 horas, tras 3 horas de conversaciones, llegaron a un acuerdo."),
    ("ru", "At 6 p.m., after 3 hours of talks, they agreed.",
     "В 18 ч., после 3 часов переговоров, они договорились."),
    ("ru", "At 6 p.m. the convoy was 3 hours from Moscow.",
     "В 18 ч. колонна находилась в 3 часах езды от Москвы."),
    # a duration after «в», «à» is no time of day: a noun of length or measure before the
    # preposition says so, and a bare hour that is none of the source's times' hours is not
    # made one by the preposition alone (t66/hD C: these read "«2» reads as 120")
    ("ru", "Talks begin at 10 a.m. with a break of 2 hours.",
     "Переговоры начнутся в 10 часов с перерывом в 2 часа."),
    ("ru", "The train left at 10 a.m. with a delay of 3 hours.",
     "Поезд отправился в 10 часов с опозданием в 3 часа."),
    ("ru", "The call is at 9 a.m.; the time difference is 5 hours.",
     "Звонок назначен на 9 часов; разница во времени в 5 часов."),
    ("ru", "Talks begin at 2 p.m. with a break of 2 hours.",
     "Переговоры начнутся в 14 часов с перерывом в 2 часа."),
    ("fr", "Talks begin at 10 a.m. and are limited to 3 hours.",
     "Les pourparlers commencent à 10 heures et sont limités à 3 heures."),
    ("fr", "Talks begin at 10 a.m. and are limited to three hours.",
     "Les pourparlers commencent à 10 heures et sont limités à trois heures."),
    ("fr", "The meeting opens at 9 a.m.; its length was cut to 2 hours.",
     "La réunion s'ouvre à 9 heures; sa durée a été ramenée à 2 heures."),
    ("fr", "The session starts at 3 p.m. and is reduced to 3 hours.",
     "La séance commence à 15 heures et est réduite à 3 heures."),
]


@pytest.mark.parametrize(("lang", "source", "target", "message"), WRONG)
def test_a_pm_time_told_as_the_morning(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                       lang: str, source: str, target: str,
                                       message: str) -> None:
    found = [f for f in _check(tmp_path, cli_factory, lang, source, target)
             if f["code"] == "TP301"]
    assert [f["severity"] for f in found] == ["error"]
    assert message in found[0]["message"]
    assert "the translation says" in found[0]["message"]


@pytest.mark.parametrize(("lang", "source", "target"), RIGHT)
def test_the_same_time_is_silent(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                 lang: str, source: str, target: str) -> None:
    assert [f for f in _check(tmp_path, cli_factory, lang, source, target)
            if f["code"] == "TP301"] == []


def test_an_am_time_told_as_the_evening(tmp_path: Path,
                                        cli_factory: Callable[[Path], Cli]) -> None:
    [found] = [f for f in _check(tmp_path, cli_factory, "fr",
                                 "The session opens at 10 a.m.",
                                 "La séance s'ouvrira à 22 heures.") if f["code"] == "TP301"]
    assert "«10 a.m.» is 10 h (the translation says 22 h" in found["message"]



def test_a_length_in_words_keeps_its_pairing(tmp_path: Path,
                                             cli_factory: Callable[[Path], Cli]) -> None:
    # (the duration read as 3 h of the clock had lost "three hours": TP317 "in the translation
    # only", t66/hD C)
    po = polib.POFile()
    po.metadata = {"Language": "fr", "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(
        msgctxt="p1", msgid="Talks begin at 10 a.m. and are limited to three hours.",
        msgstr="Les pourparlers commencent à 10 heures et sont limitées à 3 heures."))
    po.save(str(tmp_path / "fr.po"))
    cli = cli_factory(tmp_path)
    cli("check", str(tmp_path / "fr.po"), "--format", "json", "--show-info", expect=None)
    assert json.loads(cli.out)["findings"] == []
