"""A duration a translation restates in a larger unit with a half, or in hours and minutes:
"18 months" is «un an et demi», «año y medio», «полтора года», «一年半», «سنة ونصف» (1.5
years); "90 minutes" «une heure et demie»; "1.5 hours" «1 h 30», «2 ч 30 мин», «2小时30分钟».
TP301 had called each number missing (the round of professional translations of session 37
left "18 months" said «un an et demi» in five languages among its false alarms). A half
of another whole, another unit, or no half, is still an error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import erred_by_case

from conftest import Cli

#: (lang, source, translation, wrong)
CASES = [
    ("fr", "It lasted 18 months.", "Cela a duré un an et demi.", False),
    ("fr", "It lasted 18 months.", "Cela a duré 1,5 an.", False),
    ("es", "It lasted 18 months.", "Duró año y medio.", False),
    ("es", "It lasted 18 months.", "Duró un año y medio.", False),
    ("ru", "It lasted 18 months.", "Это длилось полтора года.", False),
    ("zh", "It lasted 18 months.", "持续了一年半。", False),
    ("ar", "It lasted 18 months.", "استمر سنة ونصف.", False),
    ("fr", "It lasted 90 minutes.", "Cela a duré une heure et demie.", False),
    ("fr", "It lasted 1.5 hours.", "Cela a duré 1 h 30.", False),
    ("fr", "It lasted 2.5 hours.", "Cela a duré 2h30.", False),
    ("ru", "It lasted 2.5 hours.", "Это длилось 2 ч 30 мин.", False),
    ("zh", "It lasted 2.5 hours.", "持续了2小时30分钟。", False),
    ("es", "The 42-month programme ended.", "El programa de tres años y medio terminó.", False),
    # (session 55: "2.25 hours" after a word that counts a duration is no clock time, and
    # hours and minutes said in words)
    ("es", "The meeting lasted 2.25 hours.", "La reunión duró 2:15 horas.", False),
    ("es", "The meeting lasted 2.25 hours.", "La reunión duró 2 horas y 15 minutos.", False),
    ("fr", "The meeting lasted 1.5 hours.", "La réunion a duré 1 heure et 30 minutes.", False),
    ("ar", "The meeting lasted 2.5 hours.", "استمر الاجتماع 2 ساعة و30 دقيقة.", False),
    ("ru", "Talks continued for 1.75 hours.", "Переговоры продолжались 1 ч 45 мин.", False),
    ("fr", "The meeting will start at 9.30 hours.", "La séance commencera à 9 h 30.", False),
    # the wrong twins
    ("fr", "It lasted 18 months.", "Cela a duré deux ans et demi.", True),
    ("fr", "It lasted 18 months.", "Cela a duré un an.", True),
    ("fr", "It lasted 90 minutes.", "Cela a duré deux heures et demie.", True),
    ("fr", "It lasted 1.5 hours.", "Cela a duré 1 h 45.", True),
    ("ru", "It lasted 18 months.", "Это длилось полгода.", True),
    ("ru", "It lasted 30 months.", "Это длилось полтора года.", True),
    ("zh", "It lasted 18 months.", "持续了两年半。", True),
    ("es", "It lasted 18 months.", "Duró dos años y medio.", True),
    ("ar", "It lasted 18 months.", "استمر سنتين ونصف.", True),
    ("es", "The meeting lasted 2.25 hours.", "La reunión duró 2 horas y 25 minutos.", True),
    ("fr", "The meeting lasted 1.5 hours.", "La réunion a duré 1 heure et 45 minutes.", True),
    ("fr", "The meeting will start at 9.30 hours.", "La séance commencera à 10 h 30.", True),
    # (400 nines read as an infinite float: an OverflowError before the bound)
    ("fr", f"It lasted {'9' * 400}.5 hours.", "Cela a duré 2 h 30.", True),
]


@pytest.mark.parametrize("lang", ["fr", "es", "ru", "zh", "ar"])
def test_durations_restated(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                            lang: str) -> None:
    found, wanted = erred_by_case(tmp_path, cli_factory, lang, CASES, "TP301")
    assert found == wanted
