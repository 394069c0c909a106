"""A bound stays on its side of a number (TP305): "more than 60" is not «moins de 60», "fewer
than 20 per cent" not «plus de 20 %», "at least 12" not «не более 12». The number checks
compare the number, which is the same; the word that bounds it was compared by nothing.

Only a bound said clearly on both sides is compared (above: "more than", "over", "at least";
below: "less than", "fewer than", "up to", "nearly", "almost"); a translation that says
"about", «environ», «около», «约», or nothing, is left alone, and so is a word that says
"about" as often as "nearly": Spanish «cerca de» ('casi' o 'aproximadamente', the RAE's DPD:
"over 500 developers" is rightly «cerca de 500», Debian's releases, t63/h6) and Arabic «زهاء»
("about"), neutral as «alrededor de» and «حوالي» are. Neutral, but no bound from above either:
"more than 500" as «cerca de 500» says an estimate the reader may take for "nearly", and is told
to a reviewer (an info, ``_APPROXIMATE``). The words that say "nearly" only («почти», «près
de», «近», «casi»: in the UN Parallel Corpus's 16 folders and the five real ones, «почти»,
«près de» and «近» stand for "nearly", "almost", "close to" 30 times of 39, the rest "some",
"roughly" or a number the source writes otherwise, never "more than", "over" or "at least";
session 65) are a bound from below, and turn the source's over.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.numbers import _source_numbers, numbers_by_value, twins
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.memo import memo
from transpub.numfind import NumberMention

ABOVE, BELOW = 1, -1

_CURRENCY = r"(?:US\s?\$|\$|€|£|¥|USD|EUR)?\s?"
#: The bounds before a number, by language: (pattern of what ends right before it, side)
_BEFORE: dict[str, tuple[tuple[str, int], ...]] = {
    "en": ((r"\b(?:(?<!no\s)(?<!not\s)more\s+than|over|at\s+least|upwards\s+of"
            r"|in\s+excess\s+of|above|exceeding|greater\s+than|not\s+less\s+than"
            r"|no\s+fewer\s+than|no\s+less\s+than)", ABOVE),
           (r"\b(?:less\s+than|fewer\s+than|under|below|at\s+most|up\s+to|no\s+more\s+than"
            r"|not\s+more\s+than|nearly|almost|not\s+exceeding)", BELOW)),
    # («ne doit pas être inférieure à 14»: a negation before a verb and its comparative)
    "fr": ((r"(?<!\w)(?:(?<!pas\s)plus\s+d[e'’]|au\s+moins|au\s+minimum|(?<!pas\s)"
            r"(?<!pas\sêtre\s)(?<!pas\sété\s)supérieure?s?\s+à"
            r"|pas\s+(?:être\s+|été\s+)?inférieure?s?\s+à|dépassant"
            r"|pas\s+moins\s+d[e'’]|au-delà\s+d[e'’])", ABOVE),
           (r"(?<!\w)(?:moins\s+d[e'’]|au\s+plus|au\s+maximum|(?<!moins\s)jusqu['’]à"
            r"|près\s+d[e'’]|presque"
            r"|pas\s+plus\s+d[e'’]|(?<!pas\s)(?<!pas\sêtre\s)(?<!pas\sété\s)inférieure?s?\s+à"
            r"|pas\s+(?:être\s+|été\s+)?supérieure?s?\s+à|à\s+peine)", BELOW)),
    # («más del 22 %», «superior al 5 %»: the preposition with the article)
    # («cerca de», «زهاء»: "about" as often as "nearly", no bound: the module's docstring)
    "es": ((r"(?<!\w)(?:(?<!no\s)más\s+del?|al\s+menos|por\s+lo\s+menos|como\s+mínimo"
            r"|superior(?:es)?\s+al?|no\s+menos\s+del?)", ABOVE),
           # («al menos hasta 2020», "until at least 2020": the time's "until" after "at
           # least" bounds nothing from above, t66/hG)
           (r"(?<!\w)(?:menos\s+del?|como\s+máximo|(?<!menos\s)hasta|casi|no\s+más\s+del?"
            r"|inferior(?:es)?\s+al?|apenas)", BELOW)),
    # (and an age: «старше 70 лет», «младше 18 лет»)
    "ru": ((r"(?<!\w)(?:(?<!не\s)более|свыше|(?<!не\s)больше|не\s+менее|не\s+меньше"
            r"|по\s+меньшей\s+мере|по\s+крайней\s+мере|как\s+минимум|минимум|(?<!не\s)старше"
            r"|не\s+младше|не\s+моложе)", ABOVE),
           (r"(?<!\w)(?:(?<!не\s)менее|(?<!не\s)меньше|не\s+более|не\s+больше|почти|максимум"
            r"|чуть\s+менее|(?<!не\s)младше|(?<!не\s)моложе|не\s+старше)", BELOW)),
    "ar": ((r"(?<!\w)[وبل]?(?:أكثر\s+من|ما\s+يزيد\s+(?:على|عن)|(?<!لا\s)يزيد\s+(?:على|عن)"
            r"|ما\s+لا\s+يقل\s+عن|لا\s+يقل\s+عن|أزيد\s+من|يفوق)", ABOVE),
           (r"(?<!\w)[وبل]?(?:أقل\s+من|ما\s+يقل\s+عن|ما\s+لا\s+يزيد\s+(?:على|عن)|لا\s+يزيد"
            r"\s+(?:على|عن)|قرابة|ما\s+يقرب\s+من)", BELOW)),
    "zh": ((r"(?:(?<!不)(?<!不会)(?<!不能)(?<!未)(?<!没有)(?<!没)超过|逾|至少|多于|高于|不少于"
            r"|不止|超出|年满)", ABOVE),
           (r"(?:不到|不足|少于|低于|至多|不超过|不会超过|不能超过|未超过|没有超过|将近|接近|近"
            r"|最多|不满|未满)", BELOW)),
}
#: The words before a number that say "about" as often as "nearly" (no bound, ``_BEFORE``'s
#: note), by language: a source's bound from above said by one of them is an info, not silence
#: (t64/hJ F9). Spanish «cerca de» is 'casi' o 'aproximadamente' (the RAE's DPD), Arabic
#: «زهاء» a thing's measure, "about" (Lisan al-Arab: «هم زهاء مئة أي قدرها»); in the UN
#: corpora above, «cerca de» stands for "about" 3 times, «زهاء» for "about" and "nearly" once
#: each, and neither for "more than", "over" or "at least" (60 and 42 of those bounds there)
_APPROXIMATE: dict[str, str] = {"es": r"(?<!\w)cerca\s+del?", "ar": r"(?<!\w)[وبل]?زهاء"}
#: The bounds after a number ("60 or more", «60 ou plus», «60人以上», «60多»)
_AFTER: dict[str, tuple[tuple[str, int], ...]] = {
    "en": ((r"or\s+more\b|and\s+(?:over|above)\b|plus\b", ABOVE),
           (r"or\s+(?:less|fewer)\b|and\s+(?:under|below)\b", BELOW)),
    "fr": ((r"ou\s+plus\b|et\s+plus\b", ABOVE), (r"ou\s+moins\b", BELOW)),
    "es": ((r"o\s+más\b|y\s+más\b", ABOVE), (r"o\s+menos\b", BELOW)),
    "ru": ((r"(?:и|или)\s+более(?!\w)", ABOVE), (r"(?:и|или)\s+менее(?!\w)", BELOW)),
    "ar": ((r"أو\s+أكثر", ABOVE), (r"أو\s+أقل", BELOW)),
    "zh": ((r"[万亿千百]?(?:多|余)|[^\s，。；]{0,4}?以上", ABOVE),
           (r"[^\s，。；]{0,4}?以下", BELOW)),
}


def _compiled(table: dict[str, tuple[tuple[str, int], ...]], suffix: str, prefix: str
              ) -> dict[str, tuple[tuple[re.Pattern[str], int], ...]]:
    return {lang: tuple((re.compile(prefix + raw + suffix, re.IGNORECASE), side)
                        for raw, side in entries) for lang, entries in table.items()}


_BEFORE_RE = _compiled(_BEFORE, r"\s*" + _CURRENCY + "$", "")
_APPROXIMATE_RE = {lang: re.compile("(" + raw + r")\s*" + _CURRENCY + "$", re.IGNORECASE)
                   for lang, raw in _APPROXIMATE.items()}
_AFTER_RE = _compiled(_AFTER, "", r"\s*(?:%|per\s*cent|percent|pour\s*cent|por\s*ciento"
                      r"|процент\w*|في\s+المائة)?\s*")
#: a negation before a source's bound: "did not expect a vaccine in less than 18 months" is
#: «pas de vaccin avant au moins 18 mois», the bound rightly turned with the negation
_NEGATED = re.compile(r"\b(?:not|never)\b(?!\s+(?:less|fewer|more|exceeding|over|under|above"
                      r"|below)\b)|n't\b", re.IGNORECASE)  # ("not less than": a bound)
#: a negated subject before a source's bound: "no Member State will pay more than 22 per
#: cent" keeps its bound in «aucun État Membre ne paiera plus de 22 %», and turns it where the
#: translation folds the negation into the bound («都不会超过22%», «не более»: ``_FOLDED``)
_NEGATED_SUBJECT = re.compile(r"\b(?:no(?!\.)|none|nobody|nothing|neither)\b(?!\s+(?:less"
                              r"|fewer|more|exceeding|over|under|above|below)\b)",
                              re.IGNORECASE)  # ("no more than": a bound)
#: a translation's bound that holds its own negation («不超过», «не более», «pas plus de», «no
#: más de», «ما لا يزيد على», «لا يقل عن»)
_FOLDED = re.compile(r"不|未|没|(?<!\w)(?:не|pas|no|لا)(?!\w)", re.IGNORECASE)
_NEGATION_REACH = 160
#: how far before a number its bound is looked for
_REACH = 32
#: what a source holds before any of its bounds (a test in C first)
_EN_ANY = re.compile(r"\b(?:than|over|least|upwards|excess|above|exceeding|under|below|most"
                     r"|up to|nearly|almost|or more|or less|or fewer|and over|and above|plus)\b",
                     re.IGNORECASE)


def _negated(text: str, start: int, negation: re.Pattern[str] = _NEGATED) -> bool:
    """Is there a negation in the sentence before ``start``, not far?"""
    return negated_before(text, start, negation, _NEGATION_REACH)


def negated_before(text: str, at: int, negation: re.Pattern[str], reach: int) -> bool:
    """Does ``negation`` stand in the sentence before ``at``, at most ``reach`` characters
    before it (TP305's bounds, TP206's dates)?"""
    before = text[max(0, at - reach):at]
    stop = max(before.rfind(". "), before.rfind("; "), before.rfind("。"), before.rfind("；"))
    return negation.search(before, stop + 1) is not None


def _side(text: str, start: int, end: int, lang: str) -> int:
    """The side of the number at ``start``-``end`` its bound puts it (ABOVE, BELOW), or 0."""
    return _read_side(text, start, end, lang)[0]


def side_before(before: str, lang: str) -> int:
    """The side a bound ending ``before`` (the text right before a figure or a proportion)
    puts what follows on (ABOVE, BELOW), or 0: "more than", «moins de», «不到»."""
    base = lang.split("_")[0].split("-")[0]
    for pattern, side in _BEFORE_RE.get(base, ()):
        if pattern.search(before):
            return side
    return 0


#: a translation's negation before its bound, by language: «no puede soportar más de 5000»,
#: «ne peut pas supporter plus de 5 000», «не может выдержать более 5000» say "at most"
_TARGET_NEGATION = {
    "fr": re.compile(r"(?<!\w)(?:ne|pas|jamais)(?!\w)|(?<!\w)n['’]", re.IGNORECASE),
    "es": re.compile(r"(?<!\w)(?:no|nunca|jamás)(?!\w)", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:не|нельзя)(?!\w)", re.IGNORECASE),
    "ar": re.compile(r"(?<!\w)(?:لا|لم|لن|ليس|ليست)(?!\w)"),
    "zh": re.compile(r"不|没|未|无法"),
}
#: how far before a translation's bound its verb's negation is looked for
_TARGET_NEGATION_REACH = 40


def _read_side(text: str, start: int, end: int, lang: str,
               target: bool = False) -> tuple[int, bool]:
    """``_side``, and whether the bound holds its own negation (``_FOLDED``). In a
    translation (``target``), a bound whose verb is negated before it says nothing clear: 0."""
    base = lang.split("_")[0].split("-")[0]
    reach = max(0, start - _REACH)
    before = text[reach:start]
    for pattern, side in _BEFORE_RE.get(base, ()):
        found = pattern.search(before)
        if found:
            folded = _FOLDED.search(found.group()) is not None
            negation = _TARGET_NEGATION.get(base) if target and not folded else None
            if negation is not None and negated_before(
                    text, reach + found.start(), negation, _TARGET_NEGATION_REACH):
                return 0, False
            return side, folded
    for pattern, side in _AFTER_RE.get(base, ()):
        if pattern.match(text, end):
            return side, False
    return 0, False


@check("TP305", "bound-reversed", Severity.WARNING, "bounds")
def bound_reversed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A number the source bounds from above or below is bounded the other way in the
    translation ("more than 60" → «moins de 60»)."""
    if not ctx.source_lang.startswith("en"):
        return ()
    bounded = _bounded[unit.source, ctx.source_lang]
    if not bounded:
        return ()
    lang = unit.numbers or unit.lang
    # (the translation's numbers by value, and each one's side read once: a unit of
    # thousands of bounded numbers stays linear)
    by_value = numbers_by_value(unit.target, lang)
    # (each value's first twin and its twins' sides, read once: a unit repeating one value
    # thousands of times listed every twin again for each mention)
    sides_of: dict[tuple[frozenset[float], bool],
                   tuple[NumberMention, set[tuple[int, bool]]] | None] = {}
    found: list[Finding] = []
    for mention, side, subject_negated in bounded:
        key = (mention.values, subject_negated)
        if key not in sides_of:
            same = twins(by_value, mention.values)
            # (a translation's negation before its bound says nothing clear, unless it is
            # the source's negated subject's: «aucun État Membre ne paiera moins de 22 %»)
            sides_of[key] = (same[0], {_read_side(unit.target, t.start, t.end, lang,
                                                  not subject_negated)
                                       for t in same}) if same else None
        known = sides_of[key]
        if known is None:
            continue  # (the number's own check says what became of it)
        other, read = known
        # (under a negated subject, a bound that holds its own negation says the other side)
        sides = {-t_side if folded and subject_negated else t_side for t_side, folded in read}
        if sides == {-side}:
            word = "above" if side == ABOVE else "below"
            found.append(finding(
                "TP305", unit, f"«{bound_text(unit.source, mention.start, mention.end)}» bounds "
                f"{mention.text} from {word}; the translation bounds it the other way",
                span=(other.start, other.end)))
        elif side == ABOVE and sides == {0} and (said := _approximately(
                unit.target, twins(by_value, mention.values), lang)) is not None:
            found.append(finding(
                "TP305", unit, f"«{bound_text(unit.source, mention.start, mention.end)}» bounds "
                f"{mention.text} from above; the translation says «{said}» (about, or nearly)",
                span=(other.start, other.end), severity=Severity.INFO))
    return found


