"""Release-level checks in a workspace: PO files in step with the source (TP604), and the
headline identical in the built HTML <title>, <h1> and the XML metadata (TP801)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from lxml import etree

from transpub.catalog import TranslationSet
from transpub.checks.context import Unit
from transpub.checks.registry import Finding, Severity, check
from transpub.config import Settings
from transpub.errors import CatalogError
from transpub.fsutil import read_regular
from transpub.localise import usable
from transpub.model import SOURCE_NS, Release, Segment
from transpub.regular import refused, special
from transpub.segment import PLACEHOLDER_RE


@check("TP604", "stale-catalogue", Severity.WARNING, "completeness", scope="workspace")
def _stale_doc() -> Iterator[Finding]:
    """The PO file is out of step with the source: run 'transpub extract'."""
    yield from ()


@check("TP608", "missing-catalogue", Severity.ERROR, "completeness", scope="workspace")
def _missing_doc() -> Iterator[Finding]:
    """The release has no PO file in a language of the workspace: every unit of it is
    untranslated (the build falls back to the source): run 'transpub extract'."""
    yield from ()


def missing_findings(absent: Sequence[tuple[str, str, str]]) -> list[Finding]:
    """TP608 for each (PO file's label, language, release) missing."""
    return [Finding("TP608", Severity.ERROR, lang, label, 0, "", f"release {slug!r} has no "
                    f"{lang} PO file: every unit of it is untranslated (run 'transpub "
                    "extract')", check="missing-catalogue") for label, lang, slug in absent]


@check("TP801", "headline-mismatch", Severity.ERROR, "release", scope="workspace")
def _headline_doc() -> Iterator[Finding]:
    """The headline differs between the built HTML <title>, <h1> and the XML metadata."""
    yield from ()


def stale_findings(segments: Sequence[Segment], units: Sequence[Unit], lang: str,
                   label: str) -> Iterator[Finding]:
    by_id = {u.id: u for u in units}
    for segment in segments:
        unit = by_id.get(segment.id)
        if unit is None:
            yield Finding("TP604", Severity.WARNING, lang, label, 0, segment.id,
                          "unit missing from the PO file; run 'transpub extract'",
                          check="stale-catalogue")
        elif unit.source != segment.text:
            yield Finding("TP604", Severity.WARNING, lang, label, unit.line, segment.id,
                          "msgid differs from the source; run 'transpub extract'",
                          expected=segment.text, check="stale-catalogue")


#: One parser of each kind for the process: making an ``XMLParser`` costs twice what parsing
#: a built page with it does. ``etree.HTMLParser`` is ``lxml.html``'s parser (the same
#: libxml2 options) without its element classes, which the headlines do not need.
_HTML_PARSER = etree.HTMLParser()
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)
_H1 = etree.XPath("string(//h1)")
_META_TITLE = etree.XPath("string(//t:meta/t:title)", namespaces={"t": SOURCE_NS})


def headline_texts(page: str, xml: str) -> dict[str, str]:
    """The headline as the built HTML page's <title> and first <h1>, and the XML page's
    metadata give it (whitespace squashed); raises ``OSError`` or ``etree.XMLSyntaxError``
    for a page that cannot be read. An HTML page of the plain shape transpub builds is read
    without a parser (``plain_headlines``); any other is parsed whole, as a page a user
    edited may hold its <title> or <h1> anywhere. The XML page is always parsed whole: it
    must be well-formed to the end."""
    plain = plain_headlines(page)
    if plain is None:
        _refuse_pipes(page)
        tree = etree.parse(page, _HTML_PARSER).getroot()
        # (a page of nothing but blanks or comments has no element: no title, no headline)
        plain = (tree.findtext(".//title") or "", str(_H1(tree))) if tree is not None else (
            "", "")
    _refuse_pipes(xml)
    xml_root = etree.parse(xml, _XML_PARSER).getroot()
    return {
        "HTML <title>": _squash(plain[0]),
        "HTML <h1>": _squash(plain[1]),
        "XML <title>": _squash(str(_META_TITLE(xml_root))),
    }


