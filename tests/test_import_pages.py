"""Page furniture of other press offices' PDF layouts, and pdftotext's form feeds.

The sample is one layout (UNOCT: the headline first, a dateline, a running header between page
gaps). Releases of the UN's press office and of other offices put a letterhead above the
headline, laid out in columns ("United Nations      SG/SM/…"), the date alone on a line,
continuation and end marks ("- more -", "* *** *", "###"), and `pdftotext` ends every page with
a form feed instead of blank lines. The texts below are written for these tests in those shapes.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from transpub.datelines import dateline
from transpub.importer_text import inline_spans
from transpub.model import Span
from transpub.source import read_release

from conftest import REPO, SAMPLE_TEXT, SLUG, Cli

W = " " * 40  # the gap pdftotext -layout leaves between two columns

PRESS_OFFICE = f"""\
United Nations{W}SG/SM/99999
Department of Global Communications • Meetings Coverage and Press Releases • New York

{W}12 March 2024

Secretary-General Welcomes Agreement on Water Sharing, Urges Parties to Honour Their Commitments

The following statement was issued today by the Spokesperson for the Secretary-General:

The Secretary-General welcomes the agreement signed on 11 March 2024 by the two Governments. He \
commends Ms. Amina J. Mohammed, Deputy Secretary-General, for her efforts.

The United Nations stands ready to support the parties, including through 1,200 monitors.

{W}- more -

- 2 -{W}SG/SM/99999
{W}12 March 2024

For further information, please contact the Office of the Spokesperson at spokesperson@un.org.

* *** *

For information media. Not an official record.
"""


def _imported(cli: Cli, name: str, text: str, slug: str = "t") -> tuple[str, str]:
    path = cli.cwd / name
    path.write_text(text, encoding="utf-8")
    cli("import", name, "--slug", slug, "--force")
    target = cli.cwd / "source" / f"{slug}.xml"
    read_release(target)  # valid against the schema
    return target.read_text(encoding="utf-8"), cli.out


def test_press_office_layout(cli: Cli) -> None:
    xml, out = _imported(cli, "sg.txt", PRESS_OFFICE)
    title = re.search(r"<title[^>]*>(.*?)</title>", xml)
    assert title is not None
    assert title.group(1).startswith("Secretary-General Welcomes Agreement on Water Sharing")
    # the date alone on its line is the release date, and the output says where it came from
    assert '<date when="2024-03-12">12 March 2024</date>' in xml
    assert "sg.txt: line 4: the release date, 12 March 2024 (2024-03-12)" in out
    # letterhead, continuation mark, page header and end mark removed, each reported
    for line in (1, 2, 4, 14, 16, 17, 21):
        assert f"removed page furniture: sg.txt:{line}:" in out, line
    for gone in ("SG/SM/99999", "- more -", "- 2 -", "***", "Meetings Coverage"):
        assert gone not in xml, gone
    assert "<office" not in xml  # a page number and a symbol are not an issuing office
    assert not re.search(r"<(strong|em)\b", xml)
    first = re.search(r'<p id="p1">(.*?)</p>', xml)
    assert first is not None and first.group(1).startswith("The following statement")
    assert "spokesperson@un.org</email>" in re.search(r"<contact>.*</contact>", xml, re.S)[0]


def test_date_above_the_headline_is_not_the_title(cli: Cli) -> None:
    xml, _ = _imported(cli, "d.txt", "Tuesday, 12 March 2024\n\nA Headline for the Release\n\n"
                                     "The meeting was held in Geneva.\n")
    assert '<title id="title">A Headline for the Release</title>' in xml
    assert '<date when="2024-03-12">12 March 2024</date>' in xml


def test_dateline_wins_over_a_header_date(cli: Cli) -> None:
    xml, out = _imported(cli, "dl.txt", "13 March 2024\n\nA Headline\n\n"
                                        "Geneva, 12 March 2024 – The meeting was held.\n")
    assert '<date when="2024-03-12">12 March 2024</date>' in xml
    assert "<place" in xml and "the release date" not in out


INFORMATION_SERVICE = """\
UNIS/INF/9999
12 May 2024

Vienna Hosts Conference on Space Debris

Experts from 40 Countries to Meet at the Vienna International Centre

VIENNA, 12 May (UN Information Service) -- Experts on space debris met today in Vienna. The \
conference runs until 14 May.

* *** *

