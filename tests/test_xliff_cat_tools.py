"""CAT tools' own bilingual files back into the PO files (``transpub xliff import``): the
structures Trados Studio's SDLXLIFF, memoQ's MQXLIFF and Phrase's MXLIFF give a file they were
handed, as their real files show them (``tests/data/cat-real/SOURCES.md``): inline codes the
tool numbered its own way, reviewers' tracked changes and comments, sentences a tool cut apart,
confirmation levels, Word's hyphens as character references XML 1.0 forbids."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import polib
import pytest
from lxml import etree

from transpub import xliff_package
from transpub.errors import XliffError
from transpub.xliff_package import read_bilingual
from transpub.xliff_read import read_xliff

import realdata
from conftest import SLUG, Cli, msgfmt

NS12 = "urn:oasis:names:tc:xliff:document:1.2"
SDL = "http://sdl.com/FileTypes/SdlXliff/1.0"
REAL = "tests/data/cat-real"
#: the units of the sample with inline codes: a link (a pair) and an e-mail address (alone)
LINKED, CONTACT = "p3.e9247f", "contact2"


def _po(ws: Path, lang: str = "fr") -> Path:
    return ws / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"


def _msgids(ws: Path) -> dict[str, str]:
    return {e.msgctxt: e.msgid for e in polib.pofile(str(_po(ws)))}


def _entries(ws: Path) -> dict[str, polib.POEntry]:
    return {e.msgctxt: e for e in polib.pofile(str(_po(ws))) if not e.obsolete}


def _trados_codes(text: str, ids: dict[str, str]) -> str:
    """A PO text as Trados writes it: escaped, each placeholder a ``<g>`` or ``<x>`` with the
    tool's own id (``ids``: transpub's name -> Trados's)."""
    def code(match: re.Match[str]) -> str:
        close, name, alone = match.groups()
        if alone:
            return f'<x id="{ids[name]}"/>'
        return "</g>" if close else f'<g id="{ids[name]}">'
    return re.sub(r"&lt;(/?)([a-z]+\d+)(/?)&gt;", code, escape(text))


def _sdlxliff(units: list[tuple[str, str, str]], *, comments: str = "",
              file_comment: bool = False, conf: str = "Translated", lang: str = "fr") -> str:
    """An SDLXLIFF of transpub's French export as Trados Studio keeps it (after the real files
    of tests/data/cat-real): its own unit ids (GUIDs) and code ids (numbers, their native code
    in ``tag-defs``), the given file's Windows path as ``original``, each sentence a
    ``<mrk mtype="seg">`` and its level in ``sdl:seg-defs``; ``units`` are (id, source,
    target) in Trados's markup, ``comments`` the ``cmt-def`` elements of ``doc-info``."""
    body = "".join(
        f'<group><sdl:cxts><sdl:cxt id="1"/></sdl:cxts><trans-unit id="{guid}">'
        f"<source>{source}</source><seg-source>"
        f'<mrk mtype="seg" mid="{n}">{source}</mrk></seg-source>'
        f'<target><mrk mtype="seg" mid="{n}">{target}</mrk></target>'
        f'<sdl:seg-defs><sdl:seg id="{n}" conf="{conf}" origin="interactive">'
        '<sdl:value key="created_by">UN\\translator</sdl:value></sdl:seg></sdl:seg-defs>'
        "</trans-unit></group>" for n, (guid, source, target) in enumerate(units, 1))
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<xliff xmlns:sdl="{SDL}" xmlns="{NS12}" version="1.2" sdl:version="1.0">'
        f'<doc-info xmlns="{SDL}"><rev-defs>'
        '<rev-def id="r1" type="Delete" author="UN\\reviewer" date="11/30/2026 10:00:00"/>'
        '<rev-def id="r2" author="UN\\reviewer" date="11/30/2026 10:00:01"/></rev-defs>'
        f"<cmt-defs>{comments}</cmt-defs></doc-info>"
        '<file original="C:\\Users\\translator\\Documents\\Studio 2022\\Projects\\UNOCT\\en-US\\'
        f'{SLUG}.{lang}.xlf" datatype="x-sdlfilterframework2" source-language="en-US" '
        f'target-language="{lang}-{lang.upper()}"><header>'
        f'<file-info xmlns="{SDL}"><value key="SDL:FileId">0f0e0d0c-0b0a-4909-8807-060504030201'
        "</value></file-info><sdl:filetype-info><sdl:filetype-id>XLIFF 1.1-1.2 v 2.0.0.0"
        f'</sdl:filetype-id></sdl:filetype-info><tag-defs xmlns="{SDL}">'
        '<tag id="5"><bpt name="bpt" word-end="false">&lt;a1&gt;</bpt>'
        '<ept name="ept" word-end="false">&lt;/a1&gt;</ept></tag>'
        '<tag id="7"><ph name="ph" word-end="false">&lt;x1/&gt;</ph></tag></tag-defs>'
        + ('<sdl:cmt id="c9"/>' if file_comment else "")
        + f"</header><body>{body}</body></file></xliff>")


