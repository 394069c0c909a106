"""A change keeps its direction (TP308): "an increase of 1.2 per cent" is not «une baisse de
1,2 %», "deaths fell by 3 per cent" not «ont augmenté de 3 %», "rose 12 per cent" not
«下降12%». The number checks compare the number, which is the same; whether it went up or
down was compared by nothing (19 changes of session 43's round went unseen).

Each side's direction is the word of change nearest the number, within its clause; only a
number whose direction both sides say clearly, the other way round, is reported, and not one
the source negates ("did not increase").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.numbers import _source_numbers, numbers_by_value
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.memo import memo
from transpub.numfind import NumberMention

UP, DOWN = 1, -1

_RAW: dict[str, tuple[str, str]] = {
    # (not "up", "down", "higher", "lower": "up to 76%", "higher than 5 per cent" bound a
    # number, they say no change)
    "en": (r"increas\w*|ris(?:e|es|en|ing)|rose|gr[eo]w\w*|jump\w*|surg\w*|climb\w*|gain\w*",
           r"decreas\w*|declin\w*|f[ae]ll\w*|drop\w*|reduc\w*|dipp?\w*|plung\w*|shr[ai]nk"
           r"|cut"),
    "fr": (r"hausse\w*|augment\w*|progress\w*|accru\w*|accroissement|croissance|grimp\w*"
           r"|bond\w*",
           r"baisse\w*|baiss\w*|diminu\w*|recul\w*|chut\w*|réduction|réduit\w*|repli\w*"
           r"|contraction"),
    "es": (r"aument\w*|alza|sub(?:i|ió|e|en)\w*|increment\w*|crec\w*|ascen\w*",
           r"disminu\w*|baj[aóo]\w*|descen\w*|ca[íy]\w*|reduc\w*|redujo|retroce\w*"),
    # («возраст», «в возрасте»: an age, not «возрос», «возрастает»)
    "ru": (r"рост\w*|увелич\w*|выр[ао]с\w*|возрос\w*|возраст(?:а(?:ет|ют|ть|ни\w*|ющ\w*"
           r"|вш\w*|л\w*)|[её]т)|повыс\w*|повышен\w*|прирост\w*",
           r"сниж\w*|сниз\w*|сократ\w*|сокращ\w*|уменьш\w*|паден\w*|упа\w*"),
    "ar": (r"[وب]?(?:ال)?(?:زياد\w*|ارتفا\w*|ارتفع\w*|زاد\w*|نمو|نما|ازدياد)",
           r"[وب]?(?:ال)?(?:انخفا\w*|انخفض\w*|تراجع\w*|نقص\w*|تقلص\w*|هبوط|هبط\w*)"),
    "zh": (r"增加|增长|上升|提高|上涨|增多|攀升", r"减少|下降|降低|下跌|回落|减"),
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
_CLAUSE = re.compile(r"[;:.!?。；：]|,\s+(?:while|whereas|and|but)\b|，")
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)


def direction(text: str, start: int, end: int, lang: str) -> int:
    """The direction of the change the number at ``start``-``end`` measures (UP, DOWN), by
    the word of change nearest it in its clause; 0 for none."""
    pattern = _pattern(lang.split("_")[0].split("-")[0])
    if pattern is None:
        return 0
    low, high = max(0, start - _BEFORE), min(len(text), end + _AFTER)
    before, after = text[low:start], text[end:high]
    stops = list(_CLAUSE.finditer(before))
    if stops:
        low += stops[-1].end()
    stop = _CLAUSE.search(after)
    if stop is not None:
        high = end + stop.start()
    best = None
    for match in pattern.finditer(text, low, high):
        if start <= match.start() < end:
            continue
        distance = start - match.end() if match.end() <= start else match.start() - end
        if best is None or distance < best[0]:
            best = (distance, UP if match.group("up") else DOWN)
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


@check("TP308", "direction-changed", Severity.WARNING, "directions")
def direction_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A number the source says went up (down) went down (up) in the translation ("an
    increase of 1.2 per cent" → «une baisse de 1,2 %»)."""
    directed = _directed[unit.source, ctx.source_lang]
    if not directed:
        return ()
    lang = unit.numbers or unit.lang
    by_value = numbers_by_value(unit.target, lang)
    found: list[Finding] = []
    told: set[frozenset[float]] = set()
    for mention, side in directed:
        if mention.values in told:
            continue
        told.add(mention.values)
        same = [t for value in mention.values for t in by_value.get(value, ())]
        if not same:
            continue
        sides = {direction(unit.target, t.start, t.end, lang) for t in same}
        if sides == {-side}:
            word = "up" if side == UP else "down"
            found.append(finding("TP308", unit, f"{mention.text} goes {word} in the source, "
                                 "the other way in the translation",
                                 span=(same[0].start, same[0].end)))
    return found
