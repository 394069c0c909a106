"""TP206: a date the source bounds on one side is bounded on the other in the translation
("open beyond 15 February 2025" → «ouvert jusqu'au 15 février 2025»): session 44's round had
five such changes unseen, the date being the same. Twins: the bound kept, a range's start
(«с 1 по 5 марта»), a negated bound ("not available until 28 January", TICO-19's t1680, is
«1月28日后方可使用», only after it; «только после» in Russian), a date the translation
bounds in no way it reads."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import warned_by_case

from conftest import Cli

_OPEN = ("The agencies called on the parties to keep the crossing open beyond 15 February 2025 "
         "and to guarantee safe passage.")
_REPORT = "The report must be submitted before 1 March 2025."
_DUE = "He will submit a mid-term report no later than 30 October 2015."
_SINCE = "Accordingly, since 26 March 2015 the coalition has carried out air strikes."
_LATE = ("The protocol was not available until 28 January 2020, delaying tests in the United "
         "States.")
CASES = [
    ("fr", _OPEN, "Les organismes ont demandé aux parties de maintenir le point de passage ouvert "
     "jusqu’au 15 février 2025 et de garantir un passage sûr.", True),
    ("fr", _OPEN, "Les organismes ont demandé aux parties de maintenir le point de passage ouvert "
     "au-delà du 15 février 2025 et de garantir un passage sûr.", False),
    ("fr", _REPORT, "Le rapport doit être présenté avant le 1er mars 2025.", False),
    ("fr", _REPORT, "Le rapport doit être présenté après le 1er mars 2025.", True),
    ("es", _OPEN, "Pidieron a las partes que mantuvieran abierto el cruce hasta el 15 de febrero "
     "de 2025 y que garantizaran el paso seguro.", True),
    ("es", _OPEN, "Pidieron a las partes que mantuvieran abierto el cruce después del 15 de "
     "febrero de 2025 y que garantizaran el paso seguro.", False),
    ("ru", _OPEN, "Учреждения призвали стороны сохранить пункт пропуска открытым до 15 февраля "
     "2025 года и гарантировать безопасный проход.", True),
    ("ru", _OPEN, "Учреждения призвали стороны сохранить пункт пропуска открытым после 15 февраля "
     "2025 года и гарантировать безопасный проход.", False),
    ("ru", _LATE, "Протокол стал доступен только после 28 января 2020 года, что задержало "
     "тестирование в Соединенных Штатах.", False),
    ("ru", "The office will be closed from 1 March 2025 to 5 March 2025.",
     "Отделение будет закрыто с 1 марта 2025 года по 5 марта 2025 года.", False),
    ("zh", _OPEN, "各机构呼吁各方在2025年2月15日之前继续开放过境点，并保障安全通行。", True),
    ("zh", _OPEN, "各机构呼吁各方在2025年2月15日之后继续开放过境点，并保障安全通行。", False),
    ("zh", _LATE, "该方案在2020年1月28日后方可使用，从而延误了美国的检测。", False),
    ("ar", _OPEN, "ودعت الوكالات الأطراف إلى إبقاء المعبر مفتوحا حتى 15 شباط/فبراير 2025، وإلى "
     "ضمان المرور الآمن.", True),
    ("ar", _OPEN, "ودعت الوكالات الأطراف إلى إبقاء المعبر مفتوحا بعد 15 شباط/فبراير 2025، وإلى "
     "ضمان المرور الآمن.", False),
    # the UN corpus's forms: a bound after the date, a clitic on the bound, a verb "beginning"
    ("fr", _DUE, "Il présentera un rapport à mi-parcours le 30 octobre 2015 au plus tard.", False),
    ("fr", _DUE, "Il présentera un rapport à mi-parcours après le 30 octobre 2015.", True),
    ("es", _DUE, "Presentará un informe de mitad de período para el 30 de octubre de 2015.", False),
    ("es", _DUE, "Presentará un informe de mitad de período a partir del 30 de octubre de 2015.",
     True),
    ("zh", _DUE, "他将至迟在2015年10月30日提交中期报告。", False),
    ("zh", _DUE, "他将在2015年10月30日以后提交中期报告。", True),
    ("ar", _SINCE, "لهذا، فمنذ 26 آذار/مارس 2015 والتحالف يشن غارات.", False),
    ("ar", _SINCE, "لهذا، فقبل 26 آذار/مارس 2015 كان التحالف يشن غارات.", True),
    ("ru", "The term of office is three years, beginning on 1 January 2016.",
     "Срок полномочий составляет три года и начинается 1 января 2016 года.", False),
    ("ru", "The term of office is three years, beginning on 1 January 2016.",
     "Срок полномочий составляет три года и истекает до 1 января 2016 года.", True),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_date_bounds_checked(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str
                             ) -> None:
    found, wanted = warned_by_case(tmp_path, cli_factory, lang, CASES, "TP206")
    assert found == wanted
