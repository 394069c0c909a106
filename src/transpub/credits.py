"""A picture's credit and caption, and a credit's picture id: the one reading ``import``,
``align`` and ``check`` share. A page sets a picture's credit as "© UNICEF/NYHQ2011-0424/Dean"
alone, over its caption ("A girl and her parents queue for water…"), or closing it ("El
equipo distribuye kits. © UNICEF/UNI322107/"), or names it with a word ("Photo: UNICEF/
UNI322107/Haro", «照片：联合国儿童基金会»). Read from evidence, not from a word a line opens
with ("Credit to small farmers rose…" is a subtitle): the copyright sign; "(c)" written for
it beside a name; a caption's or credit's word and its colon in the six languages; an
agency's picture id of two slashes and a digit. An archive numbers its pictures with
capitals and digits between slashes, the shape of a UN document symbol ("A/RES/70/1"), and
with a year and a serial number: the id is a code copied as it is written, neither a
document symbol (TP404) nor a quantity (TP301); a release's own number standing alone,
"PR/2024/922", "SG/SM/21900", is no picture's id (it had made the paragraph under it a
caption, in ``import`` and ``align``).

The bounds (measured on the trials' real pages, t63/h1, h2, h5, t64/hB, hF, the real-data
corpora and the tests' inputs; session 64, fI): a caption is a line of a page, no paragraph
of text (``LONGEST``); a credit's own part, its name or id after the sign, is a few words
(``CREDIT``); the caption under a credit standing alone is one sentence (``CAPTION``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib.resources import files

from transpub.namefind import is_place_name

#: the longest line read as a caption or credit: the trials' longest caption holding its
#: credit is under 200 characters; a paragraph of text naming a picture is longer
LONGEST = 400
#: the longest credit after its sign, a name or an agency and a picture's id ("© UNICEF/
#: NYHQ2011-0424/Dean", 25): closing a caption, or the whole of a line standing alone
CREDIT = 60
#: the longest caption under a credit standing alone, one sentence (UNICEF's are 146 and
#: 193 characters in the trials)
CAPTION = 300

#: a caption's or credit's word and its colon, in the six languages (and "Foto:", Spanish
#: and Portuguese captions' own; "Audio:", a page's player's): "Photo:", "Photo credit:",
#: "Photo caption:", "Crédit photo :", "Pie de foto:", "Фото:", «照片：», «صورة:»
_WORDS = (r"(?:(?:photo(?:graph)?|picture|image|video|audio)s?(?:\s+(?:credits?|captions?))?"
          r"|credits?(?:\s+photos?)?|captions?|crédits?(?:\s+photos?)?|légende|fotos?"
          r"|fotografía|imagen|créditos?(?:\s+de\s+la\s+foto)?|pie\s+de\s+foto"
          r"|фото(?:графия)?|подпись|照片|图片|图|摄影|صورة|الصورة|تصوير)[ \u00a0]*[:：]")
#: the copyright sign, not after a letter («dÃ©cision», a garbled «é», is no credit), a
#: letter or a digit after it ("©=copy" in a table of entities is none)
_SIGN = r"(?<![^\W\d_])©(?=[ \u00a0]*[^\W_])"
#: a line opening a caption or a credit: the sign, a word and its colon, "Photo by …", a
#: group photo's description ("Group photo of …", OPCW's)
_OPENS = re.compile(r"^\W{0,3}" + _SIGN + r"|^(?i:" + _WORDS
                    + r"|photo(?:graph)?\s+(?:by|courtesy)\s"
                    r"|(?:group|family|official)\s+photo(?:graph)?\b)")
#: the sign closing a caption, the credit after it a name or an id
_CLOSES = re.compile(_SIGN + rf"[^©\n]{{1,{CREDIT}}}$")
#: a picture's id after the sign or a credit's word (not inside a word: "Autophoto:"): a run
#: holding a slash (an agency and its number; "© UNICEF" alone names no picture), no link
#: ("Photo: https://…"), its letters Latin (a Chinese caption runs on after it, no space)
_CREDIT = re.compile(r"(?:" + _SIGN + r"|(?<![A-Za-z\u00c0-\u024f\u0400-\u04ff])(?i:" + _WORDS
                     + r"))[ \u00a0]*([^\s/:]+/[0-9A-Za-z\u00c0-\u024f._’'/-]+)")
#: what every credit with an id holds, tested before the search (most units hold none)
#: (its first characters in one set, each branch's looked at behind: ``re`` scans from a first
#: character only for a pattern opening with a set or a literal, and tried this, opening with
#: a choice until session 67, at every position of every text; ``GATE_PLAIN``)
_GATE = re.compile(r"[©:：](?:(?<=©)|[ \u00a0]*[^\s/:]+/)")
GATE_PLAIN = re.compile(r"©|[:：][ \u00a0]*[^\s/:]+/")
#: a picture's id without its sign, closing a line ("… a destroyed house UNICEF/Yemen/2019"):
#: an agency's name and two slashes, a digit in it, no link nor path around it
_ID = re.compile(r"(?<![\w/.:-])(?=[\w./'’-]*\d)[A-Z][\w.'’-]*(?:/[\w.'’-]*){2,}(?=\W{0,3}$)")
#: a document symbol's word and number ("Rev.1", "Add.2", UNEP's "Res.14"): no name
_SYMBOL_WORD = re.compile(r"[A-Z][a-z]{1,5}\.\d+")
#: A name or an agency and a picture's id after "(c)", the rest of the line: capitalised
#: words, ids and years, joined by spaces, slashes and commas ("(c) UNICEF/UNI322107/Dean",
#: "(c) Jane Doe, 2024"); a word in lower case ("(c) of resolution 2664") is none.
_NAMED_END = (r"\s*(?:[A-Z][\w.'’&-]*|\d{4})"
              r"(?:[ /,]++(?:[A-Z][\w.'’&-]*+|\d{4}|de|van|von|al|el|bin))*+[ /]*+$")
#: "(c)" written for "©", opening a line or closing one, a name or an agency beside it.
_C_CREDIT = re.compile(r"^\W{0,3}\([cC]\)" + _NAMED_END + r"|\([cC]\)" + _NAMED_END)
#: What makes "(c)" a list's item or a subparagraph, no credit: "paragraph 2 (c)", "para. 4
#: (c)", "subparagraph (c)", «alinéa c)», an "(a)" or "(b)" before it.
_C_CITED = re.compile(r"(?:\b(?:sub-?|sous-)?para(?:graphe?)?s?\.?[\s\d(]*+$|\b(?:alinéa|apartado|"
                      r"párrafo|пункт|подпункт)[\s\d(]*+$|段\s*+\(?$|\([abAB]\))",
                      re.IGNORECASE)


def picture_ids(text: str) -> list[tuple[int, int]]:
    """The spans of the picture ids a text's photo credits give, first to last."""
    # (the gate's first characters tested first: ``in`` runs at memchr's speed, and most texts
    # hold none of them)
    if ("©" not in text and ":" not in text and "：" not in text) or _GATE.search(text) is None:
        return []
    return [m.span(1) for m in _CREDIT.finditer(text)]


