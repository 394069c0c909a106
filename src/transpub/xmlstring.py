"""A localised release in the source vocabulary, written as a string: the bytes of
``source.release_to_xml`` (an lxml tree serialised by libxml2), without building the tree.

Escaping is libxml2's (checked for every code point in the tests): in text ``&``, ``<``, ``>``
and carriage return; in attribute values also ``"``, line feed and tab. An attribute in a
namespace other than ``xml`` and ``its`` (lxml would invent a prefix for it) raises
``Unsupported`` and the caller uses ``release_to_xml``; tests/test_build_fastpath.py holds the
two to the same bytes on generated releases.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

# libxml2 escapes text alike in its HTML and XML serialisers
from transpub.htmlstring import Unsupported, text
from transpub.model import ITS_NS, SOURCE_NS, XML_NS, Block, Release, Span

_PREFIXES = {f"{{{XML_NS}}}": "xml:", f"{{{ITS_NS}}}": "its:"}
_META_ORDER = {"label": 0, "office": 1, "title": 2}


def attribute(value: str) -> str:
    value = text(value)
    if '"' in value:
        value = value.replace('"', "&quot;")
    if "\n" in value:
        value = value.replace("\n", "&#10;")
    if "\t" in value:
        value = value.replace("\t", "&#9;")
    return value


def _name(key: str) -> str:
    if key == "lang":
        return "xml:lang"  # builders mark fallback text with an HTML-style "lang"
    if key.startswith("{"):
        namespace, _, local = key.partition("}")
        prefix = _PREFIXES.get(namespace + "}")
        if prefix is None:
            raise Unsupported(key)
        return prefix + local
    return key


def _attrs(pairs: list[tuple[str, str]]) -> str:
    # an attribute set twice keeps its first place and its last value, as in lxml
    merged: dict[str, str] = {}
    for key, value in pairs:
        merged[_name(key)] = value
    return "".join(f' {k}="{attribute(v)}"' for k, v in merged.items())


def block_open(block: Block, indent: str) -> str:
    """A block's start tag up to its attributes (no ``>``): fixed names, each at most once
    (no ``_attrs`` merging needed)."""
    out = [f"{indent}<{block.kind}"]
    if block.id:
        out.append(f' id="{attribute(block.id)}"')
    if block.lang:
        out.append(f' xml:lang="{attribute(block.lang)}"')
    if not block.translate:
        out.append(' its:translate="no"')
    if block.note:
        out.append(f' its:locNote="{attribute(block.note)}"')
    return "".join(out)


def spans_xml(spans: Sequence[Span]) -> str | None:
    """Spans as the content of their element; None when there are none (the element is
    written empty, ``<p/>``)."""
    body: list[str] = []
    closers: list[str] = []
    for span in spans:
        kind = span.kind
        if kind == "text":
            body.append(text(span.text))
        elif kind == "open":
            body.append(f"<{span.tag}{_attrs(list(span.attrs))}")
            body.append(">")  # replaced by "/>" if nothing follows before the close
            closers.append(span.tag)
        elif kind == "atom":
            body.append(f"<{span.tag}{_attrs(list(span.attrs))}>{text(span.text)}</{span.tag}>")
        elif closers:
            _close(body, closers.pop())
        else:
            raise Unsupported("a close without an open")
    while closers:
        _close(body, closers.pop())
    return "".join(body) if body else None


def _block(block: Block, indent: str, content: Callable[[Block], str | None],
           opening: Callable[[Block, str], str]) -> str:
    body = content(block)
    # an element whose text was set, even to "", is written <p></p>, as lxml writes it
    return opening(block, indent) + (f">{body}</{block.kind}>" if body is not None
                                     else "/>")


def _close(body: list[str], tag: str) -> None:
    if body[-1] == ">":  # nothing inside: an empty element
        body[-1] = "/>"
    else:
        body.append(f"</{tag}>")


def release_xml(release: Release) -> bytes:
    """The release as ``source.release_to_xml`` writes it (or Unsupported)."""
    return release_xml_of(release, release.lang, release.date_text,
                          lambda block: spans_xml(block.spans))


def release_xml_of(release: Release, lang: str, date_text: str,
                   content: Callable[[Block], str | None],
                   block_open: Callable[[Block, str], str] = block_open) -> bytes:
    """``release_xml`` of ``release`` in ``lang`` whose blocks' contents are ``content(block)``
    (``spans_xml`` of their spans): the build's pages straight from the translations
    (``pagefast``) hand in the source release and each block's localised content, and
    ``block_open``, its blocks' start tags remembered once per release."""
    meta: list[tuple[int, str]] = []
    body: list[str] = []
    contact: list[str] = []
    places: list[str] = []
    attributions: list[str] = []  # (after the date, where the release names its service)
    has_dateline = False
    for block in release.blocks:
        kind = block.kind
        if kind in _META_ORDER:
            meta.append((_META_ORDER[kind], _block(block, "    ", content, block_open)))
        elif kind == "place":
            has_dateline = True
            places.append(_block(block, "      ", content, block_open))
        elif kind == "attribution":
            has_dateline = True
            attributions.append(_block(block, "      ", content, block_open))
        elif kind == "line":
            contact.append(_block(block, "    ", content, block_open))
        else:
            body.append(_block(block, "    ", content, block_open))
    if release.date is not None or has_dateline:
        inner = list(places)
        if release.date is not None:
            iso = release.date.isoformat()
            inner.append(f'      <date when="{attribute(iso)}">'
                         f"{text(date_text or iso)}</date>")
        inner.extend(attributions)
        meta.append((3, "    <dateline>\n" + "\n".join(inner) + "\n    </dateline>"
                      if inner else "    <dateline/>"))
    meta.sort(key=lambda pair: pair[0])  # stable: blocks of one kind keep their order
    root: list[tuple[str, str]] = [("id", release.slug), ("lang", lang),
                                   (f"{{{ITS_NS}}}version", "2.0")]
    if release.note:
        root.append((f"{{{ITS_NS}}}locNote", release.note))
    parts = [f"<?xml version='1.0' encoding='UTF-8'?>\n<release xmlns=\"{SOURCE_NS}\" "
             f'xmlns:its="{ITS_NS}"{_attrs(root)}>',
             _container("meta", [m for _, m in meta]), _container("body", body)]
    if contact:
        parts.append(_container("contact", contact))
    return ("\n  ".join(parts) + "\n</release>\n").encode("utf-8")


def _container(name: str, children: list[str]) -> str:
    if not children:
        return f"<{name}/>"
    return f"<{name}>\n" + "\n".join(children) + f"\n  </{name}>"
