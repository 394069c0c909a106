"""The per-unit checks' findings of a unit, kept for the next unit that is the same in every
respect the checks read (``run_checks``): boilerplate recurs across a run's files (contact
lines, "Note to editors", titles; 21 % of the units of the benchmark's 1,000 releases), and a
unit served from here is not checked again. A cached finding is stamped anew with the unit's
own file, line and id, which are all a finding takes from a unit besides what the key holds.

What the per-unit checks read of a unit (``checks/*.py``, their parsers and memos):

- its language, source, translation, fuzzy flag, ``#,`` flags, plural form and its msgid_plural,
  the loose mark of a plural form, the surplus form count, and whether another tool wrote its
  file (the markup warning): all of them in the key (``key``);
- the release's year, and only that of its date: the date checks fill in a mention without a
  year with it, and only a unit with a date on either side has one (``_dated``): the entry of
  a unit with no date holds for every release, that of a dated one is kept per year;
- the document it is checked in: the short forms a translation defines in its file count as
  mentions (``checks/shortforms.py``, through ``CheckContext.document``). When a check read
  the document (``CheckContext.document_reads`` tells), none of the units checked with it
  (a block, ``checks.BLOCK``) is kept, nor a later unit of the same file with the texts of
  one of them (its shortfalls are then the file's memo, ``near_cache``). Rare: 10 reads
  in the 10,740 units of the real translators' files, none in the benchmark's;
- the context's termbase and source language, and the codes checked: a context has a memo of
  its own for each set of codes (``CheckContext.unit_memo``).

msgctxt and a unit's comments are read by no per-unit check (the consistency checks, which
read msgctxt, run over the whole collection).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, _new_finding
from transpub.datefind import dates_in

#: A unit's key: everything but its year and its document that its findings depend on.
Key = tuple[Any, ...]
key: Any = attrgetter("lang", "source", "target", "fuzzy", "flags", "loose", "plural_source",
                      "foreign", "surplus", "form")
"""A unit's ``Key`` (made in C: a tuple of the attributes)."""

#: The year of an entry kept for a unit without a date: every year's.
ANY_YEAR = "any"
#: A memo's entry: (the release's year, or ``ANY_YEAR``; the findings), or a dated unit's
#: findings per year.
Entry = tuple[int | str | None, tuple[Finding, ...]] | dict[int | None, tuple[Finding, ...]]


def _year(unit: Unit) -> int | None:
    return unit.release_date.year if unit.release_date else None


class UnitMemo:
    """The findings of the last ``size`` distinct units checked with one set of codes (the
    least recently used forgotten first)."""

    def __init__(self, size: int, dated: bool) -> None:
        self.size = size
        self.dated = dated
        """Does a date check run (else the year is never read)?"""
        self.entries: OrderedDict[Key, Entry] = OrderedDict()
        self.served = 0
        """Units served (for the tests and the measures of README "Speed")."""

    def lookup(self, ctx: CheckContext, units: Sequence[Unit]) -> tuple[
            list[Key], list[list[Finding] | None]]:
        """The units' keys, and their findings (stamped with each one's file, line and id)
        or None for a unit the memo does not hold."""
        keys: list[Key] = list(map(key, units))
        held: list[Entry | None] = [self.entries.get(k) for k in keys]
        found: list[list[Finding] | None] = [None] * len(keys)
        for at, entry in enumerate(held):
            if entry is not None:
                found[at] = self._serve(ctx, units[at], keys[at], entry)
        return keys, found

    def _serve(self, ctx: CheckContext, unit: Unit, unit_key: Key,
               entry: Entry) -> list[Finding] | None:
        year = _year(unit)
        if isinstance(entry, dict):
            kept = entry.get(year)
        elif entry[0] == year or entry[0] == ANY_YEAR:
            kept = entry[1]
        elif not self.dated or not _dated(ctx, unit):
            # the first unit of another year: the year is read only for a dated unit, which
            # is asked here, once per entry, not of every unit kept
            kept = entry[1]
            self.entries[unit_key] = (ANY_YEAR, kept)
        else:
            self.entries[unit_key] = {entry[0]: entry[1]}  # type: ignore[dict-item]
            kept = None
        if kept is None:
            return None
        self.entries.move_to_end(unit_key)
        self.served += 1
        if not kept:
            return []
        file, line, ident, source, target = unit.file, unit.line, unit.id, unit.source, \
            unit.target
        return [_new_finding(f.code, f.severity, f.lang, file, line, ident, f.message,
                             f.expected, source, target, f.span, f.check) for f in kept]

    def keep(self, units: Sequence[Unit], keys: Sequence[Key],
             found: Sequence[list[Finding]]) -> None:
        """Keep what the units were found to have (each one's key in ``keys``)."""
        entries = self.entries
        for unit, unit_key, findings in zip(units, keys, found, strict=True):
            kept = tuple(findings) if findings else ()
            entry = entries.get(unit_key)
            if isinstance(entry, dict):
                entry[_year(unit)] = kept
            else:
                # (an entry of another year is made a dict when that year's unit asks for it;
                # the same key twice in one block is kept twice, the same)
                entries[unit_key] = (_year(unit), kept)
            entries.move_to_end(unit_key)
        while len(entries) > self.size:
            entries.popitem(last=False)


def _dated(ctx: CheckContext, unit: Unit) -> bool:
    """Has the unit a date on either side?"""
    return bool(dates_in(unit.source, ctx.source_lang) or dates_in(unit.target, unit.lang))
