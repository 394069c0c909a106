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
#: A telephone's word before its number ("Tel.:", "tél. :", "Mobile").
_PHONE_WORD = r"(?:tel|phone|telephone|tél|tlf|mob|mobile|cell|fax)"
#: A line of a name and a telephone number, nothing else: "Gerry Rice: 202-473-1842",
#: "Damian Milverton (202) 473-6735", "Mina Andreeva – Tel.: +32 229 91382" (the name two to
#: four words, each with its capital but a particle's, "Fadi El Abdallah", "Jan van Dijk":
#: ``_is_name``).
_NAME_PHONE_RE = re.compile(
    r"^(?P<name>[^\W\d_][\w.'’-]+(?:\s+[^\W\d_][\w.'’-]*){1,4})\s*(?:[:,–—-]\s*|\s)"
    r"(?P<word>(?i:" + _PHONE_WORD + r")\.?\s*:?\s*)?(?P<phone>" + _PHONE + r")\s*$")
#: The words of a name that go in lower case ("van", "de", "bin").
_PARTICLES = frozenset("van von der den de da das del della di do dos du la le bin ibn al el"
                       .split())
#: A number a text writes in groups of three (a figure, "30 400 000", "4.200.000"), or a date
#: ("2025-03-05", "05.03.2025"): no telephone's shape without a "+", parentheses or a word.
_NO_PHONE_RE = re.compile(r"\d{1,3}(?P<sep>[\s.,])\d{3}(?:(?P=sep)\d{3})*"
                          r"|\d{4}-\d{2}-\d{2}|\d{1,2}(?P<dsep>[./-])\d{1,2}(?P=dsep)\d{2,4}")


def _is_name(words: str) -> bool:
    """Whether ``words`` are a person's or an office's name: each word opening with a capital
    but a particle's, not a label in sentence case ("People in need", "Funding required")."""
    parts = words.split()
    return parts[0][0].isupper() and all(w[0].isupper() or w in _PARTICLES for w in parts) \
        and not all(w in _PARTICLES for w in parts[1:])


def name_and_phone(line: str) -> bool:
    """Whether ``line`` is a contact's name and telephone number alone: a name (``_is_name``)
    and a telephone's shape, seven figures or more with a "+", parentheses or a telephone's
    word, or in groups no figure nor date is written in ("202-473-1842", not "30 400 000")."""
    match = _NAME_PHONE_RE.match(line.strip()) if len(line) <= 80 else None
    if match is None or not _is_name(match.group("name")):
        return False
    phone = match.group("phone")
    return sum(c.isdigit() for c in phone) >= 7 and (
        match.group("word") is not None or "+" in phone or "(" in phone
        or _NO_PHONE_RE.fullmatch(phone.strip()) is None)


#: What gives a way to reach a person or an office: an e-mail address, or a telephone (a
#: telephone's word and a figure, or a "+" and figures).
_REACH_RE = re.compile(r"[\w.+-]@[\w-]+\.\w|\+\s?\d|(?i:\b" + _PHONE_WORD + r")\b\.?\W{0,4}\d")


def gives_contact(line: str) -> bool:
    """Whether ``line`` is a contact's: it holds an e-mail address or a telephone, or it is
    a name and a telephone (a link alone is a reference, no contact)."""
    return _REACH_RE.search(line) is not None or name_and_phone(line)


#: What parts a contact's entry into its fields: a comma, a semicolon, a colon, a bar, a dash
#: set apart, a parenthesis (each script's too).
_FIELDS_RE = re.compile(r"[,;:|()，、；：（）،؛]|\s[–—-]\s")
#: What a field holds that is no word of a sentence: an e-mail address, a link.
_ADDRESS_RE = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+")
#: A word in lower case (a sentence's: a name, a role, an office open with capitals).
_LOWER_WORD_RE = re.compile(r"(?<![\w@.])[^\W\d_A-ZÀ-ÞА-ЯЁ][^\W\d_]*")
_ARABIC_WORD_RE = re.compile(r"[\u0621-\u064a]+")
_HAN_RE = re.compile(r"[\u3400-\u9fff]")
#: How a sentence ends, in each script.
_SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？", "؟")


def in_prose(line: str) -> bool:
    """Whether ``line`` is a sentence's, not a contact's entry: its last field (after the
    last comma, colon or parenthesis) is a clause, three words in lower case at least (four
    Arabic words; in Chinese, a sentence's full stop or eight characters), and the line ends
    a sentence or goes on at its end with a word ("Call 112 or +258 21 490 300 for help.",
    "… may write to heat@who.int or" / "call … on +45 45 33 70 00, which will forward it
    to"); a name, a role or an office with a telephone or an e-mail ("Richard Kollodge, +1
    212 297 4992,", "Jane Doe, Press Officer (mobile)") is none."""
    text = " ".join(line.split())
    if not text or not (text.endswith(_SENTENCE_ENDS) or text[-1].isalnum()):
        return False
    last = next((f for f in reversed(_FIELDS_RE.split(text)) if f.strip()), "")
    last = _ADDRESS_RE.sub(" ", last)
    if _HAN_RE.search(last):
        return text.endswith(("。", "！", "？")) or len(_HAN_RE.findall(last)) >= 8
    if _ARABIC_WORD_RE.search(last):
        return len(_ARABIC_WORD_RE.findall(last)) >= 4
    return len(_LOWER_WORD_RE.findall(last)) >= 3


def contact_entry(line: str) -> bool:
    """Whether ``line`` is a contact's entry: it gives a contact (``gives_contact``: a
    telephone, an e-mail) and is no sentence of prose (``in_prose``): a name, a role or an
    office with them ("Omar Gharzeddine, +1 212 297 5028,", "Tel.: +41 22 917 9000",
    "Email: press@un.org"), not "Call 112 or +258 21 490 300 for help.", "Applications can
    be sent to mozma@unhcr.org by 30 March." (t67/hE C, D)."""
    return gives_contact(line) and not in_prose(line)


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
    # (one of them at least a person's or an office's, an e-mail address or a telephone:
    # "(For more information on the methods: www.who.int/methods; …)" cites, it is no
    # contact, and had been moved to the contact block)
    if not contacts or not all(detail(c) or name_and_phone(c) for c in contacts) \
            or not any(gives_contact(c) for c in contacts):
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
