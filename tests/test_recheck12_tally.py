"""What a re-check reads of each unchanged file's cache entry, made smaller: the entity matrix
rows kept only where they tell the matrix something (``checkcache._telling``), the tally's
in-order fast path (``checktally.Tally.absorb``), and TP901's findings left in the entry until
a name occurs first there (``checkcache.read_back``). Each must give exactly what one pass over
every row in file order gives, and a re-check exactly what ``--no-cache`` reports."""

from __future__ import annotations

import json
import marshal
import random
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import transpub.checktally
from test_check_whole import _workspace
from transpub.checkcache import _telling, read_back
from transpub.checker import _matrix
from transpub.checks.registry import Finding, Severity
from transpub.checkstream import Changed, Ref, to_row
from transpub.checktally import Tally
from transpub.statmemo import stamp

from conftest import SLUG, Cli

LANGS = ("fr", "es")
_row = st.tuples(st.sampled_from(["date: 1 May", "person: Ana", "org: UN", "org: WHO"]),
                 st.sampled_from(["Ana", "A.", "UN", "May"]), st.sampled_from(LANGS),
                 st.booleans())
_file = st.tuples(st.lists(_row, max_size=8),
                  st.lists(st.sampled_from(["Ana", "Bo", "Cy", "Di"]), max_size=4))


def _finding(name: str, position: int, index: int) -> Finding:
    return Finding("TP901", Severity.INFO, "fr", f"f{position}.po", index + 1, f"u{index}",
                   f"{name} is not in the termbase", "", name, "", None, "coverage")


def _truth(files: list[tuple[list[Any], list[str]]]) -> tuple[Any, list[Finding]]:
    """One pass over every row in file order, as an uncached whole check makes them."""
    first: dict[str, Finding] = {}
    for position, (_rows, names) in enumerate(files):
        for index, name in enumerate(names):
            first.setdefault(name, _finding(name, position, index))
    return (_matrix([row for rows, _names in files for row in rows], LANGS),
            list(first.values()))


def _refs(tmp: Path, files: list[tuple[list[Any], list[str]]]) -> list[Ref]:
    """Each file's TP901 findings marshalled into one file, and where each is in it."""
    parts = [marshal.dumps(tuple(to_row(_finding(name, position, index))
                                 for index, name in enumerate(names)))
             for position, (_rows, names) in enumerate(files)]
    path = tmp / "entries"
    path.write_bytes(b"".join(parts))
    known = stamp(path.stat())
    refs, offset = [], 0
    for part in parts:
        refs.append(Ref(str(path), offset, len(part), known))
        offset += len(part)
    return refs


@settings(max_examples=150, deadline=None)
@given(st.lists(_file, max_size=9), st.randoms(use_true_random=False),
       st.sampled_from(["in order", "shuffled", "reversed"]),
       st.sampled_from(["rows", "telling"]), st.sampled_from(["findings", "bytes", "ref"]))
def test_the_tally_is_one_pass_in_file_order(tmp_path_factory: pytest.TempPathFactory,
                                             files: list[tuple[list[Any], list[str]]],
                                             rng: random.Random, order: str, rows: str,
                                             coverage: str) -> None:
    """Files absorbed in any order (cache hits in order, then checked files as they come),
    with every row or only the telling ones, their TP901 findings as objects, marshalled or
    left where they are: the matrix and TP901's findings of one pass in file order."""
    positions = list(range(len(files)))
    if order == "shuffled":
        rng.shuffle(positions)
    elif order == "reversed":
        positions.reverse()
    refs = _refs(tmp_path_factory.mktemp("refs"), files) if coverage == "ref" else []
    tally = Tally()
    for position in positions:
        carried, names = files[position]
        given_rows = list(_telling(carried)) if rows == "telling" else carried
        found = [(name, _finding(name, position, index)) for index, name in enumerate(names)]
        if coverage == "findings":
            tally.absorb(position, given_rows, found)
            continue
        data: bytes | Ref = refs[position] if refs else \
            marshal.dumps(tuple(to_row(f) for _name, f in found))
        tally.absorb(position, given_rows, lazy=(tuple(names), data))
    matrix, first = _truth(files)
    assert tally.matrix(LANGS) == matrix
    assert tally.coverage() == first


def test_telling_rows_drop_only_carried_repeats() -> None:
    rows = [("k", "A", "fr", True), ("k", "B", "fr", True), ("k", "C", "fr", False),
            ("k", "D", "es", False), ("j", "E", "fr", True), ("j", "F", "fr", True)]
    assert list(_telling(rows)) == [rows[0], rows[2], rows[3], rows[4]]


def test_read_back_refuses_bytes_that_moved(tmp_path: Path) -> None:
    path = tmp_path / "pack"
    path.write_bytes(b"0123456789")
    ref = Ref(str(path), 2, 3, stamp(path.stat()))
    assert read_back(ref) == b"234"
    assert read_back(b"as it is") == b"as it is"
    path.write_bytes(b"abcdefghij")
    with pytest.raises(Changed):
        read_back(ref)


def _report(cli: Cli, *args: str) -> dict[str, Any]:
    assert cli("check", "--format", "json", *args, expect=None) in (0, 1), cli.err
    return json.loads(cli.out)  # type: ignore[no-any-return]


def test_a_recheck_reads_tp901_findings_back_only_where_a_name_is_first(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Entries vouched for are read without their TP901 findings; those of the files where
    a name occurs first are read back, and the reports are ``--no-cache``'s, fresh, after
    an edit and with nothing remembered of the last run."""
    import polib

    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    assert _report(cli) == _report(cli, "--no-cache")
    read: list[bool] = []
    real = transpub.checktally.read_back

    def counted(data: bytes | Ref) -> bytes:
        read.append(isinstance(data, Ref))
        return real(data)

    monkeypatch.setattr(transpub.checktally, "read_back", counted)
    po_file = ws / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}-second.po"
    po = polib.pofile(str(po_file))
    entry = next(e for e in po if e.msgstr and not e.obsolete)
    entry.msgstr = "Une tout autre traduction."
    po.save()
    truth = _report(cli, "--no-cache")
    assert _report(cli) == truth
    assert any(read), "no TP901 finding was read back from an entry"
    # every entry's TP901 rows are in the report (the names of the files read in part too)
    assert [f for f in truth["findings"] if f["code"] == "TP901"]
    read.clear()
    shutil.rmtree(ws / ".transpub-cache" / "run")
    assert _report(cli) == truth
    assert any(read)
