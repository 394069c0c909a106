"""What the unit checks derive from a document (the short forms its translations define,
each unit's shortfalls) belongs to that document: a context that checks one document and then
another gives the second the findings a fresh context gives it. The checker clears the memo
after each file; ``run_checks`` now does so itself, and the short forms are tied to the very
tuple they were read from (they were keyed by ``id(document)``, which a later document can be
given once the first is freed: the flaky failure of test_check_cpu11's corpora test)."""

from __future__ import annotations

from pathlib import Path

from transpub.checks import REGISTRY, CheckContext, Finding, Unit, run_checks, select_codes
from transpub.checks.shortforms import _defined_short_forms
from transpub.termbase import load_termbases

TBX = Path(__file__).resolve().parent.parent / "locales" / "termbase.tbx"
CODES = {c for c in select_codes(["TP"], ()) if REGISTRY[c].scope == "unit"}

# the Russian translation defines «КТУ» as the short form of UNOCT, then uses it alone
DEFINES = Unit("a1", "ru", "The United Nations Office of Counter-Terrorism (UNOCT) opened the "
               "meeting.", "Контртеррористическое управление Организации Объединенных Наций "
               "(КТУ) открыло совещание.", "a.po", 1)
USES = Unit("a2", "ru", "UNOCT will report to the Council.", "КТУ представит доклад Совету.",
            "a.po", 2)
ALONE = Unit("b1", "ru", USES.source, USES.target, "b.po", 1)
PLAIN = Unit("b2", "ru", "The Council met.", "Совет собрался.", "b.po", 2)


def _shown(findings: list[Finding]) -> list[tuple[str, str, str]]:
    return [(f.code, f.unit, f.message) for f in findings]


def test_a_document_checked_after_another_gets_a_fresh_contexts_findings() -> None:
    termbase = load_termbases([TBX])
    fresh = run_checks(CheckContext(termbase, "en"), [ALONE], CODES)
    # without the definition in its own file, the short form alone is no mention of UNOCT
    assert ("TP101", "b1") in {(f.code, f.unit) for f in fresh}
    ctx = CheckContext(termbase, "en")
    run_checks(ctx, [DEFINES, USES], CODES)
    assert _shown(run_checks(ctx, [ALONE], CODES)) == _shown(fresh)


def test_short_forms_are_read_again_for_a_document_given_a_dead_ones_id() -> None:
    ctx = CheckContext(load_termbases([TBX]), "en")
    ctx.document = (DEFINES, USES)
    assert _defined_short_forms(ctx, "ru")  # «КТУ» for UNOCT
    ctx.document = ()
    # CPython hands a freed tuple's memory to the next tuple of its size: under the old key
    # (id of the document) the first of these was given the short forms of the freed one
    for _ in range(20):
        ctx.document = tuple([ALONE, PLAIN])
        assert _defined_short_forms(ctx, "ru") == {}
