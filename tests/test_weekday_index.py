"""TP202's dating of the source's weekdays (``checks/weekdayindex.py``) read once a unit: the
sentences a translation's date may pair with found by bisection (``sentalign.source_span_at``,
the same pairs as ``same_sentence_at``), the weekdays and their tenses read once, so a unit of
thousands of sentences stays near linear (t66/hI 6: 3,200 sentences had taken 262 s)."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from transpub import sentalign
from transpub.checks import monthdays
from transpub.sentalign import same_sentence_at, sentence_starts, source_span_at

from conftest import Cli


def test_source_span_is_same_sentence_at() -> None:
    """For units of n source and m translated sentences, each translation offset's source
    stretch holds exactly the source offsets ``same_sentence_at`` pairs it with."""
    rnd = random.Random(67)
    for _ in range(40):
        n, m = rnd.randint(1, 9), rnd.randint(1, 9)
        source = " ".join(f"The delegates of group {i} met the press today." for i in range(n))
        target = " ".join(f"Les délégués du groupe {j} ont vu la presse." for j in range(m))
        assert len(sentence_starts(source, "en")) == n
        for target_start in range(0, len(target), 7):
            low, high = source_span_at(source, "en", target, "fr", target_start)
            assert [a for a in range(0, len(source), 3) if low <= a < high] == [
                a for a in range(0, len(source), 3)
                if same_sentence_at(source, "en", a, target, "fr", target_start)]


def test_weekdays_dated_once_a_unit(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A unit of 300 sentences, each with a weekday and a wrong date: its weekdays are found
    once, not again for each date (``monthdays._spans``, what ``weekdays_at`` reads them
    past), and no date is paired with each weekday in turn (``_Pair.ranges_at``); the
    findings are each date's, 300 errors."""
    n = 300
    source = " ".join("The Council met on Monday with the revised draft." for _ in range(n))
    target = " ".join("Le Conseil s'est réuni le 14 décembre 2020 avec le projet révisé."
                      for _ in range(n))
    path = tmp_path / "fr.po"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                    '"Language: fr\\n"\n"X-Release-Date: 2020-12-09\\n"\n'
                    f'\nmsgctxt "x"\nmsgid "{source}"\nmsgstr "{target}"\n', encoding="utf-8")
    calls = {"spans": 0, "ranges": 0}
    spans, ranges_at = monthdays._spans, sentalign._Pair.ranges_at

    def counted_spans(text: str, lang: str) -> object:
        calls["spans"] += 1
        return spans(text, lang)

    def counted_ranges(self: sentalign._Pair, offset: int) -> tuple[int, int]:
        calls["ranges"] += 1
        return ranges_at(self, offset)

    monkeypatch.setattr(monthdays, "_spans", counted_spans)
    monkeypatch.setattr(sentalign._Pair, "ranges_at", counted_ranges)
    cli = cli_factory(tmp_path)
    cli("check", str(path), "--no-cache", "--format", "json", expect=None)
    found = [f for f in json.loads(cli.out)["findings"] if f["code"] == "TP202"]
    assert len(found) == n and all(f["severity"] == "error" for f in found)
    assert calls["spans"] < 10
    assert calls["ranges"] < 10 * n
