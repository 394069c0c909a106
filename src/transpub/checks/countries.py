"""A country stays the same country (TP107): "Ecuador" is not «Pérou», "Sudan" not «Soudan du
Sud», "the Russian Federation" not «Беларусь». The termbase checks compare the names a
termbase holds (the sample's holds Qatar alone); a country outside it was compared by nothing.

The countries are read by ``transpub.namefind`` (babel's names of the territories and the UN's
short names, in the languages' own forms). Only a translation that names a country the source
does not, while one the source names is not found, is reported: a country the reader does not
know in a translation's form (an adjective, a capital) is then missing, never wrong.
"""

from __future__ import annotations

from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.namefind import COUNTRIES, changed, names_in


def countries_in(text: str, lang: str) -> tuple[tuple[str, str], ...]:
    """The countries ``text`` names, as (ISO code, the name as written), in text order."""
    return names_in(text, lang, COUNTRIES)


def termbase_holds(ctx: CheckContext, source: str, name: str) -> bool:
    """Does the workspace's termbase hold the source's ``name`` (a term it finds in the source
    holds it)? The termbase checks then compare it (TP101 says it is missing), and TP107,
    TP108 and TP109 say nothing more of it."""
    return any(name in hit.form for hit in ctx.source_hits(source))


@check("TP107", "country-changed", Severity.WARNING, "countries")
def country_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation names a country the source does not, and not one the source names
    ("Ecuador" → «Pérou»)."""
    return [finding("TP107", unit, f"the country «{name}» became «{other}»", expected=name)
            for _, name, other in changed(unit.source, ctx.source_lang, unit.target, unit.lang,
                                          COUNTRIES)
            if not termbase_holds(ctx, unit.source, name)]
