"""Import from Word documents (.docx).

Two kinds of input: documents that Microsoft Word wrote (python-docx's test files, kept outside
git: tests/data/real/SOURCES.md), and a press release written here as Word lays one out (a
Title-styled headline under a label, a bold dateline, a hyperlink field, tracked changes, a
numbered and a bulleted list, a footnote, a table, a letterhead in the page header), which
Word's own files do not hold together.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from transpub.source import read_release

import realdata
from conftest import Cli

REAL = "tests/data/real/docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _imported(cli: Cli, source: Path, slug: str = "d", expect: int = 0) -> str:
    cli("import", str(source), "--slug", slug, "--force", expect=expect)
    if expect:
        return ""
    target = cli.cwd / "source" / f"{slug}.xml"
    read_release(target)  # valid against the schema
    return target.read_text(encoding="utf-8")


def _blocks(xml: str) -> list[tuple[str, str]]:
    return re.findall(r'<(title|label|h2|p) id="\w+"[^>]*>(.*?)</\1>', xml)


# --- Word's own files ---------------------------------------------------------------------

def test_word_paragraphs_tables_and_styles(cli: Cli) -> None:
    xml = _imported(cli, realdata.path(f"{REAL}/python-docx.blk-paras-and-tables.docx"))
    assert _blocks(xml) == [
        ("title", "Lorem ipsum dolor sit amet, consectetur adipiscing elit."),
        ("p", "Text before"), ("p", "Table"), ("p", "Between"), ("p", "Text after"),
        ("p", "Donec semper facilisis metus finibus malesuada.")]
    # a Heading 1 paragraph is the headline wherever it stands
    xml = _imported(cli, realdata.path(f"{REAL}/python-docx.par-known-styles.docx"))
    assert _blocks(xml)[0] == ("title", "Heading 1")
    assert ("p", "no specified style") in _blocks(xml)


def test_word_footnotes(cli: Cli) -> None:
    """Footnote marks are elements not to translate, the notes follow the text, numbered."""
    xml = _imported(cli, realdata.path(f"{REAL}/python-docx.footnotes.docx"))
    no = '<span its:translate="no">'
    assert _blocks(xml) == [
        ("title", f"This paragraph contains one footnote here{no}1</span>."),
        ("p", "This paragraph has no footnote."),
        ("p", f"And this paragraph contains two footnotes, here{no}2</span> and here{no}3"
              "</span>."),
        ("p", "1 This is footnote text for the first footnote."),
        ("p", "2 This is footnote text for the second footnote."),
        ("p", "3 This is footnote text for the third footnote.")]


def test_word_hyperlinks(cli: Cli) -> None:
    xml = _imported(cli, realdata.path(f"{REAL}/python-docx.par-hyperlinks.docx"))
    assert ("p", 'Three hyperlinks: <a href="http://google.com/">the first one</a> here, the '
                 '<a href="http://python.org/">second one</a>, and the <a '
                 'href="http://yahoo.com/">third</a>.') in _blocks(xml)
    xml = _imported(cli, realdata.path(f"{REAL}/python-docx.par-hlink-frags.docx"))
    blocks = _blocks(xml)
    assert ("p", "Two with link to bookmark.") in blocks  # a place in the document: no link
    assert ("p", 'Five with link to <a href="http://foo.com/#intro">http://foo.com#introduction'
                 "</a>.") in blocks  # the relationship's target and the link's anchor
    assert ("p", 'Eight with <a href="court-exif.jpg">link to file</a>.') in blocks


def test_word_headers_and_page_breaks(cli: Cli) -> None:
    """Page headers and footers are parts of their own, never read: no page furniture; a page
    break inside a run or a link leaves the text whole."""
    xml = _imported(cli, realdata.path(f"{REAL}/python-docx.hdr-header-footer.docx"))
    assert "Header for section" not in xml and "Footer for section" not in xml
    assert _blocks(xml) == [("title", "section with header"),
                            ("p", "section without header of its own.")]
    xml = _imported(cli, realdata.path(f"{REAL}/python-docx.par-rendered-page-breaks.docx"))
    assert ("p", '<a href="http://google.com/">Page break in&gt;&gt;&lt;&lt;this hyperlink</a> '
                 "and another one here&gt;&gt;&lt;&lt;with text following") in _blocks(xml)


@pytest.mark.parametrize(("name", "message"), [
    ("num-having-numbering-part", "the release has no text under its headline"),
    ("tbl-2x2-table", "the document has no text"),
])
def test_word_documents_without_a_release(cli: Cli, name: str, message: str) -> None:
    _imported(cli, realdata.path(f"{REAL}/python-docx.{name}.docx"), expect=2)
    assert cli.err.count("\n") == 1 and message in cli.err and "Traceback" not in cli.err


# --- a press release as Word writes one ----------------------------------------------------

def _run(text: str, props: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">' \
           f"{text}</w:t></w:r>"


def _para(content: str, style: str = "", numbering: str = "") -> str:
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + numbering
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{content}</w:p>"


def _list(num: int, level: int = 0) -> str:
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'


BODY = "".join([
    _para(_run("PRESS RELEASE", "<w:b/>")),
    _para(_run("UNOCT and Kenya Launch ") + _run("Programme", "<w:i/>"), "Title"),
    _para(_run("Nairobi, 3 March 2022", "<w:b/>") + _run(" – The ")
          + '<w:hyperlink r:id="rId9"><w:r><w:t>Office</w:t></w:r></w:hyperlink>'
          + _run(" and the African Union")
          + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:footnoteReference w:id="2"/></w:r>'
          + _run(" met ") + '<w:del w:id="5"><w:r><w:delText>yesterday</w:delText></w:r></w:del>'
          + '<w:ins w:id="6"><w:r><w:t>today</w:t></w:r></w:ins>' + _run(".")),
    _para(_run("Background"), "Heading2"),
    _para(_run("The plan has two parts:")),
    _para(_run("a review;"), numbering=_list(1)),
    _para(_run("a report."), numbering=_list(1)),
    _para(_run("It covers two areas:")),
    _para(_run("border security"), numbering=_list(2)),
    _para(_run("victims' rights"), numbering=_list(2)),
    _para('<w:r><w:t xml:space="preserve">See </w:t></w:r>'
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
          '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.un.org/ct" </w:instrText>'
          '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
          '<w:r><w:t>the website</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
          + _run(" for more.")),
    '<w:tbl><w:tr><w:tc>' + _para(_run("Region")) + '</w:tc><w:tc>' + _para(_run("Africa"))
    + "</w:tc></w:tr></w:tbl>",
    _para(_run("For more information, please contact: gerardl@un.org")),
])
STYLES = (f'<w:styles xmlns:w="{W}">'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
          "</w:style></w:styles>")
NUMBERING = (f'<w:numbering xmlns:w="{W}">'
             '<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
             '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
             '<w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
             '<w:lvlText w:val="•"/></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num></w:numbering>')
FOOTNOTES = (f'<w:footnotes xmlns:w="{W}">'
             '<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p>'
             '</w:footnote><w:footnote w:id="2"><w:p><w:r><w:t>The AU has 55 members.</w:t>'
             "</w:r></w:p></w:footnote></w:footnotes>")
HEADER = (f'<w:hdr xmlns:w="{W}"><w:p><w:r><w:t>UNITED NATIONS OFFICE OF COUNTER-TERRORISM</w:t>'
          "</w:r></w:p></w:hdr>")


def _docx(body: str = BODY, document: str | None = None) -> bytes:
    rels = "".join(f'<Relationship Id="{i}" Type="{TYPES}/{t}" Target="{target}"{mode}/>'
                   for i, t, target, mode in [
                       ("rId1", "styles", "styles.xml", ""),
                       ("rId2", "numbering", "numbering.xml", ""),
                       ("rId3", "footnotes", "footnotes.xml", ""),
                       ("rId4", "header", "header1.xml", ""),
                       ("rId9", "hyperlink", "https://www.un.org/counterterrorism/",
                        ' TargetMode="External"')])
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                               'content-types"/>',
        "_rels/.rels": f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                       f'Type="{TYPES}/officeDocument" Target="word/document.xml"/>'
                       "</Relationships>",
        "word/_rels/document.xml.rels": f'<Relationships xmlns="{PKG}">{rels}</Relationships>',
        "word/document.xml": document or (f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>'
                                          f"{body}</w:body></w:document>"),
        "word/styles.xml": STYLES, "word/numbering.xml": NUMBERING,
        "word/footnotes.xml": FOOTNOTES, "word/header1.xml": HEADER,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in parts.items():
            package.writestr(name, text)
    return out.getvalue()


def _strict(data: bytes) -> bytes:
    """The package in strict Office Open XML's namespaces (ISO/IEC 29500 strict)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name in source.namelist():
            text = source.read(name).decode()
            for old, new in ((W, "http://purl.oclc.org/ooxml/wordprocessingml/main"),
                             (R, "http://purl.oclc.org/ooxml/officeDocument/relationships")):
                text = text.replace(old, new)
            package.writestr(name, text)
    return out.getvalue()


