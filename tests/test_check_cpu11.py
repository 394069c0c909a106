"""Issue 13, tenth round: ``run_checks`` runs the checks family by family over blocks of units
(``checks.plan_groups``, ``checks.BLOCK``) instead of every check on each unit in turn. The
findings must be the plain loop's, in the same order (the final sort is stable: ties keep the
order the loop made them in): on the sample workspace's files and their pseudo-translations,
the accuracy corpora, the real corpus and generated units (empty, fuzzy, loose and numbered
ones, copies of the source), each checked as documents longer than a block.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from corpora import corpus_pairs
from transpub.catalog import read_translations
from transpub.checks import (
    _NOT_ON_LOOSE,
    _ON_EMPTY,
    BLOCK,
    REGISTRY,
    CheckContext,
    Finding,
    Unit,
    _block,
    _numbered,
    plan_groups,
    run_checks,
    select_codes,
    sort_findings,
)
from transpub.pounits import po_units
from transpub.termbase import load_termbases

import realcorpus
import realdata
from pseudo import pseudo

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("fr", "es", "ru", "ar", "zh")
#: the per-unit checks and the collection checks (TP701, TP702, TP901), which run_checks runs
UNIT_CODES = {c for c in select_codes(["TP"], ()) if REGISTRY[c].scope in ("unit", "collection")}


def _plain_run_checks(ctx: CheckContext, units: Iterable[Unit], codes: set[str]) -> list[Finding]:
    """``run_checks`` as it was first written: every selected check on each unit in turn."""
    unit_list = [u for u in units if u.lang.split("_")[0] != ctx.source_lang.split("_")[0]]
    collection = [c for c in REGISTRY.values() if c.scope == "collection" and c.code in codes]
    ctx.document = tuple(unit_list)
    ctx.near_cache.clear()
    findings = _plain_units(ctx, unit_list, codes)
    for chk in collection:
        findings.extend(chk.func(ctx, unit_list))
    return sort_findings(findings)


def _plain_units(ctx: CheckContext, unit_list: list[Unit], codes: set[str]) -> list[Finding]:
    """The per-unit checks' findings in the plain loop's order (before the sort)."""
    per_unit = [c for c in REGISTRY.values() if c.scope == "unit" and c.code in codes]
    findings: list[Finding] = []
    for unit in unit_list:
        loose = unit.loose or _numbered(unit)
        for chk in per_unit:
            if not unit.target.strip() and chk.code not in _ON_EMPTY:
                continue
            if chk.code in _NOT_ON_LOOSE and loose:
                continue
            findings.extend(chk.func(ctx, unit))
    return findings


def _same(tbx: Path, documents: list[list[Unit]], codes: set[str] = UNIT_CODES) -> Counter[str]:
    """Both loops over each document, each with a context of its own; the findings counted."""
    termbase = load_termbases([tbx])
    blocked, plain = CheckContext(termbase, "en"), CheckContext(termbase, "en")
    found = Counter[str]()
    for units in documents:
        want = _plain_run_checks(plain, units, codes)
        got = run_checks(blocked, units, codes)
        assert got == want
        # the same objects' fields in the same order, ties included (== alone compares them
        # as a whole list; a tie broken otherwise would show here as a different sequence)
        assert [(f.code, f.unit, f.message, f.expected) for f in got] == [
            (f.code, f.unit, f.message, f.expected) for f in want]
        found.update(f.code for f in want)
        # and before the sort: a block's findings come in the plain loop's order
        block = [u for u in units if u.lang != "en"][:BLOCK]
        per_unit = [c for c in REGISTRY.values() if c.scope == "unit" and c.code in codes]
        assert _block(blocked, block, plan_groups(per_unit)) == _plain_units(plain, block, codes)
    return found


def _variants(unit: Unit, rng: random.Random) -> list[Unit]:
    """A unit, its pseudo-translation, with a word left out, emptied, fuzzy, and the source
    copied: what a translator's file holds besides good translations."""
    words = unit.target.split(" ")
    at = rng.randrange(len(words))
    texts = [unit.target, pseudo(unit.source, unit.lang), " ".join(words[:at] + words[at + 1:]),
             "", unit.source]
    return [Unit(f"{unit.id}.{n}", unit.lang, unit.source, text, unit.file, unit.line * 10 + n,
                 fuzzy=n == 4, release_date=unit.release_date)
            for n, text in enumerate(texts)]


