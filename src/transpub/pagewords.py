"""The published pages' own words, in the page's language: the language switcher's name and
the skip link."""

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

#: The skip link's text (to the page's ``main``), as sites in each language word it (not in
#: CLDR either).
SKIP_LINKS: dict[str, str] = {
    "ar": "انتقل إلى المحتوى الرئيسي",
    "zh": "跳转到主要内容",
    "en": "Skip to main content",
    "fr": "Aller au contenu principal",
    "ru": "Перейти к основному содержанию",
    "es": "Saltar al contenido principal",
}

#: Chinese subtags that ask for the Traditional script, which the tables do not hold.
_TRADITIONAL = frozenset({"hant", "tw", "hk", "mo"})


def _held(code: str) -> str | None:
    """The tables' key for the language ``code`` (``fr-CA``, ``es_419``: their language's),
    None when they hold none for it."""
    tags = code.replace("_", "-").lower().split("-")
    if tags[0] == "zh" and _TRADITIONAL.intersection(tags[1:]):
        return None
    return tags[0] if tags[0] in SWITCHER_NAMES else None


@lru_cache(maxsize=64)
def switcher_name(code: str) -> str | None:
    """The switcher's name on a page in the language ``code``, or None for a language the
    table does not hold: the ``nav`` then has no name (as before; a landmark's name is
    advisory), rather than an English one a screen reader would read with the page's voice
    (an attribute cannot say its language)."""
    key = _held(code)
    return None if key is None else SWITCHER_NAMES[key]


@lru_cache(maxsize=64)
def skip_link(code: str) -> tuple[str, str | None]:
    """The skip link's text on a page in the language ``code``, and the text's language
    when it is not the page's: a language the table does not hold gets the English link,
    marked as English (a link that works, read with the right voice)."""
    key = _held(code)
    return (SKIP_LINKS["en"], "en") if key is None else (SKIP_LINKS[key], None)