@pytest.mark.parametrize("flavour", ["transitional", "strict"])
def test_press_release_from_word(cli: Cli, flavour: str) -> None:
    """Label, headline by its style, the bold dateline read and cut, links by relationship
    and by field, tracked changes as accepted, list numbers as Word shows them (bullets
    dropped), a footnote, a table's cells; the page header's letterhead never read. Then it
    is extracted and built like any release."""
    path = cli.cwd / "release.docx"
    path.write_bytes(_docx() if flavour == "transitional" else _strict(_docx()))
    cli("import", str(path))
    assert "wrote source/unoct-and-kenya-launch-programme.xml" in cli.out
    xml = (cli.cwd / "source" / "unoct-and-kenya-launch-programme.xml").read_text("utf-8")
    assert '<place id="place">Nairobi</place>' in xml
    assert '<date when="2022-03-03">3 March 2022</date>' in xml
    assert "UNITED NATIONS" not in xml and "yesterday" not in xml
    assert _blocks(xml) == [
        ("label", "PRESS RELEASE"),
        ("title", "UNOCT and Kenya Launch <em>Programme</em>"),
        ("p", 'The <a href="https://www.un.org/counterterrorism/">Office</a> and the African '
              'Union<span its:translate="no">1</span> met today.'),
        ("h2", "Background"),
        ("p", "The plan has two parts:"), ("p", "1. a review;"), ("p", "2. a report."),
        ("p", "It covers two areas:"), ("p", "border security"), ("p", "victims' rights"),
        ("p", 'See <a href="https://www.un.org/ct">the website</a> for more.'),
        ("p", "Region"), ("p", "Africa"),
        ("p", "1 The AU has 55 members.")]
    # the closing contact paragraph is the contact block, as from text (the footnote after it
    # is no contact line)
    assert ('<line id="contact1" its:locNote="Contact details. The e-mail address &lt;x1/&gt; '
            'is not translated.">For more information, please contact: <email '
            'its:translate="no">gerardl@un.org</email></line>') in xml
    cli("extract")
    cli("build")
    page = (cli.cwd / "output" / "fr" / "unoct-and-kenya-launch-programme.html").read_text(
        "utf-8")
    assert 'Union<span translate="no">1</span>' in page