def in_picture_id(spans: list[tuple[int, int]], start: int) -> bool:
    """Whether the character at ``start`` is inside one of ``spans`` (``picture_ids``)."""
    return any(begin <= start < end for begin, end in spans)


def is_caption(text: str) -> bool:
    """Whether a line (stripped) is a picture's caption or credit, or holds one: opened by
    the sign, "(c)" beside a name, a caption's word and colon; closed by a credit (the
    sign, a credit's word and a picture's id, or an id alone); ``LONGEST`` at most."""
    if len(text) > LONGEST:
        return False
    return _OPENS.search(text) is not None or _CLOSES.search(text) is not None \
        or any(len(text) - start <= CREDIT for start, _ in picture_ids(text)) \
        or _id_closes(text) is not None or _c_credit(text)


def credit_alone(text: str) -> bool:
    """Whether a line (stripped) is a picture's credit and nothing else: the sign or "(c)"
    and a name or an id (``CREDIT`` at most), "© UNICEF/NYHQ2011-0424/Dean", or an id alone,
    "UNICEF/Yemen/2019" (no caption with it: the paragraph under it may be its caption)."""
    if len(text) > CREDIT + 4:
        return False
    return re.match(r"\W{0,3}" + _SIGN, text) is not None \
        or (text[:3].lower() == "(c)" and _c_credit(text)) \
        or (" " not in text and (found := _id_closes(text)) is not None
            and found.start() == 0)


