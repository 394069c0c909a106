"""Import from PDF (pypdf's layout text, read by the text importer).

The sample release laid out as a PDF (its running header on every page after the first, page
numbers at the foot, a page break anywhere) imports to exactly the committed source, whatever
line the pages break at; PDFs that cannot give a release are refused on one line.
"""

from __future__ import annotations

import io
import re
import textwrap

import pytest

from pdfmake import pdf

from conftest import REPO, SAMPLE_TEXT, SLUG, Cli


def _sample_pages(lines_a_page: int) -> list[list[str]]:
    """The sample as its office's PDF would lay it out: wrapped at 90 characters, the running
    header opening every page after the first, "Page n of m" at each foot."""
    seed = SAMPLE_TEXT.read_text(encoding="utf-8")
    # the text without the page header the seed's own extraction left in it
    text = re.sub(r"\s*\n\n+UNITED NATIONS\nOFFICE OF COUNTER-TERRORISM\n\n+", " ", seed)
    lines: list[str] = []
    for para in text.strip().split("\n\n"):
        for line in para.strip().split("\n"):
            lines += textwrap.wrap(line, 90, break_on_hyphens=False)
        lines.append("")
    body = lines_a_page - 4
    chunks = [lines[i:i + body] for i in range(0, len(lines), body)]
    return [(["UNITED NATIONS", "OFFICE OF COUNTER-TERRORISM", ""] if number > 1 else [])
            + chunk + ["", f"Page {number} of {len(chunks)}"]
            for number, chunk in enumerate(chunks, 1)]


@pytest.mark.parametrize("lines_a_page", [20, 25, 30, 36, 44, 50])
def test_sample_as_a_pdf(cli: Cli, lines_a_page: int) -> None:
    """Running headers and page numbers removed, each sentence a page break cut rejoined (also
    where the next page opens with a capital, "Insights to …", or with a link): the same
    source as the sample's text gives."""
    path = cli.cwd / "release.pdf"
    path.write_bytes(pdf(_sample_pages(lines_a_page)))
    cli("import", str(path), "--slug", SLUG, "--force")
    xml = (cli.cwd / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
    assert xml == (REPO / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
    assert "removed page furniture: " in cli.out and "Page 1 of" in cli.out


def _sample_lines(width: int) -> list[str]:
    seed = SAMPLE_TEXT.read_text(encoding="utf-8")
    text = re.sub(r"\s*\n\n+UNITED NATIONS\nOFFICE OF COUNTER-TERRORISM\n\n+", " ", seed)
    lines: list[str] = []
    for para in text.strip().split("\n\n"):
        for line in para.strip().split("\n"):
            lines += textwrap.wrap(line, width, break_on_hyphens=False)
        lines.append("")
    return lines


def _body(xml: str) -> list[str]:
    """The blocks a release's reader reads: all but the contact lines and the office."""
    return re.findall(r"<(?!line|office)(\w+) id=\"\w+\"[^>]*>(.*?)</\1>", xml)


@pytest.mark.parametrize("lines_a_column", [40, 55])
def test_sample_in_two_columns(cli: Cli, lines_a_column: int) -> None:
    """A page set in two columns is read column by column (the layout text has both on each
    line): the left column, then the right, each sentence a column break cut rejoined. The
    release reads as the sample's; only the contact lines keep the narrow column's wrapping."""
    lines = _sample_lines(42)
    columns = [lines[i:i + lines_a_column] for i in range(0, len(lines), lines_a_column)]
    pages = [columns[i:i + 2] for i in range(0, len(columns), 2)]
    path = cli.cwd / "columns.pdf"
    path.write_bytes(pdf(pages, columns=2))
    cli("import", str(path), "--slug", SLUG, "--force")
    xml = (cli.cwd / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
    expected = (REPO / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
    assert _body(xml) == _body(expected)
    assert "gerardl@un.org" in xml


def _encrypted() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(pdf([["A Title", "", "Geneva, 1 May 2024 - Text."]]))))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(("make", "message"), [
    (lambda: pdf([[], []]), "the PDF has no text (a scanned image?"),
    (_encrypted, "the PDF needs a password"),
    (lambda: pdf([["A Title", "", "Text."]])[:60], "cannot read the PDF"),
    (lambda: b"Plain text, named .pdf\n", "not a PDF file"),
    (lambda: b"", "the file is empty"),
])
def test_pdfs_that_give_no_release(cli: Cli, make, message: str) -> None:  # type: ignore[no-untyped-def]
    path = cli.cwd / "broken.pdf"
    path.write_bytes(make())
    before = sorted((cli.cwd / "source").iterdir())
    cli("import", str(path), expect=2)
    assert cli.err.count("\n") == 1 and message in cli.err and "broken.pdf" in cli.err
    assert "Traceback" not in cli.err
    assert sorted((cli.cwd / "source").iterdir()) == before


def test_damaged_pdf_read_with_one_note(cli: Cli) -> None:
    """A PDF whose cross-reference table points nowhere is read as pypdf repairs it; what it
    repaired is said in one note, not printed line by line on the error stream."""
    data = pdf([["A Title", "", "Geneva, 1 May 2024 - The Office met.", "", "More text."]])
    path = cli.cwd / "damaged.pdf"
    path.write_bytes(re.sub(rb"\d{10} 00000 n", b"0000000001 00000 n", data))
    cli("import", str(path), "--slug", "dm")
    assert "the PDF is damaged or unusual in 10 place(s) pypdf read around" in cli.out
    assert cli.err == ""
    xml = (cli.cwd / "source" / "dm.xml").read_text(encoding="utf-8")
    assert '<p id="p1">The Office met.</p>' in xml