def _approximately(text: str, same: list[NumberMention], lang: str) -> str | None:
    """The word of ``_APPROXIMATE`` before each of the translation's twins of a number («cerca
    de 500»), as written; None where one of them has none (or the language no such word)."""
    pattern = _APPROXIMATE_RE.get(lang.split("_")[0].split("-")[0])
    if pattern is None or not same:
        return None
    words = [pattern.search(text[max(0, t.start - _REACH):t.start]) for t in same]
    if not all(words):
        return None
    return " ".join(word.group(1).split()) if (word := words[0]) else None


@memo()
def _bounded(source: str, source_lang: str) -> tuple[tuple[NumberMention, int, bool], ...]:
    """The source's numbers with a bound, its side, and whether a negated subject stands
    before it (once for the five translations); not those a negated verb stands before."""
    if not _EN_ANY.search(source):
        return ()
    return tuple((m, side, _negated(source, m.start, _NEGATED_SUBJECT))
                 for m in _source_numbers[source, source_lang][1]
                 if (side := _side(source, m.start, m.end, source_lang))
                 and not _negated(source, m.start))


def bound_text(text: str, start: int, end: int) -> str:
    """The source's bound and number, as written ("more than 60")."""
    before = text[max(0, start - _REACH):start]
    words = before.split()
    # ("no fewer than 20", "not less than 4": the negation is the bound's)
    last = 3 if len(words) >= 3 and words[-3].lower() in ("no", "not") else 2
    return " ".join([*words[-last:], text[start:end]]) if words else text[start:end]
