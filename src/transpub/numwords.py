"""Numbers written as words: «до пяти лет», «décennal», «الاثني عشر», «第五», "por millón".

A translator may rightly spell out a number the source writes with digits, or fold it into a
word ("10-Year" -> «décennal»). The words and their values are data, one file per language in
``data/numbers/`` (generated with num2words plus the inflected and period forms, see
``tools/gen_number_words.py``); Chinese numerals are parsed in code. The values found accept a
translation whose digits are missing; they raise a finding only against a number an English
source says in words (``checks/enwords.respelled_words``: "seventy-ninth" said «soixante-dix-
huitième»).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from transpub import retrie
from transpub.numfind import CN_DIGITS, CN_RUN, SCALES, chinese_numerals, chinese_run_value
from transpub.terms import fold

#: Words that join the parts of one number ("vingt et un", "veinte y uno", «واحد و عشرون»).
_CONNECTORS = {"fr": "et", "es": "y", "ar": "و", "en": "and"}
#: Arabic: the conjunction, a preposition and the article may be written attached.
_AR_PREFIX = r"(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)?"
_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"


@cache
def number_words(lang: str) -> dict[str, float]:
    """Every number word of ``lang`` (folded, lower case) with its value; scale words included."""
    base = lang.split("_")[0].split("-")[0]
    table: dict[str, float] = {}
    resource = files("transpub") / "data" / "numbers" / f"{base}.json"
    if resource.is_file():
        table.update(json.loads(resource.read_text(encoding="utf-8"))["words"])
    for word, value in SCALES.get(base, {}).items():
        if len(word) > 2 and word.isalpha():  # "m", "bn" and "тыс." only after digits
            table.setdefault(fold(word, base).lower(), value)
    return {fold(k, base).lower(): float(v) for k, v in table.items()}


#: tenths said by 成: 一成 is 10 %, 七成 70 %
_ZH_TENTHS = {digit: value for value, digits in enumerate(
    ("", "一", "二两兩", "三", "四", "五", "六", "七", "八", "九")) for digit in digits}
_ZH_TENTH = re.compile(r"(?<![零〇一二两兩三四五六七八九十百千万亿萬億])"
                       r"([一二两兩三四五六七八九])成")
_ZH_FRACTIONS = {"一半": 0.5, "半数": 0.5, "三分之一": 1 / 3, "三分之二": 2 / 3,
                 "四分之一": 0.25, "四分之三": 0.75}


@cache
def fraction_words(lang: str) -> dict[str, float]:
    """Fraction words ("moitié" = 0.5): a percentage may be written as one."""
    base = lang.split("_")[0].split("-")[0]
    if base in ("zh", "ja"):
        return _ZH_FRACTIONS
    resource = files("transpub") / "data" / "numbers" / f"{base}.json"
    if not resource.is_file():
        return {}
    data = json.loads(resource.read_text(encoding="utf-8")).get("fractions", {})
    return {fold(k, base).lower(): float(v) for k, v in data.items()}


def folded_text(text: str, base: str) -> str:
    """``text`` as the number words are read in it: composed (published text often carries
    decomposed accents, e + U+0301, и + U+0306), folded (``terms.fold``: offsets kept) and in
    lower case."""
    return fold(unicodedata.normalize("NFC", text), base).lower()


@lru_cache(maxsize=64)  # (asked for each missing number of a translation: a long one once)
def fraction_values(text: str, lang: str) -> frozenset[float]:
    """The fractions written as words in ``text``, as percentages (moitié -> 50)."""
    folded = folded_text(text, lang)
    words = fraction_words(lang)
    if lang.startswith(("zh", "ja")):
        found = {round(v * 100, 6) for w, v in words.items() if w in folded}
        if "成" in folded:  # «接近一成» (nearly 10 per cent), «七成以上» (over 70 per cent)
            found.update(10.0 * _ZH_TENTHS[m.group(1)] for m in _ZH_TENTH.finditer(folded))
        return frozenset(found)
    prefix = _AR_PREFIX if lang.startswith("ar") else ""
    return frozenset(round(words[m.group("w")] * 100, 6) for m in re.finditer(
        _LETTER_BEFORE + prefix + "(?P<w>" + "|".join(map(re.escape, words)) + ")"
        + _LETTER_AFTER, folded)) if words else frozenset()


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    """Every number word of ``lang`` as a word of the text (``_Lexicon`` finds the same
    without it, where it can: this pattern took 70-160 ms to compile for Russian)."""
    words = number_words(lang)
    if not words:
        return None
    # as a trie: the same matches as the longest-first alternation, 10-60 times faster
    alternation = retrie.alternation(words)
    prefix = _AR_PREFIX if lang.startswith("ar") else ""
    return re.compile(_LETTER_BEFORE + prefix + "(?P<w>" + alternation + ")" + _LETTER_AFTER)


#: A run of letters, and one letter: what ``_LETTER_BEFORE`` and ``_LETTER_AFTER`` test for
_LETTERS = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """The matches of ``_pattern(lang)``, found by looking the text's runs of letters up in
    a table instead of compiling the pattern (the same matches, tested on generated and real
    texts in tests/test_checkunit13_patterns.py). A match cannot start after a letter, and
    every number word starts with one: it starts where a run of letters does (after the
    Arabic prefix, itself of letters), and the word's first run of letters is the rest of the
    text's run. Of the words with that first run, ``re`` takes the longest that the text
    holds there and that no letter follows (the trie tries the longest first, and backtracks
    to a shorter one when ``_LETTER_AFTER`` fails); with a prefix, the first prefix in the
    order ``re`` tries them (``_arabic_prefixes``) that some word follows. ``finditer`` then
    goes on after the match."""

    words: dict[str, tuple[str, ...]]
    """A word's first run of letters -> the words that start with it, longest first."""
    arabic: bool

    def matches(self, folded: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, word) of each match of ``_pattern`` in ``folded``, as ``finditer``."""
        words = self.words
        if not self.arabic and words.keys().isdisjoint(_LETTERS.findall(folded)):
            return  # (most texts: the runs looked up in C, no match object made)
        end = 0
        for run in _LETTERS.finditer(folded):
            text = run.group()
            if self.arabic:
                # (most runs are no number word: the prefixes' order is worked out only for
                # a run that some cut of at most a prefix's length leaves a word's first run)
                if not any(text[cut:] in words
                           for cut in range(min(len(text), _AR_LONGEST_PREFIX + 1))):
                    continue
                cuts: Iterable[int] = _arabic_prefixes(text)
            elif text in words:
                cuts = (0,)
            else:
                continue
            start = run.start()
            if start < end:
                continue  # inside the last match (a word of several runs)
            for cut in cuts:
                found = words.get(text[cut:] if cut else text)
                if found is None:
                    continue
                at = start + cut
                word = next((w for w in found if folded.startswith(w, at)
                             and _LETTER.match(folded, at + len(w)) is None), None)
                if word is not None:
                    end = at + len(word)
                    yield start, end, word
                    break


#: The longest prefix ``_AR_PREFIX`` takes (و, ب, ال)
_AR_LONGEST_PREFIX = 4


def _arabic_prefixes(run: str) -> Iterator[int]:
    """The lengths of the prefixes ``_AR_PREFIX`` (``(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)?``) can
    take at the start of ``run``, in the order ``re`` tries them: the first branch with each
    optional part taken before it is left out, then the second branch, then none."""
    firsts = (1, 0) if run[0] in "وف" else (0,)
    for first in firsts:
        for second in (1, 0) if run[first:first + 1] in ("ب", "ل", "ك") else (0,):
            if run.startswith("ال", first + second):
                yield first + second + 2
            yield first + second
    for first in firsts:
        if run.startswith("لل", first):
            yield first + 2
    yield 0


@cache
def _lexicon(lang: str) -> _Lexicon | None:
    """``lang``'s number words as a ``_Lexicon``; None if it has none, or if a word does not
    start with a letter (then ``_pattern`` is used)."""
    by_run: dict[str, list[str]] = {}
    for word in number_words(lang):
        first = _LETTERS.match(word)
        if first is None:
            return None
        by_run.setdefault(first.group(), []).append(word)
    if not by_run:
        return None
    return _Lexicon({run: tuple(sorted(found, key=len, reverse=True))
                     for run, found in by_run.items()}, lang.startswith("ar"))


def _number_matches(folded: str, base: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each number word in ``folded`` (``_pattern``'s matches)."""
    lexicon = _lexicon(base)
    if lexicon is not None:
        return lexicon.matches(folded)
    pattern = _pattern(base)
    if pattern is None:
        return iter(())
    return ((m.start(), m.end(), m.group("w")) for m in pattern.finditer(folded))


