"""XLIFF export and import through the real CLI: schema-valid files, the Translate Toolkit reads
them, export -> import is the identity, a simulated CAT tool round trip, conflicts, rejected
units and hostile files."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from transpub.errors import XliffError
from transpub.xliff_merge import as_msgfmt_wants, codes_problem
from transpub.xliff_read import read_xliff

import realdata
from conftest import SLUG, Cli, msgfmt
from pseudo import pseudo_translate
from xliff_schemas import schema_errors

NS12 = "urn:oasis:names:tc:xliff:document:1.2"
NS2 = "urn:oasis:names:tc:xliff:document:2.0"
TARGETS = ("ar", "zh", "fr", "ru", "es")


def _po(ws: Path, lang: str) -> Path:
    return ws / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"


@pytest.fixture
def translated(workspace: Path, cli: Cli) -> Path:
    """The sample with pseudo-translations; the headline edited after translation (fuzzy, with
    the previous msgid) and one sentence left untranslated, in every language."""
    for lang in TARGETS:
        pseudo_translate(_po(workspace, lang), lang)
        po = polib.pofile(str(_po(workspace, lang)))
        next(e for e in po if e.msgctxt == "place").msgstr = ""
        po.save()
    source = workspace / "source" / f"{SLUG}.xml"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "Hold Third High-Level", "Hold Their Third High-Level"), encoding="utf-8")
    cli("extract")
    return workspace


def _entries(path: Path) -> dict[str, polib.POEntry]:
    return {e.msgctxt: e for e in polib.pofile(str(path)) if not e.obsolete}


def _units(path: Path) -> dict[str, etree._Element]:
    root = etree.parse(str(path)).getroot()
    ns = etree.QName(root).namespace
    tag = "trans-unit" if ns == NS12 else "unit"
    return {u.get("id"): u for u in root.iter(f"{{{ns}}}{tag}")}


def _snapshot(ws: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted((ws / "locales").rglob("*.po"))}


# --- export ----------------------------------------------------------------------------------

@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_export_is_valid_against_the_oasis_schema(translated: Path, cli: Cli,
                                                  version: str) -> None:
    cli("xliff", "export", "--version", version)
    files = sorted((translated / "xliff").glob("*.xlf"))
    assert [f.name for f in files] == sorted(f"{SLUG}.{lang}.xlf" for lang in TARGETS)
    units = _units(translated / "xliff" / f"{SLUG}.fr.xlf")
    entries = _entries(_po(translated, "fr"))
    assert list(units) == [e.msgctxt for e in entries.values()]  # unit ids are the msgctxt
    for path in files:  # last: skipped when the (third-party) schemas are absent
        assert schema_errors(path, version) == [], path


def test_export_12_carries_codes_notes_states_and_the_previous_source(
        translated: Path, cli: Cli) -> None:
    cli("xliff", "export", "--lang", "fr")
    units = _units(translated / "xliff" / f"{SLUG}.fr.xlf")
    q = f"{{{NS12}}}"
    link = next(u for u in units.values() if u.find(f"{q}source/{q}bpt") is not None)
    bpt = link.find(f"{q}source/{q}bpt")
    assert bpt is not None and bpt.get("ctype") == "link" and bpt.text == "<a1>"
    assert (bpt.get("equiv-text") or "").startswith("<a href=")  # what the code stands for
    email = next(u for u in units.values() if u.find(f"{q}source/{q}ph") is not None)
    ph = email.find(f"{q}source/{q}ph")
    assert ph is not None and ph.get("ctype") == "x-email" and "@" in (ph.get("equiv-text") or "")
    notes = [n.text for n in link.iterchildren(f"{q}note")]
    assert any(n and n.startswith("Paragraph") for n in notes)
    assert any(n and "<a1>…</a1>: a" in n for n in notes)  # the placeholder legend
    title, place = units["title"], units["place"]
    assert title.find(f"{q}target").get("state") == "needs-review-translation"
    assert title.get("approved") is None
    previous = title.find(f"{q}alt-trans[@alttranstype='previous-version']/{q}source")
    assert previous is not None and "Hold Third High-Level" in (previous.text or "")
    assert place.find(f"{q}target").get("state") == "needs-translation"
    assert units["label"].find(f"{q}target").get("state") == "translated"
    assert units["label"].get("approved") == "yes"


def test_export_21_maps_codes_to_original_data(translated: Path, cli: Cli) -> None:
    cli("xliff", "export", "--version", "2.1", "--lang", "ar")
    path = translated / "xliff" / f"{SLUG}.ar.xlf"
    q = f"{{{NS2}}}"
    for unit in _units(path).values():
        data = {d.get("id"): d.text for d in unit.iter(f"{q}data")}
        for code in unit.iter(f"{q}pc", f"{q}ph"):
            for ref in ("dataRef", "dataRefStart", "dataRefEnd"):
                assert code.get(ref) is None or code.get(ref) in data
    units = _units(path)
    link = next(u for u in units.values() if u.find(f".//{q}pc") is not None)
    assert any((d.text or "").startswith("<a href=") for d in link.iter(f"{q}data"))
    assert units["title"].find(f"{q}segment").get("state") == "initial"
    assert units["title"].find(f"{q}segment/{q}target") is not None  # the fuzzy draft
    assert units["place"].find(f"{q}segment/{q}target") is None
    assert units["label"].find(f"{q}segment").get("state") == "translated"


def test_translate_toolkit_reads_the_same_translations(translated: Path, cli: Cli,
                                                       tmp_path: Path) -> None:
    if importlib.util.find_spec("translate") is None:
        if os.environ.get("CI"):
            pytest.fail("the Translate Toolkit (the test extra) is required in CI")
        pytest.skip("the Translate Toolkit is not installed")
    xliff2po = [sys.executable, "-c",
                "import sys; from translate.convert.xliff2po import main; main(sys.argv[1:])"]
    cli("xliff", "export")
    for lang in TARGETS:
        out = tmp_path / f"{lang}.po"
        subprocess.run([*xliff2po, "--progress=none",
                        str(translated / "xliff" / f"{SLUG}.{lang}.xlf"), str(out)],
                       check=True, capture_output=True)
        theirs = [(e.msgid, e.msgstr, e.fuzzy) for e in polib.pofile(str(out)) if e.msgid]
        ours = [(e.msgid, e.msgstr, e.fuzzy and bool(e.msgstr))
                for e in _entries(_po(translated, lang)).values()]
        assert theirs == ours, lang


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_export_then_import_is_the_identity(translated: Path, cli: Cli, version: str) -> None:
    before = _snapshot(translated)
    cli("xliff", "export", "--version", version)
    cli("xliff", "import", *map(str, sorted((translated / "xliff").glob("*.xlf"))))
    assert _snapshot(translated) == before


@pytest.mark.parametrize(("version", "source", "target"), [
    ("1.2", "en-US", "fr-FR"),  # Trados, memoQ, Phrase: a region on both
    ("1.2", "en", "fr_FR"),
    ("2.1", "en-US", "fr-CA"),
    ("2.2", "en-GB", "fr-FR"),  # Phrase and Zendesk write XLIFF 2.2 (its own namespace)
])
def test_region_tags_and_xliff_22_as_cat_tools_write_them(translated: Path, cli: Cli,
                                                          version: str, source: str,
                                                          target: str) -> None:
    """A CAT tool writes the languages with a region (``en-US`` → ``fr-FR``), ignored as
    everywhere else; XLIFF 2.2 is 2.x. The file had been refused ("'fr-FR' is not one of
    this workspace's (… fr …)")."""
    cli("xliff", "export", "--version", "1.2" if version == "1.2" else "2.1", "--lang", "fr")
    (path,) = (translated / "xliff").glob("*.fr.xlf")
    text = path.read_text(encoding="utf-8")
    # the translator's change: the label's translation
    label = re.compile(r'(<(?:trans-unit|unit) id="label".*?<target[^>]*>)[^<]*(</target>)',
                       re.DOTALL)
    text = label.sub(r"\1ÉTIQUETTE (CAT)\2", text, count=1)
    if version == "1.2":
        text = text.replace('source-language="en"', f'source-language="{source}"')
        text = text.replace('target-language="fr"', f'target-language="{target}"')
    else:
        text = text.replace('srcLang="en"', f'srcLang="{source}"')
        text = text.replace('trgLang="fr"', f'trgLang="{target}"')
        if version == "2.2":
            text = text.replace("urn:oasis:names:tc:xliff:document:2.0",
                                "urn:oasis:names:tc:xliff:document:2.2")
            text = text.replace('version="2.1"', 'version="2.2"')
    assert f'"{target}"' in text and "ÉTIQUETTE (CAT)" in text
    path.write_text(text, encoding="utf-8")
    cli("xliff", "import", str(path))
    assert "error" not in cli.err
    assert _entries(_po(translated, "fr"))["label"].msgstr == "ÉTIQUETTE (CAT)"


def test_a_language_of_no_workspace_is_refused_saying_why(translated: Path, cli: Cli) -> None:
    cli("xliff", "export", "--lang", "fr")
    (path,) = (translated / "xliff").glob("*.fr.xlf")
    path.write_text(path.read_text(encoding="utf-8").replace(
        'target-language="fr"', 'target-language="de-DE"'), encoding="utf-8")
    cli("xliff", "import", str(path), expect=2)
    assert "target language 'de-DE' is not one of this workspace's" in cli.err
    assert "German" in cli.err


# --- a simulated CAT tool ------------------------------------------------------------------

def _cat_tool_12(path: Path) -> None:
    """What a translator's CAT tool does: fill an empty unit, rewrite one with the link moved,
    add a note, send one back for review."""
    tree = etree.parse(str(path))
    q = f"{{{NS12}}}"
    units = {u.get("id"): u for u in tree.iter(f"{q}trans-unit")}
    place = units["place"].find(f"{q}target")
    place.text = "NEW-YORK (CAT)"
    place.set("state", "translated")
    link = next(u for u in units.values() if u.find(f"{q}source/{q}bpt") is not None)
    target = link.find(f"{q}target")
    for child in list(target):
        target.remove(child)
    target.text = "CAT: "
    # the tool renumbers the codes and keeps the pair's link in rid, as some do
    bpt = etree.SubElement(target, f"{q}bpt", id="1", rid="a1", ctype="link")
    bpt.text = "[link]"
    bpt.tail = "the Compact (moved)"
    ept = etree.SubElement(target, f"{q}ept", id="2", rid="a1")
    ept.text = "[/link]"
    ept.tail = " first, then the rest."
    note = etree.SubElement(units["label"], f"{q}note")
    note.text = "Reviewer: check the house style for labels."
    units["office"].find(f"{q}target").set("state", "needs-review-translation")
    units["office"].set("approved", "no")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


def _cat_tool_2(path: Path) -> None:
    tree = etree.parse(str(path))
    q = f"{{{NS2}}}"
    units = {u.get("id"): u for u in tree.iter(f"{q}unit")}
    segment = units["place"].find(f"{q}segment")
    etree.SubElement(segment, f"{q}target").text = "NEW-YORK (CAT)"
    segment.set("state", "reviewed")
    link = next(u for u in units.values() if u.find(f".//{q}target/{q}pc") is not None)
    target = link.find(f".//{q}target")
    pc = target.find(f"{q}pc")
    for child in list(target):
        target.remove(child)
    target.text = "CAT: "
    pc.text = "the Compact (moved)"
    pc.tail = " first, then the rest."
    target.append(pc)
    notes = units["label"].find(f"{q}notes")
    etree.SubElement(notes, f"{q}note").text = "Reviewer: check the house style for labels."
    units["office"].find(f"{q}segment").set("state", "initial")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


@pytest.mark.parametrize(("version", "tool"), [("1.2", _cat_tool_12), ("2.1", _cat_tool_2)])
def test_cat_tool_round_trip_reaches_the_build(translated: Path, cli: Cli, version: str,
                                               tool: object) -> None:
    cli("xliff", "export", "--version", version, "--lang", "fr")
    path = translated / "xliff" / f"{SLUG}.fr.xlf"
    assert callable(tool)
    tool(path)
    cli("xliff", "import", str(path))
    entries = _entries(_po(translated, "fr"))
    assert entries["place"].msgstr == "NEW-YORK (CAT)" and not entries["place"].fuzzy
    moved = next(e for e in entries.values() if "<a1>" in e.msgid)
    assert moved.msgstr == "CAT: <a1>the Compact (moved)</a1> first, then the rest."
    assert not moved.fuzzy
    assert "Reviewer: check the house style for labels." in entries["label"].tcomment
    assert entries["office"].fuzzy
    assert entries["title"].fuzzy  # untouched, still the fuzzy draft
    subprocess.run([msgfmt(), "--check", "-o", "/dev/null", str(_po(translated, "fr"))],
                   check=True)
    cli("build", "--lang", "fr")
    page = (translated / "output" / "fr" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert "NEW-YORK (CAT)" in page and "the Compact (moved)</a>" in page
    # a second import of the same file changes nothing
    before = _snapshot(translated)
    cli("xliff", "import", str(path))
    assert _snapshot(translated) == before


def _split_office(translated: Path, cli: Cli, lang: str, first: str, second: str,
                  ignorable: bool, state: str | None = None, keep: str = "") -> Path:
    """The "office" unit of a 2.1 export cut by a CAT tool into two segments at its first
    space, translated ``first`` and ``second``, with the space in an ``<ignorable>`` or not
    (``state``: the first segment's, if any), or kept in a segment's source (``keep``:
    "end" of the first, "start" of the second)."""
    cli("xliff", "export", "--version", "2.1", "--lang", lang)
    path = translated / "xliff" / f"{SLUG}.{lang}.xlf"
    tree = etree.parse(str(path))
    q = f"{{{NS2}}}"
    unit = next(u for u in tree.iter(f"{q}unit") if u.get("id") == "office")
    segment = unit.find(f"{q}segment")
    head, tail = segment.find(f"{q}source").text.split(" ", 1)
    for child in list(segment):
        segment.remove(child)
    if state:
        segment.set("state", state)
    etree.SubElement(segment, f"{q}source").text = head + " " * (keep == "end")
    etree.SubElement(segment, f"{q}target").text = first
    if ignorable:
        etree.SubElement(etree.SubElement(unit, f"{q}ignorable"), f"{q}source").text = " "
    after = etree.SubElement(unit, f"{q}segment", state="reviewed")
    etree.SubElement(after, f"{q}source").text = " " * (keep == "start") + tail
    etree.SubElement(after, f"{q}target").text = second
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    return path


def test_a_unit_a_cat_tool_split_into_segments_is_joined_back(translated: Path,
                                                              cli: Cli) -> None:
    path = _split_office(translated, cli, "es", "OFICINA", "DE LAS NACIONES UNIDAS", True)
    cli("xliff", "import", str(path))
    entry = _entries(_po(translated, "es"))["office"]
    assert entry.msgstr == "OFICINA DE LAS NACIONES UNIDAS" and not entry.fuzzy


@pytest.mark.parametrize(("lang", "first", "second", "joined"), [
    ("es", "OFICINA", "DE LAS NACIONES UNIDAS", "OFICINA DE LAS NACIONES UNIDAS"),
    # (Chinese joins its pieces without a space)
    ("zh", "联合国", "反恐怖主义办公室", "联合国反恐怖主义办公室"),
    # (a gap the translator's own text has is not doubled)
    ("fr", "BUREAU ", "DES NATIONS UNIES", "BUREAU DES NATIONS UNIES"),
])
def test_segments_without_the_ignorable_between_them_are_joined_with_the_sources_gap(
        translated: Path, cli: Cli, lang: str, first: str, second: str, joined: str) -> None:
    """Phrase (Memsource) and other tools cut a unit into segments and write no
    ``<ignorable>`` for the blank between them (70 such joins in MateCat's real XLIFF 2
    files: "...the new address." then "Thanks for..."): joined as the file says, the unit's
    source was not the PO's ("OFFICEOF…": read as a changed source) and the translation
    lost its space. The PO source's gap goes between the translated pieces, unless the
    language joins without one."""
    path = _split_office(translated, cli, lang, first, second, False, "reviewed")
    cli("xliff", "import", str(path))
    entry = _entries(_po(translated, lang))["office"]
    assert entry.msgstr == joined and not entry.fuzzy and entry.previous_msgid is None


@pytest.mark.parametrize("keep", ["end", "start"])
@pytest.mark.parametrize(("lang", "first", "second", "joined"), [
    ("es", "OFICINA", "DE LAS NACIONES UNIDAS", "OFICINA DE LAS NACIONES UNIDAS"),
    ("zh", "联合国", "反恐怖主义办公室", "联合国反恐怖主义办公室"),
    # (the language decides, not the last character's width: «UNOCT 反恐…» had been joined)
    ("zh", "联合国UNOCT", "反恐怖主义办公室", "联合国UNOCT反恐怖主义办公室"),
    ("zh", "2020", "年反恐怖主义办公室", "2020年反恐怖主义办公室"),
])
def test_segments_whose_source_keeps_the_blank_are_joined_with_it(
        translated: Path, cli: Cli, keep: str, lang: str, first: str, second: str,
        joined: str) -> None:
    """A tool that cuts at the cursor leaves the blank inside a segment's source ("OFFICE "
    then "OF…", or "OFFICE" then " OF…"), so the sources join to the PO's and the targets,
    without it, had been joined glued ("OFICINADE LAS…"), translated: the source's blank at
    the join goes between the targets too, unless the language joins without one."""
    path = _split_office(translated, cli, lang, first, second, False, "reviewed", keep)
    cli("xliff", "import", str(path))
    entry = _entries(_po(translated, lang))["office"]
    assert entry.msgstr == joined and not entry.fuzzy and entry.previous_msgid is None


def _reordered_office(translated: Path, cli: Cli, texts: tuple[str, ...],
                      orders: tuple[str | None, ...], ignorable: bool = True) -> Path:
    """The "office" unit of a 2.1 export cut by a CAT tool into a segment a word ("United",
    "Nations", "Office"…), the blank between two in an ``<ignorable>`` (or none), each
    segment's target ``texts[n]`` with ``order="orders[n]"`` (None: no ``order``), as XLIFF 2
    core's target content ordering and the OASIS TC's test file toSegmentAndOrder.xlf write a
    translation whose sentences a translator put in another order."""
    cli("xliff", "export", "--version", "2.1", "--lang", "fr")
    path = translated / "xliff" / f"{SLUG}.fr.xlf"
    tree = etree.parse(str(path))
    q = f"{{{NS2}}}"
    unit = next(u for u in tree.iter(f"{q}unit") if u.get("id") == "office")
    segment = unit.find(f"{q}segment")
    words = segment.find(f"{q}source").text.split(" ")
    unit.remove(segment)
    for number, (text, order) in enumerate(zip(texts, orders, strict=True)):
        if number and ignorable:
            etree.SubElement(etree.SubElement(unit, f"{q}ignorable"), f"{q}source").text = " "
        part = etree.SubElement(unit, f"{q}segment", state="translated")
        rest = words[number:] if number == len(texts) - 1 else [words[number]]
        etree.SubElement(part, f"{q}source").text = " ".join(rest)
        target = etree.SubElement(part, f"{q}target")
        target.text = text
        if order is not None:
            target.set("order", order)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    return path


@pytest.mark.parametrize(("orders", "ignorable", "joined"), [
    # segment, ignorable, segment: the second segment's target first
    (("3", "1"), True, "B A"),
    # without the ignorable the PO source's blank goes between them, in the file's order
    (("2", "1"), False, "B A"),
    # three segments: the last first, the first last; the ignorables keep their places
    (("5", "3", "1"), True, "C B A"),
    # an order the target has anyway
    (("1", None), True, "A B"),
])
def test_a_translation_whose_segments_a_translator_reordered_is_joined_in_their_order(
        translated: Path, cli: Cli, orders: tuple[str | None, ...], ignorable: bool,
        joined: str) -> None:
    """XLIFF 2's ``<target order="N">`` (core 2.0 §4.3.1.45): the translation of a unit a
    tool segmented reads its targets in that order. Joined in the sources' order, "B A" came
    back as "A B", a sentence order nobody wrote, updated without a word."""
    texts = ("A", "B", "C")[:len(orders)]
    path = _reordered_office(translated, cli, texts, orders, ignorable)
    cli("xliff", "import", str(path))
    entry = _entries(_po(translated, "fr"))["office"]
    assert entry.msgstr == joined and not entry.fuzzy and entry.previous_msgid is None


@pytest.mark.parametrize(("orders", "said"), [
    (("3", None), "two targets take place 3"),  # (the second segment keeps place 3)
    (("2", None), "two targets take place 2"),  # (the ignorable keeps place 2)
    (("3", "3"), "two targets take place 3"),
    (("4", "1"), 'order="4"'),
    (("0", "3"), 'order="0"'),
    (("first", "3"), 'order="first"'),
    (("-1", "3"), 'order="-1"'),
])
def test_a_target_order_that_gives_no_order_rejects_the_unit(
        translated: Path, cli: Cli, orders: tuple[str | None, ...], said: str) -> None:
    """An ``order`` out of the unit's places, or a place two targets take (a target without
    order keeps its own), says no sentence order: the unit is rejected in one line naming the
    file and the target's line, and nothing is written."""
    path = _reordered_office(translated, cli, ("A", "B"), orders)
    before = _snapshot(translated)
    cli("xliff", "import", str(path), expect=1)
    lines = [line for line in (cli.out + cli.err).splitlines() if "unit office" in line]
    assert len(lines) == 1 and said in lines[0] and "rejected" in lines[0]
    assert re.search(rf"{re.escape(path.name)}:\d+: unit office: rejected: ", lines[0])
    assert "Traceback" not in cli.out + cli.err
    assert _snapshot(translated) == before


def test_target_order_as_the_oasis_test_file_writes_it(tmp_path: Path) -> None:
    """The structure of the OASIS XLIFF TC's valid test file toSegmentAndOrder.xlf: targets
    ordered 6, 1, 3; a segment without target and an ignorable without one keep their places
    (4, 5), the ignorable's source standing for its target."""
    path = tmp_path / "ordered.xlf"
    path.write_text(f"""<?xml version="1.0"?>
<xliff xmlns="{NS2}" version="2.0" srcLang="en" trgLang="fr">
 <file id="f1"><unit id="u1">
  <segment id="s1" state="translated">
   <source>One.</source><target order="6">Un.</target></segment>
  <ignorable><source> </source><target>_</target></ignorable>
  <segment id="s2" state="translated">
   <source>Two.</source><target order="1">Deux.</target></segment>
  <segment id="s3"><source>Three.</source></segment>
  <ignorable><source> </source></ignorable>
  <segment id="s4" state="translated">
   <source>Four.</source><target order="3">Quatre.</target></segment>
 </unit></file>
</xliff>
""", encoding="utf-8")
    unit = read_xliff(path)[0].units[0]
    assert unit.source == "One. Two.Three. Four."
    assert unit.target == "Deux._Quatre. Un." and unit.fuzzy and not unit.problem
    assert [target for _, target in unit.pieces] == ["Deux.", "_", "Quatre.", "", " ", "Un."]


# --- conflicts, changed sources, rejected units ----------------------------------------------

def _set_target_12(path: Path, unit_id: str, text: str) -> None:
    tree = etree.parse(str(path))
    q = f"{{{NS12}}}"
    unit = next(u for u in tree.iter(f"{q}trans-unit") if u.get("id") == unit_id)
    target = unit.find(f"{q}target")
    for child in list(target):
        target.remove(child)
    target.text = text
    target.set("state", "translated")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


def _set_po(path: Path, unit_id: str, text: str) -> None:
    po = polib.pofile(str(path), wrapwidth=0)
    next(e for e in po if e.msgctxt == unit_id).msgstr = text
    po.save()


def test_a_po_translation_changed_since_the_export_is_never_overwritten(
        translated: Path, cli: Cli) -> None:
    cli("xliff", "export", "--lang", "es")
    path = translated / "xliff" / f"{SLUG}.es.xlf"
    _set_target_12(path, "label", "COMUNICADO (XLIFF)")
    _set_po(_po(translated, "es"), "label", "COMUNICADO (PO)")
    cli("xliff", "import", str(path), expect=1)
    assert f"{path.relative_to(translated)}:" in cli.out and "unit label" in cli.out
    assert "conflict" in cli.out
    assert _entries(_po(translated, "es"))["label"].msgstr == "COMUNICADO (PO)"
    cli("xliff", "import", "--theirs", str(path))
    assert _entries(_po(translated, "es"))["label"].msgstr == "COMUNICADO (XLIFF)"


@pytest.mark.parametrize("original", [
    "locales\\es\\LC_MESSAGES\\{slug}.po",  # a Windows tool wrote the separators back
    "C:\\Users\\t\\project\\locales\\es\\LC_MESSAGES\\{slug}.po",
])
def test_an_original_written_back_with_backslashes_is_matched(translated: Path, cli: Cli,
                                                             original: str) -> None:
    cli("xliff", "export", "--lang", "es")
    path = translated / "xliff" / f"{SLUG}.es.xlf"
    _set_target_12(path, "label", "COMUNICADO (XLIFF)")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(f'original="locales/es/LC_MESSAGES/{SLUG}.po"',
                                 f'original="{original.format(slug=SLUG)}"'), encoding="utf-8")
    assert "\\" in path.read_text(encoding="utf-8")
    cli("xliff", "import", str(path))
    assert _entries(_po(translated, "es"))["label"].msgstr == "COMUNICADO (XLIFF)"


def test_a_po_change_the_cat_tool_did_not_touch_is_kept(translated: Path, cli: Cli) -> None:
    cli("xliff", "export", "--lang", "es")
    _set_po(_po(translated, "es"), "label", "COMUNICADO (PO)")
    cli("xliff", "import", str(translated / "xliff" / f"{SLUG}.es.xlf"))
    assert _entries(_po(translated, "es"))["label"].msgstr == "COMUNICADO (PO)"


def test_a_unit_whose_source_changed_since_the_export_comes_back_fuzzy(
        translated: Path, cli: Cli) -> None:
    cli("xliff", "export", "--lang", "ru")
    path = translated / "xliff" / f"{SLUG}.ru.xlf"
    _set_target_12(path, "office", "КТУ (XLIFF)")
    source = translated / "source" / f"{SLUG}.xml"
    old = "United Nations Office of Counter-Terrorism</office>"
    assert old in source.read_text(encoding="utf-8")
    source.write_text(source.read_text(encoding="utf-8").replace(
        old, "UN Office of Counter-Terrorism</office>"), encoding="utf-8")
    cli("extract")
    cli("xliff", "import", str(path))
    entry = _entries(_po(translated, "ru"))["office"]
    assert entry.msgstr == "КТУ (XLIFF)" and entry.fuzzy
    assert entry.previous_msgid == "United Nations Office of Counter-Terrorism"
    assert entry.msgid == "UN Office of Counter-Terrorism"


def test_a_unit_whose_id_changed_is_found_by_its_source_text(translated: Path,
                                                             cli: Cli) -> None:
    cli("xliff", "export", "--lang", "fr")
    path = translated / "xliff" / f"{SLUG}.fr.xlf"
    _set_target_12(path, "label", "COMMUNIQUÉ (CAT)")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('id="label" resname="label"', 'id="lbl" resname="lbl"'),
                    encoding="utf-8")
    cli("xliff", "import", str(path))
    assert _entries(_po(translated, "fr"))["label"].msgstr == "COMMUNIQUÉ (CAT)"
    # a unit that is nowhere in the PO file is rejected, never dropped silently
    path.write_text(text.replace('id="label" resname="label"', 'id="gone" resname="gone"')
                    .replace(">PRESS RELEASE<", ">A SENTENCE NO LONGER THERE<", 1),
                    encoding="utf-8")
    _set_target_12(path, "gone", "PHRASE DISPARUE")
    cli("xliff", "import", str(path), expect=1)
    assert "unit gone: rejected: not in" in " ".join(cli.out.split())


