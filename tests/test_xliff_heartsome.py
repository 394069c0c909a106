"""Heartsome TranslationStudio's split and joined segments (XLIFF 1.2): a split unit comes back
joined, a join of two units is refused saying so. The files are the sample's own export
rewritten after the structure of Heartsome's test file HSCAT8-2.xlf (heartsome/translationstudio8,
test/net.heartsome.cat.ts.test/testFiles/, GPL-2.0; not copied here): a split is
``<group id="X" ts="hs-split">`` holding units ``X-1``, ``X-2``…; a join, the first unit's
source holding both texts with ``<ph id="hs-mergeA~B"/>``, the other emptied
(``translate="no" approved="yes"``, an empty source, no target)."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from lxml import etree

from transpub.xliff_read import read_xliff

from conftest import SLUG, Cli

NS12 = "urn:oasis:names:tc:xliff:document:1.2"
Q = f"{{{NS12}}}"


def _po(ws: Path, lang: str = "fr") -> Path:
    return ws / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"


def _msgstrs(ws: Path, lang: str = "fr") -> dict[str, str]:
    return {e.msgctxt: e.msgstr for e in polib.pofile(str(_po(ws, lang))) if not e.obsolete}


def _export(workspace: Path, cli: Cli, lang: str = "fr") -> tuple[
        Path, etree._ElementTree, dict[str, etree._Element]]:
    """The export to ``lang`` (French), with the PO file translating every unit first."""
    po = polib.pofile(str(_po(workspace, lang)), wrapwidth=0)
    for entry in po:
        entry.msgstr = f"{lang.upper()} {entry.msgctxt}"
    po.save()
    cli("xliff", "export", "--lang", lang)
    path = workspace / "xliff" / f"{SLUG}.{lang}.xlf"
    tree = etree.parse(str(path))
    return path, tree, {u.get("id"): u for u in tree.iter(f"{Q}trans-unit")}


def _split(unit: etree._Element, cuts: list[str], targets: list[str], keep_base: bool,
           blank: str = "") -> None:
    """``unit`` split as Heartsome splits it: its source cut before each of ``cuts``, each
    piece translated ``targets[n]``. The blank before a cut is dropped (``blank`` "", as
    Heartsome's own file has "Test segment 4a." and "Test segment 4b."), or kept at the end
    of the piece before it ("end": Heartsome cuts at the cursor, trimming nothing) or at the
    start of the piece after it ("start")."""
    source = unit.findtext(f"{Q}source")
    texts = []
    for cut in cuts:
        head, source = source.split(cut, 1)
        texts.append(head if blank == "end" else head.rstrip())
        source = (head[len(head.rstrip()):] if blank == "start" else "") + cut + source
    texts.append(source)
    base = unit.find(f"{Q}context-group")
    group = etree.Element(f"{Q}group", id=unit.get("id"), ts="hs-split")
    for number, (text, target) in enumerate(zip(texts, targets, strict=True), 1):
        piece = etree.SubElement(group, f"{Q}trans-unit", id=f"{unit.get('id')}-{number}",
                                 approved="yes", translate="yes")
        etree.SubElement(piece, f"{Q}source").text = text
        etree.SubElement(piece, f"{Q}target", state="translated").text = target
        if keep_base and base is not None:
            piece.append(etree.fromstring(etree.tostring(base)))
    unit.addprevious(group)
    unit.getparent().remove(unit)


def _join(first: etree._Element, second: etree._Element, target: str) -> None:
    """``first`` and ``second`` joined as Heartsome joins them."""
    source = first.find(f"{Q}source")
    code = etree.SubElement(source, f"{Q}ph", id=f"hs-merge{first.get('id')}~{second.get('id')}")
    code.tail = second.findtext(f"{Q}source")
    first.find(f"{Q}target").text = target
    second.find(f"{Q}source").text = None
    second.remove(second.find(f"{Q}target"))
    second.set("translate", "no")
    second.set("approved", "yes")


def test_a_unit_heartsome_split_is_joined_back(workspace: Path, cli: Cli) -> None:
    """The pieces ``office-1``, ``office-2`` had been "not in the PO file (removed from the
    source? run transpub extract)": they are the unit ``office``, their translations joined
    with the source's blank between them."""
    path, tree, units = _export(workspace, cli)
    _split(units["office"], ["Office"], ["Bureau de l’ONU", "de lutte antiterroriste"], True)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    cli("xliff", "import", str(path))
    assert _msgstrs(workspace)["office"] == "Bureau de l’ONU de lutte antiterroriste"
    entry = next(e for e in polib.pofile(str(_po(workspace))) if e.msgctxt == "office")
    assert not entry.fuzzy and entry.previous_msgid is None


