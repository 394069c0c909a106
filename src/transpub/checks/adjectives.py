"""A term said by the adjective made on it (used by TP101 and TP102): "the President's Cabinet"
is «le Cabinet présidentiel», «президентский кабинет», «مجلس الوزراء الرئاسي»; "the New York
Office" is «Нью-Йоркское отделение». Real UN translators write so (lines 2,501-3,000 of the UN
Parallel Corpus test set), and the near-miss search took «президентской» for a misspelling.

An adjective counts for any mention of the source ("statements of its President" is
«déclarations présidentielles», lines 3,501-4,000), but only ever turns an error into info: the
checker cannot tell an adjective of the title from an unrelated word of the same stem as surely
as it finds the term itself. A person's name makes no adjective.
"""

from __future__ import annotations

import re

from transpub.checks.context import CheckContext, Unit
from transpub.terms import fold

#: what follows a noun's stem to make its adjective, per language: présidentiel, presidencial,
#: президентский (every case and gender), ministériel. French and Spanish allow up to two
#: letters of the stem changed or added before it (président -> présidenti-el, presidente ->
#: presiden-c-ial, ministre -> ministé-r-iel).
_SUFFIX = {
    "fr": re.compile(r"[^\W\d_]{0,2}(?:i?el(?:le)?s?|al(?:e|es)?|aux|ien(?:ne)?s?|ais(?:es?)?|"
                     r"ois(?:es?)?|ain(?:e)?s?|iques?|i[eè]re?s?)"),
    "es": re.compile(r"[^\W\d_]{0,2}(?:i?al(?:es)?|an[oa]s?|enses?|ic[oa]s?|in[oa]s?|"
                     r"[eé]s(?:[ae]s?)?)"),
    "ru": re.compile(r"(?:ск|цк|н)(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ого|его|ому|ему|им|ым|ом|"
                     r"ем|ую|юю|ей|их|ых|ими|ыми)"),
}
#: the Arabic relative adjective (nisba): رئاسي، الرئاسية، نيويوركيين
_AR_NISBA = re.compile(r"(?:ي|ية|يه|يين|يون|يات|يتين|يتان|يان)$")
_AR_CLITICS = re.compile(r"^(?:[وف]?[بلك]?ال|[وف]?لل)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def adjectives(ctx: CheckContext, unit: Unit, concept_id: str) -> list[str]:
    """The translation's words that are adjectives made on one of the concept's one-word forms
    (none in Chinese or Japanese, which qualify with the noun itself)."""
    base = unit.lang.split("_")[0].split("-")[0]
    if base not in _SUFFIX and base != "ar":
        return []
    concept = ctx.matcher(unit.lang).concepts.get(concept_id)
    if concept is None:
        return []
    forms = {fold(t.text, unit.lang).casefold() for t in concept.forms(unit.lang)}
    # (a name of two words makes its adjective with a hyphen: "New York" is «new-yorkais»)
    forms = {f.replace(" ", "-") for f in forms if f.count(" ") <= 1 and len(f) >= 4}
    if not forms:
        return []
    return made_words(fold(unit.target, unit.lang), forms, base)


def made_words(text: str, forms: set[str], base: str) -> list[str]:
    """The words of ``text`` that ``_made_on`` one of ``forms`` (case-folded) in language
    ``base``, in order."""
    # the beginnings (the endings in Arabic) a word made on one of the forms must have, tested
    # at C speed before ``_made_on`` is (a necessary condition: the same words come out)
    wanted = _AR_ENDINGS if base == "ar" else _prefixes(forms, base)
    if not wanted:
        return []
    test = str.endswith if base == "ar" else str.startswith
    return [word for word in _WORD.findall(text)
            if test(folded := word.casefold(), wanted)
            and any(_made_on(folded, form, base) for form in forms)]


#: the relative endings of ``_AR_NISBA``, for ``str.endswith``
_AR_ENDINGS = ("ي", "ية", "يه", "يين", "يون", "يات", "يتين", "يتان", "يان")


def _prefixes(forms: set[str], base: str) -> tuple[str, ...]:
    """What a word must start with to be made on one of ``forms`` by ``_made_on``: the Russian
    stem, or the first ``max(4, len(stem) - 1)`` letters of a French or Spanish one (a form
    whose stem is shorter than that makes no adjective)."""
    if base == "ru":
        return tuple(form.rstrip("аяоеьйы") for form in forms)
    out = []
    for form in forms:
        stem = form[:-1] if form[-1] in "aeo" else form
        need = max(4, len(stem) - 1)
        if len(stem) >= need:
            out.append(stem[:need])
    return tuple(out)


def _made_on(word: str, form: str, base: str) -> bool:
    if word == form:
        return False
    if base == "ar":
        return _arabic_nisba(word, form)
    if base == "ru":
        stem = form.rstrip("аяоеьйы")
        return word.startswith(stem) and _SUFFIX["ru"].fullmatch(word, len(stem)) is not None
    stem = form[:-1] if form[-1] in "aeo" else form
    shared = 0
    for a, b in zip(word, stem, strict=False):
        if a != b:
            break
        shared += 1
    return (shared >= max(4, len(stem) - 1)
            and _SUFFIX[base].fullmatch(word, shared) is not None)


def _arabic_nisba(word: str, form: str) -> bool:
    """رئاسي of رئيس, نيويوركي of نيويورك: the stem (one letter may change: the broken
    pattern of the root) with the relative ending, after the article or a clitic."""
    core = _AR_CLITICS.sub("", word)
    ending = _AR_NISBA.search(core)
    stem = form.removeprefix("ال").rstrip("ةه")
    if ending is None or len(stem) < 3:
        return False
    made = core[:ending.start()]
    if made == stem:
        return True
    return len(made) == len(stem) and sum(a != b for a, b in zip(made, stem, strict=True)) == 1