def test_rejected_units_past_a_hundred_are_counted(translated: Path, cli: Cli) -> None:
    """A file of a million stray units had printed a million lines (a hostile-content pass, h3
    repro 45): the first hundred are named, the rest counted, all in the table."""
    cli("xliff", "export", "--lang", "fr")
    path = translated / "xliff" / f"{SLUG}.fr.xlf"
    stray = "".join(f'<trans-unit id="gone{n}"><source>Gone {n}.</source>'
                    f'<target state="translated">Parti {n}.</target></trans-unit>'
                    for n in range(150))
    path.write_text(path.read_text(encoding="utf-8").replace("</body>", stray + "</body>", 1),
                    encoding="utf-8")
    cli("xliff", "import", str(path), expect=1)
    out = " ".join(cli.out.split())
    assert out.count("rejected: not in") == 100 and "unit gone99: rejected" in out
    assert "… and 50 more unit(s) rejected" in out and "unit gone100:" not in out
    assert re.search(r"\b150\b", out)  # (the table's count)


@pytest.mark.parametrize("translated_before", [True, False])
def test_a_sentence_edited_since_the_export_takes_the_cat_translation_as_fuzzy(
        translated: Path, cli: Cli, translated_before: bool) -> None:
    """A sentence's id holds its text's hash: an edit to the source while the file was in
    the CAT tool gives it another id. The translation comes back to the new unit, fuzzy
    with the exported source as its previous msgid (it had been rejected as "not in the PO
    file": the translator's work lost). Found through the ``#| msgctxt`` extract wrote, or,
    for a sentence still untranslated at the export (no link), as its paragraph's most
    similar sentence."""
    po = _po(translated, "fr")
    old_id = "p1.d6c5e4"
    if not translated_before:
        _set_po(po, old_id, "")
    cli("xliff", "export", "--lang", "fr")
    path = translated / "xliff" / f"{SLUG}.fr.xlf"
    _set_target_12(path, old_id, "Le BLT et le Qatar ont tenu leur dialogue (CAT).")
    source = translated / "source" / f"{SLUG}.xml"
    text = source.read_text(encoding="utf-8")
    assert "third Strategic Dialogue on 9 December 2020" in text
    source.write_text(text.replace("third Strategic Dialogue on 9 December 2020",
                                   "third Strategic Dialogue in New York on 9 December 2020"),
                      encoding="utf-8")
    cli("extract")
    assert old_id not in _entries(po)
    cli("xliff", "import", str(path))
    entry = next(e for e in _entries(po).values()
                 if "in New York on 9 December 2020" in e.msgid)
    assert entry.msgstr == "Le BLT et le Qatar ont tenu leur dialogue (CAT)." and entry.fuzzy
    assert "on 9 December 2020" in entry.previous_msgid
    assert "New York" not in entry.previous_msgid
    subprocess.run([msgfmt(), "--check", "-o", "/dev/null", str(po)], check=True)


