"""Generate src/transpub/data/numbers/<lang>.json: number words with their values.

    python3 tools/gen_number_words.py     (needs: pip install num2words)

num2words spells cardinals and ordinals out in ar, fr, ru and es (not zh: Chinese numerals are
parsed in code). It gives one form per number; the inflected forms that running text uses
(Russian cases, Arabic feminine and definite forms, French and Spanish gender and plural) and the
period words ("décennal", «десятилетний») are added here by rule or listed, so that the checker
needs no num2words at run time (see README, "Numbers written as words").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from num2words import num2words

OUT = Path(__file__).resolve().parent.parent / "src" / "transpub" / "data" / "numbers"
NUMBERS = [*range(0, 101), *range(200, 1000, 100), 1000]
ORDINALS = [*range(1, 101), *range(200, 1000, 100), 1000]

_RU_ADJ = ("ый", "ой", "ий", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым",
           "им", "ом", "ем", "ую", "юю", "ых", "их", "ыми", "ими", "ей")
_RU_THIRD = ("я", "е", "и", "его", "ему", "им", "ем", "ей", "ю", "их", "ими")
_RU_GENITIVE = {2: "двух", 3: "трех", 4: "четырех", 5: "пяти", 6: "шести", 7: "семи", 8: "восьми",
                9: "девяти", 10: "десяти", 12: "двенадцати", 15: "пятнадцати", 20: "двадцати",
                25: "двадцатипяти", 30: "тридцати", 40: "сорока", 50: "пятидесяти", 100: "сто"}
#: the collective numbers (двое, трое, четверо ... десятеро: of people, "you three")
_RU_COLLECTIVE = {2: "дво", 3: "тро", 4: "четвер", 5: "пятер", 6: "шестер", 7: "семер",
                  8: "восьмер", 9: "девятер", 10: "десятер"}
_RU_IRREGULAR = {
    1: "один одна одно одного одной одному одну одним одном одни одних",
    2: "два две двух двум двумя", 3: "три трех трем тремя", 4: "четыре четырех четырем четырьмя",
    40: "сорок сорока", 90: "девяносто девяноста", 100: "сто ста",
    50: "пятьдесят пятидесяти пятьюдесятью", 60: "шестьдесят шестидесяти шестьюдесятью",
    70: "семьдесят семидесяти семьюдесятью", 80: "восемьдесят восьмидесяти восемьюдесятью",
    200: "двести двухсот двумстам", 300: "триста трехсот тремстам",
    400: "четыреста четырехсот четыремстам", 500: "пятьсот пятисот пятистам",
    1000: "тысяча тысячи тысяч тысячу тысячей тысячам",
}
_ES_ORDINALS = {1: "primero primer", 3: "tercero tercer", 11: "undécimo decimoprimero",
                12: "duodécimo decimosegundo", 13: "decimotercero decimotercer",
                14: "decimocuarto", 15: "decimoquinto", 16: "decimosexto",
                17: "decimoséptimo", 18: "decimoctavo", 19: "decimonoveno", 20: "vigésimo",
                30: "trigésimo", 40: "cuadragésimo", 50: "quincuagésimo", 100: "centésimo"}
#: the units' ordinals a one-word Spanish ordinal of 21 to 99 ends in
_ES_UNIT_ORDINALS = {1: "primero primer", 2: "segundo", 3: "tercero tercer", 4: "cuarto",
                     5: "quinto", 6: "sexto", 7: "séptimo", 8: "octavo", 9: "noveno"}


def _es_one_word(n: int, tens_word: str) -> list[str]:
    """The one-word ordinals of ``n`` (21 to 99 but the tens) the RAE accepts beside the
    two-word ones num2words writes: the tens' ordinal without its accent, invariable, and the
    unit's («vigesimoprimera», «trigesimoséptimo»; «vigesimoctavo» and «vigesimooctavo»), and
    the same with the accent kept, as translators write them too («vigésimooctava»,
    «trigésimoséptima», Debian's Spanish news, t64/hN)."""
    tens, unit = divmod(n, 10)
    if not 2 <= tens <= 9 or not unit:
        return []
    plain = tens_word.replace("é", "e")
    words = []
    for head in (plain, tens_word):
        for tail in _ES_UNIT_ORDINALS[unit].split():
            words.append(head + tail)
            if tail.startswith("o"):
                words.append(head[:-1] + tail)  # (the two o's fused: «vigesimoctavo»)
    return words


_PERIODS = {
    "fr": {2: "biennal bisannuel biennie", 3: "triennal", 4: "quadriennal", 5: "quinquennal",
           6: "sexennal", 7: "septennal", 10: "décennal décennie", 20: "vicennal",
           100: "centennal centenaire"},
    "es": {2: "bienal bienio", 3: "trienal trienio", 4: "cuatrienal cuatrienio",
           5: "quinquenal quinquenio", 6: "sexenal sexenio", 10: "decenal decenio",
           100: "centenario"},
    # مئوي: الذكرى المئوية (the 100th anniversary, the centenary)
    "ar": {10: "عشري عقد", 5: "خماسي", 4: "رباعي", 2: "ثنائي", 3: "ثلاثي", 100: "مئوي"},
}


def _fold_ar(word: str) -> str:
    return (word.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي")
            .replace("ـ", ""))


def _add(table: dict[str, float], words: Iterable[str], value: float) -> None:
    for word in words:
        word = word.strip().lower().replace("ё", "е")
        if word and word not in table:
            table[word] = value


#: Collective and approximate numbers ("some 10 countries" -> «une dizaine de pays»).
COLLECTIVES = {
    "fr": {10: "dizaine dizaines", 12: "douzaine douzaines", 15: "quinzaine", 20: "vingtaine",
           30: "trentaine", 40: "quarantaine", 50: "cinquantaine", 60: "soixantaine",
           100: "centaine centaines"},
    "es": {10: "decena decenas", 12: "docena docenas", 15: "quincena", 20: "veintena",
           30: "treintena", 100: "centenar centenares"},
    "ru": {10: "десяток десятка десятку десятком десятки десятков", 12: "дюжина дюжины",
           100: "сотня сотни сотню сотней сотен"},
    "ar": {10: "عشرات", 100: "مئات", 1000: "الاف"},
}


#: A person's age by the decade ("an 80-year-old" -> «un octogénaire», «un octogenario»).
AGES = {
    "fr": {30: "trentenaire trentenaires", 40: "quadragénaire quadragénaires",
           50: "quinquagénaire quinquagénaires cinquantenaire cinquantenaires",
           60: "sexagénaire sexagénaires", 70: "septuagénaire septuagénaires",
           80: "octogénaire octogénaires", 90: "nonagénaire nonagénaires"},
    "es": {40: "cuarentón cuarentona cuarentones cuarentonas",
           50: "cincuentón cincuentona cincuentones cincuentonas",
           60: "sexagenario sexagenaria sexagenarios sexagenarias",
           70: "septuagenario septuagenaria septuagenarios septuagenarias",
           80: "octogenario octogenaria octogenarios octogenarias",
           90: "nonagenario nonagenaria nonagenarios nonagenarias"},
    "ru": {}, "ar": {},
}


#: Multiplicatives ("a 2-fold increase" -> «doubler», «вдвое», «ضعفين»; "10-fold" -> «décupler»).
MULTIPLICATIVES = {
    "fr": {2: "double doubler doublé doublée doublement", 3: "triple tripler triplé triplée",
           4: "quadruple quadrupler", 10: "décupler décuplé décuplée", 100: "centuple"},
    "es": {2: "doble duplicar duplicado duplicada", 3: "triple triplicar triplicado",
           4: "cuádruple cuadruplicar", 10: "décuplo decuplicar"},
    "ru": {2: "вдвое двукратно", 3: "втрое трехкратно", 4: "вчетверо четырехкратно",
           5: "впятеро пятикратно", 10: "вдесятеро десятикратно"},
    "ar": {2: "ضعف ضعفي مضاعفة"},
}


def _ru(table: dict[str, float]) -> None:
    for n, forms in _RU_IRREGULAR.items():
        _add(table, forms.split(), n)
    _add(table, ["полтора", "полторы", "полутора"], 1.5)  # полтора миллиона = 1.5 million
    for n in NUMBERS:
        word = num2words(n, lang="ru")
        if " " in word or n in _RU_IRREGULAR:
            continue
        forms = [word]
        if word == "восемь":  # its e drops: восьми, восьмью (and восемью)
            forms += ["восьми", "восьмью", "восемью"]
        elif word.endswith("ь"):  # пять -> пяти, пятью
            forms += [word[:-1] + "и", word[:-1] + "ью"]
        _add(table, forms, n)
    for n in ORDINALS:
        word = num2words(n, lang="ru", to="ordinal")
        head, _, last = word.rpartition(" ")
        lead = head + " " if head else ""
        if last == "третий":  # the one soft-stem ordinal: третьего, третьей, третью, третьи…
            _add(table, [lead + "третий"] + [lead + "треть" + e for e in _RU_THIRD], n)
            continue
        stem = last[:-2]
        _add(table, [lead + stem + e for e in _RU_ADJ], n)
    for n, stem in _RU_COLLECTIVE.items():  # "the two of them" -> «двое», «вам троим»
        endings = ("е", "их", "им", "ими", "ем") if n <= 3 else ("о", "ых", "ым", "ыми", "ом")
        _add(table, [stem + e for e in endings[:4]], n)
        _add(table, ["в" + stem + endings[4]], n)  # вдвоем, вчетвером: together, so many
    for n, stem in ((2, "двукратн"), (3, "трехкратн"), (4, "четырехкратн"), (5, "пятикратн"),
                    (10, "десятикратн"), (100, "стократн")):  # двукратное увеличение
        _add(table, [stem + e for e in _RU_ADJ], n)
    for n, gen in _RU_GENITIVE.items():  # десятилетний, пятилетка, двухгодичный
        _add(table, [gen + "летн" + e
                     for e in ("ий", "яя", "ее", "ие", "его", "ему", "им", "ем", "ей", "юю", "их",
                               "ими")], n)
        _add(table, [gen + "годичн" + e for e in _RU_ADJ], n)
        _add(table, [gen + "летие", gen + "летия", gen + "летию", gen + "летием", gen + "летии"], n)


def _romance(table: dict[str, float], lang: str) -> None:
    for n in NUMBERS:
        _add(table, [num2words(n, lang=lang)], n)
    for n in ORDINALS:
        words = [num2words(n, lang=lang, to="ordinal")]
        if lang == "es":
            words = (_ES_ORDINALS.get(n, words[0]).split()
                     + _es_one_word(n, _ES_ORDINALS.get(n - n % 10) or num2words(
                         n - n % 10, lang="es", to="ordinal")))
        forms = []
        for word in words:
            forms.append(word)
            if lang == "fr":
                forms += [word + "s", "premières" if n == 1 else word, "première" if n == 1
                          else word, "seconde" if n == 2 else word, "second" if n == 2 else word,
                          "secondes" if n == 2 else word, "seconds" if n == 2 else word]
            elif word.endswith("o"):
                forms += [word[:-1] + "a", word + "s", word[:-1] + "as"]
        _add(table, forms, n)
    if lang == "fr":
        _add(table, ["une"], 1)
        # (the thousand of a year written out: «mil neuf cent quarante-huit»)
        _add(table, ["mil"], 1000)
        # (num2words writes the ordinal "quatre-vingtsième"; French writes «quatre-vingtième»)
        _add(table, ["quatre-vingt", "quatre-vingts", "quatre-vingtième", "quatre-vingtièmes"],
             80)
    if lang == "es":
        _add(table, ["una", "un"], 1)
        _add(table, ["veintiuna"], 21)
        _add(table, ["ciento", "cientos"], 100)
        for n in range(200, 1000, 100):  # doscientas personas
            word = num2words(n, lang="es")
            if word.endswith("os"):
                _add(table, [word[:-2] + "as"], n)
    for n, words in _PERIODS[lang].items():
        forms = []
        for word in words.split():
            forms.append(word)
            if word.endswith("al") and lang == "fr":  # décennal(e)(s), décennaux
                forms += [word + "e", word + "es", word[:-2] + "aux"]
            else:
                forms.append(word + ("es" if word.endswith("l") else "s"))
        _add(table, forms, n)


#: Belgian and Swiss French count the seventies, eighties and nineties by their own tens:
#: septante (70), huitante or octante (80), nonante (90): «septante et un», «nonante-deux»,
#: «septantième». Each French word of those values gets its regional twins (``_regional``).
_REGIONAL_HEADS = {7: ("septante",), 8: ("huitante", "octante"), 9: ("nonante",)}
_UNITS = ("", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
#: where the seventies to nineties start in a French word («cent soixante-dix», «quatre-vingts»)
_TENS_70_99 = re.compile(r"soixante[- ](?:et )?(?:dix|onz|douz|treiz|quatorz|quinz|seiz)"
                         r"|quatre-vingt")


def _regional_forms(word: str, value: float) -> list[str]:
    """The Belgian and Swiss twins of a French number word of the seventies to nineties
    («soixante-dix-sept» → «septante-sept», «quatre-vingt-onzième» → «nonante et unième»,
    «quatre-vingts» → «huitante», «octante»); none for another word."""
    found = _TENS_70_99.search(word)
    if found is None or value != int(value) or not 70 <= int(value) % 100 <= 99:
        return []
    tens, unit = divmod(int(value) % 100, 10)
    ordinal = word.endswith(("ième", "ièmes"))
    forms = []
    for head in _REGIONAL_HEADS[tens]:
        text = head + ("" if not unit else " et un" if unit == 1 else "-" + _UNITS[unit])
        if ordinal:  # (cinq → cinquième, neuf → neuvième, a final e dropped)
            text = (text[:-1] + "v" if text.endswith("neuf") else
                    text + "u" if text.endswith("cinq") else text.removesuffix("e")) + "ième"
            text += "s" if word.endswith("s") else ""
        forms.append(word[:found.start()] + text)
    return forms


def _regional(table: dict[str, float]) -> None:
    """Add the Belgian and Swiss twins of the French table's words (``_regional_forms``)."""
    for word, value in list(table.items()):
        _add(table, _regional_forms(word, value), value)


def _hyphenated(table: dict[str, float]) -> None:
    """Add the French words joined by «et» as the 1990 spelling writes them, hyphens
    throughout: «vingt-et-un», «soixante-et-onze», «vingt-et-unième» (a hyphen before «et»
    had left «vingt» read alone: "21st" said «vingt-et-unième» was "«21» is missing")."""
    for word, value in list(table.items()):
        if " et " in word:
            _add(table, [word.replace(" et ", "-et-")], value)


def _ar(table: dict[str, float]) -> None:
    # (ثمان: the short form of eight before a feminine noun, «بثمان مرات»)
    extra = {1: "واحد واحدا واحدة احد احدى حادي حادية اول اولي", 2: "اثنان اثنين اثنا اثني اثنتان "
             "اثنتين اثنتا اثنتي ثاني ثانية", 8: "ثمان", 100: "مائة مئة", 1000: "الف"}
    for n, words in extra.items():
        _add(table, words.split(), n)
    for n in NUMBERS:
        for word in [num2words(n, lang="ar"), num2words(n, lang="ar", to="ordinal")]:
            word = _fold_ar(word).replace(" و ", " و")
            forms = [word]
            head, _, last = word.rpartition(" ")
            prefix = head + " " if head else ""
            if last.endswith("ة"):  # خمسة/خمس, عشرة/عشر: gender agreement swaps the ة
                forms.append(prefix + last[:-1])
            else:
                forms.append(prefix + last + "ة")
            if last.endswith("ون"):  # عشرون/عشرين: the oblique case
                forms.append(prefix + last[:-2] + "ين")
            _add(table, forms, n)
    # the dual of a noun is the number two: كيلومترين (2 km), سنتين (two years), مليونين (2 million)
    # (and the other units of measure and time a translation writes in the dual: كيلوغرامين,
    # لترين, درجتين, ثانيتين, عقدين, قرنين, ميلين; t66/fB)
    for noun in ("كيلومتر", "متر", "سنة", "عام", "شهر", "يوم", "اسبوع", "ساعة", "دقيقة", "مرة",
                 "دولار", "طن", "هكتار", "نقطة", "شخص", "طفل", "بلد", "دولة", "فرد", "جزء",
                 "سنتيمتر", "مليمتر", "كيلوغرام", "كيلوجرام", "غرام", "جرام", "لتر", "ميل",
                 "قدم", "بوصة", "رطل", "درجة", "ثانية", "عقد", "قرن"):
        stem = noun[:-1] + "ت" if noun.endswith("ة") else noun
        # (not «بلدان»: the dual's nominative is also the plural of بلد, «البلدان», the
        # countries, in nearly every UN text; nor «ميلان», Milan)
        _add(table, [stem + "ين"] + ([] if noun in ("بلد", "ميل") else [stem + "ان"]), 2)
    for noun, value in (("مليون", 2_000_000), ("مليار", 2_000_000_000), ("الف", 2000),
                        ("مائت", 200), ("مئت", 200)):
        _add(table, [noun + "ين", noun + "ان", noun + "ا", noun + "ي"], value)
    for n, words in _PERIODS["ar"].items():
        _add(table, [f for w in words.split() for f in (w, w + "ة")], n)


#: Fractions, for a percentage written as a fraction ("50 per cent" -> «la moitié»).
FRACTIONS = {
    "fr": {"moitié": 0.5, "moitiés": 0.5, "demi": 0.5, "demie": 0.5, "tiers": 1 / 3,
           "quart": 0.25, "quarts": 0.25},
    "es": {"mitad": 0.5, "medio": 0.5, "media": 0.5, "tercio": 1 / 3, "tercios": 1 / 3,
           "tercera parte": 1 / 3, "cuarta parte": 0.25, "cuarto": 0.25, "cuartos": 0.25},
    "ru": {"половина": 0.5, "половины": 0.5, "половину": 0.5, "половиной": 0.5, "половине": 0.5,
           "треть": 1 / 3, "трети": 1 / 3, "четверть": 0.25, "четверти": 0.25},
    # (the dual says two of them: ثلثا, ثلثي, two thirds)
    "ar": {"نصف": 0.5, "ثلث": 1 / 3, "ثلثا": 2 / 3, "ثلثي": 2 / 3, "ربع": 0.25, "أرباع": 0.25},
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in ("fr", "es", "ru", "ar"):
        table: dict[str, float] = {}
        if lang == "ru":
            _ru(table)
        elif lang == "ar":
            _ar(table)
        else:
            _romance(table, lang)
            if lang == "fr":
                _regional(table)
                _hyphenated(table)
        for group in (COLLECTIVES, MULTIPLICATIVES, AGES):
            for n, words in group[lang].items():
                _add(table, words.split(), n)
        doc = {"_source": "tools/gen_number_words.py (num2words + inflection rules)",
               "words": dict(sorted(table.items())), "fractions": FRACTIONS[lang]}
        (OUT / f"{lang}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=0) + "\n",
                                          encoding="utf-8")


if __name__ == "__main__":
    main()
