"""A term with no letter and no digit ("-", "()", "…") is skipped with a warning naming its file
and line, in TBX, in a concept CSV and in a bilingual glossary.

Session 48's fuzzing of the CLI found it: the sample termbase with one short form edited to
"-" made a pattern whose hyphen is optional, which matched the empty string at every place of
every text, and the check of the sample release ran for more than five minutes (0.6 s
without). Such a term names nothing a text could be checked for.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from transpub.termbase import _wordless, load_termbase

from conftest import Cli

ROOT = Path(__file__).resolve().parents[1]
TBX = ROOT / "locales" / "termbase.tbx"
SHORT = '<tig><term>Al-Ansari</term><termNote type="termType">shortForm</termNote>'


@pytest.mark.parametrize(("term", "wordless"), [
    ("-", True), ("()", True), ("…", True), (" – ", True), ("«»", True), ("、", True),
    ("a", False), ("-1", False), ("联合国", False), ("الأمم", False), ("٣", False),
])
def test_wordless(term: str, wordless: bool) -> None:
    assert _wordless(term) is wordless


def test_tbx_term_without_letters_is_skipped(tmp_path: Path) -> None:
    text = TBX.read_text(encoding="utf-8")
    line = text[:text.index(SHORT)].count("\n") + 1
    path = tmp_path / "t.tbx"
    path.write_text(text.replace(SHORT, SHORT.replace("Al-Ansari", "-"), 1), encoding="utf-8")
    loaded = load_termbase(path)
    assert [str(w) for w in loaded.warnings] == [
        f"{path}:{line}: term skipped: the term '-' has no letter or digit"]
    forms = {t.text for c in loaded.concepts for ts in c.terms.values() for t in ts}
    assert "-" not in forms
    assert len(loaded.concepts) == len(load_termbase(TBX).concepts)


def test_csv_rows_without_letters_are_skipped(tmp_path: Path) -> None:
    concepts = tmp_path / "c.csv"
    concepts.write_text("concept,category,lang,term,status\nc1,org,en,UNOCT,preferred\n"
                        "c1,org,fr,—,admitted\nc1,org,fr,BLT,preferred\n", encoding="utf-8")
    loaded = load_termbase(concepts)
    assert [str(w) for w in loaded.warnings] == [
        f"{concepts}:3: row skipped: the term '—' has no letter or digit"]
    assert [t.text for t in loaded.concepts[0].forms("fr")] == ["BLT"]
    glossary = tmp_path / "g.csv"
    glossary.write_text("id,sourceLang,targetLang,sourceString,targetString\n"
                        "1,en,fr,quarantine,()\n2,en,fr,Ministry of Health (-),ministère de la "
                        "Santé (MS)\n", encoding="utf-8")
    loaded = load_termbase(glossary)
    assert [str(w) for w in loaded.warnings] == [
        f"{glossary}:2: row skipped: the term '()' has no letter or digit"]
    (concept,) = loaded.concepts
    # the bracketed part with no letter is no short form; the rest is read as before
    assert [t.text for t in concept.forms("en")] == ["Ministry of Health (-)",
                                                     "Ministry of Health"]
    assert [t.text for t in concept.forms("fr")] == ["ministère de la Santé (MS)",
                                                     "ministère de la Santé", "MS"]


def test_check_with_a_wordless_term_finds_what_it_finds_without_it(
        repo: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """The sample release checked with the fuzzed termbase: its findings are those of the
    termbase without that term (with it, the check did not end)."""
    tbx = repo / "locales" / "termbase.tbx"
    text = tbx.read_text(encoding="utf-8")
    cli = cli_factory(repo)
    tbx.write_text(text.replace(SHORT, SHORT.replace("Al-Ansari", "-"), 1), encoding="utf-8")
    cli("check", "--no-cache", "--format", "json", expect=None)
    assert "no letter or digit" in cli.err
    fuzzed = json.loads(cli.out)["findings"]
    start = text.index(SHORT)
    tbx.write_text(text[:start] + text[text.index("</tig>", start) + len("</tig>"):],
                   encoding="utf-8")
    cli("check", "--no-cache", "--format", "json", expect=None)
    assert json.loads(cli.out)["findings"] == fuzzed
