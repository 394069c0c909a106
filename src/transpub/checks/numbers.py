"""Numbers and their scale words, locale-aware (TP3xx)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.datefind import find_dates
from transpub.numfind import NumberMention, chinese_numerals, find_numbers
from transpub.segment import PLACEHOLDER_RE

_PROTECTED = re.compile(r"(?<![\w.+-])[\w.+-]+[@＠][\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+")


def _skip(text: str, lang: str) -> list[tuple[int, int]]:
    spans = [(m.start, m.end) for m in find_dates(text, lang)]
    spans += [(m.start(), m.end()) for m in PLACEHOLDER_RE.finditer(text)]
    spans += [(m.start(), m.end()) for m in _PROTECTED.finditer(text)]
    return spans


def _compare(ctx: CheckContext, unit: Unit) -> tuple[list[NumberMention], list[NumberMention],
                                                     list[tuple[NumberMention, NumberMention]]]:
    missing, extra, rescaled = _compare_texts(unit.source, ctx.source_lang, unit.target,
                                              unit.lang)
    return list(missing), list(extra), list(rescaled)


@lru_cache(maxsize=4096)
def _compare_texts(source_text: str, source_lang: str, target_text: str, lang: str) -> tuple[
        tuple[NumberMention, ...], tuple[NumberMention, ...],
        tuple[tuple[NumberMention, NumberMention], ...]]:
    """Match numbers of a pair (cached: TP301 and TP302 look at the same pair)."""
    if not any(c.isdigit() for c in source_text + target_text):
        return (), (), ()
    source = find_numbers(source_text, source_lang, _skip(source_text, source_lang))
    target = find_numbers(target_text, lang, _skip(target_text, lang))
    left = list(target)
    missing: list[NumberMention] = []
    for mention in source:
        found = next((t for t in left if t.values & mention.values), None)
        if found is not None:
            left.remove(found)
        else:
            missing.append(mention)
    # a scale change keeps the digits: 2.5 million -> 2,5 milliards
    rescaled = [(m, t) for m in missing for t in left
                if t.mantissas & m.mantissas and t.scale != m.scale]
    return tuple(missing), tuple(left), tuple(rescaled)


@check("TP301", "number-mismatch", Severity.ERROR, "numbers")
def number_mismatch(ctx: CheckContext, unit: Unit) -> Iterator[Finding]:
    """A number of the source is missing from the translation or has a different value."""
    missing, extra, rescaled = _compare(ctx, unit)
    scaled = {id(m) for m, _ in rescaled}
    words = chinese_numerals(unit.target) if unit.lang.startswith("zh") else set()
    for mention in missing:
        if id(mention) in scaled or mention.values & words:
            continue
        wrong = next((t for t in extra if not t.mantissas & mention.mantissas), None)
        if wrong is not None:
            extra.remove(wrong)
            yield finding("TP301", unit, f"number «{mention.text}» became «{wrong.text}»",
                          expected=mention.text, span=(wrong.start, wrong.end))
        else:
            yield finding("TP301", unit, f"number «{mention.text}» is missing",
                          expected=mention.text)


@check("TP302", "number-scale", Severity.ERROR, "numbers")
def number_scale(ctx: CheckContext, unit: Unit) -> Iterator[Finding]:
    """A number keeps its digits but changes its scale (million, milliard, 万, 亿)."""
    _, _, rescaled = _compare(ctx, unit)
    done: set[int] = set()
    for mention, wrong in rescaled:
        if id(mention) in done:
            continue
        done.add(id(mention))
        yield finding("TP302", unit, f"«{mention.text}» became «{wrong.text}»: scale changed",
                      expected=mention.text, span=(wrong.start, wrong.end))