For information contact: Ms. Jane Roe, UNIS Vienna, unis@un.org
"""


def test_information_service_layout(cli: Cli) -> None:
    """Symbol and date above the headline, a subtitle, a dateline without its year followed by
    the service's name in brackets: the year comes from the header, the name is the
    dateline's attribution after the date, the subtitle is a subheading above the dated
    paragraph."""
    xml, out = _imported(cli, "unis.txt", INFORMATION_SERVICE)
    assert '<title id="title">Vienna Hosts Conference on Space Debris</title>' in xml
    assert '<place id="place">VIENNA</place>\n      <date when="2024-05-12">12 May</date>\n' \
        '      <attribution id="attribution">UN Information Service</attribution>' in xml
    assert '<h2 id="h1">Experts from 40 Countries to Meet at the Vienna International Centre' \
        in xml
    assert '<p id="p1">Experts on space debris met today in Vienna.' in xml
    assert "removed page furniture: unis.txt:1: UNIS/INF/9999" in out
    assert "UNIS/INF" not in xml and "***" not in xml and "--" not in xml
    assert '<line id="contact1" its:locNote="Contact details. The e-mail address &lt;x1/&gt; ' \
        'is not translated.">For information contact: Ms. Jane Roe' in xml


def test_two_contact_paragraphs_both_kept(cli: Cli) -> None:
    xml, _ = _imported(cli, "c.txt", "A Headline\n\nGeneva, 12 March 2024 – Text.\n\n"
                                     "For more information, contact Ms. Roe.\n\n"
                                     "Media contacts: Mr. Doe, doe@un.org\n")
    assert "contact Ms. Roe." in xml and "Media contacts: Mr. Doe" in xml
    assert xml.count("<line id=") == 2


def test_handling_instructions_are_not_the_headline(cli: Cli) -> None:
    """A release has one label; a second ("Embargoed until …", however long) is reported
    removed, never taken for the headline nor dropped unsaid."""
    xml, out = _imported(cli, "e.txt", "PRESS RELEASE\n\nEmbargoed until 00:01 GMT on Tuesday, "
                                       "12 March 2024\n\nA Headline\n\n"
                                       "Geneva, 12 March 2024 – Text.\n")
    assert '<label id="label">PRESS RELEASE</label>' in xml
    assert '<title id="title">A Headline</title>' in xml
    assert "removed page furniture: e.txt:3: Embargoed until 00:01 GMT" in out


def test_word_broken_at_a_line_end(cli: Cli) -> None:
    xml, _ = _imported(cli, "h.txt", "A Headline\n\nGeneva, 12 March 2024 – The inter-\n"
                                     "agency team met, and the UN-\nWomen office - \nalso, "
                                     "with the Under-\nSecretary-General and COVID-\n19 "
                                     "teams.\n")
    # (a compound's second part after a capital or a digit too: "Secretary-General" is the
    # commonest word a UN text breaks so; a dash with a space before it stays a dash)
    assert ("The inter-agency team met, and the UN-Women office - also, with the "
            "Under-Secretary-General and COVID-19 teams.") in xml


def test_yearless_dateline_needs_a_year() -> None:
    assert dateline("VIENNA, 12 May -- Text", "en") is None
    found = dateline("VIENNA, 12 May -- Text", "en", 2024)
    assert found is not None and found[1] == dt.date(2024, 5, 12)


def _as_pdftotext(text: str) -> str:
    """The sample as ``pdftotext`` without ``-layout`` writes it: page 1 ends with a form feed
    and page 2 opens with its running header, with no run of blank lines around either; the
    last page ends with a form feed too."""
    lines = text.split("\n")
    header = next(n for n, t in enumerate(lines) if t.strip() == "UNITED NATIONS")
    end_of_page = max(n for n in range(header) if lines[n].strip())
    after = min(n for n in range(header + 2, len(lines)) if lines[n].strip())
    return "\n".join([*lines[:end_of_page + 1], "\f" + lines[header], lines[header + 1], "",
                      *lines[after:]]) + "\f"


def test_form_feeds_are_page_breaks(cli: Cli) -> None:
    text = _as_pdftotext(SAMPLE_TEXT.read_text(encoding="utf-8"))
    assert "\n\n\n" not in text.strip() and text.count("\f") == 2
    xml, out = _imported(cli, "ff.txt", text, SLUG)
    # the same release as the sample's own import: header removed, the cut sentence rejoined,
    # the contact block whole
    assert xml == (REPO / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
    assert "removed page furniture: ff.txt" in out and "rejoined a paragraph" in out


@pytest.mark.parametrize("text", ["*** *** ***", "* *** *", "2 * 3 * 4", "a ** b ** c",
                                  "** not bold **", "* not em *"])
def test_stars_that_are_not_emphasis(text: str) -> None:
    assert inline_spans(text) == [Span("text", text)]


def test_emphasis_still_read() -> None:
    assert [s.tag for s in inline_spans("a **bold** and *em* word") if s.kind == "open"] == \
        ["strong", "em"]


@pytest.mark.parametrize(("text", "lang", "place", "date"), [
    ("GENEVA (12 March 2024) – The meeting", "en", "GENEVA", dt.date(2024, 3, 12)),
    ("New York, Tuesday, 12 March 2024 – The meeting", "en", "New York", dt.date(2024, 3, 12)),
    ("New York, March 12, 2024 – The meeting", "en", "New York", dt.date(2024, 3, 12)),
    ("Genève, mardi 12 mars 2024 – La réunion", "fr", "Genève", dt.date(2024, 3, 12)),
    ("Genève, le 12 mars 2024 – La réunion", "fr", "Genève", dt.date(2024, 3, 12)),
    ("New York, le mardi 12 mars 2024 – La réunion", "fr", "New York", dt.date(2024, 3, 12)),
    ("Женева, 12 марта 2024 года – Встреча", "ru", "Женева", dt.date(2024, 3, 12)),
    ("Ginebra (12 de marzo de 2024) – La reunión", "es", "Ginebra", dt.date(2024, 3, 12)),
    ("Nairobi, 3 March 2014 -Celebrations", "en", "Nairobi", dt.date(2014, 3, 3)),
    ("Nairobi, 1 October 1997-\"Early results", "en", "Nairobi", dt.date(1997, 10, 1)),
    ("Bonn/Nairobi 10 May 2013 - The annual", "en", "Bonn/Nairobi", dt.date(2013, 5, 10)),
    ("NEW YORK 10 May 2013 – The annual", "en", "NEW YORK", dt.date(2013, 5, 10)),
    ("16 June 1997 - Mr. Chairman", "en", "", dt.date(1997, 6, 16)),
    ("9 December 2020, New York – The Office", "en", "New York", dt.date(2020, 12, 9)),
    ("New York | 9 December 2020 – The Office", "en", "New York", dt.date(2020, 12, 9)),
    ("New York, 9th December 2020 – The Office", "en", "New York", dt.date(2020, 12, 9)),
    ("New York, December 9th, 2020 – The Office", "en", "New York", dt.date(2020, 12, 9)),
    ("New York, 2020-12-09 — The Office", "en", "New York", dt.date(2020, 12, 9)),
    ("New York, 9 December 2020", "en", "New York", dt.date(2020, 12, 9)),
    ("New York, 9 December 2020: The Office", "en", "New York", dt.date(2020, 12, 9)),
    ("9 December 2020 | New York – The Office", "en", "New York", dt.date(2020, 12, 9)),
    ("5 June 2024 — Geneva — The Office", "en", "Geneva", dt.date(2024, 6, 5)),
    ("Addis Ababa, 5 June, 2024 – The Office", "en", "Addis Ababa", dt.date(2024, 6, 5)),
    ("Nairobi, 5 Sept. 2024 – The Office", "en", "Nairobi", dt.date(2024, 9, 5)),
    ("Geneva, Sept. 5, 2024 – The Office", "en", "Geneva", dt.date(2024, 9, 5)),
    ("NAIROBI, 5 June 2024 /UNEP/ – The Office", "en", "NAIROBI", dt.date(2024, 6, 5)),
    # a dash after the date before a sentence, not a place: the text starts there
    ("9 December 2020 – Geneva hosted the talks – The end.", "en", "", dt.date(2020, 12, 9)),
    ("Genève, 5 juil. 2024 – La réunion", "fr", "Genève", dt.date(2024, 7, 5)),
])
def test_dateline_forms(text: str, lang: str, place: str, date: dt.date) -> None:
    found = dateline(text, lang)
    assert found is not None and found[:2] == (place, date)
    assert not found[3].startswith(("(", ")", "–"))


@pytest.mark.parametrize("text", ["GENEVA (12 March 2024 – The meeting",
                                  "On 12 March 2024 – the day of the vote – the Council met.",
                                  "Nairobi, June 1997 - The meeting",
                                  "9 December 2020, the Office said – the plan",
                                  "New York, 2020-13-09 – The Office",
                                  "On 9 December 2020: the Office met.",
                                  "9 December 2020: the Office met.",
                                  "New York 9 December 2020: the Office met.",
                                  "9 December 2020 | the Office – The plan",
                                  "The Office met in New York on 9 December 2020."])
def test_no_dateline(text: str) -> None:
    assert dateline(text, "en") is None


def test_a_cut_month_shared_by_two_months_is_none() -> None:
    # French "jui" opens both juin and juillet: no month
    assert dateline("Genève, 5 jui 2024 – La réunion", "fr") is None
    found = dateline("Genève, 5 juin 2024 – La réunion", "fr")
    assert found is not None and found[1] == dt.date(2024, 6, 5)


def test_no_place_no_separator(cli: Cli, workspace: Path) -> None:
    """A release dated by its header has no place: the dateline is the date and its dash,
    without the separator that stood after the place, in every language and both writers."""
    _imported(cli, "sg.txt", PRESS_OFFICE, "sg")
    cli("extract")
    cli("build")
    for lang, start in (("en", "12 March 2024</time> – "), ("fr", "12 mars 2024</time> – "),
                        ("zh", "2024年3月12日</time>——")):
        page = (workspace / "output" / lang / "sg.html").read_text(encoding="utf-8")
        span = re.search(r'<span class="dateline">(.*?)</span>', page)
        assert span is not None, lang
        assert re.sub(r"<time[^>]*>", "", span.group(1)) == start, (lang, span.group(1))


@pytest.mark.parametrize(("first", "place", "when", "text"), [
    ("GENEVA (12 March 2024) – Experts <b>met</b> today.", "GENEVA", "2024-03-12", "12 March 2024"),
    ("VIENNA, 12 May (UN Information Service) -- Experts <b>met</b> today.",
     "VIENNA", "2024-05-12", "12 May"),
])
def test_html_datelines(cli: Cli, first: str, place: str, when: str, text: str) -> None:
    """The dateline is cut from the paragraph whole, brackets and attribution included; a
    dateline without its year takes the page's publication date's."""
    page = ('<html><head><meta property="article:published_time" content="2024-05-12T09:00Z">'
            f"</head><body><h1>A Headline</h1><p>{first}</p></body></html>")
    xml, _ = _imported(cli, "p.html", page)
    assert f'<place id="place">{place}</place>' in xml
    assert f'<date when="{when}">{text}</date>' in xml
    assert '<p id="p1">Experts <strong>met</strong> today.</p>' in xml


def test_html_publication_date_without_a_dateline(cli: Cli) -> None:
    page = ('<html><body><header><time datetime="2024-03-12">12 March 2024</time></header>'
            "<h1>A Headline</h1><p>The statement was issued today.</p></body></html>")
    xml, out = _imported(cli, "q.html", page)
    assert '<date when="2024-03-12">12 March 2024</date>' in xml and "<place" not in xml
    assert "q.html: line 1: the release date, 12 March 2024 (2024-03-12), taken from the " \
        "page's publication date" in out
    no_date, _ = _imported(cli, "r.html", page.replace(' datetime="2024-03-12"', ""), "r")
    assert "<date" not in no_date


WEB_PAGE = """<!DOCTYPE html><html><head><title>Site | Report</title></head><body>
<div class="cookie">We use cookies.</div>
<nav><ul><li>Home</li><li>News</li></ul></nav>
<main><article>
<header><h1>Report Finds Progress on Water</h1>
<time datetime="2024-03-12">12 March 2024</time></header>
<p>GENEVA (12 March 2024) – The report found:</p>
<ul><li>Access rose in <b>40</b> countries.</li><li>Funding fell.</li></ul>
<blockquote>“Water is life,” said Ms. Roe.</blockquote>
<div>Text directly in a div, <p>then a paragraph inside it,</p> then the div's tail.</div>
<table><tr><th>Region</th><td>Africa</td></tr></table>
<h3>Background</h3>
<p>Final paragraph.</p>
</article>
<aside>Related: other stories</aside></main>
<footer>© The site</footer></body></html>"""


def test_html_blocks_beyond_paragraphs(cli: Cli) -> None:
    """List items, quotations, cells and a <div>'s own text are paragraphs in document order,
    not dropped; a lower heading is a subheading; the site's menus, sidebars, notices and
    footer, outside the article or marked as such, are not the release's."""
    xml, _ = _imported(cli, "w.html", WEB_PAGE)
    body = re.search(r"<body>(.*)</body>", xml, re.S)
    assert body is not None
    texts = re.findall(r'<(p|h2) id="[^"]+">(.*?)</\1>', body.group(1))
    assert texts == [
        ("p", "The report found:"),
        ("p", "Access rose in <strong>40</strong> countries."), ("p", "Funding fell."),
        ("p", "“Water is life,” said Ms. Roe."),
        ("p", "Text directly in a div,"), ("p", "then a paragraph inside it,"),
        ("p", "then the div's tail."),
        ("p", "Region"), ("p", "Africa"),
        ("h2", "Background"), ("p", "Final paragraph.")]
    assert '<title id="title">Report Finds Progress on Water</title>' in xml
    for chrome in ("cookies", "Home", "Related", "©"):
        assert chrome not in xml, chrome


