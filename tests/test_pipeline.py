"""End to end through the real CLI: init, import, extract, build, on the sample release."""

from __future__ import annotations

import hashlib
import re
import subprocess
from pathlib import Path

import polib
import pytest
from lxml import etree, html

from transpub.languages import UN_LANGUAGES
from transpub.segment import PLACEHOLDER_RE

from conftest import SAMPLE_TEXT, SLUG, Cli, msgfmt
from pseudo import pseudo_translate

LANGS = UN_LANGUAGES


def _tree_digest(folder: Path) -> dict[str, str]:
    # the no-op records (.transpub-cache/noop-*.json) hold stats and are made only when the
    # files are older than the file system's clock tick: timing, not content (test_noop.py)
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()
            and not (p.parent.name == ".transpub-cache" and p.name.startswith("noop-"))}


def test_init_creates_workspace(tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    cli = cli_factory(tmp_path)
    cli("init", "myreleases")
    ws = tmp_path / "myreleases"
    assert (ws / "transpub.toml").is_file()
    for folder in ("source", "locales", "output"):
        assert (ws / folder).is_dir()
    assert "languages = [\"ar\", \"zh\", \"en\", \"fr\", \"ru\", \"es\"]" in (
        ws / "transpub.toml").read_text()
    cli("init", "myreleases", expect=2)
    assert "already exists" in cli.err


def test_import_removes_page_furniture_and_rejoins(workspace: Path) -> None:
    pot = (workspace / "locales" / f"{SLUG}.pot").read_text(encoding="utf-8")
    assert "UNITED NATIONS" not in pot and "OFFICE OF COUNTER-TERRORISM" not in pot
    po = polib.pofile(str(workspace / "locales" / f"{SLUG}.pot"))
    joined = [e.msgid for e in po if "to prevent violent extremism, protection" in e.msgid]
    assert len(joined) == 1, "the sentence split by the page break is one unit again"
    source = (workspace / "source" / f"{SLUG}.xml").read_text(encoding="utf-8")
    assert '<date when="2020-12-09">9 December 2020</date>' in source
    assert '<place id="place">New York</place>' in source
    assert '<a href="#">United Nations Global Counter-Terrorism Coordination Compact</a>' in source
    assert '<email its:translate="no">gerardl@un.org</email>' in source
    assert "<label" in source and "PRESS RELEASE" in source


def test_import_reports_what_it_removed(tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    cli = cli_factory(tmp_path)
    cli("init", "ws")
    cli.cwd = tmp_path / "ws"
    cli("import", str(SAMPLE_TEXT))
    assert "removed page furniture" in cli.out and "UNITED NATIONS" in cli.out
    assert "rejoined" in cli.out
    assert list((tmp_path / "ws" / "source").glob("*.xml"))


def test_extract_writes_pot_and_six_po_files(workspace: Path) -> None:
    locales = workspace / "locales"
    pot = polib.pofile(str(locales / f"{SLUG}.pot"))
    assert len([e for e in pot if e.msgid]) == 18
    ids = [e.msgctxt for e in pot]
    assert len(ids) == len(set(ids))
    for lang in LANGS:
        po = polib.pofile(str(locales / lang / "LC_MESSAGES" / f"{SLUG}.po"))
        assert po.metadata["Language"] == lang
        assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
        assert [e.msgctxt for e in po] == ids
    plural = {lang: polib.pofile(str(locales / lang / "LC_MESSAGES" / f"{SLUG}.po"))
              .metadata["Plural-Forms"] for lang in LANGS}
    assert plural["ar"].startswith("nplurals=6;")
    assert plural["ru"].startswith("nplurals=3;")
    assert plural["zh"].startswith("nplurals=1;")
    assert plural["fr"] == "nplurals=2; plural=(n > 1);"
    entry = next(e for e in pot if "<a1>" in e.msgid)
    assert "<a1>United Nations Global Counter-Terrorism Coordination Compact</a1>" in entry.msgid
    assert "Paragraph 3, sentence 1 of 2." in entry.comment
    assert entry.occurrences[0][0] == f"source/{SLUG}.xml"
    contact = next(e for e in pot if "<x1/>" in e.msgid)
    assert "gerardl@un.org" not in contact.msgid and "gerardl@un.org" in contact.comment


def test_po_files_pass_msgfmt_check(workspace: Path) -> None:
    tool = msgfmt()
    for po_file in sorted((workspace / "locales").rglob("*.po")):
        result = subprocess.run([tool, "--check", "-o", "/dev/null", str(po_file)],
                                capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        assert "warning" not in result.stderr, result.stderr


def test_extract_and_build_are_byte_for_byte_repeatable(workspace: Path, cli: Cli) -> None:
    cli("build")
    first = _tree_digest(workspace)
    cli("extract")
    cli("build")
    assert _tree_digest(workspace) == first


def test_extract_never_overwrites_a_translation(workspace: Path, cli: Cli) -> None:
    po_file = workspace / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    po = polib.pofile(str(po_file))
    po.find("title", by="msgctxt").msgstr = "Le BLT et l’État du Qatar tiennent leur dialogue"
    po.save()
    cli("extract")
    again = polib.pofile(str(po_file))
    assert again.find("title", by="msgctxt").msgstr.startswith("Le BLT")


def test_pseudo_translation_round_trip_all_six_languages(workspace: Path, cli: Cli) -> None:
    locales = workspace / "locales"
    pot = polib.pofile(str(locales / f"{SLUG}.pot"))
    for lang in LANGS:
        assert pseudo_translate(locales / lang / "LC_MESSAGES" / f"{SLUG}.po", lang) == 18
    cli("build")
    for lang in LANGS:
        page = (workspace / "output" / lang / f"{SLUG}.html").read_text(encoding="utf-8")
        text = html.fromstring(page.encode()).text_content()
        for entry in pot:
            plain = PLACEHOLDER_RE.sub("", entry.msgid)
            words = [w for w in plain.split() if len(w) > 3 and w.lower() != w.upper()
                     and not w.isupper()]
            assert not any(w in text for w in words[:3]), (lang, entry.msgctxt)
        tree = html.fromstring(page.encode())
        assert tree.xpath("//article//a[@href='#']"), f"{lang}: the link placeholder was lost"
        assert tree.xpath("//a[@href='mailto:gerardl@un.org']"), f"{lang}: e-mail lost"
        assert not tree.xpath("//*[contains(@class, 'untranslated')]")


def test_html_pages_have_lang_dir_dates_and_switcher(workspace: Path, cli: Cli) -> None:
    cli("build")
    expected = {
        "en": "9 December 2020", "fr": "9 décembre 2020", "es": "9 de diciembre de 2020",
        "ru": "9 декабря 2020 года", "zh": "2020年12月9日", "ar": "9 كانون الأول/ديسمبر 2020",
    }
    for lang, date in expected.items():
        tree = html.parse(str(workspace / "output" / lang / f"{SLUG}.html")).getroot()
        assert tree.get("lang") == lang
        assert tree.get("dir") == ("rtl" if lang == "ar" else "ltr")
        times = tree.xpath("//time[@datetime='2020-12-09']")
        assert [t.text for t in times] == [date]
        hreflangs = tree.xpath("//head/link[@rel='alternate']/@hreflang")
        assert hreflangs == list(LANGS)
        names = tree.xpath("//nav[@class='languages']//a/text()")
        assert names == ["العربية", "中文", "English", "Français", "Русский", "Español"]
        current = tree.xpath("//nav//a[@aria-current='page']/@lang")
        assert current == [lang]
        assert (workspace / "output" / lang / "index.html").is_file()


def test_untranslated_units_fall_back_visibly(workspace: Path, cli: Cli) -> None:
    cli("build")
    tree = html.parse(str(workspace / "output" / "fr" / f"{SLUG}.html")).getroot()
    fallbacks = tree.xpath("//span[@class='untranslated']")
    # the 18 untranslated units, those of a paragraph in one span: one span a block
    assert len(fallbacks) == 13
    shown = " ".join(s.text_content() for s in fallbacks)
    units = polib.pofile(str(workspace / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"))
    assert len(units) == 18 and all(
        re.sub(r"<[^>]+>", "", e.msgid) in shown for e in units), shown
    assert all(s.get("lang") == "en" and s.get("dir") == "ltr" for s in fallbacks)
    english = html.parse(str(workspace / "output" / "en" / f"{SLUG}.html")).getroot()
    assert not english.xpath("//span[@class='untranslated']")
    xml = etree.parse(str(workspace / "output" / "fr" / f"{SLUG}.xml")).getroot()
    assert xml.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    assert xml.xpath("//*[@xml:lang='en']")


def test_built_xml_validates_against_schema(workspace: Path, cli: Cli) -> None:
    cli("build")
    files = sorted((workspace / "output").glob("*/*.xml"))
    assert len(files) == 6
    cli("validate", *map(str, files))
    assert "6 release(s) valid" in cli.out


def _set(po_file: Path, ctxt: str, msgstr: str, fuzzy: bool = False) -> None:
    po = polib.pofile(str(po_file))
    entry = po.find(ctxt, by="msgctxt")
    entry.msgstr = msgstr
    if fuzzy:
        entry.flags.append("fuzzy")
    po.save()


def test_fuzzy_is_used_only_with_include_fuzzy(workspace: Path, cli: Cli) -> None:
    po_file = workspace / "locales" / "es" / "LC_MESSAGES" / f"{SLUG}.po"
    _set(po_file, "place", "Nueva York", fuzzy=True)
    cli("build", "--lang", "es")
    page = (workspace / "output" / "es" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert "Nueva York" not in page
    cli("build", "--lang", "es", "--include-fuzzy")
    page = (workspace / "output" / "es" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert "Nueva York" in page


def test_min_complete_holds_a_language_back_and_keeps_previous_output(
        workspace: Path, cli: Cli) -> None:
    cli("build")
    page = workspace / "output" / "ru" / f"{SLUG}.html"
    before = page.read_bytes()
    _set(workspace / "locales" / "ru" / "LC_MESSAGES" / f"{SLUG}.po", "place", "Нью-Йорк")
    cli("build", "--min-complete", "50")
    assert "held back" in cli.out
    assert page.read_bytes() == before
    cli("build", "--min-complete", "5")
    assert "Нью-Йорк" in page.read_text(encoding="utf-8")


def test_broken_placeholders_fall_back_with_warning_or_fail_strict(
        workspace: Path, cli: Cli) -> None:
    po_file = workspace / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    pot = polib.pofile(str(workspace / "locales" / f"{SLUG}.pot"))
    link_unit = next(e.msgctxt for e in pot if "<a1>" in e.msgid)
    _set(po_file, link_unit, "Le Pacte sans balise.")
    cli("build", "--lang", "fr")
    assert "placeholders" in cli.out and link_unit in cli.out
    assert "Le Pacte sans balise." not in (workspace / "output" / "fr" / f"{SLUG}.html").read_text()
    cli("build", "--lang", "fr", "--strict", expect=2)
    assert f"fr/LC_MESSAGES/{SLUG}.po:" in cli.err


def test_markup_typed_by_a_translator_is_escaped(workspace: Path, cli: Cli) -> None:
    po_file = workspace / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    _set(po_file, "title", "Titre <script>alert(1)</script> <b onclick=x>gras</b>")
    cli("build", "--lang", "fr")
    page = (workspace / "output" / "fr" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "<b onclick" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    tree = html.fromstring(page.encode())
    assert not tree.xpath("//script") and not tree.xpath("//b")


def test_arabic_isolates_latin_runs(workspace: Path, cli: Cli) -> None:
    po_file = workspace / "locales" / "ar" / "LC_MESSAGES" / f"{SLUG}.po"
    _set(po_file, "contact2", "مكتب الأمم المتحدة لمكافحة الإرهاب، نيويورك، <x1/>")
    _set(po_file, "title", "مكتب UNOCT ودولة قطر يعقدان الحوار")
    cli("build", "--lang", "ar")
    tree = html.parse(str(workspace / "output" / "ar" / f"{SLUG}.html")).getroot()
    assert tree.xpath("//h1/bdi/text()") == ["UNOCT"]
    mail = tree.xpath("//footer//a[@href='mailto:gerardl@un.org']")[0]
    assert mail.get("dir") == "ltr"


def test_stale_po_entry_is_not_published(workspace: Path, cli: Cli) -> None:
    po_file = workspace / "locales" / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    po = polib.pofile(str(po_file))
    entry = po.find("place", by="msgctxt")
    entry.msgid = "Geneva"
    entry.msgstr = "Genève"
    po.save()
    cli("build", "--lang", "fr")
    assert "older source text" in cli.out
    assert "Genève" not in (workspace / "output" / "fr" / f"{SLUG}.html").read_text()


def test_source_text_is_searchable_per_unit_in_english(workspace: Path, cli: Cli) -> None:
    cli("build", "--lang", "en")
    page = (workspace / "output" / "en" / f"{SLUG}.html").read_text(encoding="utf-8")
    text = re.sub(r"\s+", " ", html.fromstring(page.encode()).text_content())
    assert "New York, 9 December 2020 – The United Nations Office of Counter-Terrorism" in text
    assert "to prevent violent extremism, protection of vulnerable targets" in text


@pytest.mark.parametrize("lang", ["xx", "english"])
def test_unknown_language_is_a_clear_error(workspace: Path, cli: Cli, lang: str) -> None:
    config = workspace / "transpub.toml"
    config.write_text(config.read_text().replace('"ru", "es"]', f'"ru", "{lang}"]'))
    cli("build", expect=2)
    assert f"unknown language code '{lang}'" in cli.err
    assert "transpub.toml" in cli.err
    assert "Traceback" not in cli.err
