"""A page's controls and its language switcher on one line («Imprimer [English][中文]», UNEP's
French page, a trial of session 65, finding J) are the page's, in the import and in align,
which reads them as the importer does (``importer_chrome.page_chrome``): they pair with no unit
(the line had filled the release's headline)."""

from __future__ import annotations

import pytest

from transpub.align import align
from transpub.importer_chrome import page_chrome
from transpub.model import Segment


@pytest.mark.parametrize("line", [
    "Imprimer [English][中文]", "Print | Share | English | Français", "Partager | Español",
    "Imprimir [English] [Français]", "Печать | English | 中文",
])
def test_controls_with_a_switcher_are_chrome(line: str) -> None:
    assert page_chrome(line)


@pytest.mark.parametrize("line", [
    "Imprimer", "English lessons [Print]", "Print media in English", "Español para todos",
])
def test_a_line_naming_a_language_or_a_control_alone_is_text(line: str) -> None:
    assert not page_chrome(line)


def test_controls_fill_no_unit() -> None:
    units = [Segment("title", "Media accreditation open for the governing council", "title",
                     "title", "", 0),
             Segment("p1", "Ministers from over 100 countries will meet in Nairobi.", "p1", "p",
                     "", 0)]
    page = [Segment("h1", "Imprimer [English][中文]", "h1", "h2", "", 0),
            Segment("title", "Accréditations médiatiques pour le conseil d'administration",
                    "title", "title", "", 0),
            Segment("p1", "Les ministres d'une centaine de pays se réuniront à Nairobi.", "p1",
                    "p", "", 0)]
    aligned = align(units, page, (), ("en", "fr"))
    pairs = [(p.source, p.target) for p in aligned]
    assert ((0,), (1,)) in pairs
    assert ((1,), (2,)) in pairs
    assert not any(0 in target and source for source, target in pairs)
    # (set apart before the programme, as the page's controls: no unit may take it)
    assert [p.apart for p in aligned if p.target == (0,)] == [True]
