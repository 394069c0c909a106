"""What of TP501's differences the reader of another project's page does not lose: emphasis a
translation adds (French sets a foreign word in italics: «la <i>DWN</i>»), a ``<q>`` its
translator typed as the language's quotation marks («testing» for ``<q>testing</q>``).

Judged by what the page shows: a link, code, a line break, a list, a superscript, an element
with an address or an id, or emphasis the source has and the translation drops, all stay
TP501's warnings; these become an info (Debian's news, t64/hN: 100 of TP501's 130 findings).
"""

from __future__ import annotations

import re
from collections import Counter

#: the elements that only set words apart (italics, bold, a title, a quotation), none of them
#: carrying content of its own
_EMPHASIS = frozenset({"em", "i", "strong", "b", "cite", "q", "span"})
#: an inline tag as ``markup._tags`` keeps it (spaces made one): its name and its attributes
_TAG = re.compile(r"<(?P<close>/)?(?P<name>[^\s/<>]+)(?P<attrs>[^<>]*?)(?P<empty>/)?>",
                  re.DOTALL)
#: the attributes that change nothing a reader loses: the words' language and direction
_PLAIN_ATTR = re.compile(r"""\s*(?:xml:lang|lang|dir)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)""",
                         re.IGNORECASE)
#: a passage between a language's typed quotation marks (English and Chinese “…”, French,
#: Spanish, Russian and Arabic «…», German „…“, Chinese and Japanese 「…」『…』, Swiss ‹…›,
#: straight "…"), or the opening HTML entity of one (``_ENTITY_CLOSE``), tags set aside first
_QUOTED = re.compile(r"«[^«»]+»|„[^„“”]+[“”]|“[^“”]+”|「[^「」]+」|『[^『』]+』|‹[^‹›]+›"
                     r"|\"[^\"]+\"|&(?:laquo|ldquo|quot);")
#: an entity's passage closes, on its line, at the first closing entity after a character:
#: ``&laquo;.+?&raquo;`` as a pattern had scanned from every unclosed one to the line's end
#: (quadratic: 1.4 s at 5,000 «&laquo;x», 14.3 s at 20,000; t65/hB)
_ENTITY_CLOSE = {"&laquo;": "&raquo;", "&ldquo;": "&rdquo;", "&quot;": "&quot;"}
#: an inline tag, to be set aside before the quotation marks are counted (an attribute's
#: straight quotes are no quotation)
_ANY_TAG = re.compile(r"<[^<>]*>")


def _emphasis(tag: str) -> tuple[str, bool] | None:
    """``tag``'s element name and whether it closes one, if it is an emphasis tag with no
    attribute but its language or direction; None for any other tag."""
    match = _TAG.fullmatch(tag)
    if match is None or match["empty"]:
        return None
    name = match["name"].casefold()
    if name not in _EMPHASIS or (match["close"] and match["attrs"].strip()):
        return None
    if _PLAIN_ATTR.sub("", match["attrs"]).strip():
        return None  # (a class, a title, an id: what the page does with it is not known here)
    return name, bool(match["close"])


def _nested(target: str, name: str) -> bool:
    """Whether every ``name`` element of ``target`` opens before it closes."""
    depth = 0
    for match in _TAG.finditer(target):
        if match["empty"] or match["name"].casefold() != name:
            continue
        depth += -1 if match["close"] else 1
        if depth < 0:
            return False
    return depth == 0


def _quotations(text: str) -> int:
    """How many quoted passages ``text`` has, its tags set aside, read left to right as one
    pattern's matches (``_QUOTED``, an entity's passage ``&laquo;.+?&raquo;``), in linear
    time: where the next closing entity and line break are is remembered, not sought again
    from every opening one."""
    if not text:
        return 0
    text = _ANY_TAG.sub("", text)
    count, at = 0, 0
    # (per entity, and for "\n": the first one found at or after the position it was sought
    # from, -1 for none; positions sought only grow)
    ahead: dict[str, tuple[int, int]] = {}

    def after(mark: str, start: int) -> int:
        sought, found = ahead.get(mark, (-1, -2))
        if not (sought <= start and (found >= start or found == -1)):
            found = text.find(mark, start)
            ahead[mark] = (start, found)
        return found

    while (match := _QUOTED.search(text, at)) is not None:
        close = _ENTITY_CLOSE.get(match.group())
        if close is None:
            count, at = count + 1, match.end()
            continue
        end = after(close, match.end() + 1)
        line = after("\n", match.end())
        if end >= 0 and (line < 0 or line >= end):
            count, at = count + 1, end + len(close)
        else:
            at = match.start() + 1
    return count


def set_aside(missing: Counter[str], extra: Counter[str], source: str,
              target: str) -> tuple[Counter[str], Counter[str], list[str]]:
    """``missing`` and ``extra`` (the source's and the translation's tags the other side has
    fewer of) without the differences the page's reader does not lose, and those said: whole
    emphasis elements the translation adds (as many closed as opened, properly nested), and
    ``<q>`` elements dropped where the translation has as many more typed quotations than the
    source."""
    missing, extra, said = Counter(missing), Counter(extra), []
    added: dict[str, list[str]] = {}
    for tag in extra:
        read = _emphasis(tag)
        if read is not None:
            added.setdefault(read[0], []).append(tag)
    for name in sorted(added):
        opened = sum(extra[t] for t in added[name] if not t.startswith("</"))
        closed = sum(extra[t] for t in added[name] if t.startswith("</"))
        if opened and opened == closed and _nested(target, name):
            for tag in added[name]:
                del extra[tag]
            said.append(f"<{name}> added" + (f" ×{opened}" if opened > 1 else ""))
    dropped = [t for t in missing if (read := _emphasis(t)) is not None and read[0] == "q"]
    opened = sum(missing[t] for t in dropped if not t.startswith("</"))
    closed = sum(missing[t] for t in dropped if t.startswith("</"))
    if opened and opened == closed and _quotations(target) - _quotations(source) >= opened:
        for tag in dropped:
            del missing[tag]
        said.append("<q> typed as quotation marks" + (f" ×{opened}" if opened > 1 else ""))
    return missing, extra, said
