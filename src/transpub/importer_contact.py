"""A release's contact block, as a text sets it under its body: the lead-in that opens it
("For more information, please contact:", «Pour plus d'informations»), the short blocks of
details that go on with it, where the text's closing blocks begin, and its lines as the
release keeps them (a wrapped line joined, contacts set side by side read column by column).

Contact details a release sets elsewhere, a line or a parenthesis inside other text, are
``contactlines``'s; the words of a lead-in that asks nothing are ``releasewords``'s."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from transpub.contactlines import contact_entry, field_columns, gives_contact
from transpub.importer_pages import TERMINAL, Para, cells, opens_boilerplate
from transpub.importer_text import WRAPPED_RE, unwrapped_emphasis
from transpub.model import Block, Span
from transpub.releasewords import contact_lead

# ("For information media. Not an official record." is the UN press office's footer)
CONTACT_RE = re.compile(r"^(for ((more|further|additional) )?information(?! media)"
                         r"|for interviews?( requests)?\b|(for )?media (contacts?"
                         r"|enquiries|inquiries|queries|requests)|contacts?( us)?\s*:|press "
                         r"(contacts?|enquiries|inquiries|office\b)|issued by\s*:|media\s*:"
                         r"|spokesperson\s*:|contact information\b"
                         # (in the UN's other languages and German: "Pour plus d'informations,
                         # veuillez contacter :", "Para más información, contactar a:",
                         # "Contacto de prensa", "Contact presse", «Для получения дополнительной
                         # информации», "Pressekontakt")
                         r"|pour (?:plus d['’]|de plus amples |toute |d['’]autres )informations?"
                         r"|pour en savoir plus\b|contacts? (?:presse|médias?)\b|relations (?:avec "
                         r"les )?(?:médias|presse)\s*:|personnes? à contacter|para (?:más|mayor"
                         r"|obtener más|cualquier) información|contactos? (?:de|para) (?:prensa"
                         r"|medios)|contactos? con (?:los )?medios|para consultas de (?:prensa"
                         r"|medios)|contacto\s*:|prensa\s*:|presse\s*:"
                         r"|для (?:получения )?(?:дополнительной|более подробной) информации"
                         r"|контакты для (?:прессы|сми)|контактная информация"
                         r"|لل?مزيد من المعلومات|للاستفسارات|更多信息|媒体联系|如需(?:更多|进一步)"
                         r"|für (?:weitere|nähere|mehr) informationen|pressekontakt|kontakt\s*:)",
                         re.IGNORECASE)
#: A contact block's first line that says it is one at its end: "To receive an advance copy
#: of the press kit and for interview requests, please contact:", "To register for the press
#: briefing please write to:", "UNESCWA-Beirut Contacts:" (not a sentence: no final stop).
# ("call" only asked of the reader: "please call:", "call:"; "The experts call on the
# authorities to:" is a list's lead-in)
_CONTACT_LEAD_RE = re.compile(r"(?:\b(?:please\s+)?(?:contact|write\s+to|e-?mail|veuillez "
                              r"contacter|contactez|contactar(?:\s+a)?|comuníquese\s+con"
                              r"|póngase\s+en\s+contacto\s+con|kontaktieren\s+sie)\b"
                              r"[^.!?]{0,50}:|\b(?:please\s+)?call(?:\s+us)?\s*:"
                              r"|\bcontacts?\s*:?|\bplease\s+contact)\s*$",
                              re.IGNORECASE)


def opens_contact(text: str, first_line: str, under: Sequence[str] = ()) -> bool:
    """Whether a paragraph (``text``, its first line ``first_line``) opens a contact block:
    "For more information…", "Media contacts:", or a first line that asks to be contacted at
    its end ("…, please contact:"). A lead-in that asks nothing alone on its line ("More
    information", «Подробнее», «详情») is a section's heading as often: it opens one only
    over a contact's lines (``under``, the first lines under it: an e-mail address, a
    telephone, a name with one), and without them stays the text's (said nowhere, as it
    moves nowhere)."""
    return bool(CONTACT_RE.match(text)) or (
        contact_lead(first_line) and any(gives_contact(t) for t in under[:3])) or (
        len(first_line) <= 150 and _CONTACT_LEAD_RE.search(first_line) is not None)


def lines_under(body: list[Para], index: int) -> list[str]:
    """The first lines under a block's first: its own, then the next block's."""
    after = body[index + 1].lines[:3] if index + 1 < len(body) else []
    return [t.strip() for _, t in [*body[index].lines[1:4], *after]][:3]


_CONTACT_WORD_RE = re.compile(r"\bcontacts?\b", re.IGNORECASE)


def opens_inline(text: str) -> bool:
    """Whether the words in a paragraph's last parenthesis open a contact block ("For more
    information: …", "Contacts: …")."""
    return bool(CONTACT_RE.match(text)) or contact_lead(text.partition(":")[0])


