"""A purpose clause ends the clause whose word of change governs a number (TP308): Django's
"Increased the default timeout … to 5 seconds to prevent falling back to ``StatReloader``"
had taken "falling" for the 5's change, "5 goes down in the source" against «增加到 5 秒»
(t66/hG). A change said the other way in the number's own clause is still told.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import unit_findings
from transpub.checks.directions import DOWN, UP, direction

from conftest import Cli

TWIN_SOURCE = "Increased the default timeout to 5 seconds to prevent falling back."
SOURCE = ("Increased the default timeout when using ``Watchman`` to 5 seconds to prevent falling "
          "back to ``StatReloader`` on larger projects.")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    (SOURCE, "en", 0),
    ("Prices rose by 5 per cent to prevent a fall.", "en", UP),
    ("Prices rose to 5 dollars in order to avoid a decline.", "en", UP),
    ("Il a augmenté de 5 % afin d'éviter une baisse.", "fr", UP),
    ("Sales fell 5 per cent.", "en", DOWN),
])
def test_direction(text: str, lang: str, expected: int) -> None:
    start = text.index("5")
    assert direction(text, start, start + 1, lang) == expected


@pytest.mark.parametrize(("target", "told"), [
    ("将使用 ``Watchman`` 时的默认超时时间增加到 5 秒，以防止在较大的项目上回退到 "
     "``StatReloader``。", False),
])
def test_purpose_clause(tmp_path: Path, cli_factory: Callable[[Path], Cli], target: str,
                        told: bool) -> None:
    found = unit_findings(tmp_path, cli_factory, "zh", SOURCE, target)
    assert ("TP308" in {f["code"] for f in found}) is told


def test_a_change_turned_round_is_still_told(tmp_path: Path,
                                             cli_factory: Callable[[Path], Cli]) -> None:
    found = unit_findings(tmp_path, cli_factory, "zh", TWIN_SOURCE,
                          "将默认超时时间减少到 5 秒，以防止回退。")
    assert "TP308" in {f["code"] for f in found}
