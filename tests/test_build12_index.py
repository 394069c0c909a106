"""The index pages written as strings (``htmlstring.index_page``, what ``html.render_index``
writes) against the lxml tree they replaced (``html.render_index_tree``), byte for byte."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from transpub import htmlstring
from transpub.config import load_settings
from transpub.html import Alternate, render_index, render_index_tree
from transpub.languages import LanguageInfo, language
from transpub.source import NOT_XML

from conftest import Cli, copy_sample

LANGS = ("ar", "zh", "en", "fr", "ru", "es")

# any character, the ones lxml refuses included (the string writer hands those to the tree)
_ANY = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
_WORDS = st.sampled_from(["", " ", "UNOCT: new centre", "مكتب الأمم المتحدة", "联合国", "Москва",
                          "A&B <x> \"q\" 'a'", "\r\n", "&amp;", "9 décembre 2020", "\t",
                          "r00001-unoct.html", "a b.html", "é/ü.html", "?q=1&r=2", "%41",
                          "2020-12-09", "2020-12-09T10:00", "bad date", "#"])
_VALUE = st.one_of(_WORDS, _ANY)


@st.composite
def _indexes(draw: st.DrawFn) -> tuple[LanguageInfo, str, list[tuple[str, str, str, str, str]],
                                       list[Alternate], LanguageInfo | None]:
    info = language(draw(st.sampled_from(LANGS)))
    # (the last: the title's language, "" for the page's: an untranslated headline's)
    entries = draw(st.lists(st.tuples(_VALUE, _VALUE, _VALUE, _VALUE,
                                      st.sampled_from(("", *LANGS))), max_size=8))
    codes = draw(st.lists(st.sampled_from(LANGS), max_size=6, unique=True))
    alternates = [Alternate(language(code), draw(st.sampled_from(
        [f"../{code}/index.html", "../x y/index.html", "", "?a&b"]))) for code in codes]
    title_lang = draw(st.one_of(st.none(), st.sampled_from(LANGS).map(language)))
    return info, draw(_VALUE), entries, alternates, title_lang


def _tree(info: LanguageInfo, title: str, entries: list[tuple[str, str, str, str, str]],
          alternates: list[Alternate], title_lang: LanguageInfo | None
          ) -> bytes | type[Exception]:
    try:
        return render_index_tree(info, title, entries, alternates, title_lang)
    except ValueError as exc:  # (lxml: "All strings must be XML compatible")
        return type(exc)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_indexes())
@example((language("ar"), "", [], [], None))
@example((language("en"), "Releases", [("a.html", "A", "", "", "")], [], None))
@example((language("ar"), "Releases", [("a.html", "A", "", "", "en")], [], language("en")))
@example((language("fr"), "x\x00", [("a.html", "A", "", "", "")], [], None))
@example((language("fr"), "R", [("a.html", "A", "2020-12-09", "9", "en"),
                                ("b.html", "B", "", "", "ar")], [], None))
def test_index_pages_are_the_tree_s_bytes(
        index: tuple[LanguageInfo, str, list[tuple[str, str, str, str, str]], list[Alternate],
                     LanguageInfo | None],
) -> None:
    info, title, entries, alternates, title_lang = index
    expected = _tree(info, title, entries, alternates, title_lang)
    written = htmlstring.index_page(info, title, entries,
                                    [(a.lang, a.href) for a in alternates], title_lang)
    if written is None:  # a character lxml may refuse: left to the tree, as before
        values = [title, *(v for entry in entries for v in entry),
                  *(a.lang.native_name for a in alternates), *(a.href for a in alternates)]
        assert any(NOT_XML.search(value) for value in values)
        if expected is ValueError:
            with pytest.raises(ValueError):
                render_index(info, title, entries, alternates, title_lang)
        else:
            assert render_index(info, title, entries, alternates, title_lang) == expected
        return
    assert written == expected
    assert render_index(info, title, entries, alternates, title_lang) == expected


def test_a_built_workspace_s_index_pages_are_the_tree_s(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """Every index page a real build writes, against the tree written from the same record."""
    ws = copy_sample(tmp_path)
    cli_factory(ws)("build")
    settings_ = load_settings(ws)
    manifest = json.loads((settings_.output_dir / ".transpub-build.json").read_text("utf-8"))
    for info in settings_.languages:
        entries = [(f"{slug}.html", page["title"], page["date"],
                    settings_.style(info.code).format_date(dt.date.fromisoformat(page["date"])),
                    page["title_lang"])
                   for slug, entry in manifest.items()
                   for page in [entry["langs"][info.code]] if page["published"]]
        entries.sort(key=lambda e: (e[2] or "0000", e[0]), reverse=True)
        alternates = [Alternate(a, f"../{a.code}/index.html") for a in settings_.languages]
        written = (settings_.output_dir / info.code / "index.html").read_bytes()
        title, title_lang = settings_.index_title(info.code)
        assert written == render_index_tree(info, title, entries, alternates,
                                            None if title_lang is None else language(title_lang))
