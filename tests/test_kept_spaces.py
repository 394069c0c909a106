"""The no-break spaces a text holds are the text's: a release imported from a plain text or
Markdown file keeps them in its source, its POT and its built pages, and a translation
aligned from a text file keeps them in its PO file (French typography's no-break space
before a colon and inside guillemets, a number's narrow no-break space). Only layout white
space (spaces, tabs, line ends) is made one space, as XML and HTML make it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polib
from lxml import html

from conftest import Cli, copy_sample

NBSP, NNBSP = "\u00a0", "\u202f"
RELEASE = "unoct-qatar-strategic-dialogue-2020"
TEXT = ("Secretary-General welcomes the agreement on water\n\n"
        f"NEW YORK, 3 March 2025 – The Secretary-General said that 25{NBSP}000 people\n"
        f"attended   the\tmeeting. It opened at 10{NNBSP}a.m. and lasted three hours.\n\n"
        f"The second paragraph counts 1{NBSP}000 words.\n")


def _units(pot: Path) -> list[str]:
    return [entry.msgid for entry in polib.pofile(str(pot)) if entry.msgid]


def test_a_text_release_keeps_its_no_break_spaces(tmp_path: Path,
                                                  cli_factory: Callable[[Path], Cli]) -> None:
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    ws = tmp_path / "ws"
    cli.cwd = ws
    (ws / "release.txt").write_text(TEXT, encoding="utf-8")
    cli("import", "release.txt", "--slug", "water")
    source = (ws / "source" / "water.xml").read_text(encoding="utf-8")
    assert f"25{NBSP}000 people attended the meeting." in source  # (the layout's made one)
    cli("extract")
    units = _units(ws / "locales" / "water.pot")
    assert f"The Secretary-General said that 25{NBSP}000 people attended the meeting." in units
    assert f"It opened at 10{NNBSP}a.m. and lasted three hours." in units
    assert f"The second paragraph counts 1{NBSP}000 words." in units
    cli("build", "--lang", "en")
    page = html.parse(str(ws / "output" / "en" / "water.html")).getroot()
    assert f"1{NBSP}000 words" in page.text_content()


def test_a_markdown_release_keeps_them_as_entities_or_characters(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    ws = tmp_path / "ws"
    cli.cwd = ws
    text = TEXT.replace(f"1{NBSP}000", "1&nbsp;000").replace("# ", "")
    (ws / "release.md").write_text("# " + text, encoding="utf-8")
    cli("import", "release.md", "--slug", "water")
    cli("extract")
    units = _units(ws / "locales" / "water.pot")
    assert f"The second paragraph counts 1{NBSP}000 words." in units
    assert f"The Secretary-General said that 25{NBSP}000 people attended the meeting." in units


def test_an_aligned_text_translation_keeps_them(tmp_path: Path,
                                                cli_factory: Callable[[Path], Cli]) -> None:
    """The French PO file's own translations, sent back as a text file a paragraph a line:
    the entries filled from it hold the no-break spaces the translator wrote."""
    ws = copy_sample(tmp_path)
    path = ws / "locales" / "fr" / "LC_MESSAGES" / f"{RELEASE}.po"
    po = polib.pofile(str(path))
    spaced = {entry.msgctxt: entry.msgstr for entry in po if NBSP in entry.msgstr}
    assert len(spaced) >= 3
    text = "\n\n".join(entry.msgstr for entry in po if entry.msgstr)
    (ws / "fr.txt").write_text(text + "\n", encoding="utf-8")
    for entry in po:
        entry.msgstr = ""
    po.save()
    cli = cli_factory(ws)
    cli("align", RELEASE, "fr.txt", "--lang", "fr")
    filled = {entry.msgctxt: entry.msgstr for entry in polib.pofile(str(path)) if entry.msgstr}
    kept = [ctxt for ctxt, msgstr in spaced.items() if filled.get(ctxt) == msgstr]
    assert len(kept) >= 3, (spaced, filled)
    assert all(NBSP in filled[ctxt] for ctxt in kept)
