"""Heartsome TranslationStudio's split and joined segments in XLIFF 1.2, read back as units.

Heartsome records a translator's split of a unit as ``<group id="X" ts="hs-split">`` holding
units ``X-1``, ``X-2``… (each a piece of X's source, with its own target; a piece split again
is a group ``X-1`` of the same kind inside X's; a piece is known by its id, ``X-N`` in
``X``), and a join of two
units as the first's source holding both texts with ``<ph id="hs-mergeA~B"/>`` between them,
the other unit emptied (``translate="no"``, an empty source). A split comes back as X, its
pieces joined in their numbers' order as an XLIFF 2 unit's segments are (``ReadUnit.pieces``:
the merge puts the PO source's gaps between them), or refused when a piece is missing or
given twice; a join of two units is refused, saying so, since a PO entry keeps
one translation; a join of a split's own pieces is the unit whole again.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from lxml import etree

from transpub.xliff import NS12

if TYPE_CHECKING:
    from transpub.xliff_read import ReadUnit

#: the ``ts`` of Heartsome's group of a split unit's pieces
SPLIT = "hs-split"
#: the id of Heartsome's code where two units were joined: ``hs-merge<first>~<second>``
_MERGE = "hs-merge"
_UNIT = f"{{{NS12}}}trans-unit"
_GROUP = f"{{{NS12}}}group"


def merged_ids(file: etree._Element) -> dict[str, str]:
    """Each unit id a Heartsome join names, with the other unit of its pair."""
    pairs: dict[str, str] = {}
    for code in file.iter(f"{{{NS12}}}ph"):
        ident = code.get("id", "")
        if ident.startswith(_MERGE) and "~" in ident:
            first, _, second = ident[len(_MERGE):].partition("~")
            pairs[first], pairs[second] = second, first
    return pairs


def split_group(unit: etree._Element) -> etree._Element | None:
    """The Heartsome group of a split unit's pieces ``unit`` is one of, if it is: the
    outermost, since a piece split again is a group of its own inside the unit's (``X`` holding
    ``X-1`` with ``X-1-1``, ``X-1-2``, then ``X-2``), and every piece, however deep, is a piece
    of the unit the PO file knows (the inner group alone had come back as a unit ``X-1`` no PO
    entry has, and ``X`` as its last piece only). A piece's id says whose it is (``X-N`` in
    ``X``): a split group of another unit inside X's (a tool's or a hand's nesting) is that
    unit's split, and a unit of another id is that unit, never pieces glued into X."""
    group = None
    element, parent = unit, unit.getparent()
    while parent is not None and _is_split(parent) \
            and _number(element.get("id"), parent.get("id")) is not None:
        group, element, parent = parent, parent, parent.getparent()
    return group


def _is_split(element: etree._Element) -> bool:
    return element.tag == _GROUP and element.get("ts") == SPLIT


def _number(ident: str | None, of: str | None) -> int | None:
    """N where ``ident`` is ``of-N``, Heartsome's id of a piece of the unit (or piece) ``of``;
    else None."""
    if not ident or not of or not ident.startswith(f"{of}-"):
        return None
    number = ident[len(of) + 1:]
    return int(number) if number.isascii() and number.isdigit() else None


def _pieces(group: etree._Element) -> tuple[dict[str, tuple[int, ...]], str]:
    """The ids of the split ``group``'s pieces, however deep (not another unit's inside it),
    each with its numbers from the outermost group down (``X-2-1``: 2, 1), and why they do not
    make the unit, if they do not: a number at some level missing (``X-1``, ``X-3``) or given
    twice, by a tool or a hand (Heartsome numbers the two pieces of each cut 1 and 2)."""
    found: dict[str, tuple[int, ...]] = {}
    seen: dict[int, etree._Element] = {}
    problem = ""
    for child in group:
        number = _number(child.get("id"), group.get("id"))
        if number is None or not (child.tag == _UNIT or _is_split(child)):
            continue  # (another unit's, read on its own)
        ident = child.get("id", "")
        if number in seen:
            lines = dict.fromkeys((seen[number].sourceline, child.sourceline))
            problem = problem or (f"its piece {ident} is given twice (line"
                                  f"{'s' * (len(lines) > 1)} {' and '.join(map(str, lines))})")
            continue
        seen[number] = child
        if child.tag == _UNIT:
            found[ident] = (number,)
            continue
        inner, why = _pieces(child)
        found.update((piece, (number, *numbers)) for piece, numbers in inner.items())
        problem = problem or why
    missing = [f"{group.get('id')}-{n}" for n in range(1, max(seen, default=0) + 1)
               if n not in seen]
    if missing and not problem:
        problem = (f"its piece {missing[0]} is missing" if len(missing) == 1
                   else f"its pieces {', '.join(missing)} are missing")
    return found, problem


