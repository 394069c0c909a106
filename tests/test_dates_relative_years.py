"""A date whose year the translation names from the release's (t64/hN class M): "until end
of June 2003" as «hasta el fin de junio de este año». Where the release's year is known and
is that year ("this year" for its own, «del año pasado» for the one before) it is the same
date, an info; where it is unknown, the checker cannot tell: the milder "lost its year"
warning, not "date … is missing"; where the release's year makes it another year, the
error as before."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from conftest import Cli

JUNE = "The security team will support potato until end of June 2003."
MET = "The meeting was held on 14 June 2002."
CASES = [
    ("es", JUNE, "El equipo de seguridad dará soporte a potato hasta el fin de junio de este "
     "año.", "2003-03-12", ("info", "date «June 2003» names its year from the release's: "
                            "«este año»")),
    ("fr", JUNE, "L'équipe de sécurité suivra potato jusqu'à fin juin de cette année.",
     "2003-03-12", ("info", "date «June 2003» names its year from the release's: «cette année»")),
    ("ru", JUNE, "Команда безопасности будет поддерживать potato до конца июня этого года.",
     "2003-03-12", ("info", "date «June 2003» names its year from the release's: «этого года»")),
    ("zh", JUNE, "安全团队将支持 potato 至今年6月底。", "2003-03-12",
     ("info", "date «June 2003» names its year from the release's: «今年»")),
    ("ar", JUNE, "سيدعم فريق الأمن potato حتى نهاية حزيران/يونيه من هذا العام.", "2003-03-12",
     ("info", "date «June 2003» names its year from the release's: «هذا العام»")),
    ("es", MET, "La reunión se celebró el 14 de junio del año pasado.", "2003-03-12",
     ("info", "date «14 June 2002» names its year from the release's: «año pasado»")),
    # the release's date unknown: the year may be right or not
    ("es", JUNE, "El equipo de seguridad dará soporte a potato hasta el fin de junio de este "
     "año.", None, ("warning", "date «June 2003» lost its year: «este año»")),
    ("zh", JUNE, "安全团队将支持 potato 至今年6月底。", None,
     ("warning", "date «June 2003» lost its year: «今年»")),
    ("es", MET, "La reunión se celebró el 14 de junio del año pasado.", None,
     ("warning", "date «14 June 2002» lost its year: «año pasado»")),
    # of several years so named, the one where the date is (Debian's Spanish news, t64/hN)
    ("es", "The survey's results were published last year. The security team will support "
     "potato until end of June 2003.", "Se publicaron los resultados del estudio del año "
     "pasado. El equipo de seguridad dará soporte a potato hasta el fin de junio de este año.",
     None, ("warning", "date «June 2003» lost its year: «este año»")),
    ("es", "The survey's results were published last year. The security team will support "
     "potato until end of June 2003.", "Se publicaron los resultados del estudio del año "
     "pasado. El equipo de seguridad dará soporte a potato hasta el fin de junio de este año.",
     "2003-02-14", ("info", "date «June 2003» names its year from the release's: «este año»")),
    # another year than the source's, or another month: an error as before
    ("es", JUNE, "El equipo de seguridad dará soporte a potato hasta el fin de junio de este "
     "año.", "2004-03-12", ("error", "date «June 2003» is missing")),
    ("es", JUNE, "El equipo de seguridad dará soporte a potato hasta el fin de julio de este "
     "año.", "2003-03-12", ("error", "date «June 2003» is missing")),
    ("es", MET, "La reunión se celebró el 14 de junio de este año.", "2003-03-12",
     ("error", "date «14 June 2002» became «14 de junio»")),
    ("fr", JUNE, "L'équipe suivra potato jusqu'à fin juin de cette année-là.", "2003-03-12",
     ("error", "date «June 2003» is missing")),
]


@pytest.mark.parametrize(("lang", "source", "target", "released", "wanted"), CASES)
def test_a_year_named_from_the_release_s(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                         lang: str, source: str, target: str,
                                         released: str | None,
                                         wanted: tuple[str, str]) -> None:
    po = polib.POFile()
    po.metadata = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8"}
    if released:
        po.metadata["X-Release-Date"] = released
    po.append(polib.POEntry(msgctxt="p1", msgid=source, msgstr=target))
    po.save(str(tmp_path / f"{lang}.po"))
    cli = cli_factory(tmp_path)
    cli("check", str(tmp_path / f"{lang}.po"), "--format", "json", "--show-info", expect=None)
    found = [(f["severity"], f["message"]) for f in json.loads(cli.out)["findings"]
             if f["code"] in ("TP201", "TP202")]
    assert found == [wanted]


# Each year word names the year of the month or date beside it, once (t65/hF finding 1): the
# years swapped, or "this year" elsewhere in the unit, had been two infos
TWO = "The plan was drafted in May 2002 and adopted in June 2003."
TIED = [
    ("es", "El plan se redactó en mayo del año pasado y se aprobó en junio de este año.",
     "El plan se redactó en mayo de este año y se aprobó en junio del año pasado."),
    ("fr", "Le plan a été rédigé en mai de l'an dernier et adopté en juin de cette année.",
     "Le plan a été rédigé en mai de cette année et adopté en juin de l'année dernière."),
    ("ru", "План был подготовлен в мае прошлого года и принят в июне этого года.",
     "План был подготовлен в мае этого года и принят в июне прошлого года."),
    ("zh", "该计划于去年5月起草，今年6月通过。", "该计划于今年5月起草，去年6月通过。"),
    ("ar", "وقد صيغت الخطة في أيار/مايو من العام الماضي واعتمدت في حزيران/يونيه من هذا العام.",
     "وقد صيغت الخطة في أيار/مايو من هذا العام واعتمدت في حزيران/يونيه من العام الماضي."),
]


def _findings(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, source: str,
              target: str, released: str | None) -> list[tuple[str, str]]:
    po = polib.POFile()
    po.metadata = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8"}
    if released:
        po.metadata["X-Release-Date"] = released
    po.append(polib.POEntry(msgctxt="p1", msgid=source, msgstr=target))
    po.save(str(tmp_path / f"{lang}.po"))
    cli = cli_factory(tmp_path)
    cli("check", str(tmp_path / f"{lang}.po"), "--format", "json", "--show-info", expect=None)
    return sorted((f["severity"], f["message"]) for f in json.loads(cli.out)["findings"]
                  if f["code"] in ("TP201", "TP202"))


@pytest.mark.parametrize(("lang", "right", "swapped"), TIED)
def test_a_year_word_names_the_year_of_its_own_month(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, right: str,
        swapped: str) -> None:
    found = _findings(tmp_path, cli_factory, lang, TWO, right, "2003-03-12")
    assert [severity for severity, _ in found] == ["info", "info"]
    assert _findings(tmp_path, cli_factory, lang, TWO, swapped, "2003-03-12") == [
        ("error", "date «June 2003» is missing"), ("error", "date «May 2002» is missing")]


@pytest.mark.parametrize(("target", "released", "wanted"), [
    # "this year" said of another thing, the month's year dropped: an error as before 9f2e49b
    ("El presupuesto de este año es mayor; el plan termina en junio.", "2003-03-12",
     [("error", "date «June 2003» is missing")]),
    ("El presupuesto de este año es mayor; el plan termina en junio.", None,
     [("error", "date «June 2003» is missing")]),
    ("El presupuesto es mayor; el plan termina en junio de este año.", "2003-03-12",
     [("info", "date «June 2003» names its year from the release's: «este año»")]),
])
def test_a_year_word_elsewhere_names_no_month_s_year(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], target: str, released: str | None,
        wanted: list[tuple[str, str]]) -> None:
    source = "This year's budget is larger; the plan ends in June 2003."
    assert _findings(tmp_path, cli_factory, "es", source, target, released) == wanted


def test_one_year_word_serves_one_date(tmp_path: Path,
                                       cli_factory: Callable[[Path], Cli]) -> None:
    # a range's months share the year word said once after them; two dates do not
    source = "The pilot ran from May to June 2003."
    assert [s for s, _ in _findings(tmp_path, cli_factory, "es", source,
                                    "El piloto duró de mayo a junio de este año.",
                                    "2003-03-12")] == ["info", "info"]
    source = "The pilot ran in May 2003 and the review in June 2003."
    assert _findings(tmp_path, cli_factory, "es", source,
                     "El piloto se hizo en mayo y la revisión en junio de este año.",
                     "2003-03-12") == [
        ("error", "date «May 2003» is missing"),
        ("info", "date «June 2003» names its year from the release's: «este año»")]


def test_year_words_read_once_a_unit(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # the translation's year words are read once a unit, and each month's names once: each
    # date had read them again and tried every name of its month (2,000 dates: 74 s to check,
    # t65/hF finding 10); the work is counted, as timing is no test
    from transpub.checks import yearwords

    calls = {"read": 0, "beside": 0}
    read, beside = yearwords.relative_years, yearwords.YearWords._beside

    def counted_read(text: str, lang: str) -> list[tuple[int, str, int]]:
        calls["read"] += 1
        return read(text, lang)

    def counted_beside(self: yearwords.YearWords, start: int, end: int) -> list[int]:
        calls["beside"] += 1
        return beside(self, start, end)

    monkeypatch.setattr(yearwords, "relative_years", counted_read)
    monkeypatch.setattr(yearwords.YearWords, "_beside", counted_beside)
    count = 300
    source = " ".join(f"Item {k} ends in June 2003." for k in range(count))
    target = " ".join(f"El punto {k} termina en junio de este año." for k in range(count))
    found = _findings(tmp_path, cli_factory, "es", source, target, "2003-03-12")
    assert len(found) == count and {severity for severity, _ in found} == {"info"}
    assert calls["read"] == 1
    assert calls["beside"] <= 2 * count