def _comment(cid: str, text: str, user: str = "UN\\reviewer") -> str:
    return (f'<cmt-def id="{cid}"><Comments><Comment severity="Medium" user="{user}" '
            f'date="2026-11-30T10:00:00.0+01:00" version="1.0">{text}</Comment></Comments>'
            "</cmt-def>")


def test_trados_numbering_its_own_codes_and_units_is_mapped_back(workspace: Path,
                                                                 cli: Cli) -> None:
    """Trados gives transpub's ``<a1>``…``</a1>`` and ``<x1/>`` its own ``<g id="5">`` and
    ``<x id="7"/>``, and every unit a GUID: each unit is found by its source but for what the
    codes are called, and its translation's codes named back by their order."""
    ids = {"a1": "5", "x1": "7"}
    msgids = _msgids(workspace)
    french = {LINKED: "Le général de division Al-Ansari a remercié le BLT « de ses efforts "
                      "continus » par le <a1>Pacte mondial de coordination</a1>.",
              CONTACT: "Bureau de lutte contre le terrorisme, New York, <x1/>"}
    path = workspace / f"{SLUG}.fr.sdlxliff"
    path.write_text(_sdlxliff([
        (f"7d0c5a8e-0000-4000-8000-00000000000{n}", _trados_codes(msgids[key], ids),
         _trados_codes(french[key], ids)) for n, key in enumerate((LINKED, CONTACT))]),
        encoding="utf-8")
    cli("xliff", "import", str(path))
    entries = _entries(workspace)
    assert {key: entries[key].msgstr for key in french} == french
    assert not any(entries[key].fuzzy for key in french)
    subprocess.run([msgfmt(), "--check", "-o", "/dev/null", str(_po(workspace))], check=True)


def test_a_code_the_source_does_not_have_rejects_the_unit(workspace: Path, cli: Cli) -> None:
    msgids = _msgids(workspace)
    path = workspace / f"{SLUG}.fr.sdlxliff"
    path.write_text(_sdlxliff([("7d0c5a8e-0000-4000-8000-000000000001",
                                _trados_codes(msgids[CONTACT], {"x1": "7"}),
                                'Bureau, New York, <x id="7"/><x id="8"/>')]), encoding="utf-8")
    before = _po(workspace).read_bytes()
    cli("xliff", "import", str(path), expect=1)
    out = " ".join(cli.out.split())
    assert "rejected: the translation has an inline code its source does not have: <8>" in out
    assert "<7>" not in out  # (only the code the source lacks, by the file's id)
    assert _po(workspace).read_bytes() == before


def test_a_reviewers_tracked_changes_are_read_as_accepted(workspace: Path, cli: Cli) -> None:
    """``x-sdl-deleted`` text is not the translation, ``x-sdl-added`` text is: the reviewer's
    version, not the two run together."""
    msgids = _msgids(workspace)
    target = ('Bureau de lutte contre le terrorisme, <mrk mtype="x-sdl-deleted" sdl:revid="r1">'
              'Genève</mrk><mrk mtype="x-sdl-added" sdl:revid="r2">New York</mrk>, '
              '<x id="7"/>')
    path = workspace / f"{SLUG}.fr.sdlxliff"
    path.write_text(_sdlxliff([("7d0c5a8e-0000-4000-8000-000000000001",
                                _trados_codes(msgids[CONTACT], {"x1": "7"}), target)]),
                    encoding="utf-8")
    cli("xliff", "import", str(path))
    assert _entries(workspace)[CONTACT].msgstr == (
        "Bureau de lutte contre le terrorisme, New York, <x1/>")
    assert "1 unit(s) with tracked changes, read as accepted" in cli.out


def test_comments_become_translator_comments_and_the_files_are_shown(workspace: Path,
                                                                      cli: Cli) -> None:
    """A comment on part of a sentence (``x-sdl-comment``, nested ones too) becomes a
    translator comment of its entry; one on the whole file, which belongs to no entry, is
    shown (never dropped without a word)."""
    msgids = _msgids(workspace)
    target = ('<mrk mtype="x-sdl-comment" sdl:cid="c1"><mrk mtype="x-sdl-comment" sdl:cid="c2">'
              'Bureau</mrk> de lutte contre le terrorisme</mrk>, New York, <x id="7"/>')
    path = workspace / f"{SLUG}.fr.sdlxliff"
    path.write_text(_sdlxliff(
        [("7d0c5a8e-0000-4000-8000-000000000001", _trados_codes(msgids[CONTACT], {"x1": "7"}),
          target)],
        comments=_comment("c1", "Official name: check UNOCT's\nstyle sheet")
        + _comment("c2", "Capital B") + _comment("c9", "Whole file reviewed", "UN\\lead"),
        file_comment=True), encoding="utf-8")
    cli("xliff", "import", str(path))
    entry = _entries(workspace)[CONTACT]
    assert entry.msgstr == "Bureau de lutte contre le terrorisme, New York, <x1/>"
    assert entry.tcomment.splitlines() == [
        "UN\\reviewer: Official name: check UNOCT's style sheet", "UN\\reviewer: Capital B"]
    assert "comment on the file, not imported: UN\\lead: Whole file reviewed" in cli.out
    subprocess.run([msgfmt(), "--check", "-o", "/dev/null", str(_po(workspace))], check=True)