def test_xliff_1_1_is_read_as_1_2(translated: Path, cli: Cli) -> None:
    """The Translate Toolkit's po2xliff (and Virtaal, Pootle) write XLIFF 1.1, whose elements
    are 1.2's: it had been refused. Its PO header unit (``restype="x-gettext-domain-header"``)
    is no translation."""
    cli("xliff", "export", "--lang", "fr")
    path = translated / "xliff" / f"{SLUG}.fr.xlf"
    _set_target_12(path, "label", "COMMUNIQUÉ (1.1)")
    text = path.read_text(encoding="utf-8")
    assert f'xmlns="{NS12}"' in text and 'version="1.2"' in text
    text = text.replace(NS12, "urn:oasis:names:tc:xliff:document:1.1").replace(
        'version="1.2"', 'version="1.1"', 1)
    text = text.replace("<body>", '<body><trans-unit id="0" restype="x-gettext-domain-header">'
                        "<source>Project-Id-Version: x</source><target>Project-Id-Version: x"
                        "</target></trans-unit>", 1)
    path.write_text(text, encoding="utf-8")
    cli("xliff", "import", str(path))
    assert _entries(_po(translated, "fr"))["label"].msgstr == "COMMUNIQUÉ (1.1)"


def test_units_with_broken_inline_codes_are_rejected_by_file_line_and_unit(
        translated: Path, cli: Cli) -> None:
    cli("xliff", "export", "--lang", "zh")
    path = translated / "xliff" / f"{SLUG}.zh.xlf"
    tree = etree.parse(str(path))
    q = f"{{{NS12}}}"
    units = {u.get("id"): u for u in tree.iter(f"{q}trans-unit")}
    link_id = next(k for k, u in units.items() if u.find(f"{q}target/{q}ept") is not None)
    ept = units[link_id].find(f"{q}target/{q}ept")
    ept.getparent().remove(ept)  # the closing code lost
    mail_id = next(k for k, u in units.items() if u.find(f"{q}target/{q}ph") is not None)
    units[mail_id].find(f"{q}target/{q}ph").set("id", "weird")  # a code transpub never wrote
    label = units["label"].find(f"{q}target")
    label.text = "新闻稿（CAT）"
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    before = _entries(_po(translated, "zh"))
    cli("xliff", "import", str(path), expect=1)
    out = " ".join(cli.out.split())
    line = units[link_id].find(f"{q}target").sourceline
    assert f"{SLUG}.zh.xlf:{line}: unit {link_id}:" in out and "</a1>" in out
    assert f"unit {mail_id}:" in out and "weird" in out
    after = _entries(_po(translated, "zh"))
    assert after[link_id].msgstr == before[link_id].msgstr
    assert after[mail_id].msgstr == before[mail_id].msgstr
    assert after["label"].msgstr == "新闻稿（CAT）"  # the good units still come in