@pytest.mark.parametrize("blank", ["end", "start", ""])
@pytest.mark.parametrize(("lang", "targets", "joined"), [
    ("fr", ["Bureau de l’ONU", "de lutte antiterroriste"],
     "Bureau de l’ONU de lutte antiterroriste"),
    # Chinese joins its pieces without a blank, wherever the source's blank was
    ("zh", ["联合国", "反恐怖主义办公室"], "联合国反恐怖主义办公室"),
])
def test_a_split_whose_blank_stayed_in_a_piece_is_joined_with_it(
        workspace: Path, cli: Cli, blank: str, lang: str, targets: list[str],
        joined: str) -> None:
    """Heartsome cuts at the cursor, so the source's blank stays inside one piece, at the
    end of the first or the start of the second, and the translator's targets hold none:
    the translation had been published glued («Bureau de l’ONUde lutte antiterroriste»),
    translated. A blank goes between the targets where the source had one and neither
    target has one; a target's own blank is kept, and none is doubled."""
    path, tree, units = _export(workspace, cli, lang)
    _split(units["office"], ["Office"], targets, True, blank)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    cli("xliff", "import", str(path))
    assert _msgstrs(workspace, lang)["office"] == joined
    entry = next(e for e in polib.pofile(str(_po(workspace, lang))) if e.msgctxt == "office")
    assert not entry.fuzzy and entry.previous_msgid is None


@pytest.mark.parametrize("targets", [["Bureau de l’ONU ", "de lutte antiterroriste"],
                                     ["Bureau de l’ONU", " de lutte antiterroriste"]])
def test_a_split_targets_own_blank_is_kept_not_doubled(
        workspace: Path, cli: Cli, targets: list[str]) -> None:
    """A translator who kept the blank in a target, at its end or at the next one's start,
    gets it once."""
    path, tree, units = _export(workspace, cli)
    _split(units["office"], ["Office"], targets, True, "end")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    cli("xliff", "import", str(path))
    assert _msgstrs(workspace)["office"] == "Bureau de l’ONU de lutte antiterroriste"


@pytest.mark.parametrize("blank", ["end", ""])
@pytest.mark.parametrize("again", [1, 2])
@pytest.mark.parametrize(("lang", "targets", "joined"), [
    pytest.param("fr", ["Bureau", "de l’ONU", "de lutte antiterroriste"],
                 "Bureau de l’ONU de lutte antiterroriste", id="fr"),
    pytest.param("zh", ["联合国", "反恐怖主义", "办公室"], "联合国反恐怖主义办公室", id="zh"),
])
def test_a_piece_split_again_is_joined_into_its_unit(
        workspace: Path, cli: Cli, blank: str, again: int, lang: str, targets: list[str],
        joined: str) -> None:
    """A piece split again is a split group of its own inside the unit's (``office`` holding
    ``office-1`` with ``office-1-1``, ``office-1-2``, then ``office-2``; or the second piece
    split): the inner group had come back as a unit ``office-1`` no PO entry has (refused) and
    ``office`` as its last piece alone, fuzzy, the translator's other pieces lost. Every piece,
    however deep, is the unit's, in the file's order, with the source's blanks between."""
    path, tree, units = _export(workspace, cli, lang)
    msgid = units["office"].findtext(f"{Q}source")
    _split(units["office"], ["Office"], ["", ""], True, blank)
    piece = next(u for u in tree.iter(f"{Q}trans-unit") if u.get("id") == f"office-{again}")
    cut = "Nations" if again == 1 else "Counter"
    inner = targets[again - 1:again + 1]
    _split(piece, [cut], inner, True, blank)
    outer = next(u for u in tree.iter(f"{Q}trans-unit") if u.get("id") == f"office-{3 - again}")
    outer.find(f"{Q}target").text = targets[0 if again == 2 else 2]
    assert tree.find(f".//{Q}group/{Q}group[@id='office-{again}']") is not None
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    read = {u.id: u for u in read_xliff(path)[0].units}
    assert "office-1" not in read and "office-2" not in read
    if blank:
        assert read["office"].source == msgid
    cli("xliff", "import", str(path))
    assert "rejected:" not in cli.out + cli.err
    assert _msgstrs(workspace, lang)["office"] == joined
    entry = next(e for e in polib.pofile(str(_po(workspace, lang))) if e.msgctxt == "office")
    assert not entry.fuzzy and entry.previous_msgid is None


