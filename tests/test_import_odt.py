"""Import from OpenDocument texts (.odt).

LibreOffice's own files (pandoc's .odt reader's test data, outside git:
tests/data/real/SOURCES.md), read as pandoc's expected output reads them, and a press release
written here in LibreOffice's layout (styles through their parents, a bold dateline, a note, a
list, a table, a text box, a tracked deletion, hidden text, a page header that is never read).
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from transpub.importer_odt import odt_to_html
from transpub.source import read_release

import realdata
from conftest import Cli

REAL = "tests/data/real/odt"
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink"')


def _html(name: str) -> str:
    path = realdata.path(f"{REAL}/pandoc.{name}.odt")
    return odt_to_html(path.read_bytes(), path)


def _blocks_of(page: str) -> list[tuple[str, str]]:
    return re.findall(r"<(h1|h2|p|li)>(.*?)</\1>", page)


def test_libreoffice_files_as_pandoc_reads_them() -> None:
    assert _blocks_of(_html("headers")) == [
        ("h1", "A header (Lv 1)"), ("p", "A paragraph"), ("h2", "Another header (Lv 2)"),
        ("p", "Another paragraph"), ("h2", "Back to Level 1")]
    for kind in ("footnote", "endnote"):
        assert _blocks_of(_html(kind)) == [
            ("h1", f'Some text<sup><a href="#{kind}1">1</a></sup> with a{"n" * (kind == "endnote")}'
                   f" {kind}."),
            ("p", f"1 {kind.capitalize()} text")]
    # numbers per level, formats ("1.", "a)"), a level going on after a deeper one, a list
    # that starts at 4; the first item is the headline (no heading in the file)
    assert [t for _k, t in _blocks_of(_html("orderedListMixed"))] == [
        "A list item", "2. A second", "3. A third", "1. New level!", "a) And another!",
        "b) It's great up here!", "2. Oh noes", "3. We fell!", "4. Maybe someone",
        "5. Pushed us?", "4. Start new list, but a different starting point.",
        "5. Because we can."]
    assert [t for _k, t in _blocks_of(_html("listContinueNumbering"))] == [
        "Some text (1.)", "Some text in between.", "2. Some text (2.)", "3. Some text (3.)",
        "Some text in between.", "4. Some text (4.)",
        "Some text before starting new list from 1.", "1. Some text (1.)",
        "Some text in between.", "2. Some text (2.)", "3. Some text (3.)"]
    assert " ".join(_html("trackedChanges").split()).count("Some text with and inserted text.")
    assert '<a href="http://example.com/">external link</a>' in _html("externalLink")


def test_libreoffice_hidden_text_is_not_read(cli: Cli) -> None:
    cli("import", str(realdata.path(f"{REAL}/pandoc.hiddenTextByStyle.odt")), expect=2)
    assert "the document has no text" in cli.err and cli.err.count("\n") == 1


def _odt(content: str) -> bytes:
    styles = (f"<office:document-styles {NS}><office:styles>"
              '<style:style style:name="Title" style:family="paragraph"/>'
              '<style:style style:name="Release_20_Title" style:display-name="Release Title" '
              'style:family="paragraph" style:parent-style-name="Title"/>'
              '<style:style style:name="Strong_20_Emphasis" style:family="text">'
              '<style:text-properties fo:font-weight="bold"/></style:style>'
              '</office:styles><office:master-styles><style:master-page style:name="Standard">'
              "<style:header><text:p>UNITED NATIONS OFFICE OF COUNTER-TERRORISM</text:p>"
              "</style:header></style:master-page></office:master-styles>"
              "</office:document-styles>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", content)
        package.writestr("styles.xml", styles)
    return out.getvalue()


RELEASE = (
    f'<office:document-content {NS}><office:automatic-styles>'
    '<style:style style:name="T1" style:family="text" '
    'style:parent-style-name="Strong_20_Emphasis"/>'
    '<style:style style:name="T2" style:family="text">'
    '<style:text-properties fo:font-style="italic"/></style:style>'
    '<style:style style:name="T3" style:family="text">'
    '<style:text-properties text:display="none"/></style:style>'
    '<style:style style:name="P1" style:family="paragraph" '
    'style:parent-style-name="Release_20_Title"/>'
    '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
    'style:num-suffix="." style:num-format="1"/></text:list-style>'
    "</office:automatic-styles><office:body><office:text>"
    "<text:tracked-changes><text:changed-region text:id='c1'><text:deletion>"
    "<text:p>yesterday</text:p></text:deletion></text:changed-region></text:tracked-changes>"
    "<text:p>PRESS RELEASE</text:p>"
    '<text:p text:style-name="P1">UNOCT and Kenya Launch <text:span text:style-name="T2">'
    "Programme</text:span></text:p>"
    '<text:p><text:span text:style-name="T1">Nairobi, 3 March 2022</text:span> – The '
    '<text:a xlink:href="https://www.un.org/counterterrorism/">Office</text:a> and the African'
    '<text:s/>Union<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1'
    "</text:note-citation><text:note-body><text:p>The AU has 55 members.</text:p>"
    '</text:note-body></text:note> met <text:change text:change-id="c1"/>today'
    '<text:span text:style-name="T3"> (draft)</text:span>.</text:p>'
    '<text:h text:outline-level="2">Background</text:h>'
    '<text:p>The plan has two parts:</text:p><text:list text:style-name="L1">'
    "<text:list-item><text:p>a review;</text:p></text:list-item>"
    "<text:list-item><text:p>a report.</text:p></text:list-item></text:list>"
    "<table:table><table:table-row><table:table-cell><text:p>Region</text:p></table:table-cell>"
    "<table:table-cell><text:p>Africa</text:p></table:table-cell></table:table-row></table:table>"
    '<text:p>See the box.<draw:frame><draw:text-box><text:p>A quotation set apart.</text:p>'
    "</draw:text-box></draw:frame></text:p>"
    "</office:text></office:body></office:document-content>")


def test_press_release_from_libreoffice(cli: Cli) -> None:
    path = cli.cwd / "release.odt"
    path.write_bytes(_odt(RELEASE))
    cli("import", str(path))
    target = cli.cwd / "source" / "unoct-and-kenya-launch-programme.xml"
    read_release(target)
    xml = target.read_text(encoding="utf-8")
    assert '<date when="2022-03-03">3 March 2022</date>' in xml
    assert '<place id="place">Nairobi</place>' in xml
    for gone in ("UNITED NATIONS", "yesterday", "draft"):
        assert gone not in xml, gone
    assert re.findall(r'<(title|label|h2|p) id="\w+"[^>]*>(.*?)</\1>', xml) == [
        ("label", "PRESS RELEASE"), ("title", "UNOCT and Kenya Launch <em>Programme</em>"),
        ("p", 'The <a href="https://www.un.org/counterterrorism/">Office</a> and the African '
              'Union<span its:translate="no">1</span> met today.'),
        ("h2", "Background"), ("p", "The plan has two parts:"), ("p", "1. a review;"),
        ("p", "2. a report."), ("p", "Region"), ("p", "Africa"), ("p", "See the box."),
        ("p", "A quotation set apart."), ("p", "1 The AU has 55 members.")]
    cli("extract")
    cli("build")
    assert (cli.cwd / "output" / "ar" / "unoct-and-kenya-launch-programme.html").exists()


@pytest.mark.parametrize(("data", "message"), [
    (b"PK\x03\x04 broken", "not an OpenDocument text (.odt)"),
    (None, "content.xml: malformed XML"),
    (b"", "not an OpenDocument text (.odt)"),
])
def test_broken_opendocument_texts(cli: Cli, data: bytes | None, message: str) -> None:
    path = cli.cwd / "broken.odt"
    path.write_bytes(data if data is not None else _odt(f"<office:document-content {NS}>"))
    before = sorted((cli.cwd / "source").iterdir())
    cli("import", str(path), expect=2)
    assert cli.err.count("\n") == 1 and message in cli.err and "broken.odt" in cli.err
    assert sorted((cli.cwd / "source").iterdir()) == before


def test_opendocument_without_content(cli: Cli) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    path: Path = cli.cwd / "empty.odt"
    path.write_bytes(out.getvalue())
    cli("import", str(path), expect=2)
    assert "it has no content.xml" in cli.err