def test_a_file_without_the_export_digest_never_overwrites_a_translation(
        translated: Path, cli: Cli) -> None:
    """A CAT tool that drops transpub's context group: new translations come in, a different
    translation of a unit the PO already has is a conflict."""
    cli("xliff", "export", "--lang", "fr")
    path = translated / "xliff" / f"{SLUG}.fr.xlf"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"<context-group.*?</context-group>", "", text, flags=re.S),
                    encoding="utf-8")
    _set_target_12(path, "place", "NEW YORK (CAT)")
    _set_target_12(path, "label", "COMMUNIQUÉ (CAT)")
    cli("xliff", "import", str(path), expect=1)
    assert "unit label: conflict" in " ".join(cli.out.split())
    entries = _entries(_po(translated, "fr"))
    assert entries["place"].msgstr == "NEW YORK (CAT)"
    assert entries["label"].msgstr != "COMMUNIQUÉ (CAT)"


def test_an_empty_target_never_erases_a_translation(translated: Path, cli: Cli) -> None:
    cli("xliff", "export", "--lang", "fr")
    path = translated / "xliff" / f"{SLUG}.fr.xlf"
    _set_target_12(path, "label", "")
    before = _snapshot(translated)
    cli("xliff", "import", str(path))
    assert _snapshot(translated) == before