@cache
def _gap(base: str) -> re.Pattern[str]:
    """What may stand between two words of one number: spaces and hyphens, the connector
    ("vingt et un"); in Arabic, «بعد» of ordinals past 100 («الرابعة والخمسين بعد المائة», the
    154th, "fifty-fourth after the hundred")."""
    connector = _CONNECTORS.get(base)
    after = r"(?:بعد[\s-]*)?" if base == "ar" else ""
    return re.compile(r"[\s-]*" + (rf"(?:{connector}[\s-]*)?" if connector else "") + after
                      + r"$")


def _combine(parts: list[float]) -> float:
    """The value of consecutive number words: "deux cent mille" = 200000, «خمسة عشر» = 15."""
    total = current = 0.0
    last_scale = 0.0
    for value in parts:
        if value >= 1000:
            if not current and total and value > last_scale:
                total *= value  # "mil millones" = 10^9
            else:
                total += (current or 1) * value
            current = 0
            last_scale = value
        elif value == 100 and 0 < current < 10:
            current *= 100
        else:
            current += value
    return total + current


#: A Roman numeral: ``ROMAN_PLAIN`` (``(?<![^\W\d_])([IVXLCDM]{2,7}|[IVX])…``) with its
#: look-behind taken after the first letter (one character wider) and that letter taken out
#: in front of the two branches (the single one looked at behind it): ``re`` scans for a
#: pattern that starts with a character set from candidate to candidate, and tries one that
#: starts with a look-behind at every position (2.5 times slower over the texts of a check).
#: The same matches, tried in the same order: 2 to 7 letters, longest first, then one of I, V,
#: X (tests/test_datenum16_patterns.py).
_ROMAN = re.compile(r"([IVXLCDM](?<![^\W\d_][IVXLCDM])(?:[IVXLCDM]{1,6}|(?<=[IVX])))"
                    r"(?:e|ᵉ|er|ème|º|o|-?[а-яё]{1,3})?(?![^\W\d_])")
