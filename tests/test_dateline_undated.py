"""A dateline with a place and no date.

Some releases say where they were issued and not when: the IAEA's "Vienna, Austria" on a line
of its own under the release number, FAO's "ROME (FAO) – The…" with no date anywhere, WHO's
"GENEVA – The…" on a page whose date is not in the text. The vocabulary required a ``<date>`` in
every ``<dateline>``, so the import left the place in the text (a paragraph "Vienna, Austria",
or "ROME (FAO) – " opening the first one). The date is now optional in a dateline that names
its place (a dateline still holds a place or a date: an empty one is refused), the importers
read such a place, and every page writes it without a date, in its language's punctuation.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from importcases import import_text, kinds
from pdfmake import pdf
from transpub import htmlstring, xmlstring
from transpub.datelines import place_only
from transpub.html import Alternate, render_release_tree
from transpub.languages import language
from transpub.localise import Localised
from transpub.model import Block, Release, Span
from transpub.source import read_release, release_to_xml
from transpub.style import DEFAULT_STYLES, HouseStyle

from conftest import Cli

SLUG = "grossi"
#: The reproducer: the IAEA's head, the release number, the place, no date.
IAEA = """\
IAEA: Grossi to Assume Office on 3 December

46/2019
Vienna, Austria

Argentinian diplomat Rafael Mariano Grossi takes office this week.
"""
HEADLINE = "WHO Calls for Urgent Action on Air Pollution\n\n"
TEXT = "The World Health Organization today called on countries to act.\n\nMore text.\n"


def test_the_reproducer(tmp_path: Path) -> None:
    release, _removed = import_text(tmp_path, IAEA)
    assert kinds(release, "place") == ["Vienna, Austria"]
    assert release.date is None
    assert kinds(release, "p") == ["Argentinian diplomat Rafael Mariano Grossi takes office "
                                   "this week."]
    # the same head with its date is dated as before
    dated, _removed = import_text(tmp_path, IAEA.replace("Austria\n", "Austria\n2 December "
                                                         "2019\n"), "dated.txt")
    assert kinds(dated, "place") == ["Vienna, Austria"]
    assert dated.date == dt.date(2019, 12, 2)


@pytest.mark.parametrize(("opening", "place", "attribution"), [
    ("New York\n\n", "New York", []),  # a place alone under the headline
    ("Vienna, Austria\n", "Vienna, Austria", []),  # (the text right under it)
    ("ROME (FAO) – ", "ROME", ["FAO"]),  # a service in the bracket: the attribution
    ("GENEVA (ILO News) – ", "GENEVA", ["ILO News"]),
    ("GENEVA (ILO news)- ", "GENEVA", ["ILO news"]),  # a hyphen glued to the bracket
    ("GENEVA (ILO News) ─", "GENEVA", ["ILO News"]),  # a box-drawing line, glued
    ("ROME ― ", "ROME", []),  # a horizontal bar
    ("GENEVA – ", "GENEVA", []),
    ("Geneva – ", "Geneva", []),  # (IOM's, title case)
    ("NAIROBI, Kenya – ", "NAIROBI, Kenya", []),
    ("NEW YORK/GENEVA – ", "NEW YORK/GENEVA", []),
    ("GOMA (North Kivu) – ", "GOMA (North Kivu)", []),  # a region stays the place's
    ("Dar es Salaam – ", "Dar es Salaam", []),
])
def test_place_without_a_date(tmp_path: Path, opening: str, place: str,
                              attribution: list[str]) -> None:
    release, _removed = import_text(tmp_path, HEADLINE + opening + TEXT)
    assert (kinds(release, "place"), kinds(release, "attribution")) == ([place], attribution)
    assert release.date is None and release.date_text == ""
    assert kinds(release, "p")[0] == ("The World Health Organization today called on "
                                      "countries to act.")


@pytest.mark.parametrize("opening", [
    "Key Findings\n\n",  # a heading
    "Climate Action – ",  # capitalised words and a dash: no place known
    "HEALTH ALERT – ",
    "UNICEF – ",  # a body's acronym
    "Today – ",
    "Afghanistan\n\n",  # a country alone (a page's tag)
    "Geneva is hosting the talks this week.\n\n",  # a sentence
    "Geneva\nis hosting the talks this week.\n\n",  # a sentence wrapped after the name
])
def test_no_place_taken(tmp_path: Path, opening: str) -> None:
    release, _removed = import_text(tmp_path, HEADLINE + opening + TEXT)
    assert kinds(release, "place") == kinds(release, "attribution") == []
    assert " ".join(kinds(release, "p") + kinds(release, "h2")).startswith(
        " ".join(opening.split()).rstrip(" –") if opening.strip() != "–" else "")


@pytest.mark.parametrize(("text", "place"), [
    ("GENEVA (ILO news)- The x.", "GENEVA (ILO news)"),
    ("GENEVA (ILO News) \u2500Juan x.", "GENEVA (ILO News)"),
    ("ROME \u2015 The x.", "ROME"),
    ("Geneva \u2015 The x.", "Geneva"),
    # (the dashes a heading writes too: after them, a place places.json knows; t67/hB)
    ("AIDS (Acquired Immune Deficiency Syndrome)- The x.", None),
    ("KEY FINDINGS \u2015 The x.", None),
    ("Key Findings \u2015 The x.", None),
    ("BILAN (Mise à jour)- Le x.", None),
    ("RESUMEN (Actualizado)- El x.", None),
])
def test_a_headings_dash_needs_a_known_place(text: str, place: str | None) -> None:
    found = place_only(text, titled=True)
    assert (found[0] if found else None) == place


def _imported_in(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                 text: str) -> Release:
    """``text`` imported by the CLI in a workspace whose releases are written in ``lang``."""
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    ws = tmp_path / "ws"
    toml = ws / "transpub.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'source_language = "en"', f'source_language = "{lang}"'), encoding="utf-8")
    (ws / "in.txt").write_text(text, encoding="utf-8")
    cli.cwd = ws
    cli("import", "in.txt", "--slug", SLUG)
    return read_release(ws / "source" / f"{SLUG}.xml")


@pytest.mark.parametrize("lang_text", [
    ("fr", "L'AIEA accueille son Directeur\n\nVienne, Autriche\n\nLe diplomate argentin "
           "prend ses fonctions.\n"),
    ("ru", "МАГАТЭ приветствует директора\n\nВена, Австрия\n\nАргентинский дипломат "
           "вступает в должность.\n\nЕщё текст.\n"),
])
def test_in_other_languages(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                            lang_text: tuple[str, str]) -> None:
    lang, text = lang_text
    release = _imported_in(tmp_path, cli_factory, lang, text)
    assert kinds(release, "place") == [{"fr": "Vienne, Autriche", "ru": "Вена, Австрия"}[lang]]
    assert release.date is None


@pytest.mark.parametrize(("lang", "opening", "place"), [
    # a place in capitals of other letters than English's, opening the text before a dash
    ("ru", "ВЕНА – ", "ВЕНА"),
    ("fr", "GENÈVE – ", "GENÈVE"),
    ("ru", "ООН – ", None),  # an acronym in Cyrillic capitals: no place known
    ("fr", "ONU – ", None),
    ("fr", "ÉTÉ – ", None),  # a shouted word
])
def test_capitals_of_other_scripts(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                   lang: str, opening: str, place: str | None) -> None:
    """«ВЕНА – Генеральный секретарь…» had stayed in the text: the place in capitals was read
    in English's letters alone."""
    text = {"ru": "Генеральный секретарь призывает к миру\n\n{}Генеральный секретарь "
                  "сегодня призвал стороны к миру.\n\nОн сказал, что мир возможен.\n",
            "fr": "Le Secrétaire général appelle à la paix\n\n{}Le Secrétaire général a "
                  "appelé aujourd'hui les parties à la paix.\n\nIl a dit que la paix est "
                  "possible.\n"}[lang].format(opening)
    release = _imported_in(tmp_path, cli_factory, lang, text)
    assert kinds(release, "place") == ([place] if place else [])
    assert kinds(release, "p")[0].startswith(opening if place is None else ("Генеральный",
                                                                              "Le Secrétaire"))


