"""TP306: the same number with another unit of time ("over the past 12 months" → «au cours des
12 dernières semaines», "more than 72 hours" → «plus de 72 jours», "aged 6 to 59 months" →
«6至59岁»): the number checks compare the number, which is the same; the unit was compared by
nothing (eight changes of session 43's round). A period said in another unit has another
number ("72 hours" → «trois jours», "eight weeks" → «deux mois»): no finding. Units written
for these tests, run through the real CLI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import unit_findings, warned_by_case

from conftest import Cli

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
    # Arabic's optional vowel marks set aside, in the unit itself (a shadda: «أيّام» is «أيام»)
    ("ar", "They were held for 3 weeks.", "احتُجزوا لمدة 3 أيّام.", True),
    ("ar", "They were held for 3 weeks.", "احتُجزوا لمدة 3 أسابيعَ.", False),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_time_units(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    found, wanted = warned_by_case(tmp_path, cli_factory, lang, CASES, "TP306")
    assert found == wanted



#: the Arabic dual says the number two with its unit (t66/fB): "2 hours" is «ساعتين», and
#: «يومين» for it is a unit changed, as «2 يوم» is (the dual's two had been read, its unit not)
DUALS = [
    ("ar", "The meeting lasted 2 hours.", "استمر الاجتماع ساعتين.", False),
    ("ar", "The meeting lasted 2 hours.", "استمر الاجتماع يومين.", True),
    ("ar", "The course lasts 2 weeks.", "تستغرق الدورة أسبوعين.", False),
    ("ar", "The course lasts 2 weeks.", "تستغرق الدورة شهرين.", True),
    ("ar", "The visit lasted 2 days.", "استغرقت الزيارة يومين.", False),
    ("ar", "The visit lasted 2 days.", "استغرقت الزيارة ساعتين.", True),
    ("ar", "The project ran for 2 years.", "استمر المشروع لمدة عامين.", False),
    ("ar", "The project ran for 2 years.", "استمر المشروع سنتين.", False),
    ("ar", "The project ran for 2 years.", "استمر المشروع شهرين.", True),
    ("ar", "The talks lasted 2 months.", "استمرت المحادثات شهرين.", False),
    ("ar", "The meeting lasted two hours.", "استمر الاجتماع ساعتين.", False),
    ("ar", "The meeting lasted two hours.", "استمر الاجتماع يومين.", True),
    ("ar", "Two years later, 2 hours of rain fell.", "بعد عامين، هطلت الأمطار لمدة ساعتين.",
     False),
]


def test_time_units_in_the_dual(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    found, wanted = warned_by_case(tmp_path, cli_factory, "ar", DUALS, "TP306")
    assert found == wanted


@pytest.mark.parametrize(("source", "target"), [
    ("The wall is 2 metres high.", "يبلغ ارتفاع الجدار مترين."),
    ("The village is 2 km from the border.", "تقع القرية على بعد كيلومترين من الحدود."),
    ("The meeting lasted 2 hours.", "استمر الاجتماع ساعتين."),
    ("The visit lasted 2 days.", "استغرقت الزيارة يومين."),
    ("The visit lasted 2 months.", "استغرقت الزيارة شهرين."),
    ("The project ran for 2 years.", "استمر المشروع عامين."),
    ("The project ran for 2 years.", "استمر المشروع سنتين."),
    ("The attack lasted 2 minutes.", "استمر الهجوم دقيقتين."),
    ("The course lasts 2 weeks.", "تستغرق الدورة أسبوعين."),
    ("It weighs 2 kg.", "يزن كيلوغرامين."),
    ("It holds 2 litres.", "يتسع للترين."),
    ("The attack lasted 2 seconds.", "استمر الهجوم ثانيتين."),
    ("It took 2 decades.", "استغرق ذلك عقدين."),
    ("It took 2 centuries.", "استغرق ذلك قرنين."),
    ("The temperature rose 2 degrees.", "ارتفعت درجة الحرارة درجتين."),
    ("It is 2 miles long.", "يبلغ طوله ميلين."),
    ("It is 2 cm long.", "يبلغ طوله سنتيمترين."),
])
def test_two_said_by_the_dual(tmp_path: Path, cli_factory: Callable[[Path], Cli], source: str,
                              target: str) -> None:
    """The dual of a unit is the number 2 with it: no finding of TP301 at all (not even the
    info "two, which the dual may say" of a dual the number words did not list)."""
    found = unit_findings(tmp_path, cli_factory, "ar", source, target, "--show-info")
    assert [f["message"] for f in found if f["code"] in ("TP301", "TP306")] == []
