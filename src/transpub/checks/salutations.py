"""The forms of address of a salutation carried over (TP111): a speech or statement the UN
publishes opens, and often resumes, with a line of addresses ("Mr. President, Excellencies,
Ladies and gentlemen,"), which its translations say in the language's own forms («Г-н
Председатель, Ваши превосходительства, дамы и господа,»). OHCHR's published Russian had given
«Дамы и господа» for "Excellencies" three times, and no check saw it (session 62).

Only a unit that is a salutation line is read: short, ending with a comma, a colon or an
exclamation mark, and holding a form of address; a sentence that mentions delegates or
ministers is not one. Each form of address the source says (``data/salutations.json``) must
be said by one of its renderings in the translation; one that is not is reported once, with
the form UN translations use as the expected text. Chinese and Arabic forms are matched
within words (no spaces between Chinese words; Arabic attaches «و» and «ب» to the next word).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Any

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding

#: the longest line read as a salutation (OHCHR's longest, nine addresses with names, is 231)
_LONGEST = 320
#: what a salutation line ends with (closing quotes and spaces aside)
_ENDS = (",", ":", "!", "،", "，", "：", "！")
_TRAILING = " \t\u00a0\"'”’»)"


@cache
def _addresses() -> tuple[dict[str, Any], ...]:
    data: dict[str, Any] = json.loads(
        (files("transpub") / "data" / "salutations.json").read_text(encoding="utf-8"))
    return tuple(data["addresses"])


@cache
def _source_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((entry["name"], re.compile(rf"(?<!\w){entry['en']}(?!\w)", re.IGNORECASE))
                 for entry in _addresses())


@cache
def _target_pattern(name: str, lang: str) -> tuple[re.Pattern[str], str] | None:
    entry = next(e for e in _addresses() if e["name"] == name)
    said = entry.get(lang)
    if said is None:
        return None
    forms = "|".join(said["forms"])
    # Chinese has no spaces between words and Arabic attaches its conjunctions and
    # prepositions: their forms are found inside words
    pattern = f"(?:{forms})" if lang in ("zh", "ar") else rf"(?<!\w)(?:{forms})(?!\w)"
    return re.compile(pattern, re.IGNORECASE), said["say"]


def _salutation(text: str) -> bool:
    stripped = text.rstrip(_TRAILING)
    return 0 < len(stripped) <= _LONGEST and stripped.endswith(_ENDS)


#: the lower-case words a salutation line holds besides its forms of address ("Distinguished
#: President of the Council, Your Excellencies, Colleagues and friends,"): any other, a verb
#: or a pronoun ("The Minister welcomed the guests and their friends, and told them:"), makes
#: the line a sentence that names guests, not one that addresses them
_CONNECTORS = frozenset("""and of the for to on in at my our your dear distinguished honourable
    honorable esteemed respected all fellow members member representatives representative
    permanent special high under vice deputy executive madam mr mrs ms dr""".split())
#: how many words may stand before a salutation's first form of address ("Good morning,
#: Excellencies,"): a heading that names delegates at its end ("Message From The Secretary-
#: General To Delegates:") is none
_OPENING_WORDS = 2
_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")


def _only_addresses(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether every lower-case word of ``text`` outside the forms of address' ``spans`` is a
    word a salutation line holds (``_CONNECTORS``): names and titles are capitalised."""
    for word in _WORD_RE.finditer(text):
        if any(start <= word.start() < end for start, end in spans):
            continue
        value = word.group().rstrip(".")
        if value[:1].islower() and value.casefold() not in _CONNECTORS:
            return False
    return True


@check("TP111", "address-missing", Severity.WARNING, "terminology")
def address_missing(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A form of address of a salutation line ("Excellencies") is not said in the
    translation."""
    # (the cheap test first: nearly every unit is a sentence, which ends otherwise)
    if not _salutation(unit.source):
        return ()
    lang = unit.lang.split("_")[0].split("-")[0]
    said = [(name, match) for name, pattern in _source_patterns()
            if (match := pattern.search(unit.source)) is not None]
    if not said or not _only_addresses(unit.source, [m.span() for _, m in said]) or len(
            unit.source[:min(m.start() for _, m in said)].split()) > _OPENING_WORDS:
        return ()
    found = []
    for name, match in said:
        wanted = _target_pattern(name, lang)
        if wanted is not None and not wanted[0].search(unit.target):
            found.append(finding(
                "TP111", unit, f"the form of address «{match.group(0)}» is not said in the "
                "translation's salutation", expected=wanted[1]))
    return found
