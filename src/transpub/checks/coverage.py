"""Names in the source that the termbase does not know yet (TP9xx, for the terminologist)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import filterfalse
from operator import itemgetter
from weakref import ref

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.memo import capacity
from transpub.segment import PLACEHOLDER_RE

_WORD = re.compile(r"[\w’'.-]+")
_CONNECTORS = frozenset("of for on and the to de du al".split())
_NOT_NAMES = frozenset((
    "The This That These Those It He She They We In On At As But And A An Its Their His Her "
    "Our For With After Before During Also Both Through Mr. Ms. Mrs. Dr. Prof. H.E. Sheikh "
    "Sheikha").split())
#: a run of these alone ("July to December", "Monday and Tuesday") is a date, not a name
_CALENDAR = frozenset((
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday").split())


def _capitalised(word: str) -> bool:
    core = word.strip("’'.-")
    # an upper-case first letter is almost always a letter (not so Ⅷ or Ⓐ: then the others)
    return bool(core) and core[0].isupper() and (core[0].isalpha()
                                                 or any(c.isalpha() for c in core))


def candidate_names(text: str, covered: list[tuple[int, int]], heading: bool = False
                    ) -> list[str]:
    """Runs of capitalised words (joined by "of", "for"…) and acronyms outside ``covered``,
    each cut into the names it holds (``name_parts``; ``heading``: ``text`` is a headline or
    a subheading)."""
    names: list[str] = []
    run: list[str] = []

    def flush(before_lower: bool = False) -> None:  # (called only when there is a run)
        # a run starts with a capitalised word (a connector joins one only) and, its last
        # connectors dropped, ends with one (a connector is lower case): two words or more
        # are two capitalised ones or more, one word is the capitalised one (not asked again);
        # so does each of its parts (``name_parts``)
        before_lower = before_lower and run[-1] not in _CONNECTORS
        while run[-1] in _CONNECTORS:
            run.pop()
        for part in name_parts(run, heading and before_lower):
            if (len(part) >= 2
                    and not _CALENDAR.issuperset(w for w in part if w not in _CONNECTORS)) \
                    or (part[0].strip(".").isupper() and len(part[0].strip(".")) >= 2):
                names.append(" ".join(part).rstrip(".’'"))
        run.clear()

    last = 0  # (where the run's last word ends)
    for index, match in enumerate(_WORD.finditer(text)):
        word = match.group()
        if run and not text[last:match.start()].isspace():
            # a comma or a bracket between two words ends a name: "United Nations Environment
            # Programme (UNEP)" is a name and its acronym, "Andersen, Executive Director" a
            # name and a title (both had been said as one «… Programme UNEP»)
            flush()
        # a word neither capitalised nor joining a run ends the run whatever else holds (most
        # words: a lower-case one is never capitalised), so the tests below are made only
        # for the others; a word that starts with a letter (the strip of ``_capitalised``
        # leaves it as it is) is capitalised when that letter is upper case
        head = word[0]
        if not ((not word.islower()
                 and (head.isupper() if head.isalpha() else _capitalised(word)))
                or (run and word in _CONNECTORS)):
            if run:
                flush(head.islower())  # (the run's text goes on in lower case)
            continue
        start, end = match.span()
        # (the first word of a sentence matters only to start a run: asked last)
        if word in _NOT_NAMES or (covered and any(s <= start and end <= e for s, e in covered)) \
                or (not run and not word.isupper()
                    and (index == 0 or _after_stop(text, start))):
            if run:
                flush()
            continue
        run.append(word)
        last = end
    if run:
        flush()
    return names


#: a Roman numeral of I, V and X ("Chapter XII", "Main Committee II"): a number, no acronym
_ROMAN = re.compile(r"[IVX]+")


def _acronym(word: str) -> bool:
    core = word.strip(".")
    return len(core) >= 2 and core.isupper() and _ROMAN.fullmatch(core) is None


def name_parts(run: list[str], heading_goes_on: bool) -> list[list[str]]:
    """The names a run of capitalised words (``candidate_names``, its last connectors
    dropped) holds: the run, or its parts where it joins names or, in a heading, goes on
    past one. "and" joins two names where the one on a side of it is an acronym alone:
    "UNICEF and UNAIDS", "UNDP and the World Food Programme", "Nusra Front and ISIL" (said
    as one name, «UNICEF and UNAIDS», t67/hA); "Trinidad and Tobago", "Food and Agriculture
    Organization", "Chapters XII and XIII" stay one, and so do two acronyms joined inside a
    longer name ("Political Declaration on HIV and AIDS"). A heading capitalises words of
    style: an acronym ending the run there under a capitalised word, the heading going on in
    lower case (``heading_goes_on``), names what follows, not a name with the word before:
    "… in Global HIV response" is «HIV» («Global HIV» had been a name); in a sentence, "the
    Nicosia FIR", "Veolia ES", it stays one name."""
    parts: list[list[str]] = [[]]
    at = 0
    while at < len(run):
        word = run[at]
        if word == "and" and parts[-1]:
            after = at + 1
            while after < len(run) and run[after] in _CONNECTORS:
                after += 1  # ("… and the World Food Programme")
            alone_before = len(parts[-1]) == 1 and _acronym(parts[-1][0])
            alone_after = after < len(run) and _acronym(run[after]) and (
                after + 1 == len(run) or run[after + 1] == "and")
            both = _acronym(parts[-1][-1]) and after < len(run) and _acronym(run[after])
            if alone_before and not alone_after and after == at + 1 \
                    and _goes_on(run, after):
                alone_before = False  # ("AIDS and Rights Alliance for Southern Africa")
            if (alone_before and alone_after) or (not both and (alone_before or alone_after)):
                parts.append([])
                at = after
                continue
        parts[-1].append(word)
        at += 1
    last = parts[-1]
    if heading_goes_on and len(last) >= 2 and _acronym(last[-1]) \
            and last[-2] not in _CONNECTORS and not _acronym(last[-2]) \
            and (last[-2] in _STYLE_WORDS or (len(last) >= 3 and last[-3] not in _CONNECTORS)):
        parts[-1:] = [last[:-1], last[-1:]]
    return [part for part in parts if part]


