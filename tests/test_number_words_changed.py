"""TP301 reads the numbers an English source says in words (checks/enwords.py): a translation
that writes one with other digits ("three separate incidents" -> «4起不同事件») is an error,
which the checker used to miss (it compared only the numbers written with digits). Measured
on 32,500 units of real UN translations (tests/corpus_real, the UN Parallel Corpus samples of
README "Lines 3,001-4,000 of the development set"): no new finding. The forms UN translators
give such words, each with a twin where the number really changed:"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _check, _codes
from transpub.checks.enwords import word_numbers

from conftest import Cli

TB = ("--termbase", str(Path(__file__).resolve().parent.parent / "locales" / "termbase.tbx"))

#: lines of the UN Parallel Corpus v1.0 (development set, lines 3,824, 2,420, 572, 1,745;
#: README, tests/corpus_real/SOURCES.md), as the UN's translators wrote them
KIDNAP = ("151. Between 1100 and 1200 hours on 18 June 2014, over 25 humanitarian workers, "
          "travelling in four vehicles, were abducted in three separate incidents by two "
          "elements of the same armed group.")
KIDNAP_ZH = ("151. 2014年6月18日11时至12时，分乘4辆汽车的25名以上人道主义工作者"
             "在3起不同事件中被同一武装团体的2个小组绑架。")
KIDNAP_AR = ("151 - بين الساعة 11:00 والساعة 12:00 في يوم 18 حزيران/يونيه 2014، اختُطف ما "
             "يزيد على 25 من العاملين في المجال الإنساني، كانوا يستقلون أربع مركبات، في ثلاثة "
             "حوادث منفصلة على يد عنصرين من نفس الجماعة المسلحة.")
DECADES = ("87. The landscape of financing for development has changed significantly over the "
           "last two decades.")
DECADES_ZH = "87. 过去20年中，发展筹资格局发生了巨大变化。"
QUARTERS = ("More than 21.2 per cent of all capital investments were from foreign investments "
            "and loans, three quarters of which were foreign direct investment.")
QUARTERS_ES = ("Asimismo, más del 21,2% del total de las inversiones de capital correspondieron "
               "a inversiones y créditos extranjeros, un 75% de los cuales fueron inversiones "
               "extranjeras directas.")
BRACKETED = ("Each Party shall ensure that its calculated level of production does not exceed, "
             "annually, [sixty five] per cent of the average.")
BRACKETED_FR = ("Chaque Partie veille à ce que son niveau calculé de production n'excède pas, "
                "annuellement, [65] % de la moyenne.")

CASES = [
    ("zh", KIDNAP, KIDNAP_ZH, KIDNAP_ZH.replace("3起", "4起")),
    ("zh", KIDNAP, KIDNAP_ZH, KIDNAP_ZH.replace("2个小组", "5个小组")),
    # said in words in the translation (and "two" by the Arabic dual, «عنصرين»)
    ("ar", KIDNAP, KIDNAP_AR, KIDNAP_AR.replace("ثلاثة حوادث", "7 حوادث")),
    # a number word with a multiple or a fraction is said with other digits
    # a number word counted in the unit after it: "two decades" are 20 years, "three quarters"
    # 75 per cent
    ("zh", DECADES, DECADES_ZH, DECADES_ZH.replace("过去20年中", "过去30年中")),
    ("es", QUARTERS, QUARTERS_ES, QUARTERS_ES.replace("un 75%", "un 80%")),
    # a compound written with a space, as bracketed treaty text has it
    ("fr", BRACKETED, BRACKETED_FR, BRACKETED_FR.replace("[65]", "[56]")),
    # no digit in the source at all
    ("zh", "The Committee held seven meetings.", "委员会举行了7次会议。", "委员会举行了8次会议。"),
    ("fr", "The Committee held seven meetings.", "Le Comité a tenu sept séances.",
     "Le Comité a tenu 8 séances."),
    ("ru", "The Committee held its third meeting.", "Комитет провел свое третье заседание.",
     "Комитет провел свое 4-е заседание."),
    # the smallest number that can take a word's place (2), beside a day of a date that is
    # not one (the translation's numbers outside its dates are read)
    ("fr", "The Committee held three meetings in May.",
     "Le 5 mai, le Comité a tenu trois séances.", "Le 5 mai, le Comité a tenu 2 séances."),
    # the digits of a code ("x86", "i386", "amd64", "IPv6") are no number a word became: the
    # source's word dropped beside one is no "«four» became «86»" (t64/hN class H); a digit
    # standing alone still is
    ("es", "All four, however, also push the x86 architecture.",
     "No obstante, todos ellos promocionan también la arquitectura x86.",
     "No obstante, los 5 promocionan también la arquitectura x86."),
    ("fr", "The three ports run on i386 and amd64.",
     "Les portages tournent sur i386 et amd64.", "Les 2 portages tournent sur i386 et amd64."),
    ("ru", "Both of the two servers speak IPv6.", "Оба сервера поддерживают IPv6.",
     "Все 3 сервера поддерживают IPv6."),
]


@pytest.mark.parametrize(("lang", "source", "good", "bad"), CASES)
def test_a_number_word_changed(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                               source: str, good: str, bad: str) -> None:
    assert "TP301" not in _codes(_check(tmp_path, cli_factory, lang, source, good, *TB))
    assert "TP301" in _codes(_check(tmp_path / "bad", cli_factory, lang, source, bad, *TB))


def test_the_message_names_the_word(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    found = _check(tmp_path, cli_factory, "zh", KIDNAP, KIDNAP_ZH.replace("3起", "4起"), *TB)
    assert [f["message"] for f in found if f["code"] == "TP301"] == [
        "number «three» became «4»"]


@pytest.mark.parametrize(("text", "whole"), [
    ("three separate incidents", [("three", 3.0, True)]),
    ("the last two decades", [("two", 2.0, True)]),
    ("three quarters of which", [("three", 3.0, True)]),
    ("two thirds of which", [("two", 2.0, False)]),
    # (a number said with its scales is one number: tests/test_number_words_scaled.py)
    ("two hundred and thirty delegates", [("two hundred and thirty", 230.0, True)]),
    ("two hundred times", [("two hundred", 200.0, False)]),
    ("[sixty five] per cent", [("sixty five", 65.0, True)]),
    ("its forty-eighth session", [("forty-eighth", 48.0, True)]),
    ("one of them", []),
])
def test_the_words_read(text: str, whole: list[tuple[str, float, bool]]) -> None:
    assert [(w.text, w.value, w.whole) for w in word_numbers(text)] == whole
