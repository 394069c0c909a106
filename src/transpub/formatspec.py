"""Format strings as GNU gettext's ``msgfmt --check-format`` sees them, per ``#,`` flag.

Each parser turns a string into its directives; ``compare`` says what a translation drops,
adds or retypes. Where the format lets arguments be named or numbered (``%(name)s``, ``{0}``,
``%1$s``, ``%1``), the translation may reorder them; otherwise the directives must come in the
same order with the same types, as msgfmt requires.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

# printf: %[argnum$][flags][width][.precision][length]conversion
_PRINTF_RE = re.compile(
    r"%(?:(?P<pos>[1-9]\d*)\$)?[-+ #0']*(?:\d+|\*(?:\d+\$)?)?(?:\.(?:\d+|\*(?:\d+\$)?))?"
    r"(?P<len>hh|h|ll|l|L|q|j|z|t|I64|I32|I)?(?P<conv>[diouxXeEfFgGaAcspn%])")
_PYTHON_RE = re.compile(
    r"%(?:\((?P<name>[^)]*)\))?[-+ #0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[hlL]?"
    r"(?P<conv>[diouxXeEfFgGcrsa%])")
_BRACE_RE = re.compile(r"\{\{|\}\}|\{(?P<field>[^{}!:]*)(?:![rsa])?(?::[^{}]*)?\}")
_NUMBERED_BRACE_RE = re.compile(r"''|'[^']*'|\{(?P<field>\d+)(?:,[^{}]*)?\}")
_QT_RE = re.compile(r"%(?:L)?(?P<num>[1-9]\d?)")
_BOOST_RE = re.compile(r"%%|%(?P<num>[1-9]\d*)%")
_SH_RE = re.compile(r"\$(?:\{(?P<braced>[A-Za-z_]\w*)\}|(?P<name>[A-Za-z_]\w*))")

#: The conversions a translation may swap for one another (msgfmt's argument types).
_PRINTF_TYPES = {"i": "d", "u": "o", "x": "o", "X": "o", "E": "e", "f": "e", "F": "e",
                 "g": "e", "G": "e", "a": "e", "A": "e"}
_PYTHON_TYPES = {"i": "d", "u": "d", "o": "d", "x": "d", "X": "d", "E": "e", "f": "e",
                 "F": "e", "g": "e", "G": "e", "r": "s", "a": "s"}


@dataclass(frozen=True, slots=True)
class Directives:
    """The arguments a format string uses: by key (name or number) when the format can name
    them, else in order."""

    keyed: Counter[str]
    ordered: tuple[str, ...]
    reorderable: bool


def _printf(text: str) -> Directives:
    keyed: Counter[str] = Counter()
    ordered: list[str] = []
    for match in _PRINTF_RE.finditer(text):
        conv = match.group("conv")
        if conv == "%":
            continue
        kind = (match.group("len") or "") + _PRINTF_TYPES.get(conv, conv)
        if match.group("pos"):
            keyed[f"{match.group('pos')}${kind}"] += 1
        else:
            ordered.append(kind)
    if keyed and not ordered:
        return Directives(Counter(set(keyed)), (), True)
    return Directives(Counter(), tuple(ordered), False)


def _by_position(directives: Directives) -> Directives:
    """printf directives in order as the numbered ones they stand for (``%d %s`` is ``%1$d
    %2$s``)."""
    if directives.reorderable:
        return directives
    return Directives(Counter({f"{index}${kind}": 1 for index, kind
                               in enumerate(directives.ordered, 1)}), (), True)


def _python(text: str) -> Directives:
    keyed: Counter[str] = Counter()
    ordered: list[str] = []
    for match in _PYTHON_RE.finditer(text):
        conv = match.group("conv")
        if conv == "%":
            continue
        kind = _PYTHON_TYPES.get(conv, conv)
        if match.group("name") is not None:
            keyed[f"{match.group('name')}:{kind}"] = 1  # a name may be used twice
        else:
            ordered.append(kind)
    return Directives(keyed, tuple(ordered), bool(keyed))


def _brace(text: str) -> Directives:
    """Named and numbered fields; msgfmt does not count automatic ``{}`` fields, nor do we."""
    keyed: Counter[str] = Counter()
    for match in _BRACE_RE.finditer(text):
        name = match.group("field")
        if name:
            keyed[re.split(r"[.\[]", name, maxsplit=1)[0]] = 1
    return Directives(keyed, (), True)


def _numbered(pattern: re.Pattern[str], group: str) -> Callable[[str], Directives]:
    def parse(text: str) -> Directives:
        keyed: Counter[str] = Counter()
        for match in pattern.finditer(text):
            value = match.groupdict().get(group)
            if value:
                keyed[value] = 1
        return Directives(keyed, (), True)
    return parse


def _sh(text: str) -> Directives:
    keyed: Counter[str] = Counter()
    for match in _SH_RE.finditer(text):
        keyed[match.group("braced") or match.group("name")] = 1
    return Directives(keyed, (), True)


#: Formats whose placeholders are digits (``%1``, ``{0}``): the number checks skip them.
NUMBERED = frozenset({"qt-format", "kde-format", "ycp-format", "qt-plural-format",
                      "smalltalk-format",
                      "boost-format", "java-format", "csharp-format"})

#: ``#,`` flags and their parsers (the formats ``msgfmt --check-format`` knows that have a
#: placeholder syntax transpub can read; others are left to msgfmt).
PARSERS: dict[str, Callable[[str], Directives]] = {
    "c-format": _printf, "objc-format": _printf, "php-format": _printf,
    "javascript-format": _printf, "awk-format": _printf, "perl-format": _printf,
    "lua-format": _printf, "tcl-format": _printf, "gcc-internal-format": _printf,
    "gfc-internal-format": _printf, "java-printf-format": _printf, "c++-format": _brace,
    "python-format": _python, "python-brace-format": _brace, "perl-brace-format": _brace,
    "java-format": _numbered(_NUMBERED_BRACE_RE, "field"),
    "csharp-format": _numbered(_NUMBERED_BRACE_RE, "field"),
    "qt-format": _numbered(_QT_RE, "num"), "kde-format": _numbered(_QT_RE, "num"),
    "ycp-format": _numbered(_QT_RE, "num"), "qt-plural-format": _numbered(_QT_RE, "num"),
    "smalltalk-format": _numbered(_QT_RE, "num"),
    "boost-format": _numbered(_BOOST_RE, "num"), "sh-format": _sh,
}


#: The flags whose strings are printf's (``%1$s`` numbers an argument there).
PRINTF = frozenset(flag for flag, parse in PARSERS.items() if parse is _printf)


def format_of(flags: tuple[str, ...]) -> str | None:
    """The format flag of an entry (``c-format``…), unless negated (``no-c-format``)."""
    return next((f for f in flags if f in PARSERS), None)


def compare(kind: str, source: str, target: str, may_omit: bool = False) -> list[str]:
    """What differs between the directives of ``source`` and ``target``, in words; empty when
    msgfmt would accept the pair. ``may_omit``: a plural form used for one number only may
    leave arguments out (msgfmt allows it too)."""
    parse = PARSERS[kind]
    want, have = parse(source), parse(target)
    if parse is _printf and want.reorderable != have.reorderable:
        # "%i lines of file %s" → «文件“%2$s”中有 %1$i 行»: a translation may number the
        # source's arguments to reorder them (msgfmt accepts it), and the other way round
        want, have = _by_position(want), _by_position(have)
    problems: list[str] = []
    if want.reorderable or have.reorderable:
        missing = sorted(set(want.keyed) - set(have.keyed))
        extra = sorted(set(have.keyed) - set(want.keyed))
        if missing and not may_omit:
            problems.append("missing " + ", ".join(_show(kind, k) for k in missing))
        if extra:
            problems.append("unexpected " + ", ".join(_show(kind, k) for k in extra))
        if len(want.ordered) != len(have.ordered) and not (may_omit and not have.ordered):
            problems.append(f"{len(want.ordered)} unnamed argument(s) in the source, "
                            f"{len(have.ordered)} in the translation")
        return problems
    if want.ordered != have.ordered and not (may_omit and not have.ordered):
        problems.append(f"expected {_sequence(want.ordered)}, found {_sequence(have.ordered)}")
    return problems


def _show(kind: str, key: str) -> str:
    if kind == "python-format":
        name, _, conv = key.partition(":")
        return f"%({name}){conv}"
    if kind in ("python-brace-format", "perl-brace-format", "c++-format", "java-format",
                "csharp-format"):
        return "{" + key + "}"
    if kind == "sh-format":
        return "$" + key
    if kind in ("qt-format", "kde-format", "ycp-format", "qt-plural-format", "smalltalk-format"):
        return "%" + key
    if kind == "boost-format":
        return f"%{key}%"
    pos, _, conv = key.partition("$")
    return f"%{pos}${conv}"


def _sequence(kinds: tuple[str, ...]) -> str:
    return " ".join(f"%{k}" for k in kinds) if kinds else "no argument"
