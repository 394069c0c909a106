"""Numbers an English source says in words ("three separate incidents", "its forty-eighth
session"), read for TP301.

A translation may write them with digits («3起不同事件», «en su 48º período») or in its own
words («trois incidents», «الثالثة»). Read here: which of the translation's numbers left over
are accounted for by them (``english_words``), and which word a translation's other number
replaced ("three incidents" -> «4 incidents»: ``changed_words``). A word is only checked where
it is a whole number of its own: not one with a scale or a fraction after it ("two hundred",
"three quarters", "two decades"), which the translation may say with other digits (200, 75 %,
20 years), and not "one", which is mostly no number ("one of them").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from transpub.intervals import Intervals
from transpub.numfind import NumberMention
from transpub.numwords import folded_text, number_runs, roman_runs, spelled_values
from transpub.untaken import Untaken

_EN_UNITS = {w: float(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_EN_TENS = {w: float(10 * i) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_EN_ORDINALS = {w: float(i) for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split(), 1)}
_EN_ORDINALS.update({w[:-1] + "ieth": v for w, v in _EN_TENS.items()})
_EN_ALONE = {**_EN_UNITS, **_EN_ORDINALS, **_EN_TENS}
_EN_AFTER_TENS = {w: v for w, v in {**_EN_UNITS, **_EN_ORDINALS}.items() if 0 < v < 10}


def english_number(word: str) -> float | None:
    """The value of an English number word from zero to ninety-nine, or None."""
    parts = word.lower().split("-")
    if len(parts) == 1:
        return _EN_UNITS.get(parts[0], _EN_TENS.get(parts[0]))
    tens, unit = _EN_TENS.get(parts[0]), _EN_UNITS.get(parts[1])
    return tens + unit if tens is not None and unit is not None and 0 < unit < 10 else None


def _longest_first(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


#: an English number word from zero to ninety-nine, cardinal or ordinal ("Ten",
#: "forty-eighth", "sixty five" as bracketed treaty text writes it), and the first part of a
#: compound ("the third-largest contributor", "the five-year average", "a two-day visit"):
#: one pattern, so that a text is scanned once, in C
_EN_NUMBER_WORD = re.compile(
    rf"(?<![\w-])(?:(?P<tens>{_longest_first(_EN_TENS)})[- ](?P<unit>"
    rf"{_longest_first(_EN_AFTER_TENS)})|(?P<word>{_longest_first(_EN_ALONE)}))"
    rf"(?!\w)(?!-[\d\W])", re.IGNORECASE)
#: what makes a number word part of another number: a scale, a fraction, a multiple after it
#: ("two hundred", "two thirds", "five-fold"), a larger number before it ("two hundred and
#: thirty"): such a word is not checked
_PART_AFTER = re.compile(
    r"[\s-]*(?:hundred|thousand|million|billion|trillion|thirds?|fifths?|tenths?|halves|"
    r"and\s+a\s+half|times|fold)\b", re.IGNORECASE)
#: a unit a translation may count the word in instead: "two decades" are «20年», "three
#: quarters" «75 %», "two dozen" 24
_TIMES = {"decade": 10.0, "quarter": 25.0, "dozen": 12.0}
_TIMES_AFTER = re.compile(r"[\s-]*(decade|quarter|dozen)s?\b", re.IGNORECASE)
_PART_BEFORE = re.compile(r"(?:hundred|thousand|million|billion)\s+(?:and\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class WordNumber:
    """A number an English source says in words: from two to ninety-nine, a year, or a
    number of a hundred and more said with its scales ("One hundred and thirty-six")."""

    start: int
    end: int
    text: str
    value: float
    whole: bool
    """A number of its own (no scale, fraction or multiple with it): checked."""
    values: frozenset[float]
    """What a translation may write for it: the value, or the value in the unit after it
    ("two decades": 2 or 20)."""
    scaled: bool = False
    """Said with a scale ("two hundred and forty-one", "thirty-five thousand"): a number a
    translation's other number took the place of only if it has as many digits."""


#: a number said with its scales, as a sentence opens with one ("One hundred and
#: thirty-six patients", "Thirty-five thousand refugees", "Fifteen hundred"): its words
_EN_SCALES = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9,
              "trillion": 1e12}
_EN_COUNT = rf"(?:{_longest_first(_EN_TENS)})(?:[\s-](?:{_longest_first(_EN_AFTER_TENS)}))?" \
    rf"|{_longest_first(w for w, v in _EN_UNITS.items() if v > 0)}"
_EN_SCALED = re.compile(
    rf"(?<![\w-])(?:{_EN_COUNT})(?:[\s-]+(?:and[\s-]+)?(?:{_EN_COUNT}|"
    rf"{_longest_first(_EN_SCALES)})(?![\w-]))*(?![\w-])", re.IGNORECASE)
_SCALE_WORDS = frozenset(_EN_SCALES)
_SCALE_VALUES = frozenset(_EN_SCALES.values())


