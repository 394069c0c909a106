"""A page's pointer to its version in another language, after the headline or on a line
under it ("… United Nations Day [scroll down for French]", «[versión en español más abajo]»,
«（英文版见下）»): no word of the headline nor of the text, so ``language_pointer`` cuts it
from the headline or removes its line (``importer_head.read_head`` calls it on the head it
has read), and ``without_pointer`` gives a heading without it, for ``alignhead`` to compare
with the heading over it. It is read from the six languages' words for a language (as the
language, not a nation's adjective), a direction and a version; a bracket naming a language
and pointing nowhere stays the headline's. This module imports nothing of ``importer_head``
but its ``Head``, for types."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from transpub.importer_head import Head


def language_pointer(head: Head, removed: list[tuple[int, str]]) -> None:
    """The page's pointer to its version in another language (``_VERSION_NOTE_RE``) after the
    headline on its line ("… United Nations Day [scroll down for French]"), on a line of its
    own under it, or alone in the block under it: no word of the headline nor of the text
    (a line of its own had been the first paragraph), added to ``removed``."""
    assert head.title is not None
    number, last = head.title.lines[-1]
    note = _VERSION_NOTE_RE.search(last)
    if note is not None and (last[:note.start()].strip() or len(head.title.lines) > 1):
        kept = last[:note.start()].rstrip()
        head.title.lines[-1:] = [(number, kept)] if kept else []
        removed.append((number, note.group(0).strip()))
    elif head.body and len(head.body[0].lines) == 1 and not head.body[0].code \
            and (note := _VERSION_NOTE_RE.match(line := head.body[0].text.strip())) is not None:
        removed.append((head.body.pop(0).line, line))


#: A page's pointer to its version in another language, in brackets after the headline, in
#: any of the UN's languages: "[scroll down for French version]", "[scroll down for French]"
#: (un.org/sg's, without the word "version"), "(see below for the Spanish version)", "[English
#: version below]", "[French version follows]", «[voir plus bas pour la version française]»,
#: «(version française ci-dessous)», «[versión en español más abajo]», «[текст на русском
#: языке см. ниже]», «（英文版见下）». A bracket of a few words naming one of the six languages
#: and pointing elsewhere: a direction (below, down, scroll, see, ci-dessous, más abajo,
#: ниже, 见下, أدناه), a link, or a version that follows. A headline's own bracket names no
#: language so ("… in the Gaza Strip (South Africa v. Israel)", "(Chinese)" alone stays), nor
#: one that names a language and points nowhere: "(Arabic version)", "(follows French
#: initiative)", "(Arabic calligraphy exhibition follows)", «（中文版）», «(русская версия)»
#: are the headline's (a hostile pass, t64/hM finding C, found them cut from it).
_LATIN_LANGUAGE_WORDS = (
    r"english|french|spanish|russian|chinese|arabic"
    r"|anglais|anglaise|français|française|espagnol|espagnole|russe|chinois|chinoise|arabe"
    r"|inglés|ingles|francés|frances|español|espanol|ruso|chino|árabe")
_RUSSIAN_LANGUAGE_WORDS = r"английск\w*|французск\w*|испанск\w*|русск\w*|китайск\w*|арабск\w*"
_CHINESE_LANGUAGE_WORDS = (
    r"英文|法文|西班牙文|俄文|中文|阿拉伯文|英语|法语|西班牙语|俄语|汉语|阿拉伯语")
_ARABIC_LANGUAGE_WORDS = (
    r"الإنجليزية|الإنكليزية|الانجليزية|الفرنسية|الإسبانية|الاسبانية|الروسية|الصينية|العربية")
_LANGUAGE_WORDS = "|".join((_LATIN_LANGUAGE_WORDS, _RUSSIAN_LANGUAGE_WORDS,
                            _CHINESE_LANGUAGE_WORDS, _ARABIC_LANGUAGE_WORDS))
#: The words that point elsewhere on the page.
_DIRECTION_WORDS = (
    r"below|above|down|scroll|see|further\s+down|ci-dessous|ci-après|plus\s+bas|voir|abajo"
    r"|arriba|véase|ver|a\s+continuación|ниже|выше|см|далее|见下|下文|下方|如下|أدناه|أعلاه"
    r"|انظر")
#: A version, and its verb that follows ("[French version follows]", «(version française
#: suit)»): a version that follows is further down.
_VERSION_WORDS = r"versions?|versión|версия|версию|版本|版|نسخة|النسخة"
_FOLLOWS_WORDS = r"follows|following|suit|sigue|следует|يلي"
#: (a word's edge in a script with spaces between words; Chinese has none)
_EDGE_BEFORE, _EDGE_AFTER = r"(?<![^\W\d_\u3000-\u9fff])", r"(?![^\W\d_\u3000-\u9fff])"
_IN_BRACKET = r"[^\[\]()（）【】]*?"


def _words(words: str) -> str:
    return _EDGE_BEFORE + "(?:" + words + ")" + _EDGE_AFTER


#: «بالعربية», in Arabic: the language's word after a preposition (no word's edge before it)
_IN_ARABIC = r"بال(?:إنجليزية|إنكليزية|انجليزية|فرنسية|إسبانية|اسبانية|روسية|صينية|عربية)"
#: A language named as the language, not as a nation's adjective qualifying another noun
#: ("statement by Chinese Government", "Arabic League statement", «Gouvernement chinois»,
#: «Liga Árabe», «Русского географического общества», «جامعة الدول العربية» are none: t65/hB
#: finding 7), told by where each language puts its adjective:
#: - English's before its noun: a language word is the language when no noun follows it, the
#:   bracket's end, a direction, a version, a text, "follows", another language after "and"
#:   ("(see French below)", "(French and Spanish below)", "for French]", "English text");
#: - French's and Spanish's after it: the language's noun after the bracket's opening, an
#:   article, a preposition or "see" («(voir l'anglais ci-dessous)», «(ver inglés más
#:   abajo)», «en français», «(anglais ci-dessous)»), or a text's noun before the language
#:   («texte français»);
#: - Russian's adverb and preposition, or its adjective before a text or a version («по-
#:   английски», «на русском», «русский текст», «английский вариант»);
#: - Arabic's after it: the language after "see", the bracket's opening, «بال» or «اللغة»
#:   («انظر الإنجليزية أدناه», «بالعربية», «باللغة العربية»);
#: - a Chinese language's name (英文, 中文: no nationality).
#: (t65/hF finding 5: the first reading of this took only fixed wordings, and "(see French
#: below)", «(voir l'anglais ci-dessous)», «(см. ниже по-английски)» had stayed the headline's.)
_ENGLISH_LANGUAGE_WORDS = r"english|french|spanish|russian|chinese|arabic"
_ROMANCE_LANGUAGE_NOUNS = (
    r"anglais|français|espagnol|russe|chinois|arabe"
    r"|inglés|ingles|francés|frances|español|espanol|ruso|chino|árabe")
_TEXT_WORDS = r"text|texte|texto|translation|traduction|traducción"
_LANGUAGE_NAMED = (
    _words(_ENGLISH_LANGUAGE_WORDS)
    + r"(?:\s*(?:,|&|\band\b|\bor\b)\s*" + _words(_ENGLISH_LANGUAGE_WORDS) + ")*"
    + r"(?=\s*(?:[\])）】,;:.]|$)|\s+" + _words(
        r"below|above|down|further\s+down|follows|following|here|at|version|versions"
        + "|" + _TEXT_WORDS) + ")"
    + r"|(?:(?<=[\[(（【])\s*|" + _words(r"le|el|en|pour|para|voir|ver|véase|du|del")
    + r"\s+|" + _EDGE_BEFORE + r"l['’]\s*)" + _words(_ROMANCE_LANGUAGE_NOUNS)
    + "|" + _words(_TEXT_WORDS) + r"\s+" + _words(_LATIN_LANGUAGE_WORDS)
    + "|" + _EDGE_BEFORE + r"по-(?:английски|французски|испански|русски|китайски|арабски)"
    + _EDGE_AFTER
    + "|" + _words(r"на") + r"\s+" + _words(_RUSSIAN_LANGUAGE_WORDS)
    + "|" + _words(_RUSSIAN_LANGUAGE_WORDS) + r"\s+" + _words(
        r"(?:текст|язык|перевод|вариант|верси)\w*")
    + r"|(?:(?<=[\[(（【])\s*|(?:باللغة|اللغة|انظر|أنظر|راجع)\s+)(?:"
    + _ARABIC_LANGUAGE_WORDS + ")"
    + "|" + _IN_ARABIC
    + "|" + _CHINESE_LANGUAGE_WORDS)


_VERSION_NOTE_RE = re.compile(
    # (a bracket closing the line, of 80 characters at most; full-width ones too)
    r"[\[(（【](?=[^\[\]()（）【】]{0,80}[\])）】]\s*$)"
    r"(?=" + _IN_BRACKET + "(?:" + _words(_LANGUAGE_WORDS) + "|" + _IN_ARABIC + "))"
    # (a version, or a language named as the language: "see" and a body's name is no pointer)
    r"(?=" + _IN_BRACKET + "(?:" + _words(_VERSION_WORDS) + "|" + _LANGUAGE_NAMED + "))"
    r"(?=" + _IN_BRACKET + "(?:" + _words(_DIRECTION_WORDS) + r"|https?://|www\."
    + "|(?:" + _words(_VERSION_WORDS) + "|" + _LANGUAGE_NAMED + ")" + _IN_BRACKET
    + _words(_FOLLOWS_WORDS) + "))"
    r"[^\[\]()（）【】]+[\])）】]\s*$", re.IGNORECASE)


def without_pointer(line: str) -> str:
    """``line`` without the pointer to the page's version in another language that closes it
    (``_VERSION_NOTE_RE``): ``alignhead`` reads "Message on World Cities Day [scroll down for
    French]" as a copy of the heading over it."""
    note = _VERSION_NOTE_RE.search(line)
    return line if note is None else line[:note.start()].rstrip()
