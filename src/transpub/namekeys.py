"""A person's name as it sounds, in letters Latin, Cyrillic and Arabic texts share (TP110).

Russian and Arabic transliterate a name of the source: "Irene Khan" is «Ирен Хан» and «إيرين
خان», "Lawlor" «Лоулор» and «لولور», "Guterres" «Гутерриш» and «غوتيريش». A word's key is its
consonants once each letter is read as Latin, the letters a transliteration confuses made one
(g, j, zh and gh; s, z, sh, ch and ts; b and p; f and v; k, c, q and ck; ng and n), a doubled
letter made single and the vowels and w left out (Arabic writes most vowels not at all,
Russian ю, я, й and ы as others hear them, both write w as a vowel): "Khan" hn, «Хан» hn,
«خان» hn; "Lawlor" llr, «Лоулор» llr. Two
keys are the same name when their longest common subsequence is most of both (``near``):
transliteration loses or adds a sound («Лакруа» for "Lacroix", lkr against lkrks), a
different name shares few ("Khan" hn, «Лоулор» llr). A key of fewer than two letters ("Yoo",
«Ю») tells nothing. No transliteration library is needed for this: a key wants sounds made
alike, not a standard's spelling of them.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from importlib import resources

from transpub.hanfold import simplified
from transpub.similar import lcs_ratio

#: each Cyrillic and Arabic letter as a Latin one (or two)
_LETTERS = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sh", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "u", "я": "a", "і": "i", "ї": "i",
    "є": "e", "ґ": "g", "ў": "u",
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ء": "", "ؤ": "u", "ئ": "i", "ى": "a", "ب": "b",
    "ت": "t", "ث": "s", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "z", "ر": "r", "ز": "z",
    "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f",
    "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "", "و": "u", "ي": "i",
    "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g", "ک": "k", "ی": "i", "ـ": "",
})
#: Latin letters whose mark says a sound NFKD would lose ("Jenča", «Енча»)
_MARKED = str.maketrans({"č": "ch", "š": "sh", "ž": "zh", "ć": "ch", "ś": "sh", "ź": "zh",
                         "ł": "l", "ø": "o", "ß": "ss", "đ": "dj"})
#: sounds a transliteration writes in other letters, made one, longest first
_SOUNDS = (
    ("tch", "s"), ("sch", "s"), ("dzh", "g"), ("dj", "g"), ("zh", "g"), ("gh", "g"), ("j", "g"),
    ("sh", "s"), ("ch", "s"), ("ts", "s"), ("tz", "s"), ("kh", "h"), ("ph", "f"), ("th", "t"),
    ("ck", "k"), ("qu", "k"), ("q", "k"), ("x", "ks"), ("v", "f"), ("p", "b"), ("z", "s"),
    ("ng", "n"),
)
_SOFT_C = re.compile(r"c(?=[eiy])")
#: the vowels, and w, which Russian and Arabic write as one («Уилсон», «لولور»)
_VOWELS = re.compile(r"[aeiouyw'’ʼʻ`-]+")
_DOUBLED = re.compile(r"(.)\1+")
#: how much of two keys their longest common subsequence is to be for one name: a name of the
#: source is heard in the translation at ``HEARD`` ("Satterthwaite" / «Саттертуэйт» 0.8,
#: "Lawlor" / «Лоулор» 1.0; "Satterthwaite" / «وأشارت», she said, 0.75), a name of the
#: translation is one the source says at ``SAID``: a name is changed when the source's is not
#: heard and the translation's is not said, and the legitimate forms a key reads less well
#: than the first still pass the second ("Lacroix" / «Лакруа» 0.75; "Margaret" / «ماري»,
#: Mary, 0.57, "Mahamat" / «Махмуд» 0.75, "Ajisomo" / «Адейеми» 0.4, "Khan" / «Лоулор» 0)
HEARD = 0.8
SAID = 0.6


@functools.lru_cache(maxsize=2048)
def key(word: str) -> str:
    """``word``'s consonants as they sound, in the Latin letters the three scripts share."""
    return _finish(_sounds(word))


def keys(word: str, han: bool = False) -> frozenset[str]:
    """``word``'s key and the keys of the other ways a Latin name's letters are said: c as ts
    (Slavic, German: "Raca", «Раца», «拉察»), w as v (Japanese, Polish: "Ozawa", «Одзава»), h
    as g (Ukrainian in Russian: "Humennyi", «Гуменный»); ``han``: as Chinese hears them, which
    writes w and h as they sound (韦 wei, 汗 han)."""
    texts = {_sounds(word)}
    if "c" in word.casefold():
        texts.add(_sounds(word.casefold().replace("c", "ts")))
    if han:
        return frozenset(latin_for_han(_finish(text)) for text in texts)
    for text in list(texts):
        if "w" in text:
            texts.add(text.replace("w", "f"))
    for text in list(texts):
        if "h" in text:
            texts.add(text.replace("h", "g"))
    return frozenset(_finish(text) for text in texts)


def _sounds(word: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFKD", word.casefold().translate(_MARKED))
                   if not unicodedata.combining(c)).translate(_LETTERS)
    for written, sound in _SOUNDS:
        text = text.replace(written, sound)
    return _SOFT_C.sub("s", text).replace("c", "k")


def _finish(text: str) -> str:
    # (a doubled letter is one sound; two of a kind between vowels are two: "Lawlor" llr)
    return _VOWELS.sub("", _DOUBLED.sub(r"\1", text))


@functools.cache
def _han_sounds() -> dict[str, str]:
    """Each common Chinese character's consonants (data/hanzi_sounds.json, made from pypinyin
    by tools/gen_hanzi_sounds.py), read on first use: only Chinese names need it."""
    table = json.loads(resources.files("transpub").joinpath("data/hanzi_sounds.json")
                       .read_text(encoding="utf-8"))
    return {char: sound for sound, chars in table.items() for char in chars}


#: what Chinese does not tell apart in a foreign name: r and l («劳勒» for Lawlor, its own r,
#: 尔 er, at a syllable's end), and the voiced and voiceless stops pinyin writes d, t, g, k
#: (蒂 di for "Tü", 基 ji for "ki")
_HAN_HEARS = str.maketrans("rdg", "ltk")


def han_sounds(text: str) -> list[str | None]:
    """The consonants of each character of a Chinese name (None for one not in the table), as
    Chinese hears them (``_HAN_HEARS``): «劳勒» l, l; «艾琳» "", ln."""
    table = _han_sounds()
    return [None if (sound := table.get(char)) is None else sound.translate(_HAN_HEARS)
            for char in simplified(text)]  # («沙克爾頓»: its sounds are «沙克尔顿»'s)


def joined(sounds: list[str | None]) -> str:
    """A key of characters' sounds (``han_sounds``): each is a syllable, so two alike are two
    sounds («劳勒» ll)."""
    return "".join(s or "" for s in sounds)


def latin_for_han(word_key: str) -> str:
    """A Latin key as Chinese hears it (``_HAN_HEARS``): "Lawlor" lll, "Türk" tlk."""
    return word_key.translate(_HAN_HEARS)


def known(word_key: str) -> bool:
    """Whether a key says enough to tell one name from another (two letters or more)."""
    return len(word_key) >= 2


def near(a: str, b: str, at: float) -> bool:
    """Whether two keys are one name's, their ratio at least ``at`` (``HEARD``, ``SAID``)."""
    return lcs_ratio(a, b) >= at
