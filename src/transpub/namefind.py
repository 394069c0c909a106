"""Names of a kind found in a text, in the six languages (countries for TP107, the UN's bodies
and senior titles for TP108): one engine for every kind of name whose forms a translation may
change.

The names are data (countries: babel's names of the territories, CLDR's, and the UN's own
short names where they differ, ``data/countries.json``; the UN's bodies and titles:
``data/un_names.json``), read with case and word boundaries kept, Russian names in their cases
(«Эквадора», «Российской Федерации», «Генерального секретаря»), Arabic ones with their clitics
and article («بالبرازيل», «وللسودان», «لمجلس الأمن»), Chinese ones as they stand, the longest
name first («Soudan du Sud» before «Soudan», «南苏丹» before «苏丹», «副秘书长» before «秘书长»).
A kind is ``COUNTRIES`` or ``UN_NAMES``.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache
from importlib.resources import files
from typing import NamedTuple

from babel import Locale

from transpub import retrie
from transpub.firstchars import first_chars, tried_at
from transpub.hanfold import simplified
from transpub.memo import BASE, Memo, memo
from transpub.sentalign import same_sentence

COUNTRIES, UN_NAMES, PLACES = "countries", "un_names", "places"

#: CLDR's territory codes that are no country: groupings, and the dependent territories, whose
#: names are also a church's ("St. Martin"), an island's or a town's (the UN's press releases
#: name its Member States, observers, Kosovo, Hong Kong and Macao)
_NOT_COUNTRIES = frozenset(
    "EU EZ UN QO XA XB ZZ AC AI AQ AS AW AX BL BM BQ BV CC CK CP CQ CW CX DG EA EH FK FO GF GG "
    "GI GL GP GS GU HM IC IM IO JE KY MF MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TA TC TF TK "
    "UM VG VI WF YT".split())
#: English country names that are also a person's first name ("Jordan Spieth"): not a country
#: when a capitalised word follows
_FIRST_NAMES = frozenset({"Jordan", "Chad", "Georgia"})
_NOT_IN = {"ru": frozenset({"TG"})}
_APOSTROPHES = str.maketrans("’ʼ‘`", "''''")
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z]")
#: Chinese names that, followed by one of these characters, are part of another word (and
#: 总理事会, a General Council, has no Prime Minister)
_NOT_AFTER = {"中国": "家", "印度": "洋", "若开": "展始放发会", "利马": "索", "总理": "事"}


def _not_after(text: str, match: re.Match[str]) -> bool:
    """Is ``match`` a Chinese name inside another word (中国 in 发展中国家, 若开 in 若开展)?"""
    after = text[match.end():match.end() + 1]
    return bool(after) and after in _NOT_AFTER.get(match.group(), "")


@cache
def _spaced_hyphens(name: str) -> list[str]:
    """``name`` with a space for some of its hyphens or all, each way: "Under-Secretary-
    General" -> "Under Secretary-General", "Under-Secretary General", "Under Secretary
    General"."""
    parts = name.split("-")
    out = []
    for mask in range(1, 2 ** (len(parts) - 1)):
        joined = parts[0]
        for k, part in enumerate(parts[1:]):
            joined += (" " if mask >> k & 1 else "-") + part
        out.append(joined)
    return out


@cache
def _names(kind: str, base: str) -> dict[str, str]:
    """Every name of ``kind`` in language ``base``: name -> code (a country's ISO code)."""
    names: dict[str, str] = {}
    if kind == COUNTRIES:
        try:
            territories = Locale.parse(base).territories
        except (ValueError, TypeError):
            return names
        skip = _NOT_IN.get(base, frozenset())
        for code, name in territories.items():
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES | skip:
                names[name.translate(_APOSTROPHES)] = code
                if base == "en" and " & " in name:
                    names[name.replace(" & ", " and ")] = code  # "Trinidad and Tobago"
    for code, by_lang in _data(kind).items():
        if code.startswith("_"):
            continue
        for name in by_lang.get(base, ()):
            names[name.translate(_APOSTROPHES)] = code
    if base == "ru":
        # «Управление Верховного комиссара ООН по правам человека»: the United Nations by its
        # abbreviation inside a name
        for name, code in list(names.items()):
            if "Организации Объединенных Наций" in name:
                names.setdefault(name.replace("Организации Объединенных Наций", "ООН"), code)
    if kind != UN_NAMES and base in ("en", "fr", "es", "ru"):
        # a dateline's place and a headline in capitals ("GENEVA", «ЖЕНЕВА», "KABUL,
        # AFGHANISTAN")
        for name, code in list(names.items()):
            names.setdefault(name.upper(), code)
    if base == "ar":
        # (texts are read without their vowel marks and tatweel: «عُمان» and «تنـزانيا» are
        # عمان and تنزانيا)
        names = {fold_arabic(name): code for name, code in names.items()}
    elif base not in ("ru", "zh", "ja"):
        # "Guinea Bissau", «Guinée Bissau»: a hyphenated name written with a space, for any
        # of its hyphens ("Under Secretary-General", UNDP China's, is the Under-Secretary-
        # General: it had been read as the Secretary-General, and «副秘书长» a swap, TP108)
        for name, code in list(names.items()):
            if 0 < name.count("-") <= 3:
                for variant in _spaced_hyphens(name):
                    names.setdefault(variant, code)
    if base in ("fr", "es"):
        # «la République Démocratique du Congo», «la Guinée Équatoriale» (read as Guinea):
        # a name of several words with its words capitalised
        for name, code in list(names.items()):
            words = name.split(" ")
            if len(words) >= 2:
                names.setdefault(" ".join(w if w in _SMALL_WORDS else w[:1].upper() + w[1:]
                                          for w in words), code)
    return names


