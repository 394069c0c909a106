"""A glossary cell of two forms with the acronym first ("UNOCT; United Nations Office of
Counter-Terrorism") is read as the cell with the full form first: the full form preferred,
the acronym admitted, in every reader of glossary cells (a column a language as CSV, Excel or
Calc; a bilingual export; a CSV of a row a term). The acronym had been preferred, so a check
suggested it for the name spelt out; and a comma-separated file whose unquoted cells held a
";" (as Excel saves one) was read as separated by semicolons and refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_termbase_spreadsheet import _ods, _xlsx
from transpub.termbase import Term, load_termbase

OFFICE = "United Nations Office of Counter-Terrorism"
BUREAU = "Bureau de lutte contre le terrorisme"
WANTED = {"en": (Term(OFFICE, "preferred"), Term("UNOCT", "admitted")),
          "fr": (Term(BUREAU, "preferred"), Term("BLT", "admitted"))}


def _terms(path: Path) -> list[dict[str, tuple[Term, ...]]]:
    loaded = load_termbase(path, "en")
    assert not loaded.warnings
    return [dict(concept.terms) for concept in loaded.concepts]


@pytest.mark.parametrize("acronym_first", [True, False])
@pytest.mark.parametrize("kind", ["csv", "quoted.csv", "semicolons.csv", "xlsx", "ods"])
def test_a_column_a_language_in_either_order(tmp_path: Path, kind: str,
                                            acronym_first: bool) -> None:
    en, fr = ((f"UNOCT; {OFFICE}", f"BLT; {BUREAU}") if acronym_first
              else (f"{OFFICE}; UNOCT", f"{BUREAU}; BLT"))
    rows = [["English", "French"], [en, fr], ["Secretary-General", "Secrétaire général"]]
    path = tmp_path / f"glossary.{kind}"
    if kind == "csv":  # (as Excel saves it: a cell with a semicolon is not quoted)
        path.write_text("".join(",".join(row) + "\n" for row in rows), encoding="utf-8")
    elif kind == "quoted.csv":
        path.write_text("".join(",".join(f'"{c}"' for c in row) + "\n" for row in rows),
                        encoding="utf-8")
    elif kind == "semicolons.csv":  # (European Excel's: the cells quoted, as they must be)
        path.write_text("".join(";".join(f'"{c}"' for c in row) + "\n" for row in rows),
                        encoding="utf-8")
    else:
        path.write_bytes(_xlsx(rows) if kind == "xlsx" else _ods(rows))
    assert _terms(path)[0] == WANTED
    assert len(_terms(path)) == 2


@pytest.mark.parametrize("acronym_first", [True, False])
def test_a_bilingual_export_in_either_order(tmp_path: Path, acronym_first: bool) -> None:
    en, fr = ((f"UNOCT; {OFFICE}", f"BLT | {BUREAU}") if acronym_first
              else (f"{OFFICE}; UNOCT", f"{BUREAU} | BLT"))
    path = tmp_path / "glossary.csv"
    path.write_text(f'sourceLang,targetLang,sourceString,targetString\nen,fr,"{en}","{fr}"\n',
                    encoding="utf-8")
    assert _terms(path) == [WANTED]


@pytest.mark.parametrize("acronym_first", [True, False])
def test_a_row_a_term_in_either_order(tmp_path: Path, acronym_first: bool) -> None:
    en, fr = ((f"UNOCT; {OFFICE}", f"BLT; {BUREAU}") if acronym_first
              else (f"{OFFICE}; UNOCT", f"{BUREAU}; BLT"))
    path = tmp_path / "termbase.csv"
    path.write_text(f'concept,category,lang,term,status\nc1,organisation,en,"{en}",\n'
                    f'c1,organisation,fr,"{fr}",preferred\n', encoding="utf-8")
    assert _terms(path) == [WANTED]


def test_a_row_a_term_keeps_its_fields_on_its_first_form(tmp_path: Path) -> None:
    """The TBX written from a row of two forms keeps the row's note (on the full form)."""
    path = tmp_path / "termbase.csv"
    path.write_text(f'concept,lang,term,status,note\nc1,en,"UNOCT; {OFFICE}",,checked\n'
                    f'c1,fr,"{BUREAU}",,\n', encoding="utf-8")
    concept = load_termbase(path, "en", fields=True).concepts[0]
    assert concept.fields is not None
    held = concept.fields.terms["en"]
    assert len(held) == 2 and any("checked" in piece for piece in held[0]) and not held[1]


def test_cases_without_a_full_form_keep_their_order(tmp_path: Path) -> None:
    """Only a form of capitals alone goes after: two full forms, two acronyms, or a script
    without case, stay as written."""
    path = tmp_path / "glossary.csv"
    path.write_text('English,Chinese\n"Deputy Secretary-General; Deputy SG","DSG; D/SG"\n'
                    '"WHO; OMS","世卫组织; 世界卫生组织"\n', encoding="utf-8")
    first = [{lang: terms[0].text for lang, terms in concept.items()}
             for concept in _terms(path)]
    assert first == [{"en": "Deputy Secretary-General", "zh": "DSG"},
                     {"en": "WHO", "zh": "世卫组织"}]