LISTS = """A Headline

Geneva, 12 March 2024 – The report found:

• Access rose in 40
  countries.
• Funding fell.

- one
- two

The meeting – which was long
- ended late - and more.

1. First numbered
   item goes on. It has two sentences.
2. Second.

(a) alpha one;
(b) alpha two.
"""


def test_text_lists_are_a_paragraph_an_item(cli: Cli) -> None:
    """Each item its own paragraph, bullets dropped, numbers and letters kept, continuation
    lines with their item; a dash that a line break put first is no list; a number opening
    an item is no sentence of its own."""
    xml, _ = _imported(cli, "li.txt", LISTS, "li")
    assert re.findall(r'<p id="p\d+">(.*?)</p>', xml) == [
        "The report found:", "Access rose in 40 countries.", "Funding fell.", "one", "two",
        "The meeting – which was long - ended late - and more.",
        "1. First numbered item goes on. It has two sentences.", "2. Second.",
        "(a) alpha one;", "(b) alpha two."]
    cli("extract", "li")
    pot = (cli.cwd / "locales" / "li.pot").read_text(encoding="utf-8")
    assert 'msgid "1. First numbered item goes on."' in pot
    assert 'msgid "It has two sentences."' in pot and 'msgid "1."' not in pot


@pytest.mark.parametrize(("text", "cut"), [
    ("10. Alone. Next.", ["10. Alone.", "Next."]),
    ("iv. Chapter. Next.", ["iv. Chapter.", "Next."]),
    ("Article 10. Of the thing", ["Article 10.", "Of the thing"]),
])
def test_enumerator_opening_a_block(text: str, cut: list[str]) -> None:
    from transpub.segment import split_sentences

    assert split_sentences(text) == cut


