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


#: as r15's Word PDF gives it (session 62): a hyphen-minus, a soft hyphen and a hyphen
#: (U+2010) for each hyphen of a word
DOUBLED = ("He imagined what they would say if they gave honest, well-\u00ad\u2010informed "
           "explanations, the topic being the recently-\u00ad\u2010passed law.")


def _read(tmp_path: Path, body: str) -> tuple[str, list[str]]:
    """The text of the paragraphs under the dateline's, and the import's notes."""
    path = tmp_path / "release.txt"
    path.write_text(f"Author Imagines a Talk Show\n\nPHILADELPHIA, 5 May 2014 – He wrote.\n\n"
                    f"{body}\n", encoding="utf-8")
    report = import_file(path)
    paras = [b for b in report.release.blocks if b.kind == "p"][1:]
    return " ".join("".join(s.text for s in b.spans) for b in paras), list(report.notes)


def test_a_doubled_hyphen_is_written_once_and_said(tmp_path: Path) -> None:
    text, notes = _read(tmp_path, DOUBLED)
    assert "honest, well-informed explanations" in text
    assert "the recently-passed law" in text
    said = [note for note in notes if "wrote twice" in note]
    assert said == ["line 5: 2 word(s) held a hyphen a broken font wrote twice ('-' and "
                    "U+2010 side by side): written with one, '-', the text writing no other "
                    "(«well-informed», «recently-passed»)"]


@pytest.mark.parametrize(("body", "read", "kept"), [
    # the hyphen the text writes alone elsewhere is kept: a hyphen (U+2010) here
    ("The well-\u2010informed and well\u2010known experts.",
     "The well\u2010informed and well\u2010known experts.", "U+2010, as the text writes"),
    ("The well\u2010-informed and well-known experts.",
     "The well-informed and well-known experts.", "'-', as the text writes"),
    # a non-breaking hyphen's pair, soft hyphens between, digits either side
    ("The e\u2011-mail, the \u2011e\u2011mail and COVID-\u00ad\u201019 in 2020-\u20102021.",
     "The e\u2011mail, the \u2011e\u2011mail and COVID-19 in 2020-2021.", "U+2011 or '-'"),
    # at a line's end: one hyphen, and the break judged as any hyphen's there
    ("The well-\u2010\ninformed experts.", "The well-informed experts.", "'-', the text"),
])
def test_the_hyphen_kept_is_the_texts(tmp_path: Path, body: str, read: str, kept: str) -> None:
    text, notes = _read(tmp_path, body)
    assert text == read
    assert len([note for note in notes if "wrote twice" in note]) == 1
    assert f"written with one, {kept}" in next(n for n in notes if "wrote twice" in n)


@pytest.mark.parametrize("body", [
    "The plan--if approved--will start; the well-informed experts agree.",  # a typewriter's dash
    "Prices rose -\u2010 and fell.",  # not inside a word
    "The well\u2010informed and co\u2011operative experts.",  # one hyphen each
    # two of one character, or U+2010 and U+2011: a dash, not a broken font's pair (hostile
    # review t63/h5: "year‐‐the best" had become "year‐the best", the words glued)
    "The harvest rose this year\u2010\u2010the best in a decade\u2010\u2010the agency said.",
    "The harvest rose this year\u2011\u2011the best in a decade.",
    "The harvest rose this year\u2010\u2011the best and\u2011\u2010more.",
])
def test_no_doubled_hyphen_no_change(tmp_path: Path, body: str) -> None:
    from transpub.brokenfont import doubled_hyphens

    assert doubled_hyphens(body) is None
    text, notes = _read(tmp_path, body)
    assert text == body
    assert not [note for note in notes if "wrote twice" in note]
