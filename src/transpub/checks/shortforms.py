"""Short forms of bodies that a termbase of full names leaves out, derived from the termbase and
the text (used by TP101): the name without its parent body or generic head, its initials, a
short form the translation defines as "Full Name (ACRONYM)", the source's acronym, the head
noun. They only ever count a mention as present; see README, "The termbase"."""

from __future__ import annotations

import re
from collections.abc import Container

from transpub.checks.context import CheckContext, Unit
from transpub.terms import Hit, fold, form_pattern

_PAIR = re.compile(r"\s*[(（]\s*([^()（）\s][^()（）]{0,24}?)\s*[)）]")
_ACRONYM = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ0-9&.-]{1,9}")


def _defined_short_forms(ctx: CheckContext, lang: str) -> dict[str, set[str]]:
    """Short forms the translation itself defines, anywhere in the file: "Контртеррористическое
    управление Организации Объединенных Наций (КТУ ООН)" makes «КТУ ООН» a name of UNOCT."""
    # the entry holds the document it was made from and is used for that very tuple only (a
    # key of id(document) matched a later document given a dead one's id: its short forms)
    key = ("short-forms", lang)
    held: tuple[tuple[Unit, ...], dict[str, set[str]]] | None = ctx.near_cache.get(key)
    if held is not None and held[0] is ctx.document:
        return held[1]
    matcher = ctx.matcher(lang)
    out: dict[str, set[str]] = {}
    for unit in ctx.document:
        if unit.lang != lang or ("(" not in unit.target and "（" not in unit.target):
            continue
        text = fold(unit.target, lang)
        for hit in matcher.find(unit.target):
            pair = _PAIR.match(text, hit.end)
            if pair and ctx.categories.get(hit.concept) == "organisation":
                out.setdefault(hit.concept, set()).add(pair.group(1))
    ctx.near_cache[key] = (ctx.document, out)
    return out


def _source_acronyms(ctx: CheckContext, unit: Unit, concept_id: str) -> set[str]:
    """The source's own acronyms for a body: a termbase acronym it uses, or "Name (ACRONYM)"."""
    out: set[str] = set()
    for hit in ctx.source_hits(unit.source):
        if hit.concept != concept_id:
            continue
        if _ACRONYM.fullmatch(hit.form):
            out.add(hit.form)
        pair = _PAIR.match(unit.source, hit.end)
        if pair and _ACRONYM.fullmatch(pair.group(1)):
            out.add(pair.group(1))
    return out


def short_mentions(ctx: CheckContext, unit: Unit, concept_id: str, target_hits: list[Hit]) -> int:
    """Mentions of a body by a short form the termbase does not list: its initials («ООН»,
    «ВОЗ», «OMS»); and where the source itself shortens the name, a short form the translation
    defines in this file, the source's acronym kept as is (l'UNOCT) or the head noun."""
    matcher = ctx.matcher(unit.lang)
    text = fold(unit.target, unit.lang)
    # the name without its parent body or generic head: «народы Объединенных Наций»
    patterns = [f.pattern for f in matcher.derived_forms(concept_id)]
    members = 0
    if _members_of(ctx, unit, concept_id) and unit.lang.split("_")[0] in _MEMBER:
        # "a Member of the United Nations" is «أي عضو», «tout Membre»: membership names it,
        # inside the Member States' own name too ("the States Members of the United Nations"
        # are «les États Membres»), which other short forms may not lie in
        members = len(_MEMBER[unit.lang.split("_")[0]].findall(text))
    terms = [t.text for t in matcher.concepts[concept_id].forms(unit.lang)]
    cjk = unit.lang.startswith(("zh", "ja"))
    shortened = not any(h.concept == concept_id and h.status != "derived"
                        and not _ACRONYM.fullmatch(h.form) for h in ctx.source_hits(unit.source))
    # every other concept's forms (a lookup the matcher keeps, not a set built per call)
    others = matcher.forms_of_others(concept_id)
    if not terms or _lists_acronym(terms, cjk):
        # the termbase gives this language's acronym: nothing more to derive but, where the
        # source says only "UNODC", the head noun of the one full name («l'Office»)
        if shortened and not cjk:
            names = [t for t in terms if len(t.split()) >= 2]
            patterns += [form_pattern(h, unit.lang) for h in _heads(names, unit.lang, others)]
        return members + _count_new(patterns, text, target_hits)
    forms = {i for i in (initialism(t, unit.lang) for t in terms)
             if i and i.casefold() not in others}
    heads: set[str] = set()
    if shortened:
        # the source shortens the name here, so may the translation
        defined = {f for f in _defined_short_forms(ctx, unit.lang).get(concept_id, set())
                   if fold(f, unit.lang).casefold() not in others}  # not (MONUSCO) for MINUSMA
        forms |= defined
        if _latin(unit.target) and not defined:
            # l'UNOCT, la UNOCT; not when the translation defines its own acronym (PNUE), and
            # never a Latin acronym in Arabic or Chinese
            forms |= _source_acronyms(ctx, unit, concept_id)
        if not cjk and len(terms) == 1:
            # the head noun: «le Bureau», «المديرية التنفيذية», «Управление»
            heads = _heads(terms, unit.lang, others)
    for short in forms | set(terms):
        # the adjective of the acronym: «la partie onusienne» (the United Nations side)
        adjective = _ADJECTIVES.get(unit.lang.split("_")[0], {}).get(short)
        if adjective:
            patterns.append(re.compile(r"(?<!\w)" + adjective + r"(?!\w)", re.IGNORECASE))
    patterns += [re.compile(re.escape(fold(f, unit.lang)) if cjk else
                            r"(?<![^\W\d_])" + re.escape(fold(f, unit.lang)) + r"(?![^\W\d_])")
                 for f in sorted(forms, key=len, reverse=True)]
    patterns += [form_pattern(h, unit.lang) for h in heads]
    return members + _count_new(patterns, text, target_hits)


