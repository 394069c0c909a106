"""``align``'s joins (two units said in one sentence of the translation) need evidence besides
lengths: a number, an address, a code, a termbase concept or a name each unit shares with the
sentence. Lengths alone fit a page's last (or first) sentence, long as Russian writes it, as
well with the next unit as without it: session 62's OHCHR trial had a partial Russian page's
last sentence said to cover two units, and two more such joins in a page of long Russian
sentences. A true join among pairs leaves its single pair's lengths far apart and is kept."""

from __future__ import annotations

import pytest

from transpub.align import Pair, align
from transpub.model import Segment


def _segment(ident: str, length: int, word: str, block: str, extra: str = "") -> Segment:
    """A sentence of ``length`` characters of ``word`` (no number, no name), ``extra`` at
    its end."""
    body = " ".join([word] * (length // (len(word) + 1) + 1))
    text = (word.capitalize() + " " + body)[:max(length - len(extra) - 2, 1)].rstrip()
    return Segment(ident, f"{text}{extra}.", block, "p", "", 0)


#: the release's units (English) and a page's sentences (Russian, a third longer at its
#: end): four paragraphs of three units
_UNITS = [40, 80, 45, 81, 277, 143, 150, 100, 200, 120, 60, 160]


def _release(lengths: list[int]) -> list[Segment]:
    return [_segment(f"u{i}", n, "word", f"p{i // 3}") for i, n in enumerate(lengths)]


def _page(lengths: list[int], first: int = 0) -> list[Segment]:
    return [_segment(f"s{i}", n, "слово", f"p{(i + first) // 3}")
            for i, n in enumerate(lengths)]


def _paired(pairs: list[Pair]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(p.source, p.target) for p in pairs if p.source and p.target]


def test_a_partial_pages_long_last_sentence_is_its_units_alone() -> None:
    """The page publishes the release's first five sentences, its last a third longer than
    the English (lengths alone had said it with the next unit)."""
    pairs = align(_release(_UNITS), _page([37, 82, 45, 97, 370]), (), ("en", "ru"))
    assert _paired(pairs) == [((i,), (i,)) for i in range(5)]
    assert all(not p.target for p in pairs if p.source and p.source[0] >= 5)


def test_a_cut_pages_long_first_sentence_is_its_unit_alone() -> None:
    """The page's start cut within a paragraph: its first sentence, long, is the unit it
    translates, the unit before it (in the same paragraph) left out."""
    units = [60, 90, 150, 80, 277, 90, 80, 120, 100, 70]
    pairs = align(_release(units), _page([370, 100, 90, 130, 110, 80], first=4), (),
                  ("en", "ru"))
    assert _paired(pairs) == [((4 + i,), (i,)) for i in range(6)]


def test_a_true_join_among_pairs_is_kept() -> None:
    """Two units a complete translation says in one sentence, with nothing they share: their
    single pair's lengths are far apart, the join stands."""
    units = [80, 120, 90, 110, 100, 95, 130, 85, 105]
    lengths = [int(n * 1.1) for n in units]
    lengths[3:5] = [lengths[3] + lengths[4] + 2]
    pairs = align(_release(units), _page(lengths), (), ("en", "ru"))
    assert ((3, 4), (3,)) in _paired(pairs)
    assert len(_paired(pairs)) == 8


def test_a_join_at_the_end_with_evidence_is_kept() -> None:
    """The page's last sentence says the next unit too, and holds the numbers of both."""
    source = _release(_UNITS)
    source[4] = _segment("u4", 277, "word", "p1", " 1987")
    source[5] = _segment("u5", 143, "word", "p1", " 45")
    target = _page([37, 82, 45, 97, 440])
    target[4] = _segment("s4", 440, "слово", "p1", " 1987 45")
    pairs = align(source, target, (), ("en", "ru"))
    assert ((4, 5), (4,)) in _paired(pairs)


def test_the_programme_reads_an_unevidenced_join_as_cost_does() -> None:
    """The programme's 2-1 step costs what ``_cost`` says, ``_JOIN_COST`` when the two units
    share nothing with the sentence, not when both do."""
    from transpub.align import _JOIN_COST, _STEP_COST, _cost, _programme, _shared, _Sides

    source = _release(_UNITS)
    target = _page([37, 82, 45, 97, 370])
    sides = _Sides.of(source, target, ())
    rows, columns = range(4, 6), range(4, 5)
    bare = _cost(rows, columns, sides, 1.0)
    source[4] = _segment("u4", 277, "word", "p1", " 1987")
    source[5] = _segment("u5", 143, "word", "p1", " 45")
    target[4] = _segment("s4", 370, "слово", "p1", " 1987 45")
    anchored = _cost(rows, columns, _Sides.of(source, target, ()), 1.0)
    # (two numbers shared: 2.0 less each; no join cost)
    assert bare - anchored == pytest.approx(_JOIN_COST + 4.0, abs=0.5)
    for target_lengths in ([37, 82, 45, 97, 370], [40, 85, 50, 90, 430, 160, 150]):
        sides = _Sides.of(_release(_UNITS), _page(target_lengths), ())
        for ratio in (0.8, 1.0, 1.3):
            for pair in _programme(sides, ratio):
                if pair.source and pair.target:
                    rows = range(pair.source[0], pair.source[-1] + 1)
                    columns = range(pair.target[0], pair.target[-1] + 1)
                    assert pair.cost == pytest.approx(
                        _STEP_COST[(len(rows), len(columns))]
                        + _cost(rows, columns, sides, ratio) - _shared(rows, columns, sides),
                        abs=1e-9)


# ESCWA's release of 1 August 2006 (t66/hC's trial, finding I) and its Arabic page, whose
# text is one block: its fourth sentence says the release's "She said …" and "They were
# assured …" together. Neither is a name written alike: "Beirut" is «بيروت», the
# Secretary-General «الأمين العام», and the first unit names nothing at all.
_ESCWA_EN = [
    ("p1", "UNESCWA Executive Secretary Mervat Tallawy said that the Commission’s Unit for "
           "Conflict Related Issues (ECRI) was documenting the effects of the military "
           "operations on Lebanon in order to serve as a practical reference to any future work "
           "for rehabilitation and re-construction in the country."),
    ("p1", "Tallawy was speaking this morning to the UN Information Services when she also "
           "underlined that the work program was ongoing as planned before the recent crisis "
           "has ravaged the country."),
    ("p2", "Tallawy said a team is in place at UNESCWA headquarters in Beirut to follow up on "
           "work programmes while a temporary office in Vienna is the reference point for the "
           "execution of this process."),
    ("p2", "She said the member countries had been apprised of this measure."),
    ("p2", "They were assured that UNESCWA work would continue its work and that the United "
           "Nations Secretary-General had decided the Commission would return to Beirut as soon "
           "as the security situation stabilizes."),
    ("p3", "In response to queries, the Executive Secretary stated that intergovernmental "
           "meetings would be held at their scheduled time, particularly the Seventh Session of "
           "the Committee on Statistics in November and the Sixth Session of the Committee on "
           "Energy in December."),
]
_ESCWA_AR = [
    "أعلنت اليوم السيدة مرفت تلاوي، وكيل الأمين العام للأمم المتحدة والأمين التنفيذي للجنة "
    "الاقتصادية والاجتماعية لغربي آسيا (إسكو)، أن وحدة دراسة النزاعات في \"إسكوا\" بدأت تحديد "
    "نتائج العمليات العسكرية في لبنان وآثارها لتشكل مرجعاً عملياً لإعادة الاعمار.",
    "كلام تلاوي جاء في تصريح أدلت به إلى الدائرة الإعلامية في \"إسكوا\" وشددت فيه على أن برامج "
    "العمل مستمرة كما كان مقرراً قبل الأزمة التي عصفت بلبنان.",
    "وقالت تلاوي إن هناك فريق عمل في مقر \"إسكوا\" في بيروت يتابع سير البرامج فيما يشكل مكتب "
    "\"إسكوا\" المؤقت في فيينا مرجعاً لسير هذه العملية.",
    "وقالت تلاوي ان حكومات البلدان الأعضاء قد أخطرت بهذا الإجراء بما في ذلك التأكيد على "
    "استمرار عمل \"إسكوا\" وعلى قرار الأمين العام للأمم المتحدة بإعادة اللجنة إلى بيروت فور "
    "استتباب الأوضاع الأمنية.",
    "ورداً على سؤال قالت تلاوي إن الاجتماعات الحكومية لـ \"إسكوا\" سوف تعقد في مواعيدها وعلى "
    "رأسها الدورة السابعة للجنة الإحصاء في تشرين الثاني/نوفمبر المقبل والدورة السادسة للجنة "
    "الطاقة في كانون الأول/ديسمبر.",
]


def test_a_join_in_another_script_is_evidenced_by_a_listed_name() -> None:
    """The Arabic sentence that says two units fills neither, both reported as said together
    (it had filled the second, the first left "no sentence of the translation"): the second
    unit shares a place and a UN title the lists know in Arabic, and the first names nothing
    (no number, no name: nothing to share), which is no evidence against the join."""
    source = [Segment(f"u{i}", text, block, "p", "", 0)
              for i, (block, text) in enumerate(_ESCWA_EN)]
    target = [Segment(f"s{j}", text, "p1", "p", "", 0) for j, text in enumerate(_ESCWA_AR)]
    pairs = align(source, target, (), ("en", "ar"))
    assert _paired(pairs) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3, 4), (3,)),
                              ((5,), (4,))]


def test_a_unit_that_names_nothing_is_bare_and_a_sentences_first_word_no_name() -> None:
    """``_bare``: a sentence's capital is no name; a name after it, an acronym first, is."""
    from transpub.align import _bare

    assert _bare("She said the member countries had been apprised of this measure.")
    assert _bare("“They were told so,” she said.")
    assert not _bare("She said the members of UNESCWA had been told.")
    assert not _bare("UNESCWA said so.")


def test_two_units_that_name_nothing_still_need_evidence() -> None:
    """A unit that names nothing is evidence for the join of neither: two of them joined by
    lengths alone cost the join's price (the partial page's last sentence above)."""
    from transpub.align import _evidenced, _Sides

    source = _release(_UNITS)
    target = _page([37, 82, 45, 97, 370])
    assert not _evidenced(range(4, 6), range(4, 5), _Sides.of(source, target, ()))
