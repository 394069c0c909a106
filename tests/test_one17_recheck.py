"""The one-file re-check, sixteenth round: TP701/TP702 patched for the rows that changed only
(``checkpatch._differing``), cache hits filed from their entries' parts
(``checkcache.load_streamed``, ``checkwhole``), the files' slots (``checkcache.FileSlots``) and
the compared units' group keys as an array's bytes (``checkstream.usables_of``)."""

from __future__ import annotations

import random
from array import array
from itertools import chain
from pathlib import Path
from typing import Any

import polib
from hypothesis import given, settings
from hypothesis import strategies as st

from test_check_patch import _po, _same, _set
from test_check_whole import _workspace
from transpub import checkcache, checkpack
from transpub.checkpatch import _differing
from transpub.checkstream import Groups, Usables, group_keys, usables_of

from conftest import Cli

# --- TP701/TP702: the groups of the rows that changed -----------------------------------------

_TEXTS = st.sampled_from(["a", "b", "c"])
_ROWS = st.lists(st.tuples(st.sampled_from(["u1", "u2"]), _TEXTS, _TEXTS, st.integers(1, 3),
                           st.sampled_from([None, 0, 1]), _TEXTS, _TEXTS, _TEXTS,
                           st.booleans()), max_size=6)


def _groups_of(row: tuple[Any, ...]) -> set[tuple[Any, ...]]:
    """A row's TP701 group, and its TP702 group if TP702 compares it (``checkpatch``)."""
    return {("701", row[5], row[4]), *((("702", row[6]),) if row[8] else ())}


@settings(max_examples=400, deadline=None)
@given(_ROWS, _ROWS)
def test_a_group_no_differing_row_is_in_has_the_same_rows_at_the_same_places(
        old: list[tuple[Any, ...]], new: list[tuple[Any, ...]]) -> None:
    """What the patch relies on: a group untouched by the rows that differ gets the same
    rows, at the same places, from the changed file (so its findings are the same)."""
    touched = set().union(*map(_groups_of, _differing(old, new)))
    for group in set().union(*map(_groups_of, [*old, *new])) - touched:
        assert [(i, r) for i, r in enumerate(old) if group in _groups_of(r)] == \
            [(i, r) for i, r in enumerate(new) if group in _groups_of(r)]


def test_unchanged_rows_in_place_touch_no_group() -> None:
    rows = [("u1", "s", "t", 1, None, "a", "b", "c", True),
            ("u2", "s2", "t2", 2, None, "d", "e", "f", False)]
    assert _differing(rows, list(rows)) == []
    # the second row changed: both of its versions, not the first row
    changed = [rows[0], (*rows[1][:2], "t3", *rows[1][3:])]
    assert sorted(_differing(rows, changed)) == sorted([rows[1], changed[1]])
    # a row inserted before the others moves them all (their places are in the findings)
    moved = [rows[1], *rows]
    assert set(_differing(rows, moved)) == set(rows)


def _entries(path: Path) -> list[polib.POEntry]:
    return [e for e in polib.pofile(str(path)) if e.msgstr and not e.obsolete]