def test_html_page(tmp_path: Path) -> None:
    page = ("<html><body><h1>Prices Fall</h1><p>ROME (FAO) – Prices fell in May.</p>"
            "<p>They fell again.</p></body></html>")
    release, _removed = import_text(tmp_path, page, "rome.html")
    assert (kinds(release, "place"), kinds(release, "attribution")) == (["ROME"], ["FAO"])
    assert release.date is None
    assert kinds(release, "p") == ["Prices fell in May.", "They fell again."]
    line = page.replace("ROME (FAO) – Prices", "Vienna, Austria</p><p>Prices")
    release, _removed = import_text(tmp_path, line, "line.html")
    assert kinds(release, "place") == ["Vienna, Austria"]
    assert kinds(release, "p") == ["Prices fell in May.", "They fell again."]
    heading = page.replace("ROME (FAO) – Prices", "Key Findings</p><p>Prices")
    release, _removed = import_text(tmp_path, heading, "heading.html")
    assert kinds(release, "place") == []


def test_word_document(tmp_path: Path) -> None:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{t}</w:t></w:r></w:p>" for t in (
        "Prices Fall", "ROME (FAO) – Prices fell in May.", "They fell again."))
    path = tmp_path / "rome.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/></Types>'))
        package.writestr("word/document.xml",
                         f'<w:document xmlns:w="{w}"><w:body>{paras}</w:body></w:document>')
    from transpub.importer import import_file

    release = import_file(path).release
    assert (kinds(release, "place"), kinds(release, "attribution")) == (["ROME"], ["FAO"])
    assert release.date is None


