"""The check registry: every check has a stable code, a severity and a family, fixed when it is
defined, and is registered explicitly (a duplicate code is an error at import time)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from transpub.fastnew import maker
from transpub.picklefast import by_fields

if TYPE_CHECKING:
    from transpub.checks.context import CheckContext, Unit


class Severity(IntEnum):
    INFO = 10
    WARNING = 20
    ERROR = 30

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r} (error, warning or info)") from None


@by_fields  # sent to and from check workers (picklefast)
@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one unit of one file: typed all the way to the report."""

    code: str
    severity: Severity
    lang: str
    file: str
    line: int
    unit: str
    message: str
    expected: str = ""
    source: str = ""
    target: str = ""
    span: tuple[int, int] | None = None
    """Where in ``target`` the problem is, for highlighting (character offsets)."""
    check: str = ""


UnitCheck = Callable[["CheckContext", "Unit"], Iterable[Finding]]
FileCheck = Callable[["CheckContext", "list[Unit]"], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class Check:
    code: str
    name: str
    severity: Severity
    family: str
    title: str
    scope: str
    """``unit`` (one msgid/msgstr pair at a time), ``collection`` (all units of a language),
    ``workspace`` (sources and outputs) or ``run`` (about the run itself: suppressions)."""
    func: Callable[..., Iterable[Finding]]


REGISTRY: dict[str, Check] = {}


def check(code: str, name: str, severity: Severity, family: str, scope: str = "unit") -> Callable[
        [Callable[..., Iterable[Finding]]], Callable[..., Iterable[Finding]]]:
    """Register a check function under a stable code; its docstring's first line is its title."""
    def decorate(func: Callable[..., Iterable[Finding]]) -> Callable[..., Iterable[Finding]]:
        if code in REGISTRY:
            raise RuntimeError(f"check code {code} registered twice")
        title = (func.__doc__ or name).strip().splitlines()[0]
        REGISTRY[code] = Check(code, name, severity, family, title, scope, func)
        return func
    return decorate


def finding(chk_code: str, unit: Unit, message: str, *, expected: str = "",
            span: tuple[int, int] | None = None, severity: Severity | None = None) -> Finding:
    """Build a Finding for ``unit`` with the registered check's severity."""
    registered = REGISTRY[chk_code]
    made: Finding = _new_finding(chk_code, severity or registered.severity, unit.lang,
                                 unit.file, unit.line, unit.id, message, expected, unit.source,
                                 unit.target, span, registered.name)
    return made


#: ``Finding(...)`` without its ``__init__`` (fastnew: the dataclass's sets each of the twelve
#: fields through ``object.__setattr__``); over 100,000 findings at N=1000
_new_finding = maker(Finding, "code", "severity", "lang", "file", "line", "unit", "message",
                     "expected", "source", "target", "span", "check")


def select_codes(selected: Iterable[str], ignored: Iterable[str]) -> set[str]:
    """Codes to run: ``--select`` and ``--ignore`` take codes or prefixes (TP2 = all dates)."""
    chosen = list(selected) or [""]
    unknown = [c for c in [*chosen, *ignored] if c and not any(k.startswith(c) for k in REGISTRY)]
    if unknown:
        raise ValueError(f"unknown check code(s): {', '.join(unknown)}")
    ignored_list = list(ignored)
    return {code for code in REGISTRY
            if any(code.startswith(s) for s in chosen)
            and not any(code.startswith(i) for i in ignored_list)}
