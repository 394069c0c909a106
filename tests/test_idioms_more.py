"""Numbers said by an idiom of the translation (TP301, an info): Chinese in traditional
characters is read as simplified («時刻保持穩定在線» for "available 24 hours a day", Debian's
press releases, t63/h6), and «时刻», «随时» say "24 hours a day". A translation that drops the
idiom's number and says nothing of it is still an error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import unit_findings

from conftest import Cli

MIRROR = "A primary mirror site is available 24 hours a day."
CASES = [
    # (lang, source, translation, TP301's severities)
    ("zh", MIRROR, "一個主鏡像服務需要時刻保持穩定在線。", ["info"]),
    ("zh", MIRROR, "一个主镜像服务需要时刻保持稳定在线。", ["info"]),
    ("zh", MIRROR, "一個主鏡像服務需要晝夜保持穩定在線。", ["info"]),
    ("zh", MIRROR, "一個主鏡像服務需要保持穩定在線。", ["error"]),
]


@pytest.mark.parametrize(("lang", "source", "target", "wanted"), CASES)
def test_idiom_said(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, source: str,
                    target: str, wanted: list[str]) -> None:
    found = unit_findings(tmp_path, cli_factory, lang, source, target, "--show-info")
    assert [f["severity"] for f in found if f["code"] == "TP301"] == wanted


FREE = ("Debian's Social Contract commits it to producing a system which is 100% "
        '<a href="$(HOME)/intro/free">free</a>.')
COMPLETELY = [
    ("fr", FREE, "Le contrat social Debian s'engage à produire un système totalement "
     '<a href="$(HOME)/intro/free">libre</a>.', ["info"]),
    ("es", FREE, "El contrato social de Debian lo compromete a producir un sistema "
     'completamente <a href="$(HOME)/intro/free">libre</a>.', ["info"]),
    ("ru", FREE, "Общественный договор Debian обязывает создавать полностью "
     '<a href="$(HOME)/intro/free">свободную</a> систему.', ["info"]),
    ("fr", FREE, "Le contrat social Debian s'engage à produire un système "
     '<a href="$(HOME)/intro/free">libre</a>.', ["error"]),
    ("fr", FREE, "Le contrat social Debian s'engage à produire un système libre à 90 % "
     '<a href="$(HOME)/intro/free">libre</a>.', ["error"]),
]


@pytest.mark.parametrize(("lang", "source", "target", "wanted"), COMPLETELY)
def test_hundred_per_cent_free(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                               source: str, target: str, wanted: list[str]) -> None:
    found = unit_findings(tmp_path, cli_factory, lang, source, target, "--show-info")
    assert [f["severity"] for f in found if f["code"] == "TP301"] == wanted


# A bare "24 hours" (a span, a deadline) is said only by a day's words («за сутки», «一天»,
# «круглосуточная» for "a 24-hour hotline"), not by "any time", "every day": those say "24
# hours a day", "24/7". "100% + quality" is said by the idiom's adverb beside the quality, not
# by «au total», «en total» ("in all") or «十分» ("very") anywhere (t64/hJ F8: all six info).
EFFECTIVE = "The vaccine is 100% effective; a total of 5 doses were given."
NARROW = [
    ("zh", "Call within 24 hours.", "請隨時致電。", ["error"]),
    ("zh", "Results will be announced within 24 hours.", "结果将随时公布。", ["error"]),
    ("fr", "Results will be announced within 24 hours.", "Les résultats seront publiés en "
     "permanence.", ["error"]),
    ("zh", "Results will be announced within 24 hours.", "结果将在一天内公布。", ["info"]),
    ("ru", "Call the 24-hour hotline.", "Звоните на круглосуточную горячую линию.", ["info"]),
    # "round the clock" for a deadline is a deadline lost in every language, as «en
    # permanence» is; it says a service's "24-hour" or "open 24 hours" (t65/hF finding 4)
    ("ru", "Reports must be filed within 24 hours.", "Отчеты должны подаваться круглосуточно.",
     ["error"]),
    ("zh", "Reports must be filed within 24 hours.", "报告必须全天候提交。", ["error"]),
    ("zh", "Reports must be filed within 24 hours.", "报告必须每一天提交。", ["error"]),
    ("zh", "Reports must be filed within 24 hours.", "报告必须在第一天提交。", ["error"]),
    ("ar", "Reports must be filed within 24 hours.", "يجب تقديم التقارير على مدار الساعة.",
     ["error"]),
    ("es", "Reports must be filed within 24 hours.", "Los informes deben presentarse de forma "
     "permanente.", ["error"]),
    ("ru", "Call within 24 hours.", "Звоните круглосуточно.", ["error"]),
    ("ru", "Reports must be filed within 24 hours.", "Отчеты должны подаваться в течение суток.",
     ["info"]),
    ("ar", "Reports must be filed within 24 hours.", "يجب تقديم التقارير في غضون يوم واحد.",
     ["info"]),
    ("zh", "Call the 24-hour hotline.", "请拨打全天候热线。", ["info"]),
    ("ar", "Call the 24-hour hotline.", "اتصل بالخط الساخن على مدار الساعة.", ["info"]),
    ("es", "Call the 24-hour hotline.", "Llame a la línea de atención permanente.", ["info"]),
    ("fr", "The shelter is open 24 hours.", "Le refuge est ouvert jour et nuit.", ["info"]),
    ("ru", "Aid must arrive within a 24-hour period.", "Помощь должна поступать круглосуточно.",
     ["error"]),
    ("zh", "The service is available 24/7.", "该服务随时可用。", ["info", "info"]),
    ("fr", "Only 100% secure connections, 12 in total.", "Seules les connexions, 12 au total.",
     ["error"]),
    ("es", EFFECTIVE, "La vacuna es eficaz; en total se administraron 5 dosis.", ["error"]),
    ("fr", EFFECTIVE, "Le vaccin est efficace ; au total, 5 doses ont été administrées.",
     ["error"]),
    ("zh", "The vaccine is 100% effective.", "该疫苗十分有效。", ["error"]),
    ("es", EFFECTIVE, "La vacuna es totalmente eficaz; en total se administraron 5 dosis.",
     ["info"]),
    ("fr", EFFECTIVE, "Le vaccin est totalement efficace ; au total, 5 doses ont été "
     "administrées.", ["info"]),
    ("zh", "The vaccine is 100% effective.", "该疫苗完全有效。", ["info"]),
    ("ru", "The vaccine is 100% effective.", "Вакцина полностью эффективна.", ["info"]),
    ("ar", "The vaccine is 100% effective.", "اللقاح فعال تماما.", ["info"]),
    ("fr", "I am 100% confident.", "J'ai une confiance totale.", ["info"]),
    ("ru", "The vaccine is 100% effective.", "Правительство полностью одобрило вакцину.",
     ["error"]),
]


@pytest.mark.parametrize(("lang", "source", "target", "wanted"), NARROW)
def test_idiom_words_of_the_idiom_only(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                       lang: str, source: str, target: str,
                                       wanted: list[str]) -> None:
    found = unit_findings(tmp_path, cli_factory, lang, source, target, "--show-info")
    assert [f["severity"] for f in found if f["code"] == "TP301"] == wanted


DRUG = "Patients receive the drug every 24 hours."
WEEKLY = "The report is updated every 7 days."
#: a frequency said by its adverb (t65/fL finding 4, t66/fB): "every 24 hours" is «ежедневно»,
#: "every 7 days" «hebdomadaire»; another number, or another frequency, is still an error, and
#: so is a deadline ("within 24 hours") said as one
FREQUENCIES = [
    ("ru", DRUG, "Пациенты получают препарат ежедневно.", ["info"]),
    ("zh", DRUG, "患者每天服药。", ["info"]),
    ("ar", DRUG, "يتلقى المرضى الدواء يوميا.", ["info"]),
    ("es", DRUG, "Los pacientes reciben el medicamento diariamente.", ["info"]),
    ("fr", DRUG, "Les patients reçoivent le médicament quotidiennement.", ["info"]),
    ("ru", "Patients receive the drug every 48 hours.", "Пациенты получают препарат ежедневно.",
     ["error"]),
    ("zh", "Patients receive the drug every 12 hours.", "患者每天服药。", ["error"]),
    ("zh", DRUG, "患者每两天服药。", ["error"]),
    ("fr", DRUG, "Les patients reçoivent le médicament tous les deux jours.", ["error"]),
    ("ru", DRUG, "Пациенты получают препарат еженедельно.", ["error"]),
    ("fr", WEEKLY, "Le rapport fait l'objet d'une mise à jour hebdomadaire.", ["info"]),
    ("fr", WEEKLY, "Le rapport fait l'objet d'une mise à jour mensuelle.", ["error"]),
    ("ru", WEEKLY, "Доклад обновляется ежедневно.", ["error"]),
    ("es", "The report is updated every 14 days.", "El informe se actualiza semanalmente.",
     ["error"]),
    ("ru", "The plan is reviewed every 12 months.", "План пересматривается ежегодно.", ["info"]),
    ("fr", "The plan is reviewed every 12 months.", "Le plan est revu annuellement.", ["info"]),
    ("fr", "The plan is reviewed every 6 months.", "Le plan est revu annuellement.", ["error"]),
    ("es", "Readings are taken every 60 minutes.", "Las lecturas se toman cada hora.", ["info"]),
    ("ru", "Submit the report within 24 hours.", "Представьте доклад ежедневно.", ["error"]),
    ("zh", "Submit the report within 24 hours.", "每天提交报告。", ["error"]),
    # the word is the source's "every N" only beyond the source's own frequency words: a rate's
    # («par jour» for "per day») or a report's («ежегодный доклад» for "the annual report")
    # hid the number changed or dropped (t66/hD B); a count of times before it is another
    # frequency, and "every" with a number of the translation's own is that number
    ("fr", "Trucks deliver 20 litres per person per day, every 24 hours.",
     "Les camions livrent 20 litres par personne par jour, toutes les 48 heures.", ["error"]),
    ("ru", "Vaccines are given every 12 months, according to the annual report.",
     "Согласно ежегодному докладу, вакцины вводятся раз в полгода.", ["error"]),
    ("fr", "Vaccines are given every 12 months, according to the annual report.",
     "Les vaccins sont administrés tous les six mois, selon le rapport annuel.", ["error"]),
    ("es", "Vaccines are given every 12 months, according to the annual report.",
     "Las vacunas se administran cada seis meses, según el informe anual.", ["error"]),
    ("ar", "Vaccines are given every 12 months, according to the annual report.",
     "وفقا للتقرير السنوي، تعطى اللقاحات كل ستة أشهر.", ["error"]),
    ("zh", "The clinic treats 50 patients a day and is disinfected every 24 hours.",
     "该诊所每天接待50名病人，每周消毒一次。", ["error"]),
    ("ru", "The clinic treats 50 patients a day and is disinfected every 24 hours.",
     "Клиника ежедневно принимает 50 пациентов и дезинфицируется еженедельно.", ["error"]),
    ("fr", DRUG, "Les patients reçoivent le médicament trois fois par jour.", ["error"]),
    ("es", "The records are updated every 24 hours.",
     "Los registros se ponen al día cada dos días.", ["error"]),
    # (the source's own word and the idiom's both said: one each)
    ("ru", "The clinic treats 50 patients a day and is disinfected every 24 hours.",
     "Клиника ежедневно принимает 50 пациентов и ежедневно дезинфицируется.", ["info"]),
    ("fr", "Vaccines are given every 12 months, according to the annual report.",
     "Selon le rapport annuel, les vaccins sont administrés chaque année.", ["info"]),
    ("fr", DRUG, "Les patients reçoivent le médicament une fois par jour.", ["info"]),
    ("es", DRUG, "Los pacientes reciben el medicamento una vez al día.", ["info"]),
    # a count of times after the word as well as before it, in every language's order, and
    # the day's word ("a day and a night", "given in days") no less (t66/hH 4)
    ("ru", DRUG, "Пациенты получают препарат три раза в сутки.", ["error"]),
    ("ru", DRUG, "Пациенты получают препарат трижды в день.", ["error"]),
    ("ru", DRUG, "Пациенты получают препарат дважды в сутки.", ["error"]),
    ("ru", DRUG, "Пациенты получают препарат в сутки три раза.", ["error"]),
    ("zh", DRUG, "患者每天服药三次。", ["error"]),
    ("zh", DRUG, "患者每日服药两次。", ["error"]),
    ("zh", DRUG, "患者一天服药三次。", ["error"]),
    ("es", DRUG, "Los pacientes reciben el medicamento al día tres veces.", ["error"]),
    ("ar", DRUG, "يتلقى المرضى الدواء يوميا ثلاث مرات.", ["error"]),
    # (once a day is it)
    ("ru", DRUG, "Пациенты получают препарат раз в сутки.", ["info"]),
    ("ru", DRUG, "Пациенты получают препарат один раз в день.", ["info"]),
    ("zh", DRUG, "患者每天服药一次。", ["info"]),
]


@pytest.mark.parametrize(("lang", "source", "target", "wanted"), FREQUENCIES)
def test_a_frequency_said_by_its_adverb(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                        lang: str, source: str, target: str,
                                        wanted: list[str]) -> None:
    found = unit_findings(tmp_path, cli_factory, lang, source, target, "--show-info")
    assert [f["severity"] for f in found if f["code"] == "TP301"] == wanted


PATROLS = "The patrols, which run every 24 hours, passed twice a week through the camp."
REPORTS = "The Council meets three times a year; its reports are issued every 6 months."
TWELVE = "Patients receive the drug every 12 hours."
#: a count of times is another frequency only at the missing number's place: the source's own
#: counts ("twice a week", "three times a year", in its clause or another sentence), translated
#: faithfully, leave "every 24 hours" → «quotidiennement» and "every 6 months" → «tous les
#: semestres» infos; a count of the same rate ("every 12 hours" → «deux fois par jour», "every
#: 6 months" → «deux fois par an») is the number said, an info; another rate is still an error
#: (t66/hI 3: any count anywhere had made these errors)
COUNTED_AT = [
    ("fr", PATROLS, "Les patrouilles, qui ont lieu quotidiennement, sont passées deux fois par "
     "semaine dans le camp.", ["info"]),
    ("fr", REPORTS, "Le Conseil se réunit trois fois par an ; ses rapports sont publiés tous les "
     "semestres.", ["info"]),
    ("fr", "Patrols run every 24 hours. The Council meets three times a year.",
     "Les patrouilles ont lieu quotidiennement. Le Conseil se réunit trois fois par an.",
     ["info"]),
    ("fr", PATROLS, "Les patrouilles, qui ont lieu trois fois par jour, sont passées deux fois "
     "par semaine dans le camp.", ["error"]),
    ("fr", "Patrols run every 24 hours. The Council meets often.",
     "Les patrouilles ont lieu trois fois par jour. Le Conseil se réunit souvent.", ["error"]),
    ("fr", TWELVE, "Les patients reçoivent le médicament deux fois par jour.", ["info"]),
    ("fr", TWELVE, "Les patients reçoivent le médicament trois fois par jour.", ["error"]),
    ("fr", "The report is issued every 6 months.", "Le rapport est publié deux fois par an.",
     ["info"]),
    ("es", TWELVE, "Los pacientes reciben el medicamento dos veces al día.", ["info"]),
    ("ru", TWELVE, "Пациенты получают препарат дважды в сутки.", ["info"]),
    ("ru", TWELVE, "Пациенты получают препарат три раза в день.", ["error"]),
    ("zh", TWELVE, "患者每天服药两次。", ["info"]),
    ("zh", TWELVE, "患者每天服药三次。", ["error"]),
    ("ar", TWELVE, "يتلقى المرضى الدواء مرتين يوميا.", ["info"]),
    ("ar", TWELVE, "يتلقى المرضى الدواء ثلاث مرات يوميا.", ["error"]),
]


@pytest.mark.parametrize(("lang", "source", "target", "wanted"), COUNTED_AT)
def test_a_count_of_times_at_the_numbers_place(tmp_path: Path,
                                               cli_factory: Callable[[Path], Cli], lang: str,
                                               source: str, target: str,
                                               wanted: list[str]) -> None:
    found = unit_findings(tmp_path, cli_factory, lang, source, target, "--show-info")
    assert [f["severity"] for f in found if f["code"] == "TP301"] == wanted


SIX = "Patients take one dose every 6 hours."
#: a count said as a compound number is read whole, not by its last word: «vingt-quatre fois
#: par jour» is 24 a day, not the 4 of "every 6 hours" (t67/hD 2: «quatre», «deux», «два»,
#: «四», «2» alone had made these "the same frequency")
COMPOUND_COUNTS = [
    ("fr", SIX, "Les patients prennent une dose vingt-quatre fois par jour.", ["error"]),
    ("fr", TWELVE, "Les patients reçoivent le médicament vingt-deux fois par jour.", ["error"]),
    ("fr", TWELVE, "Les patients reçoivent le médicament trente-deux fois par jour.", ["error"]),
    ("es", TWELVE, "Los pacientes reciben el medicamento treinta y dos veces al día.", ["error"]),
    ("ru", TWELVE, "Пациенты получают препарат двадцать два раза в сутки.", ["error"]),
    ("zh", SIX, "患者每天服药二十四次。", ["error"]),
    ("zh", SIX, "患者每天服药24次。", ["error"]),
    ("fr", SIX, "Les patients prennent une dose quatre fois par jour.", ["info"]),
    ("fr", "Patients take one dose every hour.", "Les patients prennent une dose vingt-quatre "
     "fois par jour.", []),
    ("zh", TWELVE, "患者每天服药2次。", ["info"]),
]


@pytest.mark.parametrize(("lang", "source", "target", "wanted"), COMPOUND_COUNTS)
def test_a_count_of_times_is_read_as_its_whole_number(tmp_path: Path,
                                                      cli_factory: Callable[[Path], Cli],
                                                      lang: str, source: str, target: str,
                                                      wanted: list[str]) -> None:
    found = unit_findings(tmp_path, cli_factory, lang, source, target, "--show-info")
    assert [f["severity"] for f in found if f["code"] == "TP301"] == wanted
