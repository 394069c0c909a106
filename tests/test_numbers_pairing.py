"""The pairing of a unit's numbers (checks/numbers.py ``_pair_off``, ``_rescaled``), indexed
by value and mantissa since session 34's review, pairs exactly as the scan it replaced, which
tried every target number for each source number (quadratic in a long unit's numbers)."""

from __future__ import annotations

import random

import pytest

from transpub.checks import numbers
from transpub.checks.numbers import _pair_off, _rescaled
from transpub.numfind import NumberMention, find_numbers

WORDS = ["1,250", "1 250", "2.5 million", "2,5 milliards", "12", "13", "2014", "2014-2015",
         "0.7", "0,7", "15", "1.5", "1,5", "3 millions", "3", "million", "the", "le", "et",
         # read two ways in English (1.25 or 1,250; 3 or 3,000): a mention of two values
         "1.250", "3.000", "1.25", "1250", "3000"]


def _scan(source: list[NumberMention], target: list[NumberMention]) -> tuple[
        list[NumberMention], list[NumberMention], list[tuple[NumberMention, NumberMention]]]:
    """The pairing as it was: a scan of the target left over per source number."""
    left = list(target)
    missing = []
    for mention in source:
        found = next((t for t in left if t.values & mention.values), None)
        if found is not None:
            left.remove(found)
        else:
            missing.append(mention)
    rescaled = [(m, t) for m in missing for t in left
                if t.mantissas & m.mantissas and t.scale != m.scale]
    return missing, left, rescaled


@pytest.mark.parametrize("scanned", [0, numbers._SCANNED])
def test_the_indexed_pairing_is_the_scan(monkeypatch: pytest.MonkeyPatch, scanned: int) -> None:
    # (0: every unit through the index; the default: a unit's few numbers still scanned)
    monkeypatch.setattr(numbers, "_SCANNED", scanned)
    rng = random.Random(34)
    compared = paired = 0
    for _ in range(400):
        source_text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 30)))
        target_text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 30)))
        source = find_numbers(source_text, "en", [])
        target = find_numbers(target_text, rng.choice(("fr", "en")), [])
        missing, left = _pair_off(source, target)
        want_missing, want_left, want_rescaled = _scan(source, target)
        assert (missing, left) == (want_missing, want_left)
        assert _rescaled(missing, left) == want_rescaled
        compared += 1
        paired += len(source) - len(missing)
        paired += len(want_rescaled)
    assert compared == 400 and paired > 1000  # the texts shared numbers and scales
