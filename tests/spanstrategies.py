"""Hypothesis strategies for a release's inline content (spans), shared by the tests that hold
the build's fast writers to the plain ones (``test_build_fastpath.py``: lxml trees against the
string writers; ``test_pagefast.py``: pages rendered straight from the translations against
``localise`` + the writers)."""

from __future__ import annotations

from hypothesis import strategies as st

from transpub.model import ITS_NS, PAIRED_TAGS, Span

ITS_TRANSLATE = f"{{{ITS_NS}}}translate"

URLS = st.sampled_from(["https://www.un.org/counterterrorism/", "https://x.org/?a=1&b=2",
                        "https://例え.jp/パス", "http://a.b/c d", "mailto:x@y.z", "#top", ""])
#: House-style datelines, odd ones included (markup characters, the place twice, none).
DATELINES = st.sampled_from(["{place}, {date} – ", "{date}, {place} — ", "{date}: ",
                             "<{place}> & {date}", "{place}{place} {date}{place}", ""])


@st.composite
def spans(draw: st.DrawFn, text: st.SearchStrategy[str], words: st.SearchStrategy[str],
          most: int, kinds: tuple[str, ...], depth: int = 0) -> list[Span]:
    """Up to ``most`` spans of ``kinds`` (text from ``text``, "word" from ``words``, e-mail
    and URL atoms, and elements nested two deep, now and then left open)."""
    found: list[Span] = []
    for _ in range(draw(st.integers(0, most))):
        kind = draw(st.sampled_from(kinds))
        if kind == "text":
            found.append(Span("text", draw(text)))
        elif kind == "word":
            found.append(Span("text", draw(words)))
        elif kind == "atom":
            # e-mail and URL atoms, or an inline element the source marks its:translate="no"
            tag = draw(st.sampled_from(["email", "url", "a", "em", "strong", "span"]))
            atom_attrs: tuple[tuple[str, str], ...] = ()
            if tag in PAIRED_TAGS:
                atom_attrs = ((ITS_TRANSLATE, "no"),)
                if tag == "a" and draw(st.booleans()):
                    atom_attrs = (("href", draw(URLS)), *atom_attrs)
            found.append(Span("atom", draw(st.one_of(URLS, words)), tag=tag, attrs=atom_attrs))
        elif depth < 2:
            tag = draw(st.sampled_from(["a", "em", "strong", "span"]))
            attrs: tuple[tuple[str, str], ...] = ()
            if tag == "a":
                attrs = (("href", draw(URLS)),) if draw(st.booleans()) else ()
            elif tag == "span" and draw(st.booleans()):
                attrs = ((draw(st.sampled_from(["lang", "{http://www.w3.org/XML/1998/"
                                                "namespace}lang"])), "en"),)
            inner = draw(spans(text, words, most, kinds, depth + 1))
            found += [Span("open", tag=tag, attrs=attrs), *inner]
            if draw(st.integers(0, 9)):  # now and then left open: the writers close it
                found.append(Span("close", tag=tag))
    return found
