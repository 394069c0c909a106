"""Reports about ``# transpub: ignore`` comments themselves (TP0xx); ``suppress.py`` raises them
after the other checks have run, so the functions here only carry the metadata."""

from __future__ import annotations

from collections.abc import Iterator

from transpub.checks.registry import Finding, Severity, check


@check("TP001", "invalid-suppression", Severity.WARNING, "suppression", scope="run")
def invalid_suppression(*_: object) -> Iterator[Finding]:
    """A ``transpub: ignore`` comment without a reason or with an unknown code silences nothing."""
    yield from ()


@check("TP002", "unused-suppression", Severity.WARNING, "suppression", scope="run")
def unused_suppression(*_: object) -> Iterator[Finding]:
    """A ``transpub: ignore`` comment whose check no longer finds anything on its unit."""
    yield from ()