@pytest.mark.parametrize(("data", "message"), [
    (b"PK\x03\x04 not really a zip", "not a Word document (.docx)"),
    (b"Plain text named .docx", "not a Word document (.docx)"),
    (None, "word/document.xml: malformed XML"),
    (b"", "not a Word document (.docx)"),
])
def test_broken_word_documents(cli: Cli, data: bytes | None, message: str) -> None:
    path = cli.cwd / "broken.docx"
    path.write_bytes(data if data is not None else
                     _docx(document=f'<w:document xmlns:w="{W}"><w:body><w:p>'))
    before = sorted((cli.cwd / "source").iterdir())
    cli("import", str(path), expect=2)
    assert cli.err.count("\n") == 1 and message in cli.err and "broken.docx" in cli.err
    assert sorted((cli.cwd / "source").iterdir()) == before


def test_word_document_with_an_entity_or_a_bomb(cli: Cli) -> None:
    """Untrusted XML: an internal DTD is refused without expanding anything; a part that
    would unpack to more than the limit is refused without unpacking it."""
    path = cli.cwd / "dtd.docx"
    path.write_bytes(_docx(document='<!DOCTYPE w [<!ENTITY x "boom">]>'
                                    f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&x;'
                                    "</w:t></w:r></w:p></w:body></w:document>"))
    cli("import", str(path), expect=2)
    assert "word/document.xml" in cli.err and "DOCTYPE" in cli.err
    big = io.BytesIO()
    with zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", b" " * (65 * 1024 * 1024))
    path = cli.cwd / "bomb.docx"
    path.write_bytes(big.getvalue())
    assert path.stat().st_size < 1024 * 1024
    cli("import", str(path), expect=2)
    assert "unpacks to 68,157,440 bytes" in cli.err and "refused" in cli.err