def test_a_split_without_the_exports_record_is_a_conflict_theirs_takes(
        workspace: Path, cli: Cli) -> None:
    """Pieces that kept no record of what the unit was sent with are a unit like any other
    tool's that drops it: a conflict with the PO's translation, which ``--theirs`` takes."""
    path, tree, units = _export(workspace, cli)
    _split(units["office"], ["Office"], ["Bureau de l’ONU", "de lutte antiterroriste"], False)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    before = _po(workspace).read_bytes()
    cli("xliff", "import", str(path), expect=1)
    assert "unit office: conflict" in cli.out + cli.err and "not in" not in cli.out + cli.err
    assert _po(workspace).read_bytes() == before
    cli("xliff", "import", "--theirs", str(path))
    assert _msgstrs(workspace)["office"] == "Bureau de l’ONU de lutte antiterroriste"


def test_two_units_heartsome_joined_are_refused_saying_so(workspace: Path, cli: Cli) -> None:
    """A joined pair's translation belongs to two PO entries: the unit is rejected with the
    reason (it had read "inline codes differ from the source: missing <hs-merge…/>", which
    sent the translator looking for a code), and neither entry changes."""
    path, tree, units = _export(workspace, cli)
    _join(units["p1.d6c5e4"], units["p1.0cccfa"], "Deux phrases en une.")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    before = _po(workspace).read_bytes()
    cli("xliff", "import", str(path), expect=1)
    said = [line for line in (cli.out + cli.err).splitlines() if "rejected:" in line]
    assert len(said) == 1 and f"{path.name}:" in said[0]
    assert "unit p1.d6c5e4: rejected: joined with unit p1.0cccfa in the CAT tool" in said[0]
    assert "split them again" in said[0] and "inline codes" not in said[0]
    assert "Traceback" not in cli.out + cli.err
    assert _po(workspace).read_bytes() == before


def _read(tmp_path: Path, body: str) -> list[tuple[str, str, str | None, str]]:
    path = tmp_path / "hs.xlf"
    path.write_text(f'<xliff xmlns="{NS12}" version="1.2"><file original="o" '
                    f'source-language="en-US" target-language="fr-FR" datatype="x"><body>'
                    f"{body}</body></file></xliff>", encoding="utf-8")
    return [(u.id, u.source, u.target, u.problem) for u in read_xliff(path)[0].units]