def test_markdown_quotation_marks_dropped(cli: Cli) -> None:
    xml, _ = _imported(cli, "q.md", "# A Headline\n\nGeneva, 12 March 2024 – Text.\n\n"
                                    "> “Water is life,”\n> said Ms. Roe.\n\n3 > 2 stays.\n", "q")
    assert '<p id="p2">“Water is life,” said Ms. Roe.</p>' in xml
    assert "3 &gt; 2 stays." in xml


FOOTED = """

WORLD DRUG REPORT 2024

Vienna, 26 June 2024 – The report was launched today.

More text here.



United Nations Office on Drugs and Crime | Vienna International Centre | www.unodc.org



Second page text.



United Nations Office on Drugs and Crime | Vienna International Centre | www.unodc.org
"""


def test_capitals_headline_and_a_long_running_footer(cli: Cli) -> None:
    """A short all-capitals headline right above the dateline is the headline, not a label
    (the dateline paragraph was taken for the headline); a footer longer than a short header,
    repeated against every page break, is furniture."""
    xml, out = _imported(cli, "f.txt", FOOTED, "f")
    assert '<title id="title">WORLD DRUG REPORT 2024</title>' in xml and "<label" not in xml
    assert '<place id="place">Vienna</place>' in xml
    assert '<p id="p1">The report was launched today.</p>' in xml
    assert "Vienna International Centre" not in xml
    assert out.count("removed page furniture: f.txt:") == 2


def test_a_paragraph_said_twice_in_the_text_stays(cli: Cli) -> None:
    text = FOOTED.replace("More text here.", "“We act now.”\n\n“We act now.”")
    xml, _ = _imported(cli, "g.txt", text, "g")
    assert xml.count("“We act now.”") == 2


def test_markdown_underlined_headings(cli: Cli) -> None:
    xml, _ = _imported(cli, "s.md", "UNODC Launches\nReport\n=====\n\nVienna, 26 June 2024 – Text."
                                    "\n\nKey findings\n---\n\nMore.\n", "s")
    assert '<title id="title">UNODC Launches Report</title>' in xml
    assert '<h2 id="h1">Key findings</h2>' in xml and '<p id="p2">More.</p>' in xml


@pytest.mark.parametrize(("text", "mark"), [
    ("- more -", True), ("(more)", True), ("-30-", True), ("ENDS", True), ("- END -", True),
    ("/ends", True), ("More.", False), ("Ends.", False), ("more", False)])
def test_word_marks(text: str, mark: bool) -> None:
    from transpub.importer_pages import is_mark

    assert is_mark(text) is mark


HUMAN_RIGHTS = """United Nations Human Rights
Office of the High Commissioner

PRESS RELEASE

High Commissioner Calls for Restraint in the Region

GENEVA (12 March 2021) – The High Commissioner on Friday called for restraint.

ENDS

For more information and media requests, please contact:
In Geneva: Ms. Jane Roe, jroe@ohchr.org
"""


def test_issuer_above_the_label(cli: Cli) -> None:
    """The issuer's name, the label, then the headline: the name is the issuing office (it
    was taken for the headline, and the headline for the first paragraph)."""
    xml, _ = _imported(cli, "oh.txt", HUMAN_RIGHTS, "oh")
    assert '<title id="title">High Commissioner Calls for Restraint in the Region</title>' in xml
    assert ">United Nations Human Rights Office of the High Commissioner</office>" in xml
    assert '<p id="p1">The High Commissioner on Friday called for restraint.</p>' in xml
    assert "ENDS" not in xml and xml.count("<line id=") == 2


def test_summary_above_the_dateline(cli: Cli) -> None:
    xml, _ = _imported(cli, "uc.txt", "Press release\n\nMillions of Children Miss School\n\n"
                                      "Over 10 million children are out of school, a report says."
                                      "\n\nNEW YORK, 12 March 2024 – The report finds more.\n",
                       "uc")
    assert '<date when="2024-03-12">12 March 2024</date>' in xml
    assert '<h2 id="h1">Over 10 million children are out of school, a report says.</h2>' in xml
    assert '<p id="p1">The report finds more.</p>' in xml


