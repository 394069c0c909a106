"""``transpub termbase``: each termbase or glossary read as ``check`` reads it, what it holds
(concepts, terms a language, terms kept as they are, deprecated terms) and what it skips;
``--tbx`` writes them all as one TBX-Basic file, which reads back as the same concepts (the
glossary exports of tests/test_glossary_exports.py, the sample's own TBX)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from test_glossary_exports import CROWDIN_REAL, LAYOUTS, TBX, _terms, _write
from transpub.termbase import KEEP, load_termbase

import realdata
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


def test_each_column_is_said_as_it_was_read(tmp_path: Path,
                                            cli_factory: Callable[[Path], Cli]) -> None:
    """A glossary of a column a language: every named column with what transpub made of it
    (a language's terms, their status, a field not read, a language it does not know), so a
    user sees which header cell to rename."""
    path = tmp_path / "crowdin.csv"
    path.write_text("Term [en],Description [en],Term [fr],Status [fr],Acronym [fr],"
                    "Term:Klingonese,Category,Do not translate,Remarks\n"
                    "Secretary-General,the UN's head,Secrétaire général,preferred,SG,x,title,"
                    "no,\n", encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("termbase", str(path))
    lines = [line.strip() for line in cli.out.splitlines()]
    assert lines[1] == "a column a language; the header on line 1"
    assert lines[2:] == [
        "column 1 'Term [en]': en terms",
        "column 2 'Description [en]': not read (a field of the en terms)",
        "column 3 'Term [fr]': fr terms",
        "column 4 'Status [fr]': the status of the fr terms",
        "column 5 'Acronym [fr]': fr terms (admitted forms)",
        "column 6 'Term:Klingonese': terms in a language transpub does not know: skipped",
        "column 7 'Category': the concept's category",
        "column 8 'Do not translate': whether the source term is kept as it is in every "
        "language",
        "column 9 'Remarks': not read"]


def test_a_real_crowdin_export_is_said_column_by_column(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """freeCodeCamp's curriculum glossary as Crowdin exported it: its two misspelt languages
    said as skipped, each language's terms and descriptions as read."""
    path = realdata.path(CROWDIN_REAL)
    cli = cli_factory(tmp_path)
    cli("termbase", str(path))
    lines = [line.strip() for line in cli.out.splitlines()]
    assert "column 1 'Term:English': en terms" in lines
    assert "column 2 'Description:English': not read (a field of the en terms)" in lines
    assert [line for line in lines if line.endswith("does not know: skipped")] == [
        f"column {n} 'Term:{name}': terms in a language transpub does not know: skipped"
        for n, name in ((_column_number(lines, "Indoensian"), "Indoensian"),
                        (_column_number(lines, "Ukranian"), "Ukranian"))]
    # (every other language's column of terms read as its language's: 47 of the 49)
    columns = [line for line in lines if " 'Term:" in line]
    assert len(columns) == 49
    assert sum(1 for line in columns if line.endswith(" terms")) == 47


def _column_number(lines: list[str], name: str) -> int:
    return int(next(line for line in lines if f"'Term:{name}'" in line).split()[1])


@pytest.mark.parametrize(("name", "text", "said"), [
    ("facebook.csv", "id,sourceLang,targetLang,sourceString,targetString\n1,en,fr,UN,ONU\n",
     "a row a term and its translation: sourceLang, targetLang, sourceString, targetString; "
     "the header on line 1"),
    ("glossary_fr.csv", "source,target,explanation\nUnited Nations,Organisation des Nations "
     "Unies,\n", "a source and a target column, en into fr (the target language from the "
     "file's name); the header on line 1"),
    ("concepts.csv", "concept,lang,term\n1,en,UN\n1,fr,ONU\n",
     "a row a term: concept, lang, term (and category, status); the header on line 1"),
])
def test_each_layout_is_said(tmp_path: Path, cli_factory: Callable[[Path], Cli], name: str,
                             text: str, said: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("termbase", str(path))
    assert cli.out.splitlines()[1].strip() == said, cli.out


def test_a_workbooks_sheets_and_a_tbx_are_said(tmp_path: Path,
                                               cli_factory: Callable[[Path], Cli]) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Health"
    first.append(["English", "French"])
    first.append(["World Health Organization", "Organisation mondiale de la Santé"])
    second = book.create_sheet("Peace")
    second.append(["en", "es"])
    second.append(["peacekeeping", "mantenimiento de la paz"])
    path = tmp_path / "book.xlsx"
    book.save(path)
    cli = cli_factory(tmp_path)
    cli("termbase", str(path), str(TBX))
    lines = [line.strip() for line in cli.out.splitlines()]
    assert lines[1:4] == ["sheet 'Health': a column a language; the header on line 1",
                          "column 1 'English': en terms", "column 2 'French': fr terms"]
    assert lines[4:7] == ["sheet 'Peace': a column a language; the header on line 1",
                          "column 1 'en': en terms", "column 2 'es': es terms"]
    assert lines[-1] == "TBX (<martif type='TBX-Basic'>)"


def test_bidirectional_marks_in_a_header(tmp_path: Path,
                                         cli_factory: Callable[[Path], Cli]) -> None:
    """A right-to-left mark typed beside an Arabic column's name (an editor working in both
    directions) is no part of it: the column is read as Arabic's (it was "not read")."""
    path = tmp_path / "glossary.csv"
    path.write_text("en,\u200fTerm [ar],fr\u200e\nUnited Nations,الأمم المتحدة,Nations Unies\n",
                    encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("termbase", str(path))
    assert "terms: ar 1, en 1, fr 1" in cli.out
    assert "'\\u200fTerm [ar]': ar terms" in cli.out


#: a TBX file of three concepts, the second with no English term, the third in English alone
NO_ENGLISH = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>t</p>
</sourceDesc></fileDesc></martifHeader><text><body>
<termEntry id="sg"><langSet xml:lang="en"><tig><term>Secretary-General</term></tig></langSet>
<langSet xml:lang="fr"><tig><term>Secrétaire général</term></tig></langSet></termEntry>
<termEntry id="bureau"><descrip type="subjectField">organisation</descrip>
<langSet xml:lang="fr"><tig><term>Bureau de lutte contre le terrorisme</term>
<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
<langSet xml:lang="es"><tig><term>Oficina de Lucha contra el Terrorismo</term></tig></langSet>
</termEntry>
<termEntry id="covax"><langSet xml:lang="en"><tig><term>COVAX</term></tig></langSet></termEntry>
</body></text></martif>
"""


@pytest.mark.parametrize("kind", ["tbx", "csv"])
def test_tbx_keeps_the_concepts_with_no_english_term(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], kind: str) -> None:
    """A TBX file may hold any languages: ``--tbx`` writes a concept of no English term too
    (it had dropped it, as ``check`` skips it), and says which have none; ``check`` and the
    plain ``termbase`` still skip it, with the warning they gave."""
    path = tmp_path / f"terms.{kind}"
    if kind == "tbx":
        path.write_text(NO_ENGLISH, encoding="utf-8")
    else:
        path.write_text("English,French,Spanish\nSecretary-General,Secrétaire général,\n"
                        ",Bureau de lutte contre le terrorisme,"
                        "Oficina de Lucha contra el Terrorismo\nCOVAX,,\n", encoding="utf-8")
    cli = cli_factory(tmp_path)
    out = tmp_path / "out.tbx"
    cli("termbase", str(path), "--tbx", str(out))
    assert f"{path.name}: 3 concept(s) (1 with no en term: written, not checked); terms: " \
        in cli.out
    assert f"wrote {out}: 3 concept(s)" in cli.out
    named = "6: concept 'bureau'" if kind == "tbx" else "3: concept '3'"
    assert f"{path.name}:{named} has no en term: kept, though check does not use it" in cli.err
    back = load_termbase(out, sourceless=True)
    assert [dict(c.terms) for c in back.concepts] == [
        dict(c.terms) for c in load_termbase(path, sourceless=True).concepts]
    assert [c.category for c in back.concepts][1] == ("organisation" if kind == "tbx"
                                                      else "other")
    assert len(load_termbase(out).concepts) == 2  # (check's reading: skipped, as before)
    cli("termbase", str(path))
    assert f"{path.name}: 2 concept(s); terms: " in cli.out
    assert "skipped: it has no en term" in cli.err


def test_tbx_of_a_glossary_with_no_english_at_all(tmp_path: Path,
                                                  cli_factory: Callable[[Path], Cli]) -> None:
    """A French-Spanish glossary converts (``check`` refuses it, naming its languages)."""
    path = tmp_path / "fr_es.csv"
    path.write_text("French,Spanish\nSecrétaire général,Secretario General\n", encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("termbase", str(path), "--tbx", str(tmp_path / "out.tbx"))
    assert "1 concept(s) (1 with no en term: written, not checked); terms: es 1, fr 1" \
        in cli.out
    cli("termbase", str(path), expect=2)
    assert "no concept has a en term (the termbase's languages: es, fr)" in cli.err