def _tbx(body: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en">'
            f'<text><body>{body}</body></text></martif>\n')


@pytest.mark.parametrize("acronym_first", [True, False])
def test_a_tbx_term_of_several_forms(tmp_path: Path, acronym_first: bool) -> None:
    """A TBX ``<term>`` written from a spreadsheet's cell is read as that cell: each form a
    term, the full form first (it had been one term, "UNOCT; United Nations Office of
    Counter-Terrorism", which no text holds: in a translation's language a TP101 on every
    unit naming the office)."""
    en, fr = ((f"UNOCT; {OFFICE}", f"BLT | {BUREAU}") if acronym_first
              else (f"{OFFICE}; UNOCT", f"{BUREAU} | BLT"))
    path = tmp_path / "termbase.tbx"
    path.write_text(_tbx(
        f'<termEntry id="c1"><langSet xml:lang="en"><tig><term>{en}</term></tig></langSet>'
        f'<langSet xml:lang="fr"><tig><term>{fr}</term>'
        '<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>'
        '</langSet></termEntry>'), encoding="utf-8")
    assert _terms(path) == [WANTED]


def test_a_tbx_cell_keeps_its_status_and_fields(tmp_path: Path) -> None:
    """A deprecated cell's forms are all deprecated; the term's note goes with its first
    form, as a spreadsheet row's fields do."""
    path = tmp_path / "termbase.tbx"
    path.write_text(_tbx(
        f'<termEntry id="c1"><langSet xml:lang="en"><tig><term>{OFFICE}</term></tig>'
        '<tig><term>CTO;  Counter-Terrorism Office</term><note>old</note>'
        '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>'
        '</langSet><langSet xml:lang="fr"><tig><term>BLT</term></tig></langSet></termEntry>'),
        encoding="utf-8")
    loaded = load_termbase(path, "en", fields=True)
    (concept,) = loaded.concepts
    assert concept.terms["en"] == (Term(OFFICE, "preferred"),
                                   Term("Counter-Terrorism Office", "deprecated"),
                                   Term("CTO", "deprecated"))
    assert concept.fields is not None
    held = concept.fields.terms["en"]
    assert len(held) == 3 and any("old" in piece for piece in held[1]) and not held[2]


def test_a_multiterm_term_of_several_forms(tmp_path: Path) -> None:
    path = tmp_path / "termbase.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<mtf><conceptGrp><concept>1</concept>'
        f'<languageGrp><language lang="EN"/><termGrp><term>UNOCT; {OFFICE}</term></termGrp>'
        f'</languageGrp><languageGrp><language lang="FR"/><termGrp><term>BLT; {BUREAU}</term>'
        '</termGrp></languageGrp></conceptGrp></mtf>\n', encoding="utf-8")
    assert _terms(path) == [WANTED]


def test_an_omegat_glossary_line_of_several_forms(tmp_path: Path) -> None:
    """OmegaT's own glossary (tab-separated, in a project) reads its strings as a bilingual
    export's: «Secrétaire général; SG» had been one term, asked of every translation."""
    from transpub.omegat import project_file

    (tmp_path / "glossary").mkdir()
    (tmp_path / "omegat.project").write_bytes(project_file("en", "fr"))
    path = tmp_path / "glossary" / "glossary.txt"
    path.write_text(f"UNOCT; {OFFICE}\tBLT; {BUREAU}\tUN office\n", encoding="utf-8")
    assert _terms(path) == [WANTED]


@pytest.mark.parametrize(("cell", "kept"), [
    ("BLT; ....", "BLT"),  # a form of no letter skipped, said (it had been preferred)
    ("BLT |", "BLT"),  # a separator alone at the end is no part of the term
    ("BLT; ;", "BLT"),
])
def test_a_tbx_cell_reads_its_forms_as_a_csv_cell(tmp_path: Path, cell: str,
                                                  kept: str) -> None:
    """(the hostile pass on session 62's changes: «....» had been the preferred French term,
    TP101 expecting it; «BLT |» kept its separator)"""
    path = tmp_path / "termbase.tbx"
    path.write_text(_tbx(
        f'<termEntry id="c1"><langSet xml:lang="en"><tig><term>{OFFICE}</term></tig>'
        f'</langSet><langSet xml:lang="fr"><tig><term>{cell}</term></tig></langSet>'
        '</termEntry>'), encoding="utf-8")
    loaded = load_termbase(path, "en")
    (concept,) = loaded.concepts
    assert [t.text for t in concept.terms["fr"]] == [kept]
    said = [str(w) for w in loaded.warnings]
    assert bool(said) == ("...." in cell)
    assert all("termbase.tbx:2: term skipped" in w and "no letter or digit" in w for w in said)


def test_a_cell_of_a_long_run_of_spaces_is_read_at_once() -> None:
    """(the hostile pass on session 62's changes: the separator's pattern took the blanks
    around it and tried every start of a run of spaces; 40,000 spaces took 10 s)"""
    from transpub.termbase import cell_terms

    assert cell_terms("UNOCT" + " " * 200_000 + "; Office") == ["Office", "UNOCT"]