def _lying(name: str, size: int) -> bytes:
    """A ZIP whose one member inflates to ``size`` bytes while its directory (and its local
    header) say 1 KB."""
    honest = io.BytesIO()
    with zipfile.ZipFile(honest, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(name, b" " * size)
    data = bytearray(honest.getvalue())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature) + offset
        data[at:at + 4] = (1024).to_bytes(4, "little")
    return bytes(data)


def test_a_part_whose_zip_directory_lies_about_its_size(cli: Cli) -> None:
    """The size a ZIP's directory declares is the file's word: a .docx whose document part
    said 1 KB and inflated to 1.5 GB had been inflated whole by ``ZipFile.read`` (2.1 GB of
    memory) before its CRC failed (a hostile-content pass, h3 repro 09; the .odt, .xlsx
    termbase, review and CAT package readers share the one reader). The bytes are counted as
    they inflate: one line, in bounded memory."""
    import tracemalloc

    from transpub.errors import SourceError
    from transpub.importer_docx import Package

    data = _lying("word/document.xml", 80 * 1024 * 1024)
    assert len(data) < 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(SourceError) as caught:
            Package(data, Path("liar.docx")).read("word/document.xml")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024, peak
    assert "word/document.xml" in caught.value.message
    path = cli.cwd / "liar.docx"
    path.write_bytes(data)
    cli("import", str(path), expect=2)
    assert cli.err.count("\n") == 1 and "liar.docx" in cli.err and "word/document.xml" in cli.err


def test_word_notes_boxes_and_strict_files(cli: Cli) -> None:
    """Endnotes are read like footnotes; a link inside a note is one of the notes part's
    relationships (not the document's); a text box's paragraphs are read after the paragraph
    it is anchored in; a document Word saved in strict Office Open XML reads as any other."""
    from transpub.importer_docx import docx_to_html

    def html(name: str) -> str:
        path = realdata.path(f"{REAL}/mammoth.{name}.docx")
        return docx_to_html(path.read_bytes(), path)

    xml = _imported(cli, realdata.path(f"{REAL}/mammoth.endnotes.docx"))
    no = '<span its:translate="no">'
    assert _blocks(xml) == [("title", f"Ouch{no}1</span>.{no}2</span>"),
                            ("p", "1 A tachyon walks into a bar."), ("p", "2 Fin.")]
    xml = _imported(cli, realdata.path(f"{REAL}/mammoth.footnote-hyperlink.docx"))
    assert ("p", '1 <a href="http://www.example.com">Example</a>') in _blocks(xml)
    assert "<h1>Datum plane</h1>" in html("text-box")
    assert "<h1>Test</h1>" in html("strict-format")
    _imported(cli, realdata.path(f"{REAL}/mammoth.empty.docx"), expect=2)
    assert "the document has no text" in cli.err