ROMAN_PLAIN = re.compile(r"(?<![^\W\d_])([IVXLCDM]{2,7}|[IVX])(?:e|ᵉ|er|ème|º|o|-?[а-яё]{1,3})?"
                         r"(?![^\W\d_])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_values(text: str) -> set[float]:
    """Roman numerals ("XXIe siècle", «XXI века», "siglo XXI"), canonical ones only."""
    return {value for _start, _end, value in roman_runs(text)}


#: a Roman numeral before a Russian century word typed with the Cyrillic letters that look
#: like the Latin (Х, І, С, М: «в середине ХХ века» on a Russian keyboard); only there, where
#: a word of those letters can be nothing else
_CYRILLIC_ROMAN = re.compile(r"(?<![^\W\d_])[IVXLCDMХІСМ]*[ХІСМ][IVXLCDMХІСМ]*(?![^\W\d_])"
                             r"(?=(?:-?[а-яё]{1,3})?\s+(?:век|столет))")
_LATIN_LOOKALIKES = str.maketrans("ХІСМ", "XICM")
#: a Roman numeral in lower case beside a century word: Spanish and French small capitals
#: come out of plain text in lower case («siglo xix», «siglos xix y xx», «xxie siècle»); only
#: there, where such a word can be nothing else
_LOWER_ROMAN = re.compile(r"(?<=\bsiglo )[ivxlc]{1,7}(?![^\W\d_])|(?<=\bsiglos )[ivxlc]{1,7}"
                          r"(?:\s+(?:y|al?)\s+[ivxlc]{1,7})?(?![^\W\d_])"
                          r"|(?<![^\W\d_])[ivxlc]{1,7}(?=(?:e|ᵉ|ème)?\s+si[eè]cles?\b)")


_ROMAN_WORD = re.compile(r"\b[ivxlc]+\b")


def _upper(match: re.Match[str]) -> str:
    return match.group().upper()


def roman_runs(text: str) -> list[tuple[int, int, float]]:
    """``roman_values`` with their places: (start, end, value), in text order."""
    out: list[tuple[int, int, float]] = []
    if "век" in text or "столет" in text:  # (the same length: the places stay)
        text = _CYRILLIC_ROMAN.sub(lambda m: m.group().translate(_LATIN_LOOKALIKES), text)
    if "siglo" in text or "siècle" in text:
        text = _LOWER_ROMAN.sub(lambda m: _ROMAN_WORD.sub(_upper, m.group()), text)
    for match in _ROMAN.finditer(text):
        letters = match.group(1)
        total = 0
        for index, letter in enumerate(letters):
            value = _ROMAN_VALUES[letter]
            following = _ROMAN_VALUES[letters[index + 1]] if index + 1 < len(letters) else 0
            total += -value if value < following else value
        if 0 < total < 4000 and _to_roman(total) == letters:
            out.append((match.start(1), match.end(1), float(total)))
    return out


def _to_roman(number: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):
        while number >= value:
            out += letters
            number -= value
    return out


def spelled_values(text: str, lang: str) -> frozenset[float]:
    """The values of the numbers written as words in ``text`` (each word, and each run of words)."""
    base = lang.split("_")[0].split("-")[0]
    if base in ("zh", "ja"):
        return frozenset(chinese_numerals(text))
    words = number_words(base)
    if not words:
        return frozenset()
    romans = roman_values(text)
    folded = folded_text(text, base)
    gap = _gap(base)
    values: set[float] = set()
    run: list[float] = []
    last_end = -1
    for start, end, word in _number_matches(folded, base):
        value = words[word]
        if run and not gap.match(folded[last_end:start]):
            values.update(_run_values(run))
            run = []
        run.append(value)
        values.add(value)
        last_end = end
    if run:
        values.update(_run_values(run))
    values |= half_scale_values(folded, base)  # («полмиллиона»: one word, not a run's)
    return frozenset(values | romans)


def number_runs(folded: str, lang: str) -> list[tuple[int, int, float]]:
    """Each run of number words in ``folded`` (text as ``fold`` and ``lower`` leave it), with
    the value of the whole run: (start, end, value), in ``spelled_values``' runs (Chinese: each
    run of numerals). For reading a number at a place, where ``spelled_values`` gives every
    value a text holds."""
    base = lang.split("_")[0].split("-")[0]
    if base in ("zh", "ja"):
        # (three numerals or more without 十/百/千: said digit by digit, 一九四五 = 1945)
        return [(m.start(), m.end(), float("".join(str(CN_DIGITS[c]) for c in m.group()))
                 if len(m.group()) > 2 and all(c in CN_DIGITS for c in m.group())
                 else chinese_run_value(m.group()))
                for m in CN_RUN.finditer(folded)]
    words = number_words(base)
    if not words:
        return []
    gap = _gap(base)
    out: list[tuple[int, int, float]] = []
    run: list[float] = []
    run_start = last_end = -1
    for start, end, word in _number_matches(folded, base):
        if run and not gap.match(folded[last_end:start]):
            out.append((run_start, last_end, _combine(run)))
            run = []
        if not run:
            run_start = start
        run.append(words[word])
        last_end = end
    if run:
        out.append((run_start, last_end, _combine(run)))
    return out


#: Half a scale word: "half a million", «un demi-million», «medio millón», «полмиллиона»,
#: «نصف مليون» (each language's gate first: the search is made only where it is)
_HALF_SCALE = {
    "en": ("half", r"(?<!\w)half[\s-]+(?:an?[\s-]+)?(?P<s>{})(?!\w)"),
    "fr": ("demi", r"(?<!\w)demi-?\s*(?P<s>{})(?!\w)"),
    "es": ("medi", r"(?<!\w)medi[oa]\s+(?P<s>{})(?!\w)"),
    "ru": ("пол", r"(?<!\w)полу?-?(?P<s>{})(?!\w)"),
    "ar": ("نصف", r"(?<!\w)[وب]?(?:ال)?نصف\s+(?:ال)?(?P<s>{})(?!\w)"),
}


@cache
def _half_scale(base: str) -> tuple[str, re.Pattern[str]] | None:
    entry = _HALF_SCALE.get(base)
    if entry is None:
        return None
    scales = sorted((w for w, v in number_words(base).items() if v >= 1000 and w.isalpha()),
                    key=len, reverse=True)
    return entry[0], re.compile(entry[1].format("|".join(map(re.escape, scales))))


def half_scale_values(folded: str, base: str) -> set[float]:
    """The values of half a scale word in ``folded`` (folded, lower-case text): 500000.0 for
    «نصف مليون»."""
    half = _half_scale(base)
    if half is None or half[0] not in folded:
        return set()
    words = number_words(base)
    return {words[m.group("s")] / 2 for m in half[1].finditer(folded)}


def _run_values(run: list[float]) -> Iterator[float]:
    """The value of a run of number words, and of each stretch of two to four words in it: a
    run may join two numbers («التاسعة والثالثة عشرة», the 9th and the 13th, read as one run
    by the connector between them). Short stretches only: a run of any length costs linear
    time. And a teen at the run's head, a unit before ten, with an ordinal after it («السنوات
    الخمس عشرة الأولى», the first fifteen years: 15 and 1; not «التاسعة والرابعة», 9 and 4, which
    make no 13)."""
    yield _combine(run)
    if len(run) > 2:
        if run[1] == 10 and 1 <= run[0] <= 9:
            yield run[0] + 10
        for size in (2, 3, 4):
            for start in range(1, len(run) - size + 1):
                yield _combine(run[start:start + size])


@cache
def _decade_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, float]] | None:
    base = lang.split("_")[0].split("-")[0]
    data = json.loads((files("transpub") / "data" / "decades.json").read_text(encoding="utf-8"))
    words = {fold(k, base).lower(): float(v) for k, v in data.get(base, {}).items()}
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    prefix = _AR_PREFIX if base == "ar" else ""
    return re.compile(_LETTER_BEFORE + prefix + "(?P<w>" + alternation + ")" + _LETTER_AFTER), words


