"""When a termbase term of the source does not refer to what the termbase means by it, or is
referred to by a pronoun (used by TP101, which then reports info instead of an error):

- a generic term whose termbase rendering is the UN's own ("Member States" -> 会员国) given its
  generic rendering (成员国, the members of another body: the IAEA's, UNIDO's), or said of
  another body ("the IAEA and its Member States");
- a deliberative body named in a resolution's paragraph, whose implicit subject is the body
  adopting it, and referred to in the translation by a pronoun («qu'elle a adoptée»).

The checker cannot tell which body a document is of, nor resolve a pronoun: these are left to a
reviewer (info), never counted as a missing term. The forms are data (``data/referents.json``).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from typing import Any

from transpub.checks.context import CheckContext, Unit
from transpub.terms import Hit


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (files("transpub") / "data" / "referents.json").read_text(encoding="utf-8"))
    return data


_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{1,9}(?![\w-])")


@cache
def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def generic_rendering(ctx: CheckContext, unit: Unit, hit: Hit) -> str | None:
    """The generic rendering of the source term the translation uses (成员国 for "Member
    States"), if the term has one in the unit's language, the translation uses it and the
    source names no body (no body of the termbase, no acronym): "ECLAC assisted Member States"
    speaks of the UN's (会员国), the checker cannot tell a UN body's acronym from another's;
    "contributions received from Member States", in a document of UNIDO's, may not."""
    forms = _data()["generic"].get(hit.form, {}).get(unit.lang, [])
    if not forms or _ACRONYM.search(unit.source) or any(
            ctx.categories.get(h.concept) == "organisation" for h in ctx.source_hits(unit.source)):
        return None
    found = _word_pattern(tuple(forms)).search(unit.target) if unit.lang != "zh" else next(
        (f for f in forms if f in unit.target), None)
    if found is None:
        return None
    return found if isinstance(found, str) else found.group(0)


_POSSESSIVE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)


def of_another_body(ctx: CheckContext, unit: Unit, hit: Hit) -> bool:
    """Is a generic term (one with a generic rendering in the data) said of another body than
    the parent body the termbase means: "the IAEA and its Member States"? The possessive's
    referent is taken to be the nearest body named before it (an acronym or a termbase body)."""
    if hit.form not in _data()["generic"] or not _POSSESSIVE.search(unit.source[:hit.start]):
        return False
    before = unit.source[:hit.start]
    bodies = [(m.start(), m.group(0) == "UN") for m in _ACRONYM.finditer(before)]
    matcher = ctx.matcher(ctx.source_lang)
    bodies += [(h.start, matcher.is_parent_body(h.concept)) for h in ctx.source_hits(unit.source)
               if h.end <= hit.start and ctx.categories.get(h.concept) == "organisation"]
    if not bodies:
        return False
    return not max(bodies)[1]


#: a resolution's paragraph: its subject (the body adopting it) is implicit, the paragraph
#: opens on a verb ("92. Notes the importance", "Referring to", "3. Stresses that")
_RESOLUTION = re.compile(
    r"^(?:\(?[0-9a-z]{1,4}[.)]\s+)?(?:[A-Z][a-z]{2,}(?:es|s|ing)|Having|Bearing|Takes)"
    r"\s+(?:the|that|with|its|also|further|to|upon|on|all|in|note|a|an|States|Member|"
    r"considered|mind|again|once|further|deep|grave|concern)\b")
_NOT_VERBS = frozenset({"This", "Thus", "Its", "Was", "Has", "Does", "Always", "Perhaps",
                        "During", "Following", "Regarding", "Including", "Concerning",
                        "According", "Notwithstanding", "Nothing", "Everything", "Meanwhile",
                        "Whereas", "Unless", "Besides", "Members", "Ministers", "Others"})
#: bodies that adopt resolutions and decisions, by the head noun of their English name
_DELIBERATIVE = re.compile(r"\b(?:Assembly|Council|Conference|Commission|Committee|Board)$")


def named_by_pronoun(ctx: CheckContext, unit: Unit, hit: Hit) -> bool:
    """Is the body (an assembly, a council...) named in a resolution's paragraph, and does the
    translation refer to something by a third-person pronoun where it does not name it? The
    body adopting a resolution is its paragraphs' subject; French resolutions of the General
    Assembly say «comme elle l'a demandé» for "as mandated by the General Assembly"."""
    pronouns = _data()["pronouns"].get(unit.lang)
    if not pronouns or ctx.categories.get(hit.concept) != "organisation":
        return False
    if not _DELIBERATIVE.search(hit.form):
        return False
    opening = _RESOLUTION.match(unit.source)
    if opening is None or opening.group(0).split()[-2] in _NOT_VERBS:
        return False
    return _word_pattern(tuple(pronouns)).search(unit.target) is not None


_TO_THE = re.compile(r"\b(?:to|at)\s+the\s+$")


def complement_of_title(ctx: CheckContext, unit: Unit, hit: Hit) -> bool:
    """Is the parent body the complement of a title the translation carries ("Permanent
    Representative of Peru to the United Nations" -> «Représentant permanent du Pérou», as a
    letter's signature block often reads)? The title names the post at the body."""
    if not _TO_THE.search(unit.source[:hit.start]):
        return False
    if not ctx.matcher(ctx.source_lang).is_parent_body(hit.concept):
        return False
    titles = {h.concept for h in ctx.source_hits(unit.source)
              if h.end <= hit.start and ctx.categories.get(h.concept) == "title"}
    return bool(titles) and any(h.concept in titles
                                for h in ctx.matcher(unit.lang).find(unit.target))


_NAME_WORD = r"(?:[A-Z][\w'-]*|and|for|on|of|the|in)"
_LONGER_NAME = re.compile(rf"[A-Z][\w'-]*(?:\s+{_NAME_WORD})*\s+of\s+the\s+$")
_PAIRED = re.compile(r"\s*\(([A-Z][A-Za-z0-9-]{1,9})\)")
_TARGET_PAIR = re.compile(r"[(（][^()（）]{1,25}[)）]")


def inside_paired_name(ctx: CheckContext, unit: Unit, hit: Hit) -> bool:
    """Is the parent body the tail of a longer name that the source pairs with its own acronym
    ("Food and Agriculture Organization of the United Nations (FAO)"), and does the
    translation give a short form in parentheses too? Then the longer body is named
    («منظمة الأغذية والزراعة (الفاو)»), often without its parent body."""
    if not ctx.matcher(ctx.source_lang).is_parent_body(hit.concept):
        return False
    pair = _PAIRED.match(unit.source, hit.end)
    if pair is None or pair.group(1) in ("UN", "ONU", "OON"):
        return False
    return bool(_LONGER_NAME.search(unit.source[:hit.start])) and bool(
        _TARGET_PAIR.search(unit.target))
