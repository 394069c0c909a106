"""Which link targets may become a live ``href``: only allowed schemes, relative and fragment
links (a protocol-relative ``//host/path`` is none of these: it has the page's scheme).
``javascript:``, ``data:``, ``vbscript:`` and any scheme not on the allow-list are refused, in
the forms a browser would still run: upper case, with tabs, newlines or control characters
inside (browsers drop them), with leading spaces, or written with character references
(``&#106;avascript:``, ``java&Tab;script:``)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from transpub.errors import TranspubError
from transpub.model import Block, Release

DEFAULT_SCHEMES: tuple[str, ...] = ("http", "https", "mailto")

# what the WHATWG URL parser strips (leading/trailing C0 and space) or ignores anywhere (tab, LF,
# CR); we drop every C0 control, space and DEL, which only makes the test stricter
_IGNORED_RE = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME_RE = re.compile(r"^([^/?#]*?):")
#: A protocol-relative (scheme-relative) reference, ``//host/path``: a link to another host
#: over the scheme of the page it is on, not a path of this site. Either slash may be a
#: backslash, and more may follow (the URL parser reads ``\\host``, ``/\host`` and
#: ``///host`` so in an http or https page).
_SCHEME_RELATIVE_RE = re.compile(r"^[/\\]{2}")
#: The scheme a protocol-relative reference takes: a published page's, served over HTTPS
PAGE_SCHEME = "https"


def href_scheme(href: str) -> str | None:
    """The scheme a browser would see in ``href`` (lower case), or None for a relative link.

    Anything before the first ``:`` that comes before any ``/``, ``?`` or ``#`` counts as a
    scheme, even when it is not a valid one (``java%73cript:``): what is refused is whatever is
    not plainly allowed. A protocol-relative reference (``//host/path``) is no relative link:
    its scheme is the page's (``PAGE_SCHEME``).
    """
    text = _as_read(href)
    if _SCHEME_RELATIVE_RE.match(text):
        return PAGE_SCHEME
    found = _SCHEME_RE.match(text)
    return found.group(1).lower() if found else None


def _as_read(href: str) -> str:
    """``href`` as a browser's URL parser reads it: character references decoded, what it
    ignores left out."""
    text = href
    for _ in range(3):  # "&amp;#106;" decodes twice; a third round finds nothing more
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return _IGNORED_RE.sub("", text)


def is_protocol_relative(href: str) -> bool:
    """Whether ``href`` is a protocol-relative reference (``//host/path``: ``href_scheme``)."""
    return _SCHEME_RELATIVE_RE.match(_as_read(href)) is not None


def is_safe_href(href: str, schemes: Iterable[str] = DEFAULT_SCHEMES) -> bool:
    scheme = href_scheme(href)
    return scheme is None or scheme in {s.lower() for s in schemes}


def atom_href(tag: str, text: str) -> str:
    """The ``href`` an address atom is published with: ``mailto:`` an e-mail address; a web
    address written without its scheme ("www.un.org/counterterrorism") over ``https://``,
    which a browser would otherwise take for a page beside this one."""
    if tag == "email":
        return f"mailto:{text}"
    return f"https://{text}" if text[:4].lower() == "www." else text


def link_targets(block: Block) -> Iterator[str]:
    """Every target a block's markup would publish as an ``href``: ``a`` links (an ``a``
    marked its:translate="no" is an atom, and its ``href`` is published all the same) and
    ``url`` atoms (e-mail atoms are always ``mailto:``)."""
    for span in block.spans:
        if span.tag == "a" and span.kind in ("open", "atom"):
            yield dict(span.attrs).get("href", "#")
        elif span.kind == "atom" and span.tag == "url":
            yield atom_href("url", span.text)


def check_links(release: Release, schemes: Iterable[str], error: type[TranspubError],
                path: Path | None = None, text: str | None = None) -> None:
    """Raise ``error`` naming the file and line for the first unsafe link: the block's line,
    or, given the file's ``text``, the line the target is written on (a Markdown paragraph
    spans several lines)."""
    allowed = tuple(schemes)
    where = path if path is not None else release.path
    for block in release.blocks:
        for href in link_targets(block):
            if not is_safe_href(href, allowed):
                shown = _IGNORED_RE.sub(" ", href).strip()[:60]
                kind = ("a protocol-relative link, to another site over the page's scheme: "
                        if is_protocol_relative(href) else "")
                raise error(f"unsafe link target {shown!r}: {kind}scheme '{href_scheme(href)}:' "
                            f"is not allowed (allowed: {', '.join(allowed) or 'none'}, relative "
                            "and #fragment links; see [links] schemes in transpub.toml)",
                            where, _line_of(href, block.line, text) or None)


def _line_of(href: str, first: int, text: str | None) -> int:
    if not text or first < 1:
        return first
    lines = text.splitlines()
    for number in range(first, len(lines) + 1):
        if href in lines[number - 1]:
            return number
    return first