def test_pdf(tmp_path: Path) -> None:
    path = tmp_path / "iaea.pdf"
    path.write_bytes(pdf([["IAEA: Grossi to Assume Office", "", "Vienna, Austria", "",
                           "Argentinian diplomat Rafael Mariano Grossi takes office this week.",
                           "", "He succeeds Yukiya Amano."]]))
    from transpub.importer import import_file

    release = import_file(path).release
    assert kinds(release, "place") == ["Vienna, Austria"]
    assert release.date is None


# --- the vocabulary ----------------------------------------------------------------------

def _source(dateline: str) -> str:
    return ("<?xml version='1.0' encoding='UTF-8'?>\n"
            '<release xmlns="urn:transpub:release:1" xmlns:its="http://www.w3.org/2005/11/its"'
            f' id="{SLUG}" xml:lang="en" its:version="2.0">\n  <meta>\n'
            '    <title id="title">Prices Fall</title>\n'
            f"{dateline}  </meta>\n  <body>\n    <p id=\"p1\">Prices fell in May.</p>\n"
            "  </body>\n</release>\n")


PLACE_ONLY = _source('    <dateline>\n      <place id="place">ROME</place>\n'
                     '      <attribution id="attribution">FAO</attribution>\n'
                     "    </dateline>\n")


def test_read_and_written_back(tmp_path: Path) -> None:
    path = tmp_path / f"{SLUG}.xml"
    path.write_text(PLACE_ONLY, encoding="utf-8")
    release = read_release(path)
    assert release.date is None and release.date_text == ""
    assert [(b.kind, b.plain_text) for b in release.blocks[:3]] == [
        ("title", "Prices Fall"), ("place", "ROME"), ("attribution", "FAO")]
    assert xmlstring.release_xml(release) == release_to_xml(release) == path.read_bytes()


