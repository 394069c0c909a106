"""Whether a line that ends in a link or an e-mail address and the next line's first word are
one address a line break cut: "https://aubreymoor" / "e.github.io/Guam-CRB-Damage-Map/webmap",
"https://ieep.eu/publications/2019" / "-europe-sustainable-development-report". A PDF's
text, and pdftotext's, breaks a long address where the line is full, with no hyphen; joined
with a space, the address was cut in two (a link to the wrong host, the rest plain text).

Only a continuation that is plainly part of an address joins: a word of a URL's characters
holding one of its marks (".", "/", "-", "_", "=", "?", "#", "%", "~"), and the joined form a
valid address (a host of letters, digits and hyphens ending in a top-level domain of two
letters at least). A sentence going on after a link ("https://un.org" / "and the", "e.g.")
never does, nor an address ending in a full stop or comma, which ends a sentence or a clause,
nor a whole address before a part that opens with a scheme or "www." (two links a layout's
gap or a line break set apart: "https://a.org/x      https://b.org/y"; the joined form would
be valid, a path may hold "://"), unless the first ends where an archive sets the address it
keeps ("https://web.archive.org/web/20190501000000/" / "https://www.un.org/…": one link).
"""

from __future__ import annotations

import re

#: where a link starts in a line's last word (after "Guam." glued on by a PDF's text)
_LINK_START_RE = re.compile(r"https?://|www\.", re.IGNORECASE)
#: an e-mail address's local part, read backwards from its "@" (one pattern ``[\w.+-]+@``
#: searched in the word tried every start to the word's end: a 40,000-character word
#: holding "://" and no "@" took 105 s)
_LOCAL_RE = re.compile(r"[\w.+-]*")
#: the next line's first word, as an address goes on: its characters only
_CONTINUATION_RE = re.compile(r"[\w.~%/?#=&+:;@!$'*,-]+")
_MARKS_RE = re.compile(r"[./\-_=?#%~]")
#: a whole link, host and path, or a whole e-mail address
_URL_RE = re.compile(r"(?:https?://|www\.)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}"
                     r"(?::\d+)?(?:[/?#][\w.~%/?#=&+:;@!$'*,-]*)?", re.IGNORECASE)
_EMAIL_RE = re.compile(r"[\w.+-]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}",
                       re.IGNORECASE)
#: what ends a sentence or clause after an address rather than belonging to it
_TRAILING = ".,;:!?)]»”’\"'"


def _address_start(word: str) -> int | None:
    """Where the first address in ``word`` starts, as the one pattern
    ``(?:https?://|www\\.)|[\\w.+-]+@`` would find it: a link's scheme or "www.", or the local
    part before an "@", whichever comes first; None when it holds neither. Each character is
    read a bounded number of times: each "@" is found, and its local part read back to the
    previous "@" only (no "@" is in a local part)."""
    link = _LINK_START_RE.search(word)
    first = link.start() if link is not None else len(word)
    previous = 0
    at = word.find("@")
    while at >= 0 and previous <= first:  # (a later "@" starts after the link)
        local = _LOCAL_RE.match(word[previous:at][::-1])
        if local is not None and local.end():
            return min(at - local.end(), first)
        previous = at + 1
        at = word.find("@", previous)
    return link.start() if link is not None else None


#: a link's path ending where an archive sets the address it keeps: the Wayback Machine's
#: timestamp ("…/web/20190501000000/", "…/web/2019/", "…/20190501000000id_/") or
#: archive.today's ("…/2019.05.01-000000/"), before the "/" the address follows
_EMBEDDING_RE = re.compile(r"/(?:web/\d{1,14}|\d{14})(?:[a-z]{2}_)?/\Z"
                           r"|/\d{4}\.\d\d\.\d\d-\d{6}/\Z")


def _whole(address: str) -> bool:
    """Whether ``address`` is a whole address, one that needs nothing after it: an e-mail
    address, or a link ending at a host's or a path's end (a letter, a digit or "/"). One
    ending in "=", "?", "&", "#", "-" (a query waiting for its value,
    "https://x.org/go?u=" / "https://un.org/a"), a scheme alone ("https://" / "www.un.org")
    or an archive's path waiting for the address it keeps (``_EMBEDDING_RE``:
    "https://web.archive.org/web/20190501000000/" / "https://www.un.org/…") goes on with the
    next part, even one opening with a scheme."""
    if _EMAIL_RE.fullmatch(address):
        return True
    ends = address[-1:]
    return (ends.isalnum() or ends == "/") and _EMBEDDING_RE.search(address) is None \
        and _URL_RE.fullmatch(address) is not None


def continues_address(line: str, next_line: str) -> bool:
    """Whether ``next_line`` opens with the rest of an address that ``line`` ends with."""
    if "://" not in line and "www." not in line and "@" not in line:
        return False  # (most lines: at no cost)
    words = line.rsplit(maxsplit=1)
    rest = next_line.split(maxsplit=1)
    if not words or not rest or words[-1][-1] in _TRAILING:
        return False
    start = _address_start(words[-1])
    after = _CONTINUATION_RE.fullmatch(rest[0])
    if start is None or after is None:
        return False
    body = rest[0].rstrip(_TRAILING)
    if _LINK_START_RE.match(body) and _whole(words[-1][start:]):
        return False  # two links a gap or a break set apart, not one cut in two
    inner = body[1:] if body[0].isalnum() else body
    if not any(c.isalnum() for c in body) or not _MARKS_RE.search(inner):
        return False  # a word of letters: the sentence goes on ("and", "The")
    joined = words[-1][start:] + body
    pattern = _EMAIL_RE if "@" in joined and "://" not in joined else _URL_RE
    return pattern.fullmatch(joined) is not None


#: a gap of spaces inside a line before a word: where a PDF's layout set the rest of an
#: address apart ("https://ieep.eu/publications/2019      -europe-…")
_GAP_RE = re.compile(r"[ \t]{2,}(?=\S)")
_WORD_RE = re.compile(r"\S+")


def gapped_addresses(text: str) -> str:
    """``text`` with an address that a gap inside its line cut in two written whole (as
    ``continues_address`` tells it); the gap is kept anywhere else. Read word by word, once
    (a pattern of an address's word before the gap had tried every start within a word:
    a 12 MB link took the import hours instead of a refusal)."""
    if "://" not in text and "www." not in text and "@" not in text:
        return text
    parts: list[str] = []
    done = 0
    for word in _WORD_RE.finditer(text):
        value = word.group()
        if "://" not in value and "www." not in value and "@" not in value:
            continue
        gap = _GAP_RE.match(text, word.end())
        if gap is None:
            continue
        # only the word after the gap is read: the rest of its line, copied for each
        # address, made one line of 100,000 addresses take 37 s
        after = _WORD_RE.match(text, gap.end())
        if after is not None and continues_address(value, after.group()):
            parts.append(text[done:word.end()])
            done = gap.end()
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)
