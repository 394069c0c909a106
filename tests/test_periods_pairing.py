"""TP205's pairing of the source's periods with the translation's (``checks.periods.changed``),
indexed since session 45 (a unit of thousands of periods that all differ was quadratic):
compared on random sets with the pairing it replaced, kept here as the reference."""

from __future__ import annotations

import random

from transpub.checks.periods import changed
from transpub.periods import Period


def _reference(wanted: list[Period], have: list[Period]) -> list[tuple[Period, Period]]:
    """The pairing before session 45: a scan of the translation's periods for each."""
    left = list(have)
    unmatched = []
    for period in wanted:
        same = next((p for p in left if p.same(period)), None)
        if same is not None:
            left.remove(same)
        else:
            unmatched.append(period)
    out = []
    for period in unmatched:
        other = next((p for p in left if p.kind == period.kind), None)
        if other is not None:
            left.remove(other)
            out.append((period, other))
    return out


def _periods(rng: random.Random, count: int) -> list[Period]:
    return [Period(rng.choice(("half", "quarter", "part")), first := rng.randint(1, 4),
                   first + rng.randint(0, 1), rng.choice((None, 2021, 2022)), at, at + 1,
                   f"p{at}")
            for at in range(count)]


def test_the_indexed_pairing_is_the_scan_it_replaced() -> None:
    rng = random.Random(45)
    for _ in range(3000):
        wanted, have = _periods(rng, rng.randint(0, 8)), _periods(rng, rng.randint(0, 8))
        assert changed(wanted, have) == _reference(wanted, have)
