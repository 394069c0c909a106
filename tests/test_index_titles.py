"""Each language's index page is titled in its language (``[project] names``): the index
pages had all called themselves by the project's English name, the Arabic one marked as
Arabic, right to left. A language not given shows the name marked as the source language's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lxml import html

from conftest import Cli, copy_sample


def _heading(ws: Path, lang: str) -> tuple[str, str, str | None, str | None]:
    page = html.parse(str(ws / "output" / lang / "index.html")).getroot()
    h1 = page.find(".//h1")
    assert h1 is not None
    span = h1.find("span")
    marked = (None, None) if span is None else (span.get("lang"), span.get("dir"))
    return page.findtext(".//title") or "", h1.text_content(), *marked


def _names(ws: Path, table: str) -> None:
    config = ws / "transpub.toml"
    text = config.read_text(encoding="utf-8")
    start = text.index("[project.names]")
    end = text.index("\n[", start + 1)
    config.write_text(text[:start] + table + text[end:], encoding="utf-8")


def test_each_index_is_titled_in_its_language(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    cli_factory(ws)("build", "-q")
    assert _heading(ws, "ar") == ("البيانات الصحفية لمكتب الأمم المتحدة لمكافحة الإرهاب",
                                  "البيانات الصحفية لمكتب الأمم المتحدة لمكافحة الإرهاب",
                                  None, None)
    assert _heading(ws, "fr")[1] == "Communiqués de presse de l’UNOCT"
    assert _heading(ws, "en") == ("UNOCT press releases", "UNOCT press releases", None, None)


def test_a_language_without_its_name_marks_the_source_s(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    _names(ws, '[project.names]\nfr_FR = "Communiqués de presse"\n')  # (a POSIX tag is read)
    cli_factory(ws)("build", "-q")
    assert _heading(ws, "fr") == ("Communiqués de presse", "Communiqués de presse", None, None)
    for lang in ("ar", "zh", "ru", "es"):
        assert _heading(ws, lang) == ("UNOCT press releases", "UNOCT press releases", "en",
                                      "ltr"), lang
        # and the <title> too (a screen reader reads it in the page's language otherwise)
        assert _title_marked(ws, lang) == ("en", "ltr"), lang
    assert _heading(ws, "en")[2:] == (None, None)
    assert _title_marked(ws, "fr") == _title_marked(ws, "en") == (None, None)


def _title_marked(ws: Path, lang: str) -> tuple[str | None, str | None]:
    title = html.parse(str(ws / "output" / lang / "index.html")).getroot().find(".//title")
    assert title is not None
    return title.get("lang"), title.get("dir")


def test_names_of_no_language_of_the_workspace_or_empty_are_refused(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    ws = copy_sample(tmp_path)
    cli = cli_factory(ws)
    _names(ws, '[project.names]\nfr = "Communiqués"\nxx-bogus = "Pressemitteilungen"\n')
    cli("build", expect=2)
    line = (ws / "transpub.toml").read_text(encoding="utf-8").splitlines().index(
        'xx-bogus = "Pressemitteilungen"') + 1
    assert f"transpub.toml:{line}: [project] names: 'xx-bogus' is not a language code" \
        in cli.err, cli.err
    # a language of no workspace's (German here, or one dropped from languages) is kept,
    # unused: dropping a language had made its name an error
    _names(ws, '[project.names]\nfr = "Communiqués"\nde = "Pressemitteilungen"\n')
    cli("build", "-q")
    assert _heading(ws, "fr")[1] == "Communiqués"
    _names(ws, '[project.names]\nfr = " "\n')
    cli("build", expect=2)
    assert "[project] names: the name in 'fr' is empty" in cli.err
    _names(ws, '[project.names]\nfr = ["Communiqués"]\n')
    cli("build", expect=2)
    assert "[project.names] fr must be a string" in cli.err or \
        "[project] names must be a table of one string per language" in cli.err, cli.err


def test_a_release_page_whose_headline_falls_back_marks_its_title(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """The headline untranslated: shown in English in the heading's ``<span lang="en">``,
    and the page's ``<title>`` marked the same (it had been unmarked: read as Chinese)."""
    import polib

    from conftest import SLUG

    ws = copy_sample(tmp_path)
    path = ws / "locales" / "zh" / "LC_MESSAGES" / f"{SLUG}.po"
    po = polib.pofile(str(path))
    (headline,) = [e for e in po if e.msgctxt == "title"]
    headline.msgstr = ""
    po.save()
    cli_factory(ws)("build", "-q")
    for lang, marked in (("zh", ("en", "ltr")), ("fr", (None, None))):
        page = html.parse(str(ws / "output" / lang / f"{SLUG}.html")).getroot()
        title = page.find(".//title")
        assert title is not None
        assert (title.get("lang"), title.get("dir")) == marked, lang


