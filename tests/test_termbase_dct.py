"""TBX in the DCT style of ISO 30042:2019: each data category an element of its module's
namespace (``<basic:administrativeStatus>``, ``<min:subjectField>``) where the DCA style
writes ``<termNote type="administrativeStatus">`` and ``<descrip type="subjectField">`` (what
the TBX Steering Committee's TBX-Basic and TBX-Linguist modules and their converters write).
Read before only for its terms: every concept's category "other", a deprecated term
admitted."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from transpub.termbase import Concept, load_termbase

REPO = Path(__file__).resolve().parent.parent
TBX = REPO / "locales" / "termbase.tbx"
CORE = "urn:iso:std:iso:30042:ed-2"
MIN = "http://www.tbxinfo.net/ns/min"
BASIC = "http://www.tbxinfo.net/ns/basic"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _dct(martif: Path) -> bytes:
    """The sample's TBX (2008, DCA) written as TBX 2019 in the DCT style."""
    old = etree.parse(str(martif)).getroot()
    root = etree.Element(f"{{{CORE}}}tbx", nsmap={None: CORE, "min": MIN, "basic": BASIC},
                         type="TBX-Basic", style="dct")
    root.set(XML_LANG, "en")
    header = etree.SubElement(root, f"{{{CORE}}}tbxHeader")
    etree.SubElement(etree.SubElement(etree.SubElement(header, f"{{{CORE}}}fileDesc"),
                                      f"{{{CORE}}}sourceDesc"), f"{{{CORE}}}p").text = "DCT"
    body = etree.SubElement(etree.SubElement(root, f"{{{CORE}}}text"), f"{{{CORE}}}body")
    for entry in old.iter("termEntry"):
        concept = etree.SubElement(body, f"{{{CORE}}}conceptEntry", id=entry.get("id", ""))
        for child in entry:
            if child.tag == "descrip":
                etree.SubElement(concept, f"{{{MIN}}}{child.get('type')}").text = child.text
            elif child.tag == "langSet":
                sec = etree.SubElement(concept, f"{{{CORE}}}langSec")
                sec.set(XML_LANG, child.get(XML_LANG, ""))
                for tig in child.iter("tig"):
                    term_sec = etree.SubElement(sec, f"{{{CORE}}}termSec")
                    for item in tig:
                        if item.tag == "term":
                            etree.SubElement(term_sec, f"{{{CORE}}}term").text = item.text
                        else:
                            etree.SubElement(term_sec, f"{{{BASIC}}}{item.get('type')}") \
                                .text = item.text
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _read(concepts: tuple[Concept, ...]) -> list[tuple[str, str, dict[str, list[object]]]]:
    return [(c.id, c.category, {k: [(t.text, t.status) for t in v]
                                for k, v in sorted(c.terms.items())}) for c in concepts]


def test_the_sample_termbase_in_the_dct_style_reads_as_in_the_dca_style(
        tmp_path: Path) -> None:
    path = tmp_path / "termbase.tbx"
    path.write_bytes(_dct(TBX))
    assert b"<basic:administrativeStatus>" in path.read_bytes()
    loaded = load_termbase(path)
    assert not loaded.warnings
    assert _read(loaded.concepts) == _read(load_termbase(TBX).concepts)
    assert {c.category for c in loaded.concepts} >= {"person", "title", "organisation"}


def test_a_deprecated_term_and_one_not_to_translate_in_the_dct_style(tmp_path: Path) -> None:
    path = tmp_path / "t.tbx"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="{CORE}" xmlns:min="{MIN}"
     xmlns:basic="{BASIC}">
<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
<text><body>
<conceptEntry id="sg"><min:subjectField>title</min:subjectField>
 <langSec xml:lang="en"><termSec><term>Secretary-General</term></termSec></langSec>
 <langSec xml:lang="fr"><termSec><term>Secrétaire général</term>
   <basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec>
  <termSec><term>secrétaire-générale</term>
   <basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec>
 </langSec></conceptEntry>
<conceptEntry id="covax"><basic:doNotTranslate>yes</basic:doNotTranslate>
 <langSec xml:lang="en"><termSec><term>COVAX</term></termSec></langSec></conceptEntry>
</body></text></tbx>
""", encoding="utf-8")
    sg, covax = load_termbase(path).concepts
    assert sg.category == "title"
    assert [(t.text, t.status) for t in sg.terms["fr"]] == [
        ("Secrétaire général", "preferred"), ("secrétaire-générale", "deprecated")]
    assert [t.text for t in covax.terms["*"]] == ["COVAX"]