def test_dry_run_writes_nothing(translated: Path, cli: Cli) -> None:
    cli("xliff", "export", "--lang", "fr")
    path = translated / "xliff" / f"{SLUG}.fr.xlf"
    _set_target_12(path, "label", "COMMUNIQUÉ (CAT)")
    before = _snapshot(translated)
    cli("xliff", "import", "--dry-run", str(path))
    assert "would write" in cli.out
    assert _snapshot(translated) == before


# --- bad input -------------------------------------------------------------------------------

def _exported(ws: Path, cli: Cli) -> Path:
    cli("xliff", "export", "--lang", "fr")
    return ws / "xliff" / f"{SLUG}.fr.xlf"


@pytest.mark.parametrize(("change", "message", "line"), [
    (lambda t: t.replace("<xliff ", '<!DOCTYPE xliff [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                         "\n<xliff ", 1).replace("PRESS", "&e;", 1), "(?i)doctype|entit", 2),
    (lambda t: t.replace('version="1.2"', 'version="1.1"', 1), "version '1.1'", 2),
    (lambda t: t.replace("urn:oasis:names:tc:xliff:document:1.2", "urn:example", 1),
     "not an XLIFF", 2),
    (lambda t: t.replace('target-language="fr"', 'target-language="de"'), "'de'", 3),
    (lambda t: t.replace(f"{SLUG}.po", "another-release.po"), "another-release", 3),
    (lambda t: t.replace('source-language="en"', 'source-language="fr"'), "source language",
     3),
    (lambda t: t.replace("</trans-unit>", "</trans-unt>", 1), "malformed", None),
    (lambda t: t.replace('resname="place"', 'resname="place" id="label"', 1).replace(
        'id="place" ', "", 1), "appears twice", None),
])
def test_bad_xliff_is_one_line_and_nothing_is_written(translated: Path, cli: Cli, change: object,
                                                      message: str, line: int | None) -> None:
    path = _exported(translated, cli)
    good = translated / "xliff" / "good.xlf"
    text = path.read_text(encoding="utf-8")
    _set_target_12(path, "label", "COMMUNIQUÉ (CAT)")
    path.rename(good)  # a good file imported together with the bad one: not written either
    assert callable(change)
    bad = translated / "bad.xlf"
    bad.write_text(change(text), encoding="utf-8")
    before = _snapshot(translated)
    cli("xliff", "import", str(good), str(bad), expect=2)
    assert _snapshot(translated) == before
    lines = cli.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("transpub: error: bad.xlf:"), cli.err
    assert re.search(message, lines[0]), lines[0]
    if line is not None:
        assert lines[0].startswith(f"transpub: error: bad.xlf:{line}:")
    assert "Traceback" not in cli.err


def test_export_is_deterministic_and_an_unwritable_folder_is_an_error(translated: Path,
                                                                       cli: Cli) -> None:
    for version in ("1.2", "2.1"):
        cli("xliff", "export", "--version", version, "-o", "a")
        cli("xliff", "export", "--version", version, "-o", "b")
        for path in sorted((translated / "a").glob("*.xlf")):
            assert path.read_bytes() == (translated / "b" / path.name).read_bytes()
    (translated / "afile").write_text("x", encoding="utf-8")
    cli("xliff", "export", "-o", "afile", expect=2)
    assert cli.err.startswith("transpub: error: afile") and "cannot write" in cli.err


def test_export_of_an_unknown_language_or_release_is_an_error(translated: Path,
                                                              cli: Cli) -> None:
    cli("xliff", "export", "--lang", "de", expect=2)
    assert "de" in cli.err
    cli("xliff", "export", "no-such-release", expect=2)
    assert "no-such-release" in cli.err
    assert not (translated / "xliff").exists()


# --- any text survives the trip ------------------------------------------------------------

_PIECES = ["<a1>", "</a1>", "<x1/>", "<em1>", "&", "<", ">", "&amp;", '"', "'", " ", "  ", "\n",
           "\t", "é", "中文", "عربي", "\u200f", "\u00a0", "word", "<b>", "]]>", "\\"]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12),
       version=st.sampled_from(["1.2", "2.1"]))