_ZH_DIGITS = "一二三四五六七八九"
_ZH_TWO_DECADES = re.compile(r"([一二三四五六七八九])(?=[一二三四五六七八九]十年代)")


def decade_values(text: str, lang: str) -> frozenset[float]:
    """Decades named by a word of their own («عقد الستينات», the sixties: 60), and the number
    words and numerals that name one with a decade word («les années soixante», «六十年代»)."""
    found = _decade_pattern(lang)
    values: set[float] = set(spelled_values(text, lang))
    if lang.startswith("zh") and "十年代" in text:
        # «六七十年代»: the sixties and seventies, the first decade's 十 left out
        values.update(10.0 * _ZH_DIGITS.index(m.group(1)) + 10
                      for m in _ZH_TWO_DECADES.finditer(text))
    if found is not None:
        pattern, words = found
        folded = folded_text(text, lang.split("_")[0])
        values.update(words[m.group("w")] for m in pattern.finditer(folded))
    return frozenset(values)


#: two neighbouring words in the same case of the dual, a noun and its adjective («برميلان
#: متفجران», «الدولتين الطرفين»): the number two said by the dual, no numeral needed
_AR_DUAL_PAIR = re.compile(
    # both definite, or both indefinite (an adjective agrees with its noun); the second word
    # takes no conjunction («لبنان وعمان» is two names, not a dual)
    r"(?<!\w)[وفبك]?(?:ال|لل)[^\W\d_]{3,}(?P<c1>[اي]ن)\s+ال[^\W\d_]{3,}(?P=c1)(?!\w)"
    r"|(?<!\w)[وفبلك]?(?!ال)[^\W\d_]{3,}(?P<c2>[اي]ن)\s+(?!ال|و)[^\W\d_]{3,}(?P=c2)(?!\w)"
    # the adjective in the construct state before its complement, which drops the ن:
    # «مركبتان رباعيتا الدفع» (two four-wheel-drive vehicles)
    r"|(?<!\w)[وفبلك]?[^\W\d_]{3,}[اي]ن\s+(?!ال|و)[^\W\d_]{3,}ت[اي]\s+ال[^\W\d_]{2,}")


def arabic_dual(text: str) -> bool:
    """Does ``text`` say "two" by a noun and its adjective in the dual?"""
    return _AR_DUAL_PAIR.search(text) is not None