def test_edits_of_every_kind_patched_as_every_group_compared(
        tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    """Edits that change one unit, move units (an entry removed or added: the later rows'
    places move), draft, empty or restore one, in one file or in two, each patched and
    reported as ``--no-cache`` reports (``_same``)."""
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    _same(cli, "compared")
    fr = _po(ws, "fr")
    # the first unit (a label every copy of the release shares) translated otherwise
    old = _set(fr, 0, "Un autre libellé")
    _same(cli, "patched")
    _set(fr, 0, old)
    _same(cli, "patched")
    # an entry removed: every later unit's row moves up one place
    po = polib.pofile(str(fr))
    kept = po[1]
    po.remove(kept)
    po.save()
    _same(cli, "patched")
    po = polib.pofile(str(fr))
    po.insert(1, kept)
    po.save()
    _same(cli, "patched")
    # drafted, emptied, restored
    po = polib.pofile(str(fr))
    entry = [e for e in po if e.msgstr][3]
    text = entry.msgstr
    entry.flags.append("fuzzy")
    po.save()
    _same(cli, "patched")
    po = polib.pofile(str(fr))
    entry = next(e for e in po if e.msgid == entry.msgid)
    entry.flags.remove("fuzzy")
    entry.msgstr = ""
    po.save()
    _same(cli, "patched")
    po = polib.pofile(str(fr))
    next(e for e in po if e.msgid == entry.msgid).msgstr = text
    po.save()
    _same(cli, "patched")
    # random edits of one translated unit in one or two files, five times
    rng = random.Random(17)
    files = [f for f in sorted((ws / "locales").glob("*/LC_MESSAGES/*.po"))
             if f.parent.parent.name != "en"]
    texts = [e.msgstr for f in files[:3] for e in _entries(f)]
    for _step in range(5):
        for path in rng.sample(files, rng.randint(1, 2)):
            _set(path, rng.randrange(len(_entries(path))), rng.choice(texts))
        _same(cli, "patched")


# --- the files' slots --------------------------------------------------------------------------

def test_file_slots_differ_with_every_part(tmp_path: Path) -> None:
    slots = checkcache.FileSlots(tmp_path, "salt", "/ws", "config-sha")
    base = ("locales/fr/LC_MESSAGES/a.po", "fr", False, ["1" * 64, "2" * 64, "absent", "3" * 64])
    one, none = slots.slots(*base)
    assert none is None
    assert one == checkcache.FileSlots(tmp_path, "salt", "/ws", "config-sha").slots(*base)[0]
    assert one.where == str(tmp_path / one.key[:2] / f"{one.key}.json")
    # the entry without matrix rows: another slot, and the first as the second
    without, later = slots.slots(*base, "no matrix rows")
    assert later is not None and later.slot() == one and without.key != one.key
    keys = {one.key, without.key}
    for other in (("locales/fr/LC_MESSAGES/b.po", "fr", False, base[3]),
                  (base[0], "es", False, base[3]), (base[0], "fr", True, base[3]),
                  (base[0], "fr", False, ["1" * 64, "2" * 64, "absent", "4" * 64]),
                  (base[0], "fr", False, ["1" * 64, "absent", "2" * 64, "3" * 64])):
        keys.add(slots.slots(*other)[0].key)
    for made in (checkcache.FileSlots(tmp_path, "other salt", "/ws", "config-sha"),
                 checkcache.FileSlots(tmp_path, "salt", "/other", "config-sha"),
                 checkcache.FileSlots(tmp_path, "salt", "/ws", "other-config")):
        keys.add(made.slots(*base)[0].key)
    assert len(keys) == 10


# --- the group keys as bytes -------------------------------------------------------------------

_USABLE = st.tuples(st.text(max_size=3), st.text(max_size=3), st.text(max_size=3),
                    st.integers(1, 99), st.sampled_from([None, 0, 1, 2]),
                    st.sampled_from(["a" * 64, "b" * 64, "c" * 64]),
                    st.sampled_from(["d" * 64, "e" * 64, "0" * 64]),
                    st.sampled_from(["f" * 64, "1" * 64]), st.booleans())


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["fr", "es"]), st.lists(_USABLE, max_size=8)),
                max_size=6))
def test_group_keys_as_bytes_group_as_the_pairs_did(
        files: list[tuple[str, list[tuple[Any, ...]]]]) -> None:
    as_bytes, as_pairs = Groups(64), Groups(64)
    for position, (lang, rows) in enumerate(files):
        made = usables_of(rows)
        pairs = tuple(group_keys(r) for r in rows)
        assert isinstance(made.keys, bytes)
        assert array("i", made.keys).tolist() == list(chain.from_iterable(pairs))
        as_bytes.add(position, lang, made)
        as_pairs.add(position, lang, Usables(made.data, pairs))
    positions = range(len(files))
    assert list(as_bytes.files(positions)) == list(as_pairs.files(positions))
    wanted701 = {(lang, r[5], r[4]) for lang, rows in files for r in rows[:1]}
    wanted702 = {(lang, r[6]) for lang, rows in files for r in rows[-1:] if r[8]}
    assert list(as_bytes.holding(wanted701, wanted702)) == \
        list(as_pairs.holding(wanted701, wanted702))


# --- cache hits filed from their entries' parts ------------------------------------------------

def test_an_entry_read_as_parts_is_the_entry_read_streamed(
        tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    cli("check", "-o", "report.txt", expect=None)
    folder = ws / ".transpub-cache" / "check"
    with checkpack.Packs(folder) as packs:
        keys = list(packs._where)
        assert len(keys) == 15
        for key in keys:
            where = checkcache.Slot(str(folder / key[:2] / f"{key}.json"), key)
            for vouched in (None, checkcache.Vouched(folder)):
                whole = checkcache.load_file(where, "fr", "x.po", True, vouched, packs)
                parts = checkcache.load_streamed(where, "fr", "x.po", vouched, packs)
                assert whole is not None and parts is not None
                assert whole.carried == list(parts[0])
                assert whole.suppressions == parts[1] and whole.count == parts[2]
                assert whole.coverage_lazy == (parts[3], parts[4])
                assert whole.blob == (b"", *parts[5:9])
                assert whole.usables == (b"", parts[9], parts[10])
        # another key's entry is a miss either way
        where = checkcache.Slot(str(folder / "00" / f"{'0' * 64}.json"), "0" * 64)
        assert checkcache.load_streamed(where, "fr", "x.po", None, packs) is None