@pytest.mark.parametrize(("dateline", "said"), [
    ("    <dateline>\n    </dateline>\n", "source/grossi.xml:5: the dateline is empty"),
    ('    <dateline>\n      <attribution id="attribution">FAO</attribution>\n'
     "    </dateline>\n", "source/grossi.xml:6: not a valid transpub release"),
    # (an empty place is no place: it had passed, every page opening with a bare " – ")
    ('    <dateline>\n      <place id="place"></place>\n    </dateline>\n',
     "source/grossi.xml:6: the dateline's place is empty"),
    ('    <dateline>\n      <place id="place">  \n </place>\n    </dateline>\n',
     "source/grossi.xml:6: the dateline's place is empty"),
    ('    <dateline>\n      <place id="place"></place>\n      <date when="2024-05-12">12 May'
     ' 2024</date>\n    </dateline>\n', "source/grossi.xml:6: the dateline's place is empty"),
    ('    <dateline>\n      <place id="place">ROME</place>\n      <attribution id="attribution">'
     '</attribution>\n    </dateline>\n',
     "source/grossi.xml:7: the dateline's attribution is empty"),
])
def test_an_empty_dateline_refused(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                   dateline: str, said: str) -> None:
    """A dateline holds a place with text or a date still: neither (an attribution alone, an
    empty place) is refused, on one line naming the file and line, and nothing is written."""
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    cli.cwd = tmp_path / "ws"
    (cli.cwd / "source" / f"{SLUG}.xml").write_text(_source(dateline), encoding="utf-8")
    for command in ("validate", "extract", "build"):
        cli(command, expect=2)
        assert said in cli.err and "Traceback" not in cli.err
        assert len(cli.err.strip().splitlines()) == 1
    assert not (cli.cwd / "locales" / f"{SLUG}.pot").exists()
    assert not list((cli.cwd / "output").glob("*/*.html"))


# --- the pages ---------------------------------------------------------------------------

def _item(lang: str, place: str, attribution: str = "") -> Localised:
    blocks = [Block("title", "title", (Span("text", "Prices Fall"),), 1),
              Block("place", "place", (Span("text", place),), 2)]
    if attribution:
        blocks.append(Block("attribution", "attribution", (Span("text", attribution),), 2))
    blocks.append(Block("p1", "p", (Span("text", "Prices fell in May."),), 3))
    return Localised(Release(SLUG, "en", tuple(blocks)), lang, "en", 1, 1)


def _dateline(item: Localised, style: HouseStyle) -> str:
    info = language(item.lang)
    tree = render_release_tree(item, info, style, [Alternate(info, f"{SLUG}.html")])
    # (the page written from the tree and the page written as a string agree)
    assert htmlstring.render_page(item, info, style, [(info, f"{SLUG}.html")]) == tree
    page = tree.decode("utf-8")
    assert "<time" not in page and "None" not in page
    found = re.search(r'<p><span class="dateline">(.*?(?:– |——))</span>', page)
    assert found is not None
    return found.group(1)


@pytest.mark.parametrize(("lang", "place", "attribution", "shown"), [
    ("en", "ROME", "FAO", "ROME (FAO) – "),
    ("en", "Vienna, Austria", "", "Vienna, Austria – "),
    ("fr", "ROME", "FAO", "ROME (FAO) – "),
    ("zh", "罗马", "粮农组织", "罗马（粮农组织）——"),
    ("ar", "روما", "الفاو", "روما (الفاو) – "),
    ("ru", "РИМ", "", "РИМ – "),
])
def test_every_page_writes_the_place_alone(lang: str, place: str, attribution: str,
                                           shown: str) -> None:
    written = _dateline(_item(lang, place, attribution), DEFAULT_STYLES[lang])
    assert re.sub(r"<[^>]+>", "", written) == shown
    assert f'<span class="place">{place}</span>' in written


def test_an_rtl_page_isolates_a_latin_place() -> None:
    written = _dateline(_item("ar", "ROME", "FAO"), DEFAULT_STYLES["ar"])
    assert "<bdi>ROME</bdi>" in written and "<bdi>FAO</bdi>" in written


@pytest.mark.parametrize(("template", "before", "after"), [
    ("{place}, {date} – ", "", " – "),
    ("{place}，{date}——", "", "——"),
    ("{date}, {place}: ", "", ": "),
    ("[{place}] {date} — ", "[", " — "),  # (the place's own brackets kept)
    ("{date} – ", "", " – "),  # (a style naming no place: what frames the date)
])
def test_house_style_without_the_date(template: str, before: str, after: str) -> None:
    assert HouseStyle("en", dateline=template).undated() == (before, after)


def test_a_dated_release_builds_as_before() -> None:
    item = _item("en", "ROME", "FAO")
    dated = Localised(Release(SLUG, "en", item.release.blocks, dt.date(2024, 6, 5),
                              "5 June 2024"), "en", "en", 1, 1)
    info = language("en")
    page = render_release_tree(dated, info, DEFAULT_STYLES["en"],
                               [Alternate(info, f"{SLUG}.html")]).decode("utf-8")
    assert ('<span class="dateline"><span class="place">ROME</span>, <time datetime='
            '"2024-06-05">5 June 2024</time> (<span class="attribution">FAO</span>) – '
            "</span>") in page


