"""A number of a hundred and more an English source says in words, with its scales, as a
sentence opens with one ("One hundred and thirty-six patients", "Thirty-five thousand
refugees", "Two hundred and forty-one delegates", "Fifteen hundred"): read as one number,
where its words had been read one by one and none of them checked ("thirty-six" after
"hundred and" is part of another number). A translation saying another number, in words or
digits («ciento seis», «deux cent quatorze», «106»), is TP301 (the WMT21 biomedical
references' "One hundred and thirty-six" said «Ciento seis» by a machine translation went
unseen, session 53); one saying it in any of its forms — digits grouped by its own rule,
scale words («250 millions», «2.5亿», «300 000», «30万»), its words («doscientos cincuenta
millones»), Arabic's duals («مليونا», «ألفا», «مئتا»), «полторы тысячи» — is not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import erred_by_case
from transpub.checks.enwords import word_numbers

from conftest import Cli

ENROLLED = "One hundred and thirty-six patients were enrolled."
DELEGATES = "Two hundred and forty-one delegates attended."
REFUGEES = "Thirty-five thousand refugees crossed the border."
PLEDGED = "Two hundred and fifty million dollars were pledged."
BILLION = "The fund received two billion dollars."
CHILDREN = "One thousand five hundred children were vaccinated."
FLED = "Nearly three hundred thousand people fled."

#: (lang, source, translation, wrong)
CASES = [
    ("es", ENROLLED, "Se inscribieron ciento treinta y seis pacientes.", False),
    ("es", ENROLLED, "Se inscribieron 136 pacientes.", False),
    ("zh", "One hundred and thirty-six patients were enrolled in 2019.",
     "2019年共招募了136名患者。", False),
    ("ar", ENROLLED, "تم تسجيل مائة وستة وثلاثين مريضا.", False),
    ("fr", DELEGATES, "Deux cent quarante et un délégués y ont assisté.", False),
    ("fr", DELEGATES, "241 délégués y ont assisté.", False),
    ("ru", DELEGATES, "Присутствовали двести сорок один делегат.", False),
    ("zh", DELEGATES, "二百四十一名代表出席了会议。", False),
    ("ar", DELEGATES, "حضر مئتان وواحد وأربعون مندوبا.", False),
    ("fr", REFUGEES, "Trente-cinq mille réfugiés ont franchi la frontière.", False),
    ("ru", REFUGEES, "35 000 беженцев пересекли границу.", False),
    ("fr", PLEDGED, "Des contributions de 250 millions de dollars ont été annoncées.", False),
    ("es", PLEDGED, "Se prometieron doscientos cincuenta millones de dólares.", False),
    ("ru", PLEDGED, "Было обещано 250 млн долларов.", False),
    ("zh", PLEDGED, "认捐了2.5亿美元。", False),
    ("es", BILLION, "El fondo recibió 2.000 millones de dólares.", False),
    ("zh", BILLION, "该基金收到了20亿美元。", False),
    ("ar", BILLION, "تلقى الصندوق ملياري دولار.", False),
    ("ar", "Two million people need help.", "يحتاج مليونا شخص إلى المساعدة.", False),
    ("ar", "Two thousand troops were deployed.", "نُشر ألفا جندي.", False),
    ("zh", "Two thousand troops were deployed.", "部署了两千名士兵。", False),
    ("ru", CHILDREN, "Полторы тысячи детей были вакцинированы.", False),
    ("es", CHILDREN, "Se vacunó a mil quinientos niños.", False),
    ("zh", CHILDREN, "一千五百名儿童接种了疫苗。", False),
    ("fr", FLED, "Près de 300 000 personnes ont fui.", False),
    ("zh", FLED, "近30万人逃离。", False),
    ("ar", FLED, "فر ما يقرب من ثلاثمائة ألف شخص.", False),
    ("es", "One hundred and twenty countries signed, and 15 more joined in 2021.",
     "Ciento veinte países firmaron y otros 15 se sumaron en 2021.", False),
    # (NTREX-128's French reference: the count and the scale parted, no number of its own)
    ("fr", "Another six million people still living in the country are in need of "
     "humanitarian assistance.", "Six autres millions de personnes vivant encore dans le pays "
     "ont besoin d’une aide humanitaire.", False),
    # the wrong twins
    ("es", ENROLLED, "Se inscribieron ciento seis pacientes.", True),
    ("es", ENROLLED, "Se inscribieron 106 pacientes.", True),
    ("zh", "One hundred and thirty-six patients were enrolled in 2019.",
     "2019年共招募了106名患者。", True),
    ("fr", DELEGATES, "Deux cent quatorze délégués y ont assisté.", True),
    ("ru", DELEGATES, "Присутствовали двести четырнадцать делегатов.", True),
    ("zh", DELEGATES, "二百一十四名代表出席了会议。", True),
    ("ar", DELEGATES, "حضر مئتان وأربعة عشر مندوبا.", True),
    ("fr", REFUGEES, "Vingt-cinq mille réfugiés ont franchi la frontière.", True),
    ("ru", REFUGEES, "25 000 беженцев пересекли границу.", True),
    ("es", CHILDREN, "Se vacunó a mil cuatrocientos niños.", True),
]


@pytest.mark.parametrize("lang", ["fr", "es", "ru", "zh", "ar"])
def test_numbers_said_with_their_scales(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                        lang: str) -> None:
    found, wanted = erred_by_case(tmp_path, cli_factory, lang, CASES, "TP301")
    assert found == wanted


@pytest.mark.parametrize(("text", "read"), [
    ("One hundred and thirty-six patients", [("One hundred and thirty-six", 136.0, True)]),
    ("Fifteen hundred people", [("Fifteen hundred", 1500.0, True)]),
    ("one million two hundred thousand", [("one million two hundred thousand", 1.2e6, True)]),
    ("three hundred times", [("three hundred", 300.0, False)]),
    # (no count before the scale, or no one number: not read so)
    ("hundreds of thousands", []),
    ("a hundred people", []),
    ("the twenty-two hundred-metre race", [("twenty-two", 22.0, False)]),
    ("two three hundred", [("two", 2.0, True), ("three", 3.0, False)]),
    # (a year said so is a year's)
    ("In nineteen hundred and forty-five", [("nineteen hundred and forty-five", 1945.0, True)]),
])
def test_what_is_read_as_one_number(text: str, read: list[tuple[str, float, bool]]) -> None:
    assert [(w.text, w.value, w.whole) for w in word_numbers(text)] == read
