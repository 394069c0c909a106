"""Real web pages' HTML, a third round: what the red-team pass over 25 pages left (README
"Import"): ordered lists' numbers, line breaks inside a paragraph, French and Spanish pages'
labels and contact lead-ins, releases forwarded by e-mail (Outlook's Word HTML, Gmail),
Google Docs' "Download as HTML", pictures' credits under the dateline, pull quotes repeating
the text, and ``tel:`` links a workspace allows. Each reading has a twin that must stay as it
is; the pages are small, written for these tests in those layouts, and imported with the real
CLI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_import_html_pages import DATELINE, Imported, _import, _page

from conftest import Cli

HEAD = "<main><h1>Agency launches report</h1>" + DATELINE


# --- 1. ordered lists keep their numbers ------------------------------------------------------

def test_ordered_list_keeps_its_numbers(tmp_path: Path, cli_factory: Callable[[Path], Cli]
                                        ) -> None:
    """WHO's recommendations: the text says "Recommendation 2", the items had lost "2."; a
    list's bullets, items that write their own numbers, a list styled without numbers and a
    list of contacts stay as they were."""
    page = _page(HEAD + "<p>The agency makes three recommendations:</p>"
                 "<ol><li>Screen household contacts.</li><li>Use chest radiography.</li></ol>"
                 "<ol start='3' type='a'><li><p>Test children.</p><p>Then adults.</p></li>"
                 "<li value='7'>Treat them.</li></ol>"
                 "<p>Recommendation 2 applies to adults only.</p>"
                 "<ul><li>A bullet.</li></ul><ol><li>1. Its own.</li></ol>"
                 "<ol style='list-style: none'><li>No number shown.</li></ol>"
                 "<p>For more information, please contact:</p>"
                 "<ol><li>Jane Doe, jane@un.org</li><li>Tel: +41 22 917 0000</li></ol></main>")
    got = _import(tmp_path, cli_factory, page)
    assert got.body[2:] == ["1. Screen household contacts.", "2. Use chest radiography.",
                            "c. Test children.", "Then adults.", "g. Treat them.",
                            "Recommendation 2 applies to adults only.", "A bullet.",
                            "1. Its own.", "No number shown."]
    assert got.contact == ["For more information, please contact:", "Jane Doe, jane@un.org",
                           "Tel: +41 22 917 0000"]


# --- 2. line breaks inside a paragraph ----------------------------------------------------------

def test_line_breaks_inside_a_paragraph_are_judged_as_a_texts(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """UNEP's "<strong>About …</strong><br>…" had become one sentence, "About the Agency The
    Agency works…"; a blank line, bullets and a line longer than a page's set paragraphs
    apart. An address, a bold field name and a contact block keep their lines together."""
    long = "The agency's report covers " + "every region of the world and " * 5 + "more."
    page = _page(HEAD + "<p><strong>About the Agency</strong><br>The Agency works in 190 "
                 "countries.</p>"
                 "<p>About UNICEF<br>UNICEF works in the world's toughest places to reach "
                 "the most disadvantaged children.</p>"
                 "<p>The first paragraph.<br><br>The second, after a blank line.</p>"
                 "<p>• Incomes have declined.<br>• Prices rose.</p>"
                 f"<p>Background<br>{long}<br>{long}</p>"
                 "<p>The Agency's headquarters<br>Palais des Nations<br>1211 Geneva 10</p>"
                 "<p><strong>Note:</strong><br>The figures are provisional.</p>"
                 "<p>For more information, please contact:<br>Jane Doe<br>jane@un.org</p>"
                 "</main>")
    got = _import(tmp_path, cli_factory, page)
    assert got.text("//r:body/r:h2") == ["About the Agency", "About UNICEF", "Background"]
    assert got.body[1:] == [
        "About the Agency", "The Agency works in 190 countries.", "About UNICEF",
        "UNICEF works in the world's toughest places to reach the most disadvantaged "
        "children.", "The first paragraph.", "The second, after a blank line.",
        "Incomes have declined.", "Prices rose.", "Background", long, long,
        "The Agency's headquarters Palais des Nations 1211 Geneva 10",
        "Note: The figures are provisional."]
    assert got.contact == ["For more information, please contact:", "Jane Doe", "jane@un.org"]


# --- 3. French and Spanish pages ----------------------------------------------------------------

def _import_in(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, content: str,
               name: str = "release.html") -> Imported:
    """``content`` imported into a workspace whose source language is ``lang``."""
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    cli.cwd = tmp_path / "ws"
    config = cli.cwd / "transpub.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'source_language = "en"', f'source_language = "{lang}"'), encoding="utf-8")
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    cli("import", str(path))
    (source,) = (tmp_path / "ws" / "source").glob("*.xml")
    return Imported(source.read_bytes(), cli.out)


CONTACT_FR = ("<p><strong>Pour plus d’informations, veuillez contacter :</strong><br>Service de "
              "l’information<br>Courriel : unog.media@un.org</p>")


@pytest.mark.parametrize(("lang", "kicker", "dateline", "contact", "body"), [
    ("fr", "Communiqué de presse", "<p><strong>GENÈVE, 5 mars 2024</strong> – Le Secrétaire "
     "général a appelé à un cessez-le-feu.</p>", CONTACT_FR,
     "Le Secrétaire général a appelé à un cessez-le-feu."),
    ("es", "Comunicado de prensa", "<p>(23 de abril, 2024) La CEPAL rebajó su proyección de "
     "crecimiento.</p>", "<p><strong>Para más información, contactar a:</strong><br>Unidad de "
     "Información Pública<br>Correo electrónico: prensa@cepal.org</p>",
     "La CEPAL rebajó su proyección de crecimiento."),
    ("es", "Nota de prensa", "<p>Santiago, 23 de abril de 2024 – La CEPAL rebajó su "
     "proyección de crecimiento.</p>", "<p>Contacto de prensa</p><p>Unidad de Información "
     "Pública<br>prensa@cepal.org</p>", "La CEPAL rebajó su proyección de crecimiento."),
    ("fr", "Note aux rédactions", "<p>GENÈVE, 5 mars 2024 – Le Secrétaire général a appelé à "
     "un cessez-le-feu.</p>", "<p>Contact presse</p><p>Service de l’information<br>"
     "unog.media@un.org</p>", "Le Secrétaire général a appelé à un cessez-le-feu."),
])
def test_french_and_spanish_labels_contacts_and_bracketed_dateline(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, kicker: str,
        dateline: str, contact: str, body: str) -> None:
    """UN Geneva's and ECLAC's pages: the kicker had been a subheading or a paragraph, the
    contacts one paragraph of the body, ECLAC's "(23 de abril, 2024) La CEPAL…" left in the
    text; the share bar ("Partager", "Compartir") is furniture."""
    page = _page(f"<main><article><div class='kicker'>{kicker}</div><h1>Titre du communiqué "
                 f"de presse</h1>{dateline}<p>Il a été salué.</p>{contact}"
                 "<div class='partage'>Partager <a href='#'>Facebook</a></div>"
                 "<div class='compartir'>Compartir: <a href='#'>X</a></div></article></main>")
    got = _import_in(tmp_path, cli_factory, lang, page)
    assert got.label == [kicker]
    assert got.body == [body, "Il a été salué."]
    assert len(got.contact) == 3 and got.date[0].startswith("2024-")


def test_a_french_text_release_has_its_label_and_contacts(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """The text importer shares the labels and lead-ins; an English text's "Communiqué" in a
    sentence, and a bracketed date a sentence goes on after in lower case, stay text."""
    text = ("COMMUNIQUÉ DE PRESSE\n\nLe Secrétaire général appelle à un cessez-le-feu\n\n"
            "GENÈVE, 5 mars 2024 – Le Secrétaire général a appelé à un cessez-le-feu.\n\n"
            "(5 mars 2024) et il a été salué par tous.\n\n"
            "Pour plus d’informations, veuillez contacter :\nService de l’information\n"
            "unog.media@un.org\n")
    got = _import_in(tmp_path, cli_factory, "fr", text, "release.txt")
    assert got.label == ["COMMUNIQUÉ DE PRESSE"]
    assert got.body == ["Le Secrétaire général a appelé à un cessez-le-feu.",
                        "(5 mars 2024) et il a été salué par tous."]
    assert got.contact == ["Pour plus d’informations, veuillez contacter :",
                           "Service de l’information", "unog.media@un.org"]


# --- 4. a release forwarded by e-mail ---------------------------------------------------------

OUTLOOK = (
    "<html xmlns:o='urn:schemas-microsoft-com:office:office'><head><meta name=ProgId "
    "content=Word.Document><title>FW: ILO PRESS RELEASE: Agency launches report</title></head>"
    "<body><div class=WordSection1><p class=MsoNormal><b>From:</b> ILO Newsroom "
    "&lt;newsroom@ilo.org&gt;<br><b>Sent:</b> Wednesday, January 10, 2024 4:01 PM<br><b>To:</b>"
    " Media list<br><b>Subject:</b> ILO PRESS RELEASE: Agency launches report</p>"
    "<p class=MsoNormal align=center><b><span style='font-size:14.0pt'>ILO News</span></b></p>"
    "<p class=MsoNormal><b><span style='font-size:16.0pt'>Global unemployment to rise in 2024, "
    "says ILO report</span></b></p>"
    "<p class=MsoNormal>GENEVA, 10 January 2024 – Global unemployment will rise.</p>"
    "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='font-family:Symbol'>"
    "<span style='mso-list:Ignore'>·<span style='font:7.0pt'>&nbsp;&nbsp; </span></span></span>"
    "Incomes have declined.</p>"
    "<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>"
    "1.<span style='font:7.0pt'>&nbsp; </span></span>Productivity has slowed.</p>"
    "<p class=MsoNormal>She wrote: From: the start, the Sent: items and Subject: lines.</p>"
    "<p class=MsoNormal><span style='font-size:8.0pt'>You are receiving this email because you "
    "subscribed. <a href='https://x.org/unsubscribe'>Unsubscribe</a></span></p></div></body>"
    "</html>")


def test_outlook_forward_is_read_without_the_mails_header(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """The ILO's release forwarded in Outlook: the "FW:" subject had been the headline, the
    header block paragraph 1, the Symbol bullets "·" kept; a sentence naming "From:" and
    "Subject:" stays, and so does a list's number."""
    got = _import(tmp_path, cli_factory, OUTLOOK, "release.htm")
    assert got.title == "Global unemployment to rise in 2024, says ILO report"
    assert got.label == ["ILO News"]
    assert got.body == ["Global unemployment will rise.", "Incomes have declined.",
                        "1. Productivity has slowed.",
                        "She wrote: From: the start, the Sent: items and Subject: lines."]
    assert "removed page furniture" in got.out and "From: ILO Newsroom" in got.out
    assert "<strong>" not in got.xml.split("</title>")[0]


