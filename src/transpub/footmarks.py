"""A footnote's mark as a PDF's text layer leaves it, glued to the word it notes ("Union1",
"terrorism.2", «的报告3», «الدولي4», "UNICEF3"), or a superscript number ("¹"); and the text's
own numbers that look so and are none: a count or a measure («3天», «3位», "3.5%"), a sum
("USD3 million"), a name's figures ("G20", "CO2").

A glued number is ambiguous by nature, so a mark needs evidence: its shape here, and the
page's (a foot line of the same number under it, the marks in the order 1, 2, 3: see
``importer_pages._footnotes`` and ``next_marks``).
"""

from __future__ import annotations

import re
import unicodedata

from babel.numbers import list_currencies

#: A Chinese ideograph (the unified blocks and the compatibility one): after a number, a
#: count's or a measure's word («3天», «3所», «3位», «3周», «12月»), which no list can hold
#: whole; a mark stands before punctuation, a space or the line's end («的报告3，»).
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: The number right after a word or a closing punctuation mark ("Union1", "terrorism.2",
#: "said”3", «的报告3», «الدولي4»), or a superscript number anywhere. Not a number a word's
#: grammar holds: a Chinese ordinal («第3条»), one after Arabic's "and", "by", "to" written
#: on to it («و25»); nor a number's own parts: one before a decimal or group mark and a digit
#: ("3.5%", «3.5%»), or after them ("1.5 million"), before a percent sign, an ideograph or a
#: group of three digits («2 540人»).
NOTE_MARK_RE = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=[.,;:!?”’»)\]])(?<!\d[.,]))(?<!第)(?<!\sو)(?<!\sب)(?<!\sل)"
    r"(?P<n>[1-9]\d?)(?!\d)(?![.,٫]\d)(?![%％٪‰" + _HAN + r"])(?!\s\d{3}\b)"
    r"|(?P<sup>[¹²³⁴-⁹][⁰¹²³⁴-⁹]?)")

#: ISO 4217's codes (babel's list, the historic ones too): "USD3 million", "CHF5" are sums.
_CURRENCIES = frozenset(list_currencies())
#: The longest run of capitals read before a mark: an acronym is shorter, and looking no
#: further keeps a mark's cost the same whatever the line's length.
_LONGEST = 12


def capitals_before(text: str, end: int) -> str:
    """The word that ends at ``end`` when it is all capitals A-Z ("G", "UNICEF"), else "" (a
    word with other letters, "Union", or longer than ``_LONGEST``)."""
    start = end
    while start > 0 and end - start < _LONGEST and "A" <= text[start - 1] <= "Z":
        start -= 1
    if start > 0 and (text[start - 1].isalpha() or text[start - 1] == "_"):
        return ""
    return text[start:end]


def may_be_mark(text: str, mark: re.Match[str]) -> bool:
    """Whether a number ``NOTE_MARK_RE`` found in ``text`` may be a footnote's mark: not a
    name's figures, one or two capitals before them ("G20", "A4", "CO2", "UN80"), nor a sum,
    a currency's code before it ("USD3")."""
    if mark.group("n") is None:
        return True
    capitals = capitals_before(text, mark.start())
    return not (0 < len(capitals) <= 2 or capitals in _CURRENCIES)


def after_acronym(text: str, mark: re.Match[str]) -> bool:
    """Whether a mark follows an acronym of three capitals or more ("UNICEF3", "WHO3"):
    weaker evidence than a lower-case word's ("Union1"), for "MDG3", "COVAX3" are names."""
    return len(capitals_before(text, mark.start())) >= 3


def footnote_number(text: str) -> int:
    """A mark's or a foot line's number, its digits plain or superscript."""
    return int("".join(str(unicodedata.digit(c)) for c in text))


def next_marks(text: str, pending: list[int]) -> list[re.Match[str]]:
    """The footnotes' marks in ``text``, in the order the footnotes are numbered: a plain
    mark only for the lowest number ``pending`` still holds (footnote 3's mark is the first
    "3" after footnote 2's: "WHO3", "MDG3", «3天» further on are the text's), a superscript
    for any number it holds. ``pending`` (ascending) loses the numbers marked and those
    below them, so that the next paragraph goes on from there."""
    found: list[re.Match[str]] = []
    for mark in NOTE_MARK_RE.finditer(text):
        if not pending:
            break
        number = footnote_number(mark.group("n") or mark.group("sup"))
        if number not in pending or not may_be_mark(text, mark) or (
                mark.group("sup") is None and number != pending[0]):
            continue
        found.append(mark)
        del pending[:pending.index(number) + 1]
    return found