def test_word_hyphens_written_as_control_characters_are_read(tmp_path: Path) -> None:
    """Trados writes Word's non-breaking hyphen (U+001E) and optional hyphen (U+001F) as
    ``&#x1E;`` and ``&#x1F;``, which XML 1.0 forbids (libxml2 refuses the file): read as the
    hyphens they are, U+2011 and U+00AD. Other forbidden references are still an error."""
    path = tmp_path / f"{SLUG}.fr.sdlxliff"
    path.write_text(_sdlxliff([("g1", "non&#x1E;breaking, opt&#31;ional",
                                "insécable&#30;s, faculta&#x1f;tif")]), encoding="utf-8")
    (doc,) = read_xliff(path)
    (unit,) = doc.units
    assert (unit.source, unit.target) == ("non\u2011breaking, opt\u00adional",
                                          "insécable\u2011s, faculta\u00adtif")
    path.write_text(_sdlxliff([("g1", "bell&#x7;", "cloche")]), encoding="utf-8")
    with pytest.raises(Exception, match="malformed XML"):
        read_xliff(path)


def test_an_indented_target_is_read_with_the_sources_gaps(tmp_path: Path) -> None:
    """Text around and between a target's sentences that is only indentation (a file written
    with line breaks and tabs) is none of the translation: the source's gaps, there."""
    path = tmp_path / f"{SLUG}.fr.sdlxliff"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<xliff xmlns:sdl="{SDL}" xmlns="{NS12}" version="1.2"><file original="x.xlf" '
        'source-language="en" target-language="fr"><body>\n<trans-unit id="1">\n\t'
        "<source>One. Two.</source>\n\t<seg-source>\n\t\t"
        '<mrk mtype="seg" mid="1">One.</mrk>\n\t\t<mrk mtype="seg" mid="2">Two.</mrk>\n\t'
        '</seg-source>\n\t<target>\n\t\t<mrk mtype="seg" mid="1">Un.</mrk>\n\t\t'
        '<mrk mtype="seg" mid="2">Deux.</mrk>\n\t</target>\n\t<sdl:seg-defs>'
        '<sdl:seg id="1" conf="Translated"/><sdl:seg id="2" conf="Draft"/></sdl:seg-defs>'
        "\n</trans-unit></body></file></xliff>", encoding="utf-8")
    (doc,) = read_xliff(path)
    (unit,) = doc.units
    assert (unit.target, unit.fuzzy) == ("Un. Deux.", True)  # (one sentence is a draft)


def test_memoq_codes_and_comments(workspace: Path, cli: Cli) -> None:
    """memoQ numbers a unit's codes from 1 (``<bpt id="1">{}</bpt>``; its ``rid``, scoped to
    the document, may differ between source and target: the id pairs them) and keeps comments
    in the unit (``mq:comments``; a deleted one is not shown)."""
    msgids = _msgids(workspace)

    def memoq(text: str, rid: str) -> str:
        return (escape(text).replace("&lt;a1&gt;", f'<bpt id="1" rid="{rid}" ctype="x-a">{{}}'
                                     "</bpt>")
                .replace("&lt;/a1&gt;", f'<ept id="1" rid="{rid}">{{}}</ept>'))
    french = "Il a salué le <a1>Pacte mondial de coordination</a1>."
    path = workspace / f"{SLUG}.fr.mqxliff"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<xliff version="1.2" xmlns="{NS12}" xmlns:mq="MQXliff"><file '
        f'original="C:\\Projects\\UNOCT\\{SLUG}.fr.xlf" source-language="en-US" '
        'target-language="fr-FR" datatype="x-xliff"><body>'
        '<trans-unit id="12" mq:status="ManuallyConfirmed" mq:percent="0">'
        f'<source xml:space="preserve">{memoq(msgids[LINKED], "1")}</source>'
        f'<target xml:space="preserve">{memoq(french, "2")}</target>'
        '<mq:comments><mq:comment id="c1" creatoruser="reviewer" deleted="false" '
        'appliesto="Target">Coordination Compact: see the termbase</mq:comment>'
        '<mq:comment id="c2" creatoruser="reviewer" deleted="true">Withdrawn</mq:comment>'
        "</mq:comments></trans-unit></body></file></xliff>", encoding="utf-8")
    cli("xliff", "import", str(path))
    entry = _entries(workspace)[LINKED]
    assert (entry.msgstr, entry.fuzzy) == (french, False)
    assert entry.tcomment == "Coordination Compact: see the termbase"


@pytest.mark.parametrize(("status", "fuzzy"), [
    ("ManuallyConfirmed", False), ("Reviewer2Confirmed", False), ("Confirmed", False),
    ("ConfirmedTranslator", False), ("PartiallyEdited", True), ("MachineTranslated", True),
    ("AssembledFromFragments", True)])
