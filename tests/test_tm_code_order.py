"""A translation in a memory that puts the source's codes in another order (an adjective after
its noun, the second link first) keeps each code on its own words: its codes are named after
the source codes they are linked to — by TMX's ``x``, else by the same native code (OmegaT's
``<a0>``, a tool's ``<a href="…">``) — not by their order, which swapped two links' targets
(and two e-mail addresses) without a word."""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest
from lxml import etree

from transpub.tm import TranslationMemory, read_tmx

from conftest import SLUG, Cli

LINKED, CONTACT = "p3.e9247f", "contact2"

SOURCE = ('Write to <ph{x1}>{p1}</ph> or <ph{x2}>{p2}</ph>; see <bpt i="1"{x3}>{a1}</bpt>one'
          '<ept i="1">{e1}</ept> and <bpt i="2"{x4}>{a2}</bpt>two<ept i="2">{e2}</ept>.')
TARGET = ('Écrire à <ph{x2}>{p2}</ph> ou <ph{x1}>{p1}</ph> ; voir <bpt i="1"{x4}>{a2}</bpt>'
          'deux<ept i="1">{e2}</ept> et <bpt i="2"{x3}>{a1}</bpt>un<ept i="2">{e1}</ept>.')
NATIVE = {
    # transpub's own names, as its XLIFF export writes native codes
    "transpub": dict(p1="&lt;x1/&gt;", p2="&lt;x2/&gt;", a1="&lt;a1&gt;", a2="&lt;a2&gt;",
                     e1="&lt;/a1&gt;", e2="&lt;/a2&gt;"),
    # OmegaT's names, numbered from 0
    "omegat": dict(p1="&lt;x0/&gt;", p2="&lt;x1/&gt;", a1="&lt;a0&gt;", a2="&lt;a1&gt;",
                   e1="&lt;/a0&gt;", e2="&lt;/a1&gt;"),
    # the HTML itself
    "html": dict(p1="&lt;x1/&gt;", p2="&lt;x2/&gt;", a1='&lt;a href="/one"&gt;',
                 a2='&lt;a href="/two"&gt;', e1="&lt;/a&gt;", e2="&lt;/a&gt;"),
}


def _tmx(path: Path, native: dict[str, str], linked: bool) -> Path:
    x = {f"x{n}": f' x="{n}"' if linked else "" for n in range(1, 5)}
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" '
        'srclang="en" o-tmf="t"/><body><tu>'
        f'<tuv xml:lang="en"><seg>{SOURCE.format(**native, **x)}</seg></tuv>'
        f'<tuv xml:lang="fr"><seg>{TARGET.format(**native, **x)}</seg></tuv>'
        "</tu></body></tmx>", encoding="utf-8")
    return path


@pytest.mark.parametrize("linked", [True, False], ids=["by-x", "by-native-code"])
@pytest.mark.parametrize("native", sorted(NATIVE))
def test_reordered_codes_keep_their_words(tmp_path: Path, native: str, linked: bool) -> None:
    (entry,) = read_tmx(_tmx(tmp_path / "m.tmx", NATIVE[native], linked), "en")
    assert entry.source == ("Write to <x1/> or <x2/>; see <a1>one</a1> and <a2>two</a2>.")
    assert entry.target == ("Écrire à <x2/> ou <x1/> ; voir <a2>deux</a2> et <a1>un</a1>.")
    found = TranslationMemory([entry], "fr").suggest(entry.source)
    assert found is not None and found.exact and found.entry.target == entry.target


def test_codes_alike_in_the_source_go_by_order(tmp_path: Path) -> None:
    """Two bold codes of the same native text cannot be told apart: by order, as before."""
    path = tmp_path / "m.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" '
        'srclang="en" o-tmf="t"/><body><tu><tuv xml:lang="en"><seg><bpt i="1">&lt;b&gt;</bpt>'
        'A<ept i="1">&lt;/b&gt;</ept> and <bpt i="2">&lt;b&gt;</bpt>B<ept i="2">&lt;/b&gt;'
        '</ept>.</seg></tuv><tuv xml:lang="fr"><seg><bpt i="1">&lt;b&gt;</bpt>B<ept i="1">'
        '&lt;/b&gt;</ept> et <bpt i="2">&lt;b&gt;</bpt>A<ept i="2">&lt;/b&gt;</ept>.</seg>'
        "</tuv></tu></body></tmx>", encoding="utf-8")
    (entry,) = read_tmx(path, "en")
    assert (entry.source, entry.target) == ("<strong1>A</strong1> and <strong2>B</strong2>.",
                                            "<strong1>B</strong1> et <strong2>A</strong2>.")


def test_the_export_writes_codes_as_tmx_codes_and_reads_them_back(workspace: Path,
                                                                   cli: Cli,
                                                                   tmp_path: Path) -> None:
    """``tm export`` writes a placeholder as a TMX code holding it as native code, linked by
    ``x`` across the unit's languages (a CAT tool sees a tag where its XLIFF has one, not the
    text "<a1>"); ``tm import`` of that file fills the unit again, codes in their places."""
    po = workspace / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    catalog = polib.pofile(str(po))
    linked = next(e for e in catalog if e.msgctxt == LINKED)
    contact = next(e for e in catalog if e.msgctxt == CONTACT)
    linked.msgstr = linked.msgid.replace("Major General", "Le général de division")
    contact.msgstr = contact.msgid.replace("New York", "New York (États-Unis)")
    catalog.save()
    memory = tmp_path / "memory.tmx"
    cli("tm", "export", str(memory), "--lang", "fr")
    root = etree.parse(str(memory)).getroot()
    bpts = root.findall(".//bpt")
    assert bpts and {b.get("type") for b in bpts} == {"link"} and bpts[0].text == "<a1>"
    assert {ph.text for ph in root.iter("ph")} == {"<x1/>"}
    # the placeholders only as the codes' native text, never in the segments' own text
    assert not [seg for seg in root.iter("seg") if "<" in "".join(
        [seg.text or "", *(code.tail or "" for code in seg)])]
    other = tmp_path / "other"
    cli("init", str(other))
    cli.cwd = other
    shutil.copy2(workspace / "source" / f"{SLUG}.xml", other / "source")
    cli("tm", "import", str(memory))
    cli("extract")
    filled = {e.msgctxt: e.msgstr for e in polib.pofile(
        str(other / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"))}
    assert (filled[LINKED], filled[CONTACT]) == (linked.msgstr, contact.msgstr)
