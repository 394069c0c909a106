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
from transpub.terms import Hit, fold, form_pattern


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
    if not forms:
        return None
    if (_ACRONYM.search(unit.source) or any(ctx.categories.get(h.concept) == "organisation"
                                            for h in ctx.source_hits(unit.source))) and not (
            _names_own_members(ctx, unit)):
        return None
    found = _word_pattern(tuple(forms)).search(unit.target) if unit.lang != "zh" else next(
        (f for f in forms if f in unit.target), None)
    if found is None:
        return None
    return found if isinstance(found, str) else found.group(0)


def _names_own_members(ctx: CheckContext, unit: Unit) -> bool:
    """Does the source name a body whose Member States are its own (the IAEA, the EU: data
    ``own_members``) and not the parent body (the United Nations, "UN")? Then its Member
    States are that body's: "consultation with Member States … the IAEA Board of Governors"."""
    names = [n for body in _data()["own_members"] for n in body]
    if not _names_body(unit.source, names):
        return False
    matcher = ctx.matcher(ctx.source_lang)
    return not re.search(r"\bUN\b", unit.source) and not any(
        matcher.is_parent_body(h.concept) for h in ctx.source_hits(unit.source))


#: a body's acronym right before the term: "the LCBC Member States"
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{1,9})\s+$")
_POSSESSIVE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)


def of_another_body(ctx: CheckContext, unit: Unit, hit: Hit) -> bool:
    """Is a generic term (one with a generic rendering in the data) said of another body than
    the parent body the termbase means: "the IAEA and its Member States"? The possessive's
    referent is taken to be the nearest body named before it (an acronym or a termbase body)."""
    if hit.form not in _data()["generic"]:
        return False
    before = unit.source[:hit.start]
    named = _ACRONYM_BEFORE.search(before)
    if named is not None:
        return named.group(1) != "UN"  # "the LCBC Member States": the Commission's members
    if not _POSSESSIVE.search(before):
        return False
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


#: a sentence's opening: its paragraph number, then "The" (a name as the sentence's subject)
_SOURCE_OPENING = re.compile(r"(?:\(?[0-9a-z]{1,4}[.)]\s+)?(?:The\s+)?")
#: a translation opening on a third-person subject pronoun, by language
_SUBJECT_PRONOUN = {
    "fr": re.compile(r"(?:\(?[0-9a-z]{1,4}[.)]\s+)?(?:Elle|Il|Elles|Ils)\s"),
    "ru": re.compile(r"(?:\(?[0-9a-z]{1,4}[.)]\s+)?(?:Она|Он|Оно|Они)\s"),
    "zh": re.compile(r"(?:\(?[0-9a-z]{1,4}[.)]\s*)?(?:它|其|他|她|该组织)"),
}


def opened_by_pronoun(ctx: CheckContext, unit: Unit, hit: Hit) -> bool:
    """Does the source open on the name as its subject ("The United Nations will have to
    continue…") and the translation on a subject pronoun («Elle devra continuer…», «Она…»)?
    The sentence before named it; the translator refers back, which the checker cannot
    follow."""
    pattern = _SUBJECT_PRONOUN.get(unit.lang.split("_")[0])
    if pattern is None or ctx.categories.get(hit.concept) not in ("organisation", "title"):
        return False
    opening = _SOURCE_OPENING.match(unit.source)
    if opening is None or opening.end() != hit.start:
        return False
    return pattern.match(unit.target) is not None


def person_referred_to(ctx: CheckContext, unit: Unit, hit: Hit) -> str | None:
    """How the translation refers to a person the source names again by the surname alone
    ("…,” Ms. Okai said."), where it names no one with an honorific: a pronoun («a-t-elle
    déclaré», «— заявила она», «她说»), a verb of saying without its subject («afirmó»,
    «وقالت»), or a title beyond the source's («a déclaré la Sous-Secrétaire générale»).
    Translators avoid repeating a name; the checker cannot tell whom the words refer to. None
    otherwise (and for a person the source names in full: a first mention)."""
    if hit.status != "derived" or ctx.categories.get(hit.concept) != "person":
        return None
    from transpub.checks.honorifics import _honorifics, referred_to, title_beyond_source

    if _honorifics[unit.target, unit.lang]:
        return None  # the translation names someone with an honorific: another person

    title = title_beyond_source(unit.source, unit.target, unit.lang)
    if title is not None:
        return f"a title, «{title}»"
    word = referred_to(unit.source, unit.target, unit.lang, hit.start)
    return f"«{word}»" if word is not None else None


