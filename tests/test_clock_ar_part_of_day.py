"""Arabic «ظهرًا» (at noon, early afternoon) after an hour is that hour's part of the day, not
a noon of its own (TP301, TP317): «الساعة 2 ظهرًا» for "2 p.m." had left «ظهرًا» read as a
number, "in the translation only" (t66/hB class F), and after an hour in words it was what
another number "became" («5» became «ظهرًا»). «عصرًا» and «فجرًا» are parts of the day too."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from transpub.checks.numbers import _times
from transpub.clockwords import spoken_times

from conftest import Cli


def _findings(tmp_path: Path, cli_factory: Callable[[Path], Cli], source: str,
              target: str) -> list[tuple[str, str, str]]:
    po = polib.POFile()
    po.metadata = {"Language": "ar", "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgctxt="p1", msgid=source, msgstr=target))
    po.save(str(tmp_path / "ar.po"))
    cli = cli_factory(tmp_path)
    cli("check", str(tmp_path / "ar.po"), "--format", "json", "--show-info", expect=None)
    return [(f["code"], f["severity"], f["message"]) for f in json.loads(cli.out)["findings"]
            if f["code"] in ("TP301", "TP317")]


@pytest.mark.parametrize(("source", "target"), [
    ("The meeting starts at 2 p.m.", "يبدأ الاجتماع الساعة 2 ظهرًا."),
    ("The session begins at 1 p.m.", "تبدأ الجلسة الساعة 1 ظهرا."),
    ("The session will open at 12 noon.", "تفتتح الجلسة الساعة 12 ظهرًا."),
    ("They met at 4 p.m.", "اجتمعوا الساعة 4 عصرًا."),
])
def test_a_part_of_the_day_is_no_number(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                        source: str, target: str) -> None:
    assert _findings(tmp_path, cli_factory, source, target) == []


def test_it_tells_the_half_of_the_day(tmp_path: Path,
                                      cli_factory: Callable[[Path], Cli]) -> None:
    [(code, severity, message)] = _findings(tmp_path, cli_factory, "The meeting starts at 2 a.m.",
                                            "يبدأ الاجتماع الساعة 2 ظهرًا.")
    assert (code, severity) == ("TP301", "error")
    assert "is 2 h (the translation says 14 h" in message


def test_after_an_hour_in_words(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    assert _findings(tmp_path, cli_factory, "At 2 p.m., 5 people arrived.",
                     "في الساعة الثانية ظهرًا، وصل 6 أشخاص.") == [
        ("TP301", "error", "number «5» became «6»")]


@pytest.mark.parametrize(("text", "hours"), [
    ("الساعة 2 ظهرًا", [14.0]), ("الساعة 12 ظهرًا", [12.0]), ("الساعة 5 فجرًا", [5.0]),
    # (the late morning, as some say it; never the evening: t66/hD E)
    ("الساعة 11 ظهرا", [11.0]), ("الساعة 7 ظهرًا", [7.0]), ("الساعة 3 ظهرًا", [15.0]),
    ("ظهر يوم الجمعة", [12.0]),  # (noon of a day, alone)
])
def test_the_times_read(text: str, hours: list[float]) -> None:
    [time] = _times(text, "ar")
    assert sorted(v / 60 for v in time.values) == hours


@pytest.mark.parametrize(("source", "said"), [
    ("The meeting will start at 11 p.m. on Monday.", "is 23 h (the translation says 11 h"),
    ("The meeting will start at 9 p.m.", "is 21 h (the translation says 9 h"),
])
def test_noon_words_name_no_evening(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                    source: str, said: str) -> None:
    # («ظهرًا» after 7 to 11 had been either half, so "11 p.m." passed: t66/hD E)
    hour = source.split(" at ")[1].split()[0]
    [(code, severity, message)] = _findings(tmp_path, cli_factory, source,
                                            f"يبدأ الاجتماع الساعة {hour} ظهرًا.")
    assert (code, severity) == ("TP301", "error")
    assert said in message


def test_the_late_morning_is_right(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    assert _findings(tmp_path, cli_factory, "The meeting will start at 11 a.m.",
                     "يبدأ الاجتماع الساعة 11 ظهرًا.") == []


@pytest.mark.parametrize(("text", "hours"), [
    # an hour in words is read as one in digits: after 7 to 11 the late morning, never the
    # evening (t66/hH 5: «الحادية عشرة ظهرًا» for "11 p.m." had passed)
    ("في الساعة الحادية عشرة ظهرًا", [11.0]), ("في الساعة العاشرة ظهرًا", [10.0]),
    ("في الساعة الثانية ظهرًا", [14.0]), ("في الساعة الثانية عشرة ظهرًا", [12.0]),
    ("في الساعة العاشرة مساءً", [22.0]),
])
def test_the_times_said_in_words_read(text: str, hours: list[float]) -> None:
    [time] = spoken_times(text, "ar")
    assert sorted(v / 60 for v in time.values) == hours


@pytest.mark.parametrize(("source", "target", "wanted"), [
    ("The meeting starts at 11 p.m.", "يبدأ الاجتماع في الساعة الحادية عشرة ظهرًا.", ["error"]),
    ("The meeting starts at 10 p.m.", "يبدأ الاجتماع في الساعة العاشرة ظهرًا.", ["error"]),
    ("The meeting starts at 11 a.m.", "يبدأ الاجتماع في الساعة الحادية عشرة ظهرًا.", []),
    ("The meeting starts at 2 p.m.", "يبدأ الاجتماع في الساعة الثانية ظهرًا.", []),
])
def test_noon_words_after_an_hour_in_words(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                           source: str, target: str,
                                           wanted: list[str]) -> None:
    assert [severity for _, severity, _ in _findings(tmp_path, cli_factory, source,
                                                      target)] == wanted