def test_heartsome_joins_within_and_across_a_split(tmp_path: Path) -> None:
    """As HSCAT8-2.xlf has them: a split unit's two pieces joined again (``7-1~7-2``) are the
    unit whole; a piece joined with a unit outside its split (``9-2~10``, ``13~14-1``) makes
    both sides refused; the emptied unit is none."""
    units = _read(tmp_path, """
      <group id="7" ts="hs-split">
        <trans-unit id="7-1" approved="no" translate="yes">
          <source>Five a.<ph id="hs-merge7-1~7-2"/>Five b.</source>
          <target state="translated">Cinq.</target></trans-unit>
        <trans-unit id="7-2" approved="yes" translate="no"><source/></trans-unit>
      </group>
      <group id="9" ts="hs-split">
        <trans-unit id="9-1" translate="yes"><source>Seven a.</source>
          <target state="translated">Sept a.</target></trans-unit>
        <trans-unit id="9-2" translate="yes">
          <source>Seven b.<ph id="hs-merge9-2~10"/>Seven c.</source>
          <target state="translated">Sept b et c.</target></trans-unit>
      </group>
      <trans-unit id="10" approved="yes" translate="no"><source/></trans-unit>
      <trans-unit id="13" translate="yes">
        <source>Nine a.<ph id="hs-merge13~14-1"/>Nine b.</source></trans-unit>
      <group id="14" ts="hs-split">
        <trans-unit id="14-1" approved="yes" translate="no"><source/></trans-unit>
        <trans-unit id="14-2" translate="yes"><source>Nine c.</source></trans-unit>
      </group>""")
    assert [u[0] for u in units] == ["7", "9", "13", "14"]
    assert units[0][1:] == ("Five a.Five b.", "Cinq.", "")
    for ident, other in (("9", "10"), ("13", "14-1"), ("14", "13")):
        problem = next(u[3] for u in units if u[0] == ident)
        assert problem.startswith(f"joined with unit {other} in the CAT tool"), (ident, problem)


def test_a_piece_split_again_and_joined_with_another_unit_is_refused(tmp_path: Path) -> None:
    """A piece of a piece joined with a unit outside the split makes the unit refused, as a
    piece does (the join's message), and the unit it was joined with; pieces of one unit joined
    across the levels of its split (``9-1~9-2-1``) are the unit whole."""
    units = _read(tmp_path, """
      <group id="9" ts="hs-split">
        <trans-unit id="9-1" translate="yes"><source>Seven a.</source>
          <target state="translated">Sept a.</target></trans-unit>
        <group id="9-2" ts="hs-split">
          <trans-unit id="9-2-1" translate="yes"><source>Seven b.</source>
            <target state="translated">Sept b.</target></trans-unit>
          <trans-unit id="9-2-2" translate="yes">
            <source>Seven c.<ph id="hs-merge9-2-2~10"/>Seven d.</source>
            <target state="translated">Sept c et d.</target></trans-unit>
        </group>
      </group>
      <trans-unit id="10" approved="yes" translate="no"><source/></trans-unit>
      <trans-unit id="13" translate="yes">
        <source>Nine a.<ph id="hs-merge13~14-1-1"/>Nine b.</source></trans-unit>
      <group id="14" ts="hs-split">
        <group id="14-1" ts="hs-split">
          <trans-unit id="14-1-1" approved="yes" translate="no"><source/></trans-unit>
          <trans-unit id="14-1-2" translate="yes"><source>Nine c.</source></trans-unit>
        </group>
        <trans-unit id="14-2" translate="yes"><source>Nine d.</source></trans-unit>
      </group>
      <group id="15" ts="hs-split">
        <trans-unit id="15-1" translate="yes">
          <source>Ten a.<ph id="hs-merge15-1~15-2-1"/>Ten b.</source>
          <target state="translated">Dix a et b.</target></trans-unit>
        <group id="15-2" ts="hs-split">
          <trans-unit id="15-2-1" approved="yes" translate="no"><source/></trans-unit>
          <trans-unit id="15-2-2" translate="yes"><source>Ten c.</source>
            <target state="translated">Dix c.</target></trans-unit>
        </group>
      </group>""")
    assert [u[0] for u in units] == ["9", "13", "14", "15"]
    for ident, other in (("9", "10"), ("13", "14-1-1"), ("14", "13")):
        problem = next(u[3] for u in units if u[0] == ident)
        assert problem.startswith(f"joined with unit {other} in the CAT tool"), (ident, problem)
    assert units[3][1:] == ("Ten a.Ten b.Ten c.", "Dix a et b.Dix c.", "")


