"""A person stays the same person (TP110): "Ms. Irene Khan" is not «Mme Mary Lawlor». The
termbase checks compare the persons a termbase holds; any other name was compared by nothing
(session 44's round: 28 persons replaced by others went unseen).

French, Spanish and the other languages that keep a name in Latin letters write the source's
names as they stand, or nearly («Poutine» for Putin, «Zelensky» for Zelenskyy): a person the
source names after an honorific ("Mr.", "Ms.", "Dr.", "H.E.") whose name the translation does
not hold, not even nearly, while the translation names after an honorific a person the source
does not name, is reported. A person the translation names by a title alone, or refers to, is
missing, never changed. Chinese, Russian and Arabic transliterate names: not read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from transpub.checks.context import CheckContext, Unit
from transpub.checks.honorifics import _ENGLISH_TITLES, _honorifics
from transpub.checks.registry import Finding, Severity, check, finding
from transpub.memo import memo
from transpub.similar import lcs_ratio

#: the languages that write a person's name in Latin letters, as the source does
_LATIN = frozenset({"en", "fr", "es", "pt", "it", "de", "nl"})
#: a name after an honorific: capitalised words, the particles inside names between them
_NAME = re.compile(r"(?:[\s\u00a0]+(?:[A-ZÀ-ÞĀ-Žʻ'][\w'’.-]*|(?:de|da|di|del|della|van|von|bin"
                   r"|al|el|ibn|dos|das|du|la|le|y)(?=[\s\u00a0]+[A-ZÀ-Þ]))){1,5}")
#: how near a translation's word is to be to a source's name to be it (the LCS ratio:
#: "Putin" / «Poutine» 0.83, "Zelenskyy" / «Zelensky» 0.94, "Khan" / «Lawlor» 0.2)
_NEAR = 0.75
#: words of a text a name is looked for in
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def _folded(text: str) -> str:
    """A text (a word) without its accents and case, a possessive off ("Khan's" → khan)."""
    return _POSSESSIVE.sub("", _MARKS.sub("", unicodedata.normalize("NFKD", text))).casefold()


_MARKS = re.compile("[\u0300-\u036f]")
_POSSESSIVE = re.compile(r"['’]s\b")


@memo()
def _names(text: str, lang: str) -> tuple[tuple[str, ...], ...]:
    """The names ``text`` writes after an honorific, each as its words (particles aside);
    once per text (a source is asked for by its five translations)."""
    out: list[tuple[str, ...]] = []
    for mention in _honorifics[text, lang]:
        match = _NAME.match(text, mention.end)
        if match is None:
            continue
        words = tuple(w for w in match.group().split() if w[:1].isupper() and len(w) > 1
                      and not w.endswith("."))  # (an initial, "A.", is no name)
        if words:
            out.append(words)
    return tuple(out)


def _near(word: str, among: Iterable[str]) -> bool:
    folded = _folded(word)
    return any(lcs_ratio(folded, other) >= _NEAR for other in among)


@check("TP110", "person-changed", Severity.WARNING, "terminology")
def person_changed(ctx: CheckContext, unit: Unit) -> Iterable[Finding]:
    """The translation names after an honorific a person the source does not, and does not
    name one the source does ("Ms. Irene Khan" → «Mme Mary Lawlor»)."""
    base = unit.lang.split("_")[0].split("-")[0]
    if base not in _LATIN or not ctx.source_lang.startswith("en"):
        return ()
    # ("Madam Chairperson", "Mr. President": an honorific before a title, no name)
    source = [name for name in _names[unit.source, ctx.source_lang]
              if not _ENGLISH_TITLES.fullmatch(name[0])]
    if not source:
        return ()
    # (a person is found by the last word of the name, the surname, as written — most
    # translations — or nearly: the translation's words folded once)
    target = unit.target.casefold()
    missing = [name for name in source if name[-1].casefold() not in target]
    if not missing:
        return ()
    words = set(_WORDS.findall(_folded(unit.target)))
    missing = [name for name in missing if not _near(name[-1], words)]
    if not missing:
        return ()
    said = {_folded(w) for name in source for w in name}
    said |= {_folded(w) for w in _WORDS.findall(unit.source) if w[:1].isupper()}
    extra = [name for name in _names[unit.target, unit.lang]
             if not any(_near(w, said) for w in name)]
    return [finding("TP110", unit, f"the person «{' '.join(name)}» became «{' '.join(other)}»",
                    expected=" ".join(name))
            for name, other in zip(missing, extra, strict=False)]