#: the words a name's capitalised form leaves in lower case
_SMALL_WORDS = frozenset("de du des la le les et y del el los las".split())


@cache
def _data(kind: str) -> dict[str, dict[str, list[str]]]:
    data: dict[str, dict[str, list[str]]] = json.loads(
        (files("transpub") / "data" / f"{kind}.json").read_text(encoding="utf-8"))
    return data


def forms(kind: str, code: str, lang: str) -> tuple[str, ...]:
    """The forms ``data/<kind>.json`` lists for the entry ``code`` in language ``lang``."""
    entry = _data(kind).get(code, {})
    listed = entry.get(lang.split("_")[0].split("-")[0], ()) if isinstance(entry, dict) else ()
    return tuple(listed) if isinstance(listed, list) else ()


def is_place_name(text: str, lang: str, countries: bool = True) -> bool:
    """Whether ``text`` is, whole, a place's name as ``data/places.json`` gives it in ``lang``
    ("Vienna", "GENEVA", «维也纳»), or (``countries``) a country's as CLDR does ("Austria"):
    the importer's test of a dateline's place that no date vouches for."""
    base = lang.split("_")[0].split("-")[0]
    name = " ".join(text.split()).translate(_APOSTROPHES)
    if base == "ar":
        name = fold_arabic(name)
    return bool(name) and (name in _names(PLACES, base)
                           or (countries and name in _names(COUNTRIES, base)))


def is_country_name(text: str, lang: str) -> bool:
    """Whether ``text`` is, whole, a country's name as CLDR (or ``data/countries.json``) gives
    it in ``lang`` ("Costa Rica", «México», «Россия»)."""
    base = lang.split("_")[0].split("-")[0]
    name = " ".join(text.split()).translate(_APOSTROPHES)
    if base == "ar":
        name = fold_arabic(name)
    return bool(name) and name in _names(COUNTRIES, base)


def kind_of(kind: str, code: str) -> str:
    """What the name ``code`` of ``kind`` is ("body", "title"; "country")."""
    entry = _data(kind).get(code, {})
    return str(entry.get("kind", "country")) if isinstance(entry, dict) else "country"


def entry_flag(kind: str, code: str, flag: str) -> bool:
    """Does the entry ``code`` of ``kind`` carry ``flag`` (``any``: a title or organization
    whose name is its own whoever holds it; ``of_a_state``: a head of State's title)?"""
    entry = _data(kind).get(code, {})
    return isinstance(entry, dict) and bool(entry.get(flag))


@cache
def _said_forms(kind: str) -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """The English forms that say a name without naming it (``_said`` of the data): a form
    may say two ("ISIS", the Islamic State in Iraq and Syria)."""
    forms: dict[str, set[str]] = {}
    for code, listed in _data(kind).get("_said", {}).items():
        if not code.startswith("_"):
            for form in listed:
                forms.setdefault(form.translate(_APOSTROPHES), set()).add(code)
    if not forms:
        return _NOTHING, {}
    return (re.compile(r"(?<![\w-])(?:" + retrie.alternation(forms) + r")(?!\w)"),
            {form: frozenset(codes) for form, codes in forms.items()})


def said_in(text: str, kind: str = COUNTRIES) -> frozenset[str]:
    """The names an English text says by an abbreviation, a demonym or a mission's name that
    a translation spells out ("US", "Burundian", "MINUSMA", "ISIL"; "UNSC")."""
    pattern, forms = _said_forms(kind)
    return frozenset().union(*(forms[m.group()] for m in pattern.finditer(_folded(text))))


def _stem(word: str) -> str:
    """A Russian word of a name as a pattern that takes its cases («Эквадор» → Эквадора,
    «Россия» → России, «Южный» → Южного, «Беларусь» → Беларуси); a short word as it is."""
    word = word.replace("ё", "е")
    if not word[0].isalpha() or len(word) < 3 or word.isupper() or (len(word) == 3 and (
            word[-1] in "аеиоуыэюяй")):
        # («Чад», «суд» take their cases: «в Чаде», «суда»; «США», «ЖЕНЕВА» are as written)
        return re.escape(word)
    for ending, endings in _RU_CASES:
        if word.endswith(ending):
            return re.escape(word[:-len(ending)]) + endings
    if word[-1] in "аеиоуыэюяй":
        return re.escape(word)  # «Перу», «Того»: indeclinable
    return re.escape(word) + r"(?:|а|у|е|ом|ой)"  # «Эквадор», «Судан»


