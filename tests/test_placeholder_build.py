"""A placeholder left for a translation («NS», «TODO», «-») is not published: the build shows
the source, says so per unit, and ``stats`` counts the unit untranslated (as it counts what the
build publishes). PAWS-X's published Spanish, French and Chinese hold «NS» for 39 sentences
(t65/hC); the checker told it as one TP607 error but the build had published «NS» on the page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from conftest import Cli, copy_sample

#: what a team writes for "to be done", and what is a translation though short
_PLACEHOLDERS = ("NS", "TODO", "-", "xxx")


@pytest.mark.parametrize("plain", [True, False], ids=["plain-file", "escapes"])
def test_the_build_shows_the_source_for_a_placeholder(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], plain: bool) -> None:
    """Both of the build's readers: a plain PO file's (``pofast``) and the per-entry one a
    file with a backslash takes (``localise``)."""
    ws = copy_sample(tmp_path)
    po_file = next((ws / "locales" / "fr" / "LC_MESSAGES").glob("*.po"))
    po = polib.pofile(str(po_file))
    entries = [e for e in po.translated_entries() if len(e.msgid.split()) >= 6]
    units = {}
    for entry, token in zip(entries[1:], _PLACEHOLDERS, strict=False):
        entry.msgstr = token
        units[str(entry.msgctxt)] = (token, entry.msgid)
    kept = entries[len(_PLACEHOLDERS) + 2].msgstr
    if not plain:
        entries[0].tcomment = "see C:\\notes"
    po.save(str(po_file))
    cli = cli_factory(ws)
    cli("build", expect=0)
    said = cli.out + cli.err
    for unit, (token, _) in units.items():
        assert re.search(rf"\[{re.escape(unit)}\] the translation «{re.escape(token)}» is a "
                         r"placeholder, not a translation: the source is shown \(TP607\)",
                         said), said
    page = next((ws / "output" / "fr").glob("unoct*.html")).read_text(encoding="utf-8")
    assert kept.split()[0] in page
    for token, source in units.values():
        assert f">{token}<" not in page
        assert source.split()[1] in page  # the source's words are shown in its place
    cli("stats", "--format", "json", expect=0)
    row = next(r for r in json.loads(cli.out)["releases"] if r["lang"] == "fr")
    assert row["untranslated"] == len(units), row


def test_a_short_real_translation_is_published(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """«ONU» or a word of the source itself is a translation: the build publishes it."""
    ws = copy_sample(tmp_path)
    po_file = next((ws / "locales" / "fr" / "LC_MESSAGES").glob("*.po"))
    po = polib.pofile(str(po_file))
    entry = next(e for e in po.translated_entries() if len(e.msgid.split()) >= 6)
    entry.msgstr = "ONU"
    po.save(str(po_file))
    cli = cli_factory(ws)
    cli("build", expect=0)
    assert "placeholder" not in cli.out + cli.err
    page = next((ws / "output" / "fr").glob("unoct*.html")).read_text(encoding="utf-8")
    assert ">ONU<" in page or "ONU" in page
    cli("stats", "--format", "json", expect=0)
    row = next(r for r in json.loads(cli.out)["releases"] if r["lang"] == "fr")
    assert row["untranslated"] == 0, row