# The plain shape of an HTML page, up to the end of its first <title> and first <h1> (what
# follows cannot change them: libxml2 adds every node after the ones it made before): every
# "<" begins a doctype, a start tag whose attribute values are quoted and hold no "<" or ">",
# or an end tag. Moreover, no element whose content libxml2 reads otherwise (raw text,
# foreign content, forms) starts there (``_RAW``), but for a <style> without "<"; no
# self-closing tag, comment, CDATA section or processing instruction either. (Bytes, and
# possessive: a page not of the shape fails at once.)
_ATTRIBUTES = rb'(?:\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:="[^"<>]*+")?)*+\s*>'
_PLAIN_PREFIX = re.compile(rb"(?:[^<]++|<!DOCTYPE html>|<[A-Za-z][A-Za-z0-9]*+" + _ATTRIBUTES
                           + rb"|</[A-Za-z][A-Za-z0-9]*+\s*>)*+")
#: The start of an element whose content libxml2 reads otherwise, anywhere in the lower-case
#: window ("<svg" in "<svgx" too, as thirteen ``in`` tests of each name found it): one scan in
#: C from "<" to "<" (~4 µs a page) instead of thirteen scans of the window (~30 µs).
_RAW = re.compile(rb"<(?:script|textarea|xmp|plaintext|iframe|noembed|noframes|noscript|"
                  rb"template|select|option|svg|math)")
#: The <h1>'s content of the plain shape: text without "&", and phrasing elements that
#: libxml2 never ends the <h1> for (a block element would end it early).
_PHRASING = rb"a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|" \
    rb"strong|sub|sup|time|u|var"
_PLAIN_H1 = re.compile(rb"(?:[^<&]++|<(?i:" + _PHRASING + rb")" + _ATTRIBUTES
                       + rb"|</(?i:" + _PHRASING + rb")\s*>)*+")
_TAG = re.compile(r"<[^>]*>")
_H1_END = re.compile(rb"</h1\s*>")
#: A blank text between two tags (libxml2 may drop it: "A</b> <b>B" would read "AB").
_BLANK_BETWEEN = re.compile(rb">\s+<")
#: Every byte but the control characters libxml2 refuses (UTF-8 writes them as these bytes
#: only); it refuses U+FFFE and U+FFFF too.
_ACCEPTED = bytes(b for b in range(256) if (b >= 32 and b != 127) or b in (9, 10, 13))
_UTF8_META = b'<meta charset="utf-8">'


def _refuse_pipes(path: str) -> None:
    """``OSError`` for a pipe or a device at ``path`` (libxml2, opening it, had waited on a
    FIFO for ever); anything else is left to the parser, which says what it says."""
    try:
        mode = os.stat(path).st_mode  # noqa: PTH116  (a str path, as the parser takes)
    except OSError:
        return
    if special(mode):
        raise refused(path)


def plain_headlines(page: str) -> tuple[str, str] | None:
    """The text of the first <title> and the string value of the first <h1> of an HTML page
    of the plain shape (``_PLAIN_PREFIX``: what transpub builds, and most edits of it), read
    without parsing the page, as libxml2's HTML parser reads them (before squashing); None
    for any other page, or one that cannot be read (the parser then reads it, or says why it
    cannot). Up to the end of both: a lower-case ``<title>`` without "<" or "&", an <h1> of
    ``_PLAIN_H1``, UTF-8 (declared by one ``<meta charset="utf-8">`` with only ASCII before
    it, or all ASCII and no charset named), no character libxml2 refuses. Measured: ~70 µs
    a page, against ~210 µs for libxml2's parse and the two look-ups; and three times that
    inside a check (``tests/test_checkfile12_headlines.py`` holds it to the parser)."""
    try:
        data = read_regular(Path(page), CatalogError)
    except CatalogError:
        return None
    lower = data.lower()
    at = lower.find(b"<title")
    h1 = lower.find(b"<h1")
    if at < 0 or h1 < 0 or data[at:at + 7] != b"<title>" or lower[h1 + 3:h1 + 4] not in \
            (b">", b" ", b"\n", b"\t", b"\r"):
        return None
    title_end = data.find(b"<", at + 7)
    opened = data.find(b">", h1) + 1
    closed = _H1_END.search(lower, opened)
    if not data.startswith(b"</title>", title_end) or not opened or closed is None:
        return None
    cut = max(title_end + 8, closed.end())
    head = data[:cut]
    window = lower[:cut]
    charsets = window.count(b"charset")
    if head.translate(None, _ACCEPTED) or b"\xef\xbf\xbe" in head or b"\xef\xbf\xbf" in head \
            or charsets > 1 or (charsets and _UTF8_META not in head) \
            or window.count(b"<title") != 1 or _RAW.search(window) \
            or b"</html" in window or b"</body" in window:
        # (libxml2 ends the document at an early </html>, and may at </body>: the nodes
        # after it are dropped or moved; transpub never writes either before the <h1>)
        return None
    if not head.isascii() and (not charsets or not data[:data.find(_UTF8_META)].isascii()):
        return None
    style = window.find(b"<style")
    while style >= 0:  # raw text: it must hold no "<" but its end tag's
        if data[style:style + 7] != b"<style>" or not data.startswith(
                b"</style>", data.find(b"<", style + 7)):
            return None
        style = window.find(b"<style", style + 7)
    inner = data[opened:closed.start()]
    if b"&" in data[at + 7:title_end] or _PLAIN_PREFIX.fullmatch(data, 0, cut) is None \
            or _PLAIN_H1.fullmatch(inner) is None or _BLANK_BETWEEN.search(inner):
        return None
    try:  # (all of it: libxml2 may read what follows a bad byte in another encoding)
        head.decode("utf-8")
        return data[at + 7:title_end].decode("utf-8"), _TAG.sub("", inner.decode("utf-8"))
    except UnicodeDecodeError:
        return None


