"""A region keeps its side of the compass (TP311): "the situation in eastern Democratic Republic
of the Congo" is not «la situation dans l'ouest de la République démocratique du Congo»,
"northern Gaza" not «南部加沙». The place checks compare places, which are the same; a compass
word before a name or a region ("eastern", "the north of") was compared by nothing (session
44's round: five translations turning east into west passed).

Each side's compass words are read as the points they name (north, south, east, west; a
compound, "north-east", «nord-est», «северо-восточной», «شمال شرق», «东北部», names two), by
the forms that say a direction and nothing else: "eastern", «l'est», «el este», «oriental»,
«на востоке», «восточной», «شرق», «الشرقية», «东部», «以东». French «est» and Spanish «este»
are a verb and a demonstrative too, and are read only after their article; Chinese 东西南北
only before 部, 方, 侧, 边, 岸, 非 and 亚 (not 越南, 北京, 东西, 北约, 马来西亚). The names
of countries and places are set aside first ("South Sudan", "West Bank", «Cisjordanie»), and a
point inside one side's names that the other's names do not hold counts as said. Only a
translation naming a point the source names nowhere, while a point of the source is not in the
translation, is reported: a point left out («Moyen-Orient» for "Middle East") or added is no
change of side.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.memo import memo
from transpub.namefind import COUNTRIES, PLACES, names_in
from transpub.sentalign import same_sentence

NORTH, SOUTH, EAST, WEST = "north", "south", "east", "west"

#: a compass word, by language (case-insensitive); the points are read from its parts
_MENTIONS: dict[str, str] = {
    "en": r"(?<!\w)(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west)"
          r"(?:ern|erly|erners?|wards?|ernmost)?(?!\w)",
    # («est» is also "is": only after its article, in a compound or after a hyphenated name,
    # «Jérusalem-Est»; «austral» not «Australie»)
    "fr": r"(?<!\w)(?:nord|sud)(?:-(?:est|ouest))?(?!\w)|(?<=\bl['’])est(?!\w)"
          r"|(?<=\w-)(?-i:Est)(?!\w)|(?<!\w)ouest(?!\w)"
          r"|(?<!\w)(?:septentrional|m[ée]ridional|austral|oriental|occidental)"
          r"(?:e|es|s|aux)?(?!\w)|(?<!\w)(?:orient|occident)(?!\w)",
    # («este» is also "this": only after «el», «al», «del»)
    "es": r"(?<!\w)(?:nor(?:d)?este|noroeste|sur(?:d)?este|sudeste|suroeste|sudoeste|norte|sur"
          r"|oeste)(?!\w)|(?<!\w)(?:el|al|del)\s+este(?!\w)"
          r"|(?<!\w)(?:septentrional|meridional|austral|oriental|occidental)(?:es)?(?!\w)"
          r"|(?<!\w)(?:oriente|occidente)(?!\w)",
    "ru": r"(?<!\w)(?:(?:северо|юго)-)?(?:север|юг|восток|запад)(?:а|е|у|ом)?(?!\w)"
          r"|(?<!\w)(?:(?:северо|юго)-)?(?:северн|южн|восточн|западн)"
          r"(?:ый|ая|ое|ые|ого|ой|ом|ому|ую|ых|ым|ыми|ее|ей)(?!\w)",
    # (a clitic and the article before: «وشمال», «بالشرق», «للغرب»; not «المغرب», «غرباء»)
    "ar": r"(?<!\w)[وفبلك]?(?:ال|لل)?(?:شمال|جنوب|شرق|غرب)(?:ي|ية|يا|يين|يون|يات|ا|ًا)?(?!\w)",
    "zh": r"以[东西南北]|(?:[东西][南北]|(?<![尼来])[东西南北])(?=部|方(?!面|案|法|式|向|针)|侧|边"
          r"|岸|非|亚(?!美))",
}
_COMPILED = {lang: re.compile(raw, re.IGNORECASE) for lang, raw in _MENTIONS.items()}

#: the points a compass word's parts name, by language: (pattern of the part's start, point;
#: Spanish's compounds are one word, read by ``_spanish_points``)
_PARTS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("north", NORTH), ("south", SOUTH), ("east", EAST), ("west", WEST)),
    "fr": (("nord|septentrion", NORTH), ("sud|m[ée]ridion|austral", SOUTH),
           ("ouest|occident", WEST), ("est|orient", EAST)),
    "ru": (("север", NORTH), ("ю[гж]", SOUTH), ("восто", EAST), ("запад", WEST)),
    "ar": ((".*شمال", NORTH), (".*جنوب", SOUTH), (".*شرق", EAST), (".*غرب", WEST)),
}
_PART_PATTERNS = {lang: tuple((re.compile(raw, re.IGNORECASE), point) for raw, point in rows)
                  for lang, rows in _PARTS.items()}
#: the Spanish compounds' second parts, read from the word's end
_ES_SECOND = re.compile(r"(este|oeste)$", re.IGNORECASE)
_ZH = {"东": EAST, "西": WEST, "南": SOUTH, "北": NORTH}


def _points(word: str, base: str) -> set[str]:
    """The points a compass word names ("north-eastern": north and east)."""
    if base == "zh":
        return {_ZH[char] for char in word if char in _ZH}
    if base == "es":
        return _spanish_points(word.lower())
    points: set[str] = set()
    parts = re.split(r"[-\s]+", word.lower()) if base != "en" else _english_parts(word.lower())
    for part in parts:
        for pattern, point in _PART_PATTERNS[base]:
            if pattern.match(part):
                points.add(point)
                break
    return points


def _english_parts(word: str) -> list[str]:
    """"northeastern" → north, east."""
    for first in ("north", "south"):
        if word.startswith(first):
            rest = word[len(first):].lstrip("- ")
            return [first, rest] if rest.startswith(("east", "west")) else [first]
    return [word]


def _spanish_points(word: str) -> set[str]:
    if word.split()[-1] == "este" and " " in word:
        return {EAST}  # «el este», «del este»
    points: set[str] = set()
    if word.startswith("nor"):
        points.add(NORTH)
    elif word.startswith(("sur", "sud", "meridion", "austral")):
        points.add(SOUTH)
    second = _ES_SECOND.search(word)
    if second is not None and (points or word == second.group()):
        points.add(WEST if second.group().startswith("o") else EAST)
    elif word.startswith("occident"):
        points.add(WEST)
    elif word.startswith("orient"):
        points.add(EAST)
    return points


def _read(text: str, base: str) -> tuple[dict[str, str], set[str], Counter[str]]:
    """The points ``text`` names outside names (point → the first word naming it), the
    points inside its countries' and places' names, and how many words outside names name
    each point."""
    pattern = _COMPILED[base]
    if not pattern.search(text):
        return {}, set(), Counter()
    named: set[str] = set()
    rest = text
    for kind in (COUNTRIES, PLACES):
        # (each name once: a unit naming a country thousands of times stays linear)
        for written in dict.fromkeys(written for _, written in names_in(text, base, kind)):
            for match in pattern.finditer(written):
                named |= _points(match.group(), base)
            rest = rest.replace(written, " " * len(written))
    said: dict[str, str] = {}
    times: Counter[str] = Counter()
    for match in pattern.finditer(rest):
        for point in sorted(_points(match.group(), base)):
            said.setdefault(point, match.group())
            times[point] += 1
    return said, named, times


#: an English compass word that begins a proper name ("West Virginia", "East Timor", "South
#: Carolina"): capitalised, a capitalised word after it
_PROPER = re.compile(r"[A-Z]\w*[\s-]+[A-Z]")


def _in_names_only(source: str, said: dict[str, str]) -> frozenset[str]:
    """The source's points said only at the start of a proper name: Chinese writes them as a
    character before a name's sounds (西弗吉尼亚, 东帝汶), which it does not read (a bare 东
    or 西 is in 东西, 西班牙, 马来西亚), so a Chinese translation is not asked for them."""
    pattern = _COMPILED["en"]
    everywhere: dict[str, bool] = {}
    for match in pattern.finditer(source):
        proper = _PROPER.match(source, match.start()) is not None
        for point in _points(match.group(), "en"):
            everywhere[point] = everywhere.get(point, True) and proper
    return frozenset(point for point in said if everywhere.get(point))


#: what an English source's compass word holds (literal strings: a test in C several times
#: faster than the pattern's, which ignores case)
_EN_ANY = re.compile("north|North|NORTH|south|South|SOUTH|east|East|EAST|west|West|WEST")


@memo()
def _source_points(source: str, source_lang: str
                   ) -> tuple[dict[str, str], set[str], Counter[str]]:
    """The source's points (once for its five translations)."""
    base = source_lang.split("_")[0].split("-")[0]
    if base not in _COMPILED or (base == "en" and _EN_ANY.search(source) is None):
        return {}, set(), Counter()
    return _read(unicodedata.normalize("NFC", source), base)


