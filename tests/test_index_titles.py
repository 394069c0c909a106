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