def _entry_link(ws: Path, lang: str) -> tuple[str, str | None, str | None]:
    page = html.parse(str(ws / "output" / lang / "index.html")).getroot()
    link = page.find(".//ul[@class='releases']/li/a")
    assert link is not None
    return link.text_content(), link.get("lang"), link.get("dir")


def test_an_untranslated_headline_is_listed_in_the_source_s_language(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """The release page marks a headline that fell back (``<h1>``'s span, ``<title lang>``);
    its index entry had been written without ``lang``: the build's record kept the text but
    not that it fell back, and a screen reader read the English with the French voice."""
    import polib

    ws = copy_sample(tmp_path)
    slug = "unoct-qatar-strategic-dialogue-2020"
    for lang in ("fr", "ar", "zh"):
        po_path = ws / "locales" / lang / "LC_MESSAGES" / f"{slug}.po"
        po = polib.pofile(str(po_path))
        next(e for e in po if e.msgctxt == "title").msgstr = ""
        po.save()
    cli = cli_factory(ws)
    cli("build", "-q")
    english = _entry_link(ws, "en")[0]
    assert _entry_link(ws, "en") == (english, None, None)
    assert _entry_link(ws, "fr") == (english, "en", None)  # (the French page's direction)
    assert _entry_link(ws, "zh") == (english, "en", None)
    assert _entry_link(ws, "ar") == (english, "en", "ltr")  # (and isolated from the Arabic)
    assert _entry_link(ws, "es")[1:] == (None, None)  # translated: the page's language
    # the release page's own marking, the same language
    release = html.parse(str(ws / "output" / "fr" / f"{slug}.html")).getroot()
    assert release.find(".//title").get("lang") == "en"  # type: ignore[union-attr]
    # kept by the record: the index written from it alone (after shards) says so too
    (ws / "output" / "fr" / "index.html").write_text("<p>stale</p>", encoding="utf-8")
    cli("build", "-q", "--index-only")
    assert _entry_link(ws, "fr") == (english, "en", None)
    # translated again: the mark goes
    po_path = ws / "locales" / "fr" / "LC_MESSAGES" / f"{slug}.po"
    po = polib.pofile(str(po_path))
    next(e for e in po if e.msgctxt == "title").msgstr = "Un titre"
    po.save()
    cli("build", "-q")
    assert _entry_link(ws, "fr") == ("Un titre", None, None)


def test_a_page_localised_the_plain_way_tells_the_same_title_language(
        tmp_path: Path) -> None:
    """A page with markup only the tree writes is localised the plain way (``PlainPage``):
    its record holds the headline's language as the fast page's does."""
    from transpub.catalog import Translation, TranslationSet
    from transpub.config import load_settings
    from transpub.localise import localise
    from transpub.pagefast import PlainPage, Skeleton
    from transpub.workspace import load, source_files

    ws = copy_sample(tmp_path)
    settings_ = load_settings(ws)
    release, segments = load(settings_, next(iter(source_files(settings_))))
    kept = {s.id: Translation(s.id, s.text, f"«{s.text}»", False) for s in segments
            if s.block_id != release.block("title").id}  # type: ignore[union-attr]
    for items, expected in ((kept, "en"), ({}, "en"), (
            {s.id: Translation(s.id, s.text, "Titre", False) for s in segments}, "")):
        translations = TranslationSet("fr", ws / "fr.po", items)
        plain = PlainPage(localise(release, segments, "fr", "en", translations,
                                   settings_.style("fr"), " "))
        fast = Skeleton(release, segments, "en").page("fr", translations,
                                                      settings_.style("fr"), " ", False)
        assert plain.title_lang == expected
        assert fast is not None and fast.title_lang == expected


def test_a_fallback_headline_holding_a_span_keeps_its_language() -> None:
    """A headline that fell back holding an element not for translation (a span of its own
    inside the fallback's) is still the source's language; two spans side by side are not
    one fallback (a second hostile pass on session 62's changes: such a headline had been
    listed and titled without its language)."""
    from transpub.htmlstring import fallback_lang

    opened = '<span lang="en" dir="ltr" class="untranslated">'
    assert fallback_lang(f'{opened}UNOCT <span translate="no">CT TECH</span> talks</span>') \
        == "en"
    assert fallback_lang(f"{opened}UNOCT talks</span>") == "en"
    assert fallback_lang(f"{opened}UNOCT</span> and <span>x</span>") == ""
    assert fallback_lang(f"x{opened}a</span>") == ""
