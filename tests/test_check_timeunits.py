"""TP306: the same number with another unit of time ("over the past 12 months" → «au cours des
12 dernières semaines», "more than 72 hours" → «plus de 72 jours», "aged 6 to 59 months" →
«6至59岁»): the number checks compare the number, which is the same; the unit was compared by
nothing (eight changes of session 43's round). A period said in another unit has another
number ("72 hours" → «trois jours», "eight weeks" → «deux mois»): no finding. Units written
for these tests, run through the real CLI."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Cli

HEADER = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: {lang}\\n"
'''
MONTHS = "Over the past 12 months, food prices rose by 45 per cent."
HOURS = "Four journalists were held for more than 72 hours."

CASES = [
    ("fr", MONTHS, "Au cours des 12 derniers mois, les prix ont augmenté de 45 %.", False),
    ("fr", MONTHS, "Au cours des 12 dernières semaines, les prix ont augmenté de 45 %.", True),
    ("es", MONTHS, "En los últimos 12 meses, los precios subieron un 45 %.", False),
    ("es", MONTHS, "En los 12 últimos años, los precios subieron un 45 %.", True),
    ("ru", MONTHS, "За последние 12 месяцев цены выросли на 45 процентов.", False),
    ("ru", MONTHS, "За последние 12 недель цены выросли на 45 процентов.", True),
    ("zh", HOURS, "四名记者被关押超过72小时。", False),
    ("zh", HOURS, "四名记者被关押超过72天。", True),
    ("zh", HOURS, "四名记者被关押超过三天。", False),
    ("ar", HOURS, "احتُجز أربعة صحفيين لأكثر من 72 ساعة.", False),
    ("ar", HOURS, "احتُجز أربعة صحفيين لأكثر من 72 يوما.", True),
    ("fr", HOURS, "Quatre journalistes ont été détenus plus de trois jours.", False),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_time_units(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    cases = {i: case for i, case in enumerate(CASES) if case[0] == lang}
    path = tmp_path / f"{lang}.po"
    path.write_text(HEADER.format(lang=lang) + "".join(
        f'\nmsgctxt "c{i}"\nmsgid "{source}"\nmsgstr "{target}"\n'
        for i, (_lang, source, target, _found) in cases.items()), encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("check", str(path), "--no-cache", "--format", "json", expect=None)
    assert "Traceback" not in cli.err, cli.err
    found: dict[int, list[str]] = defaultdict(list)
    for f in json.loads(cli.out)["findings"]:
        if f["code"] == "TP306":
            found[int(f["unit"][1:])].append(f["severity"])
    assert {i: found.get(i, []) for i in cases} == {
        i: ["warning"] if flagged else [] for i, (*_r, flagged) in cases.items()}
