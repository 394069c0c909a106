"""Text copied from a PDF viewer, or extracted by PyMuPDF or pdfplumber: no blank lines between
paragraphs, and lines of proportional type whose lengths differ by a tenth or more, so that a
full line may be a word shorter than the longest. A paragraph had been cut at nearly every
line (after a comma too), a short statement refused for want of text under its headline, and
a bullet's wrapped item kept its glyph. Texts written for these tests, in the layouts of a
UNOOSA release and a Security Council press statement."""

# ruff: noqa: E501  (the release's lines are as long as a PDF viewer copies them)
from __future__ import annotations

from pathlib import Path

from test_import_closing_blocks import _import, _texts

UNOOSA = """\
PRESS RELEASE
UNOOSA and Japan launch new round of KiboCUBE
VIENNA, 3 April 2024 – The United Nations Office for Outer Space Affairs (UNOOSA) and the Japan Aerospace
Exploration Agency (JAXA) today announced the ninth round of KiboCUBE, the programme that offers
educational and research institutions from developing countries the opportunity to deploy cube satellites
from the Japanese Experiment Module "Kibo" of the International Space Station.
Since its launch in 2015, KiboCUBE has supported teams from Kenya, Guatemala, Mauritius, Indonesia,
Moldova, Tunisia and Paraguay.
Key facts
• Nine rounds of KiboCUBE have been announced since the programme began, and teams from
fourteen countries have applied.
• Teams from 14 countries have applied.
"""

STATEMENT = """\
Council condemns attack in Kabul
The members of the Security Council condemned in the strongest terms the heinous and cowardly
terrorist attack that took place in Kabul.
The members expressed their deepest sympathy and condolences to the families of the victims.
"""


def test_ragged_lines_without_blank_lines(tmp_path: Path) -> None:
    paragraphs = _texts(_import(tmp_path, UNOOSA), "p")
    assert paragraphs[0].endswith("the opportunity to deploy cube satellites from the Japanese "
                                  "Experiment Module \"Kibo\" of the International Space "
                                  "Station.")
    assert paragraphs[1] == ("Since its launch in 2015, KiboCUBE has supported teams from "
                             "Kenya, Guatemala, Mauritius, Indonesia, Moldova, Tunisia and "
                             "Paraguay.")
    # a bullet's item wrapped over two lines: one item, without its glyph
    assert "Nine rounds of KiboCUBE have been announced since the programme began, and teams " \
        "from fourteen countries have applied." in paragraphs
    assert not any(p.startswith("•") for p in paragraphs)


def test_a_short_statement_without_blank_lines(tmp_path: Path) -> None:
    release = _import(tmp_path, STATEMENT)
    assert _texts(release, "title") == ["Council condemns attack in Kabul"]
    assert _texts(release, "p") == [
        "The members of the Security Council condemned in the strongest terms the heinous and "
        "cowardly terrorist attack that took place in Kabul.",
        "The members expressed their deepest sympathy and condolences to the families of the "
        "victims."]


def test_a_short_text_wrapped_at_a_fixed_width(tmp_path: Path) -> None:
    """Lines wrapped at one width, a paragraph's last line short, a short headline over its
    text: cut where a paragraph's last line leaves room (six lines had been one paragraph:
    only eight lines or more were cut)."""
    text = ("Agency launches report\n"
            "New York, 5 June 2024 – The agency launched its report on the state of the world's\n"
            "forests today, in the presence of ministers from forty countries and the heads of\n"
            "six agencies.\n"
            "The report covers 112 countries and the people who live in them and work there\n"
            "in the forests of the world.\n")
    release = _import(tmp_path, text)
    assert _texts(release, "title") == ["Agency launches report"]
    assert len(_texts(release, "p")) == 2
