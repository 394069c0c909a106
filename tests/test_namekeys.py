"""transpub.namekeys: a name's sounds in the letters Latin, Cyrillic and Arabic share. Names
as the UN's Russian and Arabic services write them (UN News, the UN corpus) are one name's;
two persons' are not."""

from __future__ import annotations

import pytest

from transpub import namekeys

SAME = [
    ("Khan", "Хан"), ("Khan", "خان"), ("Lawlor", "Лоулор"), ("Lawlor", "لولور"),
    ("Guterres", "Гутерриш"), ("Guterres", "غوتيريش"), ("Satterthwaite", "Саттертуэйт"),
    ("Chumakov", "Чумаков"), ("Nebenzia", "نيبينزيا"), ("Glucksman", "Глаксманом"),
    ("Lopes", "Лопеш"), ("Kubiš", "Кубиша"), ("Dujarric", "دوجاريك"), ("Bachelet", "باشيليت"),
    ("Wilson", "Уилсон"), ("Türk", "تورك"), ("Griffiths", "Гриффитс"), ("Volker", "فولكر"),
]
OTHERS = [
    ("Khan", "Лоулор"), ("Satterthwaite", "Лоулор"), ("Chumakov", "Небензя"),
    ("Ajisomo", "Адейеми"), ("Mahamat", "Юсуфом"), ("Pollard", "Поллак"), ("Lopes", "Мендеш"),
]


@pytest.mark.parametrize(("name", "written"), SAME)
def test_one_name(name: str, written: str) -> None:
    assert namekeys.near(namekeys.key(name), namekeys.key(written), namekeys.HEARD)


@pytest.mark.parametrize(("name", "written"), OTHERS)
def test_two_names(name: str, written: str) -> None:
    assert not namekeys.near(namekeys.key(name), namekeys.key(written), namekeys.SAID)


def test_other_readings_of_latin_letters() -> None:
    # w as v (Japanese), h as g (Ukrainian in Russian), and a key too short to tell
    assert any(namekeys.near(k, namekeys.key("Одзава"), namekeys.SAID)
               for k in namekeys.keys("Ozawa"))
    assert not namekeys.near(namekeys.key("Ozawa"), namekeys.key("Одзава"), namekeys.SAID)
    assert any(namekeys.near(k, namekeys.key("Гуменный"), namekeys.SAID)
               for k in namekeys.keys("Humennyi"))
    assert not namekeys.known(namekeys.key("Yoo")) and not namekeys.known(namekeys.key("Ю"))


@pytest.mark.parametrize(("name", "written", "same"), [
    ("Lawlor", "劳勒", True), ("Khan", "汗", True), ("Guterres", "古特雷斯", True),
    ("Nebenzia", "涅边齐亚", True), ("Türk", "蒂尔克", True), ("Raca", "拉察", True),
    ("Khan", "劳勒", False), ("Chumakov", "涅边齐亚", False), ("Mahamat", "优素福", False),
])
def test_chinese_characters_heard(name: str, written: str, same: bool) -> None:
    # (Chinese hears r as l and pinyin's d, g as t, k: 蒂 di for "Tü"; a Slavic c is ts)
    heard = namekeys.joined(namekeys.han_sounds(written))
    assert any(namekeys.near(k, heard, namekeys.HEARD)
               for k in namekeys.keys(name, han=True)) is same

