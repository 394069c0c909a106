"""Import a release from an HTML page: <h1> (or <title>) is the headline, <p> and <h2> the body."""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from lxml import etree, html

from transpub.errors import SourceError
from transpub.importer import ImportReport, _dateline, inline_spans
from transpub.model import ITS_NS, Block, Release, Span

_INLINE = {"a": "a", "em": "em", "i": "em", "strong": "strong", "b": "strong"}
_SKIP = {"script", "style", "nav", "header", "footer", "noscript", "template"}
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TRANSLATE_NO = ((f"{{{ITS_NS}}}translate", "no"),)


def import_html(text: str, path, slug: str, lang: str) -> ImportReport:  # type: ignore[no-untyped-def]
    parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                             encoding="utf-8")
    try:
        root = html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise SourceError(f"cannot parse HTML: {exc}", path) from None
    # the HTML parser recovers from everything, even a resource limit (a 12 MB attribute),
    # by dropping content: a fatal error is an error, not a silent loss
    fatal = next((e for e in parser.error_log if e.level_name == "FATAL"), None)
    if fatal is not None:
        raise SourceError(f"cannot parse HTML: {fatal.message.strip()}", path,
                          fatal.line or None)
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    h1 = root.find(".//h1")
    title_text = " ".join((h1.text_content() if h1 is not None else
                           (root.findtext(".//title") or "")).split())
    if not title_text:
        raise SourceError("the release has no title (no <h1> or <title>)", path)
    blocks: list[Block] = [Block("title", "title", tuple(_spans(h1)) if h1 is not None
                                 else (Span("text", title_text),), h1.sourceline or 0
                                 if h1 is not None else 0)]
    date: dt.date | None = None
    date_text = ""
    published = _published(root)
    counts = {"p": 0, "h2": 0}
    for element in root.iter("p", "h2"):
        if any(a.tag in _SKIP for a in element.iterancestors()):
            continue
        spans = _spans(element)
        if not spans:
            continue
        kind = str(element.tag)
        if kind == "p" and counts["p"] == 0 and date is None:
            time = element.find(".//time")
            plain = " ".join(element.text_content().split())
            found = _dateline(plain, lang, published[0].year if published else None)
            if found:
                place, date, date_text, rest = found
                if time is not None and time.get("datetime"):
                    with contextlib.suppress(ValueError):
                        date = dt.date.fromisoformat(time.get("datetime", "")[:10])
                if place:
                    blocks.append(Block("place", "place", (Span("text", place),),
                                        element.sourceline or 0))
                spans = _strip_dateline(spans, plain[:len(plain) - len(rest)], date_text)
        counts[kind] += 1
        ident = f"{'p' if kind == 'p' else 'h'}{counts[kind]}"
        blocks.append(Block(ident, kind, tuple(spans), element.sourceline or 0,
                            ordinal=counts[kind]))
    notes: list[str] = []
    if date is None and published is not None:
        date, date_text, line = published
        notes.append(f"line {line}: the release date, {date_text} ({date.isoformat()}), taken "
                     "from the page's publication date (no dateline in the first paragraph)")
    ordered = [b if b.ordinal else Block(b.id, b.kind, b.spans, b.line, ordinal=1)
               for b in blocks]
    release = Release(slug=slug, lang=lang, blocks=tuple(ordered), date=date,
                      date_text=date_text, path=path)
    return ImportReport(release, notes=tuple(notes))


#: Where a page states when it was published, as news sites and CMSs write it.
_PUBLISHED = ("//time[@datetime]", "//meta[@property='article:published_time']",
              "//meta[@itemprop='datePublished']", "//meta[@name='date']",
              "//meta[@name='dcterms.date']", "//meta[@name='DC.date']")


def _published(root: etree._Element) -> tuple[dt.date, str, int] | None:
    """The page's publication date, its text and line: the first ``<time datetime>``, or a
    ``<meta>`` naming it; None if neither holds an ISO date."""
    for query in _PUBLISHED:
        for element in root.xpath(query):
            value = (element.get("datetime") or element.get("content") or "").strip()
            try:
                date = dt.date.fromisoformat(value[:10])
            except ValueError:
                continue
            text = " ".join(element.text_content().split()) if element.tag == "time" else ""
            return date, text or date.isoformat(), element.sourceline or 0
    return None


def _spans(element: etree._Element) -> list[Span]:
    out: list[Span] = []

    def text(value: str | None) -> None:
        if value:
            out.extend(inline_spans(value) if _EMAIL_RE.search(value) else
                       [Span("text", " ".join(value.split(" ")))])

    def walk(node: etree._Element) -> None:
        text(node.text)
        for child in node:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "time":
                text("".join(child.itertext()))
            elif tag in _INLINE:
                attrs = (("href", child.get("href", "#")),) if tag == "a" else ()
                href = child.get("href", "")
                if tag == "a" and href.startswith("mailto:"):
                    out.append(Span("atom", href[7:], "email", _TRANSLATE_NO))
                else:
                    out.append(Span("open", tag=_INLINE[tag], attrs=attrs))
                    walk(child)
                    out.append(Span("close", tag=_INLINE[tag]))
            elif tag not in _SKIP and tag != "br":
                walk(child)
            elif tag == "br":
                text(" ")
            text(child.tail)

    walk(element)
    merged: list[Span] = []
    for span in out:
        if span.kind == "text" and merged and merged[-1].kind == "text":
            merged[-1] = Span("text", merged[-1].text + span.text)
        else:
            merged.append(span)
    cleaned = [Span("text", re.sub(r"\s+", " ", s.text)) if s.kind == "text" else s
               for s in merged]
    if cleaned and cleaned[0].kind == "text":
        cleaned[0] = Span("text", cleaned[0].text.lstrip())
    if cleaned and cleaned[-1].kind == "text":
        cleaned[-1] = Span("text", cleaned[-1].text.rstrip())
    return [s for s in cleaned if s.kind != "text" or s.text]


def _strip_dateline(spans: list[Span], prefix: str, date_text: str) -> list[Span]:
    """Drop the dateline ``prefix`` ("Place, date – ", "GENEVA (date) – ", "VIENNA, date
    (UN Information Service) -- ") from the first paragraph's first text span; where the
    span holds less than the prefix (the place in markup), what follows the date."""
    if not spans or spans[0].kind != "text":
        return spans
    first = spans[0].text
    if first.startswith(prefix):
        rest = first[len(prefix):].lstrip()
        return ([Span("text", rest)] if rest else []) + spans[1:]
    index = first.find(date_text)
    if index < 0:
        return spans
    rest = re.sub(r"^\s*[–—-]+\s*", "", first[index + len(date_text):])
    return ([Span("text", rest)] if rest else []) + spans[1:]


