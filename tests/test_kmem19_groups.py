"""TP701/TP702's group tables as two bitmaps each (``checkstream.Groups``: seen once, seen
twice or more) flag the rows a table of counts saturating at 2 flagged: checked against
such a table made here from the same slots, on random keys that collide often (small
tables) and with files added again (counted again from every file)."""

from __future__ import annotations

import marshal
import random
from array import array
from collections import Counter

import pytest

from transpub.checkstream import Groups, Usables, _spread


def _flags(groups: Groups, files: dict[int, tuple[str, list[tuple[int, int]]]]
           ) -> dict[int, tuple[bytes, bytes]]:
    """Each file's TP701 and TP702 flags by counting its rows' slots (the old tables)."""
    none = groups._mask + 1
    slots = {at: groups._slots_of(lang, array("i", [k for pair in keys for k in pair]))
             for at, (lang, keys) in files.items()}
    source = Counter(s for made in slots.values() for s in made[0::2])
    target = Counter(s for made in slots.values() for s in made[1::2])
    return {at: (bytes(int(source[s] >= 2) for s in made[0::2]),
                 bytes(int(target[s] >= 2 and s != none) for s in made[1::2]))
            for at, made in slots.items()}


@pytest.mark.parametrize("seed", range(12))
def test_the_bitmaps_flag_what_the_counts_flagged(seed: int) -> None:
    rng = random.Random(seed)
    expected = rng.choice([10, 400, 5000])
    groups = Groups(expected)
    files: dict[int, tuple[str, list[tuple[int, int]]]] = {}
    spread = rng.choice([50, 3000, 1 << 31])  # few distinct keys: many real shared groups
    for position in range(rng.randint(1, 80)):
        if files and rng.random() < 0.1:  # a file added again, with other rows
            position = rng.choice(list(files))
        lang = rng.choice(["fr", "es", "ru"])
        keys = [(rng.randrange(spread) & ((1 << 31) - 1),
                 -1 if rng.random() < 0.2 else rng.randrange(spread) & ((1 << 31) - 1))
                for _ in range(rng.randint(1, 40))]
        rows = tuple((position, index) for index in range(len(keys)))
        groups.add(position, lang, Usables(marshal.dumps(rows),
                                           array("i", [k for p in keys for k in p]).tobytes()))
        files[position] = (lang, keys)
        if rng.random() < 0.3:
            groups.count()  # as a whole check counts while the workers run
    want = _flags(groups, files)
    got = {at: (same, shared) for _lang, at, _rows, same, shared in groups.files(sorted(files))}
    # a file none of whose rows may share a group is not read back
    assert got == {at: flags for at, flags in want.items() if 1 in flags[0] or 1 in flags[1]}
    # the tables: a quarter of the bytes a table of counts took
    size = groups._mask + 1
    assert len(groups._source) + len(groups._source_twice) == size // 4


def test_spread_gives_each_bit_its_byte() -> None:
    rng = random.Random(5)
    bitmap = bytearray(rng.randbytes(999))
    out = _spread(bitmap)
    assert len(out) == 8 * len(bitmap)
    assert all(out[at] == (bitmap[at >> 3] >> (at & 7)) & 1 for at in range(len(out)))
