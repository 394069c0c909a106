"""The matcher's fast paths equal the plain computations they replace, on generated termbases:
a body's derived short forms (found through the index, not by a pass over every body), the
lookup of other concepts' forms, a concept's forms, and the number analysis done once per
source text."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from transpub.checks import numbers
from transpub.checks.terminology import _NEAR, _deleting, _may_be_near
from transpub.termbase import Concept, Term, Termbase
from transpub.terms import Matcher, _contains, _organisation_short_forms, fold

#: Words the generated names are made of, per language: parent bodies' names among them, so
#: that bodies contain each other (the case derived short forms are about).
_WORDS = {
    "en": ["United Nations", "Office", "of the", "Organization", "Programme", "Counter-Terrorism",
           "Development", "Fund", "for", "Human Rights", "Council", "Children's"],
    "fr": ["Nations Unies", "Bureau", "de l'Organisation des", "Organisation des",
           "Programme", "des", "lutte contre le terrorisme", "Fonds", "pour le développement"],
    "ru": ["Организации Объединенных Наций", "Организация", "Управление", "по", "борьбе",
           "с терроризмом", "Фонд", "развития", "Программа", "государства-члены"],
    "ar": ["الأمم المتحدة", "مكتب", "لمكافحة", "الإرهاب", "برنامج", "صندوق", "للتنمية",
           "منظمة"],
    "zh": ["联合国", "反恐", "办公室", "开发", "计划署", "基金", "儿童", "全球"],
}


def _termbase(draw: st.DrawFn) -> Termbase:
    concepts = []
    for number in range(draw(st.integers(2, 14))):
        terms = {}
        for lang, words in _WORDS.items():
            names = draw(st.lists(st.lists(st.sampled_from(words), min_size=1, max_size=4),
                                  min_size=1, max_size=2))
            sep = "" if lang == "zh" else " "
            terms[lang] = tuple(Term(sep.join(n), draw(st.sampled_from(
                ("preferred", "admitted", "deprecated")))) for n in names)
        category = draw(st.sampled_from(("organisation", "organisation", "title", "person")))
        concepts.append(Concept(f"c{number}", category, terms))
    return Termbase(tuple(concepts))


termbases = st.composite(_termbase)


def _reference_derived(termbase: Termbase, lang: str, concept_id: str) -> list[str]:
    """What Matcher.derived_forms computed before its index: every body tested in turn."""
    concepts = {c.id: c for c in termbase.concepts}
    orgs = [c for c in termbase.concepts if c.category == "organisation"]

    def is_parent(parent: Concept) -> bool:
        count = sum(1 for c in orgs if c is not parent
                    and any(_contains(t.text, parent, lang) for t in c.forms(lang)))
        return count >= 2

    taken = {fold(t.text, lang).casefold() for c in concepts.values()
             for t in c.forms(lang, include_deprecated=True)}
    shorts = _organisation_short_forms(concepts[concept_id], orgs, lang, is_parent)
    return [s for s in shorts if s.casefold() not in taken]


@settings(max_examples=60, deadline=None)
@given(termbase=termbases(), lang=st.sampled_from(sorted(_WORDS)))
def test_fast_lookups_equal_the_plain_ones(termbase: Termbase, lang: str) -> None:
    matcher = Matcher(termbase, lang)
    concepts = {c.id: c for c in termbase.concepts}
    for concept in termbase.concepts:
        cid = concept.id
        assert [f.text for f in matcher.derived_forms(cid)] == _reference_derived(
            termbase, lang, cid)
        assert matcher.forms_of(cid) == tuple(f for f in matcher.forms if f.concept == cid)
        others = {fold(t.text, lang).casefold() for c in concepts.values() if c.id != cid
                  for t in c.forms(lang, include_deprecated=True)}
        fast = matcher.forms_of_others(cid)
        for form in matcher.forms:
            key = fold(form.text, lang).casefold()
            assert (key in fast) == (key in others)
        # the matcher rebuilt from its cached state is the same matcher
        again = Matcher(termbase, lang, state=matcher.state())
        assert [f.text for f in again.derived_forms(cid)] == [
            f.text for f in matcher.derived_forms(cid)]


@settings(max_examples=60, deadline=None)
@given(termbase=termbases(), lang=st.sampled_from(sorted(_WORDS)),
       extra=st.lists(st.text(alphabet="abcé жA-", max_size=12), max_size=5))
def test_index_lookups_equal_the_tables(termbase: Termbase, lang: str, extra: list[str]) -> None:
    """A large termbase's matcher answers ``forms_of_others`` and the forms taken through
    its index (``Matcher.named``) instead of tables of every form: the same answers, for
    every form's key, its other spellings and strings no form has."""
    tables = Matcher(termbase, lang)
    looked_up = Matcher(termbase, lang)
    looked_up.LOOKUP = 0  # what a termbase of more than LOOKUP forms does
    cached = Matcher(termbase, lang, state=tables.state())
    cached.LOOKUP = 0
    if not tables._unique_ids:
        return
    assert looked_up._looked_up() and not tables._looked_up()
    keys = [fold(form.text, lang).casefold() for form in tables.forms]
    queries = keys + [form.text for form in tables.forms] + extra + [k.upper() for k in keys]
    for concept in termbase.concepts:
        cid = concept.id
        want = tables.forms_of_others(cid)
        for matcher in (looked_up, cached):
            got = matcher.forms_of_others(cid)
            assert [q in got for q in queries] == [q in want for q in queries]
            assert [f.text for f in matcher.derived_forms(cid)] == [
                f.text for f in tables.derived_forms(cid)]