def test_another_units_split_nested_in_a_split_is_that_unit(workspace: Path, cli: Cli) -> None:
    """A split group is a piece of the one it stands in only under a piece's id (``X-N`` in
    ``X``): the headline's split (``title``: ``title-1``, ``title-2``) nested in ``office``'s
    by a tool or a hand had been taken as pieces of ``office``, the headline glued into the
    office's line (fuzzy) and ``title`` left untranslated without a word. Each is its own
    unit."""
    path, tree, units = _export(workspace, cli)
    _split(units["office"], ["Office"], ["Bureau de l’ONU", "de lutte antiterroriste"], True)
    _split(units["title"], ["Hold"], ["Le BLT et le Qatar", "tiennent leur dialogue"], True)
    office = tree.find(f".//{Q}group[@id='office']")
    office.append(tree.find(f".//{Q}group[@id='title']"))
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    read = {u.id: u for u in read_xliff(path)[0].units}
    assert read["office"].target == "Bureau de l’ONUde lutte antiterroriste"
    assert read["title"].target == "Le BLT et le Qatartiennent leur dialogue"
    cli("xliff", "import", str(path))
    assert "rejected:" not in cli.out + cli.err
    assert _msgstrs(workspace)["office"] == "Bureau de l’ONU de lutte antiterroriste"
    assert _msgstrs(workspace)["title"] == "Le BLT et le Qatar tiennent leur dialogue"
    entries = {e.msgctxt: e for e in polib.pofile(str(_po(workspace)))}
    assert not entries["office"].fuzzy and not entries["title"].fuzzy


def test_a_unit_of_another_id_inside_a_split_is_its_own(tmp_path: Path) -> None:
    """Only a unit ``X-N`` (or a group ``X-N`` of such) is a piece of ``X``'s split: another
    unit inside the group, a split group of another unit, or a group of pieces ``X-N`` whose
    id is not ``X-N`` itself, is read on its own, its own id; a join of another unit's piece
    with X's is a join with a unit outside."""
    units = _read(tmp_path, """
      <group id="5" ts="hs-split">
        <trans-unit id="5-1" translate="yes"><source>Three a. </source>
          <target state="translated">Trois a.</target></trans-unit>
        <trans-unit id="6" translate="yes"><source>Four.</source>
          <target state="translated">Quatre.</target></trans-unit>
        <group id="8" ts="hs-split">
          <trans-unit id="8-1" translate="yes"><source>Six a. </source>
            <target state="translated">Six a.</target></trans-unit>
          <trans-unit id="8-2" translate="yes"><source>Six b.</source>
            <target state="translated">Six b.</target></trans-unit>
        </group>
        <trans-unit id="5-2" translate="yes"><source>Three b.</source>
          <target state="translated">Trois b.</target></trans-unit>
        <trans-unit id="5-10a" translate="yes"><source>Not a piece.</source></trans-unit>
      </group>""")
    assert [u[:3] for u in units] == [("5", "Three a. Three b.", "Trois a.Trois b."),
                                       ("6", "Four.", "Quatre."),
                                       ("8", "Six a. Six b.", "Six a.Six b."),
                                       ("5-10a", "Not a piece.", None)]


def test_split_pieces_out_of_order_are_joined_in_their_numbers_order(tmp_path: Path) -> None:
    """Pieces a tool or a hand wrote out of order (``X-2`` before ``X-1``, at any level) are
    joined in their numbers' order: they had been glued in the file's («…terrorismedes
    Nations Unies»), the source no longer the PO's, written fuzzy."""
    units = _read(tmp_path, """
      <group id="5" ts="hs-split">
        <trans-unit id="5-2" translate="yes"><source>Three c.</source>
          <target state="translated">Trois c.</target></trans-unit>
        <group id="5-1" ts="hs-split">
          <trans-unit id="5-1-2" translate="yes"><source>Three b. </source>
            <target state="translated">Trois b. </target></trans-unit>
          <trans-unit id="5-1-1" translate="yes"><source>Three a. </source>
            <target state="translated">Trois a. </target></trans-unit>
        </group>
      </group>""")
    assert units == [("5", "Three a. Three b. Three c.", "Trois a. Trois b. Trois c.", "")]