def test_plan_groups_cut_where_the_family_changes() -> None:
    per_unit = [c for c in REGISTRY.values() if c.scope == "unit"]
    # (honor16: the plan's groups of checks, as (function, code, family) triples)
    groups = [[(c.func, c.code, c.family) for c in g] for g in plan_groups(per_unit).checks]
    assert [f for g in groups for f, _, _ in g] == [c.func for c in per_unit]
    family = {c.func: c.family for c in per_unit}
    for group in groups:
        assert len({family[f] for f, _, _ in group}) == 1
    for before, after in pairwise(groups):
        assert family[before[0][0]] != family[after[0][0]]
    # the checks that share a unit's analysis run together on each unit
    dates = {REGISTRY[c].func for c in ("TP201", "TP202", "TP203")}
    assert any(dates <= {f for f, _, _ in g} for g in groups)


def sample_documents(rng: random.Random) -> list[list[Unit]]:
    """The sample workspace's PO files as units, each with its variants (``_variants``)."""
    documents = []
    for lang in LANGS:
        for path in sorted((ROOT / "locales" / lang / "LC_MESSAGES").glob("*.po")):
            translations = read_translations(path, lang)
            units = po_units(translations, lang, path.name, translations.release_date)
            documents.append([v for u in units for v in _variants(u, rng)])
    return documents


def test_blocks_find_what_the_plain_loop_finds_on_the_sample_workspace() -> None:
    documents = sample_documents(random.Random(11))
    assert max(map(len, documents)) > BLOCK  # every file crosses a block
    found = _same(ROOT / "locales" / "termbase.tbx", documents)
    for code in ("TP101", "TP102", "TP105", "TP201", "TP601", "TP602", "TP603", "TP701"):
        assert found[code], found


def test_blocks_find_what_the_plain_loop_finds_on_the_corpora() -> None:
    units = [Unit(f"u{n}", lang, source, target, "f.po", n)
             for n, (source, target, lang) in enumerate(corpus_pairs())]
    documents = [units[i:i + 3 * BLOCK + 5] for i in range(0, len(units), 3 * BLOCK + 5)]
    found = _same(ROOT / "tests" / "corpus" / "termbase.tbx", documents)
    for code in ("TP101", "TP102", "TP103", "TP201", "TP203", "TP301", "TP302", "TP401"):
        assert found[code], found


def test_blocks_find_what_the_plain_loop_finds_on_the_real_corpus() -> None:
    documents = []
    for folder in realcorpus.PO_DIRS:
        for path in realdata.paths(folder, ".po"):
            lang = path.stem
            documents.append(po_units(read_translations(path, lang), lang, path.name, None))
    found = _same(ROOT / "locales" / "termbase.tbx", documents)
    assert sum(found.values()) > 100, found


_TEXTS = ["Mr. Guterres met Ms. Bachelet on 7 December 2020.", "", "  ",
          "The United Nations Office on Drugs and Crime (UNODC) said 2.5 million people.",
          "%(count)s files at {0} <b>bold</b>", "Write to info@un.org or https://un.org",
          "Le 7 décembre 2020, M. Guterres a dit 2,5 millions.", "二〇二〇年12月7日，250万人。",
          "7 декабря 2020 года г-н Гутерриш", "في 7 كانون الأول/ديسمبر 2020 قال السيد"]
_UNITS = st.lists(st.tuples(st.sampled_from(_TEXTS), st.sampled_from(_TEXTS),
                            st.sampled_from(LANGS), st.booleans(), st.booleans(),
                            st.sampled_from([(), ("c-format",), ("qt-format",)])),
                  min_size=1, max_size=3 * BLOCK)


@given(_UNITS, st.sampled_from([None, {"TP201", "TP202", "TP301", "TP601", "TP105"}]))
@settings(max_examples=25, deadline=None)
def test_blocks_find_what_the_plain_loop_finds_on_generated_units(
        rows: list[tuple[str, str, str, bool, bool, tuple[str, ...]]],
        codes: set[str] | None) -> None:
    units = [Unit(f"u{n}", lang, source, target, "f.po", n + 1, fuzzy=fuzzy, loose=loose,
                  flags=flags)
             for n, (source, target, lang, fuzzy, loose, flags) in enumerate(rows)]
    _same(ROOT / "locales" / "termbase.tbx", [units], codes or UNIT_CODES)
