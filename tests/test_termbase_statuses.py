"""Term statuses and the preferred form as terminologists write them, from a UN terminologist's
trial (session 60): TBX 2008's normativeAuthorization picklist (ISO 12620: preferredTerm,
admittedTerm, deprecatedTerm, supersededTerm, standardizedTerm, legalTerm, regulatedTerm), the
values without TBX-Basic's ``-admn-sts`` had each been "unknown, read as admitted": a form the
termbase forbids passed the check without a word. And the first term of a language was its
preferred one whatever it was: IATE's entries list the acronym first (``termType`` acronym,
no status), and a check suggested «BLT» for the French name of the office. And categories
written as a terminologist writes them ("Personal name", "Organization name") were "other"."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from transpub.termbase import load_termbase

from conftest import Cli

STATUSES = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="a"><langSet xml:lang="en"><tig><term>Alpha One</term></tig></langSet>
<langSet xml:lang="fr">
<tig><term>alpha admis</term><termNote type="normativeAuthorization">admittedTerm</termNote></tig>
<tig><term>alpha un</term><termNote type="normativeAuthorization">preferredTerm</termNote></tig>
<tig><term>alpha premier</term><termNote type="normativeAuthorization">deprecatedTerm</termNote>
</tig>
<tig><term>alpha ancien</term><termNote type="normativeAuthorization">supersededTerm</termNote>
</tig>
<tig><term>alpha légal</term><termNote type="normativeAuthorization">legalTerm</termNote></tig>
<tig><term>alpha normé</term><termNote type="normativeAuthorization">standardizedTerm</termNote>
</tig>
<tig><term>alpha réglé</term><termNote type="normativeAuthorization">regulatedTerm</termNote></tig>
<tig><term>alpha proposé</term><termNote type="administrativeStatus">proposed</termNote></tig>
<tig><term>alpha interdit</term><termNote type="administrativeStatus">Do not use</termNote></tig>
<tig><term>alpha évité</term><termNote type="administrativeStatus">Forbidden term</termNote></tig>
<tig><term>alpha périmé</term><descrip type="evaluation">obsolete</descrip></tig>
</langSet></termEntry>
</body></text></martif>
"""


def test_the_standard_statuses_are_read(tmp_path: Path) -> None:
    path = tmp_path / "statuses.tbx"
    path.write_text(STATUSES, encoding="utf-8")
    loaded = load_termbase(path)
    assert not loaded.warnings, loaded.warnings
    (concept,) = loaded.concepts
    assert [(t.text.split()[1], t.status) for t in concept.terms["fr"]] == [
        ("admis", "admitted"), ("un", "preferred"), ("premier", "deprecated"),
        ("ancien", "deprecated"), ("légal", "preferred"), ("normé", "preferred"),
        ("réglé", "preferred"), ("proposé", "admitted"), ("interdit", "deprecated"),
        ("évité", "deprecated"), ("périmé", "deprecated")]
    assert concept.preferred("fr").text == "alpha un"


def _json_findings(cli: Cli, out: Path) -> list[dict[str, str]]:
    cli("check", "--no-cache", "--format", "json", "-o", str(out), expect=None)
    assert "Traceback" not in cli.err and "warning" not in cli.err, cli.err
    findings: list[dict[str, str]] = json.loads(out.read_text(encoding="utf-8"))["findings"]
    return findings


def test_a_deprecated_term_by_normative_authorization_is_tp104(
        repo: Path, cli_factory: Callable[[Path], Cli], tmp_path: Path) -> None:
    """The terminologist's case R1: a Russian form of UNOCT marked deprecatedTerm in the
    sample's termbase, used in a translation, is TP104 with the preferred form (it gave
    nothing: no TP104, the form read as admitted, and no TP101, the acronym being there)."""
    tbx = repo / "locales" / "termbase.tbx"
    acronym = ('<tig><term>КТУ ООН</term><termNote type="termType">acronym</termNote>'
               '<termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>')
    text = tbx.read_text(encoding="utf-8")
    assert acronym in text
    tbx.write_text(text.replace(acronym, acronym + '<tig><term>Управление ООН по борьбе с '
                                'терроризмом</term><termNote type="normativeAuthorization">'
                                'deprecatedTerm</termNote></tig>', 1), encoding="utf-8")
    po = repo / "locales" / "ru" / "LC_MESSAGES" / "unoct-qatar-strategic-dialogue-2020.po"
    full = "Контртеррористическое управление Организации Объединенных Наций (КТУ ООН) и"
    text = po.read_text(encoding="utf-8")
    assert full in text
    po.write_text(text.replace(full, "Управление ООН по борьбе с терроризмом (КТУ ООН) и", 1),
                  encoding="utf-8")
    found = [(f["code"], f["lang"], f["expected"]) for f in
             _json_findings(cli_factory(repo), tmp_path / "out.json") if f["code"] == "TP104"]
    assert found == [("TP104", "ru",
                      "Контртеррористическое управление Организации Объединенных Наций")]