def test_memoq_statuses_confirmed_or_not(tmp_path: Path, status: str, fuzzy: bool) -> None:
    """memoQ's statuses are many, spelt by version and by the tools that write them: any
    confirmation is finished, any other status (one not listed here too) comes back fuzzy."""
    path = tmp_path / f"{SLUG}.fr.mqxliff"
    path.write_text(
        f'<xliff version="1.2" xmlns="{NS12}" xmlns:mq="MQXliff"><file original="x.xlf" '
        f'source-language="en" target-language="fr"><body><trans-unit id="1" '
        f'mq:status="{status}"><source>One.</source><target>Un.</target></trans-unit>'
        "</body></file></xliff>", encoding="utf-8")
    (doc,) = read_xliff(path)
    assert [(u.target, u.fuzzy) for u in doc.units] == [("Un.", fuzzy)]


@pytest.mark.parametrize(("confirmed", "fuzzy"), [("0", True), ("1", False), ("2", False),
                                                  ("true", False), ("false", True)])
def test_phrase_confirmed_is_the_workflow_step_that_confirmed(tmp_path: Path, confirmed: str,
                                                              fuzzy: bool) -> None:
    """Phrase's ``m:confirmed`` is the workflow step that confirmed the segment (a revision
    step's file has "2"; Phrase's own file in tests/data/cat-real), "0" for none."""
    path = tmp_path / f"{SLUG}.fr.mxliff"
    path.write_text(
        f'<xliff xmlns="{NS12}" xmlns:m="http://www.memsource.com/mxlf/2.0" version="1.2" '
        'm:version="2.4" m:level="2"><file original="x.xlf" source-language="en" '
        f'target-language="fr"><body><trans-unit id="0" m:confirmed="{confirmed}">'
        "<source>One.</source><target>Un.</target></trans-unit></body></file></xliff>",
        encoding="utf-8")
    (doc,) = read_xliff(path)
    assert [(u.target, u.fuzzy) for u in doc.units] == [("Un.", fuzzy)]


# --- the real files ----------------------------------------------------------------------------

#: (not a memory, nor the glossaries)
REAL_FILES = [name for name in realdata.listed(REAL)
              if not name.endswith((".sdltm", ".xlsx", ".ods", ".csv", ".tab", ".txt"))]


def test_the_real_files_are_listed() -> None:
    assert len(REAL_FILES) >= 10


#: files refused whole, and why (none now: Passolo's repeated ids were, until session 53)
REFUSED: dict[str, str] = {}


@pytest.mark.parametrize("name", REAL_FILES)
def test_every_real_cat_tool_file_is_read_whole(name: str) -> None:
    """Every unit of Trados's, Phrase's, Swordfish's files (from Word, HTML, RTF documents,
    Java resources) is read, its codes named whatever the tool numbered them: no unit
    rejected, none crashed; a file whose unit ids repeat with other texts is refused in one
    line naming the line."""
    path = realdata.path(f"{REAL}/{name}")
    if name in REFUSED:
        with pytest.raises(XliffError, match=REFUSED[name]):
            read_bilingual(path)
        return
    documents = read_bilingual(path)
    units = [u for d in documents for u in d.units]
    assert units and not [u.problem for u in units if u.problem]


def test_files_without_a_namespace_groups_not_for_translation_and_repeated_units() -> None:
    """XLIFF 1.x without a namespace is read as 1.2; a group's ``translate="no"`` holds for
    its units (unless one says otherwise); a unit a tool wrote twice the same is one unit."""
    (doc,) = read_xliff(realdata.path(f"{REAL}/okapi.segmented.xlf"))
    assert [u.source for u in doc.units] == [
        "The quick brown <tool1>fox</tool1> jumped over the lazy dog.",
        "Segment one. Segment two."]
    (doc,) = read_xliff(realdata.path(f"{REAL}/okapi.input1.xlf"))
    sources = [u.source for u in doc.units]
    assert "NOT to translate." not in sources and sources.count("To translate.") == 2
    assert len(sources) == 8  # of 11 units, 3 in groups not for translation
    documents = read_xliff(realdata.path(f"{REAL}/okapi.SF-12-Test01.xlf"))
    assert len(documents) == 27 and sum(len(d.units) for d in documents) == 1917  # of 1,918
    ids = [u.id for u in documents[0].units]
    assert ids.count("Export") == 1


def test_trados_comments_and_its_segments_in_a_real_file() -> None:
    """Trados Studio 2019's file (capybara-translation): nested comments on a sentence and a
    comment on the whole sentence, three sentences of one paragraph joined with the source's
    gaps (none in Japanese), comments on the file."""
    first, _ = read_xliff(realdata.path(f"{REAL}/merged.docx.sdlxliff"))
    unit = first.units[0]
    assert unit.target == (
        "With videos, you can clearly articulate what you want to convey.Clicking Online "
        "Video will allow you to paste the video you want to add in the corresponding embed "
        "code.You can also enter keywords to search online for the best video for your "
        "document.")
    assert unit.notes == ("testuser: Comment1", "testuser: Comment 3 ABC", "testuser: Comment4",
                          "testuser: Comment5", "testuser: Comment 2",
                          "testuser: Segment-level comment", "testuser: Segment-level comment2")
    assert first.notes == ("testuser: File-level comment1", "testuser: File-level comment2")


