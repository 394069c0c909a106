"""The two paths of session 35's linear rewrites give what the scans they replaced gave: a
unit's dates paired through an index by day (checks/dates.py ``_paired_off``) as by a scan of
the translation's dates per source date; a repeated value's mentions counted through indexes
by value (checks/numbers.py ``_holding``, ``_repeated`` with ``missing_index``) as by a scan of
the texts' numbers and dates per missing number. Each scan was quadratic in a long unit's
numbers or dates (benchmarks/HOSTILE.md); the small units keep the scan, the long ones the
index, and both are run here on the same random texts."""

from __future__ import annotations

import random

import pytest

from transpub.checks import dates, numbers
from transpub.checks.context import Unit
from transpub.datefind import dates_in
from transpub.numfind import NumberMention

DATE_WORDS = ["1 May 2015", "2 May 2015", "1 May 2014", "1 May", "May 2015", "3 June 2015",
              "14 to 18 March 2015", "7 and 8 July", "the", "and", "on", "12", "2015"]
NUMBER_WORDS = ["2014", "2015", "12", "12", "3", "1,250", "1.5", "May 2015", "1 May 2014",
                "the", "and", "in", "1.250", "7"]


def _texts(rng: random.Random, words: list[str], size: int) -> str:
    return " ".join(rng.choice(words) for _ in range(size))


@pytest.mark.parametrize("seed", range(60))
def test_the_dates_indexed_are_the_dates_scanned(monkeypatch: pytest.MonkeyPatch,
                                                 seed: int) -> None:
    rng = random.Random(seed)
    source = dates_in(_texts(rng, DATE_WORDS, rng.randint(1, 80)), "en")
    target = dates_in(_texts(rng, DATE_WORDS, rng.randint(1, 80)), "en")
    year = rng.choice([None, 2015])
    monkeypatch.setattr(dates, "_SCANNED", 10**9)
    scanned = dates._paired_off(source, target, year)
    monkeypatch.setattr(dates, "_SCANNED", 0)
    assert dates._paired_off(source, target, year) == scanned


def _unit(source: str, target: str) -> Unit:
    return Unit(file="x.po", line=1, id="p1", source=source, target=target, lang="en")


@pytest.mark.parametrize("seed", range(60))
def test_the_repeats_indexed_are_the_repeats_scanned(monkeypatch: pytest.MonkeyPatch,
                                                     seed: int) -> None:
    rng = random.Random(seed)
    source = _texts(rng, NUMBER_WORDS, rng.randint(1, 160))
    target = _texts(rng, NUMBER_WORDS, rng.randint(1, 160))
    unit = _unit(source, target)
    missing = list(numbers._find_all[source, "en"])
    rng.shuffle(missing)
    missing = missing[:rng.randint(0, len(missing))]

    def verdicts(threshold: int, indexed: bool) -> list[bool]:
        monkeypatch.setattr(numbers, "_SCANNED_REPEATS", threshold)
        index = numbers._by_positions(missing) if indexed else None
        return [numbers._repeated(m, unit, missing, "en", dated=dated, missing_index=index)
                for m in missing for dated in (False, True)]

    scanned = verdicts(10**9, False)
    assert verdicts(0, True) == scanned
    assert verdicts(0, False) == scanned


def test_the_paths_are_both_taken() -> None:
    """(The random texts reach both sides of each threshold: neither test compares a path
    with itself.)"""
    rng = random.Random(7)
    long_text = _texts(rng, NUMBER_WORDS, 160)
    assert len(numbers._find_all[long_text, "en"]) > numbers._SCANNED_REPEATS
    long_dates = dates_in(_texts(rng, DATE_WORDS, 80), "en")
    assert len(long_dates) ** 2 > dates._SCANNED
    assert isinstance(numbers._find_all[long_text, "en"][0], NumberMention)