@pytest.mark.parametrize(("body", "said"), [
    pytest.param("""<trans-unit id="5-1"><source>A. </source><target>Un.</target></trans-unit>
        <trans-unit id="5-3"><source>C.</source><target>Trois.</target></trans-unit>""",
                 "its piece 5-2 is missing", id="missing"),
    pytest.param("""<trans-unit id="5-3"><source>C.</source><target>Trois.</target></trans-unit>
        """, "its pieces 5-1, 5-2 are missing", id="missing-two"),
    pytest.param("""<trans-unit id="5-1"><source>A. </source><target>Un.</target></trans-unit>
        <trans-unit id="5-1"><source>A. </source><target>Un.</target></trans-unit>
        <trans-unit id="5-2"><source>B.</source><target>Deux.</target></trans-unit>""",
                 "its piece 5-1 is given twice (lines 3 and 4)", id="twice"),
    pytest.param("""<group id="5-1" ts="hs-split">
          <trans-unit id="5-1-1"><source>A. </source><target>Un.</target></trans-unit>
          <trans-unit id="5-1-3"><source>C. </source><target>Trois.</target></trans-unit>
        </group>
        <trans-unit id="5-2"><source>B.</source><target>Deux.</target></trans-unit>""",
                 "its piece 5-1-2 is missing", id="missing-within"),
    pytest.param("""<trans-unit id="5-1"><source>A. </source><target>Un.</target></trans-unit>
        <group id="5-1" ts="hs-split">
          <trans-unit id="5-1-1"><source>A. </source><target>Un.</target></trans-unit>
          <trans-unit id="5-1-2"><source>B.</source><target>Deux.</target></trans-unit>
        </group>""", "its piece 5-1 is given twice (lines 3 and 4)", id="twice-as-group"),
])
def test_a_split_missing_a_piece_or_giving_one_twice_is_refused(
        tmp_path: Path, body: str, said: str) -> None:
    """Pieces that do not make the unit (a number missing at some level, or given twice) had
    been glued as they stood: the translation short of a piece or saying one twice, written
    fuzzy, nothing said. The unit is refused saying which piece."""
    units = _read(tmp_path, f"""
      <group id="5" ts="hs-split">
        {body}
      </group>""")
    assert [u[0] for u in units] == ["5"]
    problem = units[0][3]
    assert problem.startswith("split in the CAT tool (Heartsome's <group ts=\"hs-split\">), "
                              f"but {said}: the pieces do not make the unit"), problem


def test_a_split_missing_a_piece_keeps_the_po_translation_and_says_why(
        workspace: Path, cli: Cli) -> None:
    """The whole import: the unit keeps its PO translation, a one-line warning names the file,
    the line and the unit, the other units are imported, and the exit status says a unit was
    refused."""
    path, tree, units = _export(workspace, cli)
    _split(units["office"], ["Nations", "Office"], ["Bureau", "des Nations Unies",
                                                   "de lutte antiterroriste"], True, "end")
    units["title"].find(f"{Q}target").text = "Le titre"
    group = tree.find(f".//{Q}group[@id='office']")
    group.remove(group.find(f"{Q}trans-unit[@id='office-2']"))
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    cli("xliff", "import", str(path), expect=1)
    said = [line for line in (cli.out + cli.err).splitlines() if "rejected:" in line]
    assert len(said) == 1 and f"{path.name}:" in said[0], said
    assert "unit office: rejected: split in the CAT tool" in said[0]
    assert "its piece office-2 is missing" in said[0] and "Traceback" not in cli.out + cli.err
    assert _msgstrs(workspace)["office"] == "FR office"
    assert _msgstrs(workspace)["title"] == "Le titre"


