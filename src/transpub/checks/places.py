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

A unit filled with text of another kind (TP112): a PO editor's or ``align``'s slip one line
off puts a heading, a label or a city where another line belongs. The dateline's place unit
whose translation names no place at all ("NEW YORK" ← «World», a web page's region label:
the page would publish «World, 12 de mayo…») and a unit whose translation is a city alone the
source does not name ("Statement" ← «نيويورك», the dateline's place read off its sentence) are
reported; a place the list does not hold is not judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transpub import namekeys
from transpub.checks.context import CheckContext, Unit
from transpub.checks.countries import termbase_holds
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.namefind import COUNTRIES, PLACES, changed, folded_for, forms, names_in, names_one


@check("TP109", "place-changed", Severity.WARNING, "countries")
def place_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation names a city the source does not, and not one the source names
    ("Geneva" → «Vienne»)."""
    return [finding("TP109", unit, f"the place «{name}» became «{other}»", expected=name)
            for _, name, other in changed(unit.source, ctx.source_lang, unit.target, unit.lang,
                                          PLACES)
            if not termbase_holds(ctx, unit.source, name)]


#: the longest translation read for a city alone (a city with its country, «纽约，美国», is
#: short; a sentence is not read, which keeps the search off most units)
_ALONE = 40
_LETTERS = re.compile(r"\w")


@check("TP112", "place-misfilled", Severity.WARNING, "countries")
def place_misfilled(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The dateline's place unit filled with no place ("NEW YORK" ← «World»), or a unit
    filled with a city alone the source does not name ("Statement" ← «نيويورك»)."""
    target = unit.target
    if not target:
        return ()
    if unit.context == "place" and not unit.foreign:
        return _not_the_place(ctx, unit)
    if len(target) > _ALONE:
        return ()
    have = names_in(target, unit.lang, PLACES)
    if not have or _letters(target) != sum(_letters(written) for _, written in have):
        return ()
    # (a source naming a place, or a country alone, "YEMEN", may be rendered by a city; a
    # sentence naming a country, "via the UNICEF Australia team", is rendered by no city)
    source = unit.source
    if names_in(source, ctx.source_lang, PLACES):
        return ()
    countries = names_in(source, ctx.source_lang, COUNTRIES)
    if countries and _letters(source) == sum(_letters(written) for _, written in countries):
        return ()
    named = "», «".join(written for _, written in have)
    return (finding("TP112", unit, f"the translation is the place «{named}», which the source "
                    "does not name: a line of another unit?"),)


def _not_the_place(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The dateline's place unit (its msgctxt ``place`` in transpub's own files) whose
    translation names none of the places and countries the source names, nor any other (a
    city for another is TP109's)."""
    source, target = unit.source, unit.target
    wanted = [(kind, code, written) for kind in (PLACES, COUNTRIES)
              for code, written in names_in(source, ctx.source_lang, kind)]
    if not wanted or source.casefold() in target.casefold():
        return ()
    base = unit.lang.split("_")[0].split("-")[0]
    folded = folded_for(target, base)
    if any(names_one(folded, base, kind, code) for kind, code, _ in wanted):
        return ()
    if names_in(target, unit.lang, PLACES) or names_in(target, unit.lang, COUNTRIES):
        return ()
    kind, code, written = wanted[0]
    if termbase_holds(ctx, source, written):
        return ()
    own = forms(kind, code, base)
    expected = (own[0].upper() if source.isupper() else own[0]) if own else ""
    if _sounds_alike(written, target):
        # (a spelling of the place the list does not hold, «بورت أو برنس» for PORT-AU-PRINCE,
        # UN News Arabic's: the place, written otherwise, no line of another unit)
        return (finding("TP112", unit, f"the dateline's place «{written}» is written «{target}»"
                        f", a spelling the list of places does not hold{_as_listed(expected)}",
                        expected=expected, severity=Severity.INFO),)
    return (finding("TP112", unit, f"the dateline's place «{written}» is not in the "
                    f"translation «{target}»: a line of another unit?", expected=expected),)


def _as_listed(expected: str) -> str:
    return f" (the UN's: «{expected}»)" if expected else ""


#: A word's letters, in any script (a place's words split at spaces, hyphens, dashes).
_WORDS = re.compile(r"[^\W\d_]+")


def _sounds_alike(place: str, target: str) -> bool:
    """Whether ``target`` is ``place`` transliterated another way: their consonants' keys
    (``namekeys``, Latin, Cyrillic and Arabic letters alike) one name's («بورت أو برنس» and
    "PORT-AU-PRINCE", brtbrns both; «World» and "NEW YORK" none)."""
    ours = "".join(namekeys.key(w) for w in _WORDS.findall(place))
    theirs = "".join(namekeys.key(w) for w in _WORDS.findall(target))
    return namekeys.known(ours) and namekeys.known(theirs) \
        and namekeys.near(ours, theirs, namekeys.HEARD)


def _letters(text: str) -> int:
    return len(_LETTERS.findall(text))