def _scaled_value(words: list[str]) -> float | None:
    """The value of a run of English number words with at least one scale ("one hundred and
    thirty-six" -> 136, "fifteen hundred" -> 1500), or None when they are no one number
    ("two three hundred", "hundred")."""
    total = current = 0.0
    below_hundred = 0.0  # (the part of ``current`` after its hundreds)
    scaled = False
    previous = ""
    for word in words:
        if word == "and":
            if previous not in _EN_SCALES:
                return None
            continue
        if word in _EN_SCALES:
            if current == 0 or (word == "hundred" and current >= 100):
                return None
            scaled = True
            if word == "hundred":
                current *= 100
                below_hundred = 0.0
            else:
                if _EN_SCALES[word] <= total % (_EN_SCALES[word] * 1000) and total:
                    return None  # ("two thousand three thousand")
                total += current * _EN_SCALES[word]
                current = below_hundred = 0.0
        else:
            value = _EN_UNITS.get(word, _EN_TENS.get(word))
            if value is None:
                return None
            if below_hundred and (below_hundred % 10 or value >= 10 or below_hundred < 20):
                return None  # ("six seven", "twenty thirty"): no one number
            current += value
            below_hundred += value
        previous = word
    return total + current if scaled and previous != "and" else None


#: the words every match of ``_EN_NUMBER_WORD`` of two or more holds one of (a source's
#: words looked up in it first: 4 us a sentence, the pattern 21)
_GATE = frozenset(w for w, v in _EN_ALONE.items() if v >= 2)
_LETTERS = re.compile(r"[a-z]+")


@lru_cache(maxsize=256)
def word_numbers(source: str) -> tuple[WordNumber, ...]:
    """The numbers from two to ninety-nine ``source`` says in words, in text order (asked
    by TP301 of a unit and by ``english_words`` in turn)."""
    words = _LETTERS.findall(source.lower())
    scaled = [] if _SCALE_WORDS.isdisjoint(words) else _scaled_numbers(source)
    if _GATE.isdisjoint(words) and not scaled:
        return _one_unit(source) if _UNITS.intersection(words) else ()  # (most sources: ())
    out = list(_one_unit(source)) + scaled
    years = [WordNumber(m.start(), m.end(), m.group(), _year_value(m), True,
                        frozenset((_year_value(m),)))
             for m in _EN_YEAR_WORDS.finditer(source)] if "nineteen" in words or \
        "twenty" in words else []
    out.extend(years)
    year = 0  # (the years in text order, as the words come: the first not ended before one)
    inside = sorted(years + scaled, key=lambda w: w.start)
    names = [m.start() for m in _ORDINAL_NAMES.finditer(source)] \
        if _ORDINAL_NAME_WORDS.intersection(words) else []
    for match in _EN_NUMBER_WORD.finditer(source):
        while year < len(inside) and inside[year].end <= match.start():
            year += 1
        if year < len(inside) and inside[year].start <= match.start():
            continue  # a part of a year, or of a number said with its scales
        if names and match.start() in names:
            continue  # "the Third World": a name, no number (``_ORDINAL_NAMES``)
        if match.group("word"):
            value = _EN_ALONE[match.group("word").lower()]
        else:
            value = (_EN_TENS[match.group("tens").lower()]
                     + _EN_AFTER_TENS[match.group("unit").lower()])
        if value < 2:
            continue
        whole = (_PART_AFTER.match(source, match.end()) is None
                 and _PART_BEFORE.search(source, max(0, match.start() - 20),
                                         match.start()) is None)
        unit = _TIMES_AFTER.match(source, match.end())
        values = {value} if unit is None else {value, value * _TIMES[unit.group(1).lower()]}
        out.append(WordNumber(match.start(), match.end(), match.group(), value, whole,
                              frozenset(values)))
    return tuple(sorted(out, key=lambda w: w.start)) if len(out) > 1 else tuple(out)


#: Names an ordinal word begins that count nothing: "the Third World" is «le tiers-monde»,
#: «el Tercer Mundo», «третий мир», «第三世界», «العالم الثالث»; "the Third Reich", "the Third
#: Way", "the Third Estate", "the Fourth Estate" (the press), "a fifth column". Not a number
#: the translation must carry: its «50 %» left over had been paired with "Third" («number
#: «Third» became «50»», News Commentary, t67/hC). "a third world war" is a count
#: («une troisième guerre mondiale»); "the Second World War" and "First Lady" are left as
#: they were (the second is said by its number in every language; "first" is never read)
#: Capitalised, as names are ("her third world title", "the third World Conference", "a third
#: way", "the fifth column" in lower case count: t67/hF), "the Third World" or all in capitals,
#: and whole words.
_ORDINAL_NAMES = re.compile(r"\b(?:Third[\s-]+World(?![\s-]+(?:[Ww]ars?|[A-Z]\w*)\b)|Third[\s-]+"
                            r"(?:Reich|Way|Estate)|Fourth[\s-]+Estate|Fifth[\s-]+Column"
                            r"|THIRD[\s-]+WORLD(?![\s-]+WARS?\b)|THIRD[\s-]+(?:REICH|WAY|ESTATE)"
                            r"|FOURTH[\s-]+ESTATE|FIFTH[\s-]+COLUMN)\b")
#: the words every name of ``_ORDINAL_NAMES`` holds one of (a source without them not scanned)
_ORDINAL_NAME_WORDS = frozenset({"world", "reich", "way", "estate", "column"})


