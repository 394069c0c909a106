"""run_checks calls a check only on a unit with the facts it needs to find anything (issue 13).

``checks._facts`` reads a unit's facts once (empty, fuzzy, flags, a "<", an address's marks, an
honorific in the source) and ``checks._block`` skips the checks that lack one (``_NEEDS``). A
check skipped must be a check that would have returned nothing:

* every check of ``_NEEDS``, run on every unit whose facts it lacks, finds nothing (the
  corpora, the real translators' files and the third-party PO files, with variants: fuzzy,
  surplus, flagged, emptied, loose; generated units of addresses, markup, honorifics, flags);
* ``_block`` gives, in the same order, the findings of every selected check run on every unit
  as ``_ON_EMPTY`` and ``_NOT_ON_LOOSE`` allow (the loop before the facts).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

import transpub.checks as checks
from corpora import corpus_pairs
from transpub.catalog import read_translations
from transpub.checks import REGISTRY, CheckContext, Finding, Unit, plan_groups
from transpub.checks.placeholders import collapsed, placeholder
from transpub.errors import CatalogError
from transpub.pounits import po_units
from transpub.termbase import Termbase, load_termbases

import realcorpus
import realdata

ROOT = Path(__file__).resolve().parent.parent
UNIT_CHECKS = [c for c in REGISTRY.values() if c.scope == "unit"]


def _variants(unit: Unit) -> list[Unit]:
    """The unit, and the same texts with every fact a gate reads turned on or off."""
    return [unit,
            dataclasses.replace(unit, fuzzy=not unit.fuzzy),
            dataclasses.replace(unit, surplus=2, form=3),
            dataclasses.replace(unit, flags=("c-format",)),
            dataclasses.replace(unit, flags=("python-brace-format", "fuzzy")),
            dataclasses.replace(unit, flags=("no-c-format",)),
            dataclasses.replace(unit, loose=True),
            dataclasses.replace(unit, target=" "),
            dataclasses.replace(unit, target=unit.source),
            dataclasses.replace(unit, foreign=True)]


def _corpus_units() -> list[Unit]:
    units = [Unit(f"c{n}", lang, source, target, "c.po", n)
             for n, (source, target, lang) in enumerate(corpus_pairs())]
    return [v for u in units for v in _variants(u)]


def _po_units(folders: Iterable[str]) -> list[Unit]:
    """The units of the real files (the tests skip when they are absent)."""
    units: list[Unit] = []
    for folder in folders:
        for path in realdata.paths(folder, ".po"):
            named = path.stem if len(path.stem) == 2 else None  # (corpus_real: fr.po)
            try:
                translations = read_translations(path, named)
            except CatalogError:  # (the third-party files include one in UTF-16)
                continue
            units += po_units(translations, translations.lang or "fr", path.name, None)
    return units


def _ran(code: str, unit: Unit) -> bool:
    """Did the loop before the facts run check ``code`` on ``unit``?"""
    full = bool(unit.target.strip())
    loose = unit.loose or checks._numbered(unit)
    return (full or code in checks._ON_EMPTY) and not (loose and code in checks._NOT_ON_LOOSE)


def _plain(ctx: CheckContext, units: list[Unit]) -> list[Finding]:
    """The loop before the facts: every check on every unit ``_ON_EMPTY`` and
    ``_NOT_ON_LOOSE`` let it run on, unit by unit, in registry order (a placeholder's
    findings then told as one, ``checks.placeholders``)."""
    found: list[Finding] = []
    for unit in units:
        out: list[Finding] = []
        for chk in UNIT_CHECKS:
            if _ran(chk.code, unit):
                out.extend(chk.func(ctx, unit))
        if (token := placeholder(unit.source, unit.target)) is not None:
            out = collapsed(unit, token, out)
        found.extend(out)
    return found


def _assert_gates_exact(ctx: CheckContext, units: list[Unit]) -> int:
    """Each gated check finds nothing where its facts are missing (and the loop before them
    ran it); and ``_block`` gives the
    plain loop's findings. Returns how many units the gates skipped a check on."""
    plan = plan_groups(UNIT_CHECKS)
    skipped = 0
    for unit in units:
        facts = checks._facts(ctx, unit, plan)
        for code in checks._NEEDS:
            if _ran(code, unit) and not checks._runs(code, facts):
                skipped += 1
                assert list(REGISTRY[code].func(ctx, unit)) == [], (code, facts, unit)
    for start in range(0, len(units), checks.BLOCK):
        block = units[start:start + checks.BLOCK]
        ctx.document = tuple(block)
        assert checks._block(ctx, block, plan) == _plain(ctx, block)
    return skipped


