"""Issue 13, fifteenth round of the term matcher: a French, Spanish, Russian or English form's
pattern tried only where its first literal (``terms._literal_key``) occurs in the case-folded
text finds what ``finditer`` finds; the Chinese index tests only the pieces whose key
character a text holds (``AnchorIndex.by_characters``) and gives the candidates of every piece
tested."""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import os
import random
import re
import sys
from collections import defaultdict
from pathlib import Path
from re import _casefix, _constants, _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from test_terms_cpu import _sample_units
from transpub import terms
from transpub.termbase import Concept, Term, Termbase, load_termbases
from transpub.terms import (
    Matcher,
    _aligned,
    _Form,
    _literal_key,
    _pattern_parts,
    fold,
    form_pattern,
)

REPO = Path(__file__).resolve().parent.parent


def _ignorecase_sets() -> dict[int, set[int]]:
    """What a cased literal matches under ``re.IGNORECASE``, by the literal's lower case: as
    ``re._compiler`` compiles it (LITERAL_UNI_IGNORE, or IN_UNI_IGNORE with
    ``_casefix._EXTRA_CASES``), a character whose simple lower case (``sre_lower_unicode``)
    is the literal's, or one of the extra cases of it."""
    by_lower: dict[int, set[int]] = defaultdict(set)
    for code in range(sys.maxunicode + 1):
        by_lower[_sre.unicode_tolower(code)].add(code)
    extra: dict[int, tuple[int, ...]] = _casefix._EXTRA_CASES
    return {lower: members.union(*(by_lower[other] for other in extra.get(lower, ())))
            for lower, members in by_lower.items()}


def test_ignorecase_matches_fold_alike() -> None:
    """What the keys rest on, over every character: a character that ``re.IGNORECASE``
    matches to a literal and that case folds to one character folds as the literal does, but
    for the dotless ı (which matches i and I, and folds to itself: a key holding it is none,
    a text holding it is searched without its key); no character folds to nothing (so a text
    whose case-folded copy has its length has each character folded to one). A literal that
    folds to several characters (İ, ß) is in no key."""
    sets = _ignorecase_sets()
    odd = set()
    assert all(map(str.casefold, map(chr, range(sys.maxunicode + 1))))
    for code in filter(_sre.unicode_iscased, range(sys.maxunicode + 1)):
        char = chr(code)
        if len(char.casefold()) != 1:
            continue  # in no key (İ); an uncased character matches only itself
        for other in map(chr, sets[_sre.unicode_tolower(code)]):
            folded = other.casefold()
            if len(folded) == 1 and folded != char.casefold():
                odd.add(frozenset((char, other)))
    assert odd == {frozenset(("ı", "i")), frozenset(("ı", "I"))}
    # the sets against re itself, for the letters of the termbase's languages and the odd ones
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    for char in "iksIKSßſKıσΣёЖ":
        found = set(re.findall(re.escape(char), everything, re.IGNORECASE))
        assert found == set(map(chr, sets[_sre.unicode_tolower(ord(char))])), char


def _parsed_key(body: str, flags: int) -> str:
    """The key as ``re``'s parser reads the pattern: its leading literals, through groups."""
    chars: list[str] = []

    def literals(items: Any) -> bool:
        for op, value in items:
            if op is _constants.LITERAL:
                chars.append(chr(value))
            elif op is _constants.SUBPATTERN:
                if not literals(value[-1]):
                    return False
            else:
                return False
        return True

    literals(_parser.parse(body, flags))
    key = "".join(chars).casefold()
    return key if len(key) == len(chars) and len(key) >= terms._KEY_MIN and "ı" not in key else ""