def _scaled_numbers(source: str) -> list[WordNumber]:
    """The numbers of a hundred and more ``source`` says with their scales, each whole unless
    a fraction or a multiple follows ("two hundred and a half", "three hundred times"); a
    year said so ("nineteen hundred and forty-five") is a year's."""
    out = []
    for match in _EN_SCALED.finditer(source):
        words = re.split(r"[\s-]+", match.group().lower())
        while words and words[-1] == "and":
            words.pop()
        value = _scaled_value(words)
        if value is None or value < 100 or _EN_YEAR_WORDS.match(match.group()):
            continue
        whole = _PART_AFTER.match(source, match.end()) is None
        out.append(WordNumber(match.start(), match.end(), match.group(), value, whole,
                              frozenset((value,)), scaled=True))
    return out


#: a year said in words, as a declaration or a speech writes it: "nineteen forty-eight",
#: "nineteen hundred and forty-five", "twenty twenty-four", "nineteen oh five"
_EN_YEAR_WORDS = re.compile(
    rf"\b(?P<century>nineteen|twenty)[\s-]+(?:(?P<hundred>hundred)(?:\s+and)?\s+)?"
    rf"(?:(?P<oh>oh|o)[\s-]+(?P<ohunit>{_longest_first(_EN_AFTER_TENS)})|(?P<tens>"
    rf"{_longest_first(_EN_TENS)})(?:[\s-](?P<unit>{_longest_first(_EN_AFTER_TENS)}))?"
    rf"|(?P<teen>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    rf"|nineteen))(?![\w-])(?!\s+(?:hundred|thousand|million|billion|per\s*cent|percent))",
    re.IGNORECASE)


def _year_value(match: re.Match[str]) -> float:
    century = 1900.0 if match.group("century").lower() == "nineteen" else 2000.0
    if match.group("ohunit"):
        return century + _EN_AFTER_TENS[match.group("ohunit").lower()]
    if match.group("teen"):
        return century + _EN_UNITS[match.group("teen").lower()]
    unit = match.group("unit")
    return century + _EN_TENS[match.group("tens").lower()] + (
        _EN_AFTER_TENS[unit.lower()] if unit else 0)


#: "a decade", "a dozen", "a century": ten, twelve, a hundred, which a translation may say
#: with digits («10年來», «12»): no number of its own to check, but one a digit may stand for
_ONE_UNIT = re.compile(r"\b(?:a|one)[\s-]+(decade|dozen|century)\b", re.IGNORECASE)
_UNIT_VALUE = {"decade": 10.0, "dozen": 12.0, "century": 100.0}
_UNITS = frozenset(_UNIT_VALUE)


def _one_unit(source: str) -> tuple[WordNumber, ...]:
    return tuple(WordNumber(m.start(), m.end(), m.group(), _UNIT_VALUE[m.group(1).lower()],
                            False, frozenset((_UNIT_VALUE[m.group(1).lower()],)))
                 for m in _ONE_UNIT.finditer(source))


#: ``says_whole_numbers`` by the source's hash: a source is asked in five languages, one file
#: after the other (a whole language's units apart: a memo by text would hold them all);
#: at most ``_SAYS_SIZE`` entries, then forgotten all at once (a collision only costs a look).
#: A worker checks a release's files one after the other: 4,096 entries hold a release of
#: 800 units or more for its five languages, where 65,536 had held every source of the run
#: (25,297 at N = 1000: 2.2 MB in one process by tracemalloc; the peak of all the check's
#: processes measured 143-145 MB either way, and no CPU)
_SAYS: dict[int, bool] = {}
_SAYS_SIZE = 1 << 12


def says_whole_numbers(source: str) -> bool:
    """Does ``source`` say a whole number from two to ninety-nine in words?"""
    key = hash(source)
    said = _SAYS.get(key)
    if said is None:
        if len(_SAYS) >= _SAYS_SIZE:
            _SAYS.clear()
        said = _SAYS[key] = any(word.whole for word in word_numbers(source))
    return said


def scaled_lengths(source: str, source_lang: str) -> frozenset[int]:
    """How many digits each number an English source says with its scales has ("One
    hundred and thirty-six": 3); empty for most sources."""
    lowered = source.lower()
    if not source_lang.startswith("en") or not any(scale in lowered for scale in _SCALE_WORDS):
        return frozenset()
    return frozenset(_digits(w.value) for w in word_numbers(source) if w.scaled and w.whole)


def english_words(source: str, source_lang: str) -> frozenset[float]:
    """The numbers from two to ninety-nine an English source says in words, cardinal or
    ordinal ("Plus Ten", "its forty-eighth session"); empty for another source language."""
    if not source_lang.startswith("en"):
        return frozenset()
    return frozenset(v for w in word_numbers(source) for v in w.values)