def rejoined(found: list[tuple[etree._Element, ReadUnit]],
             merged: dict[str, str]) -> list[ReadUnit]:
    """The units of a 1.2 file (each with its ``<trans-unit>``) with Heartsome's splits joined
    back and its joins of two units refused (``ReadUnit.problem``)."""
    units: list[ReadUnit] = []
    # each split's place in ``units`` and its pieces (keyed by the group's element, which the
    # dict keeps alive: lxml gives the same proxy back only while one is)
    groups: dict[etree._Element, tuple[int, list[ReadUnit]]] = {}
    for element, unit in found:
        group = split_group(element)
        if group is None:
            other = merged.get(unit.id)
            units.append(replace(unit, problem=_joined_problem(unit.id, other))
                         if other is not None else unit)
            continue
        if group not in groups:
            groups[group] = (len(units), [])
            units.append(unit)
        place, pieces = groups[group]
        pieces.append(unit)
    for group, (place, pieces) in groups.items():
        units[place] = _split_unit(group, pieces, merged)
    return units


def _joined_problem(ident: str, other: str) -> str:
    """Why a unit Heartsome joined with ``other`` is not imported."""
    return (f"joined with unit {other} in the CAT tool (Heartsome's <ph id=\"{_MERGE}…\"/>): "
            "a PO entry keeps one translation, so split them again there and deliver the "
            "file again")


def _split_unit(group: etree._Element, pieces: list[ReadUnit],
                merged: dict[str, str]) -> ReadUnit:
    """The unit Heartsome split into ``pieces``, as one unit: its sources and targets joined,
    each piece kept for the merge's gaps."""
    ident = group.get("id") or pieces[0].id
    members, malformed = _pieces(group)
    outside = next((other for piece in members if piece in merged
                    and (other := merged[piece]) not in members), None)
    # in the pieces' order, whatever the file's (a tool's or a hand's reordering had glued
    # "…terrorisme" before "des Nations Unies")
    pieces = sorted(pieces, key=lambda piece: members.get(piece.id, ()))
    parts: list[tuple[str, str]] = []
    for piece in pieces:
        parts += _at_inner_joins(piece, members)
    translated = any(target for _, target in parts)
    first = pieces[0]
    problem = next((p.problem for p in pieces if p.problem), "")
    if malformed:
        # (a piece missing or given twice: joined, the translation would be short of it or
        # say it twice, a fuzzy PO entry the translator is never told of)
        problem = (f"split in the CAT tool (Heartsome's <group ts=\"{SPLIT}\">), but "
                   f"{malformed}: the pieces do not make the unit, so none of them is "
                   "imported; deliver the file again with each piece once")
    if outside is not None:
        problem = _joined_problem(ident, outside)
    codes = {pair for piece in pieces for pair in piece.tool_codes
             if not pair[1].startswith(_MERGE)}
    return replace(
        first, id=ident, source="".join(s for s, _ in parts),
        target="".join(t for _, t in parts) if translated else None,
        fuzzy=any(p.fuzzy or p.target is None for p in pieces),
        base=next((p.base for p in pieces if p.base is not None), None),
        notes=tuple(dict.fromkeys(n for p in pieces for n in p.notes)), problem=problem,
        revised=any(p.revised for p in pieces), tool_codes=tuple(sorted(codes)),
        pieces=tuple(parts) if len(parts) > 1 else ())


def _at_inner_joins(piece: ReadUnit, members: dict[str, tuple[int, ...]]) -> list[tuple[str, str]]:
    """``piece``'s source and target, its source cut where a join of two pieces of its own
    split unit was (the split undone: the join's code is no text of the unit)."""
    source, target = piece.source, piece.target or ""
    cuts = [f"<{name}/>" for name, ident in piece.tool_codes
            if ident.startswith(_MERGE) and set(ident[len(_MERGE):].split("~")) <= members.keys()]
    for cut in cuts:
        target = target.replace(cut, "")
    texts = [source]
    for cut in cuts:
        texts = [part for text in texts for part in text.split(cut)]
    return [(text, target if not number else "") for number, text in enumerate(texts)]