def test_gmail_forward_header_is_said_removed(tmp_path: Path,
                                              cli_factory: Callable[[Path], Cli]) -> None:
    page = ("<html><head><title>Fwd: Agency launches report</title></head><body><div "
            "class='gmail_quote'><div class='gmail_attr'>---------- Forwarded message ---------"
            "<br>From: <strong>Newsroom</strong> &lt;news@agency.org&gt;<br>Date: Thu, 15 Feb "
            "2024 at 10:02<br>Subject: Agency launches report<br>To: media@x.org<br></div>"
            "<div><p><b><span style='font-size:22px'>Agency launches report</span></b></p>"
            + DATELINE + "<p>It was <a href='https://www.google.com/url?q=https://x.org/r&amp;"
            "sa=D'>welcomed</a>.</p></div></div></body></html>")
    got = _import(tmp_path, cli_factory, page)
    assert got.title == "Agency launches report"
    assert got.body == ["The agency launched its report today.", "It was welcomed."]
    assert 'href="https://x.org/r"' in got.xml
    assert "Forwarded message" in got.out


# --- 5. Google Docs' "Download as HTML" -------------------------------------------------------

def test_google_docs_page_keeps_its_styles_and_title(tmp_path: Path,
                                                     cli_factory: Callable[[Path], Cli]) -> None:
    """UNESCO's draft: italics lost, links through google.com/url, the file's name the
    headline, a reviewer's mark "[a]" in the text; a class setting no style stays plain."""
    page = ("<html><head><style type='text/css'>.c2{font-weight:700}.c3{font-style:italic}"
            ".c4{color:#1155cc}</style><title>UNESCO PR draft v3 - FINAL (1)</title></head>"
            "<body class='doc-content'><p class='title'><span>Agency launches report</span></p>"
            "<p><span class='c2'>GENEVA, 5 March 2024</span><span> – The agency launched "
            "</span><span class='c3'>The State of the World</span><span> on </span><a "
            "class='c4' href='https://www.google.com/url?q=https://www.un.org/en/&amp;sa=D&amp;"
            "source=editors'>the UN website</a><span class='c4'>.</span><sup><a href='#cmnt1' "
            "id='cmnt_ref1'>[a]</a></sup></p><p><span class='c2'>Background</span></p><p>It was"
            " welcomed.</p><div><p><a href='#cmnt_ref1' id='cmnt1'>[a]</a><span>check figure"
            "</span></p></div></body></html>")
    got = _import(tmp_path, cli_factory, page)
    assert got.title == "Agency launches report"
    assert '<p id="p1">The agency launched <em>The State of the World</em> on <a href="https:'\
           '//www.un.org/en/">the UN website</a>.</p>' in got.xml
    assert "[a]" not in got.xml and "check figure" in got.out


