"""The same source translated the same way, within a language (TP7xx)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding

_TYPOGRAPHY = str.maketrans({"’": "'", "\u00a0": " ", "\u202f": " "})
_NON_WORD = re.compile(r"[\W_]+")


def _norm(text: str) -> str:
    return " ".join(text.translate(_TYPOGRAPHY).split())


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    return _NON_WORD.sub(" ", _norm(text)).strip().casefold()


def _same_entry(one: Unit, other: Unit) -> bool:
    """Two forms of one plural entry: they differ by design."""
    return one.form is not None and (one.file, one.line) == (other.file, other.line)


#: a footnote marker glued to the word it follows, with or without a comma before it
#: ("Questions,2 and", "Questions2 and"): the same sentence, typeset differently
_FOOTNOTE_MARKER = re.compile(r"(?<=[^\W\d_A-Z])[,;]?\d{1,3}(?=[\s,;:.)]|$)")


def _unmarked(text: str) -> str:
    """The TP702 comparison key without footnote markers."""
    return _key(_FOOTNOTE_MARKER.sub("", text))


def text_key(text: str) -> str:
    """The comparison key of the TP7xx groups (case, punctuation and spacing folded)."""
    return _key(text)


def _usable(unit: Unit) -> bool:
    # untranslated copies and drafts are reported elsewhere; they are noise here
    return bool(unit.target.strip()) and not unit.fuzzy and _norm(unit.target) != _norm(
        unit.source)


@check("TP701", "inconsistent-translation", Severity.WARNING, "consistency", scope="collection")
def inconsistent_translation(ctx: CheckContext, units: list[Unit]) -> Iterator[Finding]:
    """The same source text is translated differently in the same language."""
    groups: dict[tuple[str, str, str, int | None], list[Unit]] = defaultdict(list)
    for unit in units:
        if _usable(unit):
            # in another project's PO file the msgctxt tells units apart ("abbrev. month",
            # "alt. month"); in transpub's own it is the unit id, and the same sentence under
            # two ids should read the same; so should a foreign file's keys (unit.keyed)
            context = unit.context if unit.foreign and not unit.keyed else None
            groups[(unit.lang, context or "", _norm(unit.source), unit.form)].append(unit)
    for group in groups.values():
        first = group[0]
        for other in group[1:]:
            if _key(other.target) != _key(first.target) and not _same_entry(first, other):
                yield finding("TP701", other,
                              f"translated differently from {first.file}:{first.line} "
                              f"[{first.id}]", expected=first.target)


@check("TP702", "same-translation", Severity.WARNING, "consistency", scope="collection")
def same_translation(ctx: CheckContext, units: list[Unit]) -> Iterator[Finding]:
    """Different source texts share one translation in the same language."""
    groups: dict[tuple[str, str], list[Unit]] = defaultdict(list)
    for unit in units:
        if _usable(unit) and len(unit.source.split()) > 2:
            groups[(unit.lang, _key(unit.target))].append(unit)
    for group in groups.values():
        first = group[0]
        for other in group[1:]:
            if (_key(other.source) != _key(first.source) and not _same_entry(first, other)
                    and _unmarked(other.source) != _unmarked(first.source)):
                yield finding("TP702", other,
                              f"same translation as the different source of {first.file}:"
                              f"{first.line} [{first.id}]")