def test_literal_key_is_the_parsers() -> None:
    """The key read from a pattern's text is the one ``re``'s parser gives (none for a
    pattern with an alternative), for every form of the sample termbase and of ``_FORMS``
    in every language, person or not; for odd patterns, a prefix of it."""
    termbase = load_termbases([REPO / "locales" / "termbase.tbx"])
    keys = 0
    for lang in ("en", "fr", "es", "ru", "ar", "zh"):
        texts = [t.text for c in termbase.concepts for t in c.forms(lang, True)]
        for text in texts + [t for forms in _FORMS.values() for t in forms]:
            for person in (False, True):
                _, body, flags = _pattern_parts(text, lang, person)
                key = _literal_key(body, flags)
                assert key == ("" if "|" in body else _parsed_key(body, flags)), (text, body)
                keys += bool(key)
    assert keys > 500
    for body in ("abc", "ab?c", "abc*", "abc{2}", "(?-i:A)bc", "(?-i:A)?bcd", "(?-i:AB)+cd",
                 "(?-i:Ab)cd", "\\.abc", "\\sabc", "a\\.b\\-c\\ d", "[ab]cd",
                 "abc(?:d)?", "abc|d", "ab.c", "ab^c", "ab$c", "abc}", "é\\éè", "ǅungla"):
        for flags in (0, re.IGNORECASE):
            # (a sign that the text's reader does not take for a literal ends it: "}")
            assert _parsed_key(body, flags).startswith(_literal_key(body, flags)), body


def test_literal_keys() -> None:
    assert _literal_key(r"(?-i:U)nited\s+Nations(?!\w)", re.IGNORECASE) == "united"
    assert _literal_key(r"организаци[аеиоуыэюяйьмхвгч]{0,4}\s+", re.IGNORECASE) == "организаци"
    assert _literal_key("ООН(?!\\w)", 0) == "оон"
    assert _literal_key("l['’]office", re.IGNORECASE) == ""  # too short: «l» everywhere
    assert _literal_key("straße", re.IGNORECASE) == ""  # ß folds to two characters
    assert _literal_key("dıpl", re.IGNORECASE) == ""  # the dotless ı
    assert _literal_key("(?:ab|ac)d", re.IGNORECASE) == ""


#: forms of every kind the keys meet: a literal first word in any case, a Russian stem, a
#: fleeting vowel, an acronym matched case-sensitively, an apostrophe, a hyphen, ß, i
_FORMS = {
    "en": ("United Nations", "Director-General", "Straße Fund", "Secretary-General",
           "Sheikh Al-Thani", "UNODC", "Strasse Fund", "Mission in Kosovo", "member States",
           "Vice-Chair", "Office of Internal Oversight"),
    "fr": ("Organisation des Nations Unies", "l'Office des Nations Unies", "secrétaire général",
           "Vice-Président", "Œuvre de Kiel", "Haut-Commissariat"),
    "es": ("Naciones Unidas", "Secretario General", "Oficina de las Naciones Unidas",
           "Alto Comisionado", "Viceministro"),
    "ru": ("Организация Объединенных Наций", "Генеральный секретарь", "ООН", "дворец",
           "государства-члены", "Гранди", "Кирилл Иванов", "Управление ООН"),
}
_ODD = ("ı", "İ", "ſ", "\u212a", "ß", "ẞ", "ς", "Σ", "ё", "-", "ex-", "экс-", "’", "'", "",
        " ", "\u00a0", "x", "É", "é")


def _variants(text: str, rng: random.Random) -> str:
    """``text`` with its letters' cases changed and odd characters swapped in or added."""
    out = []
    for char in text:
        roll = rng.random()
        if roll < 0.15:
            char = char.swapcase()
        elif roll < 0.2:
            char = {"i": "ı", "I": "İ", "s": "ſ", "k": "\u212a", "K": "\u212a", "ss": "ß",
                    "е": "ё"}.get(char, char)
        elif roll < 0.25:
            char += rng.choice(_ODD)
        out.append(char)
    return "".join(out)


def _check_form(form: _Form, folded: str) -> int:
    pattern = form_pattern(form.text, form.lang, form.person)
    want = [m.span() for m in pattern.finditer(folded)]
    fresh = _Form(form.concept, form.text, form.status, form.anchor, form.lang, form.person)
    aligned = _aligned(folded, folded.casefold())
    assert fresh.spans(folded, aligned) == want, (form.text, folded)
    assert fresh.spans(folded, aligned) == want  # the key kept on the form
    return len(want)


def test_keyed_spans_equal_finditer_on_generated_texts() -> None:
    rng = random.Random(1316)
    found = keyed = 0
    for lang, forms in _FORMS.items():
        for text in forms:
            for person in (False, True):
                form = _Form("c", text, "preferred", "", lang, person)
                form.spans("")
                keyed += bool(form._key)
                for _ in range(150):
                    words = [_variants(text if rng.random() < 0.6 else rng.choice(forms),
                                       rng) for _ in range(rng.randrange(4))]
                    glue = [rng.choice((" ", ", ", "-", " ex-", " the ", "ı ", "İ"))
                            for _ in words]
                    mixed = "".join(g + w for g, w in zip(glue, words, strict=True))
                    found += _check_form(form, fold(mixed, lang))
    assert keyed > 40 and found > 1000


