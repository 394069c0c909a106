"""Release-level checks in a workspace: PO files in step with the source (TP604), and the
headline identical in the built HTML <title>, <h1> and the XML metadata (TP801)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from lxml import etree

from transpub.catalog import TranslationSet
from transpub.checks.context import Unit
from transpub.checks.registry import Finding, Severity, check
from transpub.config import Settings
from transpub.model import SOURCE_NS, Release, Segment
from transpub.segment import PLACEHOLDER_RE


@check("TP604", "stale-catalogue", Severity.WARNING, "completeness", scope="workspace")
def _stale_doc() -> Iterator[Finding]:
    """The PO file is out of step with the source: run 'transpub extract'."""
    yield from ()


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
    for a page that cannot be read. Both pages are parsed whole: a page a user edited may
    hold its <title> or <h1> anywhere, and an XML page must be well-formed to the end."""
    tree = etree.parse(page, _HTML_PARSER).getroot()
    xml_root = etree.parse(xml, _XML_PARSER).getroot()
    return {
        # (a page of nothing but blanks or comments has no element: no title, no headline)
        "HTML <title>": _squash(tree.findtext(".//title") or "") if tree is not None else "",
        "HTML <h1>": _squash(str(_H1(tree))) if tree is not None else "",
        "XML <title>": _squash(str(_META_TITLE(xml_root))),
    }


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
    item = translations.get(title.id) if title else None
    if item is not None and item.target and not item.fuzzy:
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


_SPACES = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
