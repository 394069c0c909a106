"""Names, titles, organisations and places against the termbase (TP1xx)."""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate, compress
from operator import not_, sub

from transpub import namekeys
from transpub.checks import referents
from transpub.checks.adjectives import adjectives
from transpub.checks.context import COMMON_WORDS, CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.checks.shortforms import capitalised_head, initialism, short_mentions
from transpub.intervals import Intervals
from transpub.namefind import UN_NAMES, kind_of, names_in
from transpub.sentalign import sentence_of
from transpub.terms import Hit, Matcher, fold

_NEAR = 0.78
_PARENS = re.compile(r"[(（][^()（）]{1,40}[)）]")


#: Categories whose every mention must be carried over: a sentence naming two Assistant
#: Secretaries-General needs the title twice. Organisations are often shortened on repetition.
_COUNTED = frozenset({"person", "title"})


def _required(ctx: CheckContext, unit: Unit) -> dict[str, Hit]:
    """The source's concepts, each with its first mention (made once per source text)."""
    key = ("required", unit.source)
    required: dict[str, Hit] | None = ctx.source_memo(key)
    if required is None:
        required = {}
        for hit in ctx.source_hits(unit.source):
            required.setdefault(hit.concept, hit)
        ctx.remember(key, required)
    return required


def _wanted(ctx: CheckContext, unit: Unit) -> dict[str, int]:
    """Mentions per concept in the source (made once per source text)."""
    key = ("wanted", unit.source)
    wanted: dict[str, int] | None = ctx.source_memo(key)
    if wanted is None:
        hits = ctx.source_hits(unit.source)
        if _names_a_deputy(unit.source):
            # a deputy's post is another post ("former Vice President Joe Biden and
            # Ukrainian President Zelensky" names one President, not two)
            categories = ctx.categories
            hits = [h for h in hits if categories.get(h.concept) != "title"
                    or not _DEPUTY.search(unit.source, max(0, h.start - 12), h.start)]
        wanted = ctx.remember(key, _count(hits))
    return wanted


def _within_category(ctx: CheckContext, unit: Unit, hits: list[Hit]) -> list[Hit]:
    """Drop a match inside a longer match of another concept of the same category: 执行主任
    inside 副执行主任 is a different title. ("联合国" inside the title 常驻联合国代表 still
    counts: an organisation named inside a title is named.) A common word (category
    ``other``) stays, though, where the longer term is not the source's: «вспышка» inside
    «вспышка заболевания» still says the source's "outbreak", which is all it says."""
    if _disjoint(hits):
        return hits  # no match inside another: nothing to drop
    if len(hits) <= _PAIRWISE:
        categories = ctx.categories
        required: dict[str, Hit] | None = None
        kept = []
        for hit in hits:
            category = categories.get(hit.concept)
            holders = [k.concept for k in hits if k.concept != hit.concept
                       and categories.get(k.concept) == category and k.start <= hit.start
                       and hit.end <= k.end and k.end - k.start > hit.end - hit.start]
            if holders and category in COMMON_WORDS:
                if required is None:
                    required = _required(ctx, unit)
                if not any(concept in required for concept in holders):
                    holders = []
            if not holders:
                kept.append(hit)
        return kept
    inside = _inside_another(ctx, hits)
    kept = [hit for position, hit in enumerate(hits) if position not in inside]
    return _common_words_kept(ctx, unit, hits, kept) if ctx.has_common_words else kept


def _common_words_kept(ctx: CheckContext, unit: Unit, found: list[Hit],
                       kept: list[Hit]) -> list[Hit]:
    """``_within_category``'s rule for common words where its sweep dropped them (a text of
    more than ``_PAIRWISE`` hits): those whose longer term is not the source's put back."""
    categories = ctx.categories
    kept_ids = {id(hit) for hit in kept}
    dropped = [hit for hit in found if id(hit) not in kept_ids
               and categories.get(hit.concept, "term") in COMMON_WORDS]
    if not dropped:
        return kept  # (what was dropped is a title, a name or a body: most texts)
    required = _required(ctx, unit)
    # (the hits by start, and the longest: a holder starts at most that far before its hit,
    # so each dropped hit looks at a window, not at every hit of a long text)
    order = sorted(found, key=lambda h: h.start)
    starts = [h.start for h in order]
    longest = max(h.end - h.start for h in order)
    back = []
    for hit in dropped:
        window = order[bisect.bisect_left(starts, hit.start - longest):
                       bisect.bisect_right(starts, hit.start)]
        holders = [k for k in window if k.concept != hit.concept and hit.end <= k.end
                   and k.end - k.start > hit.end - hit.start
                   and categories.get(k.concept) == categories.get(hit.concept)]
        if holders and not any(k.concept in required for k in holders):
            back.append(hit)
    return sorted([*kept, *back], key=lambda h: (h.start, -h.end)) if back else kept


#: hits up to which every pair is tested (a sentence's few: cheaper than the sweep's setup)
_PAIRWISE = 24


def _inside_another(ctx: CheckContext, hits: list[Hit]) -> set[int]:
    """The positions of the hits lying inside a longer hit of another concept of their
    category. One sweep by start, not a test of every pair (a translation repeating a name
    30,000 times took minutes): a hit is inside another when some hit of another concept of
    its category starts before it and ends at or after its end, or starts with it and ends
    after it. For each category the sweep keeps the furthest end so far and the furthest end
    of any other concept than that one's (of two concepts, one is not the hit's)."""
    categories = ctx.categories
    order = sorted(range(len(hits)), key=lambda i: hits[i].start)
    # category -> (furthest end, its concept, furthest end of another concept), of the hits
    # that start before the group being looked at
    before: dict[str | None, tuple[int, str, int]] = {}
    inside: set[int] = set()
    index = 0
    while index < len(order):
        start = hits[order[index]].start
        group = []
        while index < len(order) and hits[order[index]].start == start:
            group.append(order[index])
            index += 1
        # the same start: only a longer hit holds it
        here: dict[str | None, tuple[int, str, int]] = {}
        for position in group:
            hit = hits[position]
            _furthest(here, categories.get(hit.concept), hit.end, hit.concept)
        for position in group:
            hit = hits[position]
            category = categories.get(hit.concept)
            if (_other_end(before.get(category), hit.concept) >= hit.end
                    or _other_end(here.get(category), hit.concept) > hit.end):
                inside.add(position)
        for position in group:
            hit = hits[position]
            _furthest(before, categories.get(hit.concept), hit.end, hit.concept)
    return inside


def _furthest(ends: dict[str | None, tuple[int, str, int]], category: str | None, end: int,
              concept: str) -> None:
    """Add a hit's end to ``ends[category]``: the furthest end, its concept, and the furthest
    end of another concept (-1: none)."""
    found = ends.get(category)
    if found is None:
        ends[category] = (end, concept, -1)
        return
    best, best_concept, other = found
    if end > best:
        ends[category] = (end, concept, best if concept != best_concept else other)
    elif concept != best_concept and end > other:
        ends[category] = (best, best_concept, end)


def _other_end(found: tuple[int, str, int] | None, concept: str) -> int:
    """The furthest end of a hit of another concept than ``concept`` (-1: none)."""
    if found is None:
        return -1
    best, best_concept, other = found
    return best if best_concept != concept else other


