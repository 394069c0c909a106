"""A PDF's text a font with a broken ToUnicode map wrote ("Levi9" for "Levitt", "meeOng" for
"meeting", "Cuper?no" for "Cupertino": each ligature one wrong character) is imported as it
stands, with one warning naming how many words, the first few and what the editor needs; a
text whose digits and capitals inside words are its own (codes, brands) has none. Texts
written for these tests, after session 61's Word PDF (SpyLockout's press release)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pdfmake import pdf
from transpub.brokenfont import broken_font, broken_font_note
from transpub.importer import import_file

from conftest import Cli

#: as the broken Word PDF gives it: "ti" as "O" (and as "2", "?", "9"), "tt" as "9"
DAMAGED = ("Cuper?no, 21 February 2014 – The a9orney Mr. Levi9 said at the meeOng that "
           "the acOons of the internaOonal FoundaOon were essenOal. The vic2m and every "
           "par2cipant called the encrypOon and intercepOon of their informaOon "
           "uncons2tu2onal, and the a9acks and a9empts went on.")
RELEASE = f"Group Asks Court to Act\n\n{DAMAGED}\n\nMore text of the release.\n"


def test_broken_font_warned_once_and_text_kept(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(RELEASE, encoding="utf-8")
    report = import_file(path)
    warned = [note for note in report.notes if "text layer is damaged" in note]
    assert len(warned) == 1
    assert warned[0].startswith("warning: 16 word(s) hold a digit, '?' or capital where "
                                "letters belong («Cuper?no», «a9orney», «meeOng», «vic2m», …)")
    assert "OCR" in warned[0] and "source document" in warned[0]
    text = " ".join(s.text for b in report.release.blocks for s in b.spans)
    assert "a9orney Mr. Levi9" in text  # (nothing mended or dropped: the editor's to correct)


def test_broken_font_in_a_pdf(cli: Cli) -> None:
    path = cli.cwd / "broken.pdf"
    path.write_bytes(pdf([["Group Asks Court to Act", "", DAMAGED[:90], DAMAGED[90:180],
                           DAMAGED[180:]]]))
    cli("import", str(path), "--slug", "bf")
    assert f"{path}: warning: 16 word(s) hold a digit" in cli.out
    assert "the PDF's text layer is damaged" in cli.out
    assert (cli.cwd / "source" / "bf.xml").exists()


@pytest.mark.parametrize("text", [
    # codes, symbols and names with digits: none between lower-case letters of a long word
    "COVID19, COVID-19, G20, G77, A/RES/70/1, H1N1, h1n1, 4x4, mp3, B2B, b2b, p2p, k8s, e2e, "
    "i18n, l10n, html5, Html5, ipv6, SDG3, 5G, x86 and UN80 were named.",
    # brands written with a capital inside, in a text writing "ti" as English does
    "The initiative used WhatsApp, YouTube, LinkedIn, TikTok, PowerPoint, SharePoint, "
    "WordPress, PayPal, iPhone, eBay and McDonald in its national action and participation "
    "statistics, its institutions and practitioners.",
    # one name's parts, however often ("tw4winMark" and the like: one context)
    "tw4winMark tw4winError tw4winPopup tw4winJump",
    # two words only
    "The a9orney and the vic2m.",
    # addresses and hashtags hold what they like
    "See www.exam2ple.org/inf9o?id=a7b and #Save2Our9Lib and ma9il@exa2mple.org and "
    "https://x.org/pa9th/ab2cd/ef?gh",
])
def test_own_digits_and_capitals_not_warned(text: str) -> None:
    assert broken_font(text) is None
    assert broken_font_note(text) == ""


def test_capital_stand_in_needs_a_text_without_ti() -> None:
    """"O" for "ti" in five words: a broken map when the text writes no "ti" elsewhere, brand
    names when it writes "ti" as often as English does."""
    damaged = "The meeOng on acOon, the naOon's negaOve posiOon and informaOon."
    assert broken_font(damaged) is not None
    assert broken_font(damaged + " The initiative, its participation and "
                                 "institutions, titles and statistics.") is None


def test_same_glyph_in_several_words_and_its_word_end() -> None:
    """One digit inside three words (with letters of two kinds round it) shows the map;
    a word ending in that digit is its work too, one ending in another digit is not."""
    found = broken_font("Levi9 met the a9orney, heard of a9acks and a9empts; Html5 and Levi7.")
    assert found is not None
    assert found.words == ("Levi9", "a9orney", "a9acks", "a9empts")
    assert found.count == 4