# --- 8. tel: links a workspace allows ---------------------------------------------------------

def test_tel_link_keeps_its_target_where_the_workspace_allows_tel(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """``[links] schemes`` with "tel": the number stays a link (it had lost its target even
    so); a fax: link, which the workspace does not allow, keeps its text alone."""
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    cli.cwd = tmp_path / "ws"
    config = cli.cwd / "transpub.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'schemes = ["http", "https", "mailto"]', 'schemes = ["http", "https", "mailto", "tel"]'),
        encoding="utf-8")
    page = _page(HEAD + "<p>For more information, please contact:</p><p>Jane Doe, <a href="
                 "'tel:+41229170000'>+41 22 917 0000</a>, <a href='fax:+41229170001'>fax</a>"
                 "</p></main>")
    (tmp_path / "release.html").write_text(page, encoding="utf-8")
    cli("import", str(tmp_path / "release.html"))
    (source,) = (tmp_path / "ws" / "source").glob("*.xml")
    got = Imported(source.read_bytes(), cli.out)
    assert '<a href="tel:+41229170000">+41 22 917 0000</a>' in got.xml
    assert "fax:" not in got.xml and "their text kept: fax:" in got.out


# --- 7. pull quotes -----------------------------------------------------------------------------

def test_pull_quote_repeating_the_text_is_removed(tmp_path: Path,
                                                   cli_factory: Callable[[Path], Cli]) -> None:
    """UNICEF's pull quote repeats the Executive Director's sentence: it was translated twice.
    A quotation the text does not repeat stays, and so does a short one."""
    page = _page("<main><h1>Agency launches report</h1><p>GENEVA, 5 March 2024 – “No child "
                 "should endure such violence,” said the Executive Director.</p>"
                 "<figure class='wp-block-pullquote'><blockquote><p>No child should endure "
                 "such violence.</p><cite>Catherine Russell</cite></blockquote></figure>"
                 "<blockquote><p>“We will not rest until every child is safe.”</p>"
                 "</blockquote><p>The report covers 190 countries.</p>"
                 "<blockquote>190 countries</blockquote></main>")
    got = _import(tmp_path, cli_factory, page)
    assert got.body == ["“No child should endure such violence,” said the Executive Director.",
                        "“We will not rest until every child is safe.”",
                        "The report covers 190 countries.", "190 countries"]
    assert "removed page furniture" in got.out and "Catherine Russell" in got.out