def test_word_text_boxes_once_each(cli: Cli) -> None:
    """A text box is written twice (DrawingML, and VML for old readers): read once; a box in
    a box is read once too, after the paragraph that holds it."""
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    def box(content: str) -> str:
        return f"<w:txbxContent>{content}</w:txbxContent>"

    inner = _para(_run("Inner box."))
    outer = _para(_run("Outer box.") + f"<w:r><w:drawing>{box(inner)}</w:drawing></w:r>")
    anchored = (f'<w:r><mc:AlternateContent xmlns:mc="{mc}"><mc:Choice Requires="wps">'
                f"<w:drawing>{box(outer)}</w:drawing></mc:Choice><mc:Fallback><w:pict>"
                f"{box(outer)}</w:pict></mc:Fallback></mc:AlternateContent></w:r>")
    body = (_para(_run("UNOCT Holds Meeting"), "Title")
            + _para(_run("New York, 9 December 2020 – The Office met.") + anchored)
            + _para(_run("More.")))
    path = cli.cwd / "boxes.docx"
    path.write_bytes(_docx(body))
    xml = _imported(cli, path)
    assert [t for kind, t in _blocks(xml) if kind == "p"] == [
        "The Office met.", "Outer box.", "Inner box.", "More."]


def test_word_release_without_styles_under_a_letterhead_table(cli: Cli) -> None:
    """No Title style: the headline is the paragraph set in bold (or the largest) among the
    body's first, not a letterhead table's cells; the issuer's name above the label is the
    issuing office, the date in the letterhead the release date when no dateline gives one."""
    cells = "".join(f"<w:tc>{_para(_run(t))}</w:tc>"
                    for t in ("United Nations", "PRESS RELEASE", "9 December 2020"))
    body = (f"<w:tbl><w:tr>{cells}</w:tr></w:tbl>"
            + _para(_run("Kenya joins the counter-terrorism programme", "<w:b/>"))
            + _para(_run("The Office met the delegation of Kenya today."))
            + _para(_run("More.")))
    path = cli.cwd / "plain.docx"
    path.write_bytes(_docx(body))
    xml = _imported(cli, path)
    assert _blocks(xml) == [
        ("label", "PRESS RELEASE"), ("title", "Kenya joins the counter-terrorism programme"),
        ("p", "The Office met the delegation of Kenya today."), ("p", "More.")]
    assert re.search(r'<office id="office"[^>]*>United Nations</office>', xml)
    assert '<date when="2020-12-09">9 December 2020</date>' in xml
    # the same head as a web page lays it out: the dateline found under it
    page = ("<html><body><main><p>United Nations</p><p>Office of Counter-Terrorism</p>"
            "<p>PRESS RELEASE</p><h1>UNOCT Holds Meeting</h1><p>New York, 9 December 2020 – "
            "The Office met.</p></main></body></html>")
    (cli.cwd / "lh.html").write_text(page, encoding="utf-8")
    xml = _imported(cli, cli.cwd / "lh.html", "lh")
    assert re.search(r'<office id="office"[^>]*>United Nations Office of Counter-Terrorism'
                     "</office>", xml)
    assert '<place id="place">New York</place>' in xml
    assert _blocks(xml) == [("label", "PRESS RELEASE"), ("title", "UNOCT Holds Meeting"),
                            ("p", "The Office met.")]


