"""Word documents other people wrote (h3's trial on 24 real .docx files, README "Import"):
the runs Word splits text into at every change of formatting, revision or proofing mark, the
sizes and hidden text styles set, line breaks in bold, and files named .docx that are none.
Each document is small, written here in the shape the real one had, and imported with the
real CLI."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from test_import_docx import PKG, TYPES, W, _blocks, _para, _run

from conftest import Cli


def _docx(body: str, styles: str = "") -> bytes:
    """A package of ``body`` (the document's paragraphs) and ``styles`` (styles.xml's
    content, docDefaults and styles)."""
    rels = f'<Relationship Id="rId1" Type="{TYPES}/styles" Target="styles.xml"/>'
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                               'content-types"/>',
        "_rels/.rels": f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                       f'Type="{TYPES}/officeDocument" Target="word/document.xml"/>'
                       "</Relationships>",
        "word/_rels/document.xml.rels": f'<Relationships xmlns="{PKG}">{rels}</Relationships>',
        "word/document.xml": f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>',
        "word/styles.xml": f'<w:styles xmlns:w="{W}">{styles}</w:styles>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in parts.items():
            package.writestr(name, text)
    return out.getvalue()


def _import(cli: Cli, data: bytes, name: str = "release.docx", expect: int = 0) -> str:
    path = cli.cwd / name
    path.write_bytes(data)
    cli("import", str(path), "--slug", "d", "--force", expect=expect)
    return "" if expect else (cli.cwd / "source" / "d.xml").read_text("utf-8")


def _plain(xml: str) -> list[tuple[str, str]]:
    return [(kind, re.sub(r"<[^>]+>", "", text)) for kind, text in _blocks(xml)]


DATELINE = _para(_run("GENEVA, 3 May 2024 – The programme opens today for all farmers."))


# --- 1. a run holding no letter keeps its text -------------------------------------------------

def test_runs_of_punctuation_alone_keep_their_text(cli: Cli) -> None:
    """Word puts a quotation mark, a bracket, "?", ",", ":" or a form's underscores in a run
    of its own when its formatting differs: they were dropped with their emphasis (h3:
    easystorage's headline lost its opening quote, rte_brainstorm the comma between two
    links, charity-statement a form's "_____")."""
    i, b = "<w:i/>", "<w:b/>"
    body = (_para(_run("“", i) + _run("Easy", b) + _run("” launches a programme", i))
            + DATELINE
            + _para(_run("The app books ") + _run("(", b) + _run("cold") + _run(")", b)
                    + _run(" storage and asks: what is it") + _run("?", b))
            + _para(_run("Signature") + _run("_____________", b) + _run(" Date") + _run(":", b)))
    xml = _import(cli, _docx(body))
    assert _plain(xml) == [
        ("title", "“Easy” launches a programme"),
        ("p", "The programme opens today for all farmers."),
        ("p", "The app books (cold) storage and asks: what is it?"),
        ("p", "Signature_____________ Date:")]


# --- 2. a line break is a space at least -----------------------------------------------------

def test_line_break_between_bold_runs_is_a_space(cli: Cli) -> None:
    """A headline on two lines (Shift+Enter) between two bold runs: "Главному врачу" ⏎
    "больницы" had been glued, "врачубольницы", in the text and in the file's name; a body
    paragraph's two bold lines too."""
    b = "<w:b/>"
    brk = "<w:r><w:rPr><w:b/></w:rPr><w:br/></w:r>"
    body = (_para(_run("Agency statement", b) + brk + _run("on the harvest in the region", b))
            + DATELINE
            + _para(_run("STATEMENT", b) + brk + _run("on the harvest and its causes", b))
            + _para(_run("The report covers forty countries.")))
    path = cli.cwd / "statement.docx"
    path.write_bytes(_docx(body))
    cli("import", str(path))
    assert "wrote source/agency-statement-on-the-harvest-in-the-region.xml" in cli.out
    xml = (cli.cwd / "source" / "agency-statement-on-the-harvest-in-the-region.xml").read_text(
        "utf-8")
    text = " ".join(t for _k, t in _plain(xml))
    assert text.startswith("Agency statement on the harvest in the region ")
    assert "STATEMENT on the harvest and its causes" in text
    assert "statementon" not in text.lower()


def test_line_break_between_chinese_characters_is_no_space(cli: Cli) -> None:
    """Chinese and Japanese have no space between words: a headline on two lines,
    «秘书长呼吁» ⏎ «立即停火», had become «秘书长呼吁 立即停火» in the text and the file's name
    (h5 finding 8); a body paragraph's lines, an HTML page's and a plain text's too. Between
    Latin words a line break is still a space."""
    from transpub.importer import import_text
    from transpub.importer_html import import_html

    b = "<w:b/>"
    brk = "<w:r><w:rPr><w:b/></w:rPr><w:br/></w:r>"
    body = (_para(_run("秘书长呼吁", b) + brk + _run("立即停火", b))
            + _para(_run("日内瓦，2024年5月3日——秘书长星期五呼吁冲突各方") + "<w:r><w:br/></w:r>"
                    + _run("立即停火，并保护平民。")))
    path = cli.cwd / "zh.docx"
    path.write_bytes(_docx(body))
    cli("import", str(path), "--slug", "zh", "--force")
    xml = (cli.cwd / "source" / "zh.xml").read_text("utf-8")
    assert _plain(xml)[0] == ("title", "秘书长呼吁立即停火")
    assert "冲突各方立即停火" in xml
    page = ("<html><body><h1>事務総長は<br>停戦を呼びかけた</h1><p>GENEVA, 3 May 2024 – The "
            "agency<br>said so.</p><p>他说，人道主义准入<br>必须得到保障。</p></body></html>")
    texts = [b.plain_text for b in import_html(page, path, "z", "zh").release.blocks]
    assert texts[0] == "事務総長は停戦を呼びかけた"
    assert any(t.endswith("The agency said so.") for t in texts)
    assert texts[-1] == "他说，人道主义准入必须得到保障。"
    text = "秘书长呼吁立即停火\n\n他说，人道主义准入\n必须得到保障。\n"
    assert [b.plain_text for b in import_text(text, path, "z", "zh").release.blocks][-1] == \
        "他说，人道主义准入必须得到保障。"


# --- 3. the headline by its look ---------------------------------------------------------------

DEFAULTS = ('<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/>'
            "</w:rPr></w:rPrDefault></w:docDefaults>"
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
            '<w:name w:val="Normal"/></w:style>'
            '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
            '<w:basedOn w:val="Normal"/></w:style>'
            '<w:style w:type="paragraph" w:styleId="Big"><w:name w:val="Release headline"/>'
            '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="36"/><w:szCs w:val="40"/></w:rPr>'
            "</w:style>")
LEAD = _para(_run("The programme opens today for all member farmers in the region."))


def test_a_size_unset_is_the_styles_not_zero(cli: Cli) -> None:
    """A run that sets no size is in its style's or the document's default size: one line
    set in 8 pt by hand was "the largest" (any size beat none) and became the headline, the
    real one pushed above it (h3: okapi-textreference, babycare-news-zh); a size set by the
    paragraph's style counts, Arabic text's by its complex-script size."""
    small = _para(_run("Agency office of the region", '<w:sz w:val="16"/>'))
    xml = _import(cli, _docx(_para(_run("Agency launches storage programme")) + small + DATELINE
                             + LEAD, DEFAULTS))
    assert _plain(xml)[0] == ("title", "Agency launches storage programme")
    xml = _import(cli, _docx(_para(_run("Agency office of the region"))
                             + _para(_run("Agency launches storage programme"), "Big")
                             + DATELINE + LEAD, DEFAULTS))
    assert _plain(xml)[0] == ("title", "Agency launches storage programme")
    arabic = _para(_run("الوكالة تطلق برنامجا للتخزين", "<w:rtl/>"), "Big")
    xml = _import(cli, _docx(_para(_run("مكتب الوكالة في المنطقة", "<w:rtl/>")) + arabic
                             + _para(_run("يبدأ البرنامج اليوم لجميع المزارعين في المنطقة.")),
                             DEFAULTS.replace('<w:sz w:val="36"/>', "")))
    assert _plain(xml)[0] == ("title", "الوكالة تطلق برنامجا للتخزين")


def test_a_heading_under_the_text_is_no_headline(cli: Cli) -> None:
    """Without Title or Heading 1, a lower heading was the headline wherever it stood: a
    bold headline's subheading, under the lead, was moved above it (h3: asherde-news-zh).
    The headline is looked for above the text (its dateline, its first sentence), the
    document's order kept; a heading under a letterhead's bold name is still the headline."""
    background = _para(_run("Background"), "Heading2")
    more = _para(_run("The agency runs the programme with its partners."))
    for head in (_para(_run("Agency launches storage programme", "<w:b/>")) + DATELINE,
                 _para(_run("Agency launches storage programme", "<w:b/>")) + LEAD,
                 _para(_run("Agency launches storage programme")) + LEAD):
        xml = _import(cli, _docx(head + background + more, DEFAULTS))
        assert [k for k, _t in _plain(xml)] == ["title", "p", "h2", "p"]
        assert _plain(xml)[0] == ("title", "Agency launches storage programme")
    xml = _import(cli, _docx(_para(_run("UNITED NATIONS", "<w:b/>"))
                             + _para(_run("Agency launches storage programme"), "Heading2")
                             + DATELINE + LEAD, DEFAULTS))
    assert _plain(xml)[0] == ("title", "Agency launches storage programme")


@pytest.mark.parametrize("stop", ["?", "."])
def test_a_headline_ending_on_a_stop_under_a_letterhead(cli: Cli, stop: str) -> None:
    """A bold, large headline that ends on "?" or "." under a plain letterhead line is the
    headline, the letterhead the office: it had been taken for the text's first sentence,
    the letterhead for the headline and the headline demoted to a subheading (h5 finding 6).
    A plain sentence under a bold headline is not the headline."""
    headline = "Will farmers in forty countries get their seeds in time this year" + stop
    body = (_para(_run("World Food Programme Regional Office"))
            + _para(_run(headline, "<w:b/>"), "Big") + DATELINE + LEAD)
    xml = _import(cli, _docx(body, DEFAULTS))
    assert _plain(xml)[:2] == [("title", headline),
                               ("p", "The programme opens today for all farmers.")]
    assert re.search(r"<office[^>]*>World Food Programme Regional Office</office>", xml)
    body = (_para(_run("Agency launches storage programme", "<w:b/>"))
            + _para(_run("The agency's tenth programme covers forty countries this year."))
            + DATELINE + LEAD)
    assert _plain(_import(cli, _docx(body, DEFAULTS)))[0] == (
        "title", "Agency launches storage programme")


# --- 4. runs Word split are one --------------------------------------------------------------

def test_runs_split_where_nothing_shows_are_one(cli: Cli) -> None:
    """Word splits text into runs at every revision, proofing or language mark: "connecti"
    + "vity" in two italic runs had become two elements, <em2>connecti</em2><em3>vity</em3>
    to translate (h3: 6 of 24 .docx). Runs of equal emphasis next to each other are one (a
    space set in their emphasis between them too); a bold word followed by plain text, and
    two note marks, stay apart."""
    i = "<w:i/>"
    hidden_marks = ['<w:rFonts w:hint="eastAsia"/><w:i/>', '<w:i/><w:lang w:val="en-GB"/>',
                    "<w:i/><w:noProof/>"]
    split = "".join(_run(text, hidden_marks[n % 3]).replace("<w:r>", f'<w:r w:rsidR="00{n}">')
                    + ('<w:proofErr w:type="spellStart"/>' if n == 1 else "")
                    for n, text in enumerate(("The app improves device ", "connecti", "vity",
                                              " for ", "Easy", "Storage", " users.")))
    b = "<w:b/>"
    brk = "<w:r><w:rPr><w:b/></w:rPr><w:br/></w:r>"
    body = (_para(_run("Wiggofy", b) + _run(" ", b) + _run("Press", b) + _run(" ", b)
                  + _run("Release", b) + _run(" launches") + _run(" the app", b))
            + DATELINE + _para(split)
            + _para(_run("About the Agency", b) + brk + _run("The Agency works in 190 "
                                                              "countries of the world."))
            + _para(_run("It met twice", i) + '<w:r><w:footnoteReference w:id="1"/></w:r>'
                    '<w:r><w:footnoteReference w:id="2"/></w:r>' + _run(" this year", i)
                    + _run(".", i)))
    xml = _import(cli, _docx(body))
    assert _blocks(xml) == [
        ("title", "<strong>Wiggofy Press Release</strong> launches<strong> the app</strong>"),
        ("p", "The programme opens today for all farmers."),
        ("p", "<em>The app improves device connectivity for EasyStorage users.</em>"),
        ("h2", "About the Agency"), ("p", "The Agency works in 190 countries of the world."),
        ("p", '<em>It met twice</em><span its:translate="no">1</span><span '
              'its:translate="no">2</span><em> this year.</em>')]


def test_runs_with_something_between_stay_apart(cli: Cli) -> None:
    """Only runs with nothing between them are one (h5 finding 2): an advisory's bold lines
    set with Shift+Enter ("What:" ⏎ "When:" ⏎ "Where:") and a bold contact block had become
    one line; two italic titles with a plain space between, one element; a tab and a field's
    bounds keep runs apart too. A headline's bold lines are its look, not bold text."""
    b, i = "<w:b/>", "<w:i/>"
    brk = "<w:r><w:rPr><w:b/></w:rPr><w:br/></w:r>"
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE '
             '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
             + _run("5 May", b) + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    body = (_para(_run("Agency launches", b) + brk + _run("storage programme", b)) + DATELINE
            + _para(_run("What: launch of the programme", b) + brk
                    + _run("When: 5 May 2024, 10:00", b) + brk
                    + _run("Where: Palais des Nations", b))
            + _para(_run("See ") + _run("Foreign Affairs", i) + _run(" ") + _run("Le Monde", i)
                    + _run(" and ") + _run("Time", i) + _run(".", i))
            + _para(_run("Phone:", b) + "<w:r><w:rPr><w:b/></w:rPr><w:tab/></w:r>"
                    + _run("+41 22 917 1234", b))
            + _para(_run("Updated:", b) + field + _run(" at noon.")))
    body += _para(_run("For more information, please contact:", b) + brk + _run("Jane Doe", b)
                  + brk + _run("Spokesperson, +41 22 917 1234", b))
    xml = _import(cli, _docx(body))
    assert _blocks(xml)[0] == ("title", "Agency launches storage programme")  # (its look)
    assert _blocks(xml)[2:] == [
        ("p", "<strong>What: launch of the programme</strong>"),
        ("p", "<strong>When: 5 May 2024, 10:00</strong>"),
        ("p", "<strong>Where: Palais des Nations</strong>"),
        ("p", "See <em>Foreign Affairs</em> <em>Le Monde</em> and <em>Time.</em>"),
        ("p", "<strong>Phone:</strong> <strong>+41 22 917 1234</strong>"),
        ("p", "<strong>Updated:</strong><strong>5 May</strong> at noon.")]
    assert re.findall(r"<line[^>]*>(.*?)</line>", xml) == [
        "<strong>For more information, please contact:</strong>", "<strong>Jane Doe</strong>",
        "<strong>Spokesperson, +41 22 917 1234</strong>"]


def test_libreoffice_spans_apart_stay_apart(cli: Cli) -> None:
    """LibreOffice's bold lines in one paragraph (``text:line-break``) stay lines, and two
    italic titles with a plain space between two elements, as Word's (h5 finding 2); spaces
    (``text:s``) inside a bold span are the span's."""
    from test_import_odt import NS
    from test_import_odt import _odt as odt

    bold = '<text:span text:style-name="B">'
    italic = '<text:span text:style-name="I">'
    content = (f"<office:document-content {NS}><office:automatic-styles>"
               '<style:style style:name="B" style:family="text"><style:text-properties '
               'fo:font-weight="bold"/></style:style>'
               '<style:style style:name="I" style:family="text"><style:text-properties '
               'fo:font-style="italic"/></style:style>'
               "</office:automatic-styles><office:body><office:text>"
               "<text:h text:outline-level='1'>Agency launches storage programme</text:h>"
               "<text:p>GENEVA, 3 May 2024 – The programme opens today for all farmers.</text:p>"
               f"<text:p>{bold}What: launch</text:span><text:line-break/>{bold}When: 5 May"
               f"</text:span><text:line-break/>{bold}Where: Geneva</text:span></text:p>"
               f"<text:p>See {italic}Foreign Affairs</text:span> {italic}Le Monde</text:span>"
               f" and {bold}a<text:s text:c='2'/>b</text:span>{bold}c</text:span>.</text:p>"
               "</office:text></office:body></office:document-content>")
    xml = _import(cli, odt(content), "release.odt")
    assert _blocks(xml)[2:] == [
        ("p", "<strong>What: launch</strong>"), ("p", "<strong>When: 5 May</strong>"),
        ("p", "<strong>Where: Geneva</strong>"),
        ("p", "See <em>Foreign Affairs</em> <em>Le Monde</em> and <strong>a bc</strong>.")]


def test_libreoffice_spans_split_where_nothing_shows_are_one(cli: Cli) -> None:
    """LibreOffice's automatic styles differ by a revision's mark it does not show (T1, T2):
    one run of bold, as Word's."""
    from test_import_odt import NS
    from test_import_odt import _odt as odt

    content = (f"<office:document-content {NS}><office:automatic-styles>"
               + "".join(f'<style:style style:name="T{n}" style:family="text">'
                         '<style:text-properties fo:font-weight="bold" '
                         f'officeooo:rsid="00{n}"/></style:style>' for n in (1, 2))
               + "</office:automatic-styles><office:body><office:text>"
               "<text:h text:outline-level='1'>Agency launches storage programme</text:h>"
               "<text:p>GENEVA, 3 May 2024 – The programme opens today for all farmers.</text:p>"
               '<text:p>It covers <text:span text:style-name="T1">connecti</text:span>'
               '<text:span text:style-name="T2">vity</text:span> and more.</text:p>'
               "</office:text></office:body></office:document-content>")
    content = content.replace("<office:document-content ", '<office:document-content xmlns:'
                              'officeooo="http://openoffice.org/2009/office" ', 1)
    xml = _import(cli, odt(content), "release.odt")
    assert ("p", "It covers <strong>connectivity</strong> and more.") in _blocks(xml)


# --- 5. hidden text a style sets ------------------------------------------------------------

def test_text_a_style_hides_is_not_read(cli: Cli) -> None:
    """Hidden text (w:vanish) set by a character style or a paragraph style, or their bases,
    is not published, as hidden text set on the run is not (h3: okapi-hidden, "written by the
    hand" in a hidden character style and a paragraph in a hidden paragraph style had been
    imported); a run showing itself again (w:val="0") is read."""
    styles = ('<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/>'
              "<w:rPr><w:vanish/></w:rPr></w:style>"
              '<w:style w:type="character" w:styleId="Secreter"><w:name w:val="Secreter"/>'
              '<w:basedOn w:val="Secret"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Draft"><w:name w:val="Draft note"/>'
              "<w:rPr><w:vanish/></w:rPr></w:style>")
    body = (_para(_run("Note: check the figures with the office", ""), "Draft")
            + _para(_run("Agency launches ") + _run("draft ", '<w:rStyle w:val="Secret"/>')
                    + _run("programme"))
            + DATELINE
            + _para(_run("It covers forty") + _run(" (TBC)", '<w:rStyle w:val="Secreter"/>')
                    + _run(" countries", '<w:rStyle w:val="Secret"/><w:vanish w:val="0"/>')
                    + _run("."))
            + _para(_run("Remove before sending."), "Draft"))
    xml = _import(cli, _docx(body, styles))
    assert _plain(xml) == [("title", "Agency launches programme"),
                           ("p", "The programme opens today for all farmers."),
                           ("p", "It covers forty countries.")]


# --- 6. files named .docx that are none ------------------------------------------------------

def _ole(*streams: str, tail: bytes = b"") -> bytes:
    """An OLE compound file's head, its directory naming ``streams`` (UTF-16), then ``tail``."""
    directory = b"".join(name.encode("utf-16-le").ljust(64, b"\0") for name in streams)
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + directory + bytes(256) + tail


def test_files_named_docx_are_refused_for_what_they_are(cli: Cli) -> None:
    """By their content, whatever their name: a password-protected .docx (an OLE file holding
    an EncryptedPackage) had been "not a zip file"; a Word 97 .doc named .docx "has no text"
    (the ZIP reader found an embedded object's package inside it); an RTF document named
    .docx "not a zip file". One line each, naming the file, nothing written."""
    inner = _docx(_para(_run("Embedded object")) + _para(_run("Its text.")))
    cases = [
        ("locked.docx", _ole("EncryptionInfo", "EncryptedPackage"),
         "a Word document (.docx) encrypted with a password"),
        ("old.docx", _ole("WordDocument", "1Table", tail=inner),
         "this is a Word 97-2003 document (.doc), not a Word document (.docx)"),
        ("old.odt", _ole("WordDocument"),
         "this is a Word 97-2003 document (.doc), not an OpenDocument text (.odt)"),
        ("sheet.docx", _ole("Workbook"), "this is an Excel 97-2003 workbook (.xls)"),
        ("other.docx", _ole("Contents"), "a Microsoft Office 97-2003 file"),
        ("letter.docx", b"{\\rtf1\\ansi Hello}", "this is an RTF document, not a Word"),
    ]
    before = sorted((cli.cwd / "source").iterdir())
    for name, data, message in cases:
        _import(cli, data, name, expect=2)
        assert cli.err.count("\n") == 1 and message in cli.err and name in cli.err, cli.err
        assert "Traceback" not in cli.err
    assert sorted((cli.cwd / "source").iterdir()) == before
