"""The check cache (``.transpub-cache/``): a cached run reports exactly what an uncached run on
the same inputs reports, after any edits, and a damaged cache never changes a result."""

from __future__ import annotations

import json
import marshal
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import transpub.checker
from test_check import INJECTIONS, PO, _edit
from transpub.checks.registry import REGISTRY

from conftest import REPO, Cli


def _copy(target: Path) -> Path:
    target.mkdir()
    shutil.copy2(REPO / "transpub.toml", target / "transpub.toml")
    for name in ("source", "locales", "output"):
        shutil.copytree(REPO / name, target / name)
    return target


def _report(cli: Cli, *args: str) -> dict[str, Any]:
    assert cli("check", "--format", "json", *args, expect=None) in (0, 1), cli.err
    return json.loads(cli.out)  # type: ignore[no-any-return]


collection: list[int] = []


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the PO files whose units the per-unit checks really ran on (and, in
    ``collection``, the runs of the collection checks)."""
    calls: list[int] = []
    collection.clear()
    real = transpub.checker.run_checks

    def counted(ctx, units, codes):  # type: ignore[no-untyped-def]
        if any(REGISTRY[code].scope == "unit" for code in codes):  # not the collection pass
            calls.append(1)
        else:
            collection.append(1)
        return real(ctx, units, codes)

    monkeypatch.setattr(transpub.checker, "run_checks", counted)
    summarised = transpub.checker._collection

    def collected(*args):  # type: ignore[no-untyped-def]
        collection.append(1)  # the collection checks from the files' summaries
        return summarised(*args)

    monkeypatch.setattr(transpub.checker, "_collection", collected)
    return calls


def test_a_rerun_reads_the_cache_and_one_edit_rechecks_one_file(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    ws = _copy(tmp_path / "ws")
    cli: Cli = cli_factory(ws)
    first = _report(cli)
    ignore = ws / ".transpub-cache" / ".gitignore"
    assert ignore.read_text().splitlines()[-1] == "*"
    calls = _counting(monkeypatch)
    assert _report(cli) == first
    assert calls == [] and collection == []  # the five files came from the cache
    lang, unit, find, replace, code = INJECTIONS[1]
    _edit(ws / PO.format(lang=lang), unit, find, replace)
    edited = _report(cli)
    assert len(calls) == 1 and len(collection) == 1  # only the edited file was checked again
    assert code in {f["code"] for f in edited["findings"]}
    assert edited == _report(cli, "--no-cache")
    # a whole run keeps one entry per file (all it contributes, keyed by all its inputs) and
    # one for the collection checks: the edited file's old entry is gone
    assert len(list((ws / ".transpub-cache" / "check").rglob("*.json"))) == 6


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty", "payload", "key", "types"])
def test_a_damaged_cache_never_changes_a_result(
        tmp_path: Path, cli_factory, damage: str) -> None:  # type: ignore[no-untyped-def]
    ws = _copy(tmp_path / "ws")
    lang, unit, find, replace, _code = INJECTIONS[0]
    _edit(ws / PO.format(lang=lang), unit, find, replace)
    cli: Cli = cli_factory(ws)
    truth = _report(cli, "--no-cache")
    assert truth["findings"]
    assert _report(cli) == truth
    entries = list((ws / ".transpub-cache" / "check").rglob("*.json"))
    assert entries
    for entry in entries:
        data = entry.read_bytes()
        # a whole-file entry is a header line and its marshalled sections (findings first,
        # ``split`` says where the next begins); the others one JSON document
        head, newline, body = data.partition(b"\n")
        document = json.loads(head)
        payload = [marshal.loads(body)] if newline else document["payload"]
        after = body[document["split"][0]:] if newline else b""
        if damage == "truncate":
            entry.write_bytes(data[: len(data) // 2])
        elif damage == "garbage":
            entry.write_bytes(b"\xff\xfe not json")
        elif damage == "empty":
            entry.write_bytes(b"")
        else:
            findings = 0 if newline else "findings"
            if damage == "payload":  # findings dropped, digest left as it was
                payload[findings] = ()
            elif damage == "key":  # another file's entry under this name
                document["key"] = "0" * 64
            else:
                payload[findings] = ((1, 2, 3),)
            entry.write_bytes(json.dumps(document).encode() + b"\n"
                              + marshal.dumps(payload[0]) + after if newline
                              else json.dumps(document).encode())
    # the run-level record would replay the report without reading these entries
    shutil.rmtree(ws / ".transpub-cache" / "run")
    assert _report(cli) == truth


def test_the_termbase_and_the_selected_checks_are_part_of_the_key(
        tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    ws = _copy(tmp_path / "ws")
    lang, unit, find, replace, _code = INJECTIONS[0]
    _edit(ws / PO.format(lang=lang), unit, find, replace)
    cli: Cli = cli_factory(ws)
    before = _report(cli)
    termbase = ws / "locales" / "termbase.tbx"
    text = termbase.read_text(encoding="utf-8")
    assert "Воронков" in text
    termbase.write_text(text.replace("Воронков", "Воронкоф"), encoding="utf-8")
    after = _report(cli)
    assert after == _report(cli, "--no-cache")
    assert after["findings"] != before["findings"]  # the edit matters to the result
    assert _report(cli, "--select", "TP2") == _report(cli, "--select", "TP2", "--no-cache")


@settings(max_examples=6, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(range(len(INJECTIONS))), st.booleans()),
                      min_size=1, max_size=4))
def test_cached_equals_uncached_after_any_edits(
        tmp_path_factory: pytest.TempPathFactory, cli_factory,  # type: ignore[no-untyped-def]
        steps: list[tuple[int, bool]]) -> None:
    ws = _copy(tmp_path_factory.mktemp("prop") / "ws")
    cli: Cli = cli_factory(ws)
    _report(cli)
    for index, revert in steps:
        lang, unit, find, replace, _code = INJECTIONS[index]
        po_file = ws / PO.format(lang=lang)
        before = po_file.read_bytes()
        try:
            _edit(po_file, unit, find, replace)
        except StopIteration:  # an earlier step already made this edit
            continue
        assert _report(cli) == _report(cli, "--no-cache")
        if revert:  # back to bytes the cache has seen
            po_file.write_bytes(before)
            assert _report(cli) == _report(cli, "--no-cache")
