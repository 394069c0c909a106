"""What the tools a release passes through write into its HTML, for ``importer_html``: an
e-mail client's forward (Outlook's Word HTML, Gmail: the "From:/Sent:/Subject:" block, the
"FW:" subject, Word's Symbol-font bullets) and Google Docs' "Download as HTML" (bold and
italics in a ``<style>`` block's classes, links through Google's redirect, reviewers'
comments, the file's name as the page's title). Each is undone on the parsed page before it
is read."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from lxml import etree

from transpub.importer_html_page import drop

#: A forwarded or quoted mail's header, as Outlook and Gmail set it above the message: the
#: marker, then "From:", a date ("Sent:", "Date:") and "Subject:" (in the client's language
#: too: "De :", "Envoyé :", "Objet :"; "De:", "Enviado el:", "Asunto:").
_HEADER_RE = re.compile(
    r"^(?:-{2,}\s*(?:forwarded message|original message|message transféré|mensaje reenviado)"
    r"\s*-{2,}\s*|begin forwarded message:\s*)?(?:from|de|von)\s*:\s.{1,300}?\b(?:sent|date"
    r"|envoyé|enviado(?: el)?|fecha|gesendet|datum)\s*:\s.{1,300}?\b(?:subject|objet|asunto"
    r"|betreff)\s*:\s", re.IGNORECASE | re.DOTALL)
#: A forward's marker alone in a block ("---------- Forwarded message ---------").
_MARKER_RE = re.compile(r"^\W*(?:forwarded message|original message|begin forwarded message"
                        r"|message transféré|mensaje reenviado)\W*$", re.IGNORECASE)
#: A mail's subject prefixes: forwarded, replied ("FW:", "Fwd:", "RE:", French "TR:",
#: Spanish "RV:", German "WG:", "AW:").
_SUBJECT_RE = re.compile(r"^(?:\s*(?:fwd?|re|tr|rv|wg|aw)\s*:\s*)+", re.IGNORECASE)
#: A size in an inline style, in points or pixels ("font-size:16.0pt", "font-size:22px").
_SIZE_RE = re.compile(r"font-size\s*:\s*([\d.]+)\s*(pt|px)", re.IGNORECASE)
_BOLD_STYLE_RE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
_ITALIC_STYLE_RE = re.compile(r"font-style\s*:\s*italic", re.IGNORECASE)
#: A class rule of a Google Docs page's stylesheet: ".c3{font-weight:700}".
_CLASS_RULE_RE = re.compile(r"\.([\w-]+)\s*\{([^}]*)\}")
#: A Google Docs list's marker rule: ".lst-kix_abc-0>li:before{content:"\0025cf "}".
_MARKER_RULE_RE = re.compile(r"\.(lst-kix_[\w-]+)\s*>\s*li:before\s*\{[^}]*content:([^;}]*)")
_COUNTER_RE = re.compile(r"counter\([^,)]+,\s*([\w-]+)\)")
#: How many blocks from the top a mail's headline is looked for in.
_HEADLINE_WINDOW = 8


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _spaced(element: etree._Element) -> str:
    """``element``'s text, a space between its nodes (a <br> ends a header's line)."""
    return " ".join(" ".join(element.xpath(".//text()")).split())


def drop_mail_header(root: etree._Element) -> list[tuple[int, str]]:
    """Drop a forwarded mail's header block ("From: … Sent: … To: … Subject: …", with
    Gmail's "---------- Forwarded message ---------" over it): the innermost element holding
    it, and a marker alone in the block above; what went, as (line, text)."""
    removed: list[tuple[int, str]] = []
    body = root.find("body")
    for element in list((body if body is not None else root).iter("p", "div", "blockquote")):
        if element.getparent() is None or not any(
                a is root for a in element.iterancestors()):
            continue  # (dropped with an earlier one)
        text = _spaced(element)
        if len(text) > 1000 or not _HEADER_RE.match(text) or any(
                _HEADER_RE.match(_spaced(inner)) for inner in element.iterdescendants("p", "div")):
            continue
        previous = element.getprevious()
        if previous is not None and _MARKER_RE.match(_text(previous)):
            removed.append((previous.sourceline or 0, _text(previous)))
            drop(previous)
        removed.append((element.sourceline or 0, text if len(text) <= 80 else text[:79] + "…"))
        drop(element)
    return removed


def drop_list_glyphs(root: etree._Element) -> None:
    """Word's list bullets in its HTML (Outlook's mails): the glyph a Symbol or Wingdings
    font draws ("·", "§", "Ø") in a span Word marks ``mso-list:Ignore``, before the item's
    text; a number so set ("1.") stays."""
    for span in list(root.iter("span")):
        style = (span.get("style") or "").replace(" ", "").lower()
        if "mso-list:ignore" in style and not any(c.isalnum() for c in _text(span)):
            drop(span)


def _google_styles(root: etree._Element) -> dict[str, str] | None:
    """A Google Docs page's class rules (class -> declarations); None for another page."""
    sheets = "".join("".join(s.itertext()) for s in root.iter("style"))
    body = root.find("body")
    if "lst-kix" not in sheets and not (body is not None and "doc-content" in (
            body.get("class") or "").split()) and not re.search(r"\.c\d+\{", sheets):
        return None
    rules = {name: rule for name, rule in _CLASS_RULE_RE.findall(sheets)}
    for name, content in _MARKER_RULE_RE.findall(sheets):
        counter = _COUNTER_RE.search(content)
        rules[name] = rules.get(name, "") + (f";list-style-type:{counter.group(1)}" if counter
                                              else ";list-style-type:none")
    return rules


