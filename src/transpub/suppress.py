"""Suppressions where the decision is made: ``# transpub: ignore TP301 <reason>`` in a PO entry's
translator comments silences those checks for that unit. The reason is required; a suppression
that silences nothing is itself reported (as ruff reports an unused ``noqa``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from transpub.checks import REGISTRY, Finding
from transpub.picklefast import by_fields

#: The marker, anywhere in a translator comment line; the codes and the reason follow it.
_MARKER = re.compile(r"\btranspub:\s*ignore\b:?(?P<rest>.*)", re.IGNORECASE)
_CODES = re.compile(r"\s*(?P<codes>[A-Za-z]+\d+(?:\s*,\s*[A-Za-z]+\d+)*)(?P<reason>.*)")
_SEPARATORS = " \t-–—:;,."
INVALID = "TP001"
UNUSED = "TP002"


@by_fields  # sent to and from check workers (picklefast)
@dataclass(frozen=True, slots=True)
class Suppression:
    """One ``transpub: ignore`` comment on one PO entry."""

    codes: tuple[str, ...]
    reason: str
    lang: str
    file: str
    line: int
    unit: str
    source: str = ""
    target: str = ""
    problem: str = ""
    """Why it silences nothing (no reason, no or unknown code); empty when valid."""


def parse_comment(comment: str) -> list[tuple[tuple[str, ...], str, str]]:
    """``(codes, reason, problem)`` for each ``transpub: ignore`` line of a translator comment."""
    out: list[tuple[tuple[str, ...], str, str]] = []
    for line in comment.splitlines():
        marker = _MARKER.search(line)
        if marker is None:
            continue
        parsed = _CODES.match(marker.group("rest"))
        if parsed is None:
            out.append(((), "", "names no check code (write: transpub: ignore TP301 <reason>)"))
            continue
        codes = tuple(c.strip().upper() for c in parsed.group("codes").split(","))
        reason = parsed.group("reason").strip(_SEPARATORS)
        unknown = [c for c in codes if c not in REGISTRY]
        if unknown:
            problem = f"unknown check code(s) {', '.join(unknown)}"
        elif not reason:
            problem = f"ignore {', '.join(codes)} without a reason (the reason is required)"
        else:
            problem = ""
        out.append((codes, reason, problem))
    return out


def _meta(code: str, item: Suppression, message: str) -> Finding:
    chk = REGISTRY[code]
    return Finding(code, chk.severity, item.lang, item.file, item.line, item.unit, message,
                   source=item.source, target=item.target, check=chk.name)


@dataclass(slots=True)
class Applied:
    kept: list[Finding] = field(default_factory=list)
    suppressed: list[tuple[Finding, str]] = field(default_factory=list)
    """Each silenced finding with the reason given."""
    reports: list[Finding] = field(default_factory=list)
    """TP001 (a suppression that cannot apply) and TP002 (one that silenced nothing)."""


def apply(findings: Iterable[Finding], suppressions: Sequence[Suppression],
          codes: set[str]) -> Applied:
    """Silence the findings a valid suppression names on the same unit of the same file;
    ``codes`` are the checks that ran (only they can tell that a suppression is unused)."""
    valid: dict[tuple[str, str, str], Suppression] = {}
    out = Applied()
    for item in suppressions:
        if item.problem:
            if INVALID in codes:
                out.reports.append(_meta(INVALID, item, f"suppression ignored: {item.problem}"))
            continue
        for code in item.codes:
            valid.setdefault((item.file, item.unit, code), item)
    used: set[tuple[str, str, str]] = set()
    for found in findings:
        key = (found.file, found.unit, found.code)
        match = valid.get(key)
        if match is None or found.code in {INVALID, UNUSED}:
            out.kept.append(found)
        else:
            used.add(key)
            out.suppressed.append((found, match.reason))
    if UNUSED in codes:
        for key, item in sorted(valid.items()):
            # a check that did not run (--select/--ignore) cannot tell whether it is still needed
            if key not in used and key[2] in codes:
                out.reports.append(_meta(UNUSED, item, f"unused suppression: {key[2]} finds "
                                                       "nothing here any more; remove the "
                                                       "comment"))
    return out
