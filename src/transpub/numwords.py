"""Numbers written as words: «до пяти лет», «décennal», «الاثني عشر», «第五», "por millón".

A translator may rightly spell out a number the source writes with digits, or fold it into a
word ("10-Year" -> «décennal»). The words and their values are data, one file per language in
``data/numbers/`` (generated with num2words plus the inflected and period forms, see
``tools/gen_number_words.py``); Chinese numerals are parsed in code. The values found are used
only to accept a translation whose digits are missing, never to raise a finding.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from importlib.resources import files

from transpub import retrie
from transpub.numfind import SCALES, chinese_numerals
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


_ZH_FRACTIONS = {"一半": 0.5, "半数": 0.5, "三分之一": 1 / 3, "四分之一": 0.25}


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


def fraction_values(text: str, lang: str) -> frozenset[float]:
    """The fractions written as words in ``text``, as percentages (moitié -> 50)."""
    folded = fold(unicodedata.normalize("NFC", text), lang).lower()
    words = fraction_words(lang)
    if lang.startswith(("zh", "ja")):
        return frozenset(round(v * 100, 6) for w, v in words.items() if w in folded)
    prefix = _AR_PREFIX if lang.startswith("ar") else ""
    return frozenset(round(words[m.group("w")] * 100, 6) for m in re.finditer(
        _LETTER_BEFORE + prefix + "(?P<w>" + "|".join(map(re.escape, words)) + ")"
        + _LETTER_AFTER, folded)) if words else frozenset()


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = number_words(lang)
    if not words:
        return None
    # as a trie: the same matches as the longest-first alternation, 10-60 times faster
    alternation = retrie.alternation(words)
    prefix = _AR_PREFIX if lang.startswith("ar") else ""
    return re.compile(_LETTER_BEFORE + prefix + "(?P<w>" + alternation + ")" + _LETTER_AFTER)


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


_ROMAN = re.compile(r"(?<![^\W\d_])([IVXLCDM]{2,7}|[IVX])(?:e|ᵉ|er|ème|º|o|-?[а-яё]{1,3})?"
                    r"(?![^\W\d_])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_values(text: str) -> set[float]:
    """Roman numerals ("XXIe siècle", «XXI века», "siglo XXI"), canonical ones only."""
    out: set[float] = set()
    for match in _ROMAN.finditer(text):
        letters = match.group(1)
        total = 0
        for index, letter in enumerate(letters):
            value = _ROMAN_VALUES[letter]
            following = _ROMAN_VALUES[letters[index + 1]] if index + 1 < len(letters) else 0
            total += -value if value < following else value
        if 0 < total < 4000 and _to_roman(total) == letters:
            out.add(float(total))
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
    pattern = _pattern(base)
    if pattern is None:
        return frozenset()
    romans = roman_values(text)
    # NFC: published text often carries decomposed accents (e + U+0301, и + U+0306)
    folded = fold(unicodedata.normalize("NFC", text), base).lower()
    connector = _CONNECTORS.get(base)
    # Arabic ordinals past 100: «الرابعة والخمسين بعد المائة» (the 154th, "fifty-fourth after
    # the hundred")
    after = r"(?:بعد[\s-]*)?" if base == "ar" else ""
    gap = re.compile(r"[\s-]*" + (rf"(?:{connector}[\s-]*)?" if connector else "") + after
                     + r"$")
    values: set[float] = set()
    run: list[float] = []
    last_end = -1
    for match in pattern.finditer(folded):
        value = number_words(base)[match.group("w")]
        if run and not gap.match(folded[last_end:match.start()]):
            values.add(_combine(run))
            run = []
        run.append(value)
        values.add(value)
        last_end = match.end()
    if run:
        values.add(_combine(run))
    return frozenset(values | romans)


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


def decade_values(text: str, lang: str) -> frozenset[float]:
    """Decades named by a word of their own («عقد الستينات», the sixties: 60), and the number
    words and numerals that name one with a decade word («les années soixante», «六十年代»)."""
    found = _decade_pattern(lang)
    values: set[float] = set(spelled_values(text, lang))
    if found is not None:
        pattern, words = found
        folded = fold(unicodedata.normalize("NFC", text), lang.split("_")[0]).lower()
        values.update(words[m.group("w")] for m in pattern.finditer(folded))
    return frozenset(values)


#: two neighbouring words in the same case of the dual, a noun and its adjective («برميلان
#: متفجران», «الدولتين الطرفين»): the number two said by the dual, no numeral needed
_AR_DUAL_PAIR = re.compile(
    # both definite, or both indefinite (an adjective agrees with its noun); the second word
    # takes no conjunction («لبنان وعمان» is two names, not a dual)
    r"(?<!\w)[وفبك]?(?:ال|لل)[^\W\d_]{3,}(?P<c1>[اي]ن)\s+ال[^\W\d_]{3,}(?P=c1)(?!\w)"
    r"|(?<!\w)[وفبلك]?(?!ال)[^\W\d_]{3,}(?P<c2>[اي]ن)\s+(?!ال|و)[^\W\d_]{3,}(?P=c2)(?!\w)")


def arabic_dual(text: str) -> bool:
    """Does ``text`` say "two" by a noun and its adjective in the dual?"""
    return _AR_DUAL_PAIR.search(text) is not None
