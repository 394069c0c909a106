"""prefixes.ByPrefix: the keys that start with a prefix, by bisection, against the test of
every key it replaced (extract's merge and ``xliff import``'s paragraph lookups)."""

from __future__ import annotations

import random

from transpub.prefixes import ByPrefix


def _brute(pairs: list[tuple[str, int]], prefix: str) -> list[int]:
    return [value for key, value in sorted(pairs, key=lambda pair: pair[0])
            if key.startswith(prefix)]


def test_the_keys_of_a_prefix_as_every_key_tested_would_give() -> None:
    rng = random.Random(64)
    alphabet = ["p", "1", "2", ".", "a", "/", "\U0010ffff", "\x00", "é", "10"]
    for _ in range(2_000):
        pairs = [("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 5))), value)
                 for value in range(rng.randint(0, 30))]
        index = ByPrefix(pairs)
        for _ in range(10):
            prefix = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4)))
            assert index.starting(prefix) == _brute(pairs, prefix), (pairs, prefix)


def test_a_paragraphs_units_not_another_paragraphs() -> None:
    index = ByPrefix([("p10.a", 1), ("p1.b", 2), ("p1.a", 3), ("p1", 4), ("p1.a", 5),
                      ("p1.x.y", 6), ("p2.a", 7)])
    # (sorted by key, equal keys in the order given; "p10." and "p1" are other paragraphs')
    assert index.starting("p1.") == [3, 5, 2, 6]
    assert index.starting("p3.") == []
    assert ByPrefix([]).starting("p1.") == []
