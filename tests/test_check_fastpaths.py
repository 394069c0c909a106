"""The check's speed-ups give exactly what they replace: the trie form of a word alternation
(``retrie``: the number words, the month names) against the longest-first alternation, on
generated word lists and texts and on the real tables; cached number readings; matchers
shared per termbase; a large termbase kept out of the garbage collector's way; what crosses to
and from check workers pickled as (class, fields)."""

from __future__ import annotations

import gc
import pickle
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from transpub import datefind, numfind, numwords, retrie
from transpub import termbase as termbase_module
from transpub.numwords import _AR_PREFIX, _LETTER_AFTER, _LETTER_BEFORE, number_words
from transpub.picklefast import by_fields
from transpub.termbase import Concept, Term, Termbase, load_termbases
from transpub.terms import Matcher

#: few letters, so that generated words are often prefixes of one another and of the text
_LETTERS = "abé-. ()"


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _found(pattern: str, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group("w")) for m in re.finditer(pattern, text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(_LETTERS, min_size=1, max_size=5), min_size=1, max_size=12),
       st.text(_LETTERS, max_size=40))
def test_trie_matches_as_the_alternation(words: list[str], text: str) -> None:
    # alone, before a lookahead that forces backtracking to a shorter word, and between
    # the word boundaries the number words use
    for before, after in (("", ""), ("", "(?=b)"), (_LETTER_BEFORE, _LETTER_AFTER)):
        plain = before + "(?P<w>" + _plain(words) + ")" + after
        trie = before + "(?P<w>" + retrie.alternation(words) + ")" + after
        assert _found(trie, text) == _found(plain, text)


def test_no_words_match_nothing() -> None:
    assert re.search(retrie.alternation([]), "abc") is None


_TEXTS = {
    "fr": "vingt et un États, deux cent mille personnes, le quatre-vingt-dixième, décennal, "
          "les vingt-cinq, trois cents, un milliard, dix-sept.",
    "es": "veintiún países, doscientos mil, el vigésimo quinto, decenal, mil millones, quince",
    "ru": "до пяти лет, двадцать одного государства, семидесятой сессии, трехсот тысяч, "
          "полтора миллиона, десятилетний, сорок пятого, одиннадцать",
    "ar": "الاثني عشر، خمسة عشر، الرابعة والخمسين بعد المائة، وبثلاثة، للعشرين، مليون",
    "en": "twenty-one States, one hundred and fifty, a thousand, eleven, the seventieth",
}


def test_number_words_pattern_is_the_alternation() -> None:
    for lang, text in _TEXTS.items():
        words = number_words(lang)
        prefix = _AR_PREFIX if lang == "ar" else ""
        plain = re.compile(_LETTER_BEFORE + prefix + "(?P<w>" + _plain(list(words)) + ")"
                           + _LETTER_AFTER)
        fast = numwords._pattern(lang)
        assert fast is not None
        # each text, and every suffix of it: matches starting mid-word as well
        for start in range(len(text)):
            assert _found(fast.pattern, text[start:]) == _found(plain.pattern, text[start:])
        assert _found(fast.pattern, text), lang


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text("aAbſsSkK\u212a", min_size=1, max_size=4), min_size=1, max_size=10),
       st.text("aAbſsSkK\u212a ", max_size=30))
@example(["sa", "ſab"], "sab")  # a trie would try «sa» first, the alternation «ſab»
def test_trie_ignoring_case_matches_as_the_alternation(words: list[str], text: str) -> None:
    # «ſ» matches «s» and «S», the Kelvin sign «k» and «K», ignoring case: such words fall
    # back to the plain alternation
    plain = "(?P<w>" + _plain(words) + ")(?=b|$)"
    trie = "(?P<w>" + retrie.alternation(words, ignorecase=True) + ")(?=b|$)"
    assert [(m.span(), m.group()) for m in re.finditer(trie, text, re.IGNORECASE)] == [
        (m.span(), m.group()) for m in re.finditer(plain, text, re.IGNORECASE)]


