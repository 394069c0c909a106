"""A translation's dateline read as the release reads its own, for ``align``.

The importer cuts a dateline off the paragraph it opens («نيويورك، 5 مارس 2025 - "إن…»: a
place unit, the date in the release's meta) wherever it finds one; a release copied from
another page may keep its own in its first sentence ("SANA’A, 20 February 2020 – “UNICEF is
sad…"), or have none, and a translation page may keep its dateline in a paragraph the
importer does not read as the first («NUEVA YORK, 12 de mayo de 2020 – UNICEF ha
realizado…» under a site's controls and a photo caption). Read differently on the two sides,
the translation's place alone had been paired with a label, the office or a sentence, and
its date lost (a false TP201 "date missing" on the sentence it had been cut from). So the
translation's dateline is made what the release's is: a place unit where the release has one
(pairing with it only, ``align``), given back to its sentence as written where the release
has none.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from transpub.model import Segment

#: the kind of unit (and of a translation's sentence) a dateline's place is
PLACE = "place"


def as_release(units: Sequence[Segment], sentences: Sequence[Segment], written: str,
               lang: str) -> list[Segment]:
    """The translation's ``sentences`` with its dateline as the release ``units`` have theirs:
    cut from the sentence it opens into a place where the release has a place unit; given
    back to that sentence (``written``: the dateline as the translation writes it, which the
    import cut) where the release has none."""
    placed = any(unit.kind == PLACE for unit in units)
    at = next((k for k, sentence in enumerate(sentences) if sentence.kind == PLACE), None)
    if placed and at is None:
        return _cut(sentences, lang)
    if not placed and at is not None and written:
        return _given_back(sentences, at, written)
    return list(sentences)


def _given_back(sentences: Sequence[Segment], at: int, written: str) -> list[Segment]:
    """The place at ``at`` (and the attribution after it) taken out, ``written`` put back
    before the sentence the dateline opened: the first of the paragraph after it."""
    after = at + 1
    while after < len(sentences) and sentences[after].kind == "attribution":
        after += 1
    if after == len(sentences) or sentences[after].kind != "p":
        return list(sentences)
    opened = sentences[after]
    return [*sentences[:at],
            dataclasses.replace(opened, text=written + opened.text.lstrip()),
            *sentences[after + 1:]]


def _cut(sentences: Sequence[Segment], lang: str) -> list[Segment]:
    """The first sentence opening a paragraph with a dateline, cut into its place and the
    rest; the sentences as they are when none does. (Wherever it stands: a site's controls
    and a photo caption may fill the page's first half, and a dateline opens the release's
    text, not a paragraph further on.)"""
    from transpub.datelines import dateline

    for k, sentence in enumerate(sentences):
        if sentence.kind != "p" or (k and sentences[k - 1].block_id == sentence.block_id):
            continue
        found = dateline(sentence.text, lang)
        if found is None or not found.place or not found.rest \
                or not sentence.text.endswith(found.rest):
            continue
        place = dataclasses.replace(sentence, text=found.place, kind=PLACE, block_id=PLACE)
        return [*sentences[:k], place, dataclasses.replace(sentence, text=found.rest),
                *sentences[k + 1:]]
    return list(sentences)