def changed_words(source: str, source_lang: str, target: str, lang: str,
                  source_values: frozenset[float],
                  extra: list[NumberMention]) -> list[tuple[WordNumber, NumberMention]]:
    """The source's number words that the translation says neither with digits nor in words,
    each with the translation's number left over that took its place ("three incidents" ->
    «4 incidents»), in text order. ``source_values``: the source's numbers written with digits
    (a word they restate, "Two (2)", is theirs to check); ``extra``: the translation's
    numbers left over once the source's digits are paired, in
    text order. Each word takes a number of its value, once; only a small whole number left
    after that can have taken a word's place, and without one nothing is said (the word may
    be said by a form the checker does not read: a dual, «les deux», «both»)."""
    if not source_lang.startswith("en"):
        return []
    # (100 too: "Fifty percent of patients" -> «El 100% de los pacientes»)
    said_words = word_numbers(source)
    lengths = {_digits(w.value) for w in said_words if w.scaled}
    small = [t for t in extra if any(v % 1 == 0 and (1 < v <= 100 or (
        v > 100 and _digits(v) in lengths)) for v in t.values)
             and not t.values & source_values]
    # (a year said in words, "nineteen forty-eight", takes a year said with digits)
    years = [t for t in extra if any(1000 <= v <= 2100 and v % 1 == 0 for v in t.values)
             and not t.values & source_values and t not in small] if any(
        w.value >= 1000 and not w.scaled for w in said_words) else []
    if years:
        small = sorted(small + years, key=lambda t: t.start)
    if not small:
        return []
    # (indexed by value: a unit of thousands of words and numbers stays linear)
    index = Untaken(((value, position) for position, number in enumerate(small)
                     for value in number.values), len(small))
    unsaid = []
    for word in word_numbers(source):
        twin = index.earliest(word.values)
        if twin >= 0:
            index.take(twin)  # said with digits: «3起» for "three", «20年» for "two decades"
        elif word.whole and not word.values & source_values:
            unsaid.append(word)
    if lang.startswith("ar"):
        unsaid = [w for w in unsaid if w.value != 2]  # the dual says two: «طرفان»
    if not unsaid:
        return []
    said = spelled_values(target, lang)
    out = []
    cursors: dict[object, int] = {}
    for word in unsaid:
        if word.values & said:
            continue  # said in words
        # (the next untaken number of the word's kind — a year, a small number, a number of
        # as many digits as one said with its scales —: a cursor each, so a unit of
        # thousands of words and numbers stays linear)
        kind: object = ("scaled", _digits(word.value)) if word.scaled else word.value >= 1000
        at = cursors.get(kind, 0)
        while at < len(small) and (index.taken(at) or not any(
                _of_kind(word, v) for v in small[at].values)):
            at += 1
        cursors[kind] = at
        if at == len(small):
            continue
        index.take(at)
        out.append((word, small[at]))
    return out


def _digits(value: float) -> int:
    """How many digits a whole number has (136: 3)."""
    return len(str(int(value)))


def _of_kind(word: WordNumber, value: float) -> bool:
    """Can a translation's number ``value`` have taken the place of ``word``: a number of as
    many digits for one said with its scales ("One hundred and thirty-six" -> «106»), a year
    for a year, a small number for a small one?"""
    if value % 1:
        return False
    if word.scaled:
        return _digits(value) == _digits(word.value)
    return (1000 <= value <= 2100) if word.value >= 1000 else 1 < value <= 100


@dataclass(frozen=True, slots=True)
class RespellPlan:
    """What ``respelled_words`` needs of a source, worked out once for its five translations."""

    words: tuple[WordNumber, ...]
    """The number words to look for: whole numbers, not said with the source's digits, not
    part of a name."""
    known: frozenset[float]
    """Every value the source says or implies: a translation's number of one of these took no
    word's place."""
    once: frozenset[float] = frozenset()
    """The values of ``known`` the source says once, in one word ("six agencies … five
    areas"): a second run of one in the translation («six agences … six zones») took a word's
    place."""
    totals: frozenset[float] = frozenset()
    """The totals of the lists a word is one count of ("a 17-year-old, two 18-year-olds and a
    20-year-old man": 4; "three men and two women": 5): a translation's run of one is the
    total restated («les quatre jeunes gens», «cinco personas»), no word's place taken."""
    repeated: tuple[tuple[float, int], ...] = ()
    """The values of ``words`` the source says more than once in words (any of its number
    words: "Three-times" too), with how many times (not two, nor one it implies): a
    translation that says one fewer times, in words or digits, with a run of its own left
    over, took a copy's place ("ranked one and three … Three-times winner" → «第一和第四 …
    三次»; t65/hA M1)."""


def respell_plan(source: str, source_lang: str,
                 source_values: frozenset[float]) -> RespellPlan | None:
    """The source's side of ``respelled_words``; None when it says no number to look for."""
    if not source_lang.startswith("en") or not says_whole_numbers(source):
        return None  # (most sources: known from ``_SAYS``, without reading the words again)
    # (a number word in capitals inside a sentence names something: "the Four Corners",
    # "the Big Four"; the translation may keep the name as it is)
    said = word_numbers(source)
    # ("two" too, though said in more forms than any other — «les deux», «ambos», «оба»,
    # «两国», Arabic's dual —: ``respelled_words`` looks for it only where the translation
    # says none of them and another number took its place, "two of them" → «trois d'entre
    # eux»; one that became other digits is ``changed_words``')
    words = tuple(w for w in said if w.whole
                  and not w.values & source_values and not _fraction(source, w)
                  and not (w.text[:1].isupper() and not _opens_sentence(source, w.start)))
    if not words:
        return None
    implied = _implied(source)
    counts: dict[float, int] = {}
    for word in said:
        counts[word.value] = counts.get(word.value, 0) + 1
    # (not two: said in more forms than any other, the dual, «les deux», "both")
    once = frozenset(v for v, n in counts.items() if n == 1 and v != 2
                     and v not in source_values and v not in implied)
    totals = _list_totals(source, words)
    values = {w.value for w in words}
    repeated = tuple((v, n) for v, n in sorted(counts.items())
                     if n > 1 and v != 2 and v in values and v not in implied)
    return RespellPlan(words, source_values | frozenset(v for w in said for v in w.values)
                       | implied, once, totals, repeated)


