"""The published pages' own words, in the page's language: the language switcher's name."""

from __future__ import annotations

from functools import lru_cache

#: The language switcher's accessible name (``<nav aria-label>``), in each UN language.
#: CLDR has no such word as babel carries it (2.19: its locale data has the languages'
#: names, not a word for "languages"; CLDR's code patterns, "Language: {0}", are not
#: imported), so the six are written here. Chinese is the Simplified script the UN writes.
SWITCHER_NAMES: dict[str, str] = {
    "ar": "اللغات",
    "zh": "语言",
    "en": "Languages",
    "fr": "Langues",
    "ru": "Языки",
    "es": "Idiomas",
}

#: Chinese subtags that ask for the Traditional script, which the table does not hold.
_TRADITIONAL = frozenset({"hant", "tw", "hk", "mo"})


@lru_cache(maxsize=64)
def switcher_name(code: str) -> str | None:
    """The switcher's name on a page in the language ``code`` (``fr``, ``fr-CA``, ``es_419``
    take their language's), or None for a language the table does not hold: the ``nav``
    then has no name (as before; a landmark's name is advisory), rather than an English
    one a screen reader would read with the page's voice."""
    tags = code.replace("_", "-").lower().split("-")
    if tags[0] == "zh" and _TRADITIONAL.intersection(tags[1:]):
        return None
    return SWITCHER_NAMES.get(tags[0])
