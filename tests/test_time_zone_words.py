"""A 24-hour time with its zone said in words or put first (FLORES-200's dev set, WMT 2020):
"(0230 UTC)" is «(0230 التوقيت العالمي الموحّد)», "(1521 GMT)" «(1521 по Гринвичу)», «（UTC
0230）»; each is read as the time it is (the number had been «0230 UTC» become «0230»), and
a wrong hour is still caught, through the real CLI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import unit_findings

from conftest import Cli

CASES = [
    # (language, source, translation with the right time, with a wrong one)
    ("ar", "It crashed at 9:30 am local time (0230 UTC).",
     "تحطمت في الساعة 9:30 صباحاً بالتوقيت المحلي (0230 التوقيت العالمي الموحّد).",
     "تحطمت في الساعة 9:30 صباحاً بالتوقيت المحلي (0330 التوقيت العالمي الموحّد)."),
    ("ar", "The quake struck at 1521 GMT.", "وقع الزلزال في 1521 بتوقيت غرينتش.",
     "وقع الزلزال في 1621 بتوقيت غرينتش."),
    ("ru", "It closed at 1521 GMT.", "Он закрылся в 1521 по Гринвичу.",
     "Он закрылся в 1621 по Гринвичу."),
    ("zh", "It crashed at 9:30 am local time (0230 UTC).",
     "它于当地时间上午 9:30（UTC 0230）坠毁。", "它于当地时间上午 9:30（UTC 0330）坠毁。"),
    ("zh", "It closed at 1521 GMT.", "它于格林尼治时间 1521 关闭。",
     "它于格林尼治时间 1621 关闭。"),
    ("fr", "It closed at 1521 GMT.", "Il a fermé à 1521 TU.", "Il a fermé à 1621 TU."),
    ("es", "It closed at 1521 GMT.", "Cerró a las 1521 hora de Greenwich.",
     "Cerró a las 1621 hora de Greenwich."),
]


def _errors(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, source: str,
            target: str) -> list[str]:
    return sorted(f["message"] for f in unit_findings(tmp_path, cli_factory, lang, source,
                                                      target) if f["severity"] == "error")


@pytest.mark.parametrize(("lang", "source", "right", "wrong"), CASES)
def test_zone_in_words(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                       source: str, right: str, wrong: str) -> None:
    assert _errors(tmp_path / "right", cli_factory, lang, source, right) == []
    assert _errors(tmp_path / "wrong", cli_factory, lang, source, wrong)