#: adjectives formed on a body's acronym, per language (the acronym as the termbase gives it or
#: as its initials make it)
_ADJECTIVES = {"fr": {"ONU": r"onusien(?:ne)?s?"},
               # «ооновскими учреждениями» (United Nations agencies), in every case
               "ru": {"ООН": r"ооновск(?:ий|ая|ое|ие|ого|ому|им|ом|ой|ую|их|ими)"}}
_MEMBERS_OF = re.compile(r"\bMembers?\s+of\s+(?:the\s+)?$")
#: the word for a Member (of a body), in the form it takes before or after the body's name
_MEMBER = {
    "ar": re.compile(r"(?<!\w)(?:[وفبلك]?(?:ال|لل)?)(?:عضو|أعضاء|اعضاء|عضوا)(?:ها|هم)?(?!\w)"),
    "fr": re.compile(r"(?<!\w)Membres?(?!\w)"),
    "es": re.compile(r"(?<!\w)Miembros?(?!\w)"),
    "ru": re.compile(r"(?<!\w)[Чч]лен[а-я]{0,3}(?!\w)"),
    "zh": re.compile(r"会员国?"),
}


def _members_of(ctx: CheckContext, unit: Unit, concept_id: str) -> bool:
    """Does the source name the body only as what its Members are Members of?"""
    hits = [h for h in ctx.source_hits(unit.source) if h.concept == concept_id]
    return bool(hits) and all(_MEMBERS_OF.search(unit.source[max(0, h.start - 20):h.start])
                              for h in hits)


def _heads(names: list[str], lang: str, others: Container[str]) -> set[str]:
    """The head noun of the one multi-word name, unless it names another concept."""
    if len(names) != 1:
        return set()
    return {t.split()[0] for t in names if len(t.split()) >= 2 and len(t.split()[0]) >= 4
            and fold(t.split()[0], lang).casefold() not in others}


#: a Russian adjective in the nominative, which comes before the head noun of a name
#: («Генеральная Ассамблея», «Контртеррористическое управление»)
_RU_ADJECTIVE = re.compile(r"[^\W\d_]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)")


def head_noun(term: str, lang: str) -> str | None:
    """The head noun of a name of two words or more: the first word, but in Russian the first
    after the adjectives before it (the Генеральная of «Генеральная Ассамблея» is not it)."""
    words = fold(term, lang).split()
    if len(words) < 2:
        return None
    if lang.split("_")[0] == "ru":
        words = [w for w in words if not _RU_ADJECTIVE.fullmatch(w)] or words
    return words[0]


def capitalised_head(ctx: CheckContext, unit: Unit, concept_id: str) -> str | None:
    """The head noun of the body's one multi-word name, as the name capitalises it («Assemblée»
    of «Assemblée générale», «Ассамблея», «Asamblea»; in Arabic the head with the article,
    «الجمعية»), if the translation has it, standing alone and naming no other concept; else
    None. Not in Chinese or Japanese, whose short forms are the termbase's own."""
    base = unit.lang.split("_")[0]
    if base in ("zh", "ja"):
        return None
    matcher = ctx.matcher(unit.lang)
    names = [t.text for t in matcher.concepts[concept_id].forms(unit.lang)
             if len(t.text.split()) >= 2]
    heads = {h for h in (head_noun(n, unit.lang) for n in names) if h and len(h) >= 4}
    if len(heads) != 1:
        return None
    head = heads.pop()
    others = matcher.forms_of_others(concept_id)
    if base == "ar":
        head = head if head.startswith("ال") else "ال" + head
        pattern = re.compile(r"(?<!\w)[وفبلك]?" + re.escape(head) + r"(?!\w)")
    elif head[:1].isupper():
        pattern = re.compile(r"(?<![\w-])" + re.escape(head) + r"(?![\w-])")
    else:
        return None  # «управление», «programa»: a common noun, no name
    if fold(head, unit.lang).casefold() in others:
        return None
    text = fold(unit.target, unit.lang)
    taken = [(h.start, h.end) for h in matcher.find(unit.target)]
    for match in pattern.finditer(text):
        if not any(s <= match.start() < e for s, e in taken) and _ends_name(
                text, match.end(), base):
            return head
    return None