def google_docs(root: etree._Element) -> None:
    """Undo what Google Docs' "Download as HTML" does to a document: bold and italics set by
    classes (".c3{font-weight:700}") become <strong> and <em>; a list's numbers or bullets,
    drawn by its stylesheet, an inline list-style the importer reads; reviewers' comment
    marks in the text (``<a href="#cmnt1">[a]</a>``) dropped (the comments at the end are
    furniture, ``importer_html._is_comment``)."""
    rules = _google_styles(root)
    if rules is None:
        return
    for anchor in list(root.iter("a")):
        if re.match(r"#cmnt\d+$", anchor.get("href") or ""):
            parent = anchor.getparent()
            drop(anchor)
            if parent is not None and parent.tag == "sup" and not _text(parent):
                drop(parent)
    for element in list(root.iter("span", "ol", "ul")):
        declared = ";".join(rules.get(c, "") for c in (element.get("class") or "").split())
        if element.tag in ("ol", "ul"):
            if "list-style-type" in declared:
                element.set("style", declared)
            continue
        for tag, pattern in (("strong", _BOLD_STYLE_RE), ("em", _ITALIC_STYLE_RE)):
            if pattern.search(declared) and _text(element):
                inner = etree.SubElement(element, tag)
                inner.text, element.text = element.text, None
                for child in list(element):
                    if child is not inner:
                        inner.append(child)


def unwrap_redirects(root: etree._Element) -> None:
    """A link through Google's redirect ("https://www.google.com/url?q=REAL&sa=D…", as Google
    Docs and Gmail write every link) goes to REAL."""
    for anchor in root.iter("a"):
        href = anchor.get("href") or ""
        if not re.match(r"https?://(?:www\.)?google\.[a-z.]+/url\?", href, re.IGNORECASE):
            continue
        target = parse_qs(urlsplit(href).query).get("q", [""])[0]
        if re.match(r"https?://", target, re.IGNORECASE) or target.startswith("mailto:"):
            anchor.set("href", target)


def _size(element: etree._Element) -> float:
    """The largest font size set in ``element`` or its descendants, in points (0 if none)."""
    sizes = [float(m.group(1)) * (0.75 if m.group(2).lower() == "px" else 1)
             for e in element.iter() if isinstance(e.tag, str)
             for m in _SIZE_RE.finditer(e.get("style") or "")]
    return max(sizes, default=0.0)


def _bold(element: etree._Element) -> bool:
    """All of ``element``'s text in <b> or <strong> (or in a span styled bold)."""
    text = _text(element)
    inside = " ".join(" ".join("".join(b.itertext()).split()) for b in element.iter(
        "b", "strong") if not any(a.tag in ("b", "strong") for a in b.iterancestors()))
    return bool(text) and len(inside) >= len(text) - 1


def promote_headline(root: etree._Element, is_label: object) -> None:
    """A page with no <h1> whose headline is a paragraph: Google Docs' Title (``<p
    class="title">``), Word's (``MsoTitle``), or in a mail the paragraph in bold set largest
    among the first (``is_label``: a kicker such as "ILO News", which is no headline); it is
    made the <h1>. A mail's subject prefixes ("FW:", "Fwd:") go from the page's title."""
    title = root.find(".//title")
    if title is not None and title.text:
        title.text = _SUBJECT_RE.sub("", title.text)
    if any(_text(h1) for h1 in root.iter("h1")):
        return
    body = root.find("body")
    if body is None:
        return
    for element in body.iter("p", "div"):
        if {"title", "msotitle"} & set((element.get("class") or "").lower().split()) \
                and _text(element):
            element.tag = "h1"
            return
    if not (body.xpath(".//*[contains(@class, 'Mso') or contains(@class, 'gmail')]")
            or root.xpath("//meta[@name='ProgId' or @name='Generator'][contains(@content, "
                          "'Word')]")):
        return  # (the fallback is the page's title: a mail's or a Word page's only)
    blocks = [e for e in body.iter("p", "div", "h2", "h3") if _text(e) and not any(
        isinstance(c.tag, str) and c.tag in ("p", "div") for c in e.iterdescendants())]
    candidates = [(e, _size(e)) for e in blocks[:_HEADLINE_WINDOW]
                  if _bold(e) and len(_text(e)) <= 200 and callable(is_label)
                  and not is_label(_text(e))]
    if not candidates:
        return
    largest = max(size for _e, size in candidates)
    chosen = next(e for e, size in candidates if size == largest)
    chosen.tag = "h1"
    etree.strip_tags(chosen, "b", "strong")  # (its bold is its look, as a headline's)
