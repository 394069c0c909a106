"""Real web pages' HTML, as UN-system sites and the tools people save pages with write it.

A red-team pass over 25 pages in the layouts of press.un.org, news.un.org, UNICEF, WHO, UNDP,
FAO, ITU, UNFPA, OHCHR, ReliefWeb, WFP and others found the HTML importer refusing whole
pages for one ``tel:`` or ``javascript:void(0)`` link, reading nothing of a page an ASP.NET
``<form>`` wraps, dropping an article's ``<header>`` (its label and standfirst), writing empty
blocks for empty anchors, importing screen-reader text, gluing words next to an address,
keeping end marks, share bars, tags and related stories as the release's text, and taking the
site's name for the headline. The pages below are small, written for these tests in those
layouts; each is imported with the real CLI (README "Import").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from conftest import Cli

NS = {"r": "urn:transpub:release:1"}
DATELINE = "<p>GENEVA, 5 March 2024 – The agency launched its report today.</p>"


class Imported:
    """The source XML one import wrote, and what the CLI said."""

    def __init__(self, xml: bytes, out: str) -> None:
        self.root = etree.fromstring(xml)
        self.xml = xml.decode("utf-8")
        self.out = out

    def text(self, path: str) -> list[str]:
        return [" ".join("".join(e.itertext()).split())
                for e in self.root.xpath(path, namespaces=NS)]

    @property
    def title(self) -> str:
        return self.text("//r:title")[0]

    @property
    def label(self) -> list[str]:
        return self.text("//r:label")

    @property
    def place(self) -> list[str]:
        return self.text("//r:place")

    @property
    def date(self) -> list[str]:
        return [str(d) for d in self.root.xpath("//r:date/@when", namespaces=NS)]

    @property
    def body(self) -> list[str]:
        return self.text("//r:body/*")

    @property
    def contact(self) -> list[str]:
        return self.text("//r:contact/r:line")


def _workspace(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> Cli:
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    cli.cwd = tmp_path / "ws"
    return cli


def _import(tmp_path: Path, cli_factory: Callable[[Path], Cli], page: str,
            name: str = "release.html") -> Imported:
    cli = _workspace(tmp_path, cli_factory)
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    cli("import", str(path))
    (source,) = (tmp_path / "ws" / "source").glob("*.xml")
    return Imported(source.read_bytes(), cli.out)


def _page(main: str, head: str = "", before: str = "", after: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>\n{before}\n"
            f"{main}\n{after}\n</body></html>\n")


# --- 1. links to no web page ------------------------------------------------------------------

def test_tel_link_keeps_its_number_as_text(tmp_path: Path, cli_factory: Callable[[Path], Cli]
                                           ) -> None:
    """WHO and UNICEF contact lists: one tel: link refused the whole page."""
    page = _page("<main><h1>Agency launches report</h1>" + DATELINE +
                 "<p>For more information, please contact:</p>"
                 "<p>Jane Doe, <a href='tel:+41229170000'>+41 22 917 0000</a>, "
                 "<a href='fax:+41229170001'>fax</a></p></main>")
    got = _import(tmp_path, cli_factory, page)
    assert got.contact == ["For more information, please contact:",
                           "Jane Doe, +41 22 917 0000, fax"]
    assert "tel:" not in got.xml and "fax:" not in got.xml
    assert "their text kept: fax:, tel:" in got.out


@pytest.mark.parametrize("href", ["whatsapp://send?text=x", "javascript:void(0)",
                                  "javascript:void(0);", "JavaScript: void 0", "sms:+15551234"])
def test_app_or_inert_script_link_in_text_keeps_its_words(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], href: str) -> None:
    page = _page("<main><h1>Agency launches report</h1><p>GENEVA, 5 March 2024 – The agency "
                 f"launched <a href='{href}'>its report</a> today.</p></main>")
    got = _import(tmp_path, cli_factory, page)
    assert got.body == ["The agency launched its report today."]
    assert "<a " not in got.xml


@pytest.mark.parametrize("button", [
    "<a href='javascript:void(0)' class='copy-link'>Copy link</a>",
    "<a href='javascript:;'>Copy link</a>",
    "<a href='mailto:?subject=Agency%20report&amp;body=https://x.org'>Email this story</a>",
    "<a href='whatsapp://send?text=https://x.org'>WhatsApp</a>",
])
def test_share_and_copy_buttons_are_left_out(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                             button: str) -> None:
    """UNDP's copy-link button and news.un.org's share-by-e-mail link: furniture, not text."""
    page = _page("<main><h1>Agency launches report</h1>"
                 "<p>GENEVA, 5 March 2024 – The agency launched its report today. "
                 f"{button}</p><p>{button}</p><p>It covers 190 countries.</p></main>")
    got = _import(tmp_path, cli_factory, page)
    assert got.body == ["The agency launched its report today.", "It covers 190 countries."]
    assert "<email" not in got.xml and "javascript" not in got.xml


@pytest.mark.parametrize("href", ["javascript:alert(1)", "javascript:window.location='x'",
                                  "vbscript:x", "data:text/html,x"])
def test_a_script_that_does_something_is_still_refused(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], href: str) -> None:
    cli = _workspace(tmp_path, cli_factory)
    path = tmp_path / "release.html"
    path.write_text(_page(f"<main><h1>A Title</h1>{DATELINE}<p>See <a href=\"{href}\">it"
                          "</a>.</p></main>"), encoding="utf-8")
    cli("import", str(path), expect=2)
    assert "unsafe link" in cli.err
    assert not list((tmp_path / "ws" / "source").glob("*.xml"))


# --- 2. a form wrapping the page ----------------------------------------------------------------

def test_aspnet_form_wrapping_the_page_is_read(tmp_path: Path,
                                               cli_factory: Callable[[Path], Cli]) -> None:
    """FAO's old newsroom and ITU's SharePoint pages: everything stands in one <form>."""
    page = _page("<form id='aspnetForm' method='post' action='./pr.aspx'>"
                 "<div class='aspNetHidden'><input type='hidden' name='__VIEWSTATE' value='x'>"
                 "</div><div id='s4-workspace'><h1>Agency launches report</h1>" + DATELINE +
                 "<form role='search' action='/search'><label for='q'>Search this site</label>"
                 "<input id='q'><button>Go</button></form>"
                 "<p>It covers 190 countries.</p></div></form>")
    got = _import(tmp_path, cli_factory, page)
    assert got.title == "Agency launches report"
    assert got.place == ["GENEVA"]
    assert got.body == ["The agency launched its report today.", "It covers 190 countries."]


# --- 3. an article's header ---------------------------------------------------------------------

def test_header_inside_article_keeps_label_and_standfirst(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    page = _page("<main><article><header class='article-header'><div class='eyebrow'>PRESS "
                 "RELEASE</div><h1>Agency launches report</h1><p class='article-standfirst'>"
                 "Ten countries join the initiative, which opens next year.</p></header>"
                 + DATELINE + "</article></main>",
                 before="<header class='site-header'><div class='logo'>UNDP</div>"
                        "<p>Site header text</p></header>")
    got = _import(tmp_path, cli_factory, page)
    assert got.label == ["PRESS RELEASE"]
    assert got.body == ["Ten countries join the initiative, which opens next year.",
                        "The agency launched its report today."]
    assert "Site header text" not in got.xml


# --- 4. empty elements ----------------------------------------------------------------------------

def test_empty_anchors_and_icon_links_make_no_block(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    page = _page("<main><a id='main-content'></a><h1>Agency launches report</h1>"
                 "<h2><a href='#'></a></h2><p><a href='/'><img src='logo.png' alt='Home'></a></p>"
                 "<p><a href='https://x.org'><svg><path d='M0'/></svg></a> <strong> </strong></p>"
                 + DATELINE + "<p>It covers <a href='/r'>190</a> countries.</p></main>")
    got = _import(tmp_path, cli_factory, page)
    assert got.body == ["The agency launched its report today.", "It covers 190 countries."]
    assert '<a href="#"/>' not in got.xml and "<h2" not in got.xml


def test_emphasis_without_letters_keeps_its_text(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """Word sets a quotation mark, a bracket, "?", ",", ":" or a form's "____" in a run of
    its own: an <em> or <strong> holding no letter lost its text with its markup (h3's trial:
    a headline's opening quote, the comma between two links). Its text stays, unmarked; an
    icon's empty <i> and a <strong> holding a space still make no empty element."""
    page = _page("<main><h1><em>“</em>Easy<em>”</em> launches report</h1>" + DATELINE
                 + "<p><em>“</em><em>Easy</em><em> is a game-changer,”</em> said a farmer.</p>"
                 "<p><strong>1. What is Easy</strong><strong>?</strong></p>"
                 "<p>Is it <b>?</b> or <b>!</b> or <i>(</i>x<i>)</i>, <a href='/a'>one</a>"
                 "<strong>,</strong> <a href='/b'>two</a><b>:</b> signed<b>_____</b>.</p>"
                 "<p><i class='icon-phone'></i> Call <strong> </strong>us.</p></main>")
    got = _import(tmp_path, cli_factory, page)
    assert got.title == "“Easy” launches report"
    assert got.body[1:] == ["“Easy is a game-changer,” said a farmer.", "1. What is Easy?",
                            "Is it ? or ! or (x), one, two: signed_____.", "Call us."]
    assert "<em>“</em>" not in got.xml and "<strong>?</strong>" not in got.xml
    assert "<em/>" not in got.xml and "<strong/>" not in got.xml and "<strong> " not in got.xml

def test_headline_on_two_lines_is_read_with_a_space(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """An <h1> set on lines (<br>) was read "releaseCouncil launchesstorage" for the file's
    name and for the page's og:title it is compared with."""
    page = _page("<main><h1>Council launches<br>storage programme</h1>" + DATELINE
                 + "<p>It is <strong>the first</strong><br><strong>of its kind</strong>.</p>"
                 "</main>", head="<meta property='og:title' content='Council launches "
                 "storage programme'>")
    got = _import(tmp_path, cli_factory, page)
    assert "wrote source/council-launches-storage-programme.xml" in got.out
    assert got.title == "Council launches storage programme"
    assert got.body[1] == "It is the first of its kind."


def test_icons_in_emphasis_are_left_out_and_said() -> None:
    """An icon font's glyph in <i>/<em> (Font Awesome's U+F095 in <i class="fa fa-phone">, a
    private-use character) or a pictograph is no text: it had been published since emphasis
    without letters keeps its text (h5 finding 7). It is left out, said; punctuation and a
    bullet in emphasis stay."""
    from transpub.importer_html import import_html

    page = ("<html><body><h1>Agency launches report</h1><p>GENEVA, 3 May 2024 – The agency "
            "launched its report today.</p><p><i class='fa fa-phone'>\uf095</i> +41 22 917 "
            "1234 <i class='fa'>\uf0e0</i> or <em>\U0001F426\ufe0f</em> <b>\u2022</b> "
            "write<b>:</b> to us.</p></body></html>")
    report = import_html(page, Path("r.html"), None, "en")
    texts = [b.plain_text for b in report.release.blocks]
    assert texts[-1] == "+41 22 917 1234 or \u2022 write: to us."
    assert [n for n in report.notes if "icons left out" in n] == [
        "line 1: icons left out (an icon font's private-use characters or pictographs, alone "
        "in <i>, <em>, <b> or <strong>)"]


# --- 5. hidden text ------------------------------------------------------------------------------

@pytest.mark.parametrize("hidden", [
    "<div hidden><p>Subscribe to our newsletter</p></div>",
    "<div aria-hidden='true'><p>Subscribe to our newsletter</p></div>",
    "<div style='display: none;'><p>Subscribe to our newsletter</p></div>",
    "<div style='color:red;visibility:hidden'><p>Subscribe to our newsletter</p></div>",
    "<h2 class='sr-only'>Subscribe to our newsletter</h2>",
    "<h2 class='visually-hidden'>Subscribe to our newsletter</h2>",
    "<h2 class='visuallyhidden'>Subscribe to our newsletter</h2>",
    "<span class='screen-reader-text'>Subscribe to our newsletter</span>",
    "<div class='element-invisible'>Subscribe to our newsletter</div>",
    "<div class='u-hidden'>Subscribe to our newsletter</div>",
])
def test_hidden_text_is_not_imported(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                     hidden: str) -> None:
    page = _page("<main><h1>Agency launches report</h1><p>GENEVA, 5 March 2024 – The agency "
                 "launched <a href='https://x.org/r'>its report<span class='visually-hidden'> "
                 f"(opens in a new tab)</span></a> today.</p>{hidden}<p>It covers 190 "
                 "countries.</p></main>")
    got = _import(tmp_path, cli_factory, page)
    assert got.body == ["The agency launched its report today.", "It covers 190 countries."]
    assert "Subscribe" not in got.xml and "new tab" not in got.xml


def test_collapsed_read_more_text_is_kept(tmp_path: Path,
                                          cli_factory: Callable[[Path], Cli]) -> None:
    """Text behind a "Read more" toggle is hidden until opened, not hidden from readers."""
    page = _page("<main><h1>Agency launches report</h1>" + DATELINE +
                 "<div class='accordion'><button aria-expanded='false'>Read more</button>"
                 "<div style='display:none'><p>The index measures human development.</p></div>"
                 "</div></main>")
    got = _import(tmp_path, cli_factory, page)
    assert got.body == ["The agency launched its report today.",
                        "The index measures human development."]


# --- 6. white space next to an address ----------------------------------------------------------

def test_space_stays_next_to_addresses(tmp_path: Path,
                                       cli_factory: Callable[[Path], Cli]) -> None:
    page = _page("<main><h1>Agency launches report</h1><p>GENEVA, 5 March 2024 – The agency "
                 "launched <a href='https://x.org/r'>its report</a> at www.agency.org today, "
                 "<em>see</em> https://x.org/y for more.</p>"
                 "<p><b>Contact:</b><span> Jane Doe, jane.doe@un.org</span></p></main>")
    got = _import(tmp_path, cli_factory, page)
    assert got.body[0] == ("The agency launched its report at www.agency.org today, see "
                           "https://x.org/y for more.")
    assert "</a> at <url" in got.xml and "</em> <url" in got.xml
    assert "</strong> Jane Doe" in got.xml


# --- 7. end marks -------------------------------------------------------------------------------

@pytest.mark.parametrize("mark", ["###", "# # #", "* * *", "* *** *", "***", "-END-", "- END -",
                                  "-30-", "ENDS", "______", "#&nbsp;&nbsp;&nbsp;#&nbsp;&nbsp;#"])
def test_end_marks_are_removed(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                               mark: str) -> None:
    page = _page("<main><h1>Agency launches report</h1>" + DATELINE +
                 f"<p align='center'>{mark}</p><p>About the Agency</p>"
                 "<table><tr><td>Countries</td><td>–</td><td>12</td></tr></table></main>")
    got = _import(tmp_path, cli_factory, page)
    assert got.body == ["The agency launched its report today.", "About the Agency",
                        "Countries", "–", "12"]
    assert "removed page furniture" in got.out


# --- 8. page furniture inside the article -------------------------------------------------------

ARTICLE = """<main id="main-content"><article class="node node--type-press-release">
<nav aria-label="Breadcrumb" class="breadcrumb"><a href="/">Home</a> › <a href="/n">News</a></nav>
<div class="breadcrumbs"><a href="/">Home</a> » Press releases</div>
<div class="language-switcher"><a href="/fr">Français</a> <a href="/es">Español</a></div>
<h1>Agency launches report</h1>
<div class="article-meta"><span class="reading-time">4 min read</span></div>
<div class="social-share"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>
<a href="https://twitter.com/intent/tweet?url=x">Twitter</a></div>
<p>GENEVA, 5 March 2024 – The agency launched its report today. Its findings:</p>
<ul><li><a href="/data/heat">Record ocean heat</a></li><li>Record sea level rise</li></ul>
<p>Share this page:</p>
<p><a href="https://www.facebook.com/sharer.php?u=x">Facebook</a>
<a href="https://www.linkedin.com/shareArticle?url=x">LinkedIn</a></p>
<div class="field--name-field-tags"><a href="/t/health">Health</a> <a href="/t/c">Climate</a></div>
<p>Topics: <a href="/t/health">Health</a>, <a href="/t/sudan">Sudan</a></p>
<div role="complementary"><p>Sign up for updates</p></div>
<section class="related-stories"><h2>Related stories</h2><p><a href="/a">Agency warns</a></p>
</section>
<h2>Related stories</h2>
<ul><li><a href="/b">Agency opens office in Nairobi</a></li>
<li><a href="/c">Agency chief visits Sudan</a></li></ul>
<div class="print-link"><a href="/print/x">Print</a></div>
</article></main>"""


def test_furniture_inside_the_article_is_left_out(tmp_path: Path,
                                                  cli_factory: Callable[[Path], Cli]) -> None:
    got = _import(tmp_path, cli_factory, _page(ARTICLE))
    assert got.body == ["The agency launched its report today. Its findings:",
                        "Record ocean heat", "Record sea level rise"]
    assert got.place == ["GENEVA"]
    for gone in ("Facebook", "Health", "Français", "4 min read", "Home", "Related",
                 "Nairobi", "Print", "Sign up", "Share"):
        assert gone not in got.xml, gone
    assert "removed page furniture" in got.out


def test_release_lists_and_links_stay(tmp_path: Path,
                                      cli_factory: Callable[[Path], Cli]) -> None:
    """A list of the release's links under an ordinary heading is the release's text."""
    page = _page("<main><h1>Agency launches report</h1>" + DATELINE +
                 "<h2>Key recommendations</h2><ul><li><a href='/r1'>Screen households</a></li>"
                 "<li><a href='/r2'>Use radiography</a></li></ul>"
                 "<div class='market-shares'>Market shares rose.</div></main>")
    got = _import(tmp_path, cli_factory, page)
    assert got.body == ["The agency launched its report today.", "Key recommendations",
                        "Screen households", "Use radiography", "Market shares rose."]


# --- 9. the headline -------------------------------------------------------------------------

def test_site_name_h1_in_the_banner_is_not_the_headline(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """UNFPA's WordPress theme: the site's name is the page's first <h1>."""
    page = _page("<div class='content'><h2 class='page-title'>Agency launches report</h2>"
                 + DATELINE + "</div>",
                 head="<meta property='og:title' content='Agency launches report'>",
                 before="<div role='banner' class='site-header'><div class='site-branding'>"
                        "<h1 class='site-title'><a href='/'>United Nations Population Fund</a>"
                        "</h1></div></div>")
    got = _import(tmp_path, cli_factory, page)
    assert got.title == "Agency launches report"
    assert got.body == ["The agency launched its report today."]
    assert "Population Fund" not in got.xml
    assert list((tmp_path / "ws" / "source").glob("agency-launches-report.xml"))


def test_h1_naming_the_site_in_a_header_outside_main(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    page = _page("<main><h1>Agency launches report</h1>" + DATELINE + "</main>",
                 head="<meta property='og:site_name' content='UN News'>",
                 before="<header><h1>UN News</h1></header>")
    got = _import(tmp_path, cli_factory, page)
    assert got.title == "Agency launches report"
    assert "UN News" not in got.xml


def test_empty_logo_h1_falls_back_to_the_title(tmp_path: Path,
                                               cli_factory: Callable[[Path], Cli]) -> None:
    page = _page("<main><h2>Agency launches report</h2>" + DATELINE + "</main>",
                 head="<title>Agency launches report | UNICEF</title>",
                 before="<header><h1 class='logo'><a href='/'><img src='logo.svg' alt='UNICEF'>"
                        "</a></h1></header>")
    got = _import(tmp_path, cli_factory, page)
    assert got.title == "Agency launches report"
    assert got.body == ["The agency launched its report today."]
    assert "headline may be missing" not in got.out  # (the <h2> repeats the title)


def test_a_title_nothing_repeats_is_said(tmp_path: Path,
                                         cli_factory: Callable[[Path], Cli]) -> None:
    """A page without <h1> whose text never repeats its <title> (a site's name, "UNODC", a
    page saved without its headline) had it taken for the headline without a word."""
    page = _page("<main>" + DATELINE + "<p>It covers ten years.</p></main>",
                 head="<title>UNODC</title>")
    got = _import(tmp_path, cli_factory, page)
    assert got.title == "UNODC"
    assert "warning: the headline may be missing: the page has no <h1>" in got.out
    assert "«UNODC»" in got.out


@pytest.mark.parametrize(("head", "title"), [
    ("<title>Agency launches report | UNICEF</title>", "Agency launches report"),
    ("<title>Agency launches report - WHO</title>", "Agency launches report"),
    ("<title>Agency launches report — UN News</title>", "Agency launches report"),
    ("<title>Agency launches report | Press release | UN Women – Headquarters</title>",
     "Agency launches report"),
    ("<title>Press Release</title><meta property='og:title' content='Agency launches report'>",
     "Agency launches report"),
    ("<title>COVID-19 - what we know about the new wave of cases</title>",
     "COVID-19 - what we know about the new wave of cases"),
])
def test_headline_without_h1(tmp_path: Path, cli_factory: Callable[[Path], Cli], head: str,
                             title: str) -> None:
    got = _import(tmp_path, cli_factory, _page("<main>" + DATELINE + "</main>", head=head))
    assert got.title == title
    assert got.body == ["The agency launched its report today."]


def test_menu_of_links_above_the_headline_is_no_office(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """UNODC's old table layout: the left navigation stood above the headline, and became the
    issuing office (then a subheading of links)."""
    page = _page("<table><tr><td><a href='/'>Home</a> <a href='/about'>About UNODC</a> "
                 "<a href='/press'>Press centre</a></td></tr></table>"
                 "<p>United Nations</p><p>PRESS RELEASE</p>"
                 "<h1>Agency launches report</h1>" + DATELINE)
    got = _import(tmp_path, cli_factory, page)
    assert got.text("//r:office") == ["United Nations"]
    assert got.label == ["PRESS RELEASE"]
    assert got.body == ["The agency launched its report today."]
    assert "Home" not in got.xml


def test_a_page_nested_too_deep_is_refused_in_words_of_the_page(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """libxml2's "Excessive depth in document: 256, use XML_PARSE_HUGE option" named an
    option of the parser, not what is wrong with the page."""
    page = tmp_path / "deep.html"
    page.write_text("<html><body><h1>Title</h1>" + "<div>" * 300 + "Text" + "</div>" * 300
                    + "</body></html>", encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    cli("-C", str(tmp_path / "ws"), "import", str(page), expect=2)
    assert "nested more than 256 deep" in cli.err and "XML_PARSE_HUGE" not in cli.err
    assert len(cli.err.strip().splitlines()) == 1
    assert not list((tmp_path / "ws" / "source").glob("*.xml"))


@pytest.mark.parametrize(("bar", "label", "place"), [
    ("<span>15 March 2024</span> | <span>News release</span> | <span>Geneva</span>",
     "News release", "Geneva"),
    ("News release · 3 May 2024", "News release", None),
    ("15 March 2024 | Geneva", None, "Geneva"),
])
def test_a_date_bar_above_the_headline(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                       bar: str, label: str | None, place: str | None) -> None:
    """WHO's "15 March 2024 | News release | Geneva" above the headline had been the text's
    first paragraph, the release undated: its date, label and place."""
    page = tmp_path / "who.html"
    page.write_text(f"<html><body><main><div>{bar}</div><h1>Agency launches report</h1>"
                    "<p>The agency launched its report today.</p></main></body></html>",
                    encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    cli("-C", str(tmp_path / "ws"), "import", str(page))
    xml = next((tmp_path / "ws" / "source").glob("*.xml")).read_text(encoding="utf-8")
    assert 'when="2024-03-15"' in xml or 'when="2024-05-03"' in xml
    assert '<p id="p1">The agency launched its report today.</p>' in xml
    assert (f'<label id="label">{label}</label>' in xml) is (label is not None)
    assert (f'<place id="place">{place}</place>' in xml) is (place is not None)


# --- the dateline under captions, a summary's points, a byline -------------------------------

@pytest.mark.parametrize(("above", "subheadings"), [
    # a picture, its caption and credit, and a standfirst (UNICEF, UNDP)
    ("<figure><img src='a.jpg' alt=''><figcaption>Children at a school in Gaza.</figcaption>"
     "</figure><p>© UNICEF/UNI512345/Name</p>"
     "<p>Ten countries join the initiative, which opens next year.</p>",
     ["Ten countries join the initiative, which opens next year."]),
    # a summary's three points (WMO)
    ("<ul><li>Record ocean heat</li><li>Record sea level rise</li>"
     "<li>Renewables offer hope</li></ul>",
     ["Record ocean heat", "Record sea level rise", "Renewables offer hope"]),
    # a reader view's byline and a credit by its words, a standfirst
    ("<div>UNHCR</div><p>Photo: UNHCR/Name</p><p>By Jane Doe</p>"
     "<p>The report counts 120 million people forced from their homes.</p>",
     ["UNHCR", "By Jane Doe", "The report counts 120 million people forced from their homes."]),
    # a caption closed by its credit, no figure and no word for it (UNICEF's pages as saved;
    # the HTML importer had read only a credit's opening, credits.is_caption reads both)
    ("<p>A girl queues for water in Sana'a. © UNICEF/UNI322107/Haro</p>"
     "<p>Ten countries join the initiative, which opens next year.</p>",
     ["Ten countries join the initiative, which opens next year."]),
])
def test_dateline_under_captions_and_a_summary(tmp_path: Path,
                                               cli_factory: Callable[[Path], Cli],
                                               above: str, subheadings: list[str]) -> None:
    """The dateline was looked for in the first three blocks under the headline: a caption
    and credit, a summary's points, a byline put it out of reach (place lost, the dateline
    left in the text). A caption or credit above it is no subheading: it goes under the
    first paragraph, which the dateline opens."""
    page = _page(f"<main><h1>Agency launches report</h1>{above}"
                 "<p>Geneva, 19 March 2024 – The agency launched its report today.</p>"
                 "<p>It covers ten years.</p></main>")
    got = _import(tmp_path, cli_factory, page)
    assert got.place == ["Geneva"] and got.date == ["2024-03-19"]
    assert got.text("//r:body/r:h2") == subheadings
    paragraphs = got.text("//r:body/r:p")
    assert paragraphs[0] == "The agency launched its report today."
    assert paragraphs[-1] == "It covers ten years."
    assert not any("Geneva" in p for p in paragraphs)
    if "Photo" in above or "©" in above:
        assert any(p.startswith("Photo:") or "©" in p for p in paragraphs[1:-1])
        assert "caption or credit above the dateline" in got.out


# --- where the contact block ends -------------------------------------------------------------

@pytest.mark.parametrize("after", [
    "<hr><p><a href='/legal'>Legal notice</a> | <a href='/contact'>Contact us</a> | "
    "© 2024 UNODC</p>",
    "<p>You are receiving this email because you subscribed to media alerts. "
    "<a href='https://x.org/unsubscribe'>Unsubscribe</a></p>",
    "<div><p><a href='#cmnt_ref1' id='cmnt1'>[a]</a>check figure with SDG team</p></div>",
])
def test_contact_block_ends_before_a_footer(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                            after: str) -> None:
    """A site's copyright footer, a mailing list's unsubscribe line, a reviewer's comment
    after the contacts had become contact lines."""
    page = _page("<main><h1>Agency launches report</h1>" + DATELINE +
                 "<p>For more information, please contact:</p>"
                 "<p>Jane Doe, jane.doe@un.org</p>" + after + "</main>")
    got = _import(tmp_path, cli_factory, page)
    assert got.contact == ["For more information, please contact:", "Jane Doe, jane.doe@un.org"]
    assert got.body == ["The agency launched its report today."]
    assert "removed page furniture" in got.out


def test_caption_after_the_contacts_is_no_contact_line(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """A picture's credit and caption, a video's caption after the contacts (FAO, WFP) were
    contact lines; they are the text's paragraphs."""
    page = _page("<main><h1>Agency launches report</h1>" + DATELINE +
                 "<div class='contacts'><h3>Media contacts</h3><p>Jane Doe<br>"
                 "Tel: +41 22 917 0000<br>Email: jane.doe@un.org</p></div>"
                 "<div class='picture'><p>Photo: ©FAO/Name</p><p>A market in Rome.</p></div>"
                 "<p class='video-caption'>Video: the Director speaks from Rafah.</p></main>")
    got = _import(tmp_path, cli_factory, page)
    assert got.contact == ["Media contacts", "Jane Doe", "Tel: +41 22 917 0000",
                           "Email: jane.doe@un.org"]
    assert got.body == ["The agency launched its report today.", "Photo: ©FAO/Name",
                        "A market in Rome.", "Video: the Director speaks from Rafah."]


# --- two datelines, a meetings coverage's header, no landmarks, a date in figures -------------

def test_letterhead_date_and_the_texts_dateline(tmp_path: Path,
                                                cli_factory: Callable[[Path], Cli]) -> None:
    """UNIS Vienna: "Vienna, 26 June 2024" in the letterhead, "VIENNA, 26 June (UN
    Information Service) –" opening the text, where it stayed after the built dateline."""
    page = _page("<main><table><tr><td><b>PRESS RELEASE</b></td><td>Vienna, 26 June 2024</td>"
                 "</tr></table><h1>Agency launches report</h1><p>VIENNA, 26 June (UN Information "
                 "Service) – The agency launched its report today.</p></main>")
    got = _import(tmp_path, cli_factory, page)
    assert got.body == ["The agency launched its report today."]
    assert got.date == ["2024-06-26"] and got.place == ["VIENNA"]
    assert got.text("//r:attribution") == ["UN Information Service"]
    assert got.label == ["PRESS RELEASE"]


def test_meetings_coverage_header_is_the_office_line(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """press.un.org's "Security Council" / "9617th Meeting (AM)" above the headline were
    body paragraphs; from text they are the office line."""
    page = _page("<main><div>Security Council</div><div>9617th Meeting (AM)</div>"
                 "<div>SC/15683</div><div>30 April 2024</div><h1>Security Council Extends "
                 "Mandate of Mission in South Sudan</h1><p>The Security Council today extended "
                 "the mandate of the Mission.</p></main>")
    got = _import(tmp_path, cli_factory, page)
    assert got.text("//r:office") == ["Security Council, 9617th Meeting (AM)"]
    assert got.body == ["The Security Council today extended the mandate of the Mission."]
    assert got.date == ["2024-04-30"]


def test_page_without_landmarks_is_read_from_the_headlines_container(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """A div layout with no <main> or <article> and nothing naming its furniture: the
    cookie banner, the menu and the footer had been the office line and the text."""
    page = _page("<div><div>Your privacy. We use cookies to improve your experience. "
                 "<a href='/privacy'>Privacy policy</a></div>"
                 "<div><a href='/'>Home</a> <a href='/news'>News</a></div>"
                 "<div><h1>Agency launches report</h1>" + DATELINE + TEXT + "</div>"
                 "<div>Agency, 1 Main Street, Geneva</div></div>")
    got = _import(tmp_path, cli_factory, page)
    assert got.text("//r:office") == []
    assert got.body == ["The agency launched its report today.", *[
        " ".join(p.split()) for p in TEXT.replace("</p>", "").split("<p>") if p]]


TEXT = ("<p>It covers ten years of data from 150 countries and territories, and finds that "
        "progress has stalled in half of them since 2020.</p><p>“We must act now,” said the "
        "Director, who launched the report in Geneva with the ministers of five countries.</p>")


@pytest.mark.parametrize(("figures", "lang", "when"), [
    ("25.04.2024", "en", "2024-04-25"),
    ("04/25/2024", "en", "2024-04-25"),
])
def test_date_in_figures_above_the_headline(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                            figures: str, lang: str, when: str) -> None:
    """A date in figures above the headline ("25.04.2024"): no date was read, so "ROME –"
    stayed in the text. Read as the text importer reads one, where one order only can be
    meant, or the page's language writes dates day first."""
    page = _page(f"<main><p>{figures}</p><h1>Agency launches report</h1>"
                 "<p>ROME – The agency launched its report today.</p></main>").replace(
        "<html>", f"<html lang='{lang}'>")
    got = _import(tmp_path, cli_factory, page)
    assert got.date == [when] and got.place == ["ROME"]
    assert got.body == ["The agency launched its report today."]
    assert "may be read day first" not in got.out


def test_a_day_first_language_reads_a_date_in_figures_day_first(tmp_path: Path) -> None:
    """A release in a language writing dates day first (CLDR: French): its convention decides
    "05/04/2024", 5 April, as the text importer reads it."""
    from transpub.importer import import_file

    path = tmp_path / "page.html"
    path.write_text(_page("<main><p>05/04/2024</p><h1>L'agence publie son rapport</h1>"
                          "<p>ROME – L'agence a publié son rapport aujourd'hui.</p></main>"),
                    encoding="utf-8")
    report = import_file(path, lang="fr")
    assert report.release.date is not None and report.release.date.isoformat() == "2024-04-05"
    assert not any("may be read day first" in note for note in report.notes)


def test_an_ambiguous_date_in_figures_is_not_guessed(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """FAO's "05/04/2024" on an English page may be 5 April or 4 May: no date is guessed, and
    the output says so, as the text importer does (one rule; it had been read day first)."""
    page = _page("<main><p>05/04/2024</p><h1>Agency launches report</h1>"
                 "<p>ROME – The agency launched its report today.</p></main>")
    got = _import(tmp_path, cli_factory, page)
    assert got.date == []
    assert "«05/04/2024» may be read day first or month first: no release date taken" \
        in " ".join(got.out.split())
    assert "05/04/2024" in got.xml


@pytest.mark.parametrize(("reference", "said"), [
    ("&#x1b;", "control character U+001B"), ("&#xFFFE;", "non-character character U+FFFE"),
    ("&#xF0000;", "private-use character U+F0000"),
    ("<a href='https://un.org/&#x1b;'>link</a>", "control character U+001B")],
    ids=["escape", "fffe", "plane-15", "in-an-attribute"])
def test_a_character_reference_no_release_may_hold_is_one_line(
        tmp_path: Path, cli_factory: Callable[[Path], Cli], reference: str, said: str) -> None:
    """What a .txt release may not hold, given by character reference (a hostile-content
    pass, h3 repro 28): ``&#x1b;`` and ``&#xFFFE;`` had been an internal error (lxml refusing
    the text), ``&#xF0000;`` (the segmenter's own inline-code mark) was written to source/,
    where every extract and build of the workspace then failed."""
    cli = _workspace(tmp_path, cli_factory)
    path = tmp_path / "release.html"
    path.write_text(_page("<main><h1>Agency launches report</h1>\n" + DATELINE +
                          f"\n<p>Entity {reference} done.</p></main>"), encoding="utf-8")
    cli("import", str(path), expect=2)
    assert cli.err.count("\n") == 1 and cli.err.endswith(
        f"/release.html:5: {said} (a character reference; not allowed in a release: remove "
        "it)\n"), cli.err
    assert not list((tmp_path / "ws" / "source").glob("*.xml"))
