"""Pages straight from the translations (``pagefast``) against the plain way (issue 13).

The plain way is ``localise`` (spans, blocks and a release per language) written by
``html.render_release`` and ``xmlstring.release_xml`` (themselves held to the lxml trees in
tests/test_build_fastpath.py). Both must give the same HTML and XML bytes, the same counts,
fallbacks, problems (in order), title and date, on:

* generated releases (nested and unclosed markup, links, e-mail and URL atoms, untranslatable
  blocks, odd characters, house styles, missing dates) segmented by the real segmenter, with
  generated translations: the unit's own text, emptied, fuzzy, stale, without msgctxt, markup
  a translator typed, placeholders dropped, doubled or misnested, extra entries that serve no
  unit; every language, either source language, with and without fuzzy entries;
* the repository's sample release with the accuracy corpora's real translations;
* the real CLI's build of a workspace with fuzzy, emptied, stale, placeholder-broken and missing
  translations (every page and XML file it wrote).
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpora import corpus_pairs
from spanstrategies import DATELINES, spans
from transpub.catalog import Translation, TranslationSet, po_path, read_translations
from transpub.config import load_settings
from transpub.errors import SourceError
from transpub.html import Alternate, render_release
from transpub.languages import LanguageInfo, language
from transpub.localise import localise
from transpub.model import Block, Release, Segment, Span
from transpub.pagefast import FastPage, Skeleton
from transpub.segment import (
    PLACEHOLDER_RE,
    PlaceholderMismatch,
    SegmentOptions,
    segment_release,
)
from transpub.style import DEFAULT_STYLES, HouseStyle
from transpub.workspace import load, source_files
from transpub.xmlstring import release_xml
from varied import vary_translations

from conftest import Cli, copy_sample

LANGS = ("ar", "zh", "en", "fr", "ru", "es")
INFOS = {code: language(code) for code in LANGS}


def _alternates(slug: str) -> list[tuple[LanguageInfo, str]]:
    return [(INFOS[code], f"../{code}/{slug}.html") for code in LANGS]


def _same(release: Release, segments: tuple[Segment, ...], source_lang: str, code: str,
          translations: TranslationSet | None, style: HouseStyle,
          include_fuzzy: bool = False) -> FastPage | None:
    """The fast page of ``code`` equals the plain one in every respect; returns it."""
    info = INFOS[code]
    rtl = info.direction == "rtl"
    skeleton = Skeleton(release, segments, source_lang)
    try:
        plain = localise(release, segments, code, source_lang, translations, style,
                         info.sentence_joiner, include_fuzzy, not rtl)
    except PlaceholderMismatch as exc:  # a source the reader would not make: the same error
        with pytest.raises(PlaceholderMismatch) as raised:
            skeleton.page(code, translations, style, info.sentence_joiner, rtl, include_fuzzy)
        assert str(raised.value) == str(exc)
        return None
    fast = skeleton.page(code, translations, style, info.sentence_joiner, rtl, include_fuzzy)
    assert fast is not None
    assert (fast.total, fast.translated, fast.fuzzy_used, fast.fallbacks, fast.problems) == \
        (plain.total, plain.translated, plain.fuzzy_used, plain.fallbacks, plain.problems)
    assert fast.percent == plain.percent
    assert fast.title == plain.release.title
    assert fast.date_text == plain.release.date_text
    alternates = _alternates(release.slug)
    assert fast.html(info, style, alternates) == render_release(
        plain, info, style, [Alternate(lang, href) for lang, href in alternates])
    assert fast.xml() == release_xml(plain.release)
    return fast


# --- generated releases and translations ------------------------------------------------

_TEXT = st.text(alphabet=st.sampled_from("aZ é&<>\"'\t\n\r.,;:!?ْ中Жß" + "\u200f\u00a0"),
                max_size=24)
_WORDS = st.sampled_from(["UNOCT", "New York. The", "Mr. Voronkov", "مكتب الأمم المتحدة",
                          "联合国。", "Москва", "A&B <x>", "e-mail: a@un.org", "3.5 %", " ",
                          "“quoted”", "l’ONU", "&amp;", "2020-12-09", "<a1>", "</x2>",
                          "It ended. It began again! Then? ", "؟ نعم.", "。 "])


def _spans() -> st.SearchStrategy[list[Span]]:
    return spans(_TEXT, _WORDS, 6, ("text", "word", "word", "atom", "open"))


@st.composite
def _releases(draw: st.DrawFn) -> tuple[Release, HouseStyle]:
    kinds = draw(st.lists(st.sampled_from(["label", "office", "title", "title", "place", "p",
                                           "p", "h2", "line", "line"]), max_size=9))
    blocks = tuple(Block(draw(st.sampled_from([f"b{i}", f"b{i}", "b0"])), kind,
                         tuple(draw(_spans())), i + 1,
                         note=draw(st.sampled_from(["", "a note & <more>"])),
                         translate=draw(st.integers(0, 7)) > 0,
                         lang=draw(st.sampled_from(["", "", "fr"])))
                   for i, kind in enumerate(kinds))
    date = draw(st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))))
    lang = draw(st.sampled_from(["en", "en", "ar"]))
    style = DEFAULT_STYLES[draw(st.sampled_from(LANGS))]
    if draw(st.booleans()):
        style = HouseStyle(style.locale, style.date, dateline=draw(DATELINES))
    release = Release(draw(st.sampled_from(["r1", "släpp", "a b", "x&y"])), lang, blocks, date,
                      note=draw(st.sampled_from(["", "release note"])))
    return release, style


def _target(draw: st.DrawFn, segment: Segment) -> str:
    """A translator's text for ``segment``: its own, emptied, typed markup, placeholders
    dropped, doubled, swapped or left open, plain odd text."""
    names = [p.name for p in segment.placeholders]
    own = segment.text
    choice = draw(st.sampled_from(["own", "own", "upper", "empty", "text", "words", "markup",
                                   "drop", "double", "swap", "open"]))
    if choice == "upper":
        return "".join(part if part.startswith("<") else part.upper()
                       for part in _split_tags(own))
    if choice == "empty":
        return ""
    if choice == "text":
        return draw(_TEXT)
    if choice == "words":
        return draw(_WORDS) + draw(_TEXT)
    if choice == "markup":
        return own + draw(st.sampled_from(["<script>x</script>", "<b>&</b>", "<a1/>", "\r\n"]))
    if choice == "drop" and names:
        return own.replace(f"<{names[0]}>", "", 1).replace(f"<{names[0]}/>", "", 1)
    if choice == "double" and names:
        return own + f"<{names[0]}/>"
    if choice == "swap" and len(names) > 1:
        return own.replace(names[0], "@@").replace(names[1], names[0]).replace("@@", names[1])
    if choice == "open" and names:
        return f"<{names[-1]}>" + own
    return own


def _split_tags(text: str) -> list[str]:
    import re

    return re.split(r"(</?[a-z]+\d+/?>)", text)


@st.composite
def _translations(draw: st.DrawFn, segments: tuple[Segment, ...],
                  lang: str) -> TranslationSet | None:
    if draw(st.integers(0, 9)) == 0:
        return None  # no PO file
    entries: list[Translation] = []
    for line, segment in enumerate(segments, 1):
        how = draw(st.sampled_from(["id", "id", "id", "none", "text", "stale"]))
        if how == "none":
            continue
        target = _target(draw, segment)
        fuzzy = draw(st.integers(0, 4)) == 0
        if how == "text":  # an XLIFF round trip dropped the msgctxt
            entries.append(Translation(segment.text, segment.text, target, fuzzy, line))
        else:
            source = segment.text + (" (old)" if how == "stale" else "")
            entries.append(Translation(segment.id, source, target, fuzzy, line,
                                       context=segment.id))
    for number in range(draw(st.integers(0, 2))):  # entries of no unit
        entries.append(Translation(f"gone{number}", "gone", draw(st.sampled_from(["", "x"])),
                                   False, 900 + number, context=f"gone{number}"))
    items: dict[str, Translation] = {}
    for entry in entries:
        items.setdefault(entry.unit, entry)
    return TranslationSet(lang, Path(f"{lang}.po"), items, entries=tuple(entries))


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_generated_pages_equal_the_plain_way(data: st.DataObject) -> None:
    release, style = data.draw(_releases())
    mode = data.draw(st.sampled_from(["sentence", "paragraph"]))
    try:
        segments = segment_release(release, SegmentOptions(lang=release.lang, mode=mode))
    except SourceError:
        return  # (the reader refuses it too)
    include_fuzzy = data.draw(st.booleans())
    for code in LANGS:
        translations = data.draw(_translations(segments, code))
        _same(release, segments, release.lang, code, translations, style, include_fuzzy)


# --- the sample release with real translations -------------------------------------------

@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, Release,
                                                               tuple[Segment, ...]]:
    ws = copy_sample(tmp_path_factory.mktemp("pagefast"))
    settings_ = load_settings(ws)
    return settings_, *load(settings_, next(iter(source_files(settings_))))


def test_sample_with_real_translations_equals_the_plain_way(
        sample: tuple[object, Release, tuple[Segment, ...]]) -> None:
    """Each unit of the sample takes, in turn, every real translation of the accuracy
    corpora (Arabic, Chinese, Cyrillic, French and Spanish text as translators wrote it),
    and its own PO file's."""
    settings_, release, segments = sample
    real: dict[str, list[str]] = {}
    for _, target, lang in corpus_pairs():
        real.setdefault(lang, []).append(target)
    assert sum(map(len, real.values())) > 500
    for code in LANGS:
        po = po_path(settings_.locales_dir, code, release.slug)  # type: ignore[attr-defined]
        own = read_translations(po, code) if po.exists() else None
        _same(release, segments, "en", code, own, settings_.style(code))  # type: ignore[attr-defined]
        texts = real.get(code, real["fr"])
        for start in range(0, len(texts), len(segments)):
            chosen = list(itertools.islice(itertools.cycle(texts[start:] or texts),
                                           len(segments)))
            entries = {s.id: Translation(s.id, s.text, t, False, n, context=s.id)
                       for n, (s, t) in enumerate(zip(segments, chosen, strict=True), 1)}
            translations = TranslationSet(code, Path("x.po"), entries,
                                          entries=tuple(entries.values()))
            page = _same(release, segments, "en", code, translations,
                         settings_.style(code))  # type: ignore[attr-defined]
            # (units with markup fall back unless the real text has their placeholders, and
            # one without, given a text with another unit's placeholders)
            assert page is not None and page.translated >= sum(
                1 for s, t in zip(segments, chosen, strict=True)
                if not s.placeholders and not PLACEHOLDER_RE.search(t))
            assert page.translated + len(page.fallbacks) == len(segments)


