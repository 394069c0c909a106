"""Classes of false alarms the Hong Kong Monetary Authority's annual reports showed (English
and traditional Chinese, paragraph by paragraph, 2015-2023: WMT 2025's terminology task, track
2, `wmt-conference/wmt25-terminology`, CC BY-NC 4.0). The sentences here are written for the
tests after the reports'; each right translation has a wrong twin the checker must still
report.

- traditional Chinese scale characters: «1,421 億港元» is HK$142.1 billion, «5萬多頁» over
  50,000 pages; «兩»;
- a URL in Chinese text ends where the Chinese begins («(www.hkma.gov.hk)提供5萬多頁»);
- «上午11時30分», «下午4時» (traditional 時, 點);
- «一成», «七成以上»: ten, seventy per cent;
- "72:28" is a ratio, no time of day;
- "2008/09" a short range of years; «2021年9及10月», two months of one year;
- "RMB900 billion": a currency's code against its amount;
- "HK$200–300 billion" as «2,000至3,000億港元» (the first number takes the second's scale);
- "a decade" said with digits («10年來»);
- a year said as «去年», «翌年» (info); "Scheme 2.0" as «計劃升級版» (info);
- TP702: sources that differ by case, a hyphen, a bracketed acronym, a genitive turned round
  or a typing slip share one translation.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _check, _check_units, _codes, _twins

from conftest import Cli

CASES = [
    ("zh", "Investments totalled HK$142.1 billion at the end of 2015.",
     "於2015年年底，投資總計1,421 億港元。", "於2015年年底，投資總計1,412 億港元。"),
    ("zh", "The website (www.hkma.gov.hk) has over 50,000 pages.",
     "網站(www.hkma.gov.hk)提供5萬多頁資料。", "網站(www.hkma.gov.hk)提供4萬多頁資料。"),
    ("zh", "The allotment time changes from 11:30 a.m. to 4:00 p.m.",
     "配發時間由上午11時30分更改至下午4時。", "配發時間由上午11時30分更改至下午5時。"),
    ("zh", "The US dollar index surged by almost 10% in 2015.",
     "美元匯價指數在2015年飆升接近一成。", "美元匯價指數在2015年飆升接近二成。"),
    ("zh", "More than 70% of payments were handled through Hong Kong.",
     "七成以上的支付交易經香港處理。", "六成以上的支付交易經香港處理。"),
    ("zh", "The target bond-to-equity mix is 72:28.", "債券與股票的目標比率為72 比28。",
     "債券與股票的目標比率為70 比30。"),
    ("zh", "The markets were volatile after the 2008/09 crisis.",
     "2008至2009年危機後，市場波動。", "2008至2010年危機後，市場波動。"),
    ("zh", "Issuance rose by HK$40 billion in September and October 2021.",
     "於2021年9及10月增發400億港元。", "於2021年9及11月增發400億港元。"),
    ("zh", "Daily turnover stood at RMB900 billion.", "每日平均金額高達9,000億元人民幣。",
     "每日平均金額高達8,000億元人民幣。"),
    ("zh", "Banks could release HK$200–300 billion in credit.",
     "銀行可釋放2,000至3,000億港元信貸。", "銀行可釋放2,500至3,000億港元信貸。"),
    ("zh", "In the second half, it was the first decline in a decade.",
     "下半年，屬10年來首次下跌。", "第3季，屬10年來首次下跌。"),
    ("zh", "In 2017, we established the Resolution Office.", "金管局去年成立了處置機制辦公室。",
     "金管局於2016年成立了處置機制辦公室。"),
]


@pytest.mark.parametrize(("lang", "source", "good", "bad"), CASES)
def test_numbers_dates_and_times(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                                 source: str, good: str, bad: str) -> None:
    _twins(tmp_path, cli_factory, lang, source, good, bad)


@pytest.mark.parametrize(("one", "other", "flagged"), [
    ("# The Exchange Fund’s performance", "# PERFORMANCE OF THE EXCHANGE FUND", False),
    ("- the three noteissuing banks of Hong Kong", "* the three note-issuing banks of Hong Kong",
     False),
    ("# Combatting money laundering and terrorist financing",
     "# Combating money laundering and terrorist financing (ML/TF)", False),
    ("The Monetary Authority, under delegated authorit from the Financial Secretary",
     "The Monetary Authority, under delegated authority from the Financial Secretary", False),
    ("# Operational and technology risk", "# Operational and technology risks", False),
    ("# Hong Kong as an International Financial Centre", "# International Financial Centre",
     True),
    ("the Secretary of the Council met the press", "the Council of the Secretary met the press",
     True),
])
def test_sources_that_differ_in_form(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                     one: str, other: str, flagged: bool) -> None:
    translation = "相同的譯文，用於兩段原文。"
    found = _check_units(tmp_path, cli_factory, "zh", [(one, translation), (other, translation)])
    assert ("TP702" in _codes(found)) is flagged


def test_a_plural_is_another_source_where_the_language_marks_it(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    translation = "# Risque opérationnel et technologique"
    found = _check_units(tmp_path, cli_factory, "fr",
                         [("# Operational and technology risk", translation),
                          ("# Operational and technology risks", translation)])
    assert "TP702" in _codes(found)


def test_a_year_changed_is_no_relative_year(tmp_path: Path,
                                            cli_factory: Callable[[Path], Cli]) -> None:
    """«العام الماضي» says the source's own "the past year": the year 2012 written as 2014
    is still a number changed (the UN Parallel Corpus's)."""
    source = "Over the past year, progress was made on the Strategy adopted in 2012."
    good = "خلال العام الماضي، أحرز تقدم في تنفيذ الاستراتيجية التي اعتمدت في عام 2012."
    bad = "خلال العام الماضي، أحرز تقدم في تنفيذ الاستراتيجية التي اعتمدت في عام 2014."
    assert _codes(_check(tmp_path, cli_factory, "ar", source, good)) == []
    assert _codes(_check(tmp_path / "bad", cli_factory, "ar", source, bad)) == ["TP301"]


def test_a_game_clock_is_no_time(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """"a power play goal on 27:37" (NTREX-128): the same clock in the translation."""
    source = "Bouchard levelled with a power play goal on 27:37."
    assert _codes(_check(tmp_path, cli_factory, "ar", source,
                         "أحرز بوتشارد التعادل بهدف بالدقيقة 27:37.")) == []
    assert "TP301" in _codes(_check(tmp_path / "bad", cli_factory, "ar", source,
                                    "أحرز بوتشارد التعادل بهدف بالدقيقة 28:37."))
