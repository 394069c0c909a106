""""until at least 2020" is «al menos hasta 2020», «au moins jusqu'à 2020»: the time's "until"
after "at least" bounds nothing from above (TP305 had said "bounds the other way", the Python
documentation's Spanish, t66/hG). «hasta 2020» alone for "at least 2020" is still told.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import unit_findings

from conftest import Cli

SOURCE = "Python 2.7 is expected to remain supported until at least 2020."


@pytest.mark.parametrize(("lang", "target", "told"), [
    ("es", "Se espera que Python 2.7 siga siendo compatible al menos hasta 2020.", False),
    ("es", "Se espera que Python 2.7 siga siendo compatible por lo menos hasta 2020.", False),
    ("fr", "Python 2.7 devrait rester pris en charge au moins jusqu'à 2020.", False),
    ("es", "Se espera que Python 2.7 siga siendo compatible como máximo 2020.", True),
    ("fr", "Python 2.7 devrait rester pris en charge au plus 2020.", True),
])
def test_at_least_until(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                        target: str, told: bool) -> None:
    found = unit_findings(tmp_path, cli_factory, lang, SOURCE, target)
    assert ("TP305" in {f["code"] for f in found}) is told