IATE = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<text><body><conceptEntry id="iate_999001">
<langSec xml:lang="en">
<termSec><term>UNOCT</term><termNote type="termType">abbreviation</termNote>
<descrip type="reliabilityCode">3</descrip></termSec>
<termSec><term>United Nations Office of Counter-Terrorism</term>
<termNote type="termType">fullForm</termNote><descrip type="reliabilityCode">3</descrip></termSec>
</langSec>
<langSec xml:lang="es">
<termSec><term>UNOCT</term><termNote type="termType">acronym</termNote></termSec>
<termSec><term>Oficina de las Naciones Unidas contra el Terrorismo</term>
<termNote type="termType">fullForm</termNote><descrip type="reliabilityCode">1</descrip></termSec>
<termSec><term>Oficina de Lucha contra el Terrorismo de las Naciones Unidas</term>
<termNote type="termType">fullForm</termNote><descrip type="reliabilityCode">3</descrip></termSec>
</langSec>
<langSec xml:lang="fr">
<termSec><term>BLT</term><descrip type="reliabilityCode">1</descrip></termSec>
<termSec><term>Bureau de lutte contre le terrorisme</term></termSec>
</langSec>
<langSec xml:lang="ru">
<termSec><term>КТУ ООН</term><termNote type="termType">acronym</termNote></termSec>
<termSec><term>Контртеррористическое управление</term>
<termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
<termSec><term>Контртеррористическое управление Организации Объединенных Наций</term>
<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
</langSec>
<langSec xml:lang="zh"><termSec><term>反恐办</term><termNote type="termType">shortForm</termNote>
</termSec></langSec>
</conceptEntry></body></text></tbx>
"""


@pytest.mark.parametrize(("lang", "preferred"), [
    # the full form, not the abbreviation IATE lists first (by its termType)
    ("en", "United Nations Office of Counter-Terrorism"),
    # of two full forms, the more reliable (IATE's reliability code)
    ("es", "Oficina de Lucha contra el Terrorismo de las Naciones Unidas"),
    # no termType: a term of capitals only is an acronym
    ("fr", "Bureau de lutte contre le terrorisme"),
    # a term marked preferred stays so, the unmarked acronym admitted
    ("ru", "Контртеррористическое управление Организации Объединенных Наций"),
    # a language of a short form only: it is the preferred
    ("zh", "反恐办"),
])
def test_a_full_form_is_preferred_to_an_abbreviation(tmp_path: Path, lang: str,
                                                    preferred: str) -> None:
    path = tmp_path / "iate.tbx"
    path.write_text(IATE, encoding="utf-8")
    (concept,) = load_termbase(path).concepts
    assert [t.text for t in concept.terms[lang] if t.status == "preferred"] == [preferred]
    assert concept.preferred(lang).text == preferred


@pytest.mark.parametrize(("field", "category"), [
    ("Personal name", "person"), ("Person", "person"), ("PERSONS", "person"),
    ("Job title", "title"), ("Title", "title"), ("Official titles", "title"),
    ("Organization name", "organisation"), ("Organisation", "organisation"),
    ("UN bodies", "organisation"), ("Country", "place"), ("Country names", "place"),
    ("Place name", "place"), ("Geographical names", "place"),
    ("United Nations;Personal name", "person"), ("72 GEOGRAPHY", "other"),
    # a field of knowledge says what the concept is about, not what it is
    ("International organisations", "other"), ("Astronomy", "other"),
])
def test_category_words(field: str, category: str) -> None:
    from transpub.termbase import _category

    assert _category(field, Path(), None) == category


def test_the_sample_termbase_with_its_categories_in_other_words(
        repo: Path, cli_factory: Callable[[Path], Cli], tmp_path: Path) -> None:
    """The sample's termbase with its categories as a terminologist writes them ("Personal
    name", "Job title", "Organization name", "Geographical name", a second field of
    knowledge after each) checks the sample as the original does (every concept had been
    "other", and 联合国 inside 卡塔尔国常驻联合国代表 no mention of the United Nations: a false
    TP101)."""
    from checkcases import workspace_findings

    tbx = repo / "locales" / "termbase.tbx"
    words = {"person": "Personal name", "title": "Job title",
             "organisation": "Organization name", "place": "Geographical name"}
    text = tbx.read_text(encoding="utf-8")
    renamed = text
    for category, field in words.items():
        renamed = renamed.replace(
            f'<descrip type="subjectField">{category}</descrip>',
            f'<descrip type="subjectField">{field}</descrip>'
            '<descrip type="subjectField">United Nations;international security</descrip>')
    assert renamed != text
    other = tmp_path / "renamed.tbx"
    other.write_text(renamed, encoding="utf-8")
    cli = cli_factory(repo)
    assert workspace_findings(cli, tmp_path / "a.json", other) == workspace_findings(
        cli, tmp_path / "b.json", tbx)