#: TP801's pages read ahead of their files' turn: (output folder, release, language) -> what
#: ``_read_headlines`` gave. A page parsed right after a file's worth of other checks costs
#: two to three times what the same parse costs next to another one (libxml2's code and data
#: out of the processor's caches), so the first file of a release that a process checks
#: reads the pages of the release's files that the same process checks next
#: (``ahead``); each is taken out when its file's turn comes, and ``forget_pages`` drops
#: what is left at the end of the files the orchestration handed over together.
_PAGES: dict[tuple[str, str, str], dict[str, str] | Exception | None] = {}


def forget_pages() -> None:
    """Drop the pages read ahead and not taken (a file that stopped before its TP801)."""
    _PAGES.clear()


def _read_headlines(settings: Settings, slug: str,
                    lang: str) -> dict[str, str] | Exception | None:
    """``headline_texts`` of the release's pages in ``lang``; None when either page is not
    built, the error when one cannot be read."""
    folder = settings.output_dir / lang
    page = folder / f"{slug}.html"
    xml = folder / f"{slug}.xml"
    if not page.exists() or not xml.exists():
        return None
    try:
        return headline_texts(str(page), str(xml))
    except (OSError, etree.XMLSyntaxError) as exc:
        return exc


def output_findings(settings: Settings, release: Release, translations: TranslationSet,
                    segments: Sequence[Segment], lang: str,
                    ahead: Sequence[str] = ()) -> Iterator[Finding]:
    """TP801 on the release's pages in ``lang``; ``ahead``: the languages of this release
    whose files this process checks next (their pages are read now, with these)."""
    key = (str(settings.output_dir), release.slug, lang)
    if key in _PAGES:
        texts = _PAGES.pop(key)
    else:
        _PAGES.clear()
        texts = _read_headlines(settings, release.slug, lang)
        for other in ahead:
            _PAGES[(key[0], key[1], other)] = _read_headlines(settings, release.slug, other)
    if texts is None:
        return
    if isinstance(texts, Exception):
        yield Finding("TP801", Severity.ERROR, lang, _label(settings, release, lang), 0,
                      "title", f"cannot read: {texts}", check="headline-mismatch")
        return
    title = next((s for s in segments if s.kind == "title"), None)
    # the translation the build publishes for it, by the build's own rule (not one of spaces
    # only, msgcat's two versions, a character no page may hold, …)
    item = usable(title, translations.items.get, translations, set(), [], False) \
        if title else None
    if item is not None:
        texts["PO msgstr"] = _squash(PLACEHOLDER_RE.sub("", item.target))
    values = set(texts.values())
    if len(values) > 1:
        detail = "; ".join(f"{k}: «{v}»" for k, v in texts.items())
        yield Finding("TP801", Severity.ERROR, lang, _label(settings, release, lang), 0, "title",
                      f"headline differs between outputs ({detail}); rebuild with "
                      "'transpub build'", expected=texts.get("PO msgstr", ""),
                      check="headline-mismatch")


def _label(settings: Settings, release: Release, lang: str) -> str:
    """The HTML page's name in a finding (made only for a finding: most pages have none)."""
    page = settings.output_dir / lang / f"{release.slug}.html"
    return str(page.relative_to(settings.root)) if page.is_relative_to(settings.root) else str(
        page)


def _squash(text: str) -> str:
    r"""Every run of whitespace made one space, the ends stripped: ``str.split`` and ``re``'s
    ``\s`` know the same whitespace (``str.isspace``), and this makes no pattern match."""
    return " ".join(text.split())