_SOURCE = st.sampled_from(["3 p.m.", "2.5 million", "on 5 May 2021", "COVID-19", "1,000",
                           "no number here", "at 10:30", "50 per cent", "G20", "two", "۳"])
_TARGET = st.sampled_from(["15 heures", "2,5 millions", "le 5 mai 2021", "COVID-19", "1 000",
                           "rien", "10 h 30", "la moitié", "deux", "2,5 milliards", "3"])


@settings(max_examples=200, deadline=None)
@given(source=st.lists(_SOURCE, max_size=4).map(" and ".join),
       target=st.lists(_TARGET, max_size=4).map(" et ".join),
       lang=st.sampled_from(["fr", "ru", "ar", "zh", "es"]))
def test_source_numbers_once_equal_the_pairwise_analysis(source: str, target: str,
                                                          lang: str) -> None:
    """Numbers found once per source (and none looked for in a translation whose source has
    none) give the missing and rescaled numbers the full pairwise analysis gives."""
    numbers._compare_numbers.cache_clear()
    missing, _extra, rescaled = numbers._compare_texts(source, "en", target, lang)
    # the analysis as it was: both sides from scratch
    source_skip, target_skip = numbers._skip(source, "en"), numbers._skip(target, lang)
    times = bool(numbers._SOURCE_TIME.search(source))
    source_times = numbers._times(source, "en") if times else []
    target_times = numbers._times(target, lang) if times else []
    source_skip += [(m.start, m.end) for m in source_times]
    target_skip += [(m.start, m.end) for m in target_times]
    src = sorted(source_times + numbers.find_numbers(source, "en", source_skip),
                 key=lambda m: m.start)
    tgt = sorted(target_times + numbers.find_numbers(target, lang, target_skip),
                 key=lambda m: m.start)
    left = list(tgt)
    want_missing = []
    for mention in src:
        found = next((t for t in left if t.values & mention.values), None)
        if found is not None:
            left.remove(found)
        else:
            want_missing.append(mention)
    if want_missing and left and times:
        # (an afternoon time's bare 24-hour hour, «с 18 до 20»: the step after the pairing)
        numbers._hours_bare(want_missing, left, source, "en")
    if want_missing and times and len(left) > 1:
        # (a "7:13" the translation writes as its two numbers, one right after the other)
        numbers._ratio_as_numbers(want_missing, left)
    want_rescaled = [(m, t) for m in want_missing for t in left
                     if t.mantissas & m.mantissas and t.scale != m.scale]
    assert list(missing) == want_missing
    assert list(rescaled) == want_rescaled


_NAMEISH = st.text(alphabet="abcdeovrnk -'жзийлм联合国", max_size=14)


@settings(max_examples=500, deadline=None)
@given(piece=_NAMEISH, wanted=_NAMEISH.filter(lambda w: len(w) >= 4))
def test_near_miss_prefilter_never_drops_a_near_pair(piece: str, wanted: str) -> None:
    ratio = difflib.SequenceMatcher(None, piece, wanted, autojunk=False).ratio()
    if not _may_be_near(piece, wanted, _deleting(wanted)):
        assert ratio < _NEAR
    # and it is no weaker than the bound it replaces in the common case: equal strings pass
    assert _may_be_near(wanted, wanted, _deleting(wanted))