def test_a_unit_the_string_writers_do_not_write_takes_the_plain_way() -> None:
    """Markup only the tree writes (an inline element transpub's reader never makes): no fast
    page; the build localises that language the plain way."""
    release = Release("r", "en", (Block("p1", "p", (Span("text", "See "),
                                                    Span("open", tag="blink"),
                                                    Span("text", "this"),
                                                    Span("close", tag="blink"),
                                                    Span("text", ".")), 1),))
    segments = segment_release(release)
    assert segments[0].placeholders
    assert Skeleton(release, segments, "en").page("fr", None, DEFAULT_STYLES["fr"], " ",
                                                  False) is None


# --- the real CLI ----------------------------------------------------------------------

@pytest.mark.parametrize("jobs", ["1", "2"])
def test_built_pages_equal_the_plain_way(tmp_path: Path, cli_factory, jobs: str) -> None:  # type: ignore[no-untyped-def]
    """Every page and XML file a build wrote, with fuzzy, emptied, stale, placeholder-broken
    and missing translations, is the plain way's."""
    ws = copy_sample(tmp_path)
    cli: Cli = cli_factory(ws)
    vary_translations(ws, cli, 8)
    cli("build", "--jobs", jobs)
    settings_ = load_settings(ws)
    pages = 0
    for path in source_files(settings_):
        release, segments = load(settings_, path)
        alternates = [Alternate(a, f"../{a.code}/{release.slug}.html")
                      for a in settings_.languages]
        for info in settings_.languages:
            po = po_path(settings_.locales_dir, info.code, release.slug)
            plain = localise(release, segments, info.code, "en",
                             read_translations(po, info.code) if po.exists() else None,
                             settings_.style(info.code), info.sentence_joiner)
            out = ws / "output" / info.code
            assert (out / f"{release.slug}.html").read_bytes() == render_release(
                plain, info, settings_.style(info.code), alternates)
            assert (out / f"{release.slug}.xml").read_bytes() == release_xml(plain.release)
            pages += 1
    assert pages == 9 * 6
    assert "placeholders" in cli.out and "older source text" in cli.out
