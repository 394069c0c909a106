"""``transpub termbase --tbx`` is a faithful copy: each concept's, language's and term's data
categories as the input gave them (definitions, contexts, sources, notes, term types, parts of
speech, genders, cross-references, who changed what when), statuses only where the input gave
one ("superseded" stays superseded), in the 2008 core structure; read back, the same concepts.
It had kept the terms and a status alone, and given every term a status (a terminologist's
trial, session 60: the LTAC astronomy sample 1,649 field instances in, 107 out; an SDLX export
3,153 in, 472 out; the sample's own termBase its term types, genders and usage notes).
``check`` loads none of it."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from transpub.termbase import KEEP, Concept, load_termbase

from conftest import Cli

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "locales" / "termbase.tbx"

#: the 2008 core structure's content models (TBXcoreStructV02.dtd) of what the writer writes
CORE_DTD = """
<!ENTITY % aux "(descrip|descripGrp|admin|adminGrp|transacGrp|note|ref|xref)*">
<!ENTITY % text "(#PCDATA|hi|foreign|bpt|ept|ph)*">
<!ENTITY % typed "id ID #IMPLIED xml:lang CDATA #IMPLIED type CDATA #REQUIRED
                  target IDREF #IMPLIED datatype CDATA #IMPLIED">
<!ELEMENT martif (martifHeader, text)>
<!ATTLIST martif type CDATA #REQUIRED xml:lang CDATA #REQUIRED>
<!ELEMENT martifHeader (fileDesc)> <!ELEMENT fileDesc (sourceDesc)>
<!ELEMENT sourceDesc (p)> <!ELEMENT p (#PCDATA)>
<!ELEMENT text (body, back?)> <!ELEMENT body (termEntry+)>
<!ELEMENT back (refObjectList*)> <!ELEMENT refObjectList (refObject+)>
<!ATTLIST refObjectList type CDATA #REQUIRED>
<!ELEMENT refObject (item|itemSet|itemGrp)+> <!ATTLIST refObject id ID #IMPLIED>
<!ELEMENT item %text;> <!ATTLIST item id ID #IMPLIED type CDATA #IMPLIED>
<!ELEMENT itemSet (item|itemGrp)+> <!ELEMENT itemGrp (item, (admin|note)*)>
<!ELEMENT termEntry (%aux;, langSet+)> <!ATTLIST termEntry id ID #IMPLIED>
<!ELEMENT langSet (%aux;, tig+)> <!ATTLIST langSet xml:lang CDATA #REQUIRED>
<!ELEMENT tig (term, termNote*, %aux;)>
<!ELEMENT term (#PCDATA|hi)*>
<!ELEMENT termNote %text;> <!ATTLIST termNote %typed;>
<!ELEMENT descrip %text;> <!ATTLIST descrip %typed;>
<!ELEMENT admin %text;> <!ATTLIST admin %typed;>
<!ELEMENT note %text;> <!ATTLIST note id ID #IMPLIED xml:lang CDATA #IMPLIED>
<!ELEMENT descripGrp (descrip, (descripNote|admin|adminGrp|transacGrp|note|ref|xref)*)>
<!ELEMENT adminGrp (admin, (adminNote|note|ref|xref)*)>
<!ELEMENT transacGrp (transac, (transacNote|date|note|ref|xref)*)>
<!ELEMENT transac (#PCDATA)> <!ATTLIST transac %typed;>
<!ELEMENT transacNote (#PCDATA)> <!ATTLIST transacNote %typed;>
<!ELEMENT date (#PCDATA)>
<!ELEMENT ref (#PCDATA)> <!ATTLIST ref %typed;>
<!ELEMENT xref (#PCDATA)> <!ATTLIST xref id ID #IMPLIED type CDATA #IMPLIED
                                         target CDATA #REQUIRED>
<!ELEMENT hi (#PCDATA)> <!ATTLIST hi type CDATA #IMPLIED>
"""

#: the first concept of LTAC's TBX-Basic sample (TBX 2019, DCA style, "created via MultiTerm
#: Export": LTAC-Global/TBX-Basic_dialect DCA/Example_Astronomy_DCA_VALID.tbx, as
#: DeNederlandscheBank/termate holds it, MIT), cut to one term a language, and a second
#: concept with its Spanish terms in two language sections (as Okapi's IBM sample has)
ASTRONOMY = """<?xml version="1.0" encoding="utf-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
 <tbxHeader><fileDesc><sourceDesc><p>TBX file, created via MultiTerm Export</p></sourceDesc>
 </fileDesc></tbxHeader>
 <text><body>
  <conceptEntry id="c1">
   <transacGrp><transac type="transactionType">origination</transac><date>2010-04-17</date>
    <transacNote type="responsibility" target="pe324as3-9615">Tommy</transacNote></transacGrp>
   <descrip type="subjectField">General</descrip>
   <xref type="xGraphic" target="https://en.wikipedia.org/wiki/Galaxy_cluster">Open_Cluster.JPG</xref>
   <note>G-Source: http://www.physics.drexel.edu/observatory/dump.shtml</note>
   <langSec xml:lang="en">
    <descripGrp><descrip type="definition">A group of stars formed together in the spiral
     arms of a galaxy.</descrip><admin type="source">Oxford2007</admin></descripGrp>
    <termSec><term>open cluster</term>
     <termNote type="partOfSpeech">noun</termNote>
     <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
     <descripGrp><descrip type="context">Over 1100 open clusters are known in our Milky
      Way Galaxy.</descrip><admin type="source">http://seds.org/MESSIER/open.html</admin>
     </descripGrp></termSec>
    <termSec><term>galactic cluster</term>
     <termNote type="partOfSpeech">noun</termNote>
     <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec>
   </langSec>
   <langSec xml:lang="es">
    <termSec><term>cúmulo abierto</term><termNote type="partOfSpeech">noun</termNote>
     <termNote type="grammaticalGender">masculine</termNote>
     <termNote type="termType">fullForm</termNote></termSec>
   </langSec>
  </conceptEntry>
  <conceptEntry id="c2">
   <langSec xml:lang="en"><termSec><term>black dwarf</term></termSec></langSec>
   <langSec xml:lang="es"><termSec><term>enana negra</term></termSec></langSec>
   <langSec xml:lang="es"><note>Second section</note>
    <termSec><term>estrella enana negra</term></termSec></langSec>
  </conceptEntry>
 </body>
 <back><refObjectSec type="respPerson"><refObject id="pe324as3-9615">
  <item type="fn">Tommy Tomolonis</item></refObject></refObjectSec></back>
 </text>
</tbx>
"""


def _fields(path: Path) -> Counter[tuple[str, str]]:
    """The data categories a TBX file holds: each element of a field by its name and type."""
    root = etree.parse(str(path)).getroot()
    return Counter((element.tag.rsplit("}", 1)[-1], element.get("type") or "")
                   for element in root.iter()
                   if isinstance(element.tag, str) and element.tag.rsplit("}", 1)[-1] in (
                       "descrip", "termNote", "admin", "note", "xref", "ref", "transac",
                       "transacNote", "date", "item"))


def _concepts(concepts: tuple[Concept, ...]) -> list[object]:
    return [(c.category, KEEP in c.terms, sorted((lang, [(t.text, t.status) for t in terms])
                                                for lang, terms in c.terms.items()
                                                if lang != KEEP)) for c in concepts]


def _valid(path: Path) -> etree._Element:
    """The written file, checked against the 2008 core structure."""
    tree = etree.parse(str(path))
    dtd = etree.DTD(io.StringIO(CORE_DTD))
    assert dtd.validate(tree), dtd.error_log.filter_from_errors()
    return tree.getroot()


def _convert(tmp_path: Path, cli_factory: Callable[[Path], Cli], source: Path) -> Path:
    out = tmp_path / "out.tbx"
    cli_factory(tmp_path)("termbase", str(source), "--tbx", str(out))
    return out


def test_a_tbx_2019_files_fields_are_kept_and_no_status_is_made_up(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    source = tmp_path / "astronomy.tbx"
    source.write_text(ASTRONOMY, encoding="utf-8")
    out = _convert(tmp_path, cli_factory, source)
    root = _valid(out)
    assert _fields(out) == _fields(source)
    statuses = [e.text for e in root.iter("termNote") if e.get("type") == "administrativeStatus"]
    assert statuses == ["preferredTerm-admn-sts", "supersededTerm-admn-sts"]
    # where each was: a language's definition with its source, a term's context
    en = root.find("text/body/termEntry/langSet")
    assert en is not None and en.find("descripGrp/admin").text == "Oxford2007"
    assert en.find("tig/descripGrp/descrip").get("type") == "context"
    # the second concept's two Spanish sections, each with its own first term
    second = root.findall("text/body/termEntry")[1]
    assert [len(s.findall("tig")) for s in second.findall("langSet")] == [1, 1, 1]
    # the person a change names, in the back matter it points to
    assert root.find("text/back/refObjectList/refObject/item").text == "Tommy Tomolonis"
    assert root.find(".//transacNote").get("target") == "pe324as3-9615"
    assert _concepts(load_termbase(out).concepts) == _concepts(load_termbase(source).concepts)


def test_the_sample_termbase_keeps_its_term_types_genders_and_notes(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    out = _convert(tmp_path, cli_factory, SAMPLE)
    _valid(out)
    assert _fields(out) == _fields(SAMPLE)
    assert _concepts(load_termbase(out).concepts) == _concepts(load_termbase(SAMPLE).concepts)


def test_a_tbx_2008_ntig_and_a_term_of_no_status(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """Okapi's SDLX export (klew00/okapi, lib-terminology test resources, Apache-2.0): ntig
    terms, each with who made and changed it when; no status anywhere, none written."""
    source = tmp_path / "sdl.tbx"
    source.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><martif type="TBX" xml:lang="en"><martifHeader>'
        "<fileDesc><sourceDesc><p>from an SDLX Termbase</p></sourceDesc></fileDesc>"
        '</martifHeader><text><body><termEntry id="c1"><langSet xml:lang="de">'
        '<ntig id="c1-de-t1"><termGrp><term>Zickzackfalz</term></termGrp><transacGrp>'
        '<transac type="transactionType">origination</transac><transacNote '
        'type="responsibility">CDigel</transacNote><date>20010507T10:57:25Z</date></transacGrp>'
        '</ntig><ntig id="c1-de-t2"><termGrp><term>Harmonikafalz</term><termNote '
        'type="termType">synonym</termNote></termGrp></ntig></langSet><langSet xml:lang="en">'
        "<ntig><termGrp><term>accordion fold</term></termGrp></ntig></langSet></termEntry>"
        "</body></text></martif>", encoding="utf-8")
    out = _convert(tmp_path, cli_factory, source)
    root = _valid(out)
    assert _fields(out) == _fields(source)
    assert not [e for e in root.iter("termNote") if e.get("type") == "administrativeStatus"]
    assert _concepts(load_termbase(out).concepts) == _concepts(load_termbase(source).concepts)


def test_a_glossarys_other_columns_as_the_data_categories_they_name(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    source = tmp_path / "glossary.csv"
    source.write_text(
        "English,Definition [en],French,Part of speech [fr],Status [fr],Remarks,Category\n"
        "Secretary-General,Chief administrative officer,Secrétaire général,noun,superseded,"
        "UNTERM,Job title\n"
        "UNOCT,,BLT,,,,\n", encoding="utf-8")
    out = _convert(tmp_path, cli_factory, source)
    root = _valid(out)
    first, second = root.findall("text/body/termEntry")
    assert first.find("descrip[@type='subjectField']").text == "Job title"
    assert first.find("note").text == "Remarks: UNTERM"
    assert first.find("langSet[@{http://www.w3.org/XML/1998/namespace}lang='en']/descrip"
                      "[@type='definition']").text == "Chief administrative officer"
    fr = first.find("langSet[@{http://www.w3.org/XML/1998/namespace}lang='fr']/tig")
    assert [(e.get("type"), e.text) for e in fr.iter("termNote")] == [
        ("administrativeStatus", "supersededTerm-admn-sts"), ("partOfSpeech", "noun")]
    # a term the glossary gives no status has none (its reading's preferred is the reader's)
    assert not list(second.iter("termNote"))
    assert _concepts(load_termbase(out).concepts) == _concepts(load_termbase(source).concepts)


def test_a_status_is_written_where_the_reading_would_not_give_it_back(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """A glossary's first term is its preferred one, an acronym too; a TBX reading would
    prefer the full form: that language's statuses are written, the others' not."""
    source = tmp_path / "glossary.csv"
    source.write_text("English,English full form,French\n"
                      "UNOCT,United Nations Office of Counter-Terrorism,BLT\n", encoding="utf-8")
    out = _convert(tmp_path, cli_factory, source)
    root = _valid(out)
    en, fr = root.findall("text/body/termEntry/langSet")
    assert [e.text for e in en.iter("termNote")] == ["preferredTerm-admn-sts",
                                                      "admittedTerm-admn-sts"]
    assert not list(fr.iter("termNote"))
    assert _concepts(load_termbase(out).concepts) == _concepts(load_termbase(source).concepts)


def test_a_multiterm_exports_fields(tmp_path: Path,
                                    cli_factory: Callable[[Path], Cli]) -> None:
    source = tmp_path / "export.xml"
    source.write_bytes(
        ("<?xml version='1.0' encoding='UTF-16' ?><mtf><conceptGrp><concept>7</concept>"
         '<transacGrp><transac type="origination">UN\\terminologist</transac>'
         "<date>2026-11-30T11:21:32</date></transacGrp>"
         '<descripGrp><descrip type="Subject">Personal name</descrip></descripGrp>'
         '<descripGrp><descrip type="Definition">The head of the Secretariat</descrip>'
         '</descripGrp><languageGrp><language lang="EN" type="English"/>'
         '<termGrp><term>António Guterres</term><descripGrp><descrip type="Status">Approved'
         '</descrip></descripGrp><descripGrp><descrip type="Note">from the release</descrip>'
         "</descripGrp></termGrp></languageGrp></conceptGrp></mtf>").encode("utf-16"))
    out = _convert(tmp_path, cli_factory, source)
    root = _valid(out)
    entry = root.find("text/body/termEntry")
    assert [(e.tag, e.get("type"), e.text) for e in entry.iter("transac", "transacNote",
                                                                "date")] == [
        ("transac", "transactionType", "origination"),
        ("transacNote", "responsibility", "UN\\terminologist"),
        ("date", None, "2026-11-30T11:21:32")]
    assert entry.find("descrip[@type='definition']").text == "The head of the Secretariat"
    tig = entry.find("langSet/tig")
    assert tig.find("termNote").text == "preferredTerm-admn-sts"
    assert tig.find("note").text == "Note: from the release"
    assert _concepts(load_termbase(out).concepts) == _concepts(load_termbase(source).concepts)


def test_check_loads_no_fields() -> None:
    assert all(c.fields is None for c in load_termbase(SAMPLE).concepts)
    assert all(c.fields is not None for c in load_termbase(SAMPLE, fields=True).concepts)
