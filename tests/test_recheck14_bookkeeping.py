"""A re-check's per-file bookkeeping, made cheaper, against the simple way: the groups
TP701/TP702 compare kept by their keys and their table slots made only with the tables
(``checkstream.Groups``), and the findings' counts added in place
(``checkstream.Store.add_blob``)."""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from typing import Any

from transpub.checkstream import Blob, Groups, Store, usables_of


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _rows(rng: random.Random, count: int) -> list[tuple[Any, ...]]:
    """Rows as ``checkcache.Usable`` has them: few distinct sources and translations, so
    that groups are shared across files."""
    rows = []
    for n in range(count):
        form = rng.choice([None, 0, 1])
        rows.append(("unit", f"u{n}", "text", n, form, _digest(f"s{rng.randrange(6)}"),
                     _digest(f"t{rng.randrange(6)}"), "", rng.random() < 0.7))
    return rows


def test_groups_holding_reads_every_row_of_the_groups_asked_for_in_file_order() -> None:
    rng = random.Random(14)
    for _round in range(30):
        groups = Groups(rng.choice([1, 50, 5000]))
        files: dict[int, tuple[str, list[tuple[Any, ...]]]] = {}
        for position in rng.sample(range(40), 25):
            lang = rng.choice(["fr", "es", "ru"])
            rows = _rows(rng, rng.randrange(0, 6))
            files[position] = (lang, rows)
            if rows:
                groups.add(position, lang, usables_of(rows))
        every = [(lang, row) for lang, rows in files.values() for row in rows]
        tp701 = {(lang, row[5], row[4]) for lang, row in rng.sample(every, min(3, len(every)))}
        tp702 = {(lang, row[6]) for lang, row in rng.sample(every, min(3, len(every)))}
        expected = [(lang, position, index, row)
                    for position, (lang, rows) in sorted(files.items())
                    for index, row in enumerate(rows)
                    if (lang, row[5], row[4]) in tp701 or (row[8] and (lang, row[6]) in tp702)]
        assert [(lang, at, index, tuple(row)) for lang, at, index, row in
                groups.holding(tp701, tp702)] == expected
        # and the tables, made only now, count every file's rows (``files``, ``rows``)
        shared = {(lang, row[5], row[4]) for lang, row in every}
        listed = list(groups.rows(sorted(files)))
        in_groups = Counter((lang, row[5], row[4]) for lang, row in every)
        for lang, row in every:
            if in_groups[lang, row[5], row[4]] > 1:
                assert any(lang == o_lang and tuple(row) == tuple(o_row) and same
                           for o_lang, _at, o_row, same, _shared in listed)
        assert shared  # (rows were drawn)


def test_counts_added_in_place_are_what_counter_update_gives() -> None:
    rng = random.Random(7)
    store = Store()
    reference: Counter[tuple[int, str, str]] = Counter()
    for position in range(200):
        counts = Counter({(rng.randrange(3), rng.choice(["TP101", "TP201", "TP701"]),
                           rng.choice(["fr", "ar"])): rng.randrange(1, 4)
                          for _ in range(rng.randrange(0, 4))})
        total = sum(counts.values())
        blob = Blob(b"", (("f.po", "fr"),), tuple((s, c, lang, n) for (s, c, lang), n in
                                               sorted(counts.items())), total)
        store.add_blob(position, blob)
        if total:
            reference.update(Counter({(s, c, lang): n for s, c, lang, n in blob.counts}))
    assert list(store.counts.items()) == list(reference.items())
    assert store.total == sum(reference.values())