def _texts(lang: str) -> list[str]:
    units = _sample_units()
    texts = [u.source for u in units] if lang == "en" else [
        u.target for u in units if u.lang == lang]
    real = os.environ.get("TRANSPUB_REAL_DATA")
    if real:  # the real translators' files: their sources (English) or translations
        from transpub.catalog import read_translations
        from transpub.pounits import po_units

        for path in sorted(Path(real, "tests", "corpus_real").glob("po*/*.po")):
            if lang == "en" or path.stem == lang:
                units = po_units(read_translations(path, path.stem), path.stem, path.name, None)
                texts += [u.source if lang == "en" else u.target for u in units if u.target]
    return texts


def _unkeyed(matcher: Matcher, monkeypatch: pytest.MonkeyPatch) -> Matcher:
    """``matcher`` with no key to any form: each form's body searched for (as before)."""
    with monkeypatch.context() as patched:
        patched.setattr(terms, "_KEY_MIN", sys.maxsize)
        for form in matcher.forms:
            form.spans("")
    assert not any(form._key for form in matcher.forms)
    return matcher


def test_sample_texts_give_finditer_hits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every form of the sample termbase over the sample's (and the real translators') texts,
    and over the texts with their cases changed and odd characters added; the hits of the
    whole search (``_find_all``) against those of a matcher without keys."""
    termbase = load_termbases([REPO / "locales" / "termbase.tbx"])
    rng = random.Random(16)
    for lang in ("en", "fr", "es", "ru"):
        matcher = Matcher(termbase, lang)
        unkeyed = _unkeyed(Matcher(termbase, lang), monkeypatch)
        texts = _texts(lang)
        assert texts
        found = 0
        for number, text in enumerate(texts):
            variant = _variants(text, rng)
            for one in (text, variant):
                hits = matcher._find_all(one)
                assert hits == unkeyed._find_all(one), one
                found += len(hits)
            if number < 100:
                for folded in (fold(text, lang), fold(variant, lang)):
                    for form in matcher.forms:
                        _check_form(form, folded)
        assert found
        assert any(form._key for form in matcher.forms)


def _tested(matcher: Matcher) -> Matcher:
    """``matcher``'s index testing every piece (as before the key characters)."""
    matcher._index._keyed = False
    return matcher


def test_chinese_key_characters_give_the_candidates_of_every_piece_tested() -> None:
    termbase = load_termbases([REPO / "locales" / "termbase.tbx"])
    keyed, tested = Matcher(termbase, "zh"), _tested(Matcher(termbase, "zh"))
    assert keyed._index._keyed
    rng = random.Random(1316)
    texts = [u.target for u in _sample_units() if u.lang == "zh"]
    assert texts
    pieces = list(keyed._index._by_piece)
    for text in texts:
        lowered = fold(text, "zh").casefold()
        assert keyed._index.candidates(lowered) == tested._index.candidates(lowered)
        assert keyed._find_all(text) == tested._find_all(text)
    for _ in range(3000):  # texts made of pieces, cut and joined
        parts = [rng.choice(pieces)[rng.randrange(2):] for _ in range(rng.randrange(6))]
        lowered = rng.choice(("", "，", "x", " ")).join(parts)
        assert keyed._index.candidates(lowered) == tested._index.candidates(lowered), lowered


def test_key_characters_of_a_generated_termbase() -> None:
    """Latin letters, digits, repeated characters and pieces sharing their every character."""
    names = ("联合国", "联合国大会", "国合联", "合", "UN总部", "ab", "ba", "aab", "2030议程",
             "秘书长", "副秘书长", "长长", "-")
    concepts = tuple(Concept(f"c{n}", "organisation", {"zh": (Term(name, "preferred"),)})
                     for n, name in enumerate(names))
    keyed = Matcher(Termbase(concepts), "zh")
    tested = _tested(Matcher(Termbase(concepts), "zh"))
    rng = random.Random(7)
    alphabet = "".join(sorted(set("".join(names)))) + "的了 "
    for _ in range(5000):
        lowered = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        assert keyed._index.candidates(lowered) == tested._index.candidates(lowered), lowered
