"""Bilingual glossaries as CSV, the way Facebook's and Google's exports lay them out (one row a
term and its translation: ``sourceLang,targetLang,sourceString,targetString``): read as a
termbase of category ``other``, a term's rows merged into one concept, a region no one defined
(«es_XX», «ar_AR») read as its language, a term with its short form in brackets («艾滋病
（AIDS）») also found by each part, empty rows skipped. The real exports are tested in
tests/test_real_files.py (third-party data); these files are written here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _check_units
from transpub.errors import TermbaseError
from transpub.termbase import load_termbase

from conftest import Cli

FACEBOOK = """id,sourceLang,targetLang,sourceString,targetString
1,en,es_XX,acute bronchitis,bronquitis aguda
2,en,es_XX,quarantine,cuarentena
3,en,es_XX,quarantine,aislamiento
4,en,es_XX,Ministry of Health (MoH),Ministerio de Salud (MINSA)
,,es_XX,,
,,es_XX,,
"""
GOOGLE = """stringID,sourceLang,targetLang,pos,description,sourceString,targetString
1,en,zh-CN,noun,"In the context of COVID-19: an illness, not a person.",AIDS,艾滋病（AIDS）
2,en,zh-CN,noun,"A description, with a comma",quarantine,隔离
"""


def test_a_facebook_glossary(tmp_path: Path) -> None:
    path = tmp_path / "f_en-es_XX.csv"
    path.write_text(FACEBOOK, encoding="utf-8")
    loaded = load_termbase(path)
    assert not loaded.warnings
    forms = {c.forms("en")[0].text: [t.text for t in c.forms("es")] for c in loaded.concepts}
    assert forms["quarantine"] == ["cuarentena", "aislamiento"]  # two rows, one concept
    assert forms["Ministry of Health (MoH)"] == ["Ministerio de Salud (MINSA)",
                                                 "Ministerio de Salud", "MINSA"]
    assert {c.category for c in loaded.concepts} == {"other"}


def test_a_google_glossary_finds_a_term_by_either_part(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    path = tmp_path / "g_en_zh-CN.csv"
    path.write_text(GOOGLE, encoding="utf-8")
    said = _check_units(tmp_path / "good", cli_factory, "zh",
                        [("Patients with AIDS were treated.", "艾滋病患者接受了治疗。")],
                        "--termbase", str(path))
    assert said == []
    missing = _check_units(tmp_path / "bad", cli_factory, "zh",
                           [("Patients with AIDS were treated.", "患者接受了治疗。")],
                           "--termbase", str(path))
    assert [f["code"] for f in missing] == ["TP101"]


@pytest.mark.parametrize(("text", "error"), [
    ("sourceLang,targetLang,sourceString\nen,fr,quarantine\n", "the header must name the columns"),
    ("id,sourceLang,targetLang,sourceString,targetString\n1,en,xx_YY,quarantine,quarantaine\n",
     None),
])
def test_what_a_glossary_must_have(tmp_path: Path, text: str, error: str | None) -> None:
    path = tmp_path / "glossary.csv"
    path.write_text(text, encoding="utf-8")
    if error is not None:
        with pytest.raises(TermbaseError, match=error):
            load_termbase(path)
        return
    loaded = load_termbase(path)  # a language babel does not know: its row is skipped, said so
    assert not loaded.concepts and "unknown language 'xx_YY'" in str(loaded.warnings[0])


NESTED = """id,sourceLang,targetLang,sourceString,targetString
1,en,ru,outbreak,вспышка
2,en,ru,disease outbreak,вспышка заболевания
"""


@pytest.mark.parametrize(("source", "target", "codes"), [
    # the translation's longer term is not the source's: its «вспышка» says "outbreak"
    ("The outbreak of the disease spread.", "Вспышка заболевания распространилась.", []),
    ("The outbreak of the disease spread.", "Эпидемия распространилась.", ["TP101"]),
    # the source's own longer term: its translation is the longer term's, said once
    ("The disease outbreak spread.", "Вспышка заболевания распространилась.", []),
])
def test_a_common_word_inside_a_longer_term_of_the_translation(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], source: str, target: str,
        codes: list[str]) -> None:
    path = tmp_path / "glossary.csv"
    path.write_text(NESTED, encoding="utf-8")
    found = _check_units(tmp_path / "po", cli_factory, "ru", [(source, target)],
                         "--termbase", str(path))
    assert [f["code"] for f in found] == codes
