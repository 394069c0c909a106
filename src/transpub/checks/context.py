"""What the checks see: units (msgid/msgstr pairs with their file and line) and shared context."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from transpub.memo import capacity
from transpub.picklefast import by_fields
from transpub.style import HouseStyle, style_in
from transpub.termbase import Termbase
from transpub.terms import Hit, Matcher

#: Entries of ``CheckContext.remember``'s memo.
SOURCE_MEMO = 1024


#: a capitalised word right after a name: the word found was a given name
_NAME_GOES_ON = re.compile(r"[ \u00a0]+[A-Z][a-z]")


def _given_name(text: str, hit: Hit) -> bool:
    """Is a surname derived from the termbase's full name ("Gerard" of "Laurence Gerard")
    followed by another name ("Gerard Peytrignet")? Then it is someone's given name: another
    person, whom the termbase does not know."""
    return hit.status == "derived" and _NAME_GOES_ON.match(text, hit.end) is not None


#: a footnote mark glued to the word before it, the superscript lost in plain text ("the
#: United Nations Office on Drugs and Crime1 provides"): one or two digits after two letters,
#: then a space, punctuation or the end
#: (the look-behind taken after the first digit: a pattern that starts with one is tried at
#: every position of every source, one that starts with a digit only at its digits)
_GLUED_MARK = re.compile(r"\d(?<=[^\W\d_]{2}\d)\d?(?=[\s,;.:)]|$)")


def unglued(text: str) -> str:
    """``text`` with its glued footnote marks blanked (same length, same offsets), so that a
    name ending at the mark is found: "Crime1" ends "…on Drugs and Crime"."""
    if _GLUED_MARK.search(text) is None:
        return text  # (most texts: no copy made)
    return _GLUED_MARK.sub(lambda m: " " * len(m.group(0)), text)


#: the termbase categories whose terms are common words ("outbreak", "edit"), not names,
#: titles or bodies: some checks read them otherwise (checks/terminology.py)
COMMON_WORDS = frozenset({"other", "term"})


@by_fields  # sent to and from check workers (picklefast)
@dataclass(frozen=True, slots=True)
class Unit:
    """One PO entry to check."""

    id: str
    lang: str
    source: str
    target: str
    file: str
    line: int
    fuzzy: bool = False
    release_date: dt.date | None = None
    context: str | None = None
    """The entry's msgctxt as written (None when it has none)."""
    flags: tuple[str, ...] = ()
    """The entry's ``#,`` flags (``c-format``, ``python-brace-format``…)."""
    foreign: bool = False
    """From a PO file another tool wrote (checked on its own): msgctxt distinguishes units, and
    markup a translation adds or drops is a warning, not an error."""
    loose: bool = False
    """A plural form used for few numbers only (fewer than five of 0…1000, as msgfmt counts):
    it may leave that number and its argument out, as msgfmt allows ("one comment")."""
    form: int | None = None
    """The plural form (``msgstr[form]``) this unit is, for a plural entry."""
    plural_source: str | None = None
    """``msgid_plural`` of a plural entry: what msgfmt compares every form's format with."""
    surplus: int = 0
    """For a plural form beyond the file's nplurals: that nplurals (0 for every other unit)."""
    keyed: bool = False
    """Every entry of the file has a msgctxt of its own: there it is a key, not a context that
    makes two entries of the same msgid different strings."""
    numbers: str = ""
    """The locale whose way of writing numbers the translation follows, where its file's
    language tag names a region that writes them otherwise than the language (``es_MX``:
    "3,000.5", where Spanish writes «3.000,5»); "" for the language's own."""
    written: str = ""
    """The translation as its file writes it, where ``target`` reads it otherwise: with its
    Arabic presentation forms, which ``target`` holds as the letters they stand for
    (``garbled.unshaped``: every check compares names, terms, dates and numbers so; TP609
    reports the forms); "" when the two are the same (nearly every unit)."""
    rest: bool = False
    """From another project's PO file whose msgids are reStructuredText (Sphinx's: ``rest``):
    the checks of prose read its code and targets blanked, TP501 compares its markup."""
    block: bool = False
    """A reST unit that is a literal block (``rest.literal_block``: code, a doctest, a licence
    kept as printed): no check of prose reads it, TP501 compares nothing."""


