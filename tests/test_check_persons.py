"""TP110: a person replaced by another ("Ms. Irene Khan" → «Mme Mary Lawlor»): session 44's
round had 28 such changes unseen, as no check compared a name the termbase does not hold.
French and Spanish keep names in Latin letters: a name of the source after an honorific that
the translation does not hold, not even nearly, while it names after an honorific someone the
source does not, is reported. Twins: the name rightly kept, its French form («Poutine»,
«Zelensky», «Sergueï»), a person named by a title alone, an honorific before a title
("Madam Chairperson", the UN corpus's devset-0834)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import warned_by_case

from conftest import Cli

_KHAN = "Ms. Irene Khan, the Special Rapporteur, said the arrests were unlawful."
CASES = [
    ("fr", _KHAN, "Mme Irene Khan, Rapporteuse spéciale, a déclaré que les arrestations étaient "
     "illégales.", False),
    ("fr", _KHAN, "Mme Mary Lawlor, Rapporteuse spéciale, a déclaré que les arrestations "
     "étaient illégales.", True),
    ("fr", _KHAN, "La Rapporteuse spéciale a déclaré que les arrestations étaient illégales.",
     False),
    ("fr", "The Secretary-General met with President Vladimir Putin and Mr. Sergey Lavrov.",
     "Le Secrétaire général a rencontré le Président Vladimir Poutine et M. Sergueï Lavrov.",
     False),
    ("fr", "Mr. Volodymyr Zelenskyy spoke.", "M. Volodymyr Zelensky a pris la parole.", False),
    ("es", "Madam Chairperson,", "Señora Presidenta:", False),
    ("es", "Mr. Filippo Grandi, the High Commissioner, visited Chad.",
     "El Sr. Filippo Grandi, Alto Comisionado, visitó el Chad.", False),
    ("es", "Mr. Filippo Grandi, the High Commissioner, visited Chad.",
     "El Sr. Volker Türk, Alto Comisionado, visitó el Chad.", True),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_persons_checked(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str) -> None:
    found, wanted = warned_by_case(tmp_path, cli_factory, lang, CASES, "TP110")
    assert found == wanted