def test_phrase_levels_in_a_real_file() -> None:
    (doc,) = read_xliff(realdata.path(f"{REAL}/01_ja-ja-en-R.mxliff"))
    assert [(u.target, u.fuzzy) for u in doc.units] == [("BBBB", False), ("EEEE", True)]


def test_word_hyphens_and_trados_codes_in_a_real_file() -> None:
    """NRC's Portage test file (a Word document through Trados): ``&#x1E;`` is read, and
    Trados's ``<g id="pt10">`` is read as a code like any other."""
    (doc,) = read_xliff(realdata.path(
        f"{REAL}/ref.UnknownSegments_en-CA_fr-CA.v5.translated.sdlxliff"))
    by_source = {u.source: u for u in doc.units}
    assert by_source["non\u2011breaking hyphen"].target == "non-breaking hyphen"
    assert by_source["Super<pt10>script</pt10>."].target == "Superscript."


def test_no_namespace_inherited_translate_and_a_repeated_unit(tmp_path: Path) -> None:
    """The same three, in a file of our own: 1.1 without a namespace; a group not for
    translation, one of its units for translation all the same; a unit written twice the
    same (kept once) and one written twice otherwise (kept under ``id#2``: whether the id is
    a transpub unit's, which would make the file ambiguous, only the import knows)."""
    path = tmp_path / "old.xlf"
    path.write_text(
        '<xliff version="1.1"><file original="x.xlf" source-language="en" '
        'target-language="fr"><body><group translate="no"><trans-unit id="a"><source>A.'
        '</source></trans-unit><trans-unit id="b" translate="yes"><source>B.</source>'
        "<target>Bé.</target></trans-unit></group><trans-unit id=\"c\"><source>C.</source>"
        "<target>Cé.</target></trans-unit><trans-unit id=\"c\"><source>C.</source>"
        "<target>Cé.</target></trans-unit></body></file></xliff>", encoding="utf-8")
    (doc,) = read_xliff(path)
    assert (doc.version, [(u.id, u.target) for u in doc.units]) == (
        "1.2", [("b", "Bé."), ("c", "Cé.")])
    path.write_text(path.read_text(encoding="utf-8").replace("Cé.", "Cè.", 1), encoding="utf-8")
    (doc,) = read_xliff(path)
    (repeat,) = doc.repeated
    assert (repeat.id, [(u.id, u.target) for u in doc.units]) == (
        "c", [("b", "Bé."), ("c", "Cè."), ("c#2", "Cé.")])


def test_a_real_passolo_file_with_repeated_ids_is_read_whole() -> None:
    """Passolo numbers units by their Windows resource ids (``id='1'`` for "&File", "&Save",
    "&Edit"…, in one group): every unit is read, each repeat under ``id#N`` (the file was
    refused as "unit '1' appears twice")."""
    (doc,) = read_xliff(realdata.path(f"{REAL}/okapi.PAS-10-Test01.xlf"))
    sources = {u.id: u.source for u in doc.units}
    assert len(doc.units) == 152 and len(doc.repeated) == 88
    assert (sources["1"], sources["1#2"], sources["1#3"]) == ("&File", "&Save\tCtrl+S",
                                                              "&Edit")


def test_repeated_ids_not_the_workspaces_are_matched_by_source(workspace: Path,
                                                                cli: Cli) -> None:
    """A tool that numbers units its own way and repeats a number: the units are the
    workspace's by their source (the file was refused); one of the workspace's own ids
    written twice with other texts is still refused (test_xliff.py)."""
    msgids = _msgids(workspace)
    keys = [k for k in msgids if "<" not in msgids[k]][:2]
    units = "".join(
        f'<trans-unit id="1"><source>{escape(msgids[k])}</source><target>FR {n}</target>'
        "</trans-unit>" for n, k in enumerate(keys))
    path = workspace / "tool.xlf"
    path.write_text('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
                    f'<file original="{SLUG}.po" source-language="en" target-language="fr" '
                    f'datatype="po"><body>{units}</body></file></xliff>', encoding="utf-8")
    cli("xliff", "import", str(path))
    entries = _entries(workspace)
    assert [entries[k].msgstr for k in keys] == ["FR 0", "FR 1"]


def test_a_sentence_said_twice_is_told_apart_by_its_order(workspace: Path, cli: Cli) -> None:
    """A release that says a sentence twice has two PO entries with one msgid; a CAT tool's
    file keeps none of the export's unit ids, so its two units are matched in their order (both
    were rejected as not in the PO file)."""
    source = workspace / "source" / f"{SLUG}.xml"
    text = source.read_text(encoding="utf-8")
    said = "The two sides will meet again in 2021."
    text = text.replace('<p id="p5">', f'<p id="p4b">{said}</p>\n    <p id="p5">', 1)
    text = text.replace("</p>", f" {said}</p>", 1)  # (and at the end of the first paragraph)
    source.write_text(text, encoding="utf-8")
    cli("extract")
    keys = [k for k, msgid in _msgids(workspace).items() if msgid == said]
    assert len(keys) == 2
    path = workspace / f"{SLUG}.fr.sdlxliff"
    path.write_text(_sdlxliff([("9a-1", said, "Les deux parties se réuniront en 2021."),
                               ("9a-2", said, "Elles se réuniront de nouveau en 2021.")]),
                    encoding="utf-8")
    cli("xliff", "import", str(path))
    entries = _entries(workspace)
    assert [entries[k].msgstr for k in keys] == ["Les deux parties se réuniront en 2021.",
                                                 "Elles se réuniront de nouveau en 2021."]