def _goes_on(run: list[str], after: int) -> bool:
    """Whether the words of ``run`` from ``after`` up to its next "and" go on past a connector
    of a title ("for", "of", "on"…) into more capitalised words: a longer name the word before
    "and" opens ("AIDS and Rights Alliance for Southern Africa", one name, ARASA), not a
    second name ("UNDP and World Food Programme"; "and the …" is always a second: t67/hD 5)."""
    for at in range(after, len(run) - 1):
        word = run[at]
        if word == "and":
            return False
        if word in _CONNECTORS and word != "the" and at > after:
            return True
    return False


#: the adjectives a heading capitalises by style before an acronym that names what follows
#: ("Global HIV response", "New COVID rules"): only after one of them, or after a name of two
#: words or more ("the United Nations COVID response"), is the acronym cut from the word
#: before it; a place or a name of its own before it makes one name with it ("Africa CDC",
#: "China CDC", "Project HOPE", "Operation IRINI"; t67/hD 5: these had been cut to the
#: acronym). A closed list: a word not in it keeps the name whole, as a sentence does.
_STYLE_WORDS = frozenset((
    "Global New National International Regional Local Joint Annual Historic First Second "
    "Third Final Major Key Latest Future Full Public Private Rural Urban Overall Total "
    "Domestic Economic Social Political Humanitarian Record Massive Severe Urgent Better "
    "Greater Stronger Free Safe Effective Sustainable Inclusive Early Late Young Big Large "
    "Small Critical Vital Successful Renewed Updated Improved Expanded Integrated "
    "Comprehensive Universal Worldwide Rising Growing Falling Continued Ongoing Current "
    "Recent Next Last Landmark Ambitious Innovative Improving Accelerated Strengthened "
    "Fresh Additional Further Emergency Rapid Swift Bold Coordinated Collective "
    "Shared Common Unified Strong Weak Fragile Long Short Wide Broad Complete").split())


