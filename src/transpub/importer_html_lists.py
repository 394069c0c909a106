"""An HTML page's ordered lists' numbers, as a browser shows them, for ``importer_html``: the
docx and odt importers keep Word's and LibreOffice's (``importer_docx.numbered``), and a
release's text may refer to them ("Recommendation 2")."""

from __future__ import annotations

import re

from lxml import etree

from transpub.importer_docx import numbered

#: An ordered list's marker as HTML's ``type`` names it, by Word's formats (``numbered``).
_LIST_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
               "I": "upperRoman"}
#: CSS's list-style-type in an inline style, by Word's formats ("none": no number shown).
_LIST_STYLE_RE = re.compile(r"list-style(?:-type)?\s*:\s*(?:[^;]*\s)?(none|decimal|lower-(?:alpha|"
                            r"latin|roman)|upper-(?:alpha|latin|roman))\b", re.IGNORECASE)
_CSS_TYPES = {"decimal": "decimal", "lower-alpha": "lowerLetter", "lower-latin": "lowerLetter",
              "upper-alpha": "upperLetter", "upper-latin": "upperLetter",
              "lower-roman": "lowerRoman", "upper-roman": "upperRoman", "none": ""}
#: An item that writes its own number ("1. Screen…", "(a) …", "iv) …"): no second one.
_OWN_NUMBER_RE = re.compile(r"^\s*\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)]\s")


def list_numbers(element: etree._Element) -> dict[etree._Element, str]:
    """The number each item of the ordered lists in ``element`` shows ("1.", "b.", "iv."),
    as a browser numbers them: ``start``, ``reversed``, ``type`` (or an inline
    ``list-style-type``), an item's ``value``; none for a list styled with no numbers, nor
    for one whose items write their own; a footnote's without the full stop ("1 The note")."""
    numbers: dict[etree._Element, str] = {}
    # (a footnote, the target of a mark in the text, "<li id="fn1">": "1 The note.", as
    # Word's and a text's notes are numbered)
    marked = {h[1:] for h in element.xpath(".//a/@href") if h.startswith("#")}
    for ol in element.iter("ol"):
        items = [li for li in ol if isinstance(li.tag, str) and li.tag == "li"]
        style = _LIST_STYLE_RE.search(ol.get("style") or "")
        fmt = _CSS_TYPES[style.group(1).lower()] if style else _LIST_TYPES.get(
            (ol.get("type") or "1").strip(), "decimal")
        if not fmt or any(_OWN_NUMBER_RE.match("".join(li.itertext())) for li in items):
            continue
        step = -1 if ol.get("reversed") is not None else 1
        start = (ol.get("start") or "").strip()
        value = int(start) if start.lstrip("-").isdigit() and len(start) < 10 \
            else len(items) if step < 0 else 1
        for li in items:
            own = (li.get("value") or "").strip()
            value = int(own) if own.lstrip("-").isdigit() and len(own) < 10 else value
            numbers[li] = numbered(value, fmt) + ("" if li.get("id") in marked else ".")
            value += step
    return numbers