def test_a_systems_own_ids_with_the_exports_kept_as_resource_names(workspace: Path,
                                                                    cli: Cli) -> None:
    """Crowdin numbers the units of an uploaded XLIFF file its own way and keeps each unit's
    original id as its ``resname`` (``id="40096" resname="p3.e9247f"``); a download may list
    them in another order. Each unit is found by that name: a sentence the release says twice
    gets each its own translation (matched by their order, the two were swapped)."""
    source = workspace / "source" / f"{SLUG}.xml"
    text = source.read_text(encoding="utf-8")
    said = "The two sides will meet again in 2021."
    text = text.replace('<p id="p5">', f'<p id="p4b">{said}</p>\n    <p id="p5">', 1)
    text = text.replace("</p>", f" {said}</p>", 1)
    source.write_text(text, encoding="utf-8")
    cli("extract")
    keys = [k for k, msgid in _msgids(workspace).items() if msgid == said]
    assert len(keys) == 2
    said_fr = {keys[0]: "Les deux parties se réuniront en 2021.",
               keys[1]: "Elles se réuniront de nouveau en 2021."}
    units = "".join(
        f'<trans-unit id="{40096 + n}" resname="{key}" datatype="plaintext">'
        f"<source>{escape(said)}</source><target state=\"translated\">{escape(said_fr[key])}"
        "</target></trans-unit>" for n, key in enumerate(reversed(keys)))
    path = workspace / "crowdin.xlf"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" '
                    'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file id="35" '
                    f'original="/{SLUG}.fr.xlf" source-language="en" target-language="fr" '
                    'datatype="plaintext" tool-id="crowdin"><header><tool tool-id="crowdin" '
                    'tool-name="Crowdin" tool-version="1.1"/></header>'
                    f"<body>{units}</body></file></xliff>", encoding="utf-8")
    cli("xliff", "import", str(path))
    entries = _entries(workspace)
    assert [entries[k].msgstr for k in keys] == [said_fr[keys[0]], said_fr[keys[1]]]


# --- packages ----------------------------------------------------------------------------------