@pytest.mark.parametrize("blank", ["end", "start", ""])
@pytest.mark.parametrize(("lang", "targets", "joined"), [
    # Chinese joins its pieces without a blank whatever the first ends in: a Latin name, a
    # number, a closing quote (narrow or ambiguous in width: each had been given the blank)
    ("zh", ["卡塔尔国与UNOCT", "举行第三次高级别战略对话"],
     "卡塔尔国与UNOCT举行第三次高级别战略对话"),
    ("zh", ["联合国于2020", "年设立反恐怖主义办公室"], "联合国于2020年设立反恐怖主义办公室"),
    ("zh", ["“联合国”", "反恐怖主义办公室"], "“联合国”反恐怖主义办公室"),
    ("zh", ["联合国（UN）", "反恐怖主义办公室"], "联合国（UN）反恐怖主义办公室"),
    # (but a cut inside an English name the target keeps is a word's: the source's blank,
    # t66/hF D1; 9552883 had glued «Officeof»)
    ("zh", ["联合国反恐怖主义办公室（United Nations Office", "of Counter-Terrorism）"],
     "联合国反恐怖主义办公室（United Nations Office of Counter-Terrorism）"),
    ("zh", ["联合国反恐怖主义办公室（UNOCT", "2020）"], "联合国反恐怖主义办公室（UNOCT 2020）"),
    ("zh", ["联合国反恐怖主义办公室（United Nations", "反恐）"],
     "联合国反恐怖主义办公室（United Nations反恐）"),
    # Arabic and French take the source's blank, whatever the first piece ends in
    ("ar", ["مكتب الأمم المتحدة", "لمكافحة الإرهاب"], "مكتب الأمم المتحدة لمكافحة الإرهاب"),
    ("ar", ["مكتب 2020", "لمكافحة الإرهاب"], "مكتب 2020 لمكافحة الإرهاب"),
    ("fr", ["Bureau « ONU »", "de lutte antiterroriste"], "Bureau « ONU » de lutte antiterroriste"),
    ("fr", ["Bureau（ONU）", "de lutte antiterroriste"], "Bureau（ONU） de lutte antiterroriste"),
])
def test_a_splits_pieces_are_joined_as_the_language_joins_them(
        workspace: Path, cli: Cli, blank: str, lang: str, targets: list[str],
        joined: str) -> None:
    """The blank between two translated pieces is the language's, not decided by the width of
    the first piece's last character: «卡塔尔国与UNOCT» + «举行…» had read «…UNOCT 举行…»,
    «2020» + «年» «2020 年», published as translated."""
    path, tree, units = _export(workspace, cli, lang)
    _split(units["office"], ["Office"], targets, True, blank)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    cli("xliff", "import", str(path))
    assert _msgstrs(workspace, lang)["office"] == joined
    entry = next(e for e in polib.pofile(str(_po(workspace, lang))) if e.msgctxt == "office")
    assert not entry.fuzzy and entry.previous_msgid is None


@pytest.mark.parametrize(("lang", "first", "second", "joined"), [
    ("ja", "連合UNOCT", "対策室", "連合UNOCT対策室"),
    ("ja", "国連テロ対策室（United Nations Office", "of Counter-Terrorism）",
     "国連テロ対策室（United Nations Office of Counter-Terrorism）"),
    ("ja", "国連（Организация", "Объединённых Наций）", "国連（Организация Объединённых Наций）"),
    ("ja", "国連（ＵＮ", "ＯＣＴ）", "国連（ＵＮＯＣＴ）"),
    ("ko", "유엔", "대테러사무소", "유엔 대테러사무소"),
])
def test_pieces_are_joined_by_the_language_not_the_last_characters_width(
        lang: str, first: str, second: str, joined: str) -> None:
    """A workspace's other languages too: Japanese, whose piece ends in Latin letters, takes
    no blank; Korean, written with spaces but in wide letters (Hangul), takes the source's,
    which the width had refused it («유엔대테러사무소»)."""
    from transpub.xliff_merge import _regapped
    from transpub.xliff_read import ReadUnit

    unit = ReadUnit("office", 1, "United Nations Office", first + second, False, None, (),
                    pieces=(("United Nations ", first), ("Office", second)))
    assert _regapped(unit, "United Nations Office", lang).target == joined
