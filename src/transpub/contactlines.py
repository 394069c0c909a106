"""Contact details a release sets elsewhere than in a contact block under its text: a name and
a telephone number a line each between the headline and the dateline ("Gerry Rice:
202-473-1842", the World Bank's), the contacts in parentheses at a paragraph's end ("(For more
information: Margaritis Schinas – Tel.: +32 229 60524; Mina Andreeva – Tel.: …)", the European
Commission's), and a contact table's columns a page flattened ("Public Affairs    Media
Relations" / "E-mail: E-mail:")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

#: A telephone number: an optional country code, then groups of figures joined by spaces,
#: dots or hyphens, an area code in parentheses or not ("202-473-1842", "(202) 473-1842",
#: "+32 2 29 96302", "+41227303209").
_PHONE = (r"(?:\+\s?\d{6,15}|(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)\s?|\(0\)\s?)?"
          r"(?:\d{1,4}[\s.-]){1,5}\d{2,6})")
#: A line of a person's name and a telephone number, nothing else: "Gerry Rice: 202-473-1842",
#: "Damian Milverton (202) 473-6735", "Mina Andreeva – Tel.: +32 229 91382" (the name two to
#: four words with capitals; the number seven figures or more).
_NAME_PHONE_RE = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*(?:[:,–—-]\s*|\s)"
    r"(?:(?:tel|phone|tél|tlf|mob|mobile|cell)\.?\s*:?\s*)?(?P<phone>" + _PHONE + r")\s*$",
    re.IGNORECASE)


def name_and_phone(line: str) -> bool:
    """Whether ``line`` is a contact's name and telephone number alone."""
    match = _NAME_PHONE_RE.match(line.strip()) if len(line) <= 80 else None
    return match is not None and sum(c.isdigit() for c in match.group("phone")) >= 7 \
        and match.group("name")[:1].isupper()


class InlineContacts(NamedTuple):
    """A paragraph's text without the contacts at its end, and the contacts' lines: their
    lead-in ("For more information:") and each contact ("Margaritis Schinas – Tel.: …")."""

    text: str
    lead: str
    contacts: tuple[str, ...]


#: A paragraph's last parenthesis, what it opens with and all to its end: "… on EBS. (For more
#: information: … )".
#: (no white space sought before it: from every space of a long run, that had cost the run's
#: square)
_LAST_PAREN_RE = re.compile(r"\((?P<inner>[^()]*)\)\s*$")


def inline_contacts(text: str, opens: Callable[[str], bool],
                    detail: Callable[[str], bool]) -> InlineContacts | None:
    """The contacts in parentheses at the end of a paragraph's text, after its sentences:
    the parenthesis opens a contact block (``opens``: "For more information: …") and each of
    its contacts gives a detail (``detail``: a telephone, an address); None if it holds none.
    """
    match = _LAST_PAREN_RE.search(text)
    if match is None or not text[:match.start()].strip():
        return None
    inner = " ".join(match.group("inner").split())
    lead, colon, rest = inner.partition(":")
    if not colon or not opens(inner) or not rest.strip():
        return None
    contacts = tuple(c.strip() for c in rest.split(";") if c.strip())
    if not contacts or not all(detail(c) or name_and_phone(c) for c in contacts):
        return None
    return InlineContacts(text[:match.start()].rstrip(), f"{lead.strip()}:", contacts)


#: A contact table's field name ("E-mail:", "Fax:", "Phone:"): where a flattened row's
#: columns begin.
_FIELD_RE = re.compile(r"(?:^|(?<=\s))(?=[A-Z][\w-]{1,15}\s?:(?:\s|$))")


def field_columns(line: str, width: int) -> list[str] | None:
    """A contact table's row that lost its columns' spacing ("E-mail: E-mail:", "Fax:
    202-623-6278 Phone: 202-623-7100"), as its ``width`` columns: one per field name, when it
    holds as many as the table has columns; None if not."""
    starts = [m.start() for m in _FIELD_RE.finditer(line.strip())]
    if len(starts) != width or starts[0] != 0:
        return None
    text = line.strip()
    return [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
