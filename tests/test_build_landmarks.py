"""The published pages' landmarks: the language switcher's ``nav`` is named in the page's
language, and a skip link in it leads to the page's ``main``, alike from every writer."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html

from test_build_reflow import probe_frames
from transpub import htmlstring
from transpub.html import Alternate, render_index, render_index_tree
from transpub.importer_chrome import is_chrome
from transpub.languages import language
from transpub.pagewords import SKIP_LINKS

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
    # (``htmlstring.reswitched``): one written before the switcher had a name (and before
    # the skip link and its target) gets them, in its own language, and the rest of the page
    # stays as it is
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
        skip = f'<a class="skip" href="#content">{SKIPS[lang]}</a>\n'.encode()
        oldest = older.replace(skip, b"", 1).replace(b'<main id="content">', b"<main>", 1)
        assert oldest.count(b"<main>") == 1 and b"skip" not in oldest.split(b"</style>")[1]
        assert htmlstring.reswitched(oldest, language(lang), alternates) == built
        assert htmlstring.reswitched(built, language(lang), alternates) == built


#: The skip link's text in each language (``pagewords.SKIP_LINKS``, read as a reader would).
SKIPS = {"ar": "انتقل إلى المحتوى الرئيسي", "zh": "跳转到主要内容", "en": "Skip to main content",
         "fr": "Aller au contenu principal", "ru": "Перейти к основному содержанию",
         "es": "Saltar al contenido principal"}


def test_every_page_opens_with_a_skip_link_to_its_main(tmp_path: Path,
                                                       cli_factory) -> None:  # type: ignore[no-untyped-def]
    ws = copy_sample(tmp_path)
    cli: Cli = cli_factory(ws)
    cli("build")
    for lang in LANGS:
        for name in (f"{SLUG}.html", "index.html"):
            body = html.fromstring((ws / "output" / lang / name).read_bytes()).find("body")
            assert body is not None
            first = body[0]
            assert (first.tag, first.get("class"), first.get("href"), first.text) == (
                "a", "skip", "#content", SKIPS[lang]), (lang, name)
            assert first.get("lang") is None  # (in the page's language)
            assert body[1].tag == "nav"
            assert [e.tag for e in body.iter() if e.get("id") == "content"] == ["main"]


@pytest.mark.parametrize(("code", "words", "marks"), [
    ("fr", SKIPS["fr"], (None, None)), ("fr-CA", SKIPS["fr"], (None, None)),
    ("ar", SKIPS["ar"], (None, None)),
    # a language the table does not hold: the English link, marked as English
    ("de", SKIPS["en"], ("en", "ltr")), ("zh-Hant", SKIPS["en"], ("en", "ltr"))])
def test_the_string_and_tree_writers_write_the_skip_link_alike(
        code: str, words: str, marks: tuple[str | None, str | None]) -> None:
    info = language(code)
    alternates = [Alternate(language(c), f"../{c}/index.html") for c in (*LANGS, code)]
    tree = render_index_tree(info, "Press releases", [], alternates)
    assert render_index(info, "Press releases", [], alternates) == tree
    skip = html.fromstring(tree).find("body/a")
    assert skip is not None
    assert (skip.text, skip.get("lang"), skip.get("dir")) == (words, *marks)


#: Each frame's skip link: its box before and after it takes the focus, whether it has it,
#: and the page's leftmost and rightmost box edges with it focused.
_FOCUS_PROBE = """<script>window.onload = () => {
const out = {};
for (const frame of document.querySelectorAll('iframe')) {
  const doc = frame.contentDocument; const link = doc.querySelector('a.skip');
  const box = () => { const r = link.getBoundingClientRect();
    return [Math.round(r.left), Math.round(r.top), Math.round(r.right), Math.round(r.bottom)]; };
  const before = box(); link.focus(); const after = box();
  let left = 0, right = 0;
  for (const e of doc.body.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    if (r.width) { left = Math.min(left, r.left); right = Math.max(right, r.right); }
  }
  out[frame.id] = [before, after, doc.activeElement === link, Math.round(left),
                   Math.round(right)];
}
document.body.setAttribute('data-probe', JSON.stringify(out)); };</script>"""


def test_the_skip_link_is_shown_only_when_it_has_the_focus(
        tmp_path: Path, cli_factory) -> None:  # type: ignore[no-untyped-def]
    ws = copy_sample(tmp_path)
    cli: Cli = cli_factory(ws)
    cli("build")
    pages = {f"{lang}-{name}": ws / "output" / lang / f"{name}.html"
             for lang in LANGS for name in (SLUG, "index")}
    probe = probe_frames(pages, tmp_path / "host.html", _FOCUS_PROBE, height=600)
    assert set(probe) == set(pages)
    for name, (before, after, focused, left, right) in probe.items():
        assert focused, name
        assert before[3] <= 0, (name, before)  # above the page: not seen, not scrolled to
        assert after[1] >= 0 and after[3] <= 600, (name, after)  # in view
        assert after[0] >= 0 and after[2] <= 320, (name, after)
        # (nowhere to the side: an Arabic page would scroll to the left)
        assert left >= 0 and right <= 320, (name, left, right)


def test_a_published_page_s_skip_link_is_chrome_to_the_importer() -> None:
    # (a published page imported or aligned again: its skip link is no text of the release)
    assert SKIP_LINKS == SKIPS
    assert all(is_chrome(words) for words in SKIP_LINKS.values())