def named_as_the_latter(ctx: CheckContext, unit: Unit, hit: Hit) -> bool:
    """Does the translation refer to a person, or a person by the title, as "the latter" («ce
    dernier», «este último», «последнему», «هذا الأخير», 后者) where the source repeats the
    name? Translators do so for someone named in the sentence before; the checker cannot tell
    whom the words refer to."""
    words = _data()["latter"].get(unit.lang.split("_")[0])
    if not words or ctx.categories.get(hit.concept) not in ("person", "title"):
        return False
    if unit.lang.startswith(("zh", "ja")):
        return any(w in unit.target for w in words)
    return _word_pattern(tuple(words)).search(unit.target.lower()) is not None


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
#: the rest of a name after the parent body (it opens on a capitalised word: "… High
#: Commissioner for Refugees"; "the United Nations and the EU (…)" is no longer name), then
#: the acronym the source pairs with the whole name
_PAIRED = re.compile(
    rf"((?:\s+[A-Z][\w'-]*(?:,?\s+{_NAME_WORD})*)?)\s*\(([A-Z][A-Za-z0-9-]{{1,9}})\)")
_TARGET_PAIR = re.compile(r"[(（][^()（）]{1,25}[)）]")


def inside_paired_name(ctx: CheckContext, unit: Unit, hit: Hit) -> bool:
    """Is the parent body part of a longer name that the source pairs with its own acronym
    ("Food and Agriculture Organization of the United Nations (FAO)", "Office of the United
    Nations High Commissioner for Refugees (UNHCR)"), and does the translation give a short
    form in parentheses too? Then the longer body is named («منظمة الأغذية والزراعة (الفاو)»,
    «Управление Верховного комиссара по делам беженцев (УВКБ)»), often without its parent
    body."""
    if not ctx.matcher(ctx.source_lang).is_parent_body(hit.concept):
        return False
    pair = _PAIRED.match(unit.source, hit.end)
    if pair is None or pair.group(2) in ("UN", "ONU", "OON"):
        return False
    longer = bool(pair.group(1)) or bool(_LONGER_NAME.search(unit.source[:hit.start]))
    # the translation names the longer body by a short form in parentheses, or by the very
    # acronym the source pairs with it («la Conférence mondiale de l'UNESCO» for "the United
    # Nations Educational, Scientific and Cultural Organization (UNESCO) World Conference")
    acronym = re.search(rf"(?<!\w){re.escape(pair.group(2))}(?!\w)", unit.target)
    return longer and bool(_TARGET_PAIR.search(unit.target) or acronym)


#: a capitalised word written before a title, making another title of it: "the Managing
#: Director of the IMF" (its head, «总裁», «Directeur général»), "the Regional Director", "the
#: Associate Administrator". Not a determiner, nor what leaves the post the same ("the Acting
#: Director" is the Director), nor an acronym ("the UNOCT Director": the Director of UNOCT)
_QUALIFIER = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)\s+$")
_SAME_POST = frozenset((
    "The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our",
    "Your", "My", "Acting", "Interim", "Former", "Then", "New", "Outgoing", "Incoming",
    "Current", "Mr", "Mrs", "Ms", "Dr", "Madam", "Madame", "Mister", "Dear", "As", "If",
    "When", "Both", "Each", "Every", "Any", "No", "Other", "Such", "Whose", "Which", "And",
    "Or", "Of", "To", "For", "By", "With", "From", "On", "In", "At"))


def longer_title(ctx: CheckContext, unit: Unit, hit: Hit) -> str | None:
    """The longer title every source mention of a one-word title is part of ("Managing
    Director", when the termbase has only "Director"): the termbase does not know that post,
    so its rendering of the title is not asked of it. None when a mention stands alone."""
    if ctx.categories.get(hit.concept) != "title" or " " in hit.form:
        return None
    longer = None
    for mention in (h for h in ctx.source_hits(unit.source) if h.concept == hit.concept):
        qualifier = _QUALIFIER.search(unit.source, max(0, mention.start - 24), mention.start)
        if qualifier is None or qualifier.group(1) in _SAME_POST or _demonym(qualifier[1]):
            return None
        longer = longer or f"{qualifier.group(1)} {mention.form}"
    return longer