def test_any_translation_text_comes_back_exactly(workspace: Path, cli: Cli, pieces: list[str],
                                                 version: str) -> None:
    """Whatever a PO translation holds (markup-like text, entities, whitespace, bidi marks,
    broken placeholders), XLIFF carries it back character for character."""
    text = "".join(pieces)
    path = _po(workspace, "fr")
    po = polib.pofile(str(path), wrapwidth=0)
    unit = next(e for e in po if "<a1>" in e.msgid)
    unit.msgstr = text
    po.save()
    before = path.read_bytes()
    cli("xliff", "export", "--version", version, "--lang", "fr")
    cli("xliff", "import", str(workspace / "xliff" / f"{SLUG}.fr.xlf"))
    assert path.read_bytes() == before  # the identity
    # a CAT tool fills the unit of an export made while it was empty with that same text
    exported = workspace / "xliff" / f"{SLUG}.fr.xlf"
    filled = etree.parse(str(exported))
    po = polib.pofile(str(path), wrapwidth=0)
    next(e for e in po if e.msgctxt == unit.msgctxt).msgstr = ""
    po.save()
    cli("xliff", "export", "--version", version, "--lang", "fr")
    empty = etree.parse(str(exported))
    tag = "trans-unit" if version == "1.2" else "unit"
    ns = etree.QName(empty.getroot()).namespace
    old = next(u for u in empty.iter(f"{{{ns}}}{tag}") if u.get("id") == unit.msgctxt)
    new = next(u for u in filled.iter(f"{{{ns}}}{tag}") if u.get("id") == unit.msgctxt)
    target_path = f"{{{ns}}}target" if version == "1.2" else f"{{{ns}}}segment"
    old.replace(old.find(target_path), new.find(target_path))
    empty.write(str(exported), xml_declaration=True, encoding="UTF-8")
    code = cli("xliff", "import", str(exported), expect=None)
    back = next(e for e in polib.pofile(str(path)) if e.msgctxt == unit.msgctxt)
    if codes_problem(unit.msgid, text):  # broken codes: rejected, reported, PO untouched
        assert code == 1 and "rejected" in cli.out and back.msgstr == ""
    else:  # (its ends as msgfmt wants them; line breaks alone are no translation)
        wanted = as_msgfmt_wants(unit.msgid, text)
        assert code == 0 and back.msgstr == (wanted if wanted.strip() else "")


