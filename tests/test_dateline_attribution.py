"""A dateline's attribution kept where the release puts it: after the date.

UN information services name themselves after the date, "VIENNA, 12 May 2024 (UN Information
Service) – The…", UNICs "TEHRAN, 24 October 2018 (UNIC) – …". The importer had put the
bracket into the place («VIENNA (UN Information Service)») and every page then wrote
"VIENNA (UN Information Service), 12 May 2024 –", the service before the date. The dateline
now holds an optional ``<attribution>`` after its ``<date>``: a unit of its own in the PO
files (with a note saying what it is), written after the date in every language's page and
XML, in the brackets of the language's house style, its source shown where it is untranslated,
and checked as the place is. Sources without it read, validate and build as before.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from transpub import htmlstring, xmlstring
from transpub.datelines import dateline
from transpub.errors import ConfigError, SourceError
from transpub.html import Alternate, render_release_tree
from transpub.languages import language
from transpub.localise import Localised
from transpub.model import Block, Release, Span
from transpub.source import read_release, release_to_xml
from transpub.style import DEFAULT_STYLES, style_for

from conftest import Cli

SLUG = "vienna"
RELEASE = """\
Secretary-General Praises Vienna Office

VIENNA, 12 May 2024 (UN Information Service) – The Secretary-General today praised the work \
of the office.

He said more.
"""
#: the source ``transpub import`` writes of RELEASE
SOURCE = """\
<?xml version='1.0' encoding='UTF-8'?>
<release xmlns="urn:transpub:release:1" xmlns:its="http://www.w3.org/2005/11/its" id="vienna" \
xml:lang="en" its:version="2.0">
  <meta>
    <title id="title">Secretary-General Praises Vienna Office</title>
    <dateline>
      <place id="place">VIENNA</place>
      <date when="2024-05-12">12 May 2024</date>
      <attribution id="attribution">UN Information Service</attribution>
    </dateline>
  </meta>
  <body>
    <p id="p1">The Secretary-General today praised the work of the office.</p>
    <p id="p2">He said more.</p>
  </body>