@dataclass
class CheckContext:
    """Shared, read-only inputs of a check run; matchers are built once per language."""

    termbase: Termbase
    source_lang: str = "en"
    styles: Mapping[str, HouseStyle] = field(default_factory=dict)
    """The workspace's own house styles (``[style.<lang>]`` in transpub.toml, as the build
    writes its dates: ``config.Settings.styles``); a language not there has the UN's."""
    _matchers: dict[str, Matcher] = field(default_factory=dict)
    _source_hits: dict[str, list[Hit]] = field(default_factory=dict)
    #: the sources whose footnote marks ``unglued`` blanked (their translations may have some)
    _glued: set[str] = field(default_factory=set)
    near_cache: dict[tuple[str, ...], Any] = field(default_factory=dict)
    _unnamed: dict[str, bool] = field(default_factory=dict)
    _source_memo: dict[tuple[str, ...], Any] = field(default_factory=dict)
    settled: bool = False
    """The process's heap was set aside from the garbage collector (``run_checks``)."""
    document: tuple[Unit, ...] = ()
    """The units of the file being checked: short forms a translation defines once
    ("Full Name (ACRONYM)") are used in its other units."""

    def style(self, lang: str) -> HouseStyle:
        """How ``lang`` writes a date here (``config.Settings.style``)."""
        return style_in(self.styles, lang)

    def matcher(self, lang: str) -> Matcher:
        found = self._matchers.get(lang)
        if found is None:
            found = self._matchers[lang] = Matcher.cached(self.termbase, lang)
        return found

    def unnamed_in(self, lang: str, concept_id: str) -> bool:
        """Does the termbase give the concept no term in ``lang`` (a bilingual glossary, a
        termbase without Arabic), or only deprecated ones (Weblate's "obsolete" term)? Nothing
        then says how a translation into ``lang`` names it. (Asked of the concepts sources
        name, each once per language.)"""
        key = f"{lang}\0{concept_id}"
        found = self._unnamed.get(key)
        if found is None:
            concept = self.matcher(lang).concepts.get(concept_id)
            found = self._unnamed[key] = concept is not None and (
                not concept.named_in(lang) or not concept.forms(lang))
        return found

    def source_hits(self, text: str) -> list[Hit]:
        """Concepts of a source text (cached: the same msgid is checked in five languages)."""
        hits = self._source_hits.get(text)
        if hits is None:
            clean = unglued(text)
            if clean is not text:
                self._glued.add(text)
            hits = self.matcher(self.source_lang).find(clean)
            if any(h.status == "derived" for h in hits):
                hits = [h for h in hits if not _given_name(clean, h)]
            self._source_hits[text] = hits
        return hits

    def target_for_terms(self, unit: Unit) -> str:
        """The translation as the termbase's names are looked for in it: its footnote marks
        blanked where its source has some (most sources have none: no search made)."""
        if unit.source not in self._source_hits:
            self.source_hits(unit.source)
        return unglued(unit.target) if unit.source in self._glued else unit.target

    def source_memo(self, key: tuple[str, ...]) -> Any:
        """What a check derived from a source text (``key`` names the check, the language,
        the text), or None: a source is checked in five languages, its analysis is made once."""
        return self._source_memo.get(key)

    def remember(self, key: tuple[str, ...], value: Any) -> Any:
        """File ``value`` under ``key`` for ``source_memo`` and return it. At most
        ``SOURCE_MEMO`` entries (then forgotten all at once): a source's are a few small dicts
        and sets of its terms (some 7 entries for a source checked in five languages, a
        release's files being checked one after the other), about 300 kB in all."""
        memo = self._source_memo
        if len(memo) >= capacity(SOURCE_MEMO):
            memo.clear()
        memo[key] = value
        return value

    @cached_property
    def categories(self) -> dict[str, str]:
        return {c.id: c.category for c in self.termbase.concepts}

    @cached_property
    def has_common_words(self) -> bool:
        """Does the termbase hold common words (category ``other``), not only names, titles
        and bodies? (Some checks read those otherwise: checks/terminology.py.)"""
        return any(category in COMMON_WORDS for category in self.categories.values())
