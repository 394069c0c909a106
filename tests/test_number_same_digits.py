"""A source's number the translation writes with the same digits but reads otherwise (a
decimal sign for a thousands separator: «35,000» is 35 in Spanish and French, «17,500» 17.5
in Russian) is what that number became, before any other number the translation has left
over: "more than 35,000 packages … in February 2011" had been reported "«35,000» became
«2011»", a year paired against a quantity (Debian's press releases, t63/h6)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import unit_findings

from conftest import Cli

CASES = [
    ("es", "Released in February 2011, the branch has more than 35,000 binary packages.",
     "Publicada en el mes 2 del 2011, la rama contiene más de 35,000 paquetes binarios.",
     "number «35,000» reads as 35 in es: the decimal sign differs; group thousands with a "
     "space or a point"),
    ("ru", "In 2013 the archive served 17,500 clients from 120 mirrors.",
     "С 121 зеркала архив обслужил 17,500 клиентов в 2013 году.",
     "number «17,500» reads as 17.5 in ru: the decimal sign differs; group thousands with a "
     "space or a point"),
    ("fr", "The 2011 release has 35,000 packages, code 4411.",
     "La version 2011, code 4412, contient 35,000 paquets.",
     "number «35,000» reads as 35 in fr: the decimal sign differs; group thousands with a "
     "space or a point"),
]


@pytest.mark.parametrize(("lang", "source", "target", "wanted"), CASES)
def test_same_digits_pair_first(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                                source: str, target: str, wanted: str) -> None:
    messages = [f["message"] for f in unit_findings(tmp_path, cli_factory, lang, source, target)
                if f["code"] == "TP301"]
    assert wanted in messages
    # (the number changed beside it is still what it became)
    assert not any("35,000» became" in m or "17,500» became" in m for m in messages)
