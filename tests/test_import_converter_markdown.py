"""Text as PDF-to-Markdown converters write it (the sample came through one: its links are
"[text](#)"), whether the file is named .txt or .md: headings with hashes, bold and italics
with stars or underscores, a label or headline set in bold, and the inline HTML Markdown
allows ("<br>", "<sup>1</sup>", "<b>", "&amp;"). Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from transpub.importer import import_file
from transpub.model import Release

RELEASE = """\
**PRESS RELEASE**

# UNOCT Launches Programme on Cybersecurity

New York, 15 March 2021 – The United Nations Office of Counter-Terrorism (UNOCT) &amp; the
European Union<sup>1</sup> launched the _Cybersecurity Programme_ today.<br>It runs until 2024.

## Background

#CounterTerrorism

The programme follows the <b>Global Strategy</b> of 2006 and the H<sub>2</sub> review.

<sup>1</sup> The European Union funds the programme.
"""


def _import(tmp_path: Path, text: str, name: str) -> tuple[Release, list[tuple[int, str]]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = import_file(path)
    return report.release, list(report.removed)


def _blocks(release: Release) -> list[tuple[str, str]]:
    return [(b.kind, "".join(s.text if s.kind in ("text", "atom") else
                             f"<{'/' if s.kind == 'close' else ''}{s.tag}>"
                             for s in b.spans)) for b in release.blocks]


@pytest.mark.parametrize("name", ["release.txt", "release.md"])
def test_converter_markdown(tmp_path: Path, name: str) -> None:
    release, _removed = _import(tmp_path, RELEASE, name)
    blocks = _blocks(release)
    # the bold label and the hashed headline keep their text, not their marks
    assert blocks[:2] == [("label", "PRESS RELEASE"),
                          ("title", "UNOCT Launches Programme on Cybersecurity")]
    # "&amp;" is "&"; "<br>" ends a line (joined in the paragraph); "_…_" is italics
    assert ("p", "The United Nations Office of Counter-Terrorism (UNOCT) & the European "
                 "Union¹ launched the <em>Cybersecurity Programme</em> today. It "
                 "runs until 2024.") in blocks
    assert ("h2", "Background") in blocks
    # a hashtag is no heading
    assert ("p", "#CounterTerrorism") in blocks
    assert ("p", "The programme follows the <strong>Global Strategy</strong> of 2006 and the "
                 "H₂ review.") in blocks
    # the superscript is the mark of the footnote at the foot: an element not to translate
    assert blocks[-1] == ("p", "¹ The European Union funds the programme.")
    assert [s.text for b in release.blocks for s in b.spans if s.tag == "span"] == ["¹"]


def test_br_keeps_the_file_s_line_numbers(tmp_path: Path) -> None:
    text = ("A Headline for the Test\n\nGeneva, 12 March 2024 – The team met.<br>It agreed."
            "<br/>It left.\n\n- more -\n\nThe end of the text.\n")
    release, removed = _import(tmp_path, text, "release.txt")
    assert removed == [(5, "- more -")]
    assert [b.line for b in release.blocks if b.kind == "p"] == [3, 7]


@pytest.mark.parametrize(("written", "read"), [
    ("1<sup>st</sup> session", "1st session"),  # letters in a superscript: its text
    ("UN_OCT and snake_case_name", "UN_OCT and snake_case_name"),  # no italics in a word
    ("&copy without a semicolon", "&copy without a semicolon"),
    ("&unknownentity; stays", "&unknownentity; stays"),
    # a reference to a character no release may hold is left as written
    ("&#1; and &#xF0000; and &#0;", "&#1; and &#xF0000; and \ufffd"),
    ("&#8217;s and&nbsp;x", "’s and\u00a0x"),  # (a no-break space is the text's, kept)
    ("a <u>tag</u> not read", "a <u>tag</u> not read"),
])
def test_inline_html_forms(tmp_path: Path, written: str, read: str) -> None:
    text = f"A Headline for the Test\n\nGeneva, 12 March 2024 – The team met.\n\nSee {written}.\n"
    release, _removed = _import(tmp_path, text, "release.txt")
    assert _blocks(release)[-1] == ("p", f"See {read}.")


def test_bold_letterhead_in_markdown(tmp_path: Path) -> None:
    text = ("**UNITED NATIONS**\n\n**Economic and Social Commission for Asia and the Pacific**\n\n"
            "**PRESS RELEASE**\n\n**Ministers Adopt Bangkok Declaration on Digital Inclusion**"
            "\n\nBangkok, 25 April 2024 – Ministers adopted the Declaration today.\n")
    release, _removed = _import(tmp_path, text, "release.md")
    blocks = _blocks(release)
    assert ("office", "Economic and Social Commission for Asia and the Pacific") in blocks
    assert ("title", "Ministers Adopt Bangkok Declaration on Digital Inclusion") in blocks
    assert ("label", "PRESS RELEASE") in blocks
