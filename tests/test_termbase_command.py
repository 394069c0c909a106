"""``transpub termbase``: each termbase or glossary read as ``check`` reads it, what it holds
(concepts, terms a language, terms kept as they are, deprecated terms) and what it skips;
``--tbx`` writes them all as one TBX-Basic file, which reads back as the same concepts (the
glossary exports of tests/test_glossary_exports.py, the sample's own TBX)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from test_glossary_exports import LAYOUTS, TBX, _terms, _write
from transpub.termbase import KEEP, load_termbase

from conftest import Cli


@pytest.mark.parametrize("tool", sorted(LAYOUTS))
def test_a_tools_export_written_as_tbx_reads_back_the_same(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], tool: str) -> None:
    delimiter, rows = LAYOUTS[tool](load_termbase(TBX).concepts)
    export = _write(tmp_path / "glossary.csv", delimiter, rows)
    cli = cli_factory(tmp_path)  # (no workspace: the files are given)
    out = tmp_path / "termbase.tbx"
    cli("termbase", str(export), "--tbx", str(out))
    assert "glossary.csv: 44 concept(s); terms: " in cli.out and " en " in cli.out
    assert f"wrote {out}: 44 concept(s)" in cli.out
    back = load_termbase(out)
    assert not back.warnings and _terms(back.concepts) == _terms(load_termbase(export).concepts)
    categories = [c.category for c in back.concepts]
    assert categories == [c.category for c in load_termbase(export).concepts]


def test_statuses_categories_and_terms_kept_survive(tmp_path: Path,
                                                  cli_factory: Callable[[Path], Cli]) -> None:
    path = tmp_path / "lokalise.csv"
    path.write_text("term;description;casesensitive;translatable;forbidden;tags;fr;Status [fr];"
                    "Category\n"
                    "COVAX;;no;no;no;;;;other\n"
                    "Secretary-General;;no;yes;no;;Secrétaire générale;deprecated;title\n",
                    encoding="utf-8")
    cli = cli_factory(tmp_path)
    out = tmp_path / "out.tbx"
    cli("termbase", str(path), "--tbx", str(out))
    assert "; 1 kept as they are in every language; 1 deprecated" in cli.out
    covax, sg = load_termbase(out).concepts
    assert [t.text for t in covax.terms[KEEP]] == ["COVAX"]
    assert sg.category == "title" and sg.terms["fr"][0].status == "deprecated"


def test_the_workspaces_termbase_and_a_broken_file(tmp_path: Path,
                                                   cli_factory: Callable[[Path], Cli]) -> None:
    """Without files, the workspace's termbase; the sample's TBX written again reads as
    itself. A file that is no termbase: one line, exit 2, nothing written."""
    ws = tmp_path / "ws"
    ws.mkdir()
    repo = TBX.parent.parent
    for name in ("transpub.toml", "locales"):
        (shutil.copytree if (repo / name).is_dir() else shutil.copy)(repo / name, ws / name)
    cli = cli_factory(ws)
    cli("termbase", "--tbx", str(tmp_path / "again.tbx"))
    assert "termbase.tbx: 44 concept(s); terms: " in cli.out
    again = load_termbase(tmp_path / "again.tbx")
    sample = load_termbase(TBX)
    assert [(c.id, c.category) for c in again.concepts] == [
        (c.id, c.category) for c in sample.concepts]
    assert _terms(again.concepts) == _terms(sample.concepts)
    broken = tmp_path / "broken.csv"
    broken.write_text("a,b\n1,2\n", encoding="utf-8")
    cli("termbase", str(broken), "--tbx", str(tmp_path / "x.tbx"), expect=2)
    assert len(cli.err.strip().splitlines()) == 1 and "broken.csv:1:" in cli.err
    assert not (tmp_path / "x.tbx").exists()
