"""A termbase that gives a concept no term in the language checked: a bilingual glossary in a
six-language workspace, a termbase without Arabic, or the Translate Toolkit's ``csv2tbx``,
whose TBX names the target language ``xx`` unless told otherwise (its terms are then skipped
with a warning). TP101 reported every mention of such a concept missing from the translation,
an error on a right translation («Генеральной Ассамблеей» for "General Assembly" against an
English-French glossary); the termbase says nothing of that language, so nothing is asked of
it. In a language the termbase does name, the term is still asked for.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _check_units

from conftest import Cli

ROWS = ["concept,category,lang,term,status",
        "c1,organisation,en,General Assembly,preferred",
        "c1,organisation,fr,Assemblée générale,preferred",
        "c2,person,en,Vladimir Voronkov,preferred",
        "c2,person,es,Vladimir Voronkov,preferred",
        "c3,title,en,Secretary-General,preferred"]  # no translation at all


@pytest.mark.parametrize(("lang", "source", "target", "codes"), [
    # the glossary has no Russian, Chinese or Arabic term: nothing is asked
    ("ru", "The General Assembly adopted it.", "Генеральная Ассамблея приняла его.", []),
    ("zh", "The General Assembly adopted it.", "大会通过了它。", []),
    ("ar", "Mr. Vladimir Voronkov spoke.", "وتكلم السيد فلاديمير فورونكوف.", []),
    ("fr", "The Secretary-General spoke.", "Le Secrétaire général a pris la parole.", []),
    # where it has one, a translation without it is still caught (the wrong twins)
    ("fr", "The General Assembly adopted it.", "Le Conseil l’a adopté.", ["TP101"]),
    ("es", "Mr. Vladimir Voronkov spoke.", "El Sr. Vladimir Voronkv habló.", ["TP102"]),
    ("fr", "The General Assembly adopted it.", "L’Assemblée générale l’a adopté.", []),
])
def test_a_concept_without_a_term_in_the_language_asks_nothing_of_it(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, source: str,
        target: str, codes: list[str]) -> None:
    termbase = tmp_path / "glossary.csv"
    termbase.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    found = _check_units(tmp_path / "po", cli_factory, lang, [(source, target)],
                         "--termbase", str(termbase))
    assert sorted(f["code"] for f in found if f["code"].startswith("TP1")) == codes


def test_a_translate_toolkit_tbx_without_its_target_language(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """``csv2tbx`` as a terminologist runs it, without ``--language``: its target terms are
    ``xx``, skipped with a warning naming the line; the check then asks nothing of them."""
    pytest.importorskip("translate.convert.csv2tbx")
    csv = tmp_path / "glossary.csv"
    csv.write_text("location,source,target\n,General Assembly,Assemblée générale\n",
                   encoding="utf-8")
    tbx = tmp_path / "glossary.tbx"
    subprocess.run(["csv2tbx", "-i", str(csv), "-o", str(tbx)], check=True,
                   capture_output=True)
    assert 'xml:lang="xx"' in tbx.read_text(encoding="utf-8")
    found = _check_units(tmp_path / "po", cli_factory, "fr",
                         [("The General Assembly adopted it.", "L’Assemblée l’a adopté.")],
                         "--termbase", str(tbx))
    assert [f for f in found if f["code"].startswith("TP1")] == []


def test_check_says_which_languages_the_termbase_leaves_concepts_without(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """One notice per language checked that the termbase leaves concepts without a term in
    (what the check then asks nothing of), none for a language it covers."""
    termbase = tmp_path / "glossary.csv"
    termbase.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    _check_units(tmp_path / "ru", cli_factory, "ru", [("Hello.", "Привет.")])
    _check_units(tmp_path / "fr", cli_factory, "fr", [("Hello.", "Bonjour.")])
    cli = cli_factory(tmp_path)
    cli("check", str(tmp_path / "ru" / "ru.po"), str(tmp_path / "fr" / "fr.po"),
        "--termbase", str(termbase), expect=None)
    notices = [line for line in cli.err.splitlines() if "notice" in line]
    assert notices == [
        "transpub: notice: glossary.csv: 2 of 3 concept(s) have no fr term: the check asks "
        "nothing of them in fr",
        "transpub: notice: glossary.csv: 3 of 3 concept(s) have no ru term: the check asks "
        "nothing of them in ru"]


def test_a_cached_termbase_counts_its_languages_without_making_terms(tmp_path: Path) -> None:
    """The cache stores how many concepts have terms in each language: the notice above
    then makes none of a 20,000-concept termbase's terms (it made them all: +0.3 s)."""
    from transpub.termbase import load_termbase
    from transpub.termcache import termbase_data, termbase_from

    termbase = tmp_path / "glossary.csv"
    termbase.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    loaded = load_termbase(termbase)
    cached = termbase_from(termbase_data(loaded))
    for lang in ("en", "fr", "es", "ru", "zh"):
        assert cached.named_in(lang) == loaded.named_in(lang)
    assert [cached.named_in(lang) for lang in ("en", "fr", "es", "ru")] == [3, 1, 1, 0]
    assert all(c.terms._made is None for c in cached.concepts)  # type: ignore[attr-defined]


WEBLATE_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif xmlns="urn:iso:std:iso:30042:ed-2" xml:lang="en" type="TBX">
  <text><body>
    <termEntry id="e1">
      <langSet xml:lang="en"><tig><term>data bus</term>
        <termNote type="administrativeStatus">{status}</termNote></tig></langSet>
      <langSet xml:lang="fr"><tig><term>bus de données</term>
        <termNote type="administrativeStatus">{status}</termNote></tig></langSet>
    </termEntry>
    <termEntry id="e2">
      <langSet xml:lang="en"><tig><term>Security Council</term></tig></langSet>
      <langSet xml:lang="fr"><tig><term>Conseil de sécurité</term></tig>
        <tig><term>Conseil</term>
          <termNote type="administrativeStatus">obsolete</termNote></tig></langSet>
    </termEntry>
  </body></text>
</martif>
"""


@pytest.mark.parametrize("status", ["obsolete", "forbidden", "deprecatedTerm-admn-sts"])
@pytest.mark.parametrize(("source", "target", "codes"), [
    # a concept whose only French term is deprecated: nothing asked, its use a warning
    ("The data bus failed.", "La liaison a échoué.", []),
    ("The data bus failed.", "Le bus de données a échoué.", ["TP104"]),
    # a preferred term beside the deprecated one: still asked for
    ("The Security Council met.", "Le Conseil de sécurité s’est réuni.", []),
    ("The Security Council met.", "L’organe s’est réuni.", ["TP101"]),
])
def test_deprecated_only_and_weblate_obsolete_terms(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], status: str, source: str,
        target: str, codes: list[str]) -> None:
    """Weblate's TBX marks terms "obsolete" (or "forbidden"): read as deprecated, not as an
    admitted term ("unknown term status 'obsolete' read as admitted" had made the check ask
    for it); and a concept whose only term in the language is deprecated asks nothing of a
    translation (any translation had been an error or a warning)."""
    termbase = tmp_path / "weblate.tbx"
    termbase.write_text(WEBLATE_TBX.format(status=status), encoding="utf-8")
    found = _check_units(tmp_path / "po", cli_factory, "fr", [(source, target)],
                         "--termbase", str(termbase))
    assert sorted(f["code"] for f in found if f["code"].startswith("TP1")
                  and f["severity"] != "info") == codes