def _disjoint(hits: list[Hit]) -> bool:
    """No hit lies inside another (``find_all``'s order: by start, longer first): each one
    then ends after every earlier one; a hit inside an earlier one, or equal to it, ends at
    or before the furthest end so far. (Hits out of that order answer False.)"""
    furthest = -1
    start = -1
    for hit in hits:
        if hit.end <= furthest or hit.start < start:
            return False
        if hit.start == start:
            return False  # a longer hit after a shorter one at the same start: out of order
        furthest, start = hit.end, hit.start
    return True


def _named_in_full(ctx: CheckContext, unit: Unit, concept_id: str) -> bool:
    if ctx.categories.get(concept_id) != "person":
        return False
    return any(h.concept == concept_id and h.status != "derived"
               and (len(h.form.split()) > 1 or "·" in h.form) for h in ctx.source_hits(unit.source))


def _paired_acronym(ctx: CheckContext, unit: Unit, concept_id: str) -> bool:
    """"Full Name (ACRONYM)" in the source, and the target language has a short form too: then
    both mentions must come through (an acronym swapped for another body's is an error)."""
    if ctx.categories.get(concept_id) != "organisation":
        return False
    forms = {h.form for h in ctx.source_hits(unit.source) if h.concept == concept_id}
    acronyms = [f for f in forms if f.isupper() and f"({f})" in unit.source]
    if not (acronyms and any(not f.isupper() for f in forms)):
        return False
    return len(ctx.matcher(unit.lang).concepts[concept_id].forms(unit.lang)) >= 2


#: The categories whose name may be part of a longer name (a company's, a newspaper's)
_PLACES = frozenset({"place", "country", "organisation"})
#: The languages of another script than the source's Latin
_OTHER_SCRIPT = frozenset({"ar", "ru", "zh"})
_CAPITALISED_AFTER = re.compile(r"[ \u00a0]+([A-Z][\w'’&-]*)")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w'’&-]*)[ \u00a0]+$")


def _kept_in_a_name(unit: Unit, form: str) -> int:
    """Mentions of a place's (or body's) Latin ``form`` inside a longer name of the source
    that a translation in another script keeps as written: "Qatar Airways" in «авиакомпании
    Qatar Airways», "The New York Times" in «сообщает New York Times» (WMT 2020): the name is
    the company's or the paper's, and kept whole it carries the place (TP101 had wanted
    «Катар», «Нью-Йорк»)."""
    if unit.lang.split("_")[0] not in _OTHER_SCRIPT or not form.isascii() \
            or form not in unit.target:
        return 0
    count = 0
    for found in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", unit.target):
        after = _CAPITALISED_AFTER.match(unit.target, found.end())
        before = _CAPITALISED_BEFORE.search(unit.target, 0, found.start())
        if (after and re.search(rf"(?<!\w){re.escape(form)}[ \u00a0]+{re.escape(after[1])}",
                                unit.source)) or \
                (before and re.search(rf"{re.escape(before[1])}[ \u00a0]+{re.escape(form)}"
                                      r"(?!\w)", unit.source)):
            count += 1
    return count


def _count(hits: list[Hit]) -> dict[str, int]:
    """Mentions per concept, overlapping matches of one concept counted once."""
    counts: dict[str, int] = {}
    last_end: dict[str, int] = {}
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if hit.start < last_end.get(hit.concept, -1):
            continue
        last_end[hit.concept] = hit.end
        counts[hit.concept] = counts.get(hit.concept, 0) + 1
    return counts


def _shortfalls(ctx: CheckContext, unit: Unit) -> list[tuple[str, Hit, int, int]]:
    """Concepts of the source the translation does not carry (often enough): (concept, source
    hit, mentions in the translation, mentions wanted). Shared by TP101 and TP102."""
    key = ("shortfalls", unit.lang, unit.source, unit.target)
    if key in ctx.near_cache:
        cached: list[tuple[str, Hit, int, int]] = ctx.near_cache[key]
        return cached
    out: list[tuple[str, Hit, int, int]] = []
    needed = _needed(ctx, unit)
    if needed:
        # (a footnote mark glued to a name's last word hides it no more than in the source)
        target_hits = _within_category(ctx, unit, ctx.matcher(unit.lang).find_all(
            ctx.target_for_terms(unit)))
        if _names_a_deputy(unit.source):
            # the deputy's post the source names is not counted there (``_wanted``): nor
            # here («вице-президенту» is no «президент»)
            target_hits = _without_deputies(ctx, unit, target_hits)
        present = _count(target_hits)
        full: dict[str, int] | None = None
        # the most words of a concept's mentions (``_short_inside_misspelt``'s first test:
        # only mentions all shorter than the source's can lie inside a misspelt full name)
        longest: dict[str, int] = {}
        for target_hit in target_hits:
            words = len(target_hit.form.split())
            if words > longest.get(target_hit.concept, -1):
                longest[target_hit.concept] = words
        parenthesised: bool | None = None
        for concept_id, hit, category, wanted, in_full, words in needed:
            if ctx.unnamed_in(unit.lang, concept_id):
                continue  # no term in this language: nothing to hold the translation to
            have = present.get(concept_id, 0)
            if category == "organisation" and have < wanted:
                have += short_mentions(ctx, unit, concept_id, target_hits)
            if have < wanted:
                have += referents.counted_mentions(ctx, unit, hit, target_hits)
            if have < wanted and category in _PLACES:
                have += _kept_in_a_name(unit, hit.form)
            if in_full:
                # the source gives the full name: the surname alone does not carry it over
                if full is None:
                    full = _count([h for h in target_hits if h.status != "derived"])
                have = full.get(concept_id, 0)
            if have and longest.get(concept_id, words) < words and _short_inside_misspelt(
                    ctx, unit, concept_id, hit, target_hits):
                have = 0
            if have:
                # carried over (often enough, or without counting: a body's name given once
                # may be shortened after), which a paired acronym is asked only to decide
                if have >= wanted:
                    continue
                if category not in _COUNTED:
                    if parenthesised is None:
                        parenthesised = bool(_PARENS.search(unit.target))
                    if not (parenthesised and _paired_acronym(ctx, unit, concept_id)):
                        continue
            out.append((concept_id, hit, have, wanted))
    ctx.near_cache[key] = out
    return out


def _needed(ctx: CheckContext, unit: Unit) -> list[tuple[str, Hit, str, int, bool, int]]:
    """What ``_shortfalls`` asks of the source for each of its concepts, made once per source
    text: (concept, first mention, category, mentions, named in full, words of the first
    mention)."""
    key = ("needed", unit.source)
    needed: list[tuple[str, Hit, str, int, bool, int]] | None = ctx.source_memo(key)
    if needed is None:
        wanted = _wanted(ctx, unit)
        deputies = _names_a_deputy(unit.source)
        needed = [(concept_id, hit, ctx.categories.get(concept_id, "term"), wanted[concept_id],
                   _named_in_full(ctx, unit, concept_id), len(hit.form.split()))
                  for concept_id, first in _required(ctx, unit).items()
                  if not (deputies and _deputy_only(ctx, unit, concept_id))
                  for hit in [_not_a_deputy(ctx, unit, first) if deputies else first]]
        ctx.remember(key, needed)
    return needed


#: "the Deputy Chairman": another post than the Chairman («Vice-Président», «заместитель
#: Председателя»), as a "Vice-Chairman" is, and "the Lord President of the Council" (PUD:
#: «Лорд-председатель совета», no President of a body)
_DEPUTY = re.compile(r"(?<!\w)(?:Deputy|Vice|Lord)\s+$")