def _package(path: Path, members: dict[str, str | bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in members.items():
            package.writestr(name, content)


def test_a_trados_return_package_is_imported_as_the_files_it_holds(workspace: Path,
                                                                    cli: Cli) -> None:
    """A return package (``.sdlrpx``: a ZIP of the project's SDLXLIFF files, one folder a
    target language, beside Trados's project file) imported as it came."""
    msgids = _msgids(workspace)
    said = {"fr": "Bureau de lutte contre le terrorisme, New York, <x1/>",
            "es": "Oficina de Lucha contra el Terrorismo, Nueva York, <x1/>"}
    package = workspace / "UNOCT-2020.sdlrpx"
    _package(package, {
        "UNOCT-2020.sdlproj": "<?xml version='1.0' encoding='utf-8'?><Project/>",
        **{f"{lang}-{lang.upper()}/{SLUG}.{lang}.xlf.sdlxliff": _sdlxliff(
            [("7d0c5a8e-0000-4000-8000-000000000001",
              _trados_codes(msgids[CONTACT], {"x1": "7"}), _trados_codes(text, {"x1": "7"}))],
            lang=lang) for lang, text in said.items()}})
    cli("xliff", "import", str(package))
    for lang, text in said.items():
        po = workspace / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"
        assert {e.msgctxt: e.msgstr for e in polib.pofile(str(po))}[CONTACT] == text
        subprocess.run([msgfmt(), "--check", "-o", "/dev/null", str(po)], check=True)


@pytest.mark.parametrize(("members", "message"), [
    ({"project.sdlproj": "<Project/>"}, "the package holds no XLIFF file"),
    ({"fr-FR/a.sdlxliff": "<xliff"}, r"UNOCT\.sdlrpx!/fr-FR/a\.sdlxliff:1: malformed XML"),
])
def test_a_package_without_a_readable_xliff_file_is_one_line(
        workspace: Path, cli: Cli, members: dict[str, str], message: str) -> None:
    package = workspace / "UNOCT.sdlrpx"
    _package(package, members)
    before = _po(workspace).read_bytes()
    cli("xliff", "import", str(package), expect=2)
    lines = cli.err.strip().splitlines()
    assert len(lines) == 1 and re.search(message, lines[0]), cli.err
    assert _po(workspace).read_bytes() == before


def test_a_member_that_unpacks_too_large_is_refused_unread(
        workspace: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xliff_package, "MEMBER_LIMIT", 1000)
    package = workspace / "UNOCT.sdlrpx"
    _package(package, {"fr-FR/a.sdlxliff": b" " * 5000 + b"<xliff/>"})
    cli("xliff", "import", str(package), expect=2)
    assert "unpacks to 5,008 bytes (more than 1,000): refused" in cli.err
    package.write_bytes(b"PK\x03\x04 not a zip at all")
    cli("xliff", "import", str(package), expect=2)
    assert "not a readable ZIP package" in cli.err


def test_a_package_too_large_together_is_refused(
        workspace: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file is kept as some twenty times its size once read: an honest 9 MB .sdlrpx of one
    250 MB member had grown to 4.4 GB (a hostile-content pass, h3 repro 45). Members are
    counted together too, and the message names the one that passed the limit."""
    monkeypatch.setattr(xliff_package, "PACKAGE_LIMIT", 1000)
    package = workspace / "UNOCT.sdlrpx"
    _package(package, {"fr-FR/a.sdlxliff": b" " * 600 + b"<xliff/>",
                       "fr-FR/b.sdlxliff": b" " * 600 + b"<xliff/>"})
    before = _po(workspace).read_bytes()
    cli("xliff", "import", str(package), expect=2)
    assert cli.err.count("\n") == 1, cli.err
    assert "UNOCT.sdlrpx: the package's XLIFF files unpack to more than 1,000 bytes together " \
           "(at fr-FR/b.sdlxliff): refused" in cli.err
    assert _po(workspace).read_bytes() == before


def test_an_xliff2_inline_comment_becomes_a_translator_comment(workspace: Path,
                                                               cli: Cli) -> None:
    """XLIFF 2's Comment Annotation (``<mrk type="comment" value="…">`` around the words it is
    about, or an ``<sm>`` marker starting it), as CAT tools write a reviewer's comment in 2.x:
    its text becomes a translator comment (it was dropped, the words kept)."""
    cli("xliff", "export", "--version", "2.1", "--lang", "fr")
    path = workspace / "xliff" / f"{SLUG}.fr.xlf"
    tree = etree.parse(str(path))
    ns = "urn:oasis:names:tc:xliff:document:2.0"
    units = {u.get("id"): u for u in tree.iter(f"{{{ns}}}unit")}
    segment = units["label"].find(f".//{{{ns}}}segment")
    segment.set("state", "translated")
    target = segment.find(f"{{{ns}}}target")
    if target is None:  # (the workspace's French is untranslated)
        target = etree.SubElement(segment, f"{{{ns}}}target")
    mark = etree.SubElement(target, f"{{{ns}}}mrk", id="m1", type="comment",
                            value="Keep the\nservice's capitals")
    mark.text = "COMMUNIQUÉ"
    mark.tail = " DE PRESSE"
    tree.write(str(path), xml_declaration=True, encoding="utf-8")
    cli("xliff", "import", str(path))
    entry = _entries(workspace)["label"]
    assert (entry.msgstr, entry.tcomment) == ("COMMUNIQUÉ DE PRESSE",
                                              "Keep the service's capitals")


def test_an_xliff12_mrk_comment_becomes_a_translator_comment(tmp_path: Path) -> None:
    """XLIFF 1.2's own comment on a marked span (``<mrk mtype="x-note" comment="…">``)."""
    path = tmp_path / "c.xlf"
    path.write_text(
        f'<xliff version="1.2" xmlns="{NS12}"><file original="x.xlf" source-language="en" '
        'target-language="fr" datatype="plaintext"><body><trans-unit id="1"><source>One.'
        '</source><target state="translated"><mrk mtype="x-note" comment="Check the\n'
        'number">Un</mrk>.</target></trans-unit></body></file></xliff>', encoding="utf-8")
    (doc,) = read_xliff(path)
    assert [(u.target, u.notes) for u in doc.units] == [("Un.", ("Check the number",))]


#: the five sentences after the changes tracked in both tools, accepted
ACCEPTED = ["CHANGE TRACKING", "#1.", "PARAGRAPH #2 INSERTED.",
            "WITH <tool2>TAGS</tool2>, <tool1>PARAGRAPH</tool1> #3.",
            "<tool1>ABRACADABRA</tool1> #4 with <tool2>TAGS</tool2>."]


def test_trados_and_memoq_tracked_changes_read_alike() -> None:
    """The same page translated in Trados Studio and in memoQ, then edited with change
    tracking on (disfr's samples): both read as the edits accepted, the deletions gone
    (Trados's ``x-sdl-deleted``, memoQ's ``<mrk mtype="x-mq-tc" mq:tctype="del">``, which
    was read as text); memoQ numbers every code apart and pairs them by a rid that differs
    between source and target (``<ept id="2" rid="9">`` closing ``<bpt id="1" rid="3">``),
    so its codes are named by their ids as the source pairs them. The one difference is
    real: in memoQ the translator deleted the bold and made a new one (ids 5 and 6), which no
    source code names."""
    (trados,) = read_bilingual(realdata.path(f"{REAL}/ChangeTracking_Trados_1.sdlxliff"))
    (memoq,) = read_bilingual(realdata.path(f"{REAL}/ChangeTracking_memoQ_1.mqxliff"))
    assert [u.target for u in trados.units] == ACCEPTED
    assert [u.target for u in memoq.units] == [
        *ACCEPTED[:3], "WITH <tool2>TAGS</tool2>, <tool3>PARAGRAPH</tool4> #3.", ACCEPTED[4]]
    assert [u.source for u in trados.units] == [u.source for u in memoq.units]
    assert [u.revised for u in trados.units] == [u.revised for u in memoq.units] == [
        False, True, True, True, True]


def test_a_real_memoq_package_is_read_as_its_document() -> None:
    """memoQ's zipped document (``.mqxlz``: ``document.mqxliff`` and its skeleton), 2016: 11
    units, its codes paired by a shared id."""
    (doc,) = read_bilingual(realdata.path(f"{REAL}/git.html_jpn.mqxlz"))
    assert doc.path.name == "document.mqxliff" and doc.path.parent.name == "git.html_jpn.mqxlz!"
    assert len(doc.units) == 11 and not [u.problem for u in doc.units if u.problem]
    assert doc.units[1].target.startswith("Git は<tool1>ソフトウェア開発</tool1>")


def test_a_zip_of_wordfast_files_is_read_as_the_files(tmp_path: Path) -> None:
    """Wordfast Pro's bilingual files are XLIFF named ``.txlf``: a translator's ZIP of them
    was refused as holding no XLIFF file."""
    real = realdata.path(f"{REAL}/disfr.The_Man_in_the_Moon_txt.txlf")
    package = tmp_path / "returned.zip"
    _package(package, {"fr/The_Man_in_the_Moon.txt.txlf": real.read_bytes(),
                       "fr/notes.txt": "read me"})
    (doc,) = read_bilingual(package)
    (alone,) = read_bilingual(real)
    assert doc.path.name == "The_Man_in_the_Moon.txt.txlf"
    assert [u.target for u in doc.units] == [u.target for u in alone.units] and doc.units


def test_prefixes_a_tool_never_declared_are_its_own() -> None:
    """MateCat's test files as WorldServer (``iws:``), Memsource (``memsource:``) and an XLIFF
    2 module (``slr:``) left them: prefixed names whose prefix the file never declares, which
    libxml2 refused whole ("Namespace prefix iws on tm_entry_id is not defined"), and a
    namespace that is no URI. They are read, each such prefix a namespace of its own, every
    unit with its target."""
    (_, _, complex_doc) = read_xliff(realdata.path(
        f"{REAL}/matecat.file-with-complex-structure.xliff"))
    (unit,) = complex_doc.units
    assert "Choice Content - default" in unit.source and not unit.problem
    # (its 16 codes, in the target too, and none of WorldServer's elements after it)
    assert unit.source.count("<tool") == unit.target.count("<tool") == 16
    (memsource,) = read_xliff(realdata.path(f"{REAL}/matecat.with-segment-state.xliff"))
    # (XLIFF 2's segments of a unit joined as written: no <ignorable> space between them;
    # half translated, a draft)
    assert [(u.source, u.target, u.fuzzy) for u in memsource.units] == [
        ("Direct Foundations - Part 1 - SPCiao", "Hola", True)]
    nested = [u for d in read_xliff(realdata.path(f"{REAL}/matecat.context-group-nested.xlf"))
              for u in d.units]
    assert [u.target for u in nested][:2] == ["Primo segmento", "Segmento segmento"]
    # a declaration whose namespace is no URI (TranslationOS's "GMAPS: https://…"): the
    # tool's namespace too; its unit (written twice the same) with its notes
    (tos,) = read_xliff(realdata.path(f"{REAL}/matecat.v1-duplicate-ids.xliff"))
    assert [(u.source, u.notes[0]) for u in tos.units] == [("Daegu", "City: Daegu")]


def test_undeclared_prefixes_keep_line_numbers_and_nothing_else_is_forgiven(
        tmp_path: Path) -> None:
    path = tmp_path / "ws.xlf"
    head = (f'<?xml version="1.0" encoding="UTF-16"?>\n<!-- WorldServer -->\n<xliff\n '
            f'xmlns="{NS12}" version="1.2">\n<file original="a" source-language="en" '
            'target-language="fr" datatype="plaintext"><body>\n')
    unit = ('<trans-unit id="1" iws:segment="x"><source>One.</source><target state='
            '"translated">Un.</target><iws:status done="yes"/></trans-unit>\n')
    path.write_bytes((head + unit + "</body></file></xliff>\n").encode("utf-16"))
    (doc,) = read_xliff(path)
    assert [(u.source, u.target, u.line) for u in doc.units] == [("One.", "Un.", 6)]
    # another fault beside it is still the file's error, on its line
    path.write_bytes((head + unit + "<oops></body></file></xliff>\n").encode("utf-16"))
    with pytest.raises(XliffError, match=r"ws\.xlf:7: malformed XML"):
        read_xliff(path)
