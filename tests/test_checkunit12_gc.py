"""Once a process checks, the cyclic garbage collector runs every ``checks.GC_THRESHOLD`` net
allocations instead of every 700 (``checks.settle_heap``, issue 13). That is safe because the
checks make no reference cycles: checking the sample workspace's files (with words left out,
emptied, fuzzy and copied units), the accuracy corpora and the real corpus with the collector
off leaves nothing for a full collection to find.
"""

from __future__ import annotations

import gc
import random
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from corpora import corpus_pairs
from test_check_cpu11 import UNIT_CODES, sample_documents
from transpub.catalog import read_translations
from transpub.checks import GC_THRESHOLD, CheckContext, Unit, run_checks
from transpub.pounits import po_units
from transpub.termbase import load_termbases

import realcorpus
import realdata

ROOT = Path(__file__).resolve().parent.parent


@contextmanager
def _collector(threshold: tuple[int, int, int], enabled: bool = True) -> Iterator[None]:
    """The collector as given for the test, then as it was (thresholds, on or off, nothing
    left frozen)."""
    before, was_enabled = gc.get_threshold(), gc.isenabled()
    gc.set_threshold(*threshold)
    if not enabled:
        gc.disable()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
        if was_enabled:
            gc.enable()


def _unit() -> Unit:
    return Unit("u1", "fr", "Mr. Guterres spoke on 5 May 2015.",
                "M. Guterres a parlé le 5 mai 2015.", "f.po", 1)


def test_a_process_that_checks_collects_less_often() -> None:
    termbase = load_termbases([ROOT / "locales" / "termbase.tbx"])
    with _collector((700, 10, 10)):
        ctx = CheckContext(termbase, "en")
        run_checks(ctx, [_unit()], UNIT_CODES)
        assert ctx.settled
        assert gc.get_threshold() == (GC_THRESHOLD, 10, 10)  # the older generations' as were
    with _collector((10 * GC_THRESHOLD, 5, 5)):
        run_checks(CheckContext(termbase, "en"), [_unit()], UNIT_CODES)
        assert gc.get_threshold() == (10 * GC_THRESHOLD, 5, 5)  # never lowered


def _garbage_after(termbase: Path, documents: list[list[Unit]]) -> tuple[int, int]:
    """(findings, objects in unreachable cycles) of checking ``documents`` with the collector
    off (``settle_heap`` collects what was there before)."""
    with _collector(gc.get_threshold(), enabled=False):
        ctx = CheckContext(load_termbases([termbase]), "en")
        found = sum(len(run_checks(ctx, units, UNIT_CODES)) for units in documents)
        return found, gc.collect()


def test_checking_the_sample_workspace_makes_no_cycles() -> None:
    documents = sample_documents(random.Random(12))
    found, garbage = _garbage_after(ROOT / "locales" / "termbase.tbx", documents)
    assert found > 500
    assert garbage == 0


def test_checking_the_corpora_makes_no_cycles() -> None:
    units = [Unit(f"u{n}", lang, source, target, "f.po", n)
             for n, (source, target, lang) in enumerate(corpus_pairs())]
    documents = [units[i:i + 200] for i in range(0, len(units), 200)]
    found, garbage = _garbage_after(ROOT / "tests" / "corpus" / "termbase.tbx", documents)
    assert found > 500
    assert garbage == 0


def test_checking_the_real_corpus_makes_no_cycles() -> None:
    documents = []
    for folder in realcorpus.PO_DIRS:
        for path in realdata.paths(folder, ".po"):  # skips when the files are absent
            lang = path.stem
            documents.append(po_units(read_translations(path, lang), lang, path.name, None))
    found, garbage = _garbage_after(ROOT / "locales" / "termbase.tbx", documents)
    assert found > 100
    assert garbage == 0
