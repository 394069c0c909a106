"""A picture's caption and credit among a page's lines, for ``align``: a translation page
sets its own pictures («El equipo de UNICEF México en Tijuana distribuye kits… © UNICEF/
UNI322107/»), a release copied from its site its own ("© UNICEF/NYHQ2011-0424/Dean" over
"A girl and her parents queue for water…"), seldom the same. Read as text, a caption the
other side lacks had been paired with the release's headline or a short unit, and the pairs
after it shifted by one.

What a caption and a credit are is ``credits``' reading, the importer's too; here, which of a
page's sentences they make: the caption is the credit's own paragraph, or the paragraph of
one sentence under a credit standing alone (a credit above its caption, as UNICEF's pages
set them).
"""

from __future__ import annotations

from collections.abc import Sequence

from transpub.credits import LONGEST, caption_under, credit_alone, is_caption
from transpub.model import Segment
from transpub.segment import PLACEHOLDER_RE


def _plain(segment: Segment) -> str:
    return PLACEHOLDER_RE.sub("", segment.text).strip()


def captions(segments: Sequence[Segment]) -> frozenset[int]:
    """The indices of the captions' and credits' sentences: each sentence of a paragraph
    holding a caption or credit (``credits.is_caption``), and the paragraph of one sentence
    under a credit standing alone (``credits.caption_under``)."""
    blocks: dict[str, list[int]] = {}
    for k, segment in enumerate(segments):
        blocks.setdefault(segment.block_id, []).append(k)
    found: set[int] = set()
    order = list(blocks.values())
    for at, indices in enumerate(order):
        texts = [_plain(segments[k]) for k in indices]
        if not any(is_caption(text) for text in texts):
            continue
        if any(len(text) > LONGEST for text in texts):
            continue  # (a paragraph of text naming a picture's credit)
        found.update(indices)
        under = order[at + 1] if at + 1 < len(order) else []
        if len(indices) == 1 and credit_alone(texts[0]) and under \
                and caption_under([_plain(segments[k]) for k in under]):
            found.update(under)
    return frozenset(found)
