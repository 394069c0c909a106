"""TP201 and a day said alone after a date of its month («le 26 février et …, le 21»).

Session 48 made the test once per translation instead of once per missing date (a scan of
every date and a search of the whole translation for each was quadratic: the hostile
benchmark's "units of n characters of dates, numbers, @" took 7.1 / 79.4 s at 60,000 /
240,000 characters, 2.7 / 11.9 s after). These cases pin what it accepts and what it does not:
the day alone must follow the first date of its month with another day, in the same calendar,
and be that day, in digits of any script.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import findings_by_case

from conftest import Cli

_BACK = ("The Secretary-General will return to New York on 26 February, and the Deputy "
         "Secretary-General on 21 February.")
_YEARS = ("The law was adopted on 21 February 2023, amended on 26 February 2024 and in force "
          "on 21 February 2024.")
_DAYS = "The Committee met " + ", ".join(f"on {d} March 2023" for d in range(1, 29)) + "."

CASES = [
    ("es", _BACK, "El Secretario General regresará a Nueva York el 26 de febrero, y la "
     "Vicesecretaria General, el 22.", ["TP201"]),
    ("ru", _BACK, "Генеральный секретарь вернется в Нью-Йорк 26 февраля, а первый заместитель "
     "Генерального секретаря — 21-го.", []),
    ("ru", _BACK, "Генеральный секретарь вернется в Нью-Йорк 26 февраля, а первый заместитель "
     "Генерального секретаря — 121-го.", ["TP201"]),
    # Arabic-Indic digits are the same day
    ("ar", _BACK, "وسيعود الأمين العام إلى نيويورك في 26 شباط/فبراير، وتعود نائبة الأمين العام "
     "في ٢١ منه.", []),
    ("zh", _BACK, "秘书长将于2月26日返回纽约，常务副秘书长将于21日返回。", []),
    # the day alone before any date of its month names no month
    ("fr", _BACK, "La Vice-Secrétaire générale sera de retour le 21 et le Secrétaire général "
     "à New York le 26 février.", ["TP201"]),
    # 21 February 2024 said alone after the 26th, the month's first date with another day
    ("fr", _YEARS, "La loi a été adoptée le 21 février 2023, modifiée le 26 février 2024 et "
     "en vigueur depuis le 21.", []),
    # ... but not before it: only a 21st (of 2023) precedes it
    ("fr", _YEARS, "La loi a été adoptée le 21 février 2023 et en vigueur le 21, puis "
     "modifiée le 26 février 2024.", ["TP201"]),
    # 27 days of one month said alone after its first: none missing; one of them changed
    ("fr", _DAYS, "Le Comité s'est réuni le 1er mars 2023, " + ", ".join(
        f"le {d}" for d in range(2, 29)) + ".", []),
    ("fr", _DAYS, "Le Comité s'est réuni le 1er mars 2023, " + ", ".join(
        f"le {d if d != 17 else 18}" for d in range(2, 29)) + ".", ["TP201"]),
    ("es", _DAYS, "El Comité se reunió el 1 de marzo de 2023, " + ", ".join(
        f"el {d}" for d in range(2, 29)) + ".", []),
    # a day that opens a date of its own, its year another, is no day said alone (t67/hF)
    ("fr", "The talks were held on 24 March 1999 and on 30 March 1999.",
     "Les pourparlers ont eu lieu le 24 mars 1999 et le 30 mars 2000.", ["TP201"]),
    ("es", "The talks were held on 24 March 1999 and on 30 March 1999.",
     "Las conversaciones se celebraron el 24 de marzo de 1999 y el 30 de marzo de 2000.",
     ["TP201"]),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_month_elided(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    found = findings_by_case(tmp_path, cli_factory, lang, CASES,
                             lambda f: f["code"] == "TP201" and f["severity"] != "info")
    assert {i: sorted({f["code"] for f in fs}) for i, fs in found.items()} == {
        i: CASES[i][3] for i in found}


def test_one_changed_day_is_one_finding(tmp_path: Path,
                                        cli_factory: Callable[[Path], Cli]) -> None:
    """Of 28 dates, the one whose day changed is the one reported."""
    found = findings_by_case(tmp_path, cli_factory, "fr", CASES,
                             lambda f: f["code"] == "TP201" and f["severity"] != "info")
    changed = [i for i, case in enumerate(CASES) if case[1] == _DAYS and case[3]]
    assert [f["message"] for f in found[changed[0]]] == ["date «17 March 2023» is missing"]