</release>
"""


@pytest.mark.parametrize(("text", "parts"), [
    ("VIENNA, 12 May 2024 (UN Information Service) – The Board met.",
     ("VIENNA", dt.date(2024, 5, 12), "12 May 2024", "The Board met.",
      "UN Information Service")),
    ("TEHRAN, 24 October 2018 (UNIC) – The Centre marked the day.",
     ("TEHRAN", dt.date(2018, 10, 24), "24 October 2018", "The Centre marked the day.",
      "UNIC")),
    # without its year (the header's), and without a place
    ("VIENNA, 12 May (UN Information Service) -- The Board met.",
     ("VIENNA", dt.date(2020, 5, 12), "12 May", "The Board met.", "UN Information Service")),
    ("12 May 2024 (UN Information Service) – The Board met.",
     ("", dt.date(2024, 5, 12), "12 May 2024", "The Board met.", "UN Information Service")),
    # standing alone, the text in the next block
    ("VIENNA, 12 May 2024 (UN Information Service)",
     ("VIENNA", dt.date(2024, 5, 12), "12 May 2024", "", "UN Information Service")),
    # an agency between slashes after the date, and a service named before the date: the
    # place alone, the service the attribution (they had stayed with the place)
    ("NAIROBI, 5 June 2024 /UNEP/ – The Office met.",
     ("NAIROBI", dt.date(2024, 6, 5), "5 June 2024", "The Office met.", "UNEP")),
    ("GENEVA (UN News) – 12 May 2024 – The talks began.",
     ("GENEVA", dt.date(2024, 5, 12), "12 May 2024", "The talks began.", "UN News")),
    ("NEW YORK (UN News), 5 June 2024 – The Council met.",
     ("NEW YORK", dt.date(2024, 6, 5), "5 June 2024", "The Council met.", "UN News")),
    ("GINEBRA (Noticias ONU), 5 June 2024 – The Council met.",
     ("GINEBRA", dt.date(2024, 6, 5), "5 June 2024", "The Council met.", "Noticias ONU")),
    ("TEHRAN (UNIC), 24 October 2018 – The Centre marked the day.",
     ("TEHRAN", dt.date(2018, 10, 24), "24 October 2018", "The Centre marked the day.", "UNIC")),
    # a wire service's, in brackets between dashes before the date
    ("MUNICH--(MÜNCHNER MERKUR)—November 11, 2020 — The fair opened.",
     ("MUNICH", dt.date(2020, 11, 11), "November 11, 2020", "The fair opened.",
      "MÜNCHNER MERKUR")),
    ("MUNICH, Germany -- (BUSINESS WIRE) -- November 11, 2020 -- The fair opened.",
     ("MUNICH, Germany", dt.date(2020, 11, 11), "November 11, 2020", "The fair opened.",
      "BUSINESS WIRE")),
    # no attribution: a place's country or region in brackets, a date in brackets
    ("Bangkok (Thailand), 8 November 2013 - Seizures rose.",
     ("Bangkok (Thailand)", dt.date(2013, 11, 8), "8 November 2013", "Seizures rose.", "")),
    ("Goma (North Kivu), 8 November 2013 - Fighting resumed.",
     ("Goma (North Kivu)", dt.date(2013, 11, 8), "8 November 2013", "Fighting resumed.", "")),
    ("GENEVA (9 December 2020) – The talks began.",
     ("GENEVA", dt.date(2020, 12, 9), "9 December 2020", "The talks began.", "")),
])
def test_dateline_attribution(text: str, parts: tuple[str, dt.date, str, str, str]) -> None:
    found = dateline(text, "en", 2020)
    assert found is not None and tuple(found) == parts
    assert found.attribution == parts[4]


def _workspace(tmp_path: Path, cli_factory: Callable[[Path], Cli], text: str = RELEASE,
               name: str = "vienna.txt") -> Cli:
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    cli.cwd = tmp_path / "ws"
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    cli("import", str(path), "--slug", SLUG)
    return cli


def test_imported_after_the_date_and_valid(tmp_path: Path,
                                           cli_factory: Callable[[Path], Cli]) -> None:
    cli = _workspace(tmp_path, cli_factory)
    source = cli.cwd / "source" / f"{SLUG}.xml"
    xml = source.read_text(encoding="utf-8")
    assert ('    <dateline>\n      <place id="place">VIENNA</place>\n'
            '      <date when="2024-05-12">12 May 2024</date>\n'
            '      <attribution id="attribution">UN Information Service</attribution>\n'
            '    </dateline>') in xml
    assert '<p id="p1">The Secretary-General today praised' in xml
    cli("validate")
    release = read_release(source)
    assert [(b.kind, b.plain_text) for b in release.blocks[:3]] == [
        ("title", "Secretary-General Praises Vienna Office"), ("place", "VIENNA"),
        ("attribution", "UN Information Service")]
    # both XML writers agree, and write what they read
    assert xmlstring.release_xml(release) == release_to_xml(release) == source.read_bytes()
    assert source.read_text(encoding="utf-8") == SOURCE


def test_letterhead_line_keeps_its_attribution(tmp_path: Path,
                                               cli_factory: Callable[[Path], Cli]) -> None:
    """A place and date with the attribution above the headline, no dateline in the text."""
    text = ("VIENNA, 12 May 2024 (UN Information Service)\n\nVienna Office Praised\n\n"
            "The Secretary-General today praised the work of the office.\n")
    cli = _workspace(tmp_path, cli_factory, text)
    xml = (cli.cwd / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
    assert '<place id="place">VIENNA</place>' in xml
    assert '<attribution id="attribution">UN Information Service</attribution>' in xml


def test_html_page_keeps_the_attribution(tmp_path: Path,
                                         cli_factory: Callable[[Path], Cli]) -> None:
    page = ("<html><body><h1>Vienna Office Praised</h1><p>VIENNA, 12 May 2024 (UN Information "
            "Service) – The Secretary-General praised the office.</p></body></html>")
    cli = _workspace(tmp_path, cli_factory, page, "vienna.html")
    xml = (cli.cwd / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
    assert ('<place id="place">VIENNA</place>\n      <date when="2024-05-12">12 May 2024</date>'
            '\n      <attribution id="attribution">UN Information Service</attribution>') in xml
    assert '<p id="p1">The Secretary-General praised the office.</p>' in xml


def test_service_before_the_date_built_after_it(tmp_path: Path,
                                               cli_factory: Callable[[Path], Cli]) -> None:
    """A service named before the date, or a wire service's between dashes (zero-width spaces
    around its parts, as copied from a wire's page), is imported as the attribution and built
    after the date, in the house style's brackets, as every attribution is."""
    text = ("Council Meets\n\nNEW YORK (UN News), 5 June 2024 – The Council met.\n\n"
            "It said more.\n")
    cli = _workspace(tmp_path, cli_factory, text)
    xml = (cli.cwd / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
    assert ('<place id="place">NEW YORK</place>\n      <date when="2024-06-05">5 June 2024</date>'
            '\n      <attribution id="attribution">UN News</attribution>') in xml
    assert '<p id="p1">The Council met.</p>' in xml
    cli("validate")
    cli("extract")
    cli("build")
    page = (cli.cwd / "output" / "en" / f"{SLUG}.html").read_text(encoding="utf-8")
    found = re.search(r'<span class="dateline">(.*?– )</span>', page)
    assert found is not None
    assert re.sub(r"<[^>]+>", "", found.group(1)) == "NEW YORK, 5 June 2024 (UN News) – "

    wire = ("Fair Opens\n\nMUNICH\u200b--\u200b(MÜNCHNER MERKUR)\u200b—\u200bNovember 11, 2020 "
            "— The fair opened.\n")
    (tmp_path / "wire.txt").write_text(wire, encoding="utf-8")
    cli("import", str(tmp_path / "wire.txt"), "--slug", "wire")
    xml = (cli.cwd / "source" / "wire.xml").read_text(encoding="utf-8")
    assert ('<place id="place">MUNICH</place>\n      <date when="2020-11-11">November 11, 2020'
            '</date>\n      <attribution id="attribution">MÜNCHNER MERKUR</attribution>') in xml
    assert '<p id="p1">The fair opened.</p>' in xml


def test_service_of_a_place_only_dateline_built_after_the_date(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """A dateline without a date, the page's date over it ("5 June 2024" / "ROME (FAO) – The…",
    FAO's layout): the service in its bracket is the attribution, built after the date as
    every attribution is (it had been the place's, «ROME (FAO)», written before the date)."""
    text = "5 June 2024\n\nPrices Fall\n\nROME (FAO) – Prices fell in May.\n\nThey fell again.\n"
    cli = _workspace(tmp_path, cli_factory, text)
    xml = (cli.cwd / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
    assert ('<place id="place">ROME</place>\n      <date when="2024-06-05">5 June 2024</date>'
            '\n      <attribution id="attribution">FAO</attribution>') in xml
    assert '<p id="p1">Prices fell in May.</p>' in xml
    cli("validate")
    cli("extract")
    cli("build")
    page = (cli.cwd / "output" / "en" / f"{SLUG}.html").read_text(encoding="utf-8")
    found = re.search(r'<span class="dateline">(.*?– )</span>', page)
    assert found is not None
    assert re.sub(r"<[^>]+>", "", found.group(1)) == "ROME, 5 June 2024 (FAO) – "


def _written(tmp_path: Path, cli_factory: Callable[[Path], Cli], source: str = SOURCE) -> Cli:
    """A workspace holding ``source`` as written by hand (or by ``import``), extracted."""
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    cli.cwd = tmp_path / "ws"
    (cli.cwd / "source" / f"{SLUG}.xml").write_text(source, encoding="utf-8")
    cli("validate")
    cli("extract")
    return cli


def test_hand_written_source_read_and_written_back(tmp_path: Path) -> None:
    path = tmp_path / f"{SLUG}.xml"
    path.write_text(SOURCE, encoding="utf-8")
    release = read_release(path)
    assert [(b.kind, b.id, b.plain_text) for b in release.blocks[1:3]] == [
        ("place", "place", "VIENNA"), ("attribution", "attribution", "UN Information Service")]
    assert xmlstring.release_xml(release) == release_to_xml(release) == SOURCE.encode("utf-8")
    # the schema's order: the attribution after the date, never before it
    path.write_text(SOURCE.replace(
        '      <date when="2024-05-12">12 May 2024</date>\n', "").replace(
        "    </dateline>", '      <date when="2024-05-12">12 May 2024</date>\n    </dateline>'),
        encoding="utf-8")
    with pytest.raises(SourceError, match="not a valid transpub release"):
        read_release(path)


def _translate(ws: Path, lang: str, targets: dict[str, str]) -> None:
    path = ws / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"
    po = polib.pofile(str(path))
    for entry in po:
        if entry.msgctxt in targets:
            entry.msgstr = targets[entry.msgctxt]
    po.save(str(path))


def test_a_unit_with_its_note_built_after_the_date(tmp_path: Path,
                                                    cli_factory: Callable[[Path], Cli]) -> None:
    cli = _written(tmp_path, cli_factory)
    ws = cli.cwd
    po = polib.pofile(str(ws / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"))
    (unit,) = [e for e in po if e.msgctxt == "attribution"]
    assert unit.msgid == "UN Information Service"
    assert unit.comment.startswith("Dateline attribution: the service issuing the release, "
                                   "named after the date")
    _translate(ws, "fr", {"place": "VIENNE",
                          "attribution": "Service d'information des Nations Unies"})
    _translate(ws, "zh", {"place": "维也纳", "attribution": "联合国新闻处"})
    _translate(ws, "ar", {"place": "فيينا", "attribution": "دائرة الأمم المتحدة للإعلام"})
    cli("build")
    out = ws / "output"

    def shown(lang: str) -> str:
        page = (out / lang / f"{SLUG}.html").read_text(encoding="utf-8")
        found = re.search(r'<span class="dateline">(.*?(?:– |——))</span>', page)
        assert found is not None
        return re.sub(r"<[^>]+>", "", found.group(1))

    assert shown("en") == "VIENNA, 12 May 2024 (UN Information Service) – "
    assert shown("fr") == "VIENNE, 12 mai 2024 (Service d'information des Nations Unies) – "
    assert shown("zh") == "维也纳，2024年5月12日（联合国新闻处）——"
    assert shown("ar") == ("فيينا، 12 أيار/مايو 2024 (دائرة الأمم المتحدة للإعلام) – ")
    # untranslated: the source's, marked as such, still after the date
    ru = (out / "ru" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert ('<time datetime="2024-05-12">12 мая 2024 года</time> (<span class="attribution">'
            '<span lang="en" dir="ltr" class="untranslated">UN Information Service</span>'
            '</span>) – </span>') in ru
    fr_xml = (out / "fr" / f"{SLUG}.xml").read_text(encoding="utf-8")
    assert ('<place id="place">VIENNE</place>\n      <date when="2024-05-12">12 mai 2024</date>\n'
            '      <attribution id="attribution">Service d\'information des Nations Unies'
            '</attribution>') in fr_xml
    ru_xml = (out / "ru" / f"{SLUG}.xml").read_text(encoding="utf-8")
    assert ('<attribution id="attribution"><span xml:lang="en">UN Information Service</span>'
            '</attribution>') in ru_xml


def test_checked_as_the_place_is(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """TP109 reads the attribution as it reads the place: a city that became another."""
    cli = _written(tmp_path, cli_factory, SOURCE.replace("UN Information Service",
                                                         "UN Information Centre Tehran"))
    _translate(cli.cwd, "fr", {"attribution": "Centre d'information des Nations Unies à Kaboul"})
    cli("check", "--no-cache", "--format", "json", expect=None)
    found = [(f["code"], f["unit"]) for f in json.loads(cli.out)["findings"]
             if f["lang"] == "fr" and f["code"] == "TP109"]
    assert found == [("TP109", "attribution")]


def _item(lang: str, blocks: tuple[Block, ...]) -> Localised:
    release = Release(SLUG, "en", blocks, dt.date(2024, 5, 12), "12 May 2024")
    return Localised(release, lang, "en", 1, 1)


def _page(item: Localised, style_lang: str) -> str:
    style = DEFAULT_STYLES[style_lang]
    info = language(item.lang)
    alternates = [Alternate(info, f"{SLUG}.html")]
    tree = render_release_tree(item, info, style, alternates)
    assert htmlstring.render_page(item, info, style, [(info, f"{SLUG}.html")]) == tree
    return tree.decode("utf-8")


def test_a_source_without_it_builds_as_before() -> None:
    """A source written before (the attribution in the place) is read and written as it was."""
    title = Block("title", "title", (Span("text", "Vienna Office Praised"),), 1)
    place = Block("place", "place", (Span("text", "VIENNA (UN Information Service)"),), 2)
    para = Block("p1", "p", (Span("text", "The office was praised."),), 3)
    page = _page(_item("en", (title, place, para)), "en")
    assert ('<span class="dateline"><span class="place">VIENNA (UN Information Service)</span>, '
            '<time datetime="2024-05-12">12 May 2024</time> – </span>') in page
    assert "attribution" not in page
    xml = release_to_xml(_item("en", (title, place, para)).release).decode("utf-8")
    assert "attribution" not in xml


def test_house_style_brackets_configurable() -> None:
    assert DEFAULT_STYLES["en"].attribution == " ({attribution})"
    assert DEFAULT_STYLES["zh"].attribution == "（{attribution}）"
    style = style_for("fr", {"attribution": " [{attribution}]"})
    title = Block("title", "title", (Span("text", "T"),), 1)
    attribution = Block("attribution", "attribution", (Span("text", "UNIS"),), 2)
    para = Block("p1", "p", (Span("text", "Text."),), 3)
    item = _item("fr", (title, attribution, para))
    info = language("fr")
    page = render_release_tree(item, info, style, [Alternate(info, f"{SLUG}.html")])
    assert ('<time datetime="2024-05-12">12 May 2024</time> [<span class="attribution">UNIS'
            '</span>] – </span>') in page.decode("utf-8")
    with pytest.raises(ConfigError, match="attribution"):
        style_for("fr", {"attribution": " (UNIS)"})


@pytest.mark.parametrize(("place", "expected"), [
    ("NEW YORK (UN Headquarters)", None),
    ("VIENNA (Vienna International Centre)", None),
    ("GENEVA (Palais des Nations, Press Room XVI)", None),
    ("NEW YORK (UN News)", ("NEW YORK", "UN News")),
    ("TEHRAN (UN Information Centre)", ("TEHRAN", "UN Information Centre")),
    ("ROME (FAO)", ("ROME", "FAO")),
])
def test_a_place_in_the_bracket_is_no_service(place: str,
                                              expected: tuple[str, str] | None) -> None:
    """(the hostile pass on session 62's changes: a place's own bracket had been read as the
    issuing service, which the build writes after the date)"""
    from transpub.datelines import service_before

    assert service_before(place) == expected
