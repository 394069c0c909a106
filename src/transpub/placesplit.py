"""A dateline's old place unit read as the place and the attribution a revised import made of it.

Sources written before the ``<attribution>`` element held the issuing service in the place,
«VIENNA (UN Information Service)»; imported again (``import --force``, as the README asks), the
place is «VIENNA» and the service a unit of its own. The place had not changed, yet the merge
saw another msgid under msgctxt ``place`` and made its confirmed translation a fuzzy draft
holding both names, and the attribution took that whole translation from the memory. The old
translation is cut the way its source was: the place's part kept, the bracket's given to the
attribution.
"""

from __future__ import annotations

#: The brackets the old place held its attribution in (the importer wrote "(…)"; a Chinese
#: translation writes them full width)
_PAIRS = {")": "(", "）": "（", "]": "[", "］": "［"}


def joined(place: str, attribution: str) -> tuple[str, ...]:
    """The texts an old place unit holding both had ("VIENNA (UN Information Service)", an
    agency between slashes after it: "NAIROBI /UNEP/")."""
    return (f"{place} ({attribution})", f"{place}（{attribution}）", f"{place} /{attribution}/")


def was_joined(old: str, place: str, attribution: str) -> bool:
    """Whether the old place unit's text ``old`` is ``place`` with ``attribution`` after it in
    brackets, spaces aside (an editor's re-wrapping is no other text)."""
    return bool(place and attribution) and " ".join(old.split()) in {
        " ".join(text.split()) for text in joined(place, attribution)}


def split_translation(text: str) -> tuple[str, str] | None:
    """``text``, the translation of a place holding its attribution, as (place, attribution):
    the bracket closing it and what stands before it («VIENNE (Service d'information des
    Nations Unies)», «维也纳（联合国新闻处）», the slashes of «НАЙРОБИ /ЮНЕП/»); None when it does
    not end with a bracket of its own after some text (a translator who wrote it otherwise: it
    stays a draft to review)."""
    stripped = text.strip()
    if stripped.endswith("/"):
        # «НАЙРОБИ /ЮНЕП/»: the agency between slashes, after a space
        place, _, attribution = stripped[:-1].rpartition(" /")
        place, attribution = place.rstrip(" ,"), attribution.strip()
        return (place, attribution) if place and attribution and "/" not in attribution \
            else None
    if not stripped or stripped[-1] not in _PAIRS:
        return None
    close = stripped[-1]
    opening = _PAIRS[close]
    depth = 0
    for at in range(len(stripped) - 1, -1, -1):
        char = stripped[at]
        if char == close:
            depth += 1
        elif char == opening:
            depth -= 1
            if depth == 0:
                place = stripped[:at].rstrip(" ,\u00a0\u202f")
                attribution = stripped[at + 1:-1].strip()
                return (place, attribution) if place and attribution else None
    return None
