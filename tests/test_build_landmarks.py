"""The published pages' landmarks: the language switcher's ``nav`` is named in the page's
language, identically by every writer of the switcher."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html

from transpub import htmlstring
from transpub.html import Alternate, render_index, render_index_tree
from transpub.languages import language

from conftest import SLUG, Cli, copy_sample

LANGS = ("ar", "zh", "en", "fr", "ru", "es")
#: The switcher's name in each language, as a reader of the language expects it.
NAMES = {"ar": "اللغات", "zh": "语言", "en": "Languages", "fr": "Langues", "ru": "Языки",
         "es": "Idiomas"}


def _navs(page: Path) -> list[html.HtmlElement]:
    return html.fromstring(page.read_bytes()).findall(".//nav")


def test_the_switcher_is_named_in_the_page_s_language(tmp_path: Path,
                                                      cli_factory) -> None:  # type: ignore[no-untyped-def]
    ws = copy_sample(tmp_path)
    cli: Cli = cli_factory(ws)
    cli("build")
    for lang in LANGS:
        for name in (f"{SLUG}.html", "index.html"):
            page = ws / "output" / lang / name
            (nav,) = _navs(page)
            assert nav.get("aria-label") == NAMES[lang], (lang, name)
            # (the start tag as every writer of it writes it: class, then the name)
            assert f'<nav class="languages" aria-label="{NAMES[lang]}">\n<ul>\n' in \
                page.read_text(encoding="utf-8")


@pytest.mark.parametrize(("code", "name"), [
    *NAMES.items(), ("fr-CA", "Langues"), ("es_419", "Idiomas"), ("zh-Hans", "语言"),
    # a language the table does not hold: no name, rather than an English one read with
    # the page's voice
    ("de", None), ("zh-Hant", None), ("zh-TW", None)])
def test_the_string_and_tree_writers_name_it_alike(code: str, name: str | None) -> None:
    info = language(code)
    alternates = [Alternate(language(c), f"../{c}/index.html") for c in (*LANGS, code)]
    entries = [("a.html", "A release", "2020-12-09", "9 December 2020", "")]
    tree = render_index_tree(info, "Press releases", entries, alternates)
    assert render_index(info, "Press releases", entries, alternates) == tree
    (nav,) = html.fromstring(tree).findall(".//nav")
    assert nav.get("aria-label") == name


def test_a_page_s_switcher_rewritten_is_named_as_a_page_built_now(
        tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    # ``build --lang`` rewrites the switchers of a release's other pages
    # (``htmlstring.reswitched``): one written before the switcher had a name gets it, in its
    # own language, and the rest of the page stays as it is
    ws = copy_sample(tmp_path)
    cli: Cli = cli_factory(ws)
    cli("build")
    alternates = [(language(c), f"../{c}/{SLUG}.html") for c in LANGS]
    for lang in LANGS:
        built = (ws / "output" / lang / f"{SLUG}.html").read_bytes()
        label = f' aria-label="{NAMES[lang]}"'.encode()
        older = built.replace(label, b"", 1)
        assert older != built
        assert htmlstring.reswitched(older, language(lang), alternates) == built
        assert htmlstring.reswitched(built, language(lang), alternates) == built
