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
