"""Issue 13, memo15: the per-unit checks' findings of a unit are kept (``checks.unitmemo``) and
served to the next unit that is the same in everything the checks read, stamped with its own
file, line and id. The findings, in their order before and after the sort, must be those of a
context that keeps none (``memo_size=0``): on the sample workspace, the accuracy corpora, the
real corpus and generated units, each checked again as other files (other ids, lines, release
years); and a unit whose key differs from a kept one in one thing the checks read (its year,
flags, fuzzy mark, plural form, the document it is in, the codes checked...) is not served.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from corpora import corpus_pairs
from test_check_cpu11 import LANGS, sample_documents
from transpub.catalog import read_translations
from transpub.checks import (
    BLOCK,
    REGISTRY,
    CheckContext,
    Unit,
    _block,
    plan_groups,
    run_checks,
    select_codes,
)
from transpub.checks.unitmemo import UnitMemo
from transpub.pounits import po_units
from transpub.termbase import Termbase, load_termbases

import realcorpus
import realdata

ROOT = Path(__file__).resolve().parent.parent
TBX = ROOT / "locales" / "termbase.tbx"
UNIT_CODES = {c for c in select_codes(["TP"], ()) if REGISTRY[c].scope == "unit"}
ALL_CODES = {c for c in select_codes(["TP"], ()) if REGISTRY[c].scope in ("unit", "collection")}


def _memos(ctx: CheckContext) -> list[UnitMemo]:
    return list(ctx._unit_memos.values())


def _served(ctx: CheckContext) -> int:
    return sum(m.served for m in _memos(ctx))


def _again(units: list[Unit], copy: int) -> list[Unit]:
    """The document as another file: other ids and lines, another year for half of it."""
    return [replace(u, id=f"{u.id}~{copy}", file=f"copy{copy}-{u.file}", line=u.line + 7 * copy,
                    release_date=dt.date(2000 + copy + n % 2, 3, 1)
                    if n % 2 or u.release_date is None else u.release_date)
            for n, u in enumerate(units)]


def _same(termbase: Termbase, documents: Iterable[list[Unit]],
          codes: set[str] = ALL_CODES) -> int:
    """Each document checked with the memo and without: the same findings, in the same order
    (after the sort, and a block's before it). Returns how many units the memo served."""
    kept, plain = CheckContext(termbase, "en"), CheckContext(termbase, "en", memo_size=0)
    per_unit = [c for c in REGISTRY.values() if c.scope == "unit" and c.code in codes]
    for units in documents:
        want = run_checks(plain, units, codes)
        got = run_checks(kept, units, codes)
        assert got == want  # every field of every finding (file, line and id included)
        block = [u for u in units if u.lang != "en"][:BLOCK]
        if block and per_unit:
            memo = kept.unit_memo(frozenset(c.code for c in per_unit))
            assert _block(kept, block, plan_groups(per_unit), memo) == _block(
                plain, block, plan_groups(per_unit))
    assert not _memos(plain)
    return _served(kept)


def _with_copies(documents: list[list[Unit]]) -> list[list[Unit]]:
    """The documents, then each again as two other files, the copies interleaved."""
    out = list(documents)
    for at, units in enumerate(documents):
        out.append(_again(units, 1 + at % 3))
    out += [_again(units, 5) for units in documents[::2]]
    return out


def test_the_sample_workspace_checked_again_gets_the_same_findings() -> None:
    documents = _with_copies(sample_documents(random.Random(15)))
    served = _same(load_termbases([TBX]), documents)
    assert served > 1000, served


def test_the_corpora_checked_again_get_the_same_findings() -> None:
    units = [Unit(f"u{n}", lang, source, target, "f.po", n, release_date=dt.date(2015, 5, 1))
             for n, (source, target, lang) in enumerate(corpus_pairs())]
    documents = [units[i:i + 3 * BLOCK + 5] for i in range(0, len(units), 3 * BLOCK + 5)]
    served = _same(load_termbases([ROOT / "tests" / "corpus" / "termbase.tbx"]),
                   _with_copies(documents))
    assert served > 1000, served


def test_the_real_corpus_checked_again_gets_the_same_findings() -> None:
    documents = []
    for folder in realcorpus.PO_DIRS:
        for path in realdata.paths(folder, ".po"):
            lang = path.stem
            documents.append(po_units(read_translations(path, lang), lang, path.name, None))
    served = _same(load_termbases([TBX]), _with_copies(documents))
    assert served > 1000, served


_TEXTS = ["Mr. Guterres met Ms. Bachelet on 7 December.", "", "On 7 December 2020, 3 p.m.",
          "The United Nations Office on Drugs and Crime (UNODC) said 2.5 million people.",
          "%(count)s files at {0} <b>bold</b>", "Write to info@un.org or https://un.org",
          "Le 8 décembre, M. Guterres a dit 2,5 millions.", "二〇二〇年12月7日，250万人。",
          "7 декабря 2020 года г-н Гутерриш", "في 7 كانون الأول/ديسمبر 2020 قال السيد",
          "%d files", "Le 7 décembre 2021 à 15 heures"]
_UNITS = st.lists(st.tuples(st.sampled_from(_TEXTS), st.sampled_from(_TEXTS),
                            st.sampled_from(LANGS), st.booleans(), st.booleans(),
                            st.sampled_from([(), ("c-format",), ("python-format",)]),
                            st.sampled_from([None, 2019, 2020]), st.booleans(),
                            st.sampled_from([None, "%d files"]), st.sampled_from([0, 2])),
                  min_size=1, max_size=2 * BLOCK)


@given(st.lists(_UNITS, min_size=1, max_size=4),
       st.sampled_from([None, {"TP201", "TP202", "TP301", "TP601", "TP105"}]))
@settings(max_examples=30, deadline=None)
def test_generated_units_get_the_same_findings(documents: list[list[tuple[object, ...]]],
                                               codes: set[str] | None) -> None:
    """Few texts and every field varied: units recur across the documents with one field or
    another changed, each change a key the memo must tell apart."""
    docs = [[Unit(f"u{n}", lang, source, target, f"f{d}.po", n + 1, fuzzy=fuzzy, loose=loose,
                  flags=flags, release_date=dt.date(year, 1, 5) if year else None,
                  foreign=foreign, plural_source=plural, form=1 if surplus else None,
                  surplus=surplus)
             for n, (source, target, lang, fuzzy, loose, flags, year, foreign, plural,
                     surplus) in enumerate(rows)]
            for d, rows in enumerate(documents)]
    _same(load_termbases([TBX]), [*docs, *docs], codes or ALL_CODES)


# -- a unit that differs from a kept one in one thing the checks read is checked itself -------

def _base(**fields: object) -> Unit:
    values: dict[str, object] = {"id": "a", "lang": "fr", "file": "a.po", "line": 3,
                                 "release_date": dt.date(2020, 5, 1)}
    values.update(fields)
    return Unit(**values)  # type: ignore[arg-type]


#: (the kept unit, the one that differs from it in a single field the checks read)
_PAIRS = {
    # a date without its year: the release's year fills it in (the expected form shows it)
    "year": (_base(source="The Council met on 7 December.", target="Le Conseil s'est réuni "
                   "le 8 décembre."),
             {"release_date": dt.date(2021, 5, 1)}),
    "no year": (_base(source="The Council met on 7 December.", target="Le Conseil s'est réuni "
                      "le 8 décembre."),
                {"release_date": None}),
    "flags": (_base(source="%s files were sent", target="des fichiers ont été envoyés"),
              {"flags": ("c-format",)}),
    "fuzzy": (_base(source="The Council met.", target="Le Conseil s'est réuni."),
              {"fuzzy": True}),
    "loose": (_base(source="2 files", target="des fichiers"), {"loose": True}),
    "surplus": (_base(source="%d files", target="%d fichiers", form=3, flags=("c-format",)),
                {"surplus": 2}),
    "form": (_base(source="%d files", target="%d fichiers", form=3, surplus=2), {"form": 4}),
    "plural source": (_base(source="one file", target="un fichier", flags=("c-format",)),
                      {"plural_source": "%d files"}),
    "foreign": (_base(source="Read <b>this</b>.", target="Lisez ceci."), {"foreign": True}),
    "language": (_base(source="Mr. Guterres spoke.", target="Guterres spoke.", lang="es"),
                 {"lang": "fr"}),
}


def test_a_unit_differing_in_one_dependency_is_not_served() -> None:
    termbase = load_termbases([TBX])
    for name, (kept_unit, change) in _PAIRS.items():
        other = replace(kept_unit, id="b", file="b.po", line=9, **change)  # type: ignore[arg-type]
        fresh = run_checks(CheckContext(termbase, "en", memo_size=0), [other], UNIT_CODES)
        first = run_checks(CheckContext(termbase, "en", memo_size=0), [kept_unit], UNIT_CODES)
        # the change matters: the two units' findings differ (beyond file, line and id)
        assert [(f.code, f.lang, f.severity, f.message, f.expected) for f in fresh] != [
            (f.code, f.lang, f.severity, f.message, f.expected) for f in first], name
        ctx = CheckContext(termbase, "en")
        run_checks(ctx, [kept_unit], UNIT_CODES)
        assert run_checks(ctx, [other], UNIT_CODES) == fresh, name
        assert _served(ctx) == 0, name
        # and the same unit in another file is served, stamped as its own
        again = replace(kept_unit, id="c", file="c.po", line=11)
        assert run_checks(ctx, [again], UNIT_CODES) == run_checks(
            CheckContext(termbase, "en", memo_size=0), [again], UNIT_CODES), name
        assert _served(ctx) == 1, name


def test_a_dated_unit_is_kept_per_year_an_undated_one_for_every_year() -> None:
    termbase = load_termbases([TBX])
    ctx = CheckContext(termbase, "en")
    dated = _PAIRS["year"][0]
    plain = _base(source="The Council met.", target="Le Conseil s'est réuni.")
    for year in (2019, 2020, 2021, 2020):
        run_checks(ctx, [replace(dated, release_date=dt.date(year, 1, 1)),
                         replace(plain, id="p", release_date=dt.date(year, 1, 1))], UNIT_CODES)
    # the undated unit is served in 2020, 2021 and 2020 again; the dated one in 2020 again only
    assert _served(ctx) == 4


def test_the_codes_checked_key_a_memo_of_their_own() -> None:
    termbase = load_termbases([TBX])
    unit = _PAIRS["year"][0]
    ctx = CheckContext(termbase, "en")
    run_checks(ctx, [unit], {"TP601"})
    got = run_checks(ctx, [unit], UNIT_CODES)
    assert got == run_checks(CheckContext(termbase, "en", memo_size=0), [unit], UNIT_CODES)
    assert any(f.code == "TP201" for f in got)
    assert _served(ctx) == 0


# the Russian translation defines «КТУ» as the short form of UNOCT, then uses it alone
DEFINES = Unit("a1", "ru", "The United Nations Office of Counter-Terrorism (UNOCT) opened the "
               "meeting.", "Контртеррористическое управление Организации Объединенных Наций "
               "(КТУ) открыло совещание.", "a.po", 1)
USES = Unit("a2", "ru", "UNOCT will report to the Council.", "КТУ представит доклад Совету.",
            "a.po", 2)
#: the same texts again in the same file: its shortfalls are then the file's memo
USES_AGAIN = Unit("a3", "ru", USES.source, USES.target, "a.po", 3)
ALONE = Unit("b1", "ru", USES.source, USES.target, "b.po", 1)


def test_a_unit_whose_checks_read_its_document_is_not_kept() -> None:
    termbase = load_termbases([TBX])
    fresh = run_checks(CheckContext(termbase, "en", memo_size=0), [ALONE], UNIT_CODES)
    # without the definition in its own file, the short form alone is no mention of UNOCT
    assert ("TP101", "b1") in {(f.code, f.unit) for f in fresh}
    # the same texts again a block later: no check reads the document in that block
    filler = [Unit(f"f{n}", "ru", f"The Council met {n} times.", f"Совет собрался {n} раз.",
                   "a.po", 10 + n) for n in range(BLOCK)]
    for document in ([DEFINES, USES], [DEFINES, USES, USES_AGAIN], [USES, DEFINES, USES_AGAIN],
                     [DEFINES, USES, *filler, USES_AGAIN]):
        ctx = CheckContext(termbase, "en")
        checked = run_checks(ctx, document, UNIT_CODES)
        assert ("TP101", "a2") not in {(f.code, f.unit) for f in checked}
        assert run_checks(ctx, [ALONE], UNIT_CODES) == fresh
        assert _served(ctx) == 0


def test_the_memo_keeps_at_most_its_size_the_latest_used() -> None:
    termbase = load_termbases([TBX])
    ctx = CheckContext(termbase, "en", memo_size=4)
    units = [_base(id=f"u{n}", source=f"The Council met {n} times.",
                   target=f"Le Conseil s'est réuni {n + n % 2} fois.") for n in range(10)]
    want = run_checks(CheckContext(termbase, "en", memo_size=0), units, UNIT_CODES)
    assert run_checks(ctx, units, UNIT_CODES) == want
    (memo,) = _memos(ctx)
    assert list(memo.entries) == [(u.lang, u.source, u.target, False, (), False, None, False, 0,
                                   None) for u in units[-4:]]
    # the first unit used again is kept over the next oldest
    run_checks(ctx, [units[6]], UNIT_CODES)
    run_checks(ctx, [units[0]], UNIT_CODES)
    assert [k[1] for k in memo.entries] == [u.source for u in (units[7], units[8], units[9],
                                                               units[6], units[0])][-4:]
    assert run_checks(ctx, units, UNIT_CODES) == want