#: words after which no name goes on: a verb, a conjunction, a pronoun or a preposition that
#: starts no complement of a body's name («l'Assemblée a décidé», «de l'Assemblée sur la
#: question»); after any other word the head may begin another body's name («l'Organisation
#: mondiale de la Santé», «le Fonds des Nations Unies pour l'enfance»), which is an error
_NAME_ENDS = {
    "fr": frozenset("a ont avait avaient aura auront est sont était sera seront qui que qu et ou "
                    "ne n se s y lui leur l le la les en à au aux dans sur lors pendant par avec "
                    "après avant".split()),
    "es": frozenset("ha han había habían habrá es son era será que y o no se le les lo la los en "
                    "a al con sobre durante mediante tras ante".split()),
    "ru": frozenset("и или в во на с со не уже также тоже же а но которая который которое "
                    "которые".split()),
}
#: a verb's finite forms, after which no name goes on: «la Asamblea decidió», «l'Assemblée
#: décidait», «Ассамблея постановила»
_VERB_ENDS = {
    "fr": re.compile(r".+(?:ait|aient|èrent|era|eront|ira|iront)"),
    "es": re.compile(r".+(?:ó|aron|ieron|ará|erá|irá|arán|erán|irán|aba|aban|ía|ían)"),
    "ru": re.compile(r".+(?:ла|ло|ли|ет|ит|ют|ят)"),
}
_NEXT = re.compile(r"\s*(?:([^\W\d_]+)|(.|$))", re.DOTALL)


def _ends_name(text: str, end: int, base: str) -> bool:
    """Does the body's name end at ``end``: punctuation or the text's end next, a word of
    ``_NAME_ENDS``, or in Arabic a word without the article (not an adjective or a noun of
    another name: «الجمعية العالمية»)?"""
    after = _NEXT.match(text, end)
    if after is None or after.group(1) is None:
        return True
    word = after.group(1)
    if base == "ar":
        return not word.startswith(("ال", "لل"))
    verb = _VERB_ENDS.get(base)
    return word in _NAME_ENDS.get(base, frozenset()) or (
        verb is not None and word.islower() and verb.fullmatch(word) is not None)


def _count_new(patterns: list[re.Pattern[str]], text: str, target_hits: list[Hit]) -> int:
    """Matches of ``patterns`` outside the mentions already counted."""
    taken = [(h.start, h.end) for h in target_hits]
    spans: list[tuple[int, int]] = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            span = (match.start(), match.end())
            if not any(s <= span[0] and span[1] <= e for s, e in taken + spans):
                spans.append(span)
    return len(spans)


#: Words an initialism leaves out: «Organisation mondiale de la Santé» -> OMS.
_FUNCTION_WORDS = frozenset(
    "de des du la le les l d et pour sur en contre à au aux the of for and on in to "
    "del las los el y para sobre contra por con a по и в на для о об с от".split())


def initialism(term: str, lang: str) -> str | None:
    """The initials of a name of two to four words in Latin or Cyrillic script (Организация
    Объединенных Наций -> ООН, Всемирная организация здравоохранения -> ВОЗ), else None."""
    words = [w for w in re.split(r"[\s'’-]+", fold(term, lang))
             if w and w.casefold() not in _FUNCTION_WORDS]
    # a long initialism is a guess (es ONUDD is not UN Spanish: UNODC); short ones are the rule
    if not 2 <= len(words) <= 4 or not all(w[0].isalpha() and w[0] < "\u0530" for w in words):
        return None
    return "".join(w[0].upper() for w in words)


def _latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return sum(c < "\u0250" for c in letters) * 2 > len(letters)


def _lists_acronym(terms: list[str], cjk: bool) -> bool:
    """Does the termbase give this language an acronym (one word, or a short Chinese form)?
    In a cased script a one-word term in lower case («Organisation», «Организация», the
    Organization) is a short form, not the acronym: the initials may still be derived."""
    return any(_ACRONYM.fullmatch(t) or (len(t) <= 5 if cjk else len(t.split()) == 1
                                         and not (t[:1].isupper() and t[1:].islower())
                                         and not t.islower())  # an adjective: «onusien»
               for t in terms)
