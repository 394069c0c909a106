"""The entity matrix is made only for the reports that show it (``--matrix``, the JSON
report): a check without it skips each file's matrix rows (``checker._carried``) and files
its cache entries under other keys than those with the rows. A report with the matrix must be
what it was whatever ran before it (entries without rows never serve it); a report without it
must be what it was, and a run after one with the matrix reuses that run's entries."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import transpub.checker
from test_check import INJECTIONS, PO, _edit
from test_check_whole import _workspace

from conftest import Cli


def _counted(monkeypatch: pytest.MonkeyPatch, name: str) -> list[int]:
    """Count the calls of ``transpub.checker.<name>`` (with ``--jobs 1`` every file is
    checked in this process)."""
    calls = [0]
    real: Callable[..., Any] = getattr(transpub.checker, name)

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(transpub.checker, name, counting)
    return calls


def _run(cli: Cli, *args: str) -> str:
    assert cli("check", "--jobs", "1", *args, expect=None) in (0, 1), cli.err
    return cli.out


def test_reports_with_and_without_the_matrix_after_one_another(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    reference = {args: _run(cli, "--no-cache", *args)
                 for args in [(), ("--matrix",), ("--format", "json"), ("--format", "sarif")]}
    assert "✓" in reference[("--matrix",)] and "entities x languages" not in reference[()]
    assert json.loads(reference[("--format", "json")])["summary"]["matrix"]
    carried = _counted(monkeypatch, "_carried")
    checked = _counted(monkeypatch, "_run_batch")

    # without the matrix: no file's rows are made, and the report is the same
    assert _run(cli) == reference[()]
    assert checked[0] > 10 and carried[0] == 0
    # its entries (without rows) do not serve a report with the matrix: checked again
    checked[0] = 0
    assert _run(cli, "--matrix") == reference[("--matrix",)]
    assert checked[0] > 10 and carried[0] == checked[0]
    # whose entries (with rows) serve a run without the matrix, and one with it
    checked[0] = carried[0] = 0
    assert _run(cli, "--format", "sarif") == reference[("--format", "sarif")]
    assert _run(cli, "--format", "json") == reference[("--format", "json")]
    assert checked[0] == 0 and carried[0] == 0

    # one file changed: checked without rows, then again with them
    _edit(ws / PO.format(lang=INJECTIONS[4][0]), *INJECTIONS[4][1:4])
    reference = {args: _run(cli, "--no-cache", *args)
                 for args in [(), ("--matrix",), ("--format", "json")]}
    checked[0] = carried[0] = 0
    assert _run(cli) == reference[()]
    assert (checked[0], carried[0]) == (1, 0)
    assert _run(cli, "--format", "json") == reference[("--format", "json")]
    assert _run(cli, "--matrix") == reference[("--matrix",)]
    assert (checked[0], carried[0]) == (2, 1)


def test_po_files_checked_on_their_own_make_the_matrix_only_when_asked(
        tmp_path: Path, cli_factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    ws = _workspace(tmp_path)
    cli: Cli = cli_factory(ws)
    files = [str(p.relative_to(ws)) for p in sorted(ws.glob("locales/*/LC_MESSAGES/*.po"))]
    carried = _counted(monkeypatch, "_carried")
    plain = _run(cli, *files)
    assert carried[0] == 0
    with_matrix = _run(cli, "--matrix", *files)
    assert carried[0] == len(files) and "✓" in with_matrix
    assert plain.split("\n")[:20] == with_matrix.split("\n")[:20]
    report = json.loads(_run(cli, "--format", "json", *files))
    assert report["summary"]["matrix"] and carried[0] == 2 * len(files)