def test_html_summary_above_the_dateline(cli: Cli) -> None:
    page = ("<html><body><article><h1>Millions of Children Miss School</h1>"
            "<p>Over 10 million children are out of school, a report says.</p>"
            "<p>NEW YORK, 12 March 2024 – The report finds <b>more</b>.</p>"
            "</article></body></html>")
    xml, _ = _imported(cli, "uc.html", page, "uch")
    assert '<date when="2024-03-12">12 March 2024</date>' in xml
    assert '<h2 id="h1">Over 10 million children are out of school, a report says.</h2>' in xml
    assert '<p id="p1">The report finds <strong>more</strong>.</p>' in xml


def test_html_publication_metadata_before_a_time_in_the_text(cli: Cli) -> None:
    page = ('<html><head><meta name="dcterms.date" content="2024-03-12"></head><body>'
            '<h1>A Headline</h1><p>The talks open on <time datetime="2024-04-01">1 April</time>.'
            "</p></body></html>")
    xml, _ = _imported(cli, "m.html", page, "m")
    assert '<date when="2024-03-12">2024-03-12</date>' in xml


@pytest.mark.parametrize(("text", "number"), [
    ("- 2 -", True), ("(2)", True), ("Page 2 of 3", True), ("2/3", True), ("Page | 2", True),
    ("2 | Page", True), ("Página 2 de 3", True), ("Page 2 sur 3", True), ("Стр. 2 из 3", True),
    ("In 2020", False), ("2 people", False), ("Page two", False)])
def test_page_numbers(text: str, number: bool) -> None:
    from transpub.importer_pages import PAGE_NUMBER_RE

    assert bool(PAGE_NUMBER_RE.match(text)) is number


def test_headline_cut_by_a_blank_line(cli: Cli) -> None:
    xml, _ = _imported(cli, "tt.txt", "UNOCT and UNDP Launch New Programme\n\nto Prevent Violent "
                                      "Extremism in the Sahel\n\nPRESS RELEASE\n\nNew York, 9 "
                                      "December 2020 – Text here.\n", "tt")
    assert ('<title id="title">UNOCT and UNDP Launch New Programme to Prevent Violent Extremism'
            ' in the Sahel</title>') in xml
    assert '<label id="label">PRESS RELEASE</label>' in xml and "<h2" not in xml


def test_several_files_at_once(cli: Cli) -> None:
    """`import A B C` imports each; a file that cannot be imported, or two that would take
    one name, and nothing is written; --slug names one file only."""
    for name, text in (("a.txt", PRESS_OFFICE), ("b.txt", INFORMATION_SERVICE),
                       ("c.txt", HUMAN_RIGHTS), ("bad.txt", "\n\n")):
        (cli.cwd / name).write_text(text, encoding="utf-8")
    source = cli.cwd / "source"
    before = sorted(p.name for p in source.iterdir())
    cli("import", "a.txt", "b.txt", "bad.txt", expect=2)
    assert "bad.txt" in cli.err and sorted(p.name for p in source.iterdir()) == before
    (cli.cwd / "a2.txt").write_text(PRESS_OFFICE, encoding="utf-8")
    cli("import", "a.txt", "a2.txt", expect=2)
    assert "a2.txt: gives the same release name as a.txt" in cli.err
    assert sorted(p.name for p in source.iterdir()) == before
    cli("import", "a.txt", "b.txt", "--slug", "x", expect=2)
    assert "--slug names one release" in cli.err
    cli("import", "a.txt", "b.txt", "c.txt")
    written = set(p.name for p in source.iterdir()) - set(before)
    assert written == {"secretary-general-welcomes-agreement-on-water.xml",
                       "vienna-hosts-conference-on-space-debris.xml",
                       "high-commissioner-calls-for-restraint-in-the.xml"}
    assert cli.out.count("wrote source/") == 3 and "a.txt: line 4: the release date" in cli.out


