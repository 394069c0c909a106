"""A number keeps its unit of measure (TP307): "1.45 °C" is not «1,45 °F», "420 ppm" not
«420 ppb» nor «420 %», "3.3 mm per year" not «3,3 cm par an», "45 per cent" not «45 ‰». The
number checks compare the number, which is the same; the unit after it was compared by
nothing (24 changes of session 43's climate release went unseen).

Only the same number with another unit of the same kind is reported (a temperature's scale,
a ratio, a length): a unit the translation writes before the number («百万分之420»), or a
quantity converted (another number, which TP301 reads), is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.numbers import _source_numbers, numbers_by_value, twins
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.memo import memo
from transpub.numfind import NumberMention

#: Each unit: its kind and its forms after a number, in any of the six languages (the
#: symbols are shared; the words per language)
_UNITS: tuple[tuple[str, str, str], ...] = (
    ("°C", "temperature", r"°\s?[CС]|ºC|℃|degrees?\s+Celsius|degrés?\s+Celsius"
                          r"|grados?\s+(?:Celsius|centígrados)|градус\w*\s+Цельси\w*"
                          r"|درج\w*\s+مئوي\w*|摄氏度"),
    ("°F", "temperature", r"°\s?F|℉|degrees?\s+Fahrenheit|degrés?\s+Fahrenheit"
                          r"|grados?\s+Fahrenheit|градус\w*\s+Фаренгейт\w*|درج\w*\s+فهرنهايت"
                          r"|华氏度"),
    ("per cent", "ratio", r"%|％|per\s?cent|percent|pour\s?cent|por\s?ciento|процент\w*"
                          r"|في\s+المائة|في\s+المئة|بالمائة"),
    ("per mille", "ratio", r"‰|per\s?mille|pour\s?mille|por\s?mil(?!\w)|промилле"
                           r"|في\s+الألف"),
    ("ppm", "ratio", r"ppm|parts?\s+per\s+million|parties?\s+par\s+million"
                     r"|partes?\s+por\s+millón|частей\s+на\s+миллион|млн⁻¹|млн-1"
                     r"|جزء\s+في\s+المليون"),
    ("ppb", "ratio", r"ppb|parts?\s+per\s+billion|parties?\s+par\s+milliard"
                     r"|partes?\s+por\s+mil\s+millones|частей\s+на\s+миллиард|млрд⁻¹|млрд-1"
                     r"|جزء\s+في\s+البليون|جزء\s+في\s+المليار"),
    ("mm", "length", r"mm|millim[eè]tres?|millimeters?|milímetros?|мм|миллиметр\w*|毫米|مم|ملم"
                     r"|مليمتر\w*"),
    ("cm", "length", r"cm|centim[eè]tres?|centimeters?|centímetros?|см|сантиметр\w*|厘米|سم"
                     r"|سنتيمتر\w*"),
    ("km", "length", r"km|kilom[eè]tres?|kilometers?|kilómetros?|км|километр\w*|公里|千米|كم"
                     r"|كيلومتر\w*"),
)
_AFTER = re.compile(r"\s?(?:" + "|".join(f"(?P<u{i}>{forms})" for i, (_u, _k, forms)
                                         in enumerate(_UNITS)) + r")(?![^\W\d_])",
                    re.IGNORECASE)


def unit_after(text: str, end: int) -> tuple[str, str] | None:
    """The unit of measure right after the number that ends at ``end`` (its name and kind),
    or None."""
    match = _AFTER.match(text, end)
    if match is None or match.lastgroup is None:
        return None
    name, kind, _forms = _UNITS[int(match.lastgroup[1:])]
    return name, kind


#: what an English source's unit holds (a test in C first); not a per cent alone, the
#: commonest unit of all, compared only in a source with another unit (a per cent said «‰»
#: is rare, and reading every per cent's unit in every translation cost more than the rest)
_EN_ANY = re.compile(r"\d\s?(?:°|º|℃|℉|‰|per\s?mille|ppm|ppb|parts per|mm|cm|km|millim|centim"
                     r"|kilom|degrees)", re.IGNORECASE)


@memo()
def _measured(source: str, source_lang: str) -> tuple[tuple[NumberMention, str, str], ...]:
    """The source's numbers with a unit of measure after them (once for five
    translations)."""
    if not source_lang.startswith("en") or not _EN_ANY.search(source):
        return ()
    return tuple((m, *unit) for m in _source_numbers[source, source_lang][1]
                 if (unit := unit_after(source, m.end)) is not None)


@check("TP307", "measure-unit-changed", Severity.WARNING, "measureunits")
def measure_unit_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A number with a unit of measure has another unit of the same kind in the translation
    ("1.45 °C" → «1,45 °F», "420 ppm" → «420 ppb»)."""
    measured = _measured[unit.source, ctx.source_lang]
    if not measured:
        return ()
    by_value = numbers_by_value(unit.target, unit.numbers or unit.lang)
    found: list[Finding] = []
    told: set[frozenset[float]] = set()
    for mention, name, kind in measured:
        if mention.values in told:
            continue
        told.add(mention.values)
        same = twins(by_value, mention.values)
        units = [unit_after(unit.target, t.end) for t in same]
        kinds = [u for u in units if u is not None and u[1] == kind]
        if not kinds or any(u[0] == name for u in kinds) or None in units:
            continue  # (missing: the number check's; a bare number or the same unit: kept)
        other = same[units.index(kinds[0])]
        found.append(finding("TP307", unit, f"«{mention.text} {name}» became "
                             f"«{unit.target[other.start:other.end]} {kinds[0][0]}»",
                             expected=f"{mention.text} {name}", span=(other.start, other.end)))
    return found
