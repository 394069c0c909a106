"""The adjectives of a term (checks/adjectives.py, used by TP101 and TP102) are found by testing
each word's beginning (its ending in Arabic) before the full rule: the words found must be
exactly those the full rule alone finds, on the sample's real translations and on words made
to sit on the rule's edges."""

from __future__ import annotations

import random
from pathlib import Path

import polib
import pytest

from transpub.checks.adjectives import _WORD, _made_on, made_words
from transpub.termbase import load_termbases
from transpub.terms import fold

ROOT = Path(__file__).resolve().parent.parent


def _reference(text: str, forms: set[str], base: str) -> list[str]:
    return [w for w in _WORD.findall(text) if any(_made_on(w.casefold(), f, base) for f in forms)]


def _forms(lang: str) -> list[set[str]]:
    termbase = load_termbases([ROOT / "locales" / "termbase.tbx"], "en")
    out = []
    for concept in termbase.concepts:
        forms = {fold(t.text, lang).casefold() for t in concept.forms(lang)}
        forms = {f.replace(" ", "-") for f in forms if f.count(" ") <= 1 and len(f) >= 4}
        if forms:
            out.append(forms)
    return out


def _edge_words(forms: set[str], base: str, rng: random.Random) -> list[str]:
    """Words on the rule's edges: the form itself, its stem cut by 0-3 letters, a letter
    changed at the stem's end, the suffixes of every language, capitals."""
    suffixes = ["iel", "ielle", "al", "ales", "aux", "ien", "ais", "oise", "ique", "ière",
                "ano", "ense", "ico", "ino", "és", "esa", "ский", "ная", "ого", "ими",
                "ي", "ية", "يين", "يات", "ان", "x"]
    words = []
    for form in forms:
        for cut in range(0, 4):
            stem = form[:len(form) - cut]
            for suffix in rng.sample(suffixes, 6):
                words += [stem + suffix, (stem + suffix).upper(), "ال" + stem + suffix]
            if stem:
                words.append(stem[:-1] + rng.choice("abeéiozяи") + rng.choice(suffixes))
        words.append(form)
    return words


@pytest.mark.parametrize("lang", ["fr", "es", "ru", "ar"])
def test_same_words_as_the_full_rule(lang: str) -> None:
    texts = [e.msgstr for e in polib.pofile(
        str(next((ROOT / "locales" / lang).glob("**/*.po")))) if e.msgstr]
    rng = random.Random(lang)
    found = 0
    for forms in _forms(lang):
        made = _edge_words(forms, lang, rng)
        for text in [*texts, " ".join(made)]:
            expected = _reference(text, forms, lang)
            assert made_words(text, forms, lang) == expected, (forms, text[:80])
            found += len(expected)
    assert found > 20  # the edge words do make adjectives: the comparison is not of empties


@pytest.mark.parametrize(("lang", "form", "text", "expected"), [
    ("fr", "président", "le Cabinet présidentiel et la Présidence", ["présidentiel"]),
    ("es", "presidente", "el gabinete presidencial", ["presidencial"]),
    ("ru", "президент", "президентский кабинет", ["президентский"]),
    ("ar", "رئيس", "مجلس الوزراء الرئاسي", ["الرئاسي"]),
    ("fr", "new-york", "le bureau new-yorkais", ["new-yorkais"]),
])
def test_adjectives_found(lang: str, form: str, text: str, expected: list[str]) -> None:
    assert made_words(text, {form}, lang) == expected
