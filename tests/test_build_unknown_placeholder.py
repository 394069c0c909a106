"""A placeholder the unit does not have (session 58: an editor's trial typed «Chiffres
<em1>clés</em1>»): ``check`` calls it an error (TP501), and the build had published it as
text, even under ``--strict``. It falls back to the source with a warning naming the file and
line, and ``--strict`` refuses it; one the source itself holds as text stays text."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import polib

from conftest import Cli, copy_sample

SLUG = "unoct-qatar-strategic-dialogue-2020"


def _set(ws: Path, lang: str, ctxt: str, text: str) -> None:
    path = ws / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"
    po = polib.pofile(str(path))
    next(e for e in po if e.msgctxt == ctxt).msgstr = text
    po.save(str(path))


def test_a_placeholder_the_unit_lacks_is_not_published(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    _set(ws, "fr", "place", "<em1>New York</em1>")
    _set(ws, "ar", "place", "نيويورك <x7/>")  # (the Arabic page's own writer too)
    cli = cli_factory(ws)
    cli("build", "--strict", expect=2)
    assert ".po:48: [place] placeholders: <x7/>" in cli.err, cli.err  # (each named)
    assert ".po:49: [place] placeholders: <em1>" in cli.err, cli.err
    assert "> is not a placeholder of this unit" in cli.err
    assert not (ws / "output").exists() or not list((ws / "output").rglob("*.html"))
    cli("build")
    for lang in ("fr", "ar"):
        page = (ws / "output" / lang / f"{SLUG}.html").read_text(encoding="utf-8")
        assert "em1" not in page and "x7" not in page
        assert '<span lang="en" dir="ltr" class="untranslated">New York</span>' in page, lang
    assert "is not a placeholder of this unit; using the source text" in cli.out + cli.err
    cli("stats", "--format", "json")
    rows = {r["lang"]: r for r in json.loads(cli.out)["releases"]}
    assert rows["fr"]["untranslated"] == 1 and rows["es"]["untranslated"] == 0


def test_a_placeholder_shaped_text_the_source_holds_stays_text(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    source = ws / "source" / f"{SLUG}.xml"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "The Strategic Dialogue reviewed", "The &lt;q1&gt; Strategic Dialogue reviewed", 1),
        encoding="utf-8")
    cli = cli_factory(ws)
    cli("extract", "-q")
    path = ws / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    po = polib.pofile(str(path))
    entry = next(e for e in po if e.msgid.startswith("The <q1> Strategic"))
    entry.msgstr = "Le <q1> Dialogue stratégique a examiné les progrès."
    entry.flags = []
    po.save(str(path))
    cli("build", "--strict")
    page = (ws / "output" / "fr" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert "Le &lt;q1&gt; Dialogue stratégique" in page
