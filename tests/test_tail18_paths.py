"""The check's paths outside the per-unit families, seventeenth round (issue 13), against the
computations they replaced:

* ``checks.release._RAW`` (one search of the window for the start of an element libxml2 reads
  otherwise) finds one exactly where thirteen ``in`` tests of "<name" did;
* ``checks.release._squash`` (``str.split`` and a join) against the ``\\s+`` substitution and
  ``strip`` it replaced, on every character and on generated texts;
* ``consistency.compared_row`` (the summary row made as a plain tuple) against the
  ``Compared`` sliced, on the corpora, the benchmark's and the real translators' PO files;
* ``checks.translated`` (the units not in the source language) against the per-unit
  ``split`` test, on units of mixed languages and variants.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from corpora import corpus_pairs
from transpub.catalog import read_translations
from transpub.checks import consistency, translated
from transpub.checks import release as release_checks
from transpub.checks.context import Unit
from transpub.languages import UN_LANGUAGES, match_language
from transpub.poread import read_header
from transpub.pounits import po_units

import realcorpus
import realdata
from conftest import REPO

# -- TP801's raw-text elements ----------------------------------------------------------------

_NAMES = (b"script", b"textarea", b"xmp", b"plaintext", b"iframe", b"noembed", b"noframes",
          b"noscript", b"template", b"select", b"option", b"svg", b"math")


def _raw_before(window: bytes) -> bool:
    return any(b"<" + name in window for name in _NAMES)


_PIECES = [b"<", b">", b" ", b"<s", b"<sv", b"<svg", b"svg", b"<math", b"<mat", b"<script",
           b"<scrip", b"<select", b"<option", b"<opt", b"<noscript", b"<noembed",
           b"<noframes", b"<template", b"<textarea", b"<xmp", b"<iframe", b"<plaintext",
           b"< svg", b"<<svg", b"</svg", b"<SVG", b"\xc3\xa9", b"a", b"\n"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map(b"".join) | st.binary(max_size=40))
def test_raw_search_finds_what_the_in_tests_found(window: bytes) -> None:
    assert (release_checks._RAW.search(window) is not None) == _raw_before(window)


def test_raw_search_on_the_built_pages() -> None:
    pages = [*sorted((REPO / "output").glob("*/*.html")),
             *sorted(Path("/work/main/benchmarks/_work/n100/transpub/output").glob(
                 "*/r0000*.html"))]
    assert len(pages) >= 12
    for page in pages:
        lower = page.read_bytes().lower()
        for window in (lower, lower[:lower.find(b"</h1") + 5], lower + b"<svg",
                       lower.replace(b"<head>", b"<head><noscript>")):
            assert (release_checks._RAW.search(window) is not None) == _raw_before(window)


# -- TP801's squashing ------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")


def _squash_before(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def test_squash_on_every_character() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        for text in (char, f"a{char}b", f"{char}a{char}{char}b{char}"):
            assert release_checks._squash(text) == _squash_before(text), hex(code)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680"
                                        "\u2000\u200b\u2028\u2029\u202f\u205f\u3000\ufeff"
                                        "ab-é«»"), max_size=30) | st.text(max_size=30))
def test_squash_is_the_substitution(text: str) -> None:
    assert release_checks._squash(text) == _squash_before(text)


# -- TP701/TP702's summary rows -----------------------------------------------------------------


def _row_before(unit: Unit) -> tuple[object, ...] | None:
    """What ``checker._compact`` filed before: the ``Compared`` less its language and file."""
    target = unit.target
    if unit.fuzzy or not target.strip():
        return None
    context = unit.context if unit.foreign and not unit.keyed else None
    norm = consistency._norm(unit.source)
    source_key = consistency._digest(consistency._fold(unit.source))
    target_key = consistency._digest(consistency._fold(target))
    if target_key == source_key and consistency._norm(target) == norm:
        return None
    return consistency.Compared(
        unit.lang, unit.file, unit.id, unit.source, target, unit.line, unit.form,
        consistency._digest(f"{context or ''}\0{norm}"), target_key, source_key,
        len(unit.source.split()) > 2)[2:]


def _po_units(paths: list[Path]) -> list[Unit]:
    units: list[Unit] = []
    for path in paths:
        # (a file is read as its folder's language, or its header's: not as another one)
        lang = path.parent.parent.name if path.parent.name == "LC_MESSAGES" \
            else match_language(read_header(path).get("Language") or "fr", UN_LANGUAGES) or "fr"
        found = read_translations(path, lang, comments=False)
        units += po_units(found, lang, str(path), None)
    return units


def test_rows_as_the_compared_records_sliced() -> None:
    units = [Unit("u", lang, source, target, "f.po", 3, fuzzy=fuzzy, foreign=foreign,
                  context="ctx", keyed=keyed)
             for source, target, lang in corpus_pairs()
             for fuzzy, foreign, keyed in ((False, False, False), (True, False, False),
                                           (False, True, False), (False, True, True))]
    bench = sorted(Path("/work/main/benchmarks/_work/n100/transpub/locales").glob(
        "*/LC_MESSAGES/r0000*.po"))
    real = [p for folder in realcorpus.PO_DIRS for p in realdata.paths(folder, ".po")]
    units += _po_units(bench) + _po_units(real)
    rows = 0
    for unit in units:
        row = consistency.compared_row(unit)
        assert row == _row_before(unit), unit
        assert consistency.compared(unit) == (None if row is None else consistency.Compared(
            unit.lang, unit.file, *row))
        rows += row is not None
    assert rows > 1000 and rows < len(units)


# -- the units the checks see -------------------------------------------------------------------


def _translated_before(units: list[Unit], source_lang: str) -> list[Unit]:
    return [u for u in units if u.lang.split("_")[0] != source_lang.split("_")[0]]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["en", "en_US", "en_GB", "fr", "fr_CA", "eng", "e", "zh_Hans",
                                 "pt_BR", "pt", ""]), max_size=12),
       st.sampled_from(["en", "en_US", "fr", "pt_BR", "zh", ""]))
def test_translated_as_the_split_test(langs: list[str], source_lang: str) -> None:
    units = [Unit(f"u{i}", lang, "s", "t", "f.po", i) for i, lang in enumerate(langs)]
    got = translated(iter(units), source_lang)
    assert got == _translated_before(units, source_lang)
    assert all(a is b for a, b in zip(got, _translated_before(units, source_lang),
                                      strict=True))


# -- no import on a file's way ------------------------------------------------------------------


def test_no_import_statement_runs_per_file() -> None:
    """An import in a function costs a call some thousands of instructions even with the
    module loaded: the functions each file or chunk of a check goes through hold none."""
    import dis

    from transpub import checker

    for func in (checker._run_batch, checker._compact, checker._source_of, checker._checked,
                 checker._with_pages_ahead):
        imports = [i.argval for i in dis.get_instructions(func) if i.opname == "IMPORT_NAME"
                   # (only for a release renamed since the run was planned: the run stops)
                   and i.argval != "transpub.checkwhole"]
        assert imports == [], (func.__name__, imports)
