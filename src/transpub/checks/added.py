"""A number only the translation has (TP317): "by 2030" or «15 %» in a translation whose
source says no such thing. TP301 reports the source's numbers the translation lost or changed;
a draft filled with another sentence (session 64's trial: an `align` draft holding the
previous sentence's French, «à l'horizon 2030», passed), a slip, a fact made up, pass it.

No second number reader: the candidates are the translation's numbers TP301's pairing left
over (``numbers._compare_numbers``), in a unit where every number of the source was paired
(where one is missing, what is left over is most likely what it became: TP301's to say).
Each is then looked for in what the source says in any other way. The rules come from the
published translations of the UN Parallel Corpus and the real-text corpus (README, TP317):

- a value the source writes anywhere, in whatever form TP301 does not pair: glued to a code
  or a currency ("UNSCR1540" → «résolution 1540», "Euro131 million" → «131 млн. евро»,
  "post2015" → «después de 2015», "PM2.5" → «PM 2,5»), inside a date or a symbol, said twice
  in the translation where the source says it once («15岁及15岁以上»), in Roman numerals
  ("Figure I" → «figure 1», "(ii)" → «’2‘»), in words ("a century ago" → «il y a 100 ans»,
  "the first trimester" → «头3个月»), or glued to a footnote's number ("September 2014.42"
  → «septiembre de 201442.»);
- one: the articles, singulars and "first" that translations write as 1 («1 dollar», «1起»);
- a paragraph's or outline's number opening the translation where the source has none
  («9. Por lo que…», «7- ويفترض», «1.3 Encargar»: documents number their paragraphs, and
  extraction keeps the number on one side);
- a footnote's number: glued to a word («blessés.34»), or in parentheses glued or ending
  the text («السرعة(5)», «2014(2)(1)»), or numbers ending the text after its last word, a
  table of contents' paragraphs and page («… Naciones Unidas 33 - 76 19»);
- a document symbol's numbers («S/2014/648», TP404's), a tag's (a link's address: TP401's),
  a resolution's year after its number («la resolución 1540 (2004)»), a year where the
  source speaks of "the year", "this year", "the biennium" («2014年期间» for "During the
  year");
- a version's number («Debian 6.0 <q>Squeeze</q>» for "Squeeze", «Debian 8» for "This new
  release"): a name's, which translations of Debian's news give where the source names the
  release by its code name or a demonstrative;
- a number read twice (a time's hour also read as a range's first hour): its first reading
  was paired.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.enwords import english_words
from transpub.checks.markup import symbol_matches
from transpub.checks.numbers import (
    _compare_numbers,
    _footnote_marker,
    _source_numbers,
    target_numbers,
)
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.intervals import Intervals
from transpub.memo import memo
from transpub.numfind import NumberMention, _readings_of, find_numbers, has_digit
from transpub.numwords import roman_values
from transpub.versions import version_at

#: a run of digits and the separators inside a number ("475,000", "1.5", "2014.42")
_DIGIT_RUN = re.compile(r"\d+(?:[.,]\d+)*")
#: a letter right before a digit ("Euro131", "UNSCR1540", "post2015"): parted, so that the
#: number reader reads the number and its scale word ("Euro131 million" is 131,000,000)
_GLUED = re.compile(r"(?<=[^\W\d_])(?=\d)")
#: digits glued to the number before them, one mark at most between ("2014.42": a year and
#: its footnote's number; "20112012": two years whose dash was lost)
_PAIR = re.compile(r"(\d+)[.;,]?(?=(\d+))")
#: "fifth- and sixth-class": the first word of a suspended compound, read as a word
_SUSPENDED = re.compile(r"(?<=[a-z])-(?=\s+(?:and|or|to)\s)")
#: Roman numerals of a list in lower case ("(i)", "(iv)"), as translations number it («’4‘»)
_LIST_ROMAN = re.compile(r"\(([ivxl]{1,6})\)")
#: the English words that say a number without being one
_COUNT_NOUNS = {"century": 100.0, "centuries": 100.0, "decade": 10.0, "decades": 10.0,
                "dozen": 12.0, "dozens": 12.0, "hundred": 100.0, "thousand": 1e3,
                "million": 1e6, "billion": 1e9, "fortnight": 14.0, "twice": 2.0,
                "half": 50.0, "quarter": 25.0, "quarters": 25.0, "trimester": 3.0,
                "semester": 6.0, "biennium": 2.0, "triennium": 3.0, "both": 2.0}
_WORD = re.compile(r"[a-z]+")
#: a decade, in words or by its year, that translations write with its two digits ("in the
#: nineties", "the 1990s" → «в 90-е годы», «les années 90», «90年代»; t65/hB)
_DECADES = {"twenties": 20.0, "thirties": 30.0, "forties": 40.0, "fifties": 50.0,
            "sixties": 60.0, "seventies": 70.0, "eighties": 80.0, "nineties": 90.0}
_DECADE_YEAR = re.compile(r"(?<!\d)(?:1[0-9]|20)([1-9]0)(?:'?s)(?![^\W\d_])")
#: a year the source names without its number: "during the year", "this year", "last year",
#: "the current biennium"
_YEAR_NAMED = re.compile(r"\b(?:the|this|last|next|past|previous|current|same|coming"
                         r"|following)\s+(?:(?:current|reporting|calendar|financial|fiscal)\s+)?"
                         r"(?:year|biennium)\b", re.IGNORECASE)
#: a paragraph's or an outline's number opening a text: «9. », «7- », «1.3 », «’3‘ », «(2) »
#: (Arabic-Indic digits too: «١٧- »; and Chinese's full-width point or comma, no space
#: after it: «3．建议», «2、»)
_OUTLINE = re.compile(r"\s*[(\[\"'‘’`（]?[\d٠-٩]{1,3}[A-Z]?(?:[.．-][\d٠-٩]{1,3}){0,3}"
                      r"(?:[.)\]'’‘`-]?(?:\s|$)|[．、）])")
#: a footnote's number in parentheses: «(5)», «(٣)»
_NOTE_PAREN = re.compile(r"\((?:\d{1,2}|[٠-٩]{1,2})\)")
#: numbers ending a text after its last word: a table of contents' paragraphs and page
#: («33 - 76 19»), a footnote's number set off by a space («按速度分列 5»); not a year
_TRAILING = re.compile(r"(?<=[^\W\d_])(?:[ \u00a0\u3000]+\d{1,3}(?:\s*[-–−]\s*\d{1,3})?)+\s*$")
#: a resolution's number and the opening parenthesis of its year: «1540 (2004)»
_RESOLUTION_BEFORE = re.compile(r"\d\s*\($")
#: a tag, its attributes with it («<a href="$(HOME)/News/2012/20100121">»)
_TAG = re.compile(r"<[/\w][^<>]{0,300}>")
#: a month range's first month in Chinese: «2014年7-8月», «7至8月»
_ZH_MONTH_RANGE = re.compile(r"\s*[-–~～至到]\s*(?:1[0-2]|[1-9])\s*月")


@memo()
def _source_values(source: str, source_lang: str) -> frozenset[float]:
    """Every value ``source`` says, in any form (once for its five translations)."""
    values: set[float] = set()
    for run in _DIGIT_RUN.finditer(source):
        values |= _readings_of(run.group(), source_lang)
        values.update(float(digits) for digits in re.findall(r"\d+", run.group()))
    for pair in _PAIR.finditer(source):
        values.add(float(pair.group(1) + pair.group(2)))
    spaced = _GLUED.sub(" ", source)
    for mention in find_numbers(spaced, source_lang, []):
        values |= mention.values
    values |= roman_values(source)
    for item in _LIST_ROMAN.finditer(source):
        values |= roman_values(item.group(1).upper())
    values |= english_words(_SUSPENDED.sub("", source), source_lang)
    words = _WORD.findall(source.lower())
    values.update(_COUNT_NOUNS[w] for w in words if w in _COUNT_NOUNS)
    values.update(_DECADES[w] for w in words if w in _DECADES)
    values.update(float(decade) for decade in _DECADE_YEAR.findall(source))
    return frozenset(values)


def _long_runs(source: str) -> tuple[str, ...]:
    """The source's runs of six digits or more: numbers glued together ("20112012")."""
    return tuple(run for run in re.findall(r"\d{6,}", source))