#: a fraction's ordinal: "one third of", "a fifth," (TP304 reads proportions); not "a third
#: time", "the third session"
_FRACTION_BEFORE = re.compile(r"\b(?:a|one|two|three|four)[\s-]+$", re.IGNORECASE)
_FRACTION_AFTER = re.compile(r"s?(?:\s+of\b|\s*[,.;:)]|\s*$)")


def _fraction(source: str, word: WordNumber) -> bool:
    return (word.text.lower().endswith(("rd", "th")) and _FRACTION_AFTER.match(source, word.end)
            is not None and _FRACTION_BEFORE.search(source, 0, word.start) is not None)


def respelled_words(plan: RespellPlan, target: str, lang: str) -> list[tuple[
        WordNumber, str, tuple[int, int] | None]]:
    """The source's number words (``plan``) that the translation says in other number words
    ("its seventy-ninth session" -> «sa soixante-dix-huitième session», "Twenty-three
    States" -> «Двадцать два государства»), each with the words that took its place and where
    they stand (None where folding moved the text's offsets), in text order. For a
    translation with no number of its own left over in digits (``changed_words`` reads
    those).

    A word counts as said when the translation holds its value, in digits or in words; one
    not said is paired only with a run of number words whose value no number of the source
    has or implies, of the same kind (below eleven, or from eleven up: "three" may be
    «trois», never «neuf», the French for "new"), each run once; without one nothing is said
    (the word may be said in a form the checker does not read)."""
    base = lang.split("_")[0].split("-")[0]
    if all(w.value == 2 for w in plan.words) and (
            base not in _TWO_ANY or _TWO_ANY[base].search(target) is not None):
        return []  # (only "two" to look for, and the translation says it: the most, in C)
    folded = folded_text(target, base)
    days = Intervals([m.span() for m in _ZH_NOT_A_NUMBER.finditer(folded)]
                     if base in ("zh", "ja") else [])
    # (the runs first: most translations that say the source's numbers hold no other, and
    # then nothing more is read)
    known = plan.known
    # (a value the source says once, said twice: the second run is a word's place taken)
    seen: set[float] = set()
    runs = []
    every = number_runs(folded, base)
    for start, end, value in every:
        if value < 2 or value % 1 or days.overlaps(start, end):
            continue
        if value in known and (value not in plan.once or value not in seen):
            seen.add(value)
            continue
        if value in plan.totals:
            continue  # (a list's total restated: «les quatre jeunes gens»)
        runs.append((start, end, value))
    if same_length := len(folded) == len(target):
        # a century in Roman numerals ("the twenty-first century" → «au XXe siècle», «в XX
        # веке», «el siglo XX»): a run of its own, in the translation's places
        runs += [run for run in roman_runs(target) if run[2] not in known
                 and _CENTURY_NEAR.search(target, max(0, run[0] - 8), run[1] + 12)]
        runs.sort()
    if not runs:
        return []
    said = spelled_values(target, lang) - _tens_of_compounds(folded, every, lang)
    unsaid = [w for w in plan.words if not w.values & said]
    if plan.repeated:
        unsaid = sorted(unsaid + _fewer(plan, unsaid, every, runs, folded, target, lang),
                        key=lambda w: w.start)
    if any(w.value == 2 for w in unsaid) and (base not in _TWO or _TWO[base].search(folded)):
        # (two said another way: «ambos», «оба», «双»; Arabic's dual in a noun's ending)
        unsaid = [w for w in unsaid if w.value != 2]
    same = same_length
    # the runs of each kind in text order, each taken once (a text of thousands of number
    # words stays linear)
    kinds: dict[bool, deque[tuple[int, int, float]]] = {False: deque(), True: deque()}
    for run in runs:
        kinds[run[2] >= 11].append(run)
    out = []
    # ("two" only for a run of its own kind, a cardinal for a cardinal: a loose translation's
    # «第三分» for "within two goals" is no count changed; the runs below eleven split by kind
    # once, a run taken by either path skipped by the other)
    by_kind: dict[bool, deque[tuple[int, int, float]]] | None = None
    taken: set[int] = set()
    by_digits: dict[int, deque[tuple[int, int, float]]] | None = None
    for word in unsaid:
        if word.scaled:
            # (a run of as many digits, in text order, each taken once: "Two hundred and
            # forty-one" -> «deux cent quatorze»; not a scale word alone: «Six autres
            # millions» says "six million" in two runs)
            if by_digits is None:
                by_digits = {}
                for run in kinds[True]:
                    if run[2] not in _SCALE_VALUES:
                        by_digits.setdefault(_digits(run[2]), deque()).append(run)
            pool = by_digits.get(_digits(word.value), deque())
            while pool and pool[0][0] in taken:
                pool.popleft()
            if pool:
                start, end, _value = pool.popleft()
                taken.add(start)
                out.append((word, target[start:end] if same else folded[start:end],
                            (start, end) if same else None))
            continue
        left = kinds[word.value >= 11]
        while left and left[0][0] in taken:
            left.popleft()
        if left and _ordinal_word(word) and not _is_ordinal(left[0], folded, base):
            # an ordinal word's partner is an ordinal of the translation where one is left:
            # "the sixth stop of the IRB Sevens" → «七人榄球系列赛的第三站» became «第三», not
            # the 七 of «七人» (sevens), a number inside a compound noun (t65/hC); a few runs
            # looked at (a text of thousands of number words stays linear)
            ordinal = next((run for run in islice(left, 1, _ORDINAL_LOOKAHEAD)
                            if run[0] not in taken and _is_ordinal(run, folded, base)), None)
            if ordinal is not None:
                left.remove(ordinal)
                left.appendleft(ordinal)
        if word.value == 2:
            if by_kind is None:
                by_kind = {True: deque(), False: deque()}
                for run in left:
                    by_kind[_is_ordinal(run, folded, base)].append(run)
            pool = by_kind[_ordinal_word(word)]
            while pool and pool[0][0] in taken:
                pool.popleft()
            if not pool:
                continue
            start, end, _value = pool.popleft()
            taken.add(start)
            out.append((word, target[start:end] if same else folded[start:end],
                        (start, end) if same else None))
            continue
        if not left:
            # "its tenth anniversary" -> «son vingtième anniversaire»: an ordinal word of
            # the other kind (no ordinal is also a word, as «neuf» is "new")
            crossed = _ordinal_run(word, kinds[word.value < 11], folded, base)
            if crossed is None:
                # "Twenty-two studies" -> «dos estudios»: a compound said by its unit alone
                crossed = _part_run(word, kinds[word.value < 11], taken)
            if crossed is None:
                continue
            kinds[word.value < 11].remove(crossed)
            left = deque((crossed,))
        start, end, _value = left.popleft()
        taken.add(start)
        if base in ("zh", "ja") and folded[start - 1:start] == "第":
            start -= 1  # (the ordinal shown whole: «第三», not «三»)
        text = target[start:end] if same else folded[start:end]
        out.append((word, text, (start, end) if same else None))
    return out