def test_gates_on_the_corpora() -> None:
    termbase = load_termbases([ROOT / "tests" / "corpus" / "termbase.tbx"])
    ctx = CheckContext(termbase, source_lang="en")
    units = _corpus_units()
    assert _assert_gates_exact(ctx, units) > len(units)
    # the gated checks find something on these units: the comparison is not of empty lists
    codes = {f.code for f in _plain(ctx, units)}
    assert {"TP601", "TP602", "TP605", "TP105", "TP106", "TP401"} <= codes


def test_gates_on_the_real_files() -> None:
    ctx = CheckContext(Termbase(()), source_lang="en")
    units = _po_units(realcorpus.PO_DIRS)
    foreign = _po_units(["tests/data/real/po"])
    assert _assert_gates_exact(ctx, units + foreign) > len(units)
    # every fact the gates read is found in some real unit
    plan = plan_groups(UNIT_CHECKS)
    seen = 0
    for unit in units + foreign:
        seen |= checks._facts(ctx, unit, plan)
    assert seen & checks._HONORIFIC and seen & checks._MARKUP and seen & checks._FLAGS
    assert {f.code for f in _plain(ctx, foreign)} & {"TP501", "TP502"}


_TEXTS = st.lists(st.sampled_from([
    "Mr. Guterres", "H.E. Ms. Amina Mohammed", "Dr.", "M. Lazzarini", "Mme Bachelet",
    "г-н Гутерриш", "г-жа", "السيد غوتيريش", "السيدة", "古特雷斯先生", "女士", "Sra. Bachelet",
    "info@un.org", "info＠un.org", "a﹫b.org", "http://un.org", "https://x.org/a(b)",
    "www.un.org", "http", "www", "@", "<a1>", "</a1>", "<x1/>", "<b>", "<", "%s", "%d",
    "{0}", "{name}", "%(n)s", "%1$s", "the", "Report", "2015", "Nations", " ", "\u00a0",
    "", "«", "»", ".", ",",
]), max_size=8).map(" ".join)
_LANGS = st.sampled_from(("fr", "es", "ru", "ar", "zh", "es_MX"))
_FLAGS = st.sampled_from(((), ("c-format",), ("python-format",), ("python-brace-format",),
                          ("no-c-format",), ("qt-format",), ("fuzzy",)))


@settings(max_examples=800, deadline=None)
@given(_TEXTS, _TEXTS, _LANGS, _FLAGS, st.booleans(), st.booleans(), st.booleans(),
       st.sampled_from((0, 2)))
@example("Mr. Guterres met H.E. Ms. Mohammed.", "M. Guterres a vu Mme Mohammed.", "fr", (),
         False, False, False, 0)
@example("See www.un.org", "Voir", "fr", (), False, False, False, 0)
@example("See", "Voir info@un.org", "fr", (), False, False, False, 0)
@example("<a1>Go</a1>", "Va", "fr", (), False, False, False, 0)
def test_gates_on_generated_units(source: str, target: str, lang: str, flags: tuple[str, ...],
                                  fuzzy: bool, loose: bool, foreign: bool, surplus: int) -> None:
    ctx = CheckContext(Termbase(()), source_lang="en")
    unit = Unit("u", lang, source, target, "f.po", 1, fuzzy=fuzzy, flags=flags, loose=loose,
                foreign=foreign, surplus=surplus, form=3 if surplus else None)
    _assert_gates_exact(ctx, [unit, dataclasses.replace(unit, target=source)])
