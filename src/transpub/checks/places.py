"""A place stays the same place (TP109): "GENEVA" is not «VIENNE», "in Nairobi" not «à
Addis-Abeba», "Kabul" not «Кандагар»'s neighbour. A release's dateline names its place, a unit
of its own, and its text names the cities where things happen; the termbase holds few of them.

The places are data (``data/places.json``: the UN's duty stations, the regional commissions'
seats, capitals in the news, the cities and the regions, states and provinces of countries in
crisis — "North Darfur", «Nord-Kivu», «Запорожская область» — in the six languages), read by
``transpub.namefind`` as the countries are (Russian cases, «в Женеве»; Arabic clitics,
«بجنيف»; capitals, "GENEVA"); a source's place says the places that hold it.
Only a translation that names a place the source does not, while one the source names is not
found, is reported.
"""

from __future__ import annotations

from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.countries import termbase_holds
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.namefind import PLACES, changed


@check("TP109", "place-changed", Severity.WARNING, "countries")
def place_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation names a city the source does not, and not one the source names
    ("Geneva" → «Vienne»)."""
    return [finding("TP109", unit, f"the place «{name}» became «{other}»", expected=name)
            for _, name, other in changed(unit.source, ctx.source_lang, unit.target, unit.lang,
                                          PLACES)
            if not termbase_holds(ctx, unit.source, name)]
