"""Forms of professional translations the checker misread, from the false alarms left on the
unseen references of session 43 (FLORES-200 devtest, WMT newstest2013; README "Unseen
references"), each with a twin that must stay a finding:

- a scale inside a compound adjective ("a 30-million-euro project", "a US$5-million grant")
  and a Russian numeral's case ending before its scale («15-ти миллионов») are the scale
  (TP302 had said it changed);
- a bound negated inside the bound ("not less than 4", "no fewer than 20") is a bound, and a
  French negation before a verb and its comparative («ne doit pas être inférieure à 14») is
  "at least" (TP305);
- a name whose capital carries an accent («Madame Élisabeth», «M. Öcalan») follows its
  honorific (TP105 had found none);
- «ثمان», eight before a feminine noun («بثمان مرات»), is a number word (TP301).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import findings_by_case

from conftest import Cli

CASES = [
    ("fr", "The Government approved a 30-million-euro project.",
     "Le Gouvernement a approuvé un projet de 30 millions d'euros.", []),
    ("fr", "The Government approved a 30-million-euro project.",
     "Le Gouvernement a approuvé un projet de 30 milliards d'euros.", ["TP302"]),
    ("es", "A US$5-million grant was announced.",
     "Se anunció una donación de 5 millones de dólares.", []),
    ("es", "A US$5-million grant was announced.",
     "Se anunció una donación de 5 dólares.", ["TP302"]),
    ("ru", "The project costs 15 million dollars.", "Проект стоит 15-ти миллионов долларов.",
     []),
    ("ru", "The project costs 15 million dollars.", "Проект стоит 15-ти тысяч долларов.",
     ["TP302"]),
    ("fr", "The plot must be at least 14 metres wide.",
     "La parcelle ne doit pas être inférieure à 14 mètres de large.", []),
    ("fr", "The plot must be at least 14 metres wide.",
     "La parcelle ne doit pas être supérieure à 14 mètres de large.", ["TP305"]),
    ("fr", "The Council shall meet not less than 4 times a year.",
     "Le Conseil se réunit au moins 4 fois par an.", []),
    ("fr", "The Board shall meet not less than 4 times a year.",
     "Le Conseil d'administration se réunit au plus 4 fois par an.", ["TP305"]),
    ("es", "No fewer than 20 countries signed the treaty.",
     "No menos de 20 países firmaron el tratado.", []),
    ("es", "No fewer than 20 countries signed the treaty.",
     "Menos de 20 países firmaron el tratado.", ["TP305"]),
    ("fr", "Madam Elizabeth spoke to the press.", "Madame Élisabeth a parlé à la presse.", []),
    ("fr", "Madam Elizabeth spoke to the press.", "Élisabeth a parlé à la presse.", ["TP105"]),
    ("fr", "Mr. Öcalan spoke.", "M. Öcalan a parlé.", []),
    ("es", "Mr. Şahin spoke.", "El Sr. Şahin habló.", []),
    ("es", "Mr. Şahin spoke.", "Şahin habló.", ["TP105"]),
    ("ar", "Prices rose 8 times in a year.", "ارتفعت الأسعار بثمان مرات في عام واحد.", []),
    ("ar", "Prices rose 8 times in a year.", "ارتفعت الأسعار بسبع مرات في عام واحد.", ["TP301"]),
]
CODES = ("TP105", "TP301", "TP302", "TP305")


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_reference_forms(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    found = findings_by_case(tmp_path, cli_factory, lang, CASES,
                             lambda f: f["code"] in CODES and f["severity"] != "info")
    assert {i: sorted({f["code"] for f in fs}) for i, fs in found.items()} == {
        i: CASES[i][3] for i in found}


def test_negated_bound_named_whole(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """The finding quotes the bound with its negation, as the source says it."""
    found = findings_by_case(tmp_path, cli_factory, "es", CASES,
                             lambda f: f["code"] == "TP305")
    assert found[11][0]["message"].startswith("«No fewer than 20»")