def _fewer(plan: RespellPlan, unsaid: list[WordNumber], every: list[tuple[int, int, float]],
           runs: list[tuple[int, int, float]], folded: str, target: str, lang: str
           ) -> list[WordNumber]:
    """The copies of the source's repeated words (``plan.repeated``) the translation says
    fewer times, in number words and digits, than the source: counted, not as a set ("three
    … Three-times" → «第四 … 三次» had hidden behind the «三»). The last copies, each a
    candidate for a run left over (the caller keeps one of its sentence). Only where every
    run left over is one word: the reader joins neighbouring number words into one value
    («numéros un et trois» 4, «leurs quatre premiers matchs» 5, «un cinquième but» 6,
    «الأول والثالث» 4), no number of the translation's own; and a value said inside such a
    run is said (NTREX-128: 5 false warnings of 7 without these two rules)."""
    if any(" " in folded[start:end] for start, end, _value in runs):
        return []
    out: list[WordNumber] = []
    digits: Counter[float] | None = None
    joined: Counter[float] | None = None
    for value, times in plan.repeated:
        if any(w.value == value for w in unsaid):
            continue  # (none said: every copy is unsaid already)
        fewer = times - sum(1 for _start, _end, run in every if run == value)
        if fewer > 0 and joined is None:
            joined = Counter(v for start, end, run in every if " " in folded[start:end]
                             for word in folded[start:end].split()
                             for v in spelled_values(word, lang) if v != run)
        fewer -= joined[value] if joined is not None else 0
        if fewer <= 0:
            continue
        if digits is None:
            digits = Counter(float(d) for d in _LONE_DIGITS.findall(target.translate(_ASCII)))
        fewer -= digits[value]
        if fewer > 0:
            out += [w for w in plan.words if w.value == value][-fewer:]
    return out


#: a whole number in digits (not a decimal's or a group's part), in ASCII digits
_LONE_DIGITS = re.compile(r"(?<![\d.,])\d+(?![\d]|[.,]\d)")
_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩０１２３４５６７８９", "01234567890123456789")


#: how many of the translation's runs of number words an ordinal word looks at for an
#: ordinal to pair with, before it takes the first
_ORDINAL_LOOKAHEAD = 8


#: the words that say two, by language (as whole words): its number word's forms, and "both",
#: a pair, "second"; Arabic says two in a noun's dual ending, and is not asked for it
_TWO_WORDS = {
    "fr": r"deux|ambes|couple|paire|double|deuxi[eè]me|second[e]?",
    "es": r"dos|amb[oa]s|par|pareja|doble|segund[oa]",
    "ru": r"два|две|двух|двум|двумя|оба|обе|обоих|обеих|обоим|обеим|обоими|обеими|пар[аыу]"
          r"|двое|двоих|двух\w*|втор(?:ой|ая|ое|ые|ого|ому|ом|ую|ых|ым|ыми)"}