#: a word of a credit that a translation says in its language ("UN Photo" is «Photo ONU»,
#: "Courtesy" «Avec l'aimable autorisation de»): ``_WORDS``'s without their colon
_CREDIT_WORD = re.compile(_WORDS.removesuffix(r"[ \u00a0]*[:：]") + r"|courtesy|copyright",
                          re.IGNORECASE)
#: the sign, "(c)", "©" glued to a word: copied as they are
_SIGN_PART = re.compile(r"©|\([cC]\)")
#: a picture's id or a year: a code of letters and digits ("UN073038", "NYHQ2011-0424",
#: "UNI322107", "2024"), copied as it is written
_ID_PART = re.compile(r"(?=[\w.-]*\d)[A-Za-z\d][\w.-]*")
#: an agency's acronym alone ("UNICEF", "FAO", "AFP"): capitals, two or more
_ACRONYM = re.compile(r"[A-Z][A-Z&-]*[A-Z]")
#: a person's name's word, in Latin letters: a capitalised word with a small letter in it
#: ("Phelps", "Marie-Pierre", "O'Brien", "McDonald"), its initials glued before it or alone
#: ("K.Gaugler", "J-M.Ferré", "K."), or a name's particle ("de", "van", "bin")
_LATIN = r"A-Za-z\u00c0-\u024f"
_NAME_WORD = re.compile(rf"(?:[A-Z](?:[.-]+[A-Z])*\.[ ]?)*(?:[A-Z][{_LATIN}'’]*[a-z\u00df-\u024f]"
                        rf"[{_LATIN}'’]*(?:-[A-Z][{_LATIN}'’]*)*)?(?<=\w|\.)"
                        r"|de|da|del|della|di|do|dos|du|van|von|der|den|ter|al|el|bin|ibn|le|la")
#: the most words a person's name has ("Maria del Carmen Lopez Garcia")
_NAME_WORDS = 5
#: capitalised words a credit says that are no one's name, which a translation says in its
#: language: the photographer unnamed ("Photographer Unknown", «Photographe inconnu»), an
#: organisation, an office or an archive named in words ("World Bank", "United Nations",
#: "UN News", "Image Bank"): a credit's common words, not a dictionary (a surname that is
#: also one of these is read as words, an error, as every credit was before session 67)
_NOT_NAMES = frozenset("""
    photographer photographers unknown anonymous unidentified staff handout file files
    archive archives library collection bank fund programme program organization
    organisation office agency agencies news women nations united world council commission
    foundation ministry department institute centre center union committee service services
    group network museum society association federation government university mission
    team press media communications secretariat headquarters country national international
    global regional cross crescent red all rights reserved courtesy photo photos image
    images picture pictures video videos credit credits copyright map source private family
    """.split())
#: target languages that transliterate or translate nearly every acronym («ЮНИСЕФ»,
#: «儿基会», «اليونيسف»): there only a picture's id and a Latin-script name are copied
_OWN_ACRONYMS = frozenset({"ru", "zh", "ar"})
#: acronyms a translation writes otherwise that ``data/un_names.json`` does not list alone:
#: the Organization itself ("UN" is «ONU» in French and Spanish)
_CHANGING = frozenset({"UN"})


@cache
def _acronyms_written(lang: str) -> dict[str, frozenset[str]]:
    """The UN bodies' English acronyms (``data/un_names.json``) -> the forms ``lang`` writes
    for the same body: "UNHCR" -> {"HCR", …} in French, "UNICEF" -> {"UNICEF", …}."""
    data = json.loads((files("transpub") / "data" / "un_names.json").read_text(encoding="utf-8"))
    written: dict[str, frozenset[str]] = {}
    for entry in data.values():
        if not isinstance(entry, dict) or not isinstance(entry.get("en"), list):
            continue
        for form in entry["en"]:
            if _ACRONYM.fullmatch(form):
                written[form] = written.get(form, frozenset()) | frozenset(entry.get(lang, ()))
    return written


