"""Find termbase concepts in a text, in any of the six languages, despite grammar.

Matching is per language: Russian words may take case endings (Воронкову, Генерального),
Arabic words may carry attached particles (و ب ل ك, and ل + ال written لل), Chinese has no spaces,
French and Spanish elide (l’Office). Typographic and straight apostrophes, no-break spaces and
hyphen variants are folded on both sides. A match inside a longer match ("United Nations" inside
"United Nations Office on Drugs and Crime") does not count on its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from transpub.termbase import Concept, Termbase

_FOLD = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u3000": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u00ad": "",
    "\u30fb": "·", "\u2022": "·", "\u2027": "·", "\u00b7": "·", "\uff65": "·",
    "ё": "е", "Ё": "Е",
    # Arabic: alef forms, alef maqsura, tatweel (letter-shape variants, not spelling)
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ـ": "",
})
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670]")
_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+[@＠﹫][\w.-]+|(?:https?://|www\.)\S+")
_RU_ENDING = "[аеиоуыэюяйьмхвгч]{0,4}"
_RU_STRIP = re.compile(r"[аеиоуыэюяйь]{1,2}$")
_AR_PREFIX = "(?:[وف]?[بلك]?)"
_AR_PREFIX_DEF = "(?:[وف]?[بلك]?ال|[وف]?لل)"
_AR_SUFFIX = "(?:ها|هما|هم|ه|ي)?"


@lru_cache(maxsize=16384)
def fold(text: str, lang: str = "") -> str:
    """Fold typographic variants that never change meaning; offsets are kept (1:1 mapping)."""
    out = text.translate(_FOLD)
    if lang.startswith("ar"):
        out = _ARABIC_MARKS.sub("", out)
    return out


@dataclass(frozen=True, slots=True)
class Hit:
    """A concept found in a text: where, and in which form."""

    concept: str
    start: int
    end: int
    form: str
    status: str


@dataclass(slots=True)
class _Form:
    concept: str
    text: str
    status: str
    anchor: str
    """A literal every match contains (lower case): a cheap ``in`` test before the regex."""
    lang: str
    person: bool = False
    _pattern: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        # compiled on first use: most forms of a large termbase never occur in a given text
        if self._pattern is None:
            self._pattern = form_pattern(self.text, self.lang, self.person)
        return self._pattern


def _anchor(term: str, lang: str) -> str:
    """The longest piece of ``term`` that every inflected or prefixed match still contains."""
    folded = fold(term, lang).casefold()
    base = lang.split("_")[0]
    pieces = re.split(r"[\s'·-]+", folded)
    if base == "ru":
        pieces = [_RU_STRIP.sub("", p) if not p.endswith(("ов", "ев", "ин")) else p
                  for p in pieces]
        # a fleeting vowel may vanish (день -> дня, дворец -> дворца): anchor on what stays
        pieces = [re.sub(r"[ео][цкнлр]$", "", p) for p in pieces]
    elif base == "ar":
        pieces = [p[2:] if p.startswith("ال") and len(p) > 3 else p for p in pieces]
    return max(pieces, key=len) if pieces else folded


def _word_pattern(word: str, lang: str, first: bool, person: bool = False) -> str:
    base = lang.split("_")[0]
    if base == "ru" and "-" in word:
        # both halves of a Russian compound decline: государства-члены, государствам-членам
        return r"[-\s]?".join(_word_pattern(part, lang, first, person)
                              for part in word.split("-"))
    if base == "ru" and person and re.search("[иеоуюэ]$", word):
        return re.escape(word)  # foreign names in -и, -о, -е do not decline: Гранди, Филиппо
    if base == "ru" and len(word) >= 3 and re.search("[а-яА-Я]", word):
        stem = _RU_STRIP.sub("", word) if not word.endswith(("ов", "ев", "ин")) else word
        fleeting = re.fullmatch(r"(\w+?)([ео])([цкнлр])", stem)
        if fleeting and len(stem) >= 3:
            # a fleeting vowel: день -> дня, конец -> конца
            return (re.escape(fleeting.group(1)) + f"(?:{fleeting.group(2)})?"
                    + re.escape(fleeting.group(3)) + _RU_ENDING)
        return re.escape(stem) + _RU_ENDING
    if base == "ar" and re.search("[\u0600-\u06ff]", word):
        if word.startswith("ال") and len(word) > 3:
            head = f"(?:{_AR_PREFIX_DEF}|{_AR_PREFIX})" if first else "(?:ال|لل)?"
            return head + re.escape(word[2:]) + _AR_SUFFIX
        head = _AR_PREFIX if first else "(?:[وبلك])?"
        return head + "(?:ال)?" + re.escape(word) + _AR_SUFFIX
    return re.escape(word)


def form_pattern(term: str, lang: str, person: bool = False) -> re.Pattern[str]:
    """The regular expression that finds ``term`` in folded text of ``lang``."""
    folded = fold(term, lang).strip()
    base = lang.split("_")[0]
    flags = re.IGNORECASE if not (folded.isupper() and len(folded) <= 8) else 0
    if base in ("zh", "ja"):
        body = re.escape(folded).replace("·", "[·\\s]?")
        return re.compile(body, flags)
    words = folded.split()
    parts = [_word_pattern(w, lang, i == 0, person) for i, w in enumerate(words)]
    body = r"[\s,]+".join(parts) if base == "ar" else r"\s+".join(parts)
    body = body.replace("'", "['’]").replace(r"\-", r"[-\s]?")
    return re.compile(r"(?<!\w)" + body + r"(?!\w)", flags)


class Matcher:
    """Finds the termbase's concepts in texts of one language."""

    def __init__(self, termbase: Termbase, lang: str, derive_surnames: bool = True) -> None:
        self.lang = lang
        self.concepts = {c.id: c for c in termbase.concepts}
        forms: list[_Form] = []
        for concept in termbase.concepts:
            person = concept.category == "person"
            for term in concept.forms(lang, include_deprecated=True):
                forms.append(_Form(concept.id, term.text, term.status, _anchor(term.text, lang),
                                   lang, person))
            if derive_surnames and person:
                for surname in _surnames(concept, lang):
                    forms.append(_Form(concept.id, surname, "derived", _anchor(surname, lang),
                                       lang, person))
        self.forms = tuple(forms)
        self._cache: dict[str, list[Hit]] = {}

    def find_all(self, text: str) -> list[Hit]:
        """Every match of every form, contained ones included, in text order."""
        cached = self._cache.get(text)
        if cached is None:
            if len(self._cache) > 20000:
                self._cache.clear()
            cached = self._cache[text] = self._find_all(text)
        return cached

    def _find_all(self, text: str) -> list[Hit]:
        # e-mail addresses and URLs are not prose: "spindler@unhcr.org" names nobody
        folded = _ADDRESS.sub(lambda m: " " * len(m.group(0)), fold(text, self.lang))
        lowered = folded.casefold()
        hits: list[Hit] = []
        for form in self.forms:
            if form.anchor not in lowered:
                continue
            for match in form.pattern.finditer(folded):
                hits.append(Hit(form.concept, match.start(), match.end(), form.text, form.status))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        return hits

    def find(self, text: str) -> list[Hit]:
        """Every concept in ``text``, longest match first, contained matches dropped."""
        hits = self.find_all(text)
        kept: list[Hit] = []
        for hit in hits:
            if any(k.start <= hit.start and hit.end <= k.end and (k.end - k.start) >
                   (hit.end - hit.start) for k in kept):
                continue
            if any(k.start == hit.start and k.end == hit.end and k.concept == hit.concept
                   for k in kept):
                continue
            kept.append(hit)
        return kept


