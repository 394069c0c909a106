"""A PO file checked on its own, outside a workspace and without ``--termbase``: its names and
titles are checked against the approved forms extract wrote into its notes (``#. Term
(person): Vladimir Voronkov = Владимир Воронков | Воронков``), as in the workspace, where
before only its dates, numbers, addresses and markup were (a freelance translator's «Воронцов»
for «Воронков» passed)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from transpub.noteterms import from_notes

from conftest import REPO, Cli

RELEASE = "unoct-qatar-strategic-dialogue-2020"


def _misspelt(tmp_path: Path) -> Path:
    text = (REPO / "locales" / "ru" / "LC_MESSAGES" / f"{RELEASE}.po").read_text(encoding="utf-8")
    lines = [line.replace("Воронков", "Воронцов") if line.startswith("msgstr") else line
             for line in text.split("\n")]
    path = tmp_path / "ru.po"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _codes(cli: Cli) -> list[str]:
    return sorted(f["code"] for f in json.loads(cli.out)["findings"] if f["severity"] != "info")


def test_a_po_file_on_its_own_is_checked_against_its_notes(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    path = _misspelt(tmp_path)
    cli = cli_factory(tmp_path)
    cli("check", str(path), "--format", "json", expect=1)
    # (one finding a unit: the two source forms of one person are one concept)
    assert _codes(cli) == ["TP102", "TP102"]
    assert "checked against the" in cli.err and "approved term(s) the files' notes hold" in cli.err
    # (a termbase given is used instead, and said nothing of)
    cli("check", str(path), "--termbase", str(REPO / "locales" / "termbase.tbx"),
        "--format", "json", expect=1)
    assert _codes(cli) == ["TP102", "TP102"] and "notes hold" not in cli.err


def test_a_file_without_such_notes_is_checked_as_before(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    text = _misspelt(tmp_path).read_text(encoding="utf-8")
    path = tmp_path / "bare.po"
    path.write_text("\n".join(line for line in text.split("\n")
                              if not line.startswith("#. Term (")), encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("check", str(path), "--format", "json")
    assert _codes(cli) == [] and "notes hold" not in cli.err


def test_the_concepts_of_the_notes() -> None:
    files = [REPO / "locales" / lang / "LC_MESSAGES" / f"{RELEASE}.po" for lang in ("fr", "ru")]
    termbase = from_notes(files, "en")
    voronkov = [c for c in termbase.concepts
                if any(t.text == "Vladimir Voronkov" for t in c.forms("en"))]
    assert len(voronkov) == 1
    assert [t.text for t in voronkov[0].forms("en")] == ["Vladimir Voronkov", "Voronkov"]
    assert [t.text for t in voronkov[0].forms("ru")][:1] == ["Владимир Воронков"]
    assert voronkov[0].forms("fr") and voronkov[0].category == "person"
