"""A whole number and a half in digits, "almost 1 and a half million emails", is one number,
1,500,000, as "1.5 million" is (t64/hN class G: the "1" read alone had been «1» "missing"
beside «почти полтора миллиона»). So are "2 and one half years", "3-and-a-half" and
"1½ million". Each right translation passes, in the five languages' own words for it; its
wrong twin (another number) is still TP301."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _twins

from conftest import Cli

MAILS = "Almost 1 and a half million emails are delivered every day."
CASES = [
    ("ru", MAILS, "Каждый день доставляются почти полтора миллиона писем.",
     "Каждый день доставляются почти два миллиона писем."),
    ("ru", MAILS, "Каждый день доставляются почти 1,5 миллиона писем.",
     "Каждый день доставляются почти 2,5 миллиона писем."),
    ("es", MAILS, "Cada día se entregan casi un millón y medio de correos.",
     "Cada día se entregan casi dos millones y medio de correos."),
    ("fr", MAILS, "Près d'un million et demi de courriels sont livrés chaque jour.",
     "Près de deux millions et demi de courriels sont livrés chaque jour."),
    ("zh", MAILS, "每天投递近一百五十万封邮件。", "每天投递近二百五十万封邮件。"),
    ("ar", MAILS, "يتم تسليم ما يقرب من مليون ونصف رسالة كل يوم.",
     "يتم تسليم ما يقرب من مليونين ونصف رسالة كل يوم."),
    ("ru", "About 1 and a half thousand people came.", "Пришли около полутора тысяч человек.",
     "Пришли около двух тысяч человек."),
    ("ru", "About 1½ thousand people came.", "Пришли около полторы тысячи человек.",
     "Пришли около двух тысяч человек."),
    ("es", "The project lasted 2 and a half years.", "El proyecto duró 2,5 años.",
     "El proyecto duró 3,5 años."),
    ("es", "The project lasted 2 and one half years.", "El proyecto duró dos años y medio.",
     "El proyecto duró tres años y medio."),
    ("ru", "The project lasted 1 and a half years.", "Проект длился полтора года.",
     "Проект длился два года."),
    ("fr", "The project lasted 3-and-a-half years.", "Le projet a duré 3,5 ans.",
     "Le projet a duré 4,5 ans."),
    # the translation's whole number in digits, its half in words after it or its noun: 2.5
    # (t65/hF finding 8: "the decimal sign differs", an error)
    ("fr", "The project took 2 and a half years.", "Le projet a duré 2 ans et demi.",
     "Le projet a duré 3 ans et demi."),
    ("fr", "Talks lasted 3 and a half hours.", "Les pourparlers ont duré 3 heures et demie.",
     "Les pourparlers ont duré 3 heures."),
    ("es", "The project took 2 and a half years.", "El proyecto duró 2 años y medio.",
     "El proyecto duró 2 años."),
    ("ru", "The project took 2 and a half years.", "Проект занял 2 с половиной года.",
     "Проект занял 3 с половиной года."),
    ("ru", "The project took 2 and a half years.", "Проект занял 2 года с половиной.",
     "Проект занял 2 года."),
]


@pytest.mark.parametrize(("lang", "source", "good", "bad"), CASES)
def test_a_number_and_a_half(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                             source: str, good: str, bad: str) -> None:
    _twins(tmp_path, cli_factory, lang, source, good, bad)


@pytest.mark.parametrize(("text", "read"), [
    ("Almost 1 and a half million emails", [("1 and a half million", 1.5e6)]),
    ("2 and one half years", [("2 and one half", 2.5)]),
    ("1½ million", [("1½ million", 1.5e6)]),
    ("a 1½ m wall", [("1½", 1.5)]),  # (metres: no scale)
    # (no half of the number: a half-day, a decimal, two numbers)
    ("1 and a half-day session", [("1", 1.0)]),
    ("Pages 3 and 4", [("3", 3.0), ("4", 4.0)]),
])
def test_the_half_read(text: str, read: list[tuple[str, float]]) -> None:
    from transpub.numfind import find_numbers

    assert [(m.text, max(m.values)) for m in find_numbers(text, "en")] == read


@pytest.mark.parametrize(("lang", "text", "read"), [
    ("fr", "Le projet a duré 2 ans et demi.", [("2", 2.5)]),
    ("es", "El proyecto duró 2 años y medio.", [("2", 2.5)]),
    ("ru", "Проект занял 2 с половиной года.", [("2", 2.5)]),
    # (a time of day's half past; a scale's half, read by TP301 as before; no half)
    ("fr", "La séance commence à 3 heures et demie.", [("3", 3.0)]),
    ("es", "La reunión empieza a las 2 y media.", [("2", 2.0)]),
    ("fr", "2 millions et demi", [("2 millions", 2e6)]),
    ("es", "2 años y 3 meses", [("2", 2.0), ("3", 3.0)]),
])
def test_the_translation_s_half_read(lang: str, text: str, read: list[tuple[str, float]]) -> None:
    from transpub.numfind import find_numbers

    assert [(m.text, max(m.values)) for m in find_numbers(text, lang)] == read