def test_text_without_blank_lines(cli: Cli) -> None:
    """The sample with every blank line taken out (text copied from a PDF viewer): a line a
    paragraph, since its lines are longer than a page's; the running header found inside the
    sentence it cuts, the sentence rejoined, the contact's lines kept together. The same
    release as the sample's own import."""
    text = "\n".join(t for t in SAMPLE_TEXT.read_text(encoding="utf-8").split("\n") if t.strip())
    xml, out = _imported(cli, "nb.txt", text + "\n", SLUG)
    assert xml == (REPO / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
    assert "removed page furniture: nb.txt:8: UNITED NATIONS" in out
    assert "rejoined a paragraph split by a page break: nb.txt:10" in out


def test_markdown_long_lines_stay_one_paragraph(cli: Cli) -> None:
    long = "The meeting reviewed the progress made in the cooperation between the two sides " \
           "over the past year and agreed on next steps."
    xml, _ = _imported(cli, "l.md", f"# A Headline\n\nGeneva, 12 March 2024 – {long}\n{long}\n",
                       "lm")
    assert xml.count("<p id=") == 1


def test_wrapped_text_without_blank_lines(cli: Cli) -> None:
    """The sample as a PDF viewer's copy gives it: each paragraph wrapped at 95 characters,
    no blank line anywhere. Paragraphs end where the next line's first word would have fitted
    on the line; the same release as the sample's own import."""
    import textwrap

    lines: list[str] = []
    for para in SAMPLE_TEXT.read_text(encoding="utf-8").split("\n\n"):
        para_lines = [t for t in para.split("\n") if t.strip()]
        if len(para_lines) == 1 and len(para_lines[0]) > 95:
            para_lines = textwrap.wrap(para_lines[0], 95, break_on_hyphens=False)
        lines += para_lines
    assert len(lines) > 40 and max(map(len, lines)) <= 95
    xml, out = _imported(cli, "w.txt", "\n".join(lines) + "\n", SLUG)
    assert xml == (REPO / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
    assert "removed page furniture: w.txt:" in out and "rejoined a paragraph" in out


@pytest.mark.parametrize(("head", "title", "subtitle"), [
    # a title-case headline, then a sentence-case line under it: a subtitle
    ("UNOCT Launches Programme on Countering Terrorist Travel\n"
     "Ten Member States join the initiative at a virtual ceremony",
     "UNOCT Launches Programme on Countering Terrorist Travel",
     "Ten Member States join the initiative at a virtual ceremony"),
    # a title-case headline wrapped over two lines stays one headline
    ("UNOCT and the State of Qatar Hold Third High-Level\nStrategic Dialogue in New York",
     "UNOCT and the State of Qatar Hold Third High-Level Strategic Dialogue in New York", None),
    # a line ending on a word that needs the next one: wrapped, whatever the case below
    ("UNOCT and Qatar Partner With\nthe national committee on terrorism",
     "UNOCT and Qatar Partner With the national committee on terrorism", None),
    ("UNOCT Signs Agreement With Kenya on\nStrengthening the protection of critical sites",
     "UNOCT Signs Agreement With Kenya on Strengthening the protection of critical sites", None),
    # a sentence-case headline (UN News's style) wrapped: no subtitle
    ("Secretary-General appoints new head of the counter-terrorism\nOffice in New York today",
     "Secretary-General appoints new head of the counter-terrorism Office in New York today",
     None),
])
def test_subtitle_under_the_headline(cli: Cli, head: str, title: str,
                                     subtitle: str | None) -> None:
    xml, _ = _imported(cli, "st.txt", f"{head}\n\nPRESS RELEASE\n\nNew York, 14 July 2021 – "
                                      "The Office met.\n", "st")
    assert f'<title id="title">{title}</title>' in xml
    if subtitle is None:
        assert "<h2" not in xml
    else:
        assert f'<h2 id="h1">{subtitle}</h2>' in xml
    assert '<date when="2021-07-14">14 July 2021</date>' in xml
    assert '<p id="p1">The Office met.</p>' in xml


BODY_HEADINGS = """\
UNOCT Holds Meeting

New York, 14 July 2021 – The Office met. It agreed on a plan.

Background

The Office was established in 2017.

Key outcomes
• a plan of action
• a review in 2022

The meeting was attended by 40 States, including
Kenya and Qatar, and it ended with a statement
that the Office published

Notes to editors
About UNOCT: The United Nations Office of Counter-Terrorism was established on 15 June 2017 \
through General Assembly resolution 71/291, and leads the counter-terrorism work of the UN.

A closing line without a full stop
"""


def test_subheadings_in_the_body(cli: Cli) -> None:
    """A paragraph of one short line without a sentence's punctuation, with text after it, is
    a subheading; list items, a paragraph of several lines and the last paragraph are not."""
    xml, _ = _imported(cli, "bh.txt", BODY_HEADINGS, "bh")
    assert re.findall(r'<(h2|p) id="\w+">(.*?)</\1>', xml) == [
        ("p", "The Office met. It agreed on a plan."),
        ("h2", "Background"),
        ("p", "The Office was established in 2017."),
        ("p", "Key outcomes"),  # a list follows: it may be the list's lead-in
        ("p", "a plan of action"), ("p", "a review in 2022"),
        ("p", "The meeting was attended by 40 States, including Kenya and Qatar, and it ended "
              "with a statement that the Office published"),
        ("h2", "Notes to editors"),
        ("p", "About UNOCT: The United Nations Office of Counter-Terrorism was established on 15 "
              "June 2017 through General Assembly resolution 71/291, and leads the "
              "counter-terrorism work of the UN."),
        ("p", "A closing line without a full stop"),
    ]


def test_subheading_in_markdown_is_a_hash_heading_only(cli: Cli) -> None:
    xml, _ = _imported(cli, "bh.md", "# UNOCT Holds Meeting\n\nNew York, 14 July 2021 – The "
                                     "Office met.\n\nBackground\n\nThe Office was set up.\n", "bm")
    assert "<h2" not in xml and '<p id="p2">Background</p>' in xml


@pytest.mark.parametrize(("block", "paras"), [
    ("Key outcomes\n• a plan of action\n• a review", ["Key outcomes", "a plan of action",
                                                     "a review"]),
    ("The plan has two parts:\n1. a review;\n2. a report.", ["The plan has two parts:",
                                                             "1. a review;", "2. a report."]),
    ("It agreed on these steps:\n- a review;\n- a report.", ["It agreed on these steps:",
                                                             "a review;", "a report."]),
    # a wrapped sentence whose line breaks fell before two dashes is no list
    ("The talks – which were long\n- ended late, and the next round\n- in May - went on.",
     ["The talks – which were long - ended late, and the next round - in May - went on."]),
    ("It was attended by\n1. the Office and\n• one more.",
     ["It was attended by 1. the Office and • one more."]),
])
def test_a_lists_lead_in_on_the_line_above(cli: Cli, block: str, paras: list[str]) -> None:
    xml, _ = _imported(cli, "ld.txt", f"A Headline\n\nGeneva, 12 March 2024 – It met.\n\n"
                                      f"{block}\n\nThe end.\n", "ld")
    assert re.findall(r'<p id="p\d+">(.*?)</p>', xml) == ["It met.", *paras, "The end."]


FOOTNOTED = """\



UNOCT Hosts Regional Workshop on Victims of Terrorism

PRESS RELEASE

Nairobi, 3 March 2022 – UNOCT held a workshop with the African Union1 on the rights of \
victims of terrorism.²

The two sides agreed to support victims of terrorism and to promote their rights as a tool \
to prevent violent

1 The African Union (AU) is a continental body of 55 Member States.

² A second note.



UNITED NATIONS
OFFICE OF COUNTER-TERRORISM



extremism, and to protect vulnerable targets.

12 Member States took part in the workshop, which closed on 4 March 2022.



UNITED NATIONS
OFFICE OF COUNTER-TERRORISM



For more information, please contact: Ms. Laurence Gerard, gerardl@un.org
"""


def test_footnotes_at_the_foot_of_a_page(cli: Cli) -> None:
    """A footnote between the halves of a sentence a page break cut: the sentence rejoined, the
    footnote moved to the end of the body with a note saying so, its mark in the text an
    element not to translate (a placeholder in the PO file, and no link in the page)."""
    xml, out = _imported(cli, "fn.txt", FOOTNOTED, "fn")
    paras = re.findall(r'<p id="p\d+"[^>]*>(.*?)</p>', xml)
    no = '<span its:translate="no">'
    assert paras == [
        f"UNOCT held a workshop with the African Union{no}1</span> on the rights of victims of "
        f"terrorism.{no}²</span>",
        "The two sides agreed to support victims of terrorism and to promote their rights as a "
        "tool to prevent violent extremism, and to protect vulnerable targets.",
        # a number opening a paragraph at a page's foot, with no mark of it above, stays
        "12 Member States took part in the workshop, which closed on 4 March 2022.",
        "1 The African Union (AU) is a continental body of 55 Member States.",
        "² A second note."]
    assert 'its:locNote="Footnote 1: the number is its mark in the text above."' in xml
    assert "fn.txt: line 12: footnote 1 moved from the foot of its page to the end" in out
    assert "fn.txt: line 14: footnote 2 moved" in out
    assert "rejoined a paragraph split by a page break: fn.txt:23" in out
    assert xml.count("<line id=") == 1
    cli("extract", "fn")
    pot = (cli.cwd / "locales" / "fn.pot").read_text(encoding="utf-8")
    assert "the African Union<x1/> on the rights of victims of terrorism.<x2/>" in pot
    cli("build")
    page = (cli.cwd / "output" / "ar" / "fn.html").read_text(encoding="utf-8")
    assert 'African Union<span translate="no">1</span> on' in page
    assert '<a href="1"' not in page


def test_inline_elements_not_to_translate_are_built_as_themselves(cli: Cli) -> None:
    """An element the source marks its:translate="no" is written as that element with HTML's
    translate="no"; it used to become a link to its own text."""
    source = cli.cwd / "source" / f"{SLUG}.xml"
    xml = source.read_text(encoding="utf-8")
    xml = xml.replace("Strategic Dialogue reviewed", 'Strategic <em its:translate="no">Dialogue'
                      '</em> <a href="https://www.un.org/" its:translate="no">reviewed</a>', 1)
    source.write_text(xml, encoding="utf-8")
    cli("extract")
    cli("build")
    for lang in ("en", "ar"):
        page = (cli.cwd / "output" / lang / f"{SLUG}.html").read_text(encoding="utf-8")
        assert ('Strategic <em translate="no">Dialogue</em> <a href="https://www.un.org/" '
                'translate="no">reviewed</a>') in page, lang


def test_html_superscripts_subscripts_and_footnotes(cli: Cli) -> None:
    """A footnote's mark (a superscript link within the page) is an element not to translate,
    its way back ("↩") is dropped; digits up or down keep their meaning as Unicode (km², H₂O);
    other superscripts are their text. Without --slug, the headline names the release, as
    for text."""
    page = ('<html><body><main><h1>UNOCT Launches Programme</h1><p>New York, 14 July 2021 – '
            'Its 1<sup>st</sup> meeting with the African Union<sup><a href="#fn1">1</a></sup>'
            ' covered 120 km<sup>2</sup>; H<sub>2</sub>O and CO<sub>2</sub> were served in the '
            'XXI<sup>e</sup> room.</p><ol><li id="fn1">The AU has 55 members. <a href="#r1">↩'
            '</a></li></ol></main></body></html>')
    (cli.cwd / "page.html").write_text(page, encoding="utf-8")
    cli("import", "page.html")
    xml = (cli.cwd / "source" / "unoct-launches-programme.xml").read_text(encoding="utf-8")
    assert ('<p id="p1">Its 1st meeting with the African Union<span its:translate="no">1</span>'
            ' covered 120 km²; H₂O and CO₂ were served in the XXIe room.</p>') in xml
    # (the note keeps its number, as a Word document's and a text's notes do)
    assert '<p id="p2">1 The AU has 55 members.</p>' in xml


@pytest.mark.parametrize("opening", [
    "New York, 9 December 2020\n\nThe Office met today.",  # a paragraph of its own
    "NEW YORK (9 December 2020)\nThe Office met today.",  # a line of its own
])
def test_dateline_standing_alone(cli: Cli, opening: str) -> None:
    """A dateline with the text under it, not after a dash: place and date, the text the first
    paragraph; the headline and the label above it stay what they are."""
    xml, _ = _imported(cli, "da.txt", f"UNOCT Holds Meeting\n\nPRESS RELEASE\n\n{opening}\n\n"
                                      "More text.\n", "da")
    assert '<title id="title">UNOCT Holds Meeting</title>' in xml and "<office" not in xml
    assert '<date when="2020-12-09">9 December 2020</date>' in xml
    assert re.findall(r'<p id="p\d+">(.*?)</p>', xml) == ["The Office met today.", "More text."]
    page = ('<html><body><h1>UNOCT Holds Meeting</h1><p>New York, 9 December 2020</p>'
            '<p>The Office met today.</p></body></html>')
    xml, _ = _imported(cli, "da.html", page, "dh")
    assert '<place id="place">New York</place>' in xml
    assert re.findall(r'<p id="p\d+">(.*?)</p>', xml) == ["The Office met today."]


@pytest.mark.parametrize(("head", "label", "title"), [
    ("Press Release\nUNOCT Launches New Programme", "Press Release",
     "UNOCT Launches New Programme"),
    ("UNOCT Launches New Programme\nPRESS RELEASE", "PRESS RELEASE",
     "UNOCT Launches New Programme"),
    ("PRESS RELEASE\nFOR IMMEDIATE RELEASE\nUNOCT Launches New Programme", "PRESS RELEASE",
     "UNOCT Launches New Programme"),
    ("Secretary-General appoints new envoy for the region", None,
     "Secretary-General appoints new envoy for the region"),
])
def test_head_without_blank_lines(cli: Cli, head: str, label: str | None, title: str) -> None:
    """Label, headline and dateline on consecutive lines (a PDF viewer's copy of the head):
    each where it belongs, the dateline's text the first paragraph."""
    xml, _ = _imported(cli, "hb.txt", f"{head}\nNew York, 9 December 2020 – The Office met.\n\n"
                                      "More text.\n", "hb")
    assert f'<title id="title">{title}</title>' in xml
    assert (f'<label id="label">{label}</label>' in xml) if label else "<label" not in xml
    assert "<office" not in xml and "<h2" not in xml
    assert '<date when="2020-12-09">9 December 2020</date>' in xml
    assert re.findall(r'<p id="p\d+">(.*?)</p>', xml) == ["The Office met.", "More text."]


@pytest.mark.parametrize(("name", "document"), [
    *[("dm.html", "<html><body><main><h1>UNOCT Holds Meeting</h1>"
                  f"<p>{first} It <em>agreed</em>.</p><p>More.</p></main></body></html>")
      for first in ("<strong>New York, 9 December 2020</strong> – The Office met.",
                    "<b>NEW YORK, 9 December 2020 –</b>  The Office met.",
                    '<a href="/ny">New York</a>, 9 December 2020 – The Office met.',
                    "<strong>New York, 9 December 2020 </strong> – The Office met.")],
    *[("dm.md", f"# UNOCT Holds Meeting\n\n{first} It *agreed*.\n\nMore.\n")
      for first in ("**New York, 9 December 2020** – The Office met.",
                    "**NEW YORK, 9 December 2020 –** The Office met.",
                    "[New York](https://www.un.org/), 9 December 2020 – The Office met.")],
])
def test_dateline_in_markup(cli: Cli, name: str, document: str) -> None:
    """A dateline set in bold (or its place a link) is read, and cut from the first paragraph
    whole (in HTML it stayed, so the built page said it twice; in Markdown it was not read as
    a dateline at all); the markup after it stays."""
    xml, _ = _imported(cli, name, document, "dm")
    assert '<date when="2020-12-09">9 December 2020</date>' in xml
    assert re.findall(r'<p id="p\d+">(.*?)</p>', xml) == [
        "The Office met. It <em>agreed</em>.", "More."]


@pytest.mark.parametrize("kicker", ['<p class="kicker">Press Release</p><h1>{h}</h1>',
                                    "<h1>{h}</h1><p>PRESS RELEASE</p>"])
def test_html_label_above_or_under_the_headline(cli: Cli, kicker: str) -> None:
    page = (f"<html><body><main>{kicker.format(h='UNOCT Holds Meeting')}<p>New York, 9 December "
            "2020 – The Office met.</p></main></body></html>")
    xml, _ = _imported(cli, "kk.html", page, "kk")
    assert re.search(r'<label id="label">(Press Release|PRESS RELEASE)</label>', xml)
    assert "<h2" not in xml and '<p id="p1">The Office met.</p>' in xml


def test_html_date_alone_above_the_text(cli: Cli) -> None:
    """A date in a block of its own above the text dates the release, said with its line;
    with a dateline as well, the dateline's date stands and the lone date is said left out."""
    page = ('<html><body><main><p class="date">9 December 2020</p><h1>UNOCT Holds Meeting</h1>'
            "<p>The Office met.</p></main></body></html>")
    xml, out = _imported(cli, "ld.html", page, "ld")
    assert '<date when="2020-12-09">9 December 2020</date>' in xml and "<h2" not in xml
    assert "ld.html: line 1: the release date, 9 December 2020 (2020-12-09)" in out
    page = page.replace("<p>The Office met.", "<p>Geneva, 10 December 2020 – The Office met.")
    xml, out = _imported(cli, "ld2.html", page, "ld2")
    assert '<date when="2020-12-10">10 December 2020</date>' in xml and "<h2" not in xml
    assert "a date standing alone above the text, 9 December 2020, left out" in out
    assert re.findall(r'<p id="p\d+">(.*?)</p>', xml) == ["The Office met."]


@pytest.mark.parametrize(("before", "after", "joined"), [
    # a full line before the break, the next page opening with a capital: one paragraph
    ("They also highlighted the successful launch of the International Hub on Behavioural",
     "Insights to Counter Terrorism on 7 December 2020.", True),
    ("coherence of the United Nations counter-terrorism efforts through the work of the",
     "[Coordination Compact](https://www.un.org/), and more.", True),
    # a short line (a heading, a paragraph's own last line) before the break: two
    ("Background", "The Office was established in 2017 by the General Assembly.", False),
])
def test_page_break_before_a_capital(cli: Cli, before: str, after: str, joined: bool) -> None:
    import textwrap

    # lines wrapped at about 85 characters, as the lines before the break are
    filler = "\n".join(textwrap.wrap(
        "The meeting reviewed the progress made in the cooperation between the two sides over "
        "the past year. It agreed on the next steps for the programme of work in the region "
        "and beyond it, and on a review of the programme in the coming year.", 85))
    text = (f"A Headline\n\nGeneva, 12 March 2024 – {filler}\n\n{before}\f{after}\n\n"
            f"{filler}\n")
    xml, _ = _imported(cli, "pb.txt", text, "pb")
    paras = re.findall(r'<(?:p|h2) id="\w+">(.*?)</(?:p|h2)>', xml)
    assert (any(p.startswith(before) and "2017" not in p and len(p) > len(before)
                for p in paras) if joined else before in paras)


def test_contact_lines_a_narrow_column_wrapped(cli: Cli) -> None:
    """A contact block keeps its lines (an address is line by line), but a line that cannot
    end where it does (on "of", on "Ms.") is joined to the next."""
    xml, _ = _imported(cli, "cl.txt", "A Headline\n\nGeneva, 12 March 2024 – The Office met.\n\n"
                                      "For more information, please contact: Ms.\n"
                                      "Laurence Gerard,\nUnited Nations Office of\n"
                                      "Counter-Terrorism, New York,\ngerardl@un.org\n", "cl")
    assert re.findall(r'<line id="contact\d" [^>]*>(.*?)</line>', xml) == [
        "For more information, please contact: Ms. Laurence Gerard,",
        "United Nations Office of Counter-Terrorism, New York,",
        '<email its:translate="no">gerardl@un.org</email>']
