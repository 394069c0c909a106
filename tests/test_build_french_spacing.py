"""French spacing (session 58: an editor's trial found the French pages' « : ; ! ? » on lines
of their own at a phone's width, UN-STYLE.md's Typography): the build publishes the space a
translator typed before them, after «, and inside a number as a no-break space."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polib

from conftest import Cli, copy_sample

SLUG = "unoct-qatar-strategic-dialogue-2020"
TYPED = "« Oui » : 1 200 000 personnes ; 10 % ! Vraiment ? Voir <x1/>"
SPACED = ("«\u00a0Oui\u00a0»\u00a0: 1\u00a0200\u00a0000 personnes\u00a0; 10\u00a0%\u00a0! "
          "Vraiment\u00a0? Voir")


def _typed(ws: Path) -> str:
    path = ws / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    po = polib.pofile(str(path))
    entry = next(e for e in po if "<x1/>" in e.msgid and e.msgid.count("<") == 1)
    entry.msgstr = TYPED
    po.save(str(path))
    return str(entry.msgctxt)


def test_french_pages_take_no_break_spaces(tmp_path: Path,
                                           cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    _typed(ws)
    po_before = (ws / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po").read_bytes()
    cli = cli_factory(ws)
    cli("build")
    for suffix in ("html", "xml"):
        page = (ws / "output" / "fr" / f"{SLUG}.{suffix}").read_text(encoding="utf-8")
        assert SPACED in page.replace("&#160;", "\u00a0"), suffix
    english = (ws / "output" / "en" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert "\u00a0:" not in english  # (the source's page is its own text)
    assert (ws / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po").read_bytes() == po_before


def test_spacing_is_the_workspaces_to_turn_off(tmp_path: Path,
                                               cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    _typed(ws)
    config = ws / "transpub.toml"
    config.write_text(config.read_text(encoding="utf-8") + '\n[style.fr]\nspacing = ""\n',
                      encoding="utf-8")
    cli = cli_factory(ws)
    cli("build")
    page = (ws / "output" / "fr" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert "« Oui » : 1 200 000 personnes ; 10 % !" in page
    config.write_text(config.read_text(encoding="utf-8").replace('spacing = ""',
                                                                 'spacing = "swiss"'),
                      encoding="utf-8")
    cli("build", expect=2)
    assert '[style.fr] spacing: "french" or "" expected, got \'swiss\'' in cli.err, cli.err