def _names_a_deputy(source: str) -> bool:
    """Whether ``source`` may name a deputy's post (``_DEPUTY``'s words looked for as
    substrings: rare, and no search else)."""
    return "Deputy" in source or "Vice" in source or "Lord" in source


#: A deputy's post in each target language, before the title it is the deputy of
_TARGET_DEPUTY = {
    "ru": re.compile(r"(?:вице-|заместител[а-яё]*\s+)$", re.IGNORECASE),
    "fr": re.compile(r"vice-$", re.IGNORECASE),
    "es": re.compile(r"vice-?$", re.IGNORECASE),
    "ar": re.compile(r"نائب(?:ة)?\s+(?:ال)?$"),
    "zh": re.compile(r"副$"),
}


def _without_deputies(ctx: CheckContext, unit: Unit, hits: list[Hit]) -> list[Hit]:
    """``hits`` less the titles the translation names as a deputy's («вице-президенту»,
    «vice-président», «نائب الرئيس», «副总统»)."""
    deputy = _TARGET_DEPUTY.get(unit.lang.split("_")[0])
    if deputy is None:
        return hits
    text = ctx.target_for_terms(unit)
    categories = ctx.categories
    return [h for h in hits if categories.get(h.concept) != "title"
            or not deputy.search(text, max(0, h.start - 16), h.start)]


def _not_a_deputy(ctx: CheckContext, unit: Unit, hit: Hit) -> Hit:
    """The first mention of ``hit``'s title that is not a deputy's ("Ukrainian President"
    after "former Vice President"): the one a finding is about; ``hit`` for any other."""
    if ctx.categories.get(hit.concept) != "title" or \
            not _DEPUTY.search(unit.source, max(0, hit.start - 12), hit.start):
        return hit
    return next((h for h in ctx.source_hits(unit.source) if h.concept == hit.concept
                 and not _DEPUTY.search(unit.source, max(0, h.start - 12), h.start)), hit)


def _deputy_only(ctx: CheckContext, unit: Unit, concept_id: str) -> bool:
    """Is every source mention of the title that of a deputy ("the Deputy Chairman of the
    Mejlis")? The termbase's title is then not named: its deputy's post is."""
    if ctx.categories.get(concept_id) != "title":
        return False
    hits = [h for h in ctx.source_hits(unit.source) if h.concept == concept_id]
    return bool(hits) and all(_DEPUTY.search(unit.source, max(0, h.start - 12), h.start)
                              for h in hits)


def _short_inside_misspelt(ctx: CheckContext, unit: Unit, concept_id: str, source_hit: Hit,
                           target_hits: list[Hit]) -> bool:
    """Every target mention of the concept is a shorter form lying inside a misspelling of a
    full form: «Организации» of «Организации Объединен-ных Наций» is the broken full name, not
    the short form «Организация» (the Organization) used on its own."""
    mine = [h for h in target_hits if h.concept == concept_id]
    words = len(source_hit.form.split())
    if not mine or any(len(h.form.split()) >= words for h in mine):
        return False
    longest = max(len(h.form.split()) for h in mine)
    span = (min(h.start for h in mine), max(h.end for h in mine))
    # the best span must contain every mention: when no span containing them is near, the
    # best is elsewhere or none (a search of the few spans around them, not of the text)
    if _search_near(ctx, unit, concept_id, longest + 1, covering=span) is None:
        return False
    near = _search_near(ctx, unit, concept_id, min_words=longest + 1)
    if near is None:
        return False
    start, end = near[2]
    return all(start <= h.start and h.end <= end for h in mine)


def _inside_un_name(ctx: CheckContext, unit: Unit, hit: Hit) -> tuple[str, str] | None:
    """The UN body, organization, title or treaty of the source (``namefind``) that holds
    the term ``hit`` in its name, and the name the translation gives it, or None."""
    # (not a title's: "the United Nations Secretary-General" is not «le Secrétaire général de
    # l'OTAN», where the organization the term names is the point)
    held = [(code, written) for code, written in names_in(unit.source, ctx.source_lang, UN_NAMES)
            if hit.form in written and hit.form != written
            and kind_of(UN_NAMES, code) in ("organization", "body", "treaty")]
    if not held:
        return None
    named = dict(names_in(unit.target, unit.lang, UN_NAMES))
    for code, written in held:
        if code in named:
            return written, named[code]
    return None