_ZH_TWO = r"两|俩|双|二|第二|２"
#: in a folded translation, once its number words are read (``respelled_words``)
_TWO = {**{lang: re.compile(rf"(?<!\w)(?:{words})(?!\w)")
           for lang, words in _TWO_WORDS.items()}, "zh": re.compile(_ZH_TWO)}
_LONE_TWO = r"(?<![\d.,])2(?![\d.,])"  # (the figure alone: not a year's, «2024»)
#: in a translation as it stands, before its number words are read, where "two" is all the
#: source's plan looks for (TP301 +4 % without); whole words only: «para», «авторы» say no two
_TWO_ANY = {**{lang: re.compile(rf"(?i:(?<!\w)(?:{words})(?!\w))|{_LONE_TWO}")
               for lang, words in _TWO_WORDS.items()},
            "zh": re.compile(f"{_ZH_TWO}|{_LONE_TWO}")}


#: a compound ordinal's two words: Spanish's tens an ordinal in -ésimo and its units an
#: ordinal («octogésimo primer», «vigésima segunda»), Russian's tens a cardinal and its units
#: an ordinal («восемьдесят первой»); as ``fold`` leaves them (accents kept or not)
_COMPOUND_ORDINAL = {
    "es": re.compile(r"\w+[eé]sim[oa]s? (?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]"
                     r"|quint[oa]|sext[oa]|s[eé]ptim[oa]|octav[oa]|noven[oa])s?"),
    "ru": re.compile(r"\w+ \w+(?:ый|ой|ий|ая|ое|ого|ому|ым|ом|ую|ой|ые|ых)"),
}


def _tens_of_compounds(folded: str, every: list[tuple[int, int, float]], lang: str
                       ) -> frozenset[float]:
    """The tens said only inside a compound ordinal of two words, tens and units («octogésimo
    primer», «восемьдесят первой», 81): "eightieth" is not said by them. Only Spanish's and
    Russian's shape (French and Arabic join theirs in one word or put the units first): two
    words, the first a multiple of ten from twenty (in Spanish an ordinal itself), the second
    an ordinal under ten, the run their sum; «un tercer», «veinte segundos» (seconds) are no
    compounds."""
    base = lang.split("_")[0].split("-")[0]
    shape = _COMPOUND_ORDINAL.get(base)
    if shape is None:
        return frozenset()
    tens: set[float] = set()
    whole = {value for _start, _end, value in every}
    for start, end, value in every:
        words = re.split(r"[\s-]+", folded[start:end].strip())
        if len(words) != 2 or not shape.fullmatch(" ".join(words)):
            continue
        first, second = (spelled_values(word, lang) for word in words)
        if len(first) == 1 and len(second) == 1:
            ten, unit = next(iter(first)), next(iter(second))
            if ten >= 20 and ten % 10 == 0 and 1 <= unit < 10 and ten + unit == value:
                tens.add(ten)
    return frozenset(tens - whole)


#: a century's word beside a Roman numeral («siècle», «siglo», «век», "century")
_CENTURY_NEAR = re.compile(r"si[èe]cle|siglo|век|столети|century", re.IGNORECASE)
#: how a language's ordinal number word ends (Arabic writes the tens' ordinals as the
#: cardinals, «العشرين»; Chinese puts 第 before the numeral)
_ORDINAL_END = {
    "fr": re.compile(r"i[eè]mes?$"),
    "es": re.compile(r"(?:[eé]sim|[eé]cim|av)[oa]s?$"),
    "ru": re.compile(r"(?:ый|ой|ий|ая|ое|ее|ые|ие|ого|его|ому|ему|ом|ем|ую|юю|ых|их|ым|им|ыми"
                     r"|ими)$"),
}