def test_dates_found_as_with_the_alternation(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = {
        "en": "On 7-9 December 2020, and from October 2014 until Dec. 5, 2014; SEPT 2019",
        "fr": "Le 1er décembre 2020, du 7 au 9 déc. 2020 et en octobre 2014.",
        "es": "El 5 de setiembre de 2019, y del 7 al 9 de diciembre de 2020; October 5, 2019",
        "ru": "5 декабря 2020 года, в декабре 2019 г., с 7 по 9 мая 2021",
        "ar": "في 12 كانون الأول/ديسمبر 2020، و1 آب/أغسطس 2016 و5 يونيو 2019",
    }
    fast = {lang: datefind._find_dates.__wrapped__(text, lang) for lang, text in texts.items()}
    assert all(fast.values())

    def plain(months: dict[str, int], base: str) -> str:
        single = _plain(list(months))
        if base == "ar":
            space = datefind._OPT_SPACE
            return (f"(?:{single})(?:{space}/{space}(?:{single})"
                    f"|{space}\\({space}(?:{single}){space}\\))?")
        return single

    memos = (datefind._patterns, datefind._lazy_patterns, datefind._gregorian_patterns,
             datefind._hijri_patterns)
    monkeypatch.setattr(datefind, "_alternation", plain)
    for memo in memos:
        memo.cache_clear()
    try:
        longest = "|".join(plain(datefind.month_names("en"), "en").split("|")[:3])
        assert any(longest in lazy.source for lazy, kind in datefind._lazy_patterns("en")
                   if kind == "dmy")  # the plain alternation is in use
        for lang, text in texts.items():
            assert datefind._find_dates.__wrapped__(text, lang) == fast[lang]
    finally:
        for memo in memos:
            memo.cache_clear()


def test_number_readings_cached_as_computed() -> None:
    for lang in ("en", "fr", "es", "ru", "ar", "zh"):
        for raw in ("1,500", "25.000", "2,5", "1 000", "3.14", "2020", "1.234.567,8", "12"):
            assert numfind._readings_of(raw, lang) == frozenset(numfind._readings(raw, lang))


def _tiny_termbase() -> Termbase:
    return Termbase((Concept("un", "organisation", {
        "en": (Term("United Nations", "preferred"),),
        "fr": (Term("Organisation des Nations Unies", "preferred"),)}),))


def test_matchers_shared_per_termbase() -> None:
    first, second = _tiny_termbase(), _tiny_termbase()
    fr = Matcher.cached(first, "fr")
    assert Matcher.cached(first, "fr") is fr  # the run's collection checks reuse it
    other = Matcher.cached(second, "fr")  # another termbase (even an equal one): its own
    assert other is not fr
    text = "Le Secrétaire général de l'Organisation des Nations Unies"
    assert fr.find(text) == other.find(text) == Matcher(first, "fr").find(text)


def test_large_termbase_exempted_from_collection(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    tbx = tmp_path / "tb.csv"
    tbx.write_text("concept,category,lang,term,status\n"
                   "un,organisation,en,United Nations,preferred\n"
                   "un,organisation,fr,Nations Unies,preferred\n"
                   "sc,organisation,en,Security Council,preferred\n", encoding="utf-8")
    gc.unfreeze()
    try:
        monkeypatch.setattr(termbase_module, "LARGE", 5)
        small = load_termbases([tbx])
        assert gc.isenabled() and gc.get_freeze_count() == 0  # a small one: as usual
        monkeypatch.setattr(termbase_module, "LARGE", 1)
        large = load_termbases([tbx])
        assert gc.isenabled() and gc.get_freeze_count() > 0
        assert large == small
    finally:
        gc.unfreeze()


def test_check_sets_the_heap_aside_once_per_context() -> None:
    """The first run_checks of a context collects the garbage and freezes what is left (the
    rest of the run's collections do not walk it again); the findings do not depend on it."""
    from transpub.checks import CheckContext, run_checks, select_codes
    from transpub.checks.context import Unit

    unit = Unit("u1", "fr", "The United Nations met on 5 May 2020.",
                "Les Nations Unies se sont réunies le 5 mai 2021.", "r.po", 3)
    codes = {c for c in select_codes([], []) if c.startswith(("TP1", "TP2", "TP3"))}
    termbase = load_termbases([Path(__file__).parent.parent / "locales" / "termbase.tbx"])
    gc.unfreeze()
    try:
        ctx = CheckContext(termbase)
        first = run_checks(ctx, [unit], codes)
        assert ctx.settled and gc.isenabled() and gc.get_freeze_count() > 0
        again = run_checks(ctx, [unit], codes)
        gc.unfreeze()
        assert run_checks(CheckContext(termbase), [unit], codes) == first == again
        assert [f.code for f in first] == ["TP201"]
    finally:
        gc.unfreeze()


def test_what_crosses_to_workers_pickles_to_equal_objects(workspace: Path) -> None:
    """Releases, segments, settings, units and findings go to and from check workers as
    (class, fields): what comes back equals what was sent, shared objects stay shared."""
    from transpub.checks.context import Unit
    from transpub.checks.registry import Finding, Severity
    from transpub.config import load_settings
    from transpub.workspace import load, source_files

    settings = load_settings(workspace)
    release, segments = load(settings, source_files(settings)[0])
    unit = Unit("u1", "fr", "source", "cible", "r.po", 3, flags=("c-format",))
    found = Finding("TP101", Severity.ERROR, "fr", "r.po", 3, "u1", "message", span=(1, 2))
    sent = (settings, release, segments, [unit, unit], [found])
    back = pickle.loads(pickle.dumps(sent, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == sent and back[3][0] is back[3][1]
    assert segments and any(s.placeholders for s in segments)
    assert type(back[1].blocks[0].spans[0]) is type(release.blocks[0].spans[0])


def test_by_fields_needs_init_fields() -> None:
    from dataclasses import dataclass, field

    @dataclass(frozen=True, slots=True)
    class Derived:
        a: int
        b: int = field(init=False, default=0)

    with pytest.raises(TypeError, match="Derived"):
        by_fields(Derived)


@settings(max_examples=300, deadline=None)
@given(st.text("abcé ]^-\\\0", max_size=30), st.text("abcé ]^-\\", min_size=1, max_size=8),
       st.data())
def test_near_bound_of_marked_text_is_may_be_near(text: str, wanted: str,
                                                  data: st.DataObject) -> None:
    """TP101/TP102's bound from the marked translation (one count per window) is the bound
    computed on each window's slice."""
    from transpub.checks.terminology import _deleting, _marked, _may_be_near, _near_bound

    marked = _marked(text, wanted)
    assert marked is not None and len(marked) == len(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _near_bound(marked, start, end, len(wanted)) == _may_be_near(
        text[start:end], wanted, _deleting(wanted))
    assert _marked(text, wanted + "\0") is None  # the mark in the form: the slices' way


def test_check_in_workers_finds_what_one_process_finds(tmp_path: Path) -> None:
    """Units and findings cross to and from worker processes as (class, fields), the parent's
    heap frozen before the workers start: the same findings as checked in one process."""
    from transpub.checker import PARALLEL_THRESHOLD, check_files
    from transpub.checks import select_codes

    root = Path(__file__).parent.parent
    files = []
    for copy in range(3):
        for po in sorted(root.glob("locales/*/LC_MESSAGES/*.po")):
            target = tmp_path / str(copy) / po.parent.parent.name / f"r{copy}-{po.name}"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(po.read_text(encoding="utf-8").replace(
                "Qatar", "Katar" if copy else "Qatar"), encoding="utf-8")
            files.append(target)
    assert len(files) >= PARALLEL_THRESHOLD
    termbase = load_termbases([root / "locales" / "termbase.tbx"])
    codes = select_codes([], [])
    gc.unfreeze()
    try:
        serial = check_files(files, termbase, codes, jobs=1)
        parallel = check_files(files, termbase, codes, jobs=2)
    finally:
        gc.unfreeze()
    assert parallel.findings == serial.findings
    assert any(f.code.startswith("TP1") for f in serial.findings)  # "Katar": names missing