def _demonym(word: str) -> bool:
    """"Ukrainian", "French", "US": a country's word before a title names whose post it is
    ("Ukrainian President Zelensky"), not another post."""
    from transpub.namefind import said_in

    return bool(said_in(word))


#: a proper name's qualifier that makes no other body of a termbase body: its parent's name
#: ("United Nations General Assembly") or an ordinal ("the Seventy-eighth General Assembly")
_SAME_BODY = re.compile(r"Nations|United|Organization|(?:[A-Z][a-z]+-)?[A-Za-z]*(?:[Ff]irst|"
                        r"[Ss]econd|[Tt]hird|fth|[^e]th|lfth|ieth)")
#: capitalised words before a body's name that make no other body: quantifiers ("All United
#: Nations Member States"), a sentence's opening adverbs and prepositions ("Today General
#: Assembly…", "Under General Assembly resolution…")
_NO_QUALIFIER = frozenset((
    "All", "Some", "Many", "Most", "Several", "Few", "Only", "Non", "Today", "Yesterday",
    "Tomorrow", "Now", "Also", "Then", "Here", "There", "Thus", "Meanwhile", "However",
    "Under", "Over", "About", "Before", "After", "Since", "Where", "While", "Through",
    "Between", "Among", "Against", "Without", "Within", "Across", "Including", "Following",
    "During", "Like", "Unlike", "Via", "Per", "Upon", "Toward", "Towards", "Despite",
    "Beyond", "Whether", "Recent", "Last", "Next", "Previous", "Future", "Past", "Joint",
    "Two", "Three", "Four", "Five", "Relevant", "Subsequent", "Successive", "Both",
    "Various", "Numerous", "Certain", "Fellow", "Respective", "Related"))
#: a possessive before a body's name: "Virginia's General Assembly"
_POSSESSOR = re.compile(r"(?<![\w-])([A-Z][a-z]+)['’]s\s+$")


def longer_body(ctx: CheckContext, unit: Unit, hit: Hit) -> str | None:
    """The longer name every source mention of an organisation is part of, a place or a
    people before it ("the Virginia General Assembly", "the Iraqi National Security Council",
    "Kenya's Human Rights Council"): another body than the termbase's, which a translation
    names as that body is named («弗吉尼亚州议会», a state's legislature). None when a mention
    stands alone, or after a determiner, its parent's name or an ordinal."""
    if ctx.categories.get(hit.concept) != "organisation":
        return None
    longer = None
    for mention in (h for h in ctx.source_hits(unit.source) if h.concept == hit.concept):
        start = max(0, mention.start - 24)
        qualifier = (_QUALIFIER.search(unit.source, start, mention.start)
                     or _POSSESSOR.search(unit.source, start, mention.start))
        if qualifier is None or qualifier.group(1) in _SAME_POST or qualifier.group(1) in (
                _NO_QUALIFIER) or _SAME_BODY.fullmatch(qualifier.group(1)):
            return None
        longer = longer or unit.source[qualifier.start(1):mention.end]
    return longer


# -- what UN usage names otherwise (data: renderings, heads, split, name_heads) -------------

@cache
def _pattern(form: str, lang: str, not_before: str = "") -> re.Pattern[str]:
    if "…" in form:
        # a Chinese title with its complement inside: 常驻…代表 (not across a clause, and not
        # a longer word: 常驻…代表团 is a mission)
        first, rest = form.split("…", 1)
        tail = f"(?![{re.escape(not_before)}])" if not_before else ""
        return re.compile(re.escape(first) + r"[^，。；：！？,;:!?\n]{1,40}?" + re.escape(rest)
                          + tail)
    return form_pattern(form, lang)


def _english(ctx: CheckContext, hit: Hit) -> list[str]:
    """The source term as found and the termbase's source-language forms of its concept."""
    concept = ctx.matcher(ctx.source_lang).concepts.get(hit.concept)
    forms = [hit.form] + ([t.text for t in concept.forms(ctx.source_lang)] if concept else [])
    return list(dict.fromkeys(forms))


def _mentions(forms: list[str], unit: Unit, taken: list[tuple[int, int]],
              not_before: str = "") -> int:
    """Non-overlapping mentions of ``forms`` in the translation, not inside a longer one of the
    ``taken`` spans (the termbase's own matches: 主任 of 执行主任 is another title)."""
    text = fold(unit.target, unit.lang)
    spans: list[tuple[int, int]] = []
    for form in forms:
        for match in _pattern(form, unit.lang, not_before).finditer(text):
            start, end = match.span()
            if not any(s < end and start < e for s, e in spans) and not any(
                    s <= start and end <= e and e - s > end - start for s, e in taken):
                spans.append((start, end))
    return len(spans)


