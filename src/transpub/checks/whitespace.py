"""Layout whitespace (TP503): a TAB, a line break, or a space at either end that the
translation has and its source has not (or the other way round). A PO editor keeps what the
translator typed: Enter in Poedit's or Lokalize's edit box writes ``\\n`` into the msgstr, a
text pasted from a PDF or Word brings its line breaks and TABs, and a space slips in at an end.
The build publishes them as they are (the XML output keeps them, a page's ``<pre>``,
``white-space: pre`` or a feed reader shows them), and msgfmt refuses a msgstr whose first or
last line break the msgid has not. The Translate Toolkit's pofilter reports these as its
``tabs``, ``newlines`` and ``whitespace`` tests: counts of TABs and of line breaks, and the
whitespace at the two ends.

Typography is not layout: a space inside the text is never read (French no-break spaces before
« : ; ! ? » and inside guillemets, the ideographic space between Chinese phrases), a no-break
space at an end counts as the space it is, and a Chinese translation may open with ideographic
spaces (U+3000, a paragraph's indent in Chinese typography).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.registry import Finding, Severity, check, finding

#: Line breaks as a page or a feed shows them: LF, CR (pofilter counts both), and Unicode's
#: line and paragraph separators (U+2028, U+2029: Word's and PDFs' breaks, pasted)
_BREAKS = "\n\r\u2028\u2029"
_LAYOUT = re.compile(f"[\t{_BREAKS}]")
#: A Chinese paragraph's indent: ideographic spaces opening the text
_INDENT = "\u3000"
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


@check("TP503", "whitespace", Severity.ERROR, "markup")
def whitespace(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """A TAB or line break the source does not have (or one dropped), or a space at an end of
    the translation that its source has not (a warning)."""
    target = unit.target
    if (_LAYOUT.search(target) is None and not target[:1].isspace()
            and not target[-1:].isspace() and _LAYOUT.search(unit.source) is None
            and not unit.source[:1].isspace() and not unit.source[-1:].isspace()):
        return ()  # (nearly every unit: four tests in C)
    source = unit.source
    problems: list[str] = []
    spans: list[tuple[int, int]] = []
    layout = False  # a TAB or a line break differs: what the page shows as it is
    # a line break added or dropped at an end, which msgfmt --check refuses, said as such
    ends = [(name, _breaks_at(target, end) - _breaks_at(source, end))
            for end, name in ((0, "start"), (-1, "end"))]
    for what, chars in (("TAB", "\t"), ("line break", _BREAKS)):
        extra = _count(target, chars) - _count(source, chars)
        if chars == _BREAKS:
            for name, moved in ends:
                if moved:
                    problems.append(f"a line break at the {name} that the "
                                    f"{'source' if moved > 0 else 'translation'} does not have")
            extra -= sum(moved for _name, moved in ends)
            layout = layout or any(moved for _name, moved in ends)
        if extra:
            layout = True
            problems.append(f"{extra} {what}(s) the source does not have" if extra > 0 else
                            f"{-extra} {what}(s) of the source dropped")
        if _count(target, chars) > _count(source, chars):
            spans.append(_first(target, chars))
    for end, name in ((0, "start"), (-1, "end")):
        theirs, ours = _spaced(source, end, ""), _spaced(target, end, unit.lang)
        if ours and not theirs:
            problems.append(f"a space at the {name} that the source does not have")
            spans.append((0, 1) if end == 0 else (len(target) - 1, len(target)))
        elif theirs and not ours:
            problems.append(f"the source's space at the {name} dropped")
    if not problems:
        return ()
    return (finding("TP503", unit, "whitespace: " + "; ".join(problems),
                    expected=_mended(source, target, unit.lang),
                    span=spans[0] if spans else None,
                    severity=None if layout else Severity.WARNING),)


def _count(text: str, chars: str) -> int:
    """The TABs, or the line breaks (CRLF one), ``text`` holds."""
    if chars == "\t":
        return text.count("\t")
    return len(re.findall(f"\r\n|[{_BREAKS}]", text))


def _first(text: str, chars: str) -> tuple[int, int]:
    found = re.search(f"[{chars}]", text)
    return (found.start(), found.end()) if found else (0, 0)


def _breaks_at(text: str, end: int) -> int:
    """1 when ``text`` begins (``end`` 0) or ends (-1) with a line break, else 0."""
    return int(bool(text) and text[end] in _BREAKS)


def _spaced(text: str, end: int, lang: str) -> bool:
    """Whether ``text`` begins (``end`` 0) or ends (-1) with a space (no-break and
    ideographic ones alike), TABs and line breaks aside (counted apart); a Chinese text's
    opening ideographic spaces are its paragraph's indent."""
    edge = text.strip("\t" + _BREAKS)
    if end == 0 and lang.startswith("zh"):
        edge = edge.lstrip(_INDENT)
    if lang.startswith("fr") and (_FRENCH_OPEN if end == 0 else _FRENCH_CLOSE).search(edge):
        return False  # « : », « ! », « » », « « »: the space French sets there (Django's «  :»)
    char = edge[:1] if end == 0 else edge[-1:]
    return char.isspace()


#: French typography's space before a high punctuation mark or a closing guillemet, and after
#: an opening one: at an end of a unit that is only that mark and its space, no slip
_FRENCH_OPEN = re.compile(r"^\s+[:;!?»]")
_FRENCH_CLOSE = re.compile(r"«\s+$")


def _mended(source: str, target: str, lang: str) -> str:
    """The translation with its TABs and line breaks made spaces (run into the text in
    Chinese, which writes no space between characters) and its ends spaced as the source's;
    "" where the source has TABs or line breaks of its own (which are the translator's to
    place)."""
    if _LAYOUT.search(source):
        return ""
    joiner = "" if lang.startswith("zh") and _HAN.search(target) else " "
    mended = re.sub(rf"[ ]*[\t{_BREAKS}]+[ ]*", joiner, target)
    indent = ""
    if lang.startswith("zh"):
        indent = mended[:len(mended) - len(mended.lstrip(_INDENT))]
        mended = mended[len(indent):]
    core = mended.strip()
    lead = source[:len(source) - len(source.lstrip())]
    trail = source[len(source.rstrip()):]
    return indent + lead + core + trail
