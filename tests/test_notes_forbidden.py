"""The translator notes extract writes show the forms the termbase forbids in the file's
language ("#. Term (person): Vladimir Voronkov = Владимир Воронков | Воронков; not:
Владимир Воронцов"), after the approved ones, in the termbase's order: they had shown only
what to write, not what TP104 refuses. A PO file checked on its own reads them back
(``noteterms``), so the forbidden form is TP104 there too."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from transpub.notes import term_line
from transpub.noteterms import from_notes
from transpub.termbase import Concept, Term

from conftest import Cli, copy_sample

RELEASE = "unoct-qatar-strategic-dialogue-2020"
APPROVED = '<tig><term>Воронков</term><termNote type="termType">shortForm</termNote>' \
    '<termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>'
BANNED = '<tig><term>Владимир Воронцов</term><termNote type="administrativeStatus">' \
    'deprecatedTerm-admn-sts</termNote></tig>'


def test_the_line_of_a_concept() -> None:
    concept = Concept("sg", "title", {"fr": (
        Term("Secrétaire général", "preferred"), Term("Secrétaire-Général", "deprecated"),
        Term("SG", "admitted"), Term("Secrétaire Général", "deprecated"))})
    assert term_line(concept, "Secretary-General", "fr") == (
        "Term (title): Secretary-General = Secrétaire général | SG; not: Secrétaire-Général | "
        "Secrétaire Général")
    only = Concept("x", "other", {"fr": (Term("bidule", "deprecated"),)})
    assert term_line(only, "gadget", "fr") == "Term (other): gadget = not: bidule"
    assert term_line(only, "gadget", "es") is None


def test_extract_writes_them_and_a_file_on_its_own_is_checked_by_them(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    tbx = ws / "locales" / "termbase.tbx"
    text = tbx.read_text(encoding="utf-8")
    assert text.count(APPROVED) == 1
    tbx.write_text(text.replace(APPROVED, APPROVED + BANNED), encoding="utf-8")
    cli = cli_factory(ws)
    cli("extract")
    po = ws / "locales" / "ru" / "LC_MESSAGES" / f"{RELEASE}.po"
    notes = [line for line in po.read_text(encoding="utf-8").split("\n")
             if line.startswith("#. Term (person): Vladimir Voronkov")]
    assert notes == ["#. Term (person): Vladimir Voronkov = Владимир Воронков | Воронков; "
                     "not: Владимир Воронцов"]
    fr = (ws / "locales" / "fr" / "LC_MESSAGES" / f"{RELEASE}.po").read_text(encoding="utf-8")
    assert "not: " not in fr  # (nothing forbidden in French: the lines as they were)
    first = po.read_bytes()
    cli("extract")  # (deterministic: the same file again)
    assert po.read_bytes() == first
    voronkov = next(c for c in from_notes([po], "en").concepts
                    if any(t.text == "Vladimir Voronkov" for t in c.forms("en")))
    assert [(t.text, t.status) for t in voronkov.forms("ru", include_deprecated=True)] == [
        ("Владимир Воронков", "preferred"), ("Воронков", "admitted"),
        ("Владимир Воронцов", "deprecated")]
    alone = tmp_path / "ru.po"
    alone.write_text(po.read_text(encoding="utf-8").replace(
        "г-н Владимир Воронков,", "г-н Владимир Воронцов,"), encoding="utf-8")
    assert alone.read_text(encoding="utf-8") != po.read_text(encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("check", str(alone), "--format", "json")  # (a warning)
    assert "TP104" in {f["code"] for f in json.loads(cli.out)["findings"]}
