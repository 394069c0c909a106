"""A change keeps its direction (TP308): "an increase of 1.2 per cent" is not «une baisse de
1,2 %», "deaths fell by 3 per cent" not «ont augmenté de 3 %», "rose 12 per cent" not
«下降12%»; and a difference its side: "$78.2 million lower than the amount requested" is not
«supérieur de 78,2 millions», "46 per cent below the average" not «比平均水平高46%». The
number checks compare the number, which is the same; whether it went up or down was compared
by nothing (19 changes of session 43's round went unseen).

Each side's direction is the word of change nearest the number, within its clause; only a
number whose direction both sides say clearly, the other way round, is reported, and not one
the source negates ("did not increase").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal, overload

from transpub.checks.context import CheckContext, Unit
from transpub.checks.numbers import _source_numbers, numbers_by_value, twins
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.memo import memo
from transpub.numfind import NumberMention

UP, DOWN = 1, -1

_RAW: dict[str, tuple[str, str]] = {
    # (not "up", "down", "higher", "lower": "up to 76%", "higher than 5 per cent" bound a
    # number, they say no change)
    "en": (r"increas\w*|ris(?:e|es|en|ing)|rose|gr[eo]w\w*|jump\w*|surg\w*|climb\w*|gain\w*",
           # (not "the falls of the James River", "Victoria Falls": waters)
           r"decreas\w*|declin\w*|(?!(?<=the\s)falls|(?-i:Falls))f[ae]ll\w*|drop\w*|reduc\w*"
           r"|dipp?\w*|plung\w*|shr[ai]nk|cut"),
    # (not «progressivement», gradually; not «retard de croissance», stunting)
    "fr": (r"hausse\w*|augment\w*|progress(?!ivement)\w*|accru\w*|accroissement"
           r"|(?<!retard\sde\s)croissance|grimp\w*|bond\w*",
           r"baisse\w*|baiss\w*|diminu\w*|recul\w*|chut\w*|réduction|réduit\w*|repli\w*"
           r"|contraction"),
    "es": (r"aument\w*|alza|sub(?:i|ió|e|en)\w*|increment\w*|(?<!retraso\sdel\s)crec\w*"
           r"|ascen\w*",
           r"disminu\w*|baj[aóo]\w*|descen\w*|ca[íy]\w*|reduc\w*|redujo|retroce\w*"),
    # («возраст», «в возрасте»: an age, not «возрос», «возрастает»; «задержка роста»: stunting)
    "ru": (r"(?<!задержка\s)(?<!задержки\s)(?<!задержкой\s)рост\w*|увелич\w*|выр[ао]с\w*"
           r"|возрос\w*|возраст(?:а(?:ет|ют|ть|ни\w*|ющ\w*|вш\w*|л\w*)|[её]т)|повыс\w*|повышен\w*|прирост\w*",
           r"сниж\w*|сниз\w*|сократ\w*|сокращ\w*|уменьш\w*|паден\w*|упа\w*"),
    # («على ارتفاع 20 ميلاً», at a height of 20 miles: no rise)
    "ar": (r"[وب]?(?:ال)?(?:زياد\w*|(?<!على\s)ارتفا\w*|ارتفع\w*|زاد\w*|نمو|نما|ازدياد)",
           r"[وب]?(?:ال)?(?:انخفا\w*|انخفض\w*|تراجع\w*|نقص\w*|تقلص\w*|هبوط|هبط\w*"
           r"|قلل\w*|قلّل\w*|خفض\w*|تخفيض\w*)"),
    # (涨 and the amplitudes 增幅, 涨幅, 降幅, 跌幅: «租金涨幅设定在6%至最高15%之间» is
    # "rent increases between 6 and 15 per cent", whatever 递减 said of the plan before it)
    "zh": (r"增加|增长|上升|提高|上涨|增多|攀升|增幅|涨", r"减少|下降|降低|下跌|回落|降幅|跌|减"),
}


@memo(8, spread=False)
def _pattern(base: str) -> re.Pattern[str] | None:
    words = _RAW.get(base)
    if words is None:
        return None
    bound = ("", "") if base == "zh" else (r"(?<!\w)", r"(?!\w)")
    return re.compile(f"{bound[0]}(?:(?P<up>{words[0]})|(?P<down>{words[1]})){bound[1]}",
                      re.IGNORECASE)


#: how far from a number its word of change is looked for, and what ends its clause
_BEFORE, _AFTER = 48, 28
#: (and the translations' words for "while", "whereas", "but": «réduit … de 3 %, tandis
#: qu'une croissance…», «بنسبة 3%, في حين أسفر…» end the clause as the source's do, PUD)
#: A word of sequence ends one too: "increases with age up to 44 years and then declines",
#: «… 44 عامًا، ومن ثم تنخفض», "… 73% in 2012 before returning to 66%" (TaTA's DHS reports,
#: session 60: the second change had been the number's)
_CLAUSE = re.compile(r"[;:.!?。；：]|,\s+(?:while|whereas|and|but|tandis|alors\s+que|mais"
                     r"|mientras|pero|а|но|тогда\s+как|в\s+то\s+время|في\s+حين|بينما"
                     r"|لكن)(?!\w)|，"
                     r"|(?<!\w)(?:(?:and\s+)?then|before|after|puis|ensuite|avant\s+de|après"
                     r"|(?:y\s+)?luego|después|antes\s+de|затем|потом|после|перед|прежде"
                     r"|(?:و?من\s+)?ثم|قبل|بعد)(?!\w)|然后|随后|之后|此后"
                     # a purpose clause ends one too: "increased … to 5 seconds to prevent
                     # falling back to …" (the fall is the purpose's, t66/hG), «afin d'éviter»,
                     # «para evitar», «чтобы», «以防止», «لتجنب»
                     r"|(?<!\w)(?:to\s+(?:prevent|avoid)|in\s+order\s+to|so\s+as\s+to"
                     r"|pour\s+(?:éviter|empêcher)|para\s+(?:evitar|impedir)"
                     r"|a\s+fin\s+de|чтобы|لتجنب|لمنع)(?!\w)|(?<!\w)afin\s+d(?:e\b|['’])"
                     r"|以防止|以免|为了防止")
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)


def direction(text: str, start: int, end: int, lang: str) -> int:
    """The direction of the change the number at ``start``-``end`` measures (UP, DOWN), by
    the word of change that governs it in its clause: the nearest before it ("rose from 6.0
    to 5.3", «a diminué … passant de 6,0»), unless one right after it is nearer ("a 3 per
    cent increase", «12%的增长») or none is before; 0 for none. (The nearest either side
    had taken the next clause's verb: «… jusqu'à 44 ans, puis diminue».)"""
    pattern = _pattern(lang.split("_")[0].split("-")[0])
    if pattern is None:
        return 0
    before = _nearest(text, start, end, pattern, _CLAUSE, after=0, far=True)
    after = _nearest(text, start, end, pattern, _CLAUSE, before=0, after=_ADJACENT, far=True)
    if before or after:
        # (the nearer: «增加7 400美元部分抵消了减少额» is an increase of 7,400)
        return min(before or (_FAR_AWAY, 0), after or (_FAR_AWAY, 0))[1]
    return _nearest(text, start, end, pattern, _CLAUSE, before=0)


#: how near after a number its own word of change is: a unit between ("3 per cent increase",
#: «12 % de hausse»)
_ADJACENT = 14
_FAR_AWAY = 1 << 30
#: the longest word of change looked for after a number
_WORD = 24


@overload
def _nearest(text: str, start: int, end: int, pattern: re.Pattern[str],
             clause: re.Pattern[str], before: int = ..., after: int = ...,
             far: Literal[False] = ...) -> int: ...


@overload
def _nearest(text: str, start: int, end: int, pattern: re.Pattern[str],
             clause: re.Pattern[str], before: int = ..., after: int = ..., *,
             far: Literal[True]) -> tuple[int, int] | None: ...


def _nearest(text: str, start: int, end: int, pattern: re.Pattern[str],
             clause: re.Pattern[str], before: int = _BEFORE, after: int = _AFTER,
             far: bool = False) -> int | tuple[int, int] | None:
    """The side (UP, DOWN: ``pattern``'s group "up" or "down") of the match of ``pattern``
    nearest the number at ``start``-``end`` within its clause (``clause`` ends one) and
    ``before`` / ``after`` characters of it; 0 for none. ``far``: (its distance, the side),
    or None."""
    # (``far``: a word that begins within ``after`` characters counts, whatever its length)
    low, high = max(0, start - before), min(len(text), end + after + (_WORD if far else 0))
    stops = list(clause.finditer(text[low:start]))
    if stops:
        low += stops[-1].end()
    stop = clause.search(text[end:high])
    if stop is not None:
        high = end + stop.start()
    best = None
    for match in pattern.finditer(text, low, high):
        if start <= match.start() < end:
            continue
        distance = start - match.end() if match.end() <= start else match.start() - end
        if match.start() >= end and distance > after:
            continue
        if best is None or distance < best[0]:
            best = (distance, UP if match.group("up") else DOWN)
    if far:
        return best
    return best[1] if best is not None else 0


#: what an English source's words of change hold (a test in C first)
_EN_ANY = re.compile(r"\b(?:increas|decreas|ris(?:e|es|en|ing)\b|rose\b|gr[eo]w|jump|surg"
                     r"|climb|gain|declin|fell\b|fall|drop|reduc|dipp?|plung|shr[ai]nk|cut\b)",
                     re.IGNORECASE)


#: a year as a source writes it
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


@memo()
def _directed(source: str, source_lang: str) -> tuple[tuple[NumberMention, int], ...]:
    """The source's numbers with a direction of change (once for five translations)."""
    if not source_lang.startswith("en") or not _EN_ANY.search(source):
        return ()
    out = []
    for mention in _source_numbers[source, source_lang][1]:
        if _YEAR.fullmatch(mention.text):
            continue  # "rose in 2013": a year dates the change, it does not measure it
        side = direction(source, mention.start, mention.end, source_lang)
        if side and not _NEGATION.search(source, max(0, mention.start - _BEFORE),
                                         mention.start):
            out.append((mention, side))
    return tuple(out)


#: A difference the source measures with a comparative right after the number ("$78.2
#: million lower than the amount requested", "46 per cent below the five-year average", "3
#: degrees above pre-industrial levels"): up to two words between (a unit, a scale), not
#: "or"/"and" ("20 or more": a bound, TP305's)
_EN_COMPARED = re.compile(
    r"(?:\s*%|(?:\s+(?!or\b|and\b|than\b)[\w$€£-]+\.?){0,3}?)\s+(?:(?P<up>higher|more|greater"
    r"|larger|bigger)\s+than\b|(?P<down>lower|less|fewer|smaller)\s+than\b|(?P<up2>above)"
    r"\s+(?:the|its|their|pre-|last|average|normal)|(?P<down2>below)\s+(?:the|its|their"
    r"|pre-|last|average|normal))", re.IGNORECASE)
#: (a digit and a comparative after it: searched in C before the source's numbers are read,
#: which most sources that say "than" do not need)
_EN_COMPARED_ANY = re.compile(r"\d" + _EN_COMPARED.pattern, re.IGNORECASE)
#: The comparatives a translation measures a difference with, by language: (above, below)
_COMPARATIVES: dict[str, tuple[str, str]] = {
    "fr": (r"supérieur\w*|plus\s+élevé\w*|de\s+plus|excéd\w*|dépass\w*",
           r"inférieur\w*|moins\s+élevé\w*|de\s+moins"),
    "es": (r"superior\w*|más\s+(?:alt|elevad)\w*|más(?!\s+de)",
           r"inferior\w*|más\s+baj\w*|menos(?!\s+de)"),
    "ru": (r"выше|больше|превыш\w*|превосход\w*", r"ниже|меньше"),
    "ar": (r"[وف]?(?:أعلى|أكثر|[يت]زيد|زاد\w*|[يت]فوق)", r"[وف]?(?:أقل|[يت]قل|قل|[يت]نقص)"),
    # (right before the number: «比…高46%», «比…少7 820万»)
    "zh": (r"高出|超出|多|高", r"低于|低|少"),
}
#: what ends a comparative's clause (not a point: «долл. США», "US$ 78.2 million")
_COMPARED_CLAUSE = re.compile(r"[;:!?。；：，]|,\s+(?:while|whereas|and|but)\b")


@memo(8, spread=False)
def _comparatives(base: str) -> re.Pattern[str] | None:
    words = _COMPARATIVES.get(base)
    if words is None:
        return None
    if base == "zh":
        return re.compile(f"(?:(?P<up>{words[0]})|(?P<down>{words[1]}))$")
    return re.compile(f"(?<!\\w)(?:(?P<up>{words[0]})|(?P<down>{words[1]}))(?!\\w)",
                      re.IGNORECASE)


def compared(text: str, start: int, end: int, lang: str) -> int:
    """The side (UP: above, DOWN: below) of the difference the number at ``start``-``end``
    measures, by the comparative nearest it in its clause (Chinese: right before it); 0 for
    none."""
    base = lang.split("_")[0].split("-")[0]
    pattern = _comparatives(base)
    if pattern is None:
        return 0
    if base == "zh":
        found = pattern.search(text, max(0, start - 2), start)
        return 0 if found is None else UP if found.group("up") else DOWN
    return _nearest(text, start, end, pattern, _COMPARED_CLAUSE)


@memo()
def _compared_in(source: str, source_lang: str) -> tuple[tuple[NumberMention, int], ...]:
    """The source's numbers that measure a difference, and its side (once for five
    translations)."""
    if not source_lang.startswith("en") or not _EN_COMPARED_ANY.search(source):
        return ()
    out = []
    for mention in _source_numbers[source, source_lang][1]:
        found = _EN_COMPARED.match(source, mention.end)
        if found is None or _YEAR.fullmatch(mention.text) or _NEGATION.search(
                source, max(0, mention.start - _BEFORE), mention.start):
            continue
        out.append((mention, UP if found.group("up") or found.group("up2") else DOWN))
    return tuple(out)


@check("TP308", "direction-changed", Severity.WARNING, "directions")
def direction_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A number the source says went up (down) went down (up) in the translation ("an
    increase of 1.2 per cent" → «une baisse de 1,2 %»)."""
    directed = _directed[unit.source, ctx.source_lang]
    differences = _compared_in[unit.source, ctx.source_lang]
    if not directed and not differences:
        return ()
    lang = unit.numbers or unit.lang
    by_value = numbers_by_value(unit.target, lang)
    found: list[Finding] = []
    told: set[frozenset[float]] = set()
    for mention, side in directed:
        if mention.values in told:
            continue
        told.add(mention.values)
        same = twins(by_value, mention.values)
        if not same:
            continue
        sides = {direction(unit.target, t.start, t.end, lang) for t in same}
        if sides == {-side}:
            word = "up" if side == UP else "down"
            found.append(finding("TP308", unit, f"{mention.text} goes {word} in the source, "
                                 "the other way in the translation",
                                 span=(same[0].start, same[0].end)))
    for mention, side in differences:
        if mention.values in told:
            continue
        told.add(mention.values)
        same = twins(by_value, mention.values)
        if same and {compared(unit.target, t.start, t.end, lang) for t in same} == {-side}:
            word = "above" if side == UP else "below"
            found.append(finding("TP308", unit, f"{mention.text} is a difference {word} in the "
                                 "source, the other way in the translation",
                                 span=(same[0].start, same[0].end)))
    return found