# --- XLIFF written by other tools ----------------------------------------------------------

REAL = "tests/data/xliff-real"  # third-party data kept outside git: see its SOURCES.md


@pytest.mark.parametrize("name", realdata.listed(REAL, ".xlf"))
def test_xliff_from_other_tools_is_read_or_refused_in_one_line(translated: Path, cli: Cli,
                                                               name: str) -> None:
    path = realdata.path(f"{REAL}/{name}")
    try:
        documents = read_xliff(path)
    except XliffError as exc:
        assert exc.path == path and exc.line, exc  # refused: the file and the line
    else:
        for document in documents:
            for unit in document.units:
                assert unit.id and (unit.problem or isinstance(unit.source, str))
    before = _snapshot(translated)
    cli("xliff", "import", str(path), expect=2)  # none of them is for this workspace
    lines = cli.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("transpub: error: "), cli.err
    assert path.name in lines[0]
    assert _snapshot(translated) == before


def test_a_unit_split_into_segments_reads_as_one() -> None:
    (document,) = read_xliff(realdata.path(f"{REAL}/resources-2.0-multi-segment-unit.xlf"))
    (unit,) = document.units
    assert (unit.source, unit.target) == ("foobar", "foo (translated)bar (translated)")
    assert unit.notes == ("true",)  # a note of another tool is kept, for the PO file


