"""Measures a news translator converts to metric units (t65/hA F1, F4; README, TP301's
"measures in other units"): a US text's temperatures by their decade ("widespread 80s" →
«autour de 26 degrés»), a height said as one word («двухметровый») or in metres and
centimetres («1 м 98 см», «1米98»), feet and inches with primes ("6'2\""). Each right
conversion has a wrong twin that is still an error, told as a wrong conversion, once per
measure ("6-foot-6" → «1 м 82 см», NTREX-128's Russian line 1,699).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from test_precision import _twins
from transpub.measures import near, source_measures
from transpub.numfind import find_numbers

from conftest import Cli

_NUMBER = frozenset({"TP301"})

WARM = ("Much of the eastern U.S. is expected to see a warm start to October with widespread "
        "80s from the Southern Plains to parts of the Northeast.")
HIGHS = "Highs will be in the upper 70s on Tuesday."
TALL = "The 6-foot-6 forward grew up in Baton Rouge."
SHORTER = "He is 5ft 10in tall."
PRIMED = "He is 6'2\" tall."
FREEZING = "Temperatures fell to 32 degrees Fahrenheit."
COLD = "Temperatures fell to 14 degrees Fahrenheit."

BELOW = "Temperatures fell to 20 degrees below zero."
CASES = [
    ("fr", WARM, "Une majeure partie de l'est des États-Unis devrait connaître un début d'octobre "
     "chaud, avec des températures tournant autour de 26 degrés des plaines du sud au nord-est.",
     "Une majeure partie de l'est des États-Unis devrait connaître un début d'octobre chaud, "
     "avec des températures tournant autour de 16 degrés des plaines du sud au nord-est."),
    ("es", WARM, "Se espera que gran parte del este de EE. UU. tenga un inicio de octubre cálido, "
     "con temperaturas de alrededor de los 26 grados desde las Llanuras del Sur hasta el "
     "noreste.", "Se espera que gran parte del este de EE. UU. tenga un inicio de octubre "
     "cálido, con temperaturas de alrededor de los 36 grados desde las Llanuras del Sur hasta "
     "el noreste."),
    ("ru", WARM, "Ожидается, что в октябре на большей части востока США будет тепло: от южных "
     "равнин до северо-востока температура составит около 27 градусов.", "Ожидается, что в "
     "октябре на большей части востока США будет тепло: от южных равнин до северо-востока "
     "температура составит около 17 градусов."),
    ("zh", HIGHS, "周二最高气温将在25摄氏度左右。", "周二最高气温将在15摄氏度左右。"),
    ("ar", HIGHS, "ستصل درجات الحرارة العظمى يوم الثلاثاء إلى 25 درجة مئوية.",
     "ستصل درجات الحرارة العظمى يوم الثلاثاء إلى 15 درجة مئوية."),
    # a height said as one word, and in metres and centimetres
    ("ru", TALL, "Двухметровый форвард вырос в Батон-Руже.",
     "Трехметровый форвард вырос в Батон-Руже."),
    ("ru", TALL, "Форвард ростом 1 м 98 см вырос в Батон-Руже.",
     "Форвард ростом 1 м 82 см вырос в Батон-Руже."),
    ("zh", TALL, "这位身高1米98的前锋在巴吞鲁日长大。", "这位身高1米68的前锋在巴吞鲁日长大。"),
    ("fr", TALL, "L'ailier de 1 m 98 a grandi à Baton Rouge.",
     "L'ailier de 1 m 68 a grandi à Baton Rouge."),
    ("es", SHORTER, "Mide 1,78 metros.", "Mide 1,58 metros."),
    ("ar", PRIMED, "يبلغ طوله 1.88 متر.", "يبلغ طوله 1.68 متر."),
    # a temperature at or below zero: within a degree, its sign read (t65/hF: «0 °C» had
    # been "converted wrongly", «-10 °C» read as «10 °C»)
    ("es", FREEZING, "Las temperaturas bajaron a 0 °C.", "Las temperaturas bajaron a 5 °C."),
    ("ru", FREEZING, "Температура упала до 0 градусов по Цельсию.",
     "Температура упала до 10 градусов по Цельсию."),
    ("fr", COLD, "Les températures sont tombées à -10 °C.",
     "Les températures sont tombées à 10 °C."),
    ("fr", COLD, "Les températures sont tombées à −10 °C.",
     "Les températures sont tombées à −13 °C."),
    ("es", COLD, "Las temperaturas bajaron a –10 °C.", "Las temperaturas bajaron a –13 °C."),
    ("fr", COLD, "Les températures sont tombées à moins 10 degrés.",
     "Les températures sont tombées à 10 degrés."),
    ("ru", COLD, "Температура упала до минус 10 градусов.",
     "Температура упала до 10 градусов."),
    ("zh", COLD, "气温降至零下10摄氏度。", "气温降至10摄氏度。"),
    ("ru", "Temperatures fell to minus 4 degrees Fahrenheit.",
     "Температура упала до минус 20 градусов.", "Температура упала до минус 16 градусов."),
    # feet and inches as decimal feet: 6.5, not 6.6 (t66/fB); "6.6 feet" is 6.6 ft
    ("zh", TALL, "这位身高6.5英尺的前锋在巴吞鲁日长大。", "这位身高6.6英尺的前锋在巴吞鲁日长大。"),
    ("ar", TALL, "نشأ المهاجم البالغ طوله 6.5 قدم في باتون روج.",
     "نشأ المهاجم البالغ طوله 6.6 قدم في باتون روج."),
    ("zh", "The fence is 6.6 feet tall.", "这道围栏高6.6英尺。", "这道围栏高6.5英尺。"),
    ("zh", "The fence is 6.6 feet tall.", "这道围栏高2米。", "这道围栏高1.8米。"),
    # a metric unit in the Arabic dual: two of it (t66/fB)
    ("ar", "The fire was 1.2 miles away.", "كان الحريق على بعد كيلومترين.",
     "كان الحريق على بعد 3 كيلومترات."),
    ("ar", "The wall was 6 feet high.", "كان ارتفاع الجدار مترين.",
     "كان ارتفاع الجدار 3 أمتار."),
    # "below zero" after the temperature or before it is its sign, as «moins» is (t66/fB)
    ("ar", COLD, "انخفضت درجات الحرارة إلى 10 درجات تحت الصفر.",
     "انخفضت درجات الحرارة إلى 10 درجات."),
    ("ar", COLD, "انخفضت درجات الحرارة إلى 10 درجات مئوية تحت الصفر.",
     "انخفضت درجات الحرارة إلى 10 درجات مئوية فوق الصفر."),
    ("ar", COLD, "انخفضت درجات الحرارة إلى ما دون الصفر بـ10 درجات.",
     "انخفضت درجات الحرارة إلى ما دون الصفر بـ13 درجة."),
    ("ru", COLD, "Температура упала до 10 градусов ниже нуля.",
     "Температура упала до 10 градусов выше нуля."),
    ("ru", COLD, "Ночью было 10 градусов мороза.", "Ночью было 10 градусов тепла."),
    ("fr", COLD, "Les températures sont tombées à 10 degrés sous zéro.",
     "Les températures sont tombées à 10 degrés au-dessus de zéro."),
    ("fr", COLD, "Les températures sont tombées à 10 °C au-dessous de zéro.",
     "Les températures sont tombées à 10 °C."),
    ("es", COLD, "Las temperaturas bajaron a 10 grados bajo cero.",
     "Las temperaturas bajaron a 10 grados."),
    ("es", COLD, "Las temperaturas bajaron a 10 grados por debajo de cero.",
     "Las temperaturas bajaron a 10 grados sobre cero."),
    # and in the source: "10 degrees below zero", "10 below zero" are -10 °F, -23 °C
    ("es", "It was 10 degrees below zero.", "Hacía 23 grados bajo cero.", "Hacía 23 grados."),
    ("ru", "It was 10 below zero.", "Было 23 градуса ниже нуля.", "Было 12 градусов ниже нуля."),
    # a temperature whose number pairs, its sign dropped or added (t66/hD F: these had passed)
    ("fr", BELOW, "Les températures sont tombées à 20 degrés sous zéro.",
     "Les températures sont tombées à 20 degrés."),
    ("ru", BELOW, "Температура опустилась до 20 градусов мороза.",
     "Температура опустилась до 20 градусов тепла."),
    ("es", BELOW, "Las temperaturas bajaron a 20 grados bajo cero.",
     "Las temperaturas bajaron a 20 grados."),
    ("zh", BELOW, "气温降至零下20度。", "气温降至20度。"),
    ("ar", BELOW, "انخفضت درجات الحرارة إلى 20 درجة تحت الصفر.",
     "انخفضت درجات الحرارة إلى 20 درجة."),
    ("fr", "Temperatures reached 20 degrees.", "Les températures ont atteint 20 degrés.",
     "Les températures ont atteint 20 degrés sous zéro."),
    ("fr", "Temperatures fell to minus 5 °C.", "Les températures sont tombées à -5 °C.",
     "Les températures sont tombées à 5 °C."),
    # the one-character degree signs, ℃ and ℉ (U+2103, U+2109), as Chinese text writes them
    ("zh", "Temperatures fell to minus 20 °C.", "气温降至零下20℃。", "气温降至20℃。"),
    ("zh", "Temperatures fell to minus 4 degrees Fahrenheit.", "气温降至零下20℃。",
     "气温降至零下16℃。"),
    ("ru", "Temperatures fell to minus 4 ℉.", "Температура упала до минус 20 градусов.",
     "Температура упала до минус 16 градусов."),
    # both units in the source, the second's number changed: the first's figure, the
    # source's own, is no conversion excusing it (t67/hB: «20℃（86℉）» had been an info)
    ("zh", "It was 20℃ (68℉) at noon.", "中午气温为20℃（68℉）。", "中午气温为20℃（86℉）。"),
    ("fr", "It was 20 °C (68 °F) at noon.", "Il faisait 20 °C (68 °F) à midi.",
     "Il faisait 20 °C (86 °F) à midi."),
    ("es", "It was 68 °F (20 °C) at noon.", "Hacía 20 °C a mediodía.",
     "Hacía 20 °C (86 °F) a mediodía."),
    # the sign as translators write it: the hyphens typography uses, Arabic's word, Russian's
    # frost said by a noun (t66/hH 6: false errors); a range's both signs in words, dropped
    ("fr", BELOW, "Les températures sont tombées à \u201120 °C.",
     "Les températures sont tombées à 20 °C."),
    ("fr", BELOW, "Les températures sont tombées à \u201220 °C.",
     "Les températures sont tombées à 20 °C."),
    ("fr", BELOW, "Les températures sont tombées à \ufe6320 °C.",
     "Les températures sont tombées à 20 °C."),
    ("zh", BELOW, "气温降至\uff0d20度。", "气温降至20度。"),
    ("zh", BELOW, "气温降至-20度。", "气温降至20度。"),
    ("ar", BELOW, "انخفضت درجات الحرارة إلى ناقص 20 درجة.", "انخفضت درجات الحرارة إلى 20 درجة."),
    ("ru", BELOW, "Мороз достиг 20 градусов.", "Температура достигла 20 градусов."),
    ("fr", "Temperatures will range from minus 5 to plus 5 degrees Celsius.",
     "Les températures varieront de moins 5 à plus 5 degrés Celsius.",
     "Les températures varieront de 5 à 5 degrés Celsius."),
    ("ru", "Temperatures will range from minus 5 to plus 5 degrees Celsius.",
     "Температура составит от минус 5 до плюс 5 градусов.",
     "Температура составит от 5 до 5 градусов."),
    # the frost says the sign beside the number only, not as another clause's subject
    # (t66/hI 4: a frost anywhere had excused the minus dropped)
    ("ru", "Night temperatures fell to minus 20 °C; frost destroyed the tents.",
     "Ночная температура опустилась до минус 20 °C; мороз уничтожил палатки.",
     "Ночная температура опустилась до 20 °C; мороз уничтожил палатки."),
    ("ru", "Night temperatures fell to minus 20 °C, and frost destroyed the tents.",
     "Ночью морозы до 20 °C уничтожили палатки.",
     "Ночная температура опустилась до 20 °C, а мороз уничтожил палатки."),
    ("ru", "Temperatures fell to minus 20 °C overnight, and frost is expected again.",
     "Ночью было 20 градусов мороза, мороз ожидается и дальше.",
     "Ночью температура опустилась до 20 °C, и позже снова ожидается сильный мороз."),
]


@pytest.mark.parametrize(("lang", "source", "good", "bad"), CASES)
def test_a_conversion_to_metric_units(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                      lang: str, source: str, good: str, bad: str) -> None:
    _twins(tmp_path, cli_factory, lang, source, good, bad, _NUMBER)


def _messages(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, source: str,
              target: str) -> list[tuple[str, str]]:
    po = polib.POFile()
    po.metadata = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgctxt="a", msgid=source, msgstr=target))
    path = tmp_path / f"{lang}.po"
    po.save(str(path))
    cli = cli_factory(tmp_path)
    cli("check", str(path), "--format", "json", expect=None)
    return sorted((f["severity"], f["message"]) for f in json.loads(cli.out)["findings"]
                  if f["code"] == "TP301")


@pytest.mark.parametrize(("lang", "source", "target", "told"), [
    ("ru", TALL, "Форвард ростом 1 м 82 см вырос в Батон-Руже.",
     ("error", "«6-foot-6» is converted wrongly: about 1.98 m, not «1 м 82 см»")),
    ("ru", TALL, "Двухметровый форвард вырос в Батон-Руже.",
     ("info", "«6-foot-6» is given in other units: «Двухметровый»")),
    ("es", SHORTER, "Mide 1,58 metros.",
     ("error", "«5ft 10in» is converted wrongly: about 1.78 m, not «1,58 metros»")),
    ("fr", WARM, "Une majeure partie de l'est des États-Unis devrait connaître un début "
     "d'octobre chaud, avec des températures tournant autour de 16 degrés.",
     ("error", "«80s» is converted wrongly: about 27-32 °C (80-89 °F), not «16 degrés»")),
    # ("3 to 6 inches" is also given, «7 y 25»: an info)
    ("es", "The storm dumped 3 to 6 inches of rain.",
     "La tormenta dejó entre 7 y 25 centímetros de lluvia.",
     ("error", "«6 inches» is converted wrongly: about 15.2 cm, not «25 centímetros»")),
    ("fr", COLD, "Les températures sont tombées à −10 °C.",
     ("info", "«14 degrees Fahrenheit» is given in other units: «−10 °C»")),
    ("fr", COLD, "Les températures sont tombées à 10 °C.",
     ("error", "«14 degrees Fahrenheit» is converted wrongly: about -10 °C (or 8 °C as a "
      "difference), not «10 °C»")),
    # (a range's dash is no sign: «5–10 °C» is 5 to 10)
    ("fr", COLD, "Les températures sont tombées entre 5–10 °C.",
     ("error", "«14 degrees Fahrenheit» is converted wrongly: about -10 °C (or 8 °C as a "
      "difference), not «5–10 °C»")),
    ("ar", COLD, "انخفضت درجات الحرارة إلى 10 درجات تحت الصفر.",
     ("info", "«14 degrees Fahrenheit» is given in other units: «10 درجات تحت الصفر»")),
    ("es", "It was 10 degrees below zero.", "Hacía 23 grados.",
     ("error", "«10 degrees below zero» is converted wrongly: about -23 °C (or -6 °C as a "
      "difference), not «23 grados»")),
    # (a sign dropped from a temperature whose number pairs: t66/hD F)
    ("fr", BELOW, "Les températures sont tombées à 20 degrés.",
     ("error", "temperature «20 degrees below zero» is below zero, «20 degrés» is not: the "
      "sign differs")),
    # (not converted, 6.6 feet for 6 ft 6 in: one finding for the one measure, which says
    # what 6 ft 6 in is; t66/fB)
    ("ar", TALL, "نشأ المهاجم البالغ طوله 6.6 أقدام في باتون روج.",
     ("error", "«6-foot-6» is 6 ft 6 in, that is 6.5 ft (about 1.98 m), not «6.6 أقدام»")),
    ("zh", TALL, "这位身高6.6英尺的前锋在巴吞鲁日长大。",
     ("error", "«6-foot-6» is 6 ft 6 in, that is 6.5 ft (about 1.98 m), not «6.6英尺»")),
    ("fr", SHORTER, "Il mesure 5,10 pieds.",
     ("error", "«5ft 10in» is 5 ft 10 in, that is 5.83 ft (about 1.78 m), not «5,10 pieds»")),
    ("zh", TALL, "这位身高6.5英尺的前锋在巴吞鲁日长大。",
     ("info", "«6-foot-6» is given in feet: «6.5英尺»")),
])
def test_one_finding_a_measure(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                               source: str, target: str, told: tuple[str, str]) -> None:
    """A measure is told once, as converted (info) or converted wrongly (error), whatever the
    numbers it is written with ("6-foot-6", «1 м 82 см»)."""
    messages = _messages(tmp_path, cli_factory, lang, source, target)
    assert told in messages
    assert [m for m in messages if m[0] != "info"] == ([told] if told[0] != "info" else [])


@pytest.mark.parametrize("text", [
    "People in their 80s are most at risk.", "A man in his early 90s was rescued.",
    "The music of the '80s is back.", "In the 1980s the plant closed."])
def test_a_decade_that_is_no_temperature(text: str) -> None:
    """An age or a year's decade is no temperature: never read as converted."""
    assert source_measures(text, tuple(find_numbers(text, "en"))) == {}


def test_a_translator_rounds() -> None:
    """Within 6 %, or 10 % for a round figure: "200 miles" (322 km) is «300 km», "6-foot-6"
    (1.98 m) is not «1,82 m»; "80s" (26.7 °C) is «26 degrés»."""
    assert near(300, 200 * 1.609344)
    assert not near(1.82, 6 * 0.3048 + 6 * 0.0254)
    assert near(1.9, 6 * 0.3048 + 6 * 0.0254)
    assert near(26, (80 - 32) * 5 / 9)
    assert not near(360, 385 * 1.609344)