def test_word_files_as_pandoc_reads_them(cli: Cli) -> None:
    """pandoc's .docx reader's test files, read as its expected output (.native, changes
    accepted) reads them: list numbers per level (LibreOffice's numbering), a note of each
    kind, a HYPERLINK field whose \\l switch names the anchor, tracked changes accepted, and
    the first heading as the headline when there is no Title or Heading 1."""
    def blocks(name: str) -> list[tuple[str, str]]:
        return _blocks(_imported(cli, realdata.path(f"{REAL}/pandoc.{name}.docx"), name.lower()
                                 .replace("_", "-"), expect=0))

    assert blocks("lists") == [
        ("title", "Some nested lists"), ("p", "1. one"), ("p", "2. two"), ("p", "a. a"),
        ("p", "b. b"), ("p", "one"), ("p", "two"), ("p", "three"), ("p", "four"),
        ("p", "Sub paragraph"), ("p", "Same list"),
        ("p", "Different list adjacent to the one above.")]
    no = '<span its:translate="no">'
    assert blocks("notes") == [
        ("title", "A footnote"),
        ("p", f"Test footnote.{no}1</span> Test endnote.{no}2</span>"),
        ("p", "1 My note."), ("p", "2 This is an endnote at the end of the document.")]
    assert blocks("block_quotes")[0] == ("title", "Some block quotes, in different ways")
    cli("import", str(realdata.path(f"{REAL}/pandoc.instrText_hyperlink.docx")), "--slug",
        "field", "--force", expect=2)  # one paragraph: a headline alone
    from transpub.importer_docx import docx_to_html

    path = realdata.path(f"{REAL}/pandoc.instrText_hyperlink.docx")
    page = docx_to_html(path.read_bytes(), path)
    assert ('<a href="https://books.google.com/books?id=sp_Zcb9ot90C&amp;lpg=PR4&amp;hl=zh-CN&amp;'
            'pg=PA19#v=onepage&amp;q&amp;f=true">Foundations of Analysis, 2nd Edition</a>') in page
    for name, text in (("track_changes_deletion", "This is a text with a deletion."),
                       ("track_changes_insertion",
                        "This is a text with two exciting insertions.")):
        path = realdata.path(f"{REAL}/pandoc.{name}.docx")
        assert f"<h1>{text}</h1>" in docx_to_html(path.read_bytes(), path)


def test_word_hidden_text_is_not_read(cli: Cli) -> None:
    """Hidden text (w:vanish) is not published: not read. A field whose code sits in a hidden
    run still links its shown text."""
    body = (_para(_run("UNOCT Holds Meeting"), "Title")
            + _para(_run("New York, 9 December 2020 – The Office met")
                    + _run(" (draft: check the date)", "<w:vanish/>") + _run(". See ")
                    + '<w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
                    '<w:r><w:rPr><w:vanish/></w:rPr><w:instrText> HYPERLINK "https://un.org" '
                    '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                    '<w:r><w:t>the site</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
                    + _run(".")))
    path = cli.cwd / "hidden.docx"
    path.write_bytes(_docx(body))
    xml = _imported(cli, path)
    assert [t for kind, t in _blocks(xml) if kind == "p"] == [
        'The Office met. See <a href="https://un.org">the site</a>.']


def test_word_numbering_with_hostile_values(cli: Cli) -> None:
    """A level or a start value no list has ("x", 99999999, 10**20) is read as the nearest
    one can be, at once: no crash, no loop counting to it."""
    numbering = NUMBERING.replace('<w:start w:val="1"/>', f'<w:start w:val="{10 ** 20}"/>')
    numbering = numbering.replace('<w:lvl w:ilvl="0">', '<w:lvl w:ilvl="x">', 1)
    body = (_para(_run("UNOCT Holds Meeting"), "Title")
            + _para(_run("first"), numbering=_list(1, 99999999))
            + _para(_run("second"), numbering=_list(1)))
    path = cli.cwd / "numbers.docx"
    data = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_docx(body))) as source, \
            zipfile.ZipFile(data, "w") as package:
        for name in source.namelist():
            package.writestr(name, numbering if name == "word/numbering.xml"
                             else source.read(name))
    path.write_bytes(data.getvalue())
    xml = _imported(cli, path)
    # (the level the list does not define has no number; the first level counts from its
    # start)
    assert [t for kind, t in _blocks(xml) if kind == "p"] == ["first", f"{10 ** 20}. second"]