@check("TP101", "term-missing", Severity.ERROR, "terminology")
def term_missing(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A name, title or organisation of the source is missing from the translation."""
    # ``()`` when nothing falls short (most units: no generator made, checks/completeness.py)
    shortfalls = _shortfalls(ctx, unit)
    return _term_missing(ctx, unit, shortfalls) if shortfalls else ()


def _term_missing(ctx: CheckContext, unit: Unit,
                  shortfalls: list[tuple[str, Hit, int, int]]) -> Iterator[Finding]:
    for concept_id, hit, have, wanted in shortfalls:
        why = referents.rendered_otherwise(ctx, unit, hit, have, wanted)
        said = _adjectival(ctx, unit, concept_id, have, wanted) if why is None else ""
        number = _in_other_number(ctx, unit, concept_id) if why is None and not said else ""
        made = (_made_of(ctx, unit, concept_id) if why is None and not said and not number
                and not have else "")
        if made:
            yield finding("TP101", unit, f"{ctx.categories.get(concept_id, 'term')} "
                          f"«{hit.form}» said by a word made of it («{made}») in the "
                          "translation", expected=_expected(ctx, unit.lang, concept_id, hit),
                          severity=Severity.INFO)
            continue
        if why is None and not said and not number and not have and _near_miss(
                ctx, unit, concept_id) is not None:
            continue  # reported as TP102, with the expected spelling
        variant = (_sound_variant(ctx, unit, concept_id) if why is None and not said
                   and not number and not have else None)
        if variant is not None:
            # «沃龙柯夫» for 沃龙科夫: a name written by its sounds in other characters, which
            # the termbase does not approve (a warning, as a deprecated form is, TP104: no
            # slip of the keys, but not the form the termbase gives; the sounds are read by
            # their consonants, so a typing slip may look like a variant too)
            yield finding("TP101", unit, f"{ctx.categories.get(concept_id, 'term')} "
                          f"«{hit.form}» written «{variant[0]}», which sounds as «{variant[1]}» "
                          "(another transliteration, not the termbase's)", expected=variant[1],
                          span=variant[2], severity=Severity.WARNING)
            continue
        category = ctx.categories.get(concept_id, "term")
        expected = _expected(ctx, unit.lang, concept_id, hit)
        if said:
            yield finding("TP101", unit, f"{category} «{hit.form}» said by its adjective "
                          f"(«{said}») in the translation", expected=expected,
                          severity=Severity.INFO)
            continue
        if number:
            yield finding("TP101", unit, f"{category} «{hit.form}» in the other number "
                          f"(«{number}») in the translation", expected=expected,
                          severity=Severity.INFO)
            continue
        if why is not None:
            # UN usage renders the term otherwise where the checker cannot tell which is
            # right (a unit's rank, a body's own title): for a reviewer
            yield finding("TP101", unit, f"{category} «{hit.form}» not found in the "
                          f"translation as the termbase has it ({why})", expected=expected,
                          severity=Severity.INFO)
        elif have:
            yield finding("TP101", unit, f"{category} «{hit.form}» appears {wanted} times in "
                          f"the source, {have} in the translation", expected=expected)
        elif category == "organisation" and _attributive(ctx, unit, concept_id):
            # "United Nations country teams", "the United Nations system": the parent body
            # qualifies a common noun, which translators often name without it
            yield finding("TP101", unit, f"{category} «{hit.form}» (naming what follows it) "
                          "not found in the translation", expected=expected,
                          severity=Severity.INFO)
        elif category == "organisation" and not _another_body_in_place(ctx, unit) and (
                head := referents.named_by_its_head(ctx, unit, hit)) is not None:
            # "United Nations Mine Action Service" -> «Service de la lutte antimines»: the
            # longer name, which the termbase does not know, named by its own head noun
            yield finding("TP101", unit, f"{category} «{hit.form}» not found in the translation "
                          f"(it qualifies «{head}», which the translation names)",
                          expected=expected, severity=Severity.INFO)
        elif (inside := _inside_un_name(ctx, unit, hit)) is not None:
            # "the Office of the United Nations High Commissioner for Human Rights (OHCHR)" ->
            # «le HCDH»: the term is part of a longer name the translation names otherwise
            yield finding("TP101", unit, f"{category} «{hit.form}» not found in the translation "
                          f"(it is part of «{inside[0]}», which the translation names as "
                          f"«{inside[1]}»)", expected=expected, severity=Severity.INFO)
        elif (reason := _other_referent(ctx, unit, hit)) is not None:
            yield finding("TP101", unit, f"{category} «{hit.form}» not found in the translation "
                          f"({reason})", expected=expected, severity=Severity.INFO)
        elif _quoted_in_source_language(unit, hit.form):
            # «le Règlement intitulé Charter of the United Nations (Sanctions - Yemen) 2014»:
            # a title cited in its own language, the name inside it as the source has it
            yield finding("TP101", unit, f"{category} «{hit.form}» kept as the source writes "
                          "it, inside words copied from the source (a title or a name cited in "
                          "its own language)", expected=expected, severity=Severity.INFO)
        elif category == "title" and (longer := referents.longer_title(ctx, unit, hit)):
            yield finding("TP101", unit, f"{category} «{hit.form}» not found in the translation "
                          f"(the source's «{longer}» is another title, which the termbase "
                          "does not have)", expected=expected, severity=Severity.INFO)
        elif category == "organisation" and not _another_body_in_place(ctx, unit) and (
                head := capitalised_head(ctx, unit, concept_id)):
            # "the General Assembly" -> «l'Assemblée», «la Asamblea», «Ассамблея»: UN usage
            # shortens a body named before to its head noun, capitalised
            yield finding("TP101", unit, f"{category} «{hit.form}» not found in the translation "
                          f"(named by its head noun «{head}», as a body named before may be)",
                          expected=expected, severity=Severity.INFO)
        elif (reason := _excused_in_its_sentence(ctx, unit, concept_id)) is not None:
            yield finding("TP101", unit, f"{category} «{hit.form}» not found in the translation "
                          f"({reason})", expected=expected, severity=Severity.INFO)
        else:
            yield finding("TP101", unit, f"{category} «{hit.form}» not found in the translation",
                          expected=expected)


def _excused_in_its_sentence(ctx: CheckContext, unit: Unit, concept_id: str) -> str | None:
    """In a unit of several sentences (a paragraph, as other tools' files hold them), the
    excuses that read a unit's opening or its whole text — a resolution's paragraph naming
    the body adopting it, a sentence opening on the name where the translation opens on a
    pronoun, a parent body naming what follows it — read again in each sentence of the
    source that names the term, against the translation's sentences that may be its
    (``sentalign``): the reason when every mention has one, else None."""
    hits = [h for h in ctx.source_hits(unit.source) if h.concept == concept_id]
    reason: str | None = None
    for hit in hits:
        where = sentence_of(unit.source, ctx.source_lang, hit.start, unit.target, unit.lang)
        if where is None:
            return None
        (start, end), (target_start, target_end) = where
        sentence = replace(unit, source=unit.source[start:end].rstrip(),
                           target=unit.target[target_start:target_end].strip())
        said = replace(hit, start=hit.start - start, end=hit.end - start)
        why = _other_referent(ctx, sentence, said)
        if why is None and ctx.categories.get(concept_id) == "organisation" and _attributive(
                ctx, sentence, concept_id):
            why = "naming what follows it"
        if why is None:
            return None
        reason = reason or why
    return reason


def _adjectival(ctx: CheckContext, unit: Unit, concept_id: str, have: int,
                wanted: int) -> str:
    """The translation's adjectives of the concept ("the President's Cabinet": «le Cabinet
    présidentiel») that make up what it lacks, joined; "" when they do not (or a person's
    name, which makes no adjective)."""
    if ctx.categories.get(concept_id) == "person":
        return ""
    key = ("adjectives", unit.lang, unit.target, concept_id)
    if key not in ctx.near_cache:  # TP101 and TP102 both ask
        ctx.near_cache[key] = adjectives(ctx, unit, concept_id)
    made: list[str] = ctx.near_cache[key]
    if not made or have + len(made) < wanted:
        return ""
    return ", ".join(made)


_TOKEN = re.compile(r"\S+")


def _quoted_in_source_language(unit: Unit, form: str) -> bool:
    """Is ``form`` in the translation as the source writes it, inside a run of at least two
    more words copied from the source (a law's or a document's title cited untranslated) or
    of one more capitalised word (a longer name: "New York Times"), not standing alone (an
    untranslated name is still missing)?"""
    if form not in unit.target or unit.lang.startswith("en"):
        return False
    tokens = [m.group(0) for m in _TOKEN.finditer(unit.target)]
    size = len(form.split())
    tried = 0
    for index in range(len(tokens) - size + 1):
        if " ".join(tokens[index:index + size]).strip("«»\"'(),.;:") != form:
            continue
        tried += 1
        if tried > _QUOTED_TRIES:
            break  # (a cited title is named a few times, not thousands: linear time)
        start, end = index, index + size
        # two words more than the name copied from the source are enough: no longer run is
        # sought (each step searches the source)
        while start > 0 and end - start < size + 2 and " ".join(
                tokens[start - 1:end]) in unit.source:
            start -= 1
        while end < len(tokens) and end - start < size + 2 and " ".join(
                tokens[start:end + 1]) in unit.source:
            end += 1
        if end - start >= size + 2:
            return True
        # one capitalised word more makes a longer name: "el New York Times", «газета New York
        # Times» (a newspaper, a firm, named as it names itself)
        if end - start == size + 1 and tokens[start if start < index else end - 1][:1].isupper():
            return True
    return False


_QUOTED_TRIES = 20


_PLURAL_ENDING = re.compile(r"(?<=\w)[sx](?=\s|$)")


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _made_of(ctx: CheckContext, unit: Unit, concept_id: str) -> str:
    """A word of the translation made of one of the concept's one-word forms whole, the form
    of a common word ("edit", «редактировать»: «отредактировать»; "transport", «транспорт»:
    «транспортировки»): the term said by another word of its family, which a reviewer may
    accept; "" otherwise (names, titles and bodies are never so)."""
    if ctx.categories.get(concept_id, "term") not in COMMON_WORDS:
        return ""
    forms = [fold(f.text, unit.lang).casefold() for f in ctx.matcher(unit.lang).forms_of(
        concept_id) if f.status != "deprecated" and " " not in f.text.strip()]
    forms = [f for f in forms if len(f) >= 5]
    if not forms:
        return ""
    # a verb's stem takes every ending of its conjugation: «guardar» is said by «Guarde»,
    # «restablecer» by «restablece», «изменить» by «изменится», «проверить» by «проверять»
    # (and a noun's or an adjective's, the other words of its family)
    ending = _FAMILY_ENDING.get(unit.lang.split("_")[0])
    stems = [m.group(1) for f in forms if ending is not None
             and (m := ending.fullmatch(f)) is not None and len(m.group(1)) >= 4]
    source_words = {w.casefold() for w in _LETTER_RUN.findall(unit.source)}
    for word in _LETTER_RUN.finditer(unit.target):
        folded = fold(word.group(), unit.lang).casefold()
        if word.group().casefold() in source_words:
            continue  # "Replication" for «replicación»: the source's word copied
        if any(form in folded and form != folded for form in forms) or any(
                folded.startswith(stem) and folded not in forms for stem in stems):
            return word.group()
    return ""


#: the endings a word's family changes (an infinitive's, a verbal noun's, an adjective's
#: gender or long form), and the stem its other words keep: «modificación» «modifica»,
#: «completa» «complete», «присвоенный» «присвоен», «использование» «использовать»
_FAMILY_ENDING = {
    "es": re.compile(r"(\w+?)(?:ar|er|ir|arse|erse|irse|ción|ciones|[oae]s?)"),
    "fr": re.compile(r"(\w+?)(?:er|ir|re|tion|sion|e)"),
    "ru": re.compile(r"(\w+?)(?:[аияеуо]ть(?:ся)?|[аея]ние|н(?:ый|ая|ое|ые)|[ыио]й|ая|ое)"),
}


def _in_other_number(ctx: CheckContext, unit: Unit, concept_id: str) -> str:
    """The translation's near miss of the concept when it is one of its forms in the singular
    or plural, French or Spanish («chaque État Membre» for «États Membres»); "" otherwise.
    (Russian and Arabic forms are matched by stem and take every number already.)"""
    if unit.lang.split("_")[0] not in ("fr", "es"):
        return ""
    near = _near_miss(ctx, unit, concept_id)
    if near is None:
        return ""
    found, form, _ = near
    if _PLURAL_ENDING.sub("", found.casefold()) != _PLURAL_ENDING.sub("", form.casefold()):
        return ""
    return found


def _other_referent(ctx: CheckContext, unit: Unit, hit: Hit) -> str | None:
    """Why a missing term may not be missing (see checks/referents.py), or None."""
    generic = referents.generic_rendering(ctx, unit, hit)
    if generic is not None:
        return f"«{generic}» is the generic term, right for the members of another body"
    if referents.of_another_body(ctx, unit, hit):
        return "said of another body than the termbase's"
    if referents.named_by_pronoun(ctx, unit, hit):
        return "a resolution may refer to the body adopting it by a pronoun"
    if referents.opened_by_pronoun(ctx, unit, hit):
        return "the translation opens on a pronoun where the source names it as the subject"
    if referents.named_as_the_latter(ctx, unit, hit):
        return "the translation refers to someone as «the latter»"
    if (referred := referents.person_referred_to(ctx, unit, hit)) is not None:
        return f"the person named again is referred to by {referred}"
    if referents.complement_of_title(ctx, unit, hit):
        return "the complement of a title the translation carries"
    if referents.inside_paired_name(ctx, unit, hit):
        return "part of a longer name given with its acronym"
    if (longer := referents.longer_body(ctx, unit, hit)) is not None:
        return f"part of «{longer}», another body, which the termbase does not have"
    return None


#: after a name, words that end its noun phrase: "the United Nations and", "of the United
#: Nations in"; any other word makes the name a modifier ("United Nations country teams")
_NOT_A_HEAD = re.compile(
    r"(?:and|or|of|in|on|at|to|for|from|by|with|as|is|was|are|were|has|have|had|will|shall|"
    r"would|should|can|could|may|must|did|does|do|that|which|who|whose|itself|also|the|a|an|"
    r"into|through|during|under|over|since|after|before|until|against|between|among|via|"
    r"per|than|not|its|their)\b", re.IGNORECASE)


_TARGET_ACRONYM = re.compile(r"(?<!\w)[A-ZА-ЯЁ][A-ZА-ЯЁ0-9-]{1,9}(?!\w)")


def _another_body_in_place(ctx: CheckContext, unit: Unit) -> bool:
    """Does the translation name a body the source does not (an acronym the source lacks, a
    termbase body it does not name)? Then a parent body it leaves out may have been replaced.
    (Once per unit: asked for each body the translation lacks.)"""
    key = ("body-in-place", unit.lang, unit.source, unit.target)
    found = ctx.near_cache.get(key)
    if found is None:
        found = ctx.near_cache[key] = _body_in_place(ctx, unit)
    return bool(found)


def _body_in_place(ctx: CheckContext, unit: Unit) -> bool:
    # an acronym of the translation's own (UNMEER is «MINUAUCE») stands for one of the
    # source's that the translation does not repeat; more new acronyms than that name others
    new = [a for a in _TARGET_ACRONYM.findall(unit.target) if a not in unit.source]
    unrepeated = [a for a in _TARGET_ACRONYM.findall(unit.source) if a not in unit.target]
    return len(new) > len(unrepeated) or any(
        ctx.categories.get(h.concept) == "organisation" and h.concept not in
        _required(ctx, unit) for h in ctx.matcher(unit.lang).find(unit.target))


def _attributive(ctx: CheckContext, unit: Unit, concept_id: str) -> bool:
    """Is the body a parent body (the United Nations) and every source mention of it a
    modifier of the common noun after it? Named without its parent body, the thing is still
    named (as the derived short forms of a body's name drop it); another body used as a
    modifier ("UNECE website") is still required."""
    if not ctx.matcher(ctx.source_lang).is_parent_body(concept_id):
        return False
    if _another_body_in_place(ctx, unit):
        return False  # «le système de l'OMS»: another body named in its place
    hits = [h for h in ctx.source_hits(unit.source) if h.concept == concept_id]
    for hit in hits:
        # a common noun; a longer proper name ("United Nations Framework Convention on
        # Climate Change") is a body of its own, which the translation must name
        if _MANDATE.match(unit.source, hit.end):
            continue  # «Независимый эксперт по вопросу о…»: UN usage leaves the UN out
        after = re.match(r"[ \u00a0]+([a-z][\w-]*)", unit.source[hit.end:])
        if after is None or _NOT_A_HEAD.fullmatch(after.group(1)):
            return False
    return bool(hits)


#: the titles of the mandate holders of the United Nations' special procedures: "the United
#: Nations Special Rapporteur on the right to health" is «le Rapporteur spécial sur le droit à
#: la santé», «Независимый эксперт по вопросу о…»: the mandate names the post
_MANDATE = re.compile(r"[ \u00a0]+(?:Special\s+Rapporteurs?|Independent\s+Experts?|Special\s+"
                      r"(?:Representative|Envoy|Adviser|Advisor)s?)\s+(?:on|for|of)\b")


@check("TP102", "term-misspelt", Severity.ERROR, "terminology")
def term_misspelt(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A name, title or organisation is spelt differently from the termbase's forms."""
    shortfalls = _shortfalls(ctx, unit)
    return _term_misspelt(ctx, unit, shortfalls) if shortfalls else ()


def _term_misspelt(ctx: CheckContext, unit: Unit,
                   shortfalls: list[tuple[str, Hit, int, int]]) -> Iterator[Finding]:
    said_already: set[tuple[str, tuple[int, int]]] = set()
    for concept_id, hit, have, wanted in shortfalls:
        if have or referents.rendered_otherwise(ctx, unit, hit, have, wanted) is not None:
            continue  # a form of UN usage (TP101 tells a reviewer) is no misspelling
        if _adjectival(ctx, unit, concept_id, have, wanted) or _in_other_number(
                ctx, unit, concept_id) or _made_of(ctx, unit, concept_id):
            continue  # «президентской», «État Membre»: a form, no misspelling (TP101 tells)
        near = _near_miss(ctx, unit, concept_id)
        if near is not None and (near[1], near[2]) not in said_already:
            found, form, span = near
            # (two namesakes the source names alike, "Mr. Al-Ansari", are one misspelling)
            said_already.add((form, span))
            # (the source's form in brackets only where it differs: a name spelt alike in
            # both languages had been said twice, «of «Jane Muthoni» (Jane Muthoni)»)
            said = f" ({hit.form})" if hit.form != form else ""
            yield finding("TP102", unit, f"«{found}» looks like a misspelling of «{form}»{said}",
                          expected=form, span=span)


@check("TP103", "term-extra", Severity.WARNING, "terminology")
def term_extra(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation names a person (or body) that its source does not mention."""
    hits = ctx.matcher(unit.lang).find(unit.target)
    return _term_extra(ctx, unit, hits) if hits else ()


def _term_extra(ctx: CheckContext, unit: Unit, hits: list[Hit]) -> Iterator[Finding]:
    required = _required(ctx, unit)
    matcher = ctx.matcher(unit.lang)
    allowed_forms: set[str] | None = None
    seen: set[str] = set()
    for hit in hits:
        category = ctx.categories.get(hit.concept, "other")
        if (hit.concept in required or hit.status == "derived" or hit.concept in seen
                or category not in ("person", "organisation", "place")):
            continue
        if allowed_forms is None:
            # forms shared with a concept the source does mention are not evidence of
            # anything (made only for a hit that gets this far: most never do)
            allowed_forms = {fold(t.text, unit.lang).casefold()
                             for c in required for t in matcher.concepts[c].forms(unit.lang)}
        if fold(hit.form, unit.lang).casefold() in allowed_forms:
            continue
        if _lower_cased(unit.target, hit) or (
                category == "organisation" and _initials_in_source(ctx, unit, hit.concept)):
            continue
        if category == "person" and _namesake(ctx, unit, hit.concept):
            continue
        if _inside_a_misspelling(ctx, unit, hit):
            continue  # 卡塔尔国 of «卡塔尔国际安全研九学院»: the misspelt name's own words
        seen.add(hit.concept)
        severity = Severity.WARNING if category == "person" else Severity.INFO
        yield finding("TP103", unit, f"{category} «{hit.form}» is not in the source",
                      span=(hit.start, hit.end), severity=severity)


def _inside_a_misspelling(ctx: CheckContext, unit: Unit, hit: Hit) -> bool:
    """Does ``hit`` lie inside a near miss of a concept the translation lacks (TP102's)?"""
    for concept_id, _, have, _ in _shortfalls(ctx, unit):
        near = None if have else _near_miss(ctx, unit, concept_id)
        if near is not None and near[2][0] <= hit.start and hit.end <= near[2][1]:
            return True
    return False


def _lower_cased(text: str, hit: Hit) -> bool:
    """Is the match a common noun, a capitalised name matched in lower case? «notre
    organisation», «des nations unies» ("we must be united nations") name no body: only the
    capital makes «l'Organisation» the United Nations. (Here only: TP101 still takes a name
    a translator lower-cased as said, as the press of many countries writes titles.)"""
    first = text[hit.start:hit.start + 1]
    return first.islower() and hit.form[:1].isupper()


def _initials_in_source(ctx: CheckContext, unit: Unit, concept_id: str) -> bool:
    """Does the source name the body by its initials, which the termbase does not list ("the
    UN", "UN Day" for the United Nations; "WHO")? Then the translation spelling the name
    out («las Naciones Unidas») names no body the source does not."""
    if not _TARGET_ACRONYM.search(unit.source):
        return False
    concept = ctx.matcher(ctx.source_lang).concepts.get(concept_id)
    initials = {initialism(t.text, ctx.source_lang)
                for t in (concept.forms(ctx.source_lang) if concept else ())}
    return any(a in initials for a in _TARGET_ACRONYM.findall(unit.source))


_PARTICLE = re.compile(r"^(?:Al|El|Ul|Bin|Ben|Abu)[-\s]+", re.IGNORECASE)


def _namesake(ctx: CheckContext, unit: Unit, concept_id: str) -> bool:
    """Does the source name someone of the person's surname, written without its particle
    ("Mesbah Ansari Dogaheh" beside the termbase's Al-Ansari)? Then the translation's
    «أنصاري», «安萨里» is that person's name, not the termbase's person."""
    concept = ctx.matcher(ctx.source_lang).concepts.get(concept_id)
    for term in concept.forms(ctx.source_lang) if concept else ():
        surname = term.text.split()[-1]
        bare = _PARTICLE.sub("", surname)
        if bare != surname and re.search(r"(?<!\w)" + re.escape(bare) + r"(?!\w)",
                                         unit.source):
            return True
    return False


@check("TP104", "term-deprecated", Severity.WARNING, "terminology")
def term_deprecated(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation uses a form the termbase marks deprecated."""
    matcher = ctx.matcher(unit.lang)
    hits = matcher.find(unit.target)
    if not any(hit.status == "deprecated" for hit in hits):
        return ()
    return _term_deprecated(matcher, unit, hits)


def _term_deprecated(matcher: Matcher, unit: Unit, hits: list[Hit]) -> Iterator[Finding]:
    for hit in hits:
        if hit.status != "deprecated":
            continue
        preferred = matcher.concepts[hit.concept].preferred(unit.lang)
        yield finding("TP104", unit, f"deprecated term «{hit.form}»",
                      expected=preferred.text if preferred else "", span=(hit.start, hit.end))


def _expected(ctx: CheckContext, lang: str, concept_id: str, hit: Hit) -> str:
    concept = ctx.matcher(lang).concepts[concept_id]
    forms = [t.text for t in concept.forms(lang)]
    if hit.status == "derived" or len(hit.form.split()) == 1:
        short = [f for f in forms if len(f.split()) == 1]
        if short:
            return short[0]
    preferred = concept.preferred(lang)
    return preferred.text if preferred else ""


def _near_miss(ctx: CheckContext, unit: Unit, concept_id: str) -> tuple[str, str, tuple[int, int]
                                                                        ] | None:
    """The target span most similar to one of the concept's forms, if close enough."""
    key = (unit.lang, unit.target, concept_id)
    if key not in ctx.near_cache:  # TP101 and TP102 both ask
        ctx.near_cache[key] = _search_near(ctx, unit, concept_id)
    found: tuple[str, str, tuple[int, int]] | None = ctx.near_cache[key]
    if found is not None and _names_a_deputy(unit.source) \
            and _a_deputys(ctx, unit, concept_id, found[2]):
        return None  # «вице-президенту»: a deputy's post, not «президент» misspelt
    if found is not None and (variant := _sound_variant(ctx, unit, concept_id)) is not None \
            and variant[2][0] < found[2][1] and found[2][0] < variant[2][1]:
        # «沃龙科弗»: 沃龙科 is 沃龙科夫 less a character, but 弗 sounds as 夫 (another
        # transliteration, which TP101 tells a reviewer), no misspelling
        return None
    return found


def _sound_variant(ctx: CheckContext, unit: Unit, concept_id: str) -> tuple[
        str, str, tuple[int, int]] | None:
    """The translation's Chinese name of three or four characters that is one of the
    concept's forms with one character another of the same sounds (``_han_slips``)."""
    if unit.lang.split("_")[0] not in ("zh", "ja") or ctx.categories.get(
            concept_id, "") not in _HAN_SLIP:
        return None
    key = ("alike", unit.lang, unit.target, concept_id)
    if key not in ctx.near_cache:  # TP101 and TP102 both ask
        ctx.near_cache[key] = _search_near(ctx, unit, concept_id, alike=True)
    found: tuple[str, str, tuple[int, int]] | None = ctx.near_cache[key]
    return found


def _a_deputys(ctx: CheckContext, unit: Unit, concept_id: str, span: tuple[int, int]) -> bool:
    """Whether the target's ``span`` is the title ``concept_id`` after a deputy's mark, or
    holds one («вице-президенту», «副总统»)."""
    if ctx.categories.get(concept_id) != "title":
        return False
    deputy = _TARGET_DEPUTY.get(unit.lang.split("_")[0])
    if deputy is None:
        return False
    start, end = span
    text = unit.target
    return any(deputy.search(text, max(0, at - 16), at) for at in range(start, end + 1))


def _search_near(ctx: CheckContext, unit: Unit, concept_id: str, min_words: int = 0,
                 covering: tuple[int, int] | None = None, alike: bool = False) -> tuple[
        str, str, tuple[int, int]] | None:
    """The target span most like one of the concept's forms (difflib ratio at least
    ``_NEAR``, below 1), or None. ``covering``: only the spans that contain this one;
    ``alike``: only a Chinese name with one character another of the same sounds (a
    transliteration's variant, ``_han_slips``)."""
    matcher = ctx.matcher(unit.lang)
    person = ctx.categories.get(concept_id) == "person"
    # a surname is derived from the termbase; a body's derived short form is not a spelling
    # to suggest
    forms = [f.text for f in matcher.forms_of(concept_id) if f.status != "deprecated"
             and (person or f.status != "derived") and len(f.text.split()) >= min_words]
    if not forms:
        return None
    from transpub.similar import lcs_length  # (rapidfuzz's import, 12 ms: when first needed)

    text, lowered, words = _near_text(unit.target, unit.lang)
    base = unit.lang.split("_")[0]
    # another known term is not a misspelling of this one (副执行主任 is not 执行主任 misspelt)
    hits = matcher.find(unit.target)
    known = [(h.start, h.end) for h in hits if h.concept != concept_id]
    # (asked per window: looked up, not scanned, in a text repeating terms by the thousand)
    indexed = Intervals(known) if len(known) > _PAIRWISE else None
    # a form of this concept the matcher recognised («Организации») is no misspelling of it
    recognised = {(h.start, h.end) for h in hits if h.concept == concept_id}
    cuts = (0, 1, 2, 3) if base == "ru" else (0,)  # Russian: allow a case ending
    # the least characters of a Chinese name one character of which may slip (``_HAN_SLIP``)
    least_slip = _HAN_SLIP.get(ctx.categories.get(concept_id, "")) if base in (
        "zh", "ja") else None
    best: tuple[float, str, str, tuple[int, int]] | None = None
    for form in forms:
        wanted = fold(form, unit.lang).casefold()
        size = len(wanted)
        # a capitalised one-word form («Organisation», the United Nations) has no misspelling
        # in a common noun of the text («d'organisations non gouvernementales»)
        proper = " " not in form and form[:1].isupper() and not form.isupper()
        # a term of the text inside the window that this form holds itself (卡塔尔国 in
        # «卡塔尔国际安全研九学院») is the form's own spelling, not another term
        own = {span for span in known if lowered[span[0]:span[1]] in wanted} if (
            known and size >= 4) else set()
        others_here = [span for span in known if span not in own] if own else known
        index_here = indexed if not own else (
            Intervals(others_here) if len(others_here) > _PAIRWISE else None)
        if least_slip is not None and least_slip <= size <= _SLIP_MOST:
            # a name of three or four characters one of which slipped («沃龙料夫» for
            # 沃龙科夫): 2·3/8 is below ``_NEAR``, yet as plain a misspelling as «Воронкоф»
            for start, same in _han_slips(lowered, wanted):
                if same != alike:
                    continue
                end = start + size
                if covering is not None and not (start <= covering[0] and covering[1] <= end):
                    continue
                if (start, end) in recognised or (others_here and (
                        index_here.overlaps(start, end) if index_here is not None
                        else any(s < end and start < e for s, e in others_here))):
                    continue
                if best is None:  # (scored ``_NEAR``: any window nearer by its ratio wins)
                    best = (_NEAR, text[start:end], form, (start, end))
        if size < 4 or alike:
            continue
        # one matcher per form, made for the first window the LCS bound lets through (most
        # forms have none): difflib caches the analysis of its second sequence
        sequence: difflib.SequenceMatcher[str] | None = None
        # _may_be_near for every window at once: the translation with the characters the
        # form lacks marked; a window's bound is then a difference of two running counts of
        # marks (no slice, no call per window)
        marks = _mark_counts(lowered, wanted)
        last = len(lowered)  # a Chinese window may run past the end (str.count clamps)
        others = _deleting(wanted) if marks is None else {}
        spans = (_windows(lowered, wanted, base, words) if marks is None
                 else _near_windows(lowered, wanted, base, words, marks, cuts[-1]))
        for start, end in spans:
            if covering is not None and not (start <= covering[0] and covering[1] <= end):
                continue
            ratio = 0.0
            checked = False  # the span may be compared (the tests below, once it is near)
            for cut in cuts:
                stop = end - cut
                length = stop - start
                if cut and length < size - 1:
                    break
                total = length + size
                if marks is not None:
                    # _may_be_near, from the running counts of marks (see _near_bound)
                    usable = length - (marks[min(stop, last)] - marks[min(start, last)])
                    if total and 2.0 * min(usable, size) / total < _NEAR:
                        continue
                elif not _may_be_near(lowered[start:stop], wanted, others):
                    continue
                if not checked:
                    if (start, end) in recognised or (others_here and (
                            index_here.overlaps(start, end) if index_here is not None
                            else any(s < end and start < e for s, e in others_here))):
                        break
                    checked = True
                window = lowered[start:stop]
                # difflib's ratio is at most 2·LCS / total (``similar``): most windows stop
                # here, in C, instead of at difflib's quick_ratio, a Python loop
                if 2.0 * lcs_length(window, wanted) / total < _NEAR:
                    continue
                if sequence is None:
                    sequence = difflib.SequenceMatcher(None, autojunk=False)
                    sequence.set_seq2(wanted)
                sequence.set_seq1(window)
                ratio = max(ratio, sequence.ratio())
            if ratio >= _NEAR and ratio < 1 and (best is None or ratio > best[0]) and not (
                    proper and _common_noun(text[start:end])):
                best = (ratio, text[start:end], form, (start, end))
    return (best[1], best[2], best[3]) if best else None


#: the least characters of a Chinese name (by category) one of which may slip and leave a
#: misspelling (``_search_near``): a person's or a place's name is read by its sounds, any
#: three characters of it a name; a body's name of three is made of words, one of which
#: changed is another word (会员国 and 成员国, 反恐办 and «反恐怖»); a title's changed is
#: another post (执行主任 and 执行主席). Past ``_SLIP_MOST``, one slip is already ``_NEAR``.
_HAN_SLIP = {"person": 3, "place": 3, "organisation": 4}
_SLIP_MOST = 4
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=256)
def _slip_pattern(wanted: str) -> re.Pattern[str]:
    """``wanted`` with any one of its characters another Chinese character, at any start
    (a lookahead: overlapping windows are all found)."""
    ways = "|".join(re.escape(wanted[:at]) + _HAN.pattern + re.escape(wanted[at + 1:])
                    for at in range(len(wanted)))
    return re.compile(f"(?=(?:{ways}))")


def _han_slips(lowered: str, wanted: str) -> Iterator[tuple[int, bool]]:
    """Where ``lowered`` has ``wanted`` with one Chinese character of it another (the middle
    one of three), and whether the two sound alike: «沃龙料夫» for 沃龙科夫 (料 l, 科 k) is a
    slip; a character of the same sounds makes a transliteration's variant («古铁雷斯» for
    古特雷斯, «沃龙柯夫» for 沃龙科夫: TP110 hears them as the name), no misspelling. None in
    a form whose characters are not all Chinese ones."""
    if not all(map(_HAN.fullmatch, wanted)):
        return
    for match in _slip_pattern(wanted).finditer(lowered):
        start = match.start()
        window = lowered[start:start + len(wanted)]
        at = next((i for i, (a, b) in enumerate(zip(window, wanted, strict=True)) if a != b),
                  None)
        if at is None:
            continue  # the form itself
        if len(wanted) < 4 and at in (0, len(wanted) - 1):
            # a name of three characters keeps both ends: two of them together are often a
            # word or a name of their own, 马里 (Mali) in «对马里» for 索马里 (Somalia)
            continue
        heard = namekeys.han_sounds(window[at] + wanted[at])
        yield start, heard[0] is not None and heard[0] == heard[1]


_ELIDED = re.compile(r"^(?:[dlDL]['’]|[dl]e\s+)")


def _common_noun(found: str) -> bool:
    """Does the text's span start with a lower-case letter (after an elided article)?"""
    rest = _ELIDED.sub("", found)
    return rest[:1].islower()


def _near_windows(lowered: str, wanted: str, base: str, words: tuple[tuple[int, int], ...],
                  marks: list[int], most_cut: int) -> Iterable[tuple[int, int]]:
    """The windows of ``_windows``, in its order, but for those no cut of which (up to
    ``most_cut`` characters off its end) can pass the bound of ``_near_bound``: a window
    whose cut passes keeps at least that many of the form's characters, and a cut keeps at
    most the window's. A necessary condition with half a character to spare for rounding, so
    the windows left out are only ones the search would pass over (tests/test_terms_speed.py);
    found at C speed for the many windows of a Chinese text."""
    size = len(wanted)
    if base in ("zh", "ja"):
        last = len(lowered)
        out: list[tuple[int, int]] = []
        for width in (size - 1, size, size + 1):
            count = max(0, last - width) + 1
            # marks a window may hold, at most, to keep enough of the form's characters
            limit = width - _NEAR * (width - most_cut + size) / 2 + 0.5
            if last < width:  # one window, past the end (its marks: the whole text's)
                if marks[last] <= limit:
                    out.append((0, width))
                continue
            inside = map(sub, marks[width:width + count], marks[:count])
            out += ((start, start + width)
                    for start in compress(range(count), map(limit.__ge__, inside)))
        return out
    count = len(wanted.split())
    if len(words) < count:
        return ()
    least = _NEAR * (size - most_cut) / 2 - 0.5
    half = _NEAR / 2
    return [(start, end) for (start, _), (_, end) in zip(words, words[count - 1:], strict=False)
            if (end - start) - (marks[end] - marks[start]) >= least + half * (end - start)]


_WORD = re.compile(r"[\w'’·-]+")


@lru_cache(maxsize=16)
def _near_text(target: str, lang: str) -> tuple[str, str, tuple[tuple[int, int], ...]]:
    """A translation folded, case-folded, and its words' spans: what the near-miss search of
    each missing concept of a unit compares with (asked for one unit's concepts, one after
    the other: 16 texts have the hits 256 had, and hold some 40 kB instead of 0.7 MB)."""
    text = fold(target, lang)
    lowered = text.casefold()
    return text, lowered, tuple((m.start(), m.end()) for m in _WORD.finditer(lowered))


def _deleting(text: str) -> dict[int, None]:
    return dict.fromkeys(map(ord, text))


def _may_be_near(piece: str, wanted: str, others: dict[int, None]) -> bool:
    """False only when difflib's ratio of the two is surely below ``_NEAR``, found at C speed
    (most windows of a translation are nothing like the form, and difflib's own quick_ratio
    is a Python loop): the matching blocks can use at most the candidate's characters that
    occur in the form (its length minus that of what ``others`` leaves) and at most the
    form's length, and ratio = 2·matches / total length. A bound, so the verdicts are exactly
    those difflib alone gives (tests/test_terms_fast.py)."""
    total = len(piece) + len(wanted)
    usable = len(piece) - len(piece.translate(others))
    return 2.0 * min(usable, len(wanted)) / total >= _NEAR if total else True


_MARK = "\0"


@lru_cache(maxsize=1024)
def _lacking(wanted: str) -> re.Pattern[str]:
    """The characters that are not in ``wanted``."""
    return re.compile("[^" + "".join(map(re.escape, sorted(set(wanted)))) + "]")


def _marked(text: str, wanted: str) -> str | None:
    """``text`` with every character that ``wanted`` lacks replaced by a mark (same length,
    same offsets); None when ``wanted`` holds the mark itself."""
    if _MARK in wanted:
        return None
    return _lacking(wanted).sub(_MARK, text)


def _mark_counts(text: str, wanted: str) -> list[int] | None:
    """The running counts of ``_marked(text, wanted)``'s marks (entry ``i``: the marks in
    ``text[:i]``), or None when ``_marked`` gives None: each character tested against the
    form's at C speed (the marked copy made first, by a substitution per character, and the
    pattern of the characters the form lacks compiled for each form, took twice as long)."""
    if _MARK in wanted:
        return None
    return list(accumulate(map(not_, map(frozenset(wanted).__contains__, text)), initial=0))


def _near_bound(marked: str, start: int, end: int, wanted_length: int) -> bool:
    """``_may_be_near(text[start:end], wanted, ...)``, from ``_marked(text, wanted)``: the
    window's characters that occur in the form are its length minus its marks."""
    length = end - start
    total = length + wanted_length
    usable = length - marked.count(_MARK, start, end)
    return 2.0 * min(usable, wanted_length) / total >= _NEAR if total else True


def _windows(text: str, wanted: str, base: str,
             words: tuple[tuple[int, int], ...] | None = None) -> Iterator[tuple[int, int]]:
    """The spans of ``text`` to compare with ``wanted``: runs of as many words (of
    ``words``, ``text``'s word spans, when given), or of as many characters, give or take
    one, in Chinese and Japanese."""
    if base in ("zh", "ja"):
        size = len(wanted)
        for width in (size - 1, size, size + 1):
            for start in range(0, max(0, len(text) - width) + 1):
                yield start, start + width
        return
    if words is None:
        words = tuple((m.start(), m.end()) for m in _WORD.finditer(text))
    count = len(wanted.split())
    if len(words) < count:
        return  # a translation shorter than the term: no window to compare
    for index in range(0, len(words) - count + 1):
        yield words[index][0], words[index + count - 1][1]
