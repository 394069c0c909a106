"""TP101 on names of the termbase said inside other names or posts (WMT 2020's news):

- a place kept, as written, inside a longer Latin name a translation in another script keeps
  whole ("The New York Times" → «New York Times», "Qatar Airways" → «Qatar Airways») is
  carried; the place left in Latin on its own is not;
- a deputy's post is another post: "former Vice President Joe Biden and Ukrainian President
  Zelensky" names one President (two had been wanted), and a President left out is still
  caught, as a President (it had been «вице-президенту» a misspelt «президент», TP102; and
  "Ukrainian President" another post than the President).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import unit_findings

from conftest import REPO, Cli

CASES = [
    # (lang, source, translation, TP101 expected)
    ("ru", '"Leave me alone," The New York Times reported.',
     "«Оставь меня в покое», - сообщает New York Times.", False),
    ("ru", "Airlines such as Qatar Airways fly there.",
     "Туда летают такие авиакомпании, как Qatar Airways.", False),
    ("ru", "Airlines from Qatar fly there.", "Туда летают авиакомпании из Qatar.", True),
    ("zh", "The New York Times reported it.", "New York Times 报道了此事。", False),
    ("ru", "He called on former Vice President Joe Biden and Ukrainian President Volodymyr "
     "Zelensky.", "Он обратился к бывшему вице-президенту Джо Байдену и президенту Украины "
     "Владимиру Зеленскому.", False),
    ("ru", "He called on former Vice President Joe Biden and Ukrainian President Volodymyr "
     "Zelensky.", "Он обратился к бывшему вице-президенту Джо Байдену и Владимиру Зеленскому.",
     True),
]


@pytest.mark.parametrize(("lang", "source", "target", "expected"), CASES)
def test_names_inside_names(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                            source: str, target: str, expected: bool) -> None:
    found = unit_findings(tmp_path, cli_factory, lang, source, target, "--termbase",
                          str(REPO / "locales" / "termbase.tbx"))
    codes = {f["code"] for f in found if f["severity"] == "error"}
    assert ("TP101" in codes) is expected, codes
    assert "TP102" not in codes  # («вице-президенту» is no misspelt «президент»)