def test_the_xliff_import_table_and_warnings_are_whole_lines(
        translated: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    # the table of files off a terminal: plain columns, every name whole (rich cut them at the
    # log's width: "unoct-qatar-str…"), and each conflict one line naming its file
    monkeypatch.setenv("COLUMNS", "40")
    cli("xliff", "export", "--lang", "es")
    path = translated / "xliff" / f"{SLUG}.es.xlf"
    _set_target_12(path, "label", "COMUNICADO (XLIFF)")
    _set_po(_po(translated, "es"), "label", "COMUNICADO (PO)")
    cli("xliff", "import", str(path), expect=1)
    lines = cli.out.splitlines()
    row = [line for line in lines if line.startswith(SLUG)]
    assert len(row) == 1 and row[0].split()[:2] == [SLUG, "es"], cli.out
    assert row[0].split()[-1] == "unchanged"
    assert "xliff import" in lines and not set("┃│━┏…") & set(cli.out)
    conflict = [line for line in lines
                if line.startswith("transpub: warning: ") and "conflict" in line]
    assert conflict and f"{path.relative_to(translated)}:" in conflict[0], cli.out


# --- the CAT tools' own bilingual files --------------------------------------------------------

SDL = "http://sdl.com/FileTypes/SdlXliff/1.0"
MQ = "MQXliff"


def _tool_file(exported: Path, out: Path, tool: str, place: str, level: str) -> None:
    """A bilingual file as Trados Studio (SDLXLIFF) or memoQ (MQXLIFF) keeps the export it was
    given, after the formats' published shape (no such tool runs here): its own unit ids, the
    given file's path as ``original`` (Windows), regions on the languages, each target in a
    segment ``mrk``, the 1.2 state left as the export wrote it and the tool's confirmation
    level beside it (``sdl:seg conf``, ``mq:status``); transpub's context groups dropped.
    Units with inline codes and those not translated at export are left out, but "place",
    whose target is ``place`` at ``level``."""
    q = f"{{{NS12}}}"
    given = etree.parse(str(exported)).getroot().find(f"{q}file")
    nsmap = {None: NS12, "sdl": SDL} if tool == "trados" else {None: NS12, "mq": MQ}
    root = etree.Element(f"{q}xliff", nsmap=nsmap, version="1.2")
    file = etree.SubElement(root, f"{q}file", datatype="xml", original=(
        "C:\\Users\\translator\\Documents\\Studio 2022\\Projects\\UNOCT\\en-US\\"
        + exported.name), **{"source-language": "en-US", "target-language": "fr-FR"})
    body = etree.SubElement(etree.SubElement(file, f"{q}body"), f"{q}group")
    for number, unit in enumerate(given.iter(f"{q}trans-unit"), 1):
        source, target = unit.find(f"{q}source"), unit.find(f"{q}target")
        is_place = unit.get("id") == "place"
        finished = target is not None and target.get("state") == "translated"
        if len(source) or not (is_place or finished):
            continue
        text = place if is_place else target.text
        copy = etree.SubElement(body, f"{q}trans-unit", id=f"0a1b2c3d-0000-4000-8000-{number:012d}")
        etree.SubElement(copy, f"{q}source").text = source.text
        segment = etree.SubElement(etree.SubElement(copy, f"{q}seg-source"), f"{q}mrk",
                                   mtype="seg", mid="1")
        segment.text = source.text
        new = etree.SubElement(copy, f"{q}target", state=target.get("state") if target is not None
                               and target.get("state") else "needs-translation")
        etree.SubElement(new, f"{q}mrk", mtype="seg", mid="1").text = text
        confirmed = level if is_place else ("Translated" if tool == "trados"
                                            else "ManuallyConfirmed")
        if tool == "trados":
            defs = etree.SubElement(copy, f"{{{SDL}}}seg-defs")
            etree.SubElement(defs, f"{{{SDL}}}seg", id="1", conf=confirmed)
        else:
            copy.set(f"{{{MQ}}}status", confirmed)
    etree.ElementTree(root).write(str(out), xml_declaration=True, encoding="utf-8")


@pytest.mark.parametrize(("tool", "suffix", "level", "fuzzy"), [
    ("trados", "sdlxliff", "Translated", False),
    ("trados", "sdlxliff", "Draft", True),
    ("memoq", "mqxliff", "ManuallyConfirmed", False),
    ("memoq", "mqxliff", "PartiallyEdited", True),
])
def test_a_cat_tools_own_file_is_read_with_its_confirmation_level(
        translated: Path, cli: Cli, tool: str, suffix: str, level: str, fuzzy: bool) -> None:
    """Trados's SDLXLIFF and memoQ's MQXLIFF of transpub's export: the release is found from
    the given file's name, the units by their source text, and the tool's confirmation level
    says finished or fuzzy (the 1.2 state is still the export's)."""
    cli("xliff", "export", "--lang", "fr")
    out = translated / f"{SLUG}.fr.{suffix}"
    _tool_file(translated / "xliff" / f"{SLUG}.fr.xlf", out, tool, "NEW YORK (CAT)", level)
    before = _entries(_po(translated, "fr"))
    cli("xliff", "import", str(out))
    after = _entries(_po(translated, "fr"))
    assert after["place"].msgstr == "NEW YORK (CAT)"
    assert ("fuzzy" in after["place"].flags) is fuzzy
    assert {k: e.msgstr for k, e in after.items() if k != "place"} == {
        k: e.msgstr for k, e in before.items() if k != "place"}
    subprocess.run([msgfmt(), "--check", "-o", "/dev/null", str(_po(translated, "fr"))],
                   check=True)


@pytest.mark.parametrize(("tool", "level"), [("trados", "Unspecified"), ("memoq", "NotStarted")])
def test_a_cat_tools_copy_of_the_source_is_no_translation(translated: Path, cli: Cli, tool: str,
                                                         level: str) -> None:
    cli("xliff", "export", "--lang", "fr")
    source = next(u.find(f"{{{NS12}}}source").text for u in _units(
        translated / "xliff" / f"{SLUG}.fr.xlf").values() if u.get("id") == "place")
    out = translated / f"{SLUG}.fr.xlf.{tool}"
    _tool_file(translated / "xliff" / f"{SLUG}.fr.xlf", out, tool, source, level)
    cli("xliff", "import", str(out))
    assert _entries(_po(translated, "fr"))["place"].msgstr == ""


def test_phrase_mxliff_confirmation_decides(tmp_path: Path) -> None:
    """Phrase's (Memsource's) MXLIFF: ``m:confirmed`` over the 1.2 state it leaves."""
    path = tmp_path / f"{SLUG}.fr.mxliff"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<xliff version="1.2" xmlns="{NS12}" xmlns:m="http://www.memsource.com/mxlf/2.0">'
        f'<file original="{SLUG}.fr.xlf" source-language="en" target-language="fr"><body>'
        '<trans-unit id="a" m:confirmed="0"><source>One.</source>'
        '<target state="translated">Un.</target></trans-unit>'
        '<trans-unit id="b" m:confirmed="1"><source>Two.</source>'
        '<target state="needs-translation">Deux.</target></trans-unit>'
        # (a unit not for translation, as a CAT tool marks its structure: no unit at all)
        '<trans-unit id="c" translate="no"><source>x</source><target>x</target></trans-unit>'
        '</body></file></xliff>', encoding="utf-8")
    (doc,) = read_xliff(path)
    assert [(u.id, u.target, u.fuzzy) for u in doc.units] == [("a", "Un.", True),
                                                              ("b", "Deux.", False)]