def _accounted(unit: Unit, mention: NumberMention, said: frozenset[float]) -> bool:
    """Does the source account for the translation's ``mention`` in a way TP301's pairing
    does not read (the module's docstring)?"""
    if mention.values & said or mention.values == {1.0}:
        return True
    target = unit.target
    digits = re.sub(r"\D", "", mention.text)
    if len(digits) >= 4 and any(digits in run for run in _long_runs(unit.source)):
        return True
    outline = _OUTLINE.match(target)
    if outline and mention.end <= outline.end() and not _OUTLINE.match(unit.source):
        return True
    if mention.start and _footnote_marker(target, mention):
        return True
    note = _NOTE_PAREN.match(target, mention.start - 1) if mention.start else None
    if note and (not target[mention.start - 2:mention.start - 1].isspace()
                 or not target[note.end():].strip(" .;,:؛،。")):
        return True
    trailing = _TRAILING.search(target, max(0, mention.start - 40))
    if trailing and trailing.start() <= mention.start:
        return True
    if version_at(target, mention.start):
        return True
    year = any(1900 <= v <= 2100 and v % 1 == 0 for v in mention.values)
    if year and target[mention.end:mention.end + 1] == ")" and _RESOLUTION_BEFORE.search(
            target, max(0, mention.start - 4), mention.start):
        return True
    if year and _YEAR_NAMED.search(unit.source):
        return True
    return bool(unit.lang.startswith("zh") and mention.values <= frozenset(map(float, range(
        1, 13))) and _ZH_MONTH_RANGE.match(target, mention.end))


@check("TP317", "number-added", Severity.INFO, "numbers")
def number_added(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A number of the translation that no number of the source accounts for."""
    if not has_digit(unit.target):
        return ()
    lang = unit.numbers or unit.lang
    missing, left, _ = _compare_numbers(unit.source, ctx.source_lang, unit.target, lang)
    if missing or not left:
        return ()  # (a number missing: what is left over is TP301's, what it became)
    said = _source_values[unit.source, ctx.source_lang]
    candidates = [m for m in left if not _accounted(unit, m, said)]
    if not candidates:
        return ()
    # (the translation's numbers read twice, «الساعة 10:00» as a time and as a range's first
    # hour: the reading left over overlaps the one paired)
    kept = {(m.start, m.end) for m in left}
    timed = _source_numbers[unit.source, ctx.source_lang][0]
    paired = Intervals([(m.start, m.end) for m in target_numbers(unit.target, lang, timed)
                        if (m.start, m.end) not in kept])
    # (a document symbol's numbers, TP404's; a tag's, a link's address in it: TP401's)
    symbols = Intervals([(m.start(), m.end()) for m in symbol_matches(unit.target)]
                        if "/" in unit.target else [])
    if "<" in unit.target:
        for tag in _TAG.finditer(unit.target):
            symbols.add(tag.start(), tag.end())
    return [finding("TP317", unit, f"number «{m.text}» is in the translation only: no number "
                    "of the source accounts for it",
                    span=(m.start, m.end)) for m in candidates
            if not paired.overlaps(m.start, m.end) and not symbols.overlaps(m.start, m.end)]

