"""TP103 (the translation names a body the source does not) on the United Nations as real UN
messages name it: by its initials in the source ("the UN"), and as common nouns in the
translation («notre organisation», "we must be united nations"). Cases from the Secretary-
General's UN Day messages and their published translations (session 61's trial)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import findings_by_case

from conftest import REPO, Cli

TERMBASE = str(REPO / "locales" / "termbase.tbx")
_WOMEN = "Today, the women and men of the UN carry this hope forward around the globe."
_TESTED = "Today, our Organization is being tested like never before."
_UNITED = "We can and must be united nations."
CASES = [
    # the source's initials of the termbase's name: the translation spelling it out names it
    ("es", _WOMEN, "Hoy, las mujeres y los hombres de las Naciones Unidas llevan esa esperanza "
     "a todos los rincones del planeta.", ""),
    ("ru", _WOMEN, "Сегодня женщины и мужчины Организации Объединенных Наций несут эту надежду "
     "по всему миру.", ""),
    # another body's initials do not: the translation names a body the source does not
    ("es", "Today, the women and men of the WHO carry this hope forward.",
     "Hoy, las mujeres y los hombres de las Naciones Unidas llevan esa esperanza.", "TP103"),
    # a common noun: only the capital makes «l'Organisation» the United Nations
    ("fr", _TESTED, "Aujourd’hui, notre organisation est mise à l’épreuve comme jamais "
     "auparavant.", ""),
    ("fr", _UNITED, "Nous pouvons et nous devons être des nations unies.", ""),
    ("es", _UNITED, "Podemos y debemos ser naciones unidas.", ""),
    ("fr", "We can and must be united.", "Nous devons être unis, comme l'Organisation des "
     "Nations Unies.", "TP103"),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_the_united_nations_named_otherwise(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                            lang: str) -> None:
    found = findings_by_case(tmp_path, cli_factory, lang, CASES,
                             lambda f: f["code"] == "TP103", "--termbase", TERMBASE)
    assert {i: "".join(sorted({f["code"] for f in fs})) for i, fs in found.items()} == {
        i: CASES[i][3] for i in found}
