"""Release-level checks in a workspace: PO files in step with the source (TP604), and the
headline identical in the built HTML <title>, <h1> and the XML metadata (TP801)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from lxml import etree, html

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


def output_findings(settings: Settings, release: Release, translations: TranslationSet,
                    segments: Sequence[Segment], lang: str) -> Iterator[Finding]:
    folder = settings.output_dir / lang
    page = folder / f"{release.slug}.html"
    xml = folder / f"{release.slug}.xml"
    if not page.exists() or not xml.exists():
        return
    title = next((s for s in segments if s.kind == "title"), None)
    item = translations.get(title.id) if title else None
    label = str(page.relative_to(settings.root)) if page.is_relative_to(settings.root) else str(
        page)
    try:
        tree = html.parse(str(page)).getroot()
        xml_root = etree.parse(str(xml), etree.XMLParser(resolve_entities=False,
                                                           no_network=True)).getroot()
    except (OSError, etree.XMLSyntaxError) as exc:
        yield Finding("TP801", Severity.ERROR, lang, label, 0, "title", f"cannot read: {exc}",
                      check="headline-mismatch")
        return
    texts = {
        "HTML <title>": _squash(tree.findtext(".//title") or ""),
        "HTML <h1>": _squash("".join(tree.xpath("string(//h1)"))),
        "XML <title>": _squash("".join(xml_root.xpath(
            "string(//t:meta/t:title)", namespaces={"t": SOURCE_NS}))),
    }
    if item is not None and item.target and not item.fuzzy:
        texts["PO msgstr"] = _squash(PLACEHOLDER_RE.sub("", item.target))
    values = set(texts.values())
    if len(values) > 1:
        detail = "; ".join(f"{k}: «{v}»" for k, v in texts.items())
        yield Finding("TP801", Severity.ERROR, lang, label, 0, "title",
                      f"headline differs between outputs ({detail}); rebuild with "
                      "'transpub build'", expected=texts.get("PO msgstr", ""),
                      check="headline-mismatch")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
