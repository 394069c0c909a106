"""CPU of each per-unit check of ``transpub check``, unprofiled, in one process.

    python benchmarks/check_units.py [WORKSPACE] [--select TP2,TP3,TP6] [--repeat 3]

Reads the workspace's PO files as ``check`` does (``read_translations``, ``po_units``), release
by release, then runs the selected per-unit checks over every file's units in ``run_checks``'
order (each family of checks over a block of units, ``checks.plan_groups`` and ``BLOCK``, so
that the parsers' memos and caches behave as in a real check), timing each check with
``time.process_time``; the parsers' memos, the term matchers (and the hits they keep) and the
check context (a source's analysis) are made afresh before each repeat and the best repeat is
kept. cProfile's cost per Python call hides work done in C (regular expressions): this shows
what a check costs without it. WORKSPACE defaults to the one ``benchmarks/profile_steps.py
--size 100`` leaves (benchmarks/_work/profile-n100/workspace).
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable
from pathlib import Path

from transpub.catalog import read_translations
from transpub.checks import BLOCK, REGISTRY, Check, CheckContext, Unit, select_codes
from transpub.checks.added import _source_values
from transpub.checks.completeness import _squash_source, _word_counts
from transpub.checks.currency import _source_families
from transpub.checks.honorifics import _apposed, _english_titles, _honorifics, _surnames_only
from transpub.checks.markup import _source_tags, _symbols
from transpub.checks.numbers import (
    _compare_numbers,
    _find_all,
    _heat_named,
    _respell_plan,
    _source_numbers,
)
from transpub.checks.persons import _names as _person_names
from transpub.checks.terminology import _near_text
from transpub.checks.votes import _votes
from transpub.config import load_settings
from transpub.datefind import _find_dates
from transpub.memo import fit
from transpub.namefind import _FOUND, _keys, _word_keys
from transpub.numfind import _readings_of, _scaled
from transpub.pounits import po_units
from transpub.termbase import load_termbases
from transpub.terms import _LAST_MATCHERS, fold

HERE = Path(__file__).resolve().parent
MEMOS: list[Callable[[], None]] = [m.cache_clear for m in (
    _find_dates, _compare_numbers, _source_numbers, _find_all, _readings_of, _scaled,
    _squash_source, _word_counts, fold, _honorifics, _near_text, _source_tags,
    _respell_plan, _english_titles, _symbols, _source_families, _surnames_only, _apposed,
    _source_values, _heat_named)]
MEMOS.append(_LAST_MATCHERS.clear)  # the term matchers and the texts' hits they keep
# the names of TP107-TP109 (one memo per kind), the words' first letters, the votes
MEMOS += [m.cache_clear for m in (*_FOUND.values(), _keys, _word_keys, _votes,
                                   _person_names)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path, nargs="?",
                        default=HERE / "_work" / "profile-n100" / "workspace")
    parser.add_argument("--select", default="TP2,TP3,TP4,TP5,TP6")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    settings = load_settings(args.workspace)
    started = time.process_time()
    documents: list[list[Unit]] = []
    files = sorted((path.stem, info.code, path) for info in settings.languages
                   if info.code != settings.source_language
                   for path in (settings.locales_dir / info.code).glob("**/*.po"))
    # release by release, its languages one after the other, as a check reads them (a
    # source's memos serve its five translations)
    for _stem, code, path in files:
        translations = read_translations(path, code)
        documents.append(po_units(translations, code, str(path), translations.release_date))
    reading = time.process_time() - started
    termbase = load_termbases([settings.termbase])
    codes = select_codes(args.select.split(","), ())
    checks = [c for c in REGISTRY.values() if c.scope == "unit" and c.code in codes]
    # run_checks' families (checks.plan_groups), as Check records
    groups: list[list[Check]] = []
    for chk in checks:
        if groups and groups[-1][0].family == chk.family:
            groups[-1].append(chk)
        else:
            groups.append([chk])
    gc.collect()
    gc.freeze()  # as run_checks does
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        for clear in MEMOS:
            clear()
        # a new context each time: the term checks keep a source's analysis in it
        ctx = CheckContext(termbase, settings.source_language)
        spent = dict.fromkeys((c.code for c in checks), 0.0)
        for units in documents:
            # the memos sized to the file, as the checker's worker sizes them (``memo.fit``;
            # no figure moved on the benchmark's releases of ~30 units, which the base size
            # holds, but a larger release's would)
            fit(2 * len(units))
            for start in range(0, len(units), BLOCK):
                block = units[start:start + BLOCK]
                for group in groups:
                    for unit in block:
                        empty = not unit.target.strip()
                        for chk in group:
                            if empty and chk.code != "TP601":
                                continue
                            begun = time.process_time()
                            for _finding in chk.func(ctx, unit):
                                pass
                            spent[chk.code] += time.process_time() - begun
            fit(0)
        for code, seconds in spent.items():
            best[code] = min(best.get(code, seconds), seconds)
    print(f"{sum(map(len, documents))} units; reading the PO files {reading * 1000:.0f} ms")
    for code in sorted(best):
        print(f"{code} {REGISTRY[code].name:24s} {best[code] * 1000:7.0f} ms")
    print(f"all {sum(best.values()) * 1000:.0f} ms (best of {args.repeat}, each check's own "
          "best; the timer adds about 1 ms per check per 3,000 units)")


if __name__ == "__main__":
    main()