def _names_body(source: str, names: list[str]) -> bool:
    return _word_pattern(tuple(names)).search(source) is not None


def rendered_otherwise(ctx: CheckContext, unit: Unit, hit: Hit, have: int,
                       wanted: int) -> str | None:
    """Why the translation's other renderings of a term may make up for it (the entry's
    ``why``), when UN usage gives the term another form that the checker cannot judge: the
    rank of a unit («处长» for a Director), the body («Директор-исполнитель» of a fund,
    UNICEF's «Directeur général»), another title of the same person («le Chef de l'État»),
    the States concerned. None when the other renderings do not make up the count."""
    data = _data()
    english = _english(ctx, hit)
    taken = [(h.start, h.end) for h in ctx.matcher(unit.lang).find(unit.target)]
    entries = [entry for e in english for entry in data["renderings"].get(e, ())]
    entries += [h for h in data["heads"] if h["title"] in english
                and _names_body(unit.source, h["body"])]
    for entry in entries:
        forms = entry.get(unit.lang)
        if forms and have + _mentions(forms, unit, taken) >= wanted:
            why: str = entry["why"]
            return why
    return None


def counted_mentions(ctx: CheckContext, unit: Unit, hit: Hit, target_hits: list[Hit]) -> int:
    """Mentions of the term in forms of UN usage that are the term itself: a title written
    around its complement (孟加拉国常驻…代表 for 常驻代表: Chinese puts "to the United Nations
    Office at Geneva" inside the title; data ``split``), a short form of press usage («联大»,
    «Генассамблея»; data ``short``)."""
    data = _data()
    entries = [table[e] for table in (data["split"], data["short"]) for e in _english(ctx, hit)
               if unit.lang in table.get(e, {})]
    taken = [(h.start, h.end) for h in target_hits if h.concept == hit.concept]
    return sum(_mentions(entry[unit.lang], unit, taken, entry.get("not_before", ""))
               for entry in entries)


_RUN_AFTER = re.compile(r"(?:[ \u00a0]+[A-Z][\w'’-]*)+")
_HEAD_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s+of\s+the\s+$")


def named_by_its_head(ctx: CheckContext, unit: Unit, hit: Hit) -> str | None:
    """The head noun by which the translation names every longer name the parent body is
    part of in the source, or None: "United Nations Mine Action Service" → «Service de la
    lutte antimines», "United Nations Headquarters" → «总部», "the United Nations
    Secretary-General" → «le Secrétaire général». The head is a noun of the data
    (``name_heads``) or a termbase term that the translation carries; a name whose head the
    translation does not render ("United Nations Television", "the secretariat of the United
    Nations Framework Convention" with no «Convention») is still missing."""
    matcher = ctx.matcher(ctx.source_lang)
    if not matcher.is_parent_body(hit.concept):
        return None
    heads = _data()["name_heads"]
    source_hits = ctx.source_hits(unit.source)
    carried = {h.concept for h in ctx.matcher(unit.lang).find(unit.target)}
    found = ""
    for mention in (h for h in source_hits if h.concept == hit.concept):
        run = _RUN_AFTER.match(unit.source, mention.end)
        words = run.group(0).split() if run else []
        before = _HEAD_BEFORE.search(unit.source[:mention.start])
        # the head is the name's last noun, or inside the run when a name follows ("the
        # United Nations Secretary-General Ban Ki-moon"): every word and pair of words
        candidates = [" ".join(words[i:i + 2]) for i in range(len(words) - 1)] + words
        candidates += [before.group(1)] if before else []
        rendered = next((head for head in candidates if head in heads and _mentions(
            list(heads[head].get(unit.lang, ())), unit, []) > 0), None)
        if rendered is None and run is not None:
            # a termbase term right after the parent body, carried by the translation: "the
            # United Nations Member States" → «les États Membres»
            rendered = next((h.form for h in source_hits if h.start == mention.end + len(
                run.group(0)) - len(run.group(0).lstrip()) and h.concept in carried), None)
        if rendered is None:
            return None
        found = rendered
    return found or None
