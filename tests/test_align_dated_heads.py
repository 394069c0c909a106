"""``transpub align`` on a translation whose headline opens with its date, as Chinese puts
it («2022年8月19日外交部发言人汪文斌» over «主持例行记者会», China MFA's, for "Foreign Ministry
Spokesperson Wang Wenbin's Regular Press Conference on August 19, 2022"). A line that opens
with a date and goes on with words other than a place's, a weekday or a label is a headline
or a sentence, not a date line (which pairs only with a date line): read as one, the
headline's dated line had paired with nothing, the release's title with the second line
alone, and the confirmed unit drew a false TP201 "date missing" and TP607 "much shorter".
(A trial on releases governments published in English and another language, session 64.)"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from transpub.align import _DATE, _TEXT, _kind

from conftest import Cli

#: China MFA's press conference (the trial's excerpt, shortened): a one-line headline
MFA_EN = """Foreign Ministry Spokesperson Wang Wenbin’s Regular Press Conference on August 19, 2022

The Paper: We have noted that the Coordinators’ Meeting was successfully held yesterday via \
video link. Can you share with us the details and outcomes of the meeting?

Wang Wenbin: Yesterday State Councilor and Foreign Minister Wang Yi chaired the meeting in \
Beijing via video link.
"""
#: its Chinese page: the headline over two lines, the date first
MFA_ZH = """2022年8月19日外交部发言人汪文斌

主持例行记者会

澎湃新闻记者：我们注意到，协调人会议昨天以视频方式成功举行。你可否介绍会议情况及取得的成果？

汪文斌：昨天，王毅国务委员兼外长在北京以视频方式主持会议。
"""


@pytest.mark.parametrize(("text", "lang", "kind"), [
    # (a headline's or a sentence's words after the date: text, in the six languages)
    ("2022年8月19日外交部发言人汪文斌", "zh", _TEXT),
    ("19 August 2022 — Guterres in Kyiv", "en", _TEXT),
    ("19 août 2022 : Guterres à Kyiv", "fr", _TEXT),
    ("19 de agosto de 2022: Guterres en Kiev", "es", _TEXT),
    ("19 августа 2022 года Совет собрался", "ru", _TEXT),
    ("19 أغسطس 2022 مجلس الأمن يجتمع", "ar", _TEXT),
    # (a place, a weekday, a label, a year's word after the date: a date line still)
    ("9 December 2020, Kakuma", "en", _DATE), ("19 août 2022, Genève", "fr", _DATE),
    ("19 de agosto de 2022, Ginebra", "es", _DATE),
    ("November 23, 2021, Ottawa, Ontario", "en", _DATE),
    ("26-30 كانون الثاني/يناير 2015، نيويورك", "ar", _DATE),
    ("2015年3月14日至18日，日本仙台", "zh", _DATE), ("2023年3月3日（星期五）", "zh", _DATE),
    ("15 March 2024 | News release", "en", _DATE), ("21-11-1994 г.", "ru", _DATE),
    ("19 أغسطس 2022 م", "ar", _DATE), ("Geneva, 14 September 2015", "en", _DATE),
    ("格里昂，2014年5月13日", "zh", _DATE),
])
def test_a_line_opening_with_a_date(text: str, lang: str, kind: int) -> None:
    assert _kind(text, lang) == kind


def _aligned(tmp_path: Path, cli_factory: Callable[[Path], Cli], source: str,
             translation: str, lang: str) -> tuple[Cli, Path]:
    (tmp_path / "en.txt").write_text(source, encoding="utf-8")
    (tmp_path / f"{lang}.txt").write_text(translation, encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    cli.cwd = tmp_path / "ws"
    cli("import", str(tmp_path / "en.txt"), "--slug", "rel")
    cli("extract")
    cli("align", "rel", str(tmp_path / f"{lang}.txt"), "--lang", lang)
    return cli, tmp_path / "ws" / "locales" / lang / "LC_MESSAGES" / "rel.po"


def test_a_headline_opening_with_its_date_fills_the_title(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """The dated line is the headline's: the title's fill has the date, and once a reviser
    confirms it, no TP201 "date missing" nor TP607 "much shorter" (both had been reported on
    «主持例行记者会» alone)."""
    cli, path = _aligned(tmp_path, cli_factory, MFA_EN, MFA_ZH, "zh")
    po = polib.pofile(str(path))
    title = po.find("title", by="msgctxt")
    assert title is not None and title.msgstr.startswith("2022年8月19日外交部发言人汪文斌"), \
        title
    for entry in po:
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    po.save()
    cli("check", "--lang", "zh", "--select", "TP2,TP607", expect=None)
    assert "TP201" not in cli.out and "TP607" not in cli.out, cli.out