# --- the workflow ------------------------------------------------------------------------

def _translate(ws: Path, lang: str, targets: dict[str, str]) -> None:
    path = ws / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"
    po = polib.pofile(str(path))
    for entry in po:
        if entry.msgctxt in targets:
            entry.msgstr = targets[entry.msgctxt]
        elif entry.msgctxt and entry.msgctxt.startswith(("title", "p1")):
            entry.msgstr = {"title": "تراجع الأسعار"}.get(entry.msgctxt, "تراجعت الأسعار.")
    po.save(str(path))


def test_import_extract_build_check(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    ws = tmp_path / "ws"
    cli.cwd = ws
    (ws / "rome.txt").write_text("Prices Fall\n\nROME (FAO) – Prices fell in May 2024, "
                                 "as on 3 June.\n\nThey fell again.\n", encoding="utf-8")
    cli("import", "rome.txt", "--slug", SLUG)
    assert "«ROME», and no date: the release is undated" in cli.out + cli.err
    xml = (ws / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
    assert ('    <dateline>\n      <place id="place">ROME</place>\n'
            '      <attribution id="attribution">FAO</attribution>\n    </dateline>') in xml
    cli("validate")
    cli("extract")
    po = polib.pofile(str(ws / "locales" / "ar" / "LC_MESSAGES" / f"{SLUG}.po"))
    (place,) = [e for e in po if e.msgctxt == "place"]
    assert (place.msgid, place.comment) == ("ROME", "Dateline place.")
    assert "X-Release-Date" not in po.metadata or not po.metadata["X-Release-Date"]
    _translate(ws, "ar", {"place": "روما", "attribution": "الفاو"})
    cli("build")
    page = (ws / "output" / "ar" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert re.sub(r"<[^>]+>", "", re.search(r'<span class="dateline">.*?– </span>',
                                            page).group(0)) == "روما (الفاو) – "
    assert "<time" not in page and "None" not in page
    out = (ws / "output" / "ar" / f"{SLUG}.xml").read_text(encoding="utf-8")
    assert "<date " not in out and '<place id="place">روما</place>' in out
    # the checks that compare the release date with the text have none to compare: no error,
    # no finding of a date
    # (a day without its year, "3 June", is read against the release date where there is one)
    path = ws / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    po = polib.pofile(str(path))
    for entry in po:
        entry.msgstr = {"Prices Fall": "Les prix baissent", "ROME": "ROME", "FAO": "FAO",
                        "They fell again.": "Ils ont encore baissé.",
                        "Prices fell in May 2024, as on 3 June.":
                            "Les prix ont baissé en mai 2024, comme le 3 juin."}[entry.msgid]
    po.save(str(path))
    cli("build")
    cli("check", "--no-cache", "--format", "json", "--lang", "fr", expect=None)
    assert "Traceback" not in cli.err
    assert [(f["code"], f["message"]) for f in json.loads(cli.out)["findings"]] == []
    assert "Traceback" not in cli.err
    cli("review", expect=None)
    assert "Traceback" not in cli.err


def test_align_pairs_the_place(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    ws = tmp_path / "ws"
    cli.cwd = ws
    (ws / "en.txt").write_text(IAEA + "\nHe succeeds Yukiya Amano, who died in July.\n",
                               encoding="utf-8")
    cli("import", "en.txt", "--slug", SLUG)
    cli("extract")
    (ws / "fr.txt").write_text(
        "L'AIEA : M. Grossi prendra ses fonctions le 3 décembre\n\nVienne, Autriche\n\n"
        "Le diplomate argentin Rafael Mariano Grossi prend ses fonctions cette semaine.\n\n"
        "Il succède à Yukiya Amano, décédé en juillet.\n", encoding="utf-8")
    cli("align", "--lang", "fr", SLUG, "fr.txt")
    po = polib.pofile(str(ws / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"))
    assert {e.msgctxt: e.msgstr for e in po}["place"] == "Vienne, Autriche"