#: a count at a listed item's start: an article, a number word up to twenty, a figure
_COUNTED = re.compile(
    r"(?:(a|an|one)|(" + _longest_first([*(w for w, v in _EN_UNITS.items() if v >= 2), "twenty"])
    + r")|(\d+))\b", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")
_CLAUSE_END = re.compile(r"[.;:!?()]")


def _list_totals(source: str, words: tuple[WordNumber, ...]) -> frozenset[float]:
    """The sums of the counts of the lists ``words`` are counted in ("a 17-year-old, two
    18-year-olds and a 20-year-old man were arrested, police said": 4, which a translation
    may say as «les quatre jeunes gens»): in each clause, the runs of two or more items next
    to each other that begin with a count. The clauses and their items are read once, each
    word's item found by its place (a source of thousands of number words stays linear)."""
    starts: list[int] = []  # where each item begins, in text order
    total_of: list[float | None] = []  # the total of the list each item is in, if any
    clause = 0
    for end in [*(m.start() for m in _CLAUSE_END.finditer(source)), len(source)]:
        position = clause
        counts: list[float | None] = []
        for separator in [*_LIST_SEPARATOR.finditer(source, clause, end), None]:
            stop = separator.start() if separator is not None else end
            part = source[position:stop]
            starts.append(position + len(part) - len(part.lstrip()))
            counts.append(_count_of(part.lstrip()))
            if separator is not None:
                position = separator.end()
        run: list[int] = []
        for index, count in enumerate([*counts, None]):
            if count is not None:
                run.append(index)
                continue
            total = sum(counts[i] or 0.0 for i in run) if len(run) >= 2 else None
            total_of += [total] * len(run)
            if index < len(counts):
                total_of.append(None)
            run = []
        clause = end + 1
    totals = set()
    for word in words:
        item = bisect_right(starts, word.start) - 1
        if item >= 0 and (total := total_of[item]) is not None:
            totals.add(total)
    return frozenset(totals)


def _count_of(item: str) -> float | None:
    """The count a listed item begins with ("a", "two", "12"), or None."""
    counted = _COUNTED.match(item)
    if counted is None:
        return None
    if counted.group(1):
        return 1.0
    if counted.group(3):
        return float(counted.group(3))
    return english_number(counted.group(2))


def _ordinal_run(word: WordNumber, runs: deque[tuple[int, int, float]], folded: str,
                 base: str) -> tuple[int, int, float] | None:
    """The first of ``runs`` that is an ordinal, for an English ordinal ``word``."""
    if not _ordinal_word(word):
        return None
    return next((run for run in runs if _is_ordinal(run, folded, base)), None)


def _part_run(word: WordNumber, runs: deque[tuple[int, int, float]],
              taken: set[int]) -> tuple[int, int, float] | None:
    """The first of ``runs`` (number words below eleven) whose value is the unit of the
    compound ``word`` ("twenty-two": two), which a translation that dropped the tens says."""
    unit = word.value % 10
    if not 21 <= word.value < 100 or not unit:
        return None
    return next((run for run in runs if run[2] == unit and run[0] not in taken), None)


def _ordinal_word(word: WordNumber) -> bool:
    """Is the English number word an ordinal ("second", "tenth", "forty-first")?"""
    return word.text.lower().endswith(("st", "nd", "rd", "th"))


def _is_ordinal(run: tuple[int, int, float], folded: str, base: str) -> bool:
    """Is the run of number words an ordinal (第三, «troisième», «третий»)?"""
    start, end, _value = run
    if base in ("zh", "ja"):
        return folded[start - 1:start] == "第"
    if base == "ru" and _RU_COLLECTIVE.search(folded, start, end) is not None:
        return False  # («трое из них», "three of them": a count, ending as an ordinal does)
    ending = _ORDINAL_END.get(base)
    return ending is not None and ending.search(folded, start, end) is not None


#: Russian's collective numerals («двое», «троих», «четверо», «пятерых»)
_RU_COLLECTIVE = re.compile(r"(?:(?:дво|тро)(?:е|их|им|ими)|(?:четвер|пятер|шестер|семер|восьмер"
                            r"|девятер|десятер)(?:о|ых|ым|ыми))$")


#: English words that imply a number a translation may say with a number word of its own:
#: "the 2014-2015 biennium" «l'exercice biennal», «двухгодичный период»; "bilateral" «两国»;
#: "twice" «deux fois»; "a fortnight" «quinze jours»
_IMPLYING = {
    **dict.fromkeys(("biennium", "biennia", "biennial", "biennially", "bilateral", "twice",
                     "double", "doubled", "doubling", "dual", "both", "pair", "pairs", "twin",
                     "twins", "bicameral", "bimonthly", "biweekly", "bipartite"), 2.0),
    **dict.fromkeys(("triennium", "triennial", "trilateral", "triple", "tripled", "tripartite",
                     "threefold", "trimester", "quarter", "quarterly", "quarters"), 3.0),
    **dict.fromkeys(("quadrennial", "quadrennium", "quadrilateral", "quadruple",
                     "fourfold"), 4.0),
    **dict.fromkeys(("quinquennial", "quinquennium", "fivefold"), 5.0),
    **dict.fromkeys(("semester", "semesters", "half-year", "biannual", "biannually"), 6.0),
    **dict.fromkeys(("decade", "decades", "decennial", "tenfold"), 10.0),
    **dict.fromkeys(("dozen", "dozens"), 12.0),
    "fortnight": 14.0, "fortnightly": 14.0,
    **dict.fromkeys(("century", "centuries", "centenary", "centennial"), 100.0),
}


def _implied(source: str) -> frozenset[float]:
    """The numbers ``source``'s period and multiplier words imply (``_IMPLYING``)."""
    return frozenset(_IMPLYING[w] for w in _LETTERS_HYPHEN.findall(source.lower())
                     if w in _IMPLYING)


_LETTERS_HYPHEN = re.compile(r"[a-z]+(?:-[a-z]+)*")


#: Chinese numerals that name a day or a month, not a quantity: «周二» (Tuesday), «星期三»,
#: «礼拜五», «十二月» (December)
_ZH_NOT_A_NUMBER = re.compile(r"(?:周|星期|礼拜|週|禮拜)[一二三四五六日天]"
                              r"|[一二三四五六七八九十]+月")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a word at ``start`` opens ``text`` or a sentence in it (after ". ", "? ", a
    quotation mark or a bracket opening one)."""
    before = text[:start].rstrip(" \"'“‘«(")
    return not before or before.endswith((".", "!", "?", ":", ";", "\n"))