def _acronym_kept(acronym: str, lang: str) -> bool:
    """Whether ``lang`` writes an agency's acronym as English does: not in Russian, Chinese
    or Arabic; in French and Spanish unless the data knows its own ("UNHCR" is «HCR» and
    «ACNUR», "IFAD" «FIDA», "WHO" «OMS»; "UNICEF", "FAO" are the same)."""
    if lang in _OWN_ACRONYMS or acronym in _CHANGING:
        return False
    written = _acronyms_written(lang).get(acronym)
    return written is None or acronym in written


def _a_name(words: list[str]) -> bool:
    """Whether ``words`` (a credit's part between slashes) are a person's name in Latin
    letters: initials and a surname, a given name and a surname, a surname alone; no word a
    credit says (``_NOT_NAMES``), no place or country ("Somalia" is «Somalie»)."""
    return (0 < len(words) <= _NAME_WORDS
            and all(_NAME_WORD.fullmatch(word) is not None
                    and word.lower().strip(".") not in _NOT_NAMES for word in words)
            and any(word[:1].isupper() for word in words)
            and not is_place_name(" ".join(words), "en"))


def nothing_to_translate(text: str, lang: str) -> bool:
    """Whether a unit is a picture's credit alone (``credit_alone``) holding nothing a
    translation into ``lang`` says in its own words, every part between its slashes copied as
    it is written: a picture's id or a year, one agency's acronym that ``lang`` writes the same
    (``_acronym_kept``), a person's name ("UNICEF/UN073038/Phelps", "© UNICEF/NYHQ2011-0424/
    Dean", "© FAO/Giulio Napolitano"). An organisation, an office or a place named in words
    ("© World Bank/…", «Banque mondiale»; "© UN Women/…"; "© UNDP Somalia"), the photographer
    unnamed ("Photographer Unknown"), "© UN Photo/Mark Garten" («© Photo ONU/Mark Garten»),
    "© Photo courtesy of WFP", a credit beside a caption have words to translate; so has
    "© UNHCR/K.Gaugler" in French («© HCR/K.Gaugler»), and every acronym in Russian, Chinese
    and Arabic."""
    text = text.strip()
    if not credit_alone(text):
        return False
    base = lang.split("_")[0].split("-")[0]
    acronyms = 0
    for part in re.split(r"\s*[/,;]\s*", text):
        words = [word for word in _SIGN_PART.sub(" ", part).split()
                 if _ID_PART.fullmatch(word) is None]
        if not words:
            continue
        if len(words) == 1 and _ACRONYM.fullmatch(words[0]):
            acronyms += 1
            if not _acronym_kept(words[0], base) or acronyms > 1:
                return False
        elif not _a_name(words) or any(_CREDIT_WORD.fullmatch(word) for word in words):
            return False
    return True


def caption_under(sentences: Sequence[str]) -> bool:
    """Whether the paragraph under a credit standing alone (``credit_alone``), given as its
    sentences, is the picture's caption: one sentence, ``CAPTION`` characters at most."""
    return len(sentences) == 1 and len(sentences[0].strip()) <= CAPTION


def _id_closes(text: str) -> re.Match[str] | None:
    """The picture's id closing the line, if one does: an agency, two slashes and a digit, and a
    name or a place in it, or its last slash left open ("UNICEF/NYHQ2011-0424/Dean",
    "UNICEF/Yemen/2019", "UNICEF/UNI322107/"); a run of capitals and digits alone is a
    document symbol, a release's number ("PR/2024/922", "SG/SM/21900", "A/75/L.1/Rev.1")."""
    match = _ID.search(text)
    if match is None:
        return None
    parts = match.group().rstrip(".").split("/")
    return match if parts[-1] == "" or any(
        part != part.upper() and _SYMBOL_WORD.fullmatch(part) is None for part in parts) else None


def _c_credit(text: str) -> bool:
    """A credit written with "(c)" for "©": at the line's start or end, a name or an agency
    beside it, never after "paragraph 2", "subparagraph" or a list's "(a)", "(b)" ("paragraph 2
    (c) of resolution 2664 (2022)" is a sentence of the text: it had been left unfilled)."""
    match = _C_CREDIT.search(text)
    return match is not None and _C_CITED.search(text[:match.start() + 1]) is None