def is_detail(text: str) -> bool:
    return bool(CONTACT_DETAIL_RE.search(text))


def closing_start(body: list[Para], dated: int) -> int:
    """Where a text's closing blocks begin: its contact block or the office's boilerplate
    among its last eight blocks, after the dated one; the text's end if neither."""
    for index in range(max(dated + 1, len(body) - 8), len(body)):
        text = unwrapped_emphasis(body[index].text)
        if opens_contact(text, unwrapped_emphasis(body[index].lines[0][1]),
                         lines_under(body, index)) \
                or opens_boilerplate(text) or contact_details(body[index]):
            return index
    return len(body)


def contact_apart(para: Para) -> list[Para]:
    """A contact block's lead-in on a line inside a block, after a line ending a sentence
    ("… on the basis of the referrals received." / "For further information, please contact
    Fadi El Abdallah, …", a text without blank lines that its reflow left together): the
    contact block from there on (only among the text's last blocks)."""
    for index in range(1, len(para.lines)):
        line = para.lines[index][1].strip()
        # (asking to be contacted: "For more information about UNICEF …, visit www.unicef.org."
        # is the office's boilerplate)
        if CONTACT_RE.match(line) and _CONTACT_WORD_RE.search(line) \
                and para.lines[index - 1][1].rstrip().endswith(TERMINAL):
            return [Para(para.lines[:index], para.gap_before, 0, para.page_start),
                    Para(para.lines[index:], 0, para.gap_after, False, para.page_end)]
    return [para]


#: What a block after a contact block holds when it goes on with the contact details: an
#: address, a web or social-media account, a telephone number ("Follow us:" / "Twitter:
#: @UN_OCT" / "Website: www.un.org/counterterrorism").
CONTACT_DETAIL_RE = re.compile(
    r"@|www\.|https?://|\+\d|\b(?:tel|telephone|phone|mobile|cell|fax|e-?mail|twitter|facebook"
    r"|instagram|linkedin|youtube|website|web|follow\s+us)\b", re.IGNORECASE)


def contact_details(para: Para) -> bool:
    """A block of contact details without a lead-in ("IAEA Press Office" / "Tel.: +43 …" /
    "Email: press@iaea.org"): short lines, two of them or more with a telephone, an address
    or a site."""
    return len(para.lines) >= 2 and short_block(para) and sum(
        bool(CONTACT_DETAIL_RE.search(t)) for _, t in para.lines) >= 2 and not _prose(para)


#: A line's first word that goes on a sentence the line above began: a word in lower case,
#: not a contact detail's name ("email:", "tel.") nor an address.
_GOES_ON_RE = re.compile(r"[^\W\d_A-Z][^\W\d_]*[’'-]?[^\W\d_]*(?:[,.;]?(?:\s|$))")
#: A line that is a sentence: a few words, ending with a word and its full stop.
_SENTENCE_LINE_RE = re.compile(r"^(?:\S+\s+){5,}\S*[^\W\d_]\.$")


def _prose(para: Para) -> bool:
    """Whether a block's lines are a paragraph's, wrapped, not contact details a line each:
    a line's sentence going on in lower case on the next ("… Join the conversation" / "with
    #EndAIDS, and follow @UNAIDS."), or two sentences a line ("For more information …,
    visit www.unicef.org." / "Follow UNICEF on X, Facebook, Instagram and YouTube.")."""
    lines = [t.strip() for _, t in para.lines]
    for above, line in itertools.pairwise(lines):
        first = _GOES_ON_RE.match(line)
        if first and above[-1:].isalpha() and not CONTACT_DETAIL_RE.match(line):
            return True
    return sum(bool(_SENTENCE_LINE_RE.match(t)) for t in lines) >= 2


