"""Dates and numbers as human translators write them, which the checker did not read (a trial on
unseen human translation: TaTA's professional translations of DHS reports, google-research/
url-nlp, CC BY 4.0; Mintaka, amazon-science/mintaka, CC BY 4.0; CLDR's date patterns through
Babel). Each right translation has a wrong twin that must still be reported.

- a currency's code against its amount in a translation («CHF1.25», «USD5 millions»): read in
  every language (it was read only in English, and "USD5" was set aside as a designation like
  G20, so a changed amount went unseen).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _twins
from transpub.numfind import find_numbers

from conftest import Cli

# -- a currency's code against its amount -----------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "values"), [
    ("CHF1.25", "zh", [1.25]),
    ("USD5 million", "fr", [5e6]),
    ("USD5 millions", "fr", [5e6]),
    ("瑞士法郎CHF1.25", "zh", [1.25]),  # (a Chinese letter before the code: another script)
    ("بمبلغ USD5 مليون", "ar", [5e6]),
    ("XUSD5", "en", []),  # (the code's letters end a Latin word: no amount)
])
def test_a_code_glued_to_its_amount_is_read_in_every_language(
        text: str, lang: str, values: list[float]) -> None:
    assert [v for m in find_numbers(text, lang) for v in sorted(m.values)] == values


@pytest.mark.parametrize(("lang", "source", "good", "bad"), [
    # (the trial's CLDR currency file: "CHF1.25" copied as it is was «1.25 is missing»)
    ("zh", "It costs CHF1.25.", "售价CHF1.25。", "售价CHF1.35。"),
    ("fr", "a loan of USD 5 million", "un prêt de USD5 millions", "un prêt de USD6 millions"),
    ("ru", "a loan of USD5 million", "кредит в размере USD5 млн", "кредит в размере USD7 млн"),
    ("es", "a loan of USD5 million", "un préstamo de 5 millones de dólares",
     "un préstamo de 7 millones de dólares"),
])
def test_a_code_glued_to_its_amount_is_compared(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, source: str, good: str,
        bad: str) -> None:
    _twins(tmp_path, cli_factory, lang, source, good, bad)