@check("TP311", "compass-changed", Severity.WARNING, "countries")
def compass_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation names a point of the compass the source does not, and not one the
    source names ("eastern Democratic Republic of the Congo" → «l'ouest de la RDC»)."""
    wanted, inside, times = _source_points[unit.source, ctx.source_lang]
    if not wanted:
        return ()
    base = unit.lang.split("_")[0].split("-")[0]
    if base not in _COMPILED:
        return ()
    have, have_inside, have_times = _read(unicodedata.normalize("NFC", unit.target), base)
    # (a point inside one side's names and not the other's: a name the other writes in a form
    # not read as a name, «Nord-Darfour» for "North Darfur", whose point is no change)
    extra = [point for point in have if point not in wanted
             and (point not in inside or point in have_inside)]
    # (counted, not a set: "southwest US … the southwest U.S." → «sud-est … sud-ouest», one
    # of two changed, had hidden behind the other; a point said fewer times with no point
    # the source does not name in its place is still left alone)
    missing = [point for point in wanted if have_times[point] < times[point]
               and (point not in have_inside or point in inside)]
    if missing and base == "zh" and ctx.source_lang.startswith("en"):
        names_only = _in_names_only(unit.source, wanted)
        missing = [point for point in missing if point not in names_only]
    if not extra or not missing:
        return ()
    # (in a unit of several sentences, only a direction of the same sentence took its place)
    said = wanted[missing[0]]
    other = next((have[point] for point in extra if same_sentence(
        unit.source, ctx.source_lang, said, unit.target, unit.lang, have[point])), None)
    if other is None:
        return ()
    return [finding("TP311", unit, f"the direction «{said}» became «{other}»", expected=said)]
