"""TP105/TP106 on the plural honorifics of UN documents ("Messrs." → «г-да», «السادة»; "Mses." →
«السيدات»): carried, they pass; left out or of the other gender, they are still caught. Through
the real CLI, with forms from ``data/honorifics.json``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from checkcases import unit_findings

from conftest import Cli

CASES = [
    # (lang, source, carried, dropped, the other gender)
    ("ru", "Messrs. Smith and Jones attended.", "Присутствовали г-да Смит и Джонс.",
     "Присутствовали Смит и Джонс.", "Присутствовали г-жи Смит и Джонс."),
    ("ru", "The report of Messrs. Smith and Jones was noted.",
     "Доклад г-д Смита и Джонса принят к сведению.", "Доклад Смита и Джонса принят к сведению.",
     "Доклад г-ж Смит и Джонс принят к сведению."),
    ("ar", "Messrs. Smith and Jones attended.", "وحضر السادة سميث وجونز.", "وحضر سميث وجونز.",
     "وحضرت السيدات سميث وجونز."),
    ("ar", "Mses. Smith and Jones attended.", "وحضرت السيدات سميث وجونز.", "وحضرت سميث وجونز.",
     "وحضر السادة سميث وجونز."),
]


def _codes(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, source: str,
           target: str) -> list[str]:
    po = polib.POFile()
    po.metadata = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgctxt="p1", msgid=source, msgstr=target))
    tmp_path.mkdir(exist_ok=True)
    po.save(str(tmp_path / f"{lang}.po"))
    cli = cli_factory(tmp_path)
    cli("check", str(tmp_path / f"{lang}.po"), "--format", "json", expect=None)
    return [f["code"] for f in json.loads(cli.out)["findings"] if f["severity"] != "info"]


@pytest.mark.parametrize(("lang", "source", "carried", "dropped", "other"), CASES)
def test_plural_honorifics(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                           source: str, carried: str, dropped: str, other: str) -> None:
    assert _codes(tmp_path / "carried", cli_factory, lang, source, carried) == []
    assert _codes(tmp_path / "dropped", cli_factory, lang, source, dropped) == ["TP105"]
    assert _codes(tmp_path / "other", cli_factory, lang, source, other) == ["TP106"]


KEPT = [
    # (lang, source, carried, dropped): a knighthood is kept before the name; Arabic «د.»,
    # «الأستاذ» for Dr. and Prof.
    ("fr", "Sir Nigel Rodley chaired the meeting.", "Sir Nigel Rodley a présidé la séance.",
     "Nigel Rodley a présidé la séance."),
    ("ru", "Sir Nigel Rodley chaired the meeting.",
     "Сэр Найджел Родли председательствовал на заседании.",
     "Найджел Родли председательствовал на заседании."),
    ("ar", "Sir Nigel Rodley chaired the meeting.", "وترأس السير نايجل رودلي الجلسة.",
     "وترأس نايجل رودلي الجلسة."),
    ("zh", "Sir Nigel Rodley chaired the meeting.", "奈杰尔·罗德利爵士主持了会议。",
     "奈杰尔·罗德利主持了会议。"),
    ("ar", "Dr. Ahmed Khan spoke.", "وتكلم د. أحمد خان.", "وتكلم أحمد خان."),
    ("ar", "Prof. Ahmed Khan spoke.", "وتكلم الأستاذ أحمد خان.", "وتكلم أحمد خان."),
]


@pytest.mark.parametrize(("lang", "source", "carried", "dropped"), KEPT)
def test_knighthood_and_arabic_doctor(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                      lang: str, source: str, carried: str,
                                      dropped: str) -> None:
    assert _codes(tmp_path / "carried", cli_factory, lang, source, carried) == []
    assert _codes(tmp_path / "dropped", cli_factory, lang, source, dropped) == ["TP105"]


ABBREVIATED = [
    # (lang, source, carried, the other gender): forms news translators write (WMT 2020's
    # Russian «м-р Трамп»; FLORES's Arabic «السيد/ "ريد"», the honorific and a slash)
    ("ru", "In his speech, Mr Trump mentioned North Korea.",
     "В своей речи м-р Трамп упомянул Северную Корею.",
     "В своей речи м-с Трамп упомянула Северную Корею."),
    ("ru", "Mrs Cox said so.", "Так сказала м-с Кокс.", "Так сказал м-р Кокс."),
    ("ar", "He was going fast, Mr Reid said.", 'قال السيد/ "ريد" إنه كان مسرعاً.',
     'قالت السيدة/ "ريد" إنه كان مسرعاً.'),
]


@pytest.mark.parametrize(("lang", "source", "carried", "other"), ABBREVIATED)
def test_abbreviated_and_slashed_honorifics(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                            lang: str, source: str, carried: str,
                                            other: str) -> None:
    assert _codes(tmp_path / "carried", cli_factory, lang, source, carried) == []
    assert _codes(tmp_path / "other", cli_factory, lang, source, other) == ["TP106"]


def test_a_duchess_is_not_a_mrs(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """«公爵夫人» (Duchess) holds 夫人 (Mrs): not the honorific of the next person named
    (WMT 2020's "The Duke and Duchess of York … Mr Mapelli Mozzi"); «王夫人» (Mrs Wang) is."""
    source = ("The Duke and Duchess of York announced it. The Princess will marry Mr Mapelli "
              "Mozzi next year.")
    # (the translator left "Mr" out: TP105 says so, not a «Mr» that became a woman's title)
    assert _codes(tmp_path / "duchess", cli_factory, "zh", source,
                  "约克公爵和公爵夫人宣布了这一消息。公主将于明年与马佩利·莫兹完婚。") == ["TP105"]
    assert _codes(tmp_path / "mrs", cli_factory, "zh", "Mr Wang said so.", "王夫人这样说。") \
        == ["TP106"]


def test_the_honorific_named_missing_is_of_the_gender_left_out(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """"Mr Corbyn … Mrs Cox" → «科尔宾 … 考克斯夫人» (WMT 2020): the Mr is missing, not the Mrs
    (the message named the one past the translation's count)."""
    (found,) = [f for f in unit_findings(tmp_path, cli_factory, "zh",
                                         "Mr Corbyn spoke about Mrs Cox's murder.",
                                         "科尔宾谈到了考克斯夫人被谋杀一事。")
                if f["code"] == "TP105"]
    assert found["message"].startswith("honorific «Mr» is missing"), found["message"]


PROFESSORS = [
    # (lang, source, carried, dropped): French abbreviates professeur «Pr», «Pr.», «Pre» and
    # writes docteur «Dr.» as well as «Dr»; Spanish «Prof.», Russian «проф.» (Debian's
    # releases, t63/h6: «ministre …, Pr. Jasmin Komić» had been an honorific dropped)
    ("fr", "The Minister of Science, Prof. Dr. Jasmin Komić, met Dr. Moray Allan.",
     "Le ministre des sciences, Pr. Jasmin Komić, a rencontré Dr. Moray Allan.",
     "Le ministre des sciences, Pr. Jasmin Komić, a rencontré Moray Allan."),
    ("fr", "Prof. Jane Smith chaired the meeting.", "La Pre Jane Smith a présidé la séance.",
     "Jane Smith a présidé la séance."),
    ("fr", "Prof. Jane Smith chaired the meeting.", "Le Pr Jane Smith a présidé la séance.",
     "Jane Smith a présidé la séance."),
    ("es", "Prof. Jasmin Komić chaired the meeting.", "El Prof. Jasmin Komić presidió la sesión.",
     "Jasmin Komić presidió la sesión."),
    ("ru", "Prof. Jasmin Komić chaired the meeting.",
     "Проф. Ясмин Комич председательствовал на заседании.",
     "Ясмин Комич председательствовал на заседании."),
]


@pytest.mark.parametrize(("lang", "source", "carried", "dropped"), PROFESSORS)
def test_professor_abbreviated(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                               source: str, carried: str, dropped: str) -> None:
    assert _codes(tmp_path / "carried", cli_factory, lang, source, carried) == []
    assert _codes(tmp_path / "dropped", cli_factory, lang, source, dropped) == ["TP105"]


@pytest.mark.parametrize(("lang", "target"), [
    ("fr", "Eben Moglen, président du Software Freedom Law Center et professeur de droit à "
     "l'université Columbia, interviendra."),
    ("es", "Eben Moglen, presidente del Software Freedom Law Center y profesor de Derecho en "
     "la Universidad de Columbia, intervendrá."),
])
def test_professor_of_a_subject_is_a_post(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                          lang: str, target: str) -> None:
    # "Professor of Law at Columbia University" after the name is a chair, no honorific: the
    # translation's «professeur de droit» carries it (t63/h6); "Professor Moglen" still is one
    source = ("Eben Moglen, Chairman of the Software Freedom Law Center and Professor of Law at "
              "Columbia University, will speak.")
    assert _codes(tmp_path, cli_factory, lang, source, target) == []
    assert _codes(tmp_path / "named", cli_factory, lang,
                  "Professor Moglen will speak.", "Moglen interviendra.") == ["TP105"]