def contacts_under(body: list[Para], index: int) -> int:
    """The last of the blocks right under ``body[index]`` (a contact block's lead-in and the
    lines it holds) that are a contact's entry on every line, a name with a telephone or an
    e-mail ("Omar Gharzeddine, +1 212 297 5028," / "Richard Kollodge, +1 212 297 4992,");
    ``index`` if none. Such blocks are the contact block's whatever follows them. Not a
    sentence of the text with a telephone or an e-mail (``contactlines.contact_entry``: "Call
    112 or +258 21 490 300 for help.", "Applications … to mozma@unhcr.org by 30 March.",
    under "… should contact:" in the middle of a release, had been moved into the contact
    block at its end; t67/hE C)."""
    end = index
    while end + 1 < len(body) and short_block(body[end + 1]) \
            and all(contact_entry(t) for _, t in body[end + 1].lines):
        end += 1
    return end


def boilerplate_follows(rest: list[Para]) -> bool:
    """Whether what follows a contact block is an office's boilerplate (a few blocks opening
    with "About …" or "Notes to editors"), not the text going on."""
    return 0 < len(rest) <= 6 and opens_boilerplate(rest[0].text)


def contact_of(para: Para) -> list[tuple[int, str]]:
    """A contact block's paragraph as its lines (a heading's mark taken off: "### Contact")."""
    return [(n, text) for n, t in para.lines if (text := t.replace("\0h2", "").strip())]


def short_block(para: Para) -> bool:
    """A block of a few short lines, as close a release after its contact block."""
    return not para.footnote and len(para.lines) <= 8 \
        and all(len(t.strip()) <= 100 for _, t in para.lines)


def contact_line(number: int, spans: list[Span], line: int) -> Block:
    """The contact block's line ``number``, with its translator's note."""
    email = any(s.kind == "atom" and s.tag == "email" for s in spans)
    note = "Contact details." + (" The e-mail address <x1/> is not translated." if email
                                 else "")
    return Block(f"contact{number}", "line", tuple(spans), line, note=note)


def contact_lines(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The contact block's lines, as the block sets them (an address is line by line), but a
    line a narrow column wrapped joined to the next: one that ends on a word that needs the
    next ("… Office of", "… contact: Ms.")."""
    out: list[tuple[int, str]] = []
    for line, text in _columns_apart(lines):
        # (not a contact's line ending "… / ravina.shamdasani@un.org or": the next contact
        # is another one)
        if out and WRAPPED_RE.search(out[-1][1]) and not _ALTERNATIVE_RE.search(out[-1][1]):
            out[-1] = (out[-1][0], f"{out[-1][1]} {text}")
        else:
            out.append((line, text))
    return out


#: A contact's line that offers the next as another: an address or a number, then "or".
_ALTERNATIVE_RE = re.compile(r"(?:@|\d{3}).*\b(?:or|and)$")


def _columns_apart(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Contacts set side by side ("Sanjay Acharya      Paul Wilson" / "Chief, …      Senior
    …"): a run of two lines or more with the same number of columns, read column by column,
    each contact's lines together."""
    out: list[tuple[int, str]] = []
    index = 0
    while index < len(lines):
        width = len(cells(lines[index][1]))
        end = index
        rows = []
        # (a row that lost its columns' spacing, "E-mail: E-mail:" under "Public Affairs
        # Media Relations", still has a field name per column)
        while end < len(lines) and width > 1 and (row := cells(lines[end][1]) if len(
                cells(lines[end][1])) == width else field_columns(lines[end][1], width)):
            rows.append((lines[end][0], row))
            end += 1
        if end - index < 2:
            out.append(lines[index])
            index += 1
            continue
        out += [(n, row[column]) for column in range(width) for n, row in rows]
        index = end
    return out