def _capitals(words: list[str]) -> int:
    """How many of ``words`` are capitalised (``_capitalised``). When every word's first
    character is ASCII and none of the characters ``_capitalised`` strips (``’`` is not
    ASCII), a word is capitalised when that character is upper case (an upper-case ASCII
    character is a letter): counted in C over the first characters, not by a Python call a
    word (a source's every word that is not lower case was one)."""
    heads = "".join(map(itemgetter(0), words))
    if heads.isascii() and "'" not in heads and "." not in heads and "-" not in heads:
        return sum(map(str.isupper, heads))
    # (a lower-case word is never capitalised: only the others are looked at)
    return sum(map(_capitalised, filterfalse(str.islower, words)))


def _after_stop(text: str, start: int) -> bool:
    """``text[:start].rstrip().endswith((".", "“", '"', ":"))`` without copying the text
    before ``start`` (a source's every capitalised word asks)."""
    at = start
    while at and text[at - 1].isspace():  # what rstrip() strips
        at -= 1
    return bool(at) and text[at - 1] in _STOPS


_STOPS = frozenset(".“\":")


#: Per check context, the names of each source text: a workspace check runs TP901 on each file,
#: and every source is in five languages' files. (A context is not hashable: it is found by
#: its id, and the weak reference tells a new context that reuses a dead one's id.)
_MEMO: dict[int, tuple[ref[CheckContext], dict[tuple[str, bool], list[str]]]] = {}
_MEMO_SIZE = 2048


def _memo(ctx: CheckContext) -> dict[tuple[str, bool], list[str]]:
    found = _MEMO.get(id(ctx))
    if found is None or found[0]() is not ctx:
        for key in [k for k, (alive, _) in _MEMO.items() if alive() is None]:
            del _MEMO[key]
        found = _MEMO[id(ctx)] = (ref(ctx), {})
    if len(found[1]) > capacity(_MEMO_SIZE):
        found[1].clear()
    return found[1]


def _names(ctx: CheckContext, source: str, heading: bool = False) -> list[str]:
    text = PLACEHOLDER_RE.sub(" ", source)
    words = _WORD.findall(text)
    if words and _capitals(words) > 0.6 * len(words):
        return []  # a title-case headline or an all-capitals label: every word looks a name
    covered = [(h.start, h.end) for h in ctx.matcher(ctx.source_lang).find_all(text)]
    return candidate_names(text, covered, heading)


@check("TP901", "termbase-coverage", Severity.INFO, "coverage", scope="collection")
def termbase_coverage(ctx: CheckContext, units: list[Unit]) -> Iterator[Finding]:
    """A capitalised name or acronym of the source is not in the termbase."""
    for _name, found in names_not_in_termbase(ctx, units):
        yield found


def names_not_in_termbase(ctx: CheckContext, units: list[Unit]) -> Iterator[tuple[str, Finding]]:
    """TP901's findings with the name each is about: the first unit each name occurs in. Run
    on each file of a collection, keeping the first finding of each name in file order, it
    gives what one run on the whole collection gives (a name depends only on its source and
    whether its unit is a heading)."""
    seen: set[tuple[str, bool]] = set()
    reported: set[str] = set()
    memo = _memo(ctx)
    for unit in units:
        key = (unit.source, _heading(unit))
        if key in seen:
            continue
        seen.add(key)
        names = memo.get(key)
        if names is None:
            names = memo[key] = _names(ctx, unit.source, key[1])
        for name in names:
            if name not in reported:
                reported.add(name)
                yield name, finding("TP901", unit, f"«{name}» is not in the termbase")


#: a release's headline and subheadings, as ``extract`` names their units ("title", "h1")
_HEADING_ID = re.compile(r"title|h\d+")


def _heading(unit: Unit) -> bool:
    """Whether ``unit`` is a release's headline or subheading (a PO file of transpub's own:
    another tool's msgctxt names no heading)."""
    return not unit.foreign and _HEADING_ID.fullmatch(unit.id) is not None
