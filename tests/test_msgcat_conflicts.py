"""Two translators' copies of a PO file merged with GNU ``msgcat``: an entry they translate
differently gets msgcat's markers and both versions in its msgstr ("#-#-#-#-#  fr-B.po
(PACKAGE VERSION)  #-#-#-#-#"), flagged fuzzy. ``check`` only said "fuzzy", and ``build
--include-fuzzy`` published the markers and both versions on the page (session 43's round
trips through gettext). Now TP606 is an error and the build shows the source instead."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import polib

from conftest import SLUG, Cli, required_tool


def test_msgcat_conflict_markers_are_an_error_and_never_published(
        repo: Path, tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    msgcat = required_tool("msgcat", "GNU gettext's msgcat")
    po = repo / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    copy_b, copy_d = tmp_path / "fr-B.po", tmp_path / "fr-D.po"
    copy_b.write_bytes(po.read_bytes())
    entries = polib.pofile(str(po))
    changed = next(e for e in entries if e.msgctxt and e.msgctxt.startswith("p2.") and e.msgstr)
    changed.msgstr = changed.msgstr + " (version D)"
    entries.save(str(copy_d))
    subprocess.run([msgcat, "-o", str(po), str(copy_b), str(copy_d)], check=True)
    assert "#-#-#-#-#" in po.read_text(encoding="utf-8")
    cli = cli_factory(repo)
    cli("extract")
    cli("check", "--lang", "fr", "--format", "json", expect=1)
    found = [f for f in json.loads(cli.out)["findings"] if f["code"] == "TP606"]
    assert [(f["unit"], f["severity"]) for f in found] == [(changed.msgctxt, "error")]
    cli("build", "--lang", "fr", "--include-fuzzy")
    page = (repo / "output" / "fr" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert "#-#-#-#-#" not in page and "(version D)" not in page