#: the endings of a Russian name's cases, by its nominative's ending
_RU_CASES = (
    # (a noun's and an adjective's endings together: «Израиль» → Израиля and «Беларусь» →
    # Беларуси; «Маврикий» → Маврикием and «Южный» → Южного; «Китай» → Китая, «Бруней» →
    # Брунея; plurals: «Филиппины» → Филиппин, «Острова» → Островов, «Коморские» → Коморским,
    # «преступления» → преступлений, преступлениями)
    ("ия", "(?:ия|ии|ию|ией|ий|иям|иями|иях)"), ("ья", "(?:ья|ьи|ью|ьей)"),
    ("ь", "(?:ь|и|ью|я|ю|ем|е)"),
    ("ый", "(?:ый|ого|ому|ым|ом)"), ("ий", "(?:ий|ия|ию|ием|ии|его|ому|ого|им|ем|ом)"),
    ("ай", "(?:ай|ая|аю|аем|ае)"), ("ей", "(?:ей|ея|ею|еем|ее)"),
    ("ой", "(?:ой|ого|ому|ым|ом)"),  # («Шестой комитет» → Шестым комитетом)
    ("ая", "(?:ая|ой|ую|ей|яя)"), ("ое", "(?:ое|ого|ому|ым|ом)"),
    ("ые", "(?:ые|ых|ым|ыми)"), ("ие", "(?:ие|ия|ию|ием|ии|их|им|ими|ий|иям|иями|иях)"),
    ("ы", "(?:ы|ых|ым|ыми|ов|ам|ами|ах|)"), ("о", "(?:о|а|у|ом|е)"),
    ("а", "(?:а|ы|и|е|у|ой|ей|ам|ами|ах|ов)"), ("я", "(?:я|и|е|ю|ей)"),
)


def _arabic(name: str) -> str:
    """An Arabic name as a pattern with its clitics and article («البرازيل» → بالبرازيل,
    للبرازيل)."""
    words = re.split(r"[\s\-–—]+", name)
    first = words[0]
    core = first[2:] if first.startswith("ال") and len(first) > 3 else first
    pattern = r"(?<!\w)[وفبكل]{0,2}(?:ال|ل)?" + _alefs(core)
    # ("بابوا-غينيا الجديدة", "بابوا غينيا الجديدة": a hyphen or a space between the words)
    return pattern + "".join(r"\s*[-–—]?\s*" + _alefs(w) for w in words[1:]) + r"(?!\w)"


def _alefs(word: str) -> str:
    """An Arabic word as a pattern whose alefs take any hamza seat («إسبانيا», «أسبانيا»),
    and whose «ديمقراطية» is also written with its long vowel, «ديموقراطية» (outside the UN's
    texts as often: the Democratic People's Republic of Korea had been read as «جمهورية
    كوريا», the Republic of Korea)."""
    pattern = "".join("[اأإآ]" if char in "اأإآ" else re.escape(char) for char in word)
    return pattern.replace("ديمقر", "ديمو?قر")


@cache
def _pattern(kind: str, base: str) -> re.Pattern[str]:
    """One pattern for every name of ``base`` (the languages whose names are not inflected:
    Russian and Arabic are read word by word, ``_by_words``)."""
    return re.compile(_names_pattern(list(_names(kind, base)), base))


#: a prefix's hyphen before a capital: a name may begin after it ("the anti-Democratic
#: People's Republic of Korea hearing" names no "Republic of Korea"), not after another hyphen
#: ("Guinea-Bissau"); the hyphen is read as a space (the text's places kept)
PREFIX_PLAIN = re.compile(r"\b(?:[Aa]nti|[Pp]ro|[Nn]on|[Ee]x|[Pp]an|[Pp]ost|[Pp]re|[Ii]nter"
                          r"|[Ii]ntra)(-)(?=[A-ZÉ])"
                          r"|\b[A-Z]{2,}(-)(?=[A-Z]{2,}\b)")  # (and "the UNEP-FAO MoU")
#: ``PREFIX_PLAIN``'s hyphens found from the hyphen, the word before it looked at behind it:
#: ``re`` tries a pattern that starts with ``\b`` at every place of a text (11 us a text with a
#: hyphen; TP107-TP109 fold each translation up to six times), and scans for one that starts
#: with a character at C speed (2.5 us). Each match of ``PREFIX_PLAIN`` is a whole word and its
#: hyphen, so the hyphens it finds are those whose word this finds behind them; a word of
#: capitals, of any length, is read by ``_capitals_before`` where the empty group matched
_PREFIX = re.compile(
    r"-(?=[A-ZÉ])(?:(?<=\b[Aa]nti-)|(?<=\b[Pp]ro-)|(?<=\b[Nn]on-)|(?<=\b[Ee]x-)|(?<=\b[Pp]an-)"
    r"|(?<=\b[Pp]ost-)|(?<=\b[Pp]re-)|(?<=\b[Ii]nter-)|(?<=\b[Ii]ntra-)"
    r"|(?<=[A-Z]{2}-)(?=[A-Z]{2,}\b)())")
_CAPITALS_WORD = re.compile(r"\b[A-Z]{2,}-")


def _unprefixed(text: str) -> str:
    if "-" not in text:
        return text
    cuts = [match.start() for match in _PREFIX.finditer(text)
            if match.group(1) is None or _capitals_before(text, match.start())]
    if not cuts:
        return text
    pieces, start = [], 0
    for cut in cuts:
        pieces.append(text[start:cut])
        start = cut + 1
    pieces.append(text[start:])
    return " ".join(pieces)


def _capitals_before(text: str, hyphen: int) -> bool:
    """Is the word before the hyphen at ``hyphen`` two capitals or more from its start
    (``_CAPITALS_WORD``)? (``_PREFIX`` saw two.)"""
    start = hyphen - 2
    while start > 0 and "A" <= text[start - 1] <= "Z":
        start -= 1
    return _CAPITALS_WORD.match(text, start) is not None


def names_in(text: str, lang: str, kind: str = COUNTRIES) -> tuple[tuple[str, str], ...]:
    """The names of ``kind`` that ``text`` holds, as (code, the name as written), in text
    order."""
    return _FOUND[kind][text, lang.split("_")[0].split("-")[0]]


