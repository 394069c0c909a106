"""reStructuredText's inline markup in another project's PO file (Sphinx's gettext builder:
the Python and Django documentation's catalogues).

Such a file writes code as ````literal````, as a role (``:func:`os.open```, ``:mod:`time```)
or as a whole doctest, and links as ```text <url>`_`` and ```name`_``; a role may hold the
translator's text and the project's target (``:term:`immuables <immutable>```), a paragraph
ending in "::" announces the literal block that follows. The checks that read prose (names,
dates, numbers, decimal signs, punctuation, copies) read ``prose``: the same text, the same
length, its code and targets blanked (``FILLER``), so that a date or a number inside code, a
copied code literal or the "::" marker is not theirs. TP501 compares ``tokens``: the literals,
the roles' names and targets, the links, the substitutions, as markup (t66/hG: 1,400 false
errors on 24,070 units of the two documentations, TP603 alone 1,399).

A file is read so when another tool wrote it and its msgids use reST's own syntax in more than
one entry (``is_rest_catalogue``); transpub's own PO files and Debian's (wml's HTML) are read as
before. A multi-line entry is a literal block only with a literal block's marks
(``literal_block``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

#: what stands for a character of code or a target in ``prose``: a private-use character,
#: no letter, digit, space or punctuation of any reader (the text keeps its length, so a
#: finding's span is the written text's)
FILLER = "\ue000"

#: roles whose content is text shown as written, the translator's to translate: a superscript,
#: an abbreviation and its expansion, a menu's labels, a reference number ("PEP 8", "bpo-1234"
#: as the page shows them: a number changed or dropped is TP301's to say)
TEXT_ROLES = frozenset({
    "abbr", "dfn", "emphasis", "strong", "sup", "sub", "superscript", "subscript",
    "title-reference", "title", "t", "guilabel", "menuselection", "index", "pep", "rfc",
    "issue", "gh", "bpo", "ticket", "cve", "cwe", "commit",
})

# The inline markup read, left to right, one alternative at a time (docutils' recognition
# rules, leniently: a start-string not glued to a letter or digit before it, an end-string
# after a non-space and not glued to one after it; Chinese text glued to a role is read as
# the role it is meant to be)
_INLINE = re.compile(
    r"(?P<lit>(?<![A-Za-z0-9_`\\])``(?=[^\s`]).*?[^\s\\]``(?![A-Za-z0-9_`]))"
    r"|(?P<role>(?<![A-Za-z0-9_:`\\]):(?P<name>[A-Za-z][\w+.-]*(?::[A-Za-z][\w+.-]*)?):"
    r"`(?P<rc>[^`\s](?:[^`]*[^`\s\\])?)`(?![A-Za-z0-9_`]))"
    r"|(?P<ref>(?<![A-Za-z0-9_:`\\])`(?P<rt>[^`\s](?:[^`]*[^`\s\\])?)`(?P<us>__?)?"
    r"(?![A-Za-z0-9_`]))"
    r"|(?P<fn>(?<![A-Za-z0-9_\\])\[(?:#[\w.-]*|\*|\d+|[A-Za-z][\w.-]*)\]_(?![A-Za-z0-9_]))"
    r"|(?P<sub>(?<![A-Za-z0-9_|\\])\|(?=[^\s|])[^|\n]*?[^\s|\\]\|(?:__?)?(?![A-Za-z0-9_|]))",
    re.DOTALL)
#: a role or a reference whose content ends in its target: "text <target>", "text<target>"
#: (Sphinx's ``explicit_title_re``)
_TARGET = re.compile(r"(?P<title>.+?)\s*<(?P<target>[^<>]*?)>$", re.DOTALL)
#: what is left of markup that is not closed: a role opened («:samp:`-{<major>} `», its end
#: after a space), a literal opened
_BROKEN = re.compile(r"(?<![A-Za-z0-9_:`\\]):[A-Za-z][\w+.-]*(?::[A-Za-z][\w+.-]*)?:`|(?<![`\\])``")
#: reST's own syntax, one of which makes a catalogue reST's: a role or a link
_SURE = re.compile(r"(?<![\w:`]):[A-Za-z][\w+.-]*(?::[A-Za-z][\w+.-]*)?:`[^`\s]"
                   r"|[^`\s]`__?(?![\w`])")
#: what a catalogue Sphinx wrote adds: an inline literal, a paragraph's final "::", a doctest
_SPHINX = re.compile(r"``[^`\s][^`]*``|::$|^\s*>>> ")
#: a doctest: an entry that is a literal block of Python's interactive prompt
_DOCTEST = re.compile(r"\s*>>> ")


def is_rest_catalogue(header: Mapping[str, str], sources: Iterable[str],
                      contexts: Iterable[str | None] = ()) -> bool:
    """Does another tool's PO file hold reStructuredText? Its msgids use reST's own syntax in
    more than one entry: a role (``:func:`…```) or a link (```…`_``), or, in a catalogue Babel
    generated (Sphinx's gettext builder), an inline literal, a final "::" or a doctest. One
    such entry is no proof: an app's catalogue (pybabel's, Poedit's) may quote one literal or
    role, and its other entries, e-mails and help texts, are prose (t66/hI). A file whose
    entries carry transpub's unit ids (``p8.7fb696``) is transpub's, whatever a PO editor
    left of its header."""
    if any(context and _UNIT_ID.fullmatch(context) for context in contexts):
        return False
    babel = header.get("Generated-By", "").startswith("Babel")
    seen = 0
    for text in sources:
        if "`" not in text and not (babel and (text.endswith("::") or ">>> " in text)):
            continue  # (most msgids of every file: no backquote)
        if _SURE.search(text) or (babel and _SPHINX.search(text)):
            seen += 1
            if seen > 1:
                return True
    return False


#: transpub's id of a sentence of a block (``segment``: the block's id, a digest of the
#: sentence's text, a count when the block repeats it)
_UNIT_ID = re.compile(r"[A-Za-z][\w-]*\.[0-9a-f]{6}(?:-\d+)?")


def _title(content: str) -> tuple[str, str, int] | None:
    """A role's or reference's content as (title, target, where the target part starts),
    when it ends in ``<target>``; None when it is the target itself."""
    match = _TARGET.fullmatch(content)
    if match is None:
        return None
    return match["title"], match["target"], match.end("title")


def _kept(match: re.Match[str]) -> tuple[int, int] | None:
    """The part of a markup match that is prose (the translator's words), or None."""
    kind = match.lastgroup
    if kind == "role":
        content = match.start("rc")
        if match["name"].casefold() in TEXT_ROLES:
            return content, match.end("rc")
        titled = _title(match["rc"])
        return (content, content + titled[2]) if titled is not None else None
    if kind == "ref":
        content = match.start("rt")
        titled = _title(match["rt"])
        return (content, content + titled[2]) if titled is not None else (
            content, match.end("rt"))
    return None  # (a literal, a footnote reference, a substitution: code)


def literal_block(source: str, after_marker: bool = False) -> bool:
    """Is the entry of ``source`` a literal block (code, a doctest, a licence's text kept
    as printed)? One opening with Python's prompt is. One with a line break is when it shows
    a literal block's own marks: the entry before it ends in "::" (``after_marker``: the
    paragraph announcing it), a doctest's or a shell's prompt, indented lines, or no line
    that is a sentence of prose ("$ python fibo.py 50", a program's output). Sphinx joins a
    paragraph's lines, but an app's catalogue in the same syntax has e-mails and help texts
    broken into lines, prose every prose check reads (t66/hI)."""
    if _DOCTEST.match(source) is not None:
        return True
    lines = source.strip().split("\n")
    if len(lines) == 1:
        return False
    if after_marker or ">>> " in source:
        return True
    if any(line[:1] in " \t" for line in lines[1:] if line.strip()) or \
            any(_CODE_LINE.match(line) for line in lines):
        return True
    return not any(_PROSE_LINE.fullmatch(line.strip()) for line in lines)


#: a line of prose: four words or more of letters, a sentence's end ("Download it within 7
#: days.": its numbers are words too)
_PROSE_LINE = re.compile(r"[^\W_][\w'’-]*(?:[ ,;:'’«»\"()-]+[\w'’-]+){3,}[.!?…。！？]")
#: a line of a shell session, a program's dialogue or a comment: the entry is code, whatever
#: the words of its other lines (a program's output)
_CODE_LINE = re.compile(r"\s*(?:\$ |-- |# |>>> |\.\.\. |\(\S+\) \$ )")


def prose_pair(source: str, target: str, block: bool = False) -> tuple[str, str]:
    """``prose`` of a unit's source and translation; a literal block's (``block``:
    ``literal_block``) are code throughout (its comments and strings a translator may
    localise are no prose to compare)."""
    if block or _DOCTEST.match(source) is not None:
        return _blank(source), _blank(target)
    return prose(source, target), prose(target, source)


def _blank(text: str) -> str:
    return "".join(c if c.isspace() else FILLER for c in text)


def prose(text: str, other: str = "") -> str:
    """``text`` with its reST code and targets blanked (``FILLER``, the same length): what a
    reader of prose reads. ``text`` itself (the same object) when it holds none. A literal
    whose words ``other`` (the other side of the unit) writes as text is read as text on
    both: "are ``0``" for "are 0" is the same number, no number missing."""
    if _DOCTEST.match(text):
        return _blank(text)
    parts: list[str] = []
    at = 0
    plain = _INLINE.sub(" ", other).casefold() if "``" in text and other else ""
    for match in _INLINE.finditer(text):
        start, end = match.span()
        kept = _kept(match)
        if kept is None and plain and match.lastgroup == "lit" and \
                match[0][2:-2].casefold() in plain:
            kept = start + 2, end - 2
        parts.append(text[at:start])
        if kept is None:
            parts.append(FILLER * (end - start))
        else:
            parts += [FILLER * (kept[0] - start), text[kept[0]:kept[1]],
                      FILLER * (end - kept[1])]
        at = end
    rest = text[at:]
    cut = len(rest.rstrip())
    if rest.endswith("::", 0, cut):  # (the literal block's marker: no punctuation)
        rest = rest[:cut - 2] + FILLER * 2 + rest[cut:]
    elif not parts:
        return text
    return "".join(parts) + rest


def tokens(text: str, translation: bool = False) -> Counter[str]:
    """The reST markup of ``text`` as TP501 compares it: a literal as written, a role by its
    name and target (```:term:`immuables <immutable>``` and ```:term:`immutable``` are the
    same, ``<función genérica>`` another; a text role by its name), a link by its target
    (an address is TP401's: ```… <URL>`_``), a named reference, a footnote reference and a
    substitution as written, markup left open, and an HTML closing tag (reST has no HTML)."""
    found: Counter[str] = Counter()
    if _DOCTEST.match(text):
        return found  # (a doctest: code throughout, compared by no one)
    left: list[str] = []
    at = 0
    for match in _INLINE.finditer(text):
        left.append(text[at:match.start()])
        at = match.end()
        found[_token(match, translation)] += 1
    left.append(text[at:])
    text_left = " ".join(left)
    for broken in _BROKEN.finditer(text_left):
        found[broken[0] + " (not closed)"] += 1
    if "</" in text_left:  # (an HTML closing tag is no prose: a tool's junk on the page)
        found.update(_CLOSING.findall(text_left))
    return found


#: an HTML closing tag in reST's text ("…inmediata.</unittest>": left there by a tool; reST
#: prints it as written), where an opening one may be prose ("<Framework X>")
_CLOSING = re.compile(r"</[A-Za-z][\w.-]*>")


def compare(source: str, target: str,
            block: bool = False) -> tuple[list[str], list[str], list[str]]:
    """The reST markup ``target`` lacks and adds (``tokens``), and what differs with nothing
    lost on the page (a literal the translation writes as text or the source wrote as text:
    ``sqlite3`` set as code, a name left unmarked). A glossary term the translation writes
    in its language without a target (``:term:`paquete```) is any term of the source's:
    Sphinx looks it up in the translated glossary."""
    if block or _DOCTEST.match(source) is not None:
        return [], [], []  # (a literal block: code throughout, compared by no one)
    want, have = tokens(source), tokens(target, translation=True)
    if want == have:
        return [], [], []
    lacking, adding = want - have, have - want
    anyterm = adding.pop(_ANY_TERM, 0)
    for token in sorted(lacking):
        while anyterm and lacking[token] and token.startswith(":term:`"):
            lacking[token] -= 1
            anyterm -= 1
    adding[_ANY_TERM] += anyterm
    light = []
    for side, other in ((lacking, target), (adding, source)):
        for token in sorted(side):
            if token.startswith("``") and token.endswith("``") and \
                    _in_text(token[2:-2], other):
                light += [token] * side.pop(token)
    light += _same_object(lacking, adding)
    return sorted((+lacking).elements()), sorted((+adding).elements()), sorted(light)


#: the Python domain's roles for an object other than a module: Sphinx's exact lookup (no
#: "." before the target) finds the name among every kind of object whatever the role names
#: it (`:const:` or `:data:`), so the link stays; `:mod:` finds modules alone
_PY_OBJECT_ROLES = frozenset({"attr", "const", "data", "class", "meth", "func", "obj", "exc",
                              "type"})
#: (only "~" is set aside: it shortens the title shown; "!" drops the link and "." makes the
#: lookup one that depends on the role, t67/hB)
_PY_ROLE = re.compile(r":(?:py:)?(?P<name>[\w-]+):`~?(?P<target>[^`!~.][^`]*)`\Z")


def _object(token: str) -> str | None:
    """The Python object a role ``token`` links to, its role's kind and a "~" set aside
    (`:const:`~os.SEEK_SET`` and `:data:`os.SEEK_SET`` name one object); None for other
    markup, and for a role marked "!" or "."."""
    match = _PY_ROLE.match(token)
    if match is None or match["name"] not in _PY_OBJECT_ROLES:
        return None
    return match["target"]


def _same_object(lacking: Counter[str], adding: Counter[str]) -> list[str]:
    """The role the translation names the same Python object with, another kind of it or a
    "~" added or dropped (`:const:` for `:data:`: the title shortened, the link the same;
    t66/hI: some of 628 warnings on the Python documentation), taken out of ``lacking`` and
    ``adding``: nothing the page's reader loses."""
    light: list[str] = []
    objects: dict[str, list[str]] = {}
    for token in sorted(adding):
        if (name := _object(token)) is not None:
            objects.setdefault(name, []).extend([token] * adding[token])
    for token in sorted(lacking):
        name = _object(token)
        while name is not None and lacking[token] and objects.get(name):
            other = objects[name].pop(0)
            lacking[token] -= 1
            adding[other] -= 1
            light.append(token)
    return light


#: a glossary term the translation names in its language (``compare``)
_ANY_TERM = ":term:`…`"


def _in_text(words: str, text: str) -> bool:
    """Does ``text`` say ``words`` outside its markup? (``prose`` reads the literal as text
    then)"""
    return words.casefold() in _INLINE.sub(" ", text).casefold()


def _token(match: re.Match[str], translation: bool) -> str:
    kind = match.lastgroup
    if kind == "role":
        name = match["name"]
        if name.casefold() in TEXT_ROLES:
            return f":{name}:`…`"
        titled = _title(match["rc"])
        if titled is None and name == "term" and translation:
            return _ANY_TERM  # (``compare``: matched by its position, any term of the source)
        return f":{name}:`{match['rc'] if titled is None else titled[1]}`"
    if kind == "ref":
        under = match["us"] or ""
        titled = _title(match["rt"])
        if not under:
            return "`…`"  # (interpreted text in the default role: the translator's)
        if titled is None:
            # (a named reference: Sphinx links a translated name to the source's by their
            # order, so its text is the translator's; their number must be the source's)
            return f"`…`{under}"
        return f"`… <{_link_target(titled[1])}>`{under}"
    return match[0]


def _link_target(target: str) -> str:
    """A link's target as TP501 names it: an address TP401 compares is "URL" (one changed
    is told once, by TP401: the same page written another way is none)."""
    return "URL" if re.match(r"(?:https?|ftp|mailto):|www\.", target) else target


def restore(text: str, view: str, written: str) -> str:
    """``text`` (a check's message or expected text, made from ``view``, the ``prose`` of
    ``written``) with its blanked runs written as ``written`` has them, in order: the
    expected text of TP611 holds the translation's code again."""
    if FILLER not in text:
        return text
    runs = [written[m.start():m.end()] for m in _RUNS.finditer(view)]
    if not restorable(text, view):
        return _RUNS.sub("…", text)
    found = iter(runs)
    return _RUNS.sub(lambda _m: next(found), text)


def restorable(text: str, view: str) -> bool:
    """Does ``text`` hold as many blanked runs as ``view`` (then they are its, in order)?"""
    return len(_RUNS.findall(text)) == len(_RUNS.findall(view))


_RUNS = re.compile(FILLER + "+")