#: Name particles that belong to the surname: Al-Thani's "آل ثاني", "bin Saif", "van Dyke".
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "آل", "ال", "بن", "ابو", "عبد", "de", "van",
                        "von", "da", "аль", "ибн", "бин"})


def _surnames(concept: Concept, lang: str) -> Iterable[str]:
    """A person's surname-only forms, when the termbase lists only full names."""
    forms = concept.forms(lang)
    if any(len(t.text.split()) == 1 and "·" not in t.text for t in forms):
        return ()
    out = []
    for term in forms:
        name = fold(term.text, lang)
        if "·" in name:
            out.append(name.rsplit("·", 1)[1])
            continue
        words = name.split()
        if len(words) < 2:
            continue
        if len(words) >= 3 and words[-2].lower() in _PARTICLES:
            out.append(" ".join(words[-2:]))
        else:
            out.append(words[-1])
    minimum = 1 if lang.split("_")[0] in ("zh", "ja") else 2  # 汗 is a whole Chinese surname
    return tuple(dict.fromkeys(s for s in out if len(s) >= minimum))


@cache
def _fold_cached(text: str, lang: str) -> str:
    return fold(text, lang)


def normalise_for_compare(text: str, lang: str = "") -> str:
    """Fold and NFKC-normalise (full-width forms to ASCII) for comparisons, not for offsets."""
    return unicodedata.normalize("NFKC", _fold_cached(text, lang)).casefold()
