"""Terms a termbase says are not to be translated (a code, a programme's or a product's name):
kept as they are in every language the concept has no term of its own in, and checked there
like any term (TP101). Termbases say so in their own fields: the Translate Toolkit and Weblate
write ``<descrip type="Translation needed">No</descrip>`` on the entry (Weblate's test file
``weblate/trans/tests/data/fr-extended-metadata.tbx``, whose shape the TBX below follows), a
glossary kept in a spreadsheet a "Do not translate" or "Translatable" column, a MultiTerm
termbase a field its author names so. Before, such a concept with only its English term asked
nothing of the other languages, and a translation that rendered "COVAX" in Arabic letters or
dropped it passed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _check_units
from transpub.termbase import KEEP, keeps_term, load_termbase

from conftest import Cli

TBX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif xmlns="urn:iso:std:iso:30042:ed-2" xml:lang="en" type="TBX">
  <martifHeader><fileDesc><sourceDesc><p>Glossary</p></sourceDesc></fileDesc></martifHeader>
  <text>
    <body>
      <termEntry id="e001">
        <descrip type="definition">The vaccines' global access facility.</descrip>
        <descrip type="Translation needed">No</descrip>
        <langSet xml:lang="en"><tig><term>COVAX</term></tig></langSet>
        <langSet xml:lang="fr"><tig><term>mécanisme COVAX</term></tig></langSet>
      </termEntry>
      <termEntry id="e002">
        <descrip type="Translation needed">Yes</descrip>
        <langSet xml:lang="en"><tig><term>Security Council</term></tig></langSet>
        <langSet xml:lang="fr"><tig><term>Conseil de sécurité</term></tig></langSet>
      </termEntry>
    </body>
  </text>
</martif>
"""


def test_a_tbx_entry_not_to_be_translated_keeps_its_term_where_it_has_none(
        tmp_path: Path) -> None:
    path = tmp_path / "glossary.tbx"
    path.write_text(TBX, encoding="utf-8")
    covax, council = load_termbase(path).concepts
    assert [t.text for t in covax.forms("ar")] == ["COVAX"]
    assert [t.text for t in covax.forms("zh")] == ["COVAX"]
    assert [t.text for t in covax.forms("fr")] == ["mécanisme COVAX"]  # (its own term)
    assert covax.named_in("ru") and not council.named_in("ru")
    assert council.forms("ar") == () and KEEP not in council.terms


@pytest.mark.parametrize(("field", "value", "keeps"), [
    ("Translation needed", "No", True), ("Translation needed", "Yes", False),
    ("Do not translate", "Yes", True), ("DNT", "x", True), ("do-not-translate", "true", True),
    ("Translatable", "no", True), ("Translatable", "yes", False), ("Definition", "No", False),
    ("Do not translate", "", False), (None, "No", False)])
def test_the_fields_that_say_so(field: str | None, value: str, keeps: bool) -> None:
    assert keeps_term(field, value) is keeps


def test_a_spreadsheet_column_and_a_multiterm_field_say_so(tmp_path: Path) -> None:
    csv = tmp_path / "glossary.csv"
    csv.write_text("English,Français,Do not translate\nCOVAX,,x\n"
                   "Security Council,Conseil de sécurité,\n", encoding="utf-8")
    covax, council = load_termbase(csv).concepts
    assert [t.text for t in covax.forms("es")] == ["COVAX"] and council.forms("es") == ()
    mtf = tmp_path / "glossary.xml"
    mtf.write_bytes((
        "<?xml version='1.0' encoding='UTF-16' ?><mtf><conceptGrp><concept>7</concept>"
        '<descripGrp><descrip type="Do not translate">Yes</descrip></descripGrp>'
        '<languageGrp><language lang="EN" type="English"/><termGrp><term>COVAX</term>'
        "</termGrp></languageGrp></conceptGrp></mtf>").encode("utf-16"))
    (concept,) = load_termbase(mtf).concepts
    assert [t.text for t in concept.forms("ru")] == ["COVAX"]


@pytest.mark.parametrize(("lang", "target", "codes"), [
    ("ar", "شحن مرفق COVAX الجرعات الأولى.", []),
    ("ar", "شحن مرفق كوفاكس الجرعات الأولى.", ["TP101"]),  # (the name spelt out)
    ("zh", "COVAX机制运送了第一批疫苗。", []),
    ("zh", "该机制运送了第一批疫苗。", ["TP101"]),
    ("fr", "Le mécanisme COVAX a expédié les premières doses.", []),
])
def test_a_check_asks_for_the_kept_term(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                        lang: str, target: str, codes: list[str]) -> None:
    termbase = tmp_path / "glossary.tbx"
    termbase.write_text(TBX, encoding="utf-8")
    found = _check_units(tmp_path / "po", cli_factory, lang,
                         [("COVAX shipped the first doses.", target)],
                         "--termbase", str(termbase))
    assert sorted(f["code"] for f in found if f["code"].startswith("TP1")) == codes


@pytest.mark.parametrize(("column", "yes", "no"), [
    ("translatable", "no", "yes"), ("Do not translate", "yes", ""),
    ("Translation needed", "No", "Yes")])
def test_a_concept_lang_term_csv_says_it_in_a_column(tmp_path: Path, column: str, yes: str,
                                                      no: str) -> None:
    """transpub's own CSV layout (concept, lang, term) with a column that says whether the
    term is translated, on any of the concept's rows: its concept kept as it is where it has
    no term of its own; `transpub termbase` names the column."""
    path = tmp_path / "terms.csv"
    path.write_text(f"concept,lang,term,{column}\n1,en,COVAX,{yes}\n1,fr,mécanisme COVAX,\n"
                    f"2,en,Security Council,{no}\n2,fr,Conseil de sécurité,{no}\n",
                    encoding="utf-8")
    loaded = load_termbase(path)
    covax, council = loaded.concepts
    assert [t.text for t in covax.forms("ar")] == ["COVAX"]
    assert [t.text for t in covax.forms("fr")] == ["mécanisme COVAX"]
    assert council.forms("ar") == () and KEEP not in council.terms
    assert f"{column!r}: whether the term is kept" in loaded.read_as[0]