def cased_names(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Where ``text``, whatever its case (a heading set in capitals, then cased), names a
    place of ``data/places.json`` or a body, organization or title of ``data/un_names.json``
    of two words or more written with capitals («Centre d'information des Nations Unies»,
    «Oficina de las Naciones Unidas en Ginebra», «Организации Объединенных Наций» in its
    cases, «Directrice exécutive»): (start, end, the name as the data writes it in running
    text, ``_written_names``), longest first, spans not overlapping."""
    found: list[tuple[int, int, str]] = []
    for name, pattern in _cased_patterns(lang.split("_")[0].split("-")[0]):
        for match in pattern.finditer(text):
            if not any(start < match.end() and match.start() < end for start, end, _ in found):
                found.append((match.start(), match.end(), name))
    return found


@cache
def _cased_patterns(base: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    # the names as the data writes them (not _names' readings: «Fonds des Nations Unies Pour
    # L'enfance», fr and es names with every word capitalised, would give their capitals to
    # «pour l'enfance»; t65/hB finding 5)
    # (the first capital is the name's own: «la Directrice exécutive», «le Conseil de
    # sécurité»; a title the language writes in lower case the data gives so: «заместитель
    # Генерального секретаря»)
    names = {name for name in _written_names(UN_NAMES, base) if len(name.split()) > 1
             and any(c.isupper() for c in name)}
    # and the runs of two capitalised words or more inside them: the proper name the data's
    # bodies share ("Nations Unies", «Naciones Unidas», «Объединенных Наций»; the
    # Organization itself is no entry of the data)
    for name in list(names):
        run: list[str] = []
        for word in [*name.split(), ""]:
            if word[:1].isupper():
                run.append(word)
                continue
            if len(run) > 1:
                names.add(" ".join(run))
            run = []
    # and the places of the gazetteer as a heading would name them («… en Ginebra»)
    names |= _written_names(PLACES, base)
    return tuple((name, re.compile(_names_pattern([name], base), re.IGNORECASE))
                 for name in sorted(names, key=lambda n: (-len(n), n)))


def _written_names(kind: str, base: str) -> set[str]:
    """The names of ``data/<kind>.json`` in language ``base`` as the language writes them in
    running text: of the forms the data gives of one name in other cases («Заместитель
    Генерального секретаря» to open a sentence, «заместитель Генерального секретаря»), a
    letter is a capital only where every form writes one."""
    forms: dict[str, list[str]] = {}
    for code, by_lang in _data(kind).items():
        if code.startswith("_") or not isinstance(by_lang, dict):
            continue
        for name in by_lang.get(base, ()):
            name = name.translate(_APOSTROPHES)
            forms.setdefault(name.lower(), []).append(name)
            if base == "ru" and "Организации Объединенных Наций" in name:
                # (the United Nations by its abbreviation inside a name, as _names reads it)
                short = name.replace("Организации Объединенных Наций", "ООН")
                forms.setdefault(short.lower(), []).append(short)
    return {"".join(letter if all(form[index].isupper() for form in group)
                    else letter.lower() for index, letter in enumerate(group[0]))
            if all(len(form) == len(group[0]) for form in group) else min(group)
            for group in forms.values()}


def _folded(text: str) -> str:
    """``text`` with its apostrophes as "'" (only a text that has another is copied)."""
    if not _OTHER_APOSTROPHE.search(text):
        return text
    # (replace in C: ``translate`` with a table looks each character up in Python's dict)
    return text.replace("’", "'").replace("ʼ", "'").replace("‘", "'").replace("`", "'")


_OTHER_APOSTROPHE = re.compile("[’ʼ‘`]")


def fold_arabic(text: str) -> str:
    """An Arabic text without its vowel marks and tatweel: the same name is written with and
    without them («عُمان», «تنـزانيا»); a name's alef takes any hamza seat (``_arabic``)."""
    if not _ARABIC_MARKS.search(text):
        return text
    return _ARABIC_MARKS.sub("", text)


_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")
#: an alef and its hamza seats, one letter to the index of first letters («أسبانيا», «إسبانيا»)
_ALEFS = str.maketrans("أإآ", "ااا")


#: the United States named in its currency's name («5,8 млн. долл. США», «dollars des
#: États-Unis», "United States dollars"): a sum, not the country (the source says "$5.8
#: million"; TP107 read «Кипрский вопрос … долл. США» as Cyprus become the United States)
_DOLLARS_BEFORE = {
    "ru": re.compile(r"(?:долл\.?|доллар\w*)\s*$"),
    "fr": re.compile(r"dollars?\s+(?:des\s+)?$", re.IGNORECASE),
    "es": re.compile(r"d[óo]lar(?:es)?\s+(?:de\s+(?:los\s+)?)?$", re.IGNORECASE),
    "ar": re.compile(r"دولار\w*\s+(?:من\s+دولارات\s+)?$"),
}
_DOLLARS_AFTER = re.compile(r"\s*dollars?\b", re.IGNORECASE)


def _a_currency(text: str, start: int, end: int, base: str) -> bool:
    """Is the country's name at ``start``:``end`` of ``text`` part of its dollar's name?"""
    before = _DOLLARS_BEFORE.get(base)
    if before is not None and before.search(text, max(0, start - 32), start):
        return True
    return base == "en" and _DOLLARS_AFTER.match(text, end) is not None


def _find(text: str, base: str, kind: str) -> tuple[tuple[str, str], ...]:
    text = _unprefixed(_folded(text))
    if base == "ru":
        text = text.replace("ё", "е")
    elif base == "zh":
        text = simplified(text)  # («紐約», «喀麥隆»: the names in traditional characters)
    if base in ("ru", "ar"):
        folded = fold_arabic(text) if base == "ar" else text
        spans = _by_words(folded, base, kind)
        if kind == COUNTRIES and any(code == "US" for code, _, _ in spans):
            spans = tuple(s for s in spans
                          if s[0] != "US" or not _a_currency(folded, s[1], s[2], base))
        marked = _marked(kind) if base == "ar" else {}
        if folded is text:
            return tuple((code, text[start:stop]) for code, start, stop in spans
                         if code not in marked)
        # (the names as the text writes them, with their marks: the places the folding kept)
        kept = [i for i, char in enumerate(text) if not _ARABIC_MARKS.match(char)]
        spelt = ((code, text[kept[start]:kept[stop - 1] + 1]) for code, start, stop in spans)
        return tuple((code, written) for code, written in spelt
                     if code not in marked or marked[code] <= set(written))
    pattern = _pattern(kind, base)
    names = _names(kind, base)
    found: list[tuple[str, str]] = []
    for match in pattern.finditer(text):
        written = match.group()
        if _not_after(text, match):
            continue  # 中国 in 发展中国家 («developing countries»), 印度 in 印度洋
        if written in _FIRST_NAMES and base == "en" and kind == COUNTRIES and \
                _CAPITALISED_AFTER.match(text, match.end()):
            continue  # "Jordan Spieth": a person
        code = names.get(written)
        if code == "US" and kind == COUNTRIES and _a_currency(text, match.start(),
                                                             match.end(), base):
            continue
        if code is not None:
            found.append((code, written))
    return tuple(found)


@cache
def _marked(kind: str) -> dict[str, frozenset[str]]:
    """The codes whose Arabic names are all listed with marks, and the marks: read as the
    name only where the text writes them («عمّان», Amman; «عُمان» is Oman), found for a
    source's name without them too (``names_one`` reads the folded name)."""
    out: dict[str, frozenset[str]] = {}
    for code, by_lang in _data(kind).items():
        names = by_lang.get("ar") if not code.startswith("_") else None
        if names and all(_ARABIC_MARKS.search(name) for name in names):
            out[code] = frozenset().union(*(_ARABIC_MARKS.findall(name) for name in names))
    return out


def _finder(kind: str) -> Memo[tuple[str, str], tuple[tuple[str, str], ...]]:
    """``_find`` of one kind, in a memo of its own: a memo for every kind would hold a third
    of each kind's texts (a source is asked for by its five translations, ``memo.fit``)."""
    def found(text: str, base: str) -> tuple[tuple[str, str], ...]:
        return _find(text, base, kind)
    found.__name__ = found.__qualname__ = f"_found_{kind}"
    return Memo(found, BASE)


_FOUND = {kind: _finder(kind) for kind in (COUNTRIES, UN_NAMES, PLACES)}


def _by_words(text: str, base: str, kind: str) -> tuple[tuple[str, int, int], ...]:
    """``_find`` for the languages whose names take endings and clitics (ru, ar): the
    countries a word of the text may begin (by the first letters of its core), each looked
    for by its own names (one pattern of all the names, tried at every place, cost about a
    millisecond a text)."""
    index = _first_words(kind, base)
    candidates: set[str] = set()
    for key in _keys[text, base] & index.keys():
        candidates.update(index[key])
    spans: list[tuple[int, int, str, str]] = []
    for code in candidates:
        own, longer = _own_patterns(kind, base, code) or (_NO_NAMES, None)
        inside: list[tuple[int, int]] | None = None  # (read once, for a code found)
        for match in own.finditer(text):
            if inside is None:
                inside = [m.span() for m in longer.finditer(text)] if longer is not None else []
            if _held(inside, match.start(), match.end()):
                continue
            spans.append((match.start(), match.end(), code, match.group()))
    spans.sort()
    out: list[tuple[str, int, int]] = []
    end = -1
    for start, stop, code, _written in spans:
        if start >= end:  # (the longest name at a place: sorted by start, then end)
            out.append((code, start, stop))
            end = stop
    return tuple(out)


_FAR = 1 << 62


def _held(inside: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is a name at ``start``-``end`` inside one of the longer names' places ``inside``, or
    begun inside one that begins before it («заместитель [Верховного комиссара] ООН …»)?"""
    at = bisect_right(inside, (start, _FAR)) - 1
    if at < 0:
        return False
    begin, stop = inside[at]
    return stop >= end or (begin < start < stop)


@memo()
def _keys(text: str, base: str) -> frozenset[str]:
    """The first letters of the cores of ``text``'s words (``_first_words``' keys), read once
    for every kind of name (the index's first letters have one alef for its hamza seats)."""
    if base != "ar":
        return frozenset(word[:_KEY] for word in _WORDS.findall(text))
    # (the alefs as ``_ALEFS`` makes them one: ``translate`` looks each character up in a
    # dict, 8 us an Arabic text, three ``replace`` 0.2 us)
    keys: set[str] = set()
    for word in _WORDS.findall(text.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")):
        keys.update(_word_keys[word])
    return frozenset(keys)


@memo(base=1024, spread=False)
def _word_keys(word: str) -> tuple[str, ...]:
    """The keys of an Arabic word's cores (``_cores``), once per word: a text's words recur in
    its release's other texts and in every release («الأمم», «المتحدة», «في»), and reading a
    word's cores in Python is most of ``_keys``' time (25 of 42 us an Arabic text of the
    benchmark, whose 2,768 translations hold 836 distinct words)."""
    return tuple(dict.fromkeys(core[:_KEY] for core in _cores(word, "ar")))


_WORDS = re.compile(r"\w+")
_NOTHING = re.compile(r"(?!)")
#: how many first letters of a name's first word index it
_KEY = 3


def _cores(word: str, base: str) -> tuple[str, ...]:
    """A word as a name's first word may begin it: an Arabic word without its clitics and
    article («وبالبرازيل» → برازيل)."""
    if base != "ar":
        return (word,)
    cores = [word]
    stripped = word
    for _ in range(2):
        if stripped[:1] in "وفبكل" and len(stripped) > 3:
            stripped = stripped[1:]
            cores.append(stripped)
    for each in list(cores):
        for article in ("ال", "ل"):
            if each.startswith(article) and len(each) > len(article) + 2:
                cores.append(each[len(article):])
    return tuple(cores)


@cache
def _first_words(kind: str, base: str) -> dict[str, frozenset[str]]:
    """The codes of ``base`` by the first letters of their names' first word's core."""
    index: dict[str, set[str]] = {}
    for name, code in _names(kind, base).items():
        first = re.split(r"[\s\-—–]+", name)[0]
        if base == "ar" and first.startswith("ال") and len(first) > 3:
            first = first[2:]
        if base == "ru":
            first = first.replace("ё", "е")
        index.setdefault(first[:_KEY].translate(_ALEFS), set()).add(code)
    return {key: frozenset(codes) for key, codes in index.items()}


@cache
def _by_code(kind: str, base: str) -> dict[str, list[str]]:
    """The names of ``base`` by code."""
    by_code: dict[str, list[str]] = {}
    for name, code in _names(kind, base).items():
        by_code.setdefault(code, []).append(name)
    return by_code


@cache
def _own_patterns(kind: str, base: str, code: str) -> tuple[_Scan, _Scan | None] | None:
    """A pattern of the names of country ``code`` in ``base``, and one of the longer names of
    other countries that hold one of them («Soudan du Sud» holds «Soudan»), or None; made for
    the countries a run meets (all of a language's, ~250 patterns, cost ~80 ms to compile and
    crowded the compiled patterns' cache, ``recache``)."""
    own = _by_code(kind, base).get(code)
    if own is None:
        return None
    firsts = _first_word_patterns(base, tuple(own))
    longer = [name for name, other in _names(kind, base).items() if other != code
              and (any(short in name for short in own) or _begins_inside(base, firsts, name))]
    return _scan(own, base), _scan(longer, base) if longer else None


class _Scan(NamedTuple):
    """A pattern of names (``_names_pattern``) and the places its matches can start.

    Every name's pattern but a Chinese one starts with a look-behind (no word character
    before the name), which ``re`` tries at every place of a text, then the names' branches
    (an Arabic name's optional particles first): 7-12 us a text for each country a Russian or
    Arabic text may name, 4-5 us a French or Spanish one, for each name of the source looked
    for in a translation. ``starts`` finds, at C speed, a character a match can start with
    (``first_chars``) that no word character precedes, and the pattern is tried there alone,
    as ``finditer`` would (``firstchars.tried_at``): the same matches, in 1 us (Russian),
    1.5 us (French, Spanish), 4 us (Arabic, whose particles start most words)."""

    pattern: re.Pattern[str]
    starts: re.Pattern[str] | None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.starts is None:
            return self.pattern.finditer(text)
        return tried_at(self.pattern, self.starts, text)

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


def _scan(names: list[str], base: str) -> _Scan:
    """``names`` of ``base`` as a ``_Scan`` (a Chinese pattern, which starts with the names
    themselves, ``re`` scans for as it is)."""
    raw = _names_pattern(names, base)
    chars = None if base in ("zh", "ja") else first_chars(raw)
    if chars is None:
        return _Scan(re.compile(raw), None)
    # (the character taken, the look-behind of two: a word character may not precede it)
    first = "[" + "".join(re.escape(char) for char in sorted(chars)) + "]"
    return _Scan(re.compile(raw), re.compile(first + r"(?<!\w\w)"))


_NO_NAMES = _Scan(_NOTHING, None)


def _names_pattern(names: list[str], base: str) -> str:
    """Names of ``base`` as a pattern: Russian ones in their cases, Arabic ones with their
    clitics, Chinese ones as they stand, the others within word boundaries."""
    if base == "ru":
        return "|".join(r"(?<!\w)" + r"[\s\-—–]+".join(
            _stem(w) for w in re.split(r"[\s\-—–]+", name)) + r"(?!\w)" for name in names)
    if base == "ar":
        return "|".join(_arabic(name) for name in names)
    words = retrie.alternation(names)
    return words if base in ("zh", "ja") else r"(?<![\w-])(?:" + words + r")(?![\w-])"


@cache
def _found_only(kind: str, base: str) -> dict[str, _Scan]:
    """The names that find a source's name in a translation but are never read as another
    (``_found_only`` of the data: a place's name that is also a word, «جنين», «بون»), by
    code."""
    out: dict[str, _Scan] = {}
    for code, by_lang in _data(kind).get("_found_only", {}).items():
        names = by_lang.get(base) if isinstance(by_lang, dict) else None
        if names:
            folded = [fold_arabic(name) if base == "ar" else name.translate(_APOSTROPHES)
                      for name in names]
            out[code] = _scan(folded, base)
    return out


def _first_word_patterns(base: str, own: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The first words of ``own`` as Russian and Arabic decline or join them."""
    if base not in ("ru", "ar"):
        return ()
    firsts = {re.split(r"[\s\-—–]+", short)[0] for short in own}
    return tuple(re.compile(r"(?<!\w)" + _stem(first) + r"(?!\w)" if base == "ru"
                            else _arabic(first)) for first in sorted(firsts))


def _begins_inside(base: str, firsts: tuple[re.Pattern[str], ...], name: str) -> bool:
    """Does another's ``name`` hold, after its first word, the first word of a name of one's
    own (``firsts``) as Russian and Arabic decline or join it («заместитель Верховного
    комиссара» holds «Верховный комиссар …», «Комиссия Африканского союза» «Африканский
    союз»)? A name of one's own that begins inside it, in a text, is that other's
    («заместитель Верховного комиссара ООН по делам беженцев» names no High Commissioner)."""
    if not firsts:
        return False
    if base == "ru":
        name = name.replace("ё", "е")
    return any((match := first.search(name)) is not None and match.start() > 0
               for first in firsts)


def names_one(text: str, base: str, kind: str, code: str) -> bool:
    """Does ``text`` (``folded_for``) name ``code`` by one of its own names, not inside
    another's longer name?"""
    found_only = _found_only(kind, base).get(code)
    if found_only is not None and found_only.search(text):
        return True
    patterns = _own_patterns(kind, base, code)
    if patterns is None:
        return False
    own, longer = patterns
    inside: list[tuple[int, int]] | None = None  # (the longer names' places, read once)
    for match in own.finditer(text):
        if _not_after(text, match):
            continue
        if longer is not None:
            if inside is None:
                inside = [m.span() for m in longer.finditer(text)]
            if _held(inside, match.start(), match.end()):
                continue  # («Soudan» in «Soudan du Sud»)
        return True
    return False


@cache
def _heads(kind: str, base: str) -> dict[str, re.Pattern[str]]:
    """The head nouns a translation may name a body by (``_heads`` of the data), by code."""
    out: dict[str, re.Pattern[str]] = {}
    for code, by_lang in _data(kind).get("_heads", {}).items():
        names = by_lang.get(base) if isinstance(by_lang, dict) else None
        if not names:
            continue
        if base == "ru":
            raw = "|".join(r"(?<!\w)" + _stem(name) + r"(?!\w)" for name in names)
        elif base == "ar":
            raw = "|".join(_arabic(name) for name in names)
        elif base in ("zh", "ja"):
            raw = "|".join(re.escape(name) for name in names)
        else:
            raw = r"(?<![\w-])(?:" + "|".join(re.escape(name) for name in names) + r")(?!\w)"
        out[code] = re.compile(raw)
    return out


def folded_for(text: str, base: str) -> str:
    """A text as ``names_one`` reads it: apostrophes, a prefix's hyphen, «ё», Arabic marks."""
    text = _unprefixed(_folded(text))
    if base == "ru":
        return text.replace("ё", "е")
    return fold_arabic(text) if base == "ar" else text


def changed(source: str, source_lang: str, target: str, lang: str, kind: str,
            kept: Callable[[str, str], bool] | None = None) -> list[tuple[str, str, str]]:
    """The names of ``kind`` the source names that the translation does not, each with one
    the translation names that the source does not say: (code, the source's name, the
    translation's other name); nothing where the translation names none the source does not.
    (Most translations name the source's names: each is looked for by its own names, and the
    whole translation read for others only when one is not found.) ``kept``: whether a
    source's name (code, as written) may be reported missing at all, asked before the
    missing names are paired with the others ("the President of the General Assembly" is no
    head of State's title, and leaves the translation's other name to the name it
    replaced)."""
    wanted = names_in(source, source_lang, kind)
    if not wanted:
        return []
    base = lang.split("_")[0].split("-")[0]
    folded = folded_for(target, base)
    # (a name the language is not given, as the French «Président» that is also a Chair's,
    # is never missing; one it is given only to find, «جنين», is)
    given, finding = _by_code(kind, base), _found_only(kind, base)
    missing = [(code, text) for code, text in dict(wanted).items()
               if (code in given or code in finding)
               and not names_one(folded, base, kind, code)]
    if kept is not None:
        missing = [(code, text) for code, text in missing if kept(code, text)]
    # (a name the source says twice or more, which the translation may name fewer times with
    # another in its place: "the Secretary-General … the Secretary-General" → «le Secrétaire
    # général … la Vice-Secrétaire générale»)
    # (counted once a name's acronym in brackets is set aside: "the United Nations Office on
    # Drugs and Crime (UNODC)" repeats nothing, and the translation is not read for it)
    said_n = _mentions(source, wanted) if len(wanted) > 1 else {}
    repeats = any(n > 1 for n in said_n.values())
    if not missing and not repeats:
        return []
    have = names_in(target, lang, kind)
    if not have:
        return []
    codes = {code for code, _ in have}
    missing = [(code, text) for code, text in missing if code not in codes]
    fewer = (_fewer(said_n, wanted, target, have, given, kept) if repeats and not missing
             else [])
    if fewer:
        missing = fewer
    if not missing:
        return []
    heads = _heads(kind, base)
    if heads:
        # a body named by its head noun alone («le Conseil a souligné»), not one another name
        # of the translation holds («la Sixième Commission» is no Fifth Committee)
        rest = folded
        for _, written in have:
            rest = rest.replace(written, " " * len(written))
        # (nor one the translation's other names share: «la Cour pénale internationale … le
        # Greffier de la Cour» is that Court's, and names no International Court of Justice)
        missing = [(code, text) for code, text in missing
                   if code not in heads or not heads[code].search(rest)
                   or any(heads[code].search(written) for _, written in have)]
        if not missing:
            return []
    said = {code for code, _ in wanted}
    if source_lang.startswith("en"):
        said |= said_in(source, kind)  # "the US", "Burundian territory", "the UNSC"
        said |= _compass_said(source, kind)  # "North and South Kivu", "western Darfur"
    said = _with_holders(kind, said)  # "El Fasher" says North Darfur and Darfur
    extra = [(code, text) for code, text in dict(have).items() if code not in said]
    if extra and source_lang.startswith("en") and heads:
        # a body the source names by its head noun («大会» for "the Assembly" of a release
        # on the General Assembly) is said, not a head inside a name the source writes ("the
        # Human Rights Council" says no Security Council) nor one a name of the source shares
        # ("the Sixth Committee … the Committee" says no Fifth Committee)
        said_heads = _heads(kind, "en")
        bare = source
        for _, written in wanted:
            bare = bare.replace(written, " ")
        extra = [(code, text) for code, text in extra
                 if code not in said_heads or not said_heads[code].search(bare)
                 or any(said_heads[code].search(written) for _, written in wanted)]
    if fewer:
        # (only another of the same kind in its place: a title for a title, a body for a body)
        extra = [(code, text) for code, text in extra
                 if any(kind_of(kind, code) == kind_of(kind, name) for name, _ in fewer)]
    # (a crime of international law is no body's or title's other name, nor they its: "the
    # Special Adviser to the Secretary-General on the Prevention of Genocide" → «المستشار
    # الخاص المعني بمنع الإبادة الجماعية» drops a title and names no title in its place;
    # bodies, titles and organizations still pair across their kinds, a title become a body:
    # pairing each kind only with its own lost ten of session 44's round's 692 catches)
    crimes = [pair for pair in extra if kind_of(kind, pair[0]) == "crime"]
    others = [pair for pair in extra if kind_of(kind, pair[0]) != "crime"]
    pairs: list[tuple[str, str, str]] = []
    for code, name in missing:
        pool = crimes if kind_of(kind, code) == "crime" else others
        # (in a unit of several sentences, only a name of the same sentence took its place:
        # "throughout Syria" → «de todo el país» in one, "anti-DPRK" said in full in the next)
        pick = next((index for index, (_, other) in enumerate(pool)
                     if same_sentence(source, source_lang, name, target, lang, other)), None)
        if pick is not None:
            pairs.append((code, name, pool.pop(pick)[1]))
    return pairs


def _fewer(said_n: dict[str, int], wanted: tuple[tuple[str, str], ...], target: str,
           have: tuple[tuple[str, str], ...], given: dict[str, list[str]],
           kept: Callable[[str, str], bool] | None) -> list[tuple[str, str]]:
    """The source's names (``wanted``, counted in ``said_n``) that the translation names,
    but fewer times than the source."""
    have_n = _mentions(target, have)
    return [(code, text) for code, text in dict(wanted).items()
            if 0 < have_n.get(code, 0) < said_n[code] and code in given
            and (kept is None or kept(code, text))]


def _mentions(text: str, names: tuple[tuple[str, str], ...]) -> dict[str, int]:
    """How many times ``text`` names each code of ``names``, a name's acronym in brackets
    right after it not counted again ("the Organization of Islamic Cooperation (OIC)")."""
    count = Counter(code for code, _ in names)
    for code, written in set(names):
        count[code] -= text.count(f"({written})")
    return count


#: English compass words, before a name («North and South Kivu», «western Darfur»)
_COMPASS = {"north": "North", "south": "South", "east": "East", "west": "West",
            "central": "Central", "northern": "North", "southern": "South",
            "eastern": "East", "western": "West"}
_COMPASS_WORD = r"(?:North|South|East|West|Central|[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern)"
_COMPASS_RUN = re.compile(
    r"\b((?:" + _COMPASS_WORD + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+))*)("
    + _COMPASS_WORD + r")\s+([A-Z][\w'-]*)")


def _compass_said(text: str, kind: str) -> set[str]:
    """The compass-word names an English text says without writing each: "North and South
    Kivu" says North Kivu, "western Darfur" West Darfur (a translation may write
    «Darfour occidental», «غرب دارفور»)."""
    if not _COMPASS_RUN.search(text):
        return set()
    names = _names(kind, "en")
    said: set[str] = set()
    for match in _COMPASS_RUN.finditer(_folded(text)):
        for word in [*re.findall(r"[A-Za-z]+", match.group(1)), match.group(2)]:
            compass = _COMPASS.get(word.lower())
            code = names.get(f"{compass} {match.group(3)}") if compass else None
            if code is not None:
                said.add(code)
    return said


def _with_holders(kind: str, codes: set[str]) -> set[str]:
    """``codes`` with the places that hold them (``_within`` of the data): a translation that
    names where the source's place is («El Fasher, au Darfour») names no other place."""
    within = _data(kind).get("_within")
    if not within:
        return codes
    out = set(codes)
    todo = list(codes)
    while todo:
        holder = within.get(todo.pop())
        if isinstance(holder, str) and holder not in out:
            out.add(holder)
            todo.append(holder)
    return out
